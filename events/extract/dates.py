"""Find the dates in English news text and resolve each against the article's publication date.

`find_dates(text, published)` returns one `DateMention` per temporal expression, sorted by position:

    "Zelenskyy said late Wednesday ..." published Thu 10 Apr 2025
        -> DateMention(text="late Wednesday", value="2025-04-09", precision="day", modifier="LATE", ...)

Candidates are found with compiled regular expressions (one per kind of expression: calendar dates,
months, seasons, quarters, years, weekdays, deictic phrases) and their values computed with plain
calendar arithmetic; dateparser is not needed and would be slower. Where candidates overlap, the one
that starts first wins, then the longest; a candidate its resolver refuses ("March 20 soldiers" as a
day) leaves room for a shorter one ("March").
"""

from __future__ import annotations

import calendar
import contextlib
import dataclasses
import datetime as dt
import itertools
import re
import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import dateutil.easter
from dateutil import relativedelta

from events.extract.entities import SPEECH_VERBS
from events.extract.patterns import (
    AM_PM_GOES_ON,
    DEADLINE_AFTER,
    DEADLINE_BEFORE,
    OFFICE_CHANGE,
    TIME_ZONE,
    ScannedPattern,
    compile_for_search,
    compile_gated,
    gated_for_search,
)
from events.extract.quantities import CARDINALS
from events.extract.vocabulary import (
    BARE_TIMETABLE_PARTICIPLES,
    HAPPENING_NOUNS,
    IRREGULAR_PAST,
    LEGAL_FORMS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    SAME_AS_THE_PRESENT,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
    alternatives,
)

__all__ = ["MODIFIERS", "PRECISIONS", "TENSES", "DateMention", "dates_naming_a_time", "find_dates"]

PRECISIONS = ("day", "week", "month", "season", "quarter", "year")
MODIFIERS = ("", "EARLY", "MID", "LATE", "START", "END")
TENSES = ("past", "present", "future")
PRESENT_REF = "PRESENT_REF"

# A day-and-month with no year that falls this soon after publication is this year's, not last year's:
# a news story about a date eleven months back would give its year.
FORWARD_GRACE = dt.timedelta(days=14)


@dataclass(frozen=True)
class DateMention:
    """One temporal expression in a text, and the calendar interval it refers to."""

    start: int
    end: int
    text: str
    value: str
    date_start: dt.date
    date_end: dt.date
    precision: str
    explicit: bool
    modifier: str
    tense: str
    reason: str
    # "two days after the senator's death on 2 March 2019": the dated point the count starts from, a
    # happening of its own when a noun names it
    anchor: DateMention | None = field(default=None, compare=False, repr=False)

    def to_json(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "date_start": self.date_start.isoformat(),
            "date_end": self.date_end.isoformat(),
            "precision": self.precision,
            "explicit": self.explicit,
            "modifier": self.modifier,
            "tense": self.tense,
            "reason": self.reason,
        }


def dates_naming_a_time(dates: Iterable[DateMention], start: int, end: int) -> list[DateMention]:
    """The dates that open inside the span of text from `start` to `end` and name a time of their own:
    "now" or "currently" (PRESENT_REF) is the time of writing, which dates no clause apart from the report."""
    return [d for d in dates if start <= d.start < end and d.value != PRESENT_REF]


@dataclass(frozen=True)
class _Period:
    """A calendar interval with its TIMEX3 value, before it is tied to a span of text."""

    value: str
    start: dt.date
    end: dt.date
    precision: str


def find_dates(text: str, published: dt.date) -> list[DateMention]:
    """Every date mention in `text`, resolved against `published`, sorted by start; [] when none."""
    if isinstance(published, dt.datetime):
        published = published.date()
    mentions: list[DateMention] = []
    claimed_to = 0
    for start, _, index, match in _candidates(text):
        if start < claimed_to:
            continue
        found = _RULES[index].resolve(_Context(text, match, published))
        if found is not None:
            mentions.extend(found)
            claimed_to = match.end()
    counted = [_counted_from(text, m, mentions[i - 1].end if i else 0) for i, m in enumerate(mentions)]
    told: list[DateMention] = []
    for mention in counted:
        from_story = _from_the_story(mention, told, published)
        if from_story is None:
            continue
        story = _earlier_than_told(text, from_story, told, published)
        told.append(_from_the_saying(text, story, told))
    told = _from_the_saying_after(text, told, published)
    told = [_year_shared(text, m, told[i + 1] if i + 1 < len(told) else None) for i, m in enumerate(told)]
    closed = [_range_closed(text, m, told[i - 1] if i else None) for i, m in enumerate(told)]
    closed = _either_joined(text, closed)
    clock = _clock_times(text, published)
    if clock:
        closed = [m for m in closed if not (m.precision == "year" and m.start in clock)]
    return _in_the_passage_year(
        text,
        published,
        _chronology_in_order(
            text,
            _with_story_year(
                text,
                published,
                _weekdays_after_the_story(
                    text,
                    published,
                    _with_counts_later(text, published, _before_last(text, published, closed)),
                ),
            ),
        ),
    )


# "declared on the Thursday before last that ...", "sacked the coach the week before last.": the one a week
# before the last of them. The idiom ends its phrase: a clause or a preposition follows, or punctuation ("on
# the Friday before last weekend", "the week before last season ended": "last" opens another time)
_BEFORE_LAST_AFTER = re.compile(
    r"(?i)\s+before\s+last(?![\w'’-])"
    r"(?=\s*(?:$|[,.;:!?)\]\"”—–]|\s(?:and|but|or|that|when|while|as|after|because|to|in|at|on|for|with|by|from"
    r"|amid|following|over|against|despite|until|which|who|where|if)\b))"
)
# ... and names the weekday or the week with "the" ("a week before last season ended": a span of time)
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_WEEK_BEFORE_LAST = re.compile(r"(?i)\bthe\s+week" + _BEFORE_LAST_AFTER.pattern.removeprefix("(?i)"))


def _before_last(text: str, published: dt.date, mentions: list[DateMention]) -> list[DateMention]:
    """`mentions` with a past weekday followed by "before last" moved a week back from the last of its name
    (its text taking the words in), and a mention added for each "the week before last": the week before
    the one "last week" names."""
    if "before last" not in text.lower():
        return mentions
    moved: list[DateMention] = []
    for mention in mentions:
        after = _BEFORE_LAST_AFTER.match(text, mention.end)
        if (
            after is None
            or mention.precision != "day"
            or mention.date_end > published
            or not _THE_BEFORE.search(text, max(0, mention.start - 5), mention.start)
        ):
            moved.append(mention)
            continue
        # ("the Friday before last" in a Friday paper: the last Friday is a week ago, not today)
        back = 14 if mention.date_start == published else 7
        day = mention.date_start - dt.timedelta(days=back)
        moved.append(
            dataclasses.replace(
                mention,
                end=after.end(),
                text=text[mention.start : after.end()],
                value=day.isoformat(),
                date_start=day,
                date_end=day,
                tense="past",
                reason=f"'{text[mention.start : after.end()]}': a week before the last "
                f"{day.strftime('%A')} → {_interval_words(_day(day), weekday=True)}",
            )
        )
    for found in _WEEK_BEFORE_LAST.finditer(text):
        if any(m.start < found.end() and found.start() < m.end for m in moved):
            continue
        # (in a Sunday paper "last week" is the one just ending, Monday to Saturday: the week before it)
        period = _week(published - dt.timedelta(days=7 if published.weekday() == 6 else 14))
        said = f"'{found.group()}' in an article published {_published_words(published)}"
        moved.append(_counted(found, period, "week", "past", f"{said} → {_interval_words(period)}"))
    return sorted(moved, key=lambda m: m.start)


# "The vote was held on 3 March. The following Sunday, the president resigned.": a weekday after "the
# following" or "the next" is the first one after the day the story is at, not the report's
_FOLLOWING_BEFORE = re.compile(r"(?i)\bthe\s+(?:following|next|subsequent)\s+$")


def _weekdays_after_the_story(
    text: str, published: dt.date, mentions: list[DateMention]
) -> list[DateMention]:
    out: list[DateMention] = []
    for mention in mentions:
        words = mention.text.lower().split()
        if len(words) == 2 and words[0] == "next" and re.search(r"(?i)\bthe\s+$", text[: mention.start]):
            # ("The next Monday": the reading of "next Monday" takes in "next", not "the")
            words, following = words[1:], True
        else:
            following = _FOLLOWING_BEFORE.search(text, max(0, mention.start - 20), mention.start) is not None
        weekday = _WEEKDAY_NUMBERS.get(words[0]) if len(words) == 1 and following else None
        story = None if weekday is None else _story_day_before(text, mention.start, out, COUNT_SENTENCES_BACK)
        if weekday is None or story is None:
            out.append(mention)
            continue
        period = _day(
            story.date_start + dt.timedelta(days=(weekday - story.date_start.weekday() - 1) % 7 + 1)
        )
        out.append(
            _as_counted(
                mention,
                period,
                story,
                f"'{mention.text}' after the story's day, {story.text} → {_interval_words(period)}",
                tense=_tense_from_interval(period, published),
            )
        )
    return out


# A passage set in a past year ("In 1998, the town had no levee. In June of that year ... In November,
# when the second flood came, the mayor resigned."): a month or day given without its year within this many
# sentences of the passage's last date is of the passage's year, not of the twelve months before publication
PASSAGE_SENTENCES = 2
# what sets a passage in a year: a sentence opening on its year ("In 1998,", "By 2006 the ...")
_PASSAGE_OPENS = re.compile(r"(?i)(?:^|[.!?][\"'”’)]*\s+|\n\s*)(?:in|by|during|throughout)\s+$")
# a sentence that looks ahead or speaks of now has left the passage ("In March, the firm will ...")
_LEFT_THE_PASSAGE = re.compile(r"(?i)\b(?:will|would|now|today|currently|next|this)\b")


def _in_the_passage_year(text: str, published: dt.date, mentions: list[DateMention]) -> list[DateMention]:
    """A month or a day without its year that goes on with a passage set in a past year takes that year."""
    out: list[DateMention] = []
    for mention in mentions:
        above = next((m for m in reversed(out) if m.value != PRESENT_REF), None)
        passage_year = _passage_year(text, above, published)
        if (
            above is None
            or passage_year is None
            or mention.precision not in ("day", "month")
            or "(no year)" not in mention.reason
            # ("the appeal is due to be heard in October", below a sentence set in 2019): a month
            # still ahead of the report is no part of a past passage
            or mention.tense == "future"
            or mention.date_start.year == passage_year
            or len(_SENTENCE_END.findall(text, above.end, mention.start)) > PASSAGE_SENTENCES
            or _LEFT_THE_PASSAGE.search(_sentence_around(text, mention.start, mention.end))
        ):
            out.append(mention)
            continue
        try:
            start = mention.date_start.replace(year=passage_year)
            end = mention.date_end.replace(year=passage_year)
        except ValueError:  # 29 February
            out.append(mention)
            continue
        if start < above.date_start:
            out.append(mention)  # a month before the passage's own date may be of the year after it
            continue
        period = _Period(
            mention.value.replace(str(mention.date_start.year), str(passage_year), 1),
            start,
            end,
            mention.precision,
        )
        out.append(
            dataclasses.replace(
                mention,
                value=period.value,
                date_start=start,
                date_end=end,
                tense=_tense_from_interval(period, published),
                reason=f"'{mention.text}' in a passage set in {passage_year} → {_interval_words(period)}",
            )
        )
    return out


def _passage_year(text: str, above: DateMention | None, published: dt.date) -> int | None:
    """The past year a passage is set in by the date `above`: a year opening its sentence ("In 1998,"), or a
    month or day of a stated or story year ("In June of that year", "on 5 March 2011"); None otherwise."""
    if (
        above is None
        or above.date_start.year >= published.year
        or above.date_start.year != above.date_end.year
    ):
        return None
    if above.precision == "year":
        # Only a match ending at the year counts, and every one does (its last spaces run to the year), so
        # the search starts where one could: past the spaces before the year, its word, and the spaces,
        # quotes or newline before that, less the stop. (Searching from 0 tried every position of the text.)
        start = above.start
        while start and text[start - 1].isspace():
            start -= 1
        while start and text[start - 1].isalpha():
            start -= 1
        while start and (text[start - 1].isspace() or text[start - 1] in "\"'”’)"):
            start -= 1
        opens = _PASSAGE_OPENS.search(text, max(0, start - 1), above.start)
        return above.date_start.year if opens is not None and opens.end() == above.start else None
    if above.precision in ("day", "month") and "(no year)" not in above.reason:
        return above.date_start.year
    return None


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end]."""
    ends = list(_SENTENCE_END.finditer(text, 0, start))
    opening = ends[-1].end() if ends else 0
    closing = _SENTENCE_END.search(text, end)
    return text[opening : closing.start() if closing else len(text)]


# The day at the head of a chronology's line ("10 July: The cap is removed", "June 2 - Engineers try ...")
_ENTRY_HEAD_AFTER = re.compile(r"\s*(?:[-–—:])\s")
# (how far a list's next entry may lie after the one above it and still be the same run of days)
ENTRY_STEP_MOST = dt.timedelta(days=366)


def _chronology_in_order(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A chronology's entries run in order, so an entry given without its year follows the one above it:
    in a page dated 15 June whose list runs "2 June: ...", "16 June: ...", "10 July: ..." (the page was
    updated after its date), 10 July is the July after 16 June, not the July before the page."""
    out: list[DateMention] = []
    heads: list[DateMention] = []  # the entries above, in the order of the page
    for mention in mentions:
        head = (mention.start == 0 or text[mention.start - 1] == "\n") and _ENTRY_HEAD_AFTER.match(
            text, mention.end
        )
        if not head or mention.precision != "day":
            out.append(mention)
            continue
        above = heads[-1] if heads else None
        # (two entries in order above it show the list runs forward; one tells nothing)
        rising = len(heads) >= 2 and heads[-2].date_start <= heads[-1].date_start
        if above is not None and rising and "(no year)" in mention.reason:
            # the first such day on or after the entry above (a day read as next year's because its clause
            # looks ahead comes back too: "April 25 - The agency approves a plan to ...")
            with contextlib.suppress(ValueError):
                year = above.date_start.year
                day = mention.date_start.replace(year=year)
                if day < above.date_start:
                    day = day.replace(year=year + 1)
                if day != mention.date_start and day - above.date_start <= ENTRY_STEP_MOST:
                    period = _Period(mention.value, day, day, mention.precision)
                    mention = dataclasses.replace(
                        mention,
                        value=mention.value.replace(str(mention.date_start.year), str(day.year), 1),
                        date_start=day,
                        date_end=day,
                        reason=f"'{mention.text}' follows the chronology's entry above it, {above.text} "
                        f"→ {_interval_words(period)}",
                    )
        heads.append(mention)
        out.append(mention)
    return out


def looks_ahead(text: str, mention: DateMention, published: dt.date) -> bool:
    """Whether the clause of a date found in `text` looks ahead, whatever the date's own tense: "It is
    hoped the test will start this morning" tells of the report's day as the day of what lies ahead."""
    match = re.compile(re.escape(mention.text)).match(text, mention.start)
    return match is not None and _is_future_context(_Context(text, match, published))


# "2042: Ms Roe says ...", "2300 The BBC is ending this page", "1957: A reader writes ...": a live page
# stamps its entries with the 24-hour clock, four digits (with or without a colon) opening an entry, which
# read like years; a stamp is a valid time of day, hours below 24 and minutes below 60
_CLOCK = r"(?:[01]\d|2[0-3])[0-5]\d"
_CLOCK_OPENER = compile_for_search(
    rf"(?<![\w.,:/$£€-])(?P<colon>{_CLOCK}):\s|^[ \t]*(?P<line>{_CLOCK})(?=[ \t]+[A-Z\"“‘'])", re.MULTILINE
)
CLOCK_OPENERS = 3  # a run of stamps, not one year that opens a line of a timeline
# "... looking for food and water 1828 US aid chief Rajiv Shah says": on a live page, a caption left
# without its full stop runs into the next entry, whose stamp then sits between a lower-case word and a
# capitalised one; a year there follows a word that places it ("in 2008", "the 2004 tsunami")
_CLOCK_RUN_ON = re.compile(rf"\b(?P<word>[a-z]+) (?P<stamp>{_CLOCK})(?=[ \t]+[A-Z])")
_PLACES_A_YEAR = frozenset(
    """in of on by to the and or since from until till after before during between through circa year its
    their his her a an this that""".split()
)


def _clock_times(text: str, published: dt.date) -> set[int]:
    """Where the entries of a live page are stamped with the time of day: the starts of the stamps, when
    the text has a run of them that a timeline of years cannot be, one of them lying (as a year) years
    after publication, or the run counting down as a live page's newest-first entries do (a timeline's
    "2006: ..." lies before publication and counts up); an empty set otherwise."""
    stamps = [m.start("colon") if m.group("colon") else m.start("line") for m in _CLOCK_OPENER.finditer(text)]
    if len(stamps) < CLOCK_OPENERS:
        return set()
    times = [int(text[start : start + 4]) for start in stamps]
    beyond = any(time > published.year + 1 for time in times)
    counting_down = all(later < earlier for earlier, later in itertools.pairwise(times))
    if not (beyond or counting_down):
        return set()
    run_on = {m.start("stamp") for m in _CLOCK_RUN_ON.finditer(text) if m.group("word") not in _PLACES_A_YEAR}
    return set(stamps) | run_on


# "went to a clinic on 3 March but died four days later": a count of days (or weeks) "later" runs on from
# the day its sentence names before it
# (each searched for through a whole article: led by the letters a match opens with, see `compile_for_search`)
_COUNT_LATER = gated_for_search(
    r"\b(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit>day|week)s?\s+later\b",
    re.IGNORECASE,
)


# "began pumping on Wednesday afternoon. Seven hours later, the company ...", "Just over 36 hours later the
# rig sank": a count of hours later runs on from the day the story is at, to the nearest whole day
_HOURS_LATER = gated_for_search(
    r"\b(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"hours?\s+later\b",
    re.IGNORECASE,
)


def _hours_later(text: str, published: dt.date, mentions: list[DateMention]) -> list[DateMention]:
    """The day each "N hours later" falls on, counted from the last day the text dates before it (within
    STORY_REACH): the story's day and N hours on, rounded to the nearest day."""
    added: list[DateMention] = []
    for found in _HOURS_LATER.finditer(text):
        if any(m.start < found.end() and found.start() < m.end for m in mentions):
            continue
        # (the story's day moves on with each count: "36 hours later ... Seven hours later")
        told = sorted([*mentions, *added], key=lambda m: m.start)
        point = next((m for m in reversed(told) if m.end <= found.start() and m.value != PRESENT_REF), None)
        if point is None or point.precision != "day" or found.start() - point.end > STORY_REACH:
            continue
        count = _NUMBER_WORDS.get(found.group("count").lower()) or int(found.group("count"))
        period = _day(point.date_start + dt.timedelta(days=round(count / 24)))
        added.append(
            _counted_day(found, period, published, _story_count_reason(found.group(), point, period), point)
        )
    return added


def _counted_day(
    found: re.Match[str], period: _Period, published: dt.date, reason: str, anchor: DateMention
) -> DateMention:
    """The day a count ("three days later", "seven hours later") reaches from the date it counts from."""
    return _counted(found, period, "day", _tense_from_interval(period, published), reason, anchor)


def _counted(
    found: re.Match[str],
    period: _Period,
    precision: str,
    tense: str,
    reason: str,
    anchor: DateMention | None = None,
) -> DateMention:
    """The date a count of days or hours after another reaches, at `precision`."""
    return DateMention(
        start=found.start(),
        end=found.end(),
        text=found.group(),
        value=period.value,
        date_start=period.start,
        date_end=period.end,
        precision=precision,
        explicit=False,
        modifier="",
        tense=tense,
        reason=reason,
        anchor=anchor,
    )


def _story_count_reason(text: str, point: DateMention, period: _Period) -> str:
    return f"'{text}' counted from the story's day, {point.text} → {_interval_words(period)}"


def _year_counted_on(
    text: str, found: re.Match[str], published: dt.date, mentions: list[DateMention]
) -> list[DateMention]:
    """ "In 2006, the inspectors found cracks. Six days later, the supervisor wrote ...": a count of days
    after a passage set in a past year, with no day to count from, is of that year at least, not of the
    report's day."""
    told = [m for m in mentions if m.end <= found.start() and m.value != PRESENT_REF]
    point = max(told, key=lambda m: m.start, default=None)
    if (
        point is None
        or point.precision != "year"
        or point.date_start.year >= published.year
        or len(_SENTENCE_END.findall(text, point.end, found.start())) > COUNT_SENTENCES_BACK
    ):
        return []
    period = _year(point.date_start.year)
    reason = f"'{found.group()}' counted from the year the story is in, {point.text} → {period.value}"
    return [_counted(found, period, "year", "past", reason)]


def _with_counts_later(text: str, published: dt.date, mentions: list[DateMention]) -> list[DateMention]:
    """`mentions` and, for each "N days later" (or weeks), the day N days (or weeks) on from the date it
    counts from: a day-precision date before it in the same sentence or, when its sentence names no date
    before it, the day the story is at (`_story_day_before`); "N hours later", "hours later", "shortly
    afterwards", "the next morning", from the story's day before them."""
    if not mentions or _LATER_WORDS.search(text) is None:
        return mentions
    added: list[DateMention] = _hours_later(text, published, mentions) if "hour" in text.lower() else []
    for found in _COUNT_LATER.finditer(text):
        if any(m.start < found.end() and found.start() < m.end for m in [*mentions, *added]):
            continue
        point = next((m for m in reversed(mentions) if m.end <= found.start()), None)
        if point is not None and re.search(r"[.!?;]", text[point.end : found.start()]):
            # "He was due to fly out on 5 May. A day later, the company cancelled the trip.": a count
            # opening a sentence of its own runs on from the story's day, not from publication
            story = _story_day_before(text, found.start(), [*mentions, *added], COUNT_SENTENCES_BACK)
            if story is None:
                added.extend(_year_counted_on(text, found, published, [*mentions, *added]))
                continue
            count = _NUMBER_WORDS.get(found.group("count").lower()) or int(found.group("count"))
            days = count * (7 if found.group("unit").lower() == "week" else 1)
            period = _day(story.date_start + dt.timedelta(days=days))
            if story.date_start <= published < period.start:
                # "Floods hit the valley on 9 July. '...,' one farmer said on Monday. Two weeks later, the
                # government sent troops.": a count on from a day gone by that runs past the report's day
                # counts from the wrong day (the report tells what has happened), so it dates nothing
                continue
            added.append(
                _counted_day(
                    found, period, published, _story_count_reason(found.group(), story, period), story
                )
            )
            continue
        if point is None or point.precision != "day" or found.start() - point.end > 120:
            continue
        count = _NUMBER_WORDS.get(found.group("count").lower()) or int(found.group("count"))
        days = count * (7 if found.group("unit").lower() == "week" else 1)
        period = _day(point.date_start + dt.timedelta(days=days))
        reason = f"'{found.group()}' counted from {point.text} → {_interval_words(period)}"
        added.append(_counted_day(found, period, published, reason, point))
    for found in _STORY_LATER.finditer(text):
        if any(m.start < found.end() and found.start() < m.end for m in [*mentions, *added]):
            continue
        story = _story_day_before(text, found.start(), [*mentions, *added])
        if story is None:
            continue  # no day told before it: a time after one the report leaves untold
        period = _day(story.date_start + dt.timedelta(days=1 if found.group("next") else 0))
        added.append(
            _counted_day(found, period, published, _story_count_reason(found.group(), story, period), story)
        )
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


_LATER_WORDS = re.compile(r"(?i)\b(?:later|after(?:wards?)?|thereafter|next|following)\b")

