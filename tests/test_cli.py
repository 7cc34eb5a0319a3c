"""The command line: build, dates and evaluate, and clear messages (never tracebacks) for bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "events", *args],
        input=stdin.decode("utf-8", "replace") if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("data")
    shutil.copytree(ROOT / "data" / "articles", data / "articles")
    shutil.copy(ROOT / "data" / "sources.csv", data / "sources.csv")
    result = run("build", "--data", str(data))
    assert result.returncode == 0, result.stderr
    assert "events from" in result.stdout
    return data


def test_build_writes_the_three_tables_as_csv_too(built: Path) -> None:
    for name in ("events", "mentions", "sources"):
        header = (built / f"{name}.csv").read_text("utf-8").splitlines()[0]
        assert header.startswith(
            {
                "events": "event_id,date,date_end",
                "mentions": "event_id,article,sentence",
                "sources": "article,outlet,title",
            }[name]
        )


def test_rebuilding_the_same_input_gives_the_same_tables(built: Path) -> None:
    before = (built / "events.csv").read_bytes()
    assert run("build", "--data", str(built)).returncode == 0
    assert (built / "events.csv").read_bytes() == before


def test_evaluate_prints_precision_recall_and_date_accuracy(built: Path) -> None:
    result = run("evaluate", "--data", str(built))
    assert result.returncode == 0
    for word in ("precision", "recall", "date accuracy"):
        assert word in result.stdout


def test_dates_reads_standard_input_and_prints_json_lines() -> None:
    result = run(
        "dates",
        "--published",
        "2025-04-09",
        stdin=b"Officials said on Tuesday that talks end next week.",
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["value"] for r in rows] == ["2025-04-08", "2025-W16"]
    assert {"start", "end", "text", "value", "date_start", "date_end", "precision"} <= set(rows[0])


def test_dates_refuses_a_bad_publication_date() -> None:
    result = run("dates", "--published", "9 April", stdin=b"Tuesday")
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01binary\x00" * 100, "binary"),
        (b"caf\x81\x8d\x8f", "neither UTF-8 nor Windows-1252"),
        (b"x" * 20_000_000, "limit"),
    ],
)
def test_dates_gives_a_clear_message_for_an_unusable_file(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("dates", "--published", "2025-04-09", str(path))
    assert result.returncode == 2
    assert message in result.stderr


def test_build_skips_bad_files_with_a_note_and_keeps_the_rest(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(
        ROOT / "data" / "articles" / "al-jazeera_zelenskyy-says-at-least-155-chinese-citizens-fighting.txt",
        articles,
    )
    (articles / "empty.txt").write_bytes(b"")
    (articles / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (articles / "latin.txt").write_bytes(b"caf\x81\x8d\x8f")
    (articles / "huge.txt").write_bytes(b"word " * 4_000_000)
    (articles / "no-dates.txt").write_text(
        "A story with no dates at all.\n\nThe weather was mild and calm.\n"
    )
    result = run("build", "--data", str(tmp_path))
    assert result.returncode == 0, result.stderr
    for name, words in [
        ("empty.txt", "empty"),
        ("binary.txt", "PNG"),
        ("latin.txt", "UTF-8"),
        ("huge.txt", "limit"),
    ]:
        assert any(name in line and words in line for line in result.stderr.splitlines()), result.stderr
    sources = (tmp_path / "sources.csv").read_text("utf-8")
    assert "al-jazeera" in sources and "no-dates.txt" in sources


def test_missing_table_is_a_clear_message(tmp_path: Path) -> None:
    result = run("evaluate", "--data", str(tmp_path))
    assert result.returncode == 2
    assert "python -m events build" in result.stderr


def test_add_in_a_process_that_goes_on_leaves_its_settings_as_they_were(tmp_path: Path) -> None:
    """`add` of one article pauses the cyclic collector and runs Arrow in one thread on the C library's
    allocator; called from a script or a test (main() in a process that goes on), it puts them back."""
    import gc

    import pyarrow as pa

    from events import __main__ as cli

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "articles", data / "articles")
    shutil.copy(ROOT / "data" / "sources.csv", data / "sources.csv")
    article = tmp_path / "harbour.txt"
    article.write_text(
        "Harbour workers strike\n\n"
        "Dock workers in Rotterdam walked out on Tuesday over pay, the union said.\n",
        encoding="utf-8",
    )
    threads, pool = pa.cpu_count(), pa.default_memory_pool().backend_name
    assert gc.isenabled()
    assert cli.main(["add", str(article), "--data", str(data), "--published", "2025-03-05"]) == 0
    assert gc.isenabled()
    assert (pa.cpu_count(), pa.default_memory_pool().backend_name) == (threads, pool)
    assert "harbour" in (data / "sources.csv").read_text(encoding="utf-8").lower()


def _built_sources_of_a_collection(tmp_path: Path, articles: Path, listing: Path) -> str:
    """Build a one-article collection whose sources.csv is `listing` with --articles alone; the sources.csv
    the build wrote."""
    articles.mkdir(parents=True)
    (articles / "ferry.txt").write_text(
        "The ferry Santa Rita sank off Lanzarote, killing nine passengers, the coastguard said.\n",
        encoding="utf-8",
    )
    listing.write_text(
        "file,outlet,title,url,published\nferry.txt,Island Post,,,2019-03-14\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = run("build", "--data", str(tmp_path / "data"), "--articles", str(articles), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return (out / "sources.csv").read_text(encoding="utf-8")


def test_a_folder_of_articles_is_described_by_its_own_sources_csv(tmp_path: Path) -> None:
    # A collection handed over as one folder (articles and their sources.csv): building it with --articles
    # alone must take each article's outlet and publication day from that list, not leave them undated
    articles = tmp_path / "collection"
    sources = _built_sources_of_a_collection(tmp_path, articles, articles / "sources.csv")
    assert "Island Post" in sources and "2019-03-14" in sources and '"given"' in sources


def test_a_story_folder_with_its_list_one_level_up_is_described_by_that_list(tmp_path: Path) -> None:
    # Collections such as Timeline17 come as STORY/articles/ with STORY/sources.csv beside the folder:
    # building STORY/articles alone must take each article's outlet and day from STORY/sources.csv, not from
    # the data folder's list of other articles (which left every article undated, days guessed decades off)
    story = tmp_path / "story"
    sources = _built_sources_of_a_collection(tmp_path, story / "articles", story / "sources.csv")
    assert "Island Post" in sources and "2019-03-14" in sources and '"given"' in sources


def test_a_list_one_level_up_that_names_none_of_the_articles_is_not_theirs(tmp_path: Path) -> None:
    from events.store.build import default_sources

    articles = tmp_path / "inbox" / "articles"
    articles.mkdir(parents=True)
    (articles / "ferry.txt").write_text("The ferry sank on Monday.\n", encoding="utf-8")
    (tmp_path / "inbox" / "sources.csv").write_text(
        "file,outlet,title,url,published\nother.txt,Island Post,,,2019-03-14\n", encoding="utf-8"
    )
    data = tmp_path / "data"
    assert default_sources(data, articles) == data / "sources.csv"
    (articles / "sources.csv").write_text("file,outlet\nferry.txt,Own List\n", encoding="utf-8")
    assert default_sources(data, articles) == articles / "sources.csv"
