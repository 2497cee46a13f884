"""``Register``: one open register (engine, sessions, key), and its write-with-retry loop."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from secretpro.i18n import N_

from .chain import APPENDED, VerifyResult, verify
from .crypto import KeyRing, load_master_key
from .db import create_register_engine, upgrade_to_head, writer
from .errors import ChainBusyError, KeyConfigurationError, RegisterError
from .models import RegisterMeta
from .seal import ChainState, Checkpoint, Seal, SealProblem, advance_quietly
from .settings import database_url, default_key_file, seal_file

T = TypeVar("T")
_log = logging.getLogger(__name__)
WRITE_ATTEMPTS = 12
_KEY_CHECK = "key_check"
REGISTER_ID = "register_id"  # register_meta key: names this register's section of the seal file


def _retryable(error: DBAPIError) -> bool:
    """Lost a race: another writer took the chain position, or the database asked us to retry."""
    if isinstance(error, IntegrityError):
        # Only a unique violation is a lost race (two writers took one chain position or created
        # one case); a foreign-key or check violation is a bug and must not be retried.
        code = getattr(error.orig, "sqlstate", None)
        return code == "23505" or "UNIQUE constraint failed" in str(error.orig)
    if isinstance(error, OperationalError):
        code = getattr(error.orig, "sqlstate", None)  # psycopg: serialization failure, deadlock
        if code in {"40001", "40P01", "55P03"}:
            return True
        return "database is locked" in str(error.orig) or "busy" in str(error.orig)
    return False


class Register:
    """An open register. Thread-safe (SQLAlchemy engines are); open one per process."""

    def __init__(
        self, engine: Engine, keyring: KeyRing | None = None, *, seal_path: Path | None = None
    ) -> None:
        self.engine = engine
        self._keyring = keyring
        self.seal_path = seal_path if seal_path is not None else seal_file(engine.url)
        self._register_id: str | None = None

    @classmethod
    def open(
        cls,
        url: str | None = None,
        *,
        key: bytes | str | KeyRing | None = None,
        migrate: bool = True,
        need_key: bool = True,
        create_key: bool = True,
        seal_path: Path | None = None,
    ) -> Register:
        """Open (and by default migrate) the register at ``url`` or ``SECRETPRO_DATABASE_URL``.

        ``key``: a :class:`KeyRing`, a 32-byte master key or its base64 text; by default the key
        comes from ``SECRETPRO_KEY`` / ``SECRETPRO_KEY_FILE`` / the default key file (created on
        first use unless ``create_key`` is false). With ``need_key=False`` no key is loaded
        (enough to read entries without identities; ``verify`` needs the key). ``seal_path``: the
        seal file (default ``settings.seal_file``).
        """
        resolved = database_url(url)
        engine = create_register_engine(resolved)

        def load_key() -> KeyRing:
            return KeyRing.from_master(load_master_key(default_key_file(resolved), create=create_key))

        try:
            keyring: KeyRing | None = None
            if isinstance(key, KeyRing):
                keyring = key
            elif isinstance(key, bytes):
                keyring = KeyRing.from_master(key)
            elif isinstance(key, str):
                keyring = KeyRing.from_base64(key)
            elif need_key:
                keyring = load_key()
            heads = upgrade_to_head(engine, keyring=keyring or load_key) if migrate else None
            register = cls(engine, keyring, seal_path=seal_path)
            if keyring is not None:
                register._check_key(keyring)
            if heads:
                # The migration re-computed the chain (0004): seal the state it verified.
                Seal(register.seal_path, keyring or load_key(), register.register_id).advance(heads)
        except BaseException:
            engine.dispose()
            raise
        return register

    @property
    def keyring(self) -> KeyRing:
        if self._keyring is None:
            raise KeyConfigurationError()
        return self._keyring

    @property
    def has_key(self) -> bool:
        return self._keyring is not None

    @property
    def register_id(self) -> str:
        """The random id of this register (``register_meta``), which names its seal section."""
        if self._register_id is None:
            with self.reader() as session:
                value = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == REGISTER_ID))
            if value is None:
                raise RegisterError(N_("Le registre n’a pas d’identifiant (table register_meta modifiée ?)."))
            self._register_id = value
        return self._register_id

    def seal(self) -> Seal:
        return Seal(self.seal_path, self.keyring, self.register_id)

    def _check_key(self, keyring: KeyRing) -> None:
        """The first key used with a register is remembered (as an HMAC, not the key): a later
        wrong key is refused at once instead of failing on some old entry months later."""
        check = keyring.key_check()

        def remember(session: Session) -> str:
            stored = session.get(RegisterMeta, _KEY_CHECK)
            if stored is None:
                session.add(RegisterMeta(key=_KEY_CHECK, value=check))
                return check
            return stored.value

        with self.reader() as session:
            stored = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == _KEY_CHECK))
        if stored is None:
            stored = self.write(remember)
        if stored != check:
            raise KeyConfigurationError(
                N_(
                    "La clé de chiffrement ne correspond pas à ce registre "
                    "(vérifiez SECRETPRO_KEY ou SECRETPRO_KEY_FILE)."
                )
            )

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for reading (its objects stay usable after the block)."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def write(self, work: Callable[[Session], T], *, attempts: int = WRITE_ATTEMPTS) -> T:
        """Run ``work`` in a write transaction and commit; retry it whole when it lost a race.

        ``work`` must not have effects outside the database: it may run more than once.
        """
        for attempt in range(attempts):
            try:
                with Session(writer(self.engine), expire_on_commit=False) as session:
                    with session.begin():
                        result = work(session)
                    appended: Mapping[int, ChainState] | None = session.info.get(APPENDED)
                if appended:
                    # After the commit, never before: the seal must not get ahead of the database.
                    self._seal_quietly(appended)
                return result
            except DBAPIError as error:
                if not _retryable(error) or attempt == attempts - 1:
                    if _retryable(error):
                        raise ChainBusyError() from None
                    raise
                # Jittered backoff: writers that collided do not collide again in lockstep.
                time.sleep(random.uniform(0, 0.01 * 2 ** min(attempt, 6)))
        raise ChainBusyError()  # pragma: no cover - the loop always returns or raises

    def _seal_quietly(self, appended: Mapping[int, ChainState]) -> None:
        try:
            seal = self.seal()
        except RegisterError:
            _log.error("register seal not written: the register has no id")
            return
        advance_quietly(seal, appended)

    def verify(self, *, checkpoint: Checkpoint | None = None, use_seal: bool = True) -> VerifyResult:
        """Verify the chains (with the key), the case files, the seal and ``checkpoint``.

        ``use_seal=False`` leaves the seal out (``register seal --force`` re-seals a register
        whose seal was lost).
        """
        keyring = self.keyring
        try:
            register_id = self.register_id
        except RegisterError:
            return VerifyResult(ok=False, reason="seal_missing")
        if checkpoint is not None and checkpoint.register_id != register_id:
            return VerifyResult(ok=False, reason="checkpoint_foreign")
        sealed: dict[int, ChainState] | None = None
        problem: str | None = None
        if use_seal:
            # Read before the database snapshot (see ``chain.verify``).
            try:
                sealed = Seal(self.seal_path, keyring, register_id).read()
            except SealProblem as error:
                problem = error.reason
        return verify(
            self.engine,
            keyring,
            seal=sealed,
            seal_problem=problem,
            require_seal=use_seal,
            checkpoint=checkpoint.chains if checkpoint is not None else None,
        )

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Register:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
