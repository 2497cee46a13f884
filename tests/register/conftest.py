"""Fixtures of the register tests: one register per test, on SQLite and on PostgreSQL.

PostgreSQL comes from ``scripts/with-postgres.sh`` (``SECRETPRO_TEST_POSTGRES_URL``). Without it the
PostgreSQL variants are skipped on a developer machine, but *fail* in CI (``CI`` set): a CI run
that silently tested SQLite only would claim more than it checked.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from secretpro.register import Register, generate_key

PG_ENV = "SECRETPRO_TEST_POSTGRES_URL"


def postgres_base_url() -> str:
    url = os.environ.get(PG_ENV, "").strip()
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail(
            f"{PG_ENV} is not set although CI is: run pytest through scripts/with-postgres.sh "
            "so that the register is tested on PostgreSQL too.",
            pytrace=False,
        )
    pytest.skip(f"{PG_ENV} not set: run through scripts/with-postgres.sh to test PostgreSQL")


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads or writes the real user's register or key."""
    for name in ("SECRETPRO_DATABASE_URL", "SECRETPRO_KEY", "SECRETPRO_KEY_FILE", "SECRETPRO_CPAS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: a SQLite file, or a fresh PostgreSQL database dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite+pysqlite:///{tmp_path / 'register.sqlite3'}"
        return
    base = postgres_base_url()
    name = "t_" + uuid.uuid4().hex[:16]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


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
