"""Other ways of choosing the key dates, scored as benchmarks/keydates_tls.py scores ours (Timeline17,
news-tls protocol), to show what each idea from the timeline-summarisation literature does here.

    .venv/bin/python benchmarks/keydates_variants.py [TLS_DIR] [--rouge reimpl] [--only 0,3] [--dates-only]
        [--burst-window 7] [--rrf-k 60] [--sparse-days 7]

Each variant orders the days of a timeline's input differently; the sentences of each chosen day are then
picked exactly as `key_dates` picks them, so Date-F1, AR-1 and AR-2 differ only by the days chosen. Row 0
is `key_dates`' own order (its figures are keydates_tls.py's). It reads the tables keydates_tls.py built
(run that first; a missing or stale input is built as it builds them).

The signals, per day d of the range, each article counted once a day and weighted by its relevance to
the story, as `rank_days` weighs it:
- reports: articles with a mention dated d;  later citations: articles published on d+2 or after that
  name d (the two terms of `key_dates`' score);
- citation rate: later citations over the articles published on d+2 or after (the articles that could
  cite d: a day late in the range has fewer), times those of the range's first day;
- publications (news-tls' PubCount): articles published on d or d+1, the days a happening is reported;
- burst: log of the publications of d, d+1 over the mean of the same two-day count over the surrounding
  two weeks (7 days each side: a week, the cycle of news coverage), kept when positive (a spike);
- PageRank over the date-reference graph: an edge from an article's publication day
  to each other day it names, weighted by articles; damping 0.85 (the customary value of Brin & Page);
- reciprocal-rank fusion (Cormack et al., 2009): the sum over signals of 1 / (60 + rank), 60 being the
  constant of that paper;
- temporal spread: a day next to (one day before or after) a day already chosen waits until every other
  day has been considered (a happening's reports fall on its day and the next);
- rows 18-23 count a day's reports otherwise and score them as `key_dates` does (with its reporting-delay
  correction, except row 18): a report made only by sentences dated by their article's publication day
  (no date of their own, the sentences most likely misdated) counting half, or half to the day before
  (what an article published on d+1 may report: news-tls' PubCount counts d and d+1 for d); each article
  one vote shared among the days it reports (or divided by the square root of their number); and
  publication-dated sentences outside an article's lead (its first five dated sentences) not counted;
- rows 24-28 (2 Dec): `key_dates` now counts an undated sentence on its article's news day (the day
  before publication when the article's explicit and resolved dates name it more often than the
  publication day); row 24 puts them back on the publication day (the rule before), row 25 takes the
  day the article's dates name most within the week before publication, row 26 shares every undated
  sentence with the day before by the table's own share of weekday and relative dates that name the day
  before publication; row 27 adds a local peak (a day's reports against the mean of a week each side,
  the burst window); row 28 counts a day's reports by the share of its words (each once an article,
  weighted by rarity) used more than in the week before: what is new that day.
- rows 29-30 (3 Dec, after `keydates_tls.py --diagnose` sorted the misses by cause: most wrong days lie
  beside or within a week of a reference day, and the choice leans to the most heavily covered periods):
  row 29 spreads the days by the range's own spacing, a day within half the mean gap between the days
  asked (the range's days over N, halved, rounded down; none when under two) of a chosen day waiting;
  row 30 scores a day's reports against the coverage of its fortnight, `key_dates`' score less log(1 +
  the mean reports a day within a week either side), so a quiet period's peak can outrank a busy
  period's ordinary day.
- rows 31-45 (3 Dec, issue 8's "how many articles and outlets report them ... the kind of event"): a day
  scored by its happenings rather than by all its sentences. Each event of the day gets `key_dates`'
  strength of its own reports (log(1 + articles reporting it) + log(1 + later articles citing it), each
  article once, weighted by relevance, with the day's reporting-delay correction), and the day scores by
  its strongest event (rows 31, 33) or a soft maximum, the log of the sum of exp (rows 32, 34); each
  report on the mention's day (an undated sentence on its article's news day) or on the event's own date
  (every report of one happening counted once, on one day). The kind of event from the table itself:
  per event type, the share of its reports that are later citations over the share for all types (shrunk
  to the overall share by the mean reports of a type, an empirical-Bayes prior), in log, as `key_dates`'
  kind term (row 35), added to the strongest event (36, 37), or weighting each report in `key_dates`'
  counts (41). The strongest event by its distinct outlets instead of its articles (38, 39); `key_dates`
  plus the strongest event (40). Happenings made of the day's sentences joined by event or by repeating
  each other (the repetition test of `pick_sentences`, transitively), strongest or soft maximum (42,
  43). Spread by content (44, 45): a day next to a chosen day, one of whose sentences repeats one of that
  day's (the same test), waits until every other day has been considered. None beats row 0 (Date-F1
  0.654-0.691 against 0.691, AR unchanged): three quarters of the table's events have one article, so a
  day's strongest event counts a fragment of its happening (benchmarks/RESULTS.md, 3 Dec, tenth session).
- rows 51-58 (5 Dec, issue 8's "outlets agreeing", "later articles citing back", "event kinds"; after
  `keydates_tls.py --diagnose` found no signal that tells the missed reference days from the wrong ones):
  a day's outlets (51), the outlets (52) and the publication days (53) of its later citing articles, each
  added in log; the share of the articles published on d and d+1 that report d, in log (54); a later
  article citing k days counting 1/k for each (55); only sentences whose date names their day, news-tls'
  MentionCount (56); only reports of deeds, and every later citation (57); a later article's sentence
  counted only when it names its day (58). On tables rebuilt from cee7e25 (`--only 0,51,...,58
  --dates-only`), against row 0's 0.676 (H1N1 0.802, MJ 0.432, bpoil 0.602, haiti 0.909): 0.677, 0.667,
  0.663, 0.671, 0.666, 0.673, 0.674, 0.683. Only 51 and 58 gain, each on bpoil alone (58: WaPo +1 day,
  Guardian -1; its gain is the timelines' unequal weight); 55 and 56 gain an MJ day and lose bpoil days.
  None helps on more than one story, so `key_dates` is unchanged. With `--dates-only` the table also
  gives each story's Date-F1.
- rows 46-50 (4 Dec, after Date-F1 fell from 0.694 to 0.673 with the extraction alone: later articles'
  undated sentences are merged less often into an earlier day's event, and month-dated ones were merged
  into an event of a day): `key_dates` now counts a later citation only when its date names a day
  (`names_the_day`); row 46 is the rule before (any explicit or resolved date cites its event's day);
  row 47 drops a sentence whose named date names no day from the reports too; row 48 counts an undated
  sentence of an article published two or more days after its event's day as a citation; rows 49 and
  50 move such a sentence to its article's news day, or leave it out.
- rows 59-69 (6 Dec, issue 8's "dates as the journalists choose them"; `_chosen_as_journalists_do`,
  `_by_weeks`): row 59 recomputes `key_dates`' score here (the same days as row 0); later citations weighted
  by log2 of how many days later the citing article came (60) or by the number of the range's days it names,
  a chronology's (61), or counted only in its lead (68); the kinds of deed first reported in the range on d,
  a first (69); the articles reporting an act of an authority on d (62) or the outlets reporting d at the
  time, on d or d+1 (63), added in log; the reports term made only of the reports at the time, articles
  published on d or d+1, corrected by their own delays (65); the N dates shared among calendar weeks by
  their summed scores with Sainte-Laguë's highest averages, always (64), only when at least one date a week
  is asked (66), only when fewer are (67). On tables built from 70a5a48 (`--only 0,59,...,69 --dates-only`),
  against row 0's 0.684 (H1N1 0.802, MJ 0.486, bpoil 0.608, haiti 0.909): 0.684, 0.673, 0.668, 0.666, 0.680,
  0.646, 0.685, 0.668, 0.662, 0.663, 0.683. Only 65 and 69 gain (bpoil 0.610: BBC +1 day, Guardian -1, a
  gain of the timelines' unequal weight; the other stories unchanged; 69: bpoil BBC +1, MJ -1); 60-63 and 68
  lose MJ or bpoil days (60: MJ, bpoil BBC and Reuters -1 each), and sharing by weeks (64) loses on every
  story but haiti (11 days of 12 asked), and where it applies in 66 (H1N1, bpoil) and 67 (MJ, bpoil), in
  sparse timelines as in dense ones: the journalists' days cluster where the coverage does. None helps on
  three stories, so `key_dates` is unchanged. Without `--dates-only` (`--rouge reimpl`, rows 0 and 59-68):
  AR-1 0.153-0.157, AR-2 0.042-0.043 in every row (row 0 0.157 / 0.043).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from keydates_tls import Averages, DaySentences, Scorer, build_input, read_reference  # noqa: E402

from events.query import keydates as kd  # noqa: E402
from events.schema import SPEECH_EVENT_TYPES, Tables  # noqa: E402
from events.store import load_tables  # noqa: E402

ONE_DAY = dt.timedelta(days=1)
# Burst: the days each side of d whose publications make its baseline.
BURST_WINDOW = 7
DAMPING = 0.85
RRF_K: float = 60
# Spread "when sparse": only when the range has at least this many days per date asked for (a week).
SPARSE_DAYS_PER_DATE: float = 7

Score = Callable[[pd.DataFrame], pd.Series]


@dataclass(frozen=True)
class Variant:
    label: str
    score: Score
    spread: str = ""  # "", "both" (either neighbour), "after" (the day after), "sparse" (both, when sparse)


def signals(tables: Tables, start: dt.date, end: dt.date) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(one row per day of the range: `key_dates`' score and the signals above; the dated mentions)."""
    mentions = kd._dated_mentions(tables)
    in_range = kd._within(mentions, start, end)
    relevance = kd.StoryWords.of(in_range["sentence"].tolist()).relevance(in_range)
    horizon = kd.latest_published(tables.sources) or max(in_range["day"])
    ranked = kd.rank_days(in_range, relevance, horizon)
    mean = float(relevance.mean())
    rows = in_range.assign(weight=in_range["article"].map(relevance / mean).fillna(0.0))
    named = kd.names_the_day(rows)  # as `key_dates` counts a later citation
    lag = (pd.to_datetime(rows["published_day"]) - pd.to_datetime(rows["day"])).dt.days
    days = ranked.index

    def weighted(frame: pd.DataFrame) -> pd.Series:
        summed = frame.drop_duplicates(["day", "article"]).groupby("day")["weight"].sum()
        return summed.reindex(days, fill_value=0.0)

    table = pd.DataFrame(index=days)
    table["current"] = ranked["score"]
    table["reports"] = weighted(rows)
    table["cited"] = weighted(rows[named & (lag >= 2)])
    table["cited_next"] = weighted(rows[named & (lag >= 1)])
    table["named"] = weighted(rows[named])
    # The kind-of-event and agreement terms of `key_dates`' score, kept when its counts are replaced.
    table["minor"] = 0.1 * ranked["deeds"] / ranked["mentions"] - 0.1 * ranked["contested"]
    table["deeds_term"] = 0.1 * ranked["deeds"] / ranked["mentions"]
    # `key_dates`' counts (with the reporting-delay correction) of reports counted otherwise.
    pairs = in_range.assign(
        deed=False,
        later=named & (lag >= kd._REPORT_DAYS),
        relevance=rows["weight"],
        lead=in_range.groupby("article")["start"].rank(method="dense") <= kd._LEAD_SENTENCES,
        dated_by_publication=in_range["date_basis"] == "publication",
    )
    for column, adjust in REPORTS_COUNTED.items():
        counted = kd._strength(adjust(pairs), horizon)["strength"]
        table[column] = counted.reindex(days, fill_value=0.0) + table["minor"]
    articles = rows.drop_duplicates("article").dropna(subset=["published_day"])
    published = articles.groupby("published_day")["weight"].sum()
    # The articles published on or after each publication day, and so those that could cite a day d.
    from_day = published.sort_index()[::-1].cumsum()[::-1]
    first_citing = np.searchsorted(from_day.index.to_numpy(), [d + 2 * ONE_DAY for d in days])
    could_cite = np.append(from_day.to_numpy(), 0.0)[first_citing]
    table["cite_rate"] = table["cited"] * float(from_day.iloc[0]) / np.maximum(could_cite, 1.0)
    table["published"] = [published.get(d, 0.0) + published.get(d + ONE_DAY, 0.0) for d in days]
    every = tables.sources["published"].dt.date.value_counts()
    two_days = {d: every.get(d, 0) + every.get(d + ONE_DAY, 0) for d in _span(start, end, BURST_WINDOW + 1)}
    table["published_all"] = [two_days[d] for d in days]
    table["burst"] = [_burst(two_days, d) for d in days]
    table["pagerank"] = _pagerank(rows[named], days)
    reports = ranked["expected"].reindex(days)
    table["peak"] = _local_peak(reports, start, end)
    table["fortnight"] = _fortnight(reports, start, end)
    table["novelty"] = _novelty(rows, days)
    citing = rows[named & (lag >= kd._REPORT_DAYS)]
    table["outlets"] = ranked["outlets"].reindex(days)
    table["citing_outlets"] = citing.groupby("day")["outlet"].nunique().reindex(days, fill_value=0)
    table["citing_days"] = citing.groupby("day")["published_day"].nunique().reindex(days, fill_value=0)
    # The articles reporting d within its report window over all articles published then (d, d+1).
    window = rows[(lag >= 0) & (lag < kd._REPORT_DAYS)].groupby("day")["article"].nunique()
    table["report_share"] = (window.reindex(days, fill_value=0) + 1) / (table["published_all"] + 1)
    table["novel_reports"] = np.log1p(reports * table["novelty"]) + (
        ranked["score"] - np.log1p(reports)
    ).reindex(days)
    for column, values in _happenings(pairs, horizon, days).items():
        table[column] = values
    for column, values in _chosen_as_journalists_do(rows, named, lag, pairs, horizon, days, table).items():
        table[column] = values
    for column, values in _told_alike(pairs, horizon, days).items():
        table[column] = values
    return table, mentions


