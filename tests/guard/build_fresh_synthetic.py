"""Build ``fresh_synthetic.jsonl`` from the readable markup in ``fresh_synthetic.src.txt``.

The fresh synthetic set: 60 invented messages written without reading the guard's code or lexicons,
to estimate its performance on unseen text. Markup as in ``probe_corpus.src.txt`` (``{CODE|text}`` is
a labelled span; a line ``=== id lang`` starts a record), parsed with the same ``parse_record``.
Run: ``.venv/bin/python tests/guard/build_fresh_synthetic.py`` (a test checks both files agree).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import build_probe_corpus

HERE = Path(__file__).parent
SOURCE = HERE / "fresh_synthetic.src.txt"
TARGET = HERE / "fresh_synthetic.jsonl"


def records(source: Path = SOURCE) -> list[dict[str, Any]]:
    return build_probe_corpus.records(source)


def render(source: Path = SOURCE) -> str:
    return build_probe_corpus.render(source)


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET} ({len(records())} texts)")
