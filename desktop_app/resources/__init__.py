"""Package data of the window: icons (icons/*.svg) and translations (i18n/*.qm)."""
