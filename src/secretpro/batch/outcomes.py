"""The outcomes a batch row can have, and the column type that holds them."""

from __future__ import annotations

import polars as pl

OUTCOMES = ("allowed", "forbidden", "not_applicable", "undetermined", "error")
OUTCOME_TYPE = pl.Enum(OUTCOMES)
"""The ``outcome`` column: text in the CSV, a small code in memory (cheap to build and to count)."""
