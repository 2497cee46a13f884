"""Classes of the twentieth round's tuning halves (real_passages24, real_passages25 and
fresh_synthetic15), each on invented sentences, with the ordinary wording beside them that must stay
clear. All people, numbers and accounts are invented (the IBANs' check digits computed)."""

from __future__ import annotations

import importlib
import string

import pytest
from guard_helpers import assert_within_a_finding, categories, spans

from secretpro.guard import iban_check

_ACCOUNT = "BE17 0632 2195 4021"
_OTHER_ACCOUNT = "BE71 0961 2345 6769"


@pytest.mark.parametrize(
    "text",
    [
        # a two-letter word and an amount read as a country code and check digits ("is 85":
        # Iceland) ran over the account after them, which was then never tried
        f"De huur is 850 euro en moet op rekening {_ACCOUNT} van de eigenaar.",
        f"Le loyer de 650 euros est à verser sur {_ACCOUNT} avant le 5.",
        f"Huur is 85 euro per week, rekening {_ACCOUNT}.",
    ],
)
def test_an_account_after_an_amount(text: str) -> None:
    assert_within_a_finding(text, "IBAN", _ACCOUNT)


@pytest.mark.parametrize(
    "text",
    [
        f"Twee rekeningen: op {_ACCOUNT} of {_OTHER_ACCOUNT}.",
        f"Comptes : {_ACCOUNT} et {_OTHER_ACCOUNT}",
    ],
)
def test_two_accounts_one_after_the_other(text: str) -> None:
    # (the chunk read for the first one ran over the second, which was left unread)
    found = spans(text, "IBAN")
    assert _ACCOUNT in found and _OTHER_ACCOUNT in found


@pytest.mark.parametrize(
    "text",
    [
        "Il y a 12 ab 34 cd 56 ef 78 gh 90 ij 12 kl 34 dans la grille.",
        "De huur is 850 euro en de waarborg is 1700 euro.",
    ],
)
def test_words_and_numbers_are_no_account(text: str) -> None:
    assert "IBAN" not in categories(text)


def test_the_length_of_every_countrys_iban_is_its_layouts() -> None:
    # the look-up tries a chunk only at its country's length: that length must be the only one
    # python-stdnum's layout for the country accepts
    parser = importlib.import_module("re._parser")
    countries = [a + b for a in string.ascii_uppercase for b in string.ascii_uppercase]
    known = [c for c in countries if iban_check.bban_layout(c) is not None]
    assert len(known) > 60
    for country in known:
        layout = iban_check.bban_layout(country)
        assert layout is not None
        length = iban_check.iban_length(country)
        assert length is not None and parser.parse(layout.pattern).getwidth() == (length - 4, length - 4)


@pytest.mark.parametrize(
    ("text", "expected", "category"),
    [
        ("Hun doodzieke zoontje ligt in het UZ.", "doodzieke", "HEALTH"),
        ("In Zeebrugge is vanmorgen een transmigrant om het leven gekomen.", "transmigrant", "ADMIN_STATUS"),
    ],
)
def test_words_of_the_round(text: str, expected: str, category: str) -> None:
    assert_within_a_finding(text, category, expected)
