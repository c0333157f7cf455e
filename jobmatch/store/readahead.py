"""What ``jobmatch due`` needs of the data folder, and the log read while that folder is read.

Light on purpose: the command imports this before the data folder's files
are read, and the database code (SQLAlchemy) only in the thread that reads
the log, so that importing it costs nothing on the way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from jobmatch.models import Seeker, Workplace

if TYPE_CHECKING:
    from jobmatch.store.due import Logged
    from jobmatch.store.log import Log


@dataclass(frozen=True)
class People:
    """What ``due`` needs from the data folder: enrolment dates, visits, advisers."""

    enrolled: Mapping[str, date]
    """Active seekers with ``goal.enrolled``."""
    visited: Mapping[str, date | None]
    advisers: Mapping[str, str]
    """The adviser named in each seeker's profile."""


Facts = tuple[str, date | None, str | None]
"""What ``due`` needs of one file, in the order of :class:`People`'s fields."""


def facts(record: Seeker | Workplace) -> Facts:
    """What ``due`` needs of a seeker (an active one's enrolment, the adviser named) or a
    workplace (its last visit): all that is kept of a file (:func:`jobmatch.loading.load_views`)."""
    if isinstance(record, Seeker):
        enrolled = record.goal.enrolled if record.active else None
        return "seeker", enrolled, record.adviser.name if record.adviser else None
    return "workplace", record.visited, None


def people(seekers: Mapping[str, Facts], workplaces: Mapping[str, Facts]) -> People:
    """:class:`People` from the :func:`facts` of every seeker and workplace."""
    return People(
        enrolled={ref: enrolled for ref, (_, enrolled, _) in seekers.items() if enrolled},
        visited={ref: visited for ref, (_, visited, _) in workplaces.items()},
        advisers={ref: a for ref, (_, _, a) in seekers.items() if a is not None},
    )


class ReadAhead:
    """:func:`read_log` in a thread of its own, while the data folder is being read.

    ``open_log(create)`` opens the log. The thread opens it only if it exists
    (``create=False``), so that a command refused for its data folder leaves
    no new log behind; :meth:`result` then opens (and creates) it as usual.
    A failure in the thread is raised by :meth:`result`, after the data
    folder's own: the errors come in the same order as when the two are read
    one after the other. The thread only reads, and is a daemon: a command
    that ends early leaves it behind with nothing half-written.
    """

    _LATER = frozenset({"log.missing", "log.not_a_log"})

    def __init__(
        self, open_log: Callable[[bool], Log], *, as_of: date, days: int | None = None
    ) -> None:
        self._open_log, self._as_of, self._days = open_log, as_of, days
        self._thread: threading.Thread | None = None
        self._read: Logged | None = None
        self._error: BaseException | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="jobmatch-due-log", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from jobmatch.store.database import LogError
        from jobmatch.store.due import read_log

        try:
            with self._open_log(False) as log:
                self._read = read_log(log, as_of=self._as_of, days=self._days)
        except LogError as exc:
            if exc.key not in self._LATER:
                self._error = exc
        except BaseException as exc:  # raised again in the command's own thread
            self._error = exc

    def result(self) -> Logged:
        """What the thread read; read now when it was not started or found no log."""
        if self._thread is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error
        if self._read is not None:
            return self._read
        from jobmatch.store.due import read_log

        with self._open_log(True) as log:
            return read_log(log, as_of=self._as_of, days=self._days)
