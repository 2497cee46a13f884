"""The twenty-fourth round: a chain of health clauses may start from a clause that also holds a name
(or another finding), on the side where nothing else stands between. All people, numbers and places
of residence are invented or public towns."""

from __future__ import annotations

import pytest
from guard_helpers import assert_apart_from_health, assert_within_a_finding, spans
from hypothesis import given, settings
from hypothesis import strategies as st

from secretpro.guard import scan
from secretpro.guard.scanner import find_all


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        (
            "Mme Benali a un cancer, doit se reposer chaque après-midi.",
            "cancer, doit se reposer chaque après-midi",
        ),
        (
            "Mevrouw Peeters heeft kanker, moet elke middag rusten en eet slecht.",
            "kanker, moet elke middag rusten en eet slecht",
        ),
        ("Mr Haddad has diabetes, cannot work and needs insulin daily.", "cannot work"),
    ],
)
def test_a_chain_starts_from_a_clause_that_holds_a_name(text: str, chain: str) -> None:
    assert_within_a_finding(text, "HEALTH", chain)
    assert_apart_from_health(text, "PERSON_NAME")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Il a un cancer chez Mme Benali, doit se reposer.", "Benali"),
        ("Hij heeft kanker volgens Jan Peeters, moet rusten.", "Jan Peeters"),
    ],
)
def test_a_chain_does_not_reach_over_a_name_behind_the_health_finding(text: str, name: str) -> None:
    start = text.index(name)
    end = start + len(name)
    assert any(f.category == "PERSON_NAME" and f.start <= start and end <= f.end for f in find_all(text))
    assert_apart_from_health(text, "PERSON_NAME", name)


_NAMES = ["Mme Lena Claes", "M. Karim Haddad", "Mevrouw Peeters", "dhr. Jansens", "Mme Benali"]
_TOLD = ["a un cancer", "est diabétique", "heeft kanker", "is zwanger", "est séropositive"]
_FREE = [
    "ne sort plus de chez elle",
    "doit revenir chaque semaine",
    "moet elke week terugkomen",
    "a besoin d'aide pour se laver",
]


@settings(max_examples=200, deadline=None)
@given(
    name=st.sampled_from(_NAMES),
    told=st.sampled_from(_TOLD),
    after=st.lists(st.sampled_from(_FREE), min_size=1, max_size=3),
)
def test_a_generated_chain_after_a_name_is_redacted_and_the_name_kept(
    name: str, told: str, after: list[str]
) -> None:
    text = "Pour info : " + ", ".join([f"{name} {told}", *after]) + ". Merci."
    found = find_all(text)
    start = text.index(name)
    end = start + len(name)
    for f in found:
        if f.category == "HEALTH":
            assert f.end <= start or end <= f.start, (text, text[f.start : f.end])
    redacted = scan(text).redacted
    for clause in after:
        assert clause not in redacted, (text, redacted)
    assert redacted.endswith("Merci.")


# --- a long text that names no one is an information page only if it speaks generically or to its
# reader: padding a message with repeated clauses or a list must not make its health words vanish


@pytest.mark.parametrize("copies", [20, 400])
@pytest.mark.parametrize(
    ("payload", "word"),
    [
        ("diabète, ne marche plus et ", "diabète"),
        ("x, y, z, cancer, ", "cancer"),
        ("hiv-positief, slaapt slecht en ", "hiv"),
    ],
)
def test_a_padded_text_without_a_name_keeps_its_health_findings(payload: str, word: str, copies: int) -> None:
    text = payload * copies
    assert word not in scan(text).redacted


def test_an_information_page_that_names_no_one_still_loses_its_health_words() -> None:
    page = (
        "L'aide médicale urgente couvre les soins de santé des personnes en séjour irrégulier. "
        "Vous pouvez la demander au CPAS de votre commune. Les personnes atteintes d'une maladie "
        "chronique, comme le diabète ou le VIH, peuvent demander une carte médicale valable trois "
        "mois. Le CPAS mène une enquête sociale avant de décider, et vous recevez sa décision par "
        "écrit. Pour plus d'informations, vous pouvez contacter le service social du CPAS de votre "
        "commune aux heures d'ouverture, du lundi au vendredi. Prévoyez vos documents d'identité."
    )
    assert len(page) >= 500  # (long enough to be read as a page, not as a message)
    assert spans(page, "HEALTH") == []


# --- a long note that names no one is still a note when it writes in a note's shorthand


