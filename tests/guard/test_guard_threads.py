"""The web scans from a thread pool: the guard's first scans may start together (a fresh process)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import threading
from secretpro.guard import scan
errors = []
def one(i):
    try:
        scan(f"Réponse {i} : Mme Inventée, rue Haute 5, 1000 Bruxelles", profile="strict")
    except Exception as error:
        errors.append(repr(error))
threads = [threading.Thread(target=one, args=(i,)) for i in range(12)]
for t in threads: t.start()
for t in threads: t.join()
print(len(errors), errors[:1])
"""


def test_the_first_scans_may_run_at_once() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("0 "), result.stdout
