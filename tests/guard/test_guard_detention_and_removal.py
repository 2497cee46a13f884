"""Someone held in a closed centre named by its commune or its number ("opgesloten in Steenokkerzeel",
"opgesloten in detentiecentrum 127 bis", "enfermée à Vottem"), and a removal that can or cannot be
carried out ("il ne pouvait plus être expulsé", "la première famille à être expulsée"): a status
finding in every combination of subject, verb, place and frame; a tenant put out of a home, a prisoner
in a cell and the centre as a place are not (thirty-eighth round, data/lay_status.tsv)."""

from __future__ import annotations

from guard_helpers import spans
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_FRAMES = [
    "{phrase}. Son avocate a introduit un recours.",
    "Bericht van de maatschappelijk werker:\n{phrase}, zegt zijn zus.",
    "Objet : dossier 2026/4471\n\nMadame,\n\nNous apprenons que {phrase}.\n\nCordialement",
]
_HELD_NL = ["zit opgesloten in", "is opgesloten in", "werd vastgehouden in", "zitten al weken opgesloten in"]
_HELD_FR = ["est enfermée à", "a été détenu à", "sont détenus à", "est toujours enfermé au"]
_PLACES_NL = ["Steenokkerzeel", "Vottem", "Merksplas", "detentiecentrum 127 bis", "Holsbeek"]
_PLACES_FR = ["Vottem", "Steenokkerzeel", "Merksplas", "127bis", "centre fermé de Vottem"]
_SUBJECTS = ["hij", "zij", "het gezin", "mevrouw Lemaire", "de jongen"]
_SUJETS = ["il", "elle", "la famille", "Monsieur Dubois", "le jeune homme"]


@settings(max_examples=examples(300), deadline=None)
@given(
    st.sampled_from(_FRAMES),
    st.sampled_from([*zip(_SUBJECTS, _HELD_NL, strict=False), *zip(_SUJETS, _HELD_FR, strict=False)]),
    st.integers(0, 4),
)
def test_held_in_a_closed_centre_named_by_its_commune(
    frame: str, subject_and_verb: tuple[str, str], which: int
) -> None:
    subject, verb = subject_and_verb
    places = _PLACES_NL if subject in _SUBJECTS else _PLACES_FR
    phrase = f"{subject} {verb} {places[which]}"
    text = frame.format(phrase=phrase)
    status = spans(text, "ADMIN_STATUS")
    # (where an older row takes "est enfermé au centre fermé", the finding ends before the commune)
    assert any(found in phrase and verb.split()[-2] in found for found in status), (text, status)


@settings(max_examples=examples(300), deadline=None)
@given(
    st.sampled_from(_FRAMES),
    st.sampled_from([*zip(_SUBJECTS, _HELD_NL, strict=False), *zip(_SUJETS, _HELD_FR, strict=False)]),
    st.integers(0, 4),
    st.data(),
)
def test_held_in_a_closed_centre_across_a_wrapped_line(
    frame: str, subject_and_verb: tuple[str, str], which: int, data: st.DataObject
) -> None:
    # Text pasted from a PDF or a narrow mail window breaks lines at any space of the phrase
    # (from the participle on: the words before it are not part of the finding).
    subject, verb = subject_and_verb
    places = _PLACES_NL if subject in _SUBJECTS else _PLACES_FR
    words = f"{verb} {places[which]}".split(" ")
    held = verb.split()[-2]
    at = data.draw(st.integers(words.index(held) + 1, len(words) - 1), label="line break before word")
    wrapped = (
        " ".join(words[:at])
        + data.draw(st.sampled_from(["\n", "\r\n", " \n", "\n  "]))
        + " ".join(words[at:])
    )
    text = frame.format(phrase=f"{subject} {wrapped}")
    status = spans(text, "ADMIN_STATUS")
    # (the commune may be the address finding of "centre fermé de Vottem", as on one line)
    place = spans(text, "ADDRESS")
    assert any(held in found for found in status), (text, status)
    if not places[which].startswith("centre fermé"):
        # (as on one line, an older row may end the status at "centre fermé"; with a Windows line end
        # before "de Vottem" the commune is then not marked, a gap the round's note names)
        assert any(words[at] in found for found in status + place), (text, status, place)


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(_FRAMES),
    st.sampled_from(_SUJETS),
    st.sampled_from(
        [
            "ne pouvait plus être expulsé",
            "ne peut pas être expulsée",
            "ne pourra pas être expulsé",
            "peut donc être expulsée",
            "est la première à être expulsée",
            "était le seul à être expulsé",
        ]
    ),
)
def test_a_removal_that_can_or_cannot_be_carried_out(frame: str, subject: str, removal: str) -> None:
    text = frame.format(phrase=f"{subject} {removal}")
    status = spans(text, "ADMIN_STATUS")
    assert any("expuls" in found for found in status), (text, status)


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(_FRAMES),
    st.sampled_from(
        [
            "un locataire ne peut être expulsé de son logement",
            "le locataire ne peut pas être expulsé pendant la trêve hivernale",
            "un locataire ne peut être expulsé sans décision du juge de paix",
            "un occupant ne peut être expulsé que par un huissier",
            "de gevangenen zitten opgesloten in hun cel",
            "il a été enfermé à la cave par erreur",
            "le détenu a été transféré à Vottem lundi",
            "des co-détenus à Vottem nous ont informés",
            "le centre fermé de Vottem se trouve à Herstal",
            # a paragraph break ends the phrase: the worker wrote about two things
            "il a été détenu\n\nEn 2019 il travaillait au centre fermé",
        ]
    ),
)
def test_not_a_tenant_a_cell_or_the_centre_alone(frame: str, sentence: str) -> None:
    text = frame.format(phrase=sentence)
    status = spans(text, "ADMIN_STATUS")
    assert not status, (text, status)