# Acts of an authority (a court, a government, a board, voters): the days a story officially turns.
OFFICIAL_ACTS = ("legal", "agreement", "leadership", "policy", "sanction", "election", "arrest")


def _chosen_as_journalists_do(
    rows: pd.DataFrame,
    named: pd.Series,
    lag: pd.Series,
    pairs: pd.DataFrame,
    horizon: dt.date,
    days: pd.Index,
    table: pd.DataFrame,
) -> dict[str, pd.Series]:
    """Rows 59-69 (6 Dec): days as journalists choose them (row 59 recomputes `key_dates`' score here).
    `key_dates`' two terms, log(1 + reports) + log(1 + later citations) with its reporting-delay
    correction, with the citations counted otherwise: each later citing article weighted by log2 of how
    many days later it came (1 at two days, the first a citation can come; 5 a month on: a day still
    named weeks later is a milestone, not a follow-up; row 60); each weighted by the number of the
    range's days it names (an article that names several days is a journalist's own chronology or
    backgrounder, whose days are the ones a timeline keeps: the opposite of row 55; row 61).
    `official`: articles reporting an act of an authority on d (a ruling, a deal, a resignation, a
    policy, a sanction, a vote, an arrest), in log, added (row 62). `window_outlets`: outlets reporting d
    on d or d+1, independent reports at the time agreeing, in log, added (row 63). Row 65: the reports
    term counts only the articles published on d or d+1 (the reports made at the time), so that a later
    article naming d counts once, as a citation, not twice. Rows 66-67: row 64 only when at least one
    date a week is asked, or only when fewer are. Row 68: a later citation counted only in the citing
    article's lead (its first five dated sentences), where an article frames itself by the day it looks
    back to ("three months after the collapse on 4 March"). Row 69: a first, the kinds of deed (no remark,
    no "other") whose first report in the range falls on d, in log, added."""
    inflate, after = _nowcast(pairs, horizon)
    inflate, after = inflate.reindex(days, fill_value=1.0), after.reindex(days, fill_value=0.0)
    expected = table["reports"] * inflate
    citing = rows[named & (lag >= kd._REPORT_DAYS)].assign(lag=lag)
    citing = citing.drop_duplicates(["day", "article"])
    # a citation in the citing article's lead (its first dated sentences, as row 23 takes them)
    lead = pairs.loc[citing.index, "lead"]
    in_lead = citing[lead.to_numpy()].groupby("day")["weight"].sum()
    far = (citing["weight"] * np.log2(citing["lag"].clip(lower=2))).groupby(citing["day"]).sum()
    cited_days = rows[named].groupby("article")["day"].nunique()
    chronology = (citing["weight"] * citing["article"].map(cited_days)).groupby(citing["day"]).sum()

    def scored(cited: pd.Series) -> pd.Series:
        cited = cited.reindex(days, fill_value=0.0) + expected * after
        total: pd.Series = np.log1p(expected) + np.log1p(cited) + table["minor"]
        return total

    # Reports made at the time only (articles published on d or d+1), no later article counted twice
    at_time = rows[(lag >= 0) & (lag < kd._REPORT_DAYS)].drop_duplicates(["day", "article"])
    at_time_reports = at_time.groupby("day")["weight"].sum().reindex(days, fill_value=0.0)
    # (corrected by the delays of those reports alone: a day seen for two days has all of them)
    at_time_inflate, _after = _nowcast(pairs[((lag >= 0) & (lag < kd._REPORT_DAYS)).to_numpy()], horizon)
    at_time_expected = at_time_reports * at_time_inflate.reindex(days, fill_value=1.0)
    at_time_score = (
        np.log1p(at_time_expected)
        + np.log1p(table["cited"].reindex(days, fill_value=0.0) + expected * after)
        + table["minor"]
    )
    # A first: the day each kind of deed is first reported in the range (a first lawsuit, a first arrest)
    deeds = rows[~rows["event_type"].isin((*SPEECH_EVENT_TYPES, "other"))]
    firsts = deeds.groupby("event_type")["day"].min().value_counts()
    official = rows[rows["event_type"].isin(OFFICIAL_ACTS)].drop_duplicates(["day", "article"])
    at_the_time = rows[(lag >= 0) & (lag < kd._REPORT_DAYS)]
    return {
        "recomputed": scored(table["cited"]),
        "cited_far": scored(far),
        "cited_by_chronologies": scored(chronology),
        "official": official.groupby("day")["weight"].sum().reindex(days, fill_value=0.0),
        "at_time_reports": at_time_score,
        "cited_in_leads": scored(in_lead),
        "firsts": firsts.reindex(days, fill_value=0).astype(float),
        "window_outlets": at_the_time.groupby("day")["outlet"].nunique().reindex(days, fill_value=0),
    }


