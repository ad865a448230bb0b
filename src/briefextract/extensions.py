"""Every custom attribute briefextract sets on spaCy objects, declared once.

Values are JSON-able (str, int, dict, list, None) so Docs serialise cleanly.
"""

from __future__ import annotations

import weakref

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Span, Token

# Span groups written by our components.
SPAN_GROUP_TIMES = "bx_times"
SPAN_GROUP_ENTITIES = "bx_entities"
SPAN_GROUP_FURNITURE = "bx_furniture"
# The event, claim and relation layers: spans with label_ = type, kb_id_ = record id,
# id_ = rule id; their records live in one Doc extension per layer, keyed by id.
SPAN_GROUP_EVENTS = "bx_events"
SPAN_GROUP_CLAIMS = "bx_claims"
SPAN_GROUP_RELATIONS = "bx_relations"

_DOC_EXTENSIONS: dict[str, object] = {
    "bx_doc_id": None,  # str: the document id
    "bx_document_date": None,  # str | None: ISO date the text states or the caller gave
    # int | None: where this Doc starts in its document when it is one piece of a long
    # text (None: the Doc is the whole document)
    "bx_piece_start": None,
    "bx_article_end": None,  # int | None: char offset where page furniture takes over to the end
    # dict[str, dict]: entity id -> resolved actor or place with its mentions; a
    # ``bx_entities`` span points at its record by kb_id_
    "bx_entities": None,
    # list[dict]: the time layer's records; a ``bx_times`` span points at its own by kb_id_
    "bx_time_records": None,
    "bx_events": None,  # dict[str, dict]: event id -> Event record (ANNOTATION.md) + provenance
    "bx_claims": None,  # dict[str, dict]: claim id -> Claim record + provenance
    "bx_relations": None,  # dict[str, dict]: relation key -> Relation record + provenance
    "bx_error": None,  # str | None: why a component could not process this document
}
TIME_KEY_PREFIX = "time:"


def _time_record(span: Span) -> dict | None:
    """The time layer's record of a ``bx_times`` span (read through its ``kb_id_``, so two
    spans over the same characters, such as a range and its ends, keep their own)."""
    key = span.kb_id_
    records = span.doc._.bx_time_records
    if not key.startswith(TIME_KEY_PREFIX) or records is None:
        return None
    return records[int(key[len(TIME_KEY_PREFIX) :])]


def entity_records(doc: Doc) -> list[dict]:
    """The entity layer's records in the order it wrote them (ids in text order)."""
    return list((doc._.bx_entities or {}).values())


# The text of each Doc read so far, with the Doc's spacing column it was read with: several
# components read the text, which changes only if the spaces after tokens do (a Doc keeps its
# tokens' words; retokenising keeps the text; ``Doc.from_array`` can set SPACY).
_TEXTS: weakref.WeakKeyDictionary[Doc, tuple[bytes, str]] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined from the ORTH and SPACY arrays once per Doc: ``doc.text`` builds
    a Token object per token on every read."""
    spacing = doc.to_array([SPACY]).tobytes()
    found = _TEXTS.get(doc)
    if found is None or found[0] != spacing:
        found = _TEXTS[doc] = (spacing, _joined_text(doc))
    return found[1]


def _joined_text(doc: Doc) -> str:
    if not len(doc):
        return ""
    strings = doc.vocab.strings
    # Two flat columns, not a list per token row: many small lists set off the garbage
    # collector's sweeps.
    table = doc.to_array([ORTH, SPACY])
    orths, spaces = table[:, 0].tolist(), table[:, 1].tolist()
    return "".join(
        [strings[orth] + " " if space else strings[orth] for orth, space in zip(orths, spaces, strict=True)]
    )


_TOKEN_EXTENSIONS: dict[str, object] = {
    # bool: the token heads an event trigger; argument patterns anchor only on such
    # tokens, so the dependency matcher does not try every token of the document.
    "bx_event_head": False,
    # bool: the relations layer can read an actor or place from this token (it lies in
    # a mention, or names one through a conjunct, description or anaphor); set on the
    # tokens its end nodes try, which match no other token.
    "bx_relation_end": False,
}


def register_extensions() -> None:
    """Declare our extensions; safe to call any number of times."""
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    # Nothing is assigned to Span._ (values set there are keyed by offsets and shared by
    # every span over the same characters); this getter reads each span's own record.
    if not Span.has_extension("bx_time"):
        Span.set_extension("bx_time", getter=_time_record)
    for name, default in _TOKEN_EXTENSIONS.items():
        if not Token.has_extension(name):
            Token.set_extension(name, default=default)


register_extensions()
