"""The figures of one CPAS (SQLite and PostgreSQL), small-cell suppression, the export log's MAC."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import update
from supervision_testdata import Populated

from secretpro.register import Register
from secretpro.register import entries as E
from secretpro.register.models import ExportKind, ExportRecord
from secretpro.rules import today_in_brussels
from secretpro.supervision import Filters, compute_figures
from secretpro.supervision.audit import check_export_log, record_export
from secretpro.supervision.suppression import suppress

LATER = today_in_brussels() + timedelta(days=45)


def test_requests_decisions_refusals_and_workers(register: Register, populated: Populated) -> None:
    figures = compute_figures(register, populated.cpas_id, Filters(), LATER)
    assert figures.requests_by_requester == {"office_des_etrangers": 7, "police": 2, "prosecutor_or_judge": 1}
    assert figures.requests_by_month == {"2026-01": 2, "2026-02": 6, "2026-03": 2}
    assert figures.decisions == {
        ("incoming-request", "forbidden"): 6,
        ("incoming-request", "allowed"): 1,
        ("guarantor-inquiry", "forbidden"): 1,
    }
    # The decisive step is recorded with each decision and counted for refusals.
    assert figures.refusals_by_reason == {"R3.2": 6, "R1.2": 1}
    assert figures.cases_per_worker == {populated.worker_id: 1, populated.colleague_id: 2}
    # The letter of the first case was never answered; the second one was.
    assert [a.case_id for a in figures.awaiting] == [populated.cases[0]]
    assert compute_figures(register, populated.cpas_id, Filters(awaited_days=365), LATER).awaiting == []


def test_filters(register: Register, populated: Populated) -> None:
    february = Filters(start=date(2026, 2, 1), end=date(2026, 2, 28), requester="office_des_etrangers")
    figures = compute_figures(register, populated.cpas_id, february, LATER)
    assert figures.requests_by_requester == {"office_des_etrangers": 4}
    assert figures.decisions == {}  # decided today: outside February
    assert compute_figures(
        register, populated.cpas_id, Filters(rule="guarantor-inquiry"), LATER
    ).decisions == {("guarantor-inquiry", "forbidden"): 1}
    colleague = compute_figures(register, populated.cpas_id, Filters(worker=populated.colleague_id), LATER)
    assert colleague.requests_by_requester == {"police": 2, "prosecutor_or_judge": 1}
    assert colleague.awaiting == []


def test_a_correction_replaces_the_figures_of_what_it_corrects(
    register: Register, populated: Populated
) -> None:
    case = populated.cases[1]
    entry = E.record_request(
        register, case, "incoming", {"requester": "police"}, received_on=date(2026, 3, 2)
    )
    E.record_correction(register, entry, {"request": {"requester": "other"}, "date": "2026-03-02"})
    figures = compute_figures(register, populated.cpas_id, Filters(), LATER)
    assert figures.requests_by_requester["police"] == 2
    assert figures.requests_by_requester["other"] == 1


def test_the_other_cpas_is_apart(register: Register, populated: Populated) -> None:
    figures = compute_figures(register, populated.other_cpas_id, Filters(), LATER)
    assert figures.requests_by_requester == {"police": 1}
    assert figures.decisions == {}


def test_small_cells_are_suppressed_with_a_second_cell_when_one_could_be_recovered() -> None:
    assert suppress([12, 0, 7]) == [12, 0, 7]
    assert suppress([12, 3, 7]) == [12, None, None]
    assert suppress([12, 3, 2, 7]) == [12, None, None, 7]
    assert suppress([4]) == [None]


def test_an_edited_export_row_is_caught(register: Register, populated: Populated) -> None:
    record = record_export(
        register,
        kind=ExportKind.ENTRIES_CSV,
        cpas_id=populated.cpas_id,
        user_id=populated.supervisor_id,
        filters={"rule": None},
        rows=3,
        content=b"a;b",
    )
    assert check_export_log(register) == []
    with register.engine.begin() as connection:
        connection.execute(update(ExportRecord).where(ExportRecord.id == record).values(user_id=None))
    assert check_export_log(register) == [record]


def test_charts_of_an_empty_period() -> None:
    from secretpro.supervision.charts import bar_chart, column_chart, stacked_chart

    assert "No data" not in stacked_chart("a", "A", "d", [], [], label_header="R").svg
    assert "<title" in bar_chart("b", "B", "d", [], [], label_header="R", value_header="V").svg
    assert "<desc" in column_chart("c", "C", "d", [], [], label_header="R", value_header="V").svg
