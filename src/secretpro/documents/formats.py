"""The download formats: one renderer each, reading the same document model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from secretpro.documents.docx import render_docx
from secretpro.documents.model import Document
from secretpro.documents.pdf import render_pdf


@dataclass(frozen=True)
class Format:
    extension: str
    media_type: str
    render: Callable[[Document], bytes]


FORMATS: dict[str, Format] = {
    "pdf": Format("pdf", "application/pdf", render_pdf),
    "docx": Format(
        "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", render_docx
    ),
}
