"""Builds the demo site from its data files (``data/``, read by ``stories.demo.content``).
Everything is looked up by title or name first, so a second run creates nothing."""

import datetime
import zoneinfo

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page, Revision

from stories.demo.consent import consent_scan, withdraw_demo_consent, withdrawal_day, withdrawn_name
from stories.demo.content import read
from stories.demo.geography import load_places, load_units
from stories.demo.images import PhotoLibrary, seeded
from stories.demo.recordings import stand_in_recording
from stories.models import (
    Award,
    ColumnPage,
    ExemplarIndexPage,
    ExemplarPage,
    HomeFeaturedExemplar,
    HomePage,
    Movement,
    Sector,
    StandardPage,
    StoryExemplar,
    StoryPage,
)

PORTRAIT_SCENES = {"ca_nhan": "chan-dung", "tap_the": "tap-the", "ho_gia_dinh": "gia-dinh",
                   "mo_hinh": "tap-the"}
# How many days before the demo's "today" the earliest page may be dated.
SPREAD_DAYS = 730
# A portrait comes this many days before the demo's "today" at the latest, so its follow-up
# (5 to 70 days later) fits before it.
PORTRAIT_LEAD_DAYS = 40


class DemoCalendar:
    """The demo's dates, counted back from the day it is loaded (``today``, by default the
    site's today): pages are spread over the two years before it, the follow-ups the data
    pins with ``days_ago`` land in the last days, and nothing is dated after ``now``. The
    same day gives the same dates."""

    def __init__(self, today=None):
        tz = zoneinfo.ZoneInfo(settings.TIME_ZONE)
        self.today = today or timezone.localdate()
        end_of_day = datetime.datetime.combine(
            self.today + datetime.timedelta(days=1), datetime.time(), tzinfo=tz)
        self.now = min(timezone.now(), end_of_day)
        self.tz = tz

    def days_ago(self, days):
        return self.today - datetime.timedelta(days=days)

    def this_week(self, days):
        """``days`` before today, but not before this week's Monday: a story the data keeps
        in the current week's bulletin, whatever the weekday the demo is loaded."""
        return max(self.days_ago(days), self.days_ago(self.today.weekday()))

    def day_between(self, key, not_before, latest=None):
        """A day seeded by ``key`` between ``not_before`` (or two years ago) and ``latest``
        (or yesterday)."""
        last = self.days_ago(1)
        start = max(not_before, self.days_ago(SPREAD_DAYS))
        latest = min(max(last if latest is None else latest, start), last)
        start = min(start, latest)
        return start + datetime.timedelta(days=seeded(key).randrange((latest - start).days + 1))

    def backdate(self, page, day):
        """Date the publication of a demo page on ``day``, at a seeded hour (today's never
        after now); a quarter of the pages get a later correction, as on a real site."""
        rng = seeded(f"gio:{page.slug}")
        published = min(self.now, datetime.datetime.combine(
            day, datetime.time(rng.randint(6, 20), rng.randrange(0, 60, 5)), tzinfo=self.tz))
        edited = published
        if rng.random() < 0.25:
            edited = min(published + datetime.timedelta(hours=rng.randint(2, 30)), self.now)
        Page.objects.filter(pk=page.pk).update(
            first_published_at=published, last_published_at=edited,
            latest_revision_created_at=edited)
        Revision.objects.filter(pk=page.latest_revision_id).update(created_at=edited)
        page.first_published_at = published


def fill_contact_page():
    """The demo centre's contact details (``data/contact.yaml``) on the contact page, if it
    still shows the placeholder ``setup_site`` wrote."""
    from stories.management.commands.setup_site import CONTACT_PLACEHOLDER, paragraphs

    page = StandardPage.objects.filter(slug="lien-he").first()
    if page is None or [block["value"] for block in page.body.raw_data] != [
            block["value"] for block in paragraphs(CONTACT_PLACEHOLDER)]:
        return None
    links = {"nominate": reverse("nominate"), "lookup": reverse("nomination_lookup")}
    page.body = [{"type": "heading", "value": block["heading"]} if isinstance(block, dict)
                 else {"type": "paragraph", "value": f"<p>{block.format(**links)}</p>"}
                 for block in read("contact")["blocks"]]
    page.save_revision().publish()
    return page


