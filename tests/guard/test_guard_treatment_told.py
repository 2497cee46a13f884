"""A treatment told as someone's (forty-sixth round, the labelled sets' tuning halves): with a
possessive ("Son traitement coûte extrêmement cher"), by what it is given with or how long ("un
traitement par Herceptin", "un traitement oral", "un traitement de six mois"), or stopped,
kept or paid ("pour ne pas interrompre le traitement"). The handling of a file or a request, and an
inhuman treatment, stay clear."""

from __future__ import annotations

import pytest
from guard_helpers import assert_told_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_TOLD = [
    "Son traitement",
    "arrêter le traitement",
    "ses traitements",
    "un traitement par omeprazole",
    "un traitement par injection",
    "un traitement oral",
    "le traitement à l'iode",
    "un traitement de six mois",
    "interrompre le traitement",
    "payer le traitement",
    "poursuivre le traitement",
]
_FRAMES = [
    "Bonjour,\nPour M. Lambert : {t} coûte cher, merci de voir avec la mutuelle.",
    "Note : Mme Diallo – {t} – demande une aide.\n",
    "Madame,\nsa fille dit qu'elle veut {t} mais n'a plus de revenus.",
]


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(_TOLD), st.sampled_from(_FRAMES), st.booleans(), st.sampled_from([" ", "\n"]))
def test_a_treatment_told_as_someones_is_health(told: str, frame: str, upper: bool, gap: str) -> None:
    told = told.replace(" ", gap, 1)
    assert_told_covered(frame, told, "HEALTH", upper)


@pytest.mark.parametrize(
    "text",
    [
        "Le traitement de leur demande prend en moyenne trois mois.",
        "Le CPAS attend le traitement de son dossier par l'Office.",
        "Votre traitement de texte doit être à jour pour remplir le formulaire.",
        "Un traitement par l'Office des étrangers est prévu en janvier.",
        "Il invoque un risque réel de traitement inhumain ou dégradant.",
        "La séance d'information porte sur le dépistage et le traitement de six mois en général.",
    ],
)
def test_the_handling_of_a_file_stays_clear(text: str) -> None:
    assert "HEALTH" not in categories(text)
