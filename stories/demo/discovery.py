"""Demo discovery (``data/discovery.yaml``): quotas, focal people of three units, this
year's introductions and a few citizens' nominations, so the tracking report and the inbox
have something true to show. Loaded with the demo newsroom (DEBUG only); dates follow today's
quarter."""

import datetime

from django.utils import timezone

from stories.demo.content import read
from stories.demo.geography import units as demo_units
from stories.demo.review import demo_user
from stories.editorial.roles import FOCAL_PERSON
from stories.models import (
    DiscoverySettings,
    ExemplarPage,
    FocalPerson,
    Introduction,
    Nomination,
    NominationPhoto,
    Place,
    Quota,
    Sector,
    Unit,
    quarter_of,
)


def load_discovery_demo(today=None):
    """Idempotent. Returns the focal accounts created: [(username, unit name)]."""
    from stories.discovery.introduction_profiles import submit

    data = read("discovery")
    today = today or timezone.localdate()
    days = {name: today - datetime.timedelta(days=count)
            for name, count in data["dates"].items()}
    year, quarter = today.year, quarter_of(today)
    settings = DiscoverySettings.load()
    for kind, per_quarter in data["quotas"].items():
        Quota.objects.get_or_create(settings=settings, year=year, unit_kind=kind,
                                    defaults={"per_quarter": per_quarter})

    units = {key: Unit.objects.get(name=unit["name"]) for key, unit in demo_units().items()}
    focal_users = {}
    for account in data["focal_accounts"]:
        user = demo_user(account["username"], account["name"], FOCAL_PERSON,
                         domain="donvi-demo.example.vn")
        FocalPerson.objects.update_or_create(user=user,
                                             defaults={"unit": units[account["unit"]]})
        focal_users[account["unit"]] = user

    _earlier_quarters(year, quarter)
    start = datetime.date(year, 3 * quarter - 2, 1)
    for item in data["this_quarter"]:
        unit, sender = units[item["unit"]], focal_users[item["unit"]]
        if Introduction.objects.filter(unit=unit, year=year, quarter=quarter,
                                       subject_name=item["name"]).exists():
            continue
        submitted = min(start + datetime.timedelta(days=item["day"]), today)
        introduction = Introduction.objects.create(
            unit=unit, year=year, quarter=quarter, subject_name=item["name"],
            subject_type=item["type"], achievement_summary=item["summary"], place=unit.place,
            proposed_awards=item["proposed_awards"],
            decisions=item["decisions"].format(**days),
            submitted_by=sender, submitted_at=_at(submitted))
        submit(introduction, sender)

    for item in data["nominations"]:
        if Nomination.objects.filter(subject_name=item["subject_name"]).exists():
            continue
        fields = {key: value.format(**days) if isinstance(value, str) else value
                  for key, value in item.items()}
        place = Place.objects.filter(name=fields.pop("place"), valid_to=None).first()
        sector = Sector.objects.filter(slug=fields.pop("sector")).first()
        nomination = Nomination.objects.create(
            place=place, sector=sector, consent_to_contact=True,
            created_at=_at(days["received"]), **fields)
        _attach_photo(nomination, data["nomination_photo_text"])
    return [(account["username"], units[account["unit"]].name)
            for account in data["focal_accounts"]]


def _attach_photo(nomination, text):
    """A photo "sent" with the nomination, as citizens send them: private from the start."""
    import io

    from django.core.files.base import ContentFile
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (480, 320), (214, 226, 205))
    ImageDraw.Draw(image).text((24, 24), text, fill=(40, 60, 40))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    photo = NominationPhoto(nomination=nomination, width=480, height=320)
    photo.file.save("anh.jpg", ContentFile(buffer.getvalue()), save=True)


def _earlier_quarters(year, quarter):
    """The demo's published profiles came from units' introductions earlier this year:
    record them so the chart has a history (each profile once, spread over the quarters)."""
    if quarter == 1:
        return
    profiles = (ExemplarPage.objects.live().filter(unit__isnull=False, introduction=None)
                .order_by("pk"))
    for number, page in enumerate(profiles):
        earlier = number % (quarter - 1) + 1
        day = datetime.date(year, 3 * earlier - 2, 1) + datetime.timedelta(days=15 + number)
        Introduction.objects.get_or_create(
            unit_id=page.unit_id, year=year, quarter=earlier, subject_name=page.title,
            defaults={"subject_type": page.subject_type, "place_id": page.place_id,
                      "achievement_summary": page.achievement_summary[:600],
                      "exemplar": page, "submitted_at": _at(day)})


def _at(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 30)))
