"""POST data for the Wagtail page editor, as the browser would send it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def story_form(page=None, **overrides):
    data = {
        "title": page.title if page else "Người tốt việc tốt ở Đăk Tơ Lung",
        "slug": page.slug if page else "",
        "lead": page.lead if page else "Chuyện một người thợ hồ.",
        "body": streamfield([
            ("paragraph", rich_text("<p>Ông Đặng Văn Đức sửa nhà miễn phí.</p>")),
        ]),
        "exemplar_links": inline_formset([]),
        "tags": "",
        "reuse_note": "Ghi rõ nguồn.",
    }
    data.update(overrides)
    return nested_form_data(data)


def exemplar_form(page, **overrides):
    data = {
        "title": page.title,
        "slug": page.slug,
        "subject_type": page.subject_type,
        "recognition_level": "co_so",
        "recognition_year": "2024",
        "achievement_summary": page.achievement_summary,
        "profile": streamfield([]),
        "photos": inline_formset([]),
        "awards": inline_formset([]),
        "consent_by": page.consent_by,
        "consent_on": page.consent_on.strftime("%d/%m/%Y") if page.consent_on else "",
        "consent_note": page.consent_note,
    }
    data.update(overrides)
    return nested_form_data(data)
