"""Tracking for the home-affairs office: the quota report (table, chart, spreadsheet) and
the reminders sent before each quarter's deadline. Fixed dates throughout."""

import datetime
import io
import re
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from lxml import etree
from openpyxl import load_workbook

from stories.discovery.quota_report import unit_report
from stories.discovery.reminders import reminder_candidates, send_reminders
from stories.editorial.roles import FOCAL_PERSON, REPORTER, VERIFIER
from stories.models import DiscoverySettings, Place, Quota, Reminder, Unit, UnitTurn
from tests.factories import (
    ExemplarPageFactory,
    FocalPersonFactory,
    IntroductionFactory,
    PlaceFactory,
    UnitFactory,
    UserFactory,
)

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def at(year, month, day, hour=9, minute=0):
    """A moment in Vietnam's local time."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=VN)


def discovery_settings(deadline_day=5, reminder_days=7, rotation=False, quotas=None):
    settings = DiscoverySettings.load()
    settings.deadline_day = deadline_day
    settings.reminder_days = reminder_days
    settings.rotation_enabled = rotation
    settings.save()
    for (year, kind), per_quarter in (quotas or {}).items():
        Quota.objects.create(settings=settings, year=year, unit_kind=kind,
                             per_quarter=per_quarter)
    return settings


def take_turns(settings, quarter, *units):
    for unit in units:
        UnitTurn.objects.create(settings=settings, unit=unit, quarter=quarter)


def verified_draft(user):
    """A draft profile that passed the editing and verification steps of the real
    profile workflow, and now waits for the leadership's approval."""
    page = ExemplarPageFactory(live=False)
    page.save_revision(user=user)
    page.get_workflow().start(page, user)
    for _step in ("editing", "verification"):
        page.refresh_from_db()
        page.current_workflow_task_state.approve(user=user)
    return page


def edited_draft(user):
    """A draft profile past the editing step, still waiting for verification."""
    page = ExemplarPageFactory(live=False)
    page.save_revision(user=user)
    page.get_workflow().start(page, user)
    page.refresh_from_db()
    page.current_workflow_task_state.approve(user=user)
    return page


# --- The report ---------------------------------------------------------------------------


