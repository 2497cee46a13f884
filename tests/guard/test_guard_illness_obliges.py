"""What an illness obliges someone to do, and lost hair (forty-sixth round, the labelled sets'
tuning halves): take a medicine for life or by the day ("Il doit prendre à vie du Kardegic"), wear a
brace or stockings ("doit porter un corset"), stay lying ("doit rester la tête penchée"); "Elle a
perdu ses cheveux", "She lost her hair", "Zijn haar valt uit". A duty of an office stays clear."""

from __future__ import annotations

import pytest
from guard_helpers import assert_told_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_TOLD = [
    "doit prendre à vie",
    "doit prendre eliquis 2x par jour",
    "doivent prendre de la cortisone pendant 6 semaines",
    "dois prendre du pantomed 40 deux fois par jour",
    "doit porter un corset",
    "doit porter des bas de contention",
    "doit rester la tête penchée",
    "dois rester couchée",
    "a perdu ses cheveux",
    "perd mes cheveux",
    "lost her hair",
    "Zijn haar valt uit",
    "verliest haar haar",
]
_FRAMES = [
    "Bonjour,\nM. Lambert {t}, merci de voir avec la mutuelle.",
    "Note : Mme Diallo – {t} – demande une aide.\n",
    "Madame,\nsa fille dit qu'elle {t} et n'a plus de revenus.",
]


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(_TOLD), st.sampled_from(_FRAMES), st.booleans(), st.sampled_from([" ", "\n"]))
def test_what_an_illness_obliges_is_health(told: str, frame: str, upper: bool, gap: str) -> None:
    told = told.replace(" ", gap, 1)
    assert_told_covered(frame, told, "HEALTH", upper)


@pytest.mark.parametrize(
    "text",
    [
        "Le CPAS doit prendre en compte l'absence de PIIS étudiant.",
        "C'est le bourgmestre qui doit prendre un arrêté d'inhabitabilité.",
        "Votre droit au revenu d'intégration doit être revu au moins une fois par an.",
        "Le demandeur doit porter sa carte d'identité sur lui.",
        "Le dossier doit rester au service social pendant deux semaines.",
        "Het OCMW verliest zijn geduld.",
    ],
)
def test_a_duty_of_an_office_stays_clear(text: str) -> None:
    assert "HEALTH" not in categories(text)
