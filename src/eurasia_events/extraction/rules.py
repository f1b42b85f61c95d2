"""The one rule mechanism: :class:`Rule` and :func:`load_rules`.

Built-in trigger rules are data (``data/rules/*.jsonl``) loaded by the same
:func:`load_rules` that users call for their own files, and added with the same
:meth:`eurasia_events.Extractor.add_triggers`.

A rule file is JSON Lines: one JSON object a line, blank lines and lines starting with
``#`` ignored. Keys:

``id`` (str, optional)
    a name for the rule, shown in errors and in ``Event.trigger`` explanations.
``type`` (str, required)
    the event type the rule triggers (``"Summit"``, or a custom type's name).
``pattern`` (str or list, required)
    a phrase (matched case-insensitively, token by token) or a spaCy ``Matcher`` token
    pattern (a list of token dicts).
``roles`` (dict, optional)
    role hints: which role the actors ``before`` and ``after`` the trigger in its
    sentence take, e.g. ``{"before": "visitor", "after": "host"}``.
``anchor`` (str, optional)
    ``"noun"`` (default for phrases: "the summit") or ``"verb"`` ("met with"): nouns can
    carry a name ("the VI CICA Summit") and be referred to again ("the summit").
``document`` (str, optional)
    for signing rules: the kind of document (``"memorandum"``, ``"agreement"``).

Example:
    >>> from eurasia_events.extraction.rules import Rule
    >>> Rule.from_dict({"type": "Visit", "pattern": "toured", "roles": {"before": "visitor"}}).pattern
    'toured'
"""

from __future__ import annotations

import json
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import Any, Iterable, Mapping

import attrs

from ..errors import RuleError

__all__ = ["Rule", "load_rules", "builtin_rules", "ROLE_SIDES"]

#: The keys of a rule's ``roles``: where, relative to the trigger, an actor takes the role.
ROLE_SIDES = ("before", "after", "subject", "object")
_ALLOWED_KEYS = ("id", "type", "pattern", "roles", "anchor", "document", "name")
_ALLOWED_ANCHORS = ("noun", "verb")
_ROLES = ("host", "visitor", "party", "signatory", "chair", "speaker", "organizer", "participant")


def _freeze_pattern(value: Any) -> str | tuple[Any, ...]:
    if isinstance(value, str):
        return value
    return tuple(json.dumps(tok, sort_keys=True) for tok in value)


@attrs.frozen
class Rule:
    """One trigger rule: a phrase or token pattern that signals an event of a type.

    Build rules with :meth:`from_dict` (validating, with clear errors) or directly.

    Example:
        >>> r = Rule.from_dict({"id": "drill", "type": "MilitaryExercise",
        ...                     "pattern": [{"LOWER": "drills"}]})
        >>> r.is_phrase
        False
    """

    type: str
    pattern: str | tuple[str, ...] = attrs.field(converter=_freeze_pattern)
    id: str | None = None
    roles: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=lambda v: tuple(sorted(dict(v).items())) if v else ()
    )
    anchor: str = "noun"
    document: str | None = None
    name: str | None = None

    @property
    def is_phrase(self) -> bool:
        """True for a phrase rule, False for a token-pattern rule."""
        return isinstance(self.pattern, str)

    @property
    def token_pattern(self) -> list[dict[str, Any]]:
        """The rule as a spaCy ``Matcher`` pattern (phrases become LOWER patterns)."""
        if isinstance(self.pattern, str):
            from ..text.fold import phrase_tokens

            return [{"LOWER": tok.lower()} for tok in phrase_tokens(self.pattern)]
        return [json.loads(tok) for tok in self.pattern]

    def role_for(self, side: str) -> str | None:
        """The role hint for actors on ``side`` ("before"/"after") of the trigger."""
        return dict(self.roles).get(side)

    def to_dict(self) -> dict[str, Any]:
        """The rule as a JSON object of the rule-file format."""
        out: dict[str, Any] = {"type": self.type}
        if self.id:
            out["id"] = self.id
        out["pattern"] = self.pattern if isinstance(self.pattern, str) else self.token_pattern
        if self.roles:
            out["roles"] = dict(self.roles)
        if self.anchor != "noun":
            out["anchor"] = self.anchor
        if self.document:
            out["document"] = self.document
        if self.name:
            out["name"] = self.name
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, origin: str = "rule") -> Rule:
        """Validate and build a rule from its JSON object.

        Args:
            data: the rule object.
            origin: where it came from (``"rules.jsonl, line 3"``), quoted in errors.

        Raises:
            RuleError: unknown or missing keys, a bad pattern, an unknown role or anchor.
        """
        if not isinstance(data, Mapping):
            raise RuleError(f"{origin}: a rule must be a JSON object, got {type(data).__name__}")
        unknown = sorted(set(data) - set(_ALLOWED_KEYS))
        if unknown:
            raise RuleError(
                f"{origin}: unknown key(s) {', '.join(map(repr, unknown))}; allowed keys: {', '.join(_ALLOWED_KEYS)}"
            )
        for key in ("type", "pattern"):
            if key not in data:
                raise RuleError(f"{origin}: missing required key {key!r}")
        if not isinstance(data["type"], str) or not data["type"]:
            raise RuleError(f"{origin}: 'type' must be a non-empty string, got {data['type']!r}")
        pattern = data["pattern"]
        if isinstance(pattern, str):
            if not pattern.strip():
                raise RuleError(f"{origin}: 'pattern' is an empty phrase")
        elif isinstance(pattern, list) and pattern and all(isinstance(t, dict) for t in pattern):
            _check_token_pattern(pattern, origin)
        else:
            raise RuleError(
                f"{origin}: 'pattern' must be a phrase (string) or a spaCy token pattern "
                f"(a non-empty list of objects), got {pattern!r}"
            )
        roles = data.get("roles") or {}
        if not isinstance(roles, Mapping):
            raise RuleError(f"{origin}: 'roles' must be an object like {{\"before\": \"host\"}}, got {roles!r}")
        for side, role in roles.items():
            if side not in ROLE_SIDES:
                raise RuleError(f"{origin}: unknown role side {side!r}; allowed: {', '.join(ROLE_SIDES)}")
            if role not in _ROLES:
                raise RuleError(f"{origin}: unknown role {role!r} for {side!r}; allowed: {', '.join(_ROLES)}")
        anchor = data.get("anchor", "noun" if isinstance(pattern, str) else "verb")
        if anchor not in _ALLOWED_ANCHORS:
            raise RuleError(f"{origin}: 'anchor' must be one of {', '.join(_ALLOWED_ANCHORS)}, got {anchor!r}")
        roles = {("before" if s == "subject" else "after" if s == "object" else s): r for s, r in roles.items()}
        return cls(
            type=data["type"],
            pattern=pattern,
            id=data.get("id"),
            roles=roles,
            anchor=anchor,
            document=data.get("document"),
            name=data.get("name"),
        )


