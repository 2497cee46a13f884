"""What the relay writes: the notice to the sender of a held message, the message returned to its
sender, the R3 refusal letter that replaces a reply, in the sender's language (fr/nl/en).

A notice names the categories found and the parts they were found in, never the values: it is a
mail too, and must not carry again what was held.
"""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from secretpro.i18n import N_, Language, parse_language, translator
from secretpro.web.routes.guard import CATEGORY_LABELS

from .scanning import MessageScan, PartReport

UNREADABLE_LABEL = N_("Contenu illisible pour le relais")
LOCATION_LABELS: dict[str, str] = {
    "subject": N_("l'objet du message"),
    "body": N_("le texte du message"),
    "html": N_("le texte du message (HTML)"),
    "filename": N_("le nom de la pièce jointe n° %(index)s"),
    "attachment": N_("la pièce jointe n° %(index)s"),
}

HELD_SUBJECT = N_("Message retenu : il contient des données qui ne peuvent pas quitter le CPAS")
HELD_INTRO = N_(
    "Votre message du %(date)s à un destinataire externe (%(recipients)s) n'a pas été envoyé : le relais "
    "de courrier du CPAS y a trouvé des données que le secret professionnel interdit de transmettre."
)
HELD_FOUND = N_("Ce qui a été trouvé :")
HELD_TODO = N_(
    "Que faire ? Ne renvoyez pas le même message. Rédigez-en un nouveau sans ces données (seules les "
    "informations permises par la décision peuvent être transmises), ou demandez à votre responsable "
    "d'examiner le message retenu : il peut le libérer en motivant sa décision, vous le renvoyer, ou le "
    "remplacer par une lettre de refus motivée."
)
HELD_LINK = N_("Page d'examen du message retenu (responsables) : %(url)s")
HELD_REFERENCE = N_("Référence : %(id)s")
RETURNED_SUBJECT = N_("Message non envoyé, renvoyé par votre responsable")
RETURNED_TEXT = N_(
    "Votre responsable a examiné le message retenu par le relais de courrier et vous le renvoie : il n'a "
    "pas été transmis. Vous le trouverez en pièce jointe ; corrigez-le avant tout nouvel envoi."
)
REPLACED_SUBJECT = N_("Message remplacé par une lettre de refus")
REPLACED_TEXT = N_(
    "Votre responsable a examiné le message retenu par le relais de courrier : il n'a pas été transmis. "
    "Le destinataire a reçu à sa place la lettre de refus motivée (secret professionnel)."
)
SIGNATURE = N_("— Relais de courrier secretpro de votre CPAS")
FOUND_LINE = N_("%(where)s : %(what)s")


def language_of(code: str) -> Language:
    try:
        return parse_language(code)
    except ValueError:
        return "fr"


def category_name(category: str, language: Language) -> str:
    _ = translator(language)
    if category == "UNREADABLE":
        return _(UNREADABLE_LABEL)
    return _(CATEGORY_LABELS.get(category, category))


def where(part: PartReport, language: Language) -> str:
    _ = translator(language)
    return _(LOCATION_LABELS[part.location]) % {"index": part.index}


def found_lines(scan: MessageScan, language: Language) -> list[str]:
    """One line per part that holds the message: where, and what (categories or why unreadable)."""
    _ = translator(language)
    lines: list[str] = []
    for part in scan.parts:
        if not part.holds:
            continue
        what = [category_name(c, language) for c in sorted({f.category for f in part.blocked})]
        if part.problem is not None:
            what.append(_(part.problem))
        lines.append("- " + _(FOUND_LINE) % {"where": where(part, language), "what": ", ".join(what)})
    return lines


def _domains(recipients: tuple[str, ...]) -> str:
    return ", ".join(sorted({r.rpartition("@")[2].lower() for r in recipients}))


def _base(sender: str, to: str, subject: str, language: Language) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message["Auto-Submitted"] = "auto-generated"
    return message


def _content(message: EmailMessage, text: str, language: Language) -> None:
    """The text body (``set_content`` drops every ``Content-*`` header: the language comes after)."""
    message.set_content(text)
    message["Content-Language"] = language


def held_notice(
    *,
    notice_from: str,
    mail_from: str,
    rcpt_tos: tuple[str, ...],
    held_id: str,
    received: date,
    scan: MessageScan,
    review_url: str,
) -> EmailMessage:
    language = language_of(scan.language)
    _ = translator(language)
    lines = [
        _(HELD_INTRO) % {"date": received.isoformat(), "recipients": _domains(rcpt_tos)},
        "",
        _(HELD_FOUND),
        *found_lines(scan, language),
        "",
        _(HELD_TODO),
        "",
        _(HELD_LINK) % {"url": f"{review_url.rstrip('/')}/mail/held/{held_id}"},
        _(HELD_REFERENCE) % {"id": held_id},
        "",
        _(SIGNATURE),
    ]
    message = _base(notice_from, mail_from, _(HELD_SUBJECT), language)
    _content(message, "\n".join(lines) + "\n", language)
    return message


def returned_notice(*, notice_from: str, mail_from: str, original: bytes, language_code: str) -> EmailMessage:
    language = language_of(language_code)
    _ = translator(language)
    message = _base(notice_from, mail_from, _(RETURNED_SUBJECT), language)
    _content(message, _(RETURNED_TEXT) + "\n\n" + _(SIGNATURE) + "\n", language)
    message.add_attachment(original, maintype="message", subtype="rfc822", filename="message.eml")
    return message


def replaced_notice(*, notice_from: str, mail_from: str, language_code: str) -> EmailMessage:
    language = language_of(language_code)
    _ = translator(language)
    message = _base(notice_from, mail_from, _(REPLACED_SUBJECT), language)
    _content(message, _(REPLACED_TEXT) + "\n\n" + _(SIGNATURE) + "\n", language)
    return message


def refusal_reply(
    *,
    mail_from: str,
    rcpt_tos: tuple[str, ...],
    in_reply_to: str | None,
    references: str | None,
    language_code: str,
    cpas: str,
    day: date,
) -> EmailMessage:
    """The R3 refusal letter (the OE asks, nothing can be said) as the reply, from the sender."""
    from secretpro.documents.refusal_letter import refusal_letter
    from secretpro.rules import decide

    language = language_of(language_code)
    decision = decide(
        "incoming-request", {"requester": "office_des_etrangers", "requested": ["other"], "consent": False}
    )
    document = refusal_letter(decision, language, cpas, day)
    heading = next((b.text for b in document.blocks if b.kind == "heading"), document.title)
    subject = heading.split(":", 1)[1].strip() if ":" in heading else heading
    message = _base(mail_from, ", ".join(rcpt_tos), subject, language)
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if references:
        message["References"] = references
    _content(message, document.plain_text() + "\n", language)
    return message
