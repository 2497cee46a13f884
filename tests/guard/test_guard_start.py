"""What ``secretpro guard`` does at each start (issue 10, point 5: within 2x ``secretpro decide``).

- The command is built alone (``secretpro.command``), without the rules and the other commands,
  and still behaves as the full command line's ``guard``.
- The lexicons' lines are parsed in one fold (``parse_entries``), only when a matcher is first used,
  and the cached automaton's digest is taken from the lines and the code that turns them into keys.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from secretpro.guard import lexicon, normalize, scanner
from secretpro.guard.lexicon import MatcherGroup, TermMatcher, parse_entries, parse_entry

# the installed script's entry point, run as the script runs it (argv[0] is the program)
ENTRY = "import sys; sys.argv[0] = 'secretpro'; from secretpro.command import main; main()"
# the same, telling on stderr, once the command is done, whether the rules were imported
ENTRY_TELLING = (
    "import sys; sys.argv[0] = 'secretpro'\n"
    "from secretpro.command import main\n"
    "try:\n    main()\n"
    "except SystemExit as done:\n"
    "    print('rules imported:', 'secretpro.rules' in sys.modules, file=sys.stderr)\n"
    "    raise\n"
)


def run(args: list[str], data: bytes, code: str = ENTRY) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", code, *args], input=data, capture_output=True, timeout=120, check=False
    )


def test_guard_starts_without_the_rules_and_blocks_as_before() -> None:
    done = run(["guard", "-", "--format", "json"], b"Il a mal au genou, rue Haute 47.", ENTRY_TELLING)
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["verdict"] == "block"
    assert {f["category"] for f in report["findings"]} >= {"HEALTH", "ADDRESS"}
    assert b"rules imported: False" in done.stderr


def test_guard_options_and_errors_are_the_full_command_lines() -> None:
    """Exit 0 on a clean text, the profile option, and a bad option named with exit status 2."""
    clean = run(["guard", "-", "--profile", "guarantor_inquiry"], b"Bonjour, le CPAS vous repond.")
    assert clean.returncode == 0, clean.stderr
    assert b"verdict: PASS" in clean.stdout
    bad = run(["guard", "--format", "xml", "-"], b"x")
    assert bad.returncode == 2
    assert b"--format" in bad.stderr and b"Traceback" not in bad.stderr
    unknown = run(["guard", "-", "--profile", "nobody"], b"x")
    assert unknown.returncode == 2 and b"nobody" in unknown.stderr
    helped = run(["guard", "--help"], b"")
    assert helped.returncode == 0 and b"secretpro guard" in helped.stdout


def test_every_other_command_still_goes_through_the_full_command_line() -> None:
    facts = {
        "aid_type": "medical_costs",
        "nationality": "MA",
        "visa_issue_date": "2025-06-01",
        "in_asylum_procedure": False,
        "arrival_date": "2025-06-10",
    }
    done = run(
        ["decide", "guarantor-inquiry", "--date", "2026-01-15", "--format", "json"],
        json.dumps(facts).encode(),
        ENTRY_TELLING,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rule"] == "guarantor-inquiry"
    assert b"rules imported: True" in done.stderr
    listed = run(["--help"], b"")
    assert listed.returncode == 0
    assert all(name in listed.stdout for name in (b"decide", b"guard", b"batch", b"mail-relay"))


def test_every_lexicon_parses_in_one_fold_as_line_by_line() -> None:
    members = scanner._lexicons()._members
    assert sum(len(member._lines) for member in members) > 15_000
    for member in members:
        assert parse_entries(member._lines) == tuple(parse_entry(t, label) for t, label in member._lines)


_MARK = st.sampled_from(["", "=", "*", "=*"])
_TERM = st.lists(st.sampled_from([*"abcdeé ÉÈçÇĳŒœßİıΣς-'`*=\n\u00ad\u0301ﬁ", "Zw", "IJ"]), max_size=12).map(
    "".join
)


@settings(max_examples=examples(400), deadline=None)
@given(
    st.lists(st.tuples(_MARK, _TERM, st.sampled_from(["*", ""]), st.sampled_from(["HEALTH", ""])), max_size=8)
)
def test_one_fold_for_all_lines_is_one_fold_per_line(rows: list[tuple[str, str, str, str]]) -> None:
    """Upper case that lowers to two characters ("İ"), line breaks inside a term, the markers
    anywhere: the entries are those of ``parse_entry``, line by line."""
    lines = [(mark + term + tail, label) for mark, term, tail, label in rows]
    assert parse_entries(lines) == tuple(parse_entry(term, label) for term, label in lines)


def test_a_matcher_parses_its_lines_only_when_first_used() -> None:
    matcher = TermMatcher([("diabetique", "HEALTH"), ("=AMU", "HEALTH")])
    assert matcher._entries is None
    assert [m.term for m in matcher.find("elle est diabetique")] == ["diabetique"]
    assert matcher._entries is not None and matcher._entries[1].exact


def test_a_change_in_the_code_that_makes_the_keys_gives_another_automaton(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The digest is taken from the lines as written: a fold that changed (normalize.py) must not
    find the automaton built with the old one."""
    monkeypatch.setenv("SECRETPRO_CACHE_DIR", str(tmp_path / "cache"))
    before = MatcherGroup([TermMatcher([("diabetique", "HEALTH")])]).digest
    changed = tmp_path / "normalize.py"
    shutil.copy(normalize.__file__, changed)
    changed.write_text(changed.read_text(encoding="utf-8") + "\n# another fold\n", encoding="utf-8")
    monkeypatch.setattr(normalize, "__file__", str(changed))
    lexicon._code_digest.cache_clear()  # (read once per process: the code does not change in one)
    after = MatcherGroup([TermMatcher([("diabetique", "HEALTH")])]).digest
    lexicon._code_digest.cache_clear()
    assert after != before
