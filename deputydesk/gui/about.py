"""About DeputyDesk: version, what it is, and the licences of the bundled fonts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deputydesk import __version__
from deputydesk.paths import resource


def read_text(*parts: str) -> str:
    try:
        return resource(*parts).read_text(encoding="utf-8")
    except OSError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About DeputyDesk"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(QIcon(str(resource("icons", "deputydesk.svg"))).pixmap(72, 72))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QLabel()
        text.setObjectName("aboutText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setText(
            "<h2>DeputyDesk {}</h2><p>{}</p><p>{}</p>".format(
                __version__,
                self.tr("An offline desk for maslikhat deputies and public councils: documents, follow-up "
                        "of recommendations and inquiries, formal letters and sessions."),
                self.tr("Works without internet. Your data stays in your workspace folder."),
            )
        )
        top.addWidget(text, 1)
        layout.addLayout(top)

        tabs = QTabWidget()
        fonts = QPlainTextEdit()
        fonts.setReadOnly(True)
        fonts.setObjectName("fontLicence")
        fonts.setPlainText(
            self.tr("Bundled fonts: Liberation Serif and Liberation Sans 2.1.5, used for the interface "
                    "and embedded in printed documents. Licensed under the SIL Open Font License 1.1:")
            + "\n\n" + read_text("fonts", "COPYRIGHT-debian.txt").split("License: SIL-OFL-1.1")[0].strip()
            + "\n\n" + read_text("fonts", "OFL-1.1.txt")
        )
        tabs.addTab(fonts, self.tr("Font licences"))
        changes = read_text("CHANGELOG.md") or _changelog_from_repo()
        if changes:
            log = QPlainTextEdit()
            log.setReadOnly(True)
            log.setPlainText(changes)
            tabs.addTab(log, self.tr("Release notes"))
        layout.addWidget(tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def _changelog_from_repo() -> str:
    from deputydesk.paths import program_dir

    path = program_dir() / "CHANGELOG.md"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""
