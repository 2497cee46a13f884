"""Classes of the twenty-second round, each on invented text, with the ordinary wording beside them
that must stay clear. All people, numbers and places of residence are invented or public towns."""

from __future__ import annotations

import pytest
from guard_helpers import categories, spans
from hypothesis import given, settings
from hypothesis import strategies as st
from layouts import ibans

from secretpro.guard import scan

# --- the groups of an account number are no postcode -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "IBAN BE68 5390 0754 4021 BE71 0961 2345 6769 merci",
        "Comptes : BE68 5390 0754 4021 et BE71 0961 2345 6769.",
        "Kaartnummer 6703 1234 5678 4021 Maestro",
    ],
)
def test_a_group_of_an_account_number_is_no_postcode(text: str) -> None:
    assert "ADDRESS" not in categories(text)


def test_a_postcode_after_other_numbers_is_still_one() -> None:
    assert "4021 Esneux" in spans("Rue Haute 12, 4021 Esneux", "ADDRESS")[0]
    assert spans("GSM 0475 12 34 56, 4021 Esneux", "ADDRESS") == ["4021 Esneux"]


@settings(max_examples=300, deadline=None)
@given(first=ibans(), second=ibans(), gap=st.sampled_from([" ", "  ", "\t", " et ", ", ", " en "]))
def test_two_account_numbers_in_a_row(
    first: tuple[str, int, int, str, None], second: tuple[str, int, int, str, None], gap: str
) -> None:
    one, two = first[0][first[1] : first[2]], second[0][second[1] : second[2]]
    text = f"Rekeningen: {one}{gap}{two} (beide op naam van Mevr. Lena Claes)."
    findings = scan(text).findings
    assert not [f for f in findings if f.category == "ADDRESS"], text
    found = [text[f.start : f.end] for f in findings if f.category == "IBAN"]
    assert any(one.strip() in value or value in one for value in found), (text, found)
    assert any(two.strip() in value or value in two for value in found), (text, found)


# --- abbreviations a text defines for a health or status term ---------------------------------

_DEFINED = [
    ("een stoornis in het autistisch spectrum", "ASS", "HEALTH"),
    ("un syndrome de stress post-traumatique", "SSPT", "HEALTH"),
    ("l'aide médicale urgente", "AMU", "HEALTH"),
    ("een bevel om het grondgebied te verlaten", "BGV", "ADMIN_STATUS"),
    ("une demande de protection internationale", "DPI", "ADMIN_STATUS"),
    ("een verzoek om internationale bescherming", "VIB", "ADMIN_STATUS"),
]


@pytest.mark.parametrize(("term", "abbreviation", "category"), _DEFINED)
@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Le requérant a {term} ({abbr}).", " Selon son médecin, son {abbr} s'est aggravé."),
        ("Verzoeker heeft {term} ({abbr}).", " Volgens de man speelde zijn {abbr} een rol."),
        ("Madame X. a {term} ( {abbr} ) depuis 2019.", "\nLe {abbr} de Madame X. n'a pas été examiné."),
    ],
)
def test_a_defined_abbreviation_is_its_term(
    term: str, abbreviation: str, category: str, first: str, later: str
) -> None:
    opening = first.format(term=term, abbr=abbreviation)
    text = opening + later.format(abbr=abbreviation)
    found = [(f.start, f.end) for f in scan(text).findings if f.category == category]
    bracket = opening.index("(")
    closing = opening.index(")") + 1
    # the bracketed definition is redacted with its term, and each later use on its own
    assert any(start < bracket and closing <= end for start, end in found), (text, found)
    later_use = text.index(abbreviation, closing)
    assert any(start <= later_use and later_use + len(abbreviation) <= end for start, end in found), (
        text,
        found,
    )


@pytest.mark.parametrize(
    "text",
    [
        # a bracket after a health word that is no abbreviation of it: a hospital, a service
        "Elle a été hospitalisée (CHU) puis le CHU l'a renvoyée chez elle.",
        "Il est suivi en psychiatrie (SPJ) ; le SPJ a écrit au CPAS.",
        # an abbreviation with no health or status term before it
        "Le Centre public d'action sociale (CPAS) a écrit au CPAS de Namur.",
    ],
)
def test_a_bracket_that_abbreviates_no_term_gives_nothing_later(text: str) -> None:
    abbreviation = text[text.index("(") + 1 : text.index(")")]
    later = text.index(abbreviation, text.index(")"))
    assert not [
        f
        for f in scan(text).findings
        if f.start <= later < f.end and f.category in {"HEALTH", "ADMIN_STATUS"}
    ]


