"""Small hand-made tables from the five bundled articles (plus one hostile article), written to a data dir."""

from __future__ import annotations

import hashlib
import shutil
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from small_corpus import write_corpus

from events.schema import Tables, validate
from events.store import write_tables

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
AJ = "al-jazeera_zelenskyy-says-at-least-155-chinese-citizens-fighting.txt"
NBC = "nbc-news_more-than-150-chinese-nationals-fighting-for-russia.txt"
NM = "newsmax-ap_ukraine-claims-more-than-150-chinese-fighting.txt"
CAP = "ukraine-captured-2-chinese-nationals-zelensky-says.txt"
DOZ = "ukraine-claims-dozens-of-chinese-nationals-fighting-for-russia.txt"
EVIL = "evil-gazette_markup.txt"

EVIL_SENTENCE = (
    "On Thursday <script>alert('owned')</script> the <b>ministry</b> posted "
    "![tracker](http://evil.test/pixel.png) and [a link](javascript:alert(1)) :red[alarm] $x^2$."
)
EVIL_TEXT = f"Evil Gazette\n\n{EVIL_SENTENCE}\n\nMore <img src=x onerror=alert(2)> text.\n"
EVIL_TITLE = "<script>alert(1)</script> ![x](http://evil.test/i.png) [y](javascript:z)"

# Event ids used by the tests.
INVASION = "ev-000000000a"
KURSK = "ev-000000000b"
CAPTURE = "ev-000000000c"
CLAIM = "ev-000000000d"
DENIAL = "ev-000000000e"
SWAP = "ev-000000000f"
DRONES = "ev-0000000010"
OFFENSIVE = "ev-0000000011"
HOSTILE = "ev-00000000ff"


@pytest.fixture(autouse=True)
def plain_main(monkeypatch: pytest.MonkeyPatch) -> None:
    """Worker processes started by forkserver or spawn (process pools, Dask) import the parent's
    __main__ first; an AppTest earlier in the session may have left a page script there, and a worker
    that runs it dies and is replaced over and over, so the pool never finishes."""
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))


@dataclass(frozen=True)
class Cite:
    article: str
    sentence: str
    date_text: str = ""
    date_basis: str = "publication"
    figures: str = ""


def _event(
    event_id: str,
    date: str,
    end: str,
    precision: str,
    event_type: str,
    title: str,
    cites: list[Cite],
    *,
    actors: str = "",
    countries: str = "",
    locations: str = "",
    figures: str = "",
    contested: bool = False,
    background: bool = False,
    date_basis: str = "explicit",
    date_reason: str = "",
    linked: str = "",
) -> tuple[dict[str, object], list[Cite]]:
    sources = list(dict.fromkeys(c.article for c in cites))
    row = {
        "event_id": event_id,
        "date": pd.Timestamp(date),
        "date_end": pd.Timestamp(end),
        "precision": precision,
        "event_type": event_type,
        "title": title,
        "actors": actors,
        "countries": countries,
        "locations": locations,
        "figures": figures,
        "sources": ";".join(sources),
        "n_sources": len(sources),
        "contested": contested,
        "background": background,
        "planned": False,
        "confidence": 0.8,
        "date_basis": date_basis,
        "date_reason": date_reason,
        "linked": linked,
    }
    return row, cites


