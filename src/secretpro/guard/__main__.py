"""`python -m secretpro.guard [FILE|-] [--profile P] [--format json|text]` (same as `secretpro guard`)."""

from __future__ import annotations

import argparse
import sys

from secretpro.guard.cli import guard_command
from secretpro.guard.profiles import PROFILES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="secretpro guard", description="Find and redact forbidden personal data in a message."
    )
    parser.add_argument("file", nargs="?", default="-", help="message file, or - for stdin (default)")
    parser.add_argument("--profile", default="strict", choices=sorted(PROFILES))
    parser.add_argument("--format", dest="output_format", default="text", choices=["json", "text"])
    args = parser.parse_args(argv)
    return guard_command(args.file, args.profile, args.output_format)


if __name__ == "__main__":
    sys.exit(main())
