"""Hand-computed cases, layer by layer: every expected count is worked out in the comments."""

from __future__ import annotations

import pytest

from briefextract.errors import EvaluationError
from briefextract.scoring import PRF, Accuracy, evaluate_briefs, render_text, score_document
from briefextract.scoring.claim_scores import attribution_correct, claim_match_f1
from briefextract.scoring.entity_scores import Alignment
from briefextract.scoring.figures import ACCURACY_KEYS, KEYS, PRF_KEYS
from briefextract.scoring.folding import token_f1

from .builders import TEXT, actor, brief, claim, event, place, relation, span

# --- actors and places ----------------------------------------------------------------------------


def test_alignment_is_maximum_not_greedy() -> None:
    # g1 can pair with s1 or s2 (names), g2 only with s1: greedy g1-s1 would miss g2.
    gold = brief(actors=[actor("g1", "Alpha", aliases=["Beta"]), actor("g2", "Alpha")])
    system = brief(actors=[actor("s1", "alpha"), actor("s2", "the Beta")])
    score = score_document(gold, system)
    assert score.figures["actors"] == PRF(tp=2, fp=0, fn=0)


def test_alignment_tie_prefers_shared_name_over_overlap() -> None:
    # s1 only overlaps g's mention, s2 shares its name: one pair either way; the name wins.
    gold = brief(actors=[actor("g", "Yusuf Karrani", "PERSON", mentions=["Yusuf Karrani"])])
    system = brief(
        actors=[
            actor("s1", "Yusuf", "ARMED_GROUP", mentions=["Yusuf"]),
            actor("s2", "yusuf karrani", "PERSON"),
        ]
    )
    score = score_document(gold, system)
    assert score.figures["actors"] == PRF(tp=1, fp=1, fn=0)
    assert score.figures["actor_type_accuracy"] == Accuracy(correct=1, total=1)
    spurious = [e for e in score.errors if e.outcome == "spurious"]
    assert [e.system.id for e in spurious] == ["s1"]


def test_alignment_tie_prefers_more_overlapping_mentions() -> None:
    gold = brief(actors=[actor("g", "KFEH", mentions=["KFEH", ("KFEH", 1), ("KFEH", 2)])])
    system = brief(
        actors=[actor("s1", "X", mentions=["KFEH"]), actor("s2", "Y", mentions=[("KFEH", 1), ("KFEH", 2)])]
    )
    score = score_document(gold, system)
    # Aligned to s2: its 2 mentions match; g's first mention is missed; s1's mention is spurious.
    assert score.figures["actor_mentions"] == PRF(tp=2, fp=1, fn=1)


def test_mentions_match_one_to_one() -> None:
    # Two system mentions overlap the one gold mention: only one can take it.
    gold = brief(actors=[actor("g", "KFEH", mentions=["KFEH"])])
    system = brief(actors=[actor("s", "KFEH", mentions=["KFEH", "(KFEH)"])])
    assert score_document(gold, system).figures["actor_mentions"] == PRF(tp=1, fp=1, fn=0)


def test_several_types_with_equal_counts() -> None:
    # Gold: 2 PERSON, 2 STATE. System finds karrani (PERSON), whitfield typed STATE, france (STATE),
    # misses mali, and adds a spurious STATE.
    gold = brief(
        actors=[
            actor("karrani", "Yusuf Karrani", "PERSON"),
            actor("whitfield", "Dana Whitfield", "PERSON"),
            actor("france", "France", "STATE"),
            actor("mali", "Mali", "STATE"),
        ]
    )
    system = brief(
        actors=[
            actor("a", "Yusuf Karrani", "PERSON"),
            actor("b", "Dana Whitfield", "STATE"),
            actor("c", "France", "STATE"),
            actor("d", "Korvath", "STATE"),
        ]
    )
    score = score_document(gold, system)
    # Overall ignores type: 3 aligned, 1 spurious (d), 1 missed (mali).
    assert score.figures["actors"] == PRF(tp=3, fp=1, fn=1)
    # Per type is strict: whitfield counts as a missed PERSON and a spurious STATE.
    assert score.per_type["actors"] == {"PERSON": PRF(tp=1, fp=0, fn=1), "STATE": PRF(tp=1, fp=2, fn=1)}
    assert score.figures["actor_type_accuracy"] == Accuracy(correct=2, total=3)
    assert score.per_type["actor_type_accuracy"] == {"PERSON": Accuracy(1, 2), "STATE": Accuracy(1, 1)}
    assert list(score.per_type["actors"]) == ["PERSON", "STATE"]
    mismatch = [e for e in score.errors if e.outcome == "type_mismatch"]
    assert [(e.gold.value, e.system.value) for e in mismatch] == [("PERSON", "STATE")]


