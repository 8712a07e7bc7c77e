"""Strict checks of the project's feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1.

- ``parse_feed`` reads a feed as feed readers do (feedparser) and fails on anything
  feedparser had to forgive.
- ``assert_valid_atom`` validates against RFC 4287's own RELAX NG schema
  (``schemas/atom.rng``) and evaluates the Schematron rules that schema carries.
- ``assert_valid_json_feed`` validates against ``schemas/jsonfeed-1.1.schema.json``.
- ``assert_valid_rss`` checks what RSS 2.0 requires and feedparser does not enforce.

Each raises ``AssertionError`` listing every problem it found.
"""

from __future__ import annotations

import functools
import json
import re
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import jsonschema
from lxml import etree

SCHEMAS = Path(__file__).resolve().parent / "schemas"
ATOM_SCHEMA = SCHEMAS / "atom.rng"
JSON_FEED_SCHEMA = SCHEMAS / "jsonfeed-1.1.schema.json"

ATOM_NS = "http://www.w3.org/2005/Atom"
RELAXNG_NS = "http://relaxng.org/ns/structure/1.0"
# The Schematron namespace RFC 4287's Appendix B annotates its schema with.
SCHEMATRON_NS = "http://www.ascc.net/xml/schematron"

# Feeds are parsed without fetching or expanding anything outside the document.
_PARSER_OPTIONS = {"resolve_entities": False, "no_network": True, "load_dtd": False}


def _parse_xml(body: bytes, what: str) -> etree._Element:
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    try:
        return etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        # The parser's own log: the exception's is lxml's shared one, which also holds
        # earlier, unrelated messages (schema validations included).
        lines = "\n".join(f"line {error.line}: {error.message}" for error in parser.error_log)
        lines = lines or str(exc)
        raise AssertionError(
            f"{what} is not well-formed XML (namespaces included):\n{lines}"
        ) from exc


def _fail(what: str, problems: list[str]) -> None:
    if problems:
        listing = "\n".join(f"- {problem}" for problem in problems)
        raise AssertionError(f"{what} is invalid:\n{listing}")


# feedparser ------------------------------------------------------------------------------


def parse_feed(body: bytes) -> feedparser.FeedParserDict:
    """The feed as feedparser reads it; fails if feedparser found it ill-formed ("bozo")."""
    result = feedparser.parse(body)
    if result.bozo:
        raise AssertionError(
            f"feedparser flagged the feed as ill-formed: {result.bozo_exception!r}"
        )
    return result


# Atom 1.0 --------------------------------------------------------------------------------


@functools.cache
def atom_schema() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(ATOM_SCHEMA), etree.XMLParser(**_PARSER_OPTIONS)))


@functools.cache
def atom_schematron_rules() -> tuple[tuple[str, str, str], ...]:
    """``(context, test, message)`` of each Schematron assertion in the Atom schema.

    RELAX NG validators ignore these annotations, so they are evaluated separately:
    the author requirements and "an entry has an alternate link or content".
    """
    grammar = etree.parse(str(ATOM_SCHEMA), etree.XMLParser(**_PARSER_OPTIONS))
    ns = {"s": SCHEMATRON_NS}
    rules = []
    for rule in grammar.iterfind(".//s:rule", ns):
        for check in rule.iterfind("s:assert", ns):
            message = " ".join("".join(check.itertext()).split())
            rules.append((rule.get("context"), check.get("test"), message))
    return tuple(rules)


def assert_valid_atom(body: bytes) -> etree._Element:
    """Validate an Atom Feed or Entry Document against RFC 4287 Appendix B."""
    root = _parse_xml(body, "Atom document")
    schema = atom_schema()
    if not schema.validate(root):
        _fail(
            "Atom document (RFC 4287 RELAX NG schema)",
            [f"line {error.line}: {error.message}" for error in schema.error_log],
        )
    namespaces = {"atom": ATOM_NS}
    problems = []
    for context, test, message in atom_schematron_rules():
        # A Schematron context is a match pattern: every element it names, wherever it is.
        for element in root.xpath(f"/descendant-or-self::{context}", namespaces=namespaces):
            if not element.xpath(f"boolean({test})", namespaces=namespaces):
                problems.append(f"line {element.sourceline}: {message}")
    _fail("Atom document (RFC 4287 Schematron rules)", problems)
    return root


