"""R5 documents: the 9ter checklist for doctor and patient, and the sealed-envelope cover page
"à l'attention du fonctionnaire médecin de l'Office des étrangers" ([MED]). Neither names anyone.

The checklist says which CPAS prepared it, who, and under which references. The cover page does
not: it travels to the OE with the person's own certificate, and a CPAS's name on it would tell the
OE that the person is helped by a CPAS — the very kind of thing the secret protects."""

from __future__ import annotations

from datetime import date

from secretpro.documents.legal_texts import law_caveat, law_label
from secretpro.documents.letterhead import date_block, reference_blocks, sender_block
from secretpro.documents.model import NO_PARTICULARS, Block, Document, DocumentKind, Particulars
from secretpro.i18n import N_, Language, translator
from secretpro.rules import Decision
from secretpro.rules.explanation import explain

FOR_THE_DOCTOR = (
    N_("Utiliser le certificat médical type : il est obligatoire depuis le 29 janvier 2011."),
    N_(
        "Remettre le certificat à la personne concernée, pas à l'Office des étrangers (« Prière de remettre ce certificat au / à la concerné(e) »)."
    ),
    N_("Ne répondre à aucune question d'un fonctionnaire de l'OE qui n'est pas médecin."),
    N_(
        "Seul le fonctionnaire médecin de l'OE peut poser des questions médicales complémentaires ; n'y répondre qu'avec le consentement de la personne, sous pli fermé."
    ),
)
FOR_THE_PERSON = (
    N_("Examiner le certificat avec votre avocat : ensemble, vous décidez d'introduire ou non la demande."),
    N_(
        "Si vous voulez que seul un médecin le lise : l'envoyer sous enveloppe fermée avec la page de garde « à l'attention du fonctionnaire médecin de l'Office des étrangers »."
    ),
    N_(
        "Savoir qu'en pratique un fonctionnaire ouvre l'enveloppe et scanne le certificat avant de le remettre au fonctionnaire médecin."
    ),
    N_(
        "Les fonctionnaires de l'OE sont de toute manière tenus au secret professionnel (art. 458 du Code pénal)."
    ),
    N_(
        "L'OE ne peut jamais invoquer le secret médical pour justifier une décision insuffisamment motivée : il sert le patient, jamais contre l'étranger (Conseil d'État) — utile pour un recours."
    ),
)


def checklist_9ter(
    decision: Decision,
    language: Language,
    day: date,
    cpas_name: str = "",
    particulars: Particulars = NO_PARTICULARS,
) -> Document:
    _ = translator(language)
    explained = explain(decision, language)
    blocks: list[Block] = [
        *sender_block(cpas_name),
        date_block(day, language),
        *reference_blocks(particulars, language, "internal"),
        Block(
            "paragraph",
            f"{_(law_label('loi_1980_9ter', language))} — {law_caveat('loi_1980_9ter', language)}",
        ),
        Block("heading", _(N_("Pour le médecin"))),
        *(Block("item", "☐ " + _(text)) for text in FOR_THE_DOCTOR),
        Block("heading", _(N_("Pour la personne (et son avocat)"))),
        *(Block("item", "☐ " + _(text)) for text in FOR_THE_PERSON),
        Block("heading", _(N_("Dans la situation décrite"))),
        Block("banner", explained["outcome_label"]),
        *(Block("item", text) for text in explained["obligations"]),
        Block(
            "note",
            _(
                N_(
                    "Source : Medimmigrant, « Le secret professionnel dans le cadre d'une demande d'autorisation de séjour pour raisons médicales »."
                )
            )
            + " "
            + _(N_("Version des règles : %(version)s")) % {"version": decision.rules_version},
        ),
    ]
    return Document(
        DocumentKind.CHECKLIST_9TER,
        language,
        _(N_("Certificat médical 9ter : liste de contrôle pour le médecin et la personne")),
        tuple(blocks),
        day,
        f"{_(N_('liste-9ter'))}-{day.isoformat()}",
    )


def envelope_cover(language: Language, day: date) -> Document:
    _ = translator(language)
    blocks: tuple[Block, ...] = (
        Block("banner", _(N_("CONFIDENTIEL — SECRET MÉDICAL"))),
        Block("heading", _(N_("À l'attention du fonctionnaire médecin de l'Office des étrangers"))),
        Block(
            "paragraph",
            _(
                N_(
                    "Certificat médical type — demande d'autorisation de séjour pour raisons médicales (art. 9ter de la loi du 15/12/1980)."
                )
            ),
        ),
        Block(
            "paragraph",
            _(
                N_(
                    "Ce pli contient des données médicales couvertes par le secret médical. Il est destiné au seul fonctionnaire médecin."
                )
            ),
        ),
        Block(
            "paragraph",
            _(
                N_(
                    "Les fonctionnaires de l'Office des étrangers sont tenus au secret professionnel (art. 458 du Code pénal)."
                )
            ),
        ),
    )
    # The cover page goes out to the OE in the person's envelope: the French wording is the one the
    # note gives; a Dutch or English cover keeps the French line so the OE's mail room recognises it.
    if language != "fr":
        blocks = (*blocks, Block("note", "À l'attention du fonctionnaire médecin de l'Office des étrangers"))
    return Document(
        DocumentKind.ENVELOPE_COVER,
        language,
        _(N_("Page de garde — enveloppe fermée")),
        blocks,
        day,
        f"{_(N_('page-de-garde-9ter'))}-{day.isoformat()}",
    )