def _nowcast(pairs: pd.DataFrame, horizon: dt.date) -> tuple[pd.Series, pd.Series]:
    """Per day: (the factor `_strength` raises its reports by for those still to come, 1 / within[t];
    the later citations it expects per report, after[t]), t the days it has been seen."""
    per = kd.article_days(pairs)
    last = np.datetime64(horizon, "D")
    within, after = kd.delay_shares(per, horizon)
    index = pd.Index(sorted(set(per["day"])))
    at = np.clip((last - np.asarray(index, dtype="datetime64[D]")).astype(np.int64), 0, len(within) - 1)
    return pd.Series(1.0 / within[at], index=index), pd.Series(after[at], index=index)


def _happenings(pairs: pd.DataFrame, horizon: dt.date, days: pd.Index) -> dict[str, pd.Series]:
    """Day scores from the day's happenings (events) rather than its sentences (rows 31-40): each event's
    strength is `_strength`'s of its own reports, log(1 + articles reporting it) + log(1 + later articles
    citing it), each article once and weighted by relevance, with the day's reporting-delay correction;
    a day scores by its strongest event (max) or a soft maximum (log of the sum of exp), plus `key_dates`'
    kind and agreement terms. Events are dated by the mention's day (an undated sentence on its article's
    news day) or by the event's own date (`event_day`: every report of one happening on one day).
    The kind of event (rows 35-37, 41): per event type, the share of its reports (article, weighted) that are
    later citations, over the share for all types, in log: which kinds later reporting cites back, from
    the table itself (a type's rate shrunk towards the overall rate by the mean reports of an event type,
    an empirical-Bayes prior of one average type's weight)."""
    out: dict[str, pd.Series] = {}
    minor = (0.1 * (~pairs["event_type"].isin(SPEECH_EVENT_TYPES)).groupby(pairs["day"]).mean()) - (
        0.1 * pairs.groupby("day")["contested"].mean()
    )
    inflate, after = _nowcast(pairs, horizon)
    for name, day_of in (("mention_day", pairs["day"]), ("event_day", pairs["date"].dt.date)):
        frame = pairs.assign(day=day_of)
        per = (
            frame.groupby(["day", "event_id", "article"], sort=False)
            .agg(
                relevance=("relevance", "first"),
                later=("later", "any"),
                event_type=("event_type", "first"),
                outlet=("outlet", "first"),
            )
            .reset_index()
        )
        per["cites"] = per["relevance"] * per["later"]
        events = per.groupby(["day", "event_id"], sort=False).agg(
            reports=("relevance", "sum"),
            cited=("cites", "sum"),
            event_type=("event_type", "first"),
            outlets=("outlet", "nunique"),
        )
        events = events.reset_index()
        # the type's citation rate, shrunk to the overall rate by one average type's reports
        by_type = events.groupby("event_type")[["reports", "cited"]].sum()
        overall = float(by_type["cited"].sum()) / max(float(by_type["reports"].sum()), 1e-9)
        prior = float(by_type["reports"].mean())
        rate = (by_type["cited"] + prior * overall) / (by_type["reports"] + prior)
        kind = np.log(rate / overall) if overall > 0 else rate * 0.0
        factor = events["day"].map(inflate).fillna(1.0)
        expected = events["reports"] * factor
        cited = events["cited"] + expected * events["day"].map(after).fillna(0.0)
        events["strength"] = np.log1p(expected) + np.log1p(cited)
        events["kind"] = events["event_type"].map(kind).fillna(0.0)
        grouped = events.groupby("day")
        the_minor = minor.reindex(days, fill_value=0.0)
        out[f"max_{name}"] = grouped["strength"].max().reindex(days, fill_value=0.0) + the_minor
        soft = grouped["strength"].apply(lambda s: float(np.log(np.exp(s).sum())))
        out[f"soft_{name}"] = soft.reindex(days, fill_value=0.0) + the_minor
        # the event's outlets in place of its articles (each outlet once, unweighted)
        events["by_outlets"] = np.log1p(events["outlets"] * factor) + np.log1p(cited)
        out[f"outlets_max_{name}"] = grouped["by_outlets"].max().reindex(days, fill_value=0.0) + the_minor
        events["typed"] = events["strength"] + events["kind"]
        out[f"typed_max_{name}"] = (
            events.groupby("day")["typed"].max().reindex(days, fill_value=0.0) + the_minor
        )
        # the kind term of `key_dates` (0.1 x the deeds share) replaced by the mean kind of the day's reports
        mean_kind = per.assign(kind=per["event_type"].map(kind).fillna(0.0)).groupby("day")["kind"].mean()
        out[f"kind_mean_{name}"] = mean_kind.reindex(days, fill_value=0.0)
        if name == "mention_day":
            # `key_dates`' counts, each report weighted by its type's later-citation rate over all types'
            # (an article counts on a day by its report of the most cited kind)
            typed = pairs.assign(
                relevance=pairs["relevance"] * pairs["event_type"].map(rate / overall).fillna(1.0)
            ).sort_values("relevance", ascending=False, kind="stable")
            counted = kd._strength(typed, horizon)["strength"].reindex(days, fill_value=0.0)
            out["typed_reports"] = counted + the_minor
    return out


