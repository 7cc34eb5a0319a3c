"""Titles a briefing can read: a second predicate keeps only an auxiliary it can take, a subject too long
for its verb keeps its head, a clause of result, an opening "Yet", a headline run into the lead. Every
sentence is our own."""

from __future__ import annotations

from events.extract.clauses import lost_subject, with_subject
from events.merge.titles import _subject_only, fit, headline, is_fragment, tidy, with_its_subject


def test_a_verb_with_no_passive_takes_no_was_from_the_first_predicate() -> None:
    assert (
        with_subject("Tomas Brenner was named head of the port authority in June and", "resigned on Monday")
        == "Tomas Brenner resigned on Monday"
    )
    assert (
        with_subject("The clerk was charged with theft and", "pleaded not guilty")
        == "The clerk pleaded not guilty"
    )


def test_a_simple_past_or_a_past_after_a_progressive_takes_no_auxiliary() -> None:
    assert (
        with_subject("The barge was carrying grain and", "sank near Ostend") == "The barge sank near Ostend"
    )
    assert with_subject("The van was reversing and", "struck a wall") == "The van struck a wall"
    assert with_subject("The ferry was towed to port and", "went to the yard") == "The ferry went to the yard"


def test_a_second_passive_or_perfect_participle_keeps_the_auxiliary() -> None:
    assert (
        with_subject("The driver was arrested in Lyon and", "taken to Paris")
        == "The driver was taken to Paris"
    )
    assert with_subject("Ms Holm has visited Oslo and", "met the mayor") == "Ms Holm has met the mayor"
    assert (
        with_subject("The guard has been suspended and", "questioned by police")
        == "The guard has been questioned by police"
    )


def test_a_subject_with_an_age_and_a_home_town_keeps_its_name_and_verb() -> None:
    text = (
        "Harbour pilot Aldo Ferreira Santos, 52, from Vila Nova de Gaia, was the first confirmed victim of "
        "the storm"
    )
    assert fit(text) == "Harbour pilot Aldo Ferreira Santos was the first confirmed victim of the storm"


def test_a_subject_with_a_long_phrase_of_origin_keeps_its_head() -> None:
    text = (
        "The latest quarterly survey from the regional chamber of commerce of the upper valley towns near "
        "the border was published late"
    )
    assert fit(text) == "The latest quarterly survey from the regional chamber of commerce was published late"


def test_a_subject_whose_phrase_holds_a_second_noun_is_not_shortened() -> None:
    # (dropping "from the city and 30 volunteers" would drop the volunteers who came too)
    text = (
        "A six-person team from the city fire service and 30 volunteers with boats and pumps have reached "
        "the flooded village"
    )
    assert not fit(text).startswith("A six-person team have")


def test_a_clause_of_result_is_the_title_when_the_whole_is_too_long() -> None:
    assert (
        headline(
            "Yet the toll is steep enough that a group of hauliers from the south of the region sued the "
            "ministry on Friday."
        )
        == "A group of hauliers from the south of the region sued the ministry"
    )


def test_a_cut_never_ends_on_the_subject_of_a_that_clause() -> None:
    for text in (
        "The inspectors warned the owners of the mill in a letter that the roof of the old grain store by "
        "the river had become unsafe for workers",
        "The board decided after a long and heated debate that the three smallest schools in the hill "
        "villages would close in the summer",
    ):
        kept = fit(text)
        assert not kept.endswith(("roof", "schools")), kept


def test_an_opening_yet_or_so_goes_but_yet_another_stays() -> None:
    assert headline("Yet the board approved the merger on Thursday.") == "The board approved the merger"
    assert headline("So the union called a strike on Monday.") == "The union called a strike"
    assert headline("Yet another dam burst on Monday.") == "Yet another dam burst"
    assert headline("So far, 12 villages have been cleared.") == "So far, 12 villages have been cleared"


