"""Encryption at rest for personal-data fields (citizens' ИИН/ЖСН, phone numbers).

A random 256-bit workspace key encrypts each field with AES-GCM. The key lives in the operating
system's keyring (``keyring``), never in the workspace folder. Where no keyring backend exists (Linux
without a desktop session) the key is derived from a passphrase with scrypt; the passphrase comes from
``ws.passphrase_provider`` (the GUI asks) or ``$DEPUTYDESK_PASSPHRASE`` (scripts), and only the salt is
stored. Sealed values look like ``enc1:<key id>:<base64 nonce+ciphertext>``; the key id lets a workspace
hold several keys (for example one received from another laptop).
"""

from __future__ import annotations

import base64
import json
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import keyring
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

if TYPE_CHECKING:
    from deputydesk.storage.workspace import Workspace

KEYRING_SERVICE = "DeputyDesk"
PREFIX = "enc1"
SCRYPT_N = 2**15


class SecretsUnavailable(Exception):
    """No keyring and no passphrase: personal data cannot be read or written right now."""


class SecretsError(Exception):
    """A sealed value cannot be opened (wrong key or damaged)."""


def derive_key(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=8, p=1).derive(passphrase.encode("utf-8"))


class FieldCipher:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self._keys: dict[str, bytes] | None = None
        self._current: str | None = None
        self._lock = threading.Lock()
        self.passphrase_provider: Callable[[], str | None] | None = None

    # -------------------------------------------------------------- keys
    def _username(self) -> str:
        return f"workspace-key:{self.ws.workspace_id}"

    def keyring_available(self) -> bool:
        """A keyring that really keeps secrets: not the "fail" or "null" backends, not a plain-text file."""
        from deputydesk.exchange.secretstore import _backend_status

        if not _backend_status().available:
            return False
        try:
            keyring.get_password(KEYRING_SERVICE, "probe")
            return True
        except keyring.errors.KeyringError:
            return False

    def _load(self) -> None:
        if self._keys is not None:
            return
        if not self.keyring_available():
            self._load_from_passphrase()
            return
        try:
            stored = keyring.get_password(KEYRING_SERVICE, self._username())
        except keyring.errors.KeyringError:
            self._load_from_passphrase()
            return
        if stored:
            data = json.loads(stored)
            self._keys = {k: base64.b64decode(v) for k, v in data["keys"].items()}
            self._current = data["current"]
            return
        if self.ws.meta("pii_salt") is not None:
            # values were sealed with a passphrase key before: keep using it, never start a second key
            self._load_from_passphrase()
            return
        key_id = os.urandom(4).hex()
        keys = {key_id: AESGCM.generate_key(bit_length=256)}
        self._keys, self._current = keys, key_id
        try:
            self._save_keyring()
            # a keyring that accepts but does not keep the key would make sealed data unreadable later
            if keyring.get_password(KEYRING_SERVICE, self._username()) is None:
                raise keyring.errors.KeyringError("the keyring did not keep the key")
        except keyring.errors.KeyringError:
            self._keys, self._current = None, None
            self._load_from_passphrase()

    def _save_keyring(self) -> None:
        assert self._keys is not None
        payload = json.dumps({"current": self._current,
                              "keys": {k: base64.b64encode(v).decode() for k, v in self._keys.items()}})
        keyring.set_password(KEYRING_SERVICE, self._username(), payload)

    def _load_from_passphrase(self) -> None:
        passphrase = os.environ.get("DEPUTYDESK_PASSPHRASE")
        if not passphrase and self.passphrase_provider is not None:
            passphrase = self.passphrase_provider()
        if not passphrase:
            raise SecretsUnavailable(
                "Personal data is encrypted, and this computer has no keyring to keep the key. "
                "Enter the workspace passphrase (or set DEPUTYDESK_PASSPHRASE for scripts)."
            )
        salt_hex = self.ws.meta("pii_salt")
        if salt_hex is None:
            salt_hex = os.urandom(16).hex()
            self.ws.set_meta("pii_salt", salt_hex)
        key = derive_key(passphrase, bytes.fromhex(salt_hex))
        key_id = "p" + bytes.fromhex(salt_hex)[:3].hex()
        self._keys = {key_id: key}
        self._current = key_id

    def add_key(self, key_id: str, key: bytes) -> None:
        """Accept a key from another laptop (exchange) so its sealed values can be opened here."""
        with self._lock:
            self._load()
            assert self._keys is not None
            self._keys[key_id] = key
            try:
                self._save_keyring()
            except keyring.errors.KeyringError:
                pass

    def export_keys(self) -> dict[str, bytes]:
        with self._lock:
            self._load()
            assert self._keys is not None
            return dict(self._keys)

    # -------------------------------------------------------------- values
    def seal(self, plaintext: str | None) -> str | None:
        if plaintext is None or plaintext == "":
            return plaintext
        with self._lock:
            self._load()
            assert self._keys is not None and self._current is not None
            key_id = self._current
            key = self._keys[key_id]
        nonce = os.urandom(12)
        ct = AESGCM(key).encrypt(nonce, plaintext.encode("utf-8"), key_id.encode())
        return f"{PREFIX}:{key_id}:{base64.b64encode(nonce + ct).decode()}"

    def open(self, sealed: str | None) -> str | None:
        if sealed is None or sealed == "":
            return sealed
        if not sealed.startswith(PREFIX + ":"):
            raise SecretsError("value is not sealed")
        _, key_id, blob = sealed.split(":", 2)
        with self._lock:
            self._load()
            assert self._keys is not None
            key = self._keys.get(key_id)
        if key is None:
            raise SecretsError(f"the key {key_id} that sealed this value is not on this computer")
        raw = base64.b64decode(blob)
        try:
            return AESGCM(key).decrypt(raw[:12], raw[12:], key_id.encode()).decode("utf-8")
        except InvalidTag:
            raise SecretsError("the value cannot be decrypted with this workspace's key") from None

    @staticmethod
    def is_sealed(value: str | None) -> bool:
        return bool(value) and str(value).startswith(PREFIX + ":")
