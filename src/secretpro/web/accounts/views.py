"""Case files and their entries in words, for the case page and its PDF.

Every value shown passes through here: labels are translated, codes become words, and nothing
decrypted leaves the CPAS of the account asking (the callers pass ``cpas_id`` to every lookup).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_datetime

from secretpro.documents.model import DocumentKind
from secretpro.documents.offer import DOCUMENT_TITLES
from secretpro.documents.vocabulary import (
    BABEL_LOCALES,
    choice_label,
    fact_label,
    fact_value,
    field_label_for,
    medium_date,
)
from secretpro.guard.model import category_label
from secretpro.i18n import N_, Language, translator
from secretpro.register import (
    CaseInfo,
    EntryView,
    Register,
    case_identity,
    entries_for_case,
    find_case_by_national_number,
    get_case,
    list_cases,
)
from secretpro.register.accounts import list_accounts
from secretpro.register.case_facets import CaseFacets, CaseStatus, case_facets
from secretpro.register.entries import awaiting_answer
from secretpro.register.kind_labels import ENTRY_KIND_LABELS
from secretpro.register.privacy import normalize_national_number
from secretpro.register.replay import cases_to_review
from secretpro.register.summaries import local_day
from secretpro.rules import RULES, FactsError, Outcome, decide
from secretpro.rules.explanation import OUTCOME_LABELS, explain
from secretpro.rules.incoming_request import RULE as INCOMING_REQUEST
from secretpro.web.accounts.free_text import redact_free_text

BRUSSELS = ZoneInfo("Europe/Brussels")

KEY_LABELS: dict[str, str] = {
    "date": N_("Date de réception"),
    "received_on": N_("Date de réception"),
    "summary": N_("Contenu de la réponse"),
    "rule": N_("Règle"),
    "outcome": N_("Réponse"),
    "rules_version": N_("Version des règles"),
    "reference_date": N_("Date de référence"),
    "reasons": N_("Sources des motifs"),
    "missing": N_("Faits encore inconnus"),
    "allowed_fields": N_("Données permises"),
    "forbidden_fields": N_("Données interdites"),
    "document_kind": N_("Type de document"),
    "sha256": N_("Empreinte SHA-256"),
    "fields": N_("Données transmises"),
    "recipient": N_("Destinataire"),
    "corrected_kind": N_("Type de l'entrée corrigée"),
    "note": N_("Motif"),
    "payload": N_("Nouveau contenu"),
    "decision_entry": N_("Décision réexaminée"),
    "old_outcome": N_("Réponse d'alors"),
    "new_outcome": N_("Réponse selon les règles actuelles"),
    "old_allowed": N_("Données permises alors"),
    "new_allowed": N_("Données permises selon les règles actuelles"),
    "old_rules_version": N_("Version des règles d'alors"),
    "step": N_("Étape qui décide maintenant"),
    "decisive_step": N_("Étape qui a décidé"),
    "answers_request": N_("En réponse à"),
    "answers_entry": N_("Réponse à"),
    "follows_decision": N_("Suite à la décision"),
    "file_name": N_("Fichier"),
    "held_message": N_("Message retenu"),
    "size": N_("Taille (octets)"),
    "categories": N_("Données trouvées"),
    "recipients": N_("Nombre de destinataires"),
}
# Keys not shown: internal names (the guard's profile), what the entry's kind already says (the
# relay's action), and the parts of a held message (the categories found say what matters).
HIDDEN_KEYS = frozenset({"profile", "action", "parts"})
# Links between entries, shown as links rather than as ids.
LINK_KEYS = frozenset({"answers_request", "answers_entry", "follows_decision", "decision_entry"})

STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.TO_DECIDE: N_("Demande à traiter"),
    CaseStatus.AWAITING: N_("Réponse attendue"),
    CaseStatus.ANSWERED: N_("Réponse reçue"),
    CaseStatus.DECIDED: N_("Décidé, rien d'envoyé à l'OE"),
    CaseStatus.NEW: N_("Rien d'inscrit"),
}
# Who receives a document of each kind (a refusal letter: whoever asked, read from the decision).
DOCUMENT_RECIPIENTS: dict[DocumentKind, str] = {
    DocumentKind.OE_EMAIL: "office_des_etrangers",
    DocumentKind.ENVELOPE_COVER: "office_des_etrangers",
    DocumentKind.CHECKLIST_9TER: "hospital_or_doctor",
    DocumentKind.FILE_NOTE: "cpas_file",
}
INTERNAL_RECIPIENT = N_("Personne : document interne au dossier")
# What a document carries besides its wording, by the names of the inputs typed for it.
DOCUMENT_FIELD_LABELS: dict[str, str] = {
    "case_reference": N_("Référence du dossier au CPAS"),
    "requester_reference": N_("Référence du demandeur"),
}


def when(moment: datetime, language: Language) -> str:
    return format_datetime(moment.astimezone(BRUSSELS), format="medium", locale=BABEL_LOCALES[language])


def _value(key: str, value: Any, language: Language) -> str:
    _ = translator(language)
    if value is None or value == "" or value == []:
        return "—"
    if key == "rule" and isinstance(value, str) and value in RULES:
        return f"{RULES[value].code} · {_(RULES[value].title)}"
    if key in ("outcome", "old_outcome", "new_outcome") and isinstance(value, str):
        try:
            return _(OUTCOME_LABELS[Outcome(value)])
        except ValueError:
            return value
    if key in ("allowed_fields", "forbidden_fields", "fields", "old_allowed", "new_allowed") and isinstance(
        value, list
    ):
        return ", ".join(field_label_for(str(item), language) for item in value)
    if key in ("date", "received_on", "reference_date") and isinstance(value, str):
        try:
            return medium_date(date.fromisoformat(value), language)
        except ValueError:
            return value
    if key == "corrected_kind" and isinstance(value, str):
        return _(ENTRY_KIND_LABELS.get(value, value))
    if key == "categories" and isinstance(value, list):
        return ", ".join(category_label(str(item), language) for item in value)
    if key == "recipient" and isinstance(value, str):
        return recipient_label(value, language)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, bool):
        return _(N_("Oui")) if value else _(N_("Non"))
    return str(value)


def _facts(facts: Mapping[str, Any], language: Language, rule: Any = None) -> list[tuple[str, str]]:
    """(label, value) for each known fact, in the order the rule asks them (the payload's own order
    is alphabetical: canonical JSON)."""
    specs = RULES[rule].facts if isinstance(rule, str) and rule in RULES else ()
    order = {spec.name: index for index, spec in enumerate(specs)}
    lines = []
    for name, value in sorted(facts.items(), key=lambda item: (order.get(item[0], len(order)), item[0])):
        if value is None:
            continue
        lines.append((fact_label(name, language), fact_value(name, value, language)))
    return lines


def payload_lines(kind: str, payload: Mapping[str, Any] | None, language: Language) -> list[tuple[str, str]]:
    """(label, value) lines for one entry's payload."""
    _ = translator(language)
    if payload is None:
        return []
    lines: list[tuple[str, str]] = []
    for key, value in payload.items():
        if (key == "request" and isinstance(value, Mapping)) or (
            key == "facts" and isinstance(value, Mapping)
        ):
            lines.extend(_facts(value, language))
        elif key == "payload" and isinstance(value, Mapping) and kind == "correction":
            for inner_key, inner in value.items():
                name = str(inner_key)
                if name not in HIDDEN_KEYS | LINK_KEYS:
                    lines.append((_(KEY_LABELS.get(name, name)), _value(name, inner, language)))
        elif key not in HIDDEN_KEYS | LINK_KEYS:
            lines.append((_(KEY_LABELS.get(key, key)), _value(key, value, language)))
    return lines


