"""Text typed by the public, kept as plain NFC text: tags (and script or style content)
removed, entities turned back into characters, control characters dropped."""

import html
import re

import nh3
from django import forms

from stories.vietnamese import to_nfc

# PostgreSQL refuses NUL; the other control characters are invisible noise. Newlines and
# tabs are handled with the spaces.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def plain_text(value, *, multiline=False):
    """``value`` as plain NFC text: tags (and script/style content) removed, entities
    turned back into characters, repeated until nothing that looks like HTML is left."""
    text = to_nfc(value).replace("\r\n", "\n").replace("\r", "\n")
    for _round in range(5):
        stripped = html.unescape(nh3.clean(text, tags=set()))
        if stripped == text:
            break
        text = stripped
    else:
        # Still changing after five rounds: only something crafted nests entities that
        # deep, and its brackets go.
        text = text.replace("<", "").replace(">", "")
    text = to_nfc(_CONTROL.sub("", text))
    if not multiline:
        return " ".join(text.split())
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


class PlainTextField(forms.CharField):
    """A text field whose value is stored as plain text; lengths are checked on it."""

    def __init__(self, *, multiline=False, **kwargs):
        self.multiline = multiline
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return plain_text(value, multiline=self.multiline) if value else value
