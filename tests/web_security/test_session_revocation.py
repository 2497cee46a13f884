"""Server-side session revocation: logout, "log out everywhere", an administrator's password reset
or deactivation end a session for good, even for a copy of its cookie, on every web worker; the
``web_sessions`` table holds no usable secret; the migration upgrades an existing database.

Run on SQLite and on PostgreSQL (``scripts/with-postgres.sh``)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from fastapi import FastAPI
from fastapi.testclient import TestClient
from security_support import make_app
from sqlalchemy import inspect, select, text, update
from sqlalchemy.orm import Session

from accounts_testing import TEST_PASSWORD, csrf_from, ensure_user, log_in
from secretpro.register import (
    Register,
    create_case,
    create_register_engine,
    ensure_cpas,
    entries_for_case,
    generate_key,
)
from secretpro.register.accounts import hash_password
from secretpro.register.db import alembic_config, writer
from secretpro.register.models import User, WebSession, utcnow
from secretpro.web.accounts.runtime import runtime_of

CPAS = "CPAS de Saint-Gilles (test)"


@dataclass
class Site:
    app: FastAPI
    register: Register
    case_id: str
    clients: list[TestClient]

    def client(self, username: str | None = None, app: FastAPI | None = None) -> TestClient:
        client = TestClient(app or self.app, follow_redirects=False)
        self.clients.append(client)
        if username is not None:
            log_in(client, username)
        return client

    def user_id(self, username: str) -> int:
        return ensure_user(self.register, username)

    def rows(self) -> list[WebSession]:
        with self.register.reader() as session:
            return list(session.scalars(select(WebSession).order_by(WebSession.created_at)))

    def answer(self, client: TestClient, **headers: str) -> int:
        response = client.post(
            f"/cases/{self.case_id}/answers",
            data={"received_on": "2025-03-04", "summary": "Réponse reçue"},
            headers=headers,
        )
        return response.status_code


@pytest.fixture
def site(db_url: str) -> Iterator[Site]:
    register = Register.open(db_url, key=generate_key())
    for name, role in (
        ("worker", "social_worker"),
        ("colleague", "social_worker"),
        ("admin", "administrator"),
    ):
        ensure_user(register, name, role=role, cpas=CPAS)
    worker = ensure_user(register, "worker")
    with register.reader() as session:
        cpas_id = session.get(User, worker).cpas_id  # type: ignore[union-attr]
    case_id = create_case(register, cpas_id, created_by=worker, subject_name="Personne Inventée")
    found = Site(make_app(register), register, case_id, [])
    try:
        yield found
    finally:
        for client in found.clients:
            client.close()
        register.close()


def steal(site: Site, victim: TestClient, app: FastAPI | None = None) -> TestClient:
    """Another browser holding a copy of ``victim``'s session cookie and CSRF token."""
    thief = site.client(app=app)
    thief.cookies.set("sp_session", victim.cookies["sp_session"])
    thief.headers["X-CSRF-Token"] = victim.headers["X-CSRF-Token"]
    return thief


def assert_sent_to_login(response: object) -> None:
    assert response.status_code == 303, response.status_code  # type: ignore[attr-defined]
    assert response.headers["location"].startswith("/login")  # type: ignore[attr-defined]


def test_a_cookie_copied_before_logout_is_refused_after_it(site: Site) -> None:
    victim = site.client("worker")
    thief = steal(site, victim)
    copied = thief.cookies["sp_session"]
    assert thief.get("/cases").status_code == 200  # the copy works while the session lives
    entries = len(entries_for_case(site.register, site.case_id))

    assert victim.post("/logout").status_code == 303

    page = thief.get("/cases")
    assert_sent_to_login(page)
    assert "sp_session=;" in page.headers["set-cookie"]  # the stale cookie is dropped
    thief.cookies.set("sp_session", copied)  # the thief keeps it all the same
    assert_sent_to_login(thief.get(f"/cases/{site.case_id}"))
    # A form posted with the copied cookie and its (then valid) CSRF token: refused, nothing done.
    thief.cookies.set("sp_session", copied)
    assert site.answer(thief) == 403
    thief.cookies.set("sp_session", copied)
    htmx = thief.post(
        f"/cases/{site.case_id}/answers",
        data={"received_on": "2025-03-04", "summary": "x"},
        headers={"HX-Request": "true"},
    )
    assert htmx.status_code == 403 and htmx.headers["hx-redirect"] == "/login"
    assert len(entries_for_case(site.register, site.case_id)) == entries
    # Logging out again with the copy just leads to the login page.
    thief.cookies.set("sp_session", copied)
    assert thief.post("/logout").headers["location"] == "/login"


