"""Hypothesis generators for identifier layouts: every layout x every cue x every neighbour.

All numbers are invented and computed (national/BIS check digits, IBAN mod-97), all people and
streets invented. Each case is (text, start, end, category, valid) with the span of the value.
"""

from __future__ import annotations

import datetime
import itertools
import string
import sys
import unicodedata

from hypothesis import strategies as st
from stdnum import iban as stdnum_iban

from secretpro.guard.identifiers import national_number_validity
from secretpro.guard.normalize import _confusables

Case = tuple[str, int, int, str, "bool | None"]

# what stands before the cue or the value, and after the value
BEFORE = [
    "",
    "Mme Anna Verlinden, ",
    "Objet : dossier de M. Karim Benali\n",
    "Rue des Alouettes 47\n",
    "Kerkstraat 12, 9000 Gent\n",
    "Réf. 2024/CPAS/0873\n",
    "Dossier n° 45873 - ",
    "E-mail : a.verlinden@exemple.be\n",
    "Bonjour,\n\n",
    "(",
    "Naam: Joris Peeters; ",
    "x.y@mail.be ",
    "NN 85.07.30-033.28\n",
    # a two-letter word before an amount reads as a country code and its check digits ("is 85":
    # Iceland), a chunk that ran over the number after it (twentieth round)
    "De huur is 850 euro en ",
    "Loyer de 650 euros et ",
]
AFTER = [
    "",
    ".",
    ",",
    "\n",
    " et ",
    ")",
    ";",
    " - merci",
    "\nCordialement",
    " (domicile)",
    "\n\nMet vriendelijke groet",
]


@st.composite
def _birth(draw: st.DrawFn) -> datetime.date:
    return draw(st.dates(datetime.date(1930, 1, 1), datetime.date(2024, 12, 31)))


def _national_digits(day: datetime.date, serial: int, bis: int = 0) -> str:
    yymmdd = f"{day.year % 100:02d}{day.month + bis:02d}{day.day:02d}"
    body = int(yymmdd + f"{serial:03d}")
    base = body + (2_000_000_000 if day.year >= 2000 else 0)
    return f"{yymmdd}{serial:03d}{97 - base % 97:02d}"


NN_CUES = [
    "",
    "NN ",
    "NN : ",
    "NN: ",
    "N° registre national : ",
    "N° de registre national ",
    "Numéro national : ",
    "numéro de registre national ",
    "NISS : ",
    "n° NISS ",
    "INSZ ",
    "INSZ-nummer: ",
    "Rijksregisternummer : ",
    "rijksregisternr. ",
    "RRN: ",
    "RN ",
    "n° BIS ",
    "BIS-nummer: ",
    "numéro BIS ",
    "Identificatienummer ",
]
# separators between the groups of a national number
NN_SEPARATORS = ["", ".", "-", "/", " ", ". ", " - ", " / "]


@st.composite
def national_number_layout(draw: st.DrawFn, digits: str) -> str:
    """YY MM DD NNN CC with any separator (or none) at each natural cut, or one of the usual forms."""
    groups = [digits[0:2], digits[2:4], digits[4:6], digits[6:9], digits[9:11]]
    style = draw(st.sampled_from(["natural", "official", "six_five", "six_three_two"]))
    if style == "official":
        return f"{groups[0]}.{groups[1]}.{groups[2]}-{groups[3]}.{groups[4]}"
    if style == "six_five":
        sep = draw(st.sampled_from(["/", " ", "-", "."]))
        tail = draw(st.sampled_from(["", "-", " ", "."]))
        return f"{digits[:6]}{sep}{digits[6:9]}{tail}{digits[9:]}"
    if style == "six_three_two":
        sep = draw(st.sampled_from(NN_SEPARATORS))
        return f"{digits[:6]}{sep}{digits[6:9]}{sep}{digits[9:]}"
    out = groups[0]
    for group in groups[1:]:
        out += draw(st.sampled_from(NN_SEPARATORS)) + group
    return out


