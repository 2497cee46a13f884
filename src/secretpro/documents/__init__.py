"""Documents a decision calls for: one model (``model.py``), built per kind in the worker's language,
rendered to HTML, PDF (WeasyPrint) and DOCX (python-docx), and checked by the guard before it is
offered (``guarding.py``)."""
