"""The council's verdict on a reply: the rubric, text hints and a suggested verdict.

The executive need not follow a recommendation; it must answer with a *reasoned* (мотивированный /
уәжді) reply in time. This module reads a reply in Kazakh or Russian and suggests whether it is
justified, partly justified or unjustified, with the reasons and the evidence (character spans in the
reply). A person confirms the verdict; the suggestion never decides, and what the executive says about
itself ("исполнено", "орындалды") never closes an item.

Rubric (drawn from Law 383-V art. 5 §2, Law 148 art. 21-1, APPC art. 89 §2, Law on Languages art. 11):
answered on time; signed by the head of the body or a deputy head (or the person acting for the head);
every point answered; a decision stated for each point; reasons with a legal basis for any rejection;
for accepted points concrete measures, a responsible unit and a date; legal norms cited; in Kazakh or in
the language of the recommendation; not a formal brush-off.

How the suggestion is formed (documented so a reviewer can disagree with it):
- the reply is split into a header, the body and the signature block; the body into one section per
  point of the recommendation (by "По пункту 2", "2-тармақ бойынша", "2." markers, otherwise by the
  words a paragraph or sentence shares with each point);
- each point is then: not addressed / a brush-off (stock phrases, no substance) / rejected with a legal
  basis / rejected with reasons only / rejected without reasons / accepted with concrete measures /
  accepted vaguely / accepted with nothing behind it / answered with facts but no decision;
- justified = every point answered well; unjustified = no point answered well (and at most a few only
  vaguely); otherwise partly justified. A reply signed by someone who is neither the head nor a deputy,
  or written in neither Kazakh nor the recommendation's language, is at most partly justified. A late
  reply is reported as late, and judged on its reasoning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

# ----------------------------------------------------------------------------------------- codes

JUSTIFIED = "justified"
PARTLY = "partly_justified"
UNJUSTIFIED = "unjustified"
NO_ANSWER = "no_answer"
VERDICTS = (JUSTIFIED, PARTLY, UNJUSTIFIED, NO_ANSWER)

# Per-point answers a person records when registering a reply.
ANSWER_ACCEPTED = "accepted"
ANSWER_PARTLY = "partly"
ANSWER_REJECTED = "rejected"
ANSWER_NOT_ADDRESSED = "not_addressed"
POINT_ANSWERS = (ANSWER_ACCEPTED, ANSWER_PARTLY, ANSWER_REJECTED, ANSWER_NOT_ADDRESSED)

PASS, FAIL, UNKNOWN, NOT_APPLICABLE = "pass", "fail", "unknown", "na"

RUBRIC_CODES = (
    "on_time", "signed_by_head", "all_points_answered", "decision_per_point", "rejection_reasons",
    "accepted_measures", "legal_norms_cited", "language", "not_brush_off",
)

# Point statuses, grouped by how they weigh in the verdict.
GOOD_STATUSES = {"accepted_concrete", "rejected_with_basis", "informative"}
MEDIUM_STATUSES = {"accepted_vague", "rejected_reasoned", "partial_info"}
BAD_STATUSES = {"not_addressed", "brush_off", "accepted_bare", "rejected_unreasoned", "self_claim_only",
                "vague"}

HINT_CODES = (
    "norm", "date", "amount", "quantity", "unit", "decision_accept", "decision_partly", "decision_reject",
    "measure", "reason", "stock_phrase", "self_claim", "point_marker", "signatory",
)

_KK_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYR = "а-яёәғқңөұүһі"
_WORD = rf"[{_CYR}a-z]"

# -------------------------------------------------------------------------------------- patterns
# Every pattern is compiled case-insensitive. Order inside a group does not matter: overlapping matches
# are resolved by keeping the longest.

_RU_MONTHS_GEN = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
_RU_MONTHS_PREP = "январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре"
_KK_MONTHS = "қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"
_ROMAN = r"(?:I{1,3}|IV|[1-4])"

_PATTERNS: dict[str, list[str]] = {
    "norm": [
        # ru: "подпункту 1) пункта 2 статьи 125", "статьи 5", "ст. 21-1", "пунктом 1 статьи 510"
        r"(?:(?:под)?пункт\w*\s+\d+\)?\s+)*(?:(?:под)?пункт\w*\s+\d+\)?\s+)?(?:стать(?:я|и|ей|ю|е|ях|ям|ями)|ст\.)\s*\d+(?:-\d+)?",
        r"\bпункт(?:а|ом|у|е)?\s+\d+(?:\.\d+)?\s+(?:Правил|Положени|Порядк|Инструкци)\w*",
        r"\b(?:Закон\w*|Кодекс\w*)\s+Республики\s+Казахстан(?:\s+«[^»\n]{3,160}»)?",
        r"\b(?:Водн|Земельн|Налогов|Трудов|Социальн|Бюджетн|Предпринимательск|Экологическ|Гражданск|"
        r"Административн\w*\s+процедурно-процессуальн)\w*\s+кодекс\w*(?:\s+Республики\s+Казахстан)?",
        r"\b(?:постановлени|решени|приказ|распоряжени)\w*\s+(?:акимата|акима|маслихата|Министра|Министерства|"
        r"Правительства)(?:[^.;\n]|\.(?=\d)){0,80}?№\s*[\w/-]+",
        r"\bПравил\w*\s+[^.;\n]{3,120}?утвержд\w+\s+(?:приказом|постановлением)",
        # kk: "5-бабының 2-тармағы", "16-бабына", "1) тармақшасы", "Заңының", "Кодексінің"
        r"(?:\d+\)?\s*тармақша\w*\s+)?(?:\d+-тармағ\w*\s+)?\d+(?:-\d+)?-?\s?(?:бап|баб)\w*(?:\s+\d+-?тарма[қғ]\w*)?(?:\s+\d+\)\s*тармақша\w*)?",
        r"«[^»\n]{3,160}»\s+Қазақстан\s+Республикасы\w*\s+(?:Заң|Кодекс)\w*",
        r"\bҚазақстан\s+Республикасы\w*\s+(?:[\w-]+\s+){0,3}(?:Заң|Кодекс)\w*",
        r"\b(?:әкімдіг|мәслихат|Министр|Үкімет|басқарма)\w*\s+(?:[^.;\n]|\.(?=\d)){0,60}?№\s*[\w/-]+\s+"
        r"(?:қаулы|шешім|бұйрығ|бұйрық)\w*",
        r"\bҚағидалар\w*",
    ],
    "date": [
        r"\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b",
        rf"\b\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+(?:{_RU_MONTHS_GEN})(?:\s+\d{{4}}\s*(?:года|г\.)?)?",
        rf"\b(?:в|до|к|с)\s+(?:{_RU_MONTHS_PREP}|{_RU_MONTHS_GEN})(?:\s+\d{{4}}\s*(?:года|г\.)?)?",
        rf"\b{_ROMAN}\s*(?:-?м|-?го)?\s+квартал\w*(?:\s+\d{{4}}\s*(?:года|г\.)?)?",
        r"\b(?:до\s+конца|в\s+течение|на|в|до|к|с)\s+\d{4}(?:[–-]\d{4})?\s*(?:год\w*|гг?\.)",
        rf"\b\d{{4}}\s+жылғы\s+\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+(?:{_KK_MONTHS})\w*",
        rf"\b\d{{4}}\s+жыл\w*(?:\s+{_ROMAN}\s+тоқсан\w*)?",
        rf"\b(?:{_KK_MONTHS})\s+ай\w*",
    ],
    "amount": [
        r"\b\d[\d\s]{0,12}(?:[.,]\d+)?\s*(?:млрд|млн|тыс|миллиард\w*|миллион\w*|мың)?\.?\s*(?:тенге|теңге|тг\b\.?)",
        r"\b\d+(?:[.,]\d+)?\s*(?:млрд|млн)\.?(?=[\s,;)])",
        r"\b\d+-?\s?(?:кратн\w+|еселенген)\s+(?:МРП|АЕК)\b",
        r"\b\d+\s*(?:МРП|АЕК)\b",
        r"\bна\s+сумму\s+\d[\d\s]*(?:[.,]\d+)?",
        r"\bсомасы\s+\d[\d\s]*(?:[.,]\d+)?",
    ],
    "quantity": [
        r"\b\d+(?:[.,]\d+)?\s*(?:км|шақырым|га|гектар\w*|м²|кв\.\s*м|метр\w*|шт\.|единиц\w*|бірлік|орын\w*|"
        r"мест\b|мест[а-я]*|%|пайыз\w*|процент\w*|человек|адам\w*)",
        rf"(?<![№\d.\w/-])\d{{1,5}}(?:[.,]\d+)?\s+(?!(?:год|жыл|январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|"
        rf"октябр|ноябр|декабр|{_KK_MONTHS}|статьи|стать|пункт|бап|тармақ|раза|рет)){_WORD}{{4,}}",
    ],
    "unit": [
        r"\b(?:ГУ|КГУ|ГККП|ГКП|КГП|РГУ|РГП|ТОО|АО|НАО)\s*(?:на\s+ПХВ\s*)?«[^»\n]{3,160}»",
        r"«[^»\n]{3,160}»\s*(?:ММ|КММ|ЖШС|АҚ|МКК|ШЖҚ\s*МКК|КМК)\b",
        r"\b(?:отдел|управлени|департамент|сектор|служб|аппарат)\w*\s+(?:(?:по\s+)?[\w-]+\s+){0,3}?"
        r"(?:образования|здравоохранения|ЖКХ|жилищно-коммунального\s+хозяйства|строительства|финансов|"
        r"экономики|земельных\s+отношений|занятости|культуры|физической\s+культуры|спорта|"
        r"сельского\s+хозяйства|предпринимательства|архитектуры|пассажирского\s+транспорта|"
        r"автомобильных\s+дорог|акима|внутренней\s+политики|полиции)",
        r"\b[\w-]+\s+(?:бөлімі|бөліміне|бөлімімен|бөлімінің|бөлімін|басқармасы\w*|секторына|секторы\w*|"
        r"аппараты\w*)",
        r"\bответственн(?:ый|ые|ым|ого|ая)(?:\s+исполнитель)?\b",
        r"\bконтроль\s+(?:за\s+[^.]{0,80}?)?возложен\w*",
        r"\bжауапты\b",
        r"\b(?:жүктелді|жүктеледі)\b",
        r"\bисполнитель\b",
    ],
    "decision_reject": [
        r"\bне\s+представляется\s+возможным\b",
        r"\bотклонен\w*",
        r"\bне\s+поддерж\w+",
        r"\bне\s+может\s+быть\s+(?:принят|реализован|удовлетворен|рассмотрен)\w*",
        r"\bне\s+вправе\b",
        r"\bнецелесообразн\w+",
        r"\bневозможн\w+",
        r"\bв\s+удовлетворении\s+[^.]{0,40}отказ\w+",
        r"\bмүмкін\s+емес\b",
        r"\bмүмкіндік\s+жоқ\b",
        r"\bмүмкіндігі\s+жоқ\b",
        r"\bқолдау\s+таппады\b",
        r"\bқабылданбады\b",
        r"\bбас\s+тартыл\w+",
        r"\bорынсыз\b",
    ],
    "decision_partly": [
        r"\bчастично\b",
        r"\bв\s+части\b",
        r"\bішінара\b",
        r"\bжартылай\b",
    ],
    "decision_accept": [
        r"(?:рекомендаци\w+|предложени\w+)(?:\s+[^.\n]{0,120}?)?\s(?:приняты?|принята|принято|поддержан[аоы]?|"
        r"учтен[аоы]?)(?!\s+к\s+сведению)\b",
        r"(?<!не\s)\bпринят[аоы]?\s+к\s+исполнению\b",
        r"(?<!не\s)\bподдержан[аоы]?\b",
        r"\b(?:ұсыным|ұсыныс)\w*\s+(?:қабылданды|қолдау\s+тапты|ескерілді)",
        r"\bқолдау\s+тапты\b",
        r"\bқабылданды\b",
    ],
    "measure": [
        r"\b(?:будет|будут)\s+(?:установлен|проведен|произведен|выполнен|построен|отремонтирован|открыт|"
        r"организован|обеспечен|закуплен|приобретен|заменен|завершен|направлен|выделен)\w*",
        r"(?<!не\s)\b(?:включен|предусмотрен|запланирован|выделен|проведен|произведен|установлен|"
        r"построен|отремонтирован|открыт|организован|закуплен|приобретен|заменен|продлен|увеличен|"
        r"размещен|выплачен|поставлен|подобран|направлен|внесен|подан|предоставлен)[аоы]?\b",
        r"\b(?:выполняется|проводится\s+работа\s+по|ведутся\s+работы)\b",
        r"\b(?:бөлінді|жүргізілді|жүргізіледі|қарастырылды|жоспарланған|жоспарланды|орнатылды|"
        r"орнатылады|ауыстырылды|ауыстырылады|салынды|салынады|ашылды|ашылады|жарияланды|"
        r"жарияланатын\s+болады|өткізілді|өткізіледі|ұйымдастырылды|ұйымдастырылады|берілді|беріледі|"
        r"сатып\s+алынды|енгізілді|анықталды|жөнделді|жөнделеді|өтті|аяқталды|аяқталады)\b",
    ],
    "reason": [
        r"\bв\s+связи\s+с\b", r"\bтак\s+как\b", r"\bпоскольку\b", r"\bввиду\b", r"\bпо\s+причине\b",
        r"\bв\s+силу\b", r"\bсогласно\b", r"\bв\s+соответствии\s+с\b", r"\bпо\s+указанным\s+основаниям\b",
        r"\bоснование:", r"\bбайланысты\b", r"\bсебебі\b", r"\bөйткені\b", r"\bсәйкес\b",
        r"\bсондықтан\b", r"\bнегізінде\b", r"\bнегізі\b",
    ],
    "stock_phrase": [
        r"\bприня(?:т[аоы]?|ли)\s+к\s+сведению\b",
        r"\bв\s+пределах\s+(?:выделенных|предусмотренных|имеющихся)\s+(?:бюджетных\s+)?(?:средств|ассигнований)\b",
        r"\bпо\s+мере\s+(?:поступления\s+|выделения\s+)?(?:финансирования|средств|возможности)\b",
        r"\bпри\s+наличии\s+(?:финансирования|средств|возможности|бюджетных\s+средств)\b",
        r"\bпри\s+(?:выделении|поступлении)\s+(?:средств|финансирования)\b",
        r"\bпо\s+возможности\b",
        r"\bбудет\s+рассмотрен\w*(?:\s+в\s+установленном\s+порядке|\s+в\s+дальнейшем|\s+при\s+формировании\s+бюджета)?",
        r"\bбудут\s+рассмотрен\w*",
        r"\bработ\w*\s+(?:[^.\n]{0,100}?\s)?(?:будет|будут)\s+продолж\w+",
        r"\bработ\w*\s+(?:в\s+данном\s+направлении\s+)?продолжа\w+",
        r"\bпродолжа\w+\s+работ\w*\b",
        r"\bнаход(?:и|я)тся\s+на\s+(?:контроле|стадии\s+(?:рассмотрения|изучения))\b",
        r"\bвзят\w*\s+на\s+контроль\b",
        r"\bдерж(?:им|ится|ит)\s+на\s+контроле\b",
        r"\bвопрос\s+изучается\b",
        r"\bбудут\s+приняты\s+(?:необходимые|соответствующие|исчерпывающие)\s+меры\b",
        r"\bпроводится\s+(?:определенная|определённая|соответствующая)\s+работа\b",
        r"\bежегодно\s+в\s+рамках\s+бюджетных\s+программ\b",
        r"\bназарға\s+алын\w*",
        r"\bмүмкіндігінше\b",
        r"\b(?:қаражат|қаржы)\s+бөлінген\s+жағдайда\b",
        r"\bқаржыландыру\s+(?:көлеміне|мүмкіндігіне)\s+қарай\b",
        r"\bбөлінген\s+қаражат\s+шегінде\b",
        r"\bқаржыландыру\s+болған\s+жағдайда\b",
        r"\bмүмкіндік\s+болған\s+жағдайда\b",
        r"\bбақылауда\w*\b",
        r"\bжұмыстар\w*\s+жалғасын\s+таб\w+",
        r"\bжұмыс\w*\s+жалғастырыл\w+",
        r"\bтиісті\s+шаралар\s+қабылдан\w+",
        r"\bқарастырылатын\s+болады\b",
        r"\bқаралатын\s+болады\b",
        r"\bшешілетін\s+болады\b",
        r"\bжүйелі\s+түрде\s+жүргізуде\b",
    ],
    "self_claim": [
        r"\b(?:рекомендаци\w+\s+)?(?:исполнен[аоы]?|выполнен[аоы]?)(?:\s+в\s+полном\s+объ[её]ме)?\b",
        r"\bснят[аоы]?\s+с\s+контроля\b",
        r"\bмеры\s+[^.]{0,40}исполнены\b",
        r"\b(?:ұсыным\w*\s+)?(?:орындалды|толық\s+орындалды|іске\s+асырылды)\b",
        r"\bбақылаудан\s+алынды\b",
    ],
}


# Numbers that are references, not quantities: "№ 5", "статьи 125", "пункт 3", "ст. 21".
_QUANTITY_EXCLUDED = re.compile(r"(?:№\s*[\w/-]*|стать\w*|пункт\w*|\bст\.|\bп\.|\bпп\.|тармақ\w*)\s*$",
                                re.IGNORECASE)


@lru_cache(maxsize=1)
def _compiled() -> dict[str, list[re.Pattern[str]]]:
    return {code: [re.compile(p, re.IGNORECASE) for p in pats] for code, pats in _PATTERNS.items()}


# ------------------------------------------------------------------------------------- data types


@dataclass(frozen=True)
class Hint:
    """One piece of evidence found in the reply: a code, the character span and the matched text."""

    code: str
    start: int
    end: int
    text: str
    point: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "start": self.start, "end": self.end, "text": self.text, "point": self.point}


@dataclass
class PointFinding:
    number: int
    text: str
    status: str
    decision: str | None                 # accepted / partly / rejected / None
    suggested_answer: str                # one of POINT_ANSWERS
    spans: list[tuple[int, int]] = field(default_factory=list)
    evidence: list[int] = field(default_factory=list)   # indices into Suggestion.hints
    kinds: list[str] = field(default_factory=list)      # substance kinds found (norm, date, amount…)
    person_answer: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number, "status": self.status, "decision": self.decision,
            "suggested_answer": self.suggested_answer, "person_answer": self.person_answer,
            "spans": [list(s) for s in self.spans], "evidence": list(self.evidence), "kinds": list(self.kinds),
        }


@dataclass
class RubricItem:
    code: str
    status: str                          # pass / fail / unknown / na
    evidence: list[int] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "status": self.status, "evidence": list(self.evidence),
                "params": dict(self.params)}


@dataclass
class Reason:
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    evidence: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params), "evidence": list(self.evidence)}


@dataclass
class Suggestion:
    verdict: str
    reasons: list[Reason]
    rubric: list[RubricItem]
    hints: list[Hint]
    points: list[PointFinding]
    language: str
    signatory: str | None

    @property
    def evidence(self) -> list[Hint]:
        """Every hint a reason, a rubric line or a point finding relies on, in reply order."""
        used: set[int] = set()
        for r in self.reasons:
            used.update(r.evidence)
        for item in self.rubric:
            used.update(item.evidence)
        for p in self.points:
            used.update(p.evidence)
        return [self.hints[i] for i in sorted(used)]

    def rubric_status(self, code: str) -> str:
        for item in self.rubric:
            if item.code == code:
                return item.status
        raise KeyError(code)

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "language": self.language,
            "signatory": self.signatory,
            "reasons": [dict(r.to_dict(), text=render_reason(r, lang)) for r in self.reasons],
            "rubric": [dict(i.to_dict(), label=rubric_label(i.code, lang)) for i in self.rubric],
            "points": [p.to_dict() for p in self.points],
            "hints": [dict(h.to_dict(), label=hint_label(h.code, lang)) for h in self.hints],
        }


# -------------------------------------------------------------------------------------- language


def detect_language(text: str) -> str:
    """'kk', 'ru' or 'unknown' (Latin-script or too short). Kazakh letters ә ғ қ ң ө ұ ү һ і mark Kazakh."""
    cyr = kk = latin = 0
    for ch in text:
        lo = ch.lower()
        if "а" <= lo <= "я" or lo == "ё" or ch in _KK_LETTERS:
            cyr += 1
            if ch in _KK_LETTERS:
                kk += 1
        elif "a" <= lo <= "z":
            latin += 1
    if cyr < 20 or latin > cyr:
        return "unknown"
    return "kk" if kk / cyr >= 0.015 else "ru"


# -------------------------------------------------------------------------------------- hints


def find_hints(text: str, codes: Iterable[str] | None = None) -> list[Hint]:
    """All hints in ``text`` (spans never overlap within one code; the longest match wins)."""
    wanted = set(codes) if codes is not None else set(_PATTERNS)
    out: list[Hint] = []
    for code, patterns in _compiled().items():
        if code not in wanted:
            continue
        found: list[tuple[int, int]] = []
        for pat in patterns:
            for m in pat.finditer(text):
                s, e = m.span()
                # trim trailing spaces/punctuation the patterns may swallow
                while e > s and text[e - 1] in " \t\n,;:":
                    e -= 1
                if e > s:
                    found.append((s, e))
        if code == "quantity":
            found = [(s, e) for s, e in found if not _QUANTITY_EXCLUDED.search(text[max(0, s - 12):s])
                     and not re.match(r"\d+(?:[.,]\d+)?\s+[А-ЯЁӘҒҚҢӨҰҮҺІ]", text[s:e])]
        found.sort(key=lambda se: (se[0], -(se[1] - se[0])))
        last_end = -1
        for s, e in found:
            if s >= last_end:
                out.append(Hint(code, s, e, text[s:e]))
                last_end = e
            elif e > last_end and out and out[-1].code == code and e - s > out[-1].end - out[-1].start:
                # a longer overlapping match replaces the shorter one
                prev = out.pop()
                out.append(Hint(code, min(prev.start, s), e, text[min(prev.start, s):e]))
                last_end = e
    # Stock phrases and rejections win over decisions/measures/self-claims they overlap ("принято к
    # сведению" is not an acceptance; "не может быть реализована" is not a measure).
    blockers = [h for h in out if h.code in ("stock_phrase", "decision_reject")]
    kept = []
    for h in out:
        if h.code in ("decision_accept", "measure", "self_claim") and any(
            b.start < h.end and h.start < b.end for b in blockers
        ):
            continue
        kept.append(h)
    kept.sort(key=lambda h: (h.start, h.end, h.code))
    return kept


# ------------------------------------------------------------------------------- reply structure

_EXECUTOR = re.compile(r"^\s*(?:исп\.?|исполнитель:|орынд\.?|орындаған:|тел\.|e-mail)", re.IGNORECASE)
_NAME = re.compile(rf"([А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?(?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?)?[А-ЯЁӘҒҚҢӨҰҮҺІ][{_CYR}]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][{_CYR}]+)?)\s*$")
_SALUTATION = re.compile(r"^\s*(?:уважаем\w+|құрметті)\b", re.IGNORECASE)
_PREAMBLE = re.compile(
    r"(?:\bна\s+ваш\w*|\bна\s+(?:рекомендаци|депутатск|письм|запрос|обращени)\w*|\bсообщаем\b|"
    r"\bхабарлаймыз\b|\bхабарлайды\b|хатыңызға|ұсынымына|ұсынымдарына|сауалыңызға|сауалына)",
    re.IGNORECASE,
)


_GENERIC_REFERENCE = re.compile(r"рекомендаци|предложени|запрос|обращени|ұсыным|ұсыныс|сауал|өтініш|"
                                r"\bмеры\b|\bвопрос", re.IGNORECASE)


@dataclass
class _Paragraph:
    start: int
    end: int
    text: str


_NEW_PARA_LINE = re.compile(r"^\s*(?:[А-ЯЁӘҒҚҢӨҰҮҺІA-Z«\d—–-])")


def _paragraphs(text: str) -> list[_Paragraph]:
    """Paragraphs: blocks between blank lines; inside a block, a line after a finished sentence that
    starts like a new paragraph (capital, digit, dash) begins one too — text taken from DOCX or PDF has
    one line per paragraph and no blank lines."""
    out = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        chunk = m.group(0)
        if not chunk.strip():
            continue
        start = m.start()
        pos = 0
        lines = chunk.split("\n")
        offset = 0
        for i, line in enumerate(lines):
            if i > 0:
                prev = lines[i - 1].rstrip()
                breaks = (prev.endswith((".", "!", "?", ":", ";")) and _NEW_PARA_LINE.match(line)) or \
                    _marker_number(line) is not None or re.search(r"\S\s{3,}\S", line) or \
                    re.search(r"\S\s{3,}\S", prev)
                if breaks:
                    para = chunk[pos:offset - 1]
                    if para.strip():
                        out.append(_Paragraph(start + pos, start + offset - 1, para))
                    pos = offset
            offset += len(line) + 1
        para = chunk[pos:]
        if para.strip():
            out.append(_Paragraph(start + pos, start + len(chunk), para))
    return out


@dataclass
class _Structure:
    body: list[_Paragraph]
    preamble: list[_Paragraph]
    signature: tuple[str, str, int, int] | None  # (position, name, start, end)


def _structure(text: str) -> _Structure:
    paras = _paragraphs(text)
    # Signature block: from the bottom, skip executor notes; the first line ending in "И. Фамилия".
    signature = None
    sig_index = len(paras)
    for i in range(len(paras) - 1, -1, -1):
        p = paras[i]
        lines = [ln for ln in p.text.split("\n") if ln.strip()]
        if all(_EXECUTOR.match(ln) for ln in lines):
            sig_index = i
            continue
        last = lines[-1]
        m = _NAME.search(last)
        if m and len(last) < 160 and not last.rstrip().endswith((".", "!", "?")) or (
            m and re.search(r"\s{3,}|\t", last)
        ):
            position = last[: m.start()].strip()
            if not position and len(lines) > 1:
                position = lines[-2].strip()
            offset = p.start + p.text.rfind(last)
            signature = (re.sub(r"\s+", " ", position), m.group(1), offset, offset + len(last))
            sig_index = i
        break
    body: list[_Paragraph] = []
    for p in paras[:sig_index]:
        stripped = p.text.strip()
        if _SALUTATION.match(stripped):
            continue
        # Header and addressee lines carry no sentence: no full stop inside or at the end.
        if not re.search(r"[.!?:;]", stripped) and len(stripped) < 200:
            continue
        if re.fullmatch(r"[^.]*«[^»]*»\s*(?:ММ|КММ)?", stripped):
            continue
        body.append(p)
    preamble: list[_Paragraph] = []
    if body and _PREAMBLE.search(body[0].text) and len(_sentences(body[0].text)) <= 2:
        preamble.append(body[0])
    return _Structure(body, preamble, signature)


def _sentences(text: str, base: int = 0) -> list[tuple[int, int]]:
    """Sentence spans (absolute when ``base`` is the text's offset). Keeps "ст. 5", "г.", "И. Фамилия"."""
    spans = []
    start = 0
    for m in re.finditer(r"[.!?](?=\s+[А-ЯЁӘҒҚҢӨҰҮҺІA-Z«\d])", text):
        end = m.end()
        before = text[max(0, end - 5):end]
        if re.search(r"(?:\bст|\bп|\bпп|\bг|\bул|\bкв|\bтел|\bим|\bд|\bобл|\bр-н|\bсм|\bт|\bгг|\bшт|\b[А-ЯЁӘҒҚҢӨҰҮҺІ])\.$",
                     before):
            continue
        spans.append((base + start, base + end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text.rstrip()):
        spans.append((base + start, base + len(text.rstrip())))
    return spans


# --------------------------------------------------------------------------------- point markers

_RU_ORDINALS = {
    "перв": 1, "втор": 2, "трет": 3, "четв": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9,
    "десят": 10,
}
_KK_ORDINALS = {
    "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4, "бесінші": 5, "алтыншы": 6, "жетінші": 7,
    "сегізінші": 8, "тоғызыншы": 9, "оныншы": 10,
}
_MARKERS = [
    re.compile(r"^\s*(?:по\s+)?(?:пункту|пункт|п\.)\s*(\d{1,2})\b", re.IGNORECASE),
    re.compile(r"^\s*по\s+(\d{1,2})[-‑]?(?:му|ому|ему)?\s+(?:пункту|вопросу|рекомендации)", re.IGNORECASE),
    re.compile(r"^\s*по\s+(перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)\w*\s+"
               r"(?:пункту|вопросу|рекомендации)", re.IGNORECASE),
    re.compile(r"^\s*по\s+рекомендации\s+№?\s*(\d{1,2})\b", re.IGNORECASE),
    re.compile(r"^\s*(?:ұсынымның\s+)?(\d{1,2})[-‑]?\s?(?:тармақ|тармағ|ұсыным|мәселе)\w*", re.IGNORECASE),
    re.compile(r"^\s*(бірінші|екінші|үшінші|төртінші|бесінші|алтыншы|жетінші|сегізінші|тоғызыншы|оныншы)\s+"
               r"(?:тармақ|ұсыным|мәселе)\w*", re.IGNORECASE),
    re.compile(r"^\s*(\d{1,2})\s*[.)]\s+(?=\S)"),
]


def _marker_number(text: str) -> tuple[int, int] | None:
    """(point number, marker length) when the text starts with a point marker."""
    for pat in _MARKERS:
        m = pat.match(text)
        if not m:
            continue
        raw = m.group(1).lower()
        if raw.isdigit():
            return int(raw), m.end()
        for stem, n in _RU_ORDINALS.items():
            if raw.startswith(stem):
                return n, m.end()
        if raw in _KK_ORDINALS:
            return _KK_ORDINALS[raw], m.end()
    return None


# ---------------------------------------------------------------------------------- word matching

_STOP = set("""
и в во на по с со для от до за о об обо что как к ко из не а также года году год том этом этой эти
этих все всех его ее её их при под над без или либо бы же ли то так уже ещё еще ни ну был была было
были будет будут является являются который которая которые которых этого этому данный данного
ретінде және мен бен пен да де та те үшін туралы бойынша арқылы бұл осы сол мына ол оның олардың
болып болады болды жылы жылғы жыл тиіс қажет
""".split())
# Words every recommendation shares (the council, the district…) say nothing about which point is meant.
_GENERIC_STEMS = {
    "район", "аудан", "город", "қала", "сел", "ауыл", "облас", "обществ", "совет", "қоғамд", "кеңес",
    "рекоменд", "ұсыным", "обеспеч", "провест", "жүргіз", "организ", "ұйымда", "вопрос", "мәселе",
    "средств", "қаражат", "бюджет", "работ", "жұмыс", "меры", "шара", "акимат", "әкімді", "отдел", "бөлім",
}

_KK_SUFFIXES = sorted(
    """лар лер дар дер тар тер ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті да де та те
    дан ден тан тен нан нен мен бен пен ын ін ы і сы сі мыз міз ңыз ңіз ым ім м ң ың ің н
    ндағы ндегі дағы дегі тағы тегі ғы гі қы кі лық лік дық дік тық тік шы ші""".split(),
    key=len, reverse=True,
)


@lru_cache(maxsize=1)
def _ru_stemmer() -> Any:
    import Stemmer  # PyStemmer (Snowball, C)

    return Stemmer.Stemmer("russian")


def _kk_stem(word: str) -> str:
    changed = True
    while changed and len(word) > 4:
        changed = False
        for suf in _KK_SUFFIXES:
            if word.endswith(suf) and len(word) - len(suf) >= 3:
                word = word[: -len(suf)]
                changed = True
                break
    return word


def _stems(text: str, lang: str) -> list[str]:
    words = [w.lower().replace("ё", "е") for w in re.findall(rf"{_WORD}+", text, re.IGNORECASE)]
    words = [w for w in words if len(w) >= 3 and w not in _STOP]
    if lang == "kk":
        stems = [_kk_stem(w) for w in words]
    else:
        stems = list(_ru_stemmer().stemWords(words))
    return [s[:6] for s in stems if len(s) >= 3]


def _is_generic(stem: str) -> bool:
    return any(stem.startswith(g[: len(stem)]) and stem[:4] == g[:4] for g in _GENERIC_STEMS)


def _point_keywords(points: Sequence[str], lang: str) -> list[dict[str, float]]:
    """Per point: stem → weight (1 for a stem only this point has, 0.5 when shared, generic words 0)."""
    sets = [set(_stems(p, lang)) for p in points]
    out = []
    for s in sets:
        weights = {}
        for stem in s:
            if _is_generic(stem):
                continue
            shared = sum(1 for other in sets if stem in other)
            weights[stem] = 1.0 if shared == 1 else 0.5
        out.append(weights)
    return out


def _score(text: str, keywords: dict[str, float], lang: str) -> float:
    stems = set(_stems(text, lang))
    return sum(w for stem, w in keywords.items() if stem in stems)


# ------------------------------------------------------------------------------------ the analysis


def extract_signatory(text: str) -> tuple[str, str] | None:
    """(position, "И. Фамилия") of the person who signed, read from the signature block."""
    sig = _structure(text).signature
    return (sig[0], sig[1]) if sig else None


_ACTING = re.compile(r"\b(?:и\.\s?о\.|исполняющ\w+\s+обязанност\w+|временно\s+исполняющ\w+|м\.\s?а\.|"
                     r"міндетін\s+атқаруш\w+|уақытша\s+атқаруш\w+)", re.IGNORECASE)
_DEPUTY = re.compile(r"\b(?:заместител\w+|зам\.|орынбасар\w*|бірінші\s+орынбасар\w*)", re.IGNORECASE)
_NOT_HEAD = re.compile(r"\b(?:специалист\w*|эксперт\w*|консультант\w*|инспектор\w*|заведующ\w+\s+сектор\w*|"
                       r"менеджер\w*|помощник\w*|советник\w*|маман\w*|сарапшы\w*|кеңесші\w*|"
                       r"сектор\w*\s+меңгерушісі|көмекші\w*|исполнитель|орындаушы)", re.IGNORECASE)
_HEAD = re.compile(r"\b(?:аким\w*|руководител\w+|начальник\w*|директор\w*|председател\w+|главный\s+врач|"
                   r"ректор\w*|әкім\w*|басшы\w*|бастығ\w*|төраға\w*|директоры|бас\s+дәрігер\w*)", re.IGNORECASE)


def classify_signatory(position: str | None) -> str | None:
    """'head', 'deputy_head', 'acting', 'other' or None (unknown)."""
    if not position:
        return None
    if _ACTING.search(position):
        return "acting"
    if _DEPUTY.search(position):
        return "deputy_head"
    if _NOT_HEAD.search(position):
        return "other"
    if _HEAD.search(position):
        return "head"
    return "other"


def suggest_verdict(
    reply_text: str | None,
    points: Sequence[str],
    *,
    recommendation_language: str | None = None,
    on_time: bool | None = None,
    signatory: str | None = None,
    point_answers: Mapping[int, str] | None = None,
    kind: str = "recommendation",
) -> Suggestion:
    """Read a reply against the numbered points of a recommendation or inquiry and suggest a verdict.

    ``points`` are the texts of the points in order (numbered from 1). ``signatory`` (the position of the
    person who signed, as registered) wins over the one read from the text. ``point_answers`` maps point
    numbers to what a person recorded (accepted / partly / rejected / not_addressed). ``kind``
    "deputy_inquiry" or "info_request" asks for information rather than decisions.
    """
    if not points:
        points = [""]
    if reply_text is None or not reply_text.strip():
        return Suggestion(
            NO_ANSWER, [Reason("no_reply")],
            [RubricItem(code, FAIL if code in ("on_time", "all_points_answered") else UNKNOWN)
             for code in RUBRIC_CODES],
            [], [PointFinding(i + 1, p, "not_addressed", None, ANSWER_NOT_ADDRESSED) for i, p in enumerate(points)],
            "unknown", signatory)

    text = reply_text
    lang = detect_language(text)
    points_lang = recommendation_language or detect_language(" ".join(points))
    match_lang = lang if lang != "unknown" else (points_lang if points_lang != "unknown" else "ru")
    structure = _structure(text)
    hints = find_hints(text)

    # Signature: the registered position wins; the one read from the text is evidence.
    sig_hint_index = None
    position = signatory
    if structure.signature:
        pos, name, s, e = structure.signature
        hints.append(Hint("signatory", s, e, text[s:e]))
        hints.sort(key=lambda h: (h.start, h.end, h.code))
        sig_hint_index = next(i for i, h in enumerate(hints) if h.code == "signatory" and h.start == s)
        if position is None:
            position = pos
    signatory_class = classify_signatory(position)

    # ---- assign body text to points
    n = len(points)
    segments: dict[int, list[tuple[int, int]]] = {i: [] for i in range(1, n + 1)}
    general: list[tuple[int, int]] = []
    preamble_ids = {id(p) for p in structure.preamble}
    keywords = _point_keywords(points, match_lang)
    current: int | None = None
    unassigned: list[_Paragraph] = []
    marker_spans: list[tuple[int, int]] = []
    any_marker = False
    for para in structure.body:
        if id(para) in preamble_ids:
            general.append((para.start, para.end))
            continue
        lead = len(para.text) - len(para.text.lstrip())
        marker = _marker_number(para.text)
        if marker and 1 <= marker[0] <= n:
            current = marker[0]
            any_marker = True
            marker_spans.append((para.start + lead, para.start + marker[1]))
            segments[current].append((para.start, para.end))
        elif current is not None and any_marker:
            # an unnumbered paragraph after a numbered one continues it, unless it clearly speaks of
            # another point
            best = _best_point(para.text, keywords, match_lang)
            if best is not None and best != current and _score(para.text, keywords[best - 1], match_lang) >= 2:
                segments[best].append((para.start, para.end))
            else:
                segments[current].append((para.start, para.end))
        else:
            unassigned.append(para)
    for para in unassigned:
        _assign_by_content(para, keywords, match_lang, segments, general, text)

    # A general statement about the whole recommendation ("рекомендации приняты к сведению", "ұсыным
    # орындалды") is the only answer the points without their own section get.
    generic_spans = [
        (s, e) for s, e in general
        if _GENERIC_REFERENCE.search(text[s:e]) and any(
            h.code in ("decision_accept", "decision_reject", "decision_partly", "stock_phrase", "self_claim")
            and s <= h.start and h.end <= e for h in hints)
    ]
    generic_points = [num for num, spans in segments.items() if not spans] if generic_spans else []
    for num in generic_points:
        segments[num].extend(generic_spans)

    for s, e in marker_spans:
        hints.append(Hint("point_marker", s, e, text[s:e]))
    hints.sort(key=lambda h: (h.start, h.end, h.code))

    def in_spans(h: Hint, spans: list[tuple[int, int]]) -> bool:
        return any(s <= h.start and h.end <= e for s, e in spans)

    # Re-label hints with their point.
    labelled: list[Hint] = []
    for h in hints:
        point = None
        for num, spans in segments.items():
            if in_spans(h, spans):
                point = num
                break
        labelled.append(Hint(h.code, h.start, h.end, h.text, point))
    hints = labelled
    if sig_hint_index is not None:
        sig_hint_index = next(i for i, h in enumerate(hints) if h.code == "signatory")
    body_spans = [(p.start, p.end) for p in structure.body]
    general_stock = [i for i, h in enumerate(hints) if h.code == "stock_phrase" and in_spans(h, general)]
    general_claims = [i for i, h in enumerate(hints) if h.code == "self_claim" and in_spans(h, general)]
    preamble_spans = [(p.start, p.end) for p in structure.preamble]
    unrelated = [i for i, h in enumerate(hints)
                 if h.code in ("amount", "quantity", "date", "unit", "measure", "norm")
                 and in_spans(h, general) and not in_spans(h, preamble_spans)]

    # ---- per point
    findings: list[PointFinding] = []
    inquiry = kind in ("deputy_inquiry", "info_request")
    for num in range(1, n + 1):
        spans = segments[num]
        idx = [i for i, h in enumerate(hints) if h.code != "point_marker" and in_spans(h, spans)]
        person = (point_answers or {}).get(num)
        finding = _judge_point(num, points[num - 1], spans, idx, hints, inquiry, person, general_stock)
        findings.append(finding)

    # ---- rubric
    rubric: list[RubricItem] = []
    rubric.append(RubricItem("on_time", UNKNOWN if on_time is None else (PASS if on_time else FAIL)))
    if signatory_class is None:
        rubric.append(RubricItem("signed_by_head", UNKNOWN))
    else:
        rubric.append(RubricItem("signed_by_head", FAIL if signatory_class == "other" else PASS,
                                 [sig_hint_index] if sig_hint_index is not None else [],
                                 {"position": position, "class": signatory_class}))
    missing = [f.number for f in findings if f.status == "not_addressed"]
    rubric.append(RubricItem("all_points_answered", FAIL if missing else PASS, [], {"missing": missing}))
    no_decision = [f.number for f in findings if f.status != "not_addressed" and f.decision is None]
    decision_item = RubricItem("decision_per_point", PASS, [], {"without_decision": no_decision})
    if no_decision:
        decision_item.status = NOT_APPLICABLE if inquiry and all(
            f.status in GOOD_STATUSES for f in findings if f.number in no_decision) else FAIL
    rubric.append(decision_item)
    rejected = [f for f in findings if f.decision == "rejected"]
    if not rejected:
        rubric.append(RubricItem("rejection_reasons", NOT_APPLICABLE))
    else:
        bad = [f.number for f in rejected if f.status != "rejected_with_basis"]
        rubric.append(RubricItem("rejection_reasons", FAIL if bad else PASS,
                                 sorted({i for f in rejected for i in f.evidence
                                         if hints[i].code in ("norm", "reason")}), {"points": bad}))
    accepted = [f for f in findings if f.decision in ("accepted", "partly")]
    if not accepted:
        rubric.append(RubricItem("accepted_measures", NOT_APPLICABLE))
    else:
        bad = [f.number for f in accepted if f.status != "accepted_concrete"]
        rubric.append(RubricItem("accepted_measures", FAIL if bad else PASS,
                                 sorted({i for f in accepted for i in f.evidence
                                         if hints[i].code in ("date", "unit", "amount", "quantity", "measure")}),
                                 {"points": bad}))
    norms = [i for i, h in enumerate(hints) if h.code == "norm" and in_spans(h, body_spans)]
    rubric.append(RubricItem("legal_norms_cited", PASS if norms else FAIL, norms))
    if lang == "kk" or (points_lang in ("kk", "ru") and lang == points_lang):
        lang_status = PASS
    elif lang == "unknown" or points_lang == "unknown":
        lang_status = UNKNOWN
    else:
        lang_status = FAIL
    rubric.append(RubricItem("language", lang_status, [], {"reply": lang, "recommendation": points_lang}))
    brush = [f.number for f in findings if f.status in ("brush_off", "self_claim_only")]
    stock_idx = [i for i, h in enumerate(hints) if h.code in ("stock_phrase", "self_claim")
                 and in_spans(h, body_spans)]
    rubric.append(RubricItem("not_brush_off", FAIL if brush else PASS, stock_idx if brush else [],
                             {"points": brush}))

    # ---- verdict
    good = [f for f in findings if f.status in GOOD_STATUSES]
    medium = [f for f in findings if f.status in MEDIUM_STATUSES]
    reasons: list[Reason] = []
    if len(good) == n:
        verdict = JUSTIFIED
    elif not good and len(medium) * 2 < n or not good and not medium:
        verdict = UNJUSTIFIED
    else:
        verdict = PARTLY
    for f in findings:
        reasons.append(Reason(f"point_{f.status}", {"point": f.number}, list(f.evidence)))
    if general_stock:
        reasons.append(Reason("general_stock_phrases", {}, general_stock))
    if general_claims:
        reasons.append(Reason("self_claim_not_evidence", {}, general_claims))
    if unrelated and missing:
        reasons.append(Reason("unrelated_content", {"points": missing}, unrelated))
    if verdict == JUSTIFIED and signatory_class == "other":
        verdict = PARTLY
        reasons.append(Reason("capped_signatory", {"position": position},
                              [sig_hint_index] if sig_hint_index is not None else []))
    elif signatory_class == "other":
        reasons.append(Reason("signatory_not_head", {"position": position},
                              [sig_hint_index] if sig_hint_index is not None else []))
    if lang_status == FAIL:
        if verdict == JUSTIFIED:
            verdict = PARTLY
            reasons.append(Reason("capped_language", {"reply": lang, "recommendation": points_lang}))
        else:
            reasons.append(Reason("wrong_language", {"reply": lang, "recommendation": points_lang}))
    if on_time is False:
        reasons.append(Reason("late", {}))
    if not norms:
        reasons.append(Reason("no_norms", {}))
    return Suggestion(verdict, reasons, rubric, hints, findings, lang, position)


def _best_point(text: str, keywords: list[dict[str, float]], lang: str) -> int | None:
    scores = [_score(text, kw, lang) for kw in keywords]
    if not scores:
        return None
    best = max(range(len(scores)), key=lambda i: scores[i])
    return best + 1 if scores[best] > 0 else None


def _assign_by_content(para: _Paragraph, keywords: list[dict[str, float]], lang: str,
                       segments: dict[int, list[tuple[int, int]]], general: list[tuple[int, int]],
                       text: str) -> None:
    """Give an unnumbered paragraph (or each of its sentences) to the point it speaks about."""
    n = len(keywords)
    scores = [_score(para.text, kw, lang) for kw in keywords]
    strong = [i for i, s in enumerate(scores) if s >= _threshold(keywords[i])]
    if len(strong) <= 1:
        if strong:
            segments[strong[0] + 1].append((para.start, para.end))
        elif n == 1 and scores[0] > 0:
            segments[1].append((para.start, para.end))
        else:
            general.append((para.start, para.end))
        return
    # The paragraph speaks of several points: assign sentence by sentence; a sentence without its own
    # match stays with the previous sentence's point.
    current: list[int] = []
    for s, e in _sentences(para.text, para.start):
        sent = text[s:e]
        sc = [_score(sent, kw, lang) for kw in keywords]
        matched = [i + 1 for i in range(n) if sc[i] >= min(1.0, _threshold(keywords[i]))]
        if matched:
            current = matched  # a sentence may speak of several points at once
        if not current:
            general.append((s, e))
        for num in current:
            segments[num].append((s, e))


def _threshold(keywords: dict[str, float]) -> float:
    """How much a text must share with a point to be about it: 1.5 (two distinctive words, or one and two
    shared) — lower for points with few distinctive words."""
    total = sum(keywords.values())
    return min(1.5, max(0.5, total / 3))


def _judge_point(num: int, text: str, spans: list[tuple[int, int]], idx: list[int], hints: list[Hint],
                 inquiry: bool, person: str | None, general_stock: list[int]) -> PointFinding:
    codes = {hints[i].code for i in idx}
    kinds = sorted(codes & {"norm", "date", "amount", "quantity", "unit"})
    substance = set(kinds)
    decision: str | None = None
    if not spans:
        status = "not_addressed"
        if person and person != ANSWER_NOT_ADDRESSED:
            # A person says the point was answered although we found no section for it.
            decision = {"accepted": "accepted", "partly": "partly", "rejected": "rejected"}[person]
            status = "accepted_vague" if decision != "rejected" else "rejected_reasoned"
        finding = PointFinding(num, text, status, decision, _answer_for(decision, status), [], [], kinds, person)
        return finding
    if "decision_reject" in codes:
        decision = "rejected"
    elif "decision_partly" in codes:
        decision = "partly"
    elif codes & {"decision_accept", "measure"}:
        decision = "accepted"
    elif "self_claim" in codes:
        decision = "accepted"
    else:
        decision = None
    if person:
        decision = {ANSWER_ACCEPTED: "accepted", ANSWER_PARTLY: "partly", ANSWER_REJECTED: "rejected",
                    ANSWER_NOT_ADDRESSED: None}[person]
    stock = "stock_phrase" in codes
    if person == ANSWER_NOT_ADDRESSED:
        status = "not_addressed"
    elif decision == "rejected":
        if "norm" in substance:
            status = "rejected_with_basis"
        elif "reason" in codes and substance:
            status = "rejected_reasoned"
        else:
            status = "rejected_unreasoned"
    elif stock and substance <= {"unit"}:
        # naming who "keeps it under control" is no substance
        status = "brush_off"
    elif decision in ("accepted", "partly"):
        # concrete: what is (to be) done, by when, and something specific about it (who, how much, on
        # which legal basis)
        concrete = ("date" in substance and substance & {"unit", "amount", "quantity"}) or len(substance) >= 3 \
            or ("date" in substance and "measure" in codes and "norm" in substance)
        claim_only = person is None and not codes & {"decision_accept", "measure", "decision_partly"}
        if claim_only and not concrete:
            status = "self_claim_only"
        elif concrete:
            status = "accepted_concrete"
        elif substance:
            status = "accepted_vague"
        elif codes & {"decision_accept", "measure", "decision_partly"} or person:
            status = "accepted_bare"
        else:
            status = "self_claim_only"
    else:
        informative = ("date" in substance and substance & {"unit", "amount", "quantity"}) or len(substance) >= 3
        if informative:
            status = "informative"
        elif substance:
            status = "partial_info"
        else:
            status = "vague"
    evidence = [i for i in idx if hints[i].code != "signatory"]
    return PointFinding(num, text, status, decision, _answer_for(decision, status), list(spans), evidence,
                        kinds, person)


def _answer_for(decision: str | None, status: str) -> str:
    if status == "not_addressed":
        return ANSWER_NOT_ADDRESSED
    if decision == "rejected":
        return ANSWER_REJECTED
    if decision == "partly":
        return ANSWER_PARTLY
    if decision == "accepted" and status != "self_claim_only":
        return ANSWER_ACCEPTED
    return ANSWER_NOT_ADDRESSED if status in ("brush_off", "vague", "self_claim_only") else ANSWER_PARTLY


# -------------------------------------------------------------------------------------- labels

_VERDICT_LABELS = {
    JUSTIFIED: {"en": "justified", "ru": "обоснованный", "kk": "уәжді"},
    PARTLY: {"en": "partly justified", "ru": "частично обоснованный", "kk": "ішінара уәжді"},
    UNJUSTIFIED: {"en": "unjustified", "ru": "необоснованный", "kk": "уәжсіз"},
    NO_ANSWER: {"en": "no answer", "ru": "ответ не получен", "kk": "жауап алынбады"},
}

_RUBRIC_LABELS = {
    "on_time": {"en": "Answered on time", "ru": "Ответ дан в срок", "kk": "Жауап мерзімінде берілді"},
    "signed_by_head": {"en": "Signed by the head of the body or a deputy head",
                       "ru": "Подписан первым руководителем или его заместителем",
                       "kk": "Бірінші басшы немесе оның орынбасары қол қойған"},
    "all_points_answered": {"en": "Every point answered", "ru": "Даны ответы на все пункты",
                            "kk": "Барлық тармаққа жауап берілді"},
    "decision_per_point": {"en": "A decision stated for each point", "ru": "По каждому пункту указано решение",
                           "kk": "Әр тармақ бойынша шешім көрсетілген"},
    "rejection_reasons": {"en": "Reasons with a legal basis for any rejection",
                          "ru": "Отказ обоснован со ссылкой на норму права",
                          "kk": "Бас тарту құқық нормасына сілтемемен негізделген"},
    "accepted_measures": {"en": "Accepted points: concrete measures, a responsible unit and a date",
                          "ru": "По принятым пунктам: конкретные меры, ответственный и срок",
                          "kk": "Қабылданған тармақтар бойынша: нақты шаралар, жауапты және мерзім"},
    "legal_norms_cited": {"en": "Legal norms cited", "ru": "Приведены нормы права",
                          "kk": "Құқық нормалары келтірілген"},
    "language": {"en": "In Kazakh or in the language of the recommendation",
                 "ru": "На казахском языке или на языке рекомендации",
                 "kk": "Қазақ тілінде немесе ұсыным тілінде"},
    "not_brush_off": {"en": "Not a formal brush-off", "ru": "Не формальная отписка",
                      "kk": "Формальды жауап (жалтару) емес"},
}

_STATUS_LABELS = {
    PASS: {"en": "yes", "ru": "да", "kk": "иә"},
    FAIL: {"en": "no", "ru": "нет", "kk": "жоқ"},
    UNKNOWN: {"en": "unknown", "ru": "неизвестно", "kk": "белгісіз"},
    NOT_APPLICABLE: {"en": "not applicable", "ru": "не применимо", "kk": "қолданылмайды"},
}

_HINT_LABELS = {
    "norm": {"en": "legal norm cited", "ru": "ссылка на норму права", "kk": "құқық нормасына сілтеме"},
    "date": {"en": "date or period", "ru": "дата или срок", "kk": "күн немесе мерзім"},
    "amount": {"en": "amount", "ru": "сумма", "kk": "сома"},
    "quantity": {"en": "figure", "ru": "количественный показатель", "kk": "сандық көрсеткіш"},
    "unit": {"en": "responsible unit", "ru": "ответственный орган", "kk": "жауапты орган"},
    "decision_accept": {"en": "accepted", "ru": "принято", "kk": "қабылданды"},
    "decision_partly": {"en": "partly accepted", "ru": "частично", "kk": "ішінара"},
    "decision_reject": {"en": "rejected", "ru": "отказ", "kk": "бас тарту"},
    "measure": {"en": "measure", "ru": "мера", "kk": "шара"},
    "reason": {"en": "reasoning", "ru": "обоснование", "kk": "негіздеме"},
    "stock_phrase": {"en": "stock phrase without substance", "ru": "шаблонная фраза без содержания",
                     "kk": "мазмұнсыз жаттанды сөз"},
    "self_claim": {"en": "the executive's own claim (not evidence)",
                   "ru": "заявление исполнителя о себе (не доказательство)",
                   "kk": "орындаушының өзі туралы мәлімдемесі (дәлел емес)"},
    "point_marker": {"en": "point reference", "ru": "ссылка на пункт", "kk": "тармаққа сілтеме"},
    "signatory": {"en": "signature", "ru": "подпись", "kk": "қолтаңба"},
}

_POINT_STATUS_TEXT = {
    "not_addressed": {"en": "point {point} is never mentioned", "ru": "пункт {point} не упоминается",
                      "kk": "{point}-тармақ мүлде аталмаған"},
    "brush_off": {"en": "point {point}: stock phrases only, no substance",
                  "ru": "пункт {point}: только шаблонные фразы, без содержания",
                  "kk": "{point}-тармақ: тек жаттанды сөздер, мазмұны жоқ"},
    "accepted_concrete": {"en": "point {point}: accepted with concrete measures",
                          "ru": "пункт {point}: принят, указаны конкретные меры",
                          "kk": "{point}-тармақ: қабылданды, нақты шаралар көрсетілген"},
    "accepted_vague": {"en": "point {point}: accepted, but measures, the responsible unit or the date are missing",
                       "ru": "пункт {point}: принят, но не хватает мер, ответственного или срока",
                       "kk": "{point}-тармақ: қабылданды, бірақ шаралар, жауапты немесе мерзім жоқ"},
    "accepted_bare": {"en": "point {point}: said to be accepted, with nothing behind it",
                      "ru": "пункт {point}: объявлен принятым, но без каких-либо мер",
                      "kk": "{point}-тармақ: қабылданды делінген, бірақ ешқандай шара жоқ"},
    "self_claim_only": {"en": "point {point}: only the executive's claim that it is done, no evidence",
                        "ru": "пункт {point}: только заявление исполнителя об исполнении, без подтверждения",
                        "kk": "{point}-тармақ: тек орындаушының орындалды деген мәлімдемесі, дәлелсіз"},
    "rejected_with_basis": {"en": "point {point}: rejected with reasons and a legal basis",
                            "ru": "пункт {point}: отказ с обоснованием и ссылкой на норму права",
                            "kk": "{point}-тармақ: құқықтық негізі көрсетіліп, уәжді бас тартылды"},
    "rejected_reasoned": {"en": "point {point}: rejected with reasons but no legal basis",
                          "ru": "пункт {point}: отказ с доводами, но без ссылки на норму права",
                          "kk": "{point}-тармақ: дәлелмен бас тартылды, бірақ құқықтық негізі жоқ"},
    "rejected_unreasoned": {"en": "point {point}: rejected without reasons",
                            "ru": "пункт {point}: отказ без обоснования",
                            "kk": "{point}-тармақ: негіздемесіз бас тартылды"},
    "informative": {"en": "point {point}: answered with facts, dates and figures",
                    "ru": "пункт {point}: дан ответ с фактами, датами и цифрами",
                    "kk": "{point}-тармақ: деректермен, күндермен, сандармен жауап берілді"},
    "partial_info": {"en": "point {point}: answered, but thinly (few facts, no decision)",
                     "ru": "пункт {point}: ответ скудный (мало фактов, нет решения)",
                     "kk": "{point}-тармақ: жауап толық емес (дерек аз, шешім жоқ)"},
    "vague": {"en": "point {point}: mentioned, but no decision and no facts",
              "ru": "пункт {point}: упомянут, но нет ни решения, ни фактов",
              "kk": "{point}-тармақ: аталған, бірақ шешім де, дерек те жоқ"},
}

_REASON_TEXT = {
    "no_reply": {"en": "No reply has been received.", "ru": "Ответ не получен.", "kk": "Жауап алынбаған."},
    "general_stock_phrases": {"en": "The reply as a whole uses stock phrases without substance.",
                              "ru": "В ответе в целом используются шаблонные фразы без содержания.",
                              "kk": "Жауапта жалпы мазмұнсыз жаттанды сөздер қолданылған."},
    "self_claim_not_evidence": {"en": "The executive's statement that it is done is not evidence; "
                                      "implementation is verified by the council.",
                                "ru": "Заявление исполнителя об исполнении не является доказательством; "
                                      "исполнение проверяет совет.",
                                "kk": "Орындаушының орындалды деген мәлімдемесі дәлел емес; орындалуын "
                                      "кеңес тексереді."},
    "capped_signatory": {"en": "Signed by {position}, neither the head nor a deputy head: at most partly "
                               "justified.",
                         "ru": "Подписан: {position} — не первый руководитель и не заместитель: не выше "
                               "«частично обоснованный».",
                         "kk": "Қол қойған: {position} — бірінші басшы да, орынбасар да емес: ең жоғары "
                               "бағасы «ішінара уәжді»."},
    "signatory_not_head": {"en": "Signed by {position}, neither the head nor a deputy head.",
                           "ru": "Подписан: {position} — не первый руководитель и не заместитель.",
                           "kk": "Қол қойған: {position} — бірінші басшы да, орынбасар да емес."},
    "capped_language": {"en": "Written in {reply}, neither Kazakh nor the recommendation's language "
                              "({recommendation}): at most partly justified.",
                        "ru": "Ответ на языке «{reply}» — не на казахском и не на языке рекомендации "
                              "(«{recommendation}»): не выше «частично обоснованный».",
                        "kk": "Жауап «{reply}» тілінде — қазақ тілінде де, ұсыным тілінде де "
                              "(«{recommendation}») емес: ең жоғары бағасы «ішінара уәжді»."},
    "wrong_language": {"en": "Written in {reply}, neither Kazakh nor the recommendation's language "
                             "({recommendation}).",
                       "ru": "Ответ на языке «{reply}» — не на казахском и не на языке рекомендации "
                             "(«{recommendation}»).",
                       "kk": "Жауап «{reply}» тілінде — қазақ тілінде де, ұсыным тілінде де "
                             "(«{recommendation}») емес."},
    "unrelated_content": {"en": "The reply gives facts and figures that concern none of the points left "
                                "unanswered.",
                          "ru": "Ответ содержит факты и цифры, не относящиеся ни к одному из пунктов, "
                                "оставшихся без ответа.",
                          "kk": "Жауапта жауапсыз қалған тармақтардың ешқайсысына қатысы жоқ деректер мен "
                                "сандар келтірілген."},
    "late": {"en": "The reply came after the term.", "ru": "Ответ дан с нарушением срока.",
             "kk": "Жауап мерзімі өткен соң берілді."},
    "no_norms": {"en": "No legal norm is cited.", "ru": "Нормы права не приведены.",
                 "kk": "Құқық нормалары келтірілмеген."},
}


def _l(lang: str) -> str:
    return lang if lang in ("en", "ru", "kk") else "en"


def verdict_label(code: str, lang: str = "en") -> str:
    return _VERDICT_LABELS[code][_l(lang)]


def rubric_label(code: str, lang: str = "en") -> str:
    return _RUBRIC_LABELS[code][_l(lang)]


def status_label(status: str, lang: str = "en") -> str:
    return _STATUS_LABELS[status][_l(lang)]


def hint_label(code: str, lang: str = "en") -> str:
    return _HINT_LABELS[code][_l(lang)]


def render_reason(reason: Reason | Mapping[str, Any], lang: str = "en") -> str:
    if isinstance(reason, Reason):
        code, params = reason.code, reason.params
    else:
        code, params = reason["code"], reason.get("params", {})
    lang = _l(lang)
    if code.startswith("point_"):
        return _POINT_STATUS_TEXT[code[len("point_"):]][lang].format(**params)
    return _REASON_TEXT[code][lang].format(**{k: ("—" if v is None else v) for k, v in params.items()})
