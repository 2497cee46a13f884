"""A centre's name read across a line break: "hébergé au centre d'accueil⏎de Jette".

Text pasted from a PDF or written in a narrow mail window breaks its lines anywhere. A generic
place to stay ("centre d'accueil", "opvangcentrum") kept its commune on one line and lost it after a
break, before or after the linking word ("opvangcentrum⏎van Sint-Pieters-Woluwe", "opvangcentrum
van⏎Sint-Pieters-Woluwe"): the commune where someone lives was left in the clear (forty-first round;
the fortieth round's closing note named the gap). A line that does not go on with a linking word is
another item ("centre d'accueil⏎Date : 12/03/2026", "centre fermé de Vottem⏎Le centre ...") and stays
out of the finding."""

from __future__ import annotations

from centre_sentences import AFTER, address_covers
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from secretpro.guard import scan

# a sentence that says someone stays at a generic place, in the language of its linking word
_STAYS = {
    "fr": [
        "Madame Lambert est hébergée au centre d'accueil",
        "Il loge depuis lundi au centre d'hébergement",
        "La famille vit au centre Croix-Rouge",
        "Monsieur Dubois réside au centre d'accueil pour demandeurs d'asile",
    ],
    "nl": [
        "Mevrouw Peeters verblijft in het opvangcentrum",
        "Het gezin woont sinds maart in het asielcentrum",
        "Hij slaapt sinds januari in het opvangcentrum",
        "Meneer Claes verblijft nu in het asielcentrum",
    ],
}
_LINKS = {"fr": ["de", "à"], "nl": ["van", "te", "in"]}
_COMMUNES = ["Jette", "Sint-Pieters-Woluwe", "Anderlecht", "Schaerbeek", "Charleroi", "Mechelen", "Kapellen"]
_LINE_ENDS = ["\n", "\r\n", "\u2028"]


def _covers(text: str, word: str) -> bool:
    start = text.index(word)
    return address_covers(text, start, start + len(word))


def _check_the_commune_across_a_break(data: st.DataObject, before: str, link: str, lang: str) -> None:
    """``before``, ``link`` and a commune, on one line and then broken before or after ``link``."""
    commune = data.draw(st.sampled_from(_COMMUNES))
    after = data.draw(st.sampled_from(AFTER[lang]))
    line_end = data.draw(st.sampled_from(_LINE_ENDS))
    one_line = f"{before} {link} {commune}{after}"
    # the same text on one line keeps the commune: what is asked of the broken one
    assert _covers(one_line, commune), one_line
    broken = data.draw(
        st.sampled_from(
            [f"{before}{line_end}{link} {commune}{after}", f"{before} {link}{line_end}{commune}{after}"]
        )
    )
    assert _covers(broken, commune), broken


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(["fr", "nl"]), st.data())
def test_the_commune_stays_with_its_centre_across_a_line_break(lang: str, data: st.DataObject) -> None:
    stays = data.draw(st.sampled_from(_STAYS[lang]))
    _check_the_commune_across_a_break(data, stays, data.draw(st.sampled_from(_LINKS[lang])), lang)


@settings(max_examples=examples(100), deadline=None)
@given(
    st.sampled_from(_STAYS["fr"] + _STAYS["nl"]),
    st.sampled_from(
        [
            "Date : 12/03/2026",
            "Datum: 12/03/2026",
            "Le centre de Jette est plein.",
            "Het centrum van Mechelen is vol.",
            "De sociale dienst van Jette volgt op.",
            "Dans l'attente, merci.",
        ]
    ),
    st.sampled_from(_LINE_ENDS),
)
def test_a_next_line_that_is_another_item_stays_out(stays: str, next_line: str, line_end: str) -> None:
    text = f"{stays}{line_end}{next_line}"
    centres = [
        f for f in scan(text, profile="strict").findings if f.category == "ADDRESS" and f.start < len(stays)
    ]
    assert centres, text
    assert all(f.end <= len(stays) for f in centres), (text, [(f.start, f.end) for f in centres])


_LIVES = {
    "fr": ["Il habite", "Madame Lambert est hébergée", "La famille vit", "Elle loge chez sa sœur"],
    "nl": ["Hij woont", "Mevrouw Peeters verblijft", "Het gezin woont", "Ze slaapt bij haar zus"],
}
_COMMUNE_LINKS = {"fr": ["à"], "nl": ["in", "te"]}


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(["fr", "nl"]), st.data())
def test_a_commune_after_a_residence_verb_across_a_line_break(lang: str, data: st.DataObject) -> None:
    # "il habite à⏎Jette", "hij woont⏎in Jette": the line breaks next to the linking word
    lives = data.draw(st.sampled_from(_LIVES[lang]))
    _check_the_commune_across_a_break(data, lives, data.draw(st.sampled_from(_COMMUNE_LINKS[lang])), lang)


@settings(max_examples=examples(50), deadline=None)
@given(st.sampled_from(_LIVES["nl"]), st.sampled_from(_COMMUNES), st.sampled_from(_LINE_ENDS))
def test_a_capitalised_line_opens_a_new_sentence(lives: str, commune: str, line_end: str) -> None:
    # "Hij woont⏎In Jette is het druk": "In" opens another sentence, about the town
    text = f"{lives}{line_end}In {commune} is het vandaag druk op de markt."
    assert not _covers(text, commune), text
