"""One typo in a lexicon word, found without typo-variant keys.

The lexicons accept one typo per term: a letter dropped, doubled, two letters swapped, one
replaced by a plausible other (keyboard neighbour, French/Dutch spelling confusion) or a usual
spelling confusion ("ph"/"f", "y"/"i"). Spelling all of them out as automaton keys took 270,000
keys and 80 MB. Instead, the words of a text that are not lexicon words are looked up in a
deletion index of the lexicon's words (a word and the word minus one letter, SymSpell-style): a
hit is a candidate, confirmed by the exact edit rules. Each confirmed word is put in place of the
typo in a short window of the text, which the automaton reads again; a key that matches only
thanks to the correction is a typo-variant hit, mapped back to the original offsets.

Common words are never corrected ("facture" is not a misspelt "fracture"), except next to a word
of a multi-word term, and then only for that term ("orange kaart" is "oranje kaart", "orange"
alone is a colour).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

# the commonest spelling confusions of French and Dutch (wrong -> right as typed)
SPELLING = (("y", "i"), ("i", "y"), ("ph", "f"), ("c", "k"), ("k", "c"), ("ij", "y"), ("y", "ij"))
MIN_WORD = 3
MIN_RARE_WORD = 5
# a word cut in two is joined when the two parts make one of seven letters or more
MIN_SPLIT_WORD = 7
_PART = 4  # the longer part of a word cut in two has at least this many letters
_TRIED_ENDINGS = frozenset({"s", "e", "es", "en", "x"})
# longer than the longest automaton key: a key that contains the corrected word fits in the window
WINDOW = 120
# words remembered as needing no correction, per kind, before the memory is cleared
_SEEN_MAX = 1 << 16
# up to this many words to find next to phrase words, one list.index scan each (in C) is cheaper
# than one Python pass over the tokens; beyond it (long texts), the single pass is
_INDEX_SCANS = 4

# (end offset in the read text, slot, payload (key length, entry index, whole word, variant))
Payload = tuple[int, int, bool, bool]
# runs the automaton over a text; hits ending before the given offset may be skipped undecoded
WindowReader = Callable[[str, int], Iterable[tuple[int, int, Payload]]]


@dataclass(frozen=True, slots=True)
class Correction:
    stem: str  # the part of the token that is replaced (the token, or the token minus an ending)
    word: str  # the lexicon word put in its place
    kind: str  # drop, double, swap, substitution, spelling, split, elision
    phrase_only: bool  # a common word corrected next to a phrase word: multi-word terms only


class _CorrectionSlots:
    """A Correction's slots, in its order, without its frozen ``__setattr__``: set by plain
    attribute stores, then made a Correction (as :func:`secretpro.guard.model.new_finding` makes a
    Finding; corrections are rebuilt per message from the kept ones)."""

    __slots__ = Correction.__slots__

    def __init__(self, stem: str, word: str, kind: str, phrase_only: bool) -> None:
        self.stem = stem
        self.word = word
        self.kind = kind
        self.phrase_only = phrase_only
        self.__class__ = Correction  # type: ignore[assignment]


# the letters French elides before a vowel or an h: "l'", "d'", "j'", "s'", "n'", "m'", "t'"
ELIDED = frozenset("ldjsnmt")


def _new_correction(stem: str, word: str, kind: str, phrase_only: bool) -> Correction:
    return _CorrectionSlots(stem, word, kind, phrase_only)  # type: ignore[return-value]


def _word_parts(vocab: frozenset[str]) -> frozenset[str]:
    """Every opening and every rest of four letters or more of the words of ``vocab`` that are
    long enough to be cut in two: the longer part of a word cut by a blank is one of them (the other
    may be shorter: "zwan ger"). Built in 12 ms; the rests with an ending after them too took 50 ms,
    too long for a command's start."""
    long_words = [word for word in vocab if len(word) >= MIN_SPLIT_WORD]
    openings = {word[:cut] for word in long_words for cut in range(_PART, len(word) - 1)}
    rests = {word[cut:] for word in long_words for cut in range(2, len(word) - _PART + 1)}
    return frozenset(openings | rests)


