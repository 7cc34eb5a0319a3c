"""No project file copies text from the Timeline17 evaluation articles (../shared/tls/).

The developer guide keeps those articles for evaluation only: a rule tuned on a copied sentence scores
well on the very text it was written for and says nothing about unseen news. So code, comments, tests and
fixtures use invented sentences; a run of ten words shared with an article is taken as a copy. Only the
gold label files (tests/data/*.csv quote the article they label) and the notes documenting them
(tests/data/*.md, benchmarks/RESULTS.md) may quote the articles."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TLS = next(
    (p / "shared" / "tls" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "tls").is_dir()),
    None,
)
RUN = 10  # shorter runs are often stock phrases of news English, shared by chance
WORD = re.compile(r"[a-z0-9']+")


def allowed_to_quote(path: str) -> bool:
    folder, _, name = path.rpartition("/")
    return (folder == "tests/data" and name.endswith((".csv", ".md"))) or path == "benchmarks/RESULTS.md"


def tracked_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=False)
    if listed.returncode != 0:
        pytest.skip("not a git checkout: the tracked files are unknown")
    return [path for path in listed.stdout.splitlines() if not allowed_to_quote(path)]


def project_runs() -> dict[tuple[str, ...], tuple[str, int]]:
    """Every run of RUN words within one line of a tracked text file, with the first line holding it."""
    runs: dict[tuple[str, ...], tuple[str, int]] = {}
    for path in tracked_files():
        try:
            text = (ROOT / path).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary or unreadable: not prose
        for number, line in enumerate(text.splitlines(), 1):
            words = WORD.findall(line.lower())
            for start in range(len(words) - RUN + 1):
                runs.setdefault(tuple(words[start : start + RUN]), (path, number))
    return runs


@pytest.mark.skipif(TLS is None, reason="../shared/tls is absent")
def test_no_project_file_shares_ten_words_with_an_evaluation_article() -> None:
    assert TLS is not None
    runs = project_runs()
    copies: dict[tuple[str, int], str] = {}
    for article in sorted(TLS.glob("*/articles/*")):
        words = WORD.findall(article.read_text(encoding="utf-8", errors="ignore").lower())
        for start in range(len(words) - RUN + 1):
            place = runs.get(tuple(words[start : start + RUN]))
            if place is not None and place not in copies:
                copies[place] = (
                    f"{article.parent.parent.name}/{article.name}: {' '.join(words[start : start + RUN])}"
                )
    found = [f"{path}:{number} shares with {source}" for (path, number), source in sorted(copies.items())]
    assert not found, "text copied from the evaluation articles:\n" + "\n".join(found)
