"""``secretpro serve``: the web application with uvicorn."""

from __future__ import annotations

import uvicorn

from secretpro.web.app import create_app
from secretpro.web.first_administrator import announce, ensure_first_administrator


def serve(host: str, port: int, workers: int = 1) -> None:
    """One process by default; ``workers`` > 1 starts that many uvicorn worker processes on the same
    register (PostgreSQL for a shared deployment): sessions, CSRF tokens, login throttling and the
    register live in the database and the key files, so any worker answers any request."""
    password_file = ensure_first_administrator()
    if password_file is not None:
        announce(password_file, host, port)
    # Access logs carry paths only; no route puts personal data in a path or a query string.
    if workers == 1:
        uvicorn.run(create_app(), host=host, port=port, proxy_headers=False, server_header=False)
        return
    uvicorn.run(
        "secretpro.web.app:create_app",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        proxy_headers=False,
        server_header=False,
    )
