"""A stay in hospital told with the Dutch noun "opname": "Na vijf weken opname in het AZ Sint-Vincentius",
"een opname op de kinder- en jeugdpsychiatrie", "De opname duurt minstens tot 3 januari", "sinds haar
opname".

The lexicon held "opname in het ziekenhuis" and "psychiatrische opname"; the noun with a hospital's
name, a ward, a length or a time was not read, or only the hospital was, and "opname" stayed in the
clear next to it (forty-third round, the invented sets' tuning halves). "opname" is also a recording,
an entry in a register and, on an information page, admissions in general: those stay clear."""

from __future__ import annotations

from guard_helpers import finding_overlaps
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from secretpro.guard import scan

_PEOPLE = ["Mevrouw Peeters", "Hij", "Ze", "Meneer Claes", "Haar zoon", "De patiënt"]
# "{stay}" is the stay told with "opname"; each sentence says something of the person before it
_STAYS = [
    "{who} is na {stay} weer thuis.",
    "{who} kreeg {stay} en vraagt nu hulp.",
    "Volgens de huisarts volgt voor {who_lower} {stay}.",
]
_PLACES = [
    "een opname in het AZ Sint-Vincentius",
    "een opname op de kinder- en jeugdpsychiatrie",
    "een opname in de eetstoornisafdeling van het UZ",
    "een opname in het psychiatrisch centrum Sint-Jan",
    "een opname op de afdeling geriatrie",
    "twee opnames in de psychiatrie",
    "vijf weken opname",
    "drie dagen opname in het AZ Groeninge",
]
_LENGTHS = ["De opname duurt minstens tot 3 januari.", "De opname duurde drie weken."]
_NOT_A_STAY = [
    "De Nigeriaanse bruid maakte een verborgen opname van haar verhoor.",
    "De hulp van het OCMW gaat van thuishulp tot opnames in rusthuizen of opvangtehuizen.",
    " • Opname in inrichtingen\n • Juridische bijstand",
    "Het budgetplan geeft inzicht in het bestedingspatroon dat kan opgenomen worden.",
    "De opname in het bevolkingsregister gebeurt na een woonstcontrole.",
]


@settings(max_examples=examples(300), deadline=None)
@given(st.sampled_from(_PEOPLE), st.sampled_from(_STAYS), st.sampled_from(_PLACES))
def test_a_stay_in_hospital_told_with_opname_is_health(who: str, frame: str, stay: str) -> None:
    text = frame.format(who=who, who_lower=who[0].lower() + who[1:], stay=stay)
    # the noun itself: redacting the hospital alone leaves "na vijf weken opname in het [...]"
    start = text.index("opname")
    assert finding_overlaps(text, "HEALTH", start, start + len("opname")), text


@settings(max_examples=examples(50), deadline=None)
@given(st.sampled_from(_PEOPLE), st.sampled_from(_LENGTHS))
def test_how_long_the_stay_lasts_is_health(who: str, length: str) -> None:
    text = f"{who} ligt in het ziekenhuis. {length}"
    start = text.index("opname")
    assert finding_overlaps(text, "HEALTH", start, start + len("opname")), text


@settings(max_examples=examples(50), deadline=None)
@given(st.sampled_from(_NOT_A_STAY))
def test_a_recording_a_register_and_admissions_in_general_are_no_stay(text: str) -> None:
    assert not [f for f in scan(text).findings if f.category == "HEALTH"], text
