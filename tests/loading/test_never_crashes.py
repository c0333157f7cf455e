"""Whatever is in a file, loading it gives a record or problems, never an exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobmatch.loading import load_record

YAMLISH = st.text(
    alphabet=st.sampled_from(list("abc:-[]{}#&*!|>'\"%@`,? \n\t0123456789æøå.~")),
    max_size=300,
)
LINES = st.lists(
    st.sampled_from(
        [
            "schema: jobmatch/seeker@1",
            "schema: jobmatch/workplace@1",
            "id: x",
            "name: X",
            "goal: {purpose: training}",
            "interests: [{what: a}]",
            "tasks:\n  - {id: t, name: T}",
            "limits:\n  max_lifting_kg: [1, 2]",
            "schedule: {earliest: '25:00'}",
            "  - nested",
            "confidential: {notes: hemmelig}",
            "---",
            "? complex",
            "a: &x 1",
            "b: *x",
        ]
    ),
    max_size=12,
).map("\n".join)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.one_of(YAMLISH, LINES, st.binary(max_size=200)))
def test_any_content_loads_or_is_reported(tmp_path: Path, content: str | bytes) -> None:
    path = tmp_path / "profiles" / "x.yaml"
    path.parent.mkdir(exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    record, problems = load_record(path)
    assert record is not None or problems
    for problem in problems:
        assert problem.path == str(path)
        assert problem.message
