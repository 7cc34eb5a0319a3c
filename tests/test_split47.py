"""One speaker going on is one event: remarks a report voices by "the company said" or "it added" right
after a speaker's remarks by name are that speaker's words at that occasion (events.merge.elaboration).
A public body described after them, or a remark set apart by "Earlier,", stays apart. All texts are our
own."""

from __future__ import annotations

import datetime as dt

from events.merge.clusters import cluster_mentions
from events.merge.elaboration import goes_on_from, pronoun_of
from tests.reports import report_mentions

FRIDAY = dt.date(2026, 5, 15)

LEAD = (
    "Harbor Freightways said on Thursday it would close 40 depots across the north and cut its fleet by a "
    "third after a fall in orders."
)


def happenings(text: str) -> list[list[str]]:
    """The opening words of each source sentence of each event the report's merge builds."""
    return [
        [m.sentence.text[:30] for m in c.mentions] for c in cluster_mentions(report_mentions(text, FRIDAY))
    ]


def test_pronoun_and_description_voices_are_read_outside_quotes() -> None:
    said = report_mentions(f"{LEAD}\n\nThe company said the closures would cost about 900 jobs.", FRIDAY)
    assert [pronoun_of(m) for m in said if m.sentence.start > 0] == ["it"]
    quoted = report_mentions(f'{LEAD}\n\n"The firm said it was fine," a driver told reporters.', FRIDAY)
    assert all(pronoun_of(m) == "" for m in quoted if m.sentence.start > 0)


def test_the_company_said_after_its_named_remarks_is_one_event() -> None:
    text = f"{LEAD}\n\nThe company said the closures would cost about 900 jobs."
    # one event, both sentences kept as its sources (the drill-down shows them)
    assert happenings(text) == [["Harbor Freightways said on Thu", "The company said the closures "]]


def test_a_commission_described_after_the_company_stays_apart() -> None:
    text = f"{LEAD}\n\nThe commission said freight rules would be reviewed before the winter."
    # (the commission's sentence may be read as two mentions: neither joins the company's remarks)
    assert ["Harbor Freightways said on Thu"] in happenings(text)
    mentions = report_mentions(
        f"{LEAD}\n\nThe commission said freight rules would be reviewed before the winter.", FRIDAY
    )
    later = [m for m in mentions if m.sentence.start > 0 and m.is_speech]
    assert later and not any(pronoun_of(m) for m in later)


def test_a_remark_set_apart_by_earlier_stays_apart() -> None:
    mentions = report_mentions(f"{LEAD}\n\nEarlier, the company said its drivers would be retrained.", FRIDAY)
    first = [m for m in mentions if m.sentence.start == 0]
    later = [m for m in mentions if m.sentence.start > 0 and m.is_speech]
    assert later and not any(goes_on_from(m, first) for m in later)


def test_remarks_two_paragraphs_further_down_do_not_carry_on() -> None:
    far = "\n\n".join(
        [
            LEAD,
            "Orders for timber and steel fell by a quarter in the spring.",
            "Port traffic was also down at the three largest harbours.",
            "The company said the closures would cost about 900 jobs.",
        ]
    )
    mentions = report_mentions(far, FRIDAY)
    first = [m for m in mentions if m.sentence.start == 0]
    later = [m for m in mentions if m.sentence.text.startswith("The company said")]
    assert later and not any(goes_on_from(m, first) for m in later)


def test_a_sentence_naming_its_own_speaker_is_not_carried_on() -> None:
    text = (
        f'{LEAD}\n\n"It is a hard year for hauliers," said Ana Roe, head of the hauliers union, '
        "and she added that fuel prices had doubled."
    )
    mentions = report_mentions(text, FRIDAY)
    later = [m for m in mentions if m.sentence.start > 0 and m.is_speech]
    assert later and all(pronoun_of(m) == "" for m in later if m.speaker)
