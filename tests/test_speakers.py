"""Any speaker, any actor: people, organisations and bodies the curated lists have never seen speak, each
with the country the text gives them. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import build_reports

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions
from events.extract.speakers import _main_speech, _unlisted_speaker, two_speakers
from events.extract.triggers import SPEECH
from tests.reports import report_mentions


def speaker_of(sentence: str) -> tuple[str, str]:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    (mention,) = extract_mentions(article, load_gazetteer())
    return mention.speaker, mention.speaker_country


@pytest.mark.parametrize(
    ("sentence", "speaker", "country"),
    [
        ("Ana Okonjo said on Monday that the port would reopen within days.", "Ana Okonjo", ""),
        ("The Rapid Support Forces said on Monday they had left the town.", "Rapid Support Forces", ""),
        (
            "The IAEA said on Monday its inspectors had left the plant.",
            "International Atomic Energy Agency",
            "",
        ),
        ("UNHCR warned on Monday that 40,000 people had fled across the border.", "UNHCR", ""),
        (
            "Egypt's Interior Ministry said on Monday the border crossing was open.",
            "Egypt's Interior Ministry",
            "EGY",
        ),
        (
            "Kenyan authorities said on Monday the vote would go ahead as planned.",
            "Kenyan authorities",
            "KEN",
        ),
        ("Officials said on Monday the road would stay closed.", "Officials", ""),
        # members of a country's legislature speak for themselves, never as the country
        (
            "Two U.S. Senators said on Monday the airline should freeze its bonuses.",
            "Two U.S. Senators",
            "USA",
        ),
        ("The Kandilli Observatory said on Monday the tremor was a new one.", "Kandilli Observatory", ""),
        ("China's embassy in Nairobi said on Monday it respected the result.", "China's embassy", "CHN"),
        (
            "Doctors have found the first case of resistance to the drug, Kenyan officials and the company "
            "said on Monday.",
            "Kenyan officials",
            "KEN",
        ),
    ],
)
def test_speakers_outside_the_lists_are_found(sentence: str, speaker: str, country: str) -> None:
    assert speaker_of(sentence) == (speaker, country)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a plural of people by what they do, whatever the trade, speaks as a body
        (
            "A rare frog faces extinction because of the chemical leak, conservationists have warned.",
            "Conservationists",
        ),
        ("Grain prices will rise further because of the strike, economists said on Monday.", "Economists"),
        ("Local fishermen said on Monday that the catch had halved since the spill.", "Local fishermen"),
        ("Dairy farmers said on Monday the new tariff would ruin them.", "Dairy farmers"),
    ],
)
def test_a_plural_of_people_by_trade_speaks(sentence: str, speaker: str) -> None:
    assert speaker_of(sentence)[0] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # a surname ending like a trade is a person, and things are no speakers
        "Jim Rogers said on Monday that the fund had sold its stake.",
        "The latest trade numbers suggest the ministry misjudged the deficit in March.",
    ],
)
def test_names_and_things_ending_like_trades_are_no_body_of_people(sentence: str) -> None:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    speakers = {m.speaker for m in extract_mentions(article, load_gazetteer())}
    assert not speakers & {"Rogers", "Numbers", "Trade numbers", "Latest trade numbers"}


def test_a_dateline_city_in_capitals_is_no_organisation() -> None:
    names = [e.name for e in load_gazetteer().find("NAIROBI (Reuters) - Kenya's police said on Monday.")]
    assert "NAIROBI" not in names


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Fighting spread in the Democratic Republic of the Congo.", "DR Congo", "COD"),
        ("Talks were held in the Republic of the Congo.", "Republic of the Congo", "COG"),
        ("Aid reached Pokhara, Nepal, on Tuesday.", "Pokhara", "NPL"),
        ("Floods cut roads near Mombasa on Tuesday.", "Mombasa", "KEN"),
    ],
)
def test_countries_and_unseen_cities_get_their_country(text: str, name: str, country: str) -> None:
    found = {e.name: e.country for e in load_gazetteer().find(text)}
    assert found.get(name) == country


def test_a_persons_name_is_never_a_country() -> None:
    found = load_gazetteer().find("Michael Jordan said he would visit Jordan in May.")
    assert [(e.kind, e.name) for e in found if e.country == "JOR"] == [("country", "Jordan")]


def test_who_was_told_is_not_the_speaker() -> None:
    sentence = '"We have closed the gates," harbour master Ruth Adebayo told Reuters on Monday.'
    assert speaker_of(sentence) == ("Ruth Adebayo", "")
    assert speaker_of("The minister told the BBC on Monday that the talks would resume.")[0] != "BBC"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ruth Adebayo, an infectious disease expert, said on Monday the ban was too late.", "Ruth Adebayo"),
        ("The harbour master, Ruth Adebayo, said on Monday the port would reopen.", "Ruth Adebayo"),
        (
            "Ruth Adebayo, a professor at the University of Lagos, said on Monday the ban was too late.",
            "Ruth Adebayo",
        ),
        ('"No one is in charge," said Senator Ruth J. Adebayo on Monday.', "Ruth J. Adebayo"),
    ],
)
def test_a_person_named_beside_a_description_speaks(sentence: str, speaker: str) -> None:
    assert speaker_of(sentence)[0] == speaker


def clause_of(sentence: str) -> str:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    (mention,) = extract_mentions(article, load_gazetteer())
    return mention.clause


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Ruth Adebayo, an infectious disease expert, said on Monday the ban was too late.",
            "the ban was too late",
        ),
        (
            "The harbour master, Ruth Adebayo, told reporters on Monday that the port would reopen.",
            "the port would reopen",
        ),
        ('Ruth Adebayo added on Monday: "We will see more cases."', "We will see more cases"),
        # an act owned up to, told with a gerund, is no words said; the saying joined on is
        (
            "Ruth Adebayo admitted taking the files home and said on Monday she had meant no harm.",
            "she had meant no harm",
        ),
    ],
)
def test_the_clause_of_remarks_is_what_was_said(sentence: str, said: str) -> None:
    assert clause_of(sentence) == said


def test_where_and_when_after_told_are_not_what_was_said() -> None:
    sentence = (
        '"Voters have chosen stability," spokesman Amadou Kone told reporters in Abidjan after the count.'
    )
    assert not clause_of(sentence).lower().startswith("in abidjan")


def test_says_with_a_recent_act_is_news_and_a_standing_position_is_not() -> None:
    news = "Ana Okonjo says the ministry has successfully started to pump water out of the mine."
    article = prepare_article("own.txt", news + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    assert [m.event_type for m in extract_mentions(article, load_gazetteer())] == ["statement"]
    standing = "Ana Okonjo says the country is neutral in the dispute."
    article = prepare_article("own.txt", standing + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    assert extract_mentions(article, load_gazetteer()) == []


@pytest.mark.parametrize(
    "sentence",
    [
        '"The fire engines are all over the place," said Piet Smit, a waiter at a nearby cafe, on Friday.',
        'Rescuer Tom Hale, from Devon, said on Friday: "It is time we went home."',
        "One shareholder, who said he would lose money, told reporters on Friday he felt angry.",
    ],
)
def test_people_quoted_for_colour_make_no_event(sentence: str) -> None:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    assert extract_mentions(article, load_gazetteer()) == []


def test_a_spokeswoman_in_apposition_is_no_bystander() -> None:
    assert speaker_of("Ana Lopes, a spokeswoman for the ministry, said on Friday the port would reopen.")[
        0
    ] == ("Ana Lopes")


def test_an_office_named_at_the_end_speaks_for_the_country_of_the_story() -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan said on Saturday the state would rebuild every home.\n\n"
        "The ship was escorted to port on Thursday, the interior ministry said.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 1, 18)))
    last = extract_mentions(article, load_gazetteer())[-1]
    assert (last.speaker, last.speaker_country) == ("Turkey's interior ministry", "TUR")


def test_an_office_of_no_known_country_speaks_by_its_kind() -> None:
    assert speaker_of("The ship was escorted to port on Thursday, the ministry said.") == ("Ministry", "")


def test_a_quotation_after_the_verb_is_what_was_said_however_it_opens() -> None:
    sentence = (
        "A spokesman for Harwick Council, which runs the dock health service, said on Friday: "
        '"As the port authority we already have doctors in each terminal."'
    )
    assert clause_of(sentence) == "As the port authority we already have doctors in each terminal"


def test_another_woman_quoted_is_colour() -> None:
    article = prepare_article(
        "own.txt",
        "Another woman told broadcaster NHK on Tuesday she felt safer indoors.\n",
        SourceRow(published=dt.date(2026, 5, 12)),
    )
    assert extract_mentions(article, load_gazetteer()) == []


def test_an_office_in_a_capital_speaks_for_its_country() -> None:
    assert speaker_of("The government in Bangui said on Wednesday it took note of the ruling.") == (
        "Government in Bangui",
        "CAF",
    )


def test_a_company_based_somewhere_named_in_apposition_speaks() -> None:
    sentence = "The ship's operator, Athens-based Kallisto Maritime, said on Thursday it had lost the crew."
    assert speaker_of(sentence)[0] == "Kallisto Maritime"


def test_the_object_of_a_reaction_is_not_its_speaker() -> None:
    found = speaker_of("Senator Ana Ruiz criticized the Finance Ministry's tax agency on Monday.")
    assert found[0] != "Finance Ministry"


def test_a_demonym_before_a_newspaper_is_not_the_country_speaking() -> None:
    article = prepare_article(
        "own.txt",
        "A Dutch newspaper reported on Monday that the airline was in talks with buyers.\n",
        SourceRow(published=dt.date(2026, 5, 12)),
    )
    assert all(m.speaker != "Netherlands" for m in extract_mentions(article, load_gazetteer()))
    assert speaker_of("Kenyan police said on Monday they had arrested 12 people.")[1] == "KEN"


def test_made_the_remarks_is_a_statement_by_its_subject() -> None:
    article = prepare_article(
        "own.txt",
        "Senator Grace Okafor made the remarks on Wednesday during a rally in Kano.\n",
        SourceRow(published=dt.date(2026, 5, 12)),
    )
    found = extract_mentions(article, load_gazetteer())
    assert [(m.event_type, m.speaker, m.date_start) for m in found] == [
        ("statement", "Grace Okafor", dt.date(2026, 5, 6))
    ]


def test_a_speaker_reporting_its_own_act_makes_the_act_the_news() -> None:
    article = prepare_article(
        "own.txt",
        "NWG says it has started to pump fuel from the wreck to a waiting tanker.\n",
        SourceRow(published=dt.date(2026, 5, 12)),
    )
    found = extract_mentions(article, load_gazetteer())
    assert [(m.event_type, m.clause) for m in found] == [
        ("other", "NWG has started to pump fuel from the wreck to a waiting tanker")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts said on Monday the new tariffs would be easy for the carmaker to absorb.",
        "Our political correspondent Dana Whitfield said the vote on Tuesday showed a divided party.",
        "Lena Vogel, a columnist for the Morning Ledger, said on Sunday that the ceasefire looked fragile.",
        '"Nobody knows the final bill," warned a fund manager at Crescent Capital on Monday.',
        "Omar Haddad, an analyst, said on Monday the new tariffs would be easy for the carmaker to absorb.",
    ],
)
def test_commentators_views_make_no_event(sentence: str) -> None:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    assert extract_mentions(article, load_gazetteer()) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar Haddad, a senior analyst at Crescent Capital, said on Monday the carmaker faces a bill of "
        "$2bn for the recall.",
        '"The recall will cost the carmaker at least $2bn," said Omar Haddad, a fund manager at Crescent '
        "Capital, on Monday.",
        "Crescent Capital analyst Omar Haddad said on Monday the carmaker would cut its dividend.",
    ],
)
def test_an_analyst_named_with_the_firm_still_gives_a_view(sentence: str) -> None:
    """A market analyst named in full with the firm they work for is quoted for comment, as anonymous
    "analysts" are: the firm is no party to the story (DEV_SET.md, labels60 convention a)."""
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    assert extract_mentions(article, load_gazetteer()) == []


def _expert_mentions(lead: str, sentence: str) -> list:  # type: ignore[type-arg]
    # (the sentence is put after a lead of its own: experts whose words open a report are its news)
    article = prepare_article("own.txt", f"{lead}\n\n{sentence}\n", SourceRow(published=dt.date(2026, 5, 12)))
    return [m for m in extract_mentions(article, load_gazetteer()) if m.sentence.text == sentence]


_LEAD = "The Marlow dam was closed to traffic on Monday after engineers found cracks in its wall."


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Hale, a professor of engineering at Kestrel University, said the wall could fail within weeks.",
        '"A wall this old can fail without warning," said Ana Roe, a structural engineering expert.',
        "Experts say the repairs may take years and cost more than the dam itself.",
        '"Nobody should be surprised," said risk consultant Ana Roe.',
        "According to economists at Harrow Bank, the closure will cost the region millions.",
        "Hydrologist Ana Roe of the University of Norland said the river would rise further this week.",
    ],
)
def test_experts_quoted_for_comment_make_no_event(sentence: str) -> None:
    assert _expert_mentions(_LEAD, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a public body's scientists, the fund's chief economist, a group's director: parties to the story
        "Government scientists said the wall had moved six centimetres since March.",
        "Ana Roe, a senior scientist with the National Water Agency, said the wall had moved six inches.",
        "The fund's chief economist, Tom Hale, said the closure would cut growth by a point.",
        '"The dam must stay shut," said Ana Roe, a hydrologist and campaign director at Riverwatch.',
        # their own work: a finding is news
        "Tom Hale, a professor at Kestrel University, said his team on Sunday found a second crack.",
        # a group the report named before, taken up again
        "The engineers asked outside researchers for help. The researchers said the crack was new.",
    ],
)
def test_experts_who_speak_for_a_party_or_of_their_own_work_stay(sentence: str) -> None:
    last = sentence.split(". ")[-1] if ". " in sentence else sentence
    lead = _LEAD + " " + sentence.split(". ")[0] + "." if ". " in sentence else _LEAD
    assert _expert_mentions(lead, last) != []


def test_experts_words_in_the_lead_are_the_reports_news() -> None:
    text = "The dam could fail within weeks, scientists warned on Monday.\n"
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 12)))
    assert extract_mentions(article, load_gazetteer()) != []


def test_a_commentator_named_again_still_gives_a_view() -> None:
    text = (
        f"{_LEAD}\n\n"
        '"The wall is older than anyone admits," said Tom Hale, a professor of engineering at Kestrel '
        "University.\n\n"
        '"It should have been shut years ago," said Hale.\n'
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 12)))
    assert not [m for m in extract_mentions(article, load_gazetteer()) if "Hale" in m.speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        # reporters listening are no commentators; the minister speaks
        "Finance Minister Ana Okonjo told reporters on Monday the budget would be cut by 5%.",
        # a journalist detained is news, whoever reports it
        "Police arrested the editor of the Coastal Times on Monday, the newspaper said.",
    ],
)
def test_a_journalist_named_beside_news_keeps_the_event(sentence: str) -> None:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    assert len(extract_mentions(article, load_gazetteer())) == 1


def test_he_said_after_a_quotation_is_the_last_speaker_whatever_the_quotation_names() -> None:
    text = (
        'Trade Minister Ana Okonjo said on Monday: "We will not lift the ban this year.\n\n'
        'That is why the WTO and the African Union must help us," she said.\n'
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 12)))
    speakers = {m.speaker for m in extract_mentions(article, load_gazetteer())}
    assert speakers == {"Ana Okonjo"}


def test_a_name_right_after_said_is_what_was_said_about_when_the_verb_has_its_subject() -> None:
    sentence = "Health Minister Ana Okonjo said the World Health Organization's teams arrived on Monday."
    assert speaker_of(sentence)[0] == "Ana Okonjo"
    assert speaker_of('"The teams arrived on Monday," said Ana Okonjo.')[0] == "Ana Okonjo"


def test_a_present_tense_inside_the_quotation_is_not_the_sayings() -> None:
    # "thinks" is the senator's word; "said" is the report's, and remarks of the day are news (her party and
    # state say she sits in the US Congress)
    assert speaker_of('"I doubt anyone thinks the plan will work," said Sen. Jane Roe (D-Ohio).') == (
        "Jane Roe",
        "USA",
    )


def test_a_verb_of_saying_in_a_relative_aside_is_not_the_sentences() -> None:
    # "called for help" is the doctor's, inside the aside; the nurse is the one who said
    assert (
        speaker_of(
            "Jane Roe, who arrived when Dr Tom Hale called for help, said the patient was not breathing."
        )[0]
        == "Jane Roe"
    )


def test_nobody_named_outside_the_aside_speaks() -> None:
    article = prepare_article(
        "own.txt",
        "The porter, who arrived after Dr Tom Hale called for help, told police the door was locked.\n",
        SourceRow(published=dt.date(2026, 5, 12)),
    )
    assert [m.speaker for m in extract_mentions(article, load_gazetteer())] == []


def test_a_happening_in_an_until_clause_is_no_act_of_the_remarks() -> None:
    article = prepare_article(
        "own.txt",
        "A spokesman for the mayor said he would say nothing until his lawyers had seen the indictment.\n",
        SourceRow(published=dt.date(2026, 5, 12)),
    )
    (mention,) = extract_mentions(article, load_gazetteer())
    assert (mention.event_type, mention.speaker) == ("statement", "Spokesman for the mayor")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a news outlet the story quotes
        (
            "Ruritania's Daily Courier newspaper said on Monday that farmers would be paid for culled pigs.",
            "Ruritania's Daily Courier newspaper",
        ),
        # a verb of saying in an opening phrase is not the sentence's
        (
            "In a statement issued by her lawyer, the singer's relatives called the verdict a relief.",
            "Relatives",
        ),
    ],
)
def test_outlets_and_relatives_speak(sentence: str, speaker: str) -> None:
    assert speaker_of(sentence)[0] == speaker


def test_he_in_the_next_sentence_is_never_a_plural_voice() -> None:
    article = prepare_article(
        "own.txt",
        "The family will ask for a second inquest, relatives said on Monday.\n\n"
        "He said the inquiry had ignored new evidence.\n",
        SourceRow(published=dt.date(2026, 5, 12)),
    )
    assert [m.speaker for m in extract_mentions(article, load_gazetteer())] == ["Relatives"]


def test_a_plural_speaker_is_nobodys_she_in_a_title() -> None:
    text = "Rescuers said on Monday she had survived by drinking rainwater."
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    tables = build_tables(Corpus(articles=(article,)))
    assert list(tables.events["title"]) == ["Rescuers say she had survived by drinking rainwater"]


def test_who_was_told_is_left_out_of_what_was_said() -> None:
    text = "Dr Ana Lopes told police on Monday she gave the patient the sedative."
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    (mention,) = extract_mentions(article, load_gazetteer())
    assert mention.clause == "she gave the patient the sedative"


def test_a_title_keeps_the_subject_a_relative_clause_stood_after() -> None:
    text = (
        "Agency chief Ana Lopes, who raised the alert to its highest level after the floods, is trying to "
        "broker a regional agreement on sharing river data by January."
    )
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    tables = build_tables(Corpus(articles=(article,)))
    assert list(tables.events["title"]) == [
        "Agency chief Ana Lopes is trying to broker a regional agreement on sharing river data"
    ]


def test_a_plural_speaker_reporting_what_she_did_is_no_act_of_its_own() -> None:
    text = "Rescuers said she had stayed alive by drinking rainwater for eleven days."
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    (mention,) = extract_mentions(article, load_gazetteer())
    assert mention.event_type == "statement"


def test_a_quotation_closed_with_two_apostrophes_is_the_last_speakers() -> None:
    text = (
        "His lawyer, Rosa Paredes, said on Friday her client had not been trying to flee. "
        "``He was travelling to see his daughter,'' she said."
    )
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    found = [(m.event_type, m.speaker) for m in extract_mentions(article, load_gazetteer())]
    assert found == [("statement", "Rosa Paredes"), ("statement", "Rosa Paredes")]


def test_how_something_was_said_is_not_what_was_said() -> None:
    text = (
        "The ferry was towed to the port of Faro and its cargo would be seized, Portugal's navy said in a "
        "statement carried by the state news agency."
    )
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    (mention,) = extract_mentions(article, load_gazetteer())
    assert "carried by" not in mention.clause


def test_a_verb_of_saying_in_the_passive_names_no_speaker() -> None:
    # "were confirmed" tells what was done to the results: the sealing off is the act, dated Friday
    article = prepare_article(
        "own.txt",
        "Police closed the warehouse on Friday night after lab results on a worker were confirmed.\n",
        SourceRow(published=dt.date(2026, 5, 12)),
    )
    found = extract_mentions(article, load_gazetteer())
    assert [(m.is_speech, m.date_start) for m in found][:1] == [(False, dt.date(2026, 5, 8))]


def test_the_words_before_an_inverted_said_are_what_was_said() -> None:
    text = (
        "``We have restored order in the capital,'' said Colonel Rui Mane, who was flanked by armed "
        "soldiers in camouflage."
    )
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    tables = build_tables(Corpus(articles=(article,)))
    assert list(tables.events["title"]) == ["Rui Mane: “We have restored order in the capital”"]


def test_a_possessive_inside_the_apposition_keeps_the_name_before_it() -> None:
    found = speaker_of(
        '"We are ready for the worst," Rear Adm. Jane Roe-Hale, the navy\'s deputy chief of staff, '
        "said on Monday."
    )
    assert found[0] == "Jane Roe-Hale"


def speakers_in(text: str) -> list[tuple[str, str, dt.date]]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    return [(m.speaker, m.event_type, m.date_start) for m in extract_mentions(article, load_gazetteer())]


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            '"We said all along that the bridge would hold," engineer Tomas Berg told reporters on Monday.',
            "Tomas Berg",
            "We said all along that the bridge would hold",
        ),
        (
            '"Nobody said the bridge would fail," Ana Costa said on Monday, adding that work would start.',
            "Ana Costa",
            "Nobody said the bridge would fail",
        ),
    ],
)
def test_a_verb_of_saying_inside_the_quotation_is_what_was_said(
    sentence: str, speaker: str, clause: str
) -> None:
    text = "The bridge stood through the storm.\n\n" + sentence + "\n"
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 12)))
    (mention,) = extract_mentions(article, load_gazetteer())
    assert (mention.speaker, mention.clause) == (speaker, clause)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # one word no list knows, in the subject's slot, before or after the verb
        ("Okafor said on Monday that the port would reopen within days.", "Okafor"),
        ('"The bridge is safe," said Okafor on Monday.', "Okafor"),
        ("Okafor admitted on Monday that the evacuation had started too late.", "Okafor"),
        # a one-word name before a long apposition
        (
            "Renwick, the agency's deputy director for coastal operations and planning, said on Monday the "
            "dam was safe.",
            "Renwick",
        ),
        # a full name set apart after who the person is
        (
            "One of the minister's bodyguards, Tomas Reyes, claimed on Monday that the aide hid the files.",
            "Tomas Reyes",
        ),
        # a body's full name no list knows, with a verb of estimating in the present of news copy
        (
            "The National Flood Forecasting Centre estimates that up to 4,000 homes could lose power.",
            "National Flood Forecasting Centre",
        ),
    ],
)
def test_names_no_list_knows_speak_by_their_place_in_the_sentence(sentence: str, speaker: str) -> None:
    assert speaker in [found[0] for found in speakers_in(sentence)]


@pytest.mark.parametrize("opening", ["Doctors", "Witnesses", "Meanwhile, they", "Monday", "Latest figures"])
def test_a_common_word_in_the_subjects_slot_is_no_unlisted_name(opening: str) -> None:
    # "Doctors insisted" may be a body of people, never a person called "Doctors" found by form alone
    text = f"{opening} insisted the clinic was full."
    speech = SPEECH.search(text)
    assert speech is not None and _unlisted_speaker(text, speech, inverts=False) == ""


def test_a_quotation_inside_another_is_no_speaker() -> None:
    found = speakers_in('"They\'re saying on Monday that it was a mistake," a neighbour told reporters.')
    assert all(not speaker.startswith("They") for speaker, _, _ in found)


def test_remarks_in_the_present_perfect_are_the_days_news() -> None:
    found = speakers_in(
        "The Kenyan army has defended its handling of the evacuation, saying it acted as fast as it could."
    )
    assert found == [("Kenyan army", "statement", dt.date(2026, 5, 12))]


def test_a_whole_quotation_after_remarks_goes_on_with_their_speaker() -> None:
    found = speakers_in(
        '"The water is now reaching the suburbs," Okafor said on Monday. '
        '"We will keep pressing the utility to do more."'
    )
    assert [(speaker, day) for speaker, _, day in found] == [("Okafor", dt.date(2026, 5, 11))] * 2


def test_a_quotation_with_no_remarks_before_it_has_no_speaker() -> None:
    # the middle of a quotation whose speaker comes later stays unread
    assert speakers_in('"We will keep pressing the utility to do more."') == []


def test_the_wire_in_a_dateline_is_no_speaker_and_a_relative_clause_tells_which_ones() -> None:
    found = speakers_in(
        "NAIROBI, May 11 (Reuters) - Kenyan researchers who examined the herds said on Monday the cattle "
        "were recovering."
    )
    assert [speaker for speaker, _, _ in found] == ["Kenyan researchers"]


def test_who_is_quoted_by_an_outlet_speaks_and_the_outlet_does_not() -> None:
    assert [
        s
        for s, _, _ in speakers_in(
            "Ana Okonjo was quoted by the BBC as saying on Monday that the port would reopen."
        )
    ] == ["Ana Okonjo"]
    found = speakers_in(
        "Mr Okafor, the head of the regional bloc, said on Monday the bloc would help. "
        '"This is a disaster," he was quoted by Reuters as saying.'
    )
    assert [s for s, _, _ in found] == ["Okafor", "Okafor"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Chief Operating Officer Dana Pike said on Monday that the well was sealed.", "Dana Pike"),
        ("Seismologist Joan Marsh said on Monday that the aftershocks would go on.", "Joan Marsh"),
        ("Police Officer Mike Dunn said on Monday that the road was closed.", "Mike Dunn"),
        ("The firm's general counsel, Fred Bale, said on Monday the claims were valid.", "Fred Bale"),
    ],
)
def test_a_job_title_before_a_name_is_no_part_of_it(sentence: str, speaker: str) -> None:
    assert speaker_of(sentence)[0] == speaker


def test_after_a_closed_quotation_the_role_and_name_after_said_speak_not_a_glossed_acronym() -> None:
    # the quotation opened in an earlier sentence; the acronym explained in brackets is part of it
    sentence = (
        'Traders fear a run on the banks and the barge drifting about with PCB (polychlorinated biphenyls),"'
        " said trade publisher Joan Okafor."
    )
    assert speaker_of(sentence) == ("Joan Okafor", "")


def test_an_acronym_glossed_in_brackets_is_neither_speaker_nor_actor() -> None:
    sentence = (
        'Traders fear a run on the banks and the barge drifting about with PCB (polychlorinated biphenyls),"'
        " said trade publisher Joan Okafor."
    )
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    (mention,) = extract_mentions(article, load_gazetteer())
    assert "PCB" not in mention.actors


def test_a_name_spoken_to_at_the_opening_of_a_quotation_neither_speaks_nor_makes_remarks() -> None:
    text = (
        "Dr Ana Okafor told the court on Monday that the pump had failed.\n\n"
        "\"I said, 'Dr Okafor, what happened?'\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 12)))
    mentions = extract_mentions(article, load_gazetteer())
    assert [m.speaker for m in mentions] == ["Ana Okafor"]
    assert "what happened" not in " ".join(m.sentence.text for m in mentions)


@pytest.mark.parametrize(
    "sentence",
    [
        "An estimated 30 million litres of sewage have poured into the river since a burst on 3 May.",
        "The alleged plot was uncovered by border guards on 3 May.",
    ],
)
def test_a_participle_after_an_article_is_no_verb_of_saying(sentence: str) -> None:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    assert all(not m.is_speech for m in extract_mentions(article, load_gazetteer()))


@pytest.mark.parametrize(
    "sentence",
    [
        'A NATO spokesman blamed the UN for the delay on Monday, saying, "The order came from the top."',
        "A NATO official blamed the UN on Monday for the delay, saying the order came late.",
    ],
)
def test_the_body_whose_unnamed_spokesman_speaks_is_the_speaker_not_what_he_blamed(sentence: str) -> None:
    assert speaker_of(sentence)[0] == "NATO"


def test_a_body_no_list_knows_whose_spokesman_opens_the_sentence_speaks_not_what_he_blamed() -> None:
    sentence = (
        'A Renwick Marine spokesman blamed NATO for the delay on Monday, saying, "The order came late."'
    )
    assert speaker_of(sentence)[0] == "Renwick Marine"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("And a paramedic said Dr Ana Okafor did not tell them he had given Joe Roe the drug.", "Paramedic"),
        ("A witness said on 3 May that Dr Ana Okafor had left the building.", "Witness"),
        ("An aide said on Monday that Dr Ana Okafor would resign.", "Aide"),
    ],
)
def test_an_unnamed_person_in_the_subject_slot_speaks_not_the_name_in_what_was_said(
    sentence: str, speaker: str
) -> None:
    assert speaker_of(sentence)[0] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a title of capitalised words between "said" and a person's name is no speaker of its own
        ('"The plan is sound," said Senate Majority Leader Tom Hale.', "Tom Hale"),
        # (and with no space after the closing quotation mark, as scraped copy often has it)
        ('"The plan is sound,"said Senate Majority Leader Tom Hale.', "Tom Hale"),
        # a title of capitalised words set apart after a name: the person speaks, not the body in the title
        ('Ms Okafor, Green MEP for the North West, said: "The rules must change."', "Okafor"),
        # where an envoy is posted is not who speaks; the envoy of the state named does
        (
            "Chile's ambassador to the United Nations said on Monday he would raise the tariffs in Geneva.",
            "Chile's ambassador",
        ),
        # an unnamed spokeswoman speaks for the body she is named with
        (
            "A spokeswoman for Harbour Freight Lines said on Monday the ships would sail.",
            "Harbour Freight Lines",
        ),
    ],
)
def test_titles_postings_and_spokespeople_are_not_the_speaker(sentence: str, speaker: str) -> None:
    assert speaker_of(sentence)[0] == speaker


def test_a_long_quotation_naming_a_company_is_not_its_speaker() -> None:
    text = (
        '"All of it shows this collapse could have been avoided and was the direct result of '
        "Vantor Mining's careless choices and its failure to heed its engineers' warnings,\" said Okafor.\n\n"
        '"We expect Vantor Mining to pay every claim, as they have said again and again they will."\n'
    )
    assert [(m.event_type, m.speaker) for m in speakers_mentions(text)] == [
        ("statement", "Okafor"),
        ("statement", "Okafor"),
    ]


def speakers_mentions(text: str) -> list:  # type: ignore[type-arg]
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 12)))
    return extract_mentions(article, load_gazetteer())


def test_she_added_after_a_commentators_remarks_makes_no_event_and_borrows_no_speaker() -> None:
    text = (
        "A spokeswoman for Harbour Freight Lines said on Monday the ships would sail.\n\n"
        '"The sector is weaker now because demand has fallen," said Ana Roe, our shipping correspondent.\n\n'
        "But she added the current slump was milder than the one of 2015 because of the new routes.\n"
    )
    assert [(m.event_type, m.speaker) for m in speakers_mentions(text)] == [
        ("statement", "Harbour Freight Lines")
    ]
    # an analyst named with her firm is comment too, and "she" goes on with her
    analyst = text.replace("our shipping correspondent", "an analyst at Smith & Co")
    assert [(m.event_type, m.speaker) for m in speakers_mentions(analyst)] == [
        ("statement", "Harbour Freight Lines")
    ]


def test_a_name_given_in_quotation_marks_is_no_verb_of_saying() -> None:
    assert not SPEECH.search('The firm used a cheaper design -- called "long string" -- on its wells.')


def test_remarks_telling_of_an_earlier_time_are_the_reports_and_what_they_tell_is_the_speakers() -> None:
    text = "Officials say rebels seized the town of Kiramba in March 2024.\n"
    found = {
        (m.event_type in ("statement", "claim"), m.date_start, m.speaker) for m in speakers_mentions(text)
    }
    assert found == {(True, dt.date(2026, 5, 12), "Officials"), (False, dt.date(2024, 3, 1), "Officials")}
    (told,) = [m for m in speakers_mentions(text) if m.event_type not in ("statement", "claim")]
    assert told.clause.startswith("According to officials, rebels seized")  # a claim, never a fact


def test_remarks_dated_by_their_saying_tell_no_happening_apart() -> None:
    text = "Kenyan officials said on Monday the bridge was sold in 2019.\n"
    assert [(m.event_type, m.date_start) for m in speakers_mentions(text)] == [
        ("statement", dt.date(2026, 5, 11))
    ]


def test_a_time_opening_the_sentence_is_no_part_of_the_speakers_name() -> None:
    assert speaker_of("Last night experts said that the dam had held.")[0] == "Experts"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ana Okafor said she was pleased with the turnout.",
        'Ana Okafor told reporters she was "greatly honoured" to attend the tribute.',
    ],
)
def test_remarks_that_only_tell_a_feeling_make_no_event(sentence: str) -> None:
    assert speakers_mentions(sentence + "\n") == []


def test_a_feeling_with_news_in_it_is_kept() -> None:
    text = "Ana Okafor told reporters she was happy with ticket sales, which had doubled since Monday.\n"
    assert [m.speaker for m in speakers_mentions(text)] == ["Ana Okafor"]


def test_an_attribution_after_a_closing_quotation_mark_leaves_the_title() -> None:
    (mention,) = speakers_mentions('"The port will reopen on Friday," the minister added.\n')
    assert mention.clause == "The port will reopen on Friday"


def test_what_was_said_before_a_verb_glued_to_the_closing_quotation_mark_is_the_title() -> None:
    text = (
        'Safety matters, but one step at a time,"said Senate Minority Leader Tom Hale, describing the bill '
        "as a tax on every family.\n"
    )
    (mention,) = speakers_mentions(text)
    assert (mention.speaker, mention.clause) == ("Tom Hale", "Safety matters, but one step at a time")


def test_a_date_inside_the_quotation_is_of_what_was_said_not_of_the_saying() -> None:
    text = '"We will vote for the plan next month," said Senator Jane Roe, calling it a good day.\n'
    found = sorted((m.event_type, m.date_start, m.planned) for m in speakers_mentions(text))
    assert found == [("other", dt.date(2026, 6, 1), True), ("statement", dt.date(2026, 5, 12), False)]


def test_a_bare_surname_with_a_title_names_the_one_person_of_that_surname() -> None:
    text = (
        "Ana Okafor, head of Harbour Events, admitted on Friday that the preparations had been hard.\n\n"
        '"It is going to be a huge night," said Ms Okafor.\n'
    )
    assert {m.speaker for m in speakers_mentions(text)} == {"Ana Okafor"}


def test_an_unnamed_voice_closing_the_sentence_speaks_not_a_name_in_what_it_said() -> None:
    text = "The shelter housed families driven out by the Tarn floods in 2011, a government spokesman said.\n"
    (mention,) = speakers_mentions(text)
    assert (mention.speaker, mention.date_start) == ("Government spokesman", dt.date(2026, 5, 12))


def test_a_family_name_written_first_is_the_person_after_an_honorific() -> None:
    text = 'UN Secretary General Ban Ki-moon arrived on Sunday.\n\n"We need help fast," said Mr Ban.\n'
    assert [m.speaker for m in speakers_mentions(text) if m.event_type == "statement"] == ["Ban Ki-moon"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Kenya said on Monday the port would reopen.", "Kenya"),
        ("A senior Kenyan official said on Monday the port would reopen.", "Kenya"),
        (
            "A Kenyan Ports Authority spokesman said on Monday the port would reopen.",
            "Kenyan Ports Authority",
        ),
        (
            "Kenyan officials expressed frustration on Monday with the failure of Vantor Mining.",
            "Kenyan officials",
        ),
    ],
)
def test_a_state_and_its_unnamed_voice_speak_and_what_follows_the_verb_is_no_speaker(
    sentence: str, speaker: str
) -> None:
    assert speaker_of(sentence)[0] == speaker


def test_a_newspaper_named_after_a_day_speaks() -> None:
    assert speaker_of("The Sunday Times said on Monday the firm was for sale.")[0] == "Sunday Times"


def test_a_verb_of_saying_inside_a_quotation_that_runs_on_makes_no_event() -> None:
    text = (
        '"If I lived in Kenya, I could claim compensation for the lost harvest.\n\n'
        'But as it is, nobody calls me back," said Jane Roe, a farmer from Kisumu.\n'
    )
    assert speakers_mentions(text) == []


def test_a_country_joined_to_a_name_by_a_hyphen_is_no_speaker() -> None:
    assert speaker_of("Members of the rescue agency Rapid-Kenya said on Monday they had found survivors.")[
        0
    ] != ("Kenya")


def test_what_a_speaker_told_someone_of_the_future_leaves_who_was_told_out() -> None:
    planned = [
        m
        for m in speakers_mentions("Ana Okafor told the minister she would resign on Friday.\n")
        if m.planned
    ]
    assert [m.clause for m in planned] == ["She would resign on Friday"]


def test_when_it_was_said_is_no_part_of_what_was_said() -> None:
    (mention,) = speakers_mentions("Experts said last night that the dam had held.\n")
    assert mention.clause == "the dam had held"


def test_a_speaker_named_again_by_role_alone_speaks_on() -> None:
    text = (
        "Health Minister Jane Roe said on Monday the clinics would reopen.\n\n"
        '"Nobody will be turned away," the minister added.\n\n'
        '"We are watching closely" the minister said.\n'
    )
    assert {m.speaker for m in speakers_mentions(text)} == {"Jane Roe"}
    assert len(speakers_mentions(text)) == 3


def test_an_envoy_announcing_a_step_later_this_month_is_a_statement_of_today_and_a_planned_step() -> None:
    text = "Chile's ambassador to the United Nations said he would raise the matter later this month.\n"
    found = sorted((m.date_start, m.planned, m.speaker, m.clause[:9]) for m in speakers_mentions(text))
    assert found == [
        (dt.date(2026, 5, 12), False, "Chile's ambassador", "he would "),
        (dt.date(2026, 5, 12), True, "Chile's ambassador", "He would "),
    ]


def test_who_was_told_with_its_article_is_no_part_of_what_was_said() -> None:
    text = (
        "Health Minister Jane Roe said on Monday the clinics would reopen.\n\n"
        "Roe repeatedly told the doctor she would cancel her visits if the clinics could not open and "
        'said she wanted a "plan", which was how she put it.\n'
    )
    assert speakers_mentions(text)[-1].clause.startswith("She would cancel her visits")


def test_people_of_a_country_surveyed_are_not_its_state_speaking() -> None:
    text = (
        "Half of 2,000 Kenyans surveyed on Monday said the government had over-hyped the threat of floods.\n"
    )
    assert all(m.speaker != "Kenya" for m in speakers_mentions(text))


def test_a_participle_after_a_preposition_is_no_verb_of_saying() -> None:
    text = "The agency on Friday raised its tally of confirmed cases to more than 1,480.\n"
    assert all(m.event_type not in ("statement", "claim") for m in speakers_mentions(text))


def test_the_subject_of_a_verb_of_saying_in_an_as_clause_is_in_that_clause() -> None:
    text = "The port reopened on Friday, as Kenyan officials announced the end of the strike.\n"
    speakers = {m.speaker for m in speakers_mentions(text) if m.event_type == "statement"}
    assert speakers <= {"Kenyan officials"}


def test_a_name_closing_an_apposition_before_said_speaks_not_the_name_after_it() -> None:
    sentence = (
        "The numbers came as the transport minister, Ana Okafor, said the Harbour Safety Agency had mapped "
        "the fault."
    )
    assert speaker_of(sentence)[0] == "Ana Okafor"


def test_an_agency_official_of_a_state_is_not_the_state() -> None:
    assert speaker_of("A US aid official said on Monday the agency had given out 45,000 food parcels.")[
        0
    ] == ("US aid official")


@pytest.mark.parametrize(
    ("sentence", "speaker", "country"),
    [
        (
            "The US Department of Health and Human Services said on Monday that recalls had doubled.",
            "US Department of Health and Human Services",
            "USA",
        ),
        (
            "The Centre for Strategic and International Studies said on Monday the ship was hit.",
            "Centre for Strategic and International Studies",
            "",
        ),
        (
            "The Institute of Tropical Medicine said on Monday the samples were new.",
            "Institute of Tropical Medicine",
            "",
        ),
    ],
)
def test_an_organisation_named_head_for_or_of_words_is_one_name(
    sentence: str, speaker: str, country: str
) -> None:
    assert speaker_of(sentence) == (speaker, country)


@pytest.mark.parametrize(
    "sentence",
    [
        "State Attorney General Troy King said on Monday the case was closed.",
        "Troy King said on Monday the case was closed.",
    ],
)
def test_a_role_word_after_a_first_name_is_a_surname(sentence: str) -> None:
    assert speaker_of(sentence)[0] == "Troy King"


def test_a_role_word_before_a_name_stays_a_role() -> None:
    found = [
        (e.name, e.role) for e in load_gazetteer().find("King Charles said on Monday the deal was good.")
    ]
    assert found == [("Charles", "king")]


@pytest.mark.parametrize(
    "text",
    [
        "Coast Guard Adm. Ruth Lund said on Monday the water had dropped. Adm Lund said on Tuesday crews "
        "were ready.",
        "Adm Lund said on Tuesday crews were ready, a day after Admiral Ruth Lund flew in.",
        "Gen Ruth Lund said on Monday the water had dropped. Admiral Lund said on Tuesday crews were ready.",
        "Dr Ruth Lund said on Monday the water had dropped. Prof Lund said on Tuesday crews were ready.",
        "Coast Guard Commandant Ruth Lund said on Monday the water had dropped. Lund said on Tuesday crews "
        "were ready.",
    ],
)
def test_a_title_before_a_family_name_is_the_person_already_named(text: str) -> None:
    people = {e.name for e in load_gazetteer().find(text) if e.kind == "actor" and "Lund" in e.text}
    assert people == {"Ruth Lund"}


def test_an_organisation_after_a_role_and_a_country_is_no_person() -> None:
    text = "Jane Roe, acting head of the US Department of Health and Human Services, said on Monday."
    actors = {e.name for e in load_gazetteer().find(text) if e.kind == "actor"}
    assert actors == {"Jane Roe", "US Department of Health and Human Services"}


def test_a_role_word_inside_a_bodys_name_takes_no_person() -> None:
    text = "Jane Roe, a consultant at Southampton General Hospital, said on Monday the ward was full."
    actors = {e.name for e in load_gazetteer().find(text) if e.kind == "actor"}
    assert "Hospital" not in actors and "Jane Roe" in actors


def test_a_bodys_name_may_join_two_words_with_and() -> None:
    text = "The National Aeronautics and Space Administration said on Monday the probe had landed."
    assert [e.name for e in load_gazetteer().find(text)] == ["National Aeronautics and Space Administration"]


def test_a_role_word_surname_said_again_is_the_person_already_named() -> None:
    text = "Troy King said on Monday the case was closed. King said on Tuesday it would reopen."
    assert [e.name for e in load_gazetteer().find(text)] == ["Troy King", "Troy King"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an adverb between a name no list knows and its verb
        ("Okafor also said the port would reopen on Friday.\n", "Okafor"),
        ("Renwick had earlier said the port would stay shut.\n", "Renwick"),
        # a one-word body no list knows, with a listed name in what it said
        ("Calder said it expected the European Union to face higher bills than first forecast.\n", "Calder"),
        # a name in the possessive form is one name, not a plural noun
        ("Moody's said on Monday it expected the bank to face higher costs.\n", "Moody's"),
    ],
)
def test_a_name_no_list_knows_in_the_subjects_slot_speaks(text: str, speaker: str) -> None:
    assert {m.speaker for m in speakers_mentions(text) if m.event_type == "statement"} == {speaker}


def test_a_hyphened_word_stays_in_a_bodys_name() -> None:
    text = "The Oregon Mid-Valley Farm and Dairy Association said the levy would cost hundreds of jobs.\n"
    assert [m.speaker for m in speakers_mentions(text)] == ["Oregon Mid-Valley Farm and Dairy Association"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Egypt's Interior Ministry closed the Rafah crossing on Sunday.\n\n"
            "The ministry said on Monday the crossing would reopen within a week.\n",
            "Egypt's Interior Ministry",
        ),
        (
            "The Kenya Ports Authority reported two new cases among dock workers on Sunday.\n\n"
            "Shipping lines kept sailing.\n\n"
            "The authority also said on Monday that all of the workers were recovering at home.\n",
            "Kenya Ports Authority",
        ),
    ],
)
def test_a_body_referred_to_by_its_kind_is_the_one_named_before(text: str, speaker: str) -> None:
    """ "The ministry said", "the authority said": the body of that kind the article named before."""
    assert [m.speaker for m in speakers_mentions(text) if m.is_speech][-1] == speaker


def test_a_body_referred_to_by_a_kind_no_earlier_name_has_speaks_by_its_kind() -> None:
    text = (
        "Shares in Vantor Mining fell on Monday.\n\n"
        "The ministry said on Monday the crossing would stay open until further notice.\n"
    )
    """The remarks stay (a ministry spoke), but are not given to the one body the article named."""
    assert [m.speaker for m in speakers_mentions(text) if m.is_speech] == ["Ministry"]


@pytest.mark.parametrize(
    "text",
    [
        'Dr Ana Okafor was asked on Monday whether the clinic would close. She replied: "We will stay open '
        'as long as there are patients to treat."\n',
        'Dr Ana Okafor was asked on Monday whether the clinic would close. "We will stay open as long as '
        'there are patients to treat," she replied.\n',
    ],
)
def test_a_reply_by_a_pronoun_is_the_person_named_before(text: str) -> None:
    """ "he replied" is remarks like "he said", by the person the sentence before was about."""
    speech = [m for m in speakers_mentions(text) if m.is_speech]
    assert [(m.speaker, m.quote[:12]) for m in speech] == [("Ana Okafor", "We will stay")]


def test_remarks_sent_by_email_are_remarks() -> None:
    text = '"The delay was purely a question of paperwork," e-mailed company spokesman Tomas Reyes.\n'
    assert [(m.event_type, m.speaker) for m in speakers_mentions(text)] == [("statement", "Tomas Reyes")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister replied to the letter on Monday.",
        "The senator e-mailed the documents to the committee on Monday.",
    ],
)
def test_a_reply_or_an_email_with_no_words_quoted_is_no_remark(sentence: str) -> None:
    assert [m.event_type for m in speakers_mentions(sentence + "\n") if m.is_speech] == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "country"),
    [
        (
            "Kenya-based charity Amani Trust has urged donors to cancel the debts of the flooded districts.",
            "Amani Trust",
            "KEN",
        ),
        ("Aid group Medair urged donors on Monday to send tents to the valley.", "Medair", ""),
    ],
)
def test_where_a_body_is_based_is_its_country_not_the_speaker(
    sentence: str, speaker: str, country: str
) -> None:
    """ "UK-based charity Oxfam has urged": the origin adjective describes the body; the body speaks."""
    assert speaker_of(sentence) == (speaker, country)


def test_a_subject_described_with_a_place_and_its_country_keeps_its_verb() -> None:
    """ "X, a Chilean diplomat in Nairobi, Kenya, dismissed ...": the description (with the comma between a
    city and its country) is skipped to find who acted, and the clause tells who did what."""
    text = (
        "Tomas Reyes, a Chilean diplomat in Nairobi, Kenya, dismissed the allegations on Monday, saying the "
        "aid had been delivered in full.\n"
    )
    (mention,) = speakers_mentions(text)
    assert (mention.event_type, mention.speaker, mention.speaker_country) == ("denial", "Tomas Reyes", "CHL")
    assert mention.clause.startswith("Tomas Reyes dismissed the allegations")


def test_he_after_a_bodys_remarks_is_not_the_body() -> None:
    """ "he said" after a charity's or a ministry's remarks stands for a person the text did not name as
    a speaker (a survivor, a child), never for the body: the remarks are nobody's the extractor can tell."""
    text = (
        "The Flood Relief Trust said on Monday its appeal had raised $12m.\n\n"
        '"I want to go back to my farm but the water is still too high," he said.\n'
    )
    assert [(m.speaker, m.clause[:10]) for m in speakers_mentions(text)] == [
        ("Flood Relief Trust", "its appeal")
    ]


