"""``python -m jobmatch``."""

from jobmatch._entry import main

main()
