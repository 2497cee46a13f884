"""Someone admitted to a hospital, told as an event ("Mevrouw werd op 21/11 opgenomen na een val",
"is al twee keer opgenomen geweest", "elle a été admise le 20/11", "patient admis le 27/11"): a
health finding in every combination of subject, time, place and frame; contact or leave taken, a
record or register, admission to stay or to a school are not (thirty-ninth round,
data/lay_symptoms.tsv)."""

from __future__ import annotations

from guard_helpers import spans
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_FRAMES = [
    "{phrase}. Kan het OCMW de factuur ten laste nemen?",
    "Objet : demande de prise en charge\n\nMadame,\n\nNous vous informons que {phrase}.\n\nCordialement",
    "- {phrase}\n- volgende afspraak: 12/01",
]
_SUBJECTS_NL = ["Mevrouw", "Hij", "Zij", "Zijn moeder", "De patiënt", "Het kind"]
_NAMED_NL = [("Mevrouw", "Claes"), ("Dhr.", "Van den Broeck"), ("Meneer", "Peeters")]
_DATES_NL = ["op 21/11", "op 3 december", "van 20 tot 27 november"]
_WHEN_NL = [
    "op 21/11",
    "gisteren",
    "vannacht",
    "al twee keer",
    "opnieuw",
    "dringend",
    "van 20 tot 27 november",
]
_VERBS_NL = ["werd", "is"]
_AFTER_NL = ["", " na een val thuis", " in het AZ Groeninge", " op de spoedafdeling", " wegens ademnood"]
_SUBJECTS_FR = ["Elle", "Il", "Madame", "Le patient", "Sa fille"]
_ADMITTED_FR = ["a été admise", "a été admis", "est admise", "a été admis"]
_WHEN_FR = ["le 20/11", "le 3 décembre", "en urgence", "aux urgences", "dans notre service de neurologie"]


@settings(max_examples=examples(300), deadline=None)
@given(
    st.sampled_from(_FRAMES),
    st.sampled_from(_SUBJECTS_NL),
    st.sampled_from(_VERBS_NL),
    st.sampled_from(_WHEN_NL),
    st.sampled_from(_AFTER_NL),
)
def test_opgenomen_as_an_event(frame: str, subject: str, verb: str, when: str, after: str) -> None:
    phrase = f"{subject} {verb} {when} opgenomen{after}"
    text = frame.format(phrase=phrase)
    health = spans(text, "HEALTH")
    assert any("opgenomen" in found for found in health), (text, health)


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(_FRAMES),
    st.sampled_from(_NAMED_NL),
    st.sampled_from(_VERBS_NL),
    st.sampled_from(_DATES_NL),
    st.sampled_from(_AFTER_NL),
)
def test_a_named_person_opgenomen_on_a_date(
    frame: str, named: tuple[str, str], verb: str, when: str, after: str
) -> None:
    title, name = named
    text = frame.format(phrase=f"{title} {name} {verb} {when} opgenomen{after}")
    health = spans(text, "HEALTH")
    assert any("opgenomen" in found for found in health), (text, health)
    # the name stays a finding of its own, which the worker sees named as such
    assert not any(name in found for found in health), (text, health)


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(_FRAMES),
    st.sampled_from(_SUBJECTS_FR),
    st.sampled_from(_ADMITTED_FR),
    st.sampled_from(_WHEN_FR),
)
def test_admise_as_an_event(frame: str, subject: str, admitted: str, when: str) -> None:
    text = frame.format(phrase=f"{subject} {admitted} {when}")
    health = spans(text, "HEALTH")
    assert any("admis" in found for found in health), (text, health)


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(_FRAMES),
    st.sampled_from(
        [
            "ik heb contact opgenomen na een gesprek met zijn advocaat",
            "hij werd op 3/11 opgenomen in het bevolkingsregister",
            "de aanvraag werd op 3/11 opgenomen in het dossier",
            "zijn verlof werd op 3/12 opgenomen",
            "il a été admis le 12/09 à l'école communale",
            "elle a été admise le 4 mars au séjour illimité",
            "il a été admis au séjour",
        ]
    ),
)
def test_not_contact_leave_a_register_a_school_or_a_stay(frame: str, sentence: str) -> None:
    text = frame.format(phrase=sentence)
    health = spans(text, "HEALTH")
    assert not health, (text, health)