def test_a_bodys_spokesman_after_an_inverted_verb_is_the_speaker() -> None:
    text = '"It was purely a question of translation," e-mailed Vantor Mining spokesman Tomas Reyes.\n'
    assert [m.speaker for m in speakers_mentions(text)] == ["Tomas Reyes"]


def test_a_listener_named_in_several_words_is_not_what_was_said() -> None:
    text = (
        "Company spokesman Tomas Reyes told the Harbour Daily Courier changes have been made to the scheme "
        "to favour fishermen.\n"
    )
    (mention,) = speakers_mentions(text)
    assert mention.clause == "changes have been made to the scheme to favour fishermen"


def test_a_person_described_at_length_before_said_is_the_speaker_not_the_body_in_the_description() -> None:
    sentence = (
        "Ana Okafor, chief executive of the Coastal Relief Alliance - an umbrella group of 13 charities "
        "based in the region, said on Monday the appeal had raised $4m."
    )
    assert speaker_of(sentence)[0] == "Ana Okafor"


@pytest.mark.parametrize(
    "text",
    [
        "Adm. Tomas R. Berg said on Monday the cap held. Later Tomas Berg said the well was shut.",
        "Tomas Berg said on Monday the cap held. Later Tomas R. Berg said the well was shut.",
    ],
)
def test_a_middle_initial_does_not_make_a_second_person(text: str) -> None:
    names = {e.name for e in load_gazetteer().find(text) if e.kind == "actor" and "Berg" in e.text}
    assert len(names) == 1


