"""The superuser's reason box on Wagtail's confirmation pages (`stories.editorial.publishing`)."""

from django import template

from stories.editorial import publishing

register = template.Library()


@register.simple_tag(takes_context=True)
def override_reason_form(context):
    """The reason box, keeping what was typed when the page is shown again."""
    typed = context["request"].POST.get(publishing.REASON_FIELD, "")
    return publishing.ReasonForm(initial={publishing.REASON_FIELD: typed})


@register.simple_tag
def touches_public(page):
    return publishing.touches_public(page)


@register.simple_tag
def bulk_publishing_refused():
    return publishing.BULK_PUBLISHING_REFUSED
