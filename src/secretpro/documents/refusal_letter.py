"""The reasoned refusal letter (R2 or R3 forbidden): art. 458 with its caveat, the five cumulative
conditions of shared secrecy (and which one fails), and, to the OE, that no flow covers medical aid.

It names no one and repeats none of the facts of the case: a refusal must not confirm what it
refuses to say (that the person received urgent medical aid, for instance). It is addressed to the
party that asked, carries the references and the author, and nothing meant for the worker only (no
caveat, no source note): it is ready to sign and send, on one page where the wording allows.
"""

from __future__ import annotations

from datetime import date

from secretpro.documents.legal_texts import law_label, law_text
from secretpro.documents.letterhead import date_block, reference_blocks, sender_block
from secretpro.documents.model import NO_PARTICULARS, Block, Document, DocumentKind, Particulars
from secretpro.documents.vocabulary import long_date
from secretpro.i18n import N_, Language, translator
from secretpro.rules import Decision, shared_secrecy

# The letter's wording of R2's five conditions (the rule's ``CONDITIONS``, in its order).
CONDITION_WORDS = {
    "recipient_bound_by_secrecy": N_("avec une personne tenue au secret professionnel ;"),
    "same_missions": N_("poursuivant les mêmes missions ;"),
    "in_person_interest": N_("dans l'intérêt de l'usager ;"),
    "consent": N_("avec son consentement ;"),
    "only_necessary": N_("uniquement les éléments nécessaires à la mission commune."),
}
CONDITIONS = tuple(
    (condition.fact, CONDITION_WORDS[condition.fact]) for condition in shared_secrecy.CONDITIONS
)
OE = "office_des_etrangers"
# The addressee block: the party that asked (R3) or that would receive (R2), as a letter names it.
ADDRESSEES: dict[str, str] = {
    "office_des_etrangers": N_("Office des étrangers"),
    "police": N_("Service de police"),
    "prosecutor_or_judge": N_("Autorité judiciaire (parquet ou juge)"),
    "spp_is": N_("SPP Intégration sociale"),
    "other_cpas": N_("CPAS demandeur"),
    "hospital_or_doctor": N_("Hôpital ou médecin demandeur"),
    "guarantor": N_("Au garant"),
    "person_concerned": N_("À la personne concernée"),
    "other": N_("Au demandeur"),
}


def failed_conditions(decision: Decision) -> list[str]:
    """The conditions known to fail, with those the recipient fails by nature (as R2 reads them)."""
    facts = decision.facts
    party = facts.get("recipient") or facts.get("requester")
    return list(shared_secrecy.failed_conditions(str(party) if party else None, facts))


def addressee(decision: Decision) -> str:
    """The msgid naming the letter's addressee: the requester (R3) or recipient (R2)."""
    party = decision.facts.get("recipient") or decision.facts.get("requester") or "other"
    return ADDRESSEES.get(str(party), ADDRESSEES["other"])


