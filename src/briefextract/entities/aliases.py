"""Other names the text gives an entity: acronym definitions, "also known as",
quoted nicknames. Each finder returns links between mention indices and any
new mentions the link itself reveals."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from briefextract.entities.abbreviations import Abbreviation, initials_overlap, is_short_form
from briefextract.entities.canon import NICKNAME_RULE, Mention
from briefextract.entities.index import RangeIndex
from briefextract.rules.lexicon import Lexicon, alternation

# Inside quotation marks after a nickname cue (and a linking word: NICKNAME_LINK).
_QUOTED = r"\s+(?:{links}\s+)?[“\"‘']([^”\"’'\n]{{2,60}}?)[.,]?[”\"’']"
MIN_INITIALS_OVERLAP = 0.6
# A capitalised word of a name, which may carry an Arabic article with a hyphen ("al-Fajr").
_NAME_WORD = r"(?:{articles}-)?[A-Z][\w'’.-]*"


@dataclass(frozen=True)
class AliasWords:
    """The regexes that read a name after a cue, built from the entity lexicon's lists
    (``models/entities/lexicon.jsonl``; the labels are in :meth:`from_lexicon`)."""

    name_run: re.Pattern[str]  # capitalised words, inner connectors, Arabic article prefixes
    personal_pronoun: re.Pattern[str]  # ", he" after a name: a person is meant
    pronoun_subject: re.Pattern[str]  # "He" opening a sentence
    article: re.Pattern[str]  # "the" before a quoted nickname, which is not part of it
    quoted: re.Pattern[str]  # a quoted nickname after its cue, maybe after a linking word ("of")
    bracketed_cues: frozenset[str]  # alias cues that count only inside brackets ("or")
    bare_nickname_cue: re.Pattern[str] | None = None  # "nom de guerre", "alias": a name follows unquoted

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> AliasWords:
        articles = alternation(lexicon.words("ARABIC_ARTICLE") + lexicon.words("ARABIC_ARTICLE_ENGLISH"))
        # Only the articles that never read as English stand alone inside a name.
        connectors = alternation(lexicon.words("NAME_CONNECTOR") + lexicon.words("ARABIC_ARTICLE"))
        word = _NAME_WORD.format(articles=articles)
        pronouns = lexicon.words("PERSON_PRONOUN")
        leading = lexicon.words("NAME_LEADING_DROP")
        return cls(
            name_run=re.compile(rf"{word}(?:\s+(?:{connectors}\s+)*{word})*"),
            personal_pronoun=re.compile(rf"\s*,\s*{alternation(pronouns)}\b"),
            pronoun_subject=re.compile(rf"\s*{alternation(w.capitalize() for w in pronouns)}\b"),
            article=re.compile(rf"{alternation([*leading, *(w.capitalize() for w in leading)])}\s+"),
            quoted=re.compile(_QUOTED.format(links=alternation(lexicon.words("NICKNAME_LINK")))),
            bracketed_cues=frozenset(lexicon.words("NAME_ALTERNATIVE")),
            bare_nickname_cue=(
                re.compile(rf"\b{alternation(lexicon.words('BARE_NICKNAME_CUE'))}\s*,?\s+")
                if "BARE_NICKNAME_CUE" in lexicon
                else None  # a lexicon without the list reads quoted nicknames only
            ),
        )


# How far back a sentence or line start is looked for: a sentence is never longer.
SENTENCE_REACH = 5000


def _sentence_start(text: str, before: int) -> int:
    """Start of the sentence or line that ``before`` is in (looked for within SENTENCE_REACH)."""
    lo = max(0, before - SENTENCE_REACH)
    return max(text.rfind(". ", lo, before), text.rfind("\n", lo, before)) + 1


def _cue_regex(cues: frozenset[str]) -> str:
    ordered = sorted(cues, key=len, reverse=True)
    return "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in ordered)


@lru_cache(maxsize=8)
def _alias_regexes(alias_cues: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The regexes for an alias cue after a name and at a sentence start, compiled once per
    cue list (building them per Doc missed Python's regex cache)."""
    cues = _cue_regex(alias_cues)
    # "X (XLF), also known as Y": an acronym in brackets may stand between the name and the cue.
    after_name = re.compile(rf"\s*(?:\([^()\s]{{2,12}}\)\s*(?=,))?(?P<cue>[,(]?\s*(?:{cues}))\s+")
    sentence_initial = re.compile(rf"(?:^|(?<=[.!?]\s))(?:{cues})\s+", flags=re.IGNORECASE)
    return after_name, sentence_initial


@lru_cache(maxsize=8)
def _nickname_regex(nickname_cues: frozenset[str]) -> re.Pattern[str]:
    """The regex for a nickname cue, compiled once per cue list."""
    return re.compile(rf"\b(?:{_cue_regex(nickname_cues)})\b")


def _clean_run(text: str) -> str:
    return text.rstrip(".,;:’'")


