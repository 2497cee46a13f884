"""Login, logout and the administration of the users of a CPAS (roles, passwords, API tokens)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from secretpro.i18n import N_
from secretpro.register import Role
from secretpro.register.accounts import (
    _DUMMY_HASH,
    MIN_PASSWORD_LENGTH,
    Account,
    _clean_username,
    authenticate,
    check_password_policy,
    clean_display_name,
    create_api_token,
    create_user,
    find_account,
    get_account,
    list_accounts,
    list_api_tokens,
    no_user_yet,
    parse_role,
    password_change_required,
    password_hash_of,
    require_password_change,
    revoke_api_token,
    set_active,
    set_display_name,
    set_password,
    set_role,
    verify_password,
)
from secretpro.register.entries import CpasInfo, cpas_name, ensure_cpas, find_cpas, list_cpas, rename_cpas
from secretpro.register.errors import ConflictError, RegisterError
from secretpro.web.accounts.config import client_address
from secretpro.web.accounts.context import administrator, current_account, register_of
from secretpro.web.accounts.pages import gettext_of
from secretpro.web.accounts.runtime import runtime_of
from secretpro.web.accounts.sessions import SessionData, cookie_header
from secretpro.web.api_auth import forget_remembered_tokens
from secretpro.web.first_administrator import FIRST_CPAS
from secretpro.web.labels import RULE_PAGES
from secretpro.web.language import safe_next
from secretpro.web.rendering import render_page
from secretpro.web.state import InterviewCookies

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
# Longer than allowed on purpose: a name too long is refused with a message that names the field.
DisplayName = Annotated[str, Form(max_length=2000)]
CpasName = Annotated[str, Form(max_length=2000)]
# What was just saved, said on the page it leads back to (``?done=``: a code, nothing personal).
SAVED: dict[str, str] = {
    "display_name": N_("Nom affiché enregistré."),
    "cpas_name": N_("Nom du CPAS enregistré : il figure désormais sur les documents et en haut des pages."),
}


def request_address(request: Request) -> str:
    """The client's address; behind a reverse proxy listed in ``SECRETPRO_TRUSTED_PROXIES``, the
    one it saw (``X-Forwarded-For``)."""
    settings = runtime_of(request.app).settings
    peer = request.client.host if request.client else None
    return client_address(peer, request.headers.getlist("x-forwarded-for"), settings.trusted_proxies)


def _home_for(account: Account) -> str:
    return "/admin/users" if account.role == Role.ADMINISTRATOR else "/"


def _no_user_yet(request: Request) -> bool:
    return no_user_yet(register_of(request))


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
    password_hash = password_hash_of(register, account.id)
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
    request: Request,
    account: Account,
    *,
    error: str | None = None,
    status_code: int = 200,
    name_error: str | None = None,
    display_name: str | None = None,
    confirmation: str | None = None,
) -> HTMLResponse:
    return render_page(
        request,
        "accounts/password.html",
        {
            "error": error,
            "forced": password_change_required(register_of(request), account.id),
            "min_password": MIN_PASSWORD_LENGTH,
            "username": account.username,
            "display_name": display_name if display_name is not None else (account.display_name or ""),
            "name_error": name_error,
            "confirmation": confirmation,
            "confirmed_entry": None,
            "documents_page": None,
        },
        status_code=status_code,
        switch_path=PASSWORD_PATH,
    )


@router.get(PASSWORD_PATH, response_class=HTMLResponse)
def password_form(
    request: Request,
    account: Annotated[Account, Depends(current_account)],
    done: Annotated[str, Query(max_length=16)] = "",
) -> HTMLResponse:
    confirmation = gettext_of(request)(SAVED[done]) if done in SAVED else None
    return _password_page(request, account, confirmation=confirmation)


@router.post("/account/display-name", response_class=HTMLResponse)
def change_my_display_name(
    request: Request, account: Annotated[Account, Depends(current_account)], display_name: DisplayName = ""
) -> Response:
    """The user's own name on documents and in case files ("Marie Dupont, assistante sociale")."""
    try:
        set_display_name(register_of(request), account.id, display_name)
    except RegisterError as error:
        return _password_page(
            request,
            account,
            name_error=error.translated(gettext_of(request)),
            display_name=display_name,
            status_code=422,
        )
    return RedirectResponse(f"{PASSWORD_PATH}?done=display_name#display-name-heading", status_code=303)


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


def managed_cpas(request: Request, admin: Account) -> list[CpasInfo]:
    """The CPAS whose accounts ``admin`` manages: their own, then (by name) every CPAS of the
    register that has no administrator account of its own — one just typed in on the users page, or
    one named only by the command line or the mail relay. Once a CPAS has its own administrator it
    is theirs alone: an administrator must never be able to give themself an account in a CPAS
    whose case files they may not read."""
    register = register_of(request)
    administered = {a.cpas_id for a in list_accounts(register) if a.role == Role.ADMINISTRATOR}
    known = list_cpas(register)
    own = [cpas for cpas in known if cpas.id == admin.cpas_id]
    others = sorted(
        (cpas for cpas in known if cpas.id != admin.cpas_id and cpas.id not in administered),
        key=lambda cpas: cpas.name.casefold(),
    )
    return own + others