def _lexical_openings(vocab: frozenset[str]) -> frozenset[str]:
    """The lexicon words that open a longer one, four letters or more before its end ("asiel" of
    "asielzoeker"): the only lexicon words a cut word may start with (449 of 8,223 words)."""
    long_words = [word for word in vocab if len(word) >= MIN_SPLIT_WORD]
    return frozenset({word[:cut] for word in long_words for cut in range(_PART, len(word) - 3)} & vocab)


def _joinable(vocab: frozenset[str], endings: list[str]) -> dict[str, int]:
    """The lexicon words a word cut in two may make, alone or with a usual ending: each with the
    length of its ending (one dictionary look-up per pair of words)."""
    out: dict[str, int] = {}
    for ending in sorted(endings, key=len, reverse=True):
        out.update((word + ending, len(ending)) for word in vocab if len(word) >= MIN_SPLIT_WORD)
    out.update((word, 0) for word in vocab if len(word) >= MIN_SPLIT_WORD)
    return out


def _deletions(word: str) -> Iterator[str]:
    yield word
    for i in range(1, len(word)):
        yield word[:i] + word[i + 1 :]


def _deletion_index(words: Iterable[str]) -> dict[str, str]:
    """Deletion key -> the words it comes from, space-separated (str values unpickle fast)."""
    index: dict[str, list[str]] = {}
    for word in sorted(words):
        for key in set(_deletions(word)):
            index.setdefault(key, []).append(word)
    return {key: " ".join(found) for key, found in index.items()}