@pytest.fixture
def province(site_pages):
    """Kon Tum, quarter IV of 2026 (deadline 05/12/2026), with these hand-counted figures:

    unit                 kind     quota  introduced  verified  published  late  met
    Sở Nội vụ            agency   1      1           1         1          0     yes
    Sở Y tế              agency   1      0           0         0          0     no
    UBND xã Đăk Hà       commune  2      3           1         0          2     yes
    UBND xã Sa Thầy      commune  2      1           0         0          0     no
    Trường THCS Đăk Mar  school   -      2           0         0          0     -
    total                         6      7           2         1          2     2 of 4
    """
    root = get_user_model().objects.create_superuser("root", "root@example.vn", "x")
    settings = discovery_settings(quotas={
        (2026, Unit.Kind.AGENCY): 1, (2026, Unit.Kind.COMMUNE): 2,
        (2025, Unit.Kind.COMMUNE): 5})
    kon_tum = PlaceFactory(name="Kon Tum", kind=Place.Kind.PROVINCE)
    old_district = PlaceFactory(name="Đăk Hà", kind=Place.Kind.DISTRICT, parent=kon_tum,
                                valid_to=datetime.date(2025, 6, 30))
    new_commune = PlaceFactory(name="Đăk Hà", kind=Place.Kind.COMMUNE, parent=kon_tum)
    PlaceFactory(name="Đăk Mar", kind=Place.Kind.COMMUNE, parent=old_district,
                 valid_to=datetime.date(2025, 6, 30), successor=new_commune)
    sa_thay = PlaceFactory(name="Sa Thầy", kind=Place.Kind.COMMUNE, parent=kon_tum)

    units = {
        "noi_vu": UnitFactory(name="Sở Nội vụ", kind=Unit.Kind.AGENCY, place=kon_tum),
        "y_te": UnitFactory(name="Sở Y tế", kind=Unit.Kind.AGENCY, place=kon_tum),
        "dak_ha": UnitFactory(name="UBND xã Đăk Hà", kind=Unit.Kind.COMMUNE,
                              place=new_commune),
        "sa_thay": UnitFactory(name="UBND xã Sa Thầy", kind=Unit.Kind.COMMUNE, place=sa_thay),
        "school": UnitFactory(name="Trường THCS Đăk Mar", kind=Unit.Kind.SCHOOL,
                              place=new_commune),
    }

    def introduce(unit, submitted, quarter=4, year=2026, exemplar=None):
        return IntroductionFactory(unit=units[unit], year=year, quarter=quarter,
                                   submitted_at=submitted, exemplar=exemplar)

    introduce("noi_vu", at(2026, 11, 20), exemplar=ExemplarPageFactory(live=True))
    # Last minutes of the deadline day in Vietnam: on time.
    introduce("dak_ha", at(2026, 12, 5, 23, 30), exemplar=verified_draft(root))
    # Half past midnight in Vietnam is still 5 December in UTC: late all the same.
    introduce("dak_ha", at(2026, 12, 6, 0, 30), exemplar=edited_draft(root))
    introduce("dak_ha", at(2026, 12, 10))
    introduce("sa_thay", at(2026, 10, 2))
    introduce("school", at(2026, 11, 1))
    introduce("school", at(2026, 11, 2))
    # Other quarters and years count in the chart's year or not at all.
    introduce("sa_thay", at(2026, 8, 1), quarter=3)
    introduce("sa_thay", at(2026, 8, 2), quarter=3)
    introduce("noi_vu", at(2025, 11, 2), year=2025)
    return {"settings": settings, "units": units, "root": root, "kon_tum": kon_tum,
            "old_district": old_district, "sa_thay": sa_thay}


def figures(row):
    return (row.unit.name, row.quota, row.introduced, row.verified, row.published, row.late,
            row.met)


def test_report_counts_each_units_quarter_against_its_quota(province):
    report = unit_report(2026, 4)
    assert [figures(row) for row in report] == [
        ("Sở Nội vụ", 1, 1, 1, 1, 0, True),
        ("Sở Y tế", 1, 0, 0, 0, 0, False),
        ("UBND xã Đăk Hà", 2, 3, 1, 0, 2, True),
        ("UBND xã Sa Thầy", 2, 1, 0, 0, 0, False),
        ("Trường THCS Đăk Mar", 0, 2, 0, 0, 0, None),
    ]
    totals = report.totals
    assert (totals.units, totals.quota, totals.introduced, totals.verified,
            totals.published, totals.late, totals.met, totals.with_quota) == (
        5, 6, 7, 2, 1, 2, 2, 4)
    assert report.deadline == datetime.date(2026, 12, 5)
    assert all(row.expected for row in report)
    # The chart's figures: every quarter of the year against its quota.
    sa_thay = next(row for row in report if row.unit.name == "UBND xã Sa Thầy")
    assert [(q.label, q.introduced, q.quota) for q in sa_thay.by_quarter] == [
        ("I", 0, 2), ("II", 0, 2), ("III", 2, 2), ("IV", 1, 2)]
    # With the deadline on the 15th, nothing sent by 10 December is late.
    province["settings"].deadline_day = 15
    province["settings"].save()
    assert unit_report(2026, 4).totals.late == 0


