"""A fresh installation opens with one administrator account, so `make run` needs nothing else.

On the first start with an empty register, an ``admin`` account is created with a random password.
The password is written to a file readable by its owner only (mode 0600, beside the key file:
``first-administrator-password.txt``) and the terminal shows the file's *path*, never the
password: a terminal's output often ends up in a log. The account must choose its own password
at its first login (the file is then worth nothing; delete it).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
import tempfile
from pathlib import Path

from secretpro.i18n import N_, translator
from secretpro.register.accounts import create_user, list_accounts, require_password_change
from secretpro.register.entries import ensure_cpas
from secretpro.register.models import Role
from secretpro.register.settings import database_url, default_key_file
from secretpro.register.store import Register

FIRST_USERNAME = "admin"
FIRST_CPAS = "CPAS"
PASSWORD_FILE_NAME = "first-administrator-password.txt"


def password_file(url: str | None = None) -> Path:
    """Beside the default key file: next to the SQLite database, else in the data folder."""
    return default_key_file(database_url(url)).with_name(PASSWORD_FILE_NAME)


def _write_private(path: Path, text: str) -> None:
    """``text`` in ``path``, mode 0600 from creation (a temporary file renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def ensure_first_administrator(url: str | None = None) -> Path | None:
    """Creates the first administrator when the register has no account, its password in a 0600
    file; returns that file's path (``None`` when accounts already exist)."""
    with Register.open(url) as register:
        if list_accounts(register):
            return None
        password = secrets.token_urlsafe(18)
        cpas_id = ensure_cpas(register, FIRST_CPAS)
        user_id = create_user(
            register, username=FIRST_USERNAME, password=password, role=Role.ADMINISTRATOR, cpas_id=cpas_id
        )
        require_password_change(register, user_id)
        path = password_file(url)
        _write_private(path, password + "\n")
        return path


def announce(path: Path, host: str, port: int) -> None:
    _ = translator("fr")
    message = _(
        N_(
            "Premier démarrage : compte administrateur « %(user)s » ; son mot de passe est dans le "
            "fichier %(file)s (lisible par vous seul). Connectez-vous sur http://%(host)s:%(port)s/login : "
            "vous choisirez aussitôt votre propre mot de passe ; supprimez ensuite ce fichier."
        )
    ) % {"user": FIRST_USERNAME, "file": str(path), "host": host, "port": port}
    print(message, file=sys.stderr, flush=True)
