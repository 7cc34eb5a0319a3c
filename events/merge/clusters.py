"""Mentions from all articles -> events: one row per happening, every source kept, disagreements kept.

Two mentions are one happening when they are of the same kind (type and trigger family), their dates
can be the same, and they are about the same people: the same speaker for remarks, the same acting
country and the same nationals for acts. Weakly dated mentions (publication date only, or an undated
"has sent") join the happening they match rather than start one of their own. An event takes the date
of its best dated report, narrowed by the others when that date is a week or longer (`event_date`).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import pandas as pd

from events.extract.acts import deed_verb
from events.extract.dating import named_again, retells_a_happening
from events.extract.entities import (
    ORGANISATION_HEADS,
    TITLE,
    country_name,
    may_be_a_person,
    names_an_organisation,
)
from events.extract.happenings import NAMED_HAPPENING, NAMED_PLANNED, restates_a_happening
from events.extract.mentions import CLAIM_WORDS, Mention, count_by_its_source
from events.extract.patterns import (
    boundary_at,
    compile_for_search,
    compile_gated,
    written_apart,
    written_between_boundaries,
)
from events.extract.plain_reports import perfect_figure_report, perfect_milestone
from events.extract.quantities import figure_cell, people_counts
from events.extract.speakers import an_outlet
from events.extract.triggers import settled_type
from events.merge.acted_on import acted_on_at_opening, deeds_done
from events.merge.elaboration import goes_on_from, goes_on_from_act, one_occasion, set_apart
from events.merge.per_mention import per_mention, per_mention_and
from events.merge.restated import restated_by_another_voice, restated_by_its_doer
from events.merge.titles import (
    COMMON_OPENERS,
    EXPLETIVE_IT,
    PART_ASIDE_OPENING,
    a_body,
    criticism_title,
    dated_since_clause,
    ends_dangling,
    fit,
    headline,
    is_fragment,
    main_clause_after_opening,
    names_speaker,
    plural_speaker,
    tidy,
    with_its_subject,
    with_named_age,
    with_named_pronoun,
    with_undated_span,
    with_when_clause,
    without_split_time,
)
from events.schema import SPEECH_EVENT_TYPES as SPEECH_TYPES
from events.schema import join_list

# Acts where who did it tells two happenings apart (a Ukrainian and a Russian offensive).
AGENT_MATTERS = ("capture", "offensive", "attack", "deployment", "casualties")
BASIS_RANK = {"explicit": 0, "resolved": 1, "context": 2, "publication": 3}
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 4, "year": 5}
SPEECH_RANK = {"denial": 0, "claim": 1, "statement": 2}
# A date taken from publication only says "on or a little before that day".
PUBLICATION_SLACK = dt.timedelta(days=3)
# ... and for remarks, "on that day or the day before" (a report tells the day's reactions)
REMARKS_SLACK = dt.timedelta(days=1)
# A report's news is of its day or the day before: an act it tells with no date of its own is another
# report's act of days before only when it tells that act in the same words (`_told_days_later`)
NEWS_OF_ITS_DAY = dt.timedelta(days=1)
BACKGROUND_AFTER = dt.timedelta(days=60)
# How far back an undated act told in the present perfect ("has been found guilty", "11,000 soldiers have
# been deployed") can reach: news uses that tense for what still bears on the day, within about a year,
# and dates what happened longer ago.
RECENT_PERFECT = dt.timedelta(days=366)
# The days a report is news of: an act it tells in the present perfect without a date ("has pleaded not
# guilty") is one of these days' happenings, or one the report itself dates; a happening further back,
# dated only by another report, is what the act may merely resemble (a plea months before, a remark).
REPORT_DAYS = dt.timedelta(days=7)
# A denial answers a claim made a little before it, or one it anticipates by a day.
DENIAL_WINDOW = (dt.timedelta(days=1), dt.timedelta(days=4))


@dataclass(eq=False)
class Cluster:
    """The mentions of one happening. Mentions join in order of date strength, so the first one is
    the best dated and sets the cluster's date window."""

    mentions: list[Mention] = field(default_factory=list)
    event_type: str = ""
    # What the reports name so far, kept up to date by `add`: matching a mention then costs the same
    # however many reports the happening already has (the merge stays linear in the corpus).
    actors: set[str] = field(default_factory=set, repr=False)
    countries: set[str] = field(default_factory=set, repr=False)
    locations: set[str] = field(default_factory=set, repr=False)
    subject_countries: set[str] = field(default_factory=set, repr=False)
    words: set[str] = field(default_factory=set, repr=False)
    doers: set[str] = field(default_factory=set, repr=False)  # `_doers` of every report
    agent_countries: set[str] = field(default_factory=set, repr=False)
    # the names the reports capitalise (`_proper_words`), whether they appeal or answer a ruling, and
    # whether they tell of one person's death or count many: kept here for the same reason
    proper: set[str] = field(default_factory=set, repr=False)
    parties: set[str] = field(default_factory=set, repr=False)  # the actors, by `_party`
    answering: set[bool] = field(default_factory=set, repr=False)
    one_dead: bool = field(default=False, repr=False)
    counts_many: bool = field(default=False, repr=False)
    hazards: set[str] = field(default_factory=set, repr=False)  # `_hazards` of every report
    # each article's reports of the happening, for the rules that compare a report with its own article's
    by_article: dict[str, list[Mention]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.event_type = self.event_type or (self.mentions[0].event_type if self.mentions else "")
        for mention in self.mentions:
            self._note(mention)

    def _note(self, mention: Mention) -> None:
        self.actors.update(mention.actors)
        self.countries.update(mention.countries)
        self.locations.update(mention.locations)
        self.subject_countries.update(mention.subject_countries)
        self.words.update(_words(mention.sentence.text))
        self.doers.update(_doers(mention))
        self.agent_countries.add(mention.agent_country)
        self.proper.update(_proper_words(mention.sentence.text))
        self.parties.update(_party(a) for a in mention.actors)
        self.answering.add(_answering(mention))
        self.one_dead = self.one_dead or _one_dead(mention)
        self.counts_many = self.counts_many or _counts_many(mention)
        self.hazards.update(_hazards(mention))
        self.by_article.setdefault(mention.article, []).append(mention)

    @property
    def best(self) -> Mention:
        """The mention whose date is the most direct and the most precise."""
        return self.mentions[0]

    @property
    def window(self) -> tuple[dt.date, dt.date]:
        return self.best.date_start, self.best.date_end

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self._note(mention)
        if mention.is_speech and self.event_type in SPEECH_TYPES:
            self.event_type = min(self.event_type, mention.event_type, key=SPEECH_RANK.__getitem__)
            if (
                self.event_type == "claim"
                and any(x.event_type == "statement" for x in self.mentions)
                and not any(map(_claimed_outright, self.mentions))
            ):
                # '"I'd rather be accused of over-reacting," she said', "officials were not aware of
                # any delay": a word of claiming inside a quote, or a weak one, made one report a claim;
                # the happening is a claim only when a report tells someone claimed or accused outright
                self.event_type = "statement"
        elif mention.is_speech and all(_quoted_to_one_voice(mention, x) for x in self.mentions[:-1]):
            # words a speaker is quoted saying, then the speaker's remarks: all remarks
            self.event_type = mention.event_type
        elif mention.is_speech and all(_gist_voice(x) for x in self.mentions[:-1]):
            # the gist of a person's remarks in the report's words, then the remarks: remarks
            self.event_type = mention.event_type
        elif (
            mention.is_speech
            and self.event_type == "other"
            and all(
                x.speaker and _one_act_told_by_two_voices(mention, Cluster([x])) for x in self.mentions[:-1]
            )
        ):
            # "said she was offering free passes", then '"The minister is offering free passes," her
            # spokesman said': an act the speaker tells and the speaker's remarks of it are what was said
            self.event_type = mention.event_type
        elif not mention.is_speech and self.event_type in SPEECH_TYPES and _toll_told(self.best):
            # "Officials said 312 people were infected", then "The fever has infected 312 people": the
            # toll is the happening, the remarks its source
            self.event_type = mention.event_type


# Words that tell someone asserted something of another party: the words that make remarks a claim when
# a sentence is read (mentions' claim words: "has accused the firm of", "were believed to be behind",
# "intelligence showed"; "claimed 40 lives" is a toll), and blame laid outright ("the inquiry blamed two
# contractors", "the blame lay with the builder")
_KNOWING = frozenset({"aware", "identified"})
_BLAMING = re.compile(r"\b(?:alleges|accuses|asserts|blamed|blames|blaming|blame)\b", re.IGNORECASE)


def _claimed_outright(m: Mention) -> bool:
    """Whether remarks say outside quotes that someone claimed, alleged, accused or blamed ("the inquiry
    blamed two contractors": a claim, however the sentence was typed)."""
    if not m.is_speech:
        return False
    unquoted = _QUOTES.sub(" ", m.sentence.text)
    # ("said it was aware of schools closing", "confirmed the first identified case": in merged remarks
    # "aware" and "identified" tell what a body knows, not what it asserts of another party)
    return (
        any(w.group().lower() not in _KNOWING for w in CLAIM_WORDS.finditer(unquoted))
        or _BLAMING.search(unquoted) is not None
    )


def date_strength(m: Mention) -> tuple[int, int, dt.date, str, int]:
    """Lower is stronger. A date the report gives itself, read as written or resolved ("on Tuesday"), is
    ranked by its precision before its basis: "Holder said Tuesday" and "In June, Holder announced" tell
    one act, and the day, not the month, is its date (a month would widen the happening to any act of
    the month)."""
    own = _own_date(m)
    basis = 0 if own else BASIS_RANK[m.date_basis]
    precision = 2 * PRECISION_RANK[m.precision] + (BASIS_RANK[m.date_basis] if own else 0)
    return (basis, precision, m.published, m.article, m.sentence.start)


# A speaker's saying in the present: "says", "tells", "warns" (the present of the saying verbs a report
# dates by its past: "said", "told", "warned"); forms that are as often plural nouns ("the slow claims
# process", "United States", "early estimates") only before "that"
_SAYS_NOW = re.compile(
    r"\b(?:says|tells|announces|adds|reveals|warns|admits|acknowledges|concedes|insists|predicts|cautions"
    r"|argues|suggests|confirms|believes|maintains|(?:claims|reports|states|estimates)\s+that)\b"
)


@per_mention
def _said_on_its_day(m: Mention) -> bool:
    """Whether remarks with no date, read as told in the perfect, are said in the present: "The port
    authority says 40 wrecks have been raised" is what the authority says on the report's day; the
    perfect is the remarks' own words and tells nothing of when they were made (remarks "has said" are
    another thing: said at some time before the report, `undated_past` as any act in the perfect)."""
    return (
        m.is_speech
        and m.undated_past
        and m.date_basis == "publication"
        and _SAYS_NOW.search(_QUOTES.sub(" ", m.sentence.text)) is not None
    )


# How far back remarks in the present with no date may be remarks their speaker made before: reports write
# "says" of words a speaker gave days before ("The ferry line says its timetable has changed" of Monday's
# remarks, in a Thursday report), but not of words of another month
SAID_AGAIN = dt.timedelta(days=14)


def _said_before(m: Mention, cluster: Cluster) -> bool:
    """Whether remarks in the present with no date (`_said_on_its_day`) may be a happening of days before
    the report's: remarks of their speaker that name the same particulars, a figure or words of the matter
    ("The ferry line says its timetable has been changed to add two crossings" and its remarks of Monday
    that it had been changed to add two crossings). Remarks of another voice, or of another matter, are of
    the report's day (`window`)."""
    return (
        cluster.window[1] >= m.published - SAID_AGAIN
        and any(x.is_speech and _same_speaker(m, x) for x in cluster.mentions)
        and _names_its_particulars(m, cluster)
    )


# The present of the verbs that tell news (not a view: "argues", "believes", "suggests", "insists")
_TELLING_NOW = r"(?:says|tells|announces|confirms|warns)"
_TELLS_NOW = re.compile(rf"\b{_TELLING_NOW}\b")
_VIEW_NOW = re.compile(r"\b(?:argues|believes|suggests|maintains|predicts|insists|thinks|feels)\b")
# "says there is no way to know how many homes have flooded", "says it is too early to tell whether the dam
# has held": the speaker avows not knowing; the act in the perfect is what nobody can tell, not news told.
# Only as the whole of what is told, right after the verb: "says 40 homes have been lost, and there is no
# way to know how many more" tells the loss. (A writer's own "it is too early to say" is
# `_WRITERS_LIKELIHOOD` in events.extract.noise; this is a speaker's.)
_NOT_KNOWN = re.compile(
    rf"\b{_TELLING_NOW}\s+(?:that\s+)?(?:(?:there\s+is|there's)\s+no\s+(?:way|telling)|(?:it\s+is|it's)\s+(?:still\s+|simply\s+)?"
    r"(?:too\s+(?:early|soon)|impossible|hard|difficult|unclear|not\s+(?:yet\s+)?(?:clear|possible|known))"
    r"|no\s*one\s+(?:yet\s+)?knows|nobody\s+(?:yet\s+)?knows|(?:(?:he|she|they|we|it)\s+)?(?:cannot|can't|can\s+not)\s+(?:yet\s+)?"
    r"(?:say|tell|know|be\s+sure))\b",
    re.IGNORECASE,
)
# A sentence opening on a clause of its own time or condition: "Ten years after the mayor promised a
# quay, ...", "Since the flood, ...", "When the rains come, ..."
_OPENING_CLAUSE = re.compile(
    r"^\W*(?:(?:[\w-]+\s+){1,2}(?:years?|months?|weeks?|days?|decades?)\s+(?:after|since|on|later)"
    r"|After|Before|Since|When|While|Although|Though|As|If|Unless|Despite|Until|Once)\b"
)


# A newspaper's name no list knows, by the noun that closes it ("The Courier", "The Marston Gazette"): a paper
# that "says" gives its view, not the news of the day
_PAPER_NAME = re.compile(
    r"(?:Times|Post|Herald|Courier|Journal|Gazette|Tribune|News|Mail|Telegraph|Guardian|Observer|Express"
    r"|Chronicle|Star)$"
)
# The reported clause opening on a time long gone: "says that since 1990, ...", "says in 1985 the quay ..."
_SAID_OF_SINCE = re.compile(rf"\b{_TELLING_NOW}\s+(?:that\s+)?(?:since|in|by|until)\s+\d{{4}}\b")
# A host or a columnist speaking on their own show or page ("says on her radio show", "writes in his column"):
# a view given as news is, like a newspaper's
_ON_THEIR_OWN_SHOW = re.compile(
    r"\b(?:says|tells|warns)\s+(?:on|in)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:show|programme|program|column|blog|podcast|broadcast)\b"
)
_A_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# How many years before the report a year the remarks name makes them history
_YEARS_GONE = 2


def _told_of_years_gone(text: str, published: dt.date) -> bool:
    """Whether present remarks tell of a time long before the report: their reported clause opens on "since
    <year>", or they name a year years before it ("says that since 1990 the firm has built 400 ferries": a
    background figure, not the day's news)."""
    return _SAID_OF_SINCE.search(text) is not None or any(
        int(y) <= published.year - _YEARS_GONE for y in _A_YEAR.findall(text)
    )


@functools.cache
def _a_word(name: str) -> re.Pattern[str]:
    """A name as a whole word, compiled once a name (`_news_said_on_its_day` asks of every remark)."""
    return re.compile(rf"\b{re.escape(name)}\b")


@per_mention
def _news_said_on_its_day(m: Mention) -> bool:
    """Whether remarks in the present with no date (`_said_on_its_day`) that joined no happening are the
    report's news of its day, not an aside: told by a news verb ("says", "warns"; "argues" or "believes"
    give a view), by a speaker the sentence names (a pronoun, "It says", may have been read as another
    voice, and "The report says" names only a thing), in a sentence that opens on no clause of another
    time ("Ten years after the mayor promised a quay, the paper says little has changed": a feature's
    aside)."""
    if not _said_on_its_day(m):
        return False
    # (a news outlet's words are its view: "The Courier says the council has failed its readers")
    if an_outlet(m.speaker, list(m.entities)) or _PAPER_NAME.search(m.speaker.strip()) is not None:
        return False
    unquoted = _QUOTES.sub(" ", m.sentence.text)
    if _told_of_years_gone(unquoted, m.published) or _ON_THEIR_OWN_SHOW.search(unquoted) is not None:
        return False
    # (a name of its own: "The report says", "The company says" name none)
    names = [word for word in m.speaker.split() if word[:1].isupper() and word not in ("The", "A", "An")]
    return (
        _TELLS_NOW.search(unquoted) is not None
        and _VIEW_NOW.search(unquoted) is None
        and _NOT_KNOWN.search(unquoted) is None
        and _OPENING_CLAUSE.match(unquoted) is None
        and bool(names)
        and all(_a_word(name).search(unquoted) for name in names)
    )


def window(m: Mention) -> tuple[dt.date, dt.date]:
    """The days a mention can refer to, for matching."""
    if m.date_basis == "publication":
        if _said_on_its_day(m):
            # (as far back as remarks it may tell again: `_said_before`)
            return m.published - SAID_AGAIN, m.published
        if m.undated_past:
            # "has been found guilty": news of the last months, not of any time before publication
            return m.published - RECENT_PERFECT, m.published
        if m.event_type in ("attack", "casualties"):
            return m.published, m.published  # strikes are reported the morning after: "overnight"
        if m.is_speech:
            # remarks with no day of their own are the report's news, of its day or the day before: a
            # speaker's undated remarks in reports three days apart are two occasions, not one
            return m.published - REMARKS_SLACK, m.published
        return m.published - PUBLICATION_SLACK, m.published
    if m.anterior and m.date_basis == "context":
        # "The remarks followed reports that troops had captured ...": before the remarks' date
        return m.date_start - PUBLICATION_SLACK, m.date_end
    return m.date_start, m.date_end


# A plea told in the present perfect: "has pleaded not guilty", "who have pleaded guilty to fraud"
_STANDING_PLEA = re.compile(r"\b(?:has|have)\s+(?:already\s+)?pleaded\s+(?:not\s+)?guilty\b", re.IGNORECASE)


def _within_report(m: Mention, cluster: Cluster) -> bool:
    """Whether a happening is one an undated act in the present perfect can be part of: one its own
    report tells of, or one of the report's days ("Dr Hale has pleaded not guilty", in a report of a
    June hearing, is not the charge another report dated to January)."""
    if m.article in cluster.by_article:
        return True
    if m.event_type in AGENT_MATTERS:
        # "11,000 North Korean soldiers have been deployed": forces sent months ago are still there, and
        # who sent them names the deployment
        doers = {cluster.best.agent_country} | cluster.subject_countries
        if ({m.agent_country, *m.subject_countries} - {""}) & doers:
            return True
    return cluster.window[1] >= m.published - REPORT_DAYS


def _later_count(m: Mention, cluster: Cluster) -> bool:
    """Whether an undated act in the perfect, from a report of another day, counts what the happening's
    reports count with other numbers: a later count ("the number of cases has reached 5,251", "more than
    4,000 schools have been closed"), not the earlier one ("1,100 cases", "16 schools were closed") told
    again, which keeps its number. One day's reports may differ on a count (`_another_count` weighs those),
    and so may reports of forces sent or of a strike: "11,000 soldiers have been deployed" and "up to 12,000
    troops" are estimates of one deployment, which keeps them all (a toll, "casualties", runs on)."""
    if m.article in cluster.by_article or m.published == cluster.best.published:
        return False
    if m.event_type in AGENT_MATTERS and m.event_type != "casualties":
        return False
    # (shares are no counts: a poll gives many, "57 percent" and "82 percent" of one poll; nor are sums,
    # the terms of one deal or pledge, "$500m this year" of a "$2bn" fund)
    figures = [f for f in m.figures if f.kind not in ("share", "money")]
    kinds = {f.kind for f in figures}
    theirs = {(_digits(f.value), f.kind) for x in cluster.mentions for f in x.figures if f.kind in kinds}
    if theirs:
        return not any((_digits(f.value), f.kind) in theirs for f in figures)
    mine = {_digits(v) for v in _counts(m)}
    counted = {_digits(v) for x in cluster.mentions for v in _counts(x)}
    return bool(mine) and bool(counted) and not mine & counted


def _digits(value: float) -> str:
    """A number's significant digits, whatever its scale: "$20bn" and "$20 billion" may be read as 20 and
    as 20,000,000,000, and are one sum."""
    return f"{value:.4e}".split("e")[0]


def _same_sentence(m: Mention, cluster: Cluster) -> bool:
    """Whether the happening has a report from the same sentence of the same article as the mention, each
    with a subject of its own ("The crew gave up after it clogged with mud" tells of the one attempt)."""
    if _PRONOUN_SUBJECT.match(m.clause):
        return False
    return any(
        x.sentence.start < m.sentence.end
        and m.sentence.start < x.sentence.end
        and not _PRONOUN_SUBJECT.match(x.clause)
        and not _read_twice(m, x)
        for x in cluster.by_article.get(m.article, ())
    )


def _read_twice(a: Mention, b: Mention) -> bool:
    """Whether two mentions of one sentence are one clause read twice: the same words, type and days (a
    sentence that names one happening twice, "survivors of Saturday's storm ... the roofs Saturday's storm
    tore off", names it once)."""
    return (a.clause, a.event_type, a.date_start, a.date_end) == (
        b.clause,
        b.event_type,
        b.date_start,
        b.date_end,
    )


_PRONOUN_SUBJECT = re.compile(r"\s*(?:it|he|she|they|this|that|these|those)\b", re.IGNORECASE)


def _own_date(m: Mention) -> bool:
    return m.date_basis in ("explicit", "resolved")


# Types one happening is told as, by the verb a report chose: "the strike on the market killed 12" and
# "12 were killed at the market" are one act, an attack to one report and a toll to the other
ONE_ACT_TYPES = {"attack": "strike", "casualties": "strike"}


def _in_other_words(m: Mention, cluster: Cluster) -> bool:
    """Whether a report of another type tells the happening in other words: the types are kinds of one act
    ("attacked", "killed"), and the reports name the same place or the same count of people (an act of the
    same day elsewhere, or with no place or count in common, is another act)."""
    other = cluster.best
    if m.event_type == cluster.event_type or ONE_ACT_TYPES.get(m.event_type) != ONE_ACT_TYPES.get(
        cluster.event_type, ""
    ):
        return False
    if "displaced" in (m.family, other.family):
        return False  # those who fled are no toll of the strike
    if m.agent_country and other.agent_country and m.agent_country != other.agent_country:
        return False
    counted = {(f.value, f.kind) for x in cluster.mentions for f in x.figures if f.counts}
    same_count = any((f.value, f.kind) in counted for f in m.figures if f.counts)
    return same_count or bool(cluster.locations.intersection(m.locations))


# A count of people told in the passive in what somebody said: "officials said 312 people were infected",
# "... that 40 people had been killed" (the count, then its verb, in one clause)
_TOLL_PASSIVE = re.compile(
    r"\b(?:were|are|was|have\s+been|has\s+been|had\s+been)\s+(?:now\s+|already\s+|so\s+far\s+)?"
    r"(?:(?P<ill>infected|diagnosed|hospitali[sz]ed|taken\s+ill|sickened)|killed|injured|wounded|hurt)\b",
    re.IGNORECASE,
)


@per_mention
def _toll_told(m: Mention) -> str:
    """The kind of the toll a claim or statement states, "" when it states none: remarks whose words are
    a count of people in the passive ("Officials said 312 people were infected with the fever") tell the
    toll a report may restate in its own words ("The fever has infected 312 people"). Cases and illness
    are a disaster's toll; the dead and hurt are a strike's or a disaster's, told by the count."""
    if m.event_type not in ("claim", "statement"):
        return ""
    counted = [f for f in m.figures if f.counts and f.kind in _COUNTED]
    if not counted:
        return ""
    text = m.sentence.text
    for figure in counted:
        # (the verb in the count's own clause: "312 people in the north were infected", not "312 people,
        # officials said, and the schools were closed")
        after = text[figure.end : figure.end + 60]
        found = _TOLL_PASSIVE.search(after)
        if found is not None and not re.search(r"[,;.:]", after[: found.start()]):
            return "disaster|disaster" if found.group("ill") else ONE_ACT_TYPES["casualties"]
    return ""


def _restated_toll(m: Mention, cluster: Cluster) -> bool:
    """Whether a toll stated in remarks and a toll act are one happening: one report gives both with the
    same count of people ("Officials said on Sunday that 312 people were infected", "The fever has
    infected 312 people, most of them children"). Two remarks stating tolls are compared as remarks are."""
    other = cluster.best
    if _toll_told(m) and _toll_told(other):
        return _same_speaker(m, other)
    act = other if _toll_told(m) else m
    if (
        act.is_speech
        or act.event_type not in ("casualties", "disaster")
        or m.article not in cluster.by_article
    ):
        return False
    counted = {(f.value, f.kind) for x in cluster.by_article[m.article] for f in x.figures if f.counts}
    return any((f.value, f.kind) in counted for f in m.figures if f.counts)


def _of_one_kind(m: Mention, cluster: Cluster) -> bool:
    """What `same_happening` asks of the kinds of the two before anything else: remarks by one voice (a
    denial and the statements of its country's officials), or acts of one type and family, or of types one
    act is told as."""
    other = cluster.best
    if _toll_told(m) or _toll_told(other):
        return _restated_toll(m, cluster)
    if _remarks(m) and _remarks(other) and (m.is_speech or other.is_speech):
        if _same_speaker(m, other):
            return True
        if _head_named_by_office(m, cluster):
            return True
        if _named_otherwise(m, other) and _matter_words(m, cluster) >= SAME_ACT_WORDS:
            # one report naming one speaker two ways, on one matter: one voice (a speaker named two ways
            # tells of two matters as often as of one, so one word of the story in common is not enough:
            # "The WHO said it would rename the virus" and "the virus is not caught from pork, the World
            # Health Organization said" are two things said)
            return True
        kinds = {m.event_type, cluster.event_type}
        return kinds == {"denial", "statement"} and m.speaker_country == other.speaker_country != ""
    if m.is_speech or other.is_speech:
        return False
    if m.event_type == other.event_type and m.family != other.family and _one_deed_of_the_day(m, cluster):
        # ("The lid was lowered on to the tank on Monday" and "The lid, fitted on Monday, starts the new
        # pumping system"; "Norvik shares closed at 390p on Friday, recovering Thursday's losses" and
        # "Norvik's shares closed up 7 %, recovering losses": a family read from the other words of each
        # sentence, or read for one and not the other, does not make one deed of a day two)
        return not _disagree(m, cluster)
    return (m.event_type == other.event_type and m.family == other.family) or _in_other_words(m, cluster)


def _carried_on(m: Mention, cluster: Cluster) -> bool:
    """Remarks voiced by a pronoun right after remarks of the happening in the same report: the same
    speaker going on, whatever speaker the pronoun was read as (events.merge.elaboration)."""
    if _toll_told(m) or _toll_told(cluster.best):
        return False  # (tolls told as remarks are compared as tolls: `_restated_toll`)
    return goes_on_from(m, cluster.by_article.get(m.article, ()))


def _remarks(m: Mention) -> bool:
    """Whether a mention tells what somebody said: remarks, or an act of no named kind told by a speaker
    ("Rivera said crews were laying booms along the marshes")."""
    return m.is_speech or (m.event_type == "other" and bool(m.speaker))


# "..., he added", "It said its offices ...", "said she": the speaker named by a pronoun, outside quotes
_PRONOUN_VOICE = re.compile(
    r"\b(?:(?:he|she|it|they)\s+(?:also\s+)?(?:said|says|added|adds|told|tells|noted|explained|stated|wrote)"
    r"|(?:said|says|added|adds)\s+(?:he|she))\b",
    re.IGNORECASE,
)


# '"We have the claims process set up," the chief executive said.': the whole sentence but its attribution
# is a quotation
_QUOTE_THEN_VOICE = re.compile(
    r"^\s*(?:``|[\"“‘])[^\"“”]{8,}(?:''|[\"”’])\s*,?\s+[^\"“”]{0,80}?"
    r"\b(?:said|says|added|adds|told|tells|stated)\b[^\"“”]{0,80}$"
)


def _quoted_to_one_voice(m: Mention, other: Mention) -> bool:
    """Whether the act of no named kind among two remarks of one report is only words the speaker is quoted
    saying ('"We have the claims process set up, and small claims are paid today," the chief executive
    said'): the speaker's remarks, not an act the report tells, so they go with the speaker's other remarks
    of the day."""
    act = other if m.is_speech else m
    return (
        act.article == m.article
        and act.event_type == "other"
        and _QUOTE_THEN_VOICE.match(act.sentence.text) is not None
    )


# The verbs by which a report gives the gist of what a person said before (or after) quoting it: "Finance
# Minister Ana Ruiz played down fears of a recession" and '"The banks are sound," Ruiz said' are one set of
# remarks, told once in the report's words and once in the speaker's. Only verbs that tell a stance taken
# in words: an act the person did ("visited the docks", "signed the decree") is news of its own.
_GIST_OF_REMARKS = compile_for_search(
    r"\b(?:played\s+down|downplayed|assailed|lambasted|slammed|blasted|critici[sz]ed|praised|hailed|defended|"
    r"dismissed|ruled\s+out|questioned|expressed|voiced|conceded|acknowledged|apologi[sz]ed|"
    r"raised\s+(?:[\w-]+\s+){0,2}?(?:concerns?|questions?|doubts?|fears?)|made\s+the\s+rounds?\s+of|"
    r"(?:sounded|struck)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:note|tone)|(?:hit|lashed)\s+out\s+at|took\s+aim\s+at|"
    r"stepped\s+up\s+(?:his|her|their)\s+(?:rhetoric|criticism|attacks?)|"
    r"scaled\s+(?:up|upwards|back|down)\s+(?:his|her|their)\s+(?:assessment|estimate|forecast))\b",
    re.IGNORECASE,
)
# "At a news conference ...", "During a White House briefing, ...": an occasion for speaking, so what a
# person does there with words or questions ("brushed aside criticism", "deflected questions") is done in
# words, the gist of what the report then quotes
_SPEAKING_OCCASION = re.compile(
    r"\s*(?:At|During)\s+(?:a|an|the|his|her|their|[A-Z]\w*day's)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:press|news)\s+conference|(?:press\s+|news\s+)?briefing)\b,?"
)
# ... but only such handling of words: "At a news conference, the mayor displayed the seized guns" is a deed
# done there, news of its own
_HANDLED_IN_WORDS = compile_for_search(
    r"\b(?:brushed\s+(?:aside|off)|deflected|fielded|sidestepped|dodged|shrugged\s+off|batted\s+away|parried"
    r"|laid\s+out|spelled\s+out|outlined|set\s+out|fended\s+off|answered|addressed)\b",
    re.IGNORECASE,
)
# How far after the occasion its subject's name may stand: a title and a name, not the object's names
OCCASION_SUBJECT_REACH = 60
# How far before the verb the person's name may stand: a title, an apposition ("Norvale's chief executive,
# Piet Anders,") and an adverb of time or manner, not a clause of its own
GIST_SUBJECT_REACH = 120

# A report gives the gist first and quotes the words in the next paragraphs ("Ruiz played down fears of a
# recession." then '"The banks are sound," she said.'); remarks before the gist, or further down after other
# voices, may be of another occasion ("In remarks after the meeting, Ruiz said ...")
GIST_PARAGRAPHS = 3


@per_mention
def _gist_voice(m: Mention) -> str:
    """The person, named in full among the mention's actors, whose remarks an act of no named kind gives
    the gist of ("Deputy Minister Ana Ruiz also played down the dispute" -> "Ana Ruiz"); "" for any other
    mention."""
    if m.event_type != "other" or m.speaker or m.planned:
        return ""
    text = m.sentence.text
    verb = _GIST_OF_REMARKS.search(m.clause)
    setting = _SPEAKING_OCCASION.match(text)
    if setting is not None and _HANDLED_IN_WORDS.search(m.clause) is None:
        setting = None
    if verb is None and setting is None:
        return ""
    if verb is not None:
        # (the subject may stand outside the clause read: "Norvale's chief executive, Piet Anders, yesterday
        # scaled up his assessment" is read from "yesterday")
        at = max(text.lower().find(m.clause.lower()), 0) + verb.start()
        before = text[max(0, at - GIST_SUBJECT_REACH) : at]
    elif setting is not None:
        # (after the occasion comes its subject: "At a news conference Mayor Ana Ruiz brushed aside ...")
        before = text[setting.end() : setting.end() + OCCASION_SUBJECT_REACH]
    named = [
        a
        for a in m.actors
        if " " in a and may_be_a_person(a) and re.search(rf"\b{re.escape(a.split()[-1])}\b", before)
    ]
    return named[0] if len(named) == 1 else ""


def _gist_of(act: Mention, remarks: Mention) -> bool:
    """Whether `act` gives the gist of `remarks`: one report, the remarks' speaker the person the act names
    as its subject (in full or by surname), quoted in the paragraphs that follow, on days that can be the
    same."""
    person = _gist_voice(act)
    return (
        bool(person)
        and remarks.is_speech
        and remarks.article == act.article
        and bool(remarks.speaker)
        and remarks.speaker.split()[-1] == person.split()[-1]
        and (
            0 <= remarks.sentence.paragraph - act.sentence.paragraph <= GIST_PARAGRAPHS
            # (a news conference is the occasion of the day's remarks, before or after it is named: "Ruiz
            # said on Monday ..." and, further down, "At a news conference she brushed aside ...")
            or (
                _SPEAKING_OCCASION.match(act.sentence.text) is not None
                and remarks.sentence.start < act.sentence.start
            )
        )
        and _overlap(window(act), window(remarks))
    )


def _gist_and_its_remarks(m: Mention, cluster: Cluster) -> bool:
    """Whether the mention and one of the happening's reports from its article are a person's remarks and
    the gist the report gives of them in its own words (`_gist_of`)."""
    reports = cluster.by_article.get(m.article, ())
    if m.is_speech:
        return any(_gist_of(x, m) for x in reports)
    return bool(_gist_voice(m)) and any(_gist_of(m, x) for x in reports)


@per_mention
def _goes_on(m: Mention) -> bool:
    """Remarks with no date of their own whose speaker the sentence names by a pronoun: they go on with
    what the report told the speaker said before ("Crews will reopen the bridge by Friday, she added")."""
    if _own_date(m) or not m.speaker:
        return False
    unquoted = re.sub(r"[“\"][^”\"]*[”\"]", " ", m.sentence.text)
    return _PRONOUN_VOICE.search(unquoted) is not None


# "The order ...", "Tonight's announcement brought ...", "... gave the ruling": a definite noun that is what
# the sentence tells of, its subject or the object of a verb that only says the act was done; the head,
# at most two words after its determiner, is compared with an earlier sentence's act. A noun after a
# preposition ("because of the earthquake", "disrupted by the outbreak") is the setting of another act.
_DEFINITE_NOUN = re.compile(
    r"(?:^\s*(?:(?:But|And|Yet)\s+)?|\b(?:gave|made|issued|delivered|handed\s+down|carried\s+out)\s+)"
    r"(?:(?i:the|this|that)|(?:[A-Z]?[a-z]+day|[Tt]onight|[Ll]ast\s+night|[Tt]his\s+\w+)['’]s)\s+"
    # (words before the noun that only describe it: "the 52-47 vote", "the surprise announcement", "the
    # first arrests"; a noun there is a subject, and the word after it its verb: "The government plans ...")
    r"(?:(?:\w*[\d-][\w-]*|first|second|third|new|latest|final|surprise|emergency|[a-z]+(?:al|ive|ic|ous))\s+)"
    r"{0,2}?([a-z]{3,})\b"
    # the noun heads its phrase: punctuation, a preposition, an auxiliary or a verb in the past follows it
    # ("the blowout preventer", "the quarantine row", "the ruling party" are other things)
    r"(?=\s*[,.;:]|\s+(?:of|against|at|on|in|by|for|with|from|over|was|were|is|are|has|have|had|will|"
    r"would|could|may|might|also|itself|brought|made|took|gave|began|went|left|set|put|drew|won|met|"
    r"led|hit|cut|sent|sank|struck|fell|rose)\b|\s+[a-z]{2,}ed\b)"
    # ("The appointment came as cases reached 28": the act it names only dates the news the sentence tells)
    r"(?!\s+(?:came|comes|come|coming)\b)"
)
_PAST_VERB = re.compile(r"\b([a-z]{3,}?)e?d\b")
# the endings by which English makes a noun of the act a verb names: order/ordered, arrest/arrested,
# announcement/announced, ruling/ruled, decision/decided, explosion/exploded, approval/approved
_NOUN_ENDINGS = ("", "e", "es", "s", "ment", "ments", "ing", "ion", "ions", "al")
# verbs of saying and reporting, whose nouns ("the report", "the statement") name words, and words, not acts,
# are what several voices give of a day
_SAYING_STEMS = frozenset(
    "said report stat add claim not tell told warn describ explain quot confirm".split()
)


def _noun_of_verb(noun: str, stem: str) -> bool:
    """Whether `noun` is the noun English makes of the verb whose stem (the past tense less "ed") is
    `stem`: "order" of "ordered", "announcement" of "announced", "explosion" of "exploded"."""
    stems = {stem, stem + "e"}
    if len(stem) > 3 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])  # banned -> ban
    if stem.endswith("d"):
        stems.add(stem[:-1] + "s")  # explode -> explosion, decide -> decision
    return any(
        noun == s + ending or noun == s.rstrip("e") + ending for s in stems for ending in _NOUN_ENDINGS
    )


