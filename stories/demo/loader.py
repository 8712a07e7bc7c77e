"""Builds the demo site from the data in this package. Everything is looked up by title
or name first, so a second run creates nothing."""

import datetime
import random

from django.db import transaction

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

from .geography import load_places, load_units
from .images import PhotoLibrary
from .profiles import EXEMPLARS

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
BYLINES = ["Bài và ảnh: Hà Phương", "Bài: Y Hiền Niê", "Bài: Trần Minh Thư",
           "Bài và ảnh: Lê Quang Vinh", "Bài: Nguyễn Thị Hoài", "Nhóm phóng viên Gương Sáng"]
SOURCES = ["", "", "", "Đài Truyền thanh xã Kon Braih", "", "Báo Quảng Ngãi (đăng lại có sửa)"]
PORTRAIT_SCENES = {"ca_nhan": "chan-dung", "tap_the": "tap-the", "ho_gia_dinh": "gia-dinh",
                   "mo_hinh": "tap-the"}
KINH_NGHIEM = "kinh-nghiem-cach-lam-sang-tao"
# Stories are spread over the two years before this date; none is ever dated in the future.
DEMO_TODAY = datetime.datetime(2026, 11, 20, 9, 0, tzinfo=datetime.UTC)


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


class DemoLoader:
    def __init__(self, out):
        self.out = out
        self.photos = PhotoLibrary()
        self.created = {"exemplars": 0, "stories": 0}
        self.rng = random.Random(2026)  # noqa: S311 - deterministic demo dates

    def run(self):
        places = load_places()
        units = load_units(places)
        self.out(f"Địa phương: {len(places)}, đơn vị: {len(units)}")
        directory = ExemplarIndexPage.objects.get()
        columns = {column.slug: column for column in ColumnPage.objects.all()}
        sectors = {sector.slug: sector for sector in Sector.objects.all()}
        movements = {key: Movement.objects.get(slug=slug) for key, slug in MOVEMENT_SLUGS.items()}
        exemplars = []
        for number, data in enumerate(EXEMPLARS, start=1):
            with transaction.atomic():
                exemplars.append(self.exemplar(directory, data, places, units, sectors,
                                               movements))
            if number % 6 == 0 or number == len(EXEMPLARS):
                self.out(f"Hồ sơ điển hình: {number}/{len(EXEMPLARS)}")
        ordinary = [slug for slug in columns if slug != KINH_NGHIEM]
        total = 2 * len(EXEMPLARS)
        for number, (data, exemplar) in enumerate(zip(EXEMPLARS, exemplars, strict=True)):
            first = columns[ordinary[number % len(ordinary)]]
            second = columns[KINH_NGHIEM if number % 2 == 0
                             else ordinary[(number + 2) % len(ordinary)]]
            with transaction.atomic():
                self.story(first, data, "story", exemplar, places, sectors, movements, number)
                self.story(second, data, "how", exemplar, places, sectors, movements, number)
            if (number + 1) % 7 == 0 or number + 1 == len(EXEMPLARS):
                self.out(f"Tin bài: {2 * (number + 1)}/{total}")
        self.feature(exemplars)
        self.spread_dates()
        return self.created, self.photos.created

    def exemplar(self, directory, data, places, units, sectors, movements):
        existing = ExemplarPage.objects.filter(title=data["name"]).first()
        if existing:
            return existing
        title, lead, paragraphs, (quote, who) = data["story"]
        page = ExemplarPage(
            title=data["name"], subject_type=data["type"], recognition_level=data["level"],
            recognition_year=data["year"], achievement_summary=data["summary"],
            place=places[data["place"]], unit=units[data["unit"]],
            portrait=self.photos.portrait(f"Chân dung: {data['name']}", data["name"],
                                          PORTRAIT_SCENES[data["type"]]),
            profile=[paragraph(text) for text in paragraphs]
            + [{"type": "quote", "value": {"text": quote, "attribution": who}}],
        )
        if "consent" in data:
            page.consent_by, page.consent_on = data["consent"]
            page.consent_note = ("Đồng ý bằng văn bản cho đăng hồ sơ, ảnh và câu chuyện; bản ký "
                                 "lưu tại Trung tâm Văn hóa - Thông tin.")
        page.sectors.set([sectors[slug] for slug in data["sectors"]])
        page.movements.set([movements[key] for key in data["movements"]])
        directory.add_child(instance=page)
        for order, fields in enumerate(data["awards"]):
            Award.objects.create(page=page, sort_order=order, **fields)
        page.save_revision().publish()
        self.created["exemplars"] += 1
        return page

    def story(self, column, data, part, exemplar, places, sectors, movements, number):
        if part == "story":
            title, lead, paragraphs, (quote, who) = data["story"]
        else:
            title, lead, paragraphs, facts = data["how"]
        if StoryPage.objects.filter(title=title).exists():
            return
        hero = self.photos.landscape(f"Minh họa: {title}", data["name"])
        body = [paragraph(paragraphs[0])]
        if part == "story":
            body += [paragraph(text) for text in paragraphs[1:]]
            body.append({"type": "quote", "value": {"text": quote, "attribution": who}})
            if number % 5 == 0:
                body.insert(2, {"type": "image", "value": {
                    "image": self.photos.landscape(f"Ảnh trong bài: {title}", data["name"]).pk,
                    "caption": f"Quang cảnh nơi {data['name']} sinh sống và làm việc.",
                    "credit": ""}})
        else:
            body.append({"type": "heading", "value": "Cách làm"})
            body += [paragraph(text) for text in paragraphs[1:]]
            body.append({"type": "fact_box", "value": {"title": "Những con số",
                                                       "facts": facts}})
            if number % 7 == 3:
                body.append({"type": "gallery", "value": {"title": "Hình ảnh", "images": [
                    {"image": self.photos.landscape(f"Ảnh {n}: {title}", data["name"]).pk,
                     "caption": f"Ảnh minh họa {n}", "credit": ""} for n in (1, 2, 3)]}})
            if number % 13 == 1:
                body.append({"type": "video", "value": {
                    "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                    "title": f"Phóng sự: {data['name']}", "caption": "Phóng sự truyền hình",
                    "duration": "4:12"}})
        place = places[data["place"]]
        story_places = [place] + ([place.successor] if place.successor_id else [])
        story = StoryPage(
            title=title, lead=lead, body=body, hero_image=hero,
            hero_caption=f"Minh họa cho bài viết về {data['name']}.",
            byline=BYLINES[number % len(BYLINES)],
            source=SOURCES[number % len(SOURCES)],
        )
        story.sectors.set([sectors[slug] for slug in data["sectors"]])
        story.movements.set([movements[key] for key in data["movements"]])
        story.places.set(story_places)
        column.add_child(instance=story)
        story.tags.add(*([data["name"]] if part == "story" else ["kinh nghiệm", "nhân rộng"]))
        StoryExemplar.objects.create(story=story, exemplar=exemplar, sort_order=0)
        story.save_revision().publish()
        self.created["stories"] += 1

    def feature(self, exemplars):
        home = HomePage.objects.get()
        if home.featured_exemplars.exists():
            return
        picks = [page for page in exemplars if page.recognition_level in
                 ("toan_quoc", "cap_tinh")][:6]
        for order, page in enumerate(picks):
            HomeFeaturedExemplar.objects.create(home=home, exemplar=page, sort_order=order)
        home.save_revision().publish()

    def spread_dates(self):
        """Publication dates over the last two years, each story after its exemplar."""
        start = DEMO_TODAY - datetime.timedelta(days=720)
        for page in ExemplarPage.objects.filter(first_published_at__gt=DEMO_TODAY):
            year_start = datetime.datetime(page.recognition_year, 1, 1, 8,
                                           tzinfo=datetime.UTC)
            when = min(max(year_start, start) + datetime.timedelta(
                days=self.rng.randint(10, 300)), DEMO_TODAY)
            ExemplarPage.objects.filter(pk=page.pk).update(
                first_published_at=when, last_published_at=when,
                latest_revision_created_at=when)
        for story in StoryPage.objects.filter(first_published_at__gt=DEMO_TODAY):
            when = start + datetime.timedelta(days=self.rng.randint(0, 715),
                                              hours=self.rng.randint(0, 10))
            StoryPage.objects.filter(pk=story.pk).update(
                first_published_at=when, last_published_at=when,
                latest_revision_created_at=when)
