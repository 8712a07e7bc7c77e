"""The spreadsheets a unit downloads to fill in: the empty template and the example, whose
rows name sectors, movements and places that exist here so that it imports as it is; as
XLSX (with a sheet of instructions and a list for the subject type) or CSV."""

import codecs
import csv
import io

import openpyxl
from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from stories.discovery.introduction_access import require_adding
from stories.discovery.introduction_sheet_columns import (
    COLUMN_BY_KEY,
    COLUMNS,
    MAX_ROWS,
    Vocabulary,
    column_guide,
    guide_notes,
    match_key,
    value_lists,
)
from stories.models import SubjectType

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

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
