"""The terms engine against hand-computed dates.

Every expected date below was counted by hand on a paper calendar (the comment beside each case shows the
count), from the official production calendars of Kazakhstan as we know them: the holidays law (Law No. 267
"О праздниках"), the Labour Code's day-off rules (a holiday falling on a day off moves to the next working
day; Kurban Ait and 7 January do not move) and the Government's yearly transfer resolutions
(2023: Sat 01.07 → Fri 07.07; 2024: Sat 04.05 → Wed 08.05; 2025: Sun 05.01 → Fri 03.01). None of these
values was produced by calling the engine.

2026: the `holidays` 0.109 package encodes no Government transfer for 2026 and no Constitution Day on
30 August 2026 (the day moves to 15 March from 2027 under the 2026 amendments); we could not confirm either
independently, so the 2026 cases avoid those two points and the override tests show how a user corrects
the calendar offline if needed. Kurban Ait 2026 (27 May) is marked "estimated" by the package.
"""

from __future__ import annotations

import datetime as dt

import pytest

from deputydesk.core import deadlines as dl
from deputydesk.core.deadlines import CalendarOverride, TermEvent, WorkCalendar, compute_due

D = dt.date.fromisoformat


# ------------------------------------------------------------------ worked examples of deadlines.md

@pytest.mark.parametrize(
    ("code", "start", "due"),
    [
        # Tue 18.03 → counting from 19.03; 21–25.03 are Nauryz days off → 10th WD Fri 04.04.2025
        ("public_control", "2025-03-18", "2025-04-04"),
        # Mon 28.04 → 01.05, 07.05, 09.05 holidays → 15th WD Thu 22.05.2025
        ("appeal", "2025-04-28", "2025-05-22"),
        # 30.06 → 30.07.2025 (Wednesday, working)
        ("deputy_inquiry", "2025-06-30", "2025-07-30"),
        # 31.01 → no 31 February → 28.02.2026 Saturday → Monday 02.03.2026
        ("deputy_inquiry", "2026-01-31", "2026-03-02"),
    ],
)
def test_worked_examples_of_deadlines_md(code, start, due):
    assert compute_due(code, D(start)).due == D(due)


# ------------------------------------------------------------- wider hand-counted table 2023–2026

