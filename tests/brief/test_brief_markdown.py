"""The Markdown brief of every example pair: one blank line at most between blocks."""

from __future__ import annotations

import pytest

from jobmatch.api import Engine
from jobmatch.brief import Audience, BriefFormat, build_brief, render
from jobmatch.loading import DataSet
from tests.brief.brief_support import AS_OF, MEETING


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_no_stray_blank_lines_in_any_example_brief(
    examples: DataSet, engine: Engine, lang: str
) -> None:
    """Every profile × workplace of the example data, for every audience the pair gets."""
    assert examples.seekers and examples.workplaces
    checked = 0
    for person in examples.seekers.values():
        for place in examples.workplaces.values():
            match = engine.score(person, place)
            audiences = [Audience.ADVISER] if match.excluded else list(Audience)
            for audience in audiences:
                brief = build_brief(
                    person,
                    place,
                    match,
                    audience=audience,
                    lang=lang,
                    as_of=AS_OF,
                    meeting_date=MEETING,
                )
                text = render(brief, BriefFormat.MARKDOWN)
                name = f"{person.id}/{place.id} {audience} {lang}"
                assert "\n\n\n" not in text, name
                assert text.endswith("\n") and not text.endswith("\n\n"), name
                checked += 1
    assert checked >= len(examples.seekers) * len(examples.workplaces)
