"""Events the text names by an acronym it defines: "the Eastern Economic Forum (EEF) ...
on the sidelines of the EEF" and "the Boao Forum for Asia (BFA) ... the BFA conference" tell the
same forum, so the later acronym is a trigger of the named event, under its full name."""

from __future__ import annotations

from ...text.tokens import Words
from ..rules import Rule
from ._table import Mention

__all__ = ["event_acronyms"]

#: lower-case words inside an event's name ("Boao Forum for Asia", "Forum of the Regions")
_NAME_LINKS = frozenset(["of", "for", "and", "the", "on", "-", "–"])
#: the event noun an acronym may head ("the BFA conference", "the EEF session")
_HEAD_NOUNS = frozenset(["conference", "forum", "summit", "session", "meeting", "congress", "expo"])
_EVENT_TYPES = frozenset(["Forum", "Summit"])
#: the words before an acronym told as the event ("at the EEF", "on the sidelines of the EEF", "attended the EEF")
_AT = frozenset(["at", "of", "during", "attend", "attended", "attends", "attending", "address", "addressed", "addressing"])


def _definitions(w: Words, triggers: list[Mention], names: list[Mention]) -> dict[str, tuple[str, str, int]]:
    """Acronym -> (event type, full name, token after the definition) for each "Name (ACR)"."""
    n = len(w.text)
    named_at = {i for m in names for i in range(m.start, m.end)}  # (gazetteer names: "(SCO)" is an organization's)
    out: dict[str, tuple[str, str, int]] = {}
    for t in triggers:
        if t.value.type not in _EVENT_TYPES or not w.text[t.start][:1].isupper():
            continue
        end = t.end  # the name goes on after its noun: "Boao Forum for Asia (BFA)"
        while end < n and w.text[end] != "(" and end - t.end < 4 and (w.text[end][:1].isupper() or w.lower[end] in _NAME_LINKS):
            end += 1
        if not (end + 2 < n and w.text[end] == "(" and w.text[end + 2] == ")"):
            continue
        acronym = w.text[end + 1]
        if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()) or (end + 1) in named_at or acronym in out:
            continue
        start = t.start
        while start - 1 >= 0 and w.lower[start - 1] != "the" and (w.text[start - 1][:1].isupper() or (w.lower[start - 1] in _NAME_LINKS - {"the"} and start - 2 >= 0
                                                                     and w.text[start - 2][:1].isupper())) and w.sent_start[start] != start:
            start -= 1
        if any(i in named_at for i in range(start, end)):
            continue  # (an organization's name, which the gazetteer tells)
        a, b = w.chars(start, end)
        out[acronym] = (t.value.type, " ".join(w.string[a:b].split()), end + 3)
    return out


def event_acronyms(w: Words, triggers: list[Mention], names: list[Mention]) -> list[Mention]:
    """A trigger for each later use of an acronym the text defined for a named event."""
    defined = _definitions(w, triggers, names)
    if not defined:
        return []
    taken = {i for t in triggers for i in range(t.start, t.end)}
    out = []
    for i, text in enumerate(w.text):
        if text not in defined or i in taken:
            continue
        event_type, name, after = defined[text]
        if i < after:
            continue  # (the definition itself)
        headed = i + 1 < len(w.text) and w.lower[i + 1] in _HEAD_NOUNS
        lead = w.lower[max(0, i - 2) : i]
        if not headed and not (lead and (lead[-1] in _AT or (lead[-1] == "the" and len(lead) == 2 and lead[0] in _AT))):
            continue  # (told as the event only: "at the EEF", "the BFA conference"; "the BFA is an organization" is none)
        end = i + 1 + headed
        a, b = w.chars(i, end)
        rule = Rule(type=event_type, pattern=w.string[a:b], id=f"acronym-{text}", name=name)
        out.append(Mention("trigger", i, end, a, b, w.string[a:b], event_type, rule))
    return out
