"""Run in a fresh interpreter by ``test_a_sixth_rule.py``: the toy sixth rule, registered by
importing its one module, reaches every place a rule must reach. Exits non-zero on the first miss."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

import polars as pl
import toy_sixth_rule  # registers R6: the only line a rule needs besides its module
from fastapi.testclient import TestClient
from typer.testing import CliRunner
from web_accounts import log_in, make_register

from secretpro.cli import app as cli
from secretpro.documents.model import DocumentKind
from secretpro.documents.offer import documents_for
from secretpro.documents.vocabulary import choice_label, fact_label
from secretpro.rules import RULES, Outcome, decide
from secretpro.web.citing_steps import citing_steps
from secretpro.web.routes.api import openapi_schema

DAY = date(2026, 1, 15)
RULE = toy_sixth_rule.RULE


def check(condition: bool, what: str) -> None:
    if not condition:
        sys.exit(f"the sixth rule misses: {what}")
    print("ok:", what)


# The registry and the rule's own decisions.
check(list(RULES)[-1] == RULE and RULES[RULE].code == "R6", "RULES lists it after the five")
check(
    decide(RULE, {"attestation_for": "landlord"}, reference_date=DAY).outcome == Outcome.FORBIDDEN, "decide"
)
undetermined = decide(RULE, {}, reference_date=DAY)
check([item.fact for item in undetermined.missing] == ["attestation_for"], "its missing fact")

# Words: the labels of its fact and values, in every language the product speaks (French here:
# a rule added without its translations shows French, and tests/test_translations.py says so).
check(fact_label("attestation_for", "fr") == "Attestation demandée pour", "its fact's label")
check(choice_label("attestation_for", "landlord", "fr") == "Le propriétaire", "its values' labels")

# Documents: what it declares, and the file note every decision gets.
forbidden = decide(RULE, {"attestation_for": "landlord"}, reference_date=DAY)
check(documents_for(forbidden) == (DocumentKind.REFUSAL_LETTER, DocumentKind.FILE_NOTE), "its documents")

# The Sources page's index of citing steps reads its module.
steps = {(step.rule, step.step) for found in citing_steps().values() for step in found}
check({(RULE, "R6.1"), (RULE, "R6.2")} <= steps, "the citing-steps index")

# The command line: a rule name it accepts, for one case and for a CSV.
runner = CliRunner()
result = runner.invoke(
    cli, ["decide", RULE, "--date", "2026-01-15", "--format", "json"], input='{"attestation_for": "landlord"}'
)
check(result.exit_code == 0 and json.loads(result.stdout)["outcome"] == "forbidden", "secretpro decide")
with tempfile.TemporaryDirectory() as folder:
    cases = Path(folder) / "cases.csv"
    out = Path(folder) / "out.csv"
    pl.DataFrame(
        {"case_id": ["a", "b", "c", "d"], "attestation_for": ["landlord", "person_herself", "", "tenant"]}
    ).write_csv(cases)
    result = runner.invoke(cli, ["batch", RULE, str(cases), "--out", str(out), "--date", "2026-01-15"])
    outcomes = pl.read_csv(out)["outcome"].to_list() if out.exists() else []
    check(outcomes == ["forbidden", "allowed", "undetermined", "error"], "secretpro batch")

    # The JSON API documents a route for it.
    check(f"/api/v1/decide/{RULE}" in openapi_schema()["paths"], "the API's route")

    # The web: its situation on the home page, its interview, its decision and documents.
    url, key = make_register(Path(folder))
    os.environ.update(SECRETPRO_DATABASE_URL=url, SECRETPRO_KEY=key, XDG_DATA_HOME=folder)
    from secretpro.web.app import create_app
    from secretpro.web.settings import WebSettings

    with TestClient(create_app(WebSettings(secret_key="toy-secret")), follow_redirects=True) as client:
        log_in(client)
        home = client.get("/").text
        check("Un propriétaire demande si la personne est aidée par le CPAS." in home, "the home page")
        question = client.get("/interview/r6").text
        check("attestation est-elle demandée ?" in question, "the interview's question")
        check("Le propriétaire" in question, "the question's choices")
        decided = client.post(
            "/interview/r6/answer", data={"fact": "attestation_for", "value": "landlord", "action": "answer"}
        ).text
        check("Lettre de refus motivé" in decided and "Note au dossier" in decided, "the decision page")
        check("Attestation demandée pour" in decided, "the answers' labels on the decision page")
print("the sixth rule is everywhere")
