"""Login throttling, kept in the database so that every web worker shares one count.

An attempt is *counted before the password is checked*, and the count and the lock are decided in
one write transaction (row locks on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite): of 40 concurrent
guesses at one account, at most ``user_max_failures`` reach argon2.

Three counts, each over ``failure_window_seconds``:

- ``u:`` the account *from this address* (``user_max_failures``, 5): the usual lock;
- ``a:`` the account from any address (``account_max_failures``, 20): guessing spread over
  many addresses;
- ``ip:`` the address, whatever the account (``ip_max_failures``, 50): one address trying many
  accounts.

Reaching a limit locks that key; each new lock lasts twice as long as the previous one (1 min, 2,
4 … up to an hour). A right password clears ``u:`` and gives back the attempt to ``a:`` and ``ip:``.

One address must not lock everyone out (a CPAS office, or every user behind a reverse proxy,
shares one address): a successful login marks the account as *known at this address* for
``TRUSTED_DAYS`` (an ``ok:`` row whose ``locked_until`` is its expiry date), and a known account is
not held by the ``a:`` and ``ip:`` locks there — only by its own ``u:`` lock.

The keys are keyed hashes: the table holds no username or address in clear. Unknown usernames
are counted exactly like known ones, so a lock says nothing about whether an account exists.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import delete
from sqlalchemy.orm import Session

from .models import LoginThrottle, utcnow
from .store import Register


class ThrottleSettings(Protocol):
    """What the throttler reads of the web's account settings (``web/accounts/config.py``)."""

    @property
    def user_max_failures(self) -> int: ...
    @property
    def account_max_failures(self) -> int: ...
    @property
    def ip_max_failures(self) -> int: ...
    @property
    def failure_window_seconds(self) -> int: ...
    @property
    def lock_base_seconds(self) -> int: ...
    @property
    def lock_max_seconds(self) -> int: ...
    def derived_key(self, purpose: str) -> bytes: ...


FORGET_AFTER = timedelta(days=1)
TRUSTED_DAYS = 30


@dataclass(frozen=True)
class ThrottleKeys:
    user: str
    """The account from this address."""
    account: str
    ip: str
    known: str
    """Marks the account as known at this address (a successful login there)."""


class LoginThrottler:
    def __init__(self, settings: ThrottleSettings) -> None:
        self.settings = settings
        self._key = settings.derived_key("login-throttle")

    def keys(self, username: str, client_ip: str) -> ThrottleKeys:
        def digest(value: str) -> str:
            return hmac.new(self._key, value.encode("utf-8"), hashlib.sha256).hexdigest()[:48]

        name = username.strip().casefold()
        pair = name + "\x00" + client_ip
        return ThrottleKeys(
            "u:" + digest(pair), "a:" + digest(name), "ip:" + digest(client_ip), "ok:" + digest(pair)
        )

    def begin_attempt(self, register: Register, keys: ThrottleKeys) -> datetime | None:
        """Count one login attempt, or refuse it: returns the end of the lock that refuses it, else
        ``None`` (the attempt is counted and its password may be checked)."""
        settings = self.settings

        def work(session: Session) -> datetime | None:
            now = utcnow()
            session.execute(
                delete(LoginThrottle).where(
                    LoginThrottle.updated_at < now - FORGET_AFTER,
                    (LoginThrottle.locked_until.is_(None)) | (LoginThrottle.locked_until < now),
                )
            )
            mark = session.get(LoginThrottle, keys.known)
            known = mark is not None and mark.locked_until is not None and mark.locked_until > now
            counts = (
                (keys.user, settings.user_max_failures, True),
                (keys.account, settings.account_max_failures, not known),
                (keys.ip, settings.ip_max_failures, not known),
            )
            rows: list[tuple[LoginThrottle, int]] = []
            for key, limit, enforced in counts:  # always in this order: no deadlock between workers
                row = session.get(LoginThrottle, key, with_for_update=True)
                if row is None:
                    row = LoginThrottle(key=key, failures=0, window_start=now, lock_count=0, updated_at=now)
                    session.add(row)
                    session.flush()  # two first attempts at once: one insert loses, the write retries
                if enforced and row.locked_until is not None and row.locked_until > now:
                    return row.locked_until
                rows.append((row, limit))
            for row, limit in rows:
                if now - row.window_start > timedelta(seconds=settings.failure_window_seconds):
                    row.failures = 0
                    row.window_start = now
                row.failures += 1
                row.updated_at = now
                if row.failures >= limit:  # this attempt is the last one allowed
                    seconds = min(
                        settings.lock_base_seconds * 2 ** min(row.lock_count, 20), settings.lock_max_seconds
                    )
                    row.locked_until = now + timedelta(seconds=seconds)
                    row.lock_count += 1
                    row.failures = 0
                    row.window_start = now
            return None

        return register.write(work)

    def record_success(self, register: Register, keys: ThrottleKeys) -> None:
        """A right password: the account's count at this address is cleared, the attempt given
        back to the account's and the address's counts, and the account known at this address."""

        def work(session: Session) -> None:
            now = utcnow()
            session.execute(delete(LoginThrottle).where(LoginThrottle.key == keys.user))
            for key in (keys.account, keys.ip):
                row = session.get(LoginThrottle, key, with_for_update=True)
                if row is not None and row.failures > 0:
                    row.failures -= 1
            mark = session.get(LoginThrottle, keys.known, with_for_update=True)
            if mark is None:
                mark = LoginThrottle(
                    key=keys.known, failures=0, window_start=now, lock_count=0, updated_at=now
                )
                session.add(mark)
            mark.updated_at = now
            mark.locked_until = now + timedelta(days=TRUSTED_DAYS)

        register.write(work)
