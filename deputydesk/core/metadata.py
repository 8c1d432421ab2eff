"""Requisites of an official document detected from its text: kind, title, number, date, issuer, language.

Everything here reads the *structure* of Kazakh and Russian official texts, never a list of known
documents:

- The act's requisite line: Russian "Решение <issuer> от 15 марта 2024 года № 18/103-VIII", Kazakh
  "<issuer>ның 2024 жылғы 15 наурыздағы № 18/103-VIII шешімі", short forms "Решение №45-264 от 20.05.2015"
  / "№45-264 шешім, 20.05.2015", or a bare "15.03.2024 № 135" line at the top of a form.
- Registration with a justice body ("Зарегистрировано Департаментом юстиции … № 2612", "… Әділет
  департаментінде … № 2612 болып тіркелді", "(зарегистрирован в Реестре … за № 18771)") is cut out before
  a number is chosen, so a registration number is never taken for the act's number.
- Numbers and dates of *other* acts cited in the title or preamble ("О внесении изменений в решение … от
  25 декабря 2020 года № 38/427") are not taken: the requisite must start with the act word (Russian) or
  end with it (Kazakh), and anything quoted after the act's own number is ignored.
- The issuer comes from the enacting formula ("Алматинский областной маслихат РЕШИЛ", "Абай аудандық
  мәслихаты ШЕШІМ ҚАБЫЛДАДЫ") or from the requisite line, turned into the nominative.
- The kind is a language-independent code (:data:`KINDS`) chosen from the title and wording.

Each field carries a confidence in [0, 1]. The number is returned exactly as printed (sign, spacing and
letters), whitespace runs folded to one space.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import asdict, dataclass
from typing import Any

from deputydesk.core import textnorm

KINDS = (
    "budget_decision",
    "budget_amendment",
    "budget_execution",
    "draft_act",
    "adopted_rules",
    "akimat_report",
    "reply_letter",
    "protocol",
    "audit_conclusion",
    "other",
)
"""Document kinds, language-independent (labels are translated in the GUI)."""

LANGUAGES = ("kk", "ru", "mixed", "und")


@dataclass(frozen=True)
class Field:
    value: Any
    confidence: float
    source: str = ""
    """What the value was read from (for the user: "requisite line", "enacting formula", …)."""


@dataclass(frozen=True)
class DetectedMetadata:
    kind: Field
    title: Field
    number: Field
    date: Field
    """``datetime.date`` or None."""
    issuer: Field
    language: Field

    def as_dict(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for name, f in asdict(self).items():
            value = f["value"]
            if isinstance(value, _dt.date):
                value = value.isoformat()
            out[name] = {"value": value, "confidence": f["confidence"], "source": f["source"]}
        return out


NONE = Field(None, 0.0, "")

# ---------------------------------------------------------------------------------------------- patterns
_RU_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
              "декабр")
_RU_MONTH_RE = r"(?P<ru_m>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_KK_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
              "қараша", "желтоқсан")
_KK_MONTH_RE = r"(?P<kk_m>қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\w*"
_QUOTE_OPEN = "«\"“„'"
_QUOTE_CLOSE = "»\"”“'"

DATE_RE = re.compile(
    r"(?:"
    # 15 марта 2024 года / «15» марта 2024 г.
    r"(?<![\d.])[«\"“]?(?P<ru_d>\d{1,2})[»\"”]?\s+" + _RU_MONTH_RE + r"\s+(?P<ru_y>\d{4})(?:\s*(?:года|г\.?)(?!\w))?"
    r"|"
    # 2024 жылғы 15 наурыздағы / 2021 жылы «25» мамырында
    r"(?P<kk_y>\d{4})\s*ж(?:ылғы|ылы|\.)\s*[«\"“]?(?P<kk_d>\d{1,2})[»\"”]?\s*" + _KK_MONTH_RE +
    r"|"
    # 15.03.2024
    r"(?<![\d.])(?P<n_d>\d{1,2})\.(?P<n_m>\d{1,2})\.(?P<n_y>\d{4})(?![\d])(?:\s*(?:года|г\.?|ж\.)(?!\w))?"
    r"|"
    # 2024-03-15
    r"(?<![\d-])(?P<i_y>\d{4})-(?P<i_m>\d{2})-(?P<i_d>\d{2})(?![\d])"
    r")",
    re.IGNORECASE,
)

_NUM_CHARS = r"0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"
NUMBER_RE = re.compile(
    r"(?P<sign>№|N(?=\s?\d)|No\.?(?=\s?\d))\s?"
    r"(?P<val>[" + _NUM_CHARS + r"]+(?:\s?[-–/]\s?[" + _NUM_CHARS + r"]+|\.\d+)*)"
)

_RU_ACT = r"(?:Решение|РЕШЕНИЕ|Постановление|ПОСТАНОВЛЕНИЕ|Приказ|ПРИКАЗ|Распоряжение|РАСПОРЯЖЕНИЕ)"
_KK_ACT = r"(?:шешімі|шешім|ШЕШІМІ|ШЕШІМ|қаулысы|ҚАУЛЫСЫ|бұйрығы|БҰЙРЫҒЫ|өкімі|ӨКІМІ)"
_REGISTRATION_WORDS = re.compile(
    r"зарегистрир|регистрац|реестр|hеестр|тіркелді|тіркелген|тіркеу|тізілім|әділет\s+департамент|"
    r"әділет\s+министрлі|департамент\w*\s+юстиции|министерств\w*\s+юстиции|управлени\w*\s+юстиции",
    re.IGNORECASE,
)


@dataclass
class _Match:
    start: int
    end: int
    text: str
    value: Any = None


def parse_date(m: re.Match[str]) -> _dt.date | None:
    g = m.groupdict()
    try:
        if g.get("ru_d"):
            month = _RU_MONTH_RE_LIST.index(g["ru_m"].lower()) + 1
            d = _dt.date(int(g["ru_y"]), month, int(g["ru_d"]))
        elif g.get("kk_d"):
            word = g["kk_m"].lower()
            month = next(i for i, name in enumerate(_KK_MONTHS) if word.startswith(name)) + 1
            d = _dt.date(int(g["kk_y"]), month, int(g["kk_d"]))
        elif g.get("n_d"):
            d = _dt.date(int(g["n_y"]), int(g["n_m"]), int(g["n_d"]))
        elif g.get("i_y"):
            d = _dt.date(int(g["i_y"]), int(g["i_m"]), int(g["i_d"]))
        else:
            return None
    except (ValueError, StopIteration):
        return None
    if not 1990 <= d.year <= 2100:
        return None
    return d


_RU_MONTH_RE_LIST = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                     "октября", "ноября", "декабря"]


def find_dates(text: str) -> list[_Match]:
    out = []
    for m in DATE_RE.finditer(text):
        d = parse_date(m)
        if d is not None:
            out.append(_Match(m.start(), m.end(), m.group(0), d))
    return out


def _clean_number(sign: str, val: str, printed: str) -> str:
    printed = re.sub(r"\s+", " ", printed).rstrip(" .,;:-–/")
    return printed


def find_numbers(text: str) -> list[_Match]:
    out = []
    for m in NUMBER_RE.finditer(text):
        if not any(ch.isdigit() for ch in m.group("val")):
            continue  # "№ п/п" in a table header
        printed = _clean_number(m.group("sign"), m.group("val"), m.group(0))
        # a "№" followed by a date is not a number ("№ 15.03.2024" never happens; "N 2014" as a year does)
        out.append(_Match(m.start(), m.start() + len(printed), printed, printed))
    return out


def normalize_number(number: str) -> str:
    """Comparable form of a printed act number: sign and spaces dropped, look-alike letters unified,
    dashes unified, case folded ("№ 18/103-VІІІ" and "N18/103-VIII" compare equal)."""
    s = re.sub(r"^(?:№|N|No\.?)\s*", "", number.strip())
    s = s.replace("–", "-").replace(" ", "")
    return "".join(textnorm.fold_word(part) if part.isalnum() else part
                   for part in re.split(r"([^" + _NUM_CHARS + r"]+)", s))


# ---------------------------------------------------------------------------------------------- text prep
_MARKUP_RE = re.compile(r"<[^>\n]{1,200}>|^[ \t]*#{1,6}[ \t]+|^[ \t]*>[ \t]?|\*\*|__", re.MULTILINE)


def _prepare(text: str) -> str:
    """Whitespace runs folded (line breaks kept), light markup removed, NBSP and the like as spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _MARKUP_RE.sub("", text)
    text = re.sub(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _registration_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text that describe registration with a justice body (their numbers and dates are not
    the act's): parenthesised remarks mentioning registration; Russian "Зарегистрировано … № 2612" up to
    the registration number (or the end of its sentence); Kazakh "… № 2612 болып тіркелді" from the
    start of its own clause. A stamp printed right above the act's requisite line (no blank line, as PDF
    text comes out) ends with its number, so the requisite line after it stays outside."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"\([^()]{0,400}\)", text):
        if _REGISTRATION_WORDS.search(m.group(0)):
            spans.append((m.start(), m.end()))
    for m in re.finditer(r"(?i)зарегистрирован\w*|государственная регистрация|прошел\w* государственную регистрацию|"
                         r"(?:тіркеу\s+)?тізілімінде|тіркелген\s+(?=(?:\d|№))", text):
        if _inside(m.start(), spans):
            continue
        end = _sentence_end(text, m.end())
        n = NUMBER_RE.search(text, m.end(), end)
        if n is not None and "\n\n" not in text[m.end():n.start()]:
            end = n.end()
            tail = re.match(r"\s*(?:болып\s+)?тіркел\w*", text[end:])
            if tail:
                end += tail.end()
        spans.append((_clause_start(text, m.start()) if m.group(0).lower().startswith(("тіз", "тірк")) else m.start(),
                      end))
    for m in re.finditer(r"(?i)тіркелді|тіркелген|тіркеуден өтті", text):
        if not _inside(m.start(), spans):
            spans.append((_clause_start(text, m.start()), m.end()))
    return spans


def _clause_start(text: str, pos: int) -> int:
    """Start of the Kazakh registration clause ending at *pos*: its sentence, but never before the act
    word that closes a requisite line above it ("… № 1-6/VII шешімі\nАлматы облысы Әділет …")."""
    start = _sentence_start(text, pos)
    ends = [m.end() for m in re.finditer(r"(?<!\w)" + _KK_ACT + r"(?!\w)[.,]?", text[start:pos])]
    return start + ends[-1] if ends else start


_SENT_END = re.compile(r"[.;!?](?=\s+[«\"(]?[А-ЯA-ZӘҒҚҢӨҰҮҺІЁ])|[.;!?]\s*$|\n\n|\n(?=\s*(?:Зарегистрир|Решение|РЕШЕНИЕ|"
                       r"ПОСТАНОВЛЕНИЕ|ПРИКАЗ|ШЕШІМ|ҚАУЛЫ|"
                       r"Постановление|В соответствии))", re.MULTILINE)


def _sentence_start(text: str, pos: int) -> int:
    best = 0
    for m in _SENT_END.finditer(text, 0, pos):
        best = m.end()
    return best


def _sentence_end(text: str, pos: int) -> int:
    m = _SENT_END.search(text, pos)
    return m.end() if m else len(text)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


# ---------------------------------------------------------------------------------------------- requisites
@dataclass
class _Requisite:
    number: _Match | None
    date: _Match | None
    start: int
    end: int
    lang: str
    confidence: float
    source: str
    issuer_text: str = ""


HEAD_CHARS = 3000


def _requisite(text: str) -> _Requisite | None:
    head = text[:HEAD_CHARS]
    reg = _registration_spans(head)
    dates = [d for d in find_dates(head) if not _inside(d.start, reg)]
    numbers = [n for n in find_numbers(head) if not _inside(n.start, reg)]
    candidates: list[_Requisite] = []

    def _quote_before(a: int, b: int) -> bool:
        return any(ch in _QUOTE_OPEN for ch in head[a:b])

    # A heading with its number: "ПРОТОКОЛ № 5" / "ХАТТАМА № 5" / "ПРИКАЗ № 12", the date close below.
    for m in re.finditer(r"(?m)^\s*(?:" + _RU_ACT[3:-1] + r"|ПРОТОКОЛ|Протокол|ХАТТАМА|Хаттама|БҰЙРЫҚ|ҚАУЛЫ)\s*"
                         r"(?=№|N\s?\d)", head[:1500]):
        n = next((x for x in numbers if x.start == m.end()), None)
        d = next((x for x in dates if n is not None and n.end <= x.start <= n.end + 250), None)
        if n is not None and d is not None:
            candidates.append(_Requisite(n, d, m.start(), max(d.end, n.end), "", 0.8, "heading", ""))

    # Russian: "Решение <issuer> от <date> № <number>" or "Решение № <number> от <date>"
    for m in re.finditer(_RU_ACT + r"(?!\w)", head):
        after = m.end()
        d = next((x for x in dates if after <= x.start <= after + 260), None)
        n = next((x for x in numbers if after <= x.start <= after + 320), None)
        if d is None or n is None:
            continue
        between_start = min(d.start, n.start)
        if _quote_before(after, between_start):
            continue  # the first date/number belongs to a quoted title of another act
        if n.start > d.start:
            gap = head[d.end:n.start]
            if len(gap) > 12 or re.search(r"[«\"“(]", gap):
                continue
        else:
            gap = head[n.end:d.start]
            if not re.fullmatch(r"\s*,?\s*(?:от|от\s+)?\s*", gap):
                continue
        line_start = head.rfind("\n", 0, m.start()) + 1
        prefix = head[line_start:m.start()]
        # the act word must open its line or sentence: "О внесении изменений в решение … от …" is a title
        conf = 0.95 if not prefix.strip() or prefix.rstrip().endswith((".", ":")) else 0.6
        if m.group(0).islower():
            conf -= 0.3
        issuer = head[after:min(d.start, n.start)]
        issuer = re.sub(r"\s*\bот\s*$", "", issuer).strip(" ,")
        candidates.append(_Requisite(n, d, m.start(), max(d.end, n.end), "ru", conf, "requisite line", issuer))

    # Kazakh: "<issuer> <date> № <number> шешімі" or "№ <number> шешім, <date>"
    for m in re.finditer(r"(?<!\w)" + _KK_ACT + r"(?!\w)", head):
        before = m.start()
        n = next((x for x in reversed(numbers) if before - 40 <= x.end <= before), None)
        if n is not None:
            d = next((x for x in reversed(dates) if n.start - 60 <= x.end <= n.start), None)
            if d is not None and not re.search(r"[«\"“»”]", head[d.end:n.start]):
                if not re.search(r"[«\"“»”]", head[n.end:before]):
                    line_start = head.rfind("\n", 0, d.start) + 1
                    sent_start = max(line_start, _sentence_start(head, d.start))
                    issuer = head[sent_start:d.start].strip(" ,")
                    conf = 0.95 if head[m.end():m.end() + 2].strip() in ("", ".", ",") else 0.75
                    candidates.append(_Requisite(n, d, sent_start, m.end(), "kk", conf, "requisite line", issuer))
                    continue
        # "№45-264 шешім, 20.05.2015, Алматы облысының мәслихаты"
        n = next((x for x in reversed(numbers) if before - 3 <= x.end <= before), None)
        if n is not None:
            d = next((x for x in dates if m.end() <= x.start <= m.end() + 6), None)
            if d is not None:
                issuer = head[d.end:].split("\n", 1)[0].strip(" ,.")
                candidates.append(_Requisite(n, d, n.start, d.end, "kk", 0.9, "requisite line", issuer))

    # The appendix of an act: "Приложение 1 к решению Абайского районного маслихата от 26 декабря 2023 года
    # № 15/147" — the text is that decision's appendix, so the number is the document's.
    if not candidates:
        for m in re.finditer(r"(?:Приложение|ПРИЛОЖЕНИЕ)\s*(?:№\s*)?\d*\s+к\s+(?:решению|постановлению|приказу|"
                             r"распоряжению)(?!\w)", head):
            d = next((x for x in dates if m.end() <= x.start <= m.end() + 260), None)
            n = next((x for x in numbers if d is not None and 0 <= x.start - d.end <= 12), None)
            if d is not None and n is not None and not _quote_before(m.end(), d.start):
                issuer = re.sub(r"\s*\bот\s*$", "", head[m.end():d.start]).strip(" ,")
                candidates.append(_Requisite(n, d, m.start(), n.end, "ru", 0.7, "appendix of the act", issuer))
                break

    if candidates:
        # earliest strong candidate wins
        candidates.sort(key=lambda c: (-round(c.confidence, 1), c.start))
        best = candidates[0]
        return best

    # An approval stamp at the top of rules or a regulation: "УТВЕРЖДЕНО решением … от 25.05.2021 № 12-Р",
    # "2021 жылы «25» мамырында … № 12-Р шешімімен бекітілді".
    for m in re.finditer(r"(?:УТВЕРЖДЕН\w*|Утвержден\w*|утвержден\w*)|(?:шешім|бұйры|қаулы)\w*мен\s+бекітіл\w*", head[:900]):
        if m.group(0).lower().startswith("утвержд"):
            d = next((x for x in dates if m.end() <= x.start <= m.end() + 200), None)
            n = next((x for x in numbers if m.end() <= x.start <= m.end() + 220), None)
        else:
            d = next((x for x in reversed(dates) if m.start() - 200 <= x.start < m.start()), None)
            n = next((x for x in reversed(numbers) if m.start() - 40 <= x.start < m.start()), None)
        if d is not None and n is not None and "\n\n" not in head[min(d.start, n.start):max(d.end, n.end)]:
            return _Requisite(n, d, min(d.start, n.start), max(d.end, n.end), "", 0.6, "approval stamp", "")

    # A form: "15.03.2024 № 135" / "2024 жылғы 15 наурыз № 18/103-VIII" on a short line at the top.
    for d in dates:
        if d.start > 1200:
            break
        n = next((x for x in numbers if 0 <= x.start - d.end <= 25 or 0 <= d.start - x.end <= 25), None)
        if n is None:
            continue
        line_start = head.rfind("\n", 0, min(d.start, n.start)) + 1
        line_end_pos = head.find("\n", max(d.end, n.end))
        line = head[line_start: line_end_pos if line_end_pos >= 0 else len(head)]
        context = head[max(0, line_start - 1): min(d.start, n.start)]
        if re.search(r"(?i)\b(?:в решение|решением|решения|решении|шешіміне|шешімімен|шешімінің|от)\s*$", context):
            continue
        if len(line) > 160 or re.match(r"\s*(?:\d+[.)]|[-–•])\s", line):
            continue
        following = head[max(d.end, n.end):max(d.end, n.end) + 60]
        preceding = head[max(0, line_start - 200):line_start]
        if re.match(r"\s*(?:шешім|қаулы|бұйры|решени|постановлени|приказ|распоряжени)\w+", following, re.IGNORECASE):
            # an inflected act word after it is a citation ("№ 135 шешіміне"), unless this text is the
            # appendix that act approved ("… № 85-н/қ бұйрығына 1-қосымша", "Приложение к решению …")
            if re.match(r"(?i)\s*(?:(?:шешім|бұйры|қаулы|өкім)\w*(?:не|на|ға|ге|ке|қа)\s+(?:\d+\s*-\s*)?қосымша|"
                        r"(?:шешім|бұйры|қаулы|өкім)\w*мен\s+бекітіл)", following) or re.search(r"(?i)(?:приложение\s+(?:№\s*)?(?:\d+\s+)?к\s+(?:решению|приказу|"
                                                r"постановлению)|утвержден\w*\s+(?:решением|приказом|постановлением))"
                                                r"[^\n]{0,120}$", preceding):
                return _Requisite(n, d, line_start, max(d.end, n.end), "", 0.5, "approving act", "")
            continue
        if len(line) > 160 or re.match(r"\s*(?:\d+[.)]|[-–•])\s", line):
            continue
        return _Requisite(n, d, line_start, max(d.end, n.end), "", 0.6, "date and number line", "")
    return None


# ---------------------------------------------------------------------------------------------- issuer
_ORG_WORDS_RU = r"маслихат|акимат|аким|отдел|управлени|департамент|комисси|совет|министерств|аппарат|палат"
_ORG_WORDS_KK = r"мәслихат|маслихат|әкімдік|әкім|бөлім|басқарма|департамент|комиссия|кеңес|министрлі|аппарат|палата"
# The enacting formula: the body (nominative) right before its verb. The verb is found first; the body is
# read from the text just before it (searching for both at once backtracks badly on long texts).
_ENACT_VERB_RU = re.compile(r"\s(?:РЕШИЛ|РЕШИЛА|ПОСТАНОВЛЯЕТ|ПОСТАНОВИЛ|ПРИКАЗЫВАЮ)\b")
_ENACT_VERB_KK = re.compile(r"\s(?:ШЕШІМ ҚАБЫЛДАДЫ|ШЕШТІ|ШЕШІМ ЕТТІ|ҚАУЛЫ ЕТЕДІ|ҚАУЛЫ ЕТТІ|БҰЙЫРАМЫН)")
_WHO_BEFORE = re.compile(r"(?P<who>[^,;:».\"”)(\n]{3,160})\s*$")

_RU_GEN_NOUNS = {
    "маслихата": "маслихат", "акима": "аким", "акимата": "акимат", "совета": "совет", "комиссии": "комиссия",
    "управления": "управление", "отдела": "отдел", "департамента": "департамент", "аппарата": "аппарат",
    "министерства": "министерство", "палаты": "палата", "председателя": "председатель",
}
_RU_STRESSED = {"областного": "областной", "городского": "городской", "окружного": "окружной"}


def _ru_adj_nominative(word: str) -> str:
    low = word.lower()
    if low in _RU_STRESSED:
        out = _RU_STRESSED[low]
    elif low.endswith(("ского", "цкого")):
        out = low[:-3] + "ий"
    elif low.endswith(("кого", "гого", "хого")):
        out = low[:-3] + "ий"
    elif low.endswith("ого"):
        out = low[:-3] + "ый"
    elif low.endswith("его"):
        out = low[:-3] + "ий"
    else:
        return word
    return out[0].upper() + out[1:] if word[0].isupper() else out


def _ru_issuer_nominative(phrase: str) -> str:
    """'Алматинского областного маслихата' -> 'Алматинский областной маслихат';
    'маслихата Алматинской области' -> 'Алматинский областной маслихат';
    'акима Алматинской области' -> 'Аким Алматинской области'."""
    if _is_upper_line(phrase):
        phrase = phrase.lower()  # "ЕНБЕКШИКАЗАХСКОГО РАЙОННОГО МАСЛИХАТА" as a heading
    words = phrase.split()
    head_index = next((i for i, w in enumerate(words) if w.lower() in _RU_GEN_NOUNS), None)
    if head_index is None:
        return _capitalize(phrase)
    out = [_ru_adj_nominative(w) for w in words[:head_index]]
    out.append(_RU_GEN_NOUNS[words[head_index].lower()])
    out.extend(words[head_index + 1:])
    return _canonical_ru_issuer(_capitalize(" ".join(out)))


_RU_LEVELS = {"области": "областной", "района": "районный"}


def _canonical_ru_issuer(name: str) -> str:
    """'Маслихат Алматинской области' -> 'Алматинский областной маслихат' (the form the body uses for
    itself); other names unchanged."""
    m = re.fullmatch(r"(?i)(маслихат)\s+(?P<adj>[А-ЯЁ][а-яё]+)(?:ской|цкой|ского|цкого)\s+(?P<lvl>области|района)",
                     name)
    if m:
        base = name[m.start("adj"):m.end("adj")]
        suffix = name[m.end("adj"):m.start("lvl")].strip()
        adj = base + ("ский" if suffix.startswith("ск") else "цкий")
        return f"{adj} {_RU_LEVELS[m.group('lvl').lower()]} маслихат"
    return name


def _capitalize(s: str) -> str:
    s = s.strip()
    return s[0].upper() + s[1:] if s else s


_KK_GENITIVE = re.compile(r"(ның|нің|дың|дің|тың|тің)$")


def _kk_issuer_nominative(phrase: str) -> str:
    """'Алматы облыстық мәслихатының' -> 'Алматы облыстық мәслихаты'; 'Алматы облысы әкімінің' ->
    'Алматы облысы әкімі'."""
    words = phrase.split()
    if not words:
        return phrase
    last = words[-1]
    low = last.lower()
    if _KK_GENITIVE.search(low):
        stem = last[:-3]
        if stem and stem[-1].lower() in "ыі":
            words[-1] = stem  # possessive kept: "мәслихатының" -> "мәслихаты"
        else:
            words[-1] = stem  # "мәслихаттың" -> "мәслихат"
    return _capitalize(" ".join(words))


def _trim_issuer(phrase: str, max_words: int = 9) -> str:
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,.;:«»\"“”")
    # drop a leading title remnant ("… бекіту туралы Алматы облыстық …")
    for stop in (" туралы ", " годы ", " году "):
        idx = phrase.rfind(stop)
        if idx >= 0:
            phrase = phrase[idx + len(stop):]
    words = phrase.split()
    if len(words) > max_words:
        words = words[-max_words:]
    # start at the first capitalised word or a level word
    while words and not (words[0][0].isupper() or words[0][0].isdigit() or re.match(
            r"(?i)(маслихат|мәслихат|аким|әкім|облыс|аудан|қала|город|район|област)", words[0])):
        words = words[1:]
    return " ".join(words)


