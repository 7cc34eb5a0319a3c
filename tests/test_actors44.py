"""One person, one actor name within a report: news names a person in full once and by surname after, so a
surname alone among a sentence's actors is the one person the report names in full with it. Every sentence
is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.coreference import _full_names_in_text, _owner_meant
from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.merge.actor_names import same_name_key, settled_names


def _mentions(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 3, 8)))
    return extract_mentions(article, load_gazetteer())


def _actors(text: str, words: str) -> tuple[str, ...]:
    (mention,) = [m for m in _mentions(text) if words in m.sentence.text]
    return mention.actors


def test_a_titled_surname_that_acts_is_the_person_the_report_names_in_full() -> None:
    text = (
        "ACCRA (Wire) - Flood waters rose across the delta on Friday. Yesterday President Kwame Mensah said "
        "the damage was terrible. Officials said President Mensah ordered troops to the delta on Thursday."
    )
    assert "Kwame Mensah" in _actors(text, "ordered troops")
    assert "Mensah" not in _actors(text, "ordered troops")


def test_a_courtesy_title_of_the_other_sex_keeps_the_surname() -> None:
    text = (
        "ACCRA (Wire) - Yesterday Peter Mensah described the damage as terrible. Officials said Mrs Mensah "
        "ordered troops to the delta on Thursday."
    )
    assert "Peter Mensah" not in _actors(text, "ordered troops")


def test_a_courtesy_title_takes_only_one_the_text_shows_of_that_sex() -> None:
    # (a given name no list holds says no sex: "Mrs Asante" is not the farmer, maybe his wife)
    text = (
        "LONDON (Wire) - Yesterday Kofi Asante, a farmer, said the flood was terrible. Mr and Mrs Asante "
        "lost their home. Officials said Mrs Asante was taken to hospital on Monday."
    )
    assert "Kofi Asante" not in _actors(text, "taken to hospital")
    text = "Ama Boateng said she would appeal. Officials said Mrs Boateng was taken to hospital on Monday."
    assert _owner_meant({"Ama Boateng"}, text.rindex("Boateng"), text) == "Ama Boateng"


def test_a_word_that_opens_a_sentence_is_no_given_name() -> None:
    text = "Perhaps Mensah will resign, perhaps not. Clearly Mensah stayed. Yesterday Kwame Mensah said no."
    entities = load_gazetteer().find(text)
    assert _full_names_in_text("Mensah", text, entities) == {"Kwame Mensah"}
    for opener in ("Nonetheless", "Afterwards", "Overnight", "Undeterred", "Striker"):
        text = (
            f"ACCRA (Wire) - {opener} Mensah ordered troops to the border on Monday. Officials said "
            "President Mensah ordered the curfew lifted on Tuesday."
        )
        assert all(f"{opener} Mensah" not in m.actors for m in _mentions(text))


def test_a_title_party_or_standing_is_no_given_name() -> None:
    for word in ("Republican", "Sheikh", "Coach", "Democrat", "Tory", "Opposition", "Candidate", "Bishop"):
        text = (
            f"WASHINGTON (Wire) - The bill was backed by {word} Hale on Sunday. Officials said Senator Hale "
            "ordered a recount on Monday."
        )
        assert all(f"{word} Hale" not in m.actors for m in _mentions(text))
        text = f"{word} Hale said the vote was fair. Senator Hale ordered a recount on Monday."
        assert _full_names_in_text("Hale", text, load_gazetteer().find(text)) == set()
    # (a capitalised word no list holds is a given name for an actor only where the entities found a person)
    for word in ("Alderman", "Gallant"):
        text = (
            f"WASHINGTON (Wire) - The bill was backed by {word} Hale on Sunday. Officials said Senator Hale "
            "ordered a recount on Monday."
        )
        assert all(f"{word} Hale" not in m.actors for m in _mentions(text))
    for word in ("Wife", "Suspect", "Defendant", "Comrade"):
        text = f"{word} Hale said the vote was fair. Senator Hale ordered a recount on Monday."
        assert _full_names_in_text("Hale", text, load_gazetteer().find(text)) == set()


def test_a_given_name_the_lists_know_opens_a_sentence_as_well() -> None:
    text = "The vote was close. Fiona Mensah said she would appeal. Later Mensah resigned."
    entities = load_gazetteer().find(text)
    assert _full_names_in_text("Mensah", text, entities) == {"Fiona Mensah"}


def test_a_name_in_full_may_open_a_sentence() -> None:
    text = "Kwame Mensah said he lost his herd. Peter Mensah visited. Mr Mensah said he would rebuild."
    entities = load_gazetteer().find(text)
    assert _full_names_in_text("Mensah", text, entities) == {"Kwame Mensah", "Peter Mensah"}


def test_a_bodys_head_first_or_last_is_one_name() -> None:
    assert same_name_key("Department of Fisheries") == same_name_key("Fisheries Department")
    assert same_name_key("the Ministry of the Interior") == same_name_key("Interior Ministry")
    assert same_name_key("Ghana's Department of Fisheries") == same_name_key("Ghana's Fisheries Department")
    assert same_name_key("Department of Fisheries") != same_name_key("Department of Fisheries and Oceans")
    assert same_name_key("Department Store Workers") == "department store workers"


def test_an_ampersand_is_and() -> None:
    settled = settled_names(["Forest & Game Service", "Forest and Game Service"])
    assert settled == {"Forest & Game Service": "Forest and Game Service"}


def test_an_initialism_is_its_body_however_reports_misspell_the_full_name() -> None:
    names = ["NWA", "Ghana National Water Agency", "National Waters Agency", "Ghanaian National Water Agency"]
    settled = settled_names(names)
    assert settled["NWA"] == "Ghana National Water Agency"
    assert settled["Ghanaian National Water Agency"] == "Ghana National Water Agency"
    # (an agency and an administration of the same letters may be two bodies)
    assert "NWA" not in settled_names(["NWA", "National Water Agency", "National Water Administration"])


def test_bodies_that_share_the_first_letters_of_each_word_stay_apart() -> None:
    # (the head word in full: a commission is no committee; the others a slip of two letters at most)
    assert settled_names(["RVC", "Regional Voting Commission", "Regional Voting Committee"]) == {}
    assert settled_names(["NSC", "National Sailing Committee", "National Sailing Commission"]) == {}
    assert settled_names(["ITO", "Internal Tariff Office", "International Tariff Office"]) == {}
    settled = settled_names(["FWA", "Federal Waterway Agency", "Federal Waterways Agencies"])
    assert settled["FWA"] in ("Federal Waterway Agency", "Federal Waterways Agencies")
    settled = settled_names(["NMA", "Nationl Mining Authority", "National Mining Authority"])
    assert settled["NMA"] in ("Nationl Mining Authority", "National Mining Authority")


def test_a_title_the_one_named_in_full_is_never_written_with_keeps_the_surname() -> None:
    text = "The first lady, Ama Mensah, opened a clinic. Officials said President Mensah ordered troops out."
    assert _owner_meant({"Ama Mensah"}, text.rindex("Mensah"), text) == ""
    text = "Yesterday Ama Mensah opened a clinic. Officials said President Mensah ordered troops out."
    assert _owner_meant({"Ama Mensah"}, text.rindex("Mensah"), text) == ""
    text = "Yesterday President Ama Mensah opened a clinic. Officials said President Mensah ordered it."
    assert _owner_meant({"Ama Mensah"}, text.rindex("Mensah"), text) == "Ama Mensah"
    text = "Ama Mensah, the president of the council, opened a clinic. Later President Mensah ordered it."
    assert _owner_meant({"Ama Mensah"}, text.rindex("Mensah"), text) == "Ama Mensah"
    # (a verb before the name in full is no title of it: "said", "arrested" alike)
    for verb in ("said", "arrested"):
        text = (
            f"NAIROBI (Wire) - Police {verb} Wanjiru Otieno was detained at the airport on Sunday. Officials "
            "said Judge Otieno ordered her release on Monday."
        )
        assert _owner_meant({"Wanjiru Otieno"}, text.rindex("Otieno"), text) == ""


def test_a_surname_in_a_possessive_before_kin_is_not_the_person() -> None:
    text = "Yesterday Sir Tobias Quill spoke. Officials met Mr Quill's son on Monday."
    assert _owner_meant({"Tobias Quill"}, text.rindex("Quill"), text) == ""
    text = "Yesterday Sir Tobias Quill spoke. Officials met Mr Quill on Monday."
    assert _owner_meant({"Tobias Quill"}, text.rindex("Quill"), text) == "Tobias Quill"


def test_a_surname_before_the_one_name_in_full_is_not_yet_that_person() -> None:
    text = "Officials said President Mensah ordered troops out. His wife Ama Mensah opened a clinic."
    assert _owner_meant({"Ama Mensah"}, text.index("Mensah"), text) == ""


def test_a_name_in_a_headline_is_no_person_named_in_full() -> None:
    text = "Mayor Rebukes Mensah's Dam Plan\n\nYesterday Kwame Mensah said so on Friday."
    entities = load_gazetteer().find(text)
    assert _full_names_in_text("Mensah", text, entities) == {"Kwame Mensah"}
