"""A seeded fuzz of malformed inputs through the CLI and the library.

Every input must come out as a brief whose spans are valid against the text as
decoded, or as an error line: nothing lost, nothing hanging, no traceback. The
large inputs (a million characters and more) run under the ``slow`` marker.
"""

from __future__ import annotations

import codecs
import json
import os
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from spacy.language import Language

from briefextract.document.documents import decode_text
from briefextract.errors import BriefExtractError
from briefextract.extraction import extract_text
from briefextract.schema.brief import Brief, reference_problems, span_problems

SEED = 20240617
N_INPUTS = 1040
BATCHES = 4
CORPUS = Path(__file__).resolve().parents[2] / "corpus"
NAMES = ["Vantor", "Kestrel", "Ordin", "Tarvosa", "Velna", "Harrow", "Quill", "Sorrel"]
HEADS = ["Front", "Army", "Liberation", "National", "Movement", "Brigade", "Party", "Council", "People's"]
SCRIPTS = ["القاعدة", "Фронт", "解放军", "मोर्चा", "Μέτωπο", "חזית", "ஈழம்", "조선"]
# Quotation marks of every kind (low, angle and corner quotes written as escapes).
QUOTES = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "\u201a", "「", "」", "\u2039", "\u203a", "`"]
INVISIBLE = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202e",
    "\u2066",
    "\u2069",
    "\ufeff",
]
CONTROLS = [
    "\x00",
    "\x01",
    "\x07",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x1c",
    "\x1f",
    "\x7f",
    "\x85",
    "\x9f",
    "\u2028",
    "\u2029",
]
BREAKS = set("".join(CONTROLS)) | {"\t", "\n", "\r"}


def story(rng: random.Random) -> str:
    a, b = rng.sample(NAMES, 2)
    return (
        f"{a} {rng.choice(HEADS)} {rng.choice(['Front', 'Army', 'Movement'])}\n\n"
        f"The {a} Liberation Front ({a[0]}LF), also known as {a}, is led by Daniel {b}. "
        f'{b} said "we fight on" in {rng.choice(["Kenya", "Nairobi", "Mali"])}. '
        f"In {rng.randint(1950, 2020)} the {a} Front attacked a depot [{rng.randint(1, 99)}].\n\n"
        f"Later {b} met the African Union in Addis Ababa; the {a} Front denied it.\n"
    )


def _insert(rng: random.Random, text: str, pieces: list[str], n: int) -> str:
    chars = list(text)
    for _ in range(n):
        chars.insert(rng.randint(0, len(chars)), rng.choice(pieces))
    return "".join(chars)


