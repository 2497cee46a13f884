"""A full browser session against a real uvicorn server whose logs (access log included, at the
production level ``info``) go to a file: log in, run an interview, type an invented person's name
and national number into the documents step, record the decision into the case, record an answer,
check an e-mail on the guard page, export, log out. Neither the name nor the number may appear in
the log, and the database file holds them only encrypted."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from security_support import CHROMIUM

from accounts_testing import TEST_PASSWORD, log_in_page
from live_server import running_server
from secretpro.register import generate_key
from secretpro.rules import today_in_brussels

pytestmark = pytest.mark.browser

NAME = "Zénobie Inventaire-Quastel"
NATIONAL_NUMBER = "85073003328"
FORMATTED = "85.07.30-033.28"
RECENT = (today_in_brussels() - timedelta(days=100)).isoformat()
R1_ALLOWED = {
    "in_asylum_procedure": "false",
    "arrival_date": RECENT,
    "aid_type": "medical_costs",
    "nationality": "MA",
    "visa_issue_date": RECENT,
}


class Server:
    def __init__(self, base: str, log_file: Path, db_file: Path) -> None:
        self.base, self.log_file, self.db_file = base, log_file, db_file


@pytest.fixture(scope="module")
def logged_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make system-deps` (apt-get install chromium)")
    data = tmp_path_factory.mktemp("logged-server")
    db_file = data / "secretpro.sqlite3"
    env = {
        **os.environ,
        "SECRETPRO_DATABASE_URL": f"sqlite+pysqlite:///{db_file}",
        "SECRETPRO_KEY": generate_key(),
        "SECRETPRO_WEB_SECRET": "browser-log-test-secret",
        "XDG_DATA_HOME": str(data),
    }
    # The first account, the way an administrator creates it (here a social worker).
    subprocess.run(
        [sys.executable, "-m", "secretpro.cli", "user", "add", "assistante", "--role", "social_worker",
         "--cpas", "CPAS de Test", "--password-stdin"],
        env=env, input=TEST_PASSWORD, text=True, check=True, capture_output=True,
    )  # fmt: skip
    log_file = data / "server.log"
    with running_server(env, log_file, log_level="info", ready_path="/login") as base:
        yield Server(base, log_file, db_file)


def _answer_questions(page: Any) -> None:
    for _ in range(20):
        form = page.locator("form.question-form")
        if form.count() == 0:
            return
        fact = form.locator("input[name=fact]").get_attribute("value")
        value = R1_ALLOWED[fact]
        radio = form.locator(f"input[name=value][value='{value}']")
        if radio.count():
            radio.check()
        elif form.locator("select#answer").count():
            form.locator("select#answer").select_option(value)
        else:
            form.locator("#answer").fill(value)
        with page.expect_navigation():
            form.locator("button[value=answer]").click()
    raise AssertionError("the interview did not end")


def test_a_full_session_leaves_no_personal_data_in_the_logs(page: Any, logged_server: Server) -> None:
    base = logged_server.base
    log_in_page(page, base, "assistante")

    page.goto(base + "/interview/r1")
    _answer_questions(page)
    assert page.locator(".outcome-allowed").count() == 1

    # Documents step: the four fields of the e-mail to the OE.
    page.fill("#beneficiary_name", NAME)
    page.fill("#national_number", NATIONAL_NUMBER)
    page.select_option("#nationality", "MA")
    page.fill("#cpas", "CPAS de Test")
    page.click("form[action='/documents/r1/oe-email/preview'] button[type=submit]")
    page.wait_for_selector("#email-text")
    assert NAME in page.input_value("#email-text")

    # Record the decision into the person's case.
    page.goto(base + "/interview/r1/decision")
    page.fill("#record-national-number", FORMATTED)
    page.fill("#record-subject-name", NAME)
    page.click("form[action='/cases/record/r1'] button[type=submit]")
    page.wait_for_url(lambda url: "/cases/" in url)
    assert NAME in page.content()
    case_url = page.url
    assert NAME.split()[0] not in case_url and NATIONAL_NUMBER not in case_url

    # An answer received, mentioning the person.
    page.fill("#summary", f"L'OE confirme le garant de {NAME} ({NATIONAL_NUMBER}).")
    page.click("form[action$='/answers'] button[type=submit]")
    page.wait_for_selector(".entry-answer_received")

    # The case list, and a pasted e-mail on the guard page.
    page.goto(base + "/cases")
    assert NAME in page.content()
    page.goto(base + "/guard")
    page.fill("#text", f"Bonjour, concernant {NAME}, NN {FORMATTED}, rue de la Loi 16, 1000 Bruxelles.")
    page.click("form[action='/guard'] button[type=submit]")
    page.wait_for_selector("#result-heading")

    # A case id that does not exist: the 404 page too.
    page.goto(base + "/cases/AAAAAAAAAAAAAAAA")
    page.goto(base + "/cases")
    page.click("form[action='/logout'] button[type=submit]")
    page.wait_for_url(lambda url: url.endswith("/login"))
    page.goto(base + "/cases")
    assert "/login" in page.url

    time.sleep(0.5)  # let the server flush its access log
    log = logged_server.log_file.read_text(encoding="utf-8", errors="replace")
    assert "GET /cases" in log and "POST /cases/record/r1" in log, log[-2000:]  # the log was captured
    for secret in (NAME, NAME.split()[0], NAME.split()[1], NATIONAL_NUMBER, FORMATTED, "Inventaire"):
        assert secret not in log, secret
    assert "Traceback" not in log
    database = b"".join(
        path.read_bytes()
        for path in (logged_server.db_file, Path(str(logged_server.db_file) + "-wal"))
        if path.exists()
    )
    for secret in (NAME, "Inventaire", NATIONAL_NUMBER, FORMATTED):
        assert secret.encode() not in database, secret
