"""Fast paths that stand in front of a slower reference must never change its answer."""

from __future__ import annotations

import dataclasses
import gc
import importlib
import inspect
import json
import pkgutil
import re
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban

import secretpro.guard as guard_package
from hypothesis_budget import examples
from secretpro.guard import (
    addresses,
    fastre,
    fuzzy,
    generic,
    hints,
    identifiers,
    model,
    names,
    places,
    scanner,
)
from secretpro.guard.addresses import (
    _ADDRESS_LABEL_BEFORE_COLON,
    _ANY_WORD_BEFORE,
    _CAPITALISED_BEFORE,
    _NAME_NUMBER_BOX,
    _added_where_free,
    _ends_with_label_word,
    _name_number_box_from,
)
from secretpro.guard.decisions import _DECISION, _DECISION_HINTS
from secretpro.guard.fuzzy import Correction
from secretpro.guard.hints import has_any, hint_words
from secretpro.guard.iban_check import valid_iban
from secretpro.guard.identifiers import (
    _DIGIT_RUN,
    _DIGIT_SEPARATOR,
    _EMAIL_LOCAL,
    _IBAN,
    _PHONE_CUE_BEHIND,
    _PHONE_RUN,
    _birth_cue_heads,
    _birth_cues,
)
from secretpro.guard.lexical import (
    _INSTITUTION_HINTS,
    _MEDICAL_ENDING_HINTS,
    _MEDICAL_ENDINGS,
    _MEDICAL_WORDS,
    _NUMBERED_STATUS,
    _NUMBERED_STATUS_HINTS,
    _may_hold_numbered_status,
)
from secretpro.guard.lexicon import _NON_WORD, _TUPLE_NEW, Match, merge_matches, spaced
from secretpro.guard.model import FORBIDDEN, Doc, Finding, last_word_window, new_finding
from secretpro.guard.names import _WORD_BEFORE
from secretpro.guard.normalize import (
    _CONTROL,
    _DOTTED_HINTS,
    _LEET_DIGIT,
    _LETTER_SPACED,
    _NON_ASCII,
    _UNDERSCORE_HINT,
    Normalised,
    _character_classes,
    _character_kinds,
    _fold_match,
    _table,
    fold,
    letter_spacing_hints,
    non_ascii_characters,
    normalise,
)
from secretpro.guard.places import Place
from secretpro.guard.scanner import (
    GuardReport,
    ReportFinding,
    _in_order,
    _order,
    _ReportFindingSlots,
    resolve,
)
from secretpro.guard.span_index import SpanIndex

_IBAN_CHARS = st.text(alphabet="ABCDEFXYZ0123456789", max_size=34)


@given(st.one_of(_IBAN_CHARS, st.builds(lambda body: "BE" + body, _IBAN_CHARS)))
@settings(max_examples=examples(400))
def test_iban_prefilter_agrees_with_python_stdnum(compact: str) -> None:
    assert valid_iban(compact) == stdnum_iban.is_valid(compact, check_country=False)


@given(st.from_regex(re.compile(r"BE[0-9]{14}"), fullmatch=True))
def test_iban_prefilter_keeps_every_valid_number(number: str) -> None:
    fixed = "BE" + stdnum_iban.calc_check_digits(number) + number[4:]
    assert valid_iban(fixed)


def test_iban_prefilter_leaves_other_digits_to_python_stdnum() -> None:
    arabic = "BE\u0667\u0661" + "539007547034"
    assert valid_iban(arabic) == stdnum_iban.is_valid(arabic, check_country=False)


@given(st.text())
def test_spaced_text_is_every_non_word_character_as_a_space(folded: str) -> None:
    assert spaced(folded) == " " + _NON_WORD.sub(" ", folded) + " "


_CUE_PIECES = [
    "née le ",
    "né à Gent le ",
    "nés en Syrie, le ",
    "geboren te Gent op ",
    "geb. ",
    "geb: ",
    "° ",
    "date de naissance : ",
    "dt. de naiss. ",
    "d.n. : ",
    "d n: ",
    "ddn ",
    "dob ",
    "d.o.b. ",
    "born ",
    "birth date ",
    "geboortedatum ",
    "une personne ",
    "donne ",
    "agenda ",
    "\n",
    "x",
    ", ",
]


@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=6))
@settings(max_examples=examples(400))
def test_birth_cue_heads_never_rule_out_a_cue(pieces: list[str]) -> None:
    window = fold("".join(pieces))
    if _birth_cue_heads().search(window) is None:
        assert _birth_cues().search(window) is None


# --- cheap tests in front of costly expressions (same findings: held here to the expressions) ---

_WORDY = st.text(alphabet="abcdeilmnoprstuvé AÉBJ'’-.,;:+\t\n0123456789°_", max_size=60)


@given(_WORDY, st.integers(0, 60), st.integers(0, 60))
@settings(max_examples=examples(600))
def test_last_word_window_finds_the_same_word_before(text: str, low: int, end: int) -> None:
    low, end = min(low, len(text)), min(end, len(text))
    for pattern in (_WORD_BEFORE, _ANY_WORD_BEFORE, _CAPITALISED_BEFORE, _EMAIL_LOCAL):
        full = pattern.search(text, low, end)
        narrowed = pattern.search(text, last_word_window(text, low, end), end)
        assert (full and (full.span(), full.groups())) == (narrowed and (narrowed.span(), narrowed.groups()))


_SPACED_LETTERS = st.text(alphabet="aAéb1 _\n-.", max_size=40)


