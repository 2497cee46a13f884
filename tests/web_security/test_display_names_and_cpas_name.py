"""Authors' display names (set by an administrator, or by the user on their own page; shown in
documents and on the case timeline, the username when none) and the administrator naming their
CPAS (the first one is called "CPAS"): the letterhead and the header follow; refusals name the
field; an administrator renames only their own CPAS."""

from __future__ import annotations

from datetime import date
from html import unescape

from security_support import CPAS_A, CPAS_B, World

from secretpro.register import record_answer
from secretpro.register.accounts import find_account
from secretpro.register.entries import cpas_name, ensure_cpas, rename_cpas
from secretpro.web.first_administrator import FIRST_CPAS

PASSWORD = "une phrase de passe bien neuve"


def test_an_administrator_gives_a_display_name_at_creation_and_later(world: World) -> None:
    admin = world.client("admin_a")
    created = admin.post(
        "/admin/users",
        data={
            "username": "marie",
            "password": PASSWORD,
            "role": "social_worker",
            "display_name": "Marie Inventée, assistante sociale",
        },
    )
    assert created.status_code == 303
    marie = find_account(world.register, "marie")
    assert marie is not None and marie.author_name == "Marie Inventée, assistante sociale"
    assert "Marie Inventée, assistante sociale" in unescape(admin.get("/admin/users").text)
    changed = admin.post(f"/admin/users/{marie.id}/display-name", data={"display_name": "Marie I."})
    assert changed.status_code == 303 and changed.headers["location"].endswith("?done=display_name")
    page = unescape(admin.get(changed.headers["location"]).text)
    assert "Nom affiché enregistré." in page and 'value="Marie I."' in page
    refused = admin.post(f"/admin/users/{marie.id}/display-name", data={"display_name": "x" * 121})
    assert refused.status_code == 422
    assert "Nom affiché : au plus 120 caractères" in unescape(refused.text)
    assert 'aria-invalid="true"' in refused.text
    too_long = admin.post(
        "/admin/users",
        data={"username": "paul", "password": PASSWORD, "role": "social_worker", "display_name": "y" * 200},
    )
    assert too_long.status_code == 422 and find_account(world.register, "paul") is None


def test_a_user_sets_their_own_display_name_and_the_timeline_and_documents_use_it(world: World) -> None:
    worker = world.client("worker_a")
    page = worker.get("/account/password").text
    assert 'action="/account/display-name"' in page
    saved = worker.post("/account/display-name", data={"display_name": "Jeanne Inventée, assistante sociale"})
    assert saved.status_code == 303
    assert "Nom affiché enregistré." in unescape(worker.get(saved.headers["location"]).text)
    account = find_account(world.register, "worker_a")
    assert account is not None
    record_answer(world.register, world.case_a, date(2025, 3, 4), "Réponse inventée", author_id=account.id)
    timeline = unescape(worker.get(f"/cases/{world.case_a}").text)
    assert "par Jeanne Inventée, assistante sociale" in timeline
    # Empty again: the username.
    worker.post("/account/display-name", data={"display_name": ""})
    assert "par worker_a" in unescape(worker.get(f"/cases/{world.case_a}").text)
    refused = worker.post("/account/display-name", data={"display_name": "z" * 121})
    assert refused.status_code == 422 and "Nom affiché : au plus 120 caractères" in unescape(refused.text)


def test_the_first_administrator_names_their_cpas(world: World) -> None:
    account = find_account(world.register, "admin_a")
    assert account is not None
    rename_cpas(world.register, account.cpas_id, FIRST_CPAS)  # as `make run` leaves it
    admin = world.client("admin_a")
    page = unescape(admin.get("/admin/users").text)
    assert "Votre CPAS s'appelle encore « CPAS »" in page
    assert page.index('id="cpas-name-heading"') < page.index("<table")  # asked first
    renamed = admin.post("/admin/cpas/name", data={"name": "  CPAS   d'Ixelles (test) "})
    assert renamed.status_code == 303
    page = unescape(admin.get(renamed.headers["location"]).text)
    assert "Nom du CPAS enregistré" in page and "Connecté : admin_a · CPAS d'Ixelles (test)" in page
    assert "s'appelle encore" not in page
    assert cpas_name(world.register, account.cpas_id) == CPAS_A
    assert world.register.verify(use_seal=False).ok


def test_a_cpas_name_refused_is_said_beside_its_field(world: World) -> None:
    admin = world.client("admin_a")
    for name, words in (
        ("", "Nom du CPAS : de 1 à 200 caractères."),
        (CPAS_B, "Nom du CPAS : un autre CPAS porte déjà ce nom."),
    ):
        refused = admin.post("/admin/cpas/name", data={"name": name})
        assert refused.status_code == 422
        page = unescape(refused.text)
        assert words in page and 'id="cpas-name-error"' in page and 'aria-invalid="true"' in page
    assert cpas_name(world.register, find_account(world.register, "admin_a").cpas_id) == CPAS_A  # type: ignore[union-attr]
    # Only administrators, and only their own CPAS.
    assert world.client("worker_a").post("/admin/cpas/name", data={"name": "Autre"}).status_code == 403
    ensure_cpas(world.register, "CPAS sans administrateur (test)")
    world.client("admin_b").post("/admin/cpas/name", data={"name": "OCMW Inventé"})
    assert cpas_name(world.register, find_account(world.register, "admin_a").cpas_id) == CPAS_A  # type: ignore[union-attr]
