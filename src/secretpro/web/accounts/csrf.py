"""CSRF protection of every page form (not of the Bearer-token API, which takes no cookie).

The token is an HMAC of the session nonce (or, before login, of a random nonce in an anonymous
cookie) under a key derived from the web secret: it cannot be computed without the secret, changes
at every login and needs no server-side storage. Forms carry it in a hidden field
(``{{ csrf_field() }}``); htmx requests also send it in the ``X-CSRF-Token`` header (``hx-headers``
on ``<body>``). The middleware (``middleware.py``) refuses an unsafe request whose token is missing
or wrong with a 403 page that repeats nothing of the request.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from base64 import urlsafe_b64encode
from contextvars import ContextVar
from dataclasses import dataclass

from markupsafe import Markup, escape

from secretpro.register.accounts import Account

from .config import AccountSettings

FIELD_NAME = "csrf_token"
HEADER_NAME = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


@dataclass(frozen=True)
class RequestAuth:
    """What the templates may know of the current request: the account and the CSRF token."""

    account: Account | None
    csrf_token: str
    cpas_name: str = ""
    """The account's CPAS, for the header and the documents."""


current_auth: ContextVar[RequestAuth | None] = ContextVar("secretpro_request_auth", default=None)


class CsrfTokens:
    def __init__(self, settings: AccountSettings) -> None:
        self._key = settings.derived_key("csrf")

    def token_for(self, nonce: str) -> str:
        digest = hmac.new(self._key, nonce.encode("utf-8"), hashlib.sha256).digest()
        return urlsafe_b64encode(digest).decode("ascii").rstrip("=")

    def valid(self, nonce: str, candidate: str | None) -> bool:
        if not candidate or len(candidate) > 128:
            return False
        return hmac.compare_digest(
            self.token_for(nonce).encode("ascii"), candidate.encode("utf-8", "replace")
        )


# --- Jinja globals ---------------------------------------------------------------------------


def csrf_token() -> str:
    auth = current_auth.get()
    return auth.csrf_token if auth is not None else ""


def csrf_field() -> Markup:
    """``<input type="hidden" name="csrf_token" value="…">`` for the current request's form."""
    return Markup('<input type="hidden" name="{}" value="{}">').format(FIELD_NAME, escape(csrf_token()))


def htmx_headers() -> str:
    """The JSON for ``hx-headers`` on ``<body>`` (token characters are URL-safe base64)."""
    return json.dumps({"X-CSRF-Token": csrf_token()})


def current_account() -> Account | None:
    auth = current_auth.get()
    return auth.account if auth is not None else None


def current_cpas_name() -> str:
    auth = current_auth.get()
    return auth.cpas_name if auth is not None else ""
