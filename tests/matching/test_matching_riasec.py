"""Brown and Gore's (1994) C index of RIASEC congruence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobmatch.matching import c_index, riasec_congruence


@pytest.mark.parametrize(
    ("person", "environment", "expected"),
    [
        ("RIA", "RIA", 18),  # identical codes: the maximum
        ("RIA", "SEC", 0),  # every letter opposite its partner on the hexagon
        ("RIA", "IRA", 13),  # 3*2 + 2*2 + 1*3: two neighbours, one same
        ("SAE", "SEC", 13),  # 3*3 + 2*1 + 1*2
        ("RIA", "CRI", 12),  # 3*2 + 2*2 + 1*2: each letter one step on
        ("ESC", "RIA", 5),  # 3*1 + 2*1 + 1*0: two alternates, one opposite
    ],
)
def test_c_index_values(person: str, environment: str, expected: int) -> None:
    assert c_index(person, environment) == expected


def test_congruence_is_the_c_index_scaled() -> None:
    assert riasec_congruence("RIA", "RIA") == 1.0
    assert riasec_congruence("RIA", "SEC") == 0.0
    assert riasec_congruence("RIA", "IRA") == pytest.approx(13 / 18)


def test_shorter_codes_compare_the_positions_both_have() -> None:
    assert riasec_congruence("R", "RIA") == 1.0
    assert riasec_congruence("R", "C") == pytest.approx(2 / 3)  # neighbours on the hexagon
    assert riasec_congruence("R", "S") == 0.0
    assert riasec_congruence("RI", "IRC") == pytest.approx((3 * 2 + 2 * 2) / 15)


def test_codes_are_read_in_any_case() -> None:
    assert riasec_congruence("rc", " RC ") == 1.0


@pytest.mark.parametrize("code", ["", "X", "RIAS", "RR", "R I"])
def test_invalid_codes(code: str) -> None:
    with pytest.raises(ValueError, match="RIASEC"):
        riasec_congruence(code, "RIA")


codes = st.permutations("RIASEC").flatmap(
    lambda letters: st.integers(1, 3).map(lambda n: "".join(letters[:n]))
)


@given(codes, codes)
def test_congruence_is_symmetric_and_in_range(person: str, environment: str) -> None:
    value = riasec_congruence(person, environment)
    assert 0.0 <= value <= 1.0
    assert value == riasec_congruence(environment, person)
