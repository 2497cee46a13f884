"""Reading the cases file: UTF-8 CSV (an optional BOM), a header naming ``case_id`` and the facts.

Every cell is read as text (no type guessing: ``01`` must stay ``01``); an empty cell is unknown.
The facts with few distinct cells are held as ``Categorical`` text (``engine.cell_dtypes``), which
the column-wise evaluation reads once per distinct cell.
A file that cannot be read as such is bad input for the whole run (``BatchInputError``).
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import polars as pl

from secretpro.batch.engine import cell_dtypes, check_columns
from secretpro.batch.errors import BatchInputError

HEADER_PEEK_BYTES = 1 << 20
BOM = codecs.BOM_UTF8


def _header(start: bytes) -> tuple[list[str], str]:
    """The column names and the separator (``,``, or ``;`` as spreadsheet exports in Belgium use)."""
    if start.startswith(BOM):
        start = start[len(BOM) :]
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(start, final=False)
    except UnicodeDecodeError:
        raise BatchInputError("file", "not UTF-8 text (save the file as CSV UTF-8)") from None
    if "\x00" in text:
        raise BatchInputError("file", "not a CSV text file")
    first_line = text.split("\n", 1)[0]
    if not first_line.strip():
        raise BatchInputError("file", "empty (expected a header line with case_id and the facts)")
    separator = ";" if ";" in first_line and "," not in first_line else ","
    try:
        header = next(csv.reader(io.StringIO(text), delimiter=separator))
    except (csv.Error, StopIteration):
        raise BatchInputError("file", "not a valid CSV header") from None
    return header, separator


def read_cases(rule: str, source: Path | bytes) -> pl.DataFrame:
    """The cases as a table of text cells, after checking the header against ``rule``'s facts."""
    if isinstance(source, Path):
        try:
            with source.open("rb") as handle:
                start = handle.read(HEADER_PEEK_BYTES)
        except FileNotFoundError:
            raise BatchInputError("IN.csv", "no such file") from None
        except IsADirectoryError:
            raise BatchInputError("IN.csv", "is a directory, not a file") from None
        except OSError:
            raise BatchInputError("IN.csv", "cannot be read") from None
    else:
        start = source[:HEADER_PEEK_BYTES]
    header, separator = _header(start)
    check_columns(rule, header)
    try:
        cases = pl.read_csv(
            source,
            separator=separator,
            infer_schema=False,
            schema_overrides=cell_dtypes(rule, header),
            encoding="utf8",
            has_header=True,
            quote_char='"',
        )
    except pl.exceptions.NoDataError:
        raise BatchInputError("file", "empty (expected a header line with case_id and the facts)") from None
    except pl.exceptions.ComputeError as error:
        if "utf-8" in str(error).lower() or "utf8" in str(error).lower():
            raise BatchInputError("file", "not UTF-8 text (save the file as CSV UTF-8)") from None
        raise BatchInputError(
            "file", "not a valid CSV file (check quotes and the number of fields per row)"
        ) from None
    except (pl.exceptions.PolarsError, OSError, ValueError):
        raise BatchInputError("file", "not a valid CSV file") from None
    if cases.columns and cases.columns[0].startswith(BOM.decode()):
        cases = cases.rename({cases.columns[0]: cases.columns[0].removeprefix(BOM.decode())})
    if list(cases.columns) != header:
        raise BatchInputError("file", "not a valid CSV header")
    return cases
