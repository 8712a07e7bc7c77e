"""SQL queries per page stay bounded and do not grow with the number of related items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from stories.models import HomeFeaturedExemplar, Movement, Sector
from stories.reading.models import ReadingCount
from tests.factories import (
    AwardFactory,
    ExemplarPageFactory,
    PhotoFactory,
    StoryPageFactory,
    link_exemplars,
)

# Wagtail's own routing: the site, the root and one page per level of the path, and the
# view restrictions on the way; two for the related reading (stories, profiles); one for
# each kind of photo block in the body (here a photo and a gallery, each one query).
# `make bench` holds the demo's story and profile, with fewer blocks, to 15.
STORY_AND_PROFILE_LIMIT = 16
HOME_AND_DIRECTORY_LIMIT = 20


def feature(home, exemplar):
    HomeFeaturedExemplar.objects.create(home=home, exemplar=exemplar)


def count_queries(client, url):
    client.get(url)  # first view creates image renditions; measure the steady state
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def make_story(related):
    exemplars = [ExemplarPageFactory(portrait=PhotoFactory()) for _ in range(related)]
    gallery = [{"image": PhotoFactory().pk, "caption": "", "credit": ""} for _ in range(related)]
    story = StoryPageFactory(
        hero_image=PhotoFactory(),
        sectors=list(Sector.objects.all()[:3]),
        movements=list(Movement.objects.all()[:3]),
        body=[
            {"type": "paragraph", "value": "<p>Đoạn văn.</p>"},
            {"type": "image", "value": {"image": PhotoFactory().pk, "caption": "Ảnh",
                                        "credit": ""}},
            {"type": "gallery", "value": {"title": "Ảnh", "images": gallery}},
        ],
    )
    story.tags.add(*[f"thẻ {n}" for n in range(related)])
    story.save_revision().publish()
    link_exemplars(story, exemplars)
    return story


def make_profile(related):
    profile = ExemplarPageFactory(
        portrait=PhotoFactory(),
        sectors=list(Sector.objects.all()[:3]),
        profile=[{"type": "gallery", "value": {"title": "", "images": [
            {"image": PhotoFactory().pk, "caption": "", "credit": ""} for _ in range(related)]}}],
    )
    for number in range(related):
        AwardFactory(page=profile, decision_number=str(500 + number))
        profile.photos.create(image=PhotoFactory(), caption=f"Ảnh {number}")
    for _ in range(related):
        link_exemplars(StoryPageFactory(hero_image=PhotoFactory()), [profile])
    return profile


@pytest.mark.parametrize(("make", "limit"), [(make_story, STORY_AND_PROFILE_LIMIT),
                                             (make_profile, STORY_AND_PROFILE_LIMIT)])
def test_detail_pages_query_count_is_bounded_and_constant(site_pages, client, make, limit):
    small = count_queries(client, make(3).url)
    large = count_queries(client, make(30).url)
    assert small == large
    assert large <= limit


def test_home_query_count_is_bounded_and_constant(site_pages, client):
    home = site_pages["home"]
    for _ in range(3):
        feature(home, ExemplarPageFactory(portrait=PhotoFactory()))
        StoryPageFactory(hero_image=PhotoFactory())
    small = count_queries(client, "/")
    for _ in range(27):
        StoryPageFactory(hero_image=PhotoFactory())
    for _ in range(3):
        feature(home, ExemplarPageFactory(portrait=PhotoFactory()))
    from tests.factories import ColumnPageFactory

    for _ in range(4):
        StoryPageFactory(parent=ColumnPageFactory(), hero_image=PhotoFactory())
    response = client.get("/")
    assert response.content.decode().count("card--exemplar") == 6
    large = count_queries(client, "/")
    assert small == large
    assert large <= HOME_AND_DIRECTORY_LIMIT


def related_pages(story, count):
    """Stories and profiles sharing the story's column, sector and movement, with photos,
    each read this week."""
    sector, movement = story.sectors.first(), story.movements.first()
    for number in range(count):
        ReadingCount.objects.create(page=StoryPageFactory(
            hero_image=PhotoFactory(), sectors=[sector]), day=timezone.localdate(),
            views=number + 1)
        ExemplarPageFactory(portrait=PhotoFactory(), movements=[movement])


def test_related_reading_and_most_read_keep_the_query_count_constant(site_pages, client):
    story = make_story(1)
    related_pages(story, 1)
    small = count_queries(client, story.url), count_queries(client, "/")
    related_pages(story, 20)
    response = client.get(story.url)
    assert response.content.decode().count("related-reading__item") == 6
    large = count_queries(client, story.url), count_queries(client, "/")
    assert small == large
    assert large[0] <= STORY_AND_PROFILE_LIMIT
    assert large[1] <= HOME_AND_DIRECTORY_LIMIT


def test_directory_query_count_is_bounded_and_constant(site_pages, client):
    url = site_pages["directory"].url + "?linh_vuc=y-te&nam=2024"
    sector = Sector.objects.get(slug="y-te")
    for _ in range(3):
        ExemplarPageFactory(portrait=PhotoFactory(), sectors=[sector])
    small = count_queries(client, url)
    for _ in range(27):
        ExemplarPageFactory(portrait=PhotoFactory(), sectors=[sector])
    large = count_queries(client, url)
    assert small == large
    assert large <= HOME_AND_DIRECTORY_LIMIT