def key_label(key: str, language: Language) -> str:
    return translator(language)(KEY_LABELS.get(key, key))


def recipient_label(value: str, language: Language) -> str:
    if value == "cpas_file":
        return translator(language)(INTERNAL_RECIPIENT)
    return choice_label("recipient", value, language)


def _day(value: Any, language: Language) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return medium_date(date.fromisoformat(value), language)
    except ValueError:
        return None


def _decision_heading(payload: Mapping[str, Any], language: Language) -> str:
    """ "R3 · Demande d'information entrante — Transmission interdite"."""
    return f"{_value('rule', payload.get('rule'), language)} — {_value('outcome', payload.get('outcome'), language)}"


def _document_title(kind: Any, language: Language) -> str:
    try:
        return translator(language)(DOCUMENT_TITLES[DocumentKind(kind)])
    except ValueError:
        return str(kind)  # a kind recorded by another tool (the CLI's free ``--kind``)


def decisive_reason(payload: Mapping[str, Any], language: Language) -> str | None:
    """The words of the step that settled a recorded decision.

    The register keeps the step's id (``decisive_step``), not its sentence: the same facts are
    decided again as of the same day, and the sentence is shown only when that gives the same
    outcome from the same step (otherwise the rules have changed since and the id alone is shown)."""
    rule, step, reference = payload.get("rule"), payload.get("decisive_step"), payload.get("reference_date")
    if not isinstance(rule, str) or rule not in RULES or not isinstance(step, str):
        return None
    facts = payload.get("facts")
    known = {
        name: value
        for name, value in (facts.items() if isinstance(facts, Mapping) else ())
        if value is not None and name != "reference_date"
    }
    try:
        day = date.fromisoformat(reference) if isinstance(reference, str) else None
        decision = decide(rule, known, reference_date=day, today=date.max)
    except (FactsError, KeyError, ValueError, TypeError):
        return None
    headline = explain(decision, language)["headline"]
    if decision.outcome.value != payload.get("outcome") or headline is None or headline["step"] != step:
        return None
    return str(headline.get("translation") or headline["text"])


