"""Running ``secretpro`` in process (Typer's ``CliRunner``) on a register of its own (a SQLite file
and a key file). The real subprocess runs are kept where startup itself is tested
(``test_cli_register_access.py``, ``test_decide_cli.py``, the guard's CLI tests)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from typer.testing import CliRunner

from secretpro.cli import app


def register_env(tmp_path: Path) -> dict[str, str]:
    return {
        "SECRETPRO_DATABASE_URL": f"sqlite:///{tmp_path / 'register.sqlite3'}",
        "SECRETPRO_KEY_FILE": str(tmp_path / "key"),
        "PATH": "/usr/bin:/bin",
    }


def run(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The command's exit code, standard output and standard error, as a subprocess would give them
    (``env`` replaces the variables the application reads; the rest of the environment stays)."""
    cleared = {name: None for name in ("SECRETPRO_DATABASE_URL", "SECRETPRO_KEY", "SECRETPRO_KEY_FILE")}
    result = CliRunner().invoke(app, list(args), input=stdin, env={**cleared, **env}, catch_exceptions=False)
    return subprocess.CompletedProcess(list(args), result.exit_code, result.stdout, result.stderr)
