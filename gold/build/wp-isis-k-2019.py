"""Gold brief for wp-isis-k-2019 (Wikipedia passage on the 24 October 2016 attack on the
Balochistan police training college in Quetta: ISIL-Khorasan claim via Amaq, Lashkar-e-Jhangvi
/ Al-Alami joint claim, Pakistani officials' attributions, casualties, aftermath).

Run from /work/main:  .venv/bin/python gold/build/wp-isis-k-2019.py
Writes gold/wp-isis-k-2019.jsonl and prints the counts pasted into
gold/notes/wp-isis-k-2019.md. Every judgement call is commented here and listed, with its
sentence, in the notes.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from annot import GoldDoc

g = GoldDoc("wp-isis-k-2019")
# The first line is the first body sentence ("On 24 October 2016, three heavily armed
# terrorists ..."), not a title; the only other short lines are section headings
# ("Attack", "Perpetrators", "Aftermath"). The passage states no date of its own.
g.title = None
g.document_date = None

T = g.time
N = g.count


def by_start(spans):
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


ISKP = "Islamic State of Iraq and the Levant – Khorasan Province"  # EN DASH (U+2013)

# ---------------------------------------------------------------------------
# Sentences used as evidence (verbatim). Since the v1.2 pass the evidence is the whole
# sentence (CONVENTIONS 5): a citation marker in its middle stays inside, markers after
# the final punctuation stay outside. Names, triggers, dates, cues and contents never
# contain a marker.
# ---------------------------------------------------------------------------
S_LEAD = g.sentence(
    "On 24 October 2016, three heavily armed terrorists carried out an attack on the Balochistan "
    "police training college in Quetta, Pakistan, killing 61 cadets and injuring more than 165 "
    "others.")
# "[4]" sits inside this sentence: it stays inside the evidence.
S_LEAD_CLAIMS = g.sentence(
    f"The {ISKP} claimed responsibility for the attack,[4] and Pakistan-based "
    "Lashkar-e-Jhangvi claimed to have collaborated with them.")
S_AUTHORITIES = g.sentence(
    "According to Pakistani authorities, the assailants came from Afghanistan and were in "
    "contact with their handlers there while perpetrating the attack.")
# "[7][8]" is inside this sentence: it stays inside the evidence (which now also holds
# the date expression "Tuesday 24 October").
S_HOSTAGE = g.sentence(
    "Three militants entered the training centre around 11:10 pm on Tuesday 24 October,[7][8] "
    "while cadets were sleeping, and opened fire before taking hundreds of police cadets "
    "hostage and engaging in a standoff with security forces.")
S_CASUALTIES = g.sentence(
    "At least 61 people were killed and over 165 people were injured as well.")
S_MILITANTS_KILLED = g.sentence("Three militants were killed during the attack.")
S_BELTS = g.sentence(
    "Two detonated suicide belts and the third was shot by police, with many of the victims "
    "being killed when the attackers detonated their belts.")
JANJUA_TEXT = (
    "Pakistan's national security advisor Naseer Khan Janjua stated to U.S. ambassador David "
    "Hale that India's Research and Analysis Wing and Afghanistan's National Directorate of "
    "Security (NDS) were \"patronising\" terrorist organisations on attacking soft targets in "
    "Pakistan, and emphasised the need for effective action against militant elements in "
    "Afghanistan linked to the attack.")
# The paragraph is written twice (Perpetrators [14][15], Aftermath [25][26]), word for word.
assert len(g.occurrences(JANJUA_TEXT, word=False)) == 2
S_JANJUA = g.sentence(JANJUA_TEXT, nth=1)      # anchor: first (identical, so first = fullest)
S_JANJUA_2 = g.sentence(JANJUA_TEXT, nth=2)
S_AFGAN = g.sentence(
    "Maj. Gen. Sher Afgan, the chief of the Frontier Corps in Quetta, said that a faction of "
    "Lashkar-e-Jhangvi, a Pakistan-based sectarian Sunni group, was believed to have carried out "
    "the attack.")
S_AMAQ = g.sentence(
    f"Shortly afterwards, {ISKP} (ISIL) claimed responsibility via its Amaq media wing.")
S_PHOTOS = g.sentence("It also released the photos of the claimed attackers.")
S_OUTSOURCED = g.sentence(
    "A senior security official said that the ISIL had \"outsourced\" the attack to "
    "Lashkar-e-Jhangvi.")
S_ALALAMI = g.sentence(
    "A spokesman of the Lashkar-e-Jhangvi faction _Al-Alami_ subsequently told Reuters that the "
    "two groups (_Al-Alami_ and ISIL) had \"done this attack together\".")
S_ANALYSTS = g.sentence(
    "Analysts said that the ISIL clearly has a presence in Pakistan and has local groups working "
    "with it.")
S_SHARIF = g.sentence(
    "Prime Minister Nawaz Sharif cancelled all of his engagements and called a meeting with arms "
    "officials in Quetta.")
S_ZEHRI = g.sentence(
    "Chief Minister Sanaullah Zehri revealed on November 10, 2016 the arrest of mastermind and "
    "facilitator of the attack.")

# ---------------------------------------------------------------------------
# ACTORS
# ---------------------------------------------------------------------------
# ISKP. The text itself defines the acronym: "Islamic State of Iraq and the Levant – Khorasan
# Province (ISIL)", so every later "ISIL" (4x incl. the parenthesis) is read as this actor,
# not as a separate parent organisation (the parent is never named apart from inside the
# longer name, and a name inside a longer name is not a mention: CONVENTIONS 2). "ISIL-K",
# "ISIS", "ISKP", "Islamic State" do not occur in the passage, so they are not aliases.
iskp_long = g.mentions(ISKP)
iskp_short = g.mentions("ISIL")
assert len(iskp_long) == 2 and len(iskp_short) == 4
g.actor("iskp", ISKP, "ARMED_GROUP", aliases=["ISIL"], mentions=by_start(iskp_long + iskp_short))

# Amaq: "its Amaq media wing". A named news outlet -> RESEARCH_MEDIA (news media); "media
# wing" is a descriptor, not part of the name. Its tie to ISKP is a PART_OF relation.
g.actor("amaq", "Amaq", "RESEARCH_MEDIA", mentions=g.mentions("Amaq"))

# Lashkar-e-Jhangvi (4x), incl. "the Lashkar-e-Jhangvi faction _Al-Alami_" (an apposition:
# LeJ is named, the faction's own name is Al-Alami).
lej = g.mentions("Lashkar-e-Jhangvi")
assert len(lej) == 4
g.actor("lej", "Lashkar-e-Jhangvi", "ARMED_GROUP", mentions=lej)

# Al-Alami: written "_Al-Alami_" (markdown italics) 2x; the underscores are not part of the
# span. "Lashkar-e-Jhangvi al-Alami" is never written, so the fullest name is "Al-Alami".
alalami = g.mentions("Al-Alami")
assert len(alalami) == 2 and all(g.text[s["start"] - 1] == "_" for s in alalami)
g.actor("al_alami", "Al-Alami", "ARMED_GROUP", mentions=alalami)

# "a Pakistan-based sectarian Sunni group": the communal name used attributively ->
# POLITICAL_GROUP mention (ANNOTATION / CONVENTIONS 4; same treatment as "Catholic areas" in
# wp-provisional-ira-2019). No relation: the text only characterises LeJ's sect.
g.actor("sunnis", "Sunni", "POLITICAL_GROUP", mentions=g.mentions("Sunni"))

# States (CONVENTIONS 3): a country that has an adviser, an ambassador or an agency is the
# acting state; "in Pakistan", "from Afghanistan", "Pakistan-based" are places (below).
# "Pakistani authorities" is a demonym phrase standing for the state: no mention, but
# (v1.2) the claim it sources refs this STATE actor (c3).
pak_state = [g.span("Pakistan", within="Pakistan's national security advisor", nth=k)
             for k in (1, 2)]
g.actor("pakistan", "Pakistan", "STATE", mentions=pak_state)
# "U.S. ambassador David Hale": the state that the ambassador represents (like "U.S.
# officials"). Only "U.S." is written, so it is the name.
g.actor("united_states", "U.S.", "STATE", mentions=g.mentions("U.S."))
# "India's Research and Analysis Wing": the owning state, not part of the agency's name.
g.actor("india", "India", "STATE", mentions=g.mentions("India"))
afg_state = [g.span("Afghanistan", within="Afghanistan's National Directorate", nth=k)
             for k in (1, 2)]
g.actor("afghanistan", "Afghanistan", "STATE", mentions=afg_state)

# Government bodies. "RAW" is never written: no alias. "(NDS)" is the text's own acronym.
g.actor("raw", "Research and Analysis Wing", "GOVERNMENT_BODY",
        mentions=g.mentions("Research and Analysis Wing"))
nds = g.mentions("National Directorate of Security", "NDS")
assert len(nds) == 4
g.actor("nds", "National Directorate of Security", "GOVERNMENT_BODY", aliases=["NDS"],
        mentions=nds)
g.actor("frontier_corps", "Frontier Corps", "GOVERNMENT_BODY",
        mentions=g.mentions("Frontier Corps"))
# News agency addressed by the Al-Alami spokesman: RESEARCH_MEDIA (addressee, not source).
g.actor("reuters", "Reuters", "RESEARCH_MEDIA", mentions=g.mentions("Reuters"))

# Persons. Titles/offices ("Maj. Gen.", "Prime Minister", "Chief Minister", "national
# security advisor", "ambassador") are not part of the name and not separate actors.
g.actor("naseer_khan_janjua", "Naseer Khan Janjua", "PERSON",
        mentions=g.mentions("Naseer Khan Janjua"))
g.actor("david_hale", "David Hale", "PERSON", mentions=g.mentions("David Hale"))
g.actor("sher_afgan", "Sher Afgan", "PERSON", mentions=g.mentions("Sher Afgan"))
g.actor("nawaz_sharif", "Nawaz Sharif", "PERSON", mentions=g.mentions("Nawaz Sharif"))
g.actor("sanaullah_zehri", "Sanaullah Zehri", "PERSON", mentions=g.mentions("Sanaullah Zehri"))
# Not actors (descriptions / unnamed): "three heavily armed terrorists", "the assailants",
# "their handlers", "Three militants", "the attackers", "police", "security forces",
# "Pakistani authorities", "terrorist organisations", "militant elements", "a faction of
# Lashkar-e-Jhangvi" (unnamed faction = LeJ mention only), "A senior security official",
# "A spokesman", "the two groups", "Analysts", "local groups", "arms officials",
# "mastermind and facilitator", "cadets".

# ---------------------------------------------------------------------------
# PLACES
# ---------------------------------------------------------------------------
g.place("quetta", "Quetta", "CITY", country="PK", mentions=g.mentions("Quetta"))
# "the Balochistan police training college": the lower-case "police training college" is a
# description, not a facility name, so no OTHER place; "Balochistan" is the province (REGION)
# as the police's jurisdiction (like "mayor of West Berlin" in wp-red-army-faction-2019).
g.place("balochistan", "Balochistan", "REGION", country="PK", mentions=g.mentions("Balochistan"))
# Pakistan as territory: "in Quetta, Pakistan", "Pakistan-based" (2x: based in Pakistan),
# "soft targets in Pakistan" (2x, duplicate paragraph), "a presence in Pakistan".
# "Pakistani" is a demonym and not matched (word boundary).
pak_all = g.mentions("Pakistan")
pak_state_starts = {s["start"] for s in pak_state}
pak_place = [s for s in pak_all if s["start"] not in pak_state_starts]
assert len(pak_all) == 8 and len(pak_place) == 6
g.place("pakistan_place", "Pakistan", "COUNTRY", country="PK", mentions=pak_place)
afg_all = g.mentions("Afghanistan")
afg_state_starts = {s["start"] for s in afg_state}
afg_place = [s for s in afg_all if s["start"] not in afg_state_starts]
assert len(afg_all) == 5 and len(afg_place) == 3
g.place("afghanistan_place", "Afghanistan", "COUNTRY", country="AF", mentions=afg_place)
# Not places: "the training centre" (= the college, unnamed), "there" (= Afghanistan, a
# pro-form), "soft targets".

# ---------------------------------------------------------------------------
# EVENTS  (all 2016; year from the lead's "24 October 2016")
# ---------------------------------------------------------------------------
LOC = ["quetta", "pakistan_place"]
ATTACK_DAY = T(None, "2016-10-24", "day")

# e1 The attack. Anchored at the lead (date, place, casualties). Restated as "opened fire"
# and "At least 61 people were killed and over 165 people were injured" (same event).
# Casualties from the anchor: "killing 61 cadets" -> 61 (no modifier); "injuring more than
# 165 others" -> MORE_THAN 165. The body's "At least 61 people" is a second statement, not
# used (the anchor is exact). The three militants killed are not in the 61 (counted in e3/e4).
# No agent: the text's own voice names only "three heavily armed terrorists"; the groups are
# only claimed / believed / accused (c2-c8), so they are not participants (same rule as the
# 2 June Movement claim in wp-red-army-faction-2019). No patient: the victims are "cadets",
# the target an unnamed college.
g.event("e1", "ATTACK", trigger=g.span("attack", within="carried out an attack on"),
        evidence=S_LEAD, date=T(g.span("24 October 2016"), "2016-10-24", "day"),
        locations=LOC, killed=N(61), injured=N(165, "MORE_THAN"),
        restatements=[g.span("opened fire"),
                      g.span("killed", within="At least 61 people were killed")])

# e2 Hostage-taking during the attack. Trigger = the whole verb phrase (discontinuous
# "taking ... hostage"). Date "Tuesday 24 October" with the year from the lead (the text's
# weekday is kept as written; the value is the date). No named hostages or perpetrators.
g.event("e2", "KIDNAPPING", trigger=g.span("taking hundreds of police cadets hostage"),
        evidence=S_HOSTAGE,
        date=T(g.span("Tuesday 24 October"), "2016-10-24", "day"), locations=LOC)
# Not an event: "engaging in a standoff with security forces" (the continuation of e1, both
# sides unnamed; no type fits better than the attack itself), "entered the training centre".

# e3 Suicide-belt detonations (one record: the two bombers act together in one attack;
# "the attackers detonated their belts" restates it). Killed: the two bombers plus "many
# of the victims" -> no number -> null. Trigger: the verb alone (v1.2 pass, as
# "detonated" in wp-red-army-faction-2019 e15).
g.event("e3", "BOMBING", trigger=g.span("detonated", within="Two detonated suicide belts"),
        evidence=S_BELTS, date=ATTACK_DAY, locations=LOC,
        restatements=[g.span("detonated", within="the attackers detonated their belts")])

# e4 The third militant "was shot by police": a killing (ATTACK). "Three militants were killed
# during the attack. Two detonated ... and the third was shot" -> killed 1. Police unnamed
# (no agent), militant unnamed (no patient). Date inferred ("during the attack", span null).
g.event("e4", "ATTACK", trigger=g.span("shot", within="the third was shot by police"),
        evidence=S_BELTS, date=ATTACK_DAY, locations=LOC, killed=N(1))

# e5 Arrest of the "mastermind and facilitator of the attack". Revealed on 10 Nov 2016; the
# arrest itself came before the revelation -> value 2016-11-10, modifier BEFORE, span = the
# written date (the only expression dating it). Arresting body and arrested unnamed; no place.
g.event("e5", "ARREST", trigger=g.span("arrest"), evidence=S_ZEHRI,
        date=T(g.span("November 10, 2016"), "2016-11-10", "day", "BEFORE"))
# Not events: Janjua's accusation that RAW/NDS "were "patronising" terrorist organisations"
# (an ongoing pattern, not a dated occurrence: it is claim c3), "the need for effective
# action" (a call, not a planned operation), "released the photos", "cancelled all of his
# engagements", "called a meeting".

# ---------------------------------------------------------------------------
# CLAIMS
# ---------------------------------------------------------------------------
# Something said twice is one record anchored at its fullest statement; the other places it
# is written are kept in the extra field "restatements" (ignored by the scorer).

# c1 ISKP's claim of responsibility: lead ("claimed responsibility for the attack") and body
# ("claimed responsibility via its Amaq media wing"). Anchored at the lead, whose content
# states the proposition in full ("... for the attack"); the body adds only the channel and
# the time. Date from the body's "Shortly afterwards" (after the attack night, 2016-10-24).
# The other places a claim is written are kept in the extra field "restatements".
g.claim("c1", source="iskp", source_text=ISKP,
        cue=g.span("claimed", within="Khorasan Province claimed responsibility for"),
        content=g.span("responsibility for the attack"),
        kind="indirect", date=T(g.span("Shortly afterwards"), "2016-10-24", "day", "AFTER"),
        about=["iskp"],
        restatements=[{"source_text": f"{ISKP} (ISIL)",
                       "cue": g.span("claimed", within="(ISIL) claimed responsibility via"),
                       "content": g.span("responsibility", within="claimed responsibility via")}])

# c2 The LeJ / Al-Alami claim of a joint attack: lead ("Pakistan-based Lashkar-e-Jhangvi
# claimed to have collaborated with them") and body (the Al-Alami spokesman told Reuters).
# Anchored at the body (named faction, quoted words, date). Source: the group whose spokesman
# speaks (the spokesman himself is unnamed) -> al_alami. Reuters is the addressee.
# "subsequently" -> after the ISKP claim (2016-10-24 AFTER).
g.claim("c2", source="al_alami",
        source_text="spokesman of the Lashkar-e-Jhangvi faction _Al-Alami_",
        cue=g.span("told"),
        content=g.span("the two groups (_Al-Alami_ and ISIL) had \"done this attack together\"",
                       word=False),
        kind="mixed", date=T(g.span("subsequently"), "2016-10-24", "day", "AFTER"),
        about=["al_alami", "iskp"],
        restatements=[{"source_text": "Pakistan-based Lashkar-e-Jhangvi",
                       "cue": g.span("claimed", within="Jhangvi claimed to have"),
                       "content": g.span("to have collaborated with them")}])

# c3 "Pakistani authorities": a demonym phrase standing for the state (v1.2): not a
# mention, but the brief holds Pakistan as a STATE actor (named in "Pakistan's national
# security advisor"), so the source refs it; source_text is the phrase as written.
g.claim("c3", source="pakistan", source_text="Pakistani authorities",
        cue=g.span("According to"),
        content=g.span("the assailants came from Afghanistan and were in contact with their "
                       "handlers there while perpetrating the attack"),
        kind="indirect")

# c4/c5 Janjua (paragraph written twice: one record each, anchored at the first copy).
# c4 is mixed ("patronising" is quoted). Addressee: David Hale. No date in the text.
JANJUA_C4 = ("India's Research and Analysis Wing and Afghanistan's National Directorate of "
             "Security (NDS) were \"patronising\" terrorist organisations on attacking soft "
             "targets in Pakistan")
JANJUA_SRC = "Pakistan's national security advisor Naseer Khan Janjua"
JANJUA_C5 = "the need for effective action against militant elements in Afghanistan linked to the attack"
g.claim("c4", source="naseer_khan_janjua", source_text=JANJUA_SRC,
        cue=g.span("stated", within=JANJUA_TEXT, nth=1),
        content=g.span(JANJUA_C4, word=False, nth=1),
        kind="mixed", about=["raw", "nds"],
        restatements=[{"source_text": JANJUA_SRC,
                       "cue": g.span("stated", within=JANJUA_TEXT, nth=2),
                       "content": g.span(JANJUA_C4, word=False, nth=2)}])
# c5 "emphasised the need for effective action against militant elements in Afghanistan
# linked to the attack": carries the assertion that such elements are linked to the attack.
# The elements are unnamed -> about [].
g.claim("c5", source="naseer_khan_janjua", source_text=JANJUA_SRC,
        cue=g.span("emphasised", nth=1), content=g.span(JANJUA_C5, word=False, nth=1),
        kind="indirect",
        restatements=[{"source_text": JANJUA_SRC,
                       "cue": g.span("emphasised", nth=2),
                       "content": g.span(JANJUA_C5, word=False, nth=2)}])

# c6 Sher Afgan: "was believed to have carried out" -> hedged. The apposition "a
# Pakistan-based sectarian Sunni group" is inside the reported clause and kept.
g.claim("c6", source="sher_afgan", source_text="Maj. Gen. Sher Afgan",
        cue=g.span("said", within="Quetta, said that"),
        content=g.span("a faction of Lashkar-e-Jhangvi, a Pakistan-based sectarian Sunni group, "
                       "was believed to have carried out the attack"),
        kind="indirect", hedged=True, about=["lej"])

# c7 Unnamed senior security official; "outsourced" quoted -> mixed.
g.claim("c7", source=None, source_text="senior security official",
        cue=g.span("said", within="official said that"),
        content=g.span("the ISIL had \"outsourced\" the attack to Lashkar-e-Jhangvi", word=False),
        kind="mixed", about=["iskp", "lej"])

# c8 Analysts (unnamed). "clearly" is the opposite of a hedge.
g.claim("c8", source=None, source_text="Analysts",
        cue=g.span("said", within="Analysts said that"),
        content=g.span("the ISIL clearly has a presence in Pakistan and has local groups working "
                       "with it"),
        kind="indirect", about=["iskp"])

# c9 Zehri "revealed ... the arrest": factive reporting cue with a nominal content (cf. the
# DRIL claim "The 1960 attack" in wp-eta-2019). Dated by the written date.
g.claim("c9", source="sanaullah_zehri", source_text="Chief Minister Sanaullah Zehri",
        cue=g.span("revealed"),
        content=g.span("the arrest of mastermind and facilitator of the attack"),
        kind="indirect", date=T(g.span("November 10, 2016"), "2016-11-10", "day"))
# Not claims: "It also released the photos of the claimed attackers" (an act, no proposition;
# "claimed" there is an adjective), "carried out" / "perpetrating" (no source), "cancelled",
# "called a meeting".

# ---------------------------------------------------------------------------
# RELATIONS
# ---------------------------------------------------------------------------
R = g.relation
# "its Amaq media wing": a wing is a sub-body -> PART_OF.
R("amaq", "PART_OF", "iskp", evidence=S_AMAQ)
# "the Lashkar-e-Jhangvi faction _Al-Alami_": a faction, not stated as breakaway -> PART_OF.
R("al_alami", "PART_OF", "lej", evidence=S_ALALAMI)
# Joint attack, inside attributed claims: Al-Alami's spokesman ("the two groups ... had done
# this attack together") and, for LeJ, the lead ("claimed to have collaborated with them") and
# the official ("the ISIL had "outsourced" the attack to Lashkar-e-Jhangvi"). Evidence for
# lej-iskp is the official's sentence, which names both (the lead clause has only "them").
R("al_alami", "ALLIED_WITH", "iskp", evidence=S_ALALAMI)
R("lej", "ALLIED_WITH", "iskp", evidence=S_OUTSOURCED)
# "Pakistan-based Lashkar-e-Jhangvi" (lead clause; again in Afgan's sentence).
R("lej", "OPERATES_IN", "pakistan_place", evidence=S_LEAD_CLAIMS)
# Analysts: "the ISIL clearly has a presence in Pakistan" (in an attributed, unhedged claim).
R("iskp", "OPERATES_IN", "pakistan_place", evidence=S_ANALYSTS)
# "the Frontier Corps in Quetta" and "the chief of the Frontier Corps".
R("frontier_corps", "OPERATES_IN", "quetta", evidence=S_AFGAN)
R("sher_afgan", "LEADER_OF", "frontier_corps", evidence=S_AFGAN)
# "India's Research and Analysis Wing", "Afghanistan's National Directorate of Security".
R("raw", "PART_OF", "india", evidence=S_JANJUA)
R("nds", "PART_OF", "afghanistan", evidence=S_JANJUA)
# Officials of a state: "Pakistan's national security advisor Naseer Khan Janjua", "U.S.
# ambassador David Hale" -> MEMBER_OF the state (an office, not leadership).
R("naseer_khan_janjua", "MEMBER_OF", "pakistan", evidence=S_JANJUA)
R("david_hale", "MEMBER_OF", "united_states", evidence=S_JANJUA)
# Not annotated: RAW/NDS ENEMY_OF Pakistan or ALLIED_WITH "terrorist organisations" (the
# organisations are unnamed; Pakistan is named there only as the place of the targets);
# any group ENEMY_OF the police/cadets (unnamed target); Sharif / Zehri to a state or
# province (only "Prime Minister" / "Chief Minister" is written, no body named); groups
# OPERATES_IN Quetta (only claimed, no group asserted as perpetrator).

# ---------------------------------------------------------------------------
out = g.write()
b = g.brief()
print("wrote", out.relative_to(Path.cwd()) if out.is_relative_to(Path.cwd()) else out)
for layer in ("actors", "places", "events", "claims", "relations"):
    print(f"{layer}: {len(b[layer])}")


def fmt(c):
    return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))


print("  actor types:", fmt(Counter(a["type"] for a in b["actors"])))
print("  actor mentions:", sum(len(a["mentions"]) for a in b["actors"]))
print("  place types:", fmt(Counter(p["type"] for p in b["places"])))
print("  place mentions:", sum(len(p["mentions"]) for p in b["places"]))
print("  event types:", fmt(Counter(e["type"] for e in b["events"])))
print("  event modality:", fmt(Counter(e["modality"] for e in b["events"])))
print("  claim kinds:", fmt(Counter(c["kind"] for c in b["claims"])))
print("  claim sources:", fmt(Counter("named" if c["source"] else "unnamed" for c in b["claims"])))
print("  claims hedged:", sum(c["hedged"] for c in b["claims"]))
print("  relation types:", fmt(Counter(r["type"] for r in b["relations"])))
