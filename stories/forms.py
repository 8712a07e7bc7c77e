"""Admin page forms and the public directory filter form."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.pages import CopyForm
from wagtail.admin.widgets.slug import SlugInput
from wagtail.coreutils import find_available_slug

from stories.editorial.publishing import CopyFormReasonMixin, PageFormReasonMixin
from stories.vietnamese import SLUG_FORMATTERS, slugify


class GuongSangPageForm(PageFormReasonMixin, WagtailAdminPageForm):
    """Slugs are transliterated in the browser as the title is typed and, should the
    field be left empty (no JavaScript, a hurried editor), on the server. The superuser
    publishing outside the review gives a reason (`stories.editorial.publishing`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].widget = SlugInput(
                locale=getattr(self.instance, "locale", None), formatters=SLUG_FORMATTERS
            )

    def clean_slug(self):
        typed = self.cleaned_data.get("slug", "")
        base = slugify(typed or self.cleaned_data.get("title") or self.data.get("title", ""))
        if not base:
            raise forms.ValidationError(_("Enter a title or a slug."))
        if typed and base == typed:
            return typed
        parent = self.parent_page or (self.instance.get_parent() if self.instance.pk else None)
        if parent is None:
            return base
        return find_available_slug(parent, base, ignore_page_id=self.instance.pk)


class StoryPageForm(GuongSangPageForm):
    """A story may not name a person whose consent was withdrawn: it is refused when saved,
    so it can neither go to review nor be published until the link is removed."""

    def clean(self):
        cleaned_data = super().clean()
        links = self.formsets.get("exemplar_links")
        if links is None or not links.is_valid():
            return cleaned_data
        exemplars = [form.cleaned_data["exemplar"] for form in links.forms
                     if form.cleaned_data.get("exemplar")
                     and not form.cleaned_data.get("DELETE")]
        problem = withdrawn_people_problem(exemplars)
        if problem:
            self.add_error(None, problem)
        return cleaned_data


def withdrawn_people_problem(exemplars):
    """Why a story naming ``exemplars`` may not be kept or published, or None."""
    withdrawn = [exemplar.specific.title for exemplar in exemplars
                 if exemplar.specific.standing_withdrawal is not None]
    if not withdrawn:
        return None
    return _("This story names %(names)s, who withdrew consent to be published. Remove "
             "the link under “Related exemplars” and every mention of them before saving."
             ) % {"names": ", ".join(withdrawn)}


class PageCopyForm(CopyFormReasonMixin, CopyForm):
    """Wagtail's copy form; a published copy or an alias needs the superuser's reason."""


class ExemplarPageForm(GuongSangPageForm):
    def clean(self):
        cleaned_data = super().clean()
        if "action-publish" in self.data:
            page = self.instance
            for field in ("subject_type", "consent_by", "consent_on", "consent_evidence",
                          "consent_note"):
                if field in cleaned_data:
                    setattr(page, field, cleaned_data[field])
            problem = page.consent_problem()
            if problem:
                self.add_error(None, problem)
        return cleaned_data


class DirectoryFilterForm(forms.Form):
    """Filters of the exemplar directory; every field is optional and kept in the URL."""

    linh_vuc = forms.ChoiceField(label=_("Sector"), required=False)
    phong_trao = forms.ChoiceField(label=_("Movement"), required=False)
    dia_phuong = forms.ChoiceField(label=_("Place"), required=False)
    loai = forms.ChoiceField(label=_("Subject type"), required=False)
    cap = forms.ChoiceField(label=_("Recognition level"), required=False)
    nam = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int,
                                 empty_value=None)

    def __init__(self, data, *, sectors, movements, places, subject_types, levels, years):
        super().__init__(data)
        everything = [("", _("All"))]
        # (slug, label) pairs
        self.fields["linh_vuc"].choices = everything + list(sectors)
        self.fields["phong_trao"].choices = everything + list(movements)
        self.fields["dia_phuong"].choices = everything + list(places)
        self.fields["loai"].choices = everything + list(subject_types)
        self.fields["cap"].choices = everything + list(levels)
        self.fields["nam"].choices = everything + [(y, y) for y in years]

    def active_filters(self):
        """The valid filters; an unknown value in one field does not drop the others."""
        self.is_valid()
        return {key: value for key, value in self.cleaned_data.items() if value}
