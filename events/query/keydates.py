"""Key dates: the few days that matter most in a large table, each with the sentences that say what happened.

A day's salience comes from the tables alone (no word lists, no thresholds tuned to a story):

- how many articles and outlets report something dated that day;
- how many articles published *later* name the day itself (an explicit or resolved date of a day in the
  text; a month or a week named is no citation of one of its days, `names_the_day`):
  a day that later reporting keeps citing back is a key date (timeline summarisation ranks days by how
  often articles mention them, e.g. DATEWISE in news-tls, Gholipour Ghalandari & Ifrim, ACL 2020);
- each article counts as much as it is about the story: the cosine of its dated sentences to the centroid
  of all the range's dated sentences (rare words weigh more). Timeline summarisation works on a topic's
  articles (news-tls and Tran et al. 2013 filter them by the topic's keywords); with no keywords given,
  the topic is what the range's articles share, so a page that names a date in passing (a concert
  listing beside the story) counts for little;
- the kinds of event reported (deeds weigh a little more than remarks) and how far the reports agree (a
  day whose reports are contested counts a little less);
- a sentence with no date of its own reports its article's news day, which is the day before publication
  when the article's own dates name that day more often ("on Tuesday" in Wednesday's paper).

Sentences are picked per day much as DATEWISE does, and by their centrality among the day's sentences:
a day's centroid keeps the words that both its dated sentences and the leads of the articles published
that day or the next use, weighted by rarity in the range; each dated sentence is scored by its
similarity to that centroid and, three times as much, by how much it shares with the day's other
sentences (degree centrality: LexRank, Erkan & Radev 2004; the centroid of sentences each counted once,
as in MEAD, Radev et al. 2004), a quotation a little less and a sentence that leans on the one before
half, and the best are chosen greedily, skipping any that repeat a chosen one.
(DATEWISE also offers the leads themselves; a lead the table dates to another day would misdate what it
says, so only sentences dated that day are shown.) Every sentence is verbatim from its article (the
mentions table's text).

    key_dates(tables, dates=10, sentences=2, start=dt.date(2010, 4, 20))
    -> [KeyDate(day=2010-04-20, reason="reported by 14 articles from 4 outlets; cited by 31 later
        articles", sentences=(KeySentence(text="...", outlet="BBC", ...), ...)), ...]
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from events.extract.patterns import WEEKDAY_WORD
from events.schema import SPEECH_EVENT_TYPES, Tables

# The columns `key_dates` reads of the events and mentions tables: all a caller need load of them.
EVENT_COLUMNS_READ = ("event_id", "date", "event_type", "contested", "precision", "planned")
MENTION_COLUMNS_READ = ("event_id", "article", "sentence", "start", "end", "date_text", "date_basis")
# Mentions whose text names their day (not just inherits the publication date).
_NAMED = ("explicit", "resolved")
# A date that names a day: a day of the month, a weekday, or a day or hours counted ("yesterday", "two
# days after the blast", "hours later"). A month, a season, a year or a week ("her resignation in March 2014",
# "last week") names none, whatever day the event it was merged into has.
_NAMES_A_DAY = re.compile(
    r"(?<![0-9])(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?(?![0-9])"
    rf"|\b{WEEKDAY_WORD}\b"
    r"|\b(?:yesterday|today|tonight|tomorrow|days?|nights?|morning|afternoon|evening|hours?)\b",
    re.IGNORECASE,
)
# A report of a day appears that day or the next: later articles "cite back" only from the day after that.
_REPORT_DAYS = 2
# The first sentences of an article (its lead) say what it reports (DATEWISE takes five).
_LEAD_SENTENCES = 5
# Words of a sentence as compared for centroid and repetition: lower-case letters and digits.
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# Joins texts for one pass of _WORD over all of them (a character no sentence holds).
_SEPARATOR = "\x00"
_WORD_OR_SEPARATOR = re.compile(_WORD.pattern + "|" + _SEPARATOR)
# `tokens`' table: the bytes a word or separator can hold kept, every other byte a space (the curly
# apostrophe stands in as \x01, which no word holds).
_WORD_BYTES = bytes(
    byte if chr(byte) in "abcdefghijklmnopqrstuvwxyz0123456789'\x01" + _SEPARATOR else ord(" ")
    for byte in range(256)
)
# Sentences shorter or longer than this (in words) rarely make a timeline entry: fragments, run-on titles.
_MIN_WORDS = 6
_MAX_WORDS = 45
# A candidate that shares this much (cosine of word counts) with a chosen sentence repeats it.
_REPEAT = 0.5
# How much a sentence's centrality among the day's sentences counts against its closeness to the day's
# centroid: the sentence most of the day's reports say in part states the day's happening, where the
# centroid (a mean of word counts) leans to the longest sentences, whose many words weigh most in it.
_CENTRALITY = 0.75
# A sentence that quotes someone's words (a quotation mark opening three words or more: a term in scare
# quotes, "top kill", is no quotation) gives a voice on the day rather than what happened: it counts a
# little less. Single quotes open after a space or at the start, so that an apostrophe opens none.
_QUOTES = re.compile(r"[\"“](?:[^\s\"“”]+\s+){2,}|(?:^|(?<=\s))['‘](?:[\w'’-]*\w[\s,;:]+){2,}")
_QUOTED = 0.8
# A sentence that opens with one of these leans on the one before it ("He said...", "This came after...")
# and reads poorly alone: it is taken only after the sentences that stand on their own.
_DANGLING = frozenset("he she it they this these those his her its their him them we i".split())
# Words too common to say what happened; grammatical words only, never story words.
_STOP = frozenset(
    "a an the and or but if of at by for with about against between into through during before after above "
    "below to from up down in out on off over under again further then once here there when where why how "
    "all any both each few more most other some such no nor not only own same so than too very s t can will "
    "just don should now i me my we our you your he him his she her it its they them their what which who "
    "whom this that these those am is are was were be been being have has had having do does did doing "
    "would could said says say also as while since until because".split()
)


@dataclass(frozen=True)
class KeySentence:
    """A sentence chosen for a key date, verbatim, with where it comes from."""

    text: str
    article: str
    outlet: str
    event_id: str
    start: int
    end: int


@dataclass(frozen=True)
class KeyDate:
    """One chosen day: why it was chosen, and its sentences."""

    day: dt.date
    rank: int
    score: float
    articles: int
    outlets: int
    cited_by: int
    reason: str
    sentences: tuple[KeySentence, ...]
    event_ids: tuple[str, ...]
    unnamed: int = 0  # articles reporting it whose outlet is not named (not among `outlets`)


class _Candidate(NamedTuple):
    text: str
    article: str
    event_id: str
    start: int
    end: int
    named: bool  # its date is named in the text (not inherited from publication)


def key_dates(
    tables: Tables,
    *,
    dates: int,
    sentences: int,
    start: dt.date | None = None,
    end: dt.date | None = None,
    horizon: dt.date | None = None,
) -> list[KeyDate]:
    """The `dates` most salient days between start and end (inclusive), oldest first, with up to
    `sentences` sentences each. `horizon` is the latest publication day of the whole table (by default
    of `tables.sources`): tables filtered to a topic should pass their whole table's (`latest_published`),
    as an article about something else published later still shows how long the topic has been seen."""
    return key_dates_passed_over(
        tables, dates=dates, sentences=sentences, start=start, end=end, horizon=horizon
    )[0]


def key_dates_passed_over(
    tables: Tables,
    *,
    dates: int,
    sentences: int,
    start: dt.date | None = None,
    end: dt.date | None = None,
    horizon: dt.date | None = None,
) -> tuple[list[KeyDate], int]:
    """`key_dates`, and how many ranked days it passed over because none of their sentences could be
    quoted: a view showing fewer days than asked for says "all the days" only when it passed over none."""
    if dates < 1 or sentences < 1:
        return [], 0
    mentions = _dated_mentions(tables)
    in_range = _within(mentions, start, end)
    if in_range.empty:
        return [], 0
    story = StoryWords.of(in_range["sentence"].tolist())
    ranked = rank_days(in_range, story.relevance(in_range), horizon or latest_published(tables.sources))
    outlets = _outlets(tables.sources)
    pool = _CandidatePool(mentions)
    # Each text's word vector made once for all days (a day's leads are the next day's too), the
    # range's texts from the words already counted for the story.
    vectors = SentenceVectors(story.weights(), story)
    chosen: list[KeyDate] = []
    passed = 0
    for day, row in zip(ranked.index, ranked.to_dict("records"), strict=True):
        if len(chosen) >= dates:
            break
        dated, reported = pool.of(day)
        picked = pick_sentences(dated, reported, sentences, vectors.weights, vector_of=vectors)
        if not picked:
            passed += 1
            continue
        chosen.append(
            KeyDate(
                day=day,
                rank=len(chosen) + 1,
                score=float(row["score"]),
                articles=int(row["articles"]),
                outlets=int(row["outlets"]),
                cited_by=int(row["cited_by"]),
                reason=_reason(row),
                sentences=tuple(
                    KeySentence(
                        c.text, c.article, outlets.get(c.article, c.article), c.event_id, c.start, c.end
                    )
                    for c in picked
                ),
                event_ids=tuple(dict.fromkeys(c.event_id for c in picked)),
                unnamed=int(row.get("unnamed", 0)),
            )
        )
    return sorted(chosen, key=lambda key: key.day), passed


def _dated_mentions(tables: Tables) -> pd.DataFrame:
    """Mentions of day-precision, non-planned events, with the event's day (an undated sentence's moved
    to its article's news day, `_on_news_days`), kind and the article's publication day and outlet."""
    events = tables.events
    events = events[(events["precision"] == "day") & ~events["planned"]]
    columns = ["event_id", "date", "event_type", "contested"]
    mentions = tables.mentions.merge(events[columns], on="event_id", how="inner")
    sources = tables.sources[["article", "outlet", "published"]]
    mentions = mentions.merge(sources, on="article", how="left")
    mentions["day"] = _dates_of(mentions["date"])
    mentions["published_day"] = _dates_of(mentions["published"])
    # An article whose outlet sources.csv leaves blank stands for itself (one voice each), but is not an
    # outlet a reason may count: 200 such articles are not "200 outlets".
    mentions["outlet_named"] = mentions["outlet"].fillna("") != ""
    mentions["outlet"] = mentions["outlet"].where(mentions["outlet_named"], mentions["article"])
    return _on_news_days(mentions)


def _dates_of(stamps: pd.Series) -> pd.Series:
    """`stamps.dt.date` (NaT stays NaT), each distinct day made a date object once: a million mentions
    fall on a few thousand days, and a date object per row took most of a second."""
    codes, unique = pd.factorize(stamps)
    made = np.append(pd.DatetimeIndex(unique).date, np.array([pd.NaT], dtype=object))  # -1 (NaT): the last
    return pd.Series(made[codes], index=stamps.index, dtype=object, name=stamps.name)


def _day_stamps(days: pd.Series) -> pd.Series:
    """A column of date objects (or timestamps; missing ones NaT) as midnight timestamps, each distinct
    value converted once: grouping, comparing and taking them apart is vectorised where date objects
    are compared one by one in Python."""
    if pd.api.types.is_datetime64_any_dtype(days):
        floored: pd.Series = days.dt.floor("D")
        return floored
    codes, unique = pd.factorize(days)
    made = np.append(
        pd.to_datetime(pd.Index(unique, dtype=object)).floor("D").to_numpy(), np.datetime64("NaT")
    )
    return pd.Series(made[codes], index=days.index, name=days.name)


def _on_news_days(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions dated only by their article's publication day moved to the article's news day, the day
    its own dated sentences report most (`news_day_lag`: how many days before publication; `on_news_day`:
    the mention was moved).

    A sentence with no date of its own inherits its article's publication day, but news is often
    published the day after it happened: a London paper's morning report of a Los Angeles afternoon ("The
    trial has begun"), Wednesday's story of "on Tuesday". Left on the publication day, such sentences
    split one happening's reports between its day and the next, and the next day's count rises with
    reports of the day before. The article says which day it reports: the days its explicit and resolved
    dates name, within the days a report appears (the day itself and the next, `_REPORT_DAYS`). When
    those name an earlier day more often than the publication day, the undated sentences report that
    earlier day too; on a tie, or with no such dates, they stay on the publication day. This moves what
    the sentences count for in the ranking only: each is still offered, and linked, on its event's date.
    """
    lag = (mentions["published"].dt.normalize() - mentions["date"]).dt.days
    named = (mentions["date_basis"].isin(_NAMED) & lag.between(0, _REPORT_DAYS - 1)).to_numpy()
    article, _names = pd.factorize(mentions["article"])
    # How often each article names each lag (a table of articles by lags, counted in place)
    counts = np.zeros((len(_names), _REPORT_DAYS), dtype=np.int64)
    np.add.at(counts, (article[named], lag.to_numpy()[named].astype(np.int64)), 1)
    # the lag named most often; the smallest such (the publication day first) on a tie or with none
    news_lag = counts.argmax(axis=1) if len(_names) else np.zeros(0, dtype=np.int64)
    undated = (mentions["date_basis"] == "publication") & (lag == 0)
    shift = pd.Series(news_lag[article].astype(np.int64), index=mentions.index).where(undated, 0)
    moved = shift > 0
    mentions = mentions.assign(news_day_lag=shift, on_news_day=moved)
    if moved.any():
        mentions.loc[moved, "day"] = _dates_of(
            mentions.loc[moved, "date"] - pd.to_timedelta(shift[moved], unit="D")
        )
    return mentions


