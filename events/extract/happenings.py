"""Happenings a sentence names beside the one it tells, and dates that name a thing rather than date an act.

"five weeks after a May 3 explosion" names an explosion on 3 May; "ahead of a vote planned for Friday" names
a vote set for Friday; "survived two attempts, in December and in March" names one attempt at each date;
"restrictions imposed last month" names their imposing. `named_happenings` and its helpers make a draft of
each such happening at its own date, and `counted_from_named` dates "15 days after the earthquake" from the
day the article gives the earthquake. The same readings answer the converse question the dating asks: a date
that modifies a noun ("the 1989 spill", "charged in the May 5 shooting") names that thing and does not date
the sentence's act. A happening only named gets the clause "The quake took place" (`NAMED_HAPPENING`, or
`NAMED_PLANNED` for one ahead), which merging (events.merge.clusters) knows; `restates_a_happening`, which
it asks too, tells a sentence whose subject is a happening already told ("The ruling, issued on Tuesday,
found ...").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Set

from events.extract.clauses import MIN_CLAUSE_WORDS, first_trigger, participle_after_object, shifted_entity
from events.extract.corpus import Sentence
from events.extract.dates import MEETING_ASKED_FOR, DateMention
from events.extract.draft import Draft
from events.extract.entities import NOT_NAMES, Entity, may_be_a_person
from events.extract.patterns import compile_gated
from events.extract.quantities import CARDINALS
from events.extract.speakers import DAILY_LIFE, FINITE_VERB, PLURAL_WITHOUT_S, relative_antecedent
from events.extract.triggers import BODY_SEIZURES, SPEECH, TRIGGERS, possible_families, rx
from events.extract.vocabulary import (
    FREQUENCY_ADVERBS,
    HAPPENING_NOUNS,
    IRREGULAR_PAST,
    MONTH_NAMES,
    NO_DEED_PARTICIPLES,
    WEEKDAY_NAMES,
    alternatives,
)

# the clause a count back ends on: "in the six weeks since <the rig exploded>, ..."
SINCE_COUNTED = re.compile(r"(?i)\bsince$")


_THING_AFTER = re.compile(
    # ("the 1989 Alaska spill", "the 2018 Camp Fire": a place or a name may stand before the noun, or be it)
    r"^\s*(?:(?:[A-Z][\w.-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?:s|ion|ure|ake|ath|ill|ic|ak|ar|on|al|st)\b"
    r"|(?:[A-Z][\w.-]*\s+){1,3}[A-Z][\w-]*\b)"
)


def names_a_thing(date: DateMention, text: str, offset: int, *, loose: bool = False) -> bool:
    """ "the 2023 rupture", "Marsh's June 2019 death", "last week's explosion": a date that modifies a
    noun, after "the" or a possessive; `loose`, also "a March 3 blast" and a date read with its
    "the"."""
    after = text[date.end - offset : date.end - offset + 30]
    return (
        _attributive(date, text, offset, loose=loose) and _THING_AFTER.match(after.lstrip("'’s ")) is not None
    )


_PREPOSITION_THEN_DETERMINER = rx(
    r"\b(from|over|about|into|amid|despite"
    # ("the spokesman said, referring to the April 20 collapse", "claims related to the May fire": what the
    # words or the thing are about)
    r"|(?:referring|in\s+reference|in\s+relation|relating|related|linked)\s+to)\s+(the|an?|its|his|her|their)\s+$"
)


def year_names_another_happening(date: DateMention, text: str, offset: int, span: tuple[int, int]) -> bool:
    """Whether a year stands as the modifier of a happening's noun ("the 1989 spill", "the 2019 Alaska
    floods") that is not the act the sentence is read as (`span`, within the sentence)."""
    if date.precision != "year" or not _attributive(date, text, offset):
        return False
    noun = _HAPPENING_NOUN.match(re.sub(r"^(\s+[A-Z][\w.-]*){1,3}(?=\s)", "", text[date.end - offset :]))
    if noun is None:
        return False
    noun_at = text.find(noun.group(2), date.end - offset)
    return not (span[0] <= noun_at < span[1] or noun_at <= span[0] < noun_at + len(noun.group(2)))


def names_a_happening_after_preposition(date: DateMention, text: str, offset: int) -> bool:
    """ "stemming from the April explosion", "protests over the March election", "referring to the May 2
    fire": the date stands before a happening's noun, in a phrase of cause or topic (one of time, "began
    after a March 3 blast", "began with the March 3 blast", may date the act itself, and a count from it is
    a date of its own)."""
    before = text[max(0, date.start - offset - 30) : date.start - offset]
    if date.anchor is not None or not _PREPOSITION_THEN_DETERMINER.search(before):
        return False
    after = text[date.end - offset :]
    return _HAPPENING_NOUN.match(after) is not None


def _attributive(date: DateMention, text: str, offset: int, *, loose: bool = False) -> bool:
    """Whether the date stands where a noun's modifier does: after "the" or a possessive, or with "'s"."""
    before = text[max(0, date.start - offset - 12) : date.start - offset]
    determiner = r"(\bthe|\ban?|['’]s)\s+$" if loose else r"(\bthe|['’]s)\s+$"
    return (
        re.search(determiner, before) is not None
        or text.startswith(("'s ", "’s "), date.end - offset)
        or (loose and date.text.lower().startswith("the "))
    )


# What is to be made public: "will be released", "are due to be announced", "will be made public"
_TO_BE_MADE_PUBLIC = rx(
    r"\b(will|would|are\s+due\s+to|is\s+due\s+to|are\s+to|is\s+to)\s+be\s+(\w+ly\s+)?(released|announced"
    r"|published|unveiled|disclosed|revealed|made\s+public)\b"
)
# A verb of saying in the past that closes the sentence, after its speaker: ", the ministry said."
_CLOSING_SAYING = rx(r",[\"”’]?\s+[^,;:“”\"]{2,80}?\s+(said|announced|confirmed|added)[.!]?[\"”’]?\s*$")


def announced_acts(draft: Draft, dates: list[DateMention]) -> list[Draft]:
    """ "The ministry said on Monday that it would impose the curfew on Friday": the announcement, dated
    when it was made, and the act it announces, planned at its own date; [] when the sentence is not so."""
    text, start = draft.sentence.text, draft.sentence.start
    said = draft.own_date
    speech = SPEECH.search(text)
    if said is None or speech is None or draft.is_speech_type:
        return []
    if (
        said.tense == "future"
        and said.end - start <= speech.start()
        and _TO_BE_MADE_PUBLIC.search(text, 0, said.start - start)
        and _CLOSING_SAYING.search(text)
    ):
        # "Details of the charges will be released on Monday, the prosecutor's office said.": the saying,
        # which closes the sentence with no date of its own, tells news that is to be made public; it is
        # dated when it was made, and the release is planned at its own date
        statement = dataclasses.replace(draft, event_type="statement", family="statement", own_date=None)
        return [statement, dataclasses.replace(draft, speaker="", speaker_country="")]
    if not draft.speaker:
        return []
    if not re.fullmatch(r"\s+(on\s+)?", text[speech.end() : said.start - start]):
        return []  # the date is not the saying's ("said on Monday")
    ahead = next(
        (
            d
            for d in dates
            if d.start >= said.end
            and d.end <= draft.sentence.end
            and d.precision in ("day", "week", "month")
            and (d.tense == "future" or d.date_start > said.date_end)
        ),
        None,
    )
    if ahead is None:
        return []
    statement = dataclasses.replace(draft, event_type="statement", family="statement")
    return [statement, dataclasses.replace(draft, own_date=ahead, speaker="", speaker_country="")]


