"""E-mail, IBAN, national number, phone and birth date recognizers."""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_helpers import categories, spans
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from secretpro.guard import find_all


def test_email_whole_address() -> None:
    text = "Contact : jeanne.verlinden42@exemple-mail.be merci"
    assert spans(text, "EMAIL") == ["jeanne.verlinden42@exemple-mail.be"]


def test_cpas_email_is_email_only() -> None:
    text = "Écrivez à a.wauters@cpas-uccle.be pour la suite."
    assert spans(text, "EMAIL") == ["a.wauters@cpas-uccle.be"]
    assert "CPAS" not in categories(text)


@pytest.mark.parametrize(
    "iban",
    ["BE71 0961 2345 6769", "be71096123456769", "NL91ABNA0417164300", "FR14 2004 1010 0505 0001 3M02 606"],
)
def test_iban_any_layout_and_country(iban: str) -> None:
    assert spans(f"Virement sur le compte {iban} au nom de l'intéressée.", "IBAN") == [iban]


def test_iban_with_bad_check_digits_from_elsewhere_is_ignored() -> None:
    assert spans("Code DE00 1234 5678 9012 3456 78 interne", "IBAN") == []


@pytest.mark.parametrize("layout", ["85.07.30-033.28", "85073003328", "850730 033 28", "85 07 30 033 28"])
def test_valid_national_number_layouts(layout: str) -> None:
    found = [f for f in find_all(f"NN {layout}") if f.category == "NATIONAL_NUMBER"]
    assert len(found) == 1
    assert found[0].valid is True


def test_bis_number_is_valid() -> None:
    # month + 40: a BIS number (checksum computed for the test)
    digits = "854730"
    body = int(digits + "123")
    number = f"{digits}123{97 - body % 97:02d}"
    found = [f for f in find_all(f"BIS : {number}") if f.category == "NATIONAL_NUMBER"]
    assert found and found[0].valid is True


def test_wrong_checksum_is_found_and_reported_invalid() -> None:
    found = [f for f in find_all("INSZ 85.07.30-033.29") if f.category == "NATIONAL_NUMBER"]
    assert len(found) == 1
    assert found[0].valid is False


@pytest.mark.parametrize(
    "phone",
    [
        "0470 12 34 56",
        "+32 2 123 45 67",
        "02/512.34.56",
        "0032 486 11 22 33",
        "+33 6 12 34 56 78",
        "+243 81 234 5678",
    ],
)
def test_phone_formats(phone: str) -> None:
    assert spans(f"Tél. : {phone}\n", "PHONE") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "Numéro d'entreprise 0212.345.678",
        "Votre référence SP 8.123.456 du dossier",
        "Facture n° 0495 30 44 140",
        "Ondernemingsnummer 0456.789.123",
    ],
)
def test_references_that_look_like_phones(text: str) -> None:
    assert "PHONE" not in categories(text)


def test_national_number_is_not_a_phone() -> None:
    text = "NN : 05.07.05-127.03"
    assert "PHONE" not in categories(text)
    assert "NATIONAL_NUMBER" in categories(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Mme Verlinden, née le 03/07/1985, est venue.", "03/07/1985"),
        ("Kobe Smets (°12.3.1990) woont hier.", "12.3.1990"),
        ("Hij is geboren op 4 mei 1977 in Gent.", "4 mei 1977"),
        ("Date de naissance : 1er janvier 2001", "1er janvier 2001"),
        ("DDN 14-02-93", "14-02-93"),
        ("Geboortedatum: 30/11/1968", "30/11/1968"),
    ],
)
def test_birth_dates_with_cues(text: str, date: str) -> None:
    assert spans(text, "BIRTH_DATE") == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Suite à votre courrier du 12/03/2024, nous vous répondons.",
        "Rendez-vous le 05/06/2025 à 10h.",
        "En application de l'AR du 12/12/1996, article 5.",
        "Hij kwam aan op 3 maart 2021.",
        "Elle est arrivée en Belgique le 14/02/2019.",
    ],
)
def test_dates_that_are_not_birth_dates(text: str) -> None:
    assert "BIRTH_DATE" not in categories(text)


def _registry_countries() -> list[str]:
    from stdnum import iban as stdnum_iban

    lines = (Path(stdnum_iban.__file__).parent / "iban.dat").read_text(encoding="utf-8").splitlines()
    return sorted({line[:2] for line in lines if line[:2].isalpha() and line[:2].isupper()})


@st.composite
def _iban_candidates(draw: st.DrawFn) -> str:
    """IBAN-like strings with right check digits: a registry country or another, a BBAN of the
    country's layout or of any length and characters, in any case, non-ASCII ones among them."""
    from stdnum import iban as stdnum_iban

    country = draw(st.sampled_from([*_registry_countries(), "XX", "ZZ"]))
    bban = draw(
        st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabc\u0667\u00e9", min_size=8, max_size=30)
    )
    try:
        digits = stdnum_iban.calc_check_digits(country + "00" + bban)
    except ValueError:  # a character python-stdnum cannot weigh ("É"): any check digits
        digits = "68"
    return country + digits + bban


@given(_iban_candidates())
@settings(max_examples=examples(2000))
def test_the_iban_check_answers_as_python_stdnum(candidate: str) -> None:
    from stdnum import iban as stdnum_iban

    from secretpro.guard.iban_check import valid_iban

    assert valid_iban(candidate) == stdnum_iban.is_valid(candidate, check_country=False), candidate


@given(st.sampled_from(_registry_countries()), st.data())
@settings(max_examples=examples(500))
def test_the_iban_check_accepts_each_countrys_layout(country: str, data: st.DataObject) -> None:
    """A BBAN drawn from the country's own layout: valid for both, whatever the country."""
    from stdnum import iban as stdnum_iban

    from secretpro.guard.iban_check import bban_layout, valid_iban

    layout = bban_layout(country)
    assert layout is not None, country
    bban = data.draw(st.from_regex(layout, fullmatch=True))
    candidate = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
    assert valid_iban(candidate) is True
    assert stdnum_iban.is_valid(candidate, check_country=False) is True


def test_online_is_no_phone_line() -> None:
    """ "en ligne" (online) is no phone cue: an approval number after it stays a reference; a
    number after "ligne" or "joindre" is still a phone (thirteenth round)."""
    text = "Inscriptions via le formulaire en ligne (n° d'agrément 0478/2026-12)."
    assert "PHONE" not in categories(text)
    assert spans("Agrément demandé : joindre Madame Dubois au 0478 20 26 12.", "PHONE") == ["0478 20 26 12"]
    assert spans("Ligne directe : 0478 20 26 12 (n° d'agrément en cours).", "PHONE") == ["0478 20 26 12"]
