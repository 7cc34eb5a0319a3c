"""Figures in news text ("more than 150 Chinese citizens", "$3,480", "145 Iran-made Shahed drones").

A figure is a number with what it counts. Figures of one event that count the same kind of thing
("155 Chinese citizens" / "168 Chinese citizens") are compared to show where sources disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from events.extract.patterns import compile_for_search

# Cardinals that news text spells out; dates.py reads "two days ago" with the same table.
CARDINALS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_WORD_NUMBERS = {
    **CARDINALS,
    "dozens": 24,
    "dozen": 12,
    "hundreds": 200,
    "thousands": 2000,
}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
QUALIFIERS = (
    "more than",
    "over",
    "at least",
    "up to",
    "about",
    "around",
    "approximately",
    "nearly",
    "almost",
    "some",
    "fewer than",
    "less than",
    "roughly",
    "an estimated",
    "an additional",
    "another",
)
# Nouns that figures count in conflict and politics reporting (plural forms), after optional modifiers.
COUNTED = (
    "citizens|nationals|people|persons|civilians|soldiers|troops|fighters|recruits|mercenaries|servicemen"
    "|prisoners|captives|pows|men|women|children|casualties|deaths|dead|wounded|injured|killed|refugees"
    "|drones|missiles|rockets|shells|tanks|aircraft|jets|helicopters|vehicles|strikes|attacks|sorties"
    "|warships|ships|vessels|boats|bombers"
    "|times|villages|towns|settlements|square\\s+kilometers|square\\s+kilometres|km|kilometers|kilometres"
    "|miles|tons|tonnes|names|documents|individuals|officials|units|battalions|brigades|shahed"
)
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:thousand|million|billion|trillion))?"
_WORDS = "|".join(_WORD_NUMBERS)
_QUAL = "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS)
# Words between a number and what it counts: names and demonyms ("North Korean"), compounds ("Iran-made").
_MODIFIER = (
    r"(?:(?-i:[A-Z][\w'’-]*)|[a-z]+-[a-z]+|additional|more|foreign|local|military|civilian|armed|active)"
)
_FIGURE = compile_for_search(
    rf"""(?P<qual>\b(?:{_QUAL})\s+)?
    (?:
      # ("$16m", "£2.5bn": the short scale words of headlines and British prose)
      (?P<money>[$€£]\s?{_NUMBER}(?:(?<=\d)(?:bn|m|k)\b)?)
      # ("tens of thousands": a vaguer order of magnitude than the word's, left uncounted)
      |(?<!tens\sof\s)(?<!hundreds\sof\s)(?P<num>\b(?:{_NUMBER}|(?:{_WORDS})\b))
       # "hundreds of people", "dozens of soldiers": a plural count word takes "of" before what it counts
       (?P<unit>(?:(?:(?<=dozens)|(?<=hundreds)|(?<=thousands))\s+of)?(?:\s+{_MODIFIER}){{0,3}}\s+(?:{COUNTED})\b)
      |(?P<pct>\b\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent))
    )""",
    re.VERBOSE | re.IGNORECASE,
)
# Nouns that name the same kind of thing, so figures counting them can be compared.
_SAME_KIND = {
    "people": (
        "citizens",
        "nationals",
        "people",
        "persons",
        "individuals",
        "recruits",
        "mercenaries",
        "fighters",
        "men",
    ),
    "troops": ("soldiers", "troops", "servicemen"),
    "casualties": ("casualties", "deaths", "dead", "killed", "wounded", "injured"),
}


@dataclass(frozen=True)
class Figure:
    """ "more than 150 Chinese citizens": value 150, qualifier "more than", counts "Chinese citizens"."""

    text: str
    value: float
    qualifier: str
    counts: str
    start: int
    end: int

    @property
    def kind(self) -> str:
        """What the figure counts, folded so that "citizens" and "nationals" compare."""
        if not self.counts:
            # (the qualifier leads the text: "about $5.7 million" is money too)
            return "money" if any(sign in self.text for sign in "$€£") else "share"
        head = self.counts.split()[-1].lower()
        for kind, nouns in _SAME_KIND.items():
            if head in nouns:
                return kind
        return head


# "information about 155 nationals": after such nouns "about" is a preposition, not "roughly"
_ABOUT_AS_PREPOSITION = re.compile(
    r"\b(information|details|data|reports?|news|intelligence|questions?|concerns?|claims?|knowledge|talks)\s+$",
    re.IGNORECASE,
)


_SHORT_SCALE = {"k": "thousand", "m": "million", "bn": "billion"}


def find_figures(text: str) -> list[Figure]:
    """Figures in a sentence, in order. Counts of days, months and years are durations, not figures."""
    found: list[Figure] = []
    for match in _FIGURE.finditer(text):
        qualifier = " ".join((match["qual"] or "").split()).lower()
        if qualifier == "about" and _ABOUT_AS_PREPOSITION.search(text[: match.start()]):
            qualifier = ""
        if match["money"]:
            number_text, counts = match["money"].lstrip("$€£ "), ""
            short = re.search(r"(?<=\d)(bn|m|k)$", number_text)
            if short:
                number_text = f"{number_text[: short.start()]} {_SHORT_SCALE[short.group()]}"
        elif match["pct"]:
            number_text, counts = re.sub(r"[^\d.]", "", match["pct"]), ""
        else:
            number_text, counts = match["num"], re.sub(r"(?i)^of\s+", "", " ".join(match["unit"].split()))
        value = parse_number(number_text)
        if value is None:
            continue
        start = (
            match.start()
            if qualifier
            else match.start("money")
            if match["money"]
            else match.start("pct")
            if match["pct"]
            else match.start("num")
        )
        found.append(Figure(text[start : match.end()], value, qualifier, counts, start, match.end()))
    return found


def parse_number(text: str) -> float | None:
    words = text.lower().split()
    if not words:
        return None
    if words[0] in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[words[0]])
    try:
        value = float(words[0].replace(",", ""))
    except ValueError:
        return None
    if len(words) > 1 and words[1] in _SCALE:
        value *= _SCALE[words[1]]
    return value


_CELL = re.compile(r"^(?P<text>.*) \[(?P<article>[^\]]+)\]$")


def figure_cell(figure_text: str, article: str) -> str:
    """One item of the events table's `figures` cell: "155 Chinese citizens [al-jazeera.txt]"."""
    return f"{figure_text} [{article}]"


