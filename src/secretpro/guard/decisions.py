"""ADMIN_STATUS: decisions on a residence or asylum application, in the wording of judgments.

"Celle-ci est rejetée par l'Office des étrangers", "conclut au non-fondement de la demande",
"waarbij de aanvraag ... onontvankelijk wordt verklaard", "het tweede verzoek werd door de DVZ
ontvankelijk verklaard": the decision says where the person's procedure stands. A decision word
counts only in a sentence that also names such a procedure or authority (9ter, asile, verblijf,
DVZ, CGRA...): "le recours est recevable" or "het hoger beroep is ontvankelijk" are about a
court case, not a residence status. Generic sentences are left to :mod:`secretpro.guard.generic`.
"""

from __future__ import annotations

from secretpro.guard import fastre
from secretpro.guard.hints import has_any, hint_words
from secretpro.guard.model import Doc, Finding, new_finding

_DECISION = fastre.compile(
    r"\b(?:"
    r"(?:decisions? (?:de refus|d'irrecevabilite|de rejet|rejetant|declarant)(?: (?:sa|la|leur|cette) demande)?)"
    r"|(?:rejetee?s?|refusee?s?|declaree?s? (?:non fondee?s?|irrecevables?|recevables?))(?= par\b| le\b| en\b|\s*[,.;)]|\s*$)"
    r"|non[- ]fondement de (?:la|sa|leur) demande|irrecevabilite de (?:la|sa|leur) demande"
    r"|cloturee?s? negativement"
    r"|rejet de (?:sa|la|leur) demande|demande (?:a ete |est |a )?declaree? (?:non fondee|irrecevable|recevable)"
    # "verklaarde de DVZ de 9ter-aanvraag van verzoeker onontvankelijk", "verklaarde de aanvraag ongegrond"
    r"|(?:aanvraag|verzoek)(?! om)[^.;\n]{0,60}?(?:onontvankelijk|ongegrond|geweigerd|afgewezen|verworpen)(?![\w])"
    # "l'Office des étrangers a refusé sa demande" (added 2026-12-04, seventh round)
    r"|(?:a|ont|avait)(?: (?:a nouveau|de nouveau|egalement|aussi|deja|finalement|encore))? (?:refuse|rejete) (?:sa|la|leur|cette) demande"
    # the authority refusing in the present, as a mediator's case story tells it: "l'Office des
    # étrangers refuse sa demande" (not the social aid a CPAS refuses); a decision told as a verdict on
    # the application: "une décision indiquant que sa demande est irrecevable" (28th round)
    r"|(?<!cpas )(?<!ocmw )(?:refuse|rejette|refusent|rejettent) (?:sa|leur) demande\b"
    r"|(?:la|sa|leur|cette) demande (?:[\w'-]+ ){0,4}?(?:est|etait|a ete|fut|serait) (?:(?:donc|finalement|egalement|aussi|toujours) )?(?:irrecevable|non fondee)\b"
    # "l'OE décide de refuser la prolongation", "DVZ weigerde de aanvraag in overweging te nemen",
    # "DVZ weigerde dit" (the authority itself refuses: "het OCMW weigert" is social aid; ninth round)
    r"|refuser (?:la|sa|leur) prolongation"
    r"|(?:dvz|cgvs|gemachtigde|vreemdelingenzaken|staatssecretaris)[^.;\n]{0,40}?\bweiger(?:de|den|t)\b"
    # the refusing authority after the verb: "weigerde Dienst Vreemdelingenzaken (DVZ) de aanvraag",
    # "Turnhout weigerde telkens de aanvraag" (not the social aid an OCMW refuses; 27th round)
    r"|(?<!ocmw )(?<!cpas )(?<!ocmw's )weiger(?:de|den)\b(?! (?:het |de )?(?:ocmw|cpas|sociale dienst))(?: [\w()-]+){0,4}? (?:de|zijn|haar|hun|deze) aanvraag\b"
    # "la partie défenderesse déclare cette demande irrecevable" (27th round; not a court's
    # "demande de suspension", which is about the case)
    r"|declare (?:la|cette|sa|leur) demande(?! (?:de|en) (?:suspension|annulation|mesures))(?: [^.;\n]{0,60}?)? (?:irrecevable|non fondee)\b"
    r"|(?:ongegrondheids|onontvankelijkheids|weigerings)beslissing"
    r"|(?:on)?ontvankelijk (?:wordt |werd |is |werden |worden )?verklaard|ongegrond (?:wordt |werd |is )?verklaard"
    # a case note's heading: "Art. 9bis Vw. – beslissing ongegrond vernietigd door RvV" (tenth round)
    r"|beslissing (?:on)?ontvankelijk|beslissing ongegrond"
    r"|(?:werd|wordt|is|werden) (?:door (?:de |het )?[\w.]+ )?(?:afgewezen|geweigerd|verworpen|(?:on)?ontvankelijk verklaard|ongegrond verklaard)"
    # "waarna de DVZ een negatieve beslissing nam", "une décision négative du CGRA" (added 2026-12-04)
    r"|negatieve (?:[\w-]+ )?beslissing|decisions? negatives?"
    # "le CCE annule ce refus de prolongation" (seventh round)
    r"|refus de (?:prolongation|renouvellement)"
    r")"
)
_PROCEDURE = fastre.compile(
    r"9 ?ter|9 ?bis|\basile\b|\basiel|\bsejour\b|\bverblijf|office des etrangers|\bo\.?e\.?\b|\bdvz\b"
    r"|dienst vreemdelingenzaken|\bcgra\b|\bcgvs\b|regularisation|regularisatie|protection (?:subsidiaire|internationale)"
    r"|internationale bescherming|statut de refugie|vluchtelingenstatus|machtiging tot verblijf"
    r"|contentieux des etrangers|\bcce\b|\brvv\b|raad voor vreemdelingenbetwistingen"
    # the minister's delegate who decides on residence in the RvV's judgments ("de gemachtigde")
    r"|\bgemachtigde\b"
    # an entry visa, refused like a residence application ("hun aanvraag voor een visum gezinshereniging
    # werd geweigerd", tenth round)
    r"|\bvisum\b|\bvisa\b"
    # family reunification is a residence procedure ("een aanvraag gezinshereniging indiende ...
    # Turnhout weigerde telkens de aanvraag", 27th round)
    r"|gezinshereniging|regroupement familial"
)
_APPLICATION = fastre.compile(
    r"\b(?:demandes?|aanvra(?:ag|gen)|verzoek(?:en)?|appel|recours|beroep|celle-ci|deze)\b"
)
# an application already named ("la demande", "de aanvraag"), and how far back it is looked for
_THE_APPLICATION = fastre.compile(r"\b(?:(?:la|cette|sa|leur) demande|(?:de|deze|zijn|haar|hun) aanvraag)\b")
_ANAPHORA_REACH = 300
_SENTENCE = fastre.compile(r"[^.;!?\n]*(?:[.;!?]|\n|$)")