# "The well was capped on 15 July. Hours later, ...", "Shortly afterwards, ...", "The next morning, ...": a
# time told from the happening the story is at, the same day or the day after it
_STORY_LATER = compile_for_search(
    r"""\b(?:
        (?P<next>the\s+(?:next|following)\s+(?:morning|afternoon|evening|night))
      | (?:(?:a\s+few|several|some|just|only|barely|mere)\s+)?(?:hours|minutes|moments)\s+later
      | (?:shortly|soon|not\s+long|immediately|moments|minutes)\s+(?:afterwards?|thereafter|after\s+that)
      | later\s+(?:that|the\s+same)\s+(?:morning|afternoon|evening|night)
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)


def _story_day_before(
    text: str, at: int, mentions: list[DateMention], sentences_back: int = 1
) -> DateMention | None:
    """The day the story is at where `at` tells a time counted from it: the last date the text gives
    before `at` ("now" aside), when that is a day in the same sentence or up to `sentences_back` before;
    None when that date is no day ("in May"), is further back, or there is none."""
    told = [m for m in mentions if m.end <= at and m.value != PRESENT_REF]
    point = max(told, key=lambda m: m.start, default=None)
    if point is None or point.precision != "day" or at - point.end > STORY_REACH:
        return None
    if len(_SENTENCE_END.findall(text, point.end, at)) > sentences_back:
        return None  # the day is told further back than the sentence before: no longer the story's
    return point


# "The tanker ran aground on 3 May. Its crew were taken off. It broke up two days later.": a count of days
# goes on with the story past an undated sentence that tells more of the same day
COUNT_SENTENCES_BACK = 2


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")


# "25 June that year", "in March the same year": a day or month whose year is the one the story is in
_STORY_YEAR_AFTER = re.compile(r"(?i)\s*,?\s*(?:of\s+)?")
_STORY_YEAR_WORDS = ("that year", "the same year")


def _with_story_year(text: str, published: dt.date, mentions: list[DateMention]) -> list[DateMention]:
    """A day or a month given without its year and followed by "that year" takes the year "that year" was
    read as (the one the story is in), as one mention: "She left in April 2009. He died on 25 June that
    year" -> 25 June 2009."""
    out: list[DateMention] = []
    skip = False
    for first, second in itertools.zip_longest(mentions, mentions[1:]):
        if skip:
            skip = False
            continue
        if (
            second is not None
            and first.precision in ("day", "month")
            and "(no year)" in first.reason
            and second.precision == "year"
            and " ".join(second.text.lower().split()) in _STORY_YEAR_WORDS
            and _STORY_YEAR_AFTER.fullmatch(text[first.end : second.start])
        ):
            year = second.date_start.year
            try:
                start, end = first.date_start.replace(year=year), first.date_end.replace(year=year)
            except ValueError:  # 29 February
                out.append(first)
                continue
            words = text[first.start : second.end]
            period = _Period(
                first.value.replace(str(first.date_start.year), str(year), 1), start, end, first.precision
            )
            out.append(
                dataclasses.replace(
                    first,
                    end=second.end,
                    text=words,
                    value=period.value,
                    date_start=start,
                    date_end=end,
                    tense=_tense_from_interval(period, published),
                    reason=f"'{words}': {second.reason.split(' → ')[0]} → {_interval_words(period)}",
                )
            )
            skip = True
            continue
        out.append(first)
    return out


# "between July 20 and July 27", "from June to August": the second date closes a range the first opens
RANGE_OPENS = re.compile(r"(?i)\b(?:between|from)\s+$")
RANGE_JOINS = re.compile(r"(?i)\s*(?:and|to|until|till|through|[-–])\s*")


def _range_closed(text: str, mention: DateMention, opening: DateMention | None) -> DateMention:
    """The end of a range given without its year is not before the range's start: "between July 20 and
    July 27" in an article of 9 July is 20 to 27 July of that year, whatever the tense around it."""
    if (
        opening is None
        or mention.precision not in ("day", "month")
        or "(no year)" not in mention.reason
        or mention.date_start >= opening.date_start
        or not RANGE_JOINS.fullmatch(text[opening.end : mention.start])
        or not RANGE_OPENS.search(text[max(0, opening.start - 10) : opening.start])
    ):
        return mention
    years = opening.date_start.year - mention.date_start.year
    try:
        start = mention.date_start.replace(year=mention.date_start.year + years)
        if start < opening.date_start:
            years += 1
            start = mention.date_start.replace(year=mention.date_start.year + years)
        end = mention.date_end.replace(year=mention.date_end.year + years)
    except ValueError:  # 29 February
        return mention
    period = _Period(mention.value, start, end, mention.precision)
    return dataclasses.replace(
        mention,
        value=mention.value.replace(str(mention.date_start.year), str(start.year), 1),
        date_start=start,
        date_end=end,
        tense=opening.tense,
        reason=f"'{mention.text}' closes the range that {opening.text} opens → {_interval_words(period)}",
    )


# "in March and August 2006", "on May 3 or June 5, 2009", "from 20 July to 2 August 2010": the year
# written once, after the last of the dates it serves
_YEAR_SHARED_JOIN = re.compile(
    r"(?i)\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|to\s+|through\s+|until\s+|till\s+|[-–]\s*)"
    r"(?:(?:in|on)\s+)?"
)
_WRITTEN_YEAR = re.compile(r"\b(1[5-9]|20)\d\d\b")


def _year_shared(text: str, mention: DateMention, following: DateMention | None) -> DateMention:
    """A month or day given without its year takes the year written on the date it is joined to: "in
    March and August 2006" is March 2006, not the March before the article; "December and January 2007"
    is December 2006."""
    if (
        following is None
        or mention.precision not in ("day", "month")
        or following.precision not in ("day", "month")
        or "(no year)" not in mention.reason
        or "(no year)" in following.reason
        or _WRITTEN_YEAR.search(following.text) is None
        or not _YEAR_SHARED_JOIN.fullmatch(text[mention.end : following.start])
    ):
        return mention
    year = following.date_start.year
    try:
        start = mention.date_start.replace(year=year)
        if start > following.date_start:
            year -= 1
            start = mention.date_start.replace(year=year)
        end = mention.date_end.replace(year=year + (mention.date_end.year - mention.date_start.year))
    except ValueError:  # 29 February
        return mention
    if start == mention.date_start:
        return mention
    period = _Period(mention.value, start, end, mention.precision)
    return dataclasses.replace(
        mention,
        value=mention.value.replace(str(mention.date_start.year), str(year), 1),
        date_start=start,
        date_end=end,
        tense=following.tense,
        reason=f"'{mention.text}' takes the year of '{following.text}' → {_interval_words(period)}",
    )


# "in late April or early May", "on Monday or Tuesday": one happening on one of two dates, so one date
# that runs from the first to the second
_EITHER_JOIN = re.compile(r"(?i)\s+or\s+(?:(?:in|on|at|by)\s+)?")
EITHER_MOST = dt.timedelta(days=731)  # "in 2009 or 2010" is still one stretch; "in 1990 or 2010" no date


def _either_joined(text: str, mentions: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    for mention in mentions:
        first = out[-1] if out else None
        if (
            first is None
            or PRESENT_REF in (first.value, mention.value)
            or (first.precision == "year") != (mention.precision == "year")
            or not _EITHER_JOIN.fullmatch(text[first.end : mention.start])
        ):
            out.append(mention)
            continue
        second = mention
        if "(no year)" in second.reason and second.date_start < first.date_start:
            # "late December or early January": the second of the two is the later one (29 February
            # has no next year's)
            with contextlib.suppress(ValueError):
                second = dataclasses.replace(
                    second,
                    date_start=second.date_start.replace(year=second.date_start.year + 1),
                    date_end=second.date_end.replace(year=second.date_end.year + 1),
                )
        start, end = min(first.date_start, second.date_start), max(first.date_end, second.date_end)
        if end - start > EITHER_MOST:
            out.append(mention)
            continue
        precision = max(first.precision, second.precision, key=PRECISIONS.index)
        if precision == "day" and start != end:
            precision = "week"  # "on Monday or Tuesday": no one day
        both = _Period(first.value, start, end, precision)
        words = text[first.start : second.end]
        out[-1] = dataclasses.replace(
            first,
            end=second.end,
            text=words,
            date_start=start,
            date_end=end,
            precision=precision,
            explicit=first.explicit and second.explicit,
            modifier="",
            tense="past" if "past" in (first.tense, second.tense) else first.tense,
            reason=f"'{words}': one of two dates → {_interval_words(both)}",
        )
    return out


# "Jan Roe told police in 2019 that he had fallen ill last year": in words said on a past day, "last year",
# "last month", "yesterday" count from the day of the saying, not from the report's
_SAID_ON_BEFORE = re.compile(
    r"(?i)\b(?:said|says|told|wrote|testified|stated|announced|admitted|claimed)\b[^.!?;]{0,40}?\b(?:in|on)\s+$"
)
_SAYING_RELATIVE = {
    "last year",
    "last month",
    "last week",
    "yesterday",
    "earlier this month",
    "earlier this year",
}


def _from_the_saying(text: str, mention: DateMention, before: list[DateMention]) -> DateMention:
    words = " ".join(mention.text.lower().split())
    if words not in _SAYING_RELATIVE:
        return mention
    point = next(
        (
            m
            for m in reversed(before)
            if m.explicit
            and m.tense == "past"
            and _SAID_ON_BEFORE.search(text[max(0, m.start - 60) : m.start])
            and not re.search(r"[.!?;]", text[m.end : mention.start])
        ),
        None,
    )
    if point is None:
        return mention
    day = point.date_start
    if words == "last year":
        period = _year(day.year - 1)
    elif words == "earlier this year":
        period = _Period(str(day.year), dt.date(day.year, 1, 1), point.date_end, "year")
    elif point.precision == "year":
        return mention  # "said in 2009 ... last month": no month to count from
    elif words == "last month":
        period = _shift(_month(day.year, day.month), _month, -1)
    elif words == "earlier this month":
        period = _Period(
            _month(day.year, day.month).value, dt.date(day.year, day.month, 1), point.date_end, "month"
        )
    elif point.precision != "day":
        return mention
    elif words == "last week":
        period = _week(day - dt.timedelta(weeks=1))
    else:
        period = _day(day - dt.timedelta(days=1))
    return _as_counted(
        mention,
        period,
        point,
        f"'{mention.text}' counted from when it was said, {point.text} → {_interval_words(period)}",
        tense="past",
    )


# '"We found him yesterday," the officer said on Tuesday.' -> Monday: a day named relative to the moment of
# speaking, inside a quotation whose attribution after it dates the saying, counts from that day, not from
# publication (the quotation may run over several sentences before its speaker is named)
_QUOTED_DAY_SHIFT = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "this": 0, "tomorrow": 1}
_QUOTED_DAY = re.compile(
    r"(?i)^(?P<day>yesterday|last\s+night|today|tonight|tomorrow|this(?=\s+(?:morning|afternoon|evening)))"
    r"(?:\s+(?:morning|afternoon|evening|night))?$"
)
# ', the officer said on ' / ' he told reporters ': the closing quotation mark, then an attribution whose verb
# of saying comes before the date, with no sentence end between
_ATTRIBUTION_TO_DATE = re.compile(
    r"^[,.!?]?[\"”]\s*,?\s+(?:[\w.'’-]+\s+){0,6}?(?:said|told|added|wrote|explained|insisted|recalled)\b"
    # (no comma or "that" after the verb: ', he said, adding that a search on Monday failed' dates another
    # act)
    r"(?:(?!\bthat\b)[^.!?;,\"“”]){0,50}?(?:\b(?:on|late|early)\s+)?$"
)


def _inside_a_quotation(text: str, start: int) -> bool:
    """An opening quotation mark before `start` in its paragraph that no mark closes before it."""
    paragraph = text[text.rfind("\n", 0, start) + 1 : start]
    if "“" in paragraph or "”" in paragraph:
        return paragraph.rfind("“") > paragraph.rfind("”")
    return paragraph.count('"') % 2 == 1


def _from_the_saying_after(text: str, mentions: list[DateMention], published: dt.date) -> list[DateMention]:
    found: list[DateMention] = []
    for i, mention in enumerate(mentions):
        words = _QUOTED_DAY.match(" ".join(mention.text.split()))
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if words is None or following is None or not _inside_a_quotation(text, mention.start):
            found.append(mention)
            continue
        # the words after the mention up to the quotation's close, then the attribution up to its date
        close = min(
            (text.find(mark, mention.end) for mark in '"”' if mark in text[mention.end :]), default=-1
        )
        closing = close >= 0 and not any(mark in text[mention.end : close] for mark in "“")
        if (
            not closing
            or following.start < close
            or following.precision != "day"
            or following.tense != "past"
            or _ATTRIBUTION_TO_DATE.match(
                text[close - 1 if text[close - 1] in ",.!?" else close : following.start]
            )
            is None
        ):
            found.append(mention)
            continue
        shift = _QUOTED_DAY_SHIFT[" ".join(words.group("day").lower().split())]
        period = _day(following.date_start + dt.timedelta(days=shift))
        found.append(
            _as_counted(
                mention,
                period,
                following,
                f"'{mention.text}' counted from when it was said, {following.text}"
                f" → {_interval_words(period)}",
                tense=_tense_from_interval(period, published),
            )
        )
    return found


# "The deal was signed on 3 February. The day before, ..." -> 2 February: a day or week counted from the
# story's time, the last day the text dates just before, not from publication
_STORY_DAYS = {
    "the previous day": -1,
    "the day before": -1,
    "the next day": 1,
    "the following day": 1,
    "that day": 0,
}
_SAME_DAY = re.compile(
    r"^(?:(?:earlier|later)\s+)?(?:(?:that\s+same|the\s+same|that)\s+day"
    r"|that\s+(?:same\s+)?(?:morning|afternoon|evening|night))$"
)
_STORY_WEEKS = {"the previous week": -1, "the prior week": -1, "the following week": 1}
STORY_REACH = 600  # characters back to the day the story is at (about a paragraph or two)


def _from_the_story(
    mention: DateMention, before: list[DateMention], published: dt.date
) -> DateMention | None:
    words = " ".join(mention.text.lower().split())
    # "later that day", "that same day": the story's own day, told no earlier or later
    words = _SAME_DAY.sub("that day", words)
    step = _STORY_DAYS.get(words, _STORY_WEEKS.get(words))
    if step is None:
        return mention
    point = next(
        (
            m
            for m in reversed(before)
            if m.precision == "day"
            and m.value != PRESENT_REF
            and mention.start - m.end <= STORY_REACH
            # ("The day before, ... The previous week, ...": both count from the story's day, not each other)
            and " ".join(m.text.lower().split()) not in _STORY_DAYS
        ),
        None,
    )
    if point is None:
        # "The next day we visit the embassy": a day after one the story has left untold, not tomorrow
        # ("tomorrow" is the report's own word for that); what went before is still the report's eve
        return None if step >= 0 and words in _STORY_DAYS else mention
    if words in _STORY_DAYS:
        period = _day(point.date_start + dt.timedelta(days=step))
    else:
        period = _week(point.date_start + dt.timedelta(weeks=step))
    return _as_counted(
        mention,
        period,
        point,
        f"'{mention.text}' counted from the story's day, {point.text} → {_interval_words(period)}",
        tense=_tense_from_interval(period, published),
    )


_EARLIER = re.compile(r"(?i)^(?P<count>\w+)\s+(?P<unit>day|week|month|year)s?\s+earlier$")


def _earlier_than_told(
    text: str, mention: DateMention, before: list[DateMention], published: dt.date
) -> DateMention:
    """ "fell to 3.2% in March from 3.5% a month earlier" -> February: "earlier" counts back from the date
    its sentence has just told, or the sentence just before it ("... quoted her as saying on Sunday.
    Speaking to reporters a day earlier, she said ..." -> Saturday), not from publication (it does when
    neither told one)."""
    found = _EARLIER.match(" ".join(mention.text.split()))
    if found is None or not before:
        return mention
    point = before[-1]
    between = text[point.end : mention.start]
    if point.value == PRESENT_REF or re.search(r";\s", between) or len(_SENTENCE_END.findall(between)) > 1:
        return mention
    count = _NUMBER_WORDS.get(found.group("count").lower()) or int(found.group("count"))
    unit = found.group("unit").lower()
    day = point.date_start
    if unit == "year":
        period = _year(day.year - count)
    elif unit == "month":
        period = _shift(_month(day.year, day.month), _month, -count)
    elif point.precision != "day":
        return mention  # "in March ... a week earlier": no day to count from
    elif unit == "week":
        period = _week(day - dt.timedelta(weeks=count))
    else:
        period = _day(day - dt.timedelta(days=count))
    return dataclasses.replace(
        mention,
        value=period.value,
        date_start=period.start,
        date_end=period.end,
        precision=period.precision,
        tense=_tense_from_interval(period, published),
        reason=f"'{mention.text}' counted back from {point.text} → {_interval_words(period)}",
    )


_COUNT_BEFORE = re.compile(
    r"(?i)\b(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit>day|week|month|year)s?\s+(?P<side>after|before)\b(?P<between>[^.;:!?]{0,40}?)\s*$"
)


_ROUGHLY = re.compile(
    r"(?i)\b(?:nearly|almost|about|around|roughly|some|approximately|more\s+than|less\s+than|over|under)\s+$"
)


def _counted_from(text: str, mention: DateMention, floor: int) -> DateMention:
    """ "two days after the senator's death on 2 March 2019" -> 4 March 2019: a count from a dated point."""
    if mention.precision not in ("day", "month"):
        return mention
    before = text[max(floor, mention.start - 70) : mention.start]
    found = _COUNT_BEFORE.search(before)
    if found is None or re.search(r"\b(said|says|told|and|but|which|who)\b", found.group("between")):
        return mention
    count = _NUMBER_WORDS.get(found.group("count").lower()) or int(found.group("count"))
    sign = 1 if found.group("side").lower() == "after" else -1
    unit = found.group("unit").lower()
    if unit in ("month", "year"):
        months = count * (12 if unit == "year" else 1) * sign
        year, month = _add_months(mention.date_start.year, mention.date_start.month, months)
        if mention.precision == "month":
            period = _month(year, month)
        else:
            day = min(mention.date_start.day, calendar.monthrange(year, month)[1])
            period = _day(dt.date(year, month, day))
    elif mention.precision == "day":
        period = _day(mention.date_start + dt.timedelta(days=count * (7 if unit == "week" else 1) * sign))
    else:
        return mention  # "two weeks after June 2009" lies in no one month
    if _ROUGHLY.search(before[: found.start()]):
        # "nearly four months after the dam failed on March 3": about then, not that very day
        middle = period.start
        period = {
            "day": period,
            "week": _week(middle),
            "month": _month(middle.year, middle.month),
            "year": _year(middle.year),
        }[unit]
    start = mention.start - len(before) + found.start()
    counted = _as_counted(
        mention,
        period,
        mention,
        f"'{text[start : mention.end]}' counted from {mention.text} → {_interval_words(period)}",
        tense=mention.tense,
    )
    return dataclasses.replace(counted, start=start, text=text[start : mention.end])


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    """Every rule's matches, first by start and then longest first, as (start, -end, rule, match).

    Running a dozen patterns over a whole article is slow, so a quick pass finds the anchor words that
    every date expression contains ("April", "Tuesday", "2025", "week", "ago", "yesterday", ...), and
    each rule that can use an anchor runs only in a small window around it, keeping the matches that
    contain it.
    """
    found: dict[tuple[int, int, int], re.Match[str]] = {}
    for anchor_start, anchor_end, kind in _anchors(text):
        low, high = max(0, anchor_start - _WINDOW), anchor_end + _WINDOW
        for index in _RULES_BY_ANCHOR[kind]:
            for match in _RULES[index].pattern.finditer(text, low, high):
                if match.start() <= anchor_start and match.end() >= anchor_end:
                    found[match.start(), -match.end(), index] = match
    return sorted((*key, match) for key, match in found.items())


def _anchors(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of each anchor word; kind is a key of _RULES_BY_ANCHOR."""
    for match in _NAME_ANCHOR.finditer(text):
        word = match.group()
        yield match.start(), match.end(), _NAME_KINDS.get(word) or ("digits" if word[0].isdigit() else "code")
    # str.find is far quicker than a regular expression for these words, most of which start with
    # common letters. Offsets stay right only if lowering keeps the length, as it does but for rare
    # letters ("İ"); then the slower, length-keeping translate() is used.
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text.translate(_ASCII_LOWER)
    size = len(lowered)
    for word, kind in _ANCHOR_WORDS.items():
        start = lowered.find(word)
        while start >= 0:
            end = start + len(word)
            if (start == 0 or not lowered[start - 1].isalnum()) and (
                end == size or not lowered[end].isalnum()
            ):
                yield start, end, kind
            start = lowered.find(word, end)


@dataclass(frozen=True)
class _Context:
    """What a resolver sees: the whole text (for the words around the match), the match and the date."""

    text: str
    match: re.Match[str]
    published: dt.date

    def group(self, name: str) -> str:
        return self.match.group(name) or ""

    def before(self, width: int = 30) -> str:
        return self.text[max(0, self.match.start() - width) : self.match.start()]

    def after(self, width: int = 30) -> str:
        return self.text[self.match.end() : self.match.end() + width]

    def mention(
        self,
        period: _Period,
        *,
        explicit: bool,
        reason: str,
        modifier: str = "",
        tense: str = "",
        span: tuple[int, int] | None = None,
    ) -> DateMention:
        start, end = span or self.match.span()
        return DateMention(
            start=start,
            end=end,
            text=self.text[start:end],
            value=period.value,
            date_start=period.start,
            date_end=period.end,
            precision=period.precision,
            explicit=explicit,
            modifier=modifier,
            tense=tense or _tense_from_interval(period, self.published),
            reason=reason,
        )


@dataclass(frozen=True)
class _Rule:
    """A pattern and its resolver. The resolver returns the mentions in a match; [] for a malformed date
    ("2025-33-09", "April 31"), which claims its span so that no part of it is read again as a year or
    a month; or None to refuse the match ("March 20 soldiers") and let shorter ones inside it try."""

    pattern: re.Pattern[str]
    resolve: Callable[[_Context], list[DateMention] | None]
    # Which kinds of anchor word (see _anchors) every match of `pattern` contains one of.
    anchors: frozenset[str]


def _alternatives(words: Iterable[str]) -> str:
    """`Word|WORD` alternatives, longest first so that "Sept" is tried before "Sep"."""
    forms = {form for word in words for form in (word.title(), word.upper())}
    return "|".join(sorted(forms, key=lambda form: (-len(form), form)))


_MONTH_NUMBERS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}
_WEEKDAY_NUMBERS = {name.lower(): number for number, name in enumerate(WEEKDAY_NAMES)}
_NUMBER_WORDS = {"a": 1, "an": 1, **CARDINALS}
_SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}
_MODIFIER_WORDS = {
    "early": "EARLY",
    "mid": "MID",
    "late": "LATE",
    "start": "START",
    "beginning": "START",
    "middle": "MID",
    "end": "END",
    "close": "END",
    "first week": "START",
    "opening week": "START",
    "last week": "END",
    "final week": "END",
    "closing week": "END",
}

# Capitalised (or upper-case) only: "may" and "march" in lower case are a verb and a noun.
_MONTH = (
    rf"(?:(?:{_alternatives(_MONTH_NUMBERS)})\b"
    rf"|(?:{_alternatives(MONTH_ABBREVIATIONS)})(?:\.(?=\s*\d)|\b))"
)
_WEEKDAY = rf"(?:{_alternatives(_WEEKDAY_NUMBERS)})\b"
_WEEKDAY_ANY = rf"(?:{_alternatives([*_WEEKDAY_NUMBERS, *WEEKDAY_ABBREVIATIONS])})\b\.?"
# 1800-2099, not part of a longer number, an amount, a decade ("1990s") or a numeric date.
_YEAR = r"(?<![\w$€£#])(?<!\d[.,/])(?:1[89]\d\d|20\d\d)(?!\d|[.,]\d|%|s\b|[-/]\d\d?[-/])"
_DAY_DIGITS = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|[.,:]\d|%)"
_DAY = rf"(?<![\w$€£#.,:/-]){_DAY_DIGITS}"
_MOD = r"(?i:(?P<mod>early|late|mid)(?:-|\s+)|the\s+(?P<edge>start|beginning|end|middle|close)\s+of\s+)"
# ... and, before a month, its first or last seven days: "in the first week of August", "the final week of
# May" (a week of a month runs from its day 1 or to its last day, whatever the weekdays)
_MONTH_MOD = _MOD.replace("|close)", r"|close|(?:first|opening|last|final|closing)\s+week)")
_YEAR_REL = r"(?i:last|this|next)"


def _as_counted(
    mention: DateMention, period: _Period, point: DateMention, reason: str, *, tense: str
) -> DateMention:
    """`mention` as the period counted from another date (`point`), saying so in its reason."""
    return dataclasses.replace(
        mention,
        value=period.value,
        date_start=period.start,
        date_end=period.end,
        precision=period.precision,
        tense=tense,
        reason=reason,
        anchor=point,
    )


def _day(day: dt.date) -> _Period:
    return _Period(day.isoformat(), day, day, "day")


def _week(day: dt.date) -> _Period:
    monday = day - dt.timedelta(days=day.weekday())
    iso = day.isocalendar()
    return _Period(f"{iso.year}-W{iso.week:02d}", monday, monday + dt.timedelta(days=6), "week")


def _weekend(day: dt.date) -> _Period:
    week = _week(day)
    return _Period(f"{week.value}-WE", week.start + dt.timedelta(days=5), week.end, "week")


def _month(year: int, month: int) -> _Period:
    last = calendar.monthrange(year, month)[1]
    return _Period(f"{year}-{month:02d}", dt.date(year, month, 1), dt.date(year, month, last), "month")


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _months(year: int, first_month: int, count: int) -> tuple[dt.date, dt.date]:
    end_year, end_month = _add_months(year, first_month, count - 1)
    return dt.date(year, first_month, 1), _month(end_year, end_month).end


def _season(year: int, code: str) -> _Period:
    # Meteorological seasons; winter starts in December, so "2024-WI" is Dec 2024 - Feb 2025.
    start, end = _months(year, _SEASON_FIRST_MONTH[code], 3)
    return _Period(f"{year}-{code}", start, end, "season")


def _quarter(year: int, quarter: int) -> _Period:
    start, end = _months(year, 3 * quarter - 2, 3)
    return _Period(f"{year}-Q{quarter}", start, end, "quarter")


def _half(year: int, half: int) -> _Period:
    start, end = _months(year, 6 * half - 5, 6)
    return _Period(f"{year}-H{half}", start, end, "year")


def _year(year: int) -> _Period:
    return _Period(str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _period_containing(unit: str, day: dt.date) -> _Period:
    """The week, month, quarter or year (any other unit) that `day` falls in."""
    if unit == "week":
        return _week(day)
    if unit == "month":
        return _month(day.year, day.month)
    if unit == "quarter":
        return _quarter(day.year, (day.month - 1) // 3 + 1)
    return _year(day.year)


def _narrow(period: _Period, modifier: str) -> _Period:
    """The part of `period` that "early", "mid", "late", "the start of", "the end of" point to:
    a third of it for EARLY, MID and LATE, a sixth (or at least a month) for START and END."""
    if not modifier or period.precision == "day":
        return period
    if period.precision == "week":
        # a week: early Mon-Wed, mid Tue-Thu, late Thu-Sun, start Mon-Tue, end Fri-Sun; a weekend has two
        # days, so "early this weekend" is its Saturday and "the end of this weekend" its Sunday (a week's
        # offsets would run past the weekend into the next week)
        offsets = (
            {"EARLY": (0, 0), "MID": (0, 1), "LATE": (1, 1), "START": (0, 0), "END": (1, 1)}
            if period.value.endswith("-WE")
            else {"EARLY": (0, 2), "MID": (1, 3), "LATE": (3, 6), "START": (0, 1), "END": (4, 6)}
        )
        first, last = offsets[modifier]
        return _Period(
            period.value,
            period.start + dt.timedelta(days=first),
            # (a Sunday paper's "late last week" ends on the Saturday its week ends on)
            min(period.start + dt.timedelta(days=last), period.end),
            period.precision,
        )
    if period.precision == "month":
        # early: 1-10, mid: 11-20, late: 21-end, start: 1-7, end: the last seven days
        length = period.end.day
        first_day, last_day = {
            "EARLY": (1, 10),
            "MID": (11, 20),
            "LATE": (21, length),
            "START": (1, 7),
            "END": (length - 6, length),
        }[modifier]
        return _Period(
            period.value,
            period.start.replace(day=first_day),
            period.start.replace(day=last_day),
            period.precision,
        )
    # Seasons, quarters, halves and years, by whole months: "early 2025" = Jan-Apr, "the end of 2024" =
    # Nov-Dec, "late summer 2024" = Aug 2024.
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    third, sixth = months // 3, max(1, months // 6)
    offset, size = {
        "EARLY": (0, third),
        "MID": (third, third),
        "LATE": (months - third, third),
        "START": (0, sixth),
        "END": (months - sixth, sixth),
    }[modifier]
    year, month = _add_months(period.start.year, period.start.month, offset)
    start, end = _months(year, month, size)
    return _Period(period.value, start, end, period.precision)


def _shift(period: _Period, maker: Callable[[int, int], _Period], step: int) -> _Period:
    """The period `step` units after (or before) `period`, for units made by `maker(year, n)`."""
    if period.precision == "month":
        return maker(*_add_months(period.start.year, period.start.month, step))
    # quarters: n = 1..4
    quarter = (period.start.month - 1) // 3 + step
    return maker(period.start.year + quarter // 4, quarter % 4 + 1)


def _latest_on_or_before(candidates: list[_Period], day: dt.date) -> _Period:
    return max((period for period in candidates if period.start <= day), key=lambda period: period.start)


def _earliest_ending_on_or_after(candidates: list[_Period], day: dt.date) -> _Period:
    return min((period for period in candidates if period.end >= day), key=lambda period: period.start)


def _around(
    maker: Callable[[int], _Period], published: dt.date, future: bool, ahead_ok: bool = False
) -> _Period:
    """An annual period named without its year ("May", "the spring"): the latest to have started by
    publication, or, in a sentence about the future, the first not yet over."""
    candidates = [maker(year) for year in range(published.year - 2, published.year + 2)]
    if future:
        return _earliest_ending_on_or_after(candidates, published)
    past = _latest_on_or_before(candidates, published)
    ahead = [period for period in candidates if period.start > published]
    if ahead_ok and ahead and _much_nearer(ahead[0].start, past.end, published):
        return ahead[0]  # "by August" in a June article: this August, not last year's
    return past


# A period ahead of publication is meant, with no word of the future, when it is this close and the
# same period a year back is several times further away.
NEAR_AHEAD = dt.timedelta(days=62)
FARTHER_BACK = 3


def _much_nearer(ahead: dt.date, back: dt.date, published: dt.date) -> bool:
    return ahead - published <= NEAR_AHEAD and (published - back) > FARTHER_BACK * (ahead - published)


def _resolve_weekday(weekday: int, published: dt.date, direction: str) -> dt.date:
    """The `weekday` nearest to `published` in `direction`: "on_or_before", "before", "on_or_after",
    "after"; "Tuesday" in a Wed 9 Apr 2025 article -> Tue 8 Apr 2025, "Wednesday" -> Wed 9 Apr 2025."""
    back = (published.weekday() - weekday) % 7
    forward = (weekday - published.weekday()) % 7
    if direction == "on_or_before":
        return published - dt.timedelta(days=back)
    if direction == "before":
        return published - dt.timedelta(days=back or 7)
    if direction == "on_or_after":
        return published + dt.timedelta(days=forward)
    return published + dt.timedelta(days=forward or 7)


def _tense_from_interval(period: _Period, published: dt.date) -> str:
    if period.end < published:
        return "past"
    if period.start > published:
        return "future"
    return "present"


# A mention with at most this many words before it in its sentence opens the sentence.
_OPENING_WORDS = 3
# A month or a weekday joined to the mention by "and" or "or": "October and", "late August or"
_JOINED_BEFORE = re.compile(
    rf"(?:(?i:early|late|mid)[\s-]+)?(?:{_MONTH}|{_WEEKDAY})(?:\s+{_DAY_DIGITS})?\s*,?\s+(?i:and|or)\s+$"
)
# (a caption run into the text with no stop, "... some district councils On Saturday morning, an aftershock
# struck ...": a capitalised "On" or "In" after a word in lower case opens a sentence of its own)
# (a stop that closes a title is no break: "Sen. Ann Roe will testify on Friday"; nor one that closes
# initials or a firm's abbreviation before a word in lower case: "at a U.S. congressional hearing on
# Thursday", "Acme Corp. executives will meet on Thursday"; before a capital those may end a sentence, "...
# troops to the U.N. The", as may "St." for "Street": "march down Main St. A similar march")
# ("the hearing, slated for 3 p.m. local time on Thursday", "at 2 a.m. EDT on Thursday", "at 6 p.m. Friday": a
# clock's "a.m." or "p.m." goes on with its sentence as the article splitter has it, `AM_PM_GOES_ON`; and
# where the text is cut off just after it, as the words before a date are, the date that follows is its own)
# (the titles are those `coreference.py` and `entities.py` know, each written with a stop)
_TITLES_WITH_A_STOP = "Mr Mrs Ms Dr Prof Sen Rep Gov Gen Adm Col Lt Maj Sgt Capt Rev Fr".split()
_SENTENCE_BREAK = ScannedPattern(
    r"(?:[!?;\n]|\."
    + "".join(rf"(?<!\b{title}\.)" for title in _TITLES_WITH_A_STOP)
    + r"(?<!\b[A-Z]\.[A-Z]\.)(?<!\bCorp\.)(?<!\bInc\.)(?<!\bCo\.)(?<!\bLtd\.)(?<!\b[ap]\.m\.)"
    + r"|\.(?:(?<=\b[A-Z]\.[A-Z]\.)|(?<=\bCorp\.)|(?<=\bInc\.)|(?<=\bCo\.)|(?<=\bLtd\.))(?!\s+[a-z])"
    + rf"|\.(?<=\b[ap]\.m\.)(?!\s+(?:{AM_PM_GOES_ON}|$)))"
    + r"[\"'”’)]*\s|(?<=[a-z])\s+(?=(?:On|In)\s)"
)
# A timetable's participle that looks ahead with no "be" before it ("talks scheduled for May", "slated to
# open"): "due" needs its "is" ("due to the storm" is a cause), "set" its "to" or "for" ("set fire to")
_TIMETABLE_AHEAD = alternatives(word for word in BARE_TIMETABLE_PARTICIPLES if word != "due")
_FUTURE_CUE = compile_gated(
    rf"(?i)(?:\b(?:will|won['’]t|shall|(?:is|are|be)\s+due|expects?|expected\s+to|{_TIMETABLE_AHEAD}"
    # ("rain is forecast for Monday", "forecast to reach the coast on Friday": what is foreseen is ahead; "the
    # bank forecast on Monday that ..." is the past of a verb of saying, a forecast made that day)
    r"|(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbe\s)|(?<=\bbeen\s))forecast"
    r"|forecast(?=\s+(?:to|for|through|until|till|into|over)\b)"
    # ("a spokesman would not comment on Sunday": a refusal, told in the past, not a refusal ahead)
    r"|would(?!\s+not\s+(?:immediately\s+)?(?:comment|confirm|say|disclose|elaborate|discuss|reveal|specify"
    r"|identify|name|give|provide|answer|respond|speculate|divulge|deny)\b)"
    # ("is also expected in Lagos on Sunday": a visit awaited)
    r"|(?<=\bis\s)expected|(?<=\bare\s)expected|(?<=\balso\s)expected"
    # ("Officials were set to meet the president on Thursday": a plan told in the past of the telling is as
    # often still ahead of the report, or of its own day)
    r"|(?:set|poised|slated)\s+to|(?:set|slated)\s+for"
    # ("unveiled his plans for the region in March": after a determiner "plans" is a noun; the clause's
    # verb tells its tense)
    r"|(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\bthe\s)(?<!\btheir\s)(?<!\bour\s)plans?\s+(?:to|for)"
    r"|planned|planning|intends?\s+to|going\s+to|upcoming|ahead\s+of|(?:is|are)\s+to"
    r"|calls?\s+for|called\s+for|urged|urges|until|from\s+next|takes?\s+effect|comes?\s+into\s+force"
    r"|hopes?\s+to|hoping\s+to"
    # "the storm is likely to make landfall on Friday": what is likely is ahead ("was likely to" is a past's)
    r"|(?:is|are|be|seems?|looks?|remains?)\s+(?:(?:also|still|very|more|less|most|\w+ly)\s+)?(?:un)?likely\s+to"
    # "with local elections looming in May": what looms is ahead
    r"|loom(?:s|ing)?"
    # what was agreed or offered to do is ahead of the agreeing: "agreed to hold a conference in March"
    # (and what was hoped, intended or aimed at: "hoped to get the first doses in August"; "had hoped to
    # ride on Sunday" is a hope of the story's past, which the ride may have met)
    r"|(?:agreed|decided|promised|pledged|vowed|offered|offers?|voted|undertook"
    r"|(?<!\bhad\s)(?<!\bhad\sbeen\s)(?:hoped|intended|aimed))\s+to\s+"
    r"(?!(?:a|an|the|its|their|his|her|this|that|these|those|some|any|all|be|have)\b)[a-z]+|on\s+(?:target|track|schedule|course)|aims?\s+to|should(?!\s+(?:not\s+)?have\s+(?:been|had|done|gone|known|seen|told|taken|given|made|got|left|come|\w+ed)\b)"
    # a possibility looks ahead ("could overflow by Friday", "may fail on Saturday"), unless it is of the
    # past ("could have", "could not reach them on Tuesday"); "may" in lower case only, never the month
    r"|might(?!\s+have)|(?-i:may)(?!\s+have)|could(?!\s+(?:have|not|never|only|barely|hardly|still|see|hear)\b)(?!n)"
    # "elections due to be held on 14 March" (not "delayed due to the storm", nor "was due to")
    r"|(?<!was\s)(?<!were\s)due\s+to\s+(?:be|begin|start|take|open|close|end|hold|meet|vote|expire|arrive"
    r"|resume|return|sign|finish|run|report|launch|come|visit|travel|appear|announce|decide|stage|play|perform"
    r"|host|give|attend|tour))\b"
    # "the quarterly figures due on Tuesday", "a verdict due in March": what falls due on a day is still
    # to come ("was due on Monday" is a past's; "the loan falls due on Friday" has a verb whose tense is its
    # own)
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bfalls\s)(?<!\bfall\s)(?<!\bfell\s)(?<!\bfallen\s)"
    r"(?<!\bbecomes\s)(?<!\bbecame\s)(?<!\bbecome\s)\bdue(?=\s+(?:on|in|by|at|next|this|later|early|late)\s)"
    r"|['’]ll\b)"
)
# The past of common irregular verbs, which no ending in -ed shows: "On Thursday, the minister stuck to the
# estimate that ... will", "The vote took place in late April"
_IRREGULAR_PAST = alternatives(w for w in IRREGULAR_PAST if w not in SAME_AS_THE_PRESENT)
_OTHER_CUE = compile_for_search(
    r"\b(?:said|says|told|tells|announced|announces|added|reported|claimed|claims|confirmed|stated"
    r"|wrote|was|were|had|did|has|have|been|since|ago|\w{3,}ed"
    rf"|{_IRREGULAR_PAST})\b",
    re.IGNORECASE,
)
# A meeting someone is invited or summoned to, with the date right after it ("summoned the envoy for talks
# on", "invited union leaders to meet in"): the date is the meeting's, which lies ahead of the asking,
# whatever the tense of the asking; nothing but the meeting's own words stand between ("summoned for
# questioning and was arrested on Monday" dates the arrest)
MEETING_ASKED_FOR = re.compile(
    r"(?i)\b(?P<asking>(?:invit|summon|convene|convok)\w*|ask(?:s|ed)?)\s+(?:[\w’'.-]+\s+){0,6}?"
    r"(?P<meeting>to\s+(?:meet|attend|visit|hold\s+talks|testify|appear\s+before|negotiate)\b"
    r"|(?:to|for)\s+(?:(?:a|an|the|urgent|emergency|crisis|further|fresh|new|private|closed-door|peace)\s+){0,2}"
    r"(?:talks|meeting|meetings|consultations|negotiations|summit|hearing|session|questioning|interview)\b)"
    r"(?:(?!\b(?:and|but|or|was|were|had|has|have|is|are|who|which|that|after|before|when|said|says)\b)"
    r"[^,;:.!?\"“”]){0,60}?\b(?:on|in|at|this|next)?\s*$"
)
# What a body sets or has set "for" a day, in the present or the present perfect, happens on that day, ahead
# of the setting: "the court has set a hearing for Friday", "the union has called a strike for next Monday".
# Only the present and the present perfect: a past setting ("set the trial for May 4", "had called a strike
# for Monday") is often told with its outcome, so its date may lie behind. The object is an occasion's noun
# and the date stands right after "for" ("set a record for March", "its results for the third quarter",
# "a target for 2030" are none)
_OCCASIONS = (
    r"(?:strikes?|walkouts?|stoppages?|elections?|votes?|ballots?|referendums?|referenda|polls?|hearings?"
    r"|trials?|meetings?|rall(?:y|ies)|protests?|marches|demonstrations?|sessions?|summits?|talks|debates?"
    r"|launch|launches|matche?s?|games?|finals?|races?|concerts?|ceremon(?:y|ies)|sentencing|inauguration"
    r"|conference|congress|conventions?|primar(?:y|ies)|runoffs?|run-offs?|auctions?|opening)"
)
_SETTING_NOW = (
    r"(?:(?:has|have)\s+(?:\w+ly\s+|now\s+|also\s+)?(?:called|set|scheduled|rescheduled|fixed|planned|postponed"
    r"|moved|delayed|brought\s+forward)|calls|sets|schedules|reschedules|fixes|postpones|moves|delays)"
)
# (up to six words between the setting and its occasion, none that opens a clause)
_WORDS_TO_THE_OCCASION = (
    r"(?:(?!(?:and|but|or|who|which|that|was|were|is|are|had|has|have|after|before|when|while|said|says"
    r"|for|on)\b)[\w’'.-]+\s+){0,6}?"
)
_SET_FOR_A_DAY = re.compile(rf"(?i)\b{_SETTING_NOW}\s+{_WORDS_TO_THE_OCCASION}{_OCCASIONS}\s+for\s+$")
# What has been called or set "on" a day, in the present perfect: the date is the occasion's, for the perfect
# takes no day of its own ("the union has called a strike on Monday", not "the court set bail on Friday")
_PERFECT_OCCASION_ON_A_DAY = re.compile(
    r"(?i)\b(?:has|have)\s+(?:\w+ly\s+)?(?:called|set|scheduled|fixed|planned|rescheduled)\s+"
    rf"{_WORDS_TO_THE_OCCASION}{_OCCASIONS}\s+on\s+$"
)
# The day that may stand after such a setting's "for" or "on": a weekday, counted from now ("Friday", "next
# Friday"). A month and day keeps the year it has already (a yearless one set "for June 14" in a report of
# July is last June's, told afterwards; one ahead of the report is ahead whatever the setting)
_WEEKDAY_TARGET = re.compile(r"(?i)(?:(?:next|this|coming)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$")


_MONTH_AND_DAY = re.compile(
    rf"(?i)^(?:(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH}))"
)


def _ahead_when_set(context: _Context) -> bool:
    """Whether the date of `context` may be read ahead by its setting: a weekday, counted from now, or a
    yearless month and day that falls on or after the report's day in its year (one behind it is told
    after the event: "has set the vote for March 2" in a report of March 9 keeps March 2 behind)."""
    text = context.match.group(0)
    if _WEEKDAY_TARGET.search(text):
        return True
    found = _MONTH_AND_DAY.match(text)
    if found is None or re.search(r"\d{4}", text):
        return False
    month = _month_number(found.group("month") or found.group("month2"))
    day = int(found.group("day") or found.group("day2"))
    try:
        return dt.date(context.published.year, month, day) >= context.published
    except ValueError:
        return False


def _target_of_a_setting(before: str, after: str) -> bool:
    """Whether a date, with `before` its sentence's words up to it and `after` those after it, is the day an
    occasion is or has been set for, ahead of the setting."""
    if re.match(r"[’']s\b", after):
        return False  # "blamed for Friday's crash": the day names a happening, not the target
    return bool(_SET_FOR_A_DAY.search(before) or _PERFECT_OCCASION_ON_A_DAY.search(before))


def set_for_its_day(text: str, mention: DateMention, offset: int = 0) -> bool:
    """Whether `mention`, found in a text of which `text` (one sentence) starts at `offset`, is the day an
    occasion is or has been set for, and lies ahead of the report ("The court has set a hearing for
    Friday")."""
    start, end = mention.start - offset, mention.end - offset
    return (
        mention.tense == "future"
        and 0 <= start <= end <= len(text)
        and _target_of_a_setting(text[:start], text[end : end + 2])
    )


# The verbs of saying among the tense cues
_SAYING_CUES = frozenset({"said", "says", "told", "tells", "added", "announced", "announces", "stated"})
# "the court will not rule until the judges have heard the appeal on Thursday", "will not vote before the
# panel has reported on Friday": in a time clause under a main clause that looks ahead, the present perfect
# tells what will have happened by then (told of the past, it would be "had heard")
_PERFECT_IN_CLAUSE_AHEAD = re.compile(
    r"(?i)\b(?:will|won['’]t|would|wouldn['’]t|may|might|could|cannot|can['’]t|shall)\s+(?:not\s+)?"
    r"[^,.;:]{1,60}?\b(?:until|till|before|after|once)\s+(?:after\s+)?[^,.;:]{1,60}?"
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]{2,}\b(?P<rest>[^,.;:]{0,60})$"
)
# After the perfect, a clause of its own before the date: "until the crews have mended the dam that broke
# on Friday", "until the firm has repaid the sum it borrowed in May": the date is that clause's, a past one
_OWN_CLAUSE_AFTER_PERFECT = re.compile(r"(?i)\b(?:that|which|who|whom|whose|when|where)\b")


def _perfect_in_clause_ahead(before: str) -> bool:
    """Whether the text before a date ends in a present perfect of a time clause under a main clause that
    looks ahead, the date its own, not that of a clause after it told in the past."""
    found = _PERFECT_IN_CLAUSE_AHEAD.search(before)
    if found is None:
        return False
    rest = found.group("rest")
    return _OWN_CLAUSE_AFTER_PERFECT.search(rest) is None and _PAST_CUE.search(rest) is None


# What joins a date to the next one in the same phrase: " and October", " to Friday", " or early next month"
_JOINED_DATE = re.compile(
    r"(?i)(?:\s*,?\s*(?:and|or|to|through|until)\s+(?:the\s+)?(?:(?:early|late|mid|next|last)[\s-]+)*"
    r"(?-i:[A-Z][a-z]+|\d{1,2})\b(?:\s+\d{1,2}\b)?)*"
)
# What opens a clause with a subject of its own ("said that ...", "..., and that ..."); "that" right after
# a noun's determiner-free verb is the usual complementiser
_CLAUSE_OPENER = re.compile(r"(?i)\b(?:that|whether|because|although|though|while|whereas|if|unless)\s+")
# ... and a conjunction after a comma that joins a clause of its own: "The firm plans to appeal, but lawmakers
# in July voted to ..." (the plan is the first clause's; the vote's tense is told after the date)
_COORDINATE_OPENER = re.compile(r"(?i),\s+(?:but|yet|and|so)\s+(?=[^,;:]{0,60}$)")
# ... and a time conjunction with a subject between it and the date: "regulators could bar the firm after
# senators in July voted to ..." (the bar is ahead, the vote behind: the verb after the date is the vote's;
# "will meet after talks in July" has no verb of its own after the date and keeps the tense before)
_TIME_CLAUSE_OPENER = re.compile(
    r"(?i)\b(?:after|before|when|once)\s+(?=(?:(?!(?:in|on)\b)[\w’'-]+\s+){1,4}(?:(?:in|on)\s+)?$)"
)
# the end of a clause after the date: a comma, a semicolon or a dash
_CLAUSE_END = re.compile(r"[,;:]|\s[-–—]\s")


def _tense_after(context: _Context) -> bool | None:
    """Whether the clause the mention sits in looks ahead, by the first tense cue after it up to the
    clause's end; None when there is none."""
    after = context.after(100)
    ends = [found.start() for found in (_SENTENCE_BREAK.search(after), _CLAUSE_END.search(after)) if found]
    if ends:
        after = after[: min(ends)]
    return _looks_ahead(after)


def _looks_ahead(after: str) -> bool | None:
    """Whether the words after a mention look ahead: a future cue comes before any verb of another tense;
    None when there is neither."""
    future = _future_cue_after(after)
    other = next(
        (c for c in _verb_cues(_OTHER_CUE, after) if not _AFTER_PRESENT_BE.search(after[: c.start()])), None
    )
    if future is None and other is None:
        return None
    return future is not None and (other is None or future.start() < other.start())


_TIME_CONJUNCTIONS = ("after", "before", "when", "once")
# the finite verb right after the date, the subject before it: "after senators in July voted"
_VERB_RIGHT_AFTER = re.compile(
    rf"(?i)^\s*(?:\w+ly\s+)?(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST}|was|were|had|has|have|did|will|would|could"
    r"|may|might|should|is|are)\b"
)


def _verb_right_after(context: _Context) -> bool:
    """Whether a finite verb follows the date at once ("after senators in July voted"), so the time clause
    has a subject and a verb of its own ("before meeting the envoys on Wednesday for what ... said" has
    none: a participle phrase, whose time is the main clause's)."""
    return _VERB_RIGHT_AFTER.match(context.after(40)) is not None


def _sentence_tense_after(context: _Context) -> bool | None:
    """Whether the rest of the mention's sentence looks ahead, by its first tense cue after the mention
    (past or future); None when there is none."""
    after = context.after(_TENSE_WINDOW)
    found = _SENTENCE_BREAK.search(after)
    if found:
        after = after[: found.start()]
    return _looks_ahead(after)


def _future_cue_after(text: str) -> re.Match[str] | None:
    """The first cue of the future in what follows a date; "until" there leads to another date ("from
    April 20 until Thursday"), not to this one's tense."""
    return next((c for c in _FUTURE_CUE.finditer(text) if not re.match(r"(?i)until|till", c.group())), None)


# Verbs of a stretch of time in the past, which "until" ends: "ran until July 15", "lasted until March"
_LASTED_UNTIL = re.compile(
    r"(?i)\b(?:ran|lasted|continued|remained|stayed|gushed|flowed|leaked|spewed|persisted|went\s+on|worked"
    r"|lived|served|raged|held\s+out)\b[^,;]{0,60}$"
)


# "deals for 90m doses by December": a deadline with no verb of the past in its clause is ahead
_BY_BEFORE = re.compile(r"(?i)\bby\s+$")
# How far back of "by" a past verb makes the deadline an act's already done: its own clause
_DEADLINE_CLAUSE = 40
# Where a deadline's clause opens: a comma, or "that" / "which" / "when" opening a clause of its own
_CLAUSE_OPENING = re.compile(r"(?i),|\b(?:that|which|when|whether)\b")
# "was ordered to hand over the records by June 3", "were told to leave by Friday": a deadline set on an
# act still to be done (an infinitive, with no verb of the past after it) lies at or after the order, so
# the nearer of this year's and last year's day is meant, whatever the tense of the ordering
# ("a 30 percent chance of strengthening into a storm by Friday", "hopes for reopening the road by June": a
# gerund after "of" or "for" names an act still to be done just as an infinitive does)
_INFINITIVE_DEADLINE = re.compile(
    r"(?i)(?:\bto\s+(?!(?:be|have|date)\b)[a-z]{2,}|\b(?:of|for)\s+(?!(?:during|something|nothing|anything"
    r"|everything|evening|morning|spring|ceiling|building|wedding|funding|pudding)\b)[a-z]{2,}ing)\b"
    r"(?P<rest>[^.;:,\"“”]{0,80}?)\s+by\s+$"
)


# "ordered him to appear in court on 3 July", "summoned the envoy to explain the remarks on Monday": the day
# of an act someone was told to do lies at or after the order, as a deadline does (a pronoun or "that"
# after the verb opens a clause of its own: "told reporters he would travel on Monday")
DIRECTED_ACT = re.compile(
    r"(?i)\b(?:ordered|summoned|instructed|directed|told|asked|urged|required|called\s+on|invited)\s+"
    r"(?P<whom>(?:(?!(?:that|and|but|who|which|he|she|they|it|we|i|to)\b)[\w’'.-]+\s+){1,5}?)"
    r"to\s+(?!(?:be|have|date)\b)(?P<verb>[a-z]{2,})\b(?P<rest>[^.;:,\"“”]{0,80}?)\s+(?:on|at|in)\s+$"
)


def _infinitive_deadline(context: _Context) -> bool:
    """Whether the mention is the deadline of an act told in the infinitive ("to produce documents by") or
    by a gerund after "of" or "for" ("a chance of strengthening by"), or the day of an act someone was
    ordered to do ("ordered him to appear on")."""
    window = context.before(_TENSE_WINDOW)
    breaks = list(_SENTENCE_BREAK.finditer(window))
    before = window[breaks[-1].end() :] if breaks else window
    found = _INFINITIVE_DEADLINE.search(before) or DIRECTED_ACT.search(before)
    return found is not None and next(_verb_cues(_PAST_CUE, found.group("rest")), None) is None


# A timetable's present right before the date: "Talks begin on Monday", "Applications close on 31 March",
# "The fair, which takes place in June, ..." (a month after "in": the next such month)
# (the clock of the timetable may stand between: "Polls open at 7 a.m. Sunday", "Kick-off is at 3 p.m. GMT
# on Saturday")
_TIMETABLE_CLOCK = (
    # (a clock told as one: "at 3 p.m.", "at 15:30", "at noon"; a bare number, "close at 12", is a price)
    rf"(?:(?:at|from)\s+(?:noon|midnight|\d{{1,2}}:\d{{2}}(?:\s*(?:[ap]\.\s?m\.|[ap]m\b))?"
    rf"|\d{{1,2}}(?:\.\d{{2}})?\s*(?:[ap]\.\s?m\.|[ap]m\b))"
    rf"(?:\s+(?:{TIME_ZONE}\b|local\s+time))?\s+)?"
)
_SCHEDULED_PRESENT = re.compile(
    # (a capitalised verb after a capitalised word is a name's: "won the French Open on Sunday", "the US
    # Open resumes", not "Applications open on Monday")
    r"(?i)\b(?!(?-i:[A-Z][\w']*\s+[A-Z]))"
    r"(?P<word>[\w']+)\s+(?:open|close|begin|start|resume|reopen|end|expire|convene|arrive|depart"
    r"|go(?:es)?\s+out|take(?:s)?\s+place|kick(?:s)?\s+off|get(?:s)?\s+under\s*way)s?\s+"
    + _TIMETABLE_CLOCK
    + r"(?:on\s+|in\s+)?$"
    # "Kick-off is at 3 p.m. on Saturday", "The vote is on Thursday": a fixture named with "is" and its day
    # is the timetable's, ahead ("was" tells the past; a thing that is no fixture, "The focus is on", is not
    # read so)
    + r"|\b(?P<fixture>kick-?off|vote|final|match|game|race|hearing|launch|funeral|ceremony|referendum"
    r"|sentencing|deadline|premiere|concert|ballot|draw|auction|inauguration)\s+(?:is|are)\s+"
    + _TIMETABLE_CLOCK
    + r"(?:on\s+)?$"
)
# ... a deadline with "is" that a clause after "but" or "yet" tells was met or missed ("The deadline is on
# Friday, but few firms met it", "The deadline is on Monday, yet most councils missed it"): its day has come,
# so the present is the telling's, not a timetable's ("The deadline is on Friday, but the union asked for more
# time" keeps it ahead: only meeting, missing or its passing tells the day has come)
_DEADLINE_BELIED = re.compile(
    r"(?i)[^.!?;\n]{0,40}?,?\s+(?:but|yet)\s+(?:(?!(?:has|have|had|will|would|may|might|could)\b)[\w'’-]+\s+)"
    r"{0,5}?(?:met|missed|passed|expired|lapsed|came\s+and\s+went|complied)\b"
)
# "The committee meets on Thursday", "The minister flies to Paris on Friday": a meeting, a journey or a
# hearing told in the simple present with its weekday is the timetable's, ahead ("heads home after the
# defeat on Saturday" tells of a day behind: no "after", "since" or "over" between the verb and the day)
_TIMETABLE_PRESENT = re.compile(
    r"(?i)\b(?P<word>[\w']+)\s+(?:meets|votes|visits|travels|flies|hosts|holds\s+talks|debates|testifies"
    r"|sits|convenes|arrives|departs|returns\s+to"
    # (an office changing hands on its day: "formally takes over the company Friday")
    rf"|{OFFICE_CHANGE}|is\s+sworn\s+in|goes\s+on\s+trial"
    # (a body's figures out on their day: "The bank, which reports its results on Thursday", "the agency
    # publishes its monthly figures on Friday")
    r"|(?:reports|publishes|releases|unveils|posts|issues)\s+(?:[\w'’-]+\s+){0,3}?(?:results|earnings|figures"
    r"|accounts|data|statistics|forecasts?|budget))\b"
    r"(?:\s+(?!(?:after|since|following|over|for|last|ago)\b)[\w'’-]+){0,5}\s+(?:on\s+)?$"
)
_TIMETABLE_AFTER = re.compile(
    r"(?i)\s*,?\s*(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?(?-i:[a-z][\w’'.-]*)\s+"
    r"(?:meets?|votes?|visits?|travels?|fl(?:y|ies)|hosts?|holds?|debates?|testif(?:y|ies)|sits?|convenes?"
    r"|arrives?|departs?|opens?|begins?|starts?|resumes?|reopens?)\s+(?!(?:up|out|back|on\s+to)\b)"
)
# ... but not after a word that makes the verb an infinitive, a negation or an adjective ("to open on",
# "did not open on", "remained open on", "was closed")
_NO_SUBJECT_BEFORE = frozenset(
    "to not never did didn't don't doesn't would could should will may might must can shall remain remained "
    "remains stay stayed stays was were is are be been being has have had the a an its their "
    # ("The rainy season usually begins in June": a habit's present tells no timetable ahead)
    "usually normally often typically generally always traditionally sometimes rarely seldom".split()
)
# A relative aside set off by commas: ", who will be leading the march,"
_ASIDE_AFTER = re.compile(r"(?i),\s+(?:who|whom|whose|which|where)\b[^,;]*,")


# How far back in its sentence the tense of a mention's clause is looked for ("will carry two vehicles and
# 100 tonnes of food, blankets and tents from Oxfam, the WFP and Unicef to Nepal on Friday")
_TENSE_WINDOW = 260
_BRACKETED = re.compile(r"\([^()]{1,200}\)")
# "retired, as scheduled, on June 30", "The vote went ahead as planned on Sunday": the act met its plan; the
# verb before tells its tense, the plan's word looks ahead to nothing
_AS_PLANNED = re.compile(
    r"(?i)\bas\s+(?:(?:had\s+been|was|were)\s+)?(?:planned|scheduled|intended|promised)\b"
)
# ("hopes to have sent 2 million kits by 9 March": a perfect after "to" or a modal is no past either)
_AFTER_BE = re.compile(
    r"(?i)\b(?:be|been|being|remain|stay|(?:to|will|would|should|could|may|might|must|shall)\s+have)\s+"
    r"(?:\w+ly\s+)?$"
)
_AFTER_PRESENT_BE = re.compile(r"(?i)\b(?:is|are|be|being)\s+(?:\w+ly\s+)?$")


# A modal or "to" with its verb and the verb's object, right before a word in -ed: "may lift bans (placed)",
# "to reopen the roads (closed)"; no pronoun, "what" or "that" opening a clause of its own between ("will ask
# what happened"), and no "be" or "have" whose participle the word would be ("will be closed")
_OBJECT_OF_A_VERB_AHEAD = re.compile(
    r"(?i)\b(?:will|would|should|could|may|might|must|shall|can|to)\s+(?:\w+ly\s+)?"
    r"(?!(?:be|been|being|have|has|had|not|never|get|got)\b)[a-z]+\s+"
    r"(?:(?!(?:what|who|whom|which|that|how|why|when|where|whether|if|he|she|they|it|we|i|you|and|but|or"
    r"|was|were|is|are|has|have|had|be|been)\b)[\w'’-]+\s+){1,5}$"
)

# Verbs that undo a past act: what they lift or reopen was done before, whatever deadline they are set
_UNDOES = re.compile(
    r"(?i)\b(?:will|would|should|could|may|might|must|shall|can|to)\s+(?:\w+ly\s+)?(?:lift|reopen|restore"
    r"|reverse|repeal|revoke|rescind|undo|overturn|unfreeze|unblock|ease|scrap|withdraw|cancel|drop|remove)\b"
)


def _deadline_of_the_verb_ahead(before: str, cue: re.Match[str]) -> bool:
    """Whether a participle cue after the object of a verb that looks ahead leaves "by" and its date to
    that verb: a verb that undoes a past act ("may lift the bans placed by June 1"), or "by" after the
    participle's own object ("will lift the curbs imposed on traders by June 1"), not right after the
    participle ("will review contracts signed by March 1": signed by then)."""
    ahead = _OBJECT_OF_A_VERB_AHEAD.search(before[: cue.start()])
    if ahead is None:
        return False
    undoes = _UNDOES.match(before, ahead.start()) is not None
    return undoes or not re.fullmatch(r"\s*by\s*", before[cue.end() :])


# A day that names a sudden happening no one plans or foresees, as its possessive or before its noun:
# "Tuesday's earthquake", "the April 20 explosion", "Friday's deadly blast" (a storm, a flood or a fire
# may be forecast, a vote or a summit awaited; these only told once they came). The happening's noun ends its
# noun phrase: "Thursday's tsunami drill", "Friday's bombing memorial", "Tuesday's shooting trial" name a
# planned thing the sudden word only describes, so no noun may follow it (a verb, a preposition, a
# conjunction, a name or a stop may)
_NAMES_A_SUDDEN_HAPPENING = re.compile(
    r"(?P<owner>['’]s)?(?:,?\s+\d{4})?(?:\s+(?!(?i:and|or|to|through|until|in|on|at|of|by|for|after|before"
    r"|since|from|following|during|with|the|a|an|its|their|will|would|is|are|was|were)\b)[\w-]+){0,3}?"
    r"\s+(?i:explosions?|blasts?|earthquake|tremor|aftershock|tsunami"
    r"|(?<!market\s)(?<!stock\s)(?<!share\s)(?<!price\s)crash|collision|derailment|sinking|shipwreck|stampede"
    r"|landslide|mudslide|avalanche|eruption|bombings?|shootings?|killings?|massacre|ambush|coup)\b"
    r"(?=\s*(?:[^\w\s-]|$)|\s+(?-i:[A-Z])|\s+(?i:[a-z]{2,}ed|[a-z]{2,}ly|"
    rf"{_IRREGULAR_PAST}|hit|cut|shut|hurt|burst|spread|in|on|at|of|off|near|aboard|outside|inside|into"
    r"|across|along|under|over|amid|against|around|from|by|for|with|after|before|since|during|that|which|who|where|when|and|or|but|as|than|not"
    r"|is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|to|also|there|itself)\b)"
)


# ("the April 20 explosion", "last Tuesday's earthquake": a day named as a noun's, after its determiner)
_DETERMINER_OF_A_NAMED_DAY = re.compile(r"(?i)\b(?:the|this|that|last|a|an)\s+$")
# ("by Friday and a blast", "on Monday in an explosion": a word of time or a preposition after the day
# makes it the clause's own, not the happening's name)
_DATE_BEFORE_A_TIME_WORD = re.compile(r"(?i)\s+(?:night|morning|afternoon|evening|noon|midnight)\b")


# The cues of the future that are verbs of saying whose words look ahead ("called for talks in May")
_CALL_CUE = re.compile(r"(?i)call(?:s|ed)\s+for|urge[sd]")
# The occasion a call or an urging was made at, named after it, with the date right after it: "in a speech
# on Sunday", "at a news conference in May", "in a statement to parliament on Friday" (a preposition and
# a determiner before it, so "called for a meeting in May" keeps the meeting ahead)
# ("urged him to speak at a rally on Friday": after an infinitive the occasion is the one urged, ahead; a
# summit or a debate is as often what is called for as where)
# (Between the occasion and the date, no comma and no clause of its own: "in a letter to the president
# to be held in June", "in a statement, to begin on Monday", "in a letter that the vote be held in May"
# date what was called for)
_OCCASION_OF_THE_CALL = re.compile(
    r"(?i)^(?:(?!\bto\s+(?!(?:the|a|an|his|her|its|their)\b)[a-z]+\b)[^,;:])*?"
    r"\b(?:in|at|on|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:speech|address|visit|trip|tour|interview|statement|news\s+conference|press\s+conference|briefing"
    r"|rally|sermon|letter|broadcast)\b"
    r"(?:\s+(?!to\s+(?!(?:the|a|an|his|her|its|their)\b)(?-i:[a-z]))"
    r"(?!(?:that|which|who|when|and|but|will|would|should|could|must|so|before|after|by|until|be)\b)[\w'’-]+){0,5}"
    r"\s*$"
)


def _is_future_context(context: _Context) -> bool:
    """True when the clause around the mention looks ahead ("will meet on Friday", "talks set for
    May"), judged by the nearest tense cue before the mention in its sentence; for a mention that
    opens its sentence ("On Friday, leaders will meet"), by the first cue after it."""
    sudden = _NAMES_A_SUDDEN_HAPPENING.match(context.after(80))
    if (
        sudden is not None
        and (sudden.group("owner") or _DETERMINER_OF_A_NAMED_DAY.search(context.before(8)))
        and not _DATE_BEFORE_A_TIME_WORD.match(context.after(12))
    ):
        # "The toll from Tuesday's earthquake will rise": it is behind, whatever the clause foresees
        return False
    window = context.before(_TENSE_WINDOW)
    breaks = list(_SENTENCE_BREAK.finditer(window))
    sentence_start_seen = bool(breaks) or context.match.start() <= len(window)
    before = window[breaks[-1].end() :] if breaks else window
    # "the firm (whose chief may step down) is behind Monday's broadcast": an aside in brackets has a tense
    # of its own, no cue to the clause it interrupts (blanked, so the cues keep their places)
    before = _BRACKETED.sub(lambda found: " " * len(found.group()), before)
    before = _AS_PLANNED.sub(lambda found: " " * len(found.group()), before)
    scheduled = _SCHEDULED_PRESENT.search(before) or _TIMETABLE_PRESENT.search(before)
    if (
        scheduled is not None
        and scheduled.re is _SCHEDULED_PRESENT
        and scheduled.group("fixture") is not None
        and re.match(r"['’]s\b", context.after(3))
    ):
        # "The vote is on Monday's amendment": "on" tells what it is about, a thing named by its day
        scheduled = None
    if (
        scheduled is not None
        and scheduled.re is _SCHEDULED_PRESENT
        and (scheduled.group("fixture") or "").lower() == "deadline"
        and _DEADLINE_BELIED.match(context.text, context.match.end())
    ):
        # "The deadline is on Friday, but few firms met it": met, its day has come
        scheduled = None
    if scheduled and (scheduled.group("word") or "").lower() not in _NO_SUBJECT_BEFORE:
        return True  # "Applications open on Monday": the present of a timetable is ahead
    if MEETING_ASKED_FOR.search(before):
        return True  # "invited the envoys to talks on Friday": the meeting is ahead of the asking
    if _ahead_when_set(context) and _target_of_a_setting(before, context.after(2)):
        return True  # "has set a hearing for Friday": what is set for a day is ahead of the setting
    if _perfect_in_clause_ahead(before):
        return True  # "will not rule until the judges have heard the appeal on Thursday": heard by then
    if _STARTS_AHEAD.search(before):
        # "ordered offices to close starting on Friday": what someone is told or set to do, from a day
        # on, starts ahead of the telling, whatever its tense
        return True
    cues = [
        (cue.start(), True)
        for cue in _FUTURE_CUE.finditer(before)
        # ("called for calm in a speech to parliament in April": the date is the speech's, at which the
        # call was made, not the time of what was called for)
        if not (_CALL_CUE.match(cue.group()) and _OCCASION_OF_THE_CALL.search(before[cue.end() :]))
    ]
    # "should be finished by mid-August", "will remain closed this week": a participle after "be" (or
    # "remain", "stay") takes the tense of what goes before it
    deadline = _BY_BEFORE.search(context.before(12)) is not None
    cues += [
        (cue.start(), False)
        for cue in _verb_cues(_OTHER_CUE, before)
        if not _AFTER_BE.search(before[: cue.start()])
        # ("will lift the curbs imposed on traders by June 1": a participle after the object of a verb that
        # looks ahead is no verb of the clause; the deadline is the lifting's)
        and not (deadline and _deadline_of_the_verb_ahead(before, cue))
    ]
    if cues:
        last = max(cues)
        if last[1] and re.match(r"(?i)until|till", before[last[0] :]):
            # "Until Saturday none of the sludge had reached shore": "until" ends a stretch of either time;
            # the verb of its clause tells which, after it or else before it ("would be closed until
            # Thursday", "the strike ran until July 15")
            ahead = _tense_after(context)
            if ahead is not None:
                return ahead
            # a stretch that went on until then ("the strike ran until July 15") ended; an end that was set
            # ("adjourned the case until June 12", "would be closed until Thursday") is ahead
            return not _LASTED_UNTIL.search(before[: last[0]])
        openers = [
            *_CLAUSE_OPENER.finditer(before),
            *_COORDINATE_OPENER.finditer(before),
            *_TIME_CLAUSE_OPENER.finditer(before),
        ]
        opener = max(openers, key=lambda found: found.start(), default=None)
        if (
            opener is not None
            and all(at < opener.start() for at, _ in cues)
            and (not opener.group().lower().startswith(_TIME_CONJUNCTIONS) or _verb_right_after(context))
        ):
            # "Benn said that a second wave in the autumn could be worse": the date opens a clause of its
            # own whose verb comes after it; the cues before belong to the clause that holds it
            ahead = _tense_after(context)
            if ahead is not None:
                return ahead
        if (
            last[1]
            and re.match(r"(?i)due\s+(?!to\b)", before[last[0] :])
            and _sentence_tense_after(context) is False
        ):
            # "The ruling, due in September, was delayed": "due" alone has no tense; the sentence's verb,
            # told in the past, puts the time it fell due behind
            return False
        return last[1]
    # Further into the sentence, what follows belongs to another clause: "held rates on 6 November
    # and will next decide ..." says nothing about 6 November.
    # ("In October and November winds will push the oil east": the second of two dates joined in one phrase
    # stands where the first does, and shares the tense that follows both)
    joined_before = _JOINED_BEFORE.search(before)
    opening = before[: joined_before.start()] if joined_before else before
    if not sentence_start_seen or len(opening.split()) > _OPENING_WORDS:
        return False
    after = context.after(80 + _TENSE_WINDOW)
    first_break = _SENTENCE_BREAK.search(after)
    if first_break:
        after = after[: first_break.start()]
    # "By September and October songbirds will be ...": dates joined in one phrase share its tense
    joined = _JOINED_DATE.match(after)
    after = after[joined.end() if joined else 0 :]
    # "On Tuesday his brothers, who will be taking part, defended ...": an aside's tense is its own, unless
    # the main clause has no verb to tell ("Saturday's concert, which will be broadcast live")
    # ("By Wednesday, the mayor said crews should have the road open": a deadline is no day of the saying;
    # the tense of what was said tells it)
    deadline = _BY_BEFORE.search(context.before(4)) is not None
    for text in (_ASIDE_AFTER.sub(",", after)[:80], after[:80]):
        future = _future_cue_after(text)
        # ("is sold out", "are closed": a participle after a present "be" is no past)
        other = next(
            (
                c
                for c in _verb_cues(_OTHER_CUE, text)
                if not _AFTER_PRESENT_BE.search(text[: c.start()])
                and not (deadline and c.group().lower() in _SAYING_CUES)
            ),
            None,
        )
        if future is not None or other is not None:
            return future is not None and (other is None or future.start() < other.start())
    # "On Thursday, lawmakers hold a hearing on the bill": with no other tense, the simple present of a
    # meeting, a journey or an opening right after the subject is the timetable's, ahead
    # (a weekday only: "May 5 - A barge begins towing the dome" is a chronology's item, historic present)
    return (
        _TIMETABLE_AFTER.match(after[:80]) is not None
        and re.fullmatch(rf"(?i)(?:on\s+)?{_WEEKDAY}", context.match.group().strip()) is not None
    )


# An infinitive's act that runs from a day on: "told offices to stop work beginning on Friday", "plans to
# ration water starting Monday" (not "protests beginning on Friday spread ...": no infinitive holds it)
# (nor "began to lay off workers starting on Monday": an act already under way)
_STARTS_AHEAD = ScannedPattern(
    r"(?i)(?<!\bbegan\s)(?<!\bbegun\s)(?<!\bstarted\s)(?<!\bcontinued\s)(?<!\bmanaged\s)(?<!\bhad\s)(?<!\bused\s)"
    r"\bto\s+(?!be\b)[a-z]+\s+(?:[\w’'-]+\s+){0,8}?(?:beginning|starting)(?:\s+(?:on|from))?\s*$"
)
# The future seen from the past: "was expected to", "were to", "was due" ("would" is left to the future
# rule: "said on Monday it would close the border on Friday" is mostly the coming Friday)
_PAST_FUTURE = re.compile(
    rf"(?i)\b(?:(?:was|were)\s+(?:\w+ly\s+)?(?:to|{alternatives(BARE_TIMETABLE_PARTICIPLES)}|expected\s+to|set\s+to"
    r"|slated\s+(?:to|for)|supposed\s+to"
    r"|planning\s+to|going\s+to)"
    # "said it expected to reach 60,000 people on Sunday": "expected" is the subject's own past verb
    r"|(?:it|he|she|they|we)\s+(?:had\s+)?(?:also\s+|still\s+|\w+ly\s+)?(?:expected|planned|hoped|intended)\s+to)\b"
)
# An act told in the past "ahead of" a happening: "was speaking ahead of a briefing on Tuesday", "spoke to
# reporters ahead of talks on Friday" (the happening follows a past act, so it lies near it, either side of
# the report)
_PAST_AHEAD_OF = compile_gated(
    rf"(?i)\b(?:(?:was|were)\s+\w+ing|(?!(?:need|seed|speed|feed|breed|bleed|shed|bed|red)\b)\w{{3,}}ed|{_IRREGULAR_PAST})"
    r"\b[^,;:.]{0,80}?\bahead\s+of\b"
)
# A finite verb after it opens another clause ("was to meet, but said on Friday ...")
_CLAUSE_VERB = re.compile(
    r"(?i)\b(?:said|says|told|tells|announced|added|reported|confirmed|was|were|is|are|had|has|have|did|will)\b"
)


def _looks_ahead_from_the_past(context: _Context) -> bool:
    """The clause before the mention, in its sentence, looks ahead from a past time ("was expected to
    begin collecting oil Sunday night")."""
    window = context.before(_TENSE_WINDOW)
    breaks = list(_SENTENCE_BREAK.finditer(window))
    before = window[breaks[-1].end() :] if breaks else window
    found = list(_PAST_FUTURE.finditer(before))
    if found and not _CLAUSE_VERB.search(before, found[-1].end()):
        return True
    ahead_of = list(_PAST_AHEAD_OF.finditer(before))
    return (
        bool(ahead_of)
        and not _CLAUSE_VERB.search(before, ahead_of[-1].end())
        and not _FUTURE_CUE.search(before[: ahead_of[-1].start()])
        and not _FUTURE_CUE.search(before, ahead_of[-1].end())
    )


def _ahead_only_by_timetable(context: _Context) -> bool:
    """The clause looks ahead only by a timetable's present ("Drilling starts on 16 May"), with no word of
    the future: the same present tells a timeline of days gone by, so it leans to neither side."""
    window = context.before(_TENSE_WINDOW)
    breaks = list(_SENTENCE_BREAK.finditer(window))
    before = window[breaks[-1].end() :] if breaks else window
    scheduled = _SCHEDULED_PRESENT.search(before)
    return (
        scheduled is not None
        # (a fixture with "is", "The vote is on Thursday", is no timeline's present: it looks ahead)
        and scheduled.group("fixture") is None
        and scheduled.group("word").lower() not in _NO_SUBJECT_BEFORE
        and _FUTURE_CUE.search(before) is None
    )


# A verb of saying before "would" makes it reported speech, whose future runs on from the saying, a day
# or two before the report ("the company said it would close the plant on 3 December")
_SAYING_BEFORE = re.compile(
    r"(?i)\b(?:said|says|told|tells|announced|announces|added|warned|stated|predicted|promised|insisted"
    r"|according\s+to)\b"
)


def _ahead_only_by_narrative_would(context: _Context) -> bool:
    """The clause looks ahead by "would" alone, with no verb of saying before it in the sentence: the
    future of a past the story tells ("the ship's charter would expire by May 16"), which a report names
    without a year when it lies behind, not ahead."""
    window = context.before(_TENSE_WINDOW)
    breaks = list(_SENTENCE_BREAK.finditer(window))
    before = window[breaks[-1].end() :] if breaks else window
    if not re.search(r"(?i)\bwould\b", before) or _SAYING_BEFORE.search(before):
        return False
    masked = re.sub(r"(?i)\bwould\b", lambda found: "#" * len(found.group()), context.text)
    return not _is_future_context(_Context(masked, context.match, context.published))


# Verbs of saying: a past "said" tells when words were spoken, not that what they tell is behind
_SAYING_CUE = re.compile(r"(?i)^(?:said|told)$")
PAST_ACT_GRACE = dt.timedelta(days=1)
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:a|an|the|its|their|his|her|this|that)\s+$")


