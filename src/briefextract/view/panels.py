"""One panel per record: what the brief says about it, every reference a link."""

from __future__ import annotations

import json
from html import escape
from typing import Any

from briefextract.schema.brief import Actor, Claim, Event, Place, Relation, Span, TimeValue
from briefextract.view.record_keys import RULE_FIELDS, BriefIndex, layer_css, mention_id, relation_text

_SHOWN_EXTRAS = 300  # characters of an unknown extra field shown in a panel


def _row(name: str, value: str) -> str:
    return f"<dt>{escape(name)}</dt><dd>{value}</dd>"


def _quote(text: str, limit: int = 400) -> str:
    short = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"<q>{escape(short)}</q>"


class PanelWriter:
    """Writes the panels of one brief; ``prefix`` keeps ids apart when two briefs share a page."""

    def __init__(self, index: BriefIndex, prefix: str = "") -> None:
        self.index = index
        self.prefix = prefix

    def ref(self, entity_id: str) -> str:
        key = self.index.entity_key.get(entity_id)
        name = escape(self.index.entity_name.get(entity_id, entity_id))
        if key is None:
            return f'<span class="dangling">{name}</span>'
        return f'<a href="#rec-{self.prefix}{key}">{name}</a>'

    def span_link(self, span: Span, target: str) -> str:
        return (
            f'<a href="#{self.prefix}{target}" title="{span.start}-{span.end}">{escape(span.text)}</a>'
            f' <span class="off">{span.start}–{span.end}</span>'
        )

    def evidence(self, span: Span, key: str) -> str:
        return f'<a class="evid" href="#{self.prefix}ev-{key}">{_quote(span.text)}</a>'

    def time(self, tv: TimeValue | None, key: str) -> str:
        if tv is None:
            return "—"
        parts = [escape(tv.value or "no value"), escape(tv.granularity)]
        if tv.modifier:
            parts.append(escape(tv.modifier))
        said = ""
        if tv.span is not None:
            said = f" from {self.span_link(tv.span, mention_id(key, 'date'))}"
        elif tv.text:
            said = f" from <q>{escape(tv.text)}</q> (inferred)"
        return " · ".join(parts) + said

    def extras(self, record: Any) -> str:
        extra = record.model_extra or {}
        rows = []
        rules = [name for name in RULE_FIELDS if name in extra]
        if rules:
            values: list[str] = []
            for name in rules:
                value = extra[name]
                values += [str(v) for v in value] if isinstance(value, list) else [str(value)]
            rows.append(_row("rules", ", ".join(f"<code>{escape(v)}</code>" for v in values)))
        for name in sorted(extra):
            if name in RULE_FIELDS:
                continue
            shown = json.dumps(extra[name], ensure_ascii=False, sort_keys=True)
            if len(shown) > _SHOWN_EXTRAS:
                shown = shown[: _SHOWN_EXTRAS - 1] + "…"
            rows.append(_row(name, f'<code class="extra">{escape(shown)}</code>'))
        return "".join(rows)

    def panel(self, layer: str, key: str, record: Any) -> str:
        body = {
            "actor": self._entity,
            "place": self._entity,
            "event": self._event,
            "claim": self._claim,
            "relation": self._relation,
        }[layer](key, record)
        label = getattr(record, "type", None) or getattr(record, "kind", "")
        if isinstance(record, Relation):
            title = relation_text(self.index, record)
        elif isinstance(record, Event):
            title = f"{record.trigger.text} ({record.id})"
        elif isinstance(record, Claim):
            content = record.content.text
            title = f"{record.source_text}: {content[:60]}{'…' if len(content) > 60 else ''}"
        else:
            title = record.name
        return (
            f'<section class="panel p-{layer}" id="rec-{self.prefix}{key}" data-rec="{self.prefix}{key}">'
            f'<h3><span class="tag {layer_css(layer, str(label))}">{escape(str(label))}</span> '
            f"{escape(title)}</h3><dl>{body}{self.extras(record)}</dl></section>"
        )

    def _entity(self, key: str, rec: Actor | Place) -> str:
        links = " ".join(
            f'<a href="#{self.prefix}{mention_id(key, k)}" title="{m.start}-{m.end}">{escape(m.text)}</a>'
            for k, m in enumerate(rec.mentions)
        )
        rows = _row("id", f"<code>{escape(rec.id)}</code>") + _row("type", escape(rec.type))
        if isinstance(rec, Place):
            rows += _row("country", escape(rec.country or "—"))
        rows += _row("aliases", escape(", ".join(rec.aliases)) or "—")
        rows += _row(f"mentions ({len(rec.mentions)})", links or "—")
        return rows

    def _event(self, key: str, e: Event) -> str:
        roles: dict[str, list[str]] = {}
        for p in e.participants:
            roles.setdefault(p.role, []).append(self.ref(p.ref))
        participants = "<br>".join(f"{escape(role)}: {', '.join(refs)}" for role, refs in roles.items())
        casualties = "—"
        if e.casualties is not None:
            counts = []
            for what, count in (("killed", e.casualties.killed), ("injured", e.casualties.injured)):
                if count is not None:
                    counts.append(f"{what} {escape(count.modifier or '')} {count.value}".replace("  ", " "))
            casualties = ", ".join(counts) or "—"
        return (
            _row("id", f"<code>{escape(e.id)}</code>")
            + _row("type", escape(e.type))
            + _row("trigger", self.span_link(e.trigger, mention_id(key, 0)))
            + _row("date", self.time(e.date, key))
            + _row("places", ", ".join(self.ref(loc) for loc in e.locations) or "—")
            + _row("participants", participants or "—")
            + _row("casualties", casualties)
            + _row("modality", escape(e.modality))
            + _row("evidence", self.evidence(e.evidence, key))
        )

    def _claim(self, key: str, c: Claim) -> str:
        source = self.ref(c.source) if c.source else "unnamed"
        return (
            _row("id", f"<code>{escape(c.id)}</code>")
            + _row("source", f"{source} — <q>{escape(c.source_text)}</q>")
            + _row("cue", self.span_link(c.cue, mention_id(key, 0)))
            + _row("content", f'<a href="#{self.prefix}{mention_id(key, 1)}">{_quote(c.content.text)}</a>')
            + _row("kind", escape(c.kind))
            + _row("hedged", "yes" if c.hedged else "no")
            + _row("date", self.time(c.date, key))
            + _row("about", ", ".join(self.ref(a) for a in c.about) or "—")
        )

    def _relation(self, key: str, r: Relation) -> str:
        return (
            _row("head", self.ref(r.head))
            + _row("type", escape(r.type))
            + _row("tail", self.ref(r.tail))
            + _row("date", self.time(r.date, key))
            + _row("evidence", self.evidence(r.evidence, key))
        )
