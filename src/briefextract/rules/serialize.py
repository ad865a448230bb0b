"""Serialisation for components whose state is their settings plus files of ``models/``.

``to_disk`` writes the settings and a copy of every ``models/`` file the component
reads (under ``models/`` in its own folder); ``from_disk`` reads them back from
there, so a saved pipeline needs no ``models/`` folder. Built from the config
alone (as ``spacy.load`` does before ``from_disk``), a component reads ``models/``
when the files are there and otherwise waits for ``from_disk``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from briefextract.errors import RuleFileError
from briefextract.rules.resources import SAVED_MODELS, copy_model_files, missing_model_file

SETTINGS_FILE = "settings.json"


class SettingsSerializable:
    """``to_disk``/``from_disk`` that round-trip ``settings()`` and the files of
    ``model_files()``, then call ``_load()`` (which reads them from ``self.models_root``,
    None meaning ``models/``)."""

    models_root: Path | None = None
    _loaded: bool = False

    def settings(self) -> dict[str, Any]:
        raise NotImplementedError

    def model_files(self) -> list[str]:
        """The paths, relative to ``models/``, of every file or folder ``_load`` reads."""
        raise NotImplementedError

    def apply_settings(self, settings: dict[str, Any]) -> None:
        for key, value in settings.items():
            setattr(self, key, value)

    def _load(self) -> None:
        raise NotImplementedError

    def _load_if_present(self) -> None:
        """Read ``models/`` now if it holds every file; otherwise ``from_disk`` will."""
        if missing_model_file(self.model_files()) is None:
            self._load()
            self._loaded = True

    def require_loaded(self) -> None:
        """Read ``models/`` if nothing was loaded yet: raises BX031 naming the missing file."""
        if not self._loaded:
            missing = missing_model_file(self.model_files())
            if missing is not None:
                raise RuleFileError(missing, "not found, and no saved pipeline was loaded into the component")
            self._load()
            self._loaded = True

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.require_loaded()
        (path / SETTINGS_FILE).write_text(json.dumps(self.settings(), sort_keys=True), encoding="utf-8")
        copy_model_files(self.model_files(), path / SAVED_MODELS, self.models_root)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> SettingsSerializable:
        path = Path(path)
        self.apply_settings(json.loads((path / SETTINGS_FILE).read_text(encoding="utf-8")))
        saved = path / SAVED_MODELS
        self.models_root = saved if saved.is_dir() else None
        self._load()
        self._loaded = True
        return self
