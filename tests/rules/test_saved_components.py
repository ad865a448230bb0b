"""The one way a rules component loads and saves (rules/serialize.py), on a toy component
with invented records: no spaCy pipeline, no ``models/`` of the project."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict

from briefextract.errors import RuleFileError
from briefextract.rules.resources import MODELS_ENV, models_dir, read_jsonl
from briefextract.rules.serialize import SETTINGS_FILE, RulesComponent, Table


class ToyRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    label: str
    weight: int = 1
    comment: str


class Toy(RulesComponent):
    """Reads records, a plain word file, and a table derived from a larger file."""

    def __init__(self, *, mode: str = "plain") -> None:
        self.mode = mode
        self.load_if_present()

    def model_files(self) -> dict[str, str]:
        return {"rules.jsonl": "toy/rules.jsonl", "words.txt": "toy/words.txt"}

    def derived_tables(self) -> dict[str, Table]:
        return {"sizes.json": Table(("toy/big.json",), _sizes)}

    def saved_records(self) -> dict[str, Sequence[BaseModel]]:
        return {"rules.jsonl": self.rules}

    def settings(self) -> dict[str, Any]:
        return {"mode": self.mode}

    def _load(self) -> None:
        self.rules = read_jsonl(self.model_file("rules.jsonl"), ToyRule)
        self.words = self.model_file("words.txt").read_text(encoding="utf-8").split()
        self.sizes = self.tables["sizes.json"]

    def add_patterns(self, records: list[dict[str, Any]]) -> None:
        self.require_loaded()
        self.rules = [*self.rules, *(ToyRule.model_validate(r) for r in records)]


def _sizes() -> dict[str, int]:
    big = json.loads((models_dir() / "toy" / "big.json").read_text(encoding="utf-8"))
    return {key: len(value) for key, value in big.items()}


@pytest.fixture
def use_models(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], None]]:
    """Point ``models/`` at a folder (the lookup is cached: cleared on each change and after)."""

    def point(folder: Path) -> None:
        monkeypatch.setenv(MODELS_ENV, str(folder))
        models_dir.cache_clear()

    yield point
    models_dir.cache_clear()


@pytest.fixture
def toy_models(tmp_path: Path) -> Path:
    root = tmp_path / "models"
    (root / "toy").mkdir(parents=True)
    rule = {"id": "r1", "label": "GREETING", "comment": "a word that greets"}
    (root / "toy" / "rules.jsonl").write_text(json.dumps(rule) + "\n", encoding="utf-8")
    (root / "toy" / "words.txt").write_text("hello hi\n", encoding="utf-8")
    big = {"alpha": ["a", "b", "c"], "beta": ["d"]}
    (root / "toy" / "big.json").write_text(json.dumps(big), encoding="utf-8")
    return root


def test_a_component_reads_models_when_built(use_models: Callable[[Path], None], toy_models: Path) -> None:
    use_models(toy_models)
    toy = Toy()
    assert [r.id for r in toy.rules] == ["r1"]
    assert toy.words == ["hello", "hi"]
    assert toy.sizes == {"alpha": 3, "beta": 1}


def test_a_saved_component_needs_no_models(
    use_models: Callable[[Path], None], toy_models: Path, tmp_path: Path
) -> None:
    use_models(toy_models)
    toy = Toy(mode="loud")
    toy.add_patterns([{"id": "r2", "label": "FAREWELL", "weight": 3, "comment": "a word that parts"}])
    toy.to_disk(tmp_path / "saved")
    # The records in use, the plain file, the derived table (not the file it came from), the settings.
    names = sorted(p.name for p in (tmp_path / "saved").iterdir())
    assert names == sorted(["rules.jsonl", "words.txt", "sizes.json", SETTINGS_FILE])
    empty = tmp_path / "empty"
    empty.mkdir()
    use_models(empty)
    other = Toy()
    assert other.saved is None and not other._loaded
    other.from_disk(tmp_path / "saved")
    assert other.rules == toy.rules
    assert other.words == toy.words and other.sizes == toy.sizes
    assert other.mode == "loud"
    # Saved again, from the saved copy, into a new folder and into its own.
    other.to_disk(tmp_path / "again")
    other.to_disk(tmp_path / "saved")
    assert Toy().from_disk(tmp_path / "again").rules == toy.rules
    assert Toy().from_disk(tmp_path / "saved").rules == toy.rules


def test_with_nothing_to_read_a_component_names_the_missing_file(
    use_models: Callable[[Path], None], toy_models: Path, tmp_path: Path
) -> None:
    (toy_models / "toy" / "big.json").unlink()
    use_models(toy_models)
    toy = Toy()  # built from the config alone: waits for from_disk
    with pytest.raises(RuleFileError, match=r"BX031.*toy/big\.json.*no saved pipeline"):
        toy.require_loaded()
    with pytest.raises(RuleFileError, match="BX031"):
        toy.to_disk(tmp_path / "saved")


def test_load_models_reads_models_again_after_a_saved_copy(
    use_models: Callable[[Path], None], toy_models: Path, tmp_path: Path
) -> None:
    use_models(toy_models)
    toy = Toy()
    toy.to_disk(tmp_path / "saved")
    toy.from_disk(tmp_path / "saved")
    assert toy.model_file("rules.jsonl") == (tmp_path / "saved" / "rules.jsonl").absolute()
    toy.load_models()
    assert toy.saved is None
    assert toy.model_file("rules.jsonl") == toy_models / "toy" / "rules.jsonl"
