"""Serialisation for components whose whole state is their settings.

Their rules live in ``models/`` and are named by the settings, so saving a
pipeline writes the settings and loading re-reads the rules they name.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SETTINGS_FILE = "settings.json"


class SettingsSerializable:
    """``to_disk``/``from_disk`` that round-trip ``settings()`` and call ``_load()``."""

    def settings(self) -> dict[str, Any]:
        raise NotImplementedError

    def apply_settings(self, settings: dict[str, Any]) -> None:
        for key, value in settings.items():
            setattr(self, key, value)

    def _load(self) -> None:
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / SETTINGS_FILE).write_text(json.dumps(self.settings(), sort_keys=True), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> SettingsSerializable:
        self.apply_settings(json.loads((Path(path) / SETTINGS_FILE).read_text(encoding="utf-8")))
        self._load()
        return self
