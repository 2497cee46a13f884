"""The twenty-third round: the short clauses that continue a health finding in its sentence are
redacted with it (health_clauses.py), and what must stop them. All people, numbers and places of
residence are invented or public towns."""

from __future__ import annotations

import itertools

import pytest
from guard_helpers import assert_apart_from_health, spans
from hypothesis import given, settings
from hypothesis import strategies as st

from secretpro.guard import scan
from secretpro.guard.scanner import find_all

# --- clauses told with a health finding ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "La maladie progresse très vite : elle ne marche plus, parle avec difficulté, fait des "
            "fausses routes.",
            "parle avec difficulté",
        ),
        (
            "Hij is verlamd vanaf de navel (paraplegie), zal zich blijvend in een rolstoel verplaatsen "
            "en moet zichzelf vier keer per dag katheteriseren.",
            "moet zichzelf vier keer per dag katheteriseren",
        ),
        ("He has diabetes, is very weak and cannot work for two months.", "cannot work for two months"),
        (
            "Le médecin dit que sa thalassémie est majeure, il aura besoin de sang toutes les 3 semaines.",
            "il aura besoin de sang toutes les 3 semaines",
        ),
        (
            "Ze heeft een burn-out, huilt elke dag en durft niet meer buiten te komen.",
            "huilt elke dag",
        ),
    ],
)
def test_a_clause_that_continues_a_health_finding_is_redacted_with_it(text: str, clause: str) -> None:
    assert any(clause in span for span in spans(text, "HEALTH"))
    assert clause not in scan(text).redacted


def test_the_findings_of_a_chain_are_one_span() -> None:
    text = "Il est diabétique, doit se piquer trois fois par jour et prend de la metformine."
    # (from the sentence's start since the forty-sixth round: "Il est" are the words of the
    # diagnosis's own clause, taken whole beside a clause taken)
    assert spans(text, "HEALTH") == [
        "Il est diabétique, doit se piquer trois fois par jour et prend de la metformine"
    ]


# --- what stops a chain ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # another finding: a name, an address, a phone keep their own category
        ("Il a un cancer, habite rue Haute 5 à 1000 Bruxelles et cherche un emploi.", "ADDRESS"),
        ("Elle est enceinte, Mme Sarah Dumont l'accompagne.", "PERSON_NAME"),
        ("Hij is diabeet, bel zijn zus op 0475 12 34 56 voor meer uitleg.", "PHONE"),
    ],
)
def test_a_clause_with_another_finding_keeps_its_category(text: str, kept: str) -> None:
    assert_apart_from_health(text, kept)


@pytest.mark.parametrize(
    ("text", "clear"),
    [
        # the next sentence, a line, a table cell
        ("Il est séropositif. Son fils va à l'école.", "Son fils va à l'école"),
        ("Zij is zwanger\nDe woning is te klein.", "De woning is te klein"),
        ("| diabète | logement trop petit |", "logement trop petit"),
        # a greeting or thanks
        ("Beste collega's, betrokkene is zwanger.", "Beste collega's"),
        ("Il est séropositif, merci de votre discrétion.", "merci de votre discrétion"),
        # a capitalised word or an acronym the guard did not read: a name, a place, a body
        ("Il a une pneumonie, Kwabena ne veut pas rester.", "Kwabena ne veut pas rester"),
        ("Elle a été hospitalisée (CHU) puis le CHU l'a renvoyée chez elle.", "l'a renvoyée"),
        # leftwards, a colon: what comes before it introduces the rest
        ("Sur la table : Trazodone 100 mg, Xanax 0,5 mg.", "Sur la table"),
        # quoted words are another utterance
        ("Madame a dit : « je suis enceinte », et elle pleurait.", "elle pleurait"),
        # a clause of one word, and a long clause (an argument, not a symptom)
        ("Elle est enceinte, cf. pièce 3.", "cf"),
        (
            "Il souffre d'un diabète, ce que la partie adverse ne conteste pas dans ses conclusions "
            "déposées au greffe le 3 mars.",
            "partie adverse",
        ),
    ],
)
def test_what_stops_a_chain(text: str, clear: str) -> None:
    assert spans(text, "HEALTH")
    assert all(clear not in span for span in spans(text, "HEALTH"))


def test_french_en_is_no_clause_break() -> None:
    # "en" is "in" in French ("en dialyse"), "and" in Dutch: only a Dutch sentence is cut there
    assert spans("Elle est en dialise.", "HEALTH") == ["dialise"]
    # (cut at "en", the second clause is free and joins the first; read as one clause, the sentence
    # would leave "diabeet" alone)
    assert spans("Hij is diabeet en moet elke dag spuiten.", "HEALTH") == [
        "Hij is diabeet en moet elke dag spuiten"
    ]


def test_a_sentence_without_health_gains_nothing() -> None:
    text = "Il cherche un logement, ne trouve rien et dort chez un ami."
    assert spans(text, "HEALTH") == []


# --- generated: a chain never swallows another finding ------------------------------------------

_HEALTH = ["il est diabétique", "elle est enceinte", "hij is zwanger", "il a un cancer du poumon"]
_FREE = [
    "ne sort plus de chez lui",
    "doit revenir chaque semaine",
    "moet elke week terugkomen",
    "a besoin d'aide pour se laver",
]
_OTHER = [
    ("habite rue Haute 5, 1000 Bruxelles", "ADDRESS"),
    ("son numéro est le 0475 12 34 56", "PHONE"),
    ("écrire à lena.claes@example.org", "EMAIL"),
    ("compte BE71 0961 2345 6769", "IBAN"),
    ("Mme Lena Claes", "PERSON_NAME"),
    ("née le 03/07/1985", "BIRTH_DATE"),
]


@settings(max_examples=200, deadline=None)
@given(
    health=st.sampled_from(_HEALTH),
    before=st.lists(st.sampled_from(_FREE), max_size=2),
    after=st.lists(st.sampled_from(_FREE), max_size=2),
    other=st.sampled_from(_OTHER),
    where=st.integers(min_value=0, max_value=4),
    separator=st.sampled_from([", ", " et ", " en ", " (", " : ", " – "]),
)
def test_a_generated_chain_keeps_every_other_finding(
    health: str, before: list[str], after: list[str], other: tuple[str, str], where: int, separator: str
) -> None:
    clauses = [*before, health, *after]
    clauses.insert(min(where, len(clauses)), other[0])
    text = separator.join(clauses) + "."
    # the other item is found in its own category and no health span reaches into it
    assert_apart_from_health(text, other[1], other[0])
    # and the health term itself is hidden
    assert health.split()[-1] not in scan(text).redacted


@settings(max_examples=200, deadline=None)
@given(
    health=st.sampled_from(_HEALTH),
    after=st.lists(st.sampled_from(_FREE), min_size=1, max_size=3),
    separator=st.sampled_from([", ", " et "]),
)
def test_a_generated_chain_is_redacted_whole(health: str, after: list[str], separator: str) -> None:
    text = "Pour info : " + separator.join([health, *after]) + ". Merci."
    redacted = scan(text).redacted
    for clause in after:
        assert clause not in redacted, (text, redacted)
    assert redacted.endswith("Merci.")


def test_a_text_without_sentence_breaks_gives_findings_that_do_not_overlap() -> None:
    # a sentence longer than the step's window is read in windows that share clauses
    text = "il a un cancer, doit se reposer " * 200
    found = sorted((f for f in find_all(text) if f.category == "HEALTH"), key=lambda f: f.start)
    assert found
    assert all(b.start >= a.end for a, b in itertools.pairwise(found))
    assert "reposer" not in scan(text).redacted
