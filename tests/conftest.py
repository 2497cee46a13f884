"""Fixtures shared by several test folders: a database on SQLite and PostgreSQL, and the launch
arguments of Debian's Chromium for the browser tests.

PostgreSQL comes from ``scripts/with-postgres.sh`` (``SECRETPRO_TEST_POSTGRES_URL``). Without it the
PostgreSQL variants are skipped on a developer machine, but *fail* in CI (``CI`` set): a CI run
that silently tested SQLite only would claim more than it checked.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from hypothesis_budget import FULL

PG_ENV = "SECRETPRO_TEST_POSTGRES_URL"
CHROMIUM = "/usr/bin/chromium"


def postgres_base_url() -> str:
    url = os.environ.get(PG_ENV, "").strip()
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail(
            f"{PG_ENV} is not set although CI is: run pytest through scripts/with-postgres.sh "
            "so that PostgreSQL is tested too.",
            pytrace=False,
        )
    pytest.skip(f"{PG_ENV} not set: run through scripts/with-postgres.sh to test PostgreSQL")


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


@pytest.fixture(scope="session")
def browser_type_launch_args() -> dict[str, Any]:
    """pytest-playwright's launch arguments: Debian's Chromium, never a downloaded browser."""
    return {
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


# Property tests without a count of their own: 100 examples in CI, 20 on a developer's machine
# (see hypothesis_budget.py for the tests that set one).
settings.register_profile("ci", max_examples=100, deadline=None)
settings.register_profile("dev", max_examples=20, deadline=None)
settings.load_profile("ci" if FULL else "dev")


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """pytest-playwright's pages speak as a French-speaking Belgian worker's browser: the web picks
    the page language from Accept-Language, and Chromium alone would say en-US. A test that wants
    another language says so (``locale=``) or uses the switch."""
    return {**browser_context_args, "locale": "fr-BE"}