@st.composite
def national_numbers(draw: st.DrawFn, valid: bool = True) -> Case:
    day = draw(_birth())
    bis = draw(st.sampled_from([0, 0, 20, 40]))
    digits = _national_digits(day, draw(st.integers(1, 998)), bis)
    cue = draw(st.sampled_from(NN_CUES))
    if not valid:
        shift = draw(st.integers(1, 96))
        wrong = digits
        while wrong == digits or national_number_validity(wrong):  # wrong in either century
            wrong = digits[:9] + f"{(int(wrong[9:]) + shift) % 100:02d}"
        digits = wrong
        cue = cue or "NN "  # a wrong number is recognisable by its cue
    value = draw(national_number_layout(digits))
    before = draw(st.sampled_from(BEFORE)) + cue
    return (
        before + value + draw(st.sampled_from(AFTER)),
        len(before),
        len(before) + len(value),
        "NATIONAL_NUMBER",
        valid,
    )


def _capitals(n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=string.ascii_uppercase, min_size=n, max_size=n)


def _capitals_and_digits(n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=string.ascii_uppercase + string.digits, min_size=n, max_size=n)


IBAN_COUNTRIES = {
    "BE": lambda d: f"{d.draw(st.integers(0, 10**12 - 1)):012d}",
    "NL": lambda d: "ABNA" + f"{d.draw(st.integers(0, 10**10 - 1)):010d}",
    "FR": lambda d: (
        f"{d.draw(st.integers(0, 10**10 - 1)):010d}"
        + "ABC"
        + f"{d.draw(st.integers(0, 10**8 - 1)):08d}"
        + "06"
    ),
    "LU": lambda d: f"{d.draw(st.integers(0, 10**16 - 1)):016d}",
    "DE": lambda d: f"{d.draw(st.integers(0, 10**18 - 1)):018d}",
    # account numbers with letters among the digits, where a digit between two letters must not be
    # read as a letter ("RO76BTRLHPYNT5H6VYR4RMTV"; twenty-ninth round)
    "RO": lambda d: d.draw(_capitals(4)) + d.draw(_capitals_and_digits(16)),
    "MT": lambda d: (
        d.draw(_capitals(4)) + f"{d.draw(st.integers(0, 10**5 - 1)):05d}" + d.draw(_capitals_and_digits(18))
    ),
    "LV": lambda d: d.draw(_capitals(4)) + d.draw(_capitals_and_digits(13)),
    "GB": lambda d: d.draw(_capitals(4)) + f"{d.draw(st.integers(0, 10**14 - 1)):014d}",
}
IBAN_CUES = [
    "",
    "IBAN ",
    "IBAN : ",
    "IBAN: ",
    "compte ",
    "sur le compte n° ",
    "rekeningnummer ",
    "op rekening ",
    "Compte bancaire : ",
]


@st.composite
def ibans(draw: st.DrawFn) -> Case:
    country = draw(st.sampled_from(sorted(IBAN_COUNTRIES)))
    data = st.data()
    bban = IBAN_COUNTRIES[country](draw(data))
    check = stdnum_iban.calc_check_digits(country + "00" + bban)
    compact = country + check + bban
    assert stdnum_iban.is_valid(compact, check_country=False)
    sep = draw(st.sampled_from([" ", "", "-", ".", "  "]))
    value = sep.join(compact[i : i + 4] for i in range(0, len(compact), 4)) if sep != "" else compact
    if draw(st.booleans()):  # a space after the country code: "BE 68 5390 0754 7034"
        value = value[:2] + " " + value[2:]
    value = draw(st.sampled_from([value, value.lower(), value[:2].capitalize() + value[2:].lower()]))
    before = draw(st.sampled_from(BEFORE)) + draw(st.sampled_from(IBAN_CUES))
    return before + value + draw(st.sampled_from(AFTER)), len(before), len(before) + len(value), "IBAN", None


PHONE_CUES = [
    "",
    "Tél. : ",
    "Tel: ",
    "GSM ",
    "GSM: ",
    "gsm. ",
    "T ",
    "Tél ",
    "Telefoon: ",
    "Mobile : ",
    "bereikbaar op ",
    "tel.",
    "GSM:",
]