@dataclass(frozen=True)
class SourcedFigure:
    text: str
    article: str
    figure: Figure | None

    @property
    def kind(self) -> str:
        return self.figure.kind if self.figure else ""


def parse_figure_cell(item: str) -> SourcedFigure:
    """ "155 Chinese citizens [al-jazeera.txt]" -> its text, source article and parsed figure."""
    match = _CELL.match(item)
    text, article = (match["text"], match["article"]) if match else (item, "")
    figures = find_figures(text)
    return SourcedFigure(text=text, article=article, figure=figures[0] if figures else None)


def disputed_figures(items: list[str]) -> dict[str, list[SourcedFigure]]:
    """Figure items of one event grouped by what they count, keeping only the groups whose values differ."""
    groups: dict[str, list[SourcedFigure]] = {}
    for item in items:
        sourced = parse_figure_cell(item)
        if sourced.figure is not None:
            groups.setdefault(sourced.kind, []).append(sourced)
    return {
        kind: members
        for kind, members in groups.items()
        if len({(m.figure.value, m.figure.qualifier) for m in members if m.figure}) > 1
    }


# Nouns that count people by what they are or do: "14 protesters", "six dock workers", "40 of its staff"
# is a share of a count told elsewhere and is left out (no "of" between the number and the noun)
PEOPLE_NOUNS = frozenset(
    """people persons civilians soldiers troops marines sailors workers staff employees officers policemen
    police children pupils students volunteers peacekeepers passengers residents villagers members nationals
    citizens patients miners fighters militants rebels insurgents protesters protestors demonstrators
    journalists reporters activists men women boys girls suspects detainees prisoners inmates hostages
    migrants refugees tourists pilgrims lawmakers farmers fishermen teachers doctors nurses firefighters
    rescuers climbers hikers crew""".split()
)
_SPELLED = "|".join(w for w in CARDINALS if w != "one")
_PEOPLE_COUNT = re.compile(
    rf"\b(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|{_SPELLED})\s+(?:(?:more|new|other|further|additional)\s+)?"
    # (the words between are the noun's modifiers, never a word of a clause: "14 of them", "14 were")
    r"(?:(?!(?:of|and|or|the|its|their|were|was|are|had|have|in|to|at|on)\b)[A-Za-z][\w’'-]*\s+){0,2}?"
    rf"(?P<noun>{'|'.join(sorted(PEOPLE_NOUNS))})\b",
    re.IGNORECASE,
)


def people_counts(text: str) -> frozenset[float]:
    """The counts of people a sentence gives, each a number with the noun of whom it counts ("police
    arrested 14 protesters", "six dock workers were detained"): the values, whatever the noun, since two
    counts of people in one report's two acts of a kind tell two groups. A year before a noun ("2010
    graduates") is no count."""
    found: set[float] = set()
    for match in _PEOPLE_COUNT.finditer(text):
        if re.fullmatch(r"1[89]\d\d|20\d\d", match["num"]):
            continue
        value = parse_number(match["num"])
        if value is not None:
            found.add(value)
    return frozenset(found)
