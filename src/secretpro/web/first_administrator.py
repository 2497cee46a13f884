"""A fresh installation opens with one administrator account, so `make run` needs nothing else.

On the first start with an empty register, an ``admin`` account is created with a random password
that is printed once on the terminal that started the server (never logged, never stored in clear):
the person installing secretpro logs in with it, then creates the real accounts and changes it.
"""

from __future__ import annotations

import secrets
import sys

from secretpro.i18n import N_, translator
from secretpro.register.accounts import create_user, list_accounts
from secretpro.register.entries import ensure_cpas
from secretpro.register.models import Role
from secretpro.register.store import Register

FIRST_USERNAME = "admin"
FIRST_CPAS = "CPAS"


def ensure_first_administrator(url: str | None = None) -> str | None:
    """Creates the first administrator when the register has no account; returns its password
    (``None`` when accounts already exist)."""
    with Register.open(url) as register:
        if list_accounts(register):
            return None
        password = secrets.token_urlsafe(12)
        cpas_id = ensure_cpas(register, FIRST_CPAS)
        create_user(
            register, username=FIRST_USERNAME, password=password, role=Role.ADMINISTRATOR, cpas_id=cpas_id
        )
        return password


def announce(password: str, host: str, port: int) -> None:
    _ = translator("fr")
    message = _(
        N_(
            "Premier démarrage : compte administrateur « %(user)s », mot de passe %(password)s — "
            "connectez-vous sur http://%(host)s:%(port)s/login, créez les comptes des travailleurs sociaux "
            "puis changez ce mot de passe. Il n'est affiché qu'une fois."
        )
    ) % {"user": FIRST_USERNAME, "password": password, "host": host, "port": port}
    print(message, file=sys.stderr, flush=True)
