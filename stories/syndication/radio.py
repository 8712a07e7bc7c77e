"""Radio versions of stories: plain Vietnamese text a presenter can read aloud word for word.

``speakable`` writes out what a reader would otherwise have to decode on air: numbers,
telephone numbers and dates (``radio_numbers``), units, short names and document references
(``radio_terms``). This module reads dates, times and ranks, and applies every rule in order.
"""

import calendar
import re
import unicodedata
from html.parser import HTMLParser

from stories.syndication import radio_terms as terms
from stories.syndication.radio_numbers import (
    PHONE_RULES,
    day,
    integer,
    month,
    number_words,
    read_number,
)

# number_words is read from here by callers that say a number themselves.
__all__ = ["SPEAKING_PACE", "format_duration", "number_words", "paragraphs_from_html",
           "reading_seconds", "speakable", "syllable_count"]

# 3 syllables a second. Vietnamese TV hosts timed in talk shows speak 3.7-5.5 written syllables
# a second, 4.4 on average (survey quoted at emcovu.com, "Trong vòng 1 phút nên đọc bao nhiêu
# từ?"); a prepared text read on radio and commune loudspeakers goes slower and more evenly, so
# we take about two thirds of that average. An estimate, not a measured broadcasting norm.
SPEAKING_PACE = 180

_BLOCK = re.compile(r"p|div|h[1-6]|li|[uo]l|blockquote|figcaption|pre|t[rdh]|d[td]|hr"
                    r"|section|article|header|footer")


class _ParagraphParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs, self._parts = [], []

    def flush(self):
        text = " ".join("".join(self._parts).split())
        self.paragraphs += [text] if text else []
        self._parts = []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self._parts.append(" ")
        elif _BLOCK.fullmatch(tag):
            self.flush()

    def handle_endtag(self, tag):
        if _BLOCK.fullmatch(tag):
            self.flush()

    def handle_data(self, data):
        self._parts.append(data)


def paragraphs_from_html(html: str) -> list[str]:
    """Plain-text paragraphs of rich text: one per block element or list item."""
    parser = _ParagraphParser()
    parser.feed(html or "")
    parser.close()
    parser.flush()
    return parser.paragraphs


_ORDINAL = re.compile(r"((?i:hạng|khóa|khoá|thứ|kỳ|kỷ|hội|lần|cấp|quý))\s+"
                      r"(\d{1,3}|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))"
                      r"(?:/(\d{4}))?(?!\w|[.,/]\d)")
# "ngày 1-5/6": the first to the fifth of June.
_DAY_SPAN = re.compile(r"(?P<prefix>(?i:ngày))\s+(?P<first>\d{1,2})\s*[-–]\s*(?P<day>\d{1,2})"
                       r"/(?P<month>\d{1,2})(?:/(?P<year>\d{4}))?(?![\d/]|[.,]\d)")
_DATE = re.compile(r"(?:(?P<prefix>(?i:ngày))\s+)?(?<![\d/.,-])(?P<day>\d{1,2})(?P<sep>[/.-])"
                   r"(?P<month>\d{1,2})(?:(?P=sep)(?P<year>\d{4}))?(?![\d/]|[.,-]\d)")
_MONTH_YEAR = re.compile(r"(?:(?P<prefix>(?i:tháng))\s+)?(?<![\d/.,-])(?P<month>\d{1,2})"
                         r"/(?P<year>\d{4})(?![\d/]|[.,]\d)")
_DAY_PART = re.compile(r"(?<!\w)(?i:sáng|trưa|chiều|tối|đêm|hôm|dịp)\s+$")
# "mỗi ngày 2-3 lần", "ngày 2-3 người": a span of a count, not a date.
_EVERY = re.compile(r"(?<!\w)(?i:mỗi|hằng|hàng|một|vài|mấy|mất)\s+$")
_COUNTED = re.compile(r"\s*(?i:lần|lượt|người|giờ|tiếng|buổi|bữa|ca|chuyến|hộ|con|cây|suất"
                      r"|phút|km|kg|ha|tấn)(?!\w)")
