"""Floors on the blind probe sentences of the fourteenth, fifteenth and nineteenth rounds
(``blind_probes.tsv``, ``blind_probes2.tsv`` to ``blind_probes6.tsv``): written by helpers who never saw
the guard, scored once before any change made for them (425 of 450, 540 of 550, 540, 551, 496 and 516 of 600; their
headers say more). The floors sit just under today's figures, so that a change that
loses ground on them fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretpro.guard import scan

HERE = Path(__file__).parent
_CLEAN_MEANS_NONE_OF = {
    "blind_probes.tsv": {"HEALTH", "ADMIN_STATUS", "ADDRESS"},
    "blind_probes2.tsv": {"HEALTH", "ADMIN_STATUS", "ADDRESS", "BIRTH_DATE"},
    "blind_probes3.tsv": {"HEALTH", "ADMIN_STATUS", "ADDRESS", "BIRTH_DATE", "PHONE", "EMAIL", "IBAN"},
    "blind_probes4.tsv": {"HEALTH", "ADMIN_STATUS", "ADDRESS", "BIRTH_DATE"},
    "blind_probes5.tsv": {"HEALTH", "ADMIN_STATUS", "ADDRESS", "BIRTH_DATE"},
    "blind_probes6.tsv": {"HEALTH", "ADMIN_STATUS", "ADDRESS", "BIRTH_DATE"},
}


def _items(name: str) -> list[tuple[str, str]]:
    items = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            category, text = line.split("\t", 1)
            items.append((category, text.replace("\\n", "\n")))
    return items


def _read_right(name: str) -> tuple[int, int]:
    right = 0
    items = _items(name)
    for category, text in items:
        found = {f.category for f in scan(text, profile="strict").findings}
        if category == "CLEAN":
            right += not found & _CLEAN_MEANS_NONE_OF[name]
        else:
            right += category in found
    return right, len(items)


@pytest.mark.parametrize(
    ("name", "count", "floor"),
    [
        ("blind_probes.tsv", 450, 448),
        ("blind_probes2.tsv", 550, 541),
        ("blind_probes3.tsv", 600, 592),
        ("blind_probes4.tsv", 600, 585),
        ("blind_probes5.tsv", 600, 524),
        # (nineteenth round) first score at 713cdfb, the guard of cde426e: 516 of 600 (513 at the
        # round's start, 29984b0); never tuned on
        ("blind_probes6.tsv", 600, 514),
    ],
)
def test_blind_probes_floor(name: str, count: int, floor: int) -> None:
    right, total = _read_right(name)
    assert total == count
    assert right >= floor, (right, total)
