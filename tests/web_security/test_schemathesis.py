"""schemathesis against the application's OpenAPI schemas, in-process: no input gets a 5xx.

Two schemas: the JSON API's own (``/api/v1/openapi.json``, with a valid API token), and the whole
application's as FastAPI describes it (``app.openapi()``: every page route and the API), called
with a logged-in session and its CSRF token so that the requests reach the handlers.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from security_support import PERSON_A, make_app

from accounts_testing import ensure_user, logged_in_client
from secretpro.register import Register, create_case, generate_key
from secretpro.register.accounts import create_api_token, find_account

EXAMPLES = 25


class Target:
    def __init__(self, folder: Path) -> None:
        self.register = Register.open(f"sqlite+pysqlite:///{folder / 'register.sqlite3'}", key=generate_key())
        self.app = make_app(self.register)
        for name, role in (("fuzz_supervisor", "supervisor"), ("fuzz_admin", "administrator")):
            ensure_user(self.register, name, role=role)
        self.managed_user = ensure_user(self.register, "fuzz_managed", role="social_worker")
        supervisor = find_account(self.register, "fuzz_supervisor")
        assert supervisor is not None
        self.case_id = create_case(
            self.register, supervisor.cpas_id, subject_name=PERSON_A[0], national_number=PERSON_A[1]
        )
        self.token = create_api_token(self.register, supervisor.id, "schemathesis").token
        self.sessions: dict[str, tuple[dict[str, str], dict[str, str]]] = {}
        for name in ("fuzz_supervisor", "fuzz_admin"):
            client = logged_in_client(self.app, name)
            self.sessions[name] = (dict(client.cookies), {"X-CSRF-Token": client.headers["x-csrf-token"]})
            client.close()


# Built at import: schemathesis parametrizes the tests from the schema before any fixture runs.
# (The register is a throwaway SQLite file; the cheap argon2 parameters are only for these users.)
_FOLDER = Path(tempfile.mkdtemp(prefix="secretpro-schemathesis-"))
TARGET = Target(_FOLDER)
api = schemathesis.openapi.from_asgi("/api/v1/openapi.json", TARGET.app)
_whole = schemathesis.openapi.from_dict(TARGET.app.openapi())
_whole.app = TARGET.app
pages = _whole.exclude(path="/logout")  # logging out would end the session the other calls use
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
    derandomize=True,
)


@pytest.fixture
def target() -> Target:
    return TARGET


@pytest.fixture(scope="module", autouse=True)
def _cleanup() -> Iterator[None]:
    yield
    TARGET.register.close()
    shutil.rmtree(_FOLDER, ignore_errors=True)


def _no_server_error(response: Any, case: Any) -> None:
    assert response.status_code < 500, f"{case.method} {case.formatted_path} → {response.status_code}"


@api.parametrize()
@SETTINGS
def test_the_api_never_answers_5xx(case: Any, target: Target) -> None:
    response = case.call(headers={"Authorization": f"Bearer {target.token}"})
    _no_server_error(response, case)


@pages.parametrize()
@SETTINGS
def test_no_page_answers_5xx_to_a_supervisor(case: Any, target: Target) -> None:
    if "case_id" in (case.path_parameters or {}):
        case.path_parameters["case_id"] = target.case_id  # a real case: the forms' bodies get fuzzed
    cookies, headers = target.sessions["fuzz_supervisor"]
    response = case.call(headers={**headers, "Authorization": f"Bearer {target.token}"}, cookies=cookies)
    _no_server_error(response, case)
    assert PERSON_A[1] not in response.headers.get("location", "")


@pages.parametrize()
@SETTINGS
def test_no_page_answers_5xx_to_an_administrator(case: Any, target: Target) -> None:
    if "user_id" in (case.path_parameters or {}):
        case.path_parameters["user_id"] = str(target.managed_user)  # a real user of the CPAS
    cookies, headers = target.sessions["fuzz_admin"]
    response = case.call(headers=headers, cookies=cookies)
    _no_server_error(response, case)


def test_the_schemas_cover_the_pages_and_the_api() -> None:
    paths = set(pages.raw_schema["paths"])
    assert {
        "/cases/{case_id}",
        "/cases/{case_id}/answers",
        "/admin/users/{user_id}",
        "/guard",
        "/login",
    } <= paths
    assert any(path.startswith("/api/v1/") for path in paths)
    assert len(api.raw_schema["paths"]) >= 5
