"""The e-mail to the Office des étrangers for a guarantor inquiry (R1 allowed): the four fields the
SPP IS instruction lists, and nothing else — no address, no aid, no situation, no reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from stdnum.be import nn

from secretpro.documents.model import Block, Document, DocumentKind
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


def oe_email(fields: OeEmailFields, language: Language, day: date) -> Document:
    _ = translator(language)
    blocks = (
        Block("heading", _(N_("Objet : enquête sociale relative au garant — demande de coordonnées"))),
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
        Block("signature", fields.cpas, "worker"),
        Block("note", long_date(day, language)),
    )
    return Document(
        DocumentKind.OE_EMAIL,
        language,
        _(N_("E-mail à l'Office des étrangers : coordonnées du garant")),
        blocks,
        day,
        f"{_(N_('e-mail-oe-garant'))}-{day.isoformat()}",
    )
