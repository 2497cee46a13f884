"""PERSON_NAME: titles, a first-name lexicon, field labels and signature lines.

Names are allowed under ``guarantor_inquiry`` and matter less than the forbidden categories, so
these heuristics favour simple, explainable rules over a statistical model. Cue words (titles,
labels, closing formulas, particles, stop words) are in ``data/name_cues.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from secretpro.guard import fastre
from secretpro.guard.lexicon import TermMatcher, read_entries, read_lines
from secretpro.guard.model import Doc, Finding, last_word_window, new_finding
from secretpro.guard.normalize import fold

_TOKEN = fastre.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
_SPACES = fastre.compile(r"[ \t]+")
_AFTER_TITLE = fastre.compile(r"\.?[ \t]+")
_AFTER_LABEL = fastre.compile(r"[ \t]*[:–-]?[ \t]+")
_END_OF_LINE = fastre.compile(r"[ \t,.!]*(?:\n|$)")
_NEXT_LINE = fastre.compile(r"\n(?:[ \t]*\n)*[ \t]*")
_SAINT_BEFORE = fastre.compile(r"(?:saint|sint|sainte|st|ste)[- ]$", re.IGNORECASE)
_IN_EMAIL = fastre.compile(r"@|\.\w")
_EMAIL_NEXT = ("@", ".")  # the characters a match of _IN_EMAIL starts with (tested before the call)
_WORD_BEFORE = fastre.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")
_SIGNATURE_RULE = fastre.compile(r"\n--[ \t]*(?=\n)")
# Initials in legal and administrative style: "P.", "J.-C.", "M. L. D." (a capital and a full stop).
_INITIAL = fastre.compile(r"[A-ZÀ-Ý]\.(?:-?[A-ZÀ-Ý]\.){0,2}")  # also "M.F.", "C.P."
# Initials and a surname in capitals, the way courts print lawyers, judges and parties:
# "V. DELAHAUT", "J.-C. WERENNE", "H. VAN NIJVERSEEL" (not inside an acronym: "C.P.A.S. NAMUR").
_INITIALS_SURNAME = fastre.compile(
    r"(?<![\w.])(?:[A-ZÀ-Ý]\.(?:-[A-ZÀ-Ý]\.)?[ \t]?){1,3}[ \t]*"
    r"(?:(?:VAN|DE|DEN|DER|EL|BEN|LE|LA|DI|DA|VAN DEN|VAN DER|VANDEN)[ \t]+)?[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,}(?![\w.])"
)
# Every match of _INITIALS_SURNAME starts with a capital and its full stop: the search starts at the
# first of them, found from the full stop (a literal, skipped to in C at a few instructions a
# character, where _INITIALS_SURNAME tests every character against its set of capitals).
_FIRST_INITIAL = fastre.compile(r"\.(?<=[A-ZÀ-Ý]\.)")
# "Me" (maître) without its full stop, before initials or a surname in capitals: "Me FLASSE loco Me P. DE WOLF".
_ME = fastre.compile(r"(?<![\w.])Me[ \t]+(?=[A-ZÀ-Ý](?:\.|[A-ZÀ-Ý]{2}))")


@dataclass(frozen=True)
class _Cues:
    anchors: TermMatcher
    dotted_titles: frozenset[str]
    particles: frozenset[str]
    stop: frozenset[str]


@cache
def title_words() -> frozenset[str]:
    """The titles of data/name_cues.tsv without their full stop ("m", "mme", "monsieur", "de heer")."""
    return frozenset(word.rstrip(".") for kind, word in read_entries("name_cues.tsv") if kind == "title")


@cache
def _cues() -> _Cues:
    by_kind: dict[str, list[str]] = {}
    for kind, word in read_entries("name_cues.tsv"):
        by_kind.setdefault(kind, []).append(word)
    titles = by_kind.get("title", [])
    plain_titles = {t for t in titles if not t.endswith(".")}
    dotted = frozenset(t.rstrip(".") for t in titles if t.endswith(".") and t.rstrip(".") not in plain_titles)
    entries = [("=" + t, "title") for t in sorted(title_words())]
    entries += [
        ("=" + w, kind)
        for kind in ("label", "closing", "salutation", "family")
        for w in by_kind.get(kind, [])
    ]
    return _Cues(
        TermMatcher(entries, typos=False, inflections=False),
        dotted,
        frozenset(by_kind.get("particle", [])),
        frozenset(by_kind.get("stop", [])),
    )


@cache
def _first_names() -> TermMatcher:
    entries = [
        ("=" + line.strip().lstrip("~"), "CAPITAL" if line.startswith("~") else "PLAIN")
        for line in read_lines("first_names.txt")
    ]
    return TermMatcher(entries, typos=False, inflections=False)


def term_matchers() -> tuple[TermMatcher, ...]:
    """The lexicons this module searches documents with (for the scanner's shared automaton)."""
    return (_cues().anchors, _first_names())


# A name holds a few initials and particles ("Mme J.-P. M. van der Berg"); a run without end ("M. M.
# M. ..." over 100 kB) was read to its end from each of its titles: 232 s (thirty-third round).
_MOST_INITIALS_AND_PARTICLES = 6


def _name_run(doc: Doc, pos: int, strict_case: bool, limit: int = 3) -> int:
    """End of up to ``limit`` name tokens starting at ``pos`` (particles allowed inside), or ``pos``."""
    text = doc.text
    if strict_case and not doc.mostly_lower and pos < len(text) and text[pos].islower():
        return pos  # cheap rejection of the common case ("pour le", "van de")
    cues = _cues()
    particles, stop = cues.particles, cues.stop
    end = pos
    count = 0
    cursor = pos
    others = 0  # initials and particles read, which ``limit`` does not count
    while count < limit and others <= _MOST_INITIALS_AND_PARTICLES:
        # (an initial has its full stop second: most tokens are ruled out without a regex call)
        initial = _INITIAL.match(text, cursor) if text[cursor + 1 : cursor + 2] == "." else None
        if initial and (strict_case is False or not doc.mostly_lower):
            end = initial.end()  # "mr. S. V.", "Mme F. E.", "de heer D. D."
            others += 1
            sep = _SPACES.match(text, end)
            if not sep:
                break
            cursor = sep.end()
            continue
        m = _TOKEN.match(text, cursor)
        if not m:
            break
        word = m.group(0)
        # (fold's own way with an ASCII word, without a call per token)
        folded = word.lower().replace("`", "'") if word.isascii() else fold(word)
        if folded in particles:
            nxt = _SPACES.match(text, m.end())
            if nxt:
                others += 1
                cursor = nxt.end()
                continue
            break
        # (the name token test in line: a call per token cost more than its tests)
        if (
            folded in stop
            or len(folded) < 2
            or not ((doc.mostly_lower and not strict_case) or word[0].isupper())
        ):
            break  # not a name token (a stop word, a single letter, or in small letters where case tells)
        end = m.end()
        count += 1
        sep = _SPACES.match(text, end)
        if not sep:
            break
        cursor = sep.end()
    return end


def known_first_name(word: str) -> bool:
    """Whether ``word`` is a first name of the list (one marked as a capital-only name only when
    written with a capital)."""
    matches = _first_names().find(fold(word))
    return any(
        m.start == 0 and m.end == len(word) and (m.label == "PLAIN" or word[:1].isupper()) for m in matches
    )


def _from_cues(doc: Doc) -> list[Finding]:
    text, folded = doc.text, doc.folded
    cues = _cues()
    out: list[Finding] = []
    for hit in cues.anchors.find(doc):
        if hit.label == "title":
            if hit.term in cues.dotted_titles and folded[hit.end : hit.end + 1] != ".":
                continue  # "me" is a pronoun, "Me." a lawyer's title
            gap = _AFTER_TITLE.match(folded, hit.end)
            if gap:
                end = _name_run(doc, gap.end(), strict_case=False)
                if end > gap.end():
                    out.append(new_finding(gap.end(), end, "PERSON_NAME", "name_title", "nom après un titre"))
        elif hit.label == "label":
            gap = _AFTER_LABEL.match(folded, hit.end)
            if gap is None:
                continue
            end = _name_run(doc, gap.end(), strict_case=True)
            if end <= gap.end():
                continue
            span = text[gap.end() : end]
            # One capitalised word after "pour"/"van" is too weak; two words or a known first name will do.
            words = [w for w in span.split() if fold(w) not in cues.particles]
            if len(words) >= 2 or known_first_name(span):
                out.append(new_finding(gap.end(), end, "PERSON_NAME", "name_label", "nom après une mention"))
        elif hit.label == "family":
            gap = _SPACES.match(text, hit.end)
            if gap and not doc.mostly_lower:
                end = _name_run(doc, gap.end(), strict_case=True, limit=2)
                if end > gap.end():
                    out.append(new_finding(gap.end(), end, "PERSON_NAME", "name_family", "nom de famille"))
        elif hit.label == "salutation":
            out.extend(_after_salutation(doc, hit.start, hit.end))
        elif _END_OF_LINE.match(folded, hit.end):
            out.extend(_signature_after(doc, _END_OF_LINE.match(folded, hit.end).end() - 1))  # type: ignore[union-attr]
    # (every match holds a line that starts with "--": a text without one is not searched)
    for rule in _SIGNATURE_RULE.finditer(text) if "\n--" in text else ():
        out.extend(_signature_after(doc, rule.end()))
    return out


_LINE_START_BEFORE = fastre.compile(r"(?:^|\n)[ \t]*$")
_SALUTED_END = fastre.compile(r"[ \t]*(?:[,!]|\n|$)")


def _after_salutation(doc: Doc, start: int, end: int) -> list[Finding]:
    """ "Beste Sarah,", "hallo evi,", "Bonjour Inès,": the first name of the addressee at the start of a line."""
    text = doc.text
    # (the window's start by a conditional, here and below, not max(0, ...): a call of max()
    # builds an argument tuple and steps through it, several times the cost of the test)
    if not _LINE_START_BEFORE.search(text, start - 20 if start > 20 else 0, start):
        return []
    gap = _SPACES.match(text, end)
    if gap is None:
        return []
    name_end = _name_run(doc, gap.end(), strict_case=True, limit=2)
    if name_end <= gap.end() or not _SALUTED_END.match(text, name_end):
        return []
    words = fold(text[gap.end() : name_end]).split()
    if any(w in _cues().dotted_titles or w in _TITLE_WORDS for w in words):
        return []  # "Bonjour Madame," "Beste collega,"
    return [new_finding(gap.end(), name_end, "PERSON_NAME", "name_salutation", "prénom après une salutation")]


_TITLE_WORDS = frozenset(
    {"madame", "monsieur", "mevrouw", "meneer", "heer", "collega", "collegue", "tous", "allen"}
)


def _signature_after(doc: Doc, line_end: int) -> list[Finding]:
    """A line of two or three name tokens right after a closing formula."""
    text = doc.text
    nxt = _NEXT_LINE.match(text, line_end)
    if not nxt:
        return []
    pos = nxt.end()
    end = _name_run(doc, pos, strict_case=True)
    stop = text.find("\n", pos)
    stop = len(text) if stop < 0 else stop
    rest = text[end:stop].strip()
    one_known = len(text[pos:end].split()) == 1 and known_first_name(text[pos:end])
    if end > pos and (not rest or rest[0] in "–-|,(") and (len(text[pos:end].split()) >= 2 or one_known):
        return [new_finding(pos, end, "PERSON_NAME", "name_signature", "nom en signature")]
    return []


def _from_first_names(doc: Doc) -> list[Finding]:
    text = doc.text
    stop = _cues().stop
    out: list[Finding] = []
    for hit in _first_names().find(doc):
        m = _TOKEN.match(text, hit.start)
        if m is None or m.end() != hit.end:
            continue
        word = m.group(0)
        if hit.label == "CAPITAL" and not (word[0].isupper() and not text.isupper()):
            continue
        if not doc.mostly_lower and not word[0].isupper():
            continue
        word_start = m.start()
        before = text[word_start - 8 if word_start > 8 else 0 : word_start]
        if _SAINT_BEFORE.search(before) or before.endswith("-"):
            continue  # "Woluwe-Saint-Pierre", "Molenbeek-Saint-Jean"
        if text[m.end() : m.end() + 1] in _EMAIL_NEXT and _IN_EMAIL.match(text, m.end()):
            continue  # inside an e-mail address
        start = m.start()
        end = m.end()
        if text[end : end + 1] == " ":
            run_end = _name_run(doc, end + 1, strict_case=True, limit=2)
            if run_end > end + 1:
                end = run_end
        # A surname in capitals just before the first name ("BENALI Fatima"), with its particles and
        # a second word ("VAN HOOF Johan", "EL KADDOURI Fatima"), or a comma in the register's order
        # ("DUPONT, Jean").
        if not doc.mostly_lower:
            start = _capital_surname_before(text, start, stop)
        out.append(new_finding(start, end, "PERSON_NAME", "first_name", "prénom connu"))
    return out


_CAPITAL_WORD_BEFORE = fastre.compile(r"([^\W\d_][\w'’-]*)(,?)[ \t]+$")
_CAPITAL_PARTICLES = frozenset(
    {"VAN", "DE", "DEN", "DER", "EL", "LE", "LA", "DI", "DA", "BEN", "VANDEN", "VANDER", "DOS", "DU"}
)


def _capital_surname_before(text: str, start: int, stop: frozenset[str]) -> int:
    """Where a surname in capitals before a first name starts (``start`` when there is none)."""
    # The word right before (a comma, then blanks, between them) ends with a lower-case letter: it
    # is no surname in capitals nor a particle, and the loop below would stop at once; most first
    # names follow such a word ("Madame Fatima", "de heer Jan"): no expression to search then.
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before < start and before > 0 and text[before - 1] == ",":
        before -= 1
    if before < start and before > 0 and text[before - 1].islower():
        return start
    for taken in range(3):
        prev = _CAPITAL_WORD_BEFORE.search(
            text, last_word_window(text, start - 40 if start > 40 else 0, start), start
        )
        if prev is None:
            break
        word = prev.group(1)
        if word in _CAPITAL_PARTICLES:
            if not taken or prev.group(2):
                break  # "DE Jean": a particle alone is no surname
        elif not (word.isupper() and len(word) > 1 and fold(word) not in stop):
            break
        if prev.group(2) and taken:
            break  # a comma only right before the first name
        start = prev.start()
        if prev.group(2):
            break
    return start


def _legal_style(doc: Doc) -> list[Finding]:
    """Names the way judgments print them: initials and a surname in capitals, or "Me" before them."""
    if doc.mostly_lower:
        return []  # all in capitals or all in lower case: capitals say nothing
    text = doc.text
    stop = _cues().stop
    out: list[Finding] = []
    initial = _FIRST_INITIAL.search(text)
    for m in _INITIALS_SURNAME.finditer(text, initial.start() - 1 if initial else len(text)):
        surname = m.group(0).split()[-1]
        if fold(surname).strip(".") in stop:
            continue
        out.append(new_finding(m.start(), m.end(), "PERSON_NAME", "name_legal", "initiales et nom"))
    # (every match holds "Me" then a blank: a text without either pair is not searched)
    for m in _ME.finditer(text) if "Me " in text or "Me\t" in text else ():
        end = _name_run(doc, m.end(), strict_case=True)
        if end > m.end():
            out.append(new_finding(m.end(), end, "PERSON_NAME", "name_title", "nom après un titre"))
    return out


def find_names(doc: Doc) -> list[Finding]:
    return _from_cues(doc) + _from_first_names(doc) + _legal_style(doc)
