"""Login throttling, kept in the database so that every web worker shares one count.

Per username and per client address: ``user_max_failures`` (5) failed logins within 15 minutes lock
the username, ``ip_max_failures`` (20: a CPAS office often shares one address) lock the address.
Each new lock lasts twice as long as the previous one (1 min, 2, 4 … up to an hour); a successful
login clears the username's count. The keys are keyed hashes: the table holds no username or
address in clear. Unknown usernames are counted exactly like known ones, so a lock says nothing
about whether an account exists.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from secretpro.register import Register
from secretpro.register.models import LoginThrottle, utcnow

from .config import AccountSettings

FORGET_AFTER = timedelta(days=1)


@dataclass(frozen=True)
class ThrottleKeys:
    user: str
    ip: str


class LoginThrottler:
    def __init__(self, settings: AccountSettings) -> None:
        self.settings = settings
        self._key = settings.derived_key("login-throttle")

    def keys(self, username: str, client_ip: str) -> ThrottleKeys:
        def digest(value: str) -> str:
            return hmac.new(self._key, value.encode("utf-8"), hashlib.sha256).hexdigest()[:48]

        return ThrottleKeys("u:" + digest(username.strip().casefold()), "ip:" + digest(client_ip))

    def locked_until(self, register: Register, keys: ThrottleKeys) -> datetime | None:
        """The end of the current lock on the username or the address, else ``None``."""
        now = utcnow()
        with register.reader() as session:
            ends = session.scalars(
                select(LoginThrottle.locked_until).where(
                    LoginThrottle.key.in_((keys.user, keys.ip)), LoginThrottle.locked_until > now
                )
            ).all()
        found = [end for end in ends if end is not None]
        return max(found) if found else None

    def record_failure(self, register: Register, keys: ThrottleKeys) -> None:
        settings = self.settings

        def work(session: Session) -> None:
            now = utcnow()
            session.execute(
                delete(LoginThrottle).where(
                    LoginThrottle.updated_at < now - FORGET_AFTER,
                    (LoginThrottle.locked_until.is_(None)) | (LoginThrottle.locked_until < now),
                )
            )
            for key, limit in ((keys.user, settings.user_max_failures), (keys.ip, settings.ip_max_failures)):
                row = session.get(LoginThrottle, key, with_for_update=True)
                if row is None:
                    row = LoginThrottle(key=key, failures=0, window_start=now, lock_count=0, updated_at=now)
                    session.add(row)
                if now - row.window_start > timedelta(seconds=settings.failure_window_seconds):
                    row.failures = 0
                    row.window_start = now
                row.failures += 1
                row.updated_at = now
                if row.failures >= limit:
                    seconds = min(
                        settings.lock_base_seconds * 2 ** min(row.lock_count, 20), settings.lock_max_seconds
                    )
                    row.locked_until = now + timedelta(seconds=seconds)
                    row.lock_count += 1
                    row.failures = 0
                    row.window_start = now
                session.flush()

        register.write(work)

    def record_success(self, register: Register, keys: ThrottleKeys) -> None:
        """A right password clears the username's failures (not the address's: one good account
        must not let an attacker behind the same address go on guessing others)."""

        def work(session: Session) -> None:
            session.execute(delete(LoginThrottle).where(LoginThrottle.key == keys.user))

        register.write(work)
