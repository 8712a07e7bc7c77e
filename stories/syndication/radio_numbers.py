"""How the radio text says numbers: amounts in words ("105" -> "một trăm linh năm"), codes
digit by digit, days of the month ("mùng hai"), and telephone numbers the way a newsreader
gives them, digit by digit in the groups they are written in:

    "0912 345 678"   -> "không chín một hai, ba bốn năm, sáu bảy tám"
    "+84 912 345 678" -> "cộng tám bốn, chín một hai, ba bốn năm, sáu bảy tám"
    "gọi 113"        -> "gọi một một ba"

A number is a telephone number when its shape says so (a leading "+", a leading 0 and
groups, a 1800/1900 hotline), or when the words just before it do ("gọi", "đường dây nóng",
"ĐT:"); otherwise it is an amount.
"""

import re

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_SCALES = ((10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn"))
_LONGEST_NUMBER = 15  # digits; longer runs are codes and phone numbers, read digit by digit


def _below_thousand(n, full):
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words = [DIGITS[hundreds], "trăm"] if hundreds or full else []
    if tens == 0:
        if units:
            words += ["linh", DIGITS[units]] if words else [DIGITS[units]]
    else:
        words.append("mười" if tens == 1 else f"{DIGITS[tens]} mươi")
        after_tens = {5: "lăm"} | ({1: "mốt", 4: "tư"} if tens > 1 else {})
        words += [after_tens.get(units, DIGITS[units])] if units else []
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


def spell(digits):
    """Digit by digit: "0912" -> "không chín một hai"."""
    return " ".join(DIGITS[int(d)] for d in digits)


def integer(digits):
    return spell(digits) if len(digits) > _LONGEST_NUMBER else number_words(int(digits))


def numeral(digits):
    """A digit run as written: a leading zero marks a code ("0912…"), read digit by digit."""
    return spell(digits) if len(digits) > 1 and digits[0] == "0" else integer(digits)


def month(digits):
    return "tư" if int(digits) == 4 else integer(digits)


def day(digits):
    """A day of the month: the first ten are said with "mùng" ("mùng hai tháng chín")."""
    return f"mùng {integer(digits)}" if int(digits) <= 10 else integer(digits)


def read_number(text):
    """An amount as written, with dots between thousands and a decimal comma."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", text):  # "1,000,000" can only be thousands
        return integer(text.replace(",", ""))
    whole, _, fraction = text.partition(",")
    if "." in whole and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", whole):
        return " chấm ".join(numeral(part) for part in whole.split("."))  # "4.0"
    words = numeral(whole.replace(".", ""))
    if fraction:
        short = len(fraction) <= 2 and fraction[0] != "0"
        words += " phẩy " + (integer(fraction) if short else spell(fraction))
    return words


# --- telephone numbers ------------------------------------------------------------------------

# How a number written without spaces is grouped when read: a mobile number 4-3-3, a
# landline with its four-digit area code 4-4-3, a 1800/1900 hotline 4-4.
_GROUPING = {8: (4, 4), 10: (4, 3, 3), 11: (4, 4, 3)}
_END = r"(?![\w]|[.,/-]\d)"
_INTERNATIONAL = re.compile(r"(?<![\w+])\(?\+(\d{1,3})\)?[ .-]?(?:\(0\)[ .-]?)?"
                            rf"(\d{{1,4}}(?:[ .-]\d{{2,4}}){{1,4}}|\d{{8,11}}){_END}")
# A leading 0 (an area code or a mobile prefix) and groups: 9 to 11 digits in all.
_DOMESTIC = re.compile(r"(?<![\w.,/+-])(?:\(0\d{2,3}\)[ .-]?|0\d{2,4}[ .-])"
                       rf"\d{{2,4}}(?:[ .-]\d{{2,4}}){{0,3}}{_END}")
_HOTLINE = re.compile(rf"(?<![\w.,/-])1[89]00(?:(?:[ .]\d{{2,4}})+|\d{{4}}(?:\d{{2}})?){_END}")
_EMERGENCY = r"11[1-5]"  # child protection, rescue, police, fire, ambulance
_EMERGENCY_LIST = re.compile(rf"(?<![\w.,/-]){_EMERGENCY}(?:\s?/\s?{_EMERGENCY})+(?![\w/]|[.,]\d)")
# These announce only the short emergency numbers ("Cảnh sát 113", not "cứu nạn 120 người").
_EMERGENCY_WORDS = frozenset(("cảnh sát", "cấp cứu", "cứu hỏa", "cứu nạn", "khẩn cấp"))
_SAID_AS = {"đt": "điện thoại", "sđt": "số điện thoại", "đtdđ": "điện thoại di động"}
# The words that announce a telephone number ("gọi" but not "kêu gọi", "lời gọi").
_ANNOUNCED = re.compile(
    r"(?<!\w)(?<![Kk]êu )(?<!lời )((?i:số điện thoại|điện thoại(?: di động)?|sđt|đtdđ|đt"
    r"|hotline|đường dây nóng|tổng đài|fax|gọi(?: điện)?|bấm số|quay số|đầu số"
    r"|cảnh sát|cấp cứu|cứu hỏa|cứu nạn|khẩn cấp))(?![^\W\d])"
    r"((?:\s+(?i:ngay|đến|tới|vào|cho|số|là))*\s*:?\s*)"
    r"(\(?\+?\d[\d .()-]*\d|\d)"
    rf"((?:\s*(?:,|/|hoặc|hay|và)\s*{_EMERGENCY}(?!\d))*)")
# After a number, a word that counts things says it was an amount after all ("gọi 20 lần").
_COUNTED = re.compile(r"\s*(?:%|(?i:người|hộ|lần|lượt|cuộc|ca|suất|phần|nghìn|triệu|tỷ|đồng)"
                      r"(?!\w))")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _grouped(digits):
    sizes, groups = _GROUPING.get(len(digits), (len(digits),)), []
    for size in sizes:
        groups.append(digits[:size])
        digits = digits[size:]
    return groups


def phone_words(written):
    """A telephone number as written, digit by digit, a pause (a comma) between its groups;
    a "+" is said "cộng", a "(0)" after a country code is not said."""
    written = written.replace("(0)", " ")
    groups = re.findall(r"\+?\d+", written)
    if len(groups) == 1 and not groups[0].startswith("+"):
        groups = _grouped(groups[0])
    return ", ".join(("cộng " + spell(group[1:])) if group.startswith("+") else spell(group)
                     for group in groups)


def _digit_count(text):
    return sum(char.isdigit() for char in text)


def _domestic(m):
    return phone_words(m.group(0)) if 9 <= _digit_count(m.group(0)) <= 11 else m.group(0)


def _hotline(m):
    return phone_words(m.group(0)) if _digit_count(m.group(0)) in (8, 10) else m.group(0)


def _announced(m):
    word, gap, number, more = m.groups()
    amount = (_COUNTED.match(m.string, m.end()) or _THOUSANDS.fullmatch(number)
              or _digit_count(number) < 3
              or (word.lower() in _EMERGENCY_WORDS and not re.fullmatch(_EMERGENCY, number)))
    if amount:
        return m.group(0)
    words = phone_words(number)
    if more:  # "113, 114 hoặc 115"
        words += re.sub(r"\d+", lambda n: spell(n.group(0)), re.sub(r"\s*/\s*", ", ", more))
    gap += " " if gap.endswith(":") else ""  # "ĐT:0912…"
    return _SAID_AS.get(word.lower(), word) + gap + words


# Applied in this order, before dates and amounts: a number the words before announce, then
# the shapes only telephone numbers have.
PHONE_RULES = (
    (_ANNOUNCED, _announced),
    (_INTERNATIONAL, lambda m: phone_words(m.group(0))),
    (_DOMESTIC, _domestic),
    (_HOTLINE, _hotline),
    (_EMERGENCY_LIST, lambda m: ", ".join(spell(n) for n in re.findall(r"\d+", m.group(0)))),
)
