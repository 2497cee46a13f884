"""What a doctor forbids someone ("ik mag zes maanden niet rijden", "ne peut rien porter", "il ne peut
plus conduire") is a health fact, in every combination of subject, time, adverb and act; work is only
with a stated time or "van de dokter", and a law's ban (no licence, no papers) is not health."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from secretpro.guard import scan

_NAMES = ["Mevr. Claes", "Dhr. Peeters", "Lotte", "Mme Verhaegen", "Ahmed"]
_NL_MAY = ["mag ik", "mag hij", "mag ze", "mag zij", "mocht hij", "mag u"]
_NL_TIMES = ["", "zes maanden ", "drie weken ", "een jaar ", "twee maanden "]
_NL_STILL = ["", "voorlopig ", "helemaal ", "nog "]
_NL_ACTS = [
    "niet rijden",
    "niet meer autorijden",
    "niet tillen",
    "niets zwaars tillen",
    "niet met de wagen rijden",
    "niet sporten",
    "geen gluten meer eten",
    "geen zout eten",
    "geen alcohol drinken",
]
_FR_CAN = ["ne peut", "ne peux", "ne pourra", "n'peut", "peut", "ne doit"]
_FR_ACTS = [
    "plus conduire",
    "pas conduire",
    "plus porter de charges",
    "pas soulever de poids",
    "rien porter",
    "plus manger de gluten",
    "plus travailler pendant six semaines",
    "pas faire du sport",
]


def _health(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text).findings if f.category == "HEALTH"]


@settings(max_examples=250, deadline=None)
@given(
    st.sampled_from(_NAMES),
    st.sampled_from(_NL_MAY),
    st.sampled_from(_NL_TIMES),
    st.sampled_from(_NL_STILL),
    st.sampled_from(_NL_ACTS),
    st.sampled_from(["dus de werkgever is verwittigd.", "en dat kost veel.", ""]),
)
def test_what_a_doctor_forbids_in_dutch(
    name: str, may: str, time: str, still: str, act: str, after: str
) -> None:
    phrase = f"{may} {time}{still}{act}"
    text = f"Bericht van {name}. Sinds de controle {phrase} {after}".rstrip()
    assert any(phrase in found for found in _health(text)), (text, _health(text))


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(_NAMES),
    st.sampled_from(["mag hij", "mag ze", "mocht ik"]),
    st.sampled_from(["drie maanden niet werken", "zes weken niet gaan werken", "niet werken van de dokter"]),
)
def test_work_forbidden_for_a_while_or_by_the_doctor(name: str, may: str, work: str) -> None:
    phrase = f"{may} {work}"
    text = f"Nieuws over {name}: na de operatie {phrase}."
    assert any(phrase in found for found in _health(text)), (text, _health(text))


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(_NAMES),
    st.sampled_from(["il", "elle", "Karim"]),
    st.sampled_from(_FR_CAN),
    st.sampled_from(_FR_ACTS),
)
def test_what_a_doctor_forbids_in_french(name: str, subject: str, can: str, act: str) -> None:
    phrase = f"{can} {act}"
    text = f"Nouvelles de {name} : depuis la visite, {subject} {phrase}."
    assert any(phrase in found for found in _health(text)), (text, _health(text))


def test_a_ban_that_is_not_a_doctors() -> None:
    for text in [
        "Zonder rijbewijs mag hij niet rijden.",  # the law, a licence
        "Zonder papieren mag je niet werken en geen huis huren.",  # a status, not a health fact
        "Hij mag niet werken zolang zijn werkvergunning niet is verlengd.",
        "Sans permis, il ne peut pas conduire la camionnette.",
        "Elle ne peut pas porter plainte avant lundi.",  # a complaint, not a load
        "Le bus ne peut plus rouler le dimanche.",
    ]:
        assert _health(text) == [], (text, _health(text))