@st.composite
def phones(draw: st.DrawFn) -> Case:
    kind = draw(st.sampled_from(["mobile", "brussels", "zone", "international", "intl00"]))
    sep = draw(st.sampled_from([" ", ".", "/", "", "-"]))
    two = lambda: f"{draw(st.integers(0, 99)):02d}"  # noqa: E731
    if kind == "mobile":
        head = draw(
            st.sampled_from(
                [
                    "0470",
                    "0471",
                    "0472",
                    "0475",
                    "0476",
                    "0477",
                    "0478",
                    "0479",
                    "0484",
                    "0485",
                    "0486",
                    "0487",
                    "0488",
                    "0489",
                    "0494",
                    "0495",
                    "0496",
                    "0497",
                    "0498",
                    "0499",
                    "0456",
                    "0460",
                    "0465",
                    "0466",
                    "0467",
                    "0468",
                ]
            )
        )
        value = head + draw(st.sampled_from([" ", "/", ".", ""])) + sep.join([two(), two(), two()])
    elif kind == "brussels":
        value = (
            "02"
            + draw(st.sampled_from([" ", "/", ".", ""]))
            + f"{draw(st.integers(200, 999))}"
            + sep
            + sep.join([two(), two()])
        )
    elif kind == "zone":
        zone = draw(st.sampled_from(["03", "09", "04", "010", "016", "050", "065", "071", "081"]))
        # nine digits in all: the zone, then the subscriber number (first digit 2-9)
        rest = str(draw(st.integers(2, 9))) + "".join(
            str(draw(st.integers(0, 9))) for _ in range(8 - len(zone))
        )
        head = len(rest) - 4
        value = (
            zone
            + draw(st.sampled_from([" ", "/", "."]))
            + rest[:head]
            + sep
            + rest[head:-2]
            + sep
            + rest[-2:]
        )
    elif kind == "international":
        value = (
            "+32 "
            + draw(st.sampled_from(["470", "486", "2 5"]))
            + f"{draw(st.integers(10, 99))}"
            + " "
            + two()
            + " "
            + two()
        )
    else:
        value = "0032 " + draw(st.sampled_from(["470", "486"])) + " " + two() + " " + two() + " " + two()
    cue = draw(st.sampled_from(PHONE_CUES))
    before = draw(st.sampled_from(BEFORE)) + cue
    return before + value + draw(st.sampled_from(AFTER)), len(before), len(before) + len(value), "PHONE", None


MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_NL = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MONTHS_EN = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
ORDINAL_EN = {1: "st", 2: "nd", 3: "rd"}
BIRTH_CUES = [
    "né le ",
    "née le ",
    "Né(e) le : ",
    "né(e) le ",
    "Né(e) le ",
    "Née le: ",
    "° ",
    "°",
    "(° ",
    "geboren op ",
    "geboren ",
    "Geboren op: ",
    "DN ",
    "DN: ",
    "D.N. : ",
    "DDN ",
    "geb. ",
    "Geb.: ",
    "date de naissance ",
    "Date de naissance : ",
    "Date de naissance: ",
    "date de naiss. ",
    "Geboortedatum: ",
    "geboortedatum ",
    "né à Gent le ",
    "née à Kinshasa (RDC) le ",
    "geboren te Antwerpen op ",
    # a form's place of birth then a comma (twenty-first round, real_passages26's tuning half)
    "né(e) à Kharkiv, le ",
    "née à Saint-Josse-ten-Noode, le ",
    "geboren te Gent, op ",
    "Date et lieu de naissance : ",
    "née en date du ",
    # the participle right before the date, as an obituary writes it (nineteenth round)
    "Née ",
    "né ",
    "Né(e) ",
    "née : ",
]


