from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors
import pytest

from deputydesk.exchange.fieldcrypt import FieldCipher, SecretsError, SecretsUnavailable
from deputydesk.storage.workspace import DB_NAME

IIN = "850315400123"


def test_seal_and_open_with_the_keyring(workspace, memory_keyring):
    sealed = workspace.secrets.seal(IIN)
    assert sealed.startswith("enc1:") and IIN not in sealed
    assert workspace.secrets.open(sealed) == IIN
    assert workspace.secrets.seal(IIN) != sealed  # fresh nonce each time
    assert any(k[1].startswith("workspace-key:") for k in memory_keyring.store)


def test_raw_database_does_not_contain_the_plaintext(workspace):
    workspace.set_meta("pii_test", workspace.secrets.seal(IIN))
    workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = (workspace.root / DB_NAME).read_bytes()
    assert IIN.encode() not in raw


def test_tampered_value_gives_a_plain_error(workspace):
    sealed = workspace.secrets.seal(IIN)
    broken = sealed[:-4] + ("AAAA" if not sealed.endswith("AAAA") else "BBBB")
    with pytest.raises(SecretsError):
        workspace.secrets.open(broken)


class _NoKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        raise keyring.errors.NoKeyringError("no backend")

    def set_password(self, service, username, password):
        raise keyring.errors.NoKeyringError("no backend")

    def delete_password(self, service, username):
        raise keyring.errors.NoKeyringError("no backend")


def test_without_a_keyring_a_passphrase_is_asked_and_nothing_crashes(workspace, monkeypatch):
    keyring.set_keyring(_NoKeyring())
    cipher = FieldCipher(workspace)
    assert cipher.keyring_available() is False
    with pytest.raises(SecretsUnavailable):
        cipher.seal(IIN)
    cipher.passphrase_provider = lambda: "correct horse"
    sealed = cipher.seal(IIN)
    again = FieldCipher(workspace)
    monkeypatch.setenv("DEPUTYDESK_PASSPHRASE", "correct horse")
    assert again.open(sealed) == IIN
    wrong = FieldCipher(workspace)
    wrong.passphrase_provider = lambda: "wrong"
    monkeypatch.delenv("DEPUTYDESK_PASSPHRASE")
    with pytest.raises(SecretsError):
        wrong.open(sealed)
    assert "correct horse" not in (workspace.root / "settings.json").read_text() if (
        workspace.root / "settings.json").exists() else True


class _ForgetfulKeyring(keyring.backend.KeyringBackend):
    """Accepts secrets and silently drops them (like keyring's null backend under another name)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        return None

    def delete_password(self, service, username):
        return None


def test_a_keyring_that_forgets_falls_back_to_the_passphrase(workspace, monkeypatch):
    keyring.set_keyring(_ForgetfulKeyring())
    monkeypatch.setenv("DEPUTYDESK_PASSPHRASE", "мықты құпия")
    sealed = FieldCipher(workspace).seal(IIN)
    assert sealed.split(":")[1].startswith("p")  # a passphrase-derived key, recoverable later
    assert FieldCipher(workspace).open(sealed) == IIN


def test_null_backend_is_not_a_keyring(workspace, monkeypatch):
    import keyring.backends.null

    keyring.set_keyring(keyring.backends.null.Keyring())
    cipher = FieldCipher(workspace)
    assert cipher.keyring_available() is False
    with pytest.raises(SecretsUnavailable):
        cipher.seal(IIN)


def test_keys_travel_in_encrypted_packages(tmp_path, memory_keyring):
    """Personal data sealed on laptop A can be read on laptop B after an encrypted exchange."""
    from deputydesk.exchange import package
    from deputydesk.storage import records
    from deputydesk.storage.workspace import Workspace

    a = Workspace.open(tmp_path / "A")
    b = Workspace.open(tmp_path / "B")
    body = records.insert(a, "bodies", {"kind": "maslikhat"})
    rid = records.insert(a, "members", {"body_id": body, "full_name": "Азамат", "phone": a.secrets.seal(IIN)})
    package.export_package(a, tmp_path / "p.ddx", passphrase="ортақ құпия")
    package.import_package(b, tmp_path / "p.ddx", passphrase="ортақ құпия")
    sealed = records.get(b, "members", rid)["phone"]
    assert IIN not in sealed
    assert b.secrets.open(sealed) == IIN
    a.close()
    b.close()
