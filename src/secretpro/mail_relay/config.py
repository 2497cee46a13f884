"""The relay's settings and its list of watched domains (``data/watched_domains.txt``)."""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

WATCHED_DOMAINS_FILE = Path(__file__).parent / "data" / "watched_domains.txt"
DEFAULT_MAX_MESSAGE_BYTES = 25 * 1024 * 1024
# The guard reads about 1 MB of text a second, and a hostile text written to be slow (one health
# phrase repeated) about 0.25 MB: a million characters hold a relay worker for 1 to 4 s. A message
# with more text than that is held for review, unread beyond the budget, rather than read for minutes.
DEFAULT_MAX_SCAN_CHARS = 1_000_000


def read_domains(path: Path) -> frozenset[str]:
    """One domain per line; ``#`` starts a comment (the file's header names its sources)."""
    domains: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.split("#", 1)[0].strip().lower().rstrip(".")
        if text:
            domains.add(text)
    return frozenset(domains)


@cache
def default_watched_domains() -> frozenset[str]:
    return read_domains(WATCHED_DOMAINS_FILE)


def is_watched(address: str, domains: frozenset[str]) -> bool:
    """The address's domain is a watched domain or one of its subdomains."""
    domain = address.rpartition("@")[2].strip().strip(">").lower().rstrip(".")
    return any(domain == d or domain.endswith("." + d) for d in domains)


@dataclass(frozen=True)
class Smarthost:
    host: str
    port: int = 25
    starttls: bool = False
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 30.0
    tls_context: ssl.SSLContext | None = field(default=None, repr=False)


@dataclass(frozen=True)
class RelaySettings:
    cpas: str
    smarthost: Smarthost
    host: str = "127.0.0.1"
    port: int = 10025
    watched_domains: frozenset[str] = field(default_factory=default_watched_domains)
    review_url: str = "http://127.0.0.1:8000"
    notice_from: str = "postmaster@localhost"
    max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES
    max_scan_chars: int = DEFAULT_MAX_SCAN_CHARS
    """characters of text the guard reads in one message; a part beyond them holds the message."""
    tls_context: ssl.SSLContext | None = field(default=None, repr=False)
    require_starttls: bool = False
    auth_users: dict[str, str] | None = field(default=None, repr=False)
    """user name → argon2 hash; AUTH is then required (over TLS when STARTTLS is configured)."""
    outbox_interval: float = 2.0


def read_auth_file(path: Path) -> dict[str, str]:
    """``user:argon2-hash`` lines (``#`` comments), e.g. written with
    ``python -c "from argon2 import PasswordHasher; print(PasswordHasher().hash('…'))"``."""
    users: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        if not text or text.startswith("#") or ":" not in text:
            continue
        user, _, hashed = text.partition(":")
        users[user.strip()] = hashed.strip()
    return users


def server_tls_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(cert, key)
    return context
