"""Exchange packages between laptops, built on SQLite's session extension (through apsw).

A package is one zip file (optionally inside an encrypted container, see ``crypto``)::

    manifest.json     format version, sender device/workspace, schema, record counts, SHA-256 of every member
    changes.bin       an SQLite changeset: INSERT (full row), UPDATE (full old and new row), DELETE (full row)
    files/<sha256>    the file blobs that the changed ``files`` rows refer to
    keys.json         (encrypted packages only) the sender's keys for personal-data fields

Export: every synced table (``id`` primary key; not ``local_*``, not ``*_fts``, not SQLite's own) is
compared with the snapshot kept for the peer (``<workspace>/exchange/peers/<peer>.sqlite3``, the state the
peer is known to have) with ``Session.diff``; without a snapshot every row is exported. The snapshot is
brought up to date after the package is written (export) or applied (import).

Import is all-or-nothing: the package is verified completely (names, links, sizes, compression ratio,
hashes, format version, schema) before anything is written; blobs are stored first (an interrupted import
leaves only unreferenced blobs, which ``FileStore.cleanup`` removes); then the changeset is applied in
one transaction with the merge rule:

- a row that is the same on both sides: nothing happens (so importing a package twice changes nothing);
- an UPDATE whose old version is what this laptop has: applied;
- both laptops changed the row (or both created it differently): the version with the newer
  ``updated_at`` wins, and the other version is kept in ``local_exchange_conflicts`` for a person;
- deleted there, changed here: the row is kept and the case is recorded as a conflict;
- changed there, missing here: the full row is inserted;
- event-log rows are only ever added: each device's hash chain arrives as that device wrote it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

import apsw

from deputydesk.core.ids import new_id, now_iso
from deputydesk.exchange import crypto

if TYPE_CHECKING:
    from deputydesk.storage.workspace import Workspace

FORMAT = "deputydesk-package"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHANGES = "changes.bin"
KEYS = "keys.json"
_BLOB_NAME = re.compile(r"^files/([0-9a-f]{64})$")
APPEND_ONLY = {"events"}
ProgressFn = Callable[[int, int, str], None]


class PackageError(Exception):
    """The package was refused; ``str()`` is the plain reason. Nothing was imported."""


@dataclass(frozen=True)
class Limits:
    max_member: int = 4 << 30  # one member, uncompressed
    max_total: int = 32 << 30  # all members, uncompressed
    max_ratio: int = 200  # uncompressed / compressed, for members over 1 MiB
    max_members: int = 200_000
    max_manifest: int = 64 << 20


@dataclass
class ExportResult:
    path: Path
    package_id: str
    since_last: bool
    counts: dict[str, dict[str, int]]
    files: int
    encrypted: bool

    @property
    def records(self) -> int:
        return sum(sum(c.values()) for c in self.counts.values())


@dataclass
class ImportResult:
    package_id: str
    sender: str
    added: int = 0
    merged: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0
    files_added: int = 0
    already_imported: bool = False
    by_table: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"package_id": self.package_id, "sender": self.sender, "added": self.added,
                "merged": self.merged, "deleted": self.deleted, "unchanged": self.unchanged,
                "conflicts": self.conflicts, "files_added": self.files_added,
                "already_imported": self.already_imported, "by_table": self.by_table}


# --------------------------------------------------------------------------- schema
def synced_tables(conn: Any, schema: str = "main") -> list[str]:
    """Tables that travel between laptops: an ``id`` primary key, not local, not derived.
    ``conn`` is an apsw or a sqlite3 connection."""
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type='table' ORDER BY name").fetchall()]  # noqa: S608
    out = []
    for name in names:
        low = name.lower()
        if low.startswith(("local_", "sqlite_", "_")) or "_fts" in low:
            continue
        cols = table_columns(conn, name, schema)
        pks = [c for c, pk in cols if pk]
        if pks == ["id"]:
            out.append(name)
    return out


def table_columns(conn: Any, table: str, schema: str = "main") -> list[tuple[str, int]]:
    return [(r[1], r[5]) for r in conn.execute(f'PRAGMA {schema}.table_info("{table}")').fetchall()]


def _schema_description(conn: Any) -> dict[str, list[str]]:
    return {t: [c for c, _ in table_columns(conn, t)] for t in synced_tables(conn)}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _peer_path(ws: Workspace, peer: str) -> Path:
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", peer) or "default"
    return ws.root / "exchange" / "peers" / f"{safe}.sqlite3"


def _work_dir(ws: Workspace, prefix: str) -> Path:
    from deputydesk.exchange.backup import work_dir

    return work_dir(ws, prefix)


def _row_dict(cols: list[str], values: Any) -> dict[str, Any]:
    return {c: (v if not isinstance(v, bytes) else v.hex()) for c, v in zip(cols, values, strict=False)}


def _consistent_copy(ws: Workspace, dest: Path) -> None:
    """A consistent copy of the live database through the backup API of the app's own SQLite.

    apsw bundles its own SQLite library. Two SQLite libraries in one process must never open the same
    database file: closing a file in one drops the POSIX locks the other holds, and the database can be
    corrupted (sqlite.org/howtocorrupt.html §2.2). So apsw only ever opens copies and peer snapshots;
    the live database is read and written through ``ws.db`` alone.
    """
    import sqlite3

    target = sqlite3.connect(str(dest))
    try:
        ws.db.conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()


# --------------------------------------------------------------------------- export
def export_package(ws: Workspace, out: str | os.PathLike[str], *, since_last: bool = False,
                   peer: str = "default", passphrase: str | None = None,
                   progress: ProgressFn | None = None, update_snapshot: bool = True) -> ExportResult:
    """Write a package with everything (or the changes since the last exchange with ``peer``)."""
    out = Path(out)
    report = progress or (lambda d, t, s: None)
    snap = _peer_path(ws, peer)
    use_snapshot = since_last and snap.is_file()
    package_id = new_id()
    counts: dict[str, dict[str, int]] = {}
    blobs: list[str] = []
    work = _work_dir(ws, "export-")
    try:
        report(0, 1, "snapshot")
        copy = work / "now.sqlite3"
        _consistent_copy(ws, copy)
        conn = apsw.Connection(str(copy))
        try:
            tables = synced_tables(conn)
            builder = apsw.ChangesetBuilder()
            builder.schema(conn, "main")
            snap_tables: set[str] = set()
            if use_snapshot:
                conn.execute("ATTACH DATABASE ? AS snap", (str(snap),))
                snap_tables = set(synced_tables(conn, "snap"))
            for i, table in enumerate(tables):
                report(i, len(tables) + 2, table)
                cols = [c for c, _ in table_columns(conn, table)]
                c = counts.setdefault(table, {"insert": 0, "update": 0, "delete": 0})
                same_schema = table in snap_tables and \
                    [x for x, _ in table_columns(conn, table, "snap")] == cols
                if same_schema:
                    _diff_table(conn, builder, table, c, blobs)
                else:
                    for row in conn.execute(f"SELECT * FROM main.{_quote(table)}"):  # noqa: S608
                        builder.add_insert(table, False, row)
                        c["insert"] += 1
                        if table == "files":
                            blobs.append(row[0])
            counts = {t: c for t, c in counts.items() if any(c.values())}
            changeset = builder.output()
            builder.close()
            schema = _schema_description(conn)
            migrations = _migrations(conn)
            if use_snapshot:
                conn.execute("DETACH DATABASE snap")
        finally:
            conn.close()
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "package_id": package_id,
            "created_at": now_iso(),
            "app_version": _app_version(),
            "sender": {"device_id": ws.device_id, "workspace_id": ws.workspace_id, "actor": ws.actor},
            "since_last": bool(use_snapshot),
            "schema": schema,
            "migrations": migrations,
            "counts": counts,
            "changes": {"name": CHANGES, "sha256": hashlib.sha256(changeset).hexdigest(),
                        "size": len(changeset)},
            "files": [],
        }
        zpath = work / "package.zip"
        unique_blobs = sorted(set(blobs))
        with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            zf.writestr(CHANGES, changeset)
            for n, sha in enumerate(unique_blobs):
                report(len(tables), len(tables) + 2, f"files {n + 1}/{len(unique_blobs)}")
                path = ws.files.path(sha)
                if not path.is_file():
                    raise PackageError(f"the file {sha[:12]}… is missing from the file store; run "
                                       "`deputydesk check` first")
                size = path.stat().st_size
                manifest["files"].append({"sha256": sha, "size": size})
                zf.write(path, f"files/{sha}", compress_type=zipfile.ZIP_STORED if size > 1 << 20
                         else zipfile.ZIP_DEFLATED)
            if passphrase:
                keys = {k: v.hex() for k, v in _field_keys(ws).items()}
                manifest["keys"] = bool(keys)
                zf.writestr(KEYS, json.dumps(keys))
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        out.parent.mkdir(parents=True, exist_ok=True)
        if passphrase:
            crypto.encrypt_file(zpath, out, passphrase)
        else:
            _atomic_copy(zpath, out)
        report(len(tables) + 1, len(tables) + 2, "snapshot")
        if update_snapshot:
            _store_snapshot(copy, snap)
        _log(ws, package_id, "export", peer, ws.device_id, out, counts)
        report(len(tables) + 2, len(tables) + 2, "")
        return ExportResult(out, package_id, bool(use_snapshot), counts, len(unique_blobs), bool(passphrase))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _field_keys(ws: Workspace) -> dict[str, bytes]:
    try:
        return dict(ws.secrets.export_keys())
    except Exception:  # no keyring and no passphrase: there are no field keys to send
        return {}


def _diff_table(conn: apsw.Connection, builder: apsw.ChangesetBuilder, table: str,
                c: dict[str, int], blobs: list[str]) -> None:
    session = apsw.Session(conn, "main")
    try:
        session.attach(table)
        session.diff("snap", table)
        data = session.changeset()
    finally:
        session.close()
    if not data:
        return
    q = _quote(table)
    change: Any
    for change in apsw.Changeset.iter(data):
        if change.op == "INSERT":
            builder.add_insert(table, False, change.new)
            c["insert"] += 1
            if table == "files":
                blobs.append(change.new[0])
        elif change.op == "DELETE":
            builder.add_delete(table, False, change.old)
            c["delete"] += 1
        else:
            pk_index = min(change.pk_columns)
            pk = change.old[pk_index]
            old: Any = conn.execute(f"SELECT * FROM snap.{q} WHERE id = ?", (pk,)).fetchone()  # noqa: S608
            current: Any = conn.execute(f"SELECT * FROM main.{q} WHERE id = ?", (pk,)).fetchone()  # noqa: S608
            new: Any = list(current)
            new[pk_index] = apsw.no_change  # the key itself does not change
            builder.add_update(table, False, tuple(old), tuple(new))
            c["update"] += 1


def _store_snapshot(copy: Path, snap: Path) -> None:
    """Keep the exported state as the peer snapshot: only the synced tables, renamed into place."""
    snap.parent.mkdir(parents=True, exist_ok=True)
    conn = apsw.Connection(str(copy))
    try:
        keep = set(synced_tables(conn))
        rows: list[Any] = conn.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')").fetchall()
        for kind, name in rows:
            conn.execute(f"DROP {str(kind).upper()} IF EXISTS {_quote(str(name))}")
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
        for (name,) in rows:
            if name not in keep and not str(name).startswith("sqlite_"):
                conn.execute(f"DROP TABLE IF EXISTS {_quote(str(name))}")
    finally:
        conn.close()
    os.replace(copy, snap)


def _new_snapshot(ws: Workspace, snap: Path) -> None:
    """An empty snapshot with this workspace's synced tables (the peer had nothing before)."""
    tmp = snap.with_suffix(".part")
    tmp.unlink(missing_ok=True)
    snap.parent.mkdir(parents=True, exist_ok=True)
    statements = [r[0] for r in ws.db.execute(
        "SELECT sql FROM sqlite_master WHERE type='table' AND sql IS NOT NULL").fetchall()]
    tables = set(synced_tables(ws.db.conn))
    conn = apsw.Connection(str(tmp))
    try:
        for name, sql in zip([r[0] for r in ws.db.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND sql IS NOT NULL").fetchall()],
                statements, strict=True):
            if name in tables:
                conn.execute(sql)
    finally:
        conn.close()
    os.replace(tmp, snap)


def _migrations(conn: Any) -> list[str]:
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id").fetchall()]
    except Exception:  # a database without migrations bookkeeping
        return []


def _app_version() -> str:
    from deputydesk import __version__

    return __version__


def _atomic_copy(src: Path, dst: Path) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".part", dir=dst.parent)
    try:
        with os.fdopen(fd, "wb") as out, open(src, "rb") as inp:
            shutil.copyfileobj(inp, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dst)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _log(ws: Workspace, package_id: str, direction: str, peer: str, device: str, path: Path,
         summary: dict[str, Any]) -> None:
    ws.db.execute(
        "INSERT INTO local_exchange_log (package_id, direction, peer, device_id, at, path, summary) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(package_id) DO NOTHING",
        [package_id, direction, peer, device, now_iso(), str(path), json.dumps(summary, ensure_ascii=False)])


