"""The thirtieth round: one IBAN check for the recognizer and the normalisation (iban_check.py), and
a foreign account number with a zero typed as the letter O ("MT56 XIKC 0O49 ..."), which the
generated "pasted" family found now and then (its own letters were then read as digits spelt for
letters and the number was lost). All numbers are invented; their check digits are computed."""

from __future__ import annotations

import string

import pytest
from guard_helpers import spans
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban

from hypothesis_budget import examples
from secretpro.guard import find_all
from secretpro.guard.iban_check import typed_zeros, valid_iban, valid_iban_as_typed
from secretpro.guard.normalize import normalise

_CAPITALS = string.ascii_uppercase
# bank codes, then account characters: foreign layouts with letters among the digits
_LETTERED = {
    "RO": (4, 16),
    "LV": (4, 13),
    "MT": (4, 27),  # (python-stdnum's layout: 4 letters, 5 digits, 18 letters or digits)
}


@st.composite
def _lettered_iban_with_a_typed_zero(draw: st.DrawFn) -> tuple[str, str]:
    """A valid foreign IBAN with at least one zero between two digits, and the same number with one
    such zero typed as O, grouped by four (any separator) and in any case."""
    country = draw(st.sampled_from(sorted(_LETTERED)))
    bank, rest = _LETTERED[country]
    body = draw(st.text(alphabet=_CAPITALS + string.digits, min_size=rest - 3, max_size=rest - 3))
    if country == "MT":
        body = draw(st.text(alphabet=string.digits, min_size=2, max_size=2)) + body[2:]
    cut = draw(st.integers(0, len(body)))
    bban = draw(st.text(alphabet=_CAPITALS, min_size=bank, max_size=bank)) + body[:cut] + "405" + body[cut:]
    bban = bban[: bank + rest]
    compact = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
    assume(stdnum_iban.is_valid(compact, check_country=False) and "405" in compact[4:])
    zero = compact.index("405", 4) + 1
    cased = draw(st.sampled_from([compact, compact.lower(), compact[:2].capitalize() + compact[2:].lower()]))
    typed = cased[:zero] + "O" + cased[zero + 1 :]  # (the zero typed as a capital O, whatever the case)
    separator = draw(st.sampled_from([" ", "-", ".", "", "  "]))
    written = separator.join(typed[i : i + 4] for i in range(0, len(typed), 4)) if separator else typed
    return compact, written


@given(_lettered_iban_with_a_typed_zero(), st.sampled_from(["IBAN ", "op rekening ", "compte n° ", ""]))
@settings(max_examples=examples(300), deadline=None)
def test_a_foreign_account_number_with_a_zero_typed_as_o_is_found_whole(
    number: tuple[str, str], cue: str
) -> None:
    _compact, written = number
    text = f"Versement sur le compte.\n{cue}{written} - merci"
    assert any(written in span for span in spans(text, "IBAN")), (written, spans(text, "IBAN"))


@given(_lettered_iban_with_a_typed_zero())
@settings(max_examples=examples(300), deadline=None)
def test_the_letters_of_such_a_number_are_left_as_written(number: tuple[str, str]) -> None:
    """Neither its letters nor its digits are read as a word spelt with digits ("r7o9" as "rto9")."""
    _compact, written = number
    text = f"IBAN {written}"
    assert normalise(text).text == text


@given(_lettered_iban_with_a_typed_zero())
@settings(max_examples=examples(300), deadline=None)
def test_the_check_reads_an_o_between_digits_both_ways(number: tuple[str, str]) -> None:
    compact, written = number
    typed = "".join(c for c in written if c.isalnum())
    assert valid_iban(compact)
    assert valid_iban_as_typed(typed)
    assert typed_zeros(typed)


@pytest.mark.parametrize(
    "compact",
    [
        "RO76BTRLHPYNT5H6VYR4RMTV",  # valid as written: a letter is no typo
        "LV37EHMNQWII53XIIXK1M",
    ],
)
def test_a_number_valid_as_written_stays_valid(compact: str) -> None:
    assert valid_iban(compact) is True
    assert valid_iban_as_typed(compact) is True


def test_an_invalid_number_stays_invalid_however_its_os_are_read() -> None:
    # a valid Maltese number with one account digit changed: no reading of its O's mends it
    valid = "MT84MALT011000012345MTLCAST001S"
    assert valid_iban(valid)
    broken = valid[:12] + "9" + valid[13:]
    assert not valid_iban_as_typed(broken)
    assert not valid_iban_as_typed(broken.replace("0", "O"))


def test_many_os_between_digits_are_not_tried_every_way() -> None:
    """Past four, only the reading as written: a chunk of O's and digits is no key to try 2**n
    readings against the check digits."""
    compact = "DE44" + "5O" * 9
    assert len(typed_zeros(compact)) > 4
    assert valid_iban_as_typed(compact) is False


@pytest.mark.parametrize(
    "text",
    [
        "Elle habite de 12 rue des Alliés 45 à Forest depuis 2019.",
        "de 12 rue du Marché 104 et de 3 rue Haute 47",
        "Rendez-vous le 12/03 à 10h30, bureau 3O4 (2e étage).",
    ],
)
def test_words_after_a_country_code_and_two_digits_are_no_account_number(text: str) -> None:
    assert [f for f in find_all(text) if f.category == "IBAN"] == []


