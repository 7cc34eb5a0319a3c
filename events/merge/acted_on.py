"""The things a sentence tells were acted on: the head nouns of what a deed was done to.

News tells one deed of a day more than once in a report, in other verbs each time: "The lid was lowered
on to the tank on Monday" in the body after "The lid, fitted on Monday, seals the tank" in the lead. What
stays the same is the thing acted on and the day, so the merge asks for both (`same_thing_of_the_day` in
events.merge.clusters). Read here from three shapes of English, no parser needed:

- a passive with no doer: "the new lid was fitted", "its outer hatch has been sealed";
- a participle set off after its noun: "The lid, fitted on Monday, ...";
- a deed's definite object: "Crews fitted the steel lid to the tank".
"""

from __future__ import annotations

import functools
import re

from events.extract.acts import deed_verb

# A determiner that picks out one thing already known ("the lid", "its hatch"); "a lid" may be another
_DEFINITE = r"(?:[Tt]he|[Ii]ts|[Tt]heir)"
# Up to two words before the head noun ("the new steel lid"), taken as few as the shape allows
_MODIFIERS = r"(?:[a-z][a-z-]*\s+){0,2}?"
_PARTICIPLE = r"[a-z]{3,}(?:ed|en)"

_PASSIVE = re.compile(
    rf"\b{_DEFINITE}\s+{_MODIFIERS}(?P<head>[a-z]{{3,}})\s+(?:was|were|(?:has|have|had)\s+been)\s+"
    rf"(?:[a-z]+ly\s+)?(?P<verb>{_PARTICIPLE})\b(?!\s+by\b)"
)
# "The lid, fitted on Monday, ...", "the hatch, sealed late on Friday": the participle with its time
_SET_OFF_WORDS = (
    rf"{_DEFINITE}\s+{_MODIFIERS}(?P<head>[a-z]{{3,}}),\s+(?P<verb>{_PARTICIPLE})\s+"
    r"(?:on|late|early|last|this|yesterday|at|in|overnight)\b"
)
_SET_OFF = re.compile(rf"\b{_SET_OFF_WORDS}")
# "fitted the steel lid to the tank": the noun phrase ends where a preposition, a conjunction, a relative
# or the clause's end begins
_OBJECT = re.compile(
    rf"\b(?P<verb>{_PARTICIPLE})\s+{_DEFINITE}\s+(?:[a-z][a-z-]*\s+){{0,2}}?(?P<head>[a-z]{{3,}})"
    r"(?=\s+(?:on|onto|in|into|to|at|from|with|and|over|off|for|after|before|as|which|that|early|late|"
    r"last|this|yesterday|overnight)\b|\s*[,.;:]|\s*$)"
)

# Heads that name people, bodies or spans of time, not a thing acted on: "the man was arrested" and "the
# man was charged" of one day are two deeds done to one person, and "the company was fined" tells who,
# not what
_NOT_A_THING = frozenset(
    (
        "man men woman women boy boys girl girls child children person persons people victim victims "
        "patient patients resident residents worker workers family families official officials "
        "company firm group government state country city town team crew crews police force forces "
        "suspect suspects leader leaders member members public market markets "
        "day days week weeks month months year years time times night morning afternoon evening "
        "first second third last rest number total amount level part"
    ).split()
)


def _singular(noun: str) -> str:
    # ("hatches" -> "hatch", "lids" -> "lid", "glass" stays)
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


@functools.lru_cache(maxsize=65_536)
def deeds_done(clause: str) -> frozenset[tuple[str, str]]:
    """The things a clause tells a deed was done to, each with its verb: "The new lid was fitted" ->
    {("lid", "fitted")}; "Crews fitted the steel lids to the tanks" -> {("lid", "fitted")}. Verbs of
    seeing, feeling or saying tell no deed ("the report was welcomed" is not)."""
    not_things = {_singular(x) for x in _NOT_A_THING}
    deeds: set[tuple[str, str]] = set()
    for pattern in (_PASSIVE, _SET_OFF, _OBJECT):
        for found in pattern.finditer(clause):
            head, verb = found.group("head"), found.group("verb")
            if deed_verb(verb) and head not in _NOT_A_THING and _singular(head) not in not_things:
                deeds.add((_singular(head), verb.lower()))
    return frozenset(deeds)


def acted_on(clause: str) -> frozenset[str]:
    """The head nouns, singular, of the things a clause tells a deed was done to (`deeds_done`): "The
    new lid was fitted" -> {"lid"}."""
    return frozenset(head for head, _verb in deeds_done(clause))


_OPENING_SET_OFF = re.compile(rf"^\W*{_SET_OFF_WORDS}")


@functools.lru_cache(maxsize=65_536)
def acted_on_at_opening(sentence: str) -> frozenset[str]:
    """The thing a sentence opens with, set off with the deed done to it: "The lid, fitted on Monday, is
    a first step" -> {"lid"}. It is the subject of the sentence's main clause, which the clause read for
    the act often leaves out ("is a first step")."""
    found = _OPENING_SET_OFF.match(sentence)
    if found is None or not deed_verb(found.group("verb")) or found.group("head") in _NOT_A_THING:
        return frozenset()
    return frozenset({_singular(found.group("head"))})
