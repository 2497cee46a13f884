"""The batch measured against its read-only baseline in one fresh process: prints JSON.

``python benchmarks/batch_worker.py compare CASES.csv OUT.csv REFERENCE_DATE REPEAT``
    After one untimed run of each (warm-up), ``REPEAT`` rounds of the plain Polars read of the file
    (every column as text, the baseline) and of the batch (``read_cases`` + ``screen``), in
    alternating order; then ``REPEAT`` runs of the batch with its output file. Both are timed in
    this same process, on the same file, with the same state (page cache warm, Polars' thread pool
    started, earlier results freed); each figure is the best of its rounds.
    ``ru_maxrss`` here includes the baseline read, so it is reported as such.
``python benchmarks/batch_worker.py memory CASES.csv OUT.csv REFERENCE_DATE``
    One batch with its output file, alone in this process: its ``ru_maxrss`` is the batch's own.
``python benchmarks/batch_worker.py cpu CASES.csv OUT.csv REFERENCE_DATE REPEAT``
    The processor time (``time.process_time``: every thread of this process, little moved by other
    processes on a shared machine) of ``read_cases`` + ``screen`` and of the plain read, best of
    ``REPEAT`` alternating rounds, and their ratio. Run it on two checkouts (``PYTHONPATH``) in
    turns to compare two versions at the same load.
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl

from secretpro.batch import screen
from secretpro.batch.csv_input import read_cases
from secretpro.batch.writer import write_atomically

RULE = "guarantor-inquiry"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def compare(source: Path, target: Path, reference: date, repeat: int) -> dict[str, Any]:
    def baseline() -> float:
        gc.collect()
        started = time.perf_counter()
        frame = pl.read_csv(source, infer_schema=False)
        seconds = time.perf_counter() - started
        del frame
        return seconds

    def batch() -> float:
        gc.collect()
        started = time.perf_counter()
        result = screen(RULE, read_cases(RULE, source), reference)
        seconds = time.perf_counter() - started
        counts.update(result.counts)
        del result
        return seconds

    counts: dict[str, int] = {}
    # Warm-up, untimed: imports, caches, Polars' thread pool and the page cache, for both alike.
    baseline()
    batch()
    read_only: list[float] = []
    evaluate: list[float] = []
    for round_number in range(repeat):
        # Each goes first in every other round, so neither always follows the other.
        if round_number % 2 == 0:
            read_only.append(baseline())
            evaluate.append(batch())
        else:
            evaluate.append(batch())
            read_only.append(baseline())
    # The output file (flushed to disk) in rounds of its own, so that its writes do not touch the
    # comparison above.
    end_to_end: list[float] = []
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        result = screen(RULE, read_cases(RULE, source), reference)
        write_atomically(result.table, target)
        end_to_end.append(time.perf_counter() - started)
        del result
    return {
        "read_only_s": min(read_only),
        "read_and_evaluate_s": min(evaluate),
        "with_output_file_s": min(end_to_end),
        "peak_rss_with_baseline_mb": peak_rss_mb(),
        "counts": counts,
    }


def cpu(source: Path, reference: date, repeat: int) -> dict[str, Any]:
    def timed(work: Any) -> float:
        gc.collect()
        started = time.process_time()
        work()
        return time.process_time() - started

    screen(RULE, read_cases(RULE, source), reference)  # warm-up
    batch_s = read_s = float("inf")
    for _ in range(repeat):
        batch_s = min(batch_s, timed(lambda: screen(RULE, read_cases(RULE, source), reference)))
        read_s = min(read_s, timed(lambda: pl.read_csv(source, infer_schema=False)))
    return {"batch_cpu_s": batch_s, "read_cpu_s": read_s, "cpu_ratio": batch_s / read_s}


def memory(source: Path, target: Path, reference: date) -> dict[str, Any]:
    result = screen(RULE, read_cases(RULE, source), reference)
    write_atomically(result.table, target)
    return {"peak_rss_mb": peak_rss_mb(), "counts": result.counts}


def main() -> None:
    mode, source, target = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    reference = date.fromisoformat(sys.argv[4])
    if mode == "compare":
        figures = compare(source, target, reference, int(sys.argv[5]))
    elif mode == "cpu":
        figures = cpu(source, reference, int(sys.argv[5]))
    elif mode == "memory":
        figures = memory(source, target, reference)
    else:
        raise SystemExit(f"unknown mode {mode!r} (compare, cpu or memory)")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
