"""The site administrator's view of email subscriptions: how many confirmed and waiting
addresses each column and place has, and CSV exports of those counts and of the confirmed
addresses with their choices. Registered by `stories.syndication.wagtail_hooks`."""

import csv

from django.db.models import Count, Q
from django.http import HttpResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy
from django.views import View
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from stories.models import ColumnPage, Place
from stories.syndication.subscriptions import EmailSubscription
from stories.vietnamese import fold

VIEW_PERMISSION = "stories.view_emailsubscription"


def list_counts():
    """[(kind, name, confirmed, waiting)] of every column and place with a subscriber:
    columns in the site's order, then places alphabetically."""
    counts = {
        "confirmed": Count("email_subscriptions",
                           filter=Q(email_subscriptions__confirmed_at__isnull=False)),
        "waiting": Count("email_subscriptions",
                         filter=Q(email_subscriptions__confirmed_at__isnull=True)),
    }
    rows = [(gettext("Column"), column.title, column.confirmed, column.waiting)
            for column in ColumnPage.objects.annotate(**counts)
            .filter(Q(confirmed__gt=0) | Q(waiting__gt=0)).order_by("path")]
    places = Place.objects.annotate(**counts).filter(Q(confirmed__gt=0) | Q(waiting__gt=0))
    rows += [(gettext("Place"), str(place), place.confirmed, place.waiting)
             for place in sorted(places, key=lambda place: fold(place.name))]
    return rows


def csv_response(filename, header, rows):
    # With a byte-order mark, spreadsheet programs read the Vietnamese letters right.
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(header)
    writer.writerows(rows)
    return response


def address_rows():
    subscriptions = (EmailSubscription.objects.confirmed().order_by("email")
                     .prefetch_related("columns", "places"))
    for subscription in subscriptions:
        yield (subscription.email,
               timezone.localtime(subscription.confirmed_at).strftime("%Y-%m-%d %H:%M"),
               "; ".join(column.title for column in subscription.columns.all()),
               "; ".join(str(place) for place in subscription.places.all()))


class SubscriptionReportView(WagtailAdminTemplateMixin, View):
    template_name = "stories/syndication/subscription_admin.html"
    page_title = gettext_lazy("Email subscriptions")
    header_icon = "mail"
    export = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_PERMISSION):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request):
        if self.export == "lists":
            return csv_response(
                "nhan-tin-email-danh-sach.csv",
                [gettext("Kind"), gettext("List"), gettext("Confirmed"), gettext("Waiting")],
                list_counts())
        if self.export == "addresses":
            return csv_response(
                "nhan-tin-email-dia-chi.csv",
                [gettext("Email address"), gettext("Confirmed at"), gettext("Columns"),
                 gettext("Places")], address_rows())
        totals = EmailSubscription.objects.aggregate(
            confirmed=Count("pk", filter=Q(confirmed_at__isnull=False)),
            waiting=Count("pk", filter=Q(confirmed_at__isnull=True)))
        return self.render_to_response(self.get_context_data(
            rows=list_counts(), totals=totals,
            lists_csv=reverse("email_subscriptions_lists_csv"),
            addresses_csv=reverse("email_subscriptions_addresses_csv")))


admin_urls = [
    path("nhan-tin-email/", SubscriptionReportView.as_view(), name="email_subscriptions"),
    path("nhan-tin-email/danh-sach.csv", SubscriptionReportView.as_view(export="lists"),
         name="email_subscriptions_lists_csv"),
    path("nhan-tin-email/dia-chi.csv", SubscriptionReportView.as_view(export="addresses"),
         name="email_subscriptions_addresses_csv"),
]
