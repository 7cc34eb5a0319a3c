"""Dates that depend on the report: which remarks are one occasion, how far back an undated act in the
present perfect reaches, and a report's lead as its news of the day. All texts are our own."""

from __future__ import annotations

import datetime as dt

from reports import build_reports as build

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions


def test_remarks_dated_by_their_month_stay_apart_from_another_reports_remarks_of_a_day() -> None:
    found = build(
        (
            dt.date(2026, 8, 4),
            "In June the chairman of Norvik Energy, Lars Eide, said the company had acted recklessly.",
        ),
        (
            dt.date(2026, 6, 17),
            "The chairman of Norvik Energy, Lars Eide, said on Tuesday the company would sell $2 billion of "
            "assets.",
        ),
    )
    # (the chairman's sale told for his company is its act since body57; his judgement stays remarks)
    told = sorted((f[0], f[1], f[2], f[4]) for f in found)
    assert told == [("other", "2026-06-16", "2026-06-16", 1), ("statement", "2026-06-01", "2026-06-30", 1)]


def test_one_reports_remarks_of_last_week_and_of_sunday_are_two_occasions() -> None:
    found = build(
        (
            dt.date(2026, 3, 9),
            "Finance minister John Mbadi said last week that the levy was unlawful.\n\n"
            "Mbadi said on Sunday that the government would repay every importer.",
        )
    )
    speech = [(f[1], f[2]) for f in found if f[0] == "statement"]
    assert speech == [("2026-03-02", "2026-03-08"), ("2026-03-08", "2026-03-08")]


def test_an_undated_verdict_in_the_present_perfect_never_joins_one_of_years_before() -> None:
    found = build(
        (
            dt.date(2027, 11, 8),
            "Prosecutors in Lisbon said on Monday they would appeal against the sentence.\n\n"
            "The former mayor Rui Tavares has been found guilty of fraud by a jury in Lisbon.",
        ),
        (
            dt.date(2025, 3, 21),
            "A jury in Lisbon found the former mayor Rui Tavares guilty of fraud on Thursday.",
        ),
    )
    verdicts = [(f[1], f[4]) for f in found if f[0] == "legal" and "guilty" in f[3]]
    assert verdicts == [("2025-03-20", 1)]


def test_a_reports_lead_in_the_present_perfect_is_its_news_of_the_day() -> None:
    found = build(
        (
            dt.date(2026, 5, 12),
            "A court in Nairobi has sentenced two former police officers to 15 years in prison.\n\n"
            "The officers were convicted in March of killing a human rights lawyer.",
        )
    )
    assert ("legal", "2026-05-12", "2026-05-12") in [f[:3] for f in found]


def test_a_state_of_affairs_opening_a_report_is_no_event() -> None:
    found = build(
        (
            dt.date(2026, 5, 12),
            "Shares in the mining group have recovered some of their losses since the summer.\n\n"
            "The company said on Monday it would close two mines in Zambia.",
        )
    )
    assert not any("recovered" in f[3] for f in found)


def test_a_running_toll_in_the_present_perfect_is_dated_by_its_report() -> None:
    found = build(
        (
            dt.date(2026, 3, 9),
            "Rescue teams reached the coastal provinces of Mozambique on Sunday.\n\n"
            "The cyclone has killed at least 31 people in the region, but officials fear the toll will rise.",
        )
    )
    assert ("casualties", "2026-03-09", "2026-03-09") in [f[:3] for f in found]


def test_an_undated_present_perfect_detail_with_no_toll_is_no_event_of_its_own() -> None:
    found = build(
        (
            dt.date(2026, 3, 9),
            "Rescue teams reached the coastal provinces of Mozambique on Sunday.\n\n"
            "Aid workers have described scenes of devastation in the worst-hit villages.",
        )
    )
    assert not any("devastation" in f[3] for f in found)


def test_a_place_described_as_quake_struck_is_no_attack() -> None:
    found = build(
        (
            dt.date(2026, 3, 9),
            "The aid agency said on Monday it had flown doctors to quake-struck villages in northern "
            "Afghanistan.",
        )
    )
    assert not [f for f in found if f[0] == "attack"]


def test_an_act_in_the_present_perfect_after_an_opening_linking_word_is_read() -> None:
    article = prepare_article(
        "own-link.txt",
        "Meanwhile, rescue teams from Spain have been redeployed to the northern town of Leogane.\n",
        SourceRow(published=dt.date(2026, 1, 20), outlet="Outlet"),
    )
    mentions = extract_mentions(article, load_gazetteer())
    assert [m.sentence.text[:9] for m in mentions] == ["Meanwhile"]
    assert mentions[0].date_start == dt.date(2026, 1, 20)


