"""Health, status and birth words used in another sense (fifteenth round, from the clean items of the
third set of blind probe items): said of a thing, a report's annex, a training's title."""

from __future__ import annotations

import pytest
from guard_helpers import categories

from secretpro.guard import scan


@pytest.mark.parametrize(
    "text",
    [
        "formation 'santé mentale et précarité' le 3 février pour les AS, inscriptions ouvertes",
        "notre service est malade du manque de personnel depuis deux ans",
        "ce dossier est une vraie maladie chronique du service, on le traîne depuis 2022",
        "le dossier est en soins intensifs, il faut une décision vendredi",
        "de begroting 2027 moet een bloedtransfusie krijgen, zegt de voorzitter",
        "de gemeente doet een grote operatie in de parken dit voorjaar",
        "de operatie van de politie aan het station verliep vlot",
        "atelier budget : comment résister à la fièvre des soldes",
        "sans papier ni stylo, impossible de prendre note pendant la réunion",
        "annexe 26 du rapport financier : tableau des dépenses par service",
        "bijlage 26 van het jaarverslag: personeelsaantallen per dienst",
        "annex 26 of the financial report lists the costs per department",
        "le registre d'attente des salles de réunion est complet jusqu'en mars",
        "er is een wachtregister voor de huurwoningen van het OCMW",
        "asiel voor dieren zoekt vrijwilligers voor het weekend",
        "le projet est né le 12 mai 2019 d'une idée de l'équipe",
        # fourth set of blind probe items
        "Cette procédure est un véritable cancer administratif, il faudrait la simplifier.",
        "La crise cardiaque du marché immobilier n'a pas eu lieu, selon l'économiste invité.",
        "La perfusion de subsides régionaux s'arrête fin 2026.",
        "Volgens de krant is België een zieke economie met een te hoge schuld.",
        "Il est malade de jalousie depuis que son collègue a eu la promotion.",
        "La grippe aviaire a fait grimper le prix des oeufs.",
        "Team meeting: the diagnosis of the energy audit is due by the end of January.",
        "Flu vaccination for CPAS staff on 4 November, optional, register with HR.",
        "PV du Comité : le point relatif aux conventions avec les maisons médicales est reporté.",
        "Het onthaal van het psychiatrisch centrum is bereikbaar tijdens de kantooruren.",
        'Training "mental health first aid" for all social workers on 27 January.',
        "L'article 9ter de la loi du 15 décembre 1980 prévoit une autorisation de séjour pour raisons médicales.",
        "Article 9ter of the 1980 Aliens Act sets out a procedure for leave to remain on medical grounds.",
    ],
)
def test_a_word_in_another_sense_is_clean(text: str) -> None:
    assert not categories(text) & {"HEALTH", "ADMIN_STATUS", "BIRTH_DATE"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Mme Dubois est malade depuis deux ans.", "HEALTH"),
        ("Le patient est en soins intensifs depuis lundi.", "HEALTH"),
        ("Elle est sans papiers ni ressources.", "ADMIN_STATUS"),
        ("Il a reçu une annexe 26 de l'Office des étrangers.", "ADMIN_STATUS"),
        ("Hij staat in het wachtregister sinds zijn asielaanvraag.", "ADMIN_STATUS"),
        ("Le dossier médical mentionne un diabète de type 2.", "HEALTH"),
        ("Le fils est né le 12 mai 2019 à Liège.", "BIRTH_DATE"),
        ("Formation de Mme X : elle est séropositive.", "HEALTH"),
        ("Il a un cancer du pancréas, ses finances sont à zéro.", "HEALTH"),
        ("Mme X est suivie à la maison médicale du quartier.", "HEALTH"),
        ("Hij is opgenomen in het psychiatrisch centrum.", "HEALTH"),
        ("Elle a introduit une demande de régularisation médicale (article 9ter).", "ADMIN_STATUS"),
    ],
)
def test_the_same_words_of_a_person_stay(text: str, category: str) -> None:
    assert category in {f.category for f in scan(text, profile="strict").findings}
