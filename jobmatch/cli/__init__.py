"""The ``jobmatch`` command: one small module per command, over the library.

Help texts are catalog keys, written in the reader's language when the help
is shown (see :mod:`jobmatch.cli.help`). A command's module is imported only
when that command runs (:class:`Commands`), so each command starts with the
modules it needs and no other.
"""

from __future__ import annotations

import signal
import sys
from importlib import import_module
from typing import Any

import typer
import typer.main

from jobmatch.cli import signals, version
from jobmatch.cli.help import CatalogCommand, CatalogGroup, LazyGroup
from jobmatch.errors import ExitCode

COMMANDS: dict[str, str] = {
    "rank": "rank:rank",
    "explain": "explain:explain",
    "brief": "brief:brief",
    "validate": "validate:validate",
    "schema": "schema:schema",
    "new": "new:new",
    "config": "config:config",
    "batch": "batch:batch",
    "list": "listing:list_records",
    "show": "show:show",
    "place": "followup:place",
    "contact": "followup:contact",
    "end": "followup:end",
    "outcome": "followup:outcome",
    "due": "followup:due",
    "history": "followup:history",
    "report": "followup:report",
    "forget": "followup:forget",
}
"""Each command and its function, as ``module:function`` under :mod:`jobmatch.cli`."""

SUBCOMMANDS: dict[str, tuple[str, dict[str, str]]] = {
    "db": (
        "followup:db_app",
        {
            "upgrade": "followup:db_upgrade",
            "export": "followup:db_export",
            "import": "followup:db_import",
        },
    ),
    "audit": ("followup:audit_app", {"verify": "followup:audit_verify"}),
}
"""Each group of commands: its ``typer.Typer`` and its commands, as in :data:`COMMANDS`."""


def command_function(target: str) -> Any:
    """The object a ``module:name`` of :data:`COMMANDS` names, its module imported now."""
    module, _, name = target.partition(":")
    return getattr(import_module(f"jobmatch.cli.{module}"), name)


class Commands(LazyGroup):
    """``jobmatch``: a command's module is imported when that command runs, not at start-up
    (``rank`` need not import the follow-up log, nor ``contact`` the scoring engine)."""

    lazy = (*COMMANDS, *SUBCOMMANDS)

    def load(self, name: str) -> Any:
        try:
            return self._load(name)
        except KeyboardInterrupt:  # while importing: nothing to clean up yet
            _say("cli.interrupted")
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None

    def _load(self, name: str) -> Any:
        """The command as typer makes it, registered alone on a ``typer.Typer`` set as :data:`app`."""
        shell = typer.Typer(
            rich_markup_mode=app.rich_markup_mode,
            pretty_exceptions_short=app.pretty_exceptions_short,
        )
        if name in SUBCOMMANDS:
            shell.add_typer(_group(name), name=name, help=f"help.{name}", cls=CatalogGroup)
        else:
            function = command_function(COMMANDS[name])
            shell.command(name, cls=CatalogCommand, help=f"help.{name}")(function)
        return typer.main.get_group(shell).commands[name]


_GROUPS: dict[str, typer.Typer] = {}


def _group(name: str) -> typer.Typer:
    """The ``typer.Typer`` of the group ``name``, its commands registered (once per process)."""
    if name not in _GROUPS:
        target, commands = SUBCOMMANDS[name]
        group: typer.Typer = command_function(target)
        group.info.cls = CatalogGroup
        for command, function in commands.items():
            group.command(command, cls=CatalogCommand, help=f"help.{name}.{command}")(
                command_function(function)
            )
        _GROUPS[name] = group
    return _GROUPS[name]


app = typer.Typer(
    name="jobmatch",
    cls=Commands,
    help="help.app",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)

app.callback(help="help.app")(version.root)

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
