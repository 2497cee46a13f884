"""Hypothesis on the forms: whatever a field holds, never a 5xx; a control character is a 422
naming the field, and the value itself is never repeated."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from security_support import World

from hypothesis_budget import examples
from secretpro.input_limits import control_character

TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=["Cs"]),
        st.sampled_from(["\x00", "\x01", "\x1b", "\x7f", "\r", "\n", "\t", "=", "'", "<", "%"]),
    ),
    max_size=40,
)
FORMS = [
    ("/login", "username", {"password": "x" * 12}),
    ("/guard", "text", {"profile": "strict"}),
    ("/cases", "subject_name", {"national_number": ""}),
]


@pytest.mark.parametrize(("path", "field", "others"), FORMS, ids=[form[0] for form in FORMS])
@settings(max_examples=examples(40), deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(value=TEXT)
def test_no_form_value_gets_a_server_error(
    world: World, path: str, field: str, others: dict[str, str], value: str
) -> None:
    client = world.client(None if path == "/login" else "worker_a")
    if path == "/login":
        from accounts_testing import csrf_from

        others = {**others, "csrf_token": csrf_from(client.get("/login").text)}
    response = client.post(path, data={**others, field: value})
    assert response.status_code < 500
    code = control_character(value)
    if code is not None:
        assert response.status_code == 422
        assert f"« {field} »" in response.text and code in response.text
    if len(value.strip()) > 3 and response.status_code == 422:
        assert value not in response.text
