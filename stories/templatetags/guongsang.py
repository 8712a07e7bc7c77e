import datetime
import json
from urllib.parse import quote

from django import template
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """Render structured data inside <script type="application/ld+json">, escaped so text
    such as "</script>" in a title cannot break out of the element."""
    if not data:
        return ""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(
        _JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.filter
def iso_datetime(value):
    """For <time datetime>: the moment in the site's time zone, ISO 8601."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).replace(microsecond=0)
    return value.isoformat()


@register.filter
def dmy(value):
    """dd/mm/yyyy, in the site's time zone: the `date` filter's result for the site's
    format, for a fraction of its cost in lists of cards."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value)
    return value.strftime("%d/%m/%Y")


@register.simple_tag
def select_options(field):
    """The <option>s of a bound choice field, its current value selected. Built here:
    a template loop over a province's places costs more than the rest of the page."""
    value = field.value()
    current = "" if value is None else str(value)
    selected = mark_safe(" selected")  # noqa: S308 (a constant)
    return format_html_join("", '<option value="{}"{}>{}</option>', (
        (choice, selected if str(choice) == current else "", label)
        for choice, label in field.field.choices))


@register.inclusion_tag("components/share.html", takes_context=True)
def share_links(context, page):
    request = context["request"]
    url = page.get_full_url(request)
    encoded = quote(url, safe="")
    return {
        "url": url,
        "facebook": f"https://www.facebook.com/sharer/sharer.php?u={encoded}",
        "zalo": f"https://sp.zalo.me/share?url={encoded}",
    }


@register.inclusion_tag("components/pagination.html", takes_context=True)
def pagination(context, page_obj, param="trang"):
    request = context["request"]
    query = request.GET.copy()
    query.pop(param, None)
    base = query.urlencode()
    prefix = f"?{base}&" if base else "?"
    return {"page_obj": page_obj, "prefix": prefix, "param": param}


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return context["request"].build_absolute_uri(url)
