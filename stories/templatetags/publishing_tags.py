"""The superuser's reason box on Wagtail's confirmation pages (`stories.editorial.publishing`)."""

from django import template

from stories.editorial import publishing

register = template.Library()


@register.simple_tag(takes_context=True)
def override_reason_form(context, page_form=None):
    """The reason box, keeping what was typed when the page is shown again, and saying
    so when the page form was refused for want of a reason."""
    typed = context["request"].POST.get(publishing.REASON_FIELD, "")
    form = publishing.ReasonForm(initial={publishing.REASON_FIELD: typed})
    if page_form is not None and page_form.missing_override_reason():
        form = publishing.ReasonForm(data={publishing.REASON_FIELD: typed})
        form.is_valid()
        form.add_error(publishing.REASON_FIELD, publishing.MISSING_REASON)
    return form


@register.simple_tag
def touches_public(page):
    return publishing.touches_public(page)


@register.simple_tag
def bulk_publishing_refused():
    return publishing.BULK_PUBLISHING_REFUSED
