"""The spaCy integration: the ``eurasia_events`` component and its ``._`` extensions.

- :mod:`.component`: the factory behind ``nlp.add_pipe("eurasia_events")``, declared as a
  ``spacy_factories`` entry point;
- :mod:`.extensions`: ``Doc._.events`` and ``Doc._.published``, registered on import.

Nothing is imported here: the component is loaded by spaCy through its entry point.
"""
