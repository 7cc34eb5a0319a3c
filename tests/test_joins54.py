"""One happening told twice in one report joins as one event (issue 7): an act told once in words of no
named kind and once in words that name it ("caught fire", "Thursday's fire"); a speaker named by a role
alone and the person the report names with that role; remarks with no day of their own and the remarks of
the occasion the report dated a few days before. Other acts, other roles and other occasions stay apart.
Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article
from tests.reports import build_reports

FRIDAY = dt.date(2026, 3, 13)


def events_of(text: str, published: dt.date = FRIDAY) -> list[tuple[str, str, str, str, int]]:
    return build_reports((published, text))


def _about(found: list[tuple[str, str, str, str, int]], word: str) -> list[tuple[str, str, str, str, int]]:
    return [e for e in found if word in e[3]]


def test_an_act_told_in_plain_words_and_by_its_noun_is_one_event() -> None:
    found = events_of(
        "A grain silo at the port of Velora caught fire on Thursday morning, halting wheat exports.\n\n"
        "Dock workers were sent home and the harbour master closed two quays.\n\n"
        "Thursday's fire began in a grain silo near the main quay of the port."
    )
    fires = [e for e in found if "fire" in e[3].lower()]
    assert len(fires) == 1
    assert fires[0][0] == "disaster"  # (the kind the report names it by, whichever telling leads)
    assert fires[0][1] == "2026-03-12"


def test_another_act_of_the_day_stays_apart_from_the_fire() -> None:
    found = events_of(
        "A grain silo at the port of Velora caught fire on Thursday morning, halting wheat exports.\n\n"
        "Dock workers repaired a crane on the northern pier on Thursday.\n\n"
        "Thursday's fire began in a grain silo near the main quay of the port."
    )
    assert len([e for e in found if "crane" in e[3]]) == 1
    assert len([e for e in found if "fire" in e[3].lower()]) == 1


def _embassy(role: str) -> str:
    return (
        "Ana Costa, Portugal's ambassador to Chile, said the embassy was doing all it could for the stranded "
        "travellers.\n\n"
        "Flights out of Santiago were cancelled for a second day.\n\n"
        f"{role} said there was concern about travellers stranded at the border."
    )


def test_a_speaker_named_by_role_alone_is_the_person_named_with_the_role() -> None:
    found = events_of(_embassy("Portugal's ambassador"))
    assert len([e for e in found if e[0] == "statement"]) == 1


def test_another_role_stays_apart_from_the_person_named() -> None:
    found = events_of(_embassy("Spain's ambassador"))
    assert len([e for e in found if e[0] == "statement"]) == 2


def _interview(day: str) -> str:
    return (
        "Port unions have threatened to strike over the harbour budget.\n\n"
        "During a radio interview, Senator Ruth Alvarez suggested the budget was a betrayal of the dock "
        "workers.\n\n"
        "The strike would close the port for a week.\n\n"
        f"Alvarez, a former governor, made the comments on {day}."
    )


def test_undated_remarks_join_the_occasion_the_report_dated() -> None:
    remarks = [e for e in events_of(_interview("Wednesday")) if "Alvarez" in e[3]]
    assert len(remarks) == 1
    assert remarks[0][1] == "2026-03-11"  # (the day the report gives the occasion)


def test_undated_remarks_stay_apart_from_an_occasion_weeks_before() -> None:
    assert len([e for e in events_of(_interview("February 10")) if "Alvarez" in e[3]]) == 2


def _sentences_by_event(text: str) -> list[set[str]]:
    article = prepare_article("own-0.txt", text + "\n", SourceRow(published=FRIDAY, outlet="Outlet 0"))
    mentions = build_tables(Corpus(articles=(article,))).mentions
    return [set(group["sentence"]) for _event, group in mentions.groupby("event_id")]


def test_a_standing_plea_is_no_part_of_the_days_court_act() -> None:
    events = _sentences_by_event(
        "Jury selection began on Thursday in the fraud trial of former bank chief Paul Dorn.\n\n"
        "Dorn has pleaded not guilty to twelve counts of fraud."
    )
    assert not any(len(sentences) > 1 for sentences in events)


def test_undated_remarks_stay_apart_from_dated_remarks_given_by_a_pronoun() -> None:
    # ("She" may be read as the senator; the report names another woman just before)
    found = events_of(
        "Port unions have threatened to strike over the harbour budget.\n\n"
        "During a radio interview, Senator Ruth Alvarez suggested the budget was a betrayal of the dock "
        "workers.\n\n"
        "That does not sit well with Maria Lenz, who works two days a week at the docks.\n\n"
        "She said on Wednesday that the budget was a betrayal of people like her."
    )
    # (the unions' threat to strike is words too, a statement of its own: only the two remarks are counted)
    assert len([e for e in found if e[0] == "statement" and "betrayal" in e[3]]) == 2


def test_officials_stay_apart_from_the_officials_of_a_body_named() -> None:
    found = events_of(
        "No tainted grain has been found in the silos, agency officials said.\n\n"
        "Harvests in the north were delayed by a week of rain.\n\n"
        "Officials with the state's Department of Farms and Fisheries said the closures were their first "
        "line of defense against tainted grain."
    )
    assert len([e for e in found if e[0] == "statement"]) == 2
