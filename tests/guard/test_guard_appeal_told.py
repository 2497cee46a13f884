"""A person's appeal before the aliens' litigation council, told with words between the appeal and the
council: "Un recours suspensif a été introduit devant le CCE", "RECOURS INTRODUIT AU CCE", "Ze heeft
beroep ingediend bij de RvV", "Salim tekent beroep tegen de beslissing aan bij de Raad voor
Vreemdelingenbetwistingen".

A pending appeal says the person's residence is disputed (forty-fourth round: the labelled sets'
tuning halves label it, invented and real; the lexicon held only "recours au CCE", "beroep bij de RvV" and the like, with
nothing between). A rule of the procedure, of no one ("Le recours doit être introduit devant le CCE dans
les 30 jours"), stays clear."""

from __future__ import annotations

import pytest
from guard_helpers import assert_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_FR_APPEALS = ["recours", "recours suspensif", "recours en annulation", "recours de plein contentieux"]
_FR_BETWEEN = [
    "a été introduit",
    "est introduit",
    "introduit",
    "a été déposé",
    "est toujours pendant",
    "est pendant",
]
_FR_COUNCILS = ["au CCE", "devant le CCE", "au Conseil du contentieux des étrangers"]
_NL_APPEALS = ["beroep", "cassatieberoep"]
_NL_BETWEEN = ["ingediend", "aangetekend", "tegen de weigering in", "tegen deze beslissing aan", "ingesteld"]
_NL_COUNCILS = ["bij de RvV", "bij de Raad voor Vreemdelingenbetwistingen", "voor de RvV"]


@settings(max_examples=examples(300), deadline=None)
@given(st.data())
def test_an_appeal_told_with_words_between_is_a_status(data: st.DataObject) -> None:
    if data.draw(st.booleans()):
        appeal = data.draw(st.sampled_from(_FR_APPEALS))
        told = (
            f"{appeal} {data.draw(st.sampled_from(_FR_BETWEEN))} {data.draw(st.sampled_from(_FR_COUNCILS))}"
        )
        opening = data.draw(st.sampled_from(["Un ", "Son ", "Mon client a appris que son ", ""]))
        text = f"Madame,\n{opening}{told} le 27 novembre. Il loge chez un ami."
    else:
        told = " ".join(
            data.draw(st.sampled_from(options)) for options in (_NL_APPEALS, _NL_BETWEEN, _NL_COUNCILS)
        )
        opening = data.draw(
            st.sampled_from(["Ze heeft ", "Haar advocaat heeft een ", "Mijn cliënt diende een ", "Het "])
        )
        text = f"Beste,\n{opening}{told} op 20/11. Hij slaapt bij een neef."
    if data.draw(st.booleans()):
        text = text.upper()
        told = told.upper()
    assert_covered(text, "ADMIN_STATUS", told)


@pytest.mark.parametrize(
    "told",
    [
        # (forty-fifth round: commas around the words between, and up to eight of them)
        "recours, introduit le 3 mars devant le CCE",
        "recours contre la décision de transfert a été introduit au CCE",
        "beroep, ingediend op 3 maart bij de RvV",
        "beroep tegen de beslissing werd op 20 november ingediend bij de RvV",
    ],
)
def test_an_appeal_told_with_commas_or_more_words_is_a_status(told: str) -> None:
    text = f"Bonjour,\nSon {told}, est toujours pendant. Merci."
    assert_covered(text, "ADMIN_STATUS", told)


@pytest.mark.parametrize(
    "text",
    [
        "Le recours doit être introduit devant le CCE dans les 30 jours de la notification.",
        "Het beroep moet binnen 30 dagen worden ingediend bij de RvV.",
        "Een beroep kan worden ingesteld bij de Raad voor Vreemdelingenbetwistingen.",
    ],
)
def test_a_rule_of_the_procedure_stays_clear(text: str) -> None:
    assert "ADMIN_STATUS" not in categories(text)
