"""A three-article corpus written for the ingest, curation and durability tests, and helpers around it.

Two articles report the same detention (4 March 2025) and the same summons (6 March); the third is
unrelated. Every article has a given publication date, so a build takes a fraction of a second.
Tests find events by who reports them (`detention_event`, `summons_event`, `single_source`), not by
their type, so that they do not depend on how the extractor labels a sentence.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pandas as pd

from events.schema import Tables, validate
from events.store import build as pipeline

ROOT = Path(__file__).resolve().parents[1]

DETENTION_A = "baltic-wire_finland-detains-trawler-crews.txt"
DETENTION_B = "nordic-post_russia-protests-as-finland-holds-fishermen.txt"
QUOTAS = "oslo-times_norway-summons-swedish-envoy.txt"

ARTICLES = {
    DETENTION_A: (
        "Finland detains two Russian trawler crews near Hailuoto\n\n"
        "Finnish border guards detained the crews of two Russian trawlers on 4 March 2025 near the island "
        "of Hailuoto, the interior ministry said.\n\n"
        "The ministry said on Wednesday that the sailors would be questioned about fishing inside Finnish "
        "waters.\n\n"
        "Moscow summoned the Finnish ambassador on Thursday to protest against the detentions.\n"
    ),
    DETENTION_B: (
        "Russia protests as Finland holds fishermen\n\n"
        "Russia's foreign ministry summoned Finland's ambassador on 6 March 2025 over the detention of two "
        "trawler crews in the Gulf of Bothnia.\n\n"
        "Finnish border guards had detained the crews on Tuesday near Hailuoto, officials in Helsinki "
        "said.\n\n"
        "A spokeswoman in Moscow denied that the trawlers had entered Finnish waters.\n"
    ),
    QUOTAS: (
        "Norway summons Swedish envoy over fishing quotas\n\n"
        "Norway's foreign ministry summoned Sweden's ambassador on 10 February 2025 over a dispute about cod "
        "quotas in the Skagerrak, officials in Oslo said.\n\n"
        "Swedish police arrested two men in Kiruna on Tuesday after a fire at a rail depot, the prosecutor "
        "said.\n"
    ),
}
SOURCES_CSV = (
    "file,outlet,title,url,published\n"
    f"{DETENTION_A},Baltic Wire,,,2025-03-06\n"
    f"{DETENTION_B},Nordic Post,,,2025-03-07\n"
    f"{QUOTAS},Oslo Times,,,2025-02-11\n"
)

# A third report of the detention, for adds that merge with an existing event.
THIRD_REPORT = (
    "Finnish coastguard holds Russian fishermen\n\n"
    "Finnish border guards detained two Russian trawler crews near Hailuoto on 4 March 2025, the "
    "coastguard said in a statement.\n\n"
    "The crews were released on bail later in the week, their lawyer said.\n"
)

TOWNS = [
    "Tampere",
    "Oulu",
    "Turku",
    "Espoo",
    "Vantaa",
    "Lahti",
    "Kuopio",
    "Pori",
    "Joensuu",
    "Vaasa",
    "Kotka",
    "Rauma",
    "Kokkola",
    "Hamina",
    "Mikkeli",
    "Savonlinna",
    "Salo",
    "Hanko",
    "Porvoo",
    "Kemi",
    "Tornio",
    "Iisalmi",
    "Kajaani",
    "Raahe",
]


def event_row(event_id: str, day: object, **fields: object) -> dict[str, object]:
    """One valid row of the events table on `day`: a dated statement reported once, unless `fields` say
    otherwise (tests name only what they are about)."""
    return {
        "event_id": event_id,
        "date": pd.Timestamp(day),  # type: ignore[arg-type]
        "date_end": pd.Timestamp(day),  # type: ignore[arg-type]
        "precision": "day",
        "event_type": "statement",
        "title": "",
        "actors": "",
        "countries": "",
        "country_basis": "",
        "locations": "",
        "figures": "",
        "sources": "",
        "n_sources": 1,
        "contested": False,
        "background": False,
        "planned": False,
        "confidence": 0.8,
        "date_basis": "explicit",
        "date_reason": "",
        "linked": "",
        **fields,
    }


def make_tables(tag: str, n_events: int = 2) -> Tables:
    """Small valid tables whose every row carries `tag`, so a mix of two writes would show."""
    ids = ["ev-" + hashlib.sha1(f"{tag}{i}".encode()).hexdigest()[:10] for i in range(n_events)]
    article = f"{tag}.txt"
    events = pd.DataFrame(
        [
            event_row(event_id, "2025-03-04", title=f"{tag} event {i}", countries="FIN", sources=article)
            for i, event_id in enumerate(ids)
        ]
    )
    mentions = pd.DataFrame(
        {
            "event_id": ids,
            "article": article,
            "sentence": [f"{tag} said something {i}." for i in range(n_events)],
            "start": [10 * i for i in range(n_events)],
            "end": [10 * i + 9 for i in range(n_events)],
            "date_text": "4 March 2025",
            "date_basis": "explicit",
            "date_reason": "",
            "figures": "",
        }
    )
    sources = pd.DataFrame([source_row(article, tag.title(), "2025-03-05", tag)])
    return Tables(validate("events", events), validate("mentions", mentions), validate("sources", sources))


def write_corpus(data_dir: Path, *, build: bool = True) -> Path:
    """The three articles and sources.csv in `data_dir` (built unless told not to)."""
    articles = data_dir / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    (data_dir / "sources.csv").write_text(SOURCES_CSV, encoding="utf-8")
    if build:
        pipeline.build(data_dir)
    return data_dir


def shared_events(tables: Tables) -> pd.DataFrame:
    """The events both detention articles report, by date: the detention, then the summons."""
    both = tables.events["sources"].map(lambda cell: {DETENTION_A, DETENTION_B} <= set(cell.split(";")))
    shared = tables.events[both].sort_values("date").reset_index(drop=True)
    assert len(shared) >= 2, f"the small corpus should yield two shared events:\n{tables.events}"
    return shared


def detention_event(tables: Tables) -> pd.Series:
    return shared_events(tables).iloc[0]


def summons_event(tables: Tables) -> pd.Series:
    return shared_events(tables).iloc[1]


def single_source(tables: Tables, article: str) -> pd.Series:
    """The first event (by date) that only `article` reports."""
    only = tables.events[tables.events["sources"] == article].sort_values("date")
    assert len(only) >= 1, f"the small corpus should yield an event only {article} reports:\n{tables.events}"
    return only.iloc[0]


def town_article(index: int) -> str:
    """A short English article, different for each index, dated 3 March 2025."""
    town = TOWNS[index % len(TOWNS)]
    return (
        f"{town} opens new bridge number {index}\n\n"
        f"The city council of {town} opened bridge number {index} over the river on 3 March 2025, the "
        f"mayor said.\n\n"
        f"Engineers said the crossing would carry about {1000 + index} cars a day.\n"
    )


def snapshot(data_dir: Path) -> dict[str, str]:
    """{relative path: sha256 of its bytes} for every file under `data_dir`."""
    out = {}
    for root, _dirs, files in os.walk(data_dir):
        for name in files:
            path = Path(root) / name
            out[path.relative_to(data_dir).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def add_town_article(data_dir: str, index: int) -> str:
    """Worker for process pools: add town article `index`, return the stored file name."""
    from events.store.ingest import NewArticle, add_articles

    report = add_articles(
        [NewArticle(text=town_article(index), outlet="Town Crier", published="2025-03-04")], Path(data_dir)
    )
    assert report.added, report.summary()
    return report.added[0].file


def source_row(article: str, outlet: str, published: object, text: str) -> dict[str, object]:
    """One valid row of the sources table: `article` from `outlet`, published on `published`, its
    fingerprint taken of `text`."""
    return {
        "article": article,
        "outlet": outlet,
        "title": "",
        "url": "",
        "published": pd.Timestamp(published),  # type: ignore[arg-type]
        "published_basis": "given",
        "published_evidence": "",
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
    }
