"""Which words name a happening, and of which type: the triggers, and the verbs of saying.

`TRIGGERS` lists, in priority order, a pattern per family of happening (a denial, an exchange of
prisoners, a resignation, ...) with the event type it gives; the first found in a sentence decides its
type. `STEMS` and `possible_families` rule out, before any pattern is searched, the families whose words a
sentence does not hold. `SPEECH` finds the verbs of saying that every rule about speakers and remarks asks
for. Nothing here looks at a sentence's clauses, speakers or dates: events.extract.mentions does, with these.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from events.extract.patterns import (
    UNFOLDED,
    GatedPattern,
    LazyPattern,
    ScannedPattern,
    compile_for_search,
    compile_gated,
    gated_for_search,
    longest_of,
    lowered_for_needs,
    required_per_branch,
)
from events.extract.quantities import CARDINALS
from events.extract.vocabulary import (
    EXPERTS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    MONTH_NAMES,
    OCCUPATIONS_BEFORE_A_NAME,
    PERSON_ROLES,
    SPEAKER_ROLES,
    WEEKDAY_NAMES,
    alternatives,
)


@dataclass(frozen=True)
class Trigger:
    event_type: str
    family: str  # finer than the type: "invasion" and "offensive" are both offensives, never one event
    pattern: LazyPattern

    def finditer(self, text: str, families: frozenset[str]) -> list[re.Match[str]]:
        if self.family not in families:
            return []
        # (a sentence is asked of the same trigger again, by its clauses and then whole: what was found is
        # kept for the trigger's last few texts, looked up by the text alone, as a trigger's own hash, of its
        # three fields, took longer than most look-ups; built on first use, never sent to another process)
        found_in = self.__dict__.get("_found_in")
        if found_in is None:
            found_in = functools.lru_cache(maxsize=FOUND_KEPT)(functools.partial(_found, self))
            object.__setattr__(self, "_found_in", found_in)
        # (a new list each time: a caller may change what it is given, never what is kept)
        return list(found_in(text))

    def __getstate__(self) -> dict[str, object]:
        return {"event_type": self.event_type, "family": self.family, "pattern": self.pattern}


# The texts a trigger keeps what it found in: a sentence and its clauses, asked one after another
FOUND_KEPT = 64


def _found(trigger: Trigger, text: str) -> tuple[re.Match[str], ...]:
    pattern = trigger.pattern
    # (a family of several patterns passes on the stems of any; each pattern needs strings of its own)
    needs = _needs(pattern)
    if needs is not None:
        # (each of a sentence's possible triggers asks it: lower-cased once, shared with the gated patterns)
        lowered = lowered_for_needs(text)
        if lowered is not None and not _holds_needs(lowered.__contains__, *needs):
            return ()
    # (the lazy pattern is compiled led by the characters a match opens with: found sooner)
    return tuple(m for m in pattern.finditer(text) if not _only_a_topic(text, m))


class _Alternatives(NamedTuple):
    """What each alternative of a rule needs besides the needs all share, indexed by the strings of each
    alternative's first need: a text holding none of an alternative's first strings is not asked the rest of
    it. (A long rule has dozens of alternatives that open on the same few words, "said", "was"; asked one by
    one, a text was looked over again for each.)"""

    openers: tuple[str, ...]  # every string of some alternative's first need, each once
    opened_by: dict[
        str, tuple[int, ...]
    ]  # a string of `openers` -> the alternatives whose first need holds it
    rest: tuple[tuple[tuple[str, ...], ...], ...]  # each alternative's needs after its first

    def may_match(self, holds: Callable[[str], bool]) -> bool:
        """Whether some alternative finds, in what a text `holds`, one string of each of its needs."""
        tried: set[int] = set()
        for opener in filter(holds, self.openers):
            for alternative in self.opened_by[opener]:
                if alternative in tried:
                    continue
                tried.add(alternative)
                if all(any(map(holds, need)) for need in self.rest[alternative]):
                    return True
        return False


def _alternatives(own: tuple[tuple[tuple[str, ...], ...], ...]) -> _Alternatives | None:
    """`own` indexed by each alternative's first need; None when an alternative needs nothing of its own (the
    rule's shared needs then let any text through)."""
    if not all(own):
        return None
    opened_by: dict[str, list[int]] = {}
    for number, needs in enumerate(own):
        for opener in needs[0]:
            opened_by.setdefault(opener, []).append(number)
    return _Alternatives(
        tuple(opened_by),
        {opener: tuple(numbers) for opener, numbers in opened_by.items()},
        tuple(needs[1:] for needs in own),
    )


@functools.cache
def _needs(
    pattern: LazyPattern,
) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...], _Alternatives | None] | None:
    """The strings a match of the pattern needs (one of), those every alternative needs (one of each), and
    those each alternative needs besides (None when unknown or when some alternative needs nothing more);
    None when nothing is known."""
    required = _required(pattern)
    if required is None:
        return None
    branches = _needs_per_branch(pattern)
    if branches is None:
        return (required, (), None)
    shared, own = branches
    return (required, shared, _alternatives(own))


def _holds_needs(
    holds: Callable[[str], bool],
    required: tuple[str, ...],
    shared: tuple[tuple[str, ...], ...],
    own: _Alternatives | None,
) -> bool:
    """Whether a text may match, by what it `holds`: one string of `required`, one of each of `shared`, and
    one of each of some alternative's own needs (plain loops: asked of every sentence a family may fit)."""
    if not any(map(holds, required)):
        return False
    # (a long rule's one set passes on its common words; its alternatives, each with all it needs, rule out
    # most of the sentences that reach it, before its slow search)
    for need in shared:
        if not any(map(holds, need)):
            return False
    return own is None or own.may_match(holds)


def _only_a_topic(text: str, found: re.Match[str]) -> bool:
    """Whether the happening's words only name what a work is about. A topic that carries its own day ("a
    report on the causes of the April 20 explosion", "an inquiry into last month's floods") still dates a
    happening of the past, which a briefing lists as background, so it keeps its type."""
    if _PEOPLE_OF_A_HAPPENING.search(text, max(0, found.start() - 80), found.start()):
        return True
    if _PEOPLE_NAMED_BY_IT.match(text, found.end()) and _A_NOUN_LAST.search(found.group()):
        return True
    if (
        " " not in found.group()
        and _THING_NAMED_BY_IT.match(text, found.end())
        and _A_NOUN_LAST.search(found.group())
    ):
        return True
    topic = _TOPIC_OF_A_WORK.search(text, max(0, found.start() - 120), found.start())
    return topic is not None and not _OWN_DAY.search(text, topic.end(), found.end())


# A disaster told only by a participle that describes the object of an act under way ("crews were
# replacing fences damaged by the storm", "rescuers are searching homes destroyed in the landslide"): the
# reduced relative names which things, the act of the clause is the replacing or the searching, which keeps
# its event, typed by that act ("Fences were damaged by the storm", the participle after "were", stays a
# disaster)
_PARTICIPLE_FIRST = re.compile(r"[a-z]+ed\s+(in|by)\b", re.IGNORECASE)
_OBJECT_OF_AN_ACT_UNDER_WAY = re.compile(
    r"\b(was|were|is|are|been|be)\s+(still\s+|now\s+|also\s+)?[a-z]{3,}ing\s+"
    r"(?:(?!(was|were|is|are|been|and|but|after|when|as|that|which|who)\b)[\w’'-]+,?\s+){1,5}$",
    re.IGNORECASE,
)


# Up to five words that end where the happening is named, with no clause of their own between
_TOPICS_TAIL = r"(?:(?!(that|which|who|said|says|and|but|after|when|as)\b)[\w’'$.-]+\s+){0,5}$"
# A happening's word that only names what a report, an inquiry or a study is about ("will release its review
# of the tariffs", "the inquiry into the flood opened", "a report on the killings"): the subject of the work,
# not its act, so it types nothing (the work's own verb, or the sentence's other words, decide). Up to five
# words may stand between ("the report into last month's deadly floods"); a clause mark ends the phrase.
_TOPIC_OF_A_WORK = re.compile(
    r"\b(reports?|reviews?|inquir(y|ies)|investigations?|probes?|stud(y|ies)|analys[ie]s|assessments?|audits?"
    r"|findings|recommendations|documentar(y|ies))\s+(on|of|about|into)\s+"
    rf"{_TOPICS_TAIL}"
    # ... or what a body is set up to look into, or is looking into ("the commission set up to investigate
    # the mine collapse began its hearings", "the panel investigating the blast met"): the body's subject
    r"|\b((set\s+up|created|formed|established|appointed|named)\s+to\s+(investigate|examine|look\s+into|probe|review"
    r"|study)|(commissions?|panels?|inquir(y|ies)|committees?|boards?|task\s+forces?|teams?)\s+(investigating|examining"
    r"|probing|looking\s+into|reviewing))\s+"
    rf"{_TOPICS_TAIL}",
    re.IGNORECASE,
)
# A happening that only says who people are or what a day remembers ("relatives of the victims of the 2019
# bombing protested", "survivors of the floods met the minister", "on the anniversary of the attack"): the
# people's own act, or the remembrance, is the sentence's, whatever day the happening had. Up to four words
# may stand between ("victims of last year's deadly floods"); a clause mark ends the phrase.
_PEOPLE_OF_A_HAPPENING = re.compile(
    r"\b(victims|survivors|families|relatives|widows|widowers|orphans|veterans|anniversary|anniversaries"
    r"|memorials?|commemorations?)\s+of\s+(?:(?!(that|which|who|and|but|when|as|were|was|is|are|have|has|had)\b)"
    r"[\w’'$.-]+\s+){0,4}$",
    re.IGNORECASE,
)
# ... or that names what people's job is or what befell them, in a compound before the noun ("according to a
# trial lawyer", "an election official said", "flood victims queued for aid"): the people, not the act
# (lower case: "with President Roe" is a title before a name; and only after a noun: "was elected
# president", "talks with lawyers" name the act, then who). An officer of the court is no such compound:
# "the trial judge said the jury would be sequestered" is a step of the case the judge sits in.
_PEOPLE_NAMED_BY_IT = re.compile(
    r"\s+(?!(judge|magistrate|juror|prosecutor|coroner)s?\b)"
    rf"({alternatives(PERSON_ROLES | EXPERTS)}|victim|survivor)s?\b(?!-)"
)
# ... or, a lone noun before another, what time, money, help or body it names ("in an election year", "the
# disaster relief fund", "flood defences", "the spill response command"): the head noun is the thing, the
# happening only says which
_THING_NAMED_BY_IT = re.compile(
    r"\s+(years?|season|relief|response|recovery|costs?|bills?|funds?|money|budgets?|zones?|command|cent(er|re)s?"
    r"|preparedness|defen[cs]es|insurance|coverage|maps?)\b(?!-)",
    re.IGNORECASE,
)
_A_NOUN_LAST = re.compile(
    rf"(?<!\w)(?!(?:{alternatives(IRREGULAR_PAST + IRREGULAR_PARTICIPLES)}|with|of|to|for|by|on|at|in|as|from"
    r"|into|over|against|the|an?|his|her|their|its|him|them|was|were|is|are|be|been)$)[a-z]+(?<!ed)$",
    re.IGNORECASE,
)
_OWN_DAY = re.compile(
    rf"\b(\d|{'|'.join(MONTH_NAMES)}|{'|'.join(WEEKDAY_NAMES)}|yesterday|last|earlier|this)\b"
    rf"|\b(week|month|year)[’']s\b"
)


@functools.cache
def _required(pattern: LazyPattern) -> tuple[str, ...] | None:
    return pattern.required_substrings()


@functools.cache
def _required_per_branch(pattern: LazyPattern) -> tuple[tuple[tuple[str, ...], ...], ...] | None:
    return required_per_branch(pattern.pattern, pattern.flags_given)


@functools.cache
def _needs_per_branch(
    pattern: LazyPattern,
) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[tuple[str, ...], ...], ...]] | None:
    """`_required_per_branch`, with the needs every alternative shares (the words around the alternation)
    taken out in front, so that a text lacking one is ruled out by one test, not one per alternative."""
    branches = _required_per_branch(pattern)
    if branches is None:
        return None
    shared = (
        tuple(need for need in branches[0] if all(need in branch for branch in branches[1:]))
        if branches
        else ()
    )
    return shared, tuple(tuple(need for need in branch if need not in shared) for branch in branches)


# What every match of a family's pattern contains; a sentence with none of these is not tried against it.
STEMS: dict[str, tuple[str, ...]] = {
    "denial": (
        "den",
        "reject",
        "dismiss",
        "groundless",
        "unfounded",
        "baseless",
        "basis",
        "refut",
        "fabricat",
        "play",
        "disput",
        "contest",
    ),
    "exchange": ("exchang", "swap"),
    "leadership": (
        "reshuffl",
        "forc",
        "relieved",
        "coup",
        "putsch",
        "oust",
        "overth",
        "toppl",
        "depos",
        "unseat",
        "resign",
        "step",
        "sworn",
        "inaugurat",
        "office",
        "appoint",
        "named",
        "fled",
        "sacked",
        "fired",
        "impeach",
        "power",
        "takeover",
        "collapsed",
        "fell",
        "confidence",
        "charge",
        "replac",
        "succeed",
        "quit",
        "hired",
        "tapped",
        "promoted",
        "became",
        "hand",
        "retir",
        "start",
        "began",
        "stood",
        "stand",
        "command",
        "confirm",
    ),
    "capture": (
        "captur",
        "prisoner",
        "captive",
        "seiz",
        "hijack",
        "board",
        "impound",
        "detained",
        "custody",
        "flagged",
    ),
    "arrest": ("arrest", "handcuff", "rounded", "detained", "custody"),
    "agreement": (
        "sign",
        "ink",
        "seal",
        "finali",
        "agree",
        "reached",
        "struck",
        "brokered",
        "effect",
        "force",
        "deal",
        "accord",
        "contract",
        "pact",
        "treaty",
        "settlement",
        "venture",
        "consorti",
        "alliance",
        "partnership",
    ),
    "legal": (
        "charge",
        "indict",
        "convict",
        "sentenc",
        "acquitt",
        "guilty",
        "verdict",
        "ruled",
        "ruling",
        "lawsuit",
        "sued",
        "suing",
        "trial",
        "testif",
        "testimon",
        "told",
        "heard",
        "been told",
        "prosecut",
        "manslaughter",
        "jail",
        "imprison",
        "extradit",
        "subpoena",
        "bail",
        "court",
        "hague",
        "tribunal",
        "judge",
        "immunity",
        "filed",
        "lodged",
        "criminal",
        "civil",
        "federal",
        "police",
        "fraud",
        "corruption",
    ),
    "disaster": (
        "quake",
        "aftershock",
        "tremor",
        "tsunami",
        "hurricane",
        "cyclone",
        "typhoon",
        "tornado",
        "storm",
        "flood",
        "slide",
        "avalanche",
        "fire",
        "blaze",
        "erupt",
        "outbreak",
        "epidemic",
        "pandemic",
        "spill",
        "leak",
        "blowout",
        "burst",
        "landfall",
        "exploded",
        "collapsed",
        "sank",
        "explosion",
        "blast",
        "case",
        "infection",
        "infected",
        "sickened",
        "positive",
        "formed",
        "diagnosed",
        "blew",
        "spewed",
        "gushed",
        "poured",
        "ashore",
        "wash",
        "tar ball",
        "turned up",
        "reached",
        "contracted",
        "wash",
        "ashore",
        "caught",
        "destroyed",
        "damaged",
        "wrecked",
        "gutted",
        "levelled",
        "leveled",
        "flattened",
        "crushed",
        "buried",
        "swept",
        "exploding",
        "fouled",
        "coated",
        "blanketed",
        "seeped",
        "invaded",
        "covered",
        "soaked",
        "smothered",
        "drenched",
        "slicked",
        "oiled",
        "slick",
        "identified",
        "detected",
        "discovered",
        "isolated",
        "infect",
        "confirmed",
        "depth",
        "centred",
        "centered",
        "arriv",
        "landed",
    ),
    "protest": (
        "protest",
        "demonstrat",
        "rall",
        "march",
        "strike",
        "riot",
        "sit-in",
        "walkout",
        "tear gas",
        "water cannon",
    ),
    "policy": (
        "pass",
        "approv",
        "sign",
        "enact",
        "adopt",
        "introduc",
        "veto",
        "unveil",
        "law",
        "bill",
        "legislation",
        "decree",
        "rule",
        "ban",
        "tariff",
        "export",
        "import",
        "moratorium",
        "curfew",
        "emergency",
        "significance",
        "disaster area",
        "disaster zone",
        "price cap",
        "restrictions",
        "limits",
        "curbs",
        "controls",
        "entity list",
        "blacklist",
        "screen",
        "clos",
        "shut",
        "reopen",
        "internet",
        "network",
        "phone",
        "social media",
        "broadcast",
        "measure",
        "cull",
        "slaughter",
        "quarantin",
        "order",
        "sealed",
        "cordon",
        "issued",
        "level",
        "alert",
        "disband",
        "abolish",
        "go-ahead",
        "green light",
        "authori",
        "tax",
        "levy",
        "levies",
        "dut",
    ),
    "election": ("elect", "poll", "voter", "ballot", "referendum", "run", "won ", "vote"),
    "market": (
        "share",
        "stock",
        "future",
        "bond",
        "index",
        "currency",
        "price",
        "market value",
        "oil",
        "crude",
        "gold",
        "dollar",
        "euro",
        "pound",
        "yen",
        "sterling",
        "yield",
        "dow",
        "nasdaq",
        "ftse",
        "nikkei",
        "s&p",
    ),
}


class _StemIndex(NamedTuple):
    finder: re.Pattern[str]  # the longest stem starting at each place of a lower-cased sentence
    families: dict[str, frozenset[str]]  # of a stem and of every shorter stem it begins with
    unstemmed: frozenset[str]  # families tried on every sentence
    every: frozenset[str]  # every family


@functools.cache
def _stem_index() -> _StemIndex:
    """The stems of every family and the families no stem stands for. Every family gets the strings its
    patterns require (events.extract.patterns.required_substrings), worked out when the first sentence is
    read, with its hand-written list in STEMS, if any: a rule edited or added keeps a list that holds
    without anyone writing one."""
    stems: dict[str, set[str]] = {family: set(listed) for family, listed in STEMS.items()}
    unstemmed: set[str] = set()
    for trigger in TRIGGERS:
        required = _required(trigger.pattern)
        if required is not None:
            # (added to a hand-written list too: such a list can miss a branch of its patterns, "tapped"
            # of leadership or "struck down" of legal, and a stem missed rules out a match)
            stems.setdefault(trigger.family, set()).update(required)
        elif trigger.family not in STEMS:
            unstemmed.add(trigger.family)
    families_of: dict[str, set[str]] = {}
    for family, listed in stems.items():
        if family in unstemmed:
            continue
        for stem in listed:
            families_of.setdefault(stem, set()).add(family)
    # The finder gives only the longest stem starting at a place; those it begins with start there too
    # ("fired" holds "fire")
    families = {
        stem: frozenset().union(*(f for other, f in families_of.items() if stem.startswith(other)))
        for stem in families_of
    }
    return _StemIndex(
        re.compile(f"(?=({longest_of(families_of)}))"),
        families,
        frozenset(unstemmed),
        frozenset(t.family for t in TRIGGERS),
    )


# (a sentence is asked again with its clauses, and the same sentence by several steps: kept per text)
@functools.lru_cache(maxsize=512)
def possible_families(lowered: str) -> frozenset[str]:
    """The trigger families that may match a lower-cased sentence: those with a stem in it, and those
    without stems."""
    index = _stem_index()
    if any(c in lowered for c in UNFOLDED):
        return index.every
    return index.unstemmed.union(*[index.families[stem] for stem in set(index.finder.findall(lowered))])


# Who takes an office, named ("Tom Hale", "her", "Mr Roe"), and the office a company, a club or a state fills:
# "replace Tom Hale as chief executive", "named Karl Weiss its new chairman"
_NAMED_HOLDER = r"(?:(?:(?-i:[A-Z])[\w’'.-]+\s+){1,4}?(?:,\s+[^,;]{1,60},\s+)?|(?:him|her|them)\s+)"
_WEEKDAY_OR_DEICTIC = "|".join((*WEEKDAY_NAMES, "yesterday", "today"))
# (a day or a month after "succeeded" is when, not whom: "the talks succeeded Monday")
_MONTH_OR_DAY = "|".join((*WEEKDAY_NAMES, *MONTH_NAMES))
# A day ahead named in a clause of the future: "on Monday", "next week", "later this month", "in June"
_DAY_AHEAD = (
    rf"(?:on\s+(?:{'|'.join(WEEKDAY_NAMES)})|(?:next|this)\s+(?:week|month|year|{'|'.join(WEEKDAY_NAMES)})|tomorrow"
    rf"|later\s+this\s+(?:week|month|year)|in\s+(?:{'|'.join(MONTH_NAMES)}))"
)
_OFFICE_HELD = (
    r"(?:new\s+|interim\s+|acting\s+|permanent\s+|next\s+|sole\s+)*(?:[\w-]+\s+)?(?:chief\s+executive(?:\s+officer)?|ceo"
    r"|chief|chairman|chairwoman|chair|president|head|leader|director|manager|coach|boss|minister|governor"
    r"|commander|secretary|editor|captain|premier|commandant|coordinator|commissioner|mayor|chancellor|ambassador"
    r"|envoy|administrator)\b"
)


# The tasks an office is given, told after "charged with" ("the official charged with organising the vote",
# "a panel charged with guiding the reform"): an office described, no charge laid ("charged with killing",
# "charged with smuggling" name offences, and no offence is among these)
_TASKS = (
    r"(?:overseeing|guiding|running|leading|managing|building|rebuilding|organi[sz]ing|co-?ordinating"
    r"|investigating|reviewing|drafting|writing|implementing|monitoring|supervising|handling|distributing"
    r"|examining|ensuring|protecting|setting\s+up|developing|planning|delivering|administering|regulating"
    r"|enforcing|restoring|preparing|designing|assessing|evaluating|negotiating|overhauling|reforming"
    r"|finding|deciding|determining|advising|drawing\s+up|looking\s+into|carrying\s+out)\b"
)


# A summit named by a trade or an industry is a business gathering, no meeting of states ("told the Global
# Energy Summit", "spoke at an investment summit"; "the climate summit" and "the G20 summit" stay diplomacy)
_NO_TRADE_BEFORE = "".join(
    rf"(?<!\b{w}\s)"
    for w in (
        "energy",
        "business",
        "investment",
        "investor",
        "industry",
        "tech",
        "technology",
        "media",
        "finance",
        "banking",
        "shipping",
        "retail",
        "mining",
        "marketing",
        "innovation",
        "aviation",
        "oil",
        "property",
        "healthcare",
        "insurance",
        "executive",
        "leadership",
    )
)

# Before the people of a protest named as whom words came from or went to ("criticism from protesters",
# "a reply to the demonstrators")
_NOT_A_SOURCE_OF_WORDS = "".join(
    rf"(?<!\b{w}\s)(?<!\b{w}\sthe\s)(?<!\b{w}\ssome\s)" for w in ("from", "to", "towards")
)

# What control is taken of that is no ground: a task, an undertaking, a body or a business ("took control of
# the clean-up operation", "taken control of the response", "seized control of the board")
_NOT_GROUND = (
    r"(?:response|efforts?|operations?|clean-?up|relief|rescue|recovery|investigation|inquiry|probe|process|programme"
    r"|program|project|campaign|negotiations|talks|situation|crisis|agenda|budget|finances|spending|debt|company|firm"
    r"|business|group|bank|board|agency|team|club|party|committee|council|senate|legislature|majority|narrative"
    r"|debate|stake|shares|account|accounts|website|network|system|systems|data|claims|fund|funds)"
)

# Substances a pipe, a filter or a dam takes in by the amount ("capturing most of the leaking crude",
# "quantities of silt"): fluids, gases, sediments and waste. Taken with the place that holds or works one
# ("the oil field", "the water plant") they name a place, which forces capture.
SUBSTANCES = (
    r"(?:oil|crude|gas|carbon|carbon\s+dioxide|co2|methane|emissions|leak|flow|water|rainwater|runoff|sediments?"
    r"|silt|sand|mud|dust|ash|debris|sludge|sewage|waste|fluids?|liquids?)"
)
_SUBSTANCE_SITE = (
    r"(?:fields?|plants?|works|suppl(?:y|ies)|stations?|terminals?|depots?|refiner(?:y|ies)|wells?|pipelines?"
    r"|facilit(?:y|ies)|installations?|platforms?|reservoirs?|towers?|treatment|hub|port)"
)
# Who lays down a rule by command: "the minister ordered that ...", "the council decreed that ..."
_RULE_GIVERS = (
    r"(?:president|prime\s+minister|premier|minister|ministry|government|cabinet|council|governor|mayor|king"
    r"|queen|parliament|authorities|regulators?|agency|administration|commission|department)"
)
# What is built and can give way, fill with water or burst: "the bridge collapsed", "a mine flooded"
_STRUCTURES = (
    r"(?:bridges?|buildings?|dams?|levees?|dykes?|dikes?|embankments?|mines?|pits?|shafts?|tunnels?|roofs?"
    r"|ceilings?|walls?|stands?|stadiums?|towers?|hotels?|schools?|churche?s?|mosques?|temples?|factor(?:y|ies)"
    r"|warehouses?|apartment\s+blocks?|tower\s+blocks?|houses?|homes?|hospitals?|cranes?|scaffolding"
    r"|overpass(?:es)?|flyovers?|walkways?|basements?)"
)
_PREPOSITIONS_BEFORE_A_NOUN = (
    "of in on at by for from with to into over after before since despite amid about following during".split()
)
_NOT_AFTER_PREPOSITION = "".join(rf"(?<!\b{p}\s)" for p in _PREPOSITIONS_BEFORE_A_NOUN)
# Diseases an outbreak's case is told with: "a case of measles", "the first case of the new flu"
_DISEASES = (
    r"(?:flu|influenza|virus|infections?|cholera|measles|ebola|plague|polio|mumps|dengue|malaria|tuberculosis"
    r"|diphtheria|typhoid|meningitis|fever|disease|(?-i:[A-Z]\d+N\d+))"
)
# What a flow of water is told by: "farm runoff", "muddy run-off" are no second round of a vote
# Places a body decides to keep open or shut, in a crisis: schools, crossings, ports, courts
_KEPT_OPEN_PLACES = (
    r"(schools?|universit(y|ies)|colleges?|borders?|border\s+crossings?|crossings?|airports?|ports?|airspace"
    r"|courts?|embass(y|ies)|polling\s+stations?|museums?)"
)
_NOT_WATER = "".join(
    rf"(?<!\b{w}\s)"
    for w in "storm muddy farm agricultural surface fertilizer fertiliser polluted toxic chemical urban"
    " coastal rain snowmelt sewage nutrient oily contaminated".split()
)
# War materiel taken is a capture whatever its amount ("seized large quantities of ammunition")
_MATERIEL = (
    r"(?:arms|weapons|weaponry|ammunition|munitions|materiel|rockets|missiles|explosives|vehicles|tanks)"
)


# A count in figures or in words: "1,240", "eleven", "a dozen"
_COUNTED = (
    rf"(?:(?:about|around|nearly|almost|more\s+than|over|at\s+least|some|roughly|just\s+over|just\s+under)\s+)?"
    rf"(?:\d[\d,.]*|{alternatives(CARDINALS)}|a\s+dozen)\b"
)
# The illness someone is found to have, after "diagnosed" or "confirmed": "with the virus", "to have swine
# flu", "as suffering from measles", "as having the fever" (one named person's "diagnosed with cancer" names
# no catching disease)
_ILLNESS_HELD = (
    r"(?:with|to\s+have|as\s+(?:suffering\s+from|having))\s+(?:the\s+|a\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?{_DISEASES}\b"
)
# An outbreak reaching a place, told by its first cases with the disease named before them: "12 tourists had
# the virus, the first cases to reach the island", "cholera ... in the first cases to hit the province"
_FIRST_CASES_OF_A_PLACE = (
    rf"\b{_DISEASES}\b[^.;:]{{0,40}}?\b(?:the|its|their)\s+first\s+(?:confirmed\s+|known\s+|human\s+)?cases\s+"
    r"(?:to\s+(?:hit|reach|strike|be\s+(?:confirmed|reported|recorded|found))|(?:in|on)\s+(?-i:[A-Z]|the\b))"
)
# Those an outbreak counts: "cases", "confirmed infections", "people infected", "patients"
_SICK = r"(cases|infections|patients|people\s+(infected|sickened|with\s+the\s+[\w-]+))"
# A count's level, reached or standing: "now stands at 1,240", "has risen to 17", "reached 3,100", "is now 34"
_LEVEL_REACHED = (
    r"(?:\b(now\s+|already\s+|officially\s+)?(stands|stood|rose|climbed|reached|jumped|increased|grew|hit|topped|passed"
    r"|soared|surged|went\s+up|(is|was)\s+now|(has|have|had)\s+(now\s+|already\s+)?(risen|climbed|reached|jumped"
    rf"|increased|grown|soared|surged|gone\s+up|hit|topped|passed))\s+((to|at)\s+)?{_COUNTED}"
    # ("has tripled in a week to 300", "more than doubled to 1,400": a level told by how many times it grew,
    # then reached)
    r"|\b((has|have|had)\s+)?(now\s+|already\s+|more\s+than\s+|nearly\s+|almost\s+)?(doubled|tripled|trebled"
    rf"|quadrupled)\s+([^.;:]{{0,30}}?\s)?to\s+{_COUNTED})"
)


# The dead as the subject, before a verb or its auxiliary: "bodies were pulled from the wreckage" is no rescue
_NOT_AFTER_THE_DEAD = "".join(
    rf"(?<!\b{w}\s{aux})"
    for w in ("bodies", "body", "corpses", "remains", "dead", "victims")
    for aux in ("", r"were\s", r"was\s", r"had\s", r"has\s", r"have\s")
)


# The hurt as those whom others care for or move ("trying to evacuate injured people", "flew wounded
# civilians to the capital", "the evacuation of injured children had stopped"): the people, not a toll
_CARE_VERBS = (
    "evacuate evacuated evacuating treat treating tend tending carry carrying airlift airlifting ferry"
    " ferrying transport transporting transfer transferring fly flying move moving rescue rescuing help"
    " helping reach reaching visit visiting visited see seeing"
)
_NOT_AFTER_CARE = "".join(
    rf"(?<!\b{w}\s)"
    for w in (*_CARE_VERBS.split(), "evacuation of", "treatment of", "care for", "caring for")
)


# Armed men who are no state's force: "captured by rebels", "an attack by gunmen"
_FIGHTERS = (
    r"(?:rebels?|militants?|fighters|insurgents?|gunmen|pirates|kidnappers|jihadists|militias?|guerrillas"
    r"|separatists|terrorists?)"
)

# "To capture" takes people in war and oil in a clean-up (types27): the sense is the object's. Who can be
# taken prisoner, a force or a person by any word for one; war materiel and the places fought over
# ("captured the airport") keep the verb's sense of war.
_PEOPLE_TAKEN = (
    r"(?:soldiers?|troops|fighters?|servicem[ae]n|marines?|sailors?|pilots?|crew(?:s|men|members)?|commanders?"
    r"|officers?|militants?|rebels?|insurgents?|jihadists?|gunm[ae]n|mercenar(?:y|ies)|hostages?|civilians?|m[ae]n"
    r"|wom[ae]n|children|boys?|girls?|people|persons?|individuals?|nationals?|citizens?|foreigners?|members?"
    r"|journalists?|reporters?|workers?|volunteers?|pows?|prisoners?|combatants?|conscripts?|recruits?|guards?"
    r"|policem[ae]n|leaders?|chiefs?|suspects?|fugitives?|generals?|colonels?|warlords?|kingpins?|spies|spy)"
)
_CAPTIVES = (
    rf"(?:{_PEOPLE_TAKEN}"
    r"|towns?|city|cities|villages?|airports?|airfields?|bases?|hills?|positions?|strongholds?|territor(?:y|ies)"
    r"|districts?|outposts?|checkpoints?|bridges?|islands?|headquarters|settlements?|capital|garrison"
    r"|tankers?|ships?|vessels?|boats?|freighters?|aircraft|planes?|helicopters?|drones?"
    rf"|{_MATERIEL})"
)
# ... as the object, after at most four words ("captured two foreign fighters", "captured the rebel
# commander"), or a name or a pronoun ("captured Adm. Jane Roe", "captured them"); never the agent of a
# passive
_CAPTURED_WHOM = (
    rf"(?=\s+(?!by\b)([\w’',-]+\s+){{0,4}}?{_CAPTIVES}\b|\s+((an?|the|two|three|four|five|six|seven|eight|nine|ten"
    r"|\d[\d,]*|some|several|dozens\s+of|hundreds\s+of)\s+)?(?-i:[A-Z])|\s+(him|her|them|himself|themselves)\b"
    # ("captured the oil field", "the gas plant": a place named by what it works)
    rf"|\s+(the\s+|an?\s+|its\s+)?([\w-]+\s+)?{SUBSTANCES}\s+{_SUBSTANCE_SITE}\b)"
)
# ... or in the passive: the one taken before the verb ("two soldiers were captured near the river"; "the
# city, in the days after it was captured" names another subject), or a force as its agent ("Jane Roe was
# captured by rebels")
_CAPTURED_IN_THE_PASSIVE = (
    rf"\b{_CAPTIVES}\b((?!\b(it|this|that|which|he|she|they)\b)[^.;:]){{0,60}}?\b(was|were|been|being|be|is|are)\s+"
    r"(\w+ly\s+)?captured\b(?!\s+by\s+(an?\s+|the\s+)?(tv|television|news|camera|cameras|cameramen"
    r"|photographers?|film|video|satellites?|instruments?|sensors?)\b)"
    # ... or named before the one who took them: "two soldiers Ukraine captured in January", "the men his
    # forces had captured"
    rf"|\b{_PEOPLE_TAKEN}\s+(that\s+|whom\s+)?(((?-i:[A-Z])[\w’'.-]*\s+){{1,3}}|(the|its|their|his|her|our)\s+"
    r"([\w-]+\s+){0,2}?(forces|troops|army|rebels|military|soldiers|militants|fighters|militia)\s+)(had\s+|has\s+"
    r"|have\s+)?captured\b"
    rf"|\bcaptured\s+by\s+([\w’'-]+\s+){{0,2}}?(forces|troops|soldiers|{_FIGHTERS}|army|military|police|enemy)\b"
)


# "To deploy" or "to dispatch" sends a force, or puts equipment to work (types27: "deployed 90 percent of the
# equipment", "dispatched a tanker", "a reporter dispatched to cover the spill"): a deployment names what is
# sent, a force or its craft, or a team sent to the rescue
_FORCES = (
    r"(?:troops?|soldiers|forces|military|army|armies|navy|air\s+force|marines|sailors|paratroopers|airmen|servicemen"
    r"|service\s+members|personnel|peacekeep(?:ers|ing)|police|policemen|officers|(?:national\s+)?guard(?:smen)?"
    r"|units|battalions?|brigades?|regiments?|contingents?|warships|naval\s+vessels|ships?|vessels|boats|helicopters"
    r"|aircraft|jets|bombers|planes|missiles|rockets|drones|tanks|artillery|weapons|rescuers|firefighters|medics"
    r"|(?:search-and-|search\s+and\s+)?(?:rescue|relief|medical|emergency|aid|humanitarian|response)\s+(?:teams?"
    r"|workers|specialists|experts|crews|units|staff|personnel))"
)
# ... as the verb's object within five words ("deployed 2,000 marines", "the deployment of a relief team"),
# or by its name ("the deployment of Largs Bay"), never its agent ("deployed by the firm") ...
_FORCE_AFTER = rf"\s+(?!by\b)(of\s+)?(([\w’',.-]+\s+){{0,5}}?{_FORCES}\b|(the\s+)?(?-i:[A-Z])\w)"
# ... or before it, sent or moved in the passive or as the subject ("peacekeepers, who keep order in the
# capital, have been deployed", "the army deployed boats"), unless the object says it is equipment
_NOT_EQUIPMENT_AFTER = (
    r"(?!\s+(of\s+)?(the\s+|its\s+|an?\s+|more\s+|new\s+)?([\w,-]+\s+){0,2}?(booms?|barriers?|equipment|robots?"
    r"|remote-controlled|robotic|dispersants?|caps?|domes?|skimmers?|sandbags|technology|software|capital|cash"
    r"|funds?|tools?|devices?|containment)\b)"
)
# (the match starts at the verb where the force is its subject with only auxiliaries between, "soldiers have
# already been deployed", so that the rules reading the words before a trigger see its passive; a force set
# apart from its verb by a clause, "peacekeepers, who kept order there, were deployed", starts it)
_FORCE_WORDS = (
    "troops soldiers forces military army navy marines sailors paratroopers airmen servicemen personnel"
    " peacekeepers police policemen officers guard guardsmen units battalion battalions brigade brigades"
    " contingent contingents warships ships vessels boats helicopters aircraft jets bombers planes rescuers"
    " firefighters medics teams team"
).split()
_AUXILIARIES = [
    "",
    *(
        r"\s".join(words.split()) + r"\s"
        for words in (
            "were",
            "was",
            "are",
            "is",
            "be",
            "been",
            "being",
            "have been",
            "has been",
            "had been",
            "were being",
            "are being",
            "will be",
            "to be",
            "have already been",
            "had already been",
            "have now been",
            "have also been",
            "were also",
            "were already",
            "are already",
        )
    ),
]
# ("the base for marines deployed to the gulf", "a camp with troops deployed abroad": a participle after a
# force named by a preposition's object only says which force; the sentence's own verb is elsewhere)
_FORCE_DESCRIBED = "".join(rf"(?<!\b{p}\s{{w}}\s)" for p in ("for", "with", "among"))
_FORCE_JUST_BEFORE = (
    "(?:"
    + "|".join(
        rf"(?<=\b{w}\s{aux})" + (_FORCE_DESCRIBED.format(w=w) if not aux else "")
        for w in _FORCE_WORDS
        for aux in _AUXILIARIES
    )
    + ")"
)
_FORCE_BEFORE = (
    rf"(?=(re)?(deploy|dispatch)){_FORCE_JUST_BEFORE}(re)?(deploy(ed|s|ing|ment)?|dispatch(ed|es|ing)?)\b"
    rf"{_NOT_EQUIPMENT_AFTER}"
    rf"|\b{_FORCES}\b[^.;:]{{26,120}}?\b(re)?(deploy(ed|s|ing|ment)?|dispatch(ed|es|ing)?)\b{_NOT_EQUIPMENT_AFTER}"
)


# Attacking someone by words: "attacked the ministry by accusing it of hiding the cost"
_WORDS_OF_ATTACK = (
    r"accusing|saying|calling|claiming|suggesting|describing|branding|labell?ing|questioning|demanding|arguing"
    r"|insisting|blaming|criticising|criticizing|denouncing|condemning|dismissing|mocking|ridiculing"
)


# "Attacks" made in words (types27): "personal attacks on the chief executive", "a scathing attack on the
# plan" are criticism, no blow struck
_NOT_AFTER_WORDS_OF_SCORN = "".join(
    rf"(?<!\b{w}\s)"
    for w in (
        "personal verbal scathing withering vitriolic rhetorical stinging blistering written political"
        " partisan public"
    ).split()
)
# ... and those whose weapons are words, as the subject right before the verb: "MPs attacked the rail operator
# in a debate", "critics have attacked the plan" (an armed group or a crowd attacks with blows)
_NOT_AFTER_THOSE_OF_WORDS = "".join(
    rf"(?<!\b{w}\s{aux})"
    for w in (
        "politicians lawmakers legislators senators congressmen congresswomen MPs critics campaigners"
        " commentators columnists newspapers editorials environmentalists Democrats Republicans"
    ).split()
    for aux in ("", r"have\s", r"had\s", r"also\s", r"have\salso\s")
)
# "Struck" of no blow (types27): what impressed someone ("were struck by the sheer number of ..."), a deal
# or a note struck told before the verb ("the deal struck at the summit"), a ruling with its object between
# ("a court struck the first ban down")
_STRUCK_NOT_A_BLOW = (
    r"(?!\s+by\s+(the\s+)?([\w-]+\s+){0,2}?(number|fact|scale|extent|size|sight|way|amount|speed|level|lack"
    r"|absence|contrast|similarit(y|ies)|resilience|beauty|quality|degree|calm|silence)\b)"
    r"(?!\s+([\w-]+\s+){1,3}?down\b)"
    # ("The firm struck back on Monday, accusing the regulator of ...": a retort in words, as "hit back")
    r"(?!\s+back\b[^.;:]{0,40}?\b(accusing|saying|arguing|insisting|claiming|denying|calling|describing"
    r"|with\s+(a|an|its|his|her|their)\s+(statement|letter|lawsuit|complaint))\b)"
    + "".join(
        rf"(?<!\b{w}\sstruck)"
        for w in "deal deals agreement agreements bargain compromise accord accords pact pacts balance note"
        " tone".split()
    )
)


# "killed" of no living thing: a well sealed for good ("a cement plug has killed the well", "to get the
# well killed"), a bill or a deal stopped, an engine or the power switched off; quotation marks around the
# word ('engineers "killed" the gas well') change nothing of what it is said of
_KILLED_NO_THING = (
    r"(?<!\bwell\s)(?<!\bwells\s)(?<!\bwell\swas\s)(?<!\bwell\sis\s)(?<!\bwell\sbe\s)(?<!\bwell\sbeen\s)"
    r"(?<!\bwell\s[\"“‘'])(?<!\bwell\sbeen\s[\"“‘'])killed"
    r"(?![\"”’']?\s+(off\s+)?(the\s+|its\s+|their\s+|a\s+|an\s+|this\s+|that\s+|[\w.-]+[’']s\s+)?([\w-]+\s+){0,2}?"
    r"(wells?|gushers?|bills?|legislation|deals?|plans?|proposals?|projects?|engines?|motors?|lights|power"
    r"|momentum|hopes?|chances?)\b)"
)
# Wild and farm animals, as a toll counts them (types27)
_ANIMALS = (
    r"(?:(?:sea\s*)?birds|pelicans|gulls|ducks|(?:sea\s+)?turtles|dolphins|whales|porpoises|seals|otters|fish|sharks"
    r"|crabs|shrimp|oysters|corals?|animals|mammals|wildlife|livestock|cattle|cows|sheep|goats|pigs|poultry|chickens"
    r"|horses|bees|manatees)"
)
_ANIMALS_KILLED = (
    # the animals before the verb: "15,000 birds were killed", "fish died", "dolphins have been found dead"
    rf"\b{_ANIMALS}\s+((have|has|had)\s+)?((been|were|was)\s+)?(\w+ly\s+)?(killed|died|found\s+dead"
    r"|washed\s+(up|ashore)\s+dead)\b"
    # ... after it: "killed at least 36,000 sea birds", "killed birds, sea turtles and dolphins"
    # ("the spill will have killed some fish": a guess, no toll)
    + "|"
    + "".join(
        rf"(?<!\b{m}\s)(?<!\b{m}\shave\s)" for m in "will would could may might must should can".split()
    )
    # ("killing the pigs would be a mistake": a gerund names an act, a cull; only a participle after a comma
    # tells what a happening did, "..., killing birds and turtles")
    + r"(\bkill(ed|s)|(?<=,\s)killing)\s+((at\s+least|about|some|nearly|almost|more\s+than|over"
    r"|an\s+estimated|thousands\s+of|hundreds\s+of|tens\s+of\s+thousands\s+of|millions\s+of|\d[\d,.]*(\s+million)?)\s+)*([\w-]+\s+)?"
    rf"{_ANIMALS}\b"
    # ... or counted dead by an adjective: "crews found 130 dead birds", "scores of dead turtles" ("worse than
    # a few dead birds" counts none; "the Oiled Wildlife Care Network" is a name)
    # (the count stays out of the match: "about 130 dead birds" is no topic "about" names)
    r"|((?<=\d\s)|(?<=\bscores\sof\s)|(?<=\bdozens\sof\s)|(?<=\bhundreds\sof\s)|(?<=\bthousands\sof\s))"
    rf"((visibly|badly|heavily)\s+)?(?-i:dead|oiled|oil-soaked|oil-covered|oil-coated)\s+([\w-]+\s+)?{_ANIMALS}\b"
    # ... or by the toll of them: "the toll of dead and injured birds is climbing" (a herd's or a colony's
    # losses, no people's)
    r"|\btolls?\s+of\s+(the\s+)?(dead|injured|oiled|sick|stranded)(\s+(and|or)\s+(dead|injured|oiled|sick|stranded))?\s+"
    rf"([\w-]+\s+)?{_ANIMALS}\b"
)


# What voters do when a vote is held: "Voters in the capital went to the polls", "voters rejected the
# charter", "voters will choose a new parliament on Sunday"
_VOTERS_ACT = (
    r"(went|go|goes|going|head(s|ed)?|cast|casting|chose|choose|chosen|rejected|reject|approved|approve|backed"
    r"|elected|elect|turned\s+out|turn\s+out|returned|voted|vote|voting|gave|handed|ousted|delivered|queued"
    r"|queue|lined\s+up|flocked|are\s+voting|were\s+voting)\b"
)


def rx(pattern: str) -> LazyPattern:
    # Compiled when a sentence first reaches the rule: most never do in a one-article add.
    return LazyPattern(pattern, re.IGNORECASE)


def rx_gated(pattern: str) -> GatedPattern:
    """`rx` of a rule that most sentences lack the words of (see GatedPattern)."""
    return GatedPattern(rx(pattern))


# Who strikes for work's sake: a union, or workers of a trade (plural, as a body that downs tools)
_LABOUR_DOERS = (
    r"(?:unions?|workers|staff|employees|nurses|doctors|teachers|pilots|drivers|dockers|dockworkers|miners"
    r"|porters|cleaners|guards|controllers|lecturers|midwives|paramedics|firefighters|postal\s+workers"
    r"|crews|cabin\s+crew|journalists|civil\s+servants|farmers|truckers|conductors|machinists)"
)
# Craft that can be wrecked, the ways a craft is wrecked, and the words that tell who runs an installation
# or craft ("leased to a drilling firm", "owned by a shipping line"), shared by the rules of what gives way
_VESSEL_KINDS = "tanker|ferry|ship|vessel|boat|freighter|trawler|liner"
_WRECKED = r"(broke\s+up|broke\s+apart|sank|capsized|ran\s+aground|went\s+down|caught\s+fire|exploded)"
# ... and in the present that chronologies tell past days in ("May 3 - The ferry sinks off the cape"), read
# only at the start of such a line, the day and a dash before a craft named with "the", so that a plot, a
# warning or a rule told in the present ("the musical in which the liner sinks", "before the ship sinks",
# "when a tanker catches fire") is none
_WRECKED_NOW = (
    rf"(?:^|(?<=\n))\s*{alternatives(list(MONTH_NAMES))}\.?\s+\d{{1,2}}\s*[-–—:]\s*the\s+({_VESSEL_KINDS})\s+"
    r"([A-Z][\w-]+\s+){0,2}(breaks\s+up|breaks\s+apart|sinks|capsizes|runs\s+aground|catches\s+fire|explodes)\b"
)
_WHO_RUNS_IT = "(leased|owned|operated|run|built|chartered)"
# A sum of money given or pledged, with what may come before its figure and the same sum in another money
# after it: "an extra $5m", "more than 300m euros ($350m)"
_SUM_GIVEN = (
    r"(an?\s+(extra|further|additional)\s+)?(about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+"
    r"|another\s+)?([$£€¥#]\s?\d[\d.,]*|\d[\d.,]*\s*(million|billion|m|bn)\s+(dollars|euros|pounds|kroner|yen"
    r"|francs))(\s*(m|bn|million|billion)\b)?(\s+\([^)]{1,20}\))?"
)
# Bodies that vote or appoint, and so can confirm a nominee in an office: the senate, a board, lawmakers
_CONFIRMING_BODY = (
    r"(senate|senators|parliament|congress|assembly|legislature|lawmakers|legislators|MPs|deputies|board|council"
    r"|chamber|delegates|shareholders)"
)
# Priority order: the first trigger found decides the type. Speech acts come last because a sentence
# like "Zelenskyy said Tuesday that the military had captured two men" reports a capture.
TRIGGERS = (
    Trigger(
        "denial",
        "denial",
        rx(
            r"\b(den(y|ies|ied|ying|ial)(?!\s+(him|her|them)?\s*bail)"
            # "the court denied the government's request for a stay", "were denied entry", "the judge
            # denied the defence motion": a request, a way or a motion refused, no claim rejected (a
            # court's refusal is its ruling, by the court named); "denied the motion had been filed late"
            # is a claim denied
            # ("the agency denied most of the permit applications", "the fund is denying many of those
            # filings": claims for money or leave refused, not a claim answered)
            r"(?!\s+(the\s+|an?\s+|his\s+|her\s+|its\s+|their\s+)?((?!that\b)[\w’'-]+\s+){0,4}?(requests?"
            r"|applications?|permission|access|entry|visas?|filings?|petitions?|permits?|licen[cs]es?|appeals?"
            r"|motions?|asylum|benefits?|coverage|compensation|payments?|payouts?|refunds?)\b"
            r"(?!\s+(had|has|have|was|were|is|are|would|will|could)\b))"
            r"|reject(s|ed|ing)?\s+(the\s+)?(claims?|allegations?"
            r"|accusations?|reports?|suggestions?)|dismiss(es|ed|ing)?\s+(the\s+)?(claims?|allegations?|accusations?"
            r"|reports?)|groundless|unfounded|baseless|no\s+basis\s+in\s+facts?|refut(e|es|ed|ing)|fabricat(ed|ion))\b"
            # "the firm disputed the new estimates", "the ministry contests the figures": another's count of
            # what the speaker is answerable for, rejected ("disputed the election", "contested the seat": a
            # result fought over; "scientists disputed the agency's claim": a view against a view, remarks)
            # ("to settle any disputes over claims", "a contest of figures": the noun, a quarrel or a match)
            r"|(?<!\bany\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bno\s)(?<!\bof\s)(?<!\bin\s)\b(disput(e|es|ed|ing)|contest(s|ed|ing)?)"
            r"\s+(the\s+|these\s+|those\s+|such\s+|any\s+|its\s+|their\s+|his\s+|her\s+)?"
            r"((?!(over|about|on|with|between|of|in|for|to)\b)[\w’'-]+\s+){0,2}?"
            r"(estimates?|figures?|numbers|tallies|tally|toll|counts?|calculations?)\b"
            # "Officials played down the possibility of a leak", "the bank downplayed reports of losses": a
            # possibility or a report made light of is a claim answered
            r"|\b(play(s|ed|ing)?\s+down|downplay(s|ed|ing)?)\s+(the\s+|any\s+)?(possibility|likelihood|chances?"
            r"|suggestions?|reports?|claims?)\b"
        ),
    ),
    Trigger(
        "exchange",
        "exchange",
        rx(
            r"\b(exchang(e|ed|es|ing)|swap(s|ped)?)\b[^.]{0,90}\b(prisoners?|soldiers|captives|pows?|nationals|citizens"
            r"|servicemen)\b|\b(prisoners?|pows?)\s+(exchange|swap)\b"
        ),
    ),
    Trigger(
        "leadership",
        "leadership",
        rx(
            r"\b(coup|putsch|ousted|ouster|overthr(own|ew)|toppled|deposed|unseat\w*|resign(ed|s|ing|ation)"
            r"|stepp(ed|ing)\s+(down|aside)|step\s+(down|aside)|sworn\s+in"
            # "was forced from power in 1986", "forced out of office": an ouster told in the passive
            r"|forced\s+(out\s+)?(of|from)\s+(power|office)|inaugurat(ed|ion)|took\s+office|tak(e|es|ing)\s+office"
            # ("a panel appointed by the governor accused ...": a participle that only says who set the body
            # up; "was appointed by the board" is the appointment itself; "Judge Roe, appointed to the bench
            # by a former president, ..." only says who the judge is)
            r"|(?<!-)appointed(?!\s+(to\s+(the\s+)?([\w-]+\s+){1,4}?)?by\b)|((?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bbe\s)|(?<=\bis\s)|(?<=\bare\s))appointed"
            r"|named\s+([\w-]+\s+){0,3}as\s+(the\s+)?(new\s+)?(interim\s+)?(prime\s+minister|president"
            # ("was fired up": roused, not dismissed)
            r"|chief|head|leader|minister|director)|fled\s+the\s+country|sacked|fired\s+(as|from)|was\s+fired(?!\s+up\b)"
            r"|impeach(ed|ment)|seiz(e|ed|es|ing)\s+power|took\s+power"
            # "Brazil took charge of the mission", "to take interim charge of it", "took command of the
            # fleet", "assumed command of the garrison": a command taken
            r"|(took|take|takes|taking|assumed|assumes|assume|assuming)\s+(interim\s+|temporary\s+|overall\s+|full\s+)?command"
            r"\s+of"
            # "is now in day-to-day charge of the response", "was put in charge of the rescue": a charge
            # handed over ("the man in charge of compensation" only says who someone is)
            r"|(is|are|was|were)\s+(now\s+)?in\s+(day-to-day|overall|operational|sole|full|interim|temporary)\s+charge\s+of"
            r"|(put|placed)\s+(\w+\s+){0,3}?in\s+(day-to-day\s+|overall\s+|operational\s+|sole\s+|full\s+|interim\s+)?charge"
            r"\s+of"
            r"|(took|take|takes|taking)\s+(interim\s+|temporary\s+|overall\s+)?charge\s+of|military\s+takeover|(coalition|government)"
            r"\s+(has\s+)?(collapsed|fell)|no-confidence\s+(vote|motion)"
            # "relieved of his command", "stripped of her duties", "removed from his post", "suspended from
            # office": an office-holder put out of the office (a title, a licence or immunity taken is none)
            r"|(relieved|stripped)\s+(\w+\s+)?of\s+(his\s+|her\s+|their\s+|its\s+)?([\w-]+\s+){0,3}(duties|command"
            r"|control|post|role|responsibilit\w+|powers|office|position|portfolio)"
            # (the office ends the phrase: "removed from the government website" is a page taken down)
            r"|(removed|dismissed|suspended|sacked|ousted|relieved)\s+(\w+\s+)?from\s+(his\s+|her\s+|their\s+|its\s+|the\s+)?"
            r"([\w-]+\s+){0,3}(duties|command|post|role|office|position|portfolio|job|cabinet|government)"
            r"(?=\s*([,.;:]|$)|\s+(on|in|at|after|before|for|over|by|and|but|as|last|this|earlier|yesterday|today|amid"
            r"|following|pending|until|when|while|because|with|\w+day)\b)"
            # "fired his finance minister", "sacked the army chief": a leader removes an office-holder
            # ("fired its chief executive": the office's whole name, or "chief" would read as a word naming
            # the executive)
            r"|(fired|sacked|dismissed|removed|ousted)\s+(his|her|its|their|the)\s+([\w-]+\s+){0,3}(minister"
            r"|chief\s+executive(\s+officer)?|chief"
            r"|head|commander|governor|director|secretary|premier|ambassador|deputy|cabinet|government|coach|manager)"
            # ... or the office-holder named with the title and no article: "has dismissed chief executive Tom
            # Hale", "sacked army chief Gen Karl Weiss" ("dismissed chief executive Tom Hale's claims": his
            # words)
            rf"|(fired|sacked|dismissed|removed|ousted)\s+([\w-]+\s+){{0,2}}?{_OFFICE_HELD}\s+(?-i:[A-Z])\w*"
            r"(?!(\s+(?-i:[A-Z])[\w.-]*)*[’']s\b)"
            # "Jane Roe will replace Tom Hale as chief executive", "spurred the bank to replace its chairman",
            # "named Karl Weiss its new chairman", "hired her as coach": an office changes hands, in a company
            # or a club as in a state
            rf"|(replac(e|es|ed|ing)|succeed(s|ed|ing)?)\s+{_NAMED_HOLDER}as\s+{_OFFICE_HELD}"
            # "Karl Weiss will succeed him in June", "succeeded Tom Hale last year": to succeed someone is to
            # take the office they hold ("succeeded in halting the leak" has no one succeeded; "may succeed
            # H5N1 as the likeliest strain" names no one, and "as" with no office is left to the rule above)
            rf"|(?<!\bto\s)succeed(s|ed)?\s+(?!({_MONTH_OR_DAY})\b)(him|her|(?-i:[A-Z][a-z])[\w’'.-]*"
            r"(\s+(?-i:[A-Z][a-z])[\w’'.-]*){0,2})"
            r"(?=\s*[,.;]|\s*$|\s+(on|in|at|after|when|from|next|this|last|later|early|who)\b)"
            rf"|(replac(e|es|ed|ing)|oust(s|ed|ing)?)\s+(its|his|her|their|the)\s+{_OFFICE_HELD}"
            rf"|(?<!\bbe\s)(?<!\bbeen\s)(named|hired|tapped|promoted|picked|chose|appointed)\s+{_NAMED_HOLDER}"
            rf"(as\s+)?(its|the|their|his|her)\s+{_OFFICE_HELD}"
            rf"|(hired|tapped|promoted|picked|chose)\s+{_NAMED_HOLDER}as\s+{_OFFICE_HELD}"
            # "tapped Jan Roe on Friday to lead the water agency", "named her to lead the inquiry"
            rf"|(?<!\bbe\s)(?<!\bbeen\s)(named|hired|tapped|picked|chose|appointed)\s+{_NAMED_HOLDER}"
            r"((last|this|next)\s+\w+\s+|on\s+\w+\s+)?to\s+(be|become|serve\s+as|lead|head|run|chair)\b"
            # "will appoint Jan Roe to head the inquiry", "is expected to name Karl Weiss as its chairman":
            # the same verbs in the doer's own future, told with the holder's name and the office as the
            # past-tense branch has them (a hire, "plans to hire 500 workers to run the plant", names no
            # office; a demand that someone appoint, "urged the king to appoint", names no future of the
            # doer's)
            # An office to be given is a planned happening of its own day, so the clause must name a day
            # ahead ("on Monday", "next week", "in June"): with none it would take the day of another
            # sentence, done and not planned
            rf"|\b(?=[^.;,]{{0,120}}?\b{_DAY_AHEAD}\b)(will|(is|are)\s+(to|set\s+to|expected\s+to|due\s+to)|plans?\s+to)"
            rf"\s+(also\s+|soon\s+|on\s+\w+day\s+)?(appoint|name"
            rf"|tap|pick|choose)\s+{_NAMED_HOLDER}((next|this)\s+\w+\s+|on\s+\w+\s+)?(to\s+(become|serve\s+as|lead|head"
            rf"|chair|co-chair)\b|as\s+(the\s+|its\s+|their\s+|his\s+|her\s+)?{_OFFICE_HELD})"
            # "became head of the national library", "became prime minister in 2019", "will become chief
            # executive in May": an office taken, or to be taken
            rf"|(became|(will|is\s+to|are\s+to|(is|are|was|were)\s+(due|set)\s+to)\s+become)\s+(the\s+|its\s+|their\s+)?"
            rf"([\w.&-]+[’']s\s+)?([\w-]+\s+)?{_OFFICE_HELD}(?!\s+(concern|worry|reason|cause"
            r"|source|target|suspect|focus|priority|issue|problem|beneficiary|obstacle|critic|casualty)\b)"
            # "is to hand over as the bank's chairman", "will retire as head of the fire service", "stood
            # down as coach": an office left
            rf"|(hand(s|ed|ing)?\s+over|retir(e|es|ed|ing)|st(and|ands|ood|anding)\s+down)\s+as\s+(the\s+|its\s+|their\s+)?"
            rf"([\w.&-]+[’']s\s+)?{_OFFICE_HELD}"
            # "Karl Weiss was named chief executive", "was replaced as coach", "quit as chairman", "will be
            # succeeded by Marco Rossi": the same change told of the one who comes or goes
            rf"|(was|were|been|be|is)\s+(named|made|appointed|replaced)\s+(as\s+)?(the\s+|its\s+|their\s+)?"
            rf"{_OFFICE_HELD}"
            # "The senate confirmed Jo Roe as finance minister", "Lawmakers on Monday confirmed the
            # nomination of Tom Ley", "was confirmed as governor by the state assembly": a body that votes
            # puts its nominee in office ("Police confirmed him as the head of the gang", "was confirmed as
            # the missing mayor" say who someone is, and no body named gave them anything; the body is the
            # subject right before the verb, for a body told something does not confirm: "Police told the
            # council they had confirmed Tom Ley as the gang's leader")
            rf"|\b{_CONFIRMING_BODY}\s+(on\s+\w+day\s+|\w+ly\s+|voted\s+[\d-]+\s+to\s+)?confirm(s|ed)?\s+({_NAMED_HOLDER}as\s+"
            rf"(the\s+|its\s+|their\s+)?([\w.&-]+[’']s\s+)?{_OFFICE_HELD}|(the\s+|his\s+|her\s+|their\s+)?"
            r"([\w.-]+[’']s\s+)?(nomination|appointment)\s+of\s+(?-i:[A-Z])\w*)"
            rf"|(was|were|been|be|is)\s+confirmed\s+(as\s+)?(the\s+|its\s+|their\s+)?{_OFFICE_HELD}[^.;,]{{0,40}}?"
            rf"\bby\s+(the\s+|its\s+|a\s+)?([\w-]+\s+){{0,2}}?{_CONFIRMING_BODY}\b"
            rf"|(quit|quits|stepped\s+aside|stepped\s+down|resigned)\s+as\s+(the\s+|its\s+|their\s+)?{_OFFICE_HELD}"
            # "will take over as the bank's chief executive", "took over from Tom Hale as chairman": the
            # office taken, as "succeeded" tells it
            rf"|(took|take|takes|taking|taken)\s+over\s+(from\s+{_NAMED_HOLDER})?as\s+(the\s+|its\s+|their\s+)?"
            rf"([\w.&-]+[’']s\s+)?{_OFFICE_HELD}"
            # "took over the day-to-day running of the bank", "will take over the leadership of the party":
            # the running of a body handed on ("took over the port" is ground taken; "took over the firm" is a
            # purchase)
            # ("wants the government to take over running the operation": a task, no office)
            r"|(took|take|takes|taking|taken)\s+over\s+(the|its|their)\s+(day-to-day\s+|overall\s+|interim\s+)?"
            r"(running|management|leadership|chairmanship|presidency)\s+of\b"
            r"|(was|were|been|be|is)\s+succeeded\s+by\s+(?-i:[A-Z])\w*"
            # "Commandant Jane Roe retired Tuesday", "retired from the navy last month": an office-holder
            # leaves
            # ("retired Adm. Jane Roe said", "a retired judge": before a name or a noun it only describes)
            rf"|(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)retired(?=\s*[,.;]|\s*$|\s+(on\s+)?({_WEEKDAY_OR_DEICTIC})\b"
            r"|\s+(last|this|earlier|at\s+the\s+end\s+of)\s+(week|month|year|\w+day)\b|\s+from\s+(the|his|her|its|their)\s)"
            # "will continue to serve as the president's envoy", "is to stay on as coach": an office kept
            # past a change that would have ended it (a retirement, a new government), which news announces
            rf"|(will|would|is\s+to|are\s+to|agreed\s+to)\s+(continue\s+to\s+serve|stay\s+on|remain)\s+as\s+(the\s+|its\s+"
            rf"|their\s+)?((?:[\w.&-]+\s+){{0,3}}?[\w.&-]+[’']s\s+)?({_OFFICE_HELD}|point\s+(man|woman|person))"
            # "stepped into the post on Tuesday", "began as the utility's spokesperson": an office taken up
            r"|stepp(ed|ing)\s+into\s+(the|a|his|her|their|its)\s+(new\s+)?(post|role|job|position)\b"
            rf"|(started|began)\s+(work\s+)?as\s+(the\s+|its\s+|their\s+|a\s+)?([\w.&-]+[’']s\s+)?([\w.-]+\s+)?"
            rf"(spokes(person|man|woman)|{_OFFICE_HELD}))\b"
        ),
    ),
    # A seat taken on a board or in a cabinet, or a rise to an office, is an appointment told by its
    # verb ("Ana Roe joined the board of Kova in May", "joins the cabinet", "was promoted to finance chief");
    # joining a board "in" an appeal ("joined the board in calling for"), the board's own act ("joined the
    # board's protest") or a thing the word only qualifies ("joined the cabinet meeting") is none, and a
    # club or a player promoted to a league or a team holds no office
    Trigger(
        "leadership",
        "leadership",
        rx(
            r"\b(joined|joins)\s+(the\s+|its\s+|their\s+|(?-i:[A-Z])[\w&.-]+(\s+(?-i:[A-Z])[\w&.-]+){0,2}[’']s\s+)?"
            r"(board|cabinet)\b(?![’']s\b)(?!-)(?!\s+in\s+[a-z]+ing\b)"
            r"(?!\s+(?!(of|in|on|at|as|and|or|but|last|this|that|after|before|with|when|while|since|until|earlier|today"
            r"|yesterday|for|from|to|by|during|which|who|where|soon|shortly|alongside|under|a|an|the|its|his|her|their"
            r"|early|late|later|recently|then|effective|next|is|was|will|has|had|also|only|just|because|amid|in)\b)"
            r"(?-i:[a-z])[\w-]*)"
            r"|\b(was|were|been|be|is|are|being)\s+promoted\s+to\s+(the\s+(post|role|job|position)\s+of\s+)?"
            + _OFFICE_HELD
            # "is handing over day-to-day running of the clinic to her deputy", "handed the reins to": a
            # charge given up to another, the converse of one taken ("took charge of")
            + r"|\bhand(s|ed|ing)?\s+over\s+(the\s+|his\s+|her\s+|its\s+|their\s+)?(day-to-day\s+|overall\s+"
            r"|operational\s+|interim\s+|temporary\s+)?(management|command|leadership|running|reins)\s+(of|to)\b"
            r"|\bhand(s|ed|ing)?\s+(the\s+|his\s+|her\s+|its\s+|their\s+)(reins|command)\s+(of\s+[^.;,]{1,40}?\s+)?to\b"
            # "The scandal forced the minister to resign", "was forced to step down": an ouster told by what
            # drove it ("pressed him to resign" is a demand, and he may stay; "could be forced to" has not
            # happened; "stand down" is said of troops and candidates too)
            r"|(?<!\bbe\s)\bforced\s+([\w’'-]+\s+){0,4}?to\s+(resign(?!\s+(themselves|himself|herself|itself|ourselves)\b)"
            r"|step\s+down)\b"
            # "reshuffled his cabinet", "a cabinet reshuffle", "the government was reshuffled": offices handed
            # round ("reshuffled the batting order" or "its portfolio" moves no office holder)
            r"|\breshuffl(ed|es|ing|e)\s+(of\s+)?(his\s+|her\s+|the\s+|its\s+|their\s+)?(cabinet|government|ministers"
            r"|ministries)\b|\b(cabinet|government|ministerial)\s+(reshuffles?\b|(was|were|has\s+been)\s+reshuffled\b)"
        ),
    ),
    Trigger(
        "capture",
        "capture",
        rx(
            # ("oil capturing capacity", "carbon capture"): a substance collected, nobody taken
            r"(?<!\btwo\s)(?<!\bthe\s)(?<!\bboth\s)(?<!\bof\s)(?<!\boil\s)(?<!\bcarbon\s)(?<!\bgas\s)"
            rf"\b(captur(ed|es|ing)|taken\s+(prisoner|captive))\b(?!\s+(capacity|systems?|equipment|vessels?|ships?"
            rf"|more|most|all\s+the|(the\s+|its\s+)?{SUBSTANCES}\b(?!\s+{_SUBSTANCE_SITE}\b)"
            # ("the filter that had been capturing large quantities of silt": a substance by its amount; an
            # amount word takes any mass noun, so only war materiel is still taken by force)
            rf"|([\w-]+\s+){{0,2}}(quantities|amounts|volumes)\s+of\s+(?!{_MATERIEL}\b)"
            rf"|([\w-]+\s+){{0,2}}(share|portion|part|much|most|half)\s+of\s+(the\s+)?([\w-]+\s+)?{SUBSTANCES}\b))"
            # "captured 25,830 barrels of oil", "captures the moment": oil contained, a scene recorded
            # ("put the volume it captures at 12,000 barrels a day": a rate, no one taken)
            # ("captured only 12,500 barrels", "captured just over 9,000 gallons": the amount's qualifier)
            r"(?!\s+(at\s+)?(about\s+|some\s+|nearly\s+|more\s+than\s+|only\s+|just\s+|around\s+|roughly\s+|almost\s+"
            r"|over\s+|up\s+to\s+|less\s+than\s+|fewer\s+than\s+|an\s+estimated\s+)*[\d,.]+\s*(million\s+)?(barrels|gallons|tons|tonnes|litres"
            r"|liters|cubic)|\s+(the\s+|an?\s+|its\s+|his\s+|her\s+|their\s+)?([a-z-]+\s+){0,2}(moment|essence|spirit|mood"
            r"|imagination|attention|image|scene|feeling|atmosphere|sense|headlines))"
            r"(?!\s+(foreign|soldiers|men|fighters|individuals|nationals)\b)"
            # ("capturing the leaking oil", "captured front pages", "a rescue captured by TV crews"): the
            # verb takes people only where its object or its agent says so
            rf"(?:(?<=prisoner)|(?<=captive)|{_CAPTURED_WHOM})|{_CAPTURED_IN_THE_PASSIVE}"
            r"|\b(seiz(ed|es|ing)|hijack(ed|s|ing)?|board(ed|s)|impound(ed|s))\s+(an?\s+|the\s+)?([\w’'-]+\s+){0,4}"
            r"(tankers?|ships?|vessels?|boats?|freighters?|aircraft|planes?|crews?)\b"
            # "held the British-flagged Stena Impero": a flag names a ship
            r"|\b(seiz(ed|es|ing)|hijack(ed|s|ing)?|board(ed|s)|impound(ed|s)|held|holds|detain(ed|s))\s+(an?\s+|the\s+)?"
            r"[\w’'-]+-flagged\b"
            # a detention in war is a capture; elsewhere it is an arrest
            r"|\b(detained|taken\s+into\s+custody)\b(?=[^.]{0,80}\b(clashes|fighting|front|battle|combat)\b)"
        ),
    ),
    Trigger(
        "arrest",
        "arrest",
        rx(
            # "cardiac arrest" is a medical event, not a detention
            r"(?<!cardiac\s)(?<!heart\s)(?<!respiratory\s)(?<!cardiopulmonary\s)"
            r"\b(arrest(ed|s|ing)?(?!\s+(the\s+|its\s+)?(flow|decline|slide|spread|fall|leak|growth|slump))|under\s+arrest|handcuffed|rounded\s+up|(?<!a\s)detained|taken\s+into\s+(police\s+)?custody"
            r"|took\s+([\w-]+\s+){0,3}into\s+custody)\b"
        ),
    ),
    Trigger(
        "agreement",
        "agreement",
        rx(
            r"\b(sign(ed|s|ing)?|ink(ed|s)?|seal(ed|s)?|finali[sz]ed)\b[^.;]{0,60}\b(deal|agreement|accord|treaty|pact"
            r"|memorandum|ceasefire|cease-fire|truce|settlement|contract)s?\b|\b(agreed|reached|struck|brokered)\s+(to\s+"
            r"|on\s+|upon\s+)?(an?\s+|the\s+)?([\w-]+\s+){0,3}(deal|agreement|accord|ceasefire|cease-fire|truce"
            r"|settlement|compromise)\b|\b(ceasefire|cease-fire|truce|agreement|deal)\s+(took|takes|will\s+take|came)"
            r"\s+(effect|into\s+force)\b"
            # ("was widely agreed to be the best estimate": a view shared, no deal made)
            # "The two unions agreed on Tuesday to end the strike", "the carmaker agreed last month under
            # pressure from regulators to recall the cars", "agreed in principle to sell": the same assent,
            # with its day, its terms or the pressure behind it between the verb and what was agreed
            r"|(?<!\bwidely\s)(?<!\bgenerally\s)(?<!\bbroadly\s)(?<!\bcommonly\s)(?<!\buniversally\s)\bagreed"
            r"((\s+((on\s+)?(\w+day|yesterday|today|tonight)|(last|this|earlier\s+this)\s+(week|month|year|morning|night)"
            r"|late\s+\w+day|in\s+principle|under\s+(intense\s+|heavy\s+|growing\s+|political\s+)?pressure(\s+from\s+[^,.;:]{1,50}?)?)){1,3}"
            # (a court taking a case, "the judge agreed on Tuesday to hear the appeal", a race given up,
            # "agreed on Sunday to concede the race", talks or a vote to be held, "agreed this week to hold a
            # second round of talks": the type of what is agreed to, which the day lets the other triggers
            # find; with no day, "agreed to hear the appeal" stays the assent it was, lest the step be lost as
            # an undated act of no type)
            r"\s+to\b(?!\s+(hear|review|take\s+up|concede|drop\s+out|hold|resume)\b)|\s+to\b)"
            # (a view, "agreed last month to the view that ...", is no deal struck)
            r"(?!\s+the\s+(view|idea|notion|proposition)\b)"
            # "The ceasefire was signed in Doha": the deal told in the passive
            r"|\b(deal|agreement|accord|treaty|pact|memorandum|ceasefire|cease-fire|truce|settlement)s?"
            # ("The deal, which gives the state a 40 percent stake, was signed": the aside says what it holds)
            # ("the pact with Tarvia's rail firm was announced in 2019": who it is with, then the passive)
            r"(\s+(with|between)\s+[^,.;]{1,50}?)?(\s*,\s+(which|that|under\s+which)\s[^.;]{1,160}?,)?\s+(was|were"
            r"|has\s+been|had\s+been)\s+(formally\s+)?(signed|sealed|reached|agreed|finali[sz]ed|brokered|announced)\b"
            # "announced a $3 billion deal", "the agreement announced on Friday": a deal made known
            r"|\b(announced|unveiled)\s+(an?\s+|the\s+|its\s+|their\s+)?([\w$£€.,-]+\s+){0,4}?(deal|agreement|accord"
            r"|pact|contract|partnership|joint\s+venture|alliance|merger)s?\b(?!\s+(talks|negotiations)\b)"
            r"|\b(deal|agreement|accord|pact|contract|partnership|merger)\s+(was\s+|were\s+)?announced\s+(on|last|this"
            r"|yesterday|today|earlier|in\s+(?-i:[A-Z]))"
            # "following a pact signed in 2019 with Norvalia": the participle and when or with whom
            r"|\b(deal|agreement|accord|treaty|pact|contract|memorandum|ceasefire|cease-fire|truce)s?\s+(signed|sealed"
            r"|reached|struck|agreed|brokered)\s+(in|on|last|this|yesterday|today|earlier|with|between|by)\b"
            # "the deal, which gives the state oil company a 40 percent stake": a deal told by what it gives
            r"|\b(deal|agreement|accord|pact|contract)\s*,?\s+(which|that)\s+(gives|gave|will\s+give|would\s+give"
            r"|grants|granted|allows|allowed|lets|values|valued|hands|handed|is\s+worth|was\s+worth)\b"
            # "formed a joint venture", "joined forces with": companies or states join in one undertaking
            r"|\b(formed|created|set\s+up|launched|established|joined)\s+(an?\s+|the\s+)?([\w$£€.,-]+\s+){0,3}?"
            r"(joint\s+venture|consortium|partnership)\b|\bjoined\s+forces\s+with\b"
        ),
    ),
    Trigger(
        "legal",
        "legal",
        # ("the man in charge of compensation", "Brazil took charge of the mission": an office held, no case)
        rx(
            # "Roe is charged with ...": where a trial stands, not a charging
            rf"\b((?<!\bis\s)(?<!\bare\s)(?<!\bremains\s)charged\s+((on\s+)?\w+day\s+|yesterday\s+|today\s+)?with(?!\s+{_TASKS})|(?<!\btook\s)(?<!\btake\s)(?<!\btakes\s)(?<!\btaking\s)(?<!\bin\s)(?<!\bassumed\s)(?<!\bfull\s)(?<!\boverall\s)(?<!-day\s)(?<!\boperational\s)(?<!\bdirect\s)(?<!\bsole\s)(?<!\bjoint\s)(?<!\binterim\s)(?<!\btemporary\s)(?<!\bpersonal\s)charges?\s+(against|of(?!\s+(about\s+|some\s+|nearly\s+|more\s+than\s+|up\s+to\s+)?[$£€¥]?\d))|(filed|brought|dropped|pressed)\s+([\w-]+\s+){{0,2}}charges"
            # ("said with conviction", "his deep convictions", "the conviction that ...": a belief held
            # firmly, no verdict)
            r"|indict(ed|ment)|convicted|(?<!\bwith\s)(?<!\bdeep\s)(?<!\bfirm\s)(?<!\bstrong\s)(?<!\bpersonal\s)"
            r"(?<!\bpolitical\s)(?<!\breligious\s)(?<!\bmoral\s)conviction(?!s?\s+that\b)|sentenced|acquitt(ed|al)|pleaded\s+(not\s+)?guilty|found\s+(not\s+)?(guilty|liable)|guilty\s+of"
            r"|verdict|(?<!-)ruled(?!\s+(?:out|by|over)\b)|(struck|strikes|strike|striking)\s+([\w-]+\s+){0,3}?down\b|ruling(?!\s+(party|parties|coalition|family|elite|class|junta|military|bloc|alliance|[A-Z]))"
            # ("a trial program", "the trial run", "trial-and-error": a trial of a thing, no case heard)
            r"|lawsuits?|sued|suing|(?<!clinical\s)(?<!vaccine\s)(?<!drug\s)trial\b(?!-|\s+(program|programme|period|run|basis|version|scheme|phase|project|balloon|flight|service|subscription|offer|sites?|data|results|participants)\b)|stripped\s+[^.;]{0,80}immunity"
            r"|testif(y|ied|ies|ying)(?!\s+(before|to|at)\s+(a\s+|an\s+|the\s+)?([\w.’'&-]+\s+){0,5}?(committee|subcommittee|(?-i:Congress|Senate|House|Parliament|MPs)|lawmakers|legislators|senators)\b)|prosecut(ed|ion|ors?\s+(said|charged|allege))|manslaughter|jailed|imprisoned"
            # "he told the hearing", "told an inquest on Monday", "the inquiry heard testimony": testimony
            # ("told the centre court crowd": a court of sport, its crowd the listeners)
            r"|told\s+(the|an?)\s+([\w.-]+\s+){0,2}?(hearing|inquiry|inquest|court|jury|tribunal|trial)\b"
            r"(?!\s+(crowds?|audiences?|fans|spectators)\b)"
            r"|(heard|gave|giving|give|gives)\s+testimony\b"
            # "the inquest heard that the driver ...", "a coastguard investigation heard from the crew":
            # what a hearing was told is testimony
            r"|\b(hearing|inquiry|inquest|investigation|court|jury|tribunal|trial)\s+(has\s+|had\s+|was\s+)?(heard|hears|been\s+told)"
            r"\s+(that|from|how|evidence)\b"
            r"|extradit\w+|subpoena\w*|(denied|refused|granted)\s+bail|court\s+(ordered|rejected|denied|upheld|blocked"
            r"|dismissed|overturned|approved|hearing)|judge\s+(ordered|ruled|granted|denied|rejected|dismissed|threw\s+out)|appeals?\s+court"
            # ("A federal judge in Harwick on Tuesday ordered the firm to pay": where and when between them)
            r"|\b(court|judge)\s+(in|at|on)\s+[^,.;]{1,40}?\s(ordered|ruled|granted|denied|rejected|upheld|blocked|dismissed"
            r"|overturned)\b"
            # "A district judge, also in Port Ellis, lifted the injunction", "seeking a stay of the order": a
            # court's order and the motions against it
            r"|\b(judge|court)(\s*,\s+[^,;]{1,40},)?\s+(lifted|tossed\s+out|threw\s+out|blocked|halted|suspended"
            r"|overturned|quashed|annulled)\b"
            # "The presiding judge, a former prosecutor, quickly denied the motion": a motion or a petition
            # ruled on, with the judge or the court named before it
            r"|\b(judge|court|tribunal|magistrates?)\b[^.;]{0,80}?\b(denied|rejected|granted|dismissed|refused)\s+"
            r"(the\s+|an?\s+|his\s+|her\s+|its\s+|their\s+)?([\w’'-]+\s+){0,3}?(motions?|petitions?)\b|\b(seek|seeks|seeking|sought|won|granted|denied|request(s|ed|ing)?)\s+"
            r"(an?\s+)?(emergency\s+|temporary\s+)?stay\s+of\b"
            # "has begun interviewing witnesses as part of its fraud inquiry": an inquiry's step
            r"|\b(interview(s|ed|ing)?|question(s|ed|ing)?|depos(e|es|ed|ing))\s+(key\s+|several\s+|more\s+)?witnesses\b"
            r"|appear(s|ed|ing)?\s+(in|before)\s+(a\s+|an\s+|the\s+)?([\w-]+\s+){0,2}(court|judge|tribunal|magistrates?)"
            r"|sentence\s+(will\s+be|was|is\s+to\s+be|would\s+be)\s+(announced|handed\s+down|delivered|passed)"
            r"|(transferred|handed\s+over|surrendered|extradited)\s+to\s+(the\s+)?([\w-]+\s+){0,3}(court|tribunal|Hague)"
            # "petitioned the court to halt the mine", "asked the court on Monday to block the sale": a party
            # goes to court, however its request is worded (a request to a council, a ministry or an agency is
            # none: the court, a judge or a tribunal is named)
            r"|(petition(ed|s|ing)?|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)ask(ed|s|ing)|urg(ed|es|ing))\s+(an?\s+|the\s+)?"
            r"([\w.’'-]+\s+){0,3}?(courts?|judges?|tribunals?)\s+((on\s+)?\w+day\s+|yesterday\s+|today\s+)?"
            r"(to\s+(?!be\b)[a-z]+|for)\b"
            # "filed a motion to dismiss": a motion of a case (a chamber's motion of no confidence or
            # censure is no case)
            r"|(filed|lodged|files|lodges|filing|lodging)\s+(a|an|its|their|his|her)\s+"
            r"((?!(no-confidence|confidence|censure|impeachment|parliamentary|opposition)\b)[\w-]+\s+){0,2}?motions?\b"
            r"(?!\s+(of\s+(no[\s-]+)?confidence|of\s+censure|to\s+(censure|impeach)|of\s+impeachment)\b)"
            r"(?![^.;]{0,40}\b(parliament|assembly|congress|senate|legislature|chamber|council)\b)"
            # "a civil action was filed in federal court", "filed a complaint with the tribunal": a suit begun
            r"|(suit|action|complaint|petition|case|appeal)s?\s+(was\s+|were\s+|has\s+been\s+|had\s+been\s+)?"
            r"(filed|lodged)"
            # ("9,000 claims had been filed by shops": claims for money, made to whoever pays; only one filed
            # with a court, or against a party that is no fund or insurer, is a suit)
            r"|claims?\s+(was\s+|were\s+|has\s+been\s+|have\s+been\s+|had\s+been\s+)?(filed|lodged)"
            r"(?=[^.;]{0,40}?\b(courts?|tribunals?|judges?)\b|(\s+\w+ly)?\s+against\s+(?!(the\s+|an?\s+|its\s+)?([\w’'-]+\s+){0,2}?"
            r"(funds?|insurers?|insurance|polic(y|ies)|schemes?)\b))|(filed|lodged)\s+([\w,-]+\s+){0,6}?(in|with|before|at)\s+(a\s+|an\s+|the\s+)?([\w.-]+\s+){0,3}"
            r"(court|tribunal)"
            # "prosecutors will file a criminal case against the doctor": a suit to be begun
            r"|(file|files|filing|bring|brings|bringing)\s+(a|an)\s+([\w-]+\s+){0,2}(case|suit|lawsuit|complaint)"
            # "had launched a criminal and civil investigation": prosecutors' inquiry begun (a safety review
            # or a newspaper's inquiry is no case)
            # ("Announcing the criminal investigations, the attorney general said": made known by the one who
            # opens them)
            # ("has opened several civil and criminal inquiries": a number of them, of both kinds)
            r"|((launch|open|announc)(ed|es|ing)?|began|begun)\s+(a\s+|an\s+|the\s+|several\s+|two\s+|new\s+)?(formal\s+)?"
            r"((criminal|civil)\s+and\s+)?(criminal|civil|federal|police"
            r"|fraud|manslaughter|corruption)\s+([\w-]+\s+){0,2}(investigation|inquiry|inquiries|probe)s?)\b"
        ),
    ),
    # A disaster is the event itself happening ("an earthquake struck", "the river burst its banks", "an
    # outbreak was declared"); "floods have killed 112 people" counts the dead and is a casualties report.
    # "quake-struck Nepal", "flood-hit towns": a compound only describes a place.
    Trigger(
        "disaster",
        "disaster",
        rx(
            r"\b(earthquakes?|quakes?|aftershocks?|tremors?|tsunamis?|hurricanes?|cyclones?|typhoons?|tornado(es)?"
            r"|storms?|floods?|flooding|floodwaters?|landslides?|mudslides?|avalanches?|wildfires?|bushfires?|fires?|blaze|eruptions?"
            # ("the hurricane season began June 1": a season of the year, no disaster)
            # ("the quake - with a magnitude of 7.0 - struck": a figure's decimal point ends no sentence)
            r"|outbreaks?|epidemic|pandemic|spill|leak|blowout)\b(?!-)(?!\s+season\b)([^.;]|(?<=\d)\.(?=\d)){0,60}?\b(struck|strikes|hit|hits|jolted|rocked"
            r"|shook|swept|battered|ravaged|devastated|erupted|burst|made\s+landfall|broke\s+out|spread|began|started|occurred"
            r"|engulfed|destroyed|submerged|flooded|inundated|(was|were|has\s+been)\s+declared)\b|\b(declared|confirmed)"
            r"\s+(an?\s+|the\s+)?([\w-]+\s+){0,2}(outbreak|epidemic|pandemic)\b|\bburst\s+(its|their)\s+banks"
            # ("the plant that exploded on May 3", "the gas main blew up"): the thing itself gives way
            r"|\bmade\s+landfall|\b(volcano|mount\s+\w+)\s+erupted|\b(rig|platform|well|wellhead|refinery|plant|mine|dam"
            r"|pipeline|pipe|tank|reactor|boiler|furnace|silo)"
            # ("the drilling rig Sea Lion exploded", "a platform called the North Star blew up": the
            # thing's own name after its kind)
            r"(\s+(called|named|known\s+as))?(\s+the)?(\s+(?-i:[A-Z])[\w’'-]+){0,3}"
            # ("the platform operated by a drilling firm exploded", "the plant, owned by a state firm, blew
            # up": who runs it, told between the thing and its verb)
            rf"(,?\s+{_WHO_RUNS_IT}\s+(by|to)\s+[\w.&’'-]+(\s+[\w.&’'-]+){{0,3}}?,?"
            # ("the plant, Kova Works, blew up", "the tanker, twice the length of a pitch, sank": an aside
            # set off by two commas names or describes the thing)
            r"|,\s+[^,;:“”\"]{3,60},)?\s+"
            # ("the well blew out", "a pipeline ruptured": every way an installation gives way)
            r"((that|which)\s+)?(exploded|blew\s+up|blew\s+out|collapsed|sank|burst|ruptured|caught\s+fire)\b"
            # "the Aurora, a cargo ship owned by a shipping line, caught fire and sank": the thing named
            # first, its kind told in the aside after the name ("Ana Roe, a ferry captain, was fired" names a
            # person by her trade, and a person takes none of these verbs)
            # ("Kova Energy, a refinery operator, sank 4%", "Jo Roe, the plant manager, blew up at them": the
            # kind must end the aside's noun, and a share's fall or a temper is no wreck)
            r"|(?-i:[A-Z])[\w’'-]+(\s+(?-i:[A-Z])[\w’'-]+){0,2},\s+(an?|the)\s+([\w-]+\s+){0,3}(rig|platform|refinery|plant"
            rf"|mine|{_VESSEL_KINDS})\b(?=,|\s+({_WHO_RUNS_IT}|carrying|bound|registered|flagged|based|belonging|with|from|of"
            r"|in|off|near|that|which)\b)[^,;:“”\"]{0,60},\s+((that|which)\s+)?"
            rf"(blew\s+up(?!\s+at\b)|{_WRECKED})\b(?!\s+[\d$£€])"
            # "the freighter Halcyon broke up off the cape", "a ferry capsized": a shipwreck
            rf"|\b({_VESSEL_KINDS})\s+([A-Z][\w-]+\s+){{0,2}}((that|which)\s+)?{_WRECKED}\b"
            rf"|{_WRECKED_NOW}"
            r"|\b(explosion|blast|fire)\s+(aboard|on|at)\s+(the\s+|an?\s+)?"
            r"([\w’'-]+\s+){0,4}(rig|platform|plant|mine|refinery|factory|ship|well|reactor)\b|\b(confirmed|reported"
            r"|diagnosed|recorded)\s+(the\s+|its\s+|a\s+|an\s+)?(first\s+)?([\w-]+\s+){0,2}(cases?|infections?)\s+of\b"
            r"|\btested\s+positive\b|\b(depression|storm|cyclone|hurricane|typhoon)\s+((of|in|over)\s+[^.;,]{1,40}?\s+)?"
            r"((has|have|had)\s+)?formed\b"
            # "two days after the disaster struck": what strikes is the disaster it is called, no attack
            r"|\b(disaster|catastrophe|calamity)\s+(struck|strikes|hit|hits)\b"
            # "It struck at a depth of 10 km", "was centred 35 miles north-west of the capital": a quake's
            # focus, whatever the subject's word for it
            r"|\b(struck|hit|occurred|was\s+centr?ed|was\s+center?ed)\s+(at\s+a\s+(shallow\s+|relatively\s+shallow\s+)?"
            r"depth\s+of|[\d.,]+\s*(km|kilometres|kilometers|miles)\s+(\([^)]{1,20}\)\s+)?(deep|below|beneath|under"
            r"|north|south|east|west|off|from))\b"
            # "The ministry today raised its national tally of measles cases to 1,480": the outbreak's count
            r"|\b(raised|increased|revised|lifted)\s+(its\s+|their\s+|the\s+)?([\w-]+\s+){0,2}(tally|count|number)\s+of\s+"
            r"([\w-]+\s+){0,4}(cases|infections)\b"
            # "had confirmed cholera in two fishermen", "detected the virus in three travellers": new cases
            r"|\b(confirmed|detected|diagnosed)\s+([\w-]+\s+){0,2}?(flu|influenza|virus|infections?|cholera|measles"
            r"|ebola|plague)\s+in\s+(?!(a|an|the)\s+(statement|report|letter|briefing|tweet)\b)"
            # "Two more people in Leeds have been diagnosed with the virus": the outbreak's new cases; one
            # named person's diagnosis ("the singer was diagnosed with cancer") is no outbreak
            r"|\b(people|patients|pupils|children|students|persons|residents|travell?ers|passengers|workers)\b"
            # ("three more people were also diagnosed, taking the total to 80": the outbreak's sick counted)
            r"[^.;]{0,40}?\b(have|has|had|were)\s+(now\s+|also\s+|already\s+)?(been\s+)?diagnosed(\s+with\b"
            r"|,?\s+(taking|bringing|raising|pushing)\s+the\s+([\w-]+\s+)?(total|tally|number|count)\b)"
            # "A further 141 patients were confirmed with the new flu", "One more person, a nurse back from
            # Lima, was confirmed to have swine flu", "a pupil had already been diagnosed with the virus": a
            # new case of a catching disease, one person or many ("diagnosed with cancer" names none)
            r"|\b(people|patients|pupils|children|students|persons|residents|travell?ers|passengers|workers|person"
            r"|patient|pupil|child|student|resident|travell?er|passenger|worker|man|woman|boy|girl|adult|teenager)\b"
            # (the sick named by what befell them in a relative clause, "one of the patients who had been
            # confirmed as suffering from the virus has died", are who the main clause's news is of, whose
            # type decides; "a pupil who had visited Peru had been diagnosed" is the case)
            r"(?!\s+who\s+(have|has|had|were|was)\s+been\b)[^.;]{0,80}?\b(have|has|had|were|was)\s+(now\s+|already\s+|also\s+)?(been\s+)?(diagnosed|confirmed)\s+"
            rf"{_ILLNESS_HELD}"
            # "Lightning struck a church": weather, not an attack
            r"|\blightning\s+(struck|strikes|hit|hits)\b|\bstruck\s+by\s+lightning\b"
            # "the capital, which was hit by Wednesday's aftershock": the disaster told in the passive
            r"|\b(hit|struck|rocked|jolted|shaken|battered|ravaged|flattened)\s+by\s+(an?\s+|the\s+|\w+[’']s\s+)?"
            # ("hit by a 6.8-magnitude quake": a figure with its point describes it)
            r"([\w.-]+\s+){0,3}?(earthquake|quake|aftershock|tremor|tsunami|hurricane|cyclone|typhoon|storm|flood)s?\b"
            r"|\bfollowed\s+by\s+([\w,]+\s+){0,4}aftershocks\b"
            r"|\bdied\s+in\s+(the\s+)?([\w-]+\s+){0,3}(earthquake|quake|tsunami|hurricane|cyclone|typhoon|flood"
            r"|landslide|epidemic)\b"
            # new infections counted: "announced a further 17 cases", "35 new cases ... were confirmed"
            r"|\b(announced|confirmed|reported|recorded)\s+(a\s+further\s+|another\s+)?[\w,-]+\s+(new\s+|more\s+)?"
            # ("three new cases were identified", "the first case of measles was detected in a pupil": every
            # verb a case is found by; one case, unlike a court's, is told with its disease)
            # ("cases have also been detected": an adverb between the auxiliaries)
            r"(confirmed\s+)?cases\b|\bcases\b(\s+of\s+[^.;]{1,40}?)?\s+(were|was|(have|had)\s+(also\s+|now\s+)?been)"
            r"\s+(confirmed"
            r"|reported|recorded|detected|identified)\b"
            rf"|\bcase\s+of\s+([^.;]{{0,30}}?\s)?{_DISEASES}\s+(was|has\s+been|had\s+been)\s+(confirmed|reported"
            r"|recorded|detected|identified|diagnosed)\b"
            # "40m to 65m litres of sewage had poured into the bay": a spill told by what it let out
            # (any substance let out: "tonnes of toxic sludge", "litres of diesel", "tons of chemicals")
            rf"|\b(barrels|gallons|litres|liters|tonnes|tons|cubic\s+met(re|er)s)\s+(\([^)]{{0,40}}\)\s+)?(of\s+([\w-]+\s+)?"
            rf"({SUBSTANCES}|diesel|fuel|petrol|gasoline|chemicals?|slurry|tailings)\s+)?"
            # ("dwarfing the 257,000 barrels spilled by a tanker in 1989": a participle recalls an old spill)
            r"(had\s+|have\s+|has\s+)?(already\s+|now\s+)?(spewed|gushed|leaked|spilled|poured)\b(?!\s+by\b)"
            # "tar balls turned up in Brittany", "oil washed ashore": a spill reaching a coast
            r"|\b(oil|crude|tar\s+balls?|slick|sheen)\b[^.;]{0,40}?\b(wash(ed|es)?\s+(up|ashore)|came\s+ashore|turned\s+up"
            # ("thick crude started arriving on the beaches": the spill reaching land, any verb of coming)
            r"|(reached|(began\s+|started\s+)?arriv(ed|es|ing)\s+(on|at|along)|landed\s+on)\s+(the\s+)?([\w-]+\s+){0,2}"
            r"(coast|coastline|coasts|shore|shores|shoreline|beach|beaches|marsh|marshes|wetlands|islands?))\b"
            # "the virus has now infected almost 500 people": the outbreak's count of the sick
            r"|\b(has|have|had)\s+(now\s+|already\s+)?(infected|sickened)\s+([\w,.-]+\s+){1,3}people\b"
            # "The fever, first seen in a border town, probably infected pupils as early as autumn": the
            # illness as the subject that infects people (an aside between them allowed)
            rf"|\b{_DISEASES}(\s*,[^,;]{{1,90}}?,)?\s+((apparently|probably|possibly|likely|first|already|may\s+have"
            r"|might\s+have)\s+){0,2}(infected|sickened)\s+([\w,.-]+\s+){0,3}?(people|humans|patients|children|adults"
            r"|pupils|students|workers|residents)\b"
            # "traces of oil washed up on its coast", "tar balls came ashore": a spill reaching a coast
            r"|\b(oil|crude|tar\s*balls?|slick|sheen|tar)\b[^.;]{0,50}?\b((?<!\bfrom\s)wash(ed|es|ing)?\s+(up|ashore)|came\s+ashore"
            # ("sand walls to keep the fuel from coming ashore": what is kept from happening has not happened)
            r"|(?<!\bfrom\s)coming\s+ashore|(has|have)\s+come\s+ashore)\b"
            # "Some 4,000 people have been infected": the count of the sick in the passive
            r"|\b\d[\d,.]*\s+(people|patients|persons)\s+(have|has|had)\s+(now\s+|already\s+)?been\s+(infected"
            r"|sickened)\b"
            # "More than 3,400 people have caught the disease": the same count, told of the sick
            r"|\b\d[\d,.]*\s+(people|patients|persons|cases)\b[^.;]{0,30}?\b(have|has|had)\s+(now\s+|already\s+)?"
            r"(contracted|caught)\s+(the\s+)?([\w-]+\s+)?(virus|disease|flu|infection)\b"
            # "40 new cases in Ostrava and two cases in Brno confirmed on Friday": the participle
            r"|\b(cases?|infections?)\s+((in|of)\s+[^.;,]{1,40}?\s+)?(confirmed|reported|recorded)\s+(on|in|yesterday|today|overnight"
            r"|(mon|tues|wednes|thurs|fri|satur|sun)day)\b"
        ),
    ),
    # A disaster told by what it did or what it left, not by a verb of striking: "an explosion destroyed the
    # plant", "destroyed in the earthquake", "an exploding pipeline", "oil reached the mussel farms", "birds
    # coated in oil", "the marshes have been oiled", "the virus was first identified in farm workers",
    # "has confirmed 14 people infected". Each is the disaster's own development, whoever reports it.
    Trigger(
        "disaster",
        "disaster",
        rx(
            r"\b(explosions?|blasts?|blowouts?)\s+(destroyed|damaged|wrecked|gutted|levell?ed|flattened|sank|crippled"
            r"|ripped\s+through|tore\s+through)\b"
            r"|\b(destroyed|damaged|wrecked|gutted|flattened|levell?ed|crushed|buried|swept\s+away)\s+(in|by)\s+(an?\s+|the\s+"
            r"|last\s+\w+[’']s\s+)([\w-]+\s+){0,3}?(earthquake|quake|aftershock|tsunami|hurricane|cyclone|typhoon"
            r"|tornado|storm|flood|fire|blaze|wildfire|landslide|mudslide|avalanche|eruption|explosion|blast)s?\b"
            r"|\bexploding\s+([\w-]+\s+){0,2}?(rig|platform|well|pipeline|plant|refinery|tanker|reactor|mine|factory)\b"
            r"|\b(explosion|blowout|blast)\s+and\s+(sinking|collapse)\s+of\b"
            # ("oil reached $90 a barrel", "crude hit a six-month high": a price, no spill)
            r"|\b(oil|slick|sheen|tar\s*balls?)\s+(has\s+|have\s+|had\s+)?(now\s+|already\s+)?(reached|fouled|coated"
            r"|blanketed|seeped\s+into|invaded)\s+(?!(\$|€|£|\d|(an?|its|their|the)\s+([\w-]+\s+){0,2}?(highs?|lows?"
            r"|peak|record|level|price|mark)\b|(highs?|lows?|record)\b))"
            r"|\b(coated|covered|soaked|smothered|drenched|slicked)\s+(in|with)\s+(thick\s+|heavy\s+|crude\s+)?(oil|crude"
            r"|tar)\b|\b(has|have|had)\s+(now\s+|already\s+)?been\s+oiled\b"
            r"|\b(formed|created|produced)\s+(an?\s+|the\s+)?([\w-]+\s+){0,2}?(oil\s+)?slick\b"
            r"|\b(virus|strain|disease|pathogen|variant|bacteri(um|a))\s+(was|were|had\s+been|has\s+been)\s+(first\s+)?"
            r"(identified|detected|discovered|isolated)\b|\b(identified|detected|discovered|isolated)\s+(an?\s+|the\s+)?"
            r"(new|novel|previously\s+unknown)\s+([\w-]+\s+){0,2}?(strain|virus|variant|disease|pathogen)\b"
            r"|\b(confirmed|reported|recorded)\s+(a\s+further\s+|another\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+"
            r"|about\s+|at\s+least\s+)?[\d,.]+\s+(new\s+|more\s+)?((people|persons"
            r"|patients)\s+(as\s+)?(infected|ill)|infections)\b"
            r"|\b(people|persons|patients|residents|children)\b[^.;]{0,40}?\b(have|has|had|were|was)\s+(now\s+)?been\s+"
            r"confirmed\s+(as\s+)?(infected|ill|to\s+have\s+(the|caught))\b"
            # "The pipeline leaked 200,000 gallons of oil into the tundra": a spill told by what escaped (a
            # total to date, "the well has leaked 2 million barrels", tells how big the disaster has grown,
            # not a happening: the simple past only)
            # ("the tanker ran aground in 1989 and spilled 11 million gallons", "the blowout spilled 4.9
            # million barrels": a disaster told before, measured; only a facility that leaks is told here)
            r"|\b(pipelines?|wells?|tankers?|rigs?|refiner(y|ies)|plants?|platforms?|pipes?|tanks?|reactors?|mines?"
            r"|factor(y|ies)|terminals?|vessels?|ships?)\s+(leaked|spilled|spilt|released|discharged|dumped)\s+(about\s+"
            r"|around\s+|some\s+|nearly\s+|almost\s+"
            r"|more\s+than\s+|up\s+to\s+|an\s+estimated\s+)?\d[\d,.]*\s*(million\s+|m\s+|thousand\s+)?(gallons|barrels"
            r"|litres|liters|tonnes|tons|cubic\s+met(re|er)s)\s+of\s+([\w-]+\s+)?(oil|crude|diesel|fuel|petrol|gasoline"
            r"|sewage|chemicals?|waste|sludge)\b"
        ),
    ),
    # A disaster named with its day before it: "the March 3 blast", "its deadly 2011 refinery fire". The date
    # belongs to the disaster, so the disaster is what the mention dates, even when the sentence goes on to
    # something else undated ("the rig explosion in April has created ...": a month after the noun is left
    # to date the disaster beside the main clause's act)
    Trigger(
        "disaster",
        "disaster",
        rx(
            # ("recovered since the March 3 blast", "eclipse the 1979 leak", "worse than the 2004 tsunami": a
            # yardstick of time or size, not the disaster told)
            r"(?<!\bsince\s)(?<!\bthan\s)(?<!\beclipse\s)(?<!\beclipsed\s)(?<!\bsurpass\s)(?<!\bsurpassed\s)"
            r"(?<!\bdwarf\s)(?<!\bdwarfed\s)(?<!\bdwarfing\s)(?<!\brival\s)(?<!\bexceed\s)(?<!\bovertake\s)"
            # ("after a deadly 2005 refinery explosion": an article and a word of its toll before the year)
            r"\b(the|its|their|this|that|last\s+\w+[’']s|(a|an)(?=\s+(lethal|deadly|fatal|devastating|catastrophic)\s))\s+"
            r"((lethal|deadly|fatal|devastating|catastrophic|massive"
            r"|huge|major)\s+)?(((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}|\d{1,2}\s+(jan|feb"
            r"|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(19|20)\d\d)\s+)([\w’'-]+\s+){0,4}?(explosion|blowout|blast"
            r"|spill|earthquake|quake|tsunami|hurricane|cyclone|typhoon|flood|fire|eruption|leak)s?\b"
            # ("after the March 3 accident": one accident, named by its day; the plural names a kind, and a
            # year's accident, "the 1979 accident", is the story's history, as often a yardstick)
            r"|(?<!\bsince\s)(?<!\bthan\s)\b(the|its|their|this|that)\s+(((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
            r"\.?\s+\d{1,2}|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\s+)([\w’'-]+\s+){0,3}?"
            r"accident\b"
        ),
    ),
    # An outbreak's count told as where it stands, the way epidemic news reports its day: "The number of
    # confirmed cases in Tarvia now stands at 1,240", "the tally of infections has risen to 17", "the
    # virus has now spread to 30 countries" (the tally as a whole, like "raised its national tally", above;
    # a count foreseen, "could rise to 500", is left to the gates of a sentence that tells no happening)
    Trigger(
        "disaster",
        "disaster",
        rx(
            rf"\b(number|total|tally|count)\s+(number\s+)?of\s+([\w-]+\s+){{0,3}}?{_SICK}\b[^.;:]{{0,60}}?"
            rf"{_LEVEL_REACHED}"
            # ("the virus spread to three more provinces on Monday": the simple past as the perfect; "let the
            # disease spread to the point that ..." tells of a response, and no place reached)
            r"|(?<!\blet\sthe\s)(?<!\blets\sthe\s)(?<!\bletting\sthe\s)\b(virus|flu|influenza|strain|disease|infection)\s+"
            r"((has|have|had)\s+)?(now\s+|already\s+|since\s+)?spread\s+(to|into|across)\b(?!\s+the\s+(point|extent)\b)"
            # "Cholera cases rose to 300", "confirmed infections climbed to 1,200": the count told of the
            # cases themselves, named by their disease or their kind ("court cases rose to 300" names neither)
            rf"|\b({_DISEASES}|confirmed|suspected|probable|reported)\s+(human\s+)?(cases|infections)\s+((in|of|among)\s+"
            rf"[^.;:]{{1,40}}?\s+)?{_LEVEL_REACHED}"
            rf"|{_FIRST_CASES_OF_A_PLACE}"
        ),
    ),
    # The new cases of one place, told with the total they bring or as what there was: "There was one new
    # case in the north, bringing the total to eleven", "an outbreak at the school now totalling 58 cases"
    Trigger(
        "disaster",
        "case count",
        rx(
            rf"\b(cases?|infections?)\b[^.;:]{{0,80}}?\bbringing\s+(the|its|their)\s+([\w’'-]+\s+){{0,2}}?(total|tally|number"
            rf"|count)\s+([^.;:]{{0,40}}?\s)?to\s+{_COUNTED}"
            rf"|\bthere\s+(is|was|were|are|have\s+been|has\s+been|had\s+been)\s+(now\s+|also\s+|so\s+far\s+)?"
            rf"(a|an|another|{_COUNTED}|several|dozens\s+of|hundreds\s+of)\s+(new|more|further|additional)\s+"
            r"(confirmed\s+|suspected\s+|probable\s+)?(cases?|infections?)\b"
            rf"|\b(outbreak|cluster)\b[^.;:]{{0,60}}?\b(now\s+)?(totall?ing|totals|totall?ed|numbering|(has\s+)?(grown|risen)\s+to)"
            rf"\s+{_COUNTED}\s+(confirmed\s+)?cases\b"
        ),
    ),
    # The sick counted where they were diagnosed: "Nine new cases were found in Tarvia on Monday", "there
    # were 31 confirmed cases in Tarvia". Each place's count is its own report, never the outbreak's global
    # tally of the same day (a family of its own keeps the two apart)
    Trigger(
        "disaster",
        "case count",
        rx(
            r"\bcases\b(\s+of\s+[^.;]{1,40}?)?\s+(were|was|have\s+been|had\s+been)\s+diagnosed\b"
            r"|\bcases?\s+((in|of)\s+[^.;,]{1,40}?\s+)?diagnosed\s+(on|in|yesterday|today|overnight"
            r"|(mon|tues|wednes|thurs|fri|satur|sun)day)\b"
            # (a bare "27 cases" may be a court's: the count says they were confirmed)
            # ("3,000 probable and confirmed cases", "2,254 confirmed U.S. cases": both kinds, or the place's
            # word)
            r"|\b\d[\d,.]*\s+(new\s+|more\s+)?((suspected|probable)\s+(and|or)\s+)?(laboratory-confirmed|lab-confirmed"
            r"|confirmed|suspected|probable)\s+((?-i:[A-Z])[\w.]*\s+)?(human\s+)?cases\b"
            # "Velora reported its first case", "confirmed the country's first cases of the virus": an
            # outbreak reaching a place, told by its first case
            r"|\b(confirmed|confirms|reported|reports|recorded|records|announced|announces|detected|has\s+had|had)\s+"
            r"(its|their|the|a|\w+[’']s)\s+(country[’']s\s+|nation[’']s\s+|state[’']s\s+)?first\s+(confirmed\s+|suspected\s+"
            r"|probable\s+|known\s+)?(human\s+)?(cases?|infections?)\b"
            # "recorded a sharp rise in confirmed measles cases": the count's rise
            r"|\b(announced|announces|reported|reports|recorded|records|confirmed|confirms)\s+(an?\s+)?([\w-]+\s+)?"
            r"(jump|rise|increase|surge|spike)\s+in\s+(the\s+number\s+of\s+)?([\w-]+\s+){0,2}?(confirmed\s+)?"
            r"(cases|patients|infections)\b"
            # "Two travellers are being treated as suspected cases": the sick counted as they are seen
            r"|\b(is|are|was|were)\s+(now\s+)?(being\s+)?treated\s+as\s+(an?\s+)?([\w-]+\s+){0,2}?cases?\b"
        ),
    ),
    # Animals killed are what a disaster did, no casualties (types27): "the spill killed at least 36,000
    # seabirds", "15,000 birds were killed", "crews found 130 dead birds", "fish died"
    # A storm named by its kind and name, as its clause's subject with a verb of what storms do: "Tropical
    # Storm Ada formed then dissipated", "Hurricane Ivo blossomed over the islands". The storm in a time
    # or a comparison ("work resumed after Tropical Storm Ada weakened", "worse than Hurricane Ivo") is only
    # the time or the measure of another act, and a storm's name used for its aftermath ("Hurricane Ivo
    # victims") takes no verb here. A ship, a plane, a horse, a film or a song may bear a storm's name ("the
    # ship Typhoon Star crossed the strait"), and so may a player ("Hurricane Lenz, the club's new striker,
    # slammed home a goal"): after such a word, or with a person told beside it, it is no storm
    Trigger(
        "disaster",
        "disaster",
        rx(
            r"(?<!\bafter\s)(?<!\bbefore\s)(?<!\bwhen\s)(?<!\bsince\s)(?<!\buntil\s)(?<!\bonce\s)(?<!\bas\s)"
            r"(?<!\bwhile\s)(?<!\bthan\s)(?<!\bby\s)(?<!\bif\s)(?<!\blike\s)(?<!\bof\s)(?<!\bfrom\s)"
            r"(?<!\bship\s)(?<!\bvessel\s)(?<!\bboat\s)(?<!\byacht\s)(?<!\bferry\s)(?<!\btanker\s)(?<!\bfreighter\s)"
            r"(?<!\bjet\s)(?<!\bplane\s)(?<!\baircraft\s)(?<!\bfighter\s)(?<!\bhorse\s)(?<!\bfilm\s)(?<!\bmovie\s)"
            r"(?<!\bsong\s)(?<!\balbum\s)(?<!\bsingle\s)(?<!\bband\s)(?<!\bgroup\s)(?<!\bbrand\s)(?<!\bcar\s)"
            r"(?<!\btrain\s)(?<!\brollercoaster\s)(?<!\bride\s)(?<!\bteam\s)(?<!\bclub\s)(?<!\bdrink\s)"
            r"(?<!\bboxer\s)(?<!\bwrestler\s)(?<!\bstriker\s)(?<!\bplayer\s)(?<!\brapper\s)(?<!\bsinger\s)"
            r"(?<![’'\"“])"
            r"\b(?-i:(Tropical\s+Storm|Hurricane|Typhoon|Super\s+Typhoon|Cyclone|Tropical\s+Depression)\s+[A-Z][a-z]+)"
            r"(,\s+(?![^,;:]*\b(striker|player|forward|midfielder|defender|goalkeeper|boxer|wrestler|fighter|singer|rapper"
            r"|actor|actress|band|ship|vessel|horse|film|song|album|captain|coach|champion|winger|pitcher)\b)"
            r"[^,;:“”\"]{3,60},)?\s+(has\s+|had\s+)?(then\s+|quickly\s+|rapidly\s+|later\s+|also\s+)?(formed"
            r"|strengthened|intensified|weakened|dissipated|blossomed|developed|churned|veered|stalled|pounded|lashed"
            r"|battered|swept|slammed(?!\s+home\b)|tore|dumped|drenched|flooded|toppled|knocked\s+out|crossed|skirted|made\s+landfall"
            r"|roared|barrel(l)?ed|brushed|grazed)\b"
        ),
    ),
    Trigger("disaster", "disaster", rx(_ANIMALS_KILLED)),
    # "In May 2025 a flash flood killed more than 200": a past disaster told with its toll. Today's toll
    # ("floods killed 12 people on Sunday", "floods have killed 112") is casualties; see _analyse and
    # _settle_date. An industrial explosion is a disaster like a flood ("the refinery explosion that
    # killed 14"); a bomb's is an attack, left to the attack triggers.
    Trigger(
        "disaster",
        "disaster toll",
        rx(
            r"\b(earthquakes?|quakes?|tsunamis?|hurricanes?|cyclones?|typhoons?|tornado(es)?|storms?|floods?"
            r"|flooding|landslides?|mudslides?|avalanches?|wildfires?|eruptions?|epidemics?|outbreaks?"
            r"|(?<!\bbomb\s)(?<!\bsuicide\s)(?<!\bcar\s)(?<!\broadside\s)(?<!\bgrenade\s)(?<!\bmortar\s)"
            r"(?<!\bshell\s)(?<!\bmissile\s)(?<!\bdrone\s)(explosions?|blowouts?))\b"
            r"(?:[^.;]|\.\d){0,60}?(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)\b(killed|claim(ed|s|ing)\s+(the\s+li(ves|fe)|(\S+\s+){0,2}(lives|victims?))|died)\b"
        ),
    ),
    Trigger(
        "deployment",
        "deployment",
        rx(
            # ("deploying remote-controlled submarines", "deployed booms"): equipment at work, no force sent
            r"\b((re)?deploy(ed|s|ing|ment)?(?!\s+(of\s+)?(the\s+|its\s+|an?\s+|more\s+|new\s+)?([\w,-]+\s+){0,2}?(booms?"
            r"|barriers?|equipment|robots?|remote-controlled|robotic|dispersants?|caps?|domes?|skimmers?|sandbags"
            r"|technology|software|airbags?|capital|cash|funds?|tools?|devices?|containment)\b)"
            rf"(?={_FORCE_AFTER})|dispatch(ed|es|ing)?(?={_FORCE_AFTER})|{_FORCE_BEFORE}"
            r"|(sen(t|ds|ding)|send)\s+([\w,-]+\s+){0,4}(troops|soldiers"
            r"|forces|military\s+personnel|reinforcements|units"
            # "sending another 4,000 sailors and marines": every branch's service members
            r"|sailors|marines|paratroopers|airmen|servicemen|service\s+members"
            # "sent a team of 64 search-and-rescue specialists": rescuers, police and warships are sent as
            # troops are
            r"|peacekeepers|police\s+officers|rescuers|firefighters|warships|naval\s+vessels"
            r"|(search-and-|search\s+and\s+)?rescue\s+(teams?|workers|specialists|experts|crews|units)"
            r"|search-and-rescue\s+([\w-]+\s+)?(teams?|workers|specialists|experts|crews|units)))\b"
            # "helicopters dropped scores of troops into the palace grounds", "airlifted 300 soldiers to the
            # island": forces carried in
            r"|\b(dropped|airlifted|airdropped|ferried|landed|flew\s+in)\s+([\w,-]+\s+){0,4}?(troops|soldiers"
            r"|marines|paratroopers|peacekeepers)\b"
            # "rescue teams from six countries flew to the island": the teams on their way
            r"|\b(rescue|relief|search-and-rescue)\s+(teams?|workers|specialists|experts|crews|units)\b[^.;]{0,100}?"
            r"\b(travell?ed|flew|arrived|headed|(were|are)\s+on\s+their\s+way)\s+(to|in)\b"
        ),
    ),
    # An invasion or offensive is an event where it starts ("invaded", "launched its invasion",
    # "the offensive has begun"); "fighting in Russia's invasion" or "a spring offensive" only refer to one.
    Trigger(
        "offensive",
        "invasion",
        rx(
            r"\b(invaded|invading)\b|\b(launch(ed|es)?|began|begun|start\s+of|started)\s+([\w’'-]+\s+){0,4}invasion\b"
        ),
    ),
    Trigger(
        "offensive",
        "offensive",
        rx(
            r"\b(offensive|counteroffensive|counter-offensive|incursion)\b[^.]{0,40}\b(begun|began|launched|started"
            r"|under\s*way|kicked\s+off)\b|\b(launch(ed|es)?|began|begun|start\s+of|started)\s+([\w’'-]+\s+){0,4}"
            r"(offensive|counteroffensive|counter-offensive|incursion)\b|\bintensified\s+(assaults|attacks)\b"
            # "the war ..., which erupted in April 2023": a war breaking out
            r"|\b(war|civil\s+war|fighting|conflict)\b[^.;]{0,50}?\b(erupted|broke\s+out)\b"
        ),
    ),
    Trigger(
        "protest",
        "protest",
        rx(
            # ("a demonstration facility", "a demonstration flight": a trial of a technology, no protest)
            # ("criticism from protesters", "a reply to the demonstrators", "one of the protesters said": the
            # people named as a source of words, or as the speaker, protest nothing in the sentence)
            rf"\b({_NOT_A_SOURCE_OF_WORDS}(protesters|protestors|demonstrators)(?!\s+(said|says|told|added|argued|insisted)\b)"
            r"|demonstrations?(?!\s+(facility|facilities|plant|plants|project"
            r"|projects|flights?|models?|units?|sites?|reactors?|runs?|versions?|scale|phase|program(me)?s?)\b)"
            r"|(staged|held|joined|organi[sz]ed)\s+([\w-]+\s+)"
            r"{0,2}(protests?|rall(y|ies)|marches|strikes?)|(?<!\bto\s)(?<!\bwill\s)protests?\s+(erupted|broke\s+out|spread|continued"
            r"|began|started"
            r"|against)"
            r"|rall(y|ied|ies)\s+(against|in\s+support|outside)|marched|riots?|rioting|rioters|sit-ins?|went\s+on\s+strike"
            r"|general\s+strike|strikers|walkouts?|tear\s+gas|water\s+cannon|protest(ed|ing)\s+(in|outside|against|on|at|near"
            r"|across|over)|(call(ed|s)?|calling)\s+for\s+(an?\s+|another\s+|new\s+|fresh\s+)?([\w-]+\s+){0,2}(rall(y|ies)"
            r"|protests?|strikes?|marches|demonstrations?)|(would|will|to)\s+strike\s+(from|on|until))\b"
        ),
    ),
    # A labour strike or walkout, a protest by the doer's sense (CAMEO's protest takes in strikes and
    # boycotts): its doer, heading the subject, is a union or workers of a trade ("dock workers walked
    # out over pay", "the union has called a strike", "nurses are on strike"), or the words tell labour
    # ("a general strike", "strike action", "industrial action", "a walkout", "a strike over pay"), or
    # the strike is a hunger strike. "Began strikes on X", "announced new strikes" with no such doer stay
    # strikes of arms; "on strike" with no labour doer is the batsman's; "walked out the survivors" (an
    # object) is no walkout
    Trigger(
        "protest",
        "protest",
        rx(
            rf"(?:^|[,;]\s+|\b(?:and|but)\s+)(?:the\s+|their\s+|its\s+)?(?:(?!(?:of|by|for|with)\b)[\w’'-]+\s+){{0,3}}?"
            rf"{_LABOUR_DOERS}(?:\s+(?:at|in|from)(?:\s+(?!(?:of|by|for|with|and)\b)[\w’'-]+){{1,4}}?)?\s+"
            r"(?:have\s+|has\s+|had\s+|will\s+|would\s+|plan\s+to\s+|planned\s+to\s+|voted\s+to\s+|are\s+to\s+|could\s+"
            r"|threatened\s+to\s+|\w+ly\s+)?"
            r"(?:walk(?:ed|s|ing)?\s+out(?=\s*(?:$|[.,;:]|\s(?:on|over|in|at|for|across|after|against|today|yesterday"
            r"|again|early|last|this|next|until|demanding|and)\b))"
            r"|(?:hold|holds|held|stage|stages|staged|call|calls|called|begin|begins|began|begun|start|starts"
            r"|started|launch|launched|launches|announce[ds]?|join|joins|joined)\s+(?:an?\s+|the\s+|their\s+|its\s+"
            r"|another\s+)?(?:[\w-]+\s+){0,2}?(?:strikes?|walkouts?|stoppages?)\b(?!\s+on\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s\b)"
            r"|(?:went|go|goes|are|were|is|was|remain|remains|remained|stayed|been|be)\s+on\s+strike\b)"
            r"|\b(?:general\s+strikes?|strike\s+action|industrial\s+action|hunger\s+strik(?:e|es|ers?))\b"
            r"|\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?walkout\b"
            r"|\bstrikes?\s+over\s+(?:[\w-]+\s+){0,2}?(?:pay|wages|pensions|salaries|working\s+conditions)\b"
        ),
    ),
    Trigger(
        "attack",
        "attack",
        rx(
            # "designed to attack DNA", "threatened to attack": an infinitive is an aim, not an attack;
            # "quake-struck Nepal", "panic-struck crowds": a compound describes, nobody struck anything;
            # "died of a heart attack", "a panic attack": an illness; "struck by how many ...": impressed
            # "the secondary attack rate of the virus": an epidemiologist's measure of spread, no blow
            r"\b((?<!\bto\s)(?<!\bheart\s)(?<!\bpanic\s)(?<!\basthma\s)"
            rf"{_NOT_AFTER_WORDS_OF_SCORN}{_NOT_AFTER_THOSE_OF_WORDS}attack(ed|s)?(?!\s+rates?\b)"
            # "came under fresh attack last night amid accusations", "attacked the minister over his
            # handling of the floods", "under attack from critics": words against someone, no blow struck
            r"(?![^.;]{0,40}?\b(amid\s+(the\s+)?(accusations|criticism|claims|allegations|complaints|anger)\b"
            r"|(over|for)\s+(its|his|her|their)\s+(handling|response|treatment|remarks|comments|record|decision|failure"
            r"|role|policy|policies|statement|words)\b"
            # "was attacked afterwards for her silence", "attacked the board for failing to warn": blamed for
            # something, in words
            r"|for\s+((its|his|her|their)\s+(?!own\b)[\w-]+|(not\s+)?[a-z]+ing)\b"
            # "attacked the ministry by accusing it of hiding the cost": the attack is the words it names
            rf"|by\s+({_WORDS_OF_ATTACK})\b"
            r"|from\s+(critics|lawmakers|politicians|opponents|campaigners|rivals"
            r"|newspapers|the\s+press|commentators|environmentalists|shareholders|investors)\b))"
            r"|air\s?strikes?"
            # "struck down the ban" is a ruling; "struck an optimistic note", "struck a deal": words and deals
            r"|(?<!-)struck(?!\s+by\s+(how|what|the\s+(number|fact|scale|extent|size|sight|way)\b))"
            rf"{_STRUCK_NOT_A_BLOW}"
            r"(?!\s+down\b|\s+(an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?([\w-]+\s+){0,2}(note|tone|chord|balance"
            r"|deal|agreement|bargain|pose|compromise|accord|partnership)s?\b"
            # "had struck gas this week": a find, not a blow
            r"|\s+(oil|gas|gold|silver|copper|diamonds|water|it\s+rich)\b)|shell(ed|ing)|bomb(ed|ing|ardment)|launched\s+([\w,-]+\s+){0,5}"
            r"(drones|missiles|rockets)|missile\s+strikes?|drone\s+strikes?)\b"
        ),
    ),
    Trigger(
        "casualties",
        "casualties",
        # "a severely-injured officer", "war-wounded veterans": a compound describes someone, counts no one;
        # "to come and tend the wounded": the people, not a toll
        rx(
            # ("the eleven workers who died in the blast were honoured", "relatives of those who were killed
            # marched": a toll that only says who the subject is, while the sentence tells another act)
            rf"(?<!-)(?<!the\s){_NOT_AFTER_CARE}(?<!\bwho\s)(?<!\bwho\swere\s)(?<!\bwho\shad\s)(?<!\bwho\shave\sbeen\s)"
            rf"(?<!\bwho\shad\sbeen\s)\b({_KILLED_NO_THING}|wounded|injured|maimed|casualties|death\s+toll|died"
            r"|(feared|presumed|pronounced)\s+dead)\b"
            # "four workers had been hurt in the blast", "was badly hurt", "nobody was hurt", "12 hurt in the
            # crash": "hurt" as "injured", where the injury's cause or its severity is told or the hurt are
            # counted ("sales were hurt by the slump", "families who have been hurt", "We are hurt": none)
            r"|\b(?!(sales|profits?|earnings|economy|business(es)?|shares|stocks?|tourism|industry|markets?|prices"
            r"|feelings|pride|reputations?|image|ratings|confidence|demand|exports|revenues?|trade|growth)\b)[\w’'-]+\s+"
            r"(was|were|been|being|got)\s+(((seriously|badly|slightly|critically|severely|gravely|mildly|lightly)\s+)"
            # ("was hurt in the downturn": a harm of trade; only a harmful happening injures)
            r"hurt\b|hurt\s+(when|while)\s|hurt\s+(in|during|after|by)\s+(the\s+|an?\s+|\w+[’']s\s+)?([\w-]+\s+){0,2}?"
            r"(blasts?|explosions?|blowout|bomb(ing)?s?|fires?|debris|shrapnel|gunfire|bullets?|glass|rubble|falling|flying"
            r"|quake|earthquake|collapse|crash(es)?|accidents?|collisions?|attacks?|clashes|fighting|violence|stampede"
            r"|shooting|storm|flood(ing)?|fall|riots?|incident)\b)"
            r"|\b(no\s+one|nobody|none)\s+(else\s+)?(was|were|had\s+been)\s+(\w+ly\s+)?hurt\b"
            r"|\b(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\s+"
            r"([\w-]+\s+)?hurt\s+(in|when|as|after|during|by)\b"
            # ("The death toll rose to 120": the toll itself, whatever article stands before it)
            r"|\bdeath\s+toll\s+(rose|climbed|jumped|reached|stood|stands|rises|has\s+risen|passed|topped|increased)\b"
            # "More than 500 people are missing": the missing counted with the dead
            r"|\b(\d[\d,.]*|hundreds|thousands|dozens|scores)\s+([\w-]+\s+){0,2}?(are|were|remain|remained|have\s+been"
            r"|had\s+been)\s+(still\s+)?(reported\s+)?missing\b"
            r"|\b(confirmed|reported|recorded)\s+"
            r"([\w,-]+\s+){0,2}(deaths|fatalities)\b"
            # "The city recorded its first death from the fever", "the state reported its second death",
            # "the region suffered its first death": one death counted in its order, which opens or adds to
            # a toll
            # ("the province reported its first two deaths": the first ones counted together, with their
            # number)
            r"|\b(confirmed|reported|recorded|announced|registered|suffered|logged)\s+(its|their|the\s+[\w’'-]+[’']s)\s+"
            r"(first|second|third|fourth|fifth|latest)\s+((two|three|four|five|six|\d+)\s+)?(confirmed\s+)?"
            # ("its first two death sentences": a court's, no toll)
            r"(death|fatality|deaths|fatalities)\b(?!\s+(sentences?|penalt(y|ies)|warrants?|threats?)\b)"
            # "the virus has claimed its first victim", "the storm claimed 12 lives", "claimed the lives of
            # three climbers": deaths a killer takes, counted, in every form of the verb ("is feared to be
            # claiming 40 lives", "claimed the life of a nurse")
            r"|\bclaim(ed|s|ing)\s+(its|their|the\s+[\w’'-]+[’']s)\s+(first|second|third|fourth|fifth|latest)\s+"
            r"(confirmed\s+)?(victim|life)\b"
            r"|\bclaim(ed|s|ing)\s+(more\s+than\s+|at\s+least\s+|nearly\s+|almost\s+|about\s+|some\s+|over\s+)?"
            r"(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)\s+"
            r"(more\s+)?(lives|victims)\b(?!\s+(were|was|are|had|have)\b)|\bclaim(ed|s|ing)\s+the\s+li(ves|fe)\s+of\b"
            # ... and in the passive: "two fatalities have been reported", "nine deaths were confirmed", "the
            # first death from the fever was confirmed" (one death counted in its order)
            r"|\b(deaths|fatalities|(first|second|third|fourth|fifth|latest)\s+(confirmed\s+)?(death|fatality))\b"
            r"(\s+(from|of|in)\s+[^.;]{1,40}?)?\s+(have\s+been|has\s+been|had\s+been|were|was)\s+"
            r"(\w+ly\s+)?(confirmed|reported|recorded)\b"
            # "was the first Dane to die", "the second patient to die": a death counted in its order
            r"|\bthe\s+(first|second|third|fourth|fifth|latest)\s+([\w-]+\s+){0,3}?to\s+die\b"
            # "Worldwide there have been 95 deaths reported": the toll told as what there has been
            r"|\bthere\s+(have|has|had)\s+(now\s+|so\s+far\s+)?been\s+(more\s+than\s+|about\s+|some\s+|at\s+least\s+"
            r"|nearly\s+|almost\s+|over\s+|around\s+)?\d[\d,.]*\s+([\w-]+\s+)?(deaths|fatalities)\b"
            # "1,100 confirmed cases, including 42 deaths": the dead among the sick
            r"|\b(including|with|and)\s+(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+(deaths|fatalities)\b"
            # "soldiers shot dead three villagers", "was stabbed to death": a killing told by its means
            r"|\b(shot|stabbed|beaten|hacked|bludgeoned|burned|burnt)\s+([\w,-]+\s+){0,3}?(dead|to\s+death)\b"
            r"|\bshot\s+and\s+killed\b|\bgunned\s+down\b"
            # "Police opened fire on the crowd, killing at least one of them", "gunmen stormed the hotel on
            # Friday, killing 12": the toll of an act of violence, told by its participle and its count after
            # the act, its doer an armed or rioting body of people (a disaster's toll, "the hurricane
            # stormed ashore, killing 12", "a gas cylinder detonated, killing three", "demolition crews
            # detonated the towers, killing two", stays the disaster's or the accident's; what is detonated is
            # a bomb; a toll of one told with "a", "killing a steward", is left to the other triggers)
            r"|\b(gunm[ae]n|troops|soldiers|police|policemen|officers|rebels|militants|insurgents|attackers|assailants"
            r"|fighters|forces|militiam[ae]n|militias?|terrorists|jihadists|extremists|bombers?|shooters?|snipers?"
            r"|rioters|mobs?|protesters|demonstrators|warplanes|jets|drones?|helicopters?|army|artillery)\b"
            r"\s+([\w-]+\s+){0,3}?(opened\s+fire|fired|shot|stormed|attacked|ambushed|raided|bombed|shelled|clashed"
            r"|rampaged|detonated\s+(an?\s+|the\s+|his\s+|her\s+|their\s+)?([\w-]+\s+){0,2}?(bomb|device|explosives|vest)s?)\b"
            r"((?!\s-\s)[^.;:()\"“”–—]){0,80}?,\s+killing\s+((at\s+least|about|some|nearly|almost|more\s+than|over"
            r"|up\s+to|an\s+estimated)\s+)*(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            r"|dozens|scores|hundreds|thousands)\b"
            # (people counted: alone, "of them", or named by who they were; "killing 40 geese" and "killing
            # two police dogs" count none)
            r"(?=\s*[,.;]|\s*$|\s+of\s+them\b|\s+(more\s+)?([\w-]+\s+)?(people|persons|civilians|soldiers|troops|officers"
            r"|policemen|police|protesters|demonstrators|workers|children|men|women|villagers|passengers|guests"
            r"|worshippers|students|fighters|militants|rebels|members|staff|bystanders|residents|pilgrims|shoppers"
            r"|others|prisoners|inmates|guards|miners|fans|spectators)\b"
            r"(?!\s+(dogs?|horses?|animals?|cattle|sheep|goats?|camels?|cows?|birds?|geese)\b))"
            # "eight nationals were dead and 10 missing", "16 peacekeepers known dead": the dead counted
            r"|\b(\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds"
            r"|thousands)\s+([\w-]+\s+){0,3}?((were|are|had\s+been|have\s+been)\s+(confirmed\s+|now\s+)?dead"
            r"|(known|confirmed)\s+(to\s+be\s+)?dead)\b"
            # "seven workers were taken to hospital", "12 people were admitted to hospitals": the hurt counted
            r"|\b(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|several)"
            r"\s+([\w’'-]+\s+){0,12}?(were|have\s+been|had\s+been)\s+(\w+ly\s+)?(taken|rushed|admitted|airlifted|flown)"
            r"\s+to\s+(a\s+|the\s+)?(local\s+|nearby\s+)?(hospitals?|clinics?)\b"
            # "the crew were brought ashore, including nine taken to hospital": the hurt counted among those
            # told of, with no verb of their own
            r"|\b(including|among\s+them|of\s+whom)\s+(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven"
            r"|twelve|dozens|scores|hundreds|several)\s+([\w-]+\s+)?(taken|rushed|admitted|airlifted|flown)\s+to\s+"
            r"(a\s+|the\s+)?(local\s+|nearby\s+)?(hospitals?|clinics?)\b"
            # "among the 100,000 dead", "left 40 people dead": the dead counted without a verb of their own
            # ("thought to have left hundreds of villagers dead": a round guess is no count)
            r"|\b\d[\d,.]*\s+(people\s+|civilians\s+|soldiers\s+)?dead\b(?!\s+(zones?"
            r"|ends?|batteries|heat|lines?|weight|wood|letters?|stock|calm|cells?|and\s+(alive|buried))\b)"
            # "Jane Roe, 41, was the first Dane to die": a named death, told by its rank in the toll
            r"|\b(was|is|became)\s+the\s+(first|second|third|latest|\w+th)\s+([\w-]+\s+){0,2}?to\s+(die|be\s+killed)\b"
            # "the agency's regional director was among the dead": a named death, told by the toll it joins
            r"|\b(was|were|is|are)\s+(among|one\s+of)\s+the\s+(dead|victims|fatalities)\b"
        ),
    ),
    # The toll told as where it stands, with where or what it counts between the noun and the verb: "The
    # death toll in the province rose to 42", "the number of deaths from the virus stands at 12"
    Trigger(
        "casualties",
        "casualties",
        rx(
            r"\b(death\s+toll|number\s+of\s+(the\s+)?(dead|deaths|fatalities|people\s+killed|victims))\s+"
            rf"(from|of|in|at|across|among)\s+[^.;:]{{1,50}}?{_LEVEL_REACHED}"
            # ... or with nothing between: "the number of dead rose to 212", and a toll named by its word
            # alone when what it reaches is a count of people ("the toll had reached 212"; "the toll rose
            # to $5" or "the economic toll reached 5 billion" counts money)
            rf"|\bnumber\s+of\s+(the\s+)?(dead|deaths|fatalities|people\s+killed|victims)\s+{_LEVEL_REACHED}"
            r"|\b(the|its|their)\s+toll\s+(from\s+[^.;:,]{1,40}?\s+)?(has\s+|had\s+)?(now\s+|already\s+)?(rose|risen"
            r"|climbed|reached|jumped|stood|stands|passed|topped|increased|doubled|tripled|trebled)\s+((to|at)\s+)?"
            r"(more\s+than\s+|at\s+least\s+"
            r"|nearly\s+|almost\s+|over\s+|about\s+|some\s+)?\d[\d,]*\b(?!\s*(billion|bn|million|m\b|percent|per\s+cent|%"
            r"|miles|km|kilometres|acres|hectares|barrels|gallons|tons|tonnes|euros?|dollars?|pounds|cents|pence|yen|rupees))"
        ),
    ),
    # "more than 23,000 people have been displaced", "3,500 homes destroyed": a count of those who lost their
    # homes is a toll as well, kept apart from the count of the dead told the same day
    Trigger(
        "casualties",
        "displaced",
        rx(
            r"\b[\d,.]+\s+(million\s+)?([\w-]+\s+){0,2}?(people|residents|families|villagers|civilians)\b[^.;]{0,30}?"
            # ("7 million people are displaced inside the country": a standing state, no toll of the news)
            r"\b(were|was|have\s+been|has\s+been|had\s+been)\s+(\w+\s+)?(displaced|made\s+homeless|left\s+homeless"
            r"|forced\s+from\s+their\s+homes)\b"
            # "The flood has left thousands homeless"
            r"|\bleft\s+(more\s+than\s+|about\s+|some\s+|nearly\s+|at\s+least\s+)?([\d,.]+|hundreds|thousands|millions"
            r"|tens\s+of\s+thousands)\s+(of\s+)?([\w-]+\s+)?homeless\b"
            r"|\b([\d,.]+|hundreds|thousands|dozens|scores)\s+(of\s+)?(homes|houses|dwellings)\s+(were\s+|have\s+been\s+"
            r"|had\s+been\s+)?(destroyed|flattened)\b"
        ),
    ),
    Trigger(
        "recruitment",
        "recruitment",
        rx(
            r"\b(recruit(ed|ing|s|ment|ments)?|enlist(ed|ing|ment)?|mercenar(y|ies)"
            # an advert is a recruitment drive only when it seeks fighters ("a TV advert showing how to wash
            # your hands", "the company's adverts" sell or inform)
            r"|adverts?\s+(for|seeking|calling\s+for|offering)\s+([\w-]+\s+){0,3}?(fighters|soldiers|volunteers"
            r"|recruits|mercenaries|servicemen))\b"
        ),
    ),
    Trigger(
        "sanction",
        "sanction",
        rx(
            r"\b(sanctions?|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bof\s)(?<!ing\s)(?<!-)sanctioned|embargo|asset\s+freeze|expelled\s+from|measures\s+against)\b|\bsuspend(ed|s|ing)?"
            r"\s+([\w-]+\s+){0,4}from\s+(all\s+)?(its\s+|the\s+)?([\w-]+\s+){0,2}(bodies|membership|organi[sz]ation|bloc"
            r"|union|activities)\b"
        ),
    ),
    Trigger(
        "policy",
        "policy",
        rx(
            # ("outlined measures it has taken", "announced new measures": a government's measures made known)
            r"\b(pass(ed|es)?|approv(ed|es)|sign(ed|s)|enact(ed|s)|adopt(ed|s)|introduc(ed|es)|vetoe(d|s)|unveil(ed|s)"
            r"|announc(ed|es)|outlin(ed|es))\s+"
            # ("signed an executive order establishing ...": the measure by its name)
            r"(a\s+|an\s+|the\s+|its\s+)?([\w-]+\s+){0,3}(law|bill|legislation|decree|regulations?|rules|budget"
            r"|measures?|executive\s+order)\b|\b(law|bill|legislation|decree|rules?|ban|tariffs?|measure)\s+(was\s+|were\s+)?(passed|signed|approved"
            r"|took\s+effect|takes\s+effect|came\s+into\s+force|comes\s+into\s+force)\b|\b(tariffs?|export\s+controls?"
            r"|import\s+duties|moratorium|curfew|state\s+of\s+emergency|travel\s+ban|price\s+caps?)\b"
            # "The House on Wednesday passed two bills", "the assembly approved three new laws": several
            # measures passed at once, in the simple past and counted ("have passed laws since 2022" sums
            # up a period; "passed thousands of fake bills", "signed dollar bills" are money, no count of
            # measures)
            r"|(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)\b(passed|approved|signed|enacted|adopted|vetoed)\s+"
            r"(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+((new|separate|further|more|related)\s+)?"
            r"(laws|bills|decrees)\b"
            # "The government unveiled a tax increase on cigarettes", "raised the fuel duty", "the tax rise
            # was announced on Thursday": a tax laid on or changed ("cut its tax bill", "tax evasion", "a tax
            # lawyer" are a payer's affairs; a proposal stays words, `_WORDS_MADE_PUBLIC`)
            r"|\b(unveiled|unveils|announced|announces|imposed|imposes|introduced|introduces|raised|raises|hiked|hikes"
            r"|slashed|slashes|lowered|lowers|abolished|abolishes|scrapped|scraps)\s+(an?\s+|the\s+|new\s+)*"
            # (the words before the tax name its kind: "raised concerns about taxes", "raised billions in
            # taxes", "lowered its tax rate" are no tax laid; "duty" alone is a post, "on duty"; "duty-free"
            # and "tax-free" are goods)
            r"((?!(about|of|in|on|for|to|with|from|over|at|by|its|their|his|her|our|billions?|millions?)\b)[\w-]+\s+){0,2}?"
            r"(tax(es)?|levy|levies|(fuel|import|export|excise|stamp|customs|alcohol|tobacco)\s+dut(y|ies))\b(?!-)"
            r"(?!\s+(returns?|bills?|evasion|avoidance|advisers?|lawyers?|records?|affairs|liabilit(y|ies)|filings?"
            r"|provisions?|charges?|credits?|benefits?|rates?\s+of\s+(its|their))\b)"
            r"|\b(tax|levy)\s+(increase|rise|hike|cut)s?\s+(was|were|has\s+been|have\s+been)\s+(unveiled"
            r"|announced|approved|passed|introduced|imposed)\b"
            # "imposed a nationwide lockdown", "the citywide lockdown began on Monday": a whole country or
            # city shut by its government, told by the act that lays it on or starts it; a shutdown, which
            # strikers and firms stage too ("truckers began a nationwide shutdown", "a nationwide shutdown of
            # its factories", "opposition parties enforced a citywide shutdown"), only when it is laid on
            # ("imposed", "ordered") or has a measure's purpose ("to contain the fever"); "said a nationwide
            # shutdown had helped" is the topic of remarks
            r"|\b(imposed|imposes|ordered|orders|declared|declares|introduced|introduces|extended|extends)\s+"
            r"(an?\s+|the\s+|its\s+|their\s+)?([\w-]+\s+)?(nationwide|countrywide|citywide|statewide)\s+"
            r"(shutdown|lockdown)s?\b(?!\s+(strikes?|protests?|of\s+(its|their|his|her)|by)\b)"
            r"|\b(began|begins|enforced|enforces)\s+(an?\s+|the\s+|its\s+|their\s+)?([\w-]+\s+)?(nationwide|countrywide"
            r"|citywide|statewide)\s+(lockdown|shutdown(?!\s+of\s+(its|their|his|her)\b)(?=[^.;]{0,60}?\bto\s+(contain|curb"
            r"|slow|halt|stop|stem|check|fight|combat|limit)\b))"
            r"|\b(nationwide|countrywide|citywide|statewide)\s+lockdown\s+(of\s+[^.;,]{1,40}?\s)?(began|begins"
            r"|took\s+effect|takes\s+effect|came\s+into\s+force|comes\s+into\s+force)\b"
            # "declared the flooding to be of national significance", "declared the valley a disaster area"
            r"|\bdeclared\s+([\w’'-]+\s+){0,4}?(to\s+be\s+)?(of\s+)?[\"“]?(national\s+significance|(an?\s+)?(national\s+|public\s+"
            r"health\s+)?emergency|(an?\s+)?(major\s+)?disaster\s+(area|zone))\b|\b(banned|ban\s+on"
            r"|lifted\s+(the\s+|a\s+|all\s+|its\s+|their\s+)?(remaining\s+)?(ban|restrictions|moratorium|curfew|curbs)|impos(ed|es|ing)\s+(a\s+|new\s+)?(ban|restrictions"
            r"|limits|curbs|controls)|(?<!\bto\s)(tightened|relaxed|eased)\s+(the\s+|its\s+|their\s+)?([\w-]+\s+){0,2}"
            r"(rules|controls|restrictions|curbs|limits|regulations))\b|\b(entity\s+list|blacklist(ed|s)?|export\s+licen[cs]es"
            # "exporters would need licences for every shipment": a licence required is the measure told
            r"|(need|needs|require|requires|required|must\s+obtain|must\s+get)\s+(an?\s+|export\s+)?licen[cs]es?\s+for"
            r"|screen(ing)?\s+(all\s+)?"
            r"(travell?ers|passengers|arrivals)|(closed|close|shut|reopen(ed)?)\s+(all\s+)?(the\s+|its\s+)?(schools|borders?"
            r"|airports?|ports?|airspace)|remain\s+closed)\b"
            # "closed 2,000 square miles of the bay to fishing", "waters reopened to shrimping": grounds
            # closed to a trade or opened again are a measure
            r"|\b(closed|closes|close|closing|shut|reopen(ed|s|ing)?)\s+(?:[\w,.’'-]+\s+){0,8}?(to|for)\s+(all\s+)?(commercial\s+"
            r"|recreational\s+|sport\s+)?(fishing|shrimping|fishermen|shipping|navigation|drilling)\b"
            # "closed the wildlife refuge to the public", "the park was shut to visitors": a place closed to
            # all who would come is a measure
            r"|\b(closed|shut)\s+(?:[\w’'-]+\s+){0,6}?to\s+(the\s+)?(public|visitors|tourists)\b"
            # "closed commercial and recreational fishing for ten days": the trade itself closed
            r"|(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)\b(closed|shut|banned|halted)\s+(all\s+)?"
            r"((commercial|recreational|sport)\s+(and\s+(commercial|recreational|sport)\s+)?)?(fishing|shrimping|oystering"
            r"|crabbing|hunting)\b"
            # "shut two more crabbing grounds", "reopened the oyster beds": the grounds of a trade closed or
            # opened again, which only an authority does
            # ("the shut crabbing areas": a participle that describes, no act)
            r"|(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthose\s)(?<!\bthese\s)(?<!\bof\s)"
            r"\b(closed|closes|close|closing|shut|reopen(ed|s|ing)?)\s+(more|further|additional|new|the|all|its|their"
            r"|\d[\d,.]*)?\s*([\w-]+\s+){0,2}?(fishing|shrimping|oyster|crabbing|hunting)\s+(grounds|areas|waters|zones"
            r"|beds|seasons?)\b"
            # "police sealed off the hotel", "has placed dozens of travellers in forced quarantine", "the
            # school has been closed", "five schools are now closed": a measure told by what it did
            # "urged its citizens to avoid travel to Velora", "lifted its advice against all non-essential
            # travel to Tarvia", "issued a travel warning": a government's advice to travellers is a measure
            # ("a move that could lead to travel advisories": only named, none issued)
            # ("advising against all but essential travel to Tarvia": the same advice in its usual official
            # words)
            r"|\b(avoid|against)\s+(all\s+(but\s+essential\s+)?)?(non-?essential\s+|unnecessary\s+)?travel\s+to\b"
            r"|\b(issued|issues|lifted|lifts|raised|eased|extended|imposed|dropped|scrapped|withdrew)\s+(an?\s+|the\s+|its\s+"
            r"|their\s+)?([\w-]+\s+){0,2}?travel\s+(advisory|advisories|warnings?|alerts?)\b"
            r"|\b(sealed|cordoned)\s+off\s+(the|a|an|its|their|all|parts?)\b|\b(placed|put)\s+([\w,-]+\s+){0,12}?(in|into|under)\s+(forced\s+|mandatory\s+|compulsory\s+)?"
            r"quarantine\b|\b(schools?|universit(y|ies)|colleges?|borders?|airports?|airspace|border\s+crossings?"
            # ("theatres, shops and museums were closed": public places shut by order)
            r"|theat(re|er)s|cinemas|museums|shops|restaurants|bars|nightclubs|churches|beaches|parks)\b"
            r"[^.;]{0,60}?\b((has|have|had)\s+been|(is|are)\s+now|(was|were)|will\s+be|would\s+be|(is|are)\s+to\s+be)\s+"
            # ("two schools have been ordered to close": the order is the measure)
            r"(temporarily\s+)?(closed|shut|ordered\s+to\s+(close|shut))\b(?!\s+(on|at|for)\s+weekends?)"
            # "the school in Dulwich closed when six pupils fell ill": the school shut, told intransitively
            r"|\b(schools?|universit(y|ies)|colleges?)\b[^.;]{0,60}?\b(closed|shut)\s+(down\s+)?(its\s+doors|temporarily"
            r"|when|after|until|for\s+(the|a|two|three|\d)|yesterday|today|on\s+\w+day)\b"
            # "is expected to order on Thursday tighter checks": an order to come
            r"|\b(to|will|would)\s+order\s+(?!(food|meals?|drinks|pizzas?|books|tickets)\b)"
            # "has ordered the interior minister to review all permits": a directive is an act, not remarks
            r"|\b(?<!\bbe\s)(?<!\bbeen\s)order(ed|s)\s+(the\s+|his\s+|her\s+|its\s+|their\s+|all\s+)?([\w-]+\s+){1,4}"
            # ("centralisers he'd ordered flown to the rig": "to" before a place, not an infinitive)
            r"to\s+(?!(be|the|an?|his|her|its|their)\b)[a-z]+\b"
            # "ordered a cull of pigs", "ordered all schools closed", "were quarantined": a measure imposed
            r"|\b(internet|mobile\s+networks?|phone\s+lines|social\s+media|broadcasts?)\s+(access\s+)?(was|were|has\s+been"
            r"|have\s+been)\s+(cut|shut\s+down|blocked|suspended|restricted)\b"
            # ("ordered the border sealed", "ordered classes cancelled nationwide": a thing ordered shut or
            # stopped, told by its participle)
            r"|\b(?<!\bbe\s)(?<!\bbeen\s)order(ed|s)\s+(all\s+|the\s+|its\s+|their\s+)?(?!(an?|more|new)\s)([\w-]+\s+){1,4}?"
            r"(closed|shut|cancell?ed|suspended|halted|evacuated|sealed|grounded|locked\s+down)\b"
            r"|\b(order(ed|s)?|impos(ed|es))\s+(an?\s+|the\s+)?([\w-]+\s+){0,3}(cull(ing)?|slaughter(ing)?|quarantine"
            r"|lockdown|evacuation|closure)s?\b|(?<!should\s)(?<!would\s)(?<!could\s)(?<!might\s)(?<!must\s)\b(have|has|had|were|was|been)\s+(already\s+)?"
            r"(placed\s+in\s+)?quarantined?\b"
            # "The ministry quarantined 40 students", "officials have quarantined a hotel": the measure told
            # by its verb in the active, with who or what was shut in after it ("the quarantined passengers",
            # "a quarantined ward": the participle that describes; "quarantined themselves": a choice, no
            # measure)
            r"|(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!-)\bquarantin(ed|es)\s+(more\s+than\s+|at\s+least\s+|about\s+|nearly"
            r"\s+|some\s+|over\s+)?(an?|the|all|its|their|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|scores"
            r"|hundreds|thousands|several|entire|whole)\s"
            # ("the tourists quarantined a week ago in a hotel flew home": a reduced relative clause, told
            # with its time, that only says who they are)
            r"(?!([\w-]+\s+)?(hours?|days?|nights?|weeks?|fortnight|months?|years?)\b)"
            # "yanked the drilling permits for 33 rigs", "cancelled a pending lease sale": permits or leases
            # withdrawn, or held back ("has delayed new drilling permits"), which only an authority does
            r"|\b(revok(ed|es|ing)|rescind(ed|s)|yank(ed|s)|pull(ed|s)|cancell?(ed|s)|suspend(ed|s)|withdr(ew|awn)|froze"
            r"|delay(ed|s)|postpon(ed|es)"
            r"|freez(es|ing))\s+(the\s+|its\s+|their\s+|all\s+|new\s+|an?\s+)?([\w-]+\s+){0,3}?(permits?|licen[cs]es"
            r"|leases|lease\s+sales?|concessions)\b"
            # "President Jan Roe directed that no new permits be issued", "the transport minister ordered that
            # all flights be grounded": an authority's command in the subjunctive over every case of a kind
            # lays down a rule. A one-off order ("the general ordered that the prisoners be executed", "the
            # captain ordered that the ship be abandoned") names no kind, and a judge's, a coroner's or a
            # referee's order is no authority's, so neither is a measure; the giver is read before the verb,
            # a title then its holder's name ("Governor Ann Lee"), and nothing else between
            rf"|\b{_RULE_GIVERS}(?-i:\s+[A-Z][\w’'-]+){{0,3}}\s+((on\s+)?\w+day\s+)?(ordered|orders|directed|directs"
            r"|decreed|decrees|mandated|mandates)\s+((on\s+)?\w+day\s+)?that\s+(no|all|any|every)\s+"
            r"(?!(one|of)\b)([\w’'-]+\s+){1,6}?(not\s+)?(be\s+(\w+ly\s+)?([a-z]+ed|shut|set|cut|kept|held|given|taken"
            r"|withdrawn|frozen)|remain|stay|stop|cease|close)\b"
            # "the plan was approved on Friday by the incident commander": a plan or permit cleared, passive
            r"|\b(plans?|permits?|proposals?|licen[cs]es|waivers?)\s+(was|were|has\s+been|have\s+been|had\s+been)\s+"
            r"(formally\s+|finally\s+)?(approved|authori[sz]ed|granted)\b"
            # "gave the mining firm four days to name a safer contractor": an ultimatum with its deadline
            # ("gave him two days to live": a prognosis, no order)
            r"|\b(gave|give|gives|giving|(has|have|had)\s+given)\s+(?!(him|her|me|us|you)\b)([\w’'.-]+\s+){1,4}?(\d+|one"
            r"|two|three|four|five|six|seven|ten|fourteen|thirty)\s+(hours|days|weeks)\s+to\s+(?!(be|the|an?|his|her|its"
            r"|their|live|recover|rest)\b)[a-z]+\b"
            # ... told in the passive: "the contractor was given five days to name a new manager"
            r"|\b(has|have|had|was|were|is|are)\s+(been\s+|being\s+)?given\s+(just\s+|only\s+|until\s+)?(\d+|one|two"
            r"|three|four|five|six|seven|ten|fourteen|thirty)\s+(hours|days|weeks)\s+to\s+(?!(be|the|an?|his|her|its|their"
            r"|live|recover|rest)\b)[a-z]+\b"
            # "told children back from abroad to stay away from school for a week": a directive to the public
            r"|\b(told|ordered|instructed|advised)\s+([\w,’'-]+\s+){1,10}?to\s+stay\s+(away|at\s+home|home|indoors"
            r"|inside)\b"
            # "The agency raised its flood alert level to amber": a declared level of alert
            # ("raised its pandemic alert to phase 5": the level's word left out, the level told)
            r"|\b(raised|lowered|increased|cut)\s+(its|the|their)\s+([\w-]+\s+){0,2}?(alert|threat|warning)(\s+(levels?"
            r"|system|status)\b|(?=\s+(to|from)\s))"
            # "disbanded the committee on energy", "abolished the agency": a public body done away with
            r"|\b(disband(ed|s)|abolish(ed|es))\s+(the|a|an|its|their)\s+([\w-]+\s+){0,4}?(committee|agency|commission"
            r"|department|ministry|office|council|board|unit|force|programme|program|body)\b"
            # "the ministry issued new hygiene guidelines for schools", "announced severe restrictions on
            # trawling": rules made known by their name are the measure ("has not issued guidelines" is none)
            # (only words that qualify the rules come between: "announced record profits despite travel
            # restrictions", "unveiled a phone meeting the new requirements" name other things made known; an
            # -ing word stops it only before a determiner, for "sweeping travel restrictions" qualifies them)
            # (a ban or regulations too: "issued a new, more limited ban", "will issue new safety
            # requirements", "put in place new curbs"; a ban given "to" someone is a sanction on one person,
            # a two-match ban a sports penalty; a judge's or a court's is a ruling. A moratorium is policy by
            # its own word, and this longer find of it was read as negated: "has not said when it might
            # issue a fresh moratorium", a plan still told. A decree is left out: one that grants powers is no
            # measure yet, and typed policy it joined other bodies' acts into one event)
            r"|(?<!\bnot\s)(?<!\bnever\s)(?<!\bjudge\s)(?<!\bcourt\s)(?<!\bjudges\s)(?<!\bcourts\s)(?<!\btribunal\s)"
            r"\b(issu(e|ed|es|ing)|announc(ed|es)|unveil(ed|s)|put(s|ting)?\s+in\s+place)\s+(a\s+|an\s+|the\s+|its\s+|their\s+)?"
            r"((?!(a|an|the|its|their|his|her|this|these|those|that|which|despite|with|without|for|on|in|of|to|at|by"
            r"|from|over|after|before|against|amid|about|into|than|as)\b)"
            r"(?![\w-]+ing\s+(the|a|an|its|new)\b)[\w-]+,?\s+){0,4}?"
            r"(restrictions|guidelines|requirements|curbs|regulations"
            r"|(?<!-match\s)(?<!-game\s)(?<!-fight\s)(?<!-race\s)(?<!lifetime\s)(?<!doping\s)"
            r"bans?(?!\s+to\s+(the|a|an|his|her|their|its|(?-i:[A-Z]))))\b"
            # "issued a 20-page order directing the mill to treat", "issued an order banning ...": directives
            r"|\bissued\s+(a|an|new|its|the)\s+([\w-]+\s+){0,3}(order|directive|decree|guidelines|plan|rules)\s+"
            r"(directing|ordering|requiring|telling|banning|barring|forbidding)\b"
            # "gave the go-ahead for a rail line", "approved plans for three wind farms", "approved part of a
            # proposal to dredge the channel": a public plan or permit cleared
            # ("once inspectors give the go-ahead": a condition, not yet given)
            r"|\b(gave|(has|have|had)\s+given)\s+(the\s+|a\s+|its\s+|their\s+|final\s+|formal\s+)*(go-ahead|green\s+light)\b"
            r"|\b(approv(ed|es)|authori[sz](ed|es))\s+(part\s+of\s+)?(an?\s+|the\s+|its\s+|their\s+)?([\w-]+\s+){0,2}?"
            r"(plans?|permits?|licen[cs]es|leases|proposals?)\s+((on|last|this)\s+\w+\s+)?(for|to)\b"
        ),
    ),
    # An order issued with what it does ("issued an order that limited ...", "an order barring ..."); a
    # warning, a statement or a judge's order issued is none of these, nor an order "to" someone or to do
    # a thing ("issued orders to a plane maker for six jets", "issued an order to disperse the crowd")
    Trigger(
        "policy",
        "policy",
        rx(
            r"(?<!\bjudge\s)(?<!\bcourt\s)(?<!\bjudges\s)(?<!\bcourts\s)(?<!\btribunal\s)(?<!\bmagistrate\s)"
            r"(?<!\bnot\s)(?<!\bnever\s)"
            r"\b(issu(e|es|ed|ing)|put\s+in\s+place|puts\s+in\s+place|putting\s+in\s+place)\s+"
            r"(an?\s+|the\s+|its\s+|their\s+)?((executive|emergency|new|formal|official)\s+)?(order|orders)"
            r"(?=(\s+(on\s+)?\w+day|\s+today|\s+yesterday)?,?\s+(that|which|limiting|banning|requiring"
            r"|restricting|halting|suspending|barring|closing|forbidding|lifting|imposing)\b)\b"
            # "authorised the relaxation of border controls", "announced the lifting of the curfew": the
            # change of a measure named by its noun, as the act's object (asked for, it stays a demand)
            r"|\b(authori[sz](ed|es)|ordered|orders|announced|announces|approved|approves|decreed|signed|signs|endorsed)\s+"
            r"(the\s+|a\s+)?(relaxation|relaxing|tightening|easing|lifting|extension)\s+of\s+(the\s+|its\s+|their\s+|all\s+)?"
            r"([\w-]+\s+){0,2}?(controls|rules|restrictions|curbs|limits|regulations|ban|moratorium|curfew|lockdown)\b"
        ),
    ),
    Trigger(
        "election",
        "election",
        # ("sought to reassure voters", "voters may punish the party": voters named, no vote held; only
        # voters who vote are one)
        rx(
            # ("the election observer mission said the vote was calm": who speaks, their verdict is remarks)
            rf"\b((elections?|electoral)(?!\s+(observers?|observation|monitors?|monitoring|mission)\b)|polls?\s+(opened|closed)|voters(?=\s+([\w’'-]+\s+){{0,4}}?{_VOTERS_ACT})|ballots?|referendum|{_NOT_WATER}run-?off(?!\s+(from|of|water|into|in))|re-?elected"
            r"|was\s+elected|were\s+elected|won\s+(the\s+|a\s+)?([\w-]+\s+){0,2}(election|vote|presidency|seats?|mandate)"
            # "lost the Republican primary to a local lawyer", "won the party's primary": a party's vote
            # decided
            r"|(won|lost|wins|loses|winning|losing)\s+(the\s+|a\s+|his\s+|her\s+|their\s+)?([\w’'-]+\s+){0,3}?primary\b"
            r"|won\s+(a|an|another|her|his|their)\s+((second|third|fourth|fifth|sixth|new|fresh|full|[\w]+-year)\s+)+((consecutive|straight)\s+)?term"
            r"|vote\s+(count|tally|was\s+held)"
            r"|(vote|polls?|ballot|referendum)\b[^.;]{0,60}?\b(postponed|delayed|put\s+off|rescheduled)"
            r"|(postponed|delayed|put\s+off)\s+(the\s+)?([\w-]+\s+){0,2}(vote|polls?|ballot|referendum))\b"
        ),
    ),
    # Leaders in touch by phone, a trip abroad set out on or called off, a gathering for a summit: "called
    # Polish President Andrzej Duda to explain", "in a phone call on Sunday", "scrapped his trip to Japan",
    # "will gather in Basel for the summit". ("called the president a liar" is words; "said by telephone
    # from Lagos" and "a call with reporters" are interviews; a fishing trip is nobody's diplomacy)
    Trigger(
        "diplomacy",
        "diplomacy",
        rx(
            r"\bcalled\s+(his\s+|her\s+)?((?-i:[A-Z])[\w-]*\s+){0,3}(President|Prime\s+Minister|Chancellor|Premier"
            r"|King|Queen|Secretary-General|counterparts?)\s+(((?-i:[A-Z])[\w.-]*\s+){0,3}(?-i:[A-Z])[\w-]*)?"
            r"(?=\s*(,|\.|and\b|to\b|on\b|about\b|after\b|late\b|early\b|last\b|this\b|shortly\b))"
            r"|\b(in|during)\s+an?\s+([\w-]+\s+)?(tele)?phone\s+(call|conversation)\b(?!\s+with\s+(reporters|journalists"
            r"|analysts|investors|the\s+press))|\b(tele)?phone\s+(call|conversation|talks)\s+with\s+(?!(reporters"
            r"|journalists|analysts|investors|the\s+press)\b)|\b(spoke|talked|speaks|talks)\s+(by|on\s+the)\s+(tele)?phone\s+with\b"
            # "spoke to Prime Minister Jane Roe by telephone": a leader named, then the line
            r"|\b(spoke|talked)\s+(to|with)\s+((?-i:[A-Z])[\w.’'-]*\s+){1,6}(by|on\s+the|over\s+the)\s+(tele)?phone\b"
            r"|\b(depart(ed|s|ing)?|leave|leaves|left|set\s+off|sets\s+off|embark(ed|s)?)\s+on\s+(an?|his|her|their)\s+"
            r"(?!(fishing|hunting|shopping|school|camping|skiing|family|holiday)\b)([\w-]+\s+){0,2}?(trip|tour|visit)\s+to\b"
            # (the act under way too: "was cutting short a trip to the Pacific")
            r"|\b(cancel(l?ed|s|ling|ing)?|scrap(ped|s|ping)?|postpon(ed|es|ing)|call(ed|ing)\s+off|cut(ting)?\s+short"
            r"|shorten(ed|s|ing)?|delay(ed|s|ing)?)\s+"
            r"(his|her|their|its|the|a|an)\s+(?!(fishing|hunting|shopping|school|camping|skiing|family|holiday)\b)"
            r"([\w-]+\s+){0,3}?(trip|tour)\b"
            r"|\b(gather(ed|s|ing)?|convene[ds]?|convening)\s+in\s+(?-i:[A-Z])[\w-]+\s+(on\s+\w+\s+|next\s+\w+\s+)?for\s+"
            r"(the\s+|an?\s+)?([\w-]+\s+){0,4}?(forum|summit|talks|negotiations)\b"
        ),
    ),
    Trigger(
        "diplomacy",
        "diplomacy",
        rx(
            # ("the chief executive talks about strategy", "he talks like a worker": the verb, not talks
            # between parties; "in exclusive talks to sell its refinery", "negotiating for a job": a company's
            # business or a person's own, no diplomacy)
            r"\b(summon(ed|s|ing)?|talks(?!\s+(about|of|like)\b)(?![^.;]{0,50}?\bto\s+(sell|buy|acquire|purchase|merge|take\s+over)\b)"
            r"|negotiat\w+(?![^.;]{0,50}?\bto\s+(sell|buy|acquire|purchase|merge|take\s+over)\b)(?!\s+for\s+(a\s+)?(job|position|post)\b)|(?<!be\s)met\s+with|meet\s+with|press\s+conference\s+with|visit(ed|s)?"
            # ("was meeting with defence officials at a security conference": the meeting under way)
            r"|(was|were|is|are)\s+meeting\s+with"
            r"|ceasefire|cease-fire|peace\s+(plan|talks|deal|settlement|process)|envoy"
            # "brokered a truce", "to broker talks" (and never "insurance brokers", the trade)
            r"|broker(ed|ing)\b|(to|will|would|could|help|helped|helps)\s+broker\b"
            # ("avoid all non-essential travel to Tarvia", ", travel to Tarvia is no longer a risk", "advice
            # on travel to": the noun, no trip)
            r"|engage\s+with|(?<!\bavoid\s)(?<!\ball\s)(?<!essential\s)(?<!unnecessary\s)(?<!against\s)(?<!,\s)"
            rf"(?<!\bthe\s)(?<!\bof\s)(?<!\bon\s)travel(s|led|ling)?\s+to|discuss(ed|es|ing)?|{_NO_TRADE_BEFORE}summit|(will|to)\s+meet"
            r"|offered\s+to\s+send|round\s+(of\s+\w+\s+)?(collapsed|broke\s+down|stalled)|walked\s+out\s+of\s+(the\s+)?talks"
            # "suspended its strategic dialogue with Georgia", "will review the bloc's relations with Tbilisi"
            r"|(suspend|froze|freez|resum|halt|broke\s+off|break\s+off|sever|restor|normali[sz]|review|upgrad"
            r"|downgrad)\w*\s+([\w’'-]+\s+){0,4}?(dialogue|(diplomatic\s+)?relations\s+(with|between)|diplomatic\s+ties))\b"
        ),
    ),
    # Acts outside the named types that news reports as happenings: exercises, arms sales, resignations
    Trigger(
        "other",
        "other",
        rx(
            r"\b(launched|held|staged|began|conducted|started|announced)\s+([\w-]+\s+){0,3}(drills|exercises|war\s+games"
            r"|blockade)\b"
            # "The government pledged $6m in aid", "Norway gave 40 million kroner to help": money given or
            # pledged for relief is an act, not words
            rf"|\b(pledged|pledges|promised|donated|gave|committed)\s+{_SUM_GIVEN}\s+(in\s+([\w-]+\s+)?(aid|relief|assistance)|of\s+([\w-]+\s+)?(aid|relief|assistance)"
            r"|to\s+(help|aid|support|assist)|for\s+(the\s+)?(relief|reconstruction|recovery|victims))\b"
            # "The council pledged $40m on Monday to rebuild the bridges", "pledges $5m to a children's
            # charity": a sum pledged is money given, whatever it is for ("pledged to pay all claims", with no
            # sum, and "promised $5m", which may be a demand's figure, stay words)
            # ("pledged $5bn for new schools if elected": a promise on a condition is words; a condition after
            # a comma, "..., even if costs rise", qualifies a pledge already made)
            rf"|\b(pledged|pledges|donated|donates)(?![^.;,]{{0,80}}\b(if|unless)\b)\s+{_SUM_GIVEN}"
            r"(\s+(on\s+\w+day|yesterday|today|last\s+\w+|this\s+\w+|from\s+[^.;,]{1,40}?))?\s+(to|towards?|for)\s+\w"
            r"|\b(approved|vetoed|resigned|was\s+elected|were\s+elected|appointed|sworn\s+in|evacuated"
            r"|protested|staged\s+(a\s+)?protests?)\b"
        ),
    ),
    # A public body that halts or suspends ("federal officials halted the dredging on Tuesday") uses its
    # powers: a measure, where a company's halt is its own act
    Trigger(
        "policy",
        "suspension",
        rx(
            r"\b(government|officials|authorities|regulators|ministry|administration|agency|commission)\s+"
            # ("officials said drilling halted": the halt is told, the body's act is the saying; "the
            # government that stopped locals from ...": a relative clause describes the body)
            r"((?!(said|say|says|told|tell|warned|added|claimed|believe|believed|hoped|feared|expect|expected|that"
            r"|which|who)\b)"
            r"[\w-]+\s+){0,2}?(halted|suspended|stopped)\b"
            r"(?!\s+(the\s+|its\s+)?([\w-]+\s+)?(falls?|declines?|slides?|losses|slump|rally|gains)\b)"
            # "deportations to the island were suspended last week", "halted all evictions": a state's
            # measure on people put on hold, told of the measure (who halted it is often left unsaid)
            r"|\b(deportations|expulsions|evictions|executions|repatriations|extraditions)\s+((of|to|from)\s+[^.;,]{1,40}?\s+)?"
            r"(were|have\s+been|had\s+been|has\s+been|was)\s+(temporarily\s+)?(suspended|halted|stopped|frozen)\b"
            r"|\b(suspended|halted|stopped|froze)\s+(all\s+)?([\w-]+\s+){0,2}?(deportations|expulsions|evictions|executions"
            r"|repatriations|extraditions)\b"
        ),
    ),
    # Plans stopped or dropped, which news reports as happenings of their day: "the band pulled out of the
    # concert", "the government intervened", "drilling was halted", "the match was called off"
    Trigger(
        "other",
        "stopped",
        rx(
            # ("the rise halted falls in the share price": a market's move, not a plan stopped)
            # ("was pulled out alive", "pulled out of the rubble": someone rescued, no plan dropped)
            r"\b(pulled\s+out(?!\s+alive\b)(?!\s+(?:from|of)\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,2}?"
            r"(?:rubble|ruins|wreckage|debris)\b)|pulls\s+out|withdrew\s+from|intervened|called\s+off|unveiled"
            r"|halted(?!\s+(?:(?:the|a|its|their|recent)\s+)?(?:[\w-]+\s+)?(?:falls?|declines?|slides?|losses|slump|rally|gains)\b)"
            r"|(was|were)\s+(stopped|halted|called\s+off|cancell?ed|suspended|scrapped|abandoned))\b"
        ),
    ),
    # Common acts of international news that no other family names, each with its type (see DEV_SET.md's
    # conventions): people or ships taken, a crash, a rate decision, a recall, a vote in parliament, a
    # service suspended, a return from exile, an appeal launched, a fine, relations restored, a meeting of
    # counterparts, a company's results
    Trigger(
        "capture",
        "abduction",
        rx(
            # (a verb, in the passive or with its object: "newly hijacked computers" describes a thing)
            r"\b(was|were|been|being)\s+(\w+ly\s+)?(kidnapp?ed|abducted|hijacked|taken\s+hostage)\b"
            r"|\b(kidnapp?ed|abducted|hijacked)\s+(?=(a|an|the|his|her|their|its|\d[\d,]*|two|three|four|five|six|seven"
            r"|eight|nine|ten|dozens|several|[A-Z])\b)|\btook\s+([\w,-]+\s+){0,3}?hostage\b"
        ),
    ),
    Trigger(
        "other",
        "release",
        rx(r"\b(freed|released)\s+([\w,-]+\s+){0,3}?(hostages|captives|prisoners|detainees)\b"),
    ),
    Trigger(
        "disaster",
        "crash",
        rx(
            r"\b(plane|aircraft|airliner|jet|helicopter|train|bus|ferry|boat)\b[^.;]{0,40}?\b(crashed|derailed|capsized)\b"
            # "a bus carrying pilgrims plunged into a ravine", "a minibus overturned on the highway", "a lorry
            # veered off the road": a vehicle's fall or overturn ("the ruling was overturned" is a court's; a
            # price that plunges falls into nothing a vehicle falls into)
            r"|\b(plane|aircraft|airliner|helicopter|train|bus|minibus|coach|lorry|truck|van|tram|ferry|boat)\b"
            r"([^.;]{0,40}?)\b((?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)overturned|flipped\s+over|veered\s+off"
            r"|went\s+off\s+(the|a)\s+(road|bridge|cliff)|(plunged|plummeted|tumbled|fell|skidded|careered|careened)\s+"
            r"(off|into|down|over)\s+(a|an|the)\s+([\w-]+\s+)?(ravine|gorge|river|canal|cliff|valley|ditch|lake|sea"
            r"|embankment|precipice|mountainside|hillside|chasm|gully|abyss|reservoir|bridge|road))\b"
        ),
    ),
    Trigger(
        "policy",
        "rates",
        rx(
            # ("markets expect it to cut the rate": a forecast, nothing done)
            r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)"
            r"\b(raised|cut|lowered|hiked|held)\s+(its\s+|their\s+|the\s+)?(key\s+|benchmark\s+)?(interest\s+)?rates?\b"
        ),
    ),
    Trigger(
        "other",
        "recall",
        rx(
            r"\brecall(ed|ing|s)?\s+(about\s+|some\s+|nearly\s+|more\s+than\s+)?[\d,.]+\s+(million\s+)?([\w-]+\s+){0,2}?"
            r"[a-z]+s\b"
        ),
    ),
    Trigger(
        "policy",
        "parliament vote",
        rx(
            r"\b(voted|votes)\s+(overwhelmingly\s+|unanimously\s+)?(to\s+)?(approve|pass|reject|adopt|ban|impeach|extend|repeal"
            r"|amend|ratify)\b"
            # "the committee voted in favour of barring firms with poor safety records"
            r"|\b(committee|house|senate|parliament|assembly|council|lawmakers|legislators|mps)\s+(\w+\s+){0,4}?voted\s+"
            r"(overwhelmingly\s+|unanimously\s+)?in\s+favou?r\s+of\b"
            # "The Senate voted 70-25 on Friday", "the lower house's approval on Tuesday": a chamber's vote,
            # told by its tally or named as its approval, is the measure voted on ("needs Senate approval" is
            # none yet)
            r"|\b(committee|house|senate|congress|parliament|assembly|chamber|legislature|council|lawmakers|legislators"
            r"|mps|deputies|senators|representatives)\s+(\w+\s+){0,4}?voted\s+\d+\s*[-–]\s*\d+\b"
            r"|\bthe\s+(lower\s+|upper\s+)?(house|senate|congress|parliament|assembly|chamber|legislature)"
            r"(['’]s)?\s+(final\s+)?(approval|passage)\b(?!\s+ratings?\b)"
        ),
    ),
    Trigger(
        "policy",
        "suspension",
        rx(
            # ("the president stopped all oil drilling in the gulf"; "the flow was stopped by the mud": the
            # agent of a passive, no measure)
            r"\b(suspended|halted|grounded|cancell?ed|stopped)\s+(?!by\b)(all\s+)?([\w-]+\s+){0,2}?(flights|services|operations|production"
            r"|exports|imports|shipments|trading|sailings|drilling|deliveries|sales|payments|work)\b"
            # "Kova Air suspends flights to Lyme", "Norland halts exports of grain": the same halt told in a
            # headline's present, its maker's name opening the sentence (a name that opens it leaves no room
            # for "not", "if", "stop" or a verb of saying before the halt)
            r"|^(the\s+)?(?-i:[A-Z])[\w.&’'-]+(\s+(?-i:[A-Z])[\w.&’'-]+){0,3}\s+(suspends|halts)\s+(all\s+)?([\w-]+\s+){0,2}?"
            r"(flights|sailings|services|exports|imports|shipments|drilling|deliveries)\b"
        ),
    ),
    Trigger("other", "return", rx(r"\breturned\s+(home\s+)?from\s+(exile|abroad|captivity)\b")),
    # "the crew finally killed the gas well", 'a cement plug "killed" the gusher': a well sealed for good, the
    # deed of the main clause (no toll; see _KILLED_NO_THING)
    Trigger(
        "other",
        "well killed",
        rx(
            r"\bkilled[\"”’']?\s+(off\s+)?(the|its|their|a|an|this|that)\s+([\w-]+\s+){0,3}?(wells?|gushers?)\b"
        ),
    ),
    # "The rebels seized control of the airport": a place taken, an offensive's gain
    Trigger(
        "offensive",
        "control taken",
        rx(
            r"\b(seized|took|taken|gained|wrested)\s+(full\s+)?control\s+of\b"
            # ("took control of the relief effort", "has taken control of the company": a task, a body or a
            # business run, no ground won)
            rf"(?!\s+(the\s+|an?\s+|its\s+|their\s+|his\s+|her\s+)?([\w’'-]+\s+){{0,3}}?{_NOT_GROUND}\b)"
        ),
    ),
    Trigger(
        "leadership",
        "dissolution",
        rx(
            r"\bdissolved\s+(the\s+)?(parliament|cabinet|government|national\s+assembly|assembly|legislature)\b"
        ),
    ),
    Trigger(
        "policy",
        "reopening",
        rx(
            r"\b(schools?|borders?|border\s+crossings?|crossings?|airports?|ports?|airspace|roads?|bridges?)\s+"
            r"(was\s+|were\s+|has\s+|have\s+)?(been\s+)?reopened\b"
            # "Schools in the capital will reopen on Monday", "schools and theatres there will remain shut for
            # another week": a closure ended or kept, told before or after the day it takes effect
            r"|\b(schools?|universit(y|ies)|colleges?|borders?|border\s+crossings?|airports?|airspace|museums|theat(re|er)s"
            r"|cinemas|nightclubs|beaches)\b(\s+(in|at|across|of|on|throughout|there)\b[^.;,:]{0,40}?)?\s+"
            r"((will|would|could|may|might|should|are\s+to|is\s+to|are\s+due\s+to|is\s+due\s+to|are\s+expected\s+to"
            r"|is\s+expected\s+to)\s+)?(re-?open(s|ed)?(?!\s+(talks|negotiations|the\s+case|an?\s+inquiry)\b)"
            r"|(remain|remains|remained)\s+(closed|shut))\b"
            # "The port will remain open", "the schools have stayed open on the advice of health officials":
            # a place kept open, told ahead or with the grounds for it, is a decision taken; one that merely
            # stayed open ("cafes stayed open late") is the scene
            rf"|\b{_KEPT_OPEN_PLACES}\b(\s+(in|at|across|of|on|throughout|there)\b[^.;,:]{{0,40}}?)?\s+"
            r"((will|is\s+to|are\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+(now\s+|still\s+)?"
            r"(remain|stay)\s+open\b"
            r"|((has|have)\s+)?(remain(s|ed)?|stay(s|ed)?)\s+open\s+(\w+\s+){0,2}?(on\s+the\s+(advice|orders"
            r"|instructions|recommendation)\s+of|following|after\s+an?|despite|under)\b)"
            # "Residents were allowed to return to the valley", "pupils are being permitted to go back": a
            # ban on going back eased
            r"|\b(was|were|is|are|has\s+been|have\s+been)\s+(now\s+|finally\s+|being\s+)?(allowed|permitted)\s+to\s+"
            r"(return|go\s+back)\b"
        ),
    ),
    Trigger(
        "diplomacy",
        "expulsion",
        rx(
            r"\b(ambassador|envoy|diplomats?)\s+(was|were|has\s+been|have\s+been)\s+expelled\b"
            r"|\bexpelled\s+(the\s+|its\s+|\d+\s+|two\s+|three\s+|four\s+|five\s+)?([\w-]+\s+){0,2}?(ambassador|envoy|diplomats)\b"
        ),
    ),
    Trigger(
        "election",
        "majority",
        rx(
            r"\bwon\s+(an?\s+)?(absolute\s+|outright\s+|overall\s+|clear\s+|narrow\s+|two-thirds\s+|parliamentary\s+)*majority\b"
        ),
    ),
    Trigger(
        "other",
        "resumption",
        rx(
            r"\b(flights|talks|exports|production|operations|deliveries|services|shipments|trading)\s+(have\s+|has\s+)?resumed\b"
        ),
    ),
    # A structure giving way, told by the verb or by the noun: "the bridge collapsed", "a mine flooded", "the
    # levee was breached", "a dam collapse", "the collapse of a school" (a government, talks or a market that
    # collapse are no structure)
    Trigger(
        "disaster",
        "collapse",
        rx(
            rf"\b{_STRUCTURES}\s+(\w+\s+)?(collapsed|caved\s+in|gave\s+way|crumbled|(was|were)\s+breached"
            # ("the hall was flooded with calls": a crowd or a mass of things, no water; "mines flooded the
            # market": the structure floods something else)
            r"|(was\s+|were\s+)?flooded(?!\s+(with\s+(?!(water|mud|seawater|sewage)\b)|(the|an?|its|their|his|her)\b)))\b"
            # (the noun told as the clause's own, not hung on a preposition: "despite the collapse of the
            # tower", "in a mine collapse" name a happening another clause or the toll tells)
            rf"|{_NOT_AFTER_PREPOSITION}\b(an?|the|its|this|that|last\s+\w+[’']s)\s+([\w-]+\s+)?{_STRUCTURES}\s+"
            rf"(collapse|failure|breach)\b"
            rf"|{_NOT_AFTER_PREPOSITION}\b(the|a|its|their|this|that)\s+collapse\s+of\s+(an?|the|its|their)\s+([\w-]+\s+){{0,2}}?{_STRUCTURES}\b"
        ),
    ),
    Trigger(
        "other", "appeal", rx(r"\blaunched\s+(an?\s+)?([\w-]+\s+){0,2}?(appeal|fundraising\s+drive)\s+for\b")
    ),
    # A penalty or a suit laid on someone, told by a light verb whose object decides its sense ("Kova was
    # hit with a record fine", "slapped with a lawsuit", "hit with criminal charges"; "hit with higher fuel
    # charges" is a price), and a case ended by settling it with those who brought it ("settled with the
    # plaintiffs", "settled the lawsuit"); a dispute or a bill settled is none, nor people who settle
    # somewhere ("settled with their families in the north") or a market that settles, unless the deal is
    # told after them ("settled with the families for $3 million", "settled with investors over the losses")
    Trigger(
        "legal",
        "legal",
        rx(
            r"\b(hit|slapped|saddled)\s+with\s+(an?\s+|the\s+)?([\w-]+\s+){0,3}?(fines?|penalt(y|ies)|lawsuits?|suits?"
            r"|(criminal|fraud|corruption|bribery|murder|manslaughter|terrorism|assault|theft)\s+charges|charges\s+of"
            r"|injunctions?)\b"
            r"|\b(settled|settles)\s+out\s+of\s+court\b"
            r"|\b(settled|settles)\s+(with\s+(the\s+|its\s+)?([\w-]+\s+){0,2}?(claimants|plaintiffs|prosecutors|regulators"
            r"|(families|victims|shareholders|investors)(?=(\s+[\w-]+){0,4}?\s+(over|out\s+of\s+court|for\s+(\$|£|€|\d"
            r"|an?\s+undisclosed|undisclosed))))|(the\s+|a\s+|its\s+|their\s+)?"
            r"([\w-]+\s+){0,2}?(lawsuits?|suits?|case|cases|charges))\b"
        ),
    ),
    Trigger(
        "legal",
        "fine",
        rx(
            r"\b(fined|was\s+fined|were\s+fined)\b(?=[^.;]{0,60}?[$£€]|\s+[\d,.]+|[^.;]{0,40}?\b(million|billion|bn|m)\b"
            # "fined the bank for misleading customers": the penalty told by what it punishes
            r"|[^.;]{0,40}?\bfor\s+(\w+ing|breach\w*|violat\w+|fail\w+|its|his|her|their)\b)"
        ),
    ),
    Trigger(
        "diplomacy",
        "relations",
        rx(
            r"\b(restored|resumed|re-?established|severed|cut|broke\s+off)\s+(full\s+)?(diplomatic\s+)?(relations|ties)\b"
        ),
    ),
    Trigger(
        "diplomacy",
        "counterpart",
        rx(r"\b(met|meets|hosted|received)\s+(his|her|their)\s+([\w-]+\s+){0,2}counterparts?\b"),
    ),
    Trigger(
        "other",
        "results",
        rx(
            r"\b(posted|reported|announced)\s+(an?\s+)?(record\s+|quarterly\s+|annual\s+|first-quarter\s+|second-quarter\s+"
            r"|third-quarter\s+|fourth-quarter\s+|full-year\s+|net\s+|pre-tax\s+){0,3}(loss|profit)\b"
        ),
    ),
    # People moved somewhere by those in charge: "Twelve tenants were taken to a sports hall", "the crew
    # were flown to Houston" ("taken to hospital" is an injury, told by the toll)
    Trigger(
        "other",
        "moved",
        rx(
            r"\b(was|were)\s+(later\s+|then\s+|all\s+)?(taken|moved|transferred|flown|bussed|relocated)\s+to\s+"
            r"(?!(?:[\w’'-]+\s+){0,4}(?:hospitals?|Hospital|clinic|Clinic|infirmary|Infirmary)\b)"
        ),
    ),
    # People rescued, which a disaster story reports as its happenings: "all 9 fishermen were rescued",
    # "rescuers pulled 12 survivors from the rubble"
    Trigger(
        "other",
        "rescue",
        rx(
            r"\b(was|were|been)\s+(\w+ly\s+|all\s+|safely\s+)?(rescued|airlifted\s+to\s+safety"
            r"|(pulled|dug|plucked|hauled|brought)\s+(out\s+)?alive)"
            # "was pulled from the rubble of the town hall", "was dug out alive from the ruins": someone
            # brought out living from a collapse (the dead brought out are the toll's: "bodies were pulled
            # from the wreckage"; a bare participle, "among them a girl pulled from a ruin", names no one)
            rf"|{_NOT_AFTER_THE_DEAD}\b(was|were|been)\s+(\w+ly\s+)?(pulled|dug|plucked|freed|hauled|lifted|brought)\s+"
            r"(out\s+)?(alive\s+)?"
            r"(from|out\s+of)\s+(the\s+|a\s+)?([\w’'-]+\s+){0,2}?(rubble|ruins|wreckage|debris)\b"
            r"|\b(rescued|pulled)\s+(\d[\d,]*|[a-z]+)\s+([\w-]+\s+){0,2}?(people|survivors|crew|passengers|workers"
            r"|miners|children|sailors|fishermen|migrants|refugees|residents|villagers|tourists|hikers|climbers)\b"
            # "two climbers were found alive on the ridge", "a boy has been found alive in the rubble": the
            # missing found living are the rescue a disaster story reports ("found dead" is the toll's)
            r"|\b(was|were|been)\s+(\w+ly\s+|all\s+|later\s+|finally\s+)?(found|discovered|located)\s+alive\b"
        ),
    ),
    # A market's move, which a business story leads on: "NWG shares closed down 4.5%", "stock tumbled 6%"
    Trigger(
        "other",
        "market",
        rx(
            r"\b(shares|stocks?|futures|bonds?|index|currency|prices?|crude|gold|(?-i:Dow|Nasdaq|FTSE|Nikkei|S&P)"
            r"|the\s+(dollar|euro|pound|yen|yuan|rouble|ruble|rupee|peso|lira)|sterling|yields?|market\s+value)\b"
            r"[^.;]{0,40}?\b(closed|finished|ended|rose|fell|tumbled|plunged|jumped|surged|slumped|dropped|climbed|gained"
            # ("The insurer, which declined to comment, ...": no move)
            r"|lost|sank|soared|rallied|slid|slipped|dipped|plummeted|declined(?!\s+(to|immediate|further|comment))"
            r"|advanced|eased|edged\s+(up|down|higher"
            r"|lower)|rebounded|recovered|retreated|shed|added|firmed|weakened|strengthened|spiked|tanked|hit|touched"
            r"|reached)\b[^.;]{0,40}?"
            r"(\d+(\.\d+)?\s*(%|percent|per\s+cent|cents|pence|points)|[$£€¥]\s?\d[\d.,]*\s*(a|per)\s+barrel"
            # "the company's shares fell $1.20", "closed down 30p"
            r"|(?<=\s)(by\s+|to\s+)?[$£€¥]\s?\d[\d.,]*(?!\s*(billion|bn|million|m|trillion)\b)"
            # "the euro slipped to its lowest level in four years", "gold hit a record high"
            r"|(its|their|an?|the)\s+(record|all-time|lowest|highest|[\w-]+-(year|month|week)|session)\s+(high|low|level"
            r"|close)|(lowest|highest)\s+(level|close|point))"
            # "knocked 9p off its share price", "wiped $4 billion from the group's market value"
            r"|\b(knocked|wiped|took|shaved)\s+(out\s+)?(about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|some\s+)?"
            r"[$£€#]?\d[\d.,]*\s*(p|pence|cents|bn|billion|m|million|%|percent|points)?\s+(off|from)\s+([\w’'.&-]+\s+){0,3}?"
            r"(share\s+price|market\s+value|market\s+capitali[sz]ation|shares|stock\s+price)\b"
            # "investors drove its shares down 4.5 percent", "sent the stock 6% higher": the move told by who
            # made it
            r"|\b(drove|sent|pushed|dragged|knocked)\s+(its|their|the|\w+[’']s)\s+(shares|stocks?|share\s+price|stock\s+price)\s+"
            r"(down|up|lower|higher)\s+(by\s+)?(about\s+|nearly\s+|almost\s+|more\s+than\s+)?\d+(\.\d+)?\s*(%|percent|per\s+cent)"
            r"|\b(drove|sent|pushed|dragged|knocked)\s+(its|their|the|\w+[’']s)\s+(shares|stocks?|share\s+price|stock\s+price)\s+"
            r"\d+(\.\d+)?\s*(%|percent|per\s+cent)\s+(lower|higher)"
            # "Shares of the firm's partners were also down between 10 and 19 percent": the move told as
            # where the price stood at the close, with the verb "to be"
            r"|\b(shares|stocks?|share\s+prices?|stock\s+prices?)\b[^.;:]{0,60}?\b(were|was)\s+(also\s+)?(down|up|higher"
            r"|lower)\s+(by\s+|between\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|as\s+much\s+as\s+)?\d+(\.\d+)?"
            r"(\s+(and|to)\s+\d+(\.\d+)?)?\s*(%|percent|per\s+cent|cents|pence|points)"
        ),
    ),
    # A move told without its figure: "shares continued to slide in London trading", "the stock fell
    # sharply on Tuesday" (a plain "prices rose" is too common in background to be news by itself)
    Trigger(
        "other",
        "market",
        rx(
            r"\b(shares|stocks?|share\s+prices?|stock\s+prices?|(?-i:Dow|Nasdaq|FTSE|Nikkei|S&P))\b[^.;]{0,40}?"
            r"\b((continued|continue|continues|went\s+on)\s+to\s+(fall|drop|slide|slip|sink|plunge|plummet|tumble|slump"
            r"|rise|climb|gain|soar|rally)"
            r"|(fell|dropped|slid|sank|plunged|plummeted|tumbled|slumped|rose|climbed|soared|rallied|jumped)\s+"
            r"(sharply|steeply|heavily|strongly))\b"
            # "Shares in the carmaker, the parent of two truck brands, shed 14 percent": the company named
            # with an aside before the move, longer than the gap above allows
            r"|\b(shares|stocks?|share\s+prices?|stock\s+prices?)\s+(of|in|for)\s+[^,.;:]{1,40},\s+[^,.;:]{1,50},\s+"
            r"(fell|dropped|slid|sank|plunged|plummeted|tumbled|slumped|lost|shed|rose|climbed|soared|rallied|jumped"
            r"|gained|added)\s+(by\s+)?(about\s+|nearly\s+|almost\s+|more\s+than\s+)?\d+(\.\d+)?\s*(%|percent|per\s+cent)"
        ),
    ),
    # Job cuts made: "the carmaker cut 900 jobs on Monday", "has shed 2,000 staff". Cuts to come ("plans to
    # eliminate 900 jobs", "will cut") stay the remarks that announce them, dated by the saying
    Trigger(
        "other",
        "job cuts",
        rx(
            r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bcould\s)(?<!\bmight\s)"
            r"\b(cut|cuts|eliminat(es|ed)|ax(es|ed)|shed|sheds|slash(es|ed))\s+"
            r"(about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+)?[\d,]+\s+([\w-]+\s+){0,2}?(jobs"
            r"|positions|posts|workers|staff|employees)\b"
        ),
    ),
    # A company's own acts, which business news reports as happenings of their day: a rating cut, a dividend
    # cut, a business bought or sold, a fund set up, money paid out, a bankruptcy, a bid made, a merger
    # completed. None is a law or a ban (policy) nor an office changing hands (leadership); done in the past
    # or the perfect ("to cut", "would sell" are plans and stay the remarks that tell of them)
    Trigger(
        "other",
        "corporate",
        rx(
            r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bshould\s)(?<!\bmust\s)"
            r"\b(?:(downgraded|upgraded)\s+(?!(?:its|their|the)\s+(?:forecasts?|outlook|estimates?|expectations?)\b)"
            r"|(cut|lowered|raised|slashed)\s+(\w+[’']s\s+|its\s+|the\s+|their\s+)?([\w-]+\s+){0,2}(credit\s+)?rating\b"
            # "Moody's cut the utility's debt to junk status"
            r"|(cut|lowered|raised)\s+([\w’'-]+\s+){0,3}?(debt|bonds?|notes)\s+(rating\s+)?to\s+(junk|(?-i:[A-C]{1,3}[+-]?\d?))"
            r"|(cut|slashed|suspended|scrapped|cancell?ed|halted|axed|raised|increased|reinstated|omitted|skipped)\s+"
            r"(its|their|the|a)\s+([\w-]+\s+){0,2}?dividends?\b"
            # ("is also sold under the brand name": a product's trade, told in the present passive)
            r"|(?<!-)(bought|acquired|purchased|took\s+over|sold|offloaded|divested)\s+((a|an|its|the|their|his|her|\w+[’']s)\s+"
            r"([\w%$£€.,-]+\s+){0,4}?)?(stake|unit|division|business|subsidiary|subsidiaries|assets|operations|holding"
            r"|arm|brand|chain|airline|bank|rival|carmaker|insurer|retailer|refinery)s?\b"
            # ("community-acquired MRSA": a compound describes an infection)
            r"|(?<!-)(acquired|took\s+over|bought)\s+(?-i:[A-Z])[\w&.-]+"
            r"|(?<!^)(?<!\bthen\s)(?<!\band\s)(?<!\bor\s)(set\s+up|established|created)\s+(an?\s+|its\s+)?([$£€][\d.,]+\s*(billion|bn|million|m)?\s+|[\w-]+\s+){0,3}?"
            r"(fund|escrow\s+account|compensation\s+scheme)\b|(set|put)\s+aside\s+(about\s+|some\s+|more\s+than\s+"
            r"|an?\s+(further|additional|extra)\s+)?[$£€]\s?\d+"
            r"|(paid|paid\s+out)\s+(about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|a\s+further\s+"
            r"|an\s+additional\s+)?[$£€]\s?\d+"
            r"|filed\s+for\s+(chapter\s+\d+|bankruptcy|insolvency|creditor\s+protection)|(went|entered|placed)\s+"
            r"(in)?to\s+(administration|receivership|liquidation)"
            r"|(launched|made|tabled|lodged|submitted)\s+(an?\s+)?([$£€][\d.,]+\s*(billion|bn|million|m)?\s+|[\w-]+\s+){0,3}?"
            r"(takeover\s+)?(bid|offer)\s+for"
            # "is in exclusive talks to sell its ports": a company's deal under way (types28)
            r"|\bin\s+([\w-]+\s+)?talks\s+(with\s+[^.;]{1,60}?\s+)?to\s+(sell|buy|acquire|purchase|merge\s+with|take\s+over)\b"
            r"|(completed|closed|finali[sz]ed)\s+(its|the|their|a)\s+([\w$£€.,-]+\s+){0,3}?(merger|acquisition|takeover"
            r"|purchase|buyout)|merged\s+(with|to\s+form|into))\b"
        ),
    ),
    # Something new set going by a body, which news reports as the act of its day: "launched an online
    # contest", "is launching a probe into the causes", "has launched a $1.4 million challenge" (a product's
    # or a rocket's launch is no such act; a prosecutors' inquiry is legal, above)
    Trigger(
        "other",
        "launch",
        rx(
            r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)"
            r"\b(launched|launching|(has|have)\s+launched)\s+(an?\s+|its\s+|their\s+|the\s+|new\s+)?"
            r"([$£€]?[\w.,-]+\s+(million\s+|billion\s+)?){0,3}?(contest|competition|challenge|campaign|probe|investigation"
            r"|inquiry|review|initiative|website|hotline|scheme|programme|program|fund|petition)\b"
        ),
    ),
    # The dead honoured, which news reports as a happening of its day: "were honored at a memorial service",
    # "hundreds attended a vigil for the victims", "held a funeral for the miners"
    Trigger(
        "other",
        "memorial",
        rx(
            r"\b(honou?red|remembered|mourned|commemorated)\s+(at|in|during|with)\s+(an?\s+|the\s+)?([\w-]+\s+){0,2}?"
            r"(memorial|funeral|vigil|service|ceremony|tribute)\b"
            r"|\b(held|attended|staged|organi[sz]ed)\s+(an?\s+|the\s+)?([\w-]+\s+){0,2}?(memorial(\s+service)?|funeral|vigil"
            r"|minute'?s\s+silence)\s+(for|in\s+memory\s+of|to\s+(honou?r|remember|mark))\b"
        ),
    ),
    # A visit told by where the visitor was and what for: "The minister was in Alabama to tour the command
    # centre", "the president was in the flooded town to meet survivors" (an official's visit is `other`)
    Trigger(
        "other",
        "visit",
        rx(
            r"\b(was|were)\s+in\s+(?-i:[A-Z])[\w.-]+(\s+(?-i:[A-Z])[\w.-]+){0,3}\s+(on\s+\w+day\s+|yesterday\s+|today\s+)?"
            r"to\s+(tour|visit|inspect|survey|view|see|meet|attend|open|launch|sign|announce|discuss|hold\s+talks)\b"
        ),
    ),
    # A service that fails, which a disaster's report tells as one of its happenings: "Phone lines to the
    # country failed", "power was cut to 40,000 homes", "communications went down" (a network shut by order
    # is a measure, above)
    Trigger(
        "other",
        "outage",
        rx(
            r"\b(phone\s+lines|telephone\s+lines|phone\s+networks?|mobile\s+networks?|communications|power|electricity"
            r"|power\s+supplies|water\s+supplies)\b([^.;,]{0,30}?)\s+(failed|went\s+down|went\s+dead|went\s+out|collapsed"
            r"|(was|were)\s+(knocked\s+out|cut\s+off|cut))\b"
        ),
    ),
    # Disorder told as reported, with no one named who did it: "There were reports of looting overnight",
    # "there was sporadic looting in the capital"
    Trigger(
        "other",
        "disorder",
        rx(
            r"\bthere\s+(was|were|have\s+been|has\s+been)\s+(some\s+|several\s+|many\s+|widespread\s+|sporadic\s+|scattered\s+)?"
            r"(reports?\s+of\s+)?(some\s+|widespread\s+|sporadic\s+|scattered\s+)?(looting|rioting|riots|gunfire|clashes)\b"
        ),
    ),
    # A leak's flow told as the day's news: "Oil spewed largely unchecked once again into the Gulf", "raw
    # sewage poured into the river", "lava flowed into the sea" (what a day's flow amounts to, "barrels of
    # oil spewed", is the disaster's, above)
    Trigger(
        "other",
        "flow",
        rx(
            r"(?<!\bof\s)\b(oil|crude|gas|sewage|lava|mud|floodwaters?|toxic\s+\w+|chemicals|waste(water)?)\s+(spewed|gushed|poured|flowed)\s+(\w+ly\s+){0,2}(unchecked\s+|freely\s+)?(once\s+again\s+"
            r"|again\s+|anew\s+)?(into|from|out\s+of)\b"
        ),
    ),
    # Work on a leak or a site, told by the equipment put to it or the oil it collects: "deploying
    # remote-controlled submarines to cut the pipes", "is raising its oil capturing capacity", "siphoned
    # 2,000 barrels": an act of no named kind (never a deployment of forces or a capture of people)
    Trigger(
        "other",
        "equipment",
        rx(
            r"\bdeploy(ed|s|ing|ment)?\s+(of\s+)?(the\s+|its\s+|an?\s+|more\s+|new\s+)?([\w,-]+\s+){0,2}?(booms?"
            r"|barriers?|equipment|robots?|remote-controlled|robotic|dispersants?|caps?|domes?|skimmers?|sandbags)\b"
            r"|\boil\s+captur(e|ed|es|ing)\b|(?<!\bthe\s)(?<!\bof\s)(?<!\bits\s)(?<!\bthat\s)\b(captur|collect|siphon)(ed|es|ing|s)?\s+(up\s+to\s+|about\s+|some\s+)?"
            # ("captured the oil field": a place taken, left to capture)
            rf"([\d,.]+\s+(million\s+)?(barrels|gallons)\s+(of\s+)?)?(the\s+|its\s+)?(leaking\s+)?(oil|crude)\b(?!\s+{_SUBSTANCE_SITE}\b)"
        ),
    ),
    # What tests found, which a story of an illness or a repair reports as the day's news: "Tests showed
    # that the patient did not have the virus", "pressure tests over the weekend suggested the seal was
    # holding" (tests to come, "will show", are no result; "tests confirmed ... cases" is a case count, above)
    Trigger(
        "other",
        "test result",
        rx(
            r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bunless\s)\b(tests|test\s+results|scans|samples|analysis|autopsy|post-mortem)\b"
            r"[^.;:“”\"]{0,80}?\b(showed|suggested|indicated|revealed|proved|found)\s+(that\s+)?"
        ),
    ),
)
OFFENSIVE = next(t for t in TRIGGERS if t.family == "offensive")
# when a view was put, between its verb and what was said: "suggested on Monday that", "disagreed in a letter"
_WHEN_SAID = r"(?:\s+(?:on\s+\w+day|yesterday|today|last\s+(?:night|week|month)|in\s+[^,.;:\"“”]{1,45}?))?"
# (asked of each sentence by many rules, and the costliest pattern to scan: its matches are kept per text)
SPEECH = ScannedPattern(
    # "called off the search", "called in the army": acts, not words
    r"\b(said|says|say|told|tells|stated|announced|announces|urged|urges|urging"
    # ('a design -- called "long string"', ', called the Sentinel,': a name given, not words said)
    # ("so-called bird flu", "self-called experts": a word of the name, not words said)
    # ("a neighbour called the police", "called an ambulance": a telephone call for help, no words reported)
    r"|(?<!-\s)(?<!-)(?<!,\s)(called|calling)(?!\s+(off|in|up)\b)(?!\s*[\"“])"
    r"(?!\s+(the\s+)?(police|emergency\s+services|an?\s+ambulance|firefighters|fire\s+brigade|coastguard|911|999)\b)"
    # ("Jane Roe, a former minister, called the decision a mistake": after an apposition, "called" then
    # what it was called is words said)
    r"|(?<=,\s)called(?=\s+(?:it|them|him|her|(?:the|his|her|their|its|this|that)\s+(?:[\w-]+\s+){1,3}?)"
    r"(?:an?\s|[\"“]))"
    r"|warned|warns"
    # ("its director indicated in an interview": words given; "data indicated a slowdown" is no one speaking)
    r"|(indicated|indicates)(?=\s+(in\s+an?\s+(interview|statement|letter|speech|briefing)|on\s+\w+day|to\s+reporters)\b)"
    # ("BP added nearly 3 percent", "the economy added 90,000 jobs": a gain of a figure, no words)
    r"|(?:added|adding)(?!\s+(?:(?:nearly|almost|about|around|some|roughly|more\s+than|another|a\s+further)\s+)?"
    r"[$£€¥]?\d)|declined\s+to\s+comment|revealed|emphasi[sz]ed|underscored|stressed|noted|noting|insisted"
    # "the fever has claimed its first victim", "the storm claimed 12 lives": a toll, not a claim
    # ("declined to settle a claim by the port authority", "their claims for damages": a claim for money or a
    # right, the noun after its determiner and before whose or what for, is no saying)
    r"|insisting|(claimed|(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bany\s)"
    r"(?<!\bthis\s)(?<![’']s\s)(claims|claim)|(claims|claim)(?!\s+(by|for|from)\b))"
    r"(?!\s+(\S+\s+){0,2}(victims?|lives|life)\b)|alleged|alleges|accused"
    r"|accuses|accusing|described|according\s+to|reiterated"
    # "The agency repeated that it saw no need for travel limits": a position said again ("repeated the
    # test", "repeated attempts" are no saying)
    r"|(repeated|repeats)(?=\s+(?:on\s+\w+day\s+|today\s+|yesterday\s+)?(?:that|its|his|her|their)\b)"
    # "The premier sought to reassure farmers that the subsidy would stay": a comfort put on the record
    r"|(sought|seeks|tried|tries)\s+to\s+(reassure|assure)(?=\s+(?:[\w’'-]+\s+){0,3}?that\b)"
    # "The governor made it clear that no tax would rise", "officials are making it clear they will ...": a
    # position stated
    r"|(made|makes|making)\s+it\s+(very\s+|quite\s+|abundantly\s+|perfectly\s+)?clear(?=\s+(that|they|he|she|it|we)\b)"
    # "Officials played down the possibility of job cuts": a claim made light of is put on the record
    # ("played down his worries" tells a mood, not a claim answered)
    r"|(?:(?:played|plays|playing)\s+down|downplay(?:ed|s|ing))(?=\s+(?:the|any)?\s*(?:possibility|likelihood|chances?"
    r"|reports?|suggestions?|claims?)\b)"
    # ("In a statement on its website, the ministry said ...": the opening phrase is no verb of saying)
    r"|dismissed|rejected|denied|denies|expanded\s+on|voiced|(?<!in\sa\s)statement(?!\s+(?:also\s+)?(?:said|says|added|stated|read|reads|noted|continued)\b)|argued|saying"
    # ("asserted themselves", "asserted control over the port": an act of standing, no words)
    r"|asserted(?!\s+(?:themselves|itself|himself|herself|ourselves|control|authority|power|its|their|his|her)\b)"
    # "the council's cost estimates of up to 90 million euros": the noun, not the verb
    # "she maintained she had only been trying to help the firm", "a spokesman maintained Mr Roe had the
    # board's support": words; "maintained order" is an act
    r"|maintained(?=\s+(?:that|he|she|they|it|we|I|his|her|their|its|Mr|Mrs|Ms|Dr)\b)"
    # ("gave a wide range of estimates", "its own estimates": after "of" or a determiner it is the noun)
    r"|stopped\s+short\s+of|reported|shared|maintaining"
    r"|(?<!\bof\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bown\s)(?<!\bnew\s)(?<!\bofficial\s)"
    r"estimates(?!\s+(of|for|are|were|have|show|put|range)\b)"
    # "..., the Daily Beast reports.", "The paper reports that ...": an outlet's report (the noun, "media
    # reports say", has neither the closing stop nor the "that")
    r"|reports(?=\s*[.,;]|\s+that\b)"
    # "Svanberg apologised for his remarks": an apology is words said on the record
    r"|apologi[sz](?:ed|es)"
    # "The auditors issued a figure of 12 million pounds", "the agency issued a statement": words put out
    r"|(?:issued|released|published|put\s+out)\s+(?:a|an|its|their|the|his|her|new|fresh)\s+(?:[\w-]+\s+){0,2}?"
    # ("their lowest estimate to date of the harvest")
    r"(?:estimates?|figures?|forecasts?|assessments?|statements?|warnings?)(?:\s+to\s+date)?(?=\s+(?:of|on|that|saying|which|in|at"
    r"|for|late|early|\w+day|yesterday|today)\b|\s*[,.;])"
    # "the chief executive struck an optimistic note": a tone taken in words
    r"|struck\s+an?\s+(?:[\w-]+\s+){0,2}(?:note|tone)"
    r"|estimated|condemn(ed|s)|welcom(ed|es)|prais(ed|es)"
    # "Analysts put the cost at $12 billion", "officials put the toll at 300": an estimate given, as
    # "estimated"
    r"|(?<!\bto\s)(put|puts|putting)(?=\s+(the|its|their|his|her)\s+([\w-]+\s+){0,3}?(toll|cost|costs|number"
    r"|figure|amount|total|bill|value|losses|damage|count|volume|rate|flow|size|death\s+toll)\s+([^,;.]{1,40}?\s)?"
    r"at\s+(about\s+|around\s+|some\s+|more\s+than\s+|up\s+to\s+|nearly\s+|roughly\s+|between\s+)?[$£€#]?\d)"
    # "The union leader hit out at the airline", "the minister was attacked for his silence": criticism
    # is words said ("hit out at the lorry" is rare in news; a blow is "hit")
    r"|(hit|hits|hitting|lashed|lashes|lashing)\s+out\s+at"
    r"|attacked(?=[^.;]{0,40}?\b(?:for\s+(?:(?:his|her|their|its)\s+(?!own\b)[\w-]+|(?:not\s+)?[a-z]+ing)"
    rf"|by\s+(?:{_WORDS_OF_ATTACK}))\b)"
    r"|criti(ci[sz]ed|ci[sz]es)|hailed|slammed|deplored|regretted|applauded|appealed|demanded|pledged|promised"
    # ("admitted taking bribes": the act owned up to, a gerund, is no words said)
    r"|vowed|admitted(?!\s+(?:to\s+)?\w+ing\b)|acknowledged|confirmed|explained|predicted|testified|defended"
    r"|expressed|ruled\s+out"
    # the present of the same verbs, as chronologies and headlines tell a past day ("May 14 - The governor
    # deplores the delay"); "demands", "regrets", "appeals", "pledges" and "vows" are left out, nouns as often
    # ("donor pledges reached $5bn"), and "confirms", "explains", whose subject is as often a finding ("the
    # test confirms", "which explains"); "hails from" is where one comes from; "slams" is left out, a blow as
    # often ("slams into the coast"), and its remarks are typed without it, while as a verb of saying it
    # dropped a chronology's line whose speaker is one bare name ("Roe slams the firms"); "testifies" and
    # "expresses" are left out, the present of a photo's or video's caption ("X testifies to the committee"),
    # which has no day of its own and made an event dated by the page (read44a)
    r"|hails(?!\s+from\b)|deplores|applauds"
    # "The chairman likened the repair to a tug of war": a comparison put on the record is words said
    r"|likened|likens"
    # "The new commander compared it to a relay race": a likeness put on the record, as "likened"
    r"|compared(?=\s+(?:it|this|that|them|the\s+[\w-]+)\s+to\s+an?\s)"
    # the present of news copy and more reporting verbs: "The agency predicts that", "the mayor conceded"
    # ("calculated risk", "a predicted rise": only with what was said after them)
    r"|insists|admits(?!\s+(?:to\s+)?\w+ing\b)|acknowledges|concedes|conceded|predicts|forecasts|reckons|cautioned|cautions"
    r"|(calculates|calculated|forecast)(?=\s+(on\s+\w+\s+|\w+day\s+)?(that|the|it|there|about|up\s+to)\b)"
    # 'Crosby asks: "What has happened ...?"': a question put on the record
    r"|(asks|asked)(?=:)"
    # "made the remarks on Friday on her show": the remarks reported are his
    r"|made\s+(the|these|those|his|her|their)\s+(comments?|remarks?)"
    # 'he replied: "..."', '"...," e-mailed spokesman Jane Roe': an answer or a written message given on
    # the record ("replied to the letter", "e-mailed the files" are acts: only before what was said or
    # after a closed quotation)
    r"|(replied|replies|retorted|answered|responded)(?=\s*:|\s+that\b)"
    # ("wrote in a letter to the president on Thursday that ...": how and to whom, then what)
    r"|(e-?mailed|emailed|texted|tweeted|wrote|writes)(?=\s*:|\s+(?:[^.;:\"“”]{1,60}?\s)?that\b)"
    r"|(?<=[,!?][\"”]\s)(replied|retorted|answered|responded|e-?mailed|emailed|texted|tweeted|wrote)"
    r"|(?<=[,!?][\"”])(replied|retorted|answered|responded|e-?mailed|emailed|texted|tweeted|wrote)(?=\s)"
    # (the verb right after the closing quote: the opening "\b" takes no space there)
    r"|(?<=[,!?]'')(replied|retorted|answered|responded|e-?mailed|emailed|texted|tweeted|wrote)"
    r"|(?<=\bhe\s)(replied|retorted)|(?<=\bshe\s)(replied|retorted)"
    # Words given by other verbs: "has asked the committee to extend the credit", "was sharply critical of
    # the plan in an editorial", "the estimate issued by the panel on June 10" ("asked to leave" in the
    # passive names nobody who asked)
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(asked|asks)(?=\s+(?:[\w-]+\s+){1,7}?to\s+(?!be\b)[a-z]+\b|\s+(?:on\s+)?\w+day\s*[.,])"
    r"|(?:was|were|is|are)\s+(?:strongly\s+|sharply\s+|highly\s+|deeply\s+|fiercely\s+)?critical(?=\s+of\b)"
    r"|(?<=estimate\s)issued(?=\s+by\b)|(?<=forecast\s)issued(?=\s+by\b)|(?<=estimates\s)issued(?=\s+by\b)"
    # more verbs that put a view or a position on the record, in any tense: "scientists suggest the repair
    # could fail", "officials caution they ...", "Roe disagreed." (only before what was said: "suggested
    # changes", "urged caution", "an argument" are no saying)
    r"|(suggest|suggests|suggested|caution|argue|argues|insist|concede|acknowledge|promises|promise)"
    # ("suggested this weeks ago": what "this" stands for was said before, in another report)
    rf"(?={_WHEN_SAID}\s+(?:that|the|it|its|he|she|they|there|we|a|an|his|her|their)\b)"
    rf"|(disagreed|disagrees|disagree)(?={_WHEN_SAID}(?:\s*[.,;:]|\s+with\b))"
    # "Experts outlined on Friday the work they will do": plans or findings set out in words
    rf"|(outlined|outlines)(?={_WHEN_SAID}\s+(?:the|its|his|her|their|a|an|plans?|proposals?|details)\b)"
    # "The ministry is demanding new checks": a demand made, told as it goes on
    r"|(?<=\bis\s)demanding|(?<=\bare\s)demanding"
    # "The senators want the airline to pay into a fund": what someone wants another to do is a demand
    # put to them ("wants to run again" is an aim of one's own, no demand)
    # ("The group, which wants the state to take over the bank, is organising protests": who it is, no saying)
    r"|(?<=\w\s)(?<!\bwhich\s)(?<!\bwho\s)(?<!\bthat\s)(wants|want|wanted)(?=\s+(?:the\s+|a\s+|its\s+|their\s+)?[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,2}?"
    r"\s+to\s+(?!be\b)[a-z]+)"
    r")\b"
    # "Artists confirmed to be taking part", "She was said to be happy": a participle, nobody speaks
    r"(?!\s+to\s+(be|have)\b)",
    re.IGNORECASE,
)


# The type an event's table row gives, settled from the sentence its title tells once its reports are merged
# and dated. Read only then, so that it changes what the event is called and never whether it is kept, what
# it is merged with or when it is dated (every rule before the table reads the type its trigger gave).
def _type_only_in_blamed(event_type: str, text: str) -> bool:
    """Whether every word that gives `event_type` lies inside the blame laid ("blamed the crash on", "blamed
    the riots on"): "the judge blamed the driver for the crash and jailed him", "police blamed the fire on
    arson and arrested two men" keep the type of the act that follows the blame."""
    blame = _BLAME.search(text)
    if blame is None:
        return False
    found = [m for trigger in TRIGGERS if trigger.event_type == event_type for m in _found(trigger, text)]
    return bool(found) and all(blame.start() <= m.start() and m.end() <= blame.end() for m in found)


def settled_type(event_type: str, text: str, title: str = "") -> str:
    """The type of a happening whose title is told by `text`, given the type its reports were merged under:
    an outbreak's tally that counts cases first is the outbreak's (`disaster`, as "312 confirmed cases, one
    of them fatal"), and so is the count of new cases an authority gives; advice to a country's
    people to stay away from a place is a measure (`policy`), and so is a search for survivors called off;
    bail, a hearing or a trial set, and evidence entered are steps of a case (`legal`); a death confirmed is a
    toll (`casualties`), and so is a toll a speaker gives. An act left `other` takes the type its words give
    (`_type_of_plain_act`), the event's `title` telling which clause of the sentence is the event's."""
    if (
        event_type not in ("claim", "denial", "statement")
        and _in_main_clause(_BLAME, text)
        and (not title or _BLAME.search(title) is not None)
        and _type_only_in_blamed(event_type, text)
    ):
        # "The governor blamed the oil spill on the drilling firm", "the party blamed the riots on foreign
        # agents": fault laid on another is the speaker's words on the record (CAMEO 112, accuse), when the
        # happening it names is all that gave the type
        return "statement"
    if event_type == "casualties" and _cases_before_deaths(text) and _CASES_COUNTED.search(text):
        # "The province has logged 312 confirmed cases, among them four deaths": the dead are some of the sick
        return "disaster"
    if (
        event_type in ("claim", "statement")
        and (_NEW_CASES_TOLD.search(text) or _illness_taken(text))
        and _cases_before_deaths(text)
    ):
        # "Six more patients in the delta were diagnosed, officials said": the count is the news
        return "disaster"
    if (
        event_type in ("claim", "statement")
        and _CASES_RISEN.search(text)
        and _cases_before_deaths(text)
        and _OUTBREAK_SIGN.search(text)
    ):
        # "The agency reported the number of infected people to have reached 4,120", "officials said the
        # tally of confirmed cases had risen to 310": an outbreak's count told through who keeps it is the
        # outbreak's news, as new cases told are
        return "disaster"
    if (
        event_type == "other"
        and (_NEW_CASES_TOLD.search(text) or _CASES_RISEN.search(text))
        and _cases_before_deaths(text)
        and _OUTBREAK_SIGN.search(text)
    ):
        # "The tally of confirmed infections rose to 310 in the port": an outbreak's count as it stands
        return "disaster"
    if event_type in ("claim", "statement") and _TRAVEL_ADVICE.search(text):
        # "The ministry advised its nationals against all but essential travel to the border": an advisory
        return "policy"
    if event_type in ("other", "claim", "statement") and _in_main_clause(_BODY_DIRECTS, text):
        # "The ministry told hospitals to trace the patient's contacts", "the agency informed the firm that it
        # has 24 hours to stop": a public body's order or deadline to those it governs is a measure, however
        # it was made known
        return "policy"
    if event_type in ("other", "diplomacy") and _GATHERING_APPRAISED.search(text):
        # "Roe told reporters the meeting had resolved most open questions", "said the talks had made
        # real progress": a participant's appraisal of what a gathering achieved is his remarks, not its act
        return "statement"
    if event_type == "other" and _GATHERING_AHEAD.search(text):
        # "sent the draft on to next week's ministerial conference", "ahead of a donors' conference next
        # month": a gathering of states or bodies set for a day ahead is the planned talks
        return "diplomacy"
    if event_type == "other" and _telling_reported(text):
        # "A minister said the board had privately informed him of the sale": what
        # another had told, in the pluperfect, is words, so the speaker's claim about them, not an act
        return "claim"
    if event_type in ("claim", "statement") and _measure_announced(text):
        # "The ministry said on Monday it would start random checks of imported grain": a body's own measure
        # made known is the measure, as "imposed a curfew" is; the saying is how it became known
        return "policy"
    if event_type == "statement" and _in_main_clause(_MEASURE_NOUN_ANNOUNCED, text):
        # "The finance minister announced a freeze on public sector pay": a measure a government body
        # announces by its noun is the measure, as "imposed a curfew" is
        return "policy"
    if event_type == "statement" and _own_leaving_announced(text):
        # "The port chief announced on Monday he would step down in June", "announced her retirement": the
        # speaker's own office left is the news, as a resignation is; the saying is how it became known
        return "leadership"
    if event_type == "statement":
        announced = _type_of_act_announced(text)
        if announced is not None:
            # "The union said on Monday it would appeal": the speaker's own act made known is the news, as a
            # measure announced is; the saying is how it became known
            return announced
    if event_type in ("statement", "other"):
        own = _type_of_own_deed(text)
        if own is not None and (event_type == "statement" or own != "other"):
            # "The ministry said on Monday it had closed the crossing", "police said they arrested six men":
            # a body's own deed done, told through its own voice, is the deed; the saying is how it became
            # known (a denial, another's act, a plan or a change befalling it stays as it is)
            return own
    if event_type == "other" and _BODIES_COUNTED.search(text):
        # "Authorities have buried 40,000 bodies so far": the dead counted
        return "casualties"
    if event_type == "other" and _in_main_clause(_RAIN_SETS_OFF, text):
        # "Heavy rain triggered landslides across the valley": the disaster begun
        return "disaster"
    if event_type in ("statement", "claim") and _hazard_sighted(text) and not _DEATH_WORDS.search(text):
        # "In the south, officials confirmed a gas leak six miles from the town": the hazard sighted is the
        # disaster's news, as a happening reported through a speaker is the happening
        return "disaster"
    if event_type == "statement" and _hazard_reported(text) and not _DEATH_WORDS.search(text):
        # "Officials said the flood has since covered a third of the province": the flood's course (its dead
        # counted through a speaker are the toll's, below)
        return "disaster"
    if event_type == "other" and _SEARCH_CALLED_OFF.search(text):
        # "The coastguard ended its search for the missing fishermen": the end of a rescue decided
        return "policy"
    if event_type in ("other", "statement") and _CASE_INQUIRY_OPENED.search(text):
        # "The minister said prosecutors had opened an investigation into the port authority": a case begun
        return "legal"
    if event_type == "other" and _COURT_STEP.search(text):
        # "The treasurer was granted bail", "the retrial is due to open in autumn": a step of a case
        return "legal"
    if (
        event_type in ("other", "statement", "claim", "policy")
        and _COURT_ACTS.search(text)
        # ("The judge said she would rule by Friday", given as remarks: the words stay the judge's remarks)
        and not (event_type in ("statement", "claim") and _COURT_SAYS.search(text))
    ):
        # "Judge Roe refused to put on hold her decision lifting the ban", "the defence called its last
        # witness", "closing arguments will begin on Thursday": a court's own act or a trial's step
        return "legal"
    if event_type == "policy" and _measure_only_demanded(text):
        # "Unions called for the curfew to be lifted", "lawmakers pressed the ministry to extend its ban",
        # "renewed her call to end the curfew": a measure asked for is the askers' words until a body acts
        return "statement"
    if event_type == "policy" and _RULING_ON_A_MEASURE.search(text):
        # "The ministry sought to delay a judge's ruling that lifted the ban": the measure is the court's
        return "legal"
    if event_type == "denial" and _PLEA_DENIED.search(text):
        # "Roe, 41, denies manslaughter": the plea in the case
        return "legal"
    if event_type == "casualties" and _in_main_clause(_DISASTER_KILLS, text) and SPEECH.search(text) is None:
        # "The mine collapse killed six in the shaft", "a train crash has killed 14": the disaster told with
        # its toll (a toll given through who counts it, "floods have killed 40, the agency said", stays the
        # toll)
        return "disaster"
    if (
        event_type in ("statement", "claim", "other")
        and _CASE_DESCRIBED.search(text)
        and not _LEGAL_TRIGGER.search(text)
    ):
        # "The newest case is a taxi driver from the coast, officials said": an outbreak's case told by who it
        # is
        return "disaster"
    if event_type == "statement" and _LEADERS_WORDS_AFTER_MEETING.search(text):
        # "The two presidents said after talks in Lisbon that they would reopen the border": the leaders'
        # meeting is the news, their joint words what came of it
        return "diplomacy"
    if event_type in ("diplomacy", "agreement") and _deal_appraised(text):
        # "The minister said on Tuesday that the ceasefire deal was still far off": a deal weighed in words is
        # the speaker's remarks; nobody met, signed or agreed
        return "statement"
    if event_type == "diplomacy":
        # "The chief executive is negotiating the terms of his departure", "Jane Roe, the UN envoy, urged
        # donors to give": no act of states or bodies in office
        return _no_diplomacy_in(text)
    if event_type in ("attack", "offensive") and _no_fight_in(text):
        # "I have had panic attacks since", "the body mounts an immune attack", "the firm was on the attack",
        # "a war of words broke out": an illness, a stance or a quarrel, no blow struck
        return "other" if _NOT_WORDS.search(text) and not SPEECH.search(text) else "statement"
    if event_type == "attack" and _attack_in_words(text):
        # "Mr Roe's attack on the board was a concern", "her fiercest attack yet on the chief executive",
        # "attacked the fund as 'far too small'": criticism, no blow struck
        return "statement"
    if event_type == "election" and _election_only_as_circumstance(text):
        # "ahead of the November elections", "who represented him in the 2004 election recount": an election
        # named as the time or the setting of another act is no vote held
        return "statement" if SPEECH.search(text) else "other"
    if event_type == "other" and _finding_on_a_measure(text):
        # "The central bank said on Tuesday that inflation had peaked": a body's stated reading of a measure
        # is its remarks; nobody acted
        return "statement"
    if event_type == "attack" and _no_force_strikes(text):
        # "The tanker struck a reef on Monday", "a strain of flu that struck seven people": no blow
        return "disaster"
    if event_type == "other" and _DEATH_CONFIRMED.search(text) and not _ANIMALS_NAMED.search(text):
        # "A ferry's engineer was pronounced dead", "the mission has lost 12 of its staff": a toll
        return "casualties"
    if (
        event_type in ("claim", "statement")
        and _TOLL_REPORTED.search(text)
        # (an outbreak's dead are counted with its cases, above; a herd's losses are no toll)
        and not _OUTBREAK_SIGN.search(text)
        and not _ANIMALS_NAMED.search(text)
    ):
        # "Police said the death toll had risen to 40", "officials said 300 bodies had been recovered": a toll
        # told through the one who counts it is the toll, as a happening reported through a speaker is the
        # happening; the saying is not news of its own
        return "casualties"
    if event_type in ("policy", "other") and _in_main_clause(_PANDEMIC_ALERT_RAISED, text):
        # "The UN health agency raised its alert level to 5": the world's alert raised declares the outbreak
        # (a city's or a country's own alert, with its measures, stays a policy)
        return "disaster"
    if event_type in ("policy", "other", "statement") and _in_main_clause(_OUTBREAK_DECLARED, text):
        # "The health agency declared it a global pandemic on Friday", "the ministry declared the outbreak
        # over": an outbreak's standing declared is the outbreak's news, as the world's alert raised is
        return "disaster"
    if event_type == "other" and (_in_main_clause(_DISASTER_COURSE, text) or _new_cases_found(text)):
        # "Cholera broke out in the camps on Monday", "nine new cases were found in the port": a stage of the
        # disaster's own course, or the outbreak's new cases found, is the disaster's news
        return "disaster"
    if event_type == "leadership" and _no_change_of_office(text) and _protest_of_its_own(text):
        # "Protesters marched through the capital demanding the president's resignation": the office only
        # demanded, the march is the news
        return "protest"
    if event_type == "leadership" and _no_change_of_office(text):
        # "The mayor denied reports that she would resign", "the premier rejected calls to step down": who
        # stays in office and says so makes no change of office; a denial of reports is a denial
        return "denial" if _DENIES.search(text) else "statement"
    if event_type == "leadership" and _RESIGNATION_NOT_YET.search(text):
        # "Rumours swirled that the mayor was preparing to step down", "told reporters the chief was about to
        # resign": a resignation rumoured or near is no change of office; who says so is the news
        return "statement" if SPEECH.search(text) else "other"
    if event_type == "legal" and _case_only_conceded(text):
        # "Despite the charges, the minister said he would stay": a case granted in a leading phrase is what
        # the remark or the act stands against; no step of the case is told
        return "statement" if SPEECH.search(text) else "other"
    if event_type == "legal" and _case_only_as_circumstance(text):
        # "Roe said the timing of the rally was wrong given the trial": a remark that names a case only as
        # what it comes before, during or because of is the remark; the case takes no step in it
        return "statement"
    if event_type == "legal" and _case_only_as_topic(text):
        # "Investors sold the shares, fearful of the cleanup costs and lawsuits", "the cabinet is divided
        # over the lawsuit", "all three firms were guilty of poor management, the report said": a case named
        # as what is feared or argued over, or a fault found outside a court, takes no step of a case
        return "statement" if SPEECH.search(text) else "other"
    if event_type == "legal" and _hearing_told_by_its_host(text):
        # "Jane Roe, the chair of the transport committee, told the hearing that ...": lawmakers hold the
        # hearing or the inquiry, and what they tell it is their remarks; a witness's is testimony
        return "statement"
    if event_type == "leadership" and _only_offices_unchanged(text):
        # "The mayor said he would have fired the port director", "she should have resigned": a change of
        # office that did not happen, told as what would or should have been, is the speaker's remark
        return "statement" if SPEECH.search(text) else "other"
    if event_type in _DEED_TYPES and _deed_only_in_a_relative_aside(event_type, text, title):
        # "Jo Roe, who has sued three mining firms, hired two chemists", "the envoy, whose talks with the
        # rebels failed, flew home": the act told between commas says who someone is; the event's own clause,
        # its title, tells another act
        return _type_of_background_clause(text, title)
    if event_type == "casualties" and _dead_only_in_an_aside(text):
        # "A driver whose cousin was among the dead told reporters the mayor would come", "Jo Roe, one of
        # the nine miners killed in the blast, had told his wife ...": the dead describe who the sentence is
        # about; its own act is what he says or does
        return "statement" if SPEECH.search(text) else "other"
    if event_type == "casualties" and _only_wounds_of_speech(text):
        # "The scandal wounded his second term", "the ruling badly wounded the bill": a figure of harm done to
        # a plan, an office or a name, no one hurt; the clause's act is a remark or a happening of its own
        return "statement" if SPEECH.search(text) else "other"
    if event_type == "disaster" and _disaster_only_describes_an_object(text):
        return "other"
    if event_type == "disaster" and _disaster_only_as_the_time_of(title):
        # "Rescuers pulled a boy from a school, nine days after the landslide struck", "the mill reopened,
        # two months after the blast": the title tells its own clause's act, dated from the disaster
        return _type_of_background_clause(text, title)
    if (
        event_type == "disaster"
        and _disaster_only_as_background(title)
        and not _OUTBREAK_NEWS.search(text)
        and not _DATED_HAZARD.search(text)
        # (a sentence that names no disaster got its type from another report merged with it: the type holds)
        and _DISASTER_IN_A_TITLE.search(text) is not None
    ):
        # "Before the quake struck, many lived in poor conditions", "Roe says the firm knew long before the
        # blast": the event's own clause names the disaster only as its time, its cause or what is talked
        # of; the clause's act, or the remarks, are the news
        return _type_of_background_clause(text, title)
    if event_type == "other":
        return _type_of_plain_act(text, title)
    return event_type


def _disaster_only_describes_an_object(text: str) -> bool:
    """Whether every find of the disaster triggers in a sentence is a participle describing the object of an
    act under way (`_OBJECT_OF_AN_ACT_UNDER_WAY`)."""
    families = possible_families(text.lower())
    finds = [m for t in TRIGGERS if t.event_type == "disaster" for m in t.finditer(text, families)]
    return bool(finds) and all(
        _PARTICIPLE_FIRST.match(f.group())
        and _OBJECT_OF_AN_ACT_UNDER_WAY.search(text, max(0, f.start() - 80), f.start())
        for f in finds
    )


def _disaster_only_as_the_time_of(title: str) -> bool:
    """Whether a disaster's title tells a clause of its own, with three words or more and no disaster trigger,
    and names the disaster only after it, as its time (`_TIME_OF_A_HAZARD`)."""
    time = _TIME_OF_A_HAZARD.search(title)
    if time is None:
        return False
    head = title[: time.start()]
    if len(head.split()) < 3:
        return False
    families = possible_families(head.lower())
    return not any(t.finditer(head, families) for t in _DISASTER_TRIGGERS)


def _disaster_only_as_background(title: str) -> bool:
    """Whether a disaster's event is told by a title (its own clause) in which no disaster trigger finds
    anything and no hazard, outbreak or spill is named but as the time, cause or topic of another act."""
    if not title.strip() or _DISASTER_ALONE.search(title):
        return False
    families = possible_families(title.lower())
    if any(t.finditer(title, families) for t in _DISASTER_TRIGGERS):
        return False
    return all(_BACKGROUND_BEFORE.search(title[: m.start()]) for m in _DISASTER_IN_A_TITLE.finditer(title))


def _type_of_background_clause(text: str, title: str) -> str:
    """The type of a clause that names a disaster only as its background: the kind its own words tell (a
    measure, a resignation), else the remarks when someone speaks, else `other`."""
    own = _type_of_plain_act(title, title)
    if own not in ("other", "disaster"):
        return own
    return "statement" if SPEECH.search(text) else "other"


# The pattern of the `legal` trigger, which the checks of a `legal` type below read again
_LEGAL_TRIGGER = next(t for t in TRIGGERS if t.event_type == "legal").pattern


# A case named as the circumstance of what was said: a trial, a hearing or a court after a preposition or a
# subordinating word ("given the trial", "ahead of next week's hearing", "until the court hearing")
_CASE_AS_CIRCUMSTANCE = re.compile(
    r"\b(given|ahead\s+of|before|during|after|because\s+of|pending|until|amid|despite|in\s+light\s+of"
    r"|in\s+view\s+of|following|throughout|since)\s+(the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+"
    r"|this\s+|that\s+)?([\w’'-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# The words of a case that the legal trigger may find alone, with no step of the case told
_BARE_CASE_WORD = re.compile(r"(court\s+)?(trial|hearing)", re.IGNORECASE)


# After a verb of saying (and whom it was told to), a gathering's outcome weighed by how much it achieved:
# "told reporters the meeting had resolved most open questions", "said the summit had settled most
# disputes", "said the talks had made good progress" ("said the talks had ended on Friday" tells an end)
_GATHERING_APPRAISED = re.compile(
    r"\b(said|says|told|tells|added|stated)\s+((reporters|journalists|the\s+press|them|him|her|us|(?-i:[A-Z])\w+)\s+)?(that\s+)?"
    r"(the|this|that|its|their|[\w’'.-]+[’']s)\s+([\w-]+\s+){0,2}?(meeting|talks|summit|conference|session|negotiations"
    r"|gathering|assembly)\s+had\s+(already\s+|largely\s+|finally\s+)?[a-z]+(ed|en|de|ne)\s+(up\s+|through\s+|out\s+)?"
    r"(many|most|much|some|several|all|a\s+lot\s+of|a\s+number\s+of|a\s+great\s+deal\s+of|real|good|significant"
    r"|considerable|substantial|great|little|no)\b",
    re.IGNORECASE,
)
# A gathering of states or bodies in office: "a ministerial conference", "the leaders' summit", "a donors'
# meeting", "the World Health Assembly", "the UN General Assembly" (a press, a medical or a sales conference
# is none)
_STATES_GATHERING = (
    r"((ministerial|ministers[’']|foreign\s+ministers[’']?|leaders[’']|donors?[’']?|peace|intergovernmental"
    r"|heads\s+of\s+(state|government))\s+(conference|meeting|summit|forum|talks|gathering)"
    r"|summit|(?-i:World\s+([A-Z][a-z]+\s+){1,2}Assembly|General\s+Assembly))\b"
)
# ... set for a day ahead: "next week's ministerial conference", "a donors' meeting next month", "at the
# summit later this month"
_GATHERING_AHEAD = re.compile(
    rf"\b(next|coming)\s+(week|month|year|\w+day)[’']s\s+([\w-]+\s+){{0,3}}?{_STATES_GATHERING}"
    # ("ahead of the June 23-24 ministerial meeting": the gathering named with its own days)
    rf"|\b(the|a)\s+(?-i:[A-Z][a-z]+)\s+\d{{1,2}}(\s*[-–]\s*\d{{1,2}})?\s+([\w-]+\s+){{0,2}}?{_STATES_GATHERING}"
    # ("Coastal states are preparing to hold an emergency meeting": states that will meet)
    r"|\b(states|countries|nations|governments)\s+([\w-]+\s+){0,4}?(hold|convene)\s+(an?\s+|the\s+)?(emergency\s+|special\s+"
    r"|extraordinary\s+)?(meeting|summit|talks|conference)\b"
    rf"|{_STATES_GATHERING}\s+(to\s+be\s+held\s+|due\s+|set\s+|scheduled\s+)?(next|later\s+this)\s+(week|month|year|\w+day)\b",
    re.IGNORECASE,
)
# What may come between a verb of saying and what was said: its day and "that" ("said on Monday that ...")
_SAID_LEAD = r"\s+((on\s+)?(\w+day|yesterday|today)\s+)?(that\s+)?"
# Words told, in the pluperfect, by someone other than the speaker: "had briefed the minister", "had
# informed the ministry", "had assured investors" (the speaker's own, "it had informed", is its remarks)
_TELLING_IN_THE_PLUPERFECT = re.compile(
    _SAID_LEAD + r"(?!(it|they|we|he|she|i)\b)([\w’'.-]+\s+){1,6}?had\s+"
    r"(already\s+|earlier\s+|previously\s+|privately\s+)?(briefed|informed|notified|assured|reassured|alerted)\b",
    re.IGNORECASE,
)


def _telling_reported(text: str) -> bool:
    """Whether the first verb of saying reports what someone else had told, in the pluperfect."""
    speech = SPEECH.search(text)
    return speech is not None and _TELLING_IN_THE_PLUPERFECT.match(text, speech.end()) is not None


# What a speaker says it will do itself, up to the verb: "said on Monday it would", "says they will", "said
# that it is to" (a measure of others', "said the curfew will hurt shops", is only the topic of remarks)
_OWN_ACT_AHEAD = re.compile(
    r"\s+((on\s+)?(\w+day|yesterday|today|tonight)\s+)?(that\s+)?(it|they)\s+(would|will|(is|are|was|were)\s+to"
    r"|plans?\s+to|planned\s+to|intends?\s+to)\s+(also\s+|now\s+|soon\s+|immediately\s+)?(?=\w)",
    re.IGNORECASE,
)


# A measure a government body announces by its noun: "the finance minister announced a freeze on public
# sector pay", "the city unveiled a ban on plastic bags", "the government declared a moratorium on drilling"
# (the doer is of government and heads the subject, right before the verb: "the president of the company
# announced a freeze on hiring" is a firm's business, "the union announced a ban on overtime" industrial
# action; a measure only urged, "called for a ban", has no such verb)
_MEASURE_NOUN_ANNOUNCED = re.compile(
    r"^(?:[^,;:.“”\"]{0,30},\s*)?(?:the\s+)?(?:(?!(?:of|for|at|with)\b)(?![\w-]+[’']s\b)[\w.-]+\s+){0,3}?"
    r"(government|ministry|minister|ministers|cabinet|prime\s+minister|premier|chancellor|administration"
    r"|authorities|parliament|congress|regulators?|mayor|governor|treasury"
    r"|(?:city|town|county|municipal|district|local|state)\s+council)"
    r"\s+(?:\w+ly\s+|(?:on|last|this)\s+\w+\s+)?"
    r"(announced|announces|unveiled|unveils|declared|declares|imposed|imposes|introduced|introduces|ordered|orders)"
    r"\s+(an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?([\w-]+\s+){0,2}?"
    r"(freeze|ban|tariffs?|cap|moratorium|embargo|levy|surcharge|price\s+controls?|rationing|curfew)"
    r"\s+(on|of|for)\b",
    re.IGNORECASE,
)


def _measure_announced(text: str) -> bool:
    """Whether the first verb of saying announces the speaker's own measure to come: what it says it will do
    ("said it would start random checks", "says they will lift the curfew") lays on, lifts or eases a
    measure."""
    speech = SPEECH.search(text)
    if speech is None:
        return False
    ahead = _OWN_ACT_AHEAD.match(text, speech.end())
    return ahead is not None and _MEASURES_CHANGED.match(text, ahead.end()) is not None


# Who holds a hearing or an inquiry of lawmakers, named before what they tell it: "Senator Roe", "Jane Roe,
# the chair of the transport committee", "the committee's chairman", "a lawmaker"
_HEARING_HOST = re.compile(
    r"\b(chair(man|woman|person)?\s+of\s+(the\s+)?([\w’'-]+\s+){0,5}?(committee|subcommittee|inquiry|panel)"
    r"|(committee|subcommittee|inquiry|panel)(’s|'s)?\s+chair(man|woman|person)?|senators?|congress(wo)?man"
    r"|lawmakers?|legislators?|(?-i:Sen\.|Rep\.|MPs?))\b",
    re.IGNORECASE,
)
# What a hearing or an inquiry is told
_HEARING_TOLD = re.compile(r"told\s+(the|an?)\s+([\w.-]+\s+){0,2}?(hearing|inquiry)\b", re.IGNORECASE)


# A hearing or an inquiry held by lawmakers, named by their house or their committee: "a Senate hearing", "a
# U.S. congressional hearing", "the Commons committee inquiry" (a court hearing is a step of a case)
_LAWMAKERS_HEARING = re.compile(
    r"\b(senate|house|congressional|congress|commons|parliamentary|parliament|legislative|committee|subcommittee"
    r"|select\s+committee)\s+([\w-]+\s+)?(hearing|inquiry)\b",
    re.IGNORECASE,
)


# Where a clause of circumstance begins, after the main clause
_CIRCUMSTANCE_CLAUSE = re.compile(
    r"\b(?:as|while|after|when|because|since|though|although|amid|despite|even\s+as)\b", re.IGNORECASE
)


def _protest_of_its_own(text: str) -> bool:
    """Whether a protest's trigger finds a march, a rally or a strike in the sentence (which a demand for
    a change of office, named in it, is only the aim of)."""
    # (in the main clause only, before a clause of circumstance: "the premier rejected calls to step down as
    # protests spread" tells the refusal)
    main = _CIRCUMSTANCE_CLAUSE.split(text, maxsplit=1)[0]
    families = possible_families(main.lower())
    return any(t.family == "protest" and t.finditer(main, families) for t in TRIGGERS)


def _hearing_told_by_its_host(text: str) -> bool:
    """Whether a sentence typed `legal` only tells a hearing or an inquiry something, and who tells it is one
    of the lawmakers who hold it (`_HEARING_HOST`, named before the telling), or the hearing is lawmakers'
    by its name: what a witness tells lawmakers is his remarks, no step of a case."""
    found = list(_LEGAL_TRIGGER.finditer(text))
    return bool(found) and all(
        _HEARING_TOLD.fullmatch(m.group())
        and (_HEARING_HOST.search(text, 0, m.start()) or _LAWMAKERS_HEARING.search(m.group()))
        for m in found
    )


# An attack made in words, told by what marks words: what it called its target ("attacked the fund as 'too
# small'"), how harsh it was at its height ("the attack was at its sharpest"), or where it was made, by the
# attacker itself ("attacked the plan in a speech"; "attacked the town, officials said in a statement" is
# an attack told in a statement: the gap stops at a verb of saying)
_ATTACK_IN_WORDS = re.compile(
    r"\battacks?\s+(was|is|were|are)\s+(at\s+)?(its|their)\s+(sharpest|fiercest|strongest|harshest)\b"
    r"|\battack(s|ed|ing)?\s+([\w'’-]+\s+){1,6}?as\s+[\"“‘']"
    r"|\battack(s|ed|ing)?\b((?!\b(said|says|say|told|tells|added|adds|stated|wrote|announced|according)\b)"
    r"[^.;]){0,60}?\bin\s+(a|an|his|her|their|its)\s+([\w-]+\s+){0,2}?(speech|interview|statement|letter|article"
    r"|column|editorial|address|op-ed|blog|tweet|post|broadcast)\b",
    re.IGNORECASE,
)
# ... and an attack that may be made either way, a titled person's ("Mr Roe's attack") or one weighed by a
# superlative of how harsh it was ("her fiercest attack yet"): in words only with a sign of criticism
# after it (`_CRITICISM_AIMED`; "its fiercest attack yet on the border town" is a battle)
_ATTACK_BY_WHOM = re.compile(
    r"(?-i:\b(Mr|Mrs|Ms|Miss|Dr|Sir|Senator|Sen\.|Rep\.)\s+[A-Z][\w'’-]+)['’]s\s+([\w-]+\s+){0,2}?attacks?\b"
    r"|\b(fiercest|sharpest|strongest|harshest|toughest|bitterest|angriest|most\s+(stinging|scathing|outspoken"
    r"|pointed|forceful|direct))\s+([\w-]+\s+){0,2}?attacks?\b",
    re.IGNORECASE,
)
# A sign of criticism after such an attack: a person, a body or a plan as its target ("on the airline's chief
# executive", "on the mining firm", "against the budget"), or words as its means ("..., saying", "by calling")
_CRITICISM_AIMED = re.compile(
    r"\s+(yet\s+|so\s+far\s+)?(on|against|upon)\s+(the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?"
    r"([\w'’-]+\s+){0,3}?(him|her|them|(?-i:(Mr|Mrs|Ms|Dr)\b)|chief|executives?|bosses|boss|ministers?|president"
    r"|premier|leaders?|leadership|government|administration|party|rivals?|opponents?|critics|regulators?|board"
    r"|firms?|company|companies|banks?|media|press|judges?|courts?|plans?|policy|policies|budget|bills?|laws?"
    r"|reforms?|deal|proposals?|decisions?|record|handling|management|campaign|strategy|report|unions?|council"
    r"|committee|agency|ministry|department|officials|lawmakers|cabinet|chairman|chairwoman|governor|mayor)\b"
    rf"|[^.;]{{0,80}}?\b(by\s+)?({_WORDS_OF_ATTACK})\b",
    re.IGNORECASE,
)
# What an armed attack names: a force, a weapon, the hurt or the dead, a fighter
_ARMED = re.compile(
    rf"\b({_FORCES}|{_FIGHTERS}|killed|killing|wounded|injured|dead|bombs?|bombing|guns?|gunfire|shot|shots|fired"
    r"|rifles?|grenades?|explosives?|knife|knives|stabb(ed|ing)|machetes?|axes?|terror|suicide|raids?|shelling"
    r"|mortars?|air\s?strikes?|casualties|hostages?|assassination|ambush(ed)?)\b",
    re.IGNORECASE,
)


# An attack named only as what something else is likened to: "comparing the fire to the 1990 attacks",
# "likened the crisis to a terrorist attack" (the sentence tells the comparison, made in words)
_ATTACK_LIKENED = re.compile(
    r"\b(compar(e|es|ed|ing)|liken(s|ed|ing)?|equat(e|es|ed|ing))\b[^.;]{0,80}?\b(to|with)\s+(the\s+|a\s+|an\s+)?"
    r"([\w/’'-]+\s+){0,3}?attacks?\b",
    re.IGNORECASE,
)


def _attack_in_words(text: str) -> bool:
    """Whether a sentence typed `attack` tells an attack made in words (`_ATTACK_IN_WORDS`, or
    `_ATTACK_BY_WHOM` with a sign of criticism) and names no force, weapon or hurt of an armed one, or names
    an attack only as what something is likened to."""
    if _ATTACK_LIKENED.search(text) and len(list(_ATTACK_WORD.finditer(text))) == 1:
        return True
    if _ARMED.search(text) is not None:
        return False
    if _ATTACK_IN_WORDS.search(text) is not None:
        return True
    return any(_CRITICISM_AIMED.match(text, m.end()) for m in _ATTACK_BY_WHOM.finditer(text))


# Each word "attack" of a sentence
_ATTACK_WORD = re.compile(r"\battack(s|ed|ing)?\b", re.IGNORECASE)

# What seizes the body, told as an attack: "a heart attack", "panic attacks", "an immune attack on the germ"
# (`happenings` reads it too, for a noun of happening)
BODY_SEIZURES = (
    r"heart|panic|anxiety|asthma|asthmatic|allergy|allergic|migraine|gout|epileptic|immune|seizure|stress"
)
# ... and a seizure of the body or a contest of trade called an attack or a war, which are no words either
_NOT_WORDS = re.compile(
    rf"\b({BODY_SEIZURES})\s+attacks?\b|\b(price|bidding|culture|ratings|format|talent)\s+wars?\b",
    re.IGNORECASE,
)
# An attack or a war that is no fighting, by the words that make it so: a seizure of the body or a contest of
# trade (`_NOT_WORDS`), a stance taken ("was on the attack", "went on the offensive"), harsh words
# ("withering attacks", "a verbal attack", "more scathing in their attacks"), or a quarrel ("a war of words")
_NOT_A_FIGHT = re.compile(
    _NOT_WORDS.pattern + r"|\b(on|onto)\s+the\s+(attack|offensive|offense)\b"
    r"|\b(verbal|personal|rhetorical|withering|scathing|stinging|blistering|vitriolic|written|partisan)\s+"
    r"(\w+\s+)?attacks?\b"
    r"|\b(in|with)\s+(his|her|their|its)\s+attacks?\s+(on|against)\b"
    r"|\b(war|wars|battle|battles)\s+of\s+words\b",
    re.IGNORECASE,
)
# Each attack, offensive or war a sentence names (`_ATTACK_WORD` and the rest)
_FIGHT_WORD = re.compile(_ATTACK_WORD.pattern + r"|\b(offensives?|offense|wars?)\b", re.IGNORECASE)


def _no_fight_in(text: str) -> bool:
    """Whether every attack, offensive or war a sentence names is one of `_NOT_A_FIGHT` and it names no
    force, weapon or hurt of an armed attack."""
    figures = [(m.start(), m.end()) for m in _NOT_A_FIGHT.finditer(text)]
    if not figures or _ARMED.search(text) is not None:
        return False
    return all(any(a <= f.start() < b for a, b in figures) for f in _FIGHT_WORD.finditer(text))


# The pattern of the `election` trigger, which the check of an `election` type below reads again
_ELECTION_TRIGGER = next(t for t in TRIGGERS if t.event_type == "election").pattern
# An election named after a preposition, with its article and up to three words: "ahead of the November
# elections", "in the 2008 election", "nor the looming elections", "involved in that election"
_ELECTION_AS_CIRCUMSTANCE = re.compile(
    r"\b(in|at|ahead\s+of|before|after|during|since|until|for|from|nor|not|of|over|about|towards?)\s+"
    r"(the\s+|a\s+|an\s+|that\s+|this\s+|those\s+|these\s+|next\s+|last\s+|his\s+|her\s+|its\s+|their\s+)?"
    # (the words between are the election's own modifiers: "because of this that an election" has a clause
    # begun between the preposition and the noun)
    r"((?!(that|which|who|when|where|whether|if|a|an|the)\b)[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# A vote held, won, lost, counted, called or fought: the words that make a sentence an election's news
_VOTE_TOLD = re.compile(
    r"\b(vot(e|es|ed|ing|ers?)|won|wins?|winning|lost|loses|losing|beat|defeated|turnout|polls|polling|ballots?"
    r"|cast|elected|re-?elected|results?|counted|counting|tally|landslide|majority|seats?|run-?off|referendum"
    r"|candidates?|candidacy|campaign(s|ed|ing)?|concede[ds]?|victory|primary|held|hold|postponed|delayed|called"
    r"|took\s+place|take\s+place|takes\s+place|taking\s+place"
    r"|boycott\w*|contest(ed|ing)?|stand(s|ing)?|ran|running|nominat\w+)\b",
    re.IGNORECASE,
)
# The words of an election that the trigger may find alone, with no vote told
_BARE_ELECTION = re.compile(r"elections?|electoral", re.IGNORECASE)
# An election named with its own day, before it or right after it ("November's elections", "the 2008
# election", "the elections next month", "elections in May"): the election itself, dated by it, whatever
# else the sentence tells
_ELECTION_DATED_BEFORE = re.compile(
    rf"\b({_MONTH_OR_DAY}|\d{{4}}|(next|this|last)\s+(week|month|year)|(next|this|last)\s+\w+day)([’']s)?\s+"
    r"([\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_ELECTION_DATED_AFTER = re.compile(
    rf"\s+((due|set|scheduled)\s+)?(in|on|for|next|this|later\s+this)\s+(early\s+|late\s+|mid-?)?({_MONTH_OR_DAY}"
    r"|\d{4}|week|month|year)\b",
    re.IGNORECASE,
)


def _election_only_as_circumstance(text: str) -> bool:
    """Whether every election a sentence typed `election` names is a bare noun after a preposition (the time
    or the setting of another act) and the sentence tells no vote (`_VOTE_TOLD`)."""
    found = list(_ELECTION_TRIGGER.finditer(text))
    return (
        bool(found)
        and _VOTE_TOLD.search(text) is None
        and all(
            _BARE_ELECTION.fullmatch(m.group())
            and _ELECTION_AS_CIRCUMSTANCE.search(text, max(0, m.start() - 60), m.start())
            and not _ELECTION_DATED_BEFORE.search(text, max(0, m.start() - 40), m.start())
            and not _ELECTION_DATED_AFTER.match(text, m.end())
            for m in found
        )
    )


# A measure of the economy or of prices read as at a turn, told after a verb of saying: "said inflation had
# peaked", "says growth has bottomed out", "said that unemployment had stabilised" (a reading, not an act)
_MEASURE_READ = re.compile(
    _SAID_LEAD + r"(the\s+)?(\w+\s+)?(inflation|growth|unemployment|prices"
    r"|demand|economy|recession|slowdown|downturn|recovery|jobless\s+rate|house\s+prices|wages|output)\s+"
    r"(had|has|have|had\s+already|has\s+already|was|is)\s+(now\s+|probably\s+|likely\s+)?(peaked|bottomed\s+out"
    r"|stabili[sz]ed|levelled\s+off|leveled\s+off|turned\s+the\s+corner|passed\s+its\s+(peak|worst)|slowed"
    r"|eased|picked\s+up|past\s+its\s+(peak|worst)|over)\b",
    re.IGNORECASE,
)


def _finding_on_a_measure(text: str) -> bool:
    """Whether the first verb of saying tells a reading of a measure at a turn (`_MEASURE_READ`)."""
    speech = SPEECH.search(text)
    return speech is not None and _MEASURE_READ.match(text, speech.end()) is not None


# A deal, a truce or talks weighed by how near, how likely or how sound they are: "the ceasefire deal was
# still far off", "a truce is within reach", "the peace plan looked doomed"
_DEAL_APPRAISED = re.compile(
    r"\b(ceasefire|cease-fire|truce|peace|deal|agreement|accord|settlement|talks)(\s+(deal|agreement|plan|talks"
    r"|settlement|process|accord))?\s+(was|is|were|are|remained|remains|looked|looks|seemed|seems)\s+(still\s+|now\s+"
    r"|not\s+|no\s+longer\s+|very\s+|increasingly\s+)*(far\s+off|close|near|within\s+reach|possible|impossible"
    r"|unlikely|likely|in\s+sight|elusive|in\s+doubt|at\s+risk|fragile|dead|doomed|on\s+track|off\s+the\s+table"
    r"|a\s+long\s+way\s+off|some\s+way\s+off)\b",
    re.IGNORECASE,
)


def _deal_appraised(text: str) -> bool:
    """Whether a verb of saying is followed by a deal, a truce or talks weighed in words
    (`_DEAL_APPRAISED`)."""
    speech = SPEECH.search(text)
    return speech is not None and _DEAL_APPRAISED.search(text, speech.end()) is not None


# A case named as the topic of a feeling or a dispute, after "over", "about", "of", "amid" with its article
# and up to four words or a list ("fearful of the cleanup costs, lawsuits", "divided over the lawsuit"); a
# count before "of" ("a wave of lawsuits", "hundreds of suits") tells suits filed
_CASE_AS_TOPIC = re.compile(
    "".join(
        rf"(?<!\b{w}\s)"
        for w in "wave waves flood series number numbers hundreds dozens thousands scores spate barrage"
        " string plethora raft slew pile piles host rash avalanche torrent flurry deluge batch".split()
    )
    + r"\b(over|about|of|amid|despite|regarding|concerning)\s+(the\s+|a\s+|an\s+|any\s+|its\s+|their\s+"
    r"|possible\s+|potential\s+|further\s+|more\s+|future\s+)*([\w’'-]+,?\s+){0,4}?$",
    re.IGNORECASE,
)
# The words of a case that the legal trigger may find alone, with no step of the case told
_BARE_CASE_NOUN = re.compile(r"lawsuits?|suits|litigation|legal\s+action", re.IGNORECASE)
# Guilt found by a court or admitted in one ("found guilty of", "pleaded guilty of"), unlike a fault a report
# or a critic finds ("were guilty of bad management")
_GUILT_IN_COURT = re.compile(
    r"\b(found|pleaded|pleads|plead|pled|declared|judged|ruled|convicted|verdict|jury|court|judge)\b",
    re.IGNORECASE,
)
# A step of a case told anywhere in the sentence
_CASE_STEP_TOLD = re.compile(
    r"\b(fil(ed|es|ing)|su(ed|es|ing)|charg(ed|es|ing)|brought|bring(s|ing)?|lodg\w+|launch\w+|ruled|rules"
    r"|convict\w+|sentenc\w+|acquit\w+|indict\w+|settl\w+|dismiss\w+|upheld|overturn\w+|appeal\w*|testif\w+"
    r"|plead\w*|pled|jury|judges?|court\w*|trials?|heard|hearings?|lawyers?|attorneys?|plaintiffs?|claimants?)\b"
    # ("lawsuits against the operator", "suits brought by the families": suits told with their parties)
    r"|\b(lawsuits?|suits|litigation|legal\s+action)\s+(against|by|from|on\s+behalf\s+of)\b",
    re.IGNORECASE,
)


def _case_only_as_topic(text: str) -> bool:
    """Whether a sentence typed `legal` names a case only as the topic of a feeling or a dispute (a bare
    lawsuit after "over", "of", "about": `_CASE_AS_TOPIC`) or guilt found outside a court, and tells no step
    of a case (`_CASE_STEP_TOLD`)."""
    found = list(_LEGAL_TRIGGER.finditer(text))
    if not found or _CASE_STEP_TOLD.search(text):
        return False
    for m in found:
        if m.group().lower().startswith("guilty"):
            if _GUILT_IN_COURT.search(text, max(0, m.start() - 40), m.start()):
                return False
        elif not (
            _BARE_CASE_NOUN.fullmatch(m.group())
            and _CASE_AS_TOPIC.search(text, max(0, m.start() - 80), m.start())
        ):
            return False
    return True


# The speaker's own leaving of an office, right after the verb of saying: "announced on Monday he would step
# down", "said that she is retiring at the end of the month", "announced his retirement" ("said he would not
# resign" leaves none; "said the governor would resign" is a claim about another; "would resign if the bill
# failed" is a threat on a condition, and "her resignation was not on the table" a refusal)
_OWN_LEAVING = re.compile(
    _SAID_LEAD + r"((he|she|I)\s+(is|was|am|will|would|(is|was|am)\s+to"
    r"|(is|was|am)\s+going\s+to|plans\s+to|planned\s+to|intends\s+to|intended\s+to|had\s+decided\s+to)\s+(be\s+)?"
    r"(retire|retiring|step\s+down|stepping\s+down|stand\s+down|standing\s+down|quit|quitting|leave\s+office"
    r"|leaving\s+office|resign|resigning)\b|(his|her)\s+(retirement|resignation|departure|decision\s+to\s+(retire"
    r"|resign|step\s+down|stand\s+down|quit)))\b(?![^.;]{0,60}?\b(if|unless)\b)(?!\s+(was|is|were|has\s+been|had\s+been)"
    r"\s+(not|never|off)\b|\s+(isn|wasn)[’']t\b)",
    re.IGNORECASE,
)


def _own_leaving_announced(text: str) -> bool:
    """Whether the first verb of saying is followed by the speaker's own leaving of an office
    (`_OWN_LEAVING`)."""
    speech = SPEECH.search(text)
    return speech is not None and _OWN_LEAVING.match(text, speech.end()) is not None


# A leading phrase that grants what the sentence goes on against: "Despite the charges, ...", "For all that
# damning indictment, ...", "Notwithstanding the ruling, ..."
_CONCEDED_LEAD = re.compile(r"^\W*(despite|notwithstanding|for\s+all)\s+[^,;:.]{1,60},", re.IGNORECASE)
# ... which tells a step of its own when it holds a participle or a date: "Despite the suit filed on Monday by
# 30 families, ...", "Despite being charged with fraud, ..." (the step is the sentence's news)
_STEP_IN_THE_LEAD = re.compile(
    rf"\b(being|been|having|\w{{3,}}(ed|en))\b|\b({alternatives(WEEKDAY_NAMES)})\b|\b(yesterday|today|last\s+"
    rf"(week|month|year|night))\b|\b({alternatives(MONTH_NAMES)})\b|\d",
    re.IGNORECASE,
)


def _case_only_conceded(text: str) -> bool:
    """Whether every legal word of a sentence lies in a leading phrase of concession (`_CONCEDED_LEAD`)."""
    lead = _CONCEDED_LEAD.match(text)
    if lead is None or _STEP_IN_THE_LEAD.search(lead.group()):
        return False
    found = list(_LEGAL_TRIGGER.finditer(text))
    return bool(found) and all(m.start() < lead.end() for m in found)


def _case_only_as_circumstance(text: str) -> bool:
    """Whether a sentence typed `legal` is a remark whose every legal word is a trial or a hearing named only
    as its circumstance, after a verb of saying ("said ... given the trial"): no one is charged, tried,
    sentenced or sued in it."""
    speech = SPEECH.search(text)
    if speech is None:
        return False
    found = list(_LEGAL_TRIGGER.finditer(text))
    return bool(found) and all(
        m.start() > speech.end()
        and _BARE_CASE_WORD.fullmatch(m.group())
        and _CASE_AS_CIRCUMSTANCE.search(text, max(0, m.start() - 60), m.start())
        for m in found
    )


# An estimate or a forecast given or revised by those who count: "officials raised their estimate of the
# bill", "the agency announced the 300-tonnes-a-day estimate", "the bank cut its growth forecast" (a count
# made known is its makers' words, as "estimated" is; an adjective before the noun, "an updated estimate", is
# no verb)
_ESTIMATE_REVISED = re.compile(
    r"(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)"
    r"\b(raised|raises|increased|increases|lowered|lowers|reduced|revised|revises|upgraded|downgraded|doubled"
    r"|updated|cut|announced|announces|gave|released|issued|published|unveiled|put\s+out)\s+"
    r"((the|its|their|his|her|an?|new|official|first|latest|own)\s+){0,2}([\w,.’'-]+\s+){0,2}?"
    r"(estimates?|forecasts?|projections?|best\s+guess)\b"
    # (the noun itself, then what it counts or the clause's end: "its forecast model" names a tool)
    r"(?=\s*([,.;:!?]|$)|\s+(of|for|to|on|in|at|by|from|with|and|again|sharply|slightly|up|down|upward|downward"
    r"|this|last|next|\w+day|yesterday|today|after|as)\b)",
    re.IGNORECASE,
)
# An estimate stated as it stands, its figure after the verb: "the official estimate of the crowd is 30,000
# to 50,000", "the firm's best guess for the loss was $40m"
_ESTIMATE_STANDS = re.compile(
    r"\b(estimates?|forecasts?|projections?|best\s+guess)[\"”’']?\s+(of|for)\b[^.;:!?]{0,160}?\b(is|was|are|were"
    r"|stood\s+at|stands\s+at)\s+(now\s+)?(about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+|more\s+than\s+"
    r"|between\s+|as\s+high\s+as\s+)?[$£€#]?\d",
    re.IGNORECASE,
)
# A forecast told as its forecaster's, after the clause it forecasts ("That will not happen before May, the
# agency predicts.") or as what the speaker reckons ("said he estimates that about $2bn will be spent"): a
# forecast is no planned act
# (at the end only verbs that are never nouns: ", the latest estimate." or ", a $2bn project." ends on a noun)
_FORECAST_TOLD = re.compile(
    r",\s+(?!according\b)(the\s+)?([\w’'.&-]+\s+){0,4}[\w’'.&-]+\s+(predicts?|predicted|reckons?)\s*[.!]?\s*$"
    r"|\b(said|says|added|adds)\s+(that\s+)?(he|she|it|they|we)\s+(now\s+)?(estimates|estimated|predicts|predicted"
    r"|forecasts|projects|projected|reckons)\s+(that\s+)?",
    re.IGNORECASE,
)


def _led_by_own_subject(text: str, start: int) -> bool:
    """Whether what starts at `start` follows its own subject, after the sentence's start or a comma that
    closes an opening phrase, with no word of a subordinate or relative clause nor a verb of saying between
    (`_NOT_MAIN_CLAUSE`): "after the agency raised its estimate, ...", "..., as it cut its forecast" tell
    another act's time or circumstance."""
    subject = re.split(r"[,;:]", text[:start])[-1]
    return bool(subject.strip()) and len(subject.split()) <= 8 and not _NOT_MAIN_CLAUSE.search(subject)


def _estimate_given(text: str) -> bool:
    """Whether the sentence's main clause gives or revises an estimate or a forecast (`_ESTIMATE_REVISED`,
    `_ESTIMATE_STANDS`, `_FORECAST_TOLD`): a count made known is its makers' words. The verb of revising must
    follow its own subject, after the sentence's start or a comma that closes an opening phrase, with no word
    of a subordinate or relative clause between."""
    if _ESTIMATE_STANDS.search(text) or _FORECAST_TOLD.search(text):
        return True
    return any(_led_by_own_subject(text, found.start()) for found in _ESTIMATE_REVISED.finditer(text))


# Words addressed to others that the verbs of saying leave out: what someone urges, encourages or threatens
# others to do or does to them ("encouraged claimants to file early", "have now threatened to block the
# harbour"), and a briefing given to those who must know ("briefed members of the assembly on the findings",
# a storm that "threatened to flood the town" is no speaker (`_HAZARD_SUBJECT`), nor are "low rates"
# that "encouraged buyers to borrow" (`_SPEAKER_HEAD`)
_WORDS_TO_OTHERS = re.compile(
    r"\b(encouraged|encourages|encouraging|exhorted|implored|threatened|threatens|threatening)"
    r"\s+((?!(?:and|or|but|that|which|who)\b)[\w’'-]+\s+){0,4}?to\s+(?!be\b)[a-z]+"
    r"|\b(briefed|briefs|briefing|(?P<updated>updated|updates|updating))\s+(its\s+|their\s+|his\s+|her\s+|the\s+)?"
    r"([\w-]+\s+){0,2}?(members|lawmakers|legislators|senators|congressmen|ministers|reporters|journalists|the\s+press"
    r"|shareholders|investors|analysts|staff|officials|leaders|diplomats|governors|mayors|committee|council|cabinet"
    # ("updated its shareholders on the recall": a briefing by another verb, told with what it was on;
    # "updated its staff training programme" changed a thing)
    r"|parliament)\b(?(updated)(?=\s+(on|about|that)\b|\s*[,.;]|\s*$))",
    re.IGNORECASE,
)


def _type_of_plain_act(text: str, title: str) -> str:
    """The type of an act the extraction found no type for, when the sentence says what kind of happening it
    is by the words news prose gives that kind: a letter or an objection is a statement, a rescue team's
    landing a deployment, two leaders' talks diplomacy, restrictions imposed a policy, a storm forming a
    disaster. Words made public come first: a letter about a storm is the letter."""
    if _WORDS_MADE_PUBLIC.search(text) or _in_main_clause(_REPROACH, text):
        return "statement"
    if _estimate_given(text):
        # "Officials raised their estimate of the bill to 5,000 euros a head", "that will not be until May,
        # the firm predicts": an estimate or a forecast is words given, no act, whatever the figure counts
        return "statement"
    if _WORDS_ON_THE_RECORD.search(text) and SPEECH.search(text) is None:
        # "in a televised speech, the president took aim at ...", "took a gloomier view ... in a note",
        # "gave the storm a 40 percent chance": words, a view or a forecast given on the record, when no
        # verb of saying tells of an act ("in a speech, she announced she had sold ..." is the sale)
        return "statement"
    if _OUTLET_REPORTED.search(text):
        return "claim"
    arrives = _FORCE_ARRIVES.search(text)
    # ("aid workers were travelling to the camp when gunmen ambushed them": the when-clause's act is the news)
    if (arrives is not None and _WHEN_CLAUSE.search(text, arrives.end()) is None) or _HELP_SENT.search(text):
        # ("was sending surgeons and helicopters": skilled help sent, as a force is)
        return "deployment"
    if _LEADERS_MEET.search(text):
        return "diplomacy"
    if _MEASURES_CHANGED.search(text) or _in_main_clause(_PUBLIC_APPROVAL, text):
        return "policy"
    if _LEAVES_OFFICE.search(text):
        return "leadership"
    if _in_main_clause(_PROTEST_IN_DEED, text):
        return "protest"
    # (the title is the event's own clause: "the havoc caused by a series of storms" told as "Havoc was
    # caused by a series of storms", "since the explosion that set off the spill" as "The explosion set off
    # the spill")
    if _in_main_clause(_HAZARD_AT_WORK, text) or _in_main_clause(_HAZARD_AT_WORK, title):
        return "disaster"
    if _in_main_clause(_HAZARD_HINDERS, text) or _in_main_clause(_HAZARD_HINDERS, title):
        # ("storms and high swells slowed the salvage": the hazard still at work)
        return "disaster"
    # ("a bus hit a lorry on the bypass", "the rig had been burning for two days when it sank": an accident)
    if _in_main_clause(_CRAFT_ACCIDENT, text) or _BURNED_AND_SANK.search(text):
        return "disaster"
    words = _WORDS_TO_OTHERS.search(text)
    if (
        words is not None
        and _in_main_clause(_WORDS_TO_OTHERS, text)
        and not _HAZARD_SUBJECT.search(text, 0, words.start())
        # (words are given by someone: "the disagreements threatened to wreck the venture" tells a risk)
        and _speaker_leads(text, words.start())
        # ("police were briefing reporters when a bomb exploded": the act the when-clause tells is the news)
        and _WHEN_CLAUSE.search(text, words.end()) is None
    ):
        # "The fund's administrator encouraged claimants to file early", "lawyers briefed members of the
        # assembly on their findings": words addressed to others, however no verb of saying tells them
        return "statement"
    return "other"


def _no_force_strikes(text: str) -> bool:
    """Whether every blow the attack trigger finds in a sentence is struck by no force: a craft, a vehicle, an
    illness or a storm hitting, or a reef or an iceberg hit."""
    attack = next(t for t in TRIGGERS if t.event_type == "attack").pattern
    blows = list(attack.finditer(text))
    harmless = [(m.start(), m.end()) for m in _STRUCK_WITHOUT_FORCE.finditer(text)]
    return bool(blows) and all(any(a <= blow.start() < b for a, b in harmless) for blow in blows)


# Who is summoned to no act between states: a firm's heads, its board, a witness (an envoy, a high
# commissioner, a nuncio, foreign ministers or a council are none of these)
_NO_ENVOYS = (
    r"(chief\s+executives?|executives?|chief\s+operating\s+officers?|chairm[ae]n|chairwom[ae]n|bosses|CEOs?"
    r"|board(\s+of\s+directors)?|directors|witness(es)?|bankers|owners?)"
)
# What the diplomacy triggers find that is no act of states or bodies in office: a person's own bargaining
# ("is negotiating the terms of his departure", "would negotiate his usual fee"), a company's board meeting
# ("its board would meet on Monday to discuss the dividend"), a pep talk, a holiday visit or a star's or a
# tourist's ("had visited the island on holiday", "the singer had often visited Kenya") and a reporter's or a
# witness's own doings ("our correspondent travelled to the border")
_NO_DIPLOMACY = re.compile(
    r"\bnegotiat\w+\s+((the\s+)?terms\s+of\s+)?(his|her|their|its|my|our)\s+(own\s+)?([\w-]+\s+){0,2}?"
    r"(departure|exit|contracts?|fees?|salary|salaries|pay|severance|pension|bonus|release|settlement|divorce)\b"
    # (an international body's executive board, as a lender's or an agency's, meets in office)
    r"|(?<!\bexecutive\s)\b(board|directors|shareholders)\s+((of\s+directors\s+)?(will|would|is\s+to|are\s+to|plans?\s+to|planned\s+to"
    r"|was\s+to|to)\s+)?(meet|meets|met|gather|convene)\b([^.;]{0,40}?\bto\s+discuss\w*)?"
    r"|\bpep\s+talks?\b"
    # (a legislature's committee or its members meeting to work on a bill: lawmaking at home, no act between
    # states: "the Senate Finance Committee met to negotiate proposed legislation")
    r"|\b(committees?|subcommittees?|lawmakers|legislators|senators|MPs|deputies)\b[^.;]{0,40}?\b(meet|meets|met"
    r"|gathered|convened)\b[^.;]{0,30}?\bto\s+(negotiate|discuss|debate|consider|draft|mark\s+up|vote\s+on|work\s+on)"
    r"\s+(the\s+|a\s+|an\s+)?([\w-]+\s+){0,2}?(legislation|bills?|budget|amendments?)\b"
    r"|\bvisit(ed|s|ing)?\b[^.;]{0,60}?\bon\s+(holidays?|vacations?|honeymoon)\b"
    r"|\b((film|movie|pop|rock|TV|television)\s+stars?|actors?|actress(es)?|singers?|tourists?|holidaymakers|backpackers"
    r"|pilgrims)\b[^.;]{0,40}?\bvisit(ed|s|ing)?\b"
    # (an official's "we met the president," quoted, is the official's diplomacy: only the reporter named as
    # such is the reporter)
    r"|\b(our|this)\s+(correspondent|reporter)s?\s+((had|have|has|then|also|later|first|recently)\s+)?"
    r"(visited|visit|met|meet|travell?ed|talked|spoke)\b"
    # A state summons another's envoy, or its ministers or a council meet when summoned; lawmakers or a
    # government summoning a firm's executives, its board or a witness to a hearing is no act between states
    # ("summoned the chief executives of four banks", "the chairman of the airline was summoned")
    rf"|\bsummon(ed|s|ing)?\s+([\w’'-]+\s+){{0,4}}?{_NO_ENVOYS}\b"
    rf"|\b{_NO_ENVOYS}(\s+of\s+[^.;,]{{1,40}}?)?\s+(was|were|has\s+been|have\s+been|had\s+been|been|being)\s+summoned\b",
    re.IGNORECASE,
)
# The word of an envoy's office, in the title of one who speaks: "Jane Roe, the UN special envoy, urged
# donors to give" is her words, no diplomacy
_ENVOY_TITLE = re.compile(r"\benvoys?\b", re.IGNORECASE)
_URGED = re.compile(r"\b(urge|urges|urged|urging)\b", re.IGNORECASE)


def _no_diplomacy_in(text: str) -> str:
    """The type of a sentence the diplomacy triggers typed, when each of their finds is no act of states in
    office: a speaker's title of envoy leaves the remarks (`statement`), a person's or a company's own affairs
    leave `other` (or the remarks that lead the sentence); otherwise `diplomacy`."""
    finds = [m for t in TRIGGERS if t.event_type == "diplomacy" for m in t.pattern.finditer(text)]
    if not finds:
        return "diplomacy"
    own = [(m.start(), m.end()) for m in _NO_DIPLOMACY.finditer(text)]
    if all(any(a <= f.start() < b for a, b in own) for f in finds):
        # ("Roe says he would negotiate his usual fee": the words that lead are the news; "the chief executive
        # is negotiating his exit, the firm said": the act told)
        # ('"Families had visited the islands on holiday," the operator said': a quotation is the words)
        said = SPEECH.search(text)
        words_lead = said is not None and (said.start() < finds[0].start() or text.lstrip()[:1] in "\"“‘'")
        return "statement" if words_lead else "other"
    if all(_ENVOY_TITLE.fullmatch(f.group()) for f in finds) and (SPEECH.search(text) or _URGED.search(text)):
        return "statement"
    return "diplomacy"


def _cases_before_deaths(text: str) -> bool:
    """Whether the sentence counts the sick before any dead (or counts no dead): "M people have died among N
    cases" is a toll, "N cases, including M deaths" an outbreak's count."""
    cases = [
        m.start()
        for m in (_CASES_COUNTED.search(text), _NEW_CASES_TOLD.search(text), _illness_taken(text))
        if m is not None
    ]
    death = _DEATH_WORDS.search(text)
    return bool(cases) and (death is None or min(cases) < death.start())


# What an outbreak's count counts: cases or infections, or the sick themselves ("the number of infected
# people", "the total of people infected" is the same count)
_SICK_COUNTED = r"(cases|infections|(infected|sick)\s+(people|persons|patients)|people\s+(infected|sickened))"
# A count of cases: "75 lab-confirmed cases", "3,400 cases", "the number of measles cases"
_CASES_COUNTED = re.compile(
    # ("one of the cases", "two of these infections": some of a count, no count)
    rf"\b{_COUNTED}\s+((?!(of|the|these|those)\b)[\w-]+\s+){{0,3}}?(cases|infections)\b"
    r"|\b(number|total|tally|count)\s+of\s+([\w-]+\s+){0,3}?" + _SICK_COUNTED + r"\b",
    re.IGNORECASE,
)
_DEATH_WORDS = re.compile(
    r"\b(deaths?|died|dead|dying|killed|kills|fatalities|fatal|toll|lives)\b", re.IGNORECASE
)
# One more of the sick told through a speaker by the illness taken: "a second pupil at the school has
# developed probable measles, the board said", "said the nurse contracted the virus" ("developed a flu
# vaccine" is a remedy made; an act told beside it, "caught the virus abroad and was admitted to hospital", is
# read as the act)
_ILLNESS_TAKEN = gated_for_search(
    # ("No pupils have fallen ill", "children could become ill with measles", "have not caught it": none
    # fell sick, or only might)
    r"(?<!\bno\s)\b(person|patient|pupil|child|student|resident|travell?er|passenger|worker|man|woman|boy|girl|adult|teenager"
    r"|nurse|doctor|teacher|soldier|tourist|visitor|farmer|\d+-year-old|people|patients|pupils|children|students"
    # ("the patient's daughter": a possessive names whose kin, not who fell sick)
    # ("twelve pupils have fallen ill with measles", "were taken ill with typhoid": the same illness taken)
    # (a modal or a "not" counts only right before the verb, the nearest one tried first, for "pupils who will
    # sit exams next month have fallen ill" tells a case: `_illness_taken` rejects a match that holds one)
    r"|workers)\b(?![’']s\b)[^.;]{0,80}?\b(?P<modal>(not|never|could|would|might|can|will|should|must|(?-i:may))"
    r"\s+|\w+n[’']t\s+)?(has\s+|have\s+|had\s+)?(?P<negated>(not|never)\s+)?(developed|contracted|caught|((been|were|was)\s+)?"
    r"(fallen|fell|taken|become|became)\s+ill\s+with)\s+(probable\s+|suspected\s+"
    rf"|confirmed\s+)?(the\s+|a\s+)?([\w-]+\s+){{0,2}}?{_DISEASES}\b(?![\s-]+(vaccines?|tests?|drugs?|treatments?"
    r"|jabs?|shots?|kits?|medicines?)\b)",
    re.IGNORECASE,
)
# An open question or a condition before the illness taken: "tests will confirm whether a woman has contracted
# the disease" is a case not yet known
_OPEN_QUESTION = re.compile(r"\b(whether|if|unless)\b", re.IGNORECASE)


def _illness_taken(text: str) -> re.Match[str] | None:
    """Where one more of the sick is told by the illness taken (`_ILLNESS_TAKEN`), unless an open question or
    a condition comes before it."""
    found = _ILLNESS_TAKEN.search(text)
    if found is None or found.group("modal") or found.group("negated"):
        return None
    if _OPEN_QUESTION.search(text, max(0, found.start() - 40), found.end()):
        return None
    return found


# New cases told: people found sick ("eight pupils had been diagnosed"; one person only with the disease
# named: "the singer was diagnosed with cancer" is no outbreak's case), a count of confirmed cases, a first
# case (gated: nine sentences in ten asked lack every word a match needs)
_NEW_CASES_TOLD = gated_for_search(
    r"\b(people|patients|pupils|children|students|persons|residents|travell?ers|passengers|workers|others)\b"
    r"[^.;]{0,80}?\b(have|has|had|were)\s+(now\s+|already\s+|also\s+)?(been\s+)?(diagnosed|infected"
    r"|confirmed\s+(as\s+)?infected|confirmed\s+to\s+have)\b"
    r"|\b(person|patient|pupil|child|student|resident|travell?er|passenger|worker|man|woman|boy|girl|adult|teenager"
    r"|mother|father|son|daughter|wife|husband|baby|infant|toddler|teacher|nurse|doctor|soldier|tourist|visitor"
    r"|farmer|\d+-year-old)\b[^.;]{0,80}?\b(has|had|was|were)\s+(now\s+|already\s+|also\s+)?(been\s+)?"
    rf"(diagnosed|infected|confirmed)\s+{_ILLNESS_HELD}"
    # "18 soldiers had the flu in the first cases to reach the region": a place's first cases, told with
    # their disease
    rf"|{_FIRST_CASES_OF_A_PLACE}"
    rf"|\btested\s+positive\s+for\s+(the\s+)?([\w-]+\s+){{0,3}}?{_DISEASES}"
    rf"|\b{_COUNTED}\s+(new\s+|more\s+|further\s+)?((laboratory|lab)-confirmed\s+|confirmed\s+|suspected\s+"
    r"|probable\s+)(human\s+)?(cases|infections)\b"
    # ("opened three new cases" is a court's or a regulator's: new cases are an outbreak's with their disease)
    rf"|\b{_COUNTED}\s+(new|more|further|additional)\s+(human\s+)?(cases|infections)\s+of\s+(the\s+)?([\w-]+\s+){{0,2}}?"
    rf"{_DISEASES}"
    # "the agency has confirmed 79 cases of a virus", "reported 12 new infections": an authority's count of
    # the sick, by the verb that makes it known ("the court confirmed two cases" names no illness's cases)
    rf"|\b(confirmed|reported|recorded|registered|logged|detected)\s+(a\s+further\s+|another\s+)?{_COUNTED}\s+"
    rf"(new\s+|more\s+|further\s+)?((laboratory|lab)-confirmed\s+|confirmed\s+|suspected\s+)?(human\s+)?"
    rf"(cases|infections)\s+(of|with)\s+(the\s+|a\s+|an\s+)?([\w-]+\s+){{0,3}}?({_DISEASES}|illness)"
    rf"|\bfirst\s+(confirmed\s+|suspected\s+)?(human\s+)?(case|cases|infections?|victim)\s+of\s+(the\s+)?"
    rf"([\w-]+\s+){{0,3}}?{_DISEASES}",
    re.IGNORECASE,
)
# ... or its count told as risen: "the total of suspected cases jumped to 95 overnight"
_CASES_RISEN = re.compile(
    r"\b(number|total|tally|count)\s+of\s+([\w-]+\s+){0,3}?"
    + _SICK_COUNTED
    + r"\b[^.;]{0,30}?\b(climbed|risen|rose"
    # ("the number of cases soared to 498": a steep rise is a rise)
    r"|reached|jumped|grown|grew|increased|passed|topped|soared|surged|leapt|leaped"
    # ("the number of measles cases has tripled": a rise told by how many times)
    r"|doubled|tripled|trebled|quadrupled)\b",
    re.IGNORECASE,
)
# What makes "cases" an outbreak's: the kind of count, or the disease ("the number of trade cases rose" is
# none)
_OUTBREAK_SIGN = re.compile(
    rf"\b((confirmed|suspected|probable|reported|new)\s+cases|infections?|infected|{_DISEASES})\b",
    re.IGNORECASE,
)
# Advice that a country's people keep away: "urged travellers to defer trips to the coast", "advised
# Danes against non-essential travel", "told nationals not to travel"
_TRAVEL_ADVICE = re.compile(
    r"\b(urged|urges|urging|advised|advises|advising|told|warned|warns|asked)\s+(its\s+|their\s+|the\s+|all\s+)?"
    r"([\w-]+\s+){0,3}?(citizens|nationals|residents|travell?ers|tourists|public|(?-i:[A-Z])\w+)\b[^.;]{0,40}?"
    r"(\bto\s+(avoid|postpone|put\s+off|defer|delay|cancel|reconsider)\s+([\w-]+\s+){0,2}?(travel|travell?ing|trips"
    r"|visits|journeys)\b|\bagainst\s+(all\s+)?(but\s+essential\s+|non-essential\s+|unnecessary\s+)?(travel|trips)\b"
    r"|\bnot\s+to\s+(travel|visit)\b)",
    re.IGNORECASE,
)
# A public body directing those it governs: "the health ministry asked hospitals across the country to trace
# ...", "the president told government offices and private firms to close", "the agency informed the
# operator's managers that the company has 24 hours to stop" (a request to lawmakers, to a court or to
# reporters is remarks: they are no one the body governs)
_PUBLIC_BODY = (
    r"(government|ministry|minister|department|agency|authorit(y|ies)|regulators?|administration|council"
    r"|commission|president|governor|mayor|police|(?-i:[A-Z]{2,6}))"
)
_GOVERNED = (
    r"(authorities|hospitals|clinics|schools|offices|businesses|firms|companies|operators|residents|citizens|people"
    r"|public|officials|managers|staff|employees|workers|drivers|travell?ers|passengers|airlines|carriers|farmers"
    r"|shops|stores|banks|parents|doctors|police|troops|forces|agencies|departments|ministries|municipalities"
    r"|provinces|regions|states|counties|districts|households|landlords|employers|factories|plants|mines|ports"
    r"|airports)"
)
_DIRECTING = (
    r"(told|tells|instructed|instructs|directed|directs|ordered|orders|asked|asks|informed|informs|advised|advises"
    r"|notified|notifies)"
)
_BODY_DIRECTS = compile_gated(
    # (whom it directs right after the verb, and what they are to do in the same clause: "told reporters that
    # officials had worked to ..." is remarks)
    rf"\b{_PUBLIC_BODY}\b[^.;:,]{{0,60}}?\b(has\s+|have\s+|had\s+)?{_DIRECTING}\s+((?!that\b)[\w’'-]+\s+){{0,4}}?"
    rf"{_GOVERNED}\b(\s+(?!(that|who|which|had|have|has|was|were|would|will|said|say)\b)[\w’'-]+){{0,6}}?\s+(not\s+)?"
    r"to\s+(?!be\b)[a-z]+"
    rf"|\b{_PUBLIC_BODY}\b[^.;:,]{{0,60}}?\b(has\s+|have\s+|had\s+)?{_DIRECTING}\s+[^.;:]{{0,60}}?\bthat\b"
    r"[^.;:]{0,60}?\b(has|have|had|would\s+have|will\s+have)\s+(\d+|one|two|three|four|five|six|seven|ten|\w+teen)\s+"
    r"(hours|days|weeks)\s+to\b",
    re.IGNORECASE,
)
# A search for the missing ended by those who run it: "halted the search for the missing crew", "ended the
# rescue mission", "declared the rescue phase over" (a search for a buyer or a chairman is none)
_SEARCH_CALLED_OFF = re.compile(
    r"\b(called\s+off|ended|halted|suspended|abandoned|stopped|declared\s+an?\s+end\s+to)\s+(the\s+|its\s+|their\s+"
    r"|an?\s+)?([\w-]+\s+){0,2}?(search|rescue)\s+(for\s+(the\s+)?(survivors|missing|bodies|victims)|and\s+rescue"
    r"|(effort|operation|phase|mission)s?)\b"
    r"|\bdeclared\s+the\s+([\w-]+\s+){0,2}?(search|rescue)\s+([\w-]+\s+){0,2}?over\b",
    re.IGNORECASE,
)
# Steps of a case told without a verb of judging: "was released on bail", "a bail hearing is scheduled for
# Monday", "the retrial is set to open in March", "an invoice entered into evidence" ("the lender was bailed
# out" is a rescue; a clinical trial is no case), a jury chosen or at work
# (a prize's or a festival's jury chooses winners, no case: "the festival's jury was chosen")
_NO_COURTS_JURY = "".join(
    rf"(?<!{w}\s)(?<!{w}'s\s)(?<!{w}’s\s)"
    for w in ("festival", "prize", "award", "awards", "competition", "contest")
)
_COURT_STEP = ScannedPattern(
    r"\b(freed|released)\s+on\s+([$£€]?[\d,.]+\s+)?bail\b|\b(was|were|has\s+been|had\s+been)\s+(granted\s+bail"
    r"|bailed(?!\s+out))\b"
    r"|(?<!clinical\s)(?<!vaccine\s)(?<!drug\s)\b(hearing|trial|sentencing|arraignment|retrial)\s+((that|which)\s+)?"
    r"(has\s+been\s+|had\s+been\s+|was\s+|is\s+|will\s+be\s+)?(set|scheduled|due)\s+(for|to\s+(begin|start|open"
    r"|resume|take\s+place))\b"
    r"|\b(introduced|entered|admitted)\s+(into|in)\s+evidence\b"
    # ("Jury selection began", "prospective jurors were questioned", "the jury was sworn in": a trial's jury
    # chosen or at work is a step of the case)
    rf"|{_NO_COURTS_JURY}\bjury\s+(selection|deliberations)\b"
    rf"|{_NO_COURTS_JURY}\b(prospective\s+|potential\s+)?jur(y|ors)\s+(was\s+|were\s+|has\s+been\s+|have\s+been\s+|had\s+been\s+"
    r"|will\s+be\s+|began\s+|begin\s+|started\s+)?(questioned|questioning|selected|chosen|sworn|seated|empanell?ed"
    r"|deliberating|screened|interviewed)\b"
    # "the two nurses will be questioned in court", "testified before the jury": evidence given to a court (a
    # chamber's committee hearing is no case)
    r"|\b(questioned|cross-examined|testif(y|ied|ies|ying)|(give|gave|giving|given)\s+evidence)\s+(in|before|to)\s+"
    r"(a\s+|an\s+|the\s+)?([\w-]+\s+){0,2}?(court|judge|jury|tribunal|magistrates?)\b",
    re.IGNORECASE,
)
# Words that set a subject apart from the main clause's head: a preposition, a conjunction or a relative word
# ("Protesters outside the court chanted": the protesters act, not the court)
_NOT_IN_A_SUBJECT = (
    r"(?!(?:outside|of|in|at|near|before|to|from|by|for|with|into|inside|about|over|against|and|but|or|who|whom"
    r"|whose|that|which|as|when|after|while|said|says|told|tells|during|ahead)\b)"
)
# A court's own acts and a trial's steps are a case's (`legal`), whatever the verb: the judge, the court or
# the jury as the main clause's subject ("Judge Roe agreed and in her ruling sharply rebuked the board", "a
# judge refused to put on hold his decision", "the jury was finalised"), the defence or the prosecution at
# work in the case ("the defence called its last witness", "the defence backs out of its claim"), a witness
# telling the court, the trial's own stages ("closing arguments will begin on Thursday", "under
# cross-examination", "the case goes to the jury") and what court papers show. A food court, a jury that "is
# still out" and "the court of public opinion" are no case; "defence officials" and "the defence ministry" are
# no trial's defence. The judge, the court or the jury as the main clause's subject, at the sentence's start
# (after an opening phrase set off by a comma, or a chronology's date), up to its verb
_COURT_SUBJECT = (
    r"^\s*(?:[^,;:“”\"]{0,60},\s+|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}\s+)?"
    rf"(?:{_NOT_IN_A_SUBJECT}[\w.’'-]+\s+){{0,4}}?"
    rf"(?:{_NO_COURTS_JURY}(?<!\bfood\s)(?<!\btennis\s)(?<!\bbasketball\s)(?<!\bsquash\s)\b(?:(?:three|five|seven|nine"
    r"|\d+)-)?(?:judges?|court|jury|jurors"
    # ("the three-judge panel ruled", "a court panel found": the bench that sits as the court)
    r"|tribunal|magistrates?)(?:\s+panel)?|(?-i:Judge)(?:\s+(?-i:[A-Z])[\w.’'-]+){1,3})"
    # ("Judge Roe, a former prosecutor, quickly denied ...": an aside between the subject and its verb)
    r"(?:\s*,\s+[^,;]{1,60},)?(?:\s+in\s+(?-i:[A-Z])[\w-]+)?"
    # ("A judge on Monday refused ...": the day between the subject and its verb)
    r"(?:\s+(?:on\s+\w+day|yesterday|today|last\s+(?:week|month|night)|this\s+(?:week|month)))?\s+(?:(?-i:[a-z]+ly)\s+)?"
)
# A verb by its form: a past or a third person's present ("refused", "rules"), an auxiliary or a common
# irregular past; a noun after "court" is no verb ("a court challenge", "court costs", "court officials")
_COURT_VERB = (
    r"(?!(?:costs|fees|officials|reporters|clerks|buildings|documents|papers|records|filings|proceedings|battles"
    r"|challenges|actions|cases|hearings|is\s+still\s+out|was\s+still\s+out|is\s+out)\b)"
    r"(?-i:[a-z]+(?:ed|[^s\W]s)|will|would|can|could|may|might|must|shall|should|is|was|are|were|has|had|have|did|does"
    r"|said|found|held|upheld|gave|threw|struck|sent|set|put|heard|took|began|made|let|kept|left|sat|chose|wrote|told"
    r"|spoke|went|saw|won|withheld|forbade|bound)\b"
)
# ... whose verb is one of saying: a court's words that the sentence gives as remarks stay remarks
_COURT_SAYS = re.compile(
    _COURT_SUBJECT
    # (what a court wrote is its ruling's reasons, which its act is: "a five-judge panel wrote that the ban
    # was lawful" is the ruling, not remarks)
    + r"(?:(?:has|have|had)\s+)?(?-i:said|says|told|tells|added|adds|noted|notes|estimated|estimates"
    r"|warned|warns|stated|states)\b",
    re.IGNORECASE,
)
_COURT_ACTS = compile_gated(
    _COURT_SUBJECT
    + _COURT_VERB
    + (
        # ... the defence or the prosecution of a case at work in it
        # (or opening a clause set against the other side's: "..., while the defence said the pilot was not to
        # blame": a side's case put is its work in the trial, whatever verb of saying tells it)
        r"|(?:^\s*(?:[^,;:“”\"]{0,60},\s+|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+)?|,\s+(?:while|whereas)\s+)"
        r"(?:the\s+|[\w.’'-]+(?:\s+[\w.’'-]+)?['’]s\s+)"
        r"(?:defen[cs]e|prosecution)(?:\s+(?:team|lawyers?|attorneys?|counsel))?\s+(?:(?-i:[a-z]+ly)\s+)?"
        r"(?-i:said|says|characterised|characterized|portrayed|portrays|called|calls|rested|rests|opened|opens|closed|closes|argued|argues|contended|contends|dropped|drops"
        r"|backed|backs|withdrew|withdraws|objected|objects|sought|seeks|presented|presents|showed|shows|played|plays"
        r"|questioned|questions|cross-examined|challenged|challenges|asked|asks|moved|moves|appealed|appeals|began"
        r"|begins|will|would|has|have|had|is|was|were|are)\b"
        # a witness or a party telling the court what they saw or did
        # ("told reporters outside court": the court is where the words were said, to others)
        r"|\b(?:tell|tells|telling|told)\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:outside|at|near|after|before|in|on|from|by"
        r"|leaving|as|when|while|reporters|journalists|press|media)\b)[\w.’'-]+\s+){0,2}?(?:court|jury|jurors|judge"
        r"|magistrates?|tribunal)\b(?!\s+of\s+public\s+opinion)(?!\s+(crowds?|audiences?|fans|spectators)\b)|\b(?:tell|tells|telling|told)\s+(?-i:Judge)\s"
        r"|\b(?:said|says|told|testified|disclosed|made)\s+in\s+court\b"
        # a trial's own stages
        # ("the senators are making their opening statements": a chamber's hearing opens with them too, so
        # they are a trial's only where no chamber is named)
        r"|\b(?:opening|closing)\s+arguments\b|\bclosing\s+(?:statements|speeches|submissions)\b"
        r"|^(?![^.;]*\b(?:committee|subcommittee|senators?|lawmakers|legislators|congress|parliament|hearing)\b)"
        r"[^.;]*\bopening\s+(?:statements|speeches|submissions)\b|\bcross-examin\w+"
        r"|\bcall(?:ed|s)?\s+(?:its|his|her|their|the)\s+(?:first|last|next|final|star|key|own)\s+witness(?:es)?\b"
        # ("prosecutors ended their case by saying ...": a side's case closed, as "rested its case")
        r"|\b(?:rest(?:ed|s)?|end(?:ed|s)?|clos(?:ed|es))\s+(?:its|his|her|their)\s+case\b|\b(?:go|goes|going|went|gone|sent)\s+to\s+the\s+jury\b"
        r"|\b(?:take|takes|took|taking|taken)\s+the\s+(?:witness\s+)?stand\b"
        r"|\b(?:go|goes|going|went|gone)\s+to\s+court\b"
        r"|\bpresid(?:es|ed|ing)\s+over\s+(?:[\w-]+\s+){0,5}?(?:case|cases|trial|trials|suits|lawsuits|inquest)\b"
        r"|\bcourt\s+(?:documents|papers|filings|records)\b(?:\s+filed\s+[^,.;]{0,40}?)?\s+(?:show|showed|shows|say|said"
        r"|says|reveal|revealed|reveals)\b"
        # "..., the judge rules": a ruling told after what it holds
        r"|,\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:judge|court)\s+(?:rules|ruled|finds|found|holds|held|decided|decides)\W*$"
    ),
    re.IGNORECASE,
)
# A measure made or ended by a court's ruling is the ruling's: "the government appealed a judge's ruling that
# lifted the ban", "an order by the court suspending the tariffs"
_RULING_ON_A_MEASURE = re.compile(
    r"\b(judge|court|tribunal)(['’]s)?\s+([\w-]+\s+){0,2}?(ruling|order|decision|injunction)\b"
    r"|\b(ruling|order|decision|injunction)\s+by\s+(a|an|the)\s+([\w.-]+\s+){0,3}?(judge|court|tribunal)\b",
    re.IGNORECASE,
)
# A charge denied by its name is a plea in the case ("Roe denies manslaughter", "denied two counts of fraud"):
# an accusation rejected in words ("denied any wrongdoing", "denies the allegations") stays a denial
_PLEA_DENIED = re.compile(
    r"\bden(y|ies|ied|ying)\s+((one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+counts?\s+of\s+)?"
    r"((involuntary|voluntary|attempted|corporate|gross\s+negligence)\s+)?(murder|manslaughter|rape|fraud|theft"
    r"|assault|arson|kidnapping|bribery|embezzlement|perjury|treason|burglary|robbery|blackmail|misconduct\s+in"
    r"\s+public\s+office|causing\s+(death|grievous))\b",
    re.IGNORECASE,
)
# What strikes or hits without being a force: a craft or a vehicle ("the tanker struck a reef", "a train hit a
# lorry at a crossing"), an illness ("a new strain of flu that struck seven people") or a storm; and what is
# struck that no one attacks ("ran into an iceberg", "hit a sandbank"). An accident or an outbreak is a
# `disaster`, no `attack` (warplanes, jets and helicopters do strike, and are left out)
_CRAFT = (
    r"(?:tankers?|ferr(?:y|ies)|ships?|vessels?|boats?|freighters?|trawlers?|liners?|barges?|yachts?|dinghy"
    r"|trains?|buses|bus|coach|lorr(?:y|ies)|trucks?|cars?|vans?|trams?|minibus(?:es)?|taxis?|tractors?)"
)
# ... what hits, and how ("has hit", "that struck", "ploughed into"), as long as it is no launch or a record
# ("electric cars hit the showrooms", "the ferry hit the headlines": a sale begun, news made)
_HITS = (
    r"\s+((?-i:[A-Z])[\w-]+\s+){0,2}(?:(?:that|which)\s+)?(?:(?:has|had|have)\s+)?(?:(?-i:[a-z]+ly)\s+)?"
    r"(?:struck|strikes|hit|hits|slammed\s+into|ploughed\s+into|plowed\s+into|crashed\s+into|collided\s+with"
    r"|ran\s+into|ran\s+onto)\b(?!\s+by\b)(?!\s+(the\s+|a\s+|an\s+)?(new\s+|record\s+)?(markets?|shelves|stores"
    r"|showrooms|streets|roads|headlines|airwaves|screens|records?|highs?|lows?|peaks?)\b)"
)
_REEF_STRUCK = (
    r"\b(?:struck|strikes|hit|hits|ran\s+into|ran\s+onto|ran\s+on\s+to)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:reef|rocks?"
    r"|iceberg|sandbank|sandbar|shoal|pier|jetty|quay|breakwater)\b"
    # (one known by its name: "struck Gull Rock", "ran onto Seal Reef", "hit Tarvo's Ledge")
    r"|\b(?:struck|strikes|hit|hits|ran\s+into|ran\s+onto)\s+(?:(?-i:[A-Z])[\w’'-]+\s+){1,2}(?-i:Rocks?|Reefs?|Ledges?"
    r"|Shoals?|Banks?|Sands|Point|Head)\b"
)
_STRUCK_WITHOUT_FORCE = re.compile(
    rf"\b(?:{_CRAFT}|(?<!\bcomputer\s){_DISEASES}|strains?|storms?|hurricanes?|cyclones?|typhoons?|tornado(?:es)?)"
    rf"{_HITS}|{_REEF_STRUCK}",
    re.IGNORECASE,
)
# ... and of a craft or a vehicle alone, the accident an act left untyped tells ("the flu hit tourism" is a
# harm to trade, which an untyped act keeps)
_CRAFT_ACCIDENT = re.compile(rf"\b{_CRAFT}{_HITS}|{_REEF_STRUCK}", re.IGNORECASE)
# A craft that burned and went down: "the rig had been burning for two days when it sank"
_BURNED_AND_SANK = re.compile(
    r"\b(burned|burnt|burning|blazing|ablaze|on\s+fire)\b[^.;]{0,60}?\bsank\b", re.IGNORECASE
)
# A death made known: "was pronounced dead", "a hiker found dead", "has lost 12 of its staff" (of animals,
# "seals found dead", a disaster's harm, not a toll; "its first death" is left to the toll's own triggers,
# whose reports the merge has already read under their type)
_DEATH_CONFIRMED = compile_for_search(
    r"\b(confirmed|found|pronounced|declared)\s+dead\b"
    # "the envoy's body was recovered from the rubble", "the body of a climber was found": a death told by the
    # body brought out or found ("the governing body was found to have erred" is no one's)
    # (one named death; bodies counted through a speaker are the toll's, read apart)
    r"|([’']s\s+body|\bbody\s+of\s+[^.;,]{1,40}?)\s+(was|has\s+been|had\s+been)\s+(\w+ly\s+|later\s+|finally\s+)?"
    r"(recovered|found|retrieved|pulled|dug|washed\s+up"
    r"|discovered|identified)\b(?!\s+to\b)"
    r"|\b(has|have|had)\s+lost\s+(at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+)?\d[\d,]*\s+"
    r"(of\s+(its|their)\s+)?(workers|staff|staffers|employees|members|people|personnel|soldiers|troops|officers"
    r"|peacekeepers)\b",
    re.IGNORECASE,
)
_ANIMALS_NAMED = re.compile(rf"\b{_ANIMALS}\b", re.IGNORECASE)
# A hazard itself at work, told as the subject of its clause: "Tropical storm Mara formed over the gulf",
# "the blast tore through the depot", "the outbreak in March spread to the coast", "accidents in 2019
# knocked a third off the share price", "the spill grew to cover 900 square miles" (a compound names
# something else: "the fire service said", "storm drains", "flood defences", "spill response")
_HAZARDS = (
    r"(storms?|hurricanes?|cyclones?|typhoons?|tornado(es)?|tropical\s+depressions?|floods?|flooding|floodwaters"
    r"|earthquakes?|quakes?|aftershocks?|tremors?|tsunamis?|landslides?|mudslides?|avalanches?|wildfires?|bushfires?"
    r"|fires?|blaze|eruptions?|explosions?|blasts?|blowouts?|accidents?|spill|leak|outbreaks?|epidemic|droughts?"
    r"|heatwaves?|heat\s+waves?)"
)
# A hazard or a disease as the subject of the words' verb: no one speaks
_HAZARD_SUBJECT = re.compile(
    rf"\b({_HAZARDS}|virus|disease|pandemic|waters?|waves|winds?|rain|prices|costs|losses)\b",
    re.IGNORECASE,
)
# A disaster as the time, counted from it, of what a clause tells, after it: ", nine days after the landslide
# struck" ("fled after the storm struck" is the storm's own news, at its hour; "a week before the blast" may
# date the blast by the clause)
_TIME_OF_A_HAZARD = re.compile(
    r",?\s+((about|nearly|almost|some|just|only|barely)\s+)?(an?|\w+|\d+)\s+(hours?|days?|weeks?|months?)\s+"
    r"(after|since)\s+(the|an?|[\w’'-]+[’']s)\s+([\w’'.-]+\s+){0,3}?"
    rf"{_HAZARDS}\b",
    re.IGNORECASE,
)
# A hazard's noun as a figure of a great many: "a flood of complaints", "a storm of protest", "an explosion
# of anger" ("the flood of 1953" is the hazard)
_NO_FIGURE = "".join(
    rf"(?!(?<=\b{w})\s+of\s+(?!the\b|\d))"
    for w in ("flood", "floods", "storm", "avalanche", "eruption", "explosion")
)
_HAZARD_AT_WORK = compile_for_search(
    rf"\b{_HAZARDS}{_NO_FIGURE}"
    # the hazard's name, or a phrase of place or time after it ("storm Mara", "the outbreak in April of the
    # virus", "accidents in March and August 2019")
    r"(\s+(?-i:[A-Z])[\w-]+)?(\s+(in|of|at|on|near|off|over|across|along|last|this|earlier)\b[^.;:,]{0,60}?)?"
    r"\s+(has\s+|have\s+|had\s+)?(now\s+|also\s+|first\s+|quickly\s+|rapidly\s+|since\s+|already\s+)?"
    r"(formed|dissipated|strengthened|weakened|intensified|struck|hit|swept|tore|ripped|battered|lashed|pounded"
    r"|flooded|destroyed|damaged|knocked|caused|triggered|set\s+off|sparked|grew|spread|reached"
    r"|emerged|originated|broke\s+out|erupted|made\s+landfall|moved|headed|killed|left|cut|shut|closed|disrupted"
    r"|halted|engulfed|consumed|razed|gutted|burned|burnt|sank|covered|swamped|inundated"
    # "A wildfire forced 5,000 people to flee", "the quake flattened the old town", "the storm was downgraded
    # to a tropical depression": what a hazard does to people and places, and how forecasters rate a storm
    # ("the spill forced the president to suspend drilling plans": the act it drove someone to is the news;
    # "forced the closure of the port" is what the hazard did)
    r"|forced\s+([\w,-]+\s+){0,4}?to\s+(flee|evacuate|leave\s+their\s+homes|abandon)"
    r"|forced\s+(an?|the)\s+(temporary\s+|partial\s+|total\s+)?(evacuation|closure|shutdown|cancell?ation"
    r"|postponement)\b"
    # (a storm rated, not what befell those it touched: "insurers exposed to the hurricane were downgraded",
    # "passengers delayed by the storm were upgraded to first class"; "wiped out his lead" is a race's)
    r"|displaced|uprooted|flattened|washed\s+away|wiped\s+out\s+(whole\s+|entire\s+|the\s+|a\s+)?([\w-]+\s+)?"
    r"(villages?|towns?|neighbou?rhoods?|communities|homes|houses|crops|harvests?|settlements?|districts?)"
    r"|(was|were|has\s+been|had\s+been)\s+(downgraded|upgraded)\s+to\s+(an?\s+)?(category|tropical|hurricane"
    r"|typhoon|cyclone|storm|depression|super\s+typhoon))\b"
    # "havoc was caused by a series of storms", "the platform caught fire and sank": what the hazard did,
    # told in the passive, and a craft or a plant on fire
    rf"|\b(was|were|has\s+been|have\s+been|had\s+been)\s+(caused|wrought|triggered|set\s+off|sparked|started)\s+by\s+"
    rf"(an?\s+|the\s+)?([\w-]+\s+){{0,4}}?{_HAZARDS}\b"
    r"|\bcaught\s+fire\b|\b(capsized|ran\s+aground)\b",
    re.IGNORECASE,
)
# What a sentence's main clause cannot follow: a hazard after "after", "since", "when" or a relative pronoun
# is the time or the cause of something else ("15 days after the earthquake struck", "the blast that caused
# the spill"), and one after a verb of saying is reported
_NOT_MAIN_CLAUSE = re.compile(
    r"\b(after|since|before|when|as|until|while|because|following|who|which|that|where|said|says|say|told|tells"
    r"|reported|reports|if|though|although|amid|despite)\b",
    re.IGNORECASE,
)


def _in_main_clause(pattern: re.Pattern[str] | GatedPattern, text: str) -> bool:
    """Whether `pattern` is found in the sentence's main clause, at its start: within its first few words
    ("The outbreak in April spread to ..."), or what the subject did comes first ("The rig, leased to a
    driller, caught fire and sank"); after "after" or a verb of saying it is another act's time or report."""
    found = pattern.search(text)
    if found is None:
        return False
    before = text[: found.start()]
    return len(before.split()) <= 12 and not _NOT_MAIN_CLAUSE.search(before)


# Words made public in writing or as an objection are a statement, however the sentence turns them: "the
# senator sent a letter to the regulator", "wrote to the minister", "raised an objection to the plan",
# "lodged a complaint with the league", "appealed to donors" ("appealed the verdict" is a court's step)
_WORDS_MADE_PUBLIC = compile_gated(
    r"\b(sent|sends|send|sending|wrote|writes|write|writing|delivered|signed|issued|published|released)\s+(an?\s+|the\s+"
    r"|their\s+|his\s+|her\s+|its\s+|a\s+joint\s+|an\s+open\s+)?([\w-]+\s+){0,2}?letters?\b"
    r"|\bin\s+an?\s+([\w-]+\s+)?letter\s+to\b|\bwrote\s+to\b"
    r"|\b(raised|raises|raising|voiced|voices|lodged|lodges|filed|registered|made)\s+(an?\s+|their\s+|his\s+|her\s+"
    r"|its\s+|formal\s+|strong\s+)*(objections?|complaints?|concerns?|protests?)\b(?!\s+(in|with)\s+(the\s+)?court)"
    r"|\bobject(ed|s|ing)\s+to\b|\bcomplain(ed|s|ing)\s+(that|about|to)\b"
    r"|\b(appealed|appeals|appealing|made\s+an?\s+([\w-]+\s+)?appeal|issued\s+an?\s+([\w-]+\s+)?appeal)\s+(to|for)\b"
    # ("launched an appeal for $5m", "appealed for donations": money asked for is a fundraising drive)
    r"(?!\s+([$£€#\d]|(the\s+)?(donations|funds|money|contributions)\b))"
    r"|\bin\s+an\s+interview\s+(with|on|to|published)\b|\bgave\s+an?\s+([\w-]+\s+)?interview\b"
    # "offered his condolences to the families", "extended an apology", "offered reassurance that ...": a
    # light verb whose object is a kind of words said ("offered help", "sent aid", "offered a reward" are
    # deeds)
    r"|\b(offered|offers|extended|extends)\s+((his|her|their|its|our|the|an?|formal|public|personal|deep|deepest"
    r"|sincere|heartfelt|warm|fresh|further|repeated)\s+){0,3}(condolences|reassurances?|assurances?|apolog(y|ies)"
    r"|sympathy|sympathies|congratulations|regrets)\b"
    # "The inspector released a damning report that said ...", "the agency published a study showing ...":
    # findings made public are their authors' words ("launched an investigation" opens one, and is legal)
    r"|\b(released|releases|releasing|published|publishes|publishing|produced|issued|unveiled)\s+(an?\s+|the\s+"
    # (a company's results, "released its quarterly earnings report", are its business)
    r"|their\s+|his\s+|her\s+|its\s+)?(?!([\w-]+\s+){0,2}?(earnings|results|quarterly|financial|trading)\b)([\w-]+\s+){0,2}?(report|study|review|analysis|assessment|findings"
    r"|investigation)\b(?!\s+(of|into|on)\s+(the\s+)?(cost|price|value)s?\b)"
    # "The governor has proposed raising the fuel tax", "the minister proposed a new ferry route": a proposal
    # is words put forward, not yet a measure ("the proposed law" describes; "proposed to his partner" is a
    # marriage asked for)
    r"|(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bnewly\s)(?<!\bbeing\s)"
    r"\b(proposed|proposes)\s+(?!by\b|to\s+(him|her|his|their|the\s+(woman|man)|girlfriend|boyfriend)\b|marriage\b)"
    r"(that\b|(an?|the|new|its|his|her|their)\s|[a-z]+ing\b)",
    re.IGNORECASE,
)
# Words given on the record that the trigger lists leave out: a speech, an address or an interview of any
# kind ("in a televised speech", "in a radio interview"), a view taken ("took a more cautious view"), a
# forecast's odds ("gave the storm a 40 percent chance")
_WORDS_ON_THE_RECORD = compile_for_search(
    r"\bin\s+(an?|his|her|their|its)\s+([\w-]+\s+){0,3}?(speech|address|interview|remarks)\b"
    r"|\b(took|takes|take|taking)\s+an?\s+([\w-]+\s+){0,2}?(view|line|stance)\s+(of|on)\b"
    r"|\b(gave|gives|give|put|puts)\s+(it|them|the\s+[\w-]+(\s+[\w-]+)?)\s+an?\s+\d+(\s+percent|\s+per\s+cent|%)\s+chance\b",
    re.IGNORECASE,
)
# Another outlet's story or a thing come out: "the Sunday Herald reported", "a trade magazine reported that
# the label's sales had doubled", "the BBC has learned", "it emerged that the regulator had waived the rule"
# are claims the text passes on (the set's conventions: reports of another outlet's story are `claim`)
_OUTLET_REPORTED = compile_gated(
    r"\b(newspaper|magazine|tabloid|news\s+agency|broadcaster|news\s+website|(?-i:[A-Z])[\w.’']+\s+(?-i:Times|Post"
    r"|Journal|Herald|Telegraph|Guardian|News|Tribune|Mail|Express|Gazette|Standard|Chronicle|Observer|Independent"
    r"|Record))\b[^.;:]{0,40}?\b(reported|reports|has\s+reported|had\s+reported|has\s+learned|had\s+learned"
    r"|revealed|disclosed)\b"
    r"|^\W*it\s+(has\s+|had\s+)?(emerged|been\s+revealed|was\s+revealed)\b"
    # (a wire's "the Associated Press reported" only says where the news came from: the happening it tells
    # is the event, as a happening reported through a speaker is)
    r"|\b(?-i:BBC|CNN|Reuters|Bloomberg|AFP|AP|Associated\s+Press)\s+(has|had)\s+(learned|learnt)\b",
    re.IGNORECASE,
)
# A force or a rescue team arriving where it was sent: "a French rescue team landed in the capital", "the
# aircraft carrier will arrive on Friday", "two navy ships are expected to reach the coast" (arriving is
# the sending's end, as the set's conventions have it; a trade delegation's or a leader's arrival is a visit)
_FORCE_ARRIVES = re.compile(
    r"\b(((search[\s-]+and[\s-]+)?rescue|relief|medical|military|army|navy|naval|emergency|disaster|firefighting"
    r"|peacekeeping)\s+(teams?|units?|specialists|crews?|personnel|contingents?|ships?|vessels?)"
    r"|troops|soldiers|marines|paratroopers|peacekeepers|warships?|aircraft\s+carriers?|frigates?|destroyers?"
    r"|gunboats?|battalions?"
    # (a team of those who treat or rescue, or aid workers named by their work, sent where they are needed,
    # as rescue teams are: "a team of doctors from the charity", "17 humanitarian experts"; a team of experts
    # or staff may come to audit a bank)
    r"|teams?\s+of\s+([\w-]+\s+){0,3}?(doctors|nurses|medics|surgeons|rescuers|aid\s+workers)"
    r"|(aid|humanitarian|relief)\s+(workers|experts|staff|specialists))\b"
    r"[^.;:]{0,80}?\b(landed|arrived|(will|would|to|expected\s+to|due\s+to|should)\s+(arrive|land|reach|dock)|docked"
    # ("were travelling to the island and should be there by Sunday": on their way)
    r"|touched\s+down|(were|was|are|is)\s+(travell?ing|heading|flying|sailing|en\s+route|on\s+(its|their)\s+way)"
    r"\s+to|should\s+be\s+in\s+the\s+(country|region|area|city|capital))\b",
    re.IGNORECASE,
)
# The world's pandemic alert raised: "raised its global pandemic alert to phase 5", "the U.N. agency raised
# the alert level twice", "the World Health Organization lifted its alert to 6"
_PANDEMIC_ALERT_RAISED = re.compile(
    r"\b(raised|raises|raising|lifted|increased|moved)\s+(its|the|their)\s+(global\s+|worldwide\s+)?pandemic\s+"
    r"alert\b"
    r"|\b(WHO|World\s+Health\s+Organi[sz]ation|U\.?N\.?\s+(health\s+)?agency|United\s+Nations\s+(health\s+)?agency)"
    r"[^.;:]{0,60}?\b(raised|raises|raising|lifted|increased|moved)\s+(its|the)\s+([\w-]+\s+){0,2}?alert\b",
    re.IGNORECASE,
)
# An outbreak's standing declared: "declared it a pandemic", "declared the outbreak an epidemic", "has
# declared a cholera epidemic", "declared the outbreak over" ("declared a state of emergency" is a measure)
_OUTBREAK_DECLARED = re.compile(
    r"\b(declared|declares|declare|declaring)\s+(it|this|that|the\s+([\w-]+\s+){0,2}?(outbreak|disease|virus|spread))?\s*"
    r"(to\s+be\s+)?(an?\s+|the\s+)?(full\s+|full-blown\s+|global\s+|national\s+|first\s+)?([\w-]+\s+)?(pandemic|epidemic)\b"
    r"|\b(declared|declares|declare|declaring)\s+the\s+([\w-]+\s+){0,2}?(outbreak|epidemic|pandemic)\s+(over|ended|at\s+an\s+end)\b"
    # "raised the fever to pandemic status", "upgraded the outbreak to an epidemic": its standing raised
    r"|\b(raised|raises|lifted|upgraded|upgrades|moved|elevated)\s+([\w-]+\s+){0,3}?to\s+(an?\s+|full\s+|global\s+)*"
    r"(pandemic|epidemic)(\s+(status|level|phase))?\b",
    re.IGNORECASE,
)
# A disaster told by a stage of its own course, its noun the subject: "the virus first emerged in the north in
# March", "cholera broke out in the camps", "the blaze jumped the river", "the floodwaters receded", "the
# storm formed into a hurricane". The verb is the disaster's own doing, whoever reports it; what responders
# do to it ("the well was capped") is their work
_DISASTER_COURSE = re.compile(
    rf"\b({_DISEASES}|outbreak|epidemic|pandemic|strain)\s+((first|originally|initially|probably|apparently|later"
    r"|then|now|again|also)\s+)?((has|have|had)\s+)?(emerged|re-?emerged|originated|broke\s+out|(re)?surfaced"
    r"|flared(\s+up)?|peaked)\b"
    r"|\b(fires?|blazes?|wildfires?|bushfires?|flames)\s+((has|have|had)\s+)?(now\s+|quickly\s+|rapidly\s+)?"
    r"(jumped|raged|flared(\s+up)?|engulfed|tore\s+through|raced\s+through|roared\s+through)\b"
    r"|\b(floods?|flood\s*waters?)\s+((has|have|had)\s+)?(begun\s+to\s+|began\s+to\s+|started\s+to\s+)?"
    r"(receded?|subsided?|peaked|inundated|submerged)\b"
    r"|\b(depression|storm|cyclone|hurricane|typhoon|thunderstorms)\s+((has|have|had)\s+)?formed\s+into\b"
    # "the tremor was felt in the capital", "aftershocks rattled the city": a quake told by how it was felt
    r"|\b(earthquakes?|quakes?|tremors?|aftershocks?)\s+((was|were)\s+(also\s+|strongly\s+)?felt|rattled|shook|jolted"
    r"|rocked|(continued|continue|continues)\s+to\s+(rattle|shake|jolt|rock))\b"
    # "the fire was still burning", "the fires continued to rage": a fire told as it goes on
    r"|\b(fires?|blazes?|wildfires?|bushfires?)\s+((was|were|is|are)\s+(still\s+)?(burning|raging|spreading)"
    r"|(continued|continues|continue)\s+to\s+(burn|rage|spread))\b"
    # "floodwaters rose to the rooftops", "the river overflowed its banks": a flood told as the water rises
    r"|\b(flood\s*waters?|flood\s+levels?)\s+((has|have|had)\s+)?(rose|risen|swelled|swollen)\b"
    r"|\brivers?\s+((has|have|had)\s+)?(overflowed|burst|broke|broken)\s+(its|their)\s+banks\b"
    # "the outbreak worsened", "the flu has now reached 30 countries": an outbreak told as it grows
    r"|\b(outbreak|epidemic|pandemic)\s+((has|have|had)\s+)?(worsened|intensified|accelerated)\b"
    rf"|\b({_DISEASES}|outbreak|epidemic|pandemic)\s+((has|have|had)\s+)?(now\s+|already\s+)?reached\s+{_COUNTED}\s+"
    r"(countries|nations|states|provinces|regions|districts|counties)\b",
    re.IGNORECASE,
)
# New cases found, their count or their newness telling an outbreak's case, not a court's: "nine new cases
# were found in the port", "three cases were initially diagnosed", "a new case was detected in the capital",
# "the first case of the fever was found in a school" ("the case was found to have merit" is a court's; a
# case of fraud is named by what it is of)
_NEW_CASES_FOUND = re.compile(
    rf"\b(new|first|further|another|fresh|more|{_COUNTED})\s+((confirmed|suspected|probable)\s+)?(human\s+)?"
    rf"cases?(\s+of\s+([\w-]+\s+){{0,3}}?{_DISEASES})?\s+((in|among|at)\s+[^.;,]{{1,40}}?\s+)?"
    r"(was|were|has\s+been|have\s+been|had\s+been)\s+((initially|first|also|now|later|since|already)\s+)?"
    r"(found|diagnosed|detected|confirmed|reported|recorded|identified)\b(?!\s+to\b)",
    re.IGNORECASE,
)

# A resignation rumoured or only near: "rumours that the mayor would resign", "speculation the minister may
# step down", "was about to resign", "is preparing to step down", "is considering resigning" (one announced
# for a day, "will step down in May", is the change to come)
_RESIGNATION_NOT_YET = re.compile(
    r"\b(rumou?rs?|speculation|gossip|whispers)\b[^.;:]{0,80}?\b(would|could|might|may|will|was\s+going\s+to"
    r"|(is|was|were|are)\s+(about|poised|preparing|planning|ready)\s+to)\s+(soon\s+)?(resign|step\s+(down|aside)|quit)\b"
    r"|\b(is|was|were|are)\s+(about|poised|preparing)\s+to\s+(resign|step\s+(down|aside)|quit)\b"
    r"|\b(is|was|were|are)\s+(considering|contemplating|mulling|weighing)\s+(resigning|stepping\s+(down|aside)|quitting)\b",
    re.IGNORECASE,
)


def _new_cases_found(text: str) -> bool:
    """Whether the sentence tells of new cases found before any dead it counts ("two of them died" after the
    cases leaves them the news; "12 died among 40 new cases found" is a toll)."""
    found = _NEW_CASES_FOUND.search(text)
    return found is not None and not _DEATH_WORDS.search(text[: found.start()])


# Blame laid: the fault, then on whom or for what ("blamed lax inspectors for the fire", "blamed it on the
# weather", "blamed the collapse of the bridge on lax inspections"); a participle followed at once by a
# preposition is passive, with no speaker ("a driver blamed for the crash was jailed for five years",
# "was blamed by investigators for", "a storm blamed on climate change")
_BLAME_LAID = (
    r"blam(e|es|ed|ing)\s+(?!(for|on|by)\b)(([\w’'\"“”-]+\s+){1,10}?for\b|(it|this|that|them)\s+on\b"
    r"|(the|a|an|his|her|its|their|these|those|[\w-]+[’']s)\s+([\w’'\"“”-]+\s+){0,8}?on\b)"
)
# A public body's leave, told as the sentence's subject: "Approval by the health ministry for the trial
# of the vaccine", "the go-ahead from the planning authority" (a plan cleared is a policy, as "approved
# plans for" is; a family's or shareholders' consent is none)
_PUBLIC_APPROVAL = re.compile(
    r"^\W*(the\s+)?(approval|authori[sz]ation|go-ahead|permission|clearance)\s+(by|from)\s+(the\s+)?[^.;:]{0,40}?"
    r"\b(agency|ministry|department|regulators?|government|council|authorit(y|ies)|commission|administration"
    r"|(?-i:[A-Z]{2,5}))\b",
    re.IGNORECASE,
)
# A holder leaving or taking up an office in words the leadership triggers leave out: "the chairman is to
# stand down in May", "she stood down as party leader", "took over as coach" ("troops were ordered to stand
# down" is an alert ended, no office left)
_LEAVES_OFFICE = re.compile(
    r"\b(is|are|was|were|will|would)\s+(to\s+)?stand\s+down\b(?!\s+(troops|forces|units))"
    r"|\b(stood|stand|stands|standing)\s+down\s+as\b|\btook\s+over\s+as\b"
    # "The defence minister quit on Sunday", "quit as party leader", "quit her post": an office left ("quit
    # smoking", "quit the talks" leave no office; "nurses quit their jobs" is staff leaving, and only an
    # office noun makes "their" holders' leaving)
    r"|\b(?<!\bto\s)quit(s|ting)?(\s+(as|on|yesterday|today|abruptly|suddenly|last|this|earlier|in\s+protest)\b"
    r"|\s+(his|her)\s+(post|job|position|role|office|seat|cabinet\s+post)\b|\s+their\s+(posts|offices|seats"
    r"|cabinet\s+posts)\b|\s*[,.;]|\s*$)"
    # "The president swore in the new cabinet", "swearing in two ministers": an office given
    r"|\b(swore|swears|swearing)\s+in\s+(the\s+|a\s+|his\s+|her\s+|its\s+|two\s+|three\s+|\d+\s+)?(new\s+)?"
    r"([\w-]+\s+){0,2}?(cabinet|government|ministers?|prime\s+minister|president|governor|judges?|members|officials)\b",
    re.IGNORECASE,
)
# Reproach in words as the main verb: "slams the three firms", "blasted the budget as a betrayal", "lambasted
# the board", "hit out at the regulator", "rebuked the envoy" ("slammed into a wall" and "blasted the rock
# away" are blows; "blasted" only with what it called its target or why)
_REPROACH = re.compile(
    # (in the active voice only: "was lambasted by lawmakers", "is getting blasted" tell what befell the
    # target, who said nothing)
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bget\s)"
    r"(?<!\bgot\s)(?<!\bgetting\s)(?<!\bpublicly\s)(?<!\bsharply\s)(?<!\broundly\s)(?<!\bwidely\s)"
    r"\b(slam(s|med|ming)?\b(?!\s+(into|on|shut|the\s+door|the\s+brakes)\b)|lambast(s|ed|ing)?|rebuk(e|es|ed|ing)"
    r"|berat(e|es|ed|ing)|chid(e|es|ed|ing)|castigat(e|es|ed|ing)|excoriat(e|es|ed|ing)|(hit|hits|hitting)\s+out\s+at"
    r"|blast(s|ed|ing)?\s+(\w+[’']s\s+|the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?([\w-]+\s+){0,3}?(as\s+"
    r"|for\s+(its|his|her|their|the|a|an|being|not|failing|[a-z]+ing)\b|over\s+(its|his|her|their|the)\b)"
    # "The mayor blamed lax inspectors for the fire", "blamed it on the weather", "executives traded
    # blame", "tried to shift the blame": fault laid on another is an accusation put on the record
    # "the president blamed the collapse of the bridge on lax inspections": the fault laid, then on whom
    rf"|{_BLAME_LAID}"
    r"|(trade|trades|traded|trading|shift|shifts|shifted|shifting)\s+(the\s+)?blame\b)",
    re.IGNORECASE,
)
# Fault laid on another as the main verb, in the active voice ("was blamed on the weather" tells what befell
# the fault, and no speaker): "blamed the crash on pilot error", "blamed lax inspectors for the fire"
_BLAME = re.compile(
    # ("the firm is to blame for the delay" finds fault, with no speaker)
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bto\s)"
    rf"\b{_BLAME_LAID}",
    re.IGNORECASE,
)


# A protest told by what protesters do, with no word "protest" ("took to the streets", "chanting slogans",
# "blocked the highway to demand higher prices", "gathered outside the ministry, waving placards"; crowds
# out "to celebrate the win" or "to mourn the dead", "chanting the coach's name", make no demand)
_PROTEST_IN_DEED = re.compile(
    r"\btook\s+to\s+the\s+streets\b(?![^.;]{0,60}?\bto\s+(celebrate|mourn|cheer|welcome|honou?r|greet|dance"
    r"|party|pay\s+tribute)\b)"
    r"|\bchant(ed|ing)\s+(slogans|anti-)"
    r"|\bwav(ed|ing)\s+(placards|banners)\b"
    r"|\b(block(ed|ing)|barricad(ed|ing)|occup(ied|ying))\s+(the\s+|a\s+|its\s+)?([\w-]+\s+){0,3}?(roads?|highways?"
    r"|streets?|motorways?|bridges?|ports?|squares?|railway|rail\s+lines?|entrances?|offices|ministry|parliament"
    r"|border\s+crossings?)\b[^.;]{0,60}?\bto\s+(demand|protest|denounce|oppose|press\s+for|call\s+for)\b"
    r"|\b(gathered|massed|assembled)\s+(outside|in\s+front\s+of)\b[^.;]{0,60}?\b(to\s+(demand|protest|denounce"
    r"|oppose|press\s+for|call\s+for)\b|chanting\s+(slogans|anti-)|waving\s+(placards|banners))",
    re.IGNORECASE,
)
# Two heads of government or foreign ministers meeting or talking: "Prime Minister Ana Ruiz will discuss
# the tariffs with President Moll", "foreign ministers will meet at a donor conference in Oslo"
_LEADER = (
    r"(?-i:(Prime\s+Minister|PM|President|Chancellor|Premier|King|Queen|Emir|Foreign\s+Minister|Foreign\s+Secretary"
    r"|Secretary\s+of\s+State))"
)
_LEADERS_MEET = re.compile(
    rf"\b{_LEADER}\b[^.;:]{{0,80}}?\b(will\s+|to\s+|would\s+|is\s+due\s+to\s+|are\s+due\s+to\s+)?(discuss(ed|es)?|meet|met"
    rf"|meets|hold\s+talks|held\s+talks|holds\s+talks)\b[^.;:]{{0,80}}?\b{_LEADER}\b"
    rf"|\b{_LEADER}\b[^.;:]{{0,60}}?\band\s+([\w.-]+\s+){{0,3}}?{_LEADER}\b[^.;:]{{0,60}}?\b(will\s+|to\s+|would\s+)?"
    r"(discuss(ed)?|meet|met|hold\s+talks|held\s+talks)\b"
    # "Two leaders discussed the deal by phone", "both presidents spoke by telephone": leaders counted
    # together, in talks with each other
    r"|\b(two|both)\s+(leaders|presidents|premiers|prime\s+ministers|heads\s+of\s+(state|government)"
    r"|foreign\s+ministers)\s+(later\s+|also\s+|then\s+|have\s+|had\s+|will\s+|would\s+)?(discuss(ed)?|met|meet"
    r"|spoke|speak|talked|talk|held\s+talks|hold\s+talks|conferred)\b"
    r"|\b(foreign|finance|defen[cs]e|trade)\s+ministers\b[^.;:]{0,80}?\b(will\s+|to\s+|would\s+)?(discuss(ed)?|meet|met"
    r"|gather(ed)?|convene[sd]?)\b[^.;:]{0,80}?\b(conference|summit|meeting|talks)\b",
    re.IGNORECASE,
)
# Measures laid on or lifted: "the city lifted all restrictions", "curbs were imposed in May", "tightened
# screening at airports", "eased its travel warning" (a price's or a rule of a game is none)
_MEASURES_CHANGED = compile_gated(
    r"\b(imposed|imposes|impose|lifted|lifts|lift|eased|eases|ease|easing|relaxed|relaxes|relax|tightened|tightens"
    r"|tighten|introduced|reinstated|suspended"
    # ("is expected to extend a curfew on the capital", "renewed the moratorium": a measure kept in force)
    r"|extended|extends|extend|extending|renewed|renews|renew|renewing"
    # ("was stepping up screening at airports", "intensified checks at the border": checks made stricter)
    r"|(stepped|stepping|steps|step)\s+up|intensified|intensifies|intensifying)\s+(all\s+|the\s+|a\s+|its\s+|their\s+"
    r"|new\s+|further\s+|strict\s+|stricter\s+|tougher\s+|temporary\s+|remaining\s+)*([\w-]+\s+){0,2}?"
    r"(restrictions|curbs|controls|screening|checks|testing|inspections|curfews?|quarantines?|lockdowns?"
    r"|moratori(um|ums|a)|travel\s+(warnings?|advisor(y|ies)|bans?)|state\s+of\s+emergency)\b"
    # "said it would start random checks of imported grain", "launched a surveillance programme at the
    # ports": checks begun on what crosses a border or on the public (an engineer's "began checks on the
    # valve" or a firm "testing its engine" is work, no measure)
    r"|\b(start|starts|started|starting|begin|begins|began|begun|beginning|launch|launches|launched|launching"
    r"|introduce|introduces|introducing)\s+(a\s+|the\s+|its\s+|their\s+|new\s+|pilot\s+|national\s+)*"
    r"((random|spot|border|health|customs|temperature)\s+checks|(random\s+|mass\s+|health\s+|border\s+|airport\s+)?"
    r"screening|([\w-]+\s+)?surveillance)\b(?!\s+(camera|footage|video|aircraft|plane|drone|flight)s?\b)"
    # "mobilised a quarter of its stockpile of antiviral drugs", "released oil from its strategic reserve": a
    # state drawing on its reserves for the public
    r"|\b(mobili[sz]ed|mobili[sz]es|mobili[sz]ing|released|releases|releasing|tapped|taps|tapping|opened|opens)\s+"
    r"([\w%,.-]+\s+){0,5}?(of|from)\s+(its|their|the\s+(country|nation|state)[’']s|the\s+national)\s+([\w-]+\s+){0,2}?"
    r"(stockpiles?|reserves?)\b(?!\s+(of\s+)?(cash|capital|currency|gold|funds)\b)"
    # "were easing their warning on travel to the islands", "issued advice against all travel to": a
    # government's advice to travellers, named after the warning
    r"|\b(issued|issues|issuing|lifted|lifts|lifting|eased|eases|easing|raised|raises|raising|extended|extends"
    r"|extending|dropped|dropping|scrapped|withdrew|withdrawn)\s+(an?\s+|the\s+|its\s+|their\s+)?([\w-]+\s+){0,2}?"
    r"(warnings?|advice|advisor(y|ies)|alerts?)\s+(on|against|about)\s+(all\s+)?(non-?essential\s+|unnecessary\s+)?"
    r"travel\b"
    # "The foreign ministry also advised caution over travel to affected areas", "the State Department advised
    # against all but essential travel": a government's advice told by its verb ("doctors advised against
    # travel for pregnant women" is no measure)
    r"|\b(government|ministry|office|department|embassy|authorities)\s+(also\s+|has\s+|had\s+|on\s+\w+\s+)?"
    r"(advised|advises)\s+(caution\s+(over|on|about|in)|against)\s+(all\s+)?(but\s+essential\s+"
    r"|non-?essential\s+|unnecessary\s+)?travel\b"
    r"|\b(restrictions|curbs|controls|curfews?|quarantines?|lockdowns?)(\s+on\s+[\w-]+(\s+[\w-]+)?)?\s+(were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"(imposed|lifted|eased|relaxed|tightened|introduced|reinstated)\b",
    re.IGNORECASE,
)
# Those a toll counts: "40 miners", "the crew", "its peacekeepers"
_TOLL_COUNTS = (
    r"(people|persons|civilians|residents|villagers|passengers|workers|miners|sailors|soldiers|troops|peacekeepers"
    r"|police(men|\s+officers)?|fighters|migrants|children|pupils|students|victims|crew(\s+members)?)"
)
# (up to two words between a count and whom it counts, none of them a relative's "his" or "my": "six of his
# children are missing" is a family's loss told by a relative, no toll)
_NOT_ONES_OWN = r"((?!(his|her|my|our|your)\b)[\w-]+\s+){0,2}?"
# A toll as a speaker gives it: "the death toll", "put the toll at 35", "300 bodies", "up to 90 people may
# have died", "12 of its soldiers are missing" (gated: most sentences asked name no toll)
_TOLL_REPORTED = gated_for_search(
    r"\b(death|casualty)\s+tolls?\b|\bput\s+the\s+toll\s+at\b"
    rf"|\b{_COUNTED}\s+([\w-]+\s+){{0,2}}?(bodies|corpses)\b"
    rf"|\b{_COUNTED}\s+{_NOT_ONES_OWN}{_TOLL_COUNTS}\s+(had\s+|have\s+|has\s+)?"
    r"((might|may|could|would|are\s+feared\s+to|were\s+feared\s+to)\s+have\s+)?"
    r"(died|been\s+killed|were\s+killed|are\s+dead|were\s+dead|perished)\b"
    # "thousands are feared to have died", "hundreds may have perished": a toll estimated, the
    # counted left unnamed as the dead of the story's disaster or fighting
    r"|\b(tens\s+of\s+thousands|hundreds(\s+of\s+thousands)?|thousands|dozens|scores)\s+(more\s+)?"
    r"(had\s+|have\s+)?((might|may|could|are\s+feared\s+to|were\s+feared\s+to)\s+have\s+)?"
    r"(died|been\s+killed|perished)\b"
    rf"|(\b{_COUNTED}\s+{_NOT_ONES_OWN}|\b(its|their)\s+([\w-]+\s+)?){_TOLL_COUNTS}\s+(are|were|remain|remained"
    r"|had\s+been|have\s+been)\s+(still\s+)?missing\b"
    # "had heard of as many as 900 dead", "claimed that 2,000 were dead": the dead counted by an adjective
    # ("30 dead zones", "two dead ends" count none)
    rf"|\b((as\s+many\s+as|up\s+to)\s+)?{_COUNTED}\s+((people|civilians|villagers|residents)\s+)?((were|are|had\s+been"
    r"|have\s+been)\s+)?dead\b(?!\s+(zones?|ends?|batteries|heat|lines?|weight|wood|letters?|stock|calm|cells?))",
    re.IGNORECASE,
)
# Help with skills or craft sent where it is needed: "was sending surgeons and helicopters", "dispatched
# two medical teams", "flew in a field hospital", "is rushing rescuers to the coast" (tents, blankets or
# money sent are supplies, an act of no type; "sent home" or "sent a letter" send no one)
_HELP_SENT = compile_for_search(
    r"\b(send|sends|sending|sent|dispatch|dispatches|dispatched|dispatching|deploy|deploys|deployed|deploying"
    r"|rush|rushes|rushed|rushing|fly|flies|flew|flying)\s+(in\s+)?(an?\s+|the\s+|its\s+|their\s+|more\s+|another\s+"
    r"|extra\s+|additional\s+|further\s+|several\s+|some\s+|(dozens|hundreds|scores|teams)\s+of\s+|\d[\d,]*\s+)*"
    r"([\w-]+\s+){0,2}?(surgeons|doctors|medics|nurses|paramedics|rescuers|firefighters|helicopters"
    r"|((search[\s-]+and[\s-]+)?rescue|relief|medical|surgical|emergency|trauma|firefighting|disaster)[\s-]+(teams?"
    r"|workers|specialists|crews?|units?|personnel|staff)|field\s+hospitals?|hospital\s+ships?)\b"
    # ("sending nurses home", "sent the rescuers back": sent from where they are needed)
    r"(?!\s+(home|away|back)\b)",
    re.IGNORECASE,
)
# What hampers a recovery or a rescue when a hazard is the subject: "storms and high swells slowed the
# salvage", "the hurricane has delayed the relief flights" (the weather alone, "choppy seas delayed a
# vessel", is the work's own setback, and stays untyped)
_HAZARD_HINDERS = re.compile(
    rf"\b{_HAZARDS}(\s+(and|or)\s+([\w-]+\s+)?[\w-]+)?\s+(has\s+|have\s+|had\s+)?(also\s+|again\s+|further\s+)?"
    # ("the gale forced the governor to suspend the plans": the act forced is the news, and is another's)
    r"(slowed|hampered|hindered|delayed|stalled|interrupted|grounded|held\s+up|frustrated)\b",
    re.IGNORECASE,
)
# (an explosion or a blast that kills is as often a bomb's as an accident's, and a bombing's toll is an
# attack's: "an explosion at a crowded market killed 30" is left to the toll)
_NO_BLAST = r"(?!(explosions?|blasts?)\b)"
# A disaster told with its toll, in the past, the happening's noun the subject of the killing: "the mine
# collapse killed six", "an explosion at the plant killed 14", "the fire left 30 dead" (of an accident or a
# hazard, no fighting: a `disaster`, as the type's definition reads). A running toll, "the cyclone has killed
# at least 31", or hazards named bare, "floods killed 12 people in the state on Sunday", count the dead as
# the news: the toll's
_DISASTER_KILLS = compile_for_search(
    r"\b(the|an?|this|that|its|their|last\s+\w+[’']s|[\w-]+[’']s)\s+([\w-]+\s+){0,3}?"
    rf"({_NO_BLAST}{_HAZARDS}|collapses?|cave-ins?|crash(es)?|derailments?|stampedes?|sinking|capsizing|shipwrecks?)"
    r"(\s+(in|of|at|on|near|off|aboard)\s+[^.;:,]{1,50}?)?\s+(also\s+)?"
    rf"(killed|left)\s+(an\s+estimated\s+|as\s+many\s+as\s+|up\s+to\s+)?{_COUNTED}"
    # ... and in the passive, the dead counted first: "eleven workers were killed by the collapse",
    # "14 miners died in the collapse of the shaft"
    rf"|\b{_COUNTED}\s+[^.;:,]{{0,60}}?\b(were|was)?\s*(killed|died|perished)\s+(in|by)\s+"
    rf"(the|an?|its|their)\s+([\w-]+\s+){{0,4}}?({_NO_BLAST}{_HAZARDS}|collapses?|cave-ins?|crash(es)?|derailments?|stampedes?"
    r"|sinking|capsizing|shipwrecks?)\b",
    re.IGNORECASE,
)
# Who a case is: people, young or old, travelling, studying or living somewhere
_PEOPLE_NOUNS = (
    "man men woman women boy boys girl girls child children baby infant person people tourist tourists "
    "traveller travellers traveler travelers passenger passengers student students pupil pupils resident "
    "residents patient patients driver drivers visitor visitors"
).split()
# ... its people named by what they do, singular or plural ("a nurse", "two farmers")
_CASE_PERSONS = alternatives(
    {
        *_PEOPLE_NOUNS,
        *(w.lower() for w in OCCUPATIONS_BEFORE_A_NAME),
        *(w.lower() + "s" for w in OCCUPATIONS_BEFORE_A_NAME),
    }
)
# A case of an outbreak described by who it is: "the newest case is a taxi driver", "the latest patient was
# a 30-year-old nurse", "the first confirmed case is a boy" (a court's case is a dispute, no person; one that
# "involves a director" is about someone)
_CASE_DESCRIBED = compile_for_search(
    r"\b(((newest|latest|new|first|second|third|most\s+recent|last|index)\s+)((confirmed|suspected|probable|known)\s+)?"
    r"|(confirmed|suspected|probable)\s+)"
    # (a case given by its rank or its standing: "the patient was a man who had a knee operation" is a
    # hospital's patient, of no outbreak)
    r"(cases?|patients?|infections?)\s+(is|was|are|were)\s+(an?|two|three|\d+)\s+([\w-]+\s+){0,3}?"
    rf"(\d+-year-olds?|{_CASE_PERSONS})\b",
    re.IGNORECASE,
)
# A resignation refused, denied or ruled out: "rejected calls to step down", "denied reports that she would
# resign", "ruled out resigning", "said he would not quit", "has no intention of stepping down": the words of
# the one in office, who stays
_RESIGNATION_REFUSED = re.compile(
    r"\b(den(y|ies|ied|ying)|reject(s|ed|ing)?|dismiss(es|ed|ing)?|refus(e|es|ed|ing)|rebuff(s|ed|ing)?"
    r"|resist(s|ed|ing)?|brush(es|ed|ing)?\s+(aside|off)|rul(e|es|ed|ing)\s+out|def(y|ies|ied|ying))\s+"
    r"([^.;:]{0,60}?\b(to|that|of|about)\s+([^.;:]{0,30}?\b(would|will|should|must|might|was\s+going\s+to|planned\s+to)\s+)?)?"
    r"(resign(ing|ation)?|step(ping)?\s+(down|aside)|quit(ting)?|stand(ing)?\s+down)\b"
    r"|\b(would|will|could)\s+not\s+(resign|step\s+(down|aside)|quit|stand\s+down)\b"
    r"|\bno\s+(intention|plans?)\s+(of|to)\s+(resign(ing)?|step(ping)?\s+(down|aside)|quit(ting)?)\b",
    re.IGNORECASE,
)
# ... or only demanded: "calls for the chief to resign", "demanded her resignation", "urged the mayor to step
# down" (the demand is the news until the office changes)
_ASKING = (
    r"call(s|ed|ing)?\s+(for|on)|demand(s|ed|ing)?|urg(e|es|ed|ing)|press(es|ed|ing)?\s+for"
    r"|petition(s|ed|ing)?(\s+for)?"
)
_RESIGNATION_DEMANDED = re.compile(
    r"\b("
    + _ASKING
    + r")\b[^.;:]{0,60}?\b(resign(ation)?|step(ping)?\s+(down|aside)|quit|stand\s+down|be\s+(appointed"
    r"|named|sacked|fired|removed|replaced|ousted))\b",
    re.IGNORECASE,
)
# ... as a measure only asked for, the words of asking (`_ASKING`, or a push "for" it or "to" act) a few words
# before it, the measure's own words after ("pressed ahead with a ban", "lobbying by farmers led the ministry
# to lift the ban": no asking, the measure taken)
_ASKED_FOR = re.compile(
    r"\b("
    + _ASKING
    + r"|calls?\s+to|call(ed|ing)\s+to|(press(es|ed|ing)?|pressur(e|ed|es|ing)|lobb(y|ies|ied|ying)"
    r"|push(es|ed|ing)?|campaign(s|ed|ing)?)\s+(for|(?<!\bpress\s)(?<!\bpressure\s)to"
    # ("pressure to pass the bill may wane": the noun, no one asking)
    r"|(?!(ahead|on|forward|to)\b)([\w’'-]+\s+){1,3}?to)|plead(s|ed|ing)?\s+(for|with)"
    r"|appeal(s|ed|ing)?\s+(for|to))\b"
    # (no act of its own between: "urged residents to stay indoors and imposed a curfew" imposes it; nor a
    # clause of its own: "urged calm as the council imposed a curfew", the measure no object of the asking)
    r"((?!,|\b(and|but|then|before|after)\s+(\w+\s+)?\w+(ed|t)\b|\b(as|while|when|whereas|because|since)\b)"
    r"[^.;:]){0,60}?$",
    re.IGNORECASE,
)


# A verb joined to the one before it, its act the measure found after: "... and had introduced", "... and "
_ACT_JOINED = re.compile(r"\b(and|but|then)\s+(\w+\s+)?$", re.IGNORECASE)
# ... or a deed joined after the measure, in the same sentence: "pushed to get the ban extended and the mayor
# signed the order" (the measure taken; "urged a ban as protests continued" still only asks)
_MEASURE_THEN_DONE = re.compile(
    r"^[^.;:]{0,80}?\b(and|but|then)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:\w{2,}ed|set|put|made|took|gave|brought|began)\b",
    re.IGNORECASE,
)


# ... or the measure as one of a list of things asked for, after a comma: "lined up to demand the firm pay for
# lost income, a ban on logging and new parks" (the comma opens the list's next noun phrase, no clause). The
# find must be the measure's noun itself and no verb may come between the comma and it: "after farmers
# demanded help, the ministry imposed new curbs" is a main clause's own act after an opening clause
_ASKED_FOR_IN_A_LIST = re.compile(
    rf"\b({_ASKING})\b[^.;:]{{0,80}}?,\s+(an?|the|new|more|tougher|stricter|sweeping)\s+"
    r"((?![\w-]+ed\b|(set|put|made|gave|took|has|have|had|was|were|is|are|will|would)\b)[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# (the measure's noun a list's find starts with)
_MEASURE_NOUN_FIRST = re.compile(
    r"(bans?|moratori(um|ums|a)|curbs?|restrictions?|controls?|limits?|caps?|rules?|regulations?|tax(es)?"
    r"|tariffs?|levy|levies|curfews?|quotas?|sanctions?|embargo(es)?|lockdowns?)\b",
    re.IGNORECASE,
)


def _measure_only_demanded(text: str) -> bool:
    """Whether every find of the policy trigger in a sentence is a measure asked for (`_ASKED_FOR` before
    it)."""
    families = possible_families(text.lower())
    finds = [m for t in TRIGGERS if t.event_type == "policy" for m in t.finditer(text, families)]
    return (
        bool(finds)
        and all(
            (
                _ASKED_FOR.search(text[max(0, f.start() - 80) : f.start()])
                or (
                    _MEASURE_NOUN_FIRST.match(f.group())
                    and _ASKED_FOR_IN_A_LIST.search(text[max(0, f.start() - 120) : f.start()])
                )
            )
            # ("pushing for a commission and had introduced legislation": the measure is an act of its own)
            and not _ACT_JOINED.search(text, max(0, f.start() - 30), f.start())
            and not _MEASURE_THEN_DONE.search(text[f.end() :])
            for f in finds
        )
    )


# A change of office told as done: "resigned on Monday", "was sacked", "stepped down" (a refusal or a demand
# beside it is then its background)
_OFFICE_LEFT_OR_TAKEN = re.compile(
    r"\b(resigned|resigns|stepped\s+(down|aside)|steps\s+down|quit\s+(as|on|in|after)|stood\s+down"
    # ("announced his resignation", "handed in her resignation", "was forced to resign": the change of office
    # made or forced, whatever was refused or demanded before it)
    r"|(announced|announces|handed\s+in|hands\s+in|tendered|submitted|offered)\s+(his|her|their)\s+resignation"
    r"|(was|were|has\s+been|had\s+been)\s+forced\s+(to\s+(resign|step\s+(down|aside)|quit|stand\s+down)|out)"
    r"|(was|were|has\s+been|had\s+been)\s+(appointed|named|sacked|fired|ousted|removed|replaced|sworn\s+in))\b",
    re.IGNORECASE,
)
_DENIES = re.compile(r"\bden(y|ies|ied|ying)\b", re.IGNORECASE)
# Two leaders' words after their meeting: "the two presidents said after talks in Lisbon", "President Moll
# and Prime Minister Ruiz, in a joint statement after their meeting", "both leaders pledged at the summit",
# "the two leaders told a joint news conference":
# the meeting is the news, their words its outcome
_LEADERS_WORDS_AFTER_MEETING = re.compile(
    r"\b(the\s+two|both)\s+(leaders|presidents|prime\s+ministers|premiers|chancellors|foreign\s+ministers"
    r"|heads\s+of\s+(state|government))\b[^.;:]{0,100}?\b(after|following|during|at|in|told)\s+(their\s+|the\s+|a\s+)?"
    r"([\w-]+\s+){0,2}?(talks|meeting|summit|visit|joint\s+(statement|declaration|news\s+conference"
    r"|press\s+conference))\b"
    # (two leaders named need talks or a summit: "after a cabinet meeting" is one government's)
    rf"|\b{_LEADER}\b[^.;:]{{0,60}}?\band\s+([\w.-]+\s+){{0,3}}?{_LEADER}\b[^.;:]{{0,100}}?\b(after|following|during"
    r"|at|in|told)\s+(their\s+|the\s+|a\s+)?([\w-]+\s+){0,2}?(talks|summit|joint\s+(statement|declaration"
    r"|news\s+conference|press\s+conference))\b",
    re.IGNORECASE,
)


def _no_change_of_office(text: str) -> bool:
    """Whether a sentence the leadership triggers typed only refuses, denies or demands a resignation or an
    appointment, with no change of office told as done outside those words ("resigned on Monday after weeks of
    calls to step down" is the resignation)."""
    words = [m.span() for p in (_RESIGNATION_REFUSED, _RESIGNATION_DEMANDED) for m in p.finditer(text)]
    if not words:
        return False
    return not any(
        not any(a <= done.start() < b for a, b in words) for done in _OFFICE_LEFT_OR_TAKEN.finditer(text)
    )


# Who or what will act, named after a verb of saying or at the head of the sentence: "it", "they", "the
# firm", "a third vessel", "Kolvent" (a person, "he would", "she will", is left to the remarks: a person's
# intent is as often a view as a deed; no word of the name is a pronoun: "the work they are due to start" is
# what they will do, named as a thing)
_NOT_A_NAME = r"(?!(it|they|we|he|she|i|you|that|this|these|those|there|what|which|who)\b)"
_ACTOR_AHEAD = (
    r"(?P<actor>it|they|we|(the|a|an|its|their)\s+("
    + _NOT_A_NAME
    + r"[\w’'-]+\s+){0,3}?"
    + _NOT_A_NAME
    + r"[\w’'-]+|(?-i:[A-Z])"
    + _NOT_A_NAME
    + r"[\w&.’'-]+(\s+(?-i:[A-Z])[\w&.’'-]+){0,3})"
)
# ... and the future it is given, up to the verb of the act: "would", "will", "is to", "plans to", with any
# adverb between ("will actually work", "would inevitably claim")
_FUTURE_AHEAD = (
    r"\s+(would|will|(is|are|was|were)\s+(to|due\s+to|set\s+to|going\s+to|expected\s+to)|plans?\s+to|planned\s+to"
    r"|intends?\s+to|aims?\s+to)\s+((also|now|soon|then|first|again|\w+ly)\s+)?(?P<verb>[a-z-]+)\b"
)
_ACT_AFTER_SAYING = re.compile(
    r"\s+((on\s+)?(\w+day|yesterday|today|tonight)\s+|(on\s+)?(?-i:[A-Z][a-z]+)\s+\d{1,2}\s+)?(that\s+)?"
    + _ACTOR_AHEAD
    + _FUTURE_AHEAD,
    re.IGNORECASE,
)
_ACT_BEFORE_SAYING = re.compile(r"\W*" + _ACTOR_AHEAD + _FUTURE_AHEAD, re.IGNORECASE)
# The verbs after "would" or "will" that tell no act: being and having, a state that goes on or changes by
# itself, a view, an intent still open, working with others, words ("said it would be weeks", "said the heat
# would hurt tourism", "said it would consider the offer", "said it would co-ordinate with other agencies")
_NO_ACT_AHEAD = frozenset(
    """be been have has remain stay continue last take need needs cost mean make help hurt harm affect
    depend rely seem appear look like want wish hope prefer expect rise fall increase decrease grow drop
    decline climb come happen work change get go do say tell know think believe see find feel keep face
    suffer struggle benefit lead result prove become not never no probably likely certainly only still
    always soon consider review study examine monitor watch assess discuss seek ask urge call warn
    insist argue claim accept reject welcome support oppose respect comply defend fight push press
    pursue stand stick wait decide determine learn ensure weigh explore evaluate talk speak comment
    respond reply answer regret apologise apologize defy resist refuse deny plan co-ordinate coordinate
    cooperate co-operate collaborate die hold
    show reveal indicate demonstrate confirm""".split()
)
# A hazard or an illness named as who will act: "the storm", "a new strain of the virus"
_HAZARD_ACTOR = re.compile(rf"\b({_HAZARDS}|{_DISEASES}|outbreak|epidemic|pandemic)$", re.IGNORECASE)
# A sum straight after the verb, past any particle or hedge: "aside $2bn", "an additional 40m euros", "a $5bn
# deposit"
_SUM_NEXT = re.compile(
    r"\s*((aside|out|up|over)\s+)?((a|an|another|additional|further|more\s+than|up\s+to|nearly|about|almost|some)\s+)*"
    r"([$£€¥]\s?\d|\d[\d,.]*\s*(million|billion|bn|m|trillion)\b)",
    re.IGNORECASE,
)
# The verbs of a step in a case that one side takes: "said it would appeal", "will sue the operator"
_STEPS_OF_A_CASE = frozenset("appeal sue prosecute charge indict countersue".split())
# Money handed over that a pledge names no sum of ("said it will pay all costs" is a promise, "will pay
# $360m for the barriers" the payment)
_PAYING = frozenset("pay cover bear foot meet honour honor".split())
_SUM = re.compile(r"[$£€¥]\s?\d|\b\d[\d,.]*\s*(million|billion|bn|m|trillion)\b", re.IGNORECASE)
# Whoever reports for another: "sources familiar with the talks said", "the paper said" (the set's
# conventions: another's plan passed on is a claim, left to the triggers)
_PASSED_ON = re.compile(r"\b(sources?|paper|newspaper|magazine|report|reports|reported)\b", re.IGNORECASE)


def _type_of_act_announced(text: str) -> str | None:
    """The type of the act a sentence typed as remarks tells as its news: what the one who speaks will do
    itself, after the verb of saying ("The union said on Monday it would appeal") or before it ("It will
    sell the plant, the firm said"). Another's act counts only as a sum it hands over ("said the lender
    would pay a $5bn deposit"): what else another will do, or a hazard, is a forecast or one side's claim
    about another ("said the river would flood the town", "said the government would sack the governor").
    None when the verb after the future tells no act (`_NO_ACT_AHEAD`), the words are quoted or passed on,
    or the act is of no type of its own, set for no day and names no sum (the remarks stay remarks rather
    than an untyped act)."""
    speech = SPEECH.search(text)
    if speech is None or text.lstrip()[:1] in "\"“‘'" or _PASSED_ON.search(text, 0, speech.end()):
        return None
    after = _ACT_AFTER_SAYING.match(text, speech.end())
    before = _ACT_BEFORE_SAYING.match(text) if text.rfind(",", 0, speech.start()) > 0 else None
    # ("it will sell the plant, the firm said": the clause before is the act only when what follows it is
    # who said so, after a comma)
    if before is not None and before.end() > speech.start():
        before = None
    found = after or before
    if found is None or found["verb"].lower() in _NO_ACT_AHEAD:
        return None
    clause = text[found.start() :] if found is after else text[: speech.start()]
    rest = text[found.end() :] if found is after else text[found.end() : speech.start()]
    # (another's act is made known only as a sum handed over, its object: "said the lender would pay a
    # $5bn deposit"; a forecast or a claim about another, "said the government would sack the governor",
    # names none)
    if found["actor"].lower() != "it" and (_HAZARD_ACTOR.search(found["actor"]) or not _SUM_NEXT.match(rest)):
        return None
    if found["verb"].lower() in _PAYING and not _SUM.search(rest):
        return None
    if found["verb"].lower() in _STEPS_OF_A_CASE:
        return "legal"
    told = _type_of_plain_act(clause, clause)
    # (an act of no type of its own leaves the remarks remarks, even with its day set: "The school said on
    # Thursday it would close early on Friday" typed `other` read as something done on Thursday; the plan's
    # own day is the planned event's)
    return None if told in ("statement", "other") else told


# An inquiry opened by those who bring cases, named as its subject: "prosecutors had opened an investigation
# into the port authority", "police have begun a probe", "detectives are investigating the owners" (the legal
# trigger reads only an inquiry named criminal, civil or for fraud; a regulator's or a paper's inquiry is no
# case)
_CASE_INQUIRY_OPENED = re.compile(
    r"\b(prosecutors?|police|detectives|attorneys?[\s-]general|justice\s+(department|ministry)|(?-i:FBI))\b"
    r"(\s+(in|of|from)\s+[^.;:,]{1,30}?)?\s+((have|has|had)\s+)?(now\s+|also\s+|already\s+)?((launched|opened|began|begun"
    r"|started|initiated)\s+(an?\s+|the\s+)?([\w-]+\s+){0,2}?(investigation|inquiry|probe)"
    r"|(are|is|were|was|have\s+been|had\s+been)\s+(now\s+|also\s+)?investigating)\b",
    re.IGNORECASE,
)
# Bodies counted by those who recover or bury them: "authorities have buried 40,000 bodies", "crews pulled
# 200 bodies from the rubble" (a toll, as "300 bodies had been recovered" told through a speaker is)
_BODIES_COUNTED = compile_for_search(
    rf"\b(buried|recovered|retrieved|collected|pulled|dug\s+out|found|counted)\s+{_COUNTED}\s+([\w-]+\s+){{0,2}}?"
    r"(bodies|corpses)\b",
    re.IGNORECASE,
)
# Rain or snow that set off a disaster: "heavy rain triggered landslides across the valley", "days of
# downpours caused flash floods" (rain alone, "rain halted play", is no disaster)
_RAIN_SETS_OFF = re.compile(
    r"\b(rains?|rainfall|downpours?|snow|snowfall|snowmelt|storms?)\s+((has|have|had)\s+)?(triggered|caused|sparked"
    r"|set\s+off|unleashed|brought)\s+([\w-]+\s+){0,3}?(landslides?|mudslides?|floods?|flooding|avalanches?)\b",
    re.IGNORECASE,
)


# A hazard's cost reported: "said the hurricane caused losses of more than $5bn" (the insurer's count of
# money, no stage of the hazard's course)
_LOSSES_CAUSED = compile_for_search(
    r"\b(caused|cost)\b[^.;:]{0,40}?(\blosses\b|[$£€¥]\s?\d|\b\d[\d,.]*\s*(million|billion|bn|m)\b)",
    re.IGNORECASE,
)


# A hazard that those who watch for it found, sighted or confirmed at a place: "inspectors confirmed a gas
# leak six miles from the port", "rangers reported the 'first sighting' of a blaze near the ridge", "officials
# detected a fire at the plant". The hazard is the bare object with a physical sign of what leaks or burns
# before it, or with a place or a distance after it: "a leak in the pension fund", "a drought in lending",
# "found the new production slick" are figures; "confirmed the leak had been plugged" tells another act of
# it, "found no leak" none
_SIGHTED_AT = (
    r"\s+(near|off|at|along|around|outside|close\s+to|(about\s+|some\s+|nearly\s+|just\s+)?(\d[\d.,]*|"
    + alternatives(CARDINALS)
    + r")[\s-]+(miles?|kilomet(re|er)s?|km|metres?|meters?|yards?|feet)\b)"
)
_HAZARD_SIGHTED = re.compile(
    r"\b(confirmed|reported|spotted|sighted|detected|found|discovered|observed)\s+(?!no\b|any\b)"
    r"(an?\s+|the\s+|another\s+|new\s+|more\s+)?([“”\"']?(first|new|latest)\s+)?"
    r"(sightings?[\"”’']?\s+of\s+(an?\s+|the\s+)?(new\s+)?)?"
    r"(((fuel|gas|chemical|toxic|radioactive|sewage|ammonia|chlorine)\s+(leaks?|spills?|fires?|explosions?))\b"
    rf"|{_HAZARDS}\b(?={_SIGHTED_AT}))",
    re.IGNORECASE,
)


def _hazard_sighted(text: str) -> bool:
    """Whether the sentence's main clause tells a hazard found, sighted or confirmed (`_HAZARD_SIGHTED`) by
    its own subject, after the sentence's start or a comma that closes an opening phrase, with no word of a
    subordinate or relative clause nor a verb of saying between: the hazard is the news, its finders how it
    became known."""
    # (a finding passed on by a speaker, "a worker said a camera spotted a leak", is his account of it)
    return any(
        _led_by_own_subject(text, found.start()) and SPEECH.search(text[: found.start()]) is None
        for found in _HAZARD_SIGHTED.finditer(text)
    )


def _hazard_reported(text: str) -> bool:
    """Whether the clause a verb of saying reports tells a hazard at work or a stage of a disaster's course,
    at its head ("officials said the flood has since covered a third of the province"): a happening reported
    through a speaker is the happening."""
    speech = SPEECH.search(text)
    if speech is None:
        return False
    reported = text[speech.end() :]
    if _LOSSES_CAUSED.search(reported):
        return False
    for pattern in (_HAZARD_AT_WORK, _DISASTER_COURSE, _RAIN_SETS_OFF):
        found = pattern.search(reported)
        # (the hazard heads the reported clause's subject: "said the cost of dealing with the flood had
        # reached $4bn" tells a cost)
        if found is not None and _SUBJECT_HEAD_BEFORE.fullmatch(reported[: found.start()]):
            return True
    return False


# What may stand before the head of a reported clause's subject: a day, "that", a determiner and up to three
# words that are no preposition ("said on Monday that the swollen flood", "said tropical storm Alex")
_SUBJECT_HEAD_BEFORE = re.compile(
    r"\s*(,\s*)?((on\s+)?(\w+day|yesterday|today|tonight)\s+)?(that\s+)?(the\s+|an?\s+|its\s+|their\s+)?"
    r"((?!(of|with|for|in|from|about|on|to|by|at|over|after|since|when|while|as|if|whether|because)\b)[\w’'-]+\s+)"
    r"{0,3}",
    re.IGNORECASE,
)


# The disaster trigger, which a title is asked again: a title it finds nothing in tells no disaster's act
_DISASTER_TRIGGERS = tuple(t for t in TRIGGERS if t.event_type == "disaster")
# What a title must say to keep a disaster it tells by no trigger's verb: a hazard, an outbreak's sick or
# dead, or a spill's matter come ashore ("The slick continued to grow", "two new cases confirmed were
# adults", "the agency says 1,490 people have contracted the virus"), or a verb of striking or giving way; a
# hazard after a word of time, cause or topic ("before the blast", "while investigating the explosion",
# "relating to a refinery explosion") is another act's circumstance
_DISASTER_IN_A_TITLE = re.compile(
    rf"\b({_HAZARDS}|depressions?|pandemic|virus|cases|infections?|infected|diagnosed"
    r"|contracted|succumbed|tested\s+positive|deaths?|killed|died|dead|homeless|displaced|missing|injured|trapped"
    r"|rescued|survivors|slick|ashore|landfall"
    # (what strikes or gives way is the disaster, whatever the title calls it: "the country's worst in two
    # centuries struck at noon", "the tanker hit a reef")
    r"|struck|strikes|hit|hits|sank|sunk|capsized|ran\s+aground|exploded|erupted|collapsed|crumbled|burst|crashed)\b",
    re.IGNORECASE,
)
# The words before a hazard that make it another act's time, cause or topic, a few words of its own between
_BACKGROUND_BEFORE = re.compile(
    r"\b(before|after|following|since|from|followed|during|investigating|into|about|over|than|amid|despite"
    r"|(relating|related|linked|compared)\s+(to|with))"
    r"\s+([\w.’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# The sick of an outbreak told anywhere in the sentence, which a title cut short may leave out ("the ministry
# said it was likely that ten pupils had contracted the virus"): the outbreak's news
_OUTBREAK_NEWS = re.compile(
    r"\b(contracted|infected|diagnosed|tested\s+positive|confirmed\s+cases?|new\s+cases?)\b"
    # ("after the three cases of the fever confirmed yesterday": the count's day is the event's)
    r"|\bcases\b[^.;:]{0,30}?\bconfirmed\b",
    re.IGNORECASE,
)
# A hazard named with its own day ("the 2004 tsunami", "Tuesday's earthquake", "hurricanes in 2008", "the
# April 20 explosion"): dating gives the event that day, the disaster's, so the event is the disaster however
# the main clause goes on
_DATED_HAZARD = re.compile(
    rf"\b(\d{{4}}|{'|'.join(MONTH_NAMES)}|{'|'.join(WEEKDAY_NAMES)})\b([’']s)?\s+(\d{{1,2}}\s+)?([\w’'.-]+\s+){{0,4}}?"
    rf"{_HAZARDS}\b|\b{_HAZARDS}\b[^.;:,]{{0,40}}?\b(in|on|of|last)\s+(\d{{4}}|{'|'.join(MONTH_NAMES)}"
    rf"|{'|'.join(WEEKDAY_NAMES)})\b"
    # ("two months after a blast at the mill killed four": the hazard's day counted back from the event's)
    rf"|\b(days?|weeks?|months?|years?)\s+(after|since|before)\s+(the|an?)\s+([\w’'-]+\s+){{0,3}}?{_HAZARDS}\b",
    re.IGNORECASE,
)
# A title made of the disaster alone, its day the mention's ("The earthquake took place", "The leak began")
_DISASTER_ALONE = re.compile(r"\b(took\s+place|began|happened|occurred)\s*$", re.IGNORECASE)


# A wound or a killing of no one: harm done, as a figure, to a plan, an office, a bid or a name ("wounded his
# second term", "badly injured the coalition's standing", "killed off the reform"), the noun the last word of
# the object ("killed three market traders", "injured two party officials": people of a trade or a party)
_WOUND_OF_SPEECH = re.compile(
    r"\b(wounded|injured|hurt|killed(\s+off)?|maimed)\s+(the\s+|an?\s+|his\s+|her\s+|its\s+|their\s+|[\w.-]+[’']s\s+)?"
    # (no "of" in the gap: "killed the head of sales" kills a person, the trade noun no head of the object)
    r"((?!of\b)[\w’'-]+\s+){0,2}?(terms?|presidency|premiership|tenure|campaign|bid|candidacy|chances|hopes|bill|plans?|reforms?"
    r"|deal|talks|process|coalition|government|administration|party|reputation|credibility|standing|image|brand"
    r"|career|legacy|pride|economy|recovery|prospects|case|cause|agenda|policy|budget"
    # (a trade's year or a living lost: "the storm killed the oyster season", "will kill the industry")
    r"|seasons?|industry|industries|tourism|trade|business|businesses|jobs|livelihoods?|sales|market|demand)\b"
    r"(?=\s*([,.;:!?\"”’)]|$)|\s+(\w+ly|before|after|in|on|at|for|of|to|and|or|but|with|by|as|when|while|this"
    r"|last|next|that|which|off|outright|altogether|forever|again|too|among|across|over|beyond|further|more|even|so"
    r"|already|now|then|from|during|since|until|amid|because)\b)",
    re.IGNORECASE,
)


# The types of deeds, which a trigger's verb or noun gives (not the words of speakers)
_DEED_TYPES = frozenset(t.event_type for t in TRIGGERS) - {"claim", "denial", "statement", "other"}
# A relative clause set apart by commas, who someone or what something is: ", who has sued the firm twice,"
_RELATIVE_ASIDE = re.compile(r",\s+(who|whom|whose|which)\b[^,;:.]{3,120}?,")


def _deed_only_in_a_relative_aside(event_type: str, text: str, title: str) -> bool:
    """Whether every find of the triggers of `event_type` in a sentence lies in a relative clause set apart
    by commas (`_RELATIVE_ASIDE`), and the event's title, its own clause, names none of them."""
    families = possible_families(text.lower())
    kind = [t for t in TRIGGERS if t.event_type == event_type]
    finds = [m for t in kind for m in t.finditer(text, families)]
    asides = [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(text)]
    if not finds or not asides or len(title.split()) < 4:
        return False
    if not all(any(a <= f.start() < b for a, b in asides) for f in finds):
        return False
    return not any(t.finditer(title, possible_families(title.lower())) for t in kind)


# The dead or hurt named in an aside that tells who someone is: a relative clause of whose ("whose son was
# among the dead", "whose brother was killed in the raid") or an apposition of one of them (", one of the nine
# miners killed in the blast,")
_DEAD_IN_AN_ASIDE = re.compile(
    r"\bwhose\s+((?!(was|were|is|are|had|has|have)\b)[\w’'-]+\s+){1,3}?(was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(also\s+|\w+ly\s+)?(among\s+the\s+(dead|victims|injured|wounded|missing)|killed|died|dead|wounded"
    r"|injured)\b"
    r"|,\s+(one|two|three|four|five|six|seven|eight|nine|ten|some|many|several|most)\s+of\s+the\s+[^,;.]{0,40}?"
    r"\b(killed|dead|died|victims|wounded|injured)\b[^,;.]{0,60},",
    re.IGNORECASE,
)

# The dead told by a clause's own words: "recovered 12 bodies", "the dead were buried", "the death toll rose"
_DEAD_OF_THE_CLAUSE = re.compile(
    r"\b(bod(y|ies)|corpses?|remains|the\s+dead|death\s+toll|toll|dead|deaths|victims)\b", re.IGNORECASE
)


def _dead_only_in_an_aside(text: str) -> bool:
    """Whether every find of the casualties triggers in a sentence lies in an aside that tells who a person
    is (`_DEAD_IN_AN_ASIDE`), with more of the sentence after it."""
    families = possible_families(text.lower())
    finds = [m for t in TRIGGERS if t.event_type == "casualties" for m in t.finditer(text, families)]
    asides = [
        (m.start(), m.end()) for m in _DEAD_IN_AN_ASIDE.finditer(text) if len(text[m.end() :].split()) > 2
    ]
    outside = "".join(
        text[b:e]
        for b, e in zip([0, *(b for _, b in asides)], [*(a for a, _ in asides), len(text)], strict=True)
    )
    if _DEAD_OF_THE_CLAUSE.search(outside):
        # ("Divers recovered nine bodies, some of the 30 crew lost in the storm, from the hull": the clause
        # counts the dead the aside tells of)
        return False
    return bool(finds) and bool(asides) and all(any(a <= f.start() < b for a, b in asides) for f in finds)


def _only_wounds_of_speech(text: str) -> bool:
    """Whether every find of the casualties triggers in a sentence lies in a wound of speech."""
    families = possible_families(text.lower())
    finds = [m for t in TRIGGERS if t.event_type == "casualties" for m in t.finditer(text, families)]
    figures = [(m.start(), m.end()) for m in _WOUND_OF_SPEECH.finditer(text)]
    return bool(finds) and all(any(a <= f.start() < b for a, b in figures) for f in finds)


# The words before a verb that make its act one that did not happen: "would have fired", "should not have
# resigned", "could have been sacked"
_UNREAL_PAST = re.compile(
    r"\b(would|could|should|might|must)(n[’']t)?\s+(not\s+|never\s+)?have\s+(been\s+)?(\w+ly\s+)?$",
    re.IGNORECASE,
)


def _only_offices_unchanged(text: str) -> bool:
    """Whether every find of the leadership triggers in a sentence is a change of office told in the unreal
    past ("would have fired", "should have resigned")."""
    families = possible_families(text.lower())
    finds = [m for t in TRIGGERS if t.event_type == "leadership" for m in t.finditer(text, families)]
    return bool(finds) and all(_UNREAL_PAST.search(text[: f.start()]) for f in finds)


# A body that speaks for itself, named before its verb of saying: an organisation's name ending in the word of
# its kind or written in capitals ("Kestrel Air", "Norvik Holdings Plc", "NASA"), or a body's head noun ("the
# interior ministry", "the company"); a spokesman for one speaks for it ("a spokeswoman for the airline")
_BODY_NOUNS = (
    r"ministry|department|agency|government|administration|authority|authorities|council|commission|company|firm"
    r"|group|airline|carrier|operator|utility|bank|lender|insurer|carmaker|manufacturer|maker|retailer|army"
    r"|military|navy|coastguard|police|force|forces|service|office|board|regulator|court|union|embassy|cabinet"
    r"|municipality|county|province|city|state|organi[sz]ation|charity|corporation|companies|governments"
)
# The head of a subject who can give words to others: a pronoun, people named by what they do ("the
# fishermen", "strikers", "lawyers for the port"), an office (`SPEAKER_ROLES`) or a body (`_BODY_NOUNS`)
# ("the disagreements", "low interest rates", "the dispute between Roe and Lund" give none)
_SPEAKER_HEAD = re.compile(
    r"(he|she|they|we|i|\w+(men|women|ers|ists|ians|ors?)|officials|authorities|police|staff|rebels|unions?|"
    + "|".join(sorted(SPEAKER_ROLES))
    + "|"
    + _BODY_NOUNS
    + r")",
    re.IGNORECASE,
)
# What may stand between a subject and its verb: a time, "have now" ("the relief fund's administrator on
# Wednesday", "the fishermen have now")
_BEFORE_VERB = re.compile(
    r"(\s+(on\s+\w+day|this\s+(morning|afternoon|week)|yesterday|today|have|has|had|now|also|again|already"
    r"|repeatedly|\w+ly|were|was|is|are))*\s*$",
    re.IGNORECASE,
)
# A when-clause after an act: "were briefing reporters on Tuesday when a bomb exploded"
_WHEN_CLAUSE = re.compile(r"\bwhen\b", re.IGNORECASE)


def _speaker_leads(text: str, start: int) -> bool:
    """Whether the subject before `start` (the verb of words given to others) can speak: its head, the last
    word before any phrase of what or where it is ("lawyers for the port", "the head of the agency"), is a
    speaker's (`_SPEAKER_HEAD`), or a name that does not open the sentence ("Jo Roe", not "Inflation")."""
    subject = re.split(r"[,;:]", text[:start])[-1]
    between = _BEFORE_VERB.search(subject)
    subject = subject[: between.start()] if between else subject
    subject = re.split(r"\s(?:of|for|from|in|at|between|with|over|on|about)\s", subject, maxsplit=1)[0]
    words = subject.split()
    if not words:
        return False
    head = words[-1].strip("’'\"“”")
    if re.fullmatch(_SPEAKER_HEAD, head.removesuffix("’s").removesuffix("'s")) is not None:
        return True
    return head[:1].isupper() and (len(words) > 1 or text[:start].strip() != subject.strip())


_BODY_SPEAKS = re.compile(
    r"^\W*((a|an|the)\s+(spokes(man|woman|person)|statement)\s+(for|from)\s+)?"
    r"(?P<body>(the\s+)?((?-i:[A-Z])[\w&.’'-]*\s+){0,4}(?-i:[A-Z])[\w&.’'-]*(\s+(?-i:[A-Z][\w.]*))*"
    r"|the\s+([\w’'-]+\s+){0,3}?(" + _BODY_NOUNS + r"))\s*$",
    re.IGNORECASE,
)
# The word of its kind at the end of an organisation's name, or a name in capitals ("NASA", "BP"): a person's
# name ("Jane Roe said it had ...") leaves "it" another's
_BODY_NAME_END = re.compile(
    r"(\b(" + _BODY_NOUNS + r"|air|airways|airlines|corp|corp\.|inc|inc\.|plc|ltd|llc|ag|sa|co|holdings|group"
    r"|partners|industries|energy|motors|systems|bank|fund|institute|university|agency|ministry|police)"
    r"|(?-i:\b[A-Z]{2,}))$",
    re.IGNORECASE,
)
# Who speak for a body in the plural, taking "they" or "we" for it: "police said they arrested six men",
# "officials said they had closed the road" (residents or witnesses speak for no body)
_BODY_PLURAL = re.compile(
    r"\b(police|officials|authorities|troops|forces|military|army|rescuers|coastguard|investigators|prosecutors"
    r"|engineers|crews|regulators)$",
    re.IGNORECASE,
)
# Titles of those who speak for a company, whose "the company" is their own: "Kolvent's vice-president Jo Roe
# said the company had finished the tests"
_COMPANY_TITLE = re.compile(
    r"\b(chief\s+executive|executive|vice[\s-]president|chairman|chairwoman|chief\s+operating\s+officer"
    r"|managing\s+director|spokes(man|woman|person))\b",
    re.IGNORECASE,
)
# The people a body acts through, or the working means it acts with, as the subject of a deed it tells: "its
# engineers", "their officers", "its new filter system" (its shares, profits or prices are figures that
# change, not doers)
_OWN_MEANS = (
    r"engineers|technicians|divers|crews?|teams?|staff|workers|officers|officials|inspectors|troops|soldiers"
    r"|forces|experts|specialists|doctors|medics|volunteers|rescuers|investigators|agents|lawyers"
    r"|systems?|vessels?|ships?|boats?|aircraft|planes?|helicopters?|robots?|submarines?|pumps?|devices?|equipment"
)
# Of those means, craft and armed forces, whose deeds are accidents or moves of force
_CRAFT_OR_FORCE = re.compile(
    r"troops|soldiers|forces|vessels?|ships?|boats?|aircraft|planes?|helicopters?|submarines?", re.IGNORECASE
)
# After the verb of saying (and whom it was told to, and when), the reported clause led by the speaker again,
# its verb completed and affirmative: "said on Monday it had closed the crossing", "said they arrested six
# men", "said it has recalled 40,000 cars" (no modal, no "not", no "been" of a state or a passive: "said it
# would", "said it had not", "said it had been asked")
_OWN_DEED_TOLD = re.compile(
    r"(said|says|announced|stated|told\s+(reporters|journalists|the\s+press|\w+\s+(radio|television|news\s+\w+)))"
    r"\s+((on\s+)?(\w+day|yesterday|today|tonight)(\s+(morning|afternoon|evening|night))?\s+|earlier\s+(this|last|in\s+the)\s+(week|month)\s+|last\s+week\s+)?"
    r"(that\s+)?(?P<doer>it|they|we|the\s+(?P<head>[\w-]+)"
    # ("said its engineers had replaced the bridge", "said their officers arrested six men": the body's own
    # people or working means, named after its possessive)
    r"|(?P<own>its|their|our)\s+((?!\w+ly\b)[\w-]+\s+){0,3}?(?P<means>" + _OWN_MEANS + r"))"
    r"\s+((?P<aux>has|have|had)\s+)?"
    r"((also|already|now|since|just|\w+ly)\s+)?"
    r"(?P<verb>[a-z]+ed|put|set|sent|shut|cut|began|begun|took|taken|sold|paid|won|bought|built|froze|frozen|drew"
    r"|withdrew|withdrawn|struck|brought|laid|spent|broke|undertook|undertaken)\b(?P<next>\s+\w+)?",
    re.IGNORECASE,
)
# Past verbs that tell no deed of the speaker: a view, a wish or a plan, words, what was seen or learned or
# counted, a state had, a change that befell it, a try or a failure, an offer or an assent (a plan until
# done), how it conducted itself ("had acted", "had complied": a judgement), and the words both verb and
# adjective after "had" ("it had limited funds", "they had mixed views")
_NO_OWN_DEED = frozenset(
    """believed expected hoped wanted wished feared intended planned preferred needed seemed appeared
    remained stayed continued considered reviewed studied examined monitored assessed discussed
    talked spoken asked urged called warned told informed notified reported announced stated noted
    stressed added claimed alleged accused denied disputed rejected refuted welcomed regretted
    apologised apologized accepted acknowledged admitted conceded agreed offered proposed suggested
    promised pledged vowed threatened tried attempted failed managed received recorded registered
    counted estimated calculated learned learnt heard noticed observed detected identified confirmed
    discovered concluded determined decided established understood realised realized suffered faced
    experienced lost earned posted owned contained included involved affected caused lacked
    increased decreased declined dropped climbed doubled tripled jumped slowed improved worsened
    changed mutated spread stabilised stabilized recovered returned waited expected limited mixed
    detailed armed skilled trained qualified advanced varied concerned worried interested pleased
    satisfied disappointed surprised shocked based located used supported opposed backed obtained
    worked doubted questioned wondered assumed presumed suspected anticipated predicted projected guessed
    judged reckoned trusted appreciated liked loved hated regarded deemed viewed
    acted behaved erred reacted responded complied cooperated handled followed respected""".split()
)
# A deed told as done well or by the rules, the speaker's defence of its own part ("said the company safely
# finished the work", "had acted according to industry practice"), or set at a time counted from another
# happening ("20 hours before the blast"): what the speaker answers for, not its news of the day
_OWN_DEED_DEFENDED = re.compile(
    r"\b(safely|properly|correctly|appropriately|lawfully|legally|responsibly|carefully|diligently|fully\s+complied"
    r"|according\s+to\s+(the\s+)?(accepted|standard|industry|established|normal|usual)"
    r"|in\s+(line|accordance|keeping)\s+with)\b"
    r"|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a\s+few)\s+(minutes|hours|days|weeks"
    r"|months|years)\s+(before|after|earlier|prior\s+to)\b"
    # (a deed timed only from another happening, with no number: "began the calls soon after the accident",
    # "has met them weekly since the crash": the speaker's account of what it did, not news of the day)
    r"|\b(soon|shortly|immediately|right|just)\s+after\s+the\b|\bsince\s+the\b",
    re.IGNORECASE,
)


# A day named in words: the saying's own ("said on Sunday") or the deed's ("collected ... on Saturday")
_DAY_NAMED = re.compile(rf"\b({_WEEKDAY_OR_DEICTIC})\b", re.IGNORECASE)


def _told_of_another_day(text: str, found: re.Match[str]) -> bool:
    """Whether the saying has its day and the deed it tells another ("said on Sunday its crews had cleared
    the road on Saturday"): the deed is then a happening of its own day, made from its own clause, and the
    saying stays the body's remark of its day; typed as the deed it would tell the deed twice, once on the
    wrong day."""
    said = _DAY_NAMED.search(text, found.start(), found.start("doer"))
    if said is None:
        return False
    return any(day.group().lower() != said.group().lower() for day in _DAY_NAMED.finditer(text, found.end()))


def _own_deed_reported(text: str) -> re.Match[str] | None:
    """The reported clause of a body's own completed deed, told through its own voice (`_OWN_DEED_TOLD`): the
    doer of the clause is the one who speaks (it, they or we for a body, or the body's head noun again), its
    verb a deed (`_NO_OWN_DEED`) done, not a clause of knowing ("had found that") nor an intent ("had decided
    to"). None for words quoted or passed on, and for a speaker who is a person alone ("Roe said it had")."""
    if text.lstrip()[:1] in "\"“‘'":
        return None
    found = _OWN_DEED_TOLD.search(text)
    if found is None or found["verb"].lower() in _NO_OWN_DEED:
        return None
    after = (found["next"] or "").strip().lower()
    # (a verb taking a clause, "said they doubted it would ...", is a view or words, however it ends)
    if after in (
        "that",
        "to",
        "not",
        "been",
        "by",
        "it",
        "they",
        "he",
        "she",
        "we",
        "there",
        "this",
        "i",
        "you",
    ):
        return None
    if _OWN_DEED_DEFENDED.search(text, found.start("doer")):
        return None
    if _told_of_another_day(text, found):
        return None
    if after.endswith("ly"):
        # (a verb with its manner, "said the company had acted recklessly", "had moved too slowly", is a
        # judgement of how it behaved, not news of a deed)
        return None
    if found["aux"] is None and found["verb"].lower() in ("set", "put", "cut", "shut", "spent"):
        # (bare "they set", "it cut" may be present tense told of what is done as a rule)
        return None
    speaker = text[: found.start()].rstrip(" ,")
    if _PASSED_ON.search(speaker) or speaker.count(",") > 2:
        return None
    # (an apposition after the speaker, "Jo Roe, the firm's vice-president,": the head of the name before it)
    head_span = re.sub(r",[^,]*$", "", speaker) if speaker.endswith(",") else speaker
    # ("police in Tarnow", "the ministry of health": the body before where or of what it is)
    spans = (head_span, re.sub(r"\s+(in|of|at|from)\s+[^,]*$", "", head_span))
    doer = found["doer"].lower()
    if found["own"] is not None:
        # (its or their people or means: the speaker is the body that owns them, "Jo Roe said its crews" no
        # body of his)
        doer = "it" if found["own"].lower() == "its" else "they"
    if doer == "it":
        bodies = [_BODY_SPEAKS.match(span) for span in spans]
        return found if any(b is not None and _BODY_NAME_END.search(b["body"]) for b in bodies) else None
    if doer in ("they", "we"):
        return found if any(_BODY_PLURAL.search(span) for span in spans) else None
    head = (found["head"] or "").lower()
    if not re.fullmatch(_BODY_NOUNS, head):
        return None
    if re.search(rf"\b{re.escape(head)}\b", speaker, re.IGNORECASE):
        return found
    return found if head in ("company", "firm", "group") and _COMPANY_TITLE.search(speaker) else None


def _type_of_own_deed(text: str) -> str | None:
    """The type of a body's own completed deed told through its own voice (`_own_deed_reported`): the one deed
    type its clause's triggers find, else the type the clause's words give (`_type_of_plain_act`), `other`
    for a deed of no type of its own. None when no such deed is told or its words are remarks again."""
    found = _own_deed_reported(text)
    if found is None:
        return None
    clause = text[found.start("doer") :]
    families = possible_families(clause.lower())
    kinds = {t.event_type for t in TRIGGERS if t.event_type in _DEED_TYPES and t.finditer(clause, families)}
    if len(kinds) == 1:
        return next(iter(kinds))
    if kinds:
        return None
    told = _type_of_plain_act(clause, clause)
    if told == "other" and found["means"] is not None and _CRAFT_OR_FORCE.fullmatch(found["means"]):
        # ("the company said its vessels collided in fog", "the army said its troops entered the town": what
        # craft or a force do is an accident or a move of force, whose type the words here miss; `other`
        # would tell the reader less than the speaker's statement)
        return None
    return None if told in ("statement", "claim", "denial") else told
