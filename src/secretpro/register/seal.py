"""The seal: the head of every chain, kept outside the database and authenticated with the key.

The chain's links are keyed MACs, so nobody without the key can rewrite an entry. What a database
alone cannot show is that entries are *missing*: a copy of the file put back (a rollback), or the
last entries deleted together with the chain head moved back. So after each append the head of the
chain (its position and MAC) is written to a seal file outside the database, and ``verify`` checks
that the database still reaches every sealed head.

The seal file (``settings.seal_file``: ``SECRETPRO_SEAL_FILE`` or ``secretpro.seal`` beside the
key file) is JSON, one section per register (several registers may share a key folder)::

    {"format": "secretpro-seal/1",
     "registers": {"<register id>": {"chains": {"<cpas id>": [seq, head MAC]},
                                      "sealed_at": "…Z", "mac": "…"}}}

Each section carries an HMAC (``KeyRing.seal_mac``) over its register id, chains and date. The
seal only moves forward: writers take an exclusive lock on ``<seal>.lock``, read the seal, keep for
each chain the furthest position (another process may have sealed a later one meanwhile), and
replace the file atomically (temporary file, fsync, rename; mode 0600).

A *checkpoint* (``register seal --export``) is the same information as one signed JSON document a
supervisor can file elsewhere; ``verify --checkpoint`` checks that the register still extends it.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import os
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .canonical import canonical_json, utc_iso
from .crypto import KeyRing
from .models import utcnow

try:  # POSIX; elsewhere only the atomic rename protects the file
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

SEAL_FORMAT = "secretpro-seal/1"
CHECKPOINT_FORMAT = "secretpro-checkpoint/1"
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChainState:
    """The head of one CPAS chain: its last position and the MAC of the entry there."""

    seq: int
    head: str


Chains = Mapping[int, ChainState]


class SealProblem(Exception):
    """The seal or a checkpoint cannot be used; ``reason`` is a key of ``chain.REASONS``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Checkpoint:
    register_id: str
    chains: dict[int, ChainState]
    count: int
    date: str


def _chains_json(chains: Chains) -> dict[str, list[Any]]:
    return {str(cpas_id): [state.seq, state.head] for cpas_id, state in sorted(chains.items())}


def _parse_chains(value: Any) -> dict[int, ChainState]:
    if not isinstance(value, dict):
        raise ValueError("chains")
    result: dict[int, ChainState] = {}
    for key, item in value.items():
        if isinstance(item, dict):
            item = [item.get("seq"), item.get("head")]
        if not (isinstance(item, list) and len(item) == 2):
            raise ValueError("chain")
        seq, head = item
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0 or not isinstance(head, str):
            raise ValueError("chain")
        result[int(key)] = ChainState(seq, head)
    return result


def _section_mac(keyring: KeyRing, register_id: str, chains: Chains, sealed_at: str) -> str:
    material = {"kind": "seal", "register": register_id, "chains": _chains_json(chains), "at": sealed_at}
    return keyring.seal_mac(canonical_json(material))