# --------------------------------------------------------------------------- verification
@dataclass
class VerifiedPackage:
    zip_path: Path
    manifest: dict[str, Any]
    changeset: bytes
    blobs: list[str]
    keys: dict[str, str]


def _check_name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    if "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name) or "\x00" in name:
        raise PackageError(f"the package contains a path that leaves the workspace: {name!r}")
    parts = PurePosixPath(name).parts
    if any(p in ("..", ".") for p in parts) or not parts:
        raise PackageError(f"the package contains a path that leaves the workspace: {name!r}")
    mode = (info.external_attr >> 16) & 0xFFFF
    if stat.S_ISLNK(mode):
        raise PackageError(f"the package contains a link ({name!r}); links are not accepted")
    if info.create_system == 3 and mode and not (stat.S_ISREG(mode) or mode & 0o170000 == 0):
        raise PackageError(f"the package contains a special file ({name!r})")
    if info.is_dir():
        raise PackageError(f"the package contains an unexpected folder entry {name!r}")
    if name not in (MANIFEST, CHANGES, KEYS) and not _BLOB_NAME.match(name):
        raise PackageError(f"the package contains an unexpected member {name!r}")
    return name


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits,
                 sink: Callable[[bytes], None]) -> tuple[str, int]:
    """Stream a member through ``sink``; returns (sha256, size). Refuses members that inflate beyond
    what their header says or beyond the limits (zip bombs)."""
    h = hashlib.sha256()
    size = 0
    with zf.open(info) as fh:
        while True:
            block = fh.read(1 << 20)
            if not block:
                break
            size += len(block)
            if size > info.file_size or size > limits.max_member:
                raise PackageError(f"the package member {info.filename!r} is larger than allowed")
            h.update(block)
            sink(block)
    return h.hexdigest(), size


