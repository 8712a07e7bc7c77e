"""Reading an uploaded spreadsheet of units' quarterly introductions, and importing it.

An import is all or nothing: every problem is reported with its row and column, in
Vietnamese, and nothing is saved while any remains. A row whose person the unit has
already introduced for the quarter is skipped, so importing a file twice adds nothing.
The file is read within bounds of size, rows and cell length (`uploaded_sheets`), and
reading stops at the first introduction past the limit. The import runs in the task
worker (`introduction_import_jobs`).
"""

import itertools
from dataclasses import dataclass, field
from pathlib import PurePath

from django.db import IntegrityError, transaction
from django.utils.translation import gettext
from openpyxl.utils import get_column_letter

from stories.discovery.introduction_profiles import submit
from stories.discovery.introduction_sheet_columns import (
    COLUMN_BY_KEY,
    COLUMNS,
    HEADER_KEYS,
    HEADER_SEARCH_ROWS,
    MAX_ROWS,
    SHEET_ROWS_READ,
    SINGLE_LINE,
    Vocabulary,
    allowed_values,
    match_key,
)
from stories.discovery.models.introductions import name_key
from stories.discovery.uploaded_sheets import SpreadsheetError, open_sheet
from stories.models import Introduction, Place


@dataclass
class Header:
    row: int
    positions: dict  # column key -> index of the cell


def find_header(rows):
    """The header row: the first of the first non-blank rows that names one of the
    template's columns. ``rows`` is read up to it; the rows above it are left out."""
    for number, cells in itertools.islice(rows, HEADER_SEARCH_ROWS):
        found = [(index, HEADER_KEYS[key]) for index, key in enumerate(map(match_key, cells))
                 if key in HEADER_KEYS]
        if found:
            return _header(number, found)
    raise SpreadsheetError(gettext(
        "No header row found: the first row must hold the template's column titles "
        "(%(headers)s). Download the template on this page.")
        % {"headers": ", ".join(f"“{column.header}”" for column in COLUMNS)})


def _header(number, found):
    positions = {}
    for index, column in found:
        if column.key in positions:
            raise SpreadsheetError(gettext(
                "Row %(row)s: columns %(first)s and %(second)s are both “%(header)s”.") % {
                "row": number, "first": get_column_letter(positions[column.key] + 1),
                "second": get_column_letter(index + 1), "header": column.header})
        positions[column.key] = index
    missing = [column.header for column in COLUMNS
               if column.required and column.key not in positions]
    if missing:
        raise SpreadsheetError(gettext(
            "The header row (row %(row)s) lacks required columns: %(missing)s.") % {
            "row": number, "missing": ", ".join(f"“{header}”" for header in missing)})
    return Header(number, positions)


@dataclass
class Draft:
    """A row that passed every check, ready to become an introduction."""

    row: int
    values: dict
    sectors: list
    movements: list
    place: Place | None


@dataclass
class ImportOutcome:
    file_name: str
    problems: list = field(default_factory=list)
    # (row number, the introduction created)
    created: list = field(default_factory=list)
    # (row number, name as written, the unit's existing introduction)
    skipped: list = field(default_factory=list)


