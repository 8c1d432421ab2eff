"""The document library: import, metadata, tags, versions, search. Used by the CLI, the GUI and other areas.

API other areas rely on (plain data, no Qt):

- :func:`get_document` / :func:`document_blob_path` / :func:`list_documents` / :func:`document_text`
- :func:`import_paths` — files and folders (recursive), progress and cancel, one transaction per file:
  the original is stored once by SHA-256 (``ws.files``), a second import of the same bytes is a
  duplicate, a failing file leaves no record and no orphan blob and is logged in ``local_import_errors``.
- :func:`update_metadata` — corrections are remembered in ``corrected`` and never overwritten by
  :func:`redetect` or :func:`recognise_text`.
- :func:`search` — full text (Kazakh/Russian morphology, phrases, prefixes) with filters and snippets.
- :func:`set_previous_version` / :func:`version_chain` / :func:`diff_documents` — versions side by side.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import json
import logging
import os
import re
import shutil
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from deputydesk.core import metadata as md
from deputydesk.core import searchquery, textnorm
from deputydesk.core.ids import new_id, now_iso
from deputydesk.core.progress import NULL_PROGRESS, Cancelled, Progress
from deputydesk.ingest.errors import IngestError, Unreadable
from deputydesk.ingest.extract import check_file, extract
from deputydesk.ingest.limits import IngestLimits
from deputydesk.ingest.result import Extraction
from deputydesk.storage import library_index, records
from deputydesk.storage.filestore import sha256_file
from deputydesk.storage.workspace import Workspace

log = logging.getLogger(__name__)

KINDS = md.KINDS
LANGUAGES = ("kk", "ru", "mixed", "und")
EDITABLE = ("kind", "title", "number", "date", "issuer", "language", "note", "version_label")
DETECTED_FIELDS = ("kind", "title", "number", "date", "issuer", "language")
DETECTION_CHARS = 100_000
"""Metadata is read from the first this-many characters (the requisites are always at the top)."""

_JUNK_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}
_MIME = {"pdf": "application/pdf",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "odt": "application/vnd.oasis.opendocument.text",
         "ods": "application/vnd.oasis.opendocument.spreadsheet", "txt": "text/plain", "csv": "text/csv",
         "html": "text/html", "image": "image/*"}


class ImportCancelled(Cancelled):
    """The user cancelled an import; ``items`` are the files handled before (already committed)."""

    def __init__(self, items: list[dict[str, Any]]) -> None:
        super().__init__("import cancelled")
        self.items = items


class LibraryError(ValueError):
    """A request the library cannot carry out (unknown document, invalid value); the message is plain
    English (the CLI's), ``code`` names the case for a translated message in the window."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


# ---------------------------------------------------------------------------------------------- import
def limits_for(ws: Workspace) -> IngestLimits:
    return IngestLimits.with_max_file_mb(ws.settings.get("import_max_file_mb"))


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files to import: files as given, folders recursively (sorted, hidden files and system junk such as
    Thumbs.db or Office lock files skipped, symbolic links to folders not followed)."""
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            # a folder that cannot be listed (no permission, a network share gone) is passed on as it is:
            # the import reports it as failed with the reason instead of silently importing less
            unlisted: list[Path] = []

            def note(exc: OSError, unlisted: list[Path] = unlisted, top: Path = path) -> None:
                unlisted.append(Path(exc.filename) if exc.filename else top)

            for root, dirs, files in os.walk(path, onerror=note, followlinks=False):
                yield from unlisted
                unlisted.clear()
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    low = name.lower()
                    if name.startswith(".") or low in _JUNK_NAMES or name.startswith("~$"):
                        continue
                    yield Path(root) / name
            yield from unlisted
        else:
            yield path


@dataclass
class Prepared:
    """What a worker read from one file (picklable: it crosses process boundaries)."""

    path: str
    sha: str
    extraction: Extraction
    detected: md.DetectedMetadata
    forms: list[tuple[str, str]]
    """(words, stems) of each page, for the full-text index."""


@dataclass
class Failure:
    path: str
    code: str
    reason: str


def prepare_file(path: str, sha: str, limits: IngestLimits, use_ocr: bool = True) -> Prepared | Failure:
    """The slow, database-free part of an import: extract the text, detect the metadata and stem the
    pages. Runs in a worker process during large imports (a crashing or hanging reader cannot take the
    application with it, and the window's thread never competes with it for the interpreter)."""
    try:
        ex = extract(Path(path), limits, use_ocr=use_ocr)
        meta = md.detect(detection_text(ex.pages))
        lang = meta.language.value if meta.language.value in ("kk", "ru") else None
        return Prepared(path, sha, ex, meta, page_forms(ex.pages, lang))
    except IngestError as exc:
        return Failure(path, exc.code, exc.reason)


def page_forms(pages: Sequence[str], lang: str | None) -> list[tuple[str, str]]:
    """(words, stems) of each page for the full-text index."""
    out = []
    for page in pages:
        f = textnorm.index_forms(page, lang) if page.strip() else textnorm.IndexForms("", "")
        out.append((f.words, f.stems))
    return out


def processes_available() -> bool:
    """Reader processes need a normal interpreter, or a frozen build whose entry point calls
    ``multiprocessing.freeze_support()`` first (installer/launch.py does; a frozen child would otherwise
    start the whole application again). The entry point shows it by importing ``multiprocessing`` or by
    setting ``FREEZE_SUPPORT = True``."""
    import sys

    if not getattr(sys, "frozen", False):
        return True
    main = sys.modules.get("__main__")
    return bool(getattr(main, "FREEZE_SUPPORT", False) or getattr(main, "multiprocessing", None) is not None)


def default_workers() -> int:
    """Reader processes for large imports: one core stays free for the window and the writer."""
    if not processes_available():
        return 0
    return max(1, min(4, (os.cpu_count() or 2) - 1))


def _noop() -> int:
    return os.getpid()


def _reader_init() -> None:
    """Reader processes yield the CPU to the window when the computer is busy, and end with the
    application."""
    nice = getattr(os, "nice", None)
    if nice is not None:
        try:
            nice(5)
        except OSError:
            pass
    _exit_with_parent()


def _exit_with_parent() -> None:
    """End this reader process as soon as the process that started it is gone. A killed or crashed
    application ("End task", kill -9, a power button held) never shuts its pool down, and the readers
    would wait on their pipes for ever; multiprocessing gives each child a sentinel of its parent (a pipe
    on POSIX, the process handle on Windows) that becomes ready when the parent ends."""
    import multiprocessing
    import multiprocessing.connection
    import threading

    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(3)

    threading.Thread(target=watch, name="deputydesk-parent-watch", daemon=True).start()


class ReaderPool:
    """Reader processes that live between imports (the GUI keeps one for its session and starts it at
    start-up, so no process is forked while the user works). Thread-safe."""

    def __init__(self, workers: int | None = None) -> None:
        import threading

        self.workers = workers or default_workers()
        self._executor: Any = None
        self._lock = threading.Lock()

    def executor(self) -> Any:
        import concurrent.futures as cf
        import multiprocessing

        with self._lock:
            if self._executor is None:
                # never fork a process that runs Qt or SQLite threads: spawn fresh interpreters
                self._executor = cf.ProcessPoolExecutor(max_workers=self.workers,
                                                        mp_context=multiprocessing.get_context("spawn"),
                                                        initializer=_reader_init)
            return self._executor

    def start(self) -> list[int]:
        """Start every process now (returns their pids; none where processes cannot be used)."""
        if not processes_available():
            return []
        ex = self.executor()
        futures = [ex.submit(_noop) for _ in range(self.workers * 2)]
        return sorted({f.result() for f in futures})

    def replace(self) -> Any:
        """Throw away a broken pool (a reader crashed) and make a new one."""
        with self._lock:
            old, self._executor = self._executor, None
        if old is not None:
            old.shutdown(wait=False, cancel_futures=True)
        return self.executor()

    def shutdown(self) -> None:
        with self._lock:
            old, self._executor = self._executor, None
        if old is not None:
            old.shutdown(wait=True, cancel_futures=True)


POOL_MIN_FILES = 12
"""Below this many files the pool's start-up (about half a second) is not worth it."""


def import_paths(ws: Workspace, paths: Sequence[str | Path], progress: Progress | None = None, *,
                 kind: str | None = None, limits: IngestLimits | None = None, use_ocr: bool = True,
                 tags: Sequence[str] = (), workers: int | None = None, pool: ReaderPool | None = None
                 ) -> list[dict[str, Any]]:
    """Import files and folders. Returns one item per file, in the order given: ``path, status
    (imported / duplicate / failed), id, kind, title, number, date, language, pages, error`` (+
    ``error_code``, ``warnings``, ``needs_ocr``, ``duplicate_of``). Each file is committed on its own;
    a cancelled import raises :class:`ImportCancelled` carrying the items done so far.

    ``workers``: reader processes (default :func:`default_workers`; 0 reads in this thread); ``pool``: a
    long-lived :class:`ReaderPool` to use instead of starting one for this import."""
    progress = progress or NULL_PROGRESS
    if kind is not None and kind not in KINDS:
        raise LibraryError(f"unknown kind {kind!r}; use one of: {', '.join(KINDS)}")
    limits = limits or limits_for(ws)
    files = list(expand_paths(paths))
    batch = new_id()
    n_workers = default_workers() if workers is None else workers
    if pool is not None and len(files) > 1 and processes_available():
        return _import_with_pool(ws, files, progress, kind, limits, use_ocr, tags, batch, pool)
    if n_workers > 0 and len(files) >= POOL_MIN_FILES:
        own = ReaderPool(n_workers)
        try:
            return _import_with_pool(ws, files, progress, kind, limits, use_ocr, tags, batch, own)
        finally:
            own.shutdown()
    items: list[dict[str, Any]] = []
    total = len(files)
    progress.update(0, total, "")
    for i, path in enumerate(files):
        progress.update(i, total, path.name)
        if progress.cancelled:
            raise ImportCancelled(items)
        items.append(import_file(ws, path, kind=kind, limits=limits, use_ocr=use_ocr, batch=batch, tags=tags))
    _tidy_after(ws, items)
    progress.update(total, total, "")
    return items


def _tidy_after(ws: Workspace, items: Sequence[dict[str, Any]]) -> None:
    added = sum(int(it.get("pages") or 0) + 1 for it in items if it.get("status") == "imported")
    if added:
        _tidy_quietly(ws, added_pages=added)


def _tidy_quietly(ws: Workspace, *, full: bool | None = None, added_pages: int = 0) -> None:
    """:func:`tidy_index` as the end of an import or a rebuild: best effort — the documents are already
    committed and searchable; a merge step that fails (the database busy past its timeout) only leaves
    the index in more pieces, which the next import or rebuild merges."""
    import sqlite3

    try:
        tidy_index(ws, full=full, added_pages=added_pages)
    except sqlite3.Error as exc:
        log.warning("the search index was not merged: %s", exc)


TIDY_STEP_PAGES = 500
"""Leaf pages one merge step writes (about 30 ms; each step is its own transaction)."""


def tidy_index(ws: Workspace, *, full: bool | None = None, added_pages: int = 0) -> dict[str, int]:
    """Merge the full-text index's b-trees (FTS5 segments), one short transaction per step, so that a
    search reads each term from fewer places (measured at 10,000 pages: ranking p50 −40 %, p95 −25 %).

    Every import adds segments (each file is committed on its own). After a batch that makes up a fifth
    of the index or more (``added_pages``), or with ``full=True``, each table is merged into one b-tree —
    an incremental 'optimize' whose cost grows with the whole index, hence only then; otherwise only
    levels holding several segments are merged (FTS5's own rule), which costs little. A kill between
    steps leaves a consistent index. Returns ``steps`` done and the ``segments`` left."""
    if full is None:
        total = int(ws.db.execute("SELECT count(*) FROM local_library_fts_map").fetchone()[0])
        full = added_pages > 0 and added_pages * 5 >= total
    steps = 0
    for table in library_index.INDEX_TABLES:
        for _ in range(100_000):
            with ws.db.atomic():
                worked = library_index.merge_step(ws.db, table, TIDY_STEP_PAGES, full)
            if not worked:
                break
            steps += 1
    return {"steps": steps, "segments": sum(library_index.segments(ws.db, t) for t in library_index.INDEX_TABLES)}


def _check(ws: Workspace, path: Path, limits: IngestLimits, batch: str) -> tuple[str | None, dict[str, Any] | None]:
    """Size/readability check and SHA-256; returns (sha, None) or (None, the final item)."""
    try:
        check_file(path, limits)
        try:
            sha = sha256_file(path)
        except OSError as exc:
            raise Unreadable(f"the file cannot be read ({exc.strerror or exc})", path) from None
    except IngestError as exc:
        return None, _failed(ws, path, exc.code, exc.reason, batch)
    existing = _document_by_file(ws, sha)
    if existing is not None:
        return None, _succeeded(ws, path, _item(path, "duplicate", **_public(existing), duplicate_of=existing["id"]))
    return sha, None


def _finish(ws: Workspace, path: Path, result: Prepared | Failure, kind: str | None, tags: Sequence[str],
            batch: str) -> dict[str, Any]:
    if isinstance(result, Failure):
        return _failed(ws, path, result.code, result.reason, batch)
    try:
        existing = _document_by_file(ws, result.sha)
        if existing is not None:  # the same bytes twice in one batch
            return _succeeded(ws, path, _item(path, "duplicate", **_public(existing), duplicate_of=existing["id"]))
        doc = _store(ws, path, result, kind, tags)
        return _succeeded(ws, path, _item(path, "imported", **_public(doc), warnings=result.extraction.warnings,
                                          needs_ocr=bool(result.extraction.needs_ocr)))
    except IngestError as exc:
        return _failed(ws, path, exc.code, exc.reason, batch)
    except Cancelled:
        raise
    except Exception as exc:  # a bug or an environment problem: this file fails, the batch goes on
        return _unexpected(ws, path, exc, batch)


def _unexpected(ws: Workspace, path: Path, exc: BaseException, batch: str | None) -> dict[str, Any]:
    from deputydesk.storage.errors import EnvironmentProblem, classify

    problem = classify(exc)
    if isinstance(problem, EnvironmentProblem):
        return _failed(ws, path, "environment", str(problem), batch)
    return _failed(ws, path, "internal", f"unexpected error while importing ({type(exc).__name__}: {exc})", batch)


def _import_with_pool(ws: Workspace, files: list[Path], progress: Progress, kind: str | None,
                      limits: IngestLimits, use_ocr: bool, tags: Sequence[str], batch: str,
                      pool: ReaderPool) -> list[dict[str, Any]]:
    import concurrent.futures as cf
    from concurrent.futures.process import BrokenProcessPool

    items: list[dict[str, Any] | None] = [None] * len(files)
    total = len(files)
    done = 0
    ahead = max(2, 3 * pool.workers)
    executor = pool.executor()
    pending: list[tuple[int, Path, str, Any]] = []
    next_index = 0
    try:
        progress.update(0, total, "")
        while next_index < total or pending:
            while next_index < total and len(pending) < ahead:
                i, path = next_index, files[next_index]
                next_index += 1
                sha, final = _check(ws, path, limits, batch)
                if final is not None:
                    items[i] = final
                    done += 1
                    progress.update(done, total, path.name)
                    continue
                assert sha is not None
                pending.append((i, path, sha, executor.submit(prepare_file, str(path), sha, limits, use_ocr)))
            if not pending:
                continue
            i, path, sha, future = pending.pop(0)
            result: Prepared | Failure
            while True:
                if progress.cancelled:
                    raise ImportCancelled([it for it in items if it is not None])
                try:
                    result = future.result(timeout=0.2)
                    break
                except cf.TimeoutError:
                    continue
                except BrokenProcessPool:
                    # a reader crashed (on this file or one read beside it): this file fails, the others
                    # are read again by a fresh pool
                    result = Failure(str(path), "corrupt", "the document reader crashed on this file")
                    executor = pool.replace()
                    pending = [(j, p, h, executor.submit(prepare_file, str(p), h, limits, use_ocr))
                               for j, p, h, _f in pending]
                    break
                except Exception as exc:
                    result = Failure(str(path), "internal", f"the reader failed ({type(exc).__name__}: {exc})")
                    break
            items[i] = _finish(ws, path, result, kind, tags, batch)
            done += 1
            progress.update(done, total, path.name)
    finally:
        for _j, _p, _h, f in pending:
            f.cancel()
    out = [it for it in items if it is not None]
    _tidy_after(ws, out)
    return out


def import_file(ws: Workspace, path: Path, *, kind: str | None = None, limits: IngestLimits | None = None,
                use_ocr: bool = True, batch: str | None = None, tags: Sequence[str] = ()) -> dict[str, Any]:
    """Import one file in this thread (see :func:`import_paths`). Never raises for bad input: the item
    says why."""
    limits = limits or limits_for(ws)
    path = Path(path)
    batch = batch or new_id()
    try:
        sha, final = _check(ws, path, limits, batch)
        if final is not None:
            return final
        assert sha is not None
        return _finish(ws, path, prepare_file(str(path), sha, limits, use_ocr), kind, tags, batch)
    except Cancelled:
        raise
    except Exception as exc:
        return _unexpected(ws, path, exc, batch)


def _item(path: Path, status: str, **extra: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"path": str(path), "status": status, "id": None, "kind": None, "title": None,
                            "number": None, "date": None, "language": None, "pages": None, "error": None}
    item.update(extra)
    return item


def _failed(ws: Workspace, path: Path, code: str, reason: str, batch: str | None) -> dict[str, Any]:
    with ws.db.atomic():
        # the list says which files failed, not how often: a file that fails again keeps one row, the newest
        ws.db.execute("DELETE FROM local_import_errors WHERE path = ?", [str(path)])
        ws.db.execute("INSERT INTO local_import_errors (at, batch_id, path, name, code, reason) "
                      "VALUES (?, ?, ?, ?, ?, ?)", [now_iso(), batch, str(path), path.name, code, reason])
    return _item(path, "failed", error=f"{path.name}: {reason}", error_code=code)


def _succeeded(ws: Workspace, path: Path, item: dict[str, Any]) -> dict[str, Any]:
    """``item`` (imported or duplicate), the file's earlier failure forgotten (it was fixed and added)."""
    if ws.db.execute("SELECT 1 FROM local_import_errors WHERE path = ? LIMIT 1", [str(path)]).fetchone():
        with ws.db.atomic():
            ws.db.execute("DELETE FROM local_import_errors WHERE path = ?", [str(path)])
    return item


def _public(doc: dict[str, Any]) -> dict[str, Any]:
    return {"id": doc["id"], "kind": doc["kind"], "title": doc["title"], "number": doc["number"],
            "date": doc["date"], "language": doc["language"], "pages": doc["pages"]}


def _document_by_file(ws: Workspace, sha: str) -> dict[str, Any] | None:
    rows = records.rows(ws, "SELECT * FROM documents WHERE file_id = ?", [sha])
    return rows[0] if rows else None


def detection_text(pages: Sequence[str]) -> str:
    out: list[str] = []
    size = 0
    for page in pages:
        out.append(page)
        size += len(page) + 1
        if size >= DETECTION_CHARS:
            break
    return "\n".join(out)[:DETECTION_CHARS]


def _detected_json(meta: md.DetectedMetadata) -> str:
    return json.dumps(meta.as_dict(), ensure_ascii=False, sort_keys=True)


def _effective(meta: md.DetectedMetadata, fallback_title: str) -> dict[str, Any]:
    date = meta.date.value
    return {
        "kind": meta.kind.value or "other",
        "title": meta.title.value or fallback_title,
        "number": meta.number.value,
        "date": date.isoformat() if isinstance(date, _dt.date) else None,
        "issuer": meta.issuer.value,
        "language": meta.language.value or "und",
    }


def _derived(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "number" in values:
        out["number_norm"] = md.normalize_number(values["number"]) if values["number"] else None
    if "issuer" in values:
        out["issuer_norm"] = textnorm.fold(values["issuer"]) if values["issuer"] else None
    if "title" in values:
        out["title_norm"] = textnorm.fold(values["title"]).strip(" «»\"'") if values["title"] else None
    return out


def _store(ws: Workspace, path: Path, prepared: Prepared, kind: str | None, tags: Sequence[str]) -> dict[str, Any]:
    ex = prepared.extraction
    meta = prepared.detected
    sha = prepared.sha
    values = _effective(meta, path.stem)
    corrected: list[str] = []
    if kind:
        values["kind"] = kind
        corrected.append("kind")
    doc_id = new_id()
    now = now_iso()
    row = {
        "id": doc_id, "file_id": sha, "original_name": path.name, "format": ex.format,
        "size": path.stat().st_size, "pages": ex.page_count, **values, **_derived(values),
        "needs_ocr": int(ex.needs_ocr), "ocr_used": int(ex.ocr_used),
        "text_chars": sum(len(p) for p in ex.pages), "detected": _detected_json(meta),
        "corrected": json.dumps(corrected), "warnings": json.dumps(ex.warnings, ensure_ascii=False),
        "source_path": str(path), "imported_at": now,
    }
    blob_existed = ws.files.exists(sha)
    try:
        with ws.db.atomic():
            stored = ws.files.put_path(path, original_name=path.name, mime=_MIME.get(ex.format))
            if stored != sha:  # the file changed while it was being read
                sha = stored
                raise Unreadable("the file changed while it was being imported; import it again", path)
            records.insert(ws, "documents", row)
            _insert_pages(ws, doc_id, ex.pages, now)
            if tags:
                _set_tags(ws, doc_id, tags)
            meta_text = _meta_text(row, document_tags(ws, doc_id))
            lang = row["language"] if row["language"] in ("kk", "ru") else None
            meta_forms = textnorm.index_forms(meta_text, lang) if meta_text.strip() else textnorm.IndexForms("", "")
            library_index.index_forms_of_document(ws.db, doc_id, prepared.forms,
                                                  (meta_forms.words, meta_forms.stems),
                                                  lang=lang, meta_text=meta_text, page_texts=ex.pages)
            ws.events.append("document", doc_id, "imported",
                             {"file_id": sha, "name": path.name, "format": ex.format, "pages": ex.page_count})
    except BaseException:
        if not blob_existed:
            _remove_unreferenced_blob(ws, sha)
        raise
    return get_document(ws, doc_id)


def _remove_unreferenced_blob(ws: Workspace, sha: str) -> None:
    try:
        referenced = ws.db.execute("SELECT 1 FROM files WHERE id = ?", [sha]).fetchone()
    except Exception:  # the database itself failed: leave the blob to `check --repair`
        return
    if not referenced:
        try:
            ws.files.path(sha).unlink(missing_ok=True)
        except OSError:
            pass


def _insert_pages(ws: Workspace, doc_id: str, pages: Sequence[str], now: str) -> None:
    actor = ws.actor
    ws.db.conn.executemany(
        "INSERT INTO document_pages (id, document_id, page_no, text, created_at, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(new_id(), doc_id, i + 1, text, now, now, actor) for i, text in enumerate(pages)],
    )


def _meta_text(doc: dict[str, Any], tags: Sequence[str] | None = None) -> str:
    tag_text = " ".join(tags) if tags is not None else (doc.get("tags_text") or "")
    parts = [doc.get("title") or "", doc.get("number") or "", doc.get("issuer") or "", doc.get("original_name") or "",
             tag_text]
    return "\n".join(p for p in parts if p)


def _index(ws: Workspace, doc_id: str, pages: Sequence[str] | None = None, lang: str | None = None) -> None:
    doc = records.get(ws, "documents", doc_id)
    if pages is None:
        pages = _pages(ws, doc_id)
    lang = lang or doc.get("language")
    library_index.index_document(ws.db, doc_id, list(pages), lang if lang in ("kk", "ru") else None,
                                 _meta_text(doc, document_tags(ws, doc_id)))


def _reindex_meta(ws: Workspace, doc_id: str) -> None:
    """Refresh the index after the title, number, issuer or tags changed (the whole document: the index
    is contentless, rows cannot be edited in place)."""
    _index(ws, doc_id)


def _mark_indexed(ws: Workspace, doc_id: str) -> None:
    """The record changed in a way the index does not depend on (or was just re-indexed): remember its
    version so an exchange does not re-index it needlessly."""
    ws.db.execute(
        "UPDATE local_library_index_state SET doc_updated_at = (SELECT updated_at FROM documents WHERE id = ?) "
        "WHERE document_id = ?", [doc_id, doc_id])


def stale_documents(ws: Workspace) -> tuple[list[str], list[str]]:
    """(documents whose index is missing or older than the record, index entries of removed documents)."""
    stale = [r[0] for r in ws.db.execute(
        "SELECT d.id FROM documents d LEFT JOIN local_library_index_state s ON s.document_id = d.id "
        "WHERE s.document_id IS NULL OR s.doc_updated_at IS NOT d.updated_at")]
    gone = [r[0] for r in ws.db.execute(
        "SELECT s.document_id FROM local_library_index_state s WHERE NOT EXISTS "
        "(SELECT 1 FROM documents d WHERE d.id = s.document_id) UNION "
        "SELECT DISTINCT m.document_id FROM local_library_fts_map m WHERE NOT EXISTS "
        "(SELECT 1 FROM documents d WHERE d.id = m.document_id)")]
    return stale, gone


def refresh_index(ws: Workspace, progress: Progress | None = None) -> dict[str, int]:
    """Bring the local full-text index up to date with the documents (after an exchange brought new or
    changed documents from another laptop)."""
    stale, gone = stale_documents(ws)
    with ws.db.atomic():
        for doc_id in gone:
            library_index.delete_document(ws.db, doc_id)
    n = reindex(ws, progress, stale) if stale else 0
    return {"reindexed": n, "removed": len(gone)}


LIBRARY_TABLES = {"documents", "document_pages", "tags", "document_tags"}


def after_exchange(ws: Workspace, changed_tables: set[str]) -> None:
    """Exchange hook: refresh the derived index when library tables arrived from another laptop."""
    if LIBRARY_TABLES & set(changed_tables):
        refresh_index(ws)


def reindex(ws: Workspace, progress: Progress | None = None, document_ids: Sequence[str] | None = None) -> int:
    """Rebuild the full-text index from ``document_pages`` (after an exchange, or to repair it)."""
    progress = progress or NULL_PROGRESS
    ids = list(document_ids) if document_ids is not None else [
        r[0] for r in ws.db.execute("SELECT id FROM documents ORDER BY imported_at")]
    with ws.db.atomic():
        if document_ids is None:
            library_index.clear(ws.db)
            ws.db.execute("DELETE FROM local_library_index_state")
    for i, doc_id in enumerate(ids):
        progress.update(i, len(ids), "")
        progress.check()
        with ws.db.atomic():
            _index(ws, doc_id)
            _mark_indexed(ws, doc_id)
    if ids:
        added = int(ws.db.execute("SELECT coalesce(sum(pages), 0) + count(*) FROM documents WHERE id IN "
                                  "(SELECT value FROM json_each(?))", [json.dumps(ids)]).fetchone()[0])
        _tidy_quietly(ws, full=True if document_ids is None else None, added_pages=added)
    progress.update(len(ids), len(ids), "")
    return len(ids)


# ---------------------------------------------------------------------------------------------- reading
_LIST_COLUMNS = ("id, file_id, original_name, format, size, pages, kind, title, number, date, issuer, language, "
                 "needs_ocr, ocr_used, version_of, version_label, imported_at")


def get_document(ws: Workspace, doc_id: str) -> dict[str, Any]:
    """The document's record with ``detected`` and ``corrected`` decoded, plus ``tags`` and
    ``blob_path``. Raises :class:`LibraryError` for an unknown id."""
    doc = records.find(ws, "documents", doc_id)
    if doc is None:
        raise LibraryError(f"document {doc_id} does not exist")
    doc["detected"] = json.loads(doc.get("detected") or "{}")
    doc["corrected"] = json.loads(doc.get("corrected") or "[]")
    doc["warnings"] = json.loads(doc.get("warnings") or "[]")
    doc["tags"] = document_tags(ws, doc_id)
    doc["blob_path"] = str(ws.files.path(doc["file_id"]))
    return doc


def document_blob_path(ws: Workspace, doc_id: str) -> Path:
    """The stored original (byte-identical to what was imported)."""
    row = ws.db.execute("SELECT file_id FROM documents WHERE id = ?", [doc_id]).fetchone()
    if row is None:
        raise LibraryError(f"document {doc_id} does not exist")
    return ws.files.path(row[0])


def _pages(ws: Workspace, doc_id: str) -> list[str]:
    return [r[0] or "" for r in ws.db.execute(
        "SELECT text FROM document_pages WHERE document_id = ? ORDER BY page_no", [doc_id])]


def document_pages(ws: Workspace, doc_id: str) -> list[str]:
    """Text of each page, in order."""
    return _pages(ws, doc_id)


def document_text(ws: Workspace, doc_id: str) -> str:
    return "\n\f\n".join(_pages(ws, doc_id))


_ORDER = {
    ("imported", False): "d.imported_at DESC, d.id",
    ("imported", True): "d.imported_at ASC, d.id",
    ("date", False): "d.date IS NULL, d.date DESC, d.imported_at DESC",
    ("date", True): "d.date IS NULL, d.date ASC, d.imported_at ASC",
    ("title", True): "d.title_norm ASC, d.id",
    ("title", False): "d.title_norm DESC, d.id",
    ("kind", True): "d.kind ASC, d.date DESC",
    ("kind", False): "d.kind DESC, d.date DESC",
    ("number", True): "d.number_norm IS NULL, d.number_norm ASC, d.id",
    ("number", False): "d.number_norm IS NULL, d.number_norm DESC, d.id",
    ("issuer", True): "d.issuer_norm IS NULL, d.issuer_norm ASC, d.id",
    ("issuer", False): "d.issuer_norm IS NULL, d.issuer_norm DESC, d.id",
}
# Only fixed fragments are joined (the filter clause and an ORDER BY chosen from _ORDER); values are bound.
_IDS_SQL = {key: "SELECT d.id FROM documents d WHERE " + library_index.FILTER_SQL + " ORDER BY " + order  # noqa: S608
            for key, order in _ORDER.items()}
_COUNT_SQL = "SELECT count(*) FROM documents d WHERE " + library_index.FILTER_SQL  # noqa: S608
_NUMBERS_SQL = "SELECT d.id, d.number_norm FROM documents d WHERE " + library_index.FILTER_SQL + " ORDER BY d.id"  # noqa: S608
_ROWS_SQL = "SELECT " + _LIST_COLUMNS + " FROM documents WHERE id IN (SELECT value FROM json_each(?))"  # noqa: S608
SORT_KEYS = ("imported", "date", "title", "kind", "number", "issuer")


@dataclass(frozen=True)
class DocumentFilter:
    kind: str | None = None
    lang: str | None = None
    issuer: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)

    def storage(self) -> library_index.Filters:
        return library_index.Filters(
            kind=self.kind or None, lang=self.lang or None,
            issuer=textnorm.fold(self.issuer).strip() if self.issuer else None,
            date_from=self.date_from or None, date_to=self.date_to or None,
            tags=tuple(textnorm.fold(t).strip() for t in self.tags if t.strip()))


def document_ids(ws: Workspace, filters: DocumentFilter | None = None, sort: str = "imported",
                 ascending: bool = False) -> list[str]:
    """Ids of every document passing ``filters`` in the given order (the GUI's lazy model loads rows
    for the ids it shows)."""
    if sort not in SORT_KEYS:
        raise LibraryError(f"unknown sort {sort!r}")
    params = (filters or DocumentFilter()).storage().params()
    if sort == "number":  # numbers in their numeric order (№ 3-16 before № 11/84), none last
        rows = ws.db.execute(_NUMBERS_SQL, params).fetchall()
        numbered = sorted(((natural_key(r[1]), r[0]) for r in rows if r[1]), reverse=not ascending)
        return [i for _k, i in numbered] + [r[0] for r in rows if not r[1]]
    sql = _IDS_SQL[(sort, ascending)]
    return [r[0] for r in ws.db.execute(sql, params)]


_DIGITS = re.compile(r"([0-9]+)")


def natural_key(text: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key reading digit runs as numbers: "3-16" < "11/84" < "327", "18/103-viii" < "18/104-i"."""
    return tuple((0, int(part), "") if part.isdecimal() else (1, 0, part)
                 for part in _DIGITS.split(text.casefold()) if part)


def document_rows(ws: Workspace, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Light rows (no text) for the given ids, keyed by id."""
    if not ids:
        return {}
    cur = ws.db.execute(_ROWS_SQL, [json.dumps(list(ids))])
    cols = [c[0] for c in cur.description]
    return {r[0]: dict(zip(cols, r, strict=True)) for r in cur.fetchall()}


def list_documents(ws: Workspace, filters: DocumentFilter | None = None, *, sort: str = "imported",
                   ascending: bool = False, offset: int = 0, limit: int = 100) -> list[dict[str, Any]]:
    """A page of light document rows in order (for lists and other areas' pickers)."""
    ids = document_ids(ws, filters, sort, ascending)[offset: offset + limit]
    rows = document_rows(ws, ids)
    return [rows[i] for i in ids if i in rows]


def count_documents(ws: Workspace, filters: DocumentFilter | None = None) -> int:
    params = (filters or DocumentFilter()).storage().params()
    return int(ws.db.execute(_COUNT_SQL, params).fetchone()[0])


def stats(ws: Workspace) -> dict[str, Any]:
    row = ws.db.execute("SELECT count(*), coalesce(sum(pages), 0), coalesce(sum(needs_ocr), 0) "
                        "FROM documents").fetchone()
    errors = ws.db.execute("SELECT count(*) FROM local_import_errors").fetchone()[0]
    return {"documents": row[0], "pages": row[1], "needs_ocr": row[2], "import_errors": errors}


# ---------------------------------------------------------------------------------------------- metadata
def _validate(changes: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in EDITABLE:
            raise LibraryError(f"{key!r} cannot be edited")
        if isinstance(value, str):
            value = value.strip() or None
        if key == "kind":
            if value not in KINDS:
                raise LibraryError(f"unknown kind {value!r}")
        elif key == "language":
            value = value or "und"
            if value not in LANGUAGES:
                raise LibraryError(f"unknown language {value!r}")
        elif key == "date" and value is not None:
            if isinstance(value, _dt.date):
                value = value.isoformat()
            try:
                value = _dt.date.fromisoformat(str(value)).isoformat()
            except ValueError:
                raise LibraryError(f"{value!r} is not a date (YYYY-MM-DD)") from None
        elif key == "title" and not value:
            raise LibraryError("a document needs a title")
        out[key] = value
    return out


def update_metadata(ws: Workspace, doc_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Correct metadata by hand. Returns ``{field: [old, new]}``. Corrected fields are remembered and
    kept when the text is detected again."""
    values = _validate(changes)
    with ws.db.atomic():
        doc = get_document(ws, doc_id)
        really = {k: v for k, v in values.items() if doc.get(k) != v}
        corrected = sorted(set(doc["corrected"]) | {k for k in really if k in DETECTED_FIELDS})
        update = {**really, **_derived(really)}
        if corrected != doc["corrected"]:
            update["corrected"] = json.dumps(corrected)
        if not update:
            return {}
        diff = records.update(ws, "documents", doc_id, update, log=True, entity="document")
        if {"title", "number", "issuer"} & set(really):
            _reindex_meta(ws, doc_id)
        _mark_indexed(ws, doc_id)
    return {k: v for k, v in diff.items() if k in EDITABLE}


def clear_correction(ws: Workspace, doc_id: str, field_name: str) -> None:
    """Forget a correction: the field goes back to the detected value."""
    with ws.db.atomic():
        doc = get_document(ws, doc_id)
        corrected = [f for f in doc["corrected"] if f != field_name]
        records.update(ws, "documents", doc_id, {"corrected": json.dumps(corrected)}, log=True, entity="document")
    redetect(ws, doc_id)


def redetect(ws: Workspace, doc_id: str) -> dict[str, Any]:
    """Detect the metadata again from the stored text; fields a person corrected stay as they are."""
    with ws.db.atomic():
        doc = get_document(ws, doc_id)
        meta = md.detect(detection_text(_pages(ws, doc_id)))
        values = _effective(meta, Path(doc["original_name"] or "document").stem)
        keep = set(doc["corrected"])
        update = {k: v for k, v in values.items() if k not in keep and doc.get(k) != v}
        update.update(_derived(update))
        update["detected"] = _detected_json(meta)
        diff = records.update(ws, "documents", doc_id, update)
        if {"title", "number", "issuer"} & set(update):
            _reindex_meta(ws, doc_id)
        _mark_indexed(ws, doc_id)
    return {k: v for k, v in diff.items() if k in DETECTED_FIELDS}


def recognise_text(ws: Workspace, progress: Progress | None, doc_id: str) -> dict[str, Any]:
    """Read the stored original again (with OCR when available) — for scans imported before Tesseract
    was installed. Pages and index are replaced; corrected metadata is kept."""
    doc = get_document(ws, doc_id)
    blob = Path(doc["blob_path"])
    suffix = Path(doc["original_name"] or "").suffix
    tmp_dir = ws.root / "files" / ".tmp"
    tmp_dir.mkdir(parents=True, exist_ok=True)
    tmp = tmp_dir / f"ocr-{doc_id}{suffix}"
    shutil.copyfile(blob, tmp)
    try:
        ex = extract(tmp, limits_for(ws), use_ocr=True)
    finally:
        tmp.unlink(missing_ok=True)
    now = now_iso()
    with ws.db.atomic():
        library_index.delete_document(ws.db, doc_id)  # while the old pages are still there
        ws.db.execute("DELETE FROM document_pages WHERE document_id = ?", [doc_id])
        _insert_pages(ws, doc_id, ex.pages, now)
        records.update(ws, "documents", doc_id, {
            "pages": ex.page_count, "needs_ocr": int(ex.needs_ocr), "ocr_used": int(ex.ocr_used),
            "text_chars": sum(len(p) for p in ex.pages), "warnings": json.dumps(ex.warnings, ensure_ascii=False)})
        redetect(ws, doc_id)
        _index(ws, doc_id, ex.pages)
        _mark_indexed(ws, doc_id)
    return {"id": doc_id, "needs_ocr": ex.needs_ocr, "ocr_used": ex.ocr_used, "warnings": ex.warnings}


# ---------------------------------------------------------------------------------------------- tags
def document_tags(ws: Workspace, doc_id: str) -> list[str]:
    return [r[0] for r in ws.db.execute(
        "SELECT t.name FROM document_tags dt JOIN tags t ON t.id = dt.tag_id WHERE dt.document_id = ? "
        "ORDER BY t.name COLLATE NOCASE", [doc_id])]


def _tag_id(ws: Workspace, name: str) -> str:
    norm = textnorm.fold(name).strip()
    row = ws.db.execute("SELECT id FROM tags WHERE name_norm = ?", [norm]).fetchone()
    if row:
        return str(row[0])
    return records.insert(ws, "tags", {"name": name.strip(), "name_norm": norm})


def _set_tags(ws: Workspace, doc_id: str, names: Sequence[str]) -> list[str]:
    wanted: dict[str, str] = {}
    for name in names:
        name = " ".join(name.split())
        if name:
            wanted.setdefault(textnorm.fold(name), name)
    current = {r[1]: r[0] for r in ws.db.execute(
        "SELECT dt.id, t.name_norm FROM document_tags dt JOIN tags t ON t.id = dt.tag_id WHERE dt.document_id = ?",
        [doc_id])}
    for norm, link_id in current.items():
        if norm not in wanted:
            ws.db.execute("DELETE FROM document_tags WHERE id = ?", [link_id])
    for norm, name in wanted.items():
        if norm not in current:
            records.insert(ws, "document_tags", {"document_id": doc_id, "tag_id": _tag_id(ws, name)})
    result = document_tags(ws, doc_id)
    records.update(ws, "documents", doc_id, {"tags_text": ", ".join(result) or None})
    return result


def set_tags(ws: Workspace, doc_id: str, names: Sequence[str]) -> list[str]:
    """Replace the document's tags (case-insensitive; new tags are created)."""
    with ws.db.atomic():
        get_document(ws, doc_id)
        result = _set_tags(ws, doc_id, names)
        ws.events.append("document", doc_id, "tagged", {"tags": result})
        _reindex_meta(ws, doc_id)
        _mark_indexed(ws, doc_id)
    return result


def all_tags(ws: Workspace) -> list[dict[str, Any]]:
    """Tags in use, with how many documents carry each (a tag taken off its last document is not offered
    in the filter any more; it comes back when it is given again)."""
    return records.rows(ws, "SELECT t.name, count(dt.id) AS documents FROM tags t "
                            "JOIN document_tags dt ON dt.tag_id = t.id GROUP BY t.id "
                            "ORDER BY t.name COLLATE NOCASE")


# ---------------------------------------------------------------------------------------------- versions
def set_previous_version(ws: Workspace, doc_id: str, previous_id: str | None, label: str | None = None) -> None:
    """Mark ``doc_id`` as the next version of ``previous_id`` (None unlinks). Cycles are refused."""
    with ws.db.atomic():
        get_document(ws, doc_id)
        if previous_id is not None:
            if previous_id == doc_id:
                raise LibraryError("a document cannot be a version of itself", "version_of_itself")
            get_document(ws, previous_id)
            seen = {doc_id}
            cur: str | None = previous_id
            while cur is not None:
                if cur in seen:
                    raise LibraryError("this would make the versions go round in a circle", "version_cycle")
                seen.add(cur)
                row = ws.db.execute("SELECT version_of FROM documents WHERE id = ?", [cur]).fetchone()
                cur = row[0] if row else None
        changes: dict[str, Any] = {"version_of": previous_id}
        if label is not None:
            changes["version_label"] = label.strip() or None
        records.update(ws, "documents", doc_id, changes, log=True, entity="document")
        _mark_indexed(ws, doc_id)


def version_chain(ws: Workspace, doc_id: str) -> list[dict[str, Any]]:
    """All versions of the document's family, oldest first (a branch follows the newest import)."""
    get_document(ws, doc_id)
    first = doc_id
    seen = {doc_id}
    while True:
        row = ws.db.execute("SELECT version_of FROM documents WHERE id = ?", [first]).fetchone()
        if not row or not row[0] or row[0] in seen:
            break
        first = row[0]
        seen.add(first)
    chain = [first]
    while True:
        nxt = ws.db.execute("SELECT id FROM documents WHERE version_of = ? ORDER BY imported_at", [chain[-1]]).fetchall()
        nxt_ids = [r[0] for r in nxt if r[0] not in chain]
        if not nxt_ids:
            break
        chain.append(doc_id if doc_id in nxt_ids else nxt_ids[-1])
    rows = document_rows(ws, chain)
    return [rows[i] for i in chain if i in rows]


def diff_documents(ws: Workspace, left_id: str, right_id: str, context: int | None = None) -> list[dict[str, Any]]:
    """Side-by-side line diff of two documents' text: rows ``{op, left_no, left, right_no, right}`` with
    ``op`` in equal / replace / delete / insert. ``context`` keeps only that many equal lines around
    changes."""
    left = [ln for ln in document_text(ws, left_id).replace("\f", "").splitlines()]
    right = [ln for ln in document_text(ws, right_id).replace("\f", "").splitlines()]
    return side_by_side(left, right, context)


def side_by_side(left: list[str], right: list[str], context: int | None = None) -> list[dict[str, Any]]:
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    rows: list[dict[str, Any]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            block = [{"op": "equal", "left_no": i1 + k + 1, "left": left[i1 + k], "right_no": j1 + k + 1,
                      "right": right[j1 + k]} for k in range(i2 - i1)]
            if context is not None and len(block) > 2 * context:
                head = block[:context] if rows else []
                tail = block[-context:] if i2 < len(left) or j2 < len(right) else []
                skipped = len(block) - len(head) - len(tail)
                block = head + [{"op": "skip", "left_no": None, "left": f"… {skipped}", "right_no": None,
                                 "right": f"… {skipped}"}] + tail
            rows.extend(block)
            continue
        n = max(i2 - i1, j2 - j1)
        for k in range(n):
            li = i1 + k if i1 + k < i2 else None
            rj = j1 + k if j1 + k < j2 else None
            op = tag if tag != "replace" else ("replace" if li is not None and rj is not None else
                                               ("delete" if li is not None else "insert"))
            rows.append({"op": op, "left_no": li + 1 if li is not None else None,
                         "left": left[li] if li is not None else "",
                         "right_no": rj + 1 if rj is not None else None,
                         "right": right[rj] if rj is not None else ""})
    return rows


# ---------------------------------------------------------------------------------------------- search
def _filters_from(query: searchquery.Query, kind: str | None, lang: str | None, issuer: str | None,
                  date_from: str | None, date_to: str | None, tags: Sequence[str]) -> DocumentFilter:
    return DocumentFilter(
        kind=kind or query.kind, lang=lang or query.lang, issuer=issuer or query.issuer,
        date_from=date_from or (query.date_from.isoformat() if query.date_from else None),
        date_to=date_to or (query.date_to.isoformat() if query.date_to else None),
        tags=tuple(tags) + tuple(query.tags))


def _relevance(bm25: float) -> float:
    """bm25 as a relevance for people (higher is better), to 6 significant digits: a word found in more
    than half of the library weighs only 1e-6 in SQLite's bm25, so rounding to decimal places would show
    0.0 for every hit of "мәслихат" while their order still differs."""
    return float(f"{-bm25:.6g}")


def search(ws: Workspace, text: str, *, kind: str | None = None, lang: str | None = None,
           issuer: str | None = None, date_from: str | None = None, date_to: str | None = None,
           tags: Sequence[str] = (), limit: int = 20, offset: int = 0, with_snippets: bool = True
           ) -> list[dict[str, Any]]:
    """Documents matching ``text`` (see :mod:`deputydesk.core.searchquery`), best first: ``id, title,
    kind, number, date, score, snippet`` (+ ``page``, ``issuer``, ``language``, ``snippet_html``).
    ``score`` is a relevance, higher is better. Without words, the filtered documents newest first."""
    query = searchquery.parse(text)
    filters = _filters_from(query, kind, lang, issuer, date_from, date_to, tags)
    if kind is not None and kind not in KINDS:
        raise LibraryError(f"unknown kind {kind!r}; use one of: {', '.join(KINDS)}")
    if not query.has_text:
        ids = document_ids(ws, filters, "date")[offset: offset + limit]
        hits = [library_index.Hit(i, 1, 0.0) for i in ids]
    else:
        hits = library_index.search_documents(ws.db, query, filters.storage(), limit, offset)
    rows = document_rows(ws, [h.document_id for h in hits])
    matcher = searchquery.Matcher(query)
    texts = _page_texts_of(ws, [(h.document_id, max(h.page_no, 1)) for h in hits]) if with_snippets else {}
    out = []
    for h in hits:
        row = rows.get(h.document_id)
        if row is None:
            continue
        page = max(h.page_no, 1)
        item = {"id": row["id"], "title": row["title"], "kind": row["kind"], "number": row["number"],
                "date": row["date"], "score": _relevance(h.score) if query.has_text else 0.0,
                "snippet": "", "snippet_html": "", "page": page, "issuer": row["issuer"],
                "language": row["language"]}
        if with_snippets:
            snip = searchquery.make_snippet(texts.get((h.document_id, page), ""), matcher)
            item["snippet"] = snip.text()
            item["snippet_html"] = snip.html()
        out.append(item)
    return out


PAGE_TEXTS_CHUNK = 400
"""(document, page) pairs per statement: some SQLite builds allow as few as 999 bound values."""


def _page_texts_of(ws: Workspace, pages: Sequence[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The text of many (document, page) pairs in one statement."""
    out: dict[tuple[str, int], str] = {}
    for i in range(0, len(pages), PAGE_TEXTS_CHUNK):
        chunk = pages[i:i + PAGE_TEXTS_CHUNK]
        values = ",".join("(?, ?)" for _ in chunk)
        sql = (f"SELECT p.document_id, p.page_no, p.text FROM (VALUES {values}) AS w "  # noqa: S608 - placeholders
               "CROSS JOIN document_pages p ON p.document_id = w.column1 AND p.page_no = w.column2")
        for r in ws.db.execute(sql, [v for pair in chunk for v in pair]).fetchall():
            out[(r[0], int(r[1]))] = r[2] or ""
    return out


def snippet_for(ws: Workspace, doc_id: str, page_no: int, query: searchquery.Query | searchquery.Matcher
                ) -> searchquery.Snippet:
    """The best snippet of a page (page 0 = the metadata: the title, else the first page)."""
    matcher = query if isinstance(query, searchquery.Matcher) else searchquery.Matcher(query)
    if page_no <= 0:
        row = ws.db.execute("SELECT title FROM documents WHERE id = ?", [doc_id]).fetchone()
        first = ws.db.execute("SELECT text FROM document_pages WHERE document_id = ? AND page_no = 1",
                              [doc_id]).fetchone()
        text = (first[0] if first else "") or (row[0] if row else "")
        snip = searchquery.make_snippet(text, matcher)
        if not snip.matches and row:
            snip = searchquery.make_snippet(row[0] or "", matcher)
        return snip
    page = ws.db.execute("SELECT text FROM document_pages WHERE document_id = ? AND page_no = ?",
                         [doc_id, page_no]).fetchone()
    return searchquery.make_snippet(page[0] if page else "", matcher)


def search_ids(ws: Workspace, text: str, filters: DocumentFilter | None = None, limit: int = 1000
               ) -> list[tuple[str, int, float]]:
    """(id, 0, relevance) of matching documents, best first, without snippets or pages (for the GUI's list:
    the page is found with :func:`best_page` when a document is opened)."""
    query = searchquery.parse(text)
    merged = _filters_from(query, *(
        (filters.kind, filters.lang, filters.issuer, filters.date_from, filters.date_to, filters.tags)
        if filters else (None, None, None, None, None, ())))
    if not query.has_text:
        return [(i, 1, 0.0) for i in document_ids(ws, merged, "date")[:limit]]
    return library_index.ranked_ids(ws.db, query, merged.storage(), limit)


def best_page(ws: Workspace, doc_id: str, text: str) -> int:
    """The first page of the document where every word of the query ``text`` occurs (1 when none)."""
    query = searchquery.parse(text)
    if not query.has_text:
        return 1
    return library_index.best_page(ws.db, query, doc_id)


# ---------------------------------------------------------------------------------------------- errors, removal
def import_errors(ws: Workspace, limit: int = 500) -> list[dict[str, Any]]:
    """Files that failed to import on this laptop, newest first."""
    return records.rows(ws, "SELECT seq, at, batch_id, path, name, code, reason FROM local_import_errors "
                            "ORDER BY seq DESC LIMIT ?", [limit])


def count_import_errors(ws: Workspace) -> int:
    """How many import errors :func:`import_errors` would list (all of them)."""
    return int(ws.db.execute("SELECT count(*) FROM local_import_errors").fetchone()[0])


def clear_import_errors(ws: Workspace) -> int:
    with ws.db.atomic():
        n = ws.db.execute("SELECT count(*) FROM local_import_errors").fetchone()[0]
        ws.db.execute("DELETE FROM local_import_errors")
    return int(n)


def delete_document(ws: Workspace, doc_id: str) -> None:
    """Remove a document, its pages, tags and index rows; the original is removed from the file store
    when nothing else uses it. Later versions are unlinked from it."""
    with ws.db.atomic():
        doc = get_document(ws, doc_id)
        library_index.delete_document(ws.db, doc_id)
        for later in ws.db.execute("SELECT id FROM documents WHERE version_of = ?", [doc_id]).fetchall():
            records.update(ws, "documents", later[0], {"version_of": doc.get("version_of")})
            _mark_indexed(ws, later[0])
        ws.db.execute("DELETE FROM document_tags WHERE document_id = ?", [doc_id])
        ws.db.execute("DELETE FROM document_pages WHERE document_id = ?", [doc_id])
        ws.db.execute("DELETE FROM documents WHERE id = ?", [doc_id])
        ws.events.append("document", doc_id, "deleted", {"file_id": doc["file_id"], "name": doc["original_name"]})
        sha = doc["file_id"]
        removable = False
        try:
            with ws.db.atomic():
                ws.db.execute("DELETE FROM files WHERE id = ?", [sha])
            removable = True
        except Exception:  # another area still refers to the file
            removable = False
    if removable:
        ws.files.path(sha).unlink(missing_ok=True)


def export_original(ws: Workspace, doc_id: str, folder: Path) -> Path:
    """Copy the original under its own name into ``folder`` (to open it with the system's viewer)."""
    doc = get_document(ws, doc_id)
    folder.mkdir(parents=True, exist_ok=True)
    name = Path(doc["original_name"] or f"{doc_id}").name
    target = folder / name
    if target.exists() and target.stat().st_size != doc["size"]:
        target = folder / f"{Path(name).stem}-{doc_id[:8]}{Path(name).suffix}"
    if not target.exists():
        ws.files.export(doc["file_id"], target)
    return target


def integrity_problems(ws: Workspace) -> list[dict[str, Any]]:
    problems: list[dict[str, Any]] = []
    missing = ws.db.execute(
        "SELECT d.id, d.original_name, d.file_id FROM documents d").fetchall()
    for doc_id, name, sha in missing:
        if not ws.files.exists(sha):
            problems.append({"area": "library", "code": "document_original_missing",
                             "message": f"the original of document {name or doc_id} is missing from the file store"})
    stale, gone = stale_documents(ws)
    unindexed = len(stale) + len(gone)
    if unindexed:
        problems.append({"area": "library", "code": "documents_not_indexed", "severity": "warning",
                         "message": f"the search index is behind for {unindexed} document(s) (run "
                                    "`deputydesk library reindex`)"})
    dead = library_index.tombstones(ws.db)
    live = ws.db.execute("SELECT count(*) FROM local_library_docs_map").fetchone()[0]
    if dead > max(200, live // 4):
        problems.append({"area": "library", "code": "index_tombstones", "severity": "warning",
                         "message": f"the search index holds {dead} outdated entries; `deputydesk library "
                                    "reindex` makes it compact again"})
    orphans = ws.db.execute("SELECT count(*) FROM document_pages p WHERE NOT EXISTS "
                            "(SELECT 1 FROM documents d WHERE d.id = p.document_id)").fetchone()[0]
    if orphans:
        problems.append({"area": "library", "code": "pages_without_document",
                         "message": f"{orphans} page(s) of text belong to no document"})
    return problems