@st.composite
def date_layout(draw: st.DrawFn, day: datetime.date) -> str:
    d, m, y = day.day, day.month, day.year
    style = draw(st.integers(0, 11))
    sep = draw(st.sampled_from(["/", ".", "-"]))
    if style == 0:
        return f"{d:02d}{sep}{m:02d}{sep}{y}"
    if style == 1:
        return f"{d}{sep}{m}{sep}{y}"
    if style == 2:
        return f"{d:02d}{sep}{m:02d}{sep}{y % 100:02d}"
    if style == 3:
        return f"{d} {MONTHS_FR[m - 1]} {y}"
    if style == 4:
        return f"{d} {MONTHS_NL[m - 1]} {y}"
    if style == 5:
        return ("1er" if d == 1 else str(d)) + f" {MONTHS_FR[m - 1]} {y}"
    if style == 6:
        # year first, as ISO and Belgian registers write it ("1997.09.30", "1997/09/30")
        return f"{y}{sep}{m:02d}{sep}{d:02d}"
    if style == 7:
        return f"{d:02d} {sep} {m:02d} {sep} {y}"
    if style == 8:
        return (
            f"{d} {MONTHS_FR[m - 1][:3]}. {y}" if len(MONTHS_FR[m - 1]) > 4 else f"{d} {MONTHS_FR[m - 1]} {y}"
        )
    if style == 11:
        # the month in Roman numerals, or the parts a space apart ("14.VIII.1972", "23 04 1991")
        if draw(st.booleans()):
            roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][m - 1]
            return f"{d:02d}{sep}{roman}{sep}{y}"
        return f"{d:02d} {m:02d} {y}"
    if style == 10:
        # English forms: "12-Mar-1985", "1st of Feb 1994" (fifteenth round, blind probe items)
        short = MONTHS_EN[m - 1][:3].capitalize()
        if draw(st.booleans()):
            return f"{d:02d}-{short}-{y}"
        return f"{d}{ORDINAL_EN.get(d % 10 if d not in (11, 12, 13) else 0, 'th')} of {short} {y}"
    return f"{d:02d}{m:02d}{y}" if draw(st.booleans()) else f"{d} {MONTHS_FR[m - 1].upper()} {y}"


@st.composite
def birth_dates(draw: st.DrawFn) -> Case:
    day = draw(_birth())
    cue = draw(st.sampled_from(BIRTH_CUES))
    value = draw(date_layout(day))
    before = draw(st.sampled_from(BEFORE)) + cue
    return (
        before + value + draw(st.sampled_from(AFTER)),
        len(before),
        len(before) + len(value),
        "BIRTH_DATE",
        None,
    )


# --- evasions: invisible characters, look-alike letters, letter-spacing, decomposed accents
# Invented words and sentences; each word is a finding of its category on its own.
WORDS = [
    ("séropositif", "HEALTH"),
    ("diabétique", "HEALTH"),
    ("zwanger", "HEALTH"),
    ("dialyse", "HEALTH"),
    ("enceinte", "HEALTH"),
    ("sans papiers", "ADMIN_STATUS"),
    ("asielzoeker", "ADMIN_STATUS"),
    ("illegaal verblijf", "ADMIN_STATUS"),
    ("demandeur d'asile", "ADMIN_STATUS"),
    ("hiv-positief", "HEALTH"),
    ("sans-papiers", "ADMIN_STATUS"),
]
FRAMES = [
    ("Madame est {} depuis 2019.", "fr"),
    ("Mijn cliënte is {} sinds vorig jaar.", "nl"),
    ("{}", "fr"),
    ("Objet : {}\nMerci.", "fr"),
]
INVISIBLE = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"] + [
    "\u034f",
    "\ufe0f",
    # control characters, which draw nothing either (a NUL from a broken paste)
    "\x00",
    "\x01",
    "\x1f",
    "\x7f",
    "\x90",
]
# digits written for the letters they look like
LEET = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "t": "7"}
# ... and the signs ("zw@nger", "$ans-papiers")
LEET_SIGNS = {"a": "@", "s": "$"}
LATIN_TO_LOOK_ALIKE: dict[str, list[str]] = {}
for _look_alike, _latin in _confusables().items():
    LATIN_TO_LOOK_ALIKE.setdefault(_latin, []).append(_look_alike)


