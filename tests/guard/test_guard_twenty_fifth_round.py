"""The twenty-fifth round: a judgment's headnote (the key phrases under its court and roll number)
sums up that one case, so its health and status phrases are not generic even when the judgment
names no one. All texts are invented."""

from __future__ import annotations

import pytest
from guard_helpers import spans
from hypothesis import given, settings
from hypothesis import strategies as st

from secretpro.guard.scanner import find_all

_FRENCH_BODY = (
    "L'allocation de remplacement de revenus peut être refusée à l'étranger qui n'est pas inscrit au "
    "registre de la population. Une personne handicapée en séjour illégal n'y a pas droit."
)
_FRENCH_HEADNOTE = (
    "Aide sociale – inscription au registre des étrangers – allocation de personne handicapée – art. 4 "
    "de la loi du 27 février 1987 – fondé"
)
_DUTCH_BODY = (
    "De tegemoetkoming kan worden geweigerd aan wie niet in het bevolkingsregister is ingeschreven. Het "
    "Grondwettelijk Hof oordeelde dat die voorwaarde een voldoende band met België uitdrukt. Een "
    "vreemdeling die in het vreemdelingenregister is ingeschreven, heeft volgens die rechtspraak nog geen "
    "voldoende sterke band. De wetgever mag dat onderscheid maken zonder de artikelen 10 en 11 van de "
    "Grondwet te schenden, zolang het redelijk verantwoord is."
)
_DUTCH_HEADNOTE = (
    "Tegemoetkoming persoon met een handicap – ingeschreven in het vreemdelingenregister – art. 4 wet "
    "van 27 februari 1987 – rechtspraak Grondwettelijk Hof – ongegrond"
)
_FRENCH = f"Tribunal du travail de Liège\n17/1234/A\n{_FRENCH_HEADNOTE}\n{_FRENCH_BODY}"
_DUTCH = f"Arbeidsrechtbank\nLeuven\n21/118/A\n{_DUTCH_HEADNOTE}\n{_DUTCH_BODY}"


def _in_headnote(text: str, headnote: str, category: str) -> list[str]:
    start = text.index(headnote)
    end = start + len(headnote)
    return [s for s in spans(text, category) if text.find(s, start, end) >= 0]


@pytest.mark.parametrize(
    ("text", "headnote", "health", "status"),
    [
        (_FRENCH, _FRENCH_HEADNOTE, "personne handicapée", "registre des étrangers"),
        (_DUTCH, _DUTCH_HEADNOTE, "persoon met een handicap", "vreemdelingenregister"),
    ],
)
def test_a_judgments_headnote_keeps_its_key_phrases(
    text: str, headnote: str, health: str, status: str
) -> None:
    assert any(health in s for s in _in_headnote(text, headnote, "HEALTH")), spans(text, "HEALTH")
    assert any(status in s for s in _in_headnote(text, headnote, "ADMIN_STATUS")), spans(text, "ADMIN_STATUS")


@pytest.mark.parametrize("text", [_FRENCH, _DUTCH])
def test_the_judgments_general_sentences_stay_generic(text: str) -> None:
    body = text.rindex("\n")
    found = [f for f in find_all(text) if f.category in ("HEALTH", "ADMIN_STATUS") and f.start > body]
    assert found == [], [text[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    "text",
    [
        # no court above the key phrases: a newsletter's or a leaflet's list of topics
        _FRENCH.replace("Tribunal du travail de Liège", "Actualité juridique"),
        _DUTCH.replace("Arbeidsrechtbank", "Nieuwsbrief"),
        # the line of key phrases far below the court: another part of the page
        "Tribunal du travail de Liège\n"
        + "Lire la suite de cet article sur notre site web pour les abonnés\n"
        f"{_FRENCH_HEADNOTE}\n{_FRENCH_BODY}",
    ],
)
def test_key_phrases_without_a_court_above_them_are_judged_as_before(text: str) -> None:
    assert spans(text, "HEALTH") == [] and spans(text, "ADMIN_STATUS") == []


_COURTS = [
    "Tribunal du travail de Liège",
    "Cour du travail de Mons",
    "TRIBUNAL DU TRAVAIL DE BRUXELLES",
    "Conseil du contentieux des étrangers",
    "Conseil d'État",
    "Cour constitutionnelle",
]
_NUMBERS = ["17/1234/A", "2019/AM/88", "n° 245.112", "arrêt du 3 mars 2022"]


@settings(max_examples=120, deadline=None)
@given(
    court=st.sampled_from(_COURTS),
    lines=st.lists(st.sampled_from([*_NUMBERS, "Liège", "division Namur"]), min_size=0, max_size=2),
    dash=st.sampled_from([" – ", " - ", " — "]),
)
def test_any_court_header_and_dash_reads_the_headnote(court: str, lines: list[str], dash: str) -> None:
    headnote = _FRENCH_HEADNOTE.replace(" – ", dash)
    text = "\n".join([court, *lines, headnote, _FRENCH_BODY])
    assert any("personne handicapée" in s for s in _in_headnote(text, headnote, "HEALTH")), spans(
        text, "HEALTH"
    )
    assert any("registre des étrangers" in s for s in _in_headnote(text, headnote, "ADMIN_STATUS"))