def refusal_letter(
    decision: Decision,
    language: Language,
    cpas_name: str,
    day: date,
    particulars: Particulars = NO_PARTICULARS,
) -> Document:
    _ = translator(language)
    facts = decision.facts
    to_oe = (facts.get("recipient") or facts.get("requester")) == OE
    blocks: list[Block] = [
        *sender_block(cpas_name),
        Block("addressee", _(addressee(decision))),
        *reference_blocks(particulars, language, "outside"),
        date_block(day, language),
    ]
    blocks += [
        Block("heading", _(N_("Objet : votre demande d'informations — secret professionnel"))),
        Block("paragraph", _(N_("Madame, Monsieur,"))),
        Block(
            "paragraph",
            _(
                N_(
                    "Nous avons bien reçu votre demande d'informations du %(day)s concernant une personne qui "
                    "s'est adressée à notre centre. Nous ne pouvons pas y donner suite."
                )
            )
            # The day the request was received: the decision's reference date.
            % {"day": long_date(decision.reference_date, language)},
        ),
        Block(
            "paragraph",
            _(
                N_(
                    "Les travailleurs sociaux, l'ensemble des membres du personnel et les responsables du CPAS "
                    "sont tenus au secret professionnel (%(law)s) :"
                )
            )
            % {"law": law_label("cp_458", language)},
        ),
        # The caveat on the new Penal Code's numbering is for the worker's explanation, not for a letter.
        Block("quote", law_text("cp_458", language)),
        Block(
            "paragraph",
            _(
                N_(
                    "Le secret professionnel partagé ne permet un échange d'informations que si cinq conditions "
                    "cumulatives sont réunies : le partage se fait"
                )
            ),
        ),
    ]
    blocks += [Block("item", _(text)) for _fact, text in CONDITIONS]
    blocks.append(
        Block(
            "paragraph",
            _(
                N_(
                    "Si l'une d'entre elles manque, c'est la loi, c'est-à-dire le secret strict, qui s'applique."
                )
            ),
        )
    )
    failed = failed_conditions(decision)
    if failed:
        labels = dict(CONDITIONS)
        # In the sentence, not as a second list: the letter keeps to one page. French puts a
        # space before the semicolon, Dutch and English do not.
        separator = " ; " if language == "fr" else "; "
        missing = separator.join(_(labels[fact]).rstrip(" ;.") for fact in failed)
        intro = _(N_("Dans le cas présent, au moins une condition manque :"))
        blocks.append(Block("paragraph", f"{intro} {missing}."))
    if to_oe:
        blocks.append(
            Block(
                "paragraph",
                _(
                    N_(
                        "Aucun flux automatique vers l'Office des étrangers ne couvre les frais médicaux ou "
                        "d'hospitalisation, et aucun flux ne couvre l'aide médicale urgente : le seul flux "
                        "automatique, organisé par le SPP Intégration sociale, porte sur l'aide sociale mensuelle "
                        "et ne transmet que le type d'aide, la période et le CPAS concerné."
                    )
                ),
            )
        )
        blocks.append(
            Block(
                "paragraph",
                _(
                    N_(
                        "En outre, les données figurant dans les attestations d'aide médicale urgente, ou qui "
                        "peuvent en être déduites, sont confidentielles et ne servent qu'au remboursement (%(law)s, art. 4)."
                    )
                )
                % {"law": law_label("ar_1996", language)},
            )
        )
    basis = facts.get("legal_basis")
    if basis:
        # The text invoked is answered, not ignored (the legal service found it does not oblige).
        blocks.append(
            Block(
                "paragraph",
                _(
                    N_(
                        "Le texte que vous invoquez (« %(basis)s ») n'oblige pas le CPAS à révéler ces informations "
                        "dans le cas présent."
                    )
                )
                % {"basis": basis},
                "worker",
            )
        )
    elif facts.get("legal_basis_invoked") is False:
        blocks.append(
            Block(
                "paragraph",
                _(
                    N_(
                        "Votre demande n'invoque aucune disposition légale qui obligerait le CPAS à révéler ces informations."
                    )
                ),
            )
        )
    else:
        # Whether a text is invoked is not known: never write that none is.
        blocks.append(
            Block(
                "paragraph",
                _(
                    N_(
                        "Si votre demande repose sur une disposition légale qui obligerait le CPAS à répondre, "
                        "merci de nous en communiquer la référence exacte : nous l'examinerons."
                    )
                ),
            )
        )
    blocks += [
        Block(
            "paragraph",
            _(
                N_(
                    "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
                )
            ),
        ),
        # The CPAS signs: its name from the account, else a line to complete by hand.
        Block("signature", cpas_name, "account") if cpas_name else Block("signature", _(N_("Pour le CPAS,"))),
        Block("signature", _(N_("Nom, fonction et signature :"))),
        # The source of this wording (the CVTS note) is the worker's, in the file note: not in a letter.
    ]
    return Document(
        DocumentKind.REFUSAL_LETTER,
        language,
        _(N_("Refus motivé de transmettre des informations")),
        tuple(blocks),
        day,
        f"{_(N_('lettre-de-refus'))}-{day.isoformat()}",
        shows_title=False,
    )
