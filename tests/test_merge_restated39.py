"""One happening, one event (events.merge.restated, `_act_and_its_doers_words` in events.merge.clusters):
a report's act of a day, told again in the remarks of the one who did it that day, is one happening;
remarks of another day, sharing one word only or giving another figure stay apart.

All texts are our own."""

from __future__ import annotations

import datetime as dt

from events.merge.clusters import cluster_mentions
from events.merge.restated import content_words, restated_by_its_doer
from tests.reports import report_mentions

WEDNESDAY = dt.date(2026, 3, 4)
ACT = "Norvik PLC agreed on Tuesday to sell its Lisbon terminal to a rival port operator for $300 million."
ASIDE = "The weather at the quays was mild."


def joined(first: str, later: str) -> bool:
    """Whether the report's merge puts `later` in one event with `first`."""
    mentions = report_mentions("\n\n".join([first, ASIDE, later]), WEDNESDAY)
    return any({first, later} <= {m.sentence.text for m in c.mentions} for c in cluster_mentions(mentions))


def test_content_words_leave_out_names_days_and_common_words() -> None:
    assert content_words("The terminal sales will close on Monday, Norvik said") == {
        "terminal",
        "sale",
        "clos",
    }


def test_an_act_told_again_by_its_doer_on_its_day_is_one_event() -> None:
    assert joined(
        ACT, '"The sale of the terminal to the port operator will close in March," Norvik said on Tuesday.'
    )


def test_another_voice_forecasting_the_act_stays_apart() -> None:
    # (another voice joins only when it tells the act again, by its verb or a shared figure: a forecast
    # about the act's noun is that voice's own remark; `restated_by_another_voice`,
    # tests/test_merge_other_voices40.py)
    assert not joined(
        ACT, '"The sale of the terminal to the port operator will close in March," Halden said on Tuesday.'
    )


def test_the_doers_remarks_of_another_day_stay_apart() -> None:
    assert not joined(
        ACT, '"The sale of the terminal to the port operator will close in March," Norvik said on Monday.'
    )


def test_remarks_sharing_one_word_with_the_act_stay_apart() -> None:
    assert not joined(ACT, '"Our terminal staff will keep their jobs," Norvik said on Tuesday.')


def test_remarks_with_another_figure_stay_apart() -> None:
    assert not joined(
        ACT,
        '"The sale of the terminal to the port operator will bring in $450 million," Norvik said on Tuesday.',
    )


def remark_types(*sentences: str) -> list[str]:
    """The types of the happenings one report's sentences are merged into."""
    return [c.event_type for c in cluster_mentions(report_mentions("\n\n".join(sentences), WEDNESDAY))]


def test_a_word_of_claiming_inside_a_quote_does_not_make_remarks_a_claim() -> None:
    assert remark_types(
        "Health Minister Lena Varga said on Tuesday that all clinics in the province would stay open.",
        '"I would rather be accused of caution than of neglect," Varga said on Tuesday.',
    ) == ["statement"]


def test_remarks_with_an_accusation_told_outright_are_a_claim() -> None:
    assert remark_types(
        "Health Minister Lena Varga said on Tuesday that all clinics in the province would stay open.",
        "Varga also accused the hospital board of hiding the waiting lists on Tuesday.",
    ) == ["claim"]


def test_remarks_that_blame_another_party_stay_a_claim() -> None:
    assert remark_types(
        "The transport ministry said on Tuesday that its inquiry into the derailment was complete.",
        "The inquiry also blamed two signalling contractors for the derailment, it said on Tuesday.",
        '"Some of us were accused of delay," the ministry said on Tuesday.',
    ) == ["claim"]


def test_remarks_that_lay_the_blame_on_another_party_stay_a_claim() -> None:
    assert "claim" in remark_types(
        "Rail operator chief Mara Lind said on Tuesday that trains would run again by Friday.",
        "The blame, Lind said on Tuesday, lay with the firm that built the signals.",
        '"I would rather be accused of caution," Lind said on Tuesday.',
    )


def test_a_further_deed_of_the_doer_stays_apart() -> None:
    assert not joined(
        ACT, '"We are also buying a cargo terminal from a port operator in Faro," Norvik said on Tuesday.'
    )


def test_remarks_sharing_nouns_but_not_the_acts_verb_stay_apart() -> None:
    assert not joined(
        ACT,
        '"The terminal has been run by a port operator with 300 staff for years," Norvik said on Tuesday.',
    )


def test_remarks_that_name_a_suspect_as_believed_stay_a_claim() -> None:
    assert remark_types(
        "Fire Chief Oda Renn said on Tuesday the roads into Kelby would reopen.",
        "Renn said on Tuesday that vandals were believed to be behind the fires in Kelby.",
    ) == ["claim"]


def test_remarks_of_what_a_body_knows_are_no_claim_told_outright() -> None:
    from events.merge.clusters import _claimed_outright

    for sentence in (
        "The agency said on Tuesday it was aware of schools in Kelby closing early.",
        "The agency confirmed on Tuesday that the first identified case in Kelby had recovered.",
    ):
        mentions = report_mentions(sentence, WEDNESDAY)
        assert mentions and not any(map(_claimed_outright, mentions)), sentence


def test_remarks_sharing_the_words_of_another_doers_act_stay_apart() -> None:
    # the happening may hold another doer's act, merged before (a suit beside the hall's own act): the hall's
    # remarks on the same ban share its words but do not tell that act again
    suit, remarks = report_mentions(
        "In the valley: The owner of the quarry filed a suit against the state's nine-month moratorium "
        "on riverbed mining.\n\nAt the Town Hall: The Town Hall has promised a quick appeal of a judge's "
        "reversal of the state's nine-month moratorium on riverbed mining.",
        WEDNESDAY,
    )
    assert remarks.speaker == "Town Hall" and not suit.is_speech
    assert not restated_by_its_doer([suit], [remarks])


def test_remarks_whose_clause_is_only_the_frame_of_a_quote_stay_apart() -> None:
    # the quotation opened a sentence before: what is left outside it says how the remarks came out
    act = (
        "Councillor Ana Roe on Tuesday released an internal audit of the harbour board that shows the "
        "repairs could cost twice the estimate."
    )
    closing = (
        "It is plain that, from the start, the board has not been honest with the town about the true "
        'cost of these repairs," Roe said on Tuesday in a statement released with the audit.'
    )
    mentions = report_mentions(f'{act}\n\n"We were promised openness. {closing}', WEDNESDAY)
    together = [{m.sentence.text for m in c.mentions} for c in cluster_mentions(mentions)]
    assert any(closing in texts for texts in together)
    assert not any({act, closing} <= texts for texts in together)


def test_an_act_told_in_the_doers_words_is_no_deed_their_remarks_tell_again() -> None:
    # a caption run into its story: the doer's words and criticism, typed by the trial they name
    assert not joined(
        "Ana Roe says the week before her brother's hearing was a 'disaster' Speaking to reporters on "
        "Tuesday Ana Roe criticised the timing of the fair which will clash with the continuing trial of "
        "Dr Tom Lee.",
        '"It is bad timing because it is two weeks into the trial," Ana Roe said on Tuesday.',
    )
