"""Encryption of identifiers at rest, and the keyed hash used to look them up.

One master key (32 bytes) comes from ``SECRETPRO_KEY`` (base64) or a key file. Two independent
subkeys are derived from it with HKDF so that the lookup hash can never be used to attack the
encryption key, and vice versa:

* AES-256-GCM with a fresh random 96-bit nonce per value. The associated data names the column
  *and* the row (``case_files.subject_nn_enc|<case id>``): a ciphertext copied into another row or
  column of the database no longer decrypts, so swapping identities between cases is detected.
* HMAC-SHA256 over the normalised national number, so that a case can be found by its national
  number without storing that number in clear (a plain hash of an 11-digit number would be
  brute-forced in seconds; without the key it cannot).
* HMAC-SHA256 links of the register chain (``chain/v1``) and of the seal and checkpoints kept
  outside the database (``seal/v1``): whoever can write the database but does not hold the key
  cannot rewrite history so that it still verifies.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from secretpro.i18n import N_

from .errors import DecryptionError, KeyConfigurationError
from .settings import KEY_ENV, KEY_FILE_ENV

KEY_BYTES = 32
NONCE_BYTES = 12
# First byte of every ciphertext: lets a later key rotation or algorithm change coexist.
FORMAT_VERSION = b"\x01"


def _derive(master: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"secretpro/" + purpose).derive(master)


def _decode_key(text: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise KeyConfigurationError(N_("La clé de chiffrement n’est pas du base64 valide.")) from None
    if len(raw) != KEY_BYTES:
        raise KeyConfigurationError(N_("La clé de chiffrement doit faire 32 octets (en base64).")) from None
    return raw


def generate_key() -> str:
    """A new master key, base64-encoded (what ``SECRETPRO_KEY`` or a key file holds)."""
    return base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode("ascii")


def _create_key_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # O_EXCL: two processes starting at once cannot both write a key (one would lose its data);
    # the mode is given at creation so the key is never readable by others, not even briefly.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, (generate_key() + "\n").encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)


def _read_key_file(path: Path) -> bytes:
    if os.name == "posix":
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise KeyConfigurationError(
                N_("Le fichier de clé est lisible par d’autres utilisateurs ; faites chmod 600 {path}."),
                path=str(path),
            )
    return _decode_key(path.read_text(encoding="ascii"))


def load_master_key(default_key_file: Path, *, create: bool = True) -> bytes:
    """The master key: ``SECRETPRO_KEY``, else ``SECRETPRO_KEY_FILE``, else ``default_key_file``.

    A missing key file is created (mode 0600) when ``create`` is true.
    """
    from_env = os.environ.get(KEY_ENV, "").strip()
    if from_env:
        return _decode_key(from_env)
    file_env = os.environ.get(KEY_FILE_ENV, "").strip()
    path = Path(file_env).expanduser() if file_env else default_key_file
    if not path.exists():
        if not create:
            raise KeyConfigurationError(N_("Le fichier de clé {path} n’existe pas."), path=str(path))
        # FileExistsError: another process created it first; use theirs.
        with contextlib.suppress(FileExistsError):
            _create_key_file(path)
    return _read_key_file(path)


@dataclass(frozen=True)
class KeyRing:
    """The subkeys derived from one master key."""

    _enc_key: bytes = field(repr=False)
    _lookup_key: bytes = field(repr=False)
    _check_key: bytes = field(repr=False)
    _chain_key: bytes = field(repr=False)
    _seal_key: bytes = field(repr=False)

    @classmethod
    def from_master(cls, master: bytes) -> KeyRing:
        if len(master) != KEY_BYTES:
            raise KeyConfigurationError(
                N_("La clé de chiffrement doit faire 32 octets (en base64).")
            ) from None
        return cls(
            _derive(master, b"aes-gcm/v1"),
            _derive(master, b"lookup/v1"),
            _derive(master, b"check/v1"),
            _derive(master, b"chain/v1"),
            _derive(master, b"seal/v1"),
        )

    @classmethod
    def from_base64(cls, text: str) -> KeyRing:
        return cls.from_master(_decode_key(text))

    def encrypt(self, plaintext: str, context: str) -> bytes:
        """``version || nonce || ciphertext+tag``; ``context`` is bound as associated data."""
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = AESGCM(self._enc_key).encrypt(nonce, plaintext.encode("utf-8"), context.encode("utf-8"))
        return FORMAT_VERSION + nonce + sealed

    def decrypt(self, blob: bytes, context: str) -> str:
        # The exception never carries the blob or the plaintext, only a fixed sentence.
        if len(blob) < 1 + NONCE_BYTES + 16 or blob[:1] != FORMAT_VERSION:
            raise DecryptionError()
        nonce, sealed = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        try:
            plain = AESGCM(self._enc_key).decrypt(nonce, sealed, context.encode("utf-8"))
        except InvalidTag:
            raise DecryptionError() from None
        return plain.decode("utf-8")

    def encrypt_text(self, plaintext: str, context: str) -> str:
        """Like :meth:`encrypt`, base64 text (for values inside JSON payloads)."""
        return base64.b64encode(self.encrypt(plaintext, context)).decode("ascii")

    def decrypt_text(self, token: str, context: str) -> str:
        try:
            blob = base64.b64decode(token, validate=True)
        except (binascii.Error, ValueError):
            raise DecryptionError() from None
        return self.decrypt(blob, context)

    def lookup_hash(self, value: str) -> str:
        """Keyed hash of an identifier (already normalised by the caller)."""
        return hmac.new(self._lookup_key, value.encode("utf-8"), hashlib.sha256).hexdigest()

    def key_check(self) -> str:
        """A value stored in the register so that a wrong key is reported at once, clearly."""
        return hmac.new(self._check_key, b"secretpro register key check", hashlib.sha256).hexdigest()

    def chain_mac(self, material: str) -> str:
        """The keyed link of one register entry (``material``: its canonical JSON)."""
        return hmac.new(self._chain_key, material.encode("utf-8"), hashlib.sha256).hexdigest()

    def seal_mac(self, material: str) -> str:
        """The MAC of a seal or of an exported checkpoint (``material``: canonical JSON)."""
        return hmac.new(self._seal_key, material.encode("utf-8"), hashlib.sha256).hexdigest()
