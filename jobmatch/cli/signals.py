"""SIGTERM and SIGHUP end a command as Ctrl-C does: cleaned up, then exit 128+N.

The default action of both signals ends the process at once, so an atomic
write in progress leaves its hidden temporary file behind, holding match
data. Raised as an exception instead, the signal unwinds the command through
its ``finally`` blocks, which remove the file. The exception derives from
``BaseException`` so that no ``except Exception`` can swallow it.
"""

from __future__ import annotations

import signal
from types import FrameType

HANDLED: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class Ended(BaseException):
    """The command was ended by a signal; it exits with 128 + the signal's number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name


def _end(signum: int, frame: FrameType | None) -> None:
    # A second signal while cleaning up must not cut the clean-up short.
    for handled in HANDLED:
        signal.signal(handled, signal.SIG_IGN)
    raise Ended(signum)


def install() -> None:
    """End the running command with :class:`Ended` on SIGTERM and SIGHUP."""
    for handled in HANDLED:
        signal.signal(handled, _end)
