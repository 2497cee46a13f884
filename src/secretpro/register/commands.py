"""The register's command-line functions, wired as ``secretpro`` subcommands by ``cli.py``.

Each returns an exit status and prints one clear sentence; none lets a traceback or a database
error text through (those can quote SQL parameters, i.e. personal data, or a database password).
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from rich.console import Console
from sqlalchemy.exc import SQLAlchemyError

from secretpro.i18n import N_, parse_language, translator

from .accounts import create_user, parse_role
from .chain import REASONS, VerifyResult
from .entries import (
    create_case,
    ensure_cpas,
    find_case_by_national_number,
    find_cpas,
    get_case,
    list_cpas,
    open_case,
    record_decision,
)
from .errors import InvalidInputError, NotFoundError, RegisterError
from .export import export_csv
from .retention import purge_older_than
from .seal import SealProblem, export_checkpoint, read_checkpoint
from .store import Register

EXIT_OK = 0
EXIT_BROKEN = 1
EXIT_ERROR = 2
CPAS_ENV = "SECRETPRO_CPAS"
DEFAULT_CPAS_NAME = "CPAS"
_DB_UNAVAILABLE = N_("La base de données du registre est inaccessible ou dans un état inattendu.")


def _consoles() -> tuple[Console, Console]:
    # markup off: messages contain brackets ("[chiffré]") that rich would take for markup; soft wrap:
    # a long line (a file's path) is left to the terminal, never cut by a newline a user would copy.
    return (
        Console(markup=False, highlight=False, soft_wrap=True),
        Console(stderr=True, markup=False, highlight=False, soft_wrap=True),
    )


def _gettext(lang: str | None) -> Callable[[str], str]:
    try:
        return translator(parse_language(lang))
    except ValueError:
        return translator(parse_language(None))


def _run(lang: str | None, body: Callable[[Callable[[str], str], Console], int]) -> int:
    _ = _gettext(lang)
    out, err = _consoles()
    try:
        return body(_, out)
    except RegisterError as error:
        err.print(error.translated(_))
    except SQLAlchemyError:
        err.print(_(_DB_UNAVAILABLE))
    except OSError as error:
        err.print(_("Erreur de fichier : {error}").format(error=error.strerror or type(error).__name__))
    return EXIT_ERROR


def _report_broken(_: Callable[[str], str], result: VerifyResult, seal_path: Path | None = None) -> int:
    """One line on stderr naming what verify found (entry, case or seal, and the kind of break)."""
    err = _consoles()[1]
    # soft_wrap: one line each, whatever the terminal width (a path must stay whole).
    reason = _(REASONS.get(result.reason or "", N_("raison inconnue")))
    bad = result.first_bad
    if bad is None:
        err.print(_("Registre altéré : {reason}.").format(reason=reason))
        if result.reason in ("seal_missing", "seal_invalid") and seal_path is not None:
            err.print(_("Fichier de sceau : {path}").format(path=str(seal_path)))
    elif bad.case_id is not None and bad.entry_id is None:
        err.print(
            _("Registre altéré : CPAS {cpas_id}, dossier {case_id} — {reason}.").format(
                cpas_id=bad.cpas_id, case_id=bad.case_id, reason=reason
            ),
            soft_wrap=True,
        )
    elif bad.case_id is not None:
        err.print(
            _(
                "Registre altéré : CPAS {cpas_id}, dossier {case_id} (inscrit à la position {seq}, "
                "entrée {entry_id}) — {reason}."
            ).format(
                cpas_id=bad.cpas_id, case_id=bad.case_id, seq=bad.seq, entry_id=bad.entry_id, reason=reason
            ),
            soft_wrap=True,
        )
    else:
        entry = bad.entry_id if bad.entry_id is not None else _("(absente)")
        err.print(
            _("Registre altéré : CPAS {cpas_id}, position {seq}, entrée {entry_id} — {reason}.").format(
                cpas_id=bad.cpas_id, seq=bad.seq, entry_id=entry, reason=reason
            ),
            soft_wrap=True,
        )
    return EXIT_BROKEN


def verify_command(
    url: str | None = None, *, lang: str | None = None, checkpoint: str | Path | None = None
) -> int:
    """``secretpro register verify [--checkpoint FILE]``: 0 when every chain, every case file and
    the seal (and the checkpoint, if given) agree; 1 naming what is broken; 2 when it cannot run.
    Needs the register key (the links are keyed MACs); never creates a key."""

    def body(_: Callable[[str], str], out: Console) -> int:
        checkpoint_text = Path(checkpoint).read_text(encoding="utf-8") if checkpoint is not None else None
        with Register.open(url, create_key=False) as register:
            parsed = None
            if checkpoint_text is not None:
                try:
                    parsed = read_checkpoint(checkpoint_text, register.keyring)
                except SealProblem as problem:
                    return _report_broken(_, VerifyResult(ok=False, reason=problem.reason))
            result = register.verify(checkpoint=parsed)
            seal_path = register.seal_path
        if not result.ok:
            return _report_broken(_, result, seal_path)
        out.print(
            _("Registre intact : {entries} entrées vérifiées dans {chains} chaîne(s).").format(
                entries=result.entries_checked, chains=result.chains_checked
            ),
            soft_wrap=True,
        )
        if result.sealed:
            out.print(_("Sceau conforme ({path}).").format(path=str(seal_path)))
        if parsed is not None:
            out.print(
                _("Le registre prolonge le point de contrôle du {date} ({count} entrées).").format(
                    date=parsed.date, count=parsed.count
                ),
                soft_wrap=True,
            )
        return EXIT_OK

    return _run(lang, body)


def seal_command(
    *, export: bool = False, force: bool = False, url: str | None = None, lang: str | None = None
) -> int:
    """``secretpro register seal [--export] [--force]``: verify the register, then bring the seal
    up to date (forward only; ``--force`` re-seals the register as it is now, e.g. after the seal
    file was lost: only the chains are checked) and, with ``--export``, print a signed checkpoint
    (JSON) on stdout for a supervisor to file."""

    def body(_: Callable[[str], str], out: Console) -> int:
        with Register.open(url, create_key=False) as register:
            result = register.verify(use_seal=not force)
            if not result.ok:
                return _report_broken(_, result, register.seal_path)
            register.seal().advance(result.heads, force=force)
            if export:
                sys.stdout.write(export_checkpoint(register.keyring, register.register_id, result.heads))
                sys.stdout.flush()
            else:
                out.print(
                    _("Sceau à jour : {entries} entrées, {chains} chaîne(s) ({path}).").format(
                        entries=result.entries_checked, chains=len(result.heads), path=str(register.seal_path)
                    ),
                    soft_wrap=True,
                )
        return EXIT_OK

    return _run(lang, body)


def _read_password(_: Callable[[str], str], from_stdin: bool | None) -> str:
    if from_stdin is None:
        from_stdin = not sys.stdin.isatty()
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(_("Mot de passe : "))
    if getpass.getpass(_("Mot de passe (confirmation) : ")) != first:
        raise InvalidInputError(N_("Les deux mots de passe diffèrent."))
    return first


def user_add_command(
    username: str,
    role: str,
    cpas_name: str,
    *,
    password_from_stdin: bool | None = None,
    url: str | None = None,
    lang: str | None = None,
    display_name: str | None = None,
) -> int:
    """``secretpro user add``: creates a user (and the CPAS if new); ``display_name``: how
    documents and the case timeline name them (none: the username). The password is read from
    stdin when asked or when stdin is not a terminal, else prompted twice (never an argument: it
    would show in the process list and the shell history)."""

    def body(_: Callable[[str], str], out: Console) -> int:
        the_role = parse_role(role)
        password = _read_password(_, password_from_stdin)
        with Register.open(url) as register:
            cpas_id = ensure_cpas(register, cpas_name)
            create_user(
                register,
                username=username,
                password=password,
                role=the_role,
                cpas_id=cpas_id,
                display_name=display_name,
            )
        out.print(
            _("Utilisateur {username} créé (rôle {role}, CPAS {cpas}).").format(
                username=username.strip(), role=the_role.value, cpas=cpas_name.strip()
            )
        )
        return EXIT_OK

    return _run(lang, body)


def purge_command(older_than_days: int, *, url: str | None = None, lang: str | None = None) -> int:
    """``secretpro register purge --older-than DAYS``: retention (see ``retention.py``)."""

    def body(_: Callable[[str], str], out: Console) -> int:
        with Register.open(url) as register:
            report = purge_older_than(register, older_than_days)
        out.print(
            _(
                "{cases} dossier(s) supprimé(s), {entries} entrée(s) effacée(s) ; la chaîne reste vérifiable."
            ).format(cases=report.cases, entries=report.entries)
        )
        return EXIT_OK

    return _run(lang, body)


def export_csv_command(
    cpas: str,
    out_path: str | Path,
    *,
    include_identity: bool = False,
    url: str | None = None,
    lang: str | None = None,
) -> int:
    """``secretpro register export CPAS OUT.csv [--with-identity]``: the register of one CPAS
    (named, or given by its number) as CSV; names and national numbers only when asked."""

    def body(_: Callable[[str], str], out: Console) -> int:
        with Register.open(url, need_key=include_identity) as register:
            cpas_id = _resolve_cpas(register, cpas)
            path = Path(out_path)
            # 0600 from the start when the file may hold identities.
            mode = 0o600 if include_identity else 0o644
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
            with open(fd, "w", encoding="utf-8", newline="") as handle:
                count = export_csv(register, cpas_id, handle, include_identity=include_identity)
        out.print(_("{count} entrées exportées vers {path}.").format(count=count, path=str(path)))
        return EXIT_OK

    return _run(lang, body)


def _resolve_cpas(register: Register, cpas: str) -> int:
    found = find_cpas(register, cpas)
    if found is None and cpas.strip().isdigit():
        number = int(cpas.strip())
        found = next((c.id for c in list_cpas(register) if c.id == number), None)
    if found is None:
        raise NotFoundError(N_("CPAS inconnu dans le registre."))
    return found


def _cli_cpas(register: Register, cpas_name: str | None) -> int:
    name = cpas_name or os.environ.get(CPAS_ENV, "").strip() or None
    if name is not None:
        return ensure_cpas(register, name)
    known = list_cpas(register)
    if len(known) == 1:
        return known[0].id
    if not known:
        return ensure_cpas(register, DEFAULT_CPAS_NAME)
    raise InvalidInputError(N_("Plusieurs CPAS dans le registre : précisez lequel avec SECRETPRO_CPAS."))


def record_decision_for_cli(
    decision: Mapping[str, Any],
    case_ref: str | None = None,
    national_number: str | None = None,
    *,
    facts: Mapping[str, Any] | None = None,
    cpas_name: str | None = None,
    url: str | None = None,
) -> str:
    """What ``secretpro decide … --record`` calls: finds or creates the case and appends the
    decision; returns the new entry id.

    The case is ``case_ref`` when given, else the case of ``national_number`` (or of the facts'
    ``national_number``) found through the keyed hash or created, else a new case without identity.
    The CPAS is ``cpas_name``, else ``SECRETPRO_CPAS``, else the only CPAS of the register (one
    called "CPAS" is created in an empty register). Raises :class:`RegisterError` (with a message
    free of personal data, ``error.translated(_)``) on any failure.
    """
    used_facts = facts if facts is not None else decision.get("facts")
    number = national_number
    if number is None and isinstance(used_facts, Mapping):
        candidate = used_facts.get("national_number")
        number = candidate if isinstance(candidate, str) and candidate.strip() else None
    try:
        with Register.open(url) as register:
            cpas_id = _cli_cpas(register, cpas_name)
            if case_ref is not None:
                case_id = get_case(register, case_ref, cpas_id=cpas_id).id
                if number is not None and national_number is not None:
                    found = find_case_by_national_number(register, cpas_id, number)
                    if found != case_id:
                        raise InvalidInputError(
                            N_("Le dossier indiqué ne correspond pas à ce numéro de registre national.")
                        )
            elif number is not None:
                case_id = open_case(register, cpas_id, number)
            else:
                case_id = create_case(register, cpas_id)
            return record_decision(register, case_id, decision, facts=used_facts)
    except SQLAlchemyError:
        raise RegisterError(_DB_UNAVAILABLE) from None