HAND_TABLE = [
    # --- 2023 ---
    # 1 Jan Sun → 3 Jan observed; 7 Jan Sat (Christmas) not carried over.
    # 30.12.22 Fri: 4,5,6 Jan (1-3), 9..13 (4-8), 16 (9), 17 (10)
    ("council_budget_draft", "2022-12-30", "2023-01-17"),
    # 04.01.23 Wed: 5,6 (1-2); Mon 9 Jan is NOT a day off (Christmas is not carried) 9..13 (3-7), 16,17,18 (8-10)
    ("public_control", "2023-01-04", "2023-01-18"),
    # Nauryz 21-23.03.2023 Tue-Thu. 17.03 Fri: 20 (1), 24 (2), 27..31 (3-7), 3..7 Apr (8-12), 10,11,12 (13-15)
    ("appeal", "2023-03-17", "2023-04-12"),
    # 1 May Mon; 7 May Sun → 8 May observed; 9 May Tue. 28.04 Fri: 2..5 (1-4), 10,11,12 (5-7), 15,16,17 (8-10)
    ("public_control", "2023-04-28", "2023-05-17"),
    # Kurban Ait Wed 28.06.2023; Sat 01.07 working (transfer). 19.06 Mon: 20..23 (1-4), 26,27 (5,6),
    # 29,30 (7,8), Sat 1 Jul (9), Mon 3 Jul (10)
    ("public_control", "2023-06-19", "2023-07-03"),
    # 15 calendar days from 16.06.2023 = Sat 01.07.2023, a working Saturday → due that day
    ("info_request", "2023-06-16", "2023-07-01"),
    # 15 CD from 22.06.2023 = Fri 07.07.2023, transferred day off → 8,9 weekend → Mon 10.07
    ("info_request", "2023-06-22", "2023-07-10"),
    # Constitution Day Wed 30.08.2023. 25.08 Fri: 28,29 (1,2), 31 (3), 1 Sep (4), 4..8 (5-9), 11..15 (10-14), 18 (15)
    ("appeal", "2023-08-25", "2023-09-18"),
    # 31.08 + 1 month → 30 September (no 31st) Sat → 1 Oct Sun → Mon 02.10.2023
    ("deputy_inquiry", "2023-08-31", "2023-10-02"),
    # Republic Day Wed 25.10.2023. 16.10 Mon: 17..20 (1-4), 23,24 (5,6), 26,27 (7,8), 30,31 (9,10)
    ("public_control", "2023-10-16", "2023-10-31"),
    # 16.12.2023 Sat → Mon 18.12 observed. 16.11 + 1 month = Sat 16.12 → 17 Sun → 18 observed → Tue 19.12
    ("council_recommendation", "2023-11-16", "2023-12-19"),
    # 08.12.2023 Fri: 11..15 (1-5), 19..22 (6-9), 25 (10)
    ("public_control", "2023-12-08", "2023-12-25"),
    # 30.11 + 1 month = Sat 30.12 → 31 Sun → 1, 2 Jan 2024 holidays → Wed 03.01.2024
    ("deputy_inquiry", "2023-11-30", "2024-01-03"),
    # 31.01.2023 + 1 month → 28.02.2023 (Tue)
    ("council_recommendation", "2023-01-31", "2023-02-28"),
    # 30.01.2023 + 1 month → no 30 February → 28.02.2023
    ("deputy_inquiry", "2023-01-30", "2023-02-28"),
    # --- 2024 (leap year) ---
    # 31.01.2024 + 1 month → 29.02.2024 (Thu)
    ("deputy_inquiry", "2024-01-31", "2024-02-29"),
    # 29.02.2024 + 1 month → 29.03.2024 (Fri)
    ("deputy_inquiry", "2024-02-29", "2024-03-29"),
    # 8 Mar Fri; Nauryz 21 Thu, 22 Fri, 23 Sat → 25 Mon observed. 05.03 Tue: 6,7 (1,2), 11..15 (3-7),
    # 18,19,20 (8-10), 26..29 (11-14), 1 Apr (15)
    ("appeal", "2024-03-05", "2024-04-01"),
    # Sat 04.05.2024 working (transfer to Wed 08.05). 22.04 Mon: 23..26 (1-4), 29,30 (5,6), 2,3 May (7,8),
    # Sat 4 May (9), Mon 6 May (10)
    ("public_control", "2024-04-22", "2024-05-06"),
    # 03.05 Fri: Sat 4 (1), 6 (2), 7 hol, 8 transfer, 9 hol, 10 (3), 13..17 (4-8), 20, 21 (9, 10)
    ("public_control", "2024-05-03", "2024-05-21"),
    # 31.05 + 1 month → 30 June (no 31st) Sun → Mon 01.07.2024
    ("deputy_inquiry", "2024-05-31", "2024-07-01"),
    # Kurban Ait Sun 16.06.2024 is not carried over: 07.06 Fri: 10..14 (1-5), Mon 17 (6) .. 21 (10)
    ("public_control", "2024-06-07", "2024-06-21"),
    # 15 CD from 01.06.2024 = Sun 16.06 (Kurban Ait) → Mon 17.06 is a working day
    ("info_request", "2024-06-01", "2024-06-17"),
    # 15 CD from 13.06.2024 = Fri 28.06.2024
    ("info_request", "2024-06-13", "2024-06-28"),
    # Capital Day Sat 06.07.2024 → Mon 08.07 observed. 03.07 Wed: 4,5 (1,2), 9..12 (3-6), 15..18 (7-10)
    ("public_control", "2024-07-03", "2024-07-18"),
    # 06.06 + 1 month = Sat 06.07 (Capital Day) → Sun → Mon 08.07 observed → Tue 09.07.2024
    ("deputy_inquiry", "2024-06-06", "2024-07-09"),
    # 1 December is no longer a holiday (since 2022): 04.11 Mon: 5..8 (1-4), 11..15 (5-9), 18..22 (10-14),
    # 25..29 (15-19), Mon 2 Dec (20)
    ("petition_local", "2024-11-04", "2024-12-02"),
    # Independence Day Mon 16.12.2024 (17 Dec no longer a holiday); 1-2 Jan holidays, Fri 3 Jan 2025 transfer,
    # Sun 5 Jan 2025 working, 7 Jan Christmas. 12.12 Thu: 13 (1), 17..20 (2-5), 23..27 (6-10), 30,31 (11,12),
    # Sun 5 Jan (13), 6 (14), 8,9,10 (15-17), 13,14,15 (18-20)
    ("complaint", "2024-12-12", "2025-01-15"),
    # 18.12.2024 Wed: 19,20 (1,2), 23..27 (3-7), 30,31 (8,9), Sunday 05.01.2025 is a working day (10)
    ("public_control", "2024-12-18", "2025-01-05"),
    # 07.12.2024 + 1 month = Tue 07.01.2025 (Orthodox Christmas) → Wed 08.01.2025
    ("council_recommendation", "2024-12-07", "2025-01-08"),
    # --- 2025 ---
    # 15 CD from 21.12.2024 = Sun 05.01.2025, a working day by transfer → due that Sunday
    ("info_request", "2024-12-21", "2025-01-05"),
    # 31.12.2024 + 1 month → Fri 31.01.2025
    ("council_recommendation", "2024-12-31", "2025-01-31"),
    # 31.01.2025 + 1 month → 28.02.2025 (Fri)
    ("council_recommendation", "2025-01-31", "2025-02-28"),
    # 15 CD from 21.02.2025 = Sat 08.03 (holiday) → Sun 9 → Mon 10 observed → Tue 11.03.2025
    ("info_request", "2025-02-21", "2025-03-11"),
    # 15 CD from 20.02.2025 = Fri 07.03.2025, working
    ("info_request", "2025-02-20", "2025-03-07"),
    # 31.03 + 1 month → 30 April (no 31st), Wed 30.04.2025
    ("deputy_inquiry", "2025-03-31", "2025-04-30"),
    # 09.04 + 1 month = Fri 09.05 (Victory Day) → Sat, Sun → Mon 12.05.2025
    ("deputy_inquiry", "2025-04-09", "2025-05-12"),
    # Kurban Ait Fri 06.06.2025. 02.06 Mon: 3,4,5 (1-3), 9..13 (4-8), 16..20 (9-13), 23, 24 (14, 15)
    ("appeal", "2025-06-02", "2025-06-24"),
    # 30.07 + 1 month = Sat 30.08 (Constitution Day) → Sun 31 → Mon 01.09 observed → Tue 02.09.2025
    ("council_recommendation", "2025-07-30", "2025-09-02"),
    # 15 CD from 10.10.2025 = Sat 25.10 (Republic Day) → Sun → Mon 27.10 observed → Tue 28.10.2025
    ("info_request", "2025-10-10", "2025-10-28"),
    # Independence Day Tue 16.12.2025. 08.12 Mon: 9..12 (1-4), 15 (5), 17,18,19 (6-8), 22, 23 (9, 10)
    ("public_control", "2025-12-08", "2025-12-23"),
    # 30.12.2025 + 1 month → Fri 30.01.2026
    ("council_recommendation", "2025-12-30", "2026-01-30"),
    # --- 2026 ---
    # 1, 2 Jan Thu, Fri; 7 Jan Wed. 31.12.2025 Wed: 5, 6 Jan (1, 2), 8, 9 (3, 4), 12..16 (5-9), 19 (10)
    ("public_control", "2025-12-31", "2026-01-19"),
    # 15 CD from 22.02.2026 = Mon 09.03 (8 March fell on Sunday → observed) → Tue 10.03.2026
    ("info_request", "2026-02-22", "2026-03-10"),
    # Nauryz 21 Sat, 22 Sun, 23 Mon → 24, 25 observed. 20.03 Fri: 26, 27 (1, 2), 30, 31 (3, 4), 1..3 Apr (5-7),
    # 6..10 (8-12), 13, 14, 15 (13-15)
    ("appeal", "2026-03-20", "2026-04-15"),
    # 15 CD from 24.04.2026 = Sat 09.05 (Victory Day) → Sun → Mon 11.05 observed → Tue 12.05.2026
    ("info_request", "2026-04-24", "2026-05-12"),
    # 25.09 + 1 month = Sun 25.10.2026 (Republic Day) → Mon 26.10 observed → Tue 27.10.2026
    ("deputy_inquiry", "2026-09-25", "2026-10-27"),
    # Capital Day Mon 06.07.2026. 29.06 Mon: 30 Jun, 1..3 Jul (1-4), 7..10 (5-8), 13, 14 (9, 10)
    ("council_budget_draft", "2026-06-29", "2026-07-14"),
]


