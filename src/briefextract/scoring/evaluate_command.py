"""``briefextract evaluate``: load or produce system briefs, load gold, score.

What cannot be evaluated is an error naming the file (exit code 3 from the
CLI): a gold file with no briefs, or gold documents none of which has a
system brief (the figures would all be "nothing found" for a reason that is
not the system's). What can be evaluated but only in part is said, not
hidden: gold documents with no system brief are scored as all missed and
named (:attr:`EvaluationRun.incomplete`), and so are system briefs with no gold.
"""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from briefextract.errors import BriefExtractError, EvaluationError
from briefextract.extraction import Failure, extract_documents
from briefextract.io.briefio import BriefWriter, load_briefs
from briefextract.io.bundled import bundled_dir, corpus_or_bundled, corpus_texts, gold_files
from briefextract.schema.brief import Brief
from briefextract.scoring import Evaluation, evaluate_briefs, render_text


@dataclass
class EvaluationRun:
    """An evaluation and the documents whose extraction failed (those count as all missed)."""

    evaluation: Evaluation
    failures: list[Failure] = field(default_factory=list)

    @property
    def incomplete(self) -> bool:
        """Some gold document had no system brief (missing from the file, or its extraction failed)."""
        return bool(self.failures or self.evaluation.no_system)

    def render(self) -> str:
        lines = []
        if self.failures:
            lines.append("documents that failed (scored as all missed):")
            lines += [f"  {f.doc_id}: {f.error}" for f in self.failures]
            lines.append("")
        lines.append(render_text(self.evaluation))
        return "\n".join(lines)


def load_gold(gold: str | Path | None, texts: dict[str, str]) -> list[Brief]:
    """Gold briefs from a file, or every file of the bundled gold/ folder, validated against ``texts``."""
    files = [Path(gold)] if gold else gold_files(bundled_dir("gold"))
    if not files:
        raise BriefExtractError("no gold brief files found")
    briefs: list[Brief] = []
    for path in files:
        briefs += load_briefs(path, texts=texts)
    if not briefs:
        names = ", ".join(str(p) for p in files)
        raise EvaluationError(f"no gold briefs in {names}: nothing to score against")
    return briefs


def check_overlap(system: list[Brief], gold: list[Brief], system_path: str) -> None:
    """Raise when no gold document has a system brief: that is a wrong file, not a zero score."""
    system_ids = {b.doc_id for b in system}
    if not any(b.doc_id in system_ids for b in gold):
        gold_ids = sorted(b.doc_id for b in gold)
        shown = ", ".join(gold_ids[:5]) + (f" and {len(gold_ids) - 5} more" if len(gold_ids) > 5 else "")
        raise EvaluationError(
            f"{system_path}: none of the {len(gold_ids)} gold documents ({shown}) has a system brief "
            f"there ({len(system_ids)} system brief(s) read): nothing to score"
        )


def extract_for_gold(
    gold: list[Brief], corpus: Path, model: str | None, system_out: str | None
) -> tuple[list[Brief], list[Failure]]:
    """Extract the corpus documents that the gold covers."""
    from briefextract.document.documents import iter_documents
    from briefextract.pipeline import DEFAULT_MODEL, load

    paths = [corpus / f"{b.doc_id}.txt" for b in gold]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise BriefExtractError(f"gold documents missing from the corpus: {', '.join(missing)}")
    nlp = load(model or DEFAULT_MODEL)
    briefs: list[Brief] = []
    failures: list[Failure] = []
    with ExitStack() as stack:
        handle = stack.enter_context(Path(system_out).open("w", encoding="utf-8")) if system_out else None
        writer = BriefWriter(handle) if handle else None
        for result in extract_documents(nlp, iter_documents(paths)):
            if isinstance(result, Failure):
                failures.append(result)
            else:
                briefs.append(result)
                if writer:
                    writer.write(result)
    return briefs, failures


def run_evaluation(
    *,
    system: str | None = None,
    gold: str | None = None,
    corpus: str | None = None,
    model: str | None = None,
    system_out: str | None = None,
) -> EvaluationRun:
    """Score ``system`` against ``gold``; without ``system``, extract the corpus documents first."""
    corpus_dir = corpus_or_bundled(corpus)
    if corpus_dir is None and system is None:
        bundled_dir("corpus")  # raises the error that names where it looked
    texts = corpus_texts(corpus_dir) if corpus_dir is not None else {}
    gold_briefs = load_gold(gold, texts)
    failures: list[Failure] = []
    if system is not None:
        system_briefs = load_briefs(system, texts=texts)
        check_overlap(system_briefs, gold_briefs, system)
    else:
        assert corpus_dir is not None
        system_briefs, failures = extract_for_gold(gold_briefs, corpus_dir, model, system_out)
    return EvaluationRun(evaluate_briefs(system_briefs, gold_briefs), failures)
