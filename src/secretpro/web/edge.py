"""What the pages accept at the edge, and what an unexpected error leaves behind.

- ``FormInputMiddleware``: a page request whose path, query string or form fields hold a control
  character (NUL and the other C0 controls but tab and line breaks, DEL, lone surrogates) is
  refused with a 422 page naming the field. PostgreSQL refuses NUL in text and python-docx
  refuses most controls: such a value must not get further than the edge. The JSON API checks
  its own bodies (``web/routes/api.py``), so ``/api/`` is left alone here, but its path and query too
  are checked.
- ``InternalErrorMiddleware``: an unexpected exception becomes the 500 page (a JSON error under
  ``/api/``) *here*, and is not passed on to the server. Starlette hands every unhandled
  exception back to the server after its own 500 page, and uvicorn logs it with its text: a
  database error's text quotes the SQL parameters, i.e. the values the worker typed. Only the
  kind of error and the route are logged.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import parse_qsl

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from secretpro.i18n import N_, translator
from secretpro.input_limits import CONTROL_CHARACTER, control_character

from .accounts.middleware import _read_body, _Replay
from .language import request_language

log = logging.getLogger("secretpro.web")

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CONTROL_TITLE = N_("Caractère non autorisé")
CONTROL_TEXT = N_(
    "Le champ « %(field)s » contient un caractère invisible non autorisé (%(code)s). "
    "Revenez en arrière et retapez la valeur sans ce caractère."
)
# A field is named by its form name, which the page chose; anything else is not repeated.
_FIELD_NAME = re.compile(r"[A-Za-z0-9_.\-\[\]]{1,64}")


def _field_label(name: str) -> str:
    return name if _FIELD_NAME.fullmatch(name) else "?"


def _first_control(pairs: list[tuple[str, str]]) -> tuple[str, str] | None:
    for name, value in pairs:
        code = control_character(name) or control_character(value)
        if code is not None:
            return _field_label(name), code
    return None


def _content_type(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name == b"content-type":
            return str(value.decode("latin-1")).split(";", 1)[0].strip().lower()
    return ""


async def _form_pairs(scope: Scope, body: bytes, content_type: str) -> list[tuple[str, str]]:
    if content_type == "application/x-www-form-urlencoded":
        return parse_qsl(body.decode("latin-1"), keep_blank_values=True)

    async def empty() -> Message:
        return {"type": "http.disconnect"}

    try:
        form = await Request(scope, _Replay(body, empty)).form(max_files=20, max_fields=2000)
    except Exception:  # unreadable: the route's own parsing answers it
        return []
    try:
        pairs: list[tuple[str, str]] = []
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                pairs.append((name, value.filename or ""))
            else:
                pairs.append((name, value))
        return pairs
    finally:
        await form.close()


def control_character_page(request: Request, field: str, code: str) -> Response:
    from .rendering import render_page

    text = translator(request_language(request))(CONTROL_TEXT) % {"field": field, "code": code}
    return render_page(
        request,
        "error.html",
        {"title": CONTROL_TITLE, "text": text, "status": 422},
        status_code=422,
        switch_path="/",
    )


class FormInputMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/static/"):
            await self.app(scope, receive, send)
            return
        problem: tuple[str, str] | None = None
        code = control_character(scope["path"])
        if code is not None:
            problem = ("URL", code)
        else:
            query = scope.get("query_string", b"").decode("latin-1")
            problem = _first_control(parse_qsl(query, keep_blank_values=True))
        content_type = _content_type(scope)
        if (
            problem is None
            and scope["method"] in UNSAFE_METHODS
            and content_type in FORM_TYPES
            and not scope["path"].startswith("/api/")
        ):
            body = await _read_body(receive)
            if body is None:
                return
            problem = _first_control(await _form_pairs(scope, body, content_type))
            receive = _Replay(body, receive)
        if problem is None:
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        if scope["path"].startswith("/api/"):
            message = translator("en")(CONTROL_CHARACTER) % {"code": problem[1]}
            response: Response = JSONResponse(
                {"error": {"field": problem[0], "message": message}}, status_code=422
            )
        else:
            response = control_character_page(request, *problem)
        await response(scope, receive, send)


class InternalErrorMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as error:
            # The kind of error and where; never its text, the request body or the parameters.
            log.error("internal error %s on %s %s", type(error).__name__, scope["method"], scope["path"])
            if started:
                return
            if scope["path"].startswith("/api/"):
                message = translator("en")(N_("Erreur interne"))
                response: Response = JSONResponse(
                    {"error": {"field": None, "message": message}}, status_code=500
                )
            else:
                from .errors import error_page

                response = error_page(Request(scope), 500)
            await response(scope, receive, send)
