"""Words and names of the forty-sixth round (real_passages54's tuning half): an order to leave as the
press names it ("un avis de quitter le territoire"), trouble with a body part after "met" ("door
problemen met haar ogen"), and the CIRE, whose acronym is the NGO's where the text spells its name
out (without its accent it is also a residence certificate)."""

from __future__ import annotations

from guard_helpers import assert_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples


@settings(max_examples=examples(100), deadline=None)
@given(
    st.sampled_from(["avis de quitter le territoire", "avis d'avoir à quitter le territoire"]),
    st.sampled_from(["un ", "l'", "Un "]),
    st.booleans(),
)
def test_an_order_to_leave_as_the_press_names_it(order: str, article: str, upper: bool) -> None:
    text = f"La police s'est présentée chez la famille Berisha pour remettre {article}{order}, dans un délai de 30 jours."
    if upper:
        text, order = text.upper(), order.upper()
    assert_covered(text, "ADMIN_STATUS", order)


@settings(max_examples=examples(100), deadline=None)
@given(
    st.sampled_from(["problemen met haar ogen", "problemen met zijn knie", "klachten met mijn rug"]),
    st.sampled_from(["Ze kan door {t} niet lezen.", "Hij heeft {t} sinds de val.", "- {t}\n"]),
)
def test_trouble_with_a_body_part_is_health(told: str, frame: str) -> None:
    assert_covered(frame.format(t=told), "HEALTH", told)


def test_the_cire_spelt_out_is_the_ngo() -> None:
    text = (
        "Sophie Devillé travaille au CIRE (Coordination et Initiatives pour Réfugiés et Étrangers). "
        "Selon le CIRE, les délais s'allongent."
    )
    assert "ADMIN_STATUS" not in categories(text)


def test_a_cire_held_by_someone_is_a_status() -> None:
    text = "M. Berisha a reçu un CIRE valable un an."
    assert_covered(text, "ADMIN_STATUS", "CIRE")


@settings(max_examples=examples(100), deadline=None)
@given(
    st.sampled_from(
        [
            "borstkankerpatiënte",
            "leukemiepatiënt",
            "tbc-patiënt",
            "hyperventilaties",
            "sombere buien",
            "wiegendood",
            "bekkenbreuk",
            "schedelbreuk",
            "incontinent",
            "medische fout",
            "erreur médicale",
            "CPAP-toestel",
            "EpiPens",
            "Creon",
            "langue des signes",
        ]
    ),
    st.sampled_from(
        ["Sinds augustus is mevrouw Peeters {w}.\n", "Dossier Jacobs: {w} (zie verslag).", "- {w}\n"]
    ),
    st.booleans(),
)
def test_single_words_of_the_round_are_health(word: str, frame: str, upper: bool) -> None:
    text = frame.format(w=word)
    if upper:
        text, word = text.upper(), word.upper()
    assert_covered(text, "HEALTH", word)


@settings(max_examples=examples(100), deadline=None)
@given(
    st.sampled_from(["ma mère", "Elle", "Mme Dupont", "Hij", "zijn vader"]),
    st.sampled_from(
        ["est à la Citadelle", "est toujours à Saint-Luc", "ligt in Sint-Jan", "is nog in Erasme"]
    ),
    st.sampled_from(["depuis hier soir", "sinds zondag", "jusqu'à vendredi"]),
)
def test_a_stay_at_a_known_hospital_is_health(who: str, stay: str, time: str) -> None:
    assert_covered(f"salut\n{who} {stay} {time}, je passe demain.", "HEALTH", stay)


def test_a_meeting_at_a_hospitals_name_stays_clear() -> None:
    assert "HEALTH" not in categories("La réunion est à Saint-Pierre depuis 2019.")
    assert "HEALTH" not in categories("Het kantoor is in Sint-Jan sinds de verhuis.")
