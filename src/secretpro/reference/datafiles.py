"""Reads the CSV data files shipped in this package (lines starting with ``#`` are their header)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources


def read_rows(filename: str) -> Iterator[dict[str, str]]:
    """Rows of a data file of this package, as dicts keyed by its column names."""
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    yield from csv.DictReader(lines)


def read_header(filename: str) -> list[str]:
    """The comment lines at the top of a data file: its source and date, shown to users."""
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    return [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
