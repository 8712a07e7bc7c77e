"""The feed validators of tests/feed_validation.py, on small hand-written documents."""

import copy
import json

import pytest

from tests.feed_validation import (
    assert_valid_atom,
    assert_valid_json_feed,
    assert_valid_rss,
    parse_feed,
)

# Atom 1.0 --------------------------------------------------------------------------------

ATOM_ENTRY = """
  <entry>
    <title>Người tốt việc tốt</title>
    <link rel="alternate" type="text/html" href="https://example.org/a/1/"/>
    {entry_id}
    <updated>2024-05-01T08:00:00+07:00</updated>
    {content}
  </entry>"""


def atom_feed(
    *,
    updated="<updated>2024-05-01T08:00:00Z</updated>",
    entry_id="<id>https://example.org/a/1/</id>",
    content="",
    extra_ns="",
    extension="",
):
    entry = ATOM_ENTRY.format(entry_id=entry_id, content=content)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi"{extra_ns}>
  <title>Gương sáng</title>
  <link rel="self" type="application/atom+xml" href="https://example.org/feed.atom"/>
  <id>https://example.org/</id>
  {updated}
  <author><name>Ban biên tập</name><email>bbt@example.org</email></author>
  {extension}{entry}
</feed>""".encode()


def test_minimal_atom_feed_passes():
    body = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2003-12-13T18:30:02Z</updated>
  <author><name>John Doe</name></author>
</feed>"""
    assert_valid_atom(body)
    parse_feed(body)


def test_atom_feed_with_an_entry_passes():
    body = atom_feed()
    assert_valid_atom(body)
    assert parse_feed(body).entries[0].id == "https://example.org/a/1/"


def test_atom_feed_without_updated_fails():
    with pytest.raises(AssertionError, match="updated"):
        assert_valid_atom(atom_feed(updated=""))


def test_atom_entry_without_id_fails():
    # libxml2 names the first element it misses least helpfully; the entry is what failed.
    with pytest.raises(AssertionError, match="Element entry failed to validate content"):
        assert_valid_atom(atom_feed(entry_id=""))


def test_atom_date_must_be_rfc3339():
    with pytest.raises(AssertionError, match="dateTime"):
        assert_valid_atom(atom_feed(updated="<updated>Wed, 01 May 2024 08:00:00 GMT</updated>"))


def test_atom_content_of_escaped_html_passes():
    content = '<content type="html">&lt;p&gt;Chị &lt;em&gt;Lan&lt;/em&gt;&lt;/p&gt;</content>'
    body = atom_feed(content=content)
    assert_valid_atom(body)
    assert parse_feed(body).entries[0].content[0].value == "<p>Chị <em>Lan</em></p>"


def test_atom_content_of_xhtml_passes_but_unwrapped_markup_fails():
    xhtml = '<div xmlns="http://www.w3.org/1999/xhtml"><p>Chị <em>Lan</em></p></div>'
    assert_valid_atom(atom_feed(content=f'<content type="xhtml">{xhtml}</content>'))
    with pytest.raises(AssertionError, match="content"):
        assert_valid_atom(atom_feed(content='<content type="html"><p>raw</p></content>'))


def test_atom_foreign_extension_elements_pass():
    body = atom_feed(
        extra_ns=' xmlns:media="http://search.yahoo.com/mrss/"',
        extension='<media:thumbnail url="https://example.org/logo.png"/>',
        content=(
            '<media:content url="https://example.org/a.jpg" medium="image" type="image/jpeg">'
            "<media:title>Ảnh</media:title></media:content>"
        ),
    )
    assert_valid_atom(body)


def test_atom_unknown_element_in_atom_namespace_fails():
    with pytest.raises(AssertionError, match="subtitel"):
        assert_valid_atom(atom_feed(extension="<subtitel>typo</subtitel>"))