def test_places_align_by_folded_name_and_score_type() -> None:
    gold = brief(
        places=[
            place("mali", "Mali", "COUNTRY", mentions=["Mali"]),
            place("velna", "Velna", mentions=["Velna"]),
        ]
    )
    system = brief(places=[place("x", "the MALI", "REGION"), place("y", "Tarvosa", mentions=["Tarvosa"])])
    score = score_document(gold, system)
    assert score.figures["places"] == PRF(tp=1, fp=1, fn=1)
    assert score.figures["place_mentions"] == PRF(tp=0, fp=1, fn=2)
    assert score.figures["place_type_accuracy"] == Accuracy(0, 1)
    assert score.per_type["places"] == {
        "CITY": PRF(tp=0, fp=1, fn=1),
        "COUNTRY": PRF(tp=0, fp=0, fn=1),
        "REGION": PRF(tp=0, fp=1, fn=0),
    }


# --- events ---------------------------------------------------------------------------------------

ACTORS = [actor("kfeh", "KFEH", mentions=["KFEH"]), actor("un", "UN", "INTERNATIONAL_ORG", mentions=["UN"])]
SYS_ACTORS = [
    actor("s_kfeh", "KFEH", mentions=["KFEH"]),
    actor("s_un", "UN", "INTERNATIONAL_ORG", mentions=["UN"]),
]


def test_event_matches_on_overlapping_trigger() -> None:
    gold = brief(actors=ACTORS, events=[event("e", "BOMBING", "bombed")])
    system = brief(actors=SYS_ACTORS, events=[event("x", "BOMBING", "bombed the UN")])
    score = score_document(gold, system)
    assert score.figures["event_triggers_id"] == PRF(1, 0, 0)
    assert score.figures["event_triggers_cls"] == PRF(1, 0, 0)
    assert score.figures["event_modality_accuracy"] == Accuracy(1, 1)


@pytest.mark.parametrize(
    ("system_ref", "matched"),
    [("s_kfeh", True), ("s_un", False)],
    ids=["participant-aligned", "no-participant-aligned"],
)
def test_event_matches_on_evidence_and_participant(system_ref: str, matched: bool) -> None:
    gold = brief(
        actors=ACTORS, events=[event("e", "KIDNAPPING", "kidnapped", participants=[("agent", "kfeh")])]
    )
    system = brief(
        actors=SYS_ACTORS,
        events=[
            event("x", "KIDNAPPING", "tourists", evidence="kidnapped", participants=[("agent", system_ref)])
        ],
    )
    score = score_document(gold, system)
    # Triggers do not overlap, so trigger figures miss either way.
    assert score.figures["event_triggers_id"] == PRF(0, 1, 1)
    assert score.figures["event_arguments"] == (PRF(1, 0, 0) if matched else PRF(0, 1, 1))
    assert score.figures["event_modality_accuracy"] == Accuracy(int(matched), int(matched))


def test_event_type_disagreement() -> None:
    gold = brief(actors=ACTORS, events=[event("e", "BOMBING", "bombed", participants=[("agent", "kfeh")])])
    system = brief(
        actors=SYS_ACTORS, events=[event("x", "ATTACK", "bombed", participants=[("agent", "s_kfeh")])]
    )
    score = score_document(gold, system)
    assert score.figures["event_triggers_id"] == PRF(1, 0, 0)
    assert score.per_type["event_triggers_id"] == {"BOMBING": PRF(1, 0, 0)}
    assert score.figures["event_triggers_cls"] == PRF(0, 1, 1)
    assert score.per_type["event_triggers_cls"] == {"ATTACK": PRF(0, 1, 0), "BOMBING": PRF(0, 0, 1)}
    # Not matched events: their arguments are all fn/fp, and no accuracy is scored.
    assert score.figures["event_arguments"] == PRF(0, 1, 1)
    assert score.figures["event_modality_accuracy"] == Accuracy(0, 0)
    outcomes = sorted((e.layer, e.outcome) for e in score.errors)
    assert outcomes == [("events", "missed"), ("events", "spurious"), ("events", "type_mismatch")]


