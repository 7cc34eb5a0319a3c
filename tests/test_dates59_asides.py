"""A date inside an aside set off by dashes or commas dates the aside's own happening, not the main clause."""

from __future__ import annotations

import datetime as dt

from events.extract.dating import dash_aside_spans
from tests.reports import build_reports, mentions_below_lead, report_mentions

PUBLISHED = dt.date(2026, 3, 20)  # a Friday


def _dates(sentence: str) -> list[dt.date]:
    return [m.date_start for m in mentions_below_lead(sentence, PUBLISHED)]


def test_dash_aside_with_its_own_past_leaves_the_main_act_undated_by_it() -> None:
    found = _dates(
        "The ferry operator -- which lost two ships in January and February -- cancelled all sailings."
    )
    assert found
    assert all(d.month == 3 for d in found)


def test_dash_aside_date_gives_way_to_the_main_clause_date() -> None:
    found = _dates(
        "The ferry operator -- which lost two ships in January -- cancelled all sailings on Thursday."
    )
    assert dt.date(2026, 3, 19) in found
    assert dt.date(2026, 1, 1) not in found


def test_participle_aside_does_not_date_the_main_clause_that_has_its_own_day() -> None:
    found = _dates("The harbour bridge, closed on 4 May for repairs, reopened to traffic yesterday.")
    assert found == [dt.date(2026, 3, 19)]


def test_a_time_ahead_in_an_aside_still_places_a_planned_act() -> None:
    found = _dates(
        "Following the inquest, which could end later this month, a coroner will decide whether to refer "
        "the case."
    )
    assert found
    assert all(d >= PUBLISHED for d in found)


def test_a_document_released_in_an_aside_dates_what_it_says() -> None:
    text = (
        "Norvik Oil said on Monday it would pay for the clean-up of the bay.\n\n"
        "Norvik's internal inquiry, released in February, said the valves were the right kind after all.\n"
    )
    said = [m for m in report_mentions(text, PUBLISHED) if m.sentence.text.startswith("Norvik's")]
    assert [m.date_start for m in said] == [dt.date(2026, 2, 1)]


def test_dash_aside_spans_read_pairs_of_one_kind_and_a_closing_relative() -> None:
    assert dash_aside_spans("The coach -- hired in March -- was sacked on Sunday.") == [(9, 31)]
    assert dash_aside_spans("He will miss the gala -- which he hosted last year.") == [(21, 50)]
    # a dateline's hyphen opens no aside with a later double dash, nor does a bare time or a trailing phrase
    assert (
        dash_aside_spans("OSLO (Agency) - Norway on Monday reported a case -- a man back from a cruise.")
        == []
    )
    assert dash_aside_spans("The ministry said -- on Tuesday -- that the dam would hold.") == []
    assert dash_aside_spans("Shares fell 5% - the steepest drop in a year.") == []


def test_a_year_in_an_apposition_does_not_date_the_main_act() -> None:
    found = _dates("Okafor, a veteran of the 2003 border war, was appointed head of the army.")
    assert found == [PUBLISHED]


def test_an_aside_right_after_the_act_noun_tells_of_that_act() -> None:
    found = _dates(
        "Crews are digging a channel to drain the lake -- which formed after a landslide struck the valley "
        "on March 2, killing 11 villagers -- but it could take months."
    )
    assert dt.date(2026, 3, 2) in found


def test_title_keeps_the_subject_whose_description_holds_the_trigger_word() -> None:
    reports = build_reports(
        (PUBLISHED, "The storm, the first named storm of the season, hit the coast of Marren on Thursday."),
        (PUBLISHED, "The quake, the strongest to hit the island in a decade, killed 40 people on Tuesday."),
    )
    titles = {title for _, _, _, title, _ in reports}
    assert "The storm hit the coast of Marren" in titles
    assert "The quake killed 40 people" in titles


def test_a_year_qualifying_a_noun_in_an_apposition_does_not_date_the_sentence() -> None:
    published = dt.date(2026, 6, 28)
    found = mentions_below_lead(
        "Kira, the first named storm of the 2026 Atlantic hurricane season, had sustained winds of about "
        "60 mph and was located 85 miles west of Marren.",
        published,
    )
    assert [m.date_start for m in found] == [published]


def test_a_relative_aside_between_spaced_hyphens_leaves_the_main_act_its_own_date() -> None:
    # a report of Friday 20 March 2026: the aside's future month is the concerts', the posting is this month's
    text = (
        "Police in Valparaiso questioned the band's manager again on Thursday.\n\n"
        "Earlier this month, Ms Ortega - who was hired as tour manager for concerts scheduled for June - "
        "posted a message to thank the fans.\n"
    )
    posted = [m for m in report_mentions(text, PUBLISHED) if "posted" in m.clause]
    assert [(m.date_start, m.date_end) for m in posted] == [(dt.date(2026, 3, 1), dt.date(2026, 3, 19))]
