"""The one document model every renderer reads (HTML, PDF, DOCX, plain text for the guard).

A document is a title and a sequence of blocks. Each block knows where its words come from:
``template`` (the product's own wording, reviewed with the notes) or ``worker`` (what the worker
typed). The guard reads the plain text and its findings are placed back on the blocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal

from secretpro.i18n import Language

Origin = Literal["template", "worker"]
BlockKind = Literal["heading", "paragraph", "item", "quote", "note", "signature", "banner"]


class DocumentKind(StrEnum):
    REFUSAL_LETTER = "refusal-letter"
    OE_EMAIL = "oe-email"
    FILE_NOTE = "file-note"
    CHECKLIST_9TER = "checklist-9ter"
    ENVELOPE_COVER = "envelope-cover"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    origin: Origin = "template"


@dataclass(frozen=True)
class Document:
    kind: DocumentKind
    language: Language
    title: str
    blocks: tuple[Block, ...]
    day: date
    filename_stem: str
    """Names the file without naming anyone: the kind of document and the date."""

    def plain_text(self) -> str:
        return "\n\n".join(text for _, _, text in self._pieces())

    def block_spans(self) -> list[tuple[int, int, Block]]:
        """Where each block stands in ``plain_text``; the title counts as the product's wording."""
        title = Block("heading", self.title)
        return [(start, start + len(text), block or title) for start, block, text in self._pieces()]

    def _pieces(self) -> list[tuple[int, Block | None, str]]:
        pieces: list[tuple[int, Block | None, str]] = []
        offset = 0
        for block, text in [(None, self.title), *((block, _plain(block)) for block in self.blocks)]:
            pieces.append((offset, block, text))
            offset += len(text) + 2
        return pieces

    def groups(self) -> list[tuple[str, list[Block]]]:
        """Consecutive items gathered in one list, for renderers that nest them."""
        grouped: list[tuple[str, list[Block]]] = []
        for block in self.blocks:
            if block.kind == "item" and grouped and grouped[-1][0] == "list":
                grouped[-1][1].append(block)
            else:
                grouped.append(("list" if block.kind == "item" else "block", [block]))
        return grouped


def _plain(block: Block) -> str:
    return f"- {block.text}" if block.kind == "item" else block.text