# JSON Feed 1.1 ---------------------------------------------------------------------------


@functools.cache
def json_feed_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(JSON_FEED_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def assert_valid_json_feed(data: dict | bytes | str) -> dict:
    """Validate a JSON Feed 1.1 document (already decoded, or its JSON text)."""
    if isinstance(data, bytes | str):
        try:
            data = json.loads(data)
        except ValueError as exc:
            raise AssertionError(f"JSON Feed is not JSON: {exc}") from exc
    errors = sorted(json_feed_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    _fail(
        "JSON Feed 1.1 document",
        [f"{error.json_path}: {error.message}" for error in errors],
    )
    return data


# RSS 2.0 ---------------------------------------------------------------------------------

_ABSOLUTE_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://\S+$")


def _rss_date_problem(element: etree._Element) -> str | None:
    text = (element.text or "").strip()
    try:
        parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return f"line {element.sourceline}: <{element.tag}> {text!r} is not an RFC 822 date"
    return None


def _rss_children(parent: etree._Element, name: str) -> list[etree._Element]:
    """Children in no namespace named ``name`` (RSS 2.0 elements have no namespace)."""
    return [child for child in parent if child.tag == name]


def assert_valid_rss(body: bytes) -> etree._Element:
    """Check an RSS 2.0 document's structure beyond what feedparser enforces.

    Parsing with lxml already rejects undeclared namespace prefixes.
    """
    root = _parse_xml(body, "RSS document")
    problems = []
    if root.tag != "rss":
        _fail("RSS document", [f"the root element is <{root.tag}>, not <rss>"])
    if root.get("version") != "2.0":
        problems.append(f'<rss version="{root.get("version")}">, not version="2.0"')

    channels = _rss_children(root, "channel")
    if len(channels) != 1:
        _fail("RSS document", [*problems, f"<rss> has {len(channels)} <channel>, not one"])
    channel = channels[0]

    for name in ("title", "link", "description"):
        found = _rss_children(channel, name)
        if len(found) != 1:
            problems.append(f"<channel> has {len(found)} <{name}>, not one")
        elif name != "description" and not (found[0].text or "").strip():
            problems.append(f"line {found[0].sourceline}: <channel><{name}> is empty")

    for name in ("pubDate", "lastBuildDate"):
        for element in _rss_children(channel, name):
            problems.append(_rss_date_problem(element))

    for item in _rss_children(channel, "item"):
        where = f"line {item.sourceline}: <item>"
        if not _rss_children(item, "title") and not _rss_children(item, "description"):
            problems.append(f"{where} has neither <title> nor <description>")
        guids = _rss_children(item, "guid")
        if len(guids) != 1:
            problems.append(f"{where} has {len(guids)} <guid>, not one")
        for guid in guids:
            permalink = guid.get("isPermaLink", "true")
            value = (guid.text or "").strip()
            if permalink not in ("true", "false"):
                problems.append(f"{where} <guid isPermaLink={permalink!r}> is not true/false")
            elif not value:
                problems.append(f"{where} has an empty <guid>")
            elif permalink == "true" and not _ABSOLUTE_URL.match(value):
                problems.append(
                    f"{where} <guid> {value!r} is a permalink (isPermaLink defaults to true) "
                    "but not an absolute URL"
                )
        for element in _rss_children(item, "pubDate"):
            problems.append(_rss_date_problem(element))
        for enclosure in _rss_children(item, "enclosure"):
            at = f"line {enclosure.sourceline}: <enclosure>"
            for attribute in ("url", "length", "type"):
                if not enclosure.get(attribute):
                    problems.append(f"{at} has no {attribute} attribute")
            length = enclosure.get("length")
            if length and not re.fullmatch("[0-9]+", length):
                problems.append(f"{at} length={length!r} is not an integer ≥ 0")
            url = enclosure.get("url")
            if url and not _ABSOLUTE_URL.match(url):
                problems.append(f"{at} url={url!r} is not an absolute URL")
    _fail("RSS 2.0 document", [problem for problem in problems if problem])
    return root
