"""Every data file of the guard names its source and date; the stop lists are read from them."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from secretpro.guard import scan

_DATA = resources.files("secretpro.guard").joinpath("data")
_FILES = sorted(entry.name for entry in _DATA.iterdir() if entry.name.endswith((".txt", ".tsv")))


@pytest.mark.parametrize("name", _FILES)
def test_data_file_header_names_its_source_and_date(name: str) -> None:
    header = [
        line for line in _DATA.joinpath(name).read_text(encoding="utf-8").splitlines() if line.startswith("#")
    ]
    text = "\n".join(header)
    assert "source" in text.lower(), name
    assert re.search(r"\b20\d\d-\d\d-\d\d\b", text), name


def test_non_medical_specialties_come_from_their_data_file() -> None:
    assert "not_medical_specialties.txt" in _FILES
    assert not scan("Il travaille au service de criminologie de l'ULB.").findings
    assert [f.category for f in scan("Elle est suivie au service de cardiologie.").findings] == ["HEALTH"]


def test_every_neighbourhood_names_a_commune_of_the_postcode_list() -> None:
    communes = {
        name
        for line in _DATA.joinpath("postcodes.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
        for name in line.split("\t")[1].split("|")
    }
    rows = [
        line.split("\t")
        for line in _DATA.joinpath("neighbourhoods.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert len(rows) >= 250
    assert all(len(row) == 2 and row[0].strip() == row[0] and row[0] for row in rows)
    assert {row[1] for row in rows} <= communes
    # (a name may belong to two cities, "Sint-Andries" in Antwerp and in Bruges, but only once to each)
    assert len({(row[0], row[1]) for row in rows}) == len(rows)


@pytest.mark.parametrize("name", ["offices.txt", "places_to_stay.txt", "months.tsv"])
def test_word_lists_hold_plain_folded_words(name: str) -> None:
    """These lines are joined into expressions and registered as hint words: a regex character in
    one ("secretaire generale?", as the list was once written in code) is a hint no text holds, so
    the test it guards is skipped for every message naming only that title."""
    words = [
        line.split("\t")[0]
        for line in _DATA.joinpath(name).read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert len(words) >= 10
    assert all(re.fullmatch(r"\*?[a-z]+(?:['\- ][a-z]+)*", word) for word in words), name
    assert len(set(words)) == len(words), name


def test_months_read_in_letters_from_their_data_file() -> None:
    assert [f.category for f in scan("Né le 12 okt. 1981 à Gand.").findings] == ["BIRTH_DATE"]
    assert [f.category for f in scan("Born on March 3, 1990 in Accra.").findings] == ["BIRTH_DATE"]