def entry_view(entry: EntryView, usernames: Mapping[int, str], language: Language) -> dict[str, Any]:
    """One entry of the timeline: what happened (in words), on which day, recorded when and by whom,
    and its details; the links to other entries are filled in by :func:`timeline`."""
    _ = translator(language)
    payload = entry.payload or {}
    view: dict[str, Any] = {
        "id": entry.id,
        "seq": entry.seq,
        "kind": entry.kind,
        "kind_label": _(ENTRY_KIND_LABELS.get(entry.kind, entry.kind)),
        "headline": None,
        "outcome": None,
        "day": None,
        "when": when(entry.created_at, language),
        "author": usernames.get(entry.author_id, "—") if entry.author_id is not None else "—",
        "corrects": entry.corrects,
        "lines": [],
        "facts": [],
        "links": [],
        "hash": entry.entry_hash,
        "purged": entry.payload is None,
        "answered_by": [],
        "rule": None,
    }
    if entry.kind == "request_incoming":
        view["day"] = _day(payload.get("date"), language)
        request = payload.get("request")
        view["lines"] = _facts(request, language, INCOMING_REQUEST) if isinstance(request, Mapping) else []
    elif entry.kind == "decision":
        view["headline"] = _decision_heading(payload, language)
        view["outcome"] = payload.get("outcome")
        view["rule"] = payload.get("rule")
        lines = [
            (
                key_label("reference_date", language),
                _value("reference_date", payload.get("reference_date"), language),
            )
        ]
        reason = decisive_reason(payload, language)
        if reason is not None:
            lines.append((_(N_("Motif")), reason))
        elif isinstance(payload.get("decisive_step"), str):
            lines.append((key_label("decisive_step", language), str(payload["decisive_step"])))
        allowed = payload.get("allowed_fields") or []
        lines.append(
            (
                key_label("allowed_fields", language),
                _value("allowed_fields", allowed, language) if allowed else _(N_("Aucune")),
            )
        )
        for key in ("forbidden_fields",):
            if payload.get(key):
                lines.append((key_label(key, language), _value(key, payload[key], language)))
        missing = [str(name) for name in payload.get("missing") or []]
        if missing:
            lines.append(
                (key_label("missing", language), ", ".join(fact_label(name, language) for name in missing))
            )
        lines.append(
            (
                key_label("rules_version", language),
                _value("rules_version", payload.get("rules_version"), language),
            )
        )
        view["lines"] = lines
        facts = payload.get("facts")
        if isinstance(facts, Mapping):
            view["facts"] = _facts(
                {k: v for k, v in facts.items() if k != "reference_date"}, language, payload.get("rule")
            )
    elif entry.kind == "document_sent":
        view["headline"] = _document_title(payload.get("document_kind"), language)
        fields = [str(name) for name in payload.get("fields") or []]
        lines = []
        if payload.get("file_name"):
            lines.append((key_label("file_name", language), str(payload["file_name"])))
        if payload.get("recipient"):
            lines.append(
                (key_label("recipient", language), recipient_label(str(payload["recipient"]), language))
            )
        lines.append(
            (
                key_label("fields", language),
                ", ".join(_document_field(name, language) for name in fields)
                if fields
                else _(N_("Aucune donnée sur la personne")),
            )
        )
        lines.append((key_label("sha256", language), str(payload.get("sha256") or "—")))
        view["lines"] = lines
    elif entry.kind == "answer_received":
        view["day"] = _day(payload.get("received_on"), language)
        view["lines"] = [
            (key_label("summary", language), _value("summary", payload.get("summary"), language))
        ]
    else:
        view["lines"] = payload_lines(entry.kind, entry.payload, language)
    return view


