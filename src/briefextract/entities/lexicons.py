"""The entity layer's word-list file (``models/entities/lexicon.jsonl``) and its strict record.

The resolver reads the file through the one lexicon system (:class:`briefextract.rules.lexicon.Lexicon`);
the closed set of labels here is what the models lint checks the file against.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from briefextract.schema.vocab import ActorType

LEXICON_FILE = "entities/lexicon.jsonl"
# The typed head-noun lists: the name patterns find names by the ``ORG_HEAD_*`` ones
# (``"@ORG_HEAD_ARMED"``), and the resolver types a name by all of them and by
# ``ORG_TYPE_HEAD`` (heads that type a name but find none by its shape).
ORG_HEAD_LABELS = (
    "ORG_HEAD_ARMED",
    "ORG_HEAD_GOVERNMENT",
    "ORG_HEAD_INTERNATIONAL",
    "ORG_HEAD_RESEARCH_MEDIA",
    "ORG_HEAD_POLITICAL",
    "ORG_TYPE_HEAD",
)

LexiconLabel = Literal[
    "STATE_HEAD_NOUN",
    "STATE_PREPOSITION",
    "STATE_SUPPORT_NOUN",
    "STATE_PATRON_NOUN",
    "STATE_SUPPORT_PREPOSITION",
    "DIRECTION_ADJECTIVE",
    "PERSON_TITLE",
    "PERSON_ROLE_NOUN",
    "PERSON_KIN_NOUN",
    "ORG_HEAD_ARMED",
    "ORG_HEAD_GOVERNMENT",
    "ORG_HEAD_INTERNATIONAL",
    "ORG_HEAD_RESEARCH_MEDIA",
    "ORG_HEAD_POLITICAL",
    "ORG_HEAD_UNTYPED",
    "MEMBER_STATE_PLURAL",
    "ARMED_PREFIX_HEAD",
    "TRANSLITERATED_NAME_LINK",
    "MEDIA_PREFIX_HEAD",
    "ROMANCE_PREFIX_HEAD_ARMED",
    "ROMANCE_PREFIX_HEAD_POLITICAL",
    "ROMANCE_PREFIX_HEAD_GOVERNMENT",
    "ROMANCE_PREFIX_HEAD_RESEARCH",
    "ROMANCE_NAME_CONNECTOR",
    "ORG_TYPE_HEAD",
    "ORG_TYPE_OPENER",
    "STATE_FORCE_HEAD",
    "NOT_A_NAME",
    "ALIAS_CUE",
    "NICKNAME_CUE",
    "BARE_NICKNAME_CUE",
    "GROUP_DESCRIPTOR",
    "ORG_SHORT_NAME_HEAD",
    "FACILITY_HEAD",
    "STATE_FORCE_MODIFIER",
    "CAPITAL_STATE_HEAD",
    "PLACE_SHORT_NAME_HEAD",
    "STATE_HYPHEN_PARTICIPLE",
    "STATE_COLLECTIVE",
    "STATE_OBJECT_VERB",
    "ADMIN_DIVISION_PREFIX",
    "ADMIN_DIVISION_SUFFIX",
    "ADMIN_DIVISION_SUFFIX_LOWER",
    "EVENT_NAME_PREFIX",
    "EVENT_NAME_HEAD",
    "EVENT_NAME_OF",
    "MEDIA_NOUN",
    "ORG_GENERIC_HEAD",
    "OFFSHOOT_QUALIFIER",
    "BORDER_NOUN",
    "PRODUCT_NOUN",
    "COMMUNITY_NOUN",
    "COMMUNAL_GROUP_NOUN",
    "NAME_DESCRIPTOR_NOUN",
    "NAME_INTRODUCER",
    "NAME_INTRODUCING_NOUN",
    "NUMBERED_UNIT_HEAD",
    "ARMY_BRANCH_WORD",
    "ARMY_UNIT_HEAD",
    "MEMBER_PLURAL_HEAD_CIVIC",
    "MEMBER_PLURAL_HEAD_ARMED",
    "STATE_PROGRAMME_HEAD",
    "ESTABLISH_VERB",
    "UNIT_HEAD",
    "SETTLEMENT_NOUN",
    "SETTLEMENT_APPOSITION_HEAD",
    "REGION_APPOSITION_HEAD",
    "ARABIC_ARTICLE",
    "ARABIC_ARTICLE_ENGLISH",
    "ARABIC_NAME_PARTICLE",
    "PERSON_PRONOUN",
    "POSSESSIVE_MARK",
    "DESCRIPTION_COPULA",
    "DESCRIPTION_HEAD_NOUN",
    "NON_ACTOR_DESCRIPTION_HEAD",
    "COMPANY_NAME_HEAD",
    "NAME_LEADING_DROP",
    "NAME_TRAILING_DROP",
    "PERSON_NAME_BREAK",
    "NAME_CONNECTOR",
    "NAME_POSSESSOR_NOUN",
    "NAME_POSSESSIVE_MARK",
    "NAME_SPLIT_PAIR",
    "NAME_SPLIT_MARK",
    "NAME_OPENING_MARK",
    "PLACE_COORDINATOR",
    "BODY_OWNER_LINK",
    "LISTED_NAME_ARTICLE",
    "DEMONYM_ADJECTIVE_ENDING",
    "NATIONAL_ORGAN_NOUN",
    "DEMONYM_DERIVATION_ENDING",
    "STATEHOOD_NOUN",
    "STATE_ORGAN_NOUN",
    "NAME_ALTERNATIVE",
    "NICKNAME_LINK",
    "STATE_FORM_BEFORE",
    "STATE_FORM_AFTER",
    "DOCTRINE_SUFFIX",
    "PLURAL_ENDING",
    # place constructions (models/entities/place_constructions.jsonl)
    "LOCATIVE_PREPOSITION",
    "SETTLEMENT_RELATION_WORD",
    "DIVISION_RELATION_WORD",
    "REGION_HEAD_NOUN",
    "LANDSCAPE_NOUN",
    "PROXIMITY_PREPOSITION",
    "SURROUNDINGS_NOUN",
    "DISTANCE_WORD",
    "COMPASS_POINT",
    "DIVISION_OF_NOUN",
    "PLACE_OBJECT_PREPOSITION",
    "LANDFORM_NOUN",
]


class WordList(BaseModel):
    """A list of words or phrases; ``type`` says which actor type a match implies."""

    model_config = ConfigDict(extra="forbid")
    id: str
    label: LexiconLabel
    words: list[str]
    type: ActorType | None = None
    comment: str
