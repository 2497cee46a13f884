"""Legal wording that describes no person, next to the same words said of someone (invented text)."""

from __future__ import annotations

import pytest
from guard_helpers import categories, spans

from secretpro.guard import find_all


@pytest.mark.parametrize(
    "text",
    [
        "Le recours est fondé sur l'article 9ter, §3, 4° de la loi du 15 décembre 1980 et rien d'autre.",
        "Voir le 2° du même article, modifié le 12 mars 2019 par la loi.",
    ],
)
def test_an_ordinal_degree_sign_is_not_a_birth_cue(text: str) -> None:
    assert "BIRTH_DATE" not in categories(text)


@pytest.mark.parametrize("text", ["Mme Tessa Vrancken °12.3.1990 vit seule.", "Jan Peeters (° 3 maart 1980)"])
def test_the_degree_sign_before_a_date_is_still_a_birth_cue(text: str) -> None:
    assert "BIRTH_DATE" in categories(text)


def test_a_year_after_its_month_is_not_a_postcode() -> None:
    assert spans("Pas op 16 oktober 2014 komen beide kamers samen.", "ADDRESS") == []
    assert spans("Hij woont sinds kort in 7780 Komen.", "ADDRESS") == ["7780 Komen"]


@pytest.mark.parametrize(
    "text",
    [
        "Conseil du contentieux – Art. 48/3 L. 15/12/1980 – crédibilité du récit",
        "Rechtspraak RvV – Art. 9bis Vw. – buitengewone omstandigheden",
        "Le Conseil examine l'article 48/4 de la même loi et la jurisprudence citée.",
        "La demande d'autorisation de séjour est régie par l'article 9ter de la\nloi du 15 décembre 1980.",
    ],
)
def test_an_article_cited_alone_is_not_a_status(text: str) -> None:
    assert not [s for s in spans(text, "ADMIN_STATUS") if s.lower().startswith("art")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raad van State – Aanvraag art. 9ter Vw. – medisch attest", "art. 9ter"),
        ("Mevrouw Vrancken diende een aanvraag op grond van artikel 9ter van de wet in.", "artikel 9ter"),
    ],
)
def test_an_article_naming_the_request_is_a_status(text: str, expected: str) -> None:
    assert any(expected in s for s in spans(text, "ADMIN_STATUS"))


@pytest.mark.parametrize(
    "text",
    [
        "Le requérant invoque la qualité de réfugié au sens de l'article 48/3 de la loi.",
        "Hij bevindt zich niet in een situatie van illegaal verblijf in de zin van artikel 57.",
    ],
)
def test_a_notion_defined_by_law_is_not_a_status(text: str) -> None:
    assert "ADMIN_STATUS" not in categories(text)


def test_a_status_said_of_someone_is_still_found() -> None:
    text = "Mme Tessa Vrancken est réfugiée reconnue ; elle est en séjour irrégulier depuis mai."
    assert "ADMIN_STATUS" in categories(text)


def test_a_decision_word_needs_the_procedure_not_any_following_word() -> None:
    assert "ADMIN_STATUS" not in categories(
        "La cour avait rejeté cet argument relatif au séjour de l'intéressé."
    )
    assert "ADMIN_STATUS" in categories("Sa demande de séjour a été rejetée par l'Office des étrangers.")


_LEAFLET = (
    "Qui a droit au revenu d'intégration ? Il faut remplir plusieurs conditions, que le CPAS vérifie "
    "lors de l'enquête sociale. La demande est examinée dans les trente jours et la décision est "
    "motivée. La nationalité compte : être belge, citoyen de l'Union dont le droit de séjour dépasse "
    "trois mois, inscrit au registre de la population, apatride ou réfugié reconnu, ou bénéficier de "
    "la protection subsidiaire. Le droit lui est ouvert quand elle est établie : la résidence "
    "effective en Belgique compte aussi, sauf pour les sans-abri. Toute décision peut faire l'objet "
    "d'un recours devant le tribunal du travail dans les trois mois."
)


def test_pronouns_inside_sentences_of_a_leaflet_point_at_no_one() -> None:
    assert len(_LEAFLET) >= 500
    assert not categories(_LEAFLET) & {"ADMIN_STATUS", "HEALTH"}


def test_a_sentence_opening_on_a_pronoun_tells_of_someone() -> None:
    story = _LEAFLET + "\nElle a ensuite introduit une demande d'asile, refusée en 2021."
    assert "ADMIN_STATUS" in categories(story)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Elle souffre d'une sarcoïdose depuis 2019.", "sarcoïdose"),
        ("Hij wordt opgevolgd voor een neuroblastoom.", "neuroblastoom"),
        ("Diagnostic : polyneuropathie sévère.", "polyneuropathie"),
    ],
)
def test_a_rare_diagnosis_is_known_by_its_ending(text: str, word: str) -> None:
    assert any(word in s for s in spans(text, "HEALTH"))