@pytest.mark.parametrize(("code", "start", "due"), HAND_TABLE, ids=[f"{c}-{s}" for c, s, _ in HAND_TABLE])
def test_hand_counted_table(code, start, due):
    result = compute_due(code, D(start))
    assert result.due == D(due), "\n".join(result.lines("en"))


# Official production calendars, written by hand: weekdays that are days off, and weekend days that are
# working days. Compared day by day for whole years against the engine's calendar.
OFF_WEEKDAYS = {
    2023: ["01-02", "01-03", "03-08", "03-21", "03-22", "03-23", "05-01", "05-08", "05-09", "06-28",
           "07-06", "07-07", "08-30", "10-25", "12-18"],
    2024: ["01-01", "01-02", "03-08", "03-21", "03-22", "03-25", "05-01", "05-07", "05-08", "05-09",
           "07-08", "08-30", "10-25", "12-16"],
    2025: ["01-01", "01-02", "01-03", "01-07", "03-10", "03-21", "03-24", "03-25", "05-01", "05-07",
           "05-09", "06-06", "07-07", "09-01", "10-27", "12-16"],
    2026: ["01-01", "01-02", "01-07", "03-09", "03-23", "03-24", "03-25", "05-01", "05-07", "05-11",
           "05-27", "07-06", "10-26", "12-16"],
}
WORKING_WEEKENDS = {2023: ["07-01"], 2024: ["05-04"], 2025: ["01-05"], 2026: []}


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026])
def test_whole_year_matches_production_calendar(year):
    cal = WorkCalendar()
    off = {D(f"{year}-{md}") for md in OFF_WEEKDAYS[year]}
    working_weekends = {D(f"{year}-{md}") for md in WORKING_WEEKENDS[year]}
    day = dt.date(year, 1, 1)
    mismatches = []
    while day.year == year:
        if day.weekday() < 5:
            expected = day not in off
        else:
            expected = day in working_weekends
        if cal.is_working_day(day) != expected:
            mismatches.append((day.isoformat(), cal.info(day).kind))
        day += dt.timedelta(days=1)
    assert mismatches == []


