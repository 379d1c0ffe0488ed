"""Batches in and out as CSV for ITI liaisons. A downloaded file uploads again: a row with a
`batch_id` updates that batch (one of the liaison's own), a row without one adds a batch. The
upload is checked row by row and written only if every row is right (one transaction, rolled
back on any error); each error names its line and column.

A new row for a course that already has a batch starting that day (in the database or on an
earlier line of the file) is a duplicate; a date before India's today is refused when it is new
(an unchanged date of a batch that has started uploads again as it is)."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog import access
from catalog.clock import local_date
from catalog.errors import DomainError, NotFound
from catalog.models import Batch, Course, User
from catalog.services import courses as service

from ..i18n import gettext as _
from ..labels import N_
from ..schemas.courses import BatchIn, BatchPatch
from ..spreadsheet import safe_cell
from . import forms

COLUMNS = ("course_id", "start_date", "application_deadline", "seats_total")
DOWNLOAD_COLUMNS = ("batch_id", "course_id", "course_title", "start_date",
                    "application_deadline", "seats_total", "seats_taken", "seats_available",
                    "closed")
# Read on upload when present; the others of the download are shown, not read.
OPTIONAL = ("batch_id", "closed")
READ_ONLY = ("course_title", "seats_taken", "seats_available")
MAX_ROWS = 1000
MAX_FIELD = 200  # characters in one value (a date, an id, a number of seats need far fewer)
BOOLEANS = {"true": True, "false": False, "": None}


@dataclass(frozen=True)
class RowError:
    line: int  # the line of the file (the header is line 1); 0 for the file as a whole
    column: str
    message: str


@dataclass
class ImportResult:
    created: list[Batch]
    errors: list[RowError]
    updated: list[Batch] | None = None


@dataclass
class _Upload:
    """What one upload has seen so far: the lines of its new batches and of its batch ids."""
    session: Session
    user: User
    now: datetime
    new_rows: dict[tuple[int, date], int]
    batch_lines: dict[int, int]
    courses: dict[int, Course | None]  # by id, as loaded (None: not one of hers)


def import_batches(session: Session, user: User, content: bytes, *,
                   now: datetime) -> ImportResult:
    """Add or update a batch per row of the user's provider's courses; nothing is written unless
    every row is right. The caller commits when `errors` is empty (this function rolls back if
    not)."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ImportResult([], [RowError(0, "", _(
            "The file is not UTF-8 text; save it as 'CSV UTF-8' and upload it again."))])
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header_error = _read_header(reader)
    if header_error is not None:
        return ImportResult([], [header_error])
    service.lock_courses(session, user.organisation_id)
    upload = _Upload(session, user, now, {}, {}, {})
    created, updated, errors = _read_rows(upload, reader)
    if not created and not updated and not errors:
        errors.append(RowError(0, "", N_("The file has no rows under its header.")))
    if errors:
        session.rollback()
        return ImportResult([], errors)
    return ImportResult(created, [], updated)


def _read_header(reader: csv.DictReader) -> RowError | None:
    try:
        header = [name.strip() for name in reader.fieldnames or []]
    except csv.Error:
        header = None
    expected = ",".join(COLUMNS)
    if header is None:
        return RowError(1, "", _("The first line cannot be read. It must be: %(columns)s",
                                 columns=expected))
    known = (*COLUMNS, *OPTIONAL, *READ_ONLY)
    missing = [name for name in COLUMNS if name not in header]
    # a spreadsheet may save empty columns after the last (",,,"): their values are not read
    unknown = [name for name in header if name and name not in known]
    twice = sorted({name for name in header if name and header.count(name) > 1})
    problems = []
    if missing:
        problems.append(_("Missing column(s): %(names)s.", names=", ".join(missing)))
    if unknown:
        problems.append(_("Unknown column(s): %(names)s.", names=", ".join(
            safe_cell(name[:40]) for name in unknown[:10])))
    if twice:
        problems.append(_("Column(s) named twice: %(names)s.", names=", ".join(twice)))
    if problems:
        return RowError(1, "", " ".join(problems) + " " + _(
            "The first line must be: %(columns)s (as downloaded, with batch_id, also works).",
            columns=expected))
    reader.fieldnames = header
    return None


def _read_rows(upload: _Upload, reader: csv.DictReader):
    created: list[Batch] = []
    updated: list[Batch] = []
    errors: list[RowError] = []
    rows = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:  # a value over csv's own limit (131,072 characters), or broken quoting
            # line_num counts the lines read before the one that failed
            errors.append(RowError(reader.line_num + 1, "", _(
                "This line cannot be read: a value is longer than %(max)s characters or a "
                "quote is not closed.", max=MAX_FIELD)))
            break
        line = reader.line_num
        if row.get(None):
            errors.append(RowError(line, "", N_(
                "This row has more values than the header has columns.")))
            continue
        long = [name for name, value in row.items()
                if isinstance(value, str) and len(value) > MAX_FIELD]
        if long:
            errors.extend(RowError(line, name, _("At most %(max)s characters.", max=MAX_FIELD))
                          for name in long)
            continue
        values = {name: (row.get(name) or "").strip() for name in (*COLUMNS, *OPTIONAL)}
        if not any(values.values()):
            continue
        rows += 1
        if rows > MAX_ROWS:
            errors.append(RowError(line, "", _("At most %(max)s rows in one file.",
                                               max=MAX_ROWS)))
            break
        batch, is_new, row_errors = _one_row(upload, line, values)
        errors.extend(row_errors)
        if batch is not None:
            (created if is_new else updated).append(batch)
    return created, updated, errors


