"""Factories for content. Pages are added under the skeleton `setup_site` creates."""

import datetime
import io

import factory
from django.core.files.images import ImageFile
from PIL import Image as PILImage

from stories.models import (
    AudioClip,
    Award,
    ColumnPage,
    ExemplarIndexPage,
    ExemplarPage,
    FocalPerson,
    Introduction,
    Movement,
    Nomination,
    Photo,
    Place,
    Sector,
    StoryExemplar,
    StoryPage,
    SubjectType,
    Unit,
)


def jpeg_file(name="anh.jpg", size=(640, 400), colour=(180, 40, 40)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "JPEG")
    return ImageFile(buffer, name=name)


class PhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Photo

    title = factory.Sequence(lambda n: f"Ảnh {n}")
    description = factory.Sequence(lambda n: f"Người dân thôn {n} làm đường bê tông")
    credit = "Ảnh: Hà Phương"
    file = factory.LazyFunction(jpeg_file)


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector

    name = factory.Sequence(lambda n: f"Lĩnh vực thử {n}")


class MovementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Movement

    name = factory.Sequence(lambda n: f"Phong trào thi đua số {n}")
    launched_by = "Ủy ban nhân dân tỉnh"
    launched_on = datetime.date(2024, 4, 13)


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Place

    name = factory.Sequence(lambda n: f"Đăk Thử {n}")
    kind = Place.Kind.COMMUNE


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    name = factory.Sequence(lambda n: f"Trường Tiểu học số {n}")
    kind = Unit.Kind.SCHOOL


class PageFactory(factory.django.DjangoModelFactory):
    """Adds the page under `parent` (default: chosen by the subclass) and publishes it."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Trang {n}")

    @classmethod
    def default_parent(cls):
        raise NotImplementedError

    @classmethod
    def _create(cls, model_class, *args, parent=None, live=True, **kwargs):
        many = {name: kwargs.pop(name) for name in ("sectors", "movements", "places")
                if name in kwargs}
        page = model_class(*args, **kwargs)
        for name, values in many.items():
            getattr(page, name).set(values)
        page.live = False
        (parent or cls.default_parent()).add_child(instance=page)
        if live:
            page.save_revision().publish()
            page.refresh_from_db()
        return page


class ExemplarPageFactory(PageFactory):
    class Meta:
        model = ExemplarPage

    title = factory.Sequence(lambda n: f"Nguyễn Văn Thử {n}")
    subject_type = SubjectType.COLLECTIVE
    achievement_summary = "Vận động bà con hiến 2.000 m² đất mở đường liên thôn."
    recognition_year = 2024

    @classmethod
    def default_parent(cls):
        return ExemplarIndexPage.objects.get()

    class Params:
        with_consent = factory.Trait(
            consent_by=factory.SelfAttribute("title"),
            consent_on=datetime.date(2025, 3, 1),
            consent_note="Đồng ý bằng văn bản, lưu tại Trung tâm.",
        )


class AwardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Award

    kind = Award.Kind.COMMENDATION
    name = "Bằng khen"
    level = Award.Level.PROVINCIAL
    issuer = "Ủy ban nhân dân tỉnh Kon Tum"
    decision_number = factory.Sequence(lambda n: str(100 + n))
    decision_symbol = "QĐ-UBND"
    decision_date = datetime.date(2023, 2, 1)
    year = 2023


class ColumnPageFactory(PageFactory):
    class Meta:
        model = ColumnPage

    title = factory.Sequence(lambda n: f"Chuyên mục {n}")

    @classmethod
    def default_parent(cls):
        from stories.models import HomePage

        return HomePage.objects.get()


class StoryPageFactory(PageFactory):
    class Meta:
        model = StoryPage

    title = factory.Sequence(lambda n: f"Người giữ rừng ở Đăk Kôi, kỳ {n}")
    lead = "Hơn hai mươi năm, ông lặng lẽ tuần tra từng cánh rừng đầu nguồn."
    byline = "Bài và ảnh: Hà Phương"
    body = factory.LazyFunction(lambda: [
        {"type": "paragraph", "value": "<p>Mỗi sáng, ông dậy từ 5 giờ để đi tuần.</p>"},
        {"type": "quote", "value": {"text": "Rừng còn thì làng còn.", "attribution": "Ông A Thút"}},
    ])

    @classmethod
    def default_parent(cls):
        return ColumnPage.objects.order_by("path").first()


def link_exemplars(story, exemplars):
    for order, exemplar in enumerate(exemplars):
        StoryExemplar.objects.create(story=story, exemplar=exemplar, sort_order=order)


def mp3_file(name="phong-su.mp3", seconds=3.0):
    """A real MPEG-1 Layer III stream (128 kbps, 44.1 kHz) of silent frames."""
    from django.core.files.base import ContentFile

    frame = b"\xff\xfb\x90\x00" + bytes(413)
    return ContentFile(frame * round(seconds * 44100 / 1152), name=name)


class AudioClipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AudioClip

    title = factory.Sequence(lambda n: f"Phóng sự số {n}")
    kind = AudioClip.Kind.REPORT
    credit = "Đài Phát thanh - Truyền hình Kon Tum"
    file = factory.LazyFunction(mp3_file)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    first_name = factory.Sequence(lambda n: f"Người dùng {n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@donvi.example.vn")
    password = factory.django.Password("mat-khau-thu-2026")

    @factory.post_generation
    def groups(self, create, names):
        from django.contrib.auth.models import Group

        if create and names:
            self.groups.set([Group.objects.get(name=name) for name in names])


class FocalPersonFactory(factory.django.DjangoModelFactory):
    """A unit's focal person, in the "Đầu mối đơn vị" group (every test database has the
    roles: tests/conftest.py builds them with the skeleton)."""

    class Meta:
        model = FocalPerson

    unit = factory.SubFactory(UnitFactory)
    user = factory.SubFactory(UserFactory, groups=["Đầu mối đơn vị"])


class NominationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Nomination

    subject_name = factory.Sequence(lambda n: f"Bà Y Thử {n}")
    subject_type = SubjectType.INDIVIDUAL
    story = "Bà nhặt được chiếc ví có 12 triệu đồng và đã tìm trả lại cho người đánh rơi."
    when_where = "Tháng 10/2026, chợ xã Đăk Kôi"
    nominator_name = "Trần Thị Lan"
    nominator_phone = "0905123456"
    nominator_email = "lan.tran@example.vn"
    consent_to_contact = True


class IntroductionFactory(factory.django.DjangoModelFactory):
    """An introduction alone, without its draft profile (the submission makes that)."""

    class Meta:
        model = Introduction

    unit = factory.SubFactory(UnitFactory)
    year = 2026
    quarter = 4
    subject_name = factory.Sequence(lambda n: f"Anh A Thử {n}")
    subject_type = SubjectType.INDIVIDUAL
    achievement_summary = ("Mười năm liền hiến máu tình nguyện và vận động 40 thanh niên "
                           "cùng tham gia.")
