"""Recording in the register: CPAS, case files and their entries (requests, decisions,
documents sent, answers received, corrections).

Every function takes the :class:`Register` first and returns opaque string ids. Entries are only
ever appended; a correction is a new entry that points at the one it corrects.
"""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretpro.i18n import N_
from secretpro.rules.decision import Outcome

from .canonical import GENESIS_HASH
from .chain import CASE_DIGEST, append_entry, case_digest_of
from .errors import ConflictError, InvalidInputError, NotFoundError
from .models import CaseFile, ChainHead, Cpas, Entry, EntryKind, EntrySummary, new_opaque_id, utcnow
from .privacy import normalize_national_number, protect, reveal
from .store import Register
from .summaries import awaiting_in

# the rules' one vocabulary of outcomes
OUTCOMES = frozenset(outcome.value for outcome in Outcome)
_SHA256 = re.compile(r"[0-9a-f]{64}")
# A file's own name, as the browser saves it: no folder, no control character, short.
_FILE_NAME = re.compile(r"[\w.() -]{1,120}")
_NAME_CONTEXT = "case_files.subject_name_enc|{}"
_NN_CONTEXT = "case_files.subject_nn_enc|{}"


# --- CPAS ------------------------------------------------------------------------------------


def ensure_cpas(register: Register, name: str) -> int:
    """The id of the CPAS called ``name``, created (with its empty chain) when absent."""
    clean = name.strip()
    if not clean or len(clean) > 200:
        raise InvalidInputError(N_("Nom de CPAS invalide."))
    existing = find_cpas(register, clean)
    if existing is not None:
        return existing

    def create(session: Session) -> int:
        found = session.scalar(select(Cpas.id).where(Cpas.name == clean))
        if found is not None:
            return found
        cpas = Cpas(name=clean)
        session.add(cpas)
        session.flush()
        session.add(ChainHead(cpas_id=cpas.id, seq=0, head_hash=GENESIS_HASH))
        return cpas.id

    return register.write(create)


def rename_cpas(register: Register, cpas_id: int, name: str) -> None:
    """Give CPAS ``cpas_id`` the name its documents and pages show (the first administrator's CPAS
    starts as "CPAS"). The name is no part of the chain (entries and the seal name a CPAS by its
    id), so renaming rewrites nothing there. Refuses a name another CPAS has."""
    clean = " ".join(name.split())
    if not clean or len(clean) > 200:
        raise InvalidInputError(N_("Nom du CPAS : de 1 à 200 caractères."))

    def rename(session: Session) -> None:
        cpas = session.get(Cpas, cpas_id)
        if cpas is None:
            raise NotFoundError(N_("CPAS inconnu dans le registre (n° {cpas_id})."), cpas_id=cpas_id)
        taken = session.scalar(select(Cpas.id).where(Cpas.name == clean, Cpas.id != cpas_id))
        if taken is not None:
            raise ConflictError(N_("Nom du CPAS : un autre CPAS porte déjà ce nom."))
        cpas.name = clean

    register.write(rename)


def cpas_name(register: Register, cpas_id: int) -> str:
    with register.reader() as session:
        cpas = session.get(Cpas, cpas_id)
        return cpas.name if cpas is not None else ""


def find_cpas(register: Register, name: str) -> int | None:
    with register.reader() as session:
        return session.scalar(select(Cpas.id).where(Cpas.name == name.strip()))


@dataclass(frozen=True)
class CpasInfo:
    id: int
    name: str


def list_cpas(register: Register) -> list[CpasInfo]:
    with register.reader() as session:
        return [CpasInfo(c.id, c.name) for c in session.scalars(select(Cpas).order_by(Cpas.id))]


# --- case files ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseInfo:
    """A case file without its identity (which stays encrypted until asked for)."""

    id: str
    cpas_id: int
    created_at: datetime
    created_by: int | None
    removed_at: datetime | None


@dataclass(frozen=True)
class CaseIdentity:
    subject_name: str | None
    national_number: str | None


