"""The only place the site reads private attributes of Django or the libraries Wagtail is
built on, each because no public way exists; `tests/stories/test_framework_internals.py`
fails when an upgrade changes what these rely on.

- Whether a file field holds a file assigned but not yet stored: Django keeps it in
  ``FieldFile._committed``. Photos are cleaned and recordings measured only then.
- Whether a page being previewed holds many-to-many choices not yet saved: modelcluster
  keeps them in ``_cluster_related_objects``, and a preview must show them, not the rows.
- The materialised path of a new page in the tree (django-treebeard's ``_get_path`` and
  ``_str2int``): the synthetic search corpus inserts tens of thousands of pages in bulk,
  where `add_child` would re-read the parent for every page.
"""

from wagtail.models import Page


def is_unsaved_file(field_file):
    """A file assigned to the field and not yet written to its storage."""
    return bool(field_file) and not field_file._committed


def unsaved_relations(instance):
    """Names of the cluster relations holding choices not yet written (a preview's)."""
    return set(getattr(instance, "_cluster_related_objects", {}))


def child_position(path):
    """The position among its siblings of the page at ``path`` (1 for the first)."""
    return Page._str2int(path[-Page.steplen:])


def child_path(parent, position):
    """The tree path of the child of ``parent`` at ``position``."""
    return Page._get_path(parent.path, parent.depth + 1, position)
