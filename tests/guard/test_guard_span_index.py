"""``SpanIndex`` answers what the test of every pair answers, for any spans."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from secretpro.guard.span_index import SpanIndex

_SPAN = st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda s: (s[0], s[0] + s[1]))


@given(st.lists(_SPAN, max_size=30), st.lists(_SPAN, min_size=1, max_size=30))
def test_covers_as_every_pair_tested(spans: list[tuple[int, int]], asked: list[tuple[int, int]]) -> None:
    covering = SpanIndex(spans)
    assert bool(covering) == bool(spans)
    for start, end in asked:
        assert covering.covers(start, end) == any(a <= start and end <= b for a, b in spans)


def test_a_span_nested_after_a_long_one_is_covered_by_the_long_one() -> None:
    # the span that covers need not be the last to start before it
    covering = SpanIndex([(0, 100), (10, 12), (50, 55)])
    assert covering.covers(60, 90) and covering.covers(10, 12) and not covering.covers(90, 101)
