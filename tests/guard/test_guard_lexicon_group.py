"""The scanner's shared automaton gives every matcher exactly the hits of its own automaton."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secretpro.guard import scanner
from secretpro.guard.lexicon import MatcherGroup, TermMatcher
from secretpro.guard.model import Doc

_PROBES = Path(__file__).with_name("probe_corpus.jsonl")
_TEXTS = [
    "Mme Nadia Ouali, suivie au CHU Saint-Pierre, habite rue Royale 12 bte 3, 1000 Bruxelles.",
    "Dhr. Jan PEETERS woont Kerkstraat 5 bus 2, 9000 Gent; hij is in hemodialyse en heeft een oranje kaart.",
    "Il est de nationalité marocaine, né au Maroc, hébergé au centre Fedasil du Petit-Château.",
    "MADAME EST DIABETIQUE ET SANS PAPIERS, ELLE VIT A SCHAERBEEK.",
    "",
    "dialise, nierdialyse, hospitalisée, gehospitaliseerd, régularisation 9bis, Anderlecht/Anderlecht",
]


def _texts() -> list[str]:
    with _PROBES.open(encoding="utf-8") as handle:
        probes = [json.loads(line)["text"] for line in handle if line.strip()]
    return _TEXTS + probes


def test_grouped_matchers_find_what_their_own_automaton_finds() -> None:
    group = scanner._lexicons()
    members = [m for m in _members() if m._group is group]
    assert members, "the scanner's matchers belong to its group"
    for text in _texts():
        for member in members:
            assert member.find(Doc(text)) == _ungrouped_find(member, text), text


def _members() -> list[TermMatcher]:
    from secretpro.guard import addresses, lexical, names, nationality, places

    return [
        *places.term_matchers(),
        *addresses.term_matchers(),
        *lexical.term_matchers(),
        *nationality.term_matchers(),
        *names.term_matchers(),
    ]


def _ungrouped_find(member: TermMatcher, text: str) -> object:
    group, slot = member._group, member._slot
    member._group, member._slot = None, -1
    try:
        return member.find(Doc(text))
    finally:
        member._group, member._slot = group, slot


def test_a_matcher_joins_one_group_only() -> None:
    matcher = TermMatcher([("dialyse", "HEALTH")])
    MatcherGroup([matcher])
    with pytest.raises(ValueError):
        MatcherGroup([matcher])


def test_an_empty_group_finds_nothing() -> None:
    empty = TermMatcher([])
    group = MatcherGroup([empty])
    assert group.hits(Doc("rien à signaler")) == [[]]
    assert empty.find(Doc("rien à signaler")) == []
