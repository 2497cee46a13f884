"""Test messages: invented people, a valid invented national number, French and Dutch texts, PDF
and DOCX attachments built here (WeasyPrint, python-docx)."""

from __future__ import annotations

import io
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY

from relay_testkit import OE, SENDER

CLEAN_FR = (
    "Madame, Monsieur,\n\nLe CPAS de Testville accuse bonne réception de votre courrier du 3 mars. "
    "Nous y donnerons suite dans les meilleurs délais.\n\nCordialement,\nLe service social\n"
)
CLEAN_NL = (
    "Geachte,\n\nHet OCMW van Testville bevestigt de ontvangst van uw brief. Wij antwoorden zo spoedig "
    "mogelijk.\n\nMet vriendelijke groeten,\nDe sociale dienst\n"
)
FORBIDDEN_NL = (
    "Geachte,\n\nMevrouw woont in de Kerkstraat 5, 9000 Gent en is zwanger. Ze verblijft illegaal in "
    "België.\n\nMet vriendelijke groeten\n"
)
FORBIDDEN_FR = "Madame, Monsieur,\n\nLa personne est diabétique et dialysée.\n\nCordialement\n"
R1_FR = (
    "Madame, Monsieur,\n\nDans le cadre de l'enquête sociale relative au garant, nous vous prions de "
    "bien vouloir nous communiquer les coordonnées du garant de la personne suivante :\n\n"
    "- Nom du bénéficiaire : Amina Benali\n- Numéro national (ou numéro BIS) : 85.07.30-033.28\n"
    "- Nationalité : Maroc\n- CPAS concerné : CPAS de Testville\n"
)
R1_SUBJECT_FR = "Enquête sociale relative au garant — demande de coordonnées"


def message(
    body: str,
    *,
    subject: str = "Votre courrier du 3 mars",
    html: str | None = None,
    to: str = OE,
    language: str | None = None,
) -> EmailMessage:
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = f"Service social <{SENDER}>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = "<test-1@cpas-testville.be>"
    msg["In-Reply-To"] = "<demande-42@ibz.fgov.be>"
    if language:
        msg["Content-Language"] = language
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg


def pdf_bytes(text: str) -> bytes:
    from weasyprint import HTML

    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    return bytes(HTML(string=f"<html><body>{paragraphs}</body></html>").write_pdf())


def docx_bytes(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def with_attachment(
    msg: EmailMessage, data: bytes, maintype: str, subtype: str, filename: str
) -> EmailMessage:
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg


def big_pdf(size: int) -> bytes:
    """A clean PDF of about ``size`` bytes (many pages of harmless text, uncompressed padding)."""
    from pypdf import PdfReader, PdfWriter

    page = pdf_bytes(CLEAN_FR * 3)
    writer = PdfWriter()
    reader = PdfReader(io.BytesIO(page))
    while True:
        for p in reader.pages:
            writer.add_page(p)
        buffer = io.BytesIO()
        writer.write(buffer)
        if len(buffer.getvalue()) >= size:
            return buffer.getvalue()
        writer.add_metadata({"/Padding": "x" * min(size - len(buffer.getvalue()), 200_000)})
