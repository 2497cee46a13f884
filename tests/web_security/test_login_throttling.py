"""Login under attack: concurrent guesses are counted before they are checked (at most the limit
reaches argon2), password checks at once are bounded (503 beyond), one address cannot lock out
the accounts known there, and X-Forwarded-For is believed from trusted proxies only."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from ipaddress import ip_network

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient
from security_support import World, make_app

import secretpro.register.accounts as accounts
from accounts_testing import TEST_PASSWORD, csrf_from, ensure_user
from secretpro.register import Register, generate_key
from secretpro.web.accounts.config import client_address, parse_networks
from secretpro.web.accounts.runtime import PasswordChecks, runtime_of

CONCURRENT = 40


class CountingHasher(PasswordHasher):
    """The tests' cheap argon2, counting the checks and taking ``delay`` each (so they overlap)."""

    def __init__(self, delay: float = 0.05) -> None:
        super().__init__(time_cost=1, memory_cost=1024, parallelism=1)
        self.delay = delay
        self.checks = 0
        self.running = 0
        self.most_at_once = 0
        self._lock = threading.Lock()

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:
        with self._lock:
            self.checks += 1
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        try:
            time.sleep(self.delay)
            return super().verify(hash, password)
        finally:
            with self._lock:
                self.running -= 1


@pytest.fixture
def hasher(monkeypatch: pytest.MonkeyPatch) -> CountingHasher:
    counting = CountingHasher()
    monkeypatch.setattr(accounts, "_hasher", counting)
    return counting


@pytest.fixture
def app(db_url: str) -> Iterator[FastAPI]:
    register = Register.open(db_url, key=generate_key())
    for name in ("worker_a", "worker_b"):
        ensure_user(register, name)
    try:
        yield make_app(register)
    finally:
        register.close()


def prepared(app: FastAPI, address: str = "10.1.1.1") -> tuple[TestClient, str]:
    client = TestClient(app, follow_redirects=False, client=(address, 50000))
    return client, csrf_from(client.get("/login").text)


def post(prepared_client: tuple[TestClient, str], username: str, password: str, **headers: str) -> int:
    client, token = prepared_client
    data = {"username": username, "password": password, "csrf_token": token}
    return client.post("/login", data=data, headers=headers).status_code


def all_at_once(app: FastAPI, username: str, password: str, count: int = CONCURRENT) -> list[int]:
    clients = [prepared(app) for _ in range(count)]
    start = threading.Barrier(count)

    def attempt(prepared_client: tuple[TestClient, str]) -> int:
        start.wait()
        return post(prepared_client, username, password)

    with ThreadPoolExecutor(count) as pool:
        statuses = list(pool.map(attempt, clients))
    for client, _ in clients:
        client.close()
    return statuses


def test_forty_concurrent_guesses_check_at_most_the_limit(app: FastAPI, hasher: CountingHasher) -> None:
    runtime_of(app).password_checks = PasswordChecks(CONCURRENT)  # only the throttle limits here
    statuses = all_at_once(app, "worker_a", "wrong guess")
    limit = runtime_of(app).settings.user_max_failures
    assert hasher.checks <= limit, statuses
    assert statuses.count(401) == hasher.checks
    assert set(statuses) <= {401, 429}
    # And the right password is locked out too, without a check.
    before = hasher.checks
    assert post(prepared(app), "worker_a", TEST_PASSWORD) == 429
    assert hasher.checks == before


def test_password_checks_at_once_are_bounded(app: FastAPI, hasher: CountingHasher) -> None:
    runtime_of(app).password_checks = PasswordChecks(2)
    hasher.delay = 1.5  # longer than a login waits for a free slot
    started = time.monotonic()
    statuses = all_at_once(app, "worker_b", TEST_PASSWORD, count=8)
    assert hasher.most_at_once <= 2
    assert statuses.count(503) >= 4, statuses
    assert set(statuses) <= {303, 503}
    assert time.monotonic() - started < 6


