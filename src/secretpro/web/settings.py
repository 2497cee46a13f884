"""What the web application needs to know about its surroundings, read once at start-up.

The application keeps no server-side state: the interview lives in a signed cookie. The signing key
is therefore the one secret it needs; several instances behind a load balancer share it through
``SECRETPRO_WEB_SECRET`` (or the same key file).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from secretpro.register.settings import data_dir

WEB_SECRET_ENV = "SECRETPRO_WEB_SECRET"
WEB_SECRET_FILE = "web-secret.key"
# A pasted e-mail is the largest thing a worker sends; 256 kB leaves room and stops abuse early.
DEFAULT_MAX_BODY_BYTES = 256 * 1024


@dataclass(frozen=True)
class WebSettings:
    secret_key: str
    """Signs the interview cookie (itsdangerous)."""
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    secure_cookies: bool = False
    """Set the ``Secure`` flag on cookies (behind HTTPS)."""

    @classmethod
    def from_environment(cls) -> WebSettings:
        """The key from ``SECRETPRO_WEB_SECRET``, else from a key file in the data directory
        (created with mode 0600 on first use), so that a restart keeps interviews going."""
        key = os.environ.get(WEB_SECRET_ENV, "").strip() or _key_from_file(data_dir() / WEB_SECRET_FILE)
        secure = os.environ.get("SECRETPRO_SECURE_COOKIES", "").strip().lower() in {"1", "true", "yes"}
        return cls(secret_key=key, secure_cookies=secure)


def _key_from_file(path: Path) -> str:
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(32)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as key_file:
        key_file.write(key)
    return key
