"""Encrypted container: round trips, wrong passphrase, tampering, truncation, streaming memory."""

from __future__ import annotations

import io
import os

import pytest

from deputydesk.exchange import crypto

FAST = 10  # scrypt cost for most tests (n = 1024); one test uses the production default


def enc(data: bytes, pw: str = "құпия сөз", chunk: int = 64, log2_n: int = FAST) -> bytes:
    out = io.BytesIO()
    crypto.encrypt_stream(io.BytesIO(data), out, pw, chunk_size=chunk, log2_n=log2_n)
    return out.getvalue()


def dec(blob: bytes, pw: str = "құпия сөз") -> bytes:
    out = io.BytesIO()
    crypto.decrypt_stream(io.BytesIO(blob), out, pw)
    return out.getvalue()


@pytest.mark.parametrize("size", [0, 1, 63, 64, 65, 128, 1000])
def test_round_trip_at_chunk_boundaries(size):
    data = os.urandom(size)
    blob = enc(data)
    assert blob[:8] == crypto.MAGIC
    assert size < 16 or data not in blob
    assert dec(blob) == data
    # exact size: header + one tag per chunk; the final chunk is never empty unless the data is
    chunks = max(1, -(-size // 64))
    assert len(blob) == crypto.HEADER_SIZE + size + chunks * crypto.TAG


def test_default_parameters_round_trip_and_unicode_passphrase(tmp_path):
    src = tmp_path / "plain.bin"
    src.write_bytes("Бюджет 2024 жылғы — ИИН 900101300123".encode() * 1000)
    crypto.encrypt_file(src, tmp_path / "x.enc", "Пароль ӘҒҚҢӨҰҮҺ")
    assert crypto.is_encrypted(tmp_path / "x.enc")
    assert not crypto.is_encrypted(src)
    assert b"900101300123" not in (tmp_path / "x.enc").read_bytes()
    crypto.decrypt_file(tmp_path / "x.enc", tmp_path / "back.bin", "Пароль ӘҒҚҢӨҰҮҺ")
    assert (tmp_path / "back.bin").read_bytes() == src.read_bytes()
    # NFC normalisation: the same passphrase typed decomposed opens it too
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Пароль ӘҒҚҢӨҰҮҺ")
    crypto.check_passphrase(tmp_path / "x.enc", decomposed)


def test_same_input_encrypts_differently():
    assert enc(b"same") != enc(b"same")


def test_wrong_passphrase_is_typed_and_plain(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    path = folder / "backup.enc"
    path.write_bytes(enc(b"secret data" * 50))
    with pytest.raises(crypto.WrongPassphrase) as info:
        crypto.decrypt_file(path, folder / "out", "wrong")
    assert "wrong passphrase" in str(info.value)
    assert str(path) in str(info.value)
    assert not (folder / "out").exists()
    assert list(folder.iterdir()) == [path]  # no temporary leftovers
    with pytest.raises(crypto.WrongPassphrase):
        crypto.check_passphrase(path, "wrong")
    with pytest.raises(crypto.WrongPassphrase):
        crypto.check_passphrase(path, "")


@pytest.mark.parametrize("where", ["first_chunk", "middle_chunk", "last_tag"])
def test_tampering_any_chunk_is_detected(tmp_path, where):
    data = os.urandom(64 * 5 + 10)
    blob = bytearray(enc(data))
    pos = {"first_chunk": crypto.HEADER_SIZE + 3,
           "middle_chunk": crypto.HEADER_SIZE + 2 * (64 + 16) + 5,
           "last_tag": len(blob) - 1}[where]
    blob[pos] ^= 0x01
    path = tmp_path / "t.enc"
    path.write_bytes(bytes(blob))
    with pytest.raises(crypto.DamagedFile) as info:
        crypto.decrypt_file(path, tmp_path / "out.bin", "құпия сөз")
    assert "altered or damaged" in str(info.value)
    assert not (tmp_path / "out.bin").exists()


def test_header_tampering_reads_as_wrong_passphrase_or_damage():
    blob = bytearray(enc(b"x" * 200))
    blob[20] ^= 0xFF  # inside the salt
    with pytest.raises(crypto.WrongPassphrase):
        dec(bytes(blob))
    blob = bytearray(enc(b"x" * 200))
    blob[crypto.HEADER_SIZE - 1] ^= 0xFF  # the check value
    with pytest.raises(crypto.WrongPassphrase):
        dec(bytes(blob))


def test_truncation_at_chunk_boundary_is_detected():
    data = os.urandom(64 * 4)
    blob = enc(data)
    # drop the final chunk: what remains ends on a full chunk that was not written as the last one
    assert len(blob) == crypto.HEADER_SIZE + 4 * (64 + 16)
    cut = blob[: crypto.HEADER_SIZE + 3 * (64 + 16)]
    with pytest.raises(crypto.DamagedFile):
        dec(cut)
    # drop whole chunks in the middle
    with pytest.raises(crypto.DamagedFile):
        dec(blob[: crypto.HEADER_SIZE + 80] + blob[crypto.HEADER_SIZE + 160:])
    # cut inside the header
    with pytest.raises(crypto.DamagedFile):
        dec(blob[:20])
    # appended garbage
    with pytest.raises(crypto.DamagedFile):
        dec(blob + b"\0" * 20)


def test_swapped_chunks_are_detected():
    blob = enc(os.urandom(64 * 3 + 1))
    h = crypto.HEADER_SIZE
    c = 64 + 16
    swapped = blob[:h] + blob[h + c: h + 2 * c] + blob[h: h + c] + blob[h + 2 * c:]
    with pytest.raises(crypto.DamagedFile):
        dec(swapped)


def test_not_encrypted_and_unknown_version(tmp_path):
    with pytest.raises(crypto.NotEncrypted) as info:
        dec(b"PK\x03\x04 a zip file")
    assert "not a DeputyDesk encrypted file" in str(info.value)
    blob = bytearray(enc(b"abc"))
    blob[8] = 9  # format version
    with pytest.raises(crypto.UnsupportedFormat) as info2:
        dec(bytes(blob))
    assert "version 9" in str(info2.value)
    blob = bytearray(enc(b"abc"))
    blob[10] = 40  # absurd scrypt cost must be refused before any work
    with pytest.raises(crypto.UnsupportedFormat):
        dec(bytes(blob))


def test_streaming_uses_bounded_memory(tmp_path):
    """A 64 MiB file passes through with far less than its size in extra memory."""
    import tracemalloc

    src = tmp_path / "big.bin"
    with open(src, "wb") as fh:
        block = os.urandom(1 << 20)
        for _ in range(64):
            fh.write(block)
    tracemalloc.start()
    crypto.encrypt_file(src, tmp_path / "big.enc", "pw", log2_n=FAST)
    crypto.decrypt_file(tmp_path / "big.enc", tmp_path / "big.out", "pw")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 16 << 20, f"peak Python allocations {peak / 1e6:.1f} MB"
    assert (tmp_path / "big.out").stat().st_size == 64 << 20
    with open(src, "rb") as a, open(tmp_path / "big.out", "rb") as b:
        while True:
            x, y = a.read(1 << 20), b.read(1 << 20)
            assert x == y
            if not x:
                break


def test_encryptor_accepts_writes_of_any_size():
    out = io.BytesIO()
    e = crypto.Encryptor(out, "pw", chunk_size=10, log2_n=FAST)
    parts = [b"a", b"bcdefghijklmnopqrstu", b"", b"v" * 37]
    for part in parts:
        e.write(part)
    e.close()
    assert dec(out.getvalue(), "pw") == b"".join(parts)
