"""The podcast's owner email, checked when the site starts (`manage.py check`, `migrate`,
`runserver`).

Podcasts are always on: every column has a podcast feed as soon as an approver publishes
a story with audio in it, with no deployment in between, so the address Apple Podcasts and
other directories verify (`itunes:owner`) must be in place before that happens, not found
missing afterwards. Production (DEBUG off) refuses to run without it; development only
warns.
"""

from django.conf import settings
from django.core import checks
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext

VARIABLE = "PODCAST_OWNER_EMAIL"


@checks.register()
def podcast_owner_email(app_configs=None, **kwargs):
    level, prefix = ((checks.WARNING, "stories.podcast.W") if settings.DEBUG
                     else (checks.ERROR, "stories.podcast.E"))
    email = settings.PODCAST_OWNER_EMAIL
    if not email:
        message, number = gettext(
            "Podcast directories (Apple Podcasts) need the email address of the podcasts' "
            "owner, and %(variable)s is empty.") % {"variable": VARIABLE}, "001"
    else:
        try:
            validate_email(email)
        except ValidationError:
            message, number = gettext("%(variable)s is not an email address: %(value)s") % {
                "variable": VARIABLE, "value": email}, "002"
        else:
            return []
    hint = gettext(
        "Set the %(variable)s environment variable to a mailbox the centre reads, e.g. "
        "podcast@trungtam.example.vn.") % {"variable": VARIABLE}
    return [checks.CheckMessage(level, message, hint=hint, id=prefix + number)]
