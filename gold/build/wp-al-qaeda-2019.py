"""Gold brief for wp-al-qaeda-2019 (Wikipedia passage on al-Qaeda's refuge in Taliban
Afghanistan: the rise of the Taliban, the Haqqania madrassa, the captures of Kandahar (1994)
and Kabul (1996), the al-Qaeda-Taliban relationship and Brigade 055, the post-2008 claims,
al-Qaeda's control of Bosnian cells, and the 1996 fatwa).

Run from /work/main:  .venv/bin/python gold/build/wp-al-qaeda-2019.py
Writes gold/wp-al-qaeda-2019.jsonl and prints the counts pasted into
gold/notes/wp-al-qaeda-2019.md. Annotated to ANNOTATION.md v1.2. Every judgement call is
commented here and listed, with its sentence, in the notes.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from annot import GoldDoc

g = GoldDoc("wp-al-qaeda-2019")
# The first line "Refuge in Afghanistan" is a section heading (like "Call for global Salafi
# jihadism" and "Fatwas" below), not the article's title: title null, as in
# wp-red-army-faction-2019 ("Acts of terrorism"). Headings are article text, so names in them
# are mentions. The passage states no date of its own.
g.title = None
g.document_date = None

T = g.time
N = g.count


def by_start(spans):
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


def without(spans, drop):
    """``spans`` minus those starting where a span in ``drop`` starts."""
    starts = {s["start"] for s in drop}
    return [s for s in spans if s["start"] not in starts]


# ---------------------------------------------------------------------------
# Sentences used as evidence (verbatim; citation markers "[n]" are never inside a span, so a
# sentence with a marker in its middle is represented by its marker-free clause)
# ---------------------------------------------------------------------------
S_FALL = g.sentence(
    "After the fall of the Afghan communist regime in 1992, Afghanistan was effectively "
    "ungoverned for four years and plagued by constant infighting between various "
    "_mujahideen_ groups.")
S_ORGANIZE = g.sentence("This situation allowed the Taliban to organize.")
S_RASHID = g.sentence(
    "According to Ahmed Rashid, five leaders of the Taliban were graduates of Darul Uloom "
    "Haqqania, a madrassa in the small town of Akora Khattak.")
S_INVASION = g.sentence(
    "Many of the _mujahideen_ who later joined the Taliban fought alongside Afghan warlord "
    "Mohammad Nabi Mohammadi's Harkat i Inqilabi group at the time of the Russian invasion.")
S_LOYALTY = g.sentence("This group also enjoyed the loyalty of most Afghan Arab fighters.")
S_EXPAND = g.sentence(
    "The continuing lawlessness enabled the growing and well-disciplined Taliban to expand "
    "their control over territory in Afghanistan, and it came to establish an enclave which it "
    "called the Islamic Emirate of Afghanistan.")
S_CAPTURES = g.sentence(
    "In 1994, it captured the regional center of Kandahar, and after making rapid territorial "
    "gains thereafter, the Taliban captured the capital city Kabul in September 1996.")
S_STAGING = g.sentence(
    "In 1996, Taliban-controlled Afghanistan provided a perfect staging ground for al-Qaeda.")
S_SYMBIOSIS = g.sentence(
    "While not officially working together, Al-Qaeda enjoyed the Taliban's protection and "
    "supported the regime in such a strong symbiotic relationship that many Western observers "
    "dubbed the Taliban's Islamic Emirate of Afghanistan as, \"the world's first "
    "terrorist-sponsored state.\"")
S_TASKED = g.sentence(
    "While in Afghanistan, the Taliban government tasked al-Qaeda with the training of Brigade "
    "055, an elite element of the Taliban's army.")
S_NOV2001 = g.sentence(
    "In November 2001, as Operation Enduring Freedom had toppled the Taliban government, many "
    "Brigade 055 fighters were captured or killed, and those that survived were thought to have "
    "escaped into Pakistan along with bin Laden.")
# "By the end of 2008, some sources reported that ... al-Qaeda,[140] however, there is reason
# to doubt this.[141]": the marker splits it; the claim clause is used.
S_2008_CLAUSE = g.sentence(
    "By the end of 2008, some sources reported that the Taliban had severed any remaining ties "
    "with al-Qaeda")
S_2009 = g.sentence(
    "According to senior US military intelligence officials, there were fewer than 100 members "
    "of al-Qaeda remaining in Afghanistan in 2009.")
S_BOSNIA = g.sentence(
    "Al-Qaeda stepped in and assumed control of around 80% of non-state armed cells in Bosnia in "
    "late 1995.")
S_ISLAMISTS = g.sentence(
    "Bosnian Islamists in 2006 called for \"solidarity with Islamic causes around the world\", "
    "supporting the insurgents in Kashmir and Iraq as well as the groups fighting for a "
    "Palestinian state.")
S_JIHAD = g.sentence(
    "In 1996, al-Qaeda announced its _jihad_ to expel foreign troops and interests from what "
    "they considered Islamic lands.")
# "Bin Laden issued a _fatwa_,[145] which amounted to a public declaration of war against the
# US and its allies, and began to refocus al-Qaeda's resources on large-scale, propagandist
# strikes." The marker sits inside the sentence: the clause after it (which states the
# declaration of war and names its target) is the evidence.
S_FATWA_CLAUSE = g.sentence(
    "which amounted to a public declaration of war against the US and its allies, and began to "
    "refocus al-Qaeda's resources on large-scale, propagandist strikes.")

# ---------------------------------------------------------------------------
# ACTORS
# ---------------------------------------------------------------------------
# al-Qaeda: "al-Qaeda" x8 and sentence-initial / mid-sentence "Al-Qaeda" x3 (the same name,
# case-folded, so no alias). Includes "al-Qaeda ideologues" (attributive) and "al-Qaeda's
# resources" (possessive stem). "the network" (its recruiters) is a description.
aq = g.mentions("al-Qaeda", "Al-Qaeda")
assert len(aq) == 11
g.actor("al_qaeda", "al-Qaeda", "ARMED_GROUP", mentions=aq)

# Taliban: all 15 occurrences, including "Taliban-controlled Afghanistan" (the controller
# named attributively), "the Taliban's leaders / protection / Islamic Emirate / army" (stems)
# and "the Taliban government" (x2: the group acting as a government; there is no separate
# government actor, as the text never names one apart from the group).
tal = g.mentions("Taliban")
assert len(tal) == 15
g.actor("taliban", "Taliban", "ARMED_GROUP", mentions=tal)

# Islamic Emirate of Afghanistan: the polity the Taliban "came to establish" and that
# observers "dubbed ... the world's first terrorist-sponsored state". A proclaimed polity is a
# STATE actor (precedent: the "Irish Republic" in wp-provisional-ira-2019, "proclaimed" /
# "established" -> FOUNDING). "an enclave" is the author's description of it; no separate
# place record is made (one referent, not split in two). "Afghanistan" inside the name is not
# a mention of the country (CONVENTIONS 2).
emirate = g.mentions("Islamic Emirate of Afghanistan")
assert len(emirate) == 2
g.actor("islamic_emirate", "Islamic Emirate of Afghanistan", "STATE", mentions=emirate)

# Afghanistan as STATE: only "the legitimate government of Afghanistan" (a country that is
# governed: CONVENTIONS 3). Every other bare occurrence is territory (places, below). "the
# Afghan communist regime" is a demonym phrase standing for the state (v1.2): no mention, but
# as event participant it refs this actor.
afg_all = g.mentions("Afghanistan", exclude=["Islamic Emirate of Afghanistan"])
assert len(afg_all) == 7
afg_state = [g.span("Afghanistan", within="the legitimate government of Afghanistan")]
g.actor("afghanistan", "Afghanistan", "STATE", mentions=afg_state)

# The three recognising states act ("recognized the Taliban as ..."): STATE.
pak_state = [g.span("Pakistan", within="only Pakistan, Saudi Arabia")]
g.actor("pakistan", "Pakistan", "STATE", mentions=pak_state)
g.actor("saudi_arabia", "Saudi Arabia", "STATE", mentions=g.mentions("Saudi Arabia"))
g.actor("uae", "United Arab Emirates", "STATE", mentions=g.mentions("United Arab Emirates"))
# "senior US military intelligence officials" (CONVENTIONS 3 lists "U.S. officials" as a
# STATE mention) and "a public declaration of war against the US" (a party). Only "US" is
# written, so it is the name.
us = g.mentions("US")
assert len(us) == 2
g.actor("united_states", "US", "STATE", mentions=us)

# Persons. "Osama" is never written; the fullest form is "bin Laden" / "Bin Laden"
# (sentence-initial capital; the same name case-folded). "Bin Laden's contacts" -> stem.
bl = g.mentions("bin Laden", "Bin Laden")
assert len(bl) == 3
g.actor("bin_laden", "bin Laden", "PERSON", mentions=bl)
# Ahmed Rashid: a named source ("According to Ahmed Rashid"); a person (journalist), PERSON.
g.actor("ahmed_rashid", "Ahmed Rashid", "PERSON", mentions=g.mentions("Ahmed Rashid"))
# "Afghan warlord Mohammad Nabi Mohammadi's Harkat i Inqilabi group": "Afghan" is a demonym,
# "warlord" a title-like descriptor; the possessive stem is the mention.
g.actor("mohammad_nabi_mohammadi", "Mohammad Nabi Mohammadi", "PERSON",
        mentions=g.mentions("Mohammad Nabi Mohammadi"))

# Armed groups. "Harkat i Inqilabi group": "group" is a descriptor outside the name; "This
# group" in the next sentence is a description, not a mention.
g.actor("harkat_i_inqilabi", "Harkat i Inqilabi", "ARMED_GROUP",
        mentions=g.mentions("Harkat i Inqilabi"))
# Brigade 055: "a brigade" of the Taliban ("an elite element of the Taliban's army") ->
# ARMED_GROUP (groups and their brigades). "The Brigade mostly consisted of ..." uses the
# capitalised short form of the unit's name (not sentence-initial capitalisation: "The" is
# the first word): a name, so a mention, and "Brigade" an alias. Judgement call.
brig = by_start([*g.mentions("Brigade 055"),
                 g.span("Brigade", within="The Brigade mostly consisted")])
assert len(brig) == 3
g.actor("brigade_055", "Brigade 055", "ARMED_GROUP", aliases=["Brigade"], mentions=brig)
# "groups such as the Egyptian Islamic Jihad": "Egyptian" is part of the group's name, not a
# demonym use.
g.actor("egyptian_islamic_jihad", "Egyptian Islamic Jihad", "ARMED_GROUP",
        mentions=g.mentions("Egyptian Islamic Jihad"))

# Communal / religious group names used as nouns or attributively are POLITICAL_GROUP
# mentions (ANNOTATION v1.1, CONVENTIONS 4; precedents "Sunni" in wp-isis-k-2019, "Catholic(s)"
# in wp-provisional-ira-2019). Adherent / community names count ("Salafi", "Arabs",
# "Muslims"); religion adjectives do not ("Islamic schools / banks / lands / causes"), nor
# lower-case or ideology common nouns ("_mujahideen_", "Islamists", "jihadi", "Western
# observers"), nor nation demonyms ("Afghan", "Bosnian", "Russian", "Soviet", "Palestinian").
# "Salafi" (x6, incl. the heading "Call for global Salafi jihadism"): the Salafi movement
# named attributively ("Salafi beliefs", "the Salafi groups", "Salafi jihadism" x2, "the
# Salafi cause", "the global Salafi _jihad_").
salafi = g.mentions("Salafi")
assert len(salafi) == 6
g.actor("salafis", "Salafi", "POLITICAL_GROUP", mentions=salafi)
# "private donations from wealthy Arabs": the ethnic group's name (not a nation's demonym).
g.actor("arabs", "Arabs", "POLITICAL_GROUP", mentions=g.mentions("Arabs"))
# "most Afghan Arab fighters": "Afghan Arab(s)" is the name of a distinct community (the Arab
# volunteers of the Afghan jihad), not the demonym "Afghan" + "Arab"; it is one mention of its
# own actor, and neither "Afghan" nor "Arab" inside it is a separate mention. Judgement call.
g.actor("afghan_arabs", "Afghan Arab", "POLITICAL_GROUP", mentions=g.mentions("Afghan Arab"))
# "_Jihadi international_ Muslims who believed ...": the religious community's name.
g.actor("muslims", "Muslims", "POLITICAL_GROUP", mentions=g.mentions("Muslims"))
# Not actors (descriptions / unnamed): "various _mujahideen_ groups", "the _mujahideen_",
# "graduates of Islamic schools", "Afghan refugees", "Bin Laden's contacts", "Islamic banks",
# "an "array" of charities", "front groups", "Afghan warlord" (the person is named), "This
# group", "many Western observers", "the regime", "foreign fighters", "veterans",
# "adherents", "many Brigade 055 fighters" (the brigade is the mention), "those that
# survived", "some sources", "senior US military intelligence officials" ("US" is the state's
# mention), "the Salafi groups" ("Salafi" is the mention), "non-state armed cells", "al-Qaeda
# ideologues" ("al-Qaeda" is the mention), "the network's recruiters", "Bosnian Islamists",
# "the insurgents in Kashmir and Iraq", "the groups fighting for a Palestinian state",
# "foreign troops", "its allies". "Operation Enduring Freedom" names a military operation (an
# event), not a person, organisation or state: no actor.

# ---------------------------------------------------------------------------
# PLACES
# ---------------------------------------------------------------------------
# Afghanistan as territory (6): the heading "Refuge in Afghanistan", "Afghanistan was
# effectively ungoverned" (the territory lacked a government: read as the place, not as a
# party; judgement call), "territory in Afghanistan", "Taliban-controlled Afghanistan provided
# a perfect staging ground" (a territory under control, "staging ground" is a place role;
# judgement call), "While in Afghanistan", "remaining in Afghanistan in 2009".
afg_place = without(afg_all, afg_state)
assert len(afg_place) == 6
g.place("afghanistan_place", "Afghanistan", "COUNTRY", country="AF", mentions=afg_place)
# Pakistan as territory: "near Peshawar in Pakistan", "escaped into Pakistan".
pak_all = g.mentions("Pakistan")
pak_place = without(pak_all, pak_state)
assert len(pak_all) == 3 and len(pak_place) == 2
g.place("pakistan_place", "Pakistan", "COUNTRY", country="PK", mentions=pak_place)
# "Darul Uloom Haqqania, a madrassa in the small town of Akora Khattak": a named school
# (facility) -> OTHER. It is located, attended and funded, but neither acts nor speaks; the
# actor types have no slot for a school. Judgement call.
g.place("darul_uloom_haqqania", "Darul Uloom Haqqania", "OTHER", country="PK",
        mentions=g.mentions("Darul Uloom Haqqania"))
# "the small town of Akora Khattak" -> CITY (town). "The town" is a description.
g.place("akora_khattak", "Akora Khattak", "CITY", country="PK",
        mentions=g.mentions("Akora Khattak"))
g.place("peshawar", "Peshawar", "CITY", country="PK", mentions=g.mentions("Peshawar"))
# "a ... madrassa in Kandahar", "the regional center of Kandahar": the city.
g.place("kandahar", "Kandahar", "CITY", country="AF", mentions=g.mentions("Kandahar"))
g.place("kabul", "Kabul", "CITY", country="AF", mentions=g.mentions("Kabul"))
# Bosnia (x2 as territory; "Bosnian" is a demonym and is not matched).
bos = g.mentions("Bosnia")
assert len(bos) == 2
g.place("bosnia", "Bosnia", "COUNTRY", country="BA", mentions=bos)
g.place("europe", "Europe", "REGION", country=None, mentions=g.mentions("Europe"))
# Kashmir is divided between India and Pakistan (and China): no single country -> null.
g.place("kashmir", "Kashmir", "REGION", country=None, mentions=g.mentions("Kashmir"))
g.place("iraq", "Iraq", "COUNTRY", country="IQ", mentions=g.mentions("Iraq"))
# Not places: "Islamic lands" (a notion, not a named place), "the world", "the capital city"
# (a description of Kabul), "the regional center" (of Kandahar), "a Palestinian state".

# ---------------------------------------------------------------------------
# EVENTS
# ---------------------------------------------------------------------------
# e1 "the fall of the Afghan communist regime in 1992": the government is driven from power
# (historically by the mujahideen taking Kabul) -> TAKEOVER, "who is driven out" = the
# Afghan state's government. "the Afghan communist regime" is a demonym phrase for the state;
# Afghanistan is a STATE actor elsewhere ("the legitimate government of Afghanistan"), so the
# patient refs it (v1.2). No seizer is named. Location: the country the sentence names.
# Judgement call (type): no COUP is stated (no military plotters), and "fall" is a loss of
# control, TAKEOVER's "driving others out".
g.event("e1", "TAKEOVER", trigger=g.span("fall", within="After the fall of the Afghan"),
        evidence=S_FALL, date=T(g.span("1992"), "1992", "year"),
        locations=["afghanistan_place"], participants=[("patient", "afghanistan")])

# e2 "constant infighting between various _mujahideen_ groups" for the four ungoverned years:
# a background civil war placed in time -> MILITARY_OPERATION (armed action, no change of
# control stated). Date: "for four years" resolved from "in 1992" -> interval 1992/1996. The
# groups are unnamed: no participants.
g.event("e2", "MILITARY_OPERATION", trigger=g.span("infighting"), evidence=S_FALL,
        date=T(g.span("for four years"), "1992/1996", "interval"),
        locations=["afghanistan_place"])

# e3 "This situation allowed the Taliban to organize.": the group forms itself -> FOUNDING,
# new group (patient) = Taliban; no founders named apart from the group. "allowed ... to"
# narrates that it did organise -> asserted. Date: "This situation" is the ungoverned
# 1992-1996 period of the preceding sentence; no time expression is written -> span null.
# Judgement call (reading "organize" as the group's formation, not a capacity).
g.event("e3", "FOUNDING", trigger=g.span("organize"), evidence=S_ORGANIZE,
        date=T(None, "1992/1996", "interval"), participants=[("patient", "taliban")])

# e4 The Soviet invasion of Afghanistan: a background war named as a specific occurrence ->
# MILITARY_OPERATION. Stated twice: "at the time of the Russian invasion" (anchor: its sentence
# also says who fought at that time) and "veterans from the Soviet Invasion" (restatement).
# Agent: the invader is named only by demonyms ("Russian", "Soviet") and no Soviet/Russian
# state is named anywhere -> left out (v1.2). Opponent (patient): Harkat i Inqilabi, the group
# the mujahideen "fought alongside ... at the time of the Russian invasion" -- the resistance
# to the invasion; judgement call. No date and no place is written (the country is implicit).
g.event("e4", "MILITARY_OPERATION", trigger=g.span("invasion", within="the Russian invasion"),
        evidence=S_INVASION, participants=[("patient", "harkat_i_inqilabi")],
        restatements=[g.span("Soviet Invasion")])

# e5 The Taliban's territorial expansion: "to expand their control over territory in
# Afghanistan" (anchor: names the agent and the territory) and its restatement "after making
# rapid territorial gains thereafter" (the same campaign, told with its time). TAKEOVER,
# agent Taliban. Date from the restatement's "thereafter", resolved from the nearest
# preceding date "In 1994" -> 1994, AFTER. The specific captures of Kandahar and Kabul are
# separate records (e6, e7). "enabled ... to expand" narrates that it did -> asserted.
g.event("e5", "TAKEOVER", trigger=g.span("expand their control"), evidence=S_EXPAND,
        date=T(g.span("thereafter", within="territorial gains thereafter"), "1994", "year",
               "AFTER"),
        locations=["afghanistan_place"], participants=[("agent", "taliban")],
        restatements=[g.span("making rapid territorial gains")])

# e6 / e7 The captures. e6's subject "it" is the Taliban (subject of the preceding sentence,
# and named again later in the same sentence). Nobody driven out is named.
g.event("e6", "TAKEOVER", trigger=g.span("captured", within="it captured the regional"),
        evidence=S_CAPTURES, date=T(g.span("1994", within="In 1994, it captured"), "1994", "year"),
        locations=["kandahar"], participants=[("agent", "taliban")])
g.event("e7", "TAKEOVER", trigger=g.span("captured", within="the Taliban captured the capital"),
        evidence=S_CAPTURES, date=T(g.span("September 1996"), "1996-09", "month"),
        locations=["kabul"], participants=[("agent", "taliban")])

# e8 "it came to establish an enclave which it called the Islamic Emirate of Afghanistan":
# the founding of the polity (precedent: "established" Irish Republic -> FOUNDING in
# wp-provisional-ira-2019). Founder (agent) Taliban ("it"), new entity (patient) the Emirate.
# Date null: "came to" gives no time, and "The continuing lawlessness" does not date the
# establishment (it may fall after the four years).
g.event("e8", "FOUNDING", trigger=g.span("establish", within="came to establish"),
        evidence=S_EXPAND, participants=[("agent", "taliban"), ("patient", "islamic_emirate")])

# e9 "the Taliban government tasked al-Qaeda with the training of Brigade 055": military
# support -> ASSISTANCE; provider al-Qaeda, recipient Brigade 055, requester the Taliban (who
# "tasked"). Trigger "training" (the support itself). Location: "While in Afghanistan". No date
# is written (the paragraph has none; "at this time" belongs to the previous paragraph).
g.event("e9", "ASSISTANCE", trigger=g.span("training"), evidence=S_TASKED,
        locations=["afghanistan_place"],
        participants=[("agent", "al_qaeda"), ("patient", "brigade_055"),
                      ("requester", "taliban")])

# e10 "Operation Enduring Freedom had toppled the Taliban government": the government is driven
# from power by a foreign intervention -> TAKEOVER (a change of control is stated, so not
# MILITARY_OPERATION; not a COUP, which is internal). Agent: the operation is an event name,
# not an actor, and no state is named here -> none. Patient Taliban. Date "In November 2001"
# (the toppling had happened by then; month, no modifier). No place is written for it.
g.event("e10", "TAKEOVER", trigger=g.span("toppled"), evidence=S_NOV2001,
        date=T(g.span("November 2001"), "2001-11", "month"),
        participants=[("patient", "taliban")])

# e11 / e12 "many Brigade 055 fighters were captured or killed": two acts under one clause ->
# two records (v1.2). Capture of fighters = detention -> ARREST; killing -> ATTACK. Patient
# Brigade 055 (its fighters). "many" is no number -> casualties null. Captors / killers
# unnamed. Same date as e10.
NOV2001 = T(g.span("November 2001"), "2001-11", "month")
g.event("e11", "ARREST", trigger=g.span("captured", within="were captured or killed"),
        evidence=S_NOV2001, date=NOV2001, participants=[("patient", "brigade_055")])
g.event("e12", "ATTACK", trigger=g.span("killed", within="were captured or killed"),
        evidence=S_NOV2001, date=NOV2001, participants=[("patient", "brigade_055")])
# Not an event: "those that survived were thought to have escaped into Pakistan along with bin
# Laden" (an escape fits no type, and it is hedged without a source).

# e13 "Al-Qaeda stepped in and assumed control of around 80% of non-state armed cells in
# Bosnia in late 1995": taking command of armed groups -> LEADERSHIP (leader al-Qaeda; the
# cells are unnamed -> no patient). Not TAKEOVER (cells are groups, not territory, towns or
# facilities). "stepped in" is part of the same act. "late 1995" -> 1995, END.
g.event("e13", "LEADERSHIP", trigger=g.span("assumed control"), evidence=S_BOSNIA,
        date=T(g.span("late 1995"), "1995", "year", "END"), locations=["bosnia"],
        participants=[("agent", "al_qaeda")])

# e14 The 1996 declaration of war. Told twice: "al-Qaeda announced its _jihad_ to expel foreign
# troops ..." and "Bin Laden issued a _fatwa_, which amounted to a public declaration of war
# against the US and its allies" -- the fatwa is the instrument of the announced jihad (same
# year, consecutive sentences). One record, anchored at the fatwa clause (it names the
# opponent); the jihad announcement is a restatement. A declared war not yet fought is a
# threat -> MILITARY_OPERATION, hypothetical. Agents al-Qaeda and bin Laden (one act by both,
# v1.2), patient the US ("its allies" unnamed). Date "In 1996" of the preceding sentence.
# Judgement calls: merging the two statements; hypothetical modality.
g.event("e14", "MILITARY_OPERATION", trigger=g.span("declaration of war"),
        evidence=S_FATWA_CLAUSE,
        date=T(g.span("1996", within="In 1996, al-Qaeda announced"), "1996", "year"),
        participants=[("agent", "al_qaeda"), ("agent", "bin_laden"),
                      ("patient", "united_states")],
        modality="hypothetical",
        restatements=[g.span("jihad", within="announced its _jihad_ to expel")])
# Not events: "Afghanistan was effectively ungoverned" (a state); "garnered support from
# graduates" and "Bin Laden's contacts were laundering donations ... Islamic banks were used
# to transfer money ... front groups for al-Qaeda" (ongoing funding habits, undated); "much of
# its funding came from private donations" (habit); "joined the Taliban" (unnamed members);
# "Taliban-controlled Afghanistan provided a perfect staging ground" and "enjoyed the Taliban's
# protection and supported the regime" (a continuing relationship, not an occurrence: see the
# ALLIED_WITH / OPERATES_IN relations); "recognized the Taliban as the legitimate government"
# (diplomatic recognition fits no type); "severed any remaining ties" (fits no type; doubted
# claim c3); "entered into decline", "drift away from the Salafi cause" (no type); "waging
# Salafi jihadism in Bosnia" (a description of the groups' activity, not narrated as an
# occurrence); "instructed the network's recruiters", "sought to open the "offensive phase""
# (instructions, goals); "supporting the insurgents" (expressed support, no aid);
# "began to refocus al-Qaeda's resources" (no type).

# ---------------------------------------------------------------------------
# CLAIMS
# ---------------------------------------------------------------------------
# c1 Ahmed Rashid. The appositive "a madrassa in the small town of Akora Khattak" is inside
# the attributed clause and kept.
g.claim("c1", source="ahmed_rashid", source_text="Ahmed Rashid",
        cue=g.span("According to", within="According to Ahmed Rashid"),
        content=g.span("five leaders of the Taliban were graduates of Darul Uloom Haqqania, a "
                       "madrassa in the small town of Akora Khattak"),
        kind="indirect", about=["taliban"])

# c2 "many Western observers dubbed the Taliban's Islamic Emirate of Afghanistan as, "the
# world's first terrorist-sponsored state."": cue "dubbed" (like "described ... as": the verb);
# content = object + "as" + the quoted label, stopping before the closing '."' as the
# cfr-aqim-2015 "described AQIM as ..." claim does -> mixed. Source unnamed ("Western" is not a
# nation's demonym; head word "observers"). No date is written for the dubbing.
g.claim("c2", source=None, source_text="many Western observers", cue=g.span("dubbed"),
        content=g.span("the Taliban's Islamic Emirate of Afghanistan as, \"the world's first "
                       "terrorist-sponsored state", word=False),
        kind="mixed", about=["islamic_emirate", "taliban"])

# c3 "some sources reported that the Taliban had severed any remaining ties with al-Qaeda"
# -> hedged: the text itself adds "however, there is reason to doubt this". Date: "By the end
# of 2008" -> 2008, END (the "By" -- at or before -- cannot be carried by a second modifier;
# END is the written anchor).
g.claim("c3", source=None, source_text="some sources", cue=g.span("reported"),
        content=g.span("the Taliban had severed any remaining ties with al-Qaeda"),
        kind="indirect", hedged=True,
        date=T(g.span("the end of 2008"), "2008", "year", "END"),
        about=["taliban", "al_qaeda"])

# c4 "According to senior US military intelligence officials": unnamed officials -> source
# null (ANNOTATION: "U.S. officials" is an unnamed source); "US" inside is still a mention of
# the state. "in 2009" dates the content, not the saying -> claim date null.
g.claim("c4", source=None, source_text="senior US military intelligence officials",
        cue=g.span("According to", within="According to senior US"),
        content=g.span("there were fewer than 100 members of al-Qaeda remaining in Afghanistan "
                       "in 2009"),
        kind="indirect", about=["al_qaeda"])

# c5 "Bosnian Islamists in 2006 called for "solidarity with Islamic causes around the world"":
# a quoted statement with a speaker; the content is a call (cf. the "emphasised the need for"
# claim in wp-isis-k-2019) and lies wholly inside the quotation marks -> direct. Source: a
# demonym + common noun, not a state's organ -> null. Date 2006 (when it was said). The
# participle clause "supporting the insurgents ..." is the author's gloss, outside the content.
# The insurgents and groups are unnamed -> about [].
g.claim("c5", source=None, source_text="Bosnian Islamists", cue=g.span("called for"),
        content=g.span("solidarity with Islamic causes around the world"),
        kind="direct", date=T(g.span("2006"), "2006", "year"))

# c6 "In 1996, al-Qaeda announced its _jihad_ to expel foreign troops and interests from what
# they considered Islamic lands.": a public announcement by a named source, nominal content
# (precedent: "claimed responsibility for the attack" / "revealed the arrest" in
# wp-isis-k-2019). The same announcement is the restatement of event e14. Judgement call.
g.claim("c6", source="al_qaeda", source_text="al-Qaeda", cue=g.span("announced"),
        content=g.span("its _jihad_ to expel foreign troops and interests from what they "
                       "considered Islamic lands", word=False),
        kind="indirect", date=T(g.span("1996", within="In 1996, al-Qaeda announced"), "1996", "year"),
        about=["al_qaeda"])
# Not claims: ""array"" and ""offensive phase"" (scare quotes, no speaker); "which are called
# _madrassa_" (naming); "there is reason to doubt this" (the author's voice); "were thought to
# have escaped" (a hedge with no source, no reporting cue); "instructed the network's
# recruiters to look for ..." (an instruction, no proposition); "Muslims who believed that
# ..." (a belief defining whom the recruiters sought, no reporting cue); "what they considered
# Islamic lands" (inside c6); "Bin Laden issued a _fatwa_, which amounted to a public
# declaration of war" (the fatwa's words are not reported; "amounted to" is the author's
# characterisation).

# ---------------------------------------------------------------------------
# RELATIONS
# ---------------------------------------------------------------------------
R = g.relation
# "Afghan warlord Mohammad Nabi Mohammadi's Harkat i Inqilabi group": a warlord's own group.
R("mohammad_nabi_mohammadi", "LEADER_OF", "harkat_i_inqilabi", evidence=S_INVASION)
# "This group also enjoyed the loyalty of most Afghan Arab fighters": loyalty = allegiance ->
# ALLIED_WITH (membership is not stated). Judgement call.
R("afghan_arabs", "ALLIED_WITH", "harkat_i_inqilabi", evidence=S_LOYALTY)
# The Taliban "came to establish ... the Islamic Emirate of Afghanistan".
R("taliban", "FOUNDER_OF", "islamic_emirate", evidence=S_EXPAND)
# "control over territory in Afghanistan"; captures of Kandahar and Kabul (cities where the
# group's own acts are placed in the text's voice, as in wp-red-army-faction-2019).
R("taliban", "OPERATES_IN", "afghanistan_place", evidence=S_EXPAND)
R("taliban", "OPERATES_IN", "kandahar", evidence=S_CAPTURES)
R("taliban", "OPERATES_IN", "kabul", evidence=S_CAPTURES)
# "Al-Qaeda enjoyed the Taliban's protection and supported the regime in such a strong
# symbiotic relationship": mutual support stated in the text's voice -> ALLIED_WITH. "While
# not officially working together" denies only a formal tie; the claimed later severing (c3)
# is doubted by the text and concerns 2008.
R("al_qaeda", "ALLIED_WITH", "taliban", evidence=S_SYMBIOSIS)
# "Taliban-controlled Afghanistan provided a perfect staging ground for al-Qaeda" (also "While
# in Afghanistan ... al-Qaeda", and c4's "members of al-Qaeda remaining in Afghanistan").
R("al_qaeda", "OPERATES_IN", "afghanistan_place", evidence=S_STAGING)
# "Brigade 055, an elite element of the Taliban's army" (the army is unnamed -> the group).
R("brigade_055", "PART_OF", "taliban", evidence=S_TASKED)
# "assumed control of around 80% of non-state armed cells in Bosnia".
R("al_qaeda", "OPERATES_IN", "bosnia", evidence=S_BOSNIA)
# The declaration of war "against the US and its allies" (bin Laden's fatwa, the instrument of
# al-Qaeda's announced jihad: see e14) -> ENEMY_OF for both declarers.
R("bin_laden", "ENEMY_OF", "united_states", evidence=S_FATWA_CLAUSE)
R("al_qaeda", "ENEMY_OF", "united_states", evidence=S_FATWA_CLAUSE)
# Not annotated: bin Laden LEADER_OF / MEMBER_OF al-Qaeda (never stated; "refocus al-Qaeda's
# resources" only implies it); bin Laden / Brigade 055 OPERATES_IN Pakistan ("were thought to
# have escaped": hedged without a source); Taliban as government of Afghanistan (only
# "recognized ... as" by three states; no relation type for it); recognition by Pakistan,
# Saudi Arabia and the UAE (no relation type); Egyptian Islamic Jihad in Europe ("drift away
# from the Salafi cause in Europe" does not state where the group operates); Salafi groups in
# Bosnia (the groups are unnamed); "the _mujahideen_ who later joined the Taliban" (unnamed
# members); the charities as "front groups for al-Qaeda" (unnamed); Afghanistan's government
# as the patient of the Taliban (no relation).

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