def test_day_kinds_are_explained():
    cal = WorkCalendar()
    assert cal.info(D("2025-03-21")).kind == "holiday"
    assert cal.info(D("2025-03-21")).holiday == "nauryz"
    assert cal.info(D("2025-03-24")).kind == "observed"
    assert cal.info(D("2025-03-24")).holiday == "nauryz"
    jan3 = cal.info(D("2025-01-03"))
    assert (jan3.kind, jan3.transfer_from) == ("transfer", D("2025-01-05"))
    assert cal.info(D("2025-01-05")).kind == "transferred_working_day"
    assert cal.info(D("2024-06-16")).holiday == "kurban_ait"
    assert cal.info(D("2026-05-27")).estimated is True
    assert cal.info(D("2025-06-06")).estimated is False
    assert cal.info(D("2025-02-15")).kind == "weekend"
    assert cal.info(D("2025-02-14")).kind == "workday"


# ------------------------------------------------------------------------------------------ steps

def test_steps_explain_month_end_and_move_in_three_languages():
    r = compute_due("deputy_inquiry", D("2026-01-31"))
    codes = [s.code for s in r.steps]
    assert codes == ["regime", "start_registered", "count_from", "month_end_clamped", "end_not_working",
                     "also_not_working", "moved_to_next_working_day", "due"]
    en = r.lines("en")
    assert "28.02.2026 (Sat)" in en[3] and "no day 31" in en[3]
    assert en[-1] == "Due date: 02.03.2026 (Mon)."
    ru = r.lines("ru")
    assert "В феврале 2026 года нет 31-го числа" in ru[3]
    assert ru[-1] == "Срок ответа: 02.03.2026 (пн)."
    kk = r.lines("kk")
    assert "ақпан" in kk[3]
    assert kk[-1] == "Жауап беру мерзімі: 02.03.2026 (дс)."


