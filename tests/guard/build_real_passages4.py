"""Build ``real_passages4.jsonl`` from ``real_passages4.src.txt``: a fourth set of real public
passages, gathered and labelled without looking at the guard and never scored by its gatherer (same
markup and record fields as ``build_real_passages.py``, whose functions it calls).

Run: ``.venv/bin/python tests/guard/build_real_passages4.py`` (a test checks the two files agree).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import build_real_passages as first
from build_real_passages import half, sources

HERE = Path(__file__).parent
SOURCE = HERE / "real_passages4.src.txt"
TARGET = HERE / "real_passages4.jsonl"
RETRIEVED = "2026-12-04"

__all__ = ["RETRIEVED", "SOURCE", "TARGET", "half", "records", "render", "sources"]


def records(source: Path = SOURCE, retrieved: str = RETRIEVED) -> list[dict[str, Any]]:
    return first.records(source, retrieved)


def render(source: Path = SOURCE, retrieved: str = RETRIEVED) -> str:
    return first.render(source, retrieved)


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    rs = records()
    print(f"wrote {TARGET} ({len(rs)} texts, held-out half {sum(half(r['id']) for r in rs)})")