@pytest.mark.parametrize(
    "text",
    [
        "Conditions de recevabilité de la demande, voir la suite.",
        "Le subcomité a statué. Rue A. Vandenpeereboom 14 est l'adresse du greffe.",
        "Het OCMW kent een installatiepremie toe.",
    ],
)
def test_ordinary_words_with_such_an_ending_are_not_diagnoses(text: str) -> None:
    assert "HEALTH" not in categories(text)


_CASE_NOTE = (
    "Tribunal du travail : adresse de référence\n"
    "Les faits\n"
    "Une personne bénéficie d'une adresse de référence auprès d'un CPAS depuis 2002, suite à sa "
    "radiation des registres. Le CPAS estime que l'aide sollicitée n'entre pas dans la notion d'aide "
    "médicale urgente.\n"
    "La décision du tribunal\n"
    "Une personne en séjour illégal ne peut prétendre qu'à l'aide médicale urgente."
)


def test_the_facts_of_a_case_note_are_about_its_party() -> None:
    found = {(f.category, _CASE_NOTE[f.start : f.end]) for f in find_all(_CASE_NOTE)}
    # told impersonally ("une personne"), the facts are still the party's
    assert ("ADMIN_STATUS", "radiation des registres") in found
    # a notion of law, and the court's general statement after the next heading, stay generic
    assert not any(text == "aide médicale urgente" for _category, text in found)
    assert not any("séjour illégal" in text for _category, text in found)


@pytest.mark.parametrize("heading", ["Feiten", "Faits et procédure", "LES FAITS", "1. Les faits"])
def test_facts_headings(heading: str) -> None:
    text = f"Arrest\n{heading}\nEen persoon verblijft zonder papieren in België sinds 2015.\n"
    assert any(f.category == "ADMIN_STATUS" for f in find_all(text)), heading


_COUNCIL_PAGE = (
    "Le Conseil de l'action sociale, présidé par Jean Dupuis, président du CPAS, a approuvé le "
    "nouveau circuit des demandes. Toutes les étapes nécessaires à l'octroi d'une aide médicale "
    "urgente seront désormais réalisées dans un même lieu, pour les personnes en séjour illégal et "
    "sans abri. Le projet a été présenté au collège par la ministre Anne Lambert. Les équipes "
    "du relais santé accueillent le public du lundi au vendredi, sans rendez-vous, et orientent chacun "
    "vers le service social qui leur convient le mieux."
)


def test_an_official_named_with_the_office_makes_no_page_about_someone() -> None:
    assert len(_COUNCIL_PAGE) >= 500
    assert not {"HEALTH", "ADMIN_STATUS"} & categories(_COUNCIL_PAGE)
    # the same page naming a client is about that client
    about_someone = _COUNCIL_PAGE.replace(
        "Le projet a été", "Monsieur Karim Benali, sans papiers, a été reçu. Le projet a été"
    )
    assert "ADMIN_STATUS" in categories(about_someone)


def test_an_officials_title_makes_no_page_about_someone() -> None:
    page = _COUNCIL_PAGE.replace(
        "présidé par Jean Dupuis, président du CPAS,", "présidé par Monsieur Jean Dupuis, Président,"
    )
    assert "Monsieur Jean Dupuis, Président" in page
    assert not {"HEALTH", "ADMIN_STATUS"} & categories(page)


_INFO_PAGE_NL = (
    "Gezinnen in de opvang hebben recht op medische hulp. Zij kunnen terecht bij de centrumarts, die hen "
    "zo nodig doorverwijst naar een specialist of een ziekenhuis. Wie buiten de opvang verblijft, kan "
    "bij het OCMW van de gemeente dringende medische hulp aanvragen. Zij leveren een attest af dat drie "
    "maanden geldig is. Het OCMW onderzoekt elke aanvraag en beslist binnen dertig dagen. Ook voor "
    "tandzorg, brillen en geneesmiddelen kan een tussenkomst gevraagd worden. Het aanvraagformulier "
    "staat op de website en is ook verkrijgbaar aan het onthaal van het sociaal huis, elke werkdag."
)


def test_dutch_they_with_a_plural_verb_makes_no_page_about_someone() -> None:
    assert len(_INFO_PAGE_NL) >= 500
    assert "HEALTH" not in categories(_INFO_PAGE_NL)
    # "zij" with a singular verb is one woman: the page then speaks of her
    about_her = _INFO_PAGE_NL.replace("Zij leveren een attest af", "Zij is zwanger en vraagt een attest")
    assert "HEALTH" in categories(about_her)


def test_a_politician_named_with_the_party_makes_no_page_about_someone() -> None:
    page = _COUNCIL_PAGE.replace("la ministre Anne Lambert", "Anne Lambert (Ecolo)")
    assert "Anne Lambert (Ecolo)" in page
    assert not {"HEALTH", "ADMIN_STATUS"} & categories(page)
