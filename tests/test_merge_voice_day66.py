"""One happening, one event, within a report (events.merge.clusters.occasions):

- one voice's plain statements of one day are one event, however the report spaces them: "Sorel said
  afterwards" after her dated remarks and another voice (`_one_voice_that_day`); a day of its own, a
  denial, a sentence set apart ("Separately,") and another speaker stay apart;
- a spokesperson of a body quoted in the sentence right after the body's remarks speaks at the same
  occasion (events.merge.elaboration `_spokesperson_of`); another body's spokesperson, another office, or
  a day of its own stay apart;
- a document's findings told sentence by sentence ("The survey said ...") are one event with the
  sentence that brings the document in (`_document_of_the_report`); "another survey" and a study of
  another body stay apart.

Every sentence stays a mention of its event. All texts are our own."""

from __future__ import annotations

import datetime as dt

from events.merge.clusters import cluster_mentions
from tests.reports import report_mentions

THURSDAY = dt.date(2026, 4, 16)
LEAD = "Mayor Lina Sorel said on Tuesday the Varn bridge would reopen to traffic in June."
ASIDES = [
    "Shopkeepers on the river front said the detour had cost them half their trade.",
    "Councillor Ben Arlo said the city should have built a temporary crossing.",
]


def joined_with(first: str, later: str, *between: str) -> bool:
    """Whether the report's merge puts `later` in one event with `first` (with `between` in between)."""
    mentions = report_mentions("\n\n".join([first, *between, later]), THURSDAY)
    return any({first, later} <= {m.sentence.text for m in c.mentions} for c in cluster_mentions(mentions))


def test_the_speakers_words_said_afterwards_join_her_dated_remarks() -> None:
    later = "Sorel said afterwards that the repairs had cost less than the city had planned."
    assert joined_with(LEAD, later, *ASIDES)


def test_remarks_given_a_day_of_their_own_stay_apart() -> None:
    later = "Sorel said on Wednesday that the repairs had cost less than the city had planned."
    assert not joined_with(LEAD, later, *ASIDES)


def test_a_denial_stays_apart() -> None:
    assert not joined_with(LEAD, "Sorel denied afterwards that the contractor had been paid twice.", *ASIDES)


def test_words_set_apart_stay_apart() -> None:
    assert not joined_with(LEAD, "Separately, Sorel said the city would sell two car parks.", *ASIDES)


def test_another_speaker_stays_apart() -> None:
    later = "Councillor Ada Lind said afterwards that the repairs had cost more than planned."
    assert not joined_with(LEAD, later, *ASIDES)


MINISTRY = "The Ruritanian Interior Ministry said on Monday that border checks would be tightened."


def test_the_bodys_spokesperson_quoted_next_is_the_same_occasion() -> None:
    quote = (
        '"We will not let smugglers use the mountain passes," ministry spokesman Ivo Petrov told reporters.'
    )
    assert joined_with(MINISTRY, quote)
    board = "The Varn Harbour Board said on Tuesday the north quay would reopen to ferries in June."
    assert joined_with(board, '"The repairs are going well," board spokeswoman Lina Sorel said.')


def test_another_bodys_spokesperson_stays_apart() -> None:
    assert not joined_with(MINISTRY, "Treasury spokesman Ivo Petrov said more guards would be paid for.")


def test_another_office_of_the_body_stays_apart() -> None:
    assert not joined_with(
        MINISTRY, "Ministry chairman Ivo Petrov said more guards would be sent to the passes."
    )


def test_the_spokesperson_on_a_day_of_their_own_stays_apart() -> None:
    assert not joined_with(
        MINISTRY, "Ministry spokesman Ivo Petrov said on Wednesday more guards would be sent."
    )


SURVEY = "A Norland Bank survey released on Tuesday showed household debts rising across the valley."


def test_the_surveys_findings_join_its_release() -> None:
    assert joined_with(SURVEY, "The survey said one household in five was behind on rent.")
    assert joined_with(SURVEY, '"Families are cutting back on food," the survey said.')


def test_another_survey_stays_apart() -> None:
    other = "Another survey released on Tuesday showed shop prices rising across the valley."
    assert not joined_with(other, "The survey said one household in five was behind on rent.", SURVEY)
    assert not joined_with(
        SURVEY, "A study by the Varn Institute said one household in five was behind on rent."
    )


def test_a_reply_to_the_document_does_not_bring_it_in() -> None:
    reply = "The tenants' union dismissed Norland Bank's survey, accusing the bank of ignoring rural towns."
    assert not joined_with(reply, "The survey said one household in five was behind on rent.")


def test_a_document_named_in_another_voices_quote_is_not_brought_in() -> None:
    quote = (
        '"As we read Norland Bank\'s survey published today, we find it ignores rural towns," the union said.'
    )
    assert not joined_with(quote, "The survey said one household in five was behind on rent.")


REPORT = "The rights group Larkwatch released a report on Tuesday on the war in Sudmark."


def test_a_deed_the_report_tells_is_not_its_release() -> None:
    deed = "The report said army units had shot dead 30 villagers in the hamlet of Orra."
    assert not joined_with(REPORT, deed, "It called for an inquiry.")


def test_the_speakers_words_of_another_section_of_a_live_report_stay_apart() -> None:
    first = "09.15 GMT: Mayor Lina Sorel said on Tuesday the Varn bridge would reopen to traffic in June."
    later = "11.40 GMT: Sorel said afterwards that the repairs had cost less than the city had planned."
    assert not joined_with(first, later, *ASIDES)


def test_the_speakers_words_in_another_section_of_a_daily_log_stay_apart() -> None:
    first = (
        "In the capital: Mayor Lina Sorel said on Tuesday the Varn bridge would reopen to traffic in June."
    )
    second = "At the harbour: Port chief Ivo Ruiz said on Monday the channel would be dredged."
    later = "Sorel said afterwards that the repairs had cost less than the city had planned."
    assert not joined_with(first, later, second)