def _root(component: list[int], i: int) -> int:
    """The representative of i's set in a union-find forest (halving the path as it goes)."""
    while component[i] != i:
        component[i] = component[component[i]]
        i = component[i]
    return i


def _told_alike(pairs: pd.DataFrame, horizon: dt.date, days: pd.Index) -> dict[str, pd.Series]:
    """Happenings made from a day's reports by their words (rows 42-43): two of the day's sentences are
    one happening when they belong to one event or repeat each other (`pick_sentences`' repetition test,
    cosine of rarity-weighted words over `_REPEAT`), joined transitively; each happening scored as
    `_happenings` scores an event, the day by its strongest (or a soft maximum)."""
    weights = kd.StoryWords.of(pairs["sentence"].tolist()).weights()
    inflate, after = _nowcast(pairs, horizon)
    minor = (0.1 * (~pairs["event_type"].isin(SPEECH_EVENT_TYPES)).groupby(pairs["day"]).mean()) - (
        0.1 * pairs.groupby("day")["contested"].mean()
    )
    best: dict[object, float] = {}
    soft: dict[object, float] = {}
    for day, rows in pairs.groupby("day", sort=False):
        texts = list(dict.fromkeys(rows["sentence"]))
        at = {t: i for i, t in enumerate(texts)}
        # the day's sentences as unit vectors over the day's own words (numpy only: the test environment
        # has no scipy)
        vectors = [kd._vector(text, weights) for text in texts]
        vocabulary = {w: i for i, w in enumerate(dict.fromkeys(w for v in vectors for w in v))}
        matrix = np.zeros((len(texts), len(vocabulary) + 1))
        for row, vector in enumerate(vectors):
            norm = kd._norm(vector) or 1.0
            for word, value in vector.items():
                matrix[row, vocabulary[word]] = value / norm
        alike = (matrix @ matrix.T) > kd._REPEAT
        text_of = rows["sentence"].map(at).to_numpy()
        event_codes, _ = pd.factorize(rows["event_id"])
        # one happening: sentences that repeat each other or belong to one event, joined transitively
        component = list(range(len(texts)))
        for i, j in zip(*np.nonzero(np.triu(alike, 1)), strict=True):
            component[_root(component, int(i))] = _root(component, int(j))
        first_of_event: dict[int, int] = {}
        for text, event in zip(text_of, event_codes, strict=True):
            other = first_of_event.setdefault(int(event), int(text))
            component[_root(component, int(text))] = _root(component, other)
        happening = np.asarray([_root(component, i) for i in range(len(texts))])[text_of]
        per = (
            rows.assign(happening=happening)
            .groupby(["happening", "article"])
            .agg(relevance=("relevance", "first"), later=("later", "any"))
        )
        per["cites"] = per["relevance"] * per["later"]
        grouped = per.groupby(level=0)
        expected = grouped["relevance"].sum() * float(inflate.get(day, 1.0))
        cited = grouped["cites"].sum() + expected * float(after.get(day, 0.0))
        strength = np.log1p(expected) + np.log1p(cited)
        best[day] = float(strength.max())
        soft[day] = float(np.log(np.exp(strength).sum()))
    the_minor = minor.reindex(days, fill_value=0.0)
    return {
        "alike_max": pd.Series(best).reindex(days, fill_value=0.0) + the_minor,
        "alike_soft": pd.Series(soft).reindex(days, fill_value=0.0) + the_minor,
    }


def _local_peak(reports: pd.Series, start: dt.date, end: dt.date) -> pd.Series:
    """log(1 + a day's reports) - log(1 + the mean of the days within a week each side), when positive."""
    every = pd.Series(reports.to_numpy(), index=reports.index).reindex(_span(start, end, 0), fill_value=0.0)
    around = every.rolling(2 * BURST_WINDOW + 1, center=True, min_periods=1).mean()
    lift: pd.Series = (np.log1p(every) - np.log1p(around)).clip(lower=0.0)
    return lift.reindex(reports.index)


def _fortnight(reports: pd.Series, start: dt.date, end: dt.date) -> pd.Series:
    """The mean reports a day over the other days within a week either side (in the range): how heavily
    a day's period was covered."""
    every = pd.Series(reports.to_numpy(), index=reports.index).reindex(_span(start, end, 0), fill_value=0.0)
    window = every.rolling(2 * BURST_WINDOW + 1, center=True, min_periods=1)
    others = (window.sum() - every) / (window.count() - 1).clip(lower=1)
    return others.reindex(reports.index)


