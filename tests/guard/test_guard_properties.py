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
    # (thirty-ninth round) the line ends of a text pasted from Windows or sent by mail, other breaks
    # and spaces, and a centre's name, whose end the guard looks for past them
    "\r\n",
    "\r",
    "\x0b",
    "\u2028",
    "\u0085",
    "\u00a0",
    "\x00",
    "in het centrum",
    "au centre fermé",
    "van",
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


_CENTRES = ["in het centrum", "au centre", "in detentiecentrum", "au centre fermé", "centre Fedasil de"]
_BREAKS = ["\r\n", "\r", "\n", "\x0b", "\x0c", "\u2028", "\u0085", "\u00a0", "\x00", "\t"]


@settings(max_examples=examples(300), deadline=None)
@given(
    st.sampled_from(_CENTRES),
    st.lists(st.sampled_from(_BREAKS), min_size=1, max_size=3).map("".join),
    st.sampled_from(["Jette", "127 bis", "van Jette", "de Vottem", "", "Mevrouw Claes", "—"]),
)
def test_a_centre_before_any_line_break_or_space(centre: str, breaks: str, after: str) -> None:
    # The round-start guard raised IndexError on "Hij woont in het centrum\r\nvan Jette": the
    # centre's name, cut at a carriage return, was left with the "\r" alone.
    text = f"Hij woont {centre}{breaks}{after}"
    report = scan(text, profile="strict")
    for finding in report.findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text
