"""A surgical operation told as someone's (forty-fifth round, the labelled sets' tuning halves): with a
possessive ("Hospitalisé la veille de son opération"), as a planned or cancelled event
("L'opération est fixée le 18 décembre", "Une opération (stripping) est prévue"), as a time
("confuse la nuit depuis l'opération") or awaited ("il attend l operation"). An operation of the
police or of a regularisation stays clear."""

from __future__ import annotations

import pytest
from guard_helpers import assert_told_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_TOLD = [
    "son opération",
    "sa seconde opération",
    "L'opération est fixée",
    "L’opération est donc annulée",
    "Une opération (stripping) est prévue",
    "depuis l'opération",
    "après son opération",
    "opération prévue le",
    "attend l operation",
    "peur de l'opération",
]
_FRAMES = [
    "Bonjour,\nM. Lambert, {t} 18/12, nous demande une aide. Merci.",
    "Note : Mme Diallo – {t} 9/12 – ne peut plus travailler.",
    "Madame,\nson fils dit que {t} 3 janvier et qu'il a besoin d'un logement adapté.",
]


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(_TOLD), st.sampled_from(_FRAMES), st.booleans())
def test_an_operation_told_as_someones_is_health(told: str, frame: str, upper: bool) -> None:
    assert_told_covered(frame, told, "HEALTH", upper)


@pytest.mark.parametrize(
    "text",
    [
        "Epinglé lors d'une opération de contrôle d'identité par la police.",
        "Après l'opération de régularisation, le CPAS a reçu 300 demandes.",
        "L'opération de régularisation est prévue en 2027.",
        "Nous soutenons les opérations de nettoyage après les inondations.",
    ],
)
def test_an_operation_of_the_police_or_an_administration_stays_clear(text: str) -> None:
    assert "HEALTH" not in categories(text)
