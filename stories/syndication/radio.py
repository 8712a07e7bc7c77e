"""Radio versions of stories: plain Vietnamese text a presenter can read aloud word for word.

``speakable`` writes out what a reader would otherwise have to decode on air: numbers,
dates, units, administrative abbreviations and document references. A document reference
is always read "[số] N[ năm YYYY], <kind> của <issuer>":

    "số 123/QĐ-UBND"               -> "số một trăm hai mươi ba, quyết định của Ủy ban nhân dân"
    "Nghị định 91/2017/NĐ-CP"      -> "Nghị định số chín mươi mốt năm hai nghìn … của Chính phủ"
    "Quyết định số 5/QĐ-UBND của UBND tỉnh" -> "Quyết định số năm của Ủy ban nhân dân tỉnh"

The kind is left out when the words just before already name it, and the issuer when the
sentence goes on to name it ("… của UBND tỉnh"), so nothing is said twice.
"""

import re
import unicodedata
from html.parser import HTMLParser

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


_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_SCALES = ((10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn"))
_LONGEST_NUMBER = 15  # digits; longer runs are codes and phone numbers, read digit by digit


def _below_thousand(n, full):
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words = [_DIGITS[hundreds], "trăm"] if hundreds or full else []
    if tens == 0:
        if units:
            words += ["linh", _DIGITS[units]] if words else [_DIGITS[units]]
    else:
        words.append("mười" if tens == 1 else f"{_DIGITS[tens]} mươi")
        after_tens = {5: "lăm"} | ({1: "mốt", 4: "tư"} if tens > 1 else {})
        words += [after_tens.get(units, _DIGITS[units])] if units else []
    return " ".join(words)


def _say(n, full):
    # A group after a larger one is read in full: 2025 is "hai nghìn không trăm hai mươi lăm".
    for size, name in _SCALES:
        if n >= size:
            head, tail = divmod(n, size)
            words = f"{_say(head, full)} {name}"
            return f"{words} {_say(tail, True)}" if tail else words
    return _below_thousand(n, full)


def number_words(n: int) -> str:
    """A non-negative integer in Vietnamese words: 105 -> "một trăm linh năm"."""
    return _say(n, False) if n else "không"


def _spell(digits):
    return " ".join(_DIGITS[int(d)] for d in digits)


def _integer(digits):
    return _spell(digits) if len(digits) > _LONGEST_NUMBER else number_words(int(digits))


def _numeral(digits):
    """A digit run as written: a leading zero marks a code ("0912…"), read digit by digit."""
    return _spell(digits) if len(digits) > 1 and digits[0] == "0" else _integer(digits)


def _month(digits):
    return "tư" if int(digits) == 4 else _integer(digits)


def _read_number(text):
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", text):  # "1,000,000" can only be thousands
        return _integer(text.replace(",", ""))
    whole, _, fraction = text.partition(",")
    if "." in whole and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", whole):
        return " chấm ".join(_numeral(part) for part in whole.split("."))  # "4.0"
    words = _numeral(whole.replace(".", ""))
    if fraction:
        short = len(fraction) <= 2 and fraction[0] != "0"
        words += " phẩy " + (_integer(fraction) if short else _spell(fraction))
    return words


_ABBREVIATIONS = {
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "QĐ": "quyết định", "NQ": "nghị quyết",
    "CT": "chỉ thị", "MTTQ": "Mặt trận Tổ quốc", "MTTQVN": "Mặt trận Tổ quốc Việt Nam",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc", "TW": "Trung ương", "BCH": "Ban Chấp hành",
    "BTV": "Ban Thường vụ", "UBKT": "Ủy ban Kiểm tra", "TTg": "Thủ tướng", "QH": "Quốc hội",
    "ĐBQH": "đại biểu Quốc hội", "CLB": "câu lạc bộ", "HTX": "hợp tác xã", "CCB": "cựu chiến binh",
    "THPT": "trung học phổ thông", "THCS": "trung học cơ sở", "CAND": "Công an nhân dân",
    "QĐND": "Quân đội nhân dân", "LLVT": "lực lượng vũ trang", "TNCS": "Thanh niên Cộng sản",
    "HCM": "Hồ Chí Minh", "TNXP": "thanh niên xung phong", "HLHPN": "Hội Liên hiệp Phụ nữ",
    "NTM": "nông thôn mới", "KT-XH": "kinh tế - xã hội", "ANTT": "an ninh trật tự",
    "ATGT": "an toàn giao thông", "BHYT": "bảo hiểm y tế", "BHXH": "bảo hiểm xã hội",
    "CSGT": "cảnh sát giao thông", "GD-ĐT": "giáo dục và đào tạo", "GD&ĐT": "giáo dục và đào tạo",
    "KH-CN": "khoa học và công nghệ", "KH&CN": "khoa học và công nghệ",
    "NN&PTNT": "nông nghiệp và phát triển nông thôn", "XHCN": "xã hội chủ nghĩa",
    "ĐBSCL": "Đồng bằng sông Cửu Long", "TP": "thành phố", "TX": "thị xã", "GS": "giáo sư",
    "PGS": "phó giáo sư", "TS": "tiến sĩ", "ThS": "thạc sĩ", "BS": "bác sĩ", "KS": "kỹ sư",
    "NSND": "Nghệ sĩ Nhân dân", "NSƯT": "Nghệ sĩ Ưu tú", "NGND": "Nhà giáo Nhân dân",
    "NGƯT": "Nhà giáo Ưu tú", "v.v.": "vân vân", "SN": "sinh năm",
}
# Titles and place kinds stand before a name, so a dot after them is not a full stop.
_TITLES = ("TP", "TX", "GS", "PGS", "TS", "ThS", "BS", "KS")
_DOC_KINDS = {
    "QĐ": "quyết định", "NĐ": "nghị định", "NQ": "nghị quyết", "CT": "chỉ thị", "TT": "thông tư",
    "TTLT": "thông tư liên tịch", "KH": "kế hoạch", "CV": "công văn", "TB": "thông báo",
    "BC": "báo cáo", "HD": "hướng dẫn", "KL": "kết luận", "CĐ": "công điện", "TTr": "tờ trình",
}
_ISSUERS = {
    "CP": "Chính phủ", "TTg": "Thủ tướng", "TW": "Trung ương", "QH": "Quốc hội",
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "VPCP": "Văn phòng Chính phủ",
    "BTC": "Bộ Tài chính", "BGDĐT": "Bộ Giáo dục và Đào tạo", "BYT": "Bộ Y tế", "BNV": "Bộ Nội vụ",
    "BCA": "Bộ Công an", "BQP": "Bộ Quốc phòng", "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội", "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "TU": "Tỉnh ủy", "HU": "Huyện ủy", "CTN": "Chủ tịch nước",
}
_UNITS = {
    "ha": "héc-ta", "km²": "ki-lô-mét vuông", "km2": "ki-lô-mét vuông", "km": "ki-lô-mét",
    "m²": "mét vuông", "m2": "mét vuông", "m³": "mét khối", "m3": "mét khối", "m": "mét",
    "cm": "xen-ti-mét", "kg": "ki-lô-gam", "tr.đ": "triệu đồng", "trđ": "triệu đồng",
    "VNĐ": "đồng", "VND": "đồng", "đ": "đồng", "₫": "đồng", "USD": "đô la Mỹ", "$": "đô la",
    "%": "phần trăm", "°C": "độ C",
}


def _alternation(words):
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _read_issuer(part):
    letters, digits = re.fullmatch(r"(\D+)(\d*)", part).groups()
    name = _ISSUERS.get(letters) or _ABBREVIATIONS.get(letters, letters)
    if digits:  # "QH14": the fourteenth National Assembly
        name += (" khóa " if letters == "QH" else " ") + _integer(digits)
    return name


_PART = r"[A-ZĐ][A-Za-zĐđ]*\d*"
_HCMC = re.compile(r"(?<!\w)(?:TP\.?\s?HCM|TPHCM|TP\.?\s?Hồ Chí Minh)(?!\w)")
_REFERENCE = re.compile(rf"(?:((?i:số))\s+)?(?<![\d/])(\d+)\s?(?:/\s?(\d{{4}})\s?)?([/-])\s?"
                        rf"({_PART}(?:[-/]{_PART})*)(?![\w-])")
_NAMED_LATER = re.compile(r",?\s*(?:(?i:ngày)\s+[\d/.-]+\s*,?\s*)?(?:của|do)\s")
_SYMBOL = re.compile(rf"(?<![\w/-])({_alternation(_DOC_KINDS)})"
                     rf"((?:[-/](?:{_alternation(_ISSUERS)}))+)(?![\w-])")
_ORDINAL = re.compile(r"((?i:hạng|khóa|khoá|thứ|kỳ|kỷ|hội|lần|cấp|quý))\s+"
                      r"(\d{1,3}|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))"
                      r"(?:/(\d{4}))?(?!\w|[.,/]\d)")
_DATE = re.compile(r"(?:(?P<prefix>(?i:ngày))\s+)?(?<![\d/.,-])(?P<day>\d{1,2})(?P<sep>[/.-])"
                   r"(?P<month>\d{1,2})(?:(?P=sep)(?P<year>\d{4}))?(?![\d/]|[.,-]\d)")
_MONTH_YEAR = re.compile(r"(?:(?P<prefix>(?i:tháng))\s+)?(?<![\d/.,-])(?P<month>\d{1,2})"
                         r"/(?P<year>\d{4})(?![\d/]|[.,]\d)")
_DAY_PART = re.compile(r"(?<!\w)(?i:sáng|trưa|chiều|tối|đêm|hôm|dịp)\s+$")
_MONTH = re.compile(r"(?P<prefix>(?i:tháng))\s+(?P<month>\d{1,2})(?!\w|[/.,]\d)")
_TIME = re.compile(r"(?<![\d.,:/])(\d{1,2})(?:h(\d{2})?|:(\d{2}))(?![\w:])")
# "đồng/người/năm" is said "đồng một người một năm".
_PER = re.compile(r"\s?/\s?(người|hộ|năm|tháng|ngày|tuần|ha|kg|tấn|lít|sào|con|lượt)(?!\w)")
# "2020-2025" is a span; a number starting with 0 is a phone number, whose dashes are not.
_RANGE = re.compile(r"(?<![\d.,])((?!0\d)\d[\d.,]*%?)\s*[-–—]\s*(?=\d)")
_FRACTION = re.compile(r"(?<=\d)\s?/\s?(?=\d)")
_UNIT = re.compile(rf"(\d|(?<!\w)(?:nghìn|ngàn|triệu|tỷ))\s*({_alternation(_UNITS)})(?!\w)")
_BULLET = re.compile(r"^[\s\-–—•·●▪◦*+>]+")
_DASH = re.compile(r"\s+[-–—]+\s+|[–—]+")
_ABBREVIATION = re.compile(rf"(?<!\w)({_alternation(_ABBREVIATIONS)})(?!\w)(\.(?=\s*\w))?")
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


def _reference(m):
    so, number, year, separator, symbol = m.groups()
    parts = re.split(r"[-/]", symbol)
    kind = _DOC_KINDS.get(parts[0])
    issuers = parts[1:] if kind else parts
    if not kind and (separator == "-" or re.sub(r"\d+$", "", parts[0]) not in _ISSUERS):
        return m.group(0)
    words = f"{so or 'số'} {_integer(number)}" + (f" năm {_integer(year)}" if year else "")
    said = m.string[max(0, m.start() - 40):m.start()].rstrip()
    if kind and not (said.lower().endswith(kind) or said.endswith(parts[0])):
        words += f", {kind}"
    if issuers and not _NAMED_LATER.match(m.string, m.end()):
        words += " của " + " và ".join(_read_issuer(part) for part in issuers)
    return words


def _calendar(m):
    """A date or month in words. A day or month that cannot exist is left as written, and so
    is a day and month without a year unless "ngày", "sáng", "dịp"… say it is a date ("3/5"
    may be a ratio, "ngày 1-5" a span of days)."""
    found = m.groupdict()
    day, month, year, prefix = (found.get(key) for key in ("day", "month", "year", "prefix"))
    impossible = not 1 <= int(month) <= 12 or (day and not 1 <= int(day) <= 31)
    dated = prefix or _DAY_PART.search(m.string, max(0, m.start() - 12), m.start())
    if impossible or (day and not year and (not dated or found["sep"] != "/")):
        return m.group(0)
    words = f"tháng {_month(month)}" + (f" năm {_integer(year)}" if year else "")
    words = f"ngày {_integer(day)} {words}" if day else words
    # The word already written before the numbers ("Ngày", "tháng") is kept, not repeated.
    return prefix + words[len(prefix):] if prefix else words


def _time(m):
    hour, minute = m.group(1), m.group(2) or m.group(3) or "0"
    if int(hour) > 24 or int(minute) > 59:
        return m.group(0)
    return f"{_integer(hour)} giờ" + (f" {_integer(minute)} phút" if int(minute) else "")


def _ordinal(m):
    """"thứ 4", "hạng III", "khóa XIV", "quý I/2025": ranks and terms, Arabic or Roman."""
    trigger, value, year = m.group(1), _roman_or_int(m.group(2)), m.group(3)
    special = {"thứ": {1: "nhất", 4: "tư"}, "hạng": {1: "Nhất", 2: "Nhì", 3: "Ba"}}
    words = special.get(trigger.lower(), {}).get(value) or number_words(value)
    return f"{trigger} {words}" + (f" năm {_integer(year)}" if year else "")


def _abbreviation(m):
    words = _ABBREVIATIONS[m.group(1)]
    if m.group(2):
        words += " " if m.group(1) in _TITLES else "."
    return words


def _number(m):
    words = _read_number(m.group(0))
    # Keep a number written against a word ("12A1") from running into it when spoken.
    if m.start() and m.string[m.start() - 1].isalpha():
        words = " " + words
    return words + " " if m.string[m.end():m.end() + 1].isalpha() else words


# Applied in order: symbols, dates and units contain numbers and abbreviations, so they are
# read as a whole before the bare numbers and abbreviations left in the text.
_RULES = (
    (_HCMC, lambda m: "Thành phố Hồ Chí Minh"),
    (_REFERENCE, _reference),
    (_SYMBOL, lambda m: f"{_DOC_KINDS[m.group(1)]} của "
                        + " và ".join(_read_issuer(p) for p in re.split("[-/]", m.group(2))[1:])),
    (_ORDINAL, _ordinal),
    (_DATE, _calendar),
    (_MONTH_YEAR, _calendar),
    (_MONTH, _calendar),
    (_TIME, _time),
    (_PER, lambda m: f" một {_UNITS.get(m.group(1), m.group(1))}"),
    (_RANGE, lambda m: f"{m.group(1)} đến "),
    (_FRACTION, lambda m: " trên "),
    (_UNIT, lambda m: f"{m.group(1)} {_UNITS[m.group(2)]}"),
    (_BULLET, lambda m: ""),
    (_DASH, lambda m: ", "),
    (_ABBREVIATION, _abbreviation),
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
