"""Page furniture and prose that tells no happening: a poll's figures, titles of works, questions, captions,
bylines of a live page, the page's words to its reader, captions run into a paragraph. Every text here is
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article, run_in_caption, split_sentences
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.extract.noise import (
    caption_in_present,
    case_argued,
    copula_state,
    earlier_done_at,
    framed_proposition,
    how_often,
    keeps_watch,
    mood_shift,
    onlookers_at,
    onlookers_view,
    only_a_non_answer,
    only_a_question,
    poll_finding,
    pollster,
    routine,
    seen_as,
    sourcing_note,
    to_the_reader,
    told_before,
    unattributed_reports,
    where_published,
    where_someone_was,
    works_titles,
    writer_in_first_person,
    writers_guess,
    writers_reading,
)
from events.merge.clusters import cluster_mentions, title
from events.merge.titles import is_fragment, tidy
from tests.reports import report_mentions

PUBLISHED = dt.date(2026, 5, 14)  # a Thursday


def mentions(text: str) -> list[Mention]:
    return report_mentions(text, PUBLISHED)


def sentences(text: str) -> list[str]:
    article = prepare_article("own.txt", text, SourceRow(published=PUBLISHED))
    return [s.text for s in article.sentences]


POLL_ARTICLE = "\n\n".join(
    [
        "Most voters expect the drought to hurt harvests more than last year's floods, according to a "
        "Harbour Post poll.",
        "When asked which crisis was worse, 48 percent of voters say the drought, while 31 percent say the "
        "floods.",
        "Approval of the governor's handling of the drought fell to 41 percent, down from 52 percent in "
        "March.",
        "A year ago, 58 percent approved and 27 percent disapproved.",
        "The telephone poll was conducted among 1,000 registered voters from May 10 to May 12.",
        "Police arrested two men on Tuesday over the theft of irrigation pumps.",
    ]
)


def test_an_opinion_poll_is_one_claim_of_whoever_ran_it() -> None:
    found = mentions(POLL_ARTICLE)
    polls = [m for m in found if "poll" in m.sentence.text or "percent" in m.sentence.text]
    assert [(m.event_type, m.speaker) for m in polls] == [("claim", "Harbour Post")]
    assert not any(m.event_type == "election" for m in found)
    # the news beside the poll is still read
    assert [m.event_type for m in found if "pumps" in m.sentence.text] == ["arrest"]


def test_a_poll_finding_is_told_from_a_count_and_from_a_vote() -> None:
    assert poll_finding(
        "54 percent of voters favor more drilling", "54 percent of voters favor more drilling", False
    )
    assert not poll_finding("Turnout was 37 percent, the commission said", "Turnout was 37 percent", False)
    polls_open = "Polls opened at 7am and 60 percent of voters say they will vote"
    assert not poll_finding(polls_open, polls_open, True)
    assert not poll_finding("Police said 40 percent of the houses burned", "Police said 40 percent", False)
    doses = "Officials said 40 percent of the vaccine doses had been delivered"
    assert not poll_finding(doses, doses, True)  # a share of things, after a poll: no opinion of its own
    vote = "A majority of voters backed the referendum, 52 percent to 48 percent, the commission said"
    assert not poll_finding(vote, vote, False)
    assert pollster("A Meridian/Atlas survey released on Monday showed 45 percent of adults agree.") == (
        "Meridian/Atlas"
    )


def test_the_words_of_a_works_title_tell_of_no_act() -> None:
    text = (
        "The former minister spoke to a reporter for a documentary, The Woman Who Shot the Mayor, which "
        "aired on Tuesday night."
    )
    assert [text[a:b] for a, b in works_titles(text)] == ["The Woman Who Shot the Mayor"]
    assert not any(m.event_type in ("attack", "casualties") for m in mentions(text))


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Which of these ministers resigned in March, a week before the vote?", True),
        ("Will the new barrier hold when the river rises on Friday?", True),
        ('Asked about the delay, the mayor said: "Why should we wait?"', False),
        ("The company said it would drill through 2?", False),  # a "½" the page lost
        ("Ana Roe, on her first year as mayor Which of these was NOT a name for the new bridge?", True),
        # an auxiliary before its subject, after an opening phrase
        ("But as the water rises in the valley, should residents be evacuated?", True),
        ("After a week of strikes at the docks, will the port reopen?", True),
        ("In a statement, the ministry said the toll was 2?", False),
        # a quotation and nothing else, which asks
        ('"Will the new sea wall be strong enough to hold back a storm surge?"', True),
        ("“Is the ministry hiding the deficit, is it misleading voters?”", True),
        ('"Why wait?" the mayor asked.', False),  # the asking is told
        ('"We will rebuild the school before the winter."', False),
    ],
)
def test_a_question_in_the_writers_voice_tells_nothing(text: str, asks: bool) -> None:
    assert only_a_question(text) is asks


def test_a_quiz_question_yields_no_event() -> None:
    assert mentions("Which minister resigned on Monday after the bridge collapsed?") == []


def test_a_question_after_an_opening_phrase_yields_no_event() -> None:
    assert mentions("But as the water rises in the valley, should residents be evacuated?") == []


def test_a_quoted_question_after_the_remarks_adds_nothing_to_them() -> None:
    text = (
        "The mayor said on Monday the council would rebuild the school.\n\n"
        '"Why should the children wait another year for a classroom?"'
    )
    assert [m.sentence.text for m in mentions(text)] == [
        "The mayor said on Monday the council would rebuild the school."
    ]


def test_an_opening_participle_phrase_does_not_type_the_remarks() -> None:
    text = (
        'Recalling the night the storm hit, the fisherman Jon Berg said on Monday: "We lost everything in '
        'an hour."'
    )
    assert "disaster" not in [m.event_type for m in mentions(text)]


def test_a_pictures_caption_dated_at_its_end_is_no_sentence() -> None:
    text = (
        "A volunteer carries sandbags along the river bank in Riverton, Ostland, May 12, 2026.\n\n"
        "The river burst its banks on Tuesday, flooding 300 homes.\n"
    )
    assert sentences(text) == ["The river burst its banks on Tuesday, flooding 300 homes."]


def test_a_day_the_prose_gives_at_the_end_is_no_caption() -> None:
    text = "The first tanker ran aground near the strait on Friday, March 24, 2023.\n"
    assert sentences(text) == ["The first tanker ran aground near the strait on Friday, March 24, 2023."]


def test_a_single_agencys_picture_credit_is_left_out_of_the_sentence() -> None:
    text = "Flood waters rise in the capital\n\nPhotograph: AFP Rescue teams have evacuated 2,000 people.\n"
    assert sentences(text)[-1] == "Rescue teams have evacuated 2,000 people."


def test_a_live_pages_bylines_are_no_sentence() -> None:
    text = (
        "The council approved the budget on Tuesday after a long debate.\n\n"
        "1210: Jane Roe Political correspondent, Atlas News 1214: John Doe Economics editor, Atlas News.\n\n"
        "The mayor said the vote was a relief.\n"
    )
    assert sentences(text) == [
        "The council approved the budget on Tuesday after a long debate.",
        "The mayor said the vote was a relief.",
    ]


def test_the_pages_words_to_its_reader_are_left_out_up_to_the_colon() -> None:
    text = (
        "The minister faced questions all week.\n\n"
        "Here is a sample of what she said: The minister told parliament on Monday that the port would "
        "reopen.\n\n"
        "Click NEXT to continue.\n"
    )
    assert sentences(text) == [
        "The minister faced questions all week.",
        "The minister told parliament on Monday that the port would reopen.",
    ]


@pytest.mark.parametrize(
    ("line", "body"),
    [
        (
            "Shares in the carrier fell sharply after the strike began Atlas Ratings, one of the big rating "
            "agencies, has cut the carrier's rating.",
            "Atlas Ratings, one of the big rating agencies, has cut the carrier's rating.",
        ),
        (
            "Ash has been drifting over the valley for days Researchers from the national institute said the "
            "plume had reached the coast.",
            "Researchers from the national institute said the plume had reached the coast.",
        ),
        (
            "Broadcasting daily on local radio at 0900 for twenty minutes Giving news of where to find aid "
            'Also available online "We\'re running out of clean water," the mayor said.',
            '"We\'re running out of clean water," the mayor said.',
        ),
        (
            "The former mayor was released on bail after denying all charges in March 2025 Ana Roe told the "
            "court she had never seen the contract.",
            "Ana Roe told the court she had never seen the contract.",
        ),
    ],
)
def test_a_caption_run_into_a_sentence_with_a_subject_that_must_open_one(line: str, body: str) -> None:
    assert line[run_in_caption(line) :] == body


def test_a_name_after_a_verb_of_saying_or_a_short_opening_is_not_a_run_in() -> None:
    line = "The airline's shares fell on Monday, said Atlas Ratings, one of the big agencies, in a note."
    assert run_in_caption(line) == 0
    assert run_in_caption("By the end of 2025 Atlas Shipping had paid out more than $2bn to claimants.") == 0


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        (
            "The barrier, erected on Monday, is a vital part of the city's flood defences.",
            "The barrier was erected",
        ),
        ("the 3 May landslide that buried 40 homes", "The landslide buried 40 homes"),
        (
            "The mayor wrote that the new bridge would open in May",
            "The mayor wrote that the new bridge would open in May",
        ),
        (
            "The dam collapsed on Monday -- nearly twice the flood that the valley suffered in 1998",
            "The dam collapsed on Monday",
        ),
        (
            "Speaking to a local radio station, the governor said the bridge would reopen in a week.",
            "The governor said the bridge would reopen in a week",
        ),
        (
            "The measures, outlined in a statement on Wednesday, are tougher than most traders expected",
            "The measures were outlined in a statement",
        ),
        (
            "That is a sharp rise from the last count issued by the health ministry on May 2 and bringing "
            "the total to 900.",
            "The health ministry issued the last count",
        ),
    ],
)
def test_a_dated_participle_is_the_act_when_the_main_clause_only_describes(clause: str, title: str) -> None:
    assert tidy(clause) == title


@pytest.mark.parametrize(
    ("title", "fragment"),
    [
        ("Began feeling ill on Monday when the first cases were found", True),
        ("Told reporters the port would reopen", True),
        ("Armed men stormed the council building", False),
        ("The insurer that covered the festival's concerts", True),
        ("The insurer that covered the concerts is suing the promoter", False),
        ("The coalition collapsed last week when the National Unity Party", True),
        ("The coalition collapsed last week when the party withdrew", False),
        ("United Nations says aid is running short", False),
    ],
)
def test_a_title_whose_subject_was_left_behind_is_a_fragment(title: str, fragment: bool) -> None:
    assert is_fragment(title) is fragment


def test_a_poll_told_through_its_source_keeps_the_source_and_the_days_date() -> None:
    text = (
        "Most Britons -- six out of 10 -- say the government handled the May 3 floods badly, according to "
        "the Civic Research Institute, which tracks public opinion."
    )
    found = mentions(text)
    assert [(m.event_type, m.speaker, m.date_start) for m in found] == [
        ("claim", "Civic Research Institute", PUBLISHED)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Okafor, 47, sat impassively as the verdict was read out.",
        "The defendant stared at the floor while the charges were read.",
    ],
)
def test_how_someone_looked_while_something_happened_is_colour(text: str) -> None:
    lead = "The court convicted the former governor of fraud on Monday."
    assert [m.sentence.text for m in mentions(f"{lead}\n\n{text}")] == [lead]


def test_a_demeanour_word_that_is_an_act_stays() -> None:
    assert mentions("The harbour master stood down on Monday after the collision inquiry.") != []


def test_what_a_design_guards_against_has_not_happened() -> None:
    text = (
        "The newer barrier, which costs more, includes safeguards against a storm surge of the kind that "
        "flooded the port."
    )
    assert mentions(text) == []


def test_a_birthday_is_trivia_but_a_crowd_turned_back_is_not() -> None:
    assert mentions("The former champion turned 60 on Saturday.") == []
    assert mentions("Police turned 200 protesters back at the border on Saturday.") != []


def test_a_quotations_words_tell_no_tense() -> None:
    lead = "The council approved the budget on Monday."
    text = f'{lead}\n\nThis week\'s slogan is "UNITED AND DETERMINED".'
    assert [m.sentence.text for m in mentions(text)] == [lead]


def test_a_thing_announced_keeps_the_verb_that_announced_it() -> None:
    found = mentions("Officials in Ostland have announced plans to house 30,000 flood victims in new camps.")
    titles = [title(c) for c in cluster_mentions(found)]
    assert titles == ["Officials in Ostland have announced plans to house 30,000 flood victims in new camps"]


@pytest.mark.parametrize(
    "text",
    [
        "The new figures come from sensors placed on the dam over the past two days, the agency said.",
        "The decision was widely criticised given that the bridge had failed twice before.",
    ],
)
def test_how_a_figure_was_made_and_a_reaction_by_nobody_named_are_no_news(text: str) -> None:
    lead = "The dam's operator opened two spillways on Monday."
    assert [m.sentence.text for m in mentions(f"{lead}\n\n{text}")] == [lead]


def test_what_onlookers_tell_of_a_scene_is_colour_but_an_act_they_report_stays() -> None:
    lead = "A landslide buried part of the village of Kora on Monday."
    scene = "Witnesses have reported people calling for help from under the mud."
    act = "Witnesses said the army shelled the market on Tuesday, killing four people."
    found = mentions(f"{lead}\n\n{scene}\n\n{act}")
    assert scene not in [m.sentence.text for m in found]
    assert act in [m.sentence.text for m in found]


def test_what_a_picture_shows_is_no_sentence() -> None:
    text = (
        "Aerial view of the flooded town of Kora after the river burst its banks.\n\n"
        "The river burst its banks on Tuesday, flooding 300 homes.\n"
    )
    assert sentences(text) == ["The river burst its banks on Tuesday, flooding 300 homes."]


@pytest.mark.parametrize(
    ("text", "nothing"),
    [
        ("The harbour master, Ana Roe, was unavailable for comment yesterday.", True),
        ("The shipping firm did not immediately respond to a request for comment.", True),
        ("A ministry spokesman could not be reached for comment on Sunday.", True),
        ("The Kremlin declined to comment on the allegations when asked at a briefing on Monday.", False),
    ],
)
def test_a_non_answer_is_no_event(text: str, nothing: bool) -> None:
    lead = "The tanker ran aground off the coast on Monday."
    found = [m.sentence.text for m in mentions(f"{lead}\n\n{text}")]
    assert (text not in found) is nothing


def test_a_pronoun_capitalised_after_a_word_with_no_stop_opens_a_sentence() -> None:
    text = "The court heard the ferry had sailed overloaded His lawyers said he would appeal."
    assert [s for _a, _b, s in split_sentences(text)] == [
        "The court heard the ferry had sailed overloaded",
        "His lawyers said he would appeal.",
    ]
    kept = "The band played the song He Got Game and Her Majesty's guards marched past."
    assert [s for _a, _b, s in split_sentences(kept)] == [kept]


@pytest.mark.parametrize(
    "text",
    [
        "This was because the family wanted people to remember her music, the Rev Jon Berg said.",
        '"Their role was to make sure every figure in the report was checked," spokesman Tom Hale said.',
    ],
)
def test_a_reason_or_a_purpose_given_is_no_news(text: str) -> None:
    lead = "The tanker ran aground off the coast on Monday."
    assert [m.sentence.text for m in mentions(f"{lead}\n\n{text}")] == [lead]


def test_a_state_that_announced_its_own_act_is_named_in_the_title() -> None:
    found = mentions(
        "Brazil said on Monday it would impose export controls on rare earths and 10% tariffs on grain, "
        "which will take effect on Wednesday."
    )
    titles = [title(c) for c in cluster_mentions(found)]
    assert titles and not any(t.startswith("It ") for t in titles)


def test_a_circumstance_opening_with_with_does_not_make_the_state_of_mind_a_happening() -> None:
    lead = "The tanker ran aground off the coast on Monday."
    text = "But with the fishing ban extended for six months, councillors are adamant that a deal be reached."
    assert [m.sentence.text for m in mentions(f"{lead}\n\n{text}")] == [lead]


# --- background that explains, and how things stand ---------------------------------------------------------

FARM_ARTICLE = [
    "Bird flu reaches third farm",
    "Vets culled 4,000 hens at a farm near Lyon on Tuesday after bird flu was confirmed there.",
]


def _farm_mentions(*more: str) -> list[Mention]:
    return mentions("\n\n".join(FARM_ARTICLE + list(more)))


def test_so_called_is_a_name_not_words_said_and_a_definition_is_no_event() -> None:
    found = mentions("So-called bird flu is a strain of the H5N1 form of the avian influenza virus.")
    assert found == []
    # a verb of saying of its own is still read as one
    said = mentions("Finance Minister Jane Roe called the plan reckless on Monday.")
    assert [(m.event_type, m.speaker) for m in said] == [("statement", "Jane Roe")]


def test_a_sentence_that_explains_its_subject_is_background_whatever_it_names() -> None:
    purpose = (
        "The mission's mandate is to keep order in the troubled province and to guard ballots during "
        "election periods."
    )
    defined = (
        "The final visit to the station features four spacewalks to fit a new antenna and repair two broken "
        "pumps."
    )
    found = _farm_mentions(purpose, defined)
    assert not [m for m in found if m.sentence.text in (purpose, defined)]
    # the news beside it is still read, and a definition joined to an act keeps the act
    assert any("culled" in m.sentence.text for m in found)
    joined = (
        "The rebel group is a branch of the army that mutinied in 2012, and it attacked the town on Monday."
    )
    assert [m.event_type for m in _farm_mentions(joined) if "attacked" in m.sentence.text] == ["attack"]


def test_a_count_or_a_list_of_what_something_has_is_no_happening() -> None:
    # ("feed" ends in "-ed" and is no verb)
    feed = "The charity's feed has more than 50,000 followers, compared with 900 for the council's."
    assert not [m for m in _farm_mentions(feed) if m.sentence.text == feed]
    listed = (
        "Other goods being shipped from the port include tents and blankets sent from the charity's depot on "
        "Monday."
    )
    found = _farm_mentions(listed)
    assert not [m for m in found if m.sentence.text == listed]
    # an act joined to the state is news, and a toll that lists its dead is a toll
    troops = "The army has 3,000 troops in the region and sent 500 more on Monday."
    toll = "The toll includes 12 children killed in the blast on Monday."
    kept = _farm_mentions(troops, toll)
    assert [m.sentence.text for m in kept if m.sentence.text in (troops, toll)] == [troops, toll]


def test_a_caption_of_a_noun_and_what_it_is_seen_doing_is_no_event() -> None:
    caption = "The heap of burned cages sitting more than six feet high behind the sheds."
    assert not [m for m in _farm_mentions(caption) if m.sentence.text == caption]
    # a head noun followed by its verb is a sentence that tells an act
    for act in (
        "The prefect closed markets selling poultry on Monday.",
        "The regional council banned trading in live birds on Monday.",
    ):
        assert [m.sentence.text for m in _farm_mentions(act) if m.sentence.text == act] == [act]


def test_a_state_held_since_a_year_is_background_but_an_act_joined_to_it_is_news() -> None:
    held = "The Red Cockerels have used the old barn, which is the village's oldest building, since 1962."
    assert not [m for m in _farm_mentions(held) if m.sentence.text == held]
    joined = "The cooperative has run the farm since 1998 and closed it on Monday."
    assert [m.date_start for m in _farm_mentions(joined) if m.sentence.text == joined] == [
        dt.date(2026, 5, 11)
    ]


def test_maintained_with_what_was_said_is_a_remark_and_with_an_object_an_act() -> None:
    said = "In an interview, farmer Jane Roe maintained she had done nothing wrong."
    assert [(m.event_type, m.speaker) for m in _farm_mentions(said) if m.sentence.text == said] == [
        ("statement", "Jane Roe")
    ]
    kept = "Riot police maintained order outside the prefecture on Wednesday."
    assert "statement" not in [m.event_type for m in _farm_mentions(kept) if m.sentence.text == kept]


TRIAL_ARTICLE = [
    "Vet's trial nears end",
    "The trial of vet John Doe over the death of a racehorse entered its sixth week on Tuesday.",
]


def test_each_side_of_a_trial_speaks_its_case() -> None:
    # what a side argues is its case, told as its words, never as a finding; told with no occasion ("The
    # prosecution said ...", in a summary of the trial) it is the case as it stands and no event at all
    # (noise.case_argued); "In court, ..." gives it an occasion
    accused = "The prosecution said Doe had caused the horse's death through negligence."
    defended = "In court, the defence argued that the horse was already ill when Doe treated it."
    found = mentions("\n\n".join([*TRIAL_ARTICLE, accused, defended]))
    assert [m.speaker for m in found if m.sentence.text in (accused, defended)] == ["Defence"]


def test_a_round_birthday_in_the_columns_idiom_is_trivia() -> None:
    assert mentions("The singer marked the big 5-0 with a party on Monday.") == []


# --- the writer's own voice -----------------------------------------------------------------------------

LEAD = "The ministry closed 40 schools on Monday, officials said.\n\n"


def after_lead(sentence: str) -> list[Mention]:
    """The mentions of a sentence that follows a plain lead (a first sentence is read as a lead)."""
    return [m for m in mentions(LEAD + sentence) if m.sentence.text == sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # a mood or a focus held by nobody named, changing or lasting
        "With the utility unable to stop the leak from a main that burst last week, attention was turning"
        " to the suburbs, where the water could threaten homes.",
        "Fears are growing over the harvest in the north.",
        "Pressure mounted on the minister after the report was published on Monday.",
        "Tensions between the two ports have flared over the fishing quota.",
        # the writer's guess, by modal, whatever it names
        "At its current rate, the deficit could exceed by next month the size of the 1992 gap that led to a"
        " bailout of the city.",
        # an assessment, with history named in passing
        "The river town is widely regarded as one of the best-prepared in Europe, given its record in the"
        " 2011 floods, which killed 41 people.",
        # watchers and guards
        "Dozens of soldiers in helmets stood guard outside the ministry late on Friday.",
        "Crowds lined the streets of the capital on Sunday.",
        # a routine, in the present
        "Each day, about 20,000 people cross the two bridges into the city.",
        "Instead of closed shops and orders to stay home, traders here are gathered in the market on a daily"
        " basis.",
        "With grain prices so high the cooperative is also earning new money all the time.",
    ],
)
def test_the_writers_framing_is_no_happening(sentence: str) -> None:
    assert after_lead(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Before the ship could dock, the port authority closed the harbour on Monday.", "other"),
        ("Soldiers stood guard as protesters stormed the parliament on Friday.", "protest"),
        ("Every day last week the army shelled the town.", "attack"),
        ("Police arrested 12 protesters on Saturday.", "arrest"),
    ],
)
def test_an_act_beside_the_writers_words_stays(sentence: str, event_type: str) -> None:
    assert [m.event_type for m in after_lead(sentence)] == [event_type]


def test_a_mood_as_the_lead_is_no_act_of_the_day() -> None:
    assert mentions("Fears are growing over the harvest in the drought-hit north of the country.") == []


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("The cost of the repairs may reach $2bn.", True),
        ("Officials fear the toll could rise above 500.", False),  # the officials' fear, not the writer's
        ("Before the ship could dock, the port closed.", False),
        ("The army could not reach the village.", False),
        ("May was the wettest month on record.", False),
        # a forecast on a condition, and a consequence weighed
        ("If the rain keeps up, the river could burst its banks by Friday.", True),
        ("Should the talks fail, the strike may spread to the ports.", True),
        ("When the next storm comes ashore, the levees might not hold.", True),
        ("If approved, the law will take effect on 1 June.", False),  # a plan on a condition
        ("When the storm hit on Monday, the levees failed.", False),
        ("That would delay the opening of the bridge.", True),
        ("Doing so would cost thousands of jobs.", True),
        ("This would see elections held in March.", False),  # a plan told on
        ("That would be followed by a vote on Thursday.", False),
        ("Such a move would anger farmers, who protested outside parliament in March.", False),
    ],
)
def test_a_guess_is_the_main_verbs_modal(text: str, guess: bool) -> None:
    assert writers_guess(text) is guess


@pytest.mark.parametrize(
    "text",
    [
        "This would mark the first time the central bank has cut rates since 2019.",
        "Doing so would trigger sanctions from the European Union as early as next month.",
    ],
)
def test_a_consequence_the_writer_weighs_yields_no_event(text: str) -> None:
    assert mentions(text) == []


@pytest.mark.parametrize(
    ("text", "general"),
    [
        ("Such recalls of a whole fleet of trains are extremely rare and require a safety order.", True),
        ("Floods are common in the delta during the rainy season.", True),
        ("It is unusual for the court to sit on a Sunday.", True),
        ("Floods are common in the delta, but on Monday one killed 12 people.", False),  # an act joined on
        ("Cases of the disease were rare until 2020.", False),
        ("The ministry is common ground for both parties.", False),
    ],
)
def test_how_often_a_kind_of_thing_happens_is_a_general_statement(text: str, general: bool) -> None:
    assert how_often(text) is general


def test_a_general_statement_about_a_kind_of_charge_yields_no_event() -> None:
    assert (
        mentions("Such recalls of a whole fleet of trains are extremely rare and require a safety order.")
        == []
    )


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("The court's ruling should be a wake-up call for landlords across the country.", True),
        ("The vote will serve as a test of the new coalition.", True),
        ("The ruling will be published on Friday.", False),
    ],
)
def test_what_something_will_mean_to_someone_is_the_writers_reading(text: str, reading: bool) -> None:
    assert writers_reading(text) is reading


def test_a_forecast_with_a_day_stays_a_plan_and_an_act_beside_a_consequence_stays() -> None:
    [landfall] = mentions("The storm is expected to make landfall on Tuesday.")
    assert landfall.planned and landfall.date_start == dt.date(2026, 5, 19)
    [protest] = mentions("Such a move would anger farmers, who protested outside parliament in March.")
    assert protest.event_type == "protest" and protest.date_start == dt.date(2026, 3, 1)


@pytest.mark.parametrize(
    ("text", "habit"),
    [
        ("Trucks carry the waste to three landfills on a daily basis.", True),
        ("The ministry usually publishes its figures at noon.", True),
        ("The pumps run constantly to keep the tunnel dry.", True),
        ("Every day last week the army shelled the town.", False),
        ("The daily briefing was cancelled.", False),
    ],
)
def test_a_routine_is_told_in_the_present(text: str, habit: bool) -> None:
    assert routine(text) is habit


def test_fears_with_a_clause_of_their_own_are_no_mood_shift() -> None:
    assert mood_shift("Fears grew over the harvest.")
    assert not mood_shift("Fears that the dam would fail grew on Monday after engineers found cracks.")
    assert keeps_watch("Reporters waited outside the court.")
    assert not seen_as("Analysts said the port is seen as well prepared.")


def test_a_spokesman_who_has_not_seen_the_lawsuit_gives_no_answer_but_speaks_next() -> None:
    text = (
        "The state sued the company on Thursday over the dam, its attorney general said.\n\n"
        "A company spokesman said the firm had not read the lawsuit and had no comment.\n\n"
        "The governor's spokesman Tom Hale said the governor had not read the lawsuits.\n\n"
        "He said the state would send its own claim to the company soon.\n\n"
        "The ministry confirmed the arrests on Friday but had no comment on the charges.\n"
    )
    told = [(m.event_type, m.speaker, m.sentence.text[:12]) for m in mentions(text)]
    assert told == [
        ("legal", "", "The state su"),
        ("statement", "Tom Hale", "He said the "),
        # (a ministry no list names acts by the word it is called by)
        ("arrest", "Ministry", "The ministry"),
    ]
    assert only_a_non_answer("The firm had no immediate comment.")
    assert not only_a_non_answer("The firm confirmed the sale but had no comment.")


CAPTIONED = (
    "Rescuers pulled a boy from the rubble of a school on Monday, officials said.\n\n"
    "Gas that escaped from a broken main after a blast at a plant drifts over the rooftops of the town.\n\n"
)


@pytest.mark.parametrize("credit", ["", "AP Photo\\/Jane Roe "])
def test_a_caption_in_the_present_is_no_event_and_its_credit_no_words(credit: str) -> None:
    told = mentions(CAPTIONED + credit + "According to the ministry, 300 homes were destroyed on Monday.")
    assert [m.sentence.text for m in told] == [
        "Rescuers pulled a boy from the rubble of a school on Monday, officials said.",
        "According to the ministry, 300 homes were destroyed on Monday.",
    ]


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("A man who lost his home walks past the ruins of the market in the old town.", True),
        ("Oil that leaked from broken wells in the gulf reached the coast on Monday.", False),
        ("Oil that leaked from broken wells in the gulf is washing ashore.", False),
        ("Families who fled the fighting arrived in the camp on Monday.", False),
    ],
)
def test_a_caption_shows_in_the_present(text: str, caption: bool) -> None:
    assert caption_in_present(text) is caption


@pytest.mark.parametrize(
    "sentence",
    [
        "While the board has said costs must be cut, it is apparent that this strike is not seen as reason"
        " enough to act.",
        "It is unclear whether the talks will resume.",
        "The government is taking an increasingly firm tone with the company.",
        "The heap of wet sandbags sitting four feet high at the depot will be part of the flood that stays.",
        "About 12 percent of the coastal roads remain closed, down from 30 percent.",
        "Approximately 2,300 square miles of farmland remain closed to grazing.",
    ],
)
def test_judgements_trends_scenes_and_states_that_remain_are_no_happening(sentence: str) -> None:
    assert after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said on Friday it is clear that the talks failed.",
        "Police used increasingly heavy force against the crowd on Saturday.",
        "The man carrying the bomb was arrested at the station on Sunday.",
        "Twelve people remain missing after the flood, the ministry said.",
    ],
)
def test_a_speakers_judgement_an_act_and_a_toll_stay(sentence: str) -> None:
    assert len(after_lead(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "For updates on the flood and the rescue, pls visit our facebook page.",
        "You can stay up to date with the strike on the radio every hour.",
        "This is when we're on air: 1100 and 1700 GMT on Mondays.",
        "Follow us on Twitter for the latest on the ceasefire talks.",
    ],
)
def test_the_page_speaking_to_its_reader_is_no_event(sentence: str) -> None:
    assert to_the_reader(sentence)
    assert after_lead(sentence) == []


def test_a_visit_reported_is_not_the_page_speaking() -> None:
    assert not to_the_reader("The president will visit our region next week, the mayor said.")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Just a month ago, the flood was an unstoppable calamity: rivers burst their banks.", True),
        ("The port is one of the busiest in Asia.", True),
        ("The vote was a victory for the party, which won 80 seats on Sunday.", False),
        ("There was an explosion at the plant on Monday.", False),
        ("Monday was the first day of the trial.", False),
    ],
)
def test_what_something_is_is_a_state(text: str, state: bool) -> None:
    assert copula_state(text) is state


def test_a_dated_copula_with_no_act_is_no_event() -> None:
    assert after_lead("Just a month ago, the harbour was an unhappy place: its boats sat idle.") == []


def test_a_state_that_lasted_until_the_storys_happening_is_no_event() -> None:
    # (none24) the standing before the crisis, set against now; the crisis is told elsewhere
    assert (
        after_lead(
            "Until its refinery fire began nearly two months ago, Norvik held first place in the market."
        )
        == []
    )
    # (a bare day ends no state the sentence tells of; what was done until then stays)
    assert after_lead("Until Monday, troops shelled the town every night.") != []


@pytest.mark.parametrize(
    "sentence",
    [
        "The BBC's Jane Roe visited the yard of one clinic on Monday and spoke of seeing long queues.",
        "In June, some market analysts wondered whether the bank could survive the crisis.",
        "Critics feared the plan would fail.",
        # a side's unnamed members (none24)
        "Some Labour opponents questioned the wisdom of the minister flying abroad before meeting the unions "
        "on Wednesday.",
        "A full-blown epidemic, level 6, denotes sustained spread of a new virus in many countries.",
    ],
)
def test_the_outlets_reporter_onlookers_views_and_definitions_are_no_happening(sentence: str) -> None:
    assert after_lead(sentence) == []


def test_an_outlets_report_and_a_named_analyst_stay() -> None:
    assert [m.event_type for m in after_lead("The BBC reported on Monday that the army had seized the port.")]
    assert not onlookers_view("Jane Roe, an analyst at Smith & Co, said on Monday the bank would survive.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The country has been ruled by the military for most of its history since independence in 1960.",
        "The ruling party has governed since 1994.",
        "Diplomats are watching closely for any sign of a split in the junta.",
        "The streets were eerily quiet on Sunday as shops stayed shut.",
        "The capital remained calm on Monday.",
    ],
)
def test_states_held_watchers_and_quiet_streets_are_no_happening(sentence: str) -> None:
    assert after_lead(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("The mood in the courtroom was tense as the verdict was read on Friday.", "legal"),
        ("The court ruled on Monday that the vote was void.", "legal"),
    ],
)
def test_a_happening_beside_the_scene_stays(sentence: str, event_type: str) -> None:
    assert [m.event_type for m in after_lead(sentence)] == [event_type]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister has long argued that the tariffs protect jobs.",
        "The group has repeatedly denied any link to the attacks.",
        "A similar attack in 2015 killed 30 people.",
        "It took weeks for a similar fire to be brought under control in the hills last year.",
        # a past happening the story's is set against, dated by its year alone
        "The refinery fire has been measured against the 1998 Harwell depot blaze, which killed 12 workers "
        "and destroyed the town's port.",
        "The mission must avoid feeding fears that it might one day leave abruptly, just as it did when the "
        "army withdrew from the province in 1994.",
        # a past happening named by its year before its noun, measured against or counted from (none24)
        "The leak is now the largest in the region's history, surpassing the 1998 Harwell depot spill that "
        "poured 4,000 tonnes into the bay.",
        "Her analysis suggests the new strain is about as dangerous as the virus behind a 1968 pandemic that "
        "killed a million people.",
        "The province has been largely calm since a 2014-15 border conflict in which about 2,000 people were "
        "killed.",
        # where a life, a career or a body began, dated by its year alone: trivia
        "Norland, founded four years ago, has a plant in Ohio that can make fuel from grass.",
        "Ms Okafor began her career at the bank 19 years ago as a clerk in its Lagos branch.",
    ],
)
def test_standing_positions_and_happenings_to_compare_with_are_no_event(sentence: str) -> None:
    assert after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The army carried out a similar raid on Monday.",
        # (set against a past one, but dated in the story's own days)
        # (a body's founding beside an act of the story's days)
        "The group, founded in 2010, claimed the attack on the depot on Monday.",
        # (a speaker named: a measure only named in remarks, "the tariffs", types no policy of its own)
        "Trade Minister Jane Roe said on Monday she had long argued for the tariffs.",
    ],
)
def test_a_dated_similar_act_or_remark_stays(sentence: str) -> None:
    assert len(after_lead(sentence)) == 1


def test_a_wire_dateline_with_city_country_and_day_and_the_bullets_before_it_are_stripped() -> None:
    text = (
        "\\* Port deal under review \\* Regulator tells paper it is in no rush SANTOS, Brazil, June 21"
        " (Reuters) - The regulator said on Monday it would review the sale of the port.\n"
    )
    assert sentences(text) == ["The regulator said on Monday it would review the sale of the port."]


def test_a_speakers_generic_you_is_not_the_page_speaking() -> None:
    assert not to_the_reader('"With many infections, you can get large numbers of very ill people," he said.')


@pytest.mark.parametrize(
    "sentence",
    [
        "I wrote about the first phase of the dig earlier this year at the museum.",
        "There will surely be plenty more to report next week.",
        "Commentators discuss the implications of a report which concluded that the firm cut corners.",
        "The decision is likely to anger farmers, who depend on exports.",
        "Up to 12 tugs are on duty at any one time in the outer harbour.",
    ],
)
def test_the_writers_first_person_certainty_and_press_review_are_no_happening(sentence: str) -> None:
    assert after_lead(sentence) == []


def test_the_first_person_inside_a_quotation_is_the_speakers() -> None:
    assert not writer_in_first_person('"I have ordered the troops to move," he said.')
    assert writer_in_first_person("I've largely given up discs in favour of streamed films.")
    assert not writer_in_first_person("World War I ended in 1918.")


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the harbour master, up to 12 tugs are on duty at any one time near the quay.",
        "Jane Roe says in the Independent that the decision was about money.",
        "May 23, 2026: This image from video provided by the firm shows water pouring from the main.",
    ],
)
def test_a_routine_by_its_source_a_columnist_and_a_dated_caption_are_no_event(sentence: str) -> None:
    assert after_lead(sentence) == []


def test_words_said_in_a_city_are_remarks() -> None:
    assert len(after_lead("The minister said in Washington on Monday that the talks would resume.")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign minister was the first senior official to arrive in the capital on Saturday.",
        "The bank's shares were the biggest riser on the index this morning, up 2.7%.",
        "The crisis remains high on the agenda and dominated the prime minister's visit on Tuesday.",
        "The downturn could lead to unrest, ministers were told on Friday, as they approved a fund.",
        "Tomorrow, I will meet the head of the utility and tell him to pay the families.",
        '"Our ability to cope would be like a foot of snow," said Tom Hale, a city spokesman.',
        "The BBC's Jane Roe on the hearing - Court sketches Mr Varga said on Tuesday the brakes had failed.",
    ],
)
def test_acts_ranks_market_moves_and_speakers_beside_the_framing_words_stay(sentence: str) -> None:
    assert after_lead(sentence)


def test_a_woman_named_in_passing_does_not_take_the_next_she_said() -> None:
    text = (
        "Health Secretary Jane Roe said on Monday there was one further probable case in the region.\n\n"
        "It involves a man who flew from Lagos via Paris on 30 April.\n\n"
        "She said seven of the 12 close contacts of the man had been traced.\n"
    )
    assert [m.speaker for m in mentions(text) if m.sentence.text.startswith("She said")] == ["Jane Roe"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He sent a note to the minister on Monday which read in part: Minister, I believe we need pumps.",
        "I think hundreds dead is too few The agency quoted the army as saying three soldiers died.",
        "The BBC's Jane Roe says it may take days Divers removed the damaged valve on Saturday.",
    ],
)
def test_words_quoted_without_marks_and_a_caption_run_into_a_report_leave_the_report(sentence: str) -> None:
    # (the page may cut a run-in caption into a sentence of its own: the report after it is what counts)
    assert len(mentions(LEAD + sentence)) >= 2


@pytest.mark.parametrize(
    "line",
    [
        "Shown under construction in March 2019, the new stadium was meant to seat 60,000.",
        "Pictured at the summit in Oslo, the foreign minister spoke with reporters.",
    ],
)
def test_a_phrase_of_how_the_picture_shows_its_subject_opens_a_caption(line: str) -> None:
    body = "The stadium reopened on Tuesday after a two-year rebuild."
    assert sentences(f"{line}\n\n{body}\n") == [body]


def test_a_time_ago_set_against_now_tells_how_things_stood_not_what_happened() -> None:
    assert mentions("Only 15 years ago the village had no paved road and a single clinic.") == []
    assert mentions("Less than a month ago the region counted a handful of cases.") == []
    assert mentions("The town was only 20 years ago a centre of the textile trade.") == []
    assert mentions("The port, built only 20 years ago with foreign loans, is now the busiest.") == []
    # an act of weeks ago told so is still an act
    (seized,) = mentions("Just two weeks ago rebels seized the town of Maro.")
    assert seized.date_start < PUBLISHED


def test_what_a_recording_holds_told_as_it_plays_is_no_happening() -> None:
    assert mentions("In the video, the mayor tells aides to delete the files before the audit.") == []
    assert mentions('Toward the end of the tape, there is a long pause before the pilot asks: "Ready?"') == []


def test_a_quoted_feeling_is_no_news_but_a_quoted_act_is() -> None:
    assert mentions('"We are very proud of the volunteers," said Mayor Tom Ashe on Friday.') == []
    (approved,) = mentions(
        '"I\'m delighted that the council has finally approved the new bridge," said Tom Ashe on Friday.'
    )
    assert "approved the new bridge" in approved.clause


def test_a_market_move_is_typed_by_the_move_not_by_what_it_is_put_down_to() -> None:
    for text in (
        "Wednesday's sell-off was blamed on fears of new sanctions against the country's exporters.",
        "Thursday's fall in the index was attributed to the central bank's decision to raise interest rates.",
    ):
        (move,) = mentions(text)
        assert move.event_type == "other", text


def test_a_relative_aside_about_a_person_keeps_the_main_verb_with_its_subject() -> None:
    found = mentions(
        "The minister, who was appointed in January after a cabinet reshuffle, met union leaders on Thursday."
    )
    met = next(m for m in found if m.date_start == PUBLISHED)
    assert met.clause == "The minister met union leaders on Thursday"
    assert met.event_type != "leadership"


def test_a_relative_clause_that_goes_on_after_and_is_not_a_clause_of_its_own() -> None:
    found = mentions(
        "The health ministry says the outbreak that began in March 2024 and lasted into the following year "
        "killed more than 900 people."
    )
    assert [m.date_start for m in found] == [dt.date(2024, 3, 1)]


def test_a_time_in_another_zone_after_a_m_does_not_open_a_sentence() -> None:
    text = "The strongest aftershock struck at 3:40 a.m. (0040 GMT) on Monday, sending families outside."
    assert sentences(text) == [text]


def test_the_planned_day_of_what_is_postponed_does_not_date_the_postponement() -> None:
    (postponed,) = mentions(
        "The prime minister has said local elections due to be held on 30 June will be postponed."
    )
    assert postponed.event_type == "election"
    assert postponed.date_start == PUBLISHED


def test_a_quotation_opening_with_thats_keeps_its_first_word() -> None:
    (said,) = mentions(
        '"That\'s why the pumps failed when the river rose," engineer Ruth Amos said on Tuesday.'
    )
    assert said.clause.startswith("That's why")


def _one_with(found: list[Mention], words: str) -> Mention:
    (mention,) = [m for m in found if words in m.clause]
    return mention


def test_a_relative_aside_about_a_person_is_left_out_of_the_act_and_its_date() -> None:
    found = mentions(
        "Health minister Paul Okafor, who is facing mounting criticism over vaccine shortages, visited the "
        "hospital on Tuesday.\n\n"
        "Okafor, a former surgeon who was elected in 2021, told reporters the shortages would end by "
        "June.\n\n"
        "Opposition leader Maria Costa, who was appointed ambassador to Chile in 2022, called for new "
        "elections.\n\n"
        "Mayor Lena Park, whose handling of the strike drew protests last week, said on Thursday she would "
        "not resign."
    )
    assert _one_with(found, "visited the hospital").clause == "Paul Okafor visited the hospital on Tuesday"
    # (read as it is without the aside: the remarks of the day, and the end planned for June)
    remarks = [m for m in found if "shortages would end" in m.clause and m.event_type == "statement"]
    assert [m.date_start for m in remarks] == [PUBLISHED]  # not 2021
    assert all(m.date_start.year == PUBLISHED.year for m in found)  # no appointment of 2022
    assert _one_with(found, "handling of the strike").clause.startswith("Mayor Lena Park's handling")


def test_the_deadline_of_a_plan_in_what_was_said_does_not_date_the_saying() -> None:
    found = mentions(
        "Northgrid Energy says it is restoring power to more homes each day, and hopes to reconnect the "
        "rest by June."
    )
    assert not [m for m in found if m.event_type == "statement" and m.date_start.month == 6]


def test_an_aside_in_what_was_said_is_no_attribution() -> None:
    (said,) = mentions(
        "The strike, called by the National Union of Dock Workers, is expected to last 48 hours, union "
        "officials said on Monday."
    )
    assert said.clause.startswith("The strike")
    assert "48 hours" in said.clause


def test_a_career_step_told_of_a_speaker_by_its_month_is_who_they_are() -> None:
    found = mentions(
        "Transport Minister Karin Holt, who took office in January after a cabinet reshuffle, called the "
        'stoppage "irresponsible" on Monday.'
    )
    assert [m.event_type for m in found if m.date_start.month == 1] == []
    assert any("stoppage" in m.clause for m in found)


def test_a_date_in_a_relative_aside_about_the_subject_does_not_date_the_main_act() -> None:
    (flew,) = mentions(
        "Governor Alexei Moran, who is facing mounting criticism over the region's slow response to last "
        "year's floods, flew to the village on Wednesday and promised compensation for families."
    )
    assert flew.date_start == dt.date(2026, 5, 13)
    assert tidy(flew.clause) == "Governor Alexei Moran flew to the village"


def test_a_year_in_an_aside_about_who_spoke_does_not_date_the_saying() -> None:
    (said,) = mentions("Solvane, which employs 12,000 people and was founded in 1962, said it would appeal.")
    assert said.date_start == PUBLISHED


def test_a_happening_due_after_the_saying_neither_dates_nor_titles_it() -> None:
    found = mentions(
        "Engineers have finished welding the new pipeline section, project director Ana Roe says, and a "
        "final pressure test is due on Friday."
    )
    # neither "Ana Roe says and a final pressure test ..." nor remarks dated on the day of the test
    assert not [m for m in found if m.event_type == "statement" and m.date_start > PUBLISHED]
    assert not [m for m in found if " says and " in tidy(m.clause)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a proposition framed in the writer's voice, whatever day the clause inside it names
        "What's certain is that the surge was not expected and showed a valve had failed earlier this month.",
        "The real question is whether the board can raise the money before the loan falls due on Friday.",
        "The custom on the river is that all barges tie up before a flood warning.",
        # what little is left, as a pseudo-cleft of colour
        "All the market stalls can sell now is tinned fish at three times the price of a month ago.",
        # where a study is printed, in the present
        "Okafor's study, released on Tuesday, is published in the journal Coastal Ecology.",
    ],
)
def test_a_framed_proposition_and_a_journal_named_are_no_happening(sentence: str) -> None:
    assert framed_proposition(sentence) or where_published(sentence)
    assert after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The question was put to the minister on Tuesday, and she resigned an hour later.",
        "The study was published in the journal Coastal Ecology on Tuesday.",
        "All 40 miners were rescued on Sunday.",
    ],
)
def test_a_question_put_a_study_published_and_all_rescued_are_no_frame(sentence: str) -> None:
    assert not framed_proposition(sentence)
    assert not where_published(sentence)


def test_words_said_in_a_clause_that_describes_a_noun_are_no_remarks_of_the_day() -> None:
    rescued = (
        "Firefighters pulled a boy alive from the cellar of a bakery on Monday, which one of his neighbours "
        "said had been empty for years."
    )
    sealed = "Police sealed off the old cinema on Tuesday, which residents said had been used by squatters."
    for sentence in (rescued, sealed):
        found = after_lead(sentence)
        assert [m.speaker for m in found] == [""]
        assert found[0].event_type != "statement"


def test_what_the_unnamed_rest_ask_is_the_main_clause_after_a_saying_that_opens_it() -> None:
    # (the verb of saying, "congratulating", is in the opening clause; without the rule the sentence was
    # a statement by the governments)
    opened = (
        'While many governments are congratulating Ms. Okafor for adding "flexibility" to the trade rules,'
        " others are raising questions about whether the WTO erred in yielding to pressure from the largest"
        " exporters."
    )
    assert opened.index("others") == onlookers_at(opened)
    assert onlookers_view("Others raised serious doubts about the plan on Monday.")
    assert onlookers_at("The minister praised the farmers on Monday.") == -1
    assert after_lead(opened) == []


def test_a_record_measured_is_no_happening_but_the_act_it_names_stays() -> None:
    record = "The sum was the largest yet raised since the March 3 flood."
    assert copula_state(record)
    assert [m.event_type for m in after_lead(record)] == ["disaster"]
    assert not copula_state("The quake was the strongest to hit the region in a century.")
    assert not onlookers_view("Others were rescued from the roof on Monday.")
    assert [m.event_type for m in after_lead("Others were killed when the roof fell in on Monday.")] != []


@pytest.mark.parametrize(
    "sentence",
    [
        # a named witness set in the scene before what they told the reporter; the court is where they stood
        'Marta Kowalski was outside the court for much of the trial: "I had to see it for myself."',
        'Tomas Reyes was sitting near the mayor\'s family in the gallery "I could hardly breathe."',
    ],
)
def test_where_a_named_person_was_is_no_happening(sentence: str) -> None:
    assert where_someone_was(sentence)
    assert after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Okoro was standing near the gate when the wall collapsed.",
        "Peter Lund was outside the bank and fired three shots into the air.",
    ],
)
def test_where_someone_was_with_an_act_joined_on_is_a_happening(sentence: str) -> None:
    assert not where_someone_was(sentence)


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Having said that, how do we know the ministry is not hiding more failures?", True),
        ("But if the dam holds, why evacuate the valley at all?", True),
        ("In a speech on Monday, the minister asked why the plan had failed?", False),
    ],
)
def test_a_question_after_an_opening_phrase_reports_nothing(text: str, asks: bool) -> None:
    assert only_a_question(text) is asks


_THU_DOTS = dt.date(2026, 3, 12)


def test_sentences_run_together_with_three_dots_are_each_read() -> None:
    text = (
        "Engineers sealed the breach in the dam on Tuesday, the regional utility said... "
        "Power was restored to the valley on Wednesday, the utility said.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=_THU_DOTS))
    found = extract_mentions(article, load_gazetteer())
    assert {m.date_start for m in found} == {dt.date(2026, 3, 10), dt.date(2026, 3, 11)}


def test_a_line_cut_off_in_three_dots_is_still_a_teaser() -> None:
    text = (
        "The regional utility restored power to the valley on Wednesday, its spokesman said.\n\n"
        "Floods cut off three villages on Tuesday and the army sent...\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=_THU_DOTS))
    found = extract_mentions(article, load_gazetteer())
    assert [m.date_start for m in found] == [dt.date(2026, 3, 11)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prosecutors say the surgeon's neglect led to the patient's death.",
        "Prosecutors at the inquest in Leeds have said the mixture of drugs was fatal.",
        "The defence argued the climber cut the rope himself.",
        "The prosecution team claimed the pilot was unfit to fly.",
        "Jane Roe's lawsuit alleges that the builder ignored the cracks.",
        "Lawyers for the harbour master have insisted the warning lights were working.",
    ],
)
def test_one_sides_case_told_with_no_occasion_is_a_standing_position(sentence: str) -> None:
    assert case_argued(sentence)
    assert after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a step still to come is the day's news
        "Prosecutors said they would appeal the ruling.",
        "The defence team expects the trial to open in the spring.",
        # a named lawyer speaks on the record
        "Defence lawyer Jane Roe said the verdict was a travesty.",
        # no side of a case
        "The ministry said the pilot was unfit to fly.",
    ],
)
def test_a_step_ahead_a_named_lawyer_or_another_speaker_is_no_sides_case(sentence: str) -> None:
    assert not case_argued(sentence)


def test_one_sides_case_with_a_day_stays() -> None:
    assert (
        len(after_lead("Prosecutors said on Tuesday the surgeon's neglect led to the patient's death.")) == 1
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "A district court had thrown out the first version of the rules as too vague.",
        "The shipping line, which owns the ferry, had hoped to try out a new kind of gangway.",
    ],
)
def test_an_undated_main_clause_in_the_past_perfect_is_background(sentence: str) -> None:
    assert earlier_done_at(sentence) >= 0
    assert after_lead(sentence) == []


def test_a_verb_of_saying_after_the_past_perfect_is_the_same_subjects() -> None:
    sentence = "The regional council had loudly opposed the quota, claiming the stocks were recovering."
    assert 0 <= earlier_done_at(sentence) < sentence.index("claiming")


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause of time or a phrase before the subject, a verb of saying, a pronoun
        "When the police arrived, the gang had fled.",
        "By then the crews had cleared the road.",
        "The agency had announced it would appeal the ruling.",
        "It had rained for a week.",
    ],
)
def test_other_past_perfects_are_not_read_as_background(sentence: str) -> None:
    assert earlier_done_at(sentence) == -1


def test_a_dated_past_perfect_stays() -> None:
    assert len(after_lead("The crews had cleared the blocked road by Tuesday evening.")) == 1


def test_a_case_argued_before_in_the_past_perfect_is_background() -> None:
    sentence = "The insurer had argued the claim should be thrown out because the owner ignored the survey."
    assert earlier_done_at(sentence) >= 0
    assert after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Recent reports have suggested the damage to the reef was overstated.",
        "Unconfirmed reports say the harbour master has resigned.",
        "But some media reports claimed the ferry had been overloaded.",
    ],
)
def test_reports_nobody_is_said_to_have_made_are_no_event(sentence: str) -> None:
    assert unattributed_reports(sentence)
    assert after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the happening itself, told as reported, or a report with its source
        "There were reports of looting in the port overnight.",
        "Local media reported that the ferry had been overloaded.",
    ],
)
def test_reports_of_a_happening_or_with_a_source_are_not_hearsay(sentence: str) -> None:
    assert not unattributed_reports(sentence)


def test_unattributed_reports_with_a_day_stay() -> None:
    assert len(after_lead("Unconfirmed reports on Tuesday said the harbour master had resigned.")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike is another example of the strained relations between the port and its unions.",
        "But there were signs of a rift between the two coalition partners last night.",
    ],
)
def test_the_writers_reading_of_the_story_is_no_happening(sentence: str) -> None:
    assert writers_reading(sentence)
    assert after_lead(sentence) == []


def test_a_happening_beside_no_reading_stays() -> None:
    assert not writers_reading("Police arrested another three men at the port on Tuesday.")
    assert len(after_lead("Police arrested another three men at the port on Tuesday.")) == 1


def test_what_was_reported_before_is_background() -> None:
    sentence = (
        "As previously reported by the Harbour Post, the consultants advising the ferry line include two"
        " former ministers."
    )
    assert told_before(sentence)
    assert after_lead(sentence) == []
    assert not told_before(
        "The Harbour Post reported on Monday that the ferry line had hired two former ministers."
    )


def test_the_writer_telling_of_a_trip_of_their_own_is_first_person() -> None:
    assert writer_in_first_person("I returned from the coast on the 3rd of May just before the storm hit.")
    # (a state of mind of the writer's own, in a comment piece)
    assert writer_in_first_person("I struggle to square the firm I see today with the one I worked for.")
    assert after_lead("I struggle to square the firm I see today with the one I worked for.") == []
    assert not writer_in_first_person('"I returned from the coast on Monday," she said.')


@pytest.mark.parametrize(
    "sentence",
    [
        "The heavy toll of the 1953 flood was a consequence of weak dykes and a spring tide.",
        "After nine days of hearings the inquiry into the ferry's sinking was about to reach its end.",
    ],
)
def test_an_explanation_or_a_story_told_up_to_what_has_not_yet_happened_is_no_event(sentence: str) -> None:
    assert writers_reading(sentence)
    assert after_lead(sentence) == []


def test_what_befell_just_before_is_the_happening() -> None:
    assert not writers_reading("The ferry was about to leave the quay when the fire broke out.")


def test_studies_nobody_names_are_hearsay() -> None:
    sentence = "Studies show that about a third of all calls to the helpline come from worried parents."
    assert unattributed_reports(sentence)
    assert after_lead(sentence) == []
    assert not unattributed_reports(
        "A study by the port authority found that a third of the cranes were idle."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # criticism with no critic named, told as what its target underwent (none24)
        "Norvik came under renewed attack on Sunday night amid claims it had hidden safety reports.",
        "The lack of disclosure put the agency under fire on Tuesday.",
        "But the insurer faced fresh accusations on Tuesday that it was hiding its losses.",
    ],
)
def test_criticism_with_no_critic_named_is_no_event(sentence: str) -> None:
    assert after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # (fighting, and critics who are named)
        "The convoy came under fire near the border on Monday.",
        "The minister came under fire from the opposition on Tuesday over the plan.",
    ],
)
def test_fire_taken_and_criticism_by_someone_named_stay(sentence: str) -> None:
    assert after_lead(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # a hope nobody is said to hold, and a time set against today (none24)
        "It is hoped the pumping will end this morning.",
        "With the phone lines cut by the storm, it is not yet possible to say how far the damage goes, "
        "although there were reports on Wednesday of roofs torn off.",
        "The prize made sense in an age when the number of trained chemists was tiny compared with today.",
    ],
)
def test_a_hope_held_by_nobody_and_a_time_set_against_today_are_no_event(sentence: str) -> None:
    assert after_lead(sentence) == []


def test_what_the_news_means_and_how_long_it_was_awaited_are_the_writers_reading() -> None:
    # (none24)
    assert writers_reading("The new estimates spelled further bad news for the firm, which faces an inquiry.")
    assert after_lead("Yesterday's suit had been long expected.") == []
    assert not writers_reading("The firm expected the suit.")


def test_the_tail_of_a_web_address_opening_a_paragraph_is_stripped() -> None:
    # ("... news.example.\n\nco. uk Engineers will ...": the address broken at its dot)
    text = "Dam tests begin\n\nco. uk Engineers will today begin testing the new spillway gates at the dam.\n"
    assert sentences(text)[-1] == "Engineers will today begin testing the new spillway gates at the dam."


def test_a_wires_disclaimer_over_a_press_release_is_no_sentence() -> None:
    # the headline of a release the wire carries, run into its disclaimer
    text = (
        "Lab Kit Maker Says Its Test Found the Strain First... \\* The Wire is not responsible for the "
        "content in this press release.\n\nThe ministry said on Monday that 12 cases had been confirmed.\n"
    )
    assert sentences(text) == ["The ministry said on Monday that 12 cases had been confirmed."]


@pytest.mark.parametrize(
    "sentence",
    [
        "The sources spoke on condition of anonymity because the negotiations are private.",
        "Both asked not to be named because they were not authorised to discuss the tender.",
        "The official spoke on the condition that he not be identified.",
        "The official spoke on condition of anonymity Sunday because the ruling had not been published.",
    ],
)
def test_a_note_on_how_sources_spoke_is_no_event(sentence: str) -> None:
    assert sourcing_note(sentence)
    assert after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "An aide, who spoke on condition of anonymity, said on Monday that the coalition talks had failed.",
        "Two diplomats, speaking on condition of anonymity, said the vote would be delayed to Friday.",
        "The minister spoke on Tuesday about the budget.",
        "One ministry official who spoke on the condition of anonymity said the levy would be dropped.",
    ],
)
def test_what_an_anonymous_source_said_is_kept(sentence: str) -> None:
    assert not sourcing_note(sentence)


def test_an_offer_of_news_alerts_is_the_page_speaking() -> None:
    line = "Flood Maps of the Valley Ten Years On Sign up for free e-mail news alerts from the Herald"
    assert to_the_reader(line)
    assert not to_the_reader("The agency signed up for a new warning system on Monday, officials said.")
