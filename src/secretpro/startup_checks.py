"""Before a command opens the register: is everything it needs there, readable, and the right key?

``preflight`` looks without creating anything (no folder, no key file, no database): a command
that is going to be refused is refused *before* it leaves a new key file or an empty database
behind. ``explain`` turns what can still go wrong once the register is open (a key, file or
database error) into the same kind of answer. Either way the command prints one line that names
the file (or ``SECRETPRO_KEY``, or the database URL without its password) and exits with 2.

Nothing here repeats a database error's text: it can quote SQL parameters (personal data) or a
password.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from secretpro.i18n import N_, Language, translator

KEY_MISSING_FOR_EXISTING = N_(
    "fichier de clé introuvable ; ce registre existe déjà et ne s'ouvre qu'avec sa clé : remettez le "
    "fichier de clé en place ou indiquez-le avec SECRETPRO_KEY_FILE"
)
KEY_MISMATCH = N_("cette clé ne correspond pas au registre (vérifiez SECRETPRO_KEY ou SECRETPRO_KEY_FILE)")
REGISTER_MISSING = N_("registre introuvable (aucune base de données à cet endroit)")
NOT_A_FILE = N_("n'est pas un fichier")
NOT_A_FOLDER = N_("n'est pas un dossier")
NOT_READABLE = N_("lecture refusée (droits du fichier)")
NOT_WRITABLE = N_("écriture refusée (droits du fichier ou du dossier)")
NOT_SQLITE = N_("n'est pas une base de données SQLite du registre, ou elle est endommagée")
READ_ONLY_DB = N_("base de données en lecture seule")
DB_LOCKED = N_("base de données verrouillée par un autre programme ; réessayez")
DB_UNREACHABLE = N_("base de données inaccessible ou dans un état inattendu")
FILE_ERROR = N_("erreur de fichier (%(reason)s)")


class AccessError(Exception):
    """What keeps a command from opening the register: ``where`` (a file, ``SECRETPRO_KEY``, a
    database URL without password) and a message (a French msgid, or a function of ``_``)."""

    def __init__(
        self, where: str, message: str | Callable[[Callable[[str], str]], str], **params: str
    ) -> None:
        self.where = where
        self.message = message
        self.params = params
        super().__init__(where)

    def line(self, language: Language = "fr") -> str:
        _ = translator(language)
        if callable(self.message):
            text = self.message(_)
        else:
            text = _(self.message) % self.params if self.params else _(self.message)
        return f"{self.where}: {text}"


def register_location(url: str) -> str:
    from sqlalchemy.engine import make_url

    from secretpro.register.settings import sqlite_path

    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return make_url(url).render_as_string(hide_password=True)


def key_location(url: str) -> str:
    from secretpro.register.settings import KEY_ENV, KEY_FILE_ENV, default_key_file

    if os.environ.get(KEY_ENV, "").strip():
        return KEY_ENV
    from_env = os.environ.get(KEY_FILE_ENV, "").strip()
    return str(Path(from_env).expanduser() if from_env else default_key_file(url))


def _nearest_existing(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path("/")


def _check_sqlite_file(path: Path, *, must_exist: bool, write: bool) -> bool:
    """Whether the file exists; ``AccessError`` when it cannot be used."""
    if path.exists():
        if not path.is_file():
            raise AccessError(str(path), NOT_A_FILE)
        if not os.access(path, os.R_OK):
            raise AccessError(str(path), NOT_READABLE)
        if write and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            raise AccessError(str(path), NOT_WRITABLE)
        return True
    if must_exist:
        raise AccessError(str(path), REGISTER_MISSING)
    existing = _nearest_existing(path.parent)
    if not existing.is_dir():
        raise AccessError(str(existing), NOT_A_FOLDER)
    if not os.access(existing, os.W_OK | os.X_OK):
        raise AccessError(str(existing), NOT_WRITABLE)
    return False


def _stored_key_check(url: str, sqlite_file: Path | None) -> str | None:
    """The register's remembered key check, ``None`` for a new (empty) database; read only."""
    query = "SELECT value FROM register_meta WHERE key = 'key_check'"
    if sqlite_file is not None:
        try:
            # Without a write-ahead log beside it, the file is read as immutable: SQLite then
            # creates no -wal/-shm files either. With one (a server running), they exist already.
            wal = sqlite_file.with_name(sqlite_file.name + "-wal").exists()
            options = "mode=ro" if wal else "mode=ro&immutable=1"
            connection = sqlite3.connect(f"{sqlite_file.resolve().as_uri()}?{options}", uri=True)
        except sqlite3.Error:
            raise AccessError(str(sqlite_file), NOT_SQLITE) from None
        try:
            row = connection.execute(query).fetchone()
        except sqlite3.OperationalError as error:
            if "no such table" in str(error):
                return None
            raise AccessError(str(sqlite_file), _sqlite_reason(str(error))) from None
        except sqlite3.DatabaseError:
            raise AccessError(str(sqlite_file), NOT_SQLITE) from None
        finally:
            connection.close()
        return str(row[0]) if row else None
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import ProgrammingError, SQLAlchemyError

    engine = create_engine(url)
    try:
        with engine.connect() as database:
            value = database.execute(text(query)).scalar()
    except ProgrammingError:  # no such table: a new database
        return None
    except SQLAlchemyError:
        raise AccessError(register_location(url), DB_UNREACHABLE) from None
    finally:
        engine.dispose()
    return str(value) if value is not None else None


