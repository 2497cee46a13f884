"""``secretpro mail-relay`` as a process, and STARTTLS + AUTH when configured."""

from __future__ import annotations

import datetime
import os
import signal
import smtplib
import ssl
import subprocess
import sys
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from mail_messages import CLEAN_FR, FORBIDDEN_FR, message
from relay_testkit import OE, SENDER, RelayRunner, Smarthost_, free_port, send, wait_until

from secretpro.mail_relay import holding
from secretpro.mail_relay.config import read_auth_file, server_tls_context
from secretpro.register import Register, generate_key
from secretpro.register.entries import find_cpas


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "relay.pem", folder / "relay.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


def test_starttls_and_auth_when_configured(
    relays: RelayRunner, smarthost: Smarthost_, tmp_path: Path
) -> None:
    cert, key = _self_signed(tmp_path)
    auth = tmp_path / "users"
    auth.write_text(f"# relay users\npostfix:{PasswordHasher().hash('invented-relay-password')}\n")
    relay = relays.start(
        tls_context=server_tls_context(cert, key), require_starttls=True, auth_users=read_auth_file(auth)
    )
    client_tls = ssl.create_default_context(cafile=str(cert))
    client_tls.check_hostname = False
    data = message(CLEAN_FR).as_bytes()
    with (
        smtplib.SMTP("127.0.0.1", relay.settings.port, timeout=10) as plain,
        pytest.raises(smtplib.SMTPException),
    ):
        plain.sendmail(SENDER, [OE], data)  # no STARTTLS: refused
    with smtplib.SMTP("127.0.0.1", relay.settings.port, timeout=10) as client:
        client.starttls(context=client_tls)
        with pytest.raises(smtplib.SMTPAuthenticationError):
            client.login("postfix", "wrong")
    with smtplib.SMTP("127.0.0.1", relay.settings.port, timeout=10) as client:
        client.starttls(context=client_tls)
        client.login("postfix", "invented-relay-password")
        client.sendmail(SENDER, [OE], data)
    assert smarthost.handler.wait_for(1)[0].data == data


def test_the_command_runs_holds_and_stops_on_sigterm(smarthost: Smarthost_, tmp_path: Path) -> None:
    url = f"sqlite+pysqlite:///{tmp_path / 'register.sqlite3'}"
    key = generate_key()
    port = free_port()
    env = {
        **os.environ,
        "SECRETPRO_DATABASE_URL": url,
        "SECRETPRO_KEY": key,
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "SECRETPRO_SEAL_FILE": str(tmp_path / "secretpro.seal"),
    }
    command = [
        sys.executable, "-m", "secretpro.cli", "mail-relay", "--cpas", "CPAS de Testville",
        "--smarthost", f"127.0.0.1:{smarthost.port}", "--listen", f"127.0.0.1:{port}",
        "--watch", "example-oe.test",
    ]  # fmt: skip
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    try:
        wait_until(lambda: _listening(port) or process.poll() is not None, timeout=30)
        assert process.poll() is None
        send(port, message(FORBIDDEN_FR).as_bytes(), rcpt_tos=["bureau@example-oe.test"])
        smarthost.handler.wait_for(1)  # the notice
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "listening on" in err and "Kerkstraat" not in err
    register = Register.open(url, key=key, seal_path=tmp_path / "secretpro.seal")
    try:
        cpas_id = find_cpas(register, "CPAS de Testville")
        assert cpas_id is not None
        assert [h.categories for h in holding.list_held(register, cpas_id)] == [("HEALTH",)]
    finally:
        register.close()


def _listening(port: int) -> bool:
    import socket

    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0
