"""What the radio text says for written short forms: organisations' short names and other
abbreviations (kept in ``data/short_names.yaml``, where an editor or technician adds one),
words said as they sound ("COVID-19" -> "cô-vít mười chín"), a kind of place before its name
("P. Tân Lợi" -> "phường Tân Lợi"), units after a number, and document references, always
read "[số] N[ năm YYYY], <kind> của <issuer>":

    "số 123/QĐ-UBND"               -> "số một trăm hai mươi ba, quyết định của Ủy ban nhân dân"
    "Nghị định 91/2017/NĐ-CP"      -> "Nghị định số chín mươi mốt năm hai nghìn … của Chính phủ"
    "Quyết định số 5/QĐ-UBND của UBND tỉnh" -> "Quyết định số năm của Ủy ban nhân dân tỉnh"

The kind is left out when the words just before already name it, and the issuer when the
sentence goes on to name it ("… của UBND tỉnh"), so nothing is said twice.
"""

import re
from pathlib import Path

import yaml

from stories.syndication.radio_numbers import integer

SHORT_NAMES_FILE = Path(__file__).resolve().parent / "data" / "short_names.yaml"


def _short_names():
    with SHORT_NAMES_FILE.open(encoding="utf-8") as stream:
        return yaml.safe_load(stream)


SHORT_NAMES = _short_names()
# Matched with their exact capitals, as whole words.
ABBREVIATIONS = {name: reading for section in ("organisations", "terms", "before_a_name",
                                               "honours")
                 for name, reading in SHORT_NAMES[section].items()}
# Titles and place kinds stand before a name, so a dot after them is not a full stop.
_BEFORE_A_NAME = frozenset(SHORT_NAMES["before_a_name"])
# Matched whatever their capitals.
SAID_AS_WORDS = {name.casefold(): reading for name, reading
                 in SHORT_NAMES["said_as_words"].items()}

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
UNITS = {
    "ha": "héc-ta", "km²": "ki-lô-mét vuông", "km2": "ki-lô-mét vuông", "km": "ki-lô-mét",
    "m²": "mét vuông", "m2": "mét vuông", "m³": "mét khối", "m3": "mét khối", "m": "mét",
    "cm": "xen-ti-mét", "kg": "ki-lô-gam", "tr.đ": "triệu đồng", "trđ": "triệu đồng",
    "VNĐ": "đồng", "VND": "đồng", "đ": "đồng", "₫": "đồng", "USD": "đô la Mỹ", "$": "đô la",
    "%": "phần trăm", "°C": "độ C",
}
# A kind of place written short before the place's name ("P. Tân Lợi", "TT.Đăk Hà").
_PLACE_KINDS = {"P": "phường", "TT": "thị trấn", "H": "huyện"}
# "P." before a title is "phó" ("P. Chủ tịch").
_DEPUTY_OF = re.compile(r"(?:Chủ tịch|Giám đốc|Bí thư|Trưởng|Hiệu trưởng|Chánh|Tổng)(?!\w)")
# "Nguyễn H. Nam": an initial in a person's name, not a district.
_SURNAMES = frozenset((
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Đinh", "Lâm", "Mai", "Trương", "Hà", "Cao",
    "Lương", "Tạ", "Kiều"))


def _alternation(words):
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _read_issuer(part):
    letters, digits = re.fullmatch(r"(\D+)(\d*)", part).groups()
    name = _ISSUERS.get(letters) or ABBREVIATIONS.get(letters, letters)
    if digits:  # "QH14": the fourteenth National Assembly
        name += (" khóa " if letters == "QH" else " ") + integer(digits)
    return name


_PART = r"[A-ZĐ][A-Za-zĐđ]*\d*"
_NAMED_LATER = re.compile(r",?\s*(?:(?i:ngày)\s+[\d/.-]+\s*,?\s*)?(?:của|do)\s")


def _reference(m):
    so, number, year, separator, symbol = m.groups()
    parts = re.split(r"[-/]", symbol)
    kind = _DOC_KINDS.get(parts[0])
    issuers = parts[1:] if kind else parts
    if not kind and (separator == "-" or re.sub(r"\d+$", "", parts[0]) not in _ISSUERS):
        return m.group(0)
    words = f"{so or 'số'} {integer(number)}" + (f" năm {integer(year)}" if year else "")
    said = m.string[max(0, m.start() - 40):m.start()].rstrip()
    if kind and not (said.lower().endswith(kind) or said.endswith(parts[0])):
        words += f", {kind}"
    if issuers and not _NAMED_LATER.match(m.string, m.end()):
        words += " của " + " và ".join(_read_issuer(part) for part in issuers)
    return words


def _abbreviation(m):
    words = ABBREVIATIONS[m.group(1)]
    if m.group(2):
        words += " " if m.group(1) in _BEFORE_A_NAME else "."
    return words


def _in_a_name(words_before):
    """Whether the word before is part of a person's name, so "H." is their initial."""
    if not words_before:
        return False
    word = words_before[-1]
    starts_sentence = len(words_before) == 1 or words_before[-2][-1] in ".!?:"
    written_as_name = word[:1].isupper() and not word.isupper() and word[-1].isalpha()
    return word in _SURNAMES or (written_as_name and not starts_sentence)


def _place_kind(m):
    short, after = m.group(1), m.string[m.end():]
    if not after[:1].isupper() or _in_a_name(m.string[:m.start()].split()):
        return m.group(0)
    if short == "P" and _DEPUTY_OF.match(after):
        return "Phó "
    return _PLACE_KINDS[short] + " "


HCMC = (re.compile(r"(?<!\w)(?:TP\.?\s?HCM|TPHCM|TP\.?\s?Hồ Chí Minh)(?!\w)"),
        lambda m: "Thành phố Hồ Chí Minh")
SAID_AS_WORD = (re.compile(rf"(?<!\w)(?i:{_alternation(SAID_AS_WORDS)})(?![\w-])"),
                lambda m: SAID_AS_WORDS[m.group(0).casefold()])
PLACE_KIND = (re.compile(rf"(?<![\w.])({_alternation(_PLACE_KINDS)})\.\s?(?=\w)"), _place_kind)
REFERENCE = (re.compile(rf"(?:((?i:số))\s+)?(?<![\d/])(\d+)\s?(?:/\s?(\d{{4}})\s?)?([/-])\s?"
                        rf"({_PART}(?:[-/]{_PART})*)(?![\w-])"), _reference)
SYMBOL = (re.compile(rf"(?<![\w/-])({_alternation(_DOC_KINDS)})"
                     rf"((?:[-/](?:{_alternation(_ISSUERS)}))+)(?![\w-])"),
          lambda m: f"{_DOC_KINDS[m.group(1)]} của "
                    + " và ".join(_read_issuer(p) for p in re.split("[-/]", m.group(2))[1:]))
# "đồng/người/năm" is said "đồng một người một năm".
PER = (re.compile(r"\s?/\s?(người|hộ|năm|tháng|ngày|tuần|ha|kg|tấn|lít|sào|con|lượt)(?!\w)"),
       lambda m: f" một {UNITS.get(m.group(1), m.group(1))}")
UNIT = (re.compile(rf"(\d|(?<!\w)(?:nghìn|ngàn|triệu|tỷ))\s*({_alternation(UNITS)})(?!\w)"),
        lambda m: f"{m.group(1)} {UNITS[m.group(2)]}")
ABBREVIATION = (re.compile(rf"(?<!\w)({_alternation(ABBREVIATIONS)})(?!\w)(\.(?=\s*\w))?"),
                _abbreviation)
