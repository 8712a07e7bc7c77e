"""What `stories.framework_internals` relies on, checked against the installed Django,
Wagtail and django-treebeard: if an upgrade changes it, these fail before the site does."""

from django.core.files.base import ContentFile

from stories.framework_internals import (
    child_path,
    child_position,
    is_unsaved_file,
    unsaved_relations,
)
from tests.factories import AudioClipFactory


def test_a_file_assigned_but_not_saved_is_told_apart_from_a_stored_one(db):
    clip = AudioClipFactory()
    assert not is_unsaved_file(clip.file)
    clip.file = ContentFile(b"not yet written", name="new.mp3")
    assert is_unsaved_file(clip.file)
    clip.file = None
    assert not is_unsaved_file(clip.file)


def test_tree_paths_of_new_children_follow_the_ones_wagtail_makes(site_pages):
    home_page = site_pages["home"]
    first = home_page.get_children().first()
    last = home_page.get_last_child()
    assert child_position(first.path) == 1
    assert child_path(home_page, child_position(last.path)) == last.path
    assert child_path(home_page, child_position(last.path) + 1) > last.path


def test_choices_made_in_a_preview_are_told_from_saved_ones(site_pages):
    from stories.models import Sector
    from tests.factories import StoryPageFactory

    story = StoryPageFactory(parent=site_pages["column"])
    assert unsaved_relations(story) == set()
    story.sectors = [Sector.objects.first()]
    assert "sectors" in unsaved_relations(story)