def _novelty(rows: pd.DataFrame, days: pd.Index) -> pd.Series:
    """The share of a day's words (each counted once an article, weighted by rarity and relevance) that
    the week before did not use as much: what is new that day."""
    weights = kd.StoryWords.of(rows["sentence"].tolist()).weights()
    used: dict[dt.date, dict[str, float]] = {}
    seen: set[tuple[dt.date, str, str]] = set()
    for day, article, sentence, weight in zip(
        rows["day"], rows["article"], rows["sentence"], rows["weight"], strict=True
    ):
        for word in set(kd.words(sentence)):
            if (day, article, word) not in seen:
                seen.add((day, article, word))
                counts = used.setdefault(day, {})
                counts[word] = counts.get(word, 0.0) + float(weight)
    share = {}
    for day in days:
        before = [used.get(day - dt.timedelta(days=k), {}) for k in range(1, BURST_WINDOW + 1)]
        total = new = 0.0
        for word, count in used.get(day, {}).items():
            usual = sum(counts.get(word, 0.0) for counts in before) / BURST_WINDOW
            total += weights.get(word, 1.0) * count
            new += weights.get(word, 1.0) * max(count - usual, 0.0)
        share[day] = new / total if total else 0.0
    return pd.Series(share).reindex(days, fill_value=0.0)


def _publication_only(pairs: pd.DataFrame) -> pd.Series:
    """Rows whose article reports their day only in sentences dated by its publication day."""
    return pairs.groupby(["day", "article"])["dated_by_publication"].transform("all").astype(bool)


def _halve_publication_only(pairs: pd.DataFrame) -> pd.DataFrame:
    only = _publication_only(pairs)
    return pairs.assign(relevance=pairs["relevance"].where(~only, pairs["relevance"] / 2))


def _split_publication_only(pairs: pd.DataFrame) -> pd.DataFrame:
    """Half of a publication-dated report to its day, half to the day before (what it may report)."""
    halved = _halve_publication_only(pairs)
    before = halved[_publication_only(pairs)].assign(day=lambda f: f["day"] - ONE_DAY, later=False)
    return pd.concat([halved, before], ignore_index=True)


def _one_vote(root: bool) -> Callable[[pd.DataFrame], pd.DataFrame]:
    def adjust(pairs: pd.DataFrame) -> pd.DataFrame:
        shared = pairs.groupby("article")["day"].transform("nunique").astype(float)
        return pairs.assign(relevance=pairs["relevance"] / (np.sqrt(shared) if root else shared))

    return adjust


def _lead_or_named(pairs: pd.DataFrame) -> pd.DataFrame:
    """A publication-dated sentence beyond the article's lead (its first sentences) reports nothing."""
    deep = pairs["dated_by_publication"] & ~pairs["lead"]
    counted = (~deep).groupby([pairs["day"], pairs["article"]]).transform("any").astype(bool)
    return pairs.assign(relevance=pairs["relevance"].where(counted, 0.0))


def _publication_days(pairs: pd.DataFrame) -> pd.DataFrame:
    """Undated sentences back on their article's publication day (the rule before news days)."""
    return pairs.assign(day=pairs["day"].where(~pairs["on_news_day"], pairs["date"].dt.date))


def _news_day_within_a_week(pairs: pd.DataFrame) -> pd.DataFrame:
    """An article's undated sentences on the day its explicit and resolved dates name most within the
    week before publication (not only the day before), the publication day on a tie."""
    pairs = _publication_days(pairs)
    lag = (pd.to_datetime(pairs["published_day"]) - pd.to_datetime(pairs["day"])).dt.days
    named = pairs["date_basis"].isin(kd._NAMED) & lag.between(0, 6)
    counts = pd.crosstab(pairs.loc[named, "article"], lag[named])
    news_lag = counts.idxmax(axis=1).astype("int64") if len(counts) else pd.Series(dtype="int64")
    undated = pairs["dated_by_publication"] & (lag == 0)
    shift = pairs["article"].map(news_lag).fillna(0).astype("int64").where(undated, 0)
    return pairs.assign(
        day=[day - dt.timedelta(days=int(k)) for day, k in zip(pairs["day"], shift, strict=True)]
    )


def _shared_by_next_day_share(pairs: pd.DataFrame) -> pd.DataFrame:
    """Each undated sentence published on its day shared with the day before, by the table's own share of
    weekday and relative dates ("on Tuesday", "yesterday") that name the day before publication rather
    than the publication day. An article counts on a day by its largest share there."""
    pairs = _publication_days(pairs)
    lag = (pd.to_datetime(pairs["published_day"]) - pd.to_datetime(pairs["day"])).dt.days
    resolved = pairs["date_basis"] == "resolved"
    share = float((resolved & (lag == 1)).sum()) / max(int((resolved & lag.between(0, 1)).sum()), 1)
    undated = pairs["dated_by_publication"] & (lag == 0)
    stay = pairs.assign(relevance=pairs["relevance"].where(~undated, pairs["relevance"] * (1 - share)))
    before = pairs[undated].assign(
        relevance=pairs.loc[undated, "relevance"] * share,
        day=pairs.loc[undated, "day"] - ONE_DAY,
        later=False,
    )
    # `_strength` counts an article once a day by its first row there: put its largest share first.
    return pd.concat([stay, before], ignore_index=True).sort_values(
        "relevance", ascending=False, kind="stable"
    )


# Other ways of counting a day's reports, each then scored as `key_dates` scores them.
def _later(pairs: pd.DataFrame) -> pd.Series:
    """Rows published after the days a report of their day appears (a citation when the date is named)."""
    return pd.to_datetime(pairs["published_day"]) >= pd.to_datetime(pairs["day"]) + kd._REPORT_DAYS * ONE_DAY


def _any_named_date_cites(pairs: pd.DataFrame) -> pd.DataFrame:
    """The rule before 4 Dec: any explicit or resolved date cites its event's day, a month or a week too."""
    return pairs.assign(later=pairs["date_basis"].isin(kd._NAMED) & _later(pairs))


def _coarse_dates_dropped(pairs: pd.DataFrame) -> pd.DataFrame:
    """A sentence whose named date names no day (a month, a week) reports nothing either."""
    coarse = pairs["date_basis"].isin(kd._NAMED) & ~kd.names_the_day(pairs)
    return pairs[~coarse]


def _undated_later_reports_cite(pairs: pd.DataFrame) -> pd.DataFrame:
    """An undated sentence of a later article merged into the day's event cites the day too."""
    return pairs.assign(later=pairs["later"] | (pairs["dated_by_publication"] & _later(pairs)))


def _merged_undated(pairs: pd.DataFrame) -> pd.Series:
    return pairs["dated_by_publication"] & _later(pairs)


def _merged_on_news_day(pairs: pd.DataFrame) -> pd.DataFrame:
    """An undated sentence merged into an event two or more days before its article counts on its
    article's news day (it names no day; the merge chose the event's)."""
    merged = _merged_undated(pairs)
    lag = pairs.groupby("article")["news_day_lag"].transform("max").astype(int)
    home = [p - dt.timedelta(days=k) for p, k in zip(pairs["published_day"], lag, strict=True)]
    return pairs.assign(day=pairs["day"].where(~merged, pd.Series(home, index=pairs.index)))


