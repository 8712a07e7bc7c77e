"""Choosers show a role only what it may open: nominations and introductions only to the
roles that work with them, and the page chooser only live pages to those who may not
edit pages."""

import json

import pytest
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse

from stories.editorial.roles import (
    APPROVER,
    EDITOR,
    FOCAL_PERSON,
    REPORTER,
    SITE_ADMIN,
    VERIFIER,
)
from stories.models import ExemplarIndexPage
from tests.factories import (
    ExemplarPageFactory,
    FocalPersonFactory,
    IntroductionFactory,
    NominationFactory,
    UnitFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

NOMINATIONS = "wagtailsnippetchoosers_stories_nomination"
INTRODUCTIONS = "wagtailsnippetchoosers_stories_introduction"
DRAFT_TITLE = "Bà Rơ Châm Thị Hoa"
LIVE_TITLE = "Hợp tác xã nông nghiệp Đăk Tơ Lung"
# Choosers open in a modal, whose script asks like this; Wagtail answers a refused
# request so asked with a 403 (a page would be sent to the dashboard instead).
MODAL = {"X-Requested-With": "XMLHttpRequest"}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("setup_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
        people = {role: UserFactory(groups=[role])
                  for role in (REPORTER, EDITOR, VERIFIER, APPROVER, SITE_ADMIN)}
        own_unit, other_unit = UnitFactory(name="Trường Tiểu học Kim Đồng"), UnitFactory()
        people[FOCAL_PERSON] = FocalPersonFactory(unit=own_unit).user
        yield {
            **people,
            "nomination": NominationFactory(subject_name="Bà Y Nhận Ví", reference="GS-ABC123"),
            "own_introduction": IntroductionFactory(unit=own_unit,
                                                    subject_name="Em A Đức"),
            "other_introduction": IntroductionFactory(unit=other_unit,
                                                      subject_name="Chị Y Khác"),
            "live": ExemplarPageFactory(title=LIVE_TITLE),
            "draft": ExemplarPageFactory(title=DRAFT_TITLE, live=False),
        }
        transaction.set_rollback(True)


def as_user(client, world, role):
    client.force_login(world[role])
    return client


def text_of(response):
    """What the modal shows: the chooser answers JSON with the HTML inside."""
    content = response.content.decode()
    try:
        return json.dumps(json.loads(content), ensure_ascii=False)
    except ValueError:
        return content


@pytest.mark.parametrize("model", ["audioclip", "sector", "movement", "place", "unit",
                                   "nomination"])
def test_a_chooser_without_a_creation_form_has_no_create_address(client, world, model):
    """Wagtail routes it anyway and failed on it (a server error on any post)."""
    as_user(client, world, APPROVER)
    url = reverse(f"wagtailsnippetchoosers_stories_{model}:create")
    assert client.get(url, headers=MODAL).status_code in (403, 404)
    assert client.post(url, {"title": "Thử"}, headers=MODAL).status_code in (403, 404)


# --- nominations and introductions ---------------------------------------------------------

@pytest.mark.parametrize("role", [REPORTER, VERIFIER, FOCAL_PERSON, SITE_ADMIN])
def test_nomination_chooser_refuses_roles_without_the_inbox(client, world, role):
    as_user(client, world, role)
    nomination = world["nomination"]
    for url in (reverse(f"{NOMINATIONS}:choose"),
                reverse(f"{NOMINATIONS}:choose_results") + "?q=Nhận",
                reverse(f"{NOMINATIONS}:chosen", args=[nomination.pk]),
                reverse(f"{NOMINATIONS}:chosen_multiple") + f"?id={nomination.pk}"):
        response = client.get(url, headers=MODAL)
        assert response.status_code == 403, url
        assert "Nhận Ví" not in text_of(response)
        assert nomination.reference not in text_of(response)


@pytest.mark.parametrize("role", [EDITOR, APPROVER])
def test_nomination_chooser_answers_the_editorial_desk(client, world, role):
    as_user(client, world, role)
    response = client.get(reverse(f"{NOMINATIONS}:choose"), headers=MODAL)
    assert response.status_code == 200
    assert "Bà Y Nhận Ví" in text_of(response)


def test_introduction_chooser_refuses_roles_without_introductions(client, world):
    as_user(client, world, REPORTER)
    response = client.get(reverse(f"{INTRODUCTIONS}:choose"), headers=MODAL)
    assert response.status_code == 403
    assert "Em A Đức" not in text_of(response)


def test_focal_person_chooses_only_their_units_introductions(client, world):
    as_user(client, world, FOCAL_PERSON)
    shown = text_of(client.get(reverse(f"{INTRODUCTIONS}:choose"), headers=MODAL))
    assert "Em A Đức" in shown
    assert "Chị Y Khác" not in shown
    other = world["other_introduction"]
    assert client.get(reverse(f"{INTRODUCTIONS}:chosen", args=[other.pk]),
                      headers=MODAL).status_code == 404


def test_verifier_chooses_every_units_introductions(client, world):
    as_user(client, world, VERIFIER)
    shown = text_of(client.get(reverse(f"{INTRODUCTIONS}:choose"), headers=MODAL))
    assert "Em A Đức" in shown
    assert "Chị Y Khác" in shown


# --- the page chooser ----------------------------------------------------------------------

def browse(client, page):
    return client.get(reverse("wagtailadmin_choose_page_child", args=[page.pk]),
                      headers=MODAL)


def search(client, query):
    return client.get(reverse("wagtailadmin_choose_page_search"), {"q": query},
                      headers=MODAL)


def chosen(client, *pages):
    return client.get(reverse("wagtailadmin_choose_page_chosen_multiple"),
                      {"id": [page.pk for page in pages]}, headers=MODAL)


@pytest.mark.parametrize("role", [FOCAL_PERSON, VERIFIER, SITE_ADMIN])
def test_page_chooser_shows_only_live_pages_to_those_who_do_not_edit_pages(client, world,
                                                                           role):
    as_user(client, world, role)
    directory = ExemplarIndexPage.objects.get()

    listing = browse(client, directory)
    assert listing.status_code == 200
    assert LIVE_TITLE in text_of(listing)
    assert DRAFT_TITLE not in text_of(listing)

    assert DRAFT_TITLE not in text_of(search(client, "Châm"))
    assert browse(client, world["draft"]).status_code == 404
    assert chosen(client, world["draft"]).status_code == 404
    assert DRAFT_TITLE not in text_of(chosen(client, world["draft"], world["live"]))
    assert LIVE_TITLE in text_of(chosen(client, world["live"]))


@pytest.mark.parametrize("role", [EDITOR, REPORTER])
def test_page_chooser_shows_drafts_to_those_who_write(client, world, role):
    as_user(client, world, role)
    directory = ExemplarIndexPage.objects.get()
    assert DRAFT_TITLE in text_of(browse(client, directory))
    assert DRAFT_TITLE in text_of(chosen(client, world["draft"]))


def test_page_chooser_finds_drafts_for_editors(client, world):
    as_user(client, world, EDITOR)
    assert DRAFT_TITLE in text_of(search(client, "Châm"))


def test_page_chooser_refuses_odd_ids_without_an_error(client, world):
    as_user(client, world, EDITOR)
    url = reverse("wagtailadmin_choose_page_chosen_multiple")
    for odd in ("abc", "9" * 30, "1"):  # "1" is the root, which has no parent
        assert client.get(url, {"id": odd}, headers=MODAL).status_code == 404