def test_a_body_described_before_a_verb_that_leads_to_what_it_said_keeps_what_it_said() -> None:
    text = (
        "The Coastal Fishing Federation, a trade group representing boat owners in the region, estimates "
        "that lost earnings from the closed grounds could total $30 million a month.\n"
    )
    (mention,) = speakers_mentions(text)
    assert mention.clause == "lost earnings from the closed grounds could total $30 million a month"


def test_an_opening_phrase_of_time_goes_whole_from_a_quoted_clause() -> None:
    text = (
        "Ana Okafor, from the Coastal Relief Alliance, told reporters on Monday the camps were too big.\n\n"
        '"In the past, we have learned that very big shelters bring all kinds of safety problems for '
        'the families who live in them," she said.\n'
    )
    clauses = [m.clause for m in speakers_mentions(text) if m.speaker == "Ana Okafor"]
    assert clauses and not clauses[-1].lower().startswith("past")


@pytest.mark.parametrize(
    "sentence",
    [
        '"We are not small people, and we will not bow to them," said Ana Okafor of New Orleans.',
        '"I am losing money every week because of the spill," said pensioner Tomas Reyes from Chester.',
    ],
)
def test_a_speaker_known_only_by_home_town_or_daily_life_is_colour(sentence: str) -> None:
    assert speakers_mentions(sentence + "\n") == []