def meeting_asked_for(draft: Draft) -> list[Draft]:
    """ "The ministry summoned the ambassador for talks on Wednesday": the summoning, dated by its own words
    or the report (it has no date of its own), and the talks, planned at the day ahead; [] when the
    sentence is not so."""
    ahead = draft.own_date
    if ahead is None or ahead.tense != "future" or draft.is_speech_type:
        return []
    text, start = draft.sentence.text, draft.sentence.start
    asked = MEETING_ASKED_FOR.search(text, 0, ahead.start - start)
    # ("will invite the envoys to talks on Friday": an invitation ahead is itself the plan, one happening)
    if asked is None or not asked.group("asking").lower().endswith("ed"):
        return []
    return [dataclasses.replace(draft, own_date=None), draft]


# "The ruling, issued on Tuesday, found ...", "This week's quake was the strongest ...": a subject that names
# a happening by a definite noun of its kind
_DEFINITE_HAPPENING_SUBJECT = re.compile(
    r"^\s*(?:(?:But|And|Yet)\s+)?(?:The|This|That|(?:[A-Z][a-z]+day|[Ll]ast\s+\w+|[Tt]his\s+\w+)['’]s)\s+"
    r"((?:[a-z][\w-]*\s+){0,2}?)("
    + "|".join(f"(?P<{t}>{w})" for t, w in HAPPENING_NOUNS)
    + r")\b"
    # (the noun heads the subject: its verb or an aside follows; "The ruling party", "the vote count" are
    # other things, and "The ruling of the appeals court" says which ruling)
    + r"(?=\s*,|\s+(?:(?:was|were|is|are|has|have|had|will|would|could|may|might|also|then|itself)\b"
    + rf"|[a-z]{{2,}}ed\b|(?:{alternatives(IRREGULAR_PAST)})\b))"
)


def restates_a_happening(text: str, event_type: str) -> bool:
    """Whether the sentence's subject names a happening of the kind by a definite noun ("The ruling, issued
    on Tuesday, found the ban unlawful", "The quake was felt in the capital"): a sentence that goes on about
    the happening its article has told, not another one ("The ruling of the appeals court" names which)."""
    found = _DEFINITE_HAPPENING_SUBJECT.match(text)
    if found is None or event_type not in found.re.groupindex or found.group(event_type) is None:
        return False
    # ("The quake was followed by two aftershocks": a verb of the kind after the subject tells another act)
    rest = text[found.end() :]
    families = possible_families(rest.lower())
    return not any(
        t.event_type == event_type and next(iter(t.finditer(rest, families)), None) is not None
        for t in TRIGGERS
    )


_ILLNESS_BEFORE = rx(rf"\b({BODY_SEIZURES})\s+$")
_HAPPENING_WORDS = "|".join(f"(?P<{t}>{w})" for t, w in HAPPENING_NOUNS)
_HAPPENING_NOUN = re.compile(r"^\s*((?:[a-z][\w-]*\s+){0,2}?)(" + _HAPPENING_WORDS + r")\b")
# Right after a date that modifies it, a court's or a government's measure is named by the day it was made
# ("a lower court's June order", "the March 3 decree"); elsewhere "order" is too wide a word to name one
_MEASURES = {"legal": r"order|injunction", "policy": r"decree"}
_ATTRIBUTIVE_HAPPENING_NOUN = re.compile(
    r"^\s*((?:[a-z][\w-]*\s+){0,2}?)("
    + "|".join(
        f"(?P<{t}>{w}|{_MEASURES[t]})" if t in _MEASURES else f"(?P<{t}>{w})" for t, w in HAPPENING_NOUNS
    )
    + r")\b"
)
# "since the first tremor on 3 March", "after the senator's death on 2 March 2019": the noun before its date,
# in a phrase that hangs on a preposition (the object of the sentence's verb is dated as its act)
HAPPENING_THEN_DATE = (
    # ("the Rhine flood in 1995": a name may stand before the noun)
    r"(?:(?i:the|an?|his|her|their|its)|[A-Z][\w’'.-]*['’]s)\s+((?:[A-Z][\w’'.-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}?)"
    r"(" + _HAPPENING_WORDS + r")"
    # "the blast on the Sea Lark ferry on March 3": where it happened, then when
    r"(?:\s+(?:on|at|aboard|near)\s+(?:the|an?)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+"
    # ("the spill off Alaska in 1989", "the quake in Gujarat in 2001": or the place it happened, by name)
    r"|\s+(?:in|off|near|at)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?\s+(?:on|in|of)\s+$"
)
HAPPENING_BEFORE_DATE = compile_gated(
    r"\b(?i:(?:leading|led|leads)\s+to|since|after|before|following|from|of|in|into|about|at|during|over|amid|with)\s+"
    + HAPPENING_THEN_DATE
)


# "following the flood at Acme's mine in the Bay of Kotor in May": a happening named on a preposition of
# time, where it happened (the site, then the wider place), then its date
_AFTER_HAPPENING_THEN_DATE = compile_gated(
    r"\b(?i:after|following)\s+"
    r"(?:(?i:the|an?|his|her|their|its)|[A-Z][\w’'.-]*['’]s)\s+((?:[A-Z][\w’'.-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}?)"
    r"(" + _HAPPENING_WORDS + r")"
    r"(?:\s+(?:on|at|aboard|near)\s+(?:the|an?|[A-Z][\w.-]*['’]s)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+"
    r"|\s+(?:in|off|near|at)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,3}){0,2}"
    r"\s+(?:on|in|of)\s+$"
)
# "two days after the blast on 3 May", "shortly after the vote on Sunday": a count from it dates the act
_COUNTED_TO = rx(
    r"\b(days?|weeks?|months?|years?|hours?|minutes?|moments?|shortly|soon|immediately|just|right)\s+$"
)


def follows_a_named_happening(date: DateMention, text: str, offset: int, act_end: int) -> bool:
    """Whether the date closes a phrase, after the act's verb, that names the happening the act came after
    ("imposed a ban on drilling following the spill at the rig in April"): the date is that happening's;
    the act is of another date, or of the report's day."""
    before = text[: date.start - offset]
    found = _AFTER_HAPPENING_THEN_DATE.search(before)
    return (
        found is not None
        and found.start() >= act_end
        and date.anchor is None
        and not _COUNTED_TO.search(before[: found.start()])
    )


# The clause of a happening only named in another's sentence: "Saturday's quake" -> "The quake took place"
NAMED_HAPPENING = " took place"
# ... and of one ahead: "a May 11 launch date" -> "The launch is due"
NAMED_PLANNED = " is due"