def _name_after(text: str, at: int, words: AliasWords) -> re.Match[str] | None:
    """The run of capitalised words at ``at``, after an article that is no part of it
    ("also known as the Velna Guard": the name is "Velna Guard")."""
    article = words.article.match(text, at)
    if article:
        run = words.name_run.match(text, article.end())
        if run:
            return run
    return words.name_run.match(text, at)


def acronym_links(
    text: str, definitions: Sequence[Abbreviation], mentions: Sequence[Mention]
) -> tuple[list[tuple[int, int]], list[Mention]]:
    """Link "Long Form (LF)" pairs (``definitions``, from :func:`find_abbreviations`
    on ``text``), creating mentions the detectors missed."""
    links: list[tuple[int, int]] = []
    new: list[Mention] = []
    all_m = list(mentions)
    index = RangeIndex((m.start, m.end) for m in all_m)

    def index_at(start: int, end: int) -> int | None:
        return index.first_overlapping(start, end)

    defined: set[int] = set()
    for ab in definitions:
        long_i = index_at(ab.long_end - 1, ab.long_end)
        if long_i is None or not ab.long[:1].isupper():
            continue
        defined.add(ab.short_start)
        short_i = index_at(ab.short_start, ab.short_end)
        if short_i is None:
            base = all_m[long_i]
            created = base.remade(
                "alias:acronym",
                start=ab.short_start,
                end=ab.short_end,
                text=ab.short,
                source="alias",
                key=None,
                canonical=None,
            )
            all_m.append(created)
            new.append(created)
            short_i = index.add(created.start, created.end)
        links.append((long_i, short_i))
    # "Popular Liberation Army (ALP)": an acronym of the name in another language.
    for i, m in enumerate(list(all_m)):
        rest = text[m.end : m.end + 16]
        hit = re.match(r"\s*\(([^()\s]{2,10})\)", rest)
        if not hit or m.end + hit.start(1) in defined or not is_short_form(hit.group(1)):
            continue
        if initials_overlap(hit.group(1), m.text) < MIN_INITIALS_OVERLAP:
            continue
        s = m.end + hit.start(1)
        j = index_at(s, s + len(hit.group(1)))
        if j is None:
            created = m.remade(
                "alias:acronym-initials",
                start=s,
                end=s + len(hit.group(1)),
                text=hit.group(1),
                source="alias",
                key=None,
                canonical=None,
            )
            all_m.append(created)
            new.append(created)
            j = index.add(created.start, created.end)
        links.append((i, j))
    return links, new


