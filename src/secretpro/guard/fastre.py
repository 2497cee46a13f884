"""Regular expressions compiled to be searched faster, matching exactly what ``re`` matches.

Python's ``re`` engine searches a pattern by trying it at every position of the text unless the
pattern starts with a literal or a character set; a pattern that starts with ``\\b`` or a
look-behind ("\\b(?:madame|monsieur|...)", "(?<![\\w'-])[a-z]{3,}...") is tried at every
character, and an alternation of a hundred words tries each word in turn at each of them. Most of
the guard's scanning time went there. :func:`compile` builds the same pattern with two changes that
keep every match (the engine's own bytecode, nothing rewritten by hand):

- the search skips, in C, the characters that cannot start a match: the set of first characters is
  worked out past the leading zero-width assertions (``\\b``, look-behinds), which ``re`` gives up
  on;
- the words of an alternation that start with the same letter are grouped under it ("m(?:adame|
  onsieur|me)"): at each position one letter is compared instead of every word. Words with
  different first letters cannot both match at one position, so their order does not matter;
  within a group the order is kept, and any other alternative stays where it was.

It reads the internals of ``re`` (``re._parser``, ``re._compiler``); on any other version of them
or any surprise it falls back to ``re.compile``, which matches the same texts, only slower.
tests/guard/test_guard_fastre.py holds every pattern of the guard to the same matches as ``re``.
"""

from __future__ import annotations

import hashlib
import importlib
import re
import sys
from pathlib import Path
from typing import Any

from secretpro.guard import cache_files

try:  # the engine's internals: present in CPython 3.11 to 3.13
    _parser: Any = importlib.import_module("re._parser")
    _compiler: Any = importlib.import_module("re._compiler")
    _constants: Any = importlib.import_module("re._constants")
    _sre: Any = importlib.import_module("_sre")
    _C = _constants
    _ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
    _REPEATS = tuple(
        getattr(_C, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_C, name)
    )
except (ImportError, AttributeError):  # pragma: no cover - another Python implementation
    _parser = None

_UNSAFE_FLAGS = re.IGNORECASE | re.LOCALE


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, searched faster (same matches, same groups)."""
    if _parser is None or flags & _UNSAFE_FLAGS:
        return re.compile(pattern, flags)
    made = _CODES.made(pattern, flags)
    if made is not None:
        return made
    try:
        parts = _compiled_parts(pattern, flags)
    except Exception:  # internals of another version: the plain pattern matches the same
        return re.compile(pattern, flags)
    if parts is None:
        return re.compile(pattern, flags)
    return _CODES.add(pattern, flags, parts)


# what ``_sre.compile`` takes after the pattern: flags, code, groups, group names by name and by number
_Parts = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _compiled_parts(pattern: str, flags: int) -> _Parts | None:
    """The engine's code for ``pattern`` with the two changes above, or None for a pattern left to
    ``re`` (flags changed inside a group)."""
    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & _UNSAFE_FLAGS or _scoped_flags(parsed):
        return None
    _group_alternatives(parsed)
    code = _compiler._code(parsed, flags)
    code = _with_first_characters(code, parsed, parsed.state.flags | flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # (the opcodes are ints of a class of ``re``'s own, which cannot be pickled)
    code = [int(word) for word in code]
    return flags | parsed.state.flags, code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup)


class _CompiledCodes:
    """The code of every pattern compiled at the last start, read from the user's cache folder:
    parsing and grouping the guard's patterns is a third of its import time, and a one-line
    ``secretpro guard`` must start nearly as fast as ``secretpro decide``.

    The file is named after the digest of this module's source and the engine's version: a code
    is only ever reused by the same grouping on the same engine. The engine checks every code it is
    given (``_sre.compile`` refuses an invalid one, which is then compiled again)."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, int], _Parts] = {}
        self._used: dict[tuple[str, int], _Parts] = {}
        self._fresh = 0
        self._path: Any = None
        if _parser is None:
            return
        try:
            digest = hashlib.sha256(Path(__file__).read_bytes())
            digest.update(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode())
            self._path = cache_files.cache_dir() / f"guard-patterns-{digest.hexdigest()[:32]}.pickle"
        except Exception:  # no source file or no cache folder to be had: every pattern is compiled
            return
        loaded = cache_files.load(self._path)
        if isinstance(loaded, dict):
            self._known = loaded

    @property
    def fresh(self) -> int:
        """How many patterns were compiled rather than read from the file, this start."""
        return self._fresh

    def made(self, pattern: str, flags: int) -> re.Pattern[str] | None:
        parts = self._known.get((pattern, flags))
        if parts is None:
            return None
        try:
            compiled: re.Pattern[str] = _sre.compile(pattern, *parts)
        except Exception:  # not a code the engine accepts (a damaged file): compiled again
            return None
        self._used[(pattern, flags)] = parts
        return compiled

    def add(self, pattern: str, flags: int, parts: _Parts) -> re.Pattern[str]:
        compiled: re.Pattern[str] = _sre.compile(pattern, *parts)
        self._used[(pattern, flags)] = parts
        self._fresh += 1
        return compiled

    def store(self) -> None:
        """Keep the codes of this start's patterns, when some were compiled afresh."""
        if self._fresh and self._path is not None:
            cache_files.store(self._path, dict(self._used))
            self._fresh = 0