class Seal:
    """The seal file of one register."""

    def __init__(self, path: Path, keyring: KeyRing, register_id: str) -> None:
        self.path = path
        self.keyring = keyring
        self.register_id = register_id

    # --- reading ---------------------------------------------------------------------------

    def _load_file(self) -> dict[str, Any] | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            document = json.loads(text)
        except ValueError:
            raise SealProblem("seal_invalid") from None
        if not isinstance(document, dict) or document.get("format") != SEAL_FORMAT:
            raise SealProblem("seal_invalid")
        if not isinstance(document.get("registers"), dict):
            raise SealProblem("seal_invalid")
        return document

    def _section(self, document: dict[str, Any]) -> dict[int, ChainState] | None:
        section = document["registers"].get(self.register_id)
        if section is None:
            return None
        try:
            chains = _parse_chains(section["chains"])
            sealed_at = section["at"]
            mac = section["mac"]
        except (KeyError, TypeError, ValueError):
            raise SealProblem("seal_invalid") from None
        if not isinstance(sealed_at, str) or not isinstance(mac, str):
            raise SealProblem("seal_invalid")
        expected = _section_mac(self.keyring, self.register_id, chains, sealed_at)
        if not hmac.compare_digest(expected, mac):
            raise SealProblem("seal_invalid")
        return chains

    def read(self) -> dict[int, ChainState] | None:
        """The sealed heads of this register; ``None`` when it was never sealed (no file or no
        section for it). Raises :class:`SealProblem` when the file is unreadable or its MAC fails."""
        document = self._load_file()
        return None if document is None else self._section(document)

    # --- writing ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock_path = self.path.with_name(self.path.name + ".lock")
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # releases the lock

    def advance(self, chains: Chains, *, force: bool = False) -> dict[int, ChainState]:
        """Seal ``chains``, never moving a chain backwards (unless ``force``: the operator accepts
        the register as it is now). Returns the heads now sealed.

        A seal section that does not verify is left as it is (it is evidence); the problem is
        raised and ``verify`` reports it.
        """
        with self._locked():
            document = self._load_file() if not force else self._load_or_new()
            if document is None:
                document = {"format": SEAL_FORMAT, "registers": {}}
            current = {} if force else (self._section(document) or {})
            merged = dict(current)
            for cpas_id, state in chains.items():
                known = merged.get(cpas_id)
                if known is None or state.seq > known.seq or force:
                    merged[cpas_id] = state
            if merged == current and not force and self.register_id in document["registers"]:
                return merged
            sealed_at = utc_iso(utcnow())
            document["registers"][self.register_id] = {
                "chains": _chains_json(merged),
                "at": sealed_at,
                "mac": _section_mac(self.keyring, self.register_id, merged, sealed_at),
            }
            self._write(document)
            return merged

    def _load_or_new(self) -> dict[str, Any]:
        try:
            document = self._load_file()
        except SealProblem:
            document = None
        return document or {"format": SEAL_FORMAT, "registers": {}}

    def _write(self, document: dict[str, Any]) -> None:
        folder = self.path.parent
        fd, temp = tempfile.mkstemp(prefix=".secretpro-seal-", dir=folder)  # mode 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(document, sort_keys=True, indent=1) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
        # The folder is not fsynced: after a crash the rename may be lost, leaving the previous
        # seal, which the database still extends (the seal is a lower bound, never ahead). The
        # file itself is fsynced before the rename, so it is never seen half written.


def advance_quietly(seal: Seal, chains: Chains) -> None:
    """After a commit: seal, but never turn a committed append into an error (it is logged, and
    ``verify`` reports a seal that fell behind or went missing)."""
    try:
        seal.advance(chains)
    except (OSError, SealProblem) as error:
        _log.error("register seal not written (%s): %s", seal.path, type(error).__name__)


# --- checkpoints ---------------------------------------------------------------------------------


def _checkpoint_material(register_id: str, chains: Chains, count: int, date: str) -> str:
    return canonical_json(
        {
            "kind": "checkpoint",
            "register": register_id,
            "chains": _chains_json(chains),
            "count": count,
            "date": date,
        }
    )


def export_checkpoint(
    keyring: KeyRing, register_id: str, chains: Chains, *, now: datetime | None = None
) -> str:
    """A signed checkpoint (JSON text): every chain's head and position, the entry count, the date."""
    date = utc_iso(now or utcnow())
    count = sum(state.seq for state in chains.values())
    document = {
        "format": CHECKPOINT_FORMAT,
        "register": register_id,
        "date": date,
        "count": count,
        "chains": {str(k): {"seq": v.seq, "head": v.head} for k, v in sorted(chains.items())},
        "mac": keyring.seal_mac(_checkpoint_material(register_id, chains, count, date)),
    }
    return json.dumps(document, indent=2, sort_keys=True) + "\n"


def read_checkpoint(text: str, keyring: KeyRing) -> Checkpoint:
    """Parse and authenticate a checkpoint; :class:`SealProblem` ``checkpoint_invalid`` otherwise."""
    try:
        document = json.loads(text)
        if not isinstance(document, dict) or document.get("format") != CHECKPOINT_FORMAT:
            raise ValueError("format")
        register_id, date, count, mac = (document[k] for k in ("register", "date", "count", "mac"))
        chains = _parse_chains(document["chains"])
        if not all(isinstance(v, str) for v in (register_id, date, mac)) or not isinstance(count, int):
            raise ValueError("types")
    except (KeyError, TypeError, ValueError):
        raise SealProblem("checkpoint_invalid") from None
    expected = keyring.seal_mac(_checkpoint_material(register_id, chains, count, date))
    if not hmac.compare_digest(expected, mac) or count != sum(s.seq for s in chains.values()):
        raise SealProblem("checkpoint_invalid")
    return Checkpoint(register_id, chains, count, date)