_RU_HEADS = ("маслихат", "акимат", "аким", "совет", "комиссия", "управление", "отдел", "департамент", "аппарат",
             "министерство", "палата", "сессия", "собрание")
_KK_HEADS = ("мәслихаты", "мәслихат", "маслихаты", "әкімдігі", "әкімдік", "әкімі", "кеңесі", "комиссиясы",
             "басқармасы", "бөлімі", "аппараты", "министрлігі", "сессиясы", "палатасы", "департаменті")
_RU_ADJ_NOM = re.compile(r"(?i)^[а-яё]+(?:-[а-яё]+)?(?:ый|ий|ой|ая|яя|ое|ее)$")
_KK_LEFT_WORDS = re.compile(
    r"(?i)^(?:аудандық|облыстық|қалалық|ауылдық|кенттік|округтік|селолық|аудан\w*|облыс\w*|қала\w*|ауыл\w*|"
    r"округ\w*|кент\w*|атындағы|бойынша)$")
_KK_OBLIQUE = re.compile(r"(?i)(?:ға|ге|қа|ке|на|не|да|де|та|те|нан|нен|дан|ден|тан|тен|мен|бен|пен)$")
# the level of a body or a place: a capitalised word right before it is the place's name, whatever its ending
# ("Қызылорда облыстық", "Өскемен қаласының", "Астана қаласы бойынша")
_KK_LEVEL_WORD = re.compile(r"(?i)^(?:аудандық|облыстық|қалалық|ауылдық|кенттік|округтік|селолық|аудан\w*|облыс\w*|"
                            r"қала\w*|ауыл\w*|округ\w*|кент\w*)$")
