"""The spreadsheets of units' quarterly introductions: the template and example a unit
downloads, and the import that checks every row before anything is saved.

An import is all or nothing: every problem is reported with its row and column, in
Vietnamese, and nothing is saved while any remains. A row whose person the unit has
already introduced for the quarter is skipped, so importing a file twice adds nothing.
The file is read within bounds of size, rows and cell length (`uploaded_sheets`), and
reading stops at the first introduction past the limit.
"""

import codecs
import csv
import io
import itertools
import re
from dataclasses import dataclass, field
from pathlib import PurePath

import openpyxl
from django import forms
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import HttpResponse
from django.urls import re_path, reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from stories.discovery.introductions import introduction_policy, profile_link, submit, units_of
from stories.discovery.models.introductions import name_key
from stories.discovery.uploaded_sheets import (
    MAX_CELL_LENGTH,
    MAX_FILE_SIZE,
    SpreadsheetError,
    open_sheet,
)
from stories.models import (
    QUARTERS,
    Introduction,
    Movement,
    Place,
    Sector,
    SubjectType,
    Unit,
    current_quarter,
)
from stories.vietnamese import fold

# Each row becomes a page, a revision and a workflow: about 0.1 s a row.
MAX_ROWS = 200
HEADER_SEARCH_ROWS = 10
# Rows of a sheet read at most, blank or not: the header, 200 introductions and room for
# blank rows between them. A sheet formatted down to its last row is not walked to it.
SHEET_ROWS_READ = 1000
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# --- The spreadsheet ------------------------------------------------------------------------

@dataclass(frozen=True)
class SheetColumn:
    key: str
    # The spreadsheet's column titles are Vietnamese whatever the admin's language, so that
    # a template downloaded by anyone imports anywhere.
    header: str
    required: bool
    max_length: int | None
    note: str
    aliases: tuple = ()


COLUMNS = (
    SheetColumn("subject_name", "Họ và tên / Tên tập thể", True, 255,
                _("Full name of the person, or the name of the collective, household or "
                  "model practice."),
                ("Họ và tên", "Họ tên", "Tên tập thể", "Tên cá nhân, tập thể")),
    SheetColumn("subject_type", "Loại đối tượng", True, None,
                _("One of the types listed."), ("Loại", "Đối tượng")),
    SheetColumn("achievement_summary", "Tóm tắt thành tích", True, 600,
                _("Two or three sentences on what they did, in plain text."),
                ("Thành tích", "Tóm tắt")),
    SheetColumn("sectors", "Lĩnh vực", False, None,
                _("Sectors from the list below; several separated by “;”."), ()),
    SheetColumn("movements", "Phong trào thi đua", False, None,
                _("Emulation movements from the list below; several separated by “;”."),
                ("Phong trào",)),
    SheetColumn("place", "Địa bàn", False, None,
                _("One current place from the list below, with or without its kind "
                  "(“xã Đăk Kôi” or “Đăk Kôi”)."), ("Địa phương",)),
    SheetColumn("proposed_awards", "Hình thức khen thưởng đề nghị", False, 2000,
                _("What the unit proposes, e.g. Giấy khen của Chủ tịch UBND xã."),
                ("Khen thưởng đề nghị", "Hình thức khen thưởng")),
    SheetColumn("decisions", "Quyết định khen thưởng đã có", False, 2000,
                _("Number, date and issuing body of each decision already issued, one "
                  "per line."), ("Quyết định khen thưởng", "Quyết định")),
)
COLUMN_BY_KEY = {column.key: column for column in COLUMNS}
SINGLE_LINE = {"subject_name", "subject_type", "sectors", "movements", "place",
               "achievement_summary"}


