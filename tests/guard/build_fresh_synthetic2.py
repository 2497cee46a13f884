"""Build ``fresh_synthetic2.jsonl`` from the readable markup in ``fresh_synthetic2.src.txt``.

The second fresh synthetic set: 60 invented messages written blind (without reading the guard's code,
lexicons, tests or the earlier sets' texts, and without running the guard or the scorer), to estimate
its recall on unseen text. Markup as in ``probe_corpus.src.txt`` (``{CODE|text}`` is
a labelled span; a line ``=== id lang`` starts a record), parsed with the same ``parse_record``.
Run: ``.venv/bin/python tests/guard/build_fresh_synthetic2.py`` (a test checks both files agree).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import build_probe_corpus

HERE = Path(__file__).parent
SOURCE = HERE / "fresh_synthetic2.src.txt"
TARGET = HERE / "fresh_synthetic2.jsonl"


def records(source: Path = SOURCE) -> list[dict[str, Any]]:
    return build_probe_corpus.records(source)


def render(source: Path = SOURCE) -> str:
    return build_probe_corpus.render(source)


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET} ({len(records())} texts)")
