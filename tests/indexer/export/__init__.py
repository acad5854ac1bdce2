"""Tests of indexer.export."""
