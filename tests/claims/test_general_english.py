"""Reporting constructions of general English backgrounder prose, through the full pipeline.

Each row is an invented sentence and the claims ANNOTATION.md and gold/CONVENTIONS.md give
it: (source_text, content, hedged) per claim, or none. They guard the constructions and
vetoes against fitting the bundled texts only.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.schema.brief import Claim
from briefextract.scoring.folding import token_f1

pytestmark = pytest.mark.pipeline

Expected = tuple[str, str, bool]

CLAIMS: list[tuple[str, str, list[Expected]]] = [
    (
        "suspects-noun-is-no-hedge",
        "A police spokesman confirmed that three suspects had been detained.",
        [("A police spokesman", "three suspects had been detained", False)],
    ),
    (
        "suspect-verb-hedges",
        "Intelligence officials suspect that the Orvan Guard has cells in the capital.",
        [("Intelligence officials", "the Orvan Guard has cells in the capital", True)],
    ),
    (
        "not-independently-verified",
        "The army said it killed forty rebels, but the figure could not be independently verified.",
        [("The army", "it killed forty rebels", True)],
    ),
    (
        "it-was-reported-by",
        "It was reported by the state news agency that the Orvan Guard's leader had been captured.",
        [("the state news agency", "the Orvan Guard's leader had been captured", False)],
    ),
    (
        "as-x-noted",
        "As the minister noted in 2015, the Orvan Guard has no foreign backers.",
        [("the minister", "the Orvan Guard has no foreign backers", False)],
    ),
    (
        "as-x-put-it",
        "As one analyst put it, the militia is a business with a flag.",
        [("one analyst", "the militia is a business with a flag", False)],
    ),
    (
        "as-reported-by",
        "As reported by the newspaper, the Orvan Guard has split into two factions.",
        [("the newspaper", "the Orvan Guard has split into two factions", False)],
    ),
    (
        "quoted-as-saying",
        "The commander is quoted as saying that the war would last for years.",
        [("The commander", "the war would last for years", False)],
    ),
    (
        "quoted-as-saying-a-quotation",
        "The commander was quoted as saying, \u201cWe will win this war.\u201d",
        [("The commander", "We will win this war", False)],
    ),
    (
        "paper-quoted-x-as-saying",
        "The newspaper quoted the minister as saying that the offensive had begun.",
        [("the minister", "the offensive had begun", False)],
    ),
    (
        "object-read-complement",
        "Critics argued that the amnesty rewarded violence.",
        [("Critics", "the amnesty rewarded violence", False)],
    ),
    (
        "claims-to-represent",
        "The Orvan Guard, which claims to represent the hill farmers, was banned in 1995.",
        [("The Orvan Guard", "to represent the hill farmers", False)],
    ),
    (
        "that-parsed-as-object",
        "Ana Vell wrote in her 2012 book that the militia was funded by exiles.",
        [("Ana Vell", "the militia was funded by exiles", False)],
    ),
    (
        "dismissed-as",
        "Ana Vell dismissed the reports as propaganda.",
        [("Ana Vell", "the reports as propaganda", False)],
    ),
    (
        "denies-gerund",
        "The Orvan Guard denies receiving money from abroad.",
        [("The Orvan Guard", "receiving money from abroad", False)],
    ),
    (
        "put-the-toll-at",
        "Officials put the death toll at 45.",
        [("Officials", "the death toll at 45", False)],
    ),
    (
        "contrast-after-a-comma",
        "The government maintains that the Orvan Guard is a criminal gang, while the militia describes "
        "itself as a liberation movement.",
        [
            ("The government", "the Orvan Guard is a criminal gang", False),
            ("the militia", "itself as a liberation movement", False),
        ],
    ),
    (
        "an-accusation-x-denies",
        "Residents said the soldiers had burned their homes, an accusation the army denies.",
        [("Residents", "the soldiers had burned their homes", False)],
    ),
    (
        "a-charge-x-rejects",
        "The government says the militia finances itself through kidnapping, a charge the militia rejects.",
        [("The government", "the militia finances itself through kidnapping", False)],
    ),
    (
        "a-charge-x-rejects-as-a-complement",
        "The government says the Orvan Guard finances itself through kidnapping, a charge the group rejects.",
        [("The government", "the Orvan Guard finances itself through kidnapping", False)],
    ),
    (
        "blamed-on-object",
        "The authorities blamed the explosion on the militia.",
        [("The authorities", "the explosion on the militia", False)],
    ),
    (
        "as-in-a-comparison",
        "Ana Vell contends that the movement was never as large as its leaders claimed.",
        [("Ana Vell", "the movement was never as large as its leaders claimed", False)],
    ),
    (
        "according-to-estimates-by",
        "The rebels have lost a third of their fighters, according to estimates by the defence ministry.",
        [("estimates by the defence ministry", "The rebels have lost a third of their fighters", False)],
    ),
    (
        "a-time-reference-is-no-date",
        "Ana Vell, the militia's former spokeswoman, insists that the militia never killed civilians.",
        [("Ana Vell", "the militia never killed civilians", False)],
    ),
]

# No words name a source: the author's own, hedged, voice (gold/CONVENTIONS.md 7).
NO_CLAIMS: list[tuple[str, str]] = [
    ("it-is-alleged", "It is alleged that the police paid informants inside the Orvan Guard."),
    ("it-is-widely-believed", "It is widely believed that the militia was infiltrated by the police."),
    ("is-said-to-be", "The leader of the Orvan Guard is said to be living in exile."),
    ("is-believed-to-have", "The militia is believed to have about four hundred fighters."),
    ("reportedly", "The leader reportedly fled to the coast in 2004."),
    # "as" + a verb with an object of its own tells when, not who says.
    ("as-x-wrote-the-letter", "As the envoy wrote the letter, shots were fired outside the embassy."),
    ("as-expected", "As expected, the militia lost the vote in the council."),
    ("as-noted-above", "As noted above, the militia lost the vote in the council."),
    # Nobody speaks, or nothing is said.
    ("no-group-claimed", "No faction has claimed any role in the raid on the depot."),
    ("nobody-claimed", "Nobody claimed any role in the burning of the mill."),
    ("none-of-claimed", "None of the factions claimed any role in the raid on the depot."),
    ("has-not-claimed", "The militia has not claimed any role in the raid on the depot."),
    ("never-said", "The Orvan Guard never said that it would disarm."),
    # Reporting to someone notifies.
    ("reported-to-the-police", "The villagers reported the theft to the police."),
    ("reported-to-the-ministry", "The attack was reported to the ministry the next day."),
    ("put-at-risk", "The fighting put thousands of villagers at risk in 2004."),
    # Designation is an event (ANNOTATION.md's DESIGNATION), not a statement.
    ("designated-as", "The United States designated the Orvan Guard as a terrorist organization in 2010."),
    ("classified-as", "In 2012 the council classified the militia as a terrorist group."),
]


def _claims(nlp: Language, text: str) -> list[dict]:
    claims = list(nlp(text)._.bx_claims.values())
    for claim in claims:  # every record is a valid Claim of the brief
        Claim.model_validate({k: v for k, v in claim.items() if k != "provenance"})
    return claims


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CLAIMS], ids=[c[0] for c in CLAIMS])
def test_claims_of_general_english(nlp: Language, text: str, expected: list[Expected]) -> None:
    claims = _claims(nlp, text)
    assert len(claims) == len(expected), claims
    for source_text, content, hedged in expected:
        best = max(claims, key=lambda c: token_f1(content, c["content"]["text"]))
        assert token_f1(content, best["content"]["text"]) >= 0.8, best["content"]["text"]
        assert best["source_text"] == source_text
        assert best["hedged"] is hedged, best["provenance"]


@pytest.mark.parametrize("text", [c[1] for c in NO_CLAIMS], ids=[c[0] for c in NO_CLAIMS])
def test_no_claim_in_general_english(nlp: Language, text: str) -> None:
    assert _claims(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "source_text"),
    [
        (
            "The Kestrel Front was founded in 1990. The group's spokesman said the truce was over.",
            "The group's spokesman",
        ),
        (
            "The Kestrel Front was founded in 1990. The group's website says that the truce is over.",
            "The group's website",
        ),
        ("The Kestrel Front was founded in 1990. Its spokesman said the truce was over.", "Its spokesman"),
    ],
    ids=["the-groups-spokesman", "the-groups-website", "its-spokesman"],
)
def test_the_groups_spokesman_speaks_for_the_group(nlp: Language, text: str, source_text: str) -> None:
    (claim,) = _claims(nlp, text)
    assert claim["source_text"] == source_text
    assert claim["source"] == "kestrel_front", claim["provenance"]
