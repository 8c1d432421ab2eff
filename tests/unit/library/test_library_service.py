"""The library service on a real workspace: import, duplicates, metadata corrections, tags, versions,
search with filters, error log, no half-made records, cancellation."""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

import library_samples as s
import pytest

from deputydesk.core.progress import Progress
from deputydesk.ingest.limits import IngestLimits
from deputydesk.render.library_samples import convert
from deputydesk.services import library
from deputydesk.services.check import run_check
from deputydesk.storage import library_index


@pytest.fixture
def sample_dir(tmp_path, corpus):
    d = tmp_path / "incoming"
    sub = d / "2024" / "budget"
    sub.mkdir(parents=True)
    convert(corpus / "decisions" / "045-ru.md", sub, ("pdf",))
    convert(corpus / "decisions" / "004-kk.md", d, ("docx",))
    (d / "002-budget-ru.txt").write_bytes((corpus / "web" / "002-budget-ru.txt").read_bytes())
    s.make_xlsx(d / "execution.xlsx", {"Кірістер": [["Атауы", "Сомасы"], ["Салықтық түсімдер", 33809312]]})
    s.make_odt(d / "protocol.odt", "<text:p>ХАТТАМА № 3</text:p><text:p>2024 жылғы 5 наурыз</text:p>"
                                    "<text:p>ТЫҢДАЛДЫ: бюджет туралы</text:p><text:p>ҚАУЛЫ ЕТТІ: мақұлдансын</text:p>"
                                    "<text:p>СӨЙЛЕДІ: депутаттар</text:p>")
    (d / ".hidden.txt").write_text("secret", encoding="utf-8")
    (d / "Thumbs.db").write_bytes(b"\0" * 10)
    return d


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_import_folder_recursively_store_once_and_detect(workspace, sample_dir):
    items = library.import_paths(workspace, [sample_dir])
    names = sorted(p["path"].rsplit("/", 1)[1] for p in items)
    assert names == ["002-budget-ru.txt", "004-kk.docx", "045-ru.pdf", "execution.xlsx", "protocol.odt"]
    assert {i["status"] for i in items} == {"imported"}
    by_name = {i["path"].rsplit("/", 1)[1]: i for i in items}
    budget = by_name["045-ru.pdf"]
    assert budget["number"] == "№ 38-211" and budget["date"] == "2018-12-13" and budget["kind"] == "budget_decision"
    assert budget["pages"] > 50 and budget["language"] == "ru"
    assert by_name["004-kk.docx"]["language"] == "kk"
    assert by_name["protocol.odt"]["kind"] == "protocol" and by_name["protocol.odt"]["number"] == "№ 3"
    # the original is stored byte-identical, under its SHA-256
    pdf = sample_dir / "2024" / "budget" / "045-ru.pdf"
    blob = library.document_blob_path(workspace, budget["id"])
    assert blob.read_bytes() == pdf.read_bytes() and blob.name == _sha(pdf)
    doc = library.get_document(workspace, budget["id"])
    assert doc["detected"]["number"]["confidence"] >= 0.6 and doc["corrected"] == []
    assert doc["issuer"] == "Алматинский областной маслихат"
    assert len(library.document_pages(workspace, budget["id"])) == budget["pages"]
    # a second import of the same bytes is a duplicate, nothing new is stored
    again = library.import_paths(workspace, [pdf])
    assert again[0]["status"] == "duplicate" and again[0]["id"] == budget["id"]
    assert library.stats(workspace)["documents"] == 5
    assert run_check(workspace)["ok"]


def test_kind_option_is_a_correction(workspace, sample_dir):
    item = library.import_paths(workspace, [sample_dir / "002-budget-ru.txt"], kind="draft_act")[0]
    doc = library.get_document(workspace, item["id"])
    assert doc["kind"] == "draft_act" and doc["corrected"] == ["kind"]
    assert doc["detected"]["kind"]["value"] == "budget_amendment"
    library.redetect(workspace, item["id"])
    assert library.get_document(workspace, item["id"])["kind"] == "draft_act"
    with pytest.raises(library.LibraryError):
        library.import_paths(workspace, [sample_dir], kind="nonsense")


