"""A real uvicorn server for the browser tests: started on a free loopback port, waited for, and
always stopped (one implementation for every test folder that needs one)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest


def server_env(url: str, key: str, data: Path, secret: str) -> dict[str, str]:
    """The environment of a test server on its own register (``url``, ``key``) and data folder."""
    return {
        **os.environ,
        "SECRETPRO_DATABASE_URL": url,
        "SECRETPRO_KEY": key,
        "SECRETPRO_WEB_SECRET": secret,
        "XDG_DATA_HOME": str(data),
    }


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_server(
    env: Mapping[str, str], log_file: Path, *, log_level: str = "warning", ready_path: str = "/sources"
) -> Iterator[str]:
    """``create_app()`` under uvicorn with ``env``, its output in ``log_file``; yields the base URL."""
    port = free_port()
    command = [
        sys.executable, "-m", "uvicorn", "--factory", "secretpro.web.app:create_app",
        "--host", "127.0.0.1", "--port", str(port), "--log-level", log_level,
    ]  # fmt: skip
    if log_level == "info":
        command.append("--access-log")
    with log_file.open("w") as log:
        server = subprocess.Popen(command, env=dict(env), stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if httpx.get(base + ready_path, timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("the web server did not start: " + log_file.read_text())
                time.sleep(0.2)
            yield base
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
