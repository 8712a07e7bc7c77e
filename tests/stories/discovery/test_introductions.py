"""Units' quarterly introductions: entered in the admin or imported from a spreadsheet, each
one a draft profile in the review; a focal person sees only their own unit's."""

import csv
import datetime
import io
import unicodedata
import zipfile

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import WorkflowState

from stories.discovery.introduction_sheet_columns import COLUMNS
from stories.editorial.roles import EDITOR, PROFILE_WORKFLOW, REPORTER, SITE_ADMIN, VERIFIER
from stories.models import ExemplarPage, Introduction, Movement, Place, Sector, current_quarter
from tests.factories import (
    FocalPersonFactory,
    IntroductionFactory,
    PlaceFactory,
    UnitFactory,
    UserFactory,
)

HEADERS = [column.header for column in COLUMNS]
SUMMARY = "Hơn 20 năm tuần tra bảo vệ 300 ha rừng đầu nguồn, vận động 15 hộ không phát rẫy."
IMPORT = "introductions_import"


@pytest.fixture
def roles(db):
    """The groups alone: tests that create no profile need no page tree."""
    call_command("sync_roles", stdout=io.StringIO())


@pytest.fixture
def world(roles):
    """Two units with a focal person each, and the terms a spreadsheet may name."""
    commune = UnitFactory(name="Ủy ban nhân dân xã Đăk Kôi")
    school = UnitFactory(name="Trường Tiểu học Kim Đồng")
    district = PlaceFactory(name="Kon Rẫy", kind=Place.Kind.DISTRICT,
                            valid_to=datetime.date(2025, 6, 30))
    return {
        "commune": commune,
        "school": school,
        "focal": FocalPersonFactory(unit=commune).user,
        "school_focal": FocalPersonFactory(unit=school).user,
        # Seeded by the migrations, as on every installation.
        "farming": Sector.objects.get(name="Nông nghiệp"),
        "health": Sector.objects.get(name="Y tế"),
        "culture": Sector.objects.get(name="Văn hóa, nghệ thuật, thể dục thể thao"),
        "movement": Movement.objects.get(slug="xoa-nha-tam-nha-dot-nat"),
        "dak_koi": PlaceFactory(name="Đăk Kôi", kind=Place.Kind.COMMUNE),
        "ward": PlaceFactory(name="Đăk Hà", kind=Place.Kind.WARD),
        "commune_dak_ha": PlaceFactory(name="Đăk Hà", kind=Place.Kind.COMMUNE),
        "old_district": district,
    }


def logged_in(client, user):
    client.force_login(user)
    return client


def xlsx_upload(rows, headers=HEADERS, name="gioi-thieu-quy-4.xlsx"):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    if headers:
        sheet.append(headers)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


def csv_text(rows, headers=HEADERS, delimiter=","):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue()


