"""Outgoing and incoming registers (журналы регистрации / тіркеу журналдары) as PDF and XLSX.

Rows are plain dicts (as ``services.letters.register_rows`` returns them); the column sets and their
headings in Kazakh, Russian and English live here. The PDF is A4 landscape with the heading row repeated
on every page and page numbers from page two; the XLSX has a bold frozen heading row, column widths and
real dates, ready for the secretary to filter and print.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Mapping, Sequence
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from deputydesk.core import dates
from deputydesk.core.letters import KIND_NAMES
from deputydesk.render import base

REGISTERS = ("outgoing", "incoming")

TITLES = {
    "outgoing": {"ru": "Журнал регистрации исходящих документов", "kk": "Шығыс құжаттарды тіркеу журналы",
                 "en": "Outgoing documents register"},
    "incoming": {"ru": "Журнал регистрации входящих документов", "kk": "Кіріс құжаттарды тіркеу журналы",
                 "en": "Incoming documents register"},
}
YEAR_CAPTION = {"ru": "за {year} год", "kk": "{year} жыл", "en": "{year}"}

# (key, relative width, heading per language)
COLUMNS: dict[str, list[tuple[str, float, dict[str, str]]]] = {
    "outgoing": [
        ("seq", 0.5, {"ru": "№ п/п", "kk": "Р/с №", "en": "No."}),
        ("number", 1.2, {"ru": "Рег. номер", "kk": "Тіркеу нөмірі", "en": "Reg. number"}),
        ("date", 0.9, {"ru": "Дата", "kk": "Күні", "en": "Date"}),
        ("kind", 1.2, {"ru": "Вид документа", "kk": "Құжат түрі", "en": "Kind"}),
        ("language", 0.45, {"ru": "Язык", "kk": "Тілі", "en": "Lang."}),
        ("addressee", 2.2, {"ru": "Адресат", "kk": "Адресат", "en": "Addressee"}),
        ("subject", 2.6, {"ru": "Краткое содержание", "kk": "Қысқаша мазмұны", "en": "Subject"}),
        ("signer", 1.3, {"ru": "Подписал", "kk": "Қол қойған", "en": "Signed by"}),
        ("executor", 1.1, {"ru": "Исполнитель", "kk": "Орындаушы", "en": "Executor"}),
        ("reply_to", 1.1, {"ru": "На вх. №", "kk": "Кіріс № хатқа", "en": "Reply to"}),
    ],
    "incoming": [
        ("seq", 0.5, {"ru": "№ п/п", "kk": "Р/с №", "en": "No."}),
        ("number", 1.1, {"ru": "Вх. номер", "kk": "Кіріс нөмірі", "en": "Incoming No."}),
        ("date", 0.9, {"ru": "Дата поступления", "kk": "Түскен күні", "en": "Received"}),
        ("sender", 2.2, {"ru": "Корреспондент", "kk": "Жіберуші", "en": "Sender"}),
        ("sender_ref", 1.4, {"ru": "Исх. № и дата", "kk": "Шығыс № мен күні", "en": "Sender's No. and date"}),
        ("subject", 2.8, {"ru": "Краткое содержание", "kk": "Қысқаша мазмұны", "en": "Subject"}),
        ("reply_to", 1.2, {"ru": "На наш №", "kk": "Біздің № хатқа", "en": "Answers our No."}),
        ("note", 1.4, {"ru": "Примечание", "kk": "Ескертпе", "en": "Note"}),
    ],
}


def _lang(lang: str) -> str:
    return lang if lang in ("ru", "kk", "en") else "ru"


def cell_text(register: str, key: str, row: Mapping[str, Any], lang: str) -> str:
    """The printed text of one cell (dates as DD.MM.YYYY, kinds by name)."""
    value = row.get(key)
    if key == "date" or isinstance(value, _dt.date):
        parsed = dates.parse_iso(value) if value else None
        return dates.numeric(parsed) if parsed else ""
    if key == "kind" and value in KIND_NAMES:
        return KIND_NAMES[value][_lang(lang)]
    if key == "sender_ref":
        number, day = row.get("sender_number") or "", dates.parse_iso(row.get("sender_date") or None)
        return " ".join(s for s in (f"№ {number}" if number else "", dates.numeric(day) if day else "") if s)
    return "" if value is None else str(value)


def register_pdf(register: str, rows: Sequence[Mapping[str, Any]], out: str | os.PathLike[str] | BinaryIO, *,
                 lang: str = "ru", year: int | None = None, body_name: str = "") -> int:
    """The register as an A4 landscape PDF; returns the number of pages."""
    if register not in REGISTERS:
        raise ValueError(f"unknown register {register!r} (known: {', '.join(REGISTERS)})")
    lang = _lang(lang)
    base.register_fonts()
    page = landscape(base.PAGE_SIZE)
    doc = SimpleDocTemplate(
        os.fspath(out) if isinstance(out, str | os.PathLike) else out, pagesize=page,
        leftMargin=base.MARGIN_LEFT, rightMargin=10 * mm, topMargin=15 * mm, bottomMargin=12 * mm,
        title=TITLES[register][lang], author=body_name, creator="DeputyDesk", initialFontName=base.SERIF,
    )
    title_style = ParagraphStyle("t", fontName=base.SERIF_BOLD, fontSize=14, leading=17, alignment=1)
    sub_style = ParagraphStyle("s", fontName=base.SERIF, fontSize=11, leading=14, alignment=1)
    head_style = ParagraphStyle("h", fontName=base.SERIF_BOLD, fontSize=9, leading=11, alignment=1,
                                splitLongWords=1)
    cell_style = ParagraphStyle("c", fontName=base.SERIF, fontSize=9, leading=11, splitLongWords=1)
    columns = COLUMNS[register]
    total = sum(w for _, w, _ in columns)
    widths = [doc.width * w / total for _, w, _ in columns]
    data: list[list[Any]] = [[Paragraph(base.esc(h[lang]), head_style) for _, _, h in columns]]
    for i, row in enumerate(rows, 1):
        data.append([Paragraph(base.esc(str(i) if key == "seq" else cell_text(register, key, row, lang)),
                               cell_style) for key, _, _ in columns])
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), base.SERIF),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story: list[Any] = []
    if body_name:
        story.append(Paragraph(base.esc(body_name), sub_style))
    story.append(Paragraph(base.esc(TITLES[register][lang]), title_style))
    if year is not None:
        story.append(Paragraph(base.esc(YEAR_CAPTION[lang].format(year=year)), sub_style))
    story += [Spacer(1, 5 * mm), table]
    numbers = base.page_number_from_second(size=10)
    doc.build(story, onFirstPage=numbers, onLaterPages=numbers)
    return int(doc.page)


def register_xlsx(register: str, rows: Sequence[Mapping[str, Any]], out: str | os.PathLike[str] | BinaryIO, *,
                  lang: str = "ru", year: int | None = None, body_name: str = "") -> None:
    """The register as an XLSX workbook: one sheet, bold frozen heading, real dates, widths set."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    if register not in REGISTERS:
        raise ValueError(f"unknown register {register!r} (known: {', '.join(REGISTERS)})")
    lang = _lang(lang)
    wb = Workbook()
    ws = wb.active
    ws.title = (str(year) if year else TITLES[register]["en"])[:31]
    columns = COLUMNS[register]
    title = TITLES[register][lang] + (f" {YEAR_CAPTION[lang].format(year=year)}" if year else "")
    ws.append([title])
    ws["A1"].font = Font(name=base.DOCX_FONT, bold=True, size=13)
    ws.append([body_name])
    ws.append([h[lang] for _, _, h in columns])
    for cell in ws[3]:
        cell.font = Font(name=base.DOCX_FONT, bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, row in enumerate(rows, 1):
        values: list[Any] = []
        for key, _, _ in columns:
            if key == "seq":
                values.append(i)
            elif key == "date":
                values.append(dates.parse_iso(row.get("date") or None))
            else:
                values.append(cell_text(register, key, row, lang))
        ws.append(values)
        date_col = [k for k, _, _ in columns].index("date") + 1
        ws.cell(row=ws.max_row, column=date_col).number_format = "DD.MM.YYYY"
    for index, (_, width, _) in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(index)].width = max(8, width * 14)
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:{get_column_letter(len(columns))}{max(3, ws.max_row)}"
    wb.save(os.fspath(out) if isinstance(out, str | os.PathLike) else out)