def match_key(text):
    """How spreadsheet values are compared: case, diacritics, punctuation and spacing
    ignored ("Văn hoá - Thể thao" is "van hoa the thao")."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


HEADER_KEYS = {match_key(name): column for column in COLUMNS
               for name in (column.header, *column.aliases)}


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


def allowed_values(names, limit=8):
    """A list of allowed values for an error message, shortened when long."""
    names = list(names)
    if not names:
        return gettext("none yet")
    # Separated as several values are in a cell: some names hold commas.
    shown = "; ".join(names[:limit])
    if len(names) <= limit:
        return shown
    return gettext("%(shown)s… and %(count)s more (see the “%(sheet)s” sheet of the "
                   "template)") % {"shown": shown, "count": len(names) - limit,
                                  "sheet": gettext("Instructions")}


class Vocabulary:
    """The values a spreadsheet may name, each under its match key."""

    def __init__(self):
        self.subject_type_labels = {}
        self.subject_types = {}
        for value, label in SubjectType.choices:
            with translation.override("vi"):
                self.subject_type_labels[value] = str(label)
            with translation.override("en"):
                english = str(label)
            for spelling in (value, english, self.subject_type_labels[value]):
                self.subject_types[match_key(spelling)] = value
        self.sectors = list(Sector.objects.all())
        self.movements = list(Movement.objects.all())
        self.places = list(Place.objects.filter(valid_to__isnull=True).order_by("name", "kind"))
        self.sector_keys = self._index(self.sectors, lambda sector: [sector.name])
        self.movement_keys = self._index(self.movements, lambda movement: [movement.name])
        self.place_keys = self._index(self.places, lambda place: [place.name, place.full_name])

    @staticmethod
    def _index(terms, spellings):
        index = {}
        for term in terms:
            for spelling in spellings(term):
                found = index.setdefault(match_key(spelling), [])
                if term not in found:
                    found.append(term)
        return index

    def place_names(self):
        return [place.full_name for place in self.places]


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


def import_introductions(upload, *, unit, year, quarter, user):
    """Import the introductions of an uploaded spreadsheet for ``unit`` and the quarter.

    Every row is checked first; if anything is wrong nothing is imported and the outcome
    lists every problem. People the unit already introduced for the quarter are skipped,
    so importing the same file twice creates nothing the second time. Each introduction
    imported becomes a draft profile in the review (`submit`)."""
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
            outcome.created = [
                (draft.row, _create(draft, unit, year, quarter, user, outcome.file_name))
                for draft in checker.drafts]
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


# --- Templates to download ------------------------------------------------------------------

# (name, subject type, summary, proposed awards, decisions, sectors and movement wanted)
EXAMPLES = (
    ("A Thút", SubjectType.INDIVIDUAL,
     "Hơn 20 năm tự nguyện tuần tra, bảo vệ 300 ha rừng đầu nguồn của làng; vận động 15 hộ "
     "dân ký cam kết không phát rừng làm rẫy.",
     "Giấy khen của Chủ tịch UBND xã", "", ["nong nghiep"],
     "toan dan doan ket xay dung doi song van hoa"),
    ("Tổ phụ nữ tiết kiệm thôn Kon Hơ Ring", SubjectType.COLLECTIVE,
     "Duy trì quỹ tiết kiệm xoay vòng 5 năm liền, giúp 32 hội viên vay vốn nuôi bò, trồng "
     "cà phê; 9 hộ đã thoát nghèo.",
     "Bằng khen của Chủ tịch UBND tỉnh",
     "Quyết định số 112/QĐ-UBND ngày 15/01/2026 của Ủy ban nhân dân xã (Giấy khen)",
     ["nong nghiep", "an sinh xa hoi"], "ca nuoc chung tay vi nguoi ngheo khong de ai bi bo "
     "lai phia sau"),
    ("Hộ ông Y Blúp", SubjectType.HOUSEHOLD,
     "Hiến 1.200 m² đất và góp 40 ngày công mở rộng đường liên thôn, để xe chở nông sản "
     "vào tận rẫy.",
     "Giấy khen của Chủ tịch UBND xã", "", ["doi song xa hoi"],
     "toan dan doan ket xay dung nong thon moi do thi van minh"),
)


def example_rows(vocabulary):
    """Realistic rows naming sectors, movements and places that exist here, so that the
    example imports as it is."""
    places = sorted(vocabulary.places, key=lambda place: place.kind not in ("xa", "phuong"))
    rows = []
    for name, subject_type, summary, awards, decisions, sectors, movement in EXAMPLES:
        cells = {
            "subject_name": name,
            "subject_type": vocabulary.subject_type_labels[subject_type],
            "achievement_summary": summary,
            "sectors": "; ".join(term.name for term in _pick(vocabulary.sectors, sectors)),
            "movements": "; ".join(term.name for term in _pick(vocabulary.movements,
                                                               [movement])),
            "place": places[0].full_name if places else "",
            "proposed_awards": awards,
            "decisions": decisions,
        }
        rows.append([cells[column.key] for column in COLUMNS])
    return rows


def _pick(terms, wanted):
    """The terms named like ``wanted`` (match keys), or the first term when none is."""
    found = [term for term in terms if match_key(term.name) in wanted]
    return found or terms[:1]


def column_guide(vocabulary):
    """What each column holds, for the template's instructions and the import page."""
    allowed = {
        "subject_type": ", ".join(vocabulary.subject_type_labels.values()),
        "sectors": gettext("See the list below"),
        "movements": gettext("See the list below"),
        "place": gettext("See the list below"),
    }
    return [{"letter": get_column_letter(number), "header": column.header,
             "required": gettext("Yes") if column.required else gettext("No"),
             "allowed": allowed.get(column.key, ""),
             "max_length": column.max_length or "", "note": str(column.note)}
            for number, column in enumerate(COLUMNS, start=1)]


