"""The one document model every renderer reads (HTML, PDF, DOCX, plain text for the guard).

A document is a title and a sequence of blocks. Each block knows where its words come from:
``template`` (the product's own wording, reviewed with the notes), ``worker`` (what the worker
typed) or ``account`` (the sender: the logged-in account's CPAS and user name, never typed again and
never about the person). The guard reads the plain text and its findings are placed back on the
blocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from secretpro.i18n import Language
from secretpro.rules.declaration import DocumentKind as DocumentKind  # the rules declare what they offer

Origin = Literal["template", "worker", "account"]
BlockKind = Literal[
    "heading",
    "paragraph",
    "item",
    "quote",
    "note",
    "signature",
    "banner",
    # A letter's head: who sends it, to whom, under which references and on which day.
    "sender",
    "addressee",
    "reference",
    "date",
]
HEAD_KINDS: frozenset[str] = frozenset({"sender", "addressee", "reference", "date"})


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    origin: Origin = "template"


@dataclass(frozen=True)
class Particulars:
    """What a document says besides its wording: its author (the logged-in user, from the account)
    and the two references the worker may type — the CPAS's own file reference and the requester's
    (the OE's reference, say). The CPAS name travels apart, as it always has."""

    author: str = ""
    case_reference: str = ""
    requester_reference: str = ""


NO_PARTICULARS = Particulars()


@dataclass(frozen=True)
class Document:
    kind: DocumentKind
    language: Language
    title: str
    blocks: tuple[Block, ...]
    day: date
    filename_stem: str
    """Names the file without naming anyone: the kind of document and the date."""
    shows_title: bool = True
    """A letter or an e-mail goes out without the product's name for it: its subject says it."""

    def plain_text(self) -> str:
        return "\n\n".join(text for _, _, text in self._pieces())

    def block_spans(self) -> list[tuple[int, int, Block]]:
        """Where each block stands in ``plain_text``; the title counts as the product's wording."""
        title = Block("heading", self.title)
        return [(start, start + len(text), block or title) for start, block, text in self._pieces()]

    def _pieces(self) -> list[tuple[int, Block | None, str]]:
        pieces: list[tuple[int, Block | None, str]] = []
        offset = 0
        title = [(None, self.title)] if self.shows_title else []
        for block, text in [*title, *((block, plain(block)) for block in self.blocks)]:
            pieces.append((offset, block, text))
            offset += len(text) + 2
        return pieces

    def groups(self) -> list[tuple[str, list[Block]]]:
        """Consecutive items gathered in one list, and a letter's head (sender, addressee,
        references, date) in one group, for renderers that nest them."""
        grouped: list[tuple[str, list[Block]]] = []
        for block in self.blocks:
            group = "list" if block.kind == "item" else "head" if block.kind in HEAD_KINDS else "block"
            if group != "block" and grouped and grouped[-1][0] == group:
                grouped[-1][1].append(block)
            else:
                grouped.append((group, [block]))
        return grouped


def plain(block: Block) -> str:
    """A block as plain text (an item is a dash line)."""
    return f"- {block.text}" if block.kind == "item" else block.text
