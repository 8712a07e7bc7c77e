"""Preparing stories and profiles for syndication, and the state every feed is cached by.

An entry is prepared when its page is published (sanitised HTML, categories, the hero
image's rendition, the radio version), so that building a feed is one query and writing
XML (`sources`). When to prepare is decided by `stories.derived`; this module writes.
"""

import datetime
import logging
import time
from urllib.parse import urlsplit

import nh3
from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from wagtail.models import Page

from stories.derived.public_pages import (
    SYNDICATED,
    is_public,
    public_page_ids,
    public_versions,
)
from stories.models import ExemplarPage, FeedState, StoryPage, SyndicationEntry
from stories.models.base import site_root_url
from stories.models.columns import DEFAULT_REUSE_NOTE
from stories.syndication import radio
from stories.syndication.models import FeedIdentity

logger = logging.getLogger(__name__)

HERO_RENDITION = "width-1200|format-jpeg|jpegquality-80"
# The picture at the top of an RSS description, which portals' news modules show as the
# item's thumbnail: far lighter than the hero.
PICTURE_RENDITION = "width-480|format-jpeg|jpegquality-80"
BODY_RENDITION = "width-1000|format-jpeg|jpegquality-80"
ALLOWED_TAGS = {"p", "h2", "h3", "ul", "ol", "li", "strong", "b", "em", "i", "a", "br",
                "blockquote", "figure", "figcaption", "img", "hr"}
ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt", "width", "height"}}


# --- the entry of one page --------------------------------------------------------------

def sanitise(html):
    """Only the tags every feed reader shows, and links that are web or mail links."""
    return nh3.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                     url_schemes={"http", "https", "mailto"}, link_rel=None)


def _figure(photo, caption="", credit="", photo_ids=None):
    rendition = photo.get_rendition(BODY_RENDITION)
    if photo_ids is not None:
        photo_ids.append(photo.pk)
    note = " — ".join(part for part in (caption, credit or photo.credit) if part)
    return format_html(
        '<figure><img src="{}" alt="{}" width="{}" height="{}">{}</figure>',
        rendition.url, photo.default_alt_text, rendition.width, rendition.height,
        format_html("<figcaption>{}</figcaption>", note) if note else "",
    )


def stream_html(stream, photo_ids):
    """A StreamField as plain, portable HTML: what a portal's page or a feed reader can
    show without our styles or scripts."""
    parts = []
    for block in stream:
        value = block.value
        kind = block.block_type
        if kind == "heading":
            parts.append(format_html("<h2>{}</h2>", value))
        elif kind == "paragraph":
            parts.append(str(value))
        elif kind == "image":
            parts.append(_figure(value["image"], value["caption"], value["credit"], photo_ids))
        elif kind == "gallery":
            if value["title"]:
                parts.append(format_html("<h3>{}</h3>", value["title"]))
            parts.extend(_figure(image["image"], image["caption"], image["credit"], photo_ids)
                         for image in value["images"])
        elif kind == "quote":
            attribution = (format_html("<p>— {}</p>", value["attribution"])
                           if value["attribution"] else "")
            parts.append(format_html("<blockquote><p>{}</p>{}</blockquote>",
                                     value["text"], attribution))
        elif kind == "video":
            duration = f" ({value['duration']})" if value["duration"] else ""
            parts.append(format_html('<p><a href="{}">{}: {}</a>{}</p>', value["url"],
                                     gettext("Video"), value["title"], duration))
        elif kind == "fact_box":
            parts.append(format_html("<h3>{}</h3><ul>{}</ul>", value["title"],
                                     format_html_join("", "<li>{}</li>",
                                                      ((fact,) for fact in value["facts"]))))
    return "".join(parts)


def stream_paragraphs(stream):
    """The text of a StreamField as paragraphs to be read aloud (no captions or videos)."""
    paragraphs = []
    for block in stream:
        value = block.value
        if block.block_type == "heading":
            paragraphs.append(str(value))
        elif block.block_type == "paragraph":
            paragraphs.extend(radio.paragraphs_from_html(value.source))
        elif block.block_type == "quote":
            text = value["text"]
            paragraphs.append(f"{value['attribution']} chia sẻ: {text}"
                              if value["attribution"] else text)
        elif block.block_type == "fact_box":
            paragraphs.append(value["title"])
            paragraphs.extend(value["facts"])
    return paragraphs


