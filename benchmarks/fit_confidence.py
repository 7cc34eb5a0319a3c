"""Would a confidence learned from the development labels order events better than the hand-set one?

    .venv/bin/python benchmarks/fit_confidence.py [--gold tests/data/dev_gold.csv]
        [--articles tests/data/dev_articles ../shared/tls]

Builds the labelled articles as `python -m events evaluate` does, records each event's features, and
labels it right when it matches a labelled happening with the right date (the open matching, any type).
The features are signs any English news report gives, whatever its topic or outlet: how the date was
worked out and how precise it is, words or deeds, how many articles and outlets tell it, whether anyone is
named to have done or said it, the paragraph of its clearest report, that sentence's length, hedging and
quotation marks, whether its title is a clause, whether it is planned or background, and how many reports
it has. No words of particular stories, no outlet names.

It fits a logistic regression (scikit-learn: requirements-bench.txt, never the runtime) and prints,
out of fold (5 folds GROUPED BY ARTICLE: an event goes with the article of its best-dated report, so no
article's events are both fitted and scored), side by side with the build's own confidence and the
review queue's doubt order:

- the AUC (how often a right event ranks above a wrong one), for "right date" and for "matched", and
  the learned one's over five shuffled group splits and in sample;
- the precision per confidence band (evaluate's bands) and per quarter of the events;
- what dropping the least confident 5-20 % would cost (labels found with the right date lost) and gain
  (events matching no label removed);
- the weights fitted on every event.

On main 436b69b the learned order was no better out of fold than the hand-set one (RESULTS: "Learned
confidence"), so the build keeps the hand-set confidence; rerun this after extraction changes, and adopt a
learned one (stored weights applied with plain arithmetic) only if it orders clearly better out of fold.
Only the development set: never the held-out labels. Skips when the articles are absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import math
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np

import events.engines.local as local
from events.evaluate import CONFIDENCE_BANDS, evaluate_open, gold_corpus, load_gold
from events.extract.mentions import Mention
from events.merge.clusters import Cluster, title
from events.merge.titles import is_fragment
from events.query.review import review_item
from events.schema import SPEECH_EVENT_TYPES, split_list

ROOT = Path(__file__).resolve().parent.parent
FOLDS = 5
# L2 strength (scikit-learn's C): mild, so that weights stay readable and a rare feature cannot run away.
REGULARISATION = 1.0
# Words by which a report says the happening may not (yet) be a fact: modals, the future, what is only
# expected, planned, reported or alleged.
HEDGES = re.compile(
    r"\b(?:may|might|could|would|should|will|won't|shall|expected|expects?|plans?|planned|planning"
    r"|likely|possibly|perhaps|reportedly|allegedly|alleged|believed|appears?|seems?|suggests?"
    r"|considering|consider|proposed|proposes?|intends?|aims?|hopes?|threatens?|warns?|warned)\b",
    re.IGNORECASE,
)
QUOTE_MARKS = re.compile(r"[\"“”]")
WORD = re.compile(r"\w+")
BACKGROUND_AFTER = dt.timedelta(days=60)  # as events.merge.clusters
COARSE_PRECISIONS = ("month", "season", "quarter", "year")

FEATURES = (
    "date_resolved",  # "on Tuesday", "yesterday": read against the publication date
    "date_context",  # its own sentence has no date; a neighbour's or the speaker's was used
    "date_publication",  # no date at all, only the day the article appeared
    "date_coarse",  # known to the month or less precisely
    "speech",  # somebody's words rather than a deed
    "untyped",  # an act of no named type ("other")
    "more_articles",  # other articles that tell it (up to 3)
    "more_outlets",  # other outlets that tell it (up to 3)
    "named",  # an act with someone named to have done it, remarks with a named speaker
    "lead",  # a report in the article's first body paragraph (the lead tells the news)
    "paragraph",  # log(paragraph of its clearest report): late paragraphs tell background and colour
    "long_sentence",  # log of the clearest report's words, less log 25 (a plain news sentence)
    "hedged",  # its clause has a modal, future or hedging word
    "quoted",  # its sentence holds quotation marks
    "fragment",  # its title is cut off or no clause
    "planned",  # told as to come
    "background",  # long before the earliest report
    "reports",  # log of its reports (sentences), all articles
)


def confidence_features(event_type: str, mentions: Sequence[Mention], made: str) -> dict[str, float]:
    """The model's inputs for one event: its type, its reports (the best dated first) and its title."""
    best = mentions[0]
    speech = event_type in SPEECH_EVENT_TYPES
    named = any(m.speaker for m in mentions) if speech else any(m.actors for m in mentions)
    earliest = min(m.published for m in mentions)
    words = max(1, len(WORD.findall(best.sentence.text)))
    return {
        "date_resolved": float(best.date_basis == "resolved"),
        "date_context": float(best.date_basis == "context"),
        "date_publication": float(best.date_basis == "publication"),
        "date_coarse": float(best.precision in COARSE_PRECISIONS),
        "speech": float(speech),
        "untyped": float(event_type == "other"),
        "more_articles": float(min(len({m.article for m in mentions}) - 1, 3)),
        "more_outlets": float(min(len({m.outlet or m.article for m in mentions}) - 1, 3)),
        "named": float(named),
        "lead": float(any(m.sentence.paragraph <= 1 for m in mentions)),
        "paragraph": math.log(max(1, best.sentence.paragraph)),
        "long_sentence": math.log(words / 25),
        "hedged": float(bool(HEDGES.search(best.clause or best.sentence.text))),
        "quoted": float(bool(QUOTE_MARKS.search(best.sentence.text))),
        "fragment": float(is_fragment(made)),
        "planned": float(best.planned),
        "background": float(best.date_end < earliest - BACKGROUND_AFTER),
        "reports": math.log(len(mentions)),
    }


