"""The due list's JSON is the same text as the general JSON writer gives."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from jobmatch.output.followup import due_dict, due_json
from jobmatch.output.jsonout import to_json
from jobmatch.store.due import DueItem, DueKind, DueState

AS_OF = date(2026, 11, 27)
_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
_ITEMS = st.builds(
    DueItem,
    kind=st.sampled_from(DueKind),
    state=st.sampled_from(DueState),
    due=st.none() | st.dates(),
    seeker=st.none() | _TEXT,
    workplace=st.none() | _TEXT,
    placement=st.none() | _TEXT,
    adviser=_TEXT,
    detail=_TEXT,
)


def _general(items: list[DueItem]) -> str:
    document = {
        "schema_version": 1,
        "as_of": AS_OF.isoformat(),
        "items": [due_dict(i) for i in items],
    }
    return to_json(document)


@given(st.lists(_ITEMS, max_size=5))
def test_the_due_json_is_what_the_general_writer_gives(items: list[DueItem]) -> None:
    assert due_json(AS_OF, items) == _general(items)


def test_an_empty_list_too() -> None:
    assert due_json(AS_OF, []) == _general([])


def test_quotes_controls_and_letters() -> None:
    item = DueItem(DueKind.VISIT, DueState.OVERDUE, None, 'a"b\\c', "æøå\u2028\x1b", None, "Kari\n")
    assert due_json(AS_OF, [item]) == _general([item])
