"""Whether a span lies wholly inside one of many spans, each question in logarithmic time.

A hostile text holds thousands of both (50 kB of "pijn pijn ..." gave 10,000 findings and as many
spans to test them against): asked of every pair, that was 50 million tests and 9 s (thirty-third
round).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate


class Covering:
    """The spans ``(start, end)`` given, asked whether one of them holds a span."""

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