def _document_field(name: str, language: Language) -> str:
    if name in DOCUMENT_FIELD_LABELS:
        return translator(language)(DOCUMENT_FIELD_LABELS[name])
    return field_label_for(name, language)


def timeline(
    entries: list[EntryView], usernames: Mapping[int, str], language: Language
) -> list[dict[str, Any]]:
    """The case's entries in the order they were recorded, each linked to those it answers, follows
    or corrects (a decision to the request it answers, a document to its decision)."""
    _ = translator(language)
    views = [entry_view(entry, usernames, language) for entry in entries]
    by_id = {view["id"]: view for view in views}
    for entry, view in zip(entries, views, strict=True):
        payload = entry.payload or {}
        if entry.corrects in by_id:
            target = by_id[entry.corrects]
            view["links"].append(
                {
                    "label": _(N_("Corrige")),
                    "text": _describe(target, language),
                    "href": f"#entry-{target['id']}",
                }
            )
        for key in sorted(LINK_KEYS & payload.keys()):
            linked = by_id.get(payload[key])
            if linked is None:
                continue
            target = linked
            view["links"].append(
                {
                    "label": key_label(key, language),
                    "text": _describe(target, language),
                    "href": f"#entry-{target['id']}",
                }
            )
            if key == "answers_request":
                target["answered_by"].append(
                    {
                        "label": _(N_("Décision")),
                        "text": _describe(view, language),
                        "href": f"#entry-{view['id']}",
                    }
                )
            elif key == "answers_entry":
                target["answered_by"].append(
                    {
                        "label": _(N_("Réponse")),
                        "text": _describe(view, language),
                        "href": f"#entry-{view['id']}",
                    }
                )
            elif key == "follows_decision":
                target["links"].append(
                    {
                        "label": _(N_("Document")),
                        "text": _describe(view, language),
                        "href": f"#entry-{view['id']}",
                    }
                )
    return views


def _describe(view: Mapping[str, Any], language: Language) -> str:
    """An entry named in a link: "la demande reçue le 3 févr. 2025", "Transmission interdite (4 déc. 2026)"."""
    _ = translator(language)
    if view["kind"] == "request_incoming" and view["day"]:
        return _(N_("la demande reçue le %(day)s")) % {"day": view["day"]}
    if view["kind"] == "answer_received" and view["day"]:
        return _(N_("la réponse reçue le %(day)s")) % {"day": view["day"]}
    headline = view["headline"] or view["kind_label"]
    return f"{headline} ({view['when']})"


def usernames_of(register: Register, cpas_id: int) -> dict[int, str]:
    """How the timeline names each author of the CPAS: the display name, else the username."""
    return {account.id: account.author_name for account in list_accounts(register, cpas_id)}


def case_view(
    register: Register, case_id: str, cpas_id: int, language: Language, *, printable: bool = False
) -> dict[str, Any]:
    """The case with its identity and entries; ``NotFoundError`` for a case of another CPAS.

    ``printable``: for a document that leaves the screen (the case PDF), free text is redacted by
    the guard."""
    case = get_case(register, case_id, cpas_id=cpas_id)
    identity = case_identity(register, case.id, cpas_id=cpas_id)
    entries = entries_for_case(register, case.id, cpas_id=cpas_id, decrypt=True)
    if printable:
        entries = [replace(entry, payload=redact_free_text(entry.payload)) for entry in entries]
    usernames = usernames_of(register, cpas_id)
    items = timeline(entries, usernames, language)
    facets = case_facets(register, cpas_id, [case.id]).get(case.id, CaseFacets())
    awaiting = set(awaiting_answer(register, case.id, cpas_id=cpas_id))
    internal = _internal(entries)
    return {
        "id": case.id,
        "created": when(case.created_at, language),
        "created_by": usernames.get(case.created_by, "—") if case.created_by is not None else "—",
        "removed": case.removed_at is not None,
        "subject_name": identity.subject_name,
        "national_number": identity.national_number,
        "entries": items,
        "status": status_view(facets, language),
        # The requests a new decision may answer, latest first (a request with a decision first
        # comes after those still waiting for one).
        "requests": sorted(
            (item for item in items if item["kind"] == "request_incoming" and not item["purged"]),
            key=lambda item: (bool(item["answered_by"]), -item["seq"]),
        ),
        # What an answer received may answer: the requests and documents sent (an internal file
        # note excepted), latest first, each saying whether it still awaits its answer.
        "sent": [
            {
                "id": item["id"],
                "text": _describe(item, language),
                "awaiting": item["id"] in awaiting,
            }
            for item in reversed(items)
            if item["kind"] in SENT_KINDS and not item["purged"] and item["id"] not in internal
        ],
    }


