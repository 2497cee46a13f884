"""scan(): profiles, verdicts, report keys, redaction labels in the message's language."""

from __future__ import annotations

import pytest

from secretpro.guard import UnknownCategoryError, UnknownProfileError, scan

R1_EMAIL = (
    "Objet : enquête garant – Youssef Amrani\n"
    "Madame, Monsieur,\n"
    "Le CPAS de Forest sollicite les données du garant de M. Youssef Amrani, "
    "NN 85.07.30-033.28, de nationalité marocaine.\n"
    "Cordialement,\nÉlise Dupont\nCPAS de Forest"
)


def test_clean_r1_email_passes_guarantor_inquiry() -> None:
    report = scan(R1_EMAIL, profile="guarantor_inquiry")
    assert report.verdict == "pass"
    assert {f.category for f in report.findings} >= {"PERSON_NAME", "NATIONAL_NUMBER", "NATIONALITY", "CPAS"}
    assert report.redacted == R1_EMAIL


def test_same_email_blocks_under_strict() -> None:
    report = scan(R1_EMAIL, profile="strict")
    assert report.verdict == "block"
    assert all(f.allowed == (f.category == "CPAS") for f in report.findings)


def test_invalid_national_number_blocks_guarantor_inquiry() -> None:
    report = scan("Concernant M. Youssef Amrani, NN 85.07.30-033.29.", profile="guarantor_inquiry")
    assert report.verdict == "block"
    number = next(f for f in report.findings if f.category == "NATIONAL_NUMBER")
    assert number.valid is False and not number.allowed


def test_address_blocks_guarantor_inquiry() -> None:
    text = R1_EMAIL + "\nIl habite rue Haute 12, 1000 Bruxelles et il est diabétique."
    report = scan(text, profile="guarantor_inquiry")
    assert report.verdict == "block"
    assert "[ADRESSE]" in report.redacted
    assert "[DONNÉE MÉDICALE]" in report.redacted
    assert "Youssef Amrani" in report.redacted  # allowed data stays


def test_explicit_allowance_for_one_message() -> None:
    text = "Mevrouw Janssens is bereikbaar op 0470 12 34 56."
    assert scan(text).verdict == "block"
    assert scan(text, allow=frozenset({"PHONE", "PERSON_NAME"})).verdict == "pass"


def test_unknown_profile_and_category() -> None:
    with pytest.raises(UnknownProfileError):
        scan("Bonjour", profile="lenient")
    with pytest.raises(UnknownCategoryError):
        scan("Bonjour Mme Dupont", allow=frozenset({"SHOE_SIZE"}))


def test_dutch_labels() -> None:
    report = scan("Geachte, mevrouw Peeters woont in de Kerkstraat 5, 9000 Gent en is zwanger.")
    assert report.language == "nl"
    assert "[ADRES]" in report.redacted and "[MEDISCH GEGEVEN]" in report.redacted


def test_json_report_keys_and_offsets() -> None:
    text = "Tél. : 0470 12 34 56 – Mme Dupont est sans papiers."
    data = scan(text).to_json()
    assert set(data) >= {"verdict", "profile", "findings", "redacted"}
    for finding in data["findings"]:
        assert set(finding) >= {"start", "end", "category", "allowed", "text"}
        assert text[finding["start"] : finding["end"]] == finding["text"]


def test_offsets_are_code_points_with_astral_characters() -> None:
    text = "🙂🙂 Elle est diabétique 🙂 et sans papiers."
    for finding in scan(text).findings:
        assert text[finding.start : finding.end] == finding.text
    assert {f.text for f in scan(text).findings} == {"diabétique", "sans papiers"}


def test_redacted_text_passes_again() -> None:
    text = (
        "Mme Aïcha Benali, née le 02/02/1990, GSM 0485 11 22 33, aicha.b@exemple.be, "
        "habite Bergensesteenweg 12 bus 3, 1070 Anderlecht. Zij is asielzoekster en zwanger. "
        "IBAN BE71 0961 2345 6769."
    )
    report = scan(text)
    assert report.verdict == "block"
    assert scan(report.redacted).verdict == "pass"


def test_pathological_text_is_still_redacted_to_a_passing_text() -> None:
    text = "RTE B0RTE B0RTE B0RTE B0RTE B0" * 10
    report = scan(text)
    assert scan(report.redacted).verdict == "pass"
