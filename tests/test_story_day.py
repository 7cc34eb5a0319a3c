"""Dates and acts as news reports tell them (issue 7, fresh articles): "late July 25" is a day, an opening
date with no comma runs on to its subject, a comparison put on the record is remarks, a deed may come
after an aside, and a report whose lead tells of the day before publication dates its undated past acts
by that day. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import SourceRow, prepare_article
from events.extract.dates import find_dates
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions

FRIDAY = dt.date(2010, 8, 6)
SUNDAY = dt.date(2010, 8, 8)


def dated(text: str, published: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    return [(d.text, d.date_start, d.date_end) for d in find_dates(text, published)]


def mentions(text: str, published: dt.date) -> list[tuple[str, dt.date, str]]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    return [
        (m.event_type, m.date_start, m.sentence.text) for m in extract_mentions(article, load_gazetteer())
    ]


def test_late_before_a_day_of_the_month_tells_the_time_of_that_day() -> None:
    assert dated("The leak began late July 25 when a valve failed.", FRIDAY) == [
        ("July 25", dt.date(2010, 7, 25), dt.date(2010, 7, 25))
    ]
    assert dated("The treaty was signed early March 3, 2010.", FRIDAY)[0][1:] == (
        dt.date(2010, 3, 3),
        dt.date(2010, 3, 3),
    )
    # a count after the month is no day of it; the month keeps its last ten days
    assert dated("In late July 25 people were hurt in a blast.", FRIDAY) == [
        ("late July", dt.date(2010, 7, 21), dt.date(2010, 7, 31))
    ]
    assert dated("The dam broke in late July.", FRIDAY)[0][1:] == (dt.date(2010, 7, 21), dt.date(2010, 7, 31))


def test_an_opening_day_with_no_comma_runs_on_to_the_speaker() -> None:
    found = mentions(
        "The ministry issued new guidance.\n\n"
        "On Saturday Foreign Minister Ana Ruiz criticised Chile, along with Peru, Bolivia and Ecuador, for "
        "closing their ports to the fleet.",
        dt.date(2010, 8, 9),
    )
    assert ("statement", dt.date(2010, 8, 7)) in [(kind, day) for kind, day, _ in found]


def test_a_comparison_put_on_the_record_is_remarks() -> None:
    found = mentions(
        "The repair of the dam went on through the week.\n\n"
        "The company's managing director, Tom Hale, likened the repair to a \"tug of war between two equal "
        "teams.",
        FRIDAY,
    )
    assert any(kind == "statement" and "likened" in text for kind, _, text in found)


def test_a_deed_after_an_aside_between_subject_and_verb_is_an_act() -> None:
    found = mentions(
        "Floods cut the northern road again this week.\n\n"
        "The city council, under pressure after a week of floods now in its second month, closed the bridge "
        "to lorries.",
        FRIDAY,
    )
    assert any("closed the bridge" in text for _, _, text in found)


LEAD_OF_YESTERDAY = (
    "The regulator's board met Thursday and ordered the mine to stay shut, a decision that stunned the "
    "company's investors.\n\n"
    "The company's shares fell sharply in early trading.\n\n"
    "Ann Pell, the head of the mine's safety unit, resigned.\n\n"
    "The company's chairman, Tom Hale, said the firm would appeal."
)


def test_undated_past_acts_below_a_lead_of_the_day_before_take_that_day() -> None:
    found = {text: day for _, day, text in mentions(LEAD_OF_YESTERDAY, FRIDAY)}
    thursday = dt.date(2010, 8, 5)
    assert found["Ann Pell, the head of the mine's safety unit, resigned."] == thursday
    assert found["The company's chairman, Tom Hale, said the firm would appeal."] == thursday


def test_a_lead_that_dates_a_disaster_leaves_the_reactions_on_the_report_day() -> None:
    text = (
        "A strong earthquake struck the northern province late on Saturday, shaking buildings across the "
        "region.\n\n"
        "The interior minister, Ana Ruiz, said rescue teams were searching three collapsed buildings.\n\n"
        "The Red Cross sent 500 tents to the province."
    )
    found = {text: day for _, day, text in mentions(text, SUNDAY)}
    said = "The interior minister, Ana Ruiz, said rescue teams were searching three collapsed buildings."
    assert found[said] == SUNDAY


def test_present_and_perfect_tenses_keep_the_publication_day() -> None:
    text = (
        "The regulator's board met Thursday and ordered the mine to stay shut, a decision that stunned the "
        "company's investors.\n\n"
        "The company has filed an appeal against the order.\n\n"
        "The chairman, Tom Hale, says the firm will fight on."
    )
    found = {text: day for _, day, text in mentions(text, FRIDAY)}
    assert found.get("The chairman, Tom Hale, says the firm will fight on.", FRIDAY) == FRIDAY
    assert found.get("The company has filed an appeal against the order.", FRIDAY) == FRIDAY


MONDAY = dt.date(2010, 7, 5)


def test_a_deadline_with_a_modal_and_have_looks_ahead() -> None:
    wednesday = dt.date(2010, 7, 7)
    for sentence in (
        "The mayor said crews will have a pump on the beach by Wednesday.",
        "The mayor said crews should have a pump on the beach by Wednesday.",
        # a deadline opening the sentence dates no saying: what was said tells the tense
        "By Wednesday, the mayor said, crews should have a pump on the beach.",
    ):
        assert dated(sentence, MONDAY)[0][1] == wednesday, sentence
    for sentence in (
        "The mayor said crews should have finished the work by Wednesday.",
        "By Wednesday the crews had cleared the road.",
        "On Wednesday, the mayor said crews should have a pump soon.",
    ):
        assert dated(sentence, MONDAY)[0][1] == dt.date(2010, 6, 30), sentence


def test_a_month_before_a_named_happening_dates_it() -> None:
    assert dated("The party is choosing its candidates for the June European elections.", MONDAY)[0][1:] == (
        dt.date(2010, 6, 1),
        dt.date(2010, 6, 30),
    )
    assert dated("She spoke at the March Senate hearing.", MONDAY)[0][1] == dt.date(2010, 3, 1)


def test_tolls_and_counts_told_as_what_there_has_been() -> None:
    lead = "The fever spread to two more provinces this week as clinics ran short of drugs.\n\n"
    found = mentions(lead + "Across the region there have been 41 deaths reported from the fever.", FRIDAY)
    assert any(kind == "casualties" and "41 deaths" in text for kind, _, text in found)
    found = mentions(lead + "Some 2,300 people have been infected.", FRIDAY)
    assert any(kind == "disaster" and "2,300 people" in text for kind, _, text in found)


def test_a_speakers_own_act_under_way_is_news_but_a_watch_is_not() -> None:
    lead = "The port was closed to foreign ships on Thursday after two sailors fell ill.\n\n"
    found = mentions(
        lead + "Chile's foreign ministry says it is sending a ship to bring its sailors home.", FRIDAY
    )
    assert any("sending a ship" in text for _, _, text in found)
    found = mentions(lead + "Chile's foreign ministry says it is monitoring the situation closely.", FRIDAY)
    assert not any("monitoring" in text for _, _, text in found)
