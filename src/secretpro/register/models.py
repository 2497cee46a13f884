"""Database tables of the register (SQLAlchemy 2, typed)."""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# Fixed constraint names: Alembic can then drop or alter them identically on both databases.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Role(StrEnum):
    SOCIAL_WORKER = "social_worker"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


class EntryKind(StrEnum):
    REQUEST_INCOMING = "request_incoming"
    REQUEST_OUTGOING = "request_outgoing"
    DECISION = "decision"
    DOCUMENT_SENT = "document_sent"
    ANSWER_RECEIVED = "answer_received"
    CORRECTION = "correction"
    TOMBSTONE = "tombstone"
    # A case file was created: the payload carries the digest of its metadata (CPAS, creation,
    # encrypted identity, lookup hash), so the chain covers the ``case_files`` row too.
    CASE_OPENED = "case_opened"
    # A past decision that the current rules decide differently (``register replay``).
    REPLAY = "replay"
    # The mail relay (``secretpro.mail_relay``): a message held for forbidden data, and what a
    # supervisor did with it (released with a reason, returned to its sender, replaced by the
    # refusal letter).
    MAIL_HELD = "mail_held"
    MAIL_RELEASED = "mail_released"
    MAIL_RETURNED = "mail_returned"
    MAIL_REPLACED = "mail_replaced"


