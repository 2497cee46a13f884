"""Bad input for a whole batch (not one row): unreadable file, unknown column… → exit status 2."""

from __future__ import annotations


class BatchInputError(ValueError):
    """One field (a column, ``--date``, the file itself) and one plain message, no personal data."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
