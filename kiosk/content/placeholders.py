"""The {name} placeholders of a text: the one thing a translation must keep."""

from __future__ import annotations

from string import Formatter


def placeholders(text: str) -> tuple[str, ...]:
    """Names of the ``{name}`` fields in ``text``; ValueError for anything fancier."""
    names = []
    for _literal, name, spec, conversion in Formatter().parse(text):
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValueError(f"placeholder {{{name}}} must be a plain {{name}}")
        names.append(name)
    return tuple(names)
