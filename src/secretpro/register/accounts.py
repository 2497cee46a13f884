"""User accounts and API tokens: argon2 password hashes, roles, tokens stored as hashes only.

Roles: a social worker sees the cases of their own CPAS, a supervisor all cases of the CPAS and
its exports, an administrator manages users. The web layer enforces them; this module stores them.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from secretpro.i18n import N_

from .errors import ConflictError, InvalidInputError, NotFoundError
from .models import ApiToken, Cpas, RegisterMeta, Role, User
from .store import Register

MIN_PASSWORD_LENGTH = 12
MIN_PASSWORD_SCORE = 3
"""zxcvbn's score (0–4): 3 is "safely unguessable", about 10^10 guesses."""
PRODUCT_WORDS = ("secretpro", "cpas", "ocmw", "admin", "administrateur")
TOKEN_PREFIX = "sp_"
# argon2id with the library's defaults (RFC 9106 "low memory" profile); check_needs_rehash
# upgrades old hashes at the next successful login when these change.
_hasher = PasswordHasher()
# Verified against when the user does not exist, so that a login for an unknown name takes as long
# as one for a known name (no user enumeration by timing).
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    role: Role
    cpas_id: int
    active: bool
    created_at: datetime
    display_name: str | None = None
    """How documents and the case timeline name this author; ``None``: the username."""

    @property
    def author_name(self) -> str:
        return self.display_name or self.username


@dataclass(frozen=True)
class NewToken:
    """A token just created: ``token`` is shown once and never stored."""

    id: int
    token: str


@dataclass(frozen=True)
class TokenInfo:
    id: int
    user_id: int
    name: str
    created_at: datetime
    revoked: bool


def _account(user: User) -> Account:
    return Account(
        user.id, user.username, Role(user.role), user.cpas_id, user.active, user.created_at, user.display_name
    )


MAX_DISPLAY_NAME = 120


def clean_display_name(value: str | None) -> str | None:
    """A display name as stored: spaces collapsed, ``None`` when empty; refuses a control character
    or more than ``MAX_DISPLAY_NAME`` characters."""
    if value is None:
        return None
    clean = " ".join(value.split())
    if len(clean) > MAX_DISPLAY_NAME or any(ord(char) < 32 or ord(char) == 127 for char in clean):
        raise InvalidInputError(
            N_("Nom affiché : au plus {n} caractères, sans caractère de contrôle."), n=MAX_DISPLAY_NAME
        )
    return clean or None


def parse_role(value: str) -> Role:
    try:
        return Role(value.strip().lower())
    except ValueError:
        raise InvalidInputError(
            N_("Rôle inconnu : choisissez social_worker, supervisor ou administrator.")
        ) from None


def hash_password(password: str, user_inputs: Sequence[str] = ()) -> str:
    check_password_policy(password, user_inputs)
    return _hasher.hash(password)


