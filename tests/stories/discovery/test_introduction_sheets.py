"""The bounds of a spreadsheet import: a file too large, a zip that unpacks to far more
than it weighs, a giant cell, thousands of formatted blank rows or too many rows are each
refused with one clear Vietnamese message, nothing imported, and without reading past
the bound. Every test posts the file to the import page as a unit's focal person."""

import io
import zipfile

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from stories.discovery.introduction_sheet_columns import COLUMNS, MAX_ROWS, SHEET_ROWS_READ
from stories.discovery.uploaded_sheets import MAX_CELL_LENGTH, MAX_FILE_SIZE, MAX_PART_SIZE
from stories.models import Introduction
from tests.factories import FocalPersonFactory, UnitFactory

HEADERS = [column.header for column in COLUMNS]
SUMMARY = "Hơn 20 năm tuần tra bảo vệ 300 ha rừng đầu nguồn của làng."
SHEET = "xl/worksheets/sheet1.xml"
NOTHING_IMPORTED = "Chưa nhập gì từ tệp"


@pytest.fixture
def focal(db, client):
    """A unit and its focal person, logged in."""
    call_command("sync_roles", stdout=io.StringIO())
    unit = UnitFactory(name="Ủy ban nhân dân xã Đăk Kôi")
    client.force_login(FocalPersonFactory(unit=unit).user)
    return client, unit


def post_import(focal, upload):
    client, unit = focal
    # The import runs as a task (at once in tests); the answer leads to its page.
    response = client.post(reverse("introductions_import"),
                           {"file": upload, "unit": unit.pk, "year": 2026, "quarter": 4},
                           follow=True)
    assert response.status_code == 200
    return response


def problems(response):
    """The problems listed on the page: the import refused, nothing imported."""
    html = response.content.decode()
    assert NOTHING_IMPORTED in html
    assert not Introduction.objects.exists()
    return response.context["outcome"].problems


def workbook_bytes(rows):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def with_part(content, name, chunks):
    """The workbook ``content`` with its part ``name`` replaced by the XML given in
    chunks, written as a crafted file would be."""
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for part in source.infolist():
            if part.filename == name:
                with target.open(name, "w", force_zip64=True) as replaced:
                    for chunk in chunks:
                        replaced.write(chunk.encode())
            else:
                target.writestr(part, source.read(part.filename))
    return buffer.getvalue()


def with_sheet_xml(sheet_xml_chunks):
    """A workbook whose first sheet is the XML given, without a <dimension>, so that
    openpyxl cannot learn the sheet's size without reading all of it."""
    return with_part(workbook_bytes([]), SHEET, sheet_xml_chunks)


def text_row(number, values):
    cells = "".join(f'<c r="{letter}{number}" t="inlineStr"><is><t>{value}</t></is></c>'
                    for letter, value in zip("ABCDEFGH", values, strict=False))
    return f'<row r="{number}">{cells}</row>'


def blank_row(number):
    """A formatted row with nothing in it, as Excel writes rows someone gave borders."""
    cells = "".join(f'<c r="{letter}{number}" s="1"/>' for letter in "ABCDEFGH")
    return f'<row r="{number}" ht="18" customHeight="1">{cells}</row>'


def sheet_xml(rows):
    yield ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
           'openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    yield text_row(1, HEADERS)
    yield from rows
    yield "</sheetData></worksheet>"


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(focal):
    upload = SimpleUploadedFile("danh-sach.xlsx", b"\0" * (MAX_FILE_SIZE + 1))

    [problem] = problems(post_import(focal, upload))

    assert problem.startswith("Tệp nặng 2,0\xa0MB, vượt quá 2 MB mà một lần nhập cho phép.")


def sheet_with_text(name):
    return with_sheet_xml(sheet_xml([text_row(2, [name, "Giáo viên", SUMMARY])]))


def shared_texts_with(name):
    return with_shared_texts([*HEADERS, name, "Giáo viên", SUMMARY])


