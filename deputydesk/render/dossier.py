"""Dossier compiler: an ordered list of documents → ONE printable PDF.

Cover page (body, title, purpose, date, contents list), table of contents with page numbers, a bookmark
per document, continuous page numbers stamped on every page (bottom right), an optional draft mark
("ЖОБА / ПРОЕКТ") on every page, an optional annex (e.g. the status of open follow-up items) and
"changed since issued" marks in the contents for documents added or replaced since the previous issued
version (compared through the content hashes in that version's manifest).

Memory stays bounded whatever the size of the members: each member is converted to a PDF file on disk
and copied object by object into the output (see ``dossier_pdf``). The output is written to a temporary
file beside the target and renamed into place only when complete.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from deputydesk.core.dates import long_form, numeric
from deputydesk.render import base
from deputydesk.render import dossier_members as members_mod
from deputydesk.render.dossier_pdf import (
    OutlineEntry,
    PdfAssembler,
    PdfError,
    PdfReader,
    Stamp,
    make_stamp_font,
    open_member,
)

MANIFEST_FORMAT = 1

LABELS: dict[str, dict[str, str]] = {
    "contents": {"kk": "Мазмұны", "ru": "Содержание", "en": "Contents"},
    "page": {"kk": "Бет", "ru": "Стр.", "en": "Page"},
    "annex": {"kk": "Қосымша", "ru": "Приложение", "en": "Annex"},
    "documents": {"kk": "Құжаттар", "ru": "Документы", "en": "Documents"},
    "added": {"kk": "жаңа", "ru": "новый", "en": "new"},
    "replaced": {"kk": "ауыстырылды", "ru": "заменён", "en": "replaced"},
    "legend": {"kk": "соңғы шығарылған нұсқадан кейін өзгерген құжаттар",
               "ru": "документы, изменённые после выпущенной версии",
               "en": "documents changed since the issued version"},
    "removed": {"kk": "Шығарылған нұсқадан алынып тасталды", "ru": "Исключены после выпущенной версии",
                "en": "Removed since the issued version"},
    "more": {"kk": "тағы {n} құжат", "ru": "и ещё документов: {n}", "en": "and {n} more"},
    "draft": {"kk": "ЖОБА", "ru": "ПРОЕКТ", "en": "DRAFT"},
    "no_office": {
        "kk": "Ескерту: LibreOffice орнатылмаған, сондықтан құжат алынған мәтіні бойынша басылды; "
              "түпнұсқаның безендірілуі сақталмаған.",
        "ru": "Примечание: LibreOffice не установлен, поэтому документ напечатан по извлечённому тексту; "
              "оформление оригинала не сохранено.",
        "en": "Note: LibreOffice is not installed, so this document was typeset from its extracted text; "
              "the original layout is not preserved."},
    "office_failed": {
        "kk": "Ескерту: LibreOffice құжатты түрлендіре алмады, сондықтан ол алынған мәтіні бойынша басылды.",
        "ru": "Примечание: LibreOffice не смог преобразовать документ, поэтому он напечатан по извлечённому "
              "тексту.",
        "en": "Note: LibreOffice could not convert this document, so it was typeset from its extracted text."},
    "failed": {"kk": "Құжатты жинаққа қосу мүмкін болмады", "ru": "Документ не удалось включить в досье",
               "en": "This document could not be included in the dossier"},
    "more_rows": {"kk": "Тағы {n} жол басылмады (түпнұсқа файлды қараңыз).",
                  "ru": "Ещё строк не напечатано: {n} (см. исходный файл).",
                  "en": "{n} more rows are not printed (see the original file)."},
    "issued": {"kk": "шығарылған нұсқа", "ru": "выпущенная версия", "en": "issued version"},
}


def label(key: str, lang: str, **fmt: Any) -> str:
    langs = ["kk", "ru"] if lang in ("kk-ru", "kk+ru", "both") else [lang if lang in ("kk", "ru", "en") else "ru"]
    return " / ".join(LABELS[key][code].format(**fmt) for code in langs)


@dataclass
class DossierMember:
    title: str
    path: Path | None = None  # PDF, DOCX, XLSX, TXT/MD
    text: str | None = None  # a member given as text instead of a file
    key: str = ""  # stable identity (the library document id); defaults to the title
    subtitle: str = ""  # e.g. "№ 38-211, 13.12.2018"
    sha256: str = ""  # content hash; computed from the file or text when empty
    kind: str = ""  # pdf | docx | xlsx | text; detected from the file name when empty (store blobs have none)

    def identity(self) -> str:
        return self.key or self.title

    def content_hash(self) -> str:
        if self.sha256:
            return self.sha256
        h = hashlib.sha256()
        if self.path is not None:
            with open(self.path, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
        else:
            h.update((self.text or "").encode("utf-8"))
        self.sha256 = h.hexdigest()
        return self.sha256


@dataclass
class AnnexTable:
    title: str
    columns: list[str]
    rows: list[list[str]]


@dataclass
class DossierSpec:
    title: str
    members: list[DossierMember]
    body: str = ""
    date: _dt.date = field(default_factory=_dt.date.today)
    purpose: str = ""
    draft: bool = False
    annex: AnnexTable | None = None
    previous_manifest: dict[str, Any] | None = None
    lang: str = "kk-ru"


@dataclass
class MemberResult:
    title: str
    key: str
    sha256: str
    first_page: int = 0  # 1-based
    pages: int = 0
    change: str = ""  # "", "added", "replaced"
    note: str = ""
    error: str = ""


@dataclass
class CompiledDossier:
    path: Path
    pages: int
    members: list[MemberResult]
    removed: list[str]
    manifest: dict[str, Any]
    problems: list[str]


ProgressFn = Callable[[int, int, str], None]


def _changes(spec: DossierSpec, results: list[MemberResult]) -> list[str]:
    prev = spec.previous_manifest
    if not prev:
        return []
    before = {m["key"]: m for m in prev.get("members", [])}
    now = set()
    for r in results:
        now.add(r.key)
        old = before.get(r.key)
        if old is None:
            r.change = "added"
        elif old.get("sha256") != r.sha256:
            r.change = "replaced"
    return [m.get("title", k) for k, m in before.items() if k not in now]


# --------------------------------------------------------------------------- front matter and annex
def _front_story(spec: DossierSpec, results: list[MemberResult], removed: list[str]) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    base.register_fonts()
    lang = spec.lang
    centre = ParagraphStyle("c", fontName=base.SERIF, fontSize=base.BODY_SIZE, leading=base.LEADING,
                            alignment=TA_CENTER)
    body_style = ParagraphStyle("b", parent=centre, fontName=base.SERIF_BOLD, fontSize=16, leading=20)
    title_style = ParagraphStyle("t", parent=centre, fontName=base.SERIF_BOLD, fontSize=20, leading=25)
    small = ParagraphStyle("s", fontName=base.SERIF, fontSize=11, leading=13.5)
    small_bold = ParagraphStyle("sb", parent=small, fontName=base.SERIF_BOLD)
    right = ParagraphStyle("r", parent=small, alignment=TA_RIGHT)
    mark = ParagraphStyle("m", parent=small, fontName=base.SERIF_ITALIC, fontSize=9.5, leading=11,
                          textColor="#8a1c1c")
    width = base.PAGE_SIZE[0] - base.MARGIN_LEFT - base.MARGIN_RIGHT

    story: list[Any] = [Spacer(1, 40)]
    if spec.body:
        story += [Paragraph(base.esc(spec.body), body_style), Spacer(1, 60)]
    else:
        story.append(Spacer(1, 80))
    story += [Paragraph(base.esc(spec.title), title_style), Spacer(1, 14)]
    if spec.purpose:
        story += [Paragraph(base.esc(spec.purpose), centre), Spacer(1, 10)]
    date_text = (f"{long_form(spec.date, 'kk')} / {long_form(spec.date, 'ru')}"
                 if lang in ("kk-ru", "kk+ru", "both") else long_form(spec.date, lang if lang in ("kk", "ru") else "en"))
    story += [Paragraph(base.esc(date_text), centre), Spacer(1, 36),
              Paragraph(base.esc(label("documents", lang)), small_bold), Spacer(1, 4)]
    limit = 22
    for i, r in enumerate(results[:limit], 1):
        story.append(Paragraph(f"{i}. {base.esc(r.title)}", small))
    if len(results) > limit:
        story.append(Paragraph(base.esc("… " + label("more", lang, n=len(results) - limit)), small))
    story.append(PageBreak())

    # table of contents
    heading = ParagraphStyle("h", parent=centre, fontName=base.SERIF_BOLD, fontSize=15, leading=19, spaceAfter=10)
    story.append(Paragraph(base.esc(label("contents", lang)), heading))
    if any(r.change for r in results):
        issued = spec.previous_manifest.get("date", "") if spec.previous_manifest else ""
        legend = "● — " + label("legend", lang) + (f" ({issued})" if issued else "")
        story += [Paragraph(base.esc(legend), mark), Spacer(1, 6)]
    rows: list[list[Any]] = [[Paragraph("№", small_bold), Paragraph(base.esc(label("documents", lang)), small_bold),
                              Paragraph(base.esc(label("page", lang)), right)]]
    for i, r in enumerate(results, 1):
        cell = [f"{'● ' if r.change else ''}{base.esc(r.title)}"]
        if r.change:
            cell.append(f'<font color="#8a1c1c"><i>({base.esc(label(r.change, lang))})</i></font>')
        text = " ".join(cell)
        if r.error:
            text += f'<br/><font size="9" color="#8a1c1c">{base.esc(r.error)}</font>'
        elif r.note:
            text += f'<br/><font size="9"><i>{base.esc(r.note)}</i></font>'
        subtitle = next((m.subtitle for m in spec.members if m.identity() == r.key and m.subtitle), "")
        if subtitle:
            text += f'<br/><font size="9">{base.esc(subtitle)}</font>'
        rows.append([Paragraph(str(i), small), Paragraph(text, small), Paragraph(str(r.first_page), right)])
    if spec.annex is not None:
        rows.append([Paragraph("", small), Paragraph(base.esc(f"{label('annex', lang)}. {spec.annex.title}"), small),
                     Paragraph("{annex}", right)])
    table = Table(rows, colWidths=[28, width - 28 - 50, 50], repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), base.SERIF),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story.append(table)
    if removed:
        story += [Spacer(1, 10), Paragraph(base.esc(label("removed", lang)) + ":", mark)]
        story += [Paragraph("— " + base.esc(t), mark) for t in removed]
    return story


def _render_front(path: Path, spec: DossierSpec, results: list[MemberResult], removed: list[str],
                  annex_page: int) -> None:
    from reportlab.platypus import Paragraph

    story = _front_story(spec, results, removed)
    # the annex row carries a placeholder; substitute the real page number
    for flowable in story:
        cells = getattr(flowable, "_cellvalues", None)
        if cells:
            for row in cells:
                last = row[-1]
                if isinstance(last, Paragraph) and last.text == "{annex}":
                    row[-1] = Paragraph(str(annex_page), last.style)
    members_mod.build_pdf(path, story, title=spec.title)


def _render_annex(path: Path, spec: DossierSpec) -> None:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    assert spec.annex is not None
    base.register_fonts()
    heading = ParagraphStyle("h", fontName=base.SERIF_BOLD, fontSize=14, leading=18, alignment=TA_CENTER,
                             spaceAfter=10)
    story: list[Any] = [Paragraph(base.esc(f"{label('annex', spec.lang)}. {spec.annex.title}"), heading)]
    rows = [list(spec.annex.columns)] + [[str(c) for c in r] for r in spec.annex.rows]
    width = base.PAGE_SIZE[0] - base.MARGIN_LEFT - base.MARGIN_RIGHT
    story += members_mod.table_flowables(rows, width)
    members_mod.build_pdf(path, story, title=spec.annex.title)


def _render_failure(path: Path, title: str, reason: str, lang: str) -> None:
    story = members_mod.text_story(f"# {title}\n\n{label('failed', lang)}: {reason}")
    members_mod.build_pdf(path, story, title=title)


# --------------------------------------------------------------------------- members
def zipfile_has(path: Path, name: str) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            return name in zf.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _prepare_member(member: DossierMember, workdir: Path, index: int, lang: str,
                    soffice: str | None) -> tuple[Path, str]:
    """A PDF for the member, and a note to show in the contents (e.g. typeset without LibreOffice)."""
    out = workdir / f"member-{index:04d}.pdf"
    if member.path is None:
        members_mod.typeset_text(out, member.text or "", title=member.title)
        return out, ""
    src = Path(member.path)
    if not src.is_file():
        raise members_mod.MemberError("the file was not found")
    kind = member.kind or members_mod.kind_of(src)
    if kind == "pdf":
        return src, ""
    if kind == "text":
        members_mod.typeset_text(out, members_mod.read_text_file(src), title=member.title)
        return out, ""
    if kind == "xlsx":
        members_mod.typeset_xlsx(src, out, title=member.title, more_rows_note=label("more_rows", lang, n="{n}"))
        return out, ""
    # DOCX / ODT / DOC
    note_key = "no_office"
    if soffice:
        conv_dir = workdir / f"lo-{index:04d}"
        conv_dir.mkdir()
        try:
            return members_mod.convert_with_soffice(src, conv_dir, soffice), ""
        except members_mod.MemberError:
            note_key = "office_failed"
    if src.suffix.lower() not in (".docx", "") or not zipfile_has(src, "word/document.xml"):
        raise members_mod.MemberError("this file type needs LibreOffice, which is not installed")
    note = label(note_key, lang)
    members_mod.typeset_docx(src, out, note, title=member.title)
    return out, note


def compile_dossier(spec: DossierSpec, out_path: str | os.PathLike[str], *,
                    progress: ProgressFn | None = None, soffice: str | None | bool = True,
                    workdir: str | os.PathLike[str] | None = None) -> CompiledDossier:
    """Compile ``spec`` into ``out_path``. ``soffice=True`` looks LibreOffice up on PATH, ``False``/``None``
    never uses it, a string is the program to run. Problems with single members do not stop the
    dossier: the member is replaced by a notice page and listed in ``problems``."""
    out_path = Path(out_path)
    office = members_mod.find_soffice() if soffice is True else (soffice or None)
    tmp_root = Path(tempfile.mkdtemp(prefix="dd-dossier-", dir=workdir))
    report = progress or (lambda done, total, text: None)
    results: list[MemberResult] = []
    problems: list[str] = []
    readers: list[PdfReader] = []
    total_steps = len(spec.members) * 2 + 2
    try:
        for i, member in enumerate(spec.members):
            report(i, total_steps, member.title)
            result = MemberResult(member.title, member.identity(), "")
            try:
                result.sha256 = member.content_hash()
            except OSError as exc:
                result.sha256 = ""
                result.error = f"{member.path}: {exc.strerror or exc}"
            pdf_path: Path | None = None
            if not result.error:
                try:
                    pdf_path, result.note = _prepare_member(member, tmp_root, i, spec.lang, office)
                    readers.append(open_member(pdf_path, tmp_root))
                except (members_mod.MemberError, PdfError, OSError) as exc:
                    where = str(member.path) if member.path else member.title
                    result.error = f"{where}: {exc}"
            if result.error:
                problems.append(result.error)
                failure = tmp_root / f"failed-{i:04d}.pdf"
                _render_failure(failure, member.title, result.error, spec.lang)
                readers.append(PdfReader(failure))
            result.pages = len(readers[-1].pages())
            results.append(result)
        removed = _changes(spec, results)

        annex_reader = None
        if spec.annex is not None:
            annex_path = tmp_root / "annex.pdf"
            _render_annex(annex_path, spec)
            annex_reader = PdfReader(annex_path)
        member_pages = sum(r.pages for r in results)

        # front matter: lay out until its own length is stable (numbers depend on it)
        front_path = tmp_root / "front.pdf"
        front_pages = 2
        for _ in range(5):
            page = front_pages + 1
            for r in results:
                r.first_page = page
                page += r.pages
            _render_front(front_path, spec, results, removed, annex_page=page)
            with PdfReader(front_path) as probe:
                actual = len(probe.pages())
            if actual == front_pages:
                break
            front_pages = actual
        report(len(spec.members), total_steps, "")

        annex_pages = len(annex_reader.pages()) if annex_reader else 0
        total_pages = front_pages + member_pages + annex_pages
        draft_mark = label("draft", spec.lang) if spec.draft else ""
        font = make_stamp_font([draft_mark] if draft_mark else [])
        out_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".part", dir=out_path.parent)
        os.close(fd)
        tmp_out = Path(tmp_name)
        try:
            outline: list[OutlineEntry] = []
            counter = 0

            def stamps(n: int) -> list[Stamp | None]:
                nonlocal counter
                result: list[Stamp | None] = [Stamp(str(counter + k + 1), draft_mark) for k in range(n)]
                counter += n
                return result

            with PdfAssembler(tmp_out, font) as asm:
                with PdfReader(front_path) as front:
                    asm.add_pdf(front, stamps(front_pages))
                outline.append(OutlineEntry(label("contents", spec.lang), 1))
                for i, (result, reader) in enumerate(zip(results, readers, strict=True)):
                    report(len(spec.members) + 1 + i, total_steps, result.title)
                    first = asm.add_pdf(reader, stamps(result.pages))
                    assert first + 1 == result.first_page, (first, result.first_page)
                    outline.append(OutlineEntry(f"{i + 1}. {result.title}", first))
                    reader.close()
                if annex_reader is not None:
                    first = asm.add_pdf(annex_reader, stamps(annex_pages))
                    outline.append(OutlineEntry(f"{label('annex', spec.lang)}. {spec.annex.title}"
                                                if spec.annex else label("annex", spec.lang), first))
                    annex_reader.close()
                asm.finish(outline, title=spec.title)
                assert asm.page_total == total_pages
            os.replace(tmp_out, out_path)
        except BaseException:
            tmp_out.unlink(missing_ok=True)
            raise
        report(total_steps, total_steps, "")
        manifest = {
            "format": MANIFEST_FORMAT,
            "title": spec.title,
            "date": numeric(spec.date),
            "pages": total_pages,
            "draft": spec.draft,
            "members": [{"key": r.key, "title": r.title, "sha256": r.sha256, "first_page": r.first_page,
                         "pages": r.pages} for r in results],
        }
        return CompiledDossier(out_path, total_pages, results, removed, manifest, problems)
    finally:
        for reader in readers:
            try:
                reader.close()
            except Exception:  # closing a read-only file cannot lose data
                pass
        shutil.rmtree(tmp_root, ignore_errors=True)
