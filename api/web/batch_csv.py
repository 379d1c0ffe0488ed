"""Batches in and out as CSV for ITI liaisons: an upload is checked row by row and written only
if every row is right (one transaction, rolled back on the first report of any error)."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog import access
from catalog.errors import DomainError, NotFound
from catalog.models import Batch, Course, User
from catalog.services import courses as service

from ..schemas.courses import BatchIn
from ..spreadsheet import safe_cell
from . import forms
from ..labels import N_

COLUMNS = ("course_id", "start_date", "application_deadline", "seats_total")
DOWNLOAD_COLUMNS = ("batch_id", "course_id", "course_title", "start_date",
                    "application_deadline", "seats_total", "seats_taken", "seats_available",
                    "closed")
MAX_ROWS = 1000
MAX_FIELD = 200  # characters in one value (a date, an id, a number of seats need far fewer)


@dataclass(frozen=True)
class RowError:
    line: int  # the line of the file (the header is line 1); 0 for the file as a whole
    column: str
    message: str


@dataclass
class ImportResult:
    created: list[Batch]
    errors: list[RowError]


def import_batches(session: Session, user: User, content: bytes) -> ImportResult:
    """Add a batch per row to the user's provider's courses; nothing is written unless every
    row is right. The caller commits when `errors` is empty (this function rolls back if not)."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ImportResult([], [RowError(0, "", "The file is not UTF-8 text; save it as "
                                                 "'CSV UTF-8' and upload it again.")])
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = [name.strip() for name in reader.fieldnames or []]
    except csv.Error:
        return ImportResult([], [RowError(1, "", "The first line cannot be read. It must be: "
                                          + ",".join(COLUMNS))])
    missing = [name for name in COLUMNS if name not in header]
    unknown = [name for name in header if name not in COLUMNS]
    if missing or unknown:
        message = []
        if missing:
            message.append("missing column(s): " + ", ".join(missing))
        if unknown:
            message.append("unknown column(s): " + ", ".join(unknown))
        return ImportResult([], [RowError(1, "", "; ".join(message).capitalize() + ". "
                                          "The first line must be: " + ",".join(COLUMNS))])
    reader.fieldnames = header
    created: list[Batch] = []
    errors: list[RowError] = []
    rows = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:  # a value over csv's own limit (131,072 characters), or broken quoting
            # line_num counts the lines read before the one that failed
            errors.append(RowError(reader.line_num + 1, "", "This line cannot be read: a value "
                                   f"is longer than {MAX_FIELD} characters or a quote is not "
                                   "closed."))
            break
        line = reader.line_num
        long = [name for name, value in row.items()
                if isinstance(value, str) and len(value) > MAX_FIELD]
        if long:
            errors.extend(RowError(line, name or "", f"At most {MAX_FIELD} characters.")
                          for name in long)
            continue
        values = {name: (row.get(name) or "").strip() for name in COLUMNS}
        if not any(values.values()):
            continue
        rows += 1
        if rows > MAX_ROWS:
            errors.append(RowError(line, "", f"At most {MAX_ROWS} rows in one file."))
            break
        batch, row_errors = _one_row(session, user, line, values, row.get(None))
        errors.extend(row_errors)
        if batch is not None:
            created.append(batch)
    if rows == 0 and not errors:
        errors.append(RowError(0, "", N_("The file has no rows under its header.")))
    if errors:
        session.rollback()
        return ImportResult([], errors)
    return ImportResult(created, [])


def _one_row(session, user, line, values, extra) -> tuple[Batch | None, list[RowError]]:
    if extra:
        return None, [RowError(line, "", N_("This row has more values than the header has columns."))]
    errors: list[RowError] = []
    numbers = {}
    for name in ("course_id", "seats_total"):
        try:
            if len(values[name]) > 10:  # bounded before converting: no id is longer
                raise ValueError(values[name])
            numbers[name] = int(values[name])
        except ValueError:
            errors.append(RowError(line, name, N_("Enter a whole number.") if values[name]
                                   else N_("Missing value.")))
    data = {"start_date": values["start_date"], "application_deadline":
            values["application_deadline"]}
    if "seats_total" in numbers:
        data["seats_total"] = numbers["seats_total"]
    problems: forms.Errors = {}
    loaded = forms.load(BatchIn(), data, problems)
    errors.extend(RowError(line, name, "; ".join(texts)) for name, texts in problems.items()
                  if name != "seats_total" or "seats_total" in numbers)
    course = None
    if "course_id" in numbers:
        try:
            course = access.load(session, user, Course, numbers["course_id"], write=True)
        except NotFound:
            errors.append(RowError(line, "course_id",
                                   f"Course {numbers['course_id']} is not one of your courses."))
    if errors or course is None:
        return None, errors
    try:
        return service.add_batch(session, course, loaded, user), []
    except DomainError as error:
        return None, [RowError(line, name, "; ".join(texts))
                      for name, texts in forms.domain_errors(error).items()]


def export_batches(session: Session, user: User) -> str:
    """The batches of the user's provider's courses, one per row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(DOWNLOAD_COLUMNS)
    query = (select(Batch, Course).join(Course, Batch.course_id == Course.id)
             .where(access.scope(user, Batch, write=True)).order_by(Course.id, Batch.start_date))
    for batch, course in session.execute(query):
        writer.writerow([batch.id, course.id, safe_cell(course.title),
                         batch.start_date.isoformat(),
                         batch.application_deadline.isoformat(), batch.seats_total,
                         batch.seats_taken, batch.seats_available, str(batch.closed).lower()])
    return out.getvalue()