def _case_info(case: CaseFile) -> CaseInfo:
    return CaseInfo(case.id, case.cpas_id, case.created_at, case.created_by, case.removed_at)


def _require_nn(national_number: str) -> str:
    digits = normalize_national_number(national_number)
    if digits is None:
        # The number itself is not repeated: it may be real and this message may be logged.
        raise InvalidInputError(N_("Numéro de registre national ou BIS invalide."))
    return digits


def create_case(
    register: Register,
    cpas_id: int,
    *,
    created_by: int | None = None,
    subject_name: str | None = None,
    national_number: str | None = None,
) -> str:
    """A new case file; name and national number are stored encrypted. Returns its id.

    Refuses a national number that already has a case in this CPAS (use :func:`open_case`).
    """
    digits = _require_nn(national_number) if national_number else None
    keyring = register.keyring

    def create(session: Session) -> str:
        if session.get(Cpas, cpas_id) is None:
            raise NotFoundError(N_("CPAS inconnu dans le registre (n° {cpas_id})."), cpas_id=cpas_id)
        lookup = keyring.lookup_hash(digits) if digits else None
        if lookup is not None and _find_by_lookup(session, cpas_id, lookup) is not None:
            raise ConflictError(N_("Un dossier existe déjà pour ce numéro dans ce CPAS."))
        case_id = new_opaque_id()
        session.add(
            CaseFile(
                id=case_id,
                cpas_id=cpas_id,
                created_at=utcnow(),
                created_by=created_by,
                subject_name_enc=(
                    keyring.encrypt(subject_name, _NAME_CONTEXT.format(case_id)) if subject_name else None
                ),
                subject_nn_enc=keyring.encrypt(digits, _NN_CONTEXT.format(case_id)) if digits else None,
                subject_nn_lookup=lookup,
            )
        )
        session.flush()
        case = session.get(CaseFile, case_id)
        assert case is not None
        # The case's metadata enters its CPAS chain in the same transaction.
        append_entry(
            session,
            keyring,
            case_id=case_id,
            kind=EntryKind.CASE_OPENED,
            payload={CASE_DIGEST: case_digest_of(case)},
            author_id=created_by,
        )
        return case_id

    return register.write(create)


def _find_by_lookup(session: Session, cpas_id: int, lookup: str) -> CaseFile | None:
    return session.scalars(
        select(CaseFile).where(
            CaseFile.cpas_id == cpas_id,
            CaseFile.subject_nn_lookup == lookup,
            CaseFile.removed_at.is_(None),
        )
    ).one_or_none()


def find_case_by_national_number(register: Register, cpas_id: int, national_number: str) -> str | None:
    """The id of the (not purged) case of this person in this CPAS, found through the keyed hash."""
    digits = _require_nn(national_number)
    keyring = register.keyring
    with register.reader() as session:
        case = _find_by_lookup(session, cpas_id, keyring.lookup_hash(digits))
        if case is None or case.subject_nn_enc is None:
            return None
        # The lookup column is not authenticated: a hash copied onto another row in the database
        # would redirect the search. The encrypted number is bound to its row, so check it.
        stored = keyring.decrypt(case.subject_nn_enc, _NN_CONTEXT.format(case.id))
        return case.id if hmac.compare_digest(stored, digits) else None


def open_case(
    register: Register,
    cpas_id: int,
    national_number: str,
    *,
    subject_name: str | None = None,
    created_by: int | None = None,
) -> str:
    """The case of this person in this CPAS, created when there is none yet."""
    for _ in range(3):
        found = find_case_by_national_number(register, cpas_id, national_number)
        if found is not None:
            return found
        try:
            return create_case(
                register,
                cpas_id,
                created_by=created_by,
                subject_name=subject_name,
                national_number=national_number,
            )
        except ConflictError:
            continue  # another writer created it just now: find it on the next turn
    raise ConflictError()


