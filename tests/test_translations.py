"""Every message of the rules, the CLI and the text rendering has a Dutch and an English translation.

The check itself lives in ``secretpro.i18n_check`` (also used by ``scripts/extract_messages.py``).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from i18n_check import (
    SourceMessage,
    check_language,
    extract_messages,
    placeholder_difference,
)

from secretpro.i18n import translator

REPO = Path(__file__).resolve().parent.parent
# Every user-visible string of the whole product, Python and templates alike.
SOURCES = (REPO / "src/secretpro",)
LANGUAGES = ("nl", "en")
VISA_COUNTRY = "Nationalité %(country)s : pays soumis à l'obligation de visa (%(act)s)."


@pytest.fixture(scope="module")
def messages() -> dict[str, SourceMessage]:
    return extract_messages(SOURCES)


def test_the_sources_mark_messages(messages: dict[str, SourceMessage]) -> None:
    assert "Transmission permise" in messages
    assert VISA_COUNTRY in messages


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(messages: dict[str, SourceMessage], language: str) -> None:
    problems = [problem for problem in check_language(messages, language) if problem.kind != "placeholders"]
    assert not problems, "\n".join(str(problem) for problem in problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept(messages: dict[str, SourceMessage], language: str) -> None:
    problems = [problem for problem in check_language(messages, language) if problem.kind == "placeholders"]
    assert not problems, "\n".join(str(problem) for problem in problems)


def test_translator_translates_into_dutch_and_english() -> None:
    assert translator("nl")("Transmission interdite") == "Doorgeven verboden"
    assert translator("en")("Transmission interdite") == "Transmission forbidden"
    formatted = translator("nl")(VISA_COUNTRY) % {"country": "IN", "act": "Reg. (EU) 2018/1806"}
    assert formatted == "Nationaliteit IN: visumplichtig land (Reg. (EU) 2018/1806)."


def test_french_is_the_source_language() -> None:
    assert translator("fr")("Transmission interdite") == "Transmission interdite"
    assert translator("fr")(VISA_COUNTRY) == VISA_COUNTRY


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("Nationalité %(country)s (%(act)s)", "Nationality %(country)s (%(act)s)", ""),
        ("Nationalité %(country)s (%(act)s)", "(%(act)s) %(country)s", ""),
        ("Nationalité %(country)s", "Nationality %(land)s", "missing %(country)s; unexpected %(land)s"),
        ("Nationalité %(country)s", "Nationality", "missing %(country)s"),
        ("%s et %d", "%d and %s", "positional ['%s', '%d'] != ['%d', '%s']"),
        ("50 % des cas, 100 %%", "50% of cases, 100 %%", ""),
    ],
)
def test_placeholder_difference(source: str, translation: str, expected: str) -> None:
    assert placeholder_difference(source, translation) == expected


def _write(path: Path, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")


def test_check_finds_missing_fuzzy_overridden_and_broken_translations(tmp_path: Path) -> None:
    source = tmp_path / "src" / "module.py"
    _write(
        source,
        "from secretpro.i18n import N_\n"
        "A = N_('Traduit')\n"
        "B = N_('Absent')\n"
        "C = _('Flou')\n"
        "D = N_('Pays %(country)s')\n"
        "E = N_('Écrasé')\n",
    )
    template = tmp_path / "src" / "web" / "templates" / "page.html"
    _write(template, "<p>{{ _('Depuis un gabarit') }}</p>{% trans %}Bonjour{% endtrans %}\n")
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    _write(
        tmp_path / "locale" / "nl" / "LC_MESSAGES" / "a.po",
        header + 'msgid "Traduit"\nmsgstr "Vertaald"\n\n'
        '#, fuzzy\nmsgid "Flou"\nmsgstr "Vaag"\n\n'
        'msgid "Pays %(country)s"\nmsgstr "Land %(land)s"\n\n'
        'msgid "Écrasé"\nmsgstr "Overschreven"\n\n'
        'msgid "Depuis un gabarit"\nmsgstr "Uit een sjabloon"\n\n'
        'msgid "Bonjour"\nmsgstr "Dag"\n',
    )
    # A later file that repeats a msgid with an empty translation wins, as in secretpro.i18n.
    _write(tmp_path / "locale" / "nl" / "LC_MESSAGES" / "b.po", header + 'msgid "Écrasé"\nmsgstr ""\n')

    messages = extract_messages([tmp_path / "src"])
    assert set(messages) == {
        "Traduit",
        "Absent",
        "Flou",
        "Pays %(country)s",
        "Écrasé",
        "Depuis un gabarit",
        "Bonjour",
    }
    problems = {
        problem.msgid: problem.kind for problem in check_language(messages, "nl", tmp_path / "locale")
    }
    assert problems == {
        "Absent": "missing",
        "Flou": "fuzzy",
        "Pays %(country)s": "placeholders",
        "Écrasé": "missing",
    }


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "extract_messages", REPO / "scripts" / "extract_messages.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_script_passes_on_the_rules_and_writes_a_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = _load_script()
    pot = tmp_path / "rules.pot"
    status = script.main(["--paths", *(str(path) for path in SOURCES), "--pot", str(pot)])
    output = capsys.readouterr().out
    assert status == 0, output
    assert "nl: complete" in output and "en: complete" in output
    assert 'msgid "Transmission permise"' in pot.read_text(encoding="utf-8")


def test_script_fails_when_a_message_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "new.py"
    source.write_text("N_('Un message que personne n’a encore traduit')\n", encoding="utf-8")
    status = _load_script().main(["--paths", str(source)])
    assert status == 1
    assert "1 missing" in capsys.readouterr().out
