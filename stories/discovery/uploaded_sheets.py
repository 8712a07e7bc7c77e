"""Reading a spreadsheet someone uploaded (XLSX or CSV) within fixed bounds.

Whatever the file holds, reading it costs a bounded time and memory, and a file past a
bound is refused whole with a message saying which bound and what to do:

- its size, checked before a byte of it is read;
- for XLSX, which is a zip: the unpacked size of every part, checked in the zip's
  directory before openpyxl parses anything. openpyxl reads some parts whole (the shared
  texts, and each sheet once to find its size when the sheet does not say it), so a few
  kilobytes of zip holding a 50 MB cell or a million formatted rows would otherwise be
  unpacked and parsed in full. Python's zipfile never unpacks a part past the size its
  directory states, so the check holds for crafted files too;
- the sheet rows read: rows past the bound are never parsed, blank or not;
- the columns read, and the length of a cell, reported with its row and column.
"""

import contextlib
import csv
import datetime
import io
import zipfile
from pathlib import PurePath

import openpyxl
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext
from openpyxl.utils import get_column_letter

from stories.vietnamese import to_nfc

MAX_FILE_SIZE = 2 * 1024 * 1024
# A sheet of 200 introductions with every column at its longest is about 1.5 MB of XML;
# openpyxl parses a few megabytes a second (through defusedxml's pure-Python parser).
MAX_PART_SIZE = 3 * 1024 * 1024
MAX_UNPACKED_SIZE = 6 * 1024 * 1024
# Cells beyond these are never read: a sheet formatted to its last column would
# otherwise be walked cell by cell.
MAX_COLUMNS = 40
# The longest column of the template takes 2,000 characters.
MAX_CELL_LENGTH = 5000


class SpreadsheetError(Exception):
    """The file cannot be read as a spreadsheet within the bounds; the message says why."""


def cell_text(value):
    """A cell as text: numbers without a spurious ".0", dates as dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = to_nfc(str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\xa0", " ").replace("\ufeff", "").strip()


def column_letter(index):
    """The spreadsheet's name of the column at ``index`` (0 is A)."""
    return get_column_letter(index + 1)


@contextlib.contextmanager
def open_sheet(upload, *, max_rows):
    """The non-blank rows of the first sheet of an uploaded XLSX or CSV file, as
    (row number as the spreadsheet shows it, [cell text]), read one by one as they are
    asked for. At most ``max_rows`` rows of the sheet are read; a non-blank row after
    them is an error. Raises SpreadsheetError, here or while the rows are read."""
    name = PurePath(upload.name or "").name
    suffix = PurePath(name).suffix.lower()
    content = _bounded_content(upload)
    if suffix == ".xls" and not zipfile.is_zipfile(io.BytesIO(content)):
        raise SpreadsheetError(gettext(
            "“%(name)s” is an old Excel 97–2003 file (.xls). Open it in Excel, save it as "
            "“Excel Workbook (.xlsx)” and import that file.") % {"name": name})
    if suffix in (".xlsx", ".xls"):
        with _xlsx_values(content, name, max_rows) as values:
            rows = _kept_rows(values, max_rows)
            try:
                yield rows
            finally:
                rows.close()
    elif suffix == ".csv":
        rows = _kept_rows(_csv_values(content, name), max_rows)
        try:
            yield rows
        finally:
            rows.close()
    else:
        raise SpreadsheetError(gettext(
            "Only XLSX and CSV files can be imported; “%(name)s” is neither. Download the "
            "template on this page and fill it in.") % {"name": name})