def test_steps_name_each_holiday_skipped():
    r = compute_due("public_control", D("2025-03-18"))
    skipped = [s.params["date"] for s in r.steps if s.code == "skipped_day"]
    assert skipped == ["2025-03-21", "2025-03-22", "2025-03-23", "2025-03-24", "2025-03-25"]
    ru = "\n".join(r.lines("ru"))
    assert "Наурыз" in ru and "перенесённый выходной" in ru
    assert "10-й рабочий день — 04.04.2025 (пт)" in ru
    kk = "\n".join(r.lines("kk"))
    assert "10-шы жұмыс күні — 04.04.2025 (жм)" in kk


def test_transfer_steps_name_the_working_sunday():
    r = compute_due("public_control", D("2024-12-18"))
    counted = [s for s in r.steps if s.code == "counted_weekend_workday"]
    assert [s.params["date"] for s in counted] == ["2025-01-05"]
    assert "working day by a Government transfer" in dl.render_step(counted[0], "en")


def test_sending_date_is_said_so():
    r = compute_due("council_recommendation", D("2025-05-05"), start_kind="sent")
    assert r.steps[1].code == "start_sent"
    assert "SENT" in r.lines("en")[1]
    assert "ОТПРАВКИ" in r.lines("ru")[1]
    assert "ЖІБЕРІЛГЕН" in r.lines("kk")[1]


def test_every_step_code_renders_in_every_language():
    cases = [
        compute_due("public_control", D("2025-03-18")),
        compute_due("deputy_inquiry", D("2026-01-31"), start_kind="received"),
        compute_due("public_control", D("2024-12-18")),
        compute_due("custom", D("2025-01-10"), exact_date=D("2025-03-08")),
        compute_due("custom", D("2025-01-10"), amount=20, unit="calendar_days"),
        compute_due("info_request", D("2025-10-01"),
                    events=[TermEvent("extension", D("2025-10-10"), "several holders", amount=15,
                                      unit="calendar_days"),
                            TermEvent("extension", D("2025-10-30"), "again", new_end=D("2025-12-06"))]),
        compute_due("public_control", D("2025-03-18"),
                    events=[TermEvent("pause", D("2025-03-31"), "expert opinion", until=D("2025-04-04"))]),
        compute_due("info_request", D("2025-10-01"),
                    events=[TermEvent("pause", D("2025-10-10"), "", until=D("2025-10-14"))]),
        compute_due("appeal", D("2025-04-28"), events=[TermEvent("pause", D("2025-05-05"), "court")]),
        compute_due("appeal", D("2025-04-28"),
                    events=[TermEvent("pause", D("2025-06-30"), "late"),
                            TermEvent("pause", D("2025-05-05"), "n", until=D("2025-05-06"),
                                      new_end=D("2025-05-30"))]),
    ]
    for r in cases:
        for lang in ("en", "ru", "kk"):
            lines = r.lines(lang)
            assert all(line and "{" not in line for line in lines)
    with pytest.raises(KeyError):
        dl.render_step(dl.Step("no_such_step"), "en")


# ------------------------------------------------------------------------------------ custom terms

def test_custom_terms():
    # 10 working days from Fri 03.05.2024: Sat 4 (1), 6 (2), 10 (3), 13..17 (4-8), 20, 21 (9, 10)
    assert compute_due("custom", D("2024-05-03"), amount=10, unit="working_days").due == D("2024-05-21")
    # 2 months from 31.12.2024 → 28.02.2025
    assert compute_due("custom", D("2024-12-31"), amount=2, unit="months").due == D("2025-02-28")
    # exact date on Saturday 08.03.2025 (holiday) → Sun 9 → Mon 10 observed → Tue 11.03.2025
    r = compute_due("custom", D("2025-02-01"), exact_date=D("2025-03-08"))
    assert r.due == D("2025-03-11") and r.unit == "date"
    with pytest.raises(dl.TermError):
        compute_due("custom", D("2025-02-01"))
    with pytest.raises(dl.TermError):
        compute_due("custom", D("2025-02-01"), amount=3, unit="weeks")
    with pytest.raises(dl.TermError):
        compute_due("custom", D("2025-02-01"), exact_date=D("2025-01-01"))
    with pytest.raises(dl.TermError):
        compute_due("deputy_inquiry", D("2025-02-01"), amount=3, unit="months")
    with pytest.raises(dl.TermError, match="unknown term code"):
        compute_due("no_such_code", D("2025-02-01"))


