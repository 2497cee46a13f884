"""Small helpers shared by the accounts pages: the 403 page, the translator of the request."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Request
from fastapi.responses import HTMLResponse

from secretpro.i18n import N_, translator
from secretpro.web.language import request_language
from secretpro.web.rendering import render_page

FORBIDDEN_TITLE = N_("Accès refusé")
CSRF_TEXT = N_(
    "Ce formulaire a expiré ou ne vient pas de cette application. Rien n'a été enregistré ni envoyé. "
    "Rechargez la page et recommencez."
)
ROLE_TEXT = N_("Votre rôle ne permet pas d'ouvrir cette page.")


def gettext_of(request: Request) -> Callable[[str], str]:
    return translator(request_language(request))


def forbidden_page(request: Request, *, csrf: bool = False) -> HTMLResponse:
    """The 403 page: it names no person, no case and repeats nothing of the request."""
    return render_page(
        request,
        "accounts/forbidden.html",
        {"title": FORBIDDEN_TITLE, "text": CSRF_TEXT if csrf else ROLE_TEXT},
        status_code=403,
        switch_path="/",
    )