def _within(mentions: pd.DataFrame, start: dt.date | None, end: dt.date | None) -> pd.DataFrame:
    if start is not None:
        mentions = mentions[mentions["day"] >= start]
    if end is not None:
        mentions = mentions[mentions["day"] <= end]
    return mentions


def rank_days(mentions: pd.DataFrame, relevance: pd.Series, horizon: dt.date | None = None) -> pd.DataFrame:
    """One row per day of `mentions` with its counts and score, most salient first (ties: earlier day);
    `relevance` says how much each article is about the story (see `StoryWords.relevance`), `horizon` is
    the latest publication day of the table (by default the latest of `mentions`)."""
    if mentions.empty:
        return pd.DataFrame(columns=["articles", "outlets", "unnamed", "cited_by", "score"])
    # An article as close to the story as the average article counts as one article.
    mean = float(relevance.mean()) if len(relevance) else 0.0
    weight = relevance / mean if mean > 0 else relevance
    # The days as timestamps and the articles and outlets as numbers (a million date objects and
    # strings grouped and compared one by one took seconds); the table's days are dates again below.
    day, published_day = _day_stamps(mentions["day"]), _day_stamps(mentions["published_day"])
    article, articles = _numbered(mentions["article"])
    # A later citation: a text naming the day, published after the days a report appears.
    citing = names_the_day(mentions) & (published_day >= day + pd.Timedelta(days=_REPORT_DAYS))
    # each article's weight by its number (a missing article, or one `relevance` lacks, weighs 0)
    weights = np.append(weight.reindex(articles).to_numpy(dtype=float), np.nan)
    days = pd.DataFrame(
        {
            "day": day,
            "article": article,
            "deed": ~mentions["event_type"].isin(SPEECH_EVENT_TYPES),
            "contested": mentions["contested"],
            "later": citing,
            "relevance": pd.Series(
                weights[article.fillna(-1).to_numpy(dtype=np.int64)], index=mentions.index
            ).fillna(0.0),
            "published_day": published_day,
        }
    )
    grouped = days.groupby("day", sort=True)
    table = pd.DataFrame(
        {
            "articles": grouped["article"].nunique(),
            "mentions": grouped.size(),
            "deeds": grouped["deed"].sum(),
            "contested": grouped["contested"].mean(),
        }
    )
    # (mentions made elsewhere than `_dated_mentions` carry no flag: an outlet is named there when it is
    # not its article's file name)
    named = (
        mentions["outlet_named"] if "outlet_named" in mentions else mentions["outlet"] != mentions["article"]
    ).to_numpy(dtype=bool)
    outlet = _numbered(mentions["outlet"])[0]
    table["outlets"] = outlet[named].groupby(day[named]).nunique().reindex(table.index, fill_value=0)
    table["unnamed"] = days[~named].groupby("day")["article"].nunique().reindex(table.index, fill_value=0)
    later = days[days["later"]]
    table["cited_by"] = later.groupby("day")["article"].nunique().reindex(table.index, fill_value=0)
    if horizon is None:
        published = days["published_day"].dropna()
        horizon = published.max().date() if len(published) else table.index.max().date()
    counts = _strength(days, horizon).reindex(table.index)
    table["expected"], table["seen_share"] = counts["expected"], counts["seen_share"]
    last = np.full(len(table), np.datetime64(horizon, "D"))
    table["days_seen"] = np.maximum(
        (last - np.asarray(table.index, dtype="datetime64[D]")).astype(np.int64), 0
    )
    # Reports and later citations both count with diminishing returns, each article by how much it is
    # about the story. The kind of event and agreement only separate days that the counts leave close
    # (0.1 is about the gap between 10 and 11 articles).
    deeds_share = table["deeds"] / table["mentions"]
    table["score"] = counts["strength"] + 0.1 * deeds_share - 0.1 * table["contested"]
    table.index = pd.Index(pd.DatetimeIndex(table.index).date, dtype=object, name="day")
    order = np.lexsort((np.arange(len(table)), -table["score"].to_numpy()))
    return table.iloc[order]


