"""The ``secretpro`` command (``interfaces.md``): decide, guard, batch, visa-list, serve, register.

Bad input gets one line on stderr naming the field and exit status 2, never a traceback.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from secretpro.dates import DateError, read_iso_date
from secretpro.guard_command import OutputFormat, guard_command
from secretpro.i18n import N_, Language, parse_language, translator
from secretpro.input_limits import InputError, check_strings, load_json
from secretpro.mail_relay.cli import mail_relay_command
from secretpro.rules import RULES, FactsError, decide, today_in_brussels
from secretpro.rules.explanation import Explanation, explain
from secretpro.rules.facts import BEFORE_VISA_DATA

app = typer.Typer(
    help="secretpro — secret professionnel au CPAS : puis-je transmettre cette information ?",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

MAX_FACTS_BYTES = 64 * 1024


# The rules a command accepts are the registry's: a rule added to RULES is a command-line choice.
RULE_CHOICES: tuple[str, ...] = tuple(RULES)
RULE_HELP = " | ".join(RULE_CHOICES)


def known_rule(value: str) -> str:
    if value not in RULES:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(RULE_CHOICES)}")
    return value


def fail(field: str, message: str) -> NoReturn:
    """Bad input: one line naming the field, exit status 2."""
    typer.echo(f"secretpro: error: {field}: {message}", err=True)
    raise typer.Exit(2)


def check_register(*, need_key: bool = True, must_exist: bool = False) -> None:
    """Before a command opens the register: a missing, unreadable or wrong key, database file or
    folder gets one line naming it and exit status 2, and nothing is created first."""
    from secretpro.startup_checks import AccessError, preflight

    try:
        preflight(need_key=need_key, must_exist=must_exist)
    except AccessError as error:
        typer.echo(f"secretpro: error: {error.line()}", err=True)
        raise typer.Exit(2) from None


def _FR(message: str) -> str:
    """Messages shown before the language is known are in the default language."""
    return translator("fr")(message)


def read_language(value: str | None) -> Language:
    try:
        return parse_language(value)
    except ValueError:
        fail("--lang", _FR(N_("langue attendue : fr, nl ou en")))


def read_date_option(value: str | None, name: str = "--date") -> date | None:
    if value is None:
        return None
    try:
        return read_iso_date(value)
    except DateError:
        raise FactsError(name, N_("date impossible (format attendu : AAAA-MM-JJ)")) from None


def read_facts_input(source: str) -> dict[str, object]:
    try:
        if source == "-":
            raw = sys.stdin.buffer.read(MAX_FACTS_BYTES + 1)
        else:
            path = Path(source)
            if not path.is_file():
                raise FactsError("--facts", N_("fichier introuvable"))
            raw = path.read_bytes()[: MAX_FACTS_BYTES + 1]
    except OSError:
        raise FactsError("--facts", N_("fichier illisible")) from None
    if len(raw) > MAX_FACTS_BYTES:
        raise FactsError("--facts", N_("plus de %(size)s ko"), size=str(MAX_FACTS_BYTES // 1024))
    if not raw.strip():
        raise FactsError("--facts", N_("vide (un objet JSON est attendu)"))
    try:
        # Depth and number sizes are checked before parsing; no control character in any string.
        facts = load_json(raw, field="--facts")
        check_strings(facts, "--facts")
    except InputError as error:
        raise FactsError(error.field, error.message_id, **error.params) from None
    if not isinstance(facts, dict):
        raise FactsError("--facts", N_("un objet JSON est attendu"))
    return facts


@app.command("decide")
def decide_command(
    rule: Annotated[str, typer.Argument(callback=known_rule, help=RULE_HELP)],
    facts: Annotated[str, typer.Option("--facts", help="JSON file of facts, or - for standard input")] = "-",
    on_date: Annotated[
        str | None, typer.Option("--date", help="reference date YYYY-MM-DD (default: today, Brussels)")
    ] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
    lang: Annotated[str, typer.Option("--lang", help="fr, nl or en")] = "fr",
    record: Annotated[bool, typer.Option("--record", help="also write the decision to the register")] = False,
    case: Annotated[str | None, typer.Option("--case", help="with --record: the register's case id")] = None,
) -> None:
    """Evaluate one rule on a facts object (JSON)."""
    language = read_language(lang)
    try:
        reference_date = read_date_option(on_date)
        raw_facts = read_facts_input(facts)
        decision = decide(rule, raw_facts, reference_date=reference_date)
    except FactsError as error:
        fail(error.field, error.translated(language))
    explained = explain(decision, language)
    output: dict[str, object] = {**explained}
    if record:
        output["register_entry"] = _record(explained, raw_facts, case, language)
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(output, ensure_ascii=False, indent=2))
    else:
        from secretpro.decision_text import render_text

        typer.echo(render_text(explained, language), nl=False)


def _record(
    explained: Explanation, raw_facts: dict[str, object], case: str | None, language: Language
) -> str:
    from secretpro.i18n import translator
    from secretpro.register.commands import record_decision_for_cli
    from secretpro.register.errors import RegisterError

    check_register()
    try:
        return record_decision_for_cli(explained, case_ref=case, facts=raw_facts)
    except RegisterError as error:
        typer.echo(f"secretpro: error: --record: {error.translated(translator(language))}", err=True)
        raise typer.Exit(2) from None


app.command("guard")(guard_command)  # secretpro.guard_command (built alone by secretpro.command)


@app.command("batch")
def batch_command(
    rule: Annotated[
        str, typer.Argument(callback=known_rule, help="the rule to apply to every row: " + RULE_HELP)
    ],
    in_path: Annotated[
        str, typer.Argument(metavar="IN.csv", help="one case per row: case_id and one column per fact")
    ],
    out: Annotated[str, typer.Option("--out", help="output CSV")],
    on_date: Annotated[str | None, typer.Option("--date", help="reference date YYYY-MM-DD")] = None,
) -> None:
    """Evaluate many cases from a CSV export; bad rows get an error outcome naming the field."""
    from secretpro.batch.cli import batch_command as run_batch

    try:
        reference_date = read_date_option(on_date)
    except FactsError as error:
        fail(error.field, error.translated("fr"))
    raise typer.Exit(run_batch(rule, in_path, out, reference_date))


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    workers: Annotated[
        int, typer.Option("--workers", min=1, max=64, help="worker processes (PostgreSQL for more than one)")
    ] = 1,
) -> None:
    """Start the web application (SQLite by default, nothing to configure)."""
    from secretpro.startup_checks import explain
    from secretpro.web.serve import serve

    check_register()
    try:
        serve(host, port, workers)
    except Exception as error:  # opening the register or the web key: one line naming the file
        explained = explain(error)
        if explained is None:
            raise
        typer.echo(f"secretpro: error: {explained.line()}", err=True)
        raise typer.Exit(2) from None


app.command("mail-relay")(mail_relay_command)  # secretpro.mail_relay.cli (issue 15)

register_app = typer.Typer(
    help="The register: verify its hash chain, retention, exports.", no_args_is_help=True
)
app.add_typer(register_app, name="register")
user_app = typer.Typer(help="Accounts of the web application.", no_args_is_help=True)
app.add_typer(user_app, name="user")


@register_app.command("verify")
def register_verify_command(
    checkpoint: Annotated[
        str | None,
        typer.Option("--checkpoint", metavar="FILE", help="also check the register extends this checkpoint"),
    ] = None,
) -> None:
    """Check the register's keyed chain, case files and seal: exit 0 intact, 1 broken (naming what
    was found), 2 when it cannot run (needs the key)."""
    check_register(must_exist=True)
    from secretpro.register.commands import verify_command

    raise typer.Exit(verify_command(checkpoint=checkpoint))


@register_app.command("seal")
def register_seal_command(
    export: Annotated[
        bool, typer.Option("--export", help="print a signed checkpoint (JSON) for a supervisor to file")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="re-seal the register as it is now (after a lost seal file)")
    ] = False,
) -> None:
    """Verify the register, bring its seal up to date; with --export, print a signed checkpoint."""
    check_register(must_exist=True)
    from secretpro.register.commands import seal_command

    raise typer.Exit(seal_command(export=export, force=force))


@register_app.command("replay")
def register_replay_command(
    start: Annotated[str | None, typer.Option("--from", help="first reference date YYYY-MM-DD")] = None,
    end: Annotated[str | None, typer.Option("--to", help="last reference date YYYY-MM-DD")] = None,
    output_format: Annotated[str, typer.Option("--format", help="text, json or csv")] = "text",
    cpas: Annotated[str | None, typer.Option("--cpas", help="only this CPAS (name or number)")] = None,
    lang: Annotated[str, typer.Option("--lang", help="fr, nl or en")] = "fr",
) -> None:
    """Re-decide every recorded decision under the current rules; list (and record in each case)
    those whose outcome or allowed fields change."""
    language = read_language(lang)
    if output_format not in ("text", "json", "csv"):
        fail("--format", translator(language)(N_("format attendu : text, json ou csv")))
    try:
        first, last = read_date_option(start, "--from"), read_date_option(end, "--to")
    except FactsError as error:
        fail(error.field, error.translated(language))
    if first is not None and last is not None and first > last:
        fail("--from", translator(language)(N_("date postérieure à --to")))
    check_register(must_exist=True)
    from secretpro.register.replay_output import replay_command

    raise typer.Exit(
        replay_command(start=first, end=last, output_format=output_format, cpas=cpas, lang=language)
    )


@register_app.command("stats")
def register_stats_command(
    start: Annotated[str, typer.Option("--from", help="first day YYYY-MM-DD")],
    end: Annotated[str, typer.Option("--to", help="last day YYYY-MM-DD")],
    output_format: Annotated[str, typer.Option("--format", help="json or csv")] = "json",
    cpas: Annotated[str | None, typer.Option("--cpas", help="the CPAS (name or number)")] = None,
    lang: Annotated[str, typer.Option("--lang", help="fr, nl or en (messages)")] = "fr",
) -> None:
    """Anonymised statistics of one CPAS (counts only, small cells suppressed), to pool with others."""
    language = read_language(lang)
    if output_format not in ("json", "csv"):
        fail("--format", translator(language)(N_("format attendu : json ou csv")))
    try:
        first, last = read_date_option(start, "--from"), read_date_option(end, "--to")
    except FactsError as error:
        fail(error.field, error.translated(language))
    if first is None or last is None or first > last:
        fail("--from", translator(language)(N_("date postérieure à --to")))
    check_register(must_exist=True)
    from secretpro.supervision.stats import stats_command

    raise typer.Exit(
        stats_command(start=first, end=last, output_format=output_format, cpas=cpas, lang=language)
    )


@register_app.command("purge")
def register_purge_command(
    older_than: Annotated[
        int, typer.Option("--older-than", min=1, help="days: remove case files older than this")
    ],
) -> None:
    """Retention: remove old case files, leaving a tombstone so the chain still verifies."""
    check_register(must_exist=True)
    from secretpro.register.commands import purge_command

    raise typer.Exit(purge_command(older_than))


@register_app.command("export")
def register_export_command(
    cpas: Annotated[str, typer.Argument(help="the CPAS (its name or number)")],
    out: Annotated[str, typer.Argument(metavar="OUT.csv")],
    with_identity: Annotated[
        bool, typer.Option("--with-identity", help="include names and national numbers")
    ] = False,
) -> None:
    """The register of one CPAS as CSV, for a supervisor."""
    check_register(must_exist=True)
    from secretpro.register.commands import export_csv_command

    raise typer.Exit(export_csv_command(cpas, out, include_identity=with_identity))


@user_app.command("add")
def user_add(
    username: Annotated[str, typer.Argument()],
    role: Annotated[
        str, typer.Option("--role", help="social_worker | supervisor | administrator")
    ] = "administrator",
    cpas: Annotated[str, typer.Option("--cpas", help="the user's CPAS (created if new)")] = "CPAS",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="read the password from stdin")
    ] = False,
    display_name: Annotated[
        str | None,
        typer.Option(
            "--display-name",
            help='how documents and case files name the author, e.g. "Marie Dupont, assistante sociale"',
        ),
    ] = None,
) -> None:
    """Create an account (the first administrator is created this way)."""
    check_register()
    from secretpro.register.commands import user_add_command

    raise typer.Exit(
        user_add_command(
            username, role, cpas, password_from_stdin=password_stdin or None, display_name=display_name
        )
    )


@app.command("visa-list")
def visa_list_command(
    on_date: Annotated[
        str | None, typer.Option("--date", help="date YYYY-MM-DD (default: today, Brussels)")
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="fr, nl or en")] = "fr",
    output_format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
) -> None:
    """The countries whose nationals need a visa on a date (Regulation (EU) 2018/1806, Annex I)."""
    from secretpro.reference import country_name
    from secretpro.reference.visa import OutsideDataError, act_name, as_of, data_source

    language = read_language(lang)
    try:
        day = read_date_option(on_date) or today_in_brussels()
    except FactsError as error:
        fail(error.field, error.translated(language))
    try:
        statuses = as_of(day)
    except OutsideDataError:
        fail("--date", FactsError("--date", BEFORE_VISA_DATA).translated(language))
    rows = sorted(
        (
            {
                "code": code,
                "name": country_name(code, language),
                "status": status.status,
                "act": act_name(status.act, language),
                "note": status.note,
            }
            for code, status in statuses.items()
        ),
        key=lambda row: row["name"],
    )
    if output_format is OutputFormat.json:
        typer.echo(
            json.dumps(
                {"date": day.isoformat(), "countries": rows, "source": data_source()},
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    for row in rows:
        note = f"  ({row['note']})" if row["status"] == "partial" else ""
        typer.echo(f"{row['code']}  {row['name']}{note}")
    typer.echo(
        f"# {len(rows)} — {day.isoformat()} — {act_name('Reg. (EU) 2018/1806 Annex I', language)}", err=True
    )


if __name__ == "__main__":  # (the installed script's entry point is secretpro.command.main)
    from secretpro.command import main

    main()
