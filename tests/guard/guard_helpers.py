"""Shared helpers for the guard tests (all people, numbers and addresses here are invented)."""

from __future__ import annotations

from typing import Any

from secretpro.guard import CATEGORIES, find_all, scan
from secretpro.guard.model import FORBIDDEN

# invented medicine brands: no lexicon holds them (the rules that read a brand by its context)
INVENTED_BRANDS = ["Zorbatex", "Velmarol", "Quintadyl", "Ferovane", "Lumistra"]


def spans(text: str, category: str) -> list[str]:
    """The texts of the findings of one category."""
    return [text[f.start : f.end] for f in find_all(text) if f.category == category]


def finding_overlaps(text: str, category: str, start: int, end: int) -> bool:
    """Whether a ``category`` finding reaches into ``text[start:end]``."""
    return any(f.category == category and f.start < end and start < f.end for f in scan(text).findings)


def finding_covers(text: str, category: str, start: int, end: int) -> bool:
    """Whether one ``category`` finding covers ``text[start:end]``: redacting it leaves none of it."""
    return any(f.category == category and f.start <= start and end <= f.end for f in scan(text).findings)


def assert_covered(text: str, category: str, part: str, start: int | None = None) -> None:
    """One ``category`` finding covers ``part`` of ``text``: where it first stands, or at ``start``."""
    at = text.index(part) if start is None else start
    assert finding_covers(text, category, at, at + len(part)), text


def assert_told_covered(frame: str, told: str, category: str, upper: bool = False) -> None:
    """``told`` written into ``frame`` at ``{t}`` (the whole text in capitals if ``upper``) is covered
    by one ``category`` finding."""
    text = frame.format(t=told)
    if upper:
        text, told = text.upper(), told.upper()
    assert_covered(text, category, told)


def assert_within_a_finding(text: str, category: str, expected: str) -> None:
    """``expected`` lies within one of the ``category`` findings of ``text``."""
    found = spans(text, category)
    assert any(expected in span for span in found), found


def assert_apart_from_health(text: str, category: str, part: str | None = None) -> None:
    """``text`` has a finding of ``category`` (over ``part``, when given) and no health finding
    reaches into it (into ``part``, when given): a chain of health clauses keeps every other item."""
    found = find_all(text)
    if part is None:
        kept = [(f.start, f.end) for f in found if f.category == category]
    else:
        start = text.index(part)
        end = start + len(part)
        assert any(f.category == category and f.start < end and start < f.end for f in found), text
        kept = [(start, end)]
    assert kept, text
    for f in found:
        if f.category == "HEALTH":
            assert all(f.end <= a or b <= f.start for a, b in kept), (text, text[f.start : f.end])


def categories(text: str) -> set[str]:
    return {f.category for f in find_all(text)}


def score_records(records: list[dict[str, Any]]) -> tuple[float, float, int, int]:
    """Forbidden recall, forbidden precision, clean texts blocked, clean texts."""
    gold_total = gold_found = pred_total = pred_right = clean = clean_blocked = 0
    for r in records:
        gold = [s for s in r["spans"] if s["category"] in FORBIDDEN]
        found = [f for f in scan(r["text"], profile="strict").findings if f.category in FORBIDDEN]
        for g in gold:
            gold_total += 1
            gold_found += any(
                f.category == g["category"] and f.start < g["end"] and g["start"] < f.end for f in found
            )
        for f in found:
            pred_total += 1
            pred_right += any(
                f.category == g["category"] and f.start < g["end"] and g["start"] < f.end for g in gold
            )
        if not gold:
            clean += 1
            clean_blocked += bool(found)
    return gold_found / gold_total, pred_right / max(pred_total, 1), clean_blocked, clean


def check_passage(record: dict[str, Any], retrieved: str) -> None:
    """One gathered real passage as its builder must leave it: its id starts with its language, it
    was retrieved on its set's day, 300-1500 characters with no markup left, spans exact (no blank
    at either end, the text they claim), in order without overlap, of the guard's categories."""
    r = record
    assert r["id"].startswith(r["lang"] + "-") and r["retrieved"] == retrieved, r["id"]
    assert 300 <= len(r["text"]) <= 1500, (r["id"], len(r["text"]))
    assert "{" not in r["text"] and "|" not in r["text"], r["id"]
    previous_end = 0
    for span in r["spans"]:
        value = r["text"][span["start"] : span["end"]]
        assert span["category"] in CATEGORIES, (r["id"], span)
        assert value and value == value.strip() and value == span["text"], (r["id"], value)
        assert span["start"] >= previous_end, (r["id"], value)
        previous_end = span["end"]
