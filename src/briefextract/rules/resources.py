"""Locating and reading the rule and lexicon files under ``models/``.

Rule files are input we author, so they are read strictly: an unknown key, a
missing field or a duplicate id is an error naming the file and line.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from briefextract.errors import RuleFileError

ModelT = TypeVar("ModelT", bound=BaseModel)

MODELS_ENV = "BRIEFEXTRACT_MODELS"


@cache
def models_dir() -> Path:
    """The ``models/`` folder: $BRIEFEXTRACT_MODELS, the copy inside an installed
    wheel, or the repository's own folder for a source or editable install."""
    override = os.environ.get(MODELS_ENV)
    candidates = [Path(override).absolute()] if override else []
    here = Path(__file__).resolve().parents[1]  # the briefextract package
    candidates += [here / "models", here.parents[1] / "models"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise RuleFileError(
        candidates[0], f"no models/ folder found (looked in {', '.join(map(str, candidates))})"
    )


def model_path(relative: str, root: Path | None = None) -> Path:
    """A file under ``models/`` (or under ``root``, a saved copy of it) by its relative path;
    an absolute path is itself."""
    if Path(relative).is_absolute():
        return Path(relative)
    return (models_dir() if root is None else root) / relative


def missing_model_file(relatives: Iterable[str]) -> Path | None:
    """The first of ``relatives`` absent from ``models/`` (None when all are there)."""
    try:
        root = models_dir()
    except RuleFileError:
        return Path(next(iter(relatives), ""))
    return next((root / r for r in relatives if not (root / r).exists()), None)


def read_jsonl(path: Path, model: type[ModelT], *, id_field: str | None = "id") -> list[ModelT]:
    """Every record of a JSONL rule file, validated with ``model``; ids must be unique."""
    records: list[ModelT] = []
    seen: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise RuleFileError(path, f"cannot read: {exc.strerror}") from exc
    for line_no, raw in enumerate(lines, start=1):
        if not raw.strip() or raw.lstrip().startswith("//"):
            continue
        try:
            record = model.model_validate(json.loads(raw))
        except json.JSONDecodeError as exc:
            raise RuleFileError(path, f"not JSON: {exc.msg}", line=line_no) from exc
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(x) for x in first["loc"])
            raise RuleFileError(path, f"{where}: {first['msg']}", line=line_no) from exc
        if id_field is not None:
            rid = str(getattr(record, id_field))
            if rid in seen:
                raise RuleFileError(path, f"duplicate id {rid!r}", line=line_no)
            seen.add(rid)
        records.append(record)
    return records


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV file with a header line, as dicts."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise RuleFileError(path, f"cannot read: {exc.strerror}") from exc
    with handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            if None in row or any(v is None for v in row.values()):
                raise RuleFileError(path, "wrong number of columns", line=reader.line_num)
            yield row
