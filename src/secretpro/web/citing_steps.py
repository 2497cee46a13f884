"""Which rule steps rest on which quotation, read from the rule modules' own ``Reason(...)`` calls.

The Sources page links every cited sentence to the steps that cite it. Reading the rules' code
(``ast``, once, cached) finds every step that *can* cite a sentence, including steps that only a
rare case reaches, without keeping a second list that could drift from the rules.
"""

from __future__ import annotations

import ast
import inspect
import sys
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from secretpro.rules import RULES


def rule_modules() -> dict[str, str]:
    """Each registered rule's module, from the rule itself: a new rule cannot be left out."""
    return {name: rule.evaluate.__module__ for name, rule in RULES.items()}


@dataclass(frozen=True, order=True)
class CitingStep:
    rule: str
    step: str
    """e.g. ``R1.2``"""
    text: str | None
    """The French message id of the reason, when the call spells it out."""


def _strings(node: ast.AST | None) -> list[str]:
    """String constants an argument can evaluate to (a constant, ``N_("…")``, a conditional)."""
    if node is None:
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "N_" and node.args:
        return _strings(node.args[0])
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


def _argument(call: ast.Call, position: int, name: str) -> ast.AST | None:
    if len(call.args) > position:
        return call.args[position]
    return next((keyword.value for keyword in call.keywords if keyword.arg == name), None)


@cache
def citing_steps() -> dict[str, tuple[CitingStep, ...]]:
    """Quote id → the steps that cite it, in rule order."""
    found: dict[str, set[CitingStep]] = defaultdict(set)
    for rule, module in rule_modules().items():
        tree = ast.parse(inspect.getsource(sys.modules[module]))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Reason"
            ):
                continue
            steps = _strings(_argument(node, 0, "step"))
            texts: list[str | None] = [*_strings(_argument(node, 1, "text"))] or [None]
            for quote_id in _strings(_argument(node, 2, "quote")):
                for step in steps:
                    for text in texts:
                        found[quote_id].add(CitingStep(rule, step, text))
    order = {name: index for index, name in enumerate(RULES)}
    return {
        quote_id: tuple(sorted(steps, key=lambda s: (order[s.rule], s.step, s.text or "")))
        for quote_id, steps in found.items()
    }