def _user_of_my_cpas(request: Request, admin: Account, user_id: int) -> Account:
    """A user of a CPAS the administrator manages; any other id is reported as missing (404)."""
    target = get_account(register_of(request), user_id)
    if target is None or target.cpas_id not in {cpas.id for cpas in managed_cpas(request, admin)}:
        raise HTTPException(status_code=404)
    return target


def _role_options(request: Request) -> list[tuple[str, str]]:
    _ = gettext_of(request)
    return [(role.value, _(label)) for role, label in ROLE_LABELS.items()]


CPAS_OF_OTHERS = N_("Ce CPAS a déjà ses propres administrateurs : c'est à eux de créer ses comptes.")
CPAS_UNKNOWN = N_("Choisissez un CPAS de la liste, ou tapez le nom d'un nouveau CPAS.")
USERNAME_TAKEN = N_("Ce nom d’utilisateur est déjà pris.")
CREATED_ELSEWHERE = N_(
    "Compte créé. Il est administrateur de son CPAS : c'est lui qui en gère désormais les comptes."
)


def _users_page(
    request: Request,
    admin: Account,
    *,
    error: str | None = None,
    status_code: int = 200,
    username: str = "",
    role: str = Role.SOCIAL_WORKER.value,
    cpas_choice: str = "",
    new_cpas: str = "",
    notice: str | None = None,
    display_name: str = "",
    cpas_error: str | None = None,
    cpas_typed: str | None = None,
) -> HTMLResponse:
    _ = gettext_of(request)
    managed = managed_cpas(request, admin)
    own_name = cpas_name(register_of(request), admin.cpas_id)
    names = {cpas.id: cpas.name for cpas in managed}
    accounts = [a for a in list_accounts(register_of(request)) if a.cpas_id in names]
    # The administrator's own CPAS first, then the others in the order of the choice list.
    order = {cpas.id: index for index, cpas in enumerate(managed)}
    accounts.sort(key=lambda a: (order[a.cpas_id], a.username.casefold()))
    users = [
        {
            "id": a.id,
            "username": a.username,
            "display_name": a.display_name or "",
            "role": _(ROLE_LABELS[a.role]),
            "active": a.active,
            "cpas": names[a.cpas_id],
        }
        for a in accounts
    ]
    return render_page(
        request,
        "accounts/users.html",
        {
            "users": users,
            "roles": _role_options(request),
            "error": error,
            "notice": notice,
            "username": username,
            "role": role,
            "cpas_options": [(str(cpas.id), cpas.name) for cpas in managed],
            "cpas_choice": cpas_choice or str(admin.cpas_id),
            "new_cpas": new_cpas,
            "display_name": display_name,
            "min_password": MIN_PASSWORD_LENGTH,
            # The administrator's own CPAS, which they may rename ("CPAS" after the first start).
            "own_cpas": own_name,
            "cpas_typed": own_name if cpas_typed is None else cpas_typed,
            "cpas_unnamed": own_name == FIRST_CPAS,
            "cpas_error": cpas_error,
        },
        status_code=status_code,
        switch_path="/admin/users",
    )


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(request: Request, admin: Annotated[Account, Depends(administrator)]) -> HTMLResponse:
    notice = None
    if request.query_params.get("created") == "elsewhere":
        notice = gettext_of(request)(CREATED_ELSEWHERE)
    elif request.query_params.get("done") == "cpas_name":
        notice = gettext_of(request)(SAVED["cpas_name"])
    return _users_page(request, admin, notice=notice)


@router.post("/admin/cpas/name", response_class=HTMLResponse)
def rename_my_cpas(
    request: Request, admin: Annotated[Account, Depends(administrator)], name: CpasName = ""
) -> Response:
    """The administrator names their own CPAS (the first one is called "CPAS" until then): the
    letterhead of every document and the header show it. The chain names a CPAS by its id only,
    so nothing recorded changes."""
    try:
        rename_cpas(register_of(request), admin.cpas_id, name)
    except RegisterError as error:
        return _users_page(
            request,
            admin,
            cpas_error=error.translated(gettext_of(request)),
            cpas_typed=name,
            status_code=422,
        )
    return RedirectResponse("/admin/users?done=cpas_name", status_code=303)