_CODES = _CompiledCodes()


def store_codes() -> None:
    """Write the patterns compiled so far to the cache folder (at the end of the guard's import)."""
    _CODES.store()


def fresh_codes() -> int:
    """How many patterns this start compiled rather than read from the cache folder."""
    return _CODES.fresh


def _children(op: Any, av: Any) -> list[Any]:
    """The sub-patterns directly inside one node."""
    if op is _C.BRANCH:
        return list(av[1])
    if op is _C.SUBPATTERN:
        return [av[3]]
    if op in _REPEATS:
        return [av[2]]
    if op in (_C.ASSERT, _C.ASSERT_NOT):
        return [av[1]]
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return [av]
    if op is _C.GROUPREF_EXISTS:
        return [p for p in av[1:] if p is not None]
    return []


def _scoped_flags(sub: Any) -> bool:
    """Whether a group changes the flags (``(?i:...)``): such patterns are left alone."""
    for op, av in sub.data:
        if op is _C.SUBPATTERN and (av[1] or av[2]):
            return True
        if any(_scoped_flags(child) for child in _children(op, av)):
            return True
    return False


def _group_alternatives(sub: Any) -> None:
    """Group, in every alternation, the alternatives that start with the same literal."""
    for index, (op, av) in enumerate(sub.data):
        for child in _children(op, av):
            _group_alternatives(child)
        if op is _C.BRANCH:
            sub.data[index] = (op, (av[0], _grouped(list(av[1]), sub.state)))


def _grouped(items: list[Any], state: Any) -> list[Any]:
    out: list[Any] = []
    i = 0
    while i < len(items):
        if not _starts_with_literal(items[i]):
            out.append(items[i])  # stays where it was: the alternatives around it keep their order
            i += 1
            continue
        # a run of alternatives that start with a literal: one group per first letter, in order
        groups: dict[int, list[Any]] = {}
        while i < len(items) and _starts_with_literal(items[i]):
            groups.setdefault(items[i].data[0][1], []).append(items[i])
            i += 1
        for char, members in groups.items():
            if len(members) == 1:
                out.append(members[0])
                continue
            rests = _grouped([_parser.SubPattern(state, m.data[1:]) for m in members], state)
            inner = _parser.SubPattern(state, [(_C.BRANCH, (None, rests))])
            out.append(_parser.SubPattern(state, [(_C.LITERAL, char), (_C.SUBPATTERN, (None, 0, 0, inner))]))
    return out


def _starts_with_literal(item: Any) -> bool:
    return bool(item.data) and item.data[0][0] is _C.LITERAL


