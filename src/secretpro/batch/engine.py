"""Screening a table of cases: check the columns, read the facts, evaluate, count the outcomes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Any

import polars as pl

from secretpro.batch import guarantor_inquiry_classes
from secretpro.batch.case_ids import CASE_ID, WITHOUT_ID, any_without_id
from secretpro.batch.class_keys import KeyFacts, RowKeys, places, row_keys
from secretpro.batch.errors import BatchInputError
from secretpro.batch.fact_columns import (
    LazyRead,
    ReadColumn,
    category_values,
    column_query,
    few_distinct,
    finish_column,
    lazy_read,
    own_categorical,
    read_back,
    read_reference_dates,
)
from secretpro.batch.outcomes import OUTCOME_TYPE, OUTCOMES
from secretpro.batch.per_case import decide_read_row, decide_rows, error_row
from secretpro.rules import RULES, today_in_brussels
from secretpro.rules.facts import FactSpec, Kind

REFERENCE_DATE = "reference_date"
OUTPUT_COLUMNS = (CASE_ID, "outcome", REFERENCE_DATE, "missing", "reasons", "allowed_fields", "error")
PER_CASE = "per_case"
TEXT_CELLS = ("missing", "reasons", "allowed_fields", "error")
CHUNK_ROWS = 1_000_000
REFERENCE_SPEC = FactSpec(REFERENCE_DATE, Kind.DATE)


@dataclass(frozen=True)
class Classification:
    """How a rule that reads dates sorts rows column-wise into the classes it decides alike."""

    classes: Callable[[pl.LazyFrame, pl.Series, date, Sequence[str]], pl.LazyFrame]
    """The rows' ``class`` and ``per_case`` (``guarantor_inquiry_classes.classes``)."""
    checked_only: frozenset[str]
    """Facts the rule only checks (a bad cell is already the row's error): left out of the row
    decided for each class, and of the rows' keys."""
    key_facts: KeyFacts
    """What ``classes`` reads of a row (``class_keys``): it runs on one row per distinct key."""


CLASSIFIED = {
    "guarantor-inquiry": Classification(
        guarantor_inquiry_classes.classes,
        guarantor_inquiry_classes.CHECKED_ONLY,
        guarantor_inquiry_classes.KEY_FACTS,
    )
}

Progress = Callable[[int], None]


@dataclass(frozen=True)
class BatchResult:
    table: pl.DataFrame
    """One row per case, in the input's order, with ``OUTPUT_COLUMNS``."""
    counts: dict[str, int]
    """Rows per outcome (``error`` included), in the order of ``OUTCOMES``."""


def expected_columns(rule: str) -> tuple[str, ...]:
    return (CASE_ID, *(spec.name for spec in RULES[rule].facts), REFERENCE_DATE)


def cell_dtypes(rule: str, columns: Sequence[str]) -> dict[str, pl.DataType]:
    """How the CSV reader should hold each column: text, or ``Categorical`` (categories of its own)
    for the facts with few distinct cells, which the rows' keys read by category."""
    specs = {spec.name: spec for spec in RULES[rule].facts}
    return {
        name: own_categorical(name)
        for name in columns
        if name == REFERENCE_DATE or (name in specs and few_distinct(specs[name]))
    }


def check_columns(rule: str, columns: Sequence[str]) -> None:
    """A missing ``case_id``, an unknown or a repeated column is bad input for the whole file."""
    if rule not in RULES:
        raise BatchInputError("RULE", "unknown rule (expected one of " + ", ".join(RULES) + ")")
    known = expected_columns(rule)
    seen: set[str] = set()
    for name in columns:
        if name not in known:
            raise BatchInputError(
                name, "unknown column (expected case_id and facts among " + ", ".join(known[1:]) + ")"
            )
        if name in seen:
            raise BatchInputError(name, "column appears twice")
        seen.add(name)
    if CASE_ID not in seen:
        raise BatchInputError(CASE_ID, "missing column (each row needs a case identifier)")


