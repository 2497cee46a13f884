"""``python -m secretpro.batch RULE IN.csv --out OUT.csv [--date D] [--lang fr]`` (same as ``secretpro batch``)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from secretpro.batch.cli import batch_command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="secretpro batch", description="Screen many cases from a CSV file.")
    parser.add_argument("rule")
    parser.add_argument("in_path", metavar="IN.csv")
    parser.add_argument("--out", required=True, metavar="OUT.csv")
    parser.add_argument("--date", default=None, metavar="YYYY-MM-DD")
    parser.add_argument("--lang", default=None)
    arguments = parser.parse_args(argv)
    on_date = None
    if arguments.date is not None:
        try:
            if len(arguments.date) != 10:
                raise ValueError(arguments.date)
            on_date = date.fromisoformat(arguments.date)
        except ValueError:
            print("secretpro: error: --date: not a valid date (expected YYYY-MM-DD)", file=sys.stderr)
            return 2
    return batch_command(arguments.rule, arguments.in_path, arguments.out, on_date, lang=arguments.lang)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