def _merged_dropped(pairs: pd.DataFrame) -> pd.DataFrame:
    return pairs[~_merged_undated(pairs)]


def _citations_shared(pairs: pd.DataFrame) -> pd.DataFrame:
    """A later article citing k days counts 1/k for each (a chronology's citations weigh least)."""
    citing = pairs["later"]
    cited_days = pairs[citing].groupby("article")["day"].transform("nunique").astype(float)
    shared = pairs["relevance"].copy()
    shared[citing] = pairs.loc[citing, "relevance"] / cited_days
    return pairs.assign(relevance=shared)


def _named_only(pairs: pd.DataFrame) -> pd.DataFrame:
    """Only sentences whose date names their day count (news-tls' MentionCount)."""
    return pairs[kd.names_the_day(pairs)]


def _deeds_only(pairs: pd.DataFrame) -> pd.DataFrame:
    """Only reports of deeds (no remarks) count, and every later citation."""
    return pairs[~pairs["event_type"].isin(SPEECH_EVENT_TYPES) | pairs["later"]]


def _later_reports_cite_or_nothing(pairs: pd.DataFrame) -> pd.DataFrame:
    """A sentence of a later article reports its day only when it cites it (names the day)."""
    return pairs[~_later(pairs) | pairs["later"]]


REPORTS_COUNTED: dict[str, Callable[[pd.DataFrame], pd.DataFrame]] = {
    "citations_shared": _citations_shared,
    "named_only": _named_only,
    "deeds_only": _deeds_only,
    "later_cite_only": _later_reports_cite_or_nothing,
    "any_named_cites": _any_named_date_cites,
    "coarse_dropped": _coarse_dates_dropped,
    "undated_cite": _undated_later_reports_cite,
    "merged_news_day": _merged_on_news_day,
    "merged_dropped": _merged_dropped,
    "publication_days": _publication_days,
    "news_week": _news_day_within_a_week,
    "next_day_share": _shared_by_next_day_share,
    "pub_half": _halve_publication_only,
    "pub_split": _split_publication_only,
    "vote": _one_vote(root=False),
    "vote_root": _one_vote(root=True),
    "lead_or_named": _lead_or_named,
}


def _span(start: dt.date, end: dt.date, margin: int) -> list[dt.date]:
    first = start - dt.timedelta(days=margin)
    return [first + dt.timedelta(days=k) for k in range((end - start).days + 2 * margin + 1)]


def _burst(two_days: dict[dt.date, int], day: dt.date) -> float:
    around = [
        two_days[day + dt.timedelta(days=k)] for k in range(-BURST_WINDOW, BURST_WINDOW + 1) if abs(k) > 1
    ]
    return max(float(np.log1p(two_days[day]) - np.log1p(np.mean(around))), 0.0)


def _pagerank(named: pd.DataFrame, days: pd.Index) -> list[float]:
    edges = named.dropna(subset=["published_day"])
    edges = edges[edges["published_day"] != edges["day"]].drop_duplicates(["published_day", "day", "article"])
    weights = edges.groupby(["published_day", "day"])["weight"].sum().reset_index()
    nodes = sorted(set(days) | set(edges["published_day"]) | set(edges["day"]))
    at = {d: i for i, d in enumerate(nodes)}
    size = len(nodes)
    links = np.zeros((size, size))
    for source, target, weight in zip(
        weights["published_day"], weights["day"], weights["weight"].astype(float), strict=True
    ):
        links[at[source], at[target]] += weight
    out = links.sum(axis=1)
    walk = np.divide(links, out[:, None], out=np.zeros_like(links), where=out[:, None] > 0)
    rank = np.full(size, 1.0 / size)
    for _ in range(100):
        dangling = rank[out == 0].sum() / size
        rank = (1 - DAMPING) / size + DAMPING * (walk.T @ rank + dangling)
    return [float(rank[at[d]]) for d in days]


def log(column: str) -> Score:
    return lambda table: np.log1p(table[column])


def fused(*columns: str) -> Score:
    def score(table: pd.DataFrame) -> pd.Series:
        total = pd.Series(0.0, index=table.index)
        for column in columns:
            total += 1.0 / (RRF_K + table[column].rank(ascending=False, method="min"))
        return total

    return score