def _corrupt(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        if not buf:
            break
        i = rng.randrange(len(buf))
        op = rng.randrange(3)
        if op == 0:
            del buf[i]
        elif op == 1:
            buf.insert(i, rng.randrange(256))
        else:
            buf[i] = rng.randrange(256)
    return bytes(buf[: rng.randint(len(buf) // 2, len(buf))])


def fuzz_inputs(seed: int, n: int, corpus: list[bytes]) -> list[tuple[str, bytes]]:
    """(kind, file bytes) for ``n`` malformed inputs."""
    rng = random.Random(seed)

    def make(kind: str) -> bytes:
        s = story(rng)
        if kind == "random-bytes":
            return rng.randbytes(rng.randint(0, 600))
        if kind == "truncated-multibyte":
            data = _insert(rng, s, ["é", "—", "€", "😀", "ß", "中"], 12).encode()
            cut = next((i for i in range(rng.randrange(len(data)), len(data)) if data[i] >= 0x80), len(data))
            return data[: cut + 1]
        if kind == "controls":
            return _insert(rng, s, CONTROLS, rng.randint(1, 30)).encode()
        if kind == "lone-surrogate":
            return _insert(rng, s, ["\ud800", "\udfff", "\udc80"], 2).encode("utf-8", "surrogatepass")
        if kind == "mixed-scripts":
            return _insert(rng, s, [f" {w} " for w in SCRIPTS] + SCRIPTS, rng.randint(2, 20)).encode()
        if kind == "rtl-zero-width":
            return _insert(rng, s, INVISIBLE, rng.randint(1, 40)).encode()
        if kind == "odd-quotes":
            return _insert(rng, s, QUOTES, 2 * rng.randint(0, 10) + 1).encode()
        if kind == "corrupted-corpus":
            text = rng.choice(corpus)
            start = rng.randrange(max(1, len(text) - 3000))
            return _corrupt(rng, text[start : start + 3000])
        if kind == "title-case-run":
            return " ".join(rng.choice(HEADS + NAMES) for _ in range(rng.randint(50, 400))).encode()
        if kind == "repeated-name":
            return (f"al-{rng.choice(NAMES)} " * rng.randint(50, 800)).encode()
        if kind == "citation-run":
            return (rng.choice(NAMES) + "[1]" * rng.randint(50, 800)).encode()
        if kind == "nested-brackets":
            k = rng.randint(50, 800)
            return (
                rng.choice(["(", "[", "{"]) * k + rng.choice(NAMES) + rng.choice([")", "]", "}"]) * k
            ).encode()
        if kind == "line-endings":
            return s.replace("\n", rng.choice(["\r\n", "\r", "\n\r", "\r\r\n"])).encode()
        if kind == "bom":
            encoding, bom = rng.choice(
                [
                    ("utf-8", codecs.BOM_UTF8),
                    ("utf-16-le", codecs.BOM_UTF16_LE),
                    ("utf-16-be", codecs.BOM_UTF16_BE),
                    ("utf-32-le", codecs.BOM_UTF32_LE),
                    ("utf-16-le", b""),
                ]
            )
            return bom + s.encode(encoding)
        if kind == "empty":
            return rng.choice([b"", b" ", b"\n\n\t ", b"\r\n"])
        if kind == "one-long-line":
            return " ".join(story(rng).replace("\n", " ") for _ in range(rng.randint(5, 15))).encode()
        raise AssertionError(kind)

    kinds = [
        "random-bytes",
        "truncated-multibyte",
        "controls",
        "lone-surrogate",
        "mixed-scripts",
        "rtl-zero-width",
        "odd-quotes",
        "corrupted-corpus",
        "title-case-run",
        "repeated-name",
        "citation-run",
        "nested-brackets",
        "line-endings",
        "bom",
        "empty",
        "one-long-line",
    ]
    return [(kind, make(kind)) for kind in (kinds[i % len(kinds)] for i in range(n))]


def _check_brief(brief: Brief, data: bytes) -> list[str]:
    text = decode_text(data, brief.doc_id)[0]
    problems = span_problems(brief, text) + reference_problems(brief)
    for entity in brief.actors + brief.places:
        for name in [entity.name, *entity.aliases, *(m.text for m in entity.mentions)]:
            if BREAKS & set(name):
                problems.append(f"control character in name {name!r}")
    return problems


def run_fuzz(
    root: Path, inputs: list[tuple[str, bytes]], *, batches: int, extra: tuple[str, ...] = ()
) -> Counter:
    """Run the inputs through the CLI in ``batches`` and check every one; the figures."""
    figures: Counter[str] = Counter(inputs=len(inputs))
    data_of: dict[str, bytes] = {}
    size = -(-len(inputs) // batches)
    for b in range(batches):
        folder = root / f"batch{b}"
        folder.mkdir()
        for i, (kind, data) in enumerate(inputs[b * size : (b + 1) * size], start=b * size):
            doc_id = f"fuzz{i:05d}-{kind}"
            (folder / f"{doc_id}.txt").write_bytes(data)
            data_of[doc_id] = data
        out, errors = root / f"out{b}.jsonl", root / f"errors{b}.jsonl"
        started = time.monotonic()
        command = [sys.executable, "-m", "briefextract", "extract", str(folder), "-o", str(out)]
        proc = subprocess.run(
            [*command, "--errors", str(errors), "-q", "--timeout", "120", *extra],
            capture_output=True,
            text=True,
            timeout=1800,
            env=os.environ.copy(),
        )
        figures["seconds"] += round(time.monotonic() - started)
        assert proc.returncode in (0, 1), proc.stderr[-3000:]
        assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
        briefs = [
            Brief.model_validate(json.loads(line)) for line in out.read_text(encoding="utf-8").splitlines()
        ]
        failures = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
        expected = {p.stem for p in folder.iterdir()}
        brief_ids = [br.doc_id for br in briefs]
        error_ids = [f["doc_id"] for f in failures]
        assert len(brief_ids) == len(set(brief_ids)) and len(error_ids) == len(set(error_ids))
        assert not set(brief_ids) & set(error_ids)
        figures["lost"] += len(expected - set(brief_ids) - set(error_ids))
        figures["briefs"] += len(brief_ids)
        figures["error lines"] += len(error_ids)
        figures["hangs"] += sum(f["code"] == "BX052" for f in failures)
        for f in failures:
            figures[f"error {f['code']}"] += 1
            assert f["code"].startswith("BX0") and f["error"] and f["path"], f
        for brief in briefs:
            problems = _check_brief(brief, data_of[brief.doc_id])
            figures["span violations"] += len(problems)
            assert not problems, (brief.doc_id, problems[:3])
    print("\nfuzz figures:", dict(sorted(figures.items())))
    return figures


def _corpus() -> list[bytes]:
    return [p.read_bytes() for p in sorted(CORPUS.glob("*.txt"))]


def test_fuzz_through_the_cli(tmp_path: Path) -> None:
    inputs = fuzz_inputs(SEED, N_INPUTS, _corpus())
    assert len(inputs) >= 1000
    figures = run_fuzz(tmp_path, inputs, batches=BATCHES)
    assert figures["lost"] == figures["hangs"] == figures["span violations"] == 0
    assert figures["briefs"] + figures["error lines"] == figures["inputs"]
    assert figures["briefs"] > figures["inputs"] // 2


def test_fuzz_through_the_library(nlp: Language) -> None:
    rng = random.Random(SEED)
    pool = [chr(c) for c in range(0x20)] + [
        "\ud800",
        "\udfff",
        "\x85",
        "\u2028",
        *INVISIBLE,
        *QUOTES,
        *SCRIPTS,
    ]
    outcomes: Counter[str] = Counter()
    for i in range(150):
        text = _insert(rng, story(rng), pool, rng.randint(0, 25))
        try:
            brief = extract_text(nlp, text, doc_id=f"lib{i}")
        except BriefExtractError as exc:
            assert exc.code.startswith("BX0") and f"lib{i}" in str(exc), exc
            assert getattr(exc, "doc_id", None) == f"lib{i}"
            outcomes[exc.code] += 1
            continue
        assert not span_problems(brief, text) and not reference_problems(brief)
        assert not any(BREAKS & set(m.text) for e in brief.actors + brief.places for m in e.mentions)
        outcomes["brief"] += 1
    assert outcomes["brief"] and outcomes["BX022"]  # some texts held lone surrogates
    assert set(outcomes) <= {"brief", "BX022"}


@pytest.mark.slow
def test_fuzz_large_inputs_through_the_cli(tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    stories: list[str] = []
    while sum(map(len, stories)) < 1_050_000:
        stories.append(story(rng) + "\n")
    big = "\n".join(stories).encode()  # just over a million characters
    shorter = big[: len(big) // 4]
    inputs = [
        ("million", big),
        ("crlf", shorter.replace(b"\n", b"\r\n")),
        ("over-max-chars", big * 5),  # over the default limit of 5 million characters
        ("one-huge-line", shorter.replace(b"\n", b" ")),
        ("huge-run", b"(" * 200_000 + b"[1]" * 100_000),
    ]
    assert len(big) > 1_000_000
    # The time limit is the default one here: a million characters take minutes on a slow machine.
    figures = run_fuzz(tmp_path, inputs, batches=1, extra=("--timeout", "600"))
    assert figures["lost"] == figures["hangs"] == figures["span violations"] == 0
    assert figures["error BX023"] == 1 and figures["briefs"] == 4
