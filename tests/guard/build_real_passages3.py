"""Build ``real_passages3.jsonl`` from ``real_passages3.src.txt``: a third set of real public
passages, gathered and labelled without looking at the guard (same markup and record fields as
``build_real_passages.py``, whose functions it reuses).

Run: ``.venv/bin/python tests/guard/build_real_passages3.py`` (a test checks the two files agree).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import build_real_passages as first
from build_real_passages import half

HERE = Path(__file__).parent
SOURCE = HERE / "real_passages3.src.txt"
TARGET = HERE / "real_passages3.jsonl"
RETRIEVED = "2026-12-04"

__all__ = ["RETRIEVED", "SOURCE", "TARGET", "half", "records", "render", "sources"]


def records(source: Path = SOURCE, retrieved: str = RETRIEVED) -> list[dict[str, Any]]:
    """``build_real_passages.records`` run on another markup file and retrieval day.

    That function reads its module's ``SOURCE`` and ``RETRIEVED``; they are swapped for the call
    and put back afterwards, so the first set's build is unchanged.
    """
    saved = first.SOURCE, first.RETRIEVED
    first.SOURCE, first.RETRIEVED = source, retrieved
    try:
        return first.records()
    finally:
        first.SOURCE, first.RETRIEVED = saved


def render(source: Path = SOURCE, retrieved: str = RETRIEVED) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(source, retrieved))


def sources(markup: Path) -> set[str]:
    """The source addresses in a markup file's record headers (``=== id lang date url``)."""
    lines = markup.read_text(encoding="utf-8").splitlines()
    return {line[4:].split(maxsplit=3)[3] for line in lines if line.startswith("=== ")}


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    rs = records()
    print(f"wrote {TARGET} ({len(rs)} texts, held-out half {sum(half(r['id']) for r in rs)})")
