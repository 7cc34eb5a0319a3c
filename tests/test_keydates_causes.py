"""The key-dates benchmark sorts each missed reference day and each wrong chosen day by cause, and days by
how heavily their period was covered (benchmarks/keydates_tls.py `--diagnose`). Made-up days only."""

from __future__ import annotations

import collections
import datetime as dt

from benchmarks.keydates_tls import Diagnosis, coverage_bands, missed_cause, wrong_cause

DAY = dt.date(2024, 3, 10)
ONE = dt.timedelta(days=1)


def _missed(rank: int | None, *, published: dict[dt.date, int] | None = None, announced=(), moved=()) -> str:
    return missed_cause(DAY, rank, 10, collections.Counter(published or {}), set(announced), set(moved))


def test_a_missed_day_with_mentions_is_placed_by_its_rank_against_the_days_asked() -> None:
    assert _missed(11) == "(b) rank n+1..2n"
    assert _missed(20) == "(b) rank n+1..2n"
    assert _missed(21) == "(b) rank 2n+1..5n"
    assert _missed(51) == "(b) rank after 5n"


def test_a_missed_day_without_mentions_says_why() -> None:
    # nothing came out that day or the next: nothing could be dated to it
    assert (
        _missed(None, published={DAY - ONE: 3, DAY + 2 * ONE: 1})
        == "(a) no article published that day or the next"
    )
    # articles the next day, their mentions dated to other days
    assert _missed(None, published={DAY + ONE: 2}).startswith("(a) articles of that day or the next")
    # only a plan named it; a move to the news day comes first
    assert _missed(None, published={DAY: 1}, announced=[DAY]) == "(a) only announced beforehand (planned)"
    assert _missed(None, announced=[DAY], moved=[DAY]).endswith("counted on the day before (news day)")


def test_a_wrong_day_is_told_by_its_nearest_reference_day() -> None:
    reference = [DAY, DAY + 20 * ONE]
    assert wrong_cause(DAY + ONE, reference, {DAY, DAY + ONE}) == "(c) beside a reference day we chose too"
    assert wrong_cause(DAY - ONE, reference, {DAY - ONE}) == "(c) beside a reference day we missed"
    assert wrong_cause(DAY + 5 * ONE, reference, {DAY + 5 * ONE}) == "(c) within a week of a reference day"
    assert wrong_cause(DAY + 10 * ONE, reference, {DAY + 10 * ONE}) == "(c) over a week from any"


def test_coverage_bands_split_the_range_by_the_articles_of_each_days_fortnight() -> None:
    # A busy month (ten articles a day) then a quiet one (one a day).
    start, end = dt.date(2024, 1, 1), dt.date(2024, 2, 29)
    published = [start + i * ONE for i in range(31) for _ in range(10)]
    published += [dt.date(2024, 2, 1) + i * ONE for i in range(29)]
    bands = coverage_bands(published, start, end)
    assert set(bands) == {start + i * ONE for i in range((end - start).days + 1)}
    assert bands[dt.date(2024, 1, 10)] == "high"
    assert bands[dt.date(2024, 2, 20)] == "low"
    assert collections.Counter(bands.values())["high"] <= 60 // 3 + 1


def test_the_causes_add_up_over_timelines_and_print() -> None:
    first, second = Diagnosis(reference=2), Diagnosis(reference=3)
    first.causes["missed (b) rank n+1..2n"] += 1
    second.causes["missed (b) rank n+1..2n"] += 2
    second.causes["wrong (c) beside a reference day we chose too"] += 1
    second.causes["wrong of which a reference day of another timeline of the story"] += 1
    second.bands["reference"]["low"] += 3
    total = Diagnosis()
    total.add(first)
    total.add(second)
    assert total.causes["missed (b) rank n+1..2n"] == 3
    lines = total.lines()
    assert any(line.startswith("missed reference days, why: (b) rank n+1..2n 3") for line in lines)
    wrong = next(line for line in lines if line.startswith("wrong days, what they are"))
    # the share that another journalist chose comes after the causes it sorts
    assert wrong.index("beside a reference day") < wrong.index("of which a reference day of another")
    assert any("reference 3/0/0" in line for line in lines)


def test_diagnose_sorts_a_timelines_misses_and_wrong_days() -> None:
    from test_keydates_newsday import ARTICLES, TUESDAY, WEDNESDAY, _tables

    from benchmarks.keydates_tls import diagnose

    quiet = dt.date(2024, 5, 20)  # a reference day no article came out on, nor the day after
    articles = dict(ARTICLES)
    articles["gazette-notice.txt"] = (
        "Harbour Gazette",
        quiet - ONE,
        [(quiet - ONE, "publication", "The harbour board published its annual report on moorings.")],
    )
    reference = {TUESDAY: ["The jury returns its verdict."], quiet: ["The harbour reopens."]}
    found, _lines = diagnose(_tables(articles), reference, [TUESDAY, WEDNESDAY], TUESDAY, quiet, {WEDNESDAY})
    assert found.causes == {
        "missed (a) no article published that day or the next": 1,
        "wrong (c) beside a reference day we chose too": 1,
        "wrong of which a reference day of another timeline of the story": 1,
    }
    # Three articles came out the day after the verdict, one the day before the quiet day: every article
    # counts, so the verdict's fortnight is the busier of the two and the quiet day's is low.
    assert found.bands["reference"]["low"] == 1
    assert sum(found.bands["reference"].values()) == 2
    assert found.bands["right"]["low"] == 0
