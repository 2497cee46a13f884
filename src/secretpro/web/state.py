"""The interview's answers, carried by the browser in a signed cookie (no server-side session).

Signed, not encrypted: the answers are the worker's own (aid type, dates, nationality — never a
name or a number), and the signature stops a forged cookie from reaching the rules with facts
nobody answered. One cookie per interview, scoped to it, so two rules can run side by side.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer

from secretpro.rules import RULES, today_in_brussels
from secretpro.web.interview import Answer, Interview

# An interview is a matter of minutes; a day covers a case picked up again after lunch.
MAX_AGE_SECONDS = 24 * 3600
MAX_ANSWERS = 40
MAX_VALUE_LENGTH = 600


class InterviewCookies:
    def __init__(self, secret_key: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret_key, salt="secretpro.interview")

    @staticmethod
    def name(code: str) -> str:
        return f"interview-{code}"

    def dump(self, interview: Interview) -> str:
        return str(self._serializer.dumps(to_payload(interview)))

    def load(self, raw: str | None, rule: str) -> Interview:
        """The stored interview for ``rule``; a fresh one when absent, expired, forged or malformed."""
        if not raw:
            return Interview(rule)
        try:
            payload = self._serializer.loads(raw, max_age=MAX_AGE_SECONDS)
        except BadSignature:
            return Interview(rule)
        return from_payload(payload, rule)


def to_payload(interview: Interview) -> dict[str, Any]:
    """An interview as plain JSON (the cookie's content, and a saved draft's state)."""
    payload: dict[str, Any] = {"r": interview.rule, "a": [[a.fact, a.value] for a in interview.answers]}
    if interview.received_on is not None:
        payload["d"] = interview.received_on.isoformat()
    if interview.revisit is not None:
        payload["e"] = interview.revisit
    if interview.draft is not None:
        payload["k"] = interview.draft
    return payload


def from_payload(payload: Any, rule: str) -> Interview:
    """The interview ``payload`` holds for ``rule``, keeping only answers to the rule's own facts
    (a fresh interview when it is not one of ``rule``)."""
    if not isinstance(payload, dict) or payload.get("r") != rule or not isinstance(payload.get("a"), list):
        return Interview(rule)
    known = {spec.name for spec in RULES[rule].facts}
    answers: list[Answer] = []
    for item in payload["a"][:MAX_ANSWERS]:
        if (
            isinstance(item, list)
            and len(item) == 2
            and item[0] in known
            and isinstance(item[1], str)
            and len(item[1]) <= MAX_VALUE_LENGTH
        ):
            answers.append(Answer(item[0], item[1]))
    revisit = payload.get("e")
    draft = payload.get("k")
    return Interview(
        rule,
        tuple(answers),
        _day(payload.get("d")),
        revisit if revisit in known else None,
        draft if isinstance(draft, str) and 0 < len(draft) <= 32 else None,
    )


def _day(value: object) -> date | None:
    """The stored reception date; a malformed one or one in the future is dropped (today)."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    return day if day <= today_in_brussels() else None
