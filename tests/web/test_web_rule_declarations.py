"""A registered rule cannot be half added: it has a page, and every fact it reads has a label."""

from __future__ import annotations

import pytest

from secretpro.rules import RULES
from secretpro.web.labels import FACT_LABELS, PAGES_BY_RULE


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rule_has_its_page(rule: str) -> None:
    assert rule in PAGES_BY_RULE, f"{rule}: add its RulePage to web/labels.py"


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_fact_has_a_label(rule: str) -> None:
    unlabelled = [spec.name for spec in RULES[rule].facts if spec.name not in FACT_LABELS]
    assert not unlabelled, f"{rule}: add labels for {unlabelled} to web/labels.py"
