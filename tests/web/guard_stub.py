"""Test doubles for the guard, shared by the web tests (a uniquely named module: ``conftest`` is
not importable by name when several test folders run together)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pytest


@dataclass(frozen=True)
class StubFinding:
    start: int
    end: int
    category: str
    allowed: bool


@dataclass
class StubReport:
    verdict: str
    findings: list[StubFinding] = field(default_factory=list)
    redacted: str = ""


class StubGuard:
    """Stands in for ``secretpro.guard.scan`` where a test is about what happens with a verdict.
    ``blocking`` is a pattern whose matches are reported as blocking ADDRESS findings."""

    def __init__(self, blocking: str | None = None) -> None:
        self.blocking = re.compile(blocking) if blocking else None
        self.calls: list[tuple[str, str, frozenset[str]]] = []

    def __call__(self, text: str, profile: str = "strict", allow: frozenset[str] = frozenset()) -> StubReport:
        self.calls.append((text, profile, allow))
        findings = [
            StubFinding(match.start(), match.end(), "ADDRESS", False)
            for match in (self.blocking.finditer(text) if self.blocking else ())
        ]
        redacted = self.blocking.sub("[ADRESSE]", text) if self.blocking else text
        return StubReport("block" if findings else "pass", findings, redacted)


def install_guard(monkeypatch: pytest.MonkeyPatch, guard: Any) -> None:
    import secretpro.documents.guarding as guarding
    import secretpro.web.routes.guard as guard_page

    monkeypatch.setattr(guarding, "scan", guard)
    monkeypatch.setattr(guard_page, "scan", guard)
