"""The JSON API for case-management software: ``/api/v1`` (``router``, mounted by ``create_app``).

- ``POST /api/v1/decide/{rule}`` — facts (JSON object) → the decision object of ``interfaces.md``;
- ``POST /api/v1/batch/{rule}`` — a CSV file of cases (``text/csv``) → the results as CSV;
- ``POST /api/v1/guard`` — an outgoing text and a profile → the guard report;
- ``GET /api/v1/visa-list`` — the visa-required countries on a date;
- ``GET /api/v1/health`` — liveness and the rules version;
- ``GET /api/v1/openapi.json`` — this API's OpenAPI schema.

The first three need ``Authorization: Bearer <token>`` (tokens are created in the register and
stored there hashed). Every 4xx answer is ``{"error": {"field", "message"}}``: 400 malformed
JSON, 401 no or bad token, 404 unknown rule, 413 body too large, 415 wrong content type, 422
invalid facts or parameters. Nothing a client sends is logged or repeated in an error message.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from datetime import date
from typing import Any

import orjson
from fastapi import APIRouter, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from secretpro.batch import BatchInputError, screen
from secretpro.batch.csv_input import read_cases
from secretpro.batch.writer import to_csv_bytes
from secretpro.dates import DateError, read_iso_date
from secretpro.i18n import Language, parse_language
from secretpro.input_limits import MALFORMED, NOT_UTF8, InputError, check_strings, load_json
from secretpro.rules import RULES, FactsError, decide, rules_version, today_in_brussels
from secretpro.rules.explanation import explain
from secretpro.web import api_models as models
from secretpro.web.api_auth import ApiClient, bearer_token, verify

API_VERSION = "1.0.0"
MAX_JSON_BYTES = 64 * 1024
MAX_GUARD_BYTES = 1024 * 1024
MAX_CSV_BYTES = 20 * 1024 * 1024
CSV_TYPES = ("text/csv", "application/csv", "text/plain", "application/octet-stream")


class ApiError(Exception):
    def __init__(
        self, status: int, field: str | None, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.field = field
        self.message = message
        self.headers = headers


class FastJSONResponse(JSONResponse):
    """JSON rendered by orjson: the same compact UTF-8 bytes as ``JSONResponse`` for the API's
    objects (str keys, no NaN), about ten times faster for a decision (7 kB with its explanation).
    """

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)


def error_response(
    status: int, field: str | None, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse({"error": {"field": field, "message": message}}, status_code=status, headers=headers)


def _validation_field(error: dict[str, Any]) -> str:
    location = [str(part) for part in error.get("loc", ()) if part not in ("body", "query", "path")]
    return ".".join(location) or "body"


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it exceeds ``limit`` (announced or streamed)."""
    announced = request.headers.get("content-length")
    if announced is not None and announced.isdigit() and int(announced) > limit:
        raise ApiError(413, "body", f"larger than {limit // 1024} kB")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "body", f"larger than {limit // 1024} kB")
        chunks.append(chunk)
    return b"".join(chunks)


class ApiRoute(APIRoute):
    """Routes of this API: body size limits before anything is parsed, and JSON 4xx errors whatever
    error handlers the surrounding application installs (its pages are HTML)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()
        limit: int = getattr(self.endpoint, "max_body_bytes", MAX_JSON_BYTES)
        needs_token: bool = getattr(self.endpoint, "requires_token", False)
        if getattr(self.endpoint, "takes_request_only", False):
            # Reads its own parameters from the request: called directly, without FastAPI's
            # parameter solving (its parameters are documented through ``openapi_extra``).
            handler = self.endpoint

        async def api_handler(request: Request) -> Response:
            try:
                if needs_token:
                    # Before the body is read: an anonymous client cannot make us read 20 MB.
                    request.state.api_client = await require_api_token(request)
                if request.method in ("POST", "PUT", "PATCH"):
                    request._body = await _read_body(request, limit)
                return await handler(request)
            except ApiError as error:
                return error_response(error.status, error.field, error.message, error.headers)
            except RequestValidationError as error:
                first = error.errors()[0] if error.errors() else {}
                if first.get("type") == "json_invalid":
                    return error_response(400, "body", "malformed JSON")
                return error_response(422, _validation_field(first), str(first.get("msg", "invalid value")))
            except HTTPException as error:
                return error_response(error.status_code, None, "request refused")

        return api_handler


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": models.ErrorResponse, "description": "Malformed JSON or request"},
    401: {"model": models.ErrorResponse, "description": "No API token, or an unknown or revoked one"},
    413: {"model": models.ErrorResponse, "description": "Request body too large"},
    422: {"model": models.ErrorResponse, "description": "Invalid facts or parameters (the field is named)"},
}
PUBLIC_ERRORS: dict[int | str, dict[str, Any]] = {422: ERRORS[422]}
BEARER: list[dict[str, list[str]]] = [{"bearerAuth": []}]

router = APIRouter(prefix="/api/v1", route_class=ApiRoute, tags=["api v1"])


def body_limit(limit: int, *, token: bool = True) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Marks an endpoint with its body size limit and whether it needs an API token."""

    def mark(endpoint: Callable[..., Any]) -> Callable[..., Any]:
        endpoint.max_body_bytes = limit  # type: ignore[attr-defined]
        endpoint.requires_token = token  # type: ignore[attr-defined]
        return endpoint

    return mark


