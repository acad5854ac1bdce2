"""Start the Dossier desktop application: `python main.py --help`."""
import sys

from desktop_app.app import main

if __name__ == "__main__":
    sys.exit(main())
