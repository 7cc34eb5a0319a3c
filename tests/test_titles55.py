"""Titles read as a briefing officer reads them: what was said keeps its verb, whom it was told and a page's
own labels stay out."""

from __future__ import annotations

from events.merge.titles import fit, headline, tidy


def test_a_phrase_that_opens_what_was_said_goes_when_the_title_is_short_of_room() -> None:
    # (cut at its comma, the title would keep the phrase and none of what was said)
    title = fit(
        "Jane Roe says throughout the recount, the commission has refused to publish the tallies of the "
        "disputed districts in the north"
    )
    assert (
        title == "Jane Roe says the commission has refused to publish the tallies of the disputed districts"
    )


def test_an_aside_after_that_goes_before_what_was_said() -> None:
    title = fit(
        "The trade minister says that, despite months of talks with the neighbouring states, the tariff "
        "on steel will rise in spring"
    )
    assert title == "The trade minister says the tariff on steel will rise in spring"


def test_a_name_after_the_opening_phrase_is_the_subject_of_what_was_said() -> None:
    title = fit(
        "The court clerk says during the first week of hearings, Okafor had refused to answer the questions "
        "of the prosecution about the missing ledgers"
    )
    assert title.startswith("The court clerk says Okafor had refused to answer the questions")


def test_an_opening_phrase_that_leads_to_a_list_stays() -> None:
    # ("in Lagos, Accra and Dakar, ...": the comma after the first place is no end of the phrase)
    title = fit(
        "The airline says in Lagos, Accra and Dakar, flights were cancelled on Monday as the storm moved "
        "along the coast towards the border"
    )
    assert title == "The airline says in Lagos, Accra and Dakar, flights were cancelled on Monday"


def test_a_participle_describing_the_subject_said_is_no_verb_of_it() -> None:
    # ("suspected cases in districts" has no verb: the opening phrase is not traded for it)
    title = fit(
        "The health board says under the new rules, suspected cases in districts where the number of "
        "infections is rising quickly would be sent to ordinary clinics instead of the isolation wards"
    )
    assert title != "The health board says suspected cases in districts"


def test_whom_it_was_told_goes_when_told_is_left_in_the_sentence() -> None:
    title = headline(
        "the state broadcaster that the coalition talks had failed over the budget",
        speaker="Jane Roe",
        speech=True,
        sentence="Roe told the state broadcaster that the coalition talks had failed over the budget.",
    )
    assert title == "Jane Roe says the coalition talks had failed over the budget"


def test_a_clause_whose_verb_is_not_told_keeps_its_noun() -> None:
    # ("welcomed the ruling that ...": the "that" opens what the ruling held, not what was said)
    title = headline(
        "the ruling that the election in the district was void",
        speaker="Jane Roe",
        speech=True,
        sentence="Roe welcomed the ruling that the election in the district was void.",
    )
    assert "ruling" in title


def test_a_page_label_in_capitals_leaves_the_sentence() -> None:
    assert tidy("BREAKING: The supreme court has annulled the result of the vote") == (
        "The supreme court has annulled the result of the vote"
    )
    assert tidy("WATCH: Rescue crews pulled three people from the flooded river") == (
        "Rescue crews pulled three people from the flooded river"
    )


def test_a_speaker_in_capitals_keeps_the_remarks_a_transcript_gives_them() -> None:
    assert tidy("ROE: We will not leave the talks") == "ROE: We will not leave the talks"


def test_a_relative_clause_set_off_in_the_subject_said_goes_before_its_verb() -> None:
    title = fit(
        "The electoral board says the governor, who had been in office since the last vote in the south, "
        "resigned on Friday after the audit"
    )
    assert title == "The electoral board says the governor resigned on Friday after the audit"


def test_a_subject_said_without_its_relative_clause_is_cut_after_its_verb() -> None:
    # (still too long without the relative clause: the cut keeps the subject's verb, not the aside)
    title = fit(
        "The port authority says the cargo ship, which can carry up to nine thousand tonnes of grain, "
        "docked in the northern harbour late on Sunday night after the storm"
    )
    assert title.startswith("The port authority says the cargo ship docked in the northern harbour")


def test_an_opening_phrase_whose_comma_is_inside_a_list_stays() -> None:
    # ("on the basis of the police, forensic and witness reports": the comma is the list's, not the phrase's)
    title = fit(
        "The prosecutor says on the basis of the police, forensic and witness reports gathered so far "
        "there is no case against the mayor for the fraud"
    )
    assert title.startswith("The prosecutor says on the basis of the police, forensic")


def test_a_gerund_or_preposition_that_opens_what_was_said_is_written_lower() -> None:
    # (capitalised only as the sentence's first word: after "says" it is no name)
    made = "Keeping the polls open longer would help voters in the rural districts"
    assert headline(made, speaker="The commission", speech=True, sentence=f"{made}.") == (
        "The commission says keeping the polls open longer would help voters in the rural districts"
    )
    besides = "Besides the flooded roads, the storm cut power to the valley"
    assert headline(besides, speaker="The utility", speech=True, sentence=f"{besides}.").startswith(
        "The utility says besides the flooded roads"
    )


def test_a_name_that_opens_what_was_said_keeps_its_capital() -> None:
    said = "Beijing has rejected the tariffs on steel"
    assert headline(said, speaker="The trade office", speech=True, sentence=f"{said}.") == (
        "The trade office says Beijing has rejected the tariffs on steel"
    )


def test_an_adverb_before_a_first_person_keeps_the_words_as_a_quotation() -> None:
    # ("X says already we ..." would make the speaker's "we" the reader's)
    said = "Already we have counted four thousand ballots twice"
    title = headline(said, speaker="Jane Roe", speech=True, quoted=True, sentence=f"“{said},” Roe said.")
    assert title == "Jane Roe: “Already we have counted four thousand ballots twice”"


def test_a_diary_entry_heading_leaves_the_title() -> None:
    # (the day of the heading dates the entry; its time, zone and place in capitals are no part of what
    # happened)
    assert tidy("GMT, BORDER CROSSING We reached the camp after dark") == "We reached the camp after dark"
    assert tidy("19 MAY, 2200 GMT, NORTH PORT The ferry left the harbour with 40 families") == (
        "The ferry left the harbour with 40 families"
    )
    assert (
        tidy("BST: The minister has resigned over the budget") == "The minister has resigned over the budget"
    )


def test_a_zone_that_opens_a_name_stays() -> None:
    assert (
        tidy("ET Canada reported the award on its evening show")
        == "ET Canada reported the award on its evening show"
    )


def test_a_body_named_by_its_kind_with_its_own_verb_of_saying_is_not_said_twice() -> None:
    # ("The port authority says the authority said ..." would tell one saying inside another)
    title = headline(
        "The port authority said the harbour would reopen to cargo ships",
        speaker="Harbour Board",
        speech=True,
    )
    assert title == "The port authority said the harbour would reopen to cargo ships"
