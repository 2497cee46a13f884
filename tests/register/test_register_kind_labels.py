"""Every kind of register entry has one human label, used by the case page and the exports alike."""

from __future__ import annotations

from secretpro.register.kind_labels import ENTRY_KIND_LABELS
from secretpro.register.models import EntryKind


def test_every_entry_kind_has_a_label() -> None:
    assert {kind.value for kind in EntryKind} == set(ENTRY_KIND_LABELS)
