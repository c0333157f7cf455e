"""Messages never contain field values (spec/reliability.md): files hold health information.

A canary marker that appears in no message text is put into values that fail
validation, in any printable text, plain or quoted; no problem may show it.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobmatch.loading import load_record, validate_paths
from tests.loading.asset_files import ASSETS

MARK = "QZX"
BASE = """schema: jobmatch/seeker@1
id: canary
name: Kari C.
goal:
  purpose: {purpose}
interests:
  - what: rydde
limits:
  max_lifting_kg: {lifting}
schedule:
  earliest: {earliest}
  days: [{day}]
language: {language}
riasec: {riasec}
accommodations:
  - need: pauser
    share_with_employer: {share}
confidential:
  notes: {notes}
"""
VALID = {
    "purpose": "training",
    "lifting": "15",
    "earliest": '"08:00"',
    "day": "mon",
    "language": "nb",
    "riasec": "RC",
    "share": "false",
    "notes": "Notater.",
}
# Printable text with YAML's special characters, but no line breaks of any kind.
PRINTABLE = st.text(
    st.characters(
        blacklist_categories=("Cc", "Cs", "Zl", "Zp"),
        blacklist_characters="\ufeff\x85",
    ),
    max_size=40,
)


def _problems_text(text: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "canary.yaml"
        path.write_text(text, encoding="utf-8")
        _, problems = load_record(path)
    assert problems, "the value was meant to fail"
    text = "\n".join(p.render() + json.dumps(p.as_dict(), ensure_ascii=False) for p in problems)
    # The temporary folder's random name may hold the marker by chance; it is no value.
    return text.replace(str(path), "<path>").replace(json.dumps(str(path))[1:-1], "<path>")


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    field=st.sampled_from(["purpose", "lifting", "earliest", "day", "language", "riasec", "share"]),
    tail=PRINTABLE,
    quoted=st.booleans(),
)
def test_a_failing_value_never_appears_in_a_message(field: str, tail: str, quoted: bool) -> None:
    value = MARK + tail
    written = json.dumps(value, ensure_ascii=False) if quoted else value
    text = BASE.format(**{**VALID, field: written})
    assert MARK not in _problems_text(text).upper()


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(notes=PRINTABLE, key=PRINTABLE)
def test_confidential_text_never_appears_next_to_an_error(notes: str, key: str) -> None:
    """An unknown key, or text typed as a key, inside the confidential block."""
    text = BASE.format(**{**VALID, "notes": json.dumps(MARK + notes, ensure_ascii=False)})
    text += f"  {json.dumps(MARK + key, ensure_ascii=False)}: {json.dumps(MARK + notes)}\n"
    assert MARK not in _problems_text(text).upper()


def test_canary_assets_show_no_canary() -> None:
    report = validate_paths([ASSETS / "privacy"])
    assert report.files == 5
    assert len({p.path for p in report.errors}) == 5
    for problem in report.problems:
        assert "CANARY-" not in problem.render()
        assert "CANARY-" not in json.dumps(problem.as_dict())


def test_a_stray_key_in_the_accommodations_is_not_shown(tmp_path: Path) -> None:
    path = tmp_path / "profiles" / "a.yaml"
    path.parent.mkdir()
    path.write_text(
        "schema: jobmatch/seeker@1\nid: a\nname: A\ngoal: {purpose: training}\n"
        "interests: [{what: x}]\naccommodations:\n  - angst: true\n    need: pauser\n",
        encoding="utf-8",
    )
    (problem,) = load_record(path)[1]
    assert "angst" not in problem.render()
    assert problem.render().endswith(
        "7:5: accommodations.0.?: unknown key (not shown: it may be private text); remove it or check the spelling"
    )
