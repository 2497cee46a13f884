"""The web's routes: one module a group of pages, each exporting ``router`` (mounted by ``web/app.py``).

``pages`` (home, sources, language), ``interviews`` (the guided interview and its decision),
``documents`` (the documents a decision offers), ``guard`` (the guard page), ``accounts`` (login,
users, API tokens), ``cases`` (case files), ``case_exports`` (a case as PDF, the register as CSV),
``dashboard`` (the supervisors' figures and exports), ``mail_review`` (mail held by the relay) and
``api`` (the JSON API, ``/api/v1/``).
"""
