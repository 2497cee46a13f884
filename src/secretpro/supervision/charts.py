"""Charts as accessible SVG, drawn on the server by pygal.

Each chart is an inline ``<svg role="img">`` named by its own ``<title>`` and ``<desc>``
(``aria-labelledby``), with the values printed on the bars: it reads without JavaScript, prints,
and goes into the PDF report as it is. The page shows the same figures as a table beside it.

pygal's output is adjusted through its element tree (lxml), never as text: its ``<script>`` (the
tooltips, which would load a script from elsewhere) and its tooltip layer (an inline ``style``)
are removed, and its ``<style>`` is taken out so that the page's Content-Security-Policy (no inline
styles) holds: ``chart_css()`` gives the same rules as one stylesheet for every chart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import pygal
from lxml import etree
from markupsafe import Markup
from pygal.style import Style

SVG_NS = "http://www.w3.org/2000/svg"
_CSS_ID = "css"
# Okabe–Ito: told apart with the common colour-vision deficiencies, and in greyscale print.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif"
STYLE = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground="#1b1b1b",
    foreground_strong="#1b1b1b",
    foreground_subtle="#595959",
    opacity="1",
    opacity_hover="1",
    transition="0s",
    colors=PALETTE,
    font_family=FONT,
    title_font_family=FONT,
    label_font_family=FONT,
    major_label_font_family=FONT,
    legend_font_family=FONT,
    value_font_family=FONT,
    value_label_font_family=FONT,
    tooltip_font_family=FONT,
    no_data_font_family=FONT,
    label_font_size=13,
    major_label_font_size=13,
    legend_font_size=13,
    value_font_size=13,
    title_font_size=15,
    no_data_font_size=20,
)


@dataclass(frozen=True)
class Table:
    """The chart's figures as a table: a header row, then one row per label."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    description: str
    svg: Markup
    table: Table


def _config(
    kind: type[pygal.graph.graph.Graph], key: str, *, legend: bool, height: int
) -> pygal.graph.graph.Graph:
    chart = kind(
        style=STYLE,
        js=[],
        disable_xml_declaration=True,
        show_legend=legend,
        legend_at_bottom=True,
        legend_at_bottom_columns=2,
        print_values=True,
        print_zeroes=False,
        print_values_position="top",
        width=560,
        height=height,
        truncate_label=-1,
        truncate_legend=-1,
        show_y_guides=False,
        margin=12,
        spacing=8,
        min_scale=2,
        max_scale=6,
        no_data_text="—",
    )
    chart.uuid = key  # the root's id is "chart-<key>", stable (the page's anchors and tests rely on it)
    return chart


