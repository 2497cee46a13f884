"""The server for the API benchmark: the API router, a bare constant endpoint, a real register.

Started by ``run_all.py`` as ``python benchmarks/api_server.py PORT TOKEN_FILE``: it creates a
throwaway SQLite register with one invented client and its API token (stored hashed, as in
production), writes the token to TOKEN_FILE, and serves on 127.0.0.1:PORT with uvicorn.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from fastapi.responses import JSONResponse

from secretpro.register import Register, ensure_cpas, generate_key
from secretpro.register.accounts import create_api_token, create_user
from secretpro.web.api import router


def build_app(token_file: Path, workdir: Path) -> FastAPI:
    register = Register.open(f"sqlite:///{workdir / 'register.db'}", key=generate_key())
    cpas = ensure_cpas(register, "CPAS de Bancville")
    user = create_user(
        register,
        username="logiciel-bench",
        password="un mot de passe assez long",
        role="social_worker",
        cpas_id=cpas,
    )
    token_file.write_text(create_api_token(register, user, "benchmark").token, encoding="utf-8")
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    app.include_router(router)
    app.state.register = register

    @app.post("/bench/constant")
    async def constant() -> JSONResponse:
        return JSONResponse({"outcome": "allowed"})

    return app


def main() -> None:
    port, token_file = int(sys.argv[1]), Path(sys.argv[2])
    with tempfile.TemporaryDirectory(prefix="secretpro-bench-") as workdir:
        app = build_app(token_file, Path(workdir))
        uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