@given(_SPACED_LETTERS)
@settings(max_examples=examples(600))
def test_letter_spacing_hint_never_rules_out_a_run(text: str) -> None:
    if _LETTER_SPACED.search(text):
        assert letter_spacing_hints(text)


@given(_SPACED_LETTERS)
@settings(max_examples=examples(1000))
def test_letter_spaced_runs_are_found_from_the_first_hint(text: str) -> None:
    hints = letter_spacing_hints(text)
    if hints:
        from_hint = [m.span() for m in _LETTER_SPACED.finditer(text, max(0, hints[0] - 4))]
        assert from_hint == [m.span() for m in _LETTER_SPACED.finditer(text)]


def test_letter_spaced_words_are_still_joined() -> None:
    assert normalise("il est S E R O P O S I T I F depuis").text == "il est SEROPOSITIF depuis"


_DIGITS_AND_SEPARATORS = st.text(alphabet="0123456789 ./-\tab+٣_", max_size=40)


@given(_DIGITS_AND_SEPARATORS)
@settings(max_examples=examples(600))
def test_long_digit_runs_are_the_runs_of_eleven_digits_or_more(text: str) -> None:
    every = re.compile(r"\d(?<![\w+]\d)(?:" + _DIGIT_SEPARATOR + r"?\d)+")
    expected = [m.span() for m in every.finditer(text) if sum(c.isdigit() for c in m.group(0)) >= 11]
    assert [m.span() for m in _DIGIT_RUN.finditer(text)] == expected


def test_every_decision_alternative_needs_a_hint_word() -> None:
    # one example per alternative of _DECISION, in its folded form
    for sentence in (
        "decision de refus de sa demande",
        "elle est rejetee par l'office",
        "refusee par l'office",
        "declaree irrecevable.",
        "non-fondement de la demande",
        "irrecevabilite de sa demande",
        "cloturee negativement",
        "rejet de sa demande",
        "demande declaree recevable",
        "de aanvraag van verzoeker onontvankelijk",
        "weigeringsbeslissing",
        "ontvankelijk verklaard",
        "ongegrond verklaard",
        "werd door de dvz afgewezen",
    ):
        assert _DECISION.search(sentence), sentence
        assert any(word in sentence for word in _DECISION_HINTS), sentence
    for match_text in ("werd geweigerd", "is verworpen", "werd ontvankelijk verklaard"):
        assert _DECISION.search(match_text) and any(w in match_text for w in _DECISION_HINTS)


_HINT_TEXT = st.text(alphabet="abcdehilmnoprstuz/48 ", max_size=50)


@given(_HINT_TEXT)
@settings(max_examples=examples(600))
def test_hint_words_are_found_as_substring_tests_find_them(text: str) -> None:
    doc = Doc(text)
    for words in (_NUMBERED_STATUS_HINTS, _INSTITUTION_HINTS, _MEDICAL_ENDING_HINTS, _DECISION_HINTS):
        assert has_any(doc, words) == any(word in doc.folded for word in words)


def _registered_found(doc: Doc) -> frozenset[str]:
    return frozenset(word for word in hints.registered() if word in doc.folded)


# the hint words themselves, cut and joined by what the lexicon automaton reads as a blank
_HINT_WORDS_TEXT = st.lists(
    st.sampled_from(sorted(hints.registered())).flatmap(
        lambda word: st.sampled_from(
            [word, word[1:], word[:-1], word.replace(" ", "-"), word.replace(" ", "  ")]
        )
    )
    | st.sampled_from([" ", "-", "'", "\n", ".", "@", "°", "(", ")", "[", "]", "é", "œ", "x", "n", "48"]),
    max_size=12,
).map("".join)


@given(_HINT_WORDS_TEXT)
@settings(max_examples=examples(600))
def test_the_lexicon_automaton_finds_the_hint_words_a_substring_test_finds(text: str) -> None:
    # (the scanner's group holds the hint words and answers has_any for them)
    group = scanner._lexicons()
    assert hints._READER
    doc = Doc(text)
    assert group.found_hints(doc) == _registered_found(doc)
    assert has_any(doc, _DECISION_HINTS) == any(word in doc.folded for word in _DECISION_HINTS)


def test_the_lexicon_automaton_finds_the_hint_words_a_substring_test_finds_in_the_corpora() -> None:
    group = scanner._lexicons()
    for text in _corpus_texts():
        doc = Doc(normalise(text).text)
        assert group.found_hints(doc) == _registered_found(doc)


def test_an_empty_hint_word_is_refused() -> None:
    with pytest.raises(ValueError):
        hint_words("")


_LABEL_TEXT = st.lists(
    st.sampled_from(
        ["adresse", "adres", "lieu de residence", " actuelle", " huidig", "nom", " ", "\t", "\n", "x", "é"]
    ),
    max_size=8,
)


@given(_LABEL_TEXT)
@settings(max_examples=examples(600))
def test_label_word_test_never_rules_out_an_address_label(pieces: list[str]) -> None:
    window = "".join(pieces)
    if _ADDRESS_LABEL_BEFORE_COLON.search(window):
        assert _ends_with_label_word(window, 0, len(window))


_FEW_WORDS = st.lists(st.sampled_from(["pour", "dans", "kaart", "orange", "de", "a", "sns"]), max_size=40)


