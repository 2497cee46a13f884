#!/usr/bin/env python3
"""Which messages lack a translation? Extracts the msgids of the sources and checks the catalogs.

    .venv/bin/python scripts/extract_messages.py                      # all of src/
    .venv/bin/python scripts/extract_messages.py --paths src/secretpro/rules src/secretpro/cli.py
    .venv/bin/python scripts/extract_messages.py --pot /tmp/messages.pot   # also write a template

msgids are marked with ``N_("…")`` or ``_("…")`` in Python and with ``_()``/``gettext()``/``{% trans %}`` in
Jinja2 templates (``src/secretpro/**/templates/``). For each language (nl, en) the merged catalogs
``src/secretpro/locale/<lang>/LC_MESSAGES/*.po`` must give every msgid a non-empty, non-fuzzy
translation with the same ``%(name)s`` placeholders. Exit status 1 when anything is missing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

from babel.messages.catalog import Catalog  # noqa: E402
from babel.messages.pofile import write_po  # noqa: E402
from i18n_check import (  # noqa: E402
    TARGET_LANGUAGES,
    Problem,
    SourceMessage,
    check_language,
    extract_messages,
)

__all__ = ["Problem", "check_language", "extract_messages", "main", "write_template"]


def write_template(messages: dict[str, SourceMessage], destination: Path) -> None:
    """The extracted msgids as a ``.pot`` file (empty translations), for a translator to start from."""
    catalog = Catalog(project="secretpro", charset="utf-8")
    for msgid, message in sorted(messages.items()):
        locations = [(str(occurrence.path), occurrence.lineno) for occurrence in message.occurrences]
        key: str | tuple[str, str] = (msgid, message.plural) if message.plural else msgid
        catalog.add(key, locations=locations)
    with destination.open("wb") as pot_file:
        write_po(pot_file, catalog, width=110)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--paths",
        nargs="+",
        type=Path,
        default=[REPO / "src"],
        help="source files or folders to extract from (default: src/)",
    )
    parser.add_argument(
        "--languages",
        nargs="+",
        default=list(TARGET_LANGUAGES),
        choices=list(TARGET_LANGUAGES),
        help="languages to check (default: all but French, the source language)",
    )
    parser.add_argument("--pot", type=Path, help="also write the extracted msgids to this .pot file")
    args = parser.parse_args(argv)

    try:
        messages = extract_messages(args.paths)
    except FileNotFoundError as error:
        print(f"extract_messages: no such file or folder: {error}", file=sys.stderr)
        return 2
    if args.pot is not None:
        write_template(messages, args.pot)
    print(f"{len(messages)} msgids in {', '.join(str(path) for path in args.paths)}")
    failed = False
    for language in args.languages:
        problems = check_language(messages, language)
        counts = {
            kind: sum(problem.kind == kind for problem in problems)
            for kind in ("missing", "fuzzy", "placeholders")
        }
        summary = ", ".join(f"{count} {kind}" for kind, count in counts.items() if count) or "complete"
        print(f"{language}: {summary}")
        for problem in problems:
            print(f"  {problem}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
