"""Running ``secretpro`` as a subprocess on a register of its own (a SQLite file and a key file)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def register_env(tmp_path: Path) -> dict[str, str]:
    return {
        "SECRETPRO_DATABASE_URL": f"sqlite:///{tmp_path / 'register.sqlite3'}",
        "SECRETPRO_KEY_FILE": str(tmp_path / "key"),
        "PATH": "/usr/bin:/bin",
    }


def run(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "secretpro.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
