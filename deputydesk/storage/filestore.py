"""Content-addressed file store: every original is kept once, byte-identical, named by its SHA-256.

Layout: ``<workspace>/files/ab/abcdef…`` (first two hex digits as a sub-folder). Files are written to a
temporary name in the same folder, flushed and fsynced, then renamed into place, so a crash never leaves
a half-written blob under a real name. The ``files`` table indexes the blobs; a blob on disk without a
row is an orphan (left by a crash between the copy and the commit) and is removed by :meth:`cleanup`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from deputydesk.core.ids import now_iso

if TYPE_CHECKING:
    from deputydesk.storage.workspace import Workspace

CHUNK = 1024 * 1024


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


class FileStore:
    def __init__(self, ws: Workspace, root: Path) -> None:
        self.ws = ws
        self.root = root
        self.tmp = root / ".tmp"

    def path(self, sha: str) -> Path:
        if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise ValueError(f"not a SHA-256 file id: {sha!r}")
        return self.root / sha[:2] / sha

    def exists(self, sha: str) -> bool:
        return self.path(sha).is_file()

    def _write_blob(self, source: IO[bytes]) -> tuple[str, int]:
        """Copy a stream into the store; return (sha256, size). The blob is durable when this returns."""
        self.tmp.mkdir(parents=True, exist_ok=True)
        h = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=self.tmp, prefix="in-")
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := source.read(CHUNK):
                    h.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = h.hexdigest()
            final = self.path(sha)
            if final.is_file():
                os.unlink(tmp_name)
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp_name, final)
                _fsync_dir(final.parent)
            return sha, size
        except BaseException:
            try:
                os.unlink(tmp_name)
            except FileNotFoundError:
                pass
            raise

    def put_path(self, path: Path, *, original_name: str | None = None, mime: str | None = None) -> str:
        with open(path, "rb") as f:
            sha, size = self._write_blob(f)
        self._index(sha, size, original_name or Path(path).name, mime)
        return sha

    def put_bytes(self, data: bytes, *, original_name: str | None = None, mime: str | None = None) -> str:
        import io

        sha, size = self._write_blob(io.BytesIO(data))
        self._index(sha, size, original_name, mime)
        return sha

    def _index(self, sha: str, size: int, original_name: str | None, mime: str | None) -> None:
        now = now_iso()
        self.ws.db.execute(
            "INSERT INTO files (id, size, mime, original_name, created_at, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING",
            [sha, size, mime, original_name, now, now, self.ws.actor],
        )

    def open(self, sha: str) -> IO[bytes]:
        return open(self.path(sha), "rb")

    def read_bytes(self, sha: str) -> bytes:
        return self.path(sha).read_bytes()

    def export(self, sha: str, dest: Path) -> Path:
        shutil.copyfile(self.path(sha), dest)
        return dest

    def iter_blobs(self) -> Iterator[tuple[str, Path]]:
        if not self.root.is_dir():
            return
        for sub in sorted(self.root.iterdir()):
            if sub.name.startswith(".") or not sub.is_dir():
                continue
            for blob in sorted(sub.iterdir()):
                yield blob.name, blob

    def verify(self, deep: bool = True) -> list[dict[str, Any]]:
        """Compare the store with the ``files`` table; with ``deep`` re-hash every blob."""
        problems: list[dict[str, Any]] = []
        known = {row[0]: row[1] for row in self.ws.db.execute("SELECT id, size FROM files")}
        on_disk = set()
        for name, path in self.iter_blobs():
            on_disk.add(name)
            if name not in known:
                problems.append({"area": "files", "code": "file_orphan", "severity": "warning",
                                 "message": f"file {name[:12]}… is stored but not indexed (left by an "
                                            "interrupted import; `check --repair` removes it)"})
                continue
            if path.stat().st_size != known[name]:
                problems.append({"area": "files", "code": "file_size_mismatch",
                                 "message": f"file {name[:12]}… has the wrong size — it was changed or "
                                            "truncated"})
            elif deep and sha256_file(path) != name:
                problems.append({"area": "files", "code": "file_corrupt",
                                 "message": f"file {name[:12]}… does not match its SHA-256 — it was changed"})
        for sha in known.keys() - on_disk:
            problems.append({"area": "files", "code": "file_missing",
                             "message": f"file {sha[:12]}… is listed but missing from the file store"})
        return problems

    def cleanup(self, min_age_seconds: float = 0) -> int:
        """Remove temporary leftovers and blobs that no ``files`` row references. Returns the count.

        ``min_age_seconds`` spares files younger than that, so a cleanup at start-up never races an
        import that another process has not committed yet.
        """
        import time

        cutoff = time.time() - min_age_seconds
        removed = 0
        if self.tmp.is_dir():
            for leftover in self.tmp.iterdir():
                if leftover.stat().st_mtime <= cutoff:
                    leftover.unlink(missing_ok=True)
                    removed += 1
        known = {row[0] for row in self.ws.db.execute("SELECT id FROM files")}
        for name, path in list(self.iter_blobs()):
            if name not in known and path.stat().st_mtime <= cutoff:
                path.unlink(missing_ok=True)
                removed += 1
        return removed


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