@st.composite
def disguised(draw: st.DrawFn, word: str) -> str:
    """The word with invisible characters inside, look-alike letters, letter-spaced, cut by a blank
    or written as HTML source."""
    kind = draw(
        st.sampled_from(
            [
                "invisible",
                "look_alike",
                "spaced",
                "mixed",
                "decomposed",
                "hyphenated",
                "dotted",
                "leet",
                "stacked",
                "syllables",
                "split",
                "html",
            ]
        )
    )
    # (a compound's own hyphen is letter-spaced below; the other disguises take one plain word)
    single = " " not in word and "'" not in word and "-" not in word
    if kind == "spaced" and "'" not in word:
        upper = draw(st.booleans())
        letters = word.upper() if upper else word
        # words two or three spaces apart, a compound's hyphen with or without spaces around it
        # ("s a n s - p a p i e r s", "i l l e g a a l   v e r b l i j f")
        gap = draw(st.sampled_from(["  ", "   "]))
        hyphen = draw(st.sampled_from([" - ", "-", " -", "- "]))
        return hyphen.join(gap.join(" ".join(w) for w in part.split(" ")) for part in letters.split("-"))
    if kind == "dotted" and single and len(word) >= 6:
        return draw(st.sampled_from([".", "-", "_"])).join(word)
    if kind == "syllables" and single and len(word) >= 5:
        # cut into pieces by middle dots, as inclusive writing puts them ("sé·ro·po·si·tive")
        cuts = sorted(
            draw(st.sets(st.integers(min_value=1, max_value=len(word) - 1), min_size=1, max_size=4))
        )
        dot = draw(st.sampled_from(["\u00b7", "\u2027", "\u2219", "\u22c5"]))
        return dot.join(word[a:b] for a, b in itertools.pairwise([0, *cuts, len(word)]))
    if kind == "split" and single and len(word) >= 7:
        # cut by one blank, as text taken from a PDF often is ("hospita lisée"); the longer part
        # has four letters or more (seventeenth round)
        cut = draw(st.sampled_from([c for c in range(2, len(word) - 1) if max(c, len(word) - c) >= 4]))
        return word[:cut] + " " + word[cut:]
    if kind == "html" and single:
        # HTML pasted as source: accents as character references, or an inline tag inside the word
        if draw(st.booleans()) and not word.isascii():
            return "".join(
                c if c.isascii() else draw(st.sampled_from([f"&#{ord(c)};", f"&#x{ord(c):x};"])) for c in word
            )
        cut = draw(st.integers(min_value=1, max_value=len(word) - 1))
        return (
            word[:cut]
            + draw(st.sampled_from(["<b>", "</span>", '<span style="color:red">', "<o:p></o:p>"]))
            + word[cut:]
        )
    if kind == "hyphenated" and single:
        # cut at the end of a line, as a PDF's justified text leaves it
        cut = draw(st.integers(min_value=2, max_value=len(word) - 2))
        return word[:cut] + "-" + draw(st.sampled_from(["\n", " \n", "\n  ", "\r\n"])) + word[cut:]
    if kind == "leet":
        inner = [
            i
            for i in range(1, len(word) - 1)
            if word[i] in LEET and word[i - 1].isalpha() and word[i + 1].isalpha()
        ]
        if inner:
            i = draw(st.sampled_from(inner))
            table = LEET_SIGNS if word[i] in LEET_SIGNS and draw(st.booleans()) else LEET
            return word[:i] + table[word[i]] + word[i + 1 :]
    if kind == "stacked":
        accented = [i for i, c in enumerate(word) if unicodedata.normalize("NFD", c) != c]
        if accented:
            i = draw(st.sampled_from(accented))
            return word[: i + 1] + draw(st.sampled_from(["\u0301", "\u0300", "\u0308"])) + word[i + 1 :]
    if kind == "decomposed":
        return unicodedata.normalize("NFD", word)
    out: list[str] = []
    for i, char in enumerate(word):
        if kind in ("look_alike", "mixed") and char in LATIN_TO_LOOK_ALIKE and draw(st.booleans()):
            char = draw(st.sampled_from(LATIN_TO_LOOK_ALIKE[char]))
        out.append(char)
        if kind in ("invisible", "mixed") and 0 < i < len(word) - 1 and draw(st.booleans()):
            out.append(draw(st.sampled_from(INVISIBLE)))
    return "".join(out)


