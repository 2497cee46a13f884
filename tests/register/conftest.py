"""Fixtures of the register tests: one register per test, on SQLite and on PostgreSQL.

PostgreSQL comes from ``scripts/with-postgres.sh`` (``SECRETPRO_TEST_POSTGRES_URL``). Without it the
PostgreSQL variants are skipped on a developer machine, but *fail* in CI (``CI`` set): a CI run
that silently tested SQLite only would claim more than it checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine

from secretpro.register import Register, generate_key


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads or writes the real user's register or key."""
    for name in ("SECRETPRO_DATABASE_URL", "SECRETPRO_KEY", "SECRETPRO_KEY_FILE", "SECRETPRO_CPAS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def key() -> str:
    return generate_key()


@pytest.fixture
def register(db_url: str, key: str) -> Iterator[Register]:
    reg = Register.open(db_url, key=key)
    try:
        yield reg
    finally:
        reg.close()


@pytest.fixture
def raw_engine(db_url: str, register: Register) -> Iterator[Engine]:
    """A plain engine, for tampering with rows directly, the way an intruder with database
    access would (no ORM, no chain code)."""
    engine = create_engine(db_url)
    try:
        yield engine
    finally:
        engine.dispose()
