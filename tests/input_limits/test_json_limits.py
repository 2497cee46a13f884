"""JSON depth and number-size limits, checked before parsing (``secretpro.input_limits``), and
control characters refused in every key and string; the API and the command line use them."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from secretpro.input_limits import (
    MAX_JSON_DEPTH,
    MAX_NUMBER_CHARS,
    NUMBER_NOT_FINITE,
    NUMBER_TOO_LONG,
    TOO_DEEP,
    InputError,
    check_strings,
    control_character,
    load_json,
    strip_control_characters,
)


def nested(depth: int, opening: str = "[", closing: str = "]") -> bytes:
    return (opening * depth + closing * depth).encode()


def nested_objects(depth: int) -> bytes:
    return ('{"a":' * depth + "1" + "}" * depth).encode()


def test_the_deepest_allowed_document_is_read() -> None:
    assert load_json(nested(MAX_JSON_DEPTH)) is not None
    assert load_json(nested_objects(MAX_JSON_DEPTH)) is not None


@pytest.mark.parametrize(
    "raw",
    [
        nested(MAX_JSON_DEPTH + 1),
        nested_objects(MAX_JSON_DEPTH + 1),
        b"[" * 200_000,  # unterminated: the parser would recurse
        b"[" * 100_000 + b"]" * 100_000,
        b'{"a": "' + b"[" * 10 + b'", "b": ' + nested(MAX_JSON_DEPTH + 1) + b"}",
    ],
    ids=["arrays", "objects", "unterminated", "balanced-100000", "after-a-string"],
)
def test_too_deep_is_refused_naming_the_field(raw: bytes) -> None:
    with pytest.raises(InputError) as caught:
        load_json(raw, field="--facts")
    assert caught.value.field == "--facts"
    assert caught.value.message_id == TOO_DEEP


def test_brackets_inside_strings_do_not_count() -> None:
    value = load_json(json.dumps({"text": "[" * 10_000 + "{" * 10_000}).encode())
    assert len(value["text"]) == 20_000


@pytest.mark.parametrize(
    "number", ["9" * 5000, "1" + "0" * MAX_NUMBER_CHARS, "0." + "1" * 5000, "1e" + "9" * 100]
)
def test_long_numbers_are_refused_before_parsing(number: str) -> None:
    with pytest.raises(InputError) as caught:
        load_json(f'{{"aid_type": {number}}}')
    assert caught.value.message_id == NUMBER_TOO_LONG
    assert number not in str(caught.value)


def test_long_digit_strings_are_fine() -> None:
    assert load_json(json.dumps({"n": "9" * 5000}))["n"] == "9" * 5000


@pytest.mark.parametrize("number", ["1e999", "-1e999", "NaN", "Infinity", "-Infinity"])
def test_numbers_must_be_finite(number: str) -> None:
    with pytest.raises(InputError) as caught:
        load_json(f'{{"a": {number}}}')
    assert caught.value.message_id == NUMBER_NOT_FINITE


@pytest.mark.parametrize("character", ["\x00", "\x01", "\x1b", "\x7f", "\ud800", "\uffff"])
def test_control_characters_are_found_and_named(character: str) -> None:
    value = {"facts": {"aid_type": "medical" + character + "_costs"}}
    with pytest.raises(InputError) as caught:
        check_strings(value)
    assert caught.value.field == "facts.aid_type"
    assert f"U+{ord(character):04X}" in caught.value.message
    assert "medical" not in caught.value.message


def test_tab_and_line_breaks_are_text() -> None:
    check_strings({"text": "ligne 1\r\nligne 2\tfin"})
    assert control_character("a\tb\nc\rd") is None
    assert strip_control_characters("a\x00b\x0bc\td") == "abc\td"


def test_a_control_character_in_a_key_is_refused() -> None:
    with pytest.raises(InputError):
        check_strings({"a\x00": 1})


# --- fuzz: whatever the bytes, either a value or an InputError, never anything else ----------

JSON_ATOMS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**60), max_value=10**60),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
)
JSON_VALUES = st.recursive(
    JSON_ATOMS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=30,
)


def hostile_documents() -> st.SearchStrategy[bytes]:
    deep = st.integers(min_value=1, max_value=3000).flatmap(
        lambda depth: st.sampled_from([nested(depth), nested_objects(depth), b"[" * depth, b"{" * depth])
    )
    numbers = st.integers(min_value=1, max_value=6000).map(lambda n: b'{"a": ' + b"7" * n + b"}")
    controls = st.text(
        alphabet=st.characters(max_codepoint=0x20) | st.sampled_from(["\ud800", "\udfff", "\ufffe"]),
        max_size=5,
    ).map(lambda text: json.dumps({"text": text}).encode())
    encoded = JSON_VALUES.map(lambda value: json.dumps(value, allow_nan=True).encode())
    return st.one_of(deep, numbers, controls, encoded, st.binary(max_size=300))


@settings(max_examples=examples(400), deadline=None)
@given(raw=hostile_documents())
def test_any_document_gives_a_value_or_an_input_error(raw: bytes) -> None:
    try:
        value = load_json(raw)
        check_strings(value)
    except InputError as error:
        assert error.field
        assert error.translated("en") and error.translated("nl")
