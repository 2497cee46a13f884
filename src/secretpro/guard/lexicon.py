"""Data files and a multi-pattern matcher over folded text.

Lexicon files live in ``data/``: UTF-8, ``#`` starts a comment (the header names the source and
the date), one entry a line, optional ``<TAB>label``. Entry markers:
``*term`` the term may end a longer word (Dutch compounds: "nierdialyse"),
``term*`` any continuation of the word is accepted ("hospitalis*"),
``=term`` exact: no inflection ending, no typo variants (short acronyms).
Otherwise a few inflection endings (French and Dutch) are accepted and, for terms of six
letters or more, one typo (a letter dropped, doubled or two swapped); matchers built with
``substitutions=True`` also accept, for terms of seven letters or more, one letter replaced by a
plausible one (a keyboard neighbour or a French/Dutch spelling confusion: "orange kaart" for
"oranje kaart", "dialise"). A variant that is a frequent French or Dutch word is never used.

Typo variants are not automaton keys (they were 270,000 of them, 80 MB): the automaton holds the
exact keys only, and :mod:`secretpro.guard.fuzzy` finds the words of a text that are one such edit
away from a lexicon word, then reads the automaton again around each with the word corrected.
"""

from __future__ import annotations

import hashlib
import operator
import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import ahocorasick

from secretpro.guard import cache_files, fastre, fuzzy, normalize
from secretpro.guard.model import Doc
from secretpro.guard.normalize import fold, non_ascii_characters

_INFLECTIONS = frozenset({"s", "e", "es", "x", "en", "n", "ne", "nes", "ere", "eres"})
_TYPO_MIN_LENGTH = 6
_SUBSTITUTION_MIN_LENGTH = 7
# Keyboard rows (QWERTY and AZERTY) and the usual French/Dutch spelling confusions: the letters a
# typist plausibly puts in place of another. (All 25 letters would be five times the keys.)
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qsdfghjklm", "wxcvbn")
_CONFUSIONS = ("aeiouy", "ckqs", "sz", "fvw", "gj", "dt", "bp", "mn")


def _substitutes() -> dict[str, str]:
    near: dict[str, set[str]] = {c: set() for c in "abcdefghijklmnopqrstuvwxyz"}
    for row in _KEYBOARD_ROWS:
        for i, char in enumerate(row):
            near[char].update(row[max(0, i - 1) : i] + row[i + 1 : i + 2])
    for group in _CONFUSIONS:
        for char in group:
            near[char].update(group)
    return {char: "".join(sorted(others - {char})) for char, others in near.items()}


_SUBSTITUTES = _substitutes()


class Entry(NamedTuple):
    """One lexicon line, parsed (a NamedTuple: twenty thousand are made at each start, and a frozen
    dataclass cost three times as much to build)."""

    term: str
    label: str
    compound_tail: bool
    any_continuation: bool
    exact: bool


class Match(NamedTuple):
    """A lexicon hit (a NamedTuple: built in the hot loop, cheaper than a frozen dataclass)."""

    start: int
    end: int
    label: str
    term: str


# Match(...) goes through the Python-level __new__ that namedtuple generates (a call and a frame
# per match); tuple.__new__ builds the same Match in C from the four values in field order, called
# as ``_TUPLE_NEW(Match, values)`` (a functools.partial of it took a second call and a copy of the
# arguments per match: tuple.__new__ takes no vectorcall, so the partial cannot pass them on).
_TUPLE_NEW = tuple.__new__


