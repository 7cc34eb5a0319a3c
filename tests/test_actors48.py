"""The forty-eighth session's rules of who and which country: a report of the US Congress, its members
written with party and state ("Sen. Ann Lowe (D-N.M.)"), is set in the US though it names few places."""

from __future__ import annotations

import pytest

from events.extract.entities import Gazetteer, article_country, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def home(text: str, gazetteer: Gazetteer) -> str:
    return article_country(text, gazetteer.find(text))


@pytest.mark.parametrize(
    "text",
    [
        # a hearing on a rail merger, two members and one state
        "Two rail firms defended their merger before a Senate panel on Tuesday. Sen. Harold Wexby (R-Ohio) "
        "said fares would rise. Sen. Dana Okoro (D-Vt.) asked about jobs in Nevada.",
        # a vote on a farm bill, three members
        "The farm bill passed the House in Washington on Friday. Rep. Glen Tasker (R-Iowa) called it a win "
        "for growers. Rep. Mira Santi (D-Calif.) voted against it. Rep. Owen Blake (D-Ore.) said the "
        "subsidies were too large.",
        # a drug-price inquiry, the tags after commas
        "Drug makers were questioned by lawmakers in Washington on Wednesday. Sen. Paula Verne, D-Minn., "
        "said prices had doubled. Sen. Carl Hodder, R-Utah, said the inquiry was unfair. Sen. Ruth Amsel, "
        "D-Mass., agreed.",
        # a storm relief bill, two members and a state named as where
        "Congress approved storm aid on Thursday. Sen. Lyle Danner (R-Miss.) said the money would reach "
        "towns in Alabama. Sen. Ines Porto (D-Fla.) praised the vote.",
        # a Senate debate: the members' states found in their tags still say where, as before
        "The Senate debated the farm bill on Monday. Sen. Ana Pell (R-Texas) backed it. Sen. Ben Cole "
        "(D-Ohio) opposed it.",
        # a sports doping hearing
        "Baseball officials were grilled over doping on Monday. Rep. Ted Marlow (R-Texas) said the league "
        "had failed fans in Houston. Rep. Nia Crane (D-N.Y.) called for testing. Rep. Sam Ordway (D-Ill.) "
        "said players were afraid.",
    ],
)
def test_members_of_congress_with_party_and_state_set_the_report_in_the_us(
    text: str, gazetteer: Gazetteer
) -> None:
    assert home(text, gazetteer) == "USA"


@pytest.mark.parametrize(
    "text",
    [
        # one member only: too little to set a report anywhere
        "A court heard the fraud case on Monday. Sen. Harold Wexby (R-Ohio) attended the hearing.",
        # members who speak of another country's election
        "Observers watched the vote in Kenya on Sunday. Sen. Dana Okoro (D-Vt.) said Kenya had voted "
        "calmly. Sen. Glen Tasker (R-Iowa) praised Kenya's election board.",
        # a flood abroad, members pledging aid to Pakistan and India
        "Floods swept Pakistan on Friday. Rep. Mira Santi (D-Calif.) urged aid to Pakistan and India. Rep. "
        "Owen Blake (D-Ore.) said India also needed help.",
        # no party tag: a name with a hyphened word that is no state
        "The striker signed for the club on Monday. Tom Baxter (E-Sports) said the fee was large. Ann Lowe "
        "(X-Files) agreed.",
        # a health report of another country, the members quoted once each
        "Measles cases rose in France on Tuesday. Sen. Paula Verne (D-Minn.) said France must vaccinate. "
        "Health officials in Paris and Lyon confirmed the cases in France.",
        # a coup abroad that names no country, told through American senators: their states are where they
        # are from, not where the news is
        "Rebels took the capital on Friday and the president fled. Sen. Ann Lowe (D-N.M.) condemned the "
        "rebels. Sen. Tom Baxter (D-Minn.) called for talks. Sen. Ruth Amsel (R-Utah) urged sanctions.",
        "The army seized power in the capital on Wednesday and shut the airport. Sen. Ann Lowe (D-N.M.) "
        "condemned the coup on Thursday. Sen. Tom Baxter (R-Ohio) called for sanctions on the junta.",
        # a war abroad, two members on a talk show
        "Shelling went on along the border on Sunday. Rep. Mira Santi (D-Calif.) said the ceasefire had "
        "failed. Rep. Owen Blake (R-Texas) called for talks.",
    ],
)
def test_members_of_congress_leave_a_report_of_another_country_alone(text: str, gazetteer: Gazetteer) -> None:
    assert home(text, gazetteer) != "USA"


