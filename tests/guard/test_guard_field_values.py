"""A form's health or residence field (forty-seventh round, the labelled sets' tuning halves: 29 health
fields, 18 covered by less than four fifths; 27 residence fields): "Allergie: latex" and "Allergie :
sparadrap" were not found at all, "Antécédents : amputation de la jambe gauche au-dessus du genou en
2024" and "Verblijf: zonder wettig verblijf sinds 2022 (toeristenvisum verlopen)" only in part. The
value is a fact about the person whatever words it holds; the label stays outside; a field left blank
or a health field denied, a file's handling ("Traitement : en cours"), a civil status ("Statut :
marié") and a label inside a sentence stay clear; "Statut de séjour : aucun" tells a stay without
papers."""

from __future__ import annotations

import pytest
from guard_helpers import assert_covered, categories, spans
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from secretpro.guard import scan

_LABELS = [
    "Allergie",
    "Allergies",
    "Allergieën",
    "Alergie",
    "Diagnostic",
    "Diagnostique",
    "Diagnose",
    "Antécédents",
    "Medicatie",
    "Pathologie",
]
_VALUES = [
    "latex",
    "sparadrap",
    "pleisters met latex",
    "amputation de la jambe gauche au-dessus du genou en 2024",
    "Durogesic pleister 25 µg om de 3 dagen, Movicol",
    "dwarslaesie T10 na auto-ongeval (2019)",
]


@settings(max_examples=examples(300), deadline=None)
@given(
    st.sampled_from(_LABELS),
    st.sampled_from(_VALUES),
    st.sampled_from(["", "- ", "* ", "  "]),
    st.sampled_from([":", " :", ": ", " : ", ":\t"]),
    st.sampled_from(["Naam: Jan Peeters\n", "Patiënt : Mme Ngoy\n", ""]),
    st.sampled_from(["\nContact dochter: Lore", "\nRemarques : rien", ""]),
    st.booleans(),
)
def test_a_health_fields_value_is_found_whole(
    label: str, value: str, bullet: str, colon: str, before: str, after: str, upper: bool
) -> None:
    text = f"{before}{bullet}{label}{colon}{value}{after}"
    if upper:
        text, value = text.upper(), value.upper()
    assert_covered(text, "HEALTH", value, start=text.index(value, len(before)))


@settings(max_examples=examples(300), deadline=None)
@given(
    st.sampled_from(
        ["Statut de séjour", "Séjour", "Situation de séjour", "Verblijf", "Verblijfsstatus", "Verblijfstatus"]
    ),
    st.sampled_from(
        [
            "zonder wettig verblijf sinds 2022 (toeristenvisum verlopen)",
            "pas de titre valable",
            "attestation d'immatriculation (regroupement familial, annexe 19ter du 03/09/2025)",
            "in procedure sinds maart",
            "aucun",
        ]
    ),
    st.sampled_from(["", "- ", "  "]),
    st.sampled_from([":", " :", ":\t"]),
    st.booleans(),
)
def test_a_residence_fields_value_is_found_whole(
    label: str, value: str, bullet: str, colon: str, upper: bool
) -> None:
    text = f"Nom : Mme Ngoy\n{bullet}{label}{colon} {value}\nRemarques : rien"
    if upper:
        text, value = text.upper(), value.upper()
    assert_covered(text, "ADMIN_STATUS", value)


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_a_value_on_the_next_line_is_found(line_end: str) -> None:
    # (a PDF's form pasted: the value under its label; another field or a blank line is no value)
    text = line_end.join(
        ["Diagnose:", "syndroom van Korsakov", "Naam: Jan Peeters", "Allergie :", "", "Rien."]
    )
    assert spans(text, "HEALTH") == ["syndroom van Korsakov"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Zorg: wondzorg en drainverzorging dagelijks\nMedicatie: Tramadol",
            "wondzorg en drainverzorging dagelijks",
        ),
        ("Soins : toilette complète chaque matin\nRemarques : rien", "toilette complète chaque matin"),
    ],
)
def test_a_nursing_files_care_field_is_health(text: str, value: str) -> None:
    # (fresh_synthetic42's tuning half, a nursing file)
    assert_covered(text, "HEALTH", value)


def test_a_line_of_a_list_of_costs_is_no_label() -> None:
    # ("... voor depressie: 1.410,00 €" was read as a field's name, its health word left; fresh_synthetic42)
    text = "- Ambulance 112: 126,00 €\n- PZ Duffel - opname 3 weken voor depressie: 1.410,00 €"
    assert_covered(text, "HEALTH", "depressie")
    assert "HEALTH" not in categories("Remarques médicales : rien à signaler")


def test_a_value_stops_at_its_sentence_and_cell() -> None:
    text = "Diagnostic: déchirure de la rétine, avec risque de décollement. “C'est une urgence!” dit-il."
    assert spans(text, "HEALTH") == ["déchirure de la rétine, avec risque de décollement"]
    assert "asthme" in spans("| Nom | Diagnostic: asthme | Tél |", "HEALTH")


@pytest.mark.parametrize(
    "text",
    [
        "Allergies : néant\nRemarques : rien",
        "Allergie: geen\nContact: Lore",
        "Traitement : en cours",
        "Behandeling: lopend",
        "Diagnose: -",
        "Le diagnostic : il faut agir vite pour les loyers.",
        "Statut : marié\nSéjour : -",
        "Status: werknemer\nVerblijf: /",
    ],
)
def test_a_blank_denied_or_handling_field_stays_clear(text: str) -> None:
    assert not {"HEALTH", "ADMIN_STATUS"} & categories(text)


def test_a_long_nameless_list_of_fields_keeps_every_value() -> None:
    # (thirty lines or more of "Diagnose: Korsakov" with no name read as a leaflet, its health dropped
    # as generic: a field's value is a fact about someone whoever is named)
    text = "Diagnose: syndroom van Korsakov\nAllergie : latex\n" * 40
    health = [f for f in scan(text).findings if f.category == "HEALTH"]
    assert len(health) == 80