def _names_the_act_of(later: Mention, earlier: Mention) -> bool:
    """Whether the later sentence of one report names, by a definite noun, the act the earlier one told by
    its verb ("A judge has ordered ..." then "Judge Ortiz made the order ..."). Only the noun of the verb:
    a noun of the act's kind may name a larger happening the act is part of ("Hospitals collapsed" and
    "The quake struck at dawn")."""
    if later.sentence.start <= earlier.sentence.end or later.planned != earlier.planned:
        return False
    verbs = {v for v in _PAST_VERB.findall(earlier.sentence.text) if v not in _SAYING_STEMS}
    unquoted = re.sub(r"[“\"][^”\"]*[”\"]", " ", later.sentence.text)
    nouns = _DEFINITE_NOUN.findall(unquoted)
    if (
        earlier.event_type == "legal"
        and _BENCH.search(earlier.sentence.text)
        and any(n.lower() in _NOUNS_OF_A_DECISION for n in nouns)
    ):
        # "A judge has ordered the doctor to stand trial" then "Judge Ortiz gave the ruling at a preliminary
        # hearing": a court's decision is named by any noun of deciding, whichever verb told it
        return True
    return any(_noun_of_verb(n, v) for n in nouns for v in verbs)


# A bench as the subject of the saying that opens a sentence: "The three-judge panel wrote that ...", "The
# court said in its opinion ...", "But the justices added ..."
_BENCH_VOICE = re.compile(
    r"\s*(?:(?:But|And)\s+)?(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:panel|court|judges?|justices|bench|tribunal)\s+"
    r"(?:also\s+)?(?:wrote|said|says|found|held|added|noted|stated|concluded)\b",
    re.IGNORECASE,
)


@per_mention
def _bench_voice(m: Mention) -> bool:
    return m.is_speech and not m.planned and _BENCH_VOICE.match(m.sentence.text) is not None


@per_mention
def _court_act(m: Mention) -> bool:
    """Whether an act of law is told with a bench as its subject, at the clause's head ("The appeals court
    in Kerova refused ...", "A judge has ordered ..."), not a judge named further on as whom it concerns."""
    return (
        m.event_type == "legal"
        and not m.planned
        and _BENCH.search(m.clause[:BENCH_SUBJECT_REACH]) is not None
    )


# characters: how far into an act's clause its subject, the bench, may reach ("The federal appeals court")
BENCH_SUBJECT_REACH = 40


def _reasons_of_the_ruling(m: Mention, cluster: Cluster) -> bool:
    """Whether the mention and a report of the happening from its article are a court's act of law and
    the court's own words, a sentence opening with the bench as the subject of its saying ("The panel
    wrote that ...", "The judge said ..."): the reasons a court gives are its ruling, whichever of the two
    the report tells first. A judge's remarks of another day are compared by their days."""
    reports = cluster.by_article.get(m.article, ())
    if _bench_voice(m):
        return any(_court_act(x) for x in reports)
    if _court_act(m):
        return any(_bench_voice(x) for x in reports)
    return False


# A court, a judge or a jury, whose act of law the report tells: what "the ruling" names again
_BENCH = re.compile(r"\b(?:judges?|courts?|tribunals?|justices?|jury|juries|magistrates?)\b", re.IGNORECASE)
_NOUNS_OF_A_DECISION = frozenset("ruling decision verdict judgment judgement order".split())


def _act_named_again(m: Mention, cluster: Cluster) -> bool:
    """Whether the mention and a report of the happening from its article are one act, told first by its
    verb and then named by its noun (`_names_the_act_of`), whichever of the two came first; the caller
    still asks that their days can be the same. Acts only: remarks are compared by their speakers."""
    if m.is_speech or cluster.best.is_speech:
        return False
    return any(
        not x.is_speech and (_names_the_act_of(m, x) or _names_the_act_of(x, m))
        for x in cluster.by_article.get(m.article, ())
    )


# The verbs by which a report tells a speaker's view rather than news the speaker gives: "Hayes stressed
# that the airline's checks had worked", "She also admitted the agency had been slow". What follows them
# is the speaker's case on the matter, words of the speaker's remarks, not an act the report tells.
_STANCE_VERB = (
    r"(?:stressed|insisted|admitted|conceded|acknowledged|maintained|argued|emphasi[sz]ed|reiterated)"
)


@per_mention
def _stance_of_its_speaker(m: Mention) -> bool:
    """Whether an act of no named kind, with no date of its own, is a speaker's stance told in the
    report's words ("Hayes stressed that the checks had worked", "He also admitted the airline had erred"):
    voiced by the speaker's surname or a pronoun, with a verb of stance. It goes with the speaker's other
    remarks in the report, as quoted words do (`_quoted_to_one_voice`); an act the speaker announces ("Hayes
    said the airline would cut 300 jobs") is still news of its own."""
    if m.is_speech or m.event_type != "other" or not m.speaker or _own_date(m) or m.planned:
        return False
    voice = rf"(?:he|she|it|they|{re.escape(m.speaker.split()[-1])})"
    unquoted = re.sub(r"[“\"][^”\"]*[”\"]", " ", m.sentence.text)
    return re.search(rf"\b{voice}\s+(?:also\s+)?{_STANCE_VERB}\b", unquoted, re.IGNORECASE) is not None


def _one_plan_of_the_day(m: Mention, cluster: Cluster) -> bool:
    """Whether a plan of no named kind is one its own report has already set for the same day: "The
    festival will open on Saturday", "Gates will open at noon on Saturday" and "Tickets for Saturday's
    festival have sold out" tell one occasion in three sentences. A report tells what is ahead round the
    one occasion it announces, and each sentence tells another side of it (who comes, when the gates open),
    so the two need share only a place or one word of the occasion ("fair"), not the many words `_related`
    asks of two acts. Plans of one day that share nothing are two: "crews will load the dome on a ship
    tomorrow" and "forecasters expect the slick to spread by tomorrow"; so are a trip home and a speech of
    the same evening, which share only the day and its part ("Tuesday night")."""
    if not (m.planned and m.event_type == "other" and m.precision == "day") or m.is_speech:
        return False
    mine = _words(m.sentence.text) - _WHERE_AND_WHEN - _PARTS_OF_A_DAY
    return any(
        x.planned
        and x.event_type == "other"
        and x.precision == "day"
        and not x.is_speech
        and (x.date_start, x.date_end) == (m.date_start, m.date_end)
        and (bool(set(m.locations) & set(x.locations)) or bool(mine & _words(x.sentence.text)))
        for x in cluster.by_article.get(m.article, ())
    )


# the parts of a day a plan is set for, which two plans of one day share whatever they are
_PARTS_OF_A_DAY = frozenset("morning afternoon evening night tonight tomorrow noon midnight".split())


def _named_again_with_its_deed(m: Mention, cluster: Cluster) -> bool:
    """Whether a report with no date of its own names again, with "the", whom or what a report of the
    happening from its article brought in with "a", telling the same deed of it (`named_again`)."""
    return (
        m.date_basis == "context"
        and not m.is_speech
        and m.event_type == cluster.best.event_type
        and m.family == cluster.best.family
        and any(
            x.sentence.start < m.sentence.start and named_again(m.sentence.text, x.sentence.text)
            for x in cluster.by_article.get(m.article, ())
        )
    )


def _overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def same_happening(m: Mention, cluster: Cluster, resembling: bool = False) -> bool:
    """Whether a mention tells the cluster's happening; with `resembling`, whether an undated act in the
    perfect would, but for its count (`stands_alone`)."""
    other = cluster.best
    # (the tests of a report beside its own article's reports below find nothing in a happening that has no
    # report from the mention's article, as most candidates have none: not asked then)
    same_report = m.article in cluster.by_article
    if (
        _said_on_its_day(m)
        and cluster.window[1] < m.published - NEWS_OF_ITS_DAY
        and not _said_before(m, cluster)
    ):
        # "The ferry line says 40 boats have been damaged": what it says on the report's day, not its
        # remarks of another week, unless they name the same particulars (`_said_before`)
        return False
    if not resembling and same_report and m.planned == other.planned and _gist_and_its_remarks(m, cluster):
        # "Ruiz played down fears of a recession" and '"The banks are sound," Ruiz said': the report's
        # words for the remarks and the remarks themselves, one set of remarks whatever their kinds
        return _overlap(window(m), cluster.window)
    if m.is_speech and _gist_voice(other) and len(cluster.mentions) > 1:
        # a happening led by the gist of remarks takes further remarks as the remarks it joined would have
        # (the gist names no speaker of its own to compare)
        spoken = [x for x in cluster.mentions if not _gist_voice(x)]
        return bool(spoken) and same_happening(m, Cluster(spoken), resembling)
    if (
        m.is_speech
        and not other.is_speech
        and cluster.event_type in SPEECH_TYPES
        and len(cluster.mentions) > 1
        and not resembling
    ):
        # "Insp Ana Roe told reporters thieves had begun raiding the docks" joined by her remarks of it
        # (`_one_act_told_by_two_voices`): the happening is what she said, so further remarks are compared
        # with the remarks it holds, as they would have been had the remarks led it
        spoken = [x for x in cluster.mentions if x.is_speech]
        if spoken and same_happening(m, Cluster(spoken)):
            return True
    if not resembling and same_report and _one_act_told_by_two_voices(m, cluster):
        # "On Wednesday the minister said she was offering free passes to nurses" and '"The minister is
        # offering free passes to every nurse," her spokesman said': one voice's act of the day, told in the
        # report's words and again in the remarks quoted, is one act however the two were typed
        return True
    if not resembling and same_report and _reasons_of_the_ruling(m, cluster):
        # "The appeals court on Thursday refused to restore the ban" and "The three-judge panel wrote that
        # the state had shown no harm": what a court writes or says on the day of its ruling is the ruling
        return _overlap(window(m), cluster.window)
    if not resembling and same_report and _act_named_again(m, cluster):
        # "A judge has ordered the doctor to stand trial" then "Judge Ortiz made the order at a preliminary
        # hearing": the later sentence names the act by the noun of its verb, whatever type each was read as
        return _overlap(window(m), cluster.window)
    if not _of_one_kind(m, cluster) and not _carried_on(m, cluster):
        return False  # (asked first: most of the candidates of a day are other voices or other acts)
    if m.undated_past and not _within_report(m, cluster):
        return False
    if m.undated_past and not resembling and _later_count(m, cluster):
        return False
    if (
        m.undated_past
        and _STANDING_PLEA.search(m.clause)
        and not any(_STANDING_PLEA.search(x.clause) for x in cluster.mentions)
    ):
        # "Dr Hale has pleaded not guilty" in a report of the jury's selection, or of a suit his patients
        # filed: the plea stands from a hearing long before, told as background, and is none of the acts the
        # report tells of that day (a plea the report dates, "pleaded not guilty on Monday", is compared as
        # any act is)
        return False
    if _same_sentence(m, cluster):
        # "Police sealed off the hotel on Friday after test results were confirmed": the sentence was cut
        # into two happenings because it tells two; its words, all shared, do not make them one again
        return False
    if m.planned != other.planned:
        return False  # "talks resume later this month" is not the meeting that happened yesterday
    if _one_plan_of_the_day(m, cluster):
        return True
    if _named_again_with_its_deed(m, cluster):
        # "A 21-year-old man was pulled alive from the rubble on Friday" then "The 21-year-old man was pulled
        # out alive by an Israeli team": whom the report brought in, named again with the same deed, is the
        # same happening told again, whatever the second telling adds (who did it, from where)
        return _overlap(window(m), cluster.window)
    # "The port authority said on Sunday the quays were flooded" and "It added that divers would inspect
    # the piers": remarks, and an act of no named kind that a speaker tells, are both what the speaker said; a
    # report's "it said", "he added" goes on with the remarks of the speaker it has just named (an act the
    # report tells with the speaker's name is news of its own: a speaker tells of many things in a day)
    told = _remarks(m) and _remarks(other) and (m.is_speech or other.is_speech)
    if (
        not told
        and m.article != other.article
        and (m.precision != "day" or other.precision != "day")
        and _remarks(m)
        and _remarks(other)
    ):
        # "In June the chairman said the company had acted recklessly" and another report's "the chairman
        # said on Tuesday the company would sell assets": acts a speaker tells for their own body are what
        # the speaker said, and a month holds many occasions, as it does for remarks below
        return False
    if (
        told
        and (not m.is_speech or not other.is_speech)
        and not (
            m.article in cluster.by_article
            and (
                _goes_on(m)
                or _quoted_to_one_voice(m, other)
                or _carried_on(m, cluster)
                or _stance_of_its_speaker(other if m.is_speech else m)
            )
        )
    ):
        return False
    if told:
        kinds = {m.event_type, cluster.event_type}
        # a government's denial absorbs its officials' other remarks of that day, never a claim
        if kinds == {"denial", "claim"}:
            return False
        if m.article == other.article and (_carried_to_another_voice(m) or _carried_to_another_voice(other)):
            # "A rival's spokesman blamed the company" after the company's dated statement: the company
            # is whom the remarks are about, the spokesman who made them; the report tells of two voices
            return False
        # (one voice: `_of_one_kind`)
        if (
            kinds == {"denial", "statement"}
            and m.article in cluster.by_article
            and not _on_one_matter(m, cluster)
        ):
            # "The minister rejected claims that police fired on the marchers" and "'We will keep the
            # roads open,' the minister said": a denial answers someone else's claim, so one report's
            # denial and its speaker's remarks on another matter are two things said (remarks that go on
            # about what was denied are the denial's; another report's remarks of the day may still be
            # the denial told in other words)
            return False
        if m.article != other.article and (m.precision != "day" or other.precision != "day"):
            # "In June its chairman said ..." and NWG's remarks of 16 June in another report: a month holds
            # many remarks by one speaker, so two reports' remarks are one only when both name the day
            return False
        if (
            m.article in cluster.by_article
            and not _goes_on(m)
            and (_told_separately(m) or any(_told_separately(x) for x in cluster.by_article[m.article]))
        ):
            # "Separately, the carrier said it had cut its fares" after the carrier's remarks on a strike:
            # the report says itself that it turns to another matter
            return False
        if "denial" not in kinds and _said_later(m) != any(
            _said_later(x) for x in cluster.by_article.get(m.article, ())
        ):
            # "'We care about the small people,' the chairman added" and "Later on Wednesday, the chairman
            # apologised": the report tells of a second occasion the speaker spoke on that day (a denial
            # still absorbs what its spokesman "later said" of the matter denied)
            return False
        if m.article == other.article and (_told_as_now(m, other) or _told_as_now(other, m)):
            # "Vietnam said at the weekend that travellers took fever pills" and "Vietnam has confirmed 26
            # cases": the perfect tells the report's news, not the remarks the report dated before
            return False
        if m.precision != other.precision and _own_date(m) and _own_date(other):
            # "NWG said last week ..." and "said a NWG spokesman on Sunday": a report that dates two remarks
            # differently tells of two occasions
            return False
    elif (
        m.event_type in AGENT_MATTERS
    ):  # (acts of one type and family, or one act in other words: `_of_one_kind`)
        if m.agent_country and other.agent_country and m.agent_country != other.agent_country:
            return False
        if m.event_type in DOER_MATTERS and not _same_doer(m, cluster):
            # "The UN sent 3,500 troops to the capital" and "The United States deployed 2,000 marines to the
            # capital", of one day: two deployments, told apart by who sent them
            return False
        subjects = cluster.subject_countries
        if m.subject_countries and subjects and not subjects.intersection(m.subject_countries):
            return False
        if m.event_type == "attack":
            # strikes on different places are different strikes; one place named and one not, too
            places = cluster.locations
            if (m.locations or places) and not places.intersection(m.locations):
                return False
    elif (
        m.event_type == "policy"
        and m.agent_country
        and cluster.agent_countries - {""}
        and m.agent_country not in cluster.agent_countries
    ):
        # "The ministry closed all schools" in one country and "the authorities put arriving travellers in
        # quarantine" in another: a measure is its government's, so two governments' measures are two acts
        # however much else (the travellers' nationality, the words of the measure) they share. Every report
        # of the measure is asked, not only the best dated: "Schools were closed on Saturday" names no
        # government, and Kenya's closing that joined it makes the measure Kenya's, not Uganda's
        return False
    elif m.event_type == "diplomacy" and not cluster.countries.intersection(m.countries):
        # talks in Istanbul and a meeting with a US delegation are two happenings: they share no party
        return False
    if (
        not told
        and not m.is_speech
        and (m.event_type == "other" or _a_year_and_a_day(m, other))
        and m.article == other.article
        and m.precision != other.precision
        # (a day the report gives an act from its context, as it gives a lead told in the perfect the day its
        # next sentence names, dates that act as the report's own words would)
        and (_own_date(m) or (m.date_basis == "context" and m.precision == "day"))
        and _own_date(other)
    ):
        # "NWG was evicted from the index earlier this year" and "NWG released its report on Wednesday": one
        # report dating two acts of no named kind differently tells of two happenings; so does one dating
        # two acts of one kind, one to its day and the other to a year only ("called the two leaders on
        # Thursday" and "has scrapped a trip for the second time this year")
        return False
    if not told and not m.is_speech and _other_countries(m, cluster):
        # "Turkey confirmed its first two cases" and "Ecuador and Peru confirmed their first cases", of one
        # day: acts of one kind in countries the reports both name and do not share are two happenings,
        # whatever else (the agency that counted them, the words of the act) they share
        return False
    if (
        not told
        and not m.is_speech
        and m.event_type == other.event_type == "other"
        and m.actors
        and cluster.actors
        # ("Norvik" and "Norvik PLC": one name told shorter is one doer)
        and not any(_one_name(mine, theirs) for mine in m.actors for theirs in cluster.actors)
    ):
        # "The Red Cross has begun a $5m appeal" and "Omar Baig says the agency would release $5m from its
        # fund": acts of no named kind, each by doers named and none shared, are two acts, whatever figure
        # or day they share
        return False
    if not told and not m.is_speech and _other_named_doers(m, cluster):
        # "Riverside school closed" and "Oakfield school will be closed": two bodies of one kind, each
        # named, doing the same kind of act are two acts
        return False
    if m.event_type == "legal" and _answers_the_other(m, cluster):
        # "The judge struck down the ban" and "The government asked an appeals court to suspend the
        # ruling": an appeal answers the ruling; it is an act of its own, by another party
        return False
    if m.event_type == "casualties" and _one_and_many(m, cluster):
        # "UN worker Anna Lind was the first Norwegian to die" and "the toll is estimated at 3,400": the
        # death of one person named is news of its own, never the toll of thousands
        return False
    if m.event_type == "casualties" and _another_one_dead(m, cluster):
        # "A climber is missing and feared dead" and, days later, "Another climber is feared to have died":
        # the report says itself that the death is a second one
        return False
    if not told and not m.is_speech and _another_count(m, cluster):
        # "16 volunteers are known dead" and "at least 48 of its workers were injured", or a world total
        # and one country's count: one report giving two counts tells of two tolls
        return False
    if not told and not m.is_speech and _another_group_of_people(m, cluster):
        # "Police arrested 14 students in the capital" and "Police arrested nine farmers at the border", in
        # one report: two counts of people in one report's two acts of a kind are two groups, two acts
        return False
    if not told and not m.is_speech and _another_hazard(m, cluster):
        # "Floods destroyed a footbridge" and "A fire destroyed a grain silo", of one day and one valley: a
        # disaster of another kind is another disaster, whatever the day, the place and the words share
        return False
    if not told and not m.is_speech and not _related(m, cluster):
        # sharing a day and a type is not enough (an earthquake toll and a war toll of one day): the
        # reports must share people, places, figures or enough words
        return False
    if (
        _told_days_later(m, cluster)
        and not _names_its_particulars(m, cluster)
        and not (resembling and _count_of_its_days(m))
    ):
        # "The ferry line has cut its fares" in a Thursday report and "The ferry line's shares fell 9
        # percent" dated Monday by another: a report with no date of its own tells the news of its day,
        # and the story's company, places and topic are in every report of the story. So does an act it
        # tells in the present perfect ("The agency has released a video of the dam"): the perfect is
        # news of the report's days, not an act another report dated days before, unless it names that
        # act's particulars; with a count of its own ("90 passengers have already been quarantined") it
        # is a count as of its report and stands alone (`stands_alone`), otherwise an aside
        return False
    return _overlap(window(m), cluster.window)


