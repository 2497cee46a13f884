"""Cheap tests before costly ones: which hint words occur in a document, found in one pass.

Recognizers skip a costly expression when none of the words it needs occurs in the folded text
("souffr", "attein" before the "souffre de ..." grammar). Tested one by one, the eighty or so such
words cost a substring search each per message; here they are registered at import time with
:func:`hint_words`, and an Aho-Corasick automaton of all of them reads each document once
(:func:`has_any`). A word is found whenever it occurs as a substring, overlapping others or not, so
the answers are those of ``any(word in folded for word in words)``.

The scanner's lexicon automaton reads every document anyway: it holds the hint words too
(:meth:`secretpro.guard.lexicon.MatcherGroup.found_hints`), and answers for them through
:func:`read_with`, so that a document is read once for both. The automaton here answers when no
such reader knows every registered word (a word registered after it was built).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any

import ahocorasick

from secretpro.guard.model import Doc

_WORDS: dict[str, None] = {}  # every registered word, in registration order
_BUILT: list[Any] = []  # the automaton of _WORDS, once built
_LOCK = threading.Lock()
# (the reader of another automaton that holds the hint words, the number of words it knows)
_READER: list[tuple[Callable[[Doc], frozenset[str]], int]] = []
# (that automaton's reader of where words start, and the words whose every occurrence it finds)
_POSITIONS: list[tuple[Callable[[Doc], Mapping[str, list[int]]], frozenset[str]]] = []


def registered() -> tuple[str, ...]:
    """Every registered word, sorted: the order they were registered in follows the order of
    imports, which differs between the CLI, the web and the tests, and the scanner's cached
    automaton is found by a digest that holds the words."""
    with _LOCK:
        return tuple(sorted(_WORDS))


def read_with(
    reader: Callable[[Doc], frozenset[str]],
    words: tuple[str, ...],
    positions: Callable[[Doc], Mapping[str, list[int]]] | None = None,
    keyed: frozenset[str] = frozenset(),
) -> None:
    """Let ``reader`` tell which hint words occur in a document (each of ``words``, as
    :func:`registered` gave them, that occurs in its folded text, and no other); and ``positions``
    where each of ``keyed`` starts in it (a word of ``keyed`` absent from its answer occurs nowhere)."""
    with _LOCK:
        _READER[:] = [(reader, len(words))]
        _POSITIONS[:] = [] if positions is None else [(positions, keyed)]


def hint_words(*words: str) -> frozenset[str]:
    """Register ``words`` (call at import time) and return them, for :func:`has_any`."""
    with _LOCK:
        for word in words:
            if not word:
                raise ValueError("an empty hint word would match every text")
            _WORDS.setdefault(word)
        _BUILT.clear()  # built again, with these words, on the next look-up
    return frozenset(words)


def _automaton() -> Any:
    try:  # built: no lock to take per message (it guards the build)
        return _BUILT[0]
    except IndexError:  # not built yet, or words registered since
        pass
    with _LOCK:
        if not _BUILT:
            automaton: Any = ahocorasick.Automaton()
            # (a node's children are kept in the order they were added, and the automaton looks for
            # the next character among them one by one: words added with the commonest letters of
            # French and Dutch first put the children a text goes on to most often first)
            for word in sorted(_WORDS, key=_by_letter_frequency):
                automaton.add_word(word, word)
            automaton.make_automaton()
            _BUILT.append(automaton)
        return _BUILT[0]


# the letters of French and Dutch text, commonest first (the blank leads: words end with one)
_LETTER_RANKS = {char: rank for rank, char in enumerate(" eanirstoldumcpvghbjfkwzyqx")}


def _by_letter_frequency(word: str) -> list[int]:
    return [_LETTER_RANKS.get(char, len(_LETTER_RANKS) + ord(char)) for char in word]


_WORD = itemgetter(1)  # of an automaton hit (end offset, word)


def _found(doc: Doc) -> frozenset[str]:
    # (words are only ever added: a reader that knows as many words as there are knows them all)
    if _READER and _READER[0][1] == len(_WORDS):
        return _READER[0][0](doc)
    return frozenset(map(_WORD, _automaton().iter(doc.folded)))


def found_hints(doc: Doc) -> frozenset[str]:
    """Every registered word that occurs in ``doc.folded``."""
    found = doc._memo.get(_MEMO_KEY)
    if found is None:
        found = doc._memo[_MEMO_KEY] = _found(doc)
    return found


def starts(doc: Doc, word: str) -> Sequence[int] | None:
    """Every offset where ``word`` starts in ``doc.folded``, in order (what a loop of ``str.find``
    gives, overlaps included), if the automaton that reads the document anyway knows it; else
    ``None`` (the caller searches). A hundred or so words searched in a long text cost a pass of
    ``str.find`` over it each: a tenth of a 1 MB scan."""
    if not _POSITIONS:
        return None
    reader, keyed = _POSITIONS[0]
    if word not in keyed:
        return None
    return reader(doc).get(word, ())


def has_any(doc: Doc, words: frozenset[str]) -> bool:
    """Whether one of ``words`` (registered with :func:`hint_words`) occurs in ``doc.folded``."""
    # (called some fifteen times per message: the memo read in line, not through a Doc.memo call)
    found = doc._memo.get(_MEMO_KEY)
    if found is None:
        found = doc._memo[_MEMO_KEY] = _found(doc)
    return not words.isdisjoint(found)


_MEMO_KEY = "hint_words"
