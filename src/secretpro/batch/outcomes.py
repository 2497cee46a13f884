"""The outcomes a batch row can have, and the column type that holds them."""

from __future__ import annotations

import polars as pl

from secretpro.rules.decision import Outcome

# the rules' outcomes, in their order, and the batch's own for a row it could not read
OUTCOMES = (*(outcome.value for outcome in Outcome), "error")
OUTCOME_TYPE = pl.Enum(OUTCOMES)
"""The ``outcome`` column: text in the CSV, a small code in memory (cheap to build and to count)."""
