"""Titles that keep the verb of their clause: a plural with no article and its relative clause is a subject
only, a gerund said is the subject of a verb the cut would lose. Every sentence is our own."""

from __future__ import annotations

from events.merge.titles import (
    _object_with_its_verb,
    _said_subject_with_its_verb,
    _subject_only,
    _without_gerund_phrase,
    _without_subject_aside,
    fit,
    headline,
)


def test_a_plural_with_no_article_and_its_relative_clause_is_a_subject_only() -> None:
    assert _subject_only("Growers who watched the last cabinet hesitate")
    assert _subject_only("Tenants of the eastern blocks who stayed")
    # (the subject's own verb after the relative clause's: a clause)
    assert not _subject_only("Growers who lost their orchards were paid")
    assert not _subject_only("Nurses who treated the miners said they were stable")
    # ("who" after a verb no list knows opens a question, not a relative clause)
    assert not _subject_only("Officials wonder who")


def test_a_plural_subject_drops_its_relative_clause_before_its_verb() -> None:
    assert (
        _without_subject_aside("Growers who watched the last cabinet hesitate in 1998 were not pleased")
        == "Growers who watched the last cabinet hesitate were not pleased"
    )
    # (a relative clause whose object runs on to the verb, no phrase to drop, goes whole)
    assert (
        _without_subject_aside("Growers who watched the cabinet were not pleased")
        == "Growers were not pleased"
    )


def test_a_long_plural_subject_keeps_its_verb_in_the_title() -> None:
    title = fit(
        "Growers who watched the last cabinet hesitate in response to the hailstorms of 1998 were not won"
        " over by the new minister"
    )
    assert "were not won over" in title and not title.endswith("hesitate")


def test_a_gerund_said_alone_is_a_subject_only() -> None:
    assert _subject_only("Divers say lifting the old barge nearly three miles down the canal")
    assert _subject_only("The board said closing the depots for a month")
    # (a clause said whole, or words in -ing that open no gerund phrase)
    assert not _subject_only("Economists say rising rents hit the young")
    assert not _subject_only("The mayor says nothing has changed")
    assert not _subject_only("Police say during the night")
    assert not _subject_only("The council says shipping resumed")


def test_a_gerund_subject_said_drops_its_phrase_of_place_before_its_verb() -> None:
    assert (
        fit(
            "Divers say lifting the old barge nearly three miles down the canal from the lock near the mill"
            " is a slow job that may take a month"
        )
        == "Divers say lifting the old barge is a slow job that may take a month"
    )
    # (a phrase with a clause of its own stays: its verb might be the subject's)
    where = "Divers say lifting the old barge from the lock where it sank is a slow job"
    assert _without_gerund_phrase(where) == where


def test_a_plural_keeps_the_verb_and_object_of_its_relative_clause_when_they_fit() -> None:
    # (a plural with no article names a whole class; its relative clause tells which of it)
    assert (
        _without_subject_aside("Growers who watched the last cabinet hesitate in 1998 were not won over")
        == "Growers who watched the last cabinet hesitate were not won over"
    )
    # (after an article the subject names which of its kind already, and the relative clause goes whole)
    assert (
        _without_subject_aside("The growers who watched the last cabinet hesitate in 1998 were not won over")
        == "The growers were not won over"
    )


def test_a_subject_said_with_a_plural_and_its_relative_clause_is_a_subject_only() -> None:
    assert _subject_only("Officials say Tenants who might move out")


def test_a_plural_whose_relative_clause_opens_with_a_modal_keeps_its_verb_and_object() -> None:
    assert (
        fit(
            "Drivers who might face heavy fines in the centre of the old town are being sent warning letters"
            " by the council"
        )
        == "Drivers who might face heavy fines are being sent warning letters by the council"
    )
    # (a plural without -s too)
    assert (
        fit(
            "Fishermen who might lose their boats in the storms along the northern coast are being offered"
            " cheap loans by the state bank"
        )
        == "Fishermen who might lose their boats are being offered cheap loans by the state bank"
    )


def test_a_subject_reported_before_a_relative_clause_gets_its_verb_back() -> None:
    sentence = (
        "Still, the auditors admitted the cost of the storm, which flooded the port and put two ferry firms"
        " out of business, would be felt for a decade, the weekly wrote."
    )
    assert (
        _said_subject_with_its_verb("The auditors admitted the cost of the storm", sentence)
        == "The auditors admitted the cost of the storm would be felt for a decade"
    )
    assert (
        headline("The auditors admitted the cost of the storm", sentence=sentence)
        == "The auditors admitted the cost of the storm would be felt for a decade"
    )
    # (an object and its relative clause, with no verb of the reported clause after them, stay as they were)
    plain = "The auditors checked the cost of the storm, which flooded the port, in May."
    assert _said_subject_with_its_verb("The auditors checked the cost of the storm", plain) == (
        "The auditors checked the cost of the storm"
    )
    other = "The auditors admitted the cost of the storm, which flooded the port, and left."
    assert _said_subject_with_its_verb("The auditors admitted the cost of the storm", other) == (
        "The auditors admitted the cost of the storm"
    )


