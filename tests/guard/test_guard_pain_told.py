"""A person's pain told as people write it: "Il garde des douleurs osseuses importantes", "J'ai des
douleurs qui sont devenues insupportables", "des douleurs très fortes au ventre", "je vomis de douleur",
"Ze had zoveel pijn", "ik heb pijn in mijn rug", "I had terrible pain".

The lexicon held pain only with its place or its kind ("douleurs au dos", "douleur thoracique") and
a few fixed phrases; the labelled sets' tuning halves hold pain said with a verb of having,
keeping or suffering, with its strength, or with the writer's own body part (forty-fifth round).
Pain in general ("Il y a des douleurs qu'on ne soigne pas", "une atmosphère de douleur muette"), a
hurt done ("Die beslissing heeft pijn gedaan") and a death announced ("J'ai la douleur de vous
annoncer") stay clear."""

from __future__ import annotations

import pytest
from guard_helpers import assert_covered, categories, finding_covers
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_FR_PEOPLE = ["Il", "Elle", "Mme Lambert", "Son fils", "Maman dit qu'elle", "J'"]
_FR_VERBS = {
    "J'": ["ai", "avais"],
    "": ["a", "avait", "garde", "ressent", "souffre de"],
}
_FR_AMOUNTS = ["des", "de fortes", "de terribles", "toujours des", "encore des", "une"]
_FR_KINDS = ["", " osseuses", " lombaires", " très fortes", " insupportables", " diffuses"]
_FR_AFTER = [" la nuit.", " depuis l'été.", " qui la réveillent.", ", surtout le matin."]
_NL_PEOPLE = ["Hij", "Ze", "Mevrouw Peeters", "Mijn moeder", "Ik"]
_NL_VERBS = {"Ik": ["heb", "had"], "": ["heeft", "had"]}
_NL_AMOUNTS = ["", "veel ", "zoveel ", "nog ", "al weken ", "constant ", "nog heel veel "]
_NL_AFTER = [".", " sinds de val.", " en slaapt slecht.", ", zegt de huisarts."]


@settings(max_examples=examples(300), deadline=None)
@given(st.data())
def test_pain_someone_has_is_health(data: st.DataObject) -> None:
    if data.draw(st.booleans()):
        person = data.draw(st.sampled_from(_FR_PEOPLE))
        verb = data.draw(st.sampled_from(_FR_VERBS["J'" if person == "J'" else ""]))
        amount = data.draw(st.sampled_from(["", "fortes"] if verb == "souffre de" else _FR_AMOUNTS))
        pain = "douleur" if amount == "une" else "douleurs"
        kind = data.draw(st.sampled_from(_FR_KINDS))
        if amount == "une":
            kind = kind.removesuffix("s")
        told = " ".join(word for word in (verb, amount, pain) if word) + kind
        space = "" if person == "J'" else " "
        text = f"Bonjour,\n{person}{space}{told}{data.draw(st.sampled_from(_FR_AFTER))} Merci."
    else:
        person = data.draw(st.sampled_from(_NL_PEOPLE))
        verb = data.draw(st.sampled_from(_NL_VERBS["Ik" if person == "Ik" else ""]))
        told = f"{verb} {data.draw(st.sampled_from(_NL_AMOUNTS))}pijn"
        text = f"Dag,\n{person} {told}{data.draw(st.sampled_from(_NL_AFTER))} Groeten."
    if data.draw(st.booleans()):
        text = text.upper()
        told = told.upper()
    assert_covered(text, "HEALTH", told)


@pytest.mark.parametrize(
    "told",
    [
        "je vomis de douleur",
        "il hurlait de douleur",
        "en pleine crise de douleurs",
        "des douleurs très fortes au ventre",
        "des douleurs dans le ventre",
        "mal à mon genou",
        "ik heb pijn in mijn rug",
        "hij kreunt van de pijn",
        "I had terrible pain",
        "een spoedkeizersnede",
    ],
)
def test_pain_with_its_cry_or_its_place_is_health(told: str) -> None:
    text = f"Bonjour, ce matin {told} et on attend le médecin."
    start = text.index(told)
    assert finding_covers(text, "HEALTH", start + len(told) - 6, start + len(told)), text


@pytest.mark.parametrize(
    "text",
    [
        "Il y a des douleurs qu'on ne soigne pas : c'est le thème de la soirée.",
        "Une atmosphère de douleur muette s'empara du centre.",
        "J'ai la douleur de vous annoncer le décès de notre collègue.",
        "Die beslissing heeft pijn gedaan in de hele gemeente.",
    ],
)
def test_pain_in_general_stays_clear(text: str) -> None:
    assert "HEALTH" not in categories(text)