def cue_links(
    text: str,
    mentions: Sequence[Mention],
    alias_cues: frozenset[str],
    nickname_cues: frozenset[str],
    words: AliasWords,
) -> tuple[list[tuple[int, int]], list[Mention], dict[int, Mention]]:
    """ "X (aka Y)", "X, also known as Y", "Also known as Y, he ...", "the moniker 'Y'".

    Returns the links (primary, other name), new mentions, and existing mentions
    that a whole quoted nickname replaced (by index)."""
    links: list[tuple[int, int]] = []
    replaced: list[int] = []
    all_m = list(mentions)
    index = RangeIndex((m.start, m.end) for m in all_m)
    alias_rx, sentence_alias_rx = _alias_regexes(alias_cues)
    nick_rx = _nickname_regex(nickname_cues)

    def find_or_make(start: int, end: int, like: Mention, rule: str, *, whole: bool = False) -> int:
        """The mention at start-end, or a new one. With ``whole`` a shorter mention
        inside is replaced: a quoted nickname is one name ("Mr. Tobacco")."""
        i = index.first_overlapping(start, end)
        if i is not None:
            m = all_m[i]
            if whole and start <= m.start and m.end <= end and (m.start, m.end) != (start, end):
                m = m.remade(rule, start=start, end=end, text=text[start:end])
                index.move(i, (all_m[i].start, all_m[i].end), (start, end))
                all_m[i] = m
                replaced.append(i)
            if m.source == "ner" and (m.kind, m.type) != (like.kind, like.type):
                # The cue says whose name it is: the statistical reading ("a city") gives way.
                all_m[i] = m.remade(rule, kind=like.kind, type=like.type, key=None, canonical=None)
                replaced.append(i)
            return i
        created = like.remade(
            rule,
            start=start,
            end=end,
            text=text[start:end],
            source="alias",
            key=None,
            canonical=None,
        )
        all_m.append(created)
        return index.add(start, end)

    ordered = sorted(range(len(all_m)), key=lambda i: all_m[i].start)
    ordered_starts = [all_m[i].start for i in ordered]

    def actors_between(start: int, end: int) -> list[int]:
        """Actor mentions (of those there at the start) starting in start-end, in text order."""
        lo, hi = bisect_left(ordered_starts, start), bisect_left(ordered_starts, end)
        return [k for k in ordered[lo:hi] if all_m[k].kind == "actor" and start <= all_m[k].start < end]

    for i in ordered:
        m = all_m[i]
        cue = alias_rx.match(text, m.end)
        said = cue.group("cue") if cue else ""
        if not cue or (said.strip(" ,(") in words.bracketed_cues and "(" not in said):
            continue
        run = _name_after(text, cue.end(), words)
        if run:
            name = _clean_run(run.group(0))
            j = find_or_make(run.start(), run.start() + len(name), m, "alias:cue")
            if j != i:
                links.append((i, j))
    # Sentence-initial "Also known as Y, he ...": Y names the previous sentence's first actor
    # (its subject, in the usual order), whatever type the NER gave it.
    for hit in sentence_alias_rx.finditer(text):
        run = _name_after(text, hit.end(), words)
        previous_start = _sentence_start(text, hit.start() - 2)
        actors = actors_between(previous_start, hit.start())
        if run and actors:
            name = _clean_run(run.group(0))
            like = all_m[actors[0]]
            if words.personal_pronoun.match(text, run.start() + len(name)):
                # "Also known as Y, he is ...": the pronoun says a person is meant.
                like = replace(like, type="PERSON", source="cue")
            j = find_or_make(run.start(), run.start() + len(name), like, "alias:cue")
            if like.type == "PERSON":
                all_m[j] = replace(all_m[j], type="PERSON", source="cue")
                replaced.append(j)
            links.append((actors[0], j))
    # Quoted nicknames after a cue: linked to the nearest actor named before the cue.
    for hit in nick_rx.finditer(text):
        quoted = words.quoted.match(text, hit.end())
        if not quoted:
            continue
        start, end = quoted.start(1), quoted.end(1)
        article = words.article.match(text, start, end)
        if article:
            start = article.end()  # 'nicknamed "the Fox"': the name is "Fox"
        if not text[start : start + 1].isupper():
            continue
        sentence = _sentence_start(text, hit.start())
        before = actors_between(sentence, hit.start())
        if not before and words.pronoun_subject.match(text, sentence):
            # "He was nicknamed 'Y'": the person last named in the sentence before
            earlier = actors_between(_sentence_start(text, sentence - 2), sentence)
            before = [k for k in earlier if all_m[k].type == "PERSON"]
        if not before:
            continue
        j = find_or_make(start, end, all_m[before[-1]], NICKNAME_RULE, whole=True)
        links.append((before[-1], j))
    # "known by his nom de guerre Y", "X alias Y": an unquoted name after a cue that only ever
    # introduces a person's other name joins the person last named before it in the sentence.
    for hit in words.bare_nickname_cue.finditer(text) if words.bare_nickname_cue else ():
        run = _name_after(text, hit.end(), words)
        if not run:
            continue
        before = actors_between(_sentence_start(text, hit.start()), hit.start())
        people = [k for k in before if all_m[k].type == "PERSON"]
        if not people:
            continue
        name = _clean_run(run.group(0))
        j = find_or_make(run.start(), run.start() + len(name), all_m[people[-1]], NICKNAME_RULE)
        if j != people[-1]:
            links.append((people[-1], j))
    # A mention made here and then retyped ("Also known as Y, he ...") is returned as new,
    # with its final reading; only mentions given in are reported as replaced.
    given = len(mentions)
    return links, all_m[given:], {i: all_m[i] for i in replaced if i < given}


def initials(name: str) -> str:
    """Initial letters of a name's capitalised words, hyphenated parts counted apart:
    "Trans-Pacific Maritime Partnership" -> "TPMP"."""
    parts = re.split(r"[\s\-–]+", name)
    return "".join(p[0] for p in parts if p[:1].isupper())


def initialism_links(mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """An all-capitals name used without a definition joins the earlier actor whose
    initials it spells exactly (the first such actor in list order); the acronym must
    come after the full name."""
    # initials -> (index, start) of multi-word actor names in list order, with the least start so far.
    spelled: dict[str, list[tuple[int, int]]] = {}
    least: dict[str, list[int]] = {}
    for j, other in enumerate(mentions):
        if other.kind == "actor" and len(other.text.split()) > 1:
            key = initials(other.text)
            spelled.setdefault(key, []).append((j, other.start))
            prior = least.setdefault(key, [])
            prior.append(min(other.start, prior[-1]) if prior else other.start)
    # Negated, the least starts never decrease, so the first one below a start is found by bisection.
    falling = {key: [-s for s in starts] for key, starts in least.items()}
    links: list[tuple[int, int]] = []
    for i, m in enumerate(mentions):
        letters = m.text.replace(".", "")
        if m.kind != "actor" or not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
            continue
        if letters not in falling:
            continue
        # The first name in list order that starts before m: where the least start so far drops below it.
        t = bisect_left(falling[letters], -m.start + 1)
        if t < len(falling[letters]):
            links.append((spelled[letters][t][0], i))
    return links
