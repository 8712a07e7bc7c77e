"""Tracking for the home-affairs office: introductions against quotas, and reminders."""

admin_urls = []
