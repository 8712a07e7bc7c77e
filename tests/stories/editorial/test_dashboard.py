"""The dashboard tells each person what discovery work is theirs."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from stories.editorial.roles import EDITOR, REPORTER
from stories.models import DiscoverySettings, Quota, quarter_of
from tests.factories import (
    FocalPersonFactory,
    IntroductionFactory,
    NominationFactory,
    UnitFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def dashboard(client, user):
    client.force_login(user)
    return client.get(reverse("wagtailadmin_home")).content.decode()


def test_editors_see_how_many_new_nominations_wait(client, site_pages):
    NominationFactory.create_batch(2)
    NominationFactory(status="unsuitable")
    html = dashboard(client, UserFactory(groups=[EDITOR]))
    assert "Lời giới thiệu mới của người dân đang chờ tòa soạn: 2." in html
    assert reverse("wagtailsnippets_stories_nomination:list") + "?status=new" in html


def test_reporters_do_not_see_nominations(client, site_pages):
    NominationFactory()
    html = dashboard(client, UserFactory(groups=[REPORTER]))
    assert 'data-discovery="nominations"' not in html


def test_focal_person_sees_the_quarter_count_against_quota_and_deadline(client, site_pages):
    today = timezone.localdate()
    year, quarter = today.year, quarter_of(today)
    unit = UnitFactory(name="Ủy ban nhân dân xã Thử", kind="commune")
    focal = FocalPersonFactory(unit=unit)
    Quota.objects.create(settings=DiscoverySettings.load(), year=year, unit_kind="commune",
                         per_quarter=2)
    IntroductionFactory(unit=unit, year=year, quarter=quarter)
    IntroductionFactory(unit=unit, year=year - 1, quarter=quarter)
    html = dashboard(client, focal.user)
    deadline = datetime.date(year, quarter * 3, 5).strftime("%d/%m/%Y")
    assert (f"Ủy ban nhân dân xã Thử đã giới thiệu 1/2 điển hình trong quý "
            f"{quarter}/{year}; hạn chót là {deadline}.") in html
    assert reverse("introductions_import") in html