def _specs() -> list[tuple[dict[str, object], list[Cite]]]:
    return [
        _event(
            INVASION,
            "2022-02-01",
            "2022-02-28",
            "month",
            "offensive",
            "Russia launches its full-scale invasion of Ukraine",
            [
                Cite(
                    AJ,
                    "But Beijing has provided strong diplomatic support for Russia since Moscow launched its "
                    "full-scale invasion of its neighbour in February 2022",
                    "February 2022",
                    "explicit",
                ),
                Cite(
                    NM,
                    "China has provided strong diplomatic support for Russia since it launched its invasion "
                    "of Ukraine in February 2022.",
                    "February 2022",
                    "explicit",
                ),
            ],
            actors="Russia",
            countries="RUS;UKR",
            background=True,
            date_reason="'February 2022' in the text",
        ),
        _event(
            KURSK,
            "2024-09-01",
            "2024-11-30",
            "season",
            "deployment",
            "North Korea deploys troops to Kursk",
            [
                Cite(
                    CAP,
                    "This development follows reports from late 2024 that North Korea deployed up to 12,000 "
                    "troops to Kursk Oblast",
                    "late 2024",
                    "explicit",
                    "up to 12,000 troops",
                )
            ],
            actors="North Korea",
            countries="PRK;RUS",
            locations="Kursk",
            figures=f"up to 12,000 troops [{CAP}]",
            background=True,
            date_reason="'late 2024' in the text",
        ),
        _event(
            CAPTURE,
            "2025-04-08",
            "2025-04-08",
            "day",
            "capture",
            "Ukraine captures two Chinese nationals fighting for Russia",
            [
                Cite(
                    AJ,
                    "Zelenskyy said on Tuesday that the Ukrainian military had captured two Chinese men "
                    "fighting alongside the Russian army on Ukrainian soil.",
                    "on Tuesday",
                    "resolved",
                ),
                Cite(
                    CAP,
                    "Ukrainian President Volodymyr Zelensky announced on April 8 that two Chinese nationals "
                    "had been captured by Ukrainian forces while fighting alongside Russian troops "
                    "in the ongoing "
                    "war.",
                    "April 8",
                    "explicit",
                ),
                Cite(
                    NM,
                    "President Volodymyr Zelenskyy announced Tuesday that his military captured two Chinese "
                    "men fighting alongside the Russian army on Ukraine soil.",
                    "Tuesday",
                    "resolved",
                ),
                Cite(
                    NBC,
                    "Zelenskyy’s fresh allegations come after he said Tuesday that the Ukrainian military "
                    "had captured two Chinese citizens fighting with the Russian army.",
                    "Tuesday",
                    "resolved",
                ),
            ],
            actors="Ukraine;Volodymyr Zelensky",
            countries="UKR;CHN;RUS",
            locations="Donetsk;Tarasivka;Bilohorivka",
            figures=f"two Chinese men [{AJ}]",
            date_basis="resolved",
            date_reason="'Tuesday' in an Al Jazeera article published Wed 9 Apr 2025 → Tue 8 Apr 2025",
        ),
        _event(
            CLAIM,
            "2025-04-09",
            "2025-04-09",
            "day",
            "claim",
            "Zelensky says 155 Chinese citizens are fighting for Russia",
            [
                Cite(
                    AJ,
                    "President Volodymyr Zelenskyy has said Ukrainian intelligence has information about 155 "
                    "Chinese nationals fighting for the Russian military against Ukraine, and that "
                    "the real number "
                    "is likely to be much higher.",
                    "",
                    "publication",
                    "155 Chinese nationals",
                ),
                Cite(
                    NBC,
                    "More than 150 Chinese citizens are fighting in Ukraine alongside the Russian army",
                    "",
                    "publication",
                    "More than 150 Chinese citizens",
                ),
                Cite(
                    DOZ,
                    "A senior Ukrainian official shared a document with AFP listing 168 Chinese citizens "
                    "believed to be serving in the Russian army.",
                    "",
                    "publication",
                    "168 Chinese citizens",
                ),
            ],
            actors="Volodymyr Zelensky;Ukraine",
            countries="UKR;CHN;RUS",
            locations="Kyiv",
            figures=f"155 Chinese nationals [{AJ}];More than 150 Chinese citizens [{NBC}];"
            f"168 Chinese citizens [{DOZ}]",
            contested=True,
            date_basis="publication",
            date_reason="the day the Al Jazeera article was published, Wed 9 Apr 2025",
            linked=DENIAL,
        ),
        _event(
            DENIAL,
            "2025-04-09",
            "2025-04-09",
            "day",
            "denial",
            "China calls the claims 'absolutely groundless'",
            [
                Cite(
                    AJ,
                    "Chinese Ministry of Foreign Affairs spokesperson Lin Jian told a news "
                    "conference earlier "
                    "on Wednesday that the suggestion that many Chinese citizens were fighting in "
                    "Ukraine was "
                    "“absolutely groundless”.",
                    "on Wednesday",
                    "resolved",
                ),
                Cite(
                    DOZ,
                    "His comments came just hours after Beijing rejected claims that significant numbers "
                    "of its citizens were fighting for Russia, calling the allegations “absolutely "
                    "groundless”.",
                ),
            ],
            actors="Lin Jian;China",
            countries="CHN",
            date_basis="resolved",
            date_reason="'Wednesday' in an Al Jazeera article published Wed 9 Apr 2025 → Wed 9 Apr 2025",
            linked=CLAIM,
        ),
        _event(
            SWAP,
            "2025-04-09",
            "2025-04-09",
            "day",
            "exchange",
            "Zelensky offers to swap the captured Chinese for Ukrainian prisoners",
            [
                Cite(
                    AJ,
                    "On Wednesday, Zelenskyy said he was willing to exchange the two prisoners of war for "
                    "Ukrainian soldiers held captive in Russia.",
                    "On Wednesday",
                    "resolved",
                ),
                Cite(
                    NM,
                    "On Wednesday, Zelenskyy said he was willing to exchange the two prisoners of war for "
                    "Ukrainian soldiers held captive in Russia.",
                    "On Wednesday",
                    "resolved",
                ),
            ],
            actors="Volodymyr Zelensky",
            countries="UKR;CHN",
            date_basis="resolved",
            date_reason="'Wednesday' in an Al Jazeera article published Wed 9 Apr 2025 → Wed 9 Apr 2025",
        ),
        _event(
            DRONES,
            "2025-04-10",
            "2025-04-10",
            "day",
            "attack",
            "Russia launches 145 Shahed drones at Ukraine overnight",
            [
                Cite(
                    NBC,
                    "The Ukrainian air force said Thursday that Russia had launched 145 Iran-made "
                    "Shahed drones "
                    "over its territory overnight, with four civilians killed in the past 24 hours.",
                    "Thursday",
                    "resolved",
                    "145 Iran-made Shahed drones",
                )
            ],
            actors="Russia",
            countries="RUS;UKR;IRN",
            figures=f"145 Iran-made Shahed drones [{NBC}]",
            date_basis="resolved",
            date_reason="'Thursday' in an NBC News article published Thu 10 Apr 2025 → Thu 10 Apr 2025",
        ),
        _event(
            OFFENSIVE,
            "2025-04-07",
            "2025-04-13",
            "week",
            "offensive",
            "Syrskyi says a new Russian offensive has begun",
            [
                Cite(
                    NBC,
                    "Zelenskyy’s claims came as his military chief said that a new Russian offensive "
                    "had begun "
                    "in eastern Ukraine.",
                    "",
                    "context",
                )
            ],
            actors="Oleksandr Syrskyi;Russia",
            countries="RUS;UKR",
            locations="Sumy;Kharkiv",
            date_basis="context",
            date_reason="the week of the NBC News article, published Thu 10 Apr 2025",
        ),
        _event(
            HOSTILE,
            "2025-04-10",
            "2025-04-10",
            "day",
            "statement",
            EVIL_TITLE,
            [Cite(EVIL, EVIL_SENTENCE, "Thursday", "resolved")],
            actors="<b>Mallory</b>",
            countries="GBR",
            locations="[Elsewhere](javascript:alert(3))",
            figures=f"=1+2 hostile cells [{EVIL}]",
            date_basis="resolved",
            date_reason="'Thursday' <i>in</i> an article",
        ),
    ]