def actors(text: str, gazetteer: Gazetteer) -> list[str]:
    return [e.name for e in gazetteer.find(text) if e.kind == "actor"]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Firefighters were called to Pump Station 4 near the river on Monday, the water board said.",
            "Pump",
        ),
        (
            "A gas leak forced the evacuation of Research Station 12 on Tuesday, the survey office said.",
            "Research",
        ),
        ("Crews were sent to Fire Station 7 in the east of the city on Sunday, the fire chief said.", "Fire"),
        (
            "Mayor Tom Haller, speaking from the Emergency Operations Center, said the flood had crested.",
            "Emergency",
        ),
        ("Governor Ana Pell, talking from the State Crisis Centre, said roads would stay shut.", "State"),
        ("Chief Ben Cole, reporting from the Central Fire Station, said the blaze was out.", "Central"),
    ],
)
def test_a_numbered_site_or_where_a_speaker_speaks_from_is_no_actor(
    text: str, site: str, gazetteer: Gazetteer
) -> None:
    assert not any(name.startswith(site) for name in actors(text, gazetteer))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Kennedy Space Center said on Monday the launch was delayed by rain.", "Kennedy Space Center"),
        ("Ana Roe, speaking for the Harbour Authority, said the port would reopen.", "Harbour Authority"),
        # an employer the speaker calls or writes from, or a body without a place's head
        ("Tom Hale, calling from the Red Cross, said aid was on its way.", "Red Cross"),
        (
            "Ana Pell, writing from the Federal Reserve Bank of Boston, said rates would rise.",
            "Federal Reserve Bank of Boston",
        ),
        ("Ben Cole, speaking from the Water Board, said the pipes were safe.", "Water Board"),
        (
            "Data from the Climate Research Centre showed the summer was the hottest on record.",
            "Climate Research Centre",
        ),
        (
            "A spokesman for the National Weather Center said the storm would reach the coast.",
            "National Weather Center",
        ),
        (
            "Speaking from Berlin, the Rail Workers Union said the strike would go ahead.",
            "Rail Workers Union",
        ),
    ],
)
def test_a_body_named_as_a_centre_or_after_from_stays_an_actor(
    text: str, body: str, gazetteer: Gazetteer
) -> None:
    assert body in actors(text, gazetteer)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ('"The merger will go ahead," said Jane Roe and John Doe, the founders of the firm.', "John Doe"),
        ("The school will close in June, said Mayor Tom Hale and Governor Ana Pell on Monday.", "Ana Pell"),
        ("Floodwater reached the town hall, said Jane Roe and Tom Hale, two residents.", "Tom Hale"),
        ("The drug works, said Dr Ana Kim and Dr Ben Cole of the clinic.", "Ben Cole"),
        ('"We were robbed," said Lena Ortiz and Paul Kerr after the final whistle.', "Paul Kerr"),
    ],
)
def test_a_second_speaker_joined_by_and_after_the_verb_speaks_too(
    text: str, second: str, gazetteer: Gazetteer
) -> None:
    assert second in actors(text, gazetteer)


@pytest.mark.parametrize(
    ("text", "not_a_speaker"),
    [
        ('"We lost," said Jane Roe and then she left the court.', "then"),
        ("The vote was close, said Jane Roe and New Mexico officials agreed.", "New Mexico"),
        ('"It was a fair trial," said Jane Roe and Partners in a statement.', "Partners"),
        ("Prices rose, said Tom Hale and Jane Roe Street was closed.", "Jane Roe"),
        ('"We are ready," said Tom Hale and his team nodded.', "his team"),
        # the subject of a clause of its own, a verb or a noun after it
        ('"The rain will stop," said Tom Hale and Boxing Day races went ahead.', "Boxing"),
        ('"The match is on," said Ana Pell and Grand Slam organisers agreed on Monday.', "Grand"),
        ('"Turnout was strong," said Tom Hale and Ben Cole won the seat.', "Ben Cole"),
        ('"The plan is sound," said Jane Roe and Tom Hale\'s lawyer disagreed.', "Tom Hale"),
        # a storm's or a day's name
        ('"The worst is over," said Tom Hale and Hurricane Ana.', "Hurricane"),
    ],
)
def test_what_follows_and_after_a_speaker_is_no_second_speaker_unless_a_name(
    text: str, not_a_speaker: str, gazetteer: Gazetteer
) -> None:
    assert not any(name.startswith(not_a_speaker) for name in actors(text, gazetteer))


