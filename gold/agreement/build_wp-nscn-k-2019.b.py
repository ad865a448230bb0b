"""Second, independent gold brief (annotator B) for wp-nscn-k-2019 (Wikipedia passage on the
4 June 2015 NSCN-K ambush of an Indian Army convoy in Chandel district, Manipur, and India's
10 June 2015 cross-border strikes on militant camps along the India–Myanmar border).

Written to ANNOTATION.md v1.2 for the inter-annotator agreement check; it does not read the
first annotation (gold/wp-nscn-k-2019.jsonl) and was written without extractor output.

Run from /work/main:  .venv/bin/python gold/agreement/build_wp-nscn-k-2019.b.py
Writes gold/agreement/wp-nscn-k-2019.b.jsonl (NOT via g.write(), which would overwrite the
first annotation) and prints the counts pasted into gold/agreement/wp-nscn-k-2019.b.md.
Every judgement call is commented here and listed, with its sentence, in the notes.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build"))
from annot import GoldDoc

HERE = Path(__file__).resolve().parent
OUT = HERE / "wp-nscn-k-2019.b.jsonl"

g = GoldDoc("wp-nscn-k-2019")
# The first line is the first body sentence ("On 4 June 2015, NSCN-K ambushed ..."), not a
# title; the only short line is the section heading "Cross-border raid details" (no names in
# it). The passage states no date of its own.
g.title = None
g.document_date = None

T = g.time
N = g.count


def by_start(spans):
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


BORDER = "India–Myanmar border"  # EN DASH (U+2013)
assert len(g.occurrences(BORDER, word=False)) == 4

# ---------------------------------------------------------------------------
# Sentences used as evidence (verbatim; citation markers "[n]" never inside a span)
# ---------------------------------------------------------------------------
S_AMBUSH = g.sentence(
    "On 4 June 2015, NSCN-K ambushed an Indian Army convoy of 6 Dogra Regiment in Chandel "
    "district of Manipur and killed 18 Indian soldiers."
)
S_STRIKES = g.sentence(
    f"On 10 June, India conducted surgical strikes against insurgent camps along the {BORDER}, "
    "and inflicted significant casualties."
)
S_MEDIA = g.sentence("Indian media reported that the number of insurgent casualties may be as high as 158.")
S_OPERATION = g.sentence(
    "Based on precise intelligence inputs, the Indian Air Force and 21 PARA (SF) carried a "
    f"cross-border operation along the {BORDER} and destroyed two Militant camps one each of "
    f"NSCN (K) and KYKL, along the {BORDER}."
)
S_OPS_LOC = g.sentence(
    "The operations were carried out inside the Myanmar territory along the Nagaland and "
    "Manipur border at two locations."
)
S_UKHRUL = g.sentence("One of the locations is near Ukhrul in Manipur.")
S_TRANSIT = g.sentence("The army attacked two transit camps of the Naga militants.")
S_COMMANDOS = g.sentence("Seventy-two special forces commandos were reportedly involved in the operation.")
S_BIHAR = g.sentence(
    "The commandos wore the uniforms of the 12 Bihar Battalion of Indian army, which was then "
    f"deployed on the {BORDER}."
)
S_40MIN = g.sentence("The actual operation (hitting the camp and destroying it) took about 40 minutes.")
# The text lacks the full stop after "went wrong", so "Mi-17 helicopters ... went wrong In its
# statement ..." runs on as one orthographic sentence. The statement clause from "In its
# statement" to the closing '".' is used as the evidence of the Indian Army's claims.
QUOTE = (
    "There is a history of close cooperation between our two militaries. We look forward "
    "to working with them to combat such terrorism."
)
S_STATEMENT = g.sentence(
    "In its statement after the operation the Indian Army said it was in communication with "
    f'Myanmar and that, "{QUOTE}".'
)
# "Indian Army inflicted heavy casualties (158 reported[6]) on the attackers ... Manipur.[7]":
# "[6]" sits inside the sentence, so its marker-free first part is the evidence used.
S_INFLICTED = g.sentence("Indian Army inflicted heavy casualties (158 reported")
S_KARGIL = g.sentence("This has been marked as the biggest attack on Indian Army after Kargil war of 1999.")
S_MHA = g.sentence(
    "In the counter-insurgency ops, possibly more than 100 terrorists were killed according to MHA."
)

# ---------------------------------------------------------------------------
# ACTORS
# ---------------------------------------------------------------------------
# NSCN-K: the text never expands the acronym, so the fullest written name is "NSCN-K";
# "NSCN (K)" is the other written form (alias). 2 mentions.
g.actor(
    "nscn_k",
    "NSCN-K",
    "ARMED_GROUP",
    aliases=["NSCN (K)"],
    mentions=by_start(g.mentions("NSCN-K") + g.mentions("NSCN (K)")),
)
# KYKL: one of the two groups whose camps were destroyed; acronym only.
g.actor("kykl", "KYKL", "ARMED_GROUP", mentions=g.mentions("KYKL"))

# Indian Army: a proper name of a state's armed force (capitalised "Army"), so a
# GOVERNMENT_BODY actor -- not a demonym phrase like "French forces" (v1.2), which would be
# lower-case common nouns. Mentions:
#   "Indian Army" x4 (convoy, statement, inflicted, "biggest attack on Indian Army");
#   "Indian army" (lower case, "12 Bihar Battalion of Indian army"): the same name written in
#     lower case, counted as a mention (judgement call);
#   bare capitalised "Army" x2 ("the ambush on Army on 4 June", "18 Army jawans"): a short
#     name used without article -> alias "Army" (judgement call).
# Not mentions: "The army attacked two transit camps" (common noun with article: a
# description, like "the group"), "our two militaries", "Indian soldiers" (demonym phrase).
army_full = g.mentions("Indian Army", "Indian army")
army_short = g.mentions("Army", exclude=["Indian Army"])
assert len(army_full) == 5 and len(army_short) == 2
g.actor(
    "indian_army",
    "Indian Army",
    "GOVERNMENT_BODY",
    aliases=["Indian army", "Army"],
    mentions=by_start(army_full + army_short),
)
g.actor(
    "indian_air_force",
    "Indian Air Force",
    "GOVERNMENT_BODY",
    aliases=["IAF"],
    mentions=by_start(g.mentions("Indian Air Force") + g.mentions("IAF")),
)
# "21 PARA (SF)": an army special-forces unit -> GOVERNMENT_BODY (armed forces of a state).
# The whole written form incl. "(SF)" is the name; "(SF)" is never written on its own.
g.actor("para_21_sf", "21 PARA (SF)", "GOVERNMENT_BODY", mentions=[g.span("21 PARA (SF)", word=False)])
# Units of the Indian Army: GOVERNMENT_BODY. "Dogra" and "Bihar" inside these names are not
# mentions of an ethnic group / the state of Bihar (CONVENTIONS 2: a name inside a longer name).
g.actor("dogra_regiment_6", "6 Dogra Regiment", "GOVERNMENT_BODY", mentions=g.mentions("6 Dogra Regiment"))
g.actor(
    "bihar_battalion_12", "12 Bihar Battalion", "GOVERNMENT_BODY", mentions=g.mentions("12 Bihar Battalion")
)
# India as acting party: "India conducted surgical strikes" -> STATE (1 mention). "India" in
# "India–Myanmar border" is inside the border's name (REGION place) -> not a mention
# (CONVENTIONS 2). "Indian" (demonym) is never a mention.
g.actor("india", "India", "STATE", mentions=[g.span("India", within="June, India conducted")])
# Myanmar as party: "the Indian Army said it was in communication with Myanmar" -> STATE.
# "the Myanmar territory" and "the border with Myanmar" are territory (place myanmar_place).
g.actor("myanmar", "Myanmar", "STATE", mentions=[g.span("Myanmar", within="in communication with Myanmar")])
# "according to MHA": India's Ministry of Home Affairs, written only as the acronym ->
# GOVERNMENT_BODY named "MHA". The text does not say whose ministry it is (no relation).
g.actor("mha", "MHA", "GOVERNMENT_BODY", mentions=g.mentions("MHA"))
# "the Naga militants": an ethnic group name used attributively -> POLITICAL_GROUP mention
# (v1.1 rule, like "Tuareg separatists" in cfr-aqim-2015). "Naga" inside "Nagaland" is not
# matched (word boundary).
g.actor("naga", "Naga", "POLITICAL_GROUP", mentions=g.mentions("Naga"))
# Not actors: "Indian media" (demonym + common noun; claim source null), "Indian soldiers"
# (demonym phrase for the state's organs: refs india as event participant, v1.2),
# "insurgent camps", "the attackers", "Seventy-two special forces commandos", "The
# commandos", "Troops", "The teams", "insurgents", "terrorists", "18 Army jawans",
# "Dhruv helicopters" / "Mi-17 helicopters" (aircraft types, not organisations).

# ---------------------------------------------------------------------------
# PLACES
# ---------------------------------------------------------------------------
# "Chandel district of Manipur" (2x): the district's name is written "Chandel district"; the
# lower-case "district" is kept in the span as part of the administrative unit's name
# (judgement call; "Chandel" alone is never written). REGION, IN.
g.place(
    "chandel_district", "Chandel district", "REGION", country="IN", mentions=g.mentions("Chandel district")
)
# Manipur (4x) and Nagaland (1x): Indian states -> REGION, IN. "the Nagaland and Manipur
# border" is a coordinated phrase, not one border name: each state is its own mention.
g.place("manipur", "Manipur", "REGION", country="IN", mentions=g.mentions("Manipur"))
g.place("nagaland", "Nagaland", "REGION", country="IN", mentions=g.mentions("Nagaland"))
# "near Ukhrul in Manipur": a town -> CITY, IN.
g.place("ukhrul", "Ukhrul", "CITY", country="IN", mentions=g.mentions("Ukhrul"))
# The India–Myanmar border (4x): REGION spanning two countries -> country null (like the
# "Algeria-Mali border" in cfr-aqim-2015). "the border with Myanmar" is a description, not a
# mention of this place (its "Myanmar" is a COUNTRY mention).
g.place("india_myanmar_border", BORDER, "REGION", country=None, mentions=g.mentions(BORDER))
# Myanmar as territory: "inside the Myanmar territory", "near the border with Myanmar".
g.place(
    "myanmar_place",
    "Myanmar",
    "COUNTRY",
    country="MM",
    mentions=[
        g.span("Myanmar", within="inside the Myanmar territory"),
        g.span("Myanmar", within="the border with Myanmar"),
    ],
)
assert len(g.occurrences("Myanmar")) == 7  # 4 in the border name + 1 STATE + 2 place
# "Kargil war of 1999": the war named by its place; "Kargil" is a place mention (the war
# itself is an event, not an entity). Kargil is both a town and a district of Ladakh; the
# war was fought across the district -> REGION, IN (judgement call).
g.place("kargil", "Kargil", "REGION", country="IN", mentions=g.mentions("Kargil"))
# Not places: "the Indian territory" (demonym + common noun), "insurgent camps", "two
# Militant camps", "two transit camps", "the training camps", "the thick jungles", "two
# locations", "the camp".

# ---------------------------------------------------------------------------
# EVENTS
# ---------------------------------------------------------------------------
# e1 The 4 June 2015 ambush. Anchored at the lead (agent, date, place, toll). Restated in
# the last paragraph ("the ambush on Army on 4 June, which had claimed the lives of 18 Army
# jawans ...") and as "the biggest attack on Indian Army" (This = the ambush); one record.
# "ambushed ... and killed 18 Indian soldiers" is one act -> one ATTACK, killed 18.
# Patients: the convoy's owners as named, "Indian Army" and "6 Dogra Regiment", plus india:
# "18 Indian soldiers" is a demonym phrase for the state's organs, which under v1.2 refs the
# STATE actor (India is named elsewhere) (judgement call: the three overlap in reality).
g.event(
    "e1",
    "ATTACK",
    trigger=g.span("ambushed"),
    evidence=S_AMBUSH,
    date=T(g.span("4 June 2015"), "2015-06-04", "day"),
    locations=["chandel_district", "manipur"],
    participants=[
        ("agent", "nscn_k"),
        ("patient", "indian_army"),
        ("patient", "dogra_regiment_6"),
        ("patient", "india"),
    ],
    killed=N(18),
    restatements=[
        g.span("ambush", within="behind the ambush on Army"),
        g.span("attack", within="the biggest attack on Indian Army"),
    ],
)

# e2 India's 10 June cross-border strike operation. One operation told six times: the lead
# ("India conducted surgical strikes"), the details paragraph ("carried a cross-border
# operation ... and destroyed two Militant camps"; "The operations were carried out ...";
# "The army attacked two transit camps"), "the operation" (commandos, 40 minutes) and the
# last paragraph ("Indian Army inflicted heavy casualties"; "the counter-insurgency ops").
# The text presents it as one operation with two strike sites ("a cross-border operation",
# "The actual operation ... took about 40 minutes"), so one record, not one per camp
# (judgement call). Type MILITARY_OPERATION: a state's armed action against a group with no
# change of control (the heading's "raid" would be ATTACK, but the text's own words are
# "operation", "strikes", "counter-insurgency ops").
# Anchor: the details sentence, the fullest statement (two forces, both groups, place,
# outcome). Date: the lead's "On 10 June", year from the nearest preceding date (4 June 2015).
# Participants: the union over the statements of the one event:
#   agents india (lead), indian_air_force and para_21_sf (details), indian_army ("Indian
#   Army inflicted heavy casualties"; "The army attacked" is the same force);
#   patients nscn_k and kykl ("one each of NSCN (K) and KYKL"), naga ("transit camps of the
#   Naga militants": ethnic name used attributively, like "Tuareg separatists" as patient in
#   cfr-aqim-2015).
# Locations: the border, Myanmar ("inside the Myanmar territory"), Nagaland and Manipur
# ("along the Nagaland and Manipur border"), Ukhrul ("near Ukhrul in Manipur").
# Casualties: the only figure stated as killed is MHA's "possibly more than 100 terrorists
# were killed" -> killed MORE_THAN 100. "significant casualties", "heavy casualties (158
# reported)" and the media's "may be as high as 158" are casualties (killed or wounded), not
# deaths, so not used for killed (judgement call).
g.event(
    "e2",
    "MILITARY_OPERATION",
    trigger=g.span("cross-border operation", within="carried a cross-border operation"),
    evidence=S_OPERATION,
    date=T(g.span("10 June"), "2015-06-10", "day"),
    locations=["india_myanmar_border", "myanmar_place", "nagaland", "manipur", "ukhrul"],
    participants=[
        ("agent", "india"),
        ("agent", "indian_air_force"),
        ("agent", "para_21_sf"),
        ("agent", "indian_army"),
        ("patient", "nscn_k"),
        ("patient", "kykl"),
        ("patient", "naga"),
    ],
    killed=N(100, "MORE_THAN"),
    restatements=[
        g.span("surgical strikes"),
        g.span("operations", within="The operations were carried out"),
        g.span("attacked", within="The army attacked"),
        g.span("operation", within="involved in the operation"),
        g.span("operation", within="The actual operation"),
        g.span("inflicted", within="Indian Army inflicted"),
        g.span("counter-insurgency ops"),
    ],
)

# e3 The Kargil war of 1999: a background war placed in time -> MILITARY_OPERATION. No party
# is named (the sentence says only that the ambush was the biggest attack on the Indian Army
# "after" it) -> no participants. Location: Kargil (the war is named by it).
g.event(
    "e3",
    "MILITARY_OPERATION",
    trigger=g.span("war", within="Kargil war of 1999"),
    evidence=S_KARGIL,
    date=T(g.span("1999"), "1999", "year"),
    locations=["kargil"],
)

# Not events:
# - "The commandos wore the uniforms of the 12 Bihar Battalion of Indian army, which was then
#   deployed on the India–Myanmar border": "was then deployed" states where the battalion
#   was stationed at the time (a state), not an act of deploying -> OPERATES_IN relation.
# - "Mi-17 helicopters of the IAF were put on standby": readiness within e2, no forces
#   deployed; "fast roped", "trekked", "divided into two groups": steps of e2.
# - "destroyed two Militant camps", "hitting the camp and destroying it": the outcome of e2.
# - "We look forward to working with them to combat such terrorism": a hope with no act or
#   time (not a planned operation); "in communication with Myanmar": no event type.
# - "Seventy-two special forces commandos were reportedly involved": participation in e2.

# ---------------------------------------------------------------------------
# CLAIMS
# ---------------------------------------------------------------------------
# c1 Indian media: demonym + common noun, not a state organ -> source null, source_text as
# written. "may be as high as" -> hedged. The insurgents are unnamed -> about [].
# The last paragraph's "(158 reported" restates the same figure with a bare "reported" and
# no source: kept as also_stated of this claim, not a second claim.
g.claim(
    "c1",
    source=None,
    source_text="Indian media",
    cue=g.span("reported", within="Indian media reported"),
    content=g.span("the number of insurgent casualties may be as high as 158"),
    kind="indirect",
    hedged=True,
    also_stated=[
        {
            "source_text": "",
            "cue": g.span("reported", within="(158 reported"),
            "content": g.span("158", within="(158 reported"),
        }
    ],
)

# c2/c3 The Indian Army's statement: one cue "said" with two complements ("it was in
# communication with Myanmar" and, after "and that,", a quotation) -> two claims, one
# indirect and one direct (judgement call; a single "mixed" claim was the alternative).
# Date: "after the operation" -> after 2015-06-10 (e2's date), span = that phrase.
AFTER_OP = T(g.span("after the operation"), "2015-06-10", "day", "AFTER")
g.claim(
    "c2",
    source="indian_army",
    source_text="the Indian Army",
    cue=g.span("said"),
    content=g.span("it was in communication with Myanmar"),
    kind="indirect",
    date=AFTER_OP,
    about=["indian_army", "myanmar"],
)
# Content = the words inside the quotation marks (incl. the final stop inside them).
g.claim(
    "c3",
    source="indian_army",
    source_text="the Indian Army",
    cue=g.span("said"),
    content=g.span(QUOTE, word=False),
    kind="direct",
    date=AFTER_OP,
    about=["indian_army", "myanmar"],
)

# c4 "This has been marked as the biggest attack on Indian Army after Kargil war of 1999.":
# a characterising cue ("marked as" ~ "described ... as") in an agentless passive: no words
# name the source -> source null, source_text "" (as the precedent "The stated reason" in
# wp-red-army-faction-2019). Subject "This" = the ambush (e1). Judgement call.
g.claim(
    "c4",
    source=None,
    source_text="",
    cue=g.span("marked", within="has been marked as"),
    content=g.span("the biggest attack on Indian Army after Kargil war of 1999"),
    kind="indirect",
    about=["indian_army"],
)

# c5 MHA: "possibly" -> hedged. The terrorists are unnamed -> about [].
g.claim(
    "c5",
    source="mha",
    source_text="MHA",
    cue=g.span("according to"),
    content=g.span("In the counter-insurgency ops, possibly more than 100 terrorists were killed"),
    kind="indirect",
    hedged=True,
)
# Not claims: "were reportedly involved" ("reportedly" marks the figure as uncertain without
# a source; ANNOTATION treats it as an uncertainty marker, not an attribution), "Based on
# precise intelligence inputs" (no proposition attributed), "which had claimed the lives"
# ("claimed" = took, not a reporting verb).

# ---------------------------------------------------------------------------
# RELATIONS
# ---------------------------------------------------------------------------
R = g.relation
# Units of the Indian Army: "an Indian Army convoy of 6 Dogra Regiment" / "18 Army jawans of
# 6 Dogra Regiment"; "the 12 Bihar Battalion of Indian army".
R("dogra_regiment_6", "PART_OF", "indian_army", evidence=S_AMBUSH)
R("bihar_battalion_12", "PART_OF", "indian_army", evidence=S_BIHAR)
# Forces of India, stated by their names ("Indian Army", "Indian Air Force"), as
# "Algerian Constitutional Court" PART_OF algeria in cfr-aqim-2015.
R("indian_army", "PART_OF", "india", evidence=S_AMBUSH)
R("indian_air_force", "PART_OF", "india", evidence=S_OPERATION)
# "which was then deployed on the India–Myanmar border".
R("bihar_battalion_12", "OPERATES_IN", "india_myanmar_border", evidence=S_BIHAR)
# The ambush: NSCN-K attacked the Indian Army's convoy.
R("nscn_k", "ENEMY_OF", "indian_army", evidence=S_AMBUSH)
# The strikes: each force named as striking, against each group whose camp was destroyed.
for force in ("indian_air_force", "para_21_sf"):
    for grp in ("nscn_k", "kykl"):
        R(force, "ENEMY_OF", grp, evidence=S_OPERATION)
# India's strikes "against insurgent camps" (lead) are the same operation, whose camps the next
# paragraph names as NSCN (K)'s and KYKL's (judgement call: the tail is named in the details
# sentence, not in the lead).
R("india", "ENEMY_OF", "nscn_k", evidence=S_STRIKES)
R("india", "ENEMY_OF", "kykl", evidence=S_STRIKES)
# "Indian Army inflicted heavy casualties ... on the attackers behind the ambush on Army on
# 4 June": the attackers are NSCN-K (named as the ambusher in the lead).
R("indian_army", "ENEMY_OF", "nscn_k", evidence=S_INFLICTED)
# OPERATES_IN: where the text's own voice places the groups' camps and attacks, and the forces'
# operation.
R("nscn_k", "OPERATES_IN", "chandel_district", evidence=S_AMBUSH)
R("nscn_k", "OPERATES_IN", "manipur", evidence=S_AMBUSH)
R("nscn_k", "OPERATES_IN", "india_myanmar_border", evidence=S_OPERATION)
R("kykl", "OPERATES_IN", "india_myanmar_border", evidence=S_OPERATION)
R("india", "OPERATES_IN", "india_myanmar_border", evidence=S_STRIKES)
R("indian_air_force", "OPERATES_IN", "india_myanmar_border", evidence=S_OPERATION)
R("para_21_sf", "OPERATES_IN", "india_myanmar_border", evidence=S_OPERATION)
# Inside the Indian Army's quoted statement: "There is a history of close cooperation between
# our two militaries. We look forward to working with them" -> ALLIED_WITH Myanmar (whose
# military is not named on its own; the state is the other party of the statement).
R("indian_army", "ALLIED_WITH", "myanmar", evidence=S_STATEMENT)
# Not annotated: any force ENEMY_OF naga ("The army attacked ... the Naga militants": the
# head is a description); mha PART_OF india (the text never says whose ministry it is);
# nscn_k / kykl OPERATES_IN myanmar_place (the sentence placing the operations inside Myanmar
# names no group); nscn_k MEMBER_OF naga (not stated); Kargil war participants.

# ---------------------------------------------------------------------------
b = g.brief()
OUT.write_text(json.dumps(b, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
print("wrote", OUT.relative_to(Path.cwd()) if OUT.is_relative_to(Path.cwd()) else OUT)

# Sanity: no span holds a citation bracket; no two mentions overlap.
all_spans = [m for e in b["actors"] + b["places"] for m in e["mentions"]]
for m in all_spans:
    assert "[" not in m["text"] and "]" not in m["text"], m
ivs = sorted((m["start"], m["end"]) for m in all_spans)
for (s1, e1), (s2, e2) in itertools.pairwise(ivs):
    assert e1 <= s2, ("overlapping mentions", (s1, e1), (s2, e2))
for ev in b["events"]:
    for key in ("trigger", "evidence"):
        assert "[" not in ev[key]["text"] and "]" not in ev[key]["text"], (ev["id"], key)
for c in b["claims"]:
    for key in ("cue", "content"):
        assert "[" not in c[key]["text"] and "]" not in c[key]["text"], (c["id"], key)
for r in b["relations"]:
    assert "[" not in r["evidence"]["text"] and "]" not in r["evidence"]["text"], r

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
print("  event participants:", sum(len(e["participants"]) for e in b["events"]))
print("  claim kinds:", fmt(Counter(c["kind"] for c in b["claims"])))
print("  claim sources:", fmt(Counter("named" if c["source"] else "unnamed" for c in b["claims"])))
print("  claims hedged:", sum(c["hedged"] for c in b["claims"]))
print("  relation types:", fmt(Counter(r["type"] for r in b["relations"])))
