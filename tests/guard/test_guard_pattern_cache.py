"""The guard's compiled patterns are kept in the cache folder, so that a start does not parse and
group them again; a damaged file or code is compiled again, never trusted."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from secretpro.guard import cache_files, fastre

TEXTS = (
    "Madame Aïcha Benali, née le 12/03/1988, rue de la Loi 16, 1000 Bruxelles, tél. 0475 12 34 56.",
    "Hij is zwanger en heeft geen verblijfsvergunning; NN 85.07.30-033.28, BE68 5390 0754 7034.",
    "Le dossier est complet.",
)

_RUN = """
import json, sys
from secretpro.guard import fastre
at_import = fastre.fresh_codes()
from secretpro.guard import scan
found = [[(f.start, f.end, f.category) for f in scan(text).findings] for text in json.loads(sys.argv[1])]
print(json.dumps({"at_import": at_import, "after_scans": fastre.fresh_codes(), "found": found}))
"""


def _start(cache: Path) -> dict[str, object]:
    """A new process that imports the guard and scans ``TEXTS`` with ``cache`` as its cache folder."""
    env = {**os.environ, "SECRETPRO_CACHE_DIR": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", _RUN, json.dumps(TEXTS)], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_second_start_compiles_no_pattern_and_finds_the_same(tmp_path: Path) -> None:
    first = _start(tmp_path)
    assert isinstance(first["at_import"], int) and first["at_import"] > 100  # nothing cached yet
    assert len(list(tmp_path.glob("guard-patterns-*.pickle"))) == 1
    second = _start(tmp_path)
    assert second["at_import"] == 0 and second["after_scans"] == 0
    assert second["found"] == first["found"]
    assert first["found"][0] and first["found"][1] and not first["found"][2]


def test_every_stored_code_is_the_one_compiled_afresh(tmp_path: Path) -> None:
    _start(tmp_path)
    [path] = tmp_path.glob("guard-patterns-*.pickle")
    stored = cache_files.load(path)
    assert isinstance(stored, dict) and len(stored) > 100
    for (pattern, flags), parts in stored.items():
        assert fastre._compiled_parts(pattern, flags) == parts, pattern


def test_a_damaged_file_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRETPRO_CACHE_DIR", str(tmp_path))
    codes = fastre._CompiledCodes()
    codes._path.write_bytes(b"not a pickle")
    monkeypatch.setattr(fastre, "_CODES", fastre._CompiledCodes())
    compiled = fastre.compile(r"\b(?:madame|monsieur|mme)\s+[A-Z]\w+")
    assert fastre.fresh_codes() == 1
    assert compiled.search("Bonjour madame Dupont").group() == "madame Dupont"  # type: ignore[union-attr]


def test_a_code_the_engine_refuses_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRETPRO_CACHE_DIR", str(tmp_path))
    pattern = r"\b(?:madame|monsieur|mme)\s+[A-Z]\w+"
    cache_files.store(fastre._CompiledCodes()._path, {(pattern, 0): (0, [999, 1, 2], 0, {}, ())})
    monkeypatch.setattr(fastre, "_CODES", fastre._CompiledCodes())
    compiled = fastre.compile(pattern)
    assert fastre.fresh_codes() == 1
    text = "Bonjour madame Dupont et monsieur Martin"
    assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]


def test_an_unwritable_cache_folder_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    monkeypatch.setenv("SECRETPRO_CACHE_DIR", str(blocked))
    monkeypatch.setattr(fastre, "_CODES", fastre._CompiledCodes())
    fastre.compile(r"\bsans[ -]papiers?\b")
    fastre.store_codes()  # nothing raised, nothing left behind
    assert [path.name for path in tmp_path.iterdir()] == [blocked.name]
