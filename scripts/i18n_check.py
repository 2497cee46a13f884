"""Are all the messages translated? Extraction of the msgids and check of the catalogs.

Used by ``scripts/extract_messages.py`` (the command) and ``tests/test_translations.py``. The msgids are
extracted from the Python sources (keywords ``N_`` and ``_``) and from the Jinja2 templates under any
``templates/`` folder; the catalogs ``locale/<lang>/LC_MESSAGES/*.po`` are merged exactly as
``secretpro.i18n`` merges them (file order, later file wins; fuzzy entries are not used).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from secretpro.i18n import DEFAULT_LANGUAGE, LANGUAGES, LOCALE_DIR

SRC_DIR = Path(__file__).resolve().parent.parent / "src"
"""The ``src`` folder: the default place to extract from."""
TARGET_LANGUAGES: tuple[str, ...] = tuple(code for code in LANGUAGES if code != DEFAULT_LANGUAGE)

PYTHON_KEYWORDS: dict[str, tuple[int, ...] | None] = {"N_": None, "_": None}
TEMPLATE_KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "N_": None,
    "_": None,
    "gettext": None,
    "ngettext": (1, 2),
}
TEMPLATE_SUFFIXES = frozenset({".html", ".htm", ".txt", ".xml", ".svg", ".j2", ".jinja", ".jinja2"})
SKIPPED_DIRS = frozenset({"__pycache__", ".venv", "node_modules", ".git", "locale"})
JINJA2_METHOD = "jinja2.ext:babel_extract"
JINJA2_OPTIONS = {"extensions": "jinja2.ext.i18n", "silent": "false"}

# %-style placeholders (``%(name)s``, ``%s``, ``%.2f``); the space flag is left out on purpose, so that
# French typography (« 50 % des cas ») is not mistaken for one.
PLACEHOLDER = re.compile(
    r"%(?:\((?P<name>[^)]*)\))?[#0+-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?(?P<type>[diouxXeEfFgGcrsa%])"
)

ProblemKind = Literal["missing", "fuzzy", "placeholders"]


@dataclass(frozen=True)
class Occurrence:
    path: Path
    lineno: int

    def __str__(self) -> str:
        return f"{_display(self.path)}:{self.lineno}"


@dataclass(frozen=True)
class SourceMessage:
    """One msgid found in the sources (``plural`` for ``ngettext`` in templates)."""

    msgid: str
    plural: str | None
    occurrences: tuple[Occurrence, ...]


@dataclass(frozen=True)
class Problem:
    language: str
    kind: ProblemKind
    msgid: str
    detail: str
    occurrences: tuple[Occurrence, ...]

    def __str__(self) -> str:
        where = self.occurrences[0] if self.occurrences else "?"
        return f"{where}: {self.kind}: {self.msgid!r}" + (f" — {self.detail}" if self.detail else "")


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(SRC_DIR.parent))
    except ValueError:
        return str(path)


def is_template(path: Path) -> bool:
    return "templates" in path.parts and path.suffix.lower() in TEMPLATE_SUFFIXES


def source_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Python files and Jinja2 templates under ``paths`` (files or folders), in a stable order."""
    for path in paths:
        if path.is_file():
            if path.suffix == ".py" or is_template(path):
                yield path
            continue
        if not path.is_dir():
            raise FileNotFoundError(path)
        for candidate in sorted(path.rglob("*")):
            relative = candidate.relative_to(path).parts
            if any(part in SKIPPED_DIRS for part in relative[:-1]) or not candidate.is_file():
                continue
            if candidate.suffix == ".py" or is_template(candidate):
                yield candidate


