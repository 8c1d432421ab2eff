"""Sessions built from the shared corpus: real agenda titles of a Kazakh city maslikhat (web/032) and real
act titles of the Almaty oblast maslikhat (decisions/INDEX.tsv)."""

from __future__ import annotations

import csv
import datetime as dt
import re

import pytest

from deputydesk.core.sessions import (
    AgendaItem,
    Attendee,
    Body,
    BodyKind,
    NextSession,
    RaisedItem,
    RaisedKind,
    Session,
    Speaker,
    Votes,
)

SURNAMES = ["Ахметов", "Жұмабаева", "Сейітов", "Петрова", "Оспанов", "Қасымова", "Нұрланов", "Ким",
            "Әбілова", "Серікбаев", "Иванов", "Төлеуова", "Бекмұхамбетов", "Сағынтаева", "Лукин",
            "Өтебаев", "Ғалымова", "Жақсылықов", "Ибраева", "Мұратов", "Смағұлова", "Дюсенов", "Рахимова",
            "Ермеков", "Үсенова"]
NAMES = ["Бауыржан", "Гүлнар", "Ерлан", "Анна", "Дәурен", "Әсем", "Нұрлан", "Виктор", "Айгүл", "Серік",
         "Олег", "Жанар", "Ерболат", "Салтанат", "Павел", "Қайрат", "Ғалия", "Арман", "Дина", "Марат",
         "Шолпан", "Талғат", "Лаура", "Асхат", "Үміт"]


def deputies(total: int, present: int) -> list[Attendee]:
    out = []
    for i in range(total):
        name = f"{SURNAMES[i % len(SURNAMES)]} {NAMES[i % len(NAMES)]}"
        reasons = ["болезнь", "командировка", "отпуск"]
        out.append(Attendee(name, i < present, "" if i < present else reasons[i % 3]))
    return out


def kazakh_agenda(corpus) -> list[str]:
    text = (corpus / "web" / "032-session-kk.txt").read_text(encoding="utf-8")
    titles = [re.sub(r"\s+", " ", line.lstrip("- ").rstrip(";.")).strip() for line in text.splitlines()
              if line.startswith("-")]
    assert len(titles) == 5
    return titles


def russian_titles(corpus) -> list[tuple[str, str, str]]:
    """(number, date, title) of the Almaty oblast maslikhat's Russian acts."""
    with open(corpus / "decisions" / "INDEX.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [(r["number"], r["date"], r["title"]) for r in rows
            if r["lang"] == "ru" and r["issuer"].startswith("Алматинский областной маслихат")]


@pytest.fixture
def kk_session(corpus) -> Session:
    """Turkistan city maslikhat, regular 10th session of the VIII convocation (27.12.2023), 25 deputies."""
    titles = kazakh_agenda(corpus)
    body = Body(BodyKind.MASLIKHAT, {"kk": "Түркістан қалалық мәслихаты", "ru": "Туркестанский городской маслихат"},
                25)
    votes = [Votes(12, 5, 0), Votes(13, 4, 0), Votes(17, 0, 0), Votes(16, 1, 0), Votes(15, 0, 2)]
    agenda = []
    for i, (title, v) in enumerate(zip(titles, votes, strict=True), start=1):
        agenda.append(AgendaItem(
            title=title,
            rapporteur=f"{SURNAMES[i]} {NAMES[i][0]}. — бөлім басшысы",
            speakers=[Speaker(f"{SURNAMES[i + 5]} {NAMES[i + 5][0]}.", "ұсыныс айтты"),
                      Speaker(f"{SURNAMES[i + 6]} {NAMES[i + 6][0]}.")],
            votes=v,
            decision_text=f"{title} мәселесі бойынша шешім жобасы мақұлдансын.",
        ))
    agenda[1].raised.append(RaisedItem(RaisedKind.RECOMMENDATION, "Түркістан қаласының білім бөлімі",
                                       "Мектептердегі үш ауысымды оқуды жою жоспарын ұсыну.", dt.date(2024, 1, 27)))
    return Session(
        body=body, convocation=8, number=10, start=dt.date(2023, 12, 27), time="11:00",
        place="Түркістан қ., Әмір Темір к., 28, қала әкімдігінің мәжіліс залы",
        chair="Ахметов Бауыржан Серікұлы", secretary="Жұмабаева Гүлнар Әбілқызы",
        invited=["қала әкімі", "қала прокуроры"], attendance=deputies(25, 17), agenda=agenda,
        notice_sent=dt.date(2023, 12, 20), materials_sent=dt.date(2023, 12, 22),
        next_session=NextSession(dt.date(2024, 3, 28), "11:00", "Түркістан қ.", ["2023 жылғы бюджеттің атқарылуы туралы"]),
    )


@pytest.fixture
def ru_session(corpus) -> Session:
    """Almaty oblast maslikhat with real Russian act titles; numbers "{session}-{running}" as printed
    ("№ 44-245"), 7 of 9 members of a smaller list so names print inline."""
    acts = russian_titles(corpus)
    assert len(acts) >= 5
    body = Body(BodyKind.MASLIKHAT, {"ru": "Маслихат области Жетісу (учебный пример)", "kk": "Жетісу облысының мәслихаты"},
                9)
    body.rules = body.rules.edit(number_format="{session}-{running}")
    agenda = []
    for i, (_number, _date, title) in enumerate(acts[:4], start=1):
        agenda.append(AgendaItem(
            title=title, rapporteur=f"{SURNAMES[i]} {NAMES[i]}", co_rapporteurs=[f"{SURNAMES[i + 1]} А.Б."],
            speakers=[Speaker(f"{SURNAMES[i + 2]} {NAMES[i + 2][0]}.", "поддержал проект <с поправками> & замечаниями")],
            votes=Votes(7, 0, 0) if i != 3 else Votes(4, 3, 0),
            decision_text=f"Принять решение «{title}».",
        ))
    return Session(
        body=body, convocation=8, number=44, start=dt.date(2025, 12, 15), end=dt.date(2025, 12, 16),
        place="г. Талдыкорган, ул. Тауелсиздик, 38", chair="Оспанов Дәурен Ерланұлы",
        secretary="Петрова Анна Викторовна", invited=["аким области", "прокурор области"],
        attendance=deputies(9, 7), agenda=agenda, running_start=245,
    )