# a possessive form in an oblique case ("Заңына", "Кодексіне", "тармағына"): a cited act, never a place name
_KK_POSSESSIVE_OBLIQUE = re.compile(r"(?i)(?:сы|сі|ы|і)(?:на|не|нда|нде|нан|нен|мен)$")


def _formula_subject(before: str) -> str:
    """The body named in the nominative right before an enacting verb: "… Бюджетного кодекса Республики
    Казахстан Абайский районный маслихат" -> "Абайский районный маслихат"; "… Об утверждении перечня Акимат
    Абайского района" -> "Акимат Абайского района"; "… 2-тармағына сәйкес Абай аудандық мәслихаты" -> "Абай
    аудандық мәслихаты". The head noun is found first, then only the words that can belong to the name are
    taken to its left (nominative adjectives in Russian; names and level words in Kazakh)."""
    words = before.split()
    bare = [w.strip("«»\"“”,;()").lower() for w in words]
    for h in range(len(words) - 1, -1, -1):
        if bare[h] in _KK_HEADS:
            start = h
            while start > 0 and h - start < 8:
                w = words[start - 1].strip("«»\"“”")
                if any(ch.isdigit() for ch in w) or w.endswith((",", ";", ".")):
                    break
                place_name = w[:1].isupper() and _KK_LEVEL_WORD.match(words[start].strip("«»\"“”")) is not None \
                    and not _KK_POSSESSIVE_OBLIQUE.search(w)
                if _KK_LEFT_WORDS.match(w) or place_name or \
                        (w[:1].isupper() and (w.endswith("стан") or not _KK_OBLIQUE.search(w))):
                    start -= 1
                    continue
                break
            return " ".join(words[start:])
        if bare[h] in _RU_HEADS:
            start = h
            while start > 0 and h - start < 4 and _RU_ADJ_NOM.match(words[start - 1].strip("«»\"“”")):
                start -= 1
            return " ".join(words[start:])
    return ""