@given(
    st.sampled_from(["LV", "RO"]),
    st.text(alphabet=_CAPITALS, min_size=4, max_size=4),
    st.data(),
)
@settings(max_examples=examples(200), deadline=None)
def test_an_account_number_of_letters_alone_is_found_in_any_case(
    country: str, bank: str, data: st.DataObject
) -> None:
    """A Latvian or Romanian account part may hold no digit at all: written whole or in groups of
    four, in capitals or small letters, it is still tried for its check digits (the two gates of the
    fifteenth and twenty-ninth rounds are one expression now)."""
    rest = data.draw(
        st.text(alphabet=_CAPITALS, min_size=_LETTERED[country][1], max_size=_LETTERED[country][1])
    )
    bban = bank + rest
    compact = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
    separator = data.draw(st.sampled_from([" ", ""]))
    written = separator.join(compact[i : i + 4] for i in range(0, len(compact), 4)) if separator else compact
    written = data.draw(st.sampled_from([written, written.lower()]))
    text = f"Rekeningnummer {written}, dank u."
    assert any(written in span for span in spans(text, "IBAN")), (written, spans(text, "IBAN"))


@pytest.mark.parametrize(
    "text, condition",
    [
        ("Our daughter has phenylketonuria and needs special milk.", "phenylketonuria"),
        ("My mother has macular degeneration in both eyes.", "macular degeneration"),
        ("He was diagnosed with heart failure in March.", "heart failure"),
        ("Her son has cerebral palsy and uses a wheelchair.", "cerebral palsy"),
        ("She has cystic fibrosis since birth.", "cystic fibrosis"),
        ("He has rheumatoid arthritis in both hands.", "rheumatoid arthritis"),
        ("The doctor found a kidney stone of 9 mm.", "kidney stone"),
        ("I have a torn meniscus after the fall.", "torn meniscus"),
        ("My father has Parkinson's disease.", "Parkinson's disease"),
        ("She had shingles last winter.", "shingles"),
        ("Maman a une dégénérescence maculaire aux deux yeux.", "dégénérescence maculaire"),
        ("Il a une fracture du col du fémur depuis sa chute.", "fracture du col du fémur"),
        ("Zijn dochter heeft vlinderhuid (epidermolysis bullosa).", "vlinderhuid"),
        ("Hij heeft een gescheurde meniscus na de val.", "gescheurde meniscus"),
    ],
)
def test_a_named_condition_is_found_whole(text: str, condition: str) -> None:
    assert any(condition in span for span in spans(text, "HEALTH")), spans(text, "HEALTH")


@pytest.mark.parametrize(
    "text",
    [
        "Le goût de la soupe était bon, merci pour l'accueil.",
        "Il a le gout du risque et des voyages.",
    ],
)
def test_taste_is_no_gout(text: str) -> None:
    assert spans(text, "HEALTH") == []


@pytest.mark.parametrize(
    "text, status",
    [
        ("My asylum was refused in 2024, I have nothing now.", "asylum was refused"),
        ("He is in a closed centre since Monday.", "in a closed centre"),
        ("She got a return decision last week.", "return decision"),
        ("I am still in the asylum procedure.", "asylum procedure"),
    ],
)
def test_an_english_status_is_found(text: str, status: str) -> None:
    assert any(status in span for span in spans(text, "ADMIN_STATUS")), spans(text, "ADMIN_STATUS")


def test_a_closed_centre_named_as_a_place_is_no_status_of_its_own() -> None:
    """Only "in a/the closed centre" is a person held: "the closed centre of Vottem" names a place."""
    text = "The visit to the closed centre of Vottem was cancelled by the management."
    assert spans(text, "ADMIN_STATUS") == []


@pytest.mark.parametrize(
    "text, told",
    [
        ("Elle voit de moins en moins bien.", "voit de moins en moins bien"),
        ("Il n'entend presque plus rien.", "entend presque plus rien"),
        ("Hij ziet steeds slechter sinds de zomer.", "ziet steeds slechter"),
        ("Ze huilt de hele dag.", "huilt de hele dag"),
        ("She hardly eats anything.", "hardly eats"),
        ("She feels dizzy when she stands up.", "feels dizzy"),
        ("He cries all the time since the funeral.", "cries all the time"),
        ("She has trouble breathing at night.", "trouble breathing"),
        ("He forgets everything.", "forgets everything"),
    ],
)
def test_a_lay_symptom_is_found(text: str, told: str) -> None:
    assert any(told in span for span in spans(text, "HEALTH")), spans(text, "HEALTH")


@pytest.mark.parametrize(
    "text",
    [
        "Il n'entend plus rien de son fils depuis Noël.",
        "Hij ziet steeds minder kansen op werk.",
        "Hij hoort steeds minder van zijn zoon.",
        "Elle entend de moins en moins parler de lui.",
    ],
)
def test_hearing_from_someone_is_no_deafness(text: str) -> None:
    assert spans(text, "HEALTH") == []
