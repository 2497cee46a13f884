"""Accounts: argon2 password hashes (with rehash), roles, API tokens stored as hashes only."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, text

from secretpro.register import Register, Role
from secretpro.register import accounts as A
from secretpro.register import entries as E
from secretpro.register.errors import ConflictError, InvalidInputError, NotFoundError

PASSWORD = "correct horse battery staple"


@pytest.fixture
def user(register: Register) -> tuple[int, int]:
    cpas_id = E.ensure_cpas(register, "CPAS de Fictiville")
    return cpas_id, A.create_user(
        register, username="aline.test", password=PASSWORD, role="supervisor", cpas_id=cpas_id
    )


def test_password_is_stored_as_argon2id(
    register: Register, user: tuple[int, int], raw_engine: Engine
) -> None:
    with raw_engine.connect() as conn:
        stored = conn.execute(text("SELECT password_hash FROM users")).scalar_one()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_authenticate(register: Register, user: tuple[int, int]) -> None:
    cpas_id, user_id = user
    account = A.authenticate(register, "aline.test", PASSWORD)
    assert account is not None
    assert (account.id, account.role, account.cpas_id, account.active) == (
        user_id,
        Role.SUPERVISOR,
        cpas_id,
        True,
    )
    assert A.authenticate(register, "aline.test", "wrong password!!") is None
    assert A.authenticate(register, "nobody", PASSWORD) is None
    A.set_active(register, user_id, False)
    assert A.authenticate(register, "aline.test", PASSWORD) is None


def test_outdated_hash_is_upgraded_at_login(
    register: Register, user: tuple[int, int], raw_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, user_id = user
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash(PASSWORD)
    with raw_engine.begin() as conn:
        conn.execute(text("UPDATE users SET password_hash = :h WHERE id = :i"), {"h": weak, "i": user_id})
    assert A.authenticate(register, "aline.test", PASSWORD) is not None
    with raw_engine.connect() as conn:
        upgraded = conn.execute(
            text("SELECT password_hash FROM users WHERE id = :i"), {"i": user_id}
        ).scalar_one()
    assert upgraded != weak
    assert A.authenticate(register, "aline.test", PASSWORD) is not None


def test_user_rules(register: Register, user: tuple[int, int]) -> None:
    cpas_id, user_id = user
    with pytest.raises(ConflictError):
        A.create_user(
            register, username="aline.test", password=PASSWORD, role="social_worker", cpas_id=cpas_id
        )
    with pytest.raises(InvalidInputError):
        A.create_user(register, username="bob", password="short", role="social_worker", cpas_id=cpas_id)
    with pytest.raises(InvalidInputError):
        A.create_user(register, username="bob", password=PASSWORD, role="root", cpas_id=cpas_id)
    with pytest.raises(NotFoundError):
        A.create_user(register, username="bob", password=PASSWORD, role="social_worker", cpas_id=999)
    A.set_role(register, user_id, Role.ADMINISTRATOR)
    account = A.get_account(register, user_id)
    assert account is not None and account.role is Role.ADMINISTRATOR
    A.set_password(register, user_id, "another long passphrase")
    assert A.authenticate(register, "aline.test", "another long passphrase") is not None
    assert [a.username for a in A.list_accounts(register, cpas_id)] == ["aline.test"]


def test_api_tokens(register: Register, user: tuple[int, int], raw_engine: Engine) -> None:
    _, user_id = user
    new = A.create_api_token(register, user_id, "export script")
    assert new.token.startswith("sp_") and len(new.token) > 40
    with raw_engine.connect() as conn:
        stored = [tuple(r) for r in conn.execute(text("SELECT * FROM api_tokens"))]
    assert not any(new.token in str(value) for row in stored for value in row)
    account = A.authenticate_token(register, new.token)
    assert account is not None and account.id == user_id
    assert A.authenticate_token(register, new.token + "x") is None
    assert A.authenticate_token(register, "garbage") is None
    with pytest.raises(NotFoundError):
        A.revoke_api_token(register, new.id, user_id=user_id + 1)
    A.revoke_api_token(register, new.id, user_id=user_id)
    assert A.authenticate_token(register, new.token) is None
    assert [t.revoked for t in A.list_api_tokens(register, user_id)] == [True]
