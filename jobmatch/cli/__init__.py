"""The ``jobmatch`` command: one small module per command, over the library."""

from __future__ import annotations

import signal
import sys

import typer

from jobmatch.errors import ExitCode

app = typer.Typer(
    name="jobmatch",
    help="Explainable job matching for supported employment: rank, explain, brief, batch.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)

from jobmatch.cli import batch, brief, config, explain, new, rank, schema, validate  # noqa: E402

app.command("rank")(rank.rank)
app.command("explain")(explain.explain)
app.command("brief")(brief.brief)
app.command("validate")(validate.validate)
app.command("schema")(schema.schema)
app.command("new")(new.new)
app.command("config")(config.config)
app.command("batch")(batch.batch)

__all__ = ["app", "main"]


def main() -> None:
    """Run the command line; Ctrl-C exits 130 without a traceback (see ``jobmatch._entry``)."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        app(prog_name="jobmatch")
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(int(ExitCode.INTERRUPTED))
