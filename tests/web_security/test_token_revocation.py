"""A token revoked (or its account deactivated) on the administration page stops working at once
on the server that did it: no request is served from the remembered check afterwards."""

from __future__ import annotations

import json

from security_support import World

from secretpro.register.accounts import create_api_token, list_api_tokens, revoke_api_token
from secretpro.web import api_auth

FACTS = json.dumps({"aid_type": "medical_costs"})


def call(world: World, token: str) -> int:
    client = world.client()
    return client.post(
        "/api/v1/decide/guarantor-inquiry",
        content=FACTS,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    ).status_code


def test_revoked_on_the_page_refused_on_the_next_call(world: World) -> None:
    target = world.user_id("worker_a")
    token = create_api_token(world.register, target, "logiciel").token
    assert call(world, token) == 200  # now remembered
    token_id = list_api_tokens(world.register, target)[-1].id
    admin = world.client("admin_a")
    assert admin.post(f"/admin/users/{target}/tokens/{token_id}/revoke").status_code == 303
    assert call(world, token) == 401


def test_deactivated_on_the_page_refused_on_the_next_call(world: World) -> None:
    target = world.user_id("worker_a")
    token = create_api_token(world.register, target, "logiciel").token
    assert call(world, token) == 200
    admin = world.client("admin_a")
    assert admin.post(f"/admin/users/{target}/active", data={"active": "false"}).status_code == 303
    assert call(world, token) == 401


def test_revoked_elsewhere_refused_within_a_second(world: World) -> None:
    assert api_auth.CACHE_SECONDS <= 1.0
    target = world.user_id("worker_a")
    created = create_api_token(world.register, target, "logiciel")
    assert call(world, created.token) == 200
    revoke_api_token(world.register, created.id)  # another server, or the command line
    world.app.state.api_cached_verifier.forget_all()  # as if the second had passed
    assert call(world, created.token) == 401


def test_a_check_that_began_before_a_revocation_is_not_remembered() -> None:
    answers = iter([api_auth.ApiClient(1, "x", 1)])
    cached: api_auth.CachedVerifier

    def slow_verifier(token: str) -> api_auth.ApiClient | None:
        cached.forget_all()  # the revocation lands while the check is under way
        return next(answers, None)

    cached = api_auth.CachedVerifier(slow_verifier)
    assert cached("sp_token") is not None
    assert cached.cached("sp_token") is None
