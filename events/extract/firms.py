"""A firm's home, and the firm's own business, which news places there.

English news places what a firm does at a place where it does it ("the driller's rig exploded off Texas",
"the carmaker shut its plant in Ohio"), and its firm's home says nothing of that (`names_a_firms_home`). But
the firm's own business has no place but the firm: its shares and share price, its dividend, its results and
the charges they take, its board and its chief's coming or going, its credit rating, what it sells of itself.
Readers and researchers file such news under the firm's home country: "Norvik's shares fell 9 percent" in a
report set in Texas is news of a Dutch firm. The home is the one the report gives the firm ("the Dutch oil
company Norvik", "Norvik, the Dutch energy group", "Dutch-based Norvik"), else the curated list's
(data/gazetteer/firms.csv). Documented in docs/event_types.md, "Countries of a firm's news".
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Sequence

from events.extract.entities import DEFAULT_GAZETTEER, Entity, names_a_firms_home
from events.extract.patterns import compile_for_search, gated_for_search
from events.extract.vocabulary import MONTH_NAMES, WEEKDAY_NAMES, alternatives

# The curated list of large listed firms and their homes (name, country, aliases), for reports that name a
# firm without saying where it is from
FIRMS_FILE = DEFAULT_GAZETTEER / "firms.csv"


@functools.lru_cache(maxsize=1)
def listed_homes() -> dict[str, str]:
    """{each spelling of a listed firm: its home country} from FIRMS_FILE ({} when there is none)."""
    if not FIRMS_FILE.exists():
        return {}
    with FIRMS_FILE.open(newline="", encoding="utf-8") as handle:
        return {
            spelling: row["country"]
            for row in csv.DictReader(handle)
            for spelling in [row["name"], *filter(None, (row.get("aliases") or "").split(";"))]
        }


# The firm's own business, by the words news uses for it: its stock ("Norvik's shares fell", "shares in the
# group", "its share price", "shareholders"), its payouts and accounts ("the dividend", "quarterly results",
# "a $2bn charge", "its provision", "annual profit"), its governance ("the board", "its directors"), its
# standing with lenders ("its credit rating was cut", "credit default swaps"), and selling parts of itself
# ("asset sales", "new shares"). Holders of its shares named as people ("critics, some of them
# shareholders") and a provision of a law are no business of the firm.
_OWN_BUSINESS = gated_for_search(
    r"\b(?:share\s+prices?|shares\s+(?:fell|rose|closed|dropped|slumped|jumped|climbed|plunged|gained|lost|were|have"
    r"|tumbled|slid|sank|soared|surged|plummeted|crashed|rallied|dipped|edged|ended|finished|nose-dived|dived"
    r"|had|in|of)\b|(?:its|their|[A-Z][\w&.-]*['’]s)\s+shares\b"
    r"|[A-Z][\w&.-]*['’]s\s+stock\b(?!\s+(?:markets?|exchanges?|index|indices|of)\b)"
    r"|new\s+shares|its\s+shareholders"
    r"|(?:payouts?|payments?|returns?)\s+to\s+(?:its\s+)?shareholders"
    r"|dividends?|(?:quarterly|annual|half-year|full-year|interim|first-quarter|second-quarter|third-quarter"
    r"|fourth-quarter)\s+(?:results|figures|profits?|earnings|losses)|(?:pre-tax|net|operating)\s+profits?"
    r"|its\s+results|(?:board|directors)\s+(?:will|would|has|have|had|met|meets|decided|approved|agreed|voted)\b|credit\s+(?:rating|default\s+swaps?)"
    r"|(?:took|take|takes|taking)\s+an?\s+\S+\s+(?:\w+\s+)?charge|(?:its|a|the)\s+provision\b"
    r"|provisions?\s+for\s+(?:the\s+)?(?:costs?|losses|claims|liabilit\w+|bad\s+debts?)|write-?(?:offs?|downs?)"
    r"|asset\s+sales|market\s+(?:value|capitali[sz]ation))",
    re.IGNORECASE,
)

# The office whose holder's coming or going is the firm's own business ("the chief executive will step
# down", "named a new chairman"); a mention's type says whether an office changes hands.
_FIRM_OFFICE = re.compile(r"\b(?:chief\s+executive|chairman|chairwoman|chief\s+financial\s+officer|board)\b")

# The firm a sentence's business is of: the one it opens on ("Norvik said its board ...", "Shares in Norvik
# fell", "The company's dividend ..."), or whose name is a possessive ("... after Norvik's shares fell").
_NAME = r"[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3}"
_OPENING_FIRM = re.compile(rf"(?:(?:[Ss]hares|[Ss]tock)\s+(?:in|of)\s+)?(?:[Tt]he\s+)?({_NAME})")

# Where a firm's home is given: "the Dutch oil company Norvik", "Dutch-based Norvik" (a name after the
# firm's noun), "Norvik, the Dutch energy group" (a name before a comma and the noun phrase).
_NAME_AFTER = re.compile(
    rf"((?:-based|-owned|-registered|-headquartered)?\s+(?:[a-z][\w-]*\s+){{0,4}}?)({_NAME})"
)
# The nouns a firm is called by, for the kind of business it does ("the lender", "the carmaker", "the grid
# operator"): speakers.py reads a job of that form after "the" as the firm when the report named one before,
# else as a person's job ("the crane operator")
FIRM_NOUNS = (
    r"(?:company|firm|giant|major|group|driller|drugmaker|carmaker|automaker|maker|lender|bank|insurer|reinsurer"
    r"|airline|carrier|conglomerate|multinational|retailer|contractor|producer|miner|supplier|operator)"
)
_FIRM_NOUN = re.compile(rf"(?:-based|-owned|-registered|-headquartered|\b{FIRM_NOUNS})\s+$")
_NAME_BEFORE = re.compile(rf"({_NAME}),\s+(?:the|a|an)\s+$")


def firms_homes(text: str, entities: Sequence[Entity]) -> dict[str, str]:
    """{a firm's name: its home country}: the listed firms' (`listed_homes`), and as the report gives them
    ("the Dutch oil company Norvik" -> {"Norvik": "NLD"}), which the report's word decides; a name the
    report gives two homes is left out."""
    homes: dict[str, set[str]] = {}
    for entity in entities:
        if entity.kind != "country" or not entity.country or not text.startswith(entity.text, entity.start):
            continue
        after = _NAME_AFTER.match(text, entity.end)
        firm_before_name = after is not None and _FIRM_NOUN.search(after.group(1)) is not None
        if (
            after
            and firm_before_name
            and (after.group(1).startswith("-") or names_a_firms_home(text, entity))
        ):
            homes.setdefault(after.group(2), set()).add(entity.country)
        elif names_a_firms_home(text, entity) and (
            before := _NAME_BEFORE.search(text, max(0, entity.start - 80), entity.start)
        ):
            homes.setdefault(before.group(1), set()).add(entity.country)
    given = {_unpossessed(name): next(iter(codes)) for name, codes in homes.items() if len(codes) == 1}
    return {**listed_homes(), **given}


def _unpossessed(name: str) -> str:
    """A firm's name without the possessive it is written with ("Norvik's shares" -> "Norvik")."""
    return re.sub(r"(?:'s|’s)$", "", name)


# An accident a sentence tells beside the firm's business, as its cause or its measure ("Accidents in
# March knocked billions off the share price", "its shares have halved since the explosion"): the happening
# the sentence dates is the accident, at its place.
_ACCIDENT = compile_for_search(
    r"\b(?:accidents?|explosions?|blasts?|spills?|leaks?|disasters?|fires?|crash(?:es)?|collapse|earthquake"
    r"|storms?|floods?|outbreak)\b",
    re.IGNORECASE,
)


# The day a clause is dated by: a weekday, "yesterday", "today", "last week", a month and its day
_DAY_OF_A_CLAUSE = re.compile(
    rf"\b(?:{alternatives(WEEKDAY_NAMES)}|yesterday|today|(?:last|this)\s+(?:week|month)"
    rf"|(?:{alternatives(MONTH_NAMES)})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{alternatives(MONTH_NAMES)}))\b"
)


def _accident_after_the_dated_business(sentence: str) -> bool:
    """Whether the sentence tells the firm's business and its day before any accident it names, which then
    only measures or explains the business ("Norvik's shares closed down 2 percent on Friday, bringing the
    fall since the blast to 13 percent", "Its shares slid on Tuesday after a fire shut two of its
    factories"): the day is the business's. Without a day before it the accident is what the sentence
    dates ("its shares have halved since the explosion"), and an accident told first is the news itself."""
    business = _OWN_BUSINESS.search(sentence)
    accident = _ACCIDENT.search(sentence)
    if business is None or accident is None or accident.start() < business.end():
        return False
    return _DAY_OF_A_CLAUSE.search(sentence, business.end(), accident.start()) is not None


def is_own_business(sentence: str, event_type: str) -> bool:
    """Whether a sentence tells of a firm's own business (`_OWN_BUSINESS`), or an office of the firm
    changing hands ("the chief executive will step down", a mention of type leadership), and of no accident
    (`_ACCIDENT`) it would be the measure of, unless the business and its day are told before the accident
    (`_accident_after_the_dated_business`)."""
    if _ACCIDENT.search(sentence):
        return _accident_after_the_dated_business(sentence)
    if _OWN_BUSINESS.search(sentence):
        return True
    return event_type == "leadership" and _FIRM_OFFICE.search(sentence) is not None


# The kinds of happening that are a firm's act at a place, never its own business, whatever words their
# sentence shares with it ("The asset sales were announced three months after an explosion killed 11").
_ACTS_AT_A_PLACE = frozenset(
    ("disaster", "attack", "casualties", "protest", "arrest", "deployment", "offensive")
)


def home_of_business(sentence: str, event_type: str, actors: Sequence[str], homes: dict[str, str]) -> str:
    """The home of the firm whose own business the sentence tells ("Norvik's shares fell" with Norvik's home
    given as NLD -> "NLD"): the firm whose name is a possessive, the one it opens on, or that acts or speaks
    in it;
    "" when it tells of no firm's business, or of a firm the report gives no home ("Shares in Vega rose,
    an analyst at the Dutch bank Norvik said"), or of firms of two homes."""
    if not homes or event_type in _ACTS_AT_A_PLACE or not is_own_business(sentence, event_type):
        return ""
    # (the firm whose name is a possessive owns the business: "Analysts at Vega said Norvik's dividend ...")
    owners = [m.group(1) for m in re.finditer(rf"({_NAME})(?:'s|’s)\s", sentence)]
    if opening := _OPENING_FIRM.match(sentence):
        owners.append(opening.group(1))
    for owner in owners:
        home = next((home for name, home in homes.items() if _same_firm(owner, name)), "")
        if home:
            return home
    acting = {home for actor in actors for name, home in homes.items() if _same_firm(actor, name)}
    return acting.pop() if len(acting) == 1 else ""


def _same_firm(written: str, name: str) -> bool:
    """Whether a name written in a sentence is a firm named with its home: the same name, or one that
    begins the other ("Norvik" for "Norvik Energy", "Norvik Plc" for "Norvik")."""
    written = _unpossessed(written)
    return written == name or written.startswith(name + " ") or name.startswith(written + " ")
