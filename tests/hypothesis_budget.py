"""How many examples a property test draws: the full count in CI (``CI`` set, as ``.ci/run`` is
run), a fifth of it on a developer's machine (``HYPOTHESIS_FULL=1`` asks for the full count)."""

from __future__ import annotations

import os

FULL = bool(os.environ.get("CI") or os.environ.get("HYPOTHESIS_FULL"))


def examples(full: int) -> int:
    return full if FULL else max(10, full // 5)
