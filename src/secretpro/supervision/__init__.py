"""The supervisor's view: figures of one CPAS's register (``figures``), their charts (``charts``),
exports people open (``exports``), the monthly report (``report``) and the anonymised statistics
several CPAS can pool (``stats``).

Figures read only the clear parts of entry payloads (rule, outcome, requester, step, dates): no
identity is decrypted, so nothing here can put a name or a national number on a page or in a file.
"""

from __future__ import annotations

from .figures import Awaiting, Figures, Filters, compute_figures

__all__ = ["Awaiting", "Figures", "Filters", "compute_figures"]
