"""Jinja2 pages: one environment per language, with gettext installed (new-style, autoescaped).

One environment per language rather than installing the translations per request keeps rendering
free of shared mutable state when requests run concurrently.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from secretpro.documents.vocabulary import medium_date
from secretpro.i18n import LANGUAGES, Language, translations
from secretpro.web.language import LANGUAGE_NAMES, request_language

TEMPLATES = jinja2.PackageLoader("secretpro.web", "templates")


@cache
def environment(language: Language) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=TEMPLATES,
        autoescape=True,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.install_gettext_translations(translations(language), newstyle=True)  # type: ignore[attr-defined]
    env.filters["medium_date"] = lambda day: medium_date(day, language)
    return env


def render_page(
    request: Request,
    template: str,
    context: dict[str, Any] | None = None,
    *,
    status_code: int = 200,
    switch_path: str | None = None,
) -> HTMLResponse:
    """Render a page in the request's language. ``switch_path`` is where the language switch comes
    back to (a GET page): pages answering a POST pass the page their form lives on."""
    language = request_language(request)
    page_context: dict[str, Any] = {
        "lang": language,
        "languages": [(code, LANGUAGE_NAMES[code]) for code in LANGUAGES],
        "switch_path": switch_path or request.url.path,
        "current_path": request.url.path,
        **(context or {}),
    }
    html = environment(language).get_template(template).render(page_context)
    response = HTMLResponse(html, status_code=status_code)
    # The language may come from the browser's header: a shared cache must not mix them up.
    response.headers.append("Vary", "Accept-Language")
    return response