VARIANTS = [
    Variant(
        "key_dates: log(1+reports) + log(1+later citations), both corrected for reporting delay "
        "(+ kind, agreement)",
        lambda t: t["current"],
    ),
    Variant(
        "+ log(1+publications on d, d+1), every article (PubCount)",
        lambda t: t["current"] + log("published_all")(t),
    ),
    Variant(
        "+ log(1+publications on d, d+1), weighted by relevance", lambda t: t["current"] + log("published")(t)
    ),
    Variant("+ burst of publications over the surrounding 2 weeks", lambda t: t["current"] + t["burst"]),
    Variant("later citations only (no same-day reports)", lambda t: log("cited")(t) + t["minor"]),
    Variant(
        "reports + citations from d+1 on", lambda t: log("reports")(t) + log("cited_next")(t) + t["minor"]
    ),
    Variant("reports + every article naming d", lambda t: log("reports")(t) + log("named")(t) + t["minor"]),
    Variant("reports only", lambda t: log("reports")(t) + t["minor"]),
    Variant(
        "reports + later citations per article that could cite",
        lambda t: log("reports")(t) + log("cite_rate")(t) + t["minor"],
    ),
    Variant(
        "+ date-graph PageRank (over its mean)", lambda t: t["current"] + t["pagerank"] / t["pagerank"].mean()
    ),
    Variant("date-graph PageRank alone", lambda t: t["pagerank"]),
    Variant("RRF(reports, later citations)", fused("reports", "cited")),
    Variant("RRF(reports, later citations, publications)", fused("reports", "cited", "published")),
    Variant("RRF(reports, later citations, PageRank)", fused("reports", "cited", "pagerank")),
    Variant(
        "RRF(reports, later citations, publications, PageRank)",
        fused("reports", "cited", "published", "pagerank"),
    ),
    Variant("key_dates + spread: a neighbour of a chosen day last", lambda t: t["current"], "both"),
    Variant("key_dates + spread: the day after a chosen day last", lambda t: t["current"], "after"),
    Variant("key_dates + spread when the range has >= 7 days per date", lambda t: t["current"], "sparse"),
    Variant(
        "key_dates without the reporting-delay correction (the rule of 1 Dec)",
        lambda t: log("reports")(t) + log("cited")(t) + t["minor"],
    ),
    Variant("key_dates, a report only by publication-dated sentences counting half", lambda t: t["pub_half"]),
    Variant(
        "key_dates, such a report shared half and half with the day before (news-tls' PubCount days)",
        lambda t: t["pub_split"],
    ),
    Variant("key_dates, each article one vote shared among the days it reports", lambda t: t["vote"]),
    Variant("key_dates, each article's vote divided by the root of its days", lambda t: t["vote_root"]),
    Variant(
        "key_dates, publication-dated sentences after an article's first five dated ones not counted",
        lambda t: t["lead_or_named"],
    ),
    Variant(
        "key_dates, undated sentences on their article's publication day (the rule before news days)",
        lambda t: t["publication_days"],
    ),
    Variant(
        "key_dates, news day: the day an article's dates name most within the week before publication",
        lambda t: t["news_week"],
    ),
    Variant(
        "key_dates, undated sentences shared with the day before by the table's share of weekday dates "
        "naming the day before publication",
        lambda t: t["next_day_share"],
    ),
    Variant(
        "key_dates + local peak: log(1+reports) - log(1+mean of a week each side), when positive",
        lambda t: t["current"] + t["peak"],
    ),
    Variant(
        "key_dates, reports counted by the share of the day's words new against the week before",
        lambda t: t["novel_reports"],
    ),
    Variant(
        "key_dates + spread: within half the range's mean gap between days asked, last",
        lambda t: t["current"],
        "range",
    ),
    Variant(
        "key_dates less log(1 + mean reports a day within a week either side)",
        lambda t: t["current"] - np.log1p(t["fortnight"]),
    ),
    Variant(
        "strongest event of the day (its articles and later citations), on the mention's day",
        lambda t: t["max_mention_day"],
    ),
    Variant(
        "soft maximum (log-sum-exp) of the day's events, on the mention's day",
        lambda t: t["soft_mention_day"],
    ),
    Variant(
        "strongest event of the day, every report of an event on the event's date",
        lambda t: t["max_event_day"],
    ),
    Variant(
        "soft maximum of the day's events, every report on the event's date", lambda t: t["soft_event_day"]
    ),
    Variant(
        "key_dates, kind term: the mean over the day's reports of log(its type's later-citation rate / all)",
        lambda t: t["current"] - t["deeds_term"] + t["kind_mean_mention_day"],
    ),
    Variant(
        "strongest event + log(its type's later-citation rate / all), on the mention's day",
        lambda t: t["typed_max_mention_day"],
    ),
    Variant(
        "strongest event + log(its type's later-citation rate / all), on the event's date",
        lambda t: t["typed_max_event_day"],
    ),
    Variant(
        "strongest event by its outlets (not articles) and later citations, on the mention's day",
        lambda t: t["outlets_max_mention_day"],
    ),
    Variant(
        "strongest event by its outlets and later citations, on the event's date",
        lambda t: t["outlets_max_event_day"],
    ),
    Variant(
        "key_dates + the strongest event's score (the day's sum and its peak)",
        lambda t: t["current"] + t["max_event_day"],
    ),
    Variant(
        "key_dates, each report weighted by its type's later-citation rate over all types'",
        lambda t: t["typed_reports"],
    ),
    Variant(
        "strongest happening: the day's sentences joined by event or by repeating each other",
        lambda t: t["alike_max"],
    ),
    Variant(
        "soft maximum of the day's happenings (sentences joined by event or by repeating each other)",
        lambda t: t["alike_soft"],
    ),
    Variant(
        "key_dates + spread by content: a day whose sentences repeat a chosen neighbour's last",
        lambda t: t["current"],
        "content",
    ),
    Variant(
        "strongest event (mention's day) + spread by content",
        lambda t: t["max_mention_day"],
        "content",
    ),
    Variant(
        "key_dates, any explicit or resolved date a citation (the rule before 4 Dec)",
        lambda t: t["any_named_cites"],
    ),
    Variant(
        "key_dates, a sentence whose date names no day (a month, a week) not counted",
        lambda t: t["coarse_dropped"],
    ),
    Variant(
        "key_dates, undated sentences of later articles in the day's events cite it",
        lambda t: t["undated_cite"],
    ),
    Variant(
        "key_dates, undated sentences merged 2+ days back on their article's news day",
        lambda t: t["merged_news_day"],
    ),
    Variant("key_dates, undated sentences merged 2+ days back not counted", lambda t: t["merged_dropped"]),
    Variant("key_dates + log(1+outlets reporting the day)", lambda t: t["current"] + log("outlets")(t)),
    Variant(
        "key_dates + log(1+outlets among the later citing articles)",
        lambda t: t["current"] + log("citing_outlets")(t),
    ),
    Variant(
        "key_dates + log(1+publication days of the later citing articles)",
        lambda t: t["current"] + log("citing_days")(t),
    ),
    Variant(
        "key_dates + log of the share of the articles published d, d+1 that report d",
        lambda t: t["current"] + np.log(t["report_share"]),
    ),
    Variant("key_dates, a later article citing k days counts 1/k each", lambda t: t["citations_shared"]),
    Variant("key_dates, only sentences naming their day (MentionCount)", lambda t: t["named_only"]),
    Variant("key_dates, only deeds and later citations", lambda t: t["deeds_only"]),
    Variant(
        "key_dates, a later article's sentence counts only when it names the day",
        lambda t: t["later_cite_only"],
    ),
    Variant("key_dates' two terms recomputed here (a check of rows 59-60)", lambda t: t["recomputed"]),
    Variant("key_dates, later citations weighted by log2 of how many days later", lambda t: t["cited_far"]),
    Variant(
        "key_dates, later citations weighted by the days the citing article names (chronologies)",
        lambda t: t["cited_by_chronologies"],
    ),
    Variant(
        "key_dates + log(1+articles reporting an official act on d)",
        lambda t: t["current"] + log("official")(t),
    ),
    Variant(
        "key_dates + log(1+outlets reporting d on d or d+1)",
        lambda t: t["current"] + log("window_outlets")(t),
    ),
    Variant(
        "key_dates, N shared among calendar weeks by their summed scores", lambda t: t["current"], "weeks"
    ),
    Variant(
        "key_dates, reports only by articles published d or d+1 (later ones cite)",
        lambda t: t["at_time_reports"],
    ),
    Variant(
        "key_dates, N shared by weeks only when N >= the range's weeks", lambda t: t["current"], "weeks_dense"
    ),
    Variant(
        "key_dates, N shared by weeks only when N < the range's weeks", lambda t: t["current"], "weeks_sparse"
    ),
    Variant("key_dates, later citations only in the citing article's lead", lambda t: t["cited_in_leads"]),
    Variant(
        "key_dates + log(1+kinds of deed first reported in the range on d)",
        lambda t: t["current"] + log("firsts")(t),
    ),
]


def ordered(variant: Variant, table: pd.DataFrame, n: int, span_days: int) -> list[dt.date]:
    score = variant.score(table).to_numpy()
    days = list(table.index[np.lexsort((np.arange(len(score)), -score))])
    spread = variant.spread
    if spread == "sparse":
        spread = "both" if span_days >= SPARSE_DAYS_PER_DATE * n else ""
    width = 1
    if spread == "range":
        width = span_days // n // 2
        spread = "both" if width >= 1 else ""
    weeks = (span_days + 6) // 7
    if spread in ("weeks_dense", "weeks_sparse"):
        # shared by weeks only when at least one date a week is asked (dense), or only when fewer are
        spread = "weeks" if (n >= weeks) == (spread == "weeks_dense") else ""
    if spread == "weeks":
        return _by_weeks(days, score[np.lexsort((np.arange(len(score)), -score))], n)
    if not spread or spread == "content":
        return days
    chosen: list[dt.date] = []
    waiting: list[dt.date] = []
    for day in days:
        before = any(day - ONE_DAY * gap in chosen for gap in range(1, width + 1))
        after = any(day + ONE_DAY * gap in chosen for gap in range(1, width + 1))
        near = before or (spread == "both" and after)
        (waiting if near and len(chosen) < n else chosen).append(day)
    return chosen + waiting


