import unicodedata

import pytest

from stories.models import Sector, StoryPage
from tests.factories import StoryPageFactory

NFD = unicodedata.normalize("NFD", "Người tốt việc tốt ở Đăk Kôi")
NFC = unicodedata.normalize("NFC", NFD)


@pytest.mark.django_db
def test_snippet_text_is_stored_in_nfc():
    sector = Sector.objects.create(name=NFD)
    sector.refresh_from_db()
    assert sector.name == NFC
    assert sector.slug == "nguoi-tot-viec-tot-o-dak-koi"


def test_page_fields_and_body_are_stored_in_nfc(site_pages):
    story = StoryPageFactory(
        title=NFD, lead=NFD,
        body=[{"type": "paragraph", "value": f"<p>{NFD}</p>"},
              {"type": "quote", "value": {"text": NFD, "attribution": NFD}}],
    )
    story = StoryPage.objects.get(pk=story.pk)
    assert story.title == NFC
    assert story.lead == NFC
    assert story.body[0].value.source == f"<p>{NFC}</p>"
    assert story.body[1].value["attribution"] == NFC
    assert story.slug == "nguoi-tot-viec-tot-o-dak-koi"