def _has_past_act_cue(context: _Context) -> bool:
    """The date's clause tells an act in the past ("was signed on", "took place on", "collapsed on"):
    a past verb other than one of saying, before the date in its sentence."""
    window = context.before(150)
    if _DETERMINER_BEFORE.search(window):
        return False  # "settled on a June 4 opening date": the date qualifies a noun, what was set
    breaks = list(_SENTENCE_BREAK.finditer(window))
    before = window[breaks[-1].end() :] if breaks else window
    return any(
        not _SAYING_CUE.match(cue.group()) and not _AFTER_BE.search(before[: cue.start()])
        for cue in _verb_cues(_PAST_CUE, before)
    )


def _has_past_cue(context: _Context) -> bool:
    """The clause around the mention has a verb of the past ("changed", "was", "said") before it in its
    sentence or, when the mention opens the sentence, just after it."""
    window = context.before(150)
    breaks = list(_SENTENCE_BREAK.finditer(window))
    before = window[breaks[-1].end() :] if breaks else window
    if next(_verb_cues(_PAST_CUE, before), None) is not None:
        return True
    after = context.after(80)
    first_break = _SENTENCE_BREAK.search(after)
    return (
        next(_verb_cues(_PAST_CUE, after[: first_break.start()] if first_break else after), None) is not None
    )


