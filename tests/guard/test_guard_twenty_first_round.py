"""Classes of the twenty-first round, found in the tuning halves of the real sets of the kinds the
hidden real set holds (judgments, case notes, information pages), each on invented sentences, with
the ordinary wording beside them that must stay clear. All people and places of residence are
invented or public towns."""

from __future__ import annotations

import pytest
from guard_helpers import categories, spans
from hypothesis import given, settings
from hypothesis import strategies as st

from secretpro.guard.lexicon import read_entries, read_lines

# --- a town the commune list does not hold, after a residence verb ----------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Le requérant est domicilié à Cernay depuis 2019.", "Cernay"),
        ("Eiser woonde in Kismayo voor zijn vertrek.", "Kismayo"),
        ("De verzoeker verbleef in Den Haag bij een neef.", "Den Haag"),
        ("Elle réside à Dakar chez sa tante.", "Dakar"),
        ("La requérante habitait à Emmen avant de venir en Belgique.", "Emmen"),
        ("Dat hij een verblijfsadres heeft in Cernay in Frankrijk, blijkt uit het dossier.", "Cernay"),
        ("Son fils vit toujours à Saint-Louis-du-Sénégal.", "Saint-Louis-du-Sénégal"),
    ],
)
def test_a_foreign_town_of_residence(text: str, town: str) -> None:
    assert town in spans(text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "Hij woont in België sinds 2010.",
        "Verzoeker verbleef in Nederland en Duitsland.",
        "Elle vit en Europe depuis dix ans.",
        "Ze woont in Wallonië, niet ver van de grens.",
        "Il réside à l'hôpital depuis lundi.",
        "Le requérant vit à la rue depuis son expulsion.",
        # a text in lower case gives no capital to read a name by
        "hij woont in kismayo en zijn broer ook",
    ],
)
def test_a_country_a_region_or_a_common_noun_is_no_town(text: str) -> None:
    assert "ADDRESS" not in categories(text)


_VERBS = (
    "woont in",
    "woonde in",
    "verblijft in",
    "verbleef in",
    "vit à",
    "réside à",
    "habite à",
    "domicilié à",
)
_COUNTRIES = sorted(
    {name for _code, name in read_entries("countries.tsv") if " " not in name and len(name) > 3}
)
_REGIONS = [line for line in read_lines("regions.txt") if " " not in line]


@settings(max_examples=60)
@given(
    st.sampled_from(_VERBS),
    st.text(alphabet="aeiou", min_size=1, max_size=3),
    st.text(alphabet="bkmnrstz", min_size=2, max_size=3),
)
def test_any_invented_town_after_a_residence_verb(verb: str, vowels: str, consonants: str) -> None:
    # an invented name, interleaved so that it is no word of either language
    town = "K" + "".join(a + b for a, b in zip(consonants, vowels + "a" * 3, strict=False)) + "ville"
    text = f"Monsieur Dubois {verb} {town} depuis 2020."
    assert town in spans(text, "ADDRESS")


@settings(max_examples=60)
@given(st.sampled_from(_VERBS), st.sampled_from(_COUNTRIES + _REGIONS))
def test_no_country_or_region_after_a_residence_verb_is_an_address(verb: str, place: str) -> None:
    name = place[:1].upper() + place[1:]
    text = f"Monsieur Dubois {verb} {name} depuis 2020."
    # (a region named after its town, "Bruxelles-Capitale", still holds the commune the commune list
    # finds; the region's whole name is no address)
    assert name not in spans(text, "ADDRESS"), text


# --- a form's place of birth, then a comma, then the date -------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "nommé(e) KOVALENKO Oksana\nné(e) à Kharkiv, le 3 février 1988,\nde nationalité ukrainienne",
            "3 février 1988",
        ),
        ("Monsieur Dubois, né à Saint-Josse-ten-Noode, le 12/03/1985, demeurant à Liège", "12/03/1985"),
        ("Mevrouw Peeters, geboren te Gent, op 3 februari 1988, wonende te Aalst", "3 februari 1988"),
    ],
)
def test_a_birth_date_after_the_place_of_birth_and_a_comma(text: str, date: str) -> None:
    assert date in spans(text, "BIRTH_DATE")


def test_a_date_after_another_place_and_a_comma_is_no_birth_date() -> None:
    assert "BIRTH_DATE" not in categories("Il est arrivé à Bruxelles, le 3 février 1988, par le train.")