def value_lists(vocabulary):
    """(column header, allowed values) for the columns that take listed values."""
    return [
        (COLUMN_BY_KEY["subject_type"].header, list(vocabulary.subject_type_labels.values())),
        (COLUMN_BY_KEY["sectors"].header, [sector.name for sector in vocabulary.sectors]),
        (COLUMN_BY_KEY["movements"].header,
         [movement.name for movement in vocabulary.movements]),
        (COLUMN_BY_KEY["place"].header, vocabulary.place_names()),
    ]


def guide_notes():
    return [
        gettext("One row per exemplar, below the header row. Keep the header row; the "
                "columns may be in any order and other columns (such as “STT”) are ignored."),
        gettext("Values are matched ignoring upper and lower case, diacritics and extra "
                "spaces. Separate several sectors or movements with “;”."),
        gettext("At most %(rows)s introductions and %(size)s MB per file, within the first "
                "%(sheet_rows)s rows of the first sheet, saved as “Excel Workbook (.xlsx)” "
                "or “CSV UTF-8”. A cell holds at most %(cell)s characters.") % {
            "rows": MAX_ROWS, "size": MAX_FILE_SIZE // 2**20, "sheet_rows": SHEET_ROWS_READ,
            "cell": MAX_CELL_LENGTH},
        gettext("The unit, year and quarter are chosen on the import page. People the unit "
                "has already introduced for that quarter are skipped: importing the same "
                "file again creates no duplicates."),
    ]