def test_a_speaker_of_a_body_after_of_is_news() -> None:
    sentence = '"The ban will cost the state thousands of jobs," said Ana Okafor of Oxfam.'
    assert [m.speaker for m in speakers_mentions(sentence + "\n")] == ["Ana Okafor"]


def test_a_person_of_a_place_who_speaks_is_the_person_not_the_place() -> None:
    sentence = "Mayor Ana Okafor of New Orleans said on Monday the city would sue the company."
    assert speaker_of(sentence) == ("Ana Okafor", "")


def test_an_apology_is_a_statement() -> None:
    text = 'Later on Wednesday, Ana Okafor apologised for her remark: "I spoke clumsily, and I am sorry."\n'
    assert [(m.event_type, m.speaker) for m in speakers_mentions(text)] == [("statement", "Ana Okafor")]


def test_an_outlet_that_reports_at_the_close_of_a_sentence_is_its_source() -> None:
    text = (
        "A large share of the 2,400 permits issued by the council have gone to owners of holiday homes, "
        "the Harbour Daily Courier reports.\n"
    )
    (mention,) = speakers_mentions(text)
    assert mention.speaker == "Harbour Daily Courier"
    assert mention.clause.startswith("A large share of the 2,400 permits issued by the council")


def test_reports_as_a_noun_is_no_verb_of_saying() -> None:
    assert [
        m for m in speakers_mentions("Media reports say the ferry sank near the harbour.\n") if m.is_speech
    ] == []


