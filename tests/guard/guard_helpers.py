"""Shared helpers for the guard tests (all people, numbers and addresses here are invented)."""

from __future__ import annotations

from secretpro.guard import find_all


def spans(text: str, category: str) -> list[str]:
    """The texts of the findings of one category."""
    return [text[f.start : f.end] for f in find_all(text) if f.category == category]


def categories(text: str) -> set[str]:
    return {f.category for f in find_all(text)}
