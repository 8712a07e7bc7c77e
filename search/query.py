"""The search interface shared by both backends: what is asked, what comes back, and the
reading of a citizen's query (any characters, any length, with or without diacritics)."""

import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from search.models import Facet, Kind
from stories.vietnamese import exact_token, fold, fold_with_positions, to_nfc

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
PAGE_SIZE = 10
MAX_PAGE = 100
SORTS = ("relevance", "date")
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Word:
    folded: str
    exact: str  # as typed, ASCII-spelled (see `exact_token`); equal to folded if plain


@dataclass
class SearchRequest:
    text: str = ""
    filters: dict = field(default_factory=dict)  # Facet value -> set of str values
    page: int = 1
    sort: str = "relevance"

    @property
    def words(self):
        return query_words(self.text)


@dataclass
class Hit:
    kind: str
    object_id: int
    title: str
    url: str
    published_at: object
    title_html: str = ""
    snippet_html: str = ""
    promoted: bool = False

    @property
    def kind_label(self):
        return Kind(self.kind).label if self.kind in Kind.values else _("Link")


@dataclass
class FacetCount:
    value: str
    label: str
    count: int
    selected: bool


def sort_facet(facet, items):
    """A facet's values in the order the page shows them, whichever backend counted them:
    years newest first, kinds in the order they are declared, the others most frequent
    first, then by name."""
    if facet == Facet.YEAR:
        items.sort(key=lambda item: item.value, reverse=True)
    elif facet == Facet.KIND:
        kinds = list(Kind.values)
        items.sort(key=lambda item: kinds.index(item.value) if item.value in kinds
                   else len(kinds))
    else:
        items.sort(key=lambda item: (-item.count, item.label))
    return items


@dataclass
class SearchResults:
    request: SearchRequest
    hits: list
    total: int
    facets: dict  # Facet value -> [FacetCount]
    suggestions: list = field(default_factory=list)  # (query text, label)
    backend: str = "database"
    degraded: bool = False  # Elasticsearch failed: these come from the database


def clean_text(raw):
    """What of a typed query is kept: NFC, no control characters, at most 200 characters."""
    text = to_nfc(raw or "")
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in " \t")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def query_words(text):
    """The words searched for: letters and digits only (punctuation is never syntax)."""
    words = []
    for match in WORD.findall(to_nfc(text))[:MAX_WORDS]:
        folded = fold(match)
        if folded.strip("_"):
            words.append(Word(folded, exact_token(match)))
    return words


def word_pattern(words):
    """A regex over folded text finding the query's words as they are searched: whole
    words, and the last one also as the start of a longer word (typing goes on)."""
    if not words:
        return None
    alternatives = {rf"{re.escape(w.folded)}(?!\w)" for w in words[:-1]}
    alternatives.add(re.escape(words[-1].folded))
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(alternatives, key=len, reverse=True))
                      + ")")


def mentions(text, words):
    pattern = word_pattern(words)
    return bool(pattern and text and pattern.search(fold(text)))


def highlight(text, words, length=None):
    """``text`` escaped, each word of the query marked, folded as the query is folded;
    with ``length``, a window of about that many characters around the first match."""
    if not text:
        return ""
    folded, positions = fold_with_positions(text)
    spans = []
    pattern = word_pattern(words)
    if pattern:
        for match in pattern.finditer(folded):
            start = positions[match.start()]
            end = positions[match.end() - 1] + 1
            spans.append((start, end))
    spans = _merge(sorted(spans))
    start, end = 0, len(text)
    if length and len(text) > length:
        first = spans[0][0] if spans else 0
        start = max(0, first - length // 3)
        if start:  # begin at a word
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < first else start
        end = min(len(text), start + length)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > start else end
    parts, cursor = [], start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        parts.append(escape(text[cursor:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    parts.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 (escaped above)


SENTENCE_END = re.compile(r"(?<=[.!?…:;])\s+(?=\S)")


def _phrase_pattern(words):
    """The query's words next to each other, in order, over folded text."""
    if len(words) < 2:
        return None
    parts = [re.escape(word.folded) for word in words]
    return re.compile(r"(?<!\w)" + r"\W+".join(parts))


def best_sentence(texts, words):
    """The sentence of ``texts`` (lead first, then the rest) that best shows why the page
    was found: the query's words together, in a sentence rather than a caption, else the
    most of them (a long word counts for more than "co" or "a"), else the earliest."""
    pattern, phrase = word_pattern(words), _phrase_pattern(words)
    best, best_score = None, None
    for order, sentence in enumerate(
            sentence for text in texts if text for sentence in SENTENCE_END.split(text)):
        folded = fold(sentence)
        found = {match.group(0) for match in pattern.finditer(folded)} if pattern else set()
        if not found:
            continue
        # A caption or a signature of a few words says less than a sentence.
        score = (bool(phrase and phrase.search(folded)), len(sentence.split()) >= 6,
                 sum(map(len, found)), -order)
        if best_score is None or score > best_score:
            best, best_score = sentence, score
    return best


def snippet(summary, body, words, length):
    """The sentence that matched, quoted with the words marked; the lead's opening when
    the words were found only in the title or a name."""
    sentence = best_sentence([summary, body], words)
    return highlight(sentence or summary or body, words, length)


def _merge(spans):
    merged = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


FACET_ORDER = [Facet.KIND, Facet.SECTOR, Facet.MOVEMENT, Facet.PLACE, Facet.SUBJECT,
               Facet.LEVEL, Facet.YEAR]
