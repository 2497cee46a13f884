"""The guard: finds personal data in outgoing texts, judges it under a profile, redacts it.

``scan(text, profile)`` is the entry point for the CLI, the documents and the web application.
"""

from secretpro.guard.model import CATEGORIES, FORBIDDEN, Finding
from secretpro.guard.profiles import PROFILES, UnknownCategoryError, UnknownProfileError
from secretpro.guard.scanner import GuardReport, ReportFinding, find_all, scan

__all__ = [
    "CATEGORIES",
    "FORBIDDEN",
    "PROFILES",
    "Finding",
    "GuardReport",
    "ReportFinding",
    "UnknownCategoryError",
    "UnknownProfileError",
    "find_all",
    "scan",
]
