"""Document → DOCX with python-docx, from the same model as the PDF."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

from docx import Document as new_docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

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
    if document.shows_title:
        out.add_heading(document.title, level=1)
    for block in document.blocks:
        match block.kind:
            # A letter's head as the PDF sets it: the sender, the addressee in the window's place,
            # the references in small type, the day on the right.
            case "sender":
                out.add_paragraph().add_run(block.text).bold = True
            case "addressee":
                paragraph = out.add_paragraph()
                paragraph.paragraph_format.left_indent = Cm(9)
                paragraph.add_run(block.text).bold = True
            case "reference":
                paragraph = out.add_paragraph()
                paragraph.paragraph_format.space_after = Pt(0)
                paragraph.add_run(block.text).font.size = Pt(9)
            case "date":
                out.add_paragraph(block.text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
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