@given(_FEW_WORDS, st.data())
@settings(max_examples=examples(600))
def test_words_around_are_the_neighbours_of_every_occurrence(tokens: list[str], data: st.DataObject) -> None:
    # both ways (list.index per word, one pass for many words) against the plain definition
    nears = data.draw(st.lists(st.sampled_from(tokens), unique=True)) if tokens else []
    expected: dict[str, set[str]] = {near: set() for near in nears}
    for i, token in enumerate(tokens):
        if token in expected:
            expected[token].update(tokens[max(0, i - 2) : i + 3])
    assert fuzzy.words_around(tokens, nears) == expected


def test_words_around_takes_both_ways() -> None:
    tokens = [f"w{i}" for i in range(2 * fuzzy._INDEX_SCANS + 2)]
    for count in (1, fuzzy._INDEX_SCANS, fuzzy._INDEX_SCANS + 1, len(tokens)):
        around = fuzzy.words_around(tokens, tokens[:count])
        assert around["w0"] == {"w0", "w1", "w2"}


_SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=12)


@given(_SPANS, st.integers(0, 40), st.integers(0, 40))
@settings(max_examples=examples(800))
def test_overlap_index_agrees_with_any(spans: list[tuple[int, int]], start: int, end: int) -> None:
    found = [Finding(a, b, "ADDRESS", "", "") for a, b in spans]
    expected = any(f.start < end and start < f.end for f in found)
    assert SpanIndex((f.start, f.end) for f in found).overlaps(start, end) == expected


@given(st.integers(), st.integers(), st.text(max_size=5), st.text(max_size=5))
def test_a_match_built_by_tuple_new_is_the_named_tuple(start: int, end: int, label: str, term: str) -> None:
    built = _TUPLE_NEW(Match, (start, end, label, term))
    assert type(built) is Match
    assert built == Match(start, end, label, term)
    assert (built.start, built.end, built.label, built.term) == (start, end, label, term)


def _fold_reference(text: str) -> str:
    """fold() as it was: every non-ASCII character through the table by a substitution."""
    if text.isascii():
        return text.lower().replace("`", "'")
    lowered = text.lower()
    if len(lowered) != len(text):
        return text.translate(_table())
    return _NON_ASCII.sub(_fold_match, lowered).replace("`", "'")


_FOLD_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("aeEÉéèêëàÀçÇœŒæÆßİıǅǄ–—’‘`«»°€ΑαάΆЁёжЖ ﬁ\u0301"),
        st.characters(max_codepoint=0x2FF),
        st.characters(),
    ),
    max_size=40,
)


@given(_FOLD_TEXT)
@settings(max_examples=examples(1500))
def test_fold_by_replacement_is_the_substitution(text: str) -> None:
    assert fold(text) == _fold_reference(text)


def test_fold_keeps_every_table_entry() -> None:
    every = "".join(chr(code) for code in _table()) + "".join(chr(code).upper() for code in _table())
    assert fold(every) == _fold_reference(every)
    for code in _table():
        assert fold(chr(code) + "a") == _fold_reference(chr(code) + "a")


_FINDINGS = st.lists(
    st.builds(
        Finding,
        st.integers(0, 30),
        st.integers(0, 30),
        st.sampled_from(["ADDRESS", "HEALTH", "PHONE", "PERSON_NAME", "CPAS"]),
        st.sampled_from(["a", "b"]),
        st.just(""),
    ),
    max_size=15,
)


@given(_FINDINGS)
@settings(max_examples=examples(800))
def test_findings_in_order_are_the_stable_sort_by_order(findings: list[Finding]) -> None:
    ordered = _in_order(findings)
    expected = sorted(findings, key=_order)
    assert [id(f) for f in ordered] == [id(f) for f in expected]


def _resolved_by_scan(findings: list[Finding]) -> list[Finding]:
    """resolve() as its docstring says it, every kept finding looked at in the order of its start
    (ties in the order kept): the reference for the one that files them by cells of text."""
    kept: list[Finding] = []
    for finding in _in_order(findings):
        start, end, category = finding.start, finding.end, finding.category
        clash = False
        for index in sorted(range(len(kept)), key=lambda i: (kept[i].start, i)):
            other = kept[index]
            if not (start < other.end and other.start < end):
                continue
            if other.category == category:
                if category in FORBIDDEN and end > other.end:
                    kept[index] = dataclasses.replace(other, end=end)
                clash = True
                break
            inside = other.start <= start and end <= other.end
            if category in FORBIDDEN and not inside:
                continue
            clash = True
            break
        if not clash:
            kept.append(finding)
    return sorted(kept, key=lambda f: (f.start, f.end))


# findings over several cells of resolve's filing (128 characters), some long, some unions of two
_WIDE_FINDINGS = st.lists(
    st.builds(
        lambda start, length, category: Finding(start, start + length, category, "a", ""),
        st.integers(0, 700),
        st.one_of(st.integers(1, 40), st.integers(100, 400)),
        st.sampled_from(["ADDRESS", "HEALTH", "PHONE", "PERSON_NAME", "CPAS"]),
    ),
    max_size=30,
)


@given(st.one_of(_FINDINGS, _WIDE_FINDINGS))
@settings(max_examples=examples(1500))
def test_resolve_by_cells_is_resolve_by_a_scan_of_every_kept_finding(findings: list[Finding]) -> None:
    assert resolve(list(findings)) == _resolved_by_scan(list(findings))