class DemoLoader:
    def __init__(self, out, today=None):
        self.out = out
        self.calendar = DemoCalendar(today)
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
                          for key, slug in read("exemplars")["movements"].items()}
        directory = ExemplarIndexPage.objects.get()
        exemplars = {}
        profiles = read("exemplars")["exemplars"]
        for number, data in enumerate(profiles, start=1):
            with transaction.atomic():
                exemplars[data["name"]] = self.exemplar(directory, data, units)
            if number % 6 == 0 or number == len(profiles):
                self.out(f"Hồ sơ điển hình: {number}/{len(profiles)}")
        total = 2 * len(profiles)
        for number, data in enumerate(profiles, start=1):
            reporting = read("stories")["reporting"][data["name"]]
            with transaction.atomic():
                first = self.story(data, "story", reporting["story"], exemplars, number)
                self.story(data, "how", reporting["how"], exemplars, number, after=first)
            if number % 6 == 0 or number == len(profiles):
                self.out(f"Tin bài: {2 * number}/{total}")
        with transaction.atomic():
            self.feature(list(exemplars.values()))
        withdrawal = withdraw_demo_consent(self.calendar.today)
        if withdrawal:
            self.out(f"Rút lại sự đồng ý (minh họa): {withdrawal.page.title}")
        if fill_contact_page():
            self.out("Trang liên hệ: thông tin của trung tâm (dữ liệu mẫu)")
        return self.created, self.photos.created

    # --- content blocks ---------------------------------------------------------------

    def blocks(self, items, title):
        """StreamField data from the compact blocks of ``data/stories.yaml``: text is a
        paragraph; a mapping is {heading}, {quote, by}, {facts, items}, {image},
        {gallery, captions} or {video, title, caption, duration}."""
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
            if "heading" in item:
                kind, value = "heading", item["heading"]
            elif "quote" in item:
                kind, value = "quote", {"text": item["quote"], "attribution": item["by"]}
            elif "facts" in item:
                kind, value = "fact_box", {"title": item["facts"], "facts": list(item["items"])}
            elif "image" in item:
                kind, value = "image", picture(item["image"])
            elif "gallery" in item:
                kind, value = "gallery", {"title": item["gallery"],
                                          "images": [picture(c) for c in item["captions"]]}
            elif "video" in item:
                kind, value = "video", {"url": item["video"], "title": item["title"],
                                        "caption": item["caption"], "duration": item["duration"]}
            else:
                raise ValueError(f"Unknown block {item!r} in “{title}”")
            blocks.append({"type": kind, "value": value})
        return blocks

    # --- exemplars ----------------------------------------------------------------------

    def exemplar(self, directory, data, units):
        day = self.calendar.day_between(f"ho-so:{data['name']}", self.not_before(data, 10))
        existing = ExemplarPage.objects.filter(title=data["name"]).first()
        if existing:  # a later day's load moves the demo's dates with it
            self.calendar.backdate(existing, day)
            return existing
        portrait = data["story"]
        page = ExemplarPage(
            title=data["name"], subject_type=data["type"], recognition_level=data["level"],
            recognition_year=data["year"], achievement_summary=data["summary"],
            place=self.places[data["place"]], unit=units[data["unit"]],
            portrait=self.photos.portrait(f"Chân dung: {data['name']}", data["name"],
                                          PORTRAIT_SCENES[data["type"]]),
            profile=self.blocks([
                *portrait["paragraphs"],
                {"facts": read("exemplars")["facts_title"], "items": data["how"]["facts"]},
                {"quote": portrait["quote"], "by": portrait["by"]},
            ], data["name"]),
        )
        if "consent" in data:
            page.consent_by = data["consent"]["signed_by"]
            page.consent_on = data["consent"]["signed_on"]
            page.consent_note = read("exemplars")["consent_note"]
            if page.requires_consent:
                page.consent_evidence = consent_scan(page.consent_by, page.consent_on)
        page.sectors.set([self.sectors[slug] for slug in data["sectors"]])
        page.movements.set([self.movements[key] for key in data["movements"]])
        # An award's year is its decision's unless the data says otherwise.
        awards = [Award(sort_order=order, **{"year": fields["decision_date"].year, "grade": "",
                                             **fields})
                  for order, fields in enumerate(data["awards"])]
        for award in awards:
            award.clean()
        page.awards = awards
        directory.add_child(instance=page)
        page.save_revision().publish()
        self.calendar.backdate(page, day)
        self.created["exemplars"] += 1
        return page

    @staticmethod
    def not_before(data, days):
        """Nothing about an exemplar goes online before its latest decision and its consent."""
        known = [award["decision_date"] for award in data["awards"]]
        if "consent" in data:
            known.append(data["consent"]["signed_on"])
        return max(known) + datetime.timedelta(days=days)

    # --- stories ------------------------------------------------------------------------

    def story(self, data, part, reporting, exemplars, number, after=None):
        written = data[part]
        title = written["title"]
        day = self.story_day(data, reporting, title, after)
        existing = StoryPage.objects.filter(title=title).first()
        if existing:  # a later day's load moves the demo's dates with it
            self.calendar.backdate(existing, day)
            return existing
        if part == "story":
            items = list(reporting["body"])
            items.insert(min(reporting.get("quote_at", 2), len(items)),
                         {"quote": written["quote"], "by": written["by"]})
        else:
            more = list(reporting["more"])
            # The fact box closes some stories and interrupts others, so no two look alike.
            cut = len(more) - 1 if len(more) > 1 and number % 2 else len(more)
            items = [*written["paragraphs"], {"heading": reporting["heading"]}, *more[:cut],
                     {"facts": reporting["facts_title"], "items": written["facts"]}, *more[cut:]]
        items += reporting.get("extra", [])
        place = self.places[data["place"]]
        story_places = [place] + ([place.successor] if place.successor_id else [])
        story = StoryPage(
            title=title, lead=written["lead"], body=self.blocks(items, title),
            hero_image=self.photos.landscape(f"Minh họa: {title}", title),
            hero_caption=reporting["hero"],
            byline=reporting.get("byline") or self.byline(2 * number + len(part)),
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
        column = reporting.get("column", read("stories")["default_column"])
        self.columns[column].add_child(instance=story)
        story.save_revision().publish()
        self.calendar.backdate(story, day)
        self.created["stories"] += 1
        return story

    def story_day(self, data, reporting, title, after):
        """A portrait comes weeks before the practical follow-up; a follow-up the data pins
        with ``days_ago`` keeps the last days' feeds full, and with ``this_week`` too, its
        column's bulletin for the current week."""
        calendar = self.calendar
        if after is None:
            not_before = self.not_before(data, 3)
            if "since" in reporting:
                not_before = max(not_before, reporting["since"])
            return calendar.day_between(f"bai:{title}", not_before,
                                        calendar.days_ago(PORTRAIT_LEAD_DAYS + 1))
        if "days_ago" in reporting:
            pinned = calendar.this_week if reporting.get("this_week") else calendar.days_ago
            return pinned(reporting["days_ago"])
        latest = calendar.days_ago(1)
        if data["name"] == withdrawn_name():  # written before the consent was withdrawn
            latest = withdrawal_day(calendar.today) - datetime.timedelta(days=1)
        portrait_day = after.first_published_at.astimezone(calendar.tz).date()
        return min(portrait_day + datetime.timedelta(days=seeded(title).randint(5, 70)),
                   latest)

    @staticmethod
    def byline(turn):
        bylines = read("stories")["bylines"]
        return bylines[turn % len(bylines)]

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