_ADDRESSEE_RU = re.compile(r"^(?:[А-ЯЁ][а-яё]+(?:ю|у)|Главе|Г-ну|Г-же|Уважаем\w*)(?:\s|$)")
_ADDRESSEE_KK = re.compile(r"(?:сына|сіне|ына|іне|ға|ге|қа|ке)\s*$")
_KK_GENITIVE_END = re.compile(r"(?:ның|нің|дың|дің|тың|тің)\s*$")


def _addressee_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines naming the addressee of a letter ("Председателю постоянной комиссии /
    Карасайского районного маслихата", "Абай аудандық мәслихатының / төрағасына"): a Russian line opening
    with a dative, and the genitive lines after it; a Kazakh line ending with a dative, and the genitive lines
    before it. An addressee is never the issuer."""
    out: set[int] = set()
    for i, line in enumerate(lines[:25]):
        if not line or len(line) > 120 or re.search(r"[.:;!?]$|\d{4}", line):
            continue
        if _ADDRESSEE_RU.match(line) and not _RU_ADJ_NOM.match(line.split()[0]):
            out.add(i)
            j = i + 1
            while j < len(lines) and lines[j] and len(lines[j]) < 90 and not re.search(r"[.:;!?]$|\d", lines[j]) \
                    and all(re.search(r"(?:ого|его|ой|ей|ых|их|а|я|и|ы|\.)$", w) or w[:1].isupper()
                            for w in lines[j].split()) and not re.match(r"(?i)(?:на|в|по|о|об)\s", lines[j]):
                out.add(j)
                j += 1
        elif _ADDRESSEE_KK.search(line) and re.search(r"[әғқңөұүһі]", line.lower()) and not re.search(
                r"(?i)\b(?:туралы|жөнінде|сәйкес)\b", line):
            out.add(i)
            j = i - 1
            while j >= 0 and j not in out and _KK_GENITIVE_END.search(lines[j]) and len(lines[j]) < 90:
                out.add(j)
                j -= 1
    return out


_LEGAL_FORM = r"(?:ГУ|КГУ|РГУ|ГККП|КГП|ТОО|АО|ММ|КММ|РММ|МКҚК|ЖШС|АҚ)"


def _issuer(text: str, req: _Requisite | None, lang: str) -> Field:
    head = text[:HEAD_CHARS * 3]
    flat = re.sub(r"\s*\n\s*", " ", head)
    # 1. enacting formula, already in the nominative
    for regex, formula_lang in ((_ENACT_VERB_RU, "ru"), (_ENACT_VERB_KK, "kk")):
        verb = regex.search(flat)
        if not verb:
            continue
        m = _WHO_BEFORE.search(flat[max(0, verb.start() - 160):verb.start()])
        if not m:
            continue
        who = _formula_subject(m.group("who"))
        if not who:
            continue
        generic = len(who.split()) <= 2 and not any(w[0].isupper() for w in who.split()[:-1])
        if formula_lang == "ru":
            who = _canonical_ru_issuer(_capitalize(who))
        else:
            who = _capitalize(who)
        if generic and req is not None and req.issuer_text:
            break  # "облыс әкімі ШЕШІМ ЕТТІ": the requisite line names the body better
        return Field(who, 0.55 if generic else 0.9, "enacting formula")
    # 2. requisite line, turned into the nominative
    if req is not None and req.issuer_text:
        phrase = _trim_issuer(req.issuer_text, 10)
        if phrase and re.search(_ORG_WORDS_RU + "|" + _ORG_WORDS_KK, phrase, re.IGNORECASE):
            if req.lang == "ru" or (not req.lang and lang == "ru"):
                return Field(_ru_issuer_nominative(phrase), 0.8, "requisite line")
            if re.search(r"(ның|нің|дың|дің|тың|тің)$", phrase):
                return Field(_kk_issuer_nominative(phrase), 0.8, "requisite line")
            return Field(_capitalize(phrase), 0.7, "requisite line")
    lines = [ln.strip(" ,") for ln in head.split("\n")[:40]]
    addressee = _addressee_lines(lines)
    # 3. a letterhead: the lines at the very top naming organisations, the most specific (last) one
    letterhead = ""
    for i, line in enumerate(lines[:12]):
        if not line:
            continue
        if i in addressee or re.search(r"\d|[.:;!?]$|[.:;!?]\s", line) or _TITLE_START_RU.match(line) or \
                _TITLE_END_KK.search(line) or _ENACTING.search(line) or len(line) > 140 or len(line.split()) > 12:
            if letterhead or i in addressee or re.search(r"\d", line):
                break
            continue
        if re.match(r"(?i)(о|об|в|на|по|[-–•])\s", line) or not (line[0].isupper() or line[0] in "«\""):
            continue
        if _names_a_body(line):
            letterhead = line
    if letterhead:
        words = letterhead.split()
        heads = [k for k, w in enumerate(words) if w.lower() in _KK_HEADS]
        if heads and heads[-1] < len(words) - 1 and all(_KK_GENITIVE.search(w.lower()) for w in words[heads[-1] + 1:]):
            # "Тексеру комиссиясы төрағасының" (… бұйрығына қосымша): the body, not its official
            letterhead = " ".join(words[:heads[-1] + 1])
        return Field(letterhead, 0.4, "letterhead")
    # 4. "отчет акима Абайского района", "сессии Абайского районного маслихата": a body named in the genitive
    body = "\n".join(ln for i, ln in enumerate(lines) if i not in addressee)[:600]
    m = re.search(r"\b(?P<who>(?:[Аа]кима|[Аа]кимата|[Мм]аслихата)(?:\s+[А-ЯЁ][а-яё-]+(?:ого|ой|его|ей))+"
                  r"\s+(?:района|области|города|округа)|(?:[Аа]кима|[Аа]кимата|[Мм]аслихата)\s+города\s+[А-ЯЁ][а-яё-]+|"
                  r"[А-ЯЁ][а-яё-]+(?:ского|цкого)\s+(?:районного|областного|городского)\s+маслихата)", body)
    if m:
        return Field(_ru_issuer_nominative(m.group("who")), 0.5, "named in the text")
    return NONE


# ---------------------------------------------------------------------------------------------- title
_TITLE_START_RU = re.compile(r"^(?:О|Об|Обо)\s+\S", re.IGNORECASE)
_TITLE_END_KK = re.compile(r"(?:туралы|жөнінде)[»\"”]?\s*$", re.IGNORECASE)
# Header labels. Words that also begin ordinary titles ("Шығыс Қазақстан облысының …", "Кіріс …", "Жаңа …",
# "Новый …") count only in a label's own shape: an outgoing/incoming reference before its number
# ("Исх. № 5", "Шығыс №", "Кіріс: …"), a status word alone on its line ("Жаңа", "Новый").
_NOT_TITLE = re.compile(r"^[\W_]*(?:ПРОЕКТ|Проект|ЖОБА|Жоба|Утративший силу|Күші жойылды|"
                        r"Информация о документе|Сноска|Ескерту|Примечание|Приложение|ПРИЛОЖЕНИЕ|\d+\.)(?!\w)|"
                        r"^[\W_]*(?:Исх|Вх|Шығыс|Кіріс)\.?\s*(?:№|N(?!\w)|:|\d)|"
                        r"^[\W_]*(?:Жаңа|Новый|Новая|Новое)[\W_]*$|"
                        r".*қосымша\s*$|\s*[-–•]", re.IGNORECASE)
_ENACTING = re.compile(r"(?<!\w)(?:РЕШИЛ|РЕШИЛА|ПОСТАНОВЛЯЕТ|ПОСТАНОВИЛ|ПРИКАЗЫВАЮ|ШЕШІМ ҚАБЫЛДАДЫ|ШЕШТІ|"
                       r"ШЕШІМ ЕТТІ|ҚАУЛЫ ЕТЕДІ|ҚАУЛЫ ЕТТІ|БҰЙЫРАМЫН)(?!\w)")
_PLACE_LINE = re.compile(r"^(?:(?:г|с|п|пос|пгт|а)\.\s*[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)?|"
                         r"[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)?\s+(?:қаласы|ауданы|ауылы|кенті|селосы|"
                         r"облысы)|(?:город|село|поселок)\s+[А-ЯЁ][\w-]*)$")
_KK_ACT_NOMINATIVE_END = re.compile(r"(?<!\w)(?:шешімі|қаулысы|бұйрығы|өкімі|ШЕШІМІ|ҚАУЛЫСЫ)[.,]?(?:\s.*)?$")


def _is_upper_line(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _bare_requisite_line(line: str) -> bool:
    """A line holding only a date and/or a number ("2022 жылғы 30 маусым № 8-45", "от 15.03.2024 № 135")."""
    rest = line
    for m in [*find_dates(line), *find_numbers(line)]:
        rest = rest.replace(m.text, " ")
    return rest != line and len(re.findall(r"[^\W\d_]{3,}", rest)) <= 1


def _title_line_kinds(text: str, req: _Requisite | None) -> tuple[list[str], set[int], set[int]]:
    """The lines of the head of the text, the indexes of those that can never begin a title (the requisite
    line, registration stamps, notes, bare date/number lines, places, enacting formulas) and, among them, the
    bare date/number lines, which an amendment's title may run through (the amended act's date and number)."""
    head = text[:HEAD_CHARS]
    raw = head.split("\n")
    lines = [ln.strip() for ln in raw]
    reg = _registration_spans(head)
    blocked: set[int] = set()
    bare: set[int] = set()
    pos = 0
    for i, line in enumerate(raw):
        a, b = pos, pos + len(line)
        pos = b + 1
        if req is not None and a < req.end and b > req.start and req.source != "appendix of the act":
            blocked.add(i)
        elif any(a < rb and b > ra and (rb - ra) >= 0.5 * max(1, b - a) for ra, rb in reg):
            blocked.add(i)
        elif _NOT_TITLE.match(lines[i]) or (_ENACTING.search(lines[i]) and not _TITLE_START_RU.match(lines[i])) or \
                _PLACE_LINE.match(lines[i]) or \
                _bare_requisite_line(lines[i]) or _KK_ACT_NOMINATIVE_END.search(lines[i]):
            blocked.add(i)
            if _bare_requisite_line(lines[i]) and not _NOT_TITLE.match(lines[i]) and not _PLACE_LINE.match(lines[i]):
                bare.add(i)
    return lines, blocked, bare


# an amendment or a reference naming another act whose date and number have not come yet: "О внесении изменений
# в решение Актауского городского маслихата" (next line: "от 25 декабря 2020 года № 38/427")
_RU_AWAITS_REQUISITE = re.compile(
    r"(?i)(?<!\w)(?:в|к|из|на)\s+(?:решени[еюяй]|постановлени[еюяй]|приказ[уа]?|распоряжени[еюяй]|"
    r"совместное\s+решение|совместное\s+постановление)(?:\s+[^\W\d][\w-]*){0,8}$")
# the act a Kazakh amendment refers to, in the dative: "… шешіміне өзгерістер енгізу туралы"
_KK_REFERRED_ACT = re.compile(r"(?i)(?<!\w)(?:шешіміне|шешімге|қаулысына|қаулыға|бұйрығына|өкіміне)(?!\w)")


def _cut_enacting(title: str) -> str:
    """A title that runs into the enacting formula ("… на 2023-2025 годы» Илийский районный маслихат
    РЕШИЛ:") ends before the body named in it."""
    m = _ENACTING.search(title)
    if not m:
        return title
    before = title[:m.start()].rstrip()
    subject = _formula_subject(before)
    return before[:len(before) - len(subject)].rstrip(" ,") if subject else before


def _clean_title(parts: list[str]) -> str:
    title = re.sub(r"\s+", " ", " ".join(parts)).strip()
    title = _cut_enacting(title)
    return title.strip("\"“”*").strip()


def _title(text: str, req: _Requisite | None) -> Field:
    lines, blocked, bare = _title_line_kinds(text, req)
    seen = 0
    for i, line in enumerate(lines[:40]):
        if not line or i in blocked:
            continue
        seen += 1
        if _TITLE_START_RU.match(line):
            # Russian: "О …"/"Об …", possibly wrapped over the following lines
            parts = [line]
            j = i + 1
            while j < len(lines) and lines[j] and \
                    (j not in blocked or (j in bare and _RU_AWAITS_REQUISITE.search(" ".join(parts)))) and \
                    (j in bare or not _starts_block(lines[j])) and \
                    len(" ".join(parts)) < 600 and not (_is_upper_line(lines[j]) and not _is_upper_line(line)) and \
                    not parts[-1].endswith((".", ":", ";")):
                parts.append(lines[j])
                j += 1
            title = _clean_title(parts)
            if 8 <= len(title) <= 700:
                return Field(title, 0.85, "title line")
        if _TITLE_END_KK.search(line):
            # Kazakh: the title ends with "… туралы"/"… жөнінде" and begins some lines above
            start = i
            while start > 0 and i - start < 8:
                prev = lines[start - 1]
                if start - 1 in bare and start >= 2 and start - 2 not in blocked and \
                        _KK_GENITIVE_END.search(lines[start - 2]) and not _is_upper_line(lines[start - 2]) and \
                        _KK_REFERRED_ACT.search(" ".join(lines[start:i + 1])):
                    # "Ақтау қалалық мәслихатының / 2020 жылғы 25 желтоқсандағы № 38/427 / «…» шешіміне …":
                    # the amended act's body, date and number
                    start -= 2
                    continue
                if not prev or start - 1 in blocked or prev.endswith((".", ":", ";", "!", "?")) or \
                        (_is_upper_line(prev) and not _is_upper_line(line)) or _TITLE_END_KK.search(prev) or \
                        len(" ".join(lines[start - 1:i + 1])) > 600:
                    break
                start -= 1
            title = _clean_title(lines[start:i + 1])
            if 8 <= len(title) <= 700:
                return Field(title, 0.85, "title line")
        if seen >= 8 and req is None:
            break
    # The title quoted after the requisite: "Решение … № 168/21-VI «О внесении изменений …»"
    if req is not None and req.end < len(text):
        after = text[req.end:req.end + 800]
        m = re.match(r"\s*[«\"“](?P<t>(?:О|Об)\s[^\n]{5,700})", after)
        if m:
            t = m.group("t")
            t = _balanced_quote_cut(t)
            return Field(t, 0.7, "quoted title")
    # A protocol heading and the line that continues it: "ПРОТОКОЛ № 5 / внеочередной сессии … маслихата"
    for i, line in enumerate(lines[:6]):
        if re.match(r"(?i)^(?:протокол|хаттама)\b", line):
            parts = [line]
            for nxt in lines[i + 1:i + 4]:
                if not nxt or not nxt[0].islower() or _PLACE_LINE.match(nxt) or find_dates(nxt) or \
                        re.match(r"(?:г|с|п)\.\s", nxt):
                    break
                parts.append(nxt)
            if len(parts) > 1:
                return Field(_clean_title(parts), 0.6, "heading")
            break
    # Otherwise the first meaningful line that is not a header, a letterhead, an addressee or a reply's opening.
    addressee = _addressee_lines(lines)
    for i, line in enumerate(lines[:10]):
        if not line or i in blocked or i in addressee or _is_upper_line(line) or len(line) < 8 or \
                _names_a_body(line) or _starts_block(line) or not (line[0].isupper() or line[0].isdigit() or line[0] in _QUOTE_OPEN) or \
                re.match(r"(?i)(?:на\s+(?:ваш|№)|в\s+ответ|сіздің)", line) or line.endswith(":") or "|" in line or \
                re.search(r"(?<!\w)[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?(?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?)?[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+", line):
            # (a signature: "Председатель маслихата Д. Сакенов")
            continue
        return Field(line[:300], 0.3, "first line")
    return NONE


def _names_a_body(line: str) -> bool:
    """The line is just the name of an organisation (a letterhead line): "АКИМАТ КАРАСАЙСКОГО РАЙОНА",
    "ГУ «Отдел финансов …»", "Абайский районный маслихат", "ТАЛҒАР АУДАНДЫҚ МӘСЛИХАТЫ"."""
    line = line.strip(" ,")
    if not line or re.search(r"[.:;!?]$|\d", line) or len(line.split()) > 12:
        return False
    if re.match(_LEGAL_FORM + r"\s*[«\"]", line):
        return True
    if line.split()[-1].strip("«»\"“”").lower() in _KK_HEADS:
        return True
    return _formula_subject(line) == line


_BLOCK_START = re.compile(
    r"^(?:" + _RU_ACT + r"\s|В соответствии|Зарегистрир|[\W_]*(?:Сноска|Ескерту|Примечание)|\d{1,2}\s*\.\s|\d+\)|"
    r"№\s?\d|N\s\d|\d{1,2}\.\d{1,2}\.\d{4})"
)


def _starts_block(line: str) -> bool:
    return bool(_BLOCK_START.match(line))


def _balanced_quote_cut(t: str) -> str:
    depth = 1
    for i, ch in enumerate(t):
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth -= 1
            if depth == 0:
                return t[:i].strip()
        elif ch in "\"”" and depth == 1:
            return t[:i].strip()
    return t.split("\n")[0].strip()


# ---------------------------------------------------------------------------------------------- kind
def _count(pattern: str, text: str) -> int:
    return len(re.findall(pattern, text, re.IGNORECASE))


def _kind(text: str, title: str, req: _Requisite | None) -> Field:
    head = text[:2500]
    first_lines = "\n".join(ln for ln in head.split("\n")[:8])
    low_title = title.lower()
    body = text[:60000]

    # Draft: a "ПРОЕКТ"/"ЖОБА" mark at the top or "проект решения" in the title
    if re.search(r"(?m)^\s*(?:ПРОЕКТ|Проект|ЖОБА|Жоба)\s*$", first_lines) or re.search(
            r"(?i)^проект\s+(?:решения|постановления)|шешімінің жобасы|шешім жобасы", title):
        return Field("draft_act", 0.85, "draft mark")

    # Protocol: heading word or the heard/decided structure
    protocol_marks = _count(r"\b(?:СЛУШАЛИ|ПОСТАНОВИЛИ|ВЫСТУПИЛИ|ТЫҢДАЛДЫ|СӨЙЛЕДІ|ҚАУЛЫ ЕТТІ|ШЕШТІ)\b", body)
    if re.search(r"(?m)^\s*(?:ПРОТОКОЛ|Протокол|ХАТТАМА|Хаттама)\b", first_lines) or protocol_marks >= 3:
        if protocol_marks >= 2 or re.search(r"(?i)присутствовал|қатысқандар|повестка дня|күн тәртібі", body):
            return Field("protocol", 0.85, "protocol structure")
        return Field("protocol", 0.6, "protocol heading")

    audit = _count(r"ревизионн\w+ комисси|тексеру комиссия|аудиторл\w+|аудит\b|государственн\w+ аудит|"
                   r"мемлекеттік аудит|финансов\w+ нарушени|қаржылық бұзушылық", body)
    if re.search(r"(?i)^заключени\w*|^қорытынды|\bқорытындысы\b", low_title) and audit:
        return Field("audit_conclusion", 0.85, "title")

    budget_title = re.search(r"бюджет", low_title)
    amend_title = re.search(r"внесении изменени|изменений и дополнений|өзгеріс\w*\s+(?:мен толықтыру\w*\s+)?енгізу|"
                            r"өзгерістер енгізу", low_title)
    if budget_title and re.search(r"исполнени|атқарылу", low_title) and not amend_title:
        return Field("budget_execution", 0.85, "title")
    if budget_title and amend_title:
        return Field("budget_amendment", 0.9, "title")
    if budget_title and (re.search(r"^об?\s+(?:\w+\s+){0,3}бюджет", low_title) or re.search(
            r"бюджет\w*\s+(?:туралы|бекіту туралы)|бюджет\w*\s+(?:\w+\s+){0,2}туралы", low_title)):
        return Field("budget_decision", 0.9, "title")

    # Reply letters: a reference to the incoming letter
    if re.search(r"(?i)на ваш[ие]?\s+(?:запрос|письм|обращени|исх)|в ответ на ваш|"
                 r"сіздің\s+(?:\S+\s+){0,6}(?:хатыңыз|сауалыңыз|сұрау\s*салуыңыз|өтінішіңіз)|"
                 r"хатыңызға|сауалыңызға|(?:№|N)\s*\S+\s+хатыңыз", head):
        return Field("reply_letter", 0.85, "reference to the incoming letter")

    if re.search(r"(?i)заключени\w*|қорытынды", low_title) and audit:
        return Field("audit_conclusion", 0.8, "title")

    if re.search(r"(?i)отч[её]т\w*\s+(?:об\s+)?исполнени\w*\s+(?:\w+\s+){0,2}бюджет|бюджеттің атқарылуы туралы|"
                 r"атқарылуы туралы есеп|бюджет\w*\s+атқарылуы\b(?!\w*н)|бюджет түсімдерінің атқарылуы|"
                 r"исполнение бюджета", first_lines):
        return Field("budget_execution", 0.75, "wording")

    # Rules, regulations, rates approved by a decision
    if re.search(r"^об утверждении\s+(?:\w+\s+){0,2}(?:правил|регламент|положени|порядк|ставок|ставки|"
                 r"размер\w* плат|тариф|норм\b|нормативов|инструкци)", low_title) or re.search(
            r"(?:қағидалар|қағидасын|регламент|ереже|тәртіб|мөлшерлеме|төлемақы|нормалар|нұсқаулық)\w*\s+"
            r"(?:\S+\s+){0,12}бекіту туралы", low_title) or (
            re.search(r"бекіту туралы$", low_title) and re.search(r"қағида|регламент|ереже", low_title)):
        return Field("adopted_rules", 0.85, "title")

    if re.search(r"(?i)отч[её]т\w*\s+акима|отч[её]тн\w+\s+встреч\w*\s+(?:\S+\s+){0,4}акима|"
                 r"акима?\s+(?:\S+\s+){0,4}перед населением|әкімінің\s+(?:\S+\s+){0,3}есеб|"
                 r"есептік кездесу|халық алдында есеп|тұрғындар алдында есеп|ел алдында\s+(?:\S+\s+){0,2}есеп",
                 body[:3000]):
        return Field("akimat_report", 0.75, "wording")

    if audit >= 3:
        return Field("audit_conclusion", 0.55, "wording")

    if req is not None and req.number is not None:
        if re.search(r"(?i)утвердить\s+(?:\w+\s+){0,2}бюджет|бюджет\w*\s+(?:\S+\s+){0,8}бекітілсін", body[:6000]):
            return Field("budget_decision", 0.6, "wording")
        return Field("other", 0.6, "act without a specific kind")
    return Field("other", 0.3, "")


_ENTRY_INTO_FORCE = re.compile(
    r"(?i)в\s+действие|в\s+силу|действует\s+до|қолданысқа|күшіне|қолданыла|применя\w*\s+с\b|распространя\w*\s+на")
"""The date a text takes effect ("вводится в действие с 1 января 2026 года", "2024 жылғы 1 қаңтардан бастап
қолданысқа енгізіледі") is never the document's own date."""


# ---------------------------------------------------------------------------------------------- public API
def detect(text: str) -> DetectedMetadata:
    """Detect the requisites of a document from its extracted text (all pages, in order)."""
    prepared = _prepare(text)
    lang = textnorm.detect_language(prepared[:30000])
    language = Field(lang.code, lang.confidence, "letters and common words") if lang.code != "und" else NONE
    req = _requisite(prepared)
    title = _title(prepared, req)
    number = NONE
    date = NONE
    if req is not None:
        if req.number is not None:
            number = Field(req.number.value, round(req.confidence, 2), req.source)
        if req.date is not None:
            date = Field(req.date.value, round(req.confidence, 2), req.source)
    if date.value is None:
        # a letter or report: the first date at the top outside citations and notes, low confidence
        for line in prepared[:800].split("\n"):
            if re.match(r"(?i)\W*(?:сноска|ескерту|примечание|в соответствии)|\s*\d{1,2}\s*[.)]\s", line) or re.search(
                    r"(?i)сәйкес|согласно|\bот\s+\d", line) or _ENTRY_INTO_FORCE.search(line):
                continue  # a note, a numbered clause of the body, a citation, an entry-into-force date
            if len(line) > 60 and re.search(r"\d\s*(?:г\.|года|\w+)?\s*(?:№|N\s?\d)", line):
                continue  # a cited act "… 2023 жылғы 26 желтоқсандағы № 135 шешіміне"
            found = find_dates(line)
            if found:
                date = Field(found[0].value, 0.35, "first date near the top")
                break
    issuer = _issuer(prepared, req, lang.code)
    kind = _kind(prepared, title.value or "", req)
    return DetectedMetadata(kind=kind, title=title, number=number, date=date, issuer=issuer, language=language)


__all__ = ["KINDS", "LANGUAGES", "DetectedMetadata", "Field", "detect", "find_dates", "find_numbers",
           "normalize_number"]
