"""Build the sets of real public passages (issue 10): ``real_passages.jsonl`` from
``real_passages.src.txt``, and likewise ``real_passages2`` to ``52`` (``SETS``; each gathered
and labelled later, by someone who had not read the guard).

Markup as in ``probe_corpus.src.txt``: ``{CODE|text}`` is a labelled span; a line
``=== id lang date url`` starts a record; an ``@inserted a; b`` line lists invented names put in
place of real ones. Run: ``.venv/bin/python tests/guard/build_real_passages.py [NAME ...]`` (every
set by default; a test checks each pair of files agrees). ``half(id)`` splits the records for tuning: ``sha256(id) % 2 == 0`` is the tuning
half, ``1`` the held-out half that nobody looks at while tuning.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from build_probe_corpus import MarkupFiles, parse_record

HERE = Path(__file__).parent
SOURCE = HERE / "real_passages.src.txt"
TARGET = HERE / "real_passages.jsonl"
RETRIEVED = "2026-12-03"


def half(ident: str) -> int:
    """0 = tuning half, 1 = held-out half."""
    return int(hashlib.sha256(ident.encode("utf-8")).hexdigest(), 16) % 2


def records(source: Path = SOURCE, retrieved: str = RETRIEVED) -> list[dict[str, Any]]:
    """The records of a markup file (this set's, or another set's with its retrieval day)."""
    out: list[dict[str, Any]] = []
    header: list[str] | None = None
    inserted: list[str] = []
    lines: list[str] = []

    def flush() -> None:
        if header is None:
            return
        text, spans = parse_record("\n".join(lines).strip("\n"))
        for span in spans:
            span["text"] = text[span["start"] : span["end"]]
        record: dict[str, Any] = {"id": header[0], "lang": header[1], "text": text, "spans": spans}
        record.update(source=header[3], date=header[2], retrieved=retrieved)
        if inserted:
            record["inserted"] = list(inserted)
        out.append(record)

    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            flush()
            header, inserted, lines = line[4:].split(maxsplit=3), [], []
        elif header is None:
            continue
        elif line.startswith("@inserted "):
            inserted = [name.strip() for name in line[len("@inserted ") :].split(";")]
        else:
            lines.append(line)
    flush()
    return out


def render(source: Path = SOURCE, retrieved: str = RETRIEVED) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(source, retrieved))


def sources(markup: Path) -> set[str]:
    """The source addresses in a markup file's record headers (``=== id lang date url``)."""
    lines = markup.read_text(encoding="utf-8").splitlines()
    return {line[4:].split(maxsplit=3)[3] for line in lines if line.startswith("=== ")}


@dataclass(frozen=True)
class PassageSet(MarkupFiles):
    """One set: its markup file, its JSONL and the day its passages were retrieved."""

    retrieved: str

    def records(self) -> list[dict[str, Any]]:
        return records(self.source, self.retrieved)

    def render(self) -> str:
        return render(self.source, self.retrieved)


SETS = {
    name: PassageSet(name, day)
    for name, day in (
        ("real_passages", RETRIEVED),
        ("real_passages2", "2026-12-04"),
        ("real_passages3", "2026-12-04"),
        ("real_passages4", "2026-12-04"),
        ("real_passages5", "2026-12-04"),
        ("real_passages6", "2026-12-04"),
        ("real_passages7", "2026-12-04"),
        ("real_passages8", "2026-12-04"),
        ("real_passages9", "2026-12-04"),
        ("real_passages10", "2026-12-05"),
        ("real_passages11", "2026-12-05"),
        ("real_passages12", "2026-12-05"),
        ("real_passages13", "2026-12-05"),
        ("real_passages14", "2026-12-05"),
        ("real_passages15", "2026-12-05"),
        ("real_passages16", "2026-12-05"),
        ("real_passages17", "2026-12-05"),
        ("real_passages18", "2026-12-05"),
        ("real_passages19", "2026-12-05"),
        ("real_passages20", "2026-12-05"),
        ("real_passages21", "2026-12-05"),
        ("real_passages22", "2026-12-05"),
        ("real_passages23", "2026-12-06"),
        ("real_passages24", "2026-12-06"),
        ("real_passages25", "2026-12-06"),
        ("real_passages26", "2026-12-06"),
        ("real_passages27", "2026-12-06"),
        ("real_passages28", "2026-12-06"),
        ("real_passages29", "2026-12-06"),
        ("real_passages30", "2026-12-06"),
        ("real_passages31", "2026-12-06"),
        ("real_passages32", "2026-12-06"),
        ("real_passages33", "2026-12-06"),
        ("real_passages34", "2026-12-06"),
        ("real_passages35", "2026-12-06"),
        ("real_passages36", "2026-12-06"),
        ("real_passages37", "2026-12-06"),
        ("real_passages38", "2026-12-06"),
        ("real_passages39", "2026-12-06"),
        ("real_passages40", "2026-12-06"),
        ("real_passages41", "2026-12-06"),
        ("real_passages42", "2026-12-07"),
        ("real_passages43", "2026-12-07"),
        ("real_passages44", "2026-12-07"),
        ("real_passages45", "2026-12-07"),
        ("real_passages46", "2026-12-07"),
        ("real_passages47", "2026-12-07"),
        ("real_passages48", "2026-12-07"),
        ("real_passages49", "2026-12-07"),
        ("real_passages50", "2026-12-07"),
        ("real_passages51", "2026-12-07"),
        ("real_passages52", "2026-12-07"),
        ("real_passages53", "2026-12-07"),
        ("real_passages54", "2026-12-07"),
        ("real_passages55", "2026-12-07"),
        ("real_passages56", "2026-12-07"),
        ("real_passages57", "2026-12-08"),
        ("real_passages58", "2026-12-08"),
    )
}


if __name__ == "__main__":
    for name in sys.argv[1:] or list(SETS):
        chosen = SETS[name]
        chosen.target.write_text(chosen.render(), encoding="utf-8")
        rs = chosen.records()
        print(f"wrote {chosen.target} ({len(rs)} texts, held-out half {sum(half(r['id']) for r in rs)})")