def test_two_reports_sharing_only_a_country_and_a_day_are_two_events() -> None:
    found = build(
        (
            dt.date(2026, 5, 28),
            "Regulators in the UK on Thursday published new guidance for pension funds holding private debt.",
        ),
        (
            dt.date(2026, 5, 29),
            "A singer from the UK was on Thursday named the best-selling artist of the decade, with 4 "
            "million albums sold.",
        ),
    )
    assert [(f[1], f[4]) for f in found if f[0] == "other"] == [("2026-05-28", 1), ("2026-05-28", 1)]


def test_the_same_act_told_by_two_reports_of_one_country_is_one_event() -> None:
    found = build(
        (
            dt.date(2026, 5, 28),
            "Regulators in the UK on Thursday published new guidance for pension funds holding private debt.",
        ),
        (
            dt.date(2026, 5, 29),
            "New guidance for pension funds was published by regulators in the UK on Thursday.",
        ),
    )
    assert [(f[1], f[4]) for f in found if f[0] == "other"] == [("2026-05-28", 2)]


def test_running_tolls_of_two_reports_of_other_days_are_two_counts() -> None:
    found = build(
        (
            dt.date(2026, 4, 29),
            "Health officials in Peru closed all schools on Tuesday.\n\n"
            "The new fever has killed up to 159 people in Peru, though most cases elsewhere have been mild.",
        ),
        (
            dt.date(2026, 5, 2),
            "Police in Quito closed a clinic on Friday.\n\n"
            "The new fever has killed up to 101 people in Peru, though most cases elsewhere have been mild.",
        ),
    )
    tolls = [(f[1], f[4]) for f in found if f[0] == "casualties"]
    assert tolls == [("2026-04-29", 1), ("2026-05-02", 1)]


def own_dates(text: str, published: dt.date = dt.date(2026, 3, 9)) -> list[tuple[str, dt.date, dt.date]]:
    article = prepare_article("own-dates.txt", text + "\n", SourceRow(published=published, outlet="Outlet"))
    return [(m.event_type, m.date_start, m.date_end) for m in extract_mentions(article, load_gazetteer())]


def test_a_participle_after_the_object_dates_that_thing_not_the_act() -> None:
    # the dividend is paid on 21 March; the company spoke on the day of the report
    assert own_dates(
        "NWG said it would cancel the quarterly dividend scheduled for payment on March 21."
    ) == [("statement", dt.date(2026, 3, 9), dt.date(2026, 3, 9))]
    # the promoter's neglect was last year; the suit is the report's news
    assert own_dates(
        "The singer's mother has filed a lawsuit against the promoter accused of ignoring his illness "
        "last year."
    ) == [("legal", dt.date(2026, 3, 9), dt.date(2026, 3, 9))]
    # another date in the sentence dates the act (and the attack it names is one of its own, in May)
    assert own_dates(
        "Officials said on Friday they had arrested the man charged with the attack in May."
    ) == [
        ("arrest", dt.date(2026, 3, 6), dt.date(2026, 3, 6)),
        ("attack", dt.date(2025, 5, 1), dt.date(2025, 5, 31)),
    ]


def test_a_participle_that_is_the_main_verb_or_has_its_auxiliary_keeps_its_date() -> None:
    assert own_dates("Police charged the doctor on Monday with manslaughter.") == [
        ("legal", dt.date(2026, 3, 9), dt.date(2026, 3, 9))
    ]
    assert own_dates("The vote was scheduled for Sunday, the electoral commission said.")[0][1:] == (
        dt.date(2026, 3, 8),
        dt.date(2026, 3, 8),
    )


def speakers(text: str, published: dt.date = dt.date(2026, 3, 6)) -> list[tuple[str, dt.date]]:
    article = prepare_article(
        "own-speakers.txt", text + "\n", SourceRow(published=published, outlet="Outlet")
    )
    return [(m.speaker, m.date_start) for m in extract_mentions(article, load_gazetteer())]


def test_a_spokesman_with_his_title_in_commas_speaks_not_the_man_he_speaks_of() -> None:
    assert speakers("John Otieno, a spokesman, said Mr Ruto never said the floods were a punishment.") == [
        ("John Otieno", dt.date(2026, 3, 6))
    ]


