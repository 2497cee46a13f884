"""`secretpro guard [FILE|-] --profile --format`: scan one outgoing message.

Exit status: 0 pass, 1 blocked, 2 bad input (unreadable file, not UTF-8, empty, larger than
MAX_INPUT_BYTES, unknown profile). Bad input gets one line on stderr, never a traceback, and never
a piece of the message (it may hold personal data).
"""

from __future__ import annotations

import json
import sys
from typing import BinaryIO, TextIO

from secretpro.guard.profiles import PROFILES
from secretpro.guard.scanner import GuardReport, scan

# 1 MiB: far above any e-mail or letter, and still scanned in about a second.
MAX_INPUT_BYTES = 1024 * 1024
EXIT_PASS, EXIT_BLOCK, EXIT_BAD_INPUT = 0, 1, 2

_REVERSE, _RESET = "\x1b[7m", "\x1b[0m"


class BadInputError(ValueError):
    """The input cannot be scanned; the message names the problem."""


def read_input(path: str | None, stdin: BinaryIO | None = None) -> str:
    """The message as text, from FILE or stdin (``None`` or ``-``)."""
    try:
        if path is None or path == "-":
            source = stdin if stdin is not None else sys.stdin.buffer
            data = source.read(MAX_INPUT_BYTES + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise BadInputError(f"file not found: {path}") from None
    except IsADirectoryError:
        raise BadInputError(f"not a file: {path}") from None
    except OSError as error:
        raise BadInputError(f"cannot read {path}: {error.strerror}") from None
    if len(data) > MAX_INPUT_BYTES:
        raise BadInputError(f"input too large: more than {MAX_INPUT_BYTES} bytes (1 MiB)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadInputError(f"input is not valid UTF-8 (byte {error.start})") from None
    if not text.strip():
        raise BadInputError("input is empty")
    return text


def render_text(report: GuardReport, text: str, color: bool) -> str:
    """The message with blocked parts marked, then a summary, for a person at a terminal."""
    pieces: list[str] = []
    cursor = 0
    for finding in report.findings:
        # (a finding that goes on past the one before is marked from where that one ends)
        if finding.allowed or finding.end <= cursor:
            continue
        start = max(finding.start, cursor)
        pieces.append(text[cursor:start])
        span = text[start : finding.end]
        if color:
            pieces.append(f"{_REVERSE}{span}{_RESET}[{finding.category}]")
        else:
            pieces.append(f"⟦{span}⟧[{finding.category}]")
        cursor = finding.end
    pieces.append(text[cursor:])
    lines = ["".join(pieces).rstrip("\n"), "", "—" * 40]
    blocked = [f for f in report.findings if not f.allowed]
    allowed = [f for f in report.findings if f.allowed]
    verdict = "BLOCKED" if report.verdict == "block" else "PASS"
    lines.append(f"verdict: {verdict} (profile {report.profile})")
    if blocked:
        counts: dict[str, int] = {}
        for f in blocked:
            counts[f.category] = counts.get(f.category, 0) + 1
        lines.append("blocked: " + ", ".join(f"{c} ×{n}" for c, n in sorted(counts.items())))
    if allowed:
        lines.append("allowed: " + ", ".join(sorted({f.category for f in allowed})))
    if blocked:
        lines.extend(["", "proposed redacted text:", report.redacted])
    return "\n".join(lines) + "\n"


def guard_command(
    path: str | None,
    profile: str,
    output_format: str,
    stdin: BinaryIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the guard on FILE or stdin and print the report; returns the exit status."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    if profile not in PROFILES:
        err.write(f"secretpro guard: unknown profile {profile!r} (use: {', '.join(PROFILES)})\n")
        return EXIT_BAD_INPUT
    if output_format not in ("json", "text"):
        err.write(f"secretpro guard: unknown format {output_format!r} (use: json, text)\n")
        return EXIT_BAD_INPUT
    try:
        text = read_input(path, stdin)
    except BadInputError as error:
        err.write(f"secretpro guard: {error}\n")
        return EXIT_BAD_INPUT
    report = scan(text, profile=profile)
    if output_format == "json":
        out.write(json.dumps(report.to_json(), ensure_ascii=False) + "\n")
    else:
        out.write(render_text(report, text, color=out.isatty()))
    return EXIT_BLOCK if report.verdict == "block" else EXIT_PASS