def read_lines(name: str) -> list[str]:
    """Non-comment, non-empty lines of a data file."""
    text = resources.files("secretpro.guard").joinpath("data", name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def read_entries(name: str, default_label: str = "") -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for line in read_lines(name):
        term, _, label = line.partition("\t")
        out.append((term.strip(), label.strip() or default_label))
    return out


def parse_entry(raw: str, label: str) -> Entry:
    exact = raw.startswith("=")
    raw = raw.lstrip("=")
    compound_tail = raw.startswith("*")
    any_continuation = raw.endswith("*")
    term = fold(raw.strip("*")).strip()
    return Entry(term, label, compound_tail, any_continuation, exact)


def parse_entries(lines: Sequence[tuple[str, str]]) -> tuple[Entry, ...]:
    """``parse_entry`` of each line, the terms folded in one call (a fold per term was most of the
    time a lexicon took to read at each start). Folding keeps every character's place and leaves
    the markers "=" and "*" as they are, so each folded line is cut as its own line."""
    joined = "\n".join(term for term, _label in lines)
    folded = fold(joined).split("\n")
    if len(folded) != len(lines) or len(joined.lower()) != len(joined):
        # A term holding a line break; or a letter whose lower case is two ("İ"), for which fold()
        # takes its table for the whole text, and the table has no final sigma ("Σ" at a word's
        # end) where str.lower() has one: one line at a time, as parse_entry reads them.
        return tuple(parse_entry(term, label) for term, label in lines)
    return tuple(
        _TUPLE_NEW(
            Entry,
            (
                lowered.lstrip("=").strip("*").strip(),
                label,
                raw.lstrip("=").startswith("*"),
                raw.endswith("*"),
                raw.startswith("="),
            ),
        )
        for (raw, label), lowered in zip(lines, folded, strict=True)
    )


def typo_variants(term: str) -> Iterator[str]:
    """One dropped, doubled or swapped letter (never the first one; the last one is only swapped,
    since dropping or doubling it mostly gives another inflection of a real word)."""
    for i in range(1, len(term) - 1):
        if term[i] != " ":
            yield term[:i] + term[i + 1 :]
            yield term[: i + 1] + term[i:]
    # the commonest spelling confusions of French and Dutch
    for wrong, right in (
        ("y", "i"),
        ("i", "y"),
        ("ph", "f"),
        ("c", "k"),
        ("k", "c"),
        ("ij", "y"),
        ("y", "ij"),
    ):
        if wrong in term[1:]:
            yield term[0] + term[1:].replace(wrong, right)
    for i in range(1, len(term) - 1):
        if term[i] != term[i + 1]:
            yield term[:i] + term[i + 1] + term[i] + term[i + 2 :]


def substitution_variants(term: str) -> Iterator[str]:
    """One letter replaced by a plausible other one (never the first or the last letter)."""
    for i in range(1, len(term) - 1):
        for other in _SUBSTITUTES.get(term[i], ""):
            yield term[:i] + other + term[i + 1 :]


_NON_WORD = fastre.compile(r"\W")
# the same characters but the space, which needs no replacing (far fewer substitutions)
_NON_WORD_BUT_SPACE = fastre.compile(r"[^\w ]")


# Every byte as the automaton reads it: ASCII letters, digits, "_" and the space as they are, any
# other byte (ASCII punctuation, and the "?" put for a non-ASCII character) as a space. bytes.translate
# does it in C at about a nanosecond a character, far cheaper than a substitution per character.
_SPACED_BYTES = bytes(
    code if code < 128 and (chr(code).isalnum() or chr(code) in "_ ") else ord(" ") for code in range(256)
)


def spaced(folded: str) -> str:
    """The text the automaton reads: a leading space, then every non-word character as a space.

    Keys start with a space unless they may end a compound, so a short term ("on", "as") never
    fires inside longer words, which keeps the Python-side filtering small.
    """
    if not folded.isascii():
        for char in non_ascii_characters(folded):
            if char.isalnum() or char == "_":  # a word character ("œ", "ß"): each one kept
                return " " + _NON_WORD_BUT_SPACE.sub(" ", folded) + " "
    # only ASCII word characters: the others ("–", "°", "€") are "?" once encoded, then spaces
    return " " + folded.encode("ascii", "replace").translate(_SPACED_BYTES).decode("ascii") + " "


def _spaced_doc(doc: Doc) -> str:
    return spaced(doc.folded)


def _spaced_tokens(doc: Doc) -> tuple[list[str], set[str]]:
    tokens = doc.memo("spaced", _spaced_doc).split()
    return tokens, set(tokens)


def spaced_words(doc: Doc) -> set[str]:
    """The distinct words of the text the automaton reads (not to be changed): a run of ASCII
    letters in ``doc.folded`` with no word character, apostrophe or hyphen on either side is one
    of them (such a run is read between two spaces)."""
    return doc.memo("spaced_tokens", _spaced_tokens)[1]


# French agreement puts the plural on every word of a noun phrase, up to its complement:
# "insuffisances respiratoires chroniques", "troubles psychiques", "retards mentaux", "maladies
# graves de l'enfant". A term's inflection endings are read after its last word only, so the
# plural of a multi-word term is a key of its own (tenth round, from rp10's tuning half).
_COMPLEMENT_WORDS = frozenset(
    [
        "de",
        "d",
        "du",
        "des",
        "a",
        "au",
        "aux",
        "en",
        "l",
        "la",
        "le",
        "les",
        "pour",
        "par",
        "sur",
        "avec",
        "sans",
        "et",
        "ou",
        "dans",
    ]
)


def _french_plural(term: str) -> str | None:
    """The plural of a multi-word term's words before its complement (None: no other key)."""
    words = term.split(" ")
    if len(words) < 2:
        return None
    out: list[str] = []
    for i, word in enumerate(words):
        if word in _COMPLEMENT_WORDS or not word.isalpha():
            if i < 1:
                return None
            out.extend(words[i:])
            break
        if word.endswith(("s", "x", "z")):
            out.append(word)
        elif word.endswith("al") and len(word) > 4:
            out.append(word[:-2] + "aux")
        elif word.endswith(("eau", "eu")):
            out.append(word + "x")
        else:
            out.append(word + "s")
    plural = " ".join(out)
    return plural if plural != term else None


def _key(term: str, compound_tail: bool, whole_word: bool) -> str:
    """The automaton key; a whole-word key also ends with a space, so it never fires on a prefix."""
    body = _NON_WORD.sub(" ", term)
    return ("" if compound_tail else " ") + body + (" " if whole_word else "")


# (key length, entry index, whole word, typo variant)
Payload = tuple[int, int, bool, bool]


class TermMatcher:
    """Finds lexicon entries in folded text; immutable once built."""

    def __init__(
        self,
        entries: Iterable[tuple[str, str]],
        typos: bool = True,
        inflections: bool = True,
        typo_min_length: int = _TYPO_MIN_LENGTH,
        substitutions: bool = False,
        plurals: bool = False,
    ) -> None:
        """``inflections=False``: every entry is a whole word (names of places and people);
        ``plurals``: a multi-word term's French plural is a key too (see _french_plural)."""
        # The lines as given; parsed on first use (:meth:`_parse`): a matcher of a group whose
        # automaton is cached needs its entries only when the automaton finds one of them, and the
        # cache's digest is taken from these lines, not from the parsed entries.
        self._lines: tuple[tuple[str, str], ...] = tuple(entries)
        self._entries: tuple[Entry, ...] | None = None
        self._options = (typos, inflections, typo_min_length, substitutions)
        self._plurals = plurals and inflections
        # key -> payload, worked out on first use: a group whose automaton is cached never needs them
        self._keys: dict[str, Payload] | None = None
        self._own: Any = None
        self._group: MatcherGroup | None = None
        self._slot = -1

    def signature(self) -> str:
        """Everything the keys are built from (for the digest of a cached automaton)."""
        return repr((self._lines, self._options, self._plurals))

    def _parse(self) -> tuple[Entry, ...]:
        if self._entries is None:
            self._entries = parse_entries(self._lines)
        return self._entries

    def _build_keys(self) -> dict[str, Payload]:
        """The exact keys (typo variants are found by :mod:`secretpro.guard.fuzzy`)."""
        _typos, inflections, _typo_min_length, _substitutions = self._options
        keys: dict[str, Payload] = {}

        def whole_word(entry: Entry) -> bool:
            return (entry.exact or not inflections) and not entry.any_continuation

        entries = self._parse()
        for index, entry in enumerate(entries):
            if entry.term:
                key = _key(entry.term, entry.compound_tail, whole_word(entry))
                if key in keys and entries[keys[key][1]].any_continuation and not entry.any_continuation:
                    # "dialyse*" listed once, "dialyse" again further down (another section): the
                    # plain entry must not take the continuation away ("dialyseren", "rolstoelen")
                    continue
                keys[key] = (len(key), index, whole_word(entry), False)
                plural = (
                    None
                    if not self._plurals or entry.exact or entry.compound_tail
                    else _french_plural(key.strip())
                )
                if plural is not None:
                    # (an entry of its own with this spelling keeps its key)
                    plural_key = _key(plural, False, whole_word(entry))
                    keys.setdefault(plural_key, (len(plural_key), index, whole_word(entry), False))
        return keys

    def fuzzy_words(self) -> tuple[set[str], dict[str, set[str]]]:
        """The words of the terms that accept a typo, and for each word of a multi-word term the
        other words of its terms (a typo is looked for next to them only)."""
        typos, _inflections, typo_min_length, _substitutions = self._options
        words: set[str] = set()
        partners: dict[str, set[str]] = {}
        if not typos:
            return words, partners
        for entry in self._parse():
            if entry.exact or len(entry.term) < typo_min_length:
                continue
            every = _NON_WORD.sub(" ", entry.term).split()
            parts = [w for w in every if len(w) >= fuzzy.MIN_WORD and w.isalpha()]
            words.update(parts)
            if len(every) > 1:
                for word in parts:
                    partners.setdefault(word, set()).update(w for w in parts if w != word)
        return words, partners

    def accepts(self, index: int, correction: fuzzy.Correction) -> bool:
        """Whether entry ``index`` accepts the typo that ``correction`` undoes."""
        typos, _inflections, typo_min_length, substitutions = self._options
        entry = self._parse()[index]
        if not typos or entry.exact or len(entry.term) < typo_min_length:
            return False
        if correction.kind == "substitution" and not (
            substitutions and len(entry.term.replace(" ", "")) >= _SUBSTITUTION_MIN_LENGTH
        ):
            return False
        return not correction.phrase_only or len(_NON_WORD.sub(" ", entry.term).split()) > 1

    @property
    def keys(self) -> dict[str, Payload]:
        """The automaton keys and their payloads (for a :class:`MatcherGroup`)."""
        if self._keys is None:
            self._keys = self._build_keys()
        return self._keys

    @property
    def _automaton(self) -> Any:
        """This matcher's own automaton, built on first use (a grouped matcher seldom needs it)."""
        if self._own is None:
            automaton: Any = ahocorasick.Automaton()
            for key, payload in self.keys.items():
                automaton.add_word(key, payload)
            if len(automaton) == 0:
                automaton.add_word("\x00\x00", (2, -1, False, False))
            automaton.make_automaton()
            self._own = automaton
        return self._own

    def _own_hits(self, text: str) -> list[tuple[int, Payload]]:
        """This matcher's own automaton hits in ``text``, typo variants included."""
        hits: list[tuple[int, Payload]] = list(self._automaton.iter(text))

        def read(window: str, min_last: int) -> Iterator[tuple[int, int, Payload]]:
            for last, payload in self._automaton.iter(window):
                if last >= min_last:
                    yield last, 0, payload

        if not self._options[0]:
            return hits  # no typos accepted: no correction could add a hit
        corrections = _fuzzy_index((self,)).corrections(text)
        for _slot, last, payload, correction in fuzzy.variant_hits(text, corrections, read):
            if payload[1] >= 0 and self.accepts(payload[1], correction):
                hits.append((last, payload))
        return hits

    def _join(self, group: MatcherGroup, slot: int) -> None:
        if self._group is not None and self._group is not group:
            raise ValueError("a term matcher belongs to one group at most")
        self._group, self._slot = group, slot

    def find(self, source: str | Doc) -> list[Match]:
        """All matches with word boundaries checked, overlapping ones of one label merged."""
        hits: Iterable[tuple[int, Payload]]
        if isinstance(source, Doc):
            folded = source.folded
            group = self._group
            if group is not None:
                # (MatcherGroup.hits read in line: a dozen matchers ask per message, and a call
                # costs more than the look-up)
                per_member = source._memo.get(group._memo_key)
                if per_member is None:
                    per_member = source._memo[group._memo_key] = group._read(source)
                hits = per_member[self._slot]
                if not hits:
                    return []  # most matchers find nothing in a message: no filtering to set up
            else:
                hits = self._own_hits(source.memo("spaced", _spaced_doc))
        else:
            folded = source
            hits = self._own_hits(spaced(folded))
        raw: list[Match] = []
        size = len(folded)
        entries = self._entries if self._entries is not None else self._parse()
        for last, (length, index, whole, variant) in hits:
            if index < 0:
                continue
            entry = entries[index]
            # offsets in the spaced text are one more than in ``folded``
            start = last - length + (0 if entry.compound_tail else 1)
            if whole and not entry.compound_tail:
                if variant and _is_frequent_word(folded, start, last - 1):
                    continue
                end = last - 1
                if not entry.term[-1].isalnum() and not folded.endswith(entry.term[-1], start, end):
                    # "vih+" is read as "vih" and any mark after it ("VIH, dit-il"): not that mark
                    while end > start and not folded[end - 1].isalnum():
                        end -= 1
                raw.append(_TUPLE_NEW(Match, (start, end, entry.label, entry.term)))
                continue
            end = last - 1 if whole else last
            # (str.isalnum inline: a helper function per hit cost a Python call each)
            if end < size and folded[end].isalnum() and folded[end - 1].isalnum():
                stop = end
                while stop < size and folded[stop].isalpha():
                    stop += 1
                if stop < size and folded[stop].isdigit():
                    continue
                tail = folded[end:stop]
                if entry.any_continuation or (not entry.exact and tail in _INFLECTIONS):
                    end = stop
                else:
                    continue
            if entry.compound_tail and start > 0 and folded[start - 1].isalnum():
                while start > 0 and folded[start - 1].isalpha():
                    start -= 1
            if variant and _is_frequent_word(folded, start, end):
                continue  # a typo variant plus an ending can still be a word: "zangeres", "malden"
            raw.append(_TUPLE_NEW(Match, (start, end, entry.label, entry.term)))
        return merge_matches(raw)


# Bumped whenever the key building or the payload encoding changes (part of the cache digest).
_AUTOMATON_FORMAT = "guard-automaton-8"  # 8: + the hint words (hints.py); 7: + French plurals of multi-word terms; 6: + the typo look-up's words and the common words; 5: a plain duplicate keeps a "term*" continuation; 2: exact keys only, typos by fuzzy.py; 3: + its index
_SLOT_BITS = 5
_MAX_KEY_LENGTH = 1 << 8


def _encode(slot: int, payload: Payload) -> int:
    """One (member, payload) as a non-negative int: the automaton stores ints, not objects."""
    length, index, whole, variant = payload
    return ((((index + 1) * _MAX_KEY_LENGTH + length) * 2 + whole) * 2 + variant) * (1 << _SLOT_BITS) + slot


def _decode(code: int) -> tuple[int, Payload]:
    slot = code & ((1 << _SLOT_BITS) - 1)
    code >>= _SLOT_BITS
    variant = bool(code & 1)
    whole = bool(code & 2)
    code >>= 2
    return slot, (code % _MAX_KEY_LENGTH, code // _MAX_KEY_LENGTH - 1, whole, variant)


# what a group's cache file holds: the automaton, its shared values, and what the typo look-up is
# made of (its deletion indexes, the lexicons' words and phrase partners, the common words)
_FuzzyParts = tuple[Any, set[str], dict[str, set[str]], frozenset[str]]
_Built = tuple[Any, tuple[tuple[int, ...], ...], _FuzzyParts]


class MatcherGroup:
    """Several matchers sharing one automaton: a text is read once for all of them instead of once
    per matcher (each matcher still filters its own hits, so the matches are the same).

    Building the automaton (hundreds of thousands of keys with their typo variants) takes seconds,
    so it is kept in the user's cache directory under the digest of everything it is built from
    (the lexicon entries, the options, the common words, the format): a changed data file gives a
    new digest, and a stale or unreadable cache file is simply rebuilt.
    """

    def __init__(
        self, matchers: Sequence[TermMatcher], cache: bool = True, hint_words: Sequence[str] = ()
    ) -> None:
        """``hint_words``: words (:mod:`secretpro.guard.hints`) whose occurrences in a document's
        folded text :meth:`found_hints` tells, from the same reading of the document."""
        if len(matchers) + (1 if hint_words else 0) >= 1 << _SLOT_BITS:
            raise ValueError("too many matchers in one group")
        self._size = len(matchers)
        self._members = tuple(matchers)
        self._memo_key = f"lexicon_group_{id(self)}"
        for slot, member in enumerate(matchers):
            member._join(self, slot)
        # The hint words are keys of the automaton too, under the slot after the members', as the
        # automaton reads them: each character that is not a word character a blank (so "l'etranger"
        # is the key "l etranger"). A key found is then a word found, unless the word has a blank
        # or another character than a letter or a digit ("les personnes" is read in "les-personnes"
        # too): such a word is compared with the folded text where its key was found. A key
        # without two word characters in a row would be found all over ("n°" read as "n ", "[.]"
        # as blanks alone): such a word is not a key but looked for in the folded text once one
        # character of it that is no letter ("°", "["; "." last, being everywhere) is found there
        # (a search for one character is a memchr, many times faster than one for a word).
        self._hint_words = tuple(hint_words)
        self._hint_slot = self._size
        keys = [_hint_key(word) for word in self._hint_words]
        # (per word, by its index, whether a key found is the word found)
        self._hint_exact = tuple(
            key == word and " " not in key for word, key in zip(self._hint_words, keys, strict=True)
        )
        self._positions_key = f"hint_positions_{id(self)}"
        self._hint_searched = tuple(
            (
                word,
                min(
                    (char for char in word if not (char.isalnum() or char in "_ ")),
                    key=_period_last,
                    default="",
                ),
            )
            for word, key in zip(self._hint_words, keys, strict=True)
            if not _is_hint_key(key)
        )
        searched = {word for word, _sign in self._hint_searched}
        # the hint words whose every occurrence the automaton finds (:meth:`hint_positions`)
        self.keyed_hints = frozenset(word for word in self._hint_words if word not in searched)
        self.digest = self._digest(matchers, self._hint_words)
        loaded = self._load() if cache else None
        if loaded is None:
            loaded = self._build(matchers, self._hint_words)
            if cache:
                self._store(loaded)
        self._automaton, self._shared, self._fuzzy_parts = loaded
        # the common words were read with the cache: no second reading of their files this run
        _prime_common_words(self._fuzzy_parts[3])
        self._fuzzy: fuzzy.FuzzyIndex | None = None
        # the (slot, payload) pairs of each automaton value met so far (one code, or several
        # shared by one key): a dictionary look-up instead of decoding them again (a few
        # thousand distinct values turn up; bounded by the automaton's values)
        self._decoded_values: dict[int, tuple[tuple[int, Payload], ...]] = {}

    @staticmethod
    def _digest(matchers: Sequence[TermMatcher], hint_words: Sequence[str]) -> str:
        digest = hashlib.sha256(_AUTOMATON_FORMAT.encode())
        digest.update(ahocorasick.__name__.encode())
        digest.update(_common_words_digest())
        digest.update(_code_digest())
        for member in matchers:
            digest.update(member.signature().encode())
        digest.update(repr(tuple(hint_words)).encode())
        return digest.hexdigest()[:32]

    def _path(self) -> Path:
        return cache_files.cache_dir() / f"guard-lexicons-{self.digest}.pickle"

    @staticmethod
    def _build(matchers: Sequence[TermMatcher], hint_words: Sequence[str]) -> _Built:
        table: dict[str, list[int]] = {}
        for slot, member in enumerate(matchers):
            for key, payload in member.keys.items():
                table.setdefault(key, []).append(_encode(slot, payload))
        for index, word in enumerate(hint_words):
            key = _hint_key(word)
            if _is_hint_key(key):  # (else looked for otherwise: see __init__)
                table.setdefault(key, []).append(_encode(len(matchers), (len(key), index, False, False)))
        shared: list[tuple[int, ...]] = []
        automaton: Any = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for key, codes in table.items():
            if len(codes) == 1:
                automaton.add_word(key, codes[0])
            else:  # a key of several members: a negative value points into the shared table
                shared.append(tuple(codes))
                automaton.add_word(key, -len(shared))
        if len(automaton) == 0:
            automaton.add_word("\x00\x00", -1)
            shared.append(())
        automaton.make_automaton()
        return automaton, tuple(shared), _fuzzy_parts(matchers)

    def _load(self) -> _Built | None:
        loaded = cache_files.load(self._path())
        if not isinstance(loaded, tuple) or len(loaded) != 4 or loaded[0] != self.digest:
            return None
        _digest, automaton, shared, parts = loaded
        return automaton, shared, parts

    def _store(self, built: _Built) -> None:
        cache_files.store(self._path(), (self.digest, *built))

    def hits(self, doc: Doc) -> list[list[tuple[int, Payload]]]:
        """Per member, its automaton hits in ``doc`` (end offset in the spaced text, payload);
        then, if the group holds hint words, theirs."""
        # (each member asks once per message: the memo read in line, not through a Doc.memo call)
        hits: list[list[tuple[int, Payload]]] | None = doc._memo.get(self._memo_key)
        if hits is None:
            hits = doc._memo[self._memo_key] = self._read(doc)
        return hits

    def found_hints(self, doc: Doc) -> frozenset[str]:
        """The hint words (see __init__) that occur in ``doc.folded``."""
        if not self._hint_words:
            return frozenset()
        folded = doc.folded
        found = set(self.hint_positions(doc))
        for word, sign in self._hint_searched:
            if sign in folded and word in folded:
                found.add(word)
        return frozenset(found)

    def hint_positions(self, doc: Doc) -> dict[str, list[int]]:
        """Where each hint word that is a key of the automaton (one of :attr:`keyed_hints`) starts in
        ``doc.folded``, in order: what ``str.find`` gives, from the reading the lexicons make anyway
        (a word absent from the result does not occur)."""
        positions: dict[str, list[int]] | None = doc._memo.get(self._positions_key)
        if positions is not None:
            return positions
        positions = doc._memo[self._positions_key] = {}
        words, exact, folded = self._hint_words, self._hint_exact, doc.folded
        if not words:
            return positions
        for last, (length, index, _whole, _variant) in self.hits(doc)[self._hint_slot]:
            # (the key ends at ``last`` in the spaced text, one character ahead of the folded one;
            # a key on the spaced text's leading blank, at -1 in the folded one, is no word there)
            start = last - length
            word = words[index]
            if start >= 0 and (exact[index] or folded[start:last] == word):
                at = positions.get(word)
                if at is None:
                    positions[word] = [start]
                else:
                    at.append(start)
        return positions

    def _read(self, doc: Doc) -> list[list[tuple[int, Payload]]]:
        # (one list more, after the members', for the hint words' hits if there are some)
        lists = self._size + 1 if self._hint_words else self._size
        per_member: list[list[tuple[int, Payload]]] = [[] for _ in range(lists)]
        text = doc.memo("spaced", _spaced_doc)
        decoded = self._decoded_values
        for last, value in self._automaton.iter(text):
            pairs = decoded.get(value)
            if pairs is None:
                pairs = decoded[value] = self._decode_value(value)
            for slot, payload in pairs:
                per_member[slot].append((last, payload))
        members = self._members
        if self._fuzzy is None:
            self._fuzzy = _fuzzy_index_of(self._fuzzy_parts)
        corrections = self._fuzzy.corrections(text, *doc.memo("spaced_tokens", _spaced_tokens))
        for slot, last, payload, correction in fuzzy.variant_hits(text, corrections, self._decoded):
            if members[slot].accepts(payload[1], correction):
                per_member[slot].append((last, payload))
        return per_member

    def _decode_value(self, value: int) -> tuple[tuple[int, Payload], ...]:
        """The (slot, payload) of each code an automaton value stands for."""
        return tuple(_decode(code) for code in ((value,) if value >= 0 else self._shared[-value - 1]))

    def _decoded(self, text: str, min_last: int = 0) -> Iterator[tuple[int, int, Payload]]:
        decoded = self._decoded_values  # (each value decoded once, as for the whole message)
        for last, value in self._automaton.iter(text):
            if last < min_last:
                continue
            pairs = decoded.get(value)
            if pairs is None:
                pairs = decoded[value] = self._decode_value(value)
            for slot, payload in pairs:
                if payload[1] >= 0 and slot != self._hint_slot:  # (a typo of a hint word is none)
                    yield last, slot, payload


def _hint_key(word: str) -> str:
    """A hint word as the automaton reads it: each character but a word character or a blank a
    blank (as :func:`spaced` writes the text)."""
    return "".join(char if char.isalnum() or char in "_ " else " " for char in word)


def _period_last(char: str) -> bool:
    """A key to take the first character that is not a period (one is in nearly every text)."""
    return char == "."


def _is_hint_key(key: str) -> bool:
    """Whether a hint word's key (:func:`_hint_key`) is specific enough to be an automaton key (and
    short enough for the payload's length field)."""
    return len(key) < _MAX_KEY_LENGTH and any(len(part) >= 2 for part in key.split())


def _is_frequent_word(folded: str, start: int, end: int) -> bool:
    """Whether a one-word typo-variant match is a frequent French or Dutch word ("zangeres" is
    not a misspelt "zwangere"); a phrase ("orange kaart") keeps its context and is not checked."""
    token = folded[start:end].strip()
    return " " not in token and token in _common_words()


# a Match's start (its first field), read in C: no Python call per match as a lambda made
_MATCH_START = operator.itemgetter(0)
_MATCH_END = operator.itemgetter(1)
_MATCH_LABEL_START = operator.itemgetter(2, 0)


def merge_matches(matches: list[Match]) -> list[Match]:
    """Union of overlapping matches that share a label (the longer term names the union)."""
    if len(matches) < 2:
        return matches  # most matchers find nothing or one term in a message
    # in (label, start, -end) order by two sorts keyed in C (a Python key per match cost more): the
    # longest first, then stably by label and start, which keeps that order among equal ones
    matches.sort(key=_MATCH_END, reverse=True)
    matches.sort(key=_MATCH_LABEL_START)
    merged: list[Match] = []
    # (the fields unpacked, the last merged match's label and end kept in locals: a NamedTuple's
    # field read by name goes through the generic attribute look-up, half a dozen per match)
    last_label, last_end = "", 0
    for match in matches:
        start, end, label, term = match
        if merged and label == last_label and start < last_end:
            if end > last_end:
                previous = merged[-1]
                if len(term) <= len(previous[3]):
                    term = previous[3]
                merged[-1] = _TUPLE_NEW(Match, (previous[0], end, label, term))
                last_end = end
            continue
        merged.append(match)
        last_label, last_end = label, end
    merged.sort(key=_MATCH_START)
    return merged


def _fuzzy_words(members: Sequence[TermMatcher]) -> tuple[set[str], dict[str, set[str]]]:
    words: set[str] = set()
    partners: dict[str, set[str]] = {}
    for member in members:
        w, p = member.fuzzy_words()
        words |= w
        for word, others in p.items():
            partners.setdefault(word, set()).update(others)
    return words, partners


def _fuzzy_parts(members: Sequence[TermMatcher]) -> _FuzzyParts:
    """What the typo look-up for these matchers is made of (a group stores it with its automaton)."""
    words, partners = _fuzzy_words(members)
    common = _common_words()
    indexes = fuzzy.FuzzyIndex(words, partners, common, _SUBSTITUTES, _INFLECTIONS).indexes
    return indexes, words, partners, common


def _fuzzy_index_of(parts: _FuzzyParts) -> fuzzy.FuzzyIndex:
    indexes, words, partners, common = parts
    return fuzzy.FuzzyIndex(words, partners, common, _SUBSTITUTES, _INFLECTIONS, indexes)


@cache
def _fuzzy_index(members: tuple[TermMatcher, ...]) -> fuzzy.FuzzyIndex:
    """The typo lookup of matchers outside a group, built once."""
    return _fuzzy_index_of(_fuzzy_parts(members))


_COMMON_FILES = ("common_words.txt", "frequent_words.txt", "frequent_words_en.txt")


_COMMON_WORDS: list[frozenset[str]] = []  # read once: from their files, or from the lexicons' cache


def _common_words() -> frozenset[str]:
    if not _COMMON_WORDS:
        # fold() keeps the length, so the whole file is folded at once, then split into lines
        lines = (fold("\n".join(read_lines(name))).split("\n") for name in _COMMON_FILES)
        _COMMON_WORDS.append(frozenset(word.strip() for group in lines for word in group))
    return _COMMON_WORDS[0]


def _prime_common_words(words: frozenset[str]) -> None:
    """The common words as a lexicon cache holds them (its digest covers their files)."""
    if not _COMMON_WORDS:
        _COMMON_WORDS.append(words)


def common_words() -> frozenset[str]:
    """Frequent French and Dutch words, folded (what the typo look-up never takes for a term)."""
    return _common_words()


@cache
def first_names() -> frozenset[str]:
    """The first names, folded (without the mark "~" of those read only when capitalised)."""
    return frozenset(fold(line.strip().lstrip("~")) for line in read_lines("first_names.txt"))


@cache
def ordinary_words() -> frozenset[str]:
    """The common words and the first names, folded: what a rare-looking word must not be."""
    return common_words() | first_names()


@cache
def _code_digest() -> bytes:
    """The code that turns the lexicon lines into keys: the cache's digest is taken from the lines
    as written, so a change in how they are folded or inflected must give another digest too."""
    digest = hashlib.sha256()
    for module in (sys.modules[__name__], normalize, fuzzy):
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.digest()


@cache
def _common_words_digest() -> bytes:
    digest = hashlib.sha256()
    for name in _COMMON_FILES:
        digest.update(resources.files("secretpro.guard").joinpath("data", name).read_bytes())
    return digest.digest()


@cache
def matcher(
    name: str, default_label: str = "", typos: bool = True, substitutions: bool = False, plurals: bool = False
) -> TermMatcher:
    """The matcher for one data file, built on first use."""
    return TermMatcher(
        read_entries(name, default_label), typos=typos, substitutions=substitutions, plurals=plurals
    )