def test_remarks_about_someone_are_not_dated_by_that_persons_earlier_remarks() -> None:
    found = speakers(
        "Mr Ruto said on Wednesday the floods were a punishment.\n\n"
        "In a statement on its website, spokesman John Otieno said Mr Ruto never said the floods were a "
        "punishment."
    )
    assert found[0] == ("Ruto", dt.date(2026, 3, 4))
    assert found[1][1] == dt.date(2026, 3, 6)


def test_a_speaker_named_after_a_closing_quote_still_speaks() -> None:
    assert speakers('"We will not back down," said President William Ruto.') == [
        ("William Ruto", dt.date(2026, 3, 6))
    ]


def test_a_date_in_an_apposition_after_a_name_dates_the_apposition_not_the_act() -> None:
    assert own_dates(
        "Ahmed Salem, a former customs chief convicted in the 2001 fraud at the port, won early "
        "release from jail last year after a surgeon told the court he was gravely ill.",
        dt.date(2010, 7, 13),
    )[0][1:] == (dt.date(2009, 1, 1), dt.date(2009, 12, 31))
    # a speaker's interjection between commas is no apposition: its day dates the sentence
    assert own_dates("The talks, the ministry said on Monday, had stalled.", dt.date(2010, 7, 13))[0][
        1
    ] == dt.date(2010, 7, 12)


def test_remarks_about_the_future_are_dated_when_made_and_what_they_announce_is_planned() -> None:
    found = own_dates(
        "Attorney General Mary Okafor said she and her counterparts would send a joint letter to the company "
        "on Tuesday.",
        dt.date(2026, 5, 4),
    )
    assert ("statement", dt.date(2026, 5, 4), dt.date(2026, 5, 4)) in found
    planned = [(start, end) for kind, start, end in found if kind != "statement"]
    assert planned == [(dt.date(2026, 5, 5), dt.date(2026, 5, 5))]


def test_a_future_that_is_denied_is_no_planned_happening() -> None:
    found = own_dates(
        "President Ruto said he would not try to stay in office past the end of his term in February 2028.",
        dt.date(2026, 1, 28),
    )
    assert found == [("statement", dt.date(2026, 1, 28), dt.date(2026, 1, 28))]


def test_an_act_told_to_someone_on_one_day_is_dated_by_its_own_day() -> None:
    # a report of Thursday 12 March 2026: the remarks are Wednesday's, the collecting Tuesday's
    for sentence in (
        "The ministry told reporters on Wednesday that the pipe collected 2,000 barrels of oil on Tuesday.",
        "A spokesman told The Daily Courier on Wednesday that the pipe collected 2,000 barrels on Tuesday.",
    ):
        article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 3, 12)))
        found = [(m.event_type, m.date_start) for m in extract_mentions(article, load_gazetteer())]
        assert ("other", dt.date(2026, 3, 10)) in found, (sentence, found)
        assert ("other", dt.date(2026, 3, 11)) not in found, (sentence, found)


def test_a_date_in_a_subject_that_names_a_happening_is_the_happenings_not_the_verbs() -> None:
    # a report of Thursday 12 March 2026
    for sentence in (
        "Notes from the interview with the engineer on March 2 were read out at the hearing Wednesday.",
        "The council's decision in January was overturned by the court on Wednesday.",
    ):
        article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 3, 12)))
        found = [
            m.date_start
            for m in extract_mentions(article, load_gazetteer())
            if m.clause.startswith(("Notes", "The council"))
        ]
        assert found == [dt.date(2026, 3, 11)], (sentence, found)
    # a subject that names no happening leaves the date before the verb to the verb
    text = "Managers on Thursday settled on a new launch date for the mission.\n"
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 3, 13)))
    assert [m.date_start for m in extract_mentions(article, load_gazetteer())] == [dt.date(2026, 3, 12)]


def test_remarks_made_at_an_occasion_named_with_its_day_are_of_that_day() -> None:
    # a report of Thursday 12 March 2026
    for sentence, day in (
        ('"The plan was changed many times," Senator Jane Roe said during a March 3 hearing.', 3),
        ("Senator Jane Roe said at a March 3 hearing that the plan had changed.", 3),
        ("Senator Jane Roe told Tuesday's hearing that the plan had changed.", 10),
    ):
        article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 3, 12)))
        found = [(m.event_type, m.date_start) for m in extract_mentions(article, load_gazetteer())]
        assert found == [("statement", dt.date(2026, 3, day))], (sentence, found)
    # a date that names what the words are about is not when they were said
    text = "Jane Roe said the leak was not related to the March 3 explosion.\n"
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 3, 12)))
    said = [m for m in extract_mentions(article, load_gazetteer()) if m.event_type == "statement"]
    assert [m.date_start for m in said] == [dt.date(2026, 3, 12)]


