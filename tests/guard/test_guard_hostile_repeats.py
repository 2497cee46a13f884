"""Texts made to be slow: one short unit repeated over many kilobytes. Each recognizer must read such
a text a bounded number of times over; these tests check the bounds, not the time (the times are in
the closing note, measured by a script, not in timed tests)."""

from __future__ import annotations

from secretpro.guard import scan
from secretpro.guard.model import Doc
from secretpro.guard.names import _MOST_INITIALS_AND_PARTICLES, _name_run
from secretpro.guard.normalize import normalise


def _doc(text: str) -> Doc:
    return Doc(normalise(text).text)


def test_a_name_after_a_title_reads_a_bounded_run_of_initials() -> None:
    # "M. M. M. ..." over 100 kB was read to its end from each title: 232 s
    doc = _doc("M. " * 5000)
    end = _name_run(doc, 3, strict_case=False)
    assert _MOST_INITIALS_AND_PARTICLES < 8
    assert 3 < end <= 3 + 3 * 8  # eight initials at most, not five thousand


def test_a_name_after_a_title_reads_a_bounded_run_of_particles() -> None:
    doc = _doc("Maître " + "van " * 5000 + "Damme")
    assert _name_run(doc, 7, strict_case=False) == 7  # no name token within the bound: no name


def test_names_with_initials_and_particles_are_still_whole() -> None:
    for text, name in [
        ("Nous avons reçu Mme J.-P. M. van der Berg hier.", "J.-P. M. van der Berg"),
        ("Bijstand door Mr. A. B. C. De Wolf, advocaat.", "A. B. C. De Wolf"),
    ]:
        names = [text[f.start : f.end] for f in scan(text).findings if f.category == "PERSON_NAME"]
        assert name in names, (text, names)


def test_repeated_health_terms_are_each_found() -> None:
    # (the pairwise test against not-health phrases made this quadratic: "pijn " over 50 kB, 9 s)
    text = "Hij heeft kanker. " * 2000
    health = [f for f in scan(text).findings if f.category == "HEALTH"]
    assert len(health) == 2000


def test_a_form_label_is_looked_for_near_its_lines_start() -> None:
    # (a line of 8,000 "diabète: oui" read its start once per term: 7 s for 200 kB; forty-eighth round)
    from secretpro.guard.lexical import _LABEL_REACH, _is_field_label

    folded = "a" * 5000 + " diabete: oui"
    start = folded.index("diabete")
    assert _LABEL_REACH <= 200
    assert not _is_field_label(folded, start + len("diabete"), start)  # too far from the line's start
    assert _is_field_label("x\ndiabete: oui", 9, 2)  # a label opening its line


def test_health_terms_before_colons_on_one_long_line_are_each_found() -> None:
    from secretpro.guard.lexical import _LABEL_REACH

    unit = "diabète: oui "
    text = "Notes du médecin " + unit * 2000
    health = [f for f in scan(text).findings if f.category == "HEALTH"]
    # (those within the label's reach of the line's start read as a form's labels, as before)
    assert len(health) >= 2000 - _LABEL_REACH // len(unit) - 1
