"""Checks for ZIP-based documents (DOCX, XLSX, ODT, ODS) before any parser touches them.

- declared sizes: the central directory's uncompressed sizes, summed and per member, and the compression
  ratio of every member larger than 1 MB;
- actual sizes: every member is inflated once in small chunks and counted, so a member that lies about
  its size (or fails its CRC) is caught without ever holding it in memory;
- XML members must not contain a document type declaration or entity definitions (office formats never
  use them; they are how "billion laughs" entity bombs work).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from deputydesk.ingest.errors import ArchiveBomb, CorruptFile, XmlEntityBomb
from deputydesk.ingest.limits import MB, IngestLimits

_CHUNK = 256 * 1024


def check_zip(path: Path, limits: IngestLimits) -> None:
    """Raise :class:`ArchiveBomb`, :class:`XmlEntityBomb` or :class:`CorruptFile` when the ZIP container
    at ``path`` is unsafe to open; return quietly otherwise."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CorruptFile(f"the document's ZIP container is damaged ({exc})", path) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_zip_entries:
            raise ArchiveBomb(f"the document contains {len(infos)} packed parts (limit {limits.max_zip_entries})",
                              path)
        declared = sum(i.file_size for i in infos)
        if declared > limits.max_unpacked_bytes:
            raise ArchiveBomb(
                f"the document would unpack to {declared / MB:.0f} MB (limit {limits.max_unpacked_bytes / MB:.0f} MB)",
                path)
        for info in infos:
            if info.file_size > MB and info.file_size / max(info.compress_size, 1) > limits.max_member_ratio:
                raise ArchiveBomb(
                    f"the part {info.filename} is compressed {info.file_size / max(info.compress_size, 1):.0f} "
                    f"times (a ZIP bomb)", path)
        actual_total = 0
        for info in infos:
            if info.is_dir():
                continue
            count = 0
            first = b""
            try:
                with zf.open(info) as member:
                    while True:
                        chunk = member.read(_CHUNK)
                        if not chunk:
                            break
                        if not first:
                            first = chunk[:65536]
                        count += len(chunk)
                        actual_total += len(chunk)
                        if count > info.file_size or actual_total > limits.max_unpacked_bytes:
                            raise ArchiveBomb(f"the part {info.filename} unpacks to more than it declares", path)
            except ArchiveBomb:
                raise
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError) as exc:
                raise CorruptFile(f"the part {info.filename} cannot be unpacked ({exc})", path) from None
            except Exception as exc:  # zlib.error and friends
                raise CorruptFile(f"the part {info.filename} cannot be unpacked ({exc})", path) from None
            name = info.filename.lower()
            if name.endswith((".xml", ".rels")) or name in ("mimetype",):
                if has_dtd(first):
                    raise XmlEntityBomb(
                        f"the part {info.filename} declares XML entities or a DTD, which office documents never "
                        "do (possible entity bomb)", path)


def has_dtd(xml_head: bytes) -> bool:
    """True when the start of an XML document declares a DTD or entities (in UTF-8 or UTF-16)."""
    if xml_head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(xml_head) > 1 and xml_head[1:2] == b"\x00"):
        try:
            text = xml_head.decode("utf-16", "ignore").encode("utf-8")
        except UnicodeError:
            text = xml_head
    else:
        text = xml_head
    return b"<!DOCTYPE" in text or b"<!ENTITY" in text
