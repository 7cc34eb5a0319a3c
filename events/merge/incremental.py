"""Adding mentions to a finished merge without merging everything again, with the same result.

`cluster_mentions` is a greedy pass: mentions are taken in a fixed order (strongest date first, then the
weakly dated ones) and each joins the matching happening nearest to it or starts one. A mention's choice
depends only on the happenings of its kind whose date window overlaps its own (its block), as they
stand when its turn comes. So a finished pass is kept as a `MergeLog` (each mention's place in the order,
its kind and window, and the happening it ended in), and new mentions are slotted into that order
and replayed:

- a new mention is decided as the pass would decide it;
- a happening whose members differ from the logged pass (it gained or lost one, or is new, or lost the
  mention that started it) is *changed*, and every later mention whose window overlaps it is decided
  again, since it might now choose differently;
- every other mention's choice is as logged, and every happening never changed is carried over as it
  was, rows and all.

Happenings are rebuilt from their logged members only when a mention that is decided again can meet
them, so the work follows the blocks the new mentions touch, not the corpus.

After the pass, `regroup` joins one report's runs of one voice's remarks at one occasion: only
happenings of one article's reports, started by that article, so an article's events depend on its own
happenings alone. The log is of the pass, and the record keeps which of the pass's happenings each event
is made of; after a replay, `regroup_replay` joins again the happenings of the articles whose happenings
the replay changed (`touched_articles`), and every other article's events are as kept.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from events.extract.mentions import Mention
from events.merge.clusters import (
    Cluster,
    ClusterIndex,
    date_strength,
    joined,
    occasions,
    same_happening,
    stands_alone,
    window,
)


class Ref(NamedTuple):
    """Where a mention comes from: its article and its place among that article's mentions."""

    article: str
    position: int


# (weakly dated, basis rank, precision rank, publication ordinal, article, sentence start, index)
OrderKey = tuple[bool, int, int, int, str, int, int]


def merge_order(mention: Mention, index: int) -> OrderKey:
    """The place of a mention in the merge's pass: the order `cluster_mentions` takes them in."""
    basis, precision, published, article, start = date_strength(mention)
    return (mention.undated_past, basis, precision, published.toordinal(), article, start, index)


class LoggedMention(NamedTuple):
    """What the merge needs of a mention to replay it without reading it: its order, kind and days
    (`low`..`high`, the days it can refer to; `first`..`last`, the window of a happening it starts)
    and the happening it ended in (named by the mention that started it; None: dropped)."""

    ref: Ref
    key: OrderKey
    kind: str
    low: int
    high: int
    first: int
    last: int
    cluster: Ref | None


def logged(mention: Mention, index: int, cluster: Ref | None) -> LoggedMention:
    low, high = window(mention)
    return LoggedMention(
        ref=Ref(mention.article, index),
        key=merge_order(mention, index),
        kind=ClusterIndex.kind(mention),
        low=low.toordinal(),
        high=high.toordinal(),
        first=mention.date_start.toordinal(),
        last=mention.date_end.toordinal(),
        cluster=cluster,
    )


@dataclass(frozen=True)
class MergeLog:
    """A finished merge pass: every mention, in the order the pass took them."""

    mentions: tuple[LoggedMention, ...]

    @staticmethod
    def of(numbered: Sequence[tuple[Mention, int]], clusters: Iterable[Cluster]) -> MergeLog:
        """The log of `cluster_mentions` over `numbered` (each mention with its index in its article)."""
        index_of = {id(m): i for m, i in numbered}
        creator: dict[int, Ref] = {}
        for cluster in clusters:
            first = cluster.best
            start = Ref(first.article, index_of[id(first)])
            for mention in cluster.mentions:
                creator[id(mention)] = start
        entries = [logged(m, i, creator.get(id(m))) for m, i in numbered]
        return MergeLog(tuple(sorted(entries, key=lambda e: e.key)))


