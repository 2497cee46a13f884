"""Batch screening: many cases from one CSV file, one decision per row (``secretpro batch``).

``screen(rule, cases, on_date)`` evaluates a table of raw CSV cells and returns one result row per
case, in the input's order. R1 (``guarantor-inquiry``) is evaluated column-wise with Polars
expressions (``vectorized_guarantor_inquiry``); the other rules, which are cheap, call ``decide``
case by case. Both give the same decisions as ``secretpro.rules.decide``, case for case.
"""

from secretpro.batch.engine import OUTPUT_COLUMNS, BatchResult, screen
from secretpro.batch.errors import BatchInputError

__all__ = ["OUTPUT_COLUMNS", "BatchInputError", "BatchResult", "screen"]