@pytest.mark.parametrize(
    ("note", "told"),
    [
        (
            "Concerne : demande d'aide médicale urgente\nPersonne sans titre de séjour, arrivée en "
            "2021, ordre de quitter le territoire notifié en mars. Souffre d'une hépatite B chronique "
            "et d'une dépression sévère, suivie par le service de psychiatrie. Hospitalisation de dix "
            "jours en octobre. Demande la prise en charge des frais médicaux et pharmaceutiques. "
            "L'enquête sociale confirme l'absence de ressources et de logement stable : hébergement "
            "chez des connaissances, à gauche et à droite, depuis plusieurs mois. Proposition : accord "
            "pour trois mois.\n",
            "hépatite B",
        ),
        (
            "Betreft: aanvraag dringende medische hulp\nPersoon zonder verblijfsvergunning, in 2020 "
            "aangekomen, bevel om het grondgebied te verlaten in april betekend. Lijdt aan chronische "
            "hepatitis B en een zware depressie, opgevolgd door de dienst psychiatrie. Tien dagen "
            "opgenomen in oktober. Vraagt de tenlasteneming van de medische en farmaceutische kosten. "
            "Het sociaal onderzoek bevestigt dat er geen inkomsten en geen vaste woonst zijn: "
            "verblijft bij kennissen, nu hier en dan daar, al maanden. Voorstel: akkoord voor drie "
            "maanden.\n",
            "hepatitis B",
        ),
    ],
)
def test_a_nameless_note_in_shorthand_keeps_its_findings(note: str, told: str) -> None:
    assert len(note) >= 500  # (as long as an information page)
    assert told not in scan(note).redacted
    # the same note as a worker pastes or types it: bullets, a dash after a full stop, capitals,
    # a soft hyphen inside the verb
    verb = note.split(". ")[1].split()[0]  # "Souffre", "Lijdt"
    for variant in (
        note.replace(f". {verb}", f".\n- {verb}"),
        note.replace(f". {verb}", f".\n• {verb}"),
        note.replace(f". {verb}", f". - {verb}"),
        note.replace(verb, verb[:3] + "\u00ad" + verb[3:]),
        note.upper(),
    ):
        assert told.upper() not in scan(variant).redacted.upper(), variant


def test_a_term_written_with_a_mark_does_not_take_another_mark() -> None:
    # the lexicon's "VIH+" is read as "VIH" and whatever mark follows it
    assert spans("Il a le VIH. Son fils va bien.", "HEALTH") == ["VIH"]
    # (a semicolon cuts clauses, not sentences, since the twenty-eighth round: "VIH; suivi trimestriel"
    # is one chain of health clauses, so the mark is tried before a name, where no chain goes on)
    assert spans("Diagnostic : VIH; Dr Lemaire.", "HEALTH") == ["VIH"]
    assert spans("Il est VIH+ depuis 2019.", "HEALTH") == ["VIH+"]


_BETWEEN = [
    ("chez Mme Lena Claes", "PERSON_NAME"),
    ("rue Haute 5, 1000 Bruxelles", "ADDRESS"),
    ("au 0475 12 34 56", "PHONE"),
]


@settings(max_examples=150, deadline=None)
@given(
    first=st.sampled_from(["un cancer", "le diabète", "une dépression"]),
    other=st.sampled_from(_BETWEEN),
    second=st.sampled_from(["diabétique", "opérée", "séropositive"]),
    after=st.lists(st.sampled_from(_FREE), min_size=1, max_size=2),
)
def test_a_chain_never_covers_another_finding_between_two_health_words(
    first: str, other: tuple[str, str], second: str, after: list[str]
) -> None:
    # another finding between two health words of one clause, free clauses after it
    text = f"Il a {first} {other[0]} {second}, " + ", ".join(after) + "."
    assert_apart_from_health(text, other[1], other[0])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Zijn zoon Tom gaat naar de logopedist voor stotteren.", "stotteren"),
        ("Ze is vaak misselijk op school.", "misselijk"),
        ("Hij kreeg twee huidtransplantaties na de brand.", "huidtransplantaties"),
        ("Elle prend de l'hydroxyurée chaque matin.", "hydroxyurée"),
        ("Zijn arbeidsongeschiktheidsuitkering volstaat niet.", "arbeidsongeschiktheidsuitkering"),
    ],
)
def test_words_the_lexicon_lacked(text: str, word: str) -> None:
    assert_within_a_finding(text, "HEALTH", word)