def test_a_union_longer_than_every_finding_still_holds_what_it_covers() -> None:
    # Two HEALTH spans join into one of 90 characters; a later PERSON_NAME inside the union, 75
    # characters past its start, is inside a better finding and dropped (the first version looked
    # for neighbours only as far back as the longest finding, 50 characters, and kept it).
    findings = [
        Finding(0, 50, "HEALTH", "a", ""),
        Finding(40, 90, "HEALTH", "a", ""),
        Finding(75, 80, "PERSON_NAME", "a", ""),
    ]
    assert [(f.start, f.end, f.category) for f in resolve(findings)] == [(0, 90, "HEALTH")]


_SENTENCES = st.text(alphabet=st.sampled_from(list('ab AZÉ.;?!\n\t\n -–•*19)(«"é')), max_size=700)


@given(_SENTENCES, st.data())
@settings(max_examples=examples(1500))
def test_last_sentence_ends_are_those_of_the_whole_window(text: str, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(text)))
    low = data.draw(st.integers(0, position))
    near = data.draw(st.sampled_from([1, 3, 8, 30, generic._NEAR]))
    expected = [m.end() for m in generic._SENTENCE_END.finditer(text, low, position)][-2:]
    with mock.patch.object(generic, "_NEAR", near):
        assert generic._last_sentence_ends(text, low, position) == expected


@given(_SPANS, _SPANS, st.booleans(), st.sampled_from([0, 5, addresses._BISECT_FROM]))
@settings(max_examples=examples(800))
def test_added_where_free_is_appending_where_any_finds_no_overlap(
    spans: list[tuple[int, int]], candidates: list[tuple[int, int]], grows: bool, bisect_from: int
) -> None:
    found = [Finding(a, b, "ADDRESS", "", "") for a, b in spans]
    offered = [Finding(a, b, "ADDRESS", "", "") for a, b in candidates]

    def grow(f: Finding) -> Finding:
        return Finding(f.start, f.end + 3, f.category, "grown", "")

    expected = list(found)
    for c in offered:
        if not any(f.start < c.end and c.start < f.end for f in expected):
            expected.append(grow(c) if grows else c)
    with mock.patch.object(addresses, "_BISECT_FROM", bisect_from):  # both ways
        assert found + _added_where_free(found, offered, grow if grows else None) == expected


# _PHONE_RUN as it was written, with the cue words under a group of its own flags
_PHONE_RUN_REFERENCE = re.compile(
    r"(?:\+(?<![\w+]\+)|\((?<![\w+]\()0|0(?<![\w+]0)|(?<=(?i:fax|tel|gsm|tél))0)[\d ()./-]{6,22}\d(?!\d)"
)


def test_phone_cue_letters_are_those_the_case_insensitive_words_match() -> None:
    classes = [re.findall(r"\[([^]]*)\]", word) for word in _PHONE_CUE_BEHIND.split("|")]
    for word, letters in zip(("fax", "tel", "gsm", "tél"), classes, strict=True):
        for char, spelt in zip(word, letters, strict=True):
            insensitive = re.compile(f"(?i:{re.escape(char)})")
            # every code point a case-insensitive letter matches (none lies beyond the BMP)
            assert {chr(c) for c in range(0x10000) if insensitive.fullmatch(chr(c))} == set(spelt)


_PHONE_TEXT = st.lists(
    st.sampled_from(
        [
            "fax",
            "FAX",
            "Tel",
            "tél",
            "TÉL",
            "gſm",
            "GSM",
            "tex",
            "0",
            "04",
            "+32",
            "(0",
            "0470",
            "12",
            " ",
            "/",
            ".",
            "-",
            "(",
            ")",
            "a",
            "\n",
            "7",
            "é",
        ]
    ),
    max_size=14,
).map("".join)


@given(_PHONE_TEXT)
@settings(max_examples=examples(1500))
def test_phone_runs_are_those_of_the_expression_with_case_insensitive_cues(text: str) -> None:
    assert [m.span() for m in _PHONE_RUN.finditer(text)] == [
        m.span() for m in _PHONE_RUN_REFERENCE.finditer(text)
    ]