def test_atom_schematron_rules_are_enforced():
    # Valid for the RELAX NG grammar, but neither the feed nor the entry has an author.
    body = b"""<feed xmlns="http://www.w3.org/2005/Atom">
  <title>t</title><id>urn:x</id><updated>2024-01-01T00:00:00Z</updated>
  <entry><title>e</title><id>urn:e</id><updated>2024-01-01T00:00:00Z</updated>
    <content>text</content></entry>
</feed>"""
    with pytest.raises(AssertionError, match="must have an atom:author"):
        assert_valid_atom(body)


def test_atom_entry_document_with_out_of_line_content_passes():
    assert_valid_atom(
        b"""<entry xmlns="http://www.w3.org/2005/Atom">
  <title>e</title><id>tag:example.org,2024:1</id><updated>2024-01-01T00:00:00Z</updated>
  <author><name>A</name></author>
  <content type="audio/mpeg" src="https://example.org/a.mp3"/>
</entry>"""
    )


def test_atom_malformed_xml_fails():
    with pytest.raises(AssertionError, match="not well-formed"):
        assert_valid_atom(b"<feed xmlns='http://www.w3.org/2005/Atom'><title>t</feed>")


# JSON Feed 1.1 ---------------------------------------------------------------------------

JSON_FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Gương sáng",
    "home_page_url": "https://example.org/",
    "feed_url": "https://example.org/feed.json",
    "language": "vi",
    "authors": [{"name": "Ban biên tập", "url": "https://example.org/about/"}],
    "_guongsang": {"about": "https://example.org/extension", "province": "Huế"},
    "items": [
        {
            "id": "https://example.org/a/1/",
            "url": "https://example.org/a/1/",
            "title": "Người tốt việc tốt",
            "content_html": "<p>Chị <em>Lan</em></p>",
            "summary": "Chị Lan",
            "date_published": "2024-05-01T08:00:00+07:00",
            "date_modified": "2024-05-02T01:00:00.5Z",
            "tags": ["giáo dục"],
            "attachments": [
                {
                    "url": "https://example.org/media/a.mp3",
                    "mime_type": "audio/mpeg",
                    "title": "Bài đọc",
                    "size_in_bytes": 123456,
                    "duration_in_seconds": 61.5,
                }
            ],
        },
        {"id": "2", "content_text": "Chỉ có văn bản."},
    ],
}


def json_feed(change):
    data = copy.deepcopy(JSON_FEED)
    change(data)
    return data


def test_json_feed_with_attachments_passes():
    assert_valid_json_feed(JSON_FEED)
    assert_valid_json_feed(json.dumps(JSON_FEED))
    assert_valid_json_feed(json.dumps(JSON_FEED).encode())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param(
            lambda d: d.update(version="https://jsonfeed.org/version/1"),
            "version/1.1",
            id="version-1.0",
        ),
        pytest.param(lambda d: d["items"][0].pop("id"), "'id' is a required", id="no-id"),
        pytest.param(
            lambda d: d["items"][1].pop("content_text"), r"\$\.items\[1\]", id="no-content"
        ),
        pytest.param(
            lambda d: d["items"][0].update(date_published="2024-05-01 08:00"),
            "date_published",
            id="bad-date",
        ),
        pytest.param(
            lambda d: d["items"][1].update(content_htm="<p>typo</p>"),
            "content_htm",
            id="misspelled-key",
        ),
        pytest.param(lambda d: d.pop("title"), "'title' is a required", id="no-title"),
        pytest.param(lambda d: d.update(authors=[{}]), r"\$\.authors\[0\]", id="empty-author"),
        pytest.param(
            lambda d: d["items"][0]["attachments"][0].update(size_in_bytes=-1),
            "size_in_bytes",
            id="negative-size",
        ),
        pytest.param(
            lambda d: d["items"][0]["attachments"][0].pop("mime_type"),
            "'mime_type' is a required",
            id="attachment-without-type",
        ),
    ],
)
def test_invalid_json_feeds_fail(change, message):
    with pytest.raises(AssertionError, match=message):
        assert_valid_json_feed(json_feed(change))


def test_json_feed_that_is_not_json_fails():
    with pytest.raises(AssertionError, match="not JSON"):
        assert_valid_json_feed(b"{'version': 1}")


