"""Passwords: at least 12 characters and hard to guess (zxcvbn), on every path that sets one."""

from __future__ import annotations

import pytest
from security_support import World

from secretpro.register.accounts import check_password_policy, set_password
from secretpro.register.errors import InvalidInputError

WEAK = ["aaaaaaaaaaaa", "Azerty123456", "password1234", "motdepasse123", "123456789012", "qwertyuiopas"]
STRONG = ["correct horse battery staple", "un tout autre mot de passe", "vélo rouge sous la pluie 7"]


@pytest.mark.parametrize("password", WEAK)
def test_weak_passwords_are_refused(password: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        check_password_policy(password)
    assert "trop facile à deviner" in str(caught.value)
    assert password not in str(caught.value)


@pytest.mark.parametrize("password", STRONG)
def test_phrases_pass(password: str) -> None:
    check_password_policy(password)


def test_the_user_name_counts_as_a_known_word() -> None:
    check_password_policy("jeanne.dupont2026")
    with pytest.raises(InvalidInputError):
        check_password_policy("jeanne.dupont2026", ["jeanne.dupont"])


def test_very_long_passwords_are_rated_without_error() -> None:
    check_password_policy(" ".join(["cheval", "agrafe", "batterie", "correct", "lune"] * 40))


def test_the_administration_page_refuses_a_weak_password(world: World) -> None:
    admin = world.client("admin_a")
    page = admin.post(
        "/admin/users", data={"username": "nouvelle", "password": "aaaaaaaaaaaa", "role": "social_worker"}
    )
    assert page.status_code == 422
    assert "trop facile à deviner" in page.text
    with pytest.raises(InvalidInputError):
        set_password(world.register, world.user_id("worker_a"), "aaaaaaaaaaaa")
