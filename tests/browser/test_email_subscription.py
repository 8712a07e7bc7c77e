"""Subscribing by email in Chromium: every step passes axe at phone and desktop sizes."""

import pytest

from tests.browser.conftest import AXE, AXE_MISSING, VIEWPORTS, ConsoleWatch, run_axe


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_subscribing_by_email_passes_axe(new_context, journey_content, viewport):
    if not AXE.is_file():
        pytest.skip(AXE_MISSING)
    page = new_context(**VIEWPORTS[viewport]).new_page()
    console = ConsoleWatch(page)
    page.goto("/nhan-tin/email/")
    run_axe(page, f"email subscription form ({viewport})")
    page.get_by_role("button", name="Đăng ký").click()
    page.wait_for_load_state()
    run_axe(page, f"email subscription form with errors ({viewport})")
    page.get_by_label("Địa chỉ email của bạn").fill("lan@vidu.vn")
    page.locator("input[name=columns]").first.check()
    page.get_by_role("button", name="Đăng ký").click()
    page.wait_for_url("**/nhan-tin/email/da-gui/")
    run_axe(page, f"check your mailbox ({viewport})")
    from stories.models import ColumnPage
    from stories.syndication.subscriptions_mail import confirm_token, unsubscribe_token
    column = ColumnPage.objects.order_by("path").first()
    page.goto(f"/nhan-tin/email/xac-nhan/{confirm_token('lan@vidu.vn', [column.pk], [])}/")
    run_axe(page, f"confirmed ({viewport})")
    page.goto(f"/nhan-tin/email/huy/{unsubscribe_token('lan@vidu.vn')}/")
    run_axe(page, f"unsubscribe ({viewport})")
    page.get_by_role("button", name="Hủy nhận tin").click()
    page.wait_for_load_state()
    assert "đã được xóa" in page.content()
    run_axe(page, f"unsubscribed ({viewport})")
    console.assert_clean(f"email subscription ({viewport})")
    page.goto("/nhan-tin/email/xac-nhan/sai/")
    run_axe(page, f"bad link ({viewport})")
