"""``secretpro serve``: the web application with uvicorn."""

from __future__ import annotations

import uvicorn

from secretpro.web.app import create_app
from secretpro.web.first_administrator import announce, ensure_first_administrator


def serve(host: str, port: int) -> None:
    password_file = ensure_first_administrator()
    if password_file is not None:
        announce(password_file, host, port)
    # Access logs carry paths only; no route puts personal data in a path or a query string.
    uvicorn.run(create_app(), host=host, port=port, proxy_headers=False, server_header=False)
