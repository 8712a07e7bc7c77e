"""Vietnamese text rules: NFC storage, ASCII slugs, diacritic folding."""

import re
import unicodedata

from anyascii import anyascii

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def to_nfc(value):
    """Return ``value`` in NFC; some input methods send decomposed (NFD) Vietnamese."""
    if isinstance(value, str):
        if unicodedata.is_normalized("NFC", value):
            return value
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [to_nfc(item) for item in value]
    if isinstance(value, dict):
        return {key: to_nfc(item) for key, item in value.items()}
    return value


def fold(value):
    """Lowercase and strip every mark, with đ/Đ folded to d: "Đặng" -> "dang"."""
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    value = "".join(ch for ch in value if not unicodedata.combining(ch))
    return value.lower()


def fold_char(char):
    """One character folded: "Ặ" -> "a", "đ" -> "d"; "" for a lone combining mark."""
    if char in "đĐ":
        return "d"
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return base.lower()


def fold_with_positions(value):
    """``fold(value)`` of NFC text, and for each folded character the index of the
    character of ``value`` it came from: a match found in folded text can be marked in
    the text as written."""
    folded, positions = [], []
    for index, char in enumerate(value):
        for out in fold_char(char):
            folded.append(out)
            positions.append(index)
    return "".join(folded), positions


def exact_token(word):
    """A word as written, lowercased, spelled in ASCII letters and digits that every
    full-text tokenizer keeps whole: "Đặng" -> "d111a1eb7ng". Indexed beside the folded
    word so that a query typed with its diacritics ranks exact spellings first."""
    return "".join(char if char.isascii() else f"{fold_char(char)}{ord(char):x}"
                   for char in to_nfc(word).lower())


def slugify(value, max_length=80):
    """ASCII slug from Vietnamese: "Người tốt việc tốt" -> "nguoi-tot-viec-tot"."""
    ascii_text = anyascii(fold(to_nfc(value or ""))).lower()
    slug = _NON_SLUG.sub("-", ascii_text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


def _vowel_formatters():
    """Regex replacements for the admin's slug field (its own map turns đ into "dj")."""
    groups = {}
    for codepoint in list(range(0x00C0, 0x0200)) + list(range(0x1EA0, 0x1F00)):
        char = chr(codepoint)
        base = unicodedata.normalize("NFD", char)[0]
        if base.isascii() and base.isalpha() and base != char:
            groups.setdefault(base, []).append(char)
    formatters = [(f"[{''.join(chars)}]", base) for base, chars in sorted(groups.items())]
    formatters += [("[đ]", "d"), ("[Đ]", "D")]
    return formatters


SLUG_FORMATTERS = _vowel_formatters()


# Vietnamese alphabetical order (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y),
# with the letters of ethnic-minority and foreign names (f j w z) where Latin puts them.
_ALPHABET = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l",
             "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y",
             "z"]
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET, start=20)}
# Marks that make a letter of its own (ă â ê ô ơ ư), and the tones in dictionary order:
# ngang (none), huyền, hỏi, ngã, sắc, nặng.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def _collation_units(value):
    """(letter, tone) for each character of ``value``, lowercased, marks regrouped."""
    units = []
    for char in unicodedata.normalize("NFD", to_nfc(value).lower()):
        if unicodedata.combining(char) and units:
            letter, tone = units[-1]
            if char in _LETTER_MARKS:
                units[-1] = (unicodedata.normalize("NFC", letter + char), tone)
            else:
                units[-1] = (letter, _TONE_RANK.get(char, tone))
        else:
            units.append((char, 0))
    return units


def _letter_rank(letter):
    """Spaces and punctuation before digits, digits before letters, other scripts last."""
    if letter in _LETTER_RANK:
        return _LETTER_RANK[letter]
    if letter.isdecimal():
        return 2 + int(letter)
    if not letter.isalnum():
        return 1
    return 100 + ord(letter[0])


def collation_key(value):
    """Sort key for Vietnamese alphabetical order: letters first, then tones.

    "Đăk" sorts after "Dương" and before "Gia"; "ă" after every "a"; "ba" < "bà" < "bả" <
    "bã" < "bá" < "bạ" < "bác", as a dictionary has them. Case is ignored.
    """
    units = _collation_units(value)
    letters = tuple(_letter_rank(letter) for letter, _tone in units)
    return letters, tuple(tone for _letter, tone in units), value
