"""Exchange and Backup pages (shown inside the dossiers area): export and import packages, see what was
added, merged or is in conflict, resolve conflicts; create backups and restore one with confirmation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deputydesk.gui.context import AppContext

Index = QModelIndex | QPersistentModelIndex


# ---------------------------------------------------------------- background calls (worker threads)
def _is_encrypted(_ws: Any, progress: Any, path: str) -> bool:
    from deputydesk.exchange.crypto import is_encrypted

    return is_encrypted(path)


def _remembered(ws: Any, progress: Any, purpose: str) -> dict[str, Any]:
    from deputydesk.services.exchange import passphrase_for, secret_store

    store = secret_store(ws)
    return {"available": store.available(), "passphrase": passphrase_for(ws, purpose)}


def _export(ws: Any, progress: Any, out: str, since_last: bool, passphrase: str | None,
            remember: bool) -> dict[str, Any]:
    from deputydesk.services.exchange import export_package, remember_passphrase

    result = export_package(ws, out, since_last=since_last, passphrase=passphrase, progress=progress)
    result["remembered"] = bool(passphrase and remember and remember_passphrase(ws, "package", passphrase))
    return result


def _import(ws: Any, progress: Any, path: str, passphrase: str | None) -> dict[str, Any]:
    from deputydesk.services.exchange import import_package

    return import_package(ws, path, passphrase=passphrase, progress=progress)


def _conflicts(ws: Any, progress: Any) -> list[dict[str, Any]]:
    from deputydesk.services.exchange import conflicts

    return conflicts(ws)


def _resolve(ws: Any, progress: Any, conflict_id: str, take: str) -> None:
    from deputydesk.services.exchange import resolve_conflict

    resolve_conflict(ws, conflict_id, take)


def _backup(ws: Any, progress: Any, out: str, passphrase: str | None, remember: bool) -> dict[str, Any]:
    from deputydesk.services.exchange import create_backup, remember_passphrase

    result = create_backup(ws, out, passphrase=passphrase, progress=progress)
    result["remembered"] = bool(passphrase and remember and remember_passphrase(ws, "backup", passphrase))
    return result


def _list_backups(ws: Any, progress: Any) -> list[dict[str, Any]]:
    from deputydesk.services.exchange import list_backups

    return list_backups(ws)


def _restore(_ws: Any, progress: Any, src: str, target: str, passphrase: str | None) -> dict[str, Any]:
    from deputydesk.services.exchange import restore_backup

    return restore_backup(src, target, passphrase=passphrase, replace=True, progress=progress)


# ---------------------------------------------------------------- widgets
class PassphraseDialog(QDialog):
    """Asks for a passphrase (twice when encrypting); offers to remember it when a keyring exists."""

    def __init__(self, parent: QWidget | None, confirm: bool, keyring_available: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        form = QFormLayout(self)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase:"), self.first)
        if confirm:
            form.addRow(self.tr("Repeat:"), self.second)
        self.confirm = confirm
        self.remember = QCheckBox(self.tr("Remember in the system keyring"))
        self.remember.setEnabled(keyring_available)
        if not keyring_available:
            self.remember.setToolTip(self.tr("This computer has no keyring; you will be asked each time."))
        form.addRow("", self.remember)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a00;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.first.text():
            self.error.setText(self.tr("The passphrase is empty."))
            return
        if self.confirm and self.first.text() != self.second.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        self.accept()

    def passphrase(self) -> str:
        return self.first.text()


def ask_passphrase(parent: QWidget, ctx: AppContext, purpose: str, confirm: bool, then: Any) -> None:
    """Use $DEPUTYDESK_PASSPHRASE or the remembered passphrase, else ask; then ``then(passphrase, remember)``."""

    def got(info: dict[str, Any]) -> None:
        if info["passphrase"]:
            then(info["passphrase"], False)
            return
        dialog = PassphraseDialog(parent, confirm, info["available"])
        if dialog.exec() == QDialog.DialogCode.Accepted:
            then(dialog.passphrase(), dialog.remember.isChecked())

    ctx.tasks.run(_remembered, purpose, show_progress=False, on_done=got)


class ConflictsModel(QAbstractTableModel):
    HEADERS = ("table", "record", "kind", "kept", "other")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, r: int) -> dict[str, Any]:
        return self._rows[r]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        labels = (self.tr("Records"), self.tr("Record"), self.tr("What happened"), self.tr("Kept version"),
                  self.tr("Other version"))
        return labels[section] if 0 <= section < len(labels) else None

    def _summary(self, version: str | None) -> str:
        if not version:
            return ""
        data = json.loads(version)
        shown = [str(v) for k, v in data.items() if k not in ("id", "created_at", "updated_by") and v]
        return "; ".join(shown)[:160]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        kinds = {"both_changed": self.tr("changed on both laptops"),
                 "inserted_both": self.tr("created differently on both laptops"),
                 "deleted_there_changed_here": self.tr("deleted there, changed here"),
                 "append_only_clash": self.tr("event-log clash")}
        kept = row["local_version"] if row["winner"] == "local" else row["incoming_version"]
        other = row["incoming_version"] if row["winner"] == "local" else row["local_version"]
        col = index.column()
        if col == 0:
            return row["table_name"]
        if col == 1:
            return str(row["record_id"])[:8]
        if col == 2:
            return kinds.get(row["kind"], row["kind"])
        if col == 3:
            return self._summary(kept)
        if col == 4:
            return self._summary(other)
        return None


class ExchangePage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Laptops exchange data through a file (a USB stick, e-mail): export here, "
                               "import on the other laptop. Changes on both sides are merged record by "
                               "record; when both changed the same record, the newer change wins and the "
                               "other version is kept below for you to decide."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        box = QGroupBox(self.tr("Export"))
        row = QHBoxLayout(box)
        self.since_last = QCheckBox(self.tr("Only the changes since the last exchange"))
        self.since_last.setChecked(True)
        self.encrypt = QCheckBox(self.tr("Encrypt with a passphrase"))
        self.export_btn = QPushButton(self.tr("Export package…"))
        self.export_btn.setObjectName("export_package")
        self.export_btn.clicked.connect(lambda: self.export_package())
        row.addWidget(self.since_last)
        row.addWidget(self.encrypt)
        row.addStretch(1)
        row.addWidget(self.export_btn)
        layout.addWidget(box)
        box = QGroupBox(self.tr("Import"))
        row = QHBoxLayout(box)
        self.import_btn = QPushButton(self.tr("Import package…"))
        self.import_btn.setObjectName("import_package")
        self.import_btn.clicked.connect(lambda: self.import_package())
        row.addWidget(QLabel(self.tr("A package from another laptop:")))
        row.addStretch(1)
        row.addWidget(self.import_btn)
        layout.addWidget(box)
        self.result = QLabel()
        self.result.setObjectName("exchange_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        layout.addWidget(QLabel(self.tr("Conflicts waiting for a decision:")))
        self.conflicts = ConflictsModel(self)
        self.table = QTableView()
        self.table.setObjectName("conflicts")
        self.table.setModel(self.conflicts)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.keep_btn = QPushButton(self.tr("Keep the kept version"))
        self.keep_btn.clicked.connect(lambda: self.resolve("winner"))
        self.other_btn = QPushButton(self.tr("Take the other version"))
        self.other_btn.clicked.connect(lambda: self.resolve("loser"))
        row.addStretch(1)
        row.addWidget(self.keep_btn)
        row.addWidget(self.other_btn)
        layout.addLayout(row)
        self.setEnabled(False)

    def on_workspace_ready(self, ws: Any) -> None:
        self.setEnabled(True)
        self.reload_conflicts()

    def reload_conflicts(self) -> None:
        self.ctx.tasks.run(_conflicts, show_progress=False, on_done=self.conflicts.set_rows)

    # ------------------------------------------------------------ export / import
    def export_package(self, out: str | None = None) -> None:
        if not out:
            out, _ = QFileDialog.getSaveFileName(self, self.tr("Save the package as"),
                                                 str(Path.home() / "deputydesk-package.ddx"),
                                                 self.tr("DeputyDesk package (*.ddx)"))
        if not out:
            return
        since = self.since_last.isChecked()
        if self.encrypt.isChecked():
            ask_passphrase(self, self.ctx, "package", True,
                           lambda pw, remember: self._run_export(out, since, pw, remember))
        else:
            self._run_export(out, since, None, False)

    def _run_export(self, out: str, since: bool, passphrase: str | None, remember: bool) -> None:
        self.ctx.tasks.run(_export, out, since, passphrase, remember, write=True,
                           title=self.tr("Exporting a package"), on_done=self._exported,
                           on_error=self._failed)

    def _exported(self, r: dict[str, Any]) -> None:
        text = self.tr("Package written: %1 — %2 record change(s), %3 file(s).") \
            .replace("%1", r["path"]).replace("%2", str(r["records"])).replace("%3", str(r["files"]))
        if r["encrypted"]:
            text += " " + self.tr("Encrypted.")
        self.result.setText(text)

    def import_package(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a package"), str(Path.home()),
                                                  self.tr("DeputyDesk package (*.ddx);;All files (*)"))
        if not path:
            return
        chosen = path

        def decided(encrypted: bool) -> None:
            if encrypted:
                ask_passphrase(self, self.ctx, "package", False, lambda pw, _r: self._run_import(chosen, pw))
            else:
                self._run_import(chosen, None)

        self.ctx.tasks.run(_is_encrypted, chosen, show_progress=False, needs_workspace=False, on_done=decided)

    def _run_import(self, path: str, passphrase: str | None) -> None:
        self.ctx.tasks.run(_import, path, passphrase, write=True, title=self.tr("Importing a package"),
                           on_done=self._imported, on_error=self._failed)

    def _imported(self, r: dict[str, Any]) -> None:
        lines = [self.tr("Imported: %1 added, %2 merged, %3 deleted, %4 in conflict, %5 unchanged; %6 new file(s).")
                 .replace("%1", str(r["added"])).replace("%2", str(r["merged"])).replace("%3", str(r["deleted"]))
                 .replace("%4", str(r["conflicts"])).replace("%5", str(r["unchanged"]))
                 .replace("%6", str(r["files_added"]))]
        if r["already_imported"]:
            lines.append(self.tr("This package had been imported before."))
        self.result.setText("\n".join(lines))
        self.reload_conflicts()
        self.ctx.bus.data_changed.emit("all", [])

    def _failed(self, exc: BaseException) -> None:
        self.result.setText(self.tr("Refused — nothing was changed: %1").replace("%1", str(exc)))

    def resolve(self, take: str) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        conflict_id = self.conflicts.row(index.row())["id"]
        self.ctx.tasks.run(_resolve, conflict_id, take, write=True, show_progress=False,
                           on_done=lambda _r: (self.reload_conflicts(), self.ctx.bus.data_changed.emit("all", [])))


class BackupPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A backup holds the whole workspace: records and stored files. It can be made "
                               "while you work. DeputyDesk also makes one automatically on the first start "
                               "of each day and keeps the newest ones."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.encrypt = QCheckBox(self.tr("Encrypt with a passphrase"))
        self.create_btn = QPushButton(self.tr("Create backup…"))
        self.create_btn.setObjectName("create_backup")
        self.create_btn.clicked.connect(lambda: self.create_backup())
        self.restore_btn = QPushButton(self.tr("Restore from backup…"))
        self.restore_btn.setObjectName("restore_backup")
        self.restore_btn.clicked.connect(lambda: self.restore_backup())
        row.addWidget(self.encrypt)
        row.addStretch(1)
        row.addWidget(self.create_btn)
        row.addWidget(self.restore_btn)
        layout.addLayout(row)
        self.result = QLabel()
        self.result.setObjectName("backup_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        layout.addWidget(QLabel(self.tr("Automatic backups in this workspace:")))
        self.list = QListWidget()
        layout.addWidget(self.list, 1)
        self.last_restore = ""
        self.setEnabled(False)

    def on_workspace_ready(self, ws: Any) -> None:
        self.setEnabled(True)
        self.reload()

    def reload(self) -> None:
        self.ctx.tasks.run(_list_backups, show_progress=False, on_done=self._show)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.list.clear()
        for r in rows:
            kind = self.tr("daily") if r["kind"] == "auto" else self.tr("before an update")
            self.list.addItem(f"{r['name']}  ({kind}, {r['size'] // 1024} KiB)")

    def create_backup(self, out: str | None = None) -> None:
        if not out:
            out, _ = QFileDialog.getSaveFileName(self, self.tr("Save the backup as"),
                                                 str(Path.home() / "deputydesk.ddbackup"),
                                                 self.tr("DeputyDesk backup (*.ddbackup)"))
        if not out:
            return
        target = out
        if self.encrypt.isChecked():
            ask_passphrase(self, self.ctx, "backup", True,
                           lambda pw, remember: self._run_backup(target, pw, remember))
        else:
            self._run_backup(target, None, False)

    def _run_backup(self, out: str, passphrase: str | None, remember: bool) -> None:
        self.ctx.tasks.run(_backup, out, passphrase, remember, title=self.tr("Creating a backup"),
                           on_done=self._created, on_error=self._failed)

    def _created(self, r: dict[str, Any]) -> None:
        text = self.tr("Backup written: %1 — %2 records, %3 files.").replace("%1", r["path"]) \
            .replace("%2", str(r["records"])).replace("%3", str(r["files"]))
        if r["encrypted"]:
            text += " " + self.tr("Encrypted.")
        self.result.setText(text)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.result.setText(self.tr("Not done: %1").replace("%1", str(exc)))

    def restore_backup(self, src: str | None = None, confirmed: bool = False) -> None:
        if not src:
            src, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from backup"), str(Path.home()),
                                                 self.tr("DeputyDesk backup (*.ddbackup);;All files (*)"))
        if not src:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self, self.tr("Restore from backup"),
                self.tr("Replace the current workspace with this backup? The current workspace is kept "
                        "aside in a folder next to it, so nothing is lost."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        chosen = src

        def decided(encrypted: bool) -> None:
            if encrypted:
                dialog = PassphraseDialog(self, False, False)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                self._run_restore(chosen, dialog.passphrase())
            else:
                self._run_restore(chosen, None)

        self.ctx.tasks.run(_is_encrypted, chosen, show_progress=False, needs_workspace=False, on_done=decided)

    def _run_restore(self, src: str, passphrase: str | None) -> None:
        tasks = self.ctx.tasks
        if tasks.busy:
            QMessageBox.information(self, self.tr("Restore from backup"),
                                    self.tr("Please wait until the current work finishes."))
            return
        target = str(self.ctx.workspace_path)
        tasks.shutdown()  # close the workspace: its folder is about to be replaced
        tasks.workspace = None
        window = self.ctx.main_window

        bus = self.ctx.bus

        def reopen(result: Any) -> None:
            if isinstance(result, BaseException):
                text = self.tr("Not restored — the workspace was not changed: %1").replace("%1", str(result))
                if window is not None:
                    box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from backup"), text,
                                      QMessageBox.StandardButton.Ok, window)
                    box.open()
            else:
                text = self.tr("Restored: %1 records and %2 files; the check passed.") \
                    .replace("%1", str(result["records"])).replace("%2", str(result["files"]))
            self.last_restore = text
            if window is not None:
                window.switch_workspace(Path(target))
            bus.status_message.emit(text)

        tasks.run(_restore, src, target, passphrase, write=True, needs_workspace=False,
                  title=self.tr("Restoring the workspace"), on_done=reopen, on_error=reopen)
