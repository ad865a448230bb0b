"""The relation graph: actors and places as nodes, relations as typed, directed edges, as an SVG.

The layout is a force-directed one (Fruchterman and Reingold 1991) computed
here with numpy, from a deterministic start (nodes on a circle in id order),
so the same brief always gives the same picture.
"""

from __future__ import annotations

import math
from collections import defaultdict
from html import escape

import numpy as np

from briefextract.schema.vocab import SYMMETRIC_RELATIONS
from briefextract.view.record_keys import BriefIndex, layer_css

WIDTH, MARGIN = 960, 70

# One colour per relation type (colour-blind-safe tab10 order).
EDGE_COLOURS = {
    "LEADER_OF": "#1f77b4",
    "MEMBER_OF": "#ff7f0e",
    "FOUNDER_OF": "#2ca02c",
    "SPLINTER_OF": "#d62728",
    "SUCCESSOR_OF": "#9467bd",
    "MERGED_INTO": "#8c564b",
    "AFFILIATE_OF": "#e377c2",
    "ALLIED_WITH": "#17becf",
    "ENEMY_OF": "#b30000",
    "PART_OF": "#7f7f7f",
    "OPERATES_IN": "#bcbd22",
}


def layout(
    nodes: list[str], edges: list[tuple[str, str]], iterations: int = 300
) -> dict[str, tuple[float, float]]:
    """Positions in the unit square for ``nodes``, pulled together along ``edges``."""
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.5, 0.5)}
    where = {node: i for i, node in enumerate(nodes)}
    angles = np.arange(n) * 2 * math.pi / n
    pos = np.stack([np.cos(angles), np.sin(angles)], axis=1) * 0.5
    k = math.sqrt(1.0 / n)
    pairs = np.array([(where[a], where[b]) for a, b in edges if a != b], dtype=int).reshape(-1, 2)
    temperature = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=2), 1e-4)
        force = (delta / dist[:, :, None] * (k * k / dist)[:, :, None]).sum(axis=1)
        if len(pairs):
            d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            dl = np.maximum(np.linalg.norm(d, axis=1), 1e-4)
            pull = d * (dl / k)[:, None]
            np.add.at(force, pairs[:, 0], -pull)
            np.add.at(force, pairs[:, 1], pull)
        # A weak pull to the centre keeps separate components on the page.
        force -= pos * 0.3 * k
        length = np.maximum(np.linalg.norm(force, axis=1), 1e-9)
        pos += force / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature *= 0.985
    lo, hi = pos.min(axis=0), pos.max(axis=0)
    span = np.where(hi - lo > 1e-9, hi - lo, 1.0)
    unit = (pos - lo) / span
    return {node: (float(unit[i, 0]), float(unit[i, 1])) for i, node in enumerate(nodes)}