def _end_anchored() -> dict[str, fastre.EndAnchored]:
    found: dict[str, fastre.EndAnchored] = {}
    for info in pkgutil.iter_modules(guard_package.__path__):
        module = importlib.import_module(f"secretpro.guard.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, fastre.EndAnchored):
                found[f"{info.name}.{name}"] = value
    return found


_END_ANCHORED = _end_anchored()


def test_end_anchored_expressions_are_found() -> None:
    assert len(_END_ANCHORED) >= 7


@pytest.mark.parametrize("name", sorted(_END_ANCHORED))
@given(st.data())
@settings(max_examples=examples(1500))
def test_end_anchored_test_never_rules_out_a_match(name: str, data: st.DataObject) -> None:
    """Texts the expression matches (drawn from it), then cut or extended, and windows made of its
    own words, blanks, line ends and brackets: whenever the expression matches, the cheap test lets
    it through, and the search finds the same match."""
    anchored = _END_ANCHORED[name]
    words = sorted(set(re.findall(r"[a-z']+", anchored.pattern.pattern)))
    pieces = st.one_of(
        st.sampled_from(words),
        st.sampled_from(words).map(lambda w: w[1:]),
        st.sampled_from([" ", " ", "\t", "\n", "(", "'", ".", "-", "x", "é", "2021", "ische", "oide", "1"]),
    )
    text = data.draw(
        st.one_of(
            st.from_regex(anchored.pattern), pieces.map(str), st.lists(pieces, max_size=10).map("".join)
        )
    )
    text += data.draw(st.sampled_from(["", "", "", "\n", " ", "x", "(", " \n"]))
    pos = data.draw(st.one_of(st.just(0), st.integers(-2, len(text) + 1)))
    endpos = data.draw(st.one_of(st.none(), st.integers(-2, len(text) + 2)))
    expected = (
        anchored.pattern.search(text, pos) if endpos is None else anchored.pattern.search(text, pos, endpos)
    )
    if expected is not None:
        assert anchored.may_match(text, pos, endpos)
    found = anchored.search(text, pos, endpos)
    assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


def test_end_anchored_words_are_checked() -> None:
    with pytest.raises(ValueError):
        fastre.EndAnchored(re.compile(r"a[ \t]*$"), ("a ",))
    with pytest.raises(ValueError):
        fastre.EndAnchored(re.compile(r"a[ \t]*$"), ())


# the IBAN expression before its look-behind in front (which says the same as the two after the
# check digits), held to the same matches
_IBAN_AS_WRITTEN = re.compile(
    r"\d\d(?:(?<=[a-zA-Z]{2}\d\d)(?<!\w[a-zA-Z]{2}\d\d)|(?<=[a-zA-Z]{2}[ \t]\d\d)(?<!\w[a-zA-Z]{2}[ \t]\d\d))"
    r"(?:(?:[ \t]{1,2}|[.-])?[a-zA-Z0-9]){10,30}\b"
)


@given(st.text(alphabet="BEbeXZ0123456789 \t.-_٣", max_size=60))
@settings(max_examples=examples(1000))
def test_iban_look_behind_in_front_finds_the_same(text: str) -> None:
    assert [m.span() for m in _IBAN.finditer(text)] == [m.span() for m in _IBAN_AS_WRITTEN.finditer(text)]


def _merge_matches_reference(matches: list[Match]) -> list[Match]:
    """merge_matches as first written: one sort keyed by (label, start, -end)."""
    if len(matches) < 2:
        return matches
    matches = sorted(matches, key=lambda m: (m.label, m.start, -m.end))
    merged: list[Match] = []
    for match in matches:
        if merged and merged[-1].label == match.label and match.start < merged[-1].end:
            previous = merged[-1]
            if match.end > previous.end:
                term = match.term if len(match.term) > len(previous.term) else previous.term
                merged[-1] = Match(previous.start, match.end, previous.label, term)
            continue
        merged.append(match)
    return sorted(merged, key=lambda m: m.start)


_MATCHES = st.lists(
    st.builds(
        Match,
        st.integers(0, 12),
        st.integers(0, 14),
        st.sampled_from(["HEALTH", "NOT_HEALTH", "MAIN"]),
        st.sampled_from(["a", "bb", "ccc", "dd"]),
    ),
    max_size=10,
)


@given(_MATCHES)
@settings(max_examples=examples(1000))
def test_merge_matches_sorted_in_c_is_the_keyed_sort(matches: list[Match]) -> None:
    expected = _merge_matches_reference(list(matches))
    found = merge_matches(list(matches))
    assert found == expected
    assert [type(m) for m in found] == [Match] * len(found)


def _corpus_texts() -> list[str]:
    here = Path(__file__).resolve().parent
    paths = [
        *sorted((here.parent.parent.parent / "shared" / "cases" / "guard").glob("*.jsonl")),
        *sorted(here.glob("*.jsonl")),
    ]
    return [
        json.loads(line)["text"]
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


_ENDING_WORDS = sorted(
    fastre._plain_words(_MEDICAL_ENDINGS.pattern.split("{3,}(?:", 1)[1].rsplit(")(?!", 1)[0]) or ()
)
_MEDICAL_TEXT = st.lists(
    st.one_of(
        # a word: a few letters (too few, or enough), an ending, maybe more letters after it
        st.tuples(
            st.sampled_from(["", "a", "ab", "abc", "hepat", "s"]),
            st.sampled_from(_ENDING_WORDS),
            st.sampled_from(["", "", "", "s", "x", "é", "1", "_", "'", "-"]),
        ).map("".join),
        st.sampled_from(["a", "é", "_", "'", "-", "1", " ", " ", ".", "\n", "A", "(", "’"]),
    ),
    max_size=8,
).map("".join)


def test_medical_words_is_built_from_the_endings() -> None:
    assert _MEDICAL_WORDS is not _MEDICAL_ENDINGS  # the fast form applies to the endings as written
    assert {"ite", "ites", "oma", "osis"} <= set(_ENDING_WORDS)


@given(_MEDICAL_TEXT)
@settings(max_examples=examples(2000))
def test_medical_words_finds_what_the_endings_find(text: str) -> None:
    assert [m.span() for m in _MEDICAL_WORDS.finditer(text)] == [
        m.span() for m in _MEDICAL_ENDINGS.finditer(text)
    ]


def test_medical_words_finds_what_the_endings_find_in_the_corpora() -> None:
    for text in _corpus_texts():
        folded = fold(text)
        assert [m.span() for m in _MEDICAL_WORDS.finditer(folded)] == [
            m.span() for m in _MEDICAL_ENDINGS.finditer(folded)
        ]


def test_words_ending_leaves_other_patterns_as_they_are() -> None:
    for pattern in (
        re.compile(r"(?<![\w'-])[a-z]{3,}(?:ite|o.e)(?![\w'-])"),  # an ending that is not a plain word
        re.compile(r"(?<![\d])[a-z]{3,}(?:ite)(?![\w'-])"),  # a letter may stand before the word
        re.compile(r"[a-z]{3,}(?:ite)"),
        re.compile(r"(?<![^\w'-])[a-z]{3,}(?:ite)(?![\w'-])"),  # B the complement of the letters
    ):
        assert fastre.words_ending(pattern) is pattern
    assert fastre._plain_words("ites?|oma") == {"ite", "ites", "oma"}
    assert fastre._plain_words("it[ae]") is None


@pytest.mark.parametrize("cls", [Normalised, GuardReport])
def test_written_inits_do_what_the_generated_ones_do(cls: type) -> None:
    # the same dataclass, its __init__ generated
    reference = dataclasses.make_dataclass(
        cls.__name__,
        [(f.name, f.type, f) for f in dataclasses.fields(cls)],
        frozen=True,
        slots=True,
    )
    assert inspect.signature(cls).parameters == inspect.signature(reference).parameters
    names = [f.name for f in dataclasses.fields(cls)]
    values = [1, 2, "PHONE", "x", "y", "z", "w", True][: len(names)]
    defaulted = dataclasses.fields(cls)[-1].default is not dataclasses.MISSING
    for args, kwargs in (
        (values, {}),
        *([(values[:-1], {})] if defaulted else []),  # the default of the last field
        ([], dict(zip(names, values, strict=True))),
    ):
        made, expected = cls(*args, **kwargs), reference(*args, **kwargs)
        assert dataclasses.astuple(made) == dataclasses.astuple(expected)
        assert repr(made) == repr(expected).replace(reference.__qualname__, cls.__qualname__)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, names[0], 5)


def test_new_finding_makes_a_finding() -> None:
    # (the recognizers build their findings through a slotted twin class, which sets its class)
    for values in ((3, 9, "PHONE", "phone", "téléphone"), (0, 11, "NATIONAL_NUMBER", "nn", "numéro", True)):
        made, expected = new_finding(*values), Finding(*values)
        assert type(made) is Finding and model._FindingSlots.__slots__ == Finding.__slots__
        assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
        assert dataclasses.astuple(made) == dataclasses.astuple(expected)
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.start = 5  # type: ignore[misc]


def test_place_and_correction_makers_make_them() -> None:
    # (as new_finding: a twin class with the same slots, which sets its class)
    place, correction = (
        places._new_place(4, 12, True, "ixelles"),
        fuzzy._new_correction("zwager", "zwanger", "drop", False),
    )
    assert (
        type(place) is Place
        and place == Place(4, 12, True, "ixelles")
        and hash(place) == hash(Place(4, 12, True, "ixelles"))
    )
    assert type(correction) is Correction and correction == Correction("zwager", "zwanger", "drop", False)
    assert repr(correction) == repr(Correction("zwager", "zwanger", "drop", False))
    with pytest.raises(dataclasses.FrozenInstanceError):
        place.start = 5  # type: ignore[misc]


def test_report_finding_maker_makes_a_report_finding() -> None:
    # (scan builds its findings through a slotted twin class, then sets their class)
    values = (3, 9, "PHONE", False, "0471 23 45 67", "phone", "téléphone", None)
    made, expected = _ReportFindingSlots(*values), ReportFinding(*values)
    assert type(made) is ReportFinding and _ReportFindingSlots.__slots__ == ReportFinding.__slots__
    assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
    assert dataclasses.astuple(made) == values and made.to_json() == expected.to_json()
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 5  # type: ignore[misc]


def test_doc_sets_what_its_fields_say() -> None:
    # (its __init__ is written, through the slots' setters, as Finding's)
    for text in ("Bonjour Élise, né le 12/03/1990", "", "TOUT EN CAPITALES", "n° ٣ x"):
        doc = Doc(text)
        assert (doc.text, doc.folded, doc._memo) == (text, fold(text), {})
        assert doc == Doc(text) and hash(doc) == hash(Doc(text))
        upper, lower = sum("A" <= c <= "Z" for c in text), sum("a" <= c <= "z" for c in text)
        letters = upper + lower
        assert doc.mostly_lower == (not letters or not 0.01 <= upper / letters <= 0.7)
        assert repr(doc) == f"Doc(text={text!r}, folded={fold(text)!r})"
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "x"  # type: ignore[misc]


_CATEGORY_LED = (
    r"\d+",
    r"(?<![\w+])\d(?=[\d \t./-]{3})",
    r"\d(?<!\d\d)(?:\d?[./-]\d{1,2})",
    r"[^\w](?P<cue>souffre|lijdt)",
    r"\D",
    r"(?<![\w.])\w+",
    r"\s+x",
)
_CATEGORY_TEXT = st.text(alphabet="ab_x 1.9/-\n\t٣٤²éłÀ–\u00a0\u2003souffrelijdt", max_size=40)


@given(_CATEGORY_TEXT)
@settings(max_examples=examples(600))
def test_a_cheap_first_character_set_finds_what_the_category_finds(text: str) -> None:
    # the search skips characters by a set of those below 256 and every one above instead of a
    # category (Arabic-Indic digits, "ł", "–" and the em space stand for the characters above)
    for pattern in _CATEGORY_LED:
        fast, plain = fastre.compile(pattern), re.compile(pattern)
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]