def test_remarks_cut_from_their_subject_by_the_scrape_make_no_event() -> None:
    text = "apologized to the company, saying the deal made on Wednesday amounted to a shakedown.\n"
    assert speakers_mentions(text) == []


def test_a_name_left_on_a_line_of_its_own_is_the_subject_of_the_line_after() -> None:
    text = (
        "The hearing was upstaged by another apology.\n\n"
        "Rep. Ana Okafor (D-Ore.)\n\n"
        "apologized to the company, saying the deal made on Wednesday amounted to a shakedown.\n"
    )
    assert [(m.event_type, m.speaker) for m in speakers_mentions(text)] == [("statement", "Ana Okafor")]


def test_what_a_letter_said_is_what_was_said() -> None:
    text = (
        "Sen. Ana Okafor said on Wednesday she would raise the ban with the president.\n\n"
        "The senator wrote in a letter to the president on Thursday that the mining ban could cut up "
        "to 900 jobs in the state.\n"
    )
    letter = speakers_mentions(text)[-1]
    assert (letter.event_type, letter.speaker) == ("statement", "Ana Okafor")
    assert letter.clause == "the mining ban could cut up to 900 jobs in the state"


def test_initials_glossing_lower_case_words_are_a_term_not_a_company() -> None:
    text = (
        "Vantor Mining Corporation shares fell on Monday as its credit default swaps (CDS) rose.\n\n"
        "The company also said it would sell about $3bn of its ports.\n"
    )
    # (the sale it announces is its own act, acts26: the act keeps who made it known)
    assert [m.speaker for m in speakers_mentions(text) if m.speaker] == ["Vantor Mining Corporation"]


def test_initials_naming_who_a_pronoun_stands_for_are_the_company() -> None:
    found = load_gazetteer().find('"They (VMC) underestimated the flow," said the professor.')
    assert [e.name for e in found if e.kind == "actor"] == ["VMC"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Harbour Daily Courier reported on Tuesday the Transport Ministry will join the lawsuits "
            "brought against the operator.",
            "Harbour Daily Courier",
        ),
        (
            "Over the weekend, the Sunday Ledger of London reported that the group is in talks to sell "
            "about $3 billion of its ports.",
            "Sunday Ledger of London",
        ),
    ],
)
def test_another_outlets_story_is_its_claim_not_the_happening(sentence: str, speaker: str) -> None:
    (mention,) = speakers_mentions(sentence + "\n")
    assert (mention.event_type, mention.speaker) == ("claim", speaker)


def test_at_that_time_is_when_it_was_said_not_what() -> None:
    # (dated: an undated remark "at that time" looks back on an earlier occasion and makes no event,
    # tests/test_unmatched31.py)
    text = "In March the Transport Ministry said at that time it wanted to stay out of the class action.\n"
    (mention,) = speakers_mentions(text)
    assert not mention.clause.lower().startswith("time")


def test_a_happening_in_an_opening_phrase_of_telling_is_not_the_sentences_news() -> None:
    """ "Describing the moment the bridge gave way, she said: ..." tells no collapse of that day."""
    text = (
        'Describing the moment the bridge gave way, she said: "I was holding my son and I could not move."\n'
    )
    assert [m.event_type for m in speakers_mentions(text)] == []


def test_a_person_given_an_office_with_is_speaks_on_as_he_or_she() -> None:
    text = (
        "Tomas Reyes is president of the Coastal Health Partners, which co-ordinates medical aid.\n\n"
        'He said: "We have to make sure the medicines we send are exactly what the doctors need."\n'
    )
    assert [m.speaker for m in speakers_mentions(text) if m.is_speech] == ["Tomas Reyes"]


def test_a_bare_surname_is_the_one_person_named_in_full() -> None:
    text = (
        "Dr Tomas Reyes was convicted on Monday. Reyes said he would appeal. Reyes told a television "
        "interviewer on Tuesday he had not been distracted."
    )
    names = {e.name for e in load_gazetteer().find(text) if e.kind == "actor"}
    assert names == {"Tomas Reyes"}


def test_an_office_opening_a_sentence_is_of_the_country_the_story_speaks_for() -> None:
    text = (
        "Egypt's Foreign Minister Sameh Shoukry said on Sunday the crossing would reopen.\n\n"
        "The interior ministry said on Monday that 400 people had crossed.\n"
    )
    assert [(m.speaker, m.speaker_country) for m in speakers_mentions(text)][-1] == (
        "Egypt's interior ministry",
        "EGY",
    )


def test_a_school_named_with_a_lower_case_kind_is_who_the_school_is() -> None:
    text = (
        "Harwell community and arts college in Dorset closed after a pupil caught the virus.\n\n"
        "The school said on Monday it was asking the exam board to let its pupils sit papers later.\n"
    )
    assert [m.speaker for m in speakers_mentions(text) if m.is_speech] == [
        "Harwell community and arts college"
    ]


def test_a_place_set_apart_after_a_subject_leaves_the_subject_with_its_verb() -> None:
    text = (
        "Kestrel school, in north Dorset, will be closed this week after a pupil was found to have measles.\n"
    )
    assert speakers_mentions(text)[0].clause.startswith("Kestrel school will be closed this week")


def test_a_kind_of_place_with_an_article_is_no_institutions_name() -> None:
    names = [
        e.name
        for e in load_gazetteer().find("He died in a Scottish hospital after falling ill.")
        if e.kind == "actor"
    ]
    assert names == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Rescuer Tomas Reyes said on Monday no one had been found alive.", "Tomas Reyes"),
        ("Christian Tomas Reyes said on Monday no one had been found alive.", "Christian Tomas Reyes"),
    ],
)
def test_what_a_speaker_does_before_the_name_is_not_the_name(sentence: str, speaker: str) -> None:
    assert speaker_of(sentence)[0] == speaker


def test_a_country_closing_a_bodys_name_does_not_speak() -> None:
    sentence = "Several groups, including the Vermont-based Democracy for Kenya, have called for a boycott."
    assert [m.speaker for m in speakers_mentions(sentence + "\n")] in ([], [""])


def test_a_verb_of_saying_that_describes_a_noun_gives_no_speaker_to_the_main_clause() -> None:
    built = build_reports(
        (
            dt.date(2026, 5, 14),
            "The council closed the bridge on Monday, a decision that the mayor said was overdue.",
        )
    )
    assert [(kind, title) for kind, _day, _end, title, _n in built] == [
        ("other", "The council closed the bridge")
    ]


def test_words_said_then_a_described_speaker_stay_one_sentence_and_headline_the_remarks() -> None:
    built = build_reports(
        (
            dt.date(2026, 5, 14),
            '"We can at last say that the harbour is safe again," retired navy admiral Jane Roe, who '
            "oversees the government response to the flood, said in a statement.",
        )
    )
    assert [(kind, title) for kind, _day, _end, title, _n in built] == [
        ("statement", "Jane Roe: “We can at last say that the harbour is safe again”")
    ]


def test_a_companys_legal_form_is_part_of_its_name() -> None:
    found = load_gazetteer().find("Germany's Siemens AG said on Tuesday it would cut 2,000 jobs.")
    assert [(e.kind, e.name.split("'s ")[-1], e.country) for e in found if e.kind == "actor"] == [
        ("actor", "Siemens AG", "DEU")
    ]