def components(nodes: list[str], edges: list[tuple[str, str]]) -> list[list[str]]:
    """Connected components, largest first (ties in node order), each in node order."""
    parent = {node: node for node in nodes}

    def find(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        parent[find(a)] = find(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for node in nodes:
        groups[find(node)].append(node)
    return sorted(groups.values(), key=lambda g: (-len(g), nodes.index(g[0])))


def pack(nodes: list[str], edges: list[tuple[str, str]]) -> tuple[dict[str, tuple[float, float]], float]:
    """Positions for every node with each component laid out in its own box, boxes packed in rows.

    A component of n nodes gets a square box of side about sqrt(n) (so every
    node gets about the same room); returns positions in those units and the
    total height, for a total width of :func:`_row_width`.
    """
    groups = components(nodes, edges)
    width = _row_width(groups)
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for group in groups:
        side = _side(len(group))
        if x > 0 and x + side > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        members = set(group)
        # Two nodes one above the other keep their (horizontal) labels apart.
        inner = (
            {group[0]: (0.5, 0.0), group[1]: (0.5, 1.0)}
            if len(group) == 2
            else layout(group, [(a, b) for a, b in edges if a in members])
        )
        for node, (u, v) in inner.items():
            pos[node] = (x + side * (0.1 + 0.8 * u), y + side * (0.1 + 0.8 * v))
        x += side
        row_height = max(row_height, side)
    return pos, y + row_height


def _side(n: int) -> float:
    """Side of a component's box: room grows with the nodes; small ones still fit their labels."""
    return max(math.sqrt(n) * 1.2, 2.0)


def _row_width(groups: list[list[str]]) -> float:
    total = sum(len(g) for g in groups)
    return max(_side(len(groups[0])) if groups else 1.0, math.sqrt(total) * 1.5, 1.0)


def render_graph(index: BriefIndex, prefix: str = "") -> str:
    """The graph SVG; one ``g.edge`` per relation, linked to its evidence; nodes link to their panels."""
    relations = list(enumerate(index.brief.relations))
    if not relations:
        return '<p class="empty">No relations.</p>'
    nodes = sorted({r.head for _, r in relations} | {r.tail for _, r in relations})
    edges = [(r.head, r.tail) for _, r in relations]
    pos, total_height = pack(nodes, edges)
    unit = (WIDTH - 2 * MARGIN) / _row_width(components(nodes, edges))
    height = int(total_height * unit + 60)

    def xy(node: str) -> tuple[float, float]:
        x, y = pos[node]
        return MARGIN + x * unit, 30 + y * unit

    types = {a.id: ("actor", a.type) for a in index.brief.actors} | {
        p.id: ("place", p.type) for p in index.brief.places
    }
    parts = [
        f'<svg class="graph" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="relation graph">',
        "<defs>",
    ]
    for label, colour in EDGE_COLOURS.items():
        parts.append(
            f'<marker id="{prefix}arr-{label}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
            f'markerHeight="7" orient="auto-start-reverse">'
            f'<path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>'
        )
    parts.append("</defs>")
    # Edges between the same two nodes are bent apart.
    bundle: dict[frozenset[str], list[int]] = defaultdict(list)
    for k, r in relations:
        bundle[frozenset((r.head, r.tail))].append(k)
    radius = 7.0
    for k, r in relations:
        (x1, y1), (x2, y2) = xy(r.head), xy(r.tail)
        siblings = bundle[frozenset((r.head, r.tail))]
        rank = siblings.index(k) - (len(siblings) - 1) / 2
        dx, dy = x2 - x1, y2 - y1
        length = max(math.hypot(dx, dy), 1e-6)
        # Stop short of the node circles so arrowheads stay visible.
        sx, sy = x1 + dx / length * radius, y1 + dy / length * radius
        ex, ey = x2 - dx / length * (radius + 1), y2 - dy / length * (radius + 1)
        sign = 1 if r.head <= r.tail else -1  # the same bend whichever way an edge points
        bend = 28 * rank * sign
        cx, cy = (sx + ex) / 2 - dy / length * bend, (sy + ey) / 2 + dx / length * bend
        colour = EDGE_COLOURS.get(r.type, "#555")
        start = f' marker-start="url(#{prefix}arr-{r.type})"' if r.type in SYMMETRIC_RELATIONS else ""
        key = f"relation-{k}"
        title = escape(
            f"{index.entity_name.get(r.head, r.head)} {r.type} {index.entity_name.get(r.tail, r.tail)}"
        )
        lx, ly = (sx + ex) / 4 + cx / 2, (sy + ey) / 4 + cy / 2
        parts.append(
            f'<g class="edge" data-rec="{prefix}{key}"><a href="#{prefix}ev-{key}"><title>{title}</title>'
            f'<path d="M{sx:.1f},{sy:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}" stroke="{colour}"{start} '
            f'marker-end="url(#{prefix}arr-{r.type})"/>'
            f'<text x="{lx:.1f}" y="{ly:.1f}" fill="{colour}">{escape(r.type.lower())}</text></a></g>'
        )
    for node in nodes:
        x, y = xy(node)
        layer, label = types.get(node, ("actor", "unknown"))
        key = index.entity_key.get(node)
        name = escape(index.entity_name.get(node, node))
        shape = (
            f'<rect x="{x - radius:.1f}" y="{y - radius:.1f}" width="{2 * radius}" height="{2 * radius}"/>'
            if layer == "place"
            else f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}"/>'
        )
        body = f'{shape}<text x="{x:.1f}" y="{y + radius + 11:.1f}">{name}</text>'
        link = f'<a href="#rec-{prefix}{key}">{body}</a>' if key else body
        parts.append(
            f'<g class="node {layer_css(layer, label)}" data-id="{escape(node)}">'
            f"<title>{name} ({escape(label)})</title>{link}</g>"
        )
    parts.append("</svg>")
    return "".join(parts)