def template_workbook(rows, vocabulary):
    """The XLSX template: the header row (and ``rows``), and a sheet of instructions."""
    bold = Font(bold=True)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = gettext("Introductions list")[:31]
    sheet.append([column.header for column in COLUMNS])
    for row in rows:
        sheet.append(row)
    for number, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(number)
        sheet[f"{letter}1"].font = bold
        sheet[f"{letter}1"].fill = PatternFill("solid", fgColor="FFF2CC" if column.required
                                               else "EDEDED")
        sheet.column_dimensions[letter].width = 60 if column.max_length == 600 else 28
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    types = ",".join(vocabulary.subject_type_labels.values())
    validation = DataValidation(type="list", formula1=f'"{types}"', allow_blank=True,
                                showErrorMessage=True, error=gettext("Choose one of: %(types)s.")
                                % {"types": types.replace(",", ", ")})
    letter = get_column_letter(list(COLUMN_BY_KEY).index("subject_type") + 1)
    validation.add(f"{letter}2:{letter}{MAX_ROWS + 1}")
    sheet.add_data_validation(validation)

    guide = workbook.create_sheet(gettext("Instructions")[:31])
    guide.append([gettext("How to fill in the introductions file")])
    guide["A1"].font = Font(bold=True, size=14)
    for note in guide_notes():
        guide.append([note])
    guide.append([])
    headings = [gettext("Spreadsheet column"), gettext("Header"), gettext("Required"),
                gettext("Allowed values"), gettext("Maximum length"), gettext("Notes")]
    guide.append(headings)
    for cell in guide[guide.max_row]:
        cell.font = bold
    for entry in column_guide(vocabulary):
        guide.append([entry["letter"], entry["header"], entry["required"], entry["allowed"],
                      entry["max_length"], entry["note"]])
    for header, values in value_lists(vocabulary):
        guide.append([])
        guide.append([gettext("Allowed values of “%(header)s”") % {"header": header}])
        guide[f"A{guide.max_row}"].font = bold
        for value in values or [gettext("none yet")]:
            guide.append([value])
    for letter, width in zip("ABCDEF", (16, 32, 10, 40, 14, 60), strict=True):
        guide.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def template_csv(rows):
    """The CSV template, in UTF-8 with a byte-order mark so that Excel reads it right."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([column.header for column in COLUMNS])
    writer.writerows(rows)
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")


TEMPLATE_FILES = {"mau": "mau-gioi-thieu-dien-hinh", "vi-du": "vi-du-gioi-thieu-dien-hinh"}


def require_adding(user):
    if not introduction_policy().user_has_permission(user, "add"):
        raise PermissionDenied


def download_template(request, kind, fmt):
    """The empty template ("mau") or the example ("vi-du"), as XLSX or CSV."""
    require_adding(request.user)
    vocabulary = Vocabulary()
    rows = example_rows(vocabulary) if kind == "vi-du" else []
    if fmt == "xlsx":
        response = HttpResponse(template_workbook(rows, vocabulary), content_type=XLSX_TYPE)
    else:
        response = HttpResponse(template_csv(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{TEMPLATE_FILES[kind]}.{fmt}"'
    return response


def template_links():
    return [{"label": label, "xlsx": reverse("introductions_template", args=[kind, "xlsx"]),
             "csv": reverse("introductions_template", args=[kind, "csv"])}
            for kind, label in (("mau", gettext("Empty template")),
                                ("vi-du", gettext("Example with sample rows")))]


# --- Import page ----------------------------------------------------------------------------

class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet file"),
        error_messages={"empty": _("The file is empty."),
                        "required": _("Choose the file to import.")})
    unit = forms.ModelChoiceField(label=_("Unit"), queryset=Unit.objects.all())
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    quarter = forms.TypedChoiceField(label=_("Quarter"), choices=QUARTERS, coerce=int)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = gettext(
            "XLSX or CSV laid out as the template, at most %(size)s MB and %(rows)s "
            "introductions.") % {"size": MAX_FILE_SIZE // 2**20, "rows": MAX_ROWS}
        year, quarter = current_quarter()
        self.fields["year"].initial = year
        self.fields["quarter"].initial = quarter
        units = units_of(user)
        if units is not None:
            # Disabled: whatever a tampered form sends, the focal person's unit is used.
            unit = self.fields["unit"]
            unit.queryset = Unit.objects.filter(pk__in=units)
            unit.initial = next(iter(units), None)
            unit.empty_label = None
            unit.disabled = True
            unit.help_text = _("Focal people import their own unit's introductions.")


class ImportView(WagtailAdminTemplateMixin, FormView):
    form_class = ImportForm
    template_name = "stories/admin/introductions_import.html"
    result_template_name = "stories/admin/introductions_import_result.html"
    page_title = _("Import introductions")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        require_adding(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items,
                {"url": reverse("wagtailsnippets_stories_introduction:list"),
                 "label": capfirst(Introduction._meta.verbose_name_plural)},
                {"url": "", "label": self.get_page_title()}]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        vocabulary = Vocabulary()
        context.update(templates=template_links(), columns=column_guide(vocabulary),
                       value_lists=value_lists(vocabulary), notes=guide_notes(),
                       list_url=reverse("wagtailsnippets_stories_introduction:list"))
        return context

    def form_valid(self, form):
        data = form.cleaned_data
        outcome = import_introductions(data["file"], unit=data["unit"], year=data["year"],
                                       quarter=data["quarter"], user=self.request.user)
        if outcome.problems:
            return self.render_to_response(self.get_context_data(form=form, outcome=outcome))
        quarter = gettext("Quarter %(quarter)s/%(year)s") % {
            "quarter": dict(QUARTERS)[data["quarter"]], "year": data["year"]}
        created = [{"row": row, "name": introduction.subject_name, "introduction": introduction,
                    "profile": profile_link(introduction, self.request)}
                   for row, introduction in outcome.created]
        skipped = [{"row": row, "name": name, "introduction": introduction,
                    "profile": profile_link(introduction, self.request)}
                   for row, name, introduction in outcome.skipped]
        return self.response_class(
            request=self.request, template=[self.result_template_name],
            context=self.get_context_data(form=form, outcome=outcome, unit=data["unit"],
                                          quarter=quarter, created=created, skipped=skipped))


admin_urls = [
    re_path(r"^gioi-thieu-don-vi/nhap-tu-tep/$", ImportView.as_view(),
            name="introductions_import"),
    re_path(r"^gioi-thieu-don-vi/(?P<kind>mau|vi-du)\.(?P<fmt>xlsx|csv)$", download_template,
            name="introductions_template"),
]