def speakers_by_sentence(text: str) -> list[tuple[str, str]]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 13)))
    return [(m.speaker, m.sentence.text[:14]) for m in extract_mentions(article, load_gazetteer())]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the office of a person no list knows speaks for her
        ("Jane Roe's office said she would visit the coast.", "Jane Roe"),
        # a linking aside between a name no list knows and its verb
        ("Okafor, for its part, said it would send more trucks to the coast.", "Okafor"),
        # an ampersand joins the words of one firm's name
        ("Rating agency Smith & Weston also warned of downgrades to the region's banks.", "Smith & Weston"),
        # a name set apart by commas, then an auxiliary before the verb
        (
            "Most of those hurt had only bruises, but the transport minister of the coast province, Peter "
            "Otieno, has warned that the ferry would close.",
            "Peter Otieno",
        ),
        # who else joined in, set apart by commas, is not where the subject ends
        (
            "Authorities in North Rift Valley and Western Province, as well as the capital, have told "
            "travellers to avoid the coast for a week.",
            "Authorities",
        ),
    ],
)
def test_remarks_whose_subject_has_more_than_a_name_keep_their_speaker(sentence: str, speaker: str) -> None:
    assert [name for name, _ in speakers_by_sentence(sentence)] == [speaker]


@pytest.mark.parametrize(
    "second",
    [
        "It said in a statement on Tuesday that the closure was temporary.",
        "It added that ships would be sent to another port.",
        "It did not commit to a reopening date, as shipowners had hoped, and said the closure was needed.",
    ],
)
def test_it_that_speaks_is_the_organisation_named_just_before(second: str) -> None:
    found = speakers_by_sentence("The Harbour Board closed the port on Monday. " + second)
    assert (("Harbour Board", second[:14])) in found


def test_it_never_stands_for_a_person_or_for_nobody() -> None:
    assert [
        s for s, _ in speakers_by_sentence("Jane Okafor closed her shop on Monday. It said nothing.")
    ] == [""]
    assert [s for s, _ in speakers_by_sentence("It is said that the storm damaged the coast.")] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ferry is being allowed to sail for another day, says the Dutch official in charge of the "
            "port repairs.",
            "Dutch official in charge of the port repairs",
        ),
        (
            "The storm hit on Friday. Many roads were shut. The ferry will stay closed for another day, the "
            "official in charge of the port said.",
            "Official in charge of the port",
        ),
    ],
)
def test_a_person_named_by_the_charge_he_holds_speaks(text: str, speaker: str) -> None:
    assert speaker in [name for name, _ in speakers_by_sentence(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        'Jane Roe, former Labour spokeswoman, called the move a "strange choice."',
        'Jane Roe, former White House chief of staff, called the move a "strange choice."',
        'Jane Roe, a former minister, called the plan "a disgrace".',
    ],
)
def test_a_person_described_after_her_name_speaks_when_she_calls_something_a_name(sentence: str) -> None:
    text = "The storm hit on Friday. Many roads were shut. " + sentence
    assert ("Jane Roe", sentence[:14]) in speakers_by_sentence(text)


def test_a_name_given_to_a_thing_is_no_speech() -> None:
    text = "The storm hit on Friday. Many roads were shut. A new design, called the Sentinel, was tested."
    assert [s for s, opening in speakers_by_sentence(text) if opening.startswith("A new")] in ([], [""])


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'The new estimate was welcomed by Energy Secretary Jane Roe as "a significant step forward".',
            "Jane Roe",
        ),
        ("The plan was criticised by the opposition Labour Party.", "Labour Party"),
    ],
)
def test_a_reaction_told_in_the_passive_is_the_words_of_whoever_reacted(sentence: str, speaker: str) -> None:
    text = "The storm hit on Friday. Many roads were shut. " + sentence
    assert (speaker, sentence[:14]) in speakers_by_sentence(text)


def test_a_verb_of_saying_in_the_passive_with_nobody_named_still_names_no_speaker() -> None:
    text = "The storm hit on Friday. Many roads were shut. The plan was announced on Monday."
    assert all(speaker == "" for speaker, _ in speakers_by_sentence(text))


def test_after_a_bystander_spoke_he_is_no_longer_the_speaker_before() -> None:
    text = (
        "The storm hit on Friday. Many roads were shut. Jane Roe, from NWG, said the firm had sent 70 boats. "
        "One resident told the BBC the storm was worse than any before. "
        '"This is the worst I have seen," he said.'
    )
    assert [s for s, opening in speakers_by_sentence(text) if opening.startswith('"This')] == []


def test_a_listed_leader_with_his_title_and_a_description_stays_the_listed_speaker() -> None:
    text = (
        "The storm hit on Friday. Many roads were shut. President Donald Trump, whose ratings fell during "
        'the crisis, welcomed an "important milestone". Trump said the coast would recover fully.'
    )
    assert {s for s, _ in speakers_by_sentence(text) if s} == {"Donald Trump"}


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            'Jane Roe, former White House chief of staff, called the move a "strange choice."',
            'Jane Roe called the move a "strange choice"',
        ),
        (
            'The new offer was welcomed by Transport Secretary Jane Roe as "a real step forward".',
            'Jane Roe welcomed the new offer as "a real step forward"',
        ),
    ],
)
def test_a_speaker_named_away_from_the_verb_heads_the_title(sentence: str, title: str) -> None:
    built = build_reports(
        (dt.date(2026, 5, 13), "The storm hit on Friday. Many roads were shut. " + sentence)
    )
    assert title in [t for _kind, _day, _end, t, _n in built]


def test_two_bodies_joined_by_and_are_two_actors() -> None:
    (mention,) = speakers_mentions(
        "The Royal Navy and Shell towed the burning barge out of the harbour on Monday.\n"
    )
    assert "Royal Navy and Shell" not in mention.actors and "Royal Navy" in mention.actors
    (mention,) = speakers_mentions(
        "The Ministry of Mines and Energy said on Monday it would cut fuel prices.\n"
    )
    assert mention.actors[:1] == ("Ministry of Mines and Energy",)


def test_a_company_named_after_its_country_keeps_its_own_name() -> None:
    (mention,) = speakers_mentions("Norway's Lysaker Offshore ASA said on Monday it had shut a platform.\n")
    assert mention.actors[:1] == ("Lysaker Offshore ASA",) and mention.countries == ("NOR",)
    (mention,) = speakers_mentions("Canadian Minerals has said it will cover the cost of the repairs.\n")
    assert mention.actors[:1] == ("Canadian Minerals",) and mention.speaker == "Canadian Minerals"


def test_people_of_a_scene_setting_clause_are_not_the_actors() -> None:
    (mention,) = speakers_mentions(
        "As Prime Minister Jane Roe prepared to fly in, engineers said the dam had held overnight.\n"
    )
    assert "Jane Roe" not in mention.actors
    mentions = speakers_mentions(
        "While the IAEA has said costs will rise, it is clear they are not covered.\n"
    )
    assert not any(actor.startswith("While") for m in mentions for actor in m.actors)


def test_a_bare_surname_shared_by_two_people_of_the_text_is_nobody_in_particular() -> None:
    text = (
        "Relatives of Anna Holt will ask for a second inquiry, friends said on Monday.\n\n"
        "Her cousin Mark Holt said on Monday the family was upset.\n\n"
        "Holt collapsed at her home in the city on Thursday.\n"
    )
    collapsed = [m for m in speakers_mentions(text) if "collapsed" in m.sentence.text]
    assert collapsed and "Mark Holt" not in collapsed[0].actors


def test_a_trailing_as_clause_sets_the_scene_but_as_well_as_adds_an_actor() -> None:
    (added,) = speakers_mentions(
        "Oxfam said on Monday it would send food to the north, "
        "as well as tents from the Kenya Red Cross Society.\n"
    )
    assert added.actors == ("Oxfam", "Kenya Red Cross Society")
    (scene,) = speakers_mentions(
        "Oxfam said on Monday it would send food to the north, "
        "as the Kenya Red Cross Society ran out of tents.\n"
    )
    assert scene.actors == ("Oxfam",)


def test_a_body_named_in_an_aside_between_dashes_is_not_the_speaker() -> None:
    (mention,) = speakers_mentions(
        "The Harbour Safety Board - the successor to the disbanded Marine Inspection Agency - said on Monday "
        "it was opening an inquiry into the fire.\n"
    )
    assert mention.speaker == "Harbour Safety Board"


def test_a_disease_known_by_its_initials_is_no_actor() -> None:
    mentions = speakers_mentions("Memories of how SARS spread through the port in March 2011 came back.\n")
    assert not any("SARS" in m.actors for m in mentions)


def test_a_he_said_after_a_bystander_is_the_bystanders_not_the_last_officials() -> None:
    text = (
        "The company began a new clean-up on Monday along the coast of the state, officials said.\n\n"
        "Company spokesman Tom Hale said on Monday that 40 boats were at work.\n\n"
        "One local farmer told the paper the flood was the worst in his lifetime.\n\n"
        '"It will take many years to put this right," he said.\n\n'
        "Mary Stone, who runs a cafe near the harbour, moved her children inland last month.\n\n"
        '"I was told never to throw a bottle in the sea," she said.\n'
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 12)))
    told = {m.sentence.text: m.speaker for m in extract_mentions(article, load_gazetteer())}
    assert told["Company spokesman Tom Hale said on Monday that 40 boats were at work."] == "Tom Hale"
    # the fisherman's and the cafe owner's words are colour, and never the spokesman's
    assert [s for s, who in told.items() if who == "Tom Hale"] == [
        "Company spokesman Tom Hale said on Monday that 40 boats were at work."
    ]
    assert not any("Mary Stone" in s for s in told)


def test_a_bystander_quoted_again_by_surname_is_still_colour() -> None:
    text = (
        "Rescuers pulled a boy from the rubble of a school on Monday, officials said.\n\n"
        '"That is not right," said Tom Roe, 33, who runs a cafe in the port.\n\n'
        '"We could all use a day off from the dust, too," Mr Roe told a news agency.\n\n'
        "The governor, Jane Hale, said on Monday the state would sue.\n\n"
        '"We will not wait," Ms Hale told reporters.\n'
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 12)))
    speakers = [m.speaker for m in extract_mentions(article, load_gazetteer())]
    assert speakers == ["Officials", "Jane Hale", "Jane Hale"]


def test_it_said_after_a_quotation_is_the_body_heard_last_never_a_person() -> None:
    text = (
        "The agency renamed the virus on Thursday, officials said.\n\n"
        "The WHO has always said the fever cannot be passed on through food.\n\n"
        '"There is no danger in eating well-cooked beef," it said on its website on Thursday.\n\n'
        "Health minister Jane Roe said on Thursday that schools would stay open.\n\n"
        '"The plan is sound," it said.\n'
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 15)))
    told = [(m.speaker, m.sentence.text[:14]) for m in extract_mentions(article, load_gazetteer())]
    # the standing position is no event, but "it" is the WHO; after a person, "it" is nobody known
    assert ("WHO", '"There is no d') in told
    assert not any(text.startswith("The WHO has") for _, text in told)
    assert not any(text.startswith('"The plan') for _, text in told)


