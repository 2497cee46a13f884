"""Small cells: a count from 1 to 4 is not published (``< 5``), so that no person can be singled out.

Primary suppression hides every count below ``THRESHOLD`` (zero stays: it singles nobody out).
Secondary suppression: when a row shows its total, a single hidden cell could be recovered by
subtraction, so the smallest other non-zero cell of that group is hidden too. Totals themselves
are published only when at least ``THRESHOLD``.
"""

from __future__ import annotations

from collections.abc import Sequence

THRESHOLD = 5
HIDDEN_TEXT = "< 5"


def suppress(values: Sequence[int], *, with_total: bool = True) -> list[int | None]:
    """``values`` with the cells that must not be published replaced by ``None``."""
    shown: list[int | None] = [None if 0 < value < THRESHOLD else value for value in values]
    hidden = [index for index, value in enumerate(shown) if value is None]
    if with_total and len(hidden) == 1:
        others = [(value, index) for index, value in enumerate(values) if shown[index] and value > 0]
        if others:
            shown[min(others)[1]] = None
    return shown


def total(values: Sequence[int]) -> int | None:
    """A total, hidden like any cell when below the threshold."""
    value = sum(values)
    return None if 0 < value < THRESHOLD else value


def cell_text(value: int | None) -> str:
    return HIDDEN_TEXT if value is None else str(value)
