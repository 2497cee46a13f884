"""``secretpro mail-relay``: options, then the relay runs until SIGINT/SIGTERM.

Registered by ``secretpro.cli``; nothing heavy is imported until the command runs.
"""

from __future__ import annotations

import os
import signal
import ssl
import threading
from pathlib import Path
from typing import Annotated

import typer

from secretpro.mail_relay.config import DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_SCAN_CHARS

SMARTHOST_PASSWORD_ENV = "SECRETPRO_SMARTHOST_PASSWORD"


def _fail(field: str, message: str) -> typer.Exit:
    typer.echo(f"secretpro: error: {field}: {message}", err=True)
    return typer.Exit(2)


def _host_port(value: str, default_port: int, field: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":") if ":" in value else (value, "", str(default_port))
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise _fail(field, "HOST:PORT")
    return host, int(port)


def mail_relay_command(
    cpas: Annotated[str, typer.Option("--cpas", help="the CPAS whose register keeps the held messages")],
    smarthost: Annotated[
        str, typer.Option("--smarthost", help="HOST[:PORT] where mail leaves (default port 25)")
    ],
    listen: Annotated[
        str, typer.Option("--listen", help="HOST:PORT the relay listens on")
    ] = "127.0.0.1:10025",
    smarthost_starttls: Annotated[bool, typer.Option("--smarthost-starttls")] = False,
    smarthost_user: Annotated[
        str | None,
        typer.Option("--smarthost-user", help=f"AUTH on the smarthost; password in {SMARTHOST_PASSWORD_ENV}"),
    ] = None,
    watch: Annotated[
        list[str] | None, typer.Option("--watch", help="another watched domain (repeatable)")
    ] = None,
    watched_domains: Annotated[
        Path | None, typer.Option("--watched-domains", help="a file replacing the default watched domains")
    ] = None,
    review_url: Annotated[
        str, typer.Option("--review-url", help="the web application's address, for the link in notices")
    ] = "http://127.0.0.1:8000",
    notice_from: Annotated[
        str, typer.Option("--notice-from", help="sender address of the notices")
    ] = "postmaster@localhost",
    tls_cert: Annotated[
        Path | None, typer.Option("--tls-cert", help="certificate (PEM): offers STARTTLS")
    ] = None,
    tls_key: Annotated[Path | None, typer.Option("--tls-key", help="private key (PEM) of --tls-cert")] = None,
    require_starttls: Annotated[bool, typer.Option("--require-starttls")] = False,
    auth_file: Annotated[
        Path | None,
        typer.Option("--auth-file", help="user:argon2-hash lines: AUTH required (over TLS with --tls-cert)"),
    ] = None,
    max_size: Annotated[
        int, typer.Option("--max-size", min=1024, help="largest message in bytes")
    ] = DEFAULT_MAX_MESSAGE_BYTES,
    max_scan_chars: Annotated[
        int,
        typer.Option(
            "--max-scan-chars",
            min=1000,
            help="characters of text read in one message; a message with more is held for review",
        ),
    ] = DEFAULT_MAX_SCAN_CHARS,
) -> None:
    """SMTP relay: mail to the watched domains (the OE's by default) is read by the guard; forbidden
    data holds the message for a supervisor's review."""
    from secretpro.cli import check_register

    check_register()
    from secretpro.mail_relay.config import (
        RelaySettings,
        Smarthost,
        default_watched_domains,
        read_auth_file,
        read_domains,
        server_tls_context,
    )
    from secretpro.mail_relay.server import MailRelay
    from secretpro.register import Register

    host, port = _host_port(listen, 10025, "--listen")
    smart_host, smart_port = _host_port(smarthost, 25, "--smarthost")
    try:
        domains = read_domains(watched_domains) if watched_domains else default_watched_domains()
        users = read_auth_file(auth_file) if auth_file else None
        tls = None
        if tls_cert or tls_key:
            if not (tls_cert and tls_key):
                raise _fail("--tls-cert", "--tls-cert and --tls-key go together")
            tls = server_tls_context(tls_cert, tls_key)
    except (OSError, ssl.SSLError) as error:
        raise _fail("--watched-domains/--auth-file/--tls-cert", type(error).__name__) from None
    domains = domains | frozenset(d.strip().lower() for d in watch or [] if d.strip())
    settings = RelaySettings(
        cpas=cpas,
        smarthost=Smarthost(
            smart_host,
            smart_port,
            starttls=smarthost_starttls,
            username=smarthost_user,
            password=os.environ.get(SMARTHOST_PASSWORD_ENV),
            tls_context=ssl.create_default_context() if smarthost_starttls else None,
        ),
        host=host,
        port=port,
        watched_domains=domains,
        review_url=review_url,
        notice_from=notice_from,
        max_message_bytes=max_size,
        max_scan_chars=max_scan_chars,
        tls_context=tls,
        require_starttls=require_starttls,
        auth_users=users,
    )
    register = Register.open()
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    relay = MailRelay(settings, register)
    relay.start()
    typer.echo(
        f"secretpro mail-relay: listening on {host}:{port}, smarthost {smart_host}:{smart_port}, "
        f"{len(domains)} watched domains",
        err=True,
    )
    try:
        stop.wait()
    finally:
        relay.stop()
        register.close()
