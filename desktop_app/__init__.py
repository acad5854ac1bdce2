"""Dossier desktop application: a Qt GUI over the indexer core."""