def test_logout_revokes_the_row_and_the_copy_everywhere(site: Site) -> None:
    victim = site.client("worker")
    cookie, token = victim.cookies["sp_session"], victim.headers["X-CSRF-Token"]
    victim.post("/logout")
    (row,) = site.rows()
    assert row.revoked_at is not None and row.user_id == site.user_id("worker")
    thief = site.client()
    thief.cookies.set("sp_session", cookie)
    assert_sent_to_login(thief.get("/cases"))
    thief.cookies.set("sp_session", cookie)
    assert site.answer(thief, **{"X-CSRF-Token": token}) == 403


def test_another_web_worker_refuses_the_copy_too(site: Site) -> None:
    """Two applications on one database, as two workers behind a load balancer: a logout on one is
    seen at once by the other (no per-process cache)."""
    other_worker = make_app(site.register)
    victim = site.client("worker")
    thief = steal(site, victim, app=other_worker)
    assert thief.get("/cases").status_code == 200
    victim.post("/logout")
    assert_sent_to_login(thief.get("/cases"))


def test_the_other_sessions_of_the_user_survive_a_logout(site: Site) -> None:
    office = site.client("worker")
    laptop = site.client("worker")
    colleague = site.client("colleague")
    office.post("/logout")
    assert laptop.get("/cases").status_code == 200
    assert site.answer(laptop) == 303
    assert colleague.get("/cases").status_code == 200
    assert_sent_to_login(office.get("/cases"))
    assert [row.revoked_at is not None for row in site.rows()].count(True) == 1


def test_log_out_everywhere_ends_every_session_of_the_user_only(site: Site) -> None:
    office = site.client("worker")
    laptop = site.client("worker")
    thief = steal(site, laptop)
    colleague = site.client("colleague")
    response = office.post("/logout/everywhere")
    assert response.status_code == 303 and response.headers["location"] == "/login"
    assert "sp_session=;" in response.headers["set-cookie"]
    for ended in (office, laptop, thief):
        assert_sent_to_login(ended.get("/cases"))
    assert colleague.get("/cases").status_code == 200
    worker = site.user_id("worker")
    assert all((row.revoked_at is not None) == (row.user_id == worker) for row in site.rows())


def test_log_out_everywhere_needs_a_session_and_its_csrf_token(site: Site) -> None:
    assert_sent_to_login(site.client().post("/logout/everywhere"))
    worker = site.client("worker")
    assert worker.post("/logout/everywhere", headers={"X-CSRF-Token": "forged"}).status_code == 403
    assert worker.get("/cases").status_code == 200


def test_a_password_reset_by_an_administrator_ends_the_users_sessions(site: Site) -> None:
    worker = site.client("worker")
    thief = steal(site, worker)
    admin = site.client("admin")
    target = site.user_id("worker")
    response = admin.post(f"/admin/users/{target}/password", data={"password": "une toute nouvelle phrase"})
    assert response.status_code == 303
    assert_sent_to_login(worker.get("/cases"))
    assert_sent_to_login(thief.get("/cases"))
    rows = {row.user_id: row for row in site.rows()}
    assert rows[target].revoked_at is not None
    assert rows[site.user_id("admin")].revoked_at is None
    assert admin.get("/admin/users").status_code == 200
    log_in(site.client(), "worker", "une toute nouvelle phrase")  # the new password works


def test_a_deactivation_by_an_administrator_revokes_the_rows(site: Site) -> None:
    worker = site.client("worker")
    admin = site.client("admin")
    target = site.user_id("worker")
    assert admin.post(f"/admin/users/{target}/active", data={"active": "false"}).status_code == 303
    assert_sent_to_login(worker.get("/cases"))
    assert all(row.revoked_at is not None for row in site.rows() if row.user_id == target)
    # Reactivated, the account does not bring its old sessions back.
    assert admin.post(f"/admin/users/{target}/active", data={"active": "true"}).status_code == 303
    assert_sent_to_login(worker.get("/cases"))


def test_a_cookie_without_a_row_is_refused(site: Site) -> None:
    """A well-signed cookie whose row is gone (cleaned up, or issued before this table existed)."""
    worker = site.client("worker")

    def wipe(session: Session) -> None:
        session.query(WebSession).delete()

    site.register.write(wipe)
    assert_sent_to_login(worker.get("/cases"))


def test_a_new_login_replaces_the_session_of_that_browser(site: Site) -> None:
    client = site.client("worker")
    first = client.cookies["sp_session"]
    response = client.post("/login", data={"username": "colleague", "password": TEST_PASSWORD})
    assert response.status_code == 303  # a login while still logged in as worker
    assert client.cookies["sp_session"] != first
    client.headers["X-CSRF-Token"] = csrf_from(client.get("/login", follow_redirects=True).text)
    thief = site.client()
    thief.cookies.set("sp_session", first)
    assert_sent_to_login(thief.get("/cases"))
    assert client.get("/cases").status_code == 200


