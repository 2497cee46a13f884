"""Words and everyday phrases of the forty-eighth round (fresh_synthetic43's tuning half): an applicant
for protection without a reception place, in Dutch with "nog" and in English ("en heeft nog geen
opvangplaats", "annexe 26; no reception place yet"); binge eating in a social report ("eetbuien en
daarna overgeven"); a stroke's signs as a relative tells them ("sinds gisteren praat hij met een
dubbele tong en hangt zijn mond scheef", "il a la bouche de travers"); from fresh_synthetic30's to 34's
tuning halves, the appeal court rejecting someone's appeal ("De RvV verwierp zijn beroep"), a release
from a detention centre named by its name, the asylum interview called an "entretien", a Dublin
procedure's field, a fall told in the past ("Elle a chuté deux fois dans l'escalier"). Reception refused
to applicants in general, a politician two-faced, a crooked table, a court's case law, a centre named
for no one, prices and polls that fall stay clear."""

from __future__ import annotations

import pytest
from guard_helpers import assert_covered, assert_told_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples


def _assert_part_covered(text: str, part: str, category: str, upper: bool) -> None:
    """``part`` of ``text`` (both in capitals if ``upper``) is covered by one ``category`` finding."""
    if upper:
        text, part = text.upper(), part.upper()
    assert_covered(text, category, part)


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(
        [
            "heeft nog geen opvangplaats",
            "kreeg nog geen opvangplaats",
            "heeft haar nog steeds geen opvangplaats",
            "no reception place",
        ]
    ),
    st.sampled_from(
        [
            "Hij is verzoeker om internationale bescherming (bijlage 26) en {t}; hij slaapt bij een kennis.",
            "Mevr. Diallo {t} en slaapt in het station.",
            "Asylum application lodged on 25/11, annexe 26; {t} yet.",
            "- Dhr. Karimi: {t}\n",
        ]
    ),
    st.booleans(),
)
def test_an_applicant_without_a_reception_place_is_status(told: str, frame: str, upper: bool) -> None:
    assert_told_covered(frame, told, "ADMIN_STATUS", upper)


@pytest.mark.parametrize(
    "text",
    [
        "Wie zich niet kan aanmelden, krijgt geen opvang.",
        "Een verzoeker die al in een andere lidstaat erkend is, krijgt geen opvang meer.",
        "The reception place of the centre was given to another family.",
    ],
)
def test_reception_refused_in_general_stays_clear(text: str) -> None:
    assert "ADMIN_STATUS" not in categories(text)


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(["eetbuien", "vreetbuien", "crises de boulimie"]),
    st.sampled_from(
        [
            "Mevr. Maes lijdt aan boulimie: {t} en daarna overgeven.",
            "Sinds de zomer heeft Lotte {t}, soms meerdere keren per dag.",
            "Elle décrit des {t} la nuit.",
        ]
    ),
    st.booleans(),
)
def test_binge_eating_is_health(told: str, frame: str, upper: bool) -> None:
    assert_told_covered(frame, told, "HEALTH", upper)


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(
        [
            "sinds gisteren praat hij met een dubbele tong",
            "plots sprak ze met een dubbele tong",
            "hangt zijn mond scheef",
            "haar mond hangt scheef",
            "il a la bouche de travers",
            "sa bouche est de travers",
        ]
    ),
    st.sampled_from(
        [
            "tel. zoon 14u05 - dhr. Goossens, 79 j: {t}, zoon denkt aan een beroerte.",
            "Appel de la fille de Mme Renard : depuis ce matin {t}.",
            "Melding thuiszorg: {t}\n",
        ]
    ),
    st.booleans(),
)
def test_a_strokes_signs_told_by_a_relative_are_health(told: str, frame: str, upper: bool) -> None:
    # (the subject before "a la bouche" is no part of the finding)
    _assert_part_covered(frame.format(t=told), told.removeprefix("il "), "HEALTH", upper)


@pytest.mark.parametrize(
    "text",
    [
        "De minister spreekt met een dubbele tong over de opvang.",
        "Hij spreekt met een dubbele tong: vandaag dit, morgen dat.",
        "Het schilderij hangt scheef in de gang.",
        "Le cadre est de travers sur le mur.",
    ],
)
def test_two_faced_speech_and_crooked_things_stay_clear(text: str) -> None:
    assert "HEALTH" not in categories(text)