def test_event_arguments_by_role() -> None:
    # Gold: agent kfeh, patient un. System: agent kfeh (tp), agent un (wrong role: fp agent, fn patient).
    gold = brief(
        actors=ACTORS,
        events=[event("e", "BOMBING", "bombed", participants=[("agent", "kfeh"), ("patient", "un")])],
    )
    system = brief(
        actors=SYS_ACTORS,
        events=[
            event(
                "x",
                "BOMBING",
                "bombed",
                participants=[("agent", "s_kfeh"), ("agent", "s_un"), ("agent", "s_kfeh")],
            )
        ],
    )
    score = score_document(gold, system)
    assert score.figures["event_arguments"] == PRF(tp=1, fp=1, fn=1)
    assert score.per_type["event_arguments"] == {"agent": PRF(1, 1, 0), "patient": PRF(0, 0, 1)}
    [role_error] = [e for e in score.errors if e.outcome == "role_mismatch"]
    assert (role_error.gold.type, role_error.gold.value) == ("patient", "un")
    assert (role_error.system.type, role_error.system.value) == ("agent", "s_un")


def test_event_attribute_accuracies() -> None:
    # ANNOTATION.md v1.2: date, location and casualty accuracy count the matched pairs where gold or
    # system has a value; pairs where both are null are left out; modality counts every matched pair.
    places_gold = [
        place("korvath", "Korvath", mentions=["Korvath"]),
        place("velna", "Velna", mentions=["Velna"]),
    ]
    places_sys = [place("p1", "Korvath", mentions=["Korvath"]), place("p2", "Velna", mentions=["Velna"])]
    gold = brief(
        actors=ACTORS,
        places=places_gold,
        events=[
            # date wrong (month precision lost), location right, casualties wrong modifier, modality right
            event("e1", "BOMBING", "bombed", locations=["korvath"], date="2007-12", killed=33),
            # no gold date but a system one (wrong), location wrong, no casualties on either side
            # (left out), modality wrong
            event("e2", "TAKEOVER", "retook", locations=["velna"]),
            # date right, no gold locations but system ones (wrong), no casualties on either side
            event("e3", "DEPLOYMENT", "deployed", date="2013-01"),
            # nothing on either side: only modality is scored
            event("e4", "ATTACK", "kidnapped"),
        ],
    )
    system = brief(
        actors=SYS_ACTORS,
        places=places_sys,
        events=[
            event(
                "x1",
                "BOMBING",
                "bombed",
                locations=["p1"],
                date="2007",
                killed=33,
                killed_modifier="AT_LEAST",
            ),
            event("x2", "TAKEOVER", "retook", locations=["p1", "p2"], date="2013", modality="hypothetical"),
            event("x3", "DEPLOYMENT", "deployed", date="2013-01", locations=["p2"]),
            event("x4", "ATTACK", "kidnapped"),
        ],
    )
    score = score_document(gold, system)
    assert score.figures["event_date_accuracy"] == Accuracy(1, 3)
    assert score.per_type["event_date_accuracy"] == {
        "BOMBING": Accuracy(0, 1),
        "DEPLOYMENT": Accuracy(1, 1),
        "TAKEOVER": Accuracy(0, 1),
    }
    assert score.figures["event_location_accuracy"] == Accuracy(1, 3)
    assert score.figures["event_casualty_accuracy"] == Accuracy(0, 1)
    assert score.figures["event_modality_accuracy"] == Accuracy(3, 4)
    outcomes = sorted(e.outcome for e in score.errors if e.layer == "events")
    assert outcomes == [
        "casualty_mismatch",
        "date_mismatch",
        "date_mismatch",
        "location_mismatch",
        "location_mismatch",
        "modality_mismatch",
    ]
    [no_gold_date] = [e for e in score.errors if e.outcome == "date_mismatch" and e.gold.id == "e2"]
    assert (no_gold_date.gold.value, no_gold_date.system.value) == (None, "2013")