@st.composite
def evasions(draw: st.DrawFn) -> Case:
    """A health or status word disguised inside a sentence: the family "evasion"."""
    word, category = draw(st.sampled_from(WORDS))
    frame, _lang = draw(st.sampled_from(FRAMES))
    hidden = draw(disguised(word))
    before, after = frame.split("{}")
    return before + hidden + after, len(before), len(before) + len(hidden), category, None


# --- identifiers as word processors and PDFs write them: typographic dashes for hyphens, no-break
# and thin spaces for spaces, an invisible character between two digits
DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\ufe63", "\uff0d"]
SPACES = [" ", "\u00a0", "\u202f", "\u2009", "\u2007"]
BETWEEN_DIGITS = ["", "", "", "\u200b", "\u00ad", "\u2060", "\ufeff"]


@st.composite
def pasted_identifiers(draw: st.DrawFn) -> Case:
    """An identifier of another family, its value typeset: the family "pasted"."""
    text, start, end, category, valid = draw(st.one_of(national_numbers(), ibans(), phones(), birth_dates()))
    typeset: list[str] = []
    for i, char in enumerate(text[start:end]):
        if char == "-":
            char = draw(st.sampled_from(DASHES))
        elif char == " ":
            char = draw(st.sampled_from(SPACES))
        if (
            char == "0"
            and text[start + i - 1 : start + i].isdigit()
            and text[start + i + 1 : start + i + 2].isdigit()
        ):
            # a capital O typed for a zero inside the number
            char = draw(st.sampled_from(["0", "0", "O"]))
        typeset.append(char)
        if char.isdigit() and text[start + i + 1 : start + i + 2].isdigit():
            typeset.append(draw(st.sampled_from(BETWEEN_DIGITS)))
    value = "".join(typeset)
    # (a blank before a group of digits: a bank code's letters are not cut from each other)
    blanks = [i for i, c in enumerate(value) if c == " " and value[i + 1 : i + 2].isdigit()]
    if category in ("NATIONAL_NUMBER", "IBAN") and blanks and draw(st.booleans()):
        # wrapped at one of its blanks by a PDF or a narrow column
        cut = draw(st.sampled_from(blanks))
        value = value[:cut] + "\n" + value[cut + 1 :]
    return text[:start] + value + text[end:], start, start + len(value), category, valid


# --- e-mail addresses written to slip past spam robots (or the guard)
EMAIL_LOCALS = ["jan.peeters", "marie_dupont", "k.benali", "info", "sofie.claes83", "a.verlinden"]
EMAIL_DOMAINS = [
    ("gmail", "com"),
    ("hotmail", "fr"),
    ("telenet", "be"),
    ("cpas-namur", "be"),
    ("skynet", "be"),
]
EMAIL_ATS = ["@", " @ ", "[at]", " [at] ", "(at)", " (at) ", "{at}", "[@]", " (@) ", " at ", " arobase "]
EMAIL_DOTS = [".", " . ", "[dot]", " [dot] ", "(dot)", " (point) ", " dot ", " punt "]


@st.composite
def obfuscated_emails(draw: st.DrawFn) -> Case:
    """An e-mail address with its "@" and dots written out or bracketed: the family "email"."""
    local = draw(st.sampled_from(EMAIL_LOCALS))
    domain, tld = draw(st.sampled_from(EMAIL_DOMAINS))
    at = draw(st.sampled_from(EMAIL_ATS))
    dot = draw(st.sampled_from(EMAIL_DOTS))
    if at.strip() in ("at", "arobase") and dot.strip() == ".":
        dot = " dot "  # a bare "at" and a plain dot is ordinary text ("at home.com")
    value = local + at + domain + dot + tld
    if draw(st.booleans()):
        value = value.upper()
    before = draw(st.sampled_from(BEFORE)) + draw(
        st.sampled_from(["", "e-mail : ", "Mail: ", "courriel ", "<"])
    )
    return before + value + draw(st.sampled_from(AFTER)), len(before), len(before) + len(value), "EMAIL", None


FAMILIES = {
    "national_number": national_numbers(),
    "national_number_invalid": national_numbers(valid=False),
    "iban": ibans(),
    "phone": phones(),
    "birth_date": birth_dates(),
    "evasion": evasions(),
    "pasted": pasted_identifiers(),
    "email": obfuscated_emails(),
}
