"""The follow-up area in the real main window (offscreen), on the demo workspace."""

from __future__ import annotations

import csv

from deputydesk.gui.followup import dialogs, jobs, labels
from deputydesk.gui.followup.models import PointAnswersModel, RowsModel, RubricModel, list_columns


def _area(main_window, qtbot):
    main_window.show_area("followup")
    area = main_window.area("followup")
    qtbot.waitUntil(lambda: area.isEnabled() and area.list.model.rowCount() > 0, timeout=15000)
    qtbot.waitUntil(main_window.settled, timeout=15000)
    return area


def test_dashboard_shows_the_four_lists(main_window, qtbot, tmp_path):
    area = _area(main_window, qtbot)
    boxes = area.dashboard.boxes
    counts = {k: m.rowCount() for k, (_b, m, _v) in boxes.items()}
    # 3 demo follow-up items plus the 3 raised at the 2024 demo sessions, never answered
    assert counts["overdue"] == 6 and counts["due_this_week"] == 2
    assert counts["awaiting_verdict"] == 1 and counts["awaiting_verification"] == 8
    assert "(6)" in boxes["overdue"][0].title()
    model = boxes["overdue"][1]
    cells = " | ".join(str(model.index(r, c).data() or "") for r in range(6) for c in range(model.columnCount()))
    assert "Курминское" in cells, cells
    status = boxes["overdue"][1].index(0, 2).data()
    assert status.startswith("Overdue")
    assert "3" in area.dashboard.recheck.text()
    area.grab().save(str(tmp_path / "dashboard.png"))
    assert (tmp_path / "dashboard.png").stat().st_size > 10_000


def test_models_pass_the_model_tester(main_window, qtbot, qtmodeltester):
    area = _area(main_window, qtbot)
    qtmodeltester.check(area.list.model)
    qtmodeltester.check(area.list.proxy)
    qtmodeltester.check(area.scorecards.model)
    qtmodeltester.check(area.calendar.days)
    qtmodeltester.check(RowsModel(list_columns()))
    answers = PointAnswersModel()
    answers.set_points([{"number": 1, "text": "Бір", "suggested": "accepted", "answer": None},
                        {"number": 2, "text": "Екі", "suggested": None, "answer": "rejected"}])
    qtmodeltester.check(answers)
    rubric = RubricModel()
    rubric.set_rubric([{"code": "on_time", "status": "pass", "evidence": []},
                       {"code": "legal_norms_cited", "status": "fail", "evidence": [1, 2]}])
    qtmodeltester.check(rubric)