def windows_1258(text):
    """Text as Excel on Vietnamese Windows saves it: base letters (â, ư, ơ…) precomposed,
    tone marks as separate combining characters."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def row(name, subject_type="Cá nhân", summary=SUMMARY, sectors="", movements="", place="",
        awards="", decisions=""):
    return [name, subject_type, summary, sectors, movements, place, awards, decisions]


def post_import(client, upload, unit, year=2026, quarter=4):
    # The import runs as a task (at once in tests); the answer leads to its page.
    return client.post(reverse(IMPORT), {"file": upload, "unit": unit.pk, "year": year,
                                         "quarter": quarter}, follow=True)


def in_review(page):
    state = WorkflowState.objects.get(object_id=str(page.pk),
                                      status=WorkflowState.STATUS_IN_PROGRESS)
    return state.workflow.name == PROFILE_WORKFLOW


# --- Import ------------------------------------------------------------------------------------

def test_valid_xlsx_becomes_draft_profiles_in_review_for_the_unit_and_quarter(
        client, world, site_pages):
    # Headers written loosely and in another order, with a row-number column and a blank row.
    headers = ["STT", "HỌ VÀ TÊN / TÊN TẬP THỂ", "loai doi tuong", "Tóm tắt  thành tích",
               "Lĩnh vực", "Phong trào thi đua", "Địa bàn", "Quyết định khen thưởng đã có"]
    upload = xlsx_upload([
        [1, "A Thút", "cá nhân", SUMMARY, "nong nghiep, Y tế; Văn hoá, nghệ thuật, thể dục "
         "thể thao", "xoá nhà tạm, nhà dột nát", "xã Đăk Kôi", datetime.datetime(2026, 3, 12)],
        [None] * 8,
        [2, "Tổ phụ nữ thôn 3", "TẬP THỂ", "Quỹ tiết kiệm giúp 32 hội viên thoát nghèo.",
         "", "", "dak koi", ""],
    ], headers=headers)
    response = post_import(logged_in(client, world["focal"]), upload, world["commune"])

    assert response.status_code == 200
    html = response.content.decode()
    assert "tạo mới 2 giới thiệu" in html
    person = Introduction.objects.get(subject_name="A Thút")
    assert (person.unit, person.year, person.quarter) == (world["commune"], 2026, 4)
    assert person.source == Introduction.Source.IMPORT
    assert person.source_file == "gioi-thieu-quy-4.xlsx"
    assert person.decisions == "12/03/2026"
    assert set(person.sectors.all()) == {world["farming"], world["health"], world["culture"]}
    assert list(person.movements.all()) == [world["movement"]]
    profile = ExemplarPage.objects.get(pk=person.exemplar_id)
    assert not profile.live
    assert (profile.title, profile.unit, profile.place) == ("A Thút", world["commune"],
                                                            world["dak_koi"])
    assert set(profile.sectors.all()) == set(person.sectors.all())
    assert in_review(profile)
    group = Introduction.objects.get(subject_name="Tổ phụ nữ thôn 3")
    assert group.subject_type == "tap_the"
    assert group.exemplar.place == world["dak_koi"]
    # The focal person cannot open profiles in the editor: the state is shown instead.
    assert "Đang duyệt" in html


def test_csv_in_windows_1258_or_utf8_with_semicolons_or_commas(client, world, site_pages):
    client = logged_in(client, world["focal"])
    text = csv_text([row("Nguyễn Thị Hường", "Hộ gia đình", place="Đăk Kôi",
                         awards="Giấy khen của Chủ tịch UBND xã")], delimiter=";")
    post_import(client, SimpleUploadedFile("danh-sach.csv", windows_1258(text)),
                world["commune"])

    introduction = Introduction.objects.get()
    assert introduction.subject_name == "Nguyễn Thị Hường"
    assert unicodedata.is_normalized("NFC", introduction.subject_name)
    assert introduction.proposed_awards == "Giấy khen của Chủ tịch UBND xã"
    assert introduction.exemplar.title == "Nguyễn Thị Hường"

    text = csv_text([row("Y Blúp", "Hộ gia đình")])
    post_import(client, SimpleUploadedFile("utf8.csv", b"\xef\xbb\xbf" + text.encode()),
                world["commune"])
    assert Introduction.objects.filter(subject_name="Y Blúp").exists()


def test_every_problem_is_reported_with_its_row_and_column_and_nothing_is_imported(
        client, world):
    upload = xlsx_upload([
        row("A Thút"),
        row("Hoàng Văn Lâm", subject_type="", sectors="Nông nghiệp; Thủy sản"),
        [],
        row("Lê Thị Mai", subject_type="Giáo viên", summary="x" * 601),
        row("Phạm Văn Nam", place="Đăk Hà"),
        row("a thút", place="Kon Rẫy"),
    ])
    response = post_import(logged_in(client, world["focal"]), upload, world["commune"],
                           quarter=3)

    html = response.content.decode()
    problems = [
        "Dòng 3, cột B (Loại đối tượng): Chưa điền (bắt buộc).",
        "Dòng 3, cột D (Lĩnh vực): Không có lĩnh vực “Thủy sản”. Các lĩnh vực: Xây dựng "
        "Đảng, chính quyền, đoàn thể; Quốc phòng, an ninh; ",
        "Dòng 5, cột B (Loại đối tượng): “Giáo viên” không phải là loại đối tượng; hãy ghi "
        "một trong các giá trị: Cá nhân, Tập thể, Hộ gia đình, Mô hình.",
        "Dòng 5, cột C (Tóm tắt thành tích): Quá dài: 601 ký tự, tối đa 600.",
        "Dòng 6, cột F (Địa bàn): “Đăk Hà” trùng tên nhiều địa bàn: phường Đăk Hà; xã Đăk "
        "Hà. Hãy ghi cả cấp hành chính, ví dụ “phường Đăk Hà”.",
        "Dòng 7, cột A (Họ và tên / Tên tập thể): “a thút” đã có ở dòng 2 của tệp này; mỗi "
        "điển hình chỉ giới thiệu một lần.",
        # Former places are not offered: only the current ones.
        "Dòng 7, cột F (Địa bàn): Không có địa bàn “Kon Rẫy”.",
    ]
    for problem in problems:
        assert problem in html, problem
    assert html.count("<li>Dòng ") == len(problems)
    assert "Chưa nhập gì từ tệp" in html
    assert not Introduction.objects.exists()
    assert not ExemplarPage.objects.exists()
    # The form keeps what was chosen, and says the file must be chosen again.
    assert response.context["form"]["quarter"].value() == "3"
    assert "Hãy chọn lại tệp" in html


def test_the_import_runs_in_the_worker_while_its_page_refreshes_itself(
        client, world, site_pages, settings):
    from stories.discovery.introduction_import_jobs import run_import

    # A backend that only queues: the task runs when the worker takes it, below.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    client = logged_in(client, world["focal"])
    upload = xlsx_upload([row("A Thút"), row("Tổ phụ nữ thôn 3", "Tập thể")])
    response = client.post(reverse(IMPORT), {"file": upload, "unit": world["commune"].pk,
                                             "year": 2026, "quarter": 4})
    assert response.status_code == 302
    status_url = response["Location"]
    waiting = client.get(status_url)
    assert waiting.status_code == 200
    assert waiting["Refresh"] == "2"
    html = waiting.content.decode()
    assert '<meta http-equiv="refresh" content="2">' in html
    assert "đang chờ được nhập" in html
    assert not Introduction.objects.exists()
    # Nobody else sees the import's page.
    assert logged_in(client, world["school_focal"]).get(status_url).status_code == 404

    run_import.call(status_url.rstrip("/").rsplit("/", 1)[-1])

    client = logged_in(client, world["focal"])
    done = client.get(status_url)
    assert "Refresh" not in done
    assert "tạo mới 2 giới thiệu" in done.content.decode()
    assert Introduction.objects.count() == 2


def test_importing_the_same_file_again_creates_no_duplicates(client, world, site_pages):
    client = logged_in(client, world["focal"])
    rows = [row("A Thút"), row("Tổ phụ nữ thôn 3", "Tập thể")]
    post_import(client, xlsx_upload(rows), world["commune"])
    first = {introduction.pk: introduction.exemplar_id
             for introduction in Introduction.objects.all()}

    response = post_import(client, xlsx_upload([*rows, row("Y Blúp", "Hộ gia đình")]),
                           world["commune"])

    html = response.content.decode()
    assert "tạo mới 1 giới thiệu, bỏ qua 2 giới thiệu đã có" in html
    assert html.count("đã có, bỏ qua") == 2
    assert Introduction.objects.count() == 3
    assert ExemplarPage.objects.count() == 3
    assert all(Introduction.objects.get(pk=pk).exemplar_id == page
               for pk, page in first.items())
    # Another quarter is another introduction.
    post_import(client, xlsx_upload(rows), world["commune"], quarter=1)
    assert Introduction.objects.filter(quarter=1).count() == 2


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


WRONG_FILES = [
    ("bao-cao.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "Chỉ nhập được tệp XLSX hoặc CSV"),
    ("danh-sach.docx", docx_bytes(), "Chỉ nhập được tệp XLSX hoặc CSV"),
    ("danh-sach.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
     "là tệp Excel 97–2003 (.xls) cũ"),
    ("anh.xlsx", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(300),
     "không phải là bảng tính XLSX hợp lệ"),
    ("word.xlsx", docx_bytes(), "không phải là bảng tính XLSX hợp lệ"),
    ("trong.csv", b"", "Tệp không có nội dung."),
    ("khong-tieu-de.csv", "A Thút,Cá nhân,Bảo vệ rừng\n".encode(),
     "Không tìm thấy dòng tiêu đề"),
    ("thieu-cot.csv", "Họ và tên,Tóm tắt thành tích\nA Thút,Bảo vệ rừng\n".encode(),
     "thiếu cột bắt buộc: “Loại đối tượng”"),
]


def test_a_file_that_is_not_the_template_gives_one_clear_message(client, world):
    client = logged_in(client, world["focal"])
    for name, content, message in WRONG_FILES:
        response = post_import(client, SimpleUploadedFile(name, content), world["commune"])

        assert response.status_code == 200, name
        assert message in response.content.decode(), name
        problems = (response.context["outcome"].problems if "outcome" in response.context
                    else response.context["form"].errors["file"])
        assert len(problems) == 1, name
    assert not Introduction.objects.exists()


def test_the_example_file_imports_as_it_is(client, world, site_pages):
    client = logged_in(client, world["school_focal"])
    for quarter, fmt in ((1, "xlsx"), (2, "csv")):
        example = client.get(reverse("introductions_template", args=["vi-du", fmt]))
        assert example["Content-Disposition"] == (
            f'attachment; filename="vi-du-gioi-thieu-dien-hinh.{fmt}"')

        response = post_import(client, SimpleUploadedFile(f"vi-du.{fmt}", example.content),
                               world["school"], quarter=quarter)

        assert "tạo mới 3 giới thiệu" in response.content.decode(), fmt
    introductions = Introduction.objects.filter(unit=world["school"], quarter=2)
    assert introductions.count() == 3
    assert all(introduction.exemplar_id for introduction in introductions)
    assert all(introduction.sectors.exists() and introduction.movements.exists()
               and introduction.place for introduction in introductions)
    assert set(introductions.get(subject_name="A Thút").sectors.all()) == {world["farming"]}


def test_the_template_has_the_headers_and_documents_every_column(client, world):
    client = logged_in(client, world["focal"])
    response = client.get(reverse("introductions_template", args=["mau", "xlsx"]))

    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    data, guide = workbook.worksheets
    assert [cell.value for cell in data[1]] == HEADERS
    assert data.max_row == 1
    assert guide.title == "Hướng dẫn"
    text = [cell for line in guide.iter_rows(values_only=True) for cell in line if cell]
    for header in HEADERS:
        assert header in text
    assert "Cá nhân, Tập thể, Hộ gia đình, Mô hình" in text
    for value in ("Nông nghiệp", "Văn hóa, nghệ thuật, thể dục thể thao",
                  "Xóa nhà tạm, nhà dột nát",
                  "xã Đăk Kôi", "phường Đăk Hà", 600):
        assert value in text
    assert "huyện Kon Rẫy" not in text

    plain = client.get(reverse("introductions_template", args=["mau", "csv"]))
    assert plain.content.decode("utf-8-sig").splitlines() == [",".join(HEADERS)]

    # The import page links to the templates and defaults to this quarter.
    response = client.get(reverse(IMPORT))
    html = response.content.decode()
    assert reverse("introductions_template", args=["mau", "xlsx"]) in html
    assert reverse("introductions_template", args=["vi-du", "csv"]) in html
    form = response.context["form"]
    assert (form["year"].value(), form["quarter"].value()) == current_quarter()
    assert form.fields["unit"].disabled
    assert list(form.fields["unit"].queryset) == [world["commune"]]


def test_this_quarter_is_counted_in_vietnam():
    just_after_midnight = datetime.datetime(2026, 3, 31, 17, 30, tzinfo=datetime.UTC)
    assert current_quarter(just_after_midnight) == (2026, 2)
    assert current_quarter(datetime.datetime(2026, 3, 31, 16, 59, tzinfo=datetime.UTC)) == (
        2026, 1)


# --- Who may do what ---------------------------------------------------------------------------

def test_a_focal_person_cannot_import_for_another_unit_by_tampering_with_the_form(
        client, world, site_pages):
    post_import(logged_in(client, world["focal"]), xlsx_upload([row("A Thút")]),
                world["school"])
    assert not Introduction.objects.filter(unit=world["school"]).exists()
    assert Introduction.objects.get().unit == world["commune"]
    # The home-affairs office chooses the unit it imports for.
    verifier = UserFactory(groups=[VERIFIER])
    post_import(logged_in(client, verifier), xlsx_upload([row("A Thút")]), world["school"])
    assert Introduction.objects.get(unit=world["school"]).submitted_by == verifier


def test_only_those_who_add_introductions_import_or_download_templates(client, world):
    refused = reverse("wagtailadmin_home")
    client = logged_in(client, UserFactory(groups=[REPORTER]))
    assert client.get(reverse(IMPORT)).url == refused
    assert client.get(reverse("introductions_template", args=["mau", "xlsx"])).url == refused
    # A focal person not yet linked to a unit may do nothing either.
    unlinked = UserFactory(groups=["Đầu mối đơn vị"])
    assert logged_in(client, unlinked).get(reverse(IMPORT)).url == refused
    listing = client.get(reverse("wagtailsnippets_stories_introduction:list"))
    assert listing.url == refused


def snippet_url(view, introduction):
    return reverse(f"wagtailsnippets_stories_introduction:{view}", args=[introduction.pk])


def test_a_focal_person_sees_and_edits_only_their_own_units_introductions(client, world):
    own = IntroductionFactory(unit=world["commune"], subject_name="A Thút")
    other = IntroductionFactory(unit=world["school"], subject_name="Cô giáo Y Hoa")
    client = logged_in(client, world["focal"])

    listing = client.get(reverse("wagtailsnippets_stories_introduction:list")).content.decode()
    assert "A Thút" in listing
    assert "Y Hoa" not in listing
    for view in ("edit", "delete", "history", "usage", "inspect"):
        assert client.get(snippet_url(view, other)).status_code == 404, view
        assert client.get(snippet_url(view, own)).status_code != 404, view
    client.post(snippet_url("edit", other), {"subject_name": "Đã sửa"})
    assert Introduction.objects.get(pk=other.pk).subject_name == "Cô giáo Y Hoa"
    chooser = client.get(reverse("wagtailsnippetchoosers_stories_introduction:choose"))
    assert "Y Hoa" not in chooser.content.decode()


def test_deleting_is_limited_to_the_own_unit_even_with_the_permission(client, world):
    own = IntroductionFactory(unit=world["commune"], subject_name="A Thút")
    other = IntroductionFactory(unit=world["school"], subject_name="Cô giáo Y Hoa")
    focal = world["focal"]
    focal.user_permissions.add(Permission.objects.get(codename="delete_introduction"))
    client = logged_in(client, focal)

    assert client.post(snippet_url("delete", other)).status_code == 404
    bulk = reverse("wagtail_bulk_action", args=["stories", "introduction", "delete"])
    confirmation = client.get(bulk, {"id": [own.pk, other.pk]}).content.decode()
    assert "A Thút" in confirmation
    assert "Y Hoa" not in confirmation
    client.post(f"{bulk}?id={own.pk}&id={other.pk}")
    assert list(Introduction.objects.all()) == [other]


def test_the_office_and_editors_see_every_units_introductions(client, world):
    IntroductionFactory(unit=world["commune"], subject_name="A Thút", quarter=1)
    IntroductionFactory(unit=world["school"], subject_name="Cô giáo Y Hoa", quarter=4)
    listing = reverse("wagtailsnippets_stories_introduction:list")
    for group in (EDITOR, VERIFIER, SITE_ADMIN):
        html = logged_in(client, UserFactory(groups=[group])).get(listing).content.decode()
        assert "A Thút" in html and "Y Hoa" in html, group
    html = client.get(listing, {"unit": world["school"].pk}).content.decode()
    assert "Y Hoa" in html and "A Thút" not in html
    html = client.get(listing, {"quarter": 1, "year": 2026}).content.decode()
    assert "A Thút" in html and "Y Hoa" not in html
    html = client.get(listing, {"q": "y hoa"}).content.decode()
    assert "Y Hoa" in html and "A Thút" not in html


# --- Entered in the admin ----------------------------------------------------------------------

def introduction_form(world, **overrides):
    data = {
        "year": "2026", "quarter": "4", "subject_name": "A Thút", "subject_type": "ca_nhan",
        "achievement_summary": SUMMARY, "place": world["dak_koi"].pk,
        "sectors": [world["farming"].pk], "movements": [world["movement"].pk],
        "proposed_awards": "Giấy khen của Chủ tịch UBND xã", "decisions": "",
    }
    data.update(overrides)
    return data


def test_an_introduction_entered_in_the_admin_becomes_a_draft_profile_in_review(
        client, world, site_pages):
    client = logged_in(client, world["focal"])
    add = reverse("wagtailsnippets_stories_introduction:add")
    form = client.get(add).context["form"]
    assert form["unit"].value() == world["commune"].pk
    assert form.fields["unit"].disabled

    # The unit sent is ignored: a focal person introduces for their own unit.
    response = client.post(add, introduction_form(world, unit=world["school"].pk))

    assert response.status_code == 302
    introduction = Introduction.objects.get()
    assert (introduction.unit, introduction.year, introduction.quarter) == (
        world["commune"], 2026, 4)
    assert introduction.submitted_by == world["focal"]
    profile = introduction.exemplar
    assert not profile.live
    assert (profile.unit, profile.place, profile.subject_type) == (
        world["commune"], world["dak_koi"], "ca_nhan")
    assert list(profile.movements.all()) == [world["movement"]]
    assert in_review(profile)

    listing = client.get(reverse("wagtailsnippets_stories_introduction:list")).content.decode()
    assert introduction.submitted_at.astimezone(datetime.timezone(datetime.timedelta(
        hours=7))).strftime("%d/%m/%Y") in listing
    assert "Đang duyệt" in listing
    # Another unit's focal person does not find the name in the site's history either.
    history = logged_in(client, world["school_focal"]).get(
        reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Giới thiệu số" in history
    assert "A Thút" not in history
    client = logged_in(client, world["focal"])
    # The same person twice in a quarter is refused.
    again = client.post(add, introduction_form(world, subject_name="a thut"))
    assert "Đơn vị đã giới thiệu" in again.content.decode()
    assert Introduction.objects.count() == 1


def test_editing_an_introduction_leaves_its_profile_and_links_to_it(client, world, site_pages):
    client = logged_in(client, world["focal"])
    client.post(reverse("wagtailsnippets_stories_introduction:add"), introduction_form(world))
    introduction = Introduction.objects.get()
    edit = snippet_url("edit", introduction)

    response = client.post(edit, introduction_form(world, achievement_summary="Đã sửa."))

    assert response.status_code == 302
    assert Introduction.objects.get().achievement_summary == "Đã sửa."
    profile = ExemplarPage.objects.get(pk=introduction.exemplar_id)
    assert profile.get_latest_revision_as_object().achievement_summary == SUMMARY
    assert ExemplarPage.objects.count() == 1
    assert "không làm thay đổi hồ sơ" in client.get(edit).content.decode()
    # Whoever edits profiles (the site administrator no longer does) gets the editor.
    admin = logged_in(client, UserFactory(is_superuser=True))
    page = admin.get(edit).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[profile.pk]) in page


def test_the_profile_editor_shows_the_units_proposal_to_the_reviewers(client, world, site_pages):
    logged_in(client, world["focal"]).post(
        reverse("wagtailsnippets_stories_introduction:add"), introduction_form(
            world, decisions="Giấy khen số 88/QĐ-UBND ngày 12/06/2026 của UBND xã Đăk Kôi"))
    profile = Introduction.objects.get().exemplar
    # The editor reviews it first (the site administrator opens no pages).
    client.force_login(UserFactory(groups=[EDITOR]))

    html = client.get(reverse("wagtailadmin_pages:edit", args=[profile.pk])).content.decode()

    assert "Do Ủy ban nhân dân xã Đăk Kôi giới thiệu, Quý IV/2026" in html
    assert "Giấy khen của Chủ tịch UBND xã" in html
    assert "Giấy khen số 88/QĐ-UBND ngày 12/06/2026 của UBND xã Đăk Kôi" in html


def test_naming_a_focal_person_gives_them_the_role(world):
    from stories.editorial.roles import FOCAL_PERSON
    from stories.models import FocalPerson

    user = UserFactory()
    FocalPerson.objects.create(user=user, unit=world["school"])
    assert user.groups.filter(name=FOCAL_PERSON).exists()
