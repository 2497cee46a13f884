"""fastre.compile matches exactly what re.compile matches, for every pattern of the guard."""

from __future__ import annotations

import importlib
import json
import pkgutil
import random
import re
from pathlib import Path

import pytest

import secretpro.guard as guard_package
from secretpro.guard import fastre
from secretpro.guard.addresses import _residence_cues
from secretpro.guard.identifiers import _birth_cue_heads, _birth_cues, _national_number_cues
from secretpro.guard.lexical import _body_care, _body_state, _forbidden_by_care
from secretpro.guard.model import Doc
from secretpro.guard.nationality import _cues
from secretpro.guard.normalize import normalise

_HERE = Path(__file__).resolve().parent
_CORPORA = [
    _HERE.parent.parent.parent / "shared" / "cases" / "guard" / "dev.jsonl",
    _HERE.parent.parent.parent / "shared" / "cases" / "guard" / "real-dev.jsonl",
    *sorted(_HERE.glob("*.jsonl")),
]


def _patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(guard_package.__path__):
        module = importlib.import_module(f"secretpro.guard.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, fastre.EndAnchored):
                value = value.pattern  # (its expression, searched when the window may hold a match)
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[f"{info.name}.{name}"] = value
    for builder in (
        _residence_cues,
        _birth_cues,
        _birth_cue_heads,
        _national_number_cues,
        _body_care,
        _body_state,
        _forbidden_by_care,
        _cues,
    ):
        found[builder.__name__] = builder()
    return found


def _texts() -> list[str]:
    texts = [
        json.loads(line)["text"]
        for path in _CORPORA
        if path.exists()
        for line in path.open(encoding="utf-8")
        if line.strip()
    ]
    texts += [Doc(normalise(text).text).folded for text in texts]
    rng = random.Random(20261204)
    alphabet = "aAbBcdeEéfgiIlmMnNorRsStTuvVwXz0123456789 .,;:'-/\n\t()[]…°«»"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(800)]
    return texts


PATTERNS = _patterns()
TEXTS = _texts()


def test_the_guard_compiles_its_patterns_with_fastre() -> None:
    assert len(PATTERNS) > 100
    for pattern in PATTERNS.values():
        if pattern.flags & re.IGNORECASE:
            continue
        # fastre did not fall back to re.compile on this Python (it would match the same, slower)
        assert fastre._compiled_parts(pattern.pattern, pattern.flags) is not None, pattern.pattern


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_same_matches_as_re(name: str) -> None:
    fast = PATTERNS[name]
    plain = re.compile(fast.pattern, fast.flags)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ], (name, text[:80])
    for text in TEXTS[:100]:
        for pos in range(0, len(text), 5):
            a, b = fast.match(text, pos), plain.match(text, pos)
            assert ((a.span(), a.groups()) if a else None) == ((b.span(), b.groups()) if b else None)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\b(?:madame|monsieur|mme|mr)\b", "Madame, monsieur et mme X; mr. Y; summer"),
        (r"(?<![\w'-])[a-z]{3,}(?:ites?|oses?)(?![\w'-])", "hepatite, l'arthrose, co-hepatites"),
        (r"(?:ab|ac|b|abc)d", "abcd acd bd abd"),
        (r"\b(?:le|la)? ?x", "le x la x  x"),
    ],
)
def test_small_patterns(pattern: str, text: str) -> None:
    fast, plain = fastre.compile(pattern), re.compile(pattern)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert fast.pattern == pattern
