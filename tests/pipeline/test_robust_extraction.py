"""The library on any str: a brief with valid spans, or a coded error naming the doc_id."""

from __future__ import annotations

import time

import pytest
from spacy.language import Language

import briefextract.extraction as extraction
from briefextract.document.documents import Document
from briefextract.entities.resolver import EntityResolver
from briefextract.errors import BriefExtractError, ComponentError, DocumentTimeout
from briefextract.extraction import Failure, extract_documents, extract_text
from briefextract.schema.brief import reference_problems, span_problems

STORY = (
    "Kestrel Liberation Front\n\n"
    "The Kestrel Liberation Front (KLF) is an armed group founded by Daniel Okoro in Nairobi. "
    "Okoro said the KLF would fight on.\n\n"
    "In 2009 the Kestrel Liberation Front bombed a depot in Kenya. "
    "Okoro was arrested by the Kenyan police in Mombasa.\n"
)


def _records(brief) -> list[tuple]:  # type: ignore[no-untyped-def]
    return sorted(
        (kind, e.name, e.type, tuple(sorted(e.aliases)), tuple(m.text for m in e.mentions))
        for kind, group in (("actor", brief.actors), ("place", brief.places))
        for e in group
    )


def _valid(brief, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not span_problems(brief, text) and not reference_problems(brief)


@pytest.mark.parametrize(
    ("text", "code", "message"),
    [
        ("ab\ud800cd", "BX022", "lone surrogate U\\+D800 at offset 2"),
        ("", "BX020", "is empty"),
        (" \n\t", "BX020", "holds only whitespace"),
        (b"bytes", "BX025", "not a str"),
    ],
    ids=["lone-surrogate", "empty", "whitespace", "bytes"],
)
def test_unusable_text_raises_a_coded_error_with_the_doc_id(
    nlp: Language, text: object, code: str, message: str
) -> None:
    with pytest.raises(BriefExtractError, match=message) as info:
        extract_text(nlp, text, doc_id="doc-7")  # type: ignore[arg-type]
    assert info.value.code == code and info.value.doc_id == "doc-7"  # type: ignore[attr-defined]
    assert "doc-7" in str(info.value)


def test_over_long_text_is_a_coded_error(nlp: Language) -> None:
    with pytest.raises(BriefExtractError, match="over the limit of 100") as info:
        extract_text(nlp, "word " * 30, doc_id="long", max_chars=100)
    assert info.value.code == "BX023"


def test_control_characters_never_end_up_in_a_name(nlp: Language) -> None:
    text = STORY.replace("Daniel Okoro", "Daniel\x1cOkoro").replace("Kenya.", "Kenya\x00.\x0b\u2028\x85")
    brief = extract_text(nlp, text, doc_id="ctl")
    _valid(brief, text)
    for entity in brief.actors + brief.places:
        for name in [entity.name, *entity.aliases, *(m.text for m in entity.mentions)]:
            assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or c in "\u2028\u2029" for c in name), name


def test_crlf_and_cr_give_the_records_lf_gives(nlp: Language) -> None:
    lf = extract_text(nlp, STORY, doc_id="d")
    for ending in ("\r\n", "\r"):
        text = STORY.replace("\n", ending)
        brief = extract_text(nlp, text, doc_id="d")
        _valid(brief, text)
        assert _records(brief) == _records(lf)
        assert brief.title == lf.title == "Kestrel Liberation Front"


def test_a_text_in_pieces_gives_the_records_of_the_whole(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "\n\n".join([STORY] * 6)
    whole = extract_text(nlp, text, doc_id="d")
    original = extraction.pieces
    monkeypatch.setattr(extraction, "pieces", lambda t, max_chars: original(t, max_chars=400))
    assert len(extraction.pieces(text, max_chars=0)) > 3
    split = extract_text(nlp, text, doc_id="d")
    _valid(split, text)
    assert _records(split) == _records(whole)
    assert split.title == whole.title


def test_a_long_run_without_spaces_is_fine(nlp: Language) -> None:
    text = STORY + "(" * 3000 + "[1]" * 2000 + ")" * 3000 + "\n" + STORY
    started = time.process_time()
    brief = extract_text(nlp, text, doc_id="runs")
    assert time.process_time() - started < 20
    _valid(brief, text)
    assert any(a.name == "Kestrel Liberation Front" for a in brief.actors)


def test_a_document_over_the_time_limit_fails_naming_the_component(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = EntityResolver.__call__

    def slow_on_marker(self: EntityResolver, doc):  # type: ignore[no-untyped-def]
        if "SLOW" in doc.text:
            time.sleep(5)
        return original(self, doc)

    monkeypatch.setattr(EntityResolver, "__call__", slow_on_marker)
    docs = [Document(f"d{i}", "France retook the port." if i != 1 else "SLOW France.") for i in range(3)]
    started = time.monotonic()
    results = list(extract_documents(nlp, docs, batch_size=3, seconds=1.0))
    assert time.monotonic() - started < 4.5
    assert [r.doc_id for r in results] == ["d0", "d1", "d2"]
    (failure,) = [r for r in results if isinstance(r, Failure)]
    assert failure.code == "BX052" and failure.component == "briefextract_entities"
    assert "time limit of 1 s" in failure.error
    with pytest.raises(DocumentTimeout) as info:
        extract_text(nlp, "SLOW France.", doc_id="s", seconds=1.0)
    assert info.value.component == "briefextract_entities" and info.value.doc_id == "s"


def test_a_component_that_raises_is_named(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(self: EntityResolver, doc):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    monkeypatch.setattr(EntityResolver, "__call__", boom)
    with pytest.raises(ComponentError, match="component briefextract_entities: RuntimeError: boom") as info:
        extract_text(nlp, "France retook the port.", doc_id="x")
    assert info.value.code == "BX050"


def test_a_prefix_alias_does_not_decide_which_name_a_mention_gets(nlp: Language) -> None:
    text = (
        "The Vantor Front, also known as Vantor, attacked the depot. "
        "Vantor Front fighters and Vantor supporters met. The Vantor Front left.\n"
    )
    brief = extract_text(nlp, text, doc_id="p")
    texts = sorted((m.start, m.text) for a in brief.actors for m in a.mentions)
    # At each place the longest name written there is the mention.
    assert all(t == "Vantor Front" for s, t in texts if text.startswith("Vantor Front", s)), texts
