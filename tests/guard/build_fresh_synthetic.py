"""Build the fresh synthetic sets from their readable markup: ``fresh_synthetic.jsonl`` from
``fresh_synthetic.src.txt``, ``fresh_synthetic2.jsonl`` from ``fresh_synthetic2.src.txt``,
``fresh_synthetic3.jsonl`` from ``fresh_synthetic3.src.txt``, ``fresh_synthetic4.jsonl`` from
``fresh_synthetic4.src.txt``, ``fresh_synthetic5.jsonl`` from ``fresh_synthetic5.src.txt``,
``fresh_synthetic6.jsonl`` from ``fresh_synthetic6.src.txt``, ``fresh_synthetic7.jsonl`` from
``fresh_synthetic7.src.txt``, ``fresh_synthetic8.jsonl`` from ``fresh_synthetic8.src.txt``,
``fresh_synthetic9.jsonl`` from ``fresh_synthetic9.src.txt``, ``fresh_synthetic10.jsonl`` from
``fresh_synthetic10.src.txt``, ``fresh_synthetic11.jsonl`` from ``fresh_synthetic11.src.txt``,
``fresh_synthetic12.jsonl`` from ``fresh_synthetic12.src.txt``, ``fresh_synthetic13.jsonl`` from
``fresh_synthetic13.src.txt``, ``fresh_synthetic14.jsonl`` from ``fresh_synthetic14.src.txt``,
``fresh_synthetic15.jsonl`` from ``fresh_synthetic15.src.txt``, ``fresh_synthetic16.jsonl`` from
``fresh_synthetic16.src.txt``, ``fresh_synthetic17.jsonl`` from ``fresh_synthetic17.src.txt``,
``fresh_synthetic18.jsonl`` from ``fresh_synthetic18.src.txt``, ``fresh_synthetic19.jsonl`` from
``fresh_synthetic19.src.txt``, ``fresh_synthetic20.jsonl`` from ``fresh_synthetic20.src.txt``,
``fresh_synthetic21.jsonl`` from ``fresh_synthetic21.src.txt``,
``fresh_synthetic22.jsonl`` from ``fresh_synthetic22.src.txt``,
``fresh_synthetic23.jsonl`` from ``fresh_synthetic23.src.txt``,
``fresh_synthetic24.jsonl`` from ``fresh_synthetic24.src.txt``,
``fresh_synthetic25.jsonl`` from ``fresh_synthetic25.src.txt``,
``fresh_synthetic26.jsonl`` from ``fresh_synthetic26.src.txt``,
``fresh_synthetic27.jsonl`` from ``fresh_synthetic27.src.txt``,
``fresh_synthetic28.jsonl`` from ``fresh_synthetic28.src.txt``,
``fresh_synthetic29.jsonl`` from ``fresh_synthetic29.src.txt``,
``fresh_synthetic30.jsonl`` from ``fresh_synthetic30.src.txt``,
``fresh_synthetic31.jsonl`` from ``fresh_synthetic31.src.txt``,
``fresh_synthetic32.jsonl`` from ``fresh_synthetic32.src.txt``,
``fresh_synthetic33.jsonl`` from ``fresh_synthetic33.src.txt``,
``fresh_synthetic34.jsonl`` from ``fresh_synthetic34.src.txt``,
``fresh_synthetic35.jsonl`` from ``fresh_synthetic35.src.txt``,
``fresh_synthetic36.jsonl`` from ``fresh_synthetic36.src.txt``,
``fresh_synthetic37.jsonl`` from ``fresh_synthetic37.src.txt``,
``fresh_synthetic38.jsonl`` from ``fresh_synthetic38.src.txt``,
``fresh_synthetic39.jsonl`` from ``fresh_synthetic39.src.txt``,
``fresh_synthetic40.jsonl`` from ``fresh_synthetic40.src.txt``,
``fresh_synthetic41.jsonl`` from ``fresh_synthetic41.src.txt``,
``fresh_synthetic42.jsonl`` from ``fresh_synthetic42.src.txt``,
``fresh_synthetic43.jsonl`` from ``fresh_synthetic43.src.txt`` and
``fresh_synthetic44.jsonl`` from ``fresh_synthetic44.src.txt``.

Each is 60 invented messages written without reading the guard's code or lexicons (the later ones
also without its tests or the earlier sets' texts, and without running the guard or the scorer), to
estimate its performance on unseen text. Markup as in ``probe_corpus.src.txt`` (``{CODE|text}`` is a
labelled span; a line ``=== id lang`` starts a record), parsed with the same ``parse_record``.
Run: ``.venv/bin/python tests/guard/build_fresh_synthetic.py [NAME ...]`` (every set by default; a
test checks each pair of files agrees).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

import build_probe_corpus


@dataclass(frozen=True)
class SyntheticSet(build_probe_corpus.MarkupFiles):
    """One set: its markup file and its JSONL."""

    def records(self) -> list[dict[str, Any]]:
        return build_probe_corpus.records(self.source)

    def render(self) -> str:
        return build_probe_corpus.render(self.source)


SETS = {
    name: SyntheticSet(name)
    for name in (
        "fresh_synthetic",
        "fresh_synthetic2",
        "fresh_synthetic3",
        "fresh_synthetic4",
        "fresh_synthetic5",
        "fresh_synthetic6",
        "fresh_synthetic7",
        "fresh_synthetic8",
        "fresh_synthetic9",
        "fresh_synthetic10",
        "fresh_synthetic11",
        "fresh_synthetic12",
        "fresh_synthetic13",
        "fresh_synthetic14",
        "fresh_synthetic15",
        "fresh_synthetic16",
        "fresh_synthetic17",
        "fresh_synthetic18",
        "fresh_synthetic19",
        "fresh_synthetic20",
        "fresh_synthetic21",
        "fresh_synthetic22",
        "fresh_synthetic23",
        "fresh_synthetic24",
        "fresh_synthetic25",
        "fresh_synthetic26",
        "fresh_synthetic27",
        "fresh_synthetic28",
        "fresh_synthetic29",
        "fresh_synthetic30",
        "fresh_synthetic31",
        "fresh_synthetic32",
        "fresh_synthetic33",
        "fresh_synthetic34",
        "fresh_synthetic35",
        "fresh_synthetic36",
        "fresh_synthetic37",
        "fresh_synthetic38",
        "fresh_synthetic39",
        "fresh_synthetic40",
        "fresh_synthetic41",
        "fresh_synthetic42",
        "fresh_synthetic43",
        "fresh_synthetic44",
    )
}


if __name__ == "__main__":
    for name in sys.argv[1:] or list(SETS):
        chosen = SETS[name]
        chosen.target.write_text(chosen.render(), encoding="utf-8")
        print(f"wrote {chosen.target} ({len(chosen.records())} texts)")