def get_case(register: Register, case_id: str, *, cpas_id: int | None = None) -> CaseInfo:
    """The case ``case_id``; with ``cpas_id``, only if it belongs to that CPAS.

    A case of another CPAS is reported exactly like a missing one, so that ids cannot be probed.
    """
    with register.reader() as session:
        case = session.get(CaseFile, case_id)
        if case is None or (cpas_id is not None and case.cpas_id != cpas_id):
            raise NotFoundError(N_("Dossier introuvable."))
        return _case_info(case)


def list_cases(register: Register, cpas_id: int, *, include_removed: bool = False) -> list[CaseInfo]:
    with register.reader() as session:
        query = select(CaseFile).where(CaseFile.cpas_id == cpas_id)
        if not include_removed:
            query = query.where(CaseFile.removed_at.is_(None))
        return [_case_info(c) for c in session.scalars(query.order_by(CaseFile.created_at))]


def case_identity(register: Register, case_id: str, *, cpas_id: int | None = None) -> CaseIdentity:
    """Decrypted name and national number of a case (``None`` for what it lacks or after purge)."""
    keyring = register.keyring
    with register.reader() as session:
        case = session.get(CaseFile, case_id)
        if case is None or (cpas_id is not None and case.cpas_id != cpas_id):
            raise NotFoundError(N_("Dossier introuvable."))
        name = (
            keyring.decrypt(case.subject_name_enc, _NAME_CONTEXT.format(case.id))
            if case.subject_name_enc
            else None
        )
        number = (
            keyring.decrypt(case.subject_nn_enc, _NN_CONTEXT.format(case.id)) if case.subject_nn_enc else None
        )
        return CaseIdentity(name, number)


# --- entries ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class EntryView:
    id: str
    cpas_id: int
    seq: int
    case_id: str
    kind: str
    created_at: datetime
    author_id: int | None
    corrects: str | None
    entry_hash: str
    payload: dict[str, Any] | None  # None once purged; encrypted parts decrypted or "[chiffré]"


def _append(
    register: Register,
    case_id: str,
    kind: EntryKind,
    payload: Mapping[str, Any],
    author_id: int | None,
    *,
    corrects: str | None = None,
) -> str:
    entry_id = new_opaque_id()
    protected = protect(dict(payload), register.keyring, entry_id)

    def write(session: Session) -> str:
        entry = append_entry(
            session,
            register.keyring,
            case_id=case_id,
            kind=kind,
            payload=protected,
            author_id=author_id,
            corrects=corrects,
            entry_id=entry_id,
        )
        return entry.id

    return register.write(write)


