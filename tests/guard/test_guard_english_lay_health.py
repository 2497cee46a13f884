"""Someone's health in the English of a mixed message, told without a medical word ("my knee is very
swollen", "I cannot close my fingers", "they operated me", "I bleed very heavy every month"): a health
finding in every combination of subject, part, degree and state; and not a car, a crowd or a capital
(thirty-seventh round, data/lay_symptoms.tsv)."""

from __future__ import annotations

from guard_helpers import spans
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

# a mixed message: a Dutch or French worker's line, then the person's own words
_FRAMES = [
    'Hieronder zijn bericht.\n\n"Dear madam, {phrase}. Can the OCMW help me?"',
    "Message transmis par l'assistante sociale :\n\n{phrase}, please help me with the bill.",
    "[02/12/2026 19:44] Grace: hello, {phrase}\n[02/12/2026 19:50] CPAS Forest: ok",
]
_OWNERS = ["my", "his", "her", "My", "His"]
_PARTS = ["knee", "left hand", "face", "jaw", "fingers", "right eye", "feet", "lower back", "skin", "womb"]
_COPULAS = ["is", "are", "was", "gets", "got", "is still", "became"]
_DEGREES = ["", "very ", "still very ", "so ", "really "]
_STATES = ["swollen", "broken", "infected", "painful", "numb", "stiff", "burning", "red", "bad", "inflamed"]


@settings(max_examples=examples(300), deadline=None)
@given(
    st.sampled_from(_FRAMES),
    st.sampled_from(_OWNERS),
    st.sampled_from(_PARTS),
    st.sampled_from(_COPULAS),
    st.sampled_from(_DEGREES),
    st.sampled_from(_STATES),
)
def test_a_body_part_in_a_bad_state(
    frame: str, owner: str, part: str, copula: str, degree: str, state: str
) -> None:
    phrase = f"{owner} {part} {copula} {degree}{state}"
    text = frame.format(phrase=phrase)
    health = spans(text, "HEALTH")
    assert any(phrase in found or found in phrase for found in health), (text, health)


_ACTS = [
    "I cannot close my fingers",
    "he can't move his left arm",
    "I could not lift boxes any more",
    "they operated me on 6 November",
    "They removed most of my stomach",
    "the surgeon removed part of her liver",
    "I must have an operation with laser in January",
    "she needs to undergo another surgery",
    "the doctors proposed an operation in the head",
    "sometimes I faint",
    "he collapsed in the kitchen",
    "there was blood in the urine again",
    "I bleed very heavy every month",
    "the first injection is on 14 December",
    "I also need vitamin B12 injections every month",
    "he has an appointment at Erasme ophthalmology on 12 January",
    "I barely eat and I sleep 14 hours a day",
    "I have not been able to get out of bed for two months",
    "I am very tired all day",
    "she feels so weak since the birth",
]


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(_FRAMES), st.sampled_from(_ACTS))
def test_what_the_body_does_or_what_was_done_to_it(frame: str, act: str) -> None:
    text = frame.format(phrase=act)
    found = spans(text, "HEALTH")
    assert found, text
    assert all(part in text for part in found)


_NOT_HEALTH = [
    "my car is broken and the red bus is late",
    "their boxes are heavy and the shop is closed",
    "the hotel removed my booking",
    "the government needs an operation of rescue",
    "the bank proposed an operation of rescue",
    "they proposed an injection of capital into the fund",
    "I am very tired of waiting for the papers",
    "the red door of my house is broken",
    "I get out of the bus at the station",
]


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(_FRAMES), st.sampled_from(_NOT_HEALTH))
def test_no_health_where_no_body_is_spoken_of(frame: str, phrase: str) -> None:
    text = frame.format(phrase=phrase)
    health = spans(text, "HEALTH")
    assert health == [], text