_PAST_CUE = re.compile(rf"(?i)\b(?:said|told|was|were|had|did|been|ago|since|\w{{3,}}ed|{_IRREGULAR_PAST})\b")
# A word in -ed after a determiner or "of" qualifies a noun ("barrels of escaped oil", "the injured", "a
# proposed ban", "newly elected"): an adjective, which says nothing of the clause's tense
_ATTRIBUTIVE_BEFORE = re.compile(
    r"(?i)\b(?:of|the|a|an|its|their|his|her|our|your|this|that|these|those|some|any|no|all|every|each"
    r"|more|less|most|newly|already|recently"
    # after a preposition a verb would be in -ing: "on polluted beaches", "in renewed fighting"
    r"|in|on|at|with|from|for|into|onto|over|under|near|across|along|among|between|about|against|without"
    r"|despite)\s+$"
    # "BP's damaged well", "the company's proposed sale": after a possessive (not a pronoun's "'s", which is
    # "is" or "has": "it's closed", "he's resigned")
    r"|(?<![’'])\b(?!(?:he|she|it|that|there|what|who|where|here|which|this|let)['’]s\b)[\w.&-]+['’]s\s+$"
)
# "all", "each" or "both" after a subject (a name, a plural, "they", "we") float off it, and the word in -ed
# after them is the clause's verb ("the three firms each blamed the others", "Acme and Zenit both agreed");
# after a preposition or a verb they are determiners ("for all injured staff", "In all affected areas"),
# and so after the sentence's first word (a name there needs a word before it to be read as a subject)
_FLOATING_QUANTIFIER = re.compile(
    r"(?:(?<=[\w,]\s)(?!(?i:in|on|at|under|for|with|by|from|of|after|across|among|amid)\b)[A-Z][\w.&-]*"
    r"|\b(?!(?i:across|this|thus|was|has|does|is|as|its|his|plus|unless|less|towards|besides)\b)\w\w+s"
    r"|\b(?i:they|we))\s+(?i:all|each|both)\s+$"
)
# The word after such an -ed word: a noun there makes it an adjective ("all licensed dealers face checks",
# "all registered voters get a ballot"); a determiner, a pronoun, a preposition or an end makes it the verb
# ("each blamed the others", "all agreed this week")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_NOT_NOUNS_AFTER_ED = frozenset("last next them him us each other others not also".split())
# "earlier than expected", "worse than feared": a yardstick, no verb of the clause
_YARDSTICK_BEFORE = re.compile(r"(?i)\bthan\s+$")
_YARDSTICK_WORDS = frozenset(
    "expected anticipated feared hoped planned predicted forecasted estimated projected thought scheduled "
    "intended promised advertised reported".split()
)