@settings(max_examples=200, deadline=None)
@given(
    pair=st.sampled_from(_DEFINED),
    gap=st.sampled_from([" ", "  ", "\t"]),
    uses=st.integers(min_value=1, max_value=3),
    filler=st.sampled_from(["Le Conseil examine le dossier. ", "De Raad onderzoekt het dossier. ", ""]),
)
def test_every_later_use_of_a_defined_abbreviation(
    pair: tuple[str, str, str], gap: str, uses: int, filler: str
) -> None:
    term, abbreviation, category = pair
    text = f"La requérante a {term}{gap}({abbreviation}). " + "".join(
        f"{filler}Son {abbreviation} est documenté. " for _ in range(uses)
    )
    found = [(f.start, f.end) for f in scan(text).findings if f.category == category]
    for position in [m for m in range(len(text)) if text.startswith(f"Son {abbreviation}", m)]:
        use = position + 4
        assert any(start <= use < end for start, end in found), (text, found)


# --- foreign postcodes written without a country prefix ----------------------------------------

_FOREIGN_STREETS = [
    "ul. Długa 17/4",
    "Rua de Santa Catarina 312",
    "Grote Staat 12",
    "Calle Mayor 18",
    "Via Roma 4",
]
_FOREIGN_TOWNS = ["Kraków", "Porto", "Maastricht", "Utrecht", "Gdańsk", "Coimbra"]


@settings(max_examples=300, deadline=None)
@given(
    street=st.sampled_from(_FOREIGN_STREETS),
    town=st.sampled_from(_FOREIGN_TOWNS),
    layout=st.sampled_from(["{a:02d}-{b:03d}", "{c:04d}-{b:03d}", "{c:04d} {l}"]),
    a=st.integers(min_value=10, max_value=99),
    b=st.integers(min_value=0, max_value=999),
    c=st.integers(min_value=1000, max_value=9999),
    letters=st.sampled_from(["AB", "CV", "JK", "RT", "BX"]),
    cue=st.sampled_from(
        ["Zijn zus woont in het buitenland: ", "Adresse de sa mère : ", "Contact family: ", ""]
    ),
    after=st.sampled_from(["", ".", ", tel. +48 601 338 472.", "\nMerci."]),
)
def test_a_street_then_a_foreign_postcode_and_town(
    street: str, town: str, layout: str, a: int, b: int, c: int, letters: str, cue: str, after: str
) -> None:
    postcode = layout.format(a=a, b=b, c=c, l=letters)
    address = f"{street}, {postcode} {town}"
    text = cue + address + after
    start = len(cue)
    found = [(f.start, f.end) for f in scan(text).findings if f.category == "ADDRESS"]
    # the whole address, town included, is covered
    assert any(s <= start + len(address) - len(town) and start + len(address) <= e for s, e in found), (
        text,
        found,
    )


def test_a_dutch_postcode_and_its_town_alone() -> None:
    assert spans("Zijn broer: 3512 JK Utrecht.", "ADDRESS") == ["3512 JK Utrecht"]


@pytest.mark.parametrize(
    "text",
    [
        "Dossier 12-345 Gent werd afgesloten.",
        "Factuur 2024-001 Antwerpen, te betalen binnen 30 dagen.",
        "In 2023 EU Commission said so.",
        "Référence 4000-447 Porto Editora.",
    ],
)
def test_a_reference_is_no_foreign_postcode(text: str) -> None:
    assert "ADDRESS" not in categories(text)


# --- the family home as a noun; English residence verbs before an unknown town -----------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Elle a quitté le domicile familial à Mouscron en août.", "Mouscron"),
        ("Il est retourné au domicile conjugal à Jemappes.", "Jemappes"),
        ("Hij verliet het ouderlijk huis in Eeklo na een ruzie.", "Eeklo"),
        ("He has lived in Benidorm for six years.", "Benidorm"),
        ("She lives in Kismayo with her aunt.", "Kismayo"),
        ("His mother resides in Cernay.", "Cernay"),
    ],
)
def test_a_home_named_by_a_noun_or_an_english_verb(text: str, place: str) -> None:
    assert place in spans(text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "He has lived in France and in Spain.",
        "Le domicile familial est protégé par la loi.",
        "The rules that apply to people living in Europe are different.",
    ],
)
def test_a_country_or_no_place_after_those_cues(text: str) -> None:
    assert "ADDRESS" not in categories(text)


# --- an NGO whose folded acronym is a status word; the asylum authorities as a whole ------------


@pytest.mark.parametrize(
    "text",
    [
        "Le CIRÉ a publié un guide de la procédure.",
        "samen met Vluchtelingenwerk Vlaanderen, Ciré en Caritas",
        "La Coordination et Initiatives pour Réfugiés et Étrangers organise une formation.",
        "Contactez les instances d'asile et les bureaux d'aide juridique.",
    ],
)
def test_an_ngo_or_the_authorities_are_no_status(text: str) -> None:
    assert "ADMIN_STATUS" not in categories(text)


@pytest.mark.parametrize(
    "text",
    ["Il a reçu sa CIRE en 2019.", "Monsieur a une carte CIRE valable jusqu'en 2027.", "sa cire est expirée"],
)
def test_the_residence_certificate_is_still_a_status(text: str) -> None:
    assert "ADMIN_STATUS" in categories(text)
