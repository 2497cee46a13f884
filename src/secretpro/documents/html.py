"""Document → HTML (the page WeasyPrint prints)."""

from __future__ import annotations

from functools import cache

import jinja2

from secretpro.documents.model import Document


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("secretpro.documents", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


@cache
def _css() -> str:
    source = _environment().loader
    assert source is not None
    return source.get_source(_environment(), "print.css")[0]


def render_html(document: Document) -> str:
    return _environment().get_template("document.html").render(doc=document, css=_css())
