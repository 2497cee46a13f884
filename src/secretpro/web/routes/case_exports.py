"""Exports for a supervisor: one case file as PDF (WeasyPrint), the CPAS register as CSV.

Both are GET downloads of the account's own CPAS only (a case of another CPAS is a 404); the file
names carry the opaque case id or the date, never a name. Cached nowhere (``Cache-Control:
no-store`` comes with every response).
"""

from __future__ import annotations

import io
from functools import cache
from typing import Annotated, cast

import jinja2
from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response

from secretpro.i18n import Language, translations
from secretpro.register.accounts import Account
from secretpro.register.errors import NotFoundError
from secretpro.register.export import export_csv
from secretpro.rules import today_in_brussels
from secretpro.web.accounts.context import register_of, supervisor
from secretpro.web.accounts.views import case_view
from secretpro.web.language import request_language
from secretpro.web.routes.cases import _checked_case_id

router = APIRouter()


@cache
def pdf_environment(language: Language) -> jinja2.Environment:
    """Templates of the printed case file (its own styles inline: WeasyPrint, not a browser)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("secretpro.web", "templates/accounts"),
        autoescape=True,
        extensions=["jinja2.ext.i18n"],
        undefined=jinja2.StrictUndefined,
    )
    env.install_gettext_translations(translations(language), newstyle=True)  # type: ignore[attr-defined]
    return env


@router.get("/cases/{case_id}/export.pdf")
def case_pdf(request: Request, case_id: str, account: Annotated[Account, Depends(supervisor)]) -> Response:
    from weasyprint import HTML

    language = request_language(request)
    try:
        case = case_view(
            register_of(request), _checked_case_id(case_id), account.cpas_id, language, printable=True
        )
    except NotFoundError:
        raise HTTPException(status_code=404) from None
    html = (
        pdf_environment(language)
        .get_template("case_pdf.html")
        .render(
            case=case, lang=language, printed_by=account.author_name, today=today_in_brussels().isoformat()
        )
    )
    pdf = cast(bytes, HTML(string=html).write_pdf())
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="dossier-{case["id"]}.pdf"'},
    )


@router.get("/exports/register.csv")
def register_csv(request: Request, account: Annotated[Account, Depends(supervisor)]) -> Response:
    """The CPAS register without identities (encrypted parts read ``[chiffré]``)."""
    out = io.StringIO()
    export_csv(register_of(request), account.cpas_id, out)
    return Response(
        out.getvalue().encode("utf-8-sig"),  # the BOM lets spreadsheets read the accents
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="registre-{today_in_brussels().isoformat()}.csv"'
        },
    )
