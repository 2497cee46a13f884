"""Server-side record of the login sessions (the ``web_sessions`` table), shared by every web worker.

The signed cookie alone cannot be taken back: a copy stays valid until it times out. So each login
also writes a row, and a session is accepted only while its row exists and is not revoked:

- the row's id is an HMAC of the session nonce under a key derived from the web secret: the table
  never holds the nonce, the cookie or the CSRF token (which is another HMAC of the nonce, under
  another key); a copy of the database gives no usable session;
- every authenticated request looks the row up by primary key; ``last_seen_at`` is written at most
  once a minute (a conditional UPDATE, so that workers racing on one session write it once);
- logout revokes the row; "log out everywhere", a password reset and a deactivation by an
  administrator revoke every row of the user;
- rows whose cookie can no longer be valid (idle or absolute timeout passed) are deleted at login.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import delete, or_, update
from sqlalchemy.orm import Session

from .models import WebSession, utcnow
from .store import Register


class SessionSettings(Protocol):
    """What the store reads of the web's account settings (``web/accounts/config.py``)."""

    @property
    def idle_seconds(self) -> int: ...
    @property
    def absolute_seconds(self) -> int: ...
    def derived_key(self, purpose: str) -> bytes: ...


TOUCH_EVERY = timedelta(minutes=1)
# ``last_seen_at`` lags the cookie's own timestamp by up to ``TOUCH_EVERY`` (plus clock skew between
# workers): a row is forgotten only well after its cookie has expired.
FORGET_MARGIN = timedelta(minutes=5)


class SessionStore:
    def __init__(self, settings: SessionSettings) -> None:
        self.settings = settings
        self._key = settings.derived_key("session-row")

    def row_id(self, nonce: str) -> str:
        """The row's primary key: a keyed hash of the nonce (64 hexadecimal characters)."""
        return hmac.new(self._key, nonce.encode("utf-8"), hashlib.sha256).hexdigest()

    # --- login ---------------------------------------------------------------------------------

    def create(self, register: Register, user_id: int, nonce: str) -> None:
        """Record a new session at login, and forget the sessions that have expired meanwhile."""
        row_id = self.row_id(nonce)

        def work(session: Session) -> None:
            now = utcnow()
            self._delete_expired(session, now)
            session.add(WebSession(id=row_id, user_id=user_id, created_at=now, last_seen_at=now))

        register.write(work)

    def _delete_expired(self, session: Session, now: datetime) -> None:
        idle = timedelta(seconds=self.settings.idle_seconds) + FORGET_MARGIN
        absolute = timedelta(seconds=self.settings.absolute_seconds) + FORGET_MARGIN
        session.execute(
            delete(WebSession).where(
                or_(WebSession.last_seen_at < now - idle, WebSession.created_at < now - absolute)
            )
        )

    # --- every request -------------------------------------------------------------------------

    def is_live(self, db: Session, user_id: int, nonce: str) -> tuple[bool, bool]:
        """``(live, stale)``: whether the session's row exists, is the user's and is not revoked;
        whether its ``last_seen_at`` is old enough to be written again (:meth:`touch`)."""
        row = db.get(WebSession, self.row_id(nonce))
        if row is None or row.revoked_at is not None or row.user_id != user_id:
            return False, False
        return True, utcnow() - row.last_seen_at >= TOUCH_EVERY

    def touch(self, register: Register, nonce: str) -> None:
        row_id = self.row_id(nonce)

        def work(session: Session) -> None:
            now = utcnow()
            session.execute(
                update(WebSession)
                .where(
                    WebSession.id == row_id,
                    WebSession.revoked_at.is_(None),
                    WebSession.last_seen_at < now - TOUCH_EVERY,
                )
                .values(last_seen_at=now)
            )

        register.write(work)

    # --- ending sessions -----------------------------------------------------------------------

    def revoke(self, register: Register, nonce: str) -> None:
        """End one session (logout)."""
        row_id = self.row_id(nonce)

        def work(session: Session) -> None:
            session.execute(
                update(WebSession)
                .where(WebSession.id == row_id, WebSession.revoked_at.is_(None))
                .values(revoked_at=utcnow())
            )

        register.write(work)

    def revoke_user(self, register: Register, user_id: int) -> int:
        """End every session of ``user_id``; the number of sessions ended."""

        def work(session: Session) -> int:
            result = session.execute(
                update(WebSession)
                .where(WebSession.user_id == user_id, WebSession.revoked_at.is_(None))
                .values(revoked_at=utcnow())
            )
            return int(getattr(result, "rowcount", 0) or 0)

        return register.write(work)