def test_the_table_never_holds_the_nonce_the_cookie_or_the_csrf_token(site: Site) -> None:
    client = site.client("worker")
    runtime = runtime_of(site.app)
    cookie = client.cookies["sp_session"]
    session = runtime.codec.load(cookie)
    assert session is not None
    secrets_ = {cookie, session.nonce, client.headers["X-CSRF-Token"], runtime.csrf.token_for(session.nonce)}
    unkeyed = hashlib.sha256(session.nonce.encode()).hexdigest()
    with site.register.engine.connect() as conn:
        values = [str(value) for row in conn.exec_driver_sql("SELECT * FROM web_sessions") for value in row]
    assert values
    for value in values:
        assert unkeyed not in value
        for secret in secrets_:
            assert secret not in value
            assert len(value) < 8 or value not in secret  # not even a piece of one
    (row,) = site.rows()
    assert row.id == runtime.sessions.row_id(session.nonce) and len(row.id) == 64


def test_last_seen_is_written_at_most_once_a_minute(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    client = site.client("worker")
    (row,) = site.rows()
    first_seen = row.last_seen_at
    for _ in range(5):
        assert client.get("/cases").status_code == 200
    (row,) = site.rows()
    assert row.last_seen_at == first_seen  # no write for requests within the minute
    later = utcnow() + timedelta(minutes=2)
    monkeypatch.setattr("secretpro.register.web_sessions.utcnow", lambda: later)
    assert client.get("/cases").status_code == 200
    (row,) = site.rows()
    assert row.last_seen_at == later
    assert client.get("/cases").status_code == 200
    (row,) = site.rows()
    assert row.last_seen_at == later


def test_expired_rows_are_forgotten_at_the_next_login(site: Site) -> None:
    idle = site.client("worker")
    long_ago = site.client("colleague")
    live = site.client("admin")
    rows = {row.user_id: row.id for row in site.rows()}

    def age(session: Session) -> None:
        now = utcnow()
        session.execute(
            update(WebSession)
            .where(WebSession.id == rows[site.user_id("worker")])
            .values(last_seen_at=now - timedelta(hours=1))
        )
        session.execute(
            update(WebSession)
            .where(WebSession.id == rows[site.user_id("colleague")])
            .values(created_at=now - timedelta(hours=11))
        )

    site.register.write(age)
    site.client("worker")  # any login cleans up
    remaining = {row.id for row in site.rows()}
    assert rows[site.user_id("worker")] not in remaining
    assert rows[site.user_id("colleague")] not in remaining
    assert rows[site.user_id("admin")] in remaining and len(remaining) == 2
    assert_sent_to_login(idle.get("/cases"))
    assert_sent_to_login(long_ago.get("/cases"))
    assert live.get("/admin/users").status_code == 200


def test_the_migration_upgrades_an_existing_r0002_database(db_url: str) -> None:
    engine = create_register_engine(db_url)
    try:
        with writer(engine).connect() as conn, conn.begin():
            command.upgrade(alembic_config(conn), "0002")
        assert "web_sessions" not in inspect(engine).get_table_names()
        key = generate_key()
        old = Register.open(db_url, key=key, migrate=False)
        try:
            # The users table as revision 0002 has it (no display name yet): written with SQL.
            cpas_id = ensure_cpas(old, CPAS)
            with old.engine.begin() as conn:
                conn.execute(
                    text(
                        "INSERT INTO users (cpas_id, username, password_hash, role, active, created_at) "
                        "VALUES (:c, 'ancien', :h, 'social_worker', :a, :t)"
                    ),
                    {"c": cpas_id, "h": hash_password(TEST_PASSWORD), "a": True, "t": utcnow()},
                )
                worker = conn.execute(text("SELECT id FROM users WHERE username = 'ancien'")).scalar_one()
        finally:
            old.close()

        register = Register.open(db_url, key=key)  # migrates to head
        try:
            assert "web_sessions" in inspect(register.engine).get_table_names()
            with register.engine.connect() as conn:
                heads = ScriptDirectory.from_config(alembic_config()).get_heads()
                assert MigrationContext.configure(conn).get_current_heads() == tuple(heads)
            client = TestClient(make_app(register), follow_redirects=False)
            log_in(client, "ancien", TEST_PASSWORD)
            assert client.get("/cases").status_code == 200
            with register.reader() as session:
                (row,) = session.scalars(select(WebSession)).all()
            assert row.user_id == worker and row.revoked_at is None
            client.post("/logout")
            client.close()
        finally:
            register.close()
    finally:
        engine.dispose()


def test_dates_are_aware_on_both_databases(site: Site) -> None:
    site.client("worker")
    (row,) = site.rows()
    assert row.created_at.tzinfo is not None and row.last_seen_at.tzinfo is not None
    assert abs(row.created_at - utcnow()) < timedelta(minutes=1)
    assert row.created_at.date() >= date(2025, 1, 1)
