"""Builds the demo site from the data in this package. Everything is looked up by title
or name first, so a second run creates nothing."""

import datetime
import zoneinfo

from django.conf import settings
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Page, Revision

from stories.demo.consent import WITHDRAWN, consent_scan, withdraw_demo_consent
from stories.demo.geography import load_places, load_units
from stories.demo.images import PhotoLibrary, seeded
from stories.demo.profiles import EXEMPLARS
from stories.demo.recordings import stand_in_recording
from stories.demo.reporting import REPORTING
from stories.models import (
    Award,
    ColumnPage,
    ExemplarIndexPage,
    ExemplarPage,
    HomeFeaturedExemplar,
    HomePage,
    Movement,
    Sector,
    StoryExemplar,
    StoryPage,
)

MOVEMENT_SLUGS = {
    "hcm": "hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh",
    "vh": "toan-dan-doan-ket-xay-dung-doi-song-van-hoa",
    "ntm-dt": "toan-dan-doan-ket-xay-dung-nong-thon-moi-do-thi-van-minh",
    "ntm": "ca-nuoc-chung-suc-xay-dung-nong-thon-moi",
    "ngheo": "ca-nuoc-chung-tay-vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau",
    "congso": "can-bo-cong-chuc-vien-chuc-thi-dua-thuc-hien-van-hoa-cong-so",
    "dthhtt": "day-tot-hoc-tot",
    "covid": "phong-trao-thi-dua-dac-biet-phong-chong-dich-covid-19",
    "nhatam": "xoa-nha-tam-nha-dot-nat",
    "cds": "ca-nuoc-thi-dua-doi-moi-sang-tao-va-chuyen-doi-so",
    "khcn": "thi-dua-phat-trien-khoa-hoc-cong-nghe-chuyen-doi-so-va-chuyen-doi-xanh",
    "kttn": "thi-dua-phat-trien-kinh-te-tu-nhan",
}
BYLINES = ["Bài và ảnh: Hà Phương", "Bài: Y Nhung", "Bài: Trần Minh Thư",
           "Bài và ảnh: Lê Quang Vinh", "Bài: Nguyễn Thị Hoài", "Bài: Hà Phương - Ảnh: A Vin",
           "Nhóm phóng viên Gương Sáng"]
PORTRAIT_SCENES = {"ca_nhan": "chan-dung", "tap_the": "tap-the", "ho_gia_dinh": "gia-dinh",
                   "mo_hinh": "tap-the"}
KINH_NGHIEM = "kinh-nghiem-cach-lam-sang-tao"

# The project's "today". Pages are dated up to the day before, never later, whatever the
# machine's clock says, and spread over the two years before it.
TODAY = datetime.date(2026, 11, 21)
LATEST = TODAY - datetime.timedelta(days=1)
EARLIEST = TODAY - datetime.timedelta(days=730)


def day_between(key, not_before, latest=LATEST):
    """A day seeded by ``key`` between ``not_before`` (or two years ago) and ``latest``."""
    start = max(not_before, EARLIEST)
    latest = min(max(latest, start), LATEST)
    start = min(start, latest)
    return start + datetime.timedelta(days=seeded(key).randrange((latest - start).days + 1))


def backdate(page, day):
    """Move the publication of a page just created to ``day``, at a seeded hour; a quarter
    of the pages get a later correction, as on a real site."""
    rng = seeded(f"gio:{page.slug}")
    tz = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    published = datetime.datetime.combine(
        day, datetime.time(rng.randint(6, 20), rng.randrange(0, 60, 5)), tzinfo=tz)
    edited = published
    if rng.random() < 0.25:
        midnight = datetime.datetime.combine(TODAY, datetime.time(), tzinfo=tz)
        edited = min(published + datetime.timedelta(hours=rng.randint(2, 30)), midnight)
    Page.objects.filter(pk=page.pk).update(
        first_published_at=published, last_published_at=edited,
        latest_revision_created_at=edited)
    Revision.objects.filter(pk=page.latest_revision_id).update(created_at=edited)


