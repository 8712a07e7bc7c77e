"""Turning a citizen's nomination into a draft exemplar profile: the story as its first
paragraphs, a summary cut at a sentence, the photos as private Wagtail images.

The nominator's name, phone and email stay in the inbox: nothing here copies them to a
page, an image, a feed or the search index.
"""

import logging
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.log_actions import log
from wagtail.permissions import policy_registry
from wagtail.rich_text import RichText

from stories.models import ExemplarIndexPage, ExemplarPage, ExemplarPhoto, Nomination, Photo

logger = logging.getLogger(__name__)

SUMMARY_LENGTH = 600
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*(?=\s|$)")
_BLANK_LINE = re.compile(r"\n\s*\n")


def nomination_policy():
    return policy_registry.get_by_type(Nomination)


def shorten(text, limit=SUMMARY_LENGTH):
    """``text`` on one line, cut to at most ``limit`` characters after its last whole
    sentence, or after a whole word (with "…") when the first sentence alone is too long."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    ends = [m.end() for m in _SENTENCE_END.finditer(text) if m.end() <= limit]
    if ends and ends[-1] >= limit // 3:
        return text[:ends[-1]]
    cut = text[:limit]
    words = cut.rsplit(" ", 1)[0] if " " in cut else cut[:limit - 1]
    return words.rstrip(" ,;:-–") + "…"


def profile_blocks(nomination):
    """The profile's first draft: the story as sent, one paragraph for each block of text
    between blank lines, then when and where it happened."""
    blocks = []
    for paragraph in _BLANK_LINE.split(nomination.story.replace("\r\n", "\n")):
        lines = [escape(line.strip()) for line in paragraph.splitlines() if line.strip()]
        if lines:
            blocks.append(("paragraph", RichText("<p>" + "<br/>".join(lines) + "</p>")))
    if nomination.when_where.strip():
        label = escape(gettext("When and where:"))
        blocks.append(("paragraph", RichText(
            f"<p><b>{label}</b> {escape(nomination.when_where.strip())}</p>")))
    return blocks


def _copy_photos(nomination, user, created):
    """Add to ``created`` Wagtail images made from the nomination's photos, titled after
    the subject and credited to "the public": never to the nominator, whose name the
    uploaded files may carry. Each is cleaned of its metadata and stored under a random
    name, private until the profile is published (`stories.media.photo_privacy`)."""
    name = nomination.subject_name
    for number, photo in enumerate(nomination.photos.order_by("pk"), start=1):
        image = Photo(
            title=gettext("%(name)s, photo %(number)d") % {"name": name, "number": number},
            description=gettext("Photo of %(name)s") % {"name": name},
            credit=gettext("Photo provided by a member of the public"),
            uploaded_by_user=user,
        )
        try:
            with photo.file.open("rb") as source:
                image.file = ContentFile(source.read(), name=photo.file.name)
            image.save()
        except (OSError, ValidationError):
            logger.warning("Nomination %s: photo %s could not be read", nomination.reference,
                           photo.pk, exc_info=True)
            continue
        created.append(image)


def convert(nomination, user):
    """Turn ``nomination`` into a draft ExemplarPage under the directory, owned by ``user``,
    and mark it converted. Raises ValidationError if it already was, or if there is no
    directory. Returns the page."""
    created_photos = []
    try:
        with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
            nomination = Nomination.objects.select_for_update().get(pk=nomination.pk)
            if nomination.exemplar_id or nomination.status == Nomination.Status.CONVERTED:
                raise ValidationError(gettext(
                    "Nomination %(reference)s has already been turned into a profile.")
                    % {"reference": nomination.reference})
            directory = ExemplarIndexPage.objects.first()
            if directory is None:
                raise ValidationError(gettext(
                    "There is no exemplar directory to add the profile to."))
            _copy_photos(nomination, user, created_photos)
            page = ExemplarPage(
                title=nomination.subject_name,
                subject_type=nomination.subject_type,
                place_id=nomination.place_id,
                achievement_summary=shorten(nomination.story),
                profile=profile_blocks(nomination),
                owner=user,
                live=False,
            )
            if nomination.sector_id:
                page.sectors.set([nomination.sector])
            page.photos = [ExemplarPhoto(image=image, sort_order=order)
                           for order, image in enumerate(created_photos)]
            directory.add_child(instance=page)
            page.save_revision(user=user, log_action=False)
            log(instance=page, action="wagtail.create", user=user)
            nomination.status = Nomination.Status.CONVERTED
            nomination.exemplar = page
            nomination.save(update_fields=["status", "exemplar"])
    except BaseException:
        # The images' files were written outside the transaction: do not leave them behind.
        for image in created_photos:
            image.file.delete(save=False)
        raise
    return page


def can_convert(user, directory=None):
    directory = directory or ExemplarIndexPage.objects.first()
    return bool(
        directory
        and nomination_policy().user_has_permission(user, "change")
        and ExemplarPage.can_create_at(directory)
        and directory.permissions_for_user(user).can_add_subpage()
    )
