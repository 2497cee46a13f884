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