def refuse_oversized(upload):
    """Raise SpreadsheetError if the upload is past the size bound, without reading it."""
    if upload.size is not None and upload.size > MAX_FILE_SIZE:
        raise SpreadsheetError(_too_large() % {"size": filesizeformat(upload.size),
                                               "max": MAX_FILE_SIZE // 2**20})


def _too_large():
    return gettext(
        "The file is %(size)s, more than the %(max)s MB an import takes. Keep only the "
        "list to import in it (no pictures, other sheets or formatted empty rows) and "
        "import it again.")


def _bounded_content(upload):
    refuse_oversized(upload)
    content = upload.read(MAX_FILE_SIZE + 1)
    if len(content) > MAX_FILE_SIZE:
        raise SpreadsheetError(_too_large() % {"size": filesizeformat(len(content)),
                                               "max": MAX_FILE_SIZE // 2**20})
    if not content:
        raise SpreadsheetError(gettext("The file is empty."))
    return content


def _kept_rows(numbered_values, max_rows):
    """Non-blank rows as text, with every cell's length checked. Reading ends at the
    row after ``max_rows``: an error if it holds anything, the end of the sheet if not."""
    for number, values in numbered_values:
        cells = [cell_text(value) for value in values[:MAX_COLUMNS]]
        for index, text in enumerate(cells):
            if len(text) > MAX_CELL_LENGTH:
                raise SpreadsheetError(gettext(
                    "Row %(row)s, column %(column)s: the cell holds %(length)s characters, "
                    "more than the %(max)s a cell may hold. Shorten it and import the "
                    "file again.") % {"row": number, "column": column_letter(index),
                                      "length": len(text), "max": MAX_CELL_LENGTH})
        if number > max_rows:
            if any(cells):
                raise SpreadsheetError(gettext(
                    "Row %(row)s holds something, but only the first %(max)s rows of a "
                    "sheet are read. Delete the empty rows between the introductions, or "
                    "split the file.") % {"row": number, "max": max_rows})
            return
        if any(cells):
            yield number, cells


@contextlib.contextmanager
def _xlsx_values(content, name, max_rows):
    """(row number, cell values) of the first sheet, up to the row after ``max_rows``."""
    not_xlsx = SpreadsheetError(gettext(
        "“%(name)s” is not a valid XLSX spreadsheet: it may be another kind of file renamed. "
        "Save it from Excel as “Excel Workbook (.xlsx)” or as “CSV UTF-8”.") % {"name": name})
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise not_xlsx from error
    if "xl/workbook.xml" not in {part.filename for part in parts}:
        raise not_xlsx
    unpacked = sum(part.file_size for part in parts)
    if (unpacked > MAX_UNPACKED_SIZE
            or any(part.file_size > MAX_PART_SIZE for part in parts)):
        raise SpreadsheetError(gettext(
            "“%(name)s” is too large once unpacked: %(size)s, where an import reads at most "
            "%(total)s MB (%(part)s MB in any one sheet). It may hold a very long cell, "
            "pictures, or thousands of formatted empty rows. Keep only the list to import, "
            "or save it as “CSV UTF-8”, and import it again.") % {
            "name": name, "size": filesizeformat(unpacked),
            "total": MAX_UNPACKED_SIZE // 2**20, "part": MAX_PART_SIZE // 2**20})
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True,
                                          data_only=True)
    # A damaged or foreign zip fails anywhere inside openpyxl, with any exception: each
    # means the same to the user, and none may become an error page.
    except Exception as error:
        raise not_xlsx from error
    try:
        sheet = workbook.worksheets[0]
        # One row past the bound: a non-blank one there is reported, not ignored.
        values = sheet.iter_rows(max_row=max_rows + 1, max_col=MAX_COLUMNS,
                                 values_only=True)
        yield _guarded(enumerate(values, start=1), not_xlsx)
    finally:
        workbook.close()


def _guarded(iterator, error):
    """``iterator``, with whatever a damaged file raises while it is read as ``error``."""
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            return
        except Exception as cause:
            raise error from cause
        yield item


def _csv_values(content, name):
    not_csv = SpreadsheetError(gettext(
        "“%(name)s” is not a CSV text file. Save the spreadsheet as “CSV UTF-8” or as "
        "“Excel Workbook (.xlsx)”.") % {"name": name})
    if b"\x00" in content or zipfile.is_zipfile(io.BytesIO(content)):
        raise not_csv
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Vietnamese Windows saves "CSV" in Windows-1258, whose tone marks are
        # separate characters: to_nfc in cell_text joins them to their letters.
        try:
            text = content.decode("cp1258")
        except UnicodeDecodeError as error:
            raise not_csv from error
    first_line = next((line for line in io.StringIO(text) if line.strip()), "")
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    while True:
        number += 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            # Python's own limit on a CSV field (128 KiB), far above a cell's: with NUL
            # bytes refused above, it is the only error a CSV file can raise here.
            raise SpreadsheetError(gettext(
                "Row %(row)s: a cell holds more than the %(max)s characters a cell may "
                "hold, or a quotation mark is not closed. Correct it and import the file "
                "again.") % {"row": number, "max": MAX_CELL_LENGTH}) from error
        yield number, values
