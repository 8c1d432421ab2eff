"""Kazakh, Russian and English texts for the language-independent explanations of
:mod:`deputydesk.core.sessions` (codes + parameters), and for the rules with their sources.

Numbers are never inflected with Kazakh case endings (which depend on how the number is pronounced):
sentences are built so that a bare number stands after a dash or in brackets.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Mapping
from typing import Any

from deputydesk.core.sessions import Base, BodyKind, BodyRules, Explanation, Ratio, Source, TieRule

LANGS = ("kk", "ru", "en")

# Full names of the acts behind the source keys of legal-facts.md §0.
_ACTS: dict[str, dict[str, str]] = {
    "L148": {
        "ru": "Закон РК «О местном государственном управлении и самоуправлении в Республике Казахстан»",
        "kk": "«Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы» "
              "ҚР Заңы",
        "en": "Law «On local state administration and self-government in the Republic of Kazakhstan»",
    },
    "PC": {
        "ru": "Закон РК «Об общественных советах»",
        "kk": "«Қоғамдық кеңестер туралы» ҚР Заңы",
        "en": "Law «On public councils»",
    },
    "TPPC": {
        "ru": "Типовое положение об общественном совете (текст не проверен)",
        "kk": "Қоғамдық кеңес туралы үлгілік ереже (мәтіні тексерілмеген)",
        "en": "Typical Regulation on public councils (text not checked)",
    },
    "PCA": {
        "ru": "по умолчанию — по аналогии с Законом РК «Об общественных советах», {articles}; порядок принятия "
              "решений устанавливает Типовое положение об общественном совете",
        "kk": "әдепкі мән — «Қоғамдық кеңестер туралы» ҚР Заңының баптарына ({articles}) ұқсастық бойынша; "
              "шешім қабылдау тәртібін Қоғамдық кеңес туралы үлгілік ереже белгілейді",
        "en": "default, by analogy with the Law «On public councils», {articles}; the decision procedure is set by "
              "the Typical Regulation on public councils",
    },
    "DEFAULT": {
        "ru": "по умолчанию: закон этого не устанавливает — задайте по регламенту",
        "kk": "әдепкі мән: заңда белгіленбеген — регламент бойынша көрсетіңіз",
        "en": "default: not set by law — set it from the regulation",
    },
    "REG": {
        "ru": "регламент органа",
        "kk": "органның регламенті",
        "en": "the body's own regulation",
    },
    "EX": {
        "ru": "сложившаяся практика: единого формата нет",
        "kk": "қалыптасқан тәжірибе: бірыңғай формат жоқ",
        "en": "practice: there is no single national format",
    },
}


def cite(source: Source | Mapping[str, Any] | str, lang: str) -> str:
    """A source in words: "Закон РК «…», ст. 8 п. 2; ст. 11 п. 3"."""
    if isinstance(source, str):
        return source
    if isinstance(source, Mapping):
        source = Source.from_dict(source)
    act = _ACTS.get(source.key, {}).get(lang) or source.key
    if "{articles}" in act:
        return act.format(articles=_articles(source.article, lang))
    if source.key in ("REG", "EX", "DEFAULT") or not source.article.strip():
        return act
    return f"{act}, {_articles(source.article, lang)}"


def _articles(article: str, lang: str) -> str:
    """"art. 8 §2; art. 11 §3" / "arts 12, 14 §3, 15" in the document's language."""
    if lang == "en":
        return article
    pieces = []
    for piece in article.split(";"):
        piece = piece.strip()
        m = re.match(r"arts?\.?\s+(.*)", piece)
        if not m:
            pieces.append(piece)
            continue
        parts = [p.strip() for p in m.group(1).split(",") if p.strip()]
        out = []
        for part in parts:
            pm = re.fullmatch(r"([\d-]+)\s*(?:§\s*([\d-]+))?", part)
            if not pm:
                out.append(part)
                continue
            num, para = pm.group(1), pm.group(2)
            if lang == "ru":
                out.append(num + (f" п. {para}" if para else ""))
            else:
                out.append(f"{num}-бап" + (f" {para}-тармақ" if para else ""))
        pieces.append(("ст. " + ", ".join(out)) if lang == "ru" else ", ".join(out))
    return "; ".join(pieces)