def _integer_axis(chart: pygal.graph.graph.Graph, values: Sequence[int | None]) -> None:
    """Counts: whole numbers on the value axis (pygal would otherwise show 0.4, 0.8…)."""
    top = max((value for value in values if value), default=0)
    step = max(1, -(-top // 5))
    if top:  # without data pygal draws its "no data" text (set to a dash: the description says it)
        chart.y_labels = list(range(0, top + step, step))


def _finish(chart: pygal.graph.graph.Graph, key: str, title: str, description: str) -> Markup:
    root = chart.render_tree()
    for element in list(root.iter()):
        if not isinstance(element.tag, str):  # comments (pygal's credits and date)
            element.getparent().remove(element)
            continue
        name = _local(element)
        classes = (element.get("class") or "").split()
        if name in ("script", "style") or "tooltip-overlay" in classes:
            element.getparent().remove(element)
        elif name == "title" and element.getparent() is root:
            root.remove(element)
        elif element.get("style") is not None:
            del element.attrib["style"]
    title_element = etree.Element("title", id=f"{key}-title")
    title_element.text = title
    desc_element = etree.Element("desc", id=f"{key}-desc")
    desc_element.text = description
    root.insert(0, desc_element)
    root.insert(0, title_element)
    root.set("id", f"chart-{key}")
    root.set("role", "img")
    root.set("aria-labelledby", f"{key}-title {key}-desc")
    root.set("class", "pygal-chart chart")
    return Markup(etree.tostring(root, encoding="unicode"))


def _local(element: etree._Element) -> str:
    # pygal creates its elements without a namespace (the root's default one applies).
    return str(etree.QName(element).localname)


def _height(count: int) -> int:
    return max(160, 70 + 38 * count)


def bar_chart(
    key: str,
    title: str,
    description: str,
    labels: Sequence[str],
    values: Sequence[int | None],
    *,
    label_header: str,
    value_header: str,
    cells: Sequence[str] | None = None,
) -> Chart:
    """One horizontal bar per label. ``None`` is a value not drawn (a suppressed cell); ``cells``
    are the table's texts when they differ from the values (``< 5``)."""
    chart = _config(pygal.HorizontalBar, key, legend=False, height=_height(len(labels)))
    # pygal draws the first label at the bottom: reversed, the chart reads in the table's order.
    chart.x_labels = list(reversed(labels))
    chart.add(value_header, list(reversed(values)))
    _integer_axis(chart, values)
    texts = cells if cells is not None else [str(v) if v is not None else "" for v in values]
    table = Table((label_header, value_header), tuple(zip(labels, texts, strict=True)))
    return Chart(key, title, description, _finish(chart, key, title, description), table)


def column_chart(
    key: str,
    title: str,
    description: str,
    labels: Sequence[str],
    values: Sequence[int | None],
    *,
    label_header: str,
    value_header: str,
    cells: Sequence[str] | None = None,
) -> Chart:
    """One column per label, left to right (months)."""
    chart = _config(pygal.Bar, key, legend=False, height=300)
    chart.x_labels = list(labels)
    chart.x_label_rotation = 30 if len(labels) > 6 else 0
    chart.add(value_header, list(values))
    _integer_axis(chart, values)
    texts = cells if cells is not None else [str(v) if v is not None else "" for v in values]
    table = Table((label_header, value_header), tuple(zip(labels, texts, strict=True)))
    return Chart(key, title, description, _finish(chart, key, title, description), table)


def stacked_chart(
    key: str,
    title: str,
    description: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[int | None]]],
    *,
    label_header: str,
    cells: Sequence[Sequence[str]] | None = None,
) -> Chart:
    """Horizontal stacked bars: one bar per label, one colour per series (with a legend)."""
    chart = _config(pygal.HorizontalStackedBar, key, legend=True, height=_height(len(labels)) + 40)
    chart.print_values_position = "center"
    chart.x_labels = list(reversed(labels))
    for name, values in series:
        chart.add(name, list(reversed(values)))
    stacks = [sum(values[index] or 0 for _name, values in series) for index in range(len(labels))]
    _integer_axis(chart, stacks)
    rows: list[tuple[str, ...]] = []
    for index, label in enumerate(labels):
        if cells is not None:
            rows.append((label, *cells[index]))
        else:
            rows.append((label, *(str(values[index] or 0) for _name, values in series)))
    table = Table((label_header, *(name for name, _values in series)), tuple(rows))
    return Chart(key, title, description, _finish(chart, key, title, description), table)


def with_stylesheet(svg: Markup) -> Markup:
    """The chart with ``chart_css()`` inside it, for renderers that style an SVG only from within
    (WeasyPrint's PDF): the web page links the stylesheet instead."""
    root = etree.fromstring(str(svg))
    defs = etree.Element("defs")
    style = etree.SubElement(defs, "style", type="text/css")
    style.text = chart_css()
    root.insert(2, defs)  # after <title> and <desc>
    return Markup(etree.tostring(root, encoding="unicode"))


@cache
def chart_css() -> str:
    """pygal's rules for every chart (the colours of up to eight series), as one stylesheet."""
    chart = _config(pygal.Bar, _CSS_ID, legend=True, height=200)
    for index in range(len(PALETTE)):
        chart.add(str(index), [1])
    root = chart.render_tree()
    texts = [
        element.text or ""
        for element in root.iter()
        if isinstance(element.tag, str) and _local(element) == "style"
    ]
    css = "\n".join(texts).replace(f"#chart-{_CSS_ID} ", "svg.pygal-chart ")
    css = css.replace(f"#chart-{_CSS_ID}", "svg.pygal-chart")
    # The tooltip rules name the layer removed above; the hover rules only matter with the script.
    return re.sub(r"-webkit-user-select:none;?", "", css)
