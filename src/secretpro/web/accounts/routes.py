"""Login, logout and the administration of the users of a CPAS (roles, passwords, API tokens)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select

from secretpro.i18n import N_
from secretpro.register import Role
from secretpro.register.accounts import (
    _DUMMY_HASH,
    MIN_PASSWORD_LENGTH,
    Account,
    authenticate,
    create_api_token,
    create_user,
    get_account,
    list_accounts,
    list_api_tokens,
    password_change_required,
    require_password_change,
    revoke_api_token,
    set_active,
    set_password,
    set_role,
    verify_password,
)
from secretpro.register.errors import RegisterError
from secretpro.register.models import User
from secretpro.web.api_auth import forget_remembered_tokens
from secretpro.web.labels import RULE_PAGES
from secretpro.web.language import safe_next
from secretpro.web.rendering import render_page
from secretpro.web.state import InterviewCookies

from .config import client_address
from .context import administrator, current_account, register_of
from .pages import gettext_of
from .runtime import runtime_of
from .sessions import SessionData, cookie_header

router = APIRouter()

BAD_LOGIN = N_("Nom d'utilisateur ou mot de passe incorrect.")
LOCKED = N_("Trop de tentatives de connexion. Réessayez dans quelques minutes.")
BUSY = N_("Beaucoup de connexions en même temps : réessayez dans un instant.")
ROLE_LABELS: dict[Role, str] = {
    Role.SOCIAL_WORKER: N_("Assistant·e social·e"),
    Role.SUPERVISOR: N_("Responsable (superviseur)"),
    Role.ADMINISTRATOR: N_("Administrateur·rice"),
}

# Database ids: a number beyond a 32-bit integer is refused (422) before it reaches the database.
UserId = Annotated[int, Path(ge=1, le=2**31 - 1)]
TokenId = Annotated[int, Path(ge=1, le=2**31 - 1)]
Username = Annotated[str, Form(max_length=150)]
Password = Annotated[str, Form(max_length=1024)]


def request_address(request: Request) -> str:
    """The client's address; behind a reverse proxy listed in ``SECRETPRO_TRUSTED_PROXIES``, the
    one it saw (``X-Forwarded-For``)."""
    settings = runtime_of(request.app).settings
    peer = request.client.host if request.client else None
    return client_address(peer, request.headers.getlist("x-forwarded-for"), settings.trusted_proxies)


def _home_for(account: Account) -> str:
    return "/admin/users" if account.role == Role.ADMINISTRATOR else "/"


def _no_user_yet(request: Request) -> bool:
    with register_of(request).reader() as session:
        return session.scalar(select(User.id).limit(1)) is None


def _login_page(
    request: Request, next_path: str, *, error: str | None = None, status_code: int = 200
) -> HTMLResponse:
    return render_page(
        request,
        "accounts/login.html",
        {"next": next_path, "error": error, "no_user_yet": _no_user_yet(request)},
        status_code=status_code,
        switch_path="/login",
    )


def _end_interviews(response: Response, request: Request) -> None:
    """The interviews in progress belong to whoever was logged in: a new login starts clean."""
    settings = runtime_of(request.app).settings
    for page in RULE_PAGES:
        name = InterviewCookies.name(page.code)
        if name in request.cookies:
            response.raw_headers.append((b"set-cookie", cookie_header(name, "", settings, max_age=0)))


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> Response:
    account = getattr(request.state, "account", None)
    if isinstance(account, Account):
        return RedirectResponse(safe_next(next) if next != "/" else _home_for(account), status_code=303)
    return _login_page(request, safe_next(next))


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    username: Username = "",
    password: Password = "",
    next: Annotated[str, Form(max_length=500)] = "/",
) -> Response:
    runtime = runtime_of(request.app)
    register = register_of(request)
    _ = gettext_of(request)
    keys = runtime.throttler.keys(username, request_address(request))
    target = safe_next(next)
    with runtime.password_checks.slot() as free:
        if not free:  # as many password checks as CPUs are running: answer at once
            busy = _login_page(request, target, error=_(BUSY), status_code=503)
            busy.headers["Retry-After"] = "1"
            return busy
        # Counted before the password is checked, in one transaction with the lock decision.
        locked_until = runtime.throttler.begin_attempt(register, keys)
        if locked_until is not None:
            refused = _login_page(request, target, error=_(LOCKED), status_code=429)
            refused.headers["Retry-After"] = "60"
            return refused
        if username and password:
            account = authenticate(register, username, password)
        else:
            verify_password(_DUMMY_HASH, password)  # same work as for a real account
            account = None
    if account is None:
        return _login_page(request, target, error=_(BAD_LOGIN), status_code=401)
    runtime.throttler.record_success(register, keys)
    return _start_session(request, account, target if target != "/" else _home_for(account))


def _start_session(request: Request, account: Account, target: str) -> Response:
    """A new session for ``account`` in this browser (replacing the one it had), then ``target``."""
    runtime = runtime_of(request.app)
    register = register_of(request)
    with register.reader() as session:
        password_hash = session.scalars(select(User.password_hash).where(User.id == account.id)).one()
    previous = getattr(request.state, "session", None)
    if isinstance(previous, SessionData):  # a login over a live session replaces it
        runtime.sessions.revoke(register, previous.nonce)
    new_session = runtime.codec.new_session(account.id, password_hash)
    runtime.sessions.create(register, account.id, new_session.nonce)
    settings = runtime.settings
    response = RedirectResponse(target, status_code=303)
    response.raw_headers.append(
        (
            b"set-cookie",
            cookie_header(settings.session_cookie, runtime.codec.dump(new_session), settings, max_age=None),
        )
    )
    response.raw_headers.append(
        (b"set-cookie", cookie_header(settings.anonymous_cookie, "", settings, max_age=0))
    )
    _end_interviews(response, request)
    return response


# --- my password ----------------------------------------------------------------------------

PASSWORD_PATH = "/account/password"
WRONG_CURRENT = N_("Le mot de passe actuel est incorrect.")
NOT_CONFIRMED = N_("Les deux nouveaux mots de passe diffèrent.")
SAME_PASSWORD = N_("Le nouveau mot de passe doit être différent de l'actuel.")


def _password_page(
    request: Request, account: Account, *, error: str | None = None, status_code: int = 200
) -> HTMLResponse:
    return render_page(
        request,
        "accounts/password.html",
        {
            "error": error,
            "forced": password_change_required(register_of(request), account.id),
            "min_password": MIN_PASSWORD_LENGTH,
            "username": account.username,
        },
        status_code=status_code,
        switch_path=PASSWORD_PATH,
    )


@router.get(PASSWORD_PATH, response_class=HTMLResponse)
def password_form(request: Request, account: Annotated[Account, Depends(current_account)]) -> HTMLResponse:
    return _password_page(request, account)


@router.post(PASSWORD_PATH, response_class=HTMLResponse)
def change_my_password(
    request: Request,
    account: Annotated[Account, Depends(current_account)],
    current: Password = "",
    new: Password = "",
    confirmation: Password = "",
) -> Response:
    """Every user changes their own password here (and must, after a generated or reset one).
    The current password is checked like a login (throttled, bounded); every other session of
    the user ends, this browser gets a new one."""
    runtime = runtime_of(request.app)
    register = register_of(request)
    _ = gettext_of(request)
    if new != confirmation:
        return _password_page(request, account, error=_(NOT_CONFIRMED), status_code=422)
    if new == current:
        return _password_page(request, account, error=_(SAME_PASSWORD), status_code=422)
    keys = runtime.throttler.keys(account.username, request_address(request))
    with runtime.password_checks.slot() as free:
        if not free:
            busy = _password_page(request, account, error=_(BUSY), status_code=503)
            busy.headers["Retry-After"] = "1"
            return busy
        if runtime.throttler.begin_attempt(register, keys) is not None:
            return _password_page(request, account, error=_(LOCKED), status_code=429)
        checked = authenticate(register, account.username, current) if current else None
    if checked is None or checked.id != account.id:
        return _password_page(request, account, error=_(WRONG_CURRENT), status_code=401)
    runtime.throttler.record_success(register, keys)
    try:
        set_password(register, account.id, new)
    except RegisterError as error:
        return _password_page(request, account, error=error.translated(_), status_code=422)
    require_password_change(register, account.id, False)
    runtime.sessions.revoke_user(register, account.id)  # a copied cookie or another browser
    return _start_session(request, account, _home_for(account))


@router.post("/logout")
def logout(request: Request) -> Response:
    """End this session on the server (a copy of its cookie is refused from now on) and in the
    browser. The user's other sessions (another browser, another computer) go on."""
    session = getattr(request.state, "session", None)
    if isinstance(session, SessionData):
        runtime_of(request.app).sessions.revoke(register_of(request), session.nonce)
    return _logged_out(request)


