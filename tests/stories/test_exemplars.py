import datetime

import pytest
from django.core.exceptions import ValidationError

from stories.models import Award, ExemplarPage, SubjectType, format_decision
from tests.factories import AwardFactory, ExemplarPageFactory, PlaceFactory


def test_decision_is_rendered_exactly_as_written_in_vietnamese_documents(db):
    text = format_decision("123", "QĐ-UBND", datetime.date(2023, 2, 1),
                           "Ủy ban nhân dân tỉnh Kon Tum")
    assert text == "Quyết định số 123/QĐ-UBND ngày 01/02/2023 của Ủy ban nhân dân tỉnh Kon Tum"


def test_individual_profile_cannot_be_published_without_consent(site_pages):
    page = ExemplarPageFactory(subject_type=SubjectType.INDIVIDUAL, live=False)
    with pytest.raises(ValidationError) as error:
        page.save_revision().publish()
    assert "đồng ý" in str(error.value)
    assert not ExemplarPage.objects.get(pk=page.pk).live


def test_household_profile_with_consent_is_published(site_pages):
    page = ExemplarPageFactory(subject_type=SubjectType.HOUSEHOLD, with_consent=True)
    assert ExemplarPage.objects.get(pk=page.pk).live


def test_collective_needs_no_personal_consent(site_pages):
    page = ExemplarPageFactory(subject_type=SubjectType.COLLECTIVE)
    assert page.consent_problem() is None


def test_consent_message_names_what_is_missing(site_pages):
    page = ExemplarPageFactory.build(subject_type=SubjectType.INDIVIDUAL, consent_by="Y Hiền")
    message = page.consent_problem()
    assert "ngày" in message and "bằng chứng" in message
    assert "người đồng ý" not in message


def test_revoked_award_is_never_shown_as_held(site_pages, client):
    page = ExemplarPageFactory()
    AwardFactory(page=page, name="Chiến sĩ thi đua cơ sở", kind=Award.Kind.TITLE,
                 decision_number="45")
    AwardFactory(page=page, name="Bằng khen của Chủ tịch UBND tỉnh", decision_number="77",
                 status=Award.Status.REVOKED, revocation_number="12",
                 revocation_symbol="QĐ-UBND", revocation_date=datetime.date(2024, 5, 2),
                 revocation_issuer="Ủy ban nhân dân tỉnh Kon Tum")
    html = client.get(page.url).content.decode()
    assert "Chiến sĩ thi đua cơ sở" in html
    assert "Quyết định số 45/QĐ-UBND ngày 01/02/2023" in html
    assert "Bằng khen của Chủ tịch UBND tỉnh" not in html
    assert "77/QĐ-UBND" not in html


def test_award_without_a_complete_decision_is_not_claimed_publicly(site_pages, client):
    page = ExemplarPageFactory()
    AwardFactory(page=page, name="Giấy khen Huyện đoàn", decision_date=None)
    html = client.get(page.url).content.decode()
    assert "Giấy khen Huyện đoàn" not in html


def test_revoked_award_requires_its_revoking_decision(site_pages):
    award = AwardFactory.build(page=ExemplarPageFactory(), status=Award.Status.REVOKED)
    with pytest.raises(ValidationError) as error:
        award.clean()
    assert set(error.value.message_dict) == {
        "revocation_number", "revocation_symbol", "revocation_date", "revocation_issuer"}


def test_award_year_must_match_its_decision(site_pages):
    award = AwardFactory.build(page=ExemplarPageFactory(), year=2021)
    with pytest.raises(ValidationError) as error:
        award.clean()
    assert "year" in error.value.message_dict


def test_missing_decision_parts_are_listed(site_pages):
    award = AwardFactory.build(decision_number="", issuer="")
    assert award.missing_decision_parts == ["số", "cơ quan ban hành"]


def test_a_draft_moved_to_another_place_shows_that_place_in_preview_only(
        site_pages, client, admin_client):
    """The page's place, unit and portrait are read together in one query; a draft that
    changes one of them still shows its own choice to the editor previewing it."""
    old_place, new_place = PlaceFactory(name="Đăk Tờ Re"), PlaceFactory(name="Ngọk Réo")
    exemplar = ExemplarPageFactory(title="Chị A Thu", place=old_place)
    exemplar.place = new_place
    exemplar.save_revision()

    public = client.get(exemplar.url).content.decode()
    draft = admin_client.get(f"/quan-tri/pages/{exemplar.pk}/view_draft/").content.decode()
    assert "Đăk Tờ Re" in public and "Ngọk Réo" not in public
    assert "Ngọk Réo" in draft and "Đăk Tờ Re" not in draft