# ------------------------------------------------------------------------- extensions and pauses

def test_info_request_extension_by_fifteen_days():
    # 01.10.2025 + 15 CD = Thu 16.10; extension by 15 CD from 16.10 → Fri 31.10.2025
    r = compute_due("info_request", D("2025-10-01"),
                    events=[TermEvent("extension", D("2025-10-14"), "several holders", amount=15,
                                      unit="calendar_days")])
    assert r.base_due == D("2025-10-16")
    assert r.due == D("2025-10-31")
    assert r.warnings == []


def test_info_request_extension_beyond_the_law_is_flagged_not_refused():
    r = compute_due("info_request", D("2025-10-01"),
                    events=[TermEvent("extension", D("2025-10-14"), "", new_end=D("2025-11-20"))])
    assert r.due == D("2025-11-20")
    assert "extension_over_limit" in r.warnings
    r2 = compute_due("info_request", D("2025-10-01"),
                     events=[TermEvent("extension", D("2025-10-14"), "", amount=5, unit="calendar_days"),
                             TermEvent("extension", D("2025-10-20"), "", amount=5, unit="calendar_days")])
    # 16.10 + 5 = Tue 21.10; + 5 = Sun 26.10 → Mon 27.10 is the observed Republic Day → Tue 28.10.2025
    assert r2.due == D("2025-10-28")
    assert "extension_count_over_limit" in r2.warnings


def test_pause_in_working_days_keeps_the_remaining_days():
    # due 04.04.2025; paused Mon 31.03 – Fri 04.04: 5 working days remained → 7..11 April → Fri 11.04.2025
    r = compute_due("public_control", D("2025-03-18"),
                    events=[TermEvent("pause", D("2025-03-31"), "expert opinion", until=D("2025-04-04"))])
    assert r.base_due == D("2025-04-04")
    assert r.due == D("2025-04-11")


def test_pause_in_calendar_days():
    # raw end 16.10.2025; paused 10.10–14.10: 10..16 = 7 days remained → 15..21 → Tue 21.10.2025
    r = compute_due("info_request", D("2025-10-01"),
                    events=[TermEvent("pause", D("2025-10-10"), "", until=D("2025-10-14"))])
    assert r.due == D("2025-10-21")


def test_open_pause_suspends_the_due_date():
    r = compute_due("appeal", D("2025-04-28"), events=[TermEvent("pause", D("2025-05-05"), "court")])
    assert r.due is None and r.paused
    assert r.to_dict()["due"] is None
    assert not dl.is_overdue(r.due, D("2026-01-01"))


def test_events_are_applied_in_date_order_and_history_is_kept():
    ext = TermEvent("extension", D("2025-05-20"), "head's decision", new_end=D("2025-07-15"))
    pause = TermEvent("pause", D("2025-05-05"), "", until=D("2025-05-06"))
    a = compute_due("appeal", D("2025-04-28"), events=[ext, pause])
    b = compute_due("appeal", D("2025-04-28"), events=[pause, ext])
    assert a.due == b.due == D("2025-07-15")
    assert a.base_due == D("2025-05-22")
    assert [s.code for s in a.steps].index("pause_working_days") < [s.code for s in a.steps].index("extension")


def test_bad_events_are_refused():
    with pytest.raises(dl.TermError):
        TermEvent("extension", D("2025-01-01"))
    with pytest.raises(dl.TermError):
        TermEvent("postpone", D("2025-01-01"))
    with pytest.raises(dl.TermError):
        TermEvent("pause", D("2025-01-10"), until=D("2025-01-01"))


# ------------------------------------------------------------------------------------ overrides

