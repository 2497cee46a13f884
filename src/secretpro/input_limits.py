"""Limits on what a client may send, checked at the edge (API, command line, web forms).

- ``load_json``: a JSON document whose nesting depth and number lengths are checked *before* it is
  parsed (a deeply nested array or a 5,000-digit number would otherwise cost a ``RecursionError``
  or a ``ValueError`` deep inside the parser), and whose numbers must be finite.
- ``control_character``: the first character that has no place in a text typed by a person (NUL
  and the other C0 controls except tab and line breaks, DEL, lone surrogates, U+FFFE/U+FFFF):
  PostgreSQL refuses NUL, XML (DOCX) refuses most of them, a lone surrogate cannot be encoded.
- ``check_strings``: the same check on every key and string of a parsed JSON value, naming the
  field where one was found.
- ``strip_control_characters``: removes them (for the documents: defence in depth).

Every error names the field and says what is wrong, never the value (it may be personal data).
Messages are French msgids (``secretpro.i18n``).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from secretpro.i18n import N_, Language, translator

MAX_JSON_DEPTH = 32
"""Nesting levels of arrays and objects: the facts are flat, a guard request has one level."""
MAX_NUMBER_CHARS = 40
"""Characters of one JSON number (sign, digits, point, exponent): no fact needs more."""

TOO_DEEP = N_("JSON trop imbriqué : plus de %(depth)s niveaux")
NUMBER_TOO_LONG = N_("nombre trop long : plus de %(chars)s caractères")
NUMBER_NOT_FINITE = N_("nombre hors limites (NaN ou infini)")
MALFORMED = N_("JSON mal formé (ligne %(line)s, colonne %(column)s)")
NOT_UTF8 = N_("ce n'est pas du texte UTF-8")
CONTROL_CHARACTER = N_(
    "contient un caractère invisible non autorisé (%(code)s) : retapez la valeur sans ce caractère"
)

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# A JSON string, possessive so that an unterminated one cannot make the engine backtrack.
_JSON_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"', re.DOTALL)
_NOT_BRACKETS = bytes(range(256)).translate(None, b"[]{}")
_SQUARE = bytes.maketrans(b"{}", b"[]")


class InputError(ValueError):
    """Bad input at the edge: ``field`` and a French message id (``params`` fill it)."""

    def __init__(self, field: str, message: str, **params: str) -> None:
        self.field = field
        self.message_id = message
        self.params = params
        self.message = message % params if params else message
        super().__init__(f"{field}: {self.message}")

    def translated(self, language: Language) -> str:
        text = translator(language)(self.message_id)
        return text % self.params if self.params else text


def _check_skeleton(raw: bytes, field: str, max_depth: int, max_number_chars: int) -> None:
    """Depth and number length, read on the document with its strings emptied."""
    skeleton = _JSON_STRING.sub(b'""', raw)
    if re.search(rb"[-+0-9.eE]{%d,}" % (max_number_chars + 1), skeleton):
        raise InputError(field, NUMBER_TOO_LONG, chars=str(max_number_chars))
    brackets = skeleton.translate(_SQUARE, _NOT_BRACKETS)
    # Each pass removes the innermost pairs (at C speed), so a balanced document is empty after
    # as many passes as its depth. Anything left with a pair in it is nested deeper than
    # ``max_depth``; what is left without one is unbalanced, and the parser says where.
    for _ in range(max_depth):
        shorter = brackets.replace(b"[]", b"")
        if len(shorter) == len(brackets):
            return
        brackets = shorter
    if b"[]" in brackets:
        raise InputError(field, TOO_DEEP, depth=str(max_depth))


def _no_constant(name: str) -> float:
    raise ValueError(name)


def load_json(
    raw: bytes | str,
    *,
    field: str = "body",
    max_depth: int = MAX_JSON_DEPTH,
    max_number_chars: int = MAX_NUMBER_CHARS,
) -> Any:
    """The JSON value of ``raw``, after the depth and number checks; ``InputError`` otherwise
    (``NOT_UTF8``, ``TOO_DEEP``, ``NUMBER_TOO_LONG``, ``NUMBER_NOT_FINITE`` or ``MALFORMED``)."""
    if isinstance(raw, str):
        try:
            raw = raw.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(field, NOT_UTF8) from None
    _check_skeleton(raw, field, max_depth, max_number_chars)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(field, NOT_UTF8) from None

    def finite(literal: str) -> float:
        number = float(literal)
        if not math.isfinite(number):
            raise InputError(field, NUMBER_NOT_FINITE)
        return number

    try:
        return json.loads(text, parse_float=finite, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise InputError(field, MALFORMED, line=str(error.lineno), column=str(error.colno)) from None
    except InputError:
        raise
    except RecursionError:  # a depth the skeleton check could not see (malformed strings)
        raise InputError(field, TOO_DEEP, depth=str(max_depth)) from None
    except ValueError:  # NaN, Infinity
        raise InputError(field, NUMBER_NOT_FINITE) from None


def control_character(text: str) -> str | None:
    """The first forbidden control character of ``text`` as ``U+XXXX``, else ``None``."""
    found = _CONTROL.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def check_text(text: str, field: str) -> None:
    code = control_character(text)
    if code is not None:
        raise InputError(field, CONTROL_CHARACTER, code=code)


def check_strings(value: Any, field: str = "body") -> None:
    """Every key and string of a parsed JSON ``value`` is free of control characters; the error
    names the field (``facts.aid_type``, ``text``, ``items[2]``)."""
    stack: list[tuple[Any, str]] = [(value, field)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            check_text(item, where)
        elif isinstance(item, dict):
            for key, child in item.items():
                name = str(key)[:64] or "''"
                check_text(str(key), where)
                stack.append((child, name if where == "body" else f"{where}.{name}"))
        elif isinstance(item, list):
            stack.extend((child, f"{where}[{index}]") for index, child in enumerate(item))


def strip_control_characters(text: str) -> str:
    return _CONTROL.sub("", text)
