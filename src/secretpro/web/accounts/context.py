"""Dependencies for routes: the logged-in account, role checks, the register."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fastapi import Request

from secretpro.register import Register, Role
from secretpro.register.accounts import Account

from .runtime import runtime_of

CASE_ROLES = frozenset({Role.SOCIAL_WORKER, Role.SUPERVISOR})
EXPORT_ROLES = frozenset({Role.SUPERVISOR})
ADMIN_ROLES = frozenset({Role.ADMINISTRATOR})


class Forbidden(Exception):
    """The account is logged in but its role does not allow this page (answered with a 403 page)."""


class LoginRequired(Exception):
    """No valid session on a page that needs one (answered with a redirect to the login page)."""


def register_of(request: Request) -> Register:
    return runtime_of(request.app).register(request.app)


def current_account(request: Request) -> Account:
    account = getattr(request.state, "account", None)
    if not isinstance(account, Account):
        raise LoginRequired()
    return account


def require_roles(roles: frozenset[Role]) -> Callable[[Request], Account]:
    def dependency(request: Request) -> Account:
        account = current_account(request)
        if account.role not in roles:
            raise Forbidden()
        return account

    return dependency


case_worker = require_roles(CASE_ROLES)
supervisor = require_roles(EXPORT_ROLES)
administrator = require_roles(ADMIN_ROLES)


def account_cpas_name(request: Request) -> str:
    """The name of the logged-in account's CPAS (documents are filled with it, not retyped); empty
    when nobody is logged in."""
    from secretpro.register.models import Cpas

    account = getattr(request.state, "account", None)
    if not isinstance(account, Account):
        return ""
    with register_of(request).reader() as session:
        cpas = session.get(Cpas, account.cpas_id)
        return cpas.name if cpas is not None else ""


@dataclass(frozen=True)
class Sender:
    """Who prepares a document: the account's CPAS and its author's name (the display name, else the
    username; documents are filled with them, never typed again)."""

    cpas_name: str = ""
    author: str = ""


def document_sender(request: Request) -> Sender:
    account = getattr(request.state, "account", None)
    if not isinstance(account, Account):
        return Sender()
    return Sender(account_cpas_name(request), account.author_name)
