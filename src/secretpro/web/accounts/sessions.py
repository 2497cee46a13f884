"""The login session: a signed, expiring cookie carrying only the user id and a random nonce.

What keeps it safe:

- signed with itsdangerous (a key derived from the web secret), ``HttpOnly``, ``SameSite=Strict``,
  ``Secure`` (and the ``__Host-`` prefix) when served over HTTPS;
- an idle timeout (the cookie's signature timestamp, re-issued at most once a minute while in use)
  and an absolute lifetime (the login time, inside the signed payload);
- the account is re-read on every request: a deactivated account, a changed role or CPAS take
  effect at once, and a password reset ends every session (the cookie holds a keyed fingerprint of
  the password hash, which then no longer matches);
- a new nonce at every login (no session fixation); the nonce also seeds the CSRF token;
- a server-side row per session (``session_store.py``, keyed by a hash of the nonce): logout, "log
  out everywhere" and an administrator's password reset or deactivation revoke it, so a copied
  cookie dies with it, on every web worker.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer

from .config import AccountSettings


@dataclass(frozen=True)
class SessionData:
    user_id: int
    nonce: str
    password_fingerprint: str
    started_at: int
    issued_at: int


class SessionCodec:
    def __init__(self, settings: AccountSettings) -> None:
        self.settings = settings
        self._serializer = URLSafeTimedSerializer(
            settings.derived_key("session").hex(), salt="secretpro.session"
        )
        self._fingerprint_key = settings.derived_key("password-fingerprint")

    def password_fingerprint(self, password_hash: str) -> str:
        return hmac.new(self._fingerprint_key, password_hash.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def new_session(self, user_id: int, password_hash: str) -> SessionData:
        now = int(time.time())
        return SessionData(
            user_id, secrets.token_urlsafe(24), self.password_fingerprint(password_hash), now, now
        )

    def dump(self, session: SessionData) -> str:
        payload = {
            "u": session.user_id,
            "n": session.nonce,
            "p": session.password_fingerprint,
            "s": session.started_at,
        }
        return str(self._serializer.dumps(payload))

    def load(self, raw: str | None) -> SessionData | None:
        """The session in the cookie; ``None`` when absent, forged, idle too long or too old."""
        if not raw or len(raw) > 1024:
            return None
        try:
            payload, signed_at = self._serializer.loads(
                raw, max_age=self.settings.idle_seconds, return_timestamp=True
            )
        except BadSignature:  # includes SignatureExpired
            return None
        if not isinstance(payload, dict):
            return None
        user_id, nonce, fingerprint, started = (
            payload.get("u"),
            payload.get("n"),
            payload.get("p"),
            payload.get("s"),
        )
        if (
            not isinstance(user_id, int)
            or isinstance(user_id, bool)
            or not isinstance(nonce, str)
            or not isinstance(fingerprint, str)
            or not isinstance(started, int)
        ):
            return None
        if time.time() - started > self.settings.absolute_seconds:
            return None
        return SessionData(user_id, nonce, fingerprint, started, int(signed_at.timestamp()))

    def needs_refresh(self, session: SessionData) -> bool:
        return time.time() - session.issued_at >= self.settings.refresh_after_seconds

    def matches_password(self, session: SessionData, password_hash: str) -> bool:
        return hmac.compare_digest(session.password_fingerprint, self.password_fingerprint(password_hash))


def cookie_header(name: str, value: str, settings: AccountSettings, *, max_age: int | None) -> bytes:
    """A ``Set-Cookie`` value: ``HttpOnly``, ``SameSite=Strict``, ``Path=/``, ``Secure`` over HTTPS.

    ``max_age=0`` deletes the cookie; ``None`` makes it a browser-session cookie (gone when the
    browser closes; the signed timestamp enforces the idle timeout anyway).
    """
    parts = [f"{name}={value}", "Path=/", "HttpOnly", "SameSite=Strict"]
    if max_age is not None:
        parts.append(f"Max-Age={max_age}")
        if max_age == 0:
            parts.append("Expires=Thu, 01 Jan 1970 00:00:00 GMT")
    if settings.secure_cookies:
        parts.append("Secure")
    return "; ".join(parts).encode("latin-1")
