"""The time layer on WikiWars: extraction and values against the published gold.

Run: PYTHONPATH=src .venv/bin/python bench/timex_wikiwars.py [--corpus DIR] [--errors N] [--docs]

Reads ``../shared/bench/wikiwars`` (relative to the repository; see its README
for the format and HeidelTime's figures) and prints, for all gold expressions
and for calendar dates only:

* extraction (lenient: spans overlap, one-to-one) P / R / F1 and strict F1
  (spans equal);
* value accuracy over lenient matches;
* lenient + value F1 (a match counts only if the value is equal too).

"Calendar dates only" restricts the gold to values that name a calendar
period (days, months, years, seasons, half-years, decades, centuries, BC
forms); a prediction that overlaps a non-calendar gold expression is then left
out of the count rather than charged as a false positive.

Values are compared in TIMEX2 form: the layer's TimeML decades and centuries
(``199X``, ``19XX``) are written ``199`` and ``19`` as the gold writes them. A
range the layer splits into two ends is scored as its two ends.

The last line is ``wikiwars: lenient_f1=F value_accuracy=F lenient_value_f1=F
date_lenient_value_f1=F`` (fractions), for scripts. Not a test: never tune a
rule to these texts (the layer is also measured on text never shown here).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "bench" / "wikiwars"

# A calendar period: a year, month, day, season, half-year, decade or century, AD or BC.
CALENDAR = re.compile(r"(?:BC)?\d{2,4}(?:-\d\d(?:-\d\d)?|-(?:SP|SU|FA|WI)|-H[12])?")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    value: str | None


@dataclass
class Score:
    """Counts for one slice (a document or the whole corpus; all gold or calendar only)."""

    n_gold: int = 0
    n_pred: int = 0
    lenient: int = 0
    strict: int = 0
    value_ok: int = 0
    errors: Counter[tuple[str, ...]] = field(default_factory=Counter)
    examples: dict[tuple[str, ...], str] = field(default_factory=dict)

    def add(self, other: Score) -> None:
        self.n_gold += other.n_gold
        self.n_pred += other.n_pred
        self.lenient += other.lenient
        self.strict += other.strict
        self.value_ok += other.value_ok
        self.errors.update(other.errors)
        for k, v in other.examples.items():
            self.examples.setdefault(k, v)

    @staticmethod
    def _f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def prf(self) -> tuple[float, float, float]:
        return self._f1(self.lenient, self.n_pred, self.n_gold)

    def strict_f1(self) -> float:
        return self._f1(self.strict, self.n_pred, self.n_gold)[2]

    def value_accuracy(self) -> float:
        return self.value_ok / self.lenient if self.lenient else 0.0

    def value_f1(self) -> float:
        return self._f1(self.value_ok, self.n_pred, self.n_gold)[2]


def timex2(value: str | None) -> str | None:
    """A layer value in the gold's TIMEX2 spelling (decades ``199``, centuries ``19``)."""
    if value is None:
        return None
    m = re.fullmatch(r"(BC)?(\d{2,3})X{1,2}", value)
    return (m.group(1) or "") + m.group(2) if m else value


def shape(value: str | None) -> str:
    """A value's form with digits hidden, to group errors by class."""
    if value is None:
        return "None"
    return re.sub(r"\d", "9", value)


def load_gold(folder: Path, doc: str) -> list[Mention]:
    rows = [json.loads(line) for line in (folder / f"{doc}.jsonl").read_text(encoding="utf-8").splitlines()]
    return [Mention(r["start"], r["end"], r["text"], r["value"]) for r in rows if line_ok(r)]


def line_ok(row: dict) -> bool:
    return isinstance(row.get("start"), int) and isinstance(row.get("end"), int)


def predict(text: str, document_date: str | None) -> list[Mention]:
    """The layer's expressions in ``text``: range ends replace their interval where it has them."""
    from briefextract import timex

    scan = getattr(timex, "scan_times", None)
    if scan is None:  # the layer before ranges were split and other kinds added
        return [Mention(s, e, text[s:e], tv.value) for s, e, tv in timex.find_times(text, document_date)]
    out = []
    split = set()
    records = scan(text, document_date)
    for r in records:
        if r["kind"] == "range_part":
            split.add((r["range"]["start"], r["range"]["end"]))
    for r in records:
        s, e = r["span"]["start"], r["span"]["end"]
        if r["kind"] != "range_part" and (s, e) in split:
            continue
        out.append(Mention(s, e, text[s:e], r["value"]))
    return out


def match(gold: list[Mention], pred: list[Mention]) -> list[tuple[int, int]]:
    """One-to-one lenient alignment: each gold takes the unused overlapping prediction it overlaps most."""
    pairs = []
    used: set[int] = set()
    for gi, g in enumerate(gold):
        best, best_overlap = -1, 0
        for pi, p in enumerate(pred):
            if pi in used or p.end <= g.start or p.start >= g.end:
                continue
            overlap = min(p.end, g.end) - max(p.start, g.start)
            if overlap > best_overlap:
                best, best_overlap = pi, overlap
        if best >= 0:
            used.add(best)
            pairs.append((gi, best))
    return pairs


