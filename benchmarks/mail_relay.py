"""Mail relay (issue 15): messages per second through ``secretpro mail-relay`` and the latency it adds.

Everything on 127.0.0.1 in one run: an aiosmtpd smarthost that accepts and discards, the relay in
front of it (SQLite register in a temporary folder), and Python's ``smtplib`` sending one message
per connection, one after the other (as a mail server hands a message to its relay). Two messages
to a watched domain, both clean (so they are read by the guard and forwarded):

* a 30 kB plain-text message in French;
* a message with a 2 MB PDF attachment (a few pages of text and an incompressible image, built with
  WeasyPrint) — the relay extracts its text with pypdf and scans it.

For each: the same message sent directly to the smarthost (the baseline) and through the relay, in
alternating rounds; median and mean time per message; the added latency is the relay's median minus
the direct median. Target: under 50 ms added for the 30 kB message.

``--write`` puts the figures into ``benchmarks/RESULTS.md`` (between its mail relay markers).
"""

from __future__ import annotations

import base64
import os
import platform
import smtplib
import socket
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from results_section import write_section
from secretpro.mail_relay.config import RelaySettings, Smarthost
from secretpro.mail_relay.server import MailRelay
from secretpro.register import Register, generate_key

ROUNDS = 4
TEXT_PER_ROUND = int(os.environ.get("BENCH_MAIL_TEXT", "50"))
PDF_PER_ROUND = int(os.environ.get("BENCH_MAIL_PDF", "3"))
SENDER, OE = "assistante@cpas-bench.be", "enquetes@ibz.fgov.be"
PARAGRAPH = (
    "Le CPAS de Benchville accuse bonne réception de votre courrier et vous remercie pour les précisions "
    "apportées. Nous examinons la demande selon les règles applicables et vous répondrons dans les "
    "meilleurs délais, après consultation du service juridique. "
)


class Discard:
    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def text_message(size: int) -> bytes:
    body = "Madame, Monsieur,\n\n"
    while len(body.encode("utf-8")) + len(PARAGRAPH.encode("utf-8")) < size - 400:  # headers
        body += PARAGRAPH + "\n\n"
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"], msg["To"], msg["Subject"] = SENDER, OE, "Votre courrier du 3 mars"
    msg.set_content(body + "Cordialement,\nLe service social\n")
    return msg.as_bytes()


def pdf_message(size: int) -> bytes:
    from weasyprint import HTML

    png = _png(os.urandom(size * 3 // 4))  # random pixels: the PDF cannot compress them away
    html = (
        "<html><body>"
        + "".join(f"<p>{PARAGRAPH}</p>" for _ in range(6))
        + f'<img src="data:image/png;base64,{base64.b64encode(png).decode()}" style="width:10cm">'
        + "".join(f"<p>{PARAGRAPH}</p>" for _ in range(6))
        + "</body></html>"
    )
    pdf = bytes(HTML(string=html).write_pdf())
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"], msg["To"], msg["Subject"] = SENDER, OE, "Rapport"
    msg.set_content("Madame, Monsieur,\n\nVeuillez trouver le rapport en annexe.\n\nLe CPAS de Benchville\n")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="rapport.pdf")
    return msg.as_bytes()


def _png(data: bytes) -> bytes:
    import struct
    import zlib

    width = 1024
    rows = [data[i : i + width * 3] for i in range(0, len(data) - width * 3 + 1, width * 3)]
    raw = b"".join(b"\x00" + row for row in rows)

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
        )

    header = struct.pack(">IIBBBBB", width, len(rows), 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 1))
        + chunk(b"IEND", b"")
    )


def send_one(port: int, data: bytes) -> float:
    start = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
        client.sendmail(SENDER, [OE], data)
    return time.perf_counter() - start


def measure(direct_port: int, relay_port: int, data: bytes, per_round: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"direct": [], "relay": []}
    send_one(direct_port, data)
    send_one(relay_port, data)  # warm-up: imports, lexicon automaton, pypdf
    for round_no in range(ROUNDS):
        order = [("direct", direct_port), ("relay", relay_port)]
        for name, port in order if round_no % 2 == 0 else reversed(order):
            times[name].extend(send_one(port, data) for _ in range(per_round))
    return times


def describe(label: str, size: int, times: dict[str, list[float]]) -> list[str]:
    direct, relay = statistics.median(times["direct"]), statistics.median(times["relay"])
    return [
        f"{label} ({size / 1024:,.0f} kB, {len(times['relay'])} messages each way):",
        f"  direct to the smarthost: median {direct * 1000:.1f} ms, mean {statistics.mean(times['direct']) * 1000:.1f} ms",
        f"  through the relay:       median {relay * 1000:.1f} ms, mean {statistics.mean(times['relay']) * 1000:.1f} ms"
        f" → {1 / statistics.mean(times['relay']):,.1f} messages/s (one connection at a time)",
        f"  added by the relay: {(relay - direct) * 1000:.1f} ms per message (median)",
    ]


def main() -> int:
    smart_port = free_port()
    smarthost = Controller(Discard(), hostname="127.0.0.1", port=smart_port, data_size_limit=64 * 2**20)
    smarthost.start()
    with tempfile.TemporaryDirectory() as folder:
        register = Register.open(
            f"sqlite+pysqlite:///{Path(folder) / 'register.sqlite3'}",
            key=generate_key(),
            seal_path=Path(folder) / "seal",
        )
        settings = RelaySettings(
            cpas="CPAS de Benchville", smarthost=Smarthost("127.0.0.1", smart_port), port=free_port()
        )
        relay = MailRelay(settings, register)
        relay.start()
        try:
            load = os.getloadavg()
            text, pdf = text_message(30 * 1024), pdf_message(2 * 1024 * 1024)
            text_times = measure(smart_port, settings.port, text, TEXT_PER_ROUND)
            pdf_times = measure(smart_port, settings.port, pdf, PDF_PER_ROUND)
            from secretpro.mail_relay import holding

            held = len(holding.list_held(register, relay.cpas_id))
        finally:
            relay.stop()
            register.close()
            smarthost.stop()
    lines = [
        f"Mail relay (issue 15) — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"Machine: nproc {os.cpu_count()}, {platform.machine()}; Python {platform.python_version()}; "
        f"load average at start: {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}",
        "smtplib → relay (aiosmtpd, guard, SQLite register) → aiosmtpd smarthost on 127.0.0.1, one message "
        f"per connection, {ROUNDS} alternating rounds; messages held during the run: {held} (expected 0)",
        *describe("30 kB French text message", len(text), text_times),
        *describe("Message with a 2 MB PDF attachment", len(pdf), pdf_times),
    ]
    added = (statistics.median(text_times["relay"]) - statistics.median(text_times["direct"])) * 1000
    lines.append(f"  target for the 30 kB message: under 50 ms added — {'met' if added < 50 else 'NOT met'}")
    print("\n".join(lines))
    if "--write" in sys.argv:
        write_section("mail relay", lines, ".venv/bin/python benchmarks/mail_relay.py --write")
    return 0 if held == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
