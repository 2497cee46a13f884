"""Translations of every user-visible string (gettext).

The source language of the messages is French, the product's default language: a ``msgid`` is the
French text itself, and the catalogs ``locale/{nl,en}/LC_MESSAGES/*.po`` translate it. Each part of
the product keeps its own file there (``rules.po``, ``guard.po``, ``web.po``…); together they form
one catalog per language. The ``.po`` files are read directly (through Babel), so the repository
carries no compiled ``.mo``.

Usage::

    from secretpro.i18n import translator
    _ = translator("nl")
    _("Transmission autorisée")
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Literal

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

Language = Literal["fr", "nl", "en"]
LANGUAGES: tuple[Language, ...] = ("fr", "nl", "en")
DEFAULT_LANGUAGE: Language = "fr"
LOCALE_DIR = Path(__file__).parent / "locale"


def parse_language(value: str | None) -> Language:
    """Return a supported language code; ``None`` gives the default (French)."""
    if value is None:
        return DEFAULT_LANGUAGE
    code = value.strip().lower()[:2]
    if code not in LANGUAGES:
        raise ValueError(value)
    return code


@cache
def translations(language: Language) -> gettext.NullTranslations:
    """The catalog for ``language`` (French needs none: msgids are French)."""
    if language == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    merged: Catalog | None = None
    for po_path in sorted((LOCALE_DIR / language / "LC_MESSAGES").glob("*.po")):
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file, locale=language)
        if merged is None:
            merged = catalog
            continue
        for message in catalog:
            # An empty translation in a later file must not hide a real one in an earlier file.
            if message.id and message.string and not message.fuzzy:
                merged[message.id] = message
    if merged is None:
        return gettext.NullTranslations()
    buffer = BytesIO()
    write_mo(buffer, merged, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def translator(language: Language) -> Callable[[str], str]:
    """The ``_`` function for one language."""
    return translations(language).gettext


def N_(message: str) -> str:
    """Marks a string for extraction without translating it now (translated where it is shown)."""
    return message
