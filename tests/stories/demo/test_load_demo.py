"""The demo a newcomer sees after `make run`: complete, truthful, and loadable twice.

Every test reads the one load the `demo` fixture makes (tests/stories/demo/conftest.py)."""

import datetime
import io
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, TaskState

from stories.demo.consent import withdrawn_name
from stories.demo.content import read
from stories.models import (
    AudioClip,
    Award,
    ColumnPage,
    ConsentWithdrawal,
    ExemplarPage,
    NominationPhoto,
    Photo,
    Place,
    PrivateDocument,
    StoryPage,
    SubjectType,
)


def run_load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def counts():
    return (Page.objects.count(), Photo.objects.count(), Award.objects.count(),
            PrivateDocument.objects.count(), ConsentWithdrawal.objects.count())


def test_profiles_of_every_kind_and_stories_in_every_column(demo):
    exemplars = ExemplarPage.objects.live()
    assert exemplars.count() >= 40
    assert set(exemplars.values_list("subject_type", flat=True)) == set(SubjectType.values)
    assert StoryPage.objects.live().count() >= 80
    for column in ColumnPage.objects.live():
        assert StoryPage.objects.live().child_of(column).exists(), column.title


def test_every_written_exemplar_is_published_with_its_two_stories(demo):
    """What the data files hold is what the site shows: each exemplar in
    stories/demo/data/exemplars.yaml has its profile and both stories live, but the one
    whose consent was withdrawn."""
    withdrawn = withdrawn_name()
    written = read("exemplars")["exemplars"]
    live_profiles = set(ExemplarPage.objects.live().values_list("title", flat=True))
    live_stories = set(StoryPage.objects.live().values_list("title", flat=True))
    for exemplar in written:
        titles = {exemplar["story"]["title"], exemplar["how"]["title"]}
        if exemplar["name"] == withdrawn:
            assert exemplar["name"] not in live_profiles and not titles & live_stories
        else:
            assert exemplar["name"] in live_profiles
            assert titles <= live_stories, exemplar["name"]


def test_awards_consent_and_places_are_truthful(demo):
    exemplars = ExemplarPage.objects.live()
    assert Award.objects.filter(status=Award.Status.REVOKED).count() == 1
    private = exemplars.filter(subject_type__in=[SubjectType.INDIVIDUAL, SubjectType.HOUSEHOLD])
    assert private.exists()
    assert all(page.consent_problem() is None for page in private)
    assert Place.objects.exclude(valid_to=None).filter(successor__isnull=False).exists()
    assert exemplars.filter(place__valid_to__isnull=False).exists()


def test_nothing_dated_in_the_future_and_every_photo_described(demo):
    assert not Page.objects.filter(first_published_at__gt=timezone.now()).exists()
    assert all(photo.description for photo in Photo.objects.all())


def test_newsroom_accounts_and_pages_at_every_review_step(demo):
    users = set(get_user_model().objects.values_list("username", flat=True))
    assert {"admin", "phongvien", "bientap", "thamdinh", "lanhdao", "quantri"} <= users
    steps = set(TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS)
                .values_list("task__name", flat=True))
    assert steps == {"Biên tập", "Thẩm định thành tích, khen thưởng", "Phê duyệt xuất bản"}
    assert "gs-demo-2026" in demo


def test_every_page_renders(demo, client):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        if page.get_view_restrictions().exists():
            continue
        assert client.get(page.url).status_code == 200, page.url


def test_names_are_found_without_diacritics(demo):
    """Issue #4: the name of any exemplar, column or place, typed without diacritics,
    finds it on the first page of results."""
    from search import engine
    from search.query import SearchRequest
    from stories.vietnamese import fold

    names = [(page.title, page.url) for model in (ExemplarPage, ColumnPage)
             for page in model.objects.live()]
    names += [(str(place), place.get_absolute_url()) for place in Place.objects.all()]
    assert len(names) > 60
    for name, url in names:
        hits = engine.search(SearchRequest(text=fold(name))).hits
        assert url in [hit.url for hit in hits], name


def test_every_feed_is_listed_and_works(demo, client):
    """Issue #5: "Nhận tin" lists a working feed for every column, sector, movement and
    place, and the columns with audio have a podcast."""
    import re

    from stories.models import Movement, Sector
    from tests.feed_validation import assert_valid_rss, parse_feed

    listing = client.get("/nhan-tin/ky-thuat/").content.decode()
    expected = [f"chuyen-muc/{c.slug}" for c in ColumnPage.objects.live()]
    expected += [f"linh-vuc/{s.slug}" for s in Sector.objects.all()]
    expected += [f"phong-trao/{m.slug}" for m in Movement.objects.all()]
    expected += [f"dia-phuong/{p.slug}" for p in Place.objects.all()]
    # Each links to the feed's page for people, which names the feed's own address.
    listed = set(re.findall(r'href="/nhan-tin/((?:[-a-z]+/)[-a-z0-9]+|tat-ca|ho-so)/"', listing))
    assert set(expected) <= listed
    assert any(path.startswith("podcast/") for path in listed)
    for path in sorted(listed):
        assert f"/nhan-tin/{path}.rss" in client.get(f"/nhan-tin/{path}/").content.decode()
        body = client.get(f"/nhan-tin/{path}.rss").content
        assert_valid_rss(body)
        parse_feed(body)