def _classify_chunk(
    rule: str, chunk: pl.DataFrame, on_date: date | None, today: date, messages: pl.DataType
) -> pl.LazyFrame:
    """The facts read column-wise (a bad cell makes its row's ``error``) and each row's class."""
    height = chunk.height
    reference = read_reference_dates(
        chunk[REFERENCE_DATE] if REFERENCE_DATE in chunk.columns else None, on_date, today, height
    )
    reads = [
        LazyRead.of(ReadColumn(reference.values.alias(REFERENCE_DATE), reference.errors), messages),
        *(
            lazy_read(spec, chunk[spec.name] if spec.name in chunk.columns else None, messages)
            for spec in RULES[rule].facts
        ),
    ]
    errors = [read.error for read in reads if read.error is not None]
    cases = (
        pl.DataFrame([chunk[CASE_ID], *(series for read in reads for series in read.inputs)], height=height)
        .lazy()
        .with_columns(
            *(read.value for read in reads),
            (pl.coalesce(errors) if errors else pl.lit(None, dtype=messages)).alias("error"),
        )
    )
    # The facts as read are kept: one row of each class is decided from them (``_decide_each_class``).
    facts = tuple(spec.name for spec in RULES[rule].facts if spec.name in chunk.columns)
    return CLASSIFIED[rule].classes(
        cases, reference.values, today, (CASE_ID, REFERENCE_DATE, "error", *facts)
    )


def _decide_by_key(
    rule: str, chunk: pl.DataFrame, on_date: date | None, today: date, messages: pl.DataType
) -> tuple[pl.DataFrame, bool]:
    """Each row's result, from one row of each distinct key (``class_keys``: what the rule reads
    of the row): the rule's own ``decide`` on that row (``_decide_each_key``) or, for a rule that
    reads dates (``CLASSIFIED``: nearly every row has a key of its own), on one row of each class
    those rows fall in (``_classify_chunk``, ``_decide_each_class``). Every row takes the result of
    its key's row; rows left to ``decide`` alone come out with ``per_case`` true. Also: whether a
    row has no ``case_id``.

    The facts the rule only checks (national numbers: as many distinct cells as rows) are read
    beside the keys and join the rows' errors at the end: they are in no key, and no class depends
    on them."""
    classification = CLASSIFIED.get(rule)
    present = [spec for spec in RULES[rule].facts if spec.name in chunk.columns]
    checked_only = classification.checked_only if classification is not None else frozenset()
    checked = [spec for spec in present if spec.name in checked_only]
    keyed = [spec for spec in present if spec not in checked]
    reads, keys = _keys(rule, chunk, keyed, on_date, today, messages)
    key_table = _frame(chunk.height, *_inputs(reads), *keys.inputs).select(keys.key.alias("key")).collect()
    with ThreadPoolExecutor(max_workers=1) as pool:
        # The column-wise pass over the checked facts' cells, then the look for rows without a
        # case_id, run on Polars' threads while this one decides (``decide`` is Python: they overlap).
        settled = pool.submit(pl.collect_all, [column_query(spec, chunk[spec.name]) for spec in checked])
        no_id = pool.submit(any_without_id, chunk[CASE_ID])
        firsts, at = places(key_table["key"], keys.count)
        # Dropped before the gather: the reader's columns come in dozens of chunks, where a gather
        # costs about 0.6 ms a column for ten thousand rows.
        chosen = chunk.drop(spec.name for spec in checked)[firsts]
        if classification is not None:
            classified = _classify_chunk(rule, chosen, on_date, today, messages).collect()
            decided = _decide_each_class(rule, classified, today)
        else:
            decided = _decide_each_key(rule, _chosen_facts(reads, keyed, firsts), today, messages)
        for spec, frame in zip(checked, settled.result(), strict=True):
            reads[spec.name] = LazyRead.of(finish_column(spec, chunk[spec.name], frame), messages)
    # The row's first bad cell, in the rule's order of facts (as ``decide`` reports it).
    errors = [reads[name].error for name in (REFERENCE_DATE, *(spec.name for spec in present))]
    unkeyed_errors = any(reads[spec.name].error is not None for spec in checked)
    table = _results_by_key(
        chunk[CASE_ID], at, reads, [error for error in errors if error is not None], decided, unkeyed_errors
    )
    return table.collect(), no_id.result()