def _iso(value: date | datetime | str | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()


def record_request(
    register: Register,
    case_id: str,
    direction: Literal["incoming", "outgoing"],
    request: Mapping[str, Any],
    *,
    author_id: int | None = None,
    received_on: date | None = None,
) -> str:
    """A request to or from the OE (e.g. the ``incoming-request`` facts: requester, requested,
    legal_basis…). Returns the entry id."""
    if direction not in ("incoming", "outgoing"):
        raise InvalidInputError(N_("Sens de demande invalide."))
    kind = EntryKind.REQUEST_INCOMING if direction == "incoming" else EntryKind.REQUEST_OUTGOING
    payload: dict[str, Any] = {"request": _jsonable(request)}
    if received_on is not None:
        payload["date"] = received_on.isoformat()
    return _append(register, case_id, kind, payload, author_id)


def decision_payload(decision: Mapping[str, Any], facts: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """What the register keeps of a decision (the ``decide`` JSON): rule, outcome, facts used,
    rules version, reasons as their source ids, reference date, fields allowed and forbidden."""
    rule, outcome = decision.get("rule"), decision.get("outcome")
    if not isinstance(rule, str) or not rule or outcome not in OUTCOMES:
        raise InvalidInputError(N_("Décision invalide : « rule » et « outcome » sont requis."))
    reasons: list[Any] = []
    for reason in decision.get("reasons") or []:
        reasons.append(reason.get("source") if isinstance(reason, Mapping) else reason)
    used = facts if facts is not None else decision.get("facts")
    payload: dict[str, Any] = {
        "rule": rule,
        "outcome": outcome,
        "rules_version": decision.get("rules_version"),
        "reference_date": _iso(decision.get("reference_date")),
        "reasons": reasons,
        "facts": _jsonable(used or {}),
        "missing": [m.get("fact") if isinstance(m, Mapping) else m for m in decision.get("missing") or []],
        "allowed_fields": list(decision.get("allowed_fields") or []),
        "forbidden_fields": list(decision.get("forbidden_fields") or []),
    }
    # The step that settled the outcome (e.g. ``R3.2``): the supervisors' figures count refusals by it.
    decisive = decision.get("decisive_reason")
    explained = decision.get("reasons") or []
    if isinstance(decisive, int) and -len(explained) <= decisive < len(explained):
        step = explained[decisive].get("step") if isinstance(explained[decisive], Mapping) else None
        if isinstance(step, str) and step:
            payload["decisive_step"] = step
    return payload


def record_decision(
    register: Register,
    case_id: str,
    decision: Mapping[str, Any],
    author_id: int | None = None,
    *,
    facts: Mapping[str, Any] | None = None,
    answers_request: str | None = None,
) -> str:
    """A decision of the rules engine (``decision`` as output by ``decide``; the facts it used in
    ``facts`` or ``decision["facts"]``). ``answers_request``: the incoming request of the same case
    this decision answers (its entry id), so that the case reads as one story. Returns the entry id."""
    payload = decision_payload(decision, facts)
    if answers_request is not None:
        _require_entry_in_case(register, case_id, answers_request, EntryKind.REQUEST_INCOMING)
        payload["answers_request"] = answers_request
    return _append(register, case_id, EntryKind.DECISION, payload, author_id)


def _require_entry_in_case(register: Register, case_id: str, entry_id: str, *kinds: EntryKind) -> None:
    """A link between entries stays inside one case and points at a kind it names (entries are
    never deleted, so checking before the append is enough)."""
    with register.reader() as session:
        entry = session.get(Entry, entry_id)
        if entry is None or entry.case_id != case_id or entry.kind not in {kind.value for kind in kinds}:
            raise InvalidInputError(N_("Entrée liée introuvable dans ce dossier."))


def record_document(
    register: Register,
    case_id: str,
    document_kind: str,
    sha256: str,
    fields: Iterable[str],
    *,
    author_id: int | None = None,
    recipient: str | None = None,
    file_name: str | None = None,
    follows_decision: str | None = None,
) -> str:
    """A document sent: its kind (letter, e-mail…), the SHA-256 of the bytes sent, and the names of
    the fields it carried (not their values). ``file_name``: the name the file was given (it names
    the kind and the day, never the person); ``follows_decision``: the decision of the same case
    it carries out. Returns the entry id."""
    digest = sha256.strip().lower()
    if not _SHA256.fullmatch(digest):
        raise InvalidInputError(N_("Empreinte SHA-256 invalide."))
    if not document_kind.strip():
        raise InvalidInputError(N_("Type de document manquant."))
    payload: dict[str, Any] = {
        "document_kind": document_kind.strip(),
        "sha256": digest,
        "fields": list(fields),
    }
    if recipient is not None:
        payload["recipient"] = recipient
    if file_name is not None:
        if not _FILE_NAME.fullmatch(file_name):
            raise InvalidInputError(N_("Nom de fichier invalide."))
        payload["file_name"] = file_name
    if follows_decision is not None:
        _require_entry_in_case(register, case_id, follows_decision, EntryKind.DECISION)
        payload["follows_decision"] = follows_decision
    return _append(register, case_id, EntryKind.DOCUMENT_SENT, payload, author_id)


def record_answer(
    register: Register,
    case_id: str,
    received_on: date,
    summary: str,
    *,
    author_id: int | None = None,
    answers_entry: str | None = None,
) -> str:
    """The OE's answer: the date it arrived and what it said (free text, stored encrypted).
    ``answers_entry``: the request or document sent of the same case that it answers (its entry
    id); it then no longer awaits an answer (``summaries.awaiting_in``)."""
    payload: dict[str, Any] = {"received_on": received_on.isoformat(), "summary": summary}
    if answers_entry is not None:
        _require_entry_in_case(
            register, case_id, answers_entry, EntryKind.REQUEST_OUTGOING, EntryKind.DOCUMENT_SENT
        )
        payload["answers_entry"] = answers_entry
    return _append(register, case_id, EntryKind.ANSWER_RECEIVED, payload, author_id)


def awaiting_answer(register: Register, case_id: str, *, cpas_id: int | None = None) -> list[str]:
    """The ids of the requests and documents sent to the OE in this case that still await an
    answer, oldest first (what the supervisors' figures and the case's status count)."""
    get_case(register, case_id, cpas_id=cpas_id)
    with register.reader() as session:
        rows = session.execute(
            select(EntrySummary.seq, EntrySummary.oe_step, EntrySummary.entry_id, EntrySummary.answers_entry)
            .where(EntrySummary.case_id == case_id, EntrySummary.oe_step.is_not(None))
            .order_by(EntrySummary.seq)
        ).all()
    awaiting, _ = awaiting_in(rows)
    return [row.entry_id for row in awaiting]


def record_correction(
    register: Register,
    entry_id: str,
    new_payload: Mapping[str, Any],
    *,
    author_id: int | None = None,
    reason: str | None = None,
) -> str:
    """A new entry that corrects ``entry_id`` (which stays as it was). Returns the new entry id."""
    with register.reader() as session:
        original = session.get(Entry, entry_id)
        if original is None:
            raise NotFoundError(N_("Entrée introuvable."))
        case_id, kind = original.case_id, original.kind
    payload: dict[str, Any] = {"corrected_kind": kind, "payload": _jsonable(new_payload)}
    if reason is not None:
        payload["note"] = reason
    return _append(register, case_id, EntryKind.CORRECTION, payload, author_id, corrects=entry_id)


def _view(entry: Entry, register: Register, decrypt: bool) -> EntryView:
    payload = None
    if entry.payload is not None:
        payload = reveal(json.loads(entry.payload), register.keyring if decrypt else None, entry.id)
    return EntryView(
        id=entry.id,
        cpas_id=entry.cpas_id,
        seq=entry.seq,
        case_id=entry.case_id,
        kind=entry.kind,
        created_at=entry.created_at,
        author_id=entry.author_id,
        corrects=entry.corrects,
        entry_hash=entry.entry_hash,
        payload=payload,
    )


def get_entry(
    register: Register, entry_id: str, *, cpas_id: int | None = None, decrypt: bool = False
) -> EntryView:
    with register.reader() as session:
        entry = session.get(Entry, entry_id)
        if entry is None or (cpas_id is not None and entry.cpas_id != cpas_id):
            raise NotFoundError(N_("Entrée introuvable."))
        return _view(entry, register, decrypt)


def entries_for_case(
    register: Register,
    case_id: str,
    *,
    cpas_id: int | None = None,
    decrypt: bool = False,
    include_case_events: bool = False,
) -> list[EntryView]:
    """The entries of a case in chain order; encrypted payload parts shown as ``[chiffré]`` unless
    ``decrypt``. With ``cpas_id``, a case of another CPAS is reported as missing. The
    ``case_opened`` entries (the case's metadata digest, for ``verify``) only when asked."""
    get_case(register, case_id, cpas_id=cpas_id)
    with register.reader() as session:
        query = select(Entry).where(Entry.case_id == case_id)
        if not include_case_events:
            query = query.where(Entry.kind != EntryKind.CASE_OPENED.value)
        rows = session.scalars(query.order_by(Entry.seq))
        return [_view(e, register, decrypt) for e in rows]


def _jsonable(value: Any) -> Any:
    """Plain JSON values (dates as ISO strings), refusing anything else with a clear error."""
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return [_jsonable(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float) and value == value and value not in (float("inf"), float("-inf")):
        return value
    raise InvalidInputError(N_("Valeur non enregistrable dans le registre."))
