"""Real-text wording (issue 10): vocabulary, word order, legal citations, institution names.

Every sentence here is invented; the wordings are the kinds found in judgments and CPAS letters.
"""

from __future__ import annotations

import pytest
from guard_helpers import categories, spans


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("Il a eu une hémorragie cérébrale en 2021.", "HEALTH", "hémorragie cérébrale"),
        ("Depuis lors il souffre d'aphasie.", "HEALTH", "souffre d'aphasie"),
        ("Elle réside en maison de repos et de soins.", "HEALTH", "maison de repos et de soins"),
        ("La requérante attend un enfant.", "HEALTH", "attend un enfant"),
        (
            "Elle est atteinte d'une leucémie myéloblastique aigüe.",
            "HEALTH",
            "atteinte d'une leucémie myéloblastique aigüe",
        ),
        ("Hij heeft acute myeloïde leukemie.", "HEALTH", "acute myeloïde leukemie"),
        ("Il est diabétique de type 2.", "HEALTH", "diabétique de type 2"),
        ("De verzoeker verbleef onwettig in het Rijk.", "ADMIN_STATUS", "verbleef onwettig"),
        ("Zijn verzoek om IB werd afgewezen.", "ADMIN_STATUS", "IB"),
        ("Madame est sous A.I. depuis mars.", "ADMIN_STATUS", "A.I."),
        ("Monsieur est DA depuis 2022.", "ADMIN_STATUS", "DA"),
    ],
)
def test_real_wordings_are_found(text: str, category: str, expected: str) -> None:
    assert any(expected in found for found in spans(text, category)), spans(text, category)


def test_street_after_postcode_and_commune_across_a_line_break() -> None:
    text = "Domicile : 1080 BRUXELLES, Rue\ndes Hirondelles 12"
    assert spans(text, "ADDRESS") == ["1080 BRUXELLES, Rue\ndes Hirondelles 12"]


@pytest.mark.parametrize(
    "text",
    [
        "Indien de aanvraag ontvankelijk is, kan u een beroep indienen.",
        "Le Commissariat général aux réfugiés et aux apatrides a refusé la demande.",
        "représenté par le Secrétaire d'Etat à l'Asile et la Migration",
        "la loi du 15 décembre 1980 sur l'accès au territoire, le séjour, l'établissement et "
        "l'éloignement des étrangers",
        "l'article 9 ter de la loi du 15 décembre 1980 prévoit deux hypothèses",
        "artikel 9bis van de Vreemdelingenwet bepaalt dat",
        "un arrêt de la Cour du travail de Bruxelles du 12 mars 2014",
    ],
)
def test_generic_legal_text_is_no_finding(text: str) -> None:
    assert not categories(text) & {"HEALTH", "ADMIN_STATUS", "ADDRESS", "NATIONALITY", "BIRTH_DATE"}


def test_a_procedure_of_the_person_is_still_found() -> None:
    assert spans("Une procédure 9ter est en cours.", "ADMIN_STATUS") == ["procédure 9ter"]
    assert spans("Il est de nationalité indienne.", "NATIONALITY") == ["indienne"]


@pytest.mark.parametrize(
    "text",
    [
        "Les personnes sans séjour légal ont droit à l'aide médicale urgente.",
        "Personen die illegaal in België verblijven hebben recht op dringende medische hulp.",
        "Heb je geen wettig verblijfsstatuut en heb je dringend medische zorgen nodig?",
        "L'étranger qui a introduit une demande d'asile ne peut bénéficier que d'une aide en nature.",
    ],
)
def test_generic_statements_about_groups_are_no_finding(text: str) -> None:
    assert not categories(text) & {"HEALTH", "ADMIN_STATUS"}, text


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("Mme Ndiaye est passée hier. Une AMU a été accordée pour mars.", "HEALTH", "AMU"),
        (
            "Pourriez-vous confirmer que Madame est toujours en séjour irrégulier ?",
            "ADMIN_STATUS",
            "en séjour irrégulier",
        ),
        (
            "De verzoeker, zoals vele personen zonder papieren, verblijft illegaal in het land.",
            "ADMIN_STATUS",
            "illegaal",
        ),
        (
            "Gezien het verzoekschrift dat X, die verklaart van Russische nationaliteit te zijn, heeft "
            "ingediend tegen de weigering van de aanvraag om machtiging tot verblijf.",
            "ADMIN_STATUS",
            "machtiging tot verblijf",
        ),
    ],
)
def test_a_person_in_the_sentence_keeps_its_findings(text: str, category: str, expected: str) -> None:
    assert any(expected in found for found in spans(text, category)), spans(text, category)