# "a trip to Rome that ended on Thursday": "that" after a noun and before a past verb with a preposition, a
# figure or a determiner after it opens a relative clause in the past, whose tense the date takes ("that
# damaged car" has a noun after the word in -ed, an adjective)
_RELATIVE_PAST_BEFORE = re.compile(r"(?i)\b[a-z]{2,}\s+that\s+$")
_RELATIVE_PAST_AFTER = re.compile(
    r"(?i)\s+(?:on|in|at|by|from|to|last|early|late|the|a|an|its|his|her|their|\d)\b|\s*(?:[,.;]|$)"
)


def _verb_cues(cue: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The tense cues of `text`, leaving out words in -ed used as adjectives."""
    for found in cue.finditer(text):
        word = found.group().lower()
        if (
            word.endswith("ed")
            and _ATTRIBUTIVE_BEFORE.search(text[: found.start()])
            and not (
                _RELATIVE_PAST_BEFORE.search(text[: found.start()])
                and _RELATIVE_PAST_AFTER.match(text, found.end())
            )
            and not (
                _FLOATING_QUANTIFIER.search(text[: found.start()]) and not _noun_follows(text, found.end())
            )
        ):
            continue
        if word.endswith("ed") and text[found.start() - 1 : found.start()] == "-":
            continue  # "so-called", "long-awaited": part of a compound adjective
        if word in _YARDSTICK_WORDS and _YARDSTICK_BEFORE.search(text[: found.start()]):
            continue
        if word in ("have", "has") and _MODAL_BEFORE.search(text[: found.start()]):
            continue  # "will have a machine on the beach by Wednesday": a verb after a modal, no past
        if word == "got" and _HAVE_BEFORE.search(text[: found.start()]):
            continue  # "She's got a runoff on June 22", "we have got a vote": "have got" is the present
        yield found


def _noun_follows(text: str, at: int) -> bool:
    """Whether a noun comes next at `at` and a finite verb after it ("all licensed traders face checks"), so
    that the -ed word before is an adjective; a noun with no verb after it is the object ("each posted
    losses this week", "all backed heavy reforms")."""
    following = _NEXT_WORD.match(text, at)
    if following is None:
        return False
    word = following.group(1)
    if word in _FUNCTION_WORDS or word in _NOT_NOUNS_AFTER_ED:
        return False
    verb = _NEXT_WORD.match(text, following.end())
    if verb is None:
        return False
    # (a verb of the present after a plural subject has no -s; a word in -s there is a noun: "heavy losses")
    word = verb.group(1)
    return (
        word not in _FUNCTION_WORDS
        and word not in _NOT_NOUNS_AFTER_ED
        and not word.endswith("ly")
        and (not word.endswith("s") or word.endswith("ss"))
    )


# "have", "has" or their contraction right before "got": the present of possession ("she's got")
_HAVE_BEFORE = re.compile(r"(?i)(?:\b(?:have|has)|[’']s|[’']ve)\s+(?:\w+ly\s+)?$")
# A modal or "to" right before a verb: "will", "should", "is going to"
_MODAL_BEFORE = re.compile(r"(?i)\b(?:will|would|should|could|may|might|must|shall|can|to)\s+(?:\w+ly\s+)?$")


_CUE_BEFORE = re.compile(
    r"(?i)\b(?:in|since|by|until|till|through|throughout|from|to|during|before|after|of|between|and|or"
    r"|for|early|late|mid|around|into|as\s+of|starting|last|this|next"
    r"|as\s+(?:early|late|recently|far\s+back)\s+as)\s*[-–]?\s*$"
)
# "May" is also a name ("for May", "Johnson and May"): it needs a preposition of time ("as early as May",
# "as far back as May": the earliest time a thing is known of is a time too; "as late as" and "as recently
# as" compare with a person as often, "no leader campaigned as late as May did", so only another month
# follows them as a time).
_TIME_PREPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:in|since|by|until|till|through|throughout|from|during|before|after|of|early|late|mid"
    r"|into|as\s+of|as\s+(?:early|far\s+back)\s+as)\s*[-–]?\s*$"
)
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]")
# A plural noun next to a number makes it a count ("2000 troops", "March 20 soldiers"); words ending in
# -ss, -us, -is and a few common others that end in s are not plurals.
_PLURAL_NEXT = re.compile(
    r"\s+(?!(?:was|has|as|its|does|goes|yes|news|perhaps|always|towards|afterwards|besides|sometimes)\b)"
    r"(?:[a-z]+s(?<![sui]s)|people|personnel|men|women|children|police|staff)\b"
)
# a day's number after a month name: "late July 25"
_DAY_NEXT = re.compile(rf"\s+{_DAY_DIGITS}\b")
_FUNCTION_WORDS = frozenset(
    re.split(
        r"\s+",
        """a an and or but nor as at by for from in into on onto to with when while after before since until
        till than that the this these those it its is are was were will would could should may might has
        have had be been saw brought began ended""",
    )
)


def _follows_cue(context: _Context) -> bool:
    return bool(_CUE_BEFORE.search(context.before(20)))


def _day_words(day: dt.date, weekday: bool = False, year: bool = True) -> str:
    """ "8 Apr 2025", or with the weekday "Tue 8 Apr 2025"."""
    words = f"{day.day} {MONTH_NAMES[day.month - 1][:3]}"
    if weekday:
        words = f"{WEEKDAY_NAMES[day.weekday()][:3]} {words}"
    return f"{words} {day.year}" if year else words


def _published_words(published: dt.date) -> str:
    return _day_words(published, weekday=True)


def _interval_words(period: _Period, weekday: bool = False) -> str:
    """ "8 Apr 2025", "1–30 Apr 2025", "Mon 31 Mar–Sun 6 Apr 2025", "1 Dec 2024–28 Feb 2025"."""
    start, end = period.start, period.end
    if start == end:
        return _day_words(start, weekday)
    if start.year != end.year:
        left = _day_words(start, weekday)
    elif start.month != end.month:
        left = _day_words(start, weekday, year=False)
    elif weekday:
        left = f"{WEEKDAY_NAMES[start.weekday()][:3]} {start.day}"
    else:
        left = str(start.day)
    return f"{left}–{_day_words(end, weekday)}"


def _resolved_reason(text: str, published: dt.date, period: _Period, weekday: bool = False) -> str:
    return (
        f"'{text}' in an article published {_published_words(published)} → {_interval_words(period, weekday)}"
    )


def _no_year_reason(text: str, published: dt.date, resolved: str) -> str:
    return f"'{text}' (no year) in an article published {_published_words(published)} → {resolved}"


def _stated_reason(text: str, period: _Period, modifier: str) -> str:
    reason = f"'{text}' stated in the text"
    return f"{reason} → {_interval_words(period)}" if modifier else reason


def _modifier(context: _Context) -> str:
    word = " ".join((context.group("mod") or context.group("edge")).lower().split())
    return _MODIFIER_WORDS.get(word, "")


def _relative_year(word: str, published: dt.date) -> int:
    return published.year + {"last": -1, "this": 0, "next": 1}[word.lower()]


_ISO_DATE = re.compile(
    r"(?<![\w/-])(?P<year>\d{4})(?P<sep>[-/])(?P<month>\d\d)(?P=sep)(?P<day>\d\d)(?![\d/-])"
)


def _resolve_iso_date(context: _Context) -> list[DateMention] | None:
    # "2025-04-09"; "2025-33-09" is void: no mention, and no bare year "2025" either
    try:
        day = dt.date(int(context.group("year")), int(context.group("month")), int(context.group("day")))
    except ValueError:
        return []
    period = _day(day)
    return [context.mention(period, explicit=True, reason=_stated_reason(context.match.group(), period, ""))]


# The second day of a range ("April 6-7", "8 to 10 April"), which may follow a hyphen.
_RANGE_DAY = r"(?:(?:\s*[-–]\s*|\s+(?P<{name}_word>(?i:and|to|through))\s+)(?P<{name}>" + _DAY_DIGITS + "))"
_CALENDAR_DATE = re.compile(
    rf"""
    (?<!\w)
    (?:(?P<weekday>{_WEEKDAY_ANY}),?\s+)?
    (?:
        (?P<month1>{_MONTH})\s*(?P<day1>{_DAY}){_RANGE_DAY.format(name="day1_to")}?
      | (?:(?i:the)\s+)?(?P<day2>{_DAY}){_RANGE_DAY.format(name="day2_to")}?
        \s+(?:(?i:of)\s+)?(?P<month2>{_MONTH})
    )
    (?:,?\s+(?:(?i:of)\s+)?(?P<year>{_YEAR})|\s+(?:(?i:of)\s+)?(?P<year_rel>{_YEAR_REL})\s+(?i:year)\b)?
    """,
    re.VERBOSE,
)


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return _MONTH_NUMBERS.get(key) or MONTH_ABBREVIATIONS[key]


def _day_number(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _resolve_calendar_date(context: _Context) -> list[DateMention] | None:
    # "April 9, 2025", "Wednesday, 09 April 2025", "the 9th of April", "March 27", "Apr. 8 last year",
    # "June 3 of last year", "the 4th of July of 2019",
    # "April 6-7" (two mentions: "April 6" and "7")
    month_first = bool(context.group("month1"))
    month = _month_number(context.group("month1") or context.group("month2"))
    day = _day_number(context.group("day1") or context.group("day2"))
    last_day_group = "day1_to" if month_first else "day2_to"
    text, published = context.match.group(), context.published
    if month_first and _PLURAL_NEXT.match(context.after()) and not context.group("year"):
        return None  # "March 20 soldiers", "April 8 and 10 soldiers": counts after a month name, not days
    notes = ""
    tense = ""
    if context.group("year"):
        year = int(context.group("year"))
    elif context.group("year_rel"):
        year = _relative_year(context.group("year_rel"), published)
    else:
        has_past = _has_past_cue(context)
        deadline = _infinitive_deadline(context)
        by = _BY_BEFORE.search(context.before(12)) is not None
        # "said finishing by 27 July was possible" in a report of 8 July: a deadline, however it is
        # reported, is the nearer of this year's and last year's day (no future unless the clause says
        # so), but not a past act's ("had strengthened into a hurricane by 20 March" is behind)
        near = _CLAUSE_OPENING.split(context.before(_DEADLINE_CLAUSE)[:-3])[-1]
        open_deadline = by and next(_verb_cues(_PAST_CUE, near), None) is None
        ahead_ok = deadline or open_deadline or not has_past
        future = _is_future_context(context) or (not has_past and by)
        if future and _ahead_only_by_narrative_would(context):
            future, ahead_ok = False, True  # the nearer of the two, as with no tense at all
        moved = not future and _moved_to(context)
        if moved:
            future = ahead_ok = True  # "extended the deadline to 20 May" in an April report: still to come
        # "The deal was signed on 3 February" in a report of 30 January: an act told in the past is behind
        # the report, a year back, unless the day is the report's next (a dateline a time zone ahead)
        # ("was due to open on 3 June": a future seen from the past may still lie just ahead)
        past_act = not deadline and _has_past_act_cue(context) and not _looks_ahead_from_the_past(context)
        grace = PAST_ACT_GRACE if past_act and not future else FORWARD_GRACE
        resolved = _nearest_day_of_year(month, day, published, future, ahead_ok, grace)
        if (
            future
            and resolved is not None
            and not moved
            and (_ahead_only_by_timetable(context) or _looks_ahead_from_the_past(context))
        ):
            # "Drilling for the second well starts on 16 May" in a June timeline, "he was set to fly out on
            # 5 May" in a report of 21 May: the nearer 16 May, 5 May (ahead of a time told, not of the report)
            back = _nearest_day_of_year(month, day, published, False, False, dt.timedelta(0))
            if back is not None and published - back < resolved - published:
                resolved, future = back, False
        if resolved is None:
            return []
        year = resolved.year
        if future:
            notes, tense = " (the sentence looks ahead)", "future"
        elif resolved > published:
            notes = " (just after publication, so this year's)"
    try:
        period = _day(dt.date(year, month, day))
    except ValueError:
        return []  # "April 31", "February 29, 2025"
    last = _range_end(context, last_day_group, period.start)
    first_span = context.match.span()
    if context.group(last_day_group):
        if last is None and not month_first:
            return None  # "10-8 April": leave it to "8 April"
        if last is None and context.group("year"):
            return []  # "April 10-8, 2025": malformed
        # "April 6-7" -> "April 6" and "7"; "April 8 and 10 more" -> "April 8"
        first_span = (context.match.start(), context.match.end("day1" if month_first else "day2"))
    # The whole phrase explains the first day of a range: "'8-10 April 2025' stated in the text → 8 Apr 2025"
    phrase = text if last is not None else context.text[slice(*first_span)]
    if context.group("year"):
        reason = _stated_reason(phrase, period, "")
        if last is not None:
            reason += f" → {_interval_words(period)}"
    elif context.group("year_rel"):
        reason = _resolved_reason(phrase, published, period)
    else:
        reason = _no_year_reason(phrase, published, _interval_words(period)) + notes
    mentions = [context.mention(period, explicit=True, reason=reason, tense=tense, span=first_span)]
    if last is not None:
        last_span = (context.match.start(last_day_group), context.match.end())
        last_text = context.text[slice(*last_span)]
        reason = f"'{last_text}' closes the range '{text}' → {_interval_words(last)}"
        mentions.append(context.mention(last, explicit=True, reason=reason, tense=tense, span=last_span))
    return mentions


def _range_end(context: _Context, group: str, first: dt.date) -> _Period | None:
    """The last day of "April 6-7", "8 to 10 April", "April 8 and 10, 2025"; None when there is none.
    A range joined by a word must end the phrase or lead on to the month or the year: "April 8 and 10
    more" is one date."""
    if not context.group(group):
        return None
    try:
        last = first.replace(day=_day_number(context.group(group)))
    except ValueError:
        return None
    if last <= first:
        return None
    joined_by_word = bool(context.group(f"{group}_word"))
    at_end = context.match.end(group) == context.match.end()
    if joined_by_word and at_end and not re.match(r"\s*(?:[.,;:)!?]|$)", context.after()):
        return None
    return _day(last)


def _nearest_day_of_year(
    month: int,
    day: int,
    published: dt.date,
    future: bool,
    ahead_ok: bool = False,
    grace: dt.timedelta = FORWARD_GRACE,
) -> dt.date | None:
    """The date of a day and month given without a year ("April 8"): the latest on or before publication,
    but one just after it (within FORWARD_GRACE) or, in a sentence about the future, the first on or
    after it. None for a day no year has ("April 31")."""
    candidates = []
    for year in range(published.year - 4, published.year + 5):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:  # 29 February in a common year, 31 April in any
            continue
    return _nearest_candidate(candidates, published, future, ahead_ok, grace)


def _nearest_candidate(
    candidates: list[dt.date],
    published: dt.date,
    future: bool,
    ahead_ok: bool = False,
    grace: dt.timedelta = FORWARD_GRACE,
) -> dt.date | None:
    """Of the days a yearly date falls on in the years around publication (in order), the one the text
    means, as _nearest_day_of_year says; None when there are none."""
    if not candidates:
        return None
    before = [candidate for candidate in candidates if candidate <= published]
    after = [candidate for candidate in candidates if candidate >= published]
    if future and after:
        return after[0]
    soon = [candidate for candidate in after if published < candidate <= published + grace]
    if soon:
        return soon[0]
    if (
        ahead_ok
        and before
        and after
        and after[0] > published
        and _much_nearer(after[0], before[-1], published)
    ):
        return after[0]  # "on 27 July" in an article of 10 July: this July, not one nearly a year back
    # 29 February may have no leap year within reach on one side of publication.
    return before[-1] if before else after[0]


# "June of that terrible year": a word of feeling between "that" and "year" leaves it the year the story is
# in (never a word that counts years itself: "that next year", "that same year" are read elsewhere)
_STORY_YEAR_EPITHET = (
    r"(?!(?i:next|last|this|same|one|each|every|whole|entire|school|fiscal|financial"
    r"|the|its|his|her|our|their|and|for|was|had)\b)(?-i:[a-z]{3,})"
)


_MONTH_EXPRESSION = re.compile(
    rf"""
    (?<!\w)
    {_MONTH_MOD}?
    (?:(?P<rel>(?i:last|this|next))\s+)?
    (?P<month>{_MONTH})
    (?:(?:\s+(?i:of))?,?\s+(?P<year>{_YEAR})|(?:\s+(?i:of))?\s+(?P<year_rel>{_YEAR_REL})\s+(?i:year)\b
    |\s+(?i:of)\s+(?P<story_rel>(?i:the\s+previous|the\s+prior|the\s+following|the\s+same|that))
    (?:\s+{_STORY_YEAR_EPITHET})?\s+(?i:year)\b)?
    """,
    re.VERBOSE,
)


# A sentence that opens on "In December" often goes on to its subject with no comma ("In December
# President Ruto banned ...", "In March Chancellor Merkel visited ..."): the month is a date there, not the
# first word of a name as in "March organisers", "April Smith"
# "in a September interview", "the March election", "its June report": a month that dates the happening
# it qualifies, with an article before it and no preposition
# What a happening still awaited hangs on: "chosen for the June elections", "ahead of the May summit"
_AWAITED_BEFORE = re.compile(r"(?i)\b(?:for|ahead\s+of|before|towards?|in\s+the\s+run-up\s+to)\s+the\s+$")
_HAPPENING_AFTER = re.compile(
    # ("the June European elections", "the March Senate hearing": a name's capitalised words may stand
    # between the month and the happening)
    r"(?:\s+(?-i:[A-Z][a-z]+)){0,2}"
    # (every noun of a happening the extraction types, "the March election", "the May fire", "the June
    # inauguration"; and the acts of speech, office, law and business a month names as it does them)
    r"\s+(?:"
    + "|".join(words for _, words in HAPPENING_NOUNS)
    + r"|interviews|statement|letter|report|meeting|session|talks|visit|trip|poll|survey|decision"
    r"|announcement|briefing|speech|rally|debate|(?:news|press)\s+conference"
    r"|offensive|strike|deadline|budget|conference|order|injunction|decree|fires|shootings?|killings"
    r"|riots?|clashes|uprising|invasion|ambush|walkout|blockade|takeover|merger|bankruptcy)\b"
)
# A plan told in the past perfect, up to the month it was made for: "had planned to join the board in",
# "had been scheduled for" (met or overtaken, it was for the nearer of the two, this year's or last year's)
_PLAN_OF_THE_PAST = re.compile(
    r"(?i)\bhad\s+(?:also\s+|been\s+)?(?:planned|scheduled|intended|hoped|aimed|expected)\b[^,;:.]{0,60}$"
)
_POSSESSIVE_BEFORE = re.compile(r"[a-z]['’]s\s+$")
_OPENING_PREPOSITION = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n\s*)(?:In|By|Since|Until|During)\s+$")


# What comes round again: "every other Monday", "each year" (the rules of recurring days, yearly months and
# habitual holidays share these words)
_EVERY = r"(?:every|each)"
_EVERY_YEAR = rf"{_EVERY}\s+year"
# A month that comes round every year: "in March of every year", "in May each year", "every year in June"
_YEARLY_AFTER = re.compile(rf"(?i)\s+(?:of\s+)?{_EVERY_YEAR}\b")
_YEARLY_BEFORE = re.compile(rf"(?i)\b{_EVERY_YEAR},?\s+(?:in|during|from|until|by)\s+$")