@dataclass
class _Happening:
    """A happening during the replay: where its window lies, when it started, and (once a replayed
    mention meets it) its state as the pass would have it at that point."""

    creator: Ref
    key: OrderKey
    kind: str
    first: int
    last: int
    logged_members: list[LoggedMention]
    state: Cluster | None = None
    applied: int = 0  # logged members already in `state`
    alive: bool = True
    _keys: list[OrderKey] = field(default_factory=list, repr=False)
    # How many articles the first i logged members come from, for each i (made on first use).
    _articles: list[int] = field(default_factory=list, repr=False)

    def count_before(self, key: OrderKey) -> int:
        """How many logged members joined before the mention at `key` came."""
        if len(self._keys) != len(self.logged_members):
            self._keys = [m.key for m in self.logged_members]
        return bisect.bisect_left(self._keys, key)

    def articles_among_first(self, count: int) -> int:
        """How many articles the first `count` logged members come from: a mention is ranked against
        hundreds of happenings, each with up to hundreds of members, and counting them anew each
        time was most of an add's replay."""
        if len(self._articles) != len(self.logged_members) + 1:
            seen: set[str] = set()
            self._articles = [0]
            for member in self.logged_members:
                seen.add(member.ref.article)
                self._articles.append(len(seen))
        return self._articles[count]

    @property
    def long(self) -> bool:
        return self.last - self.first > ClusterIndex.LONG


@dataclass
class Replay:
    """The outcome of adding mentions to a logged merge."""

    log: MergeLog
    # Happenings whose members differ from the logged pass, with their final state (new ones too).
    changed: dict[Ref, Cluster] = field(default_factory=dict)
    # Happenings of the logged pass that no longer exist.
    gone: set[Ref] = field(default_factory=set)
    # How many mentions were decided again (for reports and benchmarks).
    decided: int = 0


