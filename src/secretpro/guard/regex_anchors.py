"""Words of which every match of a regular expression holds one, read from its parse tree.

A long text holds most hint words of the grammar files (``lay_symptoms.tsv``), so an expression
run on every text that holds its hint searched the whole of a long one (a fifth of the health
recognizer's time on 1 MB). When every match must hold one of a few words ("(?:operer|opereren)",
"sans"), the expression need only be tried around those words. Only what the parse tree makes
certain is used: characters that every match holds one after the other, outside every optional
part, or a choice each of whose branches holds such words. Anything else (a class of characters,
a repeat, an assertion) ends a run of characters; an expression with none gets ``None``.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, partial
from typing import Any

from secretpro.guard import hints
from secretpro.guard.model import Doc

try:  # the parser of ``re`` (as fastre.py reads it); without it every expression is searched whole
    _parser: Any = importlib.import_module("re._parser")
    _C: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another Python's internals
    _parser = None

_MAX_WORDS = 64  # (a choice of choices multiplies its words: past this, only the certain part)

# words to search around, each with whether only where it is a whole word
Anchors = tuple[tuple[str, bool], ...]
# how far a match reaches before and after its word (the expressions are a few words long)
BEFORE, AFTER = 120, 200
# below this length a text is searched whole: a look-up per word cost more than the search saves
WHOLE_BELOW = 3000
# when the windows would cover the text more than this many times over, it is searched whole
WINDOWS_COVER_AT_MOST = 1


def matches_around(
    text: str,
    words: Anchors,
    pattern: re.Pattern[str],
    known: Callable[[str], Sequence[int] | None] | None = None,
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern every match of which holds one of ``words``,
    searched only around the places they occur (a long text holds most words, a match of each in
    few places), or only those where one is a whole word if every match holds it as one: the
    matches found there, then kept as the search of the whole text keeps them, from the left and
    without overlaps. Each is matched again at its start without its window's end, which can
    shape it: a word cut there looks whole to ``\\b``, a repeat stops short, an optional part the
    end cuts is left out ("9bis-" for "9bis-aanvraag"). ``known`` tells where a word starts in
    ``text`` if that is known already (:func:`secretpro.guard.hints.starts`), else ``None``."""
    size = len(text)
    places: list[tuple[int, int]] = []  # (where a word starts, where it ends)
    for word, whole_word in words:
        starts = known(word) if known is not None else None
        for at in _finds(text, word) if starts is None else starts:
            if whole_word and (
                text[at - 1 : at].isalnum() or text[at + len(word) : at + len(word) + 1].isalnum()
            ):
                continue
            places.append((at, at + len(word)))
    if len(places) * (BEFORE + AFTER) > WINDOWS_COVER_AT_MOST * size:
        # A text dense with the words is searched whole, which is what the windows stand for, at
        # the cost of one pass: windows every few characters read it hundreds of times over (a
        # hostile text, "il a mal " repeated over 1 MB, took 3.4 s of windows, thirty-third round).
        return list(pattern.finditer(text))
    found: dict[int, re.Match[str]] = {}
    for at, end in places:
        low = at - BEFORE if at > BEFORE else 0
        for m in pattern.finditer(text, low, end + AFTER):
            found.setdefault(m.start(), m)
    kept: list[re.Match[str]] = []
    for start in sorted(found):
        if kept and start < kept[-1].end():
            continue
        match: re.Match[str] | None = found[start]
        if match is not None and match.endpos < size:
            match = pattern.match(text, start)
        if match is not None:
            kept.append(match)
    return kept


def _finds(text: str, word: str) -> Iterator[int]:
    """Every offset where ``word`` starts in ``text``, overlaps included."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def search_around_words(
    pattern: re.Pattern[str], text: str, known: Callable[[str], Sequence[int] | None] | None = None
) -> list[re.Match[str]] | Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searched around the words every match holds if it has some
    (``known`` as for :func:`matches_around`)."""
    if len(text) < WHOLE_BELOW:
        return pattern.finditer(text)
    words = _pattern_anchors(pattern)
    return pattern.finditer(text) if words is None else matches_around(text, words, pattern, known)


def search_folded(pattern: re.Pattern[str], doc: Doc) -> list[re.Match[str]] | Iterator[re.Match[str]]:
    """``pattern.finditer(doc.folded)``, searched around the words every match holds, where the
    automaton that reads every document found them if they were registered (:func:`registered`)."""
    return search_around_words(pattern, doc.folded, partial(hints.starts, doc))


