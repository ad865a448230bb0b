"""Helpers for writing gold briefs by hand, reproducibly.

A gold script never types an offset. It names a span by an exact substring and,
where the substring occurs more than once, by which occurrence or by a longer
context string that is unique in the document. Every lookup asserts, so a
script that runs is a script whose spans are all where the annotator said.

Usage in a script ``gold/build/<doc_id>.py``::

    from annot import GoldDoc
    g = GoldDoc("cfr-aqim-2015")
    s = g.span("AQIM", nth=2)                      # second occurrence
    s = g.span("December", within="In Algiers in December")
    ms = g.mentions("AQIM")                        # every whole-word occurrence
    g.actor("aqim", "Al-Qaeda in the Islamic Maghreb", "ARMED_GROUP",
            aliases=["AQIM"], mentions=ms)
    g.write()                                      # gold/<doc_id>.jsonl
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"

Span = dict[str, Any]


class GoldDoc:
    """One document's gold brief under construction."""

    def __init__(self, doc_id: str, *, end_marker: str | None = None) -> None:
        self.doc_id = doc_id
        self.text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
        # Everything at or after end_marker is page furniture: spans there are refused.
        self.limit = len(self.text) if end_marker is None else self.text.index(end_marker)
        self.title: str | None = None
        self.document_date: str | None = None
        self.actors: list[dict[str, Any]] = []
        self.places: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.claims: list[dict[str, Any]] = []
        self.relations: list[dict[str, Any]] = []

    # --- spans -----------------------------------------------------------
    def _make(self, start: int, end: int) -> Span:
        assert 0 <= start < end <= self.limit, (self.doc_id, start, end, "outside article")
        return {"start": start, "end": end, "text": self.text[start:end]}

    def occurrences(self, needle: str, *, word: bool = True) -> list[int]:
        """Start offsets of every occurrence of ``needle`` in the article part."""
        pattern = re.escape(needle)
        if word:
            # "_" (markdown italics) is not part of a word here: "_Euskadiko Ezkerra_" holds a name.
            pattern = rf"(?<![^\W_])(?<!-){pattern}(?![^\W_])"
        return [m.start() for m in re.finditer(pattern, self.text[: self.limit])]

    def span(
        self,
        needle: str,
        *,
        nth: int | None = None,
        within: str | None = None,
        word: bool = True,
    ) -> Span:
        """The span of ``needle``.

        With ``within``: ``within`` must occur exactly once (or ``nth`` picks which
        occurrence of ``within``) and ``needle`` must occur exactly once inside it.
        Without it: ``needle`` must occur exactly once, or ``nth`` (1-based) picks.
        """
        if within is not None:
            ctx_starts = self.occurrences(within, word=False)
            if nth is None:
                assert len(ctx_starts) == 1, (within, "context occurs", len(ctx_starts))
                base = ctx_starts[0]
            else:
                base = ctx_starts[nth - 1]
            inner = [m.start() for m in re.finditer(re.escape(needle), within)]
            assert len(inner) == 1, (needle, "occurs in context", len(inner), within)
            start = base + inner[0]
            return self._make(start, start + len(needle))
        starts = self.occurrences(needle, word=word)
        if nth is None:
            assert len(starts) == 1, (needle, "occurs", len(starts), "times; give nth or within")
            start = starts[0]
        else:
            assert 1 <= nth <= len(starts), (needle, nth, len(starts))
            start = starts[nth - 1]
        return self._make(start, start + len(needle))

    def sentence(self, needle: str, *, nth: int | None = None) -> Span:
        """Shorthand for a whole sentence or clause given verbatim (exact, unique)."""
        return self.span(needle, nth=nth, word=False)

    def mentions(
        self, *needles: str, exclude: list[str] | tuple[str, ...] = (), skip: tuple[int, ...] = ()
    ) -> list[Span]:
        """Every whole-word occurrence of each needle, minus those inside an
        ``exclude`` string (a longer name that contains it) and minus the 1-based
        positions in ``skip`` (positions in the combined, sorted list)."""
        blocked: list[tuple[int, int]] = []
        for longer in exclude:
            for s in self.occurrences(longer, word=False):
                blocked.append((s, s + len(longer)))
        found: list[Span] = []
        for needle in needles:
            for s in self.occurrences(needle):
                e = s + len(needle)
                # Only an occurrence strictly inside a longer name is blocked, never the longer name itself.
                if any(bs <= s and e <= be and (s, e) != (bs, be) for bs, be in blocked):
                    continue
                found.append(self._make(s, e))
        found.sort(key=lambda sp: (sp["start"], sp["end"]))
        spans = [sp for i, sp in enumerate(found, start=1) if i not in skip]
        starts = [(sp["start"], sp["end"]) for sp in spans]
        assert len(starts) == len(set(starts)), ("duplicate mention", needles)
        return spans

    # --- records ---------------------------------------------------------
    def actor(self, id: str, name: str, type: str, *, aliases: list[str] | None = None,
              mentions: list[Span], **extra: Any) -> None:
        assert mentions, (id, "an actor needs at least one mention")
        self.actors.append({"id": id, "name": name, "type": type, "aliases": aliases or [],
                            "mentions": mentions, **extra})

    def place(self, id: str, name: str, type: str, *, country: str | None,
              aliases: list[str] | None = None, mentions: list[Span], **extra: Any) -> None:
        assert mentions, (id, "a place needs at least one mention")
        self.places.append({"id": id, "name": name, "type": type, "country": country,
                            "aliases": aliases or [], "mentions": mentions, **extra})

    @staticmethod
    def time(span: Span | None, value: str | None, granularity: str,
             modifier: str | None = None, text: str | None = None) -> dict[str, Any]:
        return {"text": span["text"] if span else text, "span": span, "value": value,
                "granularity": granularity, "modifier": modifier}

    @staticmethod
    def count(value: int, modifier: str | None = None) -> dict[str, Any]:
        return {"value": value, "modifier": modifier}

    def event(self, id: str, type: str, *, trigger: Span, evidence: Span,
              date: dict[str, Any] | None = None, locations: list[str] | None = None,
              participants: list[tuple[str, str]] | None = None,
              killed: dict[str, Any] | None = None, injured: dict[str, Any] | None = None,
              modality: str = "asserted", **extra: Any) -> None:
        casualties = None
        if killed is not None or injured is not None:
            casualties = {"killed": killed, "injured": injured}
        self.events.append({
            "id": id, "type": type, "trigger": trigger, "date": date,
            "locations": locations or [],
            "participants": [{"role": r, "ref": ref} for r, ref in (participants or [])],
            "casualties": casualties, "modality": modality, "evidence": evidence, **extra})

    def claim(self, id: str, *, source: str | None, source_text: str, cue: Span, content: Span,
              kind: str, date: dict[str, Any] | None = None, hedged: bool = False,
              about: list[str] | None = None, **extra: Any) -> None:
        self.claims.append({"id": id, "source": source, "source_text": source_text, "cue": cue,
                            "content": content, "kind": kind, "date": date, "hedged": hedged,
                            "about": about or [], **extra})

    def relation(self, head: str, type: str, tail: str, *, evidence: Span,
                 date: dict[str, Any] | None = None, **extra: Any) -> None:
        self.relations.append({"head": head, "type": type, "tail": tail, "evidence": evidence,
                               "date": date, **extra})

    # --- output ----------------------------------------------------------
    def brief(self) -> dict[str, Any]:
        ids = [a["id"] for a in self.actors] + [p["id"] for p in self.places]
        assert len(ids) == len(set(ids)), "actor/place ids must be unique"
        known = set(ids)
        for ev in self.events:
            for p in ev["participants"]:
                assert p["ref"] in {a["id"] for a in self.actors}, (ev["id"], p)
            for loc in ev["locations"]:
                assert loc in {p["id"] for p in self.places}, (ev["id"], loc)
        for c in self.claims:
            assert c["source"] is None or c["source"] in known, c["id"]
        for r in self.relations:
            assert r["head"] in known and r["tail"] in known, r
        return {
            "doc_id": self.doc_id,
            "text_sha256": hashlib.sha256(self.text.encode("utf-8")).hexdigest(),
            "title": self.title,
            "document_date": self.document_date,
            "actors": self.actors, "places": self.places, "events": self.events,
            "claims": self.claims, "relations": self.relations,
        }

    def write(self) -> Path:
        out = GOLD / f"{self.doc_id}.jsonl"
        out.write_text(json.dumps(self.brief(), ensure_ascii=False, sort_keys=True) + "\n",
                       encoding="utf-8")
        return out
