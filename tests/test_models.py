"""The models' own helpers: what a workplace offers (data format 1.1 supports)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobmatch.models import SUPPORT_FLAGS, Support
from tests import factories

MENTOR, TRAINING, TASKS = Support.MENTOR, Support.ADAPTED_TRAINING, Support.ADAPTED_TASKS
QUIET = Support.QUIET_ENVIRONMENT


def test_nothing_mapped_is_unknown_not_nothing_offered() -> None:
    offered = factories.workplace().offered_supports
    assert offered.codes == frozenset()
    assert not offered.known
    assert offered.offers(MENTOR) is None
    assert offered.offers(QUIET) is None


def test_the_list_alone() -> None:
    offered = factories.workplace(supports=["quiet_environment", "mentor"]).offered_supports
    assert offered.codes == {QUIET, MENTOR}
    assert offered.known
    assert offered.offers(QUIET) is True
    assert offered.offers(Support.HEARING) is False  # a list is complete: not listed, not offered


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"inclusion": {"mentor": "true"}}, MENTOR),
        ({"inclusion": {"internal_training": "true"}}, TRAINING),
        ({"open_to_job_carving": "true"}, TASKS),
    ],
)
def test_a_true_flag_offers_its_code_without_the_list(
    changes: dict[str, Any], code: Support
) -> None:
    offered = factories.workplace(**changes).offered_supports
    assert offered.codes == {code}
    assert offered.known
    assert offered.offers(code) is True
    assert offered.offers(QUIET) is None  # the flag says nothing about the other codes


def test_a_false_flag_is_known_not_offered() -> None:
    offered = factories.workplace(inclusion={"mentor": "false"}).offered_supports
    assert offered.codes == frozenset()
    assert offered.known
    assert offered.offers(MENTOR) is False
    assert offered.offers(TRAINING) is None


def test_list_and_flags_together() -> None:
    workplace = factories.workplace(
        supports=["gradual_increase"],
        inclusion={"mentor": "true", "internal_training": "false"},
        open_to_job_carving="true",
    )
    offered = workplace.offered_supports
    assert offered.codes == {Support.GRADUAL_INCREASE, MENTOR, TASKS}
    assert offered.offers(TRAINING) is False


def test_the_flags_are_the_data_formats_three() -> None:
    assert SUPPORT_FLAGS == {
        MENTOR: ("inclusion", "mentor"),
        TRAINING: ("inclusion", "internal_training"),
        TASKS: ("open_to_job_carving",),
    }


FLAG = st.sampled_from([None, "true", "false"])


@given(
    listed=st.none() | st.lists(st.sampled_from(list(Support)), unique=True),
    mentor=FLAG,
    training=FLAG,
    carving=FLAG,
)
def test_offered_is_the_list_and_the_true_flags(
    listed: list[Support] | None, mentor: str | None, training: str | None, carving: str | None
) -> None:
    inclusion = {k: v for k, v in (("mentor", mentor), ("internal_training", training)) if v}
    changes: dict[str, Any] = {"inclusion": inclusion or None, "open_to_job_carving": carving}
    if listed is not None:
        changes["supports"] = [code.value for code in listed]
    offered = factories.workplace(**changes).offered_supports
    flags = {MENTOR: mentor, TRAINING: training, TASKS: carving}
    assert offered.codes == set(listed or ()) | {c for c, v in flags.items() if v == "true"}
    assert offered.known == (listed is not None or any(v is not None for v in flags.values()))
    for code in Support:
        answer = offered.offers(code)
        assert (answer is True) == (code in offered.codes)
        assert (answer is None) == (listed is None and flags.get(code) is None)