_MONTH = re.compile(r"(?P<prefix>(?i:tháng))\s+(?P<month>\d{1,2})(?!\w|[/.,]\d)")
_TIME = re.compile(r"(?<![\d.,:/])(\d{1,2})(?:h(\d{2})?|:(\d{2}))(?![\w:])")
# "2020-2025" is a span; a number starting with 0 is a phone number, whose dashes are not.
_RANGE = re.compile(r"(?<![\d.,])((?!0\d)\d[\d.,]*%?)\s*[-–—]\s*(?=\d)")
_FRACTION = re.compile(r"(?<=\d)\s?/\s?(?=\d)")
_BULLET = re.compile(r"^[\s\-–—•·●▪◦*+>]+")
_DASH = re.compile(r"\s+[-–—]+\s+|[–—]+")
_AMPERSAND = re.compile(r"\s*&\s*")
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?!\.?\d)(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}(?![\d,])"
                     r"|\d+(?:\.\d+)+|\d+(?:,\d+)?")
_ROMAN = {"I": 1, "V": 5, "X": 10}  # no L or C: "hạng C" is a driving licence class
_KEEP = frozenset(".,;:!?…()\"'“”‘’«»-/")


def _roman_or_int(text):
    if text.isdigit():
        return int(text)
    values = [_ROMAN[char] for char in text]
    return sum(-v if v < after else v for v, after in zip(values, values[1:] + [0], strict=True))


def _exists(day_digits, month_digits):
    if not 1 <= int(month_digits) <= 12:
        return False
    # 2024 is a leap year: "29-2" can be a date.
    return day_digits is None or 1 <= int(day_digits) <= calendar.monthrange(
        2024, int(month_digits))[1]


def _is_date(m, found):
    """A day and month without a year is a date only where the words say so: after "ngày",
    "sáng", "dịp"… ("3/5" may be a ratio); written with a dash ("ngày 2-9", the press's way)
    unless a count follows or comes before ("mỗi ngày 2-3 lần")."""
    prefix, separator = found.get("prefix"), found.get("sep")
    before = m.string[max(0, m.start() - 12):m.start()]
    if not (prefix or _DAY_PART.search(before)) or separator == ".":
        return False
    return separator != "-" or not (_COUNTED.match(m.string, m.end())
                                    or (prefix and _EVERY.search(before)))


def _calendar(m):
    """A date or month in words; a day or month that cannot exist is left as written."""
    found = m.groupdict()
    day_digits, month_digits, year, prefix = (found.get(key) for key in
                                              ("day", "month", "year", "prefix"))
    if not _exists(day_digits, month_digits) or (day_digits and not year
                                                 and not _is_date(m, found)):
        return m.group(0)
    words = f"tháng {month(month_digits)}" + (f" năm {integer(year)}" if year else "")
    words = f"ngày {day(day_digits)} {words}" if day_digits else words
    if found.get("first"):  # "ngày 1-5/6"
        if int(found["first"]) >= int(day_digits):
            return m.group(0)
        words = f"ngày {day(found['first'])} đến {words[len('ngày '):]}"
    # The word already written before the numbers ("Ngày", "tháng") is kept, not repeated.
    return prefix + words[len(prefix):] if prefix else words


def _time(m):
    hour, minute = m.group(1), m.group(2) or m.group(3) or "0"
    if int(hour) > 24 or int(minute) > 59:
        return m.group(0)
    return f"{integer(hour)} giờ" + (f" {integer(minute)} phút" if int(minute) else "")


def _ordinal(m):
    """"thứ 4", "hạng III", "khóa XIV", "quý I/2025": ranks and terms, Arabic or Roman."""
    trigger, value, year = m.group(1), _roman_or_int(m.group(2)), m.group(3)
    special = {"thứ": {1: "nhất", 4: "tư"}, "hạng": {1: "Nhất", 2: "Nhì", 3: "Ba"}}
    words = special.get(trigger.lower(), {}).get(value) or number_words(value)
    return f"{trigger} {words}" + (f" năm {integer(year)}" if year else "")


