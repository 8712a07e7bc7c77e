"""Vietnamese phone numbers as people type them ("+84 905.123.456", "0905 123 456"), and
the form field that accepts only those, stored as ten or eleven digits starting with 0."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from stories.vietnamese import to_nfc

_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")
# 0 and nine digits (mobiles), or 02 and nine digits (landlines); +84 for the leading 0.
_PHONE = re.compile(r"(?:\+84\s?0?|0)(?P<number>2[0-9]{9}|[1-9][0-9]{8})")


def normalise_phone(value):
    """"+84 905.123.456" -> "0905123456"; None when it is not a Vietnamese number."""
    match = _PHONE.fullmatch(_PHONE_SEPARATORS.sub("", to_nfc(value or "")))
    return f"0{match['number']}" if match else None


class VietnamesePhoneField(forms.CharField):
    default_error_messages = {
        "invalid": _("Enter a Vietnamese phone number: 10 digits starting with 0 (for "
                     "example 0905 123 456), or +84 followed by the number."),
    }

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return value
        phone = normalise_phone(value)
        if phone is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return phone
