"""The console script's entry point: quiet on Ctrl-C even while starting up, and safe
when started with a standard stream closed.

Importing the command line takes a moment; an interrupt in that time has
nothing to clean up, so it leaves at once with exit code 130. (A command's
own module is imported later, when it runs; an interrupt then ends with 130
too: :class:`jobmatch.cli.Commands`.)
The handler is set here, not on import of :mod:`jobmatch.cli`, so that
importing jobmatch as a library changes no signal handling.
"""

from __future__ import annotations

import gc
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


#: pydantic's switch for its plugins (``__all__``: none are looked for).
PLUGINS_ENV = "PYDANTIC_DISABLE_PLUGINS"

#: The OpenBLAS switch for its worker threads, read once when numpy loads the library.
BLAS_THREADS_ENV = "OPENBLAS_NUM_THREADS"

#: The cyclic collector's first threshold for the command line (Python's default is 700).
COLLECT_AFTER = 100_000


def main() -> None:
    signal.signal(signal.SIGINT, _interrupted_while_starting)
    _open_closed_streams()
    # Starting a command makes a few hundred thousand objects that live as long as the
    # process (modules, classes, validators, records) and next to no cyclic garbage; at the
    # default threshold the collector walks them over and over, tens of milliseconds of a
    # short command. Set here, so that jobmatch as a library changes no collector setting.
    _, second, third = gc.get_threshold()
    gc.set_threshold(COLLECT_AFTER, second, third)
    # pydantic looks for plugins among every installed package's entry points when it
    # makes its first validator (importlib.metadata: tens of milliseconds). The command
    # line uses none; a user who wants one sets the variable to name the others.
    os.environ.setdefault(PLUGINS_ENV, "__all__")
    # Loading numpy starts OpenBLAS's thread pool, a thread per core that spins a while:
    # tens of milliseconds of CPU taken from the command's own thread on a busy machine.
    # jobmatch does no linear algebra (no BLAS call anywhere), so one thread is enough; a
    # user's own setting is kept.
    os.environ.setdefault(BLAS_THREADS_ENV, "1")
    from jobmatch.cli import main as run

    run()
