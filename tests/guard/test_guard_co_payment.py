"""The co-payment a person cannot pay for their care: "tussenkomst in het remgeld van de kinesist", "le
ticket modérateur de kiné".

A worker asks the committee to pay the part of a person's care that the mutuality leaves to them; the
co-payment tells that the person is being treated. The health lexicon left the word out (seventeenth
round: the sets of the time did not label it); the invented sets from fresh_synthetic7 on label it, 28
of 43 times in their tuning halves (forty-third round). An information page that explains the
co-payment to no one ("Wat is het remgeld?", "le ticket modérateur est la part des frais qui reste à
votre charge", "Personen die het remgeld niet kunnen betalen ...") or gives it as a rate or a scale
("Het remgeld bedraagt 4 euro per raadpleging") stays clear."""

from __future__ import annotations

from guard_helpers import finding_overlaps
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from secretpro.guard import scan

# who asks, for whom, and what the co-payment is for, in each language; "{co}" is the co-payment
_ASKS = {
    "fr": [
        "Monsieur Dubois demande une intervention dans {co} de ses séances.",
        "Madame Lambert ne peut plus payer {co} chez le dentiste.",
        "Demande : prise en charge du {co} pour sa fille (± 90 € par mois).",
        "Le Comité accepte d'intervenir dans {co} de M. Renard.",
        "je ne sais plus payer {co} depuis que j'ai perdu mon travail",
    ],
    "nl": [
        "Mevrouw Peeters vraagt of het OCMW kan tussenkomen in {co} van haar zoon.",
        "Meneer Claes kan {co} niet meer betalen.",
        "Voorstel: tussenkomst in {co} voor dhr. Janssens tot 31/01.",
        "mama kan {co} en de medicatie niet betalen",
        "Ik kan {co} niet meer dragen sinds ik mijn werk kwijt ben.",
    ],
}
_CO_PAYMENTS = {
    "fr": ["le ticket modérateur", "les tickets modérateurs", "le Ticket Modérateur", "le ticket moderateur"],
    "nl": ["het remgeld", "de remgelden", "het Remgeld", "het REMGELD"],
}
# an information page explaining the co-payment to anyone
_EXPLAINED = [
    "Wat is het remgeld? Het remgeld is het deel van de kosten dat je zelf betaalt.",
    "Het ziekenfonds betaalt een deel van de kosten terug. Het andere deel, het remgeld, blijft ten laste.",
    "Le ticket modérateur est la part des frais médicaux qui reste à votre charge.",
    "Qu'est-ce que le ticket modérateur ? C'est la partie des frais que la mutuelle ne rembourse pas.",
    "Personen die het remgeld niet kunnen betalen, kunnen bij het OCMW een tussenkomst aanvragen.",
    "Les personnes qui ne peuvent pas avancer le ticket modérateur peuvent demander une aide au CPAS.",
    # a rate or a scale, as a rule
    "Het remgeld bedraagt 4 euro per raadpleging bij de huisarts.",
    "Le ticket modérateur est de 4 € par consultation chez le généraliste.",
    "Le CPAS prend en charge le ticket modérateur des soins selon son barème.",
]


@settings(max_examples=examples(300), deadline=None)
@given(st.sampled_from(["fr", "nl"]), st.data())
def test_a_persons_co_payment_is_health(lang: str, data: st.DataObject) -> None:
    ask = data.draw(st.sampled_from(_ASKS[lang]))
    co = data.draw(st.sampled_from(_CO_PAYMENTS[lang]))
    text = ask.format(co=co)
    # the word itself, not its article: redacting it hides that the person is being cared for
    word = co.split(" ", 1)[1]
    start = text.index(word)
    assert finding_overlaps(text, "HEALTH", start, start + len(word)), text


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(_EXPLAINED))
def test_the_co_payment_explained_to_no_one_stays_clear(text: str) -> None:
    assert not [f for f in scan(text).findings if f.category == "HEALTH"], text
