"""The console script's entry point: quiet on Ctrl-C even while starting up, and safe
when started with a standard stream closed.

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
    try:
        sys.stderr.write("interrupted\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):  # stderr closed: the exit code says it
        pass
    os._exit(130)


def _open_closed_streams() -> None:
    """A standard stream started closed (``2>&-``, ``>&-``) is opened on the null device.

    Nobody reads it; but writing a message to it must not fail (which would
    turn every exit code into 1), and no file jobmatch opens later may take
    its number, or a stray write to stderr would land in that file.
    Descriptors are checked in order, so the null device takes the first one
    missing.
    """
    for number, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        try:
            os.fstat(number)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != number:
                os.dup2(null, number)
                os.close(null)
        if getattr(sys, name) is None:
            mode = "r" if number == 0 else "w"
            setattr(sys, name, open(number, mode, encoding="utf-8", closefd=False))  # noqa: SIM115


def main() -> None:
    signal.signal(signal.SIGINT, _interrupted_while_starting)
    _open_closed_streams()
    from jobmatch.cli import main as run

    run()
