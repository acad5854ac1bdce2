"""Dossier's headless core: storage, import, index, search; never imports Qt."""