def extract_messages(paths: Iterable[Path] = (SRC_DIR,)) -> dict[str, SourceMessage]:
    """Every msgid marked in ``paths``, with where it occurs (keyed by msgid)."""
    found: dict[str, tuple[str | None, list[Occurrence]]] = {}
    for path in source_files(paths):
        if path.suffix == ".py":
            results = extract_from_file("python", path, keywords=PYTHON_KEYWORDS)
        else:
            results = extract_from_file(
                JINJA2_METHOD, path, keywords=TEMPLATE_KEYWORDS, options=JINJA2_OPTIONS
            )
        for lineno, message, _comments, _context in results:
            singular, plural = (message[0], message[1]) if isinstance(message, tuple) else (message, None)
            if not singular:
                continue
            known_plural, occurrences = found.setdefault(singular, (plural, []))
            if known_plural is None and plural is not None:
                found[singular] = (plural, occurrences)
            occurrences.append(Occurrence(path, lineno))
    return {
        msgid: SourceMessage(msgid, plural, tuple(occurrences))
        for msgid, (plural, occurrences) in found.items()
    }


def merged_catalog(language: str, locale_dir: Path = LOCALE_DIR) -> dict[str, Message]:
    """The messages of ``locale/<language>/LC_MESSAGES/*.po`` merged as ``secretpro.i18n`` does it."""
    merged: dict[str, Message] = {}
    for po_path in sorted((locale_dir / language / "LC_MESSAGES").glob("*.po")):
        with po_path.open("rb") as po_file:
            catalog: Catalog = read_po(po_file, locale=language)
        for message in catalog:
            if not message.id:
                continue
            msgid = message.id[0] if isinstance(message.id, tuple | list) else message.id
            merged[msgid] = message
    return merged


def placeholders(text: str) -> tuple[Counter[str], tuple[str, ...]]:
    """The named placeholders (as a multiset) and the positional ones (in order) of ``text``."""
    named: Counter[str] = Counter()
    positional: list[str] = []
    for match in PLACEHOLDER.finditer(text):
        if match.group("type") == "%":
            continue
        if match.group("name") is not None:
            named[match.group(0)] += 1
        else:
            positional.append(match.group(0))
    return named, tuple(positional)


def placeholder_difference(source: str, translation: str) -> str:
    """Empty when both texts carry the same placeholders; otherwise what differs."""
    source_named, source_positional = placeholders(source)
    named, positional = placeholders(translation)
    differences: list[str] = []
    if missing := sorted((source_named - named).elements()):
        differences.append("missing " + ", ".join(missing))
    if extra := sorted((named - source_named).elements()):
        differences.append("unexpected " + ", ".join(extra))
    if source_positional != positional:
        differences.append(f"positional {list(source_positional)} != {list(positional)}")
    return "; ".join(differences)


def _strings(message: Message) -> tuple[str, ...]:
    value = message.string
    if isinstance(value, tuple | list):
        return tuple(value)
    return (value or "",)


def check_language(
    messages: Mapping[str, SourceMessage], language: str, locale_dir: Path = LOCALE_DIR
) -> list[Problem]:
    """The msgids without a usable translation in ``language``, and the placeholder mismatches."""
    catalog = merged_catalog(language, locale_dir)
    problems: list[Problem] = []
    for msgid, source in sorted(messages.items()):
        entry = catalog.get(msgid)
        strings = _strings(entry) if entry is not None else ()
        if entry is None or not strings or not all(strings):
            problems.append(Problem(language, "missing", msgid, "", source.occurrences))
            continue
        if entry.fuzzy:
            problems.append(Problem(language, "fuzzy", msgid, "marked fuzzy: not used", source.occurrences))
            continue
        for index, translation in enumerate(strings):
            original = source.plural if index > 0 and source.plural is not None else msgid
            difference = placeholder_difference(original, translation)
            if difference:
                problems.append(Problem(language, "placeholders", msgid, difference, source.occurrences))
                break
    return problems


def check(
    paths: Sequence[Path] = (SRC_DIR,),
    languages: Sequence[str] = TARGET_LANGUAGES,
    locale_dir: Path = LOCALE_DIR,
) -> dict[str, list[Problem]]:
    """Per language, the problems of the msgids found in ``paths``."""
    messages = extract_messages(paths)
    return {language: check_language(messages, language, locale_dir) for language in languages}
