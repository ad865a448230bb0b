"""From an annotated spaCy Doc to a Brief."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from briefextract.extensions import SPAN_GROUP_FURNITURE, entity_records
from briefextract.schema.brief import Actor, Brief, Claim, Event, Place, Relation, Span, text_sha256

MAX_TITLE_WORDS = 15
# A line ending in one of these is a sentence or a lead-in, not a headline.
NOT_TITLE_END = ".!?:;,"
# The parts of speech of a verb: a headline has one, a section heading none.
VERB_POS: frozenset[str] = frozenset({"VERB", "AUX"})


def find_title(doc: Doc) -> str | None:
    """The first line when it reads as a headline: short, no closing punctuation, and not a
    section heading."""
    furniture = [(s.start_char, s.end_char) for s in doc.spans.get(SPAN_GROUP_FURNITURE, [])]
    offset = 0
    for line in doc.text.splitlines(keepends=True):
        body = line.strip()
        if body:
            start = offset + line.index(body)
            if any(fs <= start < fe for fs, fe in furniture):
                return None
            if len(body.split()) <= MAX_TITLE_WORDS and body[-1] not in NOT_TITLE_END:
                span = doc.char_span(start, start + len(body), alignment_mode="expand")
                return None if span is not None and _section_heading(span) else body
            return None
        offset += len(line)
    return None


def _section_heading(span: SpacySpan) -> bool:
    """A sentence-case noun phrase ("Early history and formation") is how an encyclopedia
    heads a section, not how a text is titled: a title capitalises its content words
    ("Velna Liberation Front"), a headline has a verb ("Rebels seize Velna")."""
    if len(span) < 2 or not span.doc.has_annotation("TAG"):
        return False
    words = [t for t in span[1:] if t.is_alpha]
    lower_content = any(t.is_lower and not t.is_stop for t in words)
    has_verb = any(t.pos_ in VERB_POS for t in span)
    return lower_content and not has_verb


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _records(table: dict[str, dict[str, Any]] | None) -> list[dict[str, Any]]:
    """A layer's records in the order the layer wrote them (ids are assigned in text order)."""
    return list((table or {}).values())


def actors_and_places(text: str, table: list[dict[str, Any]]) -> tuple[list[Actor], list[Place]]:
    """The brief's actors and places from the entity layer's table (``doc._.bx_entities``,
    or the table of a document resolved over its pieces); provenance rides on an extra field."""
    actors: list[Actor] = []
    places: list[Place] = []
    for ent in table:
        mentions = [_span(text, m["start"], m["end"]) for m in ent["mentions"]]
        common = {
            "id": ent["id"],
            "name": ent["name"],
            "type": ent["type"],
            "aliases": ent["aliases"],
            "mentions": mentions,
            "provenance": ent["rules"],
        }
        if ent["kind"] == "actor":
            actors.append(Actor.model_validate(common))
        else:
            places.append(Place.model_validate({**common, "country": ent["country"]}))
    return actors, places


RecordT = TypeVar("RecordT", bound=BaseModel)


def _validated(
    model: type[RecordT], layer: str, records: list[dict[str, Any]], dropped: list[dict[str, str]]
) -> list[RecordT]:
    """The records that fit the brief's schema. One that does not (a layer's bug) is left out
    and named in ``dropped``, instead of failing the whole document."""
    out: list[RecordT] = []
    for record in records:
        try:
            out.append(model.model_validate(record))
        except ValidationError as exc:
            problem = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            dropped.append({"layer": layer, "id": str(record.get("id")), "problem": problem})
    return out


def with_layers(
    brief: Brief,
    events: list[dict[str, Any]],
    claims: list[dict[str, Any]],
    relations: list[dict[str, Any]],
) -> Brief:
    """``brief`` with the event, claim and relation layers' records. A record that does not
    fit the schema is left out and listed in the extra field ``dropped_records``."""
    dropped: list[dict[str, str]] = []
    layers: dict[str, Any] = {
        "events": _validated(Event, "events", events, dropped),
        "claims": _validated(Claim, "claims", claims, dropped),
        "relations": _validated(Relation, "relations", relations, dropped),
    }
    if dropped:  # an extra field, present only when something was left out
        layers["dropped_records"] = dropped
    return brief.model_copy(update=layers)


def build_brief(doc: Doc, doc_id: str, document_date: str | None = None) -> Brief:
    """The brief of one processed document: provenance rides on extra fields."""
    text = doc.text
    actors, places = actors_and_places(text, entity_records(doc))
    brief = Brief(
        doc_id=doc_id,
        text_sha256=text_sha256(text),
        title=find_title(doc),
        document_date=document_date if document_date is not None else doc._.bx_document_date,
        actors=actors,
        places=places,
    )
    return with_layers(
        brief, _records(doc._.bx_events), _records(doc._.bx_claims), _records(doc._.bx_relations)
    )