def test_a_gerund_subject_said_drops_a_measure_and_its_adverb_of_place() -> None:
    assert (
        _without_gerund_phrase(
            "Crews say capping the main nearly half a mile underground below the square is hard"
        )
        == "Crews say capping the main is hard"
    )
    # (an adverb of place with no measure before it is the gerund's own: "pumping the water underwater")
    plain = "Crews say pumping the silt underwater is costly"
    assert _without_gerund_phrase(plain) == plain


def test_a_noun_phrase_taken_for_the_words_said_keeps_the_speakers_own_verb() -> None:
    sentence = "Councillors underlined on Monday the need to keep pumps ready in case the levee broke."
    clause = "the need to keep pumps ready in case the levee broke"
    assert (
        _object_with_its_verb(clause, sentence, "Councillors")
        == "Councillors underlined the need to keep pumps ready in case the levee broke"
    )
    assert (
        headline(clause, speaker="Councillors", speech=True, sentence=sentence)
        == "Councillors underlined the need to keep pumps ready in case the levee broke"
    )
    # (a clause said whole, with its own verb, stays the speaker's words after "say")
    said = "Councillors said on Monday the new pumps would arrive in May."
    assert _object_with_its_verb("the new pumps would arrive in May", said, "Councillors") == ""
    # (nor another's verb: the speaker must be the subject the verb follows)
    other = "Engineers underlined on Monday the need to keep pumps ready."
    assert _object_with_its_verb("the need to keep pumps ready", other, "Councillors") == ""


def test_a_plural_with_its_relative_clause_and_its_own_verb_is_a_clause() -> None:
    # ("after" or "before" with a determiner after it opens a phrase, and the verb after it is the subject's)
    assert not _subject_only("Miners who quit the pit after the strike last winter have been given new jobs")
    assert not _subject_only("Cadets who were sent north before the roads closed were recalled")
    # (a verb no list knows opens the relative clause; an auxiliary further on is the subject's own)
    assert not _subject_only("Shopkeepers who trade along the quay are being asked")
    assert not _subject_only("Shopkeepers who trade along the quay will be paid")
    # (a clause inside the relative one, opened by a pronoun, still holds no verb of the subject's)
    assert _subject_only("Growers who left before they were paid")
    assert (
        fit(
            "Miners who quit the pit after the strike last winter have been given new jobs by the provincial"
            " mining board"
        )
        == "Miners who quit the pit after the strike last winter have been given new jobs"
    )


def test_a_plural_keeps_the_of_phrase_that_completes_the_noun_of_its_relative_clause() -> None:
    # ("the beating" alone tells of no one: "of prisoners" completes it, and only the phrases after go)
    assert (
        _without_subject_aside(
            "Guards who took part in the beating of prisoners in the camp at Lomo in 2001 will be tried by a"
            " civilian court"
        )
        == "Guards who took part in the beating of prisoners will be tried by a civilian court"
    )
    assert _without_subject_aside(
        "Tenants who live within three miles of the old smelter in the hills are being moved"
    ).startswith("Tenants who live within three miles of the old smelter")


def test_a_gerund_subject_said_keeps_a_phrase_that_is_no_measure() -> None:
    # (a comparison, or a plain phrase with no measure before it, may be what was said)
    for said in (
        "Nurses say caring for the elderly in their own homes rather than in clinics has cut waiting lists",
        "Planners say holding the river below three metres above the old flood mark is still within reach",
        "Pilots say routing the flights over the lake instead of over the town has cut the noise",
    ):
        assert _without_gerund_phrase(said) == said
    assert (
        _without_gerund_phrase("Crews say hauling the cable some forty feet overhead above the yard is risky")
        == "Crews say hauling the cable is risky"
    )


def test_a_reported_verb_given_back_stops_before_the_next_clause() -> None:
    sentence = (
        "Auditors conceded the bill, which no member questioned, was steep and the works, which start in"
        " June, will run late."
    )
    assert (
        _said_subject_with_its_verb("Auditors conceded the bill", sentence)
        == "Auditors conceded the bill was steep"
    )


def test_a_noun_phrase_said_with_its_date_at_the_end_keeps_the_speakers_own_verb() -> None:
    # (the date closes the sentence after the object, not between the verb and it)
    sentence = "Wardens urged a fresh review of the sluice gates on the lower canal on Thursday."
    clause = "a fresh review of the sluice gates on the lower canal on Thursday"
    assert (
        _object_with_its_verb(clause, sentence, "Wardens")
        == "Wardens urged a fresh review of the sluice gates on the lower canal"
    )


def test_a_month_named_may_is_no_auxiliary_after_a_relative_clause() -> None:
    text = "Tenants who were evicted from the flats on the hill last May sold their stake in the block"
    assert _without_subject_aside(text) == text


def test_a_plural_drops_its_relative_clause_before_a_plain_past() -> None:
    # (the subject's verb is a plain past with its object, no auxiliary)
    assert (
        _without_subject_aside(
            "Tenants who were sent a warning by the housing office on the eviction rules criticised the"
            " landlord's letter"
        )
        == "Tenants criticised the landlord's letter"
    )
    assert (
        _without_subject_aside(
            "Tenants who complained about noise from the depot in the summer reported the problem to the"
            " police"
        )
        == "Tenants who complained about noise reported the problem to the police"
    )
    # (a verb of saying inside the relative clause may own the past after it: the clause stays whole)
    told = "Tenants who were told the depot closed the gates at night were angry"
    assert _without_subject_aside(told) == told