def test_corrections_survive_redetection(workspace, sample_dir):
    item = library.import_paths(workspace, [sample_dir / "004-kk.docx"])[0]
    diff = library.update_metadata(workspace, item["id"], {"number": "№ 44-245/VIII", "title": "Су тарифі",
                                                         "date": "2025-12-16"})
    assert set(diff) == {"number", "title", "date"}
    library.redetect(workspace, item["id"])
    doc = library.get_document(workspace, item["id"])
    assert (doc["number"], doc["title"], doc["date"]) == ("№ 44-245/VIII", "Су тарифі", "2025-12-16")
    assert doc["issuer"] == "Алматы облыстық мәслихаты"  # not corrected: still detected
    assert sorted(doc["corrected"]) == ["date", "number", "title"]
    # the corrected title is searchable
    assert library.search(workspace, "тарифі")[0]["id"] == item["id"]
    library.clear_correction(workspace, item["id"], "number")
    assert library.get_document(workspace, item["id"])["number"] == "№ 44-245"
    for bad in ({"kind": "x"}, {"date": "15.03.2024"}, {"language": "de"}, {"title": " "}, {"file_id": "x"}):
        with pytest.raises(library.LibraryError):
            library.update_metadata(workspace, item["id"], bad)
    events = workspace.db.execute("SELECT action FROM events WHERE entity = 'document' AND entity_id = ?",
                                  [item["id"]]).fetchall()
    assert ("updated",) in events


def test_search_with_filters_tags_and_snippets(workspace, sample_dir, monkeypatch):
    items = {i["path"].rsplit("/", 1)[1]: i for i in library.import_paths(workspace, [sample_dir])}
    library.set_tags(workspace, items["045-ru.pdf"]["id"], ["Бюджет", "сессия 38"])
    library.set_tags(workspace, items["002-budget-ru.txt"]["id"], ["бюджет"])
    assert [t["name"] for t in library.all_tags(workspace)] == ["Бюджет", "сессия 38"]
    library.set_tags(workspace, items["protocol.odt"]["id"], ["временный"])
    assert [t["name"] for t in library.all_tags(workspace)] == ["Бюджет", "временный", "сессия 38"]
    library.set_tags(workspace, items["protocol.odt"]["id"], [])  # off its only document: not offered
    assert [(t["name"], t["documents"]) for t in library.all_tags(workspace)] == [("Бюджет", 2), ("сессия 38", 1)]
    found = library.search(workspace, "бюджетов")
    assert {r["id"] for r in found} >= {items["045-ru.pdf"]["id"], items["002-budget-ru.txt"]["id"]}
    assert all("**" in r["snippet"] for r in found)
    assert found[0]["score"] >= found[-1]["score"]
    monkeypatch.setattr(library, "PAGE_TEXTS_CHUNK", 1)  # page texts fetched one pair per statement
    assert library.search(workspace, "бюджетов") == found
    only = library.search(workspace, "бюджет", kind="budget_amendment")
    assert [r["id"] for r in only] == [items["002-budget-ru.txt"]["id"]]
    assert [r["id"] for r in library.search(workspace, "бюджет year:2018")] == [items["045-ru.pdf"]["id"]]
    assert [r["id"] for r in library.search(workspace, "бюджет", date_from="2021-01-01", date_to="2021-12-31")] == \
        [items["002-budget-ru.txt"]["id"]]
    assert [r["id"] for r in library.search(workspace, 'бюджет tag:"СЕССИЯ 38"')] == [items["045-ru.pdf"]["id"]]
    assert {r["id"] for r in library.search(workspace, "tag:бюджет")} == {items["045-ru.pdf"]["id"],
                                                                          items["002-budget-ru.txt"]["id"]}
    assert [r["id"] for r in library.search(workspace, "бюджет issuer:актауский")] == \
        [items["002-budget-ru.txt"]["id"]]
    kk = library.search(workspace, "су", lang="kk")
    assert [r["id"] for r in kk] == [items["004-kk.docx"]["id"]]
    assert library.search(workspace, "несуществующееслово") == []
    # page of the match and the number as typed
    hit = library.search(workspace, "38-211")[0]
    assert hit["id"] == items["045-ru.pdf"]["id"]


