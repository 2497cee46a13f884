"""The docstrings that are specifications (legal date arithmetic, the dated visa list) are run."""

from __future__ import annotations

import doctest

import pytest

from secretpro.reference import visa
from secretpro.rules import legal_dates


@pytest.mark.parametrize("module", [legal_dates, visa])
def test_docstring_examples(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.attempted > 0
    assert result.failed == 0
