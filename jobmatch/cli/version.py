"""``jobmatch --version``: the package and the engine that makes its scores."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from jobmatch.cli.language import fallback_language
from jobmatch.i18n.catalog import message


def show_version(value: bool) -> None:
    """Print ``jobmatch <version> (engine <engine id>)`` and stop (typer's eager-option idiom).

    The engine id says which rules and word data made a score
    (:mod:`jobmatch.scoring.version`), which the package version alone does not.
    The language is the one a command's own words would take without ``--lang``.
    """
    if not value:
        return
    from jobmatch import __version__
    from jobmatch.scoring.version import engine_id

    line = message(fallback_language(), "cli.version", version=__version__, engine=engine_id())
    sys.stdout.write(line + "\n")
    raise typer.Exit()


VersionOption = Annotated[
    bool,
    typer.Option("--version", callback=show_version, is_eager=True, help="help.option.version"),
]


def root(version: VersionOption = False) -> None:
    """The options of ``jobmatch`` itself, before a command."""
