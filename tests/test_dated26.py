"""dated26: dates that a report's general shape gives its undated sentences (events/extract/dating.py)."""

from __future__ import annotations

import datetime as dt

from tests.reports import body_mentions, report_mentions

FRIDAY = dt.date(2026, 3, 13)

# A Friday paper whose lead and body name Thursday as the day of their news
THURSDAY_REPORT = (
    "The scale of the flooding became clearer Thursday when engineers said the dam had been breached.\n\n"
    "Rescue crews reached the northern villages on Thursday.\n\n"
)


def date_of(sentence: str, text: str = THURSDAY_REPORT, published: dt.date = FRIDAY) -> dt.date:
    mentions = [m for m in report_mentions(text + sentence, published) if m.sentence.text == sentence]
    assert mentions, sentence
    return mentions[0].date_start


def test_a_descriptive_aside_in_the_present_leaves_the_act_told_in_the_past() -> None:
    # the aside's "now" describes the crisis; the revoking is told in the simple past, of the report's day
    thursday = dt.date(2026, 3, 12)
    assert (
        date_of(
            "The governor, facing anger over a crisis now in its third week, "
            "ordered the evacuation of three towns."
        )
        == thursday
    )
    assert (
        date_of("The authorities closed all schools in the province, saying the risk is too great.")
        == thursday
    )
    assert date_of("Police arrested the site manager, who is accused of ignoring the warnings.") == thursday


def test_a_main_clause_in_the_present_keeps_the_publication_day() -> None:
    assert (
        date_of("The governor ordered the evacuation of three towns and is now reviewing the permits.")
        == FRIDAY
    )


MONDAY = dt.date(2026, 3, 9)
SUNDAY = dt.date(2026, 3, 8)
# Below a lead, a Monday report that names Sunday twice, and its own day never
SUNDAY_BODY = (
    "\n\nEngineers lowered the pumps on Sunday after two failed attempts.\n\n"
    "The pumping would be stepped up slowly, the firm's manager said on Sunday."
)


def lead_date(lead: str, body: str = SUNDAY_BODY) -> dt.date:
    mentions = [m for m in report_mentions(lead + body, MONDAY) if m.sentence.text == lead]
    assert mentions, lead
    return mentions[0].date_start


def test_a_lead_in_the_perfect_tells_the_news_of_the_day_the_report_names() -> None:
    assert lead_date("Rescue teams have reached the trapped miners in the flooded shaft.") == SUNDAY
    assert lead_date("The mining firm says it has evacuated the whole valley.") == SUNDAY


def test_a_lead_in_the_perfect_keeps_the_publication_day_when_the_report_names_its_own() -> None:
    own_day = SUNDAY_BODY + "\n\nDivers checked the seals today, the firm said."
    lead = "Rescue teams have reached the trapped miners in the flooded shaft."
    assert lead_date(lead, own_day) == MONDAY
    # a statement quoted below the lead tells of the publication day
    quoted = SUNDAY_BODY + '\n\nA statement said: "We can confirm that the pumps were switched on today."'
    assert lead_date(lead, quoted) == MONDAY
    # named once, the day before may be a side matter
    once = "\n\nEngineers lowered the pumps on Sunday after two failed attempts."
    assert lead_date(lead, once) == MONDAY


def test_figures_in_the_perfect_below_a_lead_dated_by_its_sources_saying_are_of_that_day() -> None:
    lead = (
        "A cholera outbreak in the north is worse than feared, with deaths rising fourfold since March, "
        "the health ministry said on Wednesday.\n\n"
    )
    wednesday, thursday = dt.date(2026, 3, 11), dt.date(2026, 3, 12)
    count = "Suspected cases have climbed to 12,400 in the same weeks."
    assert date_of(count, text=lead, published=thursday) == wednesday
    # an act with a sum in it is no count the source gave
    appeal = "The Red Cross has launched a $2 million appeal for the region."
    assert date_of(appeal, text=lead, published=thursday) == thursday
    # far below the lead, a count in the perfect is the report's own
    filler = "".join(f"Aid agency {n} sent doctors to the region on Monday.\n\n" for n in "ABCD")
    assert date_of(count, text=lead + filler, published=thursday) == thursday
    # below a lead that tells of no figures, a count in the perfect is the report's own news
    results = "The electoral commission announced the results of the council vote on Wednesday.\n\n"
    infected = "The number of people infected in the port has risen to 17."
    assert date_of(infected, text=results, published=thursday) == thursday


def test_an_aside_runs_past_a_comma_between_digits() -> None:
    # the aside "since the 3 March landslide that buried up to 12,000 homes" ends at the full stop, not inside
    # its number: the main clause keeps no ",000 homes" and the landslide keeps its whole number
    text = "Dozens of miners have been flown home since the 3 March landslide that buried up to 12,000 homes."
    clauses = [m.clause for m in body_mentions(text, dt.date(2026, 3, 31))]
    assert "Dozens of miners have been flown home" in clauses
    assert "The 3 March landslide that buried up to 12,000 homes" in clauses
