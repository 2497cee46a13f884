"""The one door to ``secretpro.guard.scan``, typed by what this package reads from its report.

Looked up at call time so that documents and the web keep working (offering nothing) while the
guard is absent, and pick it up as soon as it is installed.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Protocol, cast


class GuardFinding(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def category(self) -> str: ...
    @property
    def allowed(self) -> bool: ...


class GuardReport(Protocol):
    @property
    def verdict(self) -> str: ...
    @property
    def findings(self) -> Sequence[GuardFinding]: ...
    @property
    def redacted(self) -> str: ...


class Scan(Protocol):
    def __call__(self, text: str, profile: str = ..., allow: frozenset[str] = ...) -> GuardReport: ...


def guard_scan() -> Scan | None:
    """``secretpro.guard.scan``, or ``None`` while the guard is not installed."""
    try:
        module = importlib.import_module("secretpro.guard")
    except ImportError:
        return None
    scan = getattr(module, "scan", None)
    return cast(Scan, scan) if callable(scan) else None