def _check_token_pattern(pattern: list[dict[str, Any]], origin: str) -> None:
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab

    try:
        Matcher(Vocab(), validate=True).add("check", [pattern])
    except Exception as err:  # spaCy raises ValueError/MatchPatternError with its own text
        raise RuleError(f"{origin}: invalid spaCy token pattern: {err}") from None


def load_rules(source: str | PathLike[str] | Iterable[Mapping[str, Any]]) -> list[Rule]:
    """Load rules from a JSONL file (path) or from an iterable of rule objects.

    Args:
        source: a path to a ``.jsonl`` file (``.json`` holding a list also works), or
            rule objects.

    Returns:
        The rules, in file order.

    Raises:
        RuleError: naming the file, the line (or entry) and what is wrong.

    Example:
        >>> rules = load_rules([{"type": "Visit", "pattern": "toured"}])
        >>> rules[0].type
        'Visit'
    """
    if isinstance(source, (str, PathLike)):
        path = Path(source)
        try:
            raw = path.read_text(encoding="utf-8")
        except OSError as err:
            raise RuleError(f"cannot read rule file {str(path)!r}: {err.strerror or err}") from None
        return _parse_rule_text(raw, str(path))
    rules = []
    for i, item in enumerate(source):
        rules.append(Rule.from_dict(item, origin=f"rule #{i}"))
    return rules


def _parse_rule_text(raw: str, name: str) -> list[Rule]:
    stripped = raw.lstrip()
    if stripped.startswith("["):
        try:
            items = json.loads(raw)
        except json.JSONDecodeError as err:
            raise RuleError(f"{name}, line {err.lineno}: invalid JSON: {err.msg}") from None
        return [Rule.from_dict(item, origin=f"{name}, entry {i}") for i, item in enumerate(items)]
    rules = []
    for lineno, line in enumerate(raw.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            raise RuleError(f"{name}, line {lineno}: invalid JSON: {err.msg} (column {err.colno})") from None
        rules.append(Rule.from_dict(item, origin=f"{name}, line {lineno}"))
    return rules


_BUILTIN: list[Rule] | None = None


def builtin_rules() -> list[Rule]:
    """The built-in trigger rules shipped in ``eurasia_events/data/rules/``."""
    global _BUILTIN
    if _BUILTIN is None:
        rules: list[Rule] = []
        folder = resources.files("eurasia_events") / "data" / "rules"
        for entry in sorted(folder.iterdir(), key=lambda p: p.name):
            if entry.name.endswith(".jsonl"):
                rules.extend(_parse_rule_text(entry.read_text(encoding="utf-8"), f"eurasia_events/data/rules/{entry.name}"))
        _BUILTIN = rules
    return list(_BUILTIN)