@pytest.mark.parametrize(
    "text",
    [
        "Le CPAS propose : médiation de dettes, service énergie et ILA (initiative locale d'accueil).",
        "La Cour estime que l'aide la plus appropriée est l'accueil dans un centre Fedasil.",
        "selon un arrêt de la Cour d'Arbitrage, n°80/99, du 30 juin 1999",
        "représenté par la Ministre des Affaires sociales et de la Santé publique, et de l'Asile et la Migration",
        "il bénéficiait d'une assurance maladie prévoyant une couverture à l'étranger",
    ],
)
def test_services_courts_and_insurance_are_no_finding(text: str) -> None:
    assert not categories(text) & {"HEALTH", "ADMIN_STATUS", "ADDRESS"}, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le jeune est placé au centre de Fedasil depuis mai.", "centre de Fedasil"),
        ("La famille est hébergée dans l'ILA de Braine-l'Alleud.", "ILA de Braine-l'Alleud"),
        ("Hij verblijft in het LOI van Zelzate.", "LOI van Zelzate"),
    ],
)
def test_a_centre_where_someone_lives_is_an_address(text: str, expected: str) -> None:
    assert expected in spans(text, "ADDRESS"), spans(text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "Pour les personnes sans séjour légal, l'aide du CPAS se limite à :\n- l'aide médicale urgente,\n"
        "- l'aide aux familles en séjour illégal.",
        "En principe, le CPAS n'accorde que l'aide médicale urgente à un étranger qui séjourne "
        "illégalement dans le Royaume, sauf s'il ne peut rentrer dans son pays d'origine.",
    ],
)
def test_lists_and_possessives_of_generic_statements(text: str) -> None:
    assert not categories(text) & {"HEALTH", "ADMIN_STATUS"}, text


def test_a_salutation_is_no_person() -> None:
    letter = (
        "Madame, Monsieur,\nLa demande d'autorisation de séjour fondée sur l'article 9ter doit être "
        "introduite dans la langue de la procédure d'asile. " * 4
    )
    assert not categories(letter) & {"HEALTH", "ADMIN_STATUS"}


def test_her_own_request_stays_found() -> None:
    text = "Sa demande d'asile a été rejetée et elle a reçu un ordre de quitter le territoire."
    found = spans(text, "ADMIN_STATUS")
    assert "demande d'asile" in found and "ordre de quitter le territoire" in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Elle introduit une demande d'asile en 2016. Celle-ci est rejetée par l'Office des étrangers.",
            "rejetée",
        ),
        ("La décision de l'OE conclut au non-fondement de la demande 9ter.", "non-fondement de la demande"),
        (
            "De aanvraag om machtiging tot verblijf wordt onontvankelijk verklaard.",
            "onontvankelijk verklaard",
        ),
        (
            "Het tweede verzoek werd door de DVZ ontvankelijk verklaard.",
            "werd door de DVZ ontvankelijk verklaard",
        ),
    ],
)
def test_decisions_on_a_residence_application(text: str, expected: str) -> None:
    assert any(expected in found for found in spans(text, "ADMIN_STATUS")), spans(text, "ADMIN_STATUS")


@pytest.mark.parametrize(
    "text",
    [
        "Het hoger beroep is ontvankelijk verklaard.",
        "Le recours est déclaré recevable et fondé.",
        "De vordering werd afgewezen.",
    ],
)
def test_decisions_on_a_court_case_are_no_status(text: str) -> None:
    assert "ADMIN_STATUS" not in categories(text), spans(text, "ADMIN_STATUS")
