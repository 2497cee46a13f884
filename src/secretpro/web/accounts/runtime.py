"""The accounts layer's per-application objects, kept on ``app.state.accounts``."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from secretpro.register import Register

from .config import AccountSettings
from .csrf import CsrfTokens
from .session_store import SessionStore
from .sessions import SessionCodec
from .throttling import LoginThrottler


@dataclass
class AccountsRuntime:
    settings: AccountSettings
    codec: SessionCodec
    csrf: CsrfTokens
    throttler: LoginThrottler
    sessions: SessionStore
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def create(cls, settings: AccountSettings) -> AccountsRuntime:
        return cls(
            settings,
            SessionCodec(settings),
            CsrfTokens(settings),
            LoginThrottler(settings),
            SessionStore(settings),
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
