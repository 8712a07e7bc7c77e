"""Withdrawal of consent: recorded by an editor in the admin, the person leaves every
public listing at once, and the profile stays off the site until a new consent."""

import datetime
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Collection, PageLogEntry, TaskState

from stories.editorial.roles import (
    APPROVER,
    EDITOR,
    FOCAL_PERSON,
    REPORTER,
    SITE_ADMIN,
    VERIFIER,
)
from stories.models import (
    ConsentWithdrawal,
    HomeFeaturedExemplar,
    PrivateDocument,
    StoryPage,
    SubjectType,
)
from tests import admin_forms
from tests.factories import ExemplarPageFactory, StoryPageFactory, UserFactory, link_exemplars

pytestmark = pytest.mark.django_db

NAME = "Bà Ksor Hnhí"
STORY = "Bà Ksor Hnhí giữ rừng đầu nguồn"
REASON = "Bà gọi điện đề nghị gỡ hồ sơ vì con cháu không muốn thông tin gia đình bị đăng."
WITHDRAWN_ON = timezone.localdate() - datetime.timedelta(days=10)
NEW_CONSENT_ON = (timezone.localdate() - datetime.timedelta(days=2)).strftime("%d/%m/%Y")


@pytest.fixture
def world(site_pages, committed):
    profile = committed(lambda: ExemplarPageFactory(
        title=NAME, subject_type=SubjectType.INDIVIDUAL, with_consent=True))
    story = committed(lambda: StoryPageFactory(title=STORY, parent=site_pages["column"]))
    committed(lambda: link_exemplars(story, [profile]))
    committed(lambda: story.save_revision().publish())
    other = committed(lambda: StoryPageFactory(title="Tổ hòa giải thôn Kon Gộp",
                                               parent=site_pages["column"]))
    HomeFeaturedExemplar.objects.create(home=site_pages["home"], exemplar=profile)
    users = {role: UserFactory(username=f"u-{index}", groups=[role])
             for index, role in enumerate((REPORTER, EDITOR, VERIFIER, APPROVER, SITE_ADMIN,
                                           FOCAL_PERSON))}
    users["root"] = get_user_model().objects.create_superuser("root", "r@example.vn",
                                                              "mat-khau-thu-2026")
    return {**site_pages, "profile": profile, "story": story, "other": other,
            "users": users}


def withdraw_url(page):
    return reverse("consent_withdraw", args=[page.pk])


def withdrawal_form(**overrides):
    return {"withdrawn_on": WITHDRAWN_ON.strftime("%d/%m/%Y"), "received_how": "dien_thoai",
            "reason": REASON, **overrides}


def reload(page):
    return type(page).objects.get(pk=page.pk)


def public_traces(client, world):
    """Where a visitor finds the person, outlet by outlet."""
    profile, story = world["profile"], world["story"]

    def shows(url, *texts):
        response = client.get(url)
        body = response.content.decode()
        return response.status_code == 200 and any(text in body for text in texts)

    def api_titles(url):
        return {item["title"] for item in json.loads(client.get(url).content)["items"]}

    # Pages are found by their address: a search page repeats the words searched for.
    at_profile, at_story = f"{profile.url}\"", f"{story.url}\""
    return {
        "profile page": client.get(profile.url).status_code == 200,
        "story page": client.get(story.url).status_code == 200,
        "directory": shows(world["directory"].url, at_profile),
        "home: featured": shows("/", at_profile),
        "home: latest": shows("/", at_story),
        "search": shows(f"/tim-kiem/?q={NAME}", at_profile, at_story),
        "feed: everything": shows("/nhan-tin/tat-ca.rss", STORY),
        "feed: profiles": shows("/nhan-tin/ho-so.rss", NAME),
        "feed: the person": shows(f"/nhan-tin/dien-hinh/{profile.slug}.rss", STORY),
        "feed: the column": shows(f"/nhan-tin/chuyen-muc/{world['column'].slug}.rss", STORY),
        "api: profiles": NAME in api_titles("/api/v2/dien-hinh/"),
        "api: stories": STORY in api_titles("/api/v2/bai-viet/"),
        "api: profile detail": client.get(f"/api/v2/dien-hinh/{profile.pk}/").status_code
        == 200,
        "widget: everything": shows("/nhung/tat-ca/", at_story, at_profile),
        "widget: profiles": shows("/nhung/ho-so/", at_profile),
        "sitemap": shows("/sitemap-trang.xml", f"{profile.url}<", f"{story.url}<"),
    }


