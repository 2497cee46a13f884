"""Start-up of ``secretpro guard`` on a one-line text against ``secretpro decide`` (issue 10, point 5).

The issue asks the guard's command to start within 2x the decide command and to stay under 100 MB
for a short text. Both commands are run as a user runs them (the ``secretpro`` script beside this
Python), one after the other, ``RUNS`` times each, after one run of each that builds the caches; the
figures are the medians of wall time and the highest peak memory (``ru_maxrss`` of each child).

Two ways Python may be set up are measured in the same run, since they change the ratio:
- *as this environment is*: when ``PYTHONDONTWRITEBYTECODE`` is set (it is on the development
  machine and in CI), every module is compiled from source at every start;
- *with compiled bytecode*: an installed package has its ``.pyc`` files; here they are written once
  under a temporary ``PYTHONPYCACHEPREFIX`` (the repository is left as it is).

Options (environment): ``BENCH_STARTUP_RUNS`` (default 12). Run it alone: the machine's other work
lengthens every start.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from results_section import write_section  # noqa: E402

RUNS = int(os.environ.get("BENCH_STARTUP_RUNS", "12"))
SCRIPT = str(Path(sys.executable).with_name("secretpro"))

# An invented one-line message with a health fact and an address, and an invented R1 case.
GUARD_TEXT = b"Il a mal au genou, rue Haute 47.\n"
DECIDE_FACTS = (
    b'{"aid_type": "medical_costs", "nationality": "MA", "visa_issue_date": "2025-06-01", '
    b'"in_asylum_procedure": false, "arrival_date": "2025-06-10"}\n'
)
COMMANDS: dict[str, tuple[list[str], bytes, int]] = {
    # name: (arguments, standard input, expected exit status: the guard blocks this text)
    "guard": (["guard", "-"], GUARD_TEXT, 1),
    "decide": (["decide", "guarantor-inquiry", "--date", "2026-01-15", "--lang", "fr"], DECIDE_FACTS, 0),
}


def _reap_with_usage(child: subprocess.Popen[bytes]) -> float:
    """Wait for ``child`` with wait4 and return its own peak memory in MB (Linux: ru_maxrss in kB)."""
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024


def measure(env: Mapping[str, str]) -> dict[str, tuple[float, float, list[float]]]:
    """Per command: (median seconds, highest peak MB, all times), the commands alternating."""
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    peaks: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for name in COMMANDS:  # builds the caches (lexicon automaton, patterns; bytecode if allowed)
        timed(name, env)
    for _ in range(RUNS):
        for name in COMMANDS:
            seconds, peak = timed(name, env)
            times[name].append(seconds)
            peaks[name].append(peak)
    return {name: (statistics.median(times[name]), max(peaks[name]), times[name]) for name in COMMANDS}


def timed(name: str, env: Mapping[str, str]) -> tuple[float, float]:
    arguments, stdin, expected = COMMANDS[name]
    started = time.perf_counter()
    child = subprocess.Popen(
        [SCRIPT, *arguments],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=dict(env),
    )
    assert child.stdin is not None and child.stderr is not None
    child.stdin.write(stdin)
    child.stdin.close()
    err = child.stderr.read()
    peak = _reap_with_usage(child)
    elapsed = time.perf_counter() - started
    if child.returncode != expected:
        raise SystemExit(f"{name}: exit status {child.returncode}, expected {expected}: {err.decode()[:300]}")
    return elapsed, peak


def main() -> None:
    lines = [
        f"Machine: nproc {os.cpu_count()}, {platform.machine()}; Python {platform.python_version()}; "
        f"load average at start: {', '.join(f'{x:.2f}' for x in os.getloadavg())}",
        f"{RUNS} runs of each command, alternating, after one run of each that builds the caches.",
        "",
    ]
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as bytecode:
        base = {**os.environ, "SECRETPRO_CACHE_DIR": cache}
        as_is = (
            "compiled from source at every start" if base.get("PYTHONDONTWRITEBYTECODE") else "as installed"
        )
        compiled = {key: value for key, value in base.items() if key != "PYTHONDONTWRITEBYTECODE"}
        compiled["PYTHONPYCACHEPREFIX"] = bytecode
        for label, env in ((f"as this environment is ({as_is})", base), ("with compiled bytecode", compiled)):
            figures = measure(env)
            (guard, guard_mb, guard_times), (decide, decide_mb, _d) = figures["guard"], figures["decide"]
            lines += [
                f"{label}:",
                f"  secretpro guard  (one line): median {guard:.3f} s (from {min(guard_times):.3f} to "
                f"{max(guard_times):.3f} s), peak memory {guard_mb:.1f} MB",
                f"  secretpro decide (R1 case):  median {decide:.3f} s, peak memory {decide_mb:.1f} MB",
                f"  guard / decide: {guard / decide:.2f}x (target: at most 2x; peak memory under 100 MB)",
                "",
            ]
            print("\n".join(lines[-5:]), flush=True)
    write_section("guard start-up", lines[:-1], ".venv/bin/python benchmarks/guard_startup.py")


if __name__ == "__main__":
    main()
