"""Which stage of extraction lost each labelled happening that no built event answers (issue 7, recall).

    .venv/bin/python benchmarks/missed_stages.py [--gold tests/data/dev_gold.csv] [--articles DIR ...]
        [--last N]

Builds the labelled articles as `python -m events evaluate --gold FILE --articles DIR` does, matches
labels to events whatever their type (the "found" figure), and for every label left unmatched names the
first stage that lost it:

- `segmentation`: the labelled words run over two sentences, or lie in no sentence the extractor reads
  (a caption or a line set aside as boilerplate);
- `no mention`: the sentence is read, but no mention is made of it (no act, speaker or date recognised,
  or a rule of mentions.py / background.py / noise.py judged it colour or background);
- `dropped`: a mention is made, but no event holds it (an undated act in the perfect that joined no
  dated report, which merging leaves out);
- `one mention`: the sentence's only mention answers another label stated in the same sentence (two
  happenings read as one);
- `merged`: the sentence's mention sits in an event that answers another label of the same article, stated
  in another sentence (merging joined two happenings);
- `keywords`: the sentence's mention is in an event of its own that the label's keywords do not find
  (the label's words are elsewhere, or the title and sentence word it otherwise).

`--last N` looks only at the last N articles of the gold file (the most recently labelled, blind). The
labelled sentence is located by its words in the article; labels whose words are not found say so.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from events.engines.local import build_tables
from events.evaluate import GoldEvent, evaluate_open, gold_corpus, load_gold
from events.extract import mentions as mentions_module
from events.extract.corpus import Article, Sentence
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions
from events.schema import Tables, split_list

ROOT = Path(__file__).resolve().parent.parent


def _sentences_of_label(gold_sentence: str, article: Article) -> tuple[list[Sentence], int]:
    """The article's read sentences that the labelled words overlap, and where the words start (-1 when
    they are not in the text: the label quotes words the scrape spells otherwise)."""
    words = [re.escape(w) for w in gold_sentence.split()]
    if not words:
        return [], -1
    found = re.search(r"\s+".join(words), article.text)
    if found is None:
        return [], -1
    start, end = found.span()
    return [s for s in article.sentences if s.start < end and start < s.end], start


_TRACED = {"_analyse", "_settle_date"}


class RuleTrace:
    """Where mentions.py's `_analyse` and `_settle_date` returned, for each sentence they were given: the
    line of the `return` and the comment nearest above it (the rule's own words), so a sentence with no
    mention names the rule that let it go."""

    def __init__(self) -> None:
        self.returns: list[tuple[int, int, str, int, bool]] = []  # start, end, function, line, None?
        self.lines = Path(mentions_module.__file__).read_text(encoding="utf-8").splitlines()

    def __enter__(self) -> RuleTrace:
        sys.settrace(self._call)
        return self

    def __exit__(self, *exc: object) -> None:
        sys.settrace(None)

    def _call(self, frame: FrameType, event: str, arg: object) -> Any:
        if (
            event == "call"
            and frame.f_code.co_name in _TRACED
            and frame.f_code.co_filename == mentions_module.__file__
        ):
            return self._local
        return None

    def _local(self, frame: FrameType, event: str, arg: object) -> Any:
        if event == "return":
            name = frame.f_code.co_name
            if name == "_analyse":
                sentence = frame.f_locals.get("sentence")
            else:
                drafts, index = frame.f_locals.get("drafts"), frame.f_locals.get("index")
                sentence = drafts[index].sentence if drafts is not None and index is not None else None
            if sentence is not None:
                self.returns.append((sentence.start, sentence.end, name, frame.f_lineno, arg is None))
        return self._local

    def why(self, start: int, end: int) -> str:
        """The rules that returned nothing for the sentence at start..end."""
        said = []
        for a, b, name, line, nothing in self.returns:
            if a < end and start < b and nothing:
                said.append(f"{name}:{line} {self._comment_near(line)}")
        return (
            " | ".join(dict.fromkeys(said)) or "never analysed (skipped before, or a draft made no mention)"
        )

    def _comment_near(self, line: int) -> str:
        for index in range(line - 1, max(0, line - 12), -1):
            text = self.lines[index].strip()
            if "#" in text:
                return text[text.index("#") :][:110]
        return ""


def stage_of(
    label: GoldEvent,
    gold_sentence: str,
    article: Article,
    tables: Tables,
    extracted: list[tuple[int, int]],
    held_by: dict[str, str],
    trace: RuleTrace,
    sentence_of: dict[str, str],
) -> tuple[str, str]:
    """(stage, detail) for one missed label."""
    sentences, at = _sentences_of_label(gold_sentence, article)
    if at < 0:
        return "not located", "the labelled words are not in the article text"
    if not sentences:
        return "segmentation", "the words lie in no sentence the extractor reads"
    if len(sentences) > 1:
        return "segmentation", f"the words run over {len(sentences)} sentences"
    sentence = sentences[0]
    own = [(a, b) for a, b in extracted if a < sentence.end and sentence.start < b]
    if not own:
        return "no mention", f"{sentence.text}\n{'':14}rule: {trace.why(sentence.start, sentence.end)}"
    rows = tables.mentions[
        (tables.mentions["article"] == article.name)
        & (tables.mentions["start"] < sentence.end)
        & (tables.mentions["end"] > sentence.start)
    ]
    if rows.empty:
        return "dropped", sentence.text
    events = sorted(set(rows["event_id"]))
    others = [f"{e} answers {held_by[e]}" for e in events if e in held_by]
    if len(others) == len(events):
        # the label holding the event stated in this very sentence: one mention made of two happenings
        shared = any(
            _sentences_of_label(sentence_of.get(held_by[e], ""), article)[0] == [sentence] for e in events
        )
        return "one mention" if shared else "merged", "; ".join(others)
    titles = tables.events.set_index("event_id")["title"]
    free = [e for e in events if e not in held_by]
    return "keywords", "; ".join(f"{e}: {titles.get(e, '')}" for e in free)


def wrong_dates(tables: Tables, matches: Any, sentence_of: dict[str, str]) -> None:
    """For each label found with a wrong date: the labelled and the given dates, the article's day, and
    each mention of the event from the label's articles with its date text and the rule that dated it."""
    events = tables.events.set_index("event_id")
    published = tables.sources.set_index("article")["published"].astype(str).to_dict()
    reasons: Counter[str] = Counter()
    for match in matches:
        if match.date_correct:
            continue
        label, event = match.gold, events.loc[match.event_id]
        rows = tables.mentions[
            (tables.mentions["event_id"] == match.event_id) & tables.mentions["article"].isin(label.sources)
        ]
        said = sentence_of.get(label.gold_id, "")
        own = bool(said) and any(said in text or text in said for text in rows["sentence"].astype(str))
        kind = "own" if own else "other"  # the event holds the labelled sentence, or another one
        reasons[f"{kind} {event['date_basis']}"] += 1
        print(
            f"wrong date    {kind:5} {label.gold_id} ({label.event_type}) "
            f"labelled {label.date}..{label.date_end}, "
            f"given {str(event['date'])[:10]}..{str(event['date_end'])[:10]} "
            f"[{event['date_basis']}: {event['date_reason']}]"
        )
        print(f"{'':14}label: {sentence_of.get(label.gold_id, '')[:300]}")
        for row in rows.to_dict("records"):
            print(
                f"{'':14}{row['article']} ({published.get(row['article'], '')[:10]}) "
                f"[{row['date_basis']} {row['date_text']!r}: {row['date_reason']}] "
                f"{str(row['sentence'])[:300]}"
            )
    print("\nwrong dates by rule: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests/data/dev_gold.csv")
    parser.add_argument("--articles", type=Path, action="append")
    parser.add_argument("--last", type=int, default=0, help="only the last N articles of the gold file")
    parser.add_argument(
        "--unmatched", action="store_true", help="also list the built events that answer no label"
    )
    parser.add_argument(
        "--dates",
        action="store_true",
        help="also list the labels found with a wrong date: the date given and the rule that gave it",
    )
    args = parser.parse_args()

    roots = args.articles or [ROOT / "tests/data/dev_articles", ROOT.parent / "shared/tls"]
    roots = [r for r in roots if r.is_dir()]
    gold = load_gold(args.gold)
    with args.gold.open(newline="", encoding="utf-8") as handle:
        sentence_of = {row["gold_id"]: row.get("sentence", "") for row in csv.DictReader(handle)}
    if args.last:
        order = list(dict.fromkeys(name for g in gold for name in sorted(g.sources)))
        wanted = set(order[-args.last :])
        gold = [g for g in gold if g.sources & wanted]
    corpus = gold_corpus(gold, roots)
    built = {a.name for a in corpus.articles}
    gold = [g for g in gold if g.sources & built]
    tables = build_tables(corpus)
    matches = evaluate_open(tables, gold).matches
    found = {m.gold.gold_id for m in matches}
    held_by = {m.event_id: m.gold.gold_id for m in matches}
    gazetteer = load_gazetteer()
    extracted: dict[str, list[tuple[int, int]]] = {}
    traces: dict[str, RuleTrace] = {}
    for article in corpus.articles:
        with RuleTrace() as trace:
            found_mentions = extract_mentions(article, gazetteer)
        extracted[article.name] = [(m.sentence.start, m.sentence.end) for m in found_mentions]
        traces[article.name] = trace
    articles = {a.name: a for a in corpus.articles}
    stages: Counter[str] = Counter()
    for label in gold:
        if label.gold_id in found:
            continue
        name = sorted(label.sources & built)[0]
        stage, detail = stage_of(
            label,
            sentence_of.get(label.gold_id, ""),
            articles[name],
            tables,
            extracted[name],
            held_by,
            traces[name],
            sentence_of,
        )
        stages[stage] += 1
        print(f"{stage:13} {label.gold_id} ({label.event_type}): {label.note}\n{'':14}{detail[:400]}")
    if args.dates:
        wrong_dates(tables, matches, sentence_of)
    if args.unmatched:
        scored = evaluate_open(tables, gold)
        taken = {m.event_id for m in scored.matches}
        labelled = set().union(*(g.sources for g in gold)) if gold else set()
        sentences = tables.mentions.groupby("event_id")["sentence"].first().to_dict()
        for event in tables.events.to_dict("records"):
            if event["event_id"] in taken or not set(split_list(str(event["sources"]))) <= labelled:
                continue
            print(f"unmatched     {event['sources']} {event['event_type']} {event['date']}: {event['title']}")
            print(f"{'':14}{str(sentences.get(event['event_id'], ''))[:200]}")
    print(
        f"\nfound {len(found)}/{len(gold)}; missed by stage: "
        + ", ".join(f"{k} {v}" for k, v in stages.most_common())
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
