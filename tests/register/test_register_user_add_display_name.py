"""``secretpro user add --display-name``: the name documents and case files give the author."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from secretpro.register import Register
from secretpro.register.accounts import find_account


def test_user_add_with_a_display_name(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECRETPRO_")}
    env.update(XDG_DATA_HOME=str(tmp_path / "xdg"), HOME=str(tmp_path / "home"))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "secretpro.cli",
            "user",
            "add",
            "marie",
            "--role",
            "social_worker",
            "--cpas",
            "CPAS d'Ixelles (test)",
            "--display-name",
            "Marie Inventée, assistante sociale",
            "--password-stdin",
        ],
        input="une phrase de passe vraiment longue 7\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "xdg" / "secretpro"
    key = (folder / "secretpro.key").read_text().strip()
    with Register.open(f"sqlite+pysqlite:///{folder / 'secretpro.sqlite3'}", key=key) as register:
        account = find_account(register, "marie")
    assert account is not None and account.author_name == "Marie Inventée, assistante sociale"
