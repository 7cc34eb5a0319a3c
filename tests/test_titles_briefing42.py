"""Titles a briefing officer can read (session 42): an opening date split inside leaves no year, and a heading
in capitals that the scrape ran into the sentence goes even when it closes on a year. Every sentence is our
own."""

from __future__ import annotations

from events.merge.titles import headline, tidy, without_split_time


def test_an_opening_month_and_year_split_inside_leaves_no_year() -> None:
    sentence = "In June 2019, Ms Okafor herself left Brenton in haste when her permit lapsed."
    assert without_split_time(sentence, "2019, Ms Okafor herself left Brenton in haste") == (
        "Ms Okafor herself left Brenton in haste"
    )
    sentence = "On 12 May 2021, the ferry board cut two routes."
    assert (
        without_split_time(sentence, "2021, the ferry board cut two routes.")
        == "the ferry board cut two routes."
    )
    sentence = "On May 12, 2021, the ferry board cut two routes."
    assert (
        without_split_time(sentence, "2021, the ferry board cut two routes.")
        == "the ferry board cut two routes."
    )


def test_a_year_that_dates_a_name_inside_the_sentence_stays() -> None:
    # (the year of a name's date, not the sentence's opening time)
    sentence = "The May 12, 2021, floods cost the ferry board two routes."
    assert without_split_time(sentence, "2021, floods cost the ferry board two routes.").startswith("2021")
    sentence = "Ann Roe said in June 2019, the board cut two routes."
    assert without_split_time(sentence, "2019, the board cut two routes.").startswith("2019")


def test_a_heading_in_capitals_closing_on_its_date_is_no_part_of_the_title() -> None:
    assert tidy("TOWN LIBRARY FIRE, MARCH 3, 2011 Volunteers carried the books to the school hall") == (
        "Volunteers carried the books to the school hall"
    )
    assert tidy("OLD QUAY, OCTOBER 2, 2004 Another fire that resembled the first was a near miss") == (
        "Another fire that resembled the first was a near miss"
    )
    assert (
        tidy("THE WEST COAST 'S WORST FIRE, MAY 2, 2007 The firm cut its costs") == "The firm cut its costs"
    )


def test_a_heading_in_capitals_before_an_acronym_that_opens_the_sentence_goes() -> None:
    assert tidy("NEW BRIDGE FOR KELSO UN engineers say the span will open in May") == (
        "UN engineers say the span will open in May"
    )
    # (and its limit: acronyms that open a sentence are no heading)
    assert tidy("NATO FAO officials said the road was open") == "NATO FAO officials said the road was open"
    assert tidy("UN OCHA Director Jane Roe said the road was open") == (
        "UN OCHA Director Jane Roe said the road was open"
    )
    # (nor is a firm in capitals before its chief's acronym, or a name in capitals with its year)
    assert tidy("MARLOWE TEXTILES CEO said the mill would shut") == (
        "MARLOWE TEXTILES CEO said the mill would shut"
    )
    assert tidy("KELSO CHESS OPEN 2022 Final seats sold out in an hour") == (
        "KELSO CHESS OPEN 2022 Final seats sold out in an hour"
    )


def test_a_year_at_the_head_of_a_chronology_entry_is_no_part_of_the_title() -> None:
    assert headline("1998: A fire in the old mill at Kelso spreads to the docks.") == (
        "A fire in the old mill at Kelso spreads to the docks"
    )
    assert (
        headline("2004 - The port of Tarvin closes its north quay.")
        == "The port of Tarvin closes its north quay"
    )
    # (and its limit: a year that is the subject, or a heading with no capital after it, stays)
    assert headline("2019 was the wettest year on record in Kelso.").startswith("2019 was")
    assert headline("2010: the year the port closed").startswith("2010")


def test_what_a_saying_was_taken_to_show_is_not_what_was_said() -> None:
    sentence = (
        "Most of the library's rare maps were bought at auction, the city archivist said on Friday,"
        " suggesting that the old catalogue was wrong."
    )
    title = headline(
        "suggesting that the old catalogue was wrong",
        speaker="City archivist",
        speech=True,
        sentence=sentence,
    )
    assert title == "City archivist says most of the library's rare maps were bought at auction"
    sentence = (
        "The ministry has opened an inquiry into the collapse of the Kelso dam, Attorney General Ana Roe said"
        " on Tuesday, raising the pressure on the builder."
    )
    title = headline("raising the pressure on the builder", speaker="Ana Roe", speech=True, sentence=sentence)
    assert title == "Ana Roe says the ministry has opened an inquiry into the collapse of the Kelso dam"
    # (a speaker of many words, with initials)
    sentence = (
        "The port has opened an inquiry into the crane collapse at Kelso, U.S. Labor Secretary Ana Roe said"
        " on Tuesday, raising the pressure on the builder."
    )
    title = headline("raising the pressure on the builder", speaker="Ana Roe", speech=True, sentence=sentence)
    assert title == "Ana Roe says the port has opened an inquiry into the crane collapse at Kelso"


