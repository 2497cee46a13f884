"""The lexicon automaton is cached on disk under the digest of what it is built from."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from secretpro.guard.lexicon import MatcherGroup, TermMatcher, _decode, _encode
from secretpro.guard.model import Doc

TEXT = "Elle est diabetique et zwanger, sans papiers depuis 2019; diabetiqe."


def _matchers(extra: str = "") -> list[TermMatcher]:
    health = [("diabetique", "HEALTH"), ("zwanger", "HEALTH")] + ([(extra, "HEALTH")] if extra else [])
    return [TermMatcher(health), TermMatcher([("sans papiers", "STATUS")], substitutions=True)]


def _found(matchers: list[TermMatcher]) -> list[list[tuple[int, int, str]]]:
    doc = Doc(TEXT)
    return [[(m.start, m.end, m.term) for m in member.find(doc)] for member in matchers]


def test_payload_encoding_round_trips() -> None:
    for slot in (0, 7, 31):
        for payload in [(1, 0, False, False), (97, 123_456, True, True), (255, 5, True, False)]:
            assert _decode(_encode(slot, payload)) == (slot, payload)


def test_cached_group_finds_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRETPRO_CACHE_DIR", str(tmp_path))
    built = _matchers()
    first = MatcherGroup(built)
    assert len(list(tmp_path.glob("guard-lexicons-*.pickle"))) == 1
    loaded = _matchers()
    second = MatcherGroup(loaded)
    assert second.digest == first.digest
    assert loaded[0]._keys is None  # the keys were never built: the automaton came from the cache
    uncached = _matchers()
    MatcherGroup(uncached, cache=False)
    assert _found(loaded) == _found(built) == _found(uncached)
    assert any("diabetique" in term for _s, _e, term in _found(loaded)[0])


def test_a_changed_lexicon_gets_a_new_automaton(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRETPRO_CACHE_DIR", str(tmp_path))
    first = MatcherGroup(_matchers())
    changed = _matchers("depuis")
    second = MatcherGroup(changed)
    assert second.digest != first.digest
    assert any(term == "depuis" for _s, _e, term in _found(changed)[0])


def test_a_broken_cache_file_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRETPRO_CACHE_DIR", str(tmp_path))
    MatcherGroup(_matchers())
    [path] = tmp_path.glob("guard-lexicons-*.pickle")
    path.write_bytes(b"not a pickle")
    again = _matchers()
    MatcherGroup(again)
    assert _found(again)[0]


def test_older_cache_files_are_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRETPRO_CACHE_DIR", str(tmp_path))
    for extra in ("depuis", "sinds", "avant", "voor", "apres", "later"):
        MatcherGroup(_matchers(extra))
    assert len(list(tmp_path.glob("guard-lexicons-*.pickle"))) == 4


def test_typo_variants_are_not_automaton_keys() -> None:
    matcher = TermMatcher([("diabetique", "HEALTH")])
    assert list(matcher.keys) == [" diabetique"]
    assert [m.term for m in matcher.find("elle est diabetiqe")] == ["diabetique"]


def test_the_typo_look_up_comes_from_the_cache_as_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the typo look-up is made of (the lexicons' words, their phrase partners, the common
    words) is stored with the automaton, so a start reads none of it again; a loaded group holds the
    same as a freshly built one, and corrects the same typo."""
    from secretpro.guard import lexicon

    monkeypatch.setenv("SECRETPRO_CACHE_DIR", str(tmp_path))
    built = MatcherGroup(_matchers())
    members = _matchers()
    loaded = MatcherGroup(members)
    indexes, words, partners, common = loaded._fuzzy_parts
    assert (indexes, words, partners) == built._fuzzy_parts[:3]
    assert (words, partners) == lexicon._fuzzy_words(_matchers())
    assert common == lexicon.common_words() and "facture" in common
    assert [(m.start, m.end, m.term) for m in members[0].find(Doc("Elle est diabetiqe."))] == [
        (9, 18, "diabetique")
    ]


def test_the_cli_and_the_library_share_one_cached_automaton(tmp_path: Path) -> None:
    """The CLI imports modules in another order than the library does, so it registers the hint
    words in another order: the digest must not depend on it, or every `secretpro guard` rebuilds
    the automaton (0.8 s and 92 MB instead of 0.45 s and 75 MB, twelfth round)."""
    env = {**os.environ, "SECRETPRO_CACHE_DIR": str(tmp_path)}
    for code in (
        "from secretpro.guard import scan; scan('x')",
        "import secretpro.cli; from secretpro.guard import scan; scan('x')",
        "import secretpro.guard_command, secretpro.guard.cli; from secretpro.guard import scan; scan('x')",
    ):
        subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=300)
    assert len(list(tmp_path.glob("guard-lexicons-*.pickle"))) == 1
