"""The shared re-check of an API token (``secretpro.web.api_auth``): when a remembered check
expires, the requests of that client in flight share one database read; a revoked token stops
working within the cache period; a client that goes away does not cancel the check for others."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
from api_support import TOKEN
from fastapi import FastAPI

from secretpro.web import api_auth
from secretpro.web.api_auth import ApiClient, CachedVerifier, RegisterTokenVerifier, TokenVerifier
from secretpro.web.routes.api import router

URL = "/api/v1/decide/guarantor-inquiry"
CLIENT = ApiClient(1, "logiciel-test", 1)
IN_FLIGHT = 25


class Clock:
    """A monotonic clock the test moves by hand (``api_auth`` reads ``time.monotonic`` only)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class CountingVerifier:
    """Counts its reads (the database reads, with a real register behind it); a read can be held
    until the test lets it finish, so that requests pile up behind it."""

    def __init__(self, inner: TokenVerifier) -> None:
        self.inner = inner
        self.reads = 0
        self.started = threading.Event()
        self.release = threading.Event()
        self.release.set()
        self._lock = threading.Lock()

    def __call__(self, token: str) -> ApiClient | None:
        with self._lock:
            self.reads += 1
        self.started.set()
        assert self.release.wait(timeout=10), "the test never released the read"
        return self.inner(token)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(api_auth, "time", SimpleNamespace(monotonic=fake))
    return fake


def fake_check(valid: set[str]) -> TokenVerifier:
    def check(token: str) -> ApiClient | None:
        return CLIENT if token in valid else None

    return check


def app_with(verifier: TokenVerifier) -> FastAPI:
    app = FastAPI()
    app.include_router(router)
    app.state.api_token_verifier = verifier
    return app


async def post_many(app: FastAPI, token: str, count: int) -> list[int]:
    """``count`` concurrent requests with ``token``; their status codes."""
    headers = {"Authorization": f"Bearer {token}"}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        tasks = [asyncio.create_task(http.post(URL, json={}, headers=headers)) for _ in range(count)]
        return [response.status_code for response in await asyncio.gather(*tasks)]


def track_lookups(app: FastAPI) -> list[int]:
    """Counts the requests that looked in the cache (each then waits for the check, or has it)."""
    cached: CachedVerifier = app.state.api_cached_verifier
    lookups = [0]
    original = cached.cached

    def counted(token: str) -> ApiClient | None:
        lookups[0] += 1
        return original(token)

    cached.cached = counted  # type: ignore[method-assign]
    return lookups


def test_concurrent_rechecks_after_expiry_share_one_read(clock: Clock) -> None:
    counting = CountingVerifier(fake_check({TOKEN}))
    app = app_with(counting)

    async def scenario() -> None:
        assert await post_many(app, TOKEN, 1) == [200]
        assert counting.reads == 1
        # Within the cache period: no read at all.
        assert await post_many(app, TOKEN, IN_FLIGHT) == [200] * IN_FLIGHT
        assert counting.reads == 1
        # The remembered check expires; the next read is held until every request waits on it.
        clock.now += api_auth.CACHE_SECONDS + 0.5
        counting.started.clear()
        counting.release.clear()
        lookups = track_lookups(app)
        requests = asyncio.create_task(post_many(app, TOKEN, IN_FLIGHT))
        for _ in range(1000):
            if lookups[0] >= IN_FLIGHT and counting.started.is_set():
                break
            await asyncio.sleep(0.005)
        assert lookups[0] == IN_FLIGHT, "the requests did not all arrive while the check was running"
        counting.release.set()
        assert await requests == [200] * IN_FLIGHT
        assert counting.reads == 2  # one shared read for the whole herd
        # The fresh check is remembered again.
        assert await post_many(app, TOKEN, 3) == [200] * 3
        assert counting.reads == 2

    asyncio.run(scenario())


def test_a_client_going_away_does_not_cancel_the_shared_check(clock: Clock) -> None:
    counting = CountingVerifier(fake_check({TOKEN}))
    cached = CachedVerifier(counting)

    async def scenario() -> None:
        counting.release.clear()
        first = asyncio.create_task(cached.check(TOKEN))
        second = asyncio.create_task(cached.check(TOKEN))
        while not counting.started.is_set():
            await asyncio.sleep(0.005)
        first.cancel()
        counting.release.set()
        assert await second == CLIENT
        with pytest.raises(asyncio.CancelledError):
            await first
        assert counting.reads == 1
        assert cached.cached(TOKEN) == CLIENT

    asyncio.run(scenario())


def test_a_revoked_token_stops_working_within_the_cache_period(clock: Clock, tmp_path: Path) -> None:
    from secretpro.register import Register, ensure_cpas, generate_key
    from secretpro.register.accounts import create_api_token, create_user, revoke_api_token

    register = Register.open(f"sqlite:///{tmp_path / 'register.db'}", key=generate_key())
    cpas = ensure_cpas(register, "CPAS de Testville")
    user = create_user(
        register, username="logiciel", password="un mot de passe long", role="social_worker", cpas_id=cpas
    )
    new = create_api_token(register, user, "logiciel de gestion")
    counting = CountingVerifier(RegisterTokenVerifier(register))
    app = app_with(counting)

    async def scenario() -> None:
        assert await post_many(app, new.token, 1) == [200]
        revoke_api_token(register, new.id)
        # Still remembered for at most CACHE_SECONDS (the documented delay), without a read.
        clock.now += api_auth.CACHE_SECONDS - 0.5
        assert await post_many(app, new.token, 2) == [200, 200]
        assert counting.reads == 1
        # Past the cache period: the register is read again and the token is refused, for
        # every request in flight and for the ones after (a refusal is not remembered).
        clock.now += 1.0
        assert await post_many(app, new.token, IN_FLIGHT) == [401] * IN_FLIGHT
        reads = counting.reads
        assert 2 <= reads <= 1 + IN_FLIGHT
        assert await post_many(app, new.token, 1) == [401]
        assert counting.reads == reads + 1

    asyncio.run(scenario())