def test_the_busy_answer_says_when_to_come_back(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PasswordChecks, "WAIT_SECONDS", 0.01)
    full = PasswordChecks(1)
    runtime_of(world.app).password_checks = full
    client, token = prepared(world.app)
    with full.slot():  # another login is being checked
        response = client.post("/login", data={"username": "worker_a", "password": "x", "csrf_token": token})
    assert response.status_code == 503
    assert response.headers["retry-after"] == "1"
    assert "réessayez dans un instant" in response.text


def test_one_address_cannot_lock_out_the_accounts_known_there(app: FastAPI, hasher: CountingHasher) -> None:
    hasher.delay = 0
    office = prepared(app, "10.9.9.9")
    assert post(office, "worker_a", TEST_PASSWORD) == 303  # worker_a is known at the office address
    guesser = prepared(app, "10.9.9.9")  # someone else behind the same address
    limit = runtime_of(app).settings.ip_max_failures
    for number in range(limit):
        assert post(guesser, f"guess{number}", "wrong") == 401
    assert post(prepared(app, "10.9.9.9"), "worker_b", TEST_PASSWORD) == 429  # never seen there
    assert post(prepared(app, "10.9.9.9"), "worker_a", TEST_PASSWORD) == 303  # known there
    assert post(prepared(app, "10.7.7.7"), "worker_b", TEST_PASSWORD) == 303  # another address


def test_guesses_from_one_address_do_not_lock_the_account_elsewhere(
    app: FastAPI, hasher: CountingHasher
) -> None:
    hasher.delay = 0
    attacker = prepared(app, "10.6.6.6")
    for _ in range(runtime_of(app).settings.user_max_failures):
        assert post(attacker, "worker_a", "wrong") == 401
    assert post(attacker, "worker_a", TEST_PASSWORD) == 429
    assert post(prepared(app, "10.5.5.5"), "worker_a", TEST_PASSWORD) == 303


def test_forwarded_for_is_believed_from_trusted_proxies_only(app: FastAPI, hasher: CountingHasher) -> None:
    hasher.delay = 0
    settings = runtime_of(app).settings
    object.__setattr__(settings, "trusted_proxies", (ip_network("10.0.0.0/8"),))
    proxy = prepared(app, "10.0.0.2")
    # Behind the proxy, five guesses from one client lock that client only.
    for _ in range(settings.user_max_failures):
        assert post(proxy, "worker_a", "wrong", **{"X-Forwarded-For": "203.0.113.7"}) == 401
    assert post(proxy, "worker_a", TEST_PASSWORD, **{"X-Forwarded-For": "203.0.113.7"}) == 429
    assert post(proxy, "worker_a", TEST_PASSWORD, **{"X-Forwarded-For": "198.51.100.4"}) == 303
    # A client that is not a proxy cannot choose its address.
    direct = prepared(app, "192.0.2.50")
    for _ in range(settings.user_max_failures):
        assert post(direct, "worker_b", "wrong", **{"X-Forwarded-For": "198.51.100.9"}) == 401
    assert post(direct, "worker_b", TEST_PASSWORD, **{"X-Forwarded-For": "198.51.100.10"}) == 429


@pytest.mark.parametrize(
    ("peer", "header", "expected"),
    [
        ("192.0.2.1", ["203.0.113.7"], "192.0.2.1"),  # not a proxy: the header is ignored
        ("10.0.0.1", ["203.0.113.7"], "203.0.113.7"),
        ("10.0.0.1", ["6.6.6.6, 203.0.113.7"], "203.0.113.7"),  # what the client wrote stays left
        ("10.0.0.1", ["203.0.113.7, 10.0.0.3"], "203.0.113.7"),  # two proxies
        ("10.0.0.1", [], "10.0.0.1"),
        (None, [], "unknown"),
    ],
)
def test_client_address(peer: str | None, header: list[str], expected: str) -> None:
    assert client_address(peer, header, parse_networks("10.0.0.0/8, ::1")) == expected


def test_parse_networks_ignores_what_is_not_an_address() -> None:
    assert parse_networks("10.0.0.1, nonsense, 2001:db8::/32;192.168.1.0/24") == (
        ip_network("10.0.0.1/32"),
        ip_network("2001:db8::/32"),
        ip_network("192.168.1.0/24"),
    )