def test_literals_are_every_string_an_expression_matches() -> None:
    assert fastre.literals(r"(?:les|des) (?:sans-papiers|migrants)|personnes? (?:qui|sans)") == {
        "les sans-papiers",
        "les migrants",
        "des sans-papiers",
        "des migrants",
        "personne qui",
        "personne sans",
        "personnes qui",
        "personnes sans",
    }
    assert fastre.literals(r"l'interesse\(e\)|[ab]c") == {"l'interesse(e)", "ac", "bc"}
    for other in (r"\w+", r"a\b", r"(?i:abc)", r"x*", r"[^a]", r"a{2}"):
        assert fastre.literals(other) is None


def test_a_generic_cue_is_one_of_its_hint_words() -> None:
    inner = generic._GENERIC.pattern[len(r"\b(?:") : -len(r")\b")]
    assert len(generic._GENERIC_WORDS) > 100
    assert all(re.fullmatch(inner, word) for word in generic._GENERIC_WORDS)
    texts = [fold(text) for text in _corpus_texts()]
    texts += [word + " x" for word in generic._GENERIC_WORDS]
    for text in texts:
        found = generic._GENERIC_ANYWHERE.search(text) if generic._GENERIC_ANYWHERE else None
        if found is not None:
            assert found.group(0) in generic._GENERIC_WORDS
            assert has_any(Doc(text), generic._GENERIC_WORDS)