def _numbered(values: pd.Series) -> tuple[pd.Series, pd.Index]:
    """Each value's number in the order they first come (missing ones NaN, so that counts of distinct
    values leave them out as they leave out missing strings), and the values numbered."""
    codes, unique = pd.factorize(values)
    numbers = pd.Series(codes, index=values.index, dtype=float).where(codes >= 0)
    return numbers, pd.Index(unique)


def names_the_day(mentions: pd.DataFrame) -> pd.Series:
    """Whether each mention's text names its day (an explicit or resolved date of a day), as a later
    citation must. "Since her resignation in March 2014", in a 2016 article and merged into an event of
    29 March 2014, cites a month: the merge's choice of a day within it says nothing of which day later
    reporting keeps coming back to. A mention with no date text kept (a table without the column, or a
    hand-made one) is taken at its basis."""
    named = mentions["date_basis"].isin(_NAMED)
    if "date_text" not in mentions:
        return named
    texts = mentions["date_text"].fillna("").astype(str)
    unique = pd.unique(texts.to_numpy())
    a_day = {text: (not text.strip()) or bool(_NAMES_A_DAY.search(text)) for text in unique}
    return named & texts.map(a_day).astype(bool)


def _strength(days: pd.DataFrame, horizon: dt.date) -> pd.DataFrame:
    """Per day: `strength`, log(1 + articles reporting) + log(1 + later articles citing), each article
    counted once a day and weighted by its relevance; `expected`, the reports expected in the end; and
    `seen_share`, the share of those the table can hold yet.

    A day near the table's latest publication day (its horizon) has had less time to be reported and
    cited than an older one: the last day of a story is reported only by that day's articles, and cited
    by none. Both counts are corrected for the reports still to come, as reporting delays are corrected
    in surveillance counts (Lawless, 1994; "nowcasting"): the table's own pairs of (day, article) give
    the share of a day's reports made within t days of it (`_delays`), the reports of a day seen for t
    days are divided by that share, and its citations get those expected after t days. A day seen for
    longer than any delay in the table keeps its counts.
    """
    pairs = article_days(days)
    reported = pairs.groupby("day")["relevance"].sum()
    cited = pairs[pairs["later"]].groupby("day")["relevance"].sum().reindex(reported.index, fill_value=0.0)
    last = np.datetime64(horizon, "D")
    within, after = delay_shares(pairs, horizon)
    reported_seen = (last - np.asarray(reported.index, dtype="datetime64[D]")).astype(np.int64)
    days_seen = np.clip(reported_seen, 0, len(within) - 1)
    expected = reported / within[days_seen]
    cited = cited + expected * after[days_seen]
    return pd.DataFrame(
        {
            "strength": np.log1p(expected) + np.log1p(cited),
            "expected": expected,
            "seen_share": within[days_seen],
        }
    )