def test_versions_and_side_by_side_diff(workspace, tmp_path):
    v1 = tmp_path / "draft-v1.txt"
    v2 = tmp_path / "draft-v2.txt"
    v1.write_text("ПРОЕКТ\nОб утверждении Правил\n1. Первый пункт.\n2. Второй пункт.\n3. Третий.", encoding="utf-8")
    v2.write_text("ПРОЕКТ\nОб утверждении Правил\n1. Первый пункт.\n2. Второй пункт изменён.\n3. Третий.\n"
                  "4. Новый пункт.", encoding="utf-8")
    a, b = (i["id"] for i in library.import_paths(workspace, [v1, v2]))
    library.set_previous_version(workspace, b, a, "v2")
    assert [r["id"] for r in library.version_chain(workspace, a)] == [a, b]
    with pytest.raises(library.LibraryError) as err:
        library.set_previous_version(workspace, a, b)  # a circle
    assert err.value.code == "version_cycle"
    with pytest.raises(library.LibraryError) as err:
        library.set_previous_version(workspace, a, a)
    assert err.value.code == "version_of_itself"
    rows = library.diff_documents(workspace, a, b)
    ops = [r["op"] for r in rows]
    assert ops.count("replace") == 1 and ops.count("insert") == 1
    changed = next(r for r in rows if r["op"] == "replace")
    assert changed["left"] == "2. Второй пункт." and changed["right"] == "2. Второй пункт изменён."
    assert library.side_by_side(["a"] * 10, ["a"] * 10 + ["b"], context=2)[0]["op"] == "skip"