@pytest.mark.parametrize(
    ("gold_killed", "system_killed", "expected"),
    [
        (None, None, Accuracy(0, 0)),
        (None, 5, Accuracy(0, 1)),
        (5, None, Accuracy(0, 1)),
        (5, 5, Accuracy(1, 1)),
    ],
    ids=["both-null-left-out", "system-only-wrong", "gold-only-wrong", "equal"],
)
def test_casualty_accuracy_leaves_out_pairs_null_on_both_sides(
    gold_killed: int | None, system_killed: int | None, expected: Accuracy
) -> None:
    gold = brief(events=[event("e", "BOMBING", "bombed", killed=gold_killed)])
    system = brief(events=[event("x", "BOMBING", "bombed", killed=system_killed)])
    assert score_document(gold, system).figures["event_casualty_accuracy"] == expected


def test_null_dates_do_not_crash_the_order() -> None:
    # The crash of issue 10: two events alike but for a date whose value is null.
    from briefextract.schema.brief import TimeValue

    dated = event("e1", "BOMBING", "bombed")
    undated = event("e2", "BOMBING", "bombed").model_copy(
        update={"date": TimeValue(value=None, granularity="year")}
    )
    other = event("e3", "BOMBING", "bombed", date="2007")
    gold = brief(events=[dated, undated, other])
    score = score_document(gold, gold)
    assert score.figures["event_triggers_cls"] == PRF(3, 0, 0)
    assert score.figures["event_date_accuracy"] == Accuracy(1, 1)


# --- claims ---------------------------------------------------------------------------------------

GOLD_CONTENT = "KFEH remains a serious threat to the whole region today"  # 10 tokens


@pytest.mark.parametrize(
    ("system_content", "f1", "matched"),
    [
        ("Whitfield, KFEH remains a serious", 8 / 15, True),  # 4 shared of 5
        ("Dana Whitfield, KFEH remains a serious", 8 / 16, True),  # exactly 0.5 matches
        ("According to Dana Whitfield, KFEH remains a", 8 / 17, False),  # 4 shared of 7
        ("Dana Whitfield, KFEH remains a", 6 / 15, False),
    ],
    ids=["just-above", "exactly-half", "just-below", "below"],
)
def test_claim_content_threshold(system_content: str, f1: float, matched: bool) -> None:
    gold_claim = claim("c", GOLD_CONTENT, "According to", source_text="Dana Whitfield")
    system_claim = claim("k", system_content, "According to", source_text="Dana Whitfield")
    assert (claim_match_f1(gold_claim, system_claim) is not None) is matched
    score = score_document(brief(claims=[gold_claim]), brief(claims=[system_claim]))
    assert score.figures["claims"] == (PRF(1, 0, 0) if matched else PRF(0, 1, 1))
    assert token_f1(gold_claim.content.text, system_claim.content.text) == pytest.approx(f1)


def test_claim_contents_must_overlap() -> None:
    # Identical words at different places in the text are different claims.
    score = score_document(
        brief(claims=[claim("c", "KFEH", "said")]), brief(claims=[claim("k", ("KFEH", 1), "said")])
    )
    assert score.figures["claims"] == PRF(0, 1, 1)


ALIGN = Alignment({"s_whitfield": "whitfield", "s_kfeh": "kfeh"})


@pytest.mark.parametrize(
    ("gold_source", "gold_text", "system_source", "system_text", "correct"),
    [
        ("whitfield", "Dana Whitfield", "s_whitfield", "Whitfield", True),
        ("whitfield", "Dana Whitfield", "s_kfeh", "KFEH", False),
        ("whitfield", "Dana Whitfield", "s_unaligned", "Whitfield", False),
        (None, "Analysts", None, "Western analysts", True),
        (None, "U.S. officials", None, "analysts", False),
        ("whitfield", "Dana Whitfield", None, "Dana Whitfield", False),
        (None, "analysts", "s_whitfield", "Whitfield", False),
    ],
    ids=[
        "aligned",
        "other-actor",
        "unaligned",
        "same-head",
        "other-head",
        "named-vs-unnamed",
        "unnamed-vs-named",
    ],
)
def test_attribution(
    gold_source: str | None, gold_text: str, system_source: str | None, system_text: str, correct: bool
) -> None:
    gold_claim = claim("c", "serious threat", "said", source=gold_source, source_text=gold_text)
    system_claim = claim("k", "serious threat", "said", source=system_source, source_text=system_text)
    assert attribution_correct(gold_claim, system_claim, ALIGN) is correct