def _resolve_month(context: _Context) -> list[DateMention] | None:
    # "February 2022", "late December 2024", "early April", "in May", "late last July", "March last year"
    name = context.group("month")
    month = _month_number(name)
    modifier = _modifier(context)
    text, published = context.match.group(), context.published
    day_next = _DAY_NEXT.match(context.after())
    if (
        modifier
        and not context.group("year")
        and not context.group("year_rel")
        and day_next is not None
        and not _PLURAL_NEXT.match(context.text, context.match.end() + day_next.end())
    ):
        # "began late July 25", "signed early March 3": the word tells the time of that day; the day is
        # the date, not the last ten days of the month ("in late July 25 people were hurt" stays a month)
        return None
    if context.group("year"):
        period = _narrow(_month(int(context.group("year")), month), modifier)
        return [
            context.mention(
                period, explicit=True, modifier=modifier, reason=_stated_reason(text, period, modifier)
            )
        ]
    if not context.group("year_rel") and (
        _YEARLY_AFTER.match(context.after(20)) or _YEARLY_BEFORE.search(context.before(20))
    ):
        return None  # "in March of every year", "every year in March": a habit, as "every March" is
    story = " ".join(context.group("story_rel").lower().split())
    if story:
        # "January of the previous year": the month in the year before the one the story is in
        stated = story_year(context)
        if stated is None and story in ("that", "the same"):
            return None
        year = (stated if stated is not None else published.year) + _STORY_RELATIVE[story]
        period = _narrow(_month(year, month), modifier)
        reason = (
            f"'{text}' counted from the year {'the story is in' if stated else 'of publication'} → {year}"
        )
        return [context.mention(period, explicit=True, modifier=modifier, tense="past", reason=reason)]
    relative = context.group("rel") or context.group("year_rel")
    if relative:
        # "next January" is January of next year; "last July" the latest July before the month just ended
        # (which is "last month"): July of last year in a May or an August report, of this year in an
        # October one ("March last year" is always last year's)
        year = _relative_year(relative, published)
        if context.group("rel").lower() == "last" and month < published.month - 1:
            year = published.year
        period = _narrow(_month(year, month), modifier)
        reason = _resolved_reason(text, published, period)
        return [context.mention(period, explicit=True, modifier=modifier, reason=reason)]
    if name.lower() not in _MONTH_NUMBERS:
        return None  # a lone abbreviation ("Jan" is also a first name)
    # A bare month name needs a preposition before it ("in May", "since March") and no name after it:
    # "May said", "March organisers", "April Smith" are not dates.
    # ("a lower court's June order", "the party's March conference": a possessive stands where the article
    # does)
    attributive = bool(
        (_DETERMINER_BEFORE.search(context.before(12)) or _POSSESSIVE_BEFORE.search(context.before(4)))
        and _HAPPENING_AFTER.match(context.after())
    )
    if (
        not modifier
        and not attributive
        and (
            not _follows_cue(context)
            or (
                _CAPITALISED_NEXT.match(context.after())
                and not _OPENING_PREPOSITION.search(context.before(20))
            )
        )
    ):
        return None
    if (
        not modifier
        and not attributive
        and month == 5
        and not _TIME_PREPOSITION_BEFORE.search(context.before(20))
    ):
        return None
    has_past = _has_past_cue(context)
    ahead_ok = not has_past or _infinitive_deadline(context)
    future = _is_future_context(context) or (
        not has_past and _BY_BEFORE.search(context.before(12)) is not None
    )
    if future and _ahead_only_by_narrative_would(context):
        future, ahead_ok = False, True  # the nearer of the two, as with no tense at all
    if _PLAN_OF_THE_PAST.search(context.before(100)):
        # "had planned to join the board in May": a plan of the story's past, met or overtaken, was for
        # the nearer of the two months, this year's or last year's, not the next one
        future, ahead_ok = False, True
    if not future and _moved_to(context):
        # "has extended the deadline for bids to the end of May" in an April report: a time moved to a
        # month is the new one, still to come, whatever the tense of the moving
        future = True
    period = _narrow(_around(lambda year: _month(year, month), published, future, ahead_ok), modifier)
    if (
        attributive
        and not modifier
        and not future
        and period.end < published
        and (not has_past or _AWAITED_BEFORE.search(context.before(40)) is not None)
    ):
        # "candidates chosen for the June elections" in an April report, "still recall the March floods" in
        # an April one: a happening named by its month alone is the nearest such month, ahead or behind
        # (but "spoke at the May summit", told in the past, was at a summit already held)
        ahead = _month(period.start.year + 1, month)
        if ahead.start - published < published - period.end:
            period, future = ahead, True
    reason = _no_year_reason(
        text,
        published,
        f"{MONTH_NAMES[month - 1]} {period.start.year}" if not modifier else _interval_words(period),
    )
    story_month = _sentence_story_month(context)
    if story_month is not None and not future:
        # "captured Goma in January 2025 and seized Bukavu in February": the story goes on from there
        year = story_month.year if month >= story_month.month else story_month.year + 1
        if year < period.start.year:
            period = _narrow(_month(year, month), modifier)
            told = f"{MONTH_NAMES[story_month.month - 1]} {story_month.year}"
            reason = f"'{text}' follows the time its sentence is in, {told}"
    tense = "future" if future else ""
    return [context.mention(period, explicit=True, modifier=modifier, tense=tense, reason=reason)]


_SENTENCE_OPENING = re.compile(r"(?:[.!?][\"”’']?\s+|\n)(?=\S)")

# A time put off or brought forward, up to the month it is moved to: "extended the deadline for filings
# to", "postponed the vote until", "pushed the launch back to" (a comma or another clause between the verb
# and the date ends the reading: "moved to Madrid, where in May ...")
_MOVED_TO = re.compile(
    r"(?i)\b(?P<verb>extend(?:s|ed|ing)?|postpon(?:es|ed|ing|e)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?"
    r"|reschedul(?:es|ed|ing|e)|push(?:es|ed|ing)?(?=[^,;:.]{0,60}\sback\s)|put(?:s|ting)?\s+off"
    r"|mov(?:es|ed|ing|e)|br(?:ing|ings|ought)\s+forward)\b(?P<rest>[^,;:.()“”\"]{0,80}?)\s(?:(?:back|forward)\s+)?"
    r"(?:to|until|till)\s+$"
)
# ... unless the moving is told as overtaken ("had been postponed until March", not reported) or the sentence
# is set in a stated year ("In 2019 the vote was postponed to March")
_MOVED_BEFORE = re.compile(r"(?i)\bhad\s+(?:been\s+|already\s+)?$")
_REPORTED_BEFORE = re.compile(r"(?i)\b(?:said|told|announced|confirmed|reported|stated)\b")


def _moved_to(context: _Context) -> bool:
    """Whether a month without its year is the time a deadline or a happening was moved to."""
    window = context.before(_TENSE_WINDOW)
    breaks = list(_SENTENCE_BREAK.finditer(window))
    before = window[breaks[-1].end() :] if breaks else window
    moved = _MOVED_TO.search(before)
    if moved is None or re.search(r"\b(1[89]|20)\d\d\b", before):
        return False
    # ("extended the talks by a week to May", "moved the team to Lisbon": only a time is moved to a month)
    if re.search(r"\b(?i:by|from)\b|\b[A-Z][a-z]+\s*$", moved.group("rest")):
        return re.search(r"(?i)\bfrom\s+[^,;]{0,30}$", moved.group("rest")) is not None
    # ("said on Monday it had extended the offer to June 15": a past perfect reported is the moving's own)
    return (
        _MOVED_BEFORE.search(before[: moved.start()]) is None
        or _REPORTED_BEFORE.search(before[: moved.start()]) is not None
    )


def _sentence_story_month(context: _Context) -> dt.date | None:
    """The month an earlier date of the same sentence puts the story in, when it lies in a year before
    publication ("in January of the previous year and ... in February"); None otherwise."""
    before = context.text[: context.match.start()]
    openings = list(_SENTENCE_OPENING.finditer(before))
    sentence = before[openings[-1].end() :] if openings else before
    if not re.search(r"\d{4}|\byear\b", sentence):
        return None
    earlier = [
        d
        for d in find_dates(sentence, context.published)
        if d.precision in ("day", "week", "month") and d.tense != "future"
    ]
    if not earlier or earlier[-1].date_start.year >= context.published.year:
        return None
    return earlier[-1].date_start


_SEASON = re.compile(
    rf"""
    (?<!\w)
    {_MOD}?
    (?P<the>(?i:the)\s+)?
    (?:(?P<rel>(?i:last|this|next|this\s+past|this\s+coming|coming))\s+)?
    (?P<season>(?i:spring|summer|fall|autumn|winter))\b
    (?:(?:\s+(?i:of))?\s+(?P<year>{_YEAR})|\s+(?i:of)\s+(?P<year_rel>{_YEAR_REL})\s+(?i:year)\b)?
    """,
    re.VERBOSE,
)


def _resolve_season(context: _Context) -> list[DateMention] | None:
    # "the fall of 2025", "autumn 2025", "this summer", "last summer", "early spring", "in the spring"
    code = _SEASON_CODES[context.group("season").lower()]
    modifier = _modifier(context)
    text, published = context.match.group(), context.published
    relative = " ".join(context.group("rel").lower().split())
    year_rel = context.group("year_rel").lower()

    def season(year: int) -> _Period:
        return _season(year, code)

    if context.group("year"):
        period = _narrow(season(int(context.group("year"))), modifier)
        return [
            context.mention(
                period, explicit=True, modifier=modifier, reason=_stated_reason(text, period, modifier)
            )
        ]
    if context.group("the") and relative and relative != "coming":
        return None  # "the last summer", "the past winter": a stretch of time, not a season
    this_year = published.year
    if code == "WI":
        # This winter: the one under way, the one just ended (by June), or the one ahead.
        this_year = published.year - 1 if published.month <= 6 else published.year
    recent = [season(year) for year in range(published.year - 2, published.year + 3)]
    tense = ""
    if year_rel:
        period = season(_relative_year(year_rel, published))
    elif relative == "this":
        # ("will be living in tents this winter" said in June, "an audit should be released this
        # spring" said in November: when this year's is over, a clause that looks ahead means the next one)
        period = season(this_year)
        ahead = period.end < published and _is_future_context(context)
        if ahead:
            period = next(candidate for candidate in recent if candidate.start > published)
        tense = "future" if ahead else ""
    elif relative in ("last", "this past"):
        # the latest to have ended: "last summer" in October 2025 is summer 2025, in July 2025 summer 2024
        period = [candidate for candidate in recent if candidate.end < published][-1]
        tense = "past"
    elif relative in ("next", "this coming", "coming"):
        period = next(candidate for candidate in recent if candidate.start > published)
        tense = "future"
    else:
        if not _bare_season_is_date(context):
            return None
        future = _is_future_context(context) or _moved_to(context)
        period = _around(season, published, future)
        tense = "future" if future else ""
    period = _narrow(period, modifier)
    return [
        context.mention(
            period,
            explicit=True,
            modifier=modifier,
            tense=tense,
            reason=_resolved_reason(text, published, period),
        )
    ]


def _bare_season_is_date(context: _Context) -> bool:
    """ "in the spring", "by late summer" are dates; "a spring offensive", "the summer heat", "the fall of
    Bakhmut" are not."""
    if context.group("season").lower() == "fall" and not context.group("the"):
        return False
    if not (context.group("mod") or context.group("edge") or _follows_cue(context)):
        return False
    next_word = re.match(r"\s+([a-z]+)", context.after())
    return not next_word or next_word.group(1) in _FUNCTION_WORDS


_QUARTER = re.compile(
    rf"""
    (?<!\w)
    (?:
        (?P<the>(?i:the)\s+)?(?P<ordinal>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))
        \s+(?P<unit>(?i:quarter|half))\b
        (?:\s+(?i:of)\s+(?:(?P<year>{_YEAR})|(?P<year_word>(?i:this|last|next|the\s+previous|the))\s+(?i:year)\b))?
      | (?P<code>[QH][1-4])\b(?:\s+(?:(?i:of)\s+)?(?P<code_year>{_YEAR}))?
      | (?P<year_first>{_YEAR})\s+(?P<code_after>[QH][1-4])\b
    )
    """,
    re.VERBOSE,
)


def _resolve_quarter(context: _Context) -> list[DateMention] | None:
    # "the first quarter of 2025", "Q1 2025", "the second half of this year", "the fourth quarter"
    text, published = context.match.group(), context.published
    code = context.group("code") or context.group("code_after")
    if code:
        unit, number = ("quarter" if code[0] == "Q" else "half"), int(code[1])
    else:
        unit, number = context.group("unit").lower(), _ORDINALS[context.group("ordinal").lower()]
        if unit == "half" and number > 2:
            return None
        has_year = context.group("year") or context.group("year_word")
        if context.group("ordinal").lower() == "last" and not context.group("the") and not has_year:
            return None  # "last quarter" is the previous quarter, read by the relative-period rule
    maker = _quarter if unit == "quarter" else _half
    year_text = context.group("year") or context.group("code_year") or context.group("year_first")
    year_word = " ".join(context.group("year_word").lower().split())
    if year_text:
        period = maker(int(year_text), number)
        return [context.mention(period, explicit=True, reason=_stated_reason(text, period, ""))]
    if year_word:
        year = published.year + {"this": 0, "the": 0, "last": -1, "the previous": -1, "next": 1}[year_word]
        period = maker(year, number)
        return [context.mention(period, explicit=True, reason=_resolved_reason(text, published, period))]
    if unit == "half" and not _half_of_results(context):
        return None  # "the first half" of a match, a speech, ...
    future = _is_future_context(context)
    period = _around(lambda year: maker(year, number), published, future)
    return [
        context.mention(
            period,
            explicit=True,
            tense="future" if future else "",
            reason=_resolved_reason(text, published, period),
        )
    ]


# What a half of the year is told with in business and economic news: a share, a sum of money or a
# measure of trade ("profits fell 12 percent in the first half", "exports grew in the second half")
_RESULTS_TOLD = re.compile(
    r"(?i)%|[$€£¥]|\b(?:per\s?cent|percent|profits?|revenues?|sales|earnings|output|growth|gdp|economy"
    r"|turnover|exports|imports|losses|inflation|production|shipments|orders|deficit|surplus)\b"
)
_HALF_AS_TIME_BEFORE = re.compile(r"(?i)\b(?:in|during|over|for|from|since|by)\s+$")


def _half_of_results(context: _Context) -> bool:
    """Whether "the first half" with no year ("rose in the first half") is a half of the year: after a
    preposition of time, with no "of" after it, in a sentence that tells results or trade; "scored in the
    first half" and "the first half of the speech" are not."""
    if not context.group("the") or not _HALF_AS_TIME_BEFORE.search(context.before(12)):
        return False
    if re.match(r"\s+of\b", context.after(6), re.IGNORECASE):
        return False
    # the results are the half's own clause's ("Profits fell 12 percent in the first half"), not another
    # clause's ("after fighting broke out in the first half, and the club was fined $20,000")
    ends = list(_SENTENCE_END.finditer(context.text, 0, context.match.start()))
    head = context.text[ends[-1].end() if ends else 0 : context.match.start()]
    return _RESULTS_TOLD.search(_CLAUSE_BREAK.split(head)[-1]) is not None


_CLAUSE_BREAK = re.compile(r"(?i)[,;:–—]|\b(?:after|when|while|as|because|before|since|and|but|until)\b")


_YEAR_EXPRESSION = re.compile(
    rf"(?<!\w)(?:{_MOD})?(?P<year>{_YEAR})(?:\s*[-–]\s*(?P<year2>{_YEAR}|\d\d(?![\d-])))?(?P<possessive>['’]s\b)?"
)
# "at 2000 BST", "1900 to 2200 EST", "at 2000 (0000 GMT)": a four-digit time of day with its zone, or
# with the same time in another zone beside it, or opening a range of times that closes with a zone
_TIME_ZONE = rf"(?:(?:{TIME_ZONE}|JST|local\s+time|hrs|hours?)\b)"
_YEAR_UNIT_AFTER = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b)|\s+(?:km|kilomet|miles?\b|square\b|sq\b|met(?:er|re)s?\b|feet\b"
    rf"|tons?\b|tonnes?\b|hectares?\b|acres?\b|kg\b|barrels?\b)|\s*{_TIME_ZONE}"
    rf"|\s*\(\s*{_CLOCK}\s*{_TIME_ZONE}|\s*(?:and|to|till|until|[-–])\s*{_CLOCK}\s*{_TIME_ZONE}"
    r"|-(?:year|strong|member|man|seat|page|word|km|kilomet|mile|met|foot|feet|ton|square|acre|hectare"
    r"|point|day|hour|dollar)"
)
_YEAR_LABEL_BEFORE = re.compile(
    r"(?:[$€£¥]\s*|\b(?:No\.|[Nn]umber|#|Resolution|[Aa]rticle|[Ff]light|[Rr]oute|[Rr]oom|[Pp]age|[Mm]odel"
    r"|[Cc]ode|[Uu]nit|[Hh]ighway)\s+)$"
)
_YEAR_COUNT_BEFORE = re.compile(
    r"(?i)\b(?:about|around|some|nearly|almost|approximately|roughly|than|least|most|up\s+to|over|total\s+of"
    r"|estimated|additional|another|extra|killed|wounded|injured|captured|deployed|sent|lost)\s+$"
)
# "a year-2000 bug", "the Euro-2012 finals": a year hyphened onto a word names a thing (a compound
# modifier), not when the sentence happened; "pre-2000" and "post-2008" still place it in time
_YEAR_COMPOUND_BEFORE = re.compile(r"(?<![\w-])(?!(?i:pre|post|mid|early|late)-)[A-Za-z][\w]*-$")
_YEAR_TIME_BEFORE = re.compile(
    r"(?i)\b(?:in|since|by|until|till|through|throughout|from|to|during|before|after|of|between|year|the"
    r"|circa|c\.|spring|summer|autumn|fall|winter)\s+(?:(?:about|around)\s+)?$"
)


def _resolve_year(context: _Context) -> list[DateMention] | None:
    # "2024", "early 2025", "mid-2024", "the end of 2024", "2014-2022", "2022-23"; not "2000 troops".
    modifier = _modifier(context)
    year = int(context.group("year"))
    if not modifier and not context.group("year2") and not _bare_year_is_date(context):
        return None
    span = (context.match.start(), context.match.end("year"))  # without a range's second year or "'s"
    period = _narrow(_year(year), modifier)
    text = context.text[span[0] : span[1]]
    mentions = [
        context.mention(
            period, explicit=True, modifier=modifier, span=span, reason=_stated_reason(text, period, modifier)
        )
    ]
    second = context.group("year2")
    if second:
        second_year = int(second) if len(second) == 4 else year // 100 * 100 + int(second)
        if second_year <= year:
            return mentions
        second_span = context.match.span("year2")
        second_period = _year(second_year)
        mentions.append(
            context.mention(
                second_period,
                explicit=True,
                span=second_span,
                reason=f"'{context.text[slice(*second_span)]}' stated in the text, closing a range of years",
            )
        )
    return mentions


# "MOEX Offshore 2007 LLC", "Vision 2030 Ltd", "Delta 2010 S.A.": a year followed by a company's legal form,
# with or without the stops of its initials, is part of its name; so is a year before the words that
# close a company's name without being a legal form ("Vision 2030 Holdings", "Omega 2020 Partners")
_COMPANY_NAME_ENDS = ("Limited", "Corp", "Corporation", "Holding", "Holdings", "Partners")
# (two capitals that after a year as often open something else: "in 2006 AB 32 became law", "by 2010 SE Asia")
_NOT_AFTER_A_YEAR = frozenset(("AB", "BV", "KK", "SE"))
_YEAR_IN_COMPANY_NAME = re.compile(
    r"\s+(?:"
    + "|".join(
        r"\.?".join(form) + r"\.?" if form.isupper() else form
        for form in sorted(LEGAL_FORMS - _NOT_AFTER_A_YEAR)
    )
    + f"|{'|'.join(_COMPANY_NAME_ENDS)})\\b"
)
# "Offshore 2007 Holdings Group": a year between two capitalised words that are not a month, a weekday or a
# season ("in March 2024 Nepal ...") is inside a proper name
_CAPITALISED_BEFORE = re.compile(r"\b(?P<word>[A-Z][A-Za-z]+)\s+$")
_NAME_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]+\b(?!\s+(?:said|says|told|announced)\b)")


# "London 2012", "Euro 2016", "Vision 2030", "Windows 2000", "Expo 2020": a capitalised name word right before
# a year makes the year part of the name of a thing, a programme or a tournament, which dates nothing the
# sentence tells ("the 2010 World Cup", the year first, still dates its happening). Words that open a
# sentence before a bare year without naming anything ("Around 2012", "Throughout 2012", "Fiscal 2012"),
# holidays ("Christmas 2012", "Easter 2012") and era or fiscal marks ("AD 2012", "FY 2012") leave it a date.
_NO_NAME_BEFORE_A_YEAR = frozenset(
    re.split(
        r"\s+",
        """about around circa throughout during over across within through till until since before after
        from between beyond under against toward towards past via per amid amidst despite unlike like
        early late mid only even also then back again already still just not nor yet so ever never
        fiscal financial calendar model class vintage year season term budget election
        christmas easter ramadan hanukkah hanukah thanksgiving diwali eid passover halloween lent advent
        ad bc ce bce fy cy""",
    )
)


def _inside_a_name(before: str, after: str) -> bool:
    if _YEAR_IN_COMPANY_NAME.match(after):
        return True
    word = _CAPITALISED_BEFORE.search(before)
    if word is None:
        return False
    lowered = word.group("word").lower()
    if (
        lowered in _MONTH_NUMBERS
        or lowered.rstrip(".") in MONTH_ABBREVIATIONS
        or lowered in _WEEKDAY_NUMBERS
        or lowered in _SEASON_CODES
        or lowered in _FUNCTION_WORDS
        or _YEAR_TIME_BEFORE.search(before)
    ):
        return False
    return bool(_NAME_WORD_AFTER.match(after)) or lowered not in _NO_NAME_BEFORE_A_YEAR


# "Dr Hale, pictured in 2019, denies ...", "the senator (shown at a rally in 2012)": a caption's aside dates
# the photograph, not anything the sentence tells
_PICTURE_BEFORE = re.compile(
    r"[,(]\s*(?:pictured|photographed|shown|seen(?=\s+here))(?:\s+here)?(?:\s+[\w'’-]+){0,4}?\s+in\s+$",
    re.IGNORECASE,
)
_ASIDE_CLOSES_AFTER = re.compile(r"\s*[,)]")


def _bare_year_is_date(context: _Context) -> bool:
    before, after = context.before(), context.after()
    if _YEAR_UNIT_AFTER.match(after) or _YEAR_LABEL_BEFORE.search(before):
        return False
    if _PICTURE_BEFORE.search(context.before(60)) and _ASIDE_CLOSES_AFTER.match(after):
        return False
    if _inside_a_name(before, after):
        return False
    if _YEAR_COUNT_BEFORE.search(before):
        return False
    if _YEAR_COMPOUND_BEFORE.search(before):
        return False
    if _YEAR_TIME_BEFORE.search(before):
        return True
    return not _PLURAL_NEXT.match(after)


_RELATIVE_PERIOD = re.compile(
    rf"""(?ix)
    (?<!\w)
    (?:(?P<mod>early|late|mid)(?:-|\s+)|the\s+(?P<edge>start|beginning|end|middle|close)\s+of\s+)?
    (?:(?P<side>earlier|later)\s+)?
    (?P<rel>this|last|next|the\s+previous|the\s+prior|the\s+coming|the\s+following|the\s+same|that|in\s+the|the
      |all(?=\s+(?:week|month|year)\b)
      |that\s+(?P<epithet>{_STORY_YEAR_EPITHET})(?=\s+year\b))
    \s+(?P<unit>week(?:end)?|month|year|quarter)\b
    """
)
# "in that terrible year" is "that year"; "said that tough year ..." is no time
_EPITHET_YEAR_BEFORE = re.compile(r"(?i)\b(?:in|of|during|throughout|by|until)\s+$")