def _one_act_told_by_two_voices(m: Mention, cluster: Cluster) -> bool:
    """Whether the mention and a report of the happening from its article tell one act twice: one of them
    remarks and the other the act a speaker tells ("said she was offering free passes"), by one voice (a
    person and her office, a body and its spokesman), told as of one occasion (neither opening "Later" or
    "Earlier"), in two sentences dated to the same day, their clauses sharing words of the act
    (`_one_act_told_twice`). The speaker's remarks on another matter share too few of them."""
    if m.planned or m.undated_past or not _remarks(m) or _toll_told(m):
        return False
    return any(
        x.is_speech != m.is_speech
        and _remarks(x)
        and not _toll_told(x)
        and not (x.sentence.start < m.sentence.end and m.sentence.start < x.sentence.end)
        and _one_voice(m, x)
        and _said_later(m) == _said_later(x)
        and _one_act_told_twice(m, x)
        for x in cluster.by_article.get(m.article, ())
    )


def _one_act_told_twice(x: Mention, y: Mention) -> bool:
    """Whether two tellings in one report of one voice's words tell one act of one day: their clauses share
    words of the act besides names, places, the day and saying (at least two, and a share of them)."""
    if not (x.precision == y.precision == "day" and x.date_start == y.date_start):
        return False
    names = _words(" ".join([*x.actors, *y.actors, *x.locations, *y.locations]))
    names |= _WHERE_AND_WHEN | _PARTS_OF_A_DAY | _COUNTED_NOUNS | _SAYING
    names |= _proper_words(x.sentence.text) | _proper_words(y.sentence.text)
    mine, theirs = _words(x.clause) - names, _words(y.clause) - names
    shared = mine & theirs
    return len(shared) >= SAME_ACT_WORDS and len(shared) / len(mine | theirs) >= TWO_VOICES_SHARE


# The share of the act's words one voice's two tellings must have in common: lower than two reports' of
# an act (`SAME_ACT_SHARE`), as remarks word the act their own way ("is offering" and "was offering")
TWO_VOICES_SHARE = 0.2


def _told_days_later(m: Mention, cluster: Cluster) -> bool:
    """Whether an act a report dates only by its own publication can be the happening only as one of
    the days before its news: another report's act ended more than a day before it was published. An
    act told in the present perfect with no date is asked the same: "has" tells what has just happened;
    but forces "have been deployed" months ago are still there, named by who sent them (`_within_report`)."""
    return (
        m.date_basis == "publication"
        and not (m.undated_past and m.event_type in AGENT_MATTERS and m.event_type != "casualties")
        and not m.is_speech
        and m.article not in cluster.by_article
        and cluster.window[1] < m.published - NEWS_OF_ITS_DAY
    )


def _names_its_particulars(m: Mention, cluster: Cluster) -> bool:
    """Whether a report names what one of the happening's reports names of the act: the same count, or
    words of the act besides the names, places and counted things either gives ("the council delayed the
    vote on the harbour budget" and "the delayed vote on the harbour budget"). A second report days later
    that names the same act is news told late; one that only shares the story's company, place or topic
    ("the ferry line", "the storm") is another act of the story."""
    figures = {(f.value, f.kind) for f in m.figures}
    # (a count no figure was read of, "4,000 schools" and "more than 4,000 schools", is the same count too)
    counts = {_digits(v) for v in _counts(m)}
    mine = _words(m.sentence.text) - _proper_words(m.sentence.text) - _NO_PARTICULAR
    shared = any(
        figures & {(f.value, f.kind) for f in x.figures} or counts & {_digits(v) for v in _counts(x)}
        for x in cluster.mentions
    )
    if shared:
        return True
    if any(_later_count_of_the_toll(m, x) for x in cluster.mentions):
        # "84 new cases were confirmed, taking the total to 377" two days after "a further 212 cases were
        # confirmed, bringing the total to 1,040": every count of a toll is told in the same words
        # ("cases", "confirmed", "total"), so a report days later giving counts none of which the
        # happening's reports gave tells a later count, not the earlier one again
        return False
    for x in cluster.mentions:
        names = _words(" ".join([*m.actors, *x.actors, *m.locations, *x.locations]))
        act = (mine & _words(x.sentence.text)) - names - _proper_words(x.sentence.text)
        if len(act) >= PARTICULAR_WORDS:
            return True
    return False


def _later_count_of_the_toll(later: Mention, earlier: Mention) -> bool:
    """Whether two reports of a toll or case count, told days apart, each give counts of their own (the
    days apart are `_told_days_later`'s to judge; shared counts are asked before)."""
    return (
        later.event_type in _TOLLS_OF_DISASTER
        and earlier.event_type in _TOLLS_OF_DISASTER
        and bool(_counts(later))
        and bool(_counts(earlier))
    )


def _count_of_its_days(m: Mention) -> bool:
    """Whether an act in the perfect gives a count in its main clause, before any span of time: "Some 300
    miners have been arrested since the strike began" counts as of its report; "Hundreds of farms have been
    abandoned since a storm wrecked 14 bridges" counts only in the clause of the span, an aside."""
    if not _counts(m):
        return False
    span = _SPAN_ASIDE.search(m.sentence.text)
    head = m.sentence.text if span is None else m.sentence.text[: span.start()]
    return bool(_COUNT_BEFORE_NOUN.search(head) or _SPELLED_COUNT.search(head))


# Words of the act two reports days apart must share to tell one act (two are what two acts of one
# story share: "divers searched the wreck" and "divers found a second wreck")
PARTICULAR_WORDS = 3


_STOPWORDS = frozenset(
    (
        "that this with from have been were their they said says will would could about after "
        "before which while there these those into over also than more other such only some when "
        "where what being"
    ).split()
)


@functools.lru_cache(maxsize=65_536)
def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOPWORDS)


_REFERS_BACK = compile_for_search(r"\b(he|she|him|his|her|they|them|their)\b", re.IGNORECASE)
_OPENS_WITH_PRONOUN = re.compile(r"(he|she|they)\s", re.IGNORECASE)


def _related(m: Mention, cluster: Cluster) -> bool:
    """Shared named actors or places, the same figure, the same country where no place tells them apart, or
    enough shared words (Jaccard ≥ 0.12) with the cluster's reports."""
    places = cluster.locations
    # "other" names no kind of act: two of them in one report ("Ruiz met senators", "a cook served her
    # last meal") are one only by who, where or what they share, never by a pronoun or a country alone
    loose = m.event_type != "other"
    # ("NWG PLC" and "NWG" are one party: a company's legal form is no other company)
    shared = {a for a in m.actors if _party(a) in cluster.parties} | places.intersection(m.locations)
    # (asked only of a shared party or place of an act of no named kind: an act of a named kind needs no
    # more, and nothing else reads these)
    if shared and loose:
        return True
    if shared:
        # (a weakly dated one, "The agency has launched an appeal", could join any act of the agency's in
        # the months before: it needs more than the agency)
        # (either way round: a dated act joining a weakly dated one needs as much)
        weak = _weakly_dated(m) or all(_weakly_dated(x) for x in cluster.mentions)
        # (so does one report's second act of no named kind of the same day, about the same person: "Critics
        # blasted the senator for flying to the coast on Tuesday" and "The senator met farmers on Tuesday"
        # are two acts unless they share words of the act)
        # (remarks a speaker is quoted making, "Doors will open at four tomorrow," he said, are one occasion)
        retold = (
            not m.speaker
            and _own_date(m)
            and any(_own_date(x) for x in cluster.by_article.get(m.article, ()))
        )
        # (and so does an act of no named kind from another report: in a story about one company, every
        # report names the company; "NWG's managing director took over operations last month" and "NWG said
        # Tuesday the sheen was not a second leak" share it and nothing else)
        elsewhere = m.article not in cluster.by_article
        if not (weak or retold or elsewhere) or _same_act(m, cluster, shared):
            return True
    if (
        (
            loose
            and m.date_basis == "publication"
            and _REFERS_BACK.search(m.sentence.text)
            and not _disagree(m, cluster)
        )
        or m.clause.endswith((NAMED_HAPPENING, NAMED_PLANNED))
    ) and any(x.article == m.article for x in cluster.mentions):
        # "The judges acquitted him on three counts" after "The court on Wednesday convicted ...": an act
        # with no date of its own, told of someone the article has named, goes on about its dated one;
        # "Saturday's quake" names the quake the article has told of
        return True
    if PRECISION_RANK[m.precision] > PRECISION_RANK[cluster.best.precision] and any(
        x.article == m.article and x.clause.endswith((NAMED_HAPPENING, NAMED_PLANNED))
        for x in cluster.mentions
    ):
        # the other way round: "hearings on the April 20 rig blast", then "since the rig sank last month":
        # a vaguer date in the article for the happening it named by its day
        return True
    if _told_again(m, cluster) and not _disagree(m, cluster):
        return True
    if _told_in_the_passive(m, cluster) and not _disagree(m, cluster):
        return True
    if _same_thing_of_the_day(m, cluster) and not _disagree(m, cluster):
        # "The lid was lowered on to the tank on Monday." and "The lid, fitted on Monday, seals the
        # tank.": one report's two deeds of one day done to one thing are one deed told in two verbs
        return True
    if _same_hazard_in_its_report(m, cluster):
        return True
    if _same_hazard_in_another_report(m, cluster):
        # "A cyclone struck the island on 3 March" and, in another report, "aid for the survivors of Tuesday's
        # cyclone" of the same day: a hazard of nature told again by its day is one happening
        return True
    if (
        m.article in cluster.by_article
        and m.date_basis == "context"
        and retells_a_happening(m.sentence.text)
        and not _disagree(m, cluster)
    ):
        # "A passenger ferry sank off the coast on Sunday" then "The vessel went down in heavy seas": a
        # sentence with no date of its own that names the happening again by a definite noun, and was given
        # its day for that, tells the article's happening of that day again
        return True
    if (
        m.article in cluster.by_article
        and restates_a_happening(m.sentence.text, m.event_type)
        and not _disagree(m, cluster)
    ):
        # "A judge on Tuesday struck down the ban." then "The ruling, issued on Tuesday in Denver, found the
        # ban unlawful": a definite noun of the happening's kind names the one its article has told of
        return True
    if (
        _OPENS_WITH_PRONOUN.match(m.sentence.text)
        and not _disagree(m, cluster)
        and any(
            x.article == m.article and 0 <= m.sentence.paragraph - x.sentence.paragraph <= 1
            for x in cluster.mentions
        )
    ):
        # "The courier landed on Thursday." then "He felt unwell and took a bus to a clinic on
        # Thursday evening.": the next sentence goes on about the same person's act of that day
        return True
    if loose and _retold_in_its_report(m, cluster):
        return True
    # the same count of the same things ("at least 23 people"), in whatever words
    figures = {(f.value, f.kind) for x in cluster.mentions for f in x.figures}
    if any((f.value, f.kind) in figures for f in m.figures):
        return True
    # the same country with no place named on either side that would tell the reports apart
    countries = cluster.countries
    if (
        loose
        and countries.intersection(m.countries)
        and not (m.locations and places)
        and _on_topic(m, cluster)
    ):
        return True
    if m.event_type in AGENT_MATTERS:
        # the same forces: "11,000 North Korean soldiers" and a deployment by North Korea
        doers = {cluster.best.agent_country} | cluster.subject_countries
        if ({m.agent_country, *m.subject_countries} - {""}) & doers:
            return True
    same_country = bool(countries.intersection(m.countries))
    if (m.locations and places) or (m.countries and countries and (loose or not same_country)):
        # each names where it happened, and not the same place: shared words are not enough (two acts of
        # no named kind in one country are told apart by their words)
        return False
    # (the names of parties they share were weighed above: they count for no shared words here; nor do
    # the day and the country, which two happenings of one day in one country share: "arrived in Nepal
    # on Friday" and "a telethon for Nepal on Friday")
    # (nor do the names either side gives alone: a person named on both sides is no word of an act)
    parties = {*shared, *m.actors, *cluster.actors, *m.locations, *places}
    named = _words(" ".join([*parties, *(country_name(c) for c in countries.intersection(m.countries))]))
    named |= _WHERE_AND_WHEN
    mine = _words(m.sentence.text) - named
    # (the happening's words, hundreds in a happening many reports tell, are not copied less the names: the
    # sentence's few are looked up in them, and the words they hold besides the names are counted)
    common = mine & cluster.words  # (`mine` holds no name)
    their_count = len(cluster.words) - len(cluster.words & named)
    if (
        m.event_type == "casualties"
        and m.article not in cluster.by_article
        and m.precision != cluster.best.precision
        and common <= _WORDS_OF_DEATH
    ):
        # "the maestro, who died of a stroke in June" and "a girl died in Leeds on Friday", from two
        # reports: that someone died is what every toll says, and a month holds many deaths; the vaguer one
        # takes the other's day only if who died, where or of what is shared (two reports naming one day are
        # weighed as any two reports are)
        return False
    return bool(mine) and len(common) / (len(mine) + their_count - len(common)) >= 0.12


# A hazard of nature by the noun a report names it with; "quake" and "tremor" are the earthquake, an
# aftershock another shock
_HAZARD_NOUNS = re.compile(
    r"\b(?:(?P<earthquake>earthquake|quake|tremor)|(?P<aftershock>aftershock)|(?P<hurricane>hurricane)"
    r"|(?P<cyclone>cyclone)|(?P<typhoon>typhoon)|(?P<tornado>tornado)|(?P<tsunami>tsunami)|(?P<storm>storm))s?\b",
    re.IGNORECASE,
)


def _hazard_nouns(text: str) -> set[str]:
    return {found.lastgroup or "" for found in _HAZARD_NOUNS.finditer(text)}


@per_mention
def _hazards_named(m: Mention) -> frozenset[str]:
    """The hazards a report names, in the clause it was read from or anywhere in its sentence."""
    return frozenset(_hazard_nouns(m.clause) | _hazard_nouns(m.sentence.text))


def _same_hazard_in_its_report(m: Mention, cluster: Cluster) -> bool:
    """Whether one report tells one disaster twice: both reports of it dated to one day by the report
    itself, each naming one and the same hazard ("The island was hit by a 6.8-magnitude earthquake on
    Tuesday" and "It struck 20 km west of the port on Tuesday", its pronoun read as the earthquake). A report
    naming two hazards ("an earthquake and the tsunami it set off") tells them apart by other words."""
    if m.event_type != "disaster" or not (_own_date(m) and m.precision == "day"):
        return False
    mine = _hazards_named(m)
    if len(mine) != 1:
        return False
    return any(
        x.event_type == "disaster"
        and _own_date(x)
        and (x.date_start, x.date_end, x.precision) == (m.date_start, m.date_end, m.precision)
        and _hazards_named(x) == mine
        for x in cluster.by_article.get(m.article, ())
    )


# Hazards of nature that strike a region once on a day and are told by the noun alone: two earthquakes or
# two hurricanes of one day in one country are rare, while storms, tornadoes and floods of a day are many
_ONE_OF_A_DAY = frozenset({"earthquake", "hurricane", "cyclone", "typhoon", "tsunami"})
# The ordinals that bring in one more of a kind: "a second", "the third"
_ORDINALS = r"second|third|fourth|fifth"
# "a second tremor", "another strong cyclone", "the smaller earthquake", "fresh tremors": a report telling
# a further hazard of the day. The words are matched as written: "The New Zealand earthquake" names a place,
# and "Hours later the tsunami" tells the hour of the one hazard
_A_FURTHER_ONE = re.compile(
    rf"(?:\b[Aa]nother|\b(?:[Aa]n?|[Tt]he)\s+(?:{_ORDINALS}|new|fresh|further|separate|smaller|later|earlier)"
    r"|\b(?:new|fresh|further)|^\s*(?:New|Fresh|Further))"
    r"\s+(?:(?!(?:the|a|an|its|their|of|from|after|by|in)\b)[\w.-]+\s+){0,2}?"
    rf"(?i:{_HAZARD_NOUNS.pattern})"
)
# A hazard of nature told again, by a definite or possessive noun or by its day: "the 9 September
# earthquake", "Tuesday's cyclone", "the island's worst typhoon"; "A strong tremor shook the town"
# is fresh news, which may be a second shock
_RETOLD_HAZARD = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[\w-]+[’']s)\s+"
    r"(?:(?!(?:the|a|an|of|from|after|by|in|on|at|and|to|with)\b)[\w.-]+\s+){0,3}?"
    rf"(?i:{_HAZARD_NOUNS.pattern})"
)
# A shock's size: "a 7.1-magnitude earthquake", "magnitude 6.4", "6.8 on the Richter scale"
_MAGNITUDE = re.compile(
    r"\b(\d(?:\.\d)?)[-\s]magnitude\b|\bmagnitude(?:-|\s+of\s+|\s+)(\d(?:\.\d)?)\b|\b(\d\.\d)\s+on\s+the\s+Richter\b",
    re.IGNORECASE,
)
# The part of the day a hazard struck: "on Tuesday evening", "early in the morning"
_PART_OF_THE_DAY = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|this|early|late|in\s+the(?:\s+early|\s+late)?)"
    r"\s+(morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)
# The storm's own name: "Hurricane Lena", "typhoon Amara"; not an office named after storms ("the National
# Hurricane Center"), a day or month after the noun ("the cyclone Tuesday"), nor a storm a report compares
# its own with ("the strongest since Hurricane Osric", "worse than Typhoon Amara")
_STORM_NAME = re.compile(
    r"(?<![Ss]ince\s)(?<!than\s)(?<!like\s)(?<!\bas\s)\b(?i:hurricane|cyclone|typhoon|tropical\s+storm)\s+"
    r"(?!(?:Center|Centre|Season|Warning|Watch|Hunters?|Agency|Relief|Fund|Research|Service|Committee"
    r"|Commission|Office|Programm?e?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\b)([A-Z][a-z]+)"
)


def _sizes(text: str) -> set[str]:
    return {"".join(found.groups(default="")) for found in _MAGNITUDE.finditer(text)}


def _parts_of_the_day(text: str) -> set[str]:
    return {found.group(1).lower() for found in _PART_OF_THE_DAY.finditer(text)}


@per_mention
def _hazard_of_nature(m: Mention) -> str:
    """The one hazard of nature a disaster report of its own day names by its noun ("earthquake" for "the
    quake", "tremor"); empty when it names none, two ("the quake and the tsunami it set off"), a further one
    of the day, or is a speaker's report (a witness may tell of a shock of their own)."""
    if m.event_type != "disaster" or m.speaker or not (_own_date(m) and m.precision == "day"):
        return ""
    named = _hazards_named(m)
    if len(named) != 1 or not named <= _ONE_OF_A_DAY or _A_FURTHER_ONE.search(m.sentence.text):
        return ""
    return next(iter(named))


def _where(m: Mention) -> set[str]:
    """Where a report puts what it tells: the places and countries its sentence names, or else the
    country its report is set in."""
    return {*m.locations, *m.countries, m.home_country} - {""}


def _hazards_may_be_one(a: Mention, b: Mention) -> bool:
    """Whether two reports' hazards of nature of one day can be one: both give the storm's name, and the
    same one (a hurricane may land in two countries on one day); or one of them tells it again
    (`_RETOLD_HAZARD`: two fresh reports of a shock may be two shocks), neither gives another size or part
    of the day ("a 7.1-magnitude earthquake" in the morning and "a 5.9-magnitude tremor" in the evening),
    and both are set in one place."""
    text_a, text_b = a.sentence.text, b.sentence.text
    names_a, names_b = _storm_names(text_a), _storm_names(text_b)
    if names_a and names_b:
        return bool(names_a & names_b)
    if not (_RETOLD_HAZARD.search(text_a) or _RETOLD_HAZARD.search(text_b)):
        return False
    for told in (_sizes, _parts_of_the_day):
        mine, theirs = told(text_a), told(text_b)
        if mine and theirs and not mine & theirs:
            return False
    return bool(_where(a) & _where(b))


def _storm_names(text: str) -> set[str]:
    return set(_STORM_NAME.findall(text))


def _same_hazard_in_another_report(m: Mention, cluster: Cluster) -> bool:
    """Whether another report's disaster is this one: both date it by their own words to one and the same
    day and name one and the same hazard of nature by its noun (`_ONE_OF_A_DAY`), and nothing either names
    tells the two apart (`_hazards_may_be_one`). "The cyclone struck the coast on Tuesday" and a later
    report's "aid for the survivors of the 12 January cyclone", both set in one country, are one cyclone; a
    cyclone and a flood of that day, or cyclones in two countries, stay two."""
    mine = _hazard_of_nature(m)
    if not mine:
        return False
    partners = [
        x
        for x in cluster.mentions
        if x.article != m.article
        and (x.date_start, x.date_end, x.precision) == (m.date_start, m.date_end, m.precision)
        and _hazard_of_nature(x) == mine
        and _hazards_may_be_one(m, x)
    ]
    # (the storm's name both give is enough, wherever each says it came ashore; other reports are weighed
    # as any report a pronoun ties to a happening is, by the places and counts each gives)
    storms = _storm_names(m.sentence.text)
    return bool(partners) and (
        any(storms & _storm_names(x.sentence.text) for x in partners) or not _disagree(m, cluster)
    )


_WORDS_OF_DEATH = frozenset(
    "died dies dead death deaths killed kills killing fatal fatality fatalities".split()
)


def _retold_in_its_report(m: Mention, cluster: Cluster) -> bool:
    """Whether a report tells an act of a named kind a second time, further down, of the same day and with
    words of the act in common: "A union sued the port authority on Monday, accusing it of ignoring safety
    rules" and "The complaint, filed on Monday, accuses the authority of ignoring rules it wrote" (a report
    restates its lead in other words, often naming less). The later telling refers back with a definite
    noun; "A shipping line sued a crane maker on Monday" brings in another act. Both give the day
    themselves: an act the report dates only by its own day may be another of that day."""
    if not (_own_date(m) and m.precision == "day"):
        return False
    for x in cluster.by_article.get(m.article, ()):
        if not (_own_date(x) and x.precision == "day") or (x.date_start, x.date_end) != (
            m.date_start,
            m.date_end,
        ):
            continue
        later = m if m.sentence.start > x.sentence.start else x
        if _REFERS_BACK_TO_AN_ACT.match(later.sentence.text) and _same_act(m, cluster, set()):
            return True
    return False


# A subject that names something the report has told by a definite noun ("The complaint, filed ...", "The
# 27-page ruling found"), not by a name ("The Harbour Board said")
_REFERS_BACK_TO_AN_ACT = re.compile(r"\s*(?:(?:But|And)\s+)?(?:The|This|That)\s+[a-z0-9]")


_PERFECT_PARTICIPLE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+|just\s+)?(?:been\s+)?([a-z]{3,}ed)\b"
)


def _told_again(m: Mention, cluster: Cluster) -> bool:
    """Whether one report tells the act twice: its lead in the present perfect ("The first aid flight has
    landed in the capital") and, further down, the same verb with a day ("The plane landed on Thursday
    afternoon"), either way round."""
    for x in cluster.by_article.get(m.article, ()):
        for perfect, dated in ((m, x), (x, m)):
            done = set(_PERFECT_PARTICIPLE.findall(perfect.clause.lower()))
            if done & set(re.findall(r"[a-z]+", dated.clause.lower())) and not _PERFECT_PARTICIPLE.search(
                dated.clause.lower()
            ):
                return True
    return False


# "A valve was fitted ...", "On Sunday, two boats were seized": a passive whose subject is what was acted
# on and which names no doer (a "by" would name one); the subject's head noun and the participle are read
_AGENTLESS_PASSIVE = re.compile(
    r"^\s*(?:(?:But|And)\s+)?(?:(?:An?|The|\d[\d,]*)\s+)?(?:[\w-]+\s+){0,3}?([a-z]{3,})\s+(?:was|were)\s+"
    r"(?:later\s+|then\s+|also\s+|successfully\s+)?([a-z]{3,}ed)\b(?!\s+by\b)",
    re.IGNORECASE,
)


def _told_in_the_passive(m: Mention, cluster: Cluster) -> bool:
    """Whether one report tells an act twice, once with its doer and once in the passive with none, both
    dated by the report to one day: "Engineers fitted a valve to the pipe on Sunday" and "On Sunday, a
    valve was fitted": the same verb, and the thing the passive tells was acted on is the doer's object
    (named after the verb). A passive of another object ("a second pipe was fitted") or with a doer of its
    own ("was fitted by divers") is compared as any act is."""
    if m.is_speech or not (_own_date(m) and m.precision == "day"):
        return False
    for x in cluster.by_article.get(m.article, ()):
        if x.is_speech or not (_own_date(x) and x.precision == "day"):
            continue
        if (x.date_start, x.date_end) != (m.date_start, m.date_end):
            continue
        for passive, active in ((m, x), (x, m)):
            told = _AGENTLESS_PASSIVE.match(passive.clause)
            if told is None or _AGENTLESS_PASSIVE.match(active.clause):
                continue
            noun, participle = told.group(1).lower(), told.group(2).lower()
            verb = re.search(
                rf"\b(?<!was )(?<!were )(?<!been )(?<!being ){participle}\b", active.clause.lower()
            )
            if verb is None:
                continue
            objects = set(re.findall(r"[a-z]+", active.clause.lower()[verb.end() :]))
            if {noun, noun + "s", noun.removesuffix("s")} & objects:
                return True
    return False


def _same_thing_of_the_day(m: Mention, cluster: Cluster) -> bool:
    """Whether the report tells, in another sentence, the same deed done to the same thing (`deeds_done`:
    "the lid was fitted", "fitted the lid") on the same day, both days given by the report itself: in
    the same verb, or with one of the two the lead's summary set off after its thing ("The lid, fitted on
    Monday, seals the tank"). Two deeds done to one thing ("The tanker was towed into port on Monday" and
    "Customs officers searched the tanker on Monday"), two things, another day or remarks are compared as
    any acts are."""
    if m.is_speech or not (_own_date(m) and m.precision == "day"):
        return False
    mine = _deeds_done(m)
    if not mine:
        return False
    return any(
        not x.is_speech
        and _own_date(x)
        and x.precision == "day"
        and (x.date_start, x.date_end) == (m.date_start, m.date_end)
        and x.sentence.start != m.sentence.start
        and _one_deed_told_twice(m, mine, x)
        for x in cluster.by_article.get(m.article, ())
    )


def _one_deed_told_twice(m: Mention, mine: frozenset[tuple[str, str]], x: Mention) -> bool:
    """Whether two sentences tell one deed done to one thing: the same thing and verb, or the same thing
    with one of them the summary that opens a sentence set off with its participle."""
    theirs = _deeds_done(x)
    if mine & theirs:
        return True
    summary_mine, summary_theirs = _summary_acted_on(m), _summary_acted_on(x)
    return bool(summary_mine & {head for head, _ in theirs} or summary_theirs & {head for head, _ in mine})


