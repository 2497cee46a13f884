"""The page language: the one the worker chose with the switch shown on every page, else the one
their browser asks for (``Accept-Language``: a Ghent OCMW's browser says Dutch), else French.

The choice lives in a ``lang`` cookie (no personal data); the switch is a plain link to
``/lang/{code}?next=/path`` that sets it and comes back to the same page. A choice made always wins
over the browser's: a Dutch-speaking worker on a French-configured PC switches once.
"""

from __future__ import annotations

from fastapi import Request

from secretpro.i18n import DEFAULT_LANGUAGE, LANGUAGES, Language, parse_language

LANGUAGE_COOKIE = "lang"
LANGUAGE_NAMES: dict[Language, str] = {"fr": "Français", "nl": "Nederlands", "en": "English"}


MAX_ACCEPT_LANGUAGE = 500
"""Characters of the header read: a browser sends a few dozen; more is not a browser's."""


def request_language(request: Request) -> Language:
    """The switch's choice (cookie), else the browser's preference, else French."""
    chosen = request.cookies.get(LANGUAGE_COOKIE)
    if chosen:
        try:
            return parse_language(chosen)
        except ValueError:
            pass  # a cookie of another site or an old version: as if none
    return browser_language(request.headers.get("accept-language"))


def browser_language(header: str | None) -> Language:
    """The supported language the ``Accept-Language`` header (RFC 9110, 12.5.4) prefers most:
    the highest weight wins, the first listed among equals; ``nl-BE`` is Dutch; ``q=0`` means "not
    this one"; ``*`` gives its weight to the supported languages not named (French first).
    Nothing supported (or no header, or a malformed one): French.

    >>> browser_language("nl-BE,nl;q=0.9,en;q=0.8")
    'nl'
    >>> browser_language("de-DE,de;q=0.9,en;q=0.5,fr;q=0.4")
    'en'
    >>> browser_language("ja"), browser_language(None), browser_language("de, fr;q=0, *;q=0.1")
    ('fr', 'fr', 'nl')
    """
    if not header:
        return DEFAULT_LANGUAGE
    # Per supported language: (weight, -rank), rank being the order of listing; the best is the max.
    ranked: dict[Language, tuple[float, int]] = {}
    wildcard: float | None = None
    items = header[:MAX_ACCEPT_LANGUAGE].split(",")
    for rank, item in enumerate(items):
        tag, _, parameters = item.strip().partition(";")
        weight = _weight(parameters)
        code = tag.strip().lower()
        if weight is None:
            continue
        if code == "*":
            wildcard = weight
            continue
        language = _supported(code.split("-", 1)[0])
        if language is not None and language not in ranked:
            # The first range naming a language sets its weight ("nl, nl-BE;q=0" is still Dutch).
            ranked[language] = (weight, -rank)
    if wildcard is not None:
        for rank, language in enumerate(LANGUAGES):  # the languages not named, French first
            ranked.setdefault(language, (wildcard, -len(items) - rank))
    acceptable = [(key, language) for language, key in ranked.items() if key[0] > 0]
    if not acceptable:
        return DEFAULT_LANGUAGE
    return max(acceptable)[1]


def _weight(parameters: str) -> float | None:
    """The ``q`` of one range (1 when absent); ``None`` when it is not a valid weight."""
    for parameter in parameters.split(";"):
        name, _, value = parameter.strip().partition("=")
        if name.strip().lower() == "q":
            try:
                weight = float(value.strip())
            except ValueError:
                return None
            return weight if 0 <= weight <= 1 else None
    return 1.0


def _supported(code: str) -> Language | None:
    return next((language for language in LANGUAGES if language == code), None)


def safe_next(path: str | None) -> str:
    """Only a path of this site: never an absolute URL (no open redirect), never a query string."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/"
    return path.split("?", 1)[0].split("#", 1)[0]


__all__ = [
    "LANGUAGES",
    "LANGUAGE_COOKIE",
    "LANGUAGE_NAMES",
    "browser_language",
    "request_language",
    "safe_next",
]
