"""``secretpro serve --workers 2`` on one register: any worker answers any request of a session
(sessions, CSRF tokens, throttling and the register live in the database and the key files).

A real server with two uvicorn worker processes, on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from accounts_testing import csrf_from, ensure_user, log_in
from live_server import free_port
from secretpro.register import Register, create_case, entries_for_case, generate_key
from secretpro.register.accounts import find_account

CPAS = "CPAS de Schaerbeek (test)"
WORKERS = 2


@pytest.fixture
def site(db_url: str, tmp_path: Path) -> Iterator[tuple[str, Register, str, Path]]:
    key = generate_key()
    register = Register.open(db_url, key=key)
    worker = ensure_user(register, "worker", cpas=CPAS)
    ensure_user(register, "colleague", cpas=CPAS)
    cpas_id = find_account(register, "worker").cpas_id  # type: ignore[union-attr]
    case_id = create_case(register, cpas_id, created_by=worker, subject_name="Personne Inventée")
    port = free_port()
    env = {
        **os.environ,
        "SECRETPRO_DATABASE_URL": db_url,
        "SECRETPRO_KEY": key,
        "SECRETPRO_WEB_SECRET": "several-workers-test-secret-0123456789",
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
    }
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "secretpro.cli", "serve", "--port", str(port), "--workers", str(WORKERS)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/login", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail("the server did not start: " + (tmp_path / "serve.log").read_text())
            time.sleep(0.3)
        yield base, register, case_id, tmp_path / "serve.log"
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
        register.close()


def test_a_session_and_its_csrf_token_hold_across_workers(site: tuple[str, Register, str, Path]) -> None:
    base, register, case_id, log = site
    with httpx.Client(base_url=base, follow_redirects=False) as client:
        log_in(client, "worker")  # type: ignore[arg-type]

        def answer(number: int) -> int:
            response = client.post(
                f"/cases/{case_id}/answers",
                data={"received_on": "2025-03-04", "summary": f"Réponse {number}"},
            )
            return response.status_code

        with ThreadPoolExecutor(max_workers=8) as pool:
            codes = list(pool.map(answer, range(24)))
    assert codes == [303] * 24, log.read_text()[-3000:]
    answers = [e for e in entries_for_case(register, case_id) if e.kind == "answer_received"]
    assert len(answers) == 24
    assert register.verify().ok


def test_login_throttling_is_shared_by_the_workers(site: tuple[str, Register, str, Path]) -> None:
    base, _register, _case, _log = site

    def wrong_guess(_: int) -> int:
        with httpx.Client(base_url=base, follow_redirects=False) as client:
            form = client.get("/login")
            response = client.post(
                "/login",
                data={
                    "username": "colleague",
                    "password": "not-the-password",
                    "csrf_token": csrf_from(form.text),
                },
            )
            return response.status_code

    with ThreadPoolExecutor(max_workers=10) as pool:
        codes = list(pool.map(wrong_guess, range(10)))
    checked = [code for code in codes if code not in (429, 503)]
    # However the guesses were spread over the workers, at most the per-account limit was checked.
    assert 0 < len(checked) <= 5, codes
