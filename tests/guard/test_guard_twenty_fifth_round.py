"""The twenty-fifth round: a judgment's headnote (the key phrases under its court and roll number)
sums up that one case, so its health and status phrases are not generic even when the judgment
names no one. All texts are invented."""

from __future__ import annotations

import pytest
from guard_helpers import INVENTED_BRANDS, assert_within_a_finding, spans
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


def _assert_in_headnote(text: str, headnote: str, category: str, expected: str) -> None:
    """A ``category`` finding inside ``headnote`` covers ``expected``."""
    start = text.index(headnote)
    end = start + len(headnote)
    inside = [s for s in spans(text, category) if text.find(s, start, end) >= 0]
    assert any(expected in s for s in inside), spans(text, category)


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
    _assert_in_headnote(text, headnote, "HEALTH", health)
    _assert_in_headnote(text, headnote, "ADMIN_STATUS", status)


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
    _assert_in_headnote(text, headnote, "HEALTH", "personne handicapée")
    _assert_in_headnote(text, headnote, "ADMIN_STATUS", "registre des étrangers")


@pytest.mark.parametrize(
    ("text", "law"),
    [
        (
            "L'article 10, alinéa 1er, de la même loi prévoit que l'assuré social âgé de moins de 25 ans a "
            "droit à un revenu d'intégration s'il ne peut travailler pour des raisons de santé ou d'équité.",
            "L'article 10",
        ),
        (
            "Volgens artikel 60, § 3 van de wet kan het OCMW hulp geven wegens ziekte, zwangerschap of "
            "een handicap van de aanvrager.",
            "artikel 60",
        ),
    ],
)
def test_a_health_clause_chain_does_not_take_a_clause_that_cites_a_law(text: str, law: str) -> None:
    start = text.index(law)
    health = [f for f in find_all(text) if f.category == "HEALTH"]
    assert all(not f.start <= start < f.end for f in health), [text[f.start : f.end] for f in health]


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        (
            "Il a arrêté son lithium, ne dort plus, parle sans arrêt.",
            "lithium, ne dort plus, parle sans arrêt",
        ),
        (
            "Hij heeft kanker, moet elke dag rusten en eet slecht.",
            "kanker, moet elke dag rusten en eet slecht",
        ),
    ],
)
def test_a_persons_health_clauses_still_chain(text: str, chain: str) -> None:
    assert_within_a_finding(text, "HEALTH", chain)


_TAKEN = [
    "Mme Dupont prend du {} depuis mars.",
    "Je l'ai mise sous {} trois fois par jour.",
    "Il est toujours sous {} et dort mal.",
    "Elle reçoit une injection de {} chaque mois.",
    "Dhr. Peeters slikt {} sinds januari.",
    "Mevrouw Claes krijgt elke week een spuitje met {}.",
    "Hij spuit dagelijks {} in zijn buik.",
    "Her son needs an injection of {} every three months.",
]


@settings(max_examples=120, deadline=None)
@given(sentence=st.sampled_from(_TAKEN), brand=st.sampled_from(INVENTED_BRANDS))
def test_a_medicine_taken_is_health_whatever_its_brand(sentence: str, brand: str) -> None:
    text = sentence.format(brand)
    assert_within_a_finding(text, "HEALTH", brand)


@pytest.mark.parametrize(
    "text",
    [
        "Le dossier est sous surveillance du Comité.",
        "Il est sous Mme Claes dans l'organigramme.",
        "Il prend des Nouvelles du dossier.",
        "Hij neemt Contact op met het OCMW.",
        "Mr Haddad takes English lessons.",
        "Het OCMW neemt Fedasil als voorbeeld.",
        "He takes Brussels Airlines to Kinshasa.",
    ],
)
def test_taking_something_that_is_no_medicine_is_not_health(text: str) -> None:
    assert spans(text, "HEALTH") == [], spans(text, "HEALTH")
