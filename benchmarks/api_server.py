"""The server for the API benchmark: the real application, a real register, a constant endpoint.

Started by ``run_all.py`` as ``python benchmarks/api_server.py PORT TOKEN_FILE [WORKERS]``: it
creates a throwaway SQLite register with one invented client and its API token (stored hashed, as
in production), writes the token to TOKEN_FILE, and serves on 127.0.0.1:PORT with uvicorn as a
deployment would: WORKERS processes (default: one per core), uvloop and httptools when installed
(uvicorn's ``auto`` choice), no access log.

Each worker builds the application with ``secretpro.web.app.create_app`` (every middleware: size
cap, security headers, accounts) and the benchmark adds one route to it,
``POST /api/v1/bench/constant``, returning a constant: under ``/api/v1/`` so that it crosses the
same middleware path as the decide endpoint (a page path such as ``/bench/constant`` would be
answered by the login redirect of the accounts middleware, not by the endpoint). It is registered
after every other route, so routing costs it at least as much as the decide endpoint.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from fastapi.responses import JSONResponse

from secretpro.register import Register, ensure_cpas, generate_key
from secretpro.register.accounts import create_api_token, create_user
from secretpro.web.app import create_app
from secretpro.web.settings import WebSettings

DATABASE_ENV, KEY_ENV, SECRET_ENV = "BENCH_REGISTER_URL", "BENCH_REGISTER_KEY", "BENCH_WEB_SECRET"
CONSTANT_PATH = "/api/v1/bench/constant"


def prepare(token_file: Path, workdir: Path) -> None:
    """The register with one client and its token; where the workers find it (environment)."""
    url, key = f"sqlite:///{workdir / 'register.db'}", generate_key()
    register = Register.open(url, key=key)
    cpas = ensure_cpas(register, "CPAS de Bancville")
    user = create_user(
        register,
        username="logiciel-bench",
        password="un mot de passe assez long",
        role="social_worker",
        cpas_id=cpas,
    )
    token = create_api_token(register, user, "benchmark").token
    os.environ |= {DATABASE_ENV: url, KEY_ENV: key, SECRET_ENV: generate_key()}
    token_file.write_text(token, encoding="utf-8")


def build_app() -> FastAPI:
    """One worker's application (uvicorn calls this factory in each worker process)."""
    app = create_app(WebSettings(secret_key=os.environ[SECRET_ENV]))
    app.state.register = Register.open(os.environ[DATABASE_ENV], key=os.environ[KEY_ENV])

    @app.post(CONSTANT_PATH, include_in_schema=False)
    async def constant() -> JSONResponse:
        return JSONResponse({"outcome": "allowed"})

    return app


def main() -> None:
    port, token_file = int(sys.argv[1]), Path(sys.argv[2])
    workers = int(sys.argv[3]) if len(sys.argv) > 3 else (os.cpu_count() or 1)
    with tempfile.TemporaryDirectory(prefix="secretpro-bench-") as workdir:
        prepare(token_file, Path(workdir))
        uvicorn.run(
            "api_server:build_app",
            factory=True,
            app_dir=str(Path(__file__).resolve().parent),
            host="127.0.0.1",
            port=port,
            workers=workers,
            log_level="warning",
            access_log=False,
            server_header=False,
        )


if __name__ == "__main__":
    main()