async def require_api_token(request: Request) -> ApiClient:
    """The calling client, from ``Authorization: Bearer <token>``; 401 otherwise."""
    token = bearer_token(request)
    challenge = {"WWW-Authenticate": 'Bearer realm="secretpro"'}
    if token is None:
        raise ApiError(401, "Authorization", "API token required (Authorization: Bearer <token>)", challenge)
    client = await verify(request, token)
    if client is None:
        raise ApiError(401, "Authorization", "unknown or revoked API token", challenge)
    return client


def _date_param(value: str | None, name: str = "date") -> date | None:
    if value is None or value == "":
        return None
    try:
        return read_iso_date(value)
    except DateError:
        raise ApiError(422, name, "not a valid date (expected YYYY-MM-DD)") from None


def _language(value: str | None) -> Language:
    try:
        return parse_language(value)
    except ValueError:
        raise ApiError(422, "lang", "expected fr, nl or en") from None


def _json_object(body: bytes) -> dict[str, Any]:
    """The body as a JSON object: depth and number sizes checked before parsing, and no control
    character in any key or string (422 naming the field)."""
    if not body.strip():
        raise ApiError(400, "body", "empty (expected a JSON object)")
    try:
        value = load_json(body)
    except InputError as error:
        status = 400 if error.message_id in (MALFORMED, NOT_UTF8) else 422
        raise ApiError(
            status, error.field, "malformed JSON" if status == 400 else error.translated("en")
        ) from None
    if not isinstance(value, dict):
        raise ApiError(422, "body", "expected a JSON object")
    try:
        check_strings(value)
    except InputError as error:
        raise ApiError(422, error.field, error.translated("en")) from None
    return value


def _query_parameter(name: str) -> dict[str, Any]:
    """An optional text query parameter, as FastAPI documents ``name: str | None = None``."""
    schema = {"anyOf": [{"type": "string"}, {"type": "null"}], "title": name.title()}
    return {"name": name, "in": "query", "required": False, "schema": schema}


def _decide_endpoint(rule: str) -> Callable[..., Awaitable[JSONResponse]]:
    async def decide_rule(request: Request) -> JSONResponse:
        # ``date`` and ``lang`` read as FastAPI would (the last one when repeated).
        reference_date = _date_param(request.query_params.get("date"))
        language = _language(request.query_params.get("lang"))
        facts = _json_object(await request.body())
        try:
            decision = decide(rule, facts, reference_date=reference_date)
        except FactsError as error:
            raise ApiError(422, error.field, error.message) from None
        return FastJSONResponse(explain(decision, language))

    decide_rule.__name__ = "decide_" + rule.replace("-", "_")
    decide_rule.takes_request_only = True  # type: ignore[attr-defined]
    return decide_rule


for _rule in RULES.values():
    _schema = models.facts_model(_rule.name).model_json_schema()
    router.add_api_route(
        f"/decide/{_rule.name}",
        body_limit(MAX_JSON_BYTES)(_decide_endpoint(_rule.name)),
        methods=["POST"],
        summary=f"{_rule.code} — {_rule.title}",
        description=(
            "Evaluates the rule on a facts object (a missing key or null means unknown). "
            "`date` (YYYY-MM-DD) overrides the facts' `reference_date`; `lang` is fr, nl or en."
        ),
        response_model=None,
        responses={200: {"model": models.Decision, "description": "The decision"}, **ERRORS},
        openapi_extra={
            "parameters": [_query_parameter("date"), _query_parameter("lang")],
            "requestBody": {"required": True, "content": {"application/json": {"schema": _schema}}},
            "security": BEARER,
        },
    )


@router.post("/decide/{rule}", include_in_schema=False)
@body_limit(MAX_JSON_BYTES)
async def unknown_rule(rule: str) -> JSONResponse:
    return error_response(404, "rule", "unknown rule (expected one of " + ", ".join(RULES) + ")")


