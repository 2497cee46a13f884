"""Words of the forty-seventh round (fresh_synthetic41's tuning half): examinations ("RADIO DU THORAX
DEMANDEE", "un EEG de contrôle"), sight ("sterke bijziendheid"), pills named by what they treat
("haar bloeddrukpillen"), the care of a physiotherapist or an orthodontist in a list of costs; and
urgent matters a service still handles on a closing day ("Les urgences sont assurées par la
permanence") are no emergency ward."""

from __future__ import annotations

import pytest
from guard_helpers import assert_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(
        [
            "radio du thorax",
            "radio des poumons",
            "EEG",
            "EMG",
            "bijziendheid",
            "verziendheid",
            "bloeddrukpillen",
            "slaappillen",
            "kinesitherapeut",
            "orthodontist",
        ]
    ),
    st.sampled_from(
        [
            "Pour M. Lenoir : {w} demandée par le médecin.",
            "Mevrouw Claes: {w}, kosten 120 euro.",
            "- {w} (fils aîné)\n",
            "Nodig voor Ahmed: {w}, graag een voorschot.",
        ]
    ),
    st.booleans(),
)
def test_examinations_sight_and_pills_are_health(word: str, frame: str, upper: bool) -> None:
    text = frame.format(w=word)
    if upper:
        text, word = text.upper(), word.upper()
    assert_covered(text, "HEALTH", word)


@pytest.mark.parametrize(
    "text",
    [
        "Les urgences sont assurées par la permanence téléphonique.",
        "Le 11 novembre, les bureaux sont fermés. Les urgences seront traitées par la permanence sociale.",
    ],
)
def test_urgent_matters_of_a_service_stay_clear(text: str) -> None:
    assert "HEALTH" not in categories(text)


def test_an_emergency_ward_is_still_health() -> None:
    assert_covered("Il a été admis aux urgences hier soir.", "HEALTH", "urgences")
