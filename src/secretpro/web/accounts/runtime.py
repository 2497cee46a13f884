"""The accounts layer's per-application objects, kept on ``app.state.accounts``."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from secretpro.register import Register
from secretpro.register.login_throttle import LoginThrottler
from secretpro.register.web_sessions import SessionStore

from .config import AccountSettings
from .csrf import CsrfTokens
from .sessions import SessionCodec


class PasswordChecks:
    """At most ``limit`` password checks (argon2: 64 MiB and ~50 ms of CPU each) at once in this
    process; a login beyond that waits ``WAIT_SECONDS`` at most, then is answered 503 at once
    (40 concurrent logins used to take the server from 0.5 to 2.2 GB)."""

    WAIT_SECONDS = 1.0

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._slots = threading.BoundedSemaphore(limit)

    @contextmanager
    def slot(self) -> Iterator[bool]:
        """``True`` inside when a slot was had (released on leaving), ``False`` when busy."""
        acquired = self._slots.acquire(timeout=self.WAIT_SECONDS)
        try:
            yield acquired
        finally:
            if acquired:
                self._slots.release()


@dataclass
class AccountsRuntime:
    settings: AccountSettings
    codec: SessionCodec
    csrf: CsrfTokens
    throttler: LoginThrottler
    sessions: SessionStore
    password_checks: PasswordChecks
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def create(cls, settings: AccountSettings) -> AccountsRuntime:
        return cls(
            settings,
            SessionCodec(settings),
            CsrfTokens(settings),
            LoginThrottler(settings),
            SessionStore(settings),
            PasswordChecks(settings.login_concurrency),
        )

    def register(self, app: Any) -> Register:
        """The application's register: ``app.state.register`` when set (tests, embedding), else the
        one named by ``SECRETPRO_DATABASE_URL`` / the default SQLite file, opened on first use."""
        existing = getattr(app.state, "register", None)
        if isinstance(existing, Register) and existing.has_key:
            return existing
        with self._lock:
            existing = getattr(app.state, "register", None)
            # The API may have opened one without the key (it only checks token hashes): the case
            # pages need the key, so open one with it.
            if not isinstance(existing, Register) or not existing.has_key:
                existing = Register.open()
                app.state.register = existing
            return existing


def runtime_of(app: Any) -> AccountsRuntime:
    runtime: AccountsRuntime = app.state.accounts
    return runtime