def _numbers(line: int, values: dict) -> tuple[dict[str, int], list[RowError]]:
    numbers: dict[str, int] = {}
    errors: list[RowError] = []
    for name in ("batch_id", "course_id", "seats_total"):
        raw = values[name]
        if not raw and name == "batch_id":
            continue
        # bounded before converting (no id is longer); ASCII digits only, as a sheet writes them
        if raw.isascii() and raw.isdigit() and len(raw) <= 9:
            numbers[name] = int(raw)
        else:
            errors.append(RowError(line, name, _("Enter a whole number.") if raw
                                   else _("Missing value.")))
    if values["closed"].lower() not in BOOLEANS:
        errors.append(RowError(line, "closed", _("Write true or false, or leave it empty.")))
    return numbers, errors


def _one_row(upload: _Upload, line: int, values: dict
             ) -> tuple[Batch | None, bool, list[RowError]]:
    numbers, errors = _numbers(line, values)
    data = {"start_date": values["start_date"],
            "application_deadline": values["application_deadline"]}
    if "seats_total" in numbers:
        data["seats_total"] = numbers["seats_total"]
    closed = BOOLEANS.get(values["closed"].lower())
    if closed is not None:
        data["closed"] = closed
    is_new = not values["batch_id"]
    problems: forms.Errors = {}
    loaded = forms.load(BatchIn() if is_new else BatchPatch(), data, problems)
    errors.extend(RowError(line, name, "; ".join(texts)) for name, texts in problems.items()
                  if name in data)
    course = _course(upload, line, numbers, errors)
    if errors or course is None:
        return None, is_new, errors
    if is_new:
        return _add(upload, line, course, loaded)
    return _update(upload, line, numbers["batch_id"], course, loaded)


def _course(upload: _Upload, line: int, numbers: dict, errors: list) -> Course | None:
    """The row's course, loaded once per upload however many rows name it."""
    if "course_id" not in numbers:
        return None
    course_id = numbers["course_id"]
    if course_id not in upload.courses:
        try:
            upload.courses[course_id] = access.load(upload.session, upload.user, Course,
                                                    course_id, write=True)
        except NotFound:
            upload.courses[course_id] = None
    if upload.courses[course_id] is None:
        errors.append(RowError(line, "course_id", _(
            "Course %(id)s is not one of your courses.", id=course_id)))
    return upload.courses[course_id]


def _add(upload: _Upload, line: int, course: Course, loaded: dict):
    errors: list[RowError] = []
    try:
        service.check_batch_dates(loaded, local_date(upload.now))
    except DomainError as error:
        errors.extend(_refusals(line, error))
    key = (course.id, loaded["start_date"])
    existing = service.duplicate_batch(upload.session, course.id, loaded["start_date"])
    if key in upload.new_rows:
        errors.append(RowError(line, "start_date", _(
            "Duplicate of line %(line)s: the same course and start date.",
            line=upload.new_rows[key])))
    elif existing is not None:
        errors.append(RowError(line, "start_date", _(
            "Course %(course)s already has batch %(batch)s starting that day: to change it, "
            "write %(batch)s in batch_id.", course=course.id, batch=existing.id)))
    upload.new_rows.setdefault(key, line)
    if errors:
        return None, True, errors
    try:
        return service.add_batch(upload.session, course, loaded, upload.user,
                                 now=upload.now, refuse_past=True), True, []
    except DomainError as error:
        return None, True, _refusals(line, error)


def _update(upload: _Upload, line: int, batch_id: int, course: Course, loaded: dict):
    if batch_id in upload.batch_lines:
        return None, False, [RowError(line, "batch_id", _(
            "Batch %(batch)s is already on line %(line)s.", batch=batch_id,
            line=upload.batch_lines[batch_id]))]
    upload.batch_lines[batch_id] = line
    try:
        batch = access.load(upload.session, upload.user, Batch, batch_id, write=True)
    except NotFound:
        return None, False, [RowError(line, "batch_id", _(
            "Batch %(batch)s is not one of your batches.", batch=batch_id))]
    if batch.course_id != course.id:
        return None, False, [RowError(line, "course_id", _(
            "Batch %(batch)s belongs to course %(course)s; a batch cannot move to another "
            "course.", batch=batch.id, course=batch.course_id))]
    try:
        return service.update_batch(upload.session, batch, loaded, upload.user,
                                    now=upload.now, refuse_past=True), False, []
    except DomainError as error:
        return None, False, _refusals(line, error)


def _refusals(line: int, error: DomainError) -> list[RowError]:
    blamed = "seats_total" if error.reason == "seats_below_taken" else ""
    return [RowError(line, blamed if name == "_form" else name, "; ".join(texts))
            for name, texts in forms.domain_errors(error).items()]


def export_batches(session: Session, user: User) -> str:
    """The batches of the user's provider's courses, one per row; it uploads again as it is."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(DOWNLOAD_COLUMNS)
    query = (select(Batch, Course).join(Course, Batch.course_id == Course.id)
             .where(access.scope(user, Batch, write=True))
             .order_by(Course.id, Batch.start_date, Batch.id))
    for batch, course in session.execute(query):
        writer.writerow([batch.id, course.id, safe_cell(course.title),
                         batch.start_date.isoformat(),
                         batch.application_deadline.isoformat(), batch.seats_total,
                         batch.seats_taken, batch.seats_available, str(batch.closed).lower()])
    return out.getvalue()