@router.post("/logout/everywhere")
def logout_everywhere(request: Request, account: Annotated[Account, Depends(current_account)]) -> Response:
    """End every session of the logged-in user: this one and those of other browsers or computers
    (a forgotten session on a shared computer, a cookie that may have been copied)."""
    runtime_of(request.app).sessions.revoke_user(register_of(request), account.id)
    return _logged_out(request)


def _logged_out(request: Request) -> Response:
    settings = runtime_of(request.app).settings
    response = RedirectResponse("/login", status_code=303)
    response.raw_headers.append(
        (b"set-cookie", cookie_header(settings.session_cookie, "", settings, max_age=0))
    )
    response.headers["Clear-Site-Data"] = '"cache"'
    _end_interviews(response, request)
    return response


# --- administration of users ------------------------------------------------------------------


def _user_of_my_cpas(request: Request, admin: Account, user_id: int) -> Account:
    """A user of the administrator's CPAS; any other id is reported as missing (404)."""
    target = get_account(register_of(request), user_id)
    if target is None or target.cpas_id != admin.cpas_id:
        raise HTTPException(status_code=404)
    return target


def _role_options(request: Request) -> list[tuple[str, str]]:
    _ = gettext_of(request)
    return [(role.value, _(label)) for role, label in ROLE_LABELS.items()]