def test_with_rotation_only_units_on_turn_are_expected(province):
    settings = province["settings"]
    settings.rotation_enabled = True
    settings.save()
    units = province["units"]
    take_turns(settings, 4, units["noi_vu"], units["sa_thay"])
    take_turns(settings, 3, units["dak_ha"])
    report = unit_report(2026, 4)
    assert [(row.unit.name, row.expected, row.quota, row.introduced, row.met)
            for row in report] == [
        ("Sở Nội vụ", True, 1, 1, True),
        ("Sở Y tế", False, 0, 0, None),
        ("UBND xã Đăk Hà", False, 0, 3, None),
        ("UBND xã Sa Thầy", True, 2, 1, False),
        ("Trường THCS Đăk Mar", False, 0, 2, None),
    ]
    assert (report.totals.expected, report.totals.quota, report.totals.met,
            report.totals.with_quota) == (2, 3, 1, 2)
    dak_ha = next(row for row in report if row.unit.name == "UBND xã Đăk Hà")
    assert [q.quota for q in dak_ha.by_quarter] == [0, 0, 2, 0]


def test_report_filters_by_unit_kind_and_place(province):
    def names(**filters):
        return [row.unit.name for row in unit_report(2026, 4, **filters)]

    assert names(unit_kind=Unit.Kind.COMMUNE) == ["UBND xã Đăk Hà", "UBND xã Sa Thầy"]
    # The old district covers the commune its communes were merged into.
    assert names(place=province["old_district"]) == ["UBND xã Đăk Hà", "Trường THCS Đăk Mar"]
    assert names(place=province["sa_thay"]) == ["UBND xã Sa Thầy"]
    assert names(place=province["kon_tum"], unit_kind=Unit.Kind.AGENCY) == [
        "Sở Nội vụ", "Sở Y tế"]
    assert names(unit=province["units"]["y_te"]) == ["Sở Y tế"]


def test_report_takes_a_constant_number_of_queries(province):
    settings = province["settings"]
    settings.rotation_enabled = True
    settings.save()

    def queries():
        with CaptureQueriesContext(connection) as captured:
            rows = unit_report(2026, 4, place=province["kon_tum"])
        return len(captured), len(rows)

    queries()
    few, count = queries()
    for number in range(24):
        unit = UnitFactory(kind=Unit.Kind.COMMUNE, place=province["kon_tum"])
        take_turns(settings, 4, unit)
        IntroductionFactory(unit=unit, exemplar=ExemplarPageFactory(live=number % 2 == 0)
                            if number % 4 == 0 else None)
    many, more = queries()
    assert more == count + 24
    assert many == few


# --- The admin page ---------------------------------------------------------------------


def report_url(**params):
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{reverse('tracking_report')}?{query}"


def svg_of(html):
    chart = re.search(r'<svg[^>]*class="tracking-chart".*?</svg>', html, re.S).group(0)
    return etree.fromstring(chart.encode())


def test_verifier_reads_the_report_with_totals_deadline_and_filters(province, client):
    client.force_login(UserFactory(groups=[VERIFIER]))
    response = client.get(report_url(year=2026, quarter=4))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Theo dõi chỉ tiêu" in html
    assert "Hạn chót quý IV/2026: 05/12/2026" in html
    for header in ("Đơn vị", "Loại đơn vị", "Chỉ tiêu quý", "Đã giới thiệu", "Đã thẩm định",
                   "Đã xuất bản", "Đạt chỉ tiêu", "Nộp muộn"):
        assert f'<th scope="col">{header}</th>' in html
    row = re.search(r'<th scope="row">UBND xã Đăk Hà</th>(.*?)</tr>', html, re.S).group(1)
    assert re.findall(r"<td>(.*?)</td>", row) == [
        "Xã, phường", "xã Đăk Hà", "Có", "2", "3", "1", "0", "Đạt", "2"]
    totals = re.search(r'<tr class="tracking-report__totals">(.*?)</tr>', html, re.S).group(1)
    assert "Tổng cộng" in totals
    assert "2/4 đơn vị đạt" in totals
    # Without a choice the page opens on the current quarter, with every filter offered.
    html = client.get(reverse("tracking_report")).content.decode()
    for name in ("year", "quarter", "unit_kind", "place"):
        assert f'name="{name}"' in html
    html = client.get(report_url(year=2026, quarter=4, unit_kind="agency")).content.decode()
    assert "Sở Nội vụ" in html
    assert "UBND xã Đăk Hà" not in html
    html = client.get(report_url(year=2026, quarter=4,
                                 place=province["sa_thay"].pk)).content.decode()
    assert "UBND xã Sa Thầy" in html
    assert "Sở Nội vụ" not in html


