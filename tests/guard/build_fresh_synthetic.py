"""Build ``fresh_synthetic.jsonl`` from the readable markup in ``fresh_synthetic.src.txt``.

The fresh synthetic set: 60 invented messages written without reading the guard's code or lexicons,
to estimate its performance on unseen text. Markup as in ``probe_corpus.src.txt`` (``{CODE|text}`` is
a labelled span; a line ``=== id lang`` starts a record), parsed with the same ``parse_record``.
Run: ``.venv/bin/python tests/guard/build_fresh_synthetic.py`` (a test checks both files agree).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from build_probe_corpus import parse_record

HERE = Path(__file__).parent
SOURCE = HERE / "fresh_synthetic.src.txt"
TARGET = HERE / "fresh_synthetic.jsonl"


def records(source: Path = SOURCE) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    current: tuple[str, str] | None = None
    lines: list[str] = []

    def flush() -> None:
        if current is not None:
            text, spans = parse_record("\n".join(lines).strip("\n"))
            out.append({"id": current[0], "lang": current[1], "text": text, "spans": spans})

    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            flush()
            ident, lang = line[4:].split()
            current, lines = (ident, lang), []
        elif current is not None:
            lines.append(line)
    flush()
    return out


def render(source: Path = SOURCE) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(source))


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET} ({len(records())} texts)")