@given(
    st.text(alphabet=st.characters(codec=None), max_size=30)
    | st.text(alphabet="aé–\ud83d\ude00\udfff\x7f\x80ſ", max_size=30)
)
@settings(max_examples=examples(1000))
def test_non_ascii_characters_are_those_the_expression_finds(text: str) -> None:
    # (lone and paired surrogates included: each comes back as it was)
    assert non_ascii_characters(text) == set(_NON_ASCII.findall(text))


_STATUS_PIECES = (
    *("9", "bis", "ter", " ", "\n", "\t", "art", "art.", "article", "artikel", "annex", "annexe", "bijlage"),
    *("48/", "57/6", "3", "13", "n°", "x", "-", "aanvraag", "dossier", "interesse"),
)
_STATUS_TEXT = st.lists(st.sampled_from(_STATUS_PIECES), max_size=10).map("".join)


@given(_STATUS_TEXT)
@settings(max_examples=examples(1500))
def test_numbered_status_is_searched_wherever_it_matches(text: str) -> None:
    doc = Doc(text)
    if has_any(doc, _NUMBERED_STATUS_HINTS) and _NUMBERED_STATUS.search(doc.folded) is not None:
        assert _may_hold_numbered_status(doc)
    assert not _may_hold_numbered_status(doc) or has_any(doc, _NUMBERED_STATUS_HINTS)


def test_numbered_status_is_searched_wherever_it_matches_in_the_corpora() -> None:
    for text in _corpus_texts():
        doc = Doc(normalise(text).text)
        if has_any(doc, _NUMBERED_STATUS_HINTS) and _NUMBERED_STATUS.search(doc.folded) is not None:
            assert _may_hold_numbered_status(doc)


# letters of every kind (ASCII, Latin-1, beyond: "ł", a Cyrillic "а"), the digits of leet and others,
# the separators of dotted spellings, "?" (what a code point above 255 is read as) and other signs
_CLASS_TEXT = st.text(alphabet="aZéßªµ²ł\u0430?01345726٣@$_.-– \n’", max_size=30)


@given(_CLASS_TEXT)
@settings(max_examples=examples(1500))
def test_character_classes_never_rule_out_a_leet_digit_or_a_dotted_spelling(text: str) -> None:
    classes = _character_classes(text)
    assert len(classes) == len(text)
    if _LEET_DIGIT.search(text):
        assert b"a1a" in classes
    if _DOTTED_HINTS[0].search(text):
        assert b".a.a.a." in classes
    if _DOTTED_HINTS[1].search(text):
        assert b"-a-a-a-" in classes
    if _UNDERSCORE_HINT.search(text):
        assert b"_a_a_a_" in classes
    if "?" not in text and all(char <= "\xff" for char in text):
        # below 256 the classes are exact: what they rule in, the expressions find
        assert (b"a1a" in classes) == bool(_LEET_DIGIT.search(text))
        assert (b".a.a.a." in classes) == bool(_DOTTED_HINTS[0].search(text))
        assert (b"_a_a_a_" in classes) == bool(_UNDERSCORE_HINT.search(text))


# control characters of both ranges, the letters typed for digits, digits, "?" and beyond 255
_KIND_TEXT = st.text(alphabet="\x00\x07\x1f\x7f\x85\x9f\t\n\rOoIlaZ0189٣?łа ", max_size=30)


@given(_KIND_TEXT)
@settings(max_examples=examples(1500))
def test_character_kinds_find_every_control_and_every_letter_before_a_digit(text: str) -> None:
    kinds = _character_kinds(text)
    assert len(kinds) == len(text)
    assert (b"C" in kinds) == bool(_CONTROL.search(text))
    assert (b"LD" in kinds) == bool(re.search(r"[OoIl][0-9]", text))


