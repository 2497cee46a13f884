"""Sentences a CPAS worker writes, invented for the seventh round (issue 10) to probe the lexicons
and the address grammar away from any gathered text: the few that were missed, kept here. All
people and places are invented."""

from __future__ import annotations

import pytest
from guard_helpers import spans


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("Il présente des troubles cognitifs importants.", "troubles cognitifs"),
        ("Elle a des troubles de la mémoire depuis l'accident.", "troubles de la mémoire"),
        ("Zij heeft cognitieve problemen sinds vorig jaar.", "cognitieve problemen"),
        ("Hij heeft geheugenproblemen.", "geheugenproblemen"),
    ],
)
def test_cognitive_disorders(text: str, health: str) -> None:
    assert health in spans(text, "HEALTH")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a street named like the data file's example once was ("Lindenlaan") is a street like any
        ("Zij woont in een sociale woning, Lindenlaan 14, Hasselt.", "Lindenlaan 14, Hasselt"),
        ("Lindenlaan 14, Hasselt", "Lindenlaan 14, Hasselt"),
        ("Hij woont in de Beukenlaan 3 te Genk.", "Beukenlaan 3 te Genk"),
    ],
)
def test_a_dutch_street_without_a_cue(text: str, address: str) -> None:
    assert address in spans(text, "ADDRESS")
