"""Home, sources and the language switch."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse

from secretpro.i18n import parse_language
from secretpro.web.labels import RULE_PAGES
from secretpro.web.language import LANGUAGE_COOKIE, request_language, safe_next
from secretpro.web.rendering import render_page
from secretpro.web.sources_page import sources_context

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    return render_page(request, "home.html", {"pages": RULE_PAGES})


FAVICON = Path(__file__).parent.parent / "static" / "favicon.svg"


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> FileResponse:
    """Browsers ask for /favicon.ico whatever the page says: answer it (no 404 in their console)."""
    return FileResponse(FAVICON, media_type="image/svg+xml")


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request) -> HTMLResponse:
    return render_page(request, "sources.html", sources_context(request_language(request)))


@router.get("/lang/{code}")
def switch_language(request: Request, code: str, next: str = "/") -> RedirectResponse:
    try:
        language = parse_language(code)
    except ValueError:
        language = "fr"
    response = RedirectResponse(safe_next(next), status_code=303)
    secure = request.app.state.settings.secure_cookies
    response.set_cookie(
        LANGUAGE_COOKIE, language, max_age=365 * 24 * 3600, httponly=True, samesite="lax", secure=secure
    )
    return response