def _happening_named_by(date: DateMention, text: str, offset: int) -> re.Match[str] | None:
    """The noun of a happening that `date` dates inside a noun phrase ("the March 3 blast", "last
    week's opening statements", "the first tremor on 3 March"); None when the date names none."""
    if date.precision not in ("day", "week", "month") or SINCE_COUNTED.search(date.text):
        # ("six weeks since the spill began": a count back, read with the clause after it)
        return None
    if _attributive(date, text, offset, loose=True):
        after = text[date.end - offset :]
        return _ATTRIBUTIVE_HAPPENING_NOUN.match(after[3:] if after.startswith(("'s ", "’s ")) else after)
    bare = bare_happening_after(date, text, offset)
    if bare is not None:
        return bare
    before = text[max(0, date.start - offset - 80) : date.start - offset]
    found = HAPPENING_BEFORE_DATE.search(before) or _AFTER_HAPPENING_THEN_DATE.search(before)
    if found is None and _DEICTIC_DAY.fullmatch(date.text):
        found = _HAPPENING_THEN_DAY.search(before)
    if found is None:
        found = happening_day_then_relative(date, text, offset)
    return found


# "tried to delay a judge's ruling Tuesday that struck down the ban": a happening's noun, its day, and a
# relative clause that tells what it did: the day is the noun's, not the sentence verb's
_HAPPENING_POSSESSED_THEN_DAY = re.compile(
    r"\b(?i:the|an?)\s+((?:[a-z][\w-]*(?:['’]s)?\s+){0,2}?)(" + _HAPPENING_WORDS + r")\s+$"
)
_RELATIVE_AFTER_DAY = rx(r"^\s+(that|which)\s+(?!(is|are|was|were|has|have|had)\b)[a-z]{3,}(ed|s)\b")


def happening_day_then_relative(date: DateMention, text: str, offset: int) -> re.Match[str] | None:
    if date.precision != "day" or not _RELATIVE_AFTER_DAY.match(text[date.end - offset :]):
        return None
    return _HAPPENING_POSSESSED_THEN_DAY.search(text[max(0, date.start - offset - 80) : date.start - offset])


# "The damaging evidence yesterday from site engineers ...": a happening's noun with a determiner, dated
# right after it by "yesterday" or "last night" (a weekday there may date the sentence's verb instead:
# "the vote on Tuesday showed a divided party")
_HAPPENING_THEN_DAY = re.compile(
    r"\b(?i:the|an?)\s+((?:[a-z][\w-]*\s+){0,2}?)(" + _HAPPENING_WORDS + r")\s+$"
)
_DEICTIC_DAY = rx(r"yesterday|last\s+night|the\s+day\s+before")


# "hearings on May 3 plant explosion": a date right after a preposition that, with no article, opens a
# noun phrase ending in a happening's noun (no word between them that would start a new phrase)
_PREPOSITION_BEFORE = rx(r"\b(on|of|about|into|over|since|after|before|following|from)\s+$")
_BARE_HAPPENING_NOUN = re.compile(
    r"^\s+((?:(?!(?:in|on|at|a|an|the|of|to|and|or|but|with|by|for|as|from|after|before|when|while|that|which|who"
    r"|was|were|is|are|has|had|have|will|would)\b)(?![a-z]+(?:ing|ed)\b)[a-z][\w-]*\s+){0,2}?)("
    + _HAPPENING_WORDS
    + r")\b"
)


def bare_happening_after(date: DateMention, text: str, offset: int) -> re.Match[str] | None:
    before = text[max(0, date.start - offset - 12) : date.start - offset]
    # (a calendar date only: "protested on Wednesday demanding early elections" dates the protest)
    if not date.explicit or _PREPOSITION_BEFORE.search(before) is None:
        return None
    return _BARE_HAPPENING_NOUN.match(text[date.end - offset :])


def dates_a_named_happening(date: DateMention, text: str, offset: int) -> bool:
    """Whether the date stands before a happening's noun, naming it ("the May 3 plant explosion", "a May
    11 launch", "hearings on May 3 plant explosion"), rather than dating the sentence's verb."""
    if date.precision not in ("day", "week", "month"):
        return False
    after = text[date.end - offset :]
    if _attributive(date, text, offset, loose=True):
        return (
            _ATTRIBUTIVE_HAPPENING_NOUN.match(after[3:] if after.startswith(("'s ", "’s ")) else after)
            is not None
        )
    return bare_happening_after(date, text, offset) is not None