def test_discovery_nomination_import_and_tracking(demo, client):
    """Issue #6: a citizen nominates and an editor turns it into a draft profile; a unit
    imports the example spreadsheet; the tracking report shows the demo's units for this
    quarter and exports them."""
    import openpyxl
    from bs4 import BeautifulSoup
    from django.urls import reverse

    from stories.models import Introduction, Nomination, Unit, current_quarter

    form = BeautifulSoup(client.get(reverse("nominate")).content, "html.parser")
    place = form.select_one("select[name=place] option[value]:not([value=''])")["value"]
    response = client.post(reverse("nominate"), {
        "subject_name": "Chị H'Lan", "subject_type": "ca_nhan", "place": place,
        "story": "Chị đưa một cụ bà bị lạc về tận nhà ở thôn bên lúc nửa đêm.",
        "when_where": "Đêm 12/11/2026", "nominator_name": "Nguyễn Văn Tâm",
        "nominator_phone": "0905111222", "consent_to_contact": "on", "website": "",
    }, follow=True)
    nomination = Nomination.objects.get(subject_name="Chị H'Lan")
    assert nomination.reference in response.content.decode()

    client.force_login(get_user_model().objects.get(username="bientap"))
    response = client.post(reverse("nomination_convert", args=[nomination.pk]))
    nomination.refresh_from_db()
    assert nomination.status == Nomination.Status.CONVERTED
    assert response["Location"] == reverse("wagtailadmin_pages:edit",
                                           args=[nomination.exemplar_id])
    assert not nomination.exemplar.live
    assert "0905111222" not in str(nomination.exemplar.profile.raw_data)

    focal = get_user_model().objects.get(username="daumoi.dakkoi")
    client.force_login(focal)
    example = client.get(reverse("introductions_template", args=["vi-du", "xlsx"]))
    year, quarter = current_quarter()
    introduced = Introduction.objects.filter(unit=focal.focal_person.unit)
    before = introduced.count()
    for _ in range(2):
        upload = io.BytesIO(example.content)
        upload.name = "vi-du-gioi-thieu-dien-hinh.xlsx"
        # The import runs as a task (at once in tests); the answer leads to its page.
        response = client.post(reverse("introductions_import"),
                               {"file": upload, "unit": focal.focal_person.unit_id,
                                "year": year, "quarter": quarter}, follow=True)
        assert response.status_code == 200
    added = introduced.count() - before
    assert added >= 2, response.content.decode()[-3000:]
    assert all(item.exemplar and not item.exemplar.live
               for item in introduced.order_by("-pk")[:added])

    client.force_login(get_user_model().objects.get(username="thamdinh"))
    report = client.get(reverse("tracking_report")).content.decode()
    for unit in Unit.objects.filter(introductions__year=year,
                                    introductions__quarter=quarter).distinct():
        assert unit.name in report
    assert "Hội Liên hiệp Phụ nữ xã Đăk Kôi" in report
    exported = client.get(reverse("tracking_report_xlsx"))
    sheet = openpyxl.load_workbook(io.BytesIO(exported.content)).active
    cells = {str(cell.value) for row in sheet.iter_rows() for cell in row}
    assert "Ủy ban nhân dân xã Đăk Kôi" in cells


def test_consent_scans_are_private(demo, client):
    """Issue #13: every private person's profile has its consent scan, and no visitor
    fetches one, by the document's address or by a guess in the public media."""
    private = ExemplarPage.objects.live().filter(
        subject_type__in=[SubjectType.INDIVIDUAL, SubjectType.HOUSEHOLD])
    assert not private.filter(consent_evidence__isnull=True).exists()
    scans = PrivateDocument.objects.filter(
        pk__in=ExemplarPage.objects.values("consent_evidence"))
    assert scans.count() >= private.count()
    for scan in scans:
        assert "minh họa" in scan.title
        assert (Path(settings.PRIVATE_MEDIA_ROOT) / scan.file.name).read_bytes()[:5] == b"%PDF-"
        assert not (Path(settings.MEDIA_ROOT) / scan.file.name).exists()
        response = client.get(scan.url)
        assert response.status_code in (302, 404), scan.url
        assert response.status_code == 404 or response["Location"].startswith("/quan-tri/login/")
        assert client.get(f"/media/{scan.file.name}").status_code == 404
        assert client.get(f"/media/documents/{scan.filename}").status_code == 404


