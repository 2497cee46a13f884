"""Batch screening: many cases from one CSV file, one decision per row (``secretpro batch``).

``screen(rule, cases, on_date)`` evaluates a table of raw CSV cells and returns one result row per
case, in the input's order. Every rule is decided by its own ``decide``, once per *key*: what the
rule reads of a row, read once per distinct cell of each column (``class_keys``). R1, which reads
dates (nearly every row a key of its own), goes one step further: one row per key is sorted into
the classes R1 decides alike (``guarantor_inquiry_classes``) and ``decide`` runs once per class.
There is no second copy of a rule.
"""

from secretpro.batch.engine import OUTPUT_COLUMNS, BatchResult, screen
from secretpro.batch.errors import BatchInputError

__all__ = ["OUTPUT_COLUMNS", "BatchInputError", "BatchResult", "screen"]
