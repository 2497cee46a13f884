"""The file note for the register (every outcome): the decision, its reasons with their sources, the
facts as answered, the rules version and the date, who wrote it and under which references. It stays
in the CPAS and names no one."""

from __future__ import annotations

from datetime import date

from secretpro.documents.letterhead import reference_blocks, sender_block
from secretpro.documents.model import NO_PARTICULARS, Block, Document, DocumentKind, Particulars
from secretpro.documents.vocabulary import fact_label, fact_value, field_label_for, long_date
from secretpro.i18n import N_, Language, translator
from secretpro.rules import RULES, Decision
from secretpro.rules.explanation import explain

# Identifiers never go into a note that may be printed or filed; the register keeps them encrypted.
NOT_IN_NOTE = frozenset({"national_number", "reference_date"})


def file_note(
    decision: Decision,
    language: Language,
    cpas_name: str,
    day: date,
    particulars: Particulars = NO_PARTICULARS,
) -> Document:
    _ = translator(language)
    explained = explain(decision, language)
    rule = RULES[decision.rule]
    blocks: list[Block] = [
        *sender_block(cpas_name),
        Block("date", _(N_("Note rédigée le %(day)s")) % {"day": long_date(day, language)}),
        *reference_blocks(particulars, language, "internal"),
    ]
    blocks += [
        Block("heading", _(N_("Question"))),
        Block("paragraph", f"{rule.code} — {_(rule.title)}"),
        Block(
            "paragraph",
            _(N_("Date de référence : %(day)s")) % {"day": long_date(decision.reference_date, language)},
        ),
        Block("heading", _(N_("Décision"))),
        Block("banner", explained["outcome_label"]),
    ]
    headline = explained["headline"]
    if headline is not None:
        # The step that settled the outcome comes first, not the last caveat (rules.md principle 6).
        blocks.append(Block("paragraph", headline.get("translation") or headline["text"]))
    facts = [
        (name, value)
        for name, value in decision.facts.items()
        if value is not None and name not in NOT_IN_NOTE
    ]
    if facts:
        blocks.append(Block("heading", _(N_("Faits retenus"))))
        blocks += [
            Block("item", f"{fact_label(name, language)} : {fact_value(name, value, language)}")
            for name, value in facts
        ]
    blocks.append(Block("heading", _(N_("Motifs"))))
    # A law's caveat is written where the law is first cited, then only its name (as on the
    # decision page): the same paragraph under every reason buries the reasons.
    cautioned: set[str] = set()
    for reason in explained["reasons"]:
        blocks.append(Block("item", f"[{reason['step']}] {reason.get('translation') or reason['text']}"))
        if reason["quote"]:
            quote = reason["quote"]
            blocks.append(Block("quote", f"« {quote['fr']} » [{quote['source']}]"))
        for cited in reason["laws"]:
            first = cited["id"] not in cautioned
            cautioned.add(cited["id"])
            caveat = f" — {_(cited['caveat'])}" if cited["caveat"] and first else ""
            blocks.append(Block("note", f"§ {_(cited['label'])}{caveat}"))
    if explained["missing"]:
        blocks.append(Block("heading", _(N_("Questions encore ouvertes"))))
        blocks += [Block("item", item["question"]) for item in explained["missing"]]
    if explained["allowed_fields"]:
        blocks.append(Block("heading", _(N_("Ce qui peut être transmis, et rien d'autre"))))
        blocks += [Block("item", field_label_for(name, language)) for name in explained["allowed_fields"]]
    if explained["forbidden_fields"]:
        blocks.append(Block("heading", _(N_("Ce qui ne doit pas être transmis"))))
        blocks += [Block("item", field_label_for(name, language)) for name in explained["forbidden_fields"]]
    if explained["obligations"]:
        blocks.append(Block("heading", _(N_("Suites à donner"))))
        blocks += [Block("item", text) for text in explained["obligations"]]
    blocks.append(
        Block("note", _(N_("Version des règles : %(version)s")) % {"version": decision.rules_version})
    )
    return Document(
        DocumentKind.FILE_NOTE,
        language,
        _(N_("Note au dossier : décision sur le secret professionnel")),
        tuple(blocks),
        day,
        f"{_(N_('note-au-dossier'))}-{day.isoformat()}",
    )
