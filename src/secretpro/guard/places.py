"""Belgian postcodes and commune names (data/postcodes.tsv), and cities' neighbourhoods
(data/neighbourhoods.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from secretpro.guard.lexicon import TermMatcher, ordinary_words, read_lines
from secretpro.guard.model import Doc
from secretpro.guard.normalize import fold


@dataclass(frozen=True, slots=True)
class Place:
    start: int
    end: int
    main: bool
    name: str


class _PlaceSlots:
    """A Place's slots, in its order, without its frozen ``__setattr__``: set by plain attribute
    stores, then made a Place (as :func:`secretpro.guard.model.new_finding` makes a Finding; one
    per place found in a message)."""

    __slots__ = Place.__slots__

    def __init__(self, start: int, end: int, main: bool, name: str) -> None:
        self.start = start
        self.end = end
        self.main = main
        self.name = name
        self.__class__ = Place  # type: ignore[assignment]


def _new_place(start: int, end: int, main: bool, name: str) -> Place:
    return _PlaceSlots(start, end, main, name)  # type: ignore[return-value]


@cache
def postcodes() -> dict[str, tuple[str, ...]]:
    """Postcode -> folded names (communes first, then localities)."""
    table: dict[str, tuple[str, ...]] = {}
    for line in read_lines("postcodes.tsv"):
        columns = line.split("\t")
        names = [n for col in columns[1:] for n in col.split("|") if n]
        table[columns[0]] = tuple(table.get(columns[0], ())) + tuple(fold(n) for n in names)
    return table


@cache
def _names() -> tuple[frozenset[str], frozenset[str]]:
    main: set[str] = set()
    every: set[str] = set()
    for line in read_lines("postcodes.tsv"):
        columns = line.split("\t")
        for name in columns[1].split("|"):
            main.add(fold(name))
        for col in columns[1:]:
            every.update(fold(n) for n in col.split("|") if n)
    # a city's neighbourhood is a locality as a commune's section is ("à Sclessin", "in de Seefhoek";
    # twelfth round: where people live in press stories)
    every.update(fold(line.split("\t")[0]) for line in read_lines("neighbourhoods.tsv"))
    return frozenset(main), frozenset(every)


@cache
def _matcher() -> TermMatcher:
    main, every = _names()
    entries = [
        ("=" + name if len(name) < 4 else name, "MAIN" if name in main else "LOCAL") for name in sorted(every)
    ]
    # usual abbreviations: "St-Gilles", "Ste-Agathe", "St-Josse"
    for name in sorted(every):
        for long, short in (("saint-", "st-"), ("sainte-", "ste-"), ("sint-", "st-")):
            if long in name:
                entries.append((name.replace(long, short), "MAIN" if name in main else "LOCAL"))
    return TermMatcher(entries, typos=True, inflections=False)


def term_matchers() -> tuple[TermMatcher, ...]:
    """The lexicons this module searches documents with (for the scanner's shared automaton)."""
    return (_matcher(),)


def find_places(doc: Doc) -> dict[int, Place]:
    """Commune and locality names by start offset (the longest one at each start)."""
    return doc.memo("places", _find_places)


def _find_places(doc: Doc) -> dict[int, Place]:
    places: dict[int, Place] = {}
    # (a match unpacked: its fields read by name go through the generic attribute look-up)
    for start, end, label, term in _matcher().find(doc):
        current = places.get(start)
        if current is None or end > current.end:
            places[start] = _new_place(start, end, label == "MAIN", term)
    return places


@cache
def _ambiguous_alone() -> frozenset[str]:
    """Names that are also common words or surnames: never taken as a place on their own."""
    return frozenset(fold(line.strip()) for line in read_lines("ambiguous_places.txt"))


def usable_alone(place: Place) -> bool:
    """Whether a bare commune name is specific enough to be read as a place of residence."""
    if place.name in _ambiguous_alone():
        return False
    if place.main:
        return len(place.name) >= 4
    # a locality ("Kessel-Lo", "Borgerhout") is fine when its name is long enough to be specific, or
    # of five letters and no ordinary word or first name ("Jumet", "Gilly", "Heule": a Charleroi or
    # Kortrijk section where someone lives; eleventh round)
    return len(place.name) >= 6 or (len(place.name) == 5 and place.name not in ordinary_words())