def _number(m):
    words = read_number(m.group(0))
    # Keep a number written against a word ("12A1") from running into it when spoken.
    if m.start() and m.string[m.start() - 1].isalpha():
        words = " " + words
    return words + " " if m.string[m.end():m.end() + 1].isalpha() else words


# Applied in order: telephone numbers, symbols, dates and units contain numbers and
# abbreviations, so they are read as a whole before the bare numbers and abbreviations left.
_RULES = (
    terms.SAID_AS_WORD,
    terms.HCMC,
    *PHONE_RULES,
    terms.REFERENCE,
    terms.SYMBOL,
    (_ORDINAL, _ordinal),
    (_DAY_SPAN, _calendar),
    (_DATE, _calendar),
    (_MONTH_YEAR, _calendar),
    (_MONTH, _calendar),
    (_TIME, _time),
    terms.PER,
    (_RANGE, lambda m: f"{m.group(1)} đến "),
    (_FRACTION, lambda m: " trên "),
    terms.UNIT,
    (_BULLET, lambda m: ""),
    (_DASH, lambda m: ", "),
    terms.PLACE_KIND,
    terms.ABBREVIATION,
    (_AMPERSAND, lambda m: " và "),
    (_NUMBER, _number),
)


_SENTENCE_START = re.compile(r"(?:^|[.!?…][\"”')]*)$")


def _apply(pattern, reading, text):
    """``pattern.sub(reading, text)``, capitalising a reading that starts a sentence."""
    out, last, tail = [], 0, ""  # tail: the end of the output so far, enough to see a full stop
    for m in pattern.finditer(text):
        words, gap = reading(m), text[last:m.start()]
        tail, last = (tail + gap).rstrip()[-4:], m.end()
        lead = len(words) - len(words.lstrip())
        if words.strip() and _SENTENCE_START.search(tail):
            words = words[:lead] + words[lead].upper() + words[lead + 1:]
        out += [gap, words]
        tail = (tail + words).rstrip()[-4:]
    out.append(text[last:])
    return "".join(out)


def _tidy(text):
    # Symbols a reader cannot say (bullets, emoji, *, #, |) go; sentence punctuation stays.
    text = "".join(char if char.isalpha() or char in _KEEP or unicodedata.category(char)[0] == "M"
                   else " " for char in text)
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:!?…)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r",(?:\s*,)+", ",", text)
    text = re.sub(r",\s*(?=[.;:!?])|(?<=[.;:!?])\s*,", "", text)
    return text.strip(" ,")


def speakable(text: str) -> str:
    """Plain text rewritten to be read aloud word for word; one paragraph per input line,
    paragraphs separated by a blank line. Sentences are kept as written."""
    paragraphs = []
    for line in unicodedata.normalize("NFC", text or "").splitlines():
        for pattern, reading in _RULES:
            line = _apply(pattern, reading, line)
        line = _tidy(line)
        if line:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


_WORD = re.compile(r"[^\W\d_]+")
_VOWEL = re.compile("[aeiouyAEIOUY]")


def syllable_count(text: str) -> int:
    """Spoken syllables of ``text`` once numbers, dates and abbreviations are words."""
    # A token without a vowel ("VTV") can only be spelled out, a syllable per letter.
    return sum(1 if _VOWEL.search(unicodedata.normalize("NFD", word)) else len(word)
               for word in _WORD.findall(speakable(text)))


def reading_seconds(text: str, pace: float = SPEAKING_PACE) -> int:
    """Estimated seconds to read ``text`` aloud at ``pace`` syllables a minute."""
    if pace <= 0:
        raise ValueError("pace must be positive")
    return round(syllable_count(text) * 60 / pace)


def format_duration(seconds: int) -> str:
    """Vietnamese duration: 150 -> "2 phút 30 giây", 45 -> "45 giây"."""
    if seconds < 0:
        raise ValueError("a duration cannot be negative")
    minutes, seconds = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{value} {unit}" for value, unit in ((hours, "giờ"), (minutes, "phút"),
                                                  (seconds, "giây")) if value]
    return " ".join(parts) or "0 giây"