def test_an_editor_withdraws_consent_and_the_person_leaves_the_site_at_once(
        client, world, committed):
    profile, story = world["profile"], world["story"]
    before = public_traces(client, world)
    assert all(before.values()), before

    editor = world["users"][EDITOR]
    client.force_login(editor)
    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=[profile.pk]))
    assert withdraw_url(profile) in edit_page.content.decode()
    assert "Rút lại sự đồng ý" in edit_page.content.decode()
    form = client.get(withdraw_url(profile)).content.decode()
    assert STORY in form and "Tổ hòa giải thôn Kon Gộp" not in form

    response = committed(lambda: client.post(withdraw_url(profile), withdrawal_form(),
                                             follow=True))
    message = response.content.decode()
    assert f"Đã ghi nhận việc “{NAME}” rút lại sự đồng ý" in message
    assert f"Đã gỡ khỏi trang: “{NAME}”, “{STORY}”" in message

    withdrawal = ConsentWithdrawal.objects.get()
    assert (withdrawal.page_id, withdrawal.recorded_by, withdrawal.withdrawn_on,
            withdrawal.received_how, withdrawal.reason) == (
        profile.pk, editor, WITHDRAWN_ON, "dien_thoai", REASON)
    assert not reload(profile).live and not reload(story).live
    assert reload(world["other"]).live

    client.logout()
    after = public_traces(client, world)
    assert not any(after.values()), after

    for page in (profile, story):
        entry = PageLogEntry.objects.get(page=page, action="stories.consent_withdrawn")
        assert entry.user == editor and entry.data["reason"] == REASON
    client.force_login(editor)
    history = client.get(reverse("wagtailadmin_pages:history", args=[story.pk]))
    assert (f"Gỡ khỏi trang vì “{NAME}” rút lại sự đồng ý ngày {WITHDRAWN_ON:%d/%m/%Y}: "
            f"{REASON}") in history.content.decode()


def test_only_editors_approvers_and_superusers_may_record_a_withdrawal(client, world):
    profile, listing = world["profile"], reverse("wagtailadmin_explore",
                                                 args=[world["directory"].pk])
    for role in (REPORTER, VERIFIER, FOCAL_PERSON, SITE_ADMIN):
        client.force_login(world["users"][role])
        refused = client.get(withdraw_url(profile))
        assert refused.status_code == 403, role
        assert "chỉ Biên tập viên và Lãnh đạo" in refused.content.decode()
        assert client.post(withdraw_url(profile), withdrawal_form()).status_code == 403
        assert withdraw_url(profile) not in client.get(listing).content.decode()
    assert not ConsentWithdrawal.objects.exists()
    assert reload(profile).live and reload(world["story"]).live

    for role in (EDITOR, APPROVER, "root"):
        client.force_login(world["users"][role])
        assert withdraw_url(profile) in client.get(listing).content.decode(), role
        assert client.get(withdraw_url(profile)).status_code == 200

    # A profile never published can be withdrawn too: its review stops, and it cannot be
    # published.
    draft = ExemplarPageFactory(title="Anh A Thử", subject_type=SubjectType.INDIVIDUAL,
                                live=False)
    client.force_login(world["users"][EDITOR])
    client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]),
                profile_form(draft, **{"action-submit": "1"}))
    assert reload(draft).current_workflow_state is not None
    client.force_login(world["users"][APPROVER])
    response = client.post(withdraw_url(draft), withdrawal_form(), follow=True)
    assert "Trên trang chưa có gì về người này" in response.content.decode()
    assert reload(draft).current_workflow_state is None
    assert reload(draft).standing_withdrawal is not None
    assert reload(profile).live and StoryPage.objects.live().count() == 2


def test_a_bad_form_says_what_is_wrong_and_keeps_what_was_typed(client, world):
    client.force_login(world["users"][EDITOR])
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = client.post(withdraw_url(world["profile"]), withdrawal_form(
        withdrawn_on=tomorrow.strftime("%d/%m/%Y"), reason="   "))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ngày này ở tương lai" in html
    assert "Trường này là bắt buộc." in html
    assert tomorrow.strftime("%d/%m/%Y") in html
    assert 'value="dien_thoai" selected' in html
    odd = client.post(withdraw_url(world["profile"]), withdrawal_form(
        withdrawn_on="31/02/2026", received_how="bo-cau"))
    assert odd.status_code == 200
    assert REASON in odd.content.decode()
    assert not ConsentWithdrawal.objects.exists()
    assert reload(world["profile"]).live
    assert client.get(reverse("consent_withdraw", args=[world["story"].pk])).status_code == 404


def upload_scan(client, title):
    response = client.post(reverse("wagtaildocs:add"), {
        "title": title, "file": SimpleUploadedFile("giay.pdf", b"%PDF-1.4\n%%EOF\n"),
        "collection": Collection.get_first_root_node().pk, "tags": ""})
    assert response.status_code == 302
    return PrivateDocument.objects.get(title=title)


