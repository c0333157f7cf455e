"""data-format.md 1.1: a code under ``supports`` that its own flag denies is an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobmatch.loading import load_record
from tests.loading.asset_files import YAML_ASSETS, errors, load_asset

WORKPLACE = """\
schema: jobmatch/workplace@1
id: lager
name: Lageret
{extra}
tasks:
  - id: plukk
    name: plukke varer
"""


def _problems(tmp_path: Path, extra: str) -> list[str]:
    path = tmp_path / "lager.yaml"
    path.write_text(WORKPLACE.format(extra=extra), encoding="utf-8")
    record, problems = load_record(path)
    assert record is not None
    return [p.render() for p in errors(problems)]


def test_each_denied_code_is_named_with_its_flag_and_place() -> None:
    path = YAML_ASSETS / "supports-contradict.yaml"
    _, problems = load_asset("supports-contradict")
    assert [p.render() for p in sorted(problems)] == [
        f"{path}:8:31: supports.1: lists mentor, but inclusion.mentor is false: "
        "remove mentor from supports, or set inclusion.mentor to true if it is offered",
        f"{path}:8:39: supports.2: lists adapted_training, but inclusion.internal_training is "
        "false: remove adapted_training from supports, or set inclusion.internal_training to "
        "true if it is offered",
        f"{path}:8:57: supports.3: lists adapted_tasks, but open_to_job_carving is false: "
        "remove adapted_tasks from supports, or set open_to_job_carving to true if it is offered",
    ]
    assert {p.code for p in problems} == {"support_contradiction"}


def test_the_message_in_norwegian() -> None:
    _, problems = load_asset("supports-contradict")
    assert sorted(problems)[0].text("nb") == (
        "oppgir mentor, men inclusion.mentor er false: fjern mentor fra supports, "
        "eller sett inclusion.mentor til true hvis det tilbys"
    )


@pytest.mark.parametrize(
    "extra",
    [
        "inclusion: {mentor: true}\nsupports: [mentor]",
        "inclusion: {mentor: false}\nsupports: [quiet_environment]",
        "inclusion: {mentor: false}",
        "supports: [mentor, adapted_training, adapted_tasks]",  # flags unknown: the list says it
        "open_to_job_carving: true\nsupports: [adapted_tasks]",
    ],
)
def test_agreeing_or_unknown_flags_are_fine(tmp_path: Path, extra: str) -> None:
    assert _problems(tmp_path, extra) == []


def test_validate_exits_1(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from jobmatch.cli import app

    folder = tmp_path / "workplaces"
    folder.mkdir()
    (folder / "lager.yaml").write_text(
        WORKPLACE.format(extra="inclusion: {mentor: false}\nsupports: [mentor]"), encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["validate", str(tmp_path), "--lang", "en"])
    assert result.exit_code == 1
    assert "supports.0: lists mentor, but inclusion.mentor is false" in result.stderr