def _resolve_relative_period(context: _Context) -> list[DateMention] | None:
    # "last week", "earlier this week", "next month", "late last year", "the end of the year", "this weekend"
    text, published = context.match.group(), context.published
    relative = " ".join(context.group("rel").lower().split())
    if context.group("epithet"):
        if not _EPITHET_YEAR_BEFORE.search(context.before()):
            return None
        relative = "that"
    if relative == "all":
        if re.match(r"\s+\d", context.after(3)):
            return None  # "offered all year 9 pupils a vaccine": a school year, no time
        relative = "this"  # "closed all week": the whole of this week
    side = context.group("side").lower()
    modifier = _modifier(context)
    unit = context.group("unit").lower()
    if (
        text.istitle()
        and re.search(r"[\"“‘`]\s*$", context.before(3))
        and _QUOTE_CLOSES_AFTER.match(context.after(3))
    ):
        return None  # 'ABC\'s "This Week"': a programme's name
    if unit == "weekend" and relative == "the" and not modifier:
        return [_the_weekend(context)]
    if relative in ("the", "in the") and not (side if relative == "in the" else modifier):
        return None  # "the year", "in the week": no period without "earlier"/"the end of"
    if relative == "last" and re.search(r"(?i)\bthe\s+$", context.before(8)):
        return None  # "the last week": a stretch of time, like "the past week"
    if side and relative not in ("this", "in the"):
        return None  # "earlier last week" and the like: leave it to the plainer reading inside it
    if (
        relative in ("next", "the coming")
        and unit in ("week", "month")
        and not (modifier or side)
        and (found := _STRETCH_AHEAD_BEFORE.search(context.before(20))) is not None
        and bool(found.group("the")) == (relative == "next")
    ):
        return _the_next_stretch(context)
    if relative in _STORY_RELATIVE:
        if unit == "month":
            return _story_month(context, relative, modifier)
        if unit == "year":
            return _story_year(context, relative, modifier)
        if not (
            unit == "week" and relative in ("the previous", "the prior", "the following") and not modifier
        ):
            return None
        # "the previous week": read from publication here, and from the story's day when the text dates
        # one just before (find_dates, _from_the_story)
    step = {
        "last": -1,
        "the previous": -1,
        "the prior": -1,
        "next": 1,
        "the coming": 1,
        "the following": 1,
    }.get(relative, 0)
    if unit == "week":
        period = _week(published + dt.timedelta(weeks=step))
        if relative == "last" and published.weekday() == 6:
            # "The court ruled last week", in a Sunday paper: the week it looks back on is the one just
            # ended, Monday to Saturday (a week counted from Sunday), not the one before it
            period = _Period(
                _week(published).value,
                published - dt.timedelta(days=6),
                published - dt.timedelta(days=1),
                "week",
            )
        if step == 0 and not side and published.weekday() >= 5 and _is_future_context(context):
            # "Schools will remain closed this week", in a weekend paper: the week about to start
            period = _week(published + dt.timedelta(weeks=1))
    elif unit == "weekend":
        period = _weekend(published + dt.timedelta(weeks=step))
        if (
            step == 0
            and period.start > published
            and _has_past_cue(context)
            and not _is_future_context(context)
        ):
            # "The union responded this weekend with a new offer", in a Tuesday paper: the weekend just gone
            period = _weekend(published - dt.timedelta(weeks=1))
    elif unit == "month":
        period = _shift(_period_containing(unit, published), _month, step)
    elif unit == "quarter":
        period = _shift(_period_containing(unit, published), _quarter, step)
    else:
        period = _year(published.year + step)
    tense = "past" if step < 0 else "future" if step > 0 else ""
    if side == "earlier":
        # "earlier this week": Monday up to the day before publication, as "earlier" sets the happening
        # apart from the report's own day
        before = max(period.start, published - dt.timedelta(days=1))
        period = _Period(period.value, period.start, min(period.end, before), period.precision)
        if period.start == published and unit in ("week", "month", "quarter", "year"):
            # ... but "Earlier in the week, officials raised their estimate" in a Monday paper (earlier this
            # month on the 1st): no earlier day is left in it, so the one just ended, the weekend paper's
            period = _period_containing(unit, published - dt.timedelta(days=1))
        tense = "past"
    elif side == "later":
        period = _Period(period.value, max(period.start, published), period.end, period.precision)
        tense = "future"
    elif (
        step == 0
        and unit in ("week", "month")
        and not modifier
        and period.end > published
        and _has_past_cue(context)
        and not _is_future_context(context)
    ):
        # "The government this week raised the question ...", "was testifying this week", "resigned this
        # month": what is told in the past happened by the report, so this week (month) up to its day
        # ("Growth slowed this year" keeps its year: the stretch a statistic measures)
        period = _Period(period.value, period.start, published, period.precision)
        tense = "past"
    elif (
        step == 0
        and unit in ("week", "month")
        and not modifier
        and period.start < published
        and _is_future_context(context)
        and (ahead_from := _ahead_by_its_modal(context)) is not None
    ):
        # "The board will name a new chair this week", "will vote this month": what is still ahead when
        # the report is written falls between its day and the end of the week (month), not on the days
        # already gone (its tense is left as it was: "this week" keeps no plan's date of its own)
        period = _Period(period.value, max(period.start, ahead_from), period.end, period.precision)
    period = _narrow(period, modifier)
    return [
        context.mention(
            period,
            explicit=False,
            modifier=modifier,
            tense=tense,
            reason=_resolved_reason(text, published, period, weekday=unit.startswith("week")),
        )
    ]


# "over the next week", "within the coming month": after a preposition of a stretch of time, "the next
# week" is the seven days from the telling, not the calendar week after it ("next week" alone); the
# calendar week would leave out the days before it that the stretch covers
_STRETCH_AHEAD_BEFORE = re.compile(r"(?i)\b(?:over|in|within|during|for|throughout)\s+(?P<the>the\s+)?$")
# "in the next week or two": the stretch runs to twice its length
_OR_TWO_AFTER = re.compile(r"(?i)^\s+or\s+two\b")


def _the_next_stretch(context: _Context) -> list[DateMention] | None:
    """ "Over the next week the agency will secure the road" (said on Tuesday): the seven days after the
    report's day. Told in the past ("Over the next week, rescuers pulled 50 people out") the
    stretch follows the story's day, which the report's day does not give: no date."""
    if _has_past_cue(context) and not _is_future_context(context):
        return None
    published, unit = context.published, context.group("unit").lower()
    count = 2 if _OR_TWO_AFTER.match(context.after(8)) else 1
    if unit == "week":
        end = published + dt.timedelta(weeks=count)
    else:
        year, month = _add_months(published.year, published.month, count)
        end = dt.date(year, month, min(published.day, calendar.monthrange(year, month)[1]))
    # from the day after the report's: what the stretch holds is still to come
    start = published + dt.timedelta(days=1)
    period = _Period(_week(start).value if unit == "week" else f"{start:%Y-%m}", start, end, unit)
    words = "the " + " ".join(context.match.group().lower().split()[-2:])
    return [
        context.mention(
            period,
            explicit=False,
            tense="future",
            reason=f"'{words}' from an article published {_published_words(published)}: the stretch "
            f"after its day → {_interval_words(period, unit == 'week')}",
        )
    ]


# The words that put a clause ahead of its telling ("will send", "would publish", "is to open", "set to
# vote"): a bare infinitive is not one ("agreed to lease two depots this week" is done). Only the
# auxiliaries of _FUTURE_CUE: its "expects", "plans to", "upcoming" or "ahead of" tell of a plan without
# putting the clause that holds the date ahead of the report's day
_MODAL_AHEAD = re.compile(
    r"(?i)\b(?:will|shall|would|won['’]t|(?:is|are)\s+(?:due\s+)?to|(?:set|expected|scheduled|going|due)\s+to)\b"
)
# ("had been expected to vote", "was set to open", "had hoped the bridge would reopen": a plan told in the
# past of an earlier time, often one that did not come about, is not ahead of the report)
# Only right before the modal or before its verb of planning: a "had" elsewhere in the sentence tells of
# another act ("The firm, which had lost money for years, will close its plant this week")
_PAST_BEFORE_MODAL = re.compile(
    r"(?i)\b(?:had|was|were|been)\s+$|\b(?:had|was|were)\s+(?:been\s+)?(?:\w+ly\s+)?(?:hoped|planned|expected"
    r"|intended|wanted|thought|believed|assumed|promised|pledged|vowed|said|announced|predicted|insisted)\b"
)
# ("... this week, but the session was suspended": the plan is set against what happened instead)
_BUT_THEN_PAST = re.compile(r"(?i)[^.;!?]*?,?\s+but\s+(?:[\w'’-]+\s+){0,5}?(?:was|were|had|did|\w{3,}ed)\b")
_WORD_AFTER_DATE = re.compile(r"\s*,?\s*(?:\w+ly\s+)?(\w+)")
# ("said on Monday that talks would resume this week": the week is ahead of the day of the saying)
# (only a weekday right after a verb of saying: "The mayor, elected on Sunday, will take office this week"
# dates another act)
# (the words between are capitalised, case-kept: "told Parliament on Monday"; a case-blind [A-Z] would let
# "said the ferry sank on Monday" give the saying another act's weekday)
_SAYING_WEEKDAY = re.compile(
    rf"(?i)\b(?:{alternatives(SPEECH_VERBS | {'promised', 'pledged'})})"
    rf"(?:\s+(?-i:[A-Z])[\w.'’-]*){{0,3}}\s+(?:on\s+|late\s+|early\s+)?(?-i:{_WEEKDAY})"
)


def _ahead_by_its_modal(context: _Context) -> dt.date | None:
    """The day from which the clause of the date is told ahead by a modal before it (the report's, or the
    day after the saying's own weekday: "said on Monday that talks would resume this week"), with no verb
    of the past between ("said the league will name its squad this week"), and no verb of the past right
    after the date ("would slow sales and this week agreed to lease two depots": the date opens a done act);
    None when it is not."""
    window = context.before(150)
    breaks = list(_SENTENCE_BREAK.finditer(window))
    before = window[breaks[-1].end() :] if breaks else window
    modals = list(_MODAL_AHEAD.finditer(before))
    if not modals or _PAST_BEFORE_MODAL.search(before[: modals[-1].start()]):
        return None
    clause = before[modals[-1].end() :]
    # ("will remain closed", "is expected to be published": a participle after "be" is no verb of the past)
    if any(not _AFTER_BE.search(clause[: cue.start()]) for cue in _verb_cues(_PAST_CUE, clause)):
        return None
    following = _WORD_AFTER_DATE.match(context.after(30))
    if following is not None and _PAST_CUE.fullmatch(following.group(1)):
        return None
    if _BUT_THEN_PAST.match(context.after(120)):
        return None
    said_on = list(_SAYING_WEEKDAY.finditer(before[: modals[-1].start()]))
    if not said_on:
        return context.published
    # (the day after the last such weekday on or before the report's day: what was told as ahead comes after
    # the saying, and a week that held the saying's own day would be folded into the saying's event)
    back = (context.published.weekday() - _WEEKDAY_NUMBERS[said_on[-1].group().split()[-1].lower()]) % 7
    return context.published - dt.timedelta(days=back - 1) if back else context.published


_PERIOD_EDGE = re.compile(
    r"(?i)(?<!\w)(?:(?:this|the)\s+)?(?P<unit>week|month|year)['’]s\s+(?P<edge>end|close|start|beginning)\b"
)


def _resolve_period_edge(context: _Context) -> list[DateMention] | None:
    # "by week's end", "at the month's close", "the year's start": the edge of the week, month or year
    # the article is written in
    text, published = context.match.group(), context.published
    unit = context.group("unit").lower()
    if unit == "week":
        period = _week(published)
    elif unit == "month":
        period = _month(published.year, published.month)
    else:
        period = _year(published.year)
    modifier = _MODIFIER_WORDS[context.group("edge").lower()]
    period = _narrow(period, modifier)
    return [
        context.mention(
            period,
            explicit=False,
            modifier=modifier,
            reason=_resolved_reason(text, published, period, weekday=unit == "week"),
        )
    ]


# "the previous year", "that year", "the following year": counted from the year the story is in at that
# point (the last year the text states before it, in its paragraph), not from publication.
_STORY_RELATIVE = {"the previous": -1, "the prior": -1, "the following": 1, "the same": 0, "that": 0}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_STATED_YEAR = re.compile(_YEAR)


def story_year(context: _Context) -> int | None:
    """The last year stated before the match in its paragraph ("in 2019 ... that year" -> 2019)."""
    before = context.text[: context.match.start()]
    breaks = list(_PARAGRAPH_BREAK.finditer(before))
    paragraph = before[breaks[-1].end() :] if breaks else before
    years = [int(m.group()) for m in _STATED_YEAR.finditer(paragraph)]
    return years[-1] if years else None


def _story_year(context: _Context, relative: str, modifier: str) -> list[DateMention] | None:
    text, published = context.match.group(), context.published
    stated = story_year(context)
    if stated is None and relative in ("that", "the same"):
        return None  # "that year" with no year before it refers to nothing this text dates
    base = stated if stated is not None else published.year
    period = _narrow(_year(base + _STORY_RELATIVE[relative]), modifier)
    anchor = (
        f"the year the story is in, {stated}" if stated is not None else f"publication ({published.year})"
    )
    reason = f"'{text}' counted from {anchor} → {period.start.year}"
    return [context.mention(period, explicit=False, modifier=modifier, tense="past", reason=reason)]


_STATED_MONTH = re.compile(rf"(?i)\b(?P<month>{'|'.join(MONTH_NAMES)})\s+(?P<year>{_YEAR})")


def _story_month(context: _Context, relative: str, modifier: str) -> list[DateMention] | None:
    """ "arrested in March 2022 and transferred the following month" -> April 2022: counted from the last
    month and year its paragraph states before it; nothing when it states none."""
    before = context.text[: context.match.start()]
    breaks = list(_PARAGRAPH_BREAK.finditer(before))
    stated = list(_STATED_MONTH.finditer(before[breaks[-1].end() :] if breaks else before))
    if not stated:
        return None
    year, month = int(stated[-1].group("year")), _month_number(stated[-1].group("month"))
    period = _narrow(_shift(_month(year, month), _month, _STORY_RELATIVE[relative]), modifier)
    text = context.match.group()
    reason = (
        f"'{text}' counted from the month the story is in, {stated[-1].group()} → {_interval_words(period)}"
    )
    return [context.mention(period, explicit=False, modifier=modifier, tense="past", reason=reason)]


def _the_weekend(context: _Context) -> DateMention:
    """ "over the weekend": the weekend under way at publication or the last one before it, or in a
    sentence about the future the next one."""
    published = context.published
    future = _is_future_context(context)
    if published.weekday() >= 5 or future:
        period = _weekend(published)
    else:
        period = _weekend(published - dt.timedelta(weeks=1))
    text = context.match.group()
    reason = _resolved_reason(text, published, period, weekday=True)
    return context.mention(period, explicit=False, tense="future" if future else "", reason=reason)


_AGO = re.compile(
    rf"""(?ix)
    # "a little over a week ago", "almost two weeks ago": the count is a bound, not the middle
    (?:(?P<over>(?:a\s+little\s+|just\s+|slightly\s+)?(?:over|more\s+than))\s+
      |(?P<under>almost|nearly|(?:just\s+)?under|less\s+than)\s+)?
    (?<![\d,.])\b(?P<count>{"|".join(_NUMBER_WORDS)}|\d{{1,3}})\s+(?P<unit>day|week|month|year|decade)s?\s+(?P<way>ago|earlier)\b
    # ("ended the ban six weeks earlier than planned": a gap against a plan, no day counted back)
    (?!\s+than\b)
    """
)


WEEKS_AGO_SLACK = dt.timedelta(days=2)


def _resolve_ago(context: _Context) -> list[DateMention] | None:
    # "two days ago", "a day earlier" (publication - 1), "a week ago", "a month ago", "three years ago"
    text, published = context.match.group(), context.published
    count_word = context.group("count").lower()
    count = _NUMBER_WORDS.get(count_word) or int(count_word)
    unit = context.group("unit").lower()
    if unit == "day":
        period = _day(published - dt.timedelta(days=count))
    elif unit == "week":
        # "a week ago" is about seven days back, not the calendar week that ran until yesterday
        back = published - dt.timedelta(weeks=count)
        value = _week(back).value
        # "over a week ago" lies a day or two before the week's mark, "almost two weeks ago" a day or two
        # after it
        first = back if context.group("under") else back - WEEKS_AGO_SLACK
        last = back if context.group("over") else back + WEEKS_AGO_SLACK
        period = _Period(value, first, min(last, published), "week")
    elif unit == "month":
        period = _shift(_month(published.year, published.month), _month, -count)
    else:
        period = _year(published.year - count * (10 if unit == "decade" else 1))
    return [
        context.mention(
            period,
            explicit=False,
            tense="past",
            reason=_resolved_reason(text, published, period, weekday=unit in ("day", "week")),
        )
    ]


# "is expected to reach the port in a couple of days", "will report back in two weeks": a count of days,
# weeks or months from now, in a clause that looks ahead (told of the past, "for the second time in three
# days", it is a stretch of time, and no day)
_COUNT_WORDS = "|".join(w for w in _NUMBER_WORDS if w not in ("a", "an"))
_IN_COUNT = re.compile(
    rf"""(?ix)
    # ("will publish the audit in about two months": a hedge leaves it a count from now)
    \bin\s+(?:(?:about|around|roughly|approximately|some)\s+)?
    (?:(?P<couple>a\s+couple\s+of)|(?:(?:another|the\s+next)\s+)?(?P<count>{_COUNT_WORDS}|\d{{1,2}}))
    \s+(?P<unit>day|week|month)s\b
    # ("in two days of talks", "in three weeks' time" is still a count: only "of" ends it)
    (?!\s+of\b)
    """
)


# "in the six weeks since the rig exploded", "two years since the army seized power": a count back from
# now to a happening the clause after "since" tells
_COUNT_SINCE = re.compile(
    rf"""(?ix)
    (?:(?P<over>(?:a\s+little\s+|just\s+|slightly\s+)?(?:over|more\s+than))\s+
      |(?P<under>almost|nearly|(?:just\s+)?under|less\s+than)\s+)?
    (?<![\d,.])\b(?P<count>{"|".join(_NUMBER_WORDS)}|\d{{1,3}})\s+(?P<unit>day|week|month|year)s?\s+since
    # (a clause with its subject follows: "since then", "since last May", "since 2001" count from a date)
    (?=\s+(?:the|a|an|its|his|her|their|(?-i:[A-Z][a-z]+))\b)
    (?!\s+(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December
    |Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))
    """
)


def _resolve_count_since(context: _Context) -> list[DateMention] | None:
    if _is_future_context(context):
        return None  # "by the time two weeks since the vote have passed": not counted from now
    return _resolve_ago(context)


def _resolve_in_count(context: _Context) -> list[DateMention] | None:
    if not _is_future_context(context):
        return None  # "the second attack in three days": a stretch of time, no day
    published = context.published
    count_word = context.group("count").lower()
    count = 2 if context.group("couple") else (_NUMBER_WORDS.get(count_word) or int(count_word))
    unit = context.group("unit").lower()
    if unit == "day":
        period = _day(published + dt.timedelta(days=count))
    elif unit == "month":
        if re.search(r"(?i)\bnext\b", context.match.group()):
            return None  # "will hire 500 staff in the next six months": the whole stretch up to then
        # "in two months", told on 19 August: some time in October, the month it reaches
        period = _month(*_add_months(published.year, published.month, count))
    else:
        # "in two weeks" is about fourteen days ahead, give or take a day or two
        ahead = published + dt.timedelta(weeks=count)
        period = _Period(_week(ahead).value, ahead - WEEKS_AGO_SLACK, ahead + WEEKS_AGO_SLACK, "week")
    reason = _resolved_reason(context.match.group(), published, period, weekday=unit != "month")
    return [context.mention(period, explicit=False, tense="future", reason=reason)]


_DEICTIC_DAY = re.compile(
    r"""(?ix)
    \b(?:
        (?P<side>earlier|later)\s+(?P<side_day>today|tonight)
      | (?P<day>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow
        |last\s+night|this\s+(?:morning|afternoon|evening)|the\s+previous\s+day
        |the\s+(?:next|following)\s+day
        |the\s+day\s+before(?=\s*(?:[.,;:!?)]|$)))
      | (?P<story>(?:(?:earlier|later)\s+)?(?:that\s+same|the\s+same|that)\s+day)(?!\s+as\b)
      # "That night, looters broke into the depot": the night of the day the story is at (not "that night's
      # vote", a happening named by its time, which may lie far from the last day told)
      | (?P<story_part>that\s+(?:same\s+)?(?:morning|afternoon|evening|night))(?!\s+(?:as|when)\b|[’']s\b)
    )
    (?P<part>\s+(?:morning|afternoon|evening|night))?\b
    """
)
# A verb after which "that" opens a clause rather than pointing at a time: "warned that night flights ..."
_THAT_AS_CONJUNCTION = re.compile(
    r"(?i)\b(?:said|says|say|told|tells?|warned|warns?|added|adds|noted|notes|announced|announces|reported"
    r"|believes?|believed|thinks?|thought|feared|fears?|hoped|hopes?|knew|knows?|insisted|insists?|argued"
    r"|argues?|claimed|claims?|stated|states?|explained|explains?|shows?|showed|found|finds?|means?|meant"
    r"|agreed|agrees?|decided|decides?|ruled|rules?|so|such|now|given|ensure[sd]?|suggest(?:s|ed)?)\s+$"
)
_DEICTIC_OFFSETS = {
    "the day before yesterday": -2,
    "yesterday": -1,
    "last night": -1,
    "the previous day": -1,
    "the day before": -1,
    "the next day": 1,
    "the following day": 1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}


_QUOTED_TITLE_AROUND = re.compile(r"[\"”’]\s*(?:show|programme|program|broadcast|interview)\b", re.IGNORECASE)


def _resolve_deictic_day(context: _Context) -> list[DateMention] | None:
    # "yesterday", "today", "tonight", "last night", "the previous day", "earlier today"
    text, published = context.match.group(), context.published
    if context.group("story_part") and _THAT_AS_CONJUNCTION.search(context.before(24)):
        return None  # "officials said that night flights would resume": "that" opens what was said
    if context.group("story") or context.group("story_part"):
        # "later that day": the day the story is at, which find_dates sets (_from_the_story); none without
        return [context.mention(_day(published), explicit=False, reason=f"'{text}': the day the story is at")]
    words = " ".join((context.group("day") or context.group("side_day")).lower().split())
    if context.group("part") and words not in ("yesterday", "today", "tomorrow"):
        return None
    if words == "today" and re.search(r"[A-Za-z]\w*\s+$", context.before(12)) and text[0] == "T":
        return None  # "USA Today", "Russia Today": a title, not a day
    if (
        text[0] == "T"
        and _QUOTED_TITLE_AROUND.match(context.after(14))
        and re.search(r"[\"“‘]$", context.before(1))
    ):
        return None  # 'said on NBC's "Today" show', 'the "Tonight" programme': a programme's name
    offset = _DEICTIC_OFFSETS[words]
    period = _day(published + dt.timedelta(days=offset))
    side = context.group("side").lower()
    if offset < 0 or side == "earlier":
        tense = "past"
    elif offset > 0 or side == "later":
        tense = "future"
    else:
        tense = "present"
    return [
        context.mention(
            period,
            explicit=False,
            tense=tense,
            reason=_resolved_reason(text, published, period, weekday=True),
        )
    ]


_PRESENT = re.compile(r"(?i)\b(?:right\s+now|now|currently|at\s+present|at\s+the\s+moment)\b(?![-‑])")


def _resolve_present(context: _Context) -> list[DateMention] | None:
    # "now", "currently": the time of writing, TIMEX3 PRESENT_REF
    published = context.published
    period = _Period(PRESENT_REF, published, published, "day")
    reason = f"'{context.match.group()}' refers to the time of publication, {_published_words(published)}"
    return [context.mention(period, explicit=False, tense="present", reason=reason)]


_WEEKDAY_EXPRESSION = re.compile(
    rf"""
    (?<!\w)
    (?:(?P<mod>(?i:early|late|mid))(?:-|\s+))?
    (?:(?P<rel>(?i:last|next|this|this\s+coming|this\s+past|coming))\s+)?
    (?P<weekday>{_WEEKDAY})
    (?P<part>\s+(?i:morning|afternoon|evening|night)\b)?
    (?:\s+(?:(?i:of)\s+)?(?P<week_rel>(?i:last|this|next))\s+(?i:week)\b)?
    """,
    re.VERBOSE,
)
_TODAY_BEFORE = re.compile(r"(?i)\b(?:today|tonight)\s*[(,–—-]\s*$")
_RECURRING_DAY_AFTER = re.compile(r"\s+of\s+(?:the|each|every|a)\s+(?:month|week|year|quarter)\b", re.I)
_RECURRING_DAY_BEFORE = re.compile(rf"\b{_EVERY}\s+(?:other\s+|second\s+|third\s+)?$", re.I)
_NAMED_DAY_BEFORE = re.compile(
    r"\b(?:Good|Black|Super|Ash|Bloody|Holy|Maundy|Cyber|Easter|Palm|Shrove|Fat|Blue|Giving|Orthodox)\s+$"
)

# "the Meat-Free Monday project", "a Giving Tuesday campaign": a capitalised word (no word of time or place
# in a date) right before the weekday and a noun of a movement after it make the weekday part of a name
_CAMPAIGN_BEFORE = re.compile(
    r"(?<![.!?]\s)\b(?!(?:On|Last|Next|This|By|Until|Till|Since|From|Late|Early|Every|Each|The|A|An|And|Or|But)\s)"
    r"[A-Z][\w’'-]*\s+$"
)
_CAMPAIGN_AFTER = re.compile(
    r"\s+(?:project|campaign|initiative|movement|programme|program|scheme|challenge|pledge|drive|appeal)s?\b"
)

