"""Deduplication of relation candidates into records."""

from __future__ import annotations

from briefextract.relations.merge import Candidate, merge, most_specific

TEXT = "Aaa bbb ccc. Ddd eee fff. Ggg hhh iii."


def cand(head: str, rtype: str, tail: str, sent: int, rule: str, date: dict | None = None) -> Candidate:
    spans = [(0, 12), (13, 25), (26, 38)]
    s, e = spans[sent]
    return Candidate(head, rtype, tail, (s, e), (s, s + 3), rule, date)


def test_one_record_per_key_with_every_statement() -> None:
    out = merge(
        [
            cand("a", "ENEMY_OF", "b", 1, "r2"),
            cand("a", "ENEMY_OF", "b", 0, "r1"),
            cand("a", "MEMBER_OF", "c", 2, "r3"),
        ],
        TEXT,
    )
    assert list(out) == ["r1", "r2"]
    first = out["r1"]
    assert (first["head"], first["type"], first["tail"]) == ("a", "ENEMY_OF", "b")
    assert first["evidence"] == {"start": 0, "end": 12, "text": "Aaa bbb ccc."}
    assert [e["text"] for e in first["evidences"]] == ["Aaa bbb ccc.", "Ddd eee fff."]
    assert first["provenance"] == ["r1", "r2"]


def test_symmetric_relations_merge_in_either_order() -> None:
    out = merge([cand("b", "ALLIED_WITH", "a", 1, "x"), cand("a", "ALLIED_WITH", "b", 0, "y")], TEXT)
    assert len(out) == 1
    assert out["r1"]["provenance"] == ["x", "y"]


def test_directed_relations_do_not_merge_across_directions() -> None:
    out = merge([cand("b", "ENEMY_OF", "a", 1, "x"), cand("a", "ENEMY_OF", "b", 0, "y")], TEXT)
    assert len(out) == 2


def test_self_relations_are_dropped() -> None:
    assert merge([cand("a", "PART_OF", "a", 0, "x")], TEXT) == {}


def test_first_date_given_is_kept() -> None:
    date = {"text": "1990", "span": None, "value": "1990", "granularity": "year", "modifier": None}
    out = merge([cand("a", "ENEMY_OF", "b", 0, "x"), cand("a", "ENEMY_OF", "b", 1, "y", date)], TEXT)
    assert out["r1"]["date"] == date


def test_order_of_candidates_does_not_matter() -> None:
    cs = [
        cand("a", "ENEMY_OF", "b", 1, "x"),
        cand("c", "MEMBER_OF", "d", 0, "y"),
        cand("a", "ENEMY_OF", "b", 2, "z"),
    ]
    assert merge(cs, TEXT) == merge(list(reversed(cs)), TEXT)


def test_doc_text_slices_as_the_whole_text_does() -> None:
    from spacy.lang.en import English

    from briefextract.relations.merge import DocText

    doc = English()("The Red Hand Front  split in 1990.\nIt joined the Blue Council.")
    text = DocText(doc)
    for start in range(len(doc.text)):
        for end in range(start, len(doc.text) + 1):
            assert text[start:end] == doc.text[start:end]


def test_a_statement_of_a_more_specific_relation_drops_the_wider_one() -> None:
    # "Ana Vell, a founding member of the Front, ..." matches a founder and a member record.
    founder = Candidate("ana", "FOUNDER_OF", "front", (0, 40), (10, 25), "founder")
    member = Candidate("ana", "MEMBER_OF", "front", (0, 40), (19, 25), "member")
    elsewhere = Candidate("ana", "MEMBER_OF", "front", (50, 90), (60, 66), "member")
    other = Candidate("teo", "MEMBER_OF", "front", (0, 40), (19, 25), "member")
    assert most_specific([founder, member, elsewhere, other]) == [founder, elsewhere, other]


def test_a_pledge_of_allegiance_is_an_affiliation_not_an_alliance_as_well() -> None:
    # "The Gold Front pledged allegiance to the Blue League.": the ALLIANCE event makes
    # the two allies, the pledge construction makes the first an affiliate of the second.
    affiliate = Candidate("gold", "AFFILIATE_OF", "blue", (0, 60), (15, 45), "pledge")
    allied = Candidate("gold", "ALLIED_WITH", "blue", (0, 60), (15, 22), "alliance")
    # A symmetric relation matches its ends in either order.
    allied_reversed = Candidate("blue", "ALLIED_WITH", "gold", (0, 60), (15, 22), "alliance")
    later = Candidate("gold", "ALLIED_WITH", "blue", (70, 120), (80, 86), "alliance")
    kept = most_specific([affiliate, allied, allied_reversed, later])
    assert kept == [affiliate, later]