def test_hostile_batch_fails_cleanly_and_the_rest_imports(workspace, tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    good_pdf = s.make_pdf(d / "good.pdf", [s.RU_TEXT])
    good_docx = s.make_docx(d / "good.docx", [s.KK_TEXT] * 30)
    s.truncated_pdf(d / "cut.pdf", good_pdf)
    s.garbage_pdf(d / "garbage.pdf")
    s.make_pdf(d / "secret.pdf", [s.RU_TEXT], password="x")
    (d / "empty.docx").write_bytes(b"")
    s.elf_named(d / "program.pdf")
    s.zip_bomb_docx(d / "bomb.docx", good_docx)
    s.declared_bomb(d / "declared.xlsx", s.make_xlsx(tmp_path / "x.xlsx", {"a": [[1]] * 50}))
    s.entity_bomb_docx(d / "laughs.docx", good_docx)
    s.entity_bomb_odt(d / "laughs.odt")
    s.png_bomb(d / "huge.png")
    big = d / "big.txt"
    big.write_text("бюджет " * 400_000, encoding="utf-8")
    files_before = set(workspace.files.iter_blobs())
    items = library.import_paths(workspace, [d], limits=IngestLimits(max_file_bytes=2 * 1024 * 1024))
    status = {i["path"].rsplit("/", 1)[1]: i for i in items}
    assert {n for n, i in status.items() if i["status"] == "imported"} == {"good.pdf", "good.docx"}
    failed = {n: i["error_code"] for n, i in status.items() if i["status"] == "failed"}
    assert failed == {"cut.pdf": "corrupt", "garbage.pdf": "corrupt", "secret.pdf": "encrypted",
                      "empty.docx": "empty", "program.pdf": "unsupported", "bomb.docx": "bomb",
                      "declared.xlsx": "bomb", "laughs.docx": "xml_entities", "laughs.odt": "xml_entities",
                      "huge.png": "bomb", "big.txt": "too_large"}
    for name, item in status.items():
        if item["status"] == "failed":
            assert item["error"].startswith(name + ": ")
    # only the two good originals were added to the store; the error log lists every failure
    added = set(workspace.files.iter_blobs()) - files_before
    assert len(added) == 2
    errors = library.import_errors(workspace)
    assert {e["name"] for e in errors} == set(failed)
    assert library.count_import_errors(workspace) == len(errors) == len(failed)
    result = run_check(workspace)
    assert result["ok"] and not [p for p in result["problems"] if p["area"] in ("files", "library")]
    assert library.clear_import_errors(workspace) == len(failed)


def test_failure_inside_the_transaction_leaves_no_record_or_blob(workspace, tmp_path, monkeypatch):
    path = s.make_pdf(tmp_path / "a.pdf", [s.RU_TEXT])

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(library_index, "index_forms_of_document", boom)
    item = library.import_paths(workspace, [path])[0]
    assert item["status"] == "failed" and item["error_code"] == "environment"
    assert "space" in item["error"].lower()
    assert workspace.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert workspace.db.execute("SELECT count(*) FROM document_pages").fetchone()[0] == 0
    assert workspace.db.execute("SELECT count(*) FROM files").fetchone()[0] == 0
    assert not workspace.files.path(_sha(path)).exists()
    monkeypatch.undo()
    assert library.import_paths(workspace, [path])[0]["status"] == "imported"


def test_cancel_keeps_what_was_committed(workspace, tmp_path):
    files = []
    for i in range(6):
        p = tmp_path / f"n{i}.txt"
        p.write_text(f"Документ номер {i} о бюджете", encoding="utf-8")
        files.append(p)

    class CancelAfterTwo(Progress):
        def on_update(self):
            if self.done == 2:
                self.cancel()

    with pytest.raises(library.ImportCancelled) as info:
        library.import_paths(workspace, files, CancelAfterTwo())
    assert len(info.value.items) == 2
    assert library.stats(workspace)["documents"] == 2


def test_missing_paths_and_delete(workspace, tmp_path):
    item = library.import_paths(workspace, [tmp_path / "nope.pdf"])[0]
    assert item["status"] == "failed" and item["error_code"] == "unreadable"
    p = s.make_docx(tmp_path / "d.docx", [s.KK_TEXT])
    doc_id = library.import_paths(workspace, [p])[0]["id"]
    blob = library.document_blob_path(workspace, doc_id)
    out = library.export_original(workspace, doc_id, tmp_path / "export")
    assert out.name == "d.docx" and out.read_bytes() == p.read_bytes()
    library.delete_document(workspace, doc_id)
    assert not blob.exists() and library.stats(workspace)["documents"] == 0
    assert library.search(workspace, "мәслихат") == []
    with pytest.raises(library.LibraryError):
        library.get_document(workspace, doc_id)


def test_a_folder_that_cannot_be_listed_is_reported_and_the_rest_imports(workspace, tmp_path, monkeypatch):
    # a sub-folder without read permission (or a network share that went away) used to vanish from the
    # batch without a word; root ignores permissions, so the refusal is made by os.scandir itself
    import os

    top = tmp_path / "incoming"
    locked = top / "закрытая папка"
    locked.mkdir(parents=True)
    s.make_docx(locked / "inside.docx", [s.KK_TEXT])
    ok = s.make_docx(top / "ok.docx", [s.RU_TEXT])
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = library.import_paths(workspace, [top], workers=0)
    by_path = {i["path"]: i for i in items}
    assert set(by_path) == {str(locked), str(ok)}
    assert by_path[str(ok)]["status"] == "imported"
    failed = by_path[str(locked)]
    assert failed["status"] == "failed" and failed["error_code"] == "unreadable"
    assert "permission denied" in failed["error"] and "folder" in failed["error"]
    # the folder given on its own is reported the same way
    again = library.import_paths(workspace, [locked], workers=0)
    assert [(i["path"], i["status"]) for i in again] == [(str(locked), "failed")]
    assert [e["path"] for e in library.import_errors(workspace)].count(str(locked)) >= 1


def test_listing_sorting_filters_and_reindex(workspace, sample_dir):
    library.import_paths(workspace, [sample_dir])
    ids = library.document_ids(workspace, sort="date")
    rows = library.document_rows(workspace, ids)
    dates = [rows[i]["date"] for i in ids if rows[i]["date"]]
    assert dates == sorted(dates, reverse=True)
    assert library.count_documents(workspace, library.DocumentFilter(lang="kk")) >= 1
    titles = [r["title"] for r in library.list_documents(workspace, sort="title", ascending=True)]
    assert titles == sorted(titles, key=str.casefold)
    before = library.search(workspace, "бюджет")
    assert library.reindex(workspace) == 5
    assert [r["id"] for r in library.search(workspace, "бюджет")] == [r["id"] for r in before]
    assert library.integrity_problems(workspace) == []


def test_imports_from_two_threads_do_not_corrupt_pdfium(workspace, tmp_path, corpus):
    """Background imports may overlap with thumbnail rendering; PDFium calls are serialised."""
    from deputydesk.ingest.extract import extract

    pdfs = [s.make_pdf(tmp_path / f"p{i}.pdf", [s.RU_TEXT + f" {i}"] * 5) for i in range(8)]
    errors = []

    def work(paths):
        try:
            for p in paths:
                assert extract(p).page_count == 5
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(pdfs[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert json.dumps(library.stats(workspace))


def test_documents_travel_between_laptops_and_become_searchable(tmp_path, corpus):
    """A package from laptop A brings documents, pages and originals; laptop B's index follows."""
    from deputydesk.services import exchange
    from deputydesk.storage.workspace import Workspace

    a = Workspace.open(tmp_path / "A")
    b = Workspace.open(tmp_path / "B")
    try:
        src = tmp_path / "016-kk.txt"
        src.write_bytes((corpus / "decisions" / "016-kk.md").read_bytes())
        doc_id = library.import_paths(a, [src])[0]["id"]
        library.set_tags(a, doc_id, ["тұрғын үй"])
        package = tmp_path / "a-to-b.ddpkg"
        exchange.export_package(a, str(package))
        exchange.import_package(b, str(package))
        hits = library.search(b, "тұрғын үй сертификаттары")
        assert [h["id"] for h in hits] == [doc_id]
        assert library.document_blob_path(b, doc_id).read_bytes() == src.read_bytes()
        assert library.search(b, 'tag:"тұрғын үй"')[0]["id"] == doc_id
        assert library.stale_documents(b) == ([], [])
        # a correction made on B goes back to A and A's index follows it
        library.update_metadata(b, doc_id, {"title": "Сертификаттар мөлшері"})
        back = tmp_path / "b-to-a.ddpkg"
        exchange.export_package(b, str(back))
        exchange.import_package(a, str(back))
        assert library.get_document(a, doc_id)["title"] == "Сертификаттар мөлшері"
        assert library.search(a, "мөлшері сертификаттар")[0]["id"] == doc_id
        assert library.integrity_problems(a) == []
    finally:
        a.close()
        b.close()


@pytest.mark.needs_tesseract
def test_scan_imported_without_ocr_is_recognised_later(workspace, tmp_path, monkeypatch):
    from deputydesk.ingest import ocr

    if not ocr.status(refresh=True).available:
        pytest.skip("tesseract with kaz/rus data is not installed")
    scan = s.make_text_image(tmp_path / "reply.png", ["Абай аудандық мәслихатының шешімі", "бюджет туралы"])
    monkeypatch.setenv("DEPUTYDESK_DISABLE_OCR", "1")
    ocr.status(refresh=True)
    try:
        item = library.import_paths(workspace, [scan])[0]
    finally:
        monkeypatch.delenv("DEPUTYDESK_DISABLE_OCR")
        ocr.status(refresh=True)
    assert item["status"] == "imported" and item["needs_ocr"]
    assert "tesseract-ocr-kaz" in " ".join(item["warnings"])
    assert library.search(workspace, "мәслихат") == []
    library.update_metadata(workspace, item["id"], {"title": "Жауап хат"})
    result = library.recognise_text(workspace, None, item["id"])
    assert result["ocr_used"] and not result["needs_ocr"]
    doc = library.get_document(workspace, item["id"])
    assert doc["needs_ocr"] == 0 and doc["title"] == "Жауап хат"  # the correction survives
    assert library.search(workspace, "мәслихат")[0]["id"] == item["id"]


def test_index_rows_are_removed_exactly_and_rebuilt(workspace, tmp_path):
    path = tmp_path / "rules.txt"
    path.write_text("Об утверждении Правил содержания животных\nРешение маслихата о содержании собак.",
                    encoding="utf-8")
    doc_id = library.import_paths(workspace, [path])[0]["id"]
    for i in range(4):
        library.update_metadata(workspace, doc_id, {"title": f"Правила содержания № {i}", "language": "ru"})
    library.set_tags(workspace, doc_id, ["животные"])
    assert library_index.tombstones(workspace.db) == 0
    assert library.search(workspace, "содержанием собаки")[0]["id"] == doc_id
    # the pages change behind the index's back (as an exchange would bring them): the old rows cannot be
    # recomputed, they become tombstones; searches stay right
    workspace.db.execute("UPDATE document_pages SET text = 'Правила погребения и ухода за могилами' "
                         "WHERE document_id = ?", [doc_id])
    library.reindex(workspace, None, [doc_id])
    assert library_index.tombstones(workspace.db) == 1
    assert [r["id"] for r in library.search(workspace, "погребение")] == [doc_id]
    assert library.search(workspace, "собаки") == []
    library.reindex(workspace)
    assert library_index.tombstones(workspace.db) == 0
    assert [r["id"] for r in library.search(workspace, "уходу за могилами")] == [doc_id]


def test_index_is_merged_after_a_large_batch_but_not_after_a_small_one(workspace, tmp_path, corpus):
    """Each imported file is committed alone, so the full-text index grows many b-trees; a batch that
    is a large part of the library is merged into one per table, a small later one is not."""
    incoming = tmp_path / "batch"
    incoming.mkdir()
    for f in sorted((corpus / "decisions").glob("*.md"))[:30]:
        (incoming / f"{f.stem}.txt").write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    items = library.import_paths(workspace, [incoming], workers=0)
    assert sum(it["status"] == "imported" for it in items) == 30
    assert [library_index.segments(workspace.db, t) for t in library_index.INDEX_TABLES] == [1, 1]
    found = library.search(workspace, "мәслихат бюджеті")
    assert found and all("**" in r["snippet"] for r in found)
    # one more file: about 3 % of the index, only FTS5's own small merges
    extra = tmp_path / "extra.txt"
    extra.write_text("Решение маслихата о бюджете района на 2025 год", encoding="utf-8")
    extra_id = library.import_paths(workspace, [extra], workers=0)[0]["id"]
    assert library_index.segments(workspace.db, "library_fts") == 2
    # an explicit full merge (as after a rebuild) leaves one again; searches still find everything
    assert library.tidy_index(workspace, full=True)["segments"] == 2
    assert extra_id in [r["id"] for r in library.search(workspace, "бюджете района на 2025 год")]


def test_a_failing_index_merge_does_not_fail_the_import(workspace, tmp_path, monkeypatch):
    import sqlite3

    def busy(*_args, **_kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(library_index, "merge_step", busy)
    path = tmp_path / "a.txt"
    path.write_text("Решение маслихата о бюджете района", encoding="utf-8")
    items = library.import_paths(workspace, [path], workers=0)
    assert items[0]["status"] == "imported"
    assert [r["id"] for r in library.search(workspace, "бюджет района")] == [items[0]["id"]]


def test_relevance_of_a_word_in_every_document_is_not_shown_as_zero(workspace, tmp_path):
    # SQLite's bm25 gives a word found in more than half of the documents a weight of 1e-6; the CLI used
    # to round that to 0.0 for every hit although their order differs
    for i, repeats in enumerate((1, 3, 6)):
        s.make_docx(tmp_path / f"d{i}.docx", ["Решение районного маслихата. " + "Маслихат решил. " * repeats
                                              + "Прочий текст о другом. " * (8 - repeats)])
    library.import_paths(workspace, [tmp_path], workers=0)
    found = library.search(workspace, "маслихата")
    scores = [r["score"] for r in found]
    assert len(scores) == 3 and all(x > 0 for x in scores), scores
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == 3, scores
    assert [r[2] for r in library.search_ids(workspace, "маслихата")] == pytest.approx(scores, rel=1e-5)


def test_the_errors_list_keeps_one_row_per_file_and_forgets_a_fixed_one(workspace, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    empty = folder / "пустой.txt"
    empty.write_bytes(b"")
    s.make_docx(folder / "ok.docx", [s.RU_TEXT])
    for _ in range(2):  # the same folder imported twice: the failure is listed once
        library.import_paths(workspace, [folder], workers=0)
    assert [e["path"] for e in library.import_errors(workspace)] == [str(empty)]
    assert library.count_import_errors(workspace) == 1
    empty.write_text("Решение маслихата о бюджете", encoding="utf-8")  # fixed and added again
    items = library.import_paths(workspace, [folder], workers=0)
    assert {i["status"] for i in items} == {"imported", "duplicate"}
    assert library.import_errors(workspace) == [] and library.count_import_errors(workspace) == 0


def test_sorting_by_number_reads_the_digits_as_numbers(workspace, tmp_path):
    numbers = ["№ 327", "№ 11/84", None, "№ 3-16", "№ 20-96", "№ 7/57", "№ 18/103-VIII", "№ 18/13-VIII"]
    ids = {}
    for i, number in enumerate(numbers):
        f = tmp_path / f"d{i}.txt"
        f.write_text(f"Документ {i}. Текст документа номер {i}.", encoding="utf-8")
        doc_id = library.import_paths(workspace, [f], workers=0)[0]["id"]
        library.update_metadata(workspace, doc_id, {"number": number})
        ids[doc_id] = number
    up = [ids[i] for i in library.document_ids(workspace, sort="number", ascending=True)]
    assert up == ["№ 3-16", "№ 7/57", "№ 11/84", "№ 18/13-VIII", "№ 18/103-VIII", "№ 20-96", "№ 327", None]
    down = [ids[i] for i in library.document_ids(workspace, sort="number", ascending=False)]
    assert down == list(reversed(up[:-1])) + [None]
    kk = library.document_ids(workspace, library.DocumentFilter(lang="kk"), sort="number")
    assert kk == []
    # digits that are not ASCII (a superscript typed by hand) sort as text instead of breaking the sort
    assert library.natural_key("5¹") < library.natural_key("6")
    assert library.natural_key("№ 3-16") < library.natural_key("№ 11")