SENT_KINDS = frozenset({"document_sent", "request_outgoing"})


def _internal(entries: list[EntryView]) -> set[str]:
    """Documents that stay in the CPAS (the file note): nobody answers them."""
    return {
        entry.id
        for entry in entries
        if entry.kind == "document_sent" and (entry.payload or {}).get("recipient") == "cpas_file"
    }


def status_view(facets: CaseFacets, language: Language) -> dict[str, str]:
    _ = translator(language)
    label = _(STATUS_LABELS[facets.status])
    if facets.status is CaseStatus.AWAITING and facets.awaiting_since is not None:
        label = _(N_("Réponse attendue depuis le %(day)s")) % {
            "day": medium_date(facets.awaiting_since, language)
        }
    return {"code": facets.status.value, "label": label}


@dataclass(frozen=True)
class CaseFilters:
    """What the case list is narrowed to. ``text`` comes only from a POST body (it may be a name or
    a national number); the others are codes and days, which may also come from the address."""

    text: str = ""
    rule: str = ""
    """A rule's name (``incoming-request``): cases with a decision under it."""
    outcome: str = ""
    """With ``rule``, on the same decision."""
    status: str = ""
    since: date | None = None
    until: date | None = None

    @property
    def active(self) -> bool:
        return any((self.text.strip(), self.rule, self.outcome, self.status, self.since, self.until))


def _folded(text: str) -> str:
    """Case and accents aside: "Élodie" is found by "elodie"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _matches(
    filters: CaseFilters,
    case: CaseInfo,
    name: str | None,
    facets: CaseFacets,
    by_number: str | None,
) -> bool:
    text = filters.text.strip()
    if by_number is not None:
        # A national number is looked up through its keyed hash, never compared in clear.
        if case.id != by_number:
            return False
    elif text:
        wanted = _folded(text)
        if wanted not in case.id.casefold() and wanted not in _folded(name or ""):
            return False
    if (filters.rule or filters.outcome) and not any(
        (not filters.rule or decision.rule == filters.rule)
        and (not filters.outcome or decision.outcome == filters.outcome)
        for decision in facets.decisions
    ):
        return False
    if filters.status and facets.status.value != filters.status:
        return False
    if filters.since or filters.until:
        days = [*facets.days, local_day(case.created_at)]
        low, high = filters.since or date.min, filters.until or date.max
        if not any(low <= day <= high for day in days):
            return False
    return True


def cases_list(
    register: Register, cpas_id: int, language: Language, filters: CaseFilters | None = None
) -> dict[str, Any]:
    """The cases of the CPAS, latest first, with their status and last decision; narrowed by
    ``filters``. Also the number of cases in each status, for the list's shortcuts."""
    _ = translator(language)
    filters = filters or CaseFilters()
    # Cases whose last decision the current rules decide differently (``register replay``).
    to_review = cases_to_review(register, cpas_id)
    facets = case_facets(register, cpas_id)
    number = normalize_national_number(filters.text) if filters.text.strip() else None
    # A valid national number finds its one case, or none ("" is no case's id).
    by_number = (find_case_by_national_number(register, cpas_id, number) or "") if number else None
    cases = list(reversed(list_cases(register, cpas_id)))
    counts = {status: 0 for status in CaseStatus}
    rows = []
    for case in cases:
        facet = facets.get(case.id, CaseFacets())
        counts[facet.status] += 1
        identity = case_identity(register, case.id, cpas_id=cpas_id)
        if not _matches(filters, case, identity.subject_name, facet, by_number):
            continue
        last = facet.last_decision
        rows.append(
            {
                "id": case.id,
                "created": medium_date(local_day(case.created_at), language),
                "subject_name": identity.subject_name,
                "national_number": identity.national_number,
                "to_review": case.id in to_review,
                "status": status_view(facet, language),
                "last_decision": (
                    f"{_value('rule', last.rule, language)} — {_value('outcome', last.outcome, language)}"
                    if last is not None
                    else None
                ),
                "last_day": medium_date(facet.last_day, language) if facet.last_day else None,
            }
        )
    return {
        "rows": rows,
        "total": len(cases),
        "counts": {status.value: count for status, count in counts.items()},
    }