# Every alternative of _DECISION contains one of these words (keep in step with it): substring
# tests, run in C, rule out most messages before the expression is searched.
_DECISION_HINTS = hint_words(
    "decision",
    "rejet",
    "refuse",
    "declare",
    "fondement",
    "irrecevabilite",
    "irrecevable",
    "non fondee",
    "clotur",
    "ontvankelijk",
    "ongegrond",
    "beslissing",
    "afgewezen",
    "geweigerd",
    "verworpen",
    "negati",
    "refus de",
    "refuser",
    "weiger",
)


# How far a sentence is looked for on either side of a decision: an attacker's text without a full
# stop made each look run to its ends, once per decision (200 kB of "9ter refusé, " took 2 s; the
# longest sentence of a judgment in the labelled sets is far shorter). Nineteenth round.
_SENTENCE_REACH = 2000


def _last_break(folded: str, position: int) -> int:
    """Where the sentence holding ``position`` starts, less one: its "." ";" or line end (-1: none,
    or none within _SENTENCE_REACH: then the character before that reach)."""
    low = position - _SENTENCE_REACH if position > _SENTENCE_REACH else 0
    found = max(
        folded.rfind(".", low, position), folded.rfind("\n", low, position), folded.rfind(";", low, position)
    )
    return found if found >= 0 or low == 0 else low - 1


def _procedure_named(folded: str, before: int, start: int, end: int, wrapped: bool) -> bool:
    """Whether the residence procedure a decision is on is named: in its sentence (``start:end``);
    in the sentence before (from ``before``), for a sentence about that application ("Cette demande
    est rejetée", not "NN refusé par la BCSS") or one wrapped over lines; or further back, for "the
    application" ("... une demande sur base de l'article 9ter. Il souffre d'un lymphome. La demande
    a été déclarée recevable", tenth round)."""
    if _PROCEDURE.search(folded, start + 1, end):
        return True
    if (wrapped or _APPLICATION.search(folded, start + 1, end)) and _PROCEDURE.search(
        folded, before + 1, start + 1
    ):
        return True
    return bool(
        _THE_APPLICATION.search(folded, start + 1, end)
        and _PROCEDURE.search(folded, max(0, start - _ANAPHORA_REACH), start + 1)
    )


def find_status_decisions(doc: Doc) -> list[Finding]:
    folded = doc.folded
    out: list[Finding] = []
    if not has_any(doc, _DECISION_HINTS):
        return out
    for m in _DECISION.finditer(folded):
        start = _last_break(folded, m.start())
        stop = _SENTENCE.match(folded, m.end(), m.end() + _SENTENCE_REACH)
        end = stop.end() if stop else len(folded)
        # the procedure may be named in the sentence before: "... a introduit une demande 9ter. La
        # demande a été déclarée recevable le 16 janvier 2015" (seventh round)
        # (the breaks that end the sentence before are skipped first: after ".\n" the last break
        # before the newline is that sentence's own full stop, and it would be left out)
        previous = start
        while previous > 0 and folded[previous - 1] in ".;\n \t":
            previous -= 1
        before = _last_break(folded, previous) if start > 0 else -1
        # a line that does not end a sentence is the same sentence wrapped (a PDF's lines)
        wrapped = start >= 0 and not any(char in ".;:!?" for char in folded[previous : start + 1])
        if not _procedure_named(folded, before, start, end, wrapped):
            continue
        out.append(
            new_finding(m.start(), m.end(), "ADMIN_STATUS", "status_decision", "décision sur le séjour")
        )
    return out
