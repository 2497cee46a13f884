"""A sentence broken anywhere, as a text pasted from Word or a PDF breaks it (forty-eighth round,
fresh_synthetic43's tuning half: "SOCIAAL VERSLAG (geplakt uit Word)"):
- a line that opens in lower case after a long line of prose goes on with its sentence, so a health
  word before a colon on it is a fact, not a form's label: "..., lijdt sinds⏎haar vijftiende aan
  boulimie: eetbuien" (the word was read as the label "Boulimie :");
- a Dutch street's house number on the next line: "Ze woont bij haar grootmoeder,
  Kortrijksesteenweg⏎602, 9000 Gent" (only "9000 Gent" was found).
A form's labels ("Nom : ...⏎Diagnostic : néant"), a list's next item, a postcode on the line after a
street ("Jan van Ruusbroecpark⏎1560 Hoeilaart") and a phone after a commune stay as they were."""

from __future__ import annotations

import pytest
from guard_helpers import assert_covered, categories, spans
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_LONG_LINES = [
    "Mevr. Jana Maes, geboren op 17/06/2001, INSZ 01061731246, lijdt sinds",
    "Monsieur Renard, que nous suivons depuis le mois de mars, souffre depuis",
    "Dhr. Peeters, 54 jaar, alleenstaand en sinds twee jaar werkloos, kampt al lang",
]
_CONTINUATIONS = [
    "haar vijftiende aan {w}: eetbuien en daarna overgeven.",
    "plusieurs années d'une {w} : il ne sort plus de chez lui.",
    "met {w}: hij heeft nu ook schulden.",
]


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(_LONG_LINES),
    st.sampled_from(_CONTINUATIONS),
    st.sampled_from(["boulimie", "dépression", "depressie", "anorexie"]),
)
def test_a_health_word_before_a_colon_on_a_wrapped_line_is_a_fact(line: str, rest: str, word: str) -> None:
    text = line + "\n" + rest.format(w=word)
    assert_covered(text, "HEALTH", word, text.index(word, len(line)))


@pytest.mark.parametrize(
    "text",
    [
        "Nom : Jana Maes\nDiagnostic : néant",
        "Naam: dhr. Peeters, alleenstaand, geen inkomen sinds maart\nDiagnose: geen",
        "Personne de contact : sa fille, joignable en semaine uniquement\nAllergies : aucune",
    ],
)
def test_a_forms_health_labels_stay_clear(text: str) -> None:
    assert "HEALTH" not in categories(text)


def test_a_lists_next_item_is_no_continuation() -> None:
    # (fresh_synthetic17: "pas de carte médicale :" opens no sentence of the item before)
    text = (
        "B5 – Eddy Lenoir – Stromectol + crème Scabi-care, a aussi des poux de corps\n"
        "B7 – Sékou Traoré – Stromectol J1 et J8 ; pas de carte médicale : Marc, peux-tu voir ?"
    )
    assert "carte médicale" not in " ".join(spans(text, "HEALTH"))


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(["Kortrijksesteenweg", "Molenstraat", "Kerkplein", "Koning Albertlaan"]),
    st.sampled_from(["602", "12", "7B", "41 bus 3"]),
    st.sampled_from([", 9000 Gent.", "\n9000 Gent", ""]),
)
def test_a_dutch_streets_number_on_the_next_line_is_part_of_it(street: str, number: str, tail: str) -> None:
    text = f"Ze woont bij haar grootmoeder, {street}\n{number}{tail}"
    assert_covered(text, "ADDRESS", f"{street}\n{number}")


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Sociale dienst\nJan van Ruusbroecpark\n1560 Hoeilaart", "Ruusbroecpark\n1560"),
        ("Vreemdelingenzaken\nHenri Vanhuffelplein 6\n1081 Koekelberg\n02 412 12 12", "Koekelberg\n02"),
        ("De vergadering is in de Kerkstraat\n12 deelnemers schreven zich in.", "Kerkstraat\n12"),
    ],
)
def test_a_postcode_a_phone_or_a_count_on_the_next_line_is_no_house_number(text: str, street: str) -> None:
    assert not any(street in span for span in spans(text, "ADDRESS"))
