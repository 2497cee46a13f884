"""Document → PDF with WeasyPrint (no network: the HTML carries its own styles, fonts are local)."""

from __future__ import annotations

from typing import cast

from weasyprint import HTML

from secretpro.documents.html import render_html
from secretpro.documents.model import Document


def render_pdf(document: Document) -> bytes:
    return cast(bytes, HTML(string=render_html(document)).write_pdf())
