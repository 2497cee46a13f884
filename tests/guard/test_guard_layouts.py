"""Every written layout of each identifier, after every cue, next to every neighbour (generated)."""

from __future__ import annotations

import pytest
from guard_helpers import spans
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from layouts import FAMILIES, Case, phones

from hypothesis_budget import examples
from secretpro.guard import find_all, scan


def _check(case: Case) -> None:
    text, start, end, category, valid = case
    found = [f for f in find_all(text) if f.category == category and f.start < end and start < f.end]
    assert found, (text, find_all(text))
    assert found[0].start <= start and end <= found[0].end, (text, found)
    if valid is not None:
        assert found[0].valid is valid, (text, found)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_generated_layouts(family: str) -> None:
    @settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(FAMILIES[family])
    def run(case: Case) -> None:
        _check(case)

    run()


@pytest.mark.parametrize(
    ("text", "value", "valid"),
    [
        ("N° registre national : 95-04-28-236-74", "95-04-28-236-74", True),
        ("Rijksregisternummer 504615/323-17.", "504615/323-17", True),
        ("NN 071013/746-80", "071013/746-80", True),
        ("071013/746-80", "071013/746-80", True),
        ("INSZ 504615/323-18", "504615/323-18", False),
    ],
)
def test_national_numbers_from_the_issue(text: str, value: str, valid: bool) -> None:
    [finding] = [f for f in find_all(text) if f.category == "NATIONAL_NUMBER"]
    assert text[finding.start : finding.end] == value
    assert finding.valid is valid


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("IBAN BE 68 5390 0754 7034", "BE 68 5390 0754 7034"),
        ("IBAN BE07-0682-4550-1266 au nom de", "BE07-0682-4550-1266"),
        ("rekening be07 0682 4550 1266.", "be07 0682 4550 1266"),
        ("compte BE68.5390.0754.7034.", "BE68.5390.0754.7034"),
    ],
)
def test_ibans_from_the_issue(text: str, value: str) -> None:
    assert spans(text, "IBAN") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Rue Haute 47\n0470 12 34 56",
        "Rue Haute 47 0470 12 34 56",
        "Dossier 2024/0873\n0470 12 34 56",
        "NN 85.07.30-033.28\n0470 12 34 56",
    ],
)
def test_phone_after_another_token_or_line(text: str) -> None:
    assert spans(text, "PHONE") == ["0470 12 34 56"]


_BETWEEN_PHONES = [" / ", " - ", " – ", "  ", " ou ", " of ", ", ", " ; ", "\n", " /\n", " | "]


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(phones(), phones(), st.sampled_from(_BETWEEN_PHONES), st.sampled_from(["", ".", " (soir)", "\nMerci"]))
def test_two_phones_side_by_side(first: Case, second: Case, between: str, after: str) -> None:
    # (fortieth round) "Phone: +93 79 412 6683 / 0465 20 18 44": the run of digits and separators the
    # guard reads was cut at its length limit inside the second number, which was dropped
    one = first[0][first[1] : first[2]]
    two = second[0][second[1] : second[2]]
    text = f"Tél. : {one}{between}{two}{after}"
    # (eleven digits across the two, "… 00 21 / 04 200 70 90", may pass a national number's check:
    # a valid one is reported wherever it is, and covers what it holds)
    found = [
        (f.start, f.end)
        for f in find_all(text)
        if f.category == "PHONE" or (f.category == "NATIONAL_NUMBER" and f.valid)
    ]
    for start in (len("Tél. : "), len("Tél. : ") + len(one) + len(between)):
        end = start + len(one if start == len("Tél. : ") else two)
        assert any(a <= start and end <= b for a, b in found), (text, found)


def test_birth_date_after_ne_e_le() -> None:
    assert spans("Né(e) le : 25 juillet 1994", "BIRTH_DATE") == ["25 juillet 1994"]


@pytest.mark.parametrize(
    "text",
    [
        "Le 12 rue Haute 47 de 12 mois",
        "loi du 15 décembre 1980 sur l'accès au territoire",
        "Facture 2024 0495 30 44 14",
        "TVA BE0412.345.678",
    ],
)
def test_no_identifier_in_ordinary_numbers(text: str) -> None:
    report = scan(text)
    assert not {"IBAN", "NATIONAL_NUMBER", "PHONE", "BIRTH_DATE"} & {f.category for f in report.findings}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mail: jan [at] gmail [dot] com", "jan [at] gmail [dot] com"),
        ("courriel : marie_dupont(at)hotmail.fr.", "marie_dupont(at)hotmail.fr"),
        ("Jan Peeters <jan.peeters at telenet dot be>", "jan.peeters at telenet dot be"),
        ("info (at) cpas-namur (point) be", "info (at) cpas-namur (point) be"),
        ("k.benali@gmail . com", "k.benali@gmail . com"),
        # any country's domain after an "@" (fifteenth round, blind probe items)
        ("write to him: m.kowalski @ wp . pl", "m.kowalski @ wp . pl"),
        ("mail: ana.silva [at] sapo [dot] pt", "ana.silva [at] sapo [dot] pt"),
    ],
)
def test_disguised_email_addresses(text: str, value: str) -> None:
    assert spans(text, "EMAIL") == [value]


@pytest.mark.parametrize(
    "text",
    ["Ik ben at home.com", "Rendez-vous at the office.", "5 @ 10 euros", "Le point de contact est ouvert."],
)
def test_at_and_dot_in_ordinary_text_are_no_address(text: str) -> None:
    assert spans(text, "EMAIL") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("NN des enfants : 85.07.30-033.28 / 86.02.07-651.86", ["85.07.30-033.28", "86.02.07-651.86"]),
        ("NN 85073003328 86020765186", ["85073003328", "86020765186"]),
        ("NN 85.07.30-033.28 / 86.02.07-651.87", ["85.07.30-033.28", "86.02.07-651.87"]),
    ],
)
def test_several_national_numbers_in_one_run(text: str, values: list[str]) -> None:
    assert [text[f.start : f.end] for f in find_all(text) if f.category == "NATIONAL_NUMBER"] == values


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("IBAN BE68 5390\n0754 7034\nMerci", "IBAN", "BE68 5390\n0754 7034"),
        ("NN 95 04 28\n236 74", "NATIONAL_NUMBER", "95 04 28\n236 74"),
        ("Compte : NL91\nABNA 0417 1643 00", "IBAN", "NL91\nABNA 0417 1643 00"),  # the standard example
    ],
)
def test_a_number_wrapped_at_a_line_end(text: str, category: str, value: str) -> None:
    assert [text[f.start : f.end] for f in find_all(text) if f.category == category] == [value]


def test_two_numbers_on_two_lines_are_not_joined_without_a_check() -> None:
    assert not [
        f for f in find_all("Dossier 2024/0873\n0470 12 34 56") if f.category in ("IBAN", "NATIONAL_NUMBER")
    ]
