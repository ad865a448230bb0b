"""Gold brief for wp-nscn-k-2019 (Wikipedia passage on the NSCN-K ambush of an Indian Army
convoy in Manipur on 4 June 2015 and India's cross-border operation of 10 June 2015 against
NSCN (K) and KYKL camps along the India–Myanmar border: forces, the Indian Army's statement,
and the reported insurgent casualty figures).

Run from /work/main:  .venv/bin/python gold/build/wp-nscn-k-2019.py
Writes gold/wp-nscn-k-2019.jsonl and prints the counts pasted into
gold/notes/wp-nscn-k-2019.md. Every judgement call is commented here and listed, with its
sentence, in the notes.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from annot import GoldDoc

g = GoldDoc("wp-nscn-k-2019")
# The first line is the first body sentence ("On 4 June 2015, NSCN-K ambushed ..."), not a
# title; "Cross-border raid details" is a section heading. The passage states no date of its
# own, so relative dates resolve only against the narrative's own dates.
g.title = None
g.document_date = None

T = g.time
N = g.count


def by_start(spans):
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


BORDER = "India–Myanmar border"  # EN DASH (U+2013), as written all four times
assert len(g.occurrences(BORDER, word=False)) == 4

# ---------------------------------------------------------------------------
# Sentences used as evidence (verbatim; citation markers "[n]" are never inside a span)
# ---------------------------------------------------------------------------
S_AMBUSH = g.sentence(
    "On 4 June 2015, NSCN-K ambushed an Indian Army convoy of 6 Dogra Regiment in Chandel "
    "district of Manipur and killed 18 Indian soldiers.")
S_STRIKES = g.sentence(
    f"On 10 June, India conducted surgical strikes against insurgent camps along the {BORDER}, "
    "and inflicted significant casualties.")
S_MEDIA = g.sentence(
    "Indian media reported that the number of insurgent casualties may be as high as 158.")
S_RAID = g.sentence(
    "Based on precise intelligence inputs, the Indian Air Force and 21 PARA (SF) carried a "
    f"cross-border operation along the {BORDER} and destroyed two Militant camps one each of "
    f"NSCN (K) and KYKL, along the {BORDER}.")
S_LOCATIONS = g.sentence(
    "The operations were carried out inside the Myanmar territory along the Nagaland and "
    "Manipur border at two locations.")
S_UKHRUL = g.sentence("One of the locations is near Ukhrul in Manipur.")
S_NAGA = g.sentence("The army attacked two transit camps of the Naga militants.")
S_UNIFORMS = g.sentence(
    "The commandos wore the uniforms of the 12 Bihar Battalion of Indian army, which was then "
    f"deployed on the {BORDER}.")
S_ACTUAL = g.sentence(
    "The actual operation (hitting the camp and destroying it) took about 40 minutes.")
# The source has no full stop between "... in case anything went wrong" and "In its
# statement after the operation ...": two sentences run together. The statement sentence is
# taken from "In its statement" to its final full stop after the closing quotation mark
# (before "[5]").
S_STATEMENT = g.sentence(
    "In its statement after the operation the Indian Army said it was in communication with "
    "Myanmar and that, \"There is a history of close cooperation between our two militaries. We "
    "look forward to working with them to combat such terrorism.\".")
assert g.text[S_STATEMENT["end"]: S_STATEMENT["end"] + 3] == "[5]"
# "Indian Army inflicted heavy casualties (158 reported[6]) on the attackers behind the
# ambush on Army on 4 June, which had claimed the lives of ...[7]": "[6]" is inside the
# sentence, so its marker-free clauses are used separately.
S_INFLICT_A = g.sentence("Indian Army inflicted heavy casualties (158 reported")
S_INFLICT_B = g.sentence(
    "on the attackers behind the ambush on Army on 4 June, which had claimed the lives of 18 "
    "Army jawans of 6 Dogra Regiment in Chandel district of Manipur.")
S_MARKED = g.sentence(
    "This has been marked as the biggest attack on Indian Army after Kargil war of 1999.")
S_MHA = g.sentence(
    "In the counter-insurgency ops, possibly more than 100 terrorists were killed according "
    "to MHA.")

# ---------------------------------------------------------------------------
# ACTORS
# ---------------------------------------------------------------------------
# NSCN-K. Only two short forms are written: "NSCN-K" (lead) and "NSCN (K)" (raid details).
# The expansion (National Socialist Council of Nagaland–Khaplang) never occurs, so the name
# is the first-written form and the other is an alias.
nscn = g.mentions("NSCN-K", "NSCN (K)")
assert len(nscn) == 2
g.actor("nscn_k", "NSCN-K", "ARMED_GROUP", aliases=["NSCN (K)"], mentions=nscn)
# KYKL: only the acronym is written.
g.actor("kykl", "KYKL", "ARMED_GROUP", mentions=g.mentions("KYKL"))
# "the Naga militants": a communal group's name used attributively -> POLITICAL_GROUP
# mention (ANNOTATION "Tuareg forces"). "Naga" inside "Nagaland" is not matched (word
# boundary). No relation: the text names no group as Naga, it only describes the militants.
naga = g.mentions("Naga")
assert len(naga) == 1
g.actor("naga", "Naga", "POLITICAL_GROUP", mentions=naga)

# States. "India conducted surgical strikes" is the only bare "India" outside the border's
# name ("India" inside "India–Myanmar border" is not a mention, CONVENTIONS 2). "Indian
# soldiers", "Indian media", "the Indian territory" are demonyms: no mentions.
india_all = g.mentions("India")
india_state = [g.span("India", within="India conducted")]
assert len(india_all) == 5  # 4 inside the border name + the state
g.actor("india", "India", "STATE", mentions=india_state)
# "the Indian Army said it was in communication with Myanmar": Myanmar as the party
# communicated with -> STATE. Its other bare occurrences are territory (places below).
myanmar_state = [g.span("Myanmar", within="in communication with Myanmar")]
g.actor("myanmar", "Myanmar", "STATE", mentions=myanmar_state)

# Indian Army. "Indian Army" is the body's proper name (capitalised), not a demonym phrase
# like "French forces": the demonym is kept inside the mention (as "Algerian Constitutional
# Court" in cfr-aqim-2015). Mentions:
#   "Indian Army" x4 (convoy, statement, "Indian Army inflicted", "attack on Indian Army");
#   "Indian army" x1 ("the 12 Bihar Battalion of Indian army"): the same name in lower case,
#     with no article, so a name, not a description;
#   "Army" x2 ("the ambush on Army", "18 Army jawans"): the capitalised short name used
#     bare, as a name -> alias "Army".
# Not mentions: "The army attacked two transit camps" (a description with an article, lower
# case), "Indian soldiers" (demonym + common noun).
army_full = g.mentions("Indian Army", "Indian army")
army_short = g.mentions("Army", exclude=["Indian Army"])
assert len(army_full) == 5 and len(army_short) == 2
assert [s["text"] for s in army_short] == ["Army", "Army"]
g.actor("indian_army", "Indian Army", "GOVERNMENT_BODY", aliases=["Army"],
        mentions=by_start(army_full + army_short))
# Indian Air Force (armed force of a state -> GOVERNMENT_BODY); "IAF" in "Mi-17 helicopters
# of the IAF" is its acronym.
iaf = g.mentions("Indian Air Force", "IAF")
assert len(iaf) == 2
g.actor("indian_air_force", "Indian Air Force", "GOVERNMENT_BODY", aliases=["IAF"],
        mentions=iaf)
# Units of the Indian Army: a state's forces and commands are GOVERNMENT_BODY (ANNOTATION);
# a unit designation is the unit's proper name. "Dogra" and "Bihar" inside them are not
# mentions of anything (CONVENTIONS 2). "(SF)" is part of the designation "21 PARA (SF)".
dogra = g.mentions("6 Dogra Regiment")
assert len(dogra) == 2
g.actor("dogra_6", "6 Dogra Regiment", "GOVERNMENT_BODY", mentions=dogra)
g.actor("para_21", "21 PARA (SF)", "GOVERNMENT_BODY", mentions=g.mentions("21 PARA (SF)"))
g.actor("bihar_12", "12 Bihar Battalion", "GOVERNMENT_BODY",
        mentions=g.mentions("12 Bihar Battalion"))
# "according to MHA": the (Indian) Ministry of Home Affairs; only the acronym is written, so
# the name is "MHA". A ministry -> GOVERNMENT_BODY. No PART_OF India: nothing in the text
# ties it to a state.
g.actor("mha", "MHA", "GOVERNMENT_BODY", mentions=g.mentions("MHA"))
# Not actors (descriptions / unnamed / equipment): "insurgent camps", "Militant camps", "the
# Naga militants" (only "Naga" is a mention), "Indian soldiers", "Indian media", "Seventy-two
# special forces commandos", "They", "The commandos", "Troops", "The teams", "the attackers",
# "18 Army jawans" (only "Army"), "our two militaries", "them", "terrorists", "Dhruv
# helicopters", "Mi-17 helicopters" (aircraft types, not bodies).

# ---------------------------------------------------------------------------
# PLACES
# ---------------------------------------------------------------------------
# "Chandel district of Manipur" (2x): a district -> REGION. The lower-case "district" is
# kept in the span and name, as the district's usual name ("Chandel district").
g.place("chandel_district", "Chandel district", "REGION", country="IN",
        mentions=g.mentions("Chandel district"))
# Manipur (Indian state) -> REGION: "of Manipur" x2, "the Nagaland and Manipur border",
# "Ukhrul in Manipur".
manipur = g.mentions("Manipur")
assert len(manipur) == 4
g.place("manipur", "Manipur", "REGION", country="IN", mentions=manipur)
g.place("nagaland", "Nagaland", "REGION", country="IN", mentions=g.mentions("Nagaland"))
# "near Ukhrul in Manipur": the town -> CITY.
g.place("ukhrul", "Ukhrul", "CITY", country="IN", mentions=g.mentions("Ukhrul"))
# "the India–Myanmar border" (4x): a border zone spanning two countries -> REGION
# (supra-national), country null. "India" and "Myanmar" inside it are not mentions.
g.place("india_myanmar_border", BORDER, "REGION", country=None, mentions=g.mentions(BORDER))
# Myanmar as territory: "inside the Myanmar territory", "near the border with Myanmar".
myanmar_all = g.mentions("Myanmar")
border_spans = [(s["start"], s["end"]) for s in g.mentions(BORDER)]
myanmar_place = [s for s in myanmar_all
                 if s["start"] != myanmar_state[0]["start"]
                 and not any(bs <= s["start"] and s["end"] <= be for bs, be in border_spans)]
assert len(myanmar_all) == 7 and len(myanmar_place) == 2
g.place("myanmar_place", "Myanmar", "COUNTRY", country="MM", mentions=myanmar_place)
# "after Kargil war of 1999": the lower-case "war" makes "Kargil" an attributive place name
# (where the war was fought), not part of a longer proper name -> place mention. Kargil
# district (Ladakh) -> REGION, IN.
g.place("kargil", "Kargil", "REGION", country="IN", mentions=g.mentions("Kargil"))
# Not places: "insurgent camps", "Militant camps", "two transit camps", "the training camps",
# "the camp" (unnamed); "the Indian territory" (demonym); "the thick jungles"; "two
# locations".

# ---------------------------------------------------------------------------
# EVENTS
# ---------------------------------------------------------------------------
A, P, M = "agent", "patient", "mission"

# e1 The 4 June 2015 ambush. Anchored at the lead (named agent, full date, place, toll).
# Restated in the last paragraph ("the ambush on Army on 4 June, which had claimed the lives
# of 18 Army jawans of 6 Dogra Regiment in Chandel district of Manipur") and referred to by
# "the biggest attack on Indian Army". Patients: the target "an Indian Army convoy of 6 Dogra
# Regiment" names both the army and the regiment; the victims "18 Indian soldiers" are a
# demonym phrase standing for the state's organs, and India is named elsewhere as a STATE
# -> ref india (ANNOTATION v1.2). Killed 18 (no modifier).
g.event("e1", "ATTACK", trigger=g.span("ambushed"), evidence=S_AMBUSH,
        date=T(g.span("4 June 2015"), "2015-06-04", "day"),
        locations=["chandel_district", "manipur"],
        participants=[(A, "nscn_k"), (P, "indian_army"), (P, "dogra_6"), (P, "india")],
        killed=N(18),
        restatements=[g.span("ambush", within="behind the ambush on Army"),
                      g.span("attack", within="the biggest attack on Indian Army")])

# e2 The 10 June 2015 cross-border operation: one record. It is stated in the lead ("India
# conducted surgical strikes against insurgent camps ..."), in the details ("the Indian Air
# Force and 21 PARA (SF) carried a cross-border operation ... and destroyed two Militant
# camps one each of NSCN (K) and KYKL"), again as "The operations were carried out ...",
# "The army attacked two transit camps", "The actual operation", and in the last paragraph
# ("Indian Army inflicted heavy casualties ... on the attackers behind the ambush", "the
# counter-insurgency ops"). Anchor: the details sentence, the fullest statement (two named
# forces, both named targets, the place); the date comes from the lead's "On 10 June"
# (year 2015 from the preceding "4 June 2015").
# Type: MILITARY_OPERATION ("surgical strikes", "cross-border operation", "operations",
# "counter-insurgency ops": armed action by a state's forces, no change of control). The
# heading calls it a "raid" (an ATTACK word in the table), but the text names it as an
# operation throughout.
# One record, not one per camp: the text presents a single coordinated operation ("a
# cross-border operation", "The actual operation ... took about 40 minutes") by forces acting
# together; the two camps are its two targets, not separately reported acts.
# Agents: India (lead), Indian Air Force and 21 PARA (SF) (details), Indian Army ("Indian
# Army inflicted heavy casualties ... on the attackers"). Patients: NSCN-K and KYKL (whose
# camps were destroyed). Locations: the border (3x stated), Myanmar ("inside the Myanmar
# territory"), Ukhrul ("One of the locations is near Ukhrul in Manipur"). Nagaland and
# Manipur are only the Indian side of the border segment ("along the Nagaland and Manipur
# border"), not where the camps were, so they are not locations.
# Casualties null: the author says only "significant" / "heavy casualties"; every number is
# attributed and hedged (Indian media: "may be as high as 158"; "158 reported"; MHA:
# "possibly more than 100 terrorists were killed") and the figures disagree (claims c1, c4).
g.event("e2", "MILITARY_OPERATION", trigger=g.span("cross-border operation"), evidence=S_RAID,
        date=T(g.span("10 June"), "2015-06-10", "day"),
        locations=["india_myanmar_border", "myanmar_place", "ukhrul"],
        participants=[(A, "india"), (A, "indian_air_force"), (A, "para_21"),
                      (A, "indian_army"), (P, "nscn_k"), (P, "kykl")],
        restatements=[g.span("surgical strikes"),
                      g.span("operations", within="The operations were carried out"),
                      g.span("attacked", within="The army attacked"),
                      g.span("operation", within="The actual operation"),
                      g.span("inflicted heavy casualties"),
                      g.span("counter-insurgency ops")])

# e3 "the 12 Bihar Battalion of Indian army, which was then deployed on the India–Myanmar
# border": the battalion's deployment on the border, holding at the time of the operation.
# DEPLOYMENT with the battalion as mission. No agent: the deploying authority is not stated
# (the passive names only the battalion; "of Indian army" says whose unit it is). "then" ->
# the time of the operation just narrated, 2015-06-10.
g.event("e3", "DEPLOYMENT", trigger=g.span("deployed"), evidence=S_UNIFORMS,
        date=T(g.span("then", within="which was then deployed"), "2015-06-10", "day"),
        locations=["india_myanmar_border"], participants=[(M, "bihar_12")])

# e4 The Kargil war of 1999: a background war placed in time -> MILITARY_OPERATION. The
# sentence uses it only as a time boundary ("the biggest attack on Indian Army after Kargil
# war of 1999"), so it states no side's role: no participants.
g.event("e4", "MILITARY_OPERATION", trigger=g.span("war", within="Kargil war of 1999"),
        evidence=S_MARKED, date=T(g.span("1999"), "1999", "year"), locations=["kargil"])

# Not events: "fast roped from Dhruv helicopters", "trekked through the thick jungles",
# "divided into two groups", "the direct assault", "formed an outer ring" (phases of e2);
# "Seventy-two special forces commandos were reportedly involved in the operation" (a
# participation detail of e2, naming no actor); "were equipped with", "wore the uniforms";
# "Mi-17 helicopters of the IAF were put on standby, ready to be pressed into service to
# evacuate the commandos in case anything went wrong" (a readiness posture, not a deployment
# of forces; the evacuation is a contingency with no event type and never happened);
# "in communication with Myanmar", "working with them to combat such terrorism" (an ongoing
# contact and a stated wish, not dated occurrences of a type in the table).

# ---------------------------------------------------------------------------
# CLAIMS
# ---------------------------------------------------------------------------
# c1 "Indian media reported that ... may be as high as 158": demonym + common noun -> unnamed
# source (head "media"); not a state organ, so no STATE ref. Hedged ("may be"). The
# insurgents are unnamed in the sentence -> about []. The last paragraph's "(158 reported" is
# the same figure reported again, with no source named -> kept in "also_stated".
g.claim("c1", source=None, source_text="Indian media",
        cue=g.span("reported", within="Indian media reported"),
        content=g.span("the number of insurgent casualties may be as high as 158"),
        kind="indirect", hedged=True,
        also_stated=[{"source_text": "",
                      "cue": g.span("reported", within="(158 reported"),
                      "content": g.span("158", within="(158 reported")}])

# c2/c3 The Indian Army's statement: one reporting verb ("said") with two complements, an
# indirect one ("it was in communication with Myanmar") and a quoted one ("There is a
# history ... such terrorism."). Two propositions of two kinds -> two claims sharing the
# cue. Date: "after the operation" -> after 2015-06-10.
STATEMENT_DATE = T(g.span("after the operation", within="In its statement after the operation"),
                   "2015-06-10", "day", "AFTER")
g.claim("c2", source="indian_army", source_text="the Indian Army",
        cue=g.span("said"), content=g.span("it was in communication with Myanmar"),
        kind="indirect", date=STATEMENT_DATE, about=["indian_army", "myanmar"])
# "our two militaries" = the Indian Army and Myanmar's (unnamed) military; "them" = Myanmar.
g.claim("c3", source="indian_army", source_text="the Indian Army",
        cue=g.span("said"),
        content=g.span("There is a history of close cooperation between our two militaries. We "
                       "look forward to working with them to combat such terrorism.",
                       word=False),
        kind="direct", date=STATEMENT_DATE, about=["indian_army", "myanmar"])

# c4 "possibly more than 100 terrorists were killed according to MHA": named source (MHA),
# hedged ("possibly"). The framing "In the counter-insurgency ops," belongs to the reported
# proposition. The terrorists are unnamed -> about [].
g.claim("c4", source="mha", source_text="MHA", cue=g.span("according to"),
        content=g.span("In the counter-insurgency ops, possibly more than 100 terrorists were "
                       "killed"),
        kind="indirect", hedged=True)

# Not claims: "This has been marked as the biggest attack on Indian Army after Kargil war of
# 1999" (an agentless evaluative passive, no speech verb and no source: the author's voice);
# "Seventy-two special forces commandos were reportedly involved" ("reportedly" is an
# evidential adverb on the author's statement; no source, no separable proposition); "which
# had claimed the lives of" (idiom for killing); "Based on precise intelligence inputs" (no
# reported proposition).

# ---------------------------------------------------------------------------
# RELATIONS  (only what one sentence states with both ends named)
# ---------------------------------------------------------------------------
R = g.relation
# Units of the army: "an Indian Army convoy of 6 Dogra Regiment", "the 12 Bihar Battalion of
# Indian army". 21 PARA (SF) is never said to belong to the army -> no relation.
R("dogra_6", "PART_OF", "indian_army", evidence=S_AMBUSH)
R("bihar_12", "PART_OF", "indian_army", evidence=S_UNIFORMS)
# Stated by their names ("Indian Army", "Indian Air Force"), as "Algerian Constitutional
# Court" PART_OF Algeria in cfr-aqim-2015; India is a STATE actor of this brief.
R("indian_army", "PART_OF", "india", evidence=S_AMBUSH)
R("indian_air_force", "PART_OF", "india", evidence=S_RAID)
# The ambush: NSCN-K fights the Indian Army.
R("nscn_k", "ENEMY_OF", "indian_army", evidence=S_AMBUSH)
# The raid: the two named forces destroyed the camps of NSCN (K) and KYKL.
for force in ("indian_air_force", "para_21"):
    for grp in ("nscn_k", "kykl"):
        R(force, "ENEMY_OF", grp, evidence=S_RAID)
# Where the groups act: the ambush "in Chandel district of Manipur"; their camps "along the
# India–Myanmar border".
R("nscn_k", "OPERATES_IN", "chandel_district", evidence=S_AMBUSH)
R("nscn_k", "OPERATES_IN", "manipur", evidence=S_AMBUSH)
R("nscn_k", "OPERATES_IN", "india_myanmar_border", evidence=S_RAID)
R("kykl", "OPERATES_IN", "india_myanmar_border", evidence=S_RAID)
# Where the state's forces act: strikes / operation "along the India–Myanmar border"; the
# battalion "then deployed on the India–Myanmar border" (dated by "then").
R("india", "OPERATES_IN", "india_myanmar_border", evidence=S_STRIKES)
R("indian_air_force", "OPERATES_IN", "india_myanmar_border", evidence=S_RAID)
R("para_21", "OPERATES_IN", "india_myanmar_border", evidence=S_RAID)
R("bihar_12", "OPERATES_IN", "india_myanmar_border", evidence=S_UNIFORMS,
  date=T(g.span("then", within="which was then deployed"), "2015-06-10", "day"))
# Inside the Army's attributed statement (c3): "a history of close cooperation between our
# two militaries" -> the Indian Army and Myanmar (its military unnamed -> the STATE).
R("indian_army", "ALLIED_WITH", "myanmar", evidence=S_STATEMENT)
# Agreement reconciliation (second annotation, gold/agreement/): every agent of the asserted
# operation e2 fights every one of its targets, so India and the Indian Army are ENEMY_OF
# NSCN-K and KYKL too, as the two forces named in S_RAID are (relations from an event's
# participants, evidence at the event's anchor sentence).
for force in ("india", "indian_army"):
    for grp in ("nscn_k", "kykl"):
        R(force, "ENEMY_OF", grp, evidence=S_RAID)
# Not annotated: any actor OPERATES_IN
# Myanmar ("The operations were carried out inside the Myanmar territory" names no actor);
# 21 PARA (SF) PART_OF Indian Army (not stated); MHA PART_OF India (not stated); NSCN-K or
# KYKL to the Naga (the text describes "the Naga militants" without naming a group).

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
