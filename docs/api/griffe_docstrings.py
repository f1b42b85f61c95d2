"""Griffe extension for the API reference: read the project's docstrings as written.

The source follows Google style as Sphinx napoleon reads it; griffe (mkdocstrings) differs
in three places, fixed here on the loaded docstring before it is parsed (the source files
are not changed):

- ``Example:`` (singular) is an examples section, as for napoleon. Griffe only knows
  ``Examples:`` and would render the singular as Markdown, where ``>>>`` lines become block
  quotes and ``[...]`` outputs broken links.
- ``.. versionadded:: 0.1.0`` becomes the sentence "Added in version 0.1.0.".
- Sphinx roles (``:func:`find_dates```, ``:class:`~eurasia_events.events.Event```) become
  inline code (``find_dates``, ``Event``).
- A module constant documented by ``#:`` comment lines above it (Sphinx autodoc) gets
  them as its docstring.

Named in ``mkdocs.yml`` under ``plugins.mkdocstrings.handlers.python.options.extensions``.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_EXAMPLE_TITLE = re.compile(r"^([ \t]*)Example:[ \t]*$", re.MULTILINE)
_VERSIONADDED = re.compile(r"^([ \t]*)\.\. versionadded:: *(\S+)[ \t]*$", re.MULTILINE)
_ROLE = re.compile(r":(?:py:)?(?:func|class|meth|mod|data|attr|exc|obj|const):`(~?)([^`]+)`")


def _role(match: re.Match[str]) -> str:
    target = match.group(2)
    if match.group(1):
        target = target.rsplit(".", 1)[-1]
    return f"`{target}`"


def convert(text: str) -> str:
    """The docstring ``text`` with the three changes above.

    Example:
        >>> convert("See :func:`~eurasia_events.dates.find_dates`.\\n\\nExample:\\n    >>> 1\\n    1")
        'See `find_dates`.\\n\\nExamples:\\n    >>> 1\\n    1'
    """
    text = _EXAMPLE_TITLE.sub(r"\1Examples:", text)
    text = _VERSIONADDED.sub(r"\1*Added in version \2.*", text)
    return _ROLE.sub(_role, text)


def comment_docstring(lines: list[str], lineno: int) -> str | None:
    """The ``#:`` comment lines just above line ``lineno`` (1-based), joined; None if none.

    Example:
        >>> comment_docstring(["#: The answer.", "#: Always.", "ANSWER = 42"], 3)
        'The answer.\\nAlways.'
    """
    found: list[str] = []
    index = lineno - 2
    while index >= 0 and lines[index].lstrip().startswith("#:"):
        found.insert(0, lines[index].lstrip()[2:].strip())
        index -= 1
    return "\n".join(found) or None


class SphinxDocstrings(griffe.Extension):
    """Apply :func:`convert` to every docstring griffe loads; read ``#:`` comments."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is None and obj.is_attribute and obj.lineno:
            try:
                text = comment_docstring(obj.lines_collection[obj.filepath], obj.lineno)
            except (KeyError, TypeError, AttributeError):
                text = None
            if text:
                obj.docstring = griffe.Docstring(text, lineno=obj.lineno, parent=obj)
        if obj.docstring is not None:
            obj.docstring.value = convert(obj.docstring.value)
