"""Friendly error pages (404, 405, 413, 422, 500) that repeat nothing the worker sent."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse
from starlette.exceptions import HTTPException

from secretpro.i18n import N_
from secretpro.web.rendering import render_page

log = logging.getLogger("secretpro.web")

MESSAGES: dict[int, tuple[str, str]] = {
    404: (N_("Page introuvable"), N_("Cette page n'existe pas. Revenez à l'accueil pour commencer.")),
    405: (N_("Action impossible"), N_("Cette adresse ne s'utilise pas ainsi. Revenez à l'accueil.")),
    409: (N_("Document non prévu"), N_("Ce document ne correspond pas à la décision en cours.")),
    422: (
        N_("Formulaire incomplet"),
        N_("Une donnée du formulaire manque ou n'est pas valide. Revenez en arrière et vérifiez-la."),
    ),
    500: (
        N_("Erreur interne"),
        N_("Une erreur est survenue. Rien n'a été envoyé. Réessayez ou recommencez."),
    ),
}


def error_page(request: Request, status: int) -> HTMLResponse:
    title, text = MESSAGES.get(status, MESSAGES[500])
    return render_page(
        request,
        "error.html",
        {"title": title, "text": text, "status": status},
        status_code=status,
        switch_path="/",
    )


def install(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> HTMLResponse:
        status = exc.status_code
        if status not in MESSAGES:
            # Another client error (e.g. 400 for an unreadable multipart body) is not a server error.
            status = 422 if 400 <= status < 500 else 500
        return error_page(request, status)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> HTMLResponse:
        # The error's details may echo a submitted value: they are neither shown nor logged.
        return error_page(request, 422)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> HTMLResponse:
        # Log the kind of error and where, never the request body or the exception's arguments.
        log.error("internal error %s on %s %s", type(exc).__name__, request.method, request.url.path)
        return error_page(request, 500)
