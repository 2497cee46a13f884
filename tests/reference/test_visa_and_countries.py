"""The dated visa list and the country names."""

from __future__ import annotations

from datetime import date

import pytest

from secretpro.reference import as_of, country_name, normalize_country, visa_status
from secretpro.reference.visa import OutsideDataError, data_source


def test_annex_i_as_codified_has_102_states_plus_two_entities() -> None:
    listed = as_of(date(2019, 1, 1))
    assert len(listed) == 104
    assert {"PS", "XK"} <= set(listed)


def test_kosovo_leaves_on_1_january_2024() -> None:
    assert visa_status("XK", date(2023, 12, 31)).required
    assert not visa_status("XK", date(2024, 1, 1)).required
    assert visa_status("XK", date(2024, 1, 1)).act == "Reg. (EU) 2023/850"


def test_vanuatu_in_three_steps() -> None:
    assert visa_status("VU", date(2022, 5, 3)).status == "not_required"
    assert visa_status("VU", date(2022, 5, 4)).status == "partial"
    assert visa_status("VU", date(2023, 2, 4)).status == "required"
    assert visa_status("VU", date(2025, 2, 3)).act == "Reg. (EU) 2025/11"


def test_georgia_ordinary_passports_stay_visa_free() -> None:
    assert not visa_status("GE", date(2026, 1, 1)).required


def test_dates_before_the_codified_regulation_are_outside_the_data() -> None:
    with pytest.raises(OutsideDataError):
        visa_status("MA", date(2018, 12, 17))


def test_the_data_file_names_its_source_and_date() -> None:
    header = " ".join(data_source())
    assert "2018/1806" in header
    assert "transcribed" in header


@pytest.mark.parametrize(
    ("code", "fr", "nl", "en"),
    [
        ("MA", "Maroc", "Marokko", "Morocco"),
        ("XK", "Kosovo", "Kosovo", "Kosovo"),
        ("BE", "Belgique", "België", "Belgium"),
    ],
)
def test_country_names_in_three_languages(code: str, fr: str, nl: str, en: str) -> None:
    assert (country_name(code, "fr"), country_name(code, "nl"), country_name(code, "en")) == (fr, nl, en)


def test_country_codes_are_normalised() -> None:
    assert normalize_country(" ma ") == "MA"
    assert normalize_country("xk") == "XK"
    assert normalize_country("ZZ") is None
    assert normalize_country("MAR") is None
