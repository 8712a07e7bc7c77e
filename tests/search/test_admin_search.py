"""Editors find pages and taxonomy terms in the Wagtail admin typing without diacritics."""

import pytest
from django.contrib.auth import get_user_model

from stories.models import Place
from tests.factories import ExemplarPageFactory, PlaceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, site_pages):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.vn", "x")
    client.force_login(user)
    return client


def test_page_search_folds_vietnamese(editor):
    ExemplarPageFactory(title="Cô giáo Đặng Thị Hoa")
    ExemplarPageFactory(title="Ông A Thút")
    for typed in ("dang thi", "Đặng Thị", "DANG"):
        html = editor.get("/quan-tri/pages/search/", {"q": typed}).content.decode()
        assert "Cô giáo Đặng Thị Hoa" in html, typed
        assert "Ông A Thút" not in html


def test_snippet_search_folds_vietnamese(editor):
    PlaceFactory(name="Đăk Hà", kind=Place.Kind.COMMUNE)
    html = editor.get("/quan-tri/snippets/stories/place/", {"q": "dak ha"}).content.decode()
    assert "Đăk Hà" in html
