"""The corpus and gold briefs bundled with a source checkout of briefextract."""

from __future__ import annotations

from pathlib import Path

from briefextract.errors import BriefExtractError

_ROOT = Path(__file__).resolve().parents[3]


def bundled_dir(name: str) -> Path:
    """``corpus/`` or ``gold/`` of the checkout this package runs from."""
    path = _ROOT / name
    if not path.is_dir():
        raise BriefExtractError(
            f"no bundled {name}/ next to this installation ({path}); pass the files explicitly"
        )
    return path


def corpus_or_bundled(corpus: str | Path | None) -> Path | None:
    """The corpus folder the caller named, else the bundled ``corpus/``, else None."""
    if corpus:
        return Path(corpus)
    try:
        return bundled_dir("corpus")
    except BriefExtractError:
        return None


def corpus_texts(corpus: Path) -> dict[str, str]:
    """doc_id -> text for every ``.txt`` file of a corpus folder."""
    return {p.stem: p.read_bytes().decode("utf-8") for p in sorted(corpus.glob("*.txt"))}


def gold_files(gold: Path) -> list[Path]:
    """The gold brief files (``*.jsonl``) of a gold folder."""
    return sorted(gold.glob("*.jsonl"))