def _one_deed_of_the_day(m: Mention, cluster: Cluster) -> bool:
    """Whether the report tells, in another sentence of the same day, the same deed: done to the same
    thing (`_same_thing_of_the_day`), or, where one of the two has no family read, told in words of the
    act the two clauses share (at least two, and a share of them: `_clauses_share_the_act`). One of
    the two days is given by the report itself; the other may be the report's own day ("Norvik's shares
    closed up 7 %" in Friday's report beside "closed at 390p on Friday")."""
    if m.is_speech or m.planned or m.precision != "day":
        return False
    if _same_thing_of_the_day(m, cluster):
        return True
    unread = m.family == "other" or cluster.best.family == "other"
    return unread and any(
        not x.is_speech
        and x.precision == "day"
        and (x.date_start, x.date_end) == (m.date_start, m.date_end)
        and (_own_date(x) or _own_date(m))
        and x.sentence.start != m.sentence.start
        and _clauses_share_the_act(m, x)
        for x in cluster.by_article.get(m.article, ())
    )


@per_mention
def _deeds_done(m: Mention) -> frozenset[tuple[str, str]]:
    # (the sentence's opening "The lid, fitted on Monday," is its main clause's subject, which the clause
    # read for the act may leave out)
    return deeds_done(m.clause) | frozenset((head, "") for head in _summary_acted_on(m))


@per_mention
def _summary_acted_on(m: Mention) -> frozenset[str]:
    return acted_on_at_opening(m.sentence.text)


def _disagree(m: Mention, cluster: Cluster) -> bool:
    """Whether a report that a pronoun ties to a happening says something else of it: it names where it
    happened and the happening's reports name other places only ("He arrived in Nepal on Friday" and "He
    took part in a fundraiser in Oslo on Friday": a pronoun may stand for someone else), or it counts the
    same kind of thing with other figures ("44 new cases" and "13,000 people diagnosed")."""
    mine = set(m.locations) | set(m.countries)
    theirs = cluster.locations | cluster.countries
    if mine and theirs and not mine & theirs:
        return True
    counted = {f.kind for f in m.figures}
    figures = {(f.value, f.kind) for x in cluster.mentions for f in x.figures if f.kind in counted}
    return bool(figures) and not any((f.value, f.kind) in figures for f in m.figures)


# Acts whose doer tells one from another of the same day: a deployment, a capture, an offensive
DOER_MATTERS = ("deployment", "capture", "offensive")


def _doers(m: Mention) -> set[str]:
    """Who did it: the acting country and the actors named, each by name and by country."""
    return ({m.agent_country} | set(m.actors) | {c for c in m.countries if c == m.agent_country}) - {""}


def _same_doer(m: Mention, cluster: Cluster) -> bool:
    """Whether a report names no doer, or one of the happening's: a body with no country (the UN) and a
    state are two doers."""
    mine = _doers(m)
    theirs = cluster.doers
    if not mine or not theirs or mine & theirs:
        return True
    # ("Russia" and "Russian forces", "North Korea" and "Pyongyang": one country told two ways)
    countries = {m.agent_country, *m.subject_countries} - {""}
    return bool(countries & (cluster.agent_countries | cluster.subject_countries))


def _a_year_and_a_day(a: Mention, b: Mention) -> bool:
    """Whether one of two reports is dated to its day and the other to a year or longer."""
    ranks = sorted((PRECISION_RANK[a.precision], PRECISION_RANK[b.precision]))
    return ranks[0] == PRECISION_RANK["day"] and ranks[1] >= PRECISION_RANK["year"]


def _weakly_dated(m: Mention) -> bool:
    return m.undated_past or m.date_basis == "publication"


def _same_act(m: Mention, cluster: Cluster, shared: set[str]) -> bool:
    """Whether two acts of no named kind that share a party or a place tell of one act: they share words
    besides those names ("a worker was pulled from the rubble" and "the agency launched an appeal" share
    an agency and no act)."""
    # (any name either side gives counts as a name, not as a word of the act: "if Lindqvist had worked for
    # him" and "Lindqvist hands control to Okafor" share a person, not an act)
    named = shared | set(m.actors) | cluster.actors | set(m.locations) | cluster.locations
    names = _words(" ".join(named)) | _WHERE_AND_WHEN | _COUNTED_NOUNS
    # (and so do the names the lists do not know, capitalised on either side: "Denver-based Norland")
    names |= _proper_words(m.sentence.text) | cluster.proper
    # (one word is not enough: the story's own word, "spill", "quake", "trial", is in all its reports, so
    # "waters closed since the spill" and "the commission on the spill" would be one act)
    return len((_words(m.sentence.text) & cluster.words) - names) >= SAME_ACT_WORDS


SAME_ACT_WORDS = 2


@functools.lru_cache(maxsize=65_536)
@functools.lru_cache(maxsize=65_536)
def _party(actor: str) -> str:
    """An actor's name without the legal form a company's name may end in: "NWG PLC" -> "NWG"."""
    words = actor.split()
    while len(words) > 1 and words[-1].rstrip(".") in _COMPANY_FORMS:
        words.pop()
    return " ".join(words)


# The words a company's name may end in besides its own: "NWG PLC", "Norland Petroleum Corp."
_COMPANY_FORMS = frozenset("PLC Plc Inc Ltd LLC LLP AG SA NV GmbH Corp Co Corporation Company Group".split())


def _proper_words(text: str) -> frozenset[str]:
    """The words a sentence capitalises past its first: names of parties the lists may not know
    ("Norland", "Bay of Biscay"), which two reports can share without sharing an act."""
    return _words(" ".join(re.findall(r"(?<=[\w,;:)\"”] )[A-Z][a-z]{3,}", text)))


# Words of counting: "three million people" and "five people rescued" share no act
_COUNTED_NOUNS = frozenset(
    "people persons percent hundred hundreds thousand thousands million billion least".split()
)


def _on_topic(m: Mention, cluster: Cluster) -> bool:
    """Whether a report shares a word of substance with the happening's reports, besides the names of
    the country they share: "a pupil diagnosed with bird flu" in the UK and "the biggest selling
    artist in the UK" share a country and nothing else. Within one report, the same acting country or
    two words of the act shared are asked for too."""
    names = _words(" ".join(country_name(c) for c in m.countries)) | _WHERE_AND_WHEN
    own = cluster.by_article.get(m.article, ())
    if not own:
        return bool((_words(m.sentence.text) & cluster.words) - names)
    if any(x.sentence == m.sentence for x in own):
        return True
    if m.agent_country and any(x.agent_country == m.agent_country for x in own):
        # the same country acting on both sides: "Norway's prime minister told his foreign minister to
        # seek answers from Lima" and "Norway summoned Peru's envoy to demand an explanation"
        return True
    # one report's acts of one kind in one country ("the city ordered bars shut", "schools across the
    # country will close"): a country holds many of them, so they are one only by a word of the act
    # they share, not by the names of places, bodies or counts either one gives (nor by one word, the
    # verb of their kind: "ordered the closure of schools" and "ordered not to shake hands")
    names |= _COUNTED_NOUNS | _proper_words(m.sentence.text) | cluster.proper
    names |= _words(" ".join([*m.actors, *m.locations, *cluster.actors, *cluster.locations]))
    theirs = frozenset().union(*(_words(x.sentence.text) for x in own))
    return len((_words(m.sentence.text) & theirs) - names) >= SAME_ACT_WORDS


# Words that say where or when, not what: sharing them is no sign of one topic.
_WHERE_AND_WHEN = frozenset(
    (
        "country countries nation national government monday tuesday wednesday thursday friday saturday "
        "sunday january february march april june july august september october november december today "
        "yesterday week month year"
    ).split()
)
# Words that are no particular of an act: where and when, counting and its units, the company a report
# names as "the company", a pronoun
_NO_PARTICULAR = (
    _WHERE_AND_WHEN
    | _COUNTED_NOUNS
    | frozenset(
        (
            "them company dollars euros pounds tonnes barrels gallons litres liters metres meters miles "
            "kilometres kilometers acres hectares"
        ).split()
    )
)


# Bodies that speak without a name: "officials said", "health officials said", "the authorities said".
_OFFICIAL_VOICES = frozenset(("officials", "official", "authorities"))


def _official_voice(m: Mention) -> bool:
    """Remarks by officials the report does not name or place in a country."""
    words = m.speaker.lower().split()
    return bool(words) and words[-1] in _OFFICIAL_VOICES and not m.speaker_country


# Whose words a spokesperson speaks: "NWG spokesman Mark Roe", "Mark Roe, a NWG spokeswoman", "a
# spokesperson for the Harbour Authority, Mark Roe"
_SPOKES = r"(?:spokes(?:man|woman|person)|press\s+(?:secretary|officer))"
_BODY_BEFORE = re.compile(
    rf"^(?:[’']s?)?\s+(?:(?:chief|deputy|senior|a|the)\s+)?{_SPOKES}\s+$", re.IGNORECASE
)
_BODY_AFTER = re.compile(r"^,\s+(?:the|a|an)\s+$", re.IGNORECASE)
_ROLE_AFTER = re.compile(rf"^(?:[’']s)?\s+(?:(?:chief|deputy|senior)\s+)?{_SPOKES}\b", re.IGNORECASE)
_ROLE_FOR = re.compile(rf"\s{_SPOKES}\s+for\s+(?:the\s+)?$", re.IGNORECASE)
_NAME_AFTER_BODY = re.compile(r"^,?\s+$")
# ... and whose words one of its officers speaks, the role named right beside the body: "Water Board energy
# adviser Ana Roe", "Norland executive director Mark Roe", "Mark Roe, Norland's chief operating officer"
# (up to two words of the role before its head; a chairman, a chief executive or a minister speaks as
# much for themselves, on many matters a day, and is left out: joining a chairman's remarks of the day to
# his company's joined other reports' remarks on other matters)
_OFFICER = (
    r"(?:[\w-]+\s+){0,2}?(?:advis[eo]r|director|officer|official|secretary|administrator|team\s+leader)"
)
_OFFICER_BEFORE = re.compile(rf"^(?:[’']s)?\s+(?:(?:the|an?)\s+)?{_OFFICER}\s+$", re.IGNORECASE)
_OFFICER_AFTER = re.compile(r"^,\s+(?:(?:the|an?)\s+)?$", re.IGNORECASE)
_OFFICER_ROLE = re.compile(rf"^(?:[’']s)?\s+{_OFFICER}\b", re.IGNORECASE)


@per_mention
def voice(m: Mention) -> tuple[str, str]:
    """The speaker, or the body a spokesperson or an officer speaks for, with its country: "NWG spokesman
    Mark Roe said", "NWG energy adviser Ana Lund said" and "NWG said" are one voice, so the same day's
    remarks are one event."""
    text = m.sentence.text
    person = next((e for e in m.entities if e.kind == "actor" and e.name == m.speaker), None)
    if person is None:
        return m.speaker, m.speaker_country
    for body in m.entities:
        if body.kind != "actor" or body.name == m.speaker:
            continue
        if body.end <= person.start:
            between = text[body.end : person.start]
            linked = bool(_BODY_BEFORE.match(between))
            # "the Water Board's Office of Quality Control": an office speaks for the body it belongs to
            linked = linked or (
                re.fullmatch(r"[’']s\s+", between) is not None and names_an_organisation(person)
            )
            # "a spokesperson for the Harbour Authority, Mark Roe"
            linked = linked or (
                _NAME_AFTER_BODY.match(between) is not None
                and _ROLE_FOR.search(" " + text[max(0, body.start - 40) : body.start]) is not None
            )
            # "NWG energy adviser Ana Lund"
            linked = linked or _OFFICER_BEFORE.match(between) is not None
        else:
            between = text[person.end : body.start]
            linked = bool(_BODY_AFTER.match(between)) and bool(_ROLE_AFTER.match(text[body.end :]))
            # "Ana Lund, NWG's operating officer"
            linked = linked or (
                _OFFICER_AFTER.match(between) is not None
                and _OFFICER_ROLE.match(text[body.end :]) is not None
            )
        if linked:
            return body.name, body.country or m.speaker_country
    return m.speaker, m.speaker_country


# Verbs that put who spoke before them, and blaming: a speaker's name after one is what the remarks are
# about ("added", "reported" are left out: "once $2bn has been added to the scheme, the firm ...")
_VOICING = compile_gated(
    r"\b(?:said|says|told|tells|stated|claimed|insisted|argued|warned|blamed|blames|accused|accuses)\b"
)
_SUBJECT_PRONOUN = re.compile(r"(?i)\b(?:he|she|they|it|we|i)\b")


def _another_voice(m: Mention) -> bool:
    """Remarks whose speaker is named only after the verb of saying, with someone else as its subject:
    "A rival's spokesman blamed the company", "The memo said the company's data showed". The speaker
    read from the sentence is whom the remarks are about; the voice is the subject's."""
    if not m.is_speech or not m.speaker:
        return False
    text = m.sentence.text
    verb = _VOICING.search(text)
    if verb is None:
        return False
    # (after a quotation or a comma the subject follows the verb: '"...," said the company')
    opening = max(text.rfind(mark, 0, verb.start()) for mark in ",;:\"“”'`") + 1
    subject = text[opening : verb.start()]
    if not re.search(r"[A-Za-z]", subject) or _SUBJECT_PRONOUN.search(subject):
        return False
    names = {m.speaker, voice(m)[0]}
    spoken = [e for e in m.entities if e.name in names]
    if not spoken or any(e.start < verb.start() for e in spoken):
        return False  # named as the subject, or not at all (the report's speaker, carried on)
    # "..., Homeland Security Secretary Jane Roe said": the speaker is the subject of a later verb
    if any(_VOICING.match(text, e.end + 1) for e in spoken):
        return False
    return not any(word in subject for word in m.speaker.split() if len(word) > 1)


def _carried_to_another_voice(m: Mention) -> bool:
    """Another voice's remarks dated only by the speaker's remarks the report told before them."""
    return m.date_basis == "context" and _another_voice(m)


# (asked of a mention at each comparison, and naming the country needs the gazetteer: kept per mention)
@per_mention
def _speaks_as_its_country(m: Mention) -> bool:
    """Whether the voice is its country's own, or no country's: "Ukraine said", not "Zelenskyy said"."""
    return not m.speaker_country or m.speaker == country_name(m.speaker_country)


# "a spokesman", "the company's spokeswoman": the sex the role's word gives its holder
_SPOKES_OF_A_SEX = re.compile(r"\bspokes(man|woman)\b", re.IGNORECASE)


@per_mention
def _sex_of_its_spokesperson(m: Mention) -> frozenset[str]:
    """The sexes the sentence's words for a spokesperson give, outside quotes: {"man"} for "Norvik spokesman
    Mark Roe said", {"woman"} for "a spokeswoman said", both or neither when the sentence tells no one."""
    unquoted = _QUOTES.sub(" ", m.sentence.text)
    return frozenset(found.lower() for found in _SPOKES_OF_A_SEX.findall(unquoted))


def _spokespeople_of_two_sexes(a: Mention, b: Mention) -> bool:
    """Whether remarks are voiced by a spokesman and a spokeswoman: two people, whose words on a day are
    two occasions even when both speak for one body ("A spokesman for the carrier said the plume had
    shrunk" and "A spokeswoman for the carrier said protests were welcome")."""
    mine, theirs = _sex_of_its_spokesperson(a), _sex_of_its_spokesperson(b)
    return len(mine) == len(theirs) == 1 and mine != theirs


def _same_speaker(a: Mention, b: Mention) -> bool:
    if _spokespeople_of_two_sexes(a, b):
        return False
    if a.article == b.article and (_role_named_for(a, b) or _role_named_for(b, a)):
        # (before `_two_people`: "the UK's ambassador" may be read as a person's name)
        return True
    if _two_people(a, b):
        return False
    if a.speaker and b.speaker and _party(voice(a)[0]) == _party(voice(b)[0]):
        # "NWG said", "NWG spokesman Mark Roe said" and "NWG PLC told the committee"; but "the head of NWG
        # said" is one person, who speaks for themselves as a chairman does (`_head_named_by_office`)
        return _office_alone(a, voice(a)[0]) == _office_alone(b, voice(b)[0])
    if _official_voice(a) and _official_voice(b) and a.article == b.article:
        # "Officials said no one could leave the hotel" and "Health officials said meals would be
        # provided": one report's unnamed officials of one day are one voice
        return True
    if a.article == b.article and (_unread_voice_of(a, b) or _unread_voice_of(b, a)):
        return True
    if a.article == b.article and (_named_in_full_for(a, b) or _named_in_full_for(b, a)):
        return True
    if a.article == b.article and (_the_pair_again(a, b) or _the_pair_again(b, a)):
        return True
    if a.event_type == b.event_type == "denial":
        # a government denies through its ministry, its spokesperson and its capital alike
        return a.speaker_country == b.speaker_country != ""
    if not a.speaker or not b.speaker:
        return bool(a.speaker_country) and a.speaker_country == b.speaker_country
    if a.speaker == b.speaker:
        return True
    # "Ukraine said" and "Zelenskyy said", "Beijing rejected" and "Lin Jian said": a country speaks
    # through its officials, so an unnamed country matches one of its named people.
    a_is_country = _speaks_as_its_country(a)
    b_is_country = _speaks_as_its_country(b)
    if a.article == b.article and _country_unnamed(a if a_is_country else b):
        # "A Briton's family said" read as the country speaking, beside "the ambassador said": a country
        # the sentence never names is no voice of its own, so it is no other voice's either
        return False
    if _country_only_a_place(a if a_is_country else b):
        # "A radio network in Norway reported" read as Norway speaking: a country named only as where
        # another voice is is not the voice, so it speaks through no senator, professor or host either
        return False
    return (a_is_country or b_is_country) and a.speaker_country == b.speaker_country != ""


# "The officials said", "The two ministers added": a definite plural subject with no name, the people the
# report has just named
_THE_PEOPLE_AGAIN = re.compile(
    r"^\W*The\s+(?:two\s+|three\s+)?(?:officials|ministers|secretaries|senators|lawmakers|leaders)\s+"
    r"(?:also\s+)?(?:said|say|added|noted|wrote|told|stressed)\b"
)
# How far back the named people's remarks can be: the paragraphs of their words the report quotes between
PAIR_PARAGRAPHS = 3


def _the_pair_again(later: Mention, named: Mention) -> bool:
    """Whether `later`'s speakers are "the officials" (or ministers, senators ...) whom `named`, a little
    earlier in one report, named together as its subject: "Interior Minister Ana Roe and Health Minister
    Ben Lund said in a letter on Monday that ..." then "The ministers said they hoped ...". A report names
    the people once and goes on about them by the plural."""
    if _THE_PEOPLE_AGAIN.match(later.sentence.text) is None or not named.speaker:
        return False
    if not (
        named.sentence.end <= later.sentence.start
        and later.sentence.paragraph - named.sentence.paragraph <= PAIR_PARAGRAPHS
    ):
        return False
    text = named.sentence.text
    at = text.find(named.speaker)
    if at < 0:
        return False
    # ("Ana Roe and Interior Minister Ben Lund wrote": another person named just before the speaker, by "and")
    before = text[max(0, at - 80) : at]
    joined = re.search(r"\band\s+(?:[A-Z][\w.’'-]*\s+){0,4}$", before)
    if joined is None:
        return False
    ahead = before[: joined.start()]
    return any(
        " " in person and may_be_a_person(person) and ahead.rstrip().endswith(person)
        for person in named.actors
        if person != named.speaker
    )


def _country_unnamed(m: Mention) -> bool:
    """Whether remarks read as a country's name neither the country nor any speaker the sentence names."""
    return bool(m.speaker) and m.speaker not in m.sentence.text


@per_mention
def _country_only_a_place(m: Mention) -> bool:
    """Whether remarks read as a country's take the country for no actor: "A radio network in Norway
    reported", "Many in Norway have criticised" (the voice is someone the sentence places there; "Oslo
    said" and "Norway said" take the country for the actor that speaks, and "Norway's envoy said" names
    the country's own officer)."""
    if not m.speaker or m.speaker in m.actors:
        return False
    text = m.sentence.text
    if any(
        _PLACE_BEFORE.search(text[: at.start()]) is None for at in re.finditer(re.escape(m.speaker), text)
    ):
        return False  # ("It was the first time Norway had made such a claim": the country named as who spoke)
    # ("A senior Norwegian official said": the country's officers speak for it, named by its adjective)
    return (
        re.search(re.escape(m.speaker) + r"[’']s\b", text) is None and _COUNTRYS_OFFICERS.search(text) is None
    )


# "in", "from", "across" before a country's name: the country is where someone is, not who speaks
_PLACE_BEFORE = re.compile(r"\b(?:in|from|across|throughout|around)\s+(?:the\s+)?$", re.IGNORECASE)
# Who speaks for a country when a sentence names the country only by its adjective or possessive
_COUNTRYS_OFFICERS = re.compile(
    r"\b(?:officials?|authorities|ministers?|ministry|government|spokes(?:man|woman|person)|ambassador|envoy|"
    r"president|prime\s+minister)\b",
    re.IGNORECASE,
)


def _two_people(a: Mention, b: Mention) -> bool:
    """Whether one report's remarks are by two people, each named in full, who speak for one body ("NWG
    spokesman Mark Roe said" and "said Ana Lund, NWG's chief operating officer"): two voices, each on a
    matter of their own (one person named in full and then by surname is one voice)."""
    if a.article != b.article or a.speaker == b.speaker or not (a.speaker and b.speaker):
        return False
    names = (a.speaker, b.speaker)
    if not all(" " in n and may_be_a_person(n) and n in m.actors for n, m in zip(names, (a, b), strict=True)):
        return False
    return names[0].split()[-1] != names[1].split()[-1]


# "..., Mr Roe told the radio station", '"...," the Gazette wrote': the name before a verb of saying
_NAMED_VOICE = re.compile(
    r"(?:^|(?<=[\s,;:\"”’']))(?:(?:[Tt]he|Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][\w’'-]+)"
    r"\s+(?:also\s+)?(?:said|says|told|tells|wrote|writes|added|adds|warned|warns|stated)\b"
)


@per_mention
def _named_voice(m: Mention) -> str:
    """The name a sentence with no speaker read gives right before its verb of saying, outside quotes
    ('"The queue was short," Roe said.' gives "roe"), lower-cased; "" when it gives none or several."""
    if m.speaker:
        return ""
    unquoted = re.sub(r"[“\"][^”\"]*[”\"]", " ", m.sentence.text)
    names = {n.group(1).lower() for n in _NAMED_VOICE.finditer(unquoted)}
    names -= {"he", "she", "it", "they", "we", "i", "this", "that", "there", "who", "which"}
    return next(iter(names)) if len(names) == 1 else ""


def _unread_voice_of(unread: Mention, named: Mention) -> bool:
    """Whether remarks whose speaker was not read name, before their verb of saying, the speaker of
    another of the report's remarks by the last word of its name: "Mr Roe told the radio station" and
    "Transport minister Ana Roe said", "the Gazette wrote" and "The Evening Gazette said"."""
    said_by = _named_voice(unread)
    if not said_by or not named.speaker:
        return False
    names = {name for name in {named.speaker, voice(named)[0]} if name}
    if any(
        " " in actor and actor.split()[-1].lower() == said_by and actor not in names
        for actor in unread.actors
    ):
        # "Her sons Tom and Ben Roe said" beside "Ana Roe said": the report names who spoke in full, and
        # a family shares its surname, so the same surname with another given name is another person
        return False
    return any(name.split()[-1].lower() == said_by for name in names)


def _named_in_full_for(short: Mention, full: Mention) -> bool:
    """Whether remarks by a person ("Roe said") are by the one another of the report's remarks names, in
    apposition, as speaking for that remark's speaker: "Mark Roe, the Harbour Authority's spokesman, told
    reporters", whose speaker was read as the body. A report names its speaker once with the role, and by
    name alone after; the two are one voice."""
    person, body = short.speaker, full.speaker
    if not person or not person[:1].isupper() or not body or body == person or not may_be_a_person(person):
        return False
    unquoted = re.sub(r"[“\"][^”\"]*[”\"]", " ", full.sentence.text)
    return any(
        body in role and _APPOSED_ROLE.search(role) is not None for role in _appositions(person, unquoted)
    )


# A speaker read as a role alone: "a paramedic said", "the UK's ambassador said", "a spokeswoman for the
# company told ...": the role's words before what it is of (up to three), the last its noun
_ROLE_OF = re.compile(r"\s+(?:for|of|at|with|to)\s+")
ROLE_WORDS = 3
# How far before a name its role may stand: "Also on Wednesday, paramedic Richard Senneff said"
ROLE_REACH = 60


def _role_named_for(by_role: Mention, by_name: Mention) -> bool:
    """Whether remarks a report gives to a role alone ("a paramedic said", "the UK's ambassador said") are
    by the person it names elsewhere with that role, before the name or in apposition after it ("paramedic
    Ana Roe said", "Ana Roe, the UK's ambassador to Chile, said"): a report names its speaker with the role
    once, and may name the role alone in another paragraph. The role is a common noun in its sentence
    (a body's name, "BP said", is `voice`'s to compare) and every word of it must stand by the name."""
    role, person = by_role.speaker, by_name.speaker
    if not role or not person or role == person or " " not in person or person not in by_name.actors:
        return False
    if not may_be_a_person(person):
        return False  # ("Officials with the state's health department said": a body, whose officials speak)
    words = _ROLE_OF.split(re.sub(r"^(?:the|a|an)\s+", "", role.lower()))[0].split()
    if not words or len(words) > ROLE_WORDS or role.isupper():
        return False
    if not written_between_boundaries(by_role.sentence.text, words[-1]):
        return False  # (the role is written as a common noun, in lower case, where it speaks)
    text = by_name.sentence.text
    at = text.find(person)
    if at < 0:
        return False
    before = text[max(0, at - ROLE_REACH) : at].split(",")[-1]
    after = next(_appositions(person, text), "")
    near = f"{before} {after}".lower()
    return all(written_apart(near, w, "’'") for w in words)


# What a comma sets beside a name: "Mark Roe, the authority's spokesman"
_APPOSED = re.compile(r"\s*,\s+([^,]{3,80})")


def _appositions(person: str, text: str) -> Iterator[str]:
    """What a comma sets beside each naming of `person` in `text`, in order, as the pattern of the name then
    `_APPOSED` finds them (a pattern per person would be compiled anew for most persons a build meets)."""
    at = text.find(person) if person else -1
    while at >= 0:
        apposed = _APPOSED.match(text, at + len(person)) if boundary_at(text, at) else None
        if apposed is not None:
            yield apposed.group(1)
        at = text.find(person, apposed.end() if apposed is not None else at + 1)


# What the apposition names a person as, speaking for a body: "the ministry's spokesman", "head of the
# city's health department", "a director at the agency"
_APPOSED_ROLE = re.compile(
    rf"\b(?:{_SPOKES}|{_OFFICER}|head|chief|chairman|chairwoman|president|manager|minister|commissioner)\b",
    re.IGNORECASE,
)


def _named_otherwise(a: Mention, b: Mention) -> bool:
    """Whether one report names one speaker in full and then shorter: "the Harbour Safety Board (HSB)" and
    "HSB", "Prime Minister Ana Ruiz" and "Ruiz"."""
    if not a.speaker or not b.speaker or a.article != b.article:
        return False
    first, second = voice(a)[0], voice(b)[0]
    return (
        _acronym_of(first, second)
        or _acronym_of(second, first)
        or _surname_of(first, second, a, b)
        or _surname_of(second, first, a, b)
    )


# The offices a body has one holder of: "the head of the Water Board", "the board's chief executive"
_HEAD = (
    r"(?i:head|chief(?:\s+executive)?|leader|president|chair(?:man|woman)?|director[- ]general"
    r"|secretary[- ]general)"
)
_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Professor|Prof)\.?\s+)?"
_SAYING_VERB = r"(?:said|says|told|tells|added|adds|warned|warns|stated)\b"