def verify_package(path: Path, workdir: Path, passphrase: str | None = None,
                   limits: Limits | None = None) -> VerifiedPackage:
    """Decrypt (when needed) and check everything; raises PackageError with a plain reason."""
    limits = limits or Limits()
    path = Path(path)
    if not path.is_file():
        raise PackageError(f"{path}: file not found")
    zip_path = path
    if crypto.is_encrypted(path):
        if not passphrase:
            raise PackageError(f"{path}: the package is encrypted; a passphrase is needed")
        zip_path = workdir / "package.zip"
        try:
            crypto.decrypt_file(path, zip_path, passphrase)
        except crypto.CryptoError as exc:
            raise PackageError(str(exc)) from None
    try:
        zf = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError(f"{path}: not a DeputyDesk package ({exc})") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_members:
            raise PackageError(f"{path}: the package has too many members ({len(infos)})")
        names: set[str] = set()
        total = 0
        for info in infos:
            try:
                name = _check_name(info)
            except PackageError as exc:
                raise PackageError(f"{path}: {exc}") from None
            if name in names:
                raise PackageError(f"{path}: the member {name!r} appears twice")
            names.add(name)
            if info.file_size > limits.max_member:
                raise PackageError(f"{path}: the member {name!r} is too large ({info.file_size} bytes)")
            total += info.file_size
            if total > limits.max_total:
                raise PackageError(f"{path}: the package unpacks to more than allowed")
            if info.file_size > 1 << 20 and info.file_size > limits.max_ratio * max(info.compress_size, 1):
                raise PackageError(f"{path}: the member {name!r} is compressed suspiciously well "
                                   f"({info.file_size // max(info.compress_size, 1)}:1); refused as a "
                                   "possible zip bomb")
        if MANIFEST not in names:
            raise PackageError(f"{path}: not a DeputyDesk package (no manifest)")
        manifest_info = zf.getinfo(MANIFEST)
        if manifest_info.file_size > limits.max_manifest:
            raise PackageError(f"{path}: the manifest is too large")
        try:
            manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            raise PackageError(f"{path}: the manifest is damaged") from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise PackageError(f"{path}: not a DeputyDesk package")
        version = manifest.get("format_version")
        if version != FORMAT_VERSION:
            raise PackageError(f"{path}: package format version {version!r} is not supported (this "
                               f"DeputyDesk reads version {FORMAT_VERSION}); update DeputyDesk")
        if CHANGES not in names:
            raise PackageError(f"{path}: the package has no changes member")
        buf = bytearray()
        sha, _ = _read_member(zf, zf.getinfo(CHANGES), limits, buf.extend)
        expected = (manifest.get("changes") or {}).get("sha256")
        if sha != expected:
            raise PackageError(f"{path}: the changes do not match their SHA-256 in the manifest (the package "
                               "was altered or damaged)")
        declared = {f.get("sha256"): f.get("size") for f in manifest.get("files", []) if isinstance(f, dict)}
        blobs = []
        for name in names:
            m = _BLOB_NAME.match(name)
            if not m:
                continue
            if m.group(1) not in declared:
                raise PackageError(f"{path}: the file {name!r} is not listed in the manifest")
            blob_sha, _ = _read_member(zf, zf.getinfo(name), limits, lambda b: None)
            if blob_sha != m.group(1):
                raise PackageError(f"{path}: the file {m.group(1)[:12]}… does not match its SHA-256 (the "
                                   "package was altered or damaged)")
            blobs.append(blob_sha)
        missing = set(declared) - set(blobs)
        if missing:
            raise PackageError(f"{path}: {len(missing)} file(s) listed in the manifest are missing")
        keys: dict[str, str] = {}
        if KEYS in names:
            try:
                keys = json.loads(zf.read(KEYS).decode("utf-8")) or {}
            except (ValueError, UnicodeDecodeError):
                raise PackageError(f"{path}: the key list is damaged") from None
    return VerifiedPackage(zip_path, manifest, bytes(buf), blobs, keys)


