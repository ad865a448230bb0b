"""Gold brief for wp-provisional-ira-2019 (Wikipedia: origins of the Provisional IRA, 1969-1971).

Run from /work/main:  .venv/bin/python gold/build/wp-provisional-ira-2019.py
Writes gold/wp-provisional-ira-2019.jsonl and prints counts per layer and per type.
Every judgement call below is repeated, with the sentence quoted, in
gold/notes/wp-provisional-ira-2019.md.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from annot import GoldDoc  # noqa: E402

g = GoldDoc("wp-provisional-ira-2019")
g.title = None            # the passage has no title line
g.document_date = None    # the text states no date of its own

span, sent, T = g.span, g.sentence, g.time


# =====================================================================
# Evidence sentences (verbatim, citation markers excluded; each asserted unique)
# =====================================================================
S_BOGSIDE = sent(
    "In August 1969, a confrontation between Catholic residents of the Bogside and the Royal "
    "Ulster Constabulary (RUC) in Derry following an Apprentice Boys of Derry march led to a large "
    "communal riot now referred to as the Battle of the Bogside – three days of fighting between "
    "rioters throwing stones and petrol bombs on one side, and police who saturated the area with "
    "CS gas and other unionists on the other.")
S_RIOTS = sent(
    "Protests organised by the Northern Ireland Civil Rights Association in support of the Bogsiders "
    "were held elsewhere in the region, sparking retaliation by Protestant mobs; the subsequent "
    "burning, damage to property and intimidation, largely against the minority community, forced "
    "1,800 people (mostly Catholics) from their homes in Belfast in what became known as the Northern "
    "Ireland riots of August 1969, with over 200 Catholic homes being destroyed or requiring major repairs.")
S_ARMED = sent(
    "The Irish Republican Army had been poorly armed and its defence of Catholic-majority areas from "
    "Ulster loyalists, which had been considered one of its traditional roles since the 1920s, was "
    "seen by many as inadequate.")
S_VETERAN = sent(
    "Veteran republicans were critical of the IRA's Dublin leadership which, for political reasons, "
    "had refused to prepare for aggressive action in advance of the violence.")
S_24AUG = sent(
    "On 24 August Joe Cahill, Seamus Twomey, Dáithí Ó Conaill, Billy McKee and several other future "
    "Provisional leaders came together in Belfast intending to remove the Belfast leadership and turn "
    "back to traditional militant republicanism.")
S_MCMILLEN = sent(
    "Although the pro-Goulding commander Billy McMillen stayed in command, he was told it was only for "
    "three months and he was not to have any communication with the IRA's Dublin based leadership.")
S_FORMED = sent(
    "Traditional republicans formed the \"Provisional\" Army Council in December 1969, after an IRA "
    "convention was held at Knockvicar House in Boyle, County Roscommon.")
S_ISSUES = sent(
    "The two main issues were the acceptance of the \"National Liberation Strategy\" and a motion to end "
    "abstentionism and to recognise the British, Irish and Northern Ireland parliaments.")
S_ANNOUNCED = sent(
    "Opponents of this change argued strongly against the ending of abstentionism, and when the vote "
    "took place, Seán Mac Stíofáin, present as IRA Director of Intelligence, announced that he no "
    "longer considered that the IRA leadership represented republican goals.")
S_NOWALKOUT = sent("However, there was no walkout.")
S_EXECUTIVE = sent(
    "Those opposed, who included Mac Stíofáin and Ruairí Ó Brádaigh, refused to go forward for "
    "election to the new IRA Executive.")
S_BELFAST_IRA = sent(
    "While others canvassed support throughout Ireland, Mac Stíofáin was a key person making a "
    "connection with the Belfast IRA under Billy McKee and Joe Cahill, who had refused to take orders "
    "from the IRA's Dublin leadership since September 1969, in protest at their failure to defend "
    "Catholic areas in August.")
S_NINE = sent(
    "Nine out of thirteen IRA units in Belfast sided with the Provisionals in December 1969, roughly "
    "120 activists and 500 supporters.")
S_COUNCIL = sent(
    "The first \"Provisional\" Army Council was composed of Seán Mac Stíofáin, Ruairí Ó Brádaigh, "
    "Paddy Mulcahy, Sean Tracey, Leo Martin, and Joe Cahill.")
S_ISSUED = sent("They issued their first public statement on 28 December 1969, stating:")
S_QUOTE = sent(
    "We declare our allegiance to the 32 county Irish republic, proclaimed at Easter 1916, established "
    "by the first Dáil Éireann in 1919, overthrown by forces of arms in 1922 and suppressed to this day "
    "by the existing British-imposed six-county and twenty-six-county partition states.")
S_PSEUDONYM = sent(
    "The Provisional IRA issued all its public statements under the pseudonym \"P. O'Neill\" of the "
    "\"Irish Republican Publicity Bureau, Dublin\".")
S_OBRADAIGH = sent(
    "According to Ruairí Ó Brádaigh, it was Seán Mac Stiofáin, as chief of staff of the IRA, who "
    "invented the name.")
S_USAGE = sent(
    "However, under his usage, the name was written and pronounced according to Irish orthography and "
    "pronunciation as \"P. Ó Néill\".")
S_MORRISON = sent("According to Danny Morrison, the pseudonym \"S. O'Neill\" was used during the 1940s.")
S_SF_SPLIT = sent(
    "The Sinn Féin party split along the same lines on 11 January 1970, when a third of the delegates "
    "walked out of the Ard Fheis in protest at the party leadership's attempt to force through the "
    "ending of abstentionism, despite its failure to achieve a two-thirds majority vote of delegates "
    "required to change the policy.")
S_SUSPICIOUS = sent(
    "Despite the declared support of that faction of Sinn Féin, the early Provisional IRA was "
    "extremely suspicious of political activity, arguing rather for the primacy of armed struggle.")
S_ARMS = sent(
    "What would become the Provisional IRA received arms and funding from the Fianna Fáil-led Irish "
    "government in 1969, resulting in the 1970 Arms Crisis in which criminal charges were pursued "
    "against two former government ministers and others.")
S_DONATED = sent(
    "Roughly £100,000 was donated by the Irish government to \"Defence Committees\" in Catholic areas "
    "and, according to historian Richard English, \"there is now no doubt that some money did go from "
    "the Dublin government to the proto-Provisionals\".")
S_PRINCIPLES = sent(
    "The Provisionals maintained the principles of the pre-1969 IRA; they considered both British rule "
    "in Northern Ireland and the government of the Republic of Ireland to be illegitimate, insisting "
    "that the Provisional IRA's Army Council was the only valid government, as head of an all-island "
    "Irish Republic.")
S_SECOND_DAIL = sent(
    "This belief was based on a series of perceived political inheritances which constructed a legal "
    "continuity from the Second Dáil (see also Irish republican legitimatism).")
S_1971 = sent(
    "By 1971, the Provisionals had inherited most of the existing IRA organisation in the north, as "
    "well as the more militant IRA members in the rest of Ireland.")
S_RECRUITED = sent(
    "In addition, they recruited many young nationalists from the north, who had not been involved in "
    "the IRA before but had been radicalised by the violence that broke out in 1969.")
S_PHOENIX = sent("The Provisional IRA adopted the phoenix as symbol of the Irish republican rebirth in 1969.")
S_SLOGAN = sent("One of its slogans was \"out of the ashes rose the Provisionals\".")


# =====================================================================
# ACTORS
# =====================================================================

# --- Organisations ----------------------------------------------------
# The original (pre-split) IRA. Every bare "IRA" is its mention EXCEPT: inside
# "Provisional IRA", "Belfast IRA", "IRA Executive" (names inside longer names,
# CONVENTIONS 2), and "chief of staff of the IRA", which in context (Mac Stiofáin,
# the Provisionals' pseudonym) means the Provisional IRA and is given to it.
# "S. O'Neill" (the 1940s pseudonym, in Morrison's claim) is taken as the old
# IRA's pseudonym, by parallel with "P. O'Neill" for the Provisional IRA.
IRA_CHIEF = span("IRA", within="chief of staff of the IRA")
ira_mentions = g.mentions(
    "Irish Republican Army", "IRA",
    exclude=["Provisional IRA", "Belfast IRA", "IRA Executive", "chief of staff of the IRA"])
ira_mentions.append(span("S. O'Neill"))
ira_mentions.sort(key=lambda s: s["start"])
assert len(ira_mentions) == 13, len(ira_mentions)  # 1 full name + 11 "IRA" + "S. O'Neill"
g.actor("ira", "Irish Republican Army", "ARMED_GROUP",
        aliases=["IRA", "S. O'Neill"], mentions=ira_mentions)

# Provisional IRA. Aliases: "Provisionals", the attributive "Provisional" in
# "future Provisional leaders", "Provisionals" in "proto-Provisionals" (English's
# quote; v1.2 pass: the name without the prefix, as "Goulding" in "pro-Goulding"
# and "Pakistan" in "Pakistan-based"), the pseudonym "P. O'Neill" and its Irish
# spelling "P. Ó Néill" (the text says the group issued its statements under it:
# an organisational pseudonym, not a person), and "IRA" in "chief of staff of the IRA".
# The "Provisional" inside '"Provisional" Army Council' belongs to that council's name.
pira_mentions = (
    g.mentions("Provisional IRA", "Provisionals")
    + [span("Provisional", within="future Provisional leaders"),
       span("Provisionals", within="proto-Provisionals"),
       span("P. O'Neill"),
       span("P. Ó Néill"),
       IRA_CHIEF])
pira_mentions.sort(key=lambda s: s["start"])
assert len(pira_mentions) == 14, len(pira_mentions)  # 5 "Provisional IRA" + 4 "Provisionals" + 5 others
g.actor("provisional_ira", "Provisional IRA", "ARMED_GROUP",
        aliases=["Provisionals", "Provisional", "P. O'Neill", "P. Ó Néill", "IRA"],
        mentions=pira_mentions)

# The "Provisional" Army Council: a separate actor (the group's leadership body,
# founded in December 1969, has its own members and issues the 28 December
# statement), PART_OF the Provisional IRA. Mention extent keeps the scare quotes
# so the span is balanced; "Army Council" in "Provisional IRA's Army Council" is
# its third mention (the "Provisional IRA" before it is the PIRA's mention).
pac_mentions = [
    span('"Provisional" Army Council', nth=1, word=False),
    span('"Provisional" Army Council', nth=2, word=False),
    span("Army Council", within="Provisional IRA's Army Council"),
]
g.actor("provisional_army_council", "Provisional Army Council", "ARMED_GROUP",
        aliases=['"Provisional" Army Council', "Army Council", "Provisional IRA's Army Council"],
        mentions=pac_mentions)

# The Belfast IRA (a brigade; ARMED_GROUP per ANNOTATION "groups and their brigades").
g.actor("belfast_ira", "Belfast IRA", "ARMED_GROUP", mentions=[span("Belfast IRA")])

# "the new IRA Executive": the IRA's executive body elected at the convention.
g.actor("ira_executive", "IRA Executive", "ARMED_GROUP", mentions=[span("IRA Executive")])

# "Irish Republican Publicity Bureau": the Provisionals' publicity office, named as
# the issuer of their statements. v1.2 pass (CONVENTIONS 13): the named media or
# publicity arm of a group is RESEARCH_MEDIA, tied to its group by PART_OF (as Amaq,
# ISKP's "media wing", in wp-isis-k-2019). ", Dublin" is its address, not part of
# the name (Dublin is a place mention there).
g.actor("irpb", "Irish Republican Publicity Bureau", "RESEARCH_MEDIA",
        mentions=[span("Irish Republican Publicity Bureau")])

g.actor("ruc", "Royal Ulster Constabulary", "GOVERNMENT_BODY", aliases=["RUC"],
        mentions=g.mentions("Royal Ulster Constabulary", "RUC"))

# Protestant loyal order that marched; "Derry" inside its name is no place mention.
g.actor("apprentice_boys", "Apprentice Boys of Derry", "POLITICAL_GROUP",
        mentions=[span("Apprentice Boys of Derry")])

g.actor("nicra", "Northern Ireland Civil Rights Association", "POLITICAL_GROUP",
        mentions=[span("Northern Ireland Civil Rights Association")])

g.actor("sinn_fein", "Sinn Féin", "POLITICAL_GROUP", mentions=g.mentions("Sinn Féin"))

# Attributive in "Fianna Fáil-led Irish government"; the party names the government's leader.
g.actor("fianna_fail", "Fianna Fáil", "POLITICAL_GROUP", mentions=[span("Fianna Fáil")])

# "Defence Committees" in Catholic areas: communal self-defence bodies acting
# collectively, recipients of the government's money -> POLITICAL_GROUP.
g.actor("defence_committees", "Defence Committees", "POLITICAL_GROUP",
        mentions=[span("Defence Committees")])

# --- States and state bodies ---------------------------------------------
# The Irish state (CONVENTIONS 3: "the government of the Republic of Ireland" is
# governed -> STATE). "the Dublin government" uses the capital for the government
# (ANNOTATION: "Algiers" when it means the government) -> STATE mention.
# "the Irish government" (x2) is a demonym phrase standing for the state (ANNOTATION
# v1.2, CONVENTIONS 4): not a mention, but the brief holds the state as this STATE
# actor (named elsewhere), so it is the agent of both ASSISTANCE events.
g.actor("republic_of_ireland", "Republic of Ireland", "STATE",
        mentions=[span("Dublin", within="the Dublin government"), span("Republic of Ireland")])

# The 32-county Irish Republic of republican doctrine (proclaimed 1916, established
# 1919): a state as political actor in the Army Council's statement and in the
# Provisionals' claim. Lower-case "Irish republic" in the quotation is the same name.
g.actor("irish_republic", "Irish Republic", "STATE", aliases=["Irish republic"],
        mentions=g.mentions("Irish republic", "Irish Republic"))

# The first and the Second Dáil are two assemblies, two actors. Ordinal kept in
# both mentions ("first" is lower-case in the text but part of the reference).
g.actor("first_dail", "first Dáil Éireann", "GOVERNMENT_BODY", aliases=["Dáil Éireann"],
        mentions=[span("first Dáil Éireann")])
g.actor("second_dail", "Second Dáil", "GOVERNMENT_BODY", mentions=[span("Second Dáil")])

# --- Communal and political groups ------------------------------------------
# Capitalised communal names used attributively are mentions (CONVENTIONS 4):
# "Catholic residents", "Catholics", "Catholic homes", "Catholic-majority areas",
# "Catholic areas" (x2). "the minority community" is a description, not a mention.
cath = g.mentions("Catholic", "Catholics")
assert len(cath) == 6, len(cath)
g.actor("catholics", "Catholics", "POLITICAL_GROUP", aliases=["Catholic"], mentions=cath)
g.actor("protestants", "Protestant", "POLITICAL_GROUP", mentions=[span("Protestant")])
# "Ulster loyalists": a named political community (proper-name element "Ulster").
# Lower-case common nouns "unionists", "republicans", "nationalists", "rioters",
# "police", "delegates" are descriptions, not actors (see notes).
g.actor("ulster_loyalists", "Ulster loyalists", "POLITICAL_GROUP", mentions=[span("Ulster loyalists")])

# --- Persons ------------------------------------------------------------------
g.actor("joe_cahill", "Joe Cahill", "PERSON", mentions=g.mentions("Joe Cahill"))
g.actor("seamus_twomey", "Seamus Twomey", "PERSON", mentions=[span("Seamus Twomey")])
g.actor("daithi_o_conaill", "Dáithí Ó Conaill", "PERSON", mentions=[span("Dáithí Ó Conaill")])
g.actor("billy_mckee", "Billy McKee", "PERSON", mentions=g.mentions("Billy McKee"))
g.actor("billy_mcmillen", "Billy McMillen", "PERSON", mentions=[span("Billy McMillen")])
# Surname only, attributive in "pro-Goulding" (the helper's whole-word search
# ignores words after a hyphen, hence `within`). No first name is in the text.
g.actor("goulding", "Goulding", "PERSON", mentions=[span("Goulding", within="pro-Goulding")])
# Mac Stíofáin: full name x2, surname x2, and the variant spelling "Seán Mac
# Stiofáin" (no accent on the first i) -- same person.
mac = (g.mentions("Seán Mac Stíofáin", "Seán Mac Stiofáin")
       + g.mentions("Mac Stíofáin", exclude=["Seán Mac Stíofáin"]))  # surname-only uses
mac.sort(key=lambda s: s["start"])
assert len(mac) == 5, len(mac)
g.actor("mac_stiofain", "Seán Mac Stíofáin", "PERSON",
        aliases=["Mac Stíofáin", "Seán Mac Stiofáin"], mentions=mac)
g.actor("o_bradaigh", "Ruairí Ó Brádaigh", "PERSON", mentions=g.mentions("Ruairí Ó Brádaigh"))
g.actor("paddy_mulcahy", "Paddy Mulcahy", "PERSON", mentions=[span("Paddy Mulcahy")])
g.actor("sean_tracey", "Sean Tracey", "PERSON", mentions=[span("Sean Tracey")])
g.actor("leo_martin", "Leo Martin", "PERSON", mentions=[span("Leo Martin")])
g.actor("danny_morrison", "Danny Morrison", "PERSON", mentions=[span("Danny Morrison")])
g.actor("richard_english", "Richard English", "PERSON", mentions=[span("Richard English")])


# =====================================================================
# PLACES
# =====================================================================
# The Bogside: a district of Derry -> sub-national REGION. "Bogside" inside the
# event name "Battle of the Bogside" is not a place mention; "Bogsiders" is a
# demonym (not matched: whole-word search).
g.place("bogside", "Bogside", "REGION", country="GB",
        mentions=g.mentions("Bogside", exclude=["Battle of the Bogside"]))
g.place("derry", "Derry", "CITY", country="GB",
        mentions=g.mentions("Derry", exclude=["Apprentice Boys of Derry"]))
# Belfast: "homes in Belfast", "came together in Belfast", "the Belfast leadership",
# "IRA units in Belfast"; not inside "Belfast IRA".
bel = g.mentions("Belfast", exclude=["Belfast IRA"])
assert len(bel) == 4, len(bel)
g.place("belfast", "Belfast", "CITY", country="GB", mentions=bel)
# Northern Ireland: sub-national part of the UK -> REGION, GB. Not a mention inside
# the proper name "Northern Ireland Civil Rights Association". Counted: "the British,
# Irish and Northern Ireland parliaments" (territory named attributively; the
# parliaments are not annotated), "British rule in Northern Ireland" and, since the
# v1.2 pass, "the Northern Ireland riots": a name used attributively before a
# lower-case noun is a mention (CONVENTIONS 2, like "Libya air campaign", "Charlie
# Hebdo massacre" in cfr-aqim-2015); only a capitalised proper name ("Battle of the
# Bogside") hides the names inside it.
ni = g.mentions("Northern Ireland", exclude=["Northern Ireland Civil Rights Association"])
assert len(ni) == 3, len(ni)
g.place("northern_ireland", "Northern Ireland", "REGION", country="GB", mentions=ni)
# Dublin as a place: the IRA leadership's seat (x3) and the Bureau's address.
# Not "the Dublin government" (STATE mention, above).
dub = g.mentions("Dublin", exclude=["the Dublin government"])
assert len(dub) == 4, len(dub)
g.place("dublin", "Dublin", "CITY", country="IE", mentions=dub)
g.place("knockvicar_house", "Knockvicar House", "OTHER", country="IE", mentions=[span("Knockvicar House")])
g.place("boyle", "Boyle", "CITY", country="IE", mentions=[span("Boyle")])
g.place("county_roscommon", "County Roscommon", "REGION", country="IE", mentions=[span("County Roscommon")])
# "Ireland" alone = the island ("throughout Ireland", "the rest of Ireland"): it
# spans IE and GB -> REGION, country null. Not inside "Northern Ireland" or
# "Republic of Ireland".
isl = g.mentions("Ireland", exclude=["Northern Ireland", "Republic of Ireland"])
assert len(isl) == 2, len(isl)
g.place("ireland", "Ireland", "REGION", country=None, mentions=isl)
# "the north" (x2), opposed to "the rest of Ireland": Northern Ireland in republican
# usage. A lower-case geographic name like "northern Mali" -> its own REGION place,
# country GB.
north = g.mentions("north")
assert len(north) == 2, len(north)
g.place("the_north", "north", "REGION", country="GB", mentions=north)


# =====================================================================
# EVENTS
# =====================================================================
# e1 Battle of the Bogside. No RIOT type: a three-day fight between two sides with
# no change of control -> MILITARY_OPERATION. The initial "confrontation" is the
# same real event (it "led to" the riot in the same sentence), so one record; the
# trigger is the event's name. Both sides of the confrontation are agents (the text
# presents it symmetrically: "a confrontation between X and Y"). The Apprentice
# Boys' march is no table type and not an event.
g.event("e1", "MILITARY_OPERATION",
        trigger=span("Battle of the Bogside"), evidence=S_BOGSIDE,
        date=T(span("August 1969", nth=1), "1969-08", "month"),
        locations=["bogside", "derry"],
        participants=[("agent", "catholics"), ("agent", "ruc")])

# e2 Northern Ireland riots of August 1969 in Belfast: retaliation, burning and
# intimidation by Protestant mobs "largely against the minority community" (Catholics,
# named in the sentence: "mostly Catholics", "Catholic homes") -> ATTACK.
# "A number of people were killed" gives no number -> casualties null. "some by the
# police" is not attributed to the RUC by name, so the RUC is not added.
# The protests organised by NICRA have no table type.
# v1.2 pass: trigger is the head noun "riots" ("Northern Ireland" is a place mention,
# see PLACES), and Northern Ireland joins Belfast as location. "A number of people were
# killed on both sides" restates the event.
g.event("e2", "ATTACK",
        trigger=span("riots", within="Northern Ireland riots"), evidence=S_RIOTS,
        date=T(span("August 1969", nth=2), "1969-08", "month"),
        locations=["belfast", "northern_ireland"],
        participants=[("agent", "protestants"), ("patient", "catholics")],
        restatements=[span("killed", within="A number of people were killed")])

# e3 McMillen "stayed in command" (LEADERSHIP: holds command). The group is the
# Belfast IRA whose "Belfast leadership" the preceding sentence names. Dated by the
# preceding sentence's "On 24 August", which follows "August 1969" -> 1969-08-24.
# The 24 August meeting itself ("came together ... intending to remove the Belfast
# leadership") is no table type and is not an event.
g.event("e3", "LEADERSHIP",
        trigger=span("stayed in command"), evidence=S_MCMILLEN,
        date=T(span("24 August"), "1969-08-24", "day"),
        locations=["belfast"],
        participants=[("agent", "billy_mcmillen"), ("patient", "belfast_ira")])

# e4 The FOUNDING of the Provisional Army Council. Founders "Traditional
# republicans" are no actor. The convention location belongs to the convention, not
# to the formation, so no location.
g.event("e4", "FOUNDING",
        trigger=span("formed"), evidence=S_FORMED,
        date=T(span("December 1969", nth=1), "1969-12", "month"),
        participants=[("patient", "provisional_army_council")])

# Convention-related dating: "formed ... in December 1969, after an IRA convention"
# orders the convention before the dated formation; no own expression -> value
# 1969-12, modifier BEFORE, span null (CONVENTIONS 6, v1.2 pass).
CONV_DATE = T(None, "1969-12", "month", "BEFORE")
CONV_LOCS = ["knockvicar_house", "boyle", "county_roscommon"]

# e5 "there was no walkout": an explicitly denied breakaway -> SPLIT, negated.
# Agent: Mac Stíofáin, the opponent named in the immediately preceding sentence;
# patient: the IRA (the group not left).
g.event("e5", "SPLIT",
        trigger=span("walkout"), evidence=S_NOWALKOUT,
        date=CONV_DATE, locations=CONV_LOCS,
        participants=[("agent", "mac_stiofain"), ("patient", "ira")],
        modality="negated")

# e6 The election of the new IRA Executive at the convention (an election of
# office-holders, presupposed as held). Organiser: the IRA. The motion votes
# ("passed unanimously", "28 votes to 12", "when the vote took place") are policy
# votes of delegates, neither elections nor referendums: not events.
g.event("e6", "ELECTION",
        trigger=span("election", within="election to the new IRA Executive"), evidence=S_EXECUTIVE,
        date=CONV_DATE, locations=CONV_LOCS,
        participants=[("agent", "ira")])

# e7 The split from the Dublin leadership: the Belfast IRA under McKee and Cahill
# "had refused to take orders from the IRA's Dublin leadership since September
# 1969" -> SPLIT (faction breaks away from the group's command). "since" ->
# ON_OR_AFTER (ANNOTATION TimeValue). No location is stated for the refusal.
g.event("e7", "SPLIT",
        trigger=span("refused to take orders"), evidence=S_BELFAST_IRA,
        date=T(span("September 1969"), "1969-09", "month", "ON_OR_AFTER"),
        participants=[("agent", "belfast_ira"), ("agent", "billy_mckee"), ("agent", "joe_cahill"),
                      ("patient", "ira")])

# e8 "Nine out of thirteen IRA units in Belfast sided with the Provisionals in
# December 1969" -> SPLIT: units of the Belfast IRA (named in the immediately
# preceding sentence) leave the IRA; result the Provisional IRA.
# "roughly 120 activists and 500 supporters" are strengths, not casualties.
g.event("e8", "SPLIT",
        trigger=span("sided with"), evidence=S_NINE,
        date=T(span("December 1969", nth=2), "1969-12", "month"),
        locations=["belfast"],
        participants=[("agent", "belfast_ira"), ("patient", "ira"), ("result", "provisional_ira")])

# e9 Sinn Féin split, 11 January 1970. Those who left ("a third of the delegates",
# "that faction of Sinn Féin") are unnamed -> no agent / result. The walkout from
# the Ard Fheis is the same event (one record). The Ard Fheis (party conference) is
# a meeting, not a place.
g.event("e9", "SPLIT",
        trigger=span("split", within="The Sinn Féin party split"), evidence=S_SF_SPLIT,
        date=T(span("11 January 1970"), "1970-01-11", "day"),
        participants=[("patient", "sinn_fein")])

# e10 Arms and funding from the Irish government to the proto-Provisionals, 1969
# -> ASSISTANCE. English's quoted claim restates the same transfer (no second event).
# The 1970 Arms Crisis (criminal charges pursued) is no table type (not an arrest,
# not a verdict): not an event.
g.event("e10", "ASSISTANCE",
        trigger=span("received arms and funding"), evidence=S_ARMS,
        date=T(span("1969", within="Irish government in 1969"), "1969", "year"),
        participants=[("agent", "republic_of_ireland"), ("patient", "provisional_ira")],
        restatements=[span("money did go")])

# e11 £100,000 donated by the Irish government to the Defence Committees: a
# different transfer (other recipient). No date expression in or for the clause
# -> date null.
g.event("e11", "ASSISTANCE",
        trigger=span("donated"), evidence=S_DONATED,
        participants=[("agent", "republic_of_ireland"), ("patient", "defence_committees")])

# e12-e14 Events inside the Army Council's quoted statement (reported as having
# happened): the Irish Republic "proclaimed at Easter 1916" (FOUNDING; Easter
# Sunday 1916 = 23 April), "established by the first Dáil Éireann in 1919"
# (FOUNDING, founder the first Dáil), "overthrown by forces of arms in 1922" (COUP:
# forcible overthrow of a government; the overthrowers are unnamed).
# "suppressed to this day ..." is a continuing state, not an event.
g.event("e12", "FOUNDING",
        trigger=span("proclaimed"), evidence=S_QUOTE,
        date=T(span("Easter 1916"), "1916-04-23", "day"),
        participants=[("patient", "irish_republic")])
g.event("e13", "FOUNDING",
        trigger=span("established"), evidence=S_QUOTE,
        date=T(span("1919"), "1919", "year"),
        participants=[("agent", "first_dail"), ("patient", "irish_republic")])
g.event("e14", "COUP",
        trigger=span("overthrown"), evidence=S_QUOTE,
        date=T(span("1922"), "1922", "year"),
        participants=[("patient", "irish_republic")])

# Not events (see notes): the 24 August meeting; the protests; the motions/votes;
# the convention itself; canvassing; Mac Stíofáin "making a connection"; the 28
# December statement (a claim); issuing statements under a pseudonym (habit);
# inventing the name; the Arms Crisis; "inherited most of the existing IRA
# organisation" (cumulative state by 1971, the outcome of e8); recruiting; "the
# violence that broke out in 1969" (= e1/e2 restated); adopting the phoenix.


# =====================================================================
# CLAIMS
# =====================================================================
# c1 "was seen by many as inadequate": opinion attributed to an unnamed source
# ("many"). Cue and source sit inside the clause, so the contiguous content runs
# from "its defence" to "inadequate" and necessarily contains them.
g.claim("c1", source=None, source_text="many", cue=span("seen", within="was seen by many"),
        content=span("its defence of Catholic-majority areas from Ulster loyalists, which had been "
                     "considered one of its traditional roles since the 1920s, was seen by many as "
                     "inadequate", word=False),
        kind="indirect", about=["ira"])

# c2 "Opponents of this change argued strongly against the ending of abstentionism".
g.claim("c2", source=None, source_text="Opponents of this change", cue=span("argued"),
        content=span("against the ending of abstentionism", within="argued strongly against the ending of abstentionism"),
        kind="indirect", about=["ira"])

# c3 Mac Stíofáin "announced that ..." at the convention (no calendar date stated
# for the utterance -> date null).
g.claim("c3", source="mac_stiofain", source_text="Seán Mac Stíofáin", cue=span("announced"),
        content=span("he no longer considered that the IRA leadership represented republican goals"),
        kind="indirect", about=["ira"])

# c4 The first public statement: a direct quotation (block quote) by the first
# Provisional Army Council ("They" = the council named in the preceding sentence).
# Cue "stating"; dated 28 December 1969.
g.claim("c4", source="provisional_army_council", source_text="They", cue=span("stating"),
        content=span(
            "We declare our allegiance to the 32 county Irish republic, proclaimed at Easter 1916, "
            "established by the first Dáil Éireann in 1919, overthrown by forces of arms in 1922 and "
            "suppressed to this day by the existing British-imposed six-county and twenty-six-county "
            "partition states", word=False),
        kind="direct",
        date=T(span("28 December 1969"), "1969-12-28", "day"),
        about=["provisional_army_council", "irish_republic"])

# c5 "According to Ruairí Ó Brádaigh, it was Seán Mac Stiofáin ... who invented the name."
# The next sentence ("However, under his usage ...") is the author's, not Ó Brádaigh's:
# no cue ("according to Irish orthography" is no source).
g.claim("c5", source="o_bradaigh", source_text="Ruairí Ó Brádaigh",
        cue=span("According to", within="According to Ruairí Ó Brádaigh"),
        content=span("it was Seán Mac Stiofáin, as chief of staff of the IRA, who invented the name"),
        kind="indirect", about=["mac_stiofain", "provisional_ira"])

# c6 "According to Danny Morrison, the pseudonym "S. O'Neill" was used during the 1940s."
g.claim("c6", source="danny_morrison", source_text="Danny Morrison",
        cue=span("According to", within="According to Danny Morrison"),
        content=span("the pseudonym \"S. O'Neill\" was used during the 1940s", word=False),
        kind="indirect", about=["ira"])

# c7 The early Provisional IRA "arguing rather for the primacy of armed struggle"
# (same cue type as c2, so annotated alike).
g.claim("c7", source="provisional_ira", source_text="early Provisional IRA", cue=span("arguing"),
        content=span("for the primacy of armed struggle"),
        kind="indirect", about=["provisional_ira"])

# c8 "according to historian Richard English, "there is now no doubt ..."": direct
# (quotation marks; content excludes them). Not hedged ("no doubt").
g.claim("c8", source="richard_english", source_text="historian Richard English",
        cue=span("according to", within="according to historian Richard English"),
        content=span("there is now no doubt that some money did go from the Dublin government to the "
                     "proto-Provisionals", word=False),
        kind="direct", about=["republic_of_ireland", "provisional_ira"])

# c9/c10 The Provisionals' positions: "they considered ... to be illegitimate,
# insisting that ...". "insisting" is a speech verb; "considered" is the attributed
# stance of a named source in the same construction as c1 ("seen ... as"), so both
# are claims. The source phrase is "The Provisionals" (subject; "they" resumes it).
g.claim("c9", source="provisional_ira", source_text="Provisionals",
        cue=span("considered", within="they considered both"),
        content=span("both British rule in Northern Ireland and the government of the Republic of "
                     "Ireland to be illegitimate"),
        kind="indirect", about=["republic_of_ireland"])
g.claim("c10", source="provisional_ira", source_text="Provisionals", cue=span("insisting"),
        content=span("the Provisional IRA's Army Council was the only valid government, as head of an "
                     "all-island Irish Republic"),
        kind="indirect", about=["provisional_army_council", "irish_republic"])

# Not claims (see notes): "which had been considered one of its traditional roles"
# (no source); "were critical of" (no proposition); "he was told it was only for
# three months ..." (an instruction, speaker unwritten); "now referred to as",
# "what became known as", "were known in republican parlance as" (naming);
# "according to Irish orthography"; "declared support" (no content); the slogan
# "out of the ashes rose the Provisionals" (a slogan, no reporting cue).


# =====================================================================
# RELATIONS
# =====================================================================
R = g.relation

# "future Provisional leaders" -> the four named men lead the Provisional IRA.
for p in ("joe_cahill", "seamus_twomey", "daithi_o_conaill", "billy_mckee"):
    R(p, "LEADER_OF", "provisional_ira", evidence=S_24AUG)

# McMillen, "commander", "stayed in command" (of the Belfast IRA, cf. e3).
R("billy_mcmillen", "LEADER_OF", "belfast_ira", evidence=S_MCMILLEN)
# "pro-Goulding commander": a stated alignment of two persons.
R("billy_mcmillen", "ALLIED_WITH", "goulding", evidence=S_MCMILLEN)

# "present as IRA Director of Intelligence": an office, so membership (not leadership).
R("mac_stiofain", "MEMBER_OF", "ira", evidence=S_ANNOUNCED)
R("ira_executive", "PART_OF", "ira", evidence=S_EXECUTIVE)

# "the Belfast IRA under Billy McKee and Joe Cahill, who had refused to take orders
# from the IRA's Dublin leadership" -> leaders; the Belfast IRA is a unit of the IRA.
R("billy_mckee", "LEADER_OF", "belfast_ira", evidence=S_BELFAST_IRA)
R("joe_cahill", "LEADER_OF", "belfast_ira", evidence=S_BELFAST_IRA)
R("belfast_ira", "PART_OF", "ira", evidence=S_BELFAST_IRA)
R("belfast_ira", "OPERATES_IN", "belfast", evidence=S_BELFAST_IRA)

# The Provisional IRA broke away from the IRA: units "sided with the Provisionals".
R("provisional_ira", "SPLINTER_OF", "ira", evidence=S_NINE)
R("ira", "OPERATES_IN", "belfast", evidence=S_NINE)
R("provisional_ira", "OPERATES_IN", "belfast", evidence=S_NINE)

# Membership of the first "Provisional" Army Council.
for p in ("mac_stiofain", "o_bradaigh", "paddy_mulcahy", "sean_tracey", "leo_martin", "joe_cahill"):
    R(p, "MEMBER_OF", "provisional_army_council", evidence=S_COUNCIL)
# "the Provisional IRA's Army Council"
R("provisional_army_council", "PART_OF", "provisional_ira", evidence=S_PRINCIPLES)

# Inside the Army Council's quoted statement: "established by the first Dáil Éireann".
R("first_dail", "FOUNDER_OF", "irish_republic", evidence=S_QUOTE)

# The Publicity Bureau issues the Provisional IRA's statements, from Dublin.
R("irpb", "PART_OF", "provisional_ira", evidence=S_PSEUDONYM)
R("irpb", "OPERATES_IN", "dublin", evidence=S_PSEUDONYM)

# Inside Ó Brádaigh's claim: "Seán Mac Stiofáin, as chief of staff of the IRA".
R("mac_stiofain", "LEADER_OF", "provisional_ira", evidence=S_OBRADAIGH)

# "the IRA's Dublin based leadership": the IRA is led from Dublin.
R("ira", "OPERATES_IN", "dublin", evidence=S_MCMILLEN)
# "the Royal Ulster Constabulary (RUC) in Derry" (true on either attachment).
R("ruc", "OPERATES_IN", "derry", evidence=S_BOGSIDE)

# By 1971: IRA organisation in the north and members in the rest of Ireland,
# inherited by the Provisionals.
BY_1971 = T(span("1971", within="By 1971"), "1971", "year")
R("ira", "OPERATES_IN", "the_north", evidence=S_1971)
R("ira", "OPERATES_IN", "ireland", evidence=S_1971)
R("provisional_ira", "OPERATES_IN", "the_north", evidence=S_1971, date=BY_1971)
R("provisional_ira", "OPERATES_IN", "ireland", evidence=S_1971, date=BY_1971)

# Not annotated (see notes): ALLIED_WITH Sinn Féin-Provisional IRA (the supporting
# "faction of Sinn Féin" is unnamed, not the party); Mac Stíofáin "making a
# connection" with the Belfast IRA; the Army Council "as head of" the Irish Republic
# (no fitting type); SUCCESSOR_OF (reserved for renamings); Fianna Fáil leading the
# government (LEADER_OF needs a person head); residence of Catholics in the Bogside.


# =====================================================================
# Write and report
# =====================================================================
out = g.write()
b = g.brief()


def counts(items, key="type"):
    return ", ".join(f"{k} {v}" for k, v in sorted(Counter(i[key] for i in items).items()))


print(f"wrote {out.relative_to(out.parents[1])}")
print(f"actors    {len(b['actors']):3d}  ({counts(b['actors'])})")
print(f"  actor mentions {sum(len(a['mentions']) for a in b['actors'])}")
print(f"places    {len(b['places']):3d}  ({counts(b['places'])})")
print(f"  place mentions {sum(len(p['mentions']) for p in b['places'])}")
print(f"events    {len(b['events']):3d}  ({counts(b['events'])})")
print(f"  modality: {counts(b['events'], 'modality')}")
print(f"  participants {sum(len(e['participants']) for e in b['events'])}")
print(f"claims    {len(b['claims']):3d}  ({counts(b['claims'], 'kind')})")
print(f"  sourced {sum(c['source'] is not None for c in b['claims'])}, unnamed {sum(c['source'] is None for c in b['claims'])}")
print(f"relations {len(b['relations']):3d}  ({counts(b['relations'])})")