def replay(log: MergeLog, added: Sequence[tuple[Mention, int]], load: Callable[[Ref], Mention]) -> Replay:
    """The merge of the logged mentions and `added` (each with its index in its article), as
    `cluster_mentions` over all of them would make it. `load` reads a logged mention back."""
    new_entries = {logged(m, i, None).ref: logged(m, i, None) for m, i in added}
    new_mentions = {Ref(m.article, i): m for m, i in added}
    entries: dict[Ref, LoggedMention] = {e.ref: e for e in log.mentions}
    if set(entries) & set(new_entries):
        raise ValueError("a mention added twice")
    entries.update(new_entries)

    happenings: dict[Ref, _Happening] = {}
    for entry in log.mentions:
        if entry.cluster is None:
            continue
        happening = happenings.get(entry.cluster)
        if happening is None:
            start = entries[entry.cluster]
            happening = _Happening(entry.cluster, start.key, start.kind, start.first, start.last, [])
            happenings[entry.cluster] = happening
        happening.logged_members.append(entry)
    index = _Index()
    for happening in happenings.values():
        index.add(happening)
    mentions_of_kind: dict[str, list[LoggedMention]] = {}
    for entry in entries.values():
        mentions_of_kind.setdefault(entry.kind, []).append(entry)

    cache: dict[Ref, Mention] = dict(new_mentions)

    def mention(ref: Ref) -> Mention:
        found = cache.get(ref)
        if found is None:
            found = cache[ref] = load(ref)
        return found

    queue: list[tuple[OrderKey, Ref]] = []
    queued: set[Ref] = set()
    # The changed happenings each queued mention could meet.
    met: dict[Ref, list[_Happening]] = {}
    decided: set[Ref] = set()
    outcome: dict[Ref, Ref | None] = {}
    changed: set[Ref] = set()

    def push_after(happening: _Happening, key: OrderKey) -> None:
        """Decide again every later mention that could meet `happening`."""
        for entry in mentions_of_kind.get(happening.kind, ()):
            if entry.key > key and entry.low <= happening.last and happening.first <= entry.high:
                met.setdefault(entry.ref, []).append(happening)
                if entry.ref not in queued:
                    queued.add(entry.ref)
                    heapq.heappush(queue, (entry.key, entry.ref))

    def mark_changed(happening: _Happening, key: OrderKey) -> None:
        if happening.creator not in changed:
            changed.add(happening.creator)
            push_after(happening, key)

    def state_at(happening: _Happening, key: OrderKey) -> Cluster:
        """The happening as the pass has it when the mention at `key` comes."""
        members = happening.logged_members
        if happening.state is None:
            happening.state = Cluster([mention(happening.creator)])
            happening.applied = 1 if members and members[0].ref == happening.creator else 0
        while happening.applied < len(members) and members[happening.applied].key < key:
            member = members[happening.applied]
            happening.applied += 1
            if member.ref not in decided and member.ref != happening.creator:
                happening.state.add(mention(member.ref))
        return happening.state

    for ref in new_entries:
        queued.add(ref)
        heapq.heappush(queue, (new_entries[ref].key, ref))
    while queue:
        key, ref = heapq.heappop(queue)
        entry = entries[ref]
        current = mention(ref)
        # (an undated act in the perfect that was dropped or stood alone is decided again: whether it
        # stands alone depends on happenings it did not join, `stands_alone`)
        alone = current.undated_past and entry.cluster in (None, ref)
        if ref not in new_entries and entry.cluster not in changed and not alone:
            # Its logged choice was the best-ranked of its matches, all as they were then. Only changed
            # happenings differ now: one that no longer matches was not its choice (dropping an option
            # not chosen changes no choice), so the choice is the best of the logged one and the
            # changed happenings that match now.
            matching = [
                h
                for h in met.get(ref, ())
                if h.alive and h.key < key and same_happening(current, state_at(h, key))
            ]
            if not matching:
                continue
            if entry.cluster is not None and entry.cluster != ref:
                matching.append(happenings[entry.cluster])
            chosen: _Happening | None = min(matching, key=_ranking(entry, key, changed, state_at))
        else:
            chosen = _choose(current, entry, key, index.candidates(entry, key), changed, state_at)
        if chosen is None and (
            not current.undated_past
            or stands_alone(current, [state_at(h, key) for h in index.candidates(entry, key)])
        ):
            if ref in happenings:
                chosen = happenings[ref]  # it starts the happening it started in the logged pass
            else:
                chosen = _Happening(ref, key, entry.kind, entry.first, entry.last, [])
                chosen.state = Cluster([current])
                happenings[ref] = chosen
                index.add(chosen)
        now = chosen.creator if chosen is not None else None
        before = entry.cluster if ref not in new_entries else None
        if now == before and ref not in new_entries:
            continue  # as logged: it joins its happening when that is next brought up to date
        decided.add(ref)
        outcome[ref] = now
        if chosen is not None and chosen.creator != ref:
            state_at(chosen, key).add(current)
        if before is not None:
            lost = happenings[before]
            if before == ref:
                lost.alive = False  # its first mention now joins another: the happening is not made
            mark_changed(lost, key)
        if chosen is not None:
            mark_changed(chosen, key)

    for creator in changed:
        happening = happenings[creator]
        if happening.alive:
            state_at(happening, _END)

    updated = []
    for ref, entry in entries.items():
        cluster = outcome.get(ref, entry.cluster)
        updated.append(entry if cluster == entry.cluster else _with_cluster(entry, cluster))
    updated.sort(key=lambda e: e.key)
    result = Replay(MergeLog(tuple(updated)), decided=len(decided))
    for creator in changed:
        happening = happenings[creator]
        if happening.alive and happening.state is not None:
            result.changed[creator] = happening.state
        elif happening.logged_members:
            result.gone.add(creator)
    return result


@dataclass
class Regrouped:
    """The events after an add, where they differ from the kept merge's: the pass's happenings with one
    report's runs of one occasion's remarks joined (`regroup`). An event is named by the first of the
    pass's happenings it is made of."""

    # Events whose reports differ from the kept merge's, with their final state (new ones too) and,
    # for each, its kind and the place in the merge's order of the mention that started it.
    changed: dict[Ref, Cluster] = field(default_factory=dict)
    made: dict[Ref, tuple[str, OrderKey]] = field(default_factory=dict)
    # Events of the kept merge that no longer exist (joined to another, or gone from the pass).
    gone: set[Ref] = field(default_factory=set)
    # Every event made of several of the pass's happenings -> the others it is made of, in order.
    joined: dict[Ref, tuple[Ref, ...]] = field(default_factory=dict)


def touched_articles(result: Replay) -> set[str]:
    """The articles whose events an add may have changed: those that started a happening the replay
    changed or ended. `regroup` joins only happenings of one article's remarks (each started by that
    article), so the events of every other article are the kept merge's."""
    return {ref.article for ref in (*result.changed, *result.gone)}


