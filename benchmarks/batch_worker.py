"""One batch measurement in a fresh process (so its peak memory is its own): prints JSON.

``python benchmarks/batch_worker.py CASES.csv OUT.csv REFERENCE_DATE REPEAT``
"""

from __future__ import annotations

import json
import resource
import sys
import time
from datetime import date
from pathlib import Path

from secretpro.batch import screen
from secretpro.batch.csv_input import read_cases
from secretpro.batch.writer import write_atomically


def main() -> None:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    reference, repeat = date.fromisoformat(sys.argv[3]), int(sys.argv[4])
    evaluate: list[float] = []
    end_to_end: list[float] = []
    counts: dict[str, int] = {}
    for _ in range(repeat):
        started = time.perf_counter()
        result = screen("guarantor-inquiry", read_cases("guarantor-inquiry", source), reference)
        evaluated = time.perf_counter()
        write_atomically(result.table, target)
        written = time.perf_counter()
        evaluate.append(evaluated - started)
        end_to_end.append(written - started)
        counts = result.counts
        del result
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "read_and_evaluate_s": min(evaluate),
                "with_output_file_s": min(end_to_end),
                "peak_rss_mb": peak_kb / 1024,
                "counts": counts,
            }
        )
    )


if __name__ == "__main__":
    main()