# RSS 2.0 ---------------------------------------------------------------------------------

RSS_NAMESPACES = (
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:media="http://search.yahoo.com/mrss/" '
    'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"'
)


def rss(*, namespaces=RSS_NAMESPACES, enclosure=None):
    if enclosure is None:
        enclosure = (
            '<enclosure url="https://example.org/media/a.mp3" length="123456" type="audio/mpeg"/>'
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" {namespaces}>
  <channel>
    <title>Gương sáng</title>
    <link>https://example.org/</link>
    <description>Những tấm gương người tốt việc tốt</description>
    <language>vi</language>
    <lastBuildDate>Wed, 01 May 2024 08:00:00 +0700</lastBuildDate>
    <itunes:author>Ban biên tập</itunes:author>
    <item>
      <title>Người tốt việc tốt</title>
      <link>https://example.org/a/1/</link>
      <guid isPermaLink="true">https://example.org/a/1/</guid>
      <pubDate>Wed, 01 May 2024 08:00:00 +0700</pubDate>
      <description>Chị Lan</description>
      <content:encoded><![CDATA[<p>Chị <em>Lan</em></p>]]></content:encoded>
      <dc:creator>Nguyễn Văn A</dc:creator>
      <media:content url="https://example.org/a.jpg" medium="image" type="image/jpeg"/>
      {enclosure}
      <itunes:duration>61</itunes:duration>
      <itunes:explicit>false</itunes:explicit>
    </item>
    <item>
      <description>Chỉ có mô tả.</description>
      <guid isPermaLink="false">guongsang-2</guid>
    </item>
  </channel>
</rss>""".encode()


def test_rss_with_extensions_passes():
    body = rss()
    result = parse_feed(body)
    assert result.version == "rss20"
    assert result.entries[0].content[0].value == "<p>Chị <em>Lan</em></p>"
    assert result.entries[0].author == "Nguyễn Văn A"
    assert result.entries[0].enclosures[0].length == "123456"
    assert_valid_rss(body)


def test_rss_with_an_undeclared_prefix_fails():
    body = rss(
        namespaces=RSS_NAMESPACES.replace('xmlns:dc="http://purl.org/dc/elements/1.1/" ', "")
    )
    with pytest.raises(AssertionError, match="Namespace prefix dc on creator is not defined"):
        assert_valid_rss(body)
    with pytest.raises(AssertionError):
        parse_feed(body)


@pytest.mark.parametrize(
    ("enclosure", "message"),
    [
        ('<enclosure url="https://example.org/a.mp3" type="audio/mpeg"/>', "no length"),
        ('<enclosure url="https://example.org/a.mp3" length="-1" type="audio/mpeg"/>', "-1"),
        ('<enclosure url="https://example.org/a.mp3" length="12"/>', "no type"),
    ],
)
def test_rss_enclosure_needs_url_length_and_type(enclosure, message):
    with pytest.raises(AssertionError, match=message):
        assert_valid_rss(rss(enclosure=enclosure))


def test_rss_structure_is_checked():
    body = rss().replace(b"<link>https://example.org/</link>", b"")
    body = body.replace(
        b"Wed, 01 May 2024 08:00:00 +0700</lastBuildDate>", b"2024-05-01</lastBuildDate>"
    )
    body = body.replace(
        b'<guid isPermaLink="false">guongsang-2</guid>', b"<guid>guongsang-2</guid>"
    )
    with pytest.raises(AssertionError) as failure:
        assert_valid_rss(body)
    message = str(failure.value)
    assert "<channel> has 0 <link>" in message
    assert "not an RFC 822 date" in message
    assert "not an absolute URL" in message


def test_rss_version_and_items_are_checked():
    body = rss().replace(b'<rss version="2.0"', b'<rss version="0.91"')
    body = body.replace("<description>Chỉ có mô tả.</description>".encode(), b"")
    with pytest.raises(AssertionError) as failure:
        assert_valid_rss(body)
    message = str(failure.value)
    assert 'version="2.0"' in message
    assert "neither <title> nor <description>" in message
