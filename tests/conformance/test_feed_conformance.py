"""Every feed the site serves, handed to the programs that read feeds out there (issue #16):
the W3C Feed Validation Service's checker, feedparser (Python readers), SimplePie 1.9 (PHP
portals and importers) and podcastparser (podcast apps). The site is built and every feed
fetched once, through its real address; each consumer reads all the feeds in one pass and
each test lists every problem it found, feed by feed."""

import io

import podcastparser
import pytest
from lxml import etree

from tests.conformance import simplepie, w3c_validator
from tests.conformance.site_feeds import OWNER_EMAIL, build_site_and_fetch_feeds
from tests.feed_validation import (
    assert_valid_atom,
    assert_valid_json_feed,
    assert_valid_rss,
    parse_feed,
)

pytestmark = pytest.mark.django_db

# The W3C validator's warnings accepted, by its name for them, with the kinds of feed they
# are accepted in, each said why. Every other warning fails, as every error does.
ACCEPTED_WARNINGS = {
    # The RSS Profile's advice to write "&" and "<" in RSS titles as &#x26; and &#x3C;,
    # for readers of the early 2000s that decoded titles twice. "&amp;" and "&lt;" are
    # XML's own escapes; feedparser, SimplePie and podcastparser all read them back as
    # written (Django's feed writer makes them, and a title such as "Ông <Y> & bà" needs
    # one or the other).
    "CharacterData": {"news", "podcast", "bulletin"},
    # "item contains more than one enclosure": issue #16 asks for the hero photo as an
    # image enclosure beside a story's audio in news feeds, for portal modules that look
    # for a picture there. Not in a podcast, where an episode has its audio alone.
    "DuplicateEnclosure": {"news"},
}


@pytest.fixture(scope="module")
def served(django_db_setup, django_db_blocker):
    yield from build_site_and_fetch_feeds(django_db_blocker)


@pytest.fixture(scope="module")
def feeds(served):
    """The feeds served (the others fail the first test)."""
    return [feed for feed in served if feed.status == 200]


def xml_feeds(feeds):
    return [feed for feed in feeds if feed.fmt != "json"]


def report(problems):
    return "\n" + "\n".join(f"- {problem}" for problem in problems)


def test_every_feed_is_served(served):
    problems = [f"{feed}: {feed.status} {feed.body[:300]!r}" for feed in served
                if feed.status != 200]
    assert problems == [], report(problems)


# The W3C Feed Validation Service ---------------------------------------------------------


def test_the_w3c_validator_finds_no_error_and_no_unexplained_warning(feeds):
    problems = []
    for feed in xml_feeds(feeds):
        for finding in w3c_validator.validate(feed.body, feed.url, feed.content_type):
            if finding.level == "error" or feed.kind not in ACCEPTED_WARNINGS.get(
                    finding.name, ()):
                problems.append(f"{feed}: {finding}")
    assert problems == [], report(problems)


def test_the_w3c_validator_reports_a_spoiled_feed(feeds):
    """The checks above can fail: an RSS feed with a date in words, a negative length and
    a wrong content type."""
    rss = next(feed for feed in feeds if feed.fmt == "rss" and b" length=" in feed.body)
    text = rss.body.decode()
    start = text.index("<pubDate>") + len("<pubDate>")
    spoiled = text[:start] + "hôm qua" + text[text.index("</pubDate>", start):]
    spoiled = spoiled.replace(' length="', ' length="-', 1)
    findings = w3c_validator.validate(spoiled.encode(), rss.url, "text/plain")
    names = {finding.name for finding in findings if finding.level == "error"}
    assert {"InvalidRFC2822Date", "InvalidNonNegativeInteger"} <= names, findings
    assert "UnexpectedContentType" in {finding.name for finding in findings}, findings


# feedparser and the formats' own schemas --------------------------------------------------


def test_feedparser_reads_every_feed_without_forgiving_anything(feeds):
    problems = []
    for feed in feeds:
        try:
            if feed.fmt == "json":
                items = assert_valid_json_feed(feed.body)["items"]
                problems += [f"{feed}: item {number} has no {field}"
                             for number, item in enumerate(items)
                             for field in ("id", "url", "date_published") if not item.get(field)]
                continue
            (assert_valid_rss if feed.fmt == "rss" else assert_valid_atom)(feed.body)
            items = parse_feed(feed.body).entries
        except AssertionError as failure:
            problems.append(f"{feed}: {failure}")
            continue
        problems += [f"{feed}: entry {number} has no {field}"
                     for number, entry in enumerate(items)
                     for field in ("id", "link", "published_parsed") if not entry.get(field)]
        if not items:
            problems.append(f"{feed}: no entries")
    assert problems == [], report(problems)


