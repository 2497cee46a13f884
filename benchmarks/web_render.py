"""Server-side render time of each page of the web application (median of N requests, in-process).

Run: ``.venv/bin/python benchmarks/web_render.py [--requests 100]``. Uses a throwaway register with
one invented social worker (pages need a login), FastAPI's TestClient (no network), and prints one
line per page and the slowest page. Interview pages are measured with the interview's answers in
their cookie, the decision pages at the end of a typical case.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient
from httpx import Response

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
USERNAME = "bench"
PASSWORD = "une phrase de passe pour le banc d'essai"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        from secretpro.register import Register, ensure_cpas, generate_key
        from secretpro.register.accounts import create_user

        key = generate_key()
        url = f"sqlite+pysqlite:///{Path(folder) / 'bench.sqlite3'}"
        os.environ.update(SECRETPRO_DATABASE_URL=url, SECRETPRO_KEY=key, XDG_DATA_HOME=folder)
        register = Register.open(url, key=key)
        create_user(
            register,
            username=USERNAME,
            password=PASSWORD,
            role="social_worker",
            cpas_id=ensure_cpas(register, "CPAS de Test"),
        )
        register.engine.dispose()

        from secretpro.web.app import create_app
        from secretpro.web.settings import WebSettings

        with TestClient(create_app(WebSettings(secret_key="bench")), follow_redirects=False) as client:
            token = CSRF.search(client.get("/login").text)
            assert token
            client.post(
                "/login", data={"username": USERNAME, "password": PASSWORD, "csrf_token": token.group(1)}
            )
            session_token = CSRF.search(client.get("/guard").text)
            assert session_token
            client.headers["X-CSRF-Token"] = session_token.group(1)
            results = measure(client, args.requests)
    width = max(len(name) for name in results)
    for name, median in sorted(results.items(), key=lambda item: item[1]):
        print(f"{name:<{width}}  {median * 1000:8.2f} ms")
    slowest = max(results, key=lambda name: results[name])
    print(f"\nslowest: {slowest} — median {results[slowest] * 1000:.2f} ms over {args.requests} requests")
    return 0


def answer(client: TestClient, code: str, answers: dict[str, str]) -> None:
    client.post(f"/interview/{code}/restart")
    for fact, value in answers.items():
        client.post(f"/interview/{code}/answer", data={"fact": fact, "value": value})


def measure(client: TestClient, count: int) -> dict[str, float]:
    from datetime import timedelta

    from secretpro.rules import today_in_brussels

    recent = (today_in_brussels() - timedelta(days=100)).isoformat()
    r1 = {
        "in_asylum_procedure": "false",
        "arrival_date": recent,
        "aid_type": "medical_costs",
        "nationality": "MA",
        "visa_issue_date": recent,
    }
    pages: dict[str, Callable[[], Response]] = {
        "GET / (home)": lambda: client.get("/"),
        "GET /sources": lambda: client.get("/sources"),
        "GET /guard": lambda: client.get("/guard"),
        "POST /guard (an e-mail)": lambda: client.post(
            "/guard",
            data={
                "text": "Bonjour, Mme Amina Benali, NN 85073003328, rue Haute 12, 1000 Bruxelles, diabétique.",
                "profile": "guarantor_inquiry",
            },
        ),
        "GET /interview/r1 (first question)": lambda: client.get("/interview/r1"),
        "GET /interview/r3 (first question)": lambda: client.get("/interview/r3"),
    }
    results: dict[str, float] = {}
    for name, request in pages.items():
        if "r1" in name:
            client.post("/interview/r1/restart")
        results[name] = median_seconds(request, count)
    answer(
        client, "r1", {"in_asylum_procedure": "false", "arrival_date": recent, "aid_type": "medical_costs"}
    )
    results["GET /interview/r1 (country question)"] = median_seconds(
        lambda: client.get("/interview/r1"), count
    )
    answer(client, "r1", r1)
    results["GET /interview/r1/decision (allowed)"] = median_seconds(
        lambda: client.get("/interview/r1/decision"), count
    )
    answer(client, "r3", {"requester": "office_des_etrangers"})
    results["GET /interview/r3 (legal basis question)"] = median_seconds(
        lambda: client.get("/interview/r3"), count
    )
    results["GET /interview/r3/decision (forbidden)"] = median_seconds(
        lambda: client.get("/interview/r3/decision"), count
    )
    answer(client, "r5", {"request": "advice", "asked_by": "person"})
    results["GET /interview/r5/decision"] = median_seconds(
        lambda: client.get("/interview/r5/decision"), count
    )
    return results


def median_seconds(request: Callable[[], Response], count: int) -> float:
    request()  # warm caches (templates, catalogs, country names)
    timings = []
    for _ in range(count):
        start = time.perf_counter()
        response = request()
        timings.append(time.perf_counter() - start)
        if response.status_code >= 400:
            raise SystemExit(f"status {response.status_code}")
    return statistics.median(timings)


if __name__ == "__main__":
    sys.exit(main())
