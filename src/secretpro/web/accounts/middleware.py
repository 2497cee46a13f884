"""One ASGI middleware for the pages: session, login requirement, CSRF check; Bearer for the API.

- Pages: the session cookie is read, its server-side row (``session_store``) and the account
  re-checked in the database on every request; every page but the public ones (login, static
  files, sources, language switch, health check) needs a login: a GET is sent to
  ``/login?next=<path>``, anything else gets the same redirect — except an unsafe request whose
  well-signed cookie belongs to an ended session (logged out, revoked): it gets the 403 page.
- Every unsafe request (POST, PUT, PATCH, DELETE) to a page must carry the CSRF token of its
  session, in the ``csrf_token`` form field or the ``X-CSRF-Token`` header; a cross-site request
  (``Sec-Fetch-Site: cross-site``) is refused outright. Refusal: a 403 page with nothing personal.
- ``/api/…``: passed through without a session. The JSON API authenticates Bearer API tokens
  itself (``web/api_auth.py``) and never reads the session cookie, so it needs no CSRF token.

Raw ASGI (not ``BaseHTTPMiddleware``) so that file and streaming responses pass untouched and the
request's context variables reach the endpoint.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from http.cookies import SimpleCookie
from urllib.parse import quote

import anyio.to_thread
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from secretpro.register import Register, Role
from secretpro.register.accounts import Account
from secretpro.register.models import User

from .csrf import FIELD_NAME, HEADER_NAME, SAFE_METHODS, RequestAuth, current_auth
from .runtime import AccountsRuntime, runtime_of
from .sessions import SessionData, cookie_header

PUBLIC_PATHS = frozenset({"/login", "/sources", "/health", "/healthz", "/favicon.ico"})
PUBLIC_PREFIXES = ("/static/", "/lang/")
API_PREFIX = "/api/"
LOGOUT_PATHS = frozenset({"/logout", "/logout/everywhere"})
PASSWORD_PAGE = "/account/password"
PASSWORD_CHANGE_PATHS = LOGOUT_PATHS | {PASSWORD_PAGE}
_NONCE = re.compile(r"[A-Za-z0-9_-]{22,64}")


def is_public(path: str) -> bool:
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)


def _cookies(scope: Scope) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # a malformed Cookie header is just no cookie
                continue
    return {key: morsel.value for key, morsel in jar.items()}


def _header(scope: Scope, wanted: bytes) -> str | None:
    for name, value in scope.get("headers", []):
        if name == wanted:
            return str(value.decode("latin-1"))
    return None


def load_account(register: Register, runtime: AccountsRuntime, session: SessionData) -> Account | None:
    """The session's account when its server-side row is live (not logged out nor revoked) and the
    account still exists, is active and its password unchanged. Two primary-key lookups; the row's
    ``last_seen_at`` is written at most once a minute."""
    with register.reader() as db:
        live, stale = runtime.sessions.is_live(db, session.user_id, session.nonce)
        if not live:
            return None
        user = db.get(User, session.user_id)
        if user is None or not user.active or not runtime.codec.matches_password(session, user.password_hash):
            return None
        account = Account(
            user.id,
            user.username,
            Role(user.role),
            user.cpas_id,
            user.active,
            user.created_at,
            user.display_name,
        )
    if stale:
        runtime.sessions.touch(register, session.nonce)
    return account


class _Replay:
    """A ``receive`` that hands the already-read body to the application, then the real stream."""

    def __init__(self, body: bytes, receive: Receive) -> None:
        self._body: bytes | None = body
        self._receive = receive

    async def __call__(self) -> Message:
        if self._body is not None:
            body, self._body = self._body, None
            return {"type": "http.request", "body": body, "more_body": False}
        return await self._receive()


async def _read_body(receive: Receive) -> bytes | None:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _form_token(scope: Scope, body: bytes) -> str | None:
    content_type = (_header(scope, b"content-type") or "").split(";", 1)[0].strip().lower()
    if content_type not in ("application/x-www-form-urlencoded", "multipart/form-data"):
        return None

    async def empty() -> Message:
        return {"type": "http.disconnect"}

    request = Request(scope, _Replay(body, empty))
    try:
        form = await request.form(max_files=20, max_fields=2000)
    except Exception:  # unparseable body: no token
        return None
    try:
        value = form.get(FIELD_NAME)
        return value if isinstance(value, str) else None
    finally:
        await form.close()


class AccountsMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if path.startswith(API_PREFIX):
            await self._api(scope, receive, send)
        else:
            await self._page(scope, receive, send)

    # --- API -------------------------------------------------------------------------------

    async def _api(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The API (``web/routes/api.py``) checks its Bearer tokens itself, per endpoint; here it only gets
        no session: a logged-in browser's cookie gives no access to it (hence no CSRF there)."""
        scope.setdefault("state", {})["account"] = None
        await self.app(scope, receive, send)

    # --- pages -----------------------------------------------------------------------------

    async def _page(self, scope: Scope, receive: Receive, send: Send) -> None:
        app = scope["app"]
        runtime = runtime_of(app)
        settings = runtime.settings
        cookies = _cookies(scope)
        set_cookies: list[bytes] = []

        session = runtime.codec.load(cookies.get(settings.session_cookie))
        account: Account | None = None
        if session is not None:
            register = await anyio.to_thread.run_sync(runtime.register, app)
            account = await anyio.to_thread.run_sync(load_account, register, runtime, session)
        refused = session is not None and account is None
        if account is None or session is None:
            if settings.session_cookie in cookies:  # forged, expired or no longer valid: forget it
                set_cookies.append(cookie_header(settings.session_cookie, "", settings, max_age=0))
            session = None
            nonce = cookies.get(settings.anonymous_cookie, "")
            if not _NONCE.fullmatch(nonce):
                nonce = secrets.token_urlsafe(24)
                set_cookies.append(cookie_header(settings.anonymous_cookie, nonce, settings, max_age=None))
        else:
            nonce = session.nonce
            if runtime.codec.needs_refresh(session):  # sliding idle timeout
                refreshed = runtime.codec.dump(session)
                set_cookies.append(cookie_header(settings.session_cookie, refreshed, settings, max_age=None))

        state = scope.setdefault("state", {})
        state["account"] = account
        state["session"] = session
        state["csrf_nonce"] = nonce
        path: str = scope["path"]
        method: str = scope["method"]

        if account is None and not is_public(path):
            if refused and method not in SAFE_METHODS and path not in LOGOUT_PATHS:
                # A well-signed cookie whose session has ended (logged out, revoked, account
                # deactivated): the form is refused outright, nothing is done.
                await _forbidden(scope, send, set_cookies, login_redirect=True)
            else:
                await _redirect_to_login(scope, send, set_cookies)
            return

        if account is not None and path not in PASSWORD_CHANGE_PATHS and not is_public(path):
            from secretpro.register.accounts import password_change_required

            register = await anyio.to_thread.run_sync(runtime.register, app)
            if await anyio.to_thread.run_sync(password_change_required, register, account.id):
                # A generated or reset password: the user chooses their own before anything else.
                await _redirect(scope, send, set_cookies, PASSWORD_PAGE)
                return

        if method not in SAFE_METHODS:
            body = await _read_body(receive)
            if body is None:
                return
            if (_header(scope, b"sec-fetch-site") or "").lower() == "cross-site":
                candidate = None
            else:
                candidate = _header(scope, HEADER_NAME.encode()) or await _form_token(scope, body)
            if not runtime.csrf.valid(nonce, candidate):
                await _forbidden(scope, send, set_cookies)
                return
            receive = _Replay(body, receive)

        cpas_name = ""
        if account is not None:
            register = await anyio.to_thread.run_sync(runtime.register, app)
            cpas_name = await anyio.to_thread.run_sync(_cpas_name, register, account.cpas_id)
        context_token = current_auth.set(RequestAuth(account, runtime.csrf.token_for(nonce), cpas_name))
        try:
            await self.app(scope, receive, _with_cookies(send, set_cookies))
        finally:
            current_auth.reset(context_token)