def score(gold: list[Mention], pred: list[Mention], keep: Callable[[Mention], bool]) -> Score:
    """Counts over the gold ``keep`` selects; predictions on other gold are left out."""
    pairs = match(gold, pred)
    s = Score()
    matched_pred = {pi: gi for gi, pi in pairs}
    s.n_gold = sum(1 for g in gold if keep(g))
    for pi, p in enumerate(pred):
        if pi in matched_pred:
            if keep(gold[matched_pred[pi]]):
                s.n_pred += 1
            continue
        if any(p.start < g.end and g.start < p.end and not keep(g) for g in gold):
            continue  # overlaps only gold outside this slice
        s.n_pred += 1
        key = ("spurious", shape(timex2(p.value)))
        s.errors[key] += 1
        s.examples.setdefault(key, f"{p.text!r} -> {timex2(p.value)}")
    matched_gold = {gi for gi, _ in pairs}
    for gi, g in enumerate(gold):
        if keep(g) and gi not in matched_gold:
            key = ("missed", shape(g.value))
            s.errors[key] += 1
            s.examples.setdefault(key, f"{g.text!r} ({g.value})")
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        if not keep(g):
            continue
        s.lenient += 1
        s.strict += (g.start, g.end) == (p.start, p.end)
        pv = timex2(p.value)
        if pv == g.value:
            s.value_ok += 1
        else:
            key = ("value", shape(g.value), shape(pv), value_class(g.value, pv))
            s.errors[key] += 1
            s.examples.setdefault(key, f"{g.text!r} gold {g.value} got {p.text!r} {pv}")
    return s


def value_class(gold: str | None, got: str | None) -> str:
    """A coarse reason a value is wrong (the same shape with a different year is anchoring)."""
    if gold is None or got is None:
        return "none"
    if shape(gold) == shape(got) and gold[4:] == got[4:] and gold[:4] != got[:4]:
        return "year"
    if shape(gold) == shape(got):
        return "same-shape"
    return "shape"


def is_calendar(m: Mention) -> bool:
    return m.value is not None and CALENDAR.fullmatch(m.value) is not None


def everything(m: Mention) -> bool:
    return True


def row(name: str, s: Score) -> str:
    p, r, f = s.prf()
    return (
        f"| {name} | {100 * p:.1f} / {100 * r:.1f} / {100 * f:.1f} | {100 * s.strict_f1():.1f} "
        f"| {100 * s.value_accuracy():.1f} | {100 * s.value_f1():.1f} | {s.n_gold} | {s.n_pred} |"
    )


def table(totals: Iterable[tuple[str, Score]]) -> list[str]:
    out = [
        "| | extraction P / R / F1 | strict F1 | value accuracy | lenient + value F1 | gold | predicted |",
        "|---|---|---|---|---|---|---|",
    ]
    out += [row(name, s) for name, s in totals]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--errors", type=int, default=20, help="how many error classes to print")
    args = parser.parse_args(argv)
    folder: Path = args.corpus
    if not (folder / "docs.json").is_file():
        print(f"WikiWars not found at {folder}: skipped (see bench/timex_wikiwars.py)")
        return 0
    docs = json.loads((folder / "docs.json").read_text(encoding="utf-8"))
    total_all, total_cal = Score(), Score()
    per_doc = []
    for doc in sorted(docs):
        text = (folder / f"{doc}.txt").read_text(encoding="utf-8")
        gold = load_gold(folder, doc)
        pred = predict(text, docs[doc].get("doc_date"))
        s_all, s_cal = score(gold, pred, everything), score(gold, pred, is_calendar)
        total_all.add(s_all)
        total_cal.add(s_cal)
        per_doc.append((doc, s_all, s_cal))
    print("## WikiWars: all gold and calendar dates only\n")
    print("\n".join(table([("all gold", total_all), ("calendar dates only", total_cal)])))
    print("\n## Per document (all gold)\n")
    print("\n".join(table([(doc, s) for doc, s, _ in per_doc])))
    print(f"\n## The {args.errors} most frequent errors (all gold): class, count, first example\n")
    for key, n in total_all.errors.most_common(args.errors):
        print(f"{n:5d}  {' / '.join(key):<48} {total_all.examples[key]}")
    print(
        f"\nwikiwars: lenient_f1={total_all.prf()[2]:.4f} value_accuracy={total_all.value_accuracy():.4f} "
        f"lenient_value_f1={total_all.value_f1():.4f} date_lenient_value_f1={total_cal.value_f1():.4f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
