"""Queries composed by the ORM once, then run many times with new values.

Composing a query costs Django far more than running it: for a page joined to its
Wagtail base row, about 1.5 ms to compose against 0.2 ms to run. Public pages run the
same few queries on every view with only an id or a path changing, so each is composed
once per process and database (with placeholder values standing in for the arguments)
and afterwards only executed, its values converted exactly as the ORM converts them.
"""

import threading

from django.apps import apps
from django.db import DEFAULT_DB_ALIAS, connections

# Placeholder arguments, found again among the composed query's parameters to learn where
# each argument goes. Numbers stay small: Django drops a comparison with a value out of
# a small integer field's range before writing any SQL.
_INT_MARKS = (20_011, 27_361)
_STR_MARK = "\x1fguongsang-argument-{}\x1f"


class PreparedQuery:
    """``build(*args)`` returns a `values_list()` queryset; calling the PreparedQuery
    with the same arguments returns its rows as tuples, composing SQL only the first time
    for each database and each length of list arguments.

    Arguments are ints, strs, or lists of them (an ``IN`` of that many values).
    """

    def __init__(self, build):
        self.build = build
        self._shapes = {}
        self._lock = threading.Lock()

    def __call__(self, *args, using=DEFAULT_DB_ALIAS):
        shape = (using, *(
            (type(arg[0]) if arg else int, len(arg)) if isinstance(arg, list | tuple)
            else type(arg) for arg in args))
        prepared = self._shapes.get(shape)
        if prepared is None:
            with self._lock:
                prepared = self._shapes.get(shape) or self._prepare(shape, args, using)
                self._shapes[shape] = prepared
        if prepared is _NOTHING:
            return []
        sql, template, positions, converters = prepared
        params = list(template)
        for places, value in zip(positions, _flatten(args), strict=True):
            for position in places:
                params[position] = value
        connection = connections[using]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if not converters:
            return rows
        converted = []
        for row in rows:
            row = list(row)
            for position, functions, expression in converters:
                value = row[position]
                for function in functions:
                    value = function(value, expression, connection)
                row[position] = value
            converted.append(tuple(row))
        return converted

    def _prepare(self, shape, args, using):
        if any(isinstance(arg, list | tuple) and not arg for arg in args):
            return _NOTHING  # an IN of no values: the ORM would answer [] unasked
        # Composed with two sets of placeholders: where an argument goes must not depend
        # on which placeholder stood for it (a constant equal to one would show).
        first = self._compose(args, using, _INT_MARKS[0])
        second = self._compose(args, using, _INT_MARKS[1])
        if first[2] != second[2] or not all(first[2]):
            raise ValueError(f"{self.build.__qualname__}: cannot tell the arguments "
                             "apart from the constants of the composed query.")
        return first

    def _compose(self, args, using, base):
        counter = iter(range(10_000))
        marked_args = []
        for arg in args:
            if isinstance(arg, list | tuple):
                marked_args.append([_mark(item, next(counter), base) for item in arg])
            else:
                marked_args.append(_mark(arg, next(counter), base))
        queryset = self.build(*marked_args).using(using)
        compiler = queryset.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        params = list(params)
        # Each argument's positions: one value may be compared in several places.
        positions = [tuple(i for i, param in enumerate(params) if param == mark)
                     for mark in _flatten(marked_args)]
        fields = [selected[0] for selected in compiler.select[:compiler.col_count]]
        converters = [(position, functions, expression) for position, (functions, expression)
                      in compiler.get_converters(fields).items()]
        return sql, params, positions, converters


_NOTHING = object()


class PreparedInstances:
    """Model instances from a prepared query.

    ``build(*args)`` returns a queryset of ``model`` (a class or "app_label.Model"), with
    filters and order only. The instances load ``fields`` (all by default, the rest
    deferred), the foreign keys in ``related`` come filled in (with the fields listed for
    each, or all), and the annotations named in ``extra`` are set on them."""

    def __init__(self, model, build, *, fields=None, related=None, extra=()):
        # Resolved on first use, so that queries can be declared beside the models.
        self._declared = (model, fields, related or {})
        self.build = build
        self.extra = extra
        self.groups = None
        self.query = None

    def _setup(self):
        model, fields, related = self._declared
        if isinstance(model, str):
            model = apps.get_model(model)
        groups = [_Group(model, None, fields)]
        groups += [_Group(model._meta.get_field(name).related_model,
                          model._meta.get_field(name), names)
                   for name, names in related.items()]
        columns = [column for group in groups for column in group.columns]
        build, extra = self.build, self.extra
        self.query = PreparedQuery(lambda *args: build(*args).values_list(*columns, *extra))
        self.groups = groups

    def __call__(self, *args, using=DEFAULT_DB_ALIAS):
        if self.groups is None:
            self._setup()
        instances = []
        for row in self.query(*args, using=using):
            start = 0
            main = None
            for group in self.groups:
                selected = row[start:start + len(group.columns)]
                start += len(group.columns)
                instance = group.instance(using, selected)
                if group.field is None:
                    main = instance
                else:
                    group.field.set_cached_value(main, instance)
            for name, value in zip(self.extra, row[start:], strict=True):
                setattr(main, name, value)
            instances.append(main)
        return instances


class _Group:
    """The columns of one model in a PreparedInstances row, and how to build it."""

    def __init__(self, model, field, names):
        self.model = model
        self.field = field  # None for the main model, else the foreign key it fills
        self.names = field_names(model, names)
        pk = model._meta.pk.attname
        # Under multi-table inheritance every ancestor's id equals the parent link: it is
        # selected once (a query wrapped for a window filter keeps one column per name).
        own = [name for name in self.names
               if name == pk or name not in _ancestor_pks(model)]
        self.sources = [own.index(name) if name in own else own.index(pk)
                        for name in self.names]
        self.pk_index = own.index(pk)
        prefix = f"{field.name}__" if field else ""
        self.columns = [prefix + name for name in own]

    def instance(self, using, selected):
        if selected[self.pk_index] is None:  # an empty foreign key
            return None
        return self.model.from_db(using, self.names, [selected[i] for i in self.sources])


def _ancestor_pks(model):
    return {parent._meta.pk.attname for parent in model._meta.get_parent_list()}


def field_names(model, names):
    """Attribute names of the concrete fields to load, in the model's own order (as
    `Model.from_db` expects), primary keys always included."""
    concrete = model._meta.concrete_fields
    if names is None:
        return [f.attname for f in concrete]
    wanted = {model._meta.get_field(name).attname for name in names}
    return [f.attname for f in concrete if f.attname in wanted or f.primary_key
            or (f.one_to_one and f.remote_field.parent_link)]


def _mark(value, index, base):
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError("PreparedQuery arguments are ints, strs or lists of them.")
    return base + index if isinstance(value, int) else _STR_MARK.format(index)


def _flatten(args):
    for arg in args:
        if isinstance(arg, list | tuple):
            yield from arg
        else:
            yield arg