def regroup_replay(
    result: Replay,
    joins: Mapping[Ref, tuple[Ref, ...]],
    kept: Container[Ref],
    others: Iterable[LoggedMention],
    load: Callable[[Ref], Mention],
) -> Regrouped:
    """The events after the replay `result`, as `regroup` over all of the pass's happenings makes them,
    working out again only the events of the `touched_articles`. `joins` is the kept merge's (an event
    -> the other happenings it is made of), `kept` holds the kept merge's events, `others` are the logged
    mentions of the touched articles' happenings of the kinds the replay did not take (`result.log`
    holds those it did), and `load` reads a logged mention back."""
    touched = touched_articles(result)
    absorbed_by = {part: event for event, parts in joins.items() for part in parts}
    members: dict[Ref, list[LoggedMention]] = {}
    for entry in itertools.chain(result.log.mentions, others):
        if entry.cluster is not None and entry.cluster.article in touched:
            members.setdefault(entry.cluster, []).append(entry)
    for found in members.values():
        found.sort(key=lambda e: e.key)
    regrouped = Regrouped(joined={e: parts for e, parts in joins.items() if e.article not in touched})
    by_article: dict[str, list[Ref]] = {article: [] for article in touched}
    for creator in sorted(members, key=lambda c: members[c][0].key):
        by_article[creator.article].append(creator)
    for article, creators in by_article.items():
        happenings = [_happening(c, members[c], result, load) for c in creators]
        place = {c: at for at, c in enumerate(creators)}
        # (a happening of several articles' reports, not changed, is joined to none: not built)
        built = [at for at, h in enumerate(happenings) if h is not None]
        groups = occasions([h for h in happenings if h is not None])
        now = {creators[built[g[0]]]: [creators[built[at]] for at in g] for g in groups}
        now.update({creators[at]: [creators[at]] for at, h in enumerate(happenings) if h is None})
        before = [c for c in creators if c in kept or c in absorbed_by]
        before += [g for g in result.gone if g.article == article]
        events_before = {absorbed_by.get(c, c) for c in before}
        for event, parts in now.items():
            if len(parts) > 1:
                regrouped.joined[event] = tuple(parts[1:])
            if (
                event in events_before
                and [event, *joins.get(event, ())] == parts
                and not any(p in result.changed for p in parts)
            ):
                continue  # as the kept merge made it
            regrouped.changed[event] = _joined_happening([happenings[place[p]] for p in parts])
            first = members[event][0]
            regrouped.made[event] = (first.kind, first.key)
        regrouped.gone |= events_before - now.keys()
    return regrouped


def _happening(
    creator: Ref, logged_members: list[LoggedMention], result: Replay, load: Callable[[Ref], Mention]
) -> Cluster | None:
    """A happening of the pass after the replay: as the replay left it, or (not changed) built again
    from its logged reports when they are all of its own article's, the only happenings `regroup` joins
    (None for another)."""
    if creator in result.changed:
        return result.changed[creator]
    if any(e.ref.article != creator.article for e in logged_members):
        return None
    cluster = Cluster([load(creator)])
    for entry in logged_members:
        if entry.ref != creator:
            cluster.add(load(entry.ref))
    return cluster


def _joined_happening(parts: Sequence[Cluster | None]) -> Cluster:
    if any(p is None for p in parts):
        raise ValueError("a happening of several articles joined")
    return joined([p for p in parts if p is not None])


_END: OrderKey = (True, 99, 99, 10**9, "\uffff", 10**9, 10**9)


def _with_cluster(entry: LoggedMention, cluster: Ref | None) -> LoggedMention:
    return entry._replace(cluster=cluster)


Rank = tuple[int, int, tuple[int, int, OrderKey]]


