"""``make bench``: every benchmark of issue 6 in one run, on this machine; figures → RESULTS.md.

1. Batch: 1,000,000 generated R1 cases (fixed seed, temporary CSV) screened by ``secretpro.batch``
   (read + vectorized evaluation; and with the output file), compared with only reading the same
   CSV with Polars, with a per-case loop over ``decide`` (a 50,000-case sample, extrapolated) and
   with GoRules ZEN evaluating the same R1 logic as a JDM graph (a sample, extrapolated);
   peak memory of the batch process.
2. API: ``POST /api/v1/decide/guarantor-inquiry`` under ``wrk`` (50 connections, 30 s) against
   the real application (``create_app``, every middleware) served by uvicorn on 127.0.0.1 as a
   deployment would (one worker per core; uvloop and httptools when installed), next to a bare
   endpoint returning a constant on the same server, behind the same middlewares.
3. The guard benchmarks (``benchmarks/guard_vs_presidio.py``; ``benchmarks/guard_startup.py``, the
   ``secretpro guard`` command's start-up against ``secretpro decide``), when present.
4. The register (``benchmarks/register_chain.py``): appends per second with and without the seal,
   ``verify`` time at 10^4 and 10^5 entries on SQLite.
5. The batch on rules R2–R5 (``benchmarks/batch_other_rules.py``): 10^6 rows per rule against the
   Polars read of the same file.
6. The mail relay (``benchmarks/mail_relay.py``): messages per second and added latency against
   sending straight to the smarthost.
7. The supervisors' dashboard (``benchmarks/supervision_dashboard.py``): ``/supervision`` on a
   register of 10^5 cases, against the home page and a ``SELECT count(*)``.

Options (environment): ``BENCH_CASES`` (default 1000000), ``BENCH_SAMPLE`` (50000),
``BENCH_API_SECONDS`` (30), ``BENCH_API_WORKERS`` (the number of cores), ``BENCH_SKIP``
(comma-separated: batch, loop, zen, api, guard, register, mail, supervision).
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import polars as pl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_cases import REFERENCE_DATE, SEED, write_cases  # noqa: E402

CASES = int(os.environ.get("BENCH_CASES", "1000000"))
SAMPLE = int(os.environ.get("BENCH_SAMPLE", "50000"))
API_SECONDS = int(os.environ.get("BENCH_API_SECONDS", "30"))
API_WORKERS = int(os.environ.get("BENCH_API_WORKERS", str(os.cpu_count() or 1)))
SKIP = {part.strip() for part in os.environ.get("BENCH_SKIP", "").split(",") if part.strip()}
CONNECTIONS = 50
RESULTS = HERE / "RESULTS.md"

lines: list[str] = []

NOTES = (
    "How it is measured:",
    "",
    "- Batch: the read-only baseline (`pl.read_csv`, every column as text) and the batch "
    "(`read_cases` + `screen`, the same CSV) are timed in the same fresh process "
    "(`batch_worker.py compare`): one untimed run of each (warm-up: imports, caches, Polars' "
    "thread pool, page cache), then 3 rounds of both in alternating order, on the same file; "
    "each figure is the best of its 3 rounds; the batch with its output file is timed in 3 runs "
    "of its own afterwards. "
    "The batch's peak memory is measured in another fresh process running the batch alone "
    "(`batch_worker.py memory`). `screen` reads the facts with few "
    "distinct cells as `Categorical` columns and each distinct cell once with the rules' own "
    "reader, keys each row by what the rule reads of it (`class_keys.py`), sorts one row per key "
    "into R1's classes and runs the rule's own `decide` once per class.",
    "- API: the benchmark server (`api_server.py`) is the real application, `create_app()` with "
    "all its middlewares (size cap, security headers, accounts), served by uvicorn with one worker "
    "per core, uvloop and httptools (runtime dependencies; uvicorn picks them by itself, as "
    "`secretpro serve` does — which runs one process: on N cores, run N workers, e.g. `uvicorn "
    "--factory secretpro.web.app:create_app --workers N`), no access log. The bare endpoint `POST /api/v1/bench/constant` is "
    "added by the benchmark only, to the same application, under `/api/v1/` so that it crosses the "
    "same middlewares as the decide endpoint, and after every other route. Every worker is warmed "
    "up (and has checked the token once) before `wrk` starts; `wrk` runs on the same cores.",
    "- The machine is shared: figures are taken when the load average is below 1 where possible; "
    "the load at the start of the run is printed at the top.",
)


def say(text: str = "") -> None:
    print(text, flush=True)
    lines.append(text)


def machine() -> dict[str, str]:
    model = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "nproc": str(os.cpu_count()),
        "cpu": model,
        "python": platform.python_version(),
        "polars": pl.__version__,
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
    }


def best_of(repeat: int, action: Any) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def sample_rows(path: Path, size: int) -> list[dict[str, str | None]]:
    frame = pl.read_csv(path, infer_schema=False)
    size = min(size, frame.height)
    indices = sorted(random.Random(SEED).sample(range(frame.height), size))
    return list(frame[indices].iter_rows(named=True))


# --------------------------------------------------------------------------------------- batch
def _worker(mode: str, path: Path, workdir: Path, *extra: str) -> dict[str, Any]:
    out = subprocess.run(
        [
            sys.executable,
            str(HERE / "batch_worker.py"),
            mode,
            str(path),
            str(workdir / "out.csv"),
            REFERENCE_DATE.isoformat(),
            *extra,
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    figures: dict[str, Any] = json.loads(out.stdout)
    return figures


def bench_batch(path: Path, workdir: Path) -> dict[str, float]:
    figures: dict[str, float] = {}
    if "batch" in SKIP:
        return figures
    # The peak memory of the batch alone, in a fresh process of its own.
    alone = _worker("memory", path, workdir)
    # The baseline and the batch, timed in one process, round after round (same file, same state).
    worker = _worker("compare", path, workdir, "3")
    read_s, batch_s, out_s = (
        worker["read_only_s"],
        worker["read_and_evaluate_s"],
        worker["with_output_file_s"],
    )
    figures |= {"read_s": read_s, "batch_s": batch_s, "batch_out_s": out_s, "rss": alone["peak_rss_mb"]}
    say("Batch and its baseline, timed in the same process (batch_worker.py), best of 3 rounds each:")
    say(f"  Polars read_csv only ({CASES:,} rows, all text columns): {read_s:.3f} s")
    say(f"  Batch, read + R1 by classes:      {batch_s:.3f} s → {CASES / batch_s:,.0f} cases/s")
    say(f"  Batch, including the output file: {out_s:.3f} s → {CASES / out_s:,.0f} cases/s")
    say(
        f"  ratio batch / read_csv only: {batch_s / read_s:.2f}× (target ≤ 1.5×; "
        f"{out_s / read_s:.2f}× with the output file)"
    )
    say(
        f"  peak memory of the batch, alone in a fresh process (ru_maxrss): {alone['peak_rss_mb']:,.0f} MB "
        f"(target < 2048 MB; {worker['peak_rss_with_baseline_mb']:,.0f} MB in the timing process, "
        "which also holds the baseline read)"
    )
    say(f"  outcomes: {worker['counts']}")
    return figures


def bench_loop(path: Path, figures: dict[str, float]) -> None:
    from secretpro.rules import FactsError, decide

    rows = sample_rows(path, SAMPLE)
    facts = [{key: value for key, value in row.items() if key != "case_id"} for row in rows]

    def loop() -> None:
        for case in facts:
            with suppress(FactsError):
                decide("guarantor-inquiry", case, reference_date=REFERENCE_DATE, from_text=True)

    seconds = best_of(1, loop)
    extrapolated = seconds * CASES / len(facts)
    figures["loop_s"] = extrapolated
    say(
        f"Per-case loop over decide() (from_text, same cells): {seconds:.2f} s for a {len(facts):,}-case sample "
        f"→ {extrapolated:.1f} s extrapolated to {CASES:,}"
    )
    if "batch_s" in figures:
        say(f"  batch is {extrapolated / figures['batch_s']:.1f}× faster than the loop (target ≥ 10×)")


def bench_zen(path: Path, figures: dict[str, float]) -> None:
    try:
        import zen
    except ImportError:
        say("GoRules ZEN: zen-engine not installed (install the bench extra) — skipped")
        return
    from zen_r1 import r1_graph, zen_context

    rows = sample_rows(path, SAMPLE)
    contexts = [
        zen_context({k: v for k, v in row.items() if k != "case_id"}, REFERENCE_DATE.isoformat())
        for row in rows
    ]
    engine = zen.ZenEngine({"loader": {"type": "static", "content": {"r1": r1_graph()}}})
    requests = [{"key": "r1", "context": context} for context in contexts]
    engine.evaluate_batch(requests[:100])  # warm-up (loads and compiles the graph)
    started = time.perf_counter()
    answers = engine.evaluate_batch(requests)
    batch_seconds = time.perf_counter() - started
    decision = engine.create_decision(json.dumps(r1_graph()))
    single = contexts[: min(5000, len(contexts))]
    started = time.perf_counter()
    for context in single:
        decision.evaluate(context)
    one_by_one = (time.perf_counter() - started) * len(contexts) / len(single)
    extrapolated = batch_seconds * CASES / len(contexts)
    figures["zen_s"] = extrapolated
    say(
        f"GoRules ZEN {zen.__name__} (JDM graph, evaluate_batch, its fastest mode here): {batch_seconds:.2f} s for a "
        f"{len(contexts):,}-case sample → {extrapolated:.1f} s extrapolated to {CASES:,} "
        f"(one evaluate() per case: {one_by_one * CASES / len(contexts):.0f} s extrapolated)"
    )
    say("  (ZEN is timed on ready-made contexts: no CSV reading, no cell validation — in its favour)")
    # The graph must decide as the batch does, or the comparison would mean nothing.
    from secretpro.batch import screen

    frame = pl.DataFrame(rows, schema=dict.fromkeys(rows[0], pl.String))
    expected = screen("guarantor-inquiry", frame, REFERENCE_DATE).table["outcome"].to_list()
    compared = [(want, got) for want, got in zip(expected, answers, strict=True) if want != "error"]
    agree = sum(1 for want, got in compared if got.get("data", {}).get("result", {}).get("outcome") == want)
    say(f"  ZEN agrees with the batch on {agree:,} of {len(compared):,} valid sample cases")
    if agree != len(compared):
        say("  the graph decides otherwise than the rule: zen_r1.py is out of date with rules.md R1")
    if "batch_s" in figures:
        say(f"  batch is {extrapolated / figures['batch_s']:.1f}× faster than ZEN (target ≥ 20×)")


# ----------------------------------------------------------------------------------------- api
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def api_server(workdir: Path) -> Iterator[tuple[int, str]]:
    port, token_file = free_port(), workdir / "token"
    process = subprocess.Popen(
        [sys.executable, str(HERE / "api_server.py"), str(port), str(token_file), str(API_WORKERS)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(
                    "the API server stopped: "
                    + (process.stderr.read().decode()[-500:] if process.stderr else "")
                )
            if token_file.exists() and token_file.read_text():
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                        break
                except OSError:
                    pass
            time.sleep(0.2)
        else:
            raise RuntimeError("the API server did not start within 60 s")
        yield port, token_file.read_text().strip()
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def warm_up(url: str, body: bytes, token: str, count: int = 200) -> None:
    """A few requests before measuring, so that every worker has started, loaded its rules and
    checked the token once (each worker keeps the check in its cache)."""
    deadline = time.monotonic() + 60
    done = 0
    while done < count:
        request = urllib.request.Request(
            url,
            data=body,
            method="POST",
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                answer.read()
            done += 1
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def server_kind() -> str:
    def present(name: str) -> bool:
        return importlib.util.find_spec(name) is not None

    loop = "uvloop" if present("uvloop") else "asyncio"
    http = "httptools" if present("httptools") else "h11"
    workers = f"{API_WORKERS} worker{'s' if API_WORKERS > 1 else ''}"
    return f"uvicorn ({workers}, {loop}, {http}) serving create_app()"


def wrk(url: str, script: Path) -> dict[str, float]:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{API_SECONDS}s", "--latency", "-s", str(script), url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout

    def latency(label: str) -> float:
        match = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.MULTILINE)
        if match is None:
            return float("nan")
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    return {
        "rps": float(rate.group(1)) if rate else float("nan"),
        "p50": latency("50%"),
        "p99": latency("99%"),
        "non2xx": float(errors.group(1)) if errors else 0.0,
    }


def bench_api(workdir: Path) -> None:
    if shutil.which("wrk") is None:
        say("API: wrk not found (apt-get install wrk) — skipped")
        return
    facts = {
        "aid_type": "medical_costs",
        "nationality": "MA",
        "visa_issue_date": "2025-06-01",
        "in_asylum_procedure": False,
        "arrival_date": "2025-06-10",
        "stay_over_two_years": None,
        "national_number": "85073003328",
        "reference_date": "2026-01-15",
    }
    with api_server(workdir) as (port, token):
        script = workdir / "post.lua"
        script.write_text(
            'wrk.method = "POST"\n'
            f"wrk.body = {json.dumps(json.dumps(facts))}\n"
            'wrk.headers["Content-Type"] = "application/json"\n'
            f'wrk.headers["Authorization"] = "Bearer {token}"\n',
            encoding="utf-8",
        )
        base = f"http://127.0.0.1:{port}"
        for path in ("/api/v1/bench/constant", "/api/v1/decide/guarantor-inquiry"):
            warm_up(base + path, json.dumps(facts).encode(), token)
        decide = wrk(f"{base}/api/v1/decide/guarantor-inquiry", script)
        bare = wrk(f"{base}/api/v1/bench/constant", script)
    say(
        f"API under wrk, {CONNECTIONS} connections, {API_SECONDS} s each, {server_kind()} on 127.0.0.1, "
        "same machine as wrk:"
    )
    say(
        f"  POST /api/v1/decide/guarantor-inquiry: {decide['rps']:,.0f} req/s, p50 {decide['p50']:.2f} ms, "
        f"p99 {decide['p99']:.2f} ms, non-2xx {decide['non2xx']:.0f}"
    )
    say(
        f"  POST /api/v1/bench/constant (bare):    {bare['rps']:,.0f} req/s, p50 {bare['p50']:.2f} ms, "
        f"p99 {bare['p99']:.2f} ms, non-2xx {bare['non2xx']:.0f}"
    )
    say(
        f"  decide / bare throughput: {decide['rps'] / bare['rps']:.2f} (target ≥ 0.5); "
        f"p99 target < 20 ms: {'met' if decide['p99'] < 20 else 'NOT met'}"
    )


def bench_guard() -> None:
    """The guard against Presidio, then its command's start-up against ``secretpro decide``."""
    for name in ("guard_vs_presidio.py", "guard_startup.py"):
        script = HERE / name
        if not script.exists():
            say(f"Guard benchmark: benchmarks/{name} not present — skipped")
            continue
        run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=False)
        say(f"Guard benchmark (benchmarks/{name}, exit {run.returncode}):")
        for line in (run.stdout.strip().splitlines() or ["(no output)"])[-40:]:
            say("  " + line)


