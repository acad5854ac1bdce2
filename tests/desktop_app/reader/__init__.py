"""Tests of the reader pane (desktop_app.reader)."""
