"""The extraction engine on the bundled articles (the issue's acceptance list) and on general rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from events.engines.local import build_tables
from events.evaluate import evaluate, load_gold
from events.extract.corpus import Corpus, SourceRow, classify_lines, load_corpus, prepare_article
from events.extract.dating import outlet_reason
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions
from events.schema import Tables, split_list

ROOT = Path(__file__).resolve().parents[1]
AJ = "al-jazeera_zelenskyy-says-at-least-155-chinese-citizens-fighting.txt"
NBC = "nbc-news_more-than-150-chinese-nationals-fighting-for-russia.txt"
NM = "newsmax-ap_ukraine-claims-more-than-150-chinese-fighting.txt"
CAP = "ukraine-captured-2-chinese-nationals-zelensky-says.txt"
DOZ = "ukraine-claims-dozens-of-chinese-nationals-fighting-for-russia.txt"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus(ROOT / "data" / "articles", ROOT / "data" / "sources.csv")


@pytest.fixture(scope="module")
def tables(corpus: Corpus) -> Tables:
    return build_tables(corpus)


def events_where(tables: Tables, event_type: str, pattern: str) -> pd.DataFrame:
    """Events of a type whose title or source sentences match `pattern`."""
    sentences = tables.mentions.groupby("event_id")["sentence"].apply(" ".join)
    events = tables.events[tables.events["event_type"] == event_type]
    text = events["title"] + " " + events["event_id"].map(sentences).fillna("")
    return events[text.str.contains(pattern, case=False, regex=True)]


def one(frame: pd.DataFrame) -> pd.Series:
    assert len(frame) == 1, frame[["event_id", "date", "title"]].to_string()
    return frame.iloc[0]


def day(value: object) -> dt.date:
    return pd.Timestamp(value).date()


def test_the_capture_is_one_event_on_8_april_citing_four_articles(tables: Tables) -> None:
    capture = one(events_where(tables, "capture", "Chinese"))
    assert day(capture["date"]) == dt.date(2025, 4, 8)
    assert capture["precision"] == "day"
    assert capture["n_sources"] >= 4


def test_the_9_april_figures_are_one_contested_claim_with_every_figure(tables: Tables) -> None:
    claim = one(events_where(tables, "claim", "155"))
    assert day(claim["date"]) == dt.date(2025, 4, 9)
    figures = split_list(claim["figures"])
    for value in ("155 Chinese", "more than 150", "168 Chinese"):
        assert any(value.lower() in f.lower() for f in figures), value
    assert all(f.endswith("]") for f in figures)  # each figure names its source
    assert claim["contested"]


def test_chinas_denials_are_one_event_linked_to_the_claim(tables: Tables) -> None:
    denial = one(tables.events[tables.events["event_type"] == "denial"])
    assert day(denial["date"]) == dt.date(2025, 4, 9)
    assert denial["n_sources"] >= 3
    claim = one(events_where(tables, "claim", "155"))
    assert claim["event_id"] in split_list(denial["linked"])
    assert denial["event_id"] in split_list(claim["linked"])
    sentences = " ".join(tables.mentions.loc[tables.mentions["event_id"] == denial["event_id"], "sentence"])
    for words in ("absolutely groundless", "no basis in facts", "totally unfounded"):
        assert words in sentences


def test_the_10_april_follow_up_is_its_own_event(tables: Tables) -> None:
    follow_up = one(events_where(tables, "statement", "irresponsible"))
    assert day(follow_up["date"]) == dt.date(2025, 4, 10)
    assert "Lin Jian" in split_list(follow_up["actors"])


def test_syrskyis_offensive_is_one_event_dated_by_its_context(tables: Tables) -> None:
    offensive = one(events_where(tables, "offensive", "Syrskyi|offensive had begun"))
    assert day(offensive["date"]) == dt.date(2025, 4, 9)
    assert "Oleksandr Syrskyi" in split_list(offensive["actors"])
    assert offensive["date_basis"] == "context"


def test_the_2022_invasion_is_one_background_event_of_month_precision(tables: Tables) -> None:
    invasion = one(events_where(tables, "offensive", "invasion|invaded"))
    assert (day(invasion["date"]), day(invasion["date_end"])) == (dt.date(2022, 2, 1), dt.date(2022, 2, 28))
    assert invasion["precision"] == "month"
    assert invasion["background"]
    assert invasion["n_sources"] == 4


def test_north_koreas_2024_deployment_is_one_event_with_its_disagreeing_figures(tables: Tables) -> None:
    deployment = one(events_where(tables, "deployment", "12,000|10,000"))
    assert day(deployment["date"]).year == 2024 and day(deployment["date_end"]).year == 2024
    figures = " ".join(split_list(deployment["figures"]))
    for value in ("10,000", "11,000", "12,000"):
        assert value in figures


def test_no_event_is_dated_after_its_articles_unless_planned(tables: Tables) -> None:
    published = tables.sources.set_index("article")["published"]
    for event in tables.events.itertuples():
        latest = max(published[a] for a in split_list(event.sources))
        assert event.planned or event.date <= latest, event.title


def test_planned_meeting_next_week_is_marked_planned(tables: Tables) -> None:
    meeting = one(events_where(tables, "diplomacy", "delegation"))
    assert meeting["planned"]
    assert meeting["precision"] == "week"


def test_no_two_events_share_type_date_and_title(tables: Tables) -> None:
    keys = tables.events[["event_type", "date", "title"]].astype(str).agg("|".join, axis=1)
    assert keys.is_unique


def test_no_event_comes_from_captions_buttons_or_footers(corpus: Corpus, tables: Tables) -> None:
    for article in corpus.articles:
        body = [(line.start, line.end) for line in classify_lines(article.text) if line.kind == "body"]
        mentions = tables.mentions[tables.mentions["article"] == article.name]
        for start, end in zip(mentions["start"], mentions["end"], strict=True):
            assert any(s <= start and end <= e for s, e in body)
    sentences = " ".join(tables.mentions["sentence"])
    for noise in ("burned cars", "fires artillery", "An image released", "Newsletter", "Source link"):
        assert noise not in sentences


def test_every_mention_points_at_its_sentence_in_the_article_file(tables: Tables) -> None:
    for mention in tables.mentions.itertuples():
        text = (ROOT / "data" / "articles" / mention.article).read_text("utf-8")
        assert text[mention.start : mention.end] == mention.sentence
        assert mention.date_reason


def test_titles_say_who_and_fit(tables: Tables) -> None:
    assert tables.events["title"].str.len().max() <= 90
    assert not tables.events["title"].str.match(r"(?i)(he|she|his|her|it|they)\b").any()


def test_publication_dates_are_read_or_inferred_with_evidence(tables: Tables) -> None:
    sources = tables.sources.set_index("article")
    assert (day(sources.loc[AJ, "published"]), sources.loc[AJ, "published_basis"]) == (
        dt.date(2025, 4, 9),
        "text",
    )
    assert (day(sources.loc[NM, "published"]), sources.loc[NM, "published_basis"]) == (
        dt.date(2025, 4, 9),
        "text",
    )
    # NBC's "Thursday" mentions and the capture other articles date 8 April place it on Thu 10 April
    assert (day(sources.loc[NBC, "published"]), sources.loc[NBC, "published_basis"]) == (
        dt.date(2025, 4, 10),
        "inferred",
    )
    assert "Tuesday" in sources.loc[NBC, "published_evidence"]
    assert day(sources.loc[DOZ, "published"]) == dt.date(2025, 4, 9)
    assert day(sources.loc[CAP, "published"]) == dt.date(2025, 4, 8)


def test_date_reason_names_the_outlet_and_the_weekday(tables: Tables) -> None:
    capture = one(events_where(tables, "capture", "Chinese"))
    reasons = tables.mentions.loc[tables.mentions["event_id"] == capture["event_id"], "date_reason"]
    assert "'Tuesday' in an NBC News article published Thu 10 Apr 2025 → Tue 8 Apr 2025" in set(reasons)


def test_event_ids_are_stable_across_rebuilds(corpus: Corpus, tables: Tables) -> None:
    again = build_tables(corpus)
    assert list(again.events["event_id"]) == list(tables.events["event_id"])


def test_evaluation_holds_the_level_reached(tables: Tables) -> None:
    scores = evaluate(tables, load_gold(ROOT / "tests" / "data" / "gold_events.csv"))
    assert scores.precision >= 0.95
    assert scores.recall >= 0.92
    assert scores.date_accuracy >= 1.0


# General rules, on sentences written for these tests.


def mentions_of(text: str, published: dt.date = dt.date(2025, 3, 7)) -> list:
    article = prepare_article("t.txt", text, SourceRow(published=published))
    return extract_mentions(article, load_gazetteer())


def test_reported_capture_takes_the_date_of_the_announcement() -> None:
    (m,) = mentions_of(
        "Finnish border guards said on Tuesday that they had detained two Russian sailors near Kotka."
    )
    assert (m.event_type, m.date_start, m.date_basis) == ("arrest", dt.date(2025, 3, 4), "resolved")


def test_sentence_without_a_date_takes_its_speakers_earlier_date() -> None:
    text = (
        "Prime Minister Petteri Orpo said on Monday that Finland would close two crossings.\n\n"
        "Orpo also said the government was ready to exchange the detained sailors for Finnish prisoners.\n"
    )
    second = mentions_of(text)[-1]
    assert second.event_type == "exchange"
    assert (second.date_start, second.date_basis) == (dt.date(2025, 3, 3), "context")
    assert "Monday" in second.date_reason


def test_sentence_without_date_or_context_falls_back_to_publication() -> None:
    (m,) = mentions_of("Finnish border guards detained two Russian sailors near Kotka, officials said.")
    assert (m.date_start, m.date_basis) == (dt.date(2025, 3, 7), "publication")
    assert "publication date" in m.date_reason


def test_negated_act_is_not_an_event() -> None:
    found = mentions_of(
        "The minister stopped short of accusing Moscow of sending troops, officials said on Monday."
    )
    assert all(m.event_type != "deployment" for m in found)


def test_passive_voice_agent_is_after_by() -> None:
    (m,) = mentions_of("Two Russian sailors were detained by Finnish border guards on Tuesday.")
    assert m.agent_country == "FIN"


def test_hypothetical_and_habitual_sentences_yield_no_event() -> None:
    assert mentions_of("If Beijing sent troops, it would make China a party to the war.") == []
    assert mentions_of("China says it is a neutral party and insists it sends no weapons.") == []


def test_inverted_attribution_names_the_speaker_after_the_verb() -> None:
    text = (
        '"We will answer this provocation firmly and soon," said Foreign Minister Elina Valtonen on Monday.'
    )
    (m,) = mentions_of(text)
    assert m.speaker == "Elina Valtonen"


def test_invasion_needs_a_start_not_a_reference() -> None:
    referred = mentions_of(
        "Foreign fighters in the invasion of Ukraine contradict that promise, the minister warned."
    )
    assert all(m.family != "invasion" for m in referred)
    (m,) = mentions_of("Russia invaded Ukraine in February 2022.")
    assert (m.family, m.precision, m.date_start) == ("invasion", "month", dt.date(2022, 2, 1))


def test_same_happening_in_two_articles_is_one_event_with_both_sources() -> None:
    a = prepare_article(
        "a.txt",
        "Finnish border guards said on Tuesday that they had detained two Russian sailors near Kotka.\n",
        SourceRow(published=dt.date(2025, 3, 5), outlet="Wire A"),
    )
    b = prepare_article(
        "b.txt",
        "Two Russian sailors were detained by Finnish border guards near Kotka on March 4, officials said.\n",
        SourceRow(published=dt.date(2025, 3, 6), outlet="Wire B"),
    )
    tables = build_tables(Corpus(articles=(a, b)))
    (event,) = tables.events.itertuples()
    assert (event.event_type, day(event.date), event.n_sources) == ("arrest", dt.date(2025, 3, 4), 2)


def test_a_since_date_dates_nothing() -> None:
    found = mentions_of(
        "The delegations met in Geneva for talks on Monday, the first such meeting since March 2022."
    )
    assert [(m.event_type, m.date_start) for m in found] == [("diplomacy", dt.date(2025, 3, 3))]


def test_came_after_sentence_reports_what_follows_after() -> None:
    found = mentions_of("The strike came a day after the two delegations met in Geneva for talks on a truce.")
    assert [m.event_type for m in found] == ["diplomacy"]


def test_planned_talks_and_past_talks_are_two_events() -> None:
    text = (
        "Finnish and Russian officials met in Geneva for talks on Monday, the foreign ministry said.\n\n"
        "Foreign Minister Elina Valtonen said the talks with Russia would resume next week.\n"
    )
    article = prepare_article("t.txt", text, SourceRow(published=dt.date(2025, 3, 7)))
    tables = build_tables(Corpus(articles=(article,)))
    assert sorted(tables.events["planned"]) == [False, True]


def test_strikes_on_different_places_are_different_events() -> None:
    text = (
        "Russian drones struck the port of Odesa overnight, the governor said on Friday.\n\n"
        "Shelling hit the centre of Kherson on Friday, officials said.\n"
    )
    article = prepare_article("t.txt", text, SourceRow(published=dt.date(2025, 3, 7)))
    tables = build_tables(Corpus(articles=(article,)))
    assert sorted(tables.events["locations"]) == ["Kherson", "Odesa"]


def test_title_takes_the_main_clause_after_a_while_clause() -> None:
    text = (
        "Foreign Minister Elina Valtonen said on Monday that while the border stayed open, "
        "Finnish guards had detained two Russian sailors near Kotka."
    )
    (m,) = mentions_of(text)
    assert m.clause.startswith("Finnish guards had detained two Russian sailors")


def test_an_unlisted_office_of_a_country_can_speak() -> None:
    (m,) = mentions_of("Finland's defence ministry said on Tuesday that it had tracked two Russian warships.")
    # (the ministry's own act, told by it, is the news: "other", spoken by the ministry)
    assert (m.event_type, m.speaker, m.speaker_country) == ("other", "Finland's defence ministry", "FIN")


def test_exercises_are_events_only_when_held() -> None:
    (held,) = mentions_of("Russia's navy launched large-scale drills in the Baltic Sea on Monday.")
    assert (held.event_type, held.date_start) == ("other", dt.date(2025, 3, 3))
    referred = mentions_of('Foreign Minister Elina Valtonen said on Monday the drills were "a provocation".')
    assert [m.event_type for m in referred] == ["statement"]


def test_initials_do_not_split_a_sentence() -> None:
    (m,) = mentions_of("The U.S. State Department said on Monday it was seriously concerned.")
    assert m.speaker == "State Department"


def test_a_dated_act_without_a_named_type_is_an_other_event() -> None:
    (m,) = mentions_of(
        "Eleven sailors were lifted to safety on Wednesday after their ship lost power, the coastguard said."
    )
    assert (m.event_type, m.date_start, m.date_basis) == ("other", dt.date(2025, 3, 5), "resolved")


def test_a_date_in_the_attribution_keeps_the_remarks_a_statement() -> None:
    text = (
        "Russian forces were probably regrouping near the border, "
        "the Institute for the Study of War said in its Monday assessment."
    )
    (m,) = mentions_of(text)
    assert m.event_type == "statement"


def _dated(text: str, published: dt.date = dt.date(2026, 6, 17)) -> list[tuple[str, dt.date, str]]:
    article = prepare_article(
        "own.txt", "A headline for the story\n\n" + text + "\n", SourceRow(published=published)
    )
    return [
        (m.sentence.text[:20], m.date_start, m.precision) for m in extract_mentions(article, load_gazetteer())
    ]


def test_a_stretch_of_time_does_not_date_the_act() -> None:
    text = "Northgate Group said on Wednesday it would freeze its hiring for the rest of this year."
    assert _dated(text) == [("Northgate Group said", dt.date(2026, 6, 17), "day")]


def test_a_year_in_one_remark_does_not_date_the_speakers_other_remarks() -> None:
    text = (
        "Northgate Group said it expects to pay $2 billion in compensation this year.\n\n"
        "Northgate Group began pumping water out of the flooded shaft, the company said."
    )
    assert [d[1:] for d in _dated(text)][-1] == (dt.date(2026, 6, 17), "day")


def test_until_a_day_is_how_long_not_when() -> None:
    text = "The school will remain closed until June 7, the headmaster said on Tuesday."
    assert [d[1:] for d in _dated(text)] == [(dt.date(2026, 6, 16), "day")]


def test_a_count_since_a_dated_happening_takes_the_date_it_was_told() -> None:
    text = "The outbreak has killed 143 since the ministry declared it on June 9, the agency said on Tuesday."
    # the count takes the day it was told; the declaration, a clause of its own, is a happening at its date
    assert [d[1] for d in _dated(text)] == [dt.date(2026, 6, 16), dt.date(2026, 6, 9)]


def test_a_since_clause_ending_in_any_date_leaves_the_sentence_its_own() -> None:
    # (wrong24) "since it lifted the ban last week": the lifting's date, not that of the review now told
    text = (
        "The ministry is reviewing its first licence to mine since it lifted the ban last week, officials "
        "said Tuesday."
    )
    assert _dated(text)[0][1] == dt.date(2026, 6, 16)


def test_alone_a_since_clause_dates_the_happening_it_tells() -> None:
    text = "Nearly 9m litres of sewage have poured into the river since the main burst and flooded in April."
    # the since-clause tells a happening of its own at its date; the count so far is the article's news
    assert [d[1] for d in _dated(text)] == [dt.date(2026, 6, 17), dt.date(2026, 4, 1)]


def test_a_date_naming_a_thing_does_not_date_the_remarks() -> None:
    text = (
        "The observatory measured the quake on Saturday.\n\n"
        "The observatory said the tremor was not related to the 2023 rupture of the fault."
    )
    assert [d[1:] for d in _dated(text)][-1] == (dt.date(2026, 6, 13), "day")


def test_what_a_figure_is_compared_with_does_not_date_it() -> None:
    text = "Turnout was 37.4%, commission chairman Ana Lopes said on Monday, down from the vote in 2021."
    assert [d[1] for d in _dated(text)] == [dt.date(2026, 6, 15)]


def test_what_someone_could_face_is_no_event() -> None:
    assert _dated("She could face up to six years in jail if charged and convicted.") == []


def test_hundreds_and_dozens_of_people_are_counts() -> None:
    from events.extract.quantities import find_figures

    [hundreds] = find_figures("Hundreds of people were evacuated from the flooded town on Monday.")
    assert (hundreds.text, hundreds.value, hundreds.kind) == ("Hundreds of people", 200, "people")
    [dozens] = find_figures("Dozens of soldiers were wounded in the shelling.")
    assert (dozens.counts, dozens.kind) == ("soldiers", "troops")
    # "tens of thousands" is an order of magnitude the word alone would misstate
    assert find_figures("The war has displaced tens of thousands of people.") == []


@pytest.mark.parametrize(
    ("outlet", "said"),
    [
        ("The Guardian", "in a Guardian article published"),
        ("the Times", "in a Times article published"),
        ("AP", "in an AP article published"),
        ("Reuters", "in a Reuters article published"),
    ],
)
def test_a_date_reason_reads_the_outlet_as_english_does(outlet: str, said: str) -> None:
    article = prepare_article(
        "own.txt", "The court ruled on Monday.\n", SourceRow(published=dt.date(2026, 5, 13))
    )
    reason = outlet_reason(
        "'Monday' in an article published Wed 13 May 2026", replace(article, outlet=outlet)
    )
    assert said in reason
    assert "a The" not in reason