@pytest.mark.parametrize("build", [sheet_with_text, shared_texts_with])
def test_a_giant_cell_is_refused_before_anything_is_unpacked(focal, build):
    # The same file with an ordinary name is read: its one mistake is reported.
    [problem] = problems(post_import(focal, SimpleUploadedFile("a.xlsx", build("A Thút"))))
    assert problem.startswith("Dòng 2, cột B (Loại đối tượng): “Giáo viên” không phải")

    # A few kilobytes of zip holding a cell of several megabytes, in the sheet itself or
    # in the shared texts that openpyxl reads whole before the first row. Excel's own
    # limit is 32,767 characters a cell; a crafted file has none.
    content = build("Nguyễn Văn A " * (MAX_PART_SIZE // 10))
    assert len(content) < 100_000

    [problem] = problems(post_import(focal, SimpleUploadedFile("o-lon.xlsx", content)))

    assert problem.startswith("“o-lon.xlsx” quá lớn khi giải nén: ")
    assert "mỗi lần nhập chỉ đọc tối đa 6 MB (3 MB cho một trang tính)" in problem


def with_shared_texts(texts):
    """A workbook as Excel writes it: the sheet's cells point into the shared texts part,
    which openpyxl reads whole when it opens the workbook."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    cells = [f'<c r="{letter}{1 + index // 8}" t="s"><v>{index}</v></c>'
             for index, letter in zip(range(len(texts)), "ABCDEFGH" * 2, strict=False)]
    content = with_sheet_xml([f'<worksheet xmlns="{main}"><sheetData><row r="1">',
                              *cells[:8], '</row><row r="2">', *cells[8:],
                              "</row></sheetData></worksheet>"])
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for part in source.infolist():
            data = source.read(part.filename).decode()
            if part.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace("</Relationships>", f'<Relationship Id="rIdShared" '
                                    f'Type="{kind}" Target="sharedStrings.xml"/>'
                                    "</Relationships>")
            elif part.filename == "[Content_Types].xml":
                data = data.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" '
                                    'ContentType="application/vnd.openxmlformats-officedocum'
                                    'ent.spreadsheetml.sharedStrings+xml"/></Types>')
            target.writestr(part.filename, data)
        target.writestr("xl/sharedStrings.xml", f'<sst xmlns="{main}">' + "".join(
            f"<si><t>{text}</t></si>" for text in texts) + "</sst>")
    return buffer.getvalue()


def test_a_long_cell_is_reported_with_its_row_and_column(focal):
    long = "x" * (MAX_CELL_LENGTH + 1)
    for upload in (
        SimpleUploadedFile("dai.xlsx", workbook_bytes([["A Thút", "Cá nhân", SUMMARY],
                                                      ["Y Blúp", "Cá nhân", long]])),
        SimpleUploadedFile("dai.csv", ",".join(HEADERS).encode() + b"\n"
                           + f"A Thút,Cá nhân,{SUMMARY}\nY Blúp,Cá nhân,{long}\n".encode()),
    ):
        [problem] = problems(post_import(focal, upload))

        assert problem == ("Dòng 3, cột C: ô có 5001 ký tự, vượt quá 5000 ký tự cho phép "
                           "của một ô. Hãy rút gọn rồi nhập lại tệp."), upload.name


def test_a_csv_field_past_pythons_own_limit_gets_the_same_clear_message(focal):
    content = (",".join(HEADERS) + "\nA Thút,Cá nhân," + "x" * 200_000 + "\n").encode()

    [problem] = problems(post_import(focal, SimpleUploadedFile("dai.csv", content)))

    assert problem.startswith("Dòng 2: có ô dài quá 5000 ký tự cho phép của một ô")


def test_formatted_blank_rows_are_not_read_past_the_bound(focal):
    # Row 2 has a mistake; then thousands of formatted blank rows, and far below them a
    # row with another mistake. Only the first rows are read: the far one is never seen.
    far = SHEET_ROWS_READ * 5
    rows = [text_row(2, ["A Thút", "Giáo viên", SUMMARY]),
            *(blank_row(number) for number in range(3, far)),
            text_row(far, ["Y Blúp", "Bác sĩ", SUMMARY])]
    content = with_sheet_xml(sheet_xml(rows))

    found = problems(post_import(focal, SimpleUploadedFile("trong.xlsx", content)))

    assert found == ["Dòng 2, cột B (Loại đối tượng): “Giáo viên” không phải là loại đối "
                     "tượng; hãy ghi một trong các giá trị: Cá nhân, Tập thể, Hộ gia đình, "
                     "Mô hình."]


def test_something_right_after_the_rows_read_is_reported_not_ignored(focal):
    below = SHEET_ROWS_READ + 1
    xlsx = with_sheet_xml(sheet_xml([text_row(2, ["A Thút", "Cá nhân", SUMMARY]),
                                     text_row(below, ["Y Blúp", "Cá nhân", SUMMARY])]))
    csv = (",".join(HEADERS) + "\n" + "\n" * (below - 2) + "Y Blúp,Cá nhân,x\n").encode()
    for upload in (SimpleUploadedFile("xa.xlsx", xlsx), SimpleUploadedFile("xa.csv", csv)):
        [problem] = problems(post_import(focal, upload))

        assert problem == (f"Dòng {below} có dữ liệu, nhưng hệ thống chỉ đọc "
                           f"{SHEET_ROWS_READ} dòng đầu của trang tính. Hãy xóa các dòng "
                           "trống xen giữa các giới thiệu, hoặc tách thành nhiều tệp."), \
            upload.name


def test_a_csv_of_blank_lines_is_read_only_up_to_the_bound(focal):
    # Nearly 2 MB of empty records, then one with a mistake that is never reached.
    blank = ";" * (len(HEADERS) - 1) + "\n"
    lines = (MAX_FILE_SIZE - 1000) // len(blank)
    content = (";".join(HEADERS) + "\n" + blank * lines + "Y Blúp;Bác sĩ;x\n").encode()
    assert len(content) <= MAX_FILE_SIZE

    [problem] = problems(post_import(focal, SimpleUploadedFile("trong.csv", content)))

    assert problem == "Tệp không có dòng giới thiệu nào bên dưới dòng tiêu đề."


def test_reading_stops_at_the_first_introduction_past_the_limit(focal):
    rows = [[f"Người tốt số {number}", "Cá nhân", SUMMARY] for number in range(MAX_ROWS + 40)]
    # Below the 201st introduction: a cell too long, which would be reported if read.
    rows[MAX_ROWS + 20][2] = "x" * (MAX_CELL_LENGTH + 1)
    upload = SimpleUploadedFile("nhieu.xlsx", workbook_bytes(rows))

    [problem] = problems(post_import(focal, upload))

    assert problem == "Tệp có hơn 200 dòng giới thiệu; hãy chia thành nhiều tệp."


def test_the_import_page_states_the_bounds(focal):
    client, _unit = focal
    html = client.get(reverse("introductions_import")).content.decode()

    assert "tối đa 2 MB và 200 dòng giới thiệu" in html
    assert ("Mỗi tệp tối đa 200 dòng giới thiệu và 2 MB, nằm trong 1000 dòng đầu của trang "
            "tính đầu tiên") in html
    assert "Mỗi ô tối đa 5000 ký tự." in html