@pytest.mark.parametrize(
    "said",
    [
        'Okafor said on CNN\'s "State of the Union" show on Sunday.',
        "Okafor told CNN on Sunday.",
    ],
)
def test_the_outlet_words_were_said_on_is_not_the_it_that_speaks_next(said: str) -> None:
    text = (
        f'"We think more than half of the grain has been recovered," {said}\n'
        "But the survey never said it was recovered, according to the auditors.\n"
        "It said the grain was moved or sold, meaning it could still be found.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 12)))
    assert all(m.speaker != "CNN" for m in extract_mentions(article, load_gazetteer()))


def test_an_organisation_named_before_still_speaks_as_it() -> None:
    text = (
        "The Harbour Board closed the port on Monday after a chemical leak.\n"
        "It said the closure would last at least two days.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 12)))
    assert "Harbour Board" in {m.speaker for m in extract_mentions(article, load_gazetteer())}


def test_indicated_in_an_interview_is_words_given_and_data_indicating_is_not() -> None:
    said = (
        "The Refugee Agency is likely to raise its emergency level to the top of its scale, its director "
        "indicated in an interview published on Monday."
    )
    article = prepare_article("own.txt", said + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    found = extract_mentions(article, load_gazetteer())
    assert [m.event_type for m in found] == ["statement"]
    assert not any(m.clause.startswith("Its director") for m in found)
    data = "Figures published on Monday indicated a sharp slowdown in factory output."
    article = prepare_article("own.txt", data + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    assert all(m.event_type != "statement" for m in extract_mentions(article, load_gazetteer()))


def test_a_saying_in_a_clause_that_describes_a_noun_with_no_comma_is_not_the_sentences() -> None:
    # what was said lacks its subject: it is the fever, the noun the clause describes
    described = (
        "The new phase would bring more support for poorer countries which lack the doctors to respond to "
        "the fever that the agency has said could be most dangerous for children."
    )
    assert _main_speech(described, []) is None
    # what was said has a subject of its own: the ministry said it
    assert _main_speech("This is the first time that the ministry has said it will cut the budget.", [])


# Verbs that put a view, a reply or a demand on the record, beyond "say" and "tell": each makes remarks with
# their speaker, in any tense and in the inverted order after a quotation.
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Mayor Ana Okonjo suggested on Monday that the strike could end within a week.", "Ana Okonjo"),
        ("Karl Weber, the general in charge of the relief effort, disagreed on Monday.", "Karl Weber"),
        (
            '"The ruling has shut every school in the district," argued lawyer Jane Roe on Monday.',
            "Jane Roe",
        ),
        (
            "Fifty-four senators on Monday wanted the airline to put $2 billion into a fund.",
            "Fifty-four senators",
        ),
        ("Port officials caution they are preparing fallback plans, they said on Monday.", "Port officials"),
    ],
)
def test_more_verbs_of_saying_make_remarks_with_their_speaker(sentence: str, speaker: str) -> None:
    assert speaker_of(sentence)[0] == speaker


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        # a verb that may take a thing for its subject gives way to a plain verb of saying
        ("Early tests of the sample suggest it is a mild strain, doctors say.", "say"),
        ("The ministry is demanding new safety checks before the bridge reopens.", "demanding"),
        ("The mayor wants the utility to pay for the repairs.", "wants"),
        ("Roe acknowledged that the count had been wrong.", "acknowledged"),
        ("Surveyors outlined on Friday the repairs they plan to begin next month.", "outlined"),
        # ("The firm suggested it had paid, a day after the regulator demanded it": the firm's words)
        ("The firm suggested it had paid, a day after the regulator demanded an answer.", "suggested"),
        # no saying: a noun, an aim of one's own, an adjective
        ("Doctors urged caution about the new drug.", "urged"),
        ("She wants to run for the seat again next year.", None),
        ("The suggested changes to the route were dropped.", None),
        # a thing that shows: nobody speaks
        ("Recent tests suggest the virus is less severe than feared.", None),
        ("Research had suggested that the dye harmed fish.", None),
        # ("suggested this weeks ago": what was said is in another report)
        ("A former mayor suggested this weeks ago on the radio.", None),
        ("The forecasters' team is calling for a busy storm season.", None),
    ],
)
def test_which_verb_says_it(sentence: str, verb: str | None) -> None:
    found = _main_speech(sentence, [])
    assert (found.group() if found else None) == verb


def test_a_recorded_interview_is_the_speakers_remarks_on_its_day() -> None:
    text = (
        "Airline grounds fleet after engine fault\n"
        "The airline grounded its fleet of 40 jets on Tuesday, its safety office said.\n"
        "In this video interview from May 5, chief executive Tom Hale says the pilots did well.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 12)))
    said = [m for m in extract_mentions(article, load_gazetteer()) if m.speaker == "Tom Hale"]
    assert [m.date_start for m in said] == [dt.date(2026, 5, 5)]


def speakers_of_text(text: str) -> list[str]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    return [m.speaker for m in extract_mentions(article, load_gazetteer())]


def test_the_business_described_by_its_kind_replies_as_the_one_named_before() -> None:
    # "The British airline dismissed it, saying ...": a reply to the previous sentence's report, by the
    # business named last, described by where it is from and what it is
    text = (
        "Northwind Airlines Ltd shares fell 4% on Monday after a leaked report put the repair bill at $2 "
        "billion. The British airline dismissed it, saying the number had been misread."
    )
    assert "Northwind Airlines Ltd" in speakers_of_text(text)


def test_a_body_that_puts_out_an_estimate_last_night_speaks() -> None:
    text = (
        "The Harbour Board closed the port on Monday. Government engineers last night put out their "
        "highest estimate to date of the damage, saying the quay had lost 40 metres of wall."
    )
    assert "Government engineers" in speakers_of_text(text)


def test_what_speakers_say_they_are_doing_is_news_a_standing_view_is_not() -> None:
    text = (
        "Three people died in a fire at a care home in Leeds on Sunday. Firefighters took two hours to put "
        "out the blaze. Forty residents were moved to a school hall. The cause is not yet known. "
        "Police say they are not treating the deaths as suspicious. "
        "The care home's owners say the building is among the safest in the city."
    )
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    said = [
        m.sentence.text for m in extract_mentions(article, load_gazetteer()) if m.event_type == "statement"
    ]
    assert any(s.startswith("Police say they are not treating") for s in said)
    assert not any(s.startswith("The care home's owners say") for s in said)


@pytest.mark.parametrize(
    ("sentence", "pieces"),
    [
        (
            "Engineers suggest the repair could take another month and the Harbour Board says it does not "
            "trust the figures.",
            2,
        ),
        (
            "Tom Hale said the clinic would reopen on Friday and Oxfam said its staff would return.",
            2,
        ),
        # one saying by a subject of two parts, or the same speaker going on
        ("Officials and the company said the road would reopen on Friday.", 1),
        ("Jane Roe and Tom Hale say the clinic will reopen on Friday.", 1),
        ("The figure is far above what the agency and the Harbour Board have said.", 1),
        ("Tom Hale said the clinic would reopen on Friday and said he would visit it.", 1),
        ("A spokesman declined to comment and the Harbour Board said nothing.", 1),
        # an earlier saying by another that this one answers
        (
            "The airline suggested it had already made its position on refunds clear, a day after the "
            "regulator demanded an answer on the issue.",
            2,
        ),
    ],
)
def test_a_second_speaker_with_a_verb_of_their_own_is_read_apart(sentence: str, pieces: int) -> None:
    assert len(two_speakers(sentence)) == pieces


def test_two_speakers_in_one_sentence_make_two_remarks() -> None:
    text = (
        "Flooding closed the main road on Monday. Tom Hale said on Monday the road would reopen within a "
        "week and Oxfam said on Monday its staff would hand out food in the meantime."
    )
    assert {"Tom Hale", "Oxfam"} <= set(speakers_of_text(text))


def speakers_and_sentences(text: str) -> list[tuple[str, str]]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    return [(m.speaker, m.sentence.text) for m in extract_mentions(article, load_gazetteer())]


def test_he_after_a_body_that_spoke_is_not_the_body() -> None:
    # "The UN says ..." then "He later told reporters ...": a union of states is nobody's "he"
    found = speakers_and_sentences(
        "The storm flattened the village on Monday.\n\n"
        "The United Nations says more than 13,000 people have been moved out of the valley.\n\n"
        "He later told reporters that bottled water and biscuits had kept him going."
    )
    assert not any(speaker == "United Nations" and text.startswith("He later") for speaker, text in found)


def test_he_after_someone_new_is_not_the_speaker_before_them() -> None:
    found = speakers_and_sentences(
        "The storm flattened the village on Monday.\n\n"
        "Interior Minister Tom Baker said rescuers had reached the valley on Monday.\n\n"
        "Neighbours clapped as Arlo Benning - pale but waving - was carried out of the collapsed depot.\n\n"
        "He later told reporters that bottled water and biscuits had kept him going."
    )
    assert not any(speaker == "Tom Baker" and text.startswith("He later") for speaker, text in found)


def test_he_stands_for_the_titled_person_who_spoke_last_not_an_earlier_speaker() -> None:
    found = speakers_and_sentences(
        "The White House dismissed the preacher's remarks about the flood on Thursday.\n\n"
        "Spokesman Tom Baker said on Thursday he was stunned by the remarks.\n\n"
        "During a sermon on his own channel, Mr Hale suggested the flood was a judgement.\n\n"
        "He said the city had broken its word to God when it allowed casinos."
    )
    said = [speaker for speaker, text in found if text.startswith("He said the city")]
    assert said and "Tom Baker" not in said
    assert any("Hale" in speaker for speaker in said)


def test_he_added_after_a_correspondents_words_is_comment_too() -> None:
    found = speakers_and_sentences(
        "The health ministry confirmed the first death from the virus on Sunday.\n\n"
        'Health Minister Ana Okonjo said: "Our thoughts are with the family."\n\n'
        'The Daily Planet\'s health correspondent Tom Hale said: "The risk to the public remains low."\n\n'
        'He added: "Seasonal flu kills thousands of people every winter."'
    )
    assert not any(speaker == "Ana Okonjo" and "Seasonal flu" in text for speaker, text in found)
    assert not any("Seasonal flu" in text and speaker for speaker, text in found)


def test_a_country_named_in_an_aside_between_dashes_is_not_the_speaker() -> None:
    found = speakers_and_sentences(
        "Finance ministers met in Brussels on Monday to discuss the debt crisis.\n\n"
        "And the group of lender nations - including Germany, France and Japan - has called on other "
        "countries to follow its lead in cancelling debts to Greece."
    )
    assert not any(speaker in ("Germany", "France", "Japan") for speaker, _text in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Internal documents criticise Jane Roe, director of the Federal Aviation Agency, saying she ignored "
        "warnings about the engines.",
        "The audit also blamed Interior Minister Tom Baker, saying that in a series of interviews he had "
        "misstated the cost of the bridge.",
    ],
)
def test_who_is_criticised_is_not_who_says_why(sentence: str) -> None:
    found = speakers_and_sentences(sentence)
    assert found
    assert not any(speaker in ("Jane Roe", "Tom Baker", "Federal Aviation Agency") for speaker, _t in found)


def test_a_body_whose_spokesman_blames_another_still_speaks() -> None:
    found = speakers_and_sentences(
        "A Renwick Marine spokesman blamed the Federal Aviation Agency, saying its inspectors ignored "
        "warnings."
    )
    assert [speaker for speaker, _t in found] == ["Renwick Marine"]


def test_names_in_an_opening_phrase_before_they_said_do_not_speak() -> None:
    found = speakers_and_sentences(
        "European transport ministers met in Lisbon on Thursday.\n\n"
        "Rejecting a French plan to ban lorries from Spain, they said it was for each government to set "
        "its own rules.\n\n"
        "Rejecting a plan to close the border with Spain - the main route of the lorries - they said it "
        "would harm trade."
    )
    assert not any(speaker in ("Spain", "France") for speaker, _t in found)


def test_a_person_described_after_the_words_quoted_speaks_not_the_body_of_the_description() -> None:
    found = speakers_and_sentences(
        '"The outlook is just so uncertain," Ann Okafor, chief economist at the Central Bank of Kenya, told '
        "reporters on Monday."
    )
    assert [speaker for speaker, _t in found] == ["Ann Okafor"]


def test_an_opening_phrase_of_time_or_manner_comes_before_the_company_or_it_that_speaks() -> None:
    # a report of Thursday 12 March 2026
    for second, speaker in (
        ("On Wednesday, the company said the cap had been put back on the well.", "BP"),
        ("Late Wednesday, the company said the cap had been put back on the well.", "BP"),
        ("In a statement on Wednesday, it said the cap had been put back on the well.", "BP"),
    ):
        text = "BP shares rose sharply in London.\n\n" + second + "\n"
        article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 3, 12)))
        said = [m for m in extract_mentions(article, load_gazetteer()) if m.sentence.text == second]
        assert [(m.speaker, m.date_start) for m in said] == [(speaker, dt.date(2026, 3, 11))], second


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a body no list knows closes the sentence: the firm named in what was said does not speak
        (
            "Norvik Petroleum Plc must pay for the new sea wall in full, a regional commission said on "
            "Monday.",
            "Regional commission",
        ),
        # ... nor does a union named in a statement's words: the statement speaks
        (
            "The European Union has agreed to fund half of the new border posts, the statement said.",
            "The statement",
        ),
    ],
)
def test_an_unnamed_body_or_paper_closing_the_sentence_speaks_not_a_name_in_its_words(
    sentence: str, speaker: str
) -> None:
    assert speaker_of(sentence)[0] == speaker