def _check_schema(conn: Any, manifest: dict[str, Any], path: Path) -> None:
    from deputydesk.storage import migrations as _m

    known = set(_m.module_names())
    unknown = [n for n in manifest.get("migrations", []) if n not in known]
    if unknown:
        raise PackageError(f"{path}: the package was made by a newer DeputyDesk (schema "
                           f"{', '.join(unknown[:3])}); update DeputyDesk on this laptop first")
    local = _schema_description(conn)
    for table, cols in (manifest.get("schema") or {}).items():
        if table not in local:
            raise PackageError(f"{path}: the package has records of {table!r}, which this DeputyDesk does "
                               "not know; update DeputyDesk first")
        if local[table][: len(cols)] != cols:
            raise PackageError(f"{path}: the records of {table!r} have a different layout here; update "
                               "DeputyDesk on both laptops to the same version")


# --------------------------------------------------------------------------- import
def import_package(ws: Workspace, path: str | os.PathLike[str], *, passphrase: str | None = None,
                   peer: str = "default", limits: Limits | None = None,
                   progress: ProgressFn | None = None) -> ImportResult:
    path = Path(path)
    report = progress or (lambda d, t, s: None)
    work = _work_dir(ws, "import-")
    try:
        report(0, 4, "verify")
        pkg = verify_package(path, work, passphrase, limits)
        manifest = pkg.manifest
        result = ImportResult(str(manifest.get("package_id", "")),
                              str((manifest.get("sender") or {}).get("device_id", "")))
        seen = ws.db.execute("SELECT 1 FROM local_exchange_log WHERE package_id = ? AND direction = 'import'",
                             [result.package_id]).fetchone()
        result.already_imported = bool(seen)
        _check_schema(ws.db.conn, manifest, path)
        try:
            for _change in apsw.Changeset.iter(pkg.changeset):
                pass
        except apsw.Error:
            raise PackageError(f"{path}: the changes in the package cannot be read") from None
        # 1. blobs first: durable before any row refers to them
        report(1, 4, "files")
        with zipfile.ZipFile(pkg.zip_path) as zf:
            for sha in pkg.blobs:
                if ws.files.exists(sha):
                    continue
                with zf.open(f"files/{sha}") as fh:
                    stored, _ = ws.files._write_blob(fh)
                if stored != sha:
                    raise PackageError(f"{path}: the file {sha[:12]}… changed while it was read")
                result.files_added += 1
        # 2. the records, in one transaction
        report(2, 4, "records")
        snap = _peer_path(ws, peer)
        _apply(ws, pkg.changeset, result, snap if snap.is_file() else None, path)
        if pkg.keys:
            for key_id, key_hex in pkg.keys.items():
                with contextlib.suppress(Exception):
                    ws.secrets.add_key(key_id, bytes.fromhex(key_hex))
        # 3. what the peer has now, for the next --since-last
        report(3, 4, "snapshot")
        if not snap.is_file() and not manifest.get("since_last"):
            _new_snapshot(ws, snap)
        if snap.is_file():
            _apply_to_snapshot(snap, pkg.changeset)
        _log(ws, result.package_id or new_id(), "import", peer, result.sender, path, result.as_dict())
        _after_exchange(ws, result)
        report(4, 4, "")
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _full_new(old: Any, new: Any) -> tuple[Any, ...]:
    """The new row of an UPDATE with its unchanged values (the key) filled in from the old row."""
    return tuple(o if n is apsw.no_change else n for o, n in zip(old, new, strict=False))


