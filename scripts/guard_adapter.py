"""Adapter for score_guard.py --python-module: the guard's findings under the strict profile."""

from __future__ import annotations

from typing import Any

from secretpro.guard import scan


def analyze(text: str) -> list[dict[str, Any]]:
    return [
        {"start": f.start, "end": f.end, "category": f.category}
        for f in scan(text, profile="strict").findings
    ]