def _in_list(column: str, values: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_opaque_id() -> str:
    """Random, URL-safe, 16 characters: ids of cases and entries cannot be guessed or enumerated.

    An id never starts with ``-`` or ``_``: a spreadsheet reads a leading ``-`` as a formula, so the
    CSV export would have to quote it, and an id must read the same everywhere it is shown.
    """
    while True:
        candidate = secrets.token_urlsafe(12)
        if candidate[0] not in "-_":
            return candidate


class UTCDateTime(TypeDecorator[datetime]):
    """Always an aware UTC datetime in Python, whatever the database gives back.

    SQLite has no time zones (it returns naive values); PostgreSQL returns them in the session's
    zone. The chain hashes timestamps, so both must come back as the same UTC instant.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        # SQLite would store the offset inconsistently; store naive UTC there.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Cpas(Base):
    __tablename__ = "cpas"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint(_in_list("role", Role), name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cpas_id: Mapped[int] = mapped_column(ForeignKey("cpas.id"), index=True)
    username: Mapped[str] = mapped_column(String(150), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # How documents and the case timeline name the author ("Marie Dupont, assistante sociale");
    # none: the username (migration 0009).
    display_name: Mapped[str | None] = mapped_column(String(200))


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    # SHA-256 of the token: a leaked database does not leak usable tokens. The tokens are random
    # 256-bit values, so a fast hash is enough (no dictionary to attack, unlike passwords).
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class CaseFile(Base):
    __tablename__ = "case_files"
    # One case per person and CPAS: two workers recording at once for the same national number
    # end up in the same case. Purged cases have a NULL lookup, which never conflicts.
    __table_args__ = (UniqueConstraint("cpas_id", "subject_nn_lookup"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_opaque_id)
    cpas_id: Mapped[int] = mapped_column(ForeignKey("cpas.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    subject_name_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    subject_nn_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    subject_nn_lookup: Mapped[str | None] = mapped_column(String(64))
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Entry(Base):
    """One line of the register. Append-only: rows are never updated, except that retention
    erases ``payload`` (never ``payload_hash``) of a purged case."""

    __tablename__ = "entries"
    __table_args__ = (
        # Two writers can never both take the same chain position.
        UniqueConstraint("cpas_id", "seq"),
        CheckConstraint(_in_list("kind", EntryKind), name="kind"),
        Index("ix_entries_case_id_seq", "case_id", "seq"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    cpas_id: Mapped[int] = mapped_column(ForeignKey("cpas.id"))
    seq: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_files.id"))
    kind: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    payload: Mapped[str | None] = mapped_column(Text)
    payload_hash: Mapped[str] = mapped_column(String(64))
    corrects: Mapped[str | None] = mapped_column(ForeignKey("entries.id"))
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class EntrySummary(Base):
    """What the supervisors' figures count of one entry, in plain columns (``summaries.py``).

    Derived from the entry and the clear part of its payload (codes and dates only, never an
    encrypted value or free text), written in the transaction that appends the entry, so that the
    dashboard aggregates with indexed queries instead of parsing every payload on each view. Outside
    the chain: nothing here is hashed, and a correction or a retention purge rewrites the row (the
    figures follow the corrected payload), so the entries themselves stay append-only.
    """

    __tablename__ = "entry_summaries"
    # Each figure reads one index only (every column it needs is in it, in GROUP BY order, so the
    # database counts while it walks the index: no table lookup, no sort).
    __table_args__ = (
        # Requests and decisions: by kind, then the codes counted (the rule first: a rule filter
        # reads its own decisions only).
        Index(
            "ix_entry_summaries_counts",
            "cpas_id",
            "kind",
            "rule",
            "requester",
            "outcome",
            "step",
            "rules_version",
            "month",
            "day",
            "author_id",
            "case_id",
            "pair_plain",
            "pair_request",
        ),
        # Cases per worker: distinct (worker, case) pairs in index order.
        Index(
            "ix_entry_summaries_workers",
            "cpas_id",
            "author_id",
            "case_id",
            "kind",
            "day",
            "requester",
            "rule",
        ),
        # Every figure of a short period, from that period's rows only (see ``supervision.figures``).
        Index(
            "ix_entry_summaries_period",
            "cpas_id",
            "day",
            "kind",
            "author_id",
            "case_id",
            "rule",
            "requester",
            "outcome",
            "step",
            "rules_version",
            "month",
        ),
        # … and without a period, one flagged row per pair.
        Index(
            "ix_entry_summaries_first", "cpas_id", "worker_first", "author_id", "pair_plain", "pair_request"
        ),
        # … and the pairs of decisions only, by rule, for a rule filter.
        Index(
            "ix_entry_summaries_decision_pairs",
            "cpas_id",
            "pair_plain",
            "pair_request",
            "kind",
            "rule",
            "author_id",
            "case_id",
        ),
        # Answers awaited: each case's last exchange with the OE.
        Index("ix_entry_summaries_awaiting", "cpas_id", "oe_last", "oe_step", "day", "case_id", "author_id"),
        # Keeping a case's flags up to date on append.
        Index("ix_entry_summaries_case_id_seq", "case_id", "seq"),
    )

    # No foreign key to ``case_files`` or ``users``: the entry already holds them; deleting an entry
    # (only ever done by hand, or by a downgrade) takes its summary with it.
    entry_id: Mapped[str] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True)
    cpas_id: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    # The day the figures file the entry under (Brussels): a request's reception date, else the
    # day of recording; ``month`` is its ``YYYY-MM``, stored so that no dialect's date function is needed.
    day: Mapped[date] = mapped_column(Date)
    month: Mapped[str] = mapped_column(String(7))
    author_id: Mapped[int | None] = mapped_column(Integer)
    # Codes copied from the clear payload; unbounded: they are whatever the payload holds.
    requester: Mapped[str | None] = mapped_column(String())
    rule: Mapped[str | None] = mapped_column(String())
    outcome: Mapped[str | None] = mapped_column(String())
    step: Mapped[str | None] = mapped_column(String())
    rules_version: Mapped[str | None] = mapped_column(String())
    # ``sent`` (a request or document to the OE), ``answer`` (the OE's answer) or None; ``oe_last``
    # marks the last of them in the case, so a case awaits an answer when it is a ``sent``.
    oe_step: Mapped[str | None] = mapped_column(String(8))
    oe_last: Mapped[bool] = mapped_column(Boolean, default=False)
    # The first row of its worker in its case (``author_id`` None is one more "worker"): a count of
    # these is the number of cases per worker over the whole register. Entries are never removed
    # and keep their author, so the flag never moves once set.
    worker_first: Mapped[bool] = mapped_column(Boolean, default=False)
    # What the rows of the same (worker, case) pair hold, on each of them: a request or document
    # sent or an answer (``pair_plain``: the pair counts whatever the rule and requester filters),
    # a request received (``pair_request``: it counts whatever the rule). Only ever set, never unset.
    pair_plain: Mapped[bool] = mapped_column(Boolean, default=False)
    pair_request: Mapped[bool] = mapped_column(Boolean, default=False)
    # An answer's link: the request or document sent (its entry id) that it answers (migration 0009);
    # that one no longer awaits an answer (see ``summaries.mark_last_exchange``).
    answers_entry: Mapped[str | None] = mapped_column(String(32))


class ChainHead(Base):
    """The last position and hash of each CPAS chain.

    It is the row writers lock to append (one at a time per CPAS), and lets ``verify`` notice a
    truncated tail: deleting the last entries leaves the head pointing past the end.
    """

    __tablename__ = "chain_heads"

    cpas_id: Mapped[int] = mapped_column(ForeignKey("cpas.id"), primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    head_hash: Mapped[str] = mapped_column(String(64))


class RegisterMeta(Base):
    __tablename__ = "register_meta"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class LoginThrottle(Base):
    """Failed logins, per username and per client address (web accounts; ``web/accounts/throttling``).

    ``key`` is a keyed hash (``u:…`` or ``ip:…``), never the username or the address itself. Kept in
    the database so that several web workers behind a load balancer share one count.
    """

    __tablename__ = "login_throttle"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    window_start: Mapped[datetime] = mapped_column(UTCDateTime())
    lock_count: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class WebSession(Base):
    """A login session of the web application (``web/accounts/session_store``).

    ``id`` is a keyed hash of the session's random nonce, never the nonce or the cookie itself: a
    copy of the database gives no usable session. A row that is missing or revoked ends the session
    whatever its cookie says (logout, "log out everywhere", a password reset or a deactivation by
    an administrator), on every web worker sharing the database.
    """

    __tablename__ = "web_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class HeldMessageStatus(StrEnum):
    HELD = "held"
    RELEASED = "released"
    RETURNED = "returned"
    REPLACED = "replaced"


class HeldMessage(Base):
    """A message the mail relay held (``secretpro.mail_relay.holding``).

    The message, its envelope and the guard's report are AES-GCM-encrypted with the register key,
    bound to this row; only the categories found (no values) and the sizes stay in clear.
    """

    __tablename__ = "held_messages"
    __table_args__ = (
        CheckConstraint(_in_list("status", HeldMessageStatus), name="status"),
        Index("ix_held_messages_cpas_id_status", "cpas_id", "status"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_opaque_id)
    cpas_id: Mapped[int] = mapped_column(ForeignKey("cpas.id"))
    case_id: Mapped[str] = mapped_column(ForeignKey("case_files.id"))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    status: Mapped[str] = mapped_column(String(16))
    profile: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(2))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    categories: Mapped[str] = mapped_column(String(300))
    envelope_enc: Mapped[bytes] = mapped_column(LargeBinary)
    message_enc: Mapped[bytes] = mapped_column(LargeBinary)
    report_enc: Mapped[bytes] = mapped_column(LargeBinary)
    held_entry_id: Mapped[str | None] = mapped_column(String(32))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decision_entry_id: Mapped[str | None] = mapped_column(String(32))
    # The relay's outbox: the notice to the sender, then what the decision sends (the message
    # released, returned or replaced), each marked once the smarthost accepted it.
    notice_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ExportKind(StrEnum):
    ENTRIES_XLSX = "entries_xlsx"
    ENTRIES_CSV = "entries_csv"
    REPORT_PDF = "report_pdf"
    STATS_JSON = "stats_json"
    STATS_CSV = "stats_csv"


class ExportRecord(Base):
    """One export of a supervisor (``secretpro.supervision.exports``): who, when, which filter.

    Its own append-only table rather than chain entries: an export belongs to no case file (entries
    need one), and the chain stays about people's cases. Each row carries a keyed MAC of its
    content, so a row edited in the database is caught by ``supervision.audit.check_export_log``.
    """

    __tablename__ = "export_log"
    __table_args__ = (
        CheckConstraint(_in_list("kind", ExportKind), name="kind"),
        Index("ix_export_log_cpas_id_created_at", "cpas_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_opaque_id)
    cpas_id: Mapped[int | None] = mapped_column(ForeignKey("cpas.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    kind: Mapped[str] = mapped_column(String(20))
    filters: Mapped[str] = mapped_column(Text)
    rows: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))


class InterviewDraft(Base):
    """An interview in progress saved by a worker ("Enregistrer comme brouillon", ``drafts.py``).

    Work in progress, not a decision: outside the chain, deleted when done with. Its name and its
    state (answers, reference date, the incoming request it answers) are AES-GCM-encrypted bound to
    this row, like a case's identity; the owner, CPAS, case and rule stay in clear to list them.
    """

    __tablename__ = "interview_drafts"
    __table_args__ = (
        Index("ix_interview_drafts_user_id_updated_at", "user_id", "updated_at"),
        Index("ix_interview_drafts_case_id", "case_id"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_opaque_id)
    cpas_id: Mapped[int] = mapped_column(ForeignKey("cpas.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_files.id"))
    rule: Mapped[str] = mapped_column(String(64))
    name_enc: Mapped[bytes] = mapped_column(LargeBinary)
    state_enc: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
