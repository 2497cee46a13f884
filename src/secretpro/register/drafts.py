"""Interview drafts: an interview in progress a worker saved by name, to pick it up later.

Work in progress, not a decision: a draft is no chain entry (nothing was decided or sent), it can
be overwritten and deleted, and it is deleted once its interview's decision is recorded in a case.
Its name (which may name the person: "Dupont — garant") and its state (the answers, the reference
date, the incoming request it answers) are AES-GCM-encrypted, bound to their row and column like a
case's identity; the owner, the CPAS, the case and the rule stay in clear so that drafts can be
listed. Every function takes the owner's user id and CPAS: a draft of someone else, or of another
CPAS, is reported exactly like a missing one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from secretpro.i18n import N_

from .errors import InvalidInputError, NotFoundError
from .models import CaseFile, InterviewDraft, new_opaque_id, utcnow
from .store import Register

MAX_NAME = 120
MAX_STATE_BYTES = 32_000
MAX_DRAFTS_PER_USER = 200
_NAME_CONTEXT = "interview_drafts.name_enc|{}"
_STATE_CONTEXT = "interview_drafts.state_enc|{}"
NOT_FOUND = N_("Brouillon introuvable.")


@dataclass(frozen=True)
class Draft:
    id: str
    user_id: int
    cpas_id: int
    case_id: str | None
    rule: str
    name: str
    state: dict[str, Any]
    created_at: datetime
    updated_at: datetime


def clean_name(name: str) -> str:
    """The draft's name as stored (spaces collapsed); refuses an empty or too long one."""
    clean = " ".join(name.split())
    if not clean:
        raise InvalidInputError(N_("Nom du brouillon : donnez-lui un nom."))
    if len(clean) > MAX_NAME:
        raise InvalidInputError(N_("Nom du brouillon : au plus {n} caractères."), n=MAX_NAME)
    if any(ord(char) < 32 or ord(char) == 127 for char in clean):
        raise InvalidInputError(N_("Nom du brouillon : caractère de contrôle refusé."))
    return clean


def _state_text(state: Mapping[str, Any]) -> str:
    text = json.dumps(dict(state), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if len(text.encode("utf-8")) > MAX_STATE_BYTES:
        raise InvalidInputError(N_("Brouillon trop grand pour être enregistré."))
    return text


def save_draft(
    register: Register,
    *,
    user_id: int,
    cpas_id: int,
    rule: str,
    name: str,
    state: Mapping[str, Any],
    case_id: str | None = None,
    draft_id: str | None = None,
) -> str:
    """Saves an interview in progress; with ``draft_id`` (one of the user's own), overwrites it.
    ``case_id``: the case it belongs to (one of the CPAS's, not purged). Returns the draft's id."""
    clean = clean_name(name)
    text = _state_text(state)
    keyring = register.keyring

    def write(session: Session) -> str:
        if case_id is not None:
            case = session.get(CaseFile, case_id)
            if case is None or case.cpas_id != cpas_id or case.removed_at is not None:
                raise NotFoundError(N_("Dossier introuvable."))
        row = _own(session, draft_id, user_id, cpas_id) if draft_id is not None else None
        if row is None:
            count = len(
                session.scalars(
                    select(InterviewDraft.id)
                    .where(InterviewDraft.user_id == user_id)
                    .limit(MAX_DRAFTS_PER_USER)
                ).all()
            )
            if count >= MAX_DRAFTS_PER_USER:
                raise InvalidInputError(
                    N_("Trop de brouillons ({n}) : supprimez ceux dont vous n'avez plus besoin."),
                    n=MAX_DRAFTS_PER_USER,
                )
            row = InterviewDraft(id=new_opaque_id(), cpas_id=cpas_id, user_id=user_id, created_at=utcnow())
            session.add(row)
        row.rule = rule
        row.case_id = case_id
        row.name_enc = keyring.encrypt(clean, _NAME_CONTEXT.format(row.id))
        row.state_enc = keyring.encrypt(text, _STATE_CONTEXT.format(row.id))
        row.updated_at = utcnow()
        session.flush()
        return row.id

    return register.write(write)


def _own(session: Session, draft_id: str, user_id: int, cpas_id: int) -> InterviewDraft | None:
    row = session.get(InterviewDraft, draft_id)
    if row is None or row.user_id != user_id or row.cpas_id != cpas_id:
        return None
    return row


def _draft(row: InterviewDraft, register: Register) -> Draft:
    keyring = register.keyring
    state = json.loads(keyring.decrypt(row.state_enc, _STATE_CONTEXT.format(row.id)))
    return Draft(
        id=row.id,
        user_id=row.user_id,
        cpas_id=row.cpas_id,
        case_id=row.case_id,
        rule=row.rule,
        name=keyring.decrypt(row.name_enc, _NAME_CONTEXT.format(row.id)),
        state=state if isinstance(state, dict) else {},
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def get_draft(register: Register, draft_id: str, *, user_id: int, cpas_id: int) -> Draft:
    with register.reader() as session:
        row = _own(session, draft_id, user_id, cpas_id)
        if row is None:
            raise NotFoundError(NOT_FOUND)
        return _draft(row, register)


def list_drafts(register: Register, *, user_id: int, cpas_id: int, case_id: str | None = None) -> list[Draft]:
    """The user's drafts, the latest saved first; with ``case_id``, those of that case only."""
    with register.reader() as session:
        query = select(InterviewDraft).where(
            InterviewDraft.user_id == user_id, InterviewDraft.cpas_id == cpas_id
        )
        if case_id is not None:
            query = query.where(InterviewDraft.case_id == case_id)
        rows = session.scalars(query.order_by(InterviewDraft.updated_at.desc(), InterviewDraft.id))
        return [_draft(row, register) for row in rows]


def delete_draft(register: Register, draft_id: str, *, user_id: int, cpas_id: int) -> None:
    """Deletes one of the user's drafts (``NotFoundError`` for any other id)."""

    def work(session: Session) -> None:
        row = _own(session, draft_id, user_id, cpas_id)
        if row is None:
            raise NotFoundError(NOT_FOUND)
        session.delete(row)

    register.write(work)


def delete_case_drafts(session: Session, case_id: str) -> None:
    """Drops the drafts of a case being purged (in the purge's transaction): they may name the
    person, and their case is gone."""
    session.execute(delete(InterviewDraft).where(InterviewDraft.case_id == case_id))
