"""For a lost or replaced phone: the person's authenticator app is forgotten, every session
they had that gave a code no longer counts as verified, and their next sign-in asks them
to set up the app again (with a password: change it too if it may have leaked)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp import devices_for_user


class Command(BaseCommand):
    help = ("Forget a user's two-factor devices (lost phone); at their next sign-in they set "
            "up the authenticator app again.")

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user is called {username!r}.")
        removed = 0
        for device in list(devices_for_user(user, confirmed=None)):
            device.delete()
            removed += 1
        self.stdout.write(f"Removed {removed} two-factor device(s) of {username}. At the next "
                          "sign-in they set up the authenticator app again.")