def _first_characters(data: Any) -> list[tuple[Any, Any]] | None:
    """The characters a match of ``data`` can start with (a charset), or None if unknown or if it
    can match the empty string. Zero-width assertions before the first character are passed, and
    so are optional parts ("(?:on)?ontvankelijk", "(?:chere? )?madame"), their first characters
    added to those of what follows them."""
    optional: list[tuple[Any, Any]] = []  # the first characters of the optional parts passed
    for op, av in data:
        if op in _ZERO_WIDTH:
            continue
        if op in _REPEATS and av[0] == 0:
            first = _first_characters(av[2].data)
            if first is None or any(o is _C.NEGATE for o, _ in first):
                return None
            optional.extend(first)
            continue
        first = _first_of(op, av)
        if first is None or (optional and any(o is _C.NEGATE for o, _ in first)):
            return None
        return optional + first
    return None


def _first_of(op: Any, av: Any) -> list[tuple[Any, Any]] | None:
    """The characters a match of the one node ``(op, av)`` starts with, or None (as above)."""
    if op is _C.LITERAL:
        return [(op, av)]
    if op is _C.IN:
        return list(av)
    if op is _C.BRANCH:
        out: list[tuple[Any, Any]] = []
        for item in av[1]:
            first = _first_characters(item.data)
            if first is None or any(o is _C.NEGATE for o, _ in first):
                return None
            out.extend(first)
        return out
    if op is _C.SUBPATTERN and av[3].getwidth()[0] > 0:
        return _first_characters(av[3].data)
    if op in _REPEATS and av[0] >= 1:
        return _first_characters(av[2].data)
    return None


def _with_first_characters(code: list[int], parsed: Any, flags: int) -> list[int]:
    """``code`` with a charset in its info block when ``re`` found neither prefix nor charset, or
    found one that tests a category (``\\d``, ``\\w``, ``[^\\w]``) of every character it skips."""
    if code[0] != _C.INFO or code[2] not in (0, _C.SRE_INFO_CHARSET):
        return code  # re found a prefix, or the pattern can match the empty string
    lo, hi = parsed.getwidth()
    if lo == 0:
        return code
    first = _first_characters(parsed.data)
    if not first:
        return code
    by_category = any(op is _C.CATEGORY for op, _av in first)
    if code[2] != 0 and not by_category:
        return code  # re's own charset, a bitmap or ranges: cheap already
    if by_category:
        # The search tests every character it skips against the info charset, and a category
        # is a look-up in the Unicode database each time; the match after it is tried in full
        # (the info charset only decides where to try), so a superset does as well: the same
        # characters below 256 in a bitmap, and every character above, where a category member
        # is rare in a text (a digit "٣", a letter "ł", a dash "–": each is tried as before).
        info = [_C.INFO, 0, _C.SRE_INFO_CHARSET, min(lo, _compiler.MAXCODE), min(hi, _compiler.MAXCODE)]
        _compiler._compile_charset(_latin1_or_above(first, flags), flags, info)
        info[1] = len(info) - 1
        return info + code[code[1] + 1 :]
    if len(first) == 1 and first[0][0] is _C.LITERAL:
        # One character starts every match ("M" of "Me", "X"): searched for as a literal prefix,
        # one comparison per character (a charset test costs several times more), then the whole
        # expression is matched from it (prefix_skip 0: its leading assertions included).
        info = [_C.INFO, 0, _C.SRE_INFO_PREFIX, min(lo, _compiler.MAXCODE), min(hi, _compiler.MAXCODE)]
        info += [1, 0, first[0][1], 0]  # prefix length, prefix_skip, the prefix, its overlap table
        info[1] = len(info) - 1
        return info + code[code[1] + 1 :]
    charset, hascased = _compiler._optimize_charset(first)
    if hascased:
        return code
    info = [_C.INFO, 0, _C.SRE_INFO_CHARSET, min(lo, _compiler.MAXCODE), min(hi, _compiler.MAXCODE)]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[code[1] + 1 :]


