from __future__ import annotations

import itertools
import random
from collections.abc import Sequence

import pytest

from briefextract.scoring.matching import Pair, best_matching, maximum_matching


def _all_matchings(edges: Sequence[Pair]) -> list[list[Pair]]:
    """Every matching of an edge list, by brute force over subsets."""
    result: list[list[Pair]] = []
    for size in range(len(edges) + 1):
        for subset in itertools.combinations(edges, size):
            lefts = {left for left, _ in subset}
            rights = {right for _, right in subset}
            if len(lefts) == len(rights) == size:
                result.append(list(subset))
    return result


def _objective(matching: Sequence[Pair], prefs: dict[Pair, tuple[int, ...]]) -> tuple[int, ...]:
    width = len(next(iter(prefs.values()))) if prefs else 0
    sums = tuple(sum(prefs[pair][k] for pair in matching) for k in range(width))
    return (len(matching), *sums)


def _assert_valid(matching: Sequence[Pair], edges: set[Pair]) -> None:
    assert set(matching) <= edges
    assert len({left for left, _ in matching}) == len(matching)
    assert len({right for _, right in matching}) == len(matching)


@pytest.mark.parametrize(
    ("edges", "size"),
    [
        ({}, 0),
        ({(0, 0): ()}, 1),
        # Greedy takes 0-0 and strands left 1; the maximum re-routes 0 to 1.
        ({(0, 0): (), (0, 1): (), (1, 0): ()}, 2),
        ({(0, 0): (), (1, 0): (), (2, 0): ()}, 1),
        ({(i, j): () for i in range(3) for j in range(3)}, 3),
        ({(0, 5): (), (7, 2): ()}, 2),
    ],
    ids=["empty", "single", "greedy-trap", "star", "complete", "sparse-indices"],
)
def test_best_matching_size(edges: dict[Pair, tuple[int, ...]], size: int) -> None:
    matching = best_matching(edges)
    _assert_valid(matching, set(edges))
    assert len(matching) == size


def test_preference_breaks_ties() -> None:
    # Both 0-0 and 0-1 give one pair; the preferred edge wins.
    assert best_matching({(0, 0): (0,), (0, 1): (1,)}) == [(0, 1)]


def test_cardinality_beats_preference() -> None:
    # The heavy edge 0-0 would strand left 1; two light pairs win.
    edges = {(0, 0): (100,), (0, 1): (0,), (1, 0): (0,)}
    assert best_matching(edges) == [(0, 1), (1, 0)]


def test_preferences_are_lexicographic() -> None:
    # First component decides; the second only among equals on the first.
    edges = {(0, 0): (1, 0), (0, 1): (0, 9), (1, 1): (0, 0), (1, 2): (0, 5)}
    assert best_matching(edges) == [(0, 0), (1, 2)]


def test_equal_options_resolve_by_index() -> None:
    assert best_matching({(0, 1): (), (0, 0): ()}) == best_matching({(0, 0): (), (0, 1): ()})


def test_rejects_bad_preferences() -> None:
    with pytest.raises(ValueError, match="same length"):
        best_matching({(0, 0): (1,), (1, 1): ()})
    with pytest.raises(ValueError, match="non-negative"):
        best_matching({(0, 0): (-1,)})


def test_maximum_matching_greedy_trap() -> None:
    assert maximum_matching([[0, 1], [0]]) == [(0, 1), (1, 0)]


def _random_graph(seed: int) -> dict[Pair, tuple[int, ...]]:
    rng = random.Random(seed)
    n_left, n_right = rng.randint(0, 5), rng.randint(0, 5)
    width = rng.randint(0, 2)
    density = rng.choice([0.2, 0.4, 0.7])
    return {
        (i, j): tuple(rng.randint(0, 3) for _ in range(width))
        for i in range(n_left)
        for j in range(n_right)
        if rng.random() < density
    }


@pytest.mark.parametrize("seed", range(300))
def test_best_matching_against_brute_force(seed: int) -> None:
    edges = _random_graph(seed)
    matching = best_matching(edges)
    _assert_valid(matching, set(edges))
    best = max((_objective(m, edges) for m in _all_matchings(sorted(edges))), default=(0,))
    assert _objective(matching, edges) == best


@pytest.mark.parametrize("seed", range(300))
def test_maximum_matching_against_brute_force(seed: int) -> None:
    edges = _random_graph(seed)
    n_left = max((left for left, _ in edges), default=-1) + 1
    adjacency = [sorted(j for i, j in edges if i == left) for left in range(n_left)]
    matching = maximum_matching(adjacency)
    _assert_valid(matching, set(edges))
    assert len(matching) == max(len(m) for m in _all_matchings(sorted(edges)))


def test_larger_random_graph_agrees_with_augmenting_paths() -> None:
    rng = random.Random(7)
    edges = {(i, j): (rng.randint(0, 2),) for i in range(40) for j in range(35) if rng.random() < 0.08}
    adjacency = [sorted(j for i, j in edges if i == left) for left in range(40)]
    assert len(best_matching(edges)) == len(maximum_matching(adjacency))


def test_order_settles_ties_by_key_and_is_symmetric() -> None:
    # Every pair is a candidate with equal preferences: the keys alone decide, so the smallest-key
    # pair (0, 1) is taken, and the transposed problem gives the transposed answer.
    edges = {(i, j): () for i in range(2) for j in range(2)}
    keys = {(0, 0): 5, (0, 1): 1, (1, 0): 2, (1, 1): 7}
    assert best_matching(edges, keys) == [(0, 1), (1, 0)]
    transposed = {(j, i): key for (i, j), key in keys.items()}
    assert best_matching({(j, i): () for i, j in edges}, transposed) == [(0, 1), (1, 0)]
    # Preferences still come first: a stronger pair beats a smaller key.
    assert best_matching({(0, 0): (1,), (0, 1): (0,)}, {(0, 0): 9, (0, 1): 0}) == [(0, 0)]