def _head_named_by_office(m: Mention, cluster: Cluster) -> bool:
    """Whether one report tells one person's remarks twice, once naming the speaker by office alone ("the
    head of the Water Board said on Monday ...") and once by name, the report naming that person as the
    holder of the office elsewhere ("Water Board chief executive Ana Lund told reporters ..."): a body has
    one head, so the two are one voice. The body's own statements, and its spokespeople's, stay apart from
    the head's (`_same_speaker`)."""
    mine = cluster.by_article.get(m.article, ())
    if not m.speaker or not mine or not cluster.best.speaker:
        return False
    # (the happening's voice is its best report's: a report of it in the same article by that voice, not
    # by another one it holds, is what the mention is compared with)
    voiced = [x for x in mine if x.speaker and _party(voice(x)[0]) == _party(voice(cluster.best)[0])]
    # (the holder may be named with the office in any of the report's sentences the happening holds)
    texts = [m.sentence.text, *(x.sentence.text for x in mine)]
    return any(
        _office_alone(by_office, voice(by_office)[0])
        and _holder_named(voice(by_name)[0], voice(by_office)[0], texts)
        for x in voiced
        for by_office, by_name in ((m, x), (x, m))
    )


def _body_names(body: str) -> str:
    """A pattern of a body's name, its name without a legal form, and its acronym ("World Health
    Organization", "WHO")."""
    names = {body, _party(body)}
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", body) if w.lower() not in _MINOR_WORDS]
    if len(words) >= 2:
        names.add("".join(w[0] for w in words).upper())
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@per_mention_and
def _office_alone(m: Mention, body: str) -> bool:
    """Whether remarks read as a body's are made by its head named by office alone: "the head of the Water
    Board said", "the Water Board's chief said" (not "Water Board chief Ana Lund said")."""
    if not body or may_be_a_person(body) or not body[:1].isupper():
        return False
    text = m.sentence.text
    if _HOLDER_NAMED_BEFORE.search(text):
        return False  # "Ana Lund, the head of the Water Board, said": the holder is named
    # (the office's words without the body first, in patterns compiled once: most sentences have none, and
    # the body's own patterns are then not compiled)
    head_of, head_saying = _HEAD_OF.search(text) is not None, _HEAD_SAYING.search(text) is not None
    if not head_of and not head_saying:
        return False
    head_of_body, body_head_saying = _office_of(_body_names(body))
    if head_of and head_of_body.search(text) is not None:
        return True
    # (the office right before the verb: "the board's chief operating officer said" is an officer)
    return head_saying and body_head_saying.search(text) is not None


# "Ana Lund, the head of ...": a name set before the office
_HOLDER_NAMED_BEFORE = re.compile(rf"[A-Z][\w’'-]*,\s+(?i:the)\s+{_HEAD}\s+of\b")
# What `_office_of`'s patterns open and close with: "the head of", "chief said"
_HEAD_OF = re.compile(rf"\b(?i:the)\s+{_HEAD}\s+of\s+")
_HEAD_SAYING = re.compile(rf"{_HEAD}\s*,?\s+{_SAYING_VERB}")


# (kept per body, not in `re`'s cache of 512, which a build's patterns per speaker overflow)
@functools.lru_cache(maxsize=4096)
def _office_of(said: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`_office_alone`'s patterns for a body's names `said`: "the head of the Water Board" (no name after
    it), and "the Water Board's chief said"."""
    return (
        re.compile(rf"\b(?i:the)\s+{_HEAD}\s+of\s+(?:the\s+)?(?:{said})\b(?!\s*,?\s+[A-Z])"),
        re.compile(rf"\b(?:{said})(?:[’']s)?\s+{_HEAD}\s*,?\s+{_SAYING_VERB}"),
    )


def _holder_named(person: str, body: str, texts: Sequence[str]) -> bool:
    """Whether one of `texts` names `person` as the head of `body`: "Water Board chief executive Dr Ana
    Lund", "Ana Lund, the head of the Water Board", "Ana Lund, the Water Board's president"."""
    if not person or person == body or not may_be_a_person(person):
        return False
    said = _body_names(body)
    who = re.escape(person)
    patterns = (
        rf"\b(?:{said})(?:[’']s)?\s+{_HEAD}\s+{_TITLE}(?:[A-Z][\w’'-]*\s+)*?{who}\b",
        rf"\b{who},\s+(?:(?:the|its)\s+)?{_HEAD}\s+of\s+(?:the\s+)?(?:{said})\b",
        rf"\b{who},\s+(?:the\s+)?(?:{said})(?:[’']s)?\s+{_HEAD}\b(?!\s+[a-z])",
    )
    return any(re.search(pattern, text) for pattern in patterns for text in texts)


# Words an acronym leaves out: "Joint Council for Qualifications" is the JCQ
_MINOR_WORDS = frozenset(("of", "for", "the", "and", "on", "in", "to", "&"))


def acronym_letters(name: str) -> str:
    """The letters an acronym of `name` is made of ("World Health Organization" -> "WHO"): the initials of
    its words bar the small ones, in capitals; "" for a name of fewer than two such words."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", name) if w.lower() not in _MINOR_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _acronym_of(short: str, name: str) -> bool:
    """Whether `short` is an acronym of `name` ("WHO", "World Health Organization"): a word in capitals of
    two to six letters, the initials of the name's words of more than one letter bar the small ones."""
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    return acronym_letters(name) == short


# Ranks and honorifics a report puts before a name both in full and after ("Sgt Ana Roe", "Sgt Roe"): the
# titles entities.py reads before a family name, and the police ranks of British copy it does not
_HONORIFIC = re.compile(TITLE.removesuffix(r"\.?\s+") + "|Insp|Inspector|Det|Detective|Supt|Superintendent")


def _honorific_dropped(short: str, name: str) -> tuple[str, str]:
    """The two names without the rank or honorific both open with: ("Insp Roe", "Insp Ana Roe") ->
    ("Roe", "Ana Roe"); names that do not share one are left as they are."""
    mine, theirs = short.split(), name.split()
    if (
        len(mine) > 1
        and len(theirs) > 2
        and mine[0] == theirs[0]
        and _HONORIFIC.fullmatch(mine[0].rstrip("."))
    ):
        return " ".join(mine[1:]), " ".join(theirs[1:])
    return short, name


def _surname_of(short: str, name: str, a: Mention, b: Mention) -> bool:
    """Whether a one-word speaker is the last name of a person one report names in full ("Berlusconi",
    "Silvio Berlusconi"), and neither sentence names another person of that name ("Tito Jackson" and
    "Jackie Jackson" are two; "Jackson" is then either). A rank or honorific both names open with counts
    for neither ("Insp Roe" and "Insp Ana Roe")."""
    told = {short, name}
    short, name = _honorific_dropped(short, name)
    words = name.split()
    if " " in short or len(words) < 2 or words[-1] != short or not short[:1].isupper():
        return False
    if not may_be_a_person(name) or not may_be_a_person(short):
        return False
    namesakes = {x for x in (*a.actors, *b.actors) if x.split()[-1:] == [short] and x != short}
    return namesakes <= {name} | told


class ClusterIndex:
    """Clusters by kind (remarks, whoever made them; the type for acts, or the act for types one act is
    told as) and by the days their window covers, so that a mention is compared only with clusters it
    could join."""

    LONG = 40  # windows longer than this many days are listed apart, not day by day
    # A mention's window longer than this ("has sent", within a year before publication) is compared with
    # every cluster of its kind; a shorter one ("last year") only with the clusters its days overlap.
    HUGE = 3 * 366

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        self._by_day: dict[tuple[str, int], list[Cluster]] = {}
        self._long: dict[str, list[Cluster]] = {}
        self._all: dict[str, list[Cluster]] = {}
        self._made: dict[Cluster, int] = {}
        self._voices: dict[Cluster, _Voice] = {}  # of each cluster's best report, which never changes
        # each article's clusters, whatever their kind: an act one report names again by its noun may have
        # been read as another type (`_act_named_again`)
        self._by_article: dict[str, list[Cluster]] = {}

    @staticmethod
    def kind(m: Mention) -> str:
        toll = _toll_told(m)
        if toll:
            # "Officials said 312 people were infected": the toll, told as remarks, is compared with the
            # tolls (`_restated_toll`), never with the speaker's other remarks
            return toll
        if m.is_speech or m.event_type == "other":
            # one kind for all remarks, whoever made them and whatever country they are of: "Obama said"
            # and "US President Barack Obama said" must meet, and so must a speaker's remarks and the acts
            # of no named kind the speaker tells (`same_happening` tells voices and families apart)
            return "remarks"
        if m.event_type in ONE_ACT_TYPES:
            return ONE_ACT_TYPES[m.event_type]  # (`same_happening` tells the types' families apart)
        return f"{m.event_type}|{m.family}"

    def add(self, cluster: Cluster) -> None:
        key = self.kind(cluster.best)
        self._made[cluster] = len(self.clusters)
        self._voices[cluster] = _voice_facts(cluster.best)
        self.clusters.append(cluster)
        self._all.setdefault(key, []).append(cluster)
        self._by_article.setdefault(cluster.best.article, []).append(cluster)
        start, end = cluster.window
        if (end - start).days > self.LONG:
            self._long.setdefault(key, []).append(cluster)
            return
        for ordinal in range(start.toordinal(), end.toordinal() + 1):
            self._by_day.setdefault((key, ordinal), []).append(cluster)

    def candidates(self, m: Mention) -> list[Cluster]:
        key = self.kind(m)
        start, end = window(m)
        span = (end - start).days
        if span > self.HUGE:
            return self._all.get(key, [])
        if span > self.LONG:
            # Only clusters whose window overlaps (no other can match), in the order they were made:
            # ties between equally good matches then fall as they would among all clusters of the kind.
            overlapping = {c for c in self._long.get(key, ()) if _overlap((start, end), c.window)}
            for ordinal in range(start.toordinal(), end.toordinal() + 1):
                overlapping.update(self._by_day.get((key, ordinal), ()))
            return sorted(overlapping, key=self._made.__getitem__)
        found = dict.fromkeys(self._long.get(key, []))
        for ordinal in range(start.toordinal(), end.toordinal() + 1):
            found.update(dict.fromkeys(self._by_day.get((key, ordinal), [])))
        return list(found)

    def matches(self, m: Mention) -> list[Cluster]:
        # (most candidates of a day are other reports' remarks by other voices: told apart cheaply first)
        mine = _voice_facts(m)
        voices = self._voices
        found = [
            c
            for c in self.candidates(m)
            if (m.article in c.by_article or not _voiced_apart(m, mine, c, voices[c]))
            and same_happening(m, c)
        ]
        # (a court's words and its act of law are of two kinds: its article's happenings are asked too)
        ruling = (
            [
                c
                for c in self._by_article.get(m.article, ())
                if c not in found and _reasons_of_the_ruling(m, c) and _overlap(window(m), c.window)
            ]
            if _bench_voice(m) or _court_act(m)
            else []
        )
        if m.is_speech:
            return ruling + found
        key = self.kind(m)
        # (first: among equally near happenings, the one the sentence names is the one it tells)
        return (
            ruling
            + [
                c
                for c in self._by_article.get(m.article, ())
                if self.kind(c.best) != key and _act_named_again(m, c) and _overlap(window(m), c.window)
            ]
            + found
        )

    def joined(self, cluster: Cluster, m: Mention) -> None:
        """Note that a mention joined the cluster: its article's clusters now include it."""
        listed = self._by_article.setdefault(m.article, [])
        if cluster not in listed:
            listed.append(cluster)


@dataclass(frozen=True)
class _Voice:
    """What `_same_speaker` compares of remarks in two articles, read once per mention."""

    toll: bool  # a toll told as remarks, compared as tolls are (`_restated_toll`)
    remarks: bool  # `_remarks`
    speech: bool
    speaker: str
    party: str  # the voice's, by `_party`
    country: str
    of_the_country: bool  # the speaker is the country itself ("Ukraine said")


@per_mention
def _voice_facts(m: Mention) -> _Voice:
    party = _party(voice(m)[0]) if m.speaker else ""
    of_the_country = bool(m.speaker_country) and m.speaker == country_name(m.speaker_country)
    toll = bool(_toll_told(m))
    return _Voice(toll, _remarks(m), m.is_speech, m.speaker, party, m.speaker_country, of_the_country)


def _voiced_apart(m: Mention, mine: _Voice, cluster: Cluster, theirs: _Voice) -> bool:
    """Whether the mention, from an article the happening has no report from, is remarks by a voice other
    than its best report's (`mine` and `theirs` are their `_voice_facts`), or remarks beside an act: then
    `same_happening` is false at its first test. Across articles,
    `_carried_on` never holds and `_of_one_kind` holds for remarks only with the same speaker, the same
    voice or the same country of speaker (`_same_speaker`; `_head_named_by_office` and
    `_named_otherwise` ask for one article). One country's two named voices are one only when one of them
    is the country itself, or in a denial."""
    if mine.toll or theirs.toll or not (mine.speech or theirs.speech):
        return False
    if not (mine.remarks and theirs.remarks):
        return True  # (remarks and an act are never of one kind)
    if mine.speaker and theirs.speaker and (mine.party == theirs.party or mine.speaker == theirs.speaker):
        return False
    if not (mine.country and mine.country == theirs.country):
        return True
    if not (mine.speaker and theirs.speaker):
        return False
    return not (
        mine.of_the_country
        or theirs.of_the_country
        or "denial" in (m.event_type, cluster.best.event_type, cluster.event_type)
    )


def cluster_mentions(mentions: Iterable[Mention]) -> list[Cluster]:
    """Group mentions into happenings: the pass (`merge_pass`), then one report's runs of one occasion's
    remarks joined (`regroup`)."""
    return regroup(merge_pass(mentions))


def merge_pass(mentions: Iterable[Mention]) -> list[Cluster]:
    """Group mentions into happenings in one pass; strongly dated mentions first, so that they set the
    dates. Each mention joins one happening or starts one; two happenings are never joined."""
    index = ClusterIndex()
    weak: list[Mention] = []
    for mention in sorted(mentions, key=date_strength):
        if mention.undated_past:
            weak.append(mention)
            continue
        matches = index.matches(mention)
        if matches:
            chosen = nearest(matches, mention)
            chosen.add(mention)
            index.joined(chosen, mention)
        else:
            index.add(Cluster([mention]))
    # "North Korea has sent troops": part of a dated deployment, or dropped unless it is a running toll
    for mention in weak:
        matches = index.matches(mention)
        if _running_toll(mention):
            # "has killed up to 159 people" on Wednesday and "up to 164" on Saturday: two counts
            matches = [c for c in matches if c.best.published == mention.published or _same_count(mention, c)]
        if matches:
            chosen = max(
                matches, key=lambda c: (len({x.article for x in c.mentions}), -c.window[0].toordinal())
            )
            chosen.add(mention)
            index.joined(chosen, mention)
        elif stands_alone(mention, index.candidates(mention)):
            index.add(Cluster([mention]))
    return index.clusters


def regroup(clusters: list[Cluster]) -> list[Cluster]:
    """The pass's happenings with one report's runs of one occasion's remarks joined (`one_occasion`):
    the pass never joins two happenings, so a voice's remarks split by another happening stay two.
    Only happenings of one article's remarks are joined; the joined one keeps the earliest one's place."""
    groups = occasions(clusters)
    if len(groups) == len(clusters):
        return clusters
    return [joined([clusters[at] for at in group]) for group in groups]


def occasions(clusters: Sequence[Cluster]) -> list[list[int]]:
    """The places of the happenings `regroup` makes one, each group in order and the groups in the order
    of their first place. Only happenings of the same article are compared, so the groups of an article's
    happenings are the same among any others (an add regroups only the articles it touched)."""
    runs: dict[str, list[int]] = {}
    acts: dict[str, list[int]] = {}
    said: dict[str, list[int]] = {}
    for at, cluster in enumerate(clusters):
        if len(cluster.by_article) == 1 and all(map(_plain_remark, cluster.mentions)):
            said.setdefault(cluster.best.article, []).append(at)
        if len(cluster.by_article) == 1 and cluster.event_type in SPEECH_TYPES:
            runs.setdefault(cluster.best.article, []).append(at)
        elif len(cluster.by_article) == 1 and (_of_no_named_kind(cluster) or _of_a_named_kind(cluster)):
            acts.setdefault(cluster.best.article, []).append(at)
    joined_to: dict[int, int] = {}

    def root(at: int) -> int:
        while at in joined_to:
            at = joined_to[at]
        return at

    for ats in runs.values():
        for first, second in itertools.combinations(ats, 2):
            a, b = clusters[first], clusters[second]
            # (a denial or a claim is an event of its own beside the speaker's other remarks)
            if (
                root(first) != root(second)
                and a.event_type == b.event_type
                and (_overlap(a.window, b.window) or _undated_of_its_day(a, b) or _undated_of_its_day(b, a))
                and one_occasion(a.mentions, b.mentions, _one_voice)
                # ("Separately, the carrier said ...": another matter, `_told_separately`)
                and not any(_told_separately(x) for x in (*a.mentions, *b.mentions))
            ):
                # (the group is named by its earliest place, whatever order its pairs were found in)
                low, high = sorted((root(first), root(second)))
                joined_to[high] = low
    # (an act of no named kind joins one act of a named kind at most: two named acts it shares words with
    # are two happenings, which it must not bring together)
    named = {at for ats in acts.values() for at in ats if _of_a_named_kind(clusters[at])}
    for ats in acts.values():
        for first, second in itertools.combinations(ats, 2):
            a, b = clusters[first], clusters[second]
            low, high = sorted((root(first), root(second)))
            if low != high and not (low in named and high in named) and _one_act_named_twice(a, b):
                joined_to[high] = low
                if high in named:
                    named.add(low)
    by_article: dict[str, list[int]] = {}
    for at, cluster in enumerate(clusters):
        if len(cluster.by_article) == 1:
            by_article.setdefault(cluster.best.article, []).append(at)
    # (one voice's plain remarks of the day, however far apart the report gives them: `_one_voice_that_day`)
    for article, ats in said.items():
        # (a live report's sections are of several days and hours: `_live_report`)
        if _live_report(clusters, by_article[article]):
            continue
        for first, second in itertools.combinations(ats, 2):
            low, high = sorted((root(first), root(second)))
            if low != high and _one_voice_that_day(clusters[first], clusters[second]):
                joined_to[high] = low
    # (a document's findings told sentence by sentence after the sentence that brings it in:
    # `_document_of_the_report`)
    for ats in by_article.values():
        for later_at in ats:
            anchor_at = _document_of_the_report(clusters, later_at, ats)
            if anchor_at is not None and root(later_at) != root(anchor_at):
                low, high = sorted((root(later_at), root(anchor_at)))
                joined_to[high] = low
    # (a toll or count told sentence by sentence, whichever of a toll and a count each sentence was typed as:
    # `_tolls_told_on`)
    for ats in by_article.values():
        tolls = [at for at in ats if clusters[at].event_type in _TOLLS_OF_DISASTER]
        for first, second in itertools.combinations(tolls, 2):
            low, high = sorted((root(first), root(second)))
            if low != high and _tolls_told_on(clusters[first], clusters[second]):
                joined_to[high] = low
    # (an act and its doer's remarks telling it again, of one day: `_restated_by_its_doer`)
    for ats in by_article.values():
        for first, second in itertools.combinations(ats, 2):
            low, high = sorted((root(first), root(second)))
            if low != high and (
                _act_and_its_doers_words(clusters[first], clusters[second])
                or _act_and_its_doers_words(clusters[second], clusters[first])
            ):
                # an act of two doers takes the remarks of one of them: "Norvik and Brenmar signed the
                # accord", then what Norvik said of it and what Brenmar said of it are two voices' remarks,
                # which the act would make one event (the first voice's remarks go with the act)
                bests = [clusters[at].best for at in ats if root(at) in (low, high)]
                voices = [m for m in bests if m.event_type in SPEECH_TYPES]
                if all(_same_speaker(a, b) for a, b in itertools.combinations(voices, 2)):
                    joined_to[high] = low
    # (an act and another voice's remarks telling it again, of one day: `restated_by_another_voice`; remarks
    # that tell two acts again would make the two one, and join neither; a live report's sections are of
    # several hours, whose acts and remarks are told apart: `_live_report`)
    for ats in by_article.values():
        if _live_report(clusters, ats):
            continue
        for remarks_at in ats:
            told = [at for at in ats if _act_and_anothers_words(clusters[at], clusters[remarks_at])]
            if len(told) == 1 and root(told[0]) != root(remarks_at):
                low, high = sorted((root(told[0]), root(remarks_at)))
                joined_to[high] = low
    for article, ats in runs.items():
        for run_at in ats:
            act_at = _act_its_quote_goes_on(
                clusters, run_at, [at for at in acts.get(article, ()) if at in named]
            )
            if act_at is not None and root(run_at) != root(act_at):
                low, high = sorted((root(run_at), root(act_at)))
                joined_to[high] = low
    groups: dict[int, list[int]] = {}
    for at in range(len(clusters)):
        groups.setdefault(root(at), []).append(at)
    return list(groups.values())


@per_mention
def _plain_remark(m: Mention) -> bool:
    """Whether a mention is a voice's plain words: a statement (a claim or a denial is an event of its
    own, and an act or a plan the voice tells, "it said it would sell the plant", names a deed with its
    own object), by a speaker the extraction read by name, that nothing sets apart as another occasion
    or matter ("Earlier,", "Separately,") and that an unnamed head of the body does not voice ("the
    director general of the agency said": the head speaks for themselves as much as for the body). A
    country read as the speaker is often only the country of whoever spoke ("Ruritania's union of
    hauliers said"), so it names no voice."""
    if not (m.is_speech and m.event_type == "statement" and m.speaker):
        return False
    if m.speaker_country and m.speaker == country_name(m.speaker_country):
        return False
    unquoted = _QUOTES.sub(" ", m.sentence.text)
    if _HEAD_OF.search(unquoted) or _HEAD_SAYING.search(unquoted):
        return False
    return not (set_apart(m) or _told_separately(m))


def _own_days(cluster: Cluster) -> frozenset[tuple[dt.date, dt.date]]:
    """The days a happening's reports give of their own ("on Monday"), not from the report's date."""
    return frozenset(
        (m.date_start, m.date_end) for m in cluster.mentions if m.date_basis in ("explicit", "resolved")
    )


# A live report's or a daily log's section opened by its time, an update's stamp or a place's heading:
# "10.42am: ...", "14:05 GMT", "6pm CDT: ...", "UPDATE 3-", "In the capital: ..." (its sections are of
# several hours or days, so a voice's undated words in one are not of another's day)
_SECTION_STAMP = compile_for_search(
    r"^\W*(\d{1,2}[:.]\d{2}\s*((?i:a\.?m\.?|p\.?m\.?)|GMT|BST|UTC|[ECMP][SD]?T)?\b|UPDATE\s+\d|(?i:updated)\b"
    # (an hour with no minutes, "6pm CDT:", only as a heading: before a colon)
    r"|\d{1,2}\s*(?i:a\.?m\.?|p\.?m\.?)(\s*(GMT|BST|UTC|[ECMP][SD]?T))?\s*:"
    # ("In Kestrel:", "In the capital:", "At the border:": a place heading, a name or "the" and a noun)
    r"|(In|At|On|From)\s+([A-Z][\w.-]*(\s+[A-Z][\w.-]*){0,3}|the\s+[\w.-]+(\s+[\w.-]+)?):)"
)


def _live_report(clusters: Sequence[Cluster], ats: Sequence[int]) -> bool:
    """Whether a report's sentences open two sections or more by a time or an update's stamp (a live
    report's sections: `_SECTION_STAMP`)."""
    stamps = {
        m.sentence.start
        for at in ats
        for m in clusters[at].mentions
        if _SECTION_STAMP.search(m.sentence.text)
    }
    return len(stamps) >= 2


def _one_voice_that_day(a: Cluster, b: Cluster) -> bool:
    """Whether two happenings of one report, each only plain words (`_plain_remark`), are one voice's
    remarks of one day: "The minister said on Monday the dam was safe." and, paragraphs on, after other
    voices, "The minister said more inspections would follow." News names the day of an occasion once
    and comes back to the same voice's words further down without it; words with no day of their own
    are of that day, so they are one event (each sentence stays a mention of it). Two days given, a
    claim or a denial, or a deed the voice tells stay apart."""
    # (one day, the same for both: a window of days overlapping another may be another day's words)
    if a.window != b.window or a.window[0] != a.window[1]:
        return False
    if {m.planned for m in a.mentions} != {m.planned for m in b.mentions}:
        return False
    mine, theirs = _own_days(a), _own_days(b)
    if mine and theirs and mine != theirs:
        return False
    # (both sentences name the voice: a pronoun far from its name may stand for someone else)
    return any(
        _one_speaker(x.speaker, y.speaker) and _names_its_speaker(x) and _names_its_speaker(y)
        for x in a.mentions
        for y in b.mentions
    )


def _one_speaker(one: str, other: str) -> bool:
    """Whether two speakers are one by their names: the same name, or a name in full and its last word
    ("Ana Roe" and "Roe"). A body and its spokesperson are not taken as one here: the spokesperson's
    words may be another occasion's, and a body read from a sentence may be only whom it is about."""
    if not one or not other:
        return False
    short, full = sorted((one, other), key=len)
    return short == full or (" " in full and short == full.split()[-1])


# A document the report has brought in, given again as the voice of what it tells: "The survey said ...",
# "the report found ...", "In its report, the firm said ...", "according to the study" (a definite article or
# a possessive: "a study by the institute said" or "another survey found" is another document). A word
# before the noun that sets it apart from the one brought in ("the earlier report", "last year's
# review") makes another document.
_DOCUMENT_NOUNS = ("report", "survey", "study", "review", "poll", "audit", "assessment", "inquiry")
_DOCUMENTS = rf"(?:{'|'.join(_DOCUMENT_NOUNS)})"
_DOCUMENT_VOICE = compile_for_search(
    rf"\b(?i:the|its|this)\s+(?P<words>(?:[\w-]+\s+){{0,2}}?)(?P<noun>{_DOCUMENTS})\s+(?:also\s+)?"
    r"(?:said|says|found|finds|showed|shows|concluded|concludes|estimated|estimates|acknowledged|"
    r"acknowledges|noted|notes|recommended|recommends|warned|warns|suggested|suggests|added|adds|blamed|"
    r"blames|cited|cites)\b"
    rf"|(?:\b(?i:according\s+to)|^\W*(?i:in))\s+(?i:the|its|this)\s+(?P<words_in>(?:[\w-]+\s+){{0,2}}?)"
    rf"(?P<noun_in>{_DOCUMENTS})\b",
)
_ANOTHER_DOCUMENT = frozenset(
    "earlier previous prior last original separate other second first new older".split()
)


@per_mention
def _document_voice(m: Mention) -> str:
    """The document a mention's sentence gives as the voice of what it tells ("survey" for "The survey
    said people felt stressed"), "" when none or another one than the report brought in before."""
    found = _DOCUMENT_VOICE.search(_QUOTES.sub(" ", m.sentence.text))
    if found is None:
        return ""
    words = (found.group("words") or found.group("words_in") or "").lower().split()
    if _ANOTHER_DOCUMENT.intersection(words) or any(w.endswith(("'s", "’s")) or w.isdigit() for w in words):
        return ""
    return (found.group("noun") or found.group("noun_in")).lower()


# Words quoted, with their marks: a document a quote names is brought in by the voice quoted, often in
# reply ('"As we review the firm's report published today, we find errors," the contractor said')
_QUOTES = re.compile(r"[“\"][^”\"]*[”\"]|``.*?''")
# What a document brought in does, or what is done to bring it out: "a survey released on Tuesday
# showed", "in an internal report issued on Wednesday", "the firm published a review" (a reply to it,
# "the union dismissed the firm's report", speaks of a document another voice brought out)
_RELEASED_OR_TELLING = compile_for_search(
    r"\b(?:released|published|issued|unveiled|presented|submitted|delivered|commissioned|showed|shows|"
    r"found|finds|said|says|suggested|suggests|concluded|concludes|estimated|estimates|revealed|reveals)\b",
    re.IGNORECASE,
)
# How near the document's noun that verb is, either side: a few words
RELEASE_REACH = 40


def _brings_in(named: re.Pattern[str], clause: str) -> bool:
    """Whether a clause brings in a document (`named`: "a survey", "the firm's report") as one released
    or telling its findings, with the verb that says so within a few words of it."""
    for found in named.finditer(clause):
        near = clause[max(0, found.start() - RELEASE_REACH) : found.end() + RELEASE_REACH]
        if _RELEASED_OR_TELLING.search(near):
            return True
    return False


# ("A Norland survey", "an internal report", "the firm's review": brought in; "branded the report
# self-serving" speaks of one the reader already knows), by the document's noun
_BROUGHT_IN = {
    noun: re.compile(rf"\b(?:(?i:a|an|its|their)|[A-Z][\w.&-]*[’']s)\s+(?:[\w$,.&-]+\s+){{0,4}}?{noun}\b")
    for noun in _DOCUMENT_NOUNS
}
_ANOTHER_OF_THE_KIND = {
    noun: re.compile(
        rf"\b(?:another|a\s+second|a\s+separate|an\s+earlier|a\s+previous)\s+(?:[\w-]+\s+){{0,2}}?{noun}\b",
        re.IGNORECASE,
    )
    for noun in _DOCUMENT_NOUNS
}


# A deed told in what a document says: "had shot dead", "had been looted", "troops killed" (a state or a
# count, "one household in five was behind on rent", "prices had risen", tells none)
_DEED_TOLD = compile_for_search(
    r"\b(?:had|has|have)\s+(?:been\s+)?(?:\w+ly\s+)?(?P<verb>[a-z]+ed|shot|struck|hit|burnt|stolen|taken|beaten"
    r"|thrown|driven|sold|built|fought)\b"
    r"|\b(?:killed|shot|wounded|injured|arrested|detained|destroyed|bombed|attacked|executed|tortured|looted"
    r"|expelled|abducted|kidnapped|massacred)\b",
)


@per_mention
def _tells_a_deed(m: Mention) -> bool:
    """Whether what a mention's document says tells a deed (`_DEED_TOLD`), after the words that give the
    document as its voice."""
    text = _QUOTES.sub(" ", m.sentence.text)
    voice = _DOCUMENT_VOICE.search(text)
    for found in _DEED_TOLD.finditer(text, voice.end() if voice else 0):
        if found["verb"] is None or deed_verb(found["verb"]):
            return True
    return False


def _document_of_the_report(clusters: Sequence[Cluster], later_at: int, ats: Sequence[int]) -> int | None:
    """The place of the happening whose report brings in the document that the happening at `later_at`
    gives as its voice, sentence after sentence ("A Norland survey released on Tuesday showed debts
    rising." then "The survey said one household in five was behind on rent."): the findings are what
    the document tells, so one event with its release. None when the later happening is not only the
    document's words, gives a day of its own other than the release's, or no sentence before brings in a
    document of that kind in its own clause (the first report that names one, unless it is "another" one:
    a sentence that names a document beside an act of its own tells the act)."""
    later = clusters[later_at]
    # (a deed the document tells, "the report said troops had shot dead 40 civilians", is a happening of
    # its own, which the release must not swallow: only findings that tell no act join it)
    if later.event_type != "statement" or any(_tells_a_deed(m) for m in later.mentions):
        return None
    nouns = {_document_voice(m) for m in later.mentions}
    if len(nouns) != 1 or "" in nouns:
        return None
    noun = nouns.pop()
    first = min(m.sentence.start for m in later.mentions)
    named, another = _BROUGHT_IN[noun], _ANOTHER_OF_THE_KIND[noun]
    bringing = [
        (m.sentence.start, at)
        for at in ats
        if at != later_at
        for m in clusters[at].mentions
        if m.sentence.start < first
        and _brings_in(named, m.clause)
        and _brings_in(named, _QUOTES.sub(" ", m.sentence.text))
    ]
    if not bringing:
        return None
    start, at = min(bringing)
    anchor = clusters[at]
    text = next(m.sentence.text for m in anchor.mentions if m.sentence.start == start)
    if another.search(text) or {m.planned for m in anchor.mentions} != {m.planned for m in later.mentions}:
        return None
    if _overlap(anchor.window, later.window):
        return at
    # (findings with no day of their own in a report of a few days after the release: "A survey
    # released on Monday showed ..." in a Thursday report, then "The survey said ...")
    published = later.best.published
    opens, closes = anchor.window
    return at if not _own_days(later) and closes <= published and published - opens <= REPORT_DAYS else None


def _act_its_quote_goes_on(clusters: Sequence[Cluster], run_at: int, named_acts: Sequence[int]) -> int | None:
    """The place of the act of a named kind, told by a speaker in the sentence just before, whose speaker
    the remarks at `run_at` quote going on ("More than 2,000 families have been evacuated, the agency's
    director told reporters." then '"More will have to leave," she said.': `goes_on_from_act`); None when
    there is none. The act must be dated at least as well as the remarks, so that it leads the event and
    keeps its type and date."""
    run = clusters[run_at]
    first = min(run.mentions, key=lambda x: x.sentence.start)
    for at in named_acts:
        act = clusters[at]
        if min(map(date_strength, act.mentions)) < min(map(date_strength, run.mentions)) and any(
            goes_on_from_act(first, x) for x in act.mentions
        ):
            return at
    return None


def _act_and_its_doers_words(act: Cluster, remarks: Cluster) -> bool:
    """Whether one report's remarks tell again its act of the same day in the words of the act's doer
    (`restated_by_its_doer`): "Norvik agreed on Tuesday to sell its terminal" and "The terminal sale will
    close in March, Norvik said". The speaker must be among the act's actors, by party ("Norvik PLC")."""
    speaker = remarks.best.speaker
    return (
        bool(speaker)
        and act.event_type not in SPEECH_TYPES
        and remarks.event_type == "statement"
        and _party(speaker) in act.parties
        and restated_by_its_doer(act.mentions, remarks.mentions)
    )


def _act_and_anothers_words(act: Cluster, remarks: Cluster) -> bool:
    """Whether one report's plain remarks, by any voice, tell again its act of the same day
    (`restated_by_another_voice`): "Rebels shelled the port on Monday" and "The mayor said Monday's
    shelling of the port wrecked the pier" are one happening with two sources."""
    # (the act must be dated at least as well as the remarks, and stated as well for a title, so that it
    # leads the event and keeps its type, title and date)
    return (
        act.event_type not in SPEECH_TYPES
        and remarks.event_type == "statement"
        and min(date_strength(m)[:2] for m in act.mentions)
        <= min(date_strength(m)[:2] for m in remarks.mentions)
        and min(_title_quality(m)[:4] for m in act.mentions)
        <= min(_title_quality(m)[:4] for m in remarks.mentions)
        and restated_by_another_voice(act.mentions, remarks.mentions)
    )


def _undated_of_its_day(undated: Cluster, dated: Cluster) -> bool:
    """Whether remarks a report gives no day of their own may be of the occasion it dated a few days before
    publication: "Ruiz made the comments on Wednesday" in a Friday report, and "Ruiz suggested the storm was
    a judgement" with no day. A report names the day of an occasion once and goes on about it without
    the day again; `one_occasion` then asks for one voice, a few paragraphs apart, nothing setting the
    remarks apart as another occasion."""
    if not all(x.date_basis == "publication" for x in undated.mentions):
        return False
    published = undated.best.published
    start, end = dated.window
    # (both name the speaker: "She said she got her claim on Thursday" may be another woman's remarks
    # than those of the one the pronoun was read as)
    return (
        end <= published
        and published - start <= REPORT_DAYS
        and _names_its_speaker(dated.best)
        and any(_names_its_speaker(x) for x in undated.mentions)
    )


def _names_its_speaker(m: Mention) -> bool:
    """Whether the sentence of remarks names their speaker, by the last word of the name, outside quotes."""
    unquoted = re.sub(r"[“\"][^”\"]*[”\"]", " ", m.sentence.text)
    return bool(m.speaker) and written_between_boundaries(unquoted, m.speaker.split()[-1])


def joined(group: Sequence[Cluster]) -> Cluster:
    """One happening of the reports of `group` (in the pass's order), as the pass would have built it had
    they come to one happening: the best dated first. An act of no named kind joined to an act of a named
    kind (`_one_act_named_twice`) takes that kind, whichever report is dated best."""
    if len(group) == 1:
        return group[0]
    # (of reports dated alike, an act before remarks: joined remarks that tell it again are its sources,
    # whichever the report gives first)
    ordered = sorted(
        (m for cluster in group for m in cluster.mentions),
        key=lambda m: (date_strength(m)[:2], _remarks(m), date_strength(m)),
    )
    whole = Cluster([ordered[0]])
    for mention in ordered[1:]:
        whole.add(mention)
    if whole.event_type == "other":
        kinds = [x.event_type for x in ordered if x.event_type != "other" and not (x.is_speech or x.speaker)]
        whole.event_type = kinds[0] if kinds else whole.event_type
    return whole


def _of_no_named_kind(cluster: Cluster) -> bool:
    """Whether every report of a happening tells an act of no named type or family, and no speaker tells
    it (an act a speaker tells is what the speaker said)."""
    return all(x.event_type == "other" and x.family == "other" and not x.speaker for x in cluster.mentions)


def _of_a_named_kind(cluster: Cluster) -> bool:
    """Whether a happening is an act of a named type or family, not remarks."""
    return not any(x.is_speech for x in cluster.mentions) and any(
        (x.event_type != "other" or x.family != "other") and not (x.event_type == "other" and x.speaker)
        for x in cluster.mentions
    )


# The share of the words of two clauses' acts that one act told twice has in common at least: "A platform
# in the gulf caught fire on Thursday" and "Thursday's fire began on top of a production platform" share
# "fire" and "platform" of six words
SAME_ACT_SHARE = 0.3


def _one_act_named_twice(a: Cluster, b: Cluster) -> bool:
    """Whether two happenings of one report, neither of them remarks, are one act the report tells twice:
    once in words that name no kind of act ("A production platform caught fire on Thursday") and once in
    words that do ("Thursday's fire began on the platform", a disaster). The two tellings give the same day
    themselves, in two sentences, and their clauses share words of the act besides names, places and the
    day (at least two, and a good share of them). A report's two acts of a day that share fewer words are
    two happenings ("Crews laid booms on Thursday" beside the fire); so are two acts both of a named kind,
    which the pass has kept apart."""
    if not ((_of_no_named_kind(a) and _of_a_named_kind(b)) or (_of_a_named_kind(a) and _of_no_named_kind(b))):
        return False
    if not _overlap(a.window, b.window):
        return False
    sentences = {x.sentence.start for x in a.mentions}
    if any(y.sentence.start in sentences for y in b.mentions):
        return False  # (one sentence cut into two happenings tells two)
    places = a.locations | a.countries
    theirs = b.locations | b.countries
    if places and theirs and not places & theirs:
        return False
    return any(_one_act_in_two_clauses(x, y) for x in a.mentions for y in b.mentions)


def _one_act_in_two_clauses(x: Mention, y: Mention) -> bool:
    """Whether two reports dated to one day by themselves tell one act: the words of their clauses."""
    if not (_own_date(x) and _own_date(y) and x.precision == y.precision == "day"):
        return False
    if (x.date_start, x.date_end) != (y.date_start, y.date_end) or x.planned != y.planned:
        return False
    return _clauses_share_the_act(x, y)


def _clauses_share_the_act(x: Mention, y: Mention) -> bool:
    """Whether two clauses share words of the act besides names, places and the day: at least two, and a
    share of them."""
    names = _words(" ".join([*x.actors, *y.actors, *x.locations, *y.locations]))
    names |= _WHERE_AND_WHEN | _PARTS_OF_A_DAY | _COUNTED_NOUNS
    names |= _proper_words(x.sentence.text) | _proper_words(y.sentence.text)
    mine, theirs = _words(x.clause) - names, _words(y.clause) - names
    shared = mine & theirs
    return len(shared) >= SAME_ACT_WORDS and len(shared) / len(mine | theirs) >= SAME_ACT_SHARE


def _one_voice(a: Mention, b: Mention) -> bool:
    """Whether two remarks of one report are by one named voice (a body and its spokesperson, a person
    named in full and then by surname)."""
    return bool(a.speaker and b.speaker) and (_same_speaker(a, b) or _named_otherwise(a, b))


def stands_alone(m: Mention, candidates: Iterable[Cluster]) -> bool:
    """Whether an undated act in the present perfect that joined no happening is one of its own, dated by
    its report, rather than dropped: a running toll ("has killed 64 people"), or a later count of what a
    happening of the days before counted (`_later_count`): "the number of cases has reached 5,251" days
    after "1,100 cases" is news of its report's day. An act of no named kind ("5,000 volunteers have
    helped since the spring") is more often a report's aside than news."""
    if _running_toll(m):
        return True
    if _news_said_on_its_day(m):
        # ("The port authority says 40 wrecks have been raised": remarks of the report's day, its news)
        return True
    if m.event_type == "casualties" and _one_dead(m) and _ANOTHER_ONE.match(m.sentence.text):
        # "Another guide is feared to have died": the report tells a death as one more, its own news
        return True
    # ("The union has lost 300 members", "the council has pledged $2m": a figure lost, spent or raised by
    # the time of writing is a count of the report's days, as a running toll is)
    if perfect_figure_report(m.sentence.text) is not None or perfect_milestone(m.sentence.text) is not None:
        return True
    # ("The virus has been found in 2,300 people, according to the ministry": a count as it stands too)
    if count_by_its_source(m.sentence.text, m.figures):
        return True
    if _movement_of_the_day(m.sentence.text):
        return True
    # (a toll or a disaster told so is a count as of the report, read above, or the story's background)
    if m.event_type not in ("other", "casualties", "disaster", *SPEECH_TYPES) and _own_act_of_the_day(
        m.sentence.text
    ):
        return True
    return m.event_type != "other" and any(same_happening(m, c, resembling=True) for c in candidates)


# A named doer's arrival, departure, deployment, sending, opening or ending told in the present perfect:
# "Two Ruritanian navy ships have docked at the port", "the Red Cross has sent a second team", "the border
# crossing has reopened". Such an act has just happened, so it is news of its report's day. The name must
# come before the verb (a capital inside the sentence: "the search has ended" names nobody); a sentence that
# tells a span ("since the spring", "for years", "over the past month") or a condition is an aside.
_MOVEMENT_PERFECT = re.compile(
    r"^(?P<before>.*?)\b(?:has|have)\s+(?:now\s+|also\s+|already\s+|finally\s+|officially\s+|just\s+)?"
    # ("have been closed", "has been opened": a state the writer finds, not an act)
    r"(?:been\s+(?!closed\b|opened\b))?(?:arrived|landed|docked|touched\s+down|departed|withdrawn|pulled\s+out|set\s+sail|"
    r"deployed|dispatched|sent|airlifted|flown|shipped|evacuated|opened|reopened|ended|closed|halted|"
    r"suspended|called\s+off|lifted)\b",
)
_SPAN_ASIDE = re.compile(
    r"\b(?:since|for\s+(?:the\s+(?:past|last)\s+)?(?:\w+\s+)?(?:years|months|weeks|decades)|over\s+the\s+"
    r"(?:past|last|years)|in\s+recent\s+(?:years|months|weeks)|ever|never|often|repeatedly|long|if|unless)\b",
    re.IGNORECASE,
)


def _movement_of_the_day(text: str) -> bool:
    """Whether a sentence tells, in the present perfect, a named doer's arrival, departure, deployment,
    sending, opening or ending, with no span of time that makes it an aside."""
    found = _MOVEMENT_PERFECT.search(text)
    if found is None or _SPAN_ASIDE.search(text):
        return False
    # a name before the verb, past the sentence's first word (which is capitalised anyway)
    before = found.group("before").split()[1:]
    return any(w[:1].isupper() for w in before)


# An act of a named kind told in the present perfect by a doer the sentence names before the verb ("Senator
# Jane Roe has subpoenaed the records", "The Velora court has frozen the accounts"): the report's own new
# act, news of its day, though it gives no count. Told in the passive, the named one is acted on ("The
# concert has been criticised"); a plea stands from day to day ("has pleaded not guilty"); a span of time
# or a condition makes it an aside.
_PERFECT_DEED = re.compile(
    # ("has already paid": a reminder of what was done before, not the day's act)
    r"^(?P<before>.*?)\b(?:has|have)\s+(?:now\s+|also\s+|just\s+)?(?!been\b)(?P<verb>[a-z]{3,}(?:ed|en))\b"
)


# ("In the past, floods have cut the line": told as before the report's time; "has halted drilling for the
# moment": a measure told as it stands, a standing state, not the day's act)
_PAST_ASIDE = re.compile(
    r"\bin\s+the\s+past\b|\bpreviously\b|\bonce\b|\bfor\s+(?:the\s+moment|now|the\s+time\s+being)\b",
    re.IGNORECASE,
)
_PREPOSITIONS = frozenset("in at on of from for with by near over under into across".split())
_VERB_OR_RELATIVE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|who|which|that|whose|said|says)\b", re.IGNORECASE
)