def relative_luminance(colour):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(int(colour[i:i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_on_white(colour):
    return 1.05 / (relative_luminance(colour) + 0.05)


def test_chart_is_a_well_formed_accessible_svg(province, client):
    client.force_login(province["root"])
    html = client.get(report_url(year=2026, quarter=4)).content.decode()
    svg = svg_of(html)
    ns = {"s": "http://www.w3.org/2000/svg"}
    assert svg.get("role") == "img"
    labelled_by = svg.get("aria-labelledby").split()
    assert svg.find("s:title", ns).get("id") in labelled_by
    assert svg.find("s:desc", ns).get("id") in labelled_by
    assert "năm 2026" in svg.find("s:title", ns).text
    texts = ["".join(text.itertext()) for text in svg.iter("{*}text")]
    assert "UBND xã Sa Thầy" in texts
    assert "Quý IV" in texts
    assert "2/2" in texts  # Sa Thầy's quarter III: two introduced against a quota of two
    assert "Đạt chỉ tiêu" in texts and "Chưa đạt chỉ tiêu" in texts
    groups = svg.findall("s:g[@class='tracking-chart__unit']", ns)
    assert len(groups) == 5
    assert len(svg.findall(".//s:line[@class='tracking-chart__quota']", ns)) == 16
    assert not [el for el in svg.iter() if el.get("href") or el.get("{*}href")]
    # Bars, quota lines and text stand out on white (WCAG AA: 3:1 and 4.5:1).
    bars = {rect.get("fill") for rect in svg.iter("{*}rect")} - {"#ffffff"}
    lines = {line.get("stroke") for line in svg.iter("{*}line")}
    assert len(bars) == 3
    assert all(contrast_on_white(colour) >= 3 for colour in bars | lines)
    assert all(contrast_on_white(text.get("fill")) >= 4.5 for text in svg.iter("{*}text"))
    # Height grows with the number of units.
    html = client.get(report_url(year=2026, quarter=4, unit_kind="agency")).content.decode()
    assert float(svg_of(html).get("height")) < float(svg.get("height"))


def test_xlsx_export_has_the_tables_columns_in_vietnamese(province, client):
    client.force_login(UserFactory(groups=[VERIFIER]))
    response = client.get(reverse("tracking_report_xlsx") + "?year=2026&quarter=4")
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'attachment; filename="theo-doi-chi-tieu-2026-quy-4.xlsx"')
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["Đơn vị", "Loại đơn vị", "Địa phương", "Đến lượt", "Chỉ tiêu quý",
                       "Đã giới thiệu", "Đã thẩm định", "Đã xuất bản", "Đạt chỉ tiêu",
                       "Nộp muộn"]
    assert [row[0] for row in rows[1:]] == ["Sở Nội vụ", "Sở Y tế", "UBND xã Đăk Hà",
                                           "UBND xã Sa Thầy", "Trường THCS Đăk Mar",
                                           "Tổng cộng"]
    assert rows[3][2:] == ["xã Đăk Hà", "Có", 2, 3, 1, 0, "Đạt", 2]
    assert rows[4][8] == "Chưa đạt"
    assert rows[5][8] == "Không giao"
    assert rows[6][4:] == [6, 7, 2, 1, "2/4 đơn vị đạt", 2]
    # The same filters as the page: ?format=xlsx on the report's own address.
    response = client.get(report_url(year=2026, quarter=4, unit_kind="commune",
                                     format="xlsx"))
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "UBND xã Đăk Hà", "UBND xã Sa Thầy", "Tổng cộng"]
    # A name that looks like a formula stays text in the spreadsheet.
    UnitFactory(name='=HYPERLINK("http://example.com","Hội Nông dân")',
                kind=Unit.Kind.MASS_ORGANISATION)
    response = client.get(report_url(year=2026, quarter=4, unit_kind="mass_org",
                                     format="xlsx"))
    cell = load_workbook(io.BytesIO(response.content)).worksheets[0]["A2"]
    assert cell.data_type == "s"
    assert cell.value == '=HYPERLINK("http://example.com","Hội Nông dân")'


def test_focal_person_sees_only_their_own_unit(province, client):
    focal = FocalPersonFactory(unit=province["units"]["dak_ha"])
    client.force_login(focal.user)
    response = client.get(report_url(year=2026, quarter=4, unit_kind="agency"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "UBND xã Đăk Hà" in html
    assert "Sở Nội vụ" not in html
    assert "UBND xã Sa Thầy" not in html
    assert 'name="unit_kind"' not in html
    assert len(svg_of(html).findall("{*}g[@class='tracking-chart__unit']")) == 1
    response = client.get(reverse("tracking_report_xlsx") + "?year=2026&quarter=4")
    names = [row[0] for row in load_workbook(io.BytesIO(response.content))
             .worksheets[0].iter_rows(min_row=2, values_only=True)]
    assert names == ["UBND xã Đăk Hà", "Tổng cộng"]
    # A focal person not yet attached to a unit sees no unit at all.
    client.force_login(UserFactory(groups=[FOCAL_PERSON]))
    html = client.get(report_url(year=2026, quarter=4)).content.decode()
    assert "Không có đơn vị nào phù hợp" in html
    assert "Sở Nội vụ" not in html


def test_reporter_is_refused(province, client):
    client.force_login(UserFactory(groups=[REPORTER]))
    for url in (report_url(year=2026, quarter=4),
                reverse("tracking_report_xlsx") + "?year=2026&quarter=4"):
        response = client.get(url, follow=True)
        assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
        assert "Sở Nội vụ" not in response.content.decode()


def test_report_page_takes_a_constant_number_of_queries(province, client):
    client.force_login(UserFactory(groups=[VERIFIER]))
    url = report_url(year=2026, quarter=4, place=province["kon_tum"].pk)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured)

    queries()
    few = queries()
    for _ in range(25):
        IntroductionFactory(unit=UnitFactory(kind=Unit.Kind.AGENCY, place=province["kon_tum"]))
    assert queries() == few


# --- Reminders ----------------------------------------------------------------------------


def focal(unit, email=None, active=True):
    user = UserFactory(is_active=active, **({} if email is None else {"email": email}))
    return FocalPersonFactory(unit=unit, user=user)


@pytest.fixture
def communes(db):
    """Quotas: 2 for communes, 1 for agencies, none for schools, in 2026 and 2027."""
    settings = discovery_settings(quotas={
        (2026, Unit.Kind.COMMUNE): 2, (2026, Unit.Kind.AGENCY): 1,
        (2027, Unit.Kind.COMMUNE): 2})
    units = {
        "behind": UnitFactory(name="UBND xã Ngọc Réo", kind=Unit.Kind.COMMUNE),
        "done": UnitFactory(name="UBND xã Đăk Ui", kind=Unit.Kind.COMMUNE),
        "agency": UnitFactory(name="Sở Tư pháp", kind=Unit.Kind.AGENCY),
        "school": UnitFactory(name="Trường Tiểu học Kim Đồng", kind=Unit.Kind.SCHOOL),
    }
    for unit in units.values():
        focal(unit)
    IntroductionFactory(unit=units["behind"], year=2026, quarter=4)
    IntroductionFactory.create_batch(2, unit=units["done"], year=2026, quarter=4)
    return {"settings": settings, **units}


def reminded(day):
    return [candidate.unit.name for candidate in reminder_candidates(day)]


@pytest.mark.parametrize(("day", "expected"), [
    (datetime.date(2026, 11, 27), []),
    (datetime.date(2026, 11, 28), ["Sở Tư pháp", "UBND xã Ngọc Réo"]),
    (datetime.date(2026, 12, 5), ["Sở Tư pháp", "UBND xã Ngọc Réo"]),
    (datetime.date(2026, 12, 6), []),
    (datetime.date(2026, 12, 31), []),
    (datetime.date(2027, 1, 1), []),
])
def test_reminders_run_from_seven_days_before_the_5th_to_the_deadline(communes, day, expected):
    # Never the commune that met its quota, nor the school that has no quota.
    assert reminded(day) == expected


@pytest.mark.parametrize(("day", "expected"), [
    (datetime.date(2026, 12, 7), False),
    (datetime.date(2026, 12, 8), True),
    (datetime.date(2026, 12, 15), True),
    (datetime.date(2026, 12, 16), False),
])
def test_reminders_follow_a_deadline_on_the_15th(communes, day, expected):
    communes["settings"].deadline_day = 15
    communes["settings"].save()
    assert ("UBND xã Ngọc Réo" in reminded(day)) is expected


def test_first_quarter_reminders_start_in_february_and_count_the_new_year(communes):
    # 2027 is no leap year: seven days before 5 March is 26 February.
    assert reminded(datetime.date(2027, 2, 25)) == []
    # Quarter IV of 2026 does not count for 2027, and agencies have no 2027 quota.
    assert reminded(datetime.date(2027, 2, 26)) == ["UBND xã Đăk Ui", "UBND xã Ngọc Réo"]
    assert reminded(datetime.date(2027, 3, 5)) == ["UBND xã Đăk Ui", "UBND xã Ngọc Réo"]
    assert reminded(datetime.date(2027, 3, 6)) == []


def test_a_long_reminder_period_starts_on_the_quarters_first_days(communes):
    communes["settings"].reminder_days = 60
    communes["settings"].save()
    # The third quarter's deadline (5 September) has passed; the fourth's window opens
    # 60 days before 5 December, on 6 October.
    assert reminded(datetime.date(2026, 9, 30)) == []
    assert reminded(datetime.date(2026, 10, 5)) == []
    assert "UBND xã Ngọc Réo" in reminded(datetime.date(2026, 10, 6))


def test_with_rotation_only_units_on_turn_are_reminded(communes):
    settings = communes["settings"]
    settings.rotation_enabled = True
    settings.save()
    take_turns(settings, 4, communes["behind"])
    take_turns(settings, 3, communes["agency"])
    assert reminded(datetime.date(2026, 11, 28)) == ["UBND xã Ngọc Réo"]


def test_a_unit_reminded_this_quarter_is_not_reminded_again(communes):
    Reminder.objects.create(unit=communes["behind"], year=2026, quarter=4)
    Reminder.objects.create(unit=communes["agency"], year=2026, quarter=3)
    assert reminded(datetime.date(2026, 11, 28)) == ["Sở Tư pháp"]


def test_a_quota_of_zero_asks_nothing(communes):
    Quota.objects.filter(year=2026, unit_kind=Unit.Kind.AGENCY).update(per_quarter=0)
    assert reminded(datetime.date(2026, 11, 28)) == ["UBND xã Ngọc Réo"]


def test_reminders_go_to_active_focal_people_with_an_email(communes):
    behind = communes["behind"]
    focal(behind, email="dau.moi.2@ngocreo.example.vn")
    focal(behind, email="nghi.viec@ngocreo.example.vn", active=False)
    focal(behind, email="")
    candidate = next(c for c in reminder_candidates(datetime.date(2026, 11, 28))
                     if c.unit == behind)
    assert len(candidate.recipients) == 2
    assert "dau.moi.2@ngocreo.example.vn" in candidate.recipients
    assert "nghi.viec@ngocreo.example.vn" not in candidate.recipients
    assert (candidate.introduced, candidate.quota) == (1, 2)


def test_send_reminders_emails_each_unit_once_in_vietnamese(communes, settings):
    run = send_reminders(datetime.date(2026, 11, 28))
    assert [c.unit.name for c in run.sent] == ["Sở Tư pháp", "UBND xã Ngọc Réo"]
    assert len(mail.outbox) == 2
    message = next(m for m in mail.outbox if "Ngọc Réo" in m.subject)
    assert message.to == [communes["behind"].focal_people.get().user.email]
    assert message.subject == ("Nhắc hạn: UBND xã Ngọc Réo đã giới thiệu 1/2 điển hình "
                               "quý IV/2026")
    assert "Hạn chót giới thiệu điển hình quý IV/2026 là ngày 05/12/2026." in message.body
    assert "Đơn vị đã giới thiệu 1 trên 2 điển hình theo chỉ tiêu." in message.body
    assert f"{settings.SITE_BASE_URL}/quan-tri/" in message.body
    assert Reminder.objects.get(unit=communes["behind"], year=2026, quarter=4).recipients == (
        message.to[0])
    # Run again the next day, as cron does: nothing new.
    again = send_reminders(datetime.date(2026, 11, 29))
    assert again.sent == []
    assert len(mail.outbox) == 2


def test_units_without_a_focal_email_are_reported_and_not_recorded(communes):
    behind = communes["behind"]
    users = get_user_model().objects.filter(focal_person__unit=behind)
    users.update(email="")
    run = send_reminders(datetime.date(2026, 11, 28))
    assert [c.unit.name for c in run.without_email] == ["UBND xã Ngọc Réo"]
    assert not Reminder.objects.filter(unit=behind).exists()
    assert all("Ngọc Réo" not in message.subject for message in mail.outbox)
    # Once the focal person gives an address, the next day's run reminds the unit.
    users.update(email="moi@ngocreo.example.vn")
    run = send_reminders(datetime.date(2026, 11, 29))
    assert [c.unit.name for c in run.sent] == ["UBND xã Ngọc Réo"]
    assert mail.outbox[-1].to == ["moi@ngocreo.example.vn"]


def test_command_prints_a_vietnamese_summary_and_sends(communes):
    out = io.StringIO()
    call_command("send_reminders", "--date", "2026-11-28", stdout=out)
    text = out.getvalue()
    assert "Nhắc hạn quý IV/2026, hạn chót ngày 05/12/2026." in text
    assert "Đã nhắc: UBND xã Ngọc Réo (1/2)" in text
    assert "Số đơn vị đã nhắc: 2; không có email: 0; gửi lỗi: 0." in text
    assert len(mail.outbox) == 2
    out = io.StringIO()
    call_command("send_reminders", "--date", "2026-11-28", stdout=out)
    assert "Số đơn vị đã nhắc: 0" in out.getvalue()
    assert len(mail.outbox) == 2


def test_command_dry_run_sends_and_records_nothing(communes):
    out = io.StringIO()
    call_command("send_reminders", "--date", "2026-12-05", "--dry-run", stdout=out)
    text = out.getvalue()
    assert "Chạy thử: không gửi thư, không ghi nhận." in text
    assert "Sẽ nhắc: UBND xã Ngọc Réo (1/2)" in text
    assert mail.outbox == []
    assert not Reminder.objects.exists()


def test_command_outside_the_window_says_so(communes):
    out = io.StringIO()
    call_command("send_reminders", "--date", "2026-12-06", stdout=out)
    assert out.getvalue().strip() == (
        "Ngày 06/12/2026 không phải ngày nhắc hạn: hạn chót quý IV/2026 là ngày 05/12/2026. "
        "Không gửi thư nào.")
    assert mail.outbox == []


def test_command_refuses_a_malformed_date(communes):
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("send_reminders", "--date", "28/11/2026")
