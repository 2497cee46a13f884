"""Settings of the accounts layer: session lifetime, cookie names, throttling thresholds.

Read from the web settings (signing key, ``secure_cookies``) and a few optional environment
variables; nothing here is secret except the key it derives its own keys from.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Any

IDLE_ENV = "SECRETPRO_SESSION_IDLE_MINUTES"
DEFAULT_IDLE_SECONDS = 30 * 60
# However active the worker, a session ends after a working day: a stolen cookie dies with it.
DEFAULT_ABSOLUTE_SECONDS = 10 * 3600


def _env_minutes(name: str, default_seconds: int) -> int:
    raw = os.environ.get(name, "").strip()
    if raw.isdigit() and 0 < int(raw) <= 24 * 60:
        return int(raw) * 60
    return default_seconds


@dataclass(frozen=True)
class AccountSettings:
    secret_key: str
    secure_cookies: bool = False
    idle_seconds: int = DEFAULT_IDLE_SECONDS
    absolute_seconds: int = DEFAULT_ABSOLUTE_SECONDS
    refresh_after_seconds: int = 60
    """A session cookie is re-issued (sliding idle timeout) at most once a minute."""
    user_max_failures: int = 5
    """Failed logins for one username within ``failure_window_seconds`` before it is locked."""
    ip_max_failures: int = 20
    """Per client address: higher, since a whole CPAS office may share one address."""
    failure_window_seconds: int = 15 * 60
    lock_base_seconds: int = 60
    lock_max_seconds: int = 3600

    @classmethod
    def from_web_settings(cls, settings: Any) -> AccountSettings:
        return cls(
            secret_key=str(settings.secret_key),
            secure_cookies=bool(getattr(settings, "secure_cookies", False)),
            idle_seconds=_env_minutes(IDLE_ENV, DEFAULT_IDLE_SECONDS),
        )

    @property
    def session_cookie(self) -> str:
        # The __Host- prefix (HTTPS only) forbids a Domain attribute: a sibling sub-domain cannot
        # plant a session or CSRF cookie for this site.
        return "__Host-sp_session" if self.secure_cookies else "sp_session"

    @property
    def anonymous_cookie(self) -> str:
        return "__Host-sp_anon" if self.secure_cookies else "sp_anon"

    def derived_key(self, purpose: str) -> bytes:
        """A key for one purpose, so that a value signed for one use is worthless for another."""
        return hmac.new(
            self.secret_key.encode("utf-8"), b"secretpro.accounts|" + purpose.encode(), hashlib.sha256
        ).digest()
