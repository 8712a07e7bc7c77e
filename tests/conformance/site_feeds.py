"""A small site with every kind of feed it serves, and those feeds fetched once through
their real addresses, for the conformance tests to hand to each consumer."""

import dataclasses
import io

from django.core.management import call_command
from django.db import transaction
from django.test import Client, TestCase
from django.test.utils import override_settings

from stories.models import ColumnPage
from stories.models.base import site_root_url
from tests.factories import (
    AudioClipFactory,
    ExemplarPageFactory,
    MovementFactory,
    PhotoFactory,
    PlaceFactory,
    SectorFactory,
    StoryPageFactory,
    link_exemplars,
)

OWNER_EMAIL = "bientap@guongsang.example.vn"
# Text a feed must escape and normalise: markup characters, an emoji, a quote.
TRICKY = 'Ông <Y> & bà "Hờ" 🌾'


@dataclasses.dataclass(frozen=True)
class ServedFeed:
    """One feed as a consumer receives it: ``path`` is its address on the site."""

    path: str
    fmt: str  # "rss", "atom" or "json"
    kind: str  # "news", "podcast" or "bulletin"
    url: str
    status: int
    content_type: str
    body: bytes

    @property
    def name(self):
        return self.path.removeprefix("/nhan-tin/")

    def __str__(self):
        return self.name


def _build_content():
    """Stories with hero photos, some with audio, in a column that is also a podcast;
    profiles with portraits; a sector, a movement and a place they are filed under."""
    sector, movement = SectorFactory(name="Y tế thôn bản"), MovementFactory(name="Dân vận khéo")
    place = PlaceFactory(name="Đăk Kôi")
    # One photo for every hero and portrait: each photo's renditions are made once.
    photo = PhotoFactory()
    exemplars = [
        ExemplarPageFactory(title="Tổ hộ sinh Đăk Kôi", place=place, sectors=[sector],
                            movements=[movement], portrait=photo),
        ExemplarPageFactory(title=f"Hợp tác xã {TRICKY}", place=place, portrait=photo),
    ]
    plain_column, podcast_column = ColumnPage.objects.order_by("path")[:2]
    body = [{"type": "paragraph",
             "value": '<p>Trạm có <b>3</b> nữ hộ sinh. <a href="/gioi-thieu/">Xem</a></p>'},
            {"type": "image", "value": {"image": photo.pk, "caption": "Ca sinh thứ 100",
                                        "credit": ""}}]
    stories = [StoryPageFactory(
        title=f"Phóng sự {number}: đỡ đẻ giữa rừng {TRICKY}", parent=podcast_column,
        hero_image=photo, audio=AudioClipFactory(), sectors=[sector], movements=[movement],
        places=[place], body=body) for number in range(3)]
    # A story of the podcast column without audio: in its news feeds, not in the podcast.
    stories.append(StoryPageFactory(title="Bài viết không có âm thanh", parent=podcast_column,
                                    hero_image=photo, places=[place]))
    stories.append(StoryPageFactory(title="Người giữ rừng", parent=plain_column,
                                    hero_image=photo, sectors=[sector]))
    for story in stories:
        link_exemplars(story, exemplars[:1])
        story.save_revision().publish()
    return {"sector": sector, "movement": movement, "place": place, "exemplar": exemplars[0],
            "podcast_column": podcast_column, "plain_column": plain_column}


def feed_paths(content):
    """Every feed address the site serves for this content, with its format and kind."""
    terms = [f"chuyen-muc/{content['podcast_column'].slug}",
             f"chuyen-muc/{content['plain_column'].slug}",
             f"linh-vuc/{content['sector'].slug}", f"phong-trao/{content['movement'].slug}",
             f"dia-phuong/{content['place'].slug}", f"dien-hinh/{content['exemplar'].slug}"]
    paths = [(f"/nhan-tin/{name}.{fmt}", fmt, "news")
             for name in ["tat-ca", "ho-so", *terms] for fmt in ("rss", "atom", "json")]
    paths.append((f"/nhan-tin/podcast/{content['podcast_column'].slug}.rss", "rss", "podcast"))
    paths += [(f"/nhan-tin/ban-tin/{name}.rss", "rss", "bulletin")
              for name in (f"chuyen-muc/{content['podcast_column'].slug}",
                           f"dia-phuong/{content['place'].slug}")]
    return paths


def build_site_and_fetch_feeds(django_db_blocker):
    """The site built in a transaction, every feed fetched through the test client (each
    with its status), then the transaction rolled back: the feeds are plain bytes the tests
    read without a database. A generator for a module-scoped fixture."""
    with django_db_blocker.unblock(), transaction.atomic():
        with override_settings(PODCAST_OWNER_EMAIL=OWNER_EMAIL):
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("setup_site", stdout=io.StringIO())
                content = _build_content()
            # A feed that fails is reported by its own test; the others are still read.
            client, root = Client(raise_request_exception=False), site_root_url()
            feeds = []
            for path, fmt, kind in feed_paths(content):
                response = client.get(path)
                feeds.append(ServedFeed(path, fmt, kind, root + path, response.status_code,
                                        response.get("Content-Type", ""), response.content))
        yield feeds
        transaction.set_rollback(True)