def _version_key(cols: list[str], values: Any) -> tuple[str, str, str]:
    row = dict(zip(cols, values, strict=False))
    return (str(row.get("updated_at") or ""), str(row.get("updated_by") or ""),
            json.dumps([v if not isinstance(v, bytes) else v.hex() for v in values], default=str))


def _apply(ws: Workspace, changeset: bytes, result: ImportResult, snap: Path | None, path: Path) -> None:
    """Merge the changes into the live database (through ``ws.db``) in one transaction."""
    import sqlite3

    db = ws.db
    column_cache: dict[str, list[str]] = {}
    snap_conn = None
    if snap is not None:
        snap_conn = sqlite3.connect(snap.resolve().as_uri() + "?mode=ro", uri=True)

    def cols_of(table: str) -> list[str]:
        if table not in column_cache:
            column_cache[table] = [c for c, _ in table_columns(db.conn, table)]
        return column_cache[table]

    def counter(table: str) -> dict[str, int]:
        return result.by_table.setdefault(table, {"added": 0, "merged": 0, "deleted": 0, "unchanged": 0,
                                                  "conflicts": 0})

    def pk_of(table: str) -> int:
        return cols_of(table).index("id")

    def local_row(table: str, rid: Any) -> tuple[Any, ...] | None:
        row = db.execute(f"SELECT * FROM {_quote(table)} WHERE id = ?", [rid]).fetchone()  # noqa: S608
        return tuple(row) if row is not None else None

    def unchanged_here(table: str, local: tuple[Any, ...]) -> bool:
        """The local row is what the peer already had (not edited here since the last exchange)."""
        if snap_conn is None:
            return False
        try:
            row = snap_conn.execute(f"SELECT * FROM {_quote(table)} WHERE id = ?",  # noqa: S608
                                    [local[pk_of(table)]]).fetchone()
        except sqlite3.Error:
            return False
        return row is not None and tuple(row) == local

    def write(table: str, values: tuple[Any, ...], replace: bool) -> None:
        cols = cols_of(table)
        names = ", ".join(_quote(c) for c in cols[: len(values)])
        marks = ", ".join("?" for _ in values)
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        db.execute(f"{verb} INTO {_quote(table)} ({names}) VALUES ({marks})", list(values))

    def conflict(table: str, kind: str, winner: str, local: Any, incoming: Any) -> None:
        cols = cols_of(table)
        rid = (local or incoming)[pk_of(table)]
        db.execute("INSERT INTO local_exchange_conflicts (id, at, package_id, table_name, record_id, kind, "
                   "winner, local_version, incoming_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [new_id(), now_iso(), result.package_id, table, rid, kind, winner,
                    json.dumps(_row_dict(cols, local), ensure_ascii=False, default=str) if local else None,
                    json.dumps(_row_dict(cols, incoming), ensure_ascii=False, default=str) if incoming else None])
        counter(table)["conflicts"] += 1

    def newer_wins(table: str, local: tuple[Any, ...], incoming: tuple[Any, ...], kind: str) -> None:
        c = counter(table)
        if table in APPEND_ONLY:
            conflict(table, "append_only_clash", "local", local, incoming)
            return
        cols = cols_of(table)
        incoming_wins = _version_key(cols, incoming) > _version_key(cols, local)
        if unchanged_here(table, local):  # not edited here: a plain update, no conflict
            if incoming_wins:
                write(table, incoming, replace=True)
                c["merged"] += 1
            else:
                c["unchanged"] += 1
            return
        if incoming_wins:
            write(table, incoming, replace=True)
            c["merged"] += 1
        conflict(table, kind, "incoming" if incoming_wins else "local", local, incoming)

    local_tables = set(synced_tables(db.conn))
    try:
        with db.atomic():
            db.execute("PRAGMA defer_foreign_keys = ON")
            change: Any
            for change in apsw.Changeset.iter(changeset):
                table = change.name
                if table not in local_tables:
                    raise PackageError(f"{path}: records of an unknown table {table!r}")
                c = counter(table)
                n = len(cols_of(table))
                if change.op == "INSERT":
                    incoming = tuple(change.new)[:n]
                    local = local_row(table, incoming[pk_of(table)])
                    if local is None:
                        write(table, incoming, replace=False)
                        c["added"] += 1
                    elif local[: len(incoming)] == incoming:
                        c["unchanged"] += 1
                    else:
                        newer_wins(table, local, incoming, "inserted_both")
                elif change.op == "UPDATE":
                    old = tuple(change.old)[:n]
                    incoming = _full_new(change.old, change.new)[:n]
                    local = local_row(table, old[pk_of(table)])
                    if local is None:
                        if table not in APPEND_ONLY:
                            write(table, incoming, replace=False)
                            c["added"] += 1
                    elif local[: len(incoming)] == incoming:
                        c["unchanged"] += 1
                    elif local[: len(old)] == old and table not in APPEND_ONLY:
                        write(table, incoming, replace=True)
                        c["merged"] += 1
                    else:
                        newer_wins(table, local, incoming, "both_changed")
                else:  # DELETE
                    if table in APPEND_ONLY:
                        continue
                    old = tuple(change.old)[:n]
                    local = local_row(table, old[pk_of(table)])
                    if local is None:
                        c["unchanged"] += 1
                    elif local[: len(old)] == old or unchanged_here(table, local):
                        db.execute(f"DELETE FROM {_quote(table)} WHERE id = ?", [old[pk_of(table)]])  # noqa: S608
                        c["deleted"] += 1
                    else:
                        conflict(table, "deleted_there_changed_here", "local", local, old)
    except sqlite3.IntegrityError as exc:
        raise PackageError(f"{path}: the package does not fit this workspace ({exc}); nothing was "
                           "imported") from None
    finally:
        if snap_conn is not None:
            snap_conn.close()
    for key in ("added", "merged", "deleted", "unchanged", "conflicts"):
        setattr(result, key, sum(c[key] for c in result.by_table.values()))


