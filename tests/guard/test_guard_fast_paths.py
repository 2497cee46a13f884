"""Fast paths that stand in front of a slower reference must never change its answer."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban

from hypothesis_budget import examples
from secretpro.guard.identifiers import _birth_cue_heads, _birth_cues, _valid_iban
from secretpro.guard.lexicon import _NON_WORD, spaced
from secretpro.guard.normalize import fold

_IBAN_CHARS = st.text(alphabet="ABCDEFXYZ0123456789", max_size=34)


@given(st.one_of(_IBAN_CHARS, st.builds(lambda body: "BE" + body, _IBAN_CHARS)))
@settings(max_examples=examples(400))
def test_iban_prefilter_agrees_with_python_stdnum(compact: str) -> None:
    assert _valid_iban(compact) == stdnum_iban.is_valid(compact, check_country=False)


@given(st.from_regex(re.compile(r"BE[0-9]{14}"), fullmatch=True))
def test_iban_prefilter_keeps_every_valid_number(number: str) -> None:
    fixed = "BE" + stdnum_iban.calc_check_digits(number) + number[4:]
    assert _valid_iban(fixed)


def test_iban_prefilter_leaves_other_digits_to_python_stdnum() -> None:
    arabic = "BE\u0667\u0661" + "539007547034"
    assert _valid_iban(arabic) == stdnum_iban.is_valid(arabic, check_country=False)


@given(st.text())
def test_spaced_text_is_every_non_word_character_as_a_space(folded: str) -> None:
    assert spaced(folded) == " " + _NON_WORD.sub(" ", folded) + " "


_CUE_PIECES = [
    "née le ",
    "né à Gent le ",
    "nés en Syrie, le ",
    "geboren te Gent op ",
    "geb. ",
    "geb: ",
    "° ",
    "date de naissance : ",
    "dt. de naiss. ",
    "d.n. : ",
    "d n: ",
    "ddn ",
    "dob ",
    "d.o.b. ",
    "born ",
    "birth date ",
    "geboortedatum ",
    "une personne ",
    "donne ",
    "agenda ",
    "\n",
    "x",
    ", ",
]


@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=6))
@settings(max_examples=examples(400))
def test_birth_cue_heads_never_rule_out_a_cue(pieces: list[str]) -> None:
    window = fold("".join(pieces))
    if _birth_cue_heads().search(window) is None:
        assert _birth_cues().search(window) is None
