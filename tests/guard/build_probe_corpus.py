"""Build ``probe_corpus.jsonl`` from the readable markup in ``probe_corpus.src.txt``.

Markup: ``{CODE|text}`` is a labelled span (codes below); a line ``=== id lang`` starts a record.
Run: ``.venv/bin/python tests/guard/build_probe_corpus.py`` (the test checks both files agree).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
SOURCE = HERE / "probe_corpus.src.txt"
TARGET = HERE / "probe_corpus.jsonl"

CODES = {
    "A": "ADDRESS",
    "H": "HEALTH",
    "S": "ADMIN_STATUS",
    "P": "PHONE",
    "E": "EMAIL",
    "I": "IBAN",
    "B": "BIRTH_DATE",
    "N": "NATIONAL_NUMBER",
    "PN": "PERSON_NAME",
    "NAT": "NATIONALITY",
    "C": "CPAS",
}
_SPAN = re.compile(r"\{([A-Z]+)\|([^{}]+)\}")


def parse_record(marked: str) -> tuple[str, list[dict[str, Any]]]:
    """The plain text and its spans."""
    text: list[str] = []
    spans: list[dict[str, Any]] = []
    position = 0
    length = 0
    for m in _SPAN.finditer(marked):
        plain = marked[position : m.start()]
        text.append(plain)
        length += len(plain)
        value = m.group(2)
        spans.append({"start": length, "end": length + len(value), "category": CODES[m.group(1)]})
        text.append(value)
        length += len(value)
        position = m.end()
    text.append(marked[position:])
    return "".join(text), spans


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


@dataclass(frozen=True)
class MarkupFiles:
    """A labelled set kept in this folder as ``NAME.src.txt`` (markup) and ``NAME.jsonl`` (built)."""

    name: str

    @property
    def source(self) -> Path:
        return HERE / f"{self.name}.src.txt"

    @property
    def target(self) -> Path:
        return HERE / f"{self.name}.jsonl"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET} ({len(records())} texts)")
