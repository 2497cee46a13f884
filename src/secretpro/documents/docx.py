"""Document → DOCX with python-docx, from the same model as the PDF."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

from docx import Document as new_docx
from docx.shared import Pt

from secretpro.documents.model import Document
from secretpro.input_limits import strip_control_characters


def render_docx(document: Document) -> bytes:
    """A control character anywhere in the document is dropped: XML (hence python-docx) refuses it."""
    document = replace(
        document,
        title=strip_control_characters(document.title),
        blocks=tuple(replace(block, text=strip_control_characters(block.text)) for block in document.blocks),
    )
    out = new_docx()
    out.core_properties.title = document.title
    out.core_properties.author = "secretpro"
    out.core_properties.language = document.language
    normal = out.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(10.5)
    out.add_heading(document.title, level=1)
    for block in document.blocks:
        match block.kind:
            case "heading":
                out.add_heading(block.text, level=2)
            case "item":
                out.add_paragraph(block.text, style="List Bullet")
            case "quote":
                out.add_paragraph(block.text, style="Quote")
            case "note":
                paragraph = out.add_paragraph()
                run = paragraph.add_run(block.text)
                run.font.size = Pt(8.5)
            case "banner":
                paragraph = out.add_paragraph()
                run = paragraph.add_run(block.text)
                run.bold = True
                run.font.size = Pt(13)
            case _:
                out.add_paragraph(block.text)
    buffer = BytesIO()
    out.save(buffer)
    return buffer.getvalue()