def test_claim_figures() -> None:
    # c1 matched, attribution right, cue right; c2 matched, attribution wrong, cue wrong; c3 missed;
    # k4 spurious. Claims 2/1/1; pairs 1 tp, fp = 3 - 1, fn = 3 - 1.
    gold = brief(
        actors=[actor("whitfield", "Dana Whitfield", "PERSON", mentions=["Dana Whitfield"])],
        claims=[
            claim("c1", GOLD_CONTENT, "According to", source="whitfield", source_text="Dana Whitfield"),
            claim(
                "c2",
                "the group is weakened by internal rivalries and poor funding",
                "say",
                source_text="Analysts",
            ),
            claim(
                "c3", "KFEH may have kidnapped tourists near Tarvosa", "said", source_text="U.S. officials"
            ),
        ],
    )
    system = brief(
        actors=[actor("s_whitfield", "Whitfield", "PERSON", mentions=["Whitfield"])],
        claims=[
            claim(
                "k1",
                "KFEH remains a serious threat",
                "According",
                source="s_whitfield",
                source_text="Whitfield",
            ),
            claim(
                "k2",
                "weakened by internal rivalries",
                "Analysts",
                source_text="Western experts",
                kind="direct",
            ),
            claim("k4", "The UN condemned the attack", "condemned", source_text="UN"),
        ],
    )
    score = score_document(gold, system)
    assert score.figures["claims"] == PRF(2, 1, 1)
    assert score.figures["claim_source_pairs"] == PRF(1, 2, 2)
    assert score.figures["claim_attribution_accuracy"] == Accuracy(1, 2)
    assert score.figures["claim_cue_accuracy"] == Accuracy(1, 2)
    # Per kind is strict: k2 is direct where c2 is indirect.
    assert score.per_type["claims"] == {"direct": PRF(0, 1, 0), "indirect": PRF(1, 1, 2)}
    outcomes = sorted(e.outcome for e in score.errors if e.layer == "claims")
    assert outcomes == ["attribution_mismatch", "cue_mismatch", "missed", "spurious", "type_mismatch"]


# --- relations ------------------------------------------------------------------------------------


def test_relations() -> None:
    gold_actors = [
        actor("mou", "al-Fajr", mentions=["al-Fajr"]),
        actor("mujel", "MUJEL", mentions=["MUJEL"]),
        actor("kfeh", "KFEH", mentions=["KFEH"]),
    ]
    system_actors = [
        actor("m", "al-Fajr", mentions=["al-Fajr"]),
        actor("j", "MUJEL", mentions=["MUJEL"]),
        actor("q", "KFEH", mentions=["KFEH"]),
        actor("z", "Karrani", "PERSON", mentions=["Karrani's"]),
    ]
    gold = brief(
        actors=gold_actors,
        places=[place("tarvosa", "Tarvosa", mentions=["Tarvosa"])],
        relations=[
            relation("mou", "ALLIED_WITH", "mujel", "allied"),
            relation("mou", "SPLINTER_OF", "kfeh", "broke away"),
            relation("mou", "SPLINTER_OF", "kfeh", "allied"),  # the same triple twice counts once
        ],
    )
    system = brief(
        actors=system_actors,
        relations=[
            relation("j", "ALLIED_WITH", "m", "allied"),  # symmetric: matches
            relation("q", "SPLINTER_OF", "m", "broke away"),  # reversed direction: no match
            relation("z", "LEADER_OF", "m", "allied"),  # z has no gold counterpart
        ],
    )
    score = score_document(gold, system)
    assert score.figures["relations"] == PRF(tp=1, fp=2, fn=1)
    assert score.per_type["relations"] == {
        "ALLIED_WITH": PRF(1, 0, 0),
        "LEADER_OF": PRF(0, 1, 0),
        "SPLINTER_OF": PRF(0, 1, 1),
    }


# --- documents and output -------------------------------------------------------------------------


def test_document_missing_from_system_counts_as_missed() -> None:
    gold = [
        brief("d1", actors=[actor("a", "KFEH")]),
        brief("d2", actors=[actor("b", "UN"), actor("c", "Mali")]),
    ]
    evaluation = evaluate_briefs([brief("d1", actors=[actor("x", "KFEH")])], gold)
    assert evaluation.overall["actors"] == PRF(tp=1, fp=0, fn=2)
    assert evaluation.per_document["d2"]["actors"] == PRF(0, 0, 2)
    assert evaluation.per_document["d2"]["actors"].p is None
    assert sorted(e.gold.id for e in evaluation.errors if e.outcome == "missed") == ["b", "c"]
    assert (evaluation.no_system, evaluation.no_gold) == (["d2"], [])
    assert evaluation.to_json()["unscored"] == {"no_system": ["d2"], "no_gold": []}
    text = render_text(evaluation)
    assert text.index("d2") < text.index("Overall"), "an unscored document is named at the top"
    assert "1 gold document(s) have no system brief" in text