def matches_around_folded(doc: Doc, words: Anchors, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """:func:`matches_around` in ``doc.folded``, with the offsets the automaton that reads every
    document told for ``words`` registered as hint words (as :func:`search_folded`)."""
    return matches_around(doc.folded, words, pattern, partial(hints.starts, doc))


def registered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern``, the words every match of it holds registered as hint words (call at import
    time, before the scanner's automaton is built), so that :func:`search_folded` need not look
    for them."""
    words = _pattern_anchors(pattern)
    if words is not None:
        hints.hint_words(*(word for word, _whole in words))
    return pattern


def registered_words(pattern: re.Pattern[str]) -> frozenset[str]:
    """The words every match of ``pattern`` holds, registered as hint words (as :func:`registered`):
    a :func:`secretpro.guard.hints.has_any` check with them skips no text that holds a match, and
    no list kept by hand beside the expression can fall behind it."""
    words = _pattern_anchors(pattern)
    if words is None:
        raise ValueError("no word is certain in every match of this expression")
    registered(pattern)
    return frozenset(word for word, _whole in words)


@cache
def _pattern_anchors(pattern: re.Pattern[str]) -> Anchors | None:
    words = anchors(pattern.pattern) if not pattern.flags & (re.IGNORECASE | re.VERBOSE) else None
    return None if words is None else tuple((word, False) for word in sorted(words))


def anchors(pattern: str, shortest: int = 3) -> frozenset[str] | None:
    """Words (at least ``shortest`` characters) of which every match of ``pattern`` holds one: the
    set whose shortest word is the longest; ``None`` if no such set is certain."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None  # (a character may stand for several, or a blank for none)
    best = _best(list(parsed))
    if best is None or min(len(word) for word in best) < shortest:
        return None
    # (a word that holds another of the set is found around that one: "foobar" around "bar")
    return frozenset(word for word in best if not any(other != word and other in word for other in best))


def _best(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best set of words for a sequence of parsed items."""
    candidates: list[frozenset[str]] = []
    run: set[str] = {""}  # what the characters read since the run began may be

    def end_run() -> None:
        nonlocal run
        if "" not in run:
            candidates.append(frozenset(run))
        run = {""}

    for op, value in items:
        if op is _C.LITERAL:
            run = {word + chr(value) for word in run}
            continue
        spelled = _spellings(op, value)
        if spelled is not None and len(run) * len(spelled) <= _MAX_WORDS:
            run = {word + tail for word in run for tail in spelled}
            continue
        end_run()
        inner = _required(op, value)
        if inner is not None:
            candidates.append(inner)
    end_run()
    if not candidates:
        return None
    return max(candidates, key=lambda words: (min(len(word) for word in words), -len(words)))


def _required(op: Any, value: Any) -> frozenset[str] | None:
    """The words every match of one item holds, if it must match text (a group, a choice, a
    repeat of at least once)."""
    if op is _C.SUBPATTERN:
        return None if _scoped_flags(value) else _best(list(value[-1]))
    if op is _C.BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            words = _best(list(branch))
            if words is None:
                return None
            union |= words
        return frozenset(union)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and value[0] >= 1:
        return _best(list(value[2]))
    return None


def _scoped_flags(value: Any) -> bool:
    """Whether a group sets or clears flags for its own part ("(?i:...)"): a letter there may
    stand for its capital too."""
    return bool(value[1] or value[2])


def _spellings(op: Any, value: Any) -> set[str] | None:
    """The strings an item can match if they are a few plain ones ("(?:s|t|ment)"), else None."""
    if op is _C.LITERAL:
        return {chr(value)}
    if op is _C.SUBPATTERN:
        return None if _scoped_flags(value) else _sequence_spellings(list(value[-1]))
    if op is _C.BRANCH:
        out: set[str] = set()
        for branch in value[1]:
            spelled = _sequence_spellings(list(branch))
            if spelled is None:
                return None
            out |= spelled
        return out if len(out) <= _MAX_WORDS else None
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and value[0] == 0 and value[1] == 1:
        spelled = _sequence_spellings(list(value[2]))  # "e?": the character or nothing
        return None if spelled is None else spelled | {""}
    return None


def _sequence_spellings(items: list[tuple[Any, Any]]) -> set[str] | None:
    words = {""}
    for op, value in items:
        spelled = _spellings(op, value)
        if spelled is None or len(words) * len(spelled) > _MAX_WORDS:
            return None
        words = {word + tail for word in words for tail in spelled}
    return words