# ("tickets for Friday's final", "security was tightened before Sunday's awards", "the band pulled out of
# Saturday's concert": what is done for, before or instead of an occasion does not tell that it is over)
_FOR_BEFORE = re.compile(
    r"(?i)\b(?:for|before|ahead\s+of|(?:pulled|pulling|pulls|dropped|dropping|drops)\s+out\s+of"
    r"|(?:withdrew|withdrawn|withdrawing|withdraws)\s+from|run-up\s+to|(?:host|hosts)\s+of)\s+$"
)
# "Monday's edition", "Sunday's papers", "Tuesday's Financial Times": the possessive names a paper's edition
# the last word of a paper's name, a few capitalised words before it ("the Financial Times", "London's
# Sunday Times"; `speakers.py` reads the place before such a name as the paper's, not the speaker)
PAPER_NAME = (
    r"(?:[A-Z][\w.&-]*\s+){0,3}(?:Times|Journal|Post|Guardian|Telegraph|Herald|Tribune|Gazette|Independent"
    r"|Observer|Mail|Express|Monde|Figaro|Zeitung|Standard|Chronicle|Globe|Mirror|Pa[íi]s|Asahi|Shimbun)\b"
)
_EDITION_AFTER = re.compile(
    r"['’]s\s+(?:(?i:edition|editions|issue|paper|papers|newspaper|newspapers|front\s+pages?)\b"
    r"|" + PAPER_NAME + ")"
)
# '"Fox News Sunday"', '"Meet Me On Monday"': a weekday that closes a quoted run of capitalised words ends the
# name of a programme or a work, not a date
_QUOTED_NAME_BEFORE = re.compile(r"[\"“‘`]\s*(?:[A-Z][\w’'.&-]*\s+){1,6}$")
_QUOTE_CLOSES_AFTER = re.compile(r"^[.,]?[\"”’']")


# A paper named for the day it comes out, after the weekday: "the Sunday Times", "a Sunday Telegraph poll"
# (one list for this module and `dating.py`; "Sunday Times Square" is a day and a place)
PAPER_AFTER_WEEKDAY = (
    r"(?:Times(?!\s+Square)|Telegraph|Mirror|Express|Herald|Post|People|Independent|Star|Mail|Tribune"
    r"|Business\s+Post)\b"
)
# "Lisbon's Sunday Times reported": only after a possessive is the weekday part of the paper's name; after
# "on", "late", "by" or "since" it is a day ("On Tuesday Independent lawmakers walked out", "Late on Monday
# Tribune Co. filed"), and "a Sunday Express poll" was the Sunday's
_PAPER_AFTER_DAY = re.compile(r"^\s+" + PAPER_AFTER_WEEKDAY)
_NAME_OWNER_BEFORE = re.compile(r"['’]s\s+$")


# A deadline given for an act, "have until <day> to <verb>" (see patterns.DEADLINE_BEFORE)
_DEADLINE_GIVEN_BEFORE = re.compile(DEADLINE_BEFORE, re.IGNORECASE)
_DEADLINE_GIVEN_AFTER = re.compile(DEADLINE_AFTER, re.IGNORECASE)


def _resolve_weekday_expression(context: _Context) -> list[DateMention] | None:
    # "Tuesday", "late Wednesday", "Friday afternoon", "next Tuesday", "Monday of last week"
    text, published = context.match.group(), context.published
    before = context.before()
    if _NAMED_DAY_BEFORE.search(before):
        return None  # "Good Friday", "Super Tuesday", "Bloody Sunday": a named day, not the nearest one
    if _CAMPAIGN_BEFORE.search(before) and _CAMPAIGN_AFTER.match(context.after(20)):
        return None  # "the Meatless Monday campaign": a weekday in the name of a movement, no date
    if re.search(r"\b[Tt]he\s+$", before) and _CAPITALISED_NEXT.match(context.after()):
        return None  # "the Sunday Times"
    if _NAME_OWNER_BEFORE.search(before) and _PAPER_AFTER_DAY.match(context.after(20)):
        return None  # "Lisbon's Sunday Times reported": a paper's name
    if _QUOTED_NAME_BEFORE.search(before) and _QUOTE_CLOSES_AFTER.match(context.after(3)):
        return None  # 'appeared on "Fox News Sunday"': a programme's name
    if _RECURRING_DAY_AFTER.match(context.after()) or _RECURRING_DAY_BEFORE.search(before):
        # "published on the last Friday of the month", "meets every Monday": a day that recurs, no date
        return None
    weekday = _WEEKDAY_NUMBERS[context.group("weekday").lower()]
    relative = " ".join(context.group("rel").lower().split())
    if not relative and _TODAY_BEFORE.search(before):
        # "today (Friday)": the day the article calls today, which a late edition may date a day earlier
        back = (published.weekday() - weekday) % 7
        day = published - dt.timedelta(days=back) if back <= 3 else published + dt.timedelta(days=7 - back)
        period = _day(day)
        reason = _resolved_reason(text, published, period, weekday=True) + " (the article's today)"
        return [context.mention(period, explicit=False, modifier="", tense="present", reason=reason)]
    week_rel = context.group("week_rel").lower()
    tense, note = "", ""
    if week_rel:
        week = _week(published + dt.timedelta(weeks={"last": -1, "this": 0, "next": 1}[week_rel]))
        day = week.start + dt.timedelta(days=weekday)
    elif relative == "this":
        day = _week(published).start + dt.timedelta(days=weekday)
    elif relative in ("last", "this past"):
        day, tense = _resolve_weekday(weekday, published, "before"), "past"
    elif relative in ("next", "this coming", "coming"):
        day, tense = _resolve_weekday(weekday, published, "after"), "future"
    elif _EDITION_AFTER.match(context.after(60)):
        # "told Monday's edition of Le Monde", "according to Tuesday's Financial Times": a paper's edition
        # bears its day and is out the evening before, so a report may quote tomorrow's, whose news is of
        # the report's own day at the latest; any other day named is the latest edition already out
        back = (published.weekday() - weekday) % 7
        day = published if back == 6 else published - dt.timedelta(days=back)
        note = " (a paper's edition, out by the evening before its day)"
    elif _FOR_BEFORE.search(before) and context.after(3).startswith(("'s", "’s")):
        # "a crowd of 40,000 for Saturday's rally", "tickets for Friday's final": the occasion the
        # article is about, the nearest such day on either side of publication
        back = (published.weekday() - weekday) % 7
        day = published - dt.timedelta(days=back) if back <= 3 else published + dt.timedelta(days=7 - back)
        note = " (an occasion named for its day: the nearest such day)"
    elif _DEADLINE_GIVEN_BEFORE.search(before) and _DEADLINE_GIVEN_AFTER.match(context.after(30)):
        # "Claimants have until Wednesday to file": a deadline still open is the coming such day
        day, tense = _resolve_weekday(weekday, published, "on_or_after"), "future"
        note = " (a deadline still open: the next such day)"
    elif _looks_ahead_from_the_past(context):
        # "the ship was expected to dock on Sunday", "prisoners were to stage a show on Saturday": ahead of
        # a time already told, so the nearest such day, on either side of publication
        back = (published.weekday() - weekday) % 7
        day = published - dt.timedelta(days=back) if back <= 3 else published + dt.timedelta(days=7 - back)
        note = " (looking ahead from a past time: the nearest such day)"
    elif _infinitive_deadline(context) and not _is_future_context(context):
        # "residents were told to leave by Friday": the deadline of an act still to be done, at or after
        # the order, so the nearest such day, on either side of publication
        back = (published.weekday() - weekday) % 7
        day = published - dt.timedelta(days=back) if back <= 3 else published + dt.timedelta(days=7 - back)
        note = " (the deadline of an act to be done: the nearest such day)"
    elif _is_future_context(context):
        day, tense = _resolve_weekday(weekday, published, "on_or_after"), "future"
        note = " (the sentence looks ahead)"
    elif weekday != published.weekday() and _arranged_ahead(context):
        # (the report's own weekday is its day either way, told in the present)
        day, tense = _resolve_weekday(weekday, published, "on_or_after"), "future"
        note = " (an arrangement told in the present: the next such day)"
    else:
        day = _resolve_weekday(weekday, published, "on_or_before")
    modifier = _MODIFIER_WORDS.get(context.group("mod").lower(), "")
    period = _day(day)
    reason = _resolved_reason(text, published, period, weekday=True) + note
    return [context.mention(period, explicit=False, modifier=modifier, tense=tense, reason=reason)]


# "The club is opening its ground to members to watch the final Saturday", "The church is holding a vigil
# Sunday", "Residents are invited to attend a meeting Tuesday": the present progressive (or a present
# invitation) with a weekday tells an arrangement, which lies ahead, as the future tense does
_PROGRESSIVE_AHEAD = re.compile(
    r"(?i)\b(?:is|are|am|['’]re)\s+(?:(?:also|still|now|not|\w+ly)\s+)?"
    r"(?:(?!being\b)[a-z]{2,}ing|(?:invited|asked|urged|encouraged|welcome)\s+to)\b"
)
# What after the verb ties the day to something that came before: "is recovering after surgery Monday",
# "are investigating a fire that broke out Sunday", "is mourning the victims of Saturday's attack"
_EARLIER_THING = re.compile(r"(?i)\b(?:after|since|following|from|over|of|who|which|that|when|where)\b")


def arranged_ahead(text: str, mention: DateMention, offset: int = 0) -> bool:
    """Whether `mention`, found in a text of which `text` starts at `offset`, is a day told as an
    arrangement in the present progressive ("The church is holding a vigil Sunday")."""
    match = re.compile(re.escape(mention.text)).match(text, mention.start - offset)
    return match is not None and _arranged_ahead(_Context(text, match, mention.date_start))


def _arranged_ahead(context: _Context) -> bool:
    """The clause holding a weekday is in the present progressive with no other verb between it and the
    day, and the day is not a past thing's ("Saturday's attack", "a crash Sunday that killed ...")."""
    window = context.before(_TENSE_WINDOW)
    breaks = list(_SENTENCE_BREAK.finditer(window))
    before = window[breaks[-1].end() :] if breaks else window
    found = list(_PROGRESSIVE_AHEAD.finditer(before))
    if not found:
        return False
    between = before[found[-1].end() :]
    if (
        _EARLIER_THING.search(between)
        or next(_verb_cues(_OTHER_CUE, between), None) is not None
        or _FUTURE_CUE.search(between)
    ):
        return False
    after = context.after(24)
    return not re.match(r"(?i)(?:['’]s\b|\s*,?\s*(?:that|which|who|when)\b)", after)


# Holidays on the same date every year. A national day whose name several countries share is the date of
# the country English-language news means by the bare name ("Independence Day": 4 July, the United
# States'); one that names another country ("Kenya's Independence Day", "Mexican Independence Day") is
# left undated (see _OTHER_COUNTRY_BEFORE).
_HOLIDAY_DATES = {
    "new year's day": (1, 1),
    "valentine's day": (2, 14),
    "st patrick's day": (3, 17),
    "may day": (5, 1),
    "juneteenth": (6, 19),
    "independence day": (7, 4),
    "bastille day": (7, 14),
    "halloween": (10, 31),
    "veterans day": (11, 11),
    "armistice day": (11, 11),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
}
# Movable holidays, by the rule that dates them in a given year: the feasts counted from Easter (Western
# by default, the Orthodox date when the text says "Orthodox"), and the United States' federal holidays
# fixed to a weekday of a month, whose names are that country's alone ("Memorial Day", "Labor Day";
# elsewhere the spelling is "Labour Day", which is left out: 1 May in most countries, not in others).
_EASTER_OFFSETS = {
    "ash wednesday": -46,
    "palm sunday": -7,
    "maundy thursday": -3,
    "good friday": -2,
    "holy saturday": -1,
    "easter": 0,
    "easter sunday": 0,
    "easter day": 0,
    "easter monday": 1,
    "pentecost": 49,
    "whit sunday": 49,
    "whit monday": 50,
}
_WEEKDAY_HOLIDAYS = {
    # name: (month, which weekday of it: MO(3) the third Monday, MO(-1) the last)
    "martin luther king day": (1, relativedelta.MO(3)),
    "presidents day": (2, relativedelta.MO(3)),
    "memorial day": (5, relativedelta.MO(-1)),
    "labor day": (9, relativedelta.MO(1)),
    "columbus day": (10, relativedelta.MO(2)),
    "thanksgiving": (11, relativedelta.TH(4)),
    "thanksgiving day": (11, relativedelta.TH(4)),
}


def _holiday_in_year(name: str, year: int, orthodox: bool) -> dt.date | None:
    """The day a holiday falls on in `year`; None for a day that year lacks."""
    if name in _EASTER_OFFSETS:
        method = dateutil.easter.EASTER_ORTHODOX if orthodox else dateutil.easter.EASTER_WESTERN
        easter: dt.date = dateutil.easter.easter(year, method)
        return easter + dt.timedelta(days=_EASTER_OFFSETS[name])
    if name in _WEEKDAY_HOLIDAYS:
        month, weekday = _WEEKDAY_HOLIDAYS[name]
        # "the last Monday of May": counted back from the month's last day, the others from its first
        counted_back = weekday.n is not None and weekday.n < 0
        first = dt.date(year, month, calendar.monthrange(year, month)[1] if counted_back else 1)
        holiday: dt.date = first + relativedelta.relativedelta(weekday=weekday)
        return holiday
    month, day = _HOLIDAY_DATES[name]
    with contextlib.suppress(ValueError):
        return dt.date(year, month, day)
    return None


def _holiday_key(name: str) -> str:
    # "New Year’s Day" -> "new year's day", "St. Patrick's Day" -> "st patrick's day",
    # "Martin Luther King Jr. Day" / "MLK Day" -> "martin luther king day",
    # "Presidents' Day" -> "presidents day"
    key = " ".join(name.replace("’", "'").replace(".", "").replace(",", "").lower().split())
    key = re.sub(r"^(?:saint|st) ", "st ", key)
    key = re.sub(r"^(?:martin luther king(?: jr)?|mlk) day$", "martin luther king day", key)
    key = re.sub(r"^(presidents|veterans)'? day$", r"\1 day", key)
    return re.sub(r"^whitsunday$", "whit sunday", key)


# A one-word holiday before a noun names a kind of thing, not a day: "Christmas parties", "Christmas
# shopping", "Halloween costumes" (held or sold any day of the season). Words that are no noun ("after
# Christmas when", "Christmas is") and the times of the day itself ("Christmas morning") leave it a date;
# so does a name with "Day" or "Eve" ("the Christmas Day attack", "May Day marches": on that day).
_NOT_A_NOUN_AFTER_HOLIDAY = (
    "the a an this that these those he she it they we i you his her its their our my your"
    " and or but nor so yet"
    " when while as after before since until till in on at to for with of by from into onto over under is was"
    " were are be been will would could should may might must can had has have did does do last next again"
    " also too then now there here ago not every each"
    " morning afternoon evening night day eve week weekend holiday holidays period season break recess time"
).split()
_NOT_A_NOUN = "|".join(_NOT_A_NOUN_AFTER_HOLIDAY)
_HOLIDAY = re.compile(
    rf"""
    (?<!\w)
    (?:(?P<beside>(?i:the\s+day\s+(?:before|after)))\s+)?
    (?:(?P<rel>(?i:last|this|next))\s+)?
    (?:(?P<orthodox>Orthodox)\s+)?
    (?P<name>New\s+Year['’]s\s+(?:Day|Eve)|Valentine['’]s\s+Day|May\s+Day|Halloween|Christmas(?:\s+(?:Eve|Day))?
      |Boxing\s+Day|(?:St\.?|Saint)\s+Patrick['’]s\s+Day|Juneteenth|Independence\s+Day|Bastille\s+Day
      |Veterans['’]?\s+Day|Armistice\s+Day
      |Easter(?:\s+(?:Sunday|Monday|Day))?|Ash\s+Wednesday|Palm\s+Sunday|Maundy\s+Thursday|Good\s+Friday
      |Holy\s+Saturday|Pentecost|Whit\s*(?:Sunday|Monday)
      |(?:Martin\s+Luther\s+King(?:,?\s+Jr\.?)?|MLK)\s+Day|Presidents['’]?\s+Day|Memorial\s+Day|Labor\s+Day
      |Columbus\s+Day|Thanksgiving(?:\s+Day)?)\b
    (?!(?:(?<=Christmas)|(?<=Halloween)|(?<=Easter)|(?<=Thanksgiving)|(?<=Juneteenth)|(?<=Pentecost))
      [ ](?!(?:{_NOT_A_NOUN})\b)[a-z][a-z-]*\b(?<!ed)(?<!ly))
    # "Easter Island", "the Easter Rising", "Pentecost Church": a capitalised word after a one-word name
    # makes it part of another name
    (?!(?:(?<=Easter)|(?<=Thanksgiving)|(?<=Juneteenth)|(?<=Pentecost))[ ][A-Z])
    # ("Christmas 2012", "Thanksgiving in 2011", "Easter of 2009")
    (?:\s+(?:(?i:in|of)\s+)?(?P<year>{_YEAR}))?
    (?P<weekend>\s+(?:holiday\s+)?weekend\b)?
    """,
    re.VERBOSE,
)
# "Ghana's Independence Day", "Mexican Independence Day", "India's 79th Independence Day", "the country's
# Labor Day", "Canadian Thanksgiving": the day of another country than the United States, whose date differs
_OTHER_COUNTRY_BEFORE = re.compile(
    r"(?:(?!(?:America|American|US|U\.S\.|United\s+States)\b)(?:[A-Z][\w.-]*['’]s?|[A-Z][a-z]+(?:an|ese|ish|i|ic))"
    r"|\b(?i:country|nation)['’]s)\s+(?:\d+(?:st|nd|rd|th)\s+)?$"
)
_UNITED_STATES_DAYS = frozenset(
    {
        "independence day",
        "martin luther king day",
        "presidents day",
        "memorial day",
        "labor day",
        "columbus day",
        "veterans day",
        "thanksgiving",
        "thanksgiving day",
    }
)


# "the Easter holidays", "the Thanksgiving break", "over the Easter recess": the days off around the holiday,
# a span the text does not give, not the day itself ("the Easter holiday weekend" is read as the weekend). The
# days that were read so before ("the Christmas holidays") keep that reading.
_HOLIDAYS_READ_BEFORE = frozenset(
    {
        "new year's day",
        "new year's eve",
        "valentine's day",
        "may day",
        "halloween",
        "christmas eve",
        "christmas day",
        "christmas",
        "boxing day",
    }
)
_DAYS_OFF_AFTER = re.compile(r"\s+(?:holidays?|break|recess|vacation|season|period|term)\b")


# "which would normally be busy during the Memorial Day weekend", "shops usually close on Good Friday": in a
# clause of what happens as a rule the holiday is the yearly occasion, no one year's day
_HABITUAL_BEFORE = re.compile(
    rf"\b(?:normally|usually|typically|customarily|ordinarily|generally|{_EVERY_YEAR})\b[^.;:!?,]*$",
    re.IGNORECASE,
)


def _holiday_weekend(day: dt.date) -> _Period | None:
    """The long weekend a holiday gives its name to: "Memorial Day weekend" (Saturday to the Monday),
    "Thanksgiving weekend" (the Thursday to Sunday), "Easter weekend" (Friday to Monday, the days off in
    much of the English-speaking world); None for a holiday that falls mid-week."""
    weekday = day.weekday()
    if weekday == 0:  # a Monday holiday: the Saturday before it to the Monday
        start, end = day - dt.timedelta(days=2), day
    elif weekday in (3, 4):  # a Thursday or Friday holiday: that day to the Sunday
        start, end = day, day + dt.timedelta(days=6 - weekday)
    elif weekday == 6:  # Easter Sunday: Good Friday to Easter Monday
        start, end = day - dt.timedelta(days=2), day + dt.timedelta(days=1)
    elif weekday == 5:
        start, end = day, day + dt.timedelta(days=1)
    else:
        return None
    return _Period(_weekend(start).value, start, end, "week")


def _resolve_holiday(context: _Context) -> list[DateMention] | None:
    # "Christmas Day", "New Year's Eve", "May Day", "last Christmas", "Christmas 2024", "Good Friday",
    # "Memorial Day weekend", "Orthodox Easter"
    text, published = context.match.group(), context.published
    name = _holiday_key(context.group("name"))
    orthodox = bool(context.group("orthodox"))
    if name in _UNITED_STATES_DAYS and _OTHER_COUNTRY_BEFORE.search(context.before(40)):
        return None
    if not context.group("year") and _HABITUAL_BEFORE.search(context.before(80)):
        return None
    if (
        name not in _HOLIDAYS_READ_BEFORE
        and not context.group("weekend")
        and _DAYS_OFF_AFTER.match(context.after())
    ):
        return None

    # "the day before Thanksgiving" -> the Wednesday
    beside_words = context.group("beside").lower()
    beside = -1 if beside_words.endswith("before") else 1 if beside_words.endswith("after") else 0

    def period_in(year: int) -> _Period | None:
        day = _holiday_in_year(name, year, orthodox)
        if day is None:
            return None
        if beside:
            return _day(day + dt.timedelta(days=beside))
        if context.group("weekend"):
            return _holiday_weekend(day) or _day(day)
        return _day(day)

    if context.group("year"):
        period = period_in(int(context.group("year")))
        if period is None:
            return []
        return [
            context.mention(
                period,
                explicit=True,
                reason=_stated_reason(text, period, "") + f" → {_interval_words(period)}",
            )
        ]
    relative = context.group("rel").lower()
    if relative:
        period = period_in(_relative_year(relative, published))
        if period is None:
            return []
        future = period.start > published
        reason = _resolved_reason(text, published, period)
    else:
        future = _is_future_context(context)
        years = [period_in(year) for year in range(published.year - 4, published.year + 5)]
        periods = [period for period in years if period is not None]
        # ("the long Memorial Day weekend" in a report of its Monday: the weekend under way, whatever
        # the tense)
        under_way = [period for period in periods if period.start <= published <= period.end]
        starts = _nearest_candidate([period.start for period in periods], published, future)
        if starts is None:
            return []
        period = under_way[0] if under_way else next(period for period in periods if period.start == starts)
        reason = _no_year_reason(text, published, _interval_words(period))
    return [context.mention(period, explicit=True, tense="future" if future else "", reason=reason)]


_RULES: tuple[_Rule, ...] = (
    _Rule(_ISO_DATE, _resolve_iso_date, frozenset({"digits"})),
    _Rule(_CALENDAR_DATE, _resolve_calendar_date, frozenset({"month"})),
    _Rule(_MONTH_EXPRESSION, _resolve_month, frozenset({"month"})),
    _Rule(_SEASON, _resolve_season, frozenset({"season"})),
    _Rule(_QUARTER, _resolve_quarter, frozenset({"quarter", "code"})),
    _Rule(_YEAR_EXPRESSION, _resolve_year, frozenset({"digits"})),
    _Rule(_RELATIVE_PERIOD, _resolve_relative_period, frozenset({"unit", "quarter"})),
    _Rule(_PERIOD_EDGE, _resolve_period_edge, frozenset({"unit"})),
    _Rule(_AGO, _resolve_ago, frozenset({"ago"})),
    _Rule(_IN_COUNT, _resolve_in_count, frozenset({"count"})),
    _Rule(_COUNT_SINCE, _resolve_count_since, frozenset({"since"})),
    _Rule(_DEICTIC_DAY, _resolve_deictic_day, frozenset({"deictic"})),
    _Rule(_PRESENT, _resolve_present, frozenset({"present"})),
    _Rule(_WEEKDAY_EXPRESSION, _resolve_weekday_expression, frozenset({"weekday"})),
    _Rule(_HOLIDAY, _resolve_holiday, frozenset({"holiday", "month"})),
)
# Longest stretch of a date expression before or after its anchor word:
# "the beginning of this coming " + "summer", "Wednesday, 09 " + "April" + " 2025".
_WINDOW = 48
_NAME_KINDS = {
    **{
        form: "month"
        for name in [*_MONTH_NUMBERS, *MONTH_ABBREVIATIONS]
        for form in (name.title(), name.upper())
    },
    **{form: "weekday" for name in _WEEKDAY_NUMBERS for form in (name.title(), name.upper())},
    **dict.fromkeys(
        """Christmas Year Valentine Halloween Boxing Patrick Juneteenth Independence Bastille Veterans
        Armistice Easter Ash Palm Maundy Good Holy Pentecost Whit Whitsunday Martin MLK Presidents Memorial
        Labor Columbus Thanksgiving""".split(),
        "holiday",
    ),
}
# Names, years and "Q1"/"H1" in one flat alternation, every branch starting with a capital letter or a
# digit and no groups, so that the regular-expression engine skips quickly over the text between them.
_NAME_ANCHOR = re.compile(
    "(?:"
    + "|".join(sorted(_NAME_KINDS, key=lambda name: (-len(name), name)))
    + r"|1[89]\d\d|20\d\d|Q[1-4]|H[1-4])\b"
)
_ANCHOR_WORDS = {
    **dict.fromkeys(["spring", "summer", "fall", "autumn", "winter"], "season"),
    **dict.fromkeys(["quarter", "half"], "quarter"),
    **dict.fromkeys(["week", "weekend", "month", "year"], "unit"),
    **dict.fromkeys(["ago", "earlier"], "ago"),
    **dict.fromkeys(["days", "weeks", "months"], "count"),
    "since": "since",
    **dict.fromkeys(
        ["yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon", "evening", "day"],
        "deictic",
    ),
    **dict.fromkeys(["now", "currently", "present", "moment"], "present"),
}
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_RULES_BY_ANCHOR = {
    kind: tuple(index for index, rule in enumerate(_RULES) if kind in rule.anchors)
    for kind in {*_NAME_KINDS.values(), *_ANCHOR_WORDS.values(), "digits", "code"}
}