# SimplePie 1.9 ---------------------------------------------------------------------------


SPOILED = "spoiled"


def without_ids_and_dates(rss):
    """A copy of an RSS feed whose items have no <guid> and no <pubDate>."""
    root = etree.fromstring(rss)
    for element in root.iterfind("channel/item/*"):
        if element.tag in ("guid", "pubDate"):
            element.getparent().remove(element)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


@pytest.fixture(scope="module")
def simplepie_reads(feeds, tmp_path_factory):
    """What SimplePie reads in every feed, and in a spoiled copy of an RSS one (under
    SPOILED), in one `php` run."""
    if simplepie.PHP is None:
        pytest.skip(simplepie.MISSING)
    files = {feed.name: feed.body for feed in xml_feeds(feeds)}
    files[SPOILED] = without_ids_and_dates(next(f.body for f in feeds if f.fmt == "rss"))
    read, messages = simplepie.read_with_simplepie(files, tmp_path_factory.mktemp("feeds"))
    return {feed: read[feed.name] for feed in xml_feeds(feeds)}, messages, read[SPOILED]


def missing_in_simplepie(feed, result):
    problems = [f"{feed}: {result['error']}"] if result["error"] else []
    if not result["items"]:
        problems.append(f"{feed}: no items")
    return problems + [f"{feed}: item {number} ({item['title']}) has no {field}"
                       for number, item in enumerate(result["items"])
                       for field in ("id", "permalink", "date") if not item[field]]


def test_simplepie_reads_every_feed_with_ids_and_dates(simplepie_reads):
    read, messages, spoiled = simplepie_reads
    # The check can fail: the copy without <guid> and <pubDate> fails it on every item.
    assert len(missing_in_simplepie(SPOILED, spoiled)) == 2 * len(spoiled["items"]) > 0
    problems = [f"PHP: {message}" for message in messages]
    for feed, result in read.items():
        problems += missing_in_simplepie(feed, result)
    assert problems == [], report(problems)


def test_simplepie_takes_the_audio_as_every_episode(simplepie_reads):
    """SimplePie lists Media RSS contents before RSS enclosures; importers built on it
    take the first one as the episode."""
    read, _messages, _spoiled = simplepie_reads
    problems = []
    for feed, result in read.items():
        if feed.kind != "podcast":
            continue
        for item in result["items"]:
            types = [enclosure["type"] for enclosure in item["enclosures"]]
            if not (types and (types[0] or "").startswith("audio/")):
                problems.append(f"{feed}: SimplePie's enclosures of {item['title']!r} are "
                                f"{types}: the first is not audio")
    assert problems == [], report(problems)


def test_simplepie_finds_a_picture_for_every_feed(simplepie_reads):
    """Portal modules show the channel's image beside its items."""
    read, _messages, _spoiled = simplepie_reads
    problems = [f"{feed}: no channel image" for feed, result in read.items()
                if feed.kind in ("news", "podcast") and not result["image"]]
    assert problems == [], report(problems)


# podcastparser ---------------------------------------------------------------------------


def test_podcastparser_reads_one_audio_file_per_episode_and_the_owner(feeds):
    problems = []
    for feed in (feed for feed in feeds if feed.kind == "podcast"):
        parsed = podcastparser.parse(feed.url, io.BytesIO(feed.body))
        if not parsed.get("cover_url"):
            problems.append(f"{feed}: no cover image")
        owner = parsed.get("itunes_owner", {}).get("email")
        if owner != OWNER_EMAIL:
            problems.append(f"{feed}: owner email {owner!r}, not the configured {OWNER_EMAIL}")
        if not parsed["episodes"]:
            problems.append(f"{feed}: no episodes")
        for episode in parsed["episodes"]:
            types = [enclosure["mime_type"] for enclosure in episode["enclosures"]]
            if len(types) != 1 or not types[0].startswith("audio/"):
                problems.append(f"{feed}: {episode['title']!r} has the enclosures {types}, "
                                "not one audio file")
            if not episode.get("guid") or not episode.get("published"):
                problems.append(f"{feed}: {episode['title']!r} has no guid or no date")
    assert problems == [], report(problems)

