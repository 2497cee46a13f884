"""A rule reads like its note: above each step, the sentence of the note it rests on, verbatim.

In a rule module, a step's quotation is written as a comment
``# [quote_id] « words of the note »``, continued on ``#   `` lines when it is long, and it may
be shortened with "…" at its start or end. These tests keep those comments from going missing or
drifting from the note:

* every quotation a module's ``Reason(...)`` calls cite has such a comment in that module, placed
  at the step that cites it (above the call, in the same top-level definition or right above it);
* the quoted words of every such comment are found verbatim in that quotation's French in
  ``citations.yaml`` (whitespace and apostrophes ’/' aside).
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from dataclasses import dataclass
from pathlib import Path

import pytest

import secretpro.rules
from secretpro.rules.sources import citations

RULES_DIR = Path(secretpro.rules.__file__).parent
RULE_MODULES = (
    "guarantor_inquiry",
    "shared_secrecy",
    "incoming_request",
    "automatic_flow",
    "medical_certificate",
)

_OPENING = re.compile(r"#\s*\[(?P<quote_id>[A-Za-z0-9_]+)\]\s*«(?P<rest>.*)")
_CONTINUATION = "#   "
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


@dataclass(frozen=True)
class QuoteComment:
    quote_id: str
    line: int
    """Line of the ``[quote_id] «`` opening."""
    words: str | None
    """The quoted words as written, ``None`` when the « is never closed."""


@dataclass(frozen=True)
class Citing:
    quote_id: str
    line: int
    """Line of the ``Reason(`` call."""
    after: int
    """Line of the end of the top-level statement before the call's own (0 for the first)."""


def normalised(text: str) -> str:
    return " ".join(text.translate(_APOSTROPHES).split())


def source_of(module: str) -> str:
    return (RULES_DIR / f"{module}.py").read_text(encoding="utf-8")


def quote_comments(source: str) -> list[QuoteComment]:
    """The ``[quote_id] « … »`` comments of a source, their continuation lines joined."""
    comments = [
        (token.start[0], token.string.strip())
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.COMMENT
    ]
    found: list[QuoteComment] = []
    for index, (line, text) in enumerate(comments):
        opening = _OPENING.match(text)
        if opening is None:
            continue
        parts = [opening["rest"]]
        following = index + 1
        while "»" not in parts[-1] and following < len(comments):
            next_line, next_text = comments[following]
            if next_line != line + (following - index) or not next_text.startswith(_CONTINUATION):
                break
            parts.append(next_text.removeprefix("#"))
            following += 1
        joined = " ".join(parts)
        words = joined[: joined.index("»")] if "»" in joined else None
        found.append(QuoteComment(opening["quote_id"], line, words))
    return found


def _strings(node: ast.AST | None) -> list[str]:
    """String constants an argument can evaluate to (a constant or either side of a conditional)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


def citings(source: str) -> list[Citing]:
    """Every quotation a ``Reason(...)`` call can cite, with where the call stands."""
    tree = ast.parse(source)
    found: list[Citing] = []
    previous_end = 0
    for statement in tree.body:
        for node in ast.walk(statement):
            if not (
                isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Reason"
            ):
                continue
            quote = node.args[2] if len(node.args) > 2 else None
            quote = next((k.value for k in node.keywords if k.arg == "quote"), quote)
            found.extend(Citing(quote_id, node.lineno, previous_end) for quote_id in _strings(quote))
        previous_end = statement.end_lineno or statement.lineno
    return found


def unquoted_steps(source: str) -> list[str]:
    """The citing steps with no ``[quote_id] « … »`` comment for their quotation above them."""
    comments = quote_comments(source)
    return [
        f"line {citing.line}: {citing.quote_id}"
        for citing in citings(source)
        if not any(
            comment.quote_id == citing.quote_id and citing.after < comment.line <= citing.line
            for comment in comments
        )
    ]


def drifted_comments(source: str) -> list[str]:
    """The ``[quote_id] « … »`` comments whose words are not the note's own."""
    quotes = citations().quotes
    drifted: list[str] = []
    for comment in quote_comments(source):
        where = f"line {comment.line} [{comment.quote_id}]"
        if comment.quote_id not in quotes:
            drifted.append(f"{where}: no such quotation in citations.yaml")
            continue
        if comment.words is None:
            drifted.append(f"{where}: the « is never closed by »")
            continue
        words = normalised(comment.words).removeprefix("…").removesuffix("…").strip()
        note = normalised(quotes[comment.quote_id].fr)
        if len(words.split()) < 3:
            drifted.append(f"{where}: « {words} » — quote at least a few words of the note")
        elif not re.search(rf"(?<!\w){re.escape(words)}(?!\w)", note):
            drifted.append(f"{where}: « {words} » is not in the note: « {note} »")
    return drifted


@pytest.mark.parametrize("module", RULE_MODULES)
def test_the_rule_module_cites_quotations(module: str) -> None:
    """The parsing sees the module's citations (a module without any would test nothing)."""
    assert citings(source_of(module))


@pytest.mark.parametrize("module", RULE_MODULES)
def test_every_cited_quotation_is_quoted_at_its_step(module: str) -> None:
    source = source_of(module)
    quoted = {comment.quote_id for comment in quote_comments(source)}
    missing = sorted({citing.quote_id for citing in citings(source)} - quoted)
    assert not missing, f"{module}.py cites {missing} without a [quote_id] « » comment quoting the note"
    unquoted = unquoted_steps(source)
    assert not unquoted, f"{module}.py: no [quote_id] « » comment above these steps: {unquoted}"


@pytest.mark.parametrize("module", RULE_MODULES)
def test_every_quote_comment_is_verbatim_in_its_note(module: str) -> None:
    drifted = drifted_comments(source_of(module))
    assert not drifted, f"{module}.py: {drifted}"


STEPS = """
# [cvts_article_458] « Le CPAS est tenu de respecter l'article 458
#   du code pénal … »
# 1. Default: strict secrecy.
A = Reason("R3.5", "…", "cvts_article_458")
# [cvts_shared_conditions] « … Avec son consentement - Que les éléments nécessaires à la mission commune. »
B = Reason("R3.5", "…", "cvts_shared_conditions" if consent else "cvts_article_458")
"""


def test_a_step_left_without_its_comment_is_caught() -> None:
    assert unquoted_steps(STEPS) == ["line 7: cvts_article_458"]
    assert unquoted_steps(STEPS.replace("# [cvts_shared_conditions]", "# (cvts_shared_conditions)")) == [
        "line 7: cvts_shared_conditions",
        "line 7: cvts_article_458",
    ]


def test_a_changed_word_or_an_unclosed_quotation_is_caught() -> None:
    assert drifted_comments(STEPS) == []
    assert drifted_comments(STEPS.replace("l'article 458", "l’article 458")) == []
    altered = drifted_comments(STEPS.replace("article 458\n", "article 459\n"))
    assert len(altered) == 1
    assert altered[0].startswith(
        "line 2 [cvts_article_458]: « Le CPAS est tenu de respecter l'article 459 du"
    )
    assert drifted_comments(STEPS.replace("pénal … »", "pénal …")) == [
        "line 2 [cvts_article_458]: the « is never closed by »"
    ]
    assert drifted_comments(STEPS.replace("[cvts_article_458]", "[cvts_article_459]")) == [
        "line 2 [cvts_article_459]: no such quotation in citations.yaml"
    ]
