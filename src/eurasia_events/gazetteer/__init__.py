"""The gazetteer: countries, cities, organizations and persons by any name the news uses.

:meth:`Gazetteer.default` is the bundled gazetteer (built once, shared, read-only);
:meth:`Gazetteer.copy` gives a private one that can be extended with ``add_*`` and
:meth:`Gazetteer.load` without touching the shared one. Lookups are case- and
diacritic-insensitive and ignore a leading "the"; acronyms ("UN", "US", "CIS") match only
when written in capitals. Canonical ids follow the spec (``EVENTS.md``, section 3).

Example:
    >>> import datetime
    >>> from eurasia_events.gazetteer import Gazetteer
    >>> g = Gazetteer.default()
    >>> g.country("Kazakhstani").code, g.country("Türkiye").name
    ('KAZ', 'Turkey')
    >>> g.city("Nur-Sultan").name, g.organization("Turkic Council").id
    ('Astana', 'OTS')
    >>> g.person("the Uzbek president", on=datetime.date(2023, 5, 1)).name
    'Shavkat Mirziyoyev'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from .entries import City, Country, Office, Organization, Person
from ._gazetteer import Gazetteer

__all__ = ["Gazetteer", "Country", "City", "Organization", "Person", "Office"]
