"""A word match names its evidence (scoring.md step 6): the keyword, the words, the concept."""

from __future__ import annotations

from jobmatch.api import Engine
from jobmatch.i18n.sentences import sentence
from jobmatch.scoring.match import Fact
from tests import factories


def _met(engine: Engine, interest: str, *tasks: dict[str, object]) -> Fact:
    person = factories.seeker(interests=[{"what": interest}])
    place = factories.workplace(tasks=list(tasks))
    match = engine.score(person, place)
    return next(f for f in match.components["interest"].parts if f.code.startswith("interest_"))


def test_a_match_through_a_keyword_names_the_keyword(engine: Engine) -> None:
    """issue #9: "keywords count below the task's own name, and are named in the reason"."""
    task = factories.task("gulv", "vaske gulv", 10, keywords=["kjøre truck"])
    fact = _met(engine, "kjøre truck", task)
    assert fact.values["via"] == "keyword" and fact.values["keyword"] == "kjøre truck"
    assert "through its keyword 'kjøre truck'" in sentence(fact, "en")
    assert "gjennom nøkkelordet «kjøre truck»" in sentence(fact, "nb")


def test_a_match_of_the_same_words_names_them(engine: Engine) -> None:
    fact = _met(
        engine, "stelle og mate dyr", factories.task("dyr", "stelle smådyr, mate og gi vann")
    )
    assert fact.values["via"] == "words"
    assert set(fact.values["words"]) == {"stelle", "mate", "dyr"}  # type: ignore[arg-type]
    assert "(the same words: " in sentence(fact, "en") and "samme ord" in sentence(fact, "nb")


def test_a_match_across_languages_names_the_concept_in_each(engine: Engine) -> None:
    fact = _met(engine, "cleaning", factories.task("gulv", "vaske gulv"))
    assert fact.values["via"] == "concept"
    assert "(both are about '" in sentence(fact, "en")
    assert "(begge handler om «" in sentence(fact, "nb")


def test_the_evidence_is_in_the_details_scripts_read(engine: Engine) -> None:
    from jobmatch.output.matches import match_dict

    person = factories.seeker(interests=[{"what": "kjøre truck"}])
    place = factories.workplace(tasks=[factories.task("g", "vaske gulv", 10, keywords=["truck"])])
    reasons = match_dict(engine.score(person, place), "en")["details"]["reasons"]
    met = next(r for r in reasons if r["code"] == "interest_partial")  # a keyword: weaker
    assert met["via"] == "keyword" and met["keyword"] == "truck" and met["task_id"] == "g"
