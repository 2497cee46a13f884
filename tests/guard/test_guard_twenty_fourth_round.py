"""The twenty-fourth round: a chain of health clauses may start from a clause that also holds a name
(or another finding), on the side where nothing else stands between. All people, numbers and places
of residence are invented or public towns."""

from __future__ import annotations

import pytest
from guard_helpers import spans
from hypothesis import given, settings
from hypothesis import strategies as st

from secretpro.guard import scan
from secretpro.guard.scanner import find_all


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        (
            "Mme Benali a un cancer, doit se reposer chaque après-midi.",
            "cancer, doit se reposer chaque après-midi",
        ),
        (
            "Mevrouw Peeters heeft kanker, moet elke middag rusten en eet slecht.",
            "kanker, moet elke middag rusten en eet slecht",
        ),
        ("Mr Haddad has diabetes, cannot work and needs insulin daily.", "cannot work"),
    ],
)
def test_a_chain_starts_from_a_clause_that_holds_a_name(text: str, chain: str) -> None:
    assert any(chain in span for span in spans(text, "HEALTH")), spans(text, "HEALTH")
    found = find_all(text)
    names = [f for f in found if f.category == "PERSON_NAME"]
    assert names
    for health in (f for f in found if f.category == "HEALTH"):
        assert all(health.end <= n.start or n.end <= health.start for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Il a un cancer chez Mme Benali, doit se reposer.", "Benali"),
        ("Hij heeft kanker volgens Jan Peeters, moet rusten.", "Jan Peeters"),
    ],
)
def test_a_chain_does_not_reach_over_a_name_behind_the_health_finding(text: str, name: str) -> None:
    found = find_all(text)
    start = text.index(name)
    end = start + len(name)
    assert any(f.category == "PERSON_NAME" and f.start <= start and end <= f.end for f in found)
    for f in found:
        if f.category == "HEALTH":
            assert f.end <= start or end <= f.start, text[f.start : f.end]


_NAMES = ["Mme Lena Claes", "M. Karim Haddad", "Mevrouw Peeters", "dhr. Jansens", "Mme Benali"]
_TOLD = ["a un cancer", "est diabétique", "heeft kanker", "is zwanger", "est séropositive"]
_FREE = [
    "ne sort plus de chez elle",
    "doit revenir chaque semaine",
    "moet elke week terugkomen",
    "a besoin d'aide pour se laver",
]


@settings(max_examples=200, deadline=None)
@given(
    name=st.sampled_from(_NAMES),
    told=st.sampled_from(_TOLD),
    after=st.lists(st.sampled_from(_FREE), min_size=1, max_size=3),
)
def test_a_generated_chain_after_a_name_is_redacted_and_the_name_kept(
    name: str, told: str, after: list[str]
) -> None:
    text = "Pour info : " + ", ".join([f"{name} {told}", *after]) + ". Merci."
    found = find_all(text)
    start = text.index(name)
    end = start + len(name)
    for f in found:
        if f.category == "HEALTH":
            assert f.end <= start or end <= f.start, (text, text[f.start : f.end])
    redacted = scan(text).redacted
    for clause in after:
        assert clause not in redacted, (text, redacted)
    assert redacted.endswith("Merci.")
