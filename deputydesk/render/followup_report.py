"""The council's annual follow-up report: what it sent, who answered in time, how the answers were
judged and what was implemented. PDF (reportlab, fonts embedded) and DOCX (python-docx) from the same
plain data (services.followup.year_summary), in Kazakh or Russian. Layout rules from render/base.py."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from deputydesk.core import dates
from deputydesk.core import followup as fu
from deputydesk.core import verdict as vd
from deputydesk.render import base

T = {
    "title": {"ru": "Отчёт о контроле за рассмотрением рекомендаций и запросов за {year} год",
              "kk": "{year} жылы ұсынымдар мен сауалдардың қаралуын бақылау туралы есеп"},
    "as_of": {"ru": "по состоянию на {date}", "kk": "{date} жағдай бойынша"},
    "s1": {"ru": "1. Основные показатели", "kk": "1. Негізгі көрсеткіштер"},
    "s2": {"ru": "2. Показатели по адресатам", "kk": "2. Адресаттар бойынша көрсеткіштер"},
    "s3": {"ru": "3. Перечень рекомендаций и запросов", "kk": "3. Ұсынымдар мен сауалдар тізбесі"},
    "s4": {"ru": "4. Ответы, не поступившие в установленный срок",
           "kk": "4. Белгіленген мерзімде түспеген жауаптар"},
    "none": {"ru": "Нет.", "kk": "Жоқ."},
    "items": {"ru": "Направлено документов", "kk": "Жіберілген құжаттар"},
    "addressees": {"ru": "Адресатов (с учётом нескольких адресатов одного документа)",
                   "kk": "Адресаттар (бір құжаттың бірнеше адресатын қоса алғанда)"},
    "answered": {"ru": "Получено ответов", "kk": "Алынған жауаптар"},
    "on_time": {"ru": "из них в установленный срок", "kk": "оның ішінде белгіленген мерзімде"},
    "overdue": {"ru": "Ответы не получены, срок истёк", "kk": "Жауап түспеген, мерзімі өткен"},
    "verdicts": {"ru": "Оценка ответов советом", "kk": "Жауаптарды кеңестің бағалауы"},
    "implementation": {"ru": "Исполнение (по результатам проверки советом)",
                       "kk": "Орындалуы (кеңестің тексеру нәтижесі бойынша)"},
    "claims_note": {"ru": "Сообщения исполнителей об исполнении без проверки советом в отчёт не включаются.",
                    "kk": "Орындаушылардың кеңес тексермеген орындалды деген хабарламалары есепке "
                          "енгізілмейді."},
    "h_org": {"ru": "Адресат", "kk": "Адресат"},
    "h_n": {"ru": "Всего", "kk": "Барлығы"},
    "h_ontime": {"ru": "В срок, %", "kk": "Мерзімінде, %"},
    "h_just": {"ru": "Обоснованных, %", "kk": "Уәжді, %"},
    "h_impl": {"ru": "Исполнено, %", "kk": "Орындалды, %"},
    "h_days": {"ru": "Медиана, дней", "kk": "Медиана, күн"},
    "h_no": {"ru": "№, дата", "kk": "№, күні"},
    "h_title": {"ru": "Содержание", "kk": "Мазмұны"},
    "h_due": {"ru": "Срок", "kk": "Мерзімі"},
    "h_due_reply": {"ru": "Срок / ответ", "kk": "Мерзімі / жауап"},
    "h_verdict": {"ru": "Оценка", "kk": "Бағасы"},
    "h_state": {"ru": "Состояние", "kk": "Жағдайы"},
    "h_late": {"ru": "Просрочено, дней", "kk": "Кешіктірілді, күн"},
    "pct": {"ru": "{n} ({p}%)", "kk": "{n} ({p}%)"},
}


def _t(key: str, lang: str, **kw: Any) -> str:
    return T[key][lang].format(**kw)


def _pct(part: int, whole: int) -> str:
    return "—" if not whole else f"{100.0 * part / whole:.0f}"


def _fmt_pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


def _d(iso: str | None) -> str:
    if not iso:
        return "—"
    d = _dt.date.fromisoformat(iso)
    return dates.numeric(d)


def report_model(summary: Mapping[str, Any], body: Mapping[str, Any] | None, lang: str) -> dict[str, Any]:
    """Turn the year summary into the texts and tables both renderers print (so PDF and DOCX agree)."""
    if lang not in ("ru", "kk"):
        raise ValueError("the report is printed in Kazakh (kk) or Russian (ru)")
    year = summary["year"]
    on = _dt.date.fromisoformat(summary["on"])
    body_name = ""
    signer = ("", "")
    if body:
        body_name = body.get(f"name_{lang}") or body.get("name_ru") or ""
        signer = (body.get(f"head_position_{lang}") or "", body.get("head_name") or "")
    kinds = summary["by_kind"]
    answered = summary["answered"]
    verdicts = summary["by_verdict"]
    impl = summary["by_implementation"]
    figures = [
        (_t("items", lang), str(summary["items"])),
        *[("  — " + fu.kind_label(k, lang), str(n)) for k, n in sorted(kinds.items())],
        (_t("addressees", lang), str(summary["addressees"])),
        (_t("answered", lang), str(answered)),
        ("  — " + _t("on_time", lang), _t("pct", lang, n=summary["answered_on_time"],
                                          p=_pct(summary["answered_on_time"], answered))),
        (_t("overdue", lang), str(len(summary["overdue"]))),
        (_t("verdicts", lang), str(sum(verdicts.values()))),
        *[("  — " + vd.verdict_label(v, lang), str(verdicts.get(v, 0)))
          for v in (vd.JUSTIFIED, vd.PARTLY, vd.UNJUSTIFIED, vd.NO_ANSWER) if verdicts.get(v)],
        (_t("implementation", lang), str(sum(impl.values()))),
        *[("  — " + fu.level_label(level, lang), str(impl.get(level, 0)))
          for level in reversed(fu.IMPLEMENTATION_LEVELS) if impl.get(level)],
    ]
    score_rows = [[_t("h_org", lang), _t("h_n", lang), _t("h_ontime", lang), _t("h_just", lang),
                   _t("h_impl", lang), _t("h_days", lang)]]
    for c in summary["scorecards"]:
        score_rows.append([(c.get("organisation_kk") or c["organisation"]) if lang == "kk" else c["organisation"], str(c["items"]), _fmt_pct(c["on_time_pct"]),
                           _fmt_pct(c["justified_pct"]), _fmt_pct(c["implemented_pct"]),
                           "—" if c["median_days"] is None else f"{c['median_days']:.0f}"])
    item_rows = [[_t("h_no", lang), _t("h_title", lang), _t("h_org", lang), _t("h_due_reply", lang),
                  _t("h_verdict", lang), _t("h_state", lang)]]
    for r in sorted(summary["rows"], key=lambda r: (r["sent"], r["registry_number"] or "")):
        addressee = (r.get("addressee_kk") or r["addressee"]) if lang == "kk" else r["addressee"]
        state = fu.status_label(r["status"], lang)
        if r["implementation"]:
            state += "; " + fu.level_label(r["implementation"], lang)
        item_rows.append([f"{r['registry_number'] or ''}\n{_d(r['sent'])}".strip(), r["title"] or "", addressee or "",
                          f"{_d(r['due'])}\n{_d(r['first_reply'])}",
                          vd.verdict_label(r["verdict"], lang) if r["verdict"] else "—", state])
    overdue_rows = [[_t("h_no", lang), _t("h_title", lang), _t("h_org", lang), _t("h_due", lang),
                     _t("h_late", lang)]]
    for r in summary["overdue"]:
        addressee = (r.get("addressee_kk") or r["addressee"]) if lang == "kk" else r["addressee"]
        overdue_rows.append([f"{r['registry_number'] or ''}\n{_d(r['sent'])}".strip(), r["title"] or "",
                             addressee or "", _d(r["due"]), str(r["days_overdue"])])
    return {
        "lang": lang, "body_name": body_name, "title": _t("title", lang, year=year),
        "as_of": _t("as_of", lang, date=dates.long_form(on, lang)), "figures": figures,
        "claims_note": _t("claims_note", lang), "scorecards": score_rows, "items": item_rows,
        "overdue": overdue_rows, "signer": signer,
        "headings": [_t("s1", lang), _t("s2", lang), _t("s3", lang), _t("s4", lang)], "none": _t("none", lang),
    }


# ---------------------------------------------------------------------------------------------- PDF


def render_pdf(model: Mapping[str, Any], out: Path | str) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    base.register_fonts()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    normal = ParagraphStyle("n", fontName=base.SERIF, fontSize=base.BODY_SIZE, leading=base.LEADING)
    center = ParagraphStyle("c", parent=normal, alignment=TA_CENTER)
    title = ParagraphStyle("t", parent=center, fontName=base.SERIF_BOLD)
    head = ParagraphStyle("h", parent=normal, fontName=base.SERIF_BOLD, spaceBefore=10, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName=base.SERIF, fontSize=9, leading=10.5)
    cell_b = ParagraphStyle("cellb", parent=cell, fontName=base.SERIF_BOLD)
    FONT = ("FONT", (0, 0), (-1, -1), base.SERIF, 9.5)  # tables otherwise reference Helvetica

    def table(rows: list[list[str]], widths: list[float]) -> Any:
        data = [[Paragraph(base.esc(c), cell_b if i == 0 else cell) for c in row] for i, row in enumerate(rows)]
        t = LongTable(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), FONT,
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92))]))
        return t

    frame_width = base.PAGE_SIZE[0] - base.MARGIN_LEFT - base.MARGIN_RIGHT
    story: list[Any] = []
    if model["body_name"]:
        story.append(Paragraph(base.esc(model["body_name"]), center))
        story.append(Spacer(1, 6))
    story.append(Paragraph(base.esc(model["title"]), title))
    story.append(Paragraph(base.esc(model["as_of"]), center))
    story.append(Spacer(1, 8))
    story.append(Paragraph(base.esc(model["headings"][0]), head))
    figures = Table([[Paragraph(base.esc(k), normal), Paragraph(base.esc(v), normal)] for k, v in model["figures"]],
                    colWidths=[frame_width * 0.78, frame_width * 0.22])
    figures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), FONT]))
    story.append(figures)
    story.append(Paragraph(base.esc(model["claims_note"]), ParagraphStyle("note", parent=normal, fontSize=11,
                                                                         leading=13, spaceBefore=4)))
    story.append(Paragraph(base.esc(model["headings"][1]), head))
    w = frame_width
    story.append(table(model["scorecards"], [w * 0.40, w * 0.10, w * 0.12, w * 0.13, w * 0.12, w * 0.13])
                 if len(model["scorecards"]) > 1 else Paragraph(base.esc(model["none"]), normal))
    story.append(Paragraph(base.esc(model["headings"][2]), head))
    story.append(table(model["items"], [w * 0.12, w * 0.31, w * 0.21, w * 0.12, w * 0.10, w * 0.14])
                 if len(model["items"]) > 1 else Paragraph(base.esc(model["none"]), normal))
    story.append(Paragraph(base.esc(model["headings"][3]), head))
    story.append(table(model["overdue"], [w * 0.13, w * 0.39, w * 0.26, w * 0.12, w * 0.10])
                 if len(model["overdue"]) > 1 else Paragraph(base.esc(model["none"]), normal))
    position, name = model["signer"]
    if position or name:
        story.append(Spacer(1, 24))
        sig = Table([[Paragraph(base.esc(position), normal), Paragraph(base.esc(_initials(name)), normal)]],
                    colWidths=[frame_width * 0.65, frame_width * 0.35])
        sig.setStyle(TableStyle([FONT]))
        story.append(sig)
    tmp = out.with_name(out.name + ".part")
    doc = SimpleDocTemplate(str(tmp), pagesize=base.PAGE_SIZE, leftMargin=base.MARGIN_LEFT,
                            rightMargin=base.MARGIN_RIGHT, topMargin=base.MARGIN_TOP,
                            bottomMargin=base.MARGIN_BOTTOM, title=model["title"], author="DeputyDesk",
                            initialFontName=base.SERIF, initialFontSize=base.BODY_SIZE)
    pager = base.page_number_from_second()
    doc.build(story, onFirstPage=pager, onLaterPages=pager)
    tmp.replace(out)
    return out


def _initials(full_name: str) -> str:
    """"Сейткалиев Ерлан Маратович" → "Е. Сейткалиев" (signature form)."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name
    return f"{parts[1][0]}. {parts[0]}"


