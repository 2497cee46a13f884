"""The headline is the decisive reason (rules.md principle 6): the step that settled the outcome, in
the text, the JSON and the file note — not the last caveat."""

from __future__ import annotations

from datetime import date

from secretpro.decision_text import render_text
from secretpro.documents.file_note import file_note
from secretpro.rules import decide
from secretpro.rules.explanation import explain

NOT_VISA_REQUIRED = {
    "aid_type": "medical_costs",
    "nationality": "BR",
    "visa_issue_date": "2025-06-01",
    "in_asylum_procedure": False,
    "arrival_date": "2025-06-10",
    "reference_date": "2026-01-15",
}


def test_the_step_that_forbids_is_the_headline_not_the_caveat_after_it() -> None:
    decision = decide("guarantor-inquiry", NOT_VISA_REQUIRED)
    assert decision.reasons[-1].step == "R1.4" and decision.reasons[-1].quote is None  # the caveat comes last
    assert decision.headline is not None
    assert decision.headline.quote == "cvts_visa_country_only"
    explained = explain(decision, "fr")
    assert explained["headline"]["quote"]["id"] == "cvts_visa_country_only"
    first_line_after_label = render_text(explained, "fr").splitlines()[1]
    assert "pas soumise à l'obligation de visa" in first_line_after_label


def test_undetermined_headline_says_why_nothing_goes_out() -> None:
    decision = decide("guarantor-inquiry", {"reference_date": "2026-01-15"})
    assert decision.headline is not None and decision.headline.step == "R1.6"


def test_the_file_note_opens_with_the_decisive_reason() -> None:
    decision = decide("shared-secrecy", {"recipient": "police"})
    note = file_note(decision, "nl", "", date(2026, 1, 15))
    texts = [block.text for block in note.blocks]
    banner = next(i for i, block in enumerate(note.blocks) if block.kind == "banner")
    assert "politie" in texts[banner + 1]