def test_system_documents_without_gold_are_unscored() -> None:
    evaluation = evaluate_briefs([brief("d1"), brief("extra", actors=[actor("x", "KFEH")])], [brief("d1")])
    assert (evaluation.no_system, evaluation.no_gold) == ([], ["extra"])
    assert evaluation.to_json()["unscored"] == {"no_system": [], "no_gold": ["extra"]}
    assert list(evaluation.per_document) == ["d1"]
    assert evaluation.overall["actors"] == PRF()
    text = render_text(evaluation)
    assert "1 system brief(s) have no gold brief (ignored):\n  extra\n" in text
    assert text.index("extra") < text.index("Overall")


def test_text_mismatch_names_the_document() -> None:
    system = brief("cfr-kfeh-2015").model_copy(update={"text_sha256": "0" * 64})
    with pytest.raises(EvaluationError, match="cfr-kfeh-2015") as caught:
        evaluate_briefs([system], [brief("cfr-kfeh-2015")])
    assert caught.value.code == "BX040"


@pytest.mark.parametrize("side", ["system", "gold"])
def test_repeated_doc_id_is_an_error(side: str) -> None:
    twice, once = [brief("d1"), brief("d1")], [brief("d1")]
    args = (twice, once) if side == "system" else (once, twice)
    with pytest.raises(EvaluationError, match=f"d1.*{side}"):
        evaluate_briefs(*args)


def test_micro_average_sums_documents() -> None:
    gold = [
        brief("a", actors=[actor("g", "KFEH")]),
        brief("b", actors=[actor("g", "UN"), actor("h", "Mali")]),
    ]
    system = [
        brief("a", actors=[actor("s", "KFEH"), actor("t", "Velna")]),
        brief("b", actors=[actor("s", "UN")]),
    ]
    evaluation = evaluate_briefs(system, gold)
    assert evaluation.per_document["a"]["actors"] == PRF(1, 1, 0)
    assert evaluation.per_document["b"]["actors"] == PRF(1, 0, 1)
    assert evaluation.overall["actors"] == PRF(2, 1, 1)
    assert evaluation.overall["actors"].f1 == pytest.approx(2 / 3)


def test_json_shape() -> None:
    evaluation = evaluate_briefs(
        [brief("d1", actors=[actor("s", "KFEH")])], [brief("d1", actors=[actor("g", "KFEH")])]
    )
    data = evaluation.to_json()
    assert list(data) == ["unscored", "overall", "per_type", "per_document"]
    assert data["unscored"] == {"no_system": [], "no_gold": []}
    assert list(data["overall"]) == list(KEYS)
    for key in PRF_KEYS:
        assert set(data["overall"][key]) == {"p", "r", "f1", "tp", "fp", "fn"}
    for key in ACCURACY_KEYS:
        assert set(data["overall"][key]) == {"accuracy", "correct", "total"}
    assert list(data["per_type"]) == list(KEYS)
    assert data["per_type"]["actors"] == {
        "ARMED_GROUP": {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    }
    assert data["overall"]["relations"] == {"p": None, "r": None, "f1": None, "tp": 0, "fp": 0, "fn": 0}
    assert data["overall"]["event_date_accuracy"] == {"accuracy": None, "correct": 0, "total": 0}
    assert list(data["per_document"]) == ["d1"]
    assert list(data["per_document"]["d1"]) == list(KEYS)


def test_text_report() -> None:
    evaluation = evaluate_briefs([brief("d1")], [brief("d1", actors=[actor("g", "KFEH")])])
    text = render_text(evaluation)
    actors_line = next(line for line in text.splitlines() if line.startswith("actors "))
    assert actors_line.split() == ["actors", "n/a", "0.000", "0.000", "0", "0", "1"]
    assert "Per type" in text and "Per document" in text and "\nd1\n" in text
    assert "  ARMED_GROUP" in text


def test_builders_make_spans_of_the_text() -> None:
    second = span(("KFEH", 1))
    assert TEXT[second.start : second.end] == "KFEH" and second.start > span("KFEH").start
