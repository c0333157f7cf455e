"""The ``jobmatch`` command: one small module per command, over the library.

Help texts are catalog keys, written in the reader's language when the help
is shown (see :mod:`jobmatch.cli.help`).
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from typing import Any

import typer

from jobmatch.cli import signals
from jobmatch.cli.help import CatalogCommand, CatalogGroup
from jobmatch.errors import ExitCode

app = typer.Typer(
    name="jobmatch",
    cls=CatalogGroup,
    help="help.app",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)

from jobmatch.cli import (  # noqa: E402
    batch,
    brief,
    config,
    explain,
    followup,
    listing,
    new,
    rank,
    schema,
    show,
    validate,
    version,
)

app.callback(help="help.app")(version.root)

COMMANDS: dict[str, Callable[..., Any]] = {
    "rank": rank.rank,
    "explain": explain.explain,
    "brief": brief.brief,
    "validate": validate.validate,
    "schema": schema.schema,
    "new": new.new,
    "config": config.config,
    "batch": batch.batch,
    "list": listing.list_records,
    "show": show.show,
    "place": followup.place,
    "contact": followup.contact,
    "end": followup.end,
    "outcome": followup.outcome,
    "due": followup.due,
    "history": followup.history,
    "report": followup.report,
    "forget": followup.forget,
}
for _name, _command in COMMANDS.items():
    app.command(_name, cls=CatalogCommand, help=f"help.{_name}")(_command)

SUBCOMMANDS: dict[str, tuple[typer.Typer, dict[str, Callable[..., Any]]]] = {
    "db": (
        followup.db_app,
        {
            "upgrade": followup.db_upgrade,
            "export": followup.db_export,
            "import": followup.db_import,
        },
    ),
    "audit": (followup.audit_app, {"verify": followup.audit_verify}),
}
for _group, (_app, _commands) in SUBCOMMANDS.items():
    _app.info.cls = CatalogGroup
    for _name, _command in _commands.items():
        _app.command(_name, cls=CatalogCommand, help=f"help.{_group}.{_name}")(_command)
    app.add_typer(_app, name=_group, help=f"help.{_group}", cls=CatalogGroup)

__all__ = ["app", "main"]


def main() -> None:
    """Run the command line; Ctrl-C exits 130 without a traceback (see ``jobmatch._entry``),
    SIGTERM and SIGHUP 128+N, each after the same clean-up."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signals.install()
    try:
        app(prog_name="jobmatch")
    except KeyboardInterrupt:
        _say("cli.interrupted")
        sys.exit(int(ExitCode.INTERRUPTED))
    except signals.Ended as ended:
        _say("cli.ended", signal=ended.name)
        sys.exit(ended.exit_code)


def _say(key: str, /, **values: object) -> None:
    from jobmatch.cli.common import say

    say(key, **values)
