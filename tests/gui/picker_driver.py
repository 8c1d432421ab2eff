"""Driving the library's document picker in GUI tests without blocking on exec(): the areas open it with
``open()`` and keep it as ``.picker``; these helpers type a query, wait for its results and choose."""

from __future__ import annotations

import os
from pathlib import Path

SHOTS = os.environ.get("DEPUTYDESK_SHOTS")  # a folder to keep screenshots for a person to look at


def shot(widget, path: Path) -> Path:
    """Render the widget offscreen to ``path`` (and into $DEPUTYDESK_SHOTS when set)."""
    widget.grab().save(str(path))
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / path.name))
    return path


def wait_ready(qtbot, picker) -> None:
    qtbot.waitUntil(lambda: picker.searches >= 1 and picker.settled(), timeout=20000)


def search(qtbot, picker, text: str, kind: str | None = None) -> list[dict]:
    """Type ``text`` (and choose a kind), wait for the debounced search to arrive; the rows shown."""
    wait_ready(qtbot, picker)
    before = picker.searches
    if kind is not None:  # a kind code, or "all"
        picker.kind.setCurrentIndex(0 if kind == "all" else picker.kind.findData(kind))
        assert picker.kind.currentIndex() >= 0
    picker.search.setText(text)
    qtbot.waitUntil(lambda: picker.searches > before and picker.settled(), timeout=20000)
    return [picker.model.row(r) for r in range(picker.model.rowCount())]


def row_where(picker, predicate) -> int:
    for r in range(picker.model.rowCount()):
        if predicate(picker.model.row(r)):
            return r
    raise AssertionError("no such row among the results: "
                         + "; ".join(str(picker.model.row(r)["title"]) for r in range(picker.model.rowCount())))


def choose(qtbot, picker, rows: list[int]) -> list[tuple[str, str]]:
    """Select ``rows`` (ticking them in a multi-choice picker) and press Choose; returns what was chosen."""
    if picker.multi:
        for r in rows:
            assert picker.tick(r)
    else:
        assert len(rows) == 1
        picker.table.selectRow(rows[0])
    chosen = picker.chosen()
    assert picker.ok_btn.isEnabled()
    picker.ok_btn.click()
    return chosen
