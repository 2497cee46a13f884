"""The page language: French by default, Dutch or English by the switch shown on every page.

The choice lives in a ``lang`` cookie (no personal data); the switch is a plain link to
``/lang/{code}?next=/path`` that sets it and comes back to the same page.
"""

from __future__ import annotations

from fastapi import Request

from secretpro.i18n import DEFAULT_LANGUAGE, LANGUAGES, Language, parse_language

LANGUAGE_COOKIE = "lang"
LANGUAGE_NAMES: dict[Language, str] = {"fr": "Français", "nl": "Nederlands", "en": "English"}


def request_language(request: Request) -> Language:
    try:
        return parse_language(request.cookies.get(LANGUAGE_COOKIE))
    except ValueError:
        return DEFAULT_LANGUAGE


def safe_next(path: str | None) -> str:
    """Only a path of this site: never an absolute URL (no open redirect), never a query string."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/"
    return path.split("?", 1)[0].split("#", 1)[0]


__all__ = ["LANGUAGES", "LANGUAGE_COOKIE", "LANGUAGE_NAMES", "request_language", "safe_next"]