def test_a_participle_after_the_object_tells_a_happening_of_its_own_at_its_date() -> None:
    # the lifting is the report's news; the restrictions were imposed last month, a happening of its own
    found = own_dates("The city of Lagos has lifted all restrictions imposed last month after the outbreak.")
    assert (dt.date(2026, 2, 1), dt.date(2026, 2, 28)) in [(start, end) for _, start, end in found]
    assert (dt.date(2026, 3, 9), dt.date(2026, 3, 9)) in [(start, end) for _, start, end in found]
    # a verb of saying takes a clause, not an object: "the troops deployed on Friday" is its act
    assert own_dates("The Nigerian army said the troops deployed on Friday.") == [
        ("deployment", dt.date(2026, 3, 6), dt.date(2026, 3, 6))
    ]


def test_a_date_in_a_gerund_phrase_after_after_dates_that_phrase_not_the_act() -> None:
    # published Monday 9 March 2026: the pumping began on Wednesday 4 March, not "earlier in the month"
    found = own_dates(
        "After trying earlier in the month to seal the breach with a plug, Exxon started pumping bargeloads "
        "of cement into the shaft on Wednesday afternoon."
    )
    assert [(start, end) for _, start, end in found] == [(dt.date(2026, 3, 4), dt.date(2026, 3, 4))]


def test_a_count_as_of_a_day_is_dated_by_its_telling_when_the_sentence_has_one() -> None:
    # published Monday 9 March 2026: the ministry spoke on Friday 6 March; the count stood on 2 March
    found = own_dates(
        "About 900 cases had been confirmed as of March 2, the Kenyan health ministry said on Friday."
    )
    assert [(start, end) for _, start, end in found] == [(dt.date(2026, 3, 6), dt.date(2026, 3, 6))]
    # alone, the day the count stands at still dates it
    found = own_dates("About 900 cases had been confirmed in Kenya as of March 2.")
    assert [(start, end) for _, start, end in found] == [(dt.date(2026, 3, 2), dt.date(2026, 3, 2))]


def test_a_state_held_this_month_is_no_happening_of_the_month() -> None:
    found = own_dates(
        "The lake has been harder to measure this month, and may be shrinking, Kenyan hydrologist Ann Roe "
        "said."
    )
    assert [(start, end) for _, start, end in found] == [(dt.date(2026, 3, 9), dt.date(2026, 3, 9))]


def test_a_participle_after_a_prepositions_object_tells_its_own_happening() -> None:
    # published Monday 9 March 2026: the well was begun on 2 March; the drilling was suspended last week
    found = own_dates(
        "Drilling was suspended last week on a second well begun March 2 while the test went on."
    )
    assert (dt.date(2026, 3, 2), dt.date(2026, 3, 2)) in [(start, end) for _, start, end in found]


def test_a_word_in_ed_with_an_object_after_a_noun_is_a_verb_not_a_participle() -> None:
    # "a guest tested positive for the flu expressed dismay on Saturday": "expressed" is the main verb
    found = own_dates(
        "Travellers held in a Nairobi hotel after a guest tested positive for the flu expressed dismay on "
        "Saturday at the steps."
    )
    assert all(start == dt.date(2026, 3, 7) for _, start, _ in found)


def test_a_day_between_a_happenings_noun_and_its_relative_clause_dates_the_happening() -> None:
    # published Monday 9 March 2026: the ruling was on Tuesday 3 March; the bid to delay it is the news
    found = own_dates(
        "In Nairobi, the Kenyan government sought to postpone a high court judge's ruling Tuesday that "
        "struck down the ban on night flights."
    )
    assert ("legal", dt.date(2026, 3, 3), dt.date(2026, 3, 3)) in found


def test_until_a_day_when_something_is_due_tells_that_planned_happening_even_without_a_comma() -> None:
    found = own_dates(
        "The Kenyan ministry issued a ban on new mining permits at least until March 28 when a safety review "
        "is due to be completed."
    )
    assert (dt.date(2026, 3, 28), dt.date(2026, 3, 28)) in [(start, end) for _, start, end in found]
