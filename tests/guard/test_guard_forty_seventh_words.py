"""Words of the forty-seventh round (fresh_synthetic41's tuning half): examinations ("RADIO DU THORAX
DEMANDEE", "un EEG de contrôle"), sight ("sterke bijziendheid"), pills named by what they treat
("haar bloeddrukpillen"), the care of a physiotherapist or an orthodontist in a list of costs; and
urgent matters a service still handles on a closing day ("Les urgences sont assurées par la
permanence") are no emergency ward. From real_passages55's tuning half: a diagnosis, burns and shock
told in press stories, an invalidity recognised, vomiting told by the person (a town's shock stays
clear; "Le bâtiment a été gravement brûlé", read as health before this round too, is left as it was)."""

from __future__ import annotations

import pytest
from guard_helpers import assert_covered, assert_told_covered, categories
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
            "Pour M. Lenoir : {t} demandée par le médecin.",
            "Mevrouw Claes: {t}, kosten 120 euro.",
            "- {t} (fils aîné)\n",
            "Nodig voor Ahmed: {t}, graag een voorschot.",
        ]
    ),
    st.booleans(),
)
def test_examinations_sight_and_pills_are_health(word: str, frame: str, upper: bool) -> None:
    assert_told_covered(frame, word, "HEALTH", upper)


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


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(
        [
            ("Quelques mois plus tard, on lui diagnostique un spectre autistique.", "spectre autistique"),
            ("Un autre enfant, en bas âge, a été grièvement brûlé.", "grièvement brûlé"),
            ("La mère et le troisième enfant sont en état de choc.", "en état de choc"),
            ("Dominique, reconnue comme personne invalide, a dû déménager.", "personne invalide"),
            ("Je passais mes nuits dans la gare, je tremblais et vomissais beaucoup.", "vomissais"),
        ]
    ),
    st.booleans(),
)
def test_press_stories_health_words(case: tuple[str, str], upper: bool) -> None:
    text, told = case
    if upper:
        text, told = text.upper(), told.upper()
    assert_covered(text, "HEALTH", told)


def test_a_shock_to_a_town_stays_clear() -> None:
    assert "HEALTH" not in categories("Ce fut un état de choc pour toute la commune.")


@settings(max_examples=examples(100), deadline=None)
@given(
    st.sampled_from(["pas encore de place Fedasil", "sans place d'accueil", "pas de place d'accueil"]),
    st.sampled_from(
        [
            "Demandeur de protection internationale (annexe 26), {t}.",
            "M. Salem est demandeur de protection internationale {t} depuis octobre.",
        ]
    ),
    st.booleans(),
)
def test_no_reception_place_is_status(told: str, frame: str, upper: bool) -> None:
    assert_told_covered(frame, told, "ADMIN_STATUS", upper)


def test_no_room_elsewhere_is_no_status() -> None:
    assert "ADMIN_STATUS" not in categories("Il n'y a plus de place dans la salle pour la réunion du CPAS.")


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("objet : facture hopital + pas encore de mutuelle", "facture hopital"),
        ("ILS DEMANDE LA CARTE MEDICAL MAIS ELLE EST FINI LE 30.", "CARTE MEDICAL"),
        ("Onderwerp: mevrouw Okonkwo – nacontrole en DMH", "nacontrole"),
        ("Nous lui avons prêté un lit médicalisé et une rehausse WC.", "rehausse WC"),
        ("VKF onder DOAC, AHT, DM2 onder metformine.", "AHT"),
        ("hij zei vorige week dat hij suiker heeft", "suiker heeft"),
        ("Mijn moeder heeft suiker en moet spuiten.", "heeft suiker"),
    ],
)
def test_words_of_hurried_notes_are_health(text: str, told: str) -> None:
    assert_covered(text, "HEALTH", told)


def test_sugar_bought_stays_clear() -> None:
    assert "HEALTH" not in categories("Hij heeft suiker gekocht voor de taart van zijn dochter.")


@pytest.mark.parametrize(
    ("text", "category", "told"),
    [
        ("Zoé draagt een cochleair implantaat sinds haar 4 jaar.", "HEALTH", "cochleair implantaat"),
        (
            "3. M. Dupuis : audiogramme et appareillage auditif pour son fils.",
            "HEALTH",
            "appareillage auditif",
        ),
        ("Ze werd afgevoerd omdat ze te veel rook had ingeademd.", "HEALTH", "rook had ingeademd"),
        ("Mon frère pèse seulement 37 kg, il est en fin de vie.", "HEALTH", "pèse seulement 37 kg"),
        ("Zijn dochter weegt nog maar 41 kilo.", "HEALTH", "weegt nog maar 41 kilo"),
        ("De anderen kregen een bevel het grondgebied te verlaten.", "ADMIN_STATUS", "bevel het grondgebied"),
        ("Ze bracht haar man naar België via familiehereniging.", "ADMIN_STATUS", "familiehereniging"),
    ],
)
def test_real_passages56_words(text: str, category: str, told: str) -> None:
    # (real_passages56's and fresh_synthetic42's tuning halves)
    assert_covered(text, category, told)


def test_a_things_weight_stays_clear() -> None:
    assert "HEALTH" not in categories("Le colis pèse seulement 12 kg.")


@pytest.mark.parametrize(
    "text",
    [
        "La Ville a permis à une centaine d'entre eux de s'installer dans un hôpital désaffecté.",
        "Ze verblijven sinds de winter in een leegstaand ziekenhuis.",
    ],
)
def test_a_disused_hospital_is_no_care(text: str) -> None:
    # (real_passages56's tuning half: a building people are sheltered in)
    assert "HEALTH" not in categories(text)