class _CpasRefused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _chosen_cpas(request: Request, admin: Account, choice: str, new_name: str) -> tuple[int | None, str]:
    """The CPAS of the new account: ``(id, "")`` for one the administrator manages, ``(None, name)``
    for a new one still to create (created only once the account itself is acceptable). A name
    typed in wins over the list: whoever typed it meant it. ``_CpasRefused`` says what is wrong."""
    managed = {cpas.id: cpas for cpas in managed_cpas(request, admin)}
    name = " ".join(new_name.split())
    if name:
        existing = find_cpas(register_of(request), name)
        if existing is None:
            return None, name
        if existing in managed:  # typed although it is in the list: that one
            return existing, ""
        raise _CpasRefused(CPAS_OF_OTHERS)
    chosen = int(choice) if choice.isdigit() else None
    if chosen is None or chosen not in managed:
        raise _CpasRefused(CPAS_UNKNOWN)
    return chosen, ""


@router.post("/admin/users", response_class=HTMLResponse)
def add_user(
    request: Request,
    admin: Annotated[Account, Depends(administrator)],
    username: Username = "",
    password: Password = "",
    role: Annotated[str, Form(max_length=20)] = Role.SOCIAL_WORKER.value,
    cpas: Annotated[str, Form(max_length=20)] = "",
    new_cpas: Annotated[str, Form(max_length=200)] = "",
    display_name: DisplayName = "",
) -> Response:
    _ = gettext_of(request)
    register = register_of(request)
    cpas = cpas or str(admin.cpas_id)  # a form without the field (an old page): the own CPAS

    def refused(message: str) -> HTMLResponse:
        return _users_page(
            request,
            admin,
            error=message,
            status_code=422,
            username=username,
            role=role,
            cpas_choice=cpas,
            new_cpas=new_cpas,
            display_name=display_name,
        )

    try:
        cpas_id, name_to_create = _chosen_cpas(request, admin, cpas, new_cpas)
        shown = clean_display_name(display_name)
        if cpas_id is None:
            # Everything the account needs is checked before the new CPAS is written: a refused
            # form must leave no empty CPAS behind (a CPAS stays in the register for good).
            clean = _clean_username(username)
            parse_role(role)
            check_password_policy(password, (clean,))
            if find_account(register, clean) is not None:
                raise ConflictError(USERNAME_TAKEN)
            cpas_id = ensure_cpas(register, name_to_create)
        user_id = create_user(
            register, username=username, password=password, role=role, cpas_id=cpas_id, display_name=shown
        )
    except _CpasRefused as refusal:
        return refused(_(refusal.message))
    except RegisterError as error:
        return refused(error.translated(_))
    require_password_change(register, user_id)  # the administrator knows this one
    created = get_account(register, user_id)
    if created is None or created.cpas_id not in {c.id for c in managed_cpas(request, admin)}:
        # An administrator for a CPAS that had none: that CPAS is theirs now, no longer ours.
        return RedirectResponse("/admin/users?created=elsewhere", status_code=303)
    return RedirectResponse(f"/admin/users/{user_id}", status_code=303)


def _user_page(
    request: Request,
    admin: Account,
    target: Account,
    *,
    new_token: str | None = None,
    error: str | None = None,
    status_code: int = 200,
    name_error: str | None = None,
    display_name: str | None = None,
    notice: str | None = None,
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
                "display_name": target.display_name or "",
                "cpas": next((c.name for c in managed_cpas(request, admin) if c.id == target.cpas_id), ""),
            },
            "roles": _role_options(request),
            "tokens": tokens,
            "new_token": new_token,
            "error": error,
            "name_error": name_error,
            "display_name": display_name if display_name is not None else (target.display_name or ""),
            "confirmation": notice,
            "confirmed_entry": None,
            "documents_page": None,
            "min_password": MIN_PASSWORD_LENGTH,
        },
        status_code=status_code,
        switch_path=f"/admin/users/{target.id}",
    )


@router.get("/admin/users/{user_id}", response_class=HTMLResponse)
def user_page(
    request: Request,
    user_id: UserId,
    admin: Annotated[Account, Depends(administrator)],
    done: Annotated[str, Query(max_length=16)] = "",
) -> HTMLResponse:
    notice = gettext_of(request)(SAVED[done]) if done in SAVED else None
    return _user_page(request, admin, _user_of_my_cpas(request, admin, user_id), notice=notice)


@router.post("/admin/users/{user_id}/display-name", response_class=HTMLResponse)
def change_display_name(
    request: Request,
    user_id: UserId,
    admin: Annotated[Account, Depends(administrator)],
    display_name: DisplayName = "",
) -> Response:
    target = _user_of_my_cpas(request, admin, user_id)
    try:
        set_display_name(register_of(request), target.id, display_name)
    except RegisterError as error:
        return _user_page(
            request,
            admin,
            target,
            name_error=error.translated(gettext_of(request)),
            display_name=display_name,
            status_code=422,
        )
    return RedirectResponse(f"/admin/users/{target.id}?done=display_name", status_code=303)


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
