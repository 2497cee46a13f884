"""Property tests: offsets always fit the text; redaction always passes a second scan."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from secretpro.guard import scan

PIECES = [
    "rue Haute 12",
    "1000 Bruxelles",
    "Kerkstraat 5 bus 2",
    "9000 Gent",
    "diabétique",
    "zwanger",
    "sans papiers",
    "annexe 26",
    "0470 12 34 56",
    "+32 2 123 45 67",
    "x.y@exemple.be",
    "BE71 0961 2345 6769",
    "née le 03/07/1985",
    "85.07.30-033.28",
    "Mme Dupont",
    "dhr. Peeters",
    "de nationalité marocaine",
    "CPAS de Forest",
    "OCMW van Jette",
    "hospitalisé à Saint-Pierre",
    "ÉÈÇ",
    "🙂",
    "\n",
    ", ",
    " ",
    ".",
]
texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join),
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=20).map("".join),
)


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["strict", "guarantor_inquiry"]))
def test_offsets_within_text_and_matching(text: str, profile: str) -> None:
    report = scan(text, profile=profile)
    for finding in report.findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["strict", "guarantor_inquiry"]))
def test_redaction_is_idempotent(text: str, profile: str) -> None:
    redacted = scan(text, profile=profile).redacted
    again = scan(redacted, profile=profile)
    assert again.verdict == "pass"
    assert again.redacted == redacted
