"""Gold brief for wp-symbionese-liberation-army-2019 (Wikipedia, Symbionese Liberation Army:
formation, the murder of Marcus Foster and the kidnapping of Patricia Hearst). Annotated to
ANNOTATION.md v1.2.

Run from /work/main:  .venv/bin/python gold/build/wp-symbionese-liberation-army-2019.py
Writes gold/wp-symbionese-liberation-army-2019.jsonl and prints the counts pasted into
gold/notes/wp-symbionese-liberation-army-2019.md. Every judgement call is commented here and
listed, with its sentence, in the notes.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from annot import GoldDoc

g = GoldDoc("wp-symbionese-liberation-army-2019")
# The passage opens with section headings ("Formation and initial activities", "Prison visits
# and political film"); none is the article title, and no date is stated.
g.title = None
g.document_date = None

T = g.time
N = g.count


def by_start(spans):
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


# Section headings are article text (not page furniture, cf. cfr-aqim-2015): names in them are
# mentions, and a heading naming an event is a restatement of it.
H_DEFREEZE = g.sentence("DeFreeze escapes prison")
H_FOSTER = g.sentence("Murder of Marcus Foster")
H_HEARST = g.sentence("Kidnapping of Patricia Hearst")

# ---------------------------------------------------------------------------
# Sentences used as evidence (verbatim, each unique; citation markers excluded)
# ---------------------------------------------------------------------------
S_FORMED_1 = g.sentence(
    "The SLA formed as a result of the prison visitation programs of the radical left-wing group "
    "Venceremos Organization and a group known as the Black Cultural Association in Soledad prison.")
S_TUPAMAROS = g.sentence(
    "The idea of a South-American–style urban guerrilla movement, similar to the Tupamaros "
    "movement in Uruguay, combined with Régis Debray's theory of urban warfare and ideas drawn "
    'from Maoism, appealed to a number of people, including Patricia Michelle Soltysik '
    '(_alias_ "Mizmoon").')
S_FORMED_2 = g.sentence(
    'The SLA formed after the escape from prison by Donald DeFreeze, _alias_ "General Field '
    'Marshal Cinque".')
S_AMISTAD = g.sentence(
    "DeFreeze took the name Cinque from the leader of the slave rebellion which took over the "
    "slave ship _Amistad_ in 1839.")
S_ESCAPE = g.sentence(
    "DeFreeze escaped from Soledad State Prison on March 5, 1973, by walking away while on work "
    "duty in a boiler room located outside the perimeter fence.")
S_INFORMANT = g.sentence(
    "DeFreeze has been accused by some sources of being an informant from 1967 to 1969 for the "
    "Public Disorder Intelligence Unit of the Los Angeles Police Department.")
S_BCA = g.sentence(
    "DeFreeze had been active in the Black Cultural Association while at the California Medical "
    "Facility, a state prison facility in Vacaville, California, where he had made contacts with "
    "members of Venceremos.")
S_WOLFE = g.sentence(
    "Venceremos associates and future SLA members Willie Wolfe and Russell Little, concerned with "
    "the potential for exposure through surveillance at the high-profile Peking House, arranged "
    "for DeFreeze to move in with their associate Patricia Michelle Soltysik in the relative "
    "anonymity of Concord, California.")
S_NATION = g.sentence(
    'DeFreeze and Soltysik became lovers and began to outline the plans for founding the '
    '"Symbionese Nation".')
S_FOSTER = g.sentence(
    "On November 6, 1973, in Oakland, California, two members of the SLA killed school "
    "superintendent Marcus Foster and badly wounded his deputy, Robert Blackburn, as the two men "
    "left an Oakland school board meeting.")
S_CYANIDE = g.sentence(
    "The hollow-point bullets used to kill Foster had been packed with cyanide.")
S_CONDEMNED = g.sentence(
    "The SLA had condemned Foster for his plan to introduce identification cards into Oakland "
    'schools, calling him "fascist".')
S_ARREST = g.sentence(
    "On January 10, 1974, Joseph Remiro and Russell Little were arrested and charged with "
    "Foster's murder, and initially both men were convicted of murder.")
S_LIFE = g.sentence("Both men received sentences of life imprisonment.")
S_APPEAL = g.sentence(
    "Seven years later, on June 5, 1981, Little's conviction was overturned by the California "
    "Court of Appeal, and he was later acquitted in a retrial in Monterey County.")
S_LITTLE = g.sentence(
    'Little has stated: "Who actually pulled the trigger that killed Foster was Mizmoon '
    "(Soltysik). Nancy Ling Perry was supposed to shoot Blackburn, she kind of botched that and "
    'DeFreeze ended up shooting him with a shotgun."')
S_PLANNING = g.sentence(
    "In response to the arrests of Remiro and Little, the SLA began planning their next action: "
    "the kidnapping of an important figure to negotiate the release of their imprisoned members.")
S_DOCUMENTS = g.sentence(
    "Documents found by the US Federal Bureau of Investigation (FBI) at one abandoned safe house "
    'revealed that an action was planned for the "full moon of January 17".')
S_NOT_ACT = g.sentence(
    "The FBI did not take any precautions, and the SLA did not act until a month later.")
S_KIDNAP = g.sentence(
    "On February 4, 1974, publishing heiress Patricia Hearst, a sophomore at the University of "
    "California at Berkeley, was kidnapped from her Berkeley residence at Apartment 4, 2603 "
    "Benvenue Avenue.")
S_CHRONICLE = g.sentence(
    "The kidnapping occurred less than three months after a November 1973 _San Francisco "
    'Chronicle_ story in the "Society" section announcing the Hearst–Steven Weed betrothal (with '
    "the apartment's address given).")
S_CHOSEN = g.sentence(
    "The SLA had chosen to kidnap Hearst to increase the news coverage of the incident.")
S_ULTIMATUM = g.sentence(
    "The SLA issued an ultimatum to the Hearst family: that they would release Patty in exchange "
    "for the freedom of Remiro and Little.")
S_RANSOM = g.sentence(
    "When such an arrangement proved impossible, the SLA demanded a ransom, in the form of a food "
    "distribution program.")
S_FREE_FOOD = g.sentence(
    "Although free food was distributed, the operation was halted when violence erupted at one of "
    "the four distribution points.")
S_WAPAC = g.sentence(
    "After the SLA demanded that a community coalition called the Western Addition Project Area "
    "Committee be put in charge of the food distribution, 100,000 bags of groceries were handed "
    "out at 16 locations across four counties between February 26 and the end of March.")

# ---------------------------------------------------------------------------
# ACTORS
# ---------------------------------------------------------------------------
# The full name "Symbionese Liberation Army" never occurs in the passage (cf. "Red Army
# Faction" in wp-red-army-faction-2019), so the fullest name written is the acronym "SLA".
# "Symbionese Nation" is the planned nation, not the group (separate actor below).
sla = g.mentions("SLA")
assert len(sla) == 11
g.actor("sla", "SLA", "ARMED_GROUP", mentions=sla)

# "the radical left-wing group Venceremos Organization": the text gives no armed activity, so
# POLITICAL_GROUP (political movement), not ARMED_GROUP. Short form "Venceremos" 2x.
venceremos = g.mentions("Venceremos Organization") + g.mentions(
    "Venceremos", exclude=["Venceremos Organization"])
assert len(venceremos) == 3
g.actor("venceremos", "Venceremos Organization", "POLITICAL_GROUP", aliases=["Venceremos"],
        mentions=by_start(venceremos))
# A prisoners' association: a group acting collectively, no other type fits -> POLITICAL_GROUP.
g.actor("black_cultural_association", "Black Cultural Association", "POLITICAL_GROUP",
        mentions=g.mentions("Black Cultural Association"))
# "a South-American–style urban guerrilla movement, similar to the Tupamaros movement in
# Uruguay": a guerrilla movement -> ARMED_GROUP. Descriptor "movement" is outside the name.
g.actor("tupamaros", "Tupamaros", "ARMED_GROUP", mentions=g.mentions("Tupamaros"))
# The theorist, named only for his theory; a named person -> actor (possessive stem).
g.actor("regis_debray", "Régis Debray", "PERSON", mentions=g.mentions("Régis Debray"))
# Soltysik: full name 2x, nickname "Mizmoon" 2x (alias given in the text and in Little's quote),
# surname "Soltysik" 2x outside the full name.
soltysik = (g.mentions("Patricia Michelle Soltysik") + g.mentions("Mizmoon")
            + g.mentions("Soltysik", exclude=["Patricia Michelle Soltysik"]))
assert len(soltysik) == 6
g.actor("patricia_soltysik", "Patricia Michelle Soltysik", "PERSON",
        aliases=["Mizmoon", "Soltysik"], mentions=by_start(soltysik))
# DeFreeze: "Donald DeFreeze" 1x, "DeFreeze" 8x (one in the heading), the quoted alias
# "General Field Marshal Cinque" as one mention (the alias as written; its "Cinque" is not a
# second mention), and "took the name Cinque": the name he took is a name of his (alias), not
# a mention of the unnamed 1839 rebel leader, who gets no actor.
defreeze = (g.mentions("Donald DeFreeze")
            + g.mentions("DeFreeze", exclude=["Donald DeFreeze"])
            + [g.span("General Field Marshal Cinque"),
               g.span("Cinque", within="took the name Cinque")])
assert len(defreeze) == 11
g.actor("donald_defreeze", "Donald DeFreeze", "PERSON",
        aliases=["DeFreeze", "General Field Marshal Cinque", "Cinque"],
        mentions=by_start(defreeze))
# "the Public Disorder Intelligence Unit of the Los Angeles Police Department": two bodies of a
# state (police department and its unit) -> GOVERNMENT_BODY each; "Los Angeles" inside the
# department's name is not a place mention (CONVENTIONS 2).
g.actor("pdiu", "Public Disorder Intelligence Unit", "GOVERNMENT_BODY",
        mentions=g.mentions("Public Disorder Intelligence Unit"))
g.actor("lapd", "Los Angeles Police Department", "GOVERNMENT_BODY",
        mentions=g.mentions("Los Angeles Police Department"))
g.actor("willie_wolfe", "Willie Wolfe", "PERSON", mentions=g.mentions("Willie Wolfe"))
little = g.mentions("Russell Little") + g.mentions("Little", exclude=["Russell Little"])
assert len(little) == 6
g.actor("russell_little", "Russell Little", "PERSON", aliases=["Little"],
        mentions=by_start(little))
# "the plans for founding the "Symbionese Nation"": a named political entity the two planned
# to found (patient of the hypothetical FOUNDING). Not a state (no such country exists) and not
# an alias of the SLA (the text never equates them) -> POLITICAL_GROUP.
g.actor("symbionese_nation", "Symbionese Nation", "POLITICAL_GROUP",
        mentions=g.mentions("Symbionese Nation"))
# Foster: "Marcus Foster" 2x (heading + body), "Foster" 5x (one possessive "Foster's").
foster = g.mentions("Marcus Foster") + g.mentions("Foster", exclude=["Marcus Foster"])
assert len(foster) == 7
g.actor("marcus_foster", "Marcus Foster", "PERSON", aliases=["Foster"], mentions=by_start(foster))
blackburn = g.mentions("Robert Blackburn") + g.mentions("Blackburn", exclude=["Robert Blackburn"])
assert len(blackburn) == 2
g.actor("robert_blackburn", "Robert Blackburn", "PERSON", aliases=["Blackburn"],
        mentions=by_start(blackburn))
remiro = g.mentions("Joseph Remiro") + g.mentions("Remiro", exclude=["Joseph Remiro"])
assert len(remiro) == 4
g.actor("joseph_remiro", "Joseph Remiro", "PERSON", aliases=["Remiro"], mentions=by_start(remiro))
# A state appellate court -> GOVERNMENT_BODY; "California" inside its name is not a place mention.
g.actor("california_court_of_appeal", "California Court of Appeal", "GOVERNMENT_BODY",
        mentions=g.mentions("California Court of Appeal"))
g.actor("nancy_ling_perry", "Nancy Ling Perry", "PERSON", mentions=g.mentions("Nancy Ling Perry"))
# "the US Federal Bureau of Investigation (FBI)": "US" sits inside the body's name as written
# (like "U.S." in "U.S. State Department", CONVENTIONS 2), so it is not a STATE mention and no
# United States actor is made (the text names the US nowhere else). The mention is the name as
# written, "US Federal Bureau of Investigation"; the actor name is the body's proper name.
fbi = [g.span("US Federal Bureau of Investigation"), *g.mentions("FBI")]
assert len(fbi) == 3
g.actor("fbi", "Federal Bureau of Investigation", "GOVERNMENT_BODY",
        aliases=["US Federal Bureau of Investigation", "FBI"], mentions=by_start(fbi))
# Hearst: "Patricia Hearst" 2x (heading + body), "Patty" 1x, "Hearst" 2x ("kidnap Hearst", and
# "the Hearst–Steven Weed betrothal", which is her betrothal). "the Hearst family" names the
# family, not her: not her mention, and a family is no actor type -> skipped (4th "Hearst").
hearst_bare = g.mentions("Hearst", exclude=["Patricia Hearst"])
assert len(hearst_bare) == 3
assert g.text[hearst_bare[2]["start"]:hearst_bare[2]["start"] + 13] == "Hearst family"
hearst = g.mentions("Patricia Hearst") + hearst_bare[:2] + g.mentions("Patty")
assert len(hearst) == 5
g.actor("patricia_hearst", "Patricia Hearst", "PERSON", aliases=["Hearst", "Patty"],
        mentions=by_start(hearst))
# Newspaper -> RESEARCH_MEDIA (news media). Underscores (italics) are outside the span.
g.actor("san_francisco_chronicle", "San Francisco Chronicle", "RESEARCH_MEDIA",
        mentions=g.mentions("San Francisco Chronicle"))
g.actor("steven_weed", "Steven Weed", "PERSON", mentions=g.mentions("Steven Weed"))
# "a community coalition called the Western Addition Project Area Committee": a community group
# acting collectively -> POLITICAL_GROUP. "Western Addition" inside the name is no place mention.
g.actor("wapac", "Western Addition Project Area Committee", "POLITICAL_GROUP",
        mentions=g.mentions("Western Addition Project Area Committee"))
# Not actors: "some sources", "Documents", "the Hearst family", "school superintendent" (office),
# "an Oakland school board meeting" (lower-case body), "the crowds", "panicked workers",
# "a prostitute", "the leader of the slave rebellion", "Maoism" (an ideology).

# ---------------------------------------------------------------------------
# PLACES  (all in the United States except Uruguay and the ship)
# ---------------------------------------------------------------------------
# "Soledad prison" and "Soledad State Prison" are one facility (the prison DeFreeze escaped from
# is the one where the BCA was); "prison" in the first is part of the name as written.
g.place("soledad_prison", "Soledad State Prison", "OTHER", country="US",
        aliases=["Soledad prison"],
        mentions=by_start(g.mentions("Soledad prison") + g.mentions("Soledad State Prison")))
g.place("uruguay", "Uruguay", "COUNTRY", country="UY", mentions=g.mentions("Uruguay"))
# The slave ship _Amistad_: a named vessel, seized in the 1839 rebellion -> OTHER; it lay in no
# single country -> null. Underscores outside the span.
g.place("amistad", "Amistad", "OTHER", country=None, mentions=g.mentions("Amistad"))
g.place("california_medical_facility", "California Medical Facility", "OTHER", country="US",
        mentions=g.mentions("California Medical Facility"))
g.place("vacaville", "Vacaville", "CITY", country="US", mentions=g.mentions("Vacaville"))
# The US state as territory: REGION. Three bare mentions ("Vacaville, California", "Concord,
# California", "Oakland, California"); the other three are inside longer names.
california = g.mentions("California", exclude=["California Medical Facility",
                                               "California Court of Appeal",
                                               "University of California at Berkeley"])
assert len(california) == 3
g.place("california", "California", "REGION", country="US", mentions=california)
# "a commune known as Peking House": the house where the commune lived -> OTHER.
g.place("peking_house", "Peking House", "OTHER", country="US", mentions=g.mentions("Peking House"))
g.place("san_francisco_bay_area", "San Francisco Bay Area", "REGION", country="US",
        mentions=g.mentions("San Francisco Bay Area"))
g.place("concord", "Concord", "CITY", country="US", mentions=g.mentions("Concord"))
# Oakland 3x: the murder's city, and the city as jurisdiction in "an Oakland school board
# meeting" and "Oakland schools" (cf. "mayor of West Berlin" in the RAF gold).
oakland = g.mentions("Oakland")
assert len(oakland) == 3
g.place("oakland", "Oakland", "CITY", country="US", mentions=oakland)
g.place("monterey_county", "Monterey County", "REGION", country="US",
        mentions=g.mentions("Monterey County"))
g.place("san_quentin", "San Quentin State Prison", "OTHER", country="US",
        mentions=g.mentions("San Quentin State Prison"))
# "a sophomore at the University of California at Berkeley": the university neither acts nor is
# acted on; it is where she studied -> place OTHER (campus), not an actor. "Berkeley" inside its
# name is not a city mention.
g.place("uc_berkeley", "University of California at Berkeley", "OTHER", country="US",
        mentions=g.mentions("University of California at Berkeley"))
berkeley = g.mentions("Berkeley", exclude=["University of California at Berkeley"])
assert len(berkeley) == 1
g.place("berkeley", "Berkeley", "CITY", country="US", mentions=berkeley)
# "her Berkeley residence at Apartment 4, 2603 Benvenue Avenue": the named address of the
# building she was taken from -> OTHER; the street number belongs to the address, the flat
# number ("Apartment 4") is left out as a unit inside the building.
g.place("benvenue_avenue", "2603 Benvenue Avenue", "OTHER", country="US",
        mentions=g.mentions("2603 Benvenue Avenue"))
# Not places: "prison" (generic), "a boiler room", "one abandoned safe house", "the apartment",
# "one of the four distribution points", "16 locations across four counties", "his schools",
# "South-American" (adjective), "Los Angeles"/"San Francisco"/"Western Addition" (inside names).

# ---------------------------------------------------------------------------
# EVENTS
# ---------------------------------------------------------------------------
# e1 The SLA's formation, stated twice ("formed as a result of ..." and "formed after the
# escape ..."). One record, anchored at the second statement, which fixes its time. Date: after
# the escape, dated "March 5, 1973" in S_ESCAPE -> 1973-03-05 AFTER, no written expression in
# the evidence (span null; cf. e8 in wp-red-army-faction-2019). No founder is named: Venceremos
# and the BCA ran the programs it grew out of, they did not found it.
formed_1 = g.span("formed", within="The SLA formed as a result")
g.event("e1", "FOUNDING", trigger=g.span("formed", within="The SLA formed after"),
        evidence=S_FORMED_2, date=T(None, "1973-03-05", "day", "AFTER"),
        participants=[("patient", "sla")],
        restatements=[{"trigger": formed_1, "evidence": S_FORMED_1}])

# e2/e3 The 1839 Amistad revolt: a rebellion (uprising begins, REBELLION) that took over the ship
# (seizing a facility, TAKEOVER). Two types, two triggers, as cfr-aqim-2015 keeps a rebellion and
# the takeover it made apart. Rebels unnamed, no government named; the ship is the location.
amistad_date = T(g.span("1839"), "1839", "year")
g.event("e2", "REBELLION", trigger=g.span("slave rebellion"), evidence=S_AMISTAD,
        date=amistad_date, locations=["amistad"])
g.event("e3", "TAKEOVER", trigger=g.span("took over"), evidence=S_AMISTAD,
        date=amistad_date, locations=["amistad"])
# Not events: the escape (no type), "serving five years to life for robbing a prostitute" (a
# state; the robbery and the sentence are undated and have no named parties), the informant
# years (an activity over time, and only an accusation: claim c1).

# e4 The murder of Marcus Foster and wounding of Robert Blackburn: one act, one record.
# Restated in the heading, S_CYANIDE ("used to kill Foster"), "Foster's murder" and Little's
# quote. Agent SLA ("two members of the SLA"); Soltysik, Perry and DeFreeze are named as
# shooters only inside Little's claim (c4), so they are not participants (as claimed
# responsibility is not, in the RAF and ISIS-K golds). killed 1 (Foster), injured 1 ("badly
# wounded" Blackburn).
g.event("e4", "ATTACK", trigger=g.span("killed", within="members of the SLA killed"),
        evidence=S_FOSTER, date=T(g.span("November 6, 1973"), "1973-11-06", "day"),
        locations=["oakland", "california"],
        participants=[("agent", "sla"), ("patient", "marcus_foster"),
                      ("patient", "robert_blackburn")],
        killed=N(1), injured=N(1),
        restatements=[
            {"trigger": g.span("Murder", within="Murder of Marcus Foster"), "evidence": H_FOSTER},
            {"trigger": g.span("kill", within="used to kill Foster"), "evidence": S_CYANIDE},
            {"trigger": g.span("murder", within="Foster's murder"), "evidence": S_ARREST},
            {"trigger": g.span("killed", within="trigger that killed Foster"),
             "evidence": S_LITTLE},
        ])

# e5 The arrests of Remiro and Little: one act with two arrested (restated "the arrests of
# Remiro and Little" in S_PLANNING). "charged" (indictment) has no type of its own. Arresting
# body unnamed.
g.event("e5", "ARREST", trigger=g.span("arrested", within="were arrested and charged"),
        evidence=S_ARREST, date=T(g.span("January 10, 1974"), "1974-01-10", "day"),
        participants=[("patient", "joseph_remiro"), ("patient", "russell_little")],
        restatements=[{"trigger": g.span("arrests"), "evidence": S_PLANNING}])

# e6/e7 The verdict ("convicted of murder") and the sentence ("received sentences of life
# imprisonment") are two judicial acts -> two SENTENCING records. "Both men" = Remiro and Little,
# named in S_ARREST. Court unnamed. Undated: "initially" orders, it does not date (cf.
# "eventually" left null in the RAF gold).
g.event("e6", "SENTENCING", trigger=g.span("convicted", within="were convicted of murder"),
        evidence=S_ARREST,
        participants=[("patient", "joseph_remiro"), ("patient", "russell_little")])
g.event("e7", "SENTENCING", trigger=g.span("received sentences"), evidence=S_LIFE,
        participants=[("patient", "joseph_remiro"), ("patient", "russell_little")])

# e8 The appeal court overturns Little's conviction: an appellate ruling on a verdict ->
# SENTENCING, agent the court. The explicit "June 5, 1981" wins over "Seven years later"
# (which agrees: 1974 + 7).
g.event("e8", "SENTENCING", trigger=g.span("overturned"), evidence=S_APPEAL,
        date=T(g.span("June 5, 1981"), "1981-06-05", "day"),
        participants=[("agent", "california_court_of_appeal"), ("patient", "russell_little")])
# e9 The acquittal at the retrial (a verdict; the retrial is the same occurrence). "later" is
# resolved against the nearest preceding date, June 5, 1981 -> AFTER (cf. "subsequently" in the
# ISIS-K gold). Court unnamed; place Monterey County.
g.event("e9", "SENTENCING", trigger=g.span("acquitted"), evidence=S_APPEAL,
        date=T(g.span("later", within="he was later acquitted"), "1981-06-05", "day", "AFTER"),
        locations=["monterey_county"], participants=[("patient", "russell_little")])
# Not an event: "Remiro remains incarcerated in San Quentin State Prison serving his life
# sentence" (a continuing state, not a new detention).

# e10 The kidnapping of Patricia Hearst, anchored at the dated sentence. The same real event is
# stated in the heading, as the planned "kidnapping of an important figure" (S_PLANNING), as
# "an action was planned for the "full moon of January 17"" (claim c5), "The kidnapping
# occurred" and "The SLA had chosen to kidnap Hearst": one record (the plan was carried out, so
# no separate hypothetical record). Agent SLA from the immediately preceding sentence ("the SLA
# did not act until a month later") and S_CHOSEN. Locations: Berkeley and the address.
g.event("e10", "KIDNAPPING", trigger=g.span("kidnapped"), evidence=S_KIDNAP,
        date=T(g.span("February 4, 1974"), "1974-02-04", "day"),
        locations=["berkeley", "benvenue_avenue"],
        participants=[("agent", "sla"), ("patient", "patricia_hearst")],
        restatements=[
            {"trigger": g.span("Kidnapping", within="Kidnapping of Patricia Hearst"),
             "evidence": H_HEARST},
            {"trigger": g.span("kidnapping", within="the kidnapping of an important figure"),
             "evidence": S_PLANNING},
            {"trigger": g.span("kidnapping", within="The kidnapping occurred"),
             "evidence": S_CHRONICLE},
            {"trigger": g.span("kidnap", within="chosen to kidnap Hearst"), "evidence": S_CHOSEN},
        ])

# e11 The ransom food distribution: aid to the public that the SLA demanded (requester). One
# program ("the operation", "the food distribution"), halted and then continued; anchored at
# its fullest statement (amount, places, dates). Provider (the Hearst family) and recipients
# (crowds) are not named as actors; WAPAC was only demanded to be put in charge, so it gets no
# role. Date: "between February 26 and the end of March", year from the narrative (1974).
g.event("e11", "ASSISTANCE", trigger=g.span("handed out"), evidence=S_WAPAC,
        date=T(g.span("February 26 and the end of March"), "1974-02-26/1974-03", "interval"),
        participants=[("requester", "sla")],
        restatements=[
            {"trigger": g.span("demanded a ransom"), "evidence": S_RANSOM},
            {"trigger": g.span("distributed", within="free food was distributed"),
             "evidence": S_FREE_FOOD},
        ])
# Not events: the ultimatum and the demands (no type; RAF gold treats demands alike), the
# offered release of Patty and the exchange (no type), the violence at a distribution point
# and the injuries from thrown boxes (a crowd accident, no perpetrator: not an ATTACK), the FBI
# finding documents, "The FBI did not take any precautions", the betrothal.

# e12 "began to outline the plans for founding the "Symbionese Nation"": a plan -> hypothetical
# FOUNDING; founders DeFreeze and Soltysik, new group the Symbionese Nation. Undated.
g.event("e12", "FOUNDING", trigger=g.span("founding"), evidence=S_NATION,
        participants=[("agent", "donald_defreeze"), ("agent", "patricia_soltysik"),
                      ("patient", "symbionese_nation")],
        modality="hypothetical")

# ---------------------------------------------------------------------------
# CLAIMS
# ---------------------------------------------------------------------------
# c1 "DeFreeze has been accused by some sources of being an informant ...": unnamed source,
# cue "accused"; hedged, since the text presents it only as an accusation by some sources.
g.claim("c1", source=None, source_text="some sources", cue=g.span("accused"),
        content=g.span("being an informant from 1967 to 1969 for the Public Disorder "
                       "Intelligence Unit of the Los Angeles Police Department"),
        kind="indirect", hedged=True, about=["donald_defreeze", "pdiu"])
# c2/c3 The SLA's condemnation and its label, one claim per reporting verb (ISIS-K precedent).
# c2 is hedged: the text answers it with "In fact, Foster had opposed the use of
# identification cards in his schools". c3 is the quoted word alone -> direct.
g.claim("c2", source="sla", source_text="SLA", cue=g.span("condemned"),
        content=g.span("Foster for his plan to introduce identification cards into Oakland "
                       "schools"),
        kind="indirect", hedged=True, about=["marcus_foster"])
g.claim("c3", source="sla", source_text="SLA", cue=g.span("calling"),
        content=g.span("fascist"), kind="direct", about=["marcus_foster"])
# c4 Little's account: one quotation, one cue -> one direct claim; content = the words inside
# the quotation marks. About the three people it names as shooters.
g.claim("c4", source="russell_little", source_text="Little", cue=g.span("stated"),
        content=g.span("Who actually pulled the trigger that killed Foster was Mizmoon "
                       "(Soltysik). Nancy Ling Perry was supposed to shoot Blackburn, she kind "
                       "of botched that and DeFreeze ended up shooting him with a shotgun.",
                       word=False),
        kind="direct", about=["patricia_soltysik", "nancy_ling_perry", "donald_defreeze"])
# c5 "Documents ... revealed that an action was planned for the "full moon of January 17"":
# the documents are an unnamed source (whose they were is not said), cue "revealed", part
# quoted -> mixed. About the SLA, whose action it was (next sentence).
g.claim("c5", source=None,
        source_text="Documents found by the US Federal Bureau of Investigation (FBI) at one "
                    "abandoned safe house",
        cue=g.span("revealed"),
        content=g.span('an action was planned for the "full moon of January 17"', word=False),
        kind="mixed", about=["sla"])
# c6 The Chronicle story "announcing the Hearst–Steven Weed betrothal": a named medium's report,
# nominal content (cf. "revealed ... the arrest of ..." in the ISIS-K gold), dated November 1973.
g.claim("c6", source="san_francisco_chronicle", source_text="San Francisco Chronicle",
        cue=g.span("announcing"), content=g.span("the Hearst–Steven Weed betrothal"),
        kind="indirect", date=T(g.span("November 1973"), "1973-11", "month"),
        about=["patricia_hearst", "steven_weed"])
# Not claims: "issued an ultimatum", "demanded" (3x), "the demand was for $4 million" (demands,
# not assertions); "concerned with the potential for exposure" (a motive); "In fact, Foster had
# opposed ..." and "The SLA had chosen to kidnap Hearst to ..." (author's voice).

# ---------------------------------------------------------------------------
# RELATIONS
# ---------------------------------------------------------------------------
# "Venceremos associates and future SLA members Willie Wolfe and Russell Little": associates of
# the organisation -> MEMBER_OF (as "affiliates of the group" in the RAF gold); "future SLA
# members" states later membership of the SLA.
for person in ("willie_wolfe", "russell_little"):
    g.relation(person, "MEMBER_OF", "venceremos", evidence=S_WOLFE)
    g.relation(person, "MEMBER_OF", "sla", evidence=S_WOLFE)
# "In response to the arrests of Remiro and Little, the SLA began planning ... the release of
# their imprisoned members": Remiro is one of the SLA's imprisoned members.
g.relation("joseph_remiro", "MEMBER_OF", "sla", evidence=S_PLANNING)
# "DeFreeze had been active in the Black Cultural Association": active in = member of.
g.relation("donald_defreeze", "MEMBER_OF", "black_cultural_association", evidence=S_BCA)
# "the Public Disorder Intelligence Unit of the Los Angeles Police Department".
g.relation("pdiu", "PART_OF", "lapd", evidence=S_INFORMANT)
# "the Tupamaros movement in Uruguay".
g.relation("tupamaros", "OPERATES_IN", "uruguay", evidence=S_TUPAMAROS)
# "a group known as the Black Cultural Association in Soledad prison"; "active in the Black
# Cultural Association while at the California Medical Facility" (the BCA existed there).
g.relation("black_cultural_association", "OPERATES_IN", "soledad_prison", evidence=S_FORMED_1)
g.relation("black_cultural_association", "OPERATES_IN", "california_medical_facility",
           evidence=S_BCA)
# The SLA's own act in its own sentence: the Oakland killing ("in Oakland, California, two
# members of the SLA killed"). Berkeley is not added: the kidnapping sentence does not name the
# SLA (cf. the dropped DRIL relation in wp-eta-2019).
g.relation("sla", "OPERATES_IN", "oakland", evidence=S_FOSTER)
g.relation("sla", "OPERATES_IN", "california", evidence=S_FOSTER)
# Not relations: SLA ENEMY_OF Foster (persons attacked are left to the events, RAF gold);
# DeFreeze as informant for the PDIU (no type, and an accusation); DeFreeze/Soltysik FOUNDER_OF
# (only plans); Soltysik/Perry/DeFreeze MEMBER_OF SLA (only implied by Little's account);
# Hearst-Weed betrothal (no type); FBI PART_OF a US actor (none).

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
print(f"  event participants: {sum(len(e['participants']) for e in brief['events'])}")
show("claim kinds", Counter(c["kind"] for c in brief["claims"]))
show("claim sources", Counter("named" if c["source"] else "unnamed" for c in brief["claims"]))
print(f"  claims hedged: {sum(c['hedged'] for c in brief['claims'])}")
show("relation types", Counter(r["type"] for r in brief["relations"]))