def test_the_lay_phrases_cover_their_words() -> None:
    text = "sinds gisteren praat hij met een dubbele tong en hangt zijn mond scheef"
    assert_covered(text, "HEALTH", "praat hij met een dubbele tong")
    assert_covered(text, "HEALTH", "hangt zijn mond scheef")


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(
        [
            ("De RvV verwierp zijn beroep", "RvV verwierp zijn beroep"),
            ("Le CCE a rejeté son recours", "CCE a rejeté son recours"),
            (
                "Le Conseil du Contentieux des Etrangers a rejeté leur dernier recours",
                "Conseil du Contentieux des Etrangers a rejeté leur dernier recours",
            ),
            ("il a été libéré du centre Caricole", "libéré du centre Caricole"),
            ("elle a été libérée du centre 127bis", "libérée du centre 127bis"),
            ("il attend son entretien au CGRA", "entretien au CGRA"),
        ]
    ),
    st.sampled_from(["M. Diallo : {t}.", "Mijn cliënt kreeg een bijlage 13. {t} in oktober.", "- {t}\n"]),
    st.booleans(),
)
def test_a_persons_appeal_release_and_interview_are_status(
    told: tuple[str, str], frame: str, upper: bool
) -> None:
    # (fresh_synthetic32's and 33's tuning halves)
    _assert_part_covered(frame.format(t=told[0]), told[1], "ADMIN_STATUS", upper)


def test_a_dublin_procedure_field_holds_its_value() -> None:
    # (fresh_synthetic34's tuning half)
    text = (
        "Client: Yaw Mensah\nDublin procedure: Croatia accepted responsibility in October, transfer pending."
    )
    assert_covered(text, "ADMIN_STATUS", "Croatia accepted responsibility in October")


@pytest.mark.parametrize(
    "text",
    [
        "De RvV verwerpt in haar rechtspraak het beroep meestal.",
        "Le CCE rejette la plupart des recours introduits hors délai.",
        "Le centre Caricole accueille les demandeurs arrivés à l'aéroport.",
    ],
)
def test_the_courts_and_centres_in_general_stay_clear(text: str) -> None:
    assert "ADMIN_STATUS" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Elle a chuté deux fois dans l'escalier.",
        "Il a déjà chuté trois fois ce mois-ci.",
        "Mme Lambert a chuté deux fois dans l'escalier.",
    ],
)
def test_falls_told_in_the_past_are_health(text: str) -> None:
    # (fresh_synthetic30's tuning half)
    assert "HEALTH" in categories(text)


@pytest.mark.parametrize(
    "text", ["Le prix du mazout a chuté deux fois cette année.", "Il a chuté deux fois dans les sondages."]
)
def test_prices_and_polls_that_fall_stay_clear(text: str) -> None:
    assert "HEALTH" not in categories(text)


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(
        [
            (
                "Mevr. Daems weegt 178 kilo en kan zich niet meer zelf wassen.",
                "kan zich niet meer zelf wassen",
            ),
            ("Sinds de val kon hij zich nauwelijks aankleden.", "kon hij zich nauwelijks aankleden"),
            ("il doit prendre 5 cachets le matin", "doit prendre 5 cachets"),
            ('Il a aussi "le sucre" mais ne contrôle plus.', "le sucre"),
            ("haar benen zijn sterk gezwollen (lymfoedeem)", "lymfoedeem"),
        ]
    ),
    st.booleans(),
)
def test_washing_pills_sugar_and_a_swollen_limb_are_health(told: tuple[str, str], upper: bool) -> None:
    # (forty-eighth round, fresh_synthetic44's tuning half)
    _assert_part_covered(told[0], told[1], "HEALTH", upper)


@pytest.mark.parametrize(
    "text",
    [
        "De kinderen kunnen zich niet meer wassen in de sporthal: de douches zijn stuk.",
        "Le pharmacien vend les cachets par boîte de vingt.",
        "Il a mis le sucre sur la table.",
    ],
)
def test_showers_pharmacies_and_sugar_on_the_table_stay_clear(text: str) -> None:
    assert "HEALTH" not in categories(text)
