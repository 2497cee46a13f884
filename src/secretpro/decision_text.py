"""A decision as a social worker reads it in a terminal: the outcome in plain words, why (with the
quotations of the notes), what to do next, what must not be sent."""

from __future__ import annotations

import textwrap
from typing import Any

from secretpro.i18n import Language, translator
from secretpro.rules.explanation import field_label

WIDTH = 88


def _wrap(text: str, indent: str = "  ", subsequent: str | None = None) -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=subsequent or indent + "  ")


def render_text(explained: dict[str, Any], language: Language) -> str:
    _ = translator(language)
    lines = [
        f"{explained['outcome_label'].upper()}  ({explained['rule']}, {explained['reference_date']})",
        "",
    ]

    if explained["missing"]:
        lines.append(_("À savoir d'abord (les questions qui peuvent encore changer la réponse) :"))
        for number, missing in enumerate(explained["missing"], 1):
            lines.append(_wrap(f"{number}. {missing['question']}"))
            lines.append(_wrap(missing["why"], "     ", "     "))
        lines.append("")

    lines.append(_("Pourquoi :"))
    seen_caveats: set[str] = set()
    for reason in explained["reasons"]:
        lines.append(_wrap(f"- [{reason['step']}] {reason.get('translation') or reason['text']}"))
        if reason.get("translation"):
            lines.append(_wrap(f"(FR) {reason['text']}", "    ", "      "))
        quote = reason["quote"]
        if quote:
            lines.append(_wrap(f"« {quote['fr']} » [{quote['source']}]", "    ", "      "))
            if quote["translation"]:
                lines.append(_wrap(f"({quote['translation']})", "    ", "      "))
        for law in reason["laws"]:
            lines.append(_wrap(f"§ {law['label']}", "    ", "      "))
            if law["caveat"] and law["id"] not in seen_caveats:
                seen_caveats.add(law["id"])
                lines.append(_wrap(f"! {law['caveat']}", "      ", "        "))
    lines.append("")

    if explained["allowed_fields"]:
        lines.append(_("Ce qui peut être transmis, et rien d'autre :"))
        lines.extend(_wrap(f"+ {field_label(name, language)}") for name in explained["allowed_fields"])
        lines.append("")
    if explained["forbidden_fields"]:
        lines.append(_("Ce qui ne doit pas être transmis :"))
        lines.extend(_wrap(f"x {field_label(name, language)}") for name in explained["forbidden_fields"])
        lines.append("")
    if explained["obligations"]:
        lines.append(_("Ce qu'il faut faire :"))
        lines.extend(_wrap(f"{number}. {step}") for number, step in enumerate(explained["obligations"], 1))
        lines.append("")
    lines.append(_("Version des règles : %(version)s") % {"version": explained["rules_version"]})
    return "\n".join(lines) + "\n"
