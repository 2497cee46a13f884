"""Residence status said in words the lexicon lacked (forty-fifth round, the labelled sets' tuning
halves): without papers with "geen" ("nooit ingeschreven, geen verblijfspapieren"), a request to be
released from detention ("verzoekschrift tot invrijheidstelling"), a resettlement by the UNHCR
("dans le cadre du programme de réinstallation du HCR"). The same words said of people in general,
or a resettlement named as a subject, stay clear."""

from __future__ import annotations

import pytest
from guard_helpers import assert_told_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_TOLD = [
    "geen verblijfspapieren",
    "geen verblijfspapieren meer",
    "geen verblijfsdocumenten",
    "verzoekschrift tot invrijheidstelling",
    "programme de réinstallation du HCR",
    "hervestigingsprogramma van UNHCR",
]
_FRAMES = [
    "Straathoekwerk 30/11\nlaszlo (hongaar, ca. 50j), nooit ingeschreven, {t}\nslaapt onder de brug",
    "Dag collega,\nmevrouw Diallo heeft nog steeds {t}. Kan zij langskomen?",
    "Madame,\nla famille Tesfay, {t}, loge chez un cousin à Jette.",
    "Beste,\nvoor dhr. Hoxha: {t} (zie bijlage). Groeten, Els",
]


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(_TOLD), st.sampled_from(_FRAMES), st.booleans())
def test_a_status_told_of_someone_is_found(told: str, frame: str, upper: bool) -> None:
    assert_told_covered(frame, told, "ADMIN_STATUS", upper)


@pytest.mark.parametrize(
    "text",
    [
        "Thème de la séance d'information : la réinstallation des réfugiés en Europe, en chiffres.",
        "Onderwerp van de vorming: hervestiging in Europa, de cijfers.",
        "Met vriendelijke groet,\nInge Bastiaens, cel hervestiging",
    ],
)
def test_a_resettlement_named_as_a_subject_stays_clear(text: str) -> None:
    assert "ADMIN_STATUS" not in categories(text)
