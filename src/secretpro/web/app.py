"""The application factory: ``create_app(settings)``.

The pages' routers, the JSON API (``web/api.py``), the mail relay's review page and the supervisors'
dashboard are mounted here; accounts, login and CSRF wrap them as a middleware
(``install_accounts``), so the routers take nothing from a session themselves.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from secretpro.mail_relay import review as mail_review
from secretpro.web import api, dashboard, documents_routes, errors, guard_page, interviews, pages
from secretpro.web.accounts import install_accounts
from secretpro.web.edge import FormInputMiddleware, InternalErrorMiddleware
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
    for router in (pages.router, interviews.router, documents_routes.router, guard_page.router):
        app.include_router(router)
    app.include_router(api.router)
    app.include_router(mail_review.router)  # held messages of the mail relay (supervisors)
    app.include_router(dashboard.router)  # the supervisors' dashboard, exports and monthly report
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
