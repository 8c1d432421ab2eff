"""The body's voting rules: each with its statutory default and source; editable only where the law leaves
room (a maslikhat's quorum, majority and tie rule are fixed by L148)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from deputydesk.core.sessions import (
    Base,
    BodyRules,
    NumberFormatError,
    TieRule,
    check_number_format,
    format_decision_number,
)
from deputydesk.core.sessions_text import describe_rules

MAJORITIES = (">1/2", ">=2/3", ">=3/4")


class RulesDialog(QDialog):
    def __init__(self, rules: BodyRules, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules = rules
        self.lang = lang
        self.setWindowTitle(self.tr("Voting rules"))
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Rules fixed by law are shown with their source and cannot be changed here; "
                               "the others follow the body's own regulation."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        described = describe_rules(rules, lang)

        self.majority = QComboBox()
        for text in MAJORITIES:
            from deputydesk.core.sessions import Ratio
            from deputydesk.core.sessions_text import ratio_text

            self.majority.addItem(ratio_text(Ratio.parse(text), lang), text)
        self.majority.setCurrentIndex(max(0, self.majority.findData(str(rules.majority))))
        self.base = QComboBox()
        for base, label in ((Base.TOTAL, self.tr("of the total number of members")),
                            (Base.PRESENT, self.tr("of the members present")),
                            (Base.CAST, self.tr("of the votes cast")),
                            (Base.DECISIVE, self.tr("of the votes for and against"))):
            self.base.addItem(label, base.value)
        self.base.setCurrentIndex(self.base.findData(rules.majority_base.value))
        self.tie = QComboBox()
        self.tie.addItem(self.tr("the chair's vote decides"), TieRule.CHAIR_DECIDES.value)
        self.tie.addItem(self.tr("not adopted"), TieRule.FAILS.value)
        self.tie.setCurrentIndex(self.tie.findData(rules.tie.value))
        self.number_format = QLineEdit(rules.number_format)
        self.number_format.setObjectName("number_format")
        self.number_format.textChanged.connect(self._preview)
        self.preview = QLabel()
        self.preview.setObjectName("number_preview")

        majority_host = QWidget()
        row = QGridLayout(majority_host)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.majority, 0, 0)
        row.addWidget(self.base, 0, 1)
        number_host = QWidget()
        row2 = QGridLayout(number_host)
        row2.setContentsMargins(0, 0, 0, 0)
        row2.addWidget(self.number_format, 0, 0)
        row2.addWidget(self.preview, 0, 1)
        editors: list[tuple[QWidget | None, bool]] = [
            (None, False),
            (majority_host, "majority" in rules.editable or "majority_base" in rules.editable),
            (self.tie, "tie" in rules.editable),
            (number_host, "number_format" in rules.editable),
        ]
        self.majority.setEnabled("majority" in rules.editable)
        self.base.setEnabled("majority_base" in rules.editable)
        for r, ((name, text, source, _editable), (editor, can_edit)) in enumerate(zip(described, editors,
                                                                                      strict=True)):
            label = QLabel(f"<b>{name}</b>")
            grid.addWidget(label, r * 2, 0, Qt.AlignmentFlag.AlignTop)
            if editor is not None:
                grid.addWidget(editor, r * 2, 1, 1, 2)  # parented even when hidden
            if editor is None or not can_edit:
                value = QLabel(text)
                value.setWordWrap(True)
                grid.addWidget(value, r * 2, 1, 1, 2)
                if editor is not None:
                    editor.hide()
            src = QLabel(("" if can_edit else self.tr("Fixed by law: ")) + source)
            src.setWordWrap(True)
            src.setStyleSheet("color: #555;")
            grid.addWidget(src, r * 2 + 1, 1, 1, 2)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._preview()

    def _preview(self) -> None:
        template = self.number_format.text().strip()
        try:
            check_number_format(template)
            example = format_decision_number(template, session=12, seq=3, convocation=8, running=103)
        except NumberFormatError as exc:
            self.preview.setText("")
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.preview.setText(self.tr("e.g. %1").replace("%1", example))

    def _accept(self) -> None:
        try:
            self.rules.edit(**self.changes())
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    def changes(self) -> dict[str, Any]:
        """Only what the law lets the body change and what differs from the current rules."""
        wanted = {"majority": self.majority.currentData(), "majority_base": self.base.currentData(),
                  "tie": self.tie.currentData(), "number_format": self.number_format.text().strip()}
        current = {"majority": str(self.rules.majority), "majority_base": self.rules.majority_base.value,
                   "tie": self.rules.tie.value, "number_format": self.rules.number_format}
        return {k: v for k, v in wanted.items() if k in self.rules.editable and v != current[k]}