def test_a_closing_definite_body_may_be_the_one_named_before() -> None:
    # ("the commission" may be the European Commission named in the words: left to the name)
    assert (
        speaker_of(
            "The European Union will probably reach a deal with the four coastal states soon, the "
            "commission said."
        )[0]
        == "European Union"
    )


def test_a_body_seated_in_a_city_named_in_its_own_phrase_names_the_city_once() -> None:
    sentence = "Prosecutors at the hearing in Denver said on Monday the pilot had been drunk."
    assert speaker_of(sentence) == ("Prosecutors at the hearing in Denver", "USA")


@pytest.mark.parametrize(("pronoun", "speaker"), [("she", "Ana Berg"), ("he", "Tom Hale")])
def test_he_or_she_who_speaks_agrees_with_the_gender_the_text_gives(pronoun: str, speaker: str) -> None:
    text = (
        "Ana Berg, a spokeswoman for the harbour board, said on Monday the port would shut.\n\n"
        "Mr Tom Hale, the ferry captain, said on Monday that the crossing would reopen.\n\n"
        f'"We expect the first boats on Friday," {pronoun} said.\n'
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 12)))
    last = extract_mentions(article, load_gazetteer())[-1]
    assert (last.quote or last.clause).startswith("We expect")
    assert last.speaker == speaker


@pytest.mark.parametrize("verb", ["argued", "conceded", "cautioned"])
def test_any_verb_of_saying_after_he_or_she_agrees_with_the_gender_the_text_gives(verb: str) -> None:
    # (a writer quoted in between is a man: "she argued" is the woman heard before him, not him)
    text = (
        "The board shut the port on Tuesday, its director Ana Berg said.\n\n"
        '"Nobody saw it coming," wrote the novelist Tom Hale in his diary.\n\n'
        f"But while Berg accepted the risk of panic, she {verb} on Wednesday that the greater risk "
        "was delay.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 14)))
    last = extract_mentions(article, load_gazetteer())[-1]
    assert "greater risk" in (last.quote or last.clause)
    assert last.speaker == "Ana Berg"


def test_a_person_named_earlier_in_the_sentence_may_be_the_she_who_speaks() -> None:
    # (the man heard last cannot be "she"; the woman named in the sentence's own opening clause is)
    text = (
        "The port will stay shut until Friday, harbour master Tom Hale said on Monday.\n\n"
        "While the board chair Ana Berg accepted the risk of delays, she argued on Tuesday that safety came "
        "first.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 14)))
    last = extract_mentions(article, load_gazetteer())[-1]
    assert "safety" in (last.quote or last.clause)
    assert last.speaker == "Ana Berg"


def test_a_person_the_sentence_tells_of_is_not_the_she_who_speaks() -> None:
    # ("President Roe" is briefed, the object: with no gender given, he is not taken for "she")
    text = (
        "The port will stay shut until Friday, harbour master Mr Tom Hale said on Monday.\n\n"
        "The minister has briefed President Roe on the findings and the navy has offered to help clear the "
        "channel, she said.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 14)))
    assert all("Roe" not in m.speaker for m in extract_mentions(article, load_gazetteer()))


def test_a_person_named_before_the_city_they_speak_from_speaks() -> None:
    assert speaker_of("Gary Olsen in San Diego says the mine shut on Monday.")[0] == "Gary Olsen"


def test_an_office_seated_in_a_region_no_list_knows_speaks_with_no_country() -> None:
    # the region is neither a person who speaks nor a country; the event stays
    sentence = (
        "The health ministry in the state of North Tarvia said on Thursday most cases were found on Monday."
    )
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    said = extract_mentions(article, load_gazetteer())[0]
    assert (said.speaker, said.speaker_country) == ("Health ministry of North Tarvia", "")


def mention_of(sentence: str) -> tuple[str, tuple[str, ...]]:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    mention, *_ = extract_mentions(article, load_gazetteer())
    return mention.speaker, mention.actors


@pytest.mark.parametrize(
    "sentence",
    [
        "The coast guard said on Monday it had pulled 40 people from the sea off the cape.",
        "Forty people were pulled from the sea on Monday, the coast guard said.",
        "Later the coast guard said 40 people had been pulled from the sea.",
    ],
)
def test_a_body_named_in_lower_case_is_the_body_not_its_last_word(sentence: str) -> None:
    assert mention_of(sentence)[0] == "Coast Guard"


def test_a_body_named_in_lower_case_keeps_its_modifier() -> None:
    assert mention_of("The local coast guard said on Monday it had pulled 40 people from the sea.")[0] == (
        "Local coast guard"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Nora Lindqvist and Pavel Ostrov said on Monday the mill would shut in June.",
        "The mill will shut, Nora Lindqvist and Pavel Ostrov said on Monday.",
        "But Nora Lindqvist and Pavel Ostrov said on Monday the mill would shut in June.",
    ],
)
def test_two_people_who_speak_together_are_both_actors(sentence: str) -> None:
    speaker, actors = mention_of(sentence)
    assert speaker == "Pavel Ostrov"
    assert {"Nora Lindqvist", "Pavel Ostrov"} <= set(actors)


def test_a_place_before_and_is_no_second_speaker() -> None:
    speaker, actors = mention_of(
        "Farmers in Upper Tarvia and Pavel Ostrov said on Monday the dam had leaked."
    )
    assert speaker == "Pavel Ostrov"
    assert "Upper Tarvia" not in actors


@pytest.mark.parametrize(
    "sentence",
    [
        "Pavel Ostrov, head of the Tarvia Water Department, was quoted as saying the pipes would be mended.",
        "Pavel Ostrov, head of the Tarvia Water Department, was quoted by a local paper as saying the pipes "
        "would be replaced.",
        "Pavel Ostrov, Director of Water Works, was quoted as saying the pipes would be replaced.",
    ],
)
def test_a_person_described_then_quoted_as_saying_is_the_speaker(sentence: str) -> None:
    assert mention_of(sentence)[0] == "Pavel Ostrov"


def test_a_body_quoted_as_saying_is_still_the_speaker() -> None:
    sentence = "The Tarvia Water Department was quoted as saying the pipes would be replaced."
    assert mention_of(sentence)[0] == "Tarvia Water Department"


ENGINEER = "Engineer Lena Voss told reporters on Monday the pipe was blocked. "


@pytest.mark.parametrize(
    "closing",
    [
        '"We tried twice. The valve was shut and that called for a second test," Voss said.',
        "The crew would be paid within two days if they file a claim by Friday, Voss said.",
        'The crew set up signs urging drivers to "slow down and keep left", Voss said.',
    ],
)
def test_a_surname_closing_the_sentence_is_the_speaker_named_before(closing: str) -> None:
    article = prepare_article("own.txt", ENGINEER + closing + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    said = [m for m in extract_mentions(article, load_gazetteer()) if closing.endswith(m.sentence.text)]
    assert said and all(m.speaker == "Lena Voss" for m in said)


@pytest.mark.parametrize(
    "text",
    [
        "On a visit to the dam, Lena Voss, 64, dipped her hand in the water.\n\n"
        "This reminds me a lot of Portugal, Voss said through a translator.",
        "Farmer Lena Voss, 64, walked the flooded field on Tuesday.\n\n"
        "It looks like Portugal after the storms, Voss said at a news conference.",
    ],
)
def test_a_closing_name_with_a_tail_of_how_it_was_said_speaks_not_a_country_in_the_remark(text: str) -> None:
    [said] = [m for m in report_mentions(text, dt.date(2026, 5, 12)) if "Portugal" in m.sentence.text]
    assert said.speaker.endswith("Voss")


def test_names_in_what_was_said_are_not_the_closing_speaker() -> None:
    text = (
        ENGINEER + "The board met the Harbour Authority on Tuesday and asked that the plan start at once, "
        "Voss said.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 12)))
    said = [m for m in extract_mentions(article, load_gazetteer()) if "Voss said" in m.sentence.text]
    assert said and all(m.speaker in ("Lena Voss", "") for m in said)
    assert any(m.speaker == "Lena Voss" for m in said)


def test_a_titled_name_closing_the_sentence_speaks_not_a_country_in_what_was_said() -> None:
    # (none24) "says Senator Hale" after the words: the senator, not Britain (a professor's undated guess like
    # this one is colour since the thirty-ninth session, so the office here is one whose view is news)
    assert speaker_of("The risk to Britain is low until the winter, says Senator Hale.") == ("Hale", "")
    text = (
        "Senator Ana Hale of the Harbour Committee led the inquiry, published on Monday.\n\n"
        "Its full effect on Britain will not be known until the winter, says Senator Hale."
    )
    said = [m for m in report_mentions(text, dt.date(2026, 5, 12)) if m.is_speech]
    assert [m.speaker for m in said] == ["Ana Hale"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # (none24) who put the paper out speaks, not a place named in what was said
        (
            "Boats were moved out of the path of a storm over the Bahamas on Monday, according to a "
            "statement from the coast guard command centre in Miami.",
            "Coast guard command centre",
        ),
        (
            "Boats were moved out of the path of a storm over the Bahamas on Monday, according to a "
            "statement from Shell.",
            "Shell",
        ),
    ],
)
def test_a_statement_from_someone_names_its_source(sentence: str, speaker: str) -> None:
    assert speaker_of(sentence)[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The schools inspectorate, Edvance, said: "Pupils will sit their papers as planned."\n', "Edvance"),
        ("The country's drugs regulator, Anvisa, said the vaccine was safe.\n", "Anvisa"),
        ("The charity, Save the Children, said it had sent a team to the coast.\n", "Save the Children"),
    ],
)
def test_a_name_in_apposition_to_what_it_is_speaks(text: str, speaker: str) -> None:
    """ "The schools inspectorate, Edvance, said": a name no list knows, set beside what it is right before
    the verb, is the speaker."""
    assert [m.speaker for m in speakers_mentions(text) if m.speaker] == [speaker]


def test_a_place_in_apposition_before_other_speakers_is_not_one() -> None:
    text = "In the capital, Kinshasa, officials said the roads were closed on Monday.\n"
    assert [m.speaker for m in speakers_mentions(text) if m.is_speech] == ["Officials"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme added nearly 3 percent on Tuesday, while Globex gained 3.2 percent.",
        "The bank's shares added 15 cents on Monday to close at a two-year high.",
    ],
)
def test_added_before_a_figure_is_a_gain_not_words(sentence: str) -> None:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    assert all(m.event_type != "statement" for m in extract_mentions(article, load_gazetteer()))


def test_added_after_a_quotation_is_still_words() -> None:
    assert speaker_of(
        "The strike will go on until the pay offer is raised, the union leader added on Monday."
    )[0] == ("Union leader")


def test_a_surname_two_speakers_share_is_the_one_last_named_in_full() -> None:
    text = (
        "Judge Anna Novak said on Monday that the court would sit again in June.\n\n"
        "Prosecutor Petr Novak said on Monday that the charges would be widened. "
        "Novak said on Monday that two more witnesses would be heard.\n"
    )
    speakers = [m.speaker for m in report_mentions(text, dt.date(2026, 3, 9)) if m.is_speech]
    assert speakers[-1] == "Petr Novak"


def test_a_surname_two_speakers_share_paragraphs_later_is_the_one_the_report_is_about() -> None:
    text = (
        "Governor Victor Hale said on Sunday that the dams would be rebuilt.\n\n"
        "His wife, Ruth Hale, said on Sunday that the family would stay in the valley.\n\n"
        "Later, the crowd cheered as the convoy left.\n\n"
        "Hale said on Sunday that the state would pay for the repairs.\n"
    )
    speakers = [m.speaker for m in report_mentions(text, dt.date(2026, 3, 9)) if m.is_speech]
    assert speakers[-1] == "Victor Hale"
