"""What the relay reads in a message, and the guard's verdict on each part.

A message is cut into parts the guard can read: the subject (RFC 2047 decoded), every text and HTML
body (HTML reduced to its visible text plus ``alt``/``title``), every attachment's file name and
content (PDF with pypdf, DOCX with python-docx, ``text/*`` decoded), forwarded messages included
(``message/rfc822`` parts are walked into). A part the relay cannot read (an image, an archive, an
encrypted or text-less PDF, an unknown format, a DOCX with embedded files) is a problem: the message
is held, never passed.

Profile: the R1 guarantor-inquiry e-mail (``documents/oe_email.py``) is recognised by its subject
line in French, Dutch or English ("enquête sociale relative au garant — demande de coordonnées",
accents and case ignored), by that same line opening the body (the document's first line when it is
pasted whole), or by the header ``X-Secretpro-Profile: guarantor_inquiry``. Its subject and bodies
are then judged under ``guarantor_inquiry`` (name, valid national number, nationality, CPAS
allowed); its attachments, which the R1 e-mail never has, stay under ``strict`` like every other
message.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from email import policy
from email.errors import (
    CloseBoundaryNotFoundDefect,
    MessageDefect,
    MissingHeaderBodySeparatorDefect,
    MultipartInvariantViolationDefect,
    NoBoundaryInMultipartDefect,
    StartBoundaryNotFoundDefect,
)
from email.message import EmailMessage, Message
from email.parser import BytesParser
from functools import cache
from html.parser import HTMLParser
from typing import Any

from secretpro.guard import scan
from secretpro.guard.language import detect_language
from secretpro.guard.model import Doc
from secretpro.guard.normalize import fold, normalise
from secretpro.i18n import LANGUAGES, N_, translator
from secretpro.mail_relay.config import DEFAULT_MAX_SCAN_CHARS

GUARANTOR_INQUIRY = "guarantor_inquiry"
STRICT = "strict"
PROFILE_HEADER = "X-Secretpro-Profile"
R1_SUBJECT = "Objet : enquête sociale relative au garant — demande de coordonnées"

# Why a part could not be read (French msgids; the notice and the review page translate them).
UNREADABLE_FORMAT = N_("format que le relais ne sait pas lire")
UNREADABLE_PDF = N_("PDF illisible (chiffré, endommagé ou sans texte : une image scannée ne se lit pas)")
UNREADABLE_DOCX = N_("document Word illisible ou contenant des fichiers incorporés")
UNREADABLE_ENCRYPTED = N_("partie chiffrée")
SCAN_FAILED = N_("l'analyse a échoué")
UNREADABLE_IMAGES = N_("contient des images, que le relais ne sait pas lire")
TOO_LONG = N_("trop de texte pour que le relais le lise en entier")

# MIME structures the parser had to guess at: the parts it found may not be the parts a mail client
# shows, so the message is refused as malformed (5xx) rather than judged on a guess.
STRUCTURE_DEFECTS: tuple[type[MessageDefect], ...] = (
    StartBoundaryNotFoundDefect,
    CloseBoundaryNotFoundDefect,
    MultipartInvariantViolationDefect,
    NoBoundaryInMultipartDefect,
    MissingHeaderBodySeparatorDefect,
)
# Signatures carry the signer's certificate, not the message's content.
SIGNATURE_TYPES = frozenset(
    {"application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature"}
)
ENCRYPTED_TYPES = frozenset(
    {"application/pkcs7-mime", "application/x-pkcs7-mime", "application/pgp-encrypted", "multipart/encrypted"}
)
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class MalformedMessage(ValueError):
    """The message cannot be cut into parts reliably (answered with a 5xx, never relayed)."""


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    category: str
    allowed: bool


@dataclass(frozen=True)
class PartReport:
    """One part as the guard judged it. ``location``: ``subject``, ``body``, ``html``,
    ``filename`` or ``attachment``; ``index``: the attachment's number (1-based), 0 otherwise."""

    location: str
    index: int
    name: str
    profile: str
    text: str
    findings: tuple[Found, ...] = ()
    problem: str | None = None

    @property
    def blocked(self) -> tuple[Found, ...]:
        return tuple(f for f in self.findings if not f.allowed)

    @property
    def holds(self) -> bool:
        return self.problem is not None or bool(self.blocked)

    def to_json(self) -> dict[str, Any]:
        return {
            "location": self.location,
            "index": self.index,
            "name": self.name,
            "profile": self.profile,
            "text": self.text,
            "findings": [[f.start, f.end, f.category, f.allowed] for f in self.findings],
            "problem": self.problem,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PartReport:
        return cls(
            data["location"],
            int(data["index"]),
            data["name"],
            data["profile"],
            data["text"],
            tuple(Found(int(s), int(e), str(c), bool(a)) for s, e, c, a in data["findings"]),
            data["problem"],
        )


@dataclass(frozen=True)
class MessageScan:
    profile: str
    language: str
    parts: tuple[PartReport, ...] = field(default=())

    @property
    def held(self) -> bool:
        return any(part.holds for part in self.parts)

    @property
    def categories(self) -> tuple[str, ...]:
        found = {f.category for part in self.parts for f in part.blocked}
        if any(part.problem for part in self.parts):
            found.add("UNREADABLE")
        return tuple(sorted(found))

    def to_json(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "language": self.language,
            "parts": [p.to_json() for p in self.parts],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MessageScan:
        return cls(data["profile"], data["language"], tuple(PartReport.from_json(p) for p in data["parts"]))


# --- reading ---------------------------------------------------------------------------------


def parse_message(data: bytes) -> EmailMessage:
    """The message as the standard library reads it; ``MalformedMessage`` when its MIME structure
    had to be guessed or it has no header at all."""
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    if not message.keys():
        raise MalformedMessage("no header")
    for part in message.walk():
        if any(isinstance(defect, STRUCTURE_DEFECTS) for defect in part.defects):
            raise MalformedMessage("MIME structure")
    return message


class _HtmlText(HTMLParser):
    """The text a reader sees in an HTML body, plus the ``alt`` and ``title`` texts."""

    BREAKS = frozenset(
        {"br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote"}
    )
    HIDDEN = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self._hidden += 1
        if tag in self.BREAKS:
            self.pieces.append("\n")
        for name, value in attrs:
            if name in ("alt", "title") and value:
                self.pieces.append(f" {value} ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN and self._hidden:
            self._hidden -= 1
        if tag in self.BREAKS:
            self.pieces.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.pieces.append(data)


def html_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.pieces).splitlines())
    return "\n".join(line for line in lines if line)


def _decoded_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    raw = payload if isinstance(payload, bytes) else b""
    charset = part.get_content_charset() or "utf-8"
    try:
        return raw.decode(charset, errors="replace")
    except LookupError:
        return raw.decode("utf-8", errors="replace")


def pdf_text(data: bytes) -> str | None:
    """The text of every page; ``None`` when the PDF is encrypted, broken, carries embedded files
    or has pages without any text (a scan)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return None
        if reader.attachments:
            return None
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception:  # pypdf raises many kinds of errors on damaged files: all mean "unreadable"
        return None
    if not pages or any(not page.strip() for page in pages):
        return None
    return "\n".join(pages)


def docx_text(data: bytes) -> str | None:
    """Paragraphs, tables, headers and footers; ``None`` when broken or carrying embedded files."""
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if any(name.startswith("word/embeddings/") for name in archive.namelist()):
                return None
        document = docx.Document(io.BytesIO(data))
        pieces: list[str] = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                pieces.append("\t".join(cell.text for cell in row.cells))
        for section in document.sections:
            for part in (section.header, section.footer):
                pieces.extend(p.text for p in part.paragraphs)
    except Exception:  # python-docx raises many kinds of errors on damaged files
        return None
    return "\n".join(piece for piece in pieces if piece.strip())


def pdf_has_images(data: bytes) -> bool:
    """Whether any page draws an image (damaged files are judged by ``pdf_text``)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return False
        return any(len(page.images) > 0 for page in reader.pages)
    except Exception:  # damaged: pdf_text reports it as unreadable
        return False


def docx_has_images(data: bytes) -> bool:
    """Whether the document carries pictures (``word/media/``)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(name.startswith("word/media/") for name in archive.namelist())
    except zipfile.BadZipFile:
        return False


def _extension(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def attachment_text(part: Message, name: str) -> tuple[str | None, str | None]:
    """(text, problem) of an attachment."""
    content_type = part.get_content_type()
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    extension = _extension(name)
    if content_type in PDF_TYPES or extension == "pdf":
        # An image (a scan, a photographed letter) may carry what the text does not: held.
        if pdf_has_images(data):
            return None, UNREADABLE_IMAGES
        text = pdf_text(data)
        return (text, None) if text is not None else (None, UNREADABLE_PDF)
    if content_type == DOCX_TYPE or extension == "docx":
        if docx_has_images(data):
            return None, UNREADABLE_IMAGES
        text = docx_text(data)
        return (text, None) if text is not None else (None, UNREADABLE_DOCX)
    if content_type == "text/html" or extension in ("html", "htm"):
        return html_text(_decoded_text(part)), None
    if part.get_content_maintype() == "text":
        return _decoded_text(part), None
    return None, UNREADABLE_FORMAT


# --- the profile -----------------------------------------------------------------------------


def _folded(text: str) -> str:
    return " ".join(fold(unicodedata.normalize("NFC", text)).split())


@cache
def _r1_markers() -> tuple[str, ...]:
    """The R1 e-mail's subject in every language, without its "Objet :"/"Betreft:" label."""
    markers: set[str] = set()
    for language in LANGUAGES:
        line = translator(language)(R1_SUBJECT)
        markers.add(_folded(line.split(":", 1)[1] if ":" in line else line))
    return tuple(sorted(markers))


def choose_profile(message: EmailMessage, first_body: str) -> str:
    marker = str(message.get(PROFILE_HEADER, "")).strip().lower()
    if marker == GUARANTOR_INQUIRY:
        return GUARANTOR_INQUIRY
    subject = _folded(str(message.get("Subject", "")))
    opening = _folded(next((line for line in first_body.splitlines() if line.strip()), ""))
    for candidate in _r1_markers():
        if candidate in subject or candidate in opening:
            return GUARANTOR_INQUIRY
    return STRICT


# --- the scan --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Piece:
    location: str
    index: int
    name: str
    text: str | None
    problem: str | None = None


def _pieces(message: EmailMessage) -> Iterator[_Piece]:
    subject = str(message.get("Subject", ""))
    if subject.strip():
        yield _Piece("subject", 0, "", subject)
    attachments = 0
    for part in message.walk():
        content_type = part.get_content_type()
        if content_type in ENCRYPTED_TYPES:
            attachments += 1
            yield _Piece("attachment", attachments, part.get_filename() or "", None, UNREADABLE_ENCRYPTED)
            continue
        if part.is_multipart() or content_type in SIGNATURE_TYPES:
            continue
        if (
            isinstance(part, EmailMessage)
            and part.get_content_disposition() != "attachment"
            and (content_type in ("text/plain", "text/html"))
        ):
            if content_type == "text/html":
                yield _Piece("html", 0, "", html_text(_decoded_text(part)))
            else:
                yield _Piece("body", 0, "", _decoded_text(part))
            continue
        attachments += 1
        name = part.get_filename() or ""
        if name.strip():
            yield _Piece("filename", attachments, name, name)
        text, problem = attachment_text(part, name)
        yield _Piece("attachment", attachments, name, text, problem)


def _within_budget(pieces: list[_Piece], max_chars: int) -> Iterator[_Piece]:
    """The pieces in order, each read while the message's text stays within ``max_chars``; a piece
    that would go beyond is not read and becomes a problem, so the message is held, never passed
    half-read. Later, shorter pieces are still read, for the reviewer's sake."""
    remaining = max_chars
    for piece in pieces:
        if piece.text is not None and len(piece.text) > remaining:
            yield replace(piece, text=None, problem=TOO_LONG)
            continue
        remaining -= len(piece.text or "")
        yield piece


def _judge(piece: _Piece, profile: str) -> PartReport:
    if piece.text is None:
        return PartReport(piece.location, piece.index, piece.name, profile, "", (), piece.problem)
    try:
        report = scan(piece.text, profile)
    except Exception:  # a guard crash on one part holds the message; nothing is forwarded unread
        return PartReport(piece.location, piece.index, piece.name, profile, piece.text, (), SCAN_FAILED)
    found = tuple(Found(f.start, f.end, f.category, f.allowed) for f in report.findings)
    return PartReport(piece.location, piece.index, piece.name, profile, piece.text, found)


def message_language(message: EmailMessage, text: str) -> str:
    """``Content-Language`` when it is fr/nl/en, else the language of the text, else French."""
    declared = str(message.get("Content-Language", "")).strip().lower()[:2]
    if declared in LANGUAGES:
        return declared
    if text.strip():
        detected = detect_language(Doc(normalise(text[:20_000]).text).folded)
        if detected in LANGUAGES:
            return detected
    return "fr"


def scan_message(message: EmailMessage, max_chars: int = DEFAULT_MAX_SCAN_CHARS) -> MessageScan:
    """Every part of ``message`` judged by the guard under the profile that fits, within
    ``max_chars`` characters of text in all (``_within_budget``)."""
    pieces = list(_pieces(message))
    first_body = next((p.text for p in pieces if p.location in ("body", "html") and p.text), "")
    profile = choose_profile(message, first_body or "")
    parts = tuple(
        _judge(piece, profile if piece.location in ("subject", "body", "html") else STRICT)
        for piece in _within_budget(pieces, max_chars)
    )
    language = message_language(message, first_body or str(message.get("Subject", "")))
    return MessageScan(profile, language, parts)
