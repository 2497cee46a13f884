"""Accounts of the web application: login sessions, roles, CSRF, login throttling, case files and
exports. ``create_app`` calls :func:`install_accounts` once; after it every page but the public
ones (login, static files, sources, language switch, health check) needs a login, and every form
needs its CSRF token (``{{ csrf_field() }}`` in the template).

Roles: a social worker and a supervisor see the case files of their own CPAS; a supervisor also
exports them (PDF, CSV); an administrator manages the users of the CPAS and their API tokens and
sees no case file.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from secretpro.i18n import LANGUAGES
from secretpro.web.rendering import environment

from .config import AccountSettings
from .context import Forbidden, LoginRequired
from .csrf import csrf_field, csrf_token, current_account, current_cpas_name, htmx_headers
from .middleware import AccountsMiddleware
from .pages import forbidden_page
from .runtime import AccountsRuntime

__all__ = ["AccountSettings", "install_accounts"]


def install_jinja_globals() -> None:
    for language in LANGUAGES:
        env = environment(language)
        env.globals.update(
            csrf_field=csrf_field,
            csrf_token=csrf_token,
            htmx_headers=htmx_headers,
            current_account=current_account,
            current_cpas_name=current_cpas_name,
        )


def install_accounts(app: FastAPI, settings: Any) -> None:
    """Add login, roles and CSRF to ``app`` (their pages are in ``web/routes/``).

    Call it before the security-header and size-limit middlewares are added, so that they wrap
    this one (its redirects and 403 pages get the headers; bodies are capped before it reads them).
    The register is ``app.state.register`` when set, else opened on first use from the
    environment (``SECRETPRO_DATABASE_URL``, ``SECRETPRO_KEY``…).
    """
    app.state.accounts = AccountsRuntime.create(AccountSettings.from_web_settings(settings))
    install_jinja_globals()

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> HTMLResponse:
        return forbidden_page(request)

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        return RedirectResponse("/login", status_code=303)

    app.add_middleware(AccountsMiddleware)