def _pair_groups(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [(m.span(1), m.span(2)) for m in pattern.finditer(text)]


# the expression as it was, matching the empty string where the lookahead holds
_EMPTY_PAIR = re.compile(generic._CAPITALISED_PAIR.pattern.removesuffix("[A-ZÀ-Ý]"))
_PAIR_TEXT = st.lists(
    st.sampled_from(["Karim", "Benali", "Zorvak", "Éline", "de", "est", " ", ", ", ". ", "\n", "A", "x"]),
    max_size=12,
).map("".join)


@given(_PAIR_TEXT)
@settings(max_examples=examples(1000))
def test_capitalised_pairs_taking_their_capital_are_found_as_before(text: str) -> None:
    assert generic._CAPITALISED_PAIR.pattern.endswith("[A-ZÀ-Ý]")
    assert _pair_groups(generic._CAPITALISED_PAIR, text) == _pair_groups(_EMPTY_PAIR, text)


def test_capitalised_pairs_taking_their_capital_are_found_as_before_in_the_corpora() -> None:
    for text in _corpus_texts():
        assert _pair_groups(generic._CAPITALISED_PAIR, text) == _pair_groups(_EMPTY_PAIR, text)


@given(st.text(alphabet="ab 0129٣²¹?._+(-\n’", max_size=30))
@settings(max_examples=examples(1000))
def test_first_digit_is_at_or_before_the_first_digit(text: str) -> None:
    doc = Doc(text)
    digit = re.search(r"\d", text)
    assert doc.first_digit <= (digit.start() if digit else len(text))
    if "?" not in text and all(char <= "\xff" for char in text):
        assert doc.first_digit == (digit.start() if digit else len(text))
    # the folded copy has its digits at the same places
    assert [m.start() for m in re.finditer(r"\d", doc.folded)] == [
        m.start() for m in re.finditer(r"\d", text)
    ]


_BOX_PIECES = st.lists(
    st.sampled_from(
        ["Rue", "Haute", "Kerkstraat", "de", "van", " ", "\t", "12", "3a", ",", ".", ":", "\n", "bus", "bte"]
    )
    | st.sampled_from(["boîte", "box", "bt", "Bus", "A", "2", "x", ";", "-", "'", "é"]),
    max_size=14,
).map("".join)


@given(_BOX_PIECES)
@settings(max_examples=examples(1500))
def test_name_number_box_is_found_from_where_it_is_searched(text: str) -> None:
    found = [m.span() for m in _NAME_NUMBER_BOX.finditer(text, _name_number_box_from(text))]
    assert found == [m.span() for m in _NAME_NUMBER_BOX.finditer(text)]


def _breaks_by_two_expressions(text: str) -> list[int]:
    """identifiers._number_breaks as it was: one expression per kind of next line."""
    breaks = []
    number, bank_code = re.compile(r"\n(?=[ \t]*[\d.\-/])"), re.compile(r"\n(?=[ \t]*[a-zA-Z]{4}[ \t]*\d)")
    for pattern, goes_on in ((number, identifiers._goes_on), (bank_code, str.isdigit)):
        for m in pattern.finditer(text):
            back = m.start()
            while back > 0 and text[back - 1] in " \t":
                back -= 1
            if back > 0 and goes_on(text[back - 1]):
                breaks.append(m.start())
    return sorted(set(breaks))


@given(st.text(alphabet="BE68NLabna 0123\n\t.-/é٣", max_size=40))
@settings(max_examples=examples(1500))
def test_number_breaks_by_one_expression_are_those_of_two(text: str) -> None:
    assert identifiers._number_breaks(text) == _breaks_by_two_expressions(text)


def _capital_surname_before_by_search(text: str, start: int, stop: frozenset[str]) -> int:
    """names._capital_surname_before without its test of the word before: the reference."""
    for taken in range(3):
        prev = names._CAPITAL_WORD_BEFORE.search(
            text, last_word_window(text, max(0, start - 40), start), start
        )
        if prev is None:
            break
        word = prev.group(1)
        if word in names._CAPITAL_PARTICLES:
            if not taken or prev.group(2):
                break
        elif not (word.isupper() and len(word) > 1 and fold(word) not in stop):
            break
        if prev.group(2) and taken:
            break
        start = prev.start()
        if prev.group(2):
            break
    return start


_BEFORE_FIRST_NAME = st.lists(
    st.sampled_from(
        ["DUPONT", "Dupont", "dupont", "VAN", "DE", "EL", "de", "x", "É", "é", ",", " ", "  ", "\t"]
    )
    | st.sampled_from(["\n", "(", "-", "'", "1"]),
    max_size=8,
).map("".join)


@given(_BEFORE_FIRST_NAME)
@settings(max_examples=examples(1500))
def test_capital_surname_before_is_found_as_by_the_search(before: str) -> None:
    text = before + "Fatima"
    stop = frozenset({"de"})
    expected = _capital_surname_before_by_search(text, len(before), stop)
    assert names._capital_surname_before(text, len(before), stop) == expected


def test_what_the_first_scan_built_is_left_out_of_the_collectors_full_passes() -> None:
    scanner.scan("Mme Fatima Benali, rue de Fer 7, 5000 Namur")
    group = scanner._lexicons()
    assert gc.get_freeze_count() > 0
    assert not any(o is group for o in gc.get_objects(generation=2))


@given(
    st.lists(
        st.sampled_from(["hospita", "lisee", "zwan", "ger", "de", "", "x", "asiel", "zoeker"]), max_size=60
    ),
    st.sets(st.sampled_from(["hospita", "lisee", "zwan", "ger", "asiel", "zoeker", "de"]), min_size=1),
)
@settings(max_examples=examples(1500))
def test_a_cut_words_neighbours_by_one_pass_are_those_found_per_word(
    words: list[str], tokens: set[str]
) -> None:
    # ("" between two words is two spaces, as the automaton's text has where a sign stood)
    spaced = " " + " ".join(words) + " "
    with mock.patch.object(fuzzy, "_INDEX_SCANS", 100):
        per_word = sorted(fuzzy._neighbours(spaced, tokens))
    with mock.patch.object(fuzzy, "_INDEX_SCANS", 0):
        one_pass = sorted(fuzzy._neighbours(spaced, tokens))
    assert one_pass == per_word