def _by_weeks(days: list[dt.date], scores: np.ndarray, n: int) -> list[dt.date]:
    """`days` (best first, with their `scores`) reordered so that the first n are shared among calendar
    weeks (Monday to Sunday, the cycle of news coverage) in proportion to each week's summed day scores,
    by Sainte-Laguë's highest averages (mass / (2 seats + 1): the unbiased proportional rule), a week
    taking no more days than it has; within a week its best days. Row 64: the scores are logs of counts,
    so a busy week's share grows more slowly than its coverage, and a quiet week's milestone gets a seat."""
    week_of = [day - dt.timedelta(days=day.weekday()) for day in days]
    mass: dict[dt.date, float] = {}
    members: dict[dt.date, list[dt.date]] = {}
    for day, week, value in zip(days, week_of, scores, strict=True):
        mass[week] = mass.get(week, 0.0) + max(float(value), 0.0)
        members.setdefault(week, []).append(day)
    seats = dict.fromkeys(mass, 0)
    chosen: list[dt.date] = []
    while len(chosen) < min(n, len(days)):
        open_weeks = [w for w in mass if seats[w] < len(members[w])]
        week = max(open_weeks, key=lambda w: (mass[w] / (2 * seats[w] + 1), -w.toordinal()))
        chosen.append(members[week][seats[week]])
        seats[week] += 1
    taken = set(chosen)
    return [day for day in days if day in taken] + [day for day in days if day not in taken]


def timeline(
    days: Sequence[dt.date],
    mentions: pd.DataFrame,
    n: int,
    k: int,
    weights: dict[str, float],
    by_content: bool = False,
) -> DaySentences:
    """The first n of `days` that have a sentence, each with its sentences picked as `key_dates` does.
    `by_content`: a day next to a chosen day, one of whose sentences repeats one of that day's (the
    cosine of `pick_sentences`' repetition test), waits until every other day has been considered."""
    pool = kd._CandidatePool(mentions)
    vectors = kd.SentenceVectors(weights)
    out: DaySentences = {}
    waiting: list[tuple[dt.date, list[str]]] = []
    for day in days:
        if len(out) >= n:
            break
        dated, reported = pool.of(day)
        picked = kd.pick_sentences(dated, reported, k, weights, vector_of=vectors)
        if not picked:
            continue
        texts = [c.text for c in picked]
        if by_content and _repeats_neighbour(day, texts, out, vectors):
            waiting.append((day, texts))
            continue
        out[day] = texts
    for day, texts in waiting:
        if len(out) >= n:
            break
        out[day] = texts
    return out


def _repeats_neighbour(
    day: dt.date, texts: list[str], chosen: DaySentences, vectors: kd.SentenceVectors
) -> bool:
    for other in (day - ONE_DAY, day + ONE_DAY):
        for a in texts:
            va = vectors(a)
            for b in chosen.get(other, []):
                vb = vectors(b)
                if kd._cosine(va, vb, kd._norm(va) * kd._norm(vb)) > kd._REPEAT:
                    return True
    return False


def main(argv: Sequence[str] | None = None) -> None:
    global BURST_WINDOW, RRF_K, SPARSE_DAYS_PER_DATE
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tls", nargs="?", type=Path, default=ROOT.parent / "shared" / "tls")
    parser.add_argument("--rouge", choices=("original", "reimpl"), default="original")
    parser.add_argument("--only", default="", help="comma-separated row numbers (default: all)")
    parser.add_argument("--dates-only", action="store_true", help="Date-F1 alone (no ROUGE: much faster)")
    # The constants, to show each figure with other values of them.
    parser.add_argument("--burst-window", type=int, default=BURST_WINDOW)
    parser.add_argument("--rrf-k", type=float, default=RRF_K)
    parser.add_argument("--sparse-days", type=float, default=SPARSE_DAYS_PER_DATE)
    args = parser.parse_args(argv)
    BURST_WINDOW, RRF_K, SPARSE_DAYS_PER_DATE = args.burst_window, args.rrf_k, args.sparse_days
    if not args.tls.is_dir():
        print(f"skipped: no Timeline17 stories at {args.tls}")
        return
    wanted = {int(x) for x in args.only.split(",") if x}
    variants = [(i, v) for i, v in enumerate(VARIANTS) if not wanted or i in wanted]
    scorer = Scorer(args.rouge)
    totals = {i: Averages() for i, _ in variants}
    # Per story too: a rule must help on more than one story (a one-story gain is a story's quirk).
    per_story: dict[str, dict[int, Averages]] = {}
    for story in sorted(p for p in args.tls.iterdir() if (p / "timelines").is_dir()):
        story_totals = per_story.setdefault(story.name, {i: Averages() for i, _ in variants})
        for path in sorted((story / "timelines").glob("*.txt")):
            reference = read_reference(path)
            days = sorted(reference)
            n, start, end = len(days), days[0], days[-1]
            k = round(sum(len(s) for s in reference.values()) / n)
            tables = load_tables(build_input(story, (start, end), rebuild=False))
            table, mentions = signals(tables, start, end)
            in_range = kd._within(mentions, start, end)
            weights = kd.StoryWords.of(in_range["sentence"].tolist()).weights()
            for i, variant in variants:
                chosen = ordered(variant, table, n, (end - start).days + 1)
                predicted = timeline(chosen, mentions, n, k, weights, variant.spread == "content")
                if args.dates_only:
                    hits = len(set(predicted) & set(reference))
                    precision, recall = hits / max(len(predicted), 1), hits / n
                    scores = {"date": (precision, recall), "rouge_1": (0.0, 0.0), "rouge_2": (0.0, 0.0)}
                else:
                    scores = scorer.score(predicted, reference)
                totals[i].add(scores)
                story_totals[i].add(scores)
    constants = (
        f"burst window {BURST_WINDOW}, RRF k {RRF_K:g}, spread when >= {SPARSE_DAYS_PER_DATE:g} days a date"
    )
    rouge = "none, Date-F1 only" if args.dates_only else args.rouge
    print(f"\n{len(variants)} variants, {totals[variants[0][0]].n} timelines (ROUGE: {rouge}; {constants})\n")
    names = list(per_story)
    print(
        "| # | days chosen by | Date-F1 | AR-1 | AR-2 | "
        + " | ".join(f"{name} Date-F1" for name in names)
        + " |\n|---|---|---|---|---|"
        + "---|" * len(names)
    )
    for i, variant in variants:
        total = totals[i]
        print(
            f"| {i} | {variant.label} | {total.f1('date'):.3f} | {total.f1('rouge_1'):.3f} | "
            f"{total.f1('rouge_2'):.3f} | "
            + " | ".join(f"{per_story[name][i].f1('date'):.3f}" for name in names)
            + " |"
        )


if __name__ == "__main__":
    main()
