"""What an editor sees in the Wagtail admin."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from stories.models import ColumnPage, ExemplarPage, StoryPage
from tests import admin_forms
from tests.admin_forms import story_form
from tests.factories import ExemplarPageFactory


@pytest.fixture
def editor(client, site_pages):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.vn", "x")
    client.force_login(user)
    return client


def test_new_story_gets_an_ascii_slug_from_its_vietnamese_title(editor, site_pages):
    column = site_pages["column"]
    response = editor.post(
        reverse("wagtailadmin_pages:add", args=["stories", "storypage", column.pk]),
        story_form(),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    story = StoryPage.objects.get(title="Người tốt việc tốt ở Đăk Tơ Lung")
    assert story.slug == "nguoi-tot-viec-tot-o-dak-to-lung"
    assert not story.live


def test_slug_field_transliterates_vietnamese_in_the_browser(editor, site_pages):
    response = editor.get(
        reverse("wagtailadmin_pages:add", args=["stories", "storypage", site_pages["column"].pk])
    )
    html = response.content.decode()
    assert 'data-controller="w-slug"' in html
    assert "data-w-slug-formatters-value" in html
    assert "đ" in html.split("data-w-slug-formatters-value=", 1)[1][:20000]


def test_duplicate_titles_get_distinct_slugs(editor, site_pages):
    url = reverse("wagtailadmin_pages:add", args=["stories", "storypage", site_pages["column"].pk])
    editor.post(url, story_form())
    editor.post(url, story_form())
    first, second = sorted(StoryPage.objects.values_list("slug", flat=True))
    # The second gets the first's slug with the number Wagtail's `find_available_slug` picks.
    assert first == "nguoi-tot-viec-tot-o-dak-to-lung"
    assert re.fullmatch(r"nguoi-tot-viec-tot-o-dak-to-lung-\d+", second)


def exemplar_form(page, **overrides):
    # The superuser publishes outside the review only with a reason (stories.editorial.publishing).
    return admin_forms.exemplar_form(page, **{"action-publish": "action-publish",
                                              "override_reason": "Đính chính khẩn.",
                                              **overrides})


def test_publishing_a_person_without_consent_is_refused_with_a_clear_message(editor):
    page = ExemplarPageFactory(title="A Thút", live=False, subject_type="ca_nhan",
                               achievement_summary="Mười năm dạy chữ cho bà con.")
    response = editor.post(reverse("wagtailadmin_pages:edit", args=[page.pk]),
                           exemplar_form(page))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Không thể xuất bản hồ sơ của cá nhân" in html
    assert "người đồng ý" in html
    # What the editor typed is still in the form.
    assert "Mười năm dạy chữ cho bà con." in html
    assert not ExemplarPage.objects.get(pk=page.pk).live


def test_publishing_with_consent_recorded_succeeds(editor):
    page = ExemplarPageFactory(title="A Thút", live=False, subject_type="ca_nhan")
    response = editor.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        exemplar_form(page, consent_by="A Thút", consent_on="15/03/2025",
                      consent_note="Ký giấy đồng ý ngày 15/03/2025."),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ExemplarPage.objects.get(pk=page.pk).live


def test_admin_speaks_vietnamese(editor):
    response = editor.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert 'lang="vi"' in response.content.decode()


def test_taxonomies_are_editable_as_snippets(editor):
    response = editor.get(reverse("wagtailsnippets_stories_sector:list"))
    assert response.status_code == 200
    assert "Cải cách hành chính" in response.content.decode()


def test_columns_accept_only_stories(site_pages):
    assert ColumnPage.allowed_subpage_models() == [StoryPage]
    assert ExemplarPage.allowed_parent_page_models()[0].__name__ == "ExemplarIndexPage"
