"""Demo discovery: quotas, focal people of three units, this year's introductions and a
few citizens' nominations, so the tracking report and the inbox have something true to
show. Loaded with the demo newsroom (DEBUG only); dates follow today's quarter."""

import datetime

from django.utils import timezone

from stories.demo.geography import UNITS
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
    SubjectType,
    Unit,
    quarter_of,
)

# Per quarter, as the district plan asks: "hàng quý, mỗi đơn vị ... từ 01 điển hình".
QUOTAS = {"agency": 1, "commune": 2, "school": 1, "police": 1, "military": 1,
          "mass_org": 1, "enterprise": 1, "health": 1, "other": 1}

FOCAL_ACCOUNTS = [
    ("daumoi.dakkoi", "Y Hoa", "ubnd-dak-koi"),
    ("daumoi.dakui", "Nguyễn Văn Bình", "truong-dak-ui"),
    ("daumoi.phunu", "Y Liên", "phu-nu-dak-koi"),
]

# This quarter's introductions, sent by the focal people: (unit key, days after the
# quarter began, name, type, summary, proposed award, decisions).
THIS_QUARTER = [
    ("ubnd-dak-koi", 20, "Bà Y Nhung", SubjectType.INDIVIDUAL,
     "Hai mươi năm làm cô đỡ thôn bản, vận động chị em sinh con tại trạm y tế xã.",
     "Giấy khen của Chủ tịch UBND xã", ""),
    ("ubnd-dak-koi", 30, "Tổ tự quản đường làng thôn Kon Rế", SubjectType.COLLECTIVE,
     "Mười bốn hộ tự góp công, góp vật liệu giữ 2 km đường liên thôn sạch và sáng đèn.",
     "Giấy khen của Chủ tịch UBND xã",
     "Giấy khen số 88/QĐ-UBND ngày 12/06/2026 của UBND xã Đăk Kôi"),
    ("truong-dak-ui", 75, "Thầy A Tuấn", SubjectType.INDIVIDUAL,
     "Mười năm dạy học ở điểm trường xa, vận động 23 học sinh bỏ học quay lại lớp.",
     "Bằng khen của Chủ tịch UBND tỉnh", ""),
]

NOMINATIONS = [
    {"subject_name": "Ông A Blưu", "subject_type": SubjectType.INDIVIDUAL,
     "place": "Đăk Kôi", "place_detail": "thôn Kon Rế",
     "story": "Ông A Blưu nhặt được chiếc ví có 12 triệu đồng và giấy tờ ở chợ xã, đã "
              "nhờ trưởng thôn tìm trả lại cho người đánh rơi ngay trong ngày.",
     "when_where": "Chợ xã Đăk Kôi, tháng 10/2026", "sector": "an-sinh-xa-hoi",
     "nominator_name": "Trần Thị Lan", "nominator_phone": "0905123456",
     "status": Nomination.Status.NEW},
    {"subject_name": "Nhóm bạn trẻ “Cơm có thịt” Kon Tum", "subject_type":
     SubjectType.COLLECTIVE, "place": "Kon Tum", "place_detail": "",
     "story": "Mỗi tháng nhóm nấu hai bữa cơm cho học sinh bán trú ở các điểm trường xa.",
     "when_where": "Từ năm 2024", "sector": "giao-duc-va-dao-tao",
     "nominator_name": "Lê Văn Hùng", "nominator_email": "hung.le@example.vn",
     "status": Nomination.Status.VERIFYING,
     "internal_note": "Đã gọi trưởng nhóm ngày 15/11, đang xin ảnh và xác nhận của nhà trường."},
    {"subject_name": "Cửa hàng điện máy X", "subject_type": SubjectType.COLLECTIVE,
     "place": "Kon Tum", "place_detail": "",
     "story": "Cửa hàng bán hàng tốt, giá rẻ, phục vụ chu đáo.",
     "when_where": "", "sector": "",
     "nominator_name": "Phạm Minh", "nominator_phone": "0912000111",
     "status": Nomination.Status.UNSUITABLE,
     "outcome": "Cảm ơn bạn. Nội dung là quảng cáo kinh doanh, không thuộc phạm vi giới "
                "thiệu người tốt việc tốt."},
]


def load_discovery_demo(today=None):
    """Idempotent. Returns the focal accounts created: [(username, unit name)]."""
    from stories.discovery.introductions import submit

    today = today or timezone.localdate()
    year, quarter = today.year, quarter_of(today)
    settings = DiscoverySettings.load()
    for kind, per_quarter in QUOTAS.items():
        Quota.objects.get_or_create(settings=settings, year=year, unit_kind=kind,
                                    defaults={"per_quarter": per_quarter})

    units = {key: Unit.objects.get(name=name) for key, (name, _, _) in UNITS.items()}
    focal_users = {}
    for username, full_name, unit_key in FOCAL_ACCOUNTS:
        user = demo_user(username, full_name, FOCAL_PERSON, domain="donvi-demo.example.vn")
        FocalPerson.objects.update_or_create(user=user, defaults={"unit": units[unit_key]})
        focal_users[unit_key] = user

    _earlier_quarters(year, quarter)
    start = datetime.date(year, 3 * quarter - 2, 1)
    for unit_key, days, name, subject_type, summary, award, decisions in THIS_QUARTER:
        unit = units[unit_key]
        if Introduction.objects.filter(unit=unit, year=year, quarter=quarter,
                                       subject_name=name).exists():
            continue
        submitted = min(start + datetime.timedelta(days=days), today)
        introduction = Introduction.objects.create(
            unit=unit, year=year, quarter=quarter, subject_name=name,
            subject_type=subject_type, achievement_summary=summary, place=unit.place,
            proposed_awards=award, decisions=decisions, submitted_by=focal_users[unit_key],
            submitted_at=_at(submitted))
        submit(introduction, focal_users[unit_key])

    for data in NOMINATIONS:
        if Nomination.objects.filter(subject_name=data["subject_name"]).exists():
            continue
        data = dict(data)
        place = Place.objects.filter(name=data.pop("place"), valid_to=None).first()
        sector = Sector.objects.filter(slug=data.pop("sector")).first()
        nomination = Nomination.objects.create(
            place=place, sector=sector, consent_to_contact=True,
            created_at=timezone.now() - datetime.timedelta(days=3), **data)
        _attach_photo(nomination)
    return [(username, units[key].name) for username, _, key in FOCAL_ACCOUNTS]


def _attach_photo(nomination):
    """A photo "sent" with the nomination, as citizens send them: private from the start."""
    import io

    from django.core.files.base import ContentFile
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (480, 320), (214, 226, 205))
    ImageDraw.Draw(image).text((24, 24), "Ảnh minh họa gửi kèm lời giới thiệu",
                               fill=(40, 60, 40))
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
