"""The kinds an exemplar is of (a person, a collective, a household, a model practice) and
the levels at which one is recognised: shared by profiles, cards, nominations and units'
introductions."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SubjectType(models.TextChoices):
    INDIVIDUAL = "ca_nhan", _("Individual")
    COLLECTIVE = "tap_the", _("Collective")
    HOUSEHOLD = "ho_gia_dinh", _("Household")
    MODEL = "mo_hinh", _("Model practice")


class RecognitionLevel(models.TextChoices):
    NEW_FACTOR = "nhan_to_moi", _("New factor")
    GRASSROOTS = "co_so", _("Grassroots")
    COMMUNE_DISTRICT = "cap_xa_huyen", _("Commune or district level")
    PROVINCIAL = "cap_tinh", _("Provincial level")
    NATIONAL = "toan_quoc", _("National level")
