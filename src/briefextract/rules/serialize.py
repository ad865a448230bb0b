"""One way to load and save a rules component.

A component declares what it reads, and this mixin reads it (lazily), saves it and
loads it back:

- ``model_files()``: each file (or folder) it reads, by its name in a saved folder,
  with its path under ``models/``; ``_load()`` reads it from ``self.model_file(name)``;
- ``derived_tables()``: JSON tables it computes from files of ``models/`` (a table of
  the gazetteer rather than the gazetteer), in ``self.tables`` by name;
- ``saved_records()``: records it holds that ``add_patterns`` may have added to, saved
  as JSONL in place of a copy of their file;
- ``settings()``: settings that change what it does, saved as ``settings.json``.

``to_disk`` writes all of them into the component's folder and ``from_disk`` reads
them from there, so a saved pipeline needs no ``models/``. Built from the config alone
(as ``spacy.load`` does before ``from_disk``), a component calls ``load_if_present()``:
it reads ``models/`` when every file is there and otherwise waits for ``from_disk``;
used with nothing loaded, it raises BX031 naming the missing file.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from pydantic import BaseModel

from briefextract.errors import RuleFileError
from briefextract.rules.resources import missing_model_file, model_path

SETTINGS_FILE = "settings.json"
# A component that reads through the layout of ``models/`` (a loader taking a root) keeps
# its files in this subfolder of its saved folder, under their paths in ``models/``.
SAVED_MODELS = "models"


@dataclass(frozen=True)
class Table:
    """A JSON table computed by ``derive`` from the ``sources`` (paths under ``models/``)."""

    sources: tuple[str, ...]
    derive: Callable[[], Any]


class RulesComponent:
    """``to_disk``/``from_disk`` and lazy loading for a component that declares what it reads."""

    saved: Path | None = None  # the folder ``from_disk`` read; None: ``models/``
    tables: dict[str, Any]
    _loaded: bool = False

    def model_files(self) -> dict[str, str]:
        """Each file or folder ``_load`` reads: its name in a saved folder -> its path under ``models/``."""
        raise NotImplementedError

    def derived_tables(self) -> dict[str, Table]:
        return {}

    def saved_records(self) -> dict[str, Sequence[BaseModel]]:
        """Records in use, by the name of the file in ``model_files`` they were read from."""
        return {}

    def settings(self) -> dict[str, Any]:
        return {}

    def _load(self) -> None:
        """Build the component from ``self.model_file(name)`` and ``self.tables``."""
        raise NotImplementedError

    def model_file(self, name: str) -> Path:
        """Where the file ``name`` of ``model_files`` is read from now."""
        return self.saved / name if self.saved is not None else model_path(self.model_files()[name])

    @property
    def models_root(self) -> Path | None:
        """The saved copy of ``models/`` (None: ``models/`` itself), for loaders that take a root."""
        return self.saved / SAVED_MODELS if self.saved is not None else None

    def _missing(self) -> Path | None:
        tables = [s for table in self.derived_tables().values() for s in table.sources]
        return missing_model_file([*self.model_files().values(), *tables])

    @property
    def loaded(self) -> bool:
        """Whether the component holds its records (read from ``models/`` or a saved folder)."""
        return self._loaded

    def load_if_present(self) -> None:
        """Read ``models/`` now if it holds every file; otherwise ``from_disk`` will."""
        if self._missing() is None:
            self.load_models()

    def load_models(self) -> None:
        """(Re)read the files of ``models/`` and derive the tables from them."""
        self.saved = None
        self.tables = {name: table.derive() for name, table in self.derived_tables().items()}
        self._load()
        self._loaded = True

    def require_loaded(self) -> None:
        """Read ``models/`` if nothing was loaded yet: raises BX031 naming the missing file."""
        if not self._loaded:
            missing = self._missing()
            if missing is not None:
                raise RuleFileError(missing, "not found, and no saved pipeline was loaded into the component")
            self.load_models()

    _require_loaded = require_loaded  # the name the passes of events, claims and relations call

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        self.require_loaded()
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        if settings := self.settings():
            _write_json(folder / SETTINGS_FILE, settings)
        records = self.saved_records()
        for name in self.model_files():
            source, target = self.model_file(name), folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if name in records:
                lines = [r.model_dump_json(by_alias=True, exclude_defaults=True) for r in records[name]]
                target.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
            elif source.resolve() == target.resolve():
                continue  # saved again into the folder it was read from
            elif source.is_dir():
                shutil.copytree(source, target, dirs_exist_ok=True)
            else:
                shutil.copyfile(source, target)
        for name, value in self.tables.items():
            _write_json(folder / name, value)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Self:
        folder = Path(path)
        settings = folder / SETTINGS_FILE
        for key, value in (json.loads(settings.read_text("utf-8")) if settings.is_file() else {}).items():
            setattr(self, key, value)
        self.saved = folder.absolute()  # loaders resolve a relative path against models/
        self.tables = {name: json.loads((folder / name).read_text("utf-8")) for name in self.derived_tables()}
        self._load()
        self._loaded = True
        return self


def _write_json(path: Path, value: Any) -> None:
    path.write_text(json.dumps(value, sort_keys=True, ensure_ascii=False), encoding="utf-8")