def test_user_override_adds_a_transferred_day_off_and_a_working_saturday():
    # Suppose the Government moves the day off from Sat 16.05.2026 to Fri 08.05.2026 after release.
    # 04.05.2026 Mon, 10 WD, official calendar: 5, 6 (1, 2), 8 (3), 12..15 (4-7), 18, 19, 20 (8-10)
    assert compute_due("public_control", D("2026-05-04")).due == D("2026-05-20")
    cal = WorkCalendar([CalendarOverride(D("2026-05-08"), "day_off", "Resolution No. X"),
                        CalendarOverride(D("2026-05-16"), "working_day", "Resolution No. X")])
    # with overrides: 5, 6 (1, 2), 12..15 (3-6), Sat 16 (7), 18, 19, 20 (8-10)
    r = compute_due("public_control", D("2026-05-04"), calendar=cal)
    assert r.due == D("2026-05-20")
    # …but a term ending in between shows the difference: 5 WD from 04.05.2026
    # official: 5, 6, 8, 12, 13 → 13.05; with the override: 5, 6, 12, 13, 14 → 14.05
    assert compute_due("custom", D("2026-05-04"), amount=5, unit="working_days").due == D("2026-05-13")
    r5 = compute_due("custom", D("2026-05-04"), amount=5, unit="working_days", calendar=cal)
    assert r5.due == D("2026-05-14")
    assert any(s.code == "skipped_day" and s.params["day"]["kind"] == "override_day_off" for s in r5.steps)
    assert "Resolution No. X" in "\n".join(r5.lines("en"))


def test_override_can_restore_a_day_the_package_lacks():
    # If 31.08.2026 is declared a day off after release, a calendar-day term ending that Monday moves.
    base = compute_due("info_request", D("2026-08-16"))  # + 15 = Mon 31.08.2026
    assert base.due == D("2026-08-31")
    cal = WorkCalendar([CalendarOverride(D("2026-08-31"), "day_off", "observed Constitution Day")])
    assert compute_due("info_request", D("2026-08-16"), calendar=cal).due == D("2026-09-01")


def test_override_kind_is_checked():
    with pytest.raises(dl.TermError):
        CalendarOverride(D("2026-01-01"), "holiday")


# ------------------------------------------------------------------------------------- helpers

def test_overdue_helpers():
    due = D("2025-04-04")
    assert not dl.is_overdue(due, D("2025-04-04"))
    assert dl.is_overdue(due, D("2025-04-05"))
    assert not dl.is_overdue(due, D("2025-04-10"), answered_on=D("2025-04-08"))
    assert dl.is_overdue(due, D("2025-04-10"), answered_on=D("2025-04-11"))
    assert dl.answered_on_time(due, D("2025-04-04"))
    assert not dl.answered_on_time(due, D("2025-04-07"))
    assert dl.days_late(due, D("2025-04-14")) == 10


def test_to_dict_is_json_ready():
    import json

    r = compute_due("appeal", D("2025-04-28"))
    data = json.loads(json.dumps(r.to_dict("ru"), ensure_ascii=False))
    assert data["code"] == "appeal" and data["due"] == "2025-05-22" and data["unit"] == "working_days"
    assert data["steps"][-1] == "Срок ответа: 22.05.2025 (чт)."
    assert data["step_codes"][-1] == {"code": "due", "params": {"date": "2025-05-22"}}


def test_amount_with_unit_declines_russian_numbers():
    assert dl.amount_with_unit(1, "months", "ru") == "1 месяц"
    assert dl.amount_with_unit(2, "working_days", "ru") == "2 рабочих дня"
    assert dl.amount_with_unit(15, "calendar_days", "ru") == "15 календарных дней"
    assert dl.amount_with_unit(21, "working_days", "ru") == "21 рабочий день"
    assert dl.amount_with_unit(11, "working_days", "ru") == "11 рабочих дней"
    assert dl.amount_with_unit(1, "months", "en") == "1 month"
    assert dl.amount_with_unit(10, "working_days", "kk") == "10 жұмыс күні"


def test_kazakh_ordinal_suffixes():
    expected = {1: "ші", 2: "ші", 3: "ші", 6: "шы", 9: "шы", 10: "шы", 15: "ші", 20: "шы", 30: "шы",
                40: "шы", 50: "ші", 60: "шы", 70: "ші", 80: "ші", 90: "шы", 16: "шы", 19: "шы"}
    assert {n: dl._kk_ordinal_suffix(n) for n in expected} == expected
