"""``secretpro guard``: its arguments and options, in a module of their own.

A mail hook or a shell loop starts the command once per message, so ``secretpro.command`` builds
this command alone when it is the one asked for, without the rules, the register and the other
commands (``secretpro.cli`` registers the same function among all the others).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer


class OutputFormat(StrEnum):
    json = "json"
    text = "text"


def guard_command(
    source: Annotated[str, typer.Argument(help="text file to scan, or - for standard input")] = "-",
    profile: Annotated[str, typer.Option("--profile", help="guarantor_inquiry | strict")] = "strict",
    output_format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
) -> None:
    """Scan an outgoing text for forbidden personal data; exit 0 pass, 1 blocked, 2 bad input."""
    from secretpro.guard.cli import guard_command as run_guard

    raise typer.Exit(run_guard(None if source == "-" else source, profile, output_format.value))


def guard_app() -> typer.Typer:
    """An application of this one command (typer runs a lone command without its name)."""
    app = typer.Typer(pretty_exceptions_enable=False, add_completion=False)
    app.command("guard")(guard_command)
    return app
