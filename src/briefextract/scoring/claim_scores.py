"""Claims: content matching, attribution, cues and (source, claim) pairs.

A candidate pair has overlapping contents with token F1 >= 0.5
(:func:`~briefextract.scoring.folding.token_f1`). Claims match one-to-one,
maximising the number of pairs, then summed F1, then pairs with correct
attribution, equal kind and overlapping cues, then content order. Claim
P/R/F1 per kind is strict like entities. Attribution is correct when both
sources are set and align, or both are null and their source texts have the
same :func:`~briefextract.scoring.folding.head_word`; accuracy over matched
claims, per gold kind. Cue accuracy: cues overlap. (source, claim) pairs:
tp = matched claims with correct attribution, fp = system claims - tp, fn =
gold claims - tp; per kind strict.

Error records (layer ``claims``): ``missed``, ``spurious``, ``type_mismatch``
(kind), ``attribution_mismatch``, ``cue_mismatch``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from briefextract.schema.brief import Claim
from briefextract.scoring.entity_scores import Alignment
from briefextract.scoring.error_records import Side, mismatch, missed, span_json, spurious
from briefextract.scoring.figures import PRF, Accuracy, LayerScore, Tally
from briefextract.scoring.folding import head_word, spans_overlap, token_f1
from briefextract.scoring.matching import best_matching
from briefextract.scoring.order import Colour, claim_key, pair_key

# Token F1 is compared as an integer preference in the matcher.
_F1_SCALE = 1_000_000


@dataclass
class ClaimScore(LayerScore):
    """Claims of one document: claim, pair, attribution and cue figures, and errors."""

    @property
    def claims(self) -> PRF:
        return self.prf("claims")

    @property
    def source_pairs(self) -> PRF:
        return self.prf("claim_source_pairs")

    @property
    def attribution(self) -> Accuracy:
        return self.accuracy("claim_attribution_accuracy")

    @property
    def cues(self) -> Accuracy:
        return self.accuracy("claim_cue_accuracy")


def attribution_correct(gold: Claim, system: Claim, alignment: Alignment) -> bool:
    """Sources align, or both are unnamed and their source texts share a head word.

    Two unnamed sources whose texts hold no word at all (both heads ``None``)
    count as the same, so a brief scored against itself is perfect.
    """
    if gold.source is not None and system.source is not None:
        return alignment.system_ref(system.source) == Alignment.gold_ref(gold.source)
    if gold.source is None and system.source is None:
        return head_word(gold.source_text) == head_word(system.source_text)
    return False


def claim_match_f1(gold: Claim, system: Claim) -> float | None:
    """Token F1 of two claims' contents when they can match (overlap, F1 >= 0.5), else None."""
    if not spans_overlap(gold.content, system.content):
        return None
    f1 = token_f1(gold.content.text, system.content.text)
    return f1 if f1 >= 0.5 else None


def _side(claim: Claim, *value: Any) -> Side:
    return Side(claim.id, claim.kind, claim.content.text, claim.content, *value)


def _source(claim: Claim) -> dict[str, Any]:
    return {"source": claim.source, "source_text": claim.source_text}


def score_claims(
    doc_id: str,
    gold: Sequence[Claim],
    system: Sequence[Claim],
    alignment: Alignment,
    gold_colour: Colour,
    system_colour: Colour,
) -> ClaimScore:
    """Score claims, attribution, cues and (source, claim) pairs of one document."""
    gold = sorted(gold, key=lambda c: claim_key(c, gold_colour))
    system = sorted(system, key=lambda c: claim_key(c, system_colour))
    gold_keys = [claim_key(c, gold_colour) for c in gold]
    system_keys = [claim_key(c, system_colour) for c in system]
    edges = {}
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            f1 = claim_match_f1(g, s)
            if f1 is not None:
                agree = (
                    attribution_correct(g, s, alignment) + (g.kind == s.kind) + spans_overlap(g.cue, s.cue)
                )
                edges[(i, j)] = (round(f1 * _F1_SCALE), agree)
    matched = best_matching(edges, {(i, j): pair_key(gold_keys[i], system_keys[j]) for i, j in edges})
    score = ClaimScore(doc_id)
    claims, pairs, attribution, cues = Tally(), Tally(), Tally(), Tally()
    n_correct = 0
    for i, j in matched:
        g, s = gold[i], system[j]
        correct = attribution_correct(g, s, alignment)
        n_correct += correct
        attribution.acc(g.kind, correct)
        cues.acc(g.kind, spans_overlap(g.cue, s.cue))
        if g.kind == s.kind:
            claims.prf(g.kind, tp=1)
        else:
            claims.prf(g.kind, fn=1)
            claims.prf(s.kind, fp=1)
            score.errors.append(
                mismatch(doc_id, "claims", "type_mismatch", _side(g, g.kind), _side(s, s.kind))
            )
        if correct and g.kind == s.kind:
            pairs.prf(g.kind, tp=1)
        else:
            pairs.prf(g.kind, fn=1)
            pairs.prf(s.kind, fp=1)
        if not correct:
            score.errors.append(
                mismatch(doc_id, "claims", "attribution_mismatch", _side(g, _source(g)), _side(s, _source(s)))
            )
        if not spans_overlap(g.cue, s.cue):
            score.errors.append(
                mismatch(
                    doc_id, "claims", "cue_mismatch", _side(g, span_json(g.cue)), _side(s, span_json(s.cue))
                )
            )
    matched_gold, matched_system = {i for i, _ in matched}, {j for _, j in matched}
    for i, g in enumerate(gold):
        if i not in matched_gold:
            claims.prf(g.kind, fn=1)
            pairs.prf(g.kind, fn=1)
            score.errors.append(missed(doc_id, "claims", _side(g)))
    for j, s in enumerate(system):
        if j not in matched_system:
            claims.prf(s.kind, fp=1)
            pairs.prf(s.kind, fp=1)
            score.errors.append(spurious(doc_id, "claims", _side(s)))
    n = len(matched)
    score.put("claims", PRF(n, len(system) - n, len(gold) - n), claims)
    score.put("claim_source_pairs", PRF(n_correct, len(system) - n_correct, len(gold) - n_correct), pairs)
    score.put("claim_attribution_accuracy", attribution.accuracy_total(), attribution)
    score.put("claim_cue_accuracy", cues.accuracy_total(), cues)
    return score
