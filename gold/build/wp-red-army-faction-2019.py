"""Gold brief for wp-red-army-faction-2019 (Wikipedia, Red Army Faction / Baader-Meinhof
attacks 1968-1975, plus the "Chemical terrorism" section).

Run from /work/main:  .venv/bin/python gold/build/wp-red-army-faction-2019.py
Writes gold/wp-red-army-faction-2019.jsonl and prints the counts pasted into
gold/notes/wp-red-army-faction-2019.md. Every judgement call is commented here and
listed, with its sentence, in the notes.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from annot import GoldDoc

g = GoldDoc("wp-red-army-faction-2019")
# The passage states no date and has only section headings ("Acts of terrorism",
# "Chemical terrorism"), which are not a title.
g.title = None
g.document_date = None

T = g.time
N = g.count


def by_start(spans):
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


# ---------------------------------------------------------------------------
# Sentences used as evidence (verbatim, each unique; citation markers excluded)
# ---------------------------------------------------------------------------
S_OHNESORG = g.sentence(
    "The first act of terrorism attributed to the group after the student Benno Ohnesorg had "
    "been killed by a policeman in 1967 was the bombing of the Kaufhaus Schneider department store.")
S_KAUFHAUS = g.sentence(
    "On 2 April 1968, affiliates of the group firebombed the store and caused an estimated "
    "US$200,000 in property damage.")
S_FOUNDERS = g.sentence(
    "Prominent members of the bombing included Andreas Baader and Gudrun Ensslin, two of the "
    "founders of the Baader-Meinhof gang.")
S_ENSSLIN = g.sentence(
    'As the bombs ignited, Gudrun Ensslin was at a nearby payphone, yelling to the German Press '
    'Agency, "This is a political act of revenge."')
S_YACHT = g.sentence(
    "On 2 February 1972, the Baader-Meinhof gang bombed the West Berlin British Yacht Club.")
S_2JM_CLAIM = g.sentence(
    "The 2 June Movement wing of the group claimed responsibility for the bombing, voicing that "
    "the reason behind the bombing was a political statement in support of the Irish Republican Army.")
S_FRANKFURT = g.sentence(
    "On 11 May 1972, the Baader-Meinhof gang placed three pipe bombs at a United States "
    "headquarters in Frankfurt.")
S_REASON = g.sentence(
    "The stated reason for the bombing was a political statement in protest of U.S imperialism, "
    "specifically, a protest of several mining facilities that belonged to the U.S in North "
    "Vietnam harbors.")
S_HAMBURG = g.sentence(
    "On 19 May 1972, members of the Baader-Meinhof gang armed six bombs in the Axel Springer "
    "Verlag in Hamburg.")
S_HEIDELBERG = g.sentence(
    "On 24 May 1972, just two weeks after the bombing of the United States headquarters in "
    "Frankfurt, the group set several car bombs off at the Campbell Barracks in Heidelberg.")
S_DRENKMANN = g.sentence(
    "On 10 November 1974, the group killed Günter von Drenkmann, the president of Germany's "
    "superior court of justice.")
S_SPLINTER = g.sentence(
    "The killing occurred after a string of events that led to a failed kidnapping by the 2 June "
    "Movement, a group that splintered off the Baader-Meinhof group after the death of Holger "
    "Meins by hunger strike in prison.")
S_LORENZ = g.sentence(
    "Starting in February 1975 and continuing through March 1975, the 2 June Movement kidnapped "
    "Peter Lorenz, who at the time, was the Christian Democratic candidate in the race for the "
    "mayor of West Berlin.")
S_STOCKHOLM = g.sentence(
    "On 24 April 1975, six members affiliated with the Baader-Meinhof group seized the West "
    "German Embassy in Stockholm.")
S_HOSTAGES = g.sentence("The group took hostages and set the building to explode.")
S_EXECUTION = g.sentence(
    "The government refused the request, which led to the execution of two of the hostages.")
S_DETONATED = g.sentence(
    "A few of the bombs that were intended to blow up the embassy prematurely detonated, which "
    "resulted in the death of two of the six Baader-Meinhof affiliates.")
S_SURRENDER = g.sentence("The other four members eventually surrendered to the authorities.")
S_MUSTARD = g.sentence(
    "In May 1975, several British intelligence reports circulated that stated that the "
    "Baader-Meinhof gang had stolen mustard gas from a joint U.S. and British storage facility.")
S_MUSTARD_USE = g.sentence(
    "The reports also indicated that the Baader-Meinhof gang had intended to use the stolen gas "
    "in German cities.")
S_PARIS = g.sentence(
    "During the early-1980s, German and French newspapers reported that the police had raided a "
    "Baader-Meinhof gang safe house in Paris and had found a makeshift laboratory that contained "
    "flasks full of _Clostridium botulinum_, which makes botulinum toxin.")

# ---------------------------------------------------------------------------
# ACTORS
# ---------------------------------------------------------------------------
# The group is never called "Red Army Faction" in this passage, so that string is
# neither name nor alias. Name = "Baader-Meinhof gang" (commonest of the two equally
# full forms); "Baader-Meinhof group" and bare attributive "Baader-Meinhof"
# ("many Baader-Meinhof and 2 June Movement members", "six Baader-Meinhof affiliates")
# are aliases. Bare "Baader-Meinhof" is looked up separately, excluding the longer
# forms, so no span is counted twice. "the group" is a description, never a mention.
bm_long = g.mentions("Baader-Meinhof gang", "Baader-Meinhof group")
bm_short = g.mentions("Baader-Meinhof", exclude=["Baader-Meinhof gang", "Baader-Meinhof group"])
assert len(bm_long) == 12 and len(bm_short) == 2
g.actor("baader_meinhof", "Baader-Meinhof gang", "ARMED_GROUP",
        aliases=["Baader-Meinhof group", "Baader-Meinhof"],
        mentions=by_start(bm_long + bm_short))

g.actor("benno_ohnesorg", "Benno Ohnesorg", "PERSON", mentions=g.mentions("Benno Ohnesorg"))
# "Baader" inside "Baader-Meinhof" is NOT a mention of Andreas Baader (the helper's
# word boundary would match it, so the full name is used as the needle).
g.actor("andreas_baader", "Andreas Baader", "PERSON", mentions=g.mentions("Andreas Baader"))
g.actor("gudrun_ensslin", "Gudrun Ensslin", "PERSON", mentions=g.mentions("Gudrun Ensslin"))
# News agency addressed by Ensslin's call: RESEARCH_MEDIA. "German" is part of its name.
g.actor("german_press_agency", "German Press Agency", "RESEARCH_MEDIA",
        mentions=g.mentions("German Press Agency"))
g.actor("irwin_beelitz", "Irwin Beelitz", "PERSON", mentions=g.mentions("Irwin Beelitz"))
# "2 June Movement" is a name: "2 June" inside it is not a date expression.
g.actor("two_june_movement", "2 June Movement", "ARMED_GROUP",
        mentions=g.mentions("2 June Movement"))
g.actor("irish_republican_army", "Irish Republican Army", "ARMED_GROUP",
        mentions=g.mentions("Irish Republican Army"))
# United States as owner of forces / facilities / policy: STATE (CONVENTIONS 3:
# "U.S. officials" is a STATE mention, so "U.S officer(s)" is too). "a United States
# headquarters" is an indefinite description, not a facility name, so "United States"
# there is a STATE mention, not part of a place name. "U.S" (no final stop, 4x) and
# "U.S." (1x) are distinct aliases; "U.S" is located by context so it is never taken
# from inside "U.S.". "US" in "US$200,000" is a currency, not a mention.
us_mentions = [
    *g.mentions("United States"),
    g.span("U.S", within="death of a U.S officer"),
    g.span("U.S", within="protest of U.S imperialism"),
    g.span("U.S", within="belonged to the U.S in"),
    g.span("U.S", within="three U.S officers"),
    g.span("U.S.", within="joint U.S. and British"),
]
assert len(g.occurrences("U.S", word=False)) == 5  # 4x "U.S" + the "U.S" of "U.S."
g.actor("united_states", "United States", "STATE", aliases=["U.S", "U.S."],
        mentions=by_start(us_mentions))
# The publisher is the target of the 19 May 1972 bombing (patient); the same span is
# also the location (place axel_springer_verlag_place), as ANNOTATION allows for a name
# that is both party and place.
g.actor("axel_springer", "Axel Springer Verlag", "RESEARCH_MEDIA",
        mentions=g.mentions("Axel Springer Verlag"))
g.actor("gunter_von_drenkmann", "Günter von Drenkmann", "PERSON",
        mentions=g.mentions("Günter von Drenkmann"))
# "Germany's superior court of justice": a country that has (is governed through) a
# court -> STATE (CONVENTIONS 3), mention without "'s". The lower-case "superior court
# of justice" is a description, so no GOVERNMENT_BODY actor.
g.actor("germany", "Germany", "STATE", mentions=[g.span("Germany", within="Germany's superior")])
g.actor("holger_meins", "Holger Meins", "PERSON", mentions=g.mentions("Holger Meins"))
# Surname-only "Lorenz" (2x) is a mention of Peter Lorenz.
g.actor("peter_lorenz", "Peter Lorenz", "PERSON", aliases=["Lorenz"],
        mentions=by_start(g.mentions("Peter Lorenz")
                          + g.mentions("Lorenz", exclude=["Peter Lorenz"])))
# "the Christian Democratic candidate": the party named attributively (the CDU);
# POLITICAL_GROUP. Its only written name is the adjective "Christian Democratic".
g.actor("christian_democrats", "Christian Democratic", "POLITICAL_GROUP",
        mentions=g.mentions("Christian Democratic"))
# Not actors (descriptions or unnamed): "a policeman", "the police", "The government"
# (2x), "the authorities", "several different agencies", "German and French newspapers",
# "British intelligence reports" (see claims), "the hostages".

# ---------------------------------------------------------------------------
# PLACES  (West-Germany-era places get today's code DE: ISO 3166 "DE" was the code of
# the Federal Republic; West Berlin had no code of its own and lies in DE.)
# ---------------------------------------------------------------------------
# Kaufhaus Schneider: a department store (facility, OTHER). The text does not say
# where it is; DE from the German name and the fact (Frankfurt am Main). The
# descriptor "department store" is not part of the name.
g.place("kaufhaus_schneider", "Kaufhaus Schneider", "OTHER", country="DE",
        mentions=g.mentions("Kaufhaus Schneider"))
# "the West Berlin British Yacht Club" = [West Berlin] + [British Yacht Club]: not one
# proper name, so "West Berlin" is a CITY mention and "British Yacht Club" the facility.
# "mayor of West Berlin" is the city as jurisdiction of an office, not an acting party:
# a place mention, no STATE/GOVERNMENT actor. "Berlin" never occurs on its own.
g.place("west_berlin", "West Berlin", "CITY", country="DE", mentions=g.mentions("West Berlin"))
g.place("british_yacht_club", "British Yacht Club", "OTHER", country="DE",
        mentions=g.mentions("British Yacht Club"))
g.place("frankfurt", "Frankfurt", "CITY", country="DE", mentions=g.mentions("Frankfurt"))
# North Vietnam (DRV) as territory ("in North Vietnam harbors"): COUNTRY; its former
# code VD is withdrawn, so today's VN. "Vietnam" is not a separate place.
g.place("north_vietnam", "North Vietnam", "COUNTRY", country="VN",
        mentions=g.mentions("North Vietnam"))
g.place("axel_springer_verlag_place", "Axel Springer Verlag", "OTHER", country="DE",
        mentions=g.mentions("Axel Springer Verlag"))
g.place("hamburg", "Hamburg", "CITY", country="DE", mentions=g.mentions("Hamburg"))
g.place("campbell_barracks", "Campbell Barracks", "OTHER", country="DE",
        mentions=g.mentions("Campbell Barracks"))
g.place("heidelberg", "Heidelberg", "CITY", country="DE", mentions=g.mentions("Heidelberg"))
# "West German Embassy": facility in Stockholm (SE). "West German" inside it is a
# demonym and there is no West Germany actor/place in the text.
g.place("west_german_embassy", "West German Embassy", "OTHER", country="SE",
        mentions=g.mentions("West German Embassy"))
g.place("stockholm", "Stockholm", "CITY", country="SE", mentions=g.mentions("Stockholm"))
g.place("paris", "Paris", "CITY", country="FR", mentions=g.mentions("Paris"))
# Not places: "the store", "the building", "the embassy", "a nearby payphone",
# "German cities" (demonym + common noun), "a joint U.S. and British storage facility"
# (unnamed), "a Baader-Meinhof gang safe house" (unnamed), "prison", "jail".

# ---------------------------------------------------------------------------
# EVENTS
# ---------------------------------------------------------------------------
# e1 Killing of Benno Ohnesorg (1967). Agent "a policeman" is unnamed -> no agent.
g.event("e1", "ATTACK", trigger=g.span("killed", within="had been killed by a policeman"),
        evidence=S_OHNESORG, date=T(g.span("1967"), "1967", "year"),
        participants=[("patient", "benno_ohnesorg")], killed=N(1))

# e2 Kaufhaus Schneider firebombing. One event stated in four sentences ("the bombing"
# in S_OHNESORG, "firebombed", "The bombs detonated", "the bombs ignited"); anchored at
# the dated statement. "the group" = Baader-Meinhof gang (named in the paragraph's first
# sentence; only group in the text). Baader and Ensslin are agents: the next sentence
# says they were "members of the bombing". "no one was injured" -> injured 0; killed is
# not stated (no one in the store) -> null. US$200,000 is property damage, not a casualty.
# v1.2 pass: the other statements are listed in "restatements"; participants may come
# from any statement of the event (CONVENTIONS 5), which covers Baader and Ensslin.
g.event("e2", "BOMBING", trigger=g.span("firebombed"), evidence=S_KAUFHAUS,
        date=T(g.span("2 April 1968"), "1968-04-02", "day"),
        locations=["kaufhaus_schneider"],
        participants=[("agent", "baader_meinhof"), ("agent", "andreas_baader"),
                      ("agent", "gudrun_ensslin")],
        injured=N(0),
        restatements=[g.span("bombing", within="was the bombing of the Kaufhaus Schneider"),
                      g.span("bombing", within="Prominent members of the bombing"),
                      g.span("detonated", within="The bombs detonated at midnight"),
                      g.span("ignited")])

# e3 West Berlin British Yacht Club. Irwin Beelitz is a victim, not the target: BOMBING
# patient is "target" only, so he is counted in killed=1, not as patient. The 2 June
# Movement's responsibility is only claimed (c2), so it is not added as agent.
g.event("e3", "BOMBING", trigger=g.span("bombed", within="the Baader-Meinhof gang bombed the"),
        evidence=S_YACHT, date=T(g.span("2 February 1972"), "1972-02-02", "day"),
        locations=["british_yacht_club", "west_berlin"],
        participants=[("agent", "baader_meinhof")], killed=N(1),
        restatements=[g.span("bombing", within="claimed responsibility for the bombing"),
                      g.span("bombing", within="the reason behind the bombing")])

# e4 US headquarters, Frankfurt. Trigger = verb phrase with the weapon. "a U.S officer"
# -> killed 1; "13 other people" -> injured 13. Target: the United States (its HQ).
# The later "the bombing of the United States headquarters in Frankfurt" (in the
# Heidelberg sentence) is a second mention of this event, not a new one.
g.event("e4", "BOMBING", trigger=g.span("placed three pipe bombs"), evidence=S_FRANKFURT,
        date=T(g.span("11 May 1972"), "1972-05-11", "day"), locations=["frankfurt"],
        participants=[("agent", "baader_meinhof"), ("patient", "united_states")],
        killed=N(1), injured=N(13),
        restatements=[g.span("bombing", within="The bombing resulted in the death of a U.S"),
                      g.span("bombing", within="The stated reason for the bombing"),
                      g.span("bombing", within="after the bombing of the United States")])

# e5 Axel Springer Verlag, Hamburg. "six bombs" vs "three of the five bombs" is the
# text's own inconsistency; casualties only: injured 36.
g.event("e5", "BOMBING", trigger=g.span("armed six bombs"), evidence=S_HAMBURG,
        date=T(g.span("19 May 1972"), "1972-05-19", "day"),
        locations=["axel_springer_verlag_place", "hamburg"],
        participants=[("agent", "baader_meinhof"), ("patient", "axel_springer")],
        injured=N(36),
        restatements=[g.span("exploded", within="five bombs exploded")])

# e6 Campbell Barracks, Heidelberg. Explicit date wins over "just two weeks after ...".
# "the group" = Baader-Meinhof gang. No patient: the text does not say whose barracks
# they are; the U.S officers are victims (killed 3, injured "five others" = 5).
g.event("e6", "BOMBING", trigger=g.span("set several car bombs off"), evidence=S_HEIDELBERG,
        date=T(g.span("24 May 1972"), "1972-05-24", "day"),
        locations=["campbell_barracks", "heidelberg"],
        participants=[("agent", "baader_meinhof")], killed=N(3), injured=N(5),
        restatements=[g.span("bombing", within="The bombing resulted in the death of three")])

# e7 Killing of Günter von Drenkmann. "the group" = Baader-Meinhof gang (as the text
# says, though historically it was the 2 June Movement). Place not stated.
g.event("e7", "ATTACK", trigger=g.span("killed", within="the group killed Günter"),
        evidence=S_DRENKMANN, date=T(g.span("10 November 1974"), "1974-11-10", "day"),
        participants=[("agent", "baader_meinhof"), ("patient", "gunter_von_drenkmann")],
        killed=N(1),
        restatements=[g.span("killing", within="The killing occurred after")])

# e8 The failed kidnapping by the 2 June Movement. An attempt that happened -> asserted
# (the failure is the outcome, not a denial). Date: the killing of 10 Nov 1974 "occurred
# after" it -> BEFORE 1974-11-10, no written expression (span null). Hostage not named.
g.event("e8", "KIDNAPPING", trigger=g.span("kidnapping", within="a failed kidnapping by"),
        evidence=S_SPLINTER, date=T(None, "1974-11-10", "day", "BEFORE"),
        participants=[("agent", "two_june_movement")])

# e9 The 2 June Movement splinters off. Who leaves = the faction (2 June Movement), group
# left = Baader-Meinhof, result = the new group (again 2 June Movement). "after the death
# of Holger Meins" gives no date in the text -> null. Meins's death (hunger strike) has
# no event type.
g.event("e9", "SPLIT", trigger=g.span("splintered off"), evidence=S_SPLINTER,
        participants=[("agent", "two_june_movement"), ("patient", "baader_meinhof"),
                      ("result", "two_june_movement")])

# e10 Kidnapping of Peter Lorenz, an interval Feb-Mar 1975. Location not stated (West
# Berlin is where he was a candidate, not where he was seized) -> no location.
lorenz_dates = g.span("February 1975 and continuing through March 1975")
g.event("e10", "KIDNAPPING", trigger=g.span("kidnapped"), evidence=S_LORENZ,
        date=T(lorenz_dates, "1975-02/1975-03", "interval"),
        participants=[("agent", "two_june_movement"), ("patient", "peter_lorenz")])

# e11 The West Berlin mayoral race: an election held "at the time" (resolved to the
# kidnapping interval, the nearest preceding date). No organiser named; the candidate
# has no role in the table.
g.event("e11", "ELECTION", trigger=g.span("race"), evidence=S_LORENZ,
        date=T(g.span("at the time"), "1975-02/1975-03", "interval"),
        locations=["west_berlin"])
# Not events: the demand for prisoners' release, "The government obliged and released
# several of these members", the release of Lorenz (no event type for releases).

# e12-e16 The Stockholm embassy siege, 24 April 1975: seizure (TAKEOVER of a facility),
# hostage-taking (KIDNAPPING), execution of two hostages (ATTACK), premature detonation
# (BOMBING), surrender (ARREST). Distinct types, distinct triggers. The later sentences
# carry no date: the siege day is inferred (span null); "eventually" (surrender) is left
# null. Agents: "six members affiliated with the Baader-Meinhof group" -> baader_meinhof;
# "The group"/"They" in the following sentences are the same hostage-takers.
# Locations: the embassy and Stockholm, the paragraph's single setting.
# v1.2: "West German" in "West German Embassy" is a demonym standing for the state
# whose organ (the embassy) is seized. The brief holds that state as the STATE actor
# `germany` (named in "Germany's superior court of justice", 1974: the Federal
# Republic), so the patient (who is driven out) refs it.
SIEGE = ["west_german_embassy", "stockholm"]
g.event("e12", "TAKEOVER", trigger=g.span("seized"), evidence=S_STOCKHOLM,
        date=T(g.span("24 April 1975"), "1975-04-24", "day"), locations=SIEGE,
        participants=[("agent", "baader_meinhof"), ("patient", "germany")])
g.event("e13", "KIDNAPPING", trigger=g.span("took hostages"), evidence=S_HOSTAGES,
        date=T(None, "1975-04-24", "day"), locations=SIEGE,
        participants=[("agent", "baader_meinhof")])
g.event("e14", "ATTACK", trigger=g.span("execution"), evidence=S_EXECUTION,
        date=T(None, "1975-04-24", "day"), locations=SIEGE,
        participants=[("agent", "baader_meinhof")], killed=N(2))
# "set the building to explode" (S_HOSTAGES) is the preparation of this bombing, not a
# second one. The dead are two of the perpetrators: killed 2.
g.event("e15", "BOMBING", trigger=g.span("detonated", within="prematurely detonated"),
        evidence=S_DETONATED, date=T(None, "1975-04-24", "day"), locations=SIEGE,
        participants=[("agent", "baader_meinhof")], killed=N(2))
# e16 "eventually": ordered after the siege day -> 1975-04-24 AFTER, span "eventually"
# (CONVENTIONS 6, v1.2 pass).
g.event("e16", "ARREST", trigger=g.span("surrendered"), evidence=S_SURRENDER,
        date=T(g.span("eventually", within="members eventually surrendered"), "1975-04-24",
               "day", "AFTER"),
        locations=SIEGE, participants=[("patient", "baader_meinhof")])

# e17 Reported mustard-gas plot. The theft itself has no event type. The intended use is
# an ATTACK; reported (c6) and then disproved by the text ("the mustard gas canisters
# were merely misplaced", so there was no stolen gas to use) -> negated (not
# hypothetical/uncertain: the text's last word is that it was false). "German cities"
# names no place. The plot has no time of its own -> date null.
g.event("e17", "ATTACK", trigger=g.span("use the stolen gas"), evidence=S_MUSTARD_USE,
        participants=[("agent", "baader_meinhof")], modality="negated")

# e18 Reported Paris police raid on a safe house; "raid" is in the ATTACK row. The text
# says "These reports were later found to be incorrect; no such lab was ever found."
# -> negated. The police are unnamed (no agent); the group whose safe house it was is the
# patient. Date: the only expression, "early-1980s" (decade 198X, START).
early80s = g.span("early-1980s")
g.event("e18", "ATTACK", trigger=g.span("raided"), evidence=S_PARIS,
        date=T(early80s, "198X", "decade", "START"), locations=["paris"],
        participants=[("patient", "baader_meinhof")], modality="negated")

# ---------------------------------------------------------------------------
# CLAIMS
# ---------------------------------------------------------------------------
# c1 Ensslin's call to the German Press Agency: direct quotation, speaker Ensslin (the
# agency is the addressee, not the source). Content = the words inside the quotes.
# Date: said "As the bombs ignited" -> the bombing day, inferred (span null).
g.claim("c1", source="gudrun_ensslin", source_text="Gudrun Ensslin",
        cue=g.span("yelling"), content=g.span("This is a political act of revenge.", word=False),
        kind="direct", date=T(None, "1968-04-02", "day"), about=["baader_meinhof"])
# c2 Responsibility claim: "claimed" is the reporting cue, "responsibility for the
# bombing" the proposition (the 2 June Movement did it).
g.claim("c2", source="two_june_movement", source_text="2 June Movement wing of the group",
        cue=g.span("claimed"), content=g.span("responsibility for the bombing"),
        kind="indirect", about=["two_june_movement"])
# c3 The motive voiced by the same source.
g.claim("c3", source="two_june_movement", source_text="2 June Movement wing of the group",
        cue=g.span("voicing"),
        content=g.span("the reason behind the bombing was a political statement in support of "
                       "the Irish Republican Army"),
        kind="indirect", about=["two_june_movement", "irish_republican_army"])
# Former c4, "The stated reason for the bombing was ...", is dropped in the v1.2 pass:
# no words name a source, and a proposition with no source words is the author's own
# (CONVENTIONS 7; as "attributed to DRIL" / "it is generally agreed" in wp-eta-2019 and
# "is believed to" in cfr-aqim-2015). Claim ids c5-c7 are kept as they were.
# c5/c6 British intelligence reports: "British intelligence" is a demonym + common noun,
# not the name of a body -> unnamed source (head word "reports"). The text later shows
# them false ("merely misplaced") -> hedged. "circulated" is not the cue; "stated" is.
g.claim("c5", source=None, source_text="several British intelligence reports",
        cue=g.span("stated", within="circulated that stated that"),
        content=g.span("the Baader-Meinhof gang had stolen mustard gas from a joint U.S. and "
                       "British storage facility"),
        kind="indirect", date=T(g.span("May 1975"), "1975-05", "month"), hedged=True,
        about=["baader_meinhof"])
g.claim("c6", source=None, source_text="reports",
        cue=g.span("indicated"),
        content=g.span("the Baader-Meinhof gang had intended to use the stolen gas in German "
                       "cities"),
        kind="indirect", date=T(None, "1975-05", "month"), hedged=True,
        about=["baader_meinhof"])
# c7 German and French newspapers (unnamed; demonyms are not mentions). Content stops
# before the author's gloss ", which makes botulinum toxin". Disproved -> hedged.
g.claim("c7", source=None, source_text="German and French newspapers",
        cue=g.span("reported", within="newspapers reported that"),
        content=g.span("the police had raided a Baader-Meinhof gang safe house in Paris and had "
                       "found a makeshift laboratory that contained flasks full of "
                       "_Clostridium botulinum_"),
        kind="indirect", date=T(early80s, "198X", "decade", "START"), hedged=True,
        about=["baader_meinhof"])
# Not claims: "attributed to the group" (no source; the author asserts the bombing next),
# "has been associated with", "the group demanded that ..." / "They demanded ..." (demands,
# not assertions), "It eventually turned out that ..." and "These reports were later found
# to be incorrect" (author's voice, no source).

# ---------------------------------------------------------------------------
# RELATIONS
# ---------------------------------------------------------------------------
g.relation("andreas_baader", "FOUNDER_OF", "baader_meinhof", evidence=S_FOUNDERS)
g.relation("gudrun_ensslin", "FOUNDER_OF", "baader_meinhof", evidence=S_FOUNDERS)
# Both were "members of the bombing" carried out by "affiliates of the group" and are
# founders: membership is stated, not only implied by founding.
g.relation("andreas_baader", "MEMBER_OF", "baader_meinhof", evidence=S_FOUNDERS)
g.relation("gudrun_ensslin", "MEMBER_OF", "baader_meinhof", evidence=S_FOUNDERS)
# "The 2 June Movement wing of the group": a wing is a sub-body -> PART_OF (1972);
# later "a group that splintered off the Baader-Meinhof group" -> SPLINTER_OF. The text
# states both; both are annotated.
g.relation("two_june_movement", "PART_OF", "baader_meinhof", evidence=S_2JM_CLAIM)
g.relation("two_june_movement", "SPLINTER_OF", "baader_meinhof", evidence=S_SPLINTER)
# "the Christian Democratic candidate": candidacy for the party states affiliation.
g.relation("peter_lorenz", "MEMBER_OF", "christian_democrats", evidence=S_LORENZ)
# ENEMY_OF only for organisations/states the group targets (bombing a U.S. headquarters;
# bombing the Springer publisher's premises); persons attacked are left to the events.
g.relation("baader_meinhof", "ENEMY_OF", "united_states", evidence=S_FRANKFURT)
g.relation("baader_meinhof", "ENEMY_OF", "axel_springer", evidence=S_HAMBURG)
# OPERATES_IN: cities where the text's own voice places an attack by the group. Not
# Paris (the safe-house report is declared incorrect), not the facilities (their cities
# are already covered; Kaufhaus Schneider's city is not given).
for city, ev in [("west_berlin", S_YACHT), ("frankfurt", S_FRANKFURT), ("hamburg", S_HAMBURG),
                 ("heidelberg", S_HEIDELBERG), ("stockholm", S_STOCKHOLM)]:
    g.relation("baader_meinhof", "OPERATES_IN", city, evidence=ev)
# Not relations: 2 June Movement ALLIED_WITH IRA ("a political statement in support of"
# is solidarity voiced in a claim, not an alliance); von Drenkmann LEADER_OF a court
# (no court actor); Holger Meins MEMBER_OF (not stated).

# ---------------------------------------------------------------------------
out = g.write()
brief = g.brief()


def show(title, counter):
    print(f"  {title}: " + ", ".join(f"{k} {v}" for k, v in sorted(counter.items())))


print(f"wrote {out.relative_to(out.parents[1])}")
for layer in ("actors", "places", "events", "claims", "relations"):
    print(f"{layer}: {len(brief[layer])}")
show("actor types", Counter(a["type"] for a in brief["actors"]))
print(f"  actor mentions: {sum(len(a['mentions']) for a in brief['actors'])}")
show("place types", Counter(p["type"] for p in brief["places"]))
print(f"  place mentions: {sum(len(p['mentions']) for p in brief['places'])}")
show("event types", Counter(e["type"] for e in brief["events"]))
show("event modality", Counter(e["modality"] for e in brief["events"]))
show("claim kinds", Counter(c["kind"] for c in brief["claims"]))
show("claim sources", Counter("named" if c["source"] else "unnamed" for c in brief["claims"]))
show("relation types", Counter(r["type"] for r in brief["relations"]))