def _users_page(
    request: Request, admin: Account, *, error: str | None = None, status_code: int = 200, username: str = ""
) -> HTMLResponse:
    _ = gettext_of(request)
    users = [
        {"id": a.id, "username": a.username, "role": _(ROLE_LABELS[a.role]), "active": a.active}
        for a in list_accounts(register_of(request), admin.cpas_id)
    ]
    return render_page(
        request,
        "accounts/users.html",
        {
            "users": users,
            "roles": _role_options(request),
            "error": error,
            "username": username,
            "min_password": MIN_PASSWORD_LENGTH,
        },
        status_code=status_code,
        switch_path="/admin/users",
    )


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(request: Request, admin: Annotated[Account, Depends(administrator)]) -> HTMLResponse:
    return _users_page(request, admin)


@router.post("/admin/users", response_class=HTMLResponse)
def add_user(
    request: Request,
    admin: Annotated[Account, Depends(administrator)],
    username: Username = "",
    password: Password = "",
    role: Annotated[str, Form(max_length=20)] = Role.SOCIAL_WORKER.value,
) -> Response:
    _ = gettext_of(request)
    try:
        user_id = create_user(
            register_of(request), username=username, password=password, role=role, cpas_id=admin.cpas_id
        )
    except RegisterError as error:
        return _users_page(request, admin, error=error.translated(_), status_code=422, username=username)
    require_password_change(register_of(request), user_id)  # the administrator knows this one
    return RedirectResponse(f"/admin/users/{user_id}", status_code=303)