def bench_register() -> None:
    script = HERE / "register_chain.py"
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=False)
    say(f"Register benchmark (benchmarks/register_chain.py, exit {run.returncode}):")
    for line in (run.stdout.strip().splitlines() or ["(no output)"])[-20:]:
        say("  " + line)


def bench_other_rules() -> None:
    script = HERE / "batch_other_rules.py"
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=False, cwd=HERE)
    say(f"Batch R2–R5 benchmark (benchmarks/batch_other_rules.py, exit {run.returncode}):")
    for line in (run.stdout.strip().splitlines() or ["(no output)"])[-20:]:
        say("  " + line)


def bench_mail_relay() -> None:
    script = HERE / "mail_relay.py"
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=False)
    say(f"Mail relay benchmark (benchmarks/mail_relay.py, exit {run.returncode}):")
    for line in (run.stdout.strip().splitlines() or ["(no output)"])[-20:]:
        say("  " + line)


def bench_supervision() -> None:
    script = HERE / "supervision_dashboard.py"
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=False)
    say(f"Supervisors' dashboard benchmark (benchmarks/supervision_dashboard.py, exit {run.returncode}):")
    for line in (run.stdout.strip().splitlines() or ["(no output)"])[-30:]:
        say("  " + line)


def main() -> int:
    info = machine()
    say(f"# secretpro benchmarks — {info['date']}")
    say()
    say(
        f"Machine: nproc {info['nproc']}, CPU {info['cpu']}; Python {info['python']}, Polars {info['polars']}"
    )
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    say(f"Load average at start (1, 5, 15 min): {load}")
    say(
        f"Cases: {CASES:,} generated R1 cases (seed {SEED}, reference date {REFERENCE_DATE}); samples: {SAMPLE:,}"
    )
    say()
    with tempfile.TemporaryDirectory(prefix="secretpro-bench-") as tmp:
        workdir = Path(tmp)
        path = write_cases(workdir / "cases.csv", CASES)
        say(f"Generated {path.stat().st_size / 1e6:.0f} MB of CSV")
        figures = bench_batch(path, workdir)
        if "loop" not in SKIP:
            bench_loop(path, figures)
        if "zen" not in SKIP:
            bench_zen(path, figures)
        say()
        if "batch" not in SKIP:
            bench_other_rules()
        say()
        if "api" not in SKIP:
            bench_api(workdir)
        say()
        if "guard" not in SKIP:
            bench_guard()
        say()
        if "register" not in SKIP:
            bench_register()
        say()
        if "mail" not in SKIP:
            bench_mail_relay()
        say()
        if "supervision" not in SKIP:
            bench_supervision()
    write_block(
        "\n".join(
            [
                "```text",
                *lines,
                "```",
                "",
                "Command: `make bench` (= `.venv/bin/python benchmarks/run_all.py` "
                "after installing the `bench` extra and wrk).",
                "",
                *NOTES,
            ]
        )
    )
    print(f"\nWritten to {RESULTS.relative_to(HERE.parent)}")
    return 0


def write_block(block: str) -> None:
    """This run's block at the head of RESULTS.md; the sections the benchmarks write themselves
    (between their own markers, ``results_section.py``) and the notes kept with them stay as they
    are. (The whole file was rewritten before: a ``make bench`` run erased those sections.)"""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    first_section = text.find("\n<!-- ")
    rest = text[first_section + 1 :] if first_section >= 0 else ""
    RESULTS.write_text(block + "\n" + ("\n" + rest if rest else ""), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
