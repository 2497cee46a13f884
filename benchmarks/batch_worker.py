"""The batch measured against its read-only baseline in one fresh process: prints JSON.

``python benchmarks/batch_worker.py compare CASES.csv OUT.csv REFERENCE_DATE REPEAT``
    ``REPEAT`` rounds, each: the plain Polars read of the file (every column as text, the
    baseline), then the batch (``read_cases`` + ``screen``), then the output file. Both are timed
    in this same process, on the same file, with the same state (page cache warm, Polars' thread
    pool started, each round's earlier results freed); each figure is the best of its rounds.
    ``ru_maxrss`` here includes the baseline read, so it is reported as such.
``python benchmarks/batch_worker.py memory CASES.csv OUT.csv REFERENCE_DATE``
    One batch with its output file, alone in this process: its ``ru_maxrss`` is the batch's own.
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
    read_only: list[float] = []
    evaluate: list[float] = []
    end_to_end: list[float] = []
    counts: dict[str, int] = {}
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        baseline = pl.read_csv(source, infer_schema=False)
        read_only.append(time.perf_counter() - started)
        del baseline
        gc.collect()
        started = time.perf_counter()
        result = screen(RULE, read_cases(RULE, source), reference)
        evaluated = time.perf_counter()
        write_atomically(result.table, target)
        written = time.perf_counter()
        evaluate.append(evaluated - started)
        end_to_end.append(written - started)
        counts = result.counts
        del result
    return {
        "read_only_s": min(read_only),
        "read_and_evaluate_s": min(evaluate),
        "with_output_file_s": min(end_to_end),
        "peak_rss_with_baseline_mb": peak_rss_mb(),
        "counts": counts,
    }


def memory(source: Path, target: Path, reference: date) -> dict[str, Any]:
    result = screen(RULE, read_cases(RULE, source), reference)
    write_atomically(result.table, target)
    return {"peak_rss_mb": peak_rss_mb(), "counts": result.counts}


def main() -> None:
    mode, source, target = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    reference = date.fromisoformat(sys.argv[4])
    if mode == "compare":
        figures = compare(source, target, reference, int(sys.argv[5]))
    elif mode == "memory":
        figures = memory(source, target, reference)
    else:
        raise SystemExit(f"unknown mode {mode!r} (compare or memory)")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