def _sentence(text):
    text = text.strip()
    return text if not text or text[-1] in ".!?…:;" else text + "."


def radio_version(title, paragraphs, closing=""):
    """(text, seconds): the plain text a presenter reads, and how long it takes."""
    parts = [_sentence(title), *(_sentence(p) for p in paragraphs if p.strip())]
    if closing:
        parts.append(_sentence(closing))
    text = radio.speakable("\n\n".join(parts))
    return text, radio.reading_seconds(text)


def _image(photo, credit=""):
    if photo is None:
        return {}
    rendition = photo.get_rendition(HERO_RENDITION)
    picture = photo.get_rendition(PICTURE_RENDITION)
    return {"url": rendition.url, "width": rendition.width, "height": rendition.height,
            # An RSS enclosure must give its length in bytes.
            "size": rendition.file.size, "type": "image/jpeg",
            "picture": {"url": picture.url, "width": picture.width,
                        "height": picture.height},
            "alt": photo.default_alt_text, "credit": credit or photo.credit, "id": photo.pk}


def _categories(page, relations):
    found = []
    for relation, scheme in relations:
        for term in getattr(page, relation).all():
            found.append([scheme, str(term)])
    return found


def prepare(page):
    """The fields of ``page``'s entry (a specific story or profile)."""
    photo_ids = []
    if isinstance(page, StoryPage):
        html = format_html("<p><strong>{}</strong></p>", page.lead) + stream_html(
            page.body, photo_ids)
        text, seconds = radio_version(
            page.title, [page.lead, *stream_paragraphs(page.body)],
            closing=page.byline)
        image = _image(page.hero_image, page.hero_credit)
        fields = {
            "kind": SyndicationEntry.Kind.STORY, "summary": page.lead,
            "author": page.byline, "rights": page.reuse_note,
            "categories": _categories(page, [("sectors", "linh-vuc"),
                                             ("movements", "phong-trao"),
                                             ("places", "dia-phuong")]),
        }
    else:
        awards = page.public_awards
        awards_html = format_html(
            "<h2>{}</h2><ul>{}</ul>", gettext("Awards"),
            format_html_join("", "<li>{}</li>", ((award.full_text(),) for award in awards)),
        ) if awards else ""
        html = (format_html("<p><strong>{}</strong></p>", page.achievement_summary)
                + awards_html + stream_html(page.profile, photo_ids))
        award_sentences = [award.full_text() for award in awards]
        text, seconds = radio_version(
            page.title, [page.achievement_summary, *award_sentences,
                         *stream_paragraphs(page.profile)])
        image = _image(page.portrait)
        categories = _categories(page, [("sectors", "linh-vuc"), ("movements", "phong-trao")])
        if page.place_id:
            categories.append(["dia-phuong", str(page.place)])
        fields = {"kind": SyndicationEntry.Kind.EXEMPLAR,
                  "summary": page.achievement_summary, "author": "",
                  "rights": str(DEFAULT_REUSE_NOTE), "categories": categories}
    if image:
        photo_ids.append(image.pop("id"))
    published = page.first_published_at or page.last_published_at or timezone.now()
    updated = page.last_published_at or published
    return {
        **fields,
        "title": page.title,
        "url": page.get_url(),
        "content_html": sanitise(html),
        "published_at": published,
        "updated_at": max(updated, published),
        "image": image,
        "audio": page.audio,
        "photo_ids": sorted(set(photo_ids)),
        "radio_text": text,
        "radio_seconds": seconds,
        "version": updated.isoformat(),
    }


# --- the identity of a page in every feed -------------------------------------------------

def tag_authority():
    """Who names new items' tag URIs: the FEED_TAG_AUTHORITY setting, else the host name
    of the site's one root (the default Site record) when the page is first prepared."""
    configured = getattr(settings, "FEED_TAG_AUTHORITY", "").strip()
    if configured:
        return (urlsplit(configured).hostname if "://" in configured else configured).lower()
    return urlsplit(site_root_url()).hostname


