"""Who sees which unit's introductions: a unit's focal person works only with their own
unit's introductions, in every admin view (the permission policy registered here); the
home-affairs office, editors and administrators see every unit's."""

from django.core.exceptions import PermissionDenied
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from stories.editorial.roles import FOCAL_PERSON
from stories.models import FocalPerson, Introduction

_NOT_LOOKED_UP = object()


def units_of(user):
    """The units whose introductions ``user`` works with: None for every unit (the
    home-affairs office, editors, administrators: whoever may view introductions other
    than as a focal person), else the focal person's own unit, or none at all for a
    focal person not yet linked to a unit."""
    if not user.is_authenticated:
        return frozenset()
    units = getattr(user, "_introduction_units", _NOT_LOOKED_UP)
    if units is _NOT_LOOKED_UP:
        if user.is_superuser or _views_every_unit(user):
            units = None
        else:
            units = frozenset(FocalPerson.objects.filter(user=user)
                              .values_list("unit_id", flat=True))
        user._introduction_units = units
    return units


def _views_every_unit(user):
    view = {"permissions__content_type__app_label": "stories",
            "permissions__codename": "view_introduction"}
    return (user.groups.exclude(name=FOCAL_PERSON).filter(**view).exists()
            or user.user_permissions.filter(content_type__app_label="stories",
                                            codename="view_introduction").exists())


def visible_introductions(user, queryset=None):
    queryset = Introduction.objects.all() if queryset is None else queryset
    units = units_of(user)
    return queryset if units is None else queryset.filter(unit_id__in=units)


class IntroductionPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed for a focal person to their own unit's introductions;
    a focal person without a unit may do nothing."""

    def user_has_permission(self, user, action):
        units = units_of(user)
        return (units is None or bool(units)) and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        units = units_of(user)
        return self.user_has_permission(user, action) and (
            units is None or instance.unit_id in units)

    def instances_user_has_any_permission_for(self, user, actions):
        return visible_introductions(
            user, super().instances_user_has_any_permission_for(user, actions))


# Registered before any admin view asks for the model's policy: the views, the menu, the
# bulk actions and the choosers all take it from the registry.
register_permission_policy(Introduction, IntroductionPermissionPolicy(Introduction))


def introduction_policy():
    return policy_registry.get_by_type(Introduction)


def require_adding(user):
    if not introduction_policy().user_has_permission(user, "add"):
        raise PermissionDenied
