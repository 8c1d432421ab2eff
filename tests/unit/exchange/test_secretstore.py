"""Remembered passphrases: keyring when there is one, "not available" (never a crash, never a file) otherwise."""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.backends.chainer
import keyring.backends.fail
import keyring.errors
import pytest

from deputydesk.exchange.secretstore import SERVICE, SecretStore


def _all_files(root):
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_remembers_in_the_keyring(memory_keyring):
    store = SecretStore(scope="ws-1")
    assert store.available()
    assert store.status().reason == ""
    assert store.get("backup") is None
    assert store.set("backup", "Құпия 2024")
    assert store.get("backup") == "Құпия 2024"
    assert memory_keyring.store == {(SERVICE, "ws-1/backup"): "Құпия 2024"}
    # another workspace on the same laptop does not see it
    assert SecretStore(scope="ws-2").get("backup") is None
    assert store.delete("backup")
    assert not store.delete("backup")
    assert store.get("backup") is None


def test_empty_secret_is_not_stored(memory_keyring):
    assert not SecretStore().set("backup", "")
    assert memory_keyring.store == {}


def test_no_backend_means_not_available_and_nothing_on_disk(tmp_path):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    before = _all_files(tmp_path)
    store = SecretStore(scope="ws")
    status = store.status()
    assert not status.available
    assert "no keyring" in status.reason
    assert store.get("backup") is None
    assert store.set("backup", "do-not-write-me") is False
    assert store.delete("backup") is False
    after = _all_files(tmp_path)
    assert after == before
    for path in after:
        assert b"do-not-write-me" not in path.read_bytes()


def test_empty_chainer_is_not_available(monkeypatch):
    monkeypatch.setattr(keyring.backends.chainer.ChainerBackend, "backends", [])
    keyring.set_keyring(keyring.backends.chainer.ChainerBackend())
    assert not SecretStore().available()


class LockedKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service, username, password):
        raise keyring.errors.PasswordSetError("cannot")

    def delete_password(self, service, username):
        raise keyring.errors.KeyringError("broken")


def test_backend_errors_never_escape():
    keyring.set_keyring(LockedKeyring())
    store = SecretStore()
    assert store.available()  # looks usable until it is used
    assert store.get("x") is None
    assert store.status().available is False
    assert "refused" in store.status().reason
    assert store.set("x", "secret") is False
    assert store.delete("x") is False


@pytest.mark.parametrize("module,name", [("keyrings.alt.file", "PlaintextKeyring")])
def test_plaintext_file_backend_is_refused(module, name, tmp_path):
    """A backend that would write secrets to a plain file counts as unavailable."""
    cls = type(name, (keyring.backend.KeyringBackend,), {
        "priority": 1,
        "__module__": module,
        "get_password": lambda self, s, u: None,
        "set_password": lambda self, s, u, p: (tmp_path / "leak.txt").write_text(p),
        "delete_password": lambda self, s, u: None,
    })
    keyring.set_keyring(cls())
    store = SecretStore()
    assert not store.available()
    assert "plain text" in store.status().reason
    assert store.set("x", "secret") is False
    assert not (tmp_path / "leak.txt").exists()