def _keys(
    rule: str,
    chunk: pl.DataFrame,
    keyed: list[FactSpec],
    on_date: date | None,
    today: date,
    messages: pl.DataType,
) -> tuple[dict[str, LazyRead], RowKeys]:
    """The reference date and the ``keyed`` facts read (their values and errors, lazily), and the
    rows' keys: those facts, the reference date when rows have their own, a bad cell."""
    raw_reference = chunk[REFERENCE_DATE] if REFERENCE_DATE in chunk.columns else None
    reference = read_reference_dates(raw_reference, on_date, today, chunk.height)
    reads = {
        REFERENCE_DATE: LazyRead.of(
            ReadColumn(reference.values.alias(REFERENCE_DATE), reference.errors), messages
        ),
        **{spec.name: lazy_read(spec, chunk[spec.name], messages) for spec in keyed},
    }
    own_references = raw_reference is not None and on_date is None
    if raw_reference is not None and own_references:
        _, days, _ = category_values(REFERENCE_SPEC, raw_reference)
        references = sorted({today, *(day for day in days.to_list() if day is not None)})
    else:
        references = [on_date or today]
    classification = CLASSIFIED.get(rule)
    keys = row_keys(
        classification.key_facts if classification is not None else None,
        keyed,
        {spec.name: chunk[spec.name] for spec in keyed},
        references,
        raw_reference,
        own_references,
        today,
    )
    return reads, keys


def _frame(height: int, *columns: pl.Series) -> pl.LazyFrame:
    """The columns a query reads, each once (a fact's cells may serve its read and its key)."""
    return pl.DataFrame(list({column.name: column for column in columns}.values()), height=height).lazy()


def _results_by_key(
    case_ids: pl.Series,
    at: pl.Series,
    reads: dict[str, LazyRead],
    errors: list[pl.Expr],
    decided: pl.DataFrame,
    unkeyed_errors: bool,
) -> pl.LazyFrame:
    """Every row's result: its first bad cell makes it an error; else its key's result (``at``: the
    place of the row's key among the rows ``decided``). ``unkeyed_errors``: some bad cells are in
    facts outside the keys (``Classification.checked_only``)."""
    read_ok = pl.col("row error").is_null()

    def of_key(name: str) -> pl.Expr:
        """The result of the row's key (rows with a bad cell have keys of their own); a column no
        key fills is not gathered row by row."""
        values = decided[name]
        if values.null_count() == values.len() or (values.dtype == pl.Boolean and not values.any()):
            return pl.lit(None if values.dtype != pl.Boolean else False, dtype=values.dtype)
        return pl.lit(values).gather(pl.col("at"))

    def cell(name: str) -> pl.Expr:
        """A text cell of the row's key. A key with a bad cell decides no text cell, but a bad cell
        outside the keys (a national number) makes an error of a row whose key was decided: its
        cells are blanked, as ``decide`` leaves them for a bad cell (only when there is one: a pass
        over every row)."""
        return pl.when(read_ok).then(of_key(name)) if unkeyed_errors else of_key(name)

    row_error = pl.coalesce(errors) if errors else pl.lit(None, dtype=decided.schema["error"])
    return (
        _frame(case_ids.len(), case_ids, at, *_inputs(reads))
        .with_columns(row_error.alias("row error"))
        .with_columns(
            pl.when(read_ok)
            .then(of_key("outcome"))
            .otherwise(pl.lit("error", dtype=OUTCOME_TYPE))
            .alias("outcome")
        )
        .select(
            CASE_ID,
            "outcome",
            pl.when(read_ok & (pl.col("outcome") != "error"))
            .then(pl.col(REFERENCE_DATE))
            .alias(REFERENCE_DATE),
            *(cell(name).alias(name) for name in TEXT_CELLS[:-1]),
            pl.coalesce(pl.col("row error"), of_key("error")).alias("error"),
            (read_ok & of_key(PER_CASE).fill_null(False)).alias(PER_CASE),
        )
    )


def _inputs(reads: dict[str, LazyRead]) -> list[pl.Series]:
    return [series for read in reads.values() for series in read.inputs]


def _by_class(values: list[str | None], dtype: pl.DataType | None = None) -> pl.Series:
    """One value per class decided; text as an ``Enum`` of its few distinct values (a row then holds
    a small code, not a copy of the text)."""
    kinds = dtype or pl.Enum(sorted({value for value in values if value is not None}))
    return pl.Series(values, dtype=pl.String).cast(kinds)


