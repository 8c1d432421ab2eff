"""Hostile and broken files fail with a typed error naming the reason; nothing crashes."""

from __future__ import annotations

import os

import library_samples as s
import pytest

from deputydesk.ingest import errors
from deputydesk.ingest.extract import extract
from deputydesk.ingest.limits import IngestLimits


@pytest.fixture
def good(tmp_path):
    return {
        "pdf": s.make_pdf(tmp_path / "good.pdf", [s.RU_TEXT]),
        "docx": s.make_docx(tmp_path / "good.docx", [s.KK_TEXT] * 20),
        "xlsx": s.make_xlsx(tmp_path / "good.xlsx", {"Лист": [["a", 1]] * 50}),
        "odt": s.make_odt(tmp_path / "good.odt", "<text:p>" + s.KK_TEXT * 30 + "</text:p>"),
    }


def _fails(path, exc_type, *words, limits=None):
    with pytest.raises(errors.IngestError) as info:
        extract(path, limits)
    err = info.value
    assert isinstance(err, exc_type), (type(err), err)
    assert err.path == str(path)
    assert path.name in str(err)
    for w in words:
        assert w in err.reason.lower(), err.reason
    return err


def test_truncated_pdf(tmp_path, good):
    _fails(s.truncated_pdf(tmp_path / "cut.pdf", good["pdf"]), errors.CorruptFile, "cut short")


def test_corrupt_pdf(tmp_path):
    _fails(s.garbage_pdf(tmp_path / "bad.pdf"), errors.CorruptFile, "damaged")


def test_password_protected_pdf(tmp_path):
    err = _fails(s.make_pdf(tmp_path / "secret.pdf", [s.RU_TEXT], password="qwerty"), errors.EncryptedFile,
                 "password")
    assert err.code == "encrypted"


def test_zero_bytes(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    _fails(path, errors.EmptyFile, "empty")


def test_wrong_extension_with_unreadable_content(tmp_path):
    err = _fails(s.elf_named(tmp_path / "report.pdf"), errors.UnsupportedFormat, ".pdf", "program")
    assert err.code == "unsupported"


def test_old_office_files_get_advice(tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    _fails(path, errors.UnsupportedFormat, "save it as docx")


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "odt"])
def test_zip_bomb_by_ratio(tmp_path, good, fmt):
    _fails(s.zip_bomb_docx(tmp_path / f"bomb.{fmt}", good[fmt]), errors.ArchiveBomb, "zip bomb")


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "odt"])
def test_zip_bomb_by_declared_size(tmp_path, good, fmt):
    _fails(s.declared_bomb(tmp_path / f"declared.{fmt}", good[fmt]), errors.ArchiveBomb, "unpack")


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "odt"])
def test_zip_member_lying_about_its_size(tmp_path, good, fmt):
    with pytest.raises((errors.ArchiveBomb, errors.CorruptFile)):
        extract(s.lying_sizes(tmp_path / f"liar.{fmt}", good[fmt]))


def test_xml_entity_bomb_in_docx(tmp_path, good):
    _fails(s.entity_bomb_docx(tmp_path / "laughs.docx", good["docx"]), errors.XmlEntityBomb, "entit")


def test_xml_entity_bomb_in_odt(tmp_path):
    _fails(s.entity_bomb_odt(tmp_path / "laughs.odt"), errors.XmlEntityBomb, "entit")


def test_image_decompression_bomb(tmp_path):
    _fails(s.png_bomb(tmp_path / "huge.png"), errors.ArchiveBomb, "too large")


def test_truncated_image(tmp_path):
    img = s.make_text_image(tmp_path / "ok.png", ["Мәслихат"])
    cut = tmp_path / "cut.png"
    cut.write_bytes(img.read_bytes()[:300])
    _fails(cut, errors.CorruptFile, "damaged")


def test_file_over_the_size_limit(tmp_path, good):
    err = _fails(good["docx"], errors.TooLarge, "limit", limits=IngestLimits(max_file_bytes=1000))
    assert err.code == "too_large"
    assert IngestLimits.with_max_file_mb(2.5).max_file_bytes == int(2.5 * 1024 * 1024)
    assert IngestLimits.with_max_file_mb("50").max_file_bytes == 50 * 1024 * 1024


@pytest.mark.parametrize("value", ["abc", [1], {"mb": 5}, -1, 0, 0.001, float("nan"), float("inf"), True, None, ""])
def test_a_size_limit_typed_wrong_in_the_settings_keeps_the_default(value):
    # settings.json is edited by hand: text, a list or a negative number must neither crash an import nor
    # refuse every file
    assert IngestLimits.with_max_file_mb(value) == IngestLimits()


def test_missing_directory_and_special_files(tmp_path):
    _fails(tmp_path / "nope.pdf", errors.Unreadable, "does not exist")
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    _fails(folder, errors.Unreadable, "is a folder")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    _fails(fifo, errors.Unreadable, "not a regular file")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_permission_denied(tmp_path, good):
    good["pdf"].chmod(0)
    try:
        _fails(good["pdf"], errors.Unreadable, "permission")
    finally:
        good["pdf"].chmod(0o644)


def test_damaged_zip_container(tmp_path, good):
    path = tmp_path / "broken.docx"
    data = good["docx"].read_bytes()
    path.write_bytes(data[:200] + b"\0" * 500 + data[700:])
    with pytest.raises((errors.CorruptFile, errors.UnsupportedFormat)):
        extract(path)


def test_all_error_codes_are_listed():
    codes = {cls.code for cls in (errors.EmptyFile, errors.TooLarge, errors.Unreadable, errors.UnsupportedFormat,
                                  errors.CorruptFile, errors.EncryptedFile, errors.ArchiveBomb,
                                  errors.XmlEntityBomb, errors.OcrFailed)}
    assert codes == set(errors.ERROR_CODES)
