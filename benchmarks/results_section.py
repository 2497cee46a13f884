"""One benchmark's section of ``benchmarks/RESULTS.md``, between its own markers, replaced in place."""

from __future__ import annotations

from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def write_section(name: str, lines: list[str], command: str) -> None:
    """Replace (or append) the section ``name`` with ``lines`` as a text block and its command."""
    begin, end = f"<!-- {name} benchmark: begin -->", f"<!-- {name} benchmark: end -->"
    block = "\n".join([begin, "", "```text", *lines, "```", "", f"Command: `{command}`.", "", end])
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        text = head + block + rest.split(end, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    RESULTS.write_text(text, encoding="utf-8")
    print(f"\nWritten to {RESULTS.relative_to(RESULTS.parent.parent)}")