def _decide_each_class(rule: str, table: pl.DataFrame, today: date) -> pl.DataFrame:
    """The rule's own ``decide`` on one row of each class; every row of the class gets its result.

    A row with a bad cell is an error, with no message here: every row takes its own first bad cell
    (``_results_by_key``), so ``error`` holds only the errors ``decide`` finds in facts read well
    (often none: then no row gathers it). A row left to ``decide`` alone (``per_case``) gets its
    result from ``_decide_left_rows``."""
    read_ok = pl.col("error").is_null()
    table = table.with_columns((pl.col(PER_CASE) & read_ok).alias(PER_CASE))
    decided_alike = read_ok & ~pl.col(PER_CASE)
    firsts = (
        table.lazy()
        .with_row_index("row")
        .filter(decided_alike)
        .group_by("class")
        .agg(pl.col("row").first())
        .collect()
    )
    decided = _decide_read_rows(rule, table[firsts["row"]], today)
    column = {name: [row[name] for row in decided] for name in ("outcome", *TEXT_CELLS)}
    # Each row's place among the classes decided, or null (a bad cell, or left to ``decide`` alone).
    at = pl.col("at")
    outcome = pl.col("class_outcome")
    return (
        table.lazy()
        .with_columns(
            pl.when(decided_alike)
            .then(pl.col("class").replace_strict(firsts["class"], range(firsts.height), default=None))
            .cast(pl.UInt32)
            .alias("at")
        )
        .with_columns(pl.lit(_by_class(column["outcome"], OUTCOME_TYPE)).gather(at).alias("class_outcome"))
        .select(
            CASE_ID,
            pl.when(read_ok).then(outcome).otherwise(pl.lit("error", dtype=OUTCOME_TYPE)).alias("outcome"),
            pl.when(read_ok & (outcome != "error")).then(pl.col(REFERENCE_DATE)).alias(REFERENCE_DATE),
            *(pl.lit(_by_class(column[name])).gather(at).alias(name) for name in TEXT_CELLS[:-1]),
            pl.lit(_by_class(column["error"], table.schema["error"])).gather(at).alias("error"),
            PER_CASE,
        )
        .collect()
    )


def _chosen_facts(reads: dict[str, LazyRead], keyed: list[FactSpec], firsts: pl.Series) -> pl.DataFrame:
    """The rows at ``firsts`` as read: the ``keyed`` facts' typed values, the reference date, and the
    row's first bad cell (``error``), in the rule's order of facts (as ``decide`` reports it)."""
    names = (REFERENCE_DATE, *(spec.name for spec in keyed))
    errors = [error.cast(pl.String) for name in names if (error := reads[name].error) is not None]
    columns = list({series.name: series.gather(firsts) for series in _inputs(reads)}.values())
    return (
        pl.DataFrame(columns, height=firsts.len())
        .lazy()
        .select(
            *(reads[name].value.alias(name) for name in names),
            (pl.coalesce(errors) if errors else pl.lit(None, dtype=pl.String)).alias("error"),
        )
        .collect()
    )


def _decide_read_rows(rule: str, facts: pl.DataFrame, today: date) -> list[dict[str, Any]]:
    """``decide_read_row`` on each row of ``facts`` (the rule's facts as the batch read them, each
    distinct cell once: columns named after the facts, a fact without a column unknown; the row's
    ``reference_date``; its first bad cell, ``error``, which is the row's result)."""
    specs = RULES[rule].facts
    present = [spec.name for spec in specs if spec.name in facts.columns]
    unknown = {spec.name: None for spec in specs if spec.name not in facts.columns}
    lists = [spec for spec in specs if spec.kind is Kind.CHOICES and spec.name in facts.columns]
    decided = []
    for *cells, day, error in facts.select(*present, REFERENCE_DATE, "error").iter_rows():
        if error is not None:
            decided.append(error_row(str(error)))
            continue
        values = dict(zip(present, cells, strict=True)) | unknown
        for spec in lists:
            values[spec.name] = read_back(spec, values[spec.name])
        decided.append(decide_read_row(rule, values, day, today))
    return decided


def _decide_each_key(rule: str, chosen: pl.DataFrame, today: date, messages: pl.DataType) -> pl.DataFrame:
    """The rule's own evaluation on each row of ``chosen`` (one row per key, as read:
    ``_chosen_facts``), in the columns ``_decide_by_key`` gathers from: R2–R5's facts are yes/no
    answers and short lists, so a million rows hold a few hundred keys at most."""
    decided = _decide_read_rows(rule, chosen, today)
    column = {name: [row[name] for row in decided] for name in ("outcome", *TEXT_CELLS)}
    return pl.DataFrame(
        [
            _by_class(column["outcome"], OUTCOME_TYPE).alias("outcome"),
            *(_by_class(column[name]).alias(name) for name in TEXT_CELLS[:-1]),
            _by_class(column["error"], messages).alias("error"),
            pl.Series(PER_CASE, [False] * len(decided), dtype=pl.Boolean),
        ]
    )


