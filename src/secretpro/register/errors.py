"""Errors of the register.

Every message is a fixed French sentence (a gettext msgid, translated where it is shown) with no
personal data in it: an error may end up in a log, a terminal or a web page, so it names *what*
went wrong and at most an opaque identifier, never a name or a national number.
"""

from __future__ import annotations

from secretpro.i18n import N_


class RegisterError(Exception):
    """Base class: ``message`` is the msgid, ``params`` fill its ``{placeholders}``."""

    message: str = N_("Erreur du registre.")

    def __init__(self, message: str | None = None, **params: object) -> None:
        if message is not None:
            self.message = message
        self.params = params
        super().__init__(self.message.format(**params) if params else self.message)

    def translated(self, gettext: object = None) -> str:
        """The message in the language of ``gettext`` (a ``_`` function), French by default."""
        text = gettext(self.message) if callable(gettext) else self.message
        return str(text).format(**self.params) if self.params else str(text)


class KeyConfigurationError(RegisterError):
    message = N_("La clé de chiffrement du registre est absente ou invalide.")


class DecryptionError(RegisterError):
    message = N_(
        "Impossible de déchiffrer une donnée du registre : la clé de chiffrement ne correspond pas "
        "(SECRETPRO_KEY ou SECRETPRO_KEY_FILE) ou la donnée a été modifiée."
    )


class NotFoundError(RegisterError):
    message = N_("Élément introuvable dans le registre.")


class InvalidInputError(RegisterError):
    message = N_("Donnée invalide pour le registre.")


class ConflictError(RegisterError):
    message = N_("Conflit dans le registre.")


class ChainBusyError(RegisterError):
    message = N_("Le registre est occupé ; réessayez dans un instant.")
