"""Text under the stages: the spaCy pipeline, token tables, folding and chunking.

- :mod:`.pipeline`: ``make_nlp()``, blank English (or a trained pipeline) with the
  library's sentence rules for news text;
- :mod:`.tokens`: a Doc's token attributes as plain lists, and bounded lookup tables;
- :mod:`.fold`: case- and diacritic-insensitive keys, and phrase tokens;
- :mod:`.chunking`: long texts cut into paragraph-aligned pieces.

It imports only the errors and the record model's neighbours below it, never a stage.
"""

from __future__ import annotations

from .chunking import chunks

__all__ = ["chunks"]