# ------------------------------------------------------------------------------------------ grammar
def ru_plural(n: int, one: str, few: str, many: str) -> str:
    """1 день, 2 дня, 5 дней (11–14 → many)."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def ru_genitive_after(n: int, singular: str, plural: str) -> str:
    """Genitive after "из N": "из 21 депутата", "из 25 депутатов"."""
    return singular if n % 10 == 1 and n % 100 != 11 else plural


_MEMBERS = {
    # kind: (ru gen. sg, ru gen. pl, kk genitive plural, en plural)
    BodyKind.MASLIKHAT: ("депутата", "депутатов", "депутаттардың", "deputies"),
    BodyKind.COMMISSION: ("члена комиссии", "членов комиссии", "комиссия мүшелерінің", "commission members"),
    BodyKind.PUBLIC_COUNCIL: ("члена совета", "членов совета", "кеңес мүшелерінің", "council members"),
}


def _members(kind: str, n: int, lang: str) -> str:
    forms = _MEMBERS[BodyKind(kind)]
    if lang == "ru":
        return ru_genitive_after(n, forms[0], forms[1])
    if lang == "kk":
        return forms[2]
    return forms[3]


def _ratio_phrase(num: int, den: int, strict: bool, lang: str) -> str:
    if strict and num * 2 == den:
        return {"ru": "большинство", "kk": "көпшілігі", "en": "a majority"}[lang]
    if lang == "ru":
        return f"{'более' if strict else 'не менее'} {num}/{den}"
    if lang == "kk":
        return f"{num}/{den} бөлігінен астамы" if strict else f"кемінде {num}/{den} бөлігі"
    return f"{'more than' if strict else 'at least'} {num}/{den}"


def _quorum_rule(p: Mapping[str, Any], lang: str) -> str:
    ratio = _ratio_phrase(p["num"], p["den"], p["strict"], lang)
    if lang == "ru":
        return f"{ratio} от общего числа {_members(p['kind'], 5, 'ru')}"
    if lang == "kk":
        return f"{_members(p['kind'], 5, 'kk')} жалпы санының {ratio}"
    return f"{ratio} of the total number of {_members(p['kind'], 5, 'en')}"


def _base_phrase(kind: str, base_kind: str, lang: str) -> str:
    members_ru = _members(kind, 5, "ru")
    members_kk = _members(kind, 5, "kk")
    members_en = _members(kind, 5, "en")
    table = {
        Base.TOTAL: {"ru": f"от общего числа {members_ru}", "kk": f"{members_kk} жалпы санының",
                     "en": f"of the total number of {members_en}"},
        Base.PRESENT: {"ru": f"от числа присутствующих {members_ru}", "kk": f"қатысып отырған {members_kk}",
                       "en": f"of the {members_en} present"},
        Base.CAST: {"ru": "от числа проголосовавших", "kk": "дауыс бергендердің", "en": "of the votes cast"},
        Base.DECISIVE: {"ru": "голосов «за» и «против»", "kk": "«жақтап» және «қарсы» дауыстардың",
                        "en": "of the votes for and against"},
    }
    return table[Base(base_kind)][lang]


def _majority_rule(p: Mapping[str, Any], lang: str) -> str:
    ratio = _ratio_phrase(p["num"], p["den"], p["strict"], lang)
    base = _base_phrase(p["kind"], p["base_kind"], lang)
    if lang == "kk":
        return f"{base} {ratio}"
    return f"{ratio} {base}"


def _date(value: str) -> str:
    d = _dt.date.fromisoformat(value)
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _days(n: int, lang: str) -> str:
    if lang == "ru":
        return f"{n} {ru_plural(n, 'день', 'дня', 'дней')}"
    if lang == "kk":
        return f"{n} күн"
    return f"{n} day" + ("" if n == 1 else "s")


def _total_clause(p: Mapping[str, Any], lang: str) -> str:
    """The point people get wrong: a maslikhat counts votes against the total, not those present."""
    if p.get("base_kind") != Base.TOTAL.value or p.get("present", 0) >= p.get("total", 0):
        return ""
    members = _members(p["kind"], 5, lang)
    if lang == "ru":
        return (f" Голоса считаются от общего числа {members} ({p['total']}), "
                f"а не от присутствующих ({p['present']}).")
    if lang == "kk":
        return (f" Дауыстар қатысып отырғандардың санынан ({p['present']}) емес, {members} жалпы санынан "
                f"({p['total']}) есептеледі.")
    return f" Votes count against the total number of {members} ({p['total']}), not those present ({p['present']})."


def _src(p: Mapping[str, Any], key: str, lang: str) -> str:
    raw = p.get(key)
    return cite(raw, lang) if raw else ""


# ------------------------------------------------------------------------------------------ texts
def _quorum(p: Mapping[str, Any], lang: str, met: bool) -> str:
    total, present, required = p["total"], p["present"], p["required"]
    rule = _quorum_rule(p, lang)
    src = _src(p, "source", lang)
    if lang == "ru":
        head = "Кворум есть" if met else "Кворума нет"
        return (f"{head}: присутствуют {present} из {total} {_members(p['kind'], total, 'ru')}, "
                f"необходимо не менее {required} ({rule}; {src}).")
    if lang == "kk":
        head = "Кворум бар" if met else "Кворум жоқ"
        return (f"{head}: қатысып отырғаны — {present}, {_members(p['kind'], total, 'kk')} жалпы саны — {total}, "
                f"кемінде {required} қажет ({rule}; {src}).")
    head = "Quorum present" if met else "No quorum"
    return (f"{head}: {present} of {total} {_members(p['kind'], total, 'en')} present, "
            f"at least {required} required ({rule}; {src}).")


def _adopted(p: Mapping[str, Any], lang: str, adopted: bool) -> str:
    rule = _majority_rule(p, lang)
    src = _src(p, "source", lang)
    if lang == "ru":
        head = "Решение принято" if adopted else "Решение не принято"
        return (f"{head}: «за» — {p['for']}, необходимо не менее {p['required']} "
                f"({rule} — {p['base']}; {src}).{_total_clause(p, lang)}")
    if lang == "kk":
        head = "Шешім қабылданды" if adopted else "Шешім қабылданбады"
        return (f"{head}: «жақтап» — {p['for']}, кемінде {p['required']} қажет "
                f"({rule} — {p['base']}; {src}).{_total_clause(p, lang)}")
    head = "Adopted" if adopted else "Not adopted"
    return (f"{head}: {p['for']} for, at least {p['required']} needed ({rule} — {p['base']}; {src})."
            f"{_total_clause(p, lang)}")


def _tie(p: Mapping[str, Any], lang: str, outcome: str) -> str:
    src = _src(p, "tie_source", lang)
    f, a = p["for"], p["against"]
    if lang == "ru":
        head = f"Голоса разделились поровну ({f}–{a})"
        tail = {
            "for": f"; решающий голос председателя — «за»: решение принято ({src}).",
            "against": f"; решающий голос председателя — «против»: решение не принято ({src}).",
            "unknown": f"; решающим является голос председателя, но он не записан — результат не определён ({src}).",
            "fails": f": решение не принято ({src}).",
        }[outcome]
    elif lang == "kk":
        head = f"Дауыстар тең бөлінді ({f}–{a})"
        tail = {
            "for": f"; төрағаның шешуші дауысы — «жақтап»: шешім қабылданды ({src}).",
            "against": f"; төрағаның шешуші дауысы — «қарсы»: шешім қабылданбады ({src}).",
            "unknown": f"; төрағаның дауысы шешуші, бірақ ол жазылмаған — нәтиже анықталмады ({src}).",
            "fails": f": шешім қабылданбады ({src}).",
        }[outcome]
    else:
        head = f"The votes are equally divided ({f}–{a})"
        tail = {
            "for": f"; the chair's casting vote is for: adopted ({src}).",
            "against": f"; the chair's casting vote is against: not adopted ({src}).",
            "unknown": f"; the chair's vote decides but was not recorded — result undetermined ({src}).",
            "fails": f": not adopted ({src}).",
        }[outcome]
    return head + tail


_SIMPLE: dict[str, dict[str, str]] = {
    "vote.not_voted": {
        "ru": "Голосование не проводилось.",
        "kk": "Дауыс беру өткізілген жоқ.",
        "en": "No vote was taken.",
    },
    "vote.exceeds_present": {
        "ru": "Проголосовало {cast}, а присутствовало {present}: проверьте подсчёт голосов.",
        "kk": "Дауыс бергендер саны ({cast}) қатысып отырғандар санынан ({present}) көп: дауыстарды санауды тексеріңіз.",
        "en": "{cast} votes recorded but only {present} present: check the count.",
    },
    "vote.no_quorum": {
        "ru": "Голосование без кворума: присутствовали {present}, необходимо не менее {required} — "
              "решение не считается принятым.",
        "kk": "Кворумсыз дауыс беру: қатысып отырғаны — {present}, кемінде {required} қажет — "
              "шешім қабылданды деп есептелмейді.",
        "en": "Voted without a quorum: {present} present, at least {required} required — "
              "the decision is not valid.",
    },
    "warning.attendance_exceeds_total": {
        "ru": "В списке присутствия {listed} фамилий — больше, чем членов органа ({total}).",
        "kk": "Қатысу тізімінде {listed} адам — органның мүшелер санынан ({total}) көп.",
        "en": "The attendance list has {listed} names, more than the body's {total} members.",
    },
    "warning.attendance_incomplete": {
        "ru": "Список присутствия неполный: отмечено {listed} из {total}; неотмеченные считаются отсутствующими.",
        "kk": "Қатысу тізімі толық емес: {total} адамның {listed} белгіленген; белгіленбегендер қатыспады деп "
              "есептеледі.",
        "en": "The attendance list is incomplete: {listed} of {total} marked; the others count as absent.",
    },
    "warning.session_no_quorum": {
        "ru": "Кворума нет: присутствуют {present} из {total}, необходимо не менее {required}. "
              "Решения без кворума не имеют силы.",
        "kk": "Кворум жоқ: қатысып отырғаны — {present}, жалпы саны — {total}, кемінде {required} қажет. "
              "Кворумсыз қабылданған шешімдердің күші жоқ.",
        "en": "No quorum: {present} of {total} present, at least {required} required. "
              "Decisions taken without a quorum are not valid.",
    },
    "warning.end_before_start": {
        "ru": "Дата окончания ({end}) раньше даты начала ({start}).",
        "kk": "Аяқталу күні ({end}) басталу күнінен ({start}) бұрын.",
        "en": "The end date ({end}) is before the start date ({start}).",
    },
    "warning.chair_absent": {
        "ru": "Председательствующий {chair} отмечен как отсутствующий.",
        "kk": "Төрағалық етуші {chair} қатыспады деп белгіленген.",
        "en": "The chair {chair} is marked absent.",
    },
    "warning.item_without_quorum": {
        "ru": "Вопрос {item}: голосование без кворума (присутствовали {present}, необходимо не менее {required}).",
        "kk": "{item}-мәселе: кворумсыз дауыс беру (қатысып отырғаны — {present}, кемінде {required} қажет).",
        "en": "Item {item}: voted without a quorum ({present} present, at least {required} required).",
    },
    "warning.item_votes_exceed_present": {
        "ru": "Вопрос {item}: голосов ({cast}) больше, чем присутствующих ({present}).",
        "kk": "{item}-мәселе: дауыстар саны ({cast}) қатысып отырғандар санынан ({present}) көп.",
        "en": "Item {item}: more votes ({cast}) than members present ({present}).",
    },
    "warning.item_tie_unresolved": {
        "ru": "Вопрос {item}: голоса разделились поровну — укажите голос председателя.",
        "kk": "{item}-мәселе: дауыстар тең бөлінді — төрағаның дауысын көрсетіңіз.",
        "en": "Item {item}: the votes are equally divided — record the chair's vote.",
    },
    "warning.item_present_exceeds_total": {
        "ru": "Вопрос {item}: присутствующих ({present}) больше, чем членов органа ({total}).",
        "kk": "{item}-мәселе: қатысып отырғандар ({present}) мүшелер санынан ({total}) көп.",
        "en": "Item {item}: more present ({present}) than the body has members ({total}).",
    },
}


def _late(p: Mapping[str, Any], lang: str, what: str) -> str:
    sent = _date(p["sent"])
    days = p["days"]
    required = p["required"]
    source = cite(Source("L148", "art. 10 §3"), lang)
    extra = p.get("extraordinary")
    if lang == "ru":
        subject = "Извещение о сессии направлено" if what == "notice" else "Материалы к сессии направлены"
        kind = "внеочередной" if extra else "очередной"
        return (f"{subject} {sent} — за {_days(days, 'ru')} до сессии; для {kind} сессии закон требует "
                f"не позднее чем за {_days(required, 'ru')} ({source}). Дни считаются календарными: "
                f"единица в законе не указана.")
    if lang == "kk":
        subject = "Сессия туралы хабарлама" if what == "notice" else "Сессия материалдары"
        kind = "кезектен тыс" if extra else "кезекті"
        return (f"{subject} {sent} жіберілді — сессияға {_days(days, 'kk')} қалғанда; {kind} сессия үшін заң "
                f"кемінде {_days(required, 'kk')} бұрын жіберуді талап етеді ({source}). Күндер күнтізбелік "
                f"деп есептелді: заңда бірлігі көрсетілмеген.")
    subject = "The session notice went out" if what == "notice" else "The session materials went out"
    kind = "an extraordinary" if extra else "a regular"
    return (f"{subject} on {sent}, {_days(days, 'en')} before the session; for {kind} session the law requires "
            f"at least {_days(required, 'en')} ({source}). Counted as calendar days: the law gives no unit.")


_RENDERERS: dict[str, Callable[[Mapping[str, Any], str], str]] = {
    "quorum.met": lambda p, lang: _quorum(p, lang, True),
    "quorum.not_met": lambda p, lang: _quorum(p, lang, False),
    "vote.adopted": lambda p, lang: _adopted(p, lang, True),
    "vote.rejected": lambda p, lang: _adopted(p, lang, False),
    "vote.tie_chair_for": lambda p, lang: _tie(p, lang, "for"),
    "vote.tie_chair_against": lambda p, lang: _tie(p, lang, "against"),
    "vote.tie_chair_unknown": lambda p, lang: _tie(p, lang, "unknown"),
    "vote.tie_fails": lambda p, lang: _tie(p, lang, "fails"),
    "warning.notice_late": lambda p, lang: _late(p, lang, "notice"),
    "warning.materials_late": lambda p, lang: _late(p, lang, "materials"),
}

KNOWN_CODES = frozenset(_RENDERERS) | frozenset(_SIMPLE)


def render(explanation: Explanation, lang: str) -> str:
    """The explanation as a sentence in kk, ru or en (other languages fall back to English)."""
    lang = lang if lang in LANGS else "en"
    params = dict(explanation.params)
    if explanation.code in _RENDERERS:
        return _RENDERERS[explanation.code](params, lang)
    if explanation.code in _SIMPLE:
        for key in ("start", "end"):
            if key in params:
                params[key] = _date(params[key])
        return _SIMPLE[explanation.code][lang].format(**params)
    raise KeyError(f"no text for the explanation code {explanation.code!r}")


# ------------------------------------------------------------------------------------------ rules
def describe_rules(rules: BodyRules, lang: str) -> list[tuple[str, str, str, bool]]:
    """Each rule as (name, text, source, editable) for the rules panel and the README."""
    lang = lang if lang in LANGS else "en"
    q = {"kind": rules.kind.value, "num": rules.quorum.num, "den": rules.quorum.den, "strict": rules.quorum.strict}
    m = {"kind": rules.kind.value, "num": rules.majority.num, "den": rules.majority.den,
         "strict": rules.majority.strict, "base_kind": rules.majority_base.value}
    tie = {
        TieRule.CHAIR_DECIDES: {"ru": "при равенстве голосов решает голос председателя",
                                "kk": "дауыстар тең болғанда төрағаның дауысы шешуші",
                                "en": "the chair's vote decides a tie"},
        TieRule.FAILS: {"ru": "при равенстве голосов решение не принято",
                        "kk": "дауыстар тең болғанда шешім қабылданбайды",
                        "en": "a tie means not adopted"},
    }[rules.tie][lang]
    names = {
        "quorum": {"ru": "Кворум", "kk": "Кворум", "en": "Quorum"},
        "majority": {"ru": "Решение", "kk": "Шешім", "en": "Decision"},
        "tie": {"ru": "Равенство голосов", "kk": "Дауыстар теңдігі", "en": "Tie"},
        "number_format": {"ru": "Номер решения", "kk": "Шешімнің нөмірі", "en": "Decision number"},
    }
    return [
        (names["quorum"][lang], _quorum_rule(q, lang), cite(rules.sources["quorum"], lang),
         "quorum" in rules.editable),
        (names["majority"][lang], _majority_rule(m, lang), cite(rules.sources["majority"], lang),
         "majority" in rules.editable),
        (names["tie"][lang], tie, cite(rules.sources["tie"], lang), "tie" in rules.editable),
        (names["number_format"][lang], rules.number_format, cite(rules.sources["number_format"], lang),
         "number_format" in rules.editable),
    ]


def ratio_text(ratio: Ratio, lang: str) -> str:
    return _ratio_phrase(ratio.num, ratio.den, ratio.strict, lang)
