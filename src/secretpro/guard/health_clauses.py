"""The short clauses next to a health finding, in its sentence, redacted with it.

Whoever names a person's illness goes on, in the same sentence and in everyday words, with what it
does to them and what it needs: "la maladie progresse très vite : elle ne marche plus, parle avec
difficulté, fait des fausses routes", "hij is verlamd vanaf de navel, zal zich blijvend in een
rolstoel verplaatsen en moet zichzelf vier keer per dag katheteriseren". No word list holds those
clauses, yet they tell as much as the diagnosis, and a leak is far worse than a flag (guard.md).
So the clauses beside a health finding's clause are taken, one after the other, while each is
short and holds nothing the guard read as something else, and the chain (the health findings and
the clauses taken) becomes one health finding: separate redactions would show where each clause
ends. A clause that holds health findings with words of its own around them, next to another
health clause or a clause taken, is taken whole too ("overleden aan een schedelbreuk na een val van
de trap, na vier dagen op de intensieve zorg"). Other health findings with no clause taken between
them keep their own spans ("geheugenproblemen en slaapproblemen"). The chain stops:
- at the end of the sentence (a full stop, a line, a table cell, a quotation mark): the next
  sentence may be about anyone, and quoted words are another utterance;
- at a clause of more than ``_MAX_WORDS`` words (a long clause is an argument, not a symptom) or of
  a single word ("cf.");
- leftwards, at a colon: what comes before it introduces the rest ("Sur la table : Xanax");
- at a clause holding a finding of another kind (a name, an address, a status): each keeps its own
  category, and a name the profile allows must not vanish under a health label. A clause holding
  both starts a chain on the side where nothing else stands between its health finding and the
  clause's end: "Mme Benali a un cancer, doit se reposer" goes on rightwards from "cancer";
- at a greeting or a thanks ("Chers collègues", "merci de votre discrétion");
- at a clause that cites a law ("L'article 10, alinéa 1er, de la même loi prévoit que ..."): it
  speaks of the law, not of what an illness does to someone;
- at a clause that opens on a verb of saying ("..., zegt de dokter", "..., dit-il"): it tells who
  speaks; or on a verb of living somewhere ("... en woont alleen"): it tells a home;
- at a capitalised word or an acronym the guard did not read, unless it opens the sentence and is
  an ordinary word ("Elle", "Hij"): most are names of people, places or bodies ("le Dr Nsimba craint des
  séquelles", "Ilyes ne parle pas", "puis le CHU l'a renvoyée"), which are not health.
Clauses are cut at semicolons, commas, brackets, colons, dashes and at "et", "ou", "and", "or"; at
"en" and "of" only in a Dutch sentence, where they mean "and" and "or" (in French "en" is "in":
"elle est en dialyse" is one clause).
Only findings that went through the generic-text filters grow here, so a sentence about illness in
general ("la maladie doit être prise en compte") is not spread further.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from functools import cache

from secretpro.guard import fastre
from secretpro.guard.generic import SENTENCE_OPENERS
from secretpro.guard.language import detect_language
from secretpro.guard.lexicon import common_words, read_lines
from secretpro.guard.model import Doc, Finding, new_finding

_MAX_WORDS = 16
# where a sentence ends: a full stop, ! ?, a line, a table cell, a quotation mark (the words
# quoted are another utterance than the words around them). A semicolon cuts clauses, not sentences:
# "elle est encore très fatiguée; sa voix est devenue rauque" goes on about the same person (28th
# round: with clauses of up to 16 words instead of 10, 45 more forbidden spans found on the held-out
# halves, precision 0.813 -> 0.812, no clean text more blocked)
_SENTENCE_END = fastre.compile(r"[.!?|\t\n«»“”\"]")
_LAST_BREAK = fastre.compile(r"(?s).*[.!?|\t\n«»“”\"]")
# (a hyphen between blanks is a dash too: the normalised text writes the en dash so; forty-sixth round)
_SEPARATORS = r"[,;():\u2013\u2014]|(?<=[ \t])-(?=[ \t])|(?<!\w)(?:et|ou|and|or{dutch})(?!\w)"
# where a clause ends inside a sentence (a run of separators is one cut)
_CLAUSE_BREAK = fastre.compile(rf"(?:[ \t]*(?:{_SEPARATORS.format(dutch='')})[ \t]*)+", re.IGNORECASE)
_DUTCH_CLAUSE_BREAK = fastre.compile(
    rf"(?:[ \t]*(?:{_SEPARATORS.format(dutch='|en|of')})[ \t]*)+", re.IGNORECASE
)
_WORD = fastre.compile(r"[^\W_]+")
# a capitalised word ("Nsimba", "Jolimont") or an acronym ("CHU", "VDAB")
_CAPITALISED = fastre.compile(r"(?<![\w'’])[A-ZÀ-Ý](?:[a-zà-ÿ]+|[A-ZÀ-Ý]+)")
# (the word after a verb of saying that opens what is said: "dit qu'il dort mal" is a symptom)
_REPORTED = frozenset({"que", "qu", "ne", "n", "dat", "niet", "that", "not"})
_REACH = 600  # characters looked at on each side of a finding for its sentence's ends
_POSITION = operator.attrgetter("start", "end")
_END = operator.attrgetter("end")


@cache
def _openers() -> frozenset[str]:
    """Ordinary words that may open a sentence with a capital: pronouns, articles, frequent words."""
    return SENTENCE_OPENERS | common_words()


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``: from the last break before it to the next one (at most
    ``_REACH`` characters away on each side, for a text without breaks)."""
    left = max(0, start - _REACH)
    before = _LAST_BREAK.match(text, left, start)  # the greedy run stops at the last break
    after = _SENTENCE_END.search(text, end, min(len(text), end + _REACH))
    return (before.end() if before else left, after.start() if after else min(len(text), end + _REACH))