@pytest.mark.parametrize(
    ("text", "once"),
    [
        (
            "The bank named Ana Roe its chief on Monday. Between 1994 and 1997 she was based in Lagos, "
            "working in Nigeria. From 2003 to 2008 she ran its office in Abuja. Staff in Ohio welcomed her.",
            "NGA",
        ),
        (
            "The coach was sacked on Sunday. From 2001 to 2005 he coached clubs in Madrid, Seville and "
            "Valencia in Spain. He said he would rest.",
            "ESP",
        ),
        (
            "The bishop retired on Friday. Between 1980 and 1992 he served parishes in Lima, Cusco and "
            "Peru's north. He said he would rest.",
            "PER",
        ),
        (
            "The charity named a new head on Tuesday. From 1999 until 2004 she worked in Nairobi and Mombasa "
            "in Kenya. She starts in March.",
            "KEN",
        ),
        (
            "The conductor died on Monday aged 90. Between 1960 and 1975 he led orchestras in Vienna, "
            "Salzburg and Graz in Austria. Tributes poured in.",
            "AUT",
        ),
        (
            "Led by Ana Roe from 2003 to 2008, the firm grew. She ran its office in Lima and Cusco in Peru "
            "between 2003 and 2008. She retired on Friday.",
            "PER",
        ),
        (
            "The singer was born in 1950. From 1970 to 1980 she lived in Paris and Lyon in France, then "
            "moved on. Her album is out now.",
            "FRA",
        ),
    ],
)
def test_places_of_a_span_of_years_past_do_not_set_the_report(
    text: str, once: str, gazetteer: Gazetteer
) -> None:
    # (the report names no other place: it is set nowhere)
    assert home(text, gazetteer) == ""


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Floods hit Lima on Monday. Rescuers in Peru searched for survivors. From 2003 to 2008 the "
            "minister ran a charity in Kenya. The mayor of Lima said Peru needed help. Troops reached Cusco.",
            "PER",
        ),
        (
            "Voters in Kenya went to the polls on Tuesday. Queues formed in Nairobi and Mombasa. Turnout in "
            "Kisumu was high, officials said.",
            "KEN",
        ),
        (
            "Madrid won the derby on Sunday. Fans in Seville and Valencia watched in bars across Spain. The "
            "2010-11 season ends in May.",
            "ESP",
        ),
        (
            "A quake shook Lima on Friday. Houses fell in Cusco and Arequipa in Peru. Between them the two "
            "cities lost power.",
            "PER",
        ),
        (
            "Nurses in Vienna went on strike on Monday. Clinics in Graz and Salzburg in Austria closed. The "
            "union has struck twice since 2004.",
            "AUT",
        ),
        # a career told in a clause of a sentence of the day's news, or before a verb of its own
        (
            "Ana Roe, who led the country from 1990 to 2000, died in Lima on Monday. Mourners gathered in "
            "Lima and Cusco. She was 86.",
            "PER",
        ),
        (
            "A former governor who served from 2003 to 2011 was convicted in Springfield, Illinois. Jurors "
            "in Springfield deliberated for a week.",
            "USA",
        ),
        (
            "Voters in Ohio elected a governor on Tuesday who ran a hospital chain from 1999 to 2009. "
            "Turnout in Columbus and Cleveland was high.",
            "USA",
        ),
        (
            "Spain beat Italy 2-0 in Madrid on Sunday. Fans in Madrid and Seville cheered a side that played "
            "unbeaten between 2008 and 2012.",
            "ESP",
        ),
        # "led to" tells a cause, not a career
        ("Floods between 2010 and 2012 led to new dams in Thailand. Rain fell again in Bangkok.", "THA"),
    ],
)
def test_places_of_the_reports_days_still_set_it(text: str, country: str, gazetteer: Gazetteer) -> None:
    assert home(text, gazetteer) == country


def test_what_went_on_in_a_place_over_years_still_sets_the_report(gazetteer: Gazetteer) -> None:
    text = (
        "The audit was published on Tuesday. It found that staff took gifts at the Dayton, Ohio office of "
        "the tax agency between 2001 and 2007. The agency apologised."
    )
    assert home(text, gazetteer) == "USA"