# (the words after a happening's day that still belong to its noun phrase: "the May 3 blast at the Vantor
# plant", up to a comma or a word that opens a clause)
_REST_OF_THE_NAMED_PHRASE = re.compile(
    r"[^,;:.!?\"“”()]{0,80}?(?=[,;:.!?\"“”()]|\s+(?:that|which|who|and|but|or|could|can|will|would|may|might"
    r"|should|must|was|were|is|are|has|had|have|said|says)\b|$)"
)
_POSSESSOR_BEFORE_THE_DAY = re.compile(r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+$")


def _named_in_the_phrase(draft: Draft, part: Sentence, date: DateMention) -> list[Entity]:
    """The names inside the noun phrase a day names a happening by ("Vantor's May 3 blast at the Norport
    plant"): the doer or the place of the happening. Whoever speaks of it or acts on it in the rest of the
    sentence ("Senator Roe said rules must prevent a repeat of the May 3 blast", "Norport regretted the
    April blast") is no actor of the happening."""
    before = part.text[max(0, date.start - part.start - 60) : date.start - part.start]
    owner = _POSSESSOR_BEFORE_THE_DAY.search(before)
    begin = date.start - (len(before) - owner.start() if owner else 0)
    rest = _REST_OF_THE_NAMED_PHRASE.match(part.text, date.end - part.start)
    end = part.start + (rest.end() if rest else date.end - part.start)
    # (an entity's offsets are within the draft's sentence)
    at = draft.sentence.start
    # (a body or a place named elsewhere in the sentence may still be the happening's: "the blast at its
    # plant, Vantor said"; a person who speaks of it or acts on it is not its doer)
    return [
        e
        for e in draft.entities
        if (begin <= at + e.start and at + e.end <= end)
        or not (e.kind == "actor" and " " in e.name and (e.role or may_be_a_person(e.name)))
    ]


def named_happenings(
    draft: Draft,
    part: Sentence,
    dates: list[DateMention],
    dated: Set[int] = frozenset(),
) -> list[Draft]:
    """A dated happening named inside another's sentence is one of its own: "five weeks after a May 3
    explosion" -> an explosion on 3 May; "seats in Saturday's elections" -> elections on Saturday; "two
    days after the senator's death on 2 March 2019" -> a death on 2 March 2019. `dated` holds the ids of the
    dates that already date an act of the sentence."""
    out: list[Draft] = []
    seen: set[int] = set()
    # a count from a dated point ("two days after <the death on 25 June 2009>") names the point's happening
    points = [p for d in dates for p in (d, d.anchor) if p is not None]
    for date in points:
        if date is draft.own_date or id(date) in dated or id(date) in seen:
            continue
        if not (part.start <= date.start and date.end <= part.end):
            continue
        noun = _happening_named_by(date, part.text, part.start)
        if noun is None:
            relative = (
                _reduced_relative_happening(draft, part, date)
                or _scheduled_thing(draft, part, date)
                or _named_doers_aside(draft, part, date)
            )
            if relative is not None:
                seen.add(id(date))
                out.append(relative)
            continue
        seen.add(id(date))
        event_type = next(t for t, _ in HAPPENING_NOUNS if noun.group(t))
        if event_type == "attack" and _ILLNESS_BEFORE.search(noun.group(1)):
            continue  # "died of a heart attack on Monday": an illness, not an attack
        if date.tense == "future" and event_type in ("attack", "casualties", "disaster"):
            continue  # "the Sept. 11 attacks" read as a day ahead: no one plans an attack or a quake
        # "the oil rig blast" -> "The oil rig blast took place": a clause that says it happened
        words = " ".join(f"{noun.group(1)}{noun.group(2)}".split())
        # ("after the senator's death on 2 March", "Ruritania's May 2019 election": whose it was, when the
        # sentence names a possessor, tells more than "The death took place")
        whose = _possessor_named(noun, part.text[: date.start - part.start])
        clause = f"{whose or 'The'} {words}{NAMED_PLANNED if date.tense == 'future' else NAMED_HAPPENING}"
        out.append(
            dataclasses.replace(
                _happening_of_its_own(draft, event_type, event_type, date, clause),
                sentence=part,
                figures=[],
                entities=_named_in_the_phrase(draft, part, date),
            )
        )
    out.extend(counted_back_happening(draft, part, dates))
    return out


# "Three years after the flood that drowned 40 people, the bridge reopened yesterday", "Now, 38 days after
# the pipeline blast that set off the fires, ...": a count back from the sentence's own time to a happening
# that the relative clause tells, opening the sentence before its main clause. The happening is background of
# its own, that long before the main clause's day; its verb and its toll are no part of the day's act
COUNTED_BACK_OPENING = re.compile(
    r"^\W*(?i:(?:now|but|and|yet)\s*,?\s+)?(?i:(?:nearly|almost|about|around|some|roughly|more\s+than)\s+)?"
    r"(?P<count>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}))\s+"
    r"(?P<unit>(?i:day|week|month|year))s?\s+(?i:after)\s+(?i:the|an?)\s+"
    r"(?P<words>(?:[\w’'-]+\s+){0,3}?)(?P<noun>" + _HAPPENING_WORDS + r")"
    r"\s+(?i:that|which)\s+(?P<told>(?i:[a-z]{3,}ed|"
    + alternatives(IRREGULAR_PAST)
    + r")\s[^,;:“”\"]{3,200}?),\s+"
)


def _counted_back(day: dt.date, count: int, unit: str) -> tuple[dt.date, dt.date, str]:
    """The span `count` units before `day`: a day for days and weeks, the month or the year for months
    and years (a count in months names the month, not a day of it)."""
    if unit in ("day", "week"):
        back = day - dt.timedelta(days=count * (7 if unit == "week" else 1))
        return back, back, "day"
    if unit == "month":
        months = day.year * 12 + day.month - 1 - count
        first = dt.date(months // 12, months % 12 + 1, 1)
        following = dt.date((months + 1) // 12, (months + 1) % 12 + 1, 1)
        return first, following - dt.timedelta(days=1), "month"
    return dt.date(day.year - count, 1, 1), dt.date(day.year - count, 12, 31), "year"


def counted_back_happening(draft: Draft, part: Sentence, dates: list[DateMention]) -> list[Draft]:
    """The happening a sentence's opening counts back to (`COUNTED_BACK_OPENING`), dated that long before
    the main clause's own date ("yesterday", "now"); none when the main clause gives no date."""
    found = COUNTED_BACK_OPENING.match(part.text)
    if found is None:
        return []
    after = part.start + found.end()
    anchor = draft.own_date if draft.own_date is not None and draft.own_date.start >= after else None
    if anchor is None:
        # ("Now, 38 days after ...": the present opening the sentence is the main clause's time)
        anchor = next(
            (
                d
                for d in dates
                if d.precision == "day"
                and part.start <= d.start < part.end
                and (d.start >= after or d.value == "PRESENT_REF")
            ),
            None,
        )
    if anchor is None or anchor.precision != "day" or anchor.tense == "future":
        return []
    word = found.group("count").lower()
    count = 1 if word in ("a", "an") else CARDINALS.get(word) or int(word)
    unit = found.group("unit").lower()
    start, end, precision = _counted_back(anchor.date_start, count, unit)
    event_type = next(t for t, _ in HAPPENING_NOUNS if found.group(t))
    noun = " ".join(f"{found.group('words')}{found.group('noun')}".split())
    phrase = part.text[found.start("count") : found.end("told")]
    date = dataclasses.replace(
        anchor,
        start=part.start + found.start("count"),
        end=part.start + found.end("told"),
        text=phrase,
        value=start.isoformat(),
        date_start=start,
        date_end=end,
        precision=precision,
        explicit=False,
        modifier="",
        tense="past",
        reason=(
            f"'{found.group('count')} {found.group('unit')}s after' counted back from '{anchor.text}' "
            f"→ {fmt(start)}"
        ),
        anchor=None,
    )
    clause = f"The {noun} {found.group('told').strip()}"
    return [
        dataclasses.replace(
            _happening_of_its_own(draft, event_type, event_type, date, clause), sentence=part, figures=[]
        )
    ]


# A name in the possessive just before a happening's noun or its date: "Ruritania's", "Jane Roe's"
_NAME_POSSESSIVE = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+$")


def _possessor_named(noun: re.Match[str], before_date: str) -> str:
    """ "Jane Roe's" when the happening's noun is hers ("Roe's death on 3 May", "Roe's May 3 death"); ""
    when no name owns it ("last week's quake", "Saturday's vote", "his death": a day or a pronoun)."""
    # (the noun found after its date was matched in the text after it: its possessor stands before the date)
    before = noun.string[: noun.start(1)] if noun.string[: noun.start(1)].strip() else before_date
    found = _NAME_POSSESSIVE.search(before)
    if found is None or any(word in NOT_NAMES for word in found.group("name").split()):
        return ""
    return f"{found.group('name')}{before[found.end('name') :].strip()}"


_EMBEDDED_ACT = rx(r"\b([a-z]{2,}ing|to\s+[a-z]+)\b")


def _reduced_relative_happening(draft: Draft, part: Sentence, date: DateMention) -> Draft | None:
    """ "Lagos has lifted all restrictions imposed last month" -> restrictions were imposed last month: the
    happening a reduced relative after the object tells, at the date that closes it; None when the date
    closes none."""
    if date.tense == "future" or not (part.start <= date.start and date.end <= part.end):
        return None
    found = participle_after_object(part.text[: date.start - part.start])
    if found is None or _EMBEDDED_ACT.search(found.group("rest")):
        # ("the promoter accused of ignoring his illness last year": the date is the ignoring's, which
        # the sentence does not tell as a happening)
        return None
    noun = re.sub(r"^(all|the|a|an|its|his|her|their|these|those|some|several)\s+", "", found.group("noun"))
    if _SPAN_OF_TIME.search(noun) and found.group("participle").lower() in ("ended", "closed", "finished"):
        return None  # "the volume it sold in the business year ended in March": a period's name, no act
    rest = found.group("rest")
    be = past_be(noun)
    clause = f"{noun[:1].upper()}{noun[1:]} {be} {found.group('participle')} {rest}{date.text}"
    trigger = first_trigger(clause)
    event_type = trigger.event_type if trigger is not None else "other"
    family = trigger.family if trigger is not None else "other"
    return dataclasses.replace(
        _happening_of_its_own(draft, event_type, family, date, clause), sentence=part, figures=[]
    )


_PLURAL_WITHOUT_S = rx("|".join(PLURAL_WITHOUT_S))
# a noun phrase that opens with its determiner, no name ("the two men", "a crowd")
_DETERMINER = rx(r"(?:the|a|an|its|his|her|their|these|those|some|several|two|three|four|five|\d+)\s")


def past_be(noun: str) -> str:
    """ "was" or "were" for a noun phrase told in the past: "were" for a plural ("the two men", "they", "the
    police"), "was" for a name even when it ends in -s ("Mr Jones") and for a noun in -ss ("the press")."""
    words = noun.split()
    last = words[-1] if words else ""
    if noun.lower() in ("they", "we", "you") or _PLURAL_WITHOUT_S.fullmatch(last):
        return "were"
    if noun[:1].isupper() and not _DETERMINER.match(noun):
        return "was"
    return "were" if last.endswith("s") and not last.endswith("ss") else "was"


# A name, then an aside set apart by commas that tells, in a relative clause of its own, what the named one
# did or will do on a day: "The bank's new governor, Ana Silva, who formally takes office on 3 March, told
# MPs ...", "Senator Roe, who flew to Lima on Tuesday, said ...". The aside is a second happening of the
# sentence at its own day. The relative pronoun is the clause's subject and the verb comes first ("which it
# set last week" is no such clause); a verb of state or of saying, a modal, a clause inside the aside
# ("who left after the vote on Monday") or a count back ("who died 50 years ago this month") leave it out.
_DOERS_ASIDE = re.compile(
    # (a living of one's own, "who runs a cafe", is who the named one is: see `DAILY_LIFE`)
    r"(?<![\w’'-])(?P<name>(?-i:[A-Z])[\w.’'-]+(?:\s+(?-i:[A-Z])[\w.’'-]+){0,3}),\s+"
    rf"(?!{DAILY_LIFE})(?P<who>who)\s+"
    r"(?P<verb>(?:(?:formally|officially|also|later|first|briefly)\s+)?"
    # ("who was sworn in on Monday", "who were arrested on Friday": a deed done to the named one; being born,
    # known, expected or said to be is none, and neither is being asked or quoted by the reporter)
    rf"(?:(?:was|were)\s+(?!(?:{alternatives(NO_DEED_PARTICIPLES)})\b)"
    r"(?-i:[a-z]{3,}(?:ed|en|wn|rn))|"
    # (a verb of state, of an office held or of saying tells who the named one is, not what they did that
    # day: "who leads the party", "who chaired the board in 2019")
    r"(?!(?:remain|stay|serve|lead|led|head|chair|manag|oversee|oversaw|own|seem|appear|need|want|hope"
    r"|expect|say|tell|add|spoke|said|told|added|insist|believe|think|thought|feel|felt|knew|know|has|had"
    r"|does|did|is|was|were)\w*\b)"
    # (an adverb ending in -s is no verb: "who perhaps", "who always")
    rf"(?!(?:perhaps|{alternatives(FREQUENCY_ADVERBS)})\b)"
    r"(?:(?P<will>will)\s+[a-z]{3,}|(?P<present>(?-i:[a-z]{3,}(?<!ed)(?:es|s)))|(?-i:[a-z]{3,}ed)|"
    + alternatives(IRREGULAR_PAST)
    + r")))\b(?P<rest>[^,;:“”\"()]{0,100}?)\s+$",
    re.IGNORECASE,
)
_NOUN_PHRASE_OPEN = rx(r"\b(of|the|a|an|its|his|her|their|this|that|these|those)$")
# A word that opens a clause inside the aside ("who left after the vote on Monday"); "as" opens one only
# with a subject and its verb after it ("who spoke as the polls closed on Friday"; "who was sworn in as
# president on Friday" is one clause)
_CLAUSE_INSIDE_ASIDE = rx(
    r"\b(when|after|before|since|until|because|if|while|ago|that|which|who)\b"
    r"|\bas\s+(?:(?:he|she|it|they|we|you|i)|(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{alternatives(IRREGULAR_PAST)}|[a-z]{{2,}}ed|was|were|is|are|had|has))\b"
)
# A habit is no happening of a day: "who always attends the games on Sunday", "who flies home every Friday"
_HABIT_IN_ASIDE = rx(rf"\b(?:{alternatives(FREQUENCY_ADVERBS)}|every|each)\b")
# a bare weekday, which the sentence's tense places before or after the report
_WEEKDAY_ALONE = rx(rf"(?:on\s+)?(?:{alternatives(WEEKDAY_NAMES)})")
_A_WEEK = dt.timedelta(days=7)


def _named_doers_aside(draft: Draft, part: Sentence, date: DateMention) -> Draft | None:
    """ "Ana Silva, who formally takes office on 3 March, told MPs ..." -> Ana Silva formally takes office
    on 3 March: the act a relative aside after a name tells, at the day that closes the aside (a comma follows
    it); None when the date closes no such aside."""
    if date.precision not in ("day", "week", "month") or not (
        part.start <= date.start and date.end <= part.end
    ):
        return None
    if not part.text[date.end - part.start :].startswith(","):
        return None
    found = _DOERS_ASIDE.search(part.text[: date.start - part.start])
    if found is None or _CLAUSE_INSIDE_ASIDE.search(found.group("rest")) or found.group("name") in NOT_NAMES:
        return None
    if _HABIT_IN_ASIDE.search(found.group("verb") + found.group("rest")):
        return None
    # ("who oversaw payouts to victims of the 11 March 2004 bombings": the date names a thing, not the aside's
    # act)
    if _NOUN_PHRASE_OPEN.search(found.group("rest")) or names_a_thing(
        date, part.text, part.start, loose=True
    ):
        return None
    # ("Piet Roe, who turns 70 on Monday, said ...": the aside's own tense places its weekday, whatever the
    # tense of the main clause)
    if (
        (found.group("present") or found.group("will"))
        and date.tense == "past"
        and _WEEKDAY_ALONE.fullmatch(date.text)
    ):
        ahead = date.date_start + _A_WEEK
        date = dataclasses.replace(
            date,
            date_start=ahead,
            date_end=date.date_end + _A_WEEK,
            value=ahead.isoformat(),
            tense="future",
            reason=f"{date.reason.split(' → ')[0]} → {ahead:%a %-d %b %Y} (the aside looks ahead)",
        )
    clause = f"{found.group('name')} {found.group('verb')}{found.group('rest')} {date.text}"
    trigger = first_trigger(clause)
    event_type = trigger.event_type if trigger is not None else "other"
    family = trigger.family if trigger is not None else "other"
    # the aside alone is the happening's sentence, as `dated_asides` gives it ("who takes office on 3
    # March"): the main clause around it tells another act
    aside = Sentence(
        part.start + found.start("who"),
        date.end,
        part.text[found.start("who") : date.end - part.start],
        part.paragraph,
    )
    return dataclasses.replace(
        _happening_of_its_own(draft, event_type, family, date, clause), sentence=aside, figures=[]
    )


# the last word of a span of time ("the financial year", "the nine months", "the quarter")
_SPAN_OF_TIME = rx(r"\b(?:year|quarter|half|months?|weeks?|period|season|term|session)$")


# "a vote of members planned for Friday", "a bill expected to be published this week": a thing named with
# the day it is set for, in a participle phrase right before that day
_SCHEDULED_BEFORE_DATE = rx(
    r"\s(?P<set>(?:planned|scheduled|slated|set|due)(?:\s+to\s+(?:be\s+)?[a-z]+)?"
    r"|expected\s+to\s+be\s+[a-z]+(?:ed|en|wn)(?:\s+(?:in|at|by)\s+[^,;:“”\"]{2,30}?)?)"
    r"\s+(?:(?:for|on|in)\s+)?$"
)
# where the noun phrase of such a thing may begin: at its article, or after a preposition ("ahead of talks")
_NOUN_OPENS = rx(r"\b(?:a|an|the|its|their|his|her)\s|(?<=\bof\s)|(?<=\bfor\s)|(?<=\bwith\s)|(?<=\bbefore\s)")
# words of a clause, which no noun phrase holds
_CLAUSE_WORDS = rx(
    r"\b(is|are|was|were|has|have|had|will|would|can|could|said|says|who|which|that|and|or|but|as|after"
    rf"|before|when|while|because|{alternatives(IRREGULAR_PAST)})\b"
)
MAX_SCHEDULED_NOUN_WORDS = 10


def _scheduled_noun(before: str) -> tuple[str, int] | None:
    """The noun phrase that ends right where a scheduling participle begins, and where that participle
    begins: the longest one that holds no clause ("a vote of members", not "The shares rose as a
    call"); None when there is none."""
    found = _SCHEDULED_BEFORE_DATE.search(before)
    if found is None:
        return None
    region = before[: found.start()]
    for opening in _NOUN_OPENS.finditer(region):
        noun = region[opening.start() :].strip()
        words = noun.split()
        # ("a revised bill": a participle right after the article describes the noun; anywhere else it
        # is a verb)
        later = (
            " ".join(words[2:]) if words and words[0].lower() in ("a", "an", "the") else " ".join(words[1:])
        )
        if (
            1 <= len(words) <= MAX_SCHEDULED_NOUN_WORDS
            and not _CLAUSE_WORDS.search(noun)
            and not re.search(r"\b\w{2,}ed\b", later)
        ):
            return noun, found.start("set")
    return None


def _scheduled_thing(draft: Draft, part: Sentence, date: DateMention) -> Draft | None:
    """ "the union met on Monday, ahead of a vote of members planned for Friday" -> a vote of members is
    planned for Friday: a thing set for a day ahead, named inside another's sentence, is a planned happening
    of its own; None when the date closes no such phrase."""
    # ("expected to be published this week": the phrase looks ahead, whatever the tense of the date)
    if date.tense == "past" or not (part.start <= date.start and date.end <= part.end):
        return None
    named = _scheduled_noun(part.text[: date.start - part.start])
    if named is None:
        return None
    # ("A vote of members is planned for Friday": the article stays, whose the thing is goes)
    noun = re.sub(r"^(its|their|his|her)\s+", "", named[0], flags=re.IGNORECASE)
    head = re.sub(r"^(a|an|the)\s+", "", noun, flags=re.IGNORECASE).split()[0]
    be = "are" if head.endswith("s") and not head.endswith("ss") else "is"
    clause = f"{noun[:1].upper()}{noun[1:]} {be} {part.text[named[1] : date.end - part.start]}"
    trigger = first_trigger(clause)
    event_type = trigger.event_type if trigger is not None else "other"
    family = trigger.family if trigger is not None else "other"
    if event_type in ("attack", "casualties", "disaster"):
        return None  # no one sets a day for an attack or a quake
    return dataclasses.replace(
        _happening_of_its_own(draft, event_type, family, date, clause), sentence=part, figures=[]
    )


def _happening_of_its_own(
    draft: Draft, event_type: str, family: str, date: DateMention, clause: str
) -> Draft:
    """A happening a sentence names beside what it tells, at its own date: nobody says it, and nothing
    of the remark or the act around it (tense, quotation, lateness) carries over."""
    return dataclasses.replace(
        draft,
        event_type=event_type,
        family=family,
        speaker="",
        speaker_country="",
        own_date=date,
        clause=clause,
        quote="",
        undated_past=False,
        anterior=False,
        generic=False,
        present_habitual=False,
        recent=False,
        before_news=dt.timedelta(0),
    )


# "nine days after the landslide hit", "a week after the vote": a count from a happening the article
# names without a date here
_COUNT_FROM_HAPPENING = re.compile(
    r"(?i:\b(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit>day|week)s?\s+after\s+the)\s+((?:[a-z][\w-]*\s+){0,2}?)(" + _HAPPENING_WORDS + r")\b"
)
_SAME_HAPPENING = {"quake": "earthquake", "polls": "election", "vote": "election", "elections": "election"}


def _happening_word(noun: re.Match[str], group: int) -> str:
    word = noun.group(group).lower()
    return _SAME_HAPPENING.get(word, word)


# What makes a count from a happening only roughly that long ("nearly three weeks after the earthquake"),
# and what makes its clause look ahead ("will be held two weeks after the vote")
_ROUGH_COUNT_BEFORE = rx(
    r"\b(nearly|almost|about|around|roughly|some|over|under|more\s+than|less\s+than)\s+$"
)
_AHEAD_IN_SENTENCE = rx(r"\b(will|shall|(is|are)\s+(due|set|expected|scheduled)\s+to|would)\b[^.!?]*$")


def counted_from_named(dates: list[DateMention], text: str, published: dt.date) -> list[DateMention]:
    """The dates of `text` with the counts from a happening it dates elsewhere: "pulled from the rubble 15
    days after the earthquake struck", where the article names "the 12 January earthquake", is 27 January.
    A count already read as a date ("two days after his death on 25 June") stays as it was."""
    named: dict[str, DateMention] = {}
    for date in dates:
        if date.precision == "day":
            noun = _happening_named_by(date, text, 0)
            if noun is not None:
                named.setdefault(_happening_word(noun, 2), date)
    if not named:
        return dates
    added = []
    for found in _COUNT_FROM_HAPPENING.finditer(text):
        point = named.get(_happening_word(found, 4))
        if point is None or any(d.start < found.end() and found.start() < d.end for d in dates):
            continue
        word = found.group("count").lower()
        count = 1 if word in ("a", "an") else CARDINALS.get(word) or int(word)
        day = point.date_start + dt.timedelta(
            days=count * (7 if found.group("unit").lower() == "week" else 1)
        )
        phrase = found.group()
        reason = f"'{phrase}' counted from the day the article gives it, '{point.text}' → {fmt(day)}"
        head = text[max(0, found.start() - 200) : found.start()]
        if (
            day > published
            and (_ROUGH_COUNT_BEFORE.search(head) or day - published <= dt.timedelta(days=7))
            and not _AHEAD_IN_SENTENCE.search(head)
        ):
            # "has begun ... nearly three weeks after the earthquake", in a report of the 20th day: a
            # rough count that runs past the report tells of what the report has already seen, its day
            day = published
            reason += f", past the report of {fmt(published)}: the report's day"

        added.append(
            dataclasses.replace(
                point,
                start=found.start(),
                end=found.end(),
                text=phrase,
                value=day.isoformat(),
                date_start=day,
                date_end=day,
                explicit=False,
                modifier="",
                tense="past",
                reason=reason,
                anchor=None,
            )
        )
    return sorted([*dates, *added], key=lambda d: d.start) if added else dates


# "The team that has been digging it since early May", "it had sought records since December 2019":
# an act that goes on, and the day it began
_GOING_ON_SINCE = rx(
    r"(?:^|,\s+|\b(?P<relative>that|who|which)\s+)(?P<clause>(?:(?!(?:that|who|which)\b)[^,;:])*?\b(?:has|have|had)"
    # (", Victor Hale," names what it follows and does not end the clause)
    # ("have died since 30 April", "has affected the coast since April": a count or a state, no activity)
    r"\s+(?:been\s+\w+ing|sought|kept)\b(?:[^,;:]|,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},)"
    r"{0,100}?\s+since\s+)$"
)


def begun_since(draft: Draft, sentence: Sentence, dates: list[DateMention]) -> list[Draft]:
    """ "The team that has been digging it since early May ran a test": the digging began in early May,
    a happening of its own at that date, told of the team."""
    out: list[Draft] = []
    for date in dates:
        if date.precision not in ("day", "week", "month") or not sentence.start <= date.start < sentence.end:
            continue
        head = sentence.text[: date.start - sentence.start]
        found = _GOING_ON_SINCE.search(head)
        if found is None:
            continue
        clause = found.group("clause") + date.text
        if found.group("relative"):
            antecedent = relative_antecedent(head[: found.start("relative")])
            if not antecedent:
                continue
            clause = f"{antecedent} {clause}"
        if len(clause.split()) < MIN_CLAUSE_WORDS:
            continue
        trigger = first_trigger(clause)
        out.append(
            _happening_of_its_own(
                draft,
                trigger.event_type if trigger else "other",
                trigger.family if trigger else "other",
                date,
                clause[:1].upper() + clause[1:],
            )
        )
    return out


# "in December and in March", "on 3 May, 9 May and 2 June": dates listed one after another, nothing between
# ("late August or September", "late Tuesday or early Wednesday": one happening at one of them)
_LISTED = rx(r"\s*(,\s*(and\s+)?|\sand\s+)((in|on)\s+)?")
_SPAN_OPENING = rx(r"\b(between|from)\s+$")


def listed_dates(acts: list[Draft], sentence: Sentence, dates: list[DateMention]) -> list[Draft]:
    """ "His government survived two attempts to unseat him, in December and in March": one happening at
    each date listed, when nothing but "and" or a comma stands between them ("between May and June" is one
    stretch)."""
    out: list[Draft] = []
    taken = {id(d.own_date) for d in acts if d.own_date is not None}
    text, start = sentence.text, sentence.start
    for act in acts:
        last = act.own_date
        # ("an epidemic in 2014 and 2015" lasted through both years: one stretch, not two happenings)
        if (
            last is None
            or act.is_speech_type
            or last.precision not in ("day", "month")
            or _SPAN_OPENING.search(text[: max(0, last.start - start)])
        ):
            continue
        for date in dates:
            if date.start <= last.end or id(date) in taken:
                continue
            if (
                not _LISTED.fullmatch(text[last.end - start : date.start - start])
                or date.precision != last.precision
            ):
                break
            taken.add(id(date))
            out.append(dataclasses.replace(act, own_date=date))
            last = date
    return out


def bare_draft(sentence: Sentence, entities: list[Entity]) -> Draft:
    """A sentence that tells no happening of its own, as the frame of the ones it names."""
    local = [
        shifted_entity(e, -sentence.start)
        for e in entities
        if sentence.start <= e.start and e.end <= sentence.end
    ]
    return Draft(
        sentence=sentence,
        event_type="other",
        family="other",
        speaker="",
        speaker_country="",
        agent_country="",
        entities=local,
        own_date=None,
        figures=[],
        undated_past=False,
        anterior=False,
        generic=False,
        clause="",
        quote="",
        present_habitual=False,
    )


# The word before a noun phrase whose determiner or possessor stands right before a date: "prevent the
# <March 3 explosion>", "in the patient's <June 2024 death>", "cited its <2022 report>"
_LEAD_OF_DATED_NOUN = rx(
    r"\b(?P<lead>[a-z]+)\s+(?:(?:the|its|his|her|their)\s+|(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}?[\w.-]+[’']s\s+)"
    # ("for its delayed <May 2021> launch", "the postponed <2020> games": a participle may stand before it)
    r"(?:[a-z]{3,}ed\s+)?$"
)
# a noun the date modifies: "<March 3> crash", "<2022> annual report", "<June 2024> Senate vote" (no word that
# would end the phrase or open a clause of its own)
_NOUN_AFTER_DATE = re.compile(
    r"\s+(?:[A-Z][\w.-]*\s+){0,3}(?!(?:and|or|but|to|for|in|of|on|at|by|with|from|as|than|that|which|who|when"
    r"|was|were|is|are|has|had|have|will|would|after|before|until|through|amid)\b)[a-z][\w-]+\b"
)
# "killed in the March 3 attack", "won seats in Saturday's election": the act took place within the
# happening named, and is of its date
_WITHIN_HAPPENING = frozenset("in at during on throughout within".split())


def names_the_object(
    date: DateMention, text: str, offset: int, act: tuple[int, int], event_type: str
) -> bool:
    """Whether a date stands inside a noun phrase after the act's verb, naming that thing rather than
    dating the act: "charged in the May 5 shooting", "accused of causing the March 3 explosion". A
    happening the act took place within ("injured in the March 3 blast") dates it, unless the act is a
    court's or a prosecutor's, which always comes after the deed it is about."""
    at = date.start - offset
    # (an act read at the date itself, for want of a verb of a kind, is after a verb of the sentence: "Fans
    # sought refunds for his cancelled April 2019 concerts"; a date of no stated year, "praised the council's
    # Friday bulletin", names a thing of the news's own days, which is what such a sentence tells)
    # (an act read at a noun after the date, "the 2001 attacks", is the thing named, and of its date)
    read_at_date = at <= act[0] < date.end - offset
    if read_at_date and not re.search(r"\d{4}", date.text):
        return False
    if at < act[1] and not read_at_date:
        return False
    lead = _LEAD_OF_DATED_NOUN.search(text, max(0, at - 60), at)
    if lead is None or lead.end() != at or _NOUN_AFTER_DATE.match(text, date.end - offset) is None:
        return False
    if read_at_date and FINITE_VERB.search(text, 0, lead.start()) is None:
        return False
    if event_type == "legal":
        return True
    word = lead.group("lead").lower()
    # ("the fire that began with the March 3 blast": begun with it, so of its day; "arrested in
    # connection with the March 3 attack" is about it)
    if word == "with":
        return (
            re.search(
                r"\b(began|begun|begins|started|starts|opened|ended|ends|coincided)\s+$", text[: lead.start()]
            )
            is None
        )
    return word not in _WITHIN_HAPPENING


# The preposition a phrase naming a happening by a possessive date hangs on ("from the rubble of last
# Tuesday's quake", "weakened by last week's quake", "arrested over Monday's bombing"), with what may stand
# between it and the date
_PREPOSITION_OF_POSSESSIVE_DATE = rx(
    r"\b(?P<word>in|at|during|on|throughout|within|of|from|by|after|following|over|since|amid|about|into"
    r"|before|despite)\s+(?:the\s+)?$"
)
# what ends a noun phrase before a verb of another clause: "the rubble of Tuesday's quake, which ..."
_CLAUSE_BREAK = rx(r"[,;:()\"“”]|\b(that|which|who|when|where|after|before|since|while|and|but|or)\b")
# a sentence that opens with the phrase itself ("After Friday's flood, ...", "In last week's quake, ...")
_OPENS_WITH_PREPOSITION = rx(r"^\W*(?:(?:but|and|yet)\s+)?[a-z]+\s+(?:the\s+)?$")


def possessive_names_another_happening(
    date: DateMention, text: str, offset: int, span: tuple[int, int]
) -> bool:
    """Whether a date that owns a happening's noun ("last Tuesday's earthquake", "Saturday's attack") names
    that happening rather than dating the act the sentence tells (`span`, within the sentence): after a
    preposition of origin, cause or sequence ("pulled from the rubble of last Tuesday's earthquake", "arrested
    over Monday's bombing"), or in the subject before the act's verb ("Buildings weakened by last week's quake
    collapsed"). An act after its verb that took place within the happening ("killed in Saturday's attack",
    "won 40 seats in Sunday's election"), or that the happening did ("damaged by Thursday's storm"), is of
    its date."""
    at = date.start - offset
    after = text[date.end - offset :]
    noun = _HAPPENING_NOUN.match(after[3:]) if after.startswith(("'s ", "’s ")) else None
    if noun is None:
        return False
    noun_at = date.end - offset + 3 + noun.start(2)
    if span[0] <= noun_at < span[1]:
        return False  # "were killed in Saturday's attack" read by its noun: the act is the happening named
    lead = _PREPOSITION_OF_POSSESSIVE_DATE.search(text, max(0, at - 20), at)
    if lead is None:
        return False
    # (in the subject: a verb follows the phrase in its own clause, and the act is not read before the date,
    # "Soldiers wounded in Saturday's attack died" telling the wounding)
    noun_end = date.end - offset + 3 + noun.end()
    verb = FINITE_VERB.search(text, noun_end)
    in_subject = (
        span[0] >= at
        and verb is not None
        and _CLAUSE_BREAK.search(text, noun_end, verb.start()) is None
        and not _OPENS_WITH_PREPOSITION.match(text[: lead.end()])
    )
    word = lead.group("word").lower()
    # ("The station was damaged by Thursday's storm": after the verb, "by" names who did the act, the
    # happening itself)
    return in_subject or (word not in _WITHIN_HAPPENING and word != "by")


_MONTH_WORD = rf"(?:{alternatives(MONTH_NAMES)})\b"
# The subject a possessive opens, up to its date: "A lower court's", "The regulator's"
_POSSESSIVE_SUBJECT = re.compile(r"^\s*(?:(?:[\w’'.-]+|[\w’'.-]+,)\s+){0,5}?[\w.-]+['’]s\s+$")
# ... then the noun the date modifies and a passive verb: "order was overturned", "ruling has been upheld"
_NOUN_THEN_PASSIVE = re.compile(
    r"^(?:\s+[a-z][\w-]*){1,3}?\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?"
    r"(?:[a-z]+ed|[a-z]+en|[a-z]+wn|upheld|struck|overturned|set|put|cut|shut|withheld)\b"
)


def possessive_subject_of_a_passive(date: DateMention, text: str, offset: int) -> bool:
    """ "A lower court's June 3 order was overturned", "The regulator's May ruling has been upheld": a
    calendar date or month that a possessive subject holds names its noun's happening; the passive verb
    tells another act done to that thing later (a weekday, "Tuesday's blast was heard", may be the act's)."""
    if date.precision not in ("day", "month") or not re.match(rf"(?i){_MONTH_WORD}", date.text):
        return False
    at = date.start - offset
    return (
        _POSSESSIVE_SUBJECT.match(text[:at]) is not None
        and _NOUN_THEN_PASSIVE.match(text[date.end - offset :]) is not None
    )


# "leading to her death in May 2018", "an inquest into her death in 2019", "an inquiry into the crash in March
# 2020": a phrase of what the act is about or led to (not one it took place within: "killed in the attack in
# May 2019"), whose happening's noun is followed by a month of a stated year or a year
_TOLD_OF_HAPPENING_THEN_DATE = re.compile(
    r"\b(?i:of|to|into|over|about)\s+"
    + HAPPENING_THEN_DATE.removesuffix(r"\s+(?:on|in|of)\s+$")
    + r"\s+in\s+$"
)


def dates_a_happening_told_of(
    date: DateMention, text: str, offset: int, act_start: int, event_type: str
) -> bool:
    """Whether a month of a stated year, or a year, closes a phrase after a verb of the act's clause that
    names the happening the act is about or led to ("is charged with supplying the pills, leading to her
    death in May 2018", "ordered an inquest into her death in 2019"): the date is that happening's; the act is
    of its report's dating. (A day there may well date the act: "opened an inquiry into the crash on Monday";
    and an act of the happening's own kind may be that happening told again.)"""
    if (
        date.precision not in ("month", "year")
        or not re.search(r"\d{4}", date.text)
        or date.anchor is not None
    ):
        return False
    at = date.start - offset
    # (an act read at the date itself, for want of a verb of a kind, is the sentence's clause from its start)
    act_start = 0 if at <= act_start < date.end - offset else act_start
    window = max(0, at - 100)
    found = _TOLD_OF_HAPPENING_THEN_DATE.search(text[window:at])
    if found is None or window + found.start() < act_start:
        return False
    kind = next((name for name, word in found.groupdict().items() if word), "")
    # (in the subject, "Reports of her death in 2019 drew complaints", no verb stands before the phrase)
    return kind != event_type and FINITE_VERB.search(text, act_start, window + found.start()) is not None


def names_a_thing_after_preposition(date: DateMention, text: str, offset: int) -> bool:
    before = text[max(0, date.start - offset - 12) : date.start - offset]
    after = text[date.end - offset : date.end - offset + 30]
    possessive = after.startswith(("'s ", "’s "))
    if date.text.lower().startswith("the "):
        before += "the "
    preposition = re.search(
        r"\b(in|at|on|during|of|from|since|after|following|over|into|about)\s+"
        + ("$" if possessive else r"(the|an?)\s+$"),
        before,
        re.IGNORECASE,
    )
    return preposition is not None and _THING_AFTER.match(after[3:] if possessive else after) is not None


def fmt(day: dt.date) -> str:
    return day.strftime("%a %-d %b %Y")
