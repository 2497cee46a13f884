"""The head the documents share: who sends it (the account's CPAS and user, never typed again), the
references typed by the worker, and the day.

A letter or an e-mail speaks to the other party ("Votre référence", "Notre référence", "Dossier
suivi par"); a note stays in the CPAS and names them plainly ("Référence du dossier", "Rédigé par").
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from secretpro.documents.model import Block, Particulars
from secretpro.documents.vocabulary import long_date
from secretpro.i18n import N_, Language, translator

Audience = Literal["outside", "internal"]

LABELS: dict[Audience, tuple[str, str, str]] = {
    # requester's reference, the CPAS's own reference, the author
    "outside": (
        N_("Votre référence : %(reference)s"),
        N_("Notre référence : %(reference)s"),
        N_("Dossier suivi par : %(author)s"),
    ),
    "internal": (
        N_("Référence du demandeur : %(reference)s"),
        N_("Référence du dossier : %(reference)s"),
        N_("Rédigé par : %(author)s"),
    ),
}
MAX_REFERENCE = 100


def clean_reference(value: str) -> str:
    """One line, spaces collapsed, at most ``MAX_REFERENCE`` characters."""
    return " ".join(value.split())[:MAX_REFERENCE]


def reference_blocks(
    particulars: Particulars, language: Language, audience: Audience, *, with_author: bool = True
) -> list[Block]:
    """The references that were given and the author, one line each (none when nothing is known).
    The references were typed: the guard holds them to the document's profile like any typed text;
    the author comes from the account (an e-mail names its author in its signature instead)."""
    _ = translator(language)
    theirs, ours, author = LABELS[audience]
    blocks: list[Block] = []
    if particulars.requester_reference:
        blocks.append(
            Block("reference", _(theirs) % {"reference": particulars.requester_reference}, "worker")
        )
    if particulars.case_reference:
        blocks.append(Block("reference", _(ours) % {"reference": particulars.case_reference}, "worker"))
    if particulars.author and with_author:
        blocks.append(Block("reference", _(author) % {"author": particulars.author}, "account"))
    return blocks


def sender_block(cpas_name: str) -> list[Block]:
    """The CPAS that sends the document, from the account (nothing when it is not known)."""
    return [Block("sender", cpas_name, "account")] if cpas_name else []


def date_block(day: date, language: Language) -> Block:
    return Block("date", long_date(day, language))