def _apply_to_snapshot(snap: Path, changeset: bytes) -> None:
    """After an import the peer is known to have its own versions of the rows it sent.
    (apsw opens only the snapshot file, never the live database.)"""
    conn = apsw.Connection(str(snap))
    try:
        pending: list[tuple[str, Any]] = []

        def conflict(reason: int, change: apsw.TableChange) -> int:
            if reason == apsw.SQLITE_CHANGESET_NOTFOUND and change.op == "UPDATE":
                pending.append((change.name, _full_new(change.old, change.new)))
                return apsw.SQLITE_CHANGESET_OMIT
            if reason in (apsw.SQLITE_CHANGESET_DATA, apsw.SQLITE_CHANGESET_CONFLICT) and change.op != "DELETE":
                return apsw.SQLITE_CHANGESET_REPLACE
            return apsw.SQLITE_CHANGESET_OMIT

        with conn:
            conn.execute("PRAGMA foreign_keys = OFF")
            apsw.Changeset.apply(changeset, conn, conflict=conflict)
            for table, new in pending:
                placeholders = ", ".join("?" for _ in new)
                conn.execute(f"INSERT OR REPLACE INTO {_quote(table)} VALUES ({placeholders})",  # noqa: S608
                             tuple(new))
    finally:
        conn.close()


