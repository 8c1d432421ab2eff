"""Workspace settings: a small JSON file inside the workspace, written atomically.

These are settings that belong to the workspace (the council's data), not to the GUI: the user's display
name for authorship, register prefixes, size limits. GUI preferences (window geometry, language) live in
QSettings; secrets only in the OS keyring.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Any

DEFAULTS: dict[str, Any] = {
    "user_name": "",
    "import_max_file_mb": 200,
    "backups_keep": 10,
}


class WorkspaceSettings:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._data: dict[str, Any] = {}
        self.reload()

    def reload(self) -> None:
        with self._lock:
            try:
                loaded = json.loads(self.path.read_text(encoding="utf-8"))
                self._data = loaded if isinstance(loaded, dict) else {}
            except FileNotFoundError:
                self._data = {}
            except (OSError, ValueError):
                # A damaged settings file must not lock the user out of the workspace: keep defaults and
                # preserve the damaged copy for inspection.
                try:
                    os.replace(self.path, self.path.with_suffix(".damaged.json"))
                except OSError:
                    pass
                self._data = {}

    def get(self, key: str, default: Any = None) -> Any:
        with self._lock:
            if key in self._data:
                return self._data[key]
        return DEFAULTS.get(key, default)

    def all(self) -> dict[str, Any]:
        with self._lock:
            return {**DEFAULTS, **self._data}

    def set(self, key: str, value: Any) -> None:
        self.update({key: value})

    def update(self, values: dict[str, Any]) -> None:
        with self._lock:
            self._data.update(values)
            data = json.dumps(self._data, ensure_ascii=False, indent=2, sort_keys=True)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