class DemoLoader:
    def __init__(self, out):
        self.out = out
        self.photos = PhotoLibrary()
        self.created = {"exemplars": 0, "stories": 0}

    def run(self):
        with transaction.atomic():
            places = load_places()
            units = load_units(places)
        self.out(f"Địa phương: {len(places)}, đơn vị: {len(units)}")
        self.places = places
        self.columns = {column.slug: column for column in ColumnPage.objects.all()}
        self.sectors = {sector.slug: sector for sector in Sector.objects.all()}
        self.movements = {key: Movement.objects.get(slug=slug)
                          for key, slug in MOVEMENT_SLUGS.items()}
        directory = ExemplarIndexPage.objects.get()
        exemplars = {}
        for number, data in enumerate(EXEMPLARS, start=1):
            with transaction.atomic():
                exemplars[data["name"]] = self.exemplar(directory, data, units)
            if number % 6 == 0 or number == len(EXEMPLARS):
                self.out(f"Hồ sơ điển hình: {number}/{len(EXEMPLARS)}")
        total = 2 * len(EXEMPLARS)
        for number, data in enumerate(EXEMPLARS, start=1):
            reporting = REPORTING[data["name"]]
            with transaction.atomic():
                first = self.story(data, "story", reporting["story"], exemplars, number)
                self.story(data, "how", reporting["how"], exemplars, number, after=first)
            if number % 6 == 0 or number == len(EXEMPLARS):
                self.out(f"Tin bài: {2 * number}/{total}")
        with transaction.atomic():
            self.feature(list(exemplars.values()))
        if withdraw_demo_consent():
            self.out(f"Rút lại sự đồng ý (minh họa): {WITHDRAWN}")
        return self.created, self.photos.created

    # --- content blocks ---------------------------------------------------------------

    def blocks(self, items, title):
        """StreamField data from a compact list: a string is a paragraph; tuples are
        ("heading", text), ("quote", text, by), ("facts", title, [fact, ...]),
        ("image", caption), ("gallery", title, [caption, ...]) and
        ("video", url, title, caption, duration)."""
        blocks, pictures = [], 0

        def picture(caption):
            nonlocal pictures
            pictures += 1
            photo = self.photos.landscape(f"Ảnh {pictures} trong bài: {title}", title)
            return {"image": photo.pk, "caption": caption, "credit": ""}

        for item in items:
            if isinstance(item, str):
                blocks.append({"type": "paragraph", "value": f"<p>{escape(item)}</p>"})
                continue
            kind, *args = item
            if kind == "heading":
                value = args[0]
            elif kind == "quote":
                value = {"text": args[0], "attribution": args[1]}
            elif kind == "facts":
                kind, value = "fact_box", {"title": args[0], "facts": list(args[1])}
            elif kind == "image":
                value = picture(args[0])
            elif kind == "gallery":
                value = {"title": args[0], "images": [picture(c) for c in args[1]]}
            elif kind == "video":
                value = dict(zip(("url", "title", "caption", "duration"), args, strict=True))
            else:
                raise ValueError(f"Unknown block {kind!r} in “{title}”")
            blocks.append({"type": kind, "value": value})
        return blocks

    # --- exemplars ----------------------------------------------------------------------

    def exemplar(self, directory, data, units):
        existing = ExemplarPage.objects.filter(title=data["name"]).first()
        if existing:
            return existing
        _, _, paragraphs, (quote, who) = data["story"]
        facts = data["how"][3]
        page = ExemplarPage(
            title=data["name"], subject_type=data["type"], recognition_level=data["level"],
            recognition_year=data["year"], achievement_summary=data["summary"],
            place=self.places[data["place"]], unit=units[data["unit"]],
            portrait=self.photos.portrait(f"Chân dung: {data['name']}", data["name"],
                                          PORTRAIT_SCENES[data["type"]]),
            profile=self.blocks([*paragraphs, ("facts", "Những con số chính", facts),
                                 ("quote", quote, who)], data["name"]),
        )
        if "consent" in data:
            page.consent_by, page.consent_on = data["consent"]
            page.consent_note = ("Đồng ý bằng văn bản cho đăng hồ sơ, ảnh và câu chuyện; bản ký "
                                 "lưu tại Trung tâm Văn hóa - Thông tin.")
            if page.requires_consent:
                page.consent_evidence = consent_scan(page.consent_by, page.consent_on)
        page.sectors.set([self.sectors[slug] for slug in data["sectors"]])
        page.movements.set([self.movements[key] for key in data["movements"]])
        awards = [Award(sort_order=order, **fields) for order, fields in enumerate(data["awards"])]
        for award in awards:
            award.clean()
        page.awards = awards
        directory.add_child(instance=page)
        page.save_revision().publish()
        backdate(page, day_between(f"ho-so:{page.title}", self.not_before(data, 10)))
        self.created["exemplars"] += 1
        return page

    @staticmethod
    def not_before(data, days):
        """Nothing about an exemplar goes online before its latest decision and its consent."""
        known = [award["decision_date"] for award in data["awards"]]
        if "consent" in data:
            known.append(data["consent"][1])
        return max(known) + datetime.timedelta(days=days)

    # --- stories ------------------------------------------------------------------------

    def story(self, data, part, reporting, exemplars, number, after=None):
        title, lead, paragraphs, extra = data[part]
        existing = StoryPage.objects.filter(title=title).first()
        if existing:
            return existing
        if part == "story":
            quote, who = extra
            items = list(reporting["body"])
            items.insert(min(reporting.get("quote_at", 2), len(items)), ("quote", quote, who))
        else:
            more = list(reporting["more"])
            # The fact box closes some stories and interrupts others, so no two look alike.
            cut = len(more) - 1 if len(more) > 1 and number % 2 else len(more)
            items = [*paragraphs, ("heading", reporting["heading"]), *more[:cut],
                     ("facts", reporting["facts_title"], extra), *more[cut:]]
        items += reporting.get("extra", [])
        place = self.places[data["place"]]
        story_places = [place] + ([place.successor] if place.successor_id else [])
        story = StoryPage(
            title=title, lead=lead, body=self.blocks(items, title),
            hero_image=self.photos.landscape(f"Minh họa: {title}", title),
            hero_caption=reporting["hero"],
            byline=reporting.get("byline") or BYLINES[(2 * number + len(part)) % len(BYLINES)],
            source=reporting.get("source", ""),
            audio=self.radio_report(title) if reporting.get("column") == "nguoi-tot-viec-tot"
            and number % 3 == 0 else None,
        )
        story.sectors.set([self.sectors[slug] for slug in data["sectors"]])
        story.movements.set([self.movements[key] for key in data["movements"]])
        story.places.set(story_places)
        story.exemplar_links = [
            StoryExemplar(exemplar=exemplars[name], sort_order=order)
            for order, name in enumerate([data["name"], *reporting.get("also", [])])
        ]
        story.tags.add(*reporting["tags"])
        self.columns[reporting.get("column", KINH_NGHIEM)].add_child(instance=story)
        story.save_revision().publish()
        if after is not None:  # the practical follow-up comes weeks after the portrait
            portrait_day = after.first_published_at.date()
            day = min(portrait_day + datetime.timedelta(days=seeded(title).randint(5, 70)),
                      LATEST)
        else:  # leave room for the follow-up, so the last weeks are not crowded
            not_before = self.not_before(data, 3)
            if "since" in reporting:
                not_before = max(not_before, reporting["since"])
            day = day_between(f"bai:{title}", not_before, LATEST - datetime.timedelta(days=40))
        backdate(story, day)
        self.created["stories"] += 1
        story.refresh_from_db(fields=["first_published_at"])
        return story

    def radio_report(self, title):
        return stand_in_recording(title)

    def feature(self, exemplars):
        home = HomePage.objects.get()
        if home.featured_exemplars.exists():
            return
        picks = [page for page in exemplars if page.recognition_level in
                 ("toan_quoc", "cap_tinh")][:6]
        home.featured_exemplars = [HomeFeaturedExemplar(exemplar=page, sort_order=order)
                                   for order, page in enumerate(picks)]
        home.save_revision().publish()