# --------------------------------------------------------------------------------------------- DOCX


def render_docx(model: Mapping[str, Any], out: Path | str) -> Path:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = base.new_docx()
    base.docx_page_numbers_from_second(doc)

    def para(text: str, bold: bool = False, center: bool = False, size: float | None = None) -> None:
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        base.set_docx_font(run, base.DOCX_FONT, size or base.BODY_SIZE)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def table(rows: list[list[str]]) -> None:
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = doc.styles["Table Grid"]
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                c = t.cell(i, j)
                c.text = ""
                run = c.paragraphs[0].add_run(value)
                run.bold = i == 0
                base.set_docx_font(run, base.DOCX_FONT, 10)

    if model["body_name"]:
        para(model["body_name"], center=True)
    para(model["title"], bold=True, center=True)
    para(model["as_of"], center=True)
    para(model["headings"][0], bold=True)
    for k, v in model["figures"]:
        para(f"{k}: {v}")
    para(model["claims_note"], size=11)
    for heading, rows in zip(model["headings"][1:], (model["scorecards"], model["items"], model["overdue"]),
                             strict=True):
        para(heading, bold=True)
        if len(rows) > 1:
            table(rows)
        else:
            para(model["none"])
    position, name = model["signer"]
    if position or name:
        para("")
        p = doc.add_paragraph()
        run = p.add_run(f"{position}\t\t{_initials(name)}")
        base.set_docx_font(run, base.DOCX_FONT, base.BODY_SIZE)
        p.paragraph_format.space_before = Pt(12)
    tmp = out.with_name(out.name + ".part")
    doc.save(str(tmp))
    tmp.replace(out)
    return out


def render(model: Mapping[str, Any], out: Path | str) -> Path:
    out = Path(out)
    if out.suffix.lower() == ".pdf":
        return render_pdf(model, out)
    if out.suffix.lower() == ".docx":
        return render_docx(model, out)
    raise ValueError(f"{out}: the report is written as .pdf or .docx")
