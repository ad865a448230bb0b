"""Gold brief for cfr-aqim-2015 (CFR backgrounder "Al-Qaeda in the Islamic Maghreb",
last updated March 27, 2015).

Run from the repository root:  .venv/bin/python gold/build/cfr-aqim-2015.py
Writes gold/cfr-aqim-2015.jsonl and prints the counts pasted into
gold/notes/cfr-aqim-2015.md. Every judgement call is explained in the notes; the
comments here give the short reason next to the record.

Typing note: the document uses NO-BREAK SPACE (U+00A0) in many places ("the\xa0Armed
Islamic Group\xa0(GIA)", "al-Qaeda\xa0sanctions committee", "the move \xa0will"). Strings
below are typed with ordinary spaces; ``fx`` resolves such a string to the one exact
substring of the document it denotes (each typed space matching any run of spaces /
no-break spaces) and asserts that exactly one written form exists. The exact form is
then handed to annot.py, which does all span location and asserts as usual.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from annot import GoldDoc  # noqa: E402

g = GoldDoc("cfr-aqim-2015", end_marker="Top Stories on CFR")
g.title = "Al-Qaeda in the Islamic Maghreb"
g.document_date = "2015-03-27"  # "Last updated March 27, 2015 8:00 am (EST)"
T = g.text
ART = T[: g.limit]


# ---------------------------------------------------------------- helpers
def _pat(s: str) -> str:
    return re.escape(s).replace(r"\ ", "[ \u00a0]+")


def forms(s: str) -> list[str]:
    """All exact written forms (space / no-break-space variants) of ``s`` in the article."""
    return sorted({m.group(0) for m in re.finditer(_pat(s), ART)})


def fx(s: str) -> str:
    """The single exact written form of ``s`` (asserts there is exactly one form)."""
    f = forms(s)
    assert len(f) == 1, (s, "written forms", f)
    return f[0]


def S(sentence: str, nth: int | None = None):
    """A whole sentence / heading, typed verbatim (spaces resolved by fx)."""
    return g.sentence(fx(sentence), nth=nth)


def sp(needle: str, within: str | None = None, nth: int | None = None):
    """A span by needle (+ unique context), spaces resolved by fx."""
    return g.span(fx(needle), within=fx(within) if within else None, nth=nth)


# Page furniture inside the article part (ANNOTATION.md "What is annotated"): no span may
# fall in these ranges. The photo credit and the contributor line are treated as furniture
# too (see notes).
FURNITURE_STRINGS = [
    "Backgrounder\nCurrent political and economic issues succinctly explained.",
    "More From Our Experts",
    "More on:\n\nAl-Qaeda\n\nMiddle East and North Africa\n\nTerrorism and Counterterrorism\n\nIslamic State",
    "\nClose\n",
    "Mohammed Sergie contributed to this report.",
    "(Zoubeir Souissi/Reuters)",
]
FURNITURE: list[tuple[int, int]] = []
for fs in FURNITURE_STRINGS:
    for m in re.finditer(re.escape(fs), ART):
        FURNITURE.append((m.start(), m.end()))
assert len(FURNITURE) == 1 + 2 + 2 + 1 + 1 + 2, FURNITURE


def in_furniture(span) -> bool:
    return any(a <= span["start"] and span["end"] <= b for a, b in FURNITURE)


def M(*needles: str, exclude: tuple[str, ...] = (), expect: int):
    """Every whole-word occurrence of the needles (all space variants), minus those inside
    an ``exclude`` string and minus page furniture; asserts the expected count."""
    ns = [f for n in needles for f in forms(n)]
    ex = [f for e in exclude for f in forms(e)]
    out = [s for s in g.mentions(*ns, exclude=ex) if not in_furniture(s)]
    assert len(out) == expect, (needles, len(out), [s["text"] for s in out])
    return out


def at(needle: str, *contexts: str):
    """One mention per context string: ``needle`` inside each (unique) context."""
    return [sp(needle, within=c) for c in contexts]


def srt(spans):
    return sorted(spans, key=lambda s: s["start"])


Y = g.time  # Y(span, value, granularity, modifier)


# =================================================================== ACTORS
# --- armed groups ----------------------------------------------------------
g.actor("aqim", "Al-Qaeda in the Islamic Maghreb", "ARMED_GROUP",
        aliases=["AQIM", "al-Qaeda in the Islamic Maghreb"],
        # title (twice), four photo captions, intro, every "AQIM" incl. headings, the
        # pull quote ("AQIM's" with a straight apostrophe) and "the AQIM takeover" (Resources).
        mentions=M("Al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", "AQIM",
                   expect=3 + 4 + 41))
g.actor("gspc", "Salafist Group for Preaching and Combat", "ARMED_GROUP", aliases=["GSPC"],
        mentions=M("Salafist Group for Preaching and Combat", "GSPC", expect=4))
g.actor("gia", "Armed Islamic Group", "ARMED_GROUP", aliases=["GIA"],
        mentions=M("Armed Islamic Group", "GIA", expect=4))
# "al-Qaeda" inside "al-Qaeda in the Islamic Maghreb" and inside the name of the UN
# "al-Qaeda sanctions committee" is not a mention (CONVENTIONS 2); the "More on:" tag
# "Al-Qaeda" is furniture. "the North African al-Qaeda franchise" (standfirst) and
# "an al-Qaeda affiliate" do name al-Qaeda.
g.actor("al_qaeda", "al-Qaeda", "ARMED_GROUP", aliases=[],
        mentions=M("al-Qaeda", "Al-Qaeda",
                   exclude=("al-Qaeda in the Islamic Maghreb", "Al-Qaeda in the Islamic Maghreb",
                            "al-Qaeda sanctions committee"), expect=7))
g.actor("islamic_state", "Islamic State", "ARMED_GROUP",
        mentions=M("Islamic State", expect=1))  # the two "More on:" tags are furniture
g.actor("boko_haram", "Boko Haram", "ARMED_GROUP", mentions=M("Boko Haram", expect=2))
g.actor("al_shabab", "al-Shabab", "ARMED_GROUP", mentions=M("al-Shabab", expect=1))
g.actor("aqap", "AQAP", "ARMED_GROUP", mentions=M("AQAP", expect=1))
g.actor("al_mulathamun", "al-Mulathamun Battalion", "ARMED_GROUP",
        aliases=["al-Mulathamun", "Those Who Sign in Blood Battalion"],
        mentions=srt(M("al-Mulathamun Battalion", expect=2)
                     + [sp("al-Mulathamun", within="designated al-Mulathamun an FTO")]
                     + M("Those Who Sign in Blood Battalion", expect=1)))
g.actor("al_murabitoun", "al-Murabitoun", "ARMED_GROUP", mentions=M("al-Murabitoun", expect=1))
g.actor("ansar_al_dine", "Ansar al-Dine", "ARMED_GROUP", mentions=M("Ansar al-Dine", expect=2))
g.actor("mujao", "Movement for Unity and Jihad in West Africa", "ARMED_GROUP", aliases=["MUJAO"],
        mentions=M("Movement for Unity and Jihad in West Africa", "MUJAO", expect=4))

# --- political / communal groups -------------------------------------------
g.actor("islamic_salvation_front", "Islamic Salvation Front", "POLITICAL_GROUP",
        mentions=M("Islamic Salvation Front", expect=1))
# Tuaregs: ethnic group acting collectively; attributive "Tuareg forces", "Tuareg separatists"
# are mentions (ANNOTATION.md, CONVENTIONS 4).
g.actor("tuaregs", "Tuaregs", "POLITICAL_GROUP", aliases=["Tuareg"],
        mentions=M("Tuaregs", "Tuareg", expect=3))
# v1.2 pass (ANNOTATION "communal-group names used attributively are mentions";
# CONVENTIONS 4, as "Catholic-majority areas" in wp-provisional-ira-2019 and "Sunni group"
# in wp-isis-k-2019): religious and ethnic community names used attributively are
# POLITICAL_GROUP mentions, whether or not the community acts. Nation demonyms
# ("Egyptian", "Algerian", "Soviet", "Afghan") stay non-mentions.
g.actor("christians", "Christian", "POLITICAL_GROUP",
        mentions=M("Christian", expect=1))  # "Egyptian Christian hostages"
g.actor("arabs", "Arab", "POLITICAL_GROUP", mentions=M("Arab", expect=1))  # "other Arab volunteers"
g.actor("muslims", "Muslim", "POLITICAL_GROUP",
        mentions=M("Muslim", expect=1))  # "a predominantly Muslim ... nation"

# --- states (country names that act / govern / are parties) ----------------
# Each country occurrence is assigned by context below; the place counterpart is in PLACES.
# "Algiers" and "Bamako" used for the governments are aliases of the STATE actors.
g.actor("algeria", "Algeria", "STATE", aliases=["Algiers"], mentions=srt(
    at("Algiers", "violently opposed Algiers’ secular leadership",
       "While Algiers has abjured")
    + at("Algeria", "began after Algeria’s French-backed military",     # owns the military
         "including those of Algeria, Libya")))                        # governments overthrown
g.actor("united_states", "United States", "STATE", aliases=["U.S.", "Washington"], mentions=srt(
    # "U.S." inside "U.S. State Department" / "U.S. Treasury Department" / "U.S. Government
    # Accountability Office" is part of those names (CONVENTIONS 2). "U.S." in "U.S. Secretary
    # of State John Kerry" is kept as a state mention, like "U.S. officials".
    M("U.S.", exclude=("U.S. State Department", "U.S. Treasury Department",
                       "U.S. Government Accountability Office"), expect=7)
    + at("United States", "war with the United States", "namely, the United States and France")
    + at("Washington", "explore Washington’s options")))
g.actor("france", "France", "STATE", mentions=srt(
    at("France", "declared Spain and France its foremost", "France, in particular, has",
       "declared France its primary target", "gained independence from France",
       "military assistance from France", "and France has reduced its forces",
       "the United States and France—it")))
g.actor("spain", "Spain", "STATE", mentions=at("Spain", "declared Spain and France"))
g.actor("mali", "Mali", "STATE", aliases=["Bamako"], mentions=srt(
    at("Mali", "Algeria, Libya, Mali, Mauritania", "against Mali’s government",
       "Mali, a predominantly Muslim", "Mali is the third partner country")
    + at("Bamako", "prompted Bamako to request")))
g.actor("mauritania", "Mauritania", "STATE", mentions=at(
    "Mauritania", "Mali, Mauritania, Morocco", "after Mauritania and Niger"))
g.actor("niger", "Niger", "STATE", mentions=at("Niger", "after Mauritania and Niger"))
g.actor("libya", "Libya", "STATE", mentions=at("Libya", "Algeria, Libya, Mali"))
g.actor("morocco", "Morocco", "STATE", mentions=at("Morocco", "Mauritania, Morocco, and Tunisia"))
g.actor("tunisia", "Tunisia", "STATE", mentions=at(
    "Tunisia", "Morocco, and Tunisia; and", "home of Tunisia’s interior minister"))

# --- government bodies -------------------------------------------------------
g.actor("state_department", "U.S. State Department", "GOVERNMENT_BODY", aliases=["State Department"],
        mentions=srt(M("State Department", exclude=("U.S. State Department",), expect=2)
                     + M("U.S. State Department", expect=3)))
# Court named with the demonym as part of its name; "Algerian" is kept in the mention.
g.actor("constitutional_court", "Algerian Constitutional Court", "GOVERNMENT_BODY",
        aliases=["Constitutional Court"], mentions=M("Algerian Constitutional Court", expect=1))
g.actor("africa_command", "Africa Command", "GOVERNMENT_BODY", mentions=M("Africa Command", expect=1))
g.actor("joint_chiefs", "Joint Chiefs of Staff", "GOVERNMENT_BODY",
        mentions=M("Joint Chiefs of Staff", expect=1))
g.actor("treasury", "U.S. Treasury Department", "GOVERNMENT_BODY",
        mentions=M("U.S. Treasury Department", expect=1))
g.actor("us_gao", "U.S. Government Accountability Office", "GOVERNMENT_BODY",
        mentions=M("U.S. Government Accountability Office", expect=1))
# An administration is a GOVERNMENT_BODY; "George W. Bush" inside its name is not a
# separate PERSON mention (CONVENTIONS 2), so there is no Bush actor.
g.actor("bush_administration", "George W. Bush administration", "GOVERNMENT_BODY",
        mentions=M("George W. Bush administration", expect=1))
g.actor("tscp", "Trans-Sahara Counterterrorism Partnership", "GOVERNMENT_BODY",  # a state programme
        aliases=["TSCP"], mentions=M("Trans-Sahara Counterterrorism Partnership", "TSCP", expect=2))

# --- international organisations --------------------------------------------
g.actor("un", "United Nations", "INTERNATIONAL_ORG", aliases=["UN"],
        mentions=M("United Nations", "UN", exclude=("UN Security Council", "UN sanctions committee"),
                   expect=3))  # "regional UN headquarters", "according to the United Nations", "The UN is"
g.actor("unsc", "UN Security Council", "INTERNATIONAL_ORG",
        mentions=M("UN Security Council", expect=3))  # not "Security Council Report" (a think tank)
g.actor("sanctions_committee", "al-Qaeda sanctions committee", "INTERNATIONAL_ORG",
        aliases=["UN sanctions committee"],
        mentions=M("al-Qaeda sanctions committee", "UN sanctions committee", expect=2))
g.actor("nato", "NATO", "INTERNATIONAL_ORG", mentions=M("NATO", expect=1))
g.actor("ecowas", "Economic Community of West African States", "INTERNATIONAL_ORG",
        mentions=M("Economic Community of West African States", expect=1))
g.actor("minusma", "MINUSMA", "INTERNATIONAL_ORG", mentions=M("MINUSMA", expect=2))

# --- research / media ---------------------------------------------------------
g.actor("crs", "Congressional Research Service", "RESEARCH_MEDIA", aliases=["CRS"],
        # pull-quote attribution line, body, Resources (twice "CRS" after the body one)
        mentions=M("Congressional Research Service", "CRS", expect=6))
g.actor("west_point", "West Point", "RESEARCH_MEDIA", mentions=M("West Point", expect=1))  # academy
g.actor("ctc", "Combating Terrorism Center", "RESEARCH_MEDIA",
        mentions=M("Combating Terrorism Center", expect=1))
g.actor("cfr", "CFR", "RESEARCH_MEDIA", mentions=M("CFR", expect=2))  # "Top Stories on CFR" is after the end
g.actor("ihs_jane", "IHS Jane", "RESEARCH_MEDIA", mentions=M("IHS Jane", expect=1))
g.actor("security_council_report", "Security Council Report", "RESEARCH_MEDIA",
        mentions=M("Security Council Report", expect=1))
g.actor("new_yorker", "New Yorker", "RESEARCH_MEDIA", mentions=M("New Yorker", expect=1))
g.actor("charlie_hebdo", "Charlie Hebdo", "RESEARCH_MEDIA", mentions=M("Charlie Hebdo", expect=1))

# --- persons ------------------------------------------------------------------
g.actor("zawahiri", "Ayman al-Zawahiri", "PERSON", mentions=M("Ayman al-Zawahiri", expect=1))
g.actor("arieff", "Alexis Arieff", "PERSON", aliases=["Arieff"],
        mentions=srt(M("Arieff", exclude=("Alexis Arieff",), expect=1)
                     + M("Alexis Arieff", expect=2)))  # pull-quote attribution + body
g.actor("clinton", "Hillary Clinton", "PERSON", mentions=M("Hillary Clinton", expect=1))
# Titles ("General", "Gen.") are not part of the mention.
g.actor("ham", "Carter Ham", "PERSON", aliases=["Ham"],
        mentions=[sp("Carter Ham"), sp("Ham", within="Gen. Ham described")])
g.actor("bin_laden", "Osama bin Laden", "PERSON", mentions=M("Osama bin Laden", expect=1))
g.actor("dempsey", "Martin E. Dempsey", "PERSON", mentions=M("Martin E. Dempsey", expect=1))
g.actor("droukdel", "Abdelmalek Droukdel", "PERSON", aliases=["Droukdel", "Abou Mossab Abdelwadoud"],
        mentions=srt(M("Abdelmalek Droukdel", expect=1)
                     + M("Droukdel", exclude=("Abdelmalek Droukdel",), expect=1)
                     + M("Abou Mossab Abdelwadoud", expect=1)))
g.actor("belmokhtar", "Mokhtar Belmokhtar", "PERSON", aliases=["Belmokhtar", "Mr. Marlboro"],
        mentions=srt(M("Mokhtar Belmokhtar", expect=1)
                     + M("Belmokhtar", exclude=("Mokhtar Belmokhtar",), expect=3)
                     + M("Mr. Marlboro", expect=1)))
g.actor("kerry", "John Kerry", "PERSON", mentions=M("John Kerry", expect=1))
g.actor("campbell", "John Campbell", "PERSON", mentions=M("John Campbell", expect=2))
g.actor("cohen", "David Cohen", "PERSON", mentions=M("David Cohen", expect=1))
g.actor("pham", "J. Peter Pham", "PERSON", mentions=M("J. Peter Pham", expect=1))
g.actor("anderson", "Jon Lee Anderson", "PERSON", mentions=M("Jon Lee Anderson", expect=1))

# =================================================================== PLACES
# --- cities -------------------------------------------------------------------
g.place("tunis", "Tunis", "CITY", country="TN", mentions=M("Tunis", expect=5))  # 4 captions + body
g.place("algiers", "Algiers", "CITY", country="DZ", mentions=at("Algiers", "In Algiers in December"))
g.place("paris", "Paris", "CITY", country="FR", mentions=M("Paris", expect=1))
g.place("benghazi", "Benghazi", "CITY", country="LY", mentions=M("Benghazi", expect=1))
g.place("gao", "Gao", "CITY", country="ML", mentions=M("Gao", expect=2))
g.place("kidal", "Kidal", "CITY", country="ML", mentions=M("Kidal", expect=2))
g.place("timbuktu", "Timbuktu", "CITY", country="ML", mentions=M("Timbuktu", expect=2))

# --- countries as territory ---------------------------------------------------
g.place("algeria_place", "Algeria", "COUNTRY", country="DZ", mentions=at(
    "Algeria", "Algeria’s civil war",                 # the war happened there (see notes)
    "violent incidents in Algeria", "one thousand members in Algeria"))
g.place("mali_place", "Mali", "COUNTRY", country="ML", mentions=at(
    "Mali", "peacekeeping force in Mali", "includes Niger, Mauritania, and Mali",
    "in Chad, Mali, and Mauritania", "peacekeeping mission in Mali",
    "no longer dominant in Mali", "U.S. interests in Mali"))
g.place("mauritania_place", "Mauritania", "COUNTRY", country="MR", mentions=at(
    "Mauritania", "Niger, Mauritania, and Mali", "Chad, Mali, and Mauritania"))
g.place("niger_place", "Niger", "COUNTRY", country="NE", mentions=at(
    "Niger", "includes Niger, Mauritania", "bombings in Niger"))
g.place("libya_place", "Libya", "COUNTRY", country="LY", mentions=at(
    "Libya", "cells in Libya", "hostages in Libya", "2011 Libya air campaign"))
g.place("tunisia_place", "Tunisia", "COUNTRY", country="TN", mentions=at(
    "Tunisia", "Nigeria, and Tunisia"))
g.place("united_states_place", "United States", "COUNTRY", country="US", mentions=at(
    "United States", "strike in the United States", "Europe or the United States"))
g.place("france_place", "France", "COUNTRY", country="FR", mentions=at("France", "attacks in France"))
# "Nigeria's Boko Haram", "Somalia's al-Shabab", "Yemen's AQAP": the country is where the
# group is based, not a party -> place mentions.
g.place("nigeria", "Nigeria", "COUNTRY", country="NG", mentions=M("Nigeria", expect=2))
g.place("chad", "Chad", "COUNTRY", country="TD", mentions=M("Chad", expect=1))
g.place("somalia", "Somalia", "COUNTRY", country="SO", mentions=M("Somalia", expect=1))
g.place("yemen", "Yemen", "COUNTRY", country="YE", mentions=M("Yemen", expect=1))
g.place("syria", "Syria", "COUNTRY", country="SY", mentions=M("Syria", expect=1))
g.place("iraq", "Iraq", "COUNTRY", country="IQ", mentions=M("Iraq", expect=2))
g.place("afghanistan", "Afghanistan", "COUNTRY", country="AF", mentions=M("Afghanistan", expect=1))
g.place("germany", "Germany", "COUNTRY", country="DE", mentions=M("Germany", expect=1))
g.place("italy", "Italy", "COUNTRY", country="IT", mentions=M("Italy", expect=1))
g.place("netherlands", "Netherlands", "COUNTRY", country="NL", mentions=M("Netherlands", expect=1))
g.place("uk", "UK", "COUNTRY", country="GB", mentions=M("UK", expect=1))
g.place("portugal", "Portugal", "COUNTRY", country="PT", mentions=M("Portugal", expect=1))

# --- regions ------------------------------------------------------------------
g.place("sahara", "Sahara", "REGION", country=None,
        mentions=M("Sahara", exclude=("Trans-Sahara",), expect=3))
g.place("sahel", "Sahel", "REGION", country=None, mentions=M("Sahel", expect=12))
# "North and West Africa": elliptical; "North" is a mention of North Africa, "West Africa"
# of West Africa. "North Africa" in the "More on:" tags is furniture. "North African"
# (standfirst) is an adjective like a demonym -> not a mention.
g.place("north_africa", "North Africa", "REGION", country=None,
        mentions=srt(M("North Africa", expect=2) + [sp("North", within="North and West Africa")]))
g.place("west_africa", "West Africa", "REGION", country=None,
        mentions=M("West Africa", exclude=("Movement for Unity and Jihad in West Africa",), expect=1))
g.place("maghreb", "Maghreb", "REGION", country=None,
        mentions=M("Maghreb", exclude=("Islamic Maghreb", "southern Maghreb"), expect=3))
g.place("southern_maghreb", "southern Maghreb", "REGION", country=None,
        mentions=M("southern Maghreb", expect=1))
g.place("iberian_peninsula", "Iberian Peninsula", "REGION", country=None,
        mentions=M("Iberian Peninsula", expect=1))
g.place("europe", "Europe", "REGION", country=None, mentions=M("Europe", expect=3))
g.place("middle_east", "Middle East", "REGION", country=None, mentions=M("Middle East", expect=2))
g.place("latin_america", "Latin America", "REGION", country=None, mentions=M("Latin America", expect=1))
g.place("africa", "Africa", "REGION", country=None,
        mentions=M("Africa", exclude=("North Africa", "West Africa", "Africa Command"), expect=2))
# "northern Mali" (heading, Resources) and the capitalised "North" of Mali ("the country's
# sparsely populated North", "the country's North") are one REGION.
g.place("northern_mali", "northern Mali", "REGION", country="ML", aliases=["North"],
        mentions=srt(M("northern Mali", expect=2)
                     + at("North", "sparsely populated North", "in the country’s North")))
g.place("eastern_algeria", "eastern Algeria", "REGION", country="DZ", mentions=M("eastern Algeria", expect=1))
g.place("algeria_mali_border", "Algeria-Mali border", "REGION", country=None,
        mentions=M("Algeria-Mali border", expect=1))
g.place("mediterranean", "Mediterranean", "OTHER", country=None, mentions=M("Mediterranean", expect=1))


# =================================================================== SENTENCES
# Evidence sentences, typed verbatim (CONVENTIONS 5: first character to final punctuation).
s_intro1 = S("Al-Qaeda in the Islamic Maghreb (AQIM) is a Salafi-jihadist militant group and U.S.-designated foreign terrorist organization (FTO) operating in the Sahara and Sahel.")
s_intro2 = S("The group traces its provenance to Algeria’s civil war in the 1990s and has in the past decade become an al-Qaeda affiliate with regional ambitions.")
s_intro3 = S("AQIM and its offshoots pose the primary transnational terror threat in North and West Africa but are unlikely to strike in the United States and Europe, according to U.S. officials.")
s_gia = S("AQIM’s lineage extends back to a guerilla Islamist movement known as the Armed Islamic Group (GIA), which violently opposed Algiers’ secular leadership in the 1990s.")
s_insurr = S("The insurrection began after Algeria’s French-backed military canceled a second round of parliamentary elections in 1992 when it appeared that the Islamic Salvation Front was poised to win power.")
s_split98 = S("In 1998, several GIA commanders grew concerned that brutal tactics, such as beheadings, were alienating their Algerian constituency and broke away to found the Salafist Group for Preaching and Combat (GSPC).")
s_delist = S("GIA, now defunct, was delisted as an FTO in 2010.")
s_amnesty = S("GSPC initially drew popular support by vowing to continue the rebellion without killing civilians, but a government amnesty and counterterrorism campaign drove it into disarray in the early 2000s.")
s_pull = S("Adopting the famous name may have enhanced AQIM's legitimacy among extremists and facilitated recruitment.")
s_aligned = S("The group aligned with al-Qaeda in the 2000s to stage high-profile attacks and improve recruiting [PDF] and fundraising, analysts say.")
s_union = S("Ayman al-Zawahiri, al-Qaeda’s leader, who was at the time second in command, announced the union on September 11, 2006, and GSPC rebranded itself as AQIM the following January.")
s_newname = S("The new name denoted the group’s broadened aspirations, which after the merger included Western interests in addition to Algerian targets, analysts say.")
s_arieff = S("“Adopting the famous name may have enhanced AQIM’s legitimacy among extremists and facilitated recruitment [PDF], while enabling al-Qaeda to burnish its international credentials and, potentially, access a region geographically close to Europe,\" wrote Alexis Arieff, an analyst at the nonpartisan Congressional Research Service (CRS).")
s_algiers = S("In Algiers in December, AQIM simultaneously bombed the regional UN headquarters [PDF] and the Algerian Constitutional Court, killing thirty-three people.")
s_ctc = S("According to West Point’s Combating Terrorism Center, AQIM’s objectives include ridding North Africa of Western influence; overthrowing governments deemed apostate, including those of Algeria, Libya, Mali, Mauritania, Morocco, and Tunisia; and installing fundamentalist regimes based on sharia.")
s_ideology = S("Analysts say AQIM’s ideology blends global Salafi-jihadist dogma with regionally resonant elements, including references to the early Islamic conquest of the Maghreb and the Iberian Peninsula.")
s_far = S("While these states of the Maghreb and Sahel are AQIM’s “near enemy,” the group has declared Spain and France its foremost “far enemies.”")
s_charlie = S("AQIM leaders regularly threaten to stage attacks in France, and praised the Charlie Hebdo massacre in Paris in January 2015.")
s_algcamp = S("A successful Algerian counterterrorism campaign forced AQIM from its operational base near the Mediterranean to the Sahel region that includes Niger, Mauritania, and Mali, where the group has established footholds.")
s_iraq = S("AQIM’s members also joined the ranks of the insurgency in Iraq during the 2003–2011 war with the United States.")
s_members = S("The group has about one thousand members in Algeria, according to the State Department, and smaller numbers in the Sahel region, which includes areas in Chad, Mali, and Mauritania.")
s_cells = S("It also has cells in Libya, Nigeria, and Tunisia.")
s_police = S("The group claimed responsibility for killing four policemen outside the home of Tunisia’s interior minister in May 2014.")
s_unclear = S("It isn’t clear if AQIM or affiliated fighters were involved in the attack on tourists in Tunis in March 2015 or the killing of Egyptian Christian hostages in Libya earlier that year.")
s_isresp = S("Groups professing links to the Islamic State claimed responsibility for both of those attacks.")
s_noattack = S("AQIM has not attacked Europe or the United States, although individuals suspected to have ties to the group have been arrested in Germany, Italy, the Netherlands, Portugal, and the UK.")
s_euro = S("The UN Security Council’s al-Qaeda sanctions committee says European cells are a source of the group’s funding.")
s_coord = S("In 2012, the U.S. State Department said AQIM had coordinated with other terrorist groups in the region, including Nigeria’s Boko Haram, Somalia’s al-Shabab, and Yemen’s AQAP, with arms and funds flowing among them.")
s_benghazi = S("Former Secretary of State Hillary Clinton and the former head of Africa Command, General Carter Ham, are among senior U.S. officials who said there were “links” between AQIM and the Libyan militants who attacked the U.S. diplomatic mission in Benghazi in September 2012, but these allegations have not been substantiated in subsequent reporting or unclassified investigations.")
s_afghan = S("Much of AQIM’s leadership is believed to have trained with other Arab volunteers—among them, Osama bin Laden—in Afghanistan during the 1979–1989 war against the Soviet occupation.")
s_rivals = S("AQIM’s top commanders [PDF] “may be rivals as much as comrades or they may operate relatively autonomously,” according to Arieff.")
s_dempsey = S("Chairman of the Joint Chiefs of Staff General Martin E. Dempsey likewise characterized AQIM as “a syndicate of groups who come together episodically, when it’s convenient to them, in order to advance their cause. Sometimes their cause is terrorism. Sometimes it’s criminal. Sometimes it’s arms trafficking.”")
s_droukdel = S("Algerian-born Abdelmalek Droukdel has led the group since 2004.")
s_aka = S("Also known as Abou Mossab Abdelwadoud, he is a trained engineer and explosives expert.")
s_target = S("AQIM declared France its primary target under Droukdel’s leadership.")
s_sentence = S("He was sentenced to death, in absentia, along with twenty-four other alleged terrorists, by an Algerian court in February 2015.")
s_belm = S("Mokhtar Belmokhtar, a founding member of AQIM who led a battalion on the Algeria-Mali border, broke with the group in late 2012 and created his own organization known as the al-Mulathamun Battalion (aka Those Who Sign in Blood Battalion).")
s_mastermind = S("The one-eyed veteran of the anti-Soviet Afghan insurgency is believed to have masterminded the January 2013 hostage crisis at a natural-gas facility in eastern Algeria that left at least thirty-eight civilians dead, as well as twin suicide bombings in Niger that killed at least twenty-six in May of that year.")
s_kerry = S("U.S. Secretary of State John Kerry designated al-Mulathamun an FTO in December 2013.")
s_campbell = S("CFR Senior Fellow John Campbell said the move will have “little practical consequence, but [the] designation greatly enhances the profile and prestige of an individual and a group that, arguably, more closely resembles a bandit and smuggling network than a terrorist organization.”")
s_kfr = S("The group raises money through kidnapping for ransom (KFR) and trafficking arms, vehicles, cigarettes, and persons, according to the U.S. State Department.")
s_nato = S("AQIM’s operational area saw an influx of arms in the aftermath of NATO’s 2011 Libya air campaign.")
s_cohen = S("In October 2012, David Cohen, Undersecretary for Terrorism and Financial Intelligence at the U.S. Treasury Department, said KFR was “the most significant terrorist financing threat today.”")
s_tribes = S("Belmokhtar’s “family connections with local tribes allow [AQIM and affiliated groups] to capitalize on criminal opportunities in the southern Maghreb, such as smuggling, to finance terrorism,” according to the UN sanctions committee.")
s_marlboro = S("Cigarettes, a lucrative contraband, earned Belmokhtar the moniker “Mr. Marlboro.”")
s_narco = S("AQIM also smuggles narcotics, providing a vital Sahel way station between suppliers in Latin America and European markets, analysts say.")
s_wealthiest = S("In July 2012, Gen. Ham described AQIM as al-Qaeda’s “wealthiest affiliate.”")
s_head_mali = S("How did AQIM take over northern Mali?")
s_rebellion = S("AQIM and splinter groups Ansar al-Dine and the Movement for Unity and Jihad in West Africa (MUJAO) aided the semi-nomadic Tuaregs—a historically disenfranchised regional ethnic minority—to launch a rebellion in early 2012 against Mali’s government and wrest control of the country’s sparsely populated North.")
s_sharia = S("They soon marginalized Tuareg forces and began implementing their own severe brand of sharia in the breakaway northern territory, implementing policies that were particularly brutal for women, according to the United Nations.")
s_indep = S("Mali, a predominantly Muslim, landlocked West African nation that straddles the arid latitudes of the sub-Saharan Sahel, gained independence from France in 1960.")
s_coup = S("Its democratization over the past two decades had been celebrated by Western donor states, but the military coup in 2012 and ongoing Islamist insurgency have exposed deep and destabilizing political rifts.")
s_towns = S("After a brief union combating state forces, Ansar al-Dine and MUJAO drove Tuareg separatists out of major towns including Gao, Kidal, and Timbuktu.")
s_merger = S("MUJAO merged with Belmokhtar’s al-Mulathamun Battalion in May 2013 to form al-Murabitoun, according to the State Department, which is covered under the same FTO designation.")
s_minusma = S("In December 2012, the UN Security Council authorized a military peacekeeping mission in Mali, known as MINUSMA, for which regional coalition Economic Community of West African States pledged thousands of troops.")
s_advance = S("However, a rebel advance southward in January 2013, prior to the deployment of African forces, prompted Bamako to request immediate military assistance from France.")
s_retook = S("French forces retook Gao, Kidal, and Timbuktu, pushing AQIM militants northward into the mountains.")
s_retreat = S("Militant Islamists have retreated from major towns, though they have sporadically attacked MINUSMA troops.")
s_pk = S("At least twenty-two peacekeepers have been killed since September 2014, according to a January 2015 UN Security Council report, highlighting the insecurity that remains in the country’s North.")
s_ihs = S("The UN is “stretched” and France has reduced its forces from four thousand during peak fighting in 2013 to three thousand spread across five countries in the Sahel, with a growing focus on Boko Haram, according to IHS Jane.")
s_strategy = S("The U.S. State Department says “the best strategy for dealing with AQIM remains working with regional governments to increase their capability, foster regional cooperation, and counter violent extremism.”")
s_algiers_role = S("While Algiers has abjured a direct counterterrorism role for Western powers—namely, the United States and France—it has welcomed indirect support, according to CRS.")
s_tscp = S("The George W. Bush administration established the Trans-Sahara Counterterrorism Partnership in 2005 to “take a holistic approach to countering violent extremism,” providing civilian and military assistance to more than half a dozen partner countries in the Maghreb and Sahel—$44.3 million in fiscal year 2013.")
s_gao = S("However, the U.S. Government Accountability Office found that TSCP lacked a strategy beyond bilateral aid and has faced challenges from the outset.")
s_coups = S("Mali is the third partner country since 2008 to experience a military coup, after Mauritania and Niger, which triggers a suspension of security assistance under U.S. law.")
s_res_crs2 = S("This CRS report explains the origins and links between al-Qaeda affiliates in the Middle East and Africa.")
s_res_cfr = S("CFR’s John Campbell and J. Peter Pham explore Washington’s options for helping to stabilize Africa’s poor, weakly governed Sahel region.")
s_res_anderson = S("Jon Lee Anderson reports from northern Mali during the time of the AQIM takeover for the New Yorker.")


# =================================================================== EVENTS
E = g.event
A, P, R, MI, RQ = "agent", "patient", "result", "mission", "requester"
d_1992 = Y(sp("1992"), "1992", "year")
d_1998 = Y(sp("1998"), "1998", "year")
d_late2012 = Y(sp("late 2012"), "2012", "year", "END")
d_early2012 = Y(sp("early 2012"), "2012", "year", "START")
d_jan2013_l110 = sp("January 2013", within="rebel advance southward in January 2013")

# --- Algeria, 1990s-2000s -----------------------------------------------------------
# The Algerian civil war: written three times ("Algeria's civil war in the 1990s", "The
# insurrection began ...", "continue the rebellion"); one record, anchored at the fullest
# statement. Rebels = GIA (named in the immediately preceding sentence, which this one
# continues: "violently opposed Algiers' secular leadership"); government = Algeria.
E("e_algeria_insurrection", "REBELLION", trigger=sp("insurrection", within="The insurrection began"),
  evidence=s_insurr, date=d_1992, locations=["algeria_place"],
  participants=[(A, "gia"), (P, "algeria")])
E("e_elections_canceled", "ELECTION", trigger=sp("canceled", within="military canceled a second round"),
  evidence=s_insurr, date=d_1992, locations=["algeria_place"], participants=[(A, "algeria")])
# "several GIA commanders" are unnamed: no agent. GIA is the group left, GSPC the result.
E("e_gspc_split", "SPLIT", trigger=sp("broke away"), evidence=s_split98, date=d_1998,
  participants=[(P, "gia"), (R, "gspc")])
E("e_gspc_founding", "FOUNDING", trigger=sp("found", within="broke away to found the"),
  evidence=s_split98, date=d_1998, participants=[(P, "gspc")])
E("e_gia_delisted", "DELISTING", trigger=sp("delisted"), evidence=s_delist,
  date=Y(sp("2010", within="delisted as an FTO in 2010"), "2010", "year"), participants=[(P, "gia")])
# "a government amnesty and counterterrorism campaign": the government is not named in this
# or the preceding sentence -> no agent (CONVENTIONS 5).
E("e_campaign_vs_gspc", "MILITARY_OPERATION", trigger=sp("counterterrorism campaign", within="amnesty and counterterrorism campaign"),
  evidence=s_amnesty, date=Y(sp("early 2000s"), "200X", "decade", "START"), participants=[(P, "gspc")])
# "U.S.-designated foreign terrorist organization": the U.S. designation of AQIM is asserted
# (undated). The designator is written ("U.S.").
E("e_aqim_designated", "DESIGNATION", trigger=sp("designated", within="U.S.-designated"),
  evidence=s_intro1, participants=[(A, "united_states"), (P, "aqim")])

# --- GSPC joins al-Qaeda, becomes AQIM ----------------------------------------------
# "The group aligned with al-Qaeda in the 2000s" (analysts' claim), "announced the union on
# September 11, 2006" and "after the merger" are one alliance: one record, anchored at the
# dated statement. Parties = al-Qaeda and GSPC (both named in the sentence); Zawahiri is
# the announcer, not a party.
E("e_union", "ALLIANCE", trigger=sp("union", within="announced the union"), evidence=s_union,
  date=Y(sp("September 11, 2006"), "2006-09-11", "day"),
  participants=[(A, "al_qaeda"), (A, "gspc")])
E("e_renaming", "RENAMING", trigger=sp("rebranded"), evidence=s_union,
  date=Y(sp("the following January"), "2007-01", "month"),  # resolved from September 2006
  participants=[(A, "gspc"), (R, "aqim")])
# "That year, 2007, marked the height of AQIM suicide attacks ..." is an aggregate, no event.
# v1.2: "simultaneously bombed the regional UN headquarters and the Algerian
# Constitutional Court" reports two bombings (two targets; "simultaneously" presupposes
# two acts) under one trigger -> one record per target, sharing the trigger.
# "December" resolved from "That year, 2007". "killing thirty-three people" is the
# toll of the two together and cannot be divided: killed is null on each record and
# the joint toll is kept in the extra field "killed_jointly" (see notes).
d_dec2007 = Y(sp("December", within="In Algiers in December"), "2007-12", "month")
for _eid, _target in (("e_algiers_bombing_un", "un"),
                      ("e_algiers_bombing_court", "constitutional_court")):
    E(_eid, "BOMBING", trigger=sp("bombed", within="simultaneously bombed"),
      evidence=s_algiers, date=d_dec2007, locations=["algiers"],
      participants=[(A, "aqim"), (P, _target)],
      killed_jointly={"value": 33, "modifier": None,
                      "events": ["e_algiers_bombing_un", "e_algiers_bombing_court"]})
# Historical event referred to inside the analysts' claim; no actor named.
E("e_islamic_conquest", "TAKEOVER", trigger=sp("conquest"), evidence=s_ideology,
  locations=["maghreb", "iberian_peninsula"])
# AQIM only praised it; the perpetrators are not named in the text.
E("e_charlie_hebdo", "ATTACK", trigger=sp("massacre"), evidence=s_charlie,
  date=Y(sp("January 2015", within="Paris in January 2015"), "2015-01", "month"),
  locations=["paris"], participants=[(P, "charlie_hebdo")])

# --- where AQIM operates --------------------------------------------------------------
# "Algerian" names the state unambiguously (the campaign is the Algerian state's); kept
# as agent although the demonym is not a mention. Distinct from the early-2000s campaign
# against GSPC (different target, AQIM-era relocation to the Sahel). Undated.
E("e_algerian_campaign", "MILITARY_OPERATION", trigger=sp("counterterrorism campaign", within="successful Algerian counterterrorism campaign"),
  evidence=s_algcamp, participants=[(A, "algeria"), (P, "aqim")])
# The Iraq war: "war with the United States" -> US is the force; the insurgency is unnamed.
E("e_iraq_war", "MILITARY_OPERATION", trigger=sp("war", within="2003–2011 war with"),
  evidence=s_iraq, date=Y(sp("2003–2011"), "2003/2011", "interval"), locations=["iraq"],
  participants=[(A, "united_states")])
# Asserted: the killing happened. v1.2 pass: AQIM ("The group") only claims
# responsibility (claim c_aqim_responsibility), and a claimed responsibility is not a
# participant (CONVENTIONS 5, as ISKP in wp-isis-k-2019 e1 and the 2 June Movement in
# wp-red-army-faction-2019 e3) -> no agent. The policemen are unnamed.
# Location: the home of Tunisia's interior minister -> Tunisia.
E("e_tunisia_policemen", "ATTACK", trigger=sp("killing", within="responsibility for killing four"),
  evidence=s_police, date=Y(sp("May 2014"), "2014-05", "month"), locations=["tunisia_place"],
  killed=g.count(4))
# "It isn't clear if AQIM ... were involved in": uncertain (the brief's own example), with AQIM
# as the uncertain agent. "both of those attacks" in the next sentence re-mentions them.
E("e_tunis_tourists", "ATTACK", trigger=sp("attack", within="the attack on tourists"),
  evidence=s_unclear, date=Y(sp("March 2015", within="Tunis in March 2015"), "2015-03", "month"),
  locations=["tunis"], participants=[(A, "aqim")], modality="uncertain")
# "earlier that year": that year = 2015 (from "March 2015"); value 2015, no modifier.
# Victims "Egyptian Christian hostages" -> patient christians (v1.2 pass, communal name).
E("e_libya_hostages", "ATTACK", trigger=sp("killing", within="the killing of Egyptian Christian hostages"),
  evidence=s_unclear, date=Y(sp("earlier that year"), "2015", "year"),
  locations=["libya_place"], participants=[(A, "aqim"), (P, "christians")], modality="uncertain")
# Negated: "AQIM has not attacked Europe or the United States" -- both read as territory.
E("e_no_attack_west", "ATTACK", trigger=sp("attacked", within="AQIM has not attacked"),
  evidence=s_noattack, locations=["europe", "united_states_place"], participants=[(A, "aqim")],
  modality="negated")
# v1.2: arrests in five countries are separate acts (five places, five arresting states)
# under one trigger -> one record per country, sharing the trigger; no named participants.
for _pl in ("germany", "italy", "netherlands", "portugal", "uk"):
    E(f"e_arrests_{_pl}", "ARREST", trigger=sp("arrested", within="have been arrested in Germany"),
      evidence=s_noattack, locations=[_pl])
# Benghazi: the attack itself is asserted; only the AQIM "links" are the unsubstantiated
# allegation (claims c_clinton_links / c_ham_links). Attackers "the Libyan militants" unnamed;
# target "the U.S. diplomatic mission" -> United States.
E("e_benghazi_attack", "ATTACK", trigger=sp("attacked", within="who attacked the U.S. diplomatic mission"),
  evidence=s_benghazi, date=Y(sp("September 2012"), "2012-09", "month"), locations=["benghazi"],
  participants=[(P, "united_states")])

# --- members -------------------------------------------------------------------------
# Soviet-Afghan war; "the anti-Soviet Afghan insurgency" (next paragraph) re-mentions it.
# "Soviet" / "Afghan" are adjectives: no actors named -> no participants.
E("e_soviet_afghan_war", "MILITARY_OPERATION", trigger=sp("war", within="1979–1989 war against"),
  evidence=s_afghan, date=Y(sp("1979–1989"), "1979/1989", "interval"), locations=["afghanistan"])
# "has led the group since 2004": LEADERSHIP (holds command); the group = AQIM.
E("e_droukdel_leads", "LEADERSHIP", trigger=sp("led", within="has led the group since 2004"),
  evidence=s_droukdel, date=Y(sp("since 2004"), "2004", "year", "ON_OR_AFTER"),
  participants=[(A, "droukdel"), (P, "aqim")])
# "He" = Droukdel (named in the immediately preceding sentence). "an Algerian court": the
# court is unnamed; the Algerian state is taken as the agent (see notes).
E("e_droukdel_sentenced", "SENTENCING", trigger=sp("sentenced", within="He was sentenced to death"),
  evidence=s_sentence, date=Y(sp("February 2015"), "2015-02", "month"),
  participants=[(A, "algeria"), (P, "droukdel")])
E("e_belmokhtar_split", "SPLIT", trigger=sp("broke with"), evidence=s_belm, date=d_late2012,
  participants=[(A, "belmokhtar"), (P, "aqim"), (R, "al_mulathamun")])
E("e_mulathamun_founding", "FOUNDING", trigger=sp("created", within="created his own organization"),
  evidence=s_belm, date=d_late2012, participants=[(A, "belmokhtar"), (P, "al_mulathamun")])
# "is believed to have masterminded": the crisis/bombings are presupposed facts, but the record
# carries Belmokhtar as agent and his role is hedged -> uncertain (same treatment as the
# Tunis "it isn't clear if AQIM ... were involved"). "The one-eyed veteran" = Belmokhtar
# (immediately preceding sentence).
E("e_in_amenas_hostage_crisis", "KIDNAPPING", trigger=sp("hostage crisis"), evidence=s_mastermind,
  date=Y(sp("January 2013", within="the January 2013 hostage crisis"), "2013-01", "month"),
  locations=["eastern_algeria"], participants=[(A, "belmokhtar")],
  killed=g.count(38, "AT_LEAST"), modality="uncertain")
# "twin": a counted set of acts that the text does not tell apart (one place, one date,
# one agent, one toll) -> one record with the extra field count_of_events (CONVENTIONS 5,
# as the "four other ... bombings" in wp-eta-2019 e2).
E("e_niger_bombings", "BOMBING", trigger=sp("suicide bombings", within="twin suicide bombings in Niger"),
  evidence=s_mastermind, date=Y(sp("May of that year"), "2013-05", "month"),
  locations=["niger_place"], participants=[(A, "belmokhtar")],
  killed=g.count(26, "AT_LEAST"), modality="uncertain", count_of_events=2)
E("e_mulathamun_designated", "DESIGNATION", trigger=sp("designated", within="John Kerry designated"),
  evidence=s_kerry, date=Y(sp("December 2013"), "2013-12", "month"),
  participants=[(A, "kerry"), (P, "al_mulathamun")])

# --- tactics -------------------------------------------------------------------------
# "AQIM's tactics include ..." and "Its members have frequently kidnapped ..." are habits.
E("e_nato_libya", "MILITARY_OPERATION", trigger=sp("air campaign"), evidence=s_nato,
  date=Y(sp("2011", within="NATO’s 2011 Libya"), "2011", "year"), locations=["libya_place"],
  participants=[(A, "nato")])

# --- northern Mali -----------------------------------------------------------------
E("e_aid_to_tuaregs", "ASSISTANCE", trigger=sp("aided"), evidence=s_rebellion, date=d_early2012,
  participants=[(A, "aqim"), (A, "ansar_al_dine"), (A, "mujao"), (P, "tuaregs")])
E("e_mali_rebellion", "REBELLION", trigger=sp("rebellion", within="launch a rebellion"),
  evidence=s_rebellion, date=d_early2012, locations=["northern_mali"],
  participants=[(A, "tuaregs"), (P, "mali")])
# "wrest control of the country's ... North" = the takeover of northern Mali that the heading
# ("How did AQIM take over northern Mali?") and Resources ("the AQIM takeover") name: one
# record. Agents: the Tuaregs (grammatical subject) and AQIM, Ansar al-Dine, MUJAO (the
# heading credits AQIM; they aided the whole operation).
E("e_north_mali_takeover", "TAKEOVER", trigger=sp("wrest control"), evidence=s_rebellion,
  date=d_early2012, locations=["northern_mali"],
  participants=[(A, "tuaregs"), (A, "aqim"), (A, "ansar_al_dine"), (A, "mujao"), (P, "mali")])
# "Its" = Mali (preceding sentence); plotters unnamed ("the military").
E("e_mali_coup_2012", "COUP", trigger=sp("coup", within="the military coup in 2012"),
  evidence=s_coup, date=Y(sp("2012", within="the military coup in 2012"), "2012", "year"),
  locations=["mali_place"], participants=[(P, "mali")])
# "a brief union" between the Islamists and the Tuareg separatists they then drove out.
E("e_brief_union", "ALLIANCE", trigger=sp("union", within="After a brief union"), evidence=s_towns,
  participants=[(A, "ansar_al_dine"), (A, "mujao"), (A, "tuaregs")])
# v1.2: driving the separatists out of three named towns is three takeovers (one per
# town) under one trigger; the two groups act together in each (shared agents).
for _town in ("gao", "kidal", "timbuktu"):
    E(f"e_towns_takeover_{_town}", "TAKEOVER", trigger=sp("drove", within="MUJAO drove Tuareg"),
      evidence=s_towns, locations=[_town],
      participants=[(A, "ansar_al_dine"), (A, "mujao"), (P, "tuaregs")])
E("e_murabitoun_merger", "MERGER", trigger=sp("merged"), evidence=s_merger,
  date=Y(sp("May 2013"), "2013-05", "month"),
  participants=[(A, "mujao"), (A, "al_mulathamun"), (R, "al_murabitoun")])

# --- responses -----------------------------------------------------------------------
d_dec2012 = Y(sp("December 2012"), "2012-12", "month")
E("e_minusma_authorized", "DEPLOYMENT", trigger=sp("authorized", within="Security Council authorized"),
  evidence=s_minusma, date=d_dec2012, locations=["mali_place"],
  participants=[(A, "unsc"), (MI, "minusma")])
# A pledge of troops is an offer of a future deployment -> hypothetical.
E("e_ecowas_pledge", "DEPLOYMENT", trigger=sp("pledged"), evidence=s_minusma, date=d_dec2012,
  locations=["mali_place"], participants=[(A, "ecowas"), (MI, "minusma")], modality="hypothetical")
E("e_rebel_advance", "MILITARY_OPERATION", trigger=sp("advance", within="rebel advance southward"),
  evidence=s_advance, date=Y(d_jan2013_l110, "2013-01", "month"))
# "prior to the deployment of African forces": the deployment came after January 2013.
E("e_african_deployment", "DEPLOYMENT", trigger=sp("deployment", within="prior to the deployment of African forces"),
  evidence=s_advance, date=Y(d_jan2013_l110, "2013-01", "month", "AFTER"))
# Bamako (= Mali's government) requests; France provides (confirmed by the next sentence).
E("e_french_assistance", "ASSISTANCE", trigger=sp("military assistance", within="immediate military assistance from France"),
  evidence=s_advance, date=Y(d_jan2013_l110, "2013-01", "month"),
  participants=[(A, "france"), (P, "mali"), (RQ, "mali")])
# "French forces" -> France (named in the immediately preceding sentence as the provider).
# No date expression; January 2013 is inferred from the preceding sentence (span null).
# v1.2: one retaking per named town (three records sharing the trigger).
for _town in ("gao", "kidal", "timbuktu"):
    E(f"e_french_retake_{_town}", "TAKEOVER", trigger=sp("retook"), evidence=s_retook,
      date=Y(None, "2013-01", "month", text=None), locations=[_town],
      participants=[(A, "france"), (P, "aqim")])
# "Militant Islamists have retreated ... sporadically attacked MINUSMA troops": habitual, no
# event. The reported toll "since September 2014" is one (aggregate) attack record; victims =
# MINUSMA peacekeepers (named in the preceding sentence); attackers unnamed.
E("e_peacekeepers_killed", "ATTACK", trigger=sp("killed", within="peacekeepers have been killed"),
  evidence=s_pk, date=Y(sp("since September 2014"), "2014-09", "month", "ON_OR_AFTER"),
  participants=[(P, "minusma")], killed=g.count(22, "AT_LEAST"))
E("e_french_fighting_2013", "MILITARY_OPERATION", trigger=sp("fighting", within="peak fighting in 2013"),
  evidence=s_ihs, date=Y(sp("2013", within="peak fighting in 2013"), "2013", "year"),
  participants=[(A, "france")])
# Reducing forces is a DEPLOYMENT. No date expression of its own; "from four thousand
# during peak fighting in 2013" orders it after 2013 -> 2013 AFTER, span null
# (CONVENTIONS 6, v1.2 pass).
E("e_french_drawdown", "DEPLOYMENT", trigger=sp("reduced"), evidence=s_ihs, locations=["sahel"],
  date=Y(None, "2013", "year", "AFTER"), participants=[(A, "france")])
E("e_tscp_founded", "FOUNDING", trigger=sp("established", within="administration established the"),
  evidence=s_tscp, date=Y(sp("2005", within="Partnership in 2005"), "2005", "year"),
  participants=[(A, "bush_administration"), (P, "tscp")])
# The FY2013 tranche ($44.3 million) dates the assistance; recipients ("partner countries")
# unnamed. Fiscal year 2013 given as year 2013.
E("e_tscp_assistance", "ASSISTANCE", trigger=sp("assistance", within="civilian and military assistance"),
  evidence=s_tscp, date=Y(sp("fiscal year 2013"), "2013", "year"), locations=["maghreb", "sahel"],
  participants=[(A, "tscp")])
# Mali's coup here is the 2012 coup already recorded; the two earlier coups are new records,
# dated only by "since 2008". "which triggers a suspension ... under U.S. law" is a standing
# rule, not an event.
d_since2008 = Y(sp("since 2008"), "2008", "year", "ON_OR_AFTER")
E("e_mauritania_coup", "COUP", trigger=sp("coup", within="to experience a military coup"),
  evidence=s_coups, date=d_since2008, locations=["mauritania_place"], participants=[(P, "mauritania")])
E("e_niger_coup", "COUP", trigger=sp("coup", within="to experience a military coup"),
  evidence=s_coups, date=d_since2008, locations=["niger_place"], participants=[(P, "niger")])
# Second statements of events (re-mentions, not records), kept in the extra field
# "restatements" (ANNOTATION v1.2; the scorer ignores unknown fields):
_also = {
    "e_algeria_insurrection": [sp("civil war", within="Algeria’s civil war"),
                               sp("rebellion", within="continue the rebellion")],
    "e_union": [sp("aligned", within="The group aligned with"), sp("merger", within="after the merger")],
    "e_north_mali_takeover": [sp("take over", within="How did AQIM take over"),
                              sp("takeover", within="the AQIM takeover")],
    "e_soviet_afghan_war": [sp("insurgency", within="anti-Soviet Afghan insurgency")],
    "e_mali_coup_2012": [sp("coup", within="experience a military coup")],
    "e_mulathamun_designated": [sp("move", within="said the move"),
                                sp("designation", within="[the] designation")],
    "e_tunis_tourists": [sp("attacks", within="both of those attacks")],
    "e_libya_hostages": [sp("attacks", within="both of those attacks")],
    "e_mali_rebellion": [sp("insurgency", within="ongoing Islamist insurgency")],
}
for ev in g.events:
    if ev["id"] in _also:
        ev["restatements"] = _also[ev["id"]]


# =================================================================== CLAIMS
C = g.claim
# Content = the attributed proposition without cue and source; quotation marks that open or
# close the whole content are left out, inner ones kept (kind "mixed"); a final period
# closing the quotation is left out (as in the other gold documents).
C("c_us_officials", source=None, source_text="U.S. officials",
  cue=sp("according to", within="Europe, according to U.S. officials"),
  content=sp("AQIM and its offshoots pose the primary transnational terror threat in North and West Africa but are unlikely to strike in the United States and Europe"),
  kind="indirect", hedged=True, about=["aqim"])  # "unlikely" = hedged prediction
C("c_analysts_aligned", source=None, source_text="analysts",
  cue=sp("say", within="and fundraising, analysts say"),
  content=sp("The group aligned with al-Qaeda in the 2000s to stage high-profile attacks and improve recruiting [PDF] and fundraising"),
  kind="indirect", about=["gspc", "al_qaeda"])
C("c_analysts_new_name", source=None, source_text="analysts",
  cue=sp("say", within="Algerian targets, analysts say"),
  content=sp("The new name denoted the group’s broadened aspirations, which after the merger included Western interests in addition to Algerian targets"),
  kind="indirect", about=["aqim"])
# Pull quote repeats the first half of this quotation: one claim, anchored here; the pull-quote
# sentence and its attribution line are recorded as mentions (actor mentions + extra field).
C("c_arieff_name", source="arieff", source_text="Alexis Arieff", cue=sp("wrote", within="\" wrote Alexis"),
  content=sp("Adopting the famous name may have enhanced AQIM’s legitimacy among extremists and facilitated recruitment [PDF], while enabling al-Qaeda to burnish its international credentials and, potentially, access a region geographically close to Europe"),
  kind="direct", hedged=True, about=["aqim", "al_qaeda"],
  restatements=[{"source_text": "Alexis Arieff", "cue": None, "content": s_pull}])
C("c_ctc_objectives", source="ctc", source_text="West Point’s Combating Terrorism Center",
  cue=sp("According to", within="According to West Point"),
  content=sp("AQIM’s objectives include ridding North Africa of Western influence; overthrowing governments deemed apostate, including those of Algeria, Libya, Mali, Mauritania, Morocco, and Tunisia; and installing fundamentalist regimes based on sharia"),
  kind="indirect", about=["aqim"])
C("c_analysts_ideology", source=None, source_text="Analysts", cue=sp("say", within="Analysts say AQIM"),
  content=sp("AQIM’s ideology blends global Salafi-jihadist dogma with regionally resonant elements, including references to the early Islamic conquest of the Maghreb and the Iberian Peninsula"),
  kind="indirect", about=["aqim"])
# The cue interrupts the sentence: content is the part before the cue; the continuation
# after it is kept in an extra field.
C("c_statedept_members", source="state_department", source_text="State Department",
  cue=sp("according to", within="Algeria, according to the State Department"),
  content=sp("The group has about one thousand members in Algeria"),
  kind="indirect", about=["aqim"],
  content_continuation=sp("and smaller numbers in the Sahel region, which includes areas in Chad, Mali, and Mauritania"))
# Responsibility claims: cue "claimed", content "responsibility for ..." (CONVENTIONS 7,
# v1.2 pass, as in wp-isis-k-2019 c1 and wp-red-army-faction-2019 c2).
C("c_aqim_responsibility", source="aqim", source_text="group",
  cue=sp("claimed", within="The group claimed responsibility"),
  content=sp("responsibility for killing four policemen outside the home of Tunisia’s interior minister in May 2014"),
  kind="indirect", about=["aqim"])
C("c_is_groups_responsibility", source=None, source_text="Groups professing links to the Islamic State",
  cue=sp("claimed", within="Islamic State claimed responsibility"),
  content=sp("responsibility for both of those attacks"), kind="indirect", about=["islamic_state"])
C("c_committee_european_cells", source="sanctions_committee",
  source_text="UN Security Council’s al-Qaeda sanctions committee",
  cue=sp("says", within="sanctions committee says"),
  content=sp("European cells are a source of the group’s funding"), kind="indirect", about=["aqim"])
C("c_statedept_coordination", source="state_department", source_text="U.S. State Department",
  cue=sp("said", within="State Department said AQIM"),
  content=sp("AQIM had coordinated with other terrorist groups in the region, including Nigeria’s Boko Haram, Somalia’s al-Shabab, and Yemen’s AQAP, with arms and funds flowing among them"),
  kind="indirect", date=Y(sp("2012", within="In 2012, the U.S. State"), "2012", "year"),
  about=["aqim", "boko_haram", "al_shabab", "aqap"])
# Two named sources of one statement -> two claims (one per source) with the same content.
# Hedged: the text says "these allegations have not been substantiated".
_links = sp("there were “links” between AQIM and the Libyan militants who attacked the U.S. diplomatic mission in Benghazi in September 2012")
_links_cue = sp("said", within="officials who said there were")
C("c_clinton_links", source="clinton", source_text="Former Secretary of State Hillary Clinton", cue=_links_cue, content=_links,
  kind="mixed", hedged=True, about=["aqim"])
C("c_ham_links", source="ham", source_text="General Carter Ham", cue=_links_cue, content=_links,
  kind="mixed", hedged=True, about=["aqim"])
C("c_arieff_rivals", source="arieff", source_text="Arieff", cue=sp("according to", within="according to Arieff"),
  content=sp("AQIM’s top commanders [PDF] “may be rivals as much as comrades or they may operate relatively autonomously"),
  kind="mixed", hedged=True, about=["aqim"])
C("c_dempsey_syndicate", source="dempsey",
  source_text="Chairman of the Joint Chiefs of Staff General Martin E. Dempsey",
  cue=sp("characterized"),
  content=sp("AQIM as “a syndicate of groups who come together episodically, when it’s convenient to them, in order to advance their cause. Sometimes their cause is terrorism. Sometimes it’s criminal. Sometimes it’s arms trafficking"),
  kind="mixed", about=["aqim"])
C("c_campbell_designation", source="campbell", source_text="CFR Senior Fellow John Campbell",
  cue=sp("said", within="John Campbell said the move"),
  content=sp("the move will have “little practical consequence, but [the] designation greatly enhances the profile and prestige of an individual and a group that, arguably, more closely resembles a bandit and smuggling network than a terrorist organization"),
  kind="mixed", hedged=True, about=["al_mulathamun", "belmokhtar"])  # "arguably"
C("c_statedept_kfr", source="state_department", source_text="U.S. State Department",
  cue=sp("according to", within="persons, according to the U.S. State Department"),
  content=sp("The group raises money through kidnapping for ransom (KFR) and trafficking arms, vehicles, cigarettes, and persons"),
  kind="indirect", about=["aqim"])
C("c_cohen_kfr", source="cohen", source_text="David Cohen", cue=sp("said", within="Department, said KFR"),
  content=sp("KFR was “the most significant terrorist financing threat today"),
  kind="mixed", date=Y(sp("October 2012"), "2012-10", "month"), about=[])  # about KFR in general
C("c_committee_belmokhtar", source="sanctions_committee", source_text="UN sanctions committee",
  cue=sp("according to", within="according to the UN sanctions committee"),
  content=sp("Belmokhtar’s “family connections with local tribes allow [AQIM and affiliated groups] to capitalize on criminal opportunities in the southern Maghreb, such as smuggling, to finance terrorism"),
  kind="mixed", about=["belmokhtar", "aqim"])
C("c_analysts_narcotics", source=None, source_text="analysts", cue=sp("say", within="European markets, analysts say"),
  content=sp("AQIM also smuggles narcotics, providing a vital Sahel way station between suppliers in Latin America and European markets"),
  kind="indirect", about=["aqim"])
C("c_ham_wealthiest", source="ham", source_text="Gen. Ham", cue=sp("described"),
  content=sp("AQIM as al-Qaeda’s “wealthiest affiliate"), kind="mixed",
  date=Y(sp("July 2012"), "2012-07", "month"), about=["aqim", "al_qaeda"])
C("c_un_sharia", source="un", source_text="United Nations",
  cue=sp("according to", within="women, according to the United Nations"),
  content=sp("They soon marginalized Tuareg forces and began implementing their own severe brand of sharia in the breakaway northern territory, implementing policies that were particularly brutal for women"),
  kind="indirect", about=["aqim", "ansar_al_dine", "mujao", "tuaregs"])
C("c_statedept_merger", source="state_department", source_text="State Department",
  cue=sp("according to", within="al-Murabitoun, according to the State Department"),
  content=sp("MUJAO merged with Belmokhtar’s al-Mulathamun Battalion in May 2013 to form al-Murabitoun"),
  kind="indirect", about=["mujao", "al_mulathamun", "al_murabitoun"])
C("c_unsc_peacekeepers", source="unsc", source_text="UN Security Council report",
  cue=sp("according to", within="2014, according to a January 2015"),
  content=sp("At least twenty-two peacekeepers have been killed since September 2014"),
  kind="indirect", date=Y(sp("January 2015", within="a January 2015 UN Security Council report"), "2015-01", "month"),
  about=["minusma"])
C("c_ihs_forces", source="ihs_jane", source_text="IHS Jane", cue=sp("according to", within="according to IHS Jane"),
  content=sp("The UN is “stretched” and France has reduced its forces from four thousand during peak fighting in 2013 to three thousand spread across five countries in the Sahel, with a growing focus on Boko Haram"),
  kind="mixed", about=["un", "france"])
C("c_statedept_strategy", source="state_department", source_text="U.S. State Department",
  cue=sp("says", within="State Department says “the best"),
  content=sp("the best strategy for dealing with AQIM remains working with regional governments to increase their capability, foster regional cooperation, and counter violent extremism"),
  kind="direct", about=["aqim"])
C("c_crs_algiers", source="crs", source_text="CRS", cue=sp("according to", within="according to CRS"),
  content=sp("While Algiers has abjured a direct counterterrorism role for Western powers—namely, the United States and France—it has welcomed indirect support"),
  kind="indirect", about=["algeria", "united_states", "france"])
C("c_gao_tscp", source="us_gao", source_text="U.S. Government Accountability Office", cue=sp("found", within="Office found that"),
  content=sp("TSCP lacked a strategy beyond bilateral aid and has faced challenges from the outset"),
  kind="indirect", about=["tscp"])


# =================================================================== RELATIONS
def REL(head, typ, tail, ev, date=None):
    g.relation(head, typ, tail, evidence=ev, date=date)


# AQIM: status, lineage
REL("aqim", "OPERATES_IN", "sahara", s_intro1)
REL("aqim", "OPERATES_IN", "sahel", s_intro1)
REL("aqim", "AFFILIATE_OF", "al_qaeda", s_intro2,
    Y(sp("the past decade"), "2005/2015", "interval"))  # resolved against 2015-03-27
# v1.2: "Algeria's French-backed military": the demonym stands for the state, which the
# brief holds as STATE actor france -> the backing is a stated alignment.
REL("france", "ALLIED_WITH", "algeria", s_insurr)
REL("gia", "ENEMY_OF", "algeria", s_gia,
    Y(sp("1990s", within="secular leadership in the 1990s"), "199X", "decade"))
REL("gspc", "SPLINTER_OF", "gia", s_split98, d_1998)
REL("gspc", "ALLIED_WITH", "al_qaeda", s_aligned,  # inside the analysts' claim
    Y(sp("2000s", within="al-Qaeda in the 2000s"), "200X", "decade"))
REL("zawahiri", "LEADER_OF", "al_qaeda", s_union)
REL("aqim", "SUCCESSOR_OF", "gspc", s_union, Y(sp("the following January"), "2007-01", "month"))
REL("arieff", "MEMBER_OF", "crs", s_arieff)
REL("constitutional_court", "PART_OF", "algeria", s_algiers)  # stated by its name
# Objectives (CTC claim): overthrowing those governments
REL("ctc", "PART_OF", "west_point", s_ctc)
for st in ("algeria", "libya", "mali", "mauritania", "morocco", "tunisia"):
    REL("aqim", "ENEMY_OF", st, s_ctc)
REL("aqim", "ENEMY_OF", "spain", s_far)
REL("aqim", "ENEMY_OF", "france", s_far)  # restated: "AQIM declared France its primary target"
# Where AQIM operates (one record per pair; first statement)
for pl in ("niger_place", "mauritania_place", "mali_place"):
    REL("aqim", "OPERATES_IN", pl, s_algcamp)  # "where the group has established footholds"
REL("algeria", "ENEMY_OF", "aqim", s_algcamp)  # "A successful Algerian counterterrorism campaign forced AQIM"
REL("aqim", "OPERATES_IN", "iraq", s_iraq)  # its members "joined the ranks of the insurgency in Iraq"
REL("aqim", "OPERATES_IN", "algeria_place", s_members)
REL("aqim", "OPERATES_IN", "chad", s_members)
for pl in ("libya_place", "nigeria", "tunisia_place"):
    REL("aqim", "OPERATES_IN", pl, s_cells)
REL("sanctions_committee", "PART_OF", "unsc", s_euro)
REL("unsc", "PART_OF", "un", s_euro)  # "UN Security Council"
REL("state_department", "PART_OF", "united_states", s_coord)  # "U.S. State Department"
# Inside the State Department's 2012 claim: "coordinated with"
for grp in ("boko_haram", "al_shabab", "aqap"):
    REL("aqim", "ALLIED_WITH", grp, s_coord)
REL("boko_haram", "OPERATES_IN", "nigeria", s_coord)  # "Nigeria's Boko Haram"
REL("al_shabab", "OPERATES_IN", "somalia", s_coord)
REL("aqap", "OPERATES_IN", "yemen", s_coord)
REL("ham", "LEADER_OF", "africa_command", s_benghazi)  # "the former head of Africa Command"
REL("dempsey", "LEADER_OF", "joint_chiefs", s_dempsey)
REL("droukdel", "LEADER_OF", "aqim", s_droukdel, Y(sp("since 2004"), "2004", "year", "ON_OR_AFTER"))
REL("belmokhtar", "FOUNDER_OF", "aqim", s_belm)  # "a founding member of AQIM"
REL("belmokhtar", "OPERATES_IN", "algeria_mali_border", s_belm)  # "led a battalion on the Algeria-Mali border"
REL("al_mulathamun", "SPLINTER_OF", "aqim", s_belm, d_late2012)
REL("belmokhtar", "FOUNDER_OF", "al_mulathamun", s_belm, d_late2012)
REL("campbell", "MEMBER_OF", "cfr", s_campbell)  # "CFR Senior Fellow"
REL("cohen", "MEMBER_OF", "treasury", s_cohen)
REL("treasury", "PART_OF", "united_states", s_cohen)
REL("aqim", "OPERATES_IN", "southern_maghreb", s_tribes)  # inside the committee's claim
# Evidence: the body sentence of the takeover (a heading is never an anchor or the
# only evidence, CONVENTIONS 10; v1.2 pass moved it from the heading).
REL("aqim", "OPERATES_IN", "northern_mali", s_rebellion)
REL("ansar_al_dine", "SPLINTER_OF", "aqim", s_rebellion)  # "splinter groups"
REL("mujao", "SPLINTER_OF", "aqim", s_rebellion)
REL("tuaregs", "ENEMY_OF", "mali", s_rebellion)  # rebellion against Mali's government
REL("ansar_al_dine", "ENEMY_OF", "tuaregs", s_towns)
REL("mujao", "ENEMY_OF", "tuaregs", s_towns)
REL("ansar_al_dine", "ENEMY_OF", "mali", s_towns)  # "a brief union combating state forces"
REL("mujao", "ENEMY_OF", "mali", s_towns)
REL("mujao", "MERGED_INTO", "al_murabitoun", s_merger, Y(sp("May 2013"), "2013-05", "month"))
REL("al_mulathamun", "MERGED_INTO", "al_murabitoun", s_merger, Y(sp("May 2013"), "2013-05", "month"))
REL("france", "ENEMY_OF", "aqim", s_retook)
# CONVENTIONS 11 (v1.2 pass): an armed group, state or force OPERATES_IN the city (else
# region or country) of an asserted attack, bombing, kidnapping, takeover or military
# operation it carried out; facilities are never tails.
REL("aqim", "OPERATES_IN", "algiers", s_algiers)
REL("united_states", "OPERATES_IN", "iraq", s_iraq)
REL("nato", "OPERATES_IN", "libya_place", s_nato)
for grp in ("ansar_al_dine", "mujao"):
    REL(grp, "OPERATES_IN", "northern_mali", s_rebellion)
    for town in ("gao", "kidal", "timbuktu"):
        REL(grp, "OPERATES_IN", town, s_towns)
for town in ("gao", "kidal", "timbuktu"):
    REL("france", "OPERATES_IN", town, s_retook)
# Stated presence: "a military peacekeeping mission in Mali, known as MINUSMA".
REL("minusma", "OPERATES_IN", "mali_place", s_minusma)
REL("france", "OPERATES_IN", "sahel", s_ihs)  # forces "spread across five countries in the Sahel"
REL("bush_administration", "FOUNDER_OF", "tscp", s_tscp, Y(sp("2005", within="Partnership in 2005"), "2005", "year"))
REL("us_gao", "PART_OF", "united_states", s_gao)
REL("anderson", "MEMBER_OF", "new_yorker", s_res_anderson)  # "reports ... for the New Yorker"


# =================================================================== CHECKS
# 1. No span in page furniture.
def all_spans(b):
    for a in b["actors"] + b["places"]:
        yield from a["mentions"]
    for e in b["events"]:
        yield e["trigger"]
        yield e["evidence"]
        yield from e.get("restatements", [])
        if e["date"] and e["date"]["span"]:
            yield e["date"]["span"]
    for c in b["claims"]:
        yield c["cue"]
        yield c["content"]
    for r in b["relations"]:
        yield r["evidence"]


brief = g.brief()
for s in all_spans(brief):
    assert not in_furniture(s), s
    assert T[s["start"]:s["end"]] == s["text"]

# 1b. Triggers and written event dates lie inside their evidence sentence; claim cue and
#     content lie in one paragraph.
def inside(a, b):
    return b["start"] <= a["start"] and a["end"] <= b["end"]


for e in brief["events"]:
    assert inside(e["trigger"], e["evidence"]), e["id"]
    if e["date"] and e["date"]["span"]:
        assert inside(e["date"]["span"], e["evidence"]), e["id"]
for c in brief["claims"]:
    lo = min(c["cue"]["start"], c["content"]["start"])
    hi = max(c["cue"]["end"], c["content"]["end"])
    assert "\n" not in T[lo:hi], c["id"]
    assert c["cue"]["end"] <= c["content"]["start"] or c["content"]["end"] <= c["cue"]["start"], c["id"]

for r in brief["relations"]:
    if r["date"] and r["date"]["span"]:
        assert inside(r["date"]["span"], r["evidence"]), r
triples = [(r["head"], r["type"], r["tail"]) for r in brief["relations"]]
assert len(triples) == len(set(triples)), "duplicate relation"

# 2. Mentions do not overlap across entities of the same layer (actors / places).
for layer in ("actors", "places"):
    seen = []
    for ent in brief[layer]:
        for m in ent["mentions"]:
            for (a, b, eid) in seen:
                assert m["end"] <= a or b <= m["start"], (layer, ent["id"], eid, m)
            seen.append((m["start"], m["end"], ent["id"]))

# 3. Every written name/alias occurrence is covered by some mention, unless it lies in
#    furniture or in a listed non-mention context (the reason is in the notes).
NOT_MENTIONS = {
    "North": ["North African al-Qaeda franchise"],  # adjective
}
covered = [(m["start"], m["end"]) for ent in brief["actors"] + brief["places"] for m in ent["mentions"]]
for ent in brief["actors"] + brief["places"]:
    for name in [ent["name"], *ent["aliases"]]:
        for f in forms(name):
            for st in g.occurrences(f):
                en = st + len(f)
                if in_furniture({"start": st, "end": en}):
                    continue
                if any(a <= st and en <= b for a, b in covered):
                    continue
                if any(ART.find(c) != -1 and ART.find(c) <= st < ART.find(c) + len(c)
                       for c in NOT_MENTIONS.get(name, [])):
                    continue
                raise AssertionError(("uncovered occurrence", ent["id"], name, st, ART[st - 30:en + 30]))

# 4. Capitalised words not covered by any mention (printed for the adversarial pass).
uncovered_caps = Counter()
for m in re.finditer(r"\b[A-Z][A-Za-z-]*", ART):
    st, en = m.start(), m.end()
    if in_furniture({"start": st, "end": en}) or any(a <= st and en <= b for a, b in covered):
        continue
    uncovered_caps[m.group(0)] += 1

out = g.write()

# =================================================================== COUNTS
def show(title, counter):
    print(f"{title}: {sum(counter.values())}")
    for k, v in sorted(counter.items()):
        print(f"  {k}: {v}")


print(f"wrote {out.relative_to(Path.cwd()) if out.is_relative_to(Path.cwd()) else out}")
show("actors", Counter(a["type"] for a in brief["actors"]))
print(f"  (actor mentions: {sum(len(a['mentions']) for a in brief['actors'])})")
show("places", Counter(p["type"] for p in brief["places"]))
print(f"  (place mentions: {sum(len(p['mentions']) for p in brief['places'])})")
show("events", Counter(e["type"] for e in brief["events"]))
show("event modality", Counter(e["modality"] for e in brief["events"]))
show("claims (kind)", Counter(c["kind"] for c in brief["claims"]))
print(f"  (named source: {sum(c['source'] is not None for c in brief['claims'])}, "
      f"unnamed: {sum(c['source'] is None for c in brief['claims'])}, "
      f"hedged: {sum(c['hedged'] for c in brief['claims'])})")
show("relations", Counter(r["type"] for r in brief["relations"]))
if "-v" in sys.argv:
    print("uncovered capitalised words:", dict(uncovered_caps))
