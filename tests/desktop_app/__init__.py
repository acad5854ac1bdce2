"""Tests of the desktop application."""
