"""An image inside an attachment cannot be read by the relay: the message is held, never passed."""

from __future__ import annotations

import base64
import io
from email.message import EmailMessage

from mail_messages import CLEAN_FR, docx_bytes, pdf_bytes

from secretpro.mail_relay.scanning import UNREADABLE_IMAGES, attachment_text

# A 1×1 transparent PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


def _part(data: bytes, maintype: str, subtype: str, filename: str) -> EmailMessage:
    msg = EmailMessage()
    msg.set_content(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg


def test_a_pdf_with_an_image_is_held() -> None:
    from weasyprint import HTML

    src = "data:image/png;base64," + base64.b64encode(PNG).decode()
    pdf = bytes(HTML(string=f"<p>{CLEAN_FR}</p><img src='{src}' width='40'>").write_pdf())
    text, problem = attachment_text(_part(pdf, "application", "pdf", "lettre.pdf"), "lettre.pdf")
    assert text is None and problem == UNREADABLE_IMAGES


def test_a_docx_with_a_picture_is_held() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(CLEAN_FR)
    document.add_picture(io.BytesIO(PNG))
    buffer = io.BytesIO()
    document.save(buffer)
    name = "rapport.docx"
    subtype = "vnd.openxmlformats-officedocument.wordprocessingml.document"
    text, problem = attachment_text(_part(buffer.getvalue(), "application", subtype, name), name)
    assert text is None and problem == UNREADABLE_IMAGES


def test_text_only_attachments_are_read() -> None:
    pdf_text, pdf_problem = attachment_text(
        _part(pdf_bytes(CLEAN_FR), "application", "pdf", "a.pdf"), "a.pdf"
    )
    assert pdf_problem is None and pdf_text
    subtype = "vnd.openxmlformats-officedocument.wordprocessingml.document"
    docx_text, docx_problem = attachment_text(
        _part(docx_bytes(CLEAN_FR), "application", subtype, "a.docx"), "a.docx"
    )
    assert docx_problem is None and docx_text