def classify(typed: str, word: str, substitutes: dict[str, str]) -> str | None:
    """The edit that turns ``word`` into ``typed``, under the lexicons' rules, or None: never the
    first letter; the last one only swapped with the one before."""
    lt, lw = len(typed), len(word)
    if typed[:1] != word[:1]:
        return None
    if lt == lw - 1:
        if any(word[:i] + word[i + 1 :] == typed for i in range(1, lw - 1)):
            return "drop"
    elif lt == lw + 1:
        if any(word[: i + 1] + word[i:] == typed for i in range(1, lw - 1)):
            return "double"
    elif lt == lw:
        diff = [i for i in range(lw) if typed[i] != word[i]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and 1 <= diff[0] <= lw - 2
        if swapped and typed[diff[0]] == word[diff[1]] and typed[diff[1]] == word[diff[0]]:
            return "swap"
        if len(diff) == 1 and 1 <= diff[0] <= lw - 2 and typed[diff[0]] in substitutes.get(word[diff[0]], ""):
            return "substitution"
    for wrong, right in SPELLING:
        if wrong in word[1:] and word[0] + word[1:].replace(wrong, right) == typed:
            return "spelling"
    return None


class FuzzyIndex:
    """The words of the lexicon terms that accept a typo, and how to find their typos in a text."""

    def __init__(
        self,
        words: Iterable[str],
        partners: dict[str, set[str]],
        common: frozenset[str],
        substitutes: dict[str, str],
        endings: Iterable[str],
        indexes: tuple[dict[str, str], dict[str, str]] | None = None,
    ) -> None:
        """``partners``: for each word of a multi-word term, the other words of its terms.
        ``indexes``: the deletion indexes of ``words`` and of the phrase words if already built
        (:attr:`indexes` of an equal index, e.g. from the lexicon cache)."""
        self.vocab = frozenset(words)
        self.phrase_vocab = frozenset(partners)
        self._partners = {word: frozenset(others) for word, others in partners.items()}
        if indexes is None:
            indexes = (_deletion_index(self.vocab), _deletion_index(self.phrase_vocab))
        self._index, self._phrase_index = indexes
        self._substitutes = substitutes
        # A word more than twice as long as the longest lexicon word, plus the deletion and an
        # ending, is one edit from none of them: a deletion keeps all but one letter, and the
        # spelling variants shorten a word at most by half ("ij" -> "y"). Such a word is not looked
        # up: its deletions cost time in the square of its length ("a a a ..." joined by the
        # normaliser into one 50,000-letter word took 1.3 s; sixteenth round, hostile inputs).
        self._longest_typo = 2 * max((len(w) for w in self.vocab | self.phrase_vocab), default=0) + 3
        # the usual endings only: a typo in a rarer inflected form is not worth a lookup per word
        self._endings = sorted((e for e in endings if e in _TRIED_ENDINGS), key=len, reverse=True)
        # Words recur from one message to the next (greetings, names, places): what was learnt of
        # each is kept between messages, under the word's hash, never the word itself, so that
        # the names and numbers of the messages scanned do not stay in the process's memory. (The
        # hash of a string is salted per process; two words sharing one, about one chance in 2^64
        # per pair, would only mean a typo not looked for.)
        # words with no correction as a whole word (the lexicon's words, the common words and the
        # words seen with none), and next to a phrase word (the words seen with none)
        # A word of the dictionaries (the lexicons' words and the common words: public, the same
        # in every process) is its own key; any other word (a name, a number, a street) is kept
        # by its hash. (The hashes of dictionary words could be tested one by one anyway.)
        self._dictionary = self.vocab | common
        # the openings and the rests of the lexicon words (_split_words), built on first use
        self._parts: frozenset[str] | None = None
        self._joinable: dict[str, int] | None = None
        self._lexical_openings: frozenset[str] | None = None
        self._uncorrected: set[int] = set()
        self._phrase_uncorrected: set[str | int] = set()
        # the corrections found for a word (a typo of a lexicon word), as a whole word or next to
        # a phrase word, without the word itself (see _Kept)
        self._corrections_found: dict[tuple[str | int, bool], _Kept] = {}
        self._term_words_seen: dict[str | int, frozenset[str]] = {}
        # word -> its phrase-only corrections and the other words of their terms
        self._phrase_typos: dict[str | int, tuple[_Kept, frozenset[str]]] = {}

    @property
    def indexes(self) -> tuple[dict[str, str], dict[str, str]]:
        return self._index, self._phrase_index

    def _lookup_word(self, token: str, phrase_only: bool) -> tuple[Correction, ...]:
        if len(token) > self._longest_typo:
            return ()
        index = self._phrase_index if phrase_only else self._index
        vocab = self.phrase_vocab if phrase_only else self.vocab
        # an elision typed without its apostrophe, as in a text message ("crise dasthme", "a
        # lhopital"): the word after the letter is a lexicon word (eighteenth round, invented
        # probes; looked up here, once per word, as typos are)
        if not phrase_only and token[0] in ELIDED and token[1:] in vocab:
            return (_new_correction(token, token[1:], "elision", False),)
        stems = [token] + [
            token[: -len(e)] for e in self._endings if token.endswith(e) and len(token) - len(e) >= MIN_WORD
        ]
        for stem in stems:
            candidates: set[str] = set()
            for key in _deletions(stem):
                found_words = index.get(key)
                if found_words:
                    candidates.update(found_words.split(" "))
            for wrong, right in SPELLING:
                if right in stem[1:]:
                    back = stem[0] + stem[1:].replace(right, wrong)
                    if back in vocab:
                        candidates.add(back)
            found = []
            for word in sorted(candidates):
                if word == stem:
                    continue
                kind = classify(stem, word, self._substitutes)
                if kind:
                    found.append(_new_correction(stem, word, kind, phrase_only))
            if found:
                return tuple(found)
        return ()

    def corrections(
        self, spaced: str, tokens: list[str] | None = None, unique: set[str] | None = None
    ) -> dict[str, tuple[Correction, ...]]:
        """Per token of ``spaced`` (the text the automaton reads), the lexicon words it may be a
        typo of: any rare word of five letters or more (a one-word term that accepts a typo has
        six), and next to a word of a multi-word term any word of three letters or more, common
        or not, for multi-word terms only ("sns papiers", "orange kaart"). ``tokens`` and
        ``unique``: ``spaced.split()`` and its set, when the caller has them (read, not changed)."""
        if tokens is None or unique is None:
            tokens = spaced.split()
            unique = set(tokens)
        # the words less the dictionaries' words known to need no correction next to a phrase word
        # (_phrase_uncorrected holds no other word: each other one is kept by its hash), then the
        # hashes of the words that are not the dictionaries' (built in C; a string's hash is
        # computed once and kept with it: the set above did). Each step reads a smaller set.
        rest = unique - self._phrase_uncorrected
        others = rest - self._dictionary
        hashes = set(map(hash, others))
        # the word of each hash, needed for the few hashes left below (most messages have none
        # left to look up, and none whose kept corrections apply): built when first needed
        keyed: dict[int, str] | None = None
        out: dict[str, tuple[Correction, ...]] = {}
        # Most words of a message are the dictionaries' or were seen before with no correction:
        # set differences (run in C) leave the few worth a look-up, instead of a Python test per
        # word. (A set less a set goes over the smaller one.)
        for key in hashes - self._uncorrected:
            if keyed is None:
                keyed = _by_hash(others)
            token = keyed[key]
            if len(token) < MIN_RARE_WORD or not token.isalpha():
                self._remember(self._uncorrected, key)
                continue
            found = self._lookup(token, key, phrase_only=False)
            if found:
                out[token] = found
            else:
                self._remember(self._uncorrected, key)
        # the message's lexicon words that open a longer one may be a cut word's first half too
        # ("asiel zoeker" was found as "asiel" alone; eighteenth round, the evasion family's draw)
        if self._lexical_openings is None:
            self._lexical_openings = _lexical_openings(self.vocab)
        lexical = unique & self._lexical_openings
        if others or lexical:
            self._split_words(spaced, others, out, lexical)
        phrase_vocab = self.phrase_vocab
        if phrase_vocab.isdisjoint(unique):
            return out
        partners = self._partners
        # A word one typo away from a word of a multi-word term is corrected when a word of that
        # term stands within two words either side ("odre de quitter"; "orange" is "oranje" before
        # "kaart", not before "pull"). Such words are rare: find them first, then their neighbours.
        typos: dict[str, tuple[Correction, ...]] = {}
        phrase_typos = self._phrase_typos
        # (a word of the dictionaries is its own key; another one's key is its hash)
        unseen: list[str | int] = [*(hashes - self._phrase_uncorrected)]
        unseen += rest - others
        for word_key in unseen:
            kept = phrase_typos.get(word_key)
            if kept is not None and kept[1].isdisjoint(unique):
                continue  # no word of the terms of its kept corrections in the text (the usual case)
            if isinstance(word_key, str):
                near = word_key
            else:
                if keyed is None:
                    keyed = _by_hash(others)
                near = keyed[word_key]
            if kept is not None:
                # (the corrections rebuilt only where a word of one of their terms is in the text)
                typos[near] = _rebuilt(near, kept[0])
                continue
            if len(near) < MIN_WORD or not near.isalpha():
                self._remember(self._phrase_uncorrected, word_key)
                continue
            candidates = self._lookup(near, word_key, phrase_only=True)
            if not candidates:
                self._remember(self._phrase_uncorrected, word_key)
                continue
            # a word with corrections next to a phrase word comes back in message after message
            # ("pour", "dans"): its corrections and their terms' words are kept
            term_words = self._term_words(word_key, candidates)
            if len(phrase_typos) >= _SEEN_MAX:
                phrase_typos.clear()
            phrase_typos[word_key] = (_kept(near, candidates), term_words)
            if not term_words.isdisjoint(unique):
                typos[near] = candidates  # a word of one of its terms is in the text: is it near?
        if not typos:
            return out
        around = words_around(tokens, typos)
        for near, candidates in typos.items():
            words = around[near] & phrase_vocab
            words.discard(near)
            found = tuple(c for c in candidates if not words.isdisjoint(partners.get(c.word, ())))
            if found:
                out[near] = tuple(dict.fromkeys((*out.get(near, ()), *found)))
        return out

    def _split_words(
        self,
        spaced: str,
        others: set[str],
        out: dict[str, tuple[Correction, ...]],
        lexical: frozenset[str] | set[str] = frozenset(),
    ) -> None:
        """A word cut in two by a blank, as text taken from a PDF often is ("hospita lisée", "zwan
        ger"), or as a writer may cut one to get it past the guard: two words, one of them in no
        dictionary or a lexicon word itself ("asiel zoeker"), that make a lexicon word together
        (with a usual ending or not) are corrected as one, under the first of them (seventeenth
        round, hostile inputs). ``others``: the message's words in no dictionary; ``lexical``: its
        lexicon words, which start a cut word only before a part of four letters or more ("zonder
        papier en pen" is no "papieren")."""
        if self._parts is None:
            self._parts = _word_parts(self.vocab)
        # (the longer part of a cut word is an opening or a rest of a lexicon word: a set
        # intersection, in C, leaves none in nearly every message)
        candidates = others & self._parts
        if lexical:
            candidates = candidates | lexical  # (openings of longer words: parts all)
        if not candidates:
            return
        if self._joinable is None:
            self._joinable = _joinable(self.vocab, self._endings)
        joinable = self._joinable
        for token, before, after in _neighbours(spaced, candidates):
            for first, second in ((before, token), (token, after)):
                joined = first + second
                ending = joinable.get(joined)
                if ending is None or len(first) < 2 or len(second) < 2 or len(second) <= ending:
                    continue
                if token not in others and (first is not token or len(second) < 4):
                    continue  # (a lexicon word starts a cut word only before a long part)
                word = joined[: len(joined) - ending]
                stem = first + " " + second[: len(second) - ending]
                found = out.get(first, ())
                if all(c.stem != stem for c in found):
                    out[first] = (*found, _new_correction(stem, word, "split", False))

    def _lookup(self, token: str, key: str | int, phrase_only: bool) -> tuple[Correction, ...]:
        """:meth:`_lookup_word`, its corrections kept under the word's key (itself for a word of
        the dictionaries, else its hash) when there are some (a word without any is remembered
        as such by the caller)."""
        kept = self._corrections_found.get((key, phrase_only))
        if kept is not None:
            return _rebuilt(token, kept)
        found = self._lookup_word(token, phrase_only)
        if found:
            if len(self._corrections_found) >= _SEEN_MAX:
                self._corrections_found.clear()
            self._corrections_found[key, phrase_only] = _kept(token, found)
        return found

    def _term_words(self, key: str | int, candidates: tuple[Correction, ...]) -> frozenset[str]:
        """The other words of the multi-word terms of the phrase-only corrections of the word
        whose key is ``key``."""
        words = self._term_words_seen.get(key)
        if words is None:
            partners = self._partners
            words = frozenset().union(*(partners.get(c.word, ()) for c in candidates))
            if len(self._term_words_seen) >= _SEEN_MAX:
                self._term_words_seen.clear()
            self._term_words_seen[key] = words
        return words

    def _remember(self, seen: set[Any], key: str | int) -> None:
        """Keep the key of a word known to need no correction (bounded: emptied when full)."""
        if len(seen) >= _SEEN_MAX:
            seen.clear()
        seen.add(key)


def _by_hash(words: set[str]) -> dict[int, str]:
    """Each word under its hash (a later word of the same hash, one chance in 2^64, replaces one
    before it: its typos are then not looked for)."""
    return {hash(word): word for word in words}


# A word's corrections as kept between messages: per correction, how many characters of the word
# its stem leaves out (an ending), the lexicon word, the kind of edit and whether it is phrase-only.
# The word itself is not kept: it is the key's, and it is there again when the key is met.
_Kept = tuple[tuple[int, str, str, bool], ...]


def _kept(token: str, found: tuple[Correction, ...]) -> _Kept:
    return tuple((len(token) - len(c.stem), c.word, c.kind, c.phrase_only) for c in found)


def _rebuilt(token: str, kept: _Kept) -> tuple[Correction, ...]:
    if len(kept) == 1:  # (nearly always: one lexicon word one typo away)
        cut, word, kind, phrase = kept[0]
        return (_new_correction(token[: len(token) - cut], word, kind, phrase),)
    return tuple(
        [_new_correction(token[: len(token) - cut], word, kind, phrase) for cut, word, kind, phrase in kept]
    )


def _neighbours(spaced: str, tokens: set[str]) -> Iterator[tuple[str, str, str]]:
    """Each occurrence of one of ``tokens`` as a whole word of ``spaced`` (words between single
    spaces), with the words right before and after it ("" where two spaces stand)."""
    if len(tokens) <= _INDEX_SCANS:
        for token in tokens:
            needle = " " + token + " "
            at = spaced.find(needle)
            while at >= 0:
                end = at + 1 + len(token)
                after_end = spaced.find(" ", end + 1)
                yield (
                    token,
                    spaced[spaced.rfind(" ", 0, at) + 1 : at],
                    spaced[end + 1 : after_end if after_end >= 0 else len(spaced)],
                )
                at = spaced.find(needle, end)
        return
    # Many such words (a long text): a search of the whole text per word made the look-up grow
    # with their number times the text's length; one pass over the words finds every occurrence.
    words = spaced.split(" ")
    last = len(words) - 1
    for i in [i for i, word in enumerate(words) if word in tokens]:
        yield words[i], words[i - 1] if i else "", words[i + 1] if i < last else ""


def words_around(tokens: list[str], nears: Iterable[str]) -> dict[str, set[str]]:
    """For each of ``nears`` (words of ``tokens``), the tokens within two places either side of
    any of its occurrences, itself included."""
    around: dict[str, set[str]] = {near: set() for near in nears}
    if len(around) <= _INDEX_SCANS:
        for near, found in around.items():
            # each occurrence found by list.index (a loop in C), not by a Python test per token
            i = tokens.index(near)
            while True:
                # (the window's start by a conditional, here and below, not max(0, ...): a call of max()
                # builds an argument tuple and steps through it, several times the cost of the test)
                found.update(tokens[i - 2 if i > 2 else 0 : i + 3])
                try:
                    i = tokens.index(near, i + 1)
                except ValueError:
                    break
    else:
        # Many such words (a long text): one list.index scan of all the tokens per word would
        # make the search quadratic; one Python pass over the tokens finds every occurrence.
        # (the positions first, by a comprehension: its loop runs faster than a for statement's)
        for i in [i for i, token in enumerate(tokens) if token in around]:
            around[tokens[i]].update(tokens[max(0, i - 2) : i + 3])
    return around


def _word_starts(spaced: str, token: str) -> list[int]:
    """Where ``token`` stands as a whole word in ``spaced`` (words between single spaces)."""
    needle = " " + token + " "
    starts: list[int] = []
    at = spaced.find(needle)
    while at >= 0:
        starts.append(at + 1)
        at = spaced.find(needle, at + 1)  # (the next may share this one's closing space)
    return starts


def variant_hits(
    spaced: str, corrections: dict[str, tuple[Correction, ...]], read: WindowReader
) -> Iterator[tuple[int, int, Payload, Correction]]:
    """(slot, end offset in ``spaced``, payload, correction) of every key that matches only once a
    typo is corrected; ``read`` runs the automaton over a text."""
    if not corrections:
        return
    # Every occurrence of a corrected token, in text order. The tokens are words of ``spaced``, a
    # space on either side of each: str.find of " token " (in C) finds them, where an expression
    # of them all, starting with a look-behind, was tried by ``re`` at every character. (At each
    # offset one word stands, so the offsets of different tokens never coincide.)
    occurrences = sorted((start, token) for token in corrections for start in _word_starts(spaced, token))
    for start, token in occurrences:
        for correction in corrections[token]:
            stem_end = start + len(correction.stem)
            if correction.kind == "split" and spaced[start:stem_end] != correction.stem:
                continue  # a word cut in two: only where its second part follows
            low = start - WINDOW if start > WINDOW else 0
            window = spaced[low:start] + correction.word + spaced[stem_end : stem_end + WINDOW]
            first, last_char = start - low, start - low + len(correction.word) - 1
            shift = len(correction.word) - len(correction.stem)
            for last, slot, (length, index, whole, _variant) in read(window, last_char):
                key_start = last - length + 1
                if key_start > first or last < last_char:
                    continue  # the key does not contain the corrected word: an exact hit
                end = low + last - shift
                yield slot, end, (end - (low + key_start) + 1, index, whole, True), correction
