"""Encrypted containers for packages and backups: AES-256-GCM, key from a passphrase through scrypt.

File layout (all integers big-endian)::

    magic        8 bytes   b"DDCRYPT\\x00"
    version      1 byte    1
    kdf          1 byte    1 = scrypt
    log2_n       1 byte    scrypt cost (n = 2**log2_n)
    r            1 byte    scrypt block size
    p            1 byte    scrypt parallelism
    salt        16 bytes   random per file
    nonce_prefix 7 bytes   random per file
    chunk_size   4 bytes   plaintext bytes per chunk (last chunk may be shorter, even empty)
    check       16 bytes   HMAC-SHA256(check_key, all header bytes above)[:16]
    chunks...              AES-GCM(enc_key, nonce, chunk, aad=header) = ciphertext || 16-byte tag

scrypt gives 64 bytes: the first 32 are the AES key, the last 32 the header-check key. The check value
tells a wrong passphrase apart from a damaged file before any chunk is decrypted.

Each chunk's 12-byte nonce is ``nonce_prefix || counter (4 bytes) || last flag (1 byte)``; the last chunk
carries flag 1, so cutting the file at a chunk boundary, reordering or dropping chunks, or appending data is
detected (the STREAM construction). The whole header is authenticated data of every chunk.

Plaintext is processed one chunk at a time, so files of any size are encrypted in bounded memory.
:func:`decrypt_file` writes to a temporary file and renames it only after the last chunk verified, so a
tampered file never leaves partial plaintext behind.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"DDCRYPT\x00"
FORMAT_VERSION = 1
KDF_SCRYPT = 1
DEFAULT_LOG2_N = 15  # n = 32768, r = 8: 32 MiB and ~0.1 s per derivation
DEFAULT_R = 8
DEFAULT_P = 1
DEFAULT_CHUNK = 1 << 20
MAX_CHUNK = 64 << 20
MAX_LOG2_N = 20  # refuse headers that would make us spend > 1 GiB on scrypt
MAX_R = 16
MAX_P = 4
TAG = 16
_HEAD = struct.Struct(">8sBBBBB16s7sI")
HEADER_SIZE = _HEAD.size + 16

ProgressFn = Callable[[int], None]


class CryptoError(Exception):
    """Base class: ``str(error)`` is a plain message for the user that names the file when known."""


class NotEncrypted(CryptoError):
    """The file is not a DeputyDesk encrypted container."""


class UnsupportedFormat(CryptoError):
    """An encrypted container written by a newer DeputyDesk (or with parameters we refuse)."""


class WrongPassphrase(CryptoError):
    """The passphrase does not open this file."""


class DamagedFile(CryptoError):
    """The file was cut short, altered or corrupted after it was written."""


def _where(name: str | os.PathLike[str] | None) -> str:
    return f"{os.fspath(name)}: " if name else ""


@dataclass(frozen=True)
class Header:
    version: int
    log2_n: int
    r: int
    p: int
    salt: bytes
    nonce_prefix: bytes
    chunk_size: int
    check: bytes

    def body(self) -> bytes:
        return _HEAD.pack(MAGIC, self.version, KDF_SCRYPT, self.log2_n, self.r, self.p, self.salt,
                          self.nonce_prefix, self.chunk_size)

    def to_bytes(self) -> bytes:
        return self.body() + self.check


def derive_keys(passphrase: str, salt: bytes, log2_n: int = DEFAULT_LOG2_N, r: int = DEFAULT_R,
                p: int = DEFAULT_P) -> tuple[bytes, bytes]:
    """(AES key, header-check key) from a passphrase. The passphrase is NFC-normalised UTF-8."""
    import unicodedata

    if not isinstance(passphrase, str) or passphrase == "":
        raise WrongPassphrase("The passphrase is empty.")
    material = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Scrypt(salt=salt, length=64, n=1 << log2_n, r=r, p=p)
    out = kdf.derive(material)
    return out[:32], out[32:]


def _check_value(check_key: bytes, body: bytes) -> bytes:
    return hmac.new(check_key, body, hashlib.sha256).digest()[:16]


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    if counter >= 1 << 32:
        raise CryptoError("The file is too large to encrypt in one container.")
    return prefix + struct.pack(">IB", counter, 1 if last else 0)


def _read_exact(src: BinaryIO, size: int) -> bytes:
    parts = []
    remaining = size
    while remaining > 0:
        block = src.read(remaining)
        if not block:
            break
        parts.append(block)
        remaining -= len(block)
    return b"".join(parts)


def read_header(src: BinaryIO, name: str | os.PathLike[str] | None = None) -> Header:
    raw = _read_exact(src, HEADER_SIZE)
    if len(raw) < len(MAGIC) or raw[: len(MAGIC)] != MAGIC:
        raise NotEncrypted(f"{_where(name)}this is not a DeputyDesk encrypted file.")
    if len(raw) < HEADER_SIZE:
        raise DamagedFile(f"{_where(name)}the encrypted file is cut short (incomplete header).")
    magic, version, kdf, log2_n, r, p, salt, prefix, chunk = _HEAD.unpack(raw[: _HEAD.size])
    if version != FORMAT_VERSION:
        raise UnsupportedFormat(
            f"{_where(name)}encrypted with format version {version}; this DeputyDesk reads version "
            f"{FORMAT_VERSION}. Update DeputyDesk to open it.")
    if kdf != KDF_SCRYPT or not (10 <= log2_n <= MAX_LOG2_N) or not (1 <= r <= MAX_R) \
            or not (1 <= p <= MAX_P) or not (1 <= chunk <= MAX_CHUNK):
        raise UnsupportedFormat(f"{_where(name)}the encryption parameters in the header are not supported.")
    return Header(version, log2_n, r, p, salt, prefix, chunk, raw[_HEAD.size:])


class Encryptor:
    """Streaming encryptor: ``write()`` plaintext in any pieces, then ``close()``."""

    def __init__(self, dst: BinaryIO, passphrase: str, *, chunk_size: int = DEFAULT_CHUNK,
                 log2_n: int = DEFAULT_LOG2_N, r: int = DEFAULT_R, p: int = DEFAULT_P) -> None:
        if not 1 <= chunk_size <= MAX_CHUNK:
            raise ValueError("chunk_size out of range")
        self._dst = dst
        salt = os.urandom(16)
        aes_key, check_key = derive_keys(passphrase, salt, log2_n, r, p)
        partial = Header(FORMAT_VERSION, log2_n, r, p, salt, os.urandom(7), chunk_size, b"")
        self.header = Header(partial.version, log2_n, r, p, salt, partial.nonce_prefix, chunk_size,
                             _check_value(check_key, partial.body()))
        self._aad = self.header.to_bytes()
        self._aes = AESGCM(aes_key)
        self._buf = bytearray()
        self._counter = 0
        self._closed = False
        dst.write(self._aad)

    def write(self, data: bytes) -> int:
        if self._closed:
            raise ValueError("write to a closed Encryptor")
        self._buf += data
        size = self.header.chunk_size
        # keep at least one byte back: the final chunk must be written by close() with the last flag
        while len(self._buf) > size:
            self._emit(bytes(self._buf[:size]), last=False)
            del self._buf[:size]
        return len(data)

    def _emit(self, chunk: bytes, last: bool) -> None:
        nonce = _nonce(self.header.nonce_prefix, self._counter, last)
        self._dst.write(self._aes.encrypt(nonce, chunk, self._aad))
        self._counter += 1

    def close(self) -> None:
        if not self._closed:
            self._emit(bytes(self._buf), last=True)
            self._buf.clear()
            self._closed = True

    def __enter__(self) -> Encryptor:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.close()


def encrypt_stream(src: BinaryIO, dst: BinaryIO, passphrase: str, *, chunk_size: int = DEFAULT_CHUNK,
                   log2_n: int = DEFAULT_LOG2_N, progress: ProgressFn | None = None) -> int:
    """Encrypt everything read from ``src`` into ``dst``; returns the plaintext size."""
    enc = Encryptor(dst, passphrase, chunk_size=chunk_size, log2_n=log2_n)
    total = 0
    while True:
        block = src.read(chunk_size)
        if not block:
            break
        enc.write(block)
        total += len(block)
        if progress:
            progress(total)
    enc.close()
    return total


def open_header(src: BinaryIO, passphrase: str, name: str | os.PathLike[str] | None = None
                ) -> tuple[Header, bytes]:
    """Read and verify the header; returns it with the AES key. Raises WrongPassphrase."""
    header = read_header(src, name)
    aes_key, check_key = derive_keys(passphrase, header.salt, header.log2_n, header.r, header.p)
    if not hmac.compare_digest(_check_value(check_key, header.body()), header.check):
        raise WrongPassphrase(f"{_where(name)}wrong passphrase (or the file's header is damaged).")
    return header, aes_key


def decrypt_stream(src: BinaryIO, dst: BinaryIO, passphrase: str,
                   name: str | os.PathLike[str] | None = None, progress: ProgressFn | None = None) -> int:
    """Decrypt ``src`` into ``dst`` chunk by chunk; returns the plaintext size.

    On :class:`DamagedFile` part of the plaintext may already be in ``dst``: callers that need
    all-or-nothing use :func:`decrypt_file`, which discards it.
    """
    header, aes_key = open_header(src, passphrase, name)
    aes = AESGCM(aes_key)
    aad = header.to_bytes()
    block_size = header.chunk_size + TAG
    counter = 0
    total = 0
    current = _read_exact(src, block_size)
    while True:
        following = _read_exact(src, block_size) if len(current) == block_size else b""
        last = not following
        if len(current) < TAG:
            raise DamagedFile(f"{_where(name)}the encrypted file is cut short or damaged.")
        try:
            plain = aes.decrypt(_nonce(header.nonce_prefix, counter, last), current, aad)
        except InvalidTag:
            raise DamagedFile(
                f"{_where(name)}the encrypted file was altered or damaged (chunk {counter + 1} "
                "failed its integrity check).") from None
        dst.write(plain)
        total += len(plain)
        counter += 1
        if progress:
            progress(total)
        if last:
            return total
        current = following


def is_encrypted(path: str | os.PathLike[str]) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _atomic_target(dst: Path) -> tuple[int, str]:
    dst.parent.mkdir(parents=True, exist_ok=True)
    return tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".part", dir=dst.parent)


def encrypt_file(src: str | os.PathLike[str], dst: str | os.PathLike[str], passphrase: str, *,
                 log2_n: int = DEFAULT_LOG2_N, chunk_size: int = DEFAULT_CHUNK,
                 progress: ProgressFn | None = None) -> int:
    """Encrypt ``src`` to ``dst`` (written to a temporary file, fsynced, then renamed)."""
    target = Path(dst)
    fd, tmp = _atomic_target(target)
    try:
        with os.fdopen(fd, "wb") as out, open(src, "rb") as inp:
            size = encrypt_stream(inp, out, passphrase, chunk_size=chunk_size, log2_n=log2_n,
                                  progress=progress)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
        return size
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def decrypt_file(src: str | os.PathLike[str], dst: str | os.PathLike[str], passphrase: str, *,
                 progress: ProgressFn | None = None) -> int:
    """Decrypt ``src`` to ``dst`` all-or-nothing: ``dst`` appears only when every chunk verified."""
    target = Path(dst)
    fd, tmp = _atomic_target(target)
    try:
        with os.fdopen(fd, "wb") as out, open(src, "rb") as inp:
            size = decrypt_stream(inp, out, passphrase, name=src, progress=progress)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
        return size
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def encrypt_bytes(data: bytes, passphrase: str, *, log2_n: int = DEFAULT_LOG2_N) -> bytes:
    import io

    out = io.BytesIO()
    encrypt_stream(io.BytesIO(data), out, passphrase, log2_n=log2_n)
    return out.getvalue()


def decrypt_bytes(data: bytes, passphrase: str) -> bytes:
    import io

    out = io.BytesIO()
    decrypt_stream(io.BytesIO(data), out, passphrase)
    return out.getvalue()


def check_passphrase(path: str | os.PathLike[str], passphrase: str) -> None:
    """Raise :class:`WrongPassphrase` (or another CryptoError) unless ``passphrase`` opens ``path``.
    Reads only the header, so it is quick even for a large backup."""
    with open(path, "rb") as fh:
        open_header(fh, passphrase, path)
