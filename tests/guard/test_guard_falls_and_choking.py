"""Falling often and choking on food, and a tracheostomy's suction (forty-sixth round,
fresh_synthetic40's tuning half): "Elle s'étrangle en mangeant et tombe presque chaque jour", "ze
verslikt zich vaak", "valt regelmatig", "Tracheal suction when needed". A date or a figure that falls,
and the home-care services signing or heading a form ("Aide & Soins à Domicile", "Centre de
coordination de soins à domicile"), stay clear."""

from __future__ import annotations

import pytest
from guard_helpers import assert_told_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_TOLD = [
    "tombe presque chaque jour",
    "tombe souvent",
    "tombent régulièrement",
    "s'étrangle en mangeant",
    "s'étouffe de plus en plus en mangeant",
    "verslikt zich",
    "valt regelmatig",
    "valt elke dag",
    "falls every day",
    "Tracheal suction",
    "aspiration trachéale",
]
_FRAMES = [
    "Bonjour,\nVoici notre retour pour Mme Dupuis : elle {t}. Merci.",
    "Overdracht: mevr. Van Gool {t}\nContact dochter: 0478 12 34 56",
    "Note – M. Lambert {t}; nous passons à deux aides familiales.",
]


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(_TOLD), st.sampled_from(_FRAMES), st.booleans())
def test_falls_and_choking_are_health(told: str, frame: str, upper: bool) -> None:
    assert_told_covered(frame, told, "HEALTH", upper)


@pytest.mark.parametrize(
    "text",
    [
        "Le délai de recours tombe un lundi cette année.",
        "De termijn valt vaak samen met de vakantie.",
        "Het aantal aanvragen valt regelmatig lager uit dan verwacht.",
        "Cordialement,\nCorinne Lacroix - Aide & Soins à Domicile",
        "FICHE DE LIAISON - Centre de coordination de soins à domicile\nDate : 02/12/2026",
        "Rachid Amrani - coordination soins à domicile - 065 84 21 70",
    ],
)
def test_a_falling_date_or_a_home_care_service_stays_clear(text: str) -> None:
    assert "HEALTH" not in categories(text)