def _with_cookies(send: Send, cookies: list[bytes]) -> Send:
    if not cookies:
        return send

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            # A cookie the application set itself (login, logout) wins over ours.
            own = {value.split(b"=", 1)[0] for name, value in headers if name.lower() == b"set-cookie"}
            headers.extend((b"set-cookie", c) for c in cookies if c.split(b"=", 1)[0] not in own)
            message["headers"] = headers
        await send(message)

    return wrapped


def _cpas_name(register: Register, cpas_id: int) -> str:
    from secretpro.register.models import Cpas

    with register.reader() as session:
        cpas = session.get(Cpas, cpas_id)
        return cpas.name if cpas is not None else ""


async def _redirect_to_login(scope: Scope, send: Send, cookies: Iterable[bytes]) -> None:
    path: str = scope["path"]
    target = "/login" if path == "/" or path in LOGOUT_PATHS else "/login?next=" + quote(path, safe="/")
    await _redirect(scope, send, cookies, target)


async def _redirect(scope: Scope, send: Send, cookies: Iterable[bytes], target: str) -> None:
    headers = [(b"location", target.encode("latin-1")), (b"content-length", b"0")]
    if _header(scope, b"hx-request"):
        headers.append((b"hx-redirect", target.encode("latin-1")))
    headers.extend((b"set-cookie", c) for c in cookies)
    await send({"type": "http.response.start", "status": 303, "headers": headers})
    await send({"type": "http.response.body", "body": b""})


async def _forbidden(
    scope: Scope, send: Send, cookies: Iterable[bytes], *, login_redirect: bool = False
) -> None:
    from .pages import forbidden_page

    response = forbidden_page(Request(scope), csrf=True)
    for cookie in cookies:
        response.raw_headers.append((b"set-cookie", cookie))
    if login_redirect and _header(scope, b"hx-request"):
        response.raw_headers.append((b"hx-redirect", b"/login"))  # htmx: on to the login page

    async def no_body() -> Message:
        return {"type": "http.disconnect"}

    await response(scope, no_body, send)
