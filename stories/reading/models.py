"""Views of a page per day: nothing about the reader, only how many."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReadingCount(models.Model):
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"),
                             on_delete=models.CASCADE, related_name="reading_counts")
    day = models.DateField(_("day"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("reading count")
        verbose_name_plural = _("reading counts")
        constraints = [models.UniqueConstraint(fields=["page", "day"],
                                               name="reading_count_page_day")]
        indexes = [models.Index(fields=["day"], name="reading_count_day")]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.views}"
