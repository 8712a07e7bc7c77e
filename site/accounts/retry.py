"""When someone refused for a while may try again, said the way the refusal says it: in the
site's time zone (Vietnam), as "14:30", or "14:30 ngày 21/10" when it is not today."""

import math

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext


def retry_time(moment):
    local = timezone.localtime(moment, timezone.get_default_timezone())
    clock = date_format(local, "H:i")
    today = timezone.localtime(timezone.now(), timezone.get_default_timezone()).date()
    if local.date() == today:
        return clock
    return gettext("%(time)s on %(date)s") % {"time": clock, "date": date_format(local, "d/m")}


def retry_after(moment):
    """Seconds until `moment`, for the Retry-After header (at least 1)."""
    return str(max(1, math.ceil((moment - timezone.now()).total_seconds())))
