"""API tokens for software clients: ``Authorization: Bearer <token>``, checked against the register.

The register keeps tokens as SHA-256 hashes only (``secretpro.register.accounts``). The check is
done by a ``TokenVerifier``: the application may set one on ``app.state.api_token_verifier``; by
default the register on ``app.state.register`` is used, or the default register (opened once,
read-only use). A successful check is remembered for a second (by the token's hash) so that
a busy client does not cost one database read per request. A token revoked (or its account
deactivated) through this application stops working at once: the page that does it calls
``forget_remembered_tokens``; revoked elsewhere (another server, the command line), it stops
working within ``CACHE_SECONDS``. When a remembered check expires, the requests of that client that arrive
while it is being checked again wait for that one check instead of each reading the database
(with 25 requests in flight, that herd of reads every ten seconds made the slowest 1% of requests
twice as slow).
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
import time
from dataclasses import dataclass
from typing import Any, Protocol

from fastapi import Request
from starlette.concurrency import run_in_threadpool

CACHE_SECONDS = 1.0
CACHE_SIZE = 1024


@dataclass(frozen=True)
class ApiClient:
    """Who is calling: the account that owns the token (no personal data beyond the user name)."""

    user_id: int
    username: str
    cpas_id: int


class TokenVerifier(Protocol):
    def __call__(self, token: str) -> ApiClient | None:
        """The client owning ``token``, or ``None`` when the token is unknown, revoked or inactive."""


class RegisterTokenVerifier:
    """Checks tokens with ``secretpro.register.accounts.authenticate_token``."""

    def __init__(self, register: Any) -> None:
        self.register = register

    def __call__(self, token: str) -> ApiClient | None:
        from secretpro.register.accounts import authenticate_token

        account = authenticate_token(self.register, token)
        if account is None:
            return None
        return ApiClient(account.id, account.username, account.cpas_id)


class CachedVerifier:
    """Remembers successful checks for ``CACHE_SECONDS``, keyed by the token's SHA-256."""

    def __init__(self, verifier: TokenVerifier, seconds: float = CACHE_SECONDS) -> None:
        self.verifier = verifier
        self.seconds = seconds
        self._known: dict[str, tuple[float, ApiClient]] = {}
        self._lock = threading.Lock()
        self._checking: dict[str, asyncio.Task[ApiClient | None]] = {}
        self._generation = 0
        """Bumped by ``forget_all``: a check that began before it is not remembered."""

    def cached(self, token: str) -> ApiClient | None:
        key = hashlib.sha256(token.encode("utf-8")).hexdigest()
        with self._lock:
            found = self._known.get(key)
        if found is not None and found[0] > time.monotonic():
            return found[1]
        return None

    def forget_all(self) -> None:
        """Forget every remembered check (a token was revoked or an account deactivated)."""
        with self._lock:
            self._known.clear()
            self._generation += 1

    def __call__(self, token: str) -> ApiClient | None:
        with self._lock:
            generation = self._generation
        client = self.verifier(token)
        if client is not None:
            key = hashlib.sha256(token.encode("utf-8")).hexdigest()
            with self._lock:
                if generation != self._generation:
                    return client  # answered before a revocation: not remembered
                if len(self._known) >= CACHE_SIZE:
                    self._known.clear()
                self._known[key] = (time.monotonic() + self.seconds, client)
        return client

    async def check(self, token: str) -> ApiClient | None:
        """The verifier's answer, from a worker thread; concurrent checks of one token on this
        event loop share one (shielded: a client that goes away does not cancel it for others)."""
        key = hashlib.sha256(token.encode("utf-8")).hexdigest()
        loop = asyncio.get_running_loop()
        task = self._checking.get(key)
        if task is None or task.get_loop() is not loop:
            task = loop.create_task(run_in_threadpool(self, token))
            self._checking[key] = task

            def forget(done: asyncio.Task[ApiClient | None]) -> None:
                if self._checking.get(key) is done:
                    del self._checking[key]

            task.add_done_callback(forget)
        return await asyncio.shield(task)


_setup_lock = threading.Lock()


def _verifier(request: Request) -> CachedVerifier:
    state = request.app.state
    verifier: CachedVerifier | None = getattr(state, "api_cached_verifier", None)
    if verifier is not None:
        return verifier
    with _setup_lock:
        verifier = getattr(state, "api_cached_verifier", None)
        if verifier is None:
            chosen: TokenVerifier | None = getattr(state, "api_token_verifier", None)
            if chosen is None:
                register = getattr(state, "register", None)
                if register is None:
                    from secretpro.register import Register

                    register = Register.open(need_key=False)
                    state.register = register
                chosen = RegisterTokenVerifier(register)
            verifier = CachedVerifier(chosen)
            state.api_cached_verifier = verifier
    return verifier


def forget_remembered_tokens(app: Any) -> None:
    """Revocation takes effect at once on this server: the next request checks the register."""
    verifier: CachedVerifier | None = getattr(app.state, "api_cached_verifier", None)
    if verifier is not None:
        verifier.forget_all()


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


async def verify(request: Request, token: str) -> ApiClient | None:
    verifier = _verifier(request)
    client = verifier.cached(token)
    if client is not None:
        return client
    return await verifier.check(token)
