"""Spans ``(start, end)`` asked whether one of them holds, or overlaps, a span, each question in
logarithmic time: by bisection over their starts and the running maximum of their ends.

A long text holds thousands of findings and of spans to test them against; ``any()`` over all of
them per finding made the guard quadratic: 100 kB of "L-9530 Wiltz" took 2 s, 50 kB of "pijn pijn
..." 9 s (50 million pairs; thirty-third round).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class SpanIndex:
    """The spans ``(start, end)`` given."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _end in ordered]
        # the farthest end of the spans that start at or before each one
        self._reach = list(accumulate((end for _start, end in ordered), max))

    def __bool__(self) -> bool:
        return bool(self._starts)

    def covers(self, start: int, end: int) -> bool:
        """Whether some span starts at or before ``start`` and ends at or after ``end``."""
        before = bisect_right(self._starts, start)
        return before > 0 and self._reach[before - 1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span shares a character with ``[start, end)`` (``s < end and start < e``)."""
        # the spans starting before ``end``; one of them overlaps iff the furthest end is past ``start``
        before = bisect_left(self._starts, end)
        return before > 0 and self._reach[before - 1] > start
