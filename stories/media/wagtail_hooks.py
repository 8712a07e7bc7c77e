"""The media package's place in Wagtail's admin: the permission policies of photos and
documents a live page uses (`live_media`), the edit and delete views and bulk actions that
say why they refuse, the audio snippet's guard, who may open a document
(`document_access`) and the staff's view of private photos (`photo_privacy`).

Imported by `stories.wagtail_hooks`, the module Wagtail loads.
"""

from wagtail import hooks

from stories.media import document_access, live_media, photo_privacy

live_media.register_policies()

# Before Wagtail's own patterns for the same paths (its hooks run at order 0).
hooks.register("register_admin_urls", live_media.explaining_media_urls, order=-1)
# After Wagtail's own (order 0): the registry keeps the last action of each type.
for action in live_media.BULK_ACTIONS:
    hooks.register("register_bulk_action", action, order=1)
hooks.register("before_edit_snippet", live_media.keep_live_audio_unedited)
hooks.register("before_delete_snippet", live_media.keep_live_audio_undeleted)

hooks.register("before_serve_document", document_access.check_document_reader)
hooks.register("register_log_actions", document_access.register_document_actions)


@hooks.register("register_admin_urls")
def private_photo_urls():
    return photo_privacy.admin_urls
