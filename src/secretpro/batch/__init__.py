"""Batch screening: many cases from one CSV file, one decision per row (``secretpro batch``).

``screen(rule, cases, on_date)`` evaluates a table of raw CSV cells and returns one result row per
case, in the input's order. Every rule is decided by its own ``decide``: R2–R5 once per distinct
combination of cells, R1 (which reads dates) once per class of rows it decides alike, the classes
found column-wise with Polars (``guarantor_inquiry_classes``). There is no second copy of a rule.
"""

from secretpro.batch.engine import OUTPUT_COLUMNS, BatchResult, screen
from secretpro.batch.errors import BatchInputError

__all__ = ["OUTPUT_COLUMNS", "BatchInputError", "BatchResult", "screen"]
