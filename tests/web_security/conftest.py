"""Fixtures of the web security tests: an application on its own SQLite register with two CPAS,
accounts of every role, and clients logged in as each (their CSRF token sent as a header)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from security_support import ACCOUNTS, PERSON_A, PERSON_B, World, make_app

from accounts_testing import ensure_user
from secretpro.register import Register, create_case, generate_key, record_answer
from secretpro.register.accounts import find_account


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads or writes the real user's register, key or web secret."""
    for name in (
        "SECRETPRO_DATABASE_URL",
        "SECRETPRO_KEY",
        "SECRETPRO_KEY_FILE",
        "SECRETPRO_CPAS",
        "SECRETPRO_WEB_SECRET",
        "SECRETPRO_SECURE_COOKIES",
        "SECRETPRO_SESSION_IDLE_MINUTES",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture(autouse=True)
def _fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id with tiny costs for the accounts these tests create by the dozen (the production
    parameters are the register's and tested there)."""
    import secretpro.register.accounts as accounts

    monkeypatch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    db_file = tmp_path / "register.sqlite3"
    register = Register.open(f"sqlite+pysqlite:///{db_file}", key=generate_key())
    ids = {name: ensure_user(register, name, role=role, cpas=cpas) for name, (role, cpas) in ACCOUNTS.items()}
    accounts = {name: find_account(register, name) for name in ids}
    cpas_a = accounts["worker_a"].cpas_id  # type: ignore[union-attr]
    cpas_b = accounts["worker_b"].cpas_id  # type: ignore[union-attr]
    case_a = create_case(
        register, cpas_a, created_by=ids["worker_a"], subject_name=PERSON_A[0], national_number=PERSON_A[1]
    )
    case_b = create_case(
        register, cpas_b, created_by=ids["worker_b"], subject_name=PERSON_B[0], national_number=PERSON_B[1]
    )
    record_answer(
        register,
        case_b,
        date(2025, 3, 4),
        "Réponse de l'OE pour le dossier de Namur",
        author_id=ids["worker_b"],
    )
    found = World(make_app(register), register, db_file, case_a, case_b, [])
    try:
        yield found
    finally:
        for client in found.clients:
            client.close()
        register.close()


# ---- browser ------------------------------------------------------------------------------
