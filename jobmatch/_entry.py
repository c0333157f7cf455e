"""The console script's entry point: quiet on Ctrl-C even while starting up.

Importing the command line takes a few tenths of a second; an interrupt in
that time has nothing to clean up, so it leaves at once with exit code 130.
The handler is set here, not on import of :mod:`jobmatch.cli`, so that
importing jobmatch as a library changes no signal handling.
"""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType


def _interrupted_while_starting(signum: int, frame: FrameType | None) -> None:
    sys.stderr.write("interrupted\n")
    os._exit(130)


def main() -> None:
    signal.signal(signal.SIGINT, _interrupted_while_starting)
    if sys.stdout is None:  # started with stdout closed (`jobmatch batch >&-`): nobody reads
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    from jobmatch.cli import main as run

    run()
