"""Countries by ISO 3166-1 alpha-2 code, named in French, Dutch and English.

Names come from ``pycountry`` and its gettext translations; Kosovo (``XK``), which pycountry lacks,
comes from ``countries_extra.csv``.
"""

from __future__ import annotations

import gettext
from functools import cache

import pycountry

from secretpro.reference.datafiles import read_rows

_EXTRA_FILE = "countries_extra.csv"


@cache
def _extra_names() -> dict[str, dict[str, str]]:
    return {
        row["code"]: {"fr": row["fr"], "nl": row["nl"], "en": row["en"]} for row in read_rows(_EXTRA_FILE)
    }


@cache
def _iso_translation(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def normalize_country(code: str) -> str | None:
    """The upper-case alpha-2 code if ``code`` names a known country or territory, else ``None``."""
    candidate = code.strip().upper()
    if len(candidate) != 2 or not candidate.isalpha():
        return None
    if candidate in _extra_names() or pycountry.countries.get(alpha_2=candidate) is not None:
        return candidate
    return None


def is_known_country(code: str) -> bool:
    return normalize_country(code) is not None


def country_name(code: str, language: str = "fr") -> str:
    """The country's common name in ``language`` (fr, nl or en); the code itself when unknown."""
    normalized = normalize_country(code)
    if normalized is None:
        return code
    extra = _extra_names().get(normalized)
    if extra is not None:
        return extra.get(language, extra["en"])
    country = pycountry.countries.get(alpha_2=normalized)
    assert country is not None  # normalize_country only returns codes pycountry or the extra file knows
    english = str(getattr(country, "common_name", None) or country.name)
    translated = _iso_translation(language).gettext(english)
    if translated == english and hasattr(country, "common_name"):
        # The catalogs translate the official short name; fall back to it for common names.
        translated = _iso_translation(language).gettext(str(country.name))
    return translated
