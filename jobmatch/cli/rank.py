"""``jobmatch rank SEEKER`` and ``jobmatch rank --workplace WORKPLACE``."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Annotated, assert_never

import typer

from jobmatch.cli.common import (
    AsOfOption,
    DataOption,
    DbOption,
    DelimiterOption,
    ForceOption,
    LangOption,
    MinScoreOption,
    NoColorOption,
    OutputOption,
    QuietOption,
    SkipInvalidOption,
    TopOption,
    check_delimiter,
    check_output,
    emit,
    emit_rich,
    guarded,
    open_data,
    resolve_as_of,
    resolve_lang,
    terminal_width,
)
from jobmatch.cli.completion import complete_seeker, complete_workplace
from jobmatch.cli.formats import choose_format
from jobmatch.errors import UsageError
from jobmatch.layout import FOLDERS
from jobmatch.output.csvout import csv_text
from jobmatch.output.jsonout import scores_document, to_json
from jobmatch.output.matches import CSV_COLUMNS, csv_row, match_dict
from jobmatch.scoring.selection import select


class RankFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


EXTENSIONS: Mapping[str, RankFormat] = {
    ".txt": RankFormat.TABLE,
    ".json": RankFormat.JSON,
    ".csv": RankFormat.CSV,
}


@guarded
def rank(
    seeker: Annotated[
        str | None,
        typer.Argument(help="help.arg.seeker", show_default=False, autocompletion=complete_seeker),
    ] = None,
    workplace: Annotated[
        str | None,
        typer.Option(
            "--workplace", "-w", help="help.rank.workplace", autocompletion=complete_workplace
        ),
    ] = None,
    output_format: Annotated[
        RankFormat | None, typer.Option("--format", help="help.rank.format", show_default=False)
    ] = None,
    top: TopOption = None,
    min_score: MinScoreOption = None,
    show_excluded: Annotated[
        bool, typer.Option("--show-excluded", help="help.rank.show_excluded")
    ] = False,
    db: DbOption = None,
    data: DataOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    delimiter: DelimiterOption = ",",
    skip_invalid: SkipInvalidOption = False,
    quiet: QuietOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Rank every workplace for one seeker (or every seeker for one workplace, paused and placed ones too), best first."""
    if (seeker is None) == (workplace is None):
        raise UsageError(key="error.seeker_or_workplace")
    check_delimiter(delimiter)
    fmt = choose_format("rank", output_format, output, EXTENSIONS, RankFormat.TABLE)
    check_output(output, force)
    day, language = resolve_as_of(as_of), resolve_lang(lang)
    from jobmatch.api import Engine  # the engine loads numpy and the vocabulary: not for --help
    from jobmatch.loading import find_seeker, find_workplace

    against = FOLDERS["seeker" if workplace is not None else "workplace"]
    dataset = open_data(data, skip_invalid, quiet, (against,))
    engine = Engine.for_data(dataset, day)
    if workplace is not None:
        place = find_workplace(dataset, workplace)
        matches = engine.rank_seekers(place, dataset.seekers.values())
        key, subject, title = "workplace", place.id, place.name
    else:
        person = find_seeker(dataset, seeker or "")
        matches = engine.rank_workplaces(person, dataset.workplaces.values())
        key, subject, title = "seeker", person.id, person.name
    shown = select(matches, top, min_score, show_excluded)
    from jobmatch.cli.auditing import audit_run

    options = {"top": top, "min_score": min_score, "show_excluded": show_excluded}
    ranked = [(m.seeker, m.workplace, round(m.score, 1)) for m in shown]
    audit_run(
        "rank",
        dataset.root,
        [(key, subject)],
        {**options, "as_of": day.isoformat()},
        repr(ranked),
        db,
    )
    match fmt:
        case RankFormat.JSON:
            body = scores_document(
                **{key: subject},
                as_of=day.isoformat(),
                results=[match_dict(m, language) for m in shown],
            )
            emit(to_json(body) + "\n", output, force)
        case RankFormat.CSV:
            rows = (csv_row(m, language) for m in shown)
            emit(csv_text(CSV_COLUMNS, rows, delimiter), output, force)
        case RankFormat.TABLE:
            from jobmatch.output.terminal import rank_table  # rich: for the table only

            names = {
                **{s.id: s.name for s in dataset.seekers.values()},
                **{w.id: w.name for w in dataset.workplaces.values()},
            }
            table = rank_table(
                shown, names, language, workplace is not None, title, terminal_width(output)
            )
            emit_rich(table, output, force, no_color)
        case _:
            assert_never(fmt)
