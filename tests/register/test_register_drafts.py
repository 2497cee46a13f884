"""Interview drafts, authors' display names, answers linked to what they answer, renaming a CPAS,
and migration 0009 down and up again (SQLite, and PostgreSQL through scripts/with-postgres.sh)."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from secretpro.register import Register
from secretpro.register import entries as E
from secretpro.register.accounts import create_user, get_account, set_display_name
from secretpro.register.db import alembic_config, writer
from secretpro.register.drafts import delete_draft, get_draft, list_drafts, save_draft
from secretpro.register.errors import ConflictError, InvalidInputError, NotFoundError
from secretpro.register.models import Base, EntrySummary, InterviewDraft
from secretpro.register.retention import purge_case
from secretpro.register.summaries import rebuild
from secretpro.supervision.figures import Filters, compute_figures

PASSWORD = "une phrase de passe inventée pour les tests"
STATE = {"answers": [["aid_type", "medical_costs"]], "received_on": "2025-02-03"}


def _two_cpas(register: Register) -> tuple[int, int, int, int]:
    ixelles = E.ensure_cpas(register, "CPAS d'Ixelles (test)")
    gent = E.ensure_cpas(register, "OCMW Gent (test)")
    worker = create_user(
        register, username="claire", password=PASSWORD, role="social_worker", cpas_id=ixelles
    )
    other = create_user(register, username="pieter", password=PASSWORD, role="social_worker", cpas_id=gent)
    return ixelles, gent, worker, other


def test_a_draft_is_encrypted_owned_and_deleted(register: Register) -> None:
    ixelles, gent, worker, other = _two_cpas(register)
    case = E.create_case(register, ixelles, subject_name="Léa Inventée")
    draft = save_draft(
        register,
        user_id=worker,
        cpas_id=ixelles,
        rule="guarantor-inquiry",
        name="Inventée — garant",
        state=STATE,
        case_id=case,
    )
    saved = get_draft(register, draft, user_id=worker, cpas_id=ixelles)
    assert (saved.name, saved.state, saved.case_id, saved.rule) == (
        "Inventée — garant",
        STATE,
        case,
        "guarantor-inquiry",
    )
    with register.reader() as session:
        row = session.get(InterviewDraft, draft)
        assert row is not None and b"Invent" not in row.name_enc and b"medical" not in row.state_enc
    # Someone else's, or another CPAS's: missing.
    for user_id, cpas_id in ((other, gent), (other, ixelles), (worker, gent)):
        with pytest.raises(NotFoundError):
            get_draft(register, draft, user_id=user_id, cpas_id=cpas_id)
        with pytest.raises(NotFoundError):
            delete_draft(register, draft, user_id=user_id, cpas_id=cpas_id)
        assert list_drafts(register, user_id=user_id, cpas_id=cpas_id) == []
    # Saving again overwrites it; the case's list and the user's list show it.
    save_draft(
        register,
        user_id=worker,
        cpas_id=ixelles,
        rule="guarantor-inquiry",
        name="renommé",
        state={},
        case_id=case,
        draft_id=draft,
    )
    assert [d.name for d in list_drafts(register, user_id=worker, cpas_id=ixelles, case_id=case)] == [
        "renommé"
    ]
    free = save_draft(
        register, user_id=worker, cpas_id=ixelles, rule="shared-secrecy", name="sans dossier", state={}
    )
    assert [d.id for d in list_drafts(register, user_id=worker, cpas_id=ixelles)] == [free, draft]
    delete_draft(register, draft, user_id=worker, cpas_id=ixelles)
    assert [d.id for d in list_drafts(register, user_id=worker, cpas_id=ixelles)] == [free]


def test_a_draft_refuses_a_bad_name_and_a_case_of_another_cpas(register: Register) -> None:
    ixelles, gent, worker, _ = _two_cpas(register)
    theirs = E.create_case(register, gent, subject_name="Autre Inventé")
    with pytest.raises(InvalidInputError, match="Nom du brouillon"):
        save_draft(register, user_id=worker, cpas_id=ixelles, rule="r", name="  ", state={})
    with pytest.raises(InvalidInputError, match="Nom du brouillon"):
        save_draft(register, user_id=worker, cpas_id=ixelles, rule="r", name="x" * 121, state={})
    with pytest.raises(NotFoundError):
        save_draft(register, user_id=worker, cpas_id=ixelles, rule="r", name="n", state={}, case_id=theirs)


def test_purging_a_case_drops_its_drafts(register: Register) -> None:
    ixelles, _, worker, _ = _two_cpas(register)
    case = E.create_case(register, ixelles, subject_name="Purgé Inventé")
    save_draft(register, user_id=worker, cpas_id=ixelles, rule="r", name="Purgé", state={}, case_id=case)
    purge_case(register, case)
    assert list_drafts(register, user_id=worker, cpas_id=ixelles) == []


def test_display_name(register: Register) -> None:
    ixelles, _, worker, _ = _two_cpas(register)
    account = get_account(register, worker)
    assert account is not None and account.display_name is None and account.author_name == "claire"
    set_display_name(register, worker, "  Claire   Inventée, assistante sociale ")
    account = get_account(register, worker)
    assert account is not None and account.author_name == "Claire Inventée, assistante sociale"
    set_display_name(register, worker, "")
    assert get_account(register, worker).author_name == "claire"  # type: ignore[union-attr]
    with pytest.raises(InvalidInputError, match="Nom affiché"):
        set_display_name(register, worker, "x" * 121)
    named = create_user(
        register,
        username="marie",
        password=PASSWORD,
        role="social_worker",
        cpas_id=ixelles,
        display_name="Marie Inventée",
    )
    assert get_account(register, named).author_name == "Marie Inventée"  # type: ignore[union-attr]


def test_renaming_a_cpas(register: Register) -> None:
    ixelles, _gent, _, _ = _two_cpas(register)
    E.rename_cpas(register, ixelles, "  CPAS   de Saint-Gilles ")
    assert E.cpas_name(register, ixelles) == "CPAS de Saint-Gilles"
    with pytest.raises(ConflictError):
        E.rename_cpas(register, ixelles, "OCMW Gent (test)")
    with pytest.raises(InvalidInputError, match="Nom du CPAS"):
        E.rename_cpas(register, ixelles, " ")
    assert register.verify(use_seal=False).ok


def _awaited(register: Register, cpas_id: int) -> int:
    return compute_figures(register, cpas_id, Filters(awaited_days=0), date(2100, 1, 1)).awaiting_total


def test_an_answer_linked_to_what_it_answers(register: Register) -> None:
    ixelles, _, _worker, _ = _two_cpas(register)
    case = E.create_case(register, ixelles, subject_name="Lien Inventé")
    first = E.record_document(register, case, "oe_email", "ab" * 32, [], recipient="office_des_etrangers")
    second = E.record_request(register, case, "outgoing", {"recipient": "office_des_etrangers"})
    assert E.awaiting_answer(register, case) == [first, second]
    assert _awaited(register, ixelles) == 1
    # An answer to the second: the first still awaits its own.
    answer = E.record_answer(register, case, date(2025, 3, 1), "Réponse inventée", answers_entry=second)
    assert E.get_entry(register, answer, decrypt=True).payload["answers_entry"] == second  # type: ignore[index]
    assert E.awaiting_answer(register, case) == [first]
    assert _awaited(register, ixelles) == 1
    E.record_answer(register, case, date(2025, 3, 2), "Autre réponse inventée", answers_entry=first)
    assert E.awaiting_answer(register, case) == []
    assert _awaited(register, ixelles) == 0
    # A rebuild from the entries gives the same rows.
    with register.reader() as session:
        before = sorted(
            (r.entry_id, r.oe_last, r.answers_entry) for r in session.scalars(select(EntrySummary))
        )
    with writer(register.engine).begin() as connection:
        rebuild(connection)
    with register.reader() as session:
        after = sorted(
            (r.entry_id, r.oe_last, r.answers_entry) for r in session.scalars(select(EntrySummary))
        )
    assert after == before
    # A link stays inside the case, to something sent.
    other = E.create_case(register, ixelles, subject_name="Autre Lien")
    with pytest.raises(InvalidInputError):
        E.record_answer(register, other, date(2025, 3, 1), "x", answers_entry=first)
    incoming = E.record_request(register, case, "incoming", {"requester": "police"})
    with pytest.raises(InvalidInputError):
        E.record_answer(register, case, date(2025, 3, 1), "x", answers_entry=incoming)
    assert register.verify(use_seal=False).ok


def test_an_answer_linked_to_nothing_answers_all_sent_before(register: Register) -> None:
    ixelles, _, _, _ = _two_cpas(register)
    case = E.create_case(register, ixelles, subject_name="Sans Lien")
    E.record_document(register, case, "oe_email", "ab" * 32, [])
    E.record_document(register, case, "oe_email", "cd" * 32, [])
    E.record_answer(register, case, date(2025, 3, 1), "Réponse inventée")
    assert E.awaiting_answer(register, case) == []
    assert _awaited(register, ixelles) == 0
    later = E.record_document(register, case, "oe_email", "ef" * 32, [])
    assert E.awaiting_answer(register, case) == [later]


def test_0009_goes_down_and_up_again(register: Register) -> None:
    _ixelles, _, worker, _ = _two_cpas(register)
    set_display_name(register, worker, "Claire Inventée")
    engine = register.engine
    with writer(engine).connect() as conn, conn.begin():
        command.downgrade(alembic_config(conn), "0008")
    assert "interview_drafts" not in inspect(engine).get_table_names()
    assert "display_name" not in {c["name"] for c in inspect(engine).get_columns("users")}
    with writer(engine).connect() as conn, conn.begin():
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM users")).scalar() == 2
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
