"""HEALTH on wording nobody tuned on: vocabulary from a public classification, the grammar of being
ill or treated, and medical word forms. Invented sentences and people only."""

from __future__ import annotations

import pytest
from guard_helpers import spans


# --- WHO ICD-10 French labels (health.txt, scripts/extract_icd_health_terms.py)
@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("Pour rappel, Madame Lemaire a une scarlatine depuis lundi.", "scarlatine"),
        ("Son fils présente une dystonie, selon le pédiatre.", "dystonie"),
        ("Monsieur Ravet fait de l'urticaire au moindre effort.", "urticaire"),
        ("L'enfant a eu les oreillons en mars.", "oreillons"),
        ("Elle a une fibrillation auriculaire connue.", "fibrillation auriculaire"),
        ("Le petit Noah est né avec une fente palatine.", "fente palatine"),
        ("Mme Brasseur a des varices aux deux jambes.", "varices"),
        ("Il a fait un épisode maniaque l'été dernier.", "épisode maniaque"),
        ("Monsieur présente des troubles schizo-affectifs.", "troubles schizo-affectifs"),
        ("Sa fille a contracté une infection bactérienne.", "infection bactérienne"),
    ],
)
def test_conditions_from_the_icd10_labels(text: str, condition: str) -> None:
    assert any(condition in found for found in spans(text, "HEALTH"))


@pytest.mark.parametrize(
    "text",
    [
        "La saisie a mené à la séquestration des biens du débiteur.",
        "Le marasme économique pèse sur les petits commerces.",
        "Une occlusion partielle du dossier est prévue en juin.",
        "La perforation du budget a surpris le conseil.",
        "Nous avons reçu la pigmentation des façades en devis.",
    ],
)
def test_icd_words_that_are_ordinary_stay_out(text: str) -> None:
    assert spans(text, "HEALTH") == []


# --- Dutch compounds ending in a condition word, lay names of common complaints (health.txt)
@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("Meneer Peeters heeft al een week hoofdpijn.", "hoofdpijn"),
        ("Mevrouw Wouters heeft een blaasontsteking.", "blaasontsteking"),
        ("Hij heeft een chronische longaandoening.", "longaandoening"),
        ("Zij werd opgenomen na een maagbloeding.", "maagbloeding"),
        ("Het kind heeft een ernstige voedselallergie.", "voedselallergie"),
        ("Na de val liep zij een heupfractuur op.", "heupfractuur"),
        ("Hij heeft het syndroom van Down.", "syndroom"),
        ("Zij heeft last van gordelroos.", "gordelroos"),
        ("Meneer heeft spataders en aambeien.", "spataders"),
        ("Il a un zona depuis lundi.", "zona"),
        ("Sa fille a de la fièvre et une toux.", "fièvre"),
    ],
)
def test_dutch_compounds_and_lay_names(text: str, condition: str) -> None:
    assert any(condition in found for found in spans(text, "HEALTH"))


@pytest.mark.parametrize(
    "text",
    [
        "De Raad onderzocht de ernst van de aandoening niet.",
        "Het doet pijn om dit te moeten melden.",
        "Een pijnlijke situatie voor de hele buurt.",
    ],
)
def test_a_general_word_alone_is_not_a_diagnosis(text: str) -> None:
    assert spans(text, "HEALTH") == []
