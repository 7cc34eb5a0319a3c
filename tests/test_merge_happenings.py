"""Merging tells happenings apart: an undated act in the present perfect joins only a happening of its
report's days or one its report dates; a pronoun or a shared day does not make two happenings one when
their places, people or figures disagree. All texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import build_reports


def build(*reports: tuple[dt.date, str]) -> list[tuple[str, str, str, int]]:
    """(type, date, title, number of sources) of each event built from the reports."""
    return sorted((kind, day, title, n) for kind, day, _end, title, n in build_reports(*reports))


def test_an_undated_plea_in_the_perfect_never_joins_another_reports_charge_of_months_before() -> None:
    found = build(
        (
            dt.date(2027, 2, 10),
            "The shipping agent Marco Vella was indicted for fraud in Valletta on Tuesday.",
        ),
        (
            dt.date(2027, 7, 20),
            "The insurer of the port of Valletta asked a judge on Monday to void its policy.\n\n"
            "Marco Vella has pleaded not guilty to fraud.",
        ),
    )
    charges = [f for f in found if f[0] == "legal" and f[1] == "2027-02-09"]
    # the charge keeps its one report: July's report of the trial is no source of February's charge
    assert [f[3] for f in charges] == [1]


def test_an_undated_verdict_in_the_perfect_joins_the_verdict_of_the_days_before() -> None:
    found = build(
        (
            dt.date(2027, 3, 19),
            "A jury in Valletta found the shipping agent Marco Vella guilty of fraud on Thursday.",
        ),
        (
            dt.date(2027, 3, 21),
            "Prosecutors said on Saturday they would seek a long sentence.\n\n"
            "The shipping agent Marco Vella has been found guilty of fraud by a jury in Valletta.",
        ),
    )
    verdicts = [f for f in found if f[0] == "legal" and "guilty" in f[2]]
    assert [(f[1], f[3]) for f in verdicts] == [("2027-03-18", 2)]


def test_two_acts_sharing_only_their_day_and_country_stay_two_events() -> None:
    found = build(
        (
            dt.date(2027, 4, 9),
            "The minister, who arrived in Kenya on Thursday, called the damage severe.\n\n"
            "The singer Lulu Banda was among the artists to perform at a concert for Kenya in London on "
            "Thursday.",
        )
    )
    assert len([f for f in found if f[0] == "other" and f[1] == "2027-04-08"]) == 2


def test_a_lead_in_the_perfect_and_its_dated_retelling_further_down_are_one_event() -> None:
    found = build(
        (
            dt.date(2027, 4, 9),
            "The first cargo plane carrying tents for flood victims has landed in Mozambique, with shelter "
            "for 5,000 families.\n\n"
            "The flight took off from Lisbon on Wednesday and landed in Mozambique on Thursday afternoon.",
        )
    )
    landings = [f for f in found if "landed" in f[2]]
    assert [f[1] for f in landings] == ["2027-04-08"]


def test_a_pronoun_does_not_join_an_act_told_of_another_place() -> None:
    found = build(
        (
            dt.date(2027, 4, 9),
            "Kenya's trade minister Amina Odhiambo arrived in Nairobi on Thursday.\n\n"
            "She opened a fashion fair in Kampala on Thursday evening.",
        )
    )
    assert sorted(f[2].split()[-1] for f in found if f[0] == "other") == ["Kampala", "Nairobi"]


def test_a_happening_told_after_another_in_one_sentence_is_an_event_of_its_own() -> None:
    found = build(
        (
            dt.date(2027, 4, 10),
            "Police closed a warehouse in the port city on Friday night after test results on a worker from "
            "Peru were confirmed.",
        )
    )
    assert sorted(f[2].split()[0] for f in found) == ["Police", "Test"]
    assert {f[1] for f in found} == {"2027-04-09"}


def test_a_clause_after_that_goes_on_about_the_same_thing_stays_with_it() -> None:
    found = build(
        (
            dt.date(2027, 4, 10),
            "Engineers tried to cap the well with a steel dome a week ago, but gave up after it became "
            "clogged with sand.",
        )
    )
    assert len(found) == 1


def test_one_reports_two_acts_of_a_day_about_one_person_stay_two_events() -> None:
    found = build(
        (
            dt.date(2027, 5, 12),
            "Governor Ana Ruiz travelled on Tuesday to Madrid to attend a gala dinner for her party's "
            "donors.\n\n"
            "The drought was the first topic raised with Ruiz during a Tuesday meeting with farmers' unions "
            "at the regional assembly.",
        )
    )
    assert len([f for f in found if f[1] == "2027-05-11"]) == 2


TUESDAY_REPORT = dt.date(2027, 5, 12)  # a Wednesday's report of Tuesday


def test_an_appeal_against_a_ruling_of_the_same_day_is_an_event_of_its_own() -> None:
    found = build(
        (
            TUESDAY_REPORT,
            "A federal judge in Denver struck down the state's ban on night flights on Tuesday.\n\n"
            "The state's attorney general asked an appeals court on Tuesday to suspend the judge's ruling "
            "during the state's appeal.",
        )
    )
    legal = [f for f in found if f[0] == "legal"]
    assert len(legal) == 2
    assert any("struck down" in f[2] for f in legal) and any("appeals court" in f[2] for f in legal)


def test_the_same_ruling_told_by_two_outlets_stays_one_event() -> None:
    found = build(
        (
            TUESDAY_REPORT,
            "A federal judge in Denver struck down the state's ban on night flights on Tuesday.",
        ),
        (TUESDAY_REPORT, "The state's ban on night flights was struck down by a Denver judge on Tuesday."),
    )
    assert [(f[1], f[3]) for f in found if f[0] == "legal"] == [("2027-05-11", 2)]


def test_one_named_persons_death_never_joins_a_toll_of_thousands() -> None:
    found = build(
        (
            TUESDAY_REPORT,
            "The cyclone's death toll is estimated at 3,400, with half a million people homeless.\n\n"
            "Red Cross nurse Anna Lind, 34, from Oslo, was the first Norwegian to die, along with dozens of "
            "her colleagues.",
        )
    )
    assert len([f for f in found if f[0] == "casualties"]) == 2


def test_two_schools_closing_on_one_day_are_two_events() -> None:
    found = build(
        (
            TUESDAY_REPORT,
            "Greenhill school in Cardiff closed on Tuesday after six pupils caught the virus.\n\n"
            "Oakfield school in Cardiff closed on Tuesday after a teacher caught the virus.",
        )
    )
    closures = [f for f in found if "closed" in f[2]]
    assert len(closures) == 2


def test_a_denial_and_its_speakers_remarks_on_another_matter_are_two_events() -> None:
    found = build(
        (
            TUESDAY_REPORT,
            "Interior Minister Jane Okoro on Tuesday rejected claims that police had fired on the marchers."
            '\n\n"We will keep every road into the capital open," Okoro said.',
        )
    )
    assert sorted(f[0] for f in found) == ["denial", "statement"]


def test_an_act_dated_to_its_day_and_to_its_month_takes_the_day() -> None:
    found = build(
        (
            TUESDAY_REPORT,
            "Attorney General Maria Costa said Tuesday that the government had opened a criminal inquiry "
            "into the collapse of the bridge.",
        ),
        (
            dt.date(2027, 12, 1),
            "In May, Attorney General Maria Costa announced that the government had opened a criminal "
            "inquiry into the bridge collapse.",
        ),
    )
    assert [(f[1], f[3]) for f in found if f[0] == "legal"] == [("2027-05-11", 2)]


def test_two_reports_sharing_a_company_and_a_partners_name_are_two_acts() -> None:
    # "Norland" is a name no list knows; sharing it and "dam" is no shared act
    found = build(
        (
            dt.date(2027, 6, 19),
            "Norland, which owns a quarter of Castor Group's failed tailings dam, late Friday blasted Castor "
            'Group "careless choices and shortcuts" that led to the dam\'s collapse.',
        ),
        (
            dt.date(2027, 7, 10),
            "In June, Castor Group sent bills for almost $250m to its partners in the dam, Kesho Mining "
            "Company and Denver-based Norland.",
        ),
    )
    others = sorted((f[1], f[3]) for f in found if f[0] == "other")
    assert others == [("2027-06-01", 1), ("2027-06-18", 1)]


def test_one_reports_two_counts_of_its_staff_are_two_tolls_even_when_no_figure_is_read() -> None:
    found = build(
        (
            TUESDAY_REPORT,
            "The storm struck the island's north coast on Tuesday.\n\n"
            "Red Cross chief Omar Haddad listed 16 volunteers who are known to have died.\n\n"
            "The Red Cross had said earlier that at least 48 of its workers were injured in the storm.",
        )
    )
    tolls = [f[2] for f in found if f[0] == "casualties"]
    assert len(tolls) == 2
    assert any("16 volunteers" in t for t in tolls) and any("48" in t for t in tolls)


def test_remarks_a_report_tells_as_made_later_that_day_are_another_occasion() -> None:
    found = build(
        (
            TUESDAY_REPORT,
            "Transport Minister Ana Ruiz said on Tuesday that the bridge would reopen in June.\n\n"
            '"We are proud of the engineers," Ruiz added.\n\n'
            "Later on Tuesday, Ruiz apologised for the delay to commuters.",
        )
    )
    statements = [f[2] for f in found if f[0] == "statement"]
    assert len(statements) == 2
    assert any("apologised" in t for t in statements)


def test_a_later_the_speaker_only_quotes_tells_no_second_occasion() -> None:
    found = build(
        (
            TUESDAY_REPORT,
            "Transport Minister Ana Ruiz said on Tuesday that the bridge would reopen in June.\n\n"
            '"We will decide on the tolls later," Ruiz added.',
        )
    )
    assert len([f for f in found if f[0] == "statement"]) == 1


@pytest.mark.parametrize(
    "ahead",
    [
        "Ruiz added that the tolls could be changed at a later date.",
        "Ruiz added that a decision on the tolls would come later this month.",
    ],
)
def test_a_later_that_looks_ahead_tells_no_second_occasion(ahead: str) -> None:
    # "at a later date", "later this month": a time ahead the remarks speak of, not a second time the
    # speaker spoke that day
    found = build(
        (
            TUESDAY_REPORT,
            "Transport Minister Ana Ruiz said on Tuesday that the bridge would reopen in June.\n\n" + ahead,
        )
    )
    assert len([f for f in found if f[0] == "statement"]) == 1


def test_one_report_by_two_outlets_naming_the_company_with_and_without_its_legal_form_is_one() -> None:
    found = build(
        (
            dt.date(2027, 5, 13),
            "Castor Energy PLC on Wednesday published the findings of its internal inquiry into the blast, "
            "which blamed faulty valves, cost-cutting, a rushed timetable and poor training at the plant.",
        ),
        (
            dt.date(2027, 5, 13),
            "Castor Energy released an internal inquiry into the refinery blast on Wednesday, and its chief "
            "executive told shareholders that the company had learned hard lessons.",
        ),
    )
    # (findings made public are the company's words: one statement, whoever reports it)
    assert [(f[1], f[3]) for f in found if f[0] == "statement"] == [("2027-05-12", 2)]


def test_the_report_an_events_title_tells_is_listed_first() -> None:
    from events.engines.local import build_tables
    from events.extract.corpus import Corpus, SourceRow, prepare_article

    texts = (
        (
            dt.date(2027, 3, 21),
            "Prosecutors said on Saturday they would seek a long sentence.\n\n"
            "The shipping agent Marco Vella has been found guilty of fraud by a jury in Valletta.",
        ),
        (
            dt.date(2027, 3, 19),
            "A jury in Valletta found the shipping agent Marco Vella guilty of fraud on Thursday.",
        ),
    )
    articles = tuple(
        prepare_article(f"own-{i}.txt", text + "\n", SourceRow(published=day))
        for i, (day, text) in enumerate(texts)
    )
    tables = build_tables(Corpus(articles=articles))
    (verdict,) = tables.events[tables.events["title"].str.contains("guilty")].to_dict("records")
    reports = tables.mentions[tables.mentions["event_id"] == verdict["event_id"]]
    assert len(reports) == 2
    # the title is told in the words of the later article, whose sentence is the one shown first
    assert verdict["title"].startswith("A jury in Valletta found")
    assert reports["article"].tolist() == ["own-1.txt", "own-0.txt"]
