"""The site administrator (Quản trị) manages the lower roles' accounts and groups through
the real admin pages, and can neither raise itself or anyone else nor touch the accounts
and groups above it; the superuser keeps every power."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from stories.editorial.roles import (
    APPROVER,
    EDITOR,
    FOCAL_PERSON,
    REPORTER,
    SITE_ADMIN,
    VERIFIER,
)
from stories.models import HomePage
from tests.factories import UserFactory
from tests.html_forms import form_data

pytestmark = pytest.mark.django_db

PASSWORD = "mat-khau-moi-2026"
USERS = reverse("wagtailusers_users:index")
GROUPS = reverse("wagtailusers_groups:index")
REFUSED_ACCOUNT = "Quản trị chỉ quản lý tài khoản"


@pytest.fixture(scope="module")
def staff(django_db_setup, django_db_blocker):
    """The roles, the page tree, and one account in each role, made once for the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("setup_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
        roles = {"quantri": [SITE_ADMIN], "quantri2": [SITE_ADMIN], "lanhdao": [APPROVER],
                 "phongvien": [REPORTER], "bientap": [EDITOR], "thamdinh": [VERIFIER],
                 "daumoi": [FOCAL_PERSON], "admin": []}
        people = {name: UserFactory(username=name, last_name="Thử", groups=groups,
                                    is_superuser=name == "admin")
                  for name, groups in roles.items()}
        yield people
        transaction.set_rollback(True)


def group(name):
    return Group.objects.get(name=name)


def edit_url(user):
    return reverse("wagtailusers_users:edit", args=[user.pk])


def delete_url(user):
    return reverse("wagtailusers_users:delete", args=[user.pk])


def messages_of(response):
    return [str(message).strip() for message in response.context["messages"]]


def new_account(**overrides):
    data = {"username": "phongvien.moi", "email": "pv.moi@donvi.example.vn",
            "first_name": "Nguyễn", "last_name": "Văn Mới", "password1": PASSWORD,
            "password2": PASSWORD, "groups": [group(REPORTER).pk]}
    data.update(overrides)
    return data


def account_form(client, user, **changes):
    data = form_data(client.get(edit_url(user)))
    data.update(changes)
    return data


# --- accounts ------------------------------------------------------------------------------

def test_site_admin_lists_users_with_edit_links_only_for_lower_roles(client, staff):
    client.force_login(staff["quantri"])
    response = client.get(USERS)
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("admin", "lanhdao", "quantri2", "phongvien"):
        assert name in html
    for name in ("phongvien", "bientap", "thamdinh", "daumoi"):
        assert f'href="{edit_url(staff[name])}"' in html
    for name in ("admin", "lanhdao", "quantri2", "quantri"):
        assert f'href="{edit_url(staff[name])}"' not in html
        assert f'href="{delete_url(staff[name])}"' not in html


def test_site_admin_creates_a_reporter(client, staff):
    client.force_login(staff["quantri"])
    add = reverse("wagtailusers_users:add")
    form = client.get(add)
    html = form.content.decode()
    assert 'name="is_superuser"' not in html
    assert f'value="{group(APPROVER).pk}"' not in html
    assert f'value="{group(SITE_ADMIN).pk}"' not in html

    response = client.post(add, new_account())

    assert response.status_code == 302
    created = staff["quantri"].__class__.objects.get(username="phongvien.moi")
    assert list(created.groups.values_list("name", flat=True)) == [REPORTER]
    assert created.check_password(PASSWORD)
    assert not created.is_superuser


@pytest.mark.parametrize("role", [APPROVER, SITE_ADMIN])
def test_site_admin_cannot_create_an_approver_or_site_admin(client, staff, role):
    client.force_login(staff["quantri"])
    response = client.post(reverse("wagtailusers_users:add"),
                           new_account(groups=[group(role).pk]))
    assert response.status_code == 200
    assert not staff["quantri"].__class__.objects.filter(username="phongvien.moi").exists()
    # The form comes back with what was typed.
    assert 'value="phongvien.moi"' in response.content.decode()
    assert response.context["form"].errors["groups"]


def test_site_admin_cannot_create_a_superuser(client, staff):
    client.force_login(staff["quantri"])
    client.post(reverse("wagtailusers_users:add"), new_account(is_superuser="on"))
    created = staff["quantri"].__class__.objects.get(username="phongvien.moi")
    assert not created.is_superuser


@pytest.mark.parametrize("target", ["admin", "lanhdao", "quantri2", "quantri"])
def test_site_admin_cannot_open_or_change_accounts_above_it(client, staff, target):
    client.force_login(staff["quantri"])
    account = staff[target]
    old_hash = account.password

    response = client.get(edit_url(account), follow=True)
    assert response.redirect_chain[0][0] == USERS
    assert any(REFUSED_ACCOUNT in m or "trang tài khoản" in m for m in messages_of(response))

    response = client.post(edit_url(account), {
        "username": account.username, "email": "moi@example.vn", "first_name": "A",
        "last_name": "B", "password1": PASSWORD, "password2": PASSWORD,
        "is_active": "on", "is_superuser": "on", "groups": [group(SITE_ADMIN).pk]})
    assert response.status_code == 302
    account.refresh_from_db()
    assert account.password == old_hash
    assert account.email != "moi@example.vn"

    response = client.post(delete_url(account))
    assert response.status_code == 302
    assert account.__class__.objects.filter(pk=account.pk).exists()


def test_site_admin_is_sent_to_its_account_page_for_its_own_password(client, staff):
    client.force_login(staff["quantri"])
    response = client.get(edit_url(staff["quantri"]), follow=True)
    assert reverse("wagtailadmin_account") in response.content.decode()
    assert any("trang tài khoản" in m for m in messages_of(response))


def test_site_admin_edits_a_reporter_but_gives_only_lower_roles(client, staff):
    client.force_login(staff["quantri"])
    reporter = staff["phongvien"]
    form = client.get(edit_url(reporter))
    assert 'name="is_superuser"' not in form.content.decode()

    refused = client.post(edit_url(reporter), account_form(
        client, reporter, groups=[group(REPORTER).pk, group(APPROVER).pk]))
    assert refused.status_code == 200
    assert list(reporter.groups.values_list("name", flat=True)) == [REPORTER]

    saved = client.post(edit_url(reporter), account_form(
        client, reporter, groups=[group(EDITOR).pk], password1=PASSWORD, password2=PASSWORD,
        is_superuser="on"))
    assert saved.status_code == 302
    reporter.refresh_from_db()
    assert list(reporter.groups.values_list("name", flat=True)) == [EDITOR]
    assert reporter.check_password(PASSWORD)
    assert not reporter.is_superuser


def test_site_admin_deactivates_and_deletes_a_focal_person(client, staff):
    client.force_login(staff["quantri"])
    focal = staff["daumoi"]
    data = account_form(client, focal)
    data.pop("is_active", None)
    assert client.post(edit_url(focal), data).status_code == 302
    focal.refresh_from_db()
    assert not focal.is_active

    assert client.post(delete_url(focal)).status_code == 302
    assert not focal.__class__.objects.filter(pk=focal.pk).exists()


def test_an_account_given_permissions_of_its_own_is_the_superusers(client, staff):
    reporter = staff["phongvien"]
    reporter.user_permissions.add(Permission.objects.get(codename="change_user"))
    client.force_login(staff["quantri"])
    response = client.get(edit_url(reporter), follow=True)
    assert any(REFUSED_ACCOUNT in m for m in messages_of(response))


def bulk_url(action, *users):
    ids = "&".join(f"id={user.pk}" for user in users)
    return (reverse("wagtail_bulk_action", args=["auth", "user", action])
            + f"?next={USERS}&{ids}")


def test_bulk_delete_leaves_accounts_above_the_site_admin(client, staff):
    client.force_login(staff["quantri"])
    url = bulk_url("delete", staff["admin"], staff["lanhdao"], staff["thamdinh"])
    confirm = client.get(url)
    assert any("lanhdao" in m and "admin" in m for m in messages_of(confirm))

    client.post(url)

    User = staff["admin"].__class__
    assert User.objects.filter(pk__in=[staff["admin"].pk, staff["lanhdao"].pk]).count() == 2
    assert not User.objects.filter(pk=staff["thamdinh"].pk).exists()


def test_bulk_assign_role_gives_only_lower_roles_to_lower_accounts(client, staff):
    client.force_login(staff["quantri"])
    url = bulk_url("assign_role", staff["phongvien"], staff["lanhdao"])

    refused = client.post(url, {"role": group(SITE_ADMIN).pk})
    assert refused.status_code == 200
    assert not staff["phongvien"].groups.filter(name=SITE_ADMIN).exists()

    client.post(url, {"role": group(EDITOR).pk})
    assert staff["phongvien"].groups.filter(name=EDITOR).exists()
    assert not staff["lanhdao"].groups.filter(name=EDITOR).exists()


def test_bulk_deactivation_leaves_accounts_above_the_site_admin(client, staff):
    client.force_login(staff["quantri"])
    client.post(bulk_url("set_active_state", staff["admin"], staff["quantri2"],
                         staff["bientap"]), {"mark_as_active": "False"})
    User = staff["admin"].__class__
    assert User.objects.get(pk=staff["admin"].pk).is_active
    assert User.objects.get(pk=staff["quantri2"].pk).is_active
    assert not User.objects.get(pk=staff["bientap"].pk).is_active


def test_superuser_keeps_every_power_over_accounts(client, staff):
    client.force_login(staff["admin"])
    approver = staff["lanhdao"]
    form = client.get(edit_url(approver))
    assert 'name="is_superuser"' in form.content.decode()
    response = client.post(edit_url(approver), account_form(
        client, approver, groups=[group(APPROVER).pk, group(SITE_ADMIN).pk],
        password1=PASSWORD, password2=PASSWORD))
    assert response.status_code == 302
    approver.refresh_from_db()
    assert approver.check_password(PASSWORD)
    assert approver.groups.filter(name=SITE_ADMIN).exists()


# --- groups --------------------------------------------------------------------------------

def group_url(name):
    return reverse("wagtailusers_groups:edit", args=[group(name).pk])


def test_site_admin_views_groups_and_edits_only_the_lower_roles(client, staff):
    client.force_login(staff["quantri"])
    html = client.get(GROUPS).content.decode()
    for name in (REPORTER, EDITOR, VERIFIER, FOCAL_PERSON, APPROVER, SITE_ADMIN):
        assert name in html
    for name in (REPORTER, EDITOR, VERIFIER, FOCAL_PERSON):
        assert f'href="{group_url(name)}"' in html
    for name in (APPROVER, SITE_ADMIN):
        assert f'href="{group_url(name)}"' not in html
    assert reverse("wagtailusers_groups:add") not in html


@pytest.mark.parametrize("name", [APPROVER, SITE_ADMIN])
def test_site_admin_cannot_edit_the_approver_or_its_own_group(client, staff, name):
    client.force_login(staff["quantri"])
    before = set(group(name).permissions.all())
    response = client.get(group_url(name), follow=True)
    assert response.redirect_chain[0][0] == GROUPS
    assert any("Quản trị chỉ sửa" in m for m in messages_of(response))

    client.post(group_url(name), {"name": name, "permissions": [
        p.pk for p in Permission.objects.filter(codename__in=["publish_page", "add_user"])]})
    assert set(group(name).permissions.all()) == before


def test_site_admin_cannot_create_a_group(client, staff):
    client.force_login(staff["quantri"])
    response = client.get(reverse("wagtailusers_groups:add"), follow=True)
    assert any("Chỉ quản trị viên cấp cao" in m for m in messages_of(response))
    client.post(reverse("wagtailusers_groups:add"), {"name": "Lãnh đạo 2"})
    assert not Group.objects.filter(name="Lãnh đạo 2").exists()


def test_site_admin_gives_a_lower_role_a_permission_it_holds(client, staff):
    client.force_login(staff["quantri"])
    add_sector = Permission.objects.get(codename="add_sector")
    data = form_data(client.get(group_url(REPORTER)))
    data["permissions"] = [*data.get("permissions", []), str(add_sector.pk)]

    response = client.post(group_url(REPORTER), data)

    assert response.status_code == 302
    assert group(REPORTER).permissions.filter(pk=add_sector.pk).exists()


@pytest.mark.parametrize("codename", ["change_user", "add_group", "change_workflow"])
def test_site_admin_cannot_give_staff_or_review_powers(client, staff, codename):
    client.force_login(staff["quantri"])
    permission = Permission.objects.get(codename=codename)
    data = form_data(client.get(group_url(EDITOR)))
    data["permissions"] = [*data.get("permissions", []), str(permission.pk)]

    response = client.post(group_url(EDITOR), data)

    assert response.status_code == 200
    assert not group(EDITOR).permissions.filter(pk=permission.pk).exists()
    html = response.content.decode()
    assert "Không có gì được lưu" in html
    # The form comes back as it was sent, the refused box still ticked.
    assert str(permission.pk) in response.context["form"]["permissions"].value()


def grant_on_page(data, page, *codenames):
    """``data`` of the group form with ``codenames`` ticked for ``page``, in its row if
    the group has one, else in a new row (as the "Add a page permission" button does)."""
    total = int(data["page_permissions-TOTAL_FORMS"][0])
    row = next((i for i in range(total)
                if data.get(f"page_permissions-{i}-page") == [str(page.pk)]), None)
    if row is None:
        row = total
        data["page_permissions-TOTAL_FORMS"] = [str(total + 1)]
        data[f"page_permissions-{row}-page"] = [str(page.pk)]
    data[f"page_permissions-{row}-permissions"] = [
        *data.get(f"page_permissions-{row}-permissions", []), *codenames]
    return data


def test_site_admin_cannot_give_publish_on_pages(client, staff):
    client.force_login(staff["quantri"])
    data = grant_on_page(form_data(client.get(group_url(EDITOR))), HomePage.objects.get(),
                         "publish_page", "bulk_delete_page")

    response = client.post(group_url(EDITOR), data)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Không có gì được lưu" in html
    assert f"xuất bản trang ({HomePage.objects.get().title})" in html
    assert not GroupPagePermission.objects.filter(
        group=group(EDITOR), permission__codename__in=["publish_page", "bulk_delete_page"],
    ).exists()


def test_site_admin_cannot_give_page_rights_it_does_not_hold(client, staff):
    client.force_login(staff["quantri"])
    root = Page.get_first_root_node()
    holds = GroupPagePermission.objects.filter(
        group__user=staff["quantri"], permission__codename="change_page").exists()
    data = grant_on_page(form_data(client.get(group_url(FOCAL_PERSON))), root, "change_page")

    response = client.post(group_url(FOCAL_PERSON), data)

    assert response.status_code == (302 if holds else 200)
    assert GroupPagePermission.objects.filter(
        group=group(FOCAL_PERSON), permission__codename="change_page").exists() == holds


def test_site_admin_cannot_give_image_rights_it_does_not_hold(client, staff):
    client.force_login(staff["quantri"])
    data = form_data(client.get(group_url(FOCAL_PERSON)))
    total = int(data["image_permissions-TOTAL_FORMS"][0])
    change_image = Permission.objects.get(content_type__app_label="wagtailimages",
                                          codename="change_image")
    held = GroupCollectionPermission.objects.filter(
        group__user=staff["quantri"], permission=change_image).exists()
    data.update({
        "image_permissions-TOTAL_FORMS": [str(total + 1)],
        f"image_permissions-{total}-collection": [str(Collection.get_first_root_node().pk)],
        f"image_permissions-{total}-permissions": [str(change_image.pk)],
    })

    response = client.post(group_url(FOCAL_PERSON), data)

    assert response.status_code == (302 if held else 200)
    assert group(FOCAL_PERSON).collection_permissions.filter(
        permission=change_image).exists() == held


def test_site_admin_cannot_rename_a_role(client, staff):
    client.force_login(staff["quantri"])
    data = form_data(client.get(group_url(VERIFIER)))
    data["name"] = ["Lãnh đạo mới"]
    client.post(group_url(VERIFIER), data)
    assert Group.objects.filter(name=VERIFIER).exists()


def test_superuser_edits_any_group_and_grants_anything(client, staff):
    client.force_login(staff["admin"])
    change_user = Permission.objects.get(codename="change_user")
    data = form_data(client.get(group_url(APPROVER)))
    data["permissions"] = [*data.get("permissions", []), str(change_user.pk)]
    assert client.post(group_url(APPROVER), data).status_code == 302
    assert group(APPROVER).permissions.filter(pk=change_user.pk).exists()
    assert client.get(reverse("wagtailusers_groups:add")).status_code == 200