def check_password_policy(password: str, user_inputs: Sequence[str] = ()) -> None:
    """At least ``MIN_PASSWORD_LENGTH`` characters, and hard to guess: zxcvbn (Dropbox's estimator:
    common-password lists, dictionary words, names, keyboard patterns, repeats, sequences, dates)
    must rate it at least ``MIN_PASSWORD_SCORE`` of 4, the user name and the product's own words
    counting as known words. "aaaaaaaaaaaa" or "Azerty123456" are refused; a phrase of a few
    words passes."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInputError(
            N_("Le mot de passe doit compter au moins {n} caractères."), n=MIN_PASSWORD_LENGTH
        )
    from zxcvbn import zxcvbn

    # zxcvbn rates at most 72 characters (its cost grows with the length): the first 72 it is.
    known = [word for word in (*user_inputs, *PRODUCT_WORDS) if word]
    if zxcvbn(password[:72], user_inputs=known)["score"] < MIN_PASSWORD_SCORE:
        raise InvalidInputError(
            N_(
                "Mot de passe trop facile à deviner (mot de passe courant, mot du dictionnaire, nom, "
                "répétition ou suite de touches) : choisissez une phrase de plusieurs mots."
            )
        )


def verify_password(password_hash: str, password: str) -> tuple[bool, str | None]:
    """``(matches, new_hash)``: ``new_hash`` is set when the stored hash should be upgraded."""
    try:
        _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False, None
    if _hasher.check_needs_rehash(password_hash):
        return True, _hasher.hash(password)
    return True, None


def _clean_username(username: str) -> str:
    clean = username.strip()
    if not clean or len(clean) > 150 or any(c.isspace() for c in clean):
        raise InvalidInputError(N_("Nom d’utilisateur invalide (1 à 150 caractères, sans espace)."))
    return clean


def create_user(
    register: Register,
    *,
    username: str,
    password: str,
    role: Role | str,
    cpas_id: int,
    display_name: str | None = None,
) -> int:
    """A new active user; returns its id. Refuses a username already taken."""
    clean = _clean_username(username)
    shown = clean_display_name(display_name)
    the_role = parse_role(role)
    password_hash = hash_password(password, (clean,))

    def create(session: Session) -> int:
        if session.get(Cpas, cpas_id) is None:
            raise NotFoundError(N_("CPAS inconnu dans le registre (n° {cpas_id})."), cpas_id=cpas_id)
        if session.scalar(select(User.id).where(User.username == clean)) is not None:
            raise ConflictError(N_("Ce nom d’utilisateur est déjà pris."))
        user = User(
            cpas_id=cpas_id,
            username=clean,
            password_hash=password_hash,
            role=the_role.value,
            display_name=shown,
        )
        session.add(user)
        session.flush()
        return user.id

    return register.write(create)


def authenticate(register: Register, username: str, password: str) -> Account | None:
    """The account when the password is right and the account active, else ``None``."""
    with register.reader() as session:
        user = session.scalars(select(User).where(User.username == username.strip())).one_or_none()
    if user is None:
        verify_password(_DUMMY_HASH, password)
        return None
    ok, new_hash = verify_password(user.password_hash, password)
    if not ok or not user.active:
        return None
    if new_hash is not None:
        user_id = user.id

        def rehash(session: Session) -> None:
            stored = session.get(User, user_id)
            if stored is not None:
                stored.password_hash = new_hash

        register.write(rehash)
    return _account(user)


def no_user_yet(register: Register) -> bool:
    """True until the first account exists (the first administrator's page is offered then)."""
    with register.reader() as session:
        return session.scalar(select(User.id).limit(1)) is None


def password_hash_of(register: Register, user_id: int) -> str:
    """The account's password hash: a session is bound to it, so a new password ends old sessions."""
    with register.reader() as session:
        return str(session.scalars(select(User.password_hash).where(User.id == user_id)).one())


def get_account(register: Register, user_id: int) -> Account | None:
    with register.reader() as session:
        user = session.get(User, user_id)
        return _account(user) if user is not None else None


def find_account(register: Register, username: str) -> Account | None:
    with register.reader() as session:
        user = session.scalars(select(User).where(User.username == username.strip())).one_or_none()
        return _account(user) if user is not None else None


def list_accounts(register: Register, cpas_id: int | None = None) -> list[Account]:
    with register.reader() as session:
        query = select(User).order_by(User.username)
        if cpas_id is not None:
            query = query.where(User.cpas_id == cpas_id)
        return [_account(u) for u in session.scalars(query)]


def _update_user(register: Register, user_id: int, **changes: object) -> None:
    def update(session: Session) -> None:
        user = session.get(User, user_id)
        if user is None:
            raise NotFoundError(N_("Utilisateur introuvable."))
        for name, value in changes.items():
            setattr(user, name, value)

    register.write(update)


def set_password(register: Register, user_id: int, password: str) -> None:
    account = get_account(register, user_id)
    names = (account.username,) if account is not None else ()
    _update_user(register, user_id, password_hash=hash_password(password, names))


def _change_mark(user_id: int) -> str:
    return f"password_change:{user_id}"


def require_password_change(register: Register, user_id: int, required: bool = True) -> None:
    """Mark (or clear) that the user must choose a new password at their next page: the first
    administrator's generated password, a password set by an administrator."""

    def work(session: Session) -> None:
        mark = session.get(RegisterMeta, _change_mark(user_id))
        if required and mark is None:
            session.add(RegisterMeta(key=_change_mark(user_id), value="1"))
        elif not required and mark is not None:
            session.delete(mark)

    register.write(work)


def password_change_required(register: Register, user_id: int) -> bool:
    with register.reader() as session:
        return session.get(RegisterMeta, _change_mark(user_id)) is not None


def set_role(register: Register, user_id: int, role: Role | str) -> None:
    _update_user(register, user_id, role=parse_role(role).value)


def set_display_name(register: Register, user_id: int, display_name: str | None) -> None:
    """How documents and the case timeline name the user from now on (empty: the username)."""
    _update_user(register, user_id, display_name=clean_display_name(display_name))


def set_active(register: Register, user_id: int, active: bool) -> None:
    _update_user(register, user_id, active=active)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_api_token(register: Register, user_id: int, name: str) -> NewToken:
    """A new API token for ``user_id``: the token is returned once; only its SHA-256 is kept."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    label = name.strip()[:100] or "api"

    def create(session: Session) -> int:
        if session.get(User, user_id) is None:
            raise NotFoundError(N_("Utilisateur introuvable."))
        row = ApiToken(user_id=user_id, token_hash=_token_hash(token), name=label)
        session.add(row)
        session.flush()
        return row.id

    return NewToken(register.write(create), token)


def authenticate_token(register: Register, token: str) -> Account | None:
    """The account owning ``token`` when the token is not revoked and the account active."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    with register.reader() as session:
        row = session.execute(
            select(User)
            .join(ApiToken, ApiToken.user_id == User.id)
            .where(ApiToken.token_hash == _token_hash(token), ApiToken.revoked.is_(False))
        ).scalar_one_or_none()
        if row is None or not row.active:
            return None
        return _account(row)


def list_api_tokens(register: Register, user_id: int) -> list[TokenInfo]:
    with register.reader() as session:
        rows = session.scalars(select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id))
        return [TokenInfo(t.id, t.user_id, t.name, t.created_at, t.revoked) for t in rows]


def revoke_api_token(register: Register, token_id: int, *, user_id: int | None = None) -> None:
    """Revoke a token; with ``user_id``, only a token of that user (else: not found)."""

    def revoke(session: Session) -> None:
        row = session.get(ApiToken, token_id)
        if row is None or (user_id is not None and row.user_id != user_id):
            raise NotFoundError(N_("Jeton introuvable."))
        row.revoked = True

    register.write(revoke)