class RowChecker:
    """Checks every data row and collects every problem, each with its row and column."""

    def __init__(self, header, vocabulary, existing):
        self.header = header
        self.vocabulary = vocabulary
        self.existing = existing
        self.problems = []
        self.drafts = []
        self.skipped = []
        self.first_row_of = {}

    def problem(self, row, key, message):
        column = COLUMN_BY_KEY[key]
        self.problems.append(gettext("Row %(row)s, column %(column)s (%(header)s): %(message)s")
                             % {"row": row, "header": column.header, "message": message,
                                "column": get_column_letter(self.header.positions[key] + 1)})

    def check(self, rows):
        """Check the rows below the header; reading stops at the first introduction
        past the limit."""
        data_rows = 0
        for number, cells in rows:
            values = {}
            for key, index in self.header.positions.items():
                text = cells[index] if index < len(cells) else ""
                values[key] = " ".join(text.split()) if key in SINGLE_LINE else "\n".join(
                    line.strip() for line in text.split("\n") if line.strip())
            # Rows holding nothing the template asks for (a row number alone) are blank.
            if not any(values.values()):
                continue
            data_rows += 1
            if data_rows > MAX_ROWS:
                self.problems = [gettext(
                    "The file holds more than %(max)s introductions; split it into several "
                    "files.") % {"max": MAX_ROWS}]
                self.drafts = []
                return
            self.check_row(number, values)

    def check_row(self, row, values):
        key = name_key(values.get("subject_name", ""))
        if key and key in self.existing:
            self.skipped.append((row, values["subject_name"], self.existing[key]))
            return
        before = len(self.problems)
        for column in COLUMNS:
            text = values.get(column.key, "")
            if column.required and not text:
                self.problem(row, column.key, gettext("This column must be filled in."))
            elif column.max_length and len(text) > column.max_length:
                self.problem(row, column.key, gettext(
                    "Too long: %(length)s characters, at most %(max)s.")
                    % {"length": len(text), "max": column.max_length})
        if key in self.first_row_of:
            self.problem(row, "subject_name", gettext(
                "“%(name)s” is already in row %(first)s of this file; introduce each "
                "exemplar once.") % {"name": values["subject_name"],
                                     "first": self.first_row_of[key]})
        elif key:
            self.first_row_of[key] = row
        subject_type = self.subject_type(row, values.get("subject_type", ""))
        sectors = self.terms(row, "sectors", values.get("sectors", ""),
                             self.vocabulary.sector_keys,
                             [sector.name for sector in self.vocabulary.sectors],
                             gettext("Unknown sector “%(value)s”. Sectors: %(allowed)s."))
        movements = self.terms(row, "movements", values.get("movements", ""),
                               self.vocabulary.movement_keys,
                               [movement.name for movement in self.vocabulary.movements],
                               gettext("Unknown movement “%(value)s”. Movements: "
                                       "%(allowed)s."))
        place = self.place(row, values.get("place", ""))
        if len(self.problems) == before:
            values = {**values, "subject_type": subject_type}
            self.drafts.append(Draft(row, values, sectors, movements, place))

    def subject_type(self, row, text):
        if not text:
            return None
        value = self.vocabulary.subject_types.get(match_key(text))
        if value is None:
            self.problem(row, "subject_type", gettext(
                "“%(value)s” is not a subject type; write one of: %(allowed)s.") % {
                "value": text,
                "allowed": ", ".join(self.vocabulary.subject_type_labels.values())})
        return value

    def terms(self, row, key, text, index, names, unknown_message):
        """The terms a cell names, separated by ";" or ","; a name containing a comma is
        still found whole."""
        found = []
        for part in (part.strip() for part in text.split(";")):
            if not part:
                continue
            whole = index.get(match_key(part), [])
            pieces = [part] if whole else [piece.strip() for piece in part.split(",")
                                           if piece.strip()]
            for piece in pieces:
                matches = index.get(match_key(piece), [])
                if len(matches) == 1:
                    if matches[0] not in found:
                        found.append(matches[0])
                elif matches:
                    self.problem(row, key, gettext(
                        "“%(value)s” matches several: %(matches)s.") % {
                        "value": piece,
                        "matches": "; ".join(term.name for term in matches)})
                else:
                    self.problem(row, key, unknown_message % {
                        "value": piece, "allowed": allowed_values(names)})
        return found

    def place(self, row, text):
        if not text:
            return None
        matches = self.vocabulary.place_keys.get(match_key(text), [])
        if len(matches) == 1:
            return matches[0]
        if matches:
            self.problem(row, "place", gettext(
                "“%(value)s” matches several places: %(matches)s. Write the kind too, e.g. "
                "“%(example)s”.") % {
                "value": text, "matches": "; ".join(place.full_name for place in matches),
                "example": matches[0].full_name})
        else:
            self.problem(row, "place", gettext(
                "Unknown place “%(value)s”. Current places: %(allowed)s.") % {
                "value": text, "allowed": allowed_values(self.vocabulary.place_names())})
        return None


def import_introductions(upload, *, unit, year, quarter, user, progress=None):
    """Import the introductions of an uploaded spreadsheet for ``unit`` and the quarter.

    Every row is checked first; if anything is wrong nothing is imported and the outcome
    lists every problem. People the unit already introduced for the quarter are skipped,
    so importing the same file twice creates nothing the second time. Each introduction
    imported becomes a draft profile in the review (`submit`). ``progress(done, total)``,
    if given, is called as the introductions are created."""
    outcome = ImportOutcome(file_name=PurePath(upload.name or "").name[:255])
    existing = {introduction.name_key: introduction for introduction in
                Introduction.objects.filter(unit=unit, year=year, quarter=quarter)
                .select_related("exemplar")}
    try:
        with open_sheet(upload, max_rows=SHEET_ROWS_READ) as rows:
            checker = RowChecker(find_header(rows), Vocabulary(), existing)
            checker.check(rows)
    except SpreadsheetError as error:
        outcome.problems = [str(error)]
        return outcome
    outcome.skipped = checker.skipped
    outcome.problems = checker.problems
    if outcome.problems:
        return outcome
    if not checker.drafts and not checker.skipped:
        outcome.problems = [gettext("The file has no introductions below its header row.")]
        return outcome
    try:
        with transaction.atomic():
            for done, draft in enumerate(checker.drafts, start=1):
                outcome.created.append(
                    (draft.row, _create(draft, unit, year, quarter, user, outcome.file_name)))
                if progress:
                    progress(done, len(checker.drafts))
    except IntegrityError:
        outcome.created = []
        outcome.problems = [gettext(
            "Another import for this unit and quarter ran at the same time; nothing was "
            "imported. Import the file again.")]
    return outcome


def _create(draft, unit, year, quarter, user, file_name):
    values = draft.values
    introduction = Introduction.objects.create(
        unit=unit, year=year, quarter=quarter, subject_name=values["subject_name"],
        subject_type=values["subject_type"],
        achievement_summary=values["achievement_summary"], place=draft.place,
        proposed_awards=values.get("proposed_awards", ""),
        decisions=values.get("decisions", ""), source=Introduction.Source.IMPORT,
        source_file=file_name, submitted_by=user)
    introduction.sectors.set(draft.sectors)
    introduction.movements.set(draft.movements)
    submit(introduction, user)
    return introduction