def profile_form(page, **overrides):
    return admin_forms.exemplar_form(page, **overrides)


def test_the_profile_stays_off_the_site_until_a_new_consent(client, world, committed):
    profile, users = world["profile"], world["users"]
    client.force_login(users[EDITOR])
    old_scan = upload_scan(client, "Giấy đồng ý cũ")
    committed(lambda: client.post(withdraw_url(profile), withdrawal_form()))
    edit_url = reverse("wagtailadmin_pages:edit", args=[profile.pk])

    # The superuser's direct publish is refused, even with a later date but the old scan.
    client.force_login(users["root"])
    refused = client.post(edit_url, profile_form(
        profile, consent_on=NEW_CONSENT_ON, consent_evidence=old_scan.pk,
        **{"action-publish": "action-publish"}))
    assert ("Sự đồng ý cho đăng hồ sơ này đã được rút lại ngày "
            f"{WITHDRAWN_ON:%d/%m/%Y}") in refused.content.decode()
    assert not reload(profile).live

    # Verification cannot pass either.
    def through_review(until):
        client.force_login(users[EDITOR])
        client.post(edit_url, profile_form(profile, consent_on=NEW_CONSENT_ON,
                                           consent_evidence=old_scan.pk,
                                           **{"action-submit": "1"}))
        for role in until:
            page = reload(profile)
            state = page.current_workflow_task_state
            client.force_login(users[role])
            client.post(reverse("wagtailadmin_pages:workflow_action",
                                args=[page.pk, "approve", state.pk]), {"comment": ""})
        return reload(profile).current_workflow_task_state

    waiting = through_review([EDITOR, VERIFIER])
    assert waiting.task.name == "Thẩm định thành tích, khen thưởng"
    assert waiting.status == TaskState.STATUS_IN_PROGRESS
    client.force_login(users[VERIFIER])
    html = client.get(edit_url).content.decode()
    assert "Sự đồng ý cho đăng hồ sơ này đã được rút lại" in html

    # A new consent, dated after the withdrawal with a new scan, lifts it: the editor
    # uploads the scan, the verifier records it at their step and approves.
    client.force_login(users[EDITOR])
    new_scan = upload_scan(client, "Giấy đồng ý mới")
    client.force_login(users[VERIFIER])
    saved = client.post(edit_url, profile_form(profile, consent_on=NEW_CONSENT_ON,
                                               consent_evidence=new_scan.pk))
    assert saved.status_code == 302, saved.content.decode()[-3000:]
    client.post(reverse("wagtailadmin_pages:workflow_action",
                        args=[profile.pk, "approve", waiting.pk]), {"comment": ""})
    waiting = reload(profile).current_workflow_task_state
    assert waiting.task.name == "Phê duyệt xuất bản"
    client.force_login(users[APPROVER])
    committed(lambda: client.post(reverse("wagtailadmin_pages:workflow_action",
                                          args=[profile.pk, "approve", waiting.pk]),
                                  {"comment": ""}))
    assert reload(profile).live
    client.logout()
    assert client.get(profile.url).status_code == 200


def test_a_story_naming_a_withdrawn_person_cannot_be_saved_or_published_again(
        client, world, committed):
    from django.core.exceptions import ValidationError
    from wagtail.test.utils.form_data import inline_formset

    editor, story, profile = world["users"][EDITOR], world["story"], world["profile"]
    client.force_login(editor)
    committed(lambda: client.post(withdraw_url(profile), withdrawal_form()))
    assert not reload(story).live
    link = story.exemplar_links.get()

    def links(**change):
        return inline_formset([{"id": link.pk, "exemplar": profile.pk, "ORDER": "1",
                                **change}], initial=1)

    edit_url = reverse("wagtailadmin_pages:edit", args=[story.pk])
    rewritten = "Bản tin viết lại, vẫn nêu tên bà."
    response = client.post(edit_url, {
        **admin_forms.story_form(story, lead=rewritten, exemplar_links=links()),
        "action-submit": "Gửi duyệt"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "rút lại sự đồng ý" in body and rewritten in body  # refused, what was typed kept
    assert reload(story).current_workflow_state is None

    # Whatever path publishes (workflow, scheduler, code), the page refuses to go live.
    with pytest.raises(ValidationError):
        committed(lambda: reload(story).save_revision().publish())
    assert not reload(story).live

    # With the link removed, the story is saved and goes to review.
    response = client.post(edit_url, {
        **admin_forms.story_form(story, exemplar_links=links(DELETE="1")),
        "action-submit": "Gửi duyệt"})
    assert response.status_code == 302
    assert reload(story).current_workflow_state is not None