def _ranking(
    entry: LoggedMention,
    key: OrderKey,
    changed: set[Ref],
    state_at: Callable[[_Happening, OrderKey], Cluster],
) -> Callable[[_Happening], Rank]:
    """How `cluster_mentions` ranks a matching happening for the mention `entry`, lowest first: the
    nearest date, then the most reports (for a weakly dated mention: the most articles, then the
    earliest), then the first in candidate order. A happening not changed is ranked from the log,
    without reading its reports. What depends only on the mention is worked out once: a mention is
    ranked against up to hundreds of happenings."""
    weak = entry.key[0]
    # `_Index.candidates` order: by when they were made, except that for a mention of a few days the
    # happenings of long windows come first and the others by the first day they share with it
    wide = entry.high - entry.low > ClusterIndex.LONG
    low, first = entry.low, entry.first

    def rank(happening: _Happening) -> Rank:
        if happening.creator in changed or happening.state is not None:
            reports = state_at(happening, key).mentions
            size = len(reports)
            articles = len({m.article for m in reports}) if weak else 0
        else:
            size = happening.count_before(key)
            articles = happening.articles_among_first(size) if weak else 0
        if wide or happening.last - happening.first > ClusterIndex.LONG:
            order = (0, 0, happening.key)
        else:
            order = (1, max(happening.first, low), happening.key)
        if weak:
            return (-articles, happening.first, order)
        return (abs(happening.first - first), -size, order)

    return rank


def _choose(
    current: Mention,
    entry: LoggedMention,
    key: OrderKey,
    candidates: list[_Happening],
    changed: set[Ref],
    state_at: Callable[[_Happening, OrderKey], Cluster],
) -> _Happening | None:
    """The happening `cluster_mentions` would add the mention to (None: it starts one, or a weakly
    dated one is dropped): the best-ranked match. Ranking the candidates first and testing them best
    first finds it with few tests."""
    # Taken best first from a heap rather than sorted whole: the best few are most often all that are
    # tested, of a few hundred candidates. Equal ranks go in candidate order, as a stable sort has them.
    rank = _ranking(entry, key, changed, state_at)
    ranked = [(rank(h), place) for place, h in enumerate(candidates)]
    heapq.heapify(ranked)
    while ranked:
        happening = candidates[heapq.heappop(ranked)[1]]
        if same_happening(current, state_at(happening, key)):
            return happening
    return None


class _Index:
    """Happenings by kind and by the days their window covers, as `ClusterIndex` keeps clusters.

    A kind is indexed only when a mention of that kind first asks for candidates: an add meets a few
    kinds, and indexing every happening of a corpus of thousands of articles day by day cost more
    than the rest of the replay."""

    def __init__(self) -> None:
        self._pending: dict[str, list[_Happening]] = {}
        self._all: dict[str, list[_Happening]] = {}
        self._long: dict[str, list[_Happening]] = {}
        self._by_day: dict[tuple[str, int], list[_Happening]] = {}

    def add(self, happening: _Happening) -> None:
        if happening.kind in self._all:
            self._index(happening)
        else:
            self._pending.setdefault(happening.kind, []).append(happening)

    def _index(self, happening: _Happening) -> None:
        _insert(self._all.setdefault(happening.kind, []), happening)
        if happening.long:
            _insert(self._long.setdefault(happening.kind, []), happening)
            return
        for day in range(happening.first, happening.last + 1):
            _insert(self._by_day.setdefault((happening.kind, day), []), happening)

    def _of_kind(self, kind: str) -> None:
        pending = self._pending.pop(kind, None)
        if pending is None:
            return
        self._all[kind] = []
        for happening in sorted(pending, key=lambda h: h.key):
            self._index(happening)

    def candidates(self, entry: LoggedMention, key: OrderKey) -> list[_Happening]:
        """The happenings a mention is compared with, in the order `ClusterIndex.candidates` gives them
        (which decides ties): those made before it whose window overlaps its own, since no other can
        match."""
        self._of_kind(entry.kind)

        def present(h: _Happening) -> bool:
            return h.alive and h.key < key and h.first <= entry.high and entry.low <= h.last

        span = entry.high - entry.low
        if span > ClusterIndex.HUGE:
            return [h for h in self._all.get(entry.kind, ()) if present(h)]
        long = [h for h in self._long.get(entry.kind, ()) if present(h)]
        found: dict[int, _Happening] = {}
        for day in range(entry.low, entry.high + 1):
            for h in self._by_day.get((entry.kind, day), ()):
                if id(h) not in found and present(h):
                    found[id(h)] = h
        if span > ClusterIndex.LONG:
            return sorted([*long, *found.values()], key=lambda h: h.key)  # in the order they were made
        return long + list(found.values())


def _insert(ordered: list[_Happening], happening: _Happening) -> None:
    if not ordered or ordered[-1].key < happening.key:
        ordered.append(happening)
    else:
        ordered.insert(bisect.bisect([h.key for h in ordered], happening.key), happening)
