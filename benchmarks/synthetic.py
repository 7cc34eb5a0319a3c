"""A synthetic corpus of news-like articles for timing the build (not for measuring quality)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

ACTORS = [
    ("President", "Emmanuel Macron", "French"),
    ("Foreign Minister", "Wang Yi", "Chinese"),
    ("Prime Minister", "Keir Starmer", "British"),
    ("spokesperson", "Maria Zakharova", "Russian"),
    ("Defence Minister", "Rustem Umerov", "Ukrainian"),
    ("Chancellor", "Friedrich Merz", "German"),
    ("General", "Valery Gerasimov", "Russian"),
]
PLACES = ["Kharkiv", "Odesa", "Zaporizhzhia", "Kherson", "Mykolaiv", "Belgorod", "Pokrovsk", "Kramatorsk"]
WHEN = [
    "on Monday",
    "on Tuesday",
    "late Wednesday",
    "Thursday",
    "on Friday",
    "yesterday",
    "earlier this week",
    "last week",
    "on March 3",
    "in early 2024",
    "last year",
    "this month",
]
ON_A_DAY = ["on Monday", "on Tuesday", "Thursday", "on Friday", "yesterday", "on March 3"]
# Accusations one party makes of another; ANSWERS has the denials that answer them
RECRUITING = "The {demonym} foreign ministry accused Moscow {when} of recruiting {n} foreign fighters."
HIDING = "Russia's defence ministry {when} accused Kyiv of hiding {n} foreign mercenaries in {place}."
TEMPLATES = [
    "{role} {name} said {when} that {n} {demonym} troops had been deployed near {place}.",
    "Officials in {place} said {when} that Russian forces launched {n} drones and missiles overnight.",
    RECRUITING,
    HIDING,
    "{role} {name} met his counterpart in {place} {when} for talks on a ceasefire.",
    "At least {n} civilians were killed {when} when shelling struck {place}, regional officials said.",
    "Ukrainian forces captured {n} soldiers near {place} {when}, the general staff said.",
    "The agreement, signed in {place} {when}, allows the exchange of {n} prisoners of war.",
    "Analysts expect the two sides to resume talks next week, a diplomat said.",
    "The three-year-long war has displaced millions and cost some $40 billion, according to estimates.",
]
# The denial that answers an accusation, by the party it accuses and in its words, told in the next paragraph
# about half the time (a denial that answers nothing the archive holds would leave no link to measure)
ANSWERS = {
    RECRUITING: (
        "Russian foreign ministry spokesperson Maria Zakharova {when} denied that Moscow was recruiting {n} "
        'foreign fighters, calling the claims "absolutely baseless".'
    ),
    HIDING: "Ukraine's defence ministry {when} denied that it was hiding foreign mercenaries in {place}.",
}
NOISE = [
    "Share",
    "Advertisement",
    "Sign up for our daily newsletter",
    "Photo: Reuters / John Doe via AP",
    "Copyright 2025 Example News. All rights reserved.",
]


def article_text(rng: random.Random, published: dt.date, paragraphs: int = 14) -> str:
    lines = [
        f"Headline number {rng.randint(1, 10_000)} about the war",
        "Share",
        "",
        f"Published On {published:%-d %b %Y}",
        "",
    ]
    for _ in range(paragraphs):
        role, name, demonym = rng.choice(ACTORS)
        template = rng.choice(TEMPLATES)
        words = {
            "role": role,
            "name": name,
            "demonym": demonym,
            "place": rng.choice(PLACES),
            "when": rng.choice(WHEN),
            "n": rng.choice(["two", "12", "150", "1,200", "more than 40"]),
        }
        if template in ANSWERS:
            # (an accusation and its answer on one day: "last year" would leave the two a year wide)
            words["when"] = rng.choice(ON_A_DAY)
        lines += [template.format(**words), ""]
        if template in ANSWERS and rng.random() < 0.5:
            lines += [ANSWERS[template].format(**words), ""]
        if rng.random() < 0.15:
            lines += [rng.choice(NOISE), ""]
    lines.append(NOISE[-1])
    return "\n".join(lines)


def write_corpus(directory: Path, n_articles: int, seed: int = 7) -> list[tuple[str, str, dt.date]]:
    """Write `n_articles` articles and a sources.csv into `directory`; returns (file, text, published)."""
    rng = random.Random(seed)
    articles_dir = directory / "articles"
    articles_dir.mkdir(parents=True, exist_ok=True)
    out = []
    rows = ["file,outlet,title,url,published"]
    for index in range(n_articles):
        published = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 120))
        name = f"synthetic-{index:05d}.txt"
        text = article_text(rng, published)
        (articles_dir / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},Outlet {index % 17},,,")
        out.append((name, text, published))
    (directory / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return out
