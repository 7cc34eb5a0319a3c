"""Happenings a report tells with no date in the sentence, which the news day dates (issue 7, recall on
unseen text): an act under way told in the present progressive, an organisation's act told in the present
perfect, remarks said in the past whose reported words hold a present word. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from tests.reports import body_mentions, report_mentions

THU = dt.date(2026, 3, 12)  # Thursday 12 March 2026


def mentions_of(sentence: str, published: dt.date = THU) -> list[Mention]:
    return body_mentions(sentence, published)


def news_of_the_day(sentence: str) -> list[Mention]:
    """The sentence's mentions that stand as the report's news of its day (not background that only joins
    a dated report)."""
    return [m for m in mentions_of(sentence) if not m.undated_past and m.date_start == m.date_end == THU]


def test_a_named_actors_act_under_way_in_the_present_progressive_is_the_days_news() -> None:
    for sentence in (
        "The army is evacuating the villages along the flooded river.",
        "Regulators are investigating the bank's accounts for the last three years.",
        "Venezuelans are now leaving the border town by the thousand.",
        "Germany is sending two field hospitals to the earthquake zone.",
    ):
        found = news_of_the_day(sentence)
        assert [m.event_type for m in found] == ["other"], sentence


def test_the_progressive_of_a_state_a_wait_or_an_effort_is_no_act() -> None:
    for sentence in (
        "The airline is facing growing pressure from angry passengers.",
        "The government is hoping for a quick end to the strike.",
        "The company is trying to reassure its investors after the loss.",
        "Residents of the town are waiting for the water to recede.",
    ):
        assert mentions_of(sentence) == [], sentence


def test_the_progressive_with_nobody_named_acting_is_no_act_of_the_sentence() -> None:
    for sentence in (
        # a passive with no agent names nobody who acts
        "Hundreds of patients are being treated in tents outside the hospital.",
        # examples of a kind, a clause of its own, a speaker's own voice
        "Countries like Brazil are building new factories for electric buses.",
        "The programme looks at how the internet is changing the way people vote.",
        "So the minister and I are bringing in new rules for the inspectors.",
        # nothing ending in -ing is a verb here
        "These kinds of protest camps are nothing new in the capital.",
        # a place after a preposition says where the subject is, not who acts
        "Around 200 other travellers in Spain are awaiting the results of their tests.",
        "Maria Lopez from Chile is researching the history of the mine.",
        # a news outlet's doings are a reader's view of the coverage; an open question is no act yet
        "The BBC is now spreading rumours about the strike.",
        "The ministry and the unions are deciding whether the strike will go ahead.",
    ):
        assert mentions_of(sentence) == [], sentence


def test_a_said_in_the_past_is_the_days_remarks_whatever_present_word_its_report_holds() -> None:
    # "claims" and "thinks" are words of what was reported; the saying, "told", "said", is past
    for sentence in (
        "Jane Roe told reporters the insurer has paid 85 percent of the claims in full.",
        "A spokesman for the carrier said the company thinks the fault was in the software.",
    ):
        found = mentions_of(sentence)
        assert found and all(m.event_type == "statement" for m in found), sentence
        assert all(m.date_start == THU for m in found), sentence


def test_claims_filed_or_paid_are_papers_not_words_said() -> None:
    sentence = (
        "More than 6,000 farmers have filed claims so far, and the scheme has paid out about $90 million, "
        "Jane Roe said."
    )
    found = mentions_of(sentence)
    assert [(m.event_type, m.speaker) for m in found] == [("statement", "Jane Roe")]
    # a quotation keeps the speaker's own present tense, a view as before
    assert mentions_of('"We think the market will recover by the summer," the analyst Tom Hale said.') == []


def test_an_organisation_named_alone_acting_in_the_present_perfect_is_the_days_news() -> None:
    found = news_of_the_day(
        "The UN has launched an appeal for $90m to help half a million people, most of whom are thought to "
        "need food aid."
    )
    assert [m.event_type for m in found] == ["other"]
    # a person named alone is not a body: the same tense tells of an act that only another report can date
    assert news_of_the_day("Jane Roe has launched an appeal for $3m to rebuild the school.") == []


def test_a_relative_clause_that_describes_does_not_make_the_sentence_an_explanation() -> None:
    sentence = (
        "The Red Cross has sent 40 tonnes of supplies to the island, most of which are thought to be "
        "medicines."
    )
    assert [m.event_type for m in news_of_the_day(sentence)] == ["other"]
    # the main clause's own "is thought to" is still an explanation, not an act
    assert mentions_of("The fault is thought to lie in the software that controls the valves.") == []


def test_an_act_under_way_by_a_body_after_a_linking_word_or_with_an_aside_is_the_days_news() -> None:
    for sentence in (
        "Meanwhile, rescue crews are clearing the road to the stranded villages.",
        "The umbrella group, which wants the state to take over the failed lender, is organising protests.",
        "The charity is flying tents and blankets to the island from its warehouse in Dubai.",
    ):
        assert [m.event_type for m in news_of_the_day(sentence)] == ["other"], sentence


def test_remarks_in_the_present_of_an_act_done_now_are_the_days_news() -> None:
    found = mentions_of("The UN says 40,000 people have now been moved out of the flooded district.")
    assert [m.date_start for m in found] == [THU]


def test_an_undated_lead_in_the_past_with_a_verb_not_in_ed_is_the_days_news() -> None:
    text = (
        "The cabinet put a freeze on all new mining licences until a review of the rules is finished.\n\n"
        "The review is due to report in the autumn.\n"
    )
    found = [m for m in report_mentions(text, THU) if m.sentence.start == 0]
    assert [(m.event_type, m.date_start) for m in found] == [("other", THU)]


def test_a_date_in_a_coordinate_clause_of_its_own_does_not_date_the_act_under_way() -> None:
    sentence = (
        "The army is building a pontoon bridge over the river but it probably would not be finished "
        "until April."
    )
    assert [m.event_type for m in news_of_the_day(sentence)] == ["other"]
    # a date of the act itself leaves it to the dated reading
    assert news_of_the_day("The army is building a pontoon bridge over the river until April.") == []


def test_a_verb_after_to_in_the_lead_is_an_infinitive_not_a_past_act() -> None:
    text = (
        "The regulator released a report on the failed bank on Monday.\n\n"
        "In the report, the regulator attempts to put a figure on the losses of small savers.\n"
    )
    found = [m for m in report_mentions(text, THU) if "attempts" in m.sentence.text]
    assert found == []
    # nor after "and", joined to the verb before it
    assert (
        lead_mentions("Stop here, lock the car and take the bus as the band plays on through the night.\n")
        == []
    )


def test_an_act_under_way_of_a_named_kind_is_no_standing_fact() -> None:
    # a kind of happening named ("evacuating", "arresting") in the present progressive is still the day's
    for sentence in (
        "Struggling to contain the flood, the government is evacuating 20,000 people from the delta.",
        "Police in the capital are arresting the organisers of the banned march.",
        # (the perfect of a relative clause is the clause's, not the act's)
        "The inquiry panel is investigating the collapse that killed 12 miners and has closed the pit.",
    ):
        found = news_of_the_day(sentence)
        assert found and all(m.date_start == THU for m in found), sentence
    # a habit or a standing fact in the simple present stays none
    assert mentions_of("Police in the capital arrest dozens of protesters every summer.") == []


def test_remarks_in_the_present_perfect_after_a_linking_adverb_are_the_days() -> None:
    found = mentions_of(
        "The Red Cross has meanwhile confirmed two of the missing sailors have been found alive."
    )
    # (the rescue it confirms types it, as "have been rescued" does: missed46)
    assert [(m.event_type, m.date_start) for m in found] == [("other", THU)]


def lead_mentions(text: str) -> list[Mention]:
    """The mentions of a report's first sentence."""
    return [m for m in report_mentions(text, THU) if m.sentence.start == 0]


def test_a_lead_that_tells_an_effort_has_failed_is_the_days_news() -> None:
    found = lead_mentions(
        "The rescue team's four-day attempt to reach the trapped miners through the flooded lower shaft "
        "has failed.\n\nEngineers will now drill a second shaft from the north side of the hill.\n"
    )
    assert [(m.event_type, m.date_start, m.undated_past) for m in found] == [("other", THU, False)]
    # "has failed to" tells what was not done
    assert lead_mentions("The council has failed to agree on a budget for next year.\n") == []


def test_a_lead_whose_subject_is_set_off_from_its_verb_by_an_aside_is_the_days_news() -> None:
    found = lead_mentions(
        "The government, through state television, quickly denounced the reports as false.\n\n"
        "The reports had spread on social media overnight.\n"
    )
    assert [(m.event_type, m.date_start) for m in found] == [("other", THU)]