def _decide_left_rows(
    rule: str, table: pl.DataFrame, chunk: pl.DataFrame, on_date: date | None, today: date
) -> pl.DataFrame:
    """The rows the column-wise evaluation leaves to the per-case rule (contradictions and other rare
    cases), decided with ``decide`` and put back in place."""
    if PER_CASE not in table.columns:
        return table
    left = table[PER_CASE].fill_null(False)
    # The columns without ``per_case``: measured on a million rows, ``drop`` took 12–16 ms here and
    # rebuilding the frame from its other columns 0.1 ms.
    table = pl.DataFrame([column for column in table.get_columns() if column.name != PER_CASE])
    if not left.any():
        return table
    positions = left.arg_true()
    rows = chunk[positions].drop(CASE_ID).iter_rows(named=True)
    decided = decide_rows(rule, rows, on_date, today)
    # Per-case cells may be texts the column-wise tables do not hold: those columns become text.
    table = table.with_columns(pl.col(name).cast(pl.String) for name in TEXT_CELLS)
    for name in OUTPUT_COLUMNS[1:]:
        dtype = table.schema[name]
        values = pl.Series(name, [row[name] for row in decided])
        values = values.cast(pl.Date) if dtype == pl.Date else values.cast(pl.String).cast(dtype)
        table = table.with_columns(table[name].scatter(positions, values))
    return table


def _screen_chunk(
    rule: str, chunk: pl.DataFrame, on_date: date | None, today: date, messages: pl.DataType
) -> tuple[pl.DataFrame, dict[str, int]]:
    """One chunk's result rows (a row without ``case_id`` is an error) and its outcomes counted."""
    no_id = WITHOUT_ID
    table, any_no_id = _decide_by_key(rule, chunk, on_date, today, messages)
    table = _decide_left_rows(rule, table, chunk, on_date, today)
    if any_no_id:  # rare: rewrite those rows only then
        table = table.with_columns(
            *(pl.when(no_id).then(None).otherwise(pl.col(name)).alias(name) for name in OUTPUT_COLUMNS[2:-1]),
            pl.when(no_id)
            .then(pl.lit("error", dtype=OUTCOME_TYPE))
            .otherwise(pl.col("outcome"))
            .alias("outcome"),
            pl.when(no_id)
            .then(pl.lit(f"{CASE_ID}: empty (each row needs a case identifier)", dtype=table.schema["error"]))
            .otherwise(pl.col("error"))
            .alias("error"),
        )
    # One comparison per outcome: a pass over the codes each, cheaper than grouping a million rows.
    outcome = table["outcome"]
    found = {name: int((outcome == name).sum()) for name in OUTCOMES}
    return table, found


def screen(
    rule: str,
    cases: pl.DataFrame,
    on_date: date | None = None,
    *,
    today: date | None = None,
    progress: Progress | None = None,
    chunk_rows: int = CHUNK_ROWS,
) -> BatchResult:
    """Evaluate ``rule`` on every row of ``cases`` (text columns, String or Categorical: ``case_id``
    and facts).

    Raises ``BatchInputError`` for a bad header; a bad cell only makes its own row an ``error``.
    """
    check_columns(rule, cases.columns)
    day = today or today_in_brussels()
    cases = cases.with_columns(
        pl.col(name).cast(pl.String)
        for name, dtype in cases.schema.items()
        if not isinstance(dtype, (pl.String, pl.Categorical))
    )
    # The error messages of the classified rows: one Categorical for the whole table (few distinct texts).
    messages = own_categorical("error")
    parts = []
    for offset in range(0, max(cases.height, 1), chunk_rows):
        chunk = cases.slice(offset, chunk_rows)
        # Each chunk is one lazy query, which Polars runs on every core.
        parts.append(_screen_chunk(rule, chunk, on_date, day, messages))
        if progress is not None:
            progress(chunk.height)
    tables = [part for part, _ in parts]
    if len({tuple(part.schema.items()) for part in tables}) > 1:
        # A chunk with rows decided case by case holds those cells as text: so must the others.
        tables = [part.with_columns(pl.col(name).cast(pl.String) for name in TEXT_CELLS) for part in tables]
    table = pl.concat(tables, rechunk=False) if len(tables) > 1 else tables[0]
    counts = {outcome: sum(found.get(outcome, 0) for _, found in parts) for outcome in OUTCOMES}
    return BatchResult(table, counts)
