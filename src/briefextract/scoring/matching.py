"""One-to-one alignment of two record lists: maximum bipartite matching, with a tie-break.

The scorer never aligns greedily: a greedy pass that takes the first candidate
can leave a later record unmatched when a different choice would have matched
both (see the tests). :func:`best_matching` finds a matching of maximum size
and, among all matchings of that size, one whose summed preference tuple is
lexicographically greatest (for actors: pairs sharing a name first, then more
overlapping mentions). It solves that as one assignment problem per connected
component of the candidate graph (Hungarian algorithm on integer weights),
so it is exact and deterministic, and fast because real candidate graphs
break into many tiny components.

:func:`maximum_matching` is plain augmenting paths (Kuhn's algorithm) for
cardinality alone; the tests check both against brute force.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Any

Pair = tuple[int, int]


def maximum_matching(adjacency: Sequence[Sequence[int]]) -> list[Pair]:
    """A maximum-cardinality matching by augmenting paths.

    ``adjacency[i]`` lists the right nodes left node ``i`` may pair with.
    Left nodes and their candidates are tried in the given order, so the
    result is deterministic. Returns ``(left, right)`` pairs sorted by left.
    """
    match_of_right: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in adjacency[left]:
            if right in seen:
                continue
            seen.add(right)
            if right not in match_of_right or augment(match_of_right[right], seen):
                match_of_right[right] = left
                return True
        return False

    for left in range(len(adjacency)):
        augment(left, set())
    return sorted((left, right) for right, left in match_of_right.items())


def _components(edges: Sequence[Pair]) -> list[tuple[list[int], list[int]]]:
    """Connected components of a bipartite edge list, as sorted (left, right) node lists."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for left, right in edges:
        a, b = find(("L", left)), find(("R", right))
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[tuple[str, int], tuple[list[int], list[int]]] = {}
    for node in sorted(parent):
        side, index = node
        lefts, rights = groups.setdefault(find(node), ([], []))
        (lefts if side == "L" else rights).append(index)
    return [groups[root] for root in sorted(groups)]


def _pack(prefs: Sequence[Sequence[int]], matching_size: int) -> list[int]:
    """Integer weights whose sums over any matching order like the summed tuples, cardinality first.

    A leading 1 is prepended to every tuple, so a bigger matching always
    weighs more; each place gets a radix larger than any matching's sum in it.
    """
    width = len(prefs[0]) + 1
    rows = [(1, *p) for p in prefs]
    radices = [matching_size * max(row[k] for row in rows) + 1 for k in range(width)]
    weights = []
    for row in rows:
        weight = 0
        for k in range(width):
            weight = weight * radices[k] + row[k]
        weights.append(weight)
    return weights


def _hungarian(cost: list[list[int]]) -> list[int]:
    """Minimum-cost assignment of every row to a distinct column (rows <= columns).

    The O(n^2 m) potentials form of the Hungarian algorithm; integer costs
    keep it exact. Returns the column of each row.
    """
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u = [0] * (n + 1)
    v = [0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j]: the row (1-based) assigned to column j, 0 if none
    way = [0] * (m + 1)
    for row in range(1, n + 1):
        owner[0] = row
        j0 = 0
        minv: list[float] = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < minv[j]:
                        minv[j], way[j] = reduced, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta  # type: ignore[assignment]
                    v[j] -= delta  # type: ignore[assignment]
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    columns = [0] * n
    for j in range(1, m + 1):
        if owner[j]:
            columns[owner[j] - 1] = j - 1
    return columns


def _lexicographic(order: Mapping[Pair, Any], pairs: Sequence[Pair], matching_size: int) -> list[int]:
    """Weights ``base**k`` that make the pair with the smallest key win every remaining tie.

    Pairs with equal keys weigh the same (they are interchangeable by
    content); the base exceeds the number of pairs a matching can hold, so
    no number of pairs with one key outweighs a single pair with a smaller key.
    """
    keys = sorted({order[p] for p in pairs})
    rank = {key: len(keys) - 1 - i for i, key in enumerate(keys)}
    base = matching_size + 1
    return [base ** rank[order[p]] for p in pairs]


def best_matching(
    edges: Mapping[Pair, Sequence[int]], order: Mapping[Pair, Hashable] | None = None
) -> list[Pair]:
    """A maximum matching whose summed preference tuple is lexicographically greatest.

    ``edges`` maps each candidate ``(left, right)`` pair to a tuple of
    non-negative integers, all of one length (use ``()`` for no preference).
    First the number of pairs is maximised, then the sum of the first
    preference component, then the second, and so on.

    ``order`` (optional) gives every pair a comparable key. Among matchings
    equal on all of the above, the one holding the pair with the smallest key
    wins, then the next smallest, and so on: the result then depends on the
    keys alone, never on node numbering, so callers whose keys are built from
    content (and are the same whichever side is called left) get a result
    independent of input order and symmetric under swapping the sides.
    Without ``order`` the remaining ties are settled by node order. Returns
    pairs sorted by left node.
    """
    if not edges:
        return []
    widths = {len(p) for p in edges.values()}
    if len(widths) != 1:
        raise ValueError("every preference tuple must have the same length")
    if any(x < 0 for p in edges.values() for x in p):
        raise ValueError("preferences must be non-negative integers")
    result: list[Pair] = []
    for lefts, rights in _components(sorted(edges)):
        pairs = [(i, j) for i in lefts for j in rights if (i, j) in edges]
        size = min(len(lefts), len(rights))
        prefs = [tuple(edges[p]) for p in pairs]
        if order is not None:
            weights = _lexicographic(order, pairs, size)
            prefs = [(*pref, weight) for pref, weight in zip(prefs, weights, strict=True)]
        packed = dict(zip(pairs, _pack(prefs, size), strict=True))
        transpose = len(lefts) > len(rights)
        rows, cols = (rights, lefts) if transpose else (lefts, rights)
        # Non-candidates cost 0 and candidates cost minus their weight, so an optimal full
        # assignment's candidate pairs form a maximum-weight matching.
        cost = [[-packed.get((c, r) if transpose else (r, c), 0) for c in cols] for r in rows]
        for r_index, c_index in enumerate(_hungarian(cost)):
            left, right = (cols[c_index], rows[r_index]) if transpose else (rows[r_index], cols[c_index])
            if (left, right) in edges:
                result.append((left, right))
    return sorted(result)
