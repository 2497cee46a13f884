"""``secretpro register stats``: anonymised counts several CPAS can pool. The command (JSON, CSV,
bad options), and a property: whatever people and free text a register holds, none of it reaches
the statistics — every value in them is a code of the product, a month, a date or a count."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from supervision_testdata import populate

from hypothesis_budget import examples
from secretpro.register import Register, generate_key
from secretpro.register import entries as E
from secretpro.rules.deliberation import rules_version
from secretpro.supervision.audit import list_exports
from secretpro.supervision.labels import OUTCOMES, REQUESTERS, rule_names
from secretpro.supervision.stats import CSV_COLUMNS, SCHEMA, as_csv, statistics

ALLOWED_STRINGS = {
    SCHEMA,
    rules_version(),
    "unknown",
    *REQUESTERS,
    *OUTCOMES,
    *rule_names(),
    "requests_by_requester",
    "requests_by_month",
    "decisions",
    "refusals_by_step",
}
STEP = re.compile(r"R[1-5]\.[0-9]{1,2}[a-z]?")
MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")
DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "secretpro.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    url, key = f"sqlite:///{tmp_path / 'register.sqlite3'}", generate_key()
    register = Register.open(url, key=key)
    try:
        populate(register)
    finally:
        register.close()
    return {
        "SECRETPRO_DATABASE_URL": url,
        "SECRETPRO_KEY": key,
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
    }


def test_stats_command_json_and_csv(cli_env: dict[str, str]) -> None:
    args = ("register", "stats", "--from", "2026-01-01", "--to", "2026-03-31", "--cpas", "CPAS de Fictiville")
    result = run(cli_env, *args, "--format", "json")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["schema"] == SCHEMA and stats["period"] == {"from": "2026-01-01", "to": "2026-03-31"}
    cells = {(c["table"], c.get("requester") or c.get("month")): c for c in stats["cells"]}
    assert cells[("requests_by_requester", "office_des_etrangers")]["count"] == 7
    assert cells[("requests_by_requester", "police")] == {
        "table": "requests_by_requester",
        "requester": "police",
        "count": None,
        "suppressed": True,
    }
    as_csv_result = run(cli_env, *args, "--format", "csv")
    assert as_csv_result.returncode == 0, as_csv_result.stderr
    assert as_csv_result.stdout.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(as_csv_result.stdout.lstrip("\ufeff")), delimiter=";"))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert ["requests_by_requester", "police", "", "", "", "", "<5"] in rows
    register = Register.open(cli_env["SECRETPRO_DATABASE_URL"], key=cli_env["SECRETPRO_KEY"])
    try:
        assert [e.kind for e in list_exports(register)] == ["stats_json", "stats_csv"]
    finally:
        register.close()


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("--from", "2026-02-01", "--to", "2026-01-01"), "--from"),
        (("--from", "2026-13-01", "--to", "2026-12-31"), "--from"),
        (("--from", "2026-01-01", "--to", "2026-12-31", "--format", "xml"), "--format"),
    ],
)
def test_stats_command_names_a_bad_option(cli_env: dict[str, str], args: tuple[str, ...], field: str) -> None:
    result = run(cli_env, "register", "stats", *args)
    assert result.returncode == 2
    assert field in result.stderr


def test_several_cpas_need_cpas(cli_env: dict[str, str]) -> None:
    result = run(cli_env, "register", "stats", "--from", "2026-01-01", "--to", "2026-12-31")
    assert result.returncode != 0
    assert "--cpas" in result.stderr


# ---- no identifier, name or free text can get through ------------------------------------------------


def national_number(birth: date, serial: int) -> str:
    """A valid Belgian national number (invented: any date, any serial)."""
    first = f"{birth:%y%m%d}{serial:03d}"
    base = int(first) if birth.year < 2000 else int("2" + first)
    return f"{first}{97 - base % 97:02d}"


NAMES = st.from_regex(r"[A-Z][a-zéèï]{4,10} [A-Z][a-zéè]{4,10}", fullmatch=True)
FREE_TEXT = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), min_size=1, max_size=40)
PERSON = st.tuples(NAMES, st.dates(date(1940, 1, 1), date(2010, 12, 31)), st.integers(1, 997))
DAYS = st.dates(date(2026, 1, 1), date(2026, 3, 31))


@pytest.fixture(scope="module")
def shared_register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    folder = tmp_path_factory.mktemp("stats-property")
    register = Register.open(f"sqlite+pysqlite:///{folder / 'r.sqlite3'}", key=generate_key())
    try:
        yield register
    finally:
        register.close()


def strings_of(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield str(key)
            yield from strings_of(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from strings_of(inner)
    elif isinstance(value, str):
        yield value


CPAS_NUMBERS = count(1)
# the keys of the statistics and the columns of their CSV
STRUCTURE_WORDS = {
    "schema", "period", "from", "to", "rules_version", "suppression", "threshold", "cells",
    "table", "count", "suppressed", "requester", "month", "rule", "outcome", "step",
}  # fmt: skip


@settings(
    max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    people=st.lists(PERSON, min_size=1, max_size=4),
    texts=st.lists(FREE_TEXT, min_size=6, max_size=6),
    day=DAYS,
    copies=st.integers(1, 7),
)
def test_no_identifier_name_or_free_text_reaches_the_statistics(
    shared_register: Register, people: list[tuple[str, date, int]], texts: list[str], day: date, copies: int
) -> None:
    register = shared_register
    cpas_id = E.ensure_cpas(register, f"CPAS {next(CPAS_NUMBERS)} {people[0][0]}")
    written: list[str] = []
    for name, birth, serial in people:
        number = national_number(birth, serial)
        written += [name, number]
        case = E.open_case(register, cpas_id, number, subject_name=name)
        requester, requested, basis, rule, step, kind = texts
        for _ in range(copies):
            # Free text wherever the register keeps clear text: requester, items, legal basis, rule,
            # deciding step, document kind, recipient; names in the answer and the facts.
            E.record_request(
                register, case, "incoming",
                {"requester": requester, "requested": [requested, name], "legal_basis": basis, "name": name},
                received_on=day,
            )  # fmt: skip
            E.record_decision(
                register, case,
                {"rule": rule, "outcome": "forbidden", "reasons": [{"source": "CVTS", "step": step}],
                 "decisive_reason": 0, "rules_version": basis},
                facts={"requester": requester, "national_number": number},
            )  # fmt: skip
            E.record_document(register, case, kind, "ab" * 32, [requested], recipient=requester)
            E.record_answer(register, case, day, f"{name} {number} {basis}")
        written += texts
    stats = statistics(register, cpas_id, date(2026, 1, 1), date(2026, 3, 31))
    for value in strings_of(stats):
        assert (
            value in ALLOWED_STRINGS
            or STEP.fullmatch(value)
            or MONTH.fullmatch(value)
            or DAY.fullmatch(value)
            or value in STRUCTURE_WORDS
        ), value
    text = json.dumps(stats, ensure_ascii=False) + as_csv(stats)
    # (a free text that is itself one of the output's own words, "schema" or "period", is found in
    # every output: it cannot tell a leak)
    vocabulary = " ".join(sorted(ALLOWED_STRINGS | STRUCTURE_WORDS))
    for value in written:
        if len(value) >= 6 and value not in vocabulary and not MONTH.search(value):
            assert value not in text
    # Counts only, never below the threshold unless suppressed.
    for cell in stats["cells"]:
        assert cell["count"] is None or cell["count"] == 0 or cell["count"] >= 5