@router.post(
    "/batch/{rule}",
    summary="Screen many cases (CSV in, CSV out)",
    description=(
        "Body: a CSV file (UTF-8, `Content-Type: text/csv`) with a `case_id` column and one column per "
        "fact (empty = unknown, `true`/`false`, `|` between list items). Answer: one row per case, in "
        "the same order: `case_id, outcome, reference_date, missing, reasons, allowed_fields, error`. "
        "A bad cell makes its row an `error` row; the header `X-Secretpro-Outcomes` counts the outcomes."
    ),
    response_class=Response,
    responses={
        200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "The results as CSV"},
        404: {"model": models.ErrorResponse, "description": "Unknown rule"},
        415: {"model": models.ErrorResponse, "description": "Not a CSV upload"},
        **ERRORS,
    },
    openapi_extra={
        "requestBody": {"required": True, "content": {"text/csv": {"schema": {"type": "string"}}}},
        "security": BEARER,
    },
)
@body_limit(MAX_CSV_BYTES)
async def batch(request: Request, rule: str, date: str | None = None) -> Response:
    if rule not in RULES:
        raise ApiError(404, "rule", "unknown rule (expected one of " + ", ".join(RULES) + ")")
    on_date = _date_param(date)
    content_type = request.headers.get("content-type", "text/csv").split(";")[0].strip().lower()
    if content_type not in CSV_TYPES:
        raise ApiError(415, "Content-Type", "expected text/csv")
    body = await request.body()

    def run() -> tuple[bytes, dict[str, int]]:
        result = screen(rule, read_cases(rule, body), on_date)
        return to_csv_bytes(result.table), result.counts

    try:
        payload, counts = await run_in_threadpool(run)
    except BatchInputError as error:
        raise ApiError(422, error.field, error.message) from None
    return Response(
        payload,
        media_type="text/csv; charset=utf-8",
        headers={"X-Secretpro-Outcomes": ",".join(f"{name}={count}" for name, count in counts.items())},
    )


@router.post(
    "/guard",
    summary="Scan an outgoing text (guard report)",
    response_model=None,
    responses={200: {"model": models.GuardReport, "description": "The guard report"}, **ERRORS},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": models.GuardRequest.model_json_schema()}},
        },
        "security": BEARER,
    },
)
@body_limit(MAX_GUARD_BYTES)
async def guard(request: Request) -> JSONResponse:
    try:
        asked = models.GuardRequest.model_validate(_json_object(await request.body()))
    except ValidationError as error:
        first = error.errors()[0]
        raise ApiError(422, _validation_field(dict(first)), str(first.get("msg", "invalid value"))) from None
    from secretpro.guard import scan

    report = await run_in_threadpool(scan, asked.text, asked.profile)
    return FastJSONResponse(report.to_json())


@router.get(
    "/visa-list",
    summary="Visa-required countries on a date (Reg. (EU) 2018/1806, Annex I)",
    response_model=models.VisaList,
    responses=PUBLIC_ERRORS,
)
async def visa_list(date: str | None = None, lang: str | None = None) -> models.VisaList:
    from secretpro.reference import country_name
    from secretpro.reference.visa import DATA_START, as_of, data_source

    day = _date_param(date) or today_in_brussels()
    language = _language(lang)
    if day < DATA_START:
        raise ApiError(422, "date", "before 18/12/2018: the visa list is not modelled before that date")
    countries = sorted(
        (
            models.VisaCountry(
                code=code,
                name=country_name(code, language),
                status="partial" if status.status == "partial" else "required",
                act=status.act,
                note=status.note,
                passports_issued_from=status.passports_issued_from,
            )
            for code, status in as_of(day).items()
        ),
        key=lambda country: country.name,
    )
    return models.VisaList(date=day, countries=countries, source=data_source())


@router.get("/health", summary="Liveness and the rules version", response_model=models.Health)
async def health() -> models.Health:
    return models.Health(status="ok", rules_version=rules_version())


def openapi_schema() -> dict[str, Any]:
    """This API's OpenAPI document (the routes of ``router`` only)."""
    schema = get_openapi(
        title="secretpro API",
        version=API_VERSION,
        description=__doc__,
        routes=router.routes,
    )
    schema.setdefault("components", {}).setdefault("securitySchemes", {})["bearerAuth"] = {
        "type": "http",
        "scheme": "bearer",
        "description": "An API token created in the register (shown once, stored hashed).",
    }
    return schema


@router.get("/openapi.json", include_in_schema=False)
async def openapi() -> JSONResponse:
    return JSONResponse(openapi_schema())
