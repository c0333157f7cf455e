"""Shell completion of seeker and workplace ids, read from the data folder's file names.

The shell asks while a command line is being typed, so this only lists
``profiles/*.yaml`` or ``workplaces/*.yaml`` (no file is read or checked) and
never fails: a folder that cannot be listed completes nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

import typer

from jobmatch.cli.language import data_folder


def ids_in(folder: Path, incomplete: str) -> list[str]:
    """The stems of ``folder``'s ``.yaml`` files that start with ``incomplete``, sorted."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    stems = (name[: -len(".yaml")] for name in names if name.endswith(".yaml"))
    return sorted(stem for stem in stems if stem and stem.startswith(incomplete))


def _data_dir(ctx: typer.Context) -> Path:
    """``--data`` as typed so far, else ``$JOBMATCH_DATA``, else the current folder."""
    given = ctx.params.get("data")
    return data_folder(Path(given) if given else None)


def complete_seeker(ctx: typer.Context, incomplete: str) -> list[str]:
    return ids_in(_data_dir(ctx) / "profiles", incomplete)


def complete_workplace(ctx: typer.Context, incomplete: str) -> list[str]:
    return ids_in(_data_dir(ctx) / "workplaces", incomplete)


def complete_record(ctx: typer.Context, incomplete: str) -> list[str]:
    """A seeker's id after ``show seeker``, a workplace's after ``show workplace``."""
    kind = ctx.params.get("kind")
    folder = "workplaces" if str(getattr(kind, "value", kind)) == "workplace" else "profiles"
    return ids_in(_data_dir(ctx) / folder, incomplete)
