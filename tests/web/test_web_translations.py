"""Every message of the pages and the documents has a Dutch and an English translation, and so do the
legal citations' labels and caveats that pages and letters show."""

from __future__ import annotations

from pathlib import Path

import pytest
from i18n_check import check_language, extract_messages

from secretpro.i18n import translator
from secretpro.rules.sources import citations

PACKAGE = Path(__file__).resolve().parents[2] / "src/secretpro"
# This part of the product: the pages and the documents (the accounts pages and the API have their own).
SOURCES = [
    *(path for path in (PACKAGE / "web").glob("*.py") if path.name != "api.py"),
    *(PACKAGE / "web/templates").glob("*.html"),
    PACKAGE / "documents",
]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_web_and_document_message_is_translated(language: str) -> None:
    problems = check_language(extract_messages(SOURCES), language)
    assert not problems, "\n".join(str(problem) for problem in problems)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_legal_labels_and_caveats_are_translated(language: str) -> None:
    _ = translator(language)
    for law in citations().laws.values():
        assert _(law.label) != law.label, law.id
        if law.caveat:
            assert _(law.caveat) != law.caveat, law.id
