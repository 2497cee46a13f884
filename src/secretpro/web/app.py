"""The application factory: ``create_app(settings)``.

Every router of ``web/routes/`` (pages, interviews, documents, guard, accounts, case files and
exports, the JSON API, the mail relay's review page, the supervisors' dashboard) is mounted here; accounts, login and CSRF wrap them as a middleware
(``install_accounts``), so the routers take nothing from a session themselves.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from secretpro.web import errors
from secretpro.web.accounts import install_accounts
from secretpro.web.edge import FormInputMiddleware, InternalErrorMiddleware
from secretpro.web.routes import (
    accounts,
    api,
    case_exports,
    cases,
    dashboard,
    documents,
    drafts,
    guard,
    interviews,
    mail_review,
    pages,
)
from secretpro.web.security import RequestSizeLimitMiddleware, SecurityHeadersMiddleware
from secretpro.web.settings import WebSettings
from secretpro.web.state import InterviewCookies

STATIC_DIR = Path(__file__).parent / "static"


API_PREFIX = "/api/v1/"


def create_app(settings: WebSettings | None = None) -> FastAPI:
    settings = settings or WebSettings.from_environment()
    app = FastAPI(title="secretpro", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.settings = settings
    app.state.interview_cookies = InterviewCookies(settings.secret_key)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for routes in (
        pages,
        interviews,
        documents,
        guard,
        api,
        mail_review,
        dashboard,
        accounts,
        case_exports,
        cases,
        drafts,
    ):
        app.include_router(routes.router)
    errors.install(app)
    # Inside the accounts middleware: its error page has the session's context (CSRF checked first).
    app.add_middleware(FormInputMiddleware)
    install_accounts(app, settings)  # login, roles, CSRF, case files: before the middlewares below wrap it
    # Outermost last: the size cap answers before anything parses a body, and its 413 gets headers too.
    app.add_middleware(
        RequestSizeLimitMiddleware, max_bytes=settings.max_body_bytes, exempt_prefixes=(API_PREFIX,)
    )
    # Just inside the headers: an unexpected error becomes the 500 page here and is not logged with
    # its text by the server (a database error quotes the values sent).
    app.add_middleware(InternalErrorMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)
    return app
