"""An account's CPAS chosen on the users page: the administrator's own (the default), a new one
typed in, or one of the register that has no administrator yet — never a CPAS with administrators
of its own (that would hand its case files to someone else)."""

from __future__ import annotations

import re
from html import unescape

from security_support import CPAS_A, CPAS_B, World

from accounts_testing import log_in
from secretpro.register import ensure_cpas
from secretpro.register.accounts import find_account
from secretpro.register.entries import find_cpas, list_cpas

PASSWORD = "une phrase de passe bien neuve"


def _create(world: World, **data: str) -> tuple[int, str]:
    admin = world.client("admin_a")
    response = admin.post("/admin/users", data={"password": PASSWORD, "role": "social_worker", **data})
    return response.status_code, response.headers.get("location", response.text)


def _cpas_name_of(world: World, username: str) -> str | None:
    account = find_account(world.register, username)
    if account is None:
        return None
    return next(c.name for c in list_cpas(world.register) if c.id == account.cpas_id)


def _options(html: str) -> list[str]:
    select = html.split('name="cpas"', 1)[1].split("</select>", 1)[0]
    return re.findall(r"<option [^>]*>([^<]*)</option>", select)


def test_the_form_offers_the_own_cpas_first_and_never_another_administered_one(world: World) -> None:
    ensure_cpas(world.register, "CPAS sans administrateur (test)")
    page = world.client("admin_a").get("/admin/users").text
    options = _options(unescape(page))
    assert options == [CPAS_A, "CPAS sans administrateur (test)"]
    assert CPAS_B not in page
    assert 'name="new_cpas"' in page


def test_without_a_choice_the_account_joins_the_own_cpas(world: World) -> None:
    status, _where = _create(world, username="sans_choix")
    assert status == 303
    assert _cpas_name_of(world, "sans_choix") == CPAS_A


def test_a_new_cpas_typed_in_is_created_with_the_account(world: World) -> None:
    status, where = _create(world, username="gantoise", cpas="", new_cpas="  OCMW   Gent (test) ")
    assert status == 303 and where.startswith("/admin/users/")
    assert _cpas_name_of(world, "gantoise") == "OCMW Gent (test)"
    admin = world.client("admin_a", follow_redirects=True)
    # Nobody else administers it yet: the administrator who created it manages its accounts.
    assert admin.get(where).status_code == 200
    listing = admin.get("/admin/users").text
    assert "gantoise" in listing and "OCMW Gent (test)" in listing
    # The new account signs in and the header names its own CPAS.
    newcomer = world.client(follow_redirects=True)
    log_in(newcomer, "gantoise", PASSWORD)
    assert "OCMW Gent (test)" in newcomer.get("/account/password").text


def test_a_cpas_of_the_list_is_chosen_by_its_id(world: World) -> None:
    free = ensure_cpas(world.register, "CPAS libre (test)")
    status, _where = _create(world, username="libre", cpas=str(free))
    assert status == 303
    assert _cpas_name_of(world, "libre") == "CPAS libre (test)"


def test_another_cpas_with_its_own_administrators_is_refused(world: World) -> None:
    cpas_b = find_cpas(world.register, CPAS_B)
    status, text = _create(world, username="intruse", cpas=str(cpas_b))
    assert status == 422 and "Choisissez un CPAS de la liste" in text
    status, text = _create(world, username="intruse", new_cpas=CPAS_B)
    assert status == 422 and "ses propres administrateurs" in text
    status, text = _create(world, username="intruse", cpas="n'importe quoi")
    assert status == 422
    assert find_account(world.register, "intruse") is None


def test_a_refused_account_leaves_no_new_cpas_behind(world: World) -> None:
    before = len(list_cpas(world.register))
    admin = world.client("admin_a")
    for data in (
        {"username": "court", "password": "court"},
        {"username": "worker_a", "password": PASSWORD},  # already taken
        {"username": "deux mots", "password": PASSWORD},
        {"username": "rôle", "password": PASSWORD, "role": "chef"},
    ):
        response = admin.post(
            "/admin/users", data={"role": "social_worker", "new_cpas": "CPAS fantôme", **data}
        )
        assert response.status_code == 422, data
        # The refused form keeps what was typed, the new CPAS's name included.
        assert 'value="CPAS fantôme"' in response.text
    assert len(list_cpas(world.register)) == before


def test_an_administrator_for_a_new_cpas_hands_it_over(world: World) -> None:
    admin = world.client("admin_a", follow_redirects=False)
    response = admin.post(
        "/admin/users",
        data={
            "username": "chef_liege",
            "password": PASSWORD,
            "role": "administrator",
            "new_cpas": "CPAS de Liège (test)",
        },
    )
    assert response.status_code == 303 and response.headers["location"] == "/admin/users?created=elsewhere"
    page = unescape(admin.get(response.headers["location"]).text)
    assert "c'est lui qui en gère désormais les comptes" in page
    assert "chef_liege" not in page  # that CPAS is its own administrator's now
    assert admin.get(f"/admin/users/{world.user_id('chef_liege')}").status_code == 404
    assert _cpas_name_of(world, "chef_liege") == "CPAS de Liège (test)"


def test_the_user_page_names_the_cpas(world: World) -> None:
    page = world.client("admin_a").get(f"/admin/users/{world.user_id('worker_a')}").text
    assert CPAS_A in unescape(page)
