"""The town where the writer lives, told in the first person: "Je vis à Madrid et je m'inquiète pour ma
mère", "Ik woon sinds 2019 in Wenen voor mijn werk".

A relative abroad writes to the CPAS about a parent; where the relative lives is theirs to keep (the
labelled sets mark it). "Ik woon zelf in Nijmegen" and "I live in Lahore" were read (twenty-eighth
round); the French "je vis à" and a year between the verb and the town were not (forty-third round,
the invented sets' tuning halves). The town may open the next line, as a form or a PDF pasted into a
message leaves it ("Je vis à⏎Madrid", "sa mère à⏎  Casablanca": forty-fourth round). "Je vis au jour
le jour" names no town."""

from __future__ import annotations

import pytest
from guard_helpers import assert_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_OPENINGS = {
    "fr": ["Je vis à", "Moi je vis à", "J'habite à", "je vis à", "Je vis depuis 2015 à"],
    "nl": ["Ik woon in", "Ik woon sinds 2019 in", "Ik woon zelf in", "Wij wonen in"],
}
_TOWNS = ["Madrid", "Esch-sur-Alzette", "Uppsala", "Wenen", "Thessaloniki", "Den Haag", "Lille"]
# between the preposition and the town: a blank, or a line end (with the indentation a paste leaves)
_GAPS = [" ", "  ", "\n", "\r\n", " \n", "\n  ", "\t"]
_AFTER = {
    "fr": [" et je m'inquiète pour ma mère.", ", je ne peux venir qu'à Noël.", "."],
    "nl": [" voor mijn werk.", " en kan maar om de twee weken komen.", "."],
}


@settings(max_examples=examples(300), deadline=None)
@given(st.sampled_from(["fr", "nl"]), st.data())
def test_the_town_the_writer_lives_in_is_an_address(lang: str, data: st.DataObject) -> None:
    opening = data.draw(st.sampled_from(_OPENINGS[lang]))
    town = data.draw(st.sampled_from(_TOWNS))
    gap = data.draw(st.sampled_from(_GAPS))
    after = data.draw(st.sampled_from(_AFTER[lang]))
    greeting = {"fr": "Bonjour,", "nl": "Beste mevrouw,"}[lang]
    text = f"{greeting}\n{opening}{gap}{town}{after}"
    assert_covered(text, "ADDRESS", town, start=text.index(town, len(greeting) + len(opening)))


_KIN_LINES = {
    "fr": ["Ma mère est restée à", "Mon frère vit à", "Ses enfants sont toujours à"],
    "nl": ["Mijn moeder woont nog in", "Haar zoon zit nog in", "Zijn vrouw en kinderen in"],
}


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(["fr", "nl"]), st.data())
def test_a_relatives_town_on_the_next_line_is_an_address(lang: str, data: st.DataObject) -> None:
    opening = data.draw(st.sampled_from(_KIN_LINES[lang]))
    gap = data.draw(st.sampled_from(["\n", "\r\n", "\n  ", " \n"]))
    town = data.draw(st.sampled_from(_TOWNS))
    text = f"Dossier social\n{opening}{gap}{town}."
    assert_covered(text, "ADDRESS", town, start=text.rindex(town))


@pytest.mark.parametrize(
    "text",
    [
        "Je vis au jour le jour depuis mon licenciement.",
        "Je vis à peine avec 900 euros.",
        # a line that ends on "à" and a heading after it: no relative, no first person
        "Rendez-vous fixé à\nBruxelles, au siège du CPAS.",
        "Le dossier a été transmis à\nMadame la Présidente.",
    ],
)
def test_living_from_day_to_day_names_no_town(text: str) -> None:
    assert "ADDRESS" not in categories(text)
