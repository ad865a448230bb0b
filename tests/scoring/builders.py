"""Hand-built briefs over one tiny text, with spans made by substring (no spaCy)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from briefextract.schema.brief import (
    Actor,
    Brief,
    Casualties,
    Claim,
    Count,
    Event,
    Participant,
    Place,
    Relation,
    Span,
    TimeValue,
    text_sha256,
)

TEXT = (
    "Kestrel Front of the Eastern Highlands (KFEH) bombed the UN headquarters in Korvath in December 2007, "
    "killing 33 people. "
    "The UN condemned the attack. "
    "France deployed troops to Mali in January 2013, and French forces retook Velna. "
    "Yusuf Karrani broke away from KFEH in 2012 and founded al-Fajr. "
    "Karrani's group allied with the Movement for Unity and Justice in East Lorvania (MUJEL). "
    "According to Dana Whitfield, KFEH remains a serious threat to the whole region today. "
    "Analysts say the group is weakened by internal rivalries and poor funding. "
    "U.S. officials said KFEH may have kidnapped tourists near Tarvosa."
)
SHA = text_sha256(TEXT)

Where = str | tuple[str, int]


def span(where: Where) -> Span:
    """The span of a substring of TEXT: ``"KFEH"`` (first) or ``("KFEH", 2)`` (third occurrence)."""
    sub, nth = (where, 0) if isinstance(where, str) else where
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return Span(start=start, end=start + len(sub), text=sub)


def sentence(containing: Where) -> Span:
    """The sentence of TEXT holding a substring (a sentence ends with ". ")."""
    inner = span(containing)
    start = TEXT.rfind(". ", 0, inner.start)
    start = 0 if start < 0 else start + 2
    end = TEXT.find(". ", inner.end)
    end = len(TEXT) if end < 0 else end + 1
    return Span(start=start, end=end, text=TEXT[start:end])


def actor(
    id: str, name: str, type: str = "ARMED_GROUP", aliases: Sequence[str] = (), mentions: Sequence[Where] = ()
) -> Actor:
    return Actor(id=id, name=name, type=type, aliases=list(aliases), mentions=[span(m) for m in mentions])


def place(
    id: str, name: str, type: str = "CITY", aliases: Sequence[str] = (), mentions: Sequence[Where] = ()
) -> Place:
    return Place(id=id, name=name, type=type, aliases=list(aliases), mentions=[span(m) for m in mentions])


def event(
    id: str,
    type: str,
    trigger: Where,
    *,
    evidence: Where | None = None,
    participants: Sequence[tuple[str, str]] = (),
    locations: Sequence[str] = (),
    date: str | None = None,
    killed: int | None = None,
    killed_modifier: str | None = None,
    modality: str = "asserted",
) -> Event:
    return Event(
        id=id,
        type=type,
        trigger=span(trigger),
        evidence=sentence(evidence if evidence is not None else trigger),
        participants=[Participant(role=role, ref=ref) for role, ref in participants],
        locations=list(locations),
        date=None if date is None else TimeValue(value=date, granularity="year"),
        casualties=None
        if killed is None
        else Casualties(killed=Count(value=killed, modifier=killed_modifier)),
        modality=modality,
    )


def claim(
    id: str,
    content: Where,
    cue: Where,
    *,
    source: str | None = None,
    source_text: str = "",
    kind: str = "indirect",
) -> Claim:
    return Claim(
        id=id, source=source, source_text=source_text, cue=span(cue), content=span(content), kind=kind
    )


def relation(head: str, type: str, tail: str, evidence: Where) -> Relation:
    return Relation(head=head, type=type, tail=tail, evidence=sentence(evidence))


def brief(doc_id: str = "d1", **records: Any) -> Brief:
    return Brief(doc_id=doc_id, text_sha256=SHA, **records)


def rich_gold(doc_id: str = "d1") -> Brief:
    """A gold brief that exercises every figure (every accuracy has a non-zero denominator)."""
    return brief(
        doc_id,
        actors=[
            actor(
                "kfeh",
                "Kestrel Front of the Eastern Highlands",
                aliases=["KFEH"],
                mentions=[
                    "Kestrel Front of the Eastern Highlands",
                    "KFEH",
                    ("KFEH", 1),
                    ("KFEH", 2),
                    ("KFEH", 3),
                ],
            ),
            actor("un", "UN", "INTERNATIONAL_ORG", mentions=["UN", ("UN", 1)]),
            actor("france", "France", "STATE", mentions=["France"]),
            actor(
                "karrani",
                "Yusuf Karrani",
                "PERSON",
                aliases=["Karrani"],
                mentions=["Yusuf Karrani", "Karrani's"],
            ),
            actor("mourabitoun", "al-Fajr", mentions=["al-Fajr"]),
            actor(
                "mujel",
                "Movement for Unity and Justice in East Lorvania",
                aliases=["MUJEL"],
                mentions=["Movement for Unity and Justice in East Lorvania", "MUJEL"],
            ),
            actor("whitfield", "Dana Whitfield", "PERSON", mentions=["Dana Whitfield"]),
        ],
        places=[
            place("korvath", "Korvath", mentions=["Korvath"]),
            place("mali", "Mali", "COUNTRY", mentions=["Mali"]),
            place("velna", "Velna", mentions=["Velna"]),
            place("tarvosa", "Tarvosa", mentions=["Tarvosa"]),
        ],
        events=[
            event(
                "e1",
                "BOMBING",
                "bombed",
                participants=[("agent", "kfeh"), ("patient", "un")],
                locations=["korvath"],
                date="2007-12",
                killed=33,
            ),
            event(
                "e2",
                "DEPLOYMENT",
                "deployed",
                participants=[("agent", "france")],
                locations=["mali"],
                date="2013-01",
            ),
            event(
                "e3",
                "TAKEOVER",
                "retook",
                participants=[("agent", "france")],
                locations=["velna"],
                date="2013-01",
            ),
            event(
                "e4",
                "SPLIT",
                "broke away",
                participants=[("agent", "karrani"), ("patient", "kfeh")],
                date="2012",
            ),
            event(
                "e5",
                "KIDNAPPING",
                "kidnapped",
                participants=[("agent", "kfeh")],
                locations=["tarvosa"],
                modality="uncertain",
            ),
        ],
        claims=[
            claim(
                "c1",
                "KFEH remains a serious threat to the whole region today",
                "According to",
                source="whitfield",
                source_text="Dana Whitfield",
            ),
            claim(
                "c2",
                "the group is weakened by internal rivalries and poor funding",
                "say",
                source_text="Analysts",
            ),
            claim(
                "c3", "KFEH may have kidnapped tourists near Tarvosa", "said", source_text="U.S. officials"
            ),
        ],
        relations=[
            relation("karrani", "FOUNDER_OF", "mourabitoun", "founded"),
            relation("mourabitoun", "SPLINTER_OF", "kfeh", "broke away"),
            relation("mourabitoun", "ALLIED_WITH", "mujel", "allied"),
            relation("kfeh", "OPERATES_IN", "tarvosa", "Tarvosa"),
        ],
    )


def partial_system(doc_id: str = "d1") -> Brief:
    """A system brief that gets some of :func:`rich_gold` right, some wrong, and adds spurious records."""
    return brief(
        doc_id,
        actors=[
            actor("s_kfeh", "KFEH", mentions=["KFEH", ("KFEH", 1), "Highlands"]),
            actor("s_un", "the UN", "GOVERNMENT_BODY", mentions=["UN"]),
            actor("s_bel", "Karrani", "PERSON", mentions=["Karrani's"]),
            actor("s_mou", "Fajr", mentions=["Fajr"]),
            actor("s_french", "French forces", "GOVERNMENT_BODY", mentions=["French forces"]),
            actor("s_whitfield", "Whitfield", "PERSON", mentions=["Whitfield"]),
        ],
        places=[
            place("s_korvath", "Korvath", mentions=["Korvath"]),
            place("s_mali", "Mali", "REGION", mentions=["Mali"]),
            place("s_west", "East Lorvania", "REGION", mentions=["East Lorvania"]),
        ],
        events=[
            event(
                "x1",
                "BOMBING",
                "bombed the UN",
                participants=[("agent", "s_kfeh"), ("agent", "s_un")],
                locations=["s_korvath"],
                date="2007",
                killed=33,
                killed_modifier="AT_LEAST",
            ),
            event("x2", "MILITARY_OPERATION", "deployed", participants=[("agent", "s_french")]),
            event("x3", "TAKEOVER", "retook", participants=[("agent", "s_french")], date="2013-01"),
            event("x4", "ATTACK", "condemned"),
        ],
        claims=[
            claim(
                "k1",
                "KFEH remains a serious threat",
                "According to",
                source="s_whitfield",
                source_text="Whitfield",
            ),
            claim("k2", "weakened by internal rivalries", "say", source_text="analysts"),
            claim("k3", "KFEH may have kidnapped tourists near Tarvosa", "said", source_text="officials"),
        ],
        relations=[
            relation("s_mou", "ALLIED_WITH", "s_kfeh", "allied"),
            relation("s_mou", "SPLINTER_OF", "s_kfeh", "broke away"),
            relation("s_bel", "FOUNDER_OF", "s_mou", "founded"),
        ],
    )


def shuffled_and_renamed(brief: Brief, seed: int) -> Brief:
    """Every list shuffled and every id renamed consistently (references follow)."""
    rng = random.Random(seed)
    data: dict[str, Any] = brief.model_dump(mode="json")
    entity_ids = [e["id"] for e in data["actors"] + data["places"]]
    rename = dict(
        zip(entity_ids, [f"ent{rng.randrange(10**6)}_{i}" for i in range(len(entity_ids))], strict=True)
    )

    def shuffle(items: list[Any]) -> list[Any]:
        items = list(items)
        rng.shuffle(items)
        return items

    for entity in data["actors"] + data["places"]:
        entity["id"] = rename[entity["id"]]
        entity["aliases"] = shuffle(entity["aliases"])
        entity["mentions"] = shuffle(entity["mentions"])
    for i, event in enumerate(data["events"]):
        event["id"] = f"ev{rng.randrange(10**6)}_{i}"
        event["locations"] = shuffle([rename[x] for x in event["locations"]])
        event["participants"] = shuffle([{**p, "ref": rename[p["ref"]]} for p in event["participants"]])
    for i, claim in enumerate(data["claims"]):
        claim["id"] = f"cl{rng.randrange(10**6)}_{i}"
        claim["source"] = rename.get(claim["source"]) if claim["source"] else None
        claim["about"] = shuffle([rename[x] for x in claim["about"]])
    for relation in data["relations"]:
        relation["head"], relation["tail"] = rename[relation["head"]], rename[relation["tail"]]
    for key in ("actors", "places", "events", "claims", "relations"):
        data[key] = shuffle(data[key])
    return Brief.model_validate(data)
