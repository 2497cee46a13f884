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
from secretpro.guard.normalize import fold
from secretpro.guard.places import postcodes

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
        ("La requérante demeure à La Haye depuis 2018.", "La Haye"),
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
        # a formal notice, a person's title, an article: no town
        "Le CPAS a adressé une mise en demeure à Monsieur Dupont le 3 mars.",
        "Le dossier demeure à Madame la Présidente pour décision.",
        "Hij woont in Het Pand, een project van de stad.",
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
# (a region that is also a commune's name, "Limburg" / "Limbourg", is found as that commune)
_COMMUNES = {fold(name) for names in postcodes().values() for name in names}
_REGIONS = [line for line in read_lines("regions.txt") if " " not in line and line not in _COMMUNES]


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


# --- a Dutch case note: its facts, and a person described by nationality ----------------------

_CASE_NOTE_OPENING = (
    "15 maart 2021\n"
    "In dit arrest vernietigt de Raad voor Vreemdelingenbetwistingen de beslissing van het CGVS. "
    "De Raad oordeelt dat de landeninformatie over de veiligheidssituatie onvoldoende werd onderzocht "
    "en dat een onderzoek ten gronde noodzakelijk is.\n"
)


def test_the_facts_of_a_dutch_case_note_are_about_someone() -> None:
    # (no name, no title, no pronoun opening a sentence: before "De feiten" was read as a heading,
    # the whole note was read as an information page and its status findings dropped)
    text = (
        _CASE_NOTE_OPENING + "De feiten\n"
        "Het arrest gaat over de tweede asielaanvraag, ingediend na een eerste weigering. De foto's die "
        "bij de tweede asielaanvraag werden voorgelegd, werden door het CGVS niet aanvaard als nieuwe "
        "elementen. Het CGVS besliste eerder al dat er voor burgers uit dat district geen reëel risico was."
    )
    assert any("asielaanvraag" in span for span in spans(text, "ADMIN_STATUS"))


@pytest.mark.parametrize(
    "person", ["een Afghaanse jongeman", "een Syrische asielzoeker", "een Eritrese studente"]
)
def test_a_person_described_by_nationality_in_a_case_note(person: str) -> None:
    text = (
        _CASE_NOTE_OPENING + f"Het arrest gaat over de derde asielaanvraag van {person}, reeds zes jaar "
        "in België. Het CGVS nam een beslissing tot niet-inoverwegingname omdat de aangehaalde problemen "
        "niet aannemelijk waren en er voor burgers uit die provincie geen reëel risico was op ernstige schade."
    )
    found = spans(text, "ADMIN_STATUS")
    assert any("asielaanvraag" in span for span in found) and "beslissing tot niet-inoverwegingname" in found


def test_an_information_page_without_anyone_stays_generic() -> None:
    text = (
        "Een meervoudige asielaanvraag is een nieuwe aanvraag na een eerdere beslissing. Het CGVS "
        "onderzoekt eerst of er nieuwe elementen zijn die de kans aanzienlijk groter maken dat de "
        "aanvrager in aanmerking komt voor bescherming. Zo niet, neemt het een beslissing tot "
        "niet-inoverwegingname. Tegen die beslissing staat een beroep open bij de Raad voor "
        "Vreemdelingenbetwistingen, binnen een termijn die korter is dan bij een eerste aanvraag. "
        "Meer informatie vindt u op de website van het CGVS en bij een advocaat vreemdelingenrecht."
    )
    assert "ADMIN_STATUS" not in categories(text)


# --- the grounds of an order to leave, as the decision and the judgments word them --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Article 7, alinéa 1er, 1° : l'intéressé n'est pas en possession d'un passeport revêtu d'un "
            "visa valable.",
            "n'est pas en possession d'un passeport revêtu d'un visa valable",
        ),
        (
            "Monsieur Haddad demeure dans le Royaume sans être porteur des documents requis par l'article 2.",
            "sans être porteur des documents requis",
        ),
        (
            "Verzoeker is niet in het bezit van een geldig paspoort voorzien van een geldig visum.",
            "niet in het bezit van een geldig paspoort voorzien van een geldig visum",
        ),
        ("Verzoeker verwijst naar zijn asielvraag van 19 september 2013.", "asielvraag"),
    ],
)
def test_the_grounds_of_an_order_to_leave(text: str, expected: str) -> None:
    assert expected in spans(text, "ADMIN_STATUS")
