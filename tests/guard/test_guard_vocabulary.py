"""Health and status vocabulary in its variety, and the ordinary words that look like it (invented text)."""

from __future__ import annotations

import pytest
from guard_helpers import categories, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mijn cliënt heeft ALS en is volledig bedlegerig.", "ALS"),
        ("Ze ligt sinds maandag op de PAAZ van het ziekenhuis.", "PAAZ"),
        ("Il est suivi au service d'hépatologie depuis mai.", "service d'hépatologie"),
        ("Zij is zes maanden in verwachting van haar tweede kind.", "maanden in verwachting"),
        ("Hij krijgt sondevoeding sinds de operatie.", "sondevoeding"),
    ],
)
def test_health_wording_is_found(text: str, expected: str) -> None:
    assert any(expected in s for s in spans(text, "HEALTH")), spans(text, "HEALTH")


@pytest.mark.parametrize(
    "text",
    [
        "Als u vragen heeft, bel ons gerust.",
        "In verwachting van uw antwoord, met vriendelijke groeten.",
        "Le service de sociologie de l'université publie une étude.",
    ],
)
def test_ordinary_words_are_not_health(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mevrouw Vos werd van ambtswege afgevoerd uit het register.", "van ambtswege afgevoerd"),
        ("Un recours en annulation au CCE est pendant pour M. Diallo.", "recours en annulation"),
    ],
)
def test_status_wording_is_found(text: str, expected: str) -> None:
    assert any(expected in s for s in spans(text, "ADMIN_STATUS")), spans(text, "ADMIN_STATUS")
