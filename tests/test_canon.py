"""Canonicalisation of mentions into entities, from hand-built mention lists."""

from __future__ import annotations

from briefextract.entities.canon import Mention, build_entities, cluster

TITLES = frozenset({"gen.", "general", "mr."})


def m(start: int, text: str, kind: str = "actor", type_: str = "PERSON", **kw: object) -> Mention:
    return Mention(start, start + len(text), text, kind, type_, "test", **kw)  # type: ignore[arg-type]


def entities(mentions: list[Mention], links: list[tuple[int, int]] | None = None):
    return build_entities(mentions, cluster(mentions, links or [], titles=TITLES), titles=TITLES)


def test_surname_joins_the_nearest_preceding_full_name() -> None:
    ms = [m(0, "Peter Holm"), m(20, "Holm"), m(40, "Ingrid Holm"), m(60, "Holm"), m(80, "Gen. Holm")]
    ents = entities(ms)
    assert [(e.name, len(e.mentions)) for e in ents] == [("Peter Holm", 2), ("Ingrid Holm", 3)]


def test_surname_before_the_full_name_joins_the_first_later_one() -> None:
    ents = entities([m(0, "Kadouri"), m(30, "Samir Kadouri")])
    assert len(ents) == 1 and ents[0].name == "Samir Kadouri" and ents[0].aliases == ["Kadouri"]


def test_same_folded_name_merges_but_actor_and_place_never_do() -> None:
    ms = [
        m(0, "al-Qaeda", type_="ARMED_GROUP"),
        m(20, "Al-Qaeda", type_="ARMED_GROUP"),
        m(40, "Mali", type_="STATE", key="country-ML"),
        m(60, "Mali", kind="place", type_="COUNTRY", key="country-ML"),
    ]
    ents = entities(ms)
    assert [(e.kind, e.name, len(e.mentions)) for e in ents] == [
        ("actor", "al-Qaeda", 2),
        ("actor", "Mali", 1),
        ("place", "Mali", 1),
    ]
    assert {e.id for e in ents} == {"al_qaeda", "mali", "mali_place"}


def test_links_merge_and_the_fullest_name_wins() -> None:
    ms = [
        m(0, "Popular Liberation Army", type_="ARMED_GROUP"),
        m(42, "ALP", type_="ARMED_GROUP"),
    ]
    (ent,) = entities(ms, [(0, 1)])
    assert ent.name == "Popular Liberation Army" and ent.aliases == ["ALP"]


def test_gazetteer_name_is_preferred_when_written_and_type_votes_favour_the_gazetteer() -> None:
    ms = [
        m(0, "U.S.", type_="STATE", key="country-US", canonical="United States", source="gazetteer"),
        m(
            10,
            "United States",
            type_="STATE",
            key="country-US",
            canonical="United States",
            source="gazetteer",
        ),
        m(30, "KFEH", type_="PERSON", source="ner"),
        m(40, "KFEH", type_="ARMED_GROUP", source="gazetteer"),
    ]
    us, kfeh = entities(ms)
    assert us.name == "United States" and us.aliases == ["U.S."]
    assert kfeh.type == "ARMED_GROUP"


def test_ids_are_unique_and_stable() -> None:
    ms = [m(0, "Niger", kind="place", type_="COUNTRY"), m(10, "Niger", kind="place", type_="CITY", key="x")]
    ents = entities(ms)
    assert len({e.id for e in ents}) == len(ents)


def test_accent_variants_of_one_name_are_one_entity() -> None:
    (ent,) = entities([m(0, "Seán Tarrow"), m(40, "Sean Tarrow"), m(60, "Tarrow")])
    assert ent.name == "Seán Tarrow" and ent.aliases == ["Sean Tarrow", "Tarrow"] and len(ent.mentions) == 3
