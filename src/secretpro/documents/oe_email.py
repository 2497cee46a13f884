"""The e-mail to the Office des étrangers for a guarantor inquiry (R1 allowed): the four fields the
SPP IS instruction lists, and nothing else — no address, no aid, no situation, no reason. The
references typed by the worker (the OE's, the CPAS's) and the author's name frame it; the worker
copies its subject and its plain-text body into their mail program (``email_parts``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from stdnum.be import nn

from secretpro.documents.letterhead import reference_blocks
from secretpro.documents.model import NO_PARTICULARS, Block, Document, DocumentKind, Particulars, plain
from secretpro.documents.vocabulary import long_date
from secretpro.i18n import N_, Language, translator
from secretpro.reference import country_name
from secretpro.rules.facts import FactsError, FactSpec, Kind, read_value

FIELD_REQUIRED = N_("ce champ est obligatoire")
TEXT_TOO_LONG = N_("ce texte est trop long")

MAX_NAME_LENGTH = 200


@dataclass(frozen=True)
class OeEmailFields:
    beneficiary_name: str
    national_number: str
    """Validated (``stdnum.be.nn`` / ``stdnum.be.bis``), compact."""
    nationality: str
    cpas: str


def read_fields(beneficiary_name: str, national_number: str, nationality: str, cpas: str) -> OeEmailFields:
    """The four fields as typed; ``FactsError`` naming the field when one is missing or invalid."""
    name = " ".join(beneficiary_name.split())
    if not name:
        raise FactsError("beneficiary_name", FIELD_REQUIRED)
    if len(name) > MAX_NAME_LENGTH:
        raise FactsError("beneficiary_name", TEXT_TOO_LONG)
    number = read_value(FactSpec("national_number", Kind.NATIONAL_NUMBER), national_number, from_text=True)
    if number is None:
        raise FactsError("national_number", FIELD_REQUIRED)
    country = read_value(FactSpec("nationality", Kind.COUNTRY), nationality, from_text=True)
    if country is None:
        raise FactsError("nationality", FIELD_REQUIRED)
    cpas_name = " ".join(cpas.split())
    if not cpas_name:
        raise FactsError("cpas", FIELD_REQUIRED)
    if len(cpas_name) > MAX_NAME_LENGTH:
        raise FactsError("cpas", TEXT_TOO_LONG)
    return OeEmailFields(name, str(number), str(country), cpas_name)


def oe_email(
    fields: OeEmailFields, language: Language, day: date, particulars: Particulars = NO_PARTICULARS
) -> Document:
    _ = translator(language)
    author = [Block("signature", particulars.author, "account")] if particulars.author else []
    blocks = (
        Block("addressee", _(N_("Office des étrangers"))),
        Block("heading", _(N_("Objet : enquête sociale relative au garant — demande de coordonnées"))),
        *reference_blocks(particulars, language, "outside", with_author=False),
        Block("paragraph", _(N_("Madame, Monsieur,"))),
        Block(
            "paragraph",
            _(
                N_(
                    "Dans le cadre de l'enquête sociale relative au garant, nous vous prions de bien vouloir nous "
                    "communiquer les coordonnées du garant de la personne suivante :"
                )
            ),
        ),
        Block("item", f"{_(N_('Nom du bénéficiaire'))} : {fields.beneficiary_name}", "worker"),
        Block(
            "item",
            f"{_(N_('Numéro national (ou numéro BIS)'))} : {nn.format(fields.national_number)}",
            "worker",
        ),
        Block("item", f"{_(N_('Nationalité'))} : {country_name(fields.nationality, language)}", "worker"),
        Block("item", f"{_(N_('CPAS concerné'))} : {fields.cpas}", "worker"),
        Block(
            "paragraph",
            _(
                N_(
                    "Conformément aux instructions du SPP Intégration sociale, cette demande ne contient aucune "
                    "autre information."
                )
            ),
        ),
        Block("paragraph", _(N_("Nous vous remercions de votre collaboration."))),
        *author,
        Block("signature", fields.cpas, "worker"),
        Block("date", long_date(day, language)),
    )
    return Document(
        DocumentKind.OE_EMAIL,
        language,
        _(N_("E-mail à l'Office des étrangers : coordonnées du garant")),
        blocks,
        day,
        f"{_(N_('e-mail-oe-garant'))}-{day.isoformat()}",
        shows_title=False,
    )


@dataclass(frozen=True)
class EmailParts:
    """The e-mail as the worker's mail program wants it: to whom, the subject, the plain-text body."""

    to: str
    subject: str
    body: str


def email_parts(document: Document) -> EmailParts:
    """Split the e-mail document: the addressee, the subject line without its "Objet :" (each
    language's subject label ends with a colon) and every block after it as plain text — a list, the
    references and the signature each on consecutive lines, as one writes an e-mail."""
    to = next((block.text for block in document.blocks if block.kind == "addressee"), "")
    index = next(i for i, block in enumerate(document.blocks) if block.kind == "heading")
    subject = document.blocks[index].text.split(":", 1)[-1].strip()
    lines: list[str] = []
    previous: str | None = None
    for block in document.blocks[index + 1 :]:
        line_group = _LINE_GROUPS.get(block.kind)
        if lines:
            lines.append("\n" if line_group is not None and line_group == previous else "\n\n")
        lines.append(plain(block))
        previous = line_group
    body = "".join(lines)
    return EmailParts(to, subject[:1].upper() + subject[1:], body)


# Block kinds written on consecutive lines when they follow each other.
_LINE_GROUPS: dict[str, str] = {"item": "list", "reference": "head", "signature": "foot", "date": "foot"}
