"""Gold brief for wp-eta-2019 (Wikipedia: ETA under Franco and in the transition).

Run from /work/main:  .venv/bin/python gold/build/wp-eta-2019.py
Writes gold/wp-eta-2019.jsonl and prints counts per layer and type.
Every judgement call is explained in gold/notes/wp-eta-2019.md.

Span rules used throughout (CONVENTIONS.md + brief):
- evidence is the whole sentence (CONVENTIONS 5, v1.2 pass): a citation marker in
  the middle of a sentence ("[57][58]", "[60]") stays inside the evidence, markers
  after the final punctuation stay outside; names, triggers, dates, cues and
  claim contents never contain a marker;
- italic underscores ("_Proceso de Burgos_", "_Euskadiko Ezkerra_") stay in the
  text but are never part of a name span;
- titles ("Admiral") and leading "the" are outside mentions; possessive 's is
  outside (the word-boundary match stops before the apostrophe).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from annot import GoldDoc

g = GoldDoc("wp-eta-2019")
g.title = None            # the passage has no title
g.document_date = None    # the passage states no date of its own

# ---------------------------------------------------------------------------
# Frequently used sentences (evidence spans), located verbatim.
# ---------------------------------------------------------------------------
# S1 has "[57][58]" and S3 has "[60]" in the middle: since the v1.2 pass the
# evidence is the whole sentence with the inner marker (CONVENTIONS 5).
S1 = g.sentence("Some sources attribute the 1960 bombing of the Amara station in "
                "Donostia-San Sebastian (which killed a 22-month-old child) to ETA,[57][58] "
                "but statistics published by the Spanish Ministry of the Interior have "
                "always showed that ETA's first victim was killed in 1968.")
S3 = g.sentence("The 1960 attack was claimed by the Portuguese and Spanish left-wing group "
                "DRIL (together with four other very similar bombings committed that same "
                "day across Spain, all of them attributed to DRIL[60]), and the attribution "
                "to ETA has been considered to be unfounded by the researchers.")
S4 = g.sentence("Police documents dating from 1961, released in 2013, show that the DRIL was "
                "indeed the author of the bombing.")
S5 = g.sentence("ETA's first killing occurred on 7 June 1968, when Guardia Civil member José "
                "Pardines Arcay was shot dead after he tried to halt ETA member Txabi "
                "Etxebarrieta during a routine road check.")
S6 = g.sentence("Etxebarrieta was chased down and killed as he tried to flee.")
S7 = g.sentence("This led to retaliation in the form of the first planned ETA assassination: "
                "that of Melitón Manzanas, chief of the secret police in San Sebastián and "
                "associated with a long record of tortures inflicted on detainees in his custody.")
S8 = g.sentence("In December 1970, several members of ETA were condemned to death in the "
                "_Proceso de Burgos_ (\"Burgos Trial\"), but international pressure resulted in "
                "their sentences being commuted (a process which, however, had by that time "
                "already been applied to some other members of ETA).")
S9 = g.sentence("In early December 1970, ETA kidnapped the German consul in San Sebastian, "
                "Eugen Beilh, in order to exchange him for the Burgos defendants.")
S11 = g.sentence("Nationalists who refused to follow the tenets of Marxism–Leninism and who "
                 "sought to create a united front appeared as ETA-V, but lacked the support to "
                 "challenge ETA.")
S12 = g.sentence("The most significant assassination performed by ETA during Franco's "
                 "dictatorship was Operación Ogro, the December 1973 bomb assassination in "
                 "Madrid of Admiral Luis Carrero Blanco, Franco's chosen successor and president "
                 "of the government (a position roughly equivalent to being a prime minister).")
S15 = g.sentence("For some in the Spanish opposition, Carrero Blanco's assassination,i.e., the "
                 "elimination of Franco's chosen successor was an instrumental step for the "
                 "subsequent re-establishment of democracy.")
S17 = g.sentence("However, the last use of capital punishment in Spain when two ETA members were "
                 "executed in September 1975, eight weeks before Franco's death, sparked massive "
                 "domestic and international protests against the Spanish government.")
S18 = g.sentence("During the Spanish transition to democracy which began following Franco's "
                 "death, ETA split into two separate groups: ETA political-military or ETA(pm), "
                 "and ETA military or ETA(m).")
S19 = g.sentence("Both ETA(m) and ETA(pm) refused offers of amnesty, and instead pursued and "
                 "intensified their violent struggle.")
S20 = g.sentence("The years 1978–80 were to prove ETA's most deadly, with 68, 76, and 98 "
                 "fatalities, respectively.")
S21 = g.sentence("During the Franco dictatorship, ETA was able to take advantage of tolerance by "
                 "the French government, which allowed its members to move freely through French "
                 "territory, believing that in this manner they were contributing to the end of "
                 "Franco's regime.")
S22 = g.sentence("There is much controversy over the degree to which this policy of \"sanctuary\" "
                 "continued even after the transition to democracy, but it is generally agreed "
                 "that currently the French authorities collaborate closely with the Spanish "
                 "government against ETA.")
S23 = g.sentence("In the 1980s, ETA(pm) accepted the Spanish government's offer of individual "
                 "pardons to all ETA prisoners, even those who had committed violent crimes, who "
                 "publicly abandoned the policy of violence.")
S24 = g.sentence("This caused a new division in ETA(pm) between the seventh and eighth assemblies.")
S25 = g.sentence("ETA VII accepted this partial amnesty granted by the now democratic Spanish "
                 "government and integrated into the political party _Euskadiko Ezkerra_ "
                 "(\"Left of the Basque Country\").")
S26 = g.sentence("ETA VIII, after a brief period of independent activity, eventually integrated "
                 "into ETA(m).")
S27 = g.sentence("With no factions existing anymore, ETA(m) reclaimed the original name of "
                 "Euskadi Ta Askatasuna.")

# ---------------------------------------------------------------------------
# ACTORS
# ---------------------------------------------------------------------------
# "ETA" as a whole word also matches inside the faction names "ETA(pm)", "ETA(m)",
# "ETA-V", "ETA VII", "ETA VIII", "ETA political-military", "ETA military":
# those are other actors, so they are excluded here. Attributive uses
# ("ETA member", "ETA members", "ETA assassination", "ETA prisoners") are mentions.
# The renamed/re-founded ETA after the merger takes back the same name; the text
# gives no separate name for it, so the single actor `eta` carries both and the
# renaming is RENAMING(eta_m -> eta) + eta SUCCESSOR_OF eta_m (see notes).
FACTIONS = ["ETA(pm)", "ETA(m)", "ETA-V", "ETA VII", "ETA VIII",
            "ETA political-military", "ETA military"]
eta_m = g.mentions("ETA", "Euskadi Ta Askatasuna", exclude=FACTIONS)
g.actor("eta", "Euskadi Ta Askatasuna", "ARMED_GROUP", aliases=["ETA"], mentions=eta_m)

g.actor("eta_pm", "ETA political-military", "ARMED_GROUP", aliases=["ETA(pm)"],
        mentions=g.mentions("ETA political-military", "ETA(pm)"))
g.actor("eta_m", "ETA military", "ARMED_GROUP", aliases=["ETA(m)"],
        mentions=g.mentions("ETA military", "ETA(m)"))
# "ETA VII" does not match inside "ETA VIII" (word boundary after VII).
g.actor("eta_vii", "ETA VII", "ARMED_GROUP", mentions=g.mentions("ETA VII"))
g.actor("eta_viii", "ETA VIII", "ARMED_GROUP", mentions=g.mentions("ETA VIII"))
g.actor("eta_v", "ETA-V", "ARMED_GROUP", mentions=g.mentions("ETA-V"))
# DRIL: only the acronym is given; "the DRIL" -> mention "DRIL".
g.actor("dril", "DRIL", "ARMED_GROUP", mentions=g.mentions("DRIL"))
g.actor("guardia_civil", "Guardia Civil", "GOVERNMENT_BODY", mentions=g.mentions("Guardia Civil"))
# "Spanish" is part of the ministry's name as written; no shorter form occurs.
g.actor("spanish_ministry_interior", "Spanish Ministry of the Interior", "GOVERNMENT_BODY",
        mentions=g.mentions("Spanish Ministry of the Interior"))
# v1.2: "the Spanish government" (x4), "the French government" and "the French
# authorities" are demonym phrases standing for a state: not mentions, no actor.
# Neither Spain nor France is named anywhere as an acting state (Spain only as
# territory, France not at all), so there is no STATE actor for them to ref:
# participants, claim sources and relation ends they name are left out.
# "The government" (S12, S16) is a description and not a mention.
# Party name is italicised; the English gloss in quotes is a second name (alias).
g.actor("euskadiko_ezkerra", "Euskadiko Ezkerra", "POLITICAL_GROUP",
        aliases=["Left of the Basque Country"],
        # "_Euskadiko Ezkerra_": "_" is a word character, so the whole-word matcher
        # would miss it; locate it with word=False (underscores stay outside).
        mentions=[g.span("Euskadiko Ezkerra", word=False),
                  *g.mentions("Left of the Basque Country")])
# Persons. mentions(..., exclude=[full name]) would also block the full name
# itself, so full name and short form are collected in two calls.
g.actor("franco", "Franco", "PERSON", mentions=g.mentions("Franco"))  # incl. "Franco dictatorship"
g.actor("pardines", "José Pardines Arcay", "PERSON", mentions=g.mentions("José Pardines Arcay"))
g.actor("etxebarrieta", "Txabi Etxebarrieta", "PERSON", aliases=["Etxebarrieta"],
        mentions=g.mentions("Txabi Etxebarrieta")
        + g.mentions("Etxebarrieta", exclude=["Txabi Etxebarrieta"]))
g.actor("manzanas", "Melitón Manzanas", "PERSON", mentions=g.mentions("Melitón Manzanas"))
g.actor("beilh", "Eugen Beilh", "PERSON", mentions=g.mentions("Eugen Beilh"))
# "Admiral" is a title, outside the span.
g.actor("carrero_blanco", "Luis Carrero Blanco", "PERSON", aliases=["Carrero Blanco"],
        mentions=g.mentions("Luis Carrero Blanco")
        + g.mentions("Carrero Blanco", exclude=["Luis Carrero Blanco"]))

# ---------------------------------------------------------------------------
# PLACES
# ---------------------------------------------------------------------------
g.place("amara_station", "Amara station", "OTHER", country="ES",
        mentions=g.mentions("Amara station"))
# One city under three spellings. The word-boundary lookbehind excludes "-" so
# "San Sebastian" inside "Donostia-San Sebastian" is not matched twice.
g.place("san_sebastian", "Donostia-San Sebastian", "CITY", country="ES",
        aliases=["San Sebastián", "San Sebastian"],
        mentions=g.mentions("Donostia-San Sebastian", "San Sebastián", "San Sebastian"))
# "across Spain", "in Spain": territory. "Spanish ..." never matches "Spain".
g.place("spain_place", "Spain", "COUNTRY", country="ES", mentions=g.mentions("Spain"))
g.place("madrid", "Madrid", "CITY", country="ES", mentions=g.mentions("Madrid"))
# Not places (see notes): "Burgos" inside the trial's name "Proceso de Burgos" /
# "Burgos Trial" / "the Burgos defendants"; "Basque Country" inside the party
# name gloss; "Euskadi" inside "Euskadi Ta Askatasuna"; "French territory"
# (demonym + common noun, no name of France in the text).

# ---------------------------------------------------------------------------
# EVENTS
# ---------------------------------------------------------------------------
T = g.time
D1960 = T(g.span("1960", nth=1), "1960", "year")

# e1: the Amara station bombing. It happened (asserted); the text establishes
# DRIL as its author (S3 "claimed by ... DRIL", S4 "the DRIL was indeed the author
# of the bombing"), and rejects the ETA attribution, so ETA is NOT a participant.
# Anchored at its fullest statement (S1: date, place, casualty); agent from S3/S4,
# which restate this same event (participants may come from any statement of it).
g.event("e1", "BOMBING", trigger=g.span("bombing", within="the 1960 bombing of the Amara"),
        evidence=S1, date=D1960, locations=["amara_station", "san_sebastian"],
        participants=[("agent", "dril")], killed=g.count(1), modality="asserted",
        restatements=[g.span("attack", within="The 1960 attack was claimed"),
                      g.span("bombing", within="the author of the bombing")])

# e2: the four other DRIL bombings the same day across Spain. "that same day"
# resolves to the day of e1, which the text gives only to the year.
g.event("e2", "BOMBING",
        trigger=g.span("bombings", within="four other very similar bombings"),
        evidence=S3, date=T(g.span("that same day"), "1960", "year"),
        locations=["spain_place"], participants=[("agent", "dril")], modality="asserted",
        count_of_events=4)

# e3: ETA's first killing (Pardines). Also restated inside claim c2 ("ETA's first
# victim was killed in 1968") - same real event, one record. Agent: ETA only; the
# text does not say who fired (Etxebarrieta is implied, not stated).
g.event("e3", "ATTACK", trigger=g.span("killing", within="ETA's first killing"), evidence=S5,
        date=T(g.span("7 June 1968"), "1968-06-07", "day"),
        participants=[("agent", "eta"), ("patient", "pardines")], killed=g.count(1),
        restatements=[g.span("killed", within="first victim was killed")])

# e4: Etxebarrieta killed while fleeing. Killer not named (not inferred as Guardia
# Civil). Date: no expression; same incident as e3 -> inferred, span null.
g.event("e4", "ATTACK", trigger=g.span("killed", within="chased down and killed"),
        evidence=S6, date=T(None, "1968-06-07", "day"),
        participants=[("patient", "etxebarrieta")], killed=g.count(1))

# e5: Manzanas assassination. No date expression; "This led to" orders it after the
# 7 June 1968 killings -> 1968-06-07 AFTER, span null (CONVENTIONS 6, v1.2 pass).
# San Sebastián is where he was police chief, not stated as the place of the killing.
g.event("e5", "ATTACK", trigger=g.span("assassination", within="first planned ETA assassination"),
        evidence=S7, date=T(None, "1968-06-07", "day", "AFTER"),
        participants=[("agent", "eta"), ("patient", "manzanas")],
        killed=g.count(1))

# e6: Burgos Trial death sentences. The trial is not an actor; no court named.
D_DEC70 = T(g.span("December 1970", within="In December 1970, several"), "1970-12", "month")
g.event("e6", "SENTENCING", trigger=g.span("condemned to death"), evidence=S8, date=D_DEC70,
        participants=[("patient", "eta")])

# e7: commutation of those sentences: a new (reduced) sentence on the same
# defendants -> SENTENCING. Date resolved from "In December 1970" of the same
# sentence; the expression dates the first clause, so span null.
g.event("e7", "SENTENCING", trigger=g.span("commuted", within="sentences being commuted"),
        evidence=S8, date=T(None, "1970-12", "month"), participants=[("patient", "eta")])

# e8: kidnapping of Beilh. "In early December 1970" -> month + START.
# "the German consul in San Sebastian" read as locating the kidnapping too.
g.event("e8", "KIDNAPPING", trigger=g.span("kidnapped"), evidence=S9,
        date=T(g.span("early December 1970"), "1970-12", "month", "START"),
        locations=["san_sebastian"], participants=[("agent", "eta"), ("patient", "beilh")])
# Not events: "He was released unharmed on 24 December." (release: no type in the
# table); "in order to exchange him" (goal).

# e9: ETA-V emerges from nationalists who refused ETA's Marxism-Leninism and is set
# against ETA -> SPLIT (group left: ETA; result ETA-V). The leavers ("Nationalists")
# are not a named actor. No date.
g.event("e9", "SPLIT", trigger=g.span("appeared", within="appeared as ETA-V"), evidence=S11,
        participants=[("patient", "eta"), ("result", "eta_v")])

# e10: Carrero Blanco assassination (Operación Ogro). One record for the
# assassination / the bomb / the explosion (S12-S14 and S15's mention).
# ATTACK (assassination) rather than BOMBING: the text frames it as an assassination
# whose method was a bomb. Trigger: the head noun "assassination" (v1.2 pass:
# a modifier that is not part of a fixed event name stays outside the trigger).
g.event("e10", "ATTACK", trigger=g.span("assassination", within="bomb assassination"),
        evidence=S12,
        date=T(g.span("December 1973"), "1973-12", "month"), locations=["madrid"],
        participants=[("agent", "eta"), ("patient", "carrero_blanco")], killed=g.count(1),
        restatements=[g.span("assassination", within="The assassination had been planned"),
                      g.span("executed", within="was executed by placing a bomb"),
                      g.span("blew up"),
                      g.span("assassination", within="Carrero Blanco's assassination,i.e.")])
# Not events: "The government responded with new anti-terrorist laws ..." (legislation,
# no type); "Franco's death"; "massive domestic and international protests" (no type).

# e11: the 1975 executions. SENTENCING (capital punishment carried out) rather than
# ATTACK. No agent (v1.2): the state appears only as "the Spanish government", a
# demonym phrase, and Spain is no STATE actor in this brief.
g.event("e11", "SENTENCING", trigger=g.span("executed", within="members were executed"), evidence=S17,
        date=T(g.span("September 1975"), "1975-09", "month"), locations=["spain_place"],
        participants=[("patient", "eta")], killed=g.count(2))

# e12: ETA splits into ETA(pm) and ETA(m). Date: "following Franco's death";
# Franco's death = eight weeks after September 1975 -> November 1975; AFTER.
D_TRANS = T(g.span("During the Spanish transition to democracy which began following "
                   "Franco's death"), "1975-11", "month", "AFTER")
g.event("e12", "SPLIT", trigger=g.span("split", within="ETA split into two"), evidence=S18,
        date=D_TRANS,
        participants=[("patient", "eta"), ("result", "eta_pm"), ("result", "eta_m")])

# e13/e20: both factions refused amnesty: an offered accord not accepted ->
# AGREEMENT, negated. v1.2: two rival factions each refusing "offers" are separate
# acts under one trigger -> one record per faction, sharing the trigger. Offerer
# unnamed. No date written.
REFUSED = g.span("refused", within="refused offers of amnesty")
g.event("e13", "AGREEMENT", trigger=REFUSED, evidence=S19,
        participants=[("agent", "eta_m")], modality="negated")
g.event("e20", "AGREEMENT", trigger=REFUSED, evidence=S19,
        participants=[("agent", "eta_pm")], modality="negated")

# e14: the 1978-80 killings: one statement, one record; 68+76+98 = 242 killed.
g.event("e14", "ATTACK", trigger=g.span("fatalities"), evidence=S20,
        date=T(g.span("The years 1978–80"), "1978/1980", "interval"),
        participants=[("agent", "eta")], killed=g.count(68 + 76 + 98),
        killed_by_year={"1978": 68, "1979": 76, "1980": 98})

# e15: ETA(pm) accepts the government's pardon offer (1980s). S25's "ETA VII accepted
# this partial amnesty" restates the same acceptance -> one record.
# v1.2: the offering "Spanish government" is a demonym phrase with no STATE actor to
# ref, so ETA(pm) is the only party.
D_80s = T(g.span("1980s"), "198X", "decade")
g.event("e15", "AGREEMENT", trigger=g.span("accepted", within="ETA(pm) accepted"), evidence=S23,
        date=D_80s, participants=[("agent", "eta_pm")],
        restatements=[g.span("accepted", within="ETA VII accepted")])

# e16: division of ETA(pm) into the seventh / eighth assembly factions = ETA VII /
# ETA VIII ("seventh and eighth assemblies" in the sentence denotes them).
# Date: "This caused" -> 1980s from the preceding sentence, span null.
g.event("e16", "SPLIT", trigger=g.span("division"), evidence=S24,
        date=T(None, "198X", "decade"),
        participants=[("patient", "eta_pm"), ("result", "eta_vii"), ("result", "eta_viii")])

# e17: ETA VII integrates into Euskadiko Ezkerra (1980s, span null: "this partial
# amnesty" ties it to the 1980s offer).
g.event("e17", "MERGER", trigger=g.span("integrated", within="government and integrated"),
        evidence=S25, date=T(None, "198X", "decade"),
        participants=[("agent", "eta_vii"), ("result", "euskadiko_ezkerra")])

# e18: ETA VIII integrates into ETA(m) "after a brief period of independent
# activity", i.e. after the 1980s division (e16): 198X AFTER, with that expression
# as span (CONVENTIONS 6, v1.2 pass).
D_AFTER_80s = T(g.span("after a brief period of independent activity"), "198X", "decade", "AFTER")
g.event("e18", "MERGER", trigger=g.span("integrated", within="eventually integrated"),
        evidence=S26, date=D_AFTER_80s,
        participants=[("agent", "eta_viii"), ("result", "eta_m")])

# e19: ETA(m) takes back the name Euskadi Ta Askatasuna, "With no factions existing
# anymore", i.e. after the mergers: 198X AFTER, no date expression (span null).
g.event("e19", "RENAMING", trigger=g.span("reclaimed"), evidence=S27,
        date=T(None, "198X", "decade", "AFTER"),
        participants=[("agent", "eta_m"), ("result", "eta")])

# ---------------------------------------------------------------------------
# CLAIMS
# ---------------------------------------------------------------------------
# c1: unnamed "Some sources"; hedged because the text marks the attribution as
# disputed/unfounded (S1 "but ...", S3 "considered to be unfounded").
g.claim("c1", source=None, source_text="Some sources", cue=g.span("attribute"),
        content=g.span("the 1960 bombing of the Amara station in Donostia-San Sebastian "
                       "(which killed a 22-month-old child) to ETA", word=False),
        kind="indirect", hedged=True, about=["eta"])
# c2: the ministry's statistics; source = the ministry.
g.claim("c2", source="spanish_ministry_interior",
        source_text="statistics published by the Spanish Ministry of the Interior",
        cue=g.span("showed"), content=g.span("ETA's first victim was killed in 1968", word=False),
        kind="indirect", about=["eta"])
# c3: DRIL's claim of responsibility ("claimed by"): a speech act by DRIL.
g.claim("c3", source="dril", source_text="Portuguese and Spanish left-wing group DRIL",
        cue=g.span("claimed"), content=g.span("The 1960 attack"), kind="indirect",
        about=["dril"])
# c4: the researchers. Passive voice puts the cue inside the proposition; content
# is the whole clause minus the by-phrase (the only contiguous choice).
g.claim("c4", source=None, source_text="researchers",
        cue=g.span("considered", within="has been considered to be unfounded"),
        content=g.span("the attribution to ETA has been considered to be unfounded", word=False),
        kind="indirect", about=["eta"])
# c5: police documents "show"; said (written) in 1961.
g.claim("c5", source=None, source_text="Police documents", cue=g.span("show"),
        content=g.span("the DRIL was indeed the author of the bombing", word=False),
        kind="indirect", date=T(g.span("1961"), "1961", "year"), about=["dril"])
# c6: "For some in the Spanish opposition, ..." attributes an evaluation to an
# unnamed group; cue is the attributive "For".
g.claim("c6", source=None, source_text="some in the Spanish opposition",
        cue=g.span("For", within="For some in the Spanish opposition"),
        content=g.span("Carrero Blanco's assassination,i.e., the elimination of Franco's chosen "
                       "successor was an instrumental step for the subsequent re-establishment "
                       "of democracy", word=False),
        kind="indirect", about=["carrero_blanco"])
# c7: the French government's belief ("believing that ..."). v1.2: "the French
# government" is a demonym phrase and France is no STATE actor here -> source null,
# the phrase as source_text.
g.claim("c7", source=None, source_text="French government",
        cue=g.span("believing"),
        content=g.span("in this manner they were contributing to the end of Franco's regime",
                       word=False),
        kind="indirect", about=["franco"])
# Not claims (no words naming a source): "it is generally agreed that ..." (S22) and
# "all of them attributed to DRIL" (S3): agentless passives, treated as the
# author's own voice. "There is much controversy over ..." asserts no proposition.

# ---------------------------------------------------------------------------
# RELATIONS
# ---------------------------------------------------------------------------
R = g.relation
# Splits, merger, renaming.
R("eta_pm", "SPLINTER_OF", "eta", evidence=S18, date=D_TRANS)
R("eta_m", "SPLINTER_OF", "eta", evidence=S18, date=D_TRANS)
R("eta_v", "SPLINTER_OF", "eta", evidence=S11)
R("eta_vii", "SPLINTER_OF", "eta_pm", evidence=S24, date=T(None, "198X", "decade"))
R("eta_viii", "SPLINTER_OF", "eta_pm", evidence=S24, date=T(None, "198X", "decade"))
R("eta_vii", "MERGED_INTO", "euskadiko_ezkerra", evidence=S25)
R("eta_viii", "MERGED_INTO", "eta_m", evidence=S26)
R("eta", "SUCCESSOR_OF", "eta_m", evidence=S27)
# Membership and leadership.
R("etxebarrieta", "MEMBER_OF", "eta", evidence=S5)
R("pardines", "MEMBER_OF", "guardia_civil", evidence=S5)
# v1.2: no relation to "the Spanish government" / "the French government"
# (demonym phrases, no STATE actor): Carrero Blanco's and Franco's LEADER_OF, the
# ministry's PART_OF, and the S22 alignment/enmity are therefore not annotated.
# ETA's named targets (asserted attacks / kidnapping).
R("eta", "ENEMY_OF", "pardines", evidence=S5)
R("eta", "ENEMY_OF", "manzanas", evidence=S7)
R("eta", "ENEMY_OF", "beilh", evidence=S9)
R("eta", "ENEMY_OF", "carrero_blanco", evidence=S12)
# Where groups act.
R("eta", "OPERATES_IN", "san_sebastian", evidence=S9)
R("eta", "OPERATES_IN", "madrid", evidence=S12)
R("dril", "OPERATES_IN", "spain_place", evidence=S3)
# CONVENTIONS 11 (v1.2 pass): the city of an asserted bombing DRIL carried out (e1).
# S3 is the sentence that gives DRIL as the author of "The 1960 attack".
R("dril", "OPERATES_IN", "san_sebastian", evidence=S3)

# ---------------------------------------------------------------------------
out = g.write()
b = g.brief()


def show() -> None:
    print(f"wrote {out.relative_to(out.parents[1])}")
    for layer in ("actors", "places", "events", "claims", "relations"):
        items = b[layer]
        key = "type" if layer != "claims" else "kind"
        by = Counter(x[key] for x in items)
        extra = ""
        if layer in ("actors", "places"):
            extra = f"; mentions {sum(len(x['mentions']) for x in items)}"
        print(f"{layer}: {len(items)}{extra}  " + ", ".join(f"{k} {v}" for k, v in sorted(by.items())))
    mod = Counter(e["modality"] for e in b["events"])
    print("event modality: " + ", ".join(f"{k} {v}" for k, v in sorted(mod.items())))
    print("claims by source: " + ", ".join(
        f"{'named' if k else 'unnamed'} {v}"
        for k, v in sorted(Counter(c['source'] is not None for c in b['claims']).items())))


show()
if "-v" in sys.argv:
    for layer in ("actors", "places"):
        for x in b[layer]:
            print(x["id"], [(m["start"], m["text"]) for m in x["mentions"]])