def tag_uri(authority, page_id, published_at):
    """A tag URI (RFC 4151) for a page. The date is that of the first publication in UTC,
    as the identities given before they were stored were written."""
    day = published_at.astimezone(datetime.UTC).date()
    return f"tag:{authority},{day:%Y-%m-%d}:trang-{page_id}"


def identify(page_id, published_at):
    """The page's FeedIdentity: made the first time the page is prepared, kept after."""
    identity, _created = FeedIdentity.objects.get_or_create(
        page_id=page_id,
        defaults={"guid": lambda: tag_uri(tag_authority(), page_id, published_at)})
    return identity


def refresh(page_id):
    """Prepare the page's entry again, or remove it if the page is no longer shown."""
    page = Page.objects.filter(pk=page_id).first()
    page = page.specific if page else None
    return write_entry(page_id, page, public=bool(page and is_public(page)))


def write_entry(page_id, page, *, public):
    """Prepare the entry of ``page`` (specific, or None when it is gone) if it is a public
    story or profile; remove it otherwise."""
    if not public or not isinstance(page, StoryPage | ExemplarPage):
        SyndicationEntry.objects.filter(page_id=page_id).delete()
        return False
    fields = prepare(page)
    identify(page.pk, fields["published_at"])
    SyndicationEntry.objects.update_or_create(page_id=page.pk, defaults=fields)
    return True


def refresh_many(page_ids):
    for page_id in page_ids:
        try:
            refresh(page_id)
        except Exception:
            # One broken page must not keep the others out of the feeds.
            logger.exception("Could not prepare page %s for syndication", page_id)


def syndicated_page_ids():
    return public_page_ids(SYNDICATED)


def rebuild():
    """Prepare every shown story and profile again; returns how many."""
    page_ids = syndicated_page_ids()
    SyndicationEntry.objects.exclude(page_id__in=page_ids).delete()
    refresh_many(page_ids)
    changed()
    return len(page_ids)


def drift():
    """(missing, stale, extra) page ids: what the prepared entries get wrong."""
    expected = public_versions(SYNDICATED)
    prepared = dict(SyndicationEntry.objects.values_list("page_id", "version"))
    missing = sorted(set(expected) - set(prepared))
    stale = sorted(pk for pk in set(expected) & set(prepared)
                   if expected[pk] and expected[pk] != prepared[pk])
    extra = sorted(set(prepared) - set(expected))
    return missing, stale, extra


# --- the state every feed is cached and validated by --------------------------------------

# Each process reads the state at most this often: a change reaches every worker's feeds
# within seconds, and a poll answered 304 or from the cache usually costs no query.
FEED_STATE_SECONDS = 2.0
_state_memo = [0.0, None]


def changed():
    """Something a feed may show has changed: new ETags, new cached feeds."""
    updated = FeedState.objects.filter(pk=1).update(
        version=F("version") + 1, changed_at=timezone.now())
    if not updated:
        FeedState.objects.get_or_create(pk=1)
    _state_memo[1] = None


def changed_after_commit():
    transaction.on_commit(changed)


def feed_state():
    """(version, changed_at): one primary-key lookup, at most every FEED_STATE_SECONDS."""
    now = time.monotonic()
    if _state_memo[1] is not None and now < _state_memo[0]:
        return _state_memo[1]
    row = FeedState.objects.filter(pk=1).values_list("version", "changed_at").first()
    if row is None:
        state, _created = FeedState.objects.get_or_create(pk=1)
        row = (state.version, state.changed_at)
    _state_memo[:] = [now + FEED_STATE_SECONDS, row]
    return row


def forget_feed_state():
    _state_memo[1] = None


# --- which entries a change touches -----------------------------------------------------

def audio_entries(clip_id):
    """Entries carrying an audio clip (its file or title changed)."""
    return list(SyndicationEntry.objects.filter(audio_id=clip_id).values_list(
        "page_id", flat=True))


def photo_entries(photo_id):
    """Entries showing a photo (its alt text or credit changed)."""
    return [page_id for page_id, ids in SyndicationEntry.objects.values_list(
        "page_id", "photo_ids") if photo_id in ids]

