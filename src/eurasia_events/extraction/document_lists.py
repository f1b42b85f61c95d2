"""Lists of signed documents: which records a count or an intro line stands for.

"Three documents were signed: an agreement on A, a protocol on B and a memorandum on C"
gives the three listed records only; "24 documents, including the Treaty on X" gives the
count record and one per named document (spec section 5).
"""

from __future__ import annotations

import re

from .merging import Draft, count_of, is_plural


#: what opens the list of a count inside its sentence ("signed three documents, including A, B and C")
_INCLUDING = re.compile(r"\b(?:including|namely|among them|among which|among these)\b", re.I)
#: a next sentence that lists the documents just counted ("They include A, B and C", "Among them were ...")
_THEY_INCLUDE = re.compile(
    r"^\s*(?:(?:they|these|those|the documents|the agreements|the deals)\s+(?:include|included|are|were|comprise|comprised|cover|covered)"
    r"|among (?:them|these|the documents)\s+(?:are|were|is|was)?)\b", re.I)


def _items(drafts: list[Draft], k: int, sent_start: int, after: int) -> list[int]:
    """The other document drafts told in the sentence that starts at sent_start, after the offset."""
    return [i for i, d in enumerate(drafts) if d.document and i != k
            and any(x.sent_start_char == sent_start and x.trigger.start_char > after for x in d.candidates)]


def _inline_list(drafts: list[Draft], out: dict[int, int]) -> None:
    """"The following documents were signed: an agreement on A; a memorandum on B", "three documents
    were signed: ...": the count (or "the following") before a colon introduces exactly the documents
    its sentence lists after it; each item -> the intro (spec section 5: only the listed records).
    A count whose documents are all named after "including", or in the next sentence ("They include
    A, B and C"), introduces its list the same way; a count of which only some are named stays."""
    for k, intro in enumerate(drafts):
        c = intro.first
        if not intro.document or len(intro.candidates) > 1 or not is_plural(c.trigger.text):
            continue
        rest = c.trigger.end_char - c.sent_start_char
        colon = c.sentence_text.find(":", rest)
        lead = c.lead_in.lower().split()[-3:]
        if colon >= 0:
            items = _items(drafts, k, c.sent_start_char, c.sent_start_char + colon)
            if len(items) >= 2 and ("following" in lead or count_of(c) == len(items)):
                out.update(dict.fromkeys(items, k))
            continue
        count = count_of(c)
        if count is None or count < 2:
            continue
        m = _INCLUDING.search(c.sentence_text, rest)
        if m is not None:
            items = _items(drafts, k, c.sent_start_char, c.sent_start_char + m.end())
        else:  # the next sentence, when it opens by listing them
            nxt = [x for i, d in enumerate(drafts) if d.document and i != k for x in d.candidates if x.sent_index == c.sent_index + 1]
            m = _THEY_INCLUDE.match(nxt[0].sentence_text) if nxt else None
            items = _items(drafts, k, nxt[0].sent_start_char, nxt[0].sent_start_char + m.end() - 1) if m is not None else []
        if len(items) == count:
            out.update(dict.fromkeys(items, k))


def listed_documents(drafts: list[Draft], text: str) -> dict[int, int]:
    """Each document listed under "N documents were signed:" -> the draft of that line, whose
    parties it takes when it names none."""
    out: dict[int, int] = {}
    _inline_list(drafts, out)
    for i, d in enumerate(drafts):
        at = d.first.list_intro
        if at is None or i in out:
            continue
        intro = next((k for k, o in enumerate(drafts) if o.document and o is not d
                      and any(c.sent_start_char <= at < c.sent_end_char or at <= c.sent_start_char < text.find("\n", at) for c in o.candidates)), None)
        if intro is None:
            continue
        out[i] = intro
        if not any(role == "party" for _, role in d.participants.values()):
            for key, (actor, role) in drafts[intro].participants.items():
                if role == "party":
                    d.participants.setdefault(key, (actor, role))
    if not out:
        return out
    items = list(out)
    for i in items:  # "the documents were signed by X and Y" (the intro, or told of the list later): X and Y sign each
        if not any(key[0] == "person" for key in drafts[i].participants):
            for key, (actor, role) in drafts[out[i]].participants.items():
                if key[0] == "person" and role == "signatory":
                    drafts[i].participants.setdefault(key, (actor, role))
    # "visited Ashgabat to sign bilateral documents", "X and Y signed documents": documents told
    # in the plural, with no name and no count, around a list are the listed ones; their signers sign each
    for k, o in enumerate(drafts):
        if not o.document or k in out or k in out.values() or o.name or any(count_of(c) is not None or not is_plural(c.trigger.text) for c in o.candidates):
            continue
        out[k] = k  # given by its items, as the count that introduces them
        signers = [(key, actor) for key, (actor, role) in o.participants.items() if key[0] == "person"]
        for i in items:
            if signers and not any(key[0] == "person" for key in drafts[i].participants):
                for key, actor in signers:
                    drafts[i].participants.setdefault(key, (actor, "signatory"))
    return out