def test_list_filters_and_export(main_window, qtbot, tmp_path):
    area = _area(main_window, qtbot)
    page = area.list
    total = page.proxy.rowCount()
    assert total == page.model.rowCount() == 20  # 17 + 3 raised at demo sessions
    page.status.setCurrentIndex(page.status.findData("overdue"))
    assert page.proxy.rowCount() == 6
    page.status.setCurrentIndex(0)
    page.search.setText("Қарабас")
    assert page.proxy.rowCount() == 1
    page.search.setText("")
    page.kind.setCurrentIndex(page.kind.findData("deputy_inquiry"))
    assert page.proxy.rowCount() == 3
    from deputydesk.gui.followup.pages import export_to

    out = tmp_path / "list.csv"
    export_to(main_window.ctx, page, page.model, str(out), page.visible_rows())
    qtbot.waitUntil(out.exists, timeout=10000)
    with open(out, encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "No." and len(rows) == 4
    assert rows[1][2] == labels.kind_label("deputy_inquiry")


def test_new_item_reply_verdict_and_implementation(main_window, qtbot):
    area = _area(main_window, qtbot)
    ctx = main_window.ctx
    got = []
    ctx.tasks.run(jobs.load_organisations, show_progress=False, on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    editor = dialogs.ItemEditorDialog(ctx, got[0])
    qtbot.addWidget(editor)
    editor.text.setPlainText("Общественный совет рекомендует:\n1. Отремонтировать крышу школы № 5.\n"
                             "2. Установить пандус в поликлинике.")
    editor.split_points()
    assert editor.points.toPlainText().splitlines() == ["Отремонтировать крышу школы № 5.",
                                                        "Установить пандус в поликлинике."]
    editor.number.setText("ОС-99")
    editor.citizen_iin.setText("123")
    editor.accept_if_valid()
    assert "IIN" in editor.errors.text()  # refused with a plain message
    editor.citizen_iin.setText("")
    editor.accept_if_valid()
    assert "addressee" in editor.errors.text()
    education = next(i for i, o in enumerate(got[0]) if "образования" in (o["name_ru"] or ""))
    editor.check_org(education)
    editor.accept_if_valid()
    assert editor.result_data is not None
    created = []
    ctx.tasks.run(jobs.create_item, editor.result_data, write=True, on_done=created.append)
    qtbot.waitUntil(lambda: bool(created), timeout=5000)
    ctx.bus.data_changed.emit("followup", [created[0]["id"]])
    qtbot.waitUntil(lambda: area.list.model.rowCount() == 21, timeout=10000)

    detail = dialogs.ItemDetailDialog(ctx, created[0]["id"])
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: detail.item is not None, timeout=5000)
    assert "ОС-99" in detail.head.text()
    assert "Due date:" in detail.steps.toPlainText()
    addressee = detail.current()
    reply = dialogs.ReplyDialog(ctx, detail.item, addressee)
    qtbot.addWidget(reply)
    reply.text.setPlainText(
        "На рекомендацию сообщаем.\n\nПо пункту 1. Ремонт крыши школы № 5 на сумму 12,3 млн тенге будет завершён "
        "до 1 августа, ответственный – ГУ «Отдел образования Абайского района». Рекомендация принята.\n\n"
        "По пункту 2. Рекомендация принята к сведению.\n\nРуководитель отдела          Е. Ташенов")
    reply.analyse()
    qtbot.waitUntil(lambda: reply.last_suggestion is not None, timeout=5000)
    assert reply.last_suggestion["verdict"] == "partly_justified"
    assert "Partly justified" in reply.suggestion.text()
    assert reply.answers.data(reply.answers.index(1, 2)) == labels.answer_label("not_addressed")
    reply.answers.setData(reply.answers.index(1, 3), "rejected")
    reply.save()
    qtbot.waitUntil(lambda: reply.saved is not None, timeout=5000)
    qtbot.waitUntil(lambda: bool(detail.item and detail.current()["replies"]), timeout=5000)
    assert detail.current()["status"] == "awaiting_verdict"

    panel = dialogs.VerdictDialog(ctx, detail.current(), detail.current()["replies"][0])
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.rubric.rowCount() == 9, timeout=5000)
    assert "12,3 млн тенге" in panel.text.toHtml()
    assert panel.result.currentData() == "partly_justified"
    panel.result.setCurrentIndex(panel.result.findData("unjustified"))
    panel.note.setText("Пункт 2 без ответа по существу")
    panel.confirm()
    qtbot.waitUntil(lambda: panel.confirmed is not None, timeout=5000)
    assert panel.confirmed["suggested"] == "partly_justified" and panel.confirmed["result"] == "unjustified"
    qtbot.waitUntil(lambda: bool(detail.current()["verdicts"]), timeout=5000)
    assert detail.current()["status"] == "awaiting_verification"
    detail.grab().save(str(main_window.workspace_path / "detail.png"))


def test_calendar_override_recomputes(main_window, qtbot):
    area = _area(main_window, qtbot)
    page = area.calendar
    qtbot.waitUntil(lambda: page.days.rowCount() > 10, timeout=5000)
    # the two items due this week get a day off tomorrow... pick a weekday in their term
    due_rows = area.dashboard.boxes["due_this_week"][1].rows()
    due = min(r["due"] for r in due_rows)
    dialogs.set_date(page.day, due)
    page.note.setText("Постановление о переносе")
    page.add_override()
    qtbot.waitUntil(lambda: page.result.text() != "", timeout=10000)
    assert "got a new due date" in page.result.text()
    qtbot.waitUntil(lambda: page.overrides.rowCount() == 1, timeout=5000)
    assert page.overrides.index(0, 2).data() == "Постановление о переносе"


def test_scorecards_and_annual_report(main_window, qtbot, tmp_path):
    area = _area(main_window, qtbot)
    page = area.scorecards
    qtbot.waitUntil(lambda: page.model.rowCount() >= 10, timeout=5000)
    assert len(page.chart.groups) == page.model.rowCount()
    assert page.chart.series[0].name == "On time"
    page.grab().save(str(tmp_path / "scorecards.png"))
    out = tmp_path / "report.pdf"
    year = int(area.list.model.row(0)["sent"][:4])
    area.list.write_report(year, str(out))
    qtbot.waitUntil(out.exists, timeout=15000)
    assert out.read_bytes().startswith(b"%PDF")