def test_withdrawn_profile_is_not_public(demo, client):
    """The demo's withdrawal of consent: recorded, and the person is nowhere public."""
    withdrawal = ConsentWithdrawal.objects.get()
    profile = withdrawal.page
    assert profile.title == withdrawn_name() and not profile.live
    assert profile.consent_problem()
    stories = StoryPage.objects.filter(exemplar_links__exemplar=profile)
    assert stories.exists() and not stories.filter(live=True).exists()
    for page in [profile, *stories]:
        assert client.get(page.url).status_code == 404
    assert client.get(f"/api/v2/dien-hinh/{profile.pk}/").status_code == 404
    narrowed = (f"/dien-hinh/?loai={profile.subject_type}&cap={profile.recognition_level}"
                f"&nam={profile.recognition_year}")
    for url in (narrowed, "/nhan-tin/tat-ca.rss", "/nhan-tin/ho-so.rss", "/sitemap-trang.xml",
                "/nhung/ho-so/", f"/tim-kiem/?q={withdrawn_name()}"):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert profile.url not in body, url
        if "tim-kiem" not in url:  # the search page repeats what was searched for
            assert withdrawn_name() not in body, url


def test_private_media_is_refused(demo, client):
    """Issue #13: no visitor fetches a citizen's nomination photo, a recording no published
    page uses, or a photo no published page uses, by its address or by a guess in the
    public media."""
    nomination_photos = NominationPhoto.objects.all()
    assert nomination_photos.exists()
    for photo in nomination_photos:
        response = client.get(reverse("nomination_photo", args=[photo.pk]))
        assert response.status_code == 404 or (
            response.status_code == 302
            and response["Location"].startswith("/quan-tri/login/")), photo.file.name
        assert client.get(f"/media/{photo.file.name}").status_code == 404

    used = {*StoryPage.objects.live().values_list("audio", flat=True),
            *ExemplarPage.objects.live().values_list("audio", flat=True)}
    unpublished_audio = AudioClip.objects.exclude(pk__in=[pk for pk in used if pk])
    assert unpublished_audio.exists()
    for clip in unpublished_audio:
        assert client.get(f"/nhan-tin/am-thanh/{clip.pk}.mp3").status_code == 404
        assert client.get(f"/media/{clip.file.name}").status_code == 404

    for photo in Photo.objects.filter(file__startswith="private/"):
        assert client.get(f"/media/{photo.file.name}").status_code == 404
        assert client.get(photo.file.url).status_code in (302, 404)


def test_a_second_load_creates_nothing(demo):
    before = counts()
    run_load_demo()
    assert counts() == before, "a second load_demo must create nothing"


# --- a demo that stays fresh (issue #15) --------------------------------------------------------

def test_the_newest_story_is_at_most_a_few_days_old(demo, client):
    """The demo's dates count back from the day it is loaded, so "latest" and the feeds are
    never stale, whenever the demo is loaded."""
    newest = StoryPage.objects.live().order_by("-first_published_at").first()
    assert timezone.now() - newest.first_published_at < datetime.timedelta(days=3)
    recent = StoryPage.objects.live().filter(
        first_published_at__gte=timezone.now() - datetime.timedelta(days=7))
    assert recent.count() >= 5
    assert newest.title in client.get("/nhan-tin/tat-ca.rss").content.decode()


def test_this_weeks_bulletin_has_items(demo, client):
    """The follow-up the data dates today is in this week's radio bulletin of its column."""
    newest = StoryPage.objects.live().order_by("-first_published_at").first()
    assert timezone.localtime(newest.first_published_at).isocalendar()[:2] == \
        timezone.localdate().isocalendar()[:2]
    column = newest.get_parent()
    bulletin = client.get(f"/nhan-tin/ban-tin/chuyen-muc/{column.slug}.txt").content.decode()
    assert "Tuần này chưa có bài nào được đăng." not in bulletin
    assert newest.title in bulletin


def test_a_later_load_moves_the_dates_and_creates_nothing(demo):
    """Loaded again as of another day, the demo's stories are dated from that day, the same
    way each time, and nothing is created."""
    before = counts()
    day = timezone.localdate() - datetime.timedelta(days=30)
    call_command("load_demo", "--today", day.isoformat(), stdout=io.StringIO())
    dated = dict(StoryPage.objects.exclude(first_published_at=None)
                 .values_list("title", "first_published_at"))
    newest = max(dated.values()).astimezone(timezone.get_current_timezone()).date()
    assert newest == day
    call_command("load_demo", "--today", day.isoformat(), stdout=io.StringIO())
    assert dict(StoryPage.objects.exclude(first_published_at=None)
                .values_list("title", "first_published_at")) == dated
    assert counts() == before


def test_the_contact_page_gives_the_centres_details(demo, client):
    from bs4 import BeautifulSoup

    html = BeautifulSoup(client.get("/lien-he/").content, "html.parser")
    text = html.get_text(" ", strip=True)
    for expected in ("Địa chỉ:", "Giờ làm việc:", "Đề nghị đính chính", "Dữ liệu mẫu"):
        assert expected in text
    links = {a["href"] for a in html.select("a[href]")}
    assert any(href.startswith("tel:") for href in links)
    assert any(href.startswith("mailto:") for href in links)
    assert reverse("nominate") in links and reverse("nomination_lookup") in links
    assert "sửa trang “Liên hệ”" not in text