def article_days(days: pd.DataFrame) -> pd.DataFrame:
    """The (day, article) pairs of dated sentences: each article once a day, with its relevance, its
    publication day and whether it reports the day later (a citation)."""
    return (
        days.groupby(["day", "article"], sort=False)
        .agg(relevance=("relevance", "first"), published=("published_day", "first"), later=("later", "any"))
        .reset_index()
    )


def delay_shares(pairs: pd.DataFrame, horizon: dt.date) -> tuple[np.ndarray, np.ndarray]:
    """`_delays` of `article_days`' pairs up to the horizon: per t days seen, the share of a day's reports
    made by then and the later citations expected per report after it."""
    last = np.datetime64(horizon, "D")
    day = _day_stamps(pairs["day"]).to_numpy().astype("datetime64[D]")
    published = _day_stamps(pairs["published"]).to_numpy().astype("datetime64[D]")
    known = ~np.isnat(published)
    seen = np.maximum((last - day).astype(np.int64), 0)
    lags = np.clip((published[known] - day[known]).astype(np.int64), 0, seen[known])
    return _delays(
        lags, seen[known], pairs["relevance"].to_numpy(dtype=float)[known], pairs["later"].to_numpy()[known]
    )


def _delays(
    lags: np.ndarray, seen: np.ndarray, weights: np.ndarray, citing: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """From pairs of (day, article): each article's delay in days after the day it reports, how long that
    day had been seen (the horizon minus the day: no delay can be longer), its weight, and whether it
    cites the day later. Returns (within[t]: the share of a day's reports made within t days; after[t]:
    the citations per report expected more than t days after the day), for t = 0 .. the longest delay.

    Delays longer than a day has been seen are never observed (right truncation): `within` is the
    product-limit estimate in reverse time of Lagakos, Barraj & De Gruttola (1988), which counts each
    delay only among the days seen for at least that long.
    """
    size = int(lags.max()) + 1 if len(lags) else 1
    at = np.bincount(lags, weights=weights, minlength=size)
    # Pairs at risk at delay y: delay <= y, of days seen for y days or more (those seen less are out).
    shorter = np.bincount(np.minimum(seen, size), weights=weights, minlength=size + 1)[:size]
    # (never below the pairs at y itself, which rounding could make it)
    risk = np.maximum(np.cumsum(at) - np.concatenate(([0.0], np.cumsum(shorter)[:-1])), at)
    hazard = np.divide(at, risk, out=np.zeros(size), where=risk > 0)
    survive = np.clip(1.0 - hazard, 0.0, 1.0)
    # within[x] = product of (1 - hazard(y)) over y > x
    within = np.append(np.cumprod(survive[::-1])[::-1][1:], 1.0)
    if not (within > 0).all():  # a delay every pair at risk has: too few pairs to estimate, correct nothing
        return np.ones(size), np.zeros(size)
    share = np.diff(within, prepend=0.0)  # the share of reports made exactly y days after
    cites = np.divide(
        np.bincount(lags, weights=weights * citing, minlength=size), at, out=np.zeros(size), where=at > 0
    )
    # after[t] = sum over y > t of share(y) * cites(y)
    tail = np.cumsum((share * cites)[::-1])[::-1]
    after = np.append(tail[1:], 0.0)
    return within, after


def latest_published(sources: pd.DataFrame) -> dt.date | None:
    """The latest publication day of a sources table: no article has reported anything later yet."""
    published = sources["published"].dropna()
    return published.max().date() if len(published) else None


def _reason(row: Mapping[Hashable, Any]) -> str:
    articles, outlets, cited = int(row["articles"]), int(row["outlets"]), int(row["cited_by"])
    unnamed = int(row.get("unnamed", 0))
    text = f"reported by {_count(articles, 'article')}"
    if not unnamed:
        text += f" from {_count(outlets, 'outlet')}"
    elif not outlets:
        text += f" ({'its outlet' if articles == 1 else 'their outlets'} not named)"
    else:
        # The two parts said apart: "6 articles from 3 outlets and 1 with no outlet named" can be read
        # as 4 outlets.
        text += f": {articles - unnamed} from {_count(outlets, 'outlet')}, {unnamed} with no outlet named"
    if cited:
        text += f"; cited by {_count(cited, 'later article')}"
    if float(row["seen_share"]) < 0.5:
        # Most of the reports a day this recent gets are still to come: its counts were raised for them.
        seen = int(row["days_seen"])
        if seen == 0:
            text += "; most of its reports are likely still to come (the latest article is from that day)"
        else:
            # Said whole: "still to come" beside "50 days later" reads as a contradiction unless the reader
            # learns that this archive's days keep being reported for longer than that.
            text += (
                "; most of its reports are likely still to come: the latest article came "
                f"{_count(seen, 'day')} later, and in this archive a day gets most of its reports"
                " later than that"
            )
    return text


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _outlets(sources: pd.DataFrame) -> dict[str, str]:
    named = sources["outlet"].where(sources["outlet"] != "", sources["article"])
    return dict(zip(sources["article"], named, strict=True))


class _CandidatePool:
    """Each day's candidate sentences: those dated that day, and the leads of articles that report it.

    Only positions are kept per day; a day's candidates are made when it is asked for (a few days are,
    of every day in the table: an object per mention held hundreds of megabytes at a million mentions).
    """

    def __init__(self, mentions: pd.DataFrame) -> None:
        # The rows in text order (by article, then position): only the two keys are sorted, the
        # articles numbered in their sorted order (a missing one last, where sort_values puts it).
        numbers = pd.factorize(mentions["article"], sort=True)[0]
        order = np.lexsort(
            (mentions["start"].to_numpy(), np.where(numbers < 0, numbers.max(initial=0) + 1, numbers))
        )
        self._order = order
        # A candidate's fields, taken from these columns only for the rows of a day asked for (a few
        # days are): made into str, int and bool objects for every row, they took a second at a
        # million mentions.
        self._columns = mentions[["sentence", "article", "event_id", "start", "end"]].reset_index(drop=True)
        self._named = mentions["date_basis"].isin(_NAMED).to_numpy()
        named = self._named[order]
        # A sentence is offered on its event's own date (the date its drill-down shows), even when its
        # report counts on its article's news day (see `_on_news_days`).
        event_day = pd.Series(mentions["date"].to_numpy()[order]).dt.floor("D")
        by_day = event_day.groupby(event_day, sort=False).indices
        self._by_day: dict[Hashable, Any] = dict(
            zip(pd.DatetimeIndex(list(by_day)).date, by_day.values(), strict=True)
        )
        # A lead: one of the first _LEAD_SENTENCES of its article (in text order), the article's
        # publication day known, and its own date not named ("since the dam burst on 4 March" says
        # nothing of the day it appeared).
        article = np.where(numbers < 0, np.nan, numbers)[order]
        seen = pd.Series(article).groupby(article, sort=False).cumcount().to_numpy()
        published_day = mentions["published_day"].to_numpy()[order]
        leads = np.flatnonzero((seen < _LEAD_SENTENCES) & pd.notna(published_day) & ~named)
        published = pd.Series(leads).groupby(published_day[leads], sort=False).indices
        self._leads: dict[Hashable, Any] = {day: leads[at] for day, at in published.items()}

    def _candidates(self, positions: Any) -> list[_Candidate]:
        if positions is None or not len(positions):
            return []
        rows = self._order[positions]
        taken = self._columns.iloc[rows]
        columns = [
            *(
                taken[column].astype(str).to_numpy(dtype=object).tolist()
                for column in ("sentence", "article", "event_id")
            ),
            *(taken[column].astype(np.int64).to_numpy(dtype=object).tolist() for column in ("start", "end")),
            self._named[rows].astype(object).tolist(),
        ]
        return list(map(_Candidate._make, zip(*columns, strict=True)))

    def of(self, day: dt.date) -> tuple[list[_Candidate], list[_Candidate]]:
        """(sentences dated `day`, lead sentences of articles published that day or the next)."""
        reported = [
            c
            for k in range(_REPORT_DAYS)
            for c in self._candidates(self._leads.get(day + dt.timedelta(days=k)))
        ]
        return self._candidates(self._by_day.get(day)), reported


def coded_tokens(text: str) -> tuple[np.ndarray, list[str]]:
    """`pd.factorize(_WORD_OR_SEPARATOR.findall(text))` for a lower-cased text, without a Python
    string per word: (each match's number, the matches numbered in the order they first come).

    A match is a run of [a-z0-9], maybe an apostrophe and letters, or a separator: every other
    character only ends one. Those made spaces (and the separator set apart), each run between spaces
    is a match, but for a run that holds an apostrophe, which the pattern reads into its matches. The
    runs are split and numbered by Arrow. On the 15,000 sentences of a story of 1,500 articles: a third
    of the time of the pattern and pandas' numbering.
    """
    data = (
        text.replace("\x01", " ")
        .replace("’", "\x01")  # (the curly apostrophe as one byte, which no match holds)
        .encode("utf-8", "surrogatepass")  # every other character's bytes are 0x80 or more: spaces
        .translate(_WORD_BYTES)
        .replace(_SEPARATOR.encode(), f" {_SEPARATOR} ".encode())
    )
    data = b" " + data + b" "  # every run between two spaces
    bytes_ = np.frombuffer(data, dtype=np.uint8)
    marks = np.flatnonzero((bytes_ == ord("'")) | (bytes_ == 1))
    if len(marks):
        spaces = np.flatnonzero(bytes_ == ord(" "))
        after = np.searchsorted(spaces, marks)
        starts, ends = spaces[after - 1] + 1, spaces[after]
        first = np.r_[True, starts[1:] != starts[:-1]]  # one apostrophe a run
        pieces, done = [], 0
        for start, end in zip(starts[first].tolist(), ends[first].tolist(), strict=True):
            run = data[start:end].decode("ascii").replace("\x01", "’")
            pieces += [data[done:start], " ".join(_WORD.findall(run)).replace("’", "\x01").encode("ascii")]
            done = end
        data = b" ".join([*pieces, data[done:]])
    data = data.strip()
    if not data:
        return np.zeros(0, dtype=np.int64), []
    runs = pc.list_flatten(pc.ascii_split_whitespace(pa.array([data.decode("ascii")], pa.large_string())))
    numbered = pc.dictionary_encode(runs)  # numbered in the order they first come, as pd.factorize
    names = [str(name).replace("\x01", "’") for name in numbered.dictionary.to_pylist()]
    return numbered.indices.to_numpy().astype(np.int64), names


@lru_cache(maxsize=1 << 16)
def words(text: str) -> tuple[str, ...]:
    """ "The dam was repaired on July 15." -> ("dam", "repaired", "july", "15")"""
    return tuple(w for w in _WORD.findall(text.lower()) if w not in _STOP)


class StoryWords:
    """The words of a range's dated sentences, counted once per distinct text in flat arrays (one entry
    per text and word it holds): what weighs each word (`weights`) and how close each article is to the
    story as a whole (`relevance`)."""

    def __init__(
        self, texts: list[str], copies: np.ndarray, vocabulary: list[str], pairs: np.ndarray
    ) -> None:
        self.texts = texts
        self.copies = copies  # how many mentions carry each text
        self.vocabulary = vocabulary
        size = max(len(vocabulary), 1)
        # (where each distinct pair first stands in `pairs`, the order of the texts and of their words:
        # `words_in_order` sorts by it, where numbering ten million pairs anew took seconds)
        pair, self._first, self.count = np.unique(pairs, return_index=True, return_counts=True)
        self.text, self.word = pair // size, pair % size

    def words_in_order(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(text, word, count) arrays of each text's distinct words in the order they first stand in
        it, the texts in order: what `words(text)` gives, counted (and `Counter(words(text))` holds)."""
        order = np.argsort(self._first)  # the distinct pairs in the order they first come
        return self.text[order], self.word[order], self.count[order]

    @classmethod
    def of(cls, sentences: Sequence[str]) -> StoryWords:
        copies = Counter(sentences)
        texts = list(copies)
        # The words of all texts at once, joined by a separator that is a match of its own (the words
        # of `words`, without a call per text): ["the dam burst", "rain"] -> dam burst | rain
        joined = _SEPARATOR.join(text.replace(_SEPARATOR, " ") for text in texts).lower()
        codes, unique_words = coded_tokens(joined)
        ends = np.asarray([word == _SEPARATOR for word in unique_words], dtype=bool)[codes]
        text_ids = np.cumsum(ends)  # the separator before a token's text counts the texts before it
        stop = np.asarray([word in _STOP or word == _SEPARATOR for word in unique_words], dtype=bool)
        keep = ~stop[codes]
        kept, vocabulary_ids = np.unique(codes[keep], return_inverse=True)
        vocabulary = [unique_words[code] for code in kept.tolist()]
        size = max(len(vocabulary), 1)
        pairs = text_ids[keep].astype(np.int64) * size + vocabulary_ids.astype(np.int64)
        return cls(texts, np.fromiter(copies.values(), dtype=np.float64, count=len(texts)), vocabulary, pairs)

    def _idf(self) -> np.ndarray:
        # A word's rarity among the range's mentions, each copy of a wire sentence counted: log((1+N)/(1+n))+1
        frequency = np.bincount(self.word, weights=self.copies[self.text], minlength=len(self.vocabulary))
        idf: np.ndarray = np.log((1 + self.copies.sum()) / (1 + frequency)) + 1
        return idf

    def weights(self) -> dict[str, float]:
        """word -> its weight in sentence vectors (rarer words weigh more)."""
        return dict(zip(self.vocabulary, self._idf().tolist(), strict=True))

    def relevance(self, mentions: pd.DataFrame) -> pd.Series:
        """article -> the mean cosine of its dated sentences (rows of `mentions`) to the centroid of the
        range's other distinct texts, from 0 to 1: how much the article is about what the range's
        articles share. A text is left out of its own centroid, or in a small range a sentence about
        something else would look like the story through its own words."""
        size = len(self.texts)
        if size < 2:
            return pd.Series(1.0, index=pd.unique(mentions["article"]), dtype=float)
        values = self.count * self._idf()[self.word]
        own = np.bincount(self.text, weights=values**2, minlength=size)  # |v|^2 of each text
        total = np.bincount(self.word, weights=values, minlength=len(self.vocabulary))  # sum of all texts
        shared = np.bincount(self.text, weights=values * total[self.word], minlength=size)  # v . total
        # v . (total - v) over |v| |total - v|: the (n - 1) of the others' mean cancels out
        dot = shared - own
        others = np.sqrt(np.maximum(float((total**2).sum()) - 2 * shared + own, 0.0))
        norms = np.sqrt(own) * others
        closeness = np.divide(dot, norms, out=np.zeros_like(dot), where=norms > 0)
        by_text = dict(zip(self.texts, np.clip(closeness, 0.0, 1.0).tolist(), strict=True))
        return mentions["sentence"].map(by_text).astype(float).groupby(mentions["article"]).mean()


def _vector(text: str, weights: Mapping[str, float]) -> dict[str, float]:
    counts = Counter(words(text))
    return {word: n * weights.get(word, 1.0) for word, n in counts.items()}


class SentenceVectors:
    """Texts' word vectors (`_vector`) under one set of weights, each made once when first asked for,
    and a day's centroid of them (`centroid`).

    Given the `StoryWords` the weights come from, the vectors of its texts are made from the words it
    counted (one pass of the word pattern over all of them), word for word and value for value what
    `_vector` makes of them; other texts (a sentence dated in the range but reported outside it) are
    read as `_vector` reads them."""

    def __init__(self, weights: dict[str, float], story: StoryWords | None = None) -> None:
        self.weights = weights
        # Each text's vector, with its words' numbers and values as arrays (for `centroid`).
        self._made: dict[str, tuple[dict[str, float], np.ndarray, np.ndarray]] = {}
        self._names: list[str] = []  # the word of each number
        self._numbers: dict[str, int] = {}
        # The story's texts: each one's word numbers and values, from bounds[i] to bounds[i + 1] of the
        # arrays, in the order of the text.
        self._at: dict[str, int] = {}
        self._bounds: list[int] = []
        self._word_numbers = np.zeros(0, dtype=np.int64)
        self._values = np.zeros(0, dtype=np.float64)
        if story is not None and len(story.texts):
            text, word, count = story.words_in_order()
            idf = np.asarray([weights.get(w, 1.0) for w in story.vocabulary], dtype=np.float64)
            self._names = list(story.vocabulary)
            self._numbers = {name: number for number, name in enumerate(self._names)}
            self._at = {t: i for i, t in enumerate(story.texts)}
            self._bounds = np.searchsorted(text, np.arange(len(story.texts) + 1)).tolist()
            self._word_numbers = word.astype(np.int64)
            self._values = count * idf[word]

    def __call__(self, text: str) -> dict[str, float]:
        return self._made_of(text)[0]

    def _made_of(self, text: str) -> tuple[dict[str, float], np.ndarray, np.ndarray]:
        found = self._made.get(text)
        return found if found is not None else self._make(text)

    def _make(self, text: str) -> tuple[dict[str, float], np.ndarray, np.ndarray]:
        at = self._at.get(text)
        if at is None:
            vector = _vector(text, self.weights)
            numbers = np.fromiter((self._number(w) for w in vector), dtype=np.int64, count=len(vector))
            values = np.fromiter(vector.values(), dtype=np.float64, count=len(vector))
        else:
            start, end = self._bounds[at], self._bounds[at + 1]
            numbers, values = self._word_numbers[start:end], self._values[start:end]
            vector = self._vector_of(numbers, values)
        made = self._made[text] = (vector, numbers, values)
        return made

    def _number(self, word: str) -> int:
        number = self._numbers.get(word)
        if number is None:
            number = self._numbers[word] = len(self._names)
            self._names.append(word)
        return number

    def centroid(self, dated: Sequence[str], reported: Sequence[str]) -> dict[str, float]:
        """The day's centroid (see `pick_sentences`): of the mean vector of its dated sentences and that
        of its leads (a text given twice counts twice), the words both use, each the sum of its two
        means, in the order the dated sentences first use them; all words of both when they share none;
        with no leads, the dated sentences' mean.

        Each mean is taken as a loop over the vectors would take it, value by value in the texts'
        order, only over arrays of word numbers (bincount adds each number's values one by one in the
        order given): a day's texts can hold thousands of words, of which only the shared ones become
        the centroid's."""
        made, other_made = [self._made_of(t) for t in dated], [self._made_of(t) for t in reported]
        numbers, mean = self._mean(made)
        order = pd.unique(numbers)
        if not reported:
            return self._vector_of(order, mean[order])
        other_numbers, other = self._mean(other_made)
        shared = order[np.isin(order, other_numbers)]
        if len(shared):
            return self._vector_of(shared, mean[shared] + other[shared])
        other_order = pd.unique(other_numbers)
        a, b = self._vector_of(order, mean[order]), self._vector_of(other_order, other[other_order])
        return {word: a.get(word, 0.0) + b.get(word, 0.0) for word in a.keys() | b.keys()}

    def centrality(self, texts: Sequence[str]) -> np.ndarray:
        """Each text's cosine to the sum of all the texts' vectors, each scaled to length one (so counted
        once, however many words it has): its mean cosine to the others and itself, up to a factor the
        same for all, the degree centrality of LexRank (Erkan & Radev, 2004) without a threshold."""
        made = [self._made_of(t) for t in texts]
        if not made:
            return np.zeros(0)
        segment = np.repeat(np.arange(len(made)), [len(m[1]) for m in made])
        numbers = np.concatenate([m[1] for m in made])
        values = np.concatenate([m[2] for m in made])
        norms = np.sqrt(np.bincount(segment, weights=values**2, minlength=len(made)))
        scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
        votes = np.bincount(numbers, weights=values * scale[segment], minlength=len(self._names))
        dots = np.bincount(segment, weights=values * votes[numbers], minlength=len(made))
        lengths = norms * math.sqrt(float((votes**2).sum()))
        return np.divide(dots, lengths, out=np.zeros_like(dots), where=lengths > 0)

    def _mean(
        self, made: list[tuple[dict[str, float], np.ndarray, np.ndarray]]
    ) -> tuple[np.ndarray, np.ndarray]:
        """Of texts' vectors made: (their word numbers, one after the other; each word's mean value,
        by word number)."""
        if not made:
            return np.zeros(0, dtype=np.int64), np.zeros(len(self._names))
        numbers = np.concatenate([m[1] for m in made])
        total = np.bincount(numbers, weights=np.concatenate([m[2] for m in made]), minlength=len(self._names))
        return numbers, total / len(made)

    def _vector_of(self, numbers: np.ndarray, values: np.ndarray) -> dict[str, float]:
        """{word: value} of the word `numbers` and their `values`, in their order."""
        return dict(zip([self._names[n] for n in numbers.tolist()], values.tolist(), strict=True))


def _norm(vector: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vector.values()))


def _cosine(a: dict[str, float], b: dict[str, float], norms: float) -> float:
    """Cosine of two word vectors, given the product of their norms."""
    if not norms:
        return 0.0
    small, large = (a, b) if len(a) < len(b) else (b, a)
    return sum(value * large.get(word, 0.0) for word, value in small.items()) / norms


def pick_sentences(
    dated: Sequence[_Candidate],
    reported: Sequence[_Candidate],
    k: int,
    weights: dict[str, float],
    *,
    vector_of: SentenceVectors | None = None,
) -> list[_Candidate]:
    """Up to k sentences closest to the day's centroid and most central among its sentences, none
    repeating another (or itself).

    The centroid keeps the words that both the sentences dated that day and the leads of that day's
    reports use (DATEWISE's "PM-Mean"); with no leads, the dated sentences' words alone. A sentence's
    centrality is its similarity to the day's other distinct sentences (`SentenceVectors.centrality`):
    what many reports of the day say in part, each report's sentence counted once whatever its length.
    A quotation (`_QUOTES`) counts a little less: it gives a voice on the day, not what happened.
    `vector_of`, if given, makes the texts' vectors under `weights` (and keeps them from day to day).
    """
    usable = _usable(dated)
    if not usable:
        return []
    # Wire copy repeats a sentence across many reports: each distinct text is turned into a vector once.
    vector = vector_of if vector_of is not None else SentenceVectors(weights)
    vectors = [vector(c.text) for c in usable]
    norms = [_norm(v) for v in vectors]
    centroid = vector.centroid([c.text for c in dated], [c.text for c in reported])
    centre = _norm(centroid)
    central = vector.centrality([c.text for c in usable]).tolist()
    closeness = [
        ((1 - _CENTRALITY) * _cosine(vectors[i], centroid, norms[i] * centre) + _CENTRALITY * central[i])
        * (0.5 if _leans_back(usable[i].text) else 1.0)
        * (_QUOTED if _QUOTES.search(usable[i].text) else 1.0)
        for i in range(len(usable))
    ]
    scored = sorted(range(len(usable)), key=lambda i: (-closeness[i], usable[i].article, usable[i].start))
    picked: list[int] = []
    for i in scored:
        if len(picked) >= k:
            break
        if any(_cosine(vectors[i], vectors[j], norms[i] * norms[j]) > _REPEAT for j in picked):
            continue
        picked.append(i)
    return [usable[i] for i in picked]


def _leans_back(text: str) -> bool:
    first = text.split(maxsplit=1)[:1]
    return bool(first) and first[0].strip("\"'“‘(").lower() in _DANGLING


def _usable(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """Each text once, of a sensible length and opening as a sentence does when the day has any such
    sentence (a clause cut from its sentence, "where the rig sank ...", reads as a fragment in a briefing)."""
    first: dict[str, tuple[_Candidate, int]] = {}
    for candidate in candidates:
        parts = candidate.text.split()
        # (the same as the lower-cased text's words: no character's case changes what is a space)
        first.setdefault(" ".join(parts).lower(), (candidate, len(parts)))
    unique = [candidate for candidate, _ in first.values()]
    fitting = [
        candidate
        for candidate, length in first.values()
        if _MIN_WORDS <= length <= _MAX_WORDS and not candidate.text.lstrip("\"'“‘(")[:1].islower()
    ]
    return fitting or unique


def to_json(days: Sequence[KeyDate]) -> str:
    """The chosen days for programs: one object per day, oldest first, sentences with their sources."""
    records = [
        {
            "date": key.day.isoformat(),
            "rank": key.rank,
            "score": round(key.score, 4),
            "reason": key.reason,
            "articles": key.articles,
            "outlets": key.outlets,
            "unnamed": key.unnamed,
            "cited_by": key.cited_by,
            "event_ids": list(key.event_ids),
            "sentences": [asdict(sentence) for sentence in key.sentences],
        }
        for key in days
    ]
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def to_tilse_text(days: Sequence[KeyDate]) -> str:
    """tilse's timeline format: a YYYY-MM-DD line, one sentence a line, then 32 dashes."""
    lines = []
    for key in days:
        lines.append(key.day.isoformat())
        lines.extend(" ".join(s.text.split()) for s in key.sentences)
        lines.append("-" * 32)
    return "\n".join(lines) + ("\n" if lines else "")