def test_a_headline_run_into_the_lead_goes() -> None:
    assert (
        tidy("Gale closes hill school Three more roofs were torn off on Monday, the council said")
        == "Three more roofs were torn off"
    )


def test_a_name_opening_with_the_stays_inside_the_sentence() -> None:
    assert (
        tidy("The envoy flew to The Hague to meet the judges")
        == "The envoy flew to The Hague to meet the judges"
    )


def test_a_subject_is_never_cut_inside_a_name() -> None:
    text = (
        "Southern Academy for Coastal Science and Mapping had charted the shoals lying just under the water "
        "off the cape and in the bay"
    )
    assert not fit(text).startswith("Southern Academy had")


def test_an_adverb_before_a_joined_past_verb_still_lost_its_subject() -> None:
    assert lost_subject("eventually reopened the bridge on Friday")
    assert not lost_subject("only 12 ferries sailed")
    assert not lost_subject("also voicing hope that the talks would resume")
    assert (
        with_subject(
            "The road crews worked through the weekend and", "eventually reopened the bridge on Friday"
        )
        == "The road crews eventually reopened the bridge on Friday"
    )


def test_a_second_predicate_joined_by_and_takes_the_sentences_subject() -> None:
    sentence = "The engineer sketched the pump in 2011 and patented it with the national office in 2014."
    assert with_its_subject(sentence, "and patented it with the national office in 2014.") == (
        "The engineer patented it with the national office in 2014"
    )
    # (a verb between: who surrendered is the driver, not the police)
    sentence = "Police said the driver left the car and later surrendered on Monday."
    assert with_its_subject(sentence, "later surrendered on Monday") == ""


def test_a_time_dropped_from_a_title_takes_its_alternative_with_it() -> None:
    text = "The city council of Marlow plans to open two new public libraries next year or early in 2029"
    assert fit(text) == "The city council of Marlow plans to open two new public libraries"


def test_a_pronoun_named_in_brackets_is_the_name() -> None:
    assert (
        headline("They (the strikers) blocked the port gates on Monday.")
        == "The strikers blocked the port gates"
    )
    assert headline("He (Okafor) signed the lease in May.").startswith("Okafor signed the lease")


def test_it_became_clear_that_is_a_frame_around_the_news() -> None:
    assert (
        headline("It became clear today that the drought is far worse than the ministry had forecast.")
        == "The drought is far worse than the ministry had forecast"
    )
    assert (
        headline("It is clear to everyone that the plan has failed.")
        == "It is clear to everyone that the plan has failed"
    )


def test_a_reporting_verb_that_closes_a_comparison_leaves_no_cut() -> None:
    assert not is_fragment("The bill is far higher than the agency had estimated")
    assert is_fragment("The agency had estimated")


def test_a_that_clause_whose_verb_no_list_knows_may_end_a_cut() -> None:
    # ("boost" is the clause's own verb, in the subjunctive: the cut after its object is a whole clause)
    assert not _subject_only("Mr Oduya would recommend that the Harbour Council boost UN patrol numbers")
    assert _subject_only("The council was so divided that a group of members from the north")
    assert _subject_only("Forecasters gave their first confirmation that some")


def test_a_noun_in_ly_is_no_adverb_before_a_joined_verb() -> None:
    for clause in ("supply fell on Monday", "the rally ended at dusk", "assembly rose on Friday"):
        assert not lost_subject(clause), clause


def test_a_result_clause_under_a_verb_of_saying_keeps_the_speaker() -> None:
    text = (
        "The council said on Thursday that the harm done to the old market quarter was so severe that the "
        "town hall would have to be rebuilt over the next decade"
    )
    assert not fit(text).startswith("The town hall")


def test_so_before_an_inversion_stays() -> None:
    kept = headline("So fierce was the gale on Sunday that 80 boats broke from their moorings in the bay.")
    assert kept.startswith("So fierce was"), kept
    assert headline("So this is the third closure of the pier this winter.").startswith("This is")