def _own_act_of_the_day(text: str) -> bool:
    """Whether a sentence tells, in the active present perfect, an act of a doer it names, with no span of
    time that makes it an aside."""
    found = _PERFECT_DEED.search(text)
    if found is None or _SPAN_ASIDE.search(text) or _PAST_ASIDE.search(text) or _STANDING_PLEA.search(text):
        return False
    # ("Two families have watched the boats leave": a verb of seeing, feeling or saying tells no deed)
    if not deed_verb(found.group("verb")):
        return False
    # ("The talks are one of three sales Norvik has launched": a verb or a relative before it, the perfect
    # tells of a noun of the main clause, not the sentence's act)
    if _VERB_OR_RELATIVE.search(found.group("before")):
        return False
    # ("Under pressure from Norway, the firm has set up a fund": a name in an opening phrase set off by its
    # comma is no doer; the subject is what follows the last comma)
    before = found.group("before")
    subject = before.rsplit(",", 1)[-1].split() if "," in before else before.split()[1:]
    # ("Attention in Ruritania has focused on ...": a name after a preposition is where, not who; the doer
    # is the subject's head)
    head = list(itertools.takewhile(lambda w: w.lower() not in _PREPOSITIONS, subject))
    return any(w[:1].isupper() for w in head)


_SAID_NOW = re.compile(
    r"\b(?:has|have)\s+(?:also\s+|now\s+|so\s+far\s+)?(?:confirmed|reported|recorded|announced|said|declared)\b",
    re.IGNORECASE,
)


def _told_as_now(now: Mention, before: Mention) -> bool:
    """Remarks in the present perfect with no date of their own, beside remarks their report dates before
    its day."""
    return (
        now.date_basis == "publication"
        and _SAID_NOW.search(now.sentence.text) is not None
        and _own_date(before)
        and before.date_end < now.published
    )


# A count news spells out at the head of a sentence ("Twelve more", "Dozens of others")
_HEAD_COUNT = (
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens|hundreds|thousands|scores|several)"
)
# A sentence that opens by going on with the count of the sentence before it, told as more of the same
# toll: "Another 22 were injured", "Twelve more stayed in hospital", "Three teachers were also treated",
# "Of the dead, nine were children", "Among them were two nurses", "They also counted 40 seals"
_TOLL_GOES_ON = re.compile(
    r"\s*(?:(?:And|But)\s+)?(?i:"
    rf"(?:another|a\s+further)\s+{_HEAD_COUNT}\b"
    rf"|{_HEAD_COUNT}\s+(?:of\s+)?(?:more|others|other\s+people|further)\b"
    rf"|{_HEAD_COUNT}\s+(?:[a-z-]+\s+){{0,3}}(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+also\b"
    r"|(?:of|among)\s+(?:them|those|these|the\s+(?:dead|injured|wounded|victims|cases|sick|missing|\d[\d,]*))\b"
    r"|(?:they|it)\s+also\s+"
    # ("In all, more than 1,000 cases have been reported", "The latest figure includes 194 ...": the count
    # summed, or the figure just given, named again)
    r"|(?:in\s+all|in\s+total|altogether|overall)\b"
    r"|the\s+(?:latest\s+|new\s+|updated\s+)?(?:figure|toll|tally|count|total|number)\s+"
    r"(?:includes?|included|comprises?|is\s+made\s+up|breaks\s+down)\b"
    r")"
)
# The voice of the sentence before going on: "He said", "She also said", "They added"
_ITS_VOICE_GOES_ON = re.compile(r"\s*(?:He|She|They)\s+(?:also\s+)?(?:said|says|added|adds)\b")
# Where a count is highest, told within it: "the worst-hit region", "Hardest hit are ..."
_WORST_HIT = re.compile(r"\b(?:worst|hardest|most\s+badly)[- ]+(?:hit|affected)\b", re.IGNORECASE)
# Characters between two sentences that follow one another (a space, or a paragraph's break)
NEXT_SENTENCE_GAP = 6


def _tolls_told_on(a: Cluster, b: Cluster) -> bool:
    """Whether two happenings of one article are one briefing's figures told sentence by sentence
    (`_count_told_on`), whichever of a toll and a count of cases each was typed as: "Fire killed 14 people
    at a school on Friday." then "Twelve more were taken to hospital."."""
    tolls = [
        (x, y)
        for x in a.mentions
        for y in b.mentions
        if x.event_type in _TOLLS_OF_DISASTER
        and y.event_type in _TOLLS_OF_DISASTER
        and not (x.is_speech or y.is_speech or x.planned or y.planned)
    ]
    return any(
        _count_told_on(x, y) if x.sentence.start < y.sentence.start else _count_told_on(y, x)
        for x, y in tolls
    )


def _count_told_on(earlier: Mention, later: Mention) -> bool:
    """Whether a sentence goes on with the toll or count of the sentence right before it, in its paragraph
    or the next: it opens by going on with the count ("Twelve more stayed in hospital", "Another 22 were
    injured", "In all, ...") or breaks it down into parts that add up to it (`_parts_of_the_count`), of the
    same days. Its count is more of the same toll, not another happening, unless it names a disaster of
    another kind ("Another 40 died in floods upriver" after a fire's toll). A sentence that opens on its own
    noun ("A ferry sank on Tuesday, drowning 8") brings in a happening of its own."""
    if not (
        0 <= later.sentence.start - earlier.sentence.end <= NEXT_SENTENCE_GAP
        and 0 <= later.sentence.paragraph - earlier.sentence.paragraph <= 1
        and _counts(earlier)
        and _overlap(window(later), window(earlier))
    ):
        return False
    if _parts_of_the_count(later, earlier):
        return True
    if earlier.speaker and _ITS_VOICE_GOES_ON.match(later.sentence.text):
        # "Dr Lund said 20 dead seals were found on the beaches." then "She said it was too soon to say what
        # killed them": the voice that gave the count goes on about it, naming its cause or not
        return True
    if (
        _WORST_HIT.search(later.sentence.text)
        # (every number the sentence gives: "hardest hit, with upward of 100,000 likely cases" is no part of
        # a count of 40,000)
        and _numbers_of_people(later)
        and max(_numbers_of_people(later)) < max(_counts(earlier))
    ):
        # "More than 1,200 people have caught the virus in the country." then "The capital is the worst hit,
        # with more than 1,000 cases": the places hit hardest, counted within the count
        return True
    return (
        _TOLL_GOES_ON.match(later.sentence.text) is not None
        # ("They also ..." goes on with a count only when it gives one: "They also counted 40 seals")
        and (bool(_counts(later)) or not _PRONOUN_SUBJECT.match(later.sentence.text))
        and not _hazards(later) - _hazards(earlier)
    )


def _parts_of_the_count(later: Mention, earlier: Mention) -> bool:
    """Whether a sentence breaks down the count the sentence before it gave: its counts, two or more, add up
    to that count ("At least ten people were killed across the region." then "Three died in the hills, two
    were killed in a landslide and five were swept away by rivers.")."""
    parts = _numbers_of_people(later)
    return len(parts) >= 2 and sum(parts) in _counts(earlier)


@per_mention
def _numbers_of_people(m: Mention) -> tuple[float, ...]:
    """Every count a sentence gives, in its order and however often one recurs ("three ..., two ..., five
    ..."), in figures or in words, not a year or a measure (`_A_PART`)."""
    return tuple(
        float(found.group(1).replace(",", ""))
        if found.group(1)[0].isdigit()
        else float(_PART_NUMBERS.index(found.group(1).lower()) + 1)
        for found in _A_PART.finditer(m.sentence.text)
        if not re.fullmatch(r"1[89]\d\d|20\d\d", found.group(1))  # (a year)
    )


_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_PART_NUMBERS = "one two three four five six seven eight nine ten eleven twelve".split()
# "three were killed", "5 drowned", "two others": a count of people, each part of a breakdown (not "two days",
# "40 miles", "10 percent")
_A_PART = re.compile(
    rf"\b(\d{{1,3}}(?:,\d{{3}})+|\d+|{'|'.join(_PART_NUMBERS)})\s+"
    r"(?!(?:days?|weeks?|months?|years?|hours?|minutes?|times|percent|per|miles?|km|kilometres?|kilometers?"
    rf"|feet|foot|metres?|meters?|tonnes?|tons?|barrels?|gallons?|am|pm|a\.m|p\.m|{_MONTH_NAMES})\b)[a-z]",
    re.IGNORECASE,
)


def _another_count(m: Mention, cluster: Cluster) -> bool:
    """Whether a toll or case count gives a count of people that the happening's reports from the same
    article do not, and they give counts of their own."""
    if m.event_type not in ("casualties", "disaster"):
        return False
    mine = _counts(m)
    theirs = {v for x in cluster.by_article.get(m.article, ()) for v in _counts(x)}
    return bool(mine) and bool(theirs) and not mine & theirs


def _another_group_of_people(m: Mention, cluster: Cluster) -> bool:
    """Whether an act counts people ("14 students", "nine farmers") that the happening's reports from the
    same article count otherwise, with no count in common. Another outlet's count may differ and still be
    the same happening (estimates differ, a count is updated), so reports of other articles are not asked;
    tolls are weighed by `_another_count`."""
    if m.event_type in ("casualties", "disaster"):
        return False
    mine = _people(m)
    theirs = {v for x in cluster.by_article.get(m.article, ()) for v in _people(x)}
    return bool(mine) and bool(theirs) and not mine & theirs


@per_mention
def _people(m: Mention) -> frozenset[float]:
    return people_counts(m.sentence.text)


