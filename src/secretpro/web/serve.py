"""``secretpro serve``: the web application with uvicorn (the lead wires the command to ``serve``)."""

from __future__ import annotations

import uvicorn

from secretpro.web.app import create_app


def serve(host: str, port: int) -> None:
    # Access logs carry paths only; no route puts personal data in a path or a query string.
    uvicorn.run(create_app(), host=host, port=port, proxy_headers=False, server_header=False)