def _user_page(
    request: Request,
    admin: Account,
    target: Account,
    *,
    new_token: str | None = None,
    error: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    _ = gettext_of(request)
    tokens = list_api_tokens(register_of(request), target.id)
    return render_page(
        request,
        "accounts/user.html",
        {
            "user": {
                "id": target.id,
                "username": target.username,
                "role": target.role.value,
                "role_label": _(ROLE_LABELS[target.role]),
                "active": target.active,
                "is_me": target.id == admin.id,
            },
            "roles": _role_options(request),
            "tokens": tokens,
            "new_token": new_token,
            "error": error,
            "min_password": MIN_PASSWORD_LENGTH,
        },
        status_code=status_code,
        switch_path=f"/admin/users/{target.id}",
    )


@router.get("/admin/users/{user_id}", response_class=HTMLResponse)
def user_page(
    request: Request, user_id: UserId, admin: Annotated[Account, Depends(administrator)]
) -> HTMLResponse:
    return _user_page(request, admin, _user_of_my_cpas(request, admin, user_id))


def _back(user_id: int) -> RedirectResponse:
    return RedirectResponse(f"/admin/users/{user_id}", status_code=303)


SELF_CHANGE = N_(
    "Vous ne pouvez pas retirer votre propre rôle d'administrateur ni désactiver votre propre compte."
)


@router.post("/admin/users/{user_id}/role", response_class=HTMLResponse)
def change_role(
    request: Request,
    user_id: UserId,
    admin: Annotated[Account, Depends(administrator)],
    role: Annotated[str, Form(max_length=20)] = "",
) -> Response:
    target = _user_of_my_cpas(request, admin, user_id)
    _ = gettext_of(request)
    if target.id == admin.id and role != Role.ADMINISTRATOR.value:
        return _user_page(request, admin, target, error=_(SELF_CHANGE), status_code=422)
    try:
        set_role(register_of(request), target.id, role)
    except RegisterError as error:
        return _user_page(request, admin, target, error=error.translated(_), status_code=422)
    return _back(target.id)


@router.post("/admin/users/{user_id}/active", response_class=HTMLResponse)
def change_active(
    request: Request,
    user_id: UserId,
    admin: Annotated[Account, Depends(administrator)],
    active: Annotated[str, Form(max_length=5)] = "",
) -> Response:
    target = _user_of_my_cpas(request, admin, user_id)
    wanted = active == "true"
    if target.id == admin.id and not wanted:
        return _user_page(request, admin, target, error=gettext_of(request)(SELF_CHANGE), status_code=422)
    register = register_of(request)
    set_active(register, target.id, wanted)
    if not wanted:  # the account check refuses them already; the rows record that they ended
        runtime_of(request.app).sessions.revoke_user(register, target.id)
        forget_remembered_tokens(request.app)  # their API tokens stop at once too
    return _back(target.id)


@router.post("/admin/users/{user_id}/password", response_class=HTMLResponse)
def reset_password(
    request: Request,
    user_id: UserId,
    admin: Annotated[Account, Depends(administrator)],
    password: Password = "",
) -> Response:
    target = _user_of_my_cpas(request, admin, user_id)
    register = register_of(request)
    try:
        set_password(register, target.id, password)
    except RegisterError as error:
        return _user_page(
            request, admin, target, error=error.translated(gettext_of(request)), status_code=422
        )
    # A reset usually means the password (or a session) may be known to someone else: every session
    # of the user ends (the password fingerprint in the cookies no longer matches either), and the
    # user chooses their own password at the next login (the administrator knows this one).
    runtime_of(request.app).sessions.revoke_user(register, target.id)
    require_password_change(register, target.id)
    return _back(target.id)


@router.post("/admin/users/{user_id}/tokens", response_class=HTMLResponse)
def new_token(
    request: Request,
    user_id: UserId,
    admin: Annotated[Account, Depends(administrator)],
    name: Annotated[str, Form(max_length=100)] = "",
) -> HTMLResponse:
    target = _user_of_my_cpas(request, admin, user_id)
    created = create_api_token(register_of(request), target.id, name or "api")
    # Shown once, in this response only (never in a URL, a log or the database).
    return _user_page(request, admin, target, new_token=created.token)


@router.post("/admin/users/{user_id}/tokens/{token_id}/revoke")
def revoke_token(
    request: Request, user_id: UserId, token_id: TokenId, admin: Annotated[Account, Depends(administrator)]
) -> Response:
    target = _user_of_my_cpas(request, admin, user_id)
    try:
        revoke_api_token(register_of(request), token_id, user_id=target.id)
    except RegisterError:
        raise HTTPException(status_code=404) from None
    forget_remembered_tokens(request.app)  # effective at once on this server
    return _back(target.id)