# The kinds of disaster a report names, each with the causes it may share with another kind: an earthquake
# raises a tsunami and landslides, a storm floods, an explosion starts a fire and a spill ("the rig
# exploded", "the fire on the rig", "the oil spill" tell one disaster)
_HAZARD_KINDS = (
    (
        ("ground",),
        r"earthquakes?|quakes?|tremors?|aftershocks?|seismic|eruptions?|erupted|volcano(?:es)?|volcanic",
    ),
    (("ground", "water"), r"tsunamis?|landslides?|mudslides?|avalanches?"),
    (
        ("water",),
        r"storms?|hurricanes?|typhoons?|cyclones?|tornado(?:es)?|gales?|blizzards?|rain|rains|rainfall|downpours?"
        r"|floods?|flooding|flooded|floodwaters?",
    ),
    (
        ("fire",),
        r"fires?|wildfires?|bushfires?|blaze|flames|ablaze|explosions?|blasts?|exploded|blew\s+up|blowouts?"
        r"|spills?|spilled|leak|leaks|leaked|leaking|slick|oil",
    ),
    (
        ("disease",),
        r"outbreaks?|epidemics?|pandemics?|flu|influenza|virus(?:es)?|infections?|infected|cholera",
    ),
)
_HAZARDS = tuple(
    (frozenset(causes), re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for causes, words in _HAZARD_KINDS
)
_TOLLS_OF_DISASTER = ("disaster", "casualties")


@per_mention
def _hazards(m: Mention) -> frozenset[str]:
    """The causes of the disasters a disaster or toll report names ("floods" a storm's water, "the blaze"
    a fire's); none for other acts (a "blast" of an attack is no disaster)."""
    if m.event_type not in _TOLLS_OF_DISASTER:
        return frozenset()
    return frozenset(c for causes, words in _HAZARDS if words.search(m.sentence.text) for c in causes)


def _another_hazard(m: Mention, cluster: Cluster) -> bool:
    """Whether a disaster or toll names a kind of disaster none of the happening's reports can share:
    a flood and a fire, an earthquake and a storm. Reports that name no kind ("the disaster killed 12")
    join by what else they share."""
    if cluster.event_type not in _TOLLS_OF_DISASTER:
        return False
    mine = _hazards(m)
    return bool(mine) and bool(cluster.hazards) and not mine & cluster.hazards


@per_mention
def _counts(m: Mention) -> frozenset[float]:
    """The counts a report gives: its figures of people, or, when no figure was read, the numbers it
    puts before a noun ("listed 16 peacekeeping soldiers"), not those of a date or an age."""
    read = frozenset(f.value for f in m.figures if f.counts and not _A_MEASURE.fullmatch(f.counts))
    if read:
        return read
    written = frozenset(
        float(number.group(1).replace(",", ""))
        for number in _COUNT_BEFORE_NOUN.finditer(m.sentence.text)
        if not _DATE_BESIDE.search(m.sentence.text[max(0, number.start() - 10) : number.start()])
        and not re.fullmatch(r"1[89]\d\d|20\d\d", number.group(1))  # a year
    )
    # ("four cases were confirmed on Monday" counts as much as "44 new cases": news spells small numbers)
    spelled = frozenset(
        float(_SMALL_NUMBERS.index(number.group(1).lower()) + 2)
        for number in _SPELLED_COUNT.finditer(m.sentence.text)
    )
    return written | spelled


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "16 peacekeeping soldiers", "56 of its staff", "3,400 people": a number with its noun (not "41," an age,
# "12 January" a date, "35 percent" a share)
# (nor "320 feet", "80 miles", "48 hours": a measure of depth, distance or time counts nobody)
_MEASURES = (
    r"feet|foot|ft|inch(?:es)?|yards?|miles?|kilomet(?:re|er)s?|km|met(?:re|er)s?|m|square|cubic|acres?|hectares?|"
    r"tons?|tonnes?|pounds?|lbs?|kilo(?:gram)?s?|kg|barrels?|gallons?|lit(?:re|er)s?|degrees?|mph|knots?|"
    r"seconds?|minutes?|hours?|days?|weeks?|months?|decades?"
)
_A_MEASURE = re.compile(rf"(?:{_MEASURES})", re.IGNORECASE)
_COUNT_BEFORE_NOUN = re.compile(
    rf"\b(\d{{1,3}}(?:,\d{{3}})+|\d+)\s+(?!(?:{_MONTHS}|percent|per\b|years?\b|am\b|pm\b|(?:{_MEASURES})\b))"
    r"(?:of\s+)?[a-z]"
)
_DATE_BESIDE = re.compile(rf"(?:{_MONTHS})\s*$")
_SMALL_NUMBERS = "two three four five six seven eight nine ten eleven twelve".split()
# "four cases", "three more pupils", "two of its workers" (not "two days after", "three times", "two years")
_SPELLED_COUNT = re.compile(
    rf"\b({'|'.join(_SMALL_NUMBERS)})\s+(?:(?:more|new|further|other)\s+)?"
    r"(?!(?:days?|weeks?|months?|years?|hours?|minutes?|times|decades?|percent|per|and|or|to|a|an|the)\b)"
    # ("ten miles from the port", "six metres deep": a measure, as for figures above)
    rf"(?!(?:{_MEASURES})\b)"
    r"(?:of\s+)?[a-z]",
    re.IGNORECASE,
)


# A report's "later", "afterwards": what follows was said on another occasion than what it told before
# (not a time ahead: "the complaint could be amended at a later date", "a ruling is due later this month")
_LATER = re.compile(
    r"\b(?<!a\s)(?:later|afterwards|subsequently)\b"
    r"(?!\s+(?:date|stage|time|point|this|next|than)\b)",
    re.IGNORECASE,
)


@per_mention
def _said_later(m: Mention) -> bool:
    """Remarks a report tells as made later than others ("Later on Wednesday, she apologised"), outside
    the words quoted ("'we will decide later,' he said" tells no second occasion)."""
    unquoted = re.sub(r"[“\"][^”\"]*[”\"]", " ", m.sentence.text)
    return _LATER.search(unquoted) is not None or _EARLIER.match(unquoted) is not None


# A sentence opening "Earlier," "Earlier on Monday," or "Earlier in the day," goes back to another
# occasion than the one the report has just told (within a sentence, "said earlier" is mostly the
# report's own news of the day)
_EARLIER = re.compile(r"\s*Earlier(?:\s+(?:on|in|this|that)(?:\s+the)?\s+[\w-]+)?\s*,", re.IGNORECASE)


# A sentence opening "Separately," "In other developments," or "In a separate statement," turns to another
# matter than the one the report has just told
_SEPARATELY = re.compile(
    r"\s*(?:Separately|In\s+(?:other|a\s+separate)\s+(?:developments?|statement|move|announcement))\s*,",
    re.IGNORECASE,
)


def _told_separately(m: Mention) -> bool:
    """Whether a report opens the mention's sentence by saying it turns to another matter ("Separately,")."""
    return _SEPARATELY.match(m.sentence.text) is not None


def _on_one_matter(m: Mention, cluster: Cluster) -> bool:
    """Whether remarks share a word of substance with the happening's reports, besides the names of the
    people, places and countries either side gives."""
    return _matter_words(m, cluster) > 0


def _matter_words(m: Mention, cluster: Cluster) -> int:
    """How many words of substance remarks share with the happening's reports (`_on_one_matter`)."""
    named = {*m.actors, *cluster.actors, *m.locations, *cluster.locations}
    names = _words(" ".join([*named, *(country_name(c) for c in {*m.countries, *cluster.countries})]))
    return len((_words(m.sentence.text) & cluster.words) - names - _WHERE_AND_WHEN - _SAYING)


# Words of saying, which any two remarks share
_SAYING = frozenset("said says told added claims claimed denied denies rejected statement".split())


def _other_named_doers(m: Mention, cluster: Cluster) -> bool:
    """Whether the mention names a body of the same kind as one the happening's reports name, and another
    one ("Riverside school" and "Oakfield school", "Lakeside hospital" and "St Mary's hospital"), with
    no party in common."""
    if cluster.actors.intersection(m.actors):
        return False
    theirs = {_kind_of_body(a): a for a in cluster.actors if _kind_of_body(a)}
    for actor in m.actors:
        other = theirs.get(_kind_of_body(actor))
        if other is not None and not _one_name(actor, other):
            return True
    return False


def _kind_of_body(name: str) -> str:
    """The head noun of a body's name of more than one word ("South Hampstead high school" -> "school"):
    what kind of body it is. A person's name has none."""
    words = name.split()
    if len(words) < 2:
        return ""
    head = words[-1]
    # (a name that ends in a common noun, "Alleyn's school", or in a body's word, "Supreme Court")
    return head.lower() if (head.isalpha() and head.islower()) or head in ORGANISATION_HEADS else ""


def _one_name(a: str, b: str) -> bool:
    """ "South Hampstead school" and "South Hampstead high school": one name told shorter."""
    x, y = set(a.lower().split()), set(b.lower().split())
    return x <= y or y <= x


# An act that answers a ruling: an appeal (not the appeals court that may rule), a court asked to delay,
# suspend or overturn it, a challenge to it
_ANSWERING = re.compile(
    r"\b(?:appeal(?:s|ed|ing)?\b(?!\s+court)|challeng(?:e|es|ed|ing)\b|asked\s+(?:an?\s+|the\s+)?[\w\s-]{0,30}"
    r"\bcourt\s+(?:\w+\s+){0,3}?to\b)",
    re.IGNORECASE,
)


def _answers_the_other(m: Mention, cluster: Cluster) -> bool:
    """Whether one side appeals or challenges and the other does not: the answer and what it answers."""
    return (not _answering(m)) in cluster.answering


@per_mention
def _answering(m: Mention) -> bool:
    return _ANSWERING.search(m.sentence.text) is not None


# One person's death or disappearance: "X was the first Dane to die", "the head of the mission is
# missing and feared dead" (a toll is counted: "the toll is estimated at 200,000")
# ("is feared to have been killed": the infinitive's "have" is one person's, not a plural verb)
_ONE_DEAD = compile_gated(
    r"\b(?:was|is|has\s+been)\b(?:(?!\b(?:were|are)\b|(?<!\bto\s)\bhave\b)[^.;]){0,50}?"
    r"\b(?:die|died|dead|killed|missing)\b",
    re.IGNORECASE,
)
_A_COUNT = re.compile(r"\b(?:\d{1,3}(?:,\d{3})+|\d+)\b")


@per_mention
def _one_dead(m: Mention) -> bool:
    return _ONE_DEAD.search(m.sentence.text) is not None and not any(f.counts for f in m.figures)


@per_mention
def _counts_many(m: Mention) -> bool:
    """A count of more than one (a year or an age of the one person is no count)."""
    if _one_dead(m):
        return False
    if any(f.counts and f.value >= 2 for f in m.figures):
        return True
    values = (int(n.replace(",", "")) for n in _A_COUNT.findall(m.sentence.text))
    return any(v >= 2 and not 1900 <= v <= 2100 for v in values)


def _one_and_many(m: Mention, cluster: Cluster) -> bool:
    """Whether one side tells of one person's death and the other counts many."""
    if _one_dead(m):
        return cluster.counts_many
    return _counts_many(m) and cluster.one_dead


# "Another aid worker ...", "A second climber ...": the sentence brings in one more of what was told
_ANOTHER_ONE = re.compile(rf"\s*(?:Another|A\s+(?:{_ORDINALS}))\s+\w")


def _another_one_dead(m: Mention, cluster: Cluster) -> bool:
    """Whether a report of one person's death opens by calling it another one, beside a happening that
    is one person's death too."""
    return cluster.one_dead and _one_dead(m) and _ANOTHER_ONE.match(m.sentence.text) is not None


def _running_toll(m: Mention) -> bool:
    """ "The fever has killed up to 64 people": a toll told in the present perfect is the count as of the
    report, news of its day even when no other report dates it ("listed 16 soldiers who are known to
    have died", a count no figure was read of, too)."""
    if m.event_type != "casualties":
        return False
    return any(f.kind in _COUNTED for f in m.figures) or (
        not m.figures and _PEOPLE_COUNTED.search(m.sentence.text) is not None
    )


# A number of people no figure was read of: "listed 16 peacekeeping soldiers", "at least 40 of its staff"
_PEOPLE_COUNTED = re.compile(
    r"\b\d[\d,]*\s+(?:of\s+(?:its|their|the)\s+)?(?:[a-z-]+\s+)?(?:people|persons|civilians|soldiers|troops|"
    r"workers|staff|police|officers|children|volunteers|peacekeepers|passengers|residents|members|nationals|"
    r"citizens|patients|miners|fighters)\b"
)


def _same_count(m: Mention, cluster: Cluster) -> bool:
    counts = {(f.value, f.kind) for x in cluster.mentions for f in x.figures}
    return any((f.value, f.kind) in counts for f in m.figures)


_COUNTED = frozenset(("people", "casualties", "troops"))


def nearest(clusters: list[Cluster], m: Mention) -> Cluster:
    return min(clusters, key=lambda c: (abs((c.window[0] - m.date_start).days), -len(c.mentions)))


def event_id(cluster: Cluster) -> str:
    """Stable across rebuilds of the same input: derived from the first report of the happening."""
    seed = min(cluster.mentions, key=lambda m: (m.published, m.article, m.sentence.start))
    key = f"{seed.article}|{seed.sentence.start}|{seed.event_type if not seed.is_speech else 'speech'}"
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True)
class DenialFacts:
    """What linking claims and denials reads of a happening: its type, window, the countries its
    reports name and the countries of its speakers; and, of its own reports (the claim's claims, the
    denial's denials, not the remarks merged beside them), the parties they name (`party_key`), who
    speaks them and what is at issue (`at_issue`: words of substance and figures)."""

    event_type: str
    start: dt.date
    end: dt.date
    countries: frozenset[str]
    speakers: frozenset[str]
    parties: frozenset[str] = frozenset()
    voices: frozenset[str] = frozenset()
    issue: frozenset[str] = frozenset()

    @staticmethod
    def of(cluster: Cluster) -> DenialFacts:
        own = [m for m in cluster.mentions if m.event_type == cluster.event_type] or cluster.mentions
        return DenialFacts(
            cluster.event_type,
            cluster.window[0],
            cluster.window[1],
            frozenset(c for m in cluster.mentions for c in m.countries),
            frozenset(m.speaker_country for m in cluster.mentions if m.speaker_country),
            frozenset(party_key(a) for m in own for a in m.actors) - {""},
            frozenset(party_key(m.speaker) for m in own) - {""},
            frozenset(itertools.chain.from_iterable(at_issue(m) for m in own)),
        )

    @property
    def named(self) -> frozenset[str]:
        """Who a claim is about: the countries and the parties its reports name, and the words it names
        anyone by that no list knows (`_NAMED_WORD`: "accused Halden Drilling of ...")."""
        return self.countries | self.parties | {_NAMED_WORD + w for w in self.issue if w[:1] not in "#@"}

    @property
    def deniers(self) -> frozenset[str]:
        """Who denies: the countries of a denial's speakers and the speakers themselves, each speaker also
        by the last word of their name (`voice_words`)."""
        return self.speakers | self.voices | {_NAMED_WORD + v[-1] for v in map(voice_words, self.voices) if v}


# Where the lists know no party a claim names ("Velmont accused Halden Drilling of ..."), its name is only
# words of what the claim says; a denial by a speaker of that name answers it as it would a listed party
_NAMED_WORD = "~"


def voice_words(voice: str) -> tuple[str, ...]:
    """A speaker's name as the words of substance `at_issue` keeps ("halden drilling" -> "halden", "drilli");
    none for a name of short words alone ("BP")."""
    return tuple(w.removesuffix("s")[:6] for w in _words(voice))


def named_in_words(voices: frozenset[str], issue: frozenset[str]) -> bool:
    """Some speaker's name is wholly among a claim's words of substance: the claim names them."""
    return any(words and all(w in issue for w in words) for words in map(voice_words, voices))


# Titles a speaker is named with that the lists of actors leave off: "PM Ada Kroll" is "Ada Kroll"
_TITLES = frozenset(
    "mr mrs ms dr pm president prime minister sen senator rep gov governor secretary chancellor judge".split()
)


def party_key(name: str) -> str:
    """A party's name as claims and denials compare it: "PM Ada Kroll" and "Ada Kroll", "NWG PLC" and
    "NWG's" are one party."""
    words = _party(re.sub(r"['’]s$", "", name.strip())).lower().split()
    while len(words) > 1 and words[0].rstrip(".") in _TITLES:
        words.pop(0)
    return " ".join(words)


# Words of saying, claiming and denying, and of what any report says it of: they tell that something was
# said or denied, not what ("denied the claims as groundless", "officials said on Monday")
_NOT_AT_ISSUE = frozenset(
    (
        "deny denie denied denial denials rejec reject rejected rejects dismis dismissed refute refuted "
        "claim claimed claims allege alleged allegation allegations accuse accused accusation accusations "
        "suggest suggestion charge charged charges report reported reports rumor rumors rumour rumours "
        "insist insisted statement spokesman spokeswoman spokesperson official officials told added "
        "saying according groundless baseless unfounded untrue false totally absolutely completely "
        "calling called comment comments monday tuesday wednesday thursday friday saturday sunday "
        "today yesterday tomorrow week weeks month months year years earlier later last next just "
        "because however then them what very much many there here does didn doesn their being"
    ).split()
)
_NUMBER = re.compile(r"\d[\d,.]*")
# A four-digit year tells when, not what: "in 2008" in a claim and a denial is no shared figure
_YEAR = re.compile(r"(1[89]|20)\d\d")


def at_issue(m: Mention) -> frozenset[str]:
    """What a claim or denial is about: the words of substance of its clause, cut to a stem ("fighting",
    "fighters" -> "fighti"), without the names of its parties and the words of saying and denying, and
    its figures as numbers ("#155")."""
    names = {w for name in (*m.actors, m.speaker) for w in _words(name)}
    stems = {w.removesuffix("s")[:6] for w in _words(m.clause) if w not in names and w not in _NOT_AT_ISSUE}
    numbers = {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(" ".join(f.text for f in m.figures))}
    numbers.update(
        n.replace(",", "").rstrip(".")
        for n in _NUMBER.findall(m.clause)
        if len(n.rstrip(".,")) > 1 and not _YEAR.fullmatch(n.rstrip(".,"))
    )
    return frozenset(stems - _NOT_AT_ISSUE) | {"#" + n for n in numbers if n} | _told_before(m)


# A denial that names what it denies only as "the charge", "those reports", "the claims" answers what its own
# report told before; a claim is told in its report ("@" and the article stand for that report)
_WHAT_WAS_SAID = re.compile(
    r"\b(?:the|these|those|this|that|such|both)\s+(?:[a-z]+\s+)?(?:claims?|allegations?|accusations?|charges?"
    r"|reports?|suggestions?|assertions?|speculation|rumou?rs?)\b(?!\s+(?:that|of|about|by|from|in|on|over)\b)",
    re.IGNORECASE,
)


def _told_before(m: Mention) -> frozenset[str]:
    told = m.event_type == "claim" or (
        m.event_type == "denial" and _WHAT_WAS_SAID.search(m.clause) is not None
    )
    return frozenset({"@" + m.article}) if told else frozenset()


# A claim and a denial are about one thing when they share a figure or two words of substance (one word is
# often only the story's subject: "the spill", "the election"), or the denial answers "the charge" its own
# report told
_SHARED_WORDS = 2


def _same_issue(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = a & b
    return any(w.startswith(("#", "@")) for w in shared) or len(shared) >= _SHARED_WORDS


def link_denials(clusters: Sequence[Cluster]) -> dict[int, set[int]]:
    """Claims and the denials that answer them (`answers`)."""
    return link_facts([DenialFacts.of(c) for c in clusters])


def link_facts(facts: Sequence[DenialFacts]) -> dict[int, set[int]]:
    """`link_denials` over what it reads of each happening."""
    links: dict[int, set[int]] = {i: set() for i in range(len(facts))}
    # Claims by the parties they are about and the days a denial may answer them on, so that a denial is
    # compared only with the claims it could answer (all pairs would grow with the square of the corpus).
    by_day: dict[tuple[str, int], list[int]] = {}
    long_claims: dict[str, list[int]] = {}
    for j, claim in enumerate(facts):
        if claim.event_type != "claim":
            continue
        first, last = (claim.start - DENIAL_WINDOW[0]).toordinal(), (claim.end + DENIAL_WINDOW[1]).toordinal()
        for party in claim.named:
            if last - first > ClusterIndex.LONG:
                long_claims.setdefault(party, []).append(j)
                continue
            for day in range(first, last + 1):
                by_day.setdefault((party, day), []).append(j)
    for i, denial in enumerate(facts):
        if denial.event_type != "denial":
            continue
        when = denial.start.toordinal()
        candidates: set[int] = set()
        for party in denial.deniers:
            candidates.update(by_day.get((party, when), ()))
            candidates.update(long_claims.get(party, ()))
        for j in candidates:
            if answers(denial, facts[j]):
                links[i].add(j)
                links[j].add(i)
    return links


def answers(denial: DenialFacts, claim: DenialFacts) -> bool:
    """Whether a denial answers a claim: it comes from a few days around the claim, by a party the claim
    names (one of its actors, or a country it is about, by a speaker of none of the claim's speakers'
    countries), not by the claim's own speaker, and denies what the claim says (`_same_issue`)."""
    if not (
        denial.event_type == "denial"
        and claim.event_type == "claim"
        and claim.start - DENIAL_WINDOW[0] <= denial.start <= claim.end + DENIAL_WINDOW[1]
    ):
        return False
    named = (
        not denial.voices.isdisjoint(claim.parties)
        or (not denial.speakers.isdisjoint(claim.countries) and denial.speakers.isdisjoint(claim.speakers))
        or named_in_words(denial.voices, claim.issue)
    )
    return named and denial.voices.isdisjoint(claim.voices) and _same_issue(denial.issue, claim.issue)


def to_tables(clusters: list[Cluster]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The events and mentions tables of a set of clusters."""
    ids = unique_ids([event_id(c) for c in clusters])
    links = link_denials(clusters)
    return tabulate(clusters, ids, [sorted(ids[j] for j in links[i]) for i in links])


def tabulate(
    clusters: Sequence[Cluster], ids: Sequence[str], linked_ids: Sequence[list[str]]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`table_rows` as the events table (by date, type and id) and the mentions table."""
    event_rows, mention_rows = table_rows(clusters, ids, linked_ids)
    events = pd.DataFrame(event_rows)
    if not events.empty:
        events = sort_events(events)
    return events, pd.DataFrame(mention_rows)


def sort_events(events: pd.DataFrame) -> pd.DataFrame:
    """The events table's order: by date, then type, then id."""
    return events.sort_values(["date", "event_type", "event_id"], kind="stable").reset_index(drop=True)


def _event_actors(cluster: Cluster) -> list[str]:
    """The actors of each report of a happening, but the voice of remarks that only tell an act others did
    (`restated_by_another_voice`): in "Rebels shelled the port" with "The mayor said the shelling of the
    port wrecked the pier", the mayor is a source, not a doer."""
    reports = cluster.mentions
    if cluster.event_type in SPEECH_TYPES or cluster.best.is_speech or all(m.is_speech for m in reports):
        return [a for m in reports for a in m.actors if not _only_its_listener(m, a)]
    # (a doer's own remarks keep their voice, by any of its names' words: "Insp Roe" of "Insp Ana Roe"; so
    # do remarks the happening took in by another rule, which may be the voice's own part in it)
    acts = [m for m in reports if not m.is_speech]
    doers = {word for m in acts for a in m.actors for word in _party(a).split()}

    def source_only(m: Mention, actor: str) -> bool:
        return (
            m.event_type == "statement"
            and actor == m.speaker
            and not set(_party(actor).split()[-1:]) & doers
            and restated_by_another_voice([a for a in acts if a.article == m.article], [m])
        )

    return [a for m in reports for a in m.actors if not source_only(m, a) and not _only_its_listener(m, a)]


def _only_its_listener(m: Mention, actor: str) -> bool:
    """Whether the report names the actor only as the outlet its speaker told (`told_to_an_outlet`)."""
    return actor != m.speaker and told_to_an_outlet(m.sentence.text, actor)


# "tells the BBC", "told Metro TV", "said in an interview with Channel 9": the outlet a speaker
# spoke to, named right after the verb of telling, or glossed there ("told the Broadcasting Service (BS)")
_TOLD_TO = re.compile(
    r"\b(?:tell|tells|told|telling|(?:speaking|talking|spoke|talked)\s+to"
    r"|(?:in\s+)?an?\s+interview\s+with|(?:said|says|speaking|appearing|interviewed)\s+on)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w.'-]*\s+){1,6}\(\s*)?$"
)
# "told CBS television", "told the Reuters news agency": the noun that makes the name an outlet's
_OUTLET_NOUN_AFTER = re.compile(
    r"\)?(?:'s?)?\s+(?:news\s+agency|news\s+service|television|TV|radio|network|newspaper|channel|daily|broadcaster)\b"
)
# "Metro TV", "Radio Kanal", "Kesta News Network": a name whose own words say it is a broadcaster (a bare
# "Network" is not one: "the Valley Rights Network" is a charity). "World Service" is kept as the name
# international broadcasters give their overseas radio (several have: a class of name, not one outlet's);
# dropping it made "tells the ... World Service" an actor of a dozen events in two unseen samples
_BROADCASTER_NAME = re.compile(
    r"(?:.*\s)?(?:World\s+Service|News(?:\s+Network)?|Radio|Television|TV|Channel|(?:TV|Television|Radio)\s+Network"
    r"|Broadcasting(?:\s+\w+)?)"
    r"|(?:Radio|Channel)\s.+"
)
# What follows the outlet's name when the outlet is a party, not a listener: "told Kesta TV on Friday to stop
# broadcasting" (an order only an outlet can follow, right after its name and a day: advice to expect rain or
# brace for prices is for the public it reaches), "told Kesta TV that it would lose its licence" (news of
# what only an outlet has: "its health centres" or "its jobs" are the speaker's body's)
_TOLD_TO_DO = re.compile(
    r"^\s*,?\s*(?:(?:on|last|this|late|early|in|at|by)\s+(?:[\w-]+\s+){1,2}?)?to\s+"
    r"(?:(?:stop|cease|halt|suspend|end)\s+(?:broadcasting|transmissions?|airing|publishing|publication)\b"
    r"|retract\b|apologi[sz]e\b|close\b|shut\s+down\b)"
)
# (only "that it ... its": "... that the council would review its programmes" is news of another body)
_OF_ITSELF = re.compile(
    r"^[^.;:]*?\bthat\s+it\b[^.;:]*?\bits\s+(?:[a-z-]+\s+)?(?:licen[cs]es?|broadcasts?|broadcasting|programmes?"
    r"|programs?|reporters?|journalists?|correspondents?|editors?|coverage|newsroom|station|channel|website"
    r"|frequency|frequencies|airwaves|transmitters?)\b"
)


def told_to_an_outlet(sentence: str, name: str) -> bool:
    """Whether `name` is, wherever the sentence writes it, only the news outlet a speaker told what he
    said ("Ana Pell told CBS television", "Tomas Verlan tells Radio Kanal that ..."): the outlet
    carried the words and took no part in what they tell, so it is no actor of the event. An outlet the
    speaker is named from ("ABC reporter Matt Gutman") or one that acts ("the BBC has published") is
    written elsewhere in the sentence, and stays."""
    places = [found.start() for found in _a_word(name).finditer(sentence)]
    if not places:
        return False
    for start in places:
        if not _TOLD_TO.search(sentence[max(0, start - 40) : start]):
            return False
        # (after the outlet's noun, if any: "told the KRN news agency to stop")
        noun = _OUTLET_NOUN_AFTER.match(sentence, start + len(name))
        after = sentence[noun.end() if noun else start + len(name) :]
        if _TOLD_TO_DO.match(after) or _OF_ITSELF.match(after):
            return False
        if not (
            _OUTLET_NOUN_AFTER.match(sentence, start + len(name))
            or _BROADCASTER_NAME.fullmatch(name)
            or an_outlet(name, [])
        ):
            return False
    return True


def table_rows(
    clusters: Sequence[Cluster], ids: Sequence[str], linked_ids: Sequence[list[str]]
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The event row of each cluster and the mention rows of all, in the clusters' order, with the
    ids of the events each is linked to (claims and the denials that answer them)."""
    event_rows: list[dict[str, object]] = []
    mention_rows: list[dict[str, object]] = []
    for index, cluster in enumerate(clusters):
        best = cluster.best
        articles = list(
            dict.fromkeys(m.article for m in sorted(cluster.mentions, key=lambda m: (m.published, m.article)))
        )
        figures = [figure_cell(f.text, m.article) for m in cluster.mentions for f in m.figures]
        linked = linked_ids[index]
        earliest_publication = min(m.published for m in cluster.mentions)
        made = title(cluster)
        # (settled last, from the sentence the title tells: the merge and the date above read the type the
        # reports were merged under, so that the settled type changes no event's reports or date)
        reports = _title_source_first(cluster.mentions, made)
        event_type = settled_type(cluster.event_type, reports[0].sentence.text, made)
        countries, country_basis = _countries(cluster.mentions)
        when = event_date(cluster)
        event_rows.append(
            {
                "event_id": ids[index],
                "date": pd.Timestamp(when.start),
                "date_end": pd.Timestamp(when.end),
                "precision": when.precision,
                "event_type": event_type,
                "title": made,
                "actors": join_list(_event_actors(cluster)),
                "countries": countries,
                "country_basis": country_basis,
                "locations": join_list(p for m in cluster.mentions for p in m.locations),
                "figures": join_list(figures),
                "sources": join_list(articles),
                "n_sources": len(articles),
                "contested": event_type == "claim" and bool(linked),
                "background": when.end < earliest_publication - BACKGROUND_AFTER,
                "planned": best.planned,
                "confidence": confidence(cluster),
                "date_basis": when.basis,
                "date_reason": when.reason,
                "linked": join_list(linked),
            }
        )
        for m in reports:
            mention_rows.append(
                {
                    "event_id": ids[index],
                    "article": m.article,
                    "sentence": m.sentence.text,
                    "start": m.sentence.start,
                    "end": m.sentence.end,
                    "date_text": m.date_text,
                    "date_basis": m.date_basis,
                    "date_reason": m.date_reason,
                    "figures": join_list(f.text for f in m.figures),
                }
            )
    return event_rows, mention_rows


@dataclass(frozen=True)
class EventDate:
    """The dates an event's row gives: the days, their precision, and how they were found."""

    start: dt.date
    end: dt.date
    precision: str
    basis: str
    reason: str


def event_date(cluster: Cluster) -> EventDate:
    """The date an event takes from its reports: the best dated one's (`date_strength`), narrowed by
    the others when that date is longer than a day.

    - Reports that date the happening themselves agree on the days their dates share: "last week", in
      a report of Saturday 8 May, and "in April" tell the last days of April.
    - A report dated only by its own publication, published within that date, bounds it: "BP agreed
      last week to set up a fund", in a Monday report, and "BP has agreed to put $20bn in a fund" in a
      Wednesday one: the happening was news on that Wednesday, so it falls on it or just before, not
      anywhere in the week (the earliest such report is the bound).

    Something planned is dated by what it is planned for, never by the day a report told of the plan."""
    best = cluster.best
    own = EventDate(best.date_start, best.date_end, best.precision, best.date_basis, best.date_reason)
    if best.planned or best.precision == "day":
        return own
    start, end = best.date_start, best.date_end
    agreeing = []
    for m in cluster.mentions[1:]:
        if _own_date(m) and m.date_start <= end and start <= m.date_end:
            if (max(start, m.date_start), min(end, m.date_end)) != (start, end):
                agreeing.append(m)
            start, end = max(start, m.date_start), min(end, m.date_end)
    # (a day a report takes from its own passage, "Markets fell on Tuesday. In London, shares lost 9
    # percent", tells the happening's day more closely than the day any report was published: it comes
    # first, whatever the publication days within the week or month; only another report's passage: the
    # best report's own "this week", beside a passage dated Wednesday, is the week its writer chose)
    told_on = [
        m
        for m in cluster.mentions
        if m.precision == "day"
        and start <= m.date_start <= end
        and (
            m.date_basis == "publication"
            or (m.date_basis == "context" and m.article != best.article and end - start <= PASSAGE_SPAN)
        )
    ]
    if told_on:
        first = min(
            told_on, key=lambda m: (BASIS_RANK[m.date_basis], m.date_start, m.article, m.sentence.start)
        )
        within = (
            "the day its passage gives" if first.date_basis == "context" else "the earliest report within it"
        )
        reason = f"{best.date_reason}; {within}, of {first.date_start:%-d %b %Y}"
        return EventDate(first.date_start, first.date_end, "day", first.date_basis, reason)
    if not agreeing:
        return own
    reason = f"{best.date_reason}; the days it shares with " + ", ".join(f"'{m.date_text}'" for m in agreeing)
    return EventDate(start, end, _precision_of(start, end), best.date_basis, reason)


# The longest date whose day a report's passage may give: a week or a month ("last week", "in June"), not
# a year, within which a passage's day may tell another happening of the story
PASSAGE_SPAN = dt.timedelta(days=30)


def _precision_of(start: dt.date, end: dt.date) -> str:
    """The precision of the days two dates share: a day, up to a week, a month, a quarter, or longer."""
    days = (end - start).days + 1
    if days == 1:
        return "day"
    if days <= 7:
        return "week"
    if days <= 31:
        return "month"
    return "quarter" if days <= 92 else "year"


def _countries(mentions: Sequence[Mention]) -> tuple[str, str]:
    """An event's countries and how they were found (COUNTRY_BASES): those its reports' sentences name
    ("named"); else, when none names one, the country most of its reports are set in ("report"; those
    tied); else none. One report of a happening told by eight from the US, set in another country by its
    own story, does not add that country."""
    named = join_list(c for m in mentions for c in m.countries)
    if named:
        return named, "named"
    homes = Counter(m.home_country for m in mentions if m.home_country)
    most = max(homes.values(), default=0)
    home = join_list(c for c, n in homes.items() if n == most)
    return home, "report" if home else ""


_WORD = re.compile(r"\w+")


def _title_source_first(mentions: Sequence[Mention], made: str) -> list[Mention]:
    """The reports of an event in their articles' order, the one its title was made from first (the one
    that shares most pairs of words in a row with it, so that word order tells two wordings of one happening
    apart): the sentence shown first is the one the title tells."""
    ordered = sorted(mentions, key=lambda m: (m.article, m.sentence.start))
    if len(ordered) < 2:
        return ordered
    pairs = _word_pairs(made)
    shared = [len(pairs & _word_pairs(m.sentence.text)) for m in ordered]
    source = shared.index(max(shared))
    return [ordered[source], *ordered[:source], *ordered[source + 1 :]]


def _word_pairs(text: str) -> set[tuple[str, str]]:
    words = _WORD.findall(text.lower())
    return set(itertools.pairwise(words))


def unique_ids(ids: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for value in ids:
        count = seen.get(value, 0)
        seen[value] = count + 1
        out.append(
            value if count == 0 else "ev-" + hashlib.sha1(f"{value}|{count}".encode()).hexdigest()[:10]
        )
    return out


def confidence(cluster: Cluster) -> float:
    """How likely the event is a real happening on its date, for ordering a review queue: the date's
    basis first, then corroboration by other articles, then what the reports say. An act of a named type
    is surer than remarks or an act of no type, and an act with someone named to have done it surer still;
    remarks with nobody named, a date known only to the year, and a date taken from publication are less
    sure."""
    best = cluster.best
    score = CONFIDENCE_BASE[best.date_basis]
    sources = len({m.article for m in cluster.mentions})
    score += CORROBORATION * min(sources - 1, 2)
    if best.precision == "year":
        score -= 0.1
    if cluster.event_type == "other":
        score -= 0.05
    elif cluster.event_type not in SPEECH_TYPES:
        score += 0.05
    elif not any(m.speaker for m in cluster.mentions):
        score -= 0.05
    if cluster.event_type not in SPEECH_TYPES and cluster.actors:
        # an act with someone named to have done it ("The coastguard rescued ...") is surer than one with
        # nobody ("More than 20 were rescued ...")
        score += NAMED_ACTOR
    return round(min(1.0, max(0.05, score)), 2)


NAMED_ACTOR = 0.03


CONFIDENCE_BASE = {"explicit": 0.8, "resolved": 0.78, "context": 0.6, "publication": 0.5}
CORROBORATION = 0.1


def title(cluster: Cluster) -> str:
    """Who did what, in at most TITLE_MAX characters, from the clearest report of it; never empty."""
    ranked = sorted(cluster.mentions, key=_title_quality)
    lead = _lead(ranked)
    if lead is not ranked[0]:
        # (the lead's own clause, when it stands whole; else the ranking's choice, as if it had none)
        told = _title(cluster, lead)
        # (nor one cut to a few words, or before what its last word led to: "X says repeatedly", "was that")
        if (
            told
            and not is_fragment(told)
            and not PART_ASIDE_OPENING.match(told)
            and len(told.split()) >= _LEAD_WORDS
            and not ends_dangling(told)
        ):
            return told
    best = ranked[0]
    made = _title(cluster, best) or fit(best.sentence.text) or cluster.event_type
    # ("Some with a fever, were quarantined": the clause lost its subject and kept the aside about it)
    if not is_fragment(made) and not PART_ASIDE_OPENING.match(made):
        return made
    # "Which had been seen as the best chance ...", "Of the 350 sites assessed": the clause lost its
    # subject or verb when the sentence was split; the whole sentence, tidied, may still be a clause, or
    # another report of the happening may state it whole
    # (only reports that date the happening themselves state it; "The drug is a sedative used in
    # surgery" in a verdict's reports does not)
    for mention in (m for m in ranked if m is best or _own_date(m)):
        # "Was deployed in 2004 ...", "Who received the text ...": the subject the clause shares with its
        # sentence, put back, when the clause holds the date (the sentence's main clause tells of something
        # else); "The barrier, which had been thought the best defence, failed on Sunday" is the sentence's
        dated = bool(mention.date_text) and mention.date_text in mention.clause
        # (a clause that opens with the verb of the sentence's own subject is its main clause, dated or not)
        opening_verb = (
            _OPENS_WITH_AUXILIARY.match(PART_ASIDE_OPENING.sub("", mention.clause.strip())) is not None
        )
        restored = (
            with_its_subject(mention.sentence.text, mention.clause, opening_only=not dated)
            if dated or opening_verb
            else ""
        )
        for candidate in (
            headline(restored) if restored else "",
            _title(cluster, mention) if mention is not best else "",
            _sentence_title(mention),
        ):
            if candidate and not is_fragment(candidate):
                return candidate
    # "As the hearing began, the lawyer read a statement": when nothing else serves, the main clause
    # after an opening clause or phrase
    for mention in ranked:
        main = main_clause_after_opening(tidy(mention.sentence.text))
        speaker = _short(mention.speaker)
        candidate = (
            headline(
                main,
                speaker=speaker,
                speech=mention.is_speech and bool(speaker),
                sentence=mention.sentence.text,
                short_speaker=mention.speaker_short,
            )
            if main
            else ""
        )
        # (never a clause that only names who spoke: "Jane Roe, the agency's spokeswoman, said")
        if candidate and not is_fragment(candidate) and not _SAID_LAST.search(candidate):
            return candidate
    return made


_OPENS_WITH_AUXILIARY = re.compile(
    r"(?i:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must)\s"
)
_SAID_LAST = re.compile(r"\b(?:said|says|say|told|added|stated)\W*$")
_DENYING = re.compile(r"\b(?:denied|denies|deny)\s+(?P<what>[^.;]{8,})")


def _sentence_title(mention: Mention) -> str:
    """The whole sentence as a title; remarks keep who made them ("He had played a direct part in
    the death", said by a witness, is the witness's claim, never a fact)."""
    text = tidy(mention.sentence.text)
    # ('"The rise was driven by costs," the agency said': a quotation is its speaker's, whatever its type)
    if not mention.speaker or not (mention.is_speech or _reported(mention, mention.clause)):
        return fit(text)
    speaker = _short(mention.speaker)
    titled = headline(text, speaker=speaker, speech=True, short_speaker=mention.speaker_short)
    # (or by the short form its report gives it: "CSO says ...")
    short = mention.speaker_short
    return titled if names_speaker(titled, speaker) or (short and names_speaker(titled, short)) else ""


def _title(cluster: Cluster, best: Mention) -> str:
    event_type = cluster.event_type
    speaker = _short(best.speaker)
    if event_type == "denial":
        # the denial is told by a report that denies: "NWG denies that NWG has chosen to waive the cap", from
        # the filing's other report, would turn what NWG affirmed into what it denied
        best = min(
            (m for m in cluster.mentions if m.event_type == "denial"), key=_title_quality, default=best
        )
        speaker = _short(best.speaker)
        # "X rejects the claims as “absolutely groundless”" only when the quote is the denial itself
        quote = next((m.quote for m in cluster.mentions if m.quote and DENIAL_WORDS.search(m.quote)), "")
        # "China denies that ...", or "Officials deny that ..." when nobody is named
        who = speaker or country_name(best.speaker_country)
        rejects, denies = ("rejects", "denies") if who and not plural_speaker(who) else ("reject", "deny")
        who = who or "Officials"
        if quote:
            return fit(f"{who} {rejects} the claims as “{quote}”")
        clause = tidy(best.clause)
        verb = _DENYING.search(clause)
        if verb and who != "Officials" and re.search(r"\band\s+(?:also\s+)?$", clause[: verb.start()]):
            # "It kept the right to seek costs and denied engaging in gross negligence": the denial is
            # the second verb; what was denied follows it
            return fit(f"{who} {denies} {verb.group('what')}")
        # (never past a comma: "denied responsibility for the blast, saying that the owner was liable" denies
        # the responsibility, not what it then said)
        denied = re.sub(
            r"^.*?\b(deny|denied|denies|rejected|dismissed)\b[^,;:]*?\bthat\s+", "", clause, flags=re.I
        )
        # ("The bank has played down reports of losses", "the firm disputed the new estimates": the verb
        # denies)
        if denied == clause and re.search(
            r"\b(den(y|ies|ied)|reject\w*|dismiss\w*|play\w*\s+down|downplay\w*|disput\w*|contest\w*)\b",
            clause,
            re.I,
        ):
            return headline(clause)  # "Dr Roe has denied he caused the death" says it already
        first = denied.split(" ", 1)[0]
        if denied == clause and re.search(
            rf"\b(?:deny|denied|denies|denying|rejected|rejects|dismissed|dismisses)\s+{re.escape(first.lower())}\b",
            best.sentence.text,
        ):
            # "Officials denied reports that ...": what is denied is the object of the verb, a noun as the
            # sentence wrote it, with no "that" before it
            return fit(f"{who} {denies} {denied[:1].lower()}{denied[1:]}")
        # ("denied that troops had fired": a word the report wrote in lower case stays so)
        written_lower = re.search(rf"\bthat\s+{re.escape(first.lower())}\b", best.sentence.text) is not None
        lower = first.lower() in COMMON_OPENERS or written_lower
        denied = denied[:1].lower() + denied[1:] if lower else denied
        return fit(f"{who} {denies} that {denied}")
    voiced = headline(best.sentence.text) if _another_voice(best) else ""
    if voiced and not is_fragment(voiced):
        # the sentence's own subject is who spoke: "A rival's spokesman blamed the company for ..."
        return voiced
    if best.is_speech and not speaker:
        # Remarks whose speaker no rule could name ("The doctor told NBC he had not been distracted"): the
        # sentence's own words, attribution kept, when its headline keeps it; the words said alone would
        # print somebody's claim as a fact
        criticism = criticism_title(best.sentence.text)
        if criticism:
            return criticism
        own = headline(best.sentence.text)
        if own and not is_fragment(own) and _ATTRIBUTED.search(own):
            return own
    clause = best.clause
    if not tidy(clause):
        return (
            ""  # "According to these reports, ...": nothing said to put after "X says"; the sentence serves
        )
    if best.is_speech and _announced_thing(best.sentence.text, clause):
        # "Authorities in Marren have announced plans to house 60,000 evacuees": what was announced is a
        # thing, not a clause, and "Authorities say plans to house ..." would lose the verb that tells it
        own = headline(best.sentence.text)
        # ("She announced the cuts at a press briefing": the title names who "she" is)
        # (or, when the name would make it too long to stand whole, the event carries the speaker as actor)
        pronoun = re.match(r"(?:he|she)\s+", own, re.IGNORECASE)
        named = (
            headline(f"{speaker} {own[pronoun.end() :]}")
            if pronoun and speaker and _personal(speaker)
            else ""
        )
        if named and not is_fragment(named):
            return named
        if own and not is_fragment(own):
            return own
    clause = _whole_name_opening(best, clause)
    clause = _without_addressee(best.sentence.text, clause)
    clause = without_split_time(best.sentence.text, clause)  # "April, Roe and Hale met": "In late" went
    pronoun = re.match(r"(he|she)\s+", clause, re.IGNORECASE)
    # ('"He never sealed the deal," Roe said': in words quoted, "he" is somebody other than the speaker, who
    # would say "I"; only reported speech, "Roe said he was willing", makes the speaker the pronoun)
    in_quotes = _quoted_words(best.sentence.text, clause)
    quotes_read_of = clause  # (asked again below only if the clause has changed since: its tidying is slow)
    # (remarks keep their verb of saying: "Roe said he will stay on" is news of what Roe said, and the "he"
    # may be another man; an act the speaker told of, "Roe said he had resigned", is the act; a pronoun
    # opening the sentence, "She announced the cuts", "He writes: ...", is the speaker with her own verb)
    if (
        pronoun
        and speaker
        and speaker in best.actors
        and _personal(speaker)
        and not in_quotes
        and (not best.is_speech or _opens_the_sentence(best.sentence.text, clause))
    ):
        clause = (
            speaker + " " + clause[pronoun.end() :]
        )  # "He was willing to ..." -> "Volodymyr Zelenskyy was ..."
    # "Investigators will take the valve apart as they try to ...": "they" are the investigators
    clause = with_named_pronoun(best.sentence.text, clause)
    # "Jane Roe, 48, who has run the port since 2002, will head ...": the age split from its name is no
    # subject
    clause = with_named_age(best.sentence.text, clause)
    if not best.is_speech and not _reported(best, clause):
        # "The agency has been run by its deputy since the director resigned in January": the happening dated
        # is the resignation; what has lasted since is no happening of that day
        since = dated_since_clause(clause, best.date_text, best.sentence.text)
        # ("The festival has been under fire since it was announced in July": the "it" of the "since" clause
        # is the main clause's subject, named as it was for a clause joined by "as" or "when")
        clause = with_named_pronoun(best.sentence.text, since) if since else clause
    body = re.match(
        r"it\s+(?=would|will|has|had|was|is|plans|planned|intends|intended)", clause, re.IGNORECASE
    )
    if body and EXPLETIVE_IT.match(clause):
        body = (
            None  # "It was 18 days before the well blew", "It is clear that ...": an "it" that names nothing
        )
    if (
        body
        and speaker
        and not best.is_speech
        and (a_body(speaker) or speaker == country_name(best.speaker_country))
    ):
        # "China said it would impose export controls": the act announced is the body's, and a title
        # opening "It would impose ..." names nobody
        clause = speaker + " " + clause[body.end() :]
    # "The real test will come on Thursday, when the minister appears ...": what the day is for
    clause = with_when_clause(best.sentence.text, clause, best.date_text)
    # "The association said in a statement that the ban will cost jobs": a claim, told as its speaker's
    titled = headline(
        clause,
        speaker=speaker,
        speech=best.is_speech or _reported(best, clause),
        quoted=in_quotes if clause == quotes_read_of else _quoted_words(best.sentence.text, clause),
        sentence=best.sentence.text,
        short_speaker=best.speaker_short,
    )
    # ("Two months ago, a survey found ..." dated by its report: the span is the only sign it is older)
    return with_undated_span(titled, best.sentence.text, best.date_text)


_QUOTE_MARKS = re.compile(r"[\"“”‘’'`]")


def _opens_the_sentence(sentence: str, clause: str) -> bool:
    """Whether the clause is the sentence's own opening (past an opening quotation mark or a joining word),
    not a clause reported after its verb of saying."""
    words = _QUOTE_MARKS.sub("", tidy(clause))[:20].lower()
    opening = re.sub(
        r"^\s*(?:(?:and|but|yet|so)\s+)?", "", _QUOTE_MARKS.sub("", sentence), flags=re.IGNORECASE
    )
    return bool(words) and opening.lower().startswith(words)


_OPENING_MARK = re.compile(r"(?:[“\"‘`]|'')\s*$")
_ANY_MARK = re.compile(r"[“”\"]|''|``")


def _quoted_words(sentence: str, clause: str) -> bool:
    """Whether the clause is words quoted as spoken: an opening quotation mark stands right before it in
    the sentence, or the sentence opens with it (a quotation begun in an earlier sentence) and closes the
    quotation after it."""
    words = tidy(clause)[:30]
    at = sentence.lower().find(words.lower()) if words else -1  # (a clause may capitalise its first word)
    if at < 0:
        return False
    before = sentence[:at]
    # (right after the opening mark, or further inside a quotation still open: '"In the past, experience
    # has told us ..."' when the clause kept only its main part)
    if _OPENING_MARK.search(before) or before.count("“") > before.count("”") or before.count('"') % 2 == 1:
        return True
    if before.strip():
        return False
    # (a quotation begun in an earlier sentence closes here: the first mark after is a closing one, or a
    # straight one left over from an odd count; '... before Dr Roe asks: "You OK?"' opens one of its own)
    first = _ANY_MARK.search(sentence, at + len(words))
    if first is None or first.group() in ("“", "``"):
        return False
    return first.group() != '"' or sentence.count('"') % 2 == 1


# A verb whose object is a thing made public, not words reported: "announced plans to ...", "unveiled a
# scheme", "ordered an inquiry"
_ANNOUNCING = re.compile(
    r"\b(?:announced|announces|unveiled|unveils|proposed|proposes|outlined|outlines|ordered|orders|launched"
    r"|launches|published|publishes|released|releases)\s+$",
    re.IGNORECASE,
)


def _announced_thing(sentence: str, clause: str) -> bool:
    """Whether the clause is the object of a verb that announces a thing ("plans to house ..." after
    "announced"), with no verb of its own before its first "to"/"for"."""
    words = " ".join(clause.split())
    at = " ".join(sentence.split()).find(words[:40])
    if at <= 0 or not words[:1].islower():
        return False
    # ("the cuts at a press briefing shown on television": where it was announced is no verb's subject)
    head = re.split(r"\s(?:to|for|into|on|that|at|during|in\s+a)\s", words, maxsplit=1)[0]
    return _ANNOUNCING.search(" ".join(sentence.split())[:at]) is not None and len(head.split()) <= 4


# A verb that tells a title is somebody's words
_ATTRIBUTED = re.compile(
    r"\b(?:said|says|told|tells|argued|argues|replied|added|claimed|claims|insisted|insists|warned|warns|stated"
    r"|announced|announces|alleged|alleges|testified|according\s+to)\b"
)


# A verb of saying or reckoning and its "that", right before the clause: what follows is somebody's claim
_REPORTED_BY = re.compile(
    r"\b(?:said|says|stated|announced|warned|argued|claimed|claims|estimated|estimates|believes|believed"
    r"|insisted|insists|told\s+[^.;]{1,40}?)\b[^.;\"“]{0,60}?\bthat\s*$"
)


# ... or a verb of saying with no "that", right before a clause that opens with its subject: "Roe said on
# Monday they would ...", "Roe said the levee held" (a subject and then its verb, never the verb's object:
# "announced the closure of ..." tells a thing, and "said the" of a later clause is not its opening)
_SAID_RIGHT_BEFORE = re.compile(
    r"\b(?:said|says|warned|warns|claimed|claims|insisted|insists|argued|argues|believes|believed)"
    r"(?:\s+(?:on\s+)?(?:\w+day|yesterday|today|earlier|later|last\s+\w+))?\s+$"
)
_CLAUSE_SUBJECT_OPENING = re.compile(
    r"(?:(?i:he|she|it|they|we|there)\s+[a-z]|(?i:the|a|an|its|their|his|her|this|these|those)\s+(?:[\w’'-]+\s+){0,6}?"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\s)"
)


# '... anticipated," Calder said in a statement': the quotation closes and its speaker follows
_SAID_AFTER = re.compile(
    r"""^[^"”]{0,400}?[,.?!]?(?:["”]|'')+,?\s+(?:[\w’'.-]+\s+){0,6}?(?:said|says|added|stated|told|wrote)\b"""
)


def _reported(mention: Mention, clause: str) -> bool:
    """Whether the clause is what the mention's speaker said: set after "X said ... that", or quoted before
    '," X said'."""
    if not mention.speaker:
        return False
    text = mention.sentence.text
    # (the clause may have been given a capital: "the ban will ..." -> "The ban will ...")
    at = text.lower().find(clause.strip().lower()[:40])
    if at < 0:
        return False
    # (the clause may run on to its attribution: 'The rise was driven by costs," the agency said')
    if at > 0 and _SAID_RIGHT_BEFORE.search(text[:at]) and _CLAUSE_SUBJECT_OPENING.match(text[at:]):
        return True  # "By Friday, Roe said they should have the pumps running": what Roe said they would do
    return (at > 0 and _REPORTED_BY.search(text[:at]) is not None) or _SAID_AFTER.match(text[at:]) is not None


def _whole_name_opening(mention: Mention, clause: str) -> str:
    """A clause cut at an "and" inside a name gets the whole name back: "Administration is studying the
    samples" in "the National Aeronautics and Space Administration is studying ..." -> "National ..."."""
    text = mention.sentence.text
    at = text.find(clause.strip())
    if at <= 0:
        return clause
    # (only a name that stands where its offsets say: a mention told in a sentence shortened around an
    # aside keeps the offsets of the shortened text)
    inside = next(
        (
            e
            for e in mention.entities
            if e.start < at < e.end and e.end <= len(text) and text[e.start : e.end] == e.text
        ),
        None,
    )
    return text[inside.start : at] + clause.strip() if inside is not None else clause


_TOLD_BEFORE = re.compile(r"(?i)\b(?:told|tells|tell|assured|informed|reminded|briefed)\s+(?:[\w’'-]+\s+)?$")
# (with no "that", what was said opens with a pronoun as its subject: "told a news conference he was ...")
_ADDRESSEE = re.compile(
    r"(?i)^(?:[\w’'-]+\s+){0,3}?(?:(?:late|early)\s+)?(?:on\s+\w+day\s+)?"
    r"(?:that\s+(?=\S)|(?=(?-i:he|she|they|it|we|I)\s+[a-z]))"
)


def _without_addressee(sentence: str, clause: str) -> str:
    """What was said, without whom it was told to: "investigators on Tuesday that tests showed ..." in
    "The firm told parliamentary auditors on Tuesday that tests showed ..." -> "tests showed ..."."""
    at = sentence.lower().find(clause.strip().lower()[:40])
    addressee = _ADDRESSEE.match(clause.strip())
    if at <= 0 or addressee is None or not _TOLD_BEFORE.search(sentence[:at]):
        return clause
    return clause.strip()[addressee.end() :]


def _personal(speaker: str) -> bool:
    """Whether "he" or "she" can stand for the speaker: "Authorities said he was detained" is about
    someone else."""
    return may_be_a_person(speaker)


DENIAL_WORDS = re.compile(
    r"\b(groundless|unfounded|baseless|no\s+basis|false|fabricat\w+|lies?|untrue|nonsense|absurd)\b",
    re.IGNORECASE,
)


def _title_quality(m: Mention) -> tuple[int, int, int, int, int, int, int]:
    words = len(m.clause.split())
    # a claim's title should carry its figure ("155 Chinese citizens")
    no_figure = m.event_type == "claim" and not any(f.kind in ("people", "troops") for f in m.figures)
    too_long = max(0, words - 16)
    too_short = max(0, 6 - words)
    # "His military captured ...": a title must stand on its own
    pronoun = m.clause.split()[0].lower() in _PRONOUNS if words else True
    # the report that dates the happening itself, in its speaker's own words, states it best: a sentence
    # that goes on about it ("The memo said ...") takes its date from that one
    return (
        BASIS_RANK[m.date_basis] > 2,
        pronoun,
        _another_voice(m),
        not _own_date(m),
        no_figure,
        too_long + 3 * too_short,
        m.sentence.start,
    )


def _lead(ranked: list[Mention]) -> Mention:
    """The report a title tells, of those ranked for it: the article's lead. Of the chosen report's article,
    the earliest sentence that tells the happening as well (same date, no worse on all but length) is where
    the report states it; a later sentence goes on about it ("Jane Roe, the agency's head, said it would
    close the port", then "It will reopen when the storm passes, she said"), however much shorter. The lead
    is no other speaker's; one too short to stand as a clause gives way."""
    best = ranked[0]
    rank = _title_quality(best)[:_LENGTH_KEY]
    lead = min(
        (
            m
            for m in ranked
            if m.article == best.article
            and (m.date_basis, m.date_start, m.date_end) == (best.date_basis, best.date_start, best.date_end)
            # (told by the same voice: a sentence of another speaker named is no lead of these remarks)
            and (m.speaker == best.speaker or not (m.speaker and best.speaker))
            and _title_quality(m)[:_LENGTH_KEY] <= rank
            and len(m.clause.split()) >= _LEAD_WORDS
        ),
        key=lambda m: m.sentence.start,
        default=best,
    )
    return lead if lead.sentence.start < best.sentence.start else best


# the place of length in `_title_quality`, after what says whether a report states the happening at all
_LENGTH_KEY = 5
# the fewest words of a clause that tells who did what ("The court adjourned": too few to lead)
_LEAD_WORDS = 6


_PRONOUNS = {"he", "she", "it", "they", "his", "her", "its", "their", "this", "these", "those", "that"}


def _short(name: str) -> str:
    """ "Volodymyr Zelenskyy" -> "Zelenskyy"; organisations and countries keep their full name."""
    name.split()
    return name


def _other_countries(m: Mention, cluster: Cluster) -> bool:
    """Whether a report and the happening's reports each name the countries an act of their days happened
    in, and none in common. (Not for a happening further back: reports recall a disaster of months before
    by wherever it bears on their own news, "off Louisiana", "a British company's rig", "the Gulf of
    Mexico", so the countries they name tell less of where it happened than of what they report.)"""
    if not m.countries or not cluster.countries or cluster.countries.intersection(m.countries):
        return False
    return _of_its_days(m) and _of_its_days(cluster.best)


def _of_its_days(m: Mention) -> bool:
    """Whether a mention tells of the days its report is news of."""
    return m.date_end >= m.published - REPORT_DAYS
