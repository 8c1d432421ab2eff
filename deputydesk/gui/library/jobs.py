"""Work the library area runs on background threads: ``fn(ws, progress, *args)`` calling the service.
Nothing here touches Qt; results are plain data delivered to the GUI thread by the task helper."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from typing import Any

from deputydesk.core import searchquery
from deputydesk.services import library


def list_ids(ws: Any, progress: Any, filters: library.DocumentFilter, sort: str, ascending: bool) -> dict[str, Any]:
    ids = library.document_ids(ws, filters, sort, ascending)
    return {"ids": ids, "row_of": {d: i for i, d in enumerate(ids)},
            "total": library.count_documents(ws), "errors": library.count_import_errors(ws)}


def search_ids(ws: Any, progress: Any, text: str, filters: library.DocumentFilter, limit: int) -> dict[str, Any]:
    hits = library.search_ids(ws, text, filters, limit)
    query = searchquery.parse(text)
    ids = [h[0] for h in hits]
    return {"hits": hits, "ids": ids, "row_of": {d: i for i, d in enumerate(ids)},
            "pages": {h[0]: h[1] for h in hits}, "scores": {h[0]: h[2] for h in hits},
            "problems": query.problems, "total": library.count_documents(ws),
            "errors": library.count_import_errors(ws)}


def load_document(ws: Any, progress: Any, doc_id: str, text_query: str, page: int) -> dict[str, Any]:
    """Everything the preview pane shows: the record, versions, and either the PDF bytes or the text
    with matches highlighted (HTML)."""
    doc = library.get_document(ws, doc_id)
    chain = library.version_chain(ws, doc_id)
    if page <= 0:
        page = library.best_page(ws, doc_id, text_query)
    out: dict[str, Any] = {"doc": doc, "versions": chain, "pdf": None, "html": ""}
    if doc["format"] == "pdf" and not doc["needs_ocr"]:
        out["pdf"] = Path(doc["blob_path"]).read_bytes()
    out["html"] = pages_html(library.document_pages(ws, doc_id), text_query)
    out["page"] = page
    return out


def pages_html(pages: list[str], text_query: str, limit: int = 400_000) -> str:
    from html import escape

    query = searchquery.parse(text_query)
    matcher = searchquery.Matcher(query) if query.has_text else None
    parts: list[str] = []
    used = 0
    for n, page in enumerate(pages, start=1):
        if used > limit:
            parts.append("<p>…</p>")
            break
        chunk = page[: max(0, limit - used)]
        used += len(chunk)
        parts.append(f'<p style="color:#888"><a name="page{n}"></a>— {n} —</p>')
        if matcher is None:
            body = escape(chunk)
        else:
            body = _highlight(chunk, matcher)
        parts.append(f'<p style="white-space: pre-wrap">{body}</p>')
    return "".join(parts)


def _highlight(text: str, matcher: searchquery.Matcher) -> str:
    from html import escape

    from deputydesk.core import textnorm

    out: list[str] = []
    pos = 0
    for a, b, folded in textnorm.token_spans(text):
        if matcher.term_of(folded) is not None:
            out.append(escape(text[pos:a]))
            out.append('<span style="background:#ffe066">' + escape(text[a:b]) + "</span>")
            pos = b
    out.append(escape(text[pos:]))
    return "".join(out)


_pool: library.ReaderPool | None = None


def reader_pool() -> library.ReaderPool:
    """One pool of reader processes per GUI process, shared by every window."""
    global _pool
    if _pool is None:
        import atexit

        _pool = library.ReaderPool()
        atexit.register(_pool.shutdown)
    return _pool


_readers_started = threading.Event()
_readers_lock = threading.Lock()
_readers_thread: threading.Thread | None = None


def start_readers() -> None:
    """Start the reader processes at start-up, so that no process is created while the user works. Runs on
    a thread of its own (it touches neither the database nor Qt), leaving the task helper's threads free."""
    global _readers_thread
    with _readers_lock:
        if _readers_thread is not None:
            return

        def run() -> None:
            try:
                reader_pool().start()
            finally:
                _readers_started.set()

        _readers_thread = threading.Thread(target=run, name="deputydesk-readers", daemon=True)
        _readers_thread.start()


def readers_ready() -> bool:
    return _readers_started.is_set()


def import_paths(ws: Any, progress: Any, paths: list[str]) -> list[dict[str, Any]]:
    return library.import_paths(ws, paths, progress, pool=reader_pool())


def save_document(ws: Any, progress: Any, doc_id: str, changes: dict[str, Any], tags: list[str] | None) -> dict[str, Any]:
    library.update_metadata(ws, doc_id, changes)
    if tags is not None:
        library.set_tags(ws, doc_id, tags)
    return library.get_document(ws, doc_id)


def set_version(ws: Any, progress: Any, doc_id: str, previous_id: str | None, label: str | None) -> list[dict[str, Any]]:
    library.set_previous_version(ws, doc_id, previous_id, label)
    return library.version_chain(ws, doc_id)


def diff(ws: Any, progress: Any, left: str, right: str) -> list[dict[str, Any]]:
    return library.diff_documents(ws, left, right, context=3)


def export_original(ws: Any, progress: Any, doc_id: str) -> str:
    folder = Path(tempfile.gettempdir()) / "deputydesk-originals" / ws.workspace_id[:8]
    return str(library.export_original(ws, doc_id, folder))


def recognise(ws: Any, progress: Any, doc_id: str) -> dict[str, Any]:
    return library.recognise_text(ws, progress, doc_id)


def delete(ws: Any, progress: Any, doc_id: str) -> str:
    library.delete_document(ws, doc_id)
    return doc_id


def errors(ws: Any, progress: Any) -> list[dict[str, Any]]:
    return library.import_errors(ws)


def clear_errors(ws: Any, progress: Any) -> int:
    return library.clear_import_errors(ws)


def tags(ws: Any, progress: Any) -> list[dict[str, Any]]:
    return library.all_tags(ws)


def pick(ws: Any, progress: Any, text: str, exclude: str) -> list[dict[str, Any]]:
    """Candidates for "this is a new version of…": documents matching the text (or the newest)."""
    results = library.search(ws, text, limit=30, with_snippets=False)
    return [r for r in results if r["id"] != exclude]
