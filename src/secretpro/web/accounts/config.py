"""Settings of the accounts layer: session lifetime, cookie names, throttling thresholds.

Read from the web settings (signing key, ``secure_cookies``) and a few optional environment
variables; nothing here is secret except the key it derives its own keys from.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from ipaddress import IPv4Network, IPv6Network, ip_address, ip_network
from typing import Any

IDLE_ENV = "SECRETPRO_SESSION_IDLE_MINUTES"
TRUSTED_PROXIES_ENV = "SECRETPRO_TRUSTED_PROXIES"
LOGIN_CONCURRENCY_ENV = "SECRETPRO_LOGIN_CONCURRENCY"
DEFAULT_IDLE_SECONDS = 30 * 60
# However active the worker, a session ends after a working day: a stolen cookie dies with it.
DEFAULT_ABSOLUTE_SECONDS = 10 * 3600


def default_login_concurrency() -> int:
    """One password check per CPU: argon2 is CPU- and memory-bound, more at once only queue."""
    return max(1, os.cpu_count() or 1)


def _env_count(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if raw.isdigit() and 0 < int(raw) <= 1024:
        return int(raw)
    return default


def parse_networks(value: str) -> tuple[IPv4Network | IPv6Network, ...]:
    """``"10.0.0.1, 192.168.0.0/24, ::1"`` → networks; an entry that is not an address or a network
    is ignored (``secretpro serve`` names it on start)."""
    networks: list[IPv4Network | IPv6Network] = []
    for item in value.replace(";", ",").split(","):
        item = item.strip()
        if not item:
            continue
        try:
            networks.append(ip_network(item, strict=False))
        except ValueError:
            continue
    return tuple(networks)


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
    """Login attempts for one username from one address within ``failure_window_seconds`` before
    that pair is locked (a right password clears the count)."""
    account_max_failures: int = 20
    """For one username from any address (guessing spread over many addresses)."""
    ip_max_failures: int = 50
    """Per client address, whatever the username: higher, since a whole CPAS office may share one
    address (and accounts known at an address are not held by this lock there)."""
    trusted_proxies: tuple[IPv4Network | IPv6Network, ...] = ()
    """``SECRETPRO_TRUSTED_PROXIES``: the reverse proxies whose ``X-Forwarded-For`` is believed."""
    login_concurrency: int = field(default_factory=lambda: default_login_concurrency())
    """``SECRETPRO_LOGIN_CONCURRENCY``: password checks (argon2, 64 MiB each) at once per process."""
    failure_window_seconds: int = 15 * 60
    lock_base_seconds: int = 60
    lock_max_seconds: int = 3600

    @classmethod
    def from_web_settings(cls, settings: Any) -> AccountSettings:
        return cls(
            secret_key=str(settings.secret_key),
            secure_cookies=bool(getattr(settings, "secure_cookies", False)),
            idle_seconds=_env_minutes(IDLE_ENV, DEFAULT_IDLE_SECONDS),
            trusted_proxies=parse_networks(os.environ.get(TRUSTED_PROXIES_ENV, "")),
            login_concurrency=_env_count(LOGIN_CONCURRENCY_ENV, default_login_concurrency()),
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


def client_address(
    peer: str | None, forwarded_for: list[str], trusted: tuple[IPv4Network | IPv6Network, ...]
) -> str:
    """The client's address: the peer's, unless the peer is a trusted proxy; then the right-most
    address of ``X-Forwarded-For`` that is not a trusted proxy (each proxy appends the address it
    saw, so what a client writes itself stays on the left and is never believed)."""
    if not peer:
        return "unknown"
    if not trusted or not _is_trusted(peer, trusted):
        return peer
    hops = [hop.strip() for header in forwarded_for for hop in header.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _is_trusted(hop, trusted):
            return hop[:64]
    return hops[0][:64] if hops else peer


def _is_trusted(address: str, trusted: tuple[IPv4Network | IPv6Network, ...]) -> bool:
    try:
        parsed = ip_address(address)
    except ValueError:
        return False
    return any(parsed in network for network in trusted)