SOURCES = [
    (
        AJ,
        "Al Jazeera",
        "Zelenskyy says at least 155 Chinese citizens fighting for Russia in Ukraine",
        "2025-04-09",
        "text",
    ),
    (
        NBC,
        "NBC News",
        "More than 150 Chinese nationals are fighting for Russia in Ukraine, Zelenskyy says",
        "2025-04-10",
        "given",
    ),
    (NM, "Newsmax (AP)", "Ukraine Claims More than 150 Chinese Fighting for Russia", "2025-04-09", "given"),
    (
        CAP,
        "",
        "BREAKING: Ukraine captured 2 Chinese nationals fighting for Russia, Zelensky says",
        "2025-04-08",
        "inferred",
    ),
    (DOZ, "", "Ukraine Claims Dozens of Chinese Nationals Fighting for Russia", "2025-04-09", "inferred"),
    (EVIL, "Evil <i>Gazette</i>", "<script>alert('title')</script>", "2025-04-10", "given"),
]


def article_text(articles_dir: Path, name: str) -> str:
    return (articles_dir / name).read_text("utf-8")


def make_tables(articles_dir: Path) -> Tables:
    """The hand-made tables; mention offsets are looked up in the article files themselves."""
    events, mentions = [], []
    for row, cites in _specs():
        events.append(row)
        for cite in cites:
            text = article_text(articles_dir, cite.article)
            start = text.index(cite.sentence)
            mentions.append(
                {
                    "event_id": row["event_id"],
                    "article": cite.article,
                    "sentence": cite.sentence,
                    "start": start,
                    "end": start + len(cite.sentence),
                    "date_text": cite.date_text,
                    "date_basis": cite.date_basis,
                    "date_reason": row["date_reason"] if cite.date_text else "",
                    "figures": cite.figures,
                }
            )
    sources = [
        {
            "article": name,
            "outlet": outlet,
            "title": title,
            "url": "javascript:alert(9)" if name == EVIL else f"https://example.org/{name}",
            "published": pd.Timestamp(published),
            "published_basis": basis,
            "published_evidence": "",
            "sha256": hashlib.sha256(article_text(articles_dir, name).encode("utf-8")).hexdigest(),
        }
        for name, outlet, title, published, basis in SOURCES
    ]
    return Tables(
        events=validate("events", pd.DataFrame(events)),
        mentions=validate("mentions", pd.DataFrame(mentions)),
        sources=validate("sources", pd.DataFrame(sources)),
    )


def build_data_dir(root: Path) -> Path:
    """A data directory as `python -m events build` leaves it: articles/ plus the three tables."""
    articles = root / "articles"
    articles.mkdir(parents=True)
    for path in ARTICLES.glob("*.txt"):
        shutil.copyfile(path, articles / path.name)
    (articles / EVIL).write_text(EVIL_TEXT, "utf-8")
    write_tables(make_tables(articles), root)
    return root


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Read-only: share it between tests, never write to it."""
    return build_data_dir(tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="session")
def tables(data_dir: Path) -> Tables:
    from events.store import load_tables

    return load_tables(data_dir)


@pytest.fixture(scope="session")
def small_corpus_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """small_corpus's three articles built once per session (per pytest-xdist worker). Read only: tests
    that write take `small_corpus_copy`."""
    return write_corpus(tmp_path_factory.mktemp("small-corpus") / "data")


@pytest.fixture
def small_corpus_copy(small_corpus_built: Path, tmp_path: Path) -> Path:
    """This test's own copy of the built small corpus at tmp_path/data, as `write_corpus` would leave it."""
    return Path(shutil.copytree(small_corpus_built, tmp_path / "data"))
