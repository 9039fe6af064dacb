"""A sorted set of non-overlapping character spans with fast range queries."""

from __future__ import annotations

import bisect
from typing import Iterable


class SpanSet:
    """Non-overlapping ``(start, end)`` spans (e.g. quotes), queried in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        self.spans = sorted(spans)
        self._starts = [a for a, _ in self.spans]
        self._longest = max((b - a for a, b in self.spans), default=0)

    def covers(self, pos: int) -> bool:
        """True when ``pos`` lies inside one of the spans."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that overlap ``start:end``."""
        lo = max(0, bisect.bisect_right(self._starts, start) - 1)
        hi = bisect.bisect_left(self._starts, end)
        return [(a, b) for a, b in self.spans[lo:hi] if a < end and start < b]

    def overlaps(self, start: int, end: int) -> bool:
        """True when a span overlaps ``start:end``.  Only spans that start less than the longest
        span's length before ``start`` can reach it, so this also holds for a set whose spans
        overlap one another (``add`` allows that; the other queries assume disjoint spans)."""
        i = bisect.bisect_left(self._starts, end)  # spans[:i] start before end
        while i > 0 and self._starts[i - 1] > start - self._longest:
            i -= 1
            if self.spans[i][1] > start:
                return True
        return False

    def add(self, start: int, end: int) -> None:
        """Add the span ``start:end``."""
        i = bisect.bisect_left(self.spans, (start, end))
        self.spans.insert(i, (start, end))
        self._starts.insert(i, start)
        self._longest = max(self._longest, end - start)

    def without(self, span: tuple[int, int]) -> "SpanSet":
        """A copy of the set without ``span`` (the set itself when ``span`` is not in it)."""
        i = bisect.bisect_left(self.spans, span)
        if i == len(self.spans) or self.spans[i] != span:
            return self
        copy = SpanSet()
        copy.spans, copy._starts = self.spans[:i] + self.spans[i + 1:], self._starts[:i] + self._starts[i + 1:]
        copy._longest = self._longest
        return copy

    def __iter__(self):
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)