def test_a_gerund_that_opens_what_was_said_stays() -> None:
    sentence = "The studio said showing the unseen footage may hurt its value."
    title = headline(
        "showing the unseen footage may hurt its value", speaker="Studio", speech=True, sentence=sentence
    )
    assert title == "Studio says showing the unseen footage may hurt its value"


def test_a_fronted_whole_goes_after_the_count_that_is_part_of_it() -> None:
    assert headline("Of the 20 people taken to hospital in Kelso, 12 were children.") == (
        "12 of the 20 people taken to hospital in Kelso were children"
    )
    assert (
        headline("Of the 300 homes inspected, 40% were unsafe.")
        == "40% of the 300 homes inspected were unsafe"
    )
    title = headline(
        "of the nine pumps under inspection, four belonged to the port authority",
        speaker="Courier",
        speech=True,
    )
    assert title == "Courier says four of the nine pumps under inspection belonged to the port authority"


def test_a_fronted_phrase_with_no_count_after_it_stays() -> None:
    assert headline("Of the two, Roe is the elder.") == "Of the two, Roe is the elder"


def test_a_count_moves_before_its_whole_only_when_its_verb_follows() -> None:
    # (the part's own "of them" goes with it, and the counts past twelve are counts too)
    assert headline("Of the 30 walkers rescued, 18 of them were students.") == (
        "18 of the 30 walkers rescued were students"
    )
    assert headline("Of the 40 stalls at the fair, fifteen remained shut.") == (
        "Fifteen of the 40 stalls at the fair remained shut"
    )
    # (a count with its own noun, or a fraction, is not the whole part; "all" opens no whole)
    assert headline("Of the four climbers stranded, two women were flown out.") == (
        "Of the four climbers stranded, two women were flown out"
    )
    assert headline("Of the 600 tenants moved by the works, two thirds have now come back.") == (
        "Of the 600 tenants moved by the works, two thirds have now come back"
    )
    assert headline("Of all the poems sent in, one won the town prize.") == (
        "Of all the poems sent in, one won the town prize"
    )


def test_a_clause_cut_to_the_fronted_whole_takes_its_part_back() -> None:
    sentence = "Of the nine pumps under inspection, four were unsafe, the Courier reported on Monday."
    title = headline("of the nine pumps under inspection", speaker="Courier", speech=True, sentence=sentence)
    assert title == "Courier says four of the nine pumps under inspection were unsafe"


def test_what_was_inferred_from_a_saying_is_not_what_was_said() -> None:
    sentence = (
        "Most of the library's rare maps were bought at auction, the city archivist said on Friday,"
        " suggesting that the old catalogue was wrong."
    )
    title = headline("the old catalogue was wrong", speaker="City archivist", speech=True, sentence=sentence)
    assert title == "City archivist says most of the library's rare maps were bought at auction"
    # (and its limit: what the speaker added is said too)
    sentence = (
        "The bridge at Dunmore is unsafe, Ana Roe said on Friday, adding that two cracks had been found."
    )
    title = headline("two cracks had been found", speaker="Ana Roe", speech=True, sentence=sentence)
    assert title == "Ana Roe says two cracks had been found"


def test_a_timeline_entry_cut_after_its_subjects_aside_takes_its_present_verb_back() -> None:
    sentence = "Sept. 9 - The Kelso town choir, founded by two teachers in 1931, sings at the royal gala."
    title = headline("The Kelso town choir, founded by two teachers in 1931", sentence=sentence)
    assert title == "The Kelso town choir sings at the royal gala"
    # (and its limit: outside a timeline's entry the clause is as it was cut)
    sentence = "The Kelso town choir, founded by two teachers in 1931, sings at the royal gala."
    title = headline("The Kelso town choir, founded by two teachers in 1931", sentence=sentence)
    assert title == "The Kelso town choir, founded by two teachers in 1931"


def test_a_state_left_of_an_opening_place_is_no_part_of_the_title() -> None:
    sentence = "At a bakery in Millbrook, Vt., Roe met with three bakers and a dairy farmer on Friday."
    title = headline("Vt., Roe met with three bakers and a dairy farmer", sentence=sentence)
    assert title == "Roe met with three bakers and a dairy farmer"
    # (and its limit: a title of courtesy, a state's name before its noun and a list of states stay)
    assert headline("Miss Roe met with three bakers") == "Miss Roe met with three bakers"
    assert headline("Pa. officials said the road was shut") == "Pa. officials said the road was shut"
    assert headline("Ore., Wash. and Nev. closed their parks on Monday.").startswith("Ore., Wash. and Nev.")
