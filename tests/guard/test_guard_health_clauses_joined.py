"""Health clauses side by side are one redaction (forty-sixth round): a clause that holds a health
finding with words of its own around it, next to another health clause, is taken whole, so that the
words between two findings about the same illness are not left between two redactions ("overleden
aan een schedelbreuk na een val van de trap, na vier dagen op de intensieve zorg" showed "na een
val van de trap"). A clause that holds a name or an address still stops the chain."""

from __future__ import annotations

from guard_helpers import assert_apart_from_health, assert_covered
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

# (health clauses: words of their own around a lexicon term, in one language per sentence)
_CLAUSES = {
    "nl": (
        [
            "ze is overleden aan een schedelbreuk na een val van de trap",
            "hij heeft suikerziekte sinds zijn jeugd",
        ],
        ["na vier dagen op de intensieve zorg", "zijn epilepsie is nog niet onder controle"],
        [", ", "; ", " en ", " – ", " - "],
    ),
    "fr": (
        ["il a une bronchite depuis la rentrée", "elle fait de l'asthme quand il fait froid"],
        ["il prend de la cortisone deux fois par jour", "elle a une bronchite chaque hiver"],
        [", ", "; ", " et ", " – ", " - "],
    ),
}


@settings(max_examples=examples(300), deadline=None)
@given(st.sampled_from(["nl", "fr"]), st.data(), st.booleans())
def test_two_health_clauses_are_one_redaction(lang: str, data: st.DataObject, upper: bool) -> None:
    firsts, seconds, cuts = _CLAUSES[lang]
    first, second, cut = (data.draw(st.sampled_from(options)) for options in (firsts, seconds, cuts))
    # (the eight characters before the cut, the clauses' break and the second clause: what two
    # separate redactions left between them)
    tail = f"{first[-8:]}{cut}{second}"
    text = f"Bonjour,\nNous suivons la famille depuis mars : {first}{cut}{second}.\nMerci."
    if upper:
        text, tail = text.upper(), tail.upper()
    assert_covered(text, "HEALTH", tail)


def test_the_words_between_two_health_findings_are_redacted() -> None:
    text = "Mevrouw is overleden aan een schedelbreuk na een val van de trap, na vier dagen op de intensieve zorg."
    assert_covered(text, "HEALTH", "schedelbreuk na een val van de trap, na vier dagen op de intensieve zorg")


def test_a_clause_with_an_address_still_stops_the_chain() -> None:
    assert_apart_from_health(
        "Il a une bronchite depuis la rentrée, habite rue Haute 5 à 1000 Bruxelles, prend de la cortisone.",
        "ADDRESS",
    )