def recorded_build(gold_path: Path, roots: list[Path]) -> tuple[Any, Any, dict[str, dict[str, Any]]]:
    """The evaluate build, with each event's features and best article by event id."""
    records: dict[str, dict[str, Any]] = {}
    # (the local engine imported tabulate by name: the name is replaced there, for this build only)
    namespace = vars(local)
    original = namespace["tabulate"]

    def recording(clusters: Sequence[Cluster], ids: Sequence[str], linked: Sequence[list[str]]) -> Any:
        for cluster, event_id in zip(clusters, ids, strict=True):
            records[event_id] = {
                "features": confidence_features(cluster.event_type, cluster.mentions, title(cluster)),
                "article": cluster.best.article,
            }
        return original(clusters, ids, linked)

    gold = load_gold(gold_path)
    namespace["tabulate"] = recording
    try:
        tables = local.build_tables(gold_corpus(gold, roots))
    finally:
        namespace["tabulate"] = original
    return tables, gold, records


def band_cells(scores: np.ndarray, right: np.ndarray, matched: np.ndarray, edges: Sequence[float]) -> str:
    cells = []
    for low, high in itertools.pairwise(edges):
        last = high >= edges[-1]
        inside = (scores >= low) & ((scores <= high) if last else (scores < high))
        n = int(inside.sum())
        shares = f"matched {matched[inside].mean():.3f} right date {right[inside].mean():.3f}" if n else "-"
        cells.append(f"[{low:.2f}, {high:.2f}{']' if last else ')'}  n={n:3d}  {shares}")
    return "\n    ".join(cells)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "dev_gold.csv")
    parser.add_argument(
        "--articles",
        type=Path,
        nargs="+",
        default=[ROOT / "tests" / "data" / "dev_articles", ROOT.parent / "shared" / "tls"],
    )
    args = parser.parse_args()
    if not all(p.is_dir() for p in args.articles):
        print(f"skipped: articles not found under {', '.join(map(str, args.articles))}")
        return 0
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    tables, gold, records = recorded_build(args.gold, args.articles)
    scores = evaluate_open(tables, gold)
    labelled = set().union(*(g.sources for g in gold))
    events = tables.events[tables.events["sources"].map(lambda cell: set(split_list(cell)) <= labelled)]
    events = events[events["event_id"].astype(str).isin(records)].reset_index(drop=True)
    ids = [str(e) for e in events["event_id"]]
    right_ids = {m.event_id for m in scores.matches if m.date_correct}
    matched_ids = {m.event_id for m in scores.matches}
    x = np.array([[records[e]["features"][f] for f in FEATURES] for e in ids])
    right = np.array([e in right_ids for e in ids], dtype=int)
    matched = np.array([e in matched_ids for e in ids], dtype=int)
    groups = np.array([records[e]["article"] for e in ids])
    hand = events["confidence"].to_numpy(float)
    # the review queue's doubt, turned round so that higher is surer (events it does not list: no doubt)
    items = [review_item(row, "", False) for row in events.itertuples(index=False)]
    queue = np.array([-(item.score if item else 0.0) for item in items])
    print(
        f"events {len(ids)}, right date {right.sum()}, matched {matched.sum()}, labels {scores.n_gold}, "
        f"articles {len(set(groups))}"
    )

    def model() -> Any:
        return LogisticRegression(C=REGULARISATION, max_iter=2000)

    learned = np.zeros(len(ids))
    for train, test in GroupKFold(n_splits=FOLDS).split(x, right, groups):
        learned[test] = model().fit(x[train], right[train]).predict_proba(x[test])[:, 1]
    learned = np.round(learned, 2)
    # how much the AUC owes to which articles share a fold
    spread = []
    for seed in range(5):
        shuffled = np.zeros(len(ids))
        for train, test in GroupKFold(n_splits=FOLDS, shuffle=True, random_state=seed).split(
            x, right, groups
        ):
            shuffled[test] = model().fit(x[train], right[train]).predict_proba(x[test])[:, 1]
        spread.append(roc_auc_score(right, shuffled))
    in_sample = model().fit(x, right).predict_proba(x)[:, 1]
    orders = {"hand": hand, "learned": learned, "queue": queue}
    print(f"\nAUC (learned: out of fold, {FOLDS} folds grouped by article; hand and queue: as built)")
    for name, values in orders.items():
        print(
            f"  {name:8s} right date {roc_auc_score(right, values):.3f}   "
            f"matched {roc_auc_score(matched, values):.3f}"
        )
    print(
        f"  learned right date over 5 shuffled group splits {min(spread):.3f}-{max(spread):.3f}, "
        f"in sample {roc_auc_score(right, in_sample):.3f}"
    )
    edges = [CONFIDENCE_BANDS[0][0], *(high for _low, high in CONFIDENCE_BANDS)]
    for name in ("hand", "learned"):
        values = orders[name]
        quarters = [0.0, *np.quantile(values, [0.25, 0.5, 0.75]).round(2), 1.0]
        print(f"\n{name}: evaluate's bands\n    {band_cells(values, right, matched, edges)}")
        print(f"{name}: quarters of the events\n    {band_cells(values, right, matched, quarters)}")

    print("\ndropping the least confident events: right-date labels lost, unmatched events removed")
    right_labels = np.array([sum(m.date_correct for m in scores.matches if m.event_id == e) for e in ids])
    unmatched = 1 - matched
    for share in (0.05, 0.1, 0.15, 0.2):
        for name, values in orders.items():
            dropped = np.argsort(values, kind="stable")[: round(share * len(ids))]
            print(
                f"  lowest {share:4.0%} by {name:8s} right-date labels lost {right_labels[dropped].sum():3d} "
                f"of {scores.n_gold}, unmatched removed {unmatched[dropped].sum():3d} of {unmatched.sum()}"
            )

    final = model().fit(x, right)
    print(f"\nweights fitted on all {len(ids)} events (intercept {final.intercept_[0]:+.3f}):")
    for name, weight in sorted(zip(FEATURES, final.coef_[0], strict=True), key=lambda kv: -abs(kv[1])):
        print(f"  {name:18s} {weight:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
