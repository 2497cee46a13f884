"""Profiles: which categories may leave the CPAS in a given kind of message."""

from __future__ import annotations

from dataclasses import dataclass

from secretpro.guard.model import CATEGORIES, Finding


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    allowed: frozenset[str]
    valid_national_number_only: bool


PROFILES: dict[str, Profile] = {
    # The R1 e-mail to the Office des étrangers about a guarantor.
    "guarantor_inquiry": Profile(
        "guarantor_inquiry",
        frozenset({"PERSON_NAME", "NATIONAL_NUMBER", "NATIONALITY", "CPAS"}),
        valid_national_number_only=True,
    ),
    # Any other reply to an outside body.
    "strict": Profile("strict", frozenset({"CPAS"}), valid_national_number_only=False),
}


class UnknownProfileError(ValueError):
    """The profile name is not one of PROFILES."""


class UnknownCategoryError(ValueError):
    """An allowance names no known category."""


def get_profile(name: str) -> Profile:
    try:
        return PROFILES[name]
    except KeyError:
        raise UnknownProfileError(name) from None


def check_allowance(allow: frozenset[str]) -> None:
    """Raise UnknownCategoryError when the per-message allowance names an unknown category."""
    unknown = allow - _KNOWN
    if unknown:
        raise UnknownCategoryError(", ".join(sorted(unknown)))


_KNOWN = frozenset(CATEGORIES)


def is_allowed(profile: Profile, finding: Finding, allow: frozenset[str]) -> bool:
    """Whether ``finding`` may leave under ``profile`` plus the per-message ``allow`` categories
    (checked beforehand with ``check_allowance``)."""
    if finding.category in allow:
        return True
    if finding.category not in profile.allowed:
        return False
    if finding.category == "NATIONAL_NUMBER" and profile.valid_national_number_only:
        return finding.valid is True
    return True
