"""``python -m jobmatch``."""

from jobmatch.cli import main

main()
