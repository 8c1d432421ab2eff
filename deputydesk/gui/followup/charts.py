"""Charts and the timeline, drawn with QPainter (QtCharts is not among our dependencies)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from deputydesk.gui.followup import labels


@dataclass
class Series:
    name: str
    colour: str


class PercentBarChart(QWidget):
    """Horizontal grouped bars: one group per addressee, one bar per series (values 0–100 or None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[Series] = []
        self.groups: list[tuple[str, list[float | None]]] = []
        self.title = ""
        self.suffix = "%"
        self.maximum = 100.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def set_data(self, title: str, series: Sequence[Series], groups: Sequence[tuple[str, Sequence[float | None]]],
                 *, suffix: str = "%", maximum: float | None = None) -> None:
        self.title = title
        self.series = list(series)
        self.groups = [(name, list(values)) for name, values in groups]
        self.suffix = suffix
        values = [v for _, vs in self.groups for v in vs if v is not None]
        self.maximum = maximum if maximum is not None else max([1.0, *values])
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def _bar_h(self) -> int:
        return max(8, QFontMetrics(self.font()).height())

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        group_h = max(fm.height() + 6, self._bar_h() * max(1, len(self.series)) + 8)
        return QSize(640, 40 + fm.height() * 2 + group_h * max(1, len(self.groups)))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        w = self.width()
        y = 4
        title_font = QFont(self.font())
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(QColor("#222222"))
        p.drawText(QRectF(0, y, w, fm.height() + 2), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        y += fm.height() + 4
        # legend
        x = 0
        for s in self.series:
            p.fillRect(QRectF(x, y + 3, 12, fm.height() - 6), QColor(s.colour))
            p.setPen(QColor("#333333"))
            p.drawText(QPointF(x + 16, y + fm.ascent()), s.name)
            x += 16 + fm.horizontalAdvance(s.name) + 18
        y += fm.height() + 6
        if not self.groups:
            p.setPen(QColor("#777777"))
            p.drawText(QPointF(0, y + fm.ascent()), "—")
            p.end()
            return
        label_w = min(int(w * 0.38), max(fm.horizontalAdvance(name) for name, _ in self.groups) + 8)
        value_w = fm.horizontalAdvance("100" + self.suffix) + 8
        plot_w = max(40, w - label_w - value_w - 4)
        bar_h = self._bar_h()
        group_h = max(fm.height() + 6, bar_h * max(1, len(self.series)) + 8)
        for name, values in self.groups:
            p.setPen(QColor("#222222"))
            elided = fm.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 8)
            p.drawText(QRectF(0, y, label_w - 6, group_h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       elided)
            by = y + (group_h - bar_h * len(self.series)) / 2
            for s, v in zip(self.series, values, strict=False):
                if v is None:
                    p.setPen(QColor("#999999"))
                    p.drawText(QPointF(label_w + 2, by + bar_h - 2), "—")
                else:
                    length = plot_w * min(v, self.maximum) / self.maximum
                    p.fillRect(QRectF(label_w, by, max(1.0, length), bar_h - 2), QColor(s.colour))
                    p.setPen(QColor("#333333"))
                    text = f"{v:.0f}{self.suffix}"
                    p.drawText(QPointF(label_w + length + 4, by + bar_h - 3), text)
                by += bar_h
            y += group_h
        p.setPen(QPen(QColor("#bbbbbb"), 1))
        p.drawLine(QPointF(label_w, 2 * fm.height() + 10), QPointF(label_w, y))
        p.end()


class TimelineWidget(QWidget):
    """sent → registered → reply → verdict → implementation, as dots on a line with dates."""

    COLOURS = {
        "sent": "#1f5fa8", "registered": "#1f5fa8", "term_event": "#6b6b6b", "due": "#b3261e",
        "reply": "#9a6700", "reminder": "#b3261e", "verdict": "#6a3fa0", "implementation": "#2e7d32", "closed": "#2e7d32",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events: list[dict[str, Any]] = []
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_events(self, events: Sequence[dict[str, Any]]) -> None:
        self.events = list(events)
        self.update()

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        return QSize(640, fm.height() * 4 + 24)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        w = self.width()
        mid = fm.height() * 2 + 6
        n = len(self.events)
        if n == 0:
            p.end()
            return
        margin = 40
        step = (w - 2 * margin) / max(1, n - 1)
        p.setPen(QPen(QColor("#999999"), 2))
        p.drawLine(QPointF(margin, mid), QPointF(w - margin, mid))
        for i, e in enumerate(self.events):
            x = margin + step * i if n > 1 else w / 2
            colour = QColor(self.COLOURS.get(e["stage"], "#333333"))
            p.setPen(QPen(colour, 2))
            p.setBrush(colour if e["stage"] != "due" else QColor("white"))
            p.drawEllipse(QPointF(x, mid), 6, 6)
            p.setPen(QColor("#222222"))
            name = labels.stage_label(e["stage"])
            detail = _detail(e)
            if detail:
                name = f"{name}: {detail}"
            top = i % 2 == 0
            text_w = min(step * 1.9 if n > 1 else w, 220)
            rect = QRectF(x - text_w / 2, mid - fm.height() * 2 - 6 if top else mid + 10, text_w, fm.height() * 2)
            elided = fm.elidedText(name, Qt.TextElideMode.ElideRight, int(text_w))
            p.drawText(rect, Qt.AlignmentFlag.AlignHCenter | (Qt.AlignmentFlag.AlignBottom if top else
                                                              Qt.AlignmentFlag.AlignTop), elided)
            date_rect = QRectF(x - 45, mid + 10 if top else mid - fm.height() - 8, 90, fm.height())
            p.setPen(QColor("#555555"))
            p.drawText(date_rect, Qt.AlignmentFlag.AlignHCenter, labels.fmt_date(e.get("date")))
        p.end()


def _detail(e: dict[str, Any]) -> str:
    d = e.get("details") or {}
    stage = e["stage"]
    if stage == "verdict":
        return labels.verdict_label(d.get("result"))
    if stage == "implementation":
        return labels.level_label(d.get("level"))
    if stage == "reply" and d.get("on_time") is False:
        return "⚠"
    return ""