def _clauses(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``doc.text[start:end]``, without their separators."""
    folded = doc.folded[start:end]
    # (the language is read only where it matters: a sentence holding "en" or "of")
    spaced = f" {folded} "
    dutch = (" en " in spaced or " of " in spaced) and detect_language(folded) == "nl"
    breaks = _DUTCH_CLAUSE_BREAK if dutch else _CLAUSE_BREAK
    text = doc.text
    # (without the spaces after the last sentence's end and before this one's: a chain that takes
    # the first clause starts on its first word)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    out: list[tuple[int, int]] = []
    at = start
    for m in breaks.finditer(text, start, end):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, end))
    return out


class _Neighbours:
    """The findings of a message in text order, to tell what a clause holds."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        self.starts = [f.start for f in findings]
        # the furthest end among the findings up to each one (settled findings seldom nest, but a
        # forbidden one may reach beyond a better one)
        self.reach = list(itertools.accumulate(map(_END, findings), max))

    def inside(self, start: int, end: int) -> list[Finding]:
        """The findings that share a character with ``[start, end)``."""
        out: list[Finding] = []
        index = bisect.bisect_left(self.starts, end) - 1
        # back from the last finding that starts before ``end``, while one before may reach ``start``
        while index >= 0 and self.reach[index] > start:
            if self.findings[index].end > start:
                out.append(self.findings[index])
            index -= 1
        out.reverse()
        return out


@cache
def _words(name: str) -> frozenset[str]:
    """The words of the data file ``name`` (salutations, legal references, verbs of saying, verbs of
    living somewhere), read once."""
    return frozenset(read_lines(name))


def _free(doc: Doc, start: int, end: int, first_word: int) -> bool:
    """Whether a clause without findings may be told as health: a few words, not a greeting or a
    thanks, none of them a capitalised word the guard did not read (but an ordinary word opening the
    sentence)."""
    words = _WORD.findall(doc.folded, start, end)
    if not 2 <= len(words) <= _MAX_WORDS or words[0] in _words("salutations.txt"):
        return False
    if words[0] in _words("reporting_verbs.txt") and len(words) <= 4 and words[1] not in _REPORTED:
        return False  # "..., zegt de dokter", "..., dit-il": who speaks, not a symptom
    if words[0] in _words("dwelling_verbs.txt"):
        return False  # "... en woont alleen": a home, not a symptom
    if not _words("legal_reference_words.txt").isdisjoint(words):
        return False  # a clause citing a law ("L'article 10", "alinéa 2 de la loi") tells no symptom
    if doc.mostly_lower:
        return True  # in an all-capitals note every word has a capital: none tells a name (28th round)
    for m in _CAPITALISED.finditer(doc.text, start, end):
        if m.start() == first_word and doc.folded[m.start() : m.end()] in _openers():
            continue
        return False
    return True


def _wordy(doc: Doc, clause: tuple[int, int], held: list[Finding], first_word: int) -> bool:
    """Whether a clause that holds health findings (and nothing else) has words of its own around
    them, at least two, that a free clause could hold: "overleden op 15/11 aan een schedelbreuk na
    een val van de trap" around "schedelbreuk"."""
    start, end = clause
    if any(h.category != "HEALTH" for h in held):
        return False
    outside = 0
    at = start
    for h in held:
        outside += len(_WORD.findall(doc.folded, at, max(at, h.start)))
        at = max(at, h.end)
    outside += len(_WORD.findall(doc.folded, at, end))
    return outside >= 2 and _free(doc, start, end, first_word)


def _beside_health(kinds: list[str], taken: set[int], at: int) -> bool:
    return 0 <= at < len(kinds) and (kinds[at] == "health" or at in taken)


def extend_health_clauses(doc: Doc, findings: list[Finding]) -> list[Finding]:
    """``findings`` (settled: in text order) and a health finding for each short clause that
    continues a health finding's clause in its sentence."""
    health = [f for f in findings if f.category == "HEALTH"]
    if not health:
        return findings
    text = doc.text
    neighbours = _Neighbours(findings)
    joined: list[Finding] = []
    done_until = -1  # the sentences already read (several health findings share one)
    for f in health:
        if f.start < done_until:
            continue
        sentence_start, sentence_end = _sentence(text, f.start, f.end)
        done_until = sentence_end
        clauses = _clauses(doc, sentence_start, sentence_end)
        first = _WORD.search(text, sentence_start, sentence_end)
        first_word = first.start() if first else -1  # where the sentence's first word starts
        # each clause: "health" if it holds a health finding (to start a chain from), else whether
        # it is free; and the sides on which a chain may go on from it: for a health clause, those
        # where no other finding stands between its health findings and the clause's end
        kinds: list[str] = []
        open_sides: list[tuple[bool, bool]] = []
        holdings: list[list[Finding]] = []  # the findings each clause holds (read once)
        for clause_start, clause_end in clauses:
            held = neighbours.inside(clause_start, clause_end)
            holdings.append(held)
            told = [h for h in held if h.category == "HEALTH"]
            if told:
                kinds.append("health")
                others = [h for h in held if h.category != "HEALTH"]
                open_sides.append(
                    (
                        not any(h.start < told[0].start for h in others),
                        not any(h.end > told[-1].end for h in others),
                    )
                )
                continue
            open_sides.append((True, True))
            if held:
                kinds.append("other")
            else:
                kinds.append("free" if _free(doc, clause_start, clause_end, first_word) else "stop")
        taken: set[int] = set()
        for index, kind in enumerate(kinds):
            if kind != "health":
                continue
            for step, side in ((1, 1), (-1, 0)):
                if not open_sides[index][side]:
                    continue  # "Mme Benali a un cancer, ..." goes on rightwards only
                at = index + step
                while 0 <= at < len(kinds) and kinds[at] == "free":
                    if step < 0 and ":" in text[clauses[at][1] : clauses[at + 1][0]]:
                        break  # what comes before a colon introduces the rest ("Traitement :")
                    taken.add(at)
                    at += step
        # A health clause next to another health clause, or to a clause taken, is taken whole when
        # it has words of its own around its findings: the words between two health findings told
        # of the same illness ("overleden op 15/11 aan een schedelbreuk na een val van de trap, na
        # vier dagen op de intensieve zorg") were left between two redactions, and each word the
        # lexicon learns made such a clause a health clause that no longer joined its neighbours
        # (forty-sixth round, with the spaced hyphen as a break: on the earlier labelled sets the
        # forbidden characters covered went from 0.686 to 0.760 on the invented sets and from 0.573
        # to 0.593 on the real passages; recall 17,541 -> 17,567 and 4,508 -> 4,515 of their spans;
        # precision, counted by finding, 0.943 -> 0.941 and 0.608 -> 0.608, the joined findings
        # being fewer).
        for index, kind in enumerate(kinds):
            if (
                kind == "health"
                and any(_beside_health(kinds, taken, at) for at in (index - 1, index + 1))
                and _wordy(doc, clauses[index], holdings[index], first_word)
            ):
                taken.add(index)
        if taken:
            joined.extend(_chains(doc, clauses, kinds, open_sides, taken, neighbours))
    if not joined:
        return findings
    joined = _united(joined)
    covered = [(f.start, f.end) for f in joined]
    starts = [c[0] for c in covered]
    kept = [f for f in findings if f.category != "HEALTH" or not _within(f, covered, starts)]
    return sorted(kept + joined, key=_POSITION)


def _united(joined: list[Finding]) -> list[Finding]:
    """The chains, those that overlap made one: a sentence longer than twice ``_REACH`` (a text
    without breaks) is read in windows that share clauses."""
    out: list[Finding] = []
    for f in sorted(joined, key=_POSITION):
        if out and f.start < out[-1].end:
            if f.end > out[-1].end:
                last = out[-1]
                out[-1] = new_finding(last.start, f.end, "HEALTH", last.recognizer, last.explanation)
            continue
        out.append(f)
    return out


def _within(f: Finding, covered: list[tuple[int, int]], starts: list[int]) -> bool:
    index = bisect.bisect_right(starts, f.start) - 1
    return index >= 0 and covered[index][0] <= f.start and f.end <= covered[index][1]


def _chains(
    doc: Doc,
    clauses: list[tuple[int, int]],
    kinds: list[str],
    open_sides: list[tuple[bool, bool]],
    taken: set[int],
    neighbours: _Neighbours,
) -> list[Finding]:
    """One health finding per run of health clauses and taken clauses that holds a taken one: from
    the first health word (or taken clause) of the run to the last, the findings in it joined (a
    run of separate redactions would tell the reader where each clause ends). A run ends at a health
    clause's side where another finding stands, so the chain never covers a name or an address."""
    out: list[Finding] = []
    run: list[int] = []
    for index in [*range(len(kinds)), len(kinds)]:
        if index < len(kinds) and (kinds[index] == "health" or index in taken):
            if run and not (open_sides[run[-1]][1] and open_sides[index][0]):
                out.extend(_chain(doc, clauses, run, taken, neighbours))
                run = []
            run.append(index)
            continue
        out.extend(_chain(doc, clauses, run, taken, neighbours))
        run = []
    return out


def _chain(
    doc: Doc, clauses: list[tuple[int, int]], run: list[int], taken: set[int], neighbours: _Neighbours
) -> list[Finding]:
    """The run's health findings, if it holds a taken clause: one from the first health word (or
    taken clause) to the last, cut where another finding stands between two of them ("un cancer
    chez Mme Benali diabète, doit se reposer": the name keeps its category)."""
    if not any(at in taken for at in run):
        return []
    # (each span, and the health finding it is, or None for a taken clause)
    spans: list[tuple[int, int, Finding | None]] = []
    others: list[Finding] = []
    for at in run:
        clause_start, clause_end = clauses[at]
        if at in taken:
            spans.append((clause_start, clause_end, None))
            continue
        for h in neighbours.inside(clause_start, clause_end):
            if h.category == "HEALTH":
                spans.append((h.start, h.end, h))
            else:
                others.append(h)
    spans.sort(key=operator.itemgetter(0, 1))
    # the runs of spans with no other finding between them
    parts: list[list[tuple[int, int, Finding | None]]] = [[spans[0]]]
    for span in spans[1:]:
        if any(parts[-1][-1][1] <= o.start and o.end <= span[0] for o in others):
            parts.append([])
        parts[-1].append(span)
    out: list[Finding] = []
    text = doc.text
    for part in parts:
        told = [h for _, _, h in part if h is not None]
        if len(told) == len(part):
            continue  # health findings alone: they keep their own spans
        start, end = part[0][0], max(e for _, e, _ in part)
        if text.count("(", start, end) > text.count(")", start, end) and text.startswith(")", end):
            end += 1  # "(paraplegie)" whole
        if text.count(")", start, end) > text.count("(", start, end) and start > 0 and text[start - 1] == "(":
            start -= 1  # "(Eylea) chaque mois" whole: the bracket it opens on is not left alone
        explanation = told[0].explanation if told else f"santé : {doc.folded[start:end]}"
        out.append(new_finding(start, end, "HEALTH", "health clause", explanation))
    return out