def _sqlite_reason(text: str) -> str:
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return READ_ONLY_DB
    if "locked" in lowered or "busy" in lowered:
        return DB_LOCKED
    if "not a database" in lowered or "malformed" in lowered:
        return NOT_SQLITE
    return DB_UNREACHABLE


def preflight(url: str | None = None, *, need_key: bool = True, must_exist: bool = False) -> None:
    """Refuse now, naming the file, what opening the register would refuse later; create nothing.

    ``must_exist``: the command reads an existing register (``verify``, ``export``…): a missing
    SQLite file is an error, not a new register.
    """
    from secretpro.register.crypto import KeyRing, load_master_key
    from secretpro.register.errors import RegisterError
    from secretpro.register.settings import database_url, default_key_file, sqlite_path

    resolved = database_url(url)
    sqlite_file = sqlite_path(resolved)
    exists = True
    if sqlite_file is not None:
        exists = _check_sqlite_file(sqlite_file, must_exist=must_exist, write=True)
    stored = _stored_key_check(resolved, sqlite_file) if exists else None
    if not need_key:
        return
    where = key_location(resolved)
    key_path = None if where == "SECRETPRO_KEY" else Path(where)
    if key_path is not None and not key_path.exists():
        if stored is not None:
            raise AccessError(where, KEY_MISSING_FOR_EXISTING)
        existing = _nearest_existing(key_path.parent)
        if not existing.is_dir():
            raise AccessError(str(existing), NOT_A_FOLDER)
        if not os.access(existing, os.W_OK | os.X_OK):
            raise AccessError(str(existing), NOT_WRITABLE)
        return  # a new register: the key file will be created with it
    if key_path is not None and not key_path.is_file():
        raise AccessError(where, NOT_A_FILE)
    try:
        keyring = KeyRing.from_master(load_master_key(default_key_file(resolved), create=False))
    except RegisterError as error:
        raise AccessError(where, error.translated) from None
    except OSError as error:
        raise AccessError(where, FILE_ERROR, reason=error.strerror or type(error).__name__) from None
    if stored is not None and keyring.key_check() != stored:
        raise AccessError(where, KEY_MISMATCH)


def explain(error: BaseException, url: str | None = None) -> AccessError | None:
    """The one line for an error met while opening or using the register, else ``None``."""
    from sqlalchemy.exc import SQLAlchemyError

    from secretpro.register.errors import DecryptionError, KeyConfigurationError, RegisterError
    from secretpro.register.settings import database_url

    if isinstance(error, AccessError):
        return error
    resolved = database_url(url)
    if isinstance(error, KeyConfigurationError | DecryptionError):
        return AccessError(key_location(resolved), error.translated)
    if isinstance(error, RegisterError):
        return AccessError(register_location(resolved), error.translated)
    if isinstance(error, SQLAlchemyError):
        reason = _sqlite_reason(str(getattr(error, "orig", "") or ""))
        return AccessError(register_location(resolved), reason)
    if isinstance(error, OSError):
        where = str(error.filename) if error.filename else register_location(resolved)
        return AccessError(where, FILE_ERROR, reason=error.strerror or type(error).__name__)
    return None
