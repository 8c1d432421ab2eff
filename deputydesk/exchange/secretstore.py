"""Remembered passphrases in the operating system's keyring (through ``keyring``).

Where no usable backend exists — typical on Linux without a desktop session (no D-Bus secret service),
or when the user's keyring is locked — the store reports itself *not available* and callers ask for the
passphrase each time. Nothing here ever falls back to a file: a keyring backend that would keep secrets
in plain text on disk (``keyrings.alt``'s plaintext/file backends) counts as not available either.
No method raises for a missing or broken backend.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

SERVICE = "DeputyDesk"

log = logging.getLogger(__name__)

# Backends that "work" but would put secrets on disk unencrypted, or that silently drop them.
_REFUSED_BACKENDS = {
    ("keyring.backends.fail", "Keyring"): "no keyring service is running on this computer",
    ("keyring.backends.null", "Keyring"): "the keyring is switched off",
    ("keyrings.alt.file", "PlaintextKeyring"): "the configured keyring would store secrets in plain text",
    ("keyrings.alt.file", "EncryptedKeyring"): "the configured keyring is a file that asks for its own password",
}


@dataclass(frozen=True)
class StoreStatus:
    available: bool
    backend: str
    reason: str  # plain explanation when not available, else ""


def _backend_status() -> StoreStatus:
    try:
        import keyring
        import keyring.errors

        backend = keyring.get_keyring()
    except Exception as exc:  # an import or configuration error inside keyring itself
        return StoreStatus(False, "", f"the keyring could not be loaded ({exc.__class__.__name__})")
    backends = [backend]
    children = getattr(backend, "backends", None)
    if children is not None:  # ChainerBackend: usable when at least one child is
        backends = list(children)
        if not backends:
            return StoreStatus(False, type(backend).__name__, "no keyring service is running on this computer")
    for candidate in backends:
        key = (type(candidate).__module__, type(candidate).__name__)
        if key not in _REFUSED_BACKENDS:
            return StoreStatus(True, f"{key[0]}.{key[1]}", "")
    key = (type(backends[0]).__module__, type(backends[0]).__name__)
    return StoreStatus(False, f"{key[0]}.{key[1]}", _REFUSED_BACKENDS[key])


class SecretStore:
    """Named secrets for one workspace. ``name`` examples: ``"backup"``, ``"package"``, ``"fields"``.

    ``scope`` (usually the workspace id) keeps the secrets of two workspaces on one laptop apart.
    """

    def __init__(self, scope: str = "default", service: str = SERVICE) -> None:
        self.scope = scope
        self.service = service
        self._last_error = ""

    def _user(self, name: str) -> str:
        return f"{self.scope}/{name}"

    def status(self) -> StoreStatus:
        status = _backend_status()
        if status.available and self._last_error:
            return StoreStatus(False, status.backend, self._last_error)
        return status

    def available(self) -> bool:
        return self.status().available

    def _fail(self, action: str, exc: BaseException) -> None:
        # Never log the secret; the exception text of keyring backends does not contain it.
        self._last_error = f"the keyring refused to {action} ({exc.__class__.__name__})"
        log.info("keyring %s failed: %s", action, exc.__class__.__name__)

    def get(self, name: str) -> str | None:
        """The remembered secret, or None when nothing is remembered or the keyring is unavailable."""
        if not _backend_status().available:
            return None
        try:
            import keyring

            value = keyring.get_password(self.service, self._user(name))
        except Exception as exc:  # NoKeyringError, KeyringLocked, InitError, D-Bus errors…
            self._fail("read a secret", exc)
            return None
        self._last_error = ""
        return value

    def set(self, name: str, secret: str) -> bool:
        """Remember ``secret``; returns False (and stores nothing anywhere) when the keyring is unavailable."""
        if not secret:
            return False
        if not _backend_status().available:
            return False
        try:
            import keyring

            keyring.set_password(self.service, self._user(name), secret)
        except Exception as exc:
            self._fail("store a secret", exc)
            return False
        self._last_error = ""
        return True

    def delete(self, name: str) -> bool:
        """Forget a secret; True when one was removed."""
        if not _backend_status().available:
            return False
        try:
            import keyring
            import keyring.errors

            keyring.delete_password(self.service, self._user(name))
        except keyring.errors.PasswordDeleteError:
            return False
        except Exception as exc:
            self._fail("delete a secret", exc)
            return False
        return True
