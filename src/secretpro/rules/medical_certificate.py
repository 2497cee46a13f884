"""R5 — The medical certificate for a 9ter request (certificat médical type).

[MED]: since 29 January 2011 the standard certificate is mandatory for a residence permit on medical
grounds (art. 9ter of the law of 15/12/1980). The doctor hands it to the person (« Prière de remettre
ce certificat au / à la concerné(e) »), who examines it with their lawyer; to have only a doctor read
it, it goes in a sealed envelope « à l'attention du fonctionnaire médecin de l'Office des étrangers »
(in practice an official opens and scans it). Supplementary medical questions may be asked only by the
OE's doctor; medical secrecy serves the patient and never against the foreigner.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from secretpro.i18n import N_
from secretpro.rules import shared_facts
from secretpro.rules.decision import Decision, MissingFact, Outcome, Reason
from secretpro.rules.declaration import DocumentKind, Rule, RulePage
from secretpro.rules.deliberation import Deliberation
from secretpro.rules.facts import Kind, Prompt, fact, facts_of

RULE = "medical-certificate"
ASKERS = ("oe_official", "oe_medical_officer", "person", "lawyer", "other")
REQUESTS = ("send_certificate", "answer_medical_questions", "advice")
MEDICAL = ("medical_certificate", "medical_information")


@dataclass(frozen=True)
class MedicalCertificateFacts:
    """Who asks what about the 9ter certificate; ``None`` means unknown."""

    asked_by: str | None = fact(
        Kind.CHOICE,
        ASKERS,
        label=N_("Demandé par"),
        choice_labels={
            "oe_official": N_("Un fonctionnaire de l'OE (non médecin)"),
            "oe_medical_officer": N_("Le fonctionnaire médecin de l'OE"),
            "person": N_("La personne elle-même"),
            "lawyer": N_("Son avocat"),
            "other": N_("Quelqu'un d'autre"),
        },
    )
    request: str | None = fact(
        Kind.CHOICE,
        REQUESTS,
        label=N_("Demande"),
        choice_labels={
            "send_certificate": N_("Envoyer le certificat médical"),
            "answer_medical_questions": N_("Répondre à des questions médicales"),
            "advice": N_("Un conseil sur la marche à suivre"),
        },
    )
    consent: bool | None = shared_facts.consent()
    person_wants_doctor_only: bool | None = fact(
        Kind.BOOLEAN,
        label=N_("Seul un médecin doit lire le certificat"),
        prompt=Prompt(
            N_("La personne souhaite-t-elle que seul un médecin lise le certificat ?"),
            N_(
                "Dans ce cas, le certificat part sous enveloppe fermée avec une page de garde pour le fonctionnaire médecin."
            ),
        ),
    )


FACTS = facts_of(MedicalCertificateFacts)


ASK_REQUEST = MissingFact(
    "request",
    N_("Que demande-t-on : envoyer le certificat, répondre à des questions médicales, ou un conseil ?"),
    N_("La réponse dépend de ce qui est demandé."),
)
ASK_ASKER = MissingFact(
    "asked_by",
    N_(
        "Qui le demande : un fonctionnaire de l'OE, le fonctionnaire médecin de l'OE, la personne, son avocat, ou quelqu'un d'autre ?"
    ),
    N_("Le certificat est remis à la personne ; seul le médecin de l'OE peut poser des questions médicales."),
)
ASK_CONSENT = MissingFact(
    "consent",
    N_("La personne consent-elle à ce que le médecin réponde au fonctionnaire médecin de l'OE ?"),
    N_("Sans le consentement de la personne, le médecin ne répond pas."),
)
ASK_LAWYER_CONSENT = MissingFact(
    "consent",
    N_("La personne consent-elle à ce que son avocat reçoive ces informations médicales ?"),
    N_("Le certificat est remis à la personne ; son avocat ne le reçoit qu'avec son consentement."),
)
# [med_no_clear_legislation] « Cette pratique ne repose cependant pas sur une législation claire en matière de
#   secret médical. »
NO_CLEAR_LAW = Reason(
    "R5.3",
    N_(
        "L'enveloppe fermée est une pratique : elle ne repose pas sur une législation claire en matière de "
        "secret médical."
    ),
    "med_no_clear_legislation",
)
# [med_council_of_state_secrecy_duty] « Il est conseillé de prévoir expressément que le délégué du ministre et
#   les membres de son service seront tenus au secret professionnel … »
COUNCIL_OF_STATE = Reason(
    "R5.3",
    N_(
        "Le Conseil d'État a recommandé de prévoir expressément un secret professionnel pour le personnel de "
        "l'OE qui connaît des données médicales — argument utile pour un recours."
    ),
    "med_council_of_state_secrecy_duty",
    ("loi_1980_9ter",),
)

GUIDANCE = (
    N_("Le médecin remet le certificat médical type à la personne, pas à l'Office des étrangers."),
    N_("La personne l'examine avec son avocat ; ensemble, ils décident d'introduire ou non la demande 9ter."),
    N_(
        "Pour que seul un médecin le lise : l'envoyer sous enveloppe fermée « à l'attention du fonctionnaire "
        "médecin de l'Office des étrangers » — en pratique, un fonctionnaire ouvre la lettre et la scanne."
    ),
    N_(
        "Seul le médecin de l'OE peut poser des questions médicales complémentaires, pas un fonctionnaire non médecin."
    ),
    N_("Les fonctionnaires de l'OE sont de toute manière tenus au secret professionnel (art. 458)."),
    N_(
        "L'OE ne peut jamais invoquer le secret médical pour justifier une décision insuffisamment motivée : "
        "le secret sert le patient, jamais contre l'étranger (Conseil d'État) — utile pour un recours."
    ),
)
# [med_order_of_physicians] « Le Conseil National estime que les informations médicales ainsi transmises
#   doivent être examinées et traitées par un médecin. »
ORDER_OF_PHYSICIANS = Reason(
    "R5.2",
    N_(
        "Position de l'Ordre des médecins : les informations médicales transmises doivent être examinées par "
        "un médecin — le médecin peut refuser de répondre à un fonctionnaire qui n'est pas médecin."
    ),
    "med_order_of_physicians",
)
SEALED_ENVELOPE = N_(
    "La personne souhaite que seul un médecin lise le certificat : enveloppe fermée avec la page de garde "
    "« à l'attention du fonctionnaire médecin de l'Office des étrangers »."
)


def medical_certificate(facts: MedicalCertificateFacts, reference_date: date) -> Decision:
    """R5: a certificate or medical answers for a 9ter request — to whom, and how?"""
    case = Deliberation.of(RULE, facts, reference_date)
    # [med_certificate_mandatory] « Depuis le 29 janvier 2011, l'utilisation d'un certain modèle de certificat
    #   médical est obligatoire dans le cadre de la procédure d'autorisation de séjour pour raisons
    #   médicales. »
    case.note(
        Reason(
            "R5.0",
            N_("Le certificat médical type est obligatoire depuis le 29 janvier 2011."),
            "med_certificate_mandatory",
            ("loi_1980_9ter",),
        )
    )
    envelope = (SEALED_ENVELOPE,) if facts.person_wants_doctor_only else ()

    # [med_hand_to_person] « … de ne pas envoyer le certificat médical directement à l'Office des étrangers
    #   (OE) mais de le remettre à la personne concernée … »
    if facts.request is None:
        case.unknown(ASK_REQUEST)
        if facts.asked_by is None:
            case.unknown(ASK_ASKER)
        return case.undetermined(
            Reason(
                "R5.0",
                N_("On ne sait pas ce qui est demandé : rien n'est transmis en attendant."),
                "med_hand_to_person",
                ("cp_458",),
            ),
            forbidden_fields=MEDICAL,
        )

    # [med_hand_to_person] « … de ne pas envoyer le certificat médical directement à l'Office des étrangers
    #   (OE) mais de le remettre à la personne concernée … »
    # [med_sealed_envelope] « Si la personne qui introduit la demande souhaite que seul un médecin puisse
    #   examiner son attestation médicale, elle peut envoyer à l'OE le certificat médical sous enveloppe
    #   fermée et à l'attention du fonctionnaire médecin de l'Office des étrangers. »
    # [med_envelope_opened_in_practice] « Dans la pratique, le fonctionnaire ouvrira la lettre, la scannera et
    #   la remettra au fonctionnaire médecin de l'OE. »
    # [med_never_against_foreigner] « … le secret médical professionnel devait servir l'intérêt du patient
    #   (étranger) et par conséquent ne jamais être utilisé contre l'intérêt de l'étranger. »
    # Advice: the guidance of the note, whoever asks.
    if facts.request == "advice":
        return case.decide(
            Outcome.ALLOWED,
            Reason(
                "R5.3",
                N_("Conseil : la marche à suivre de la note Medimmigrant."),
                "med_hand_to_person",
                ("loi_1980_9ter",),
            ),
            extra_reasons=(
                Reason("R5.3", N_("Enveloppe fermée pour le fonctionnaire médecin."), "med_sealed_envelope"),
                Reason(
                    "R5.3",
                    N_("En pratique, un fonctionnaire ouvre et scanne la lettre."),
                    "med_envelope_opened_in_practice",
                ),
                NO_CLEAR_LAW,
                ORDER_OF_PHYSICIANS,
                Reason(
                    "R5.3",
                    N_("Le secret médical ne peut jamais être utilisé contre l'étranger."),
                    "med_never_against_foreigner",
                    ("cp_458",),
                ),
                COUNCIL_OF_STATE,
            ),
            allowed_fields=("guidance",),
            obligations=(*GUIDANCE, *envelope),
        )

    # [med_hand_to_person] « … de ne pas envoyer le certificat médical directement à l'Office des étrangers
    #   (OE) mais de le remettre à la personne concernée … »
    if facts.asked_by is None:
        case.unknown(ASK_ASKER)
        return case.undetermined(
            Reason(
                "R5.0",
                N_("On ne sait pas qui demande : rien n'est transmis en attendant."),
                "med_hand_to_person",
                ("cp_458",),
            ),
            forbidden_fields=MEDICAL,
        )

    # [med_hand_to_person] « … Prière de remettre ce certificat au / à la concerné(e). … »
    # [med_person_and_lawyer_decide] « Si la personne concernée et son avocat juge que c'est opportun de
    #   demander une autorisation de séjour pour raisons médicales sur base de ce certificat, la demande et le
    #   certificat seront alors envoyés à l'OE. »
    # Sending the certificate: to the person; to their lawyer only with the person's consent; never to the OE.
    if facts.request == "send_certificate":
        handed = Reason(
            "R5.1",
            N_("Le certificat est remis à la personne : c'est la voie prévue."),
            "med_hand_to_person",
            ("loi_1980_9ter",),
        )
        decide_with_lawyer = Reason(
            "R5.1",
            N_("La personne et son avocat décident d'introduire la demande."),
            "med_person_and_lawyer_decide",
        )
        obligations = (GUIDANCE[0], GUIDANCE[1], GUIDANCE[2], *envelope)
        envelope_reasons = (NO_CLEAR_LAW,) if envelope else ()
        if facts.asked_by == "person":
            return case.decide(
                Outcome.ALLOWED,
                handed,
                extra_reasons=(decide_with_lawyer, *envelope_reasons),
                allowed_fields=("medical_certificate",),
                obligations=obligations,
            )
        if facts.asked_by == "lawyer":
            # [med_hand_to_person] « … de le remettre à la personne concernée qui pourra ensuite l'examiner
            #   avec son avocat. »
            # The certificate belongs to the person: their lawyer gets it only with their consent.
            through_lawyer = Reason(
                "R5.1",
                N_(
                    "L'avocat de la personne demande le certificat : il ne le reçoit qu'avec le consentement de "
                    "la personne, à qui le certificat est d'abord destiné."
                ),
                "med_hand_to_person",
                ("cp_458", "loi_1980_9ter"),
            )
            if facts.consent is None:
                case.unknown(ASK_LAWYER_CONSENT)
                return case.undetermined(through_lawyer, forbidden_fields=MEDICAL)
            if not facts.consent:
                return case.decide(
                    Outcome.FORBIDDEN,
                    Reason(
                        "R5.1",
                        N_(
                            "La personne ne consent pas à ce que son avocat reçoive le certificat : il lui est "
                            "remis à elle seule."
                        ),
                        "med_hand_to_person",
                        ("cp_458",),
                    ),
                    extra_reasons=(through_lawyer,),
                    forbidden_fields=MEDICAL,
                    obligations=(GUIDANCE[0],),
                )
            return case.decide(
                Outcome.ALLOWED,
                through_lawyer,
                extra_reasons=(decide_with_lawyer, *envelope_reasons),
                allowed_fields=("medical_certificate",),
                obligations=(
                    N_("Noter au dossier le consentement de la personne à l'envoi à son avocat."),
                    *obligations[1:],
                ),
            )
        return case.decide(
            Outcome.FORBIDDEN,
            Reason(
                "R5.1",
                N_(
                    "Le certificat ne s'envoie pas à l'Office des étrangers ni à un tiers : il est remis à la personne concernée."
                ),
                "med_hand_to_person",
                ("cp_458", "loi_1980_9ter"),
            ),
            forbidden_fields=MEDICAL,
            obligations=(GUIDANCE[0], GUIDANCE[1], *envelope),
        )

    # [med_only_oe_doctor_asks] « … si des questions supplémentaires devaient être posées afin de compléter le
    #   dossier, seul médecin de l'OE pouvait exécuter cette tâche (et non pas le fonctionnaire qui
    #   non-qualifié sur le plan médical). »
    # [med_officials_bound_458] « En attendant, nous nous contentons du fait que les fonctionnaires de l'OE
    #   sont de toute manière tenus au secret professionnel selon l'article 458 du code pénal »
    # Supplementary medical questions: only the OE's medical officer, with the person's consent.
    if facts.asked_by == "oe_official":
        return case.decide(
            Outcome.FORBIDDEN,
            Reason(
                "R5.2",
                N_(
                    "Un fonctionnaire non médecin de l'OE ne peut pas poser de questions médicales : seul le médecin de l'OE le peut."
                ),
                "med_only_oe_doctor_asks",
                ("cp_458",),
            ),
            extra_reasons=(
                ORDER_OF_PHYSICIANS,
                Reason(
                    "R5.2",
                    N_("Les fonctionnaires de l'OE sont tenus au secret professionnel."),
                    "med_officials_bound_458",
                    ("cp_458",),
                ),
            ),
            forbidden_fields=MEDICAL,
            obligations=(GUIDANCE[3], *envelope),
        )
    # [med_only_oe_doctor_asks] « … seul médecin de l'OE pouvait exécuter cette tâche »
    # [med_hand_to_person] « … de le remettre à la personne concernée qui pourra ensuite l'examiner avec son
    #   avocat. »
    # [med_never_against_foreigner] « … le secret médical professionnel devait servir l'intérêt du patient
    #   (étranger) et par conséquent ne jamais être utilisé contre l'intérêt de l'étranger. »
    if facts.asked_by in ("oe_medical_officer", "lawyer"):
        who = (
            N_(
                "Le fonctionnaire médecin de l'OE peut poser des questions médicales complémentaires, avec le consentement de la personne."
            )
            if facts.asked_by == "oe_medical_officer"
            else N_(
                "L'avocat de la personne ne reçoit des informations médicales qu'avec le consentement de celle-ci."
            )
        )
        asked = Reason(
            "R5.2",
            who,
            "med_only_oe_doctor_asks" if facts.asked_by == "oe_medical_officer" else "med_hand_to_person",
            ("cp_458",),
        )
        if facts.consent is None:
            case.unknown(ASK_CONSENT if facts.asked_by == "oe_medical_officer" else ASK_LAWYER_CONSENT)
            return case.undetermined(asked, forbidden_fields=MEDICAL)
        if not facts.consent:
            return case.decide(
                Outcome.FORBIDDEN,
                asked,
                extra_reasons=(
                    Reason(
                        "R5.2",
                        N_("La personne ne consent pas : le secret médical s'applique."),
                        "med_never_against_foreigner",
                        ("cp_458",),
                    ),
                ),
                forbidden_fields=MEDICAL,
            )
        sealed = (
            (N_("Répondre sous pli fermé au seul fonctionnaire médecin de l'Office des étrangers."),)
            if facts.asked_by == "oe_medical_officer"
            else ()
        )
        return case.decide(
            Outcome.ALLOWED,
            asked,
            allowed_fields=("medical_information",),
            obligations=(
                *sealed,
                N_("Ne répondre qu'aux questions posées, dans l'intérêt de la personne."),
                *envelope,
            ),
        )
    # [med_never_against_foreigner] « … le secret médical professionnel devait servir l'intérêt du patient
    #   (étranger) et par conséquent ne jamais être utilisé contre l'intérêt de l'étranger. »
    if facts.asked_by == "person":
        return case.decide(
            Outcome.ALLOWED,
            Reason(
                "R5.2",
                N_("La personne demande ses propres informations médicales : elle y a droit."),
                "med_never_against_foreigner",
                ("gdpr_15",),
            ),
            allowed_fields=("medical_information",),
            obligations=(GUIDANCE[1], *envelope),
        )
    # [med_officials_bound_458] « En attendant, nous nous contentons du fait que les fonctionnaires de l'OE
    #   sont de toute manière tenus au secret professionnel selon l'article 458 du code pénal »
    return case.decide(
        Outcome.FORBIDDEN,
        Reason(
            "R5.2",
            N_("Un tiers demande des informations médicales : le secret médical (art. 458) s'applique."),
            "med_officials_bound_458",
            ("cp_458",),
        ),
        forbidden_fields=MEDICAL,
    )


def documents_offered(decision: Decision) -> tuple[DocumentKind, ...]:
    """The checklist always; the closed envelope sends the certificate, so only when sending is allowed."""
    if decision.outcome == Outcome.ALLOWED:
        return (DocumentKind.CHECKLIST_9TER, DocumentKind.ENVELOPE_COVER)
    return (DocumentKind.CHECKLIST_9TER,)


DECLARATION = Rule(
    RULE,
    "R5",
    N_("Certificat médical type (9ter)"),
    MedicalCertificateFacts,
    medical_certificate,
    RulePage(
        N_("Un médecin ou la personne m'interroge sur le certificat médical d'une demande 9ter."),
        N_("Certificat médical type (9ter)"),
    ),
    documents_offered,
)
