"""Regular expressions compiled when first used, not when their module is imported.

The extraction's rules hold a few hundred patterns, and compiling them all is a tenth of a second of
every command that imports the package, adding one article included; most sentences reach only a
few of the rules (a trigger whose stems a sentence lacks is never tried), so a pattern no article
has needed yet is never compiled.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any


class LazyPattern:
    """A `re.Pattern[str]` for the methods the rules use, compiled on the first call of any of them.

    After that first call the instance's methods are the compiled pattern's own (bound C methods put
    in the instance's dict), so a rule tried a million times in a build pays nothing for being lazy.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            # (led by a look-ahead for the characters a match opens with: the same matches, found sooner
            # by a search, which most rules are; `pattern` stays the source, for the rules built on it)
            compiled = re.compile(with_first_characters(self.pattern, self._flags), self._flags)
            self._compiled = compiled
            # Shadow the class's methods below with the compiled pattern's (see the class docstring).
            for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
                setattr(self, name, getattr(compiled, name))
        return self._compiled

    def required_substrings(self) -> tuple[str, ...] | None:
        """See `required_substrings`; worked out from the source, without compiling the pattern."""
        return required_substrings(self.pattern, self._flags)

    @property
    def flags_given(self) -> int:
        """The flags as given, without compiling the pattern."""
        return self._flags

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

    def __eq__(self, other: object) -> bool:
        # As compiled patterns compare: by source and flags (a pattern sent to a worker equals its own).
        if not isinstance(other, LazyPattern):
            return NotImplemented
        return (self.pattern, self._flags) == (other.pattern, other._flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self._flags))

    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, int]]:
        # Sent to another process (the Dask engine's workers) as its source, compiled there when used.
        return (LazyPattern, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"


# Characters that a case-insensitive pattern matches to an ASCII letter but that `str.lower` does not
# turn into it (dotless i, long s; dotted capital I lowers to "i" and a combining dot): a text holding
# one may match a pattern without holding its lower-cased words, so no stem is trusted for it.
UNFOLDED = ("ı", "ſ", "\u0307")

# Bounds that keep the derivation cheap: the strings a run of a pattern can spell, and their length.
_MAX_SPELLINGS = 256
_MAX_CLASS = 10
_Parsed = Any  # re._parser.SubPattern and its items (the module has no types)


def required_substrings(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-cased strings one of which every match of `pattern` contains, in its lower-cased text (None
    when no such set was found: the pattern must be tried on every text). A text lacking all of them,
    lower-cased and free of UNFOLDED characters, cannot match, so a rule need not run on it.

    Worked out from the parsed pattern: a run of literals, small classes and alternations spells a finite
    set of strings, any of which a match holds; an alternation needs one set per branch. Of the sets a
    sequence offers, the one whose shortest string is longest (then the smallest) is kept."""
    from re import _parser  # type: ignore[attr-defined]

    need = _needed(_parser.parse(pattern, flags), _parser)
    # A cased letter outside ASCII may match, under IGNORECASE, a letter that `str.lower` does not give it
    # ("µ" and "μ", a final "ς" and "σ"): a text without the string could still match, so no need is claimed
    if need is None or not all(all(c.isascii() or c.lower() == c.upper() for c in s) for s in need):
        return None
    return tuple(sorted(need))


def required_per_branch(pattern: str, flags: int = 0) -> tuple[tuple[tuple[str, ...], ...], ...] | None:
    """For each top-level alternative of `pattern`, every set of lower-cased strings its matches hold one of
    (a match of "sign(ed|s) ... (law|bill)" holds "sign" and one of "law" or "bill"): a text, lower-cased and
    free of UNFOLDED characters, where no alternative finds one string of each of its sets cannot match. A
    finer test than `required_substrings`, whose one set per alternative a long rule's common words pass
    ("order", "force"); None when some alternative asks nothing."""
    from re import _parser  # type: ignore[attr-defined]

    alternatives: list[tuple[tuple[str, ...], ...]] = []
    for sets in _alternatives(list(_parser.parse(pattern, flags)), _parser):
        if not sets:
            return None
        alternatives.append(tuple(tuple(sorted(need)) for need in sets))
    return tuple(alternatives)


def _alternatives(items: list[_Parsed], p: Any) -> list[list[frozenset[str]]]:
    """The needs of each alternative of the sequence `items`: those of its widest alternation (inside a
    group too: "\b(charged|indicted ...)"; the parser moves what every alternative opens with out in front
    of it), each with the needs of the items around it."""
    best = -1
    branches: list[Any] = []
    for i, (op, av) in enumerate(items):
        if op is p.BRANCH and len(av[1]) > len(branches):
            best, branches = i, [list(branch) for branch in av[1]]
        elif op is p.SUBPATTERN and any(inner_op is p.BRANCH for inner_op, _ in av[-1]):
            inner = _alternatives(list(av[-1]), p)
            if len(inner) > len(branches):
                best, branches = i, inner
    if best < 0:
        return [_every_needed(items, p)]
    common = _every_needed(items[:best], p) + _every_needed(items[best + 1 :], p)
    return [common + (_every_needed(b, p) if items[best][0] is p.BRANCH else b) for b in branches]


def _every_needed(items: _Parsed, p: Any) -> list[frozenset[str]]:
    """Every set `_needed` weighs for the sequence `items`: each is held by every match."""
    found: list[frozenset[str] | None] = []
    run: set[str] = {""}
    for item in items:
        part = _exact(item, p)
        if part is not None:
            grown = {a + b for a in run for b in part}
            if len(grown) <= _MAX_SPELLINGS:
                run = grown
                continue
            found.append(_minimal(run))
            run = set(part)
            continue
        found.append(_minimal(run))
        run = {""}
        found.append(_needed_item(item, p))
    found.append(_minimal(run))
    return [need for need in found if need is not None]


# Words in nearly every news sentence: a required string inside one of them ("the", "th", "met" in
# "government") rules out few sentences, so another string the pattern requires is preferred to it.
_EVERYWHERE = (
    "the and that with have this from they were said which their been would there about into after also"
    " more other than when where while some people government percent officials"
).split()


def _weight(string: str) -> int:
    return 0 if any(string in word for word in _EVERYWHERE) else len(string)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two sets of strings a match must hold, the one fewer texts hold: its weakest string longer and
    less common, then fewer strings."""
    if a is None or b is None:
        return b if a is None else a
    score_a = (min(map(_weight, a)), -len(a))
    score_b = (min(map(_weight, b)), -len(b))
    return a if score_a >= score_b else b


def _minimal(strings: set[str] | frozenset[str]) -> frozenset[str] | None:
    """The strings not holding another of them (a text holding "rejected" holds "reject"); None when the
    empty string is among them (it asks nothing)."""
    if "" in strings:
        return None
    ordered = sorted(strings, key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def _exact(item: _Parsed, p: Any) -> set[str] | None:
    """Every string `item` (one parsed op and its argument) can match, lower-cased, if few."""
    op, av = item
    if op is p.LITERAL:
        return {chr(av).lower()}
    if op in (p.AT, p.ASSERT, p.ASSERT_NOT):
        return {""}  # takes no text: "\b", "^", lookarounds
    if op is p.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is p.LITERAL:
                chars.add(chr(value).lower())
            elif kind is p.RANGE and value[1] - value[0] < _MAX_CLASS:
                chars.update(chr(c).lower() for c in range(value[0], value[1] + 1))
            else:
                return None  # a negation, a category ("\s", "\w") or a wide range
        return chars if len(chars) <= _MAX_CLASS else None
    if op is p.SUBPATTERN or op is p.ATOMIC_GROUP:
        return _exact_sequence(av[-1] if op is p.SUBPATTERN else av, p)
    if op is p.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            spelled = _exact_sequence(branch, p)
            if spelled is None:
                return None
            union |= spelled
        return union if len(union) <= _MAX_SPELLINGS else None
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT):
        low, high, sub = av
        if high > 1:
            return None
        spelled = _exact_sequence(sub, p)
        if spelled is None:
            return None
        return (spelled | {""}) if low == 0 else spelled
    return None


def _exact_sequence(items: _Parsed, p: Any) -> set[str] | None:
    spelled = {""}
    for item in items:
        part = _exact(item, p)
        if part is None:
            return None
        spelled = {a + b for a in spelled for b in part}
        if len(spelled) > _MAX_SPELLINGS:
            return None
    return spelled


def _needed(items: _Parsed, p: Any) -> frozenset[str] | None:
    """A set of strings one of which every match of the sequence `items` holds (see required_substrings):
    the best of the sets `_every_needed` finds."""
    best: frozenset[str] | None = None
    for need in _every_needed(items, p):
        best = _better(best, need)
    return best


def _needed_item(item: _Parsed, p: Any) -> frozenset[str] | None:
    op, av = item
    if op is p.SUBPATTERN:
        return _needed(av[-1], p)
    if op is p.ATOMIC_GROUP:
        return _needed(av, p)
    if op is p.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            need = _needed(branch, p)
            if need is None:
                return None  # a branch that asks nothing: the alternation asks nothing
            union |= need
        return _minimal(union)
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _needed(av[2], p)
    return None


def with_first_characters(pattern: str, flags: int = 0) -> str:
    """`pattern` led by a look-ahead for the characters a match can open with, when it opens with a
    boundary or a look-behind: sre skips to a place where a match can start only for a pattern that opens
    with a literal or a class, and tries the rest (a dozen look-behinds, or sixty alternatives after "\\b")
    everywhere else. The look-ahead takes no text and lets through every character a match can open with,
    so the matches are the same; the pattern as given when no such set is found."""
    from re import _parser  # type: ignore[attr-defined]

    if pattern.startswith("(?") and not pattern.startswith(("(?:", "(?=", "(?!", "(?<", "(?P", "(?>")):
        return pattern  # flags for the whole pattern ("(?i)..."), which must stay at its start
    parsed = _parser.parse(pattern, flags)
    assertions = (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT)
    if not parsed.data:
        return pattern
    op, av = parsed.data[0]
    # ("\bin\s+this\s+photo|\bfile\s+photo": alternatives of the whole pattern, one opening with a boundary)
    if op is _parser.BRANCH and len(parsed.data) == 1:
        if not any(branch.data and branch.data[0][0] in assertions for branch in av[1]):
            return pattern  # (alternatives that open with literals or classes sre skips along already)
    elif op not in assertions and not (op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT) and av[0] == 0):
        # (one that opens with a literal or a class sre skips along already; an optional opening, "(?P<qual>
        # about\s+)?\d+", it tries at every place, as it does a boundary)
        return pattern
    members, empty = _first_characters(list(parsed.data), _parser)
    if members is None and flags & re.IGNORECASE:
        # ("(?!Monday\b)(?-i:[A-Z])\w+": a case-blind rule whose match opens with a case-bound capital; a
        # look-ahead for the capitals in its own case lets sre pass over every lower-case letter too)
        members, empty = _case_bound_first_characters(list(parsed.data), _parser)
        ahead = "(?-i:(?=[" + "".join(sorted(members or ())) + "]))"
    else:
        ahead = "(?=[" + "".join(sorted(members or ())) + "])"
    if not members or empty:
        return pattern
    # (a rule of many words, "\b(said|told|warned|...)", tries every word of them at each place the class
    # lets through, and most words of a sentence open with a letter one of them opens with: the words' first
    # letters, as a tree, rule out "the" or "in" before any is tried; a tree saves more than it costs only
    # over many words, as sre tries a few at little cost)
    openings = _openings(list(parsed.data), _parser)
    if openings is not None and len(openings) >= MANY_OPENINGS and max(map(len, openings)) >= MIN_OPENING:
        ahead += f"(?={longest_of(openings)})"
    # (a "\b" that every alternative asks for after its look-behinds, "(?<!-)(?<!the\s)\bkilled|\bdied",
    # rules out a place inside a word before them: a rule's dozens of look-behinds were tried at every letter,
    # as its class lets most letters through)
    boundary = r"\b" if _opens_at_a_boundary(list(parsed.data), _parser) else ""
    if _alternatives_of_the_whole(pattern):
        # (the look-ahead before all of them, not only the first; a verbose pattern's comment ends at its
        # line)
        closing = "\n)" if flags & re.VERBOSE else ")"
        return f"{boundary}{ahead}(?:{pattern}{closing}"
    # (after an opening "\b", which rules out a place inside a word with less work than a class)
    return rf"\b{ahead}{pattern[2:]}" if pattern.startswith(r"\b") else boundary + ahead + pattern


# Flags that change what "\b" holds at: a group that sets one is not read for a boundary
_BOUNDARY_FLAGS = re.ASCII | re.LOCALE | re.UNICODE


def _opens_at_a_boundary(items: list[_Parsed], p: Any) -> bool:
    """Whether every match of the sequence `items` opens where "\b" holds: each alternative asks for it
    before it takes any text, past look-behinds, look-aheads and anchors (which take none)."""
    for op, av in items:
        if op is p.AT:
            if av is p.AT_BOUNDARY:
                return True
            continue
        if op in (p.ASSERT, p.ASSERT_NOT):
            continue
        if op is p.SUBPATTERN:
            return not (av[1] | av[2]) & _BOUNDARY_FLAGS and _opens_at_a_boundary(list(av[-1]), p)
        if op is p.BRANCH:
            return all(_opens_at_a_boundary(list(branch), p) for branch in av[1])
        return False  # takes text (or may: a repeat, a class) before any boundary
    return False


# The opening strings a look-ahead asks for: long enough to rule out most words ("the", "in"), short enough
# to be checked at once, and few enough to stay one small tree
MIN_OPENING = 2
OPENING_AT_MOST = 4
OPENINGS_AT_MOST = 256
# (measured on the rules over 18,000 sentences and paragraphs of news: rules of 24 openings or more were found
# two to five times sooner, most of fewer a little later)
MANY_OPENINGS = 24


def _openings(items: list[_Parsed], p: Any) -> frozenset[str] | None:
    """Strings one of which every match of the sequence `items` opens with (the shortest of those that
    share a beginning), read through literals, groups and alternatives and past what takes no text; None
    when a match may open with no string known (a class, a repeat, a group with flags of its own)."""
    runs = _opening_runs(items, p)
    if runs is None or any(not run for run, _open in runs):
        return None
    strings = {run for run, _open in runs}
    return frozenset(s for s in strings if not any(s != o and s.startswith(o) for o in strings))


def _opening_runs(items: list[_Parsed], p: Any) -> list[tuple[str, bool]] | None:
    """The literal runs the sequence opens with, each with whether the sequence is still literal after it
    (what follows goes on with it); None when there are too many to list."""
    runs: list[tuple[str, bool]] = [("", True)]
    for op, av in items:
        if not any(still for _run, still in runs):
            break
        if op in (p.AT, p.ASSERT, p.ASSERT_NOT):
            continue  # takes no text
        inner: list[tuple[str, bool]] | None
        if op is p.LITERAL:
            inner = [(chr(av), True)]
        elif op is p.SUBPATTERN and not av[1] and not av[2]:
            inner = _opening_runs(list(av[-1]), p)
        elif op is p.BRANCH:
            inner = []
            for branch in av[1]:
                found = _opening_runs(list(branch), p)
                if found is None:
                    inner = None
                    break
                inner += found
        else:
            inner = None  # a class, a repeat, flags set inside ...: the runs so far end here
        if inner is None:
            runs = [(run, False) for run, _still in runs]
            continue
        runs = [
            (run + more, still_more and len(run + more) < OPENING_AT_MOST)
            for run, still in runs
            for more, still_more in (inner if still else [("", False)])
        ]
        if len(runs) > OPENINGS_AT_MOST:
            return None
    return runs


def _alternatives_of_the_whole(pattern: str) -> bool:
    """Whether the pattern is alternatives at its top level ("\\bfile\\s+photo|\\bis\\s+pictured"), outside
    any group or class (sre's parser takes a beginning they share out in front, so the source is read)."""
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def compile_for_search(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile` of the pattern led by `with_first_characters`: the same matches, found sooner by a
    search of long texts (its `pattern` is the led one: build other patterns from the source)."""
    return re.compile(with_first_characters(pattern, flags), flags)


_CATEGORIES = {
    "DIGIT": r"\d",
    "NOT_DIGIT": r"\D",
    "SPACE": r"\s",
    "NOT_SPACE": r"\S",
    "WORD": r"\w",
    "NOT_WORD": r"\W",
}


def _in_class(char: int) -> str:
    return "\\" + chr(char) if chr(char) in "]^-\\" else re.escape(chr(char))


def _case_bound_first_characters(items: list[_Parsed], p: Any) -> tuple[set[str] | None, bool]:
    """As `_first_characters`, for a sequence whose first item that takes text is a group that only takes
    case-blindness away ("(?-i:[A-Z])"): the characters it opens with, in the case written."""
    for op, av in items:
        if op in (p.AT, p.ASSERT, p.ASSERT_NOT):
            continue  # takes no text
        if op is p.SUBPATTERN and not av[1] and av[2] & re.IGNORECASE:
            return _first_characters(list(av[-1]), p)
        return None, False
    return None, False


def _first_characters(items: list[_Parsed], p: Any) -> tuple[set[str] | None, bool]:
    """The members of a class holding every character a match of the sequence `items` can open with (None
    when unknown), and whether the sequence can match the empty string."""
    members: set[str] = set()
    for op, av in items:
        if op in (p.AT, p.ASSERT, p.ASSERT_NOT):
            continue  # takes no text
        if op is p.LITERAL:
            members.add(_in_class(av))
            return members, False
        if op is p.IN:
            for kind, value in av:
                if kind is p.LITERAL:
                    members.add(_in_class(value))
                elif kind is p.RANGE:
                    members.add(f"{_in_class(value[0])}-{_in_class(value[1])}")
                elif kind is p.CATEGORY and str(value).removeprefix("CATEGORY_") in _CATEGORIES:
                    members.add(_CATEGORIES[str(value).removeprefix("CATEGORY_")])
                else:
                    return None, False  # a negated class, or one of another kind
            return members, False
        inner: set[str] | None
        if op is p.SUBPATTERN:
            if av[1] or av[2]:
                return None, False  # flags set inside ("(?-i:[A-Z])"): the look-ahead would not share them
            inner, empty = _first_characters(list(av[-1]), p)
        elif op is p.ATOMIC_GROUP:
            inner, empty = _first_characters(list(av), p)
        elif op is p.BRANCH:
            inner, empty = set(), False
            for branch in av[1]:
                found, branch_empty = _first_characters(list(branch), p)
                if found is None:
                    return None, False
                inner |= found
                empty = empty or branch_empty
        elif op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT):
            low, high, sub = av
            if high == 0:
                continue
            inner, empty = _first_characters(list(sub), p)
            empty = empty or low == 0
        else:
            return None, False  # any character, a back-reference, a negated literal ...
        if inner is None:
            return None, False
        members |= inner
        if not empty:
            return members, False
    return members, True


def longest_of(strings: Iterable[str]) -> str:
    """A pattern matching, where any of `strings` starts, the longest of them that starts there: the
    strings as a tree of their shared beginnings, so a text is read once, whatever their number."""
    tree: dict[str, Any] = {}
    for string in strings:
        node = tree
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}  # a string ends here

    def spelled(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + spelled(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        joined = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a string may end here: a longer one is tried first
            return joined + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{joined})?"
        return joined

    return spelled(tree)


# A time zone as news pages write one after a time of day ("16:40 GMT", "1 p.m. CDT", "10.30 am ET"): one
# alternation for every rule that reads times, so that a zone one rule knows every other knows too
# ("CT" and "MT" are left out: after a year they are more often scans and units than zones, "2010 CT scans")
# A sentence's closing mark, not an initialism's point ("U.S. tax bill", "U.N. says": a capital before it)
CLOSING_MARK = r"(?<![A-Z])[.!?]"
# An office changing hands, told in the timetable's present with its day ("takes over on Friday", "steps
# down next month"): shared by the dating of a day ahead (dates.py) and the planning of a mention
OFFICE_CHANGE = r"(?:takes\s+over|takes\s+office|steps\s+down|hands\s+over)"
# A deadline given for an act ("Farmers have until 14 December to apply", "The firm has been given until
# Friday to respond"): the words before the day and those of the act due after it. Shared by the dating of
# a weekday (a deadline still open lies ahead: "have until Wednesday" is the coming one) and the planning
# of the act due (mentions.py); "had until" has passed, and a deadline in a relative clause ("Voters who have
# until Friday to register") tells who the subject is
DEADLINE_BEFORE = (
    r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)\b(?:has|have)\s+(?:been\s+)?(?:given\s+)?(?:only\s+|now\s+)?"
    r"(?P<until>until)\s+$"
)
DEADLINE_AFTER = r"\s*,?\s*(?P<to>to\s+(?!be\b)[a-z]{2,})\b"
TIME_ZONE = r"(?:GMT|BST|UTC|CEST|CET|EDT|EST|CDT|CST|MDT|MST|PDT|PST|PT|ET)"
# What a clock's "a.m." or "p.m." runs on into within its sentence, after the space: the same time in another
# zone in brackets ("at 4:12 a.m. (0112 GMT)"), a word in lower case ("6 p.m. local time"), the time's zone
# ("2 a.m. EDT on Thursday") or its weekday ("6 p.m. Friday"; "Friday's" may open the next sentence); before
# anything else the stop may end the sentence. One condition for both sentence splitters (corpus.py, dates.py)
AM_PM_GOES_ON = rf"(?:\(|[a-z]|{TIME_ZONE}\b(?![\w'’-])|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?!['’]))"
# The words of a clause's subject before its verb: a run of three characters or more, or a bare initialism
# of two capitals, which that floor would pass over ("EU has spent", "UN have sent", as "The UN has sent");
# for patterns compiled case-blind, so the capitals are asked for case-bound ("He has", "It has" are none)
SUBJECT_WORDS = r"(?:(?-i:[A-Z][A-Z&])|[^,;:“”\"]{3,120}?)"
# The simple past of the verbs that most often tell an act in news copy, beyond those in -ed ("said",
# "took", "fled", "fell"): one alternation for the rules that ask whether a clause tells a past act (a
# quotation's act, a deed done once), each adding its own few words. Whole words only: put "\b" around it
PAST_OF_ACTS = (
    r"said|told|sent|began|took|made|gave|met|came|held|found|struck|fought|shot|brought|led|spoke|drew|saw"
    r"|became|paid|kept|sold|spent|caught|broke|won|lost|fled|left|went|ran|rose|fell|stood|wrote|flew"
)
# A linking word or phrase that opens a sentence before its comma ("Meanwhile, rescuers have ...", "In
# addition, the court has ..."): no clause of its own, so rules that read the subject and verb after it
# pass over it. A bare alternation with no group, for the rules to put in their own
LINKING_OPENING = r"meanwhile|however|separately|elsewhere|also|now|in\s+addition|at\s+the\s+same\s+time"
# A day of the week named ("Monday", "on Tuesday"), for patterns compiled case-blind: one spelling for the
# rules that read a day in a clause and for the days a report names, so that none lacks a day. No group; put
# "\b" around it
WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# The counts from two to ten spelled out, as news style writes small numbers ("two weeks ago", "five
# times"; 11 and over in figures): rules that read a count put "a", "one", "several" or a figure beside it
# as each needs. A bare alternation with no group
TWO_TO_TEN = r"two|three|four|five|six|seven|eight|nine|ten"


# The matches a ScannedPattern keeps when each text is asked of it once (a line, a sentence, a page): only
# its test of the strings a match needs is wanted, and a long cache would keep every text alive
ASKED_ONCE = 16


# (the scanned and gated patterns and the triggers ask each sentence in turn: lower-cased, and looked over
# for UNFOLDED characters, once for all of them, not once per pattern)
@functools.lru_cache(maxsize=1024)
def lowered_for_needs(text: str) -> str | None:
    """The text in lower case, to look for the strings a pattern needs in; None when it holds a character
    that lower-casing leaves as a case-blind pattern does not (UNFOLDED): those strings then rule nothing
    out."""
    lowered = text.lower()
    return None if any(c in lowered for c in UNFOLDED) else lowered


class ScannedPattern:
    """A pattern that many rules ask of the same sentences: its matches in a text are found once (kept for
    the last `size` texts), and not looked for at all in a text that lacks every string a match needs.

    `finditer` and `search` over a whole text answer from what was found; anything else is the pattern's own.
    """

    def __init__(self, pattern: str, flags: int = 0, size: int = 8192) -> None:
        self._pattern = LazyPattern(pattern, flags)
        self.pattern = pattern
        self._required: tuple[str, ...] | bool | None = False  # False: not worked out yet
        self._matches = functools.lru_cache(maxsize=size)(self._scan)

    def _scan(self, text: str) -> tuple[re.Match[str], ...]:
        if self._required is False:
            self._required = self._pattern.required_substrings()
        required = self._required
        if required is not None and not isinstance(required, bool):
            lowered = lowered_for_needs(text)
            if lowered is not None and not any(map(lowered.__contains__, required)):
                return ()
        return tuple(self._pattern.finditer(text))

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if pos or endpos != sys.maxsize:
            return self._pattern.finditer(string, pos, endpos)
        return iter(self._matches(string))

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if pos or endpos != sys.maxsize:
            return self._pattern.search(string, pos, endpos)
        found = self._matches(string)
        return found[0] if found else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._pattern.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._pattern.fullmatch(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._pattern.findall(string, pos, endpos)

    def required_substrings(self) -> tuple[str, ...] | None:
        return self._pattern.required_substrings()


# Asked with a word or a name that changes from call to call ("Roe", "the minister", "a year"): a pattern made
# for each would be compiled anew, and push the rules' own patterns out of `re`'s cache of 512; a plain look
# finds the same places.
def _word_character(char: str) -> bool:
    """Whether `\\w` matches the character, as sre reads it in a text ("_" and any letter or digit)."""
    return char.isalnum() or char == "_"


def boundary_at(text: str, at: int) -> bool:
    """Whether `\\b` stands at `at` in `text`: a word character on one side and none (or the text's end) on
    the other."""
    return (0 < at <= len(text) and _word_character(text[at - 1])) != (
        at < len(text) and _word_character(text[at])
    )


def written_between_boundaries(text: str, part: str, *, before: bool = True, after: bool = True) -> bool:
    """Whether `part` is written in `text` with a word boundary before it and after it (or only the one
    asked): `re.search(rf"\\b{re.escape(part)}\\b", text)` without a pattern compiled per part. "\\b" stands
    where a word character and a character of no word (or the text's end) meet."""
    if not part:
        return re.search(("\\b" if before else "") + ("\\b" if after else ""), text) is not None
    opens_word, closes_word = _word_character(part[0]), _word_character(part[-1])
    at = text.find(part)
    while at >= 0:
        end = at + len(part)
        if (not before or (at > 0 and _word_character(text[at - 1])) != opens_word) and (
            not after or (end < len(text) and _word_character(text[end])) != closes_word
        ):
            return True
        at = text.find(part, at + 1)
    return False


def written_apart(text: str, part: str, joining: str = "") -> bool:
    """Whether `part` is written in `text` with no word character, nor one of `joining`, right before or
    after it: `re.search(rf"(?<![\\w{joining}]){re.escape(part)}(?![\\w{joining}])", text)` without a pattern
    compiled per part."""
    return apart_at(text, part, joining) >= 0


def apart_at(text: str, part: str, joining: str = "") -> int:
    """Where `part` is first written in `text` as `written_apart` asks (-1 where nowhere): the start of
    `re.search(rf"(?<![\\w{joining}]){re.escape(part)}(?![\\w{joining}])", text)`, with no pattern compiled
    per part (a title's first word, asked of its sentence, was compiled anew for most titles of a build)."""
    at = text.find(part)
    while at >= 0:
        end = at + len(part)
        if not (at > 0 and (_word_character(text[at - 1]) or text[at - 1] in joining)) and not (
            end < len(text) and (_word_character(text[end]) or text[end] in joining)
        ):
            return at
        at = text.find(part, at + 1)
    return -1


class GatedPattern:
    """A pattern that is asked of every sentence (or line) and matches few of them: a text that lacks every
    string a match needs (`required_substrings`, tested on the text lower-cased, as ScannedPattern tests) is
    answered at once as the pattern would answer it, without running the pattern. A rule of many words,
    "\\b(?:keeping|watching)\\s+(?:a\\s+)?close\\s+eye\\b", still tries each place of a text that holds none
    of them, which costs ten to a hundred times the test; the answers are the pattern's own either way.

    Kept for patterns of that kind only: on a pattern that most texts hold a needed string of, or that is
    quick to fail, the test is a cost of its own. Any other attribute is the pattern's (`pattern`, `flags`).
    """

    def __init__(self, pattern: re.Pattern[str] | LazyPattern) -> None:
        self._pattern = pattern
        self._required: tuple[str, ...] | bool | None = False  # False: not worked out yet

    def _lacks_needs(self, text: str) -> bool:
        """Whether the text holds none of the strings every match needs (so none can be found in any part)."""
        required = self._required
        if required is False:
            pattern = self._pattern
            flags = pattern.flags_given if isinstance(pattern, LazyPattern) else pattern.flags
            required = self._required = required_substrings(pattern.pattern, flags)
        if required is None or required is True:
            return False
        lowered = lowered_for_needs(text)
        return lowered is not None and not any(map(lowered.__contains__, required))

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._lacks_needs(string) else self._pattern.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._lacks_needs(string) else self._pattern.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._lacks_needs(string) else self._pattern.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._lacks_needs(string) else self._pattern.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._lacks_needs(string) else self._pattern.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return string if self._lacks_needs(string) else self._pattern.sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return (string, 0) if self._lacks_needs(string) else self._pattern.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return [string] if self._lacks_needs(string) else self._pattern.split(string, maxsplit)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # (not set yet: a copy being made)
            raise AttributeError(name)
        return getattr(self._pattern, name)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GatedPattern):
            return NotImplemented
        return self._pattern == other._pattern

    def __hash__(self) -> int:
        return hash(self._pattern)

    def __reduce__(self) -> tuple[type[GatedPattern], tuple[re.Pattern[str] | LazyPattern]]:
        return (GatedPattern, (self._pattern,))

    def __repr__(self) -> str:
        return f"GatedPattern({self._pattern!r})"


def compile_gated(pattern: str, flags: int = 0) -> GatedPattern:
    """`re.compile` of a pattern that most of the texts it is asked of cannot match (see GatedPattern)."""
    return GatedPattern(re.compile(pattern, flags))


def gated_for_search(pattern: str, flags: int = 0) -> GatedPattern:
    """`compile_for_search` of a pattern that most of the texts it is asked of cannot match, gated as
    `compile_gated` gates (a long rule searched over each sentence: sixty microseconds to find nothing in
    one that lacks its every word, which the gate tells in one)."""
    return GatedPattern(compile_for_search(pattern, flags))