def _after_exchange(ws: Workspace, result: ImportResult) -> None:
    """Rebuild derived search indexes of tables that changed, and let areas react.

    External-content FTS5 tables (``x_fts`` over ``x``) are rebuilt; any module of
    ``deputydesk.services`` may define ``after_exchange(ws, changed_tables)`` for more.
    """
    import importlib
    import pkgutil

    changed = {t for t, c in result.by_table.items() if c.get("added") or c.get("merged") or c.get("deleted")}
    if not changed:
        return
    for (name,) in ws.db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name LIKE '%\\_fts' "
                                 "ESCAPE '\\' AND sql LIKE '%VIRTUAL TABLE%'").fetchall():
        base_table = name[: -len("_fts")]
        if base_table in changed:
            with contextlib.suppress(Exception):
                ws.db.execute(f"INSERT INTO {_quote(name)}({_quote(name)}) VALUES('rebuild')")
    import deputydesk.services as pkg

    for info in pkgutil.iter_modules(pkg.__path__):
        module = importlib.import_module(f"{pkg.__name__}.{info.name}")
        hook = getattr(module, "after_exchange", None)
        if callable(hook):
            hook(ws, changed)


# --------------------------------------------------------------------------- conflicts
def open_conflicts(ws: Workspace) -> list[dict[str, Any]]:
    cur = ws.db.execute("SELECT * FROM local_exchange_conflicts WHERE resolved_at IS NULL ORDER BY at")
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def resolve_conflict(ws: Workspace, conflict_id: str, take: str = "winner") -> None:
    """Close a conflict: keep the winner (``take="winner"``) or bring the other version back."""
    from deputydesk.storage import records

    row = ws.db.execute("SELECT * FROM local_exchange_conflicts WHERE id = ?", [conflict_id]).fetchone()
    if row is None:
        raise KeyError(conflict_id)
    cur = ws.db.execute("SELECT * FROM local_exchange_conflicts WHERE id = ?", [conflict_id])
    cols = [c[0] for c in cur.description]
    c = dict(zip(cols, cur.fetchone(), strict=True))
    with ws.db.atomic():
        if take == "loser":
            loser = c["local_version"] if c["winner"] == "incoming" else c["incoming_version"]
            data = json.loads(loser) if loser else None
            if data:
                data.pop("created_at", None)
                existing = records.find(ws, c["table_name"], c["record_id"])
                changes = {k: v for k, v in data.items() if k not in ("id", "updated_at", "updated_by")}
                if existing is None:
                    records.insert(ws, c["table_name"], {"id": c["record_id"], **changes})
                else:
                    records.update(ws, c["table_name"], c["record_id"], changes)
        ws.db.execute("UPDATE local_exchange_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
                      [now_iso(), "took_loser" if take == "loser" else "kept_winner", conflict_id])


def read_manifest(path: str | os.PathLike[str], passphrase: str | None = None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        return verify_package(Path(path), Path(tmp), passphrase).manifest