def _latin1_or_above(first: list[tuple[Any, Any]], flags: int) -> list[tuple[Any, Any]]:
    """A charset of the characters below 256 that ``first`` holds (as ``re`` reads it, under
    ``flags``) and of every character from 256 on: a superset of ``first`` tested without a
    category look-up.

    It is written as its complement, negated: the characters below 256 that ``first`` does not
    hold, in one bitmap. A character the search skips (nearly every one: a letter before a digit
    class) is then decided by that one bitmap test, where a bitmap of the members then a range
    for the characters from 256 on took a test of each (the charset test is the search's cost per
    character skipped)."""
    state = _parser.State()
    state.flags = flags
    member = _compiler.compile(_parser.SubPattern(state, [(_C.IN, first)]), flags).match
    outside = bytearray(0 if member(chr(code)) else 1 for code in range(256))
    return [(_C.NEGATE, None), (_C.CHARSET, _compiler._mk_bitmap(outside))]


class EndAnchored:
    """An expression that only matches up to the end of the searched window (``...[ \\t]*$``, the
    context looked for right before a word: "maladie chronique" before "de type 2", "suivie pour"
    before a diagnosis), searched only when the window can hold such a match.

    ``re`` tries such an expression at every position of the window, each try running through its
    alternatives; most windows end with a word that no match can end with ("de", "le", a name).
    Every match ends, before ``$`` (which also matches before a final line end), with one of
    ``words`` then characters of ``tail`` only: when the window, less a final line end and the
    ``tail`` characters before it, ends with none of ``words``, there is no match and the search is
    skipped (a suffix test in C instead of a search). Otherwise the expression is searched as
    usual, so the matches are the same. tests/guard/test_guard_fast_paths.py holds each one's words
    to its expression."""

    __slots__ = ("pattern", "tail", "words")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...], tail: str = " \t") -> None:
        if not words or any(not word or word[-1] in tail + "\n" for word in words):
            raise ValueError("each last word must be non-empty and end outside the tail")
        self.pattern = pattern
        self.words = words
        self.tail = tail

    def may_match(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """False when ``self.pattern.search(text, pos, endpos)`` certainly finds nothing."""
        # (the window as ``re`` reads it: pos and endpos clamped to the text, not counted from its end)
        low = pos if pos > 0 else 0
        window = text[low:] if endpos is None else text[low:endpos] if endpos > 0 else ""
        if not window:
            return True  # an empty window: left to the expression
        if window[-1] == "\n":
            window = window[:-1]  # "$" also matches before a final line end, which no tail character is
        return window.rstrip(self.tail).endswith(self.words)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``self.pattern.search(text, pos, endpos)``, skipped when it cannot match."""
        # (may_match in line: thousands of searches per pass, and a call costs more than the test)
        low = pos if pos > 0 else 0
        window = text[low:] if endpos is None else text[low:endpos] if endpos > 0 else ""
        if window:
            if window[-1] == "\n":
                window = window[:-1]
            if not window.rstrip(self.tail).endswith(self.words):
                return None
        if endpos is None:
            return self.pattern.search(text, pos)
        return self.pattern.search(text, pos, endpos)


# ``(?<![B])[a-z]{N,}(?:E1|E2|...)(?![B])``: a whole word (no B character on either side) of
# letters that ends with one of the endings
_WORD_WITH_ENDINGS = re.compile(
    r"(\(\?<!\[[^\]]*\]\))\[a-z\]\{(\d+),\}\(\?:(.*)\)(\(\?!\[[^\]]*\]\))", re.DOTALL
)


def words_ending(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """For a pattern ``(?<![B])[a-z]{N,}(?:E1|E2|...)(?![B])`` whose endings are plain words with
    optional letters ("ites?"), one that finds the same matches faster; any other pattern as it is.

    ``re`` tries ``[a-z]{N,}`` at the start of every word, then gives back one letter at a time,
    trying every ending at each (more than a hundred steps for a long word). Since a match cannot
    be followed by a letter (B holds them), it is always the whole run of letters: the new pattern
    takes the run at once (``[a-z]++``, given back never) and looks behind its end for the endings
    of each length, with N letters before them (inside the run, since the character before it is
    not a letter). The matches are the same; tests/guard/test_guard_fast_paths.py holds them to the
    pattern's."""
    shape = _WORD_WITH_ENDINGS.fullmatch(pattern.pattern)
    if shape is None or pattern.flags & _UNSAFE_FLAGS or _parser is None:
        return pattern
    before, least, endings, after = shape.groups()
    if "\\w" not in before or "\\w" not in after or before.startswith("(?<![^") or after.startswith("(?![^"):
        return pattern  # the run must stop at a letter on both sides (B holds \w, not its complement)
    words = _plain_words(endings)
    if not words:
        return pattern
    shortest = min(len(word) for word in words)
    # the last letters every ending has: one look behind them rules out nearly every word at once
    tails = sorted({word[-shortest:] for word in words})
    by_length: dict[int, list[str]] = {}
    for word in sorted(words):
        by_length.setdefault(len(word), []).append(re.escape(word))
    behind = "|".join(
        f"(?<={'|'.join(group)})(?<=[a-z]{{{length + int(least)}}})"
        for length, group in sorted(by_length.items())
    )
    return compile(f"{before}[a-z]++(?<={'|'.join(tails)})(?:{behind}){after}", pattern.flags)


def endings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The endings E1, E2... of a pattern ``(?<![B])[a-z]{N,}(?:E1|E2|...)(?![B])`` that
    :func:`words_ending` reads faster (every string of the alternation), or None for another."""
    shape = _WORD_WITH_ENDINGS.fullmatch(pattern.pattern)
    if shape is None or _parser is None:
        return None
    words = _plain_words(shape.group(3))
    return frozenset(words) if words else None


_MAX_LITERALS = 4096


def literals(pattern: str) -> frozenset[str] | None:
    """Every string ``pattern`` matches, when it is made of plain characters, groups,
    alternations, optional parts and sets of plain characters only (no more than a few thousand
    strings); else None. A text holds a match only where it holds one of these strings."""
    if _parser is None:
        return None
    try:
        forms = _literal_forms(_parser.parse(pattern).data)
    except Exception:  # internals of another version: no strings to tell
        return None
    return None if forms is None else frozenset(forms)


def _literal_forms(data: Any) -> list[str] | None:
    forms = [""]
    for op, av in data:
        if op is _C.LITERAL:
            ends = [chr(av)]
        elif op is _C.IN and all(o is _C.LITERAL for o, _av in av):
            ends = [chr(code) for _op, code in av]
        elif op is _C.SUBPATTERN and not (av[1] or av[2]):
            found = _literal_forms(av[3].data)
            if found is None:
                return None
            ends = found
        elif op is _C.BRANCH:
            ends = []
            for item in av[1]:
                found = _literal_forms(item.data)
                if found is None:
                    return None
                ends += found
        elif op in _REPEATS and av[0] == 0 and av[1] == 1:
            found = _literal_forms(av[2].data)
            if found is None:
                return None
            ends = ["", *found]
        else:
            return None
        forms = [form + end for form in forms for end in ends]
        if len(forms) > _MAX_LITERALS:
            return None
    return forms


def _plain_words(alternation: str) -> set[str] | None:
    """Every string ``alternation`` matches, when it is an alternation of letters with optional
    single letters ("ites?|oma"); else None."""
    try:
        parsed = _parser.parse(alternation)
    except Exception:
        return None
    data = list(parsed.data)
    if len(data) == 1 and data[0][0] is _C.SUBPATTERN:
        data = list(data[0][1][3].data)
    items = (
        [_parser.SubPattern(parsed.state, data)]
        if len(data) != 1 or data[0][0] is not _C.BRANCH
        else data[0][1][1]
    )
    words: set[str] = set()
    for item in items:
        forms = [""]
        for op, av in item.data:
            if op is _C.LITERAL:
                forms = [form + chr(av) for form in forms]
            elif (
                op is _C.MAX_REPEAT
                and av[0] == 0
                and av[1] == 1
                and len(av[2].data) == 1
                and av[2].data[0][0] is _C.LITERAL
            ):
                letter = chr(av[2].data[0][1])
                forms = forms + [form + letter for form in forms]
            else:
                return None
        words.update(forms)
    if not words or not all(word.isascii() and word.isalpha() and word.islower() for word in words):
        return None
    return words
