"""CSV cells that a spreadsheet will not run as a formula (CSV injection), for every CSV we write:
the register's export and the batch results.

``safe_cell`` is the one rule: a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return gets a leading apostrophe. ``escape_formulas`` applies it to a Polars table: a vectorized
look finds the few cells that start with one of those characters, and ``safe_cell`` rewrites them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # polars is imported by the batch only: the register's commands start faster
    import polars as pl

FORMULA_LEADERS = "=+-@\t\r"
_LEADER_PATTERN = "^[" + re.escape(FORMULA_LEADERS) + "]"


def safe_cell(value: Any) -> str:
    """A CSV cell that a spreadsheet will not run as a formula (CSV injection)."""
    text = "" if value is None else str(value)
    if text and text[0] in FORMULA_LEADERS:
        return "'" + text
    return text


def escape_formulas(table: pl.DataFrame) -> pl.DataFrame:
    """``table`` with every text cell that ``safe_cell`` would change rewritten by it (numbers,
    dates and empty cells are left as they are)."""
    import polars as pl

    changed: list[pl.Series] = []
    for name, dtype in table.schema.items():
        if not (dtype == pl.String or isinstance(dtype, pl.Enum | pl.Categorical)):
            continue
        column = table[name].cast(pl.String)
        leading = column.str.contains(_LEADER_PATTERN).fill_null(False)
        if not leading.any():
            continue
        positions = leading.arg_true()
        values = [safe_cell(value) for value in column.gather(positions).to_list()]
        changed.append(column.scatter(positions, values))
    return table.with_columns(changed) if changed else table
