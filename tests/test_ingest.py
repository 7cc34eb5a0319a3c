"""Adding articles: reading uploads and pasted text, refusing bad input with a message, storing good input."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest
from small_corpus import DETENTION_A, DETENTION_B, THIRD_REPORT, detention_event, snapshot

from events.errors import DuplicateArticle, InputError
from events.extract.language import english_word_share
from events.store import generations as store
from events.store.ingest import (
    NewArticle,
    NotEnglish,
    PreparedArticle,
    PublicationDateError,
    add_article,
    add_articles,
    check_english,
    choose_file_name,
    parse_published,
    prepare_article,
    preview_article,
    slugify,
    with_source_rows,
    yield_notes,
)

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = dt.date(2025, 4, 10)

# The same news in other languages (written for these tests): each must be refused as not English.
FOREIGN = {
    "French": "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs "
    "touchés par la sécheresse. Selon le ministre, les aides seront versées avant la fin du mois de juin.",
    "German": "Die Regierung hat am Dienstag neue Maßnahmen angekündigt, um die von der Dürre betroffenen "
    "Landwirte zu unterstützen. Nach Angaben des Ministers sollen die Hilfen bis Ende Juni ausgezahlt "
    "werden.",
    "Spanish": "El gobierno anunció el martes una nueva serie de medidas para apoyar a los agricultores "
    "afectados por la sequía. Según el ministro, las ayudas se pagarán antes de finales de junio.",
    "Italian": "Il governo ha annunciato martedì una nuova serie di misure per sostenere gli agricoltori "
    "colpiti dalla siccità. Secondo il ministro, gli aiuti saranno versati entro la fine di giugno.",
    "Portuguese": "O governo anunciou na terça-feira um novo pacote de medidas para apoiar os agricultores "
    "afetados pela seca. Segundo o ministro, os apoios serão pagos até o fim de junho.",
    "Dutch": "De regering heeft dinsdag nieuwe maatregelen aangekondigd om boeren te steunen die door de "
    "droogte zijn getroffen. Volgens de minister wordt de steun voor eind juni uitbetaald.",
    "Polish": "Rząd ogłosił we wtorek nowy pakiet działań wspierających rolników dotkniętych suszą. Według "
    "ministra pomoc zostanie wypłacona do końca czerwca i obejmie ponad dziesięć tysięcy gospodarstw.",
    "Russian": "Правительство во вторник объявило о новом пакете мер поддержки фермеров, пострадавших от "
    "засухи. По словам министра, выплаты будут произведены до конца июня.",
    "Ukrainian": "Уряд у вівторок оголосив про новий пакет заходів підтримки фермерів, які постраждали від "
    "посухи. За словами міністра, виплати буде здійснено до кінця червня.",
    "Chinese": "政府周二宣布了一系列新措施，以支持受干旱影响的农民。"
    "据部长介绍，补助将在六月底前发放，涉及该国南部一万多个农场。",
    "Turkish": "Hükümet salı günü kuraklıktan etkilenen çiftçileri desteklemek için yeni bir önlem paketi "
    "açıkladı. Bakana göre yardımlar haziran sonuna kadar ödenecek.",
    "Arabic": "أعلنت الحكومة يوم الثلاثاء عن حزمة جديدة من الإجراءات لدعم المزارعين المتضررين من الجفاف. "
    "وقال الوزير إن المساعدات ستصرف قبل نهاية يونيو.",
    "Danish": "Regeringen meddelte tirsdag en ny pakke af tiltag for at hjælpe landmænd, der er ramt af "
    "tørken. Ifølge ministeren vil pengene blive udbetalt inden udgangen af juni.",
    "Norwegian": "Regjeringen kunngjorde tirsdag en ny pakke med tiltak for å støtte bønder som er rammet av "
    "tørken. Ifølge ministeren skal pengene betales ut før slutten av juni, og her er det mange som venter.",
    "Swedish": "Regeringen meddelade på tisdagen ett nytt paket med åtgärder för att stödja bönder som "
    "drabbats av torkan. Enligt ministern ska pengarna betalas ut före slutet av juni.",
}
# One short sentence each: too short for most statistics, still not English.
FOREIGN_SHORT = {
    "French": "Le conseil a voté mardi.",
    "Spanish": "El consejo votó el martes a favor.",
    "German": "Der Rat hat am Dienstag abgestimmt.",
    "Italian": "Il consiglio ha votato martedì a favore.",
    "Polish": "Rada to zatwierdziła we wtorek.",
    "Afrikaans (or Dutch)": "De raad is dinsdag akkoord gegaan, het was een lange dag.",
}
ENGLISH = {
    "news": "The government announced on Tuesday a new package of measures to support farmers hit by the "
    "drought. According to the minister, the payments will be made before the end of June.",
    "short": "Nothing happened here today.",
    "names": "Zelenskyy met Sybiha in Kyiv. Bilohorivka and Tarasivka were shelled near Donetsk Oblast.",
    "quoting French": 'The minister said, in French, "nous ne céderons pas", before leaving the summit in '
    "Brussels on Friday with the other delegates.",
    "headline": "BREAKING: Finland detains two trawler crews off Hailuoto",
    "no function words": "Talks resumed in Geneva on Monday.",
    "few words": "Kyiv and Moscow swapped prisoners.",
}


@pytest.fixture
def data_dir(small_corpus_copy: Path) -> Path:
    return small_corpus_copy


def prepared(text: str, **metadata: object) -> PreparedArticle:
    return prepare_article(NewArticle(text=text, **metadata), today=TODAY)  # type: ignore[arg-type]


def test_html_page_imports_with_its_title_date_and_outlet(data_dir: Path) -> None:
    item = NewArticle.from_path(FIXTURES / "news_page.html")
    added = add_article(item, data_dir)
    assert added.title == "Coastguard rescues crew of stricken cargo ship off Halden Point"
    assert added.outlet == "The Northport Herald"
    assert added.published == dt.date(2024, 3, 14)
    assert added.file == "the-northport-herald_coastguard-rescues-crew-of-stricken-cargo-ship-off-halden.txt"
    source = store.load_tables(data_dir).sources.set_index("article").loc[added.file]
    assert source["outlet"] == "The Northport Herald"
    assert (
        source["url"] == "https://www.northportherald.example/news/2024/03/14/coastguard-rescues-cargo-crew"
    )
    assert source["published_basis"] == "given"


def test_html_page_keeps_the_article_and_drops_scripts_navigation_and_footer() -> None:
    article = prepare_article(NewArticle.from_path(FIXTURES / "news_page.html"), today=TODAY)
    assert article.kind == "html"
    assert "Eleven sailors were lifted to safety on Wednesday" in article.text
    assert "out of service until at least May." in article.text
    for unwanted in (
        "TRACKER_SCRIPT",
        "FOOTER_SCRIPT",
        "Injected by script",
        "dataLayer",
        "Subscribe for",
        "Accept all",
        "Privacy policy",
        "All rights reserved",
        "<",
    ):
        assert unwanted not in article.text


def test_pasted_html_document_is_read_as_html() -> None:
    page = (FIXTURES / "news_page.html").read_text()
    article = prepared(page)
    assert article.kind == "html"
    assert article.title == "Coastguard rescues crew of stricken cargo ship off Halden Point"
    assert "TRACKER_SCRIPT" not in article.text


def test_script_blocks_in_plain_text_are_removed_with_a_note() -> None:
    article = prepared(
        "Officials said the bridge would reopen on Monday.\n<script>steal('cookies')</script>\nIt did.\n"
    )
    assert "steal" not in article.text and "<script" not in article.text
    assert article.notes == ("removed 1 script block from the text",)


@pytest.mark.parametrize(
    "page",
    [
        "<!DOCTYPE html><html><head><script>var a = 1;</script></head><body></body></html>",
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<footer>About us</footer></body></html>",
    ],
)
def test_an_html_page_without_article_text_is_refused(page: str) -> None:
    with pytest.raises(InputError, match="no article text"):
        prepared(page)


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_non_english_text_is_refused_naming_the_language(language: str) -> None:
    with pytest.raises(NotEnglish, match=f"looks like {language}, not English"):
        prepared(FOREIGN[language])


@pytest.mark.parametrize("language", sorted(FOREIGN_SHORT))
def test_a_short_non_english_sentence_is_refused_too(language: str) -> None:
    with pytest.raises(NotEnglish, match=rf"looks like {re.escape(language)}, not English"):
        prepared(FOREIGN_SHORT[language])


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_english_text_is_accepted(name: str) -> None:
    check_english(ENGLISH[name], name)


def test_the_english_word_share_separates_the_samples() -> None:
    assert max(english_word_share(text) for text in [*FOREIGN.values(), *FOREIGN_SHORT.values()]) == 0
    assert english_word_share(ENGLISH["news"]) > 0.25


# A page of headlines, thin in function words: English without asking langdetect; with French mixed in
# (its own function words) langdetect is still asked.
THIN_ENGLISH = (
    "Latest headlines Harbour strike ends after nine days Ferry fares rise again Council votes "
    "on new bridge Storm closes mountain roads Museum reopens with the donated paintings Weather "
    "Sport Business Opinion Markets Technology Culture Travel Photos Video Contact us"
)


def test_a_thin_english_page_is_accepted_without_langdetect(monkeypatch: pytest.MonkeyPatch) -> None:
    import events.extract.language as language

    def refuse(text: str) -> tuple[str, float]:
        raise AssertionError("langdetect was asked")

    monkeypatch.setattr(language, "detect_language", refuse)
    assert 0.05 <= english_word_share(THIN_ENGLISH) < 0.1
    check_english(THIN_ENGLISH, "thin.txt")
    with pytest.raises(AssertionError, match="langdetect was asked"):
        check_english(THIN_ENGLISH + " Le conseil vote pour le pont", "mixed.txt")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Café owners said on Monday…".encode("utf-8-sig"), "Café owners said on Monday…"),
        ("Café owners said on Monday…".encode("utf-16"), "Café owners said on Monday…"),
        (
            "Café owners said on Monday…".encode("utf-16-be").join([b"\xfe\xff", b""]),
            "Café owners said on Monday…",
        ),
        ("The “café” owners said on Monday…".encode("cp1252"), "The “café” owners said on Monday…"),
    ],
    ids=["utf-8 with BOM", "utf-16 LE with BOM", "utf-16 BE with BOM", "cp1252"],
)
def test_usual_encodings_are_decoded(data: bytes, expected: str) -> None:
    article = prepare_article(NewArticle(data=data, filename="cafe.txt"), today=TODAY)
    assert article.text == expected + "\n"


def test_an_html_page_is_read_in_the_charset_it_declares() -> None:
    page = (
        '<html><head><meta charset="windows-1251"><title>Новости</title></head><body><article>'
        "<p>The mayor of Kyiv said on Monday that the metro would reopen, calling it «a relief».</p>"
        "<p>Officials said the stations were checked overnight by engineers.</p></article></body></html>"
    )
    article = prepare_article(NewArticle(data=page.encode("cp1251"), filename="kyiv.html"), today=TODAY)
    assert "«a relief»" in article.text
    assert article.title == "Новости"


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (NewArticle(text=""), "empty"),
        (NewArticle(text=" \n\t \n"), "empty"),
        (NewArticle(data=b"   \r\n  ", filename="blank.txt"), "empty"),
        (NewArticle(data=b"\x89PNG\r\n\x1a\n" + bytes(range(256)), filename="photo.txt"), "PNG image"),
        (NewArticle(data=b"text\x00with\x00nuls" * 10, filename="dump.txt"), "binary"),
        (NewArticle(data=b"caf\x81 \x8d\x8f\x90\x9d", filename="odd.txt"), "neither UTF-8 nor Windows-1252"),
        (NewArticle(text="word " * 500_000), "2 MB limit"),
        (NewArticle(data=b"word " * 500_000, filename="long.txt"), "2 MB limit"),
        (NewArticle(data=b"A PDF? no, a text.", filename="report.pdf"), "only .txt, .md, .html, .htm"),
        (NewArticle(), "Nothing to add"),
    ],
    ids=[
        "empty",
        "white space",
        "blank file",
        "png",
        "nul bytes",
        "undecodable",
        "big text",
        "big file",
        "suffix",
        "nothing",
    ],
)
def test_bad_input_is_refused_with_a_message(item: NewArticle, message: str) -> None:
    with pytest.raises(InputError, match=message):
        prepare_article(item, today=TODAY)


@pytest.mark.parametrize("typed", ["next Tuesday", "10/04/2025", "2025-4-9"])
def test_an_unreadable_publication_date_asks_for_it_again(typed: str) -> None:
    with pytest.raises(PublicationDateError, match=f"'{typed}' cannot be read: give it as YYYY-MM-DD"):
        parse_published(typed, today=TODAY)


def test_a_day_that_does_not_exist_is_named_as_such() -> None:
    # written in the asked form, so the message says what is wrong with it, not the form again
    with pytest.raises(PublicationDateError, match="'2025-02-30' is no day of the calendar"):
        parse_published("2025-02-30", today=TODAY)


def test_a_future_publication_date_is_refused() -> None:
    with pytest.raises(PublicationDateError, match="2025-04-11 is in the future"):
        parse_published("2025-04-11", today=TODAY)


def test_publication_dates_that_can_be_read() -> None:
    assert parse_published("2025-04-10", today=TODAY) == TODAY
    assert parse_published(" 2025-04-09T08:00:00Z ", today=TODAY) == dt.date(2025, 4, 9)
    assert parse_published(dt.date(2025, 1, 2), today=TODAY) == dt.date(2025, 1, 2)
    assert parse_published("", today=TODAY) is None
    assert parse_published(None, today=TODAY) is None


def test_the_date_a_user_gives_wins_over_the_page_and_says_so() -> None:
    item = NewArticle.from_path(FIXTURES / "news_page.html", published="2024-03-15")
    article = prepare_article(item, today=TODAY)
    assert article.published == dt.date(2024, 3, 15)
    assert "the page gives 2024-03-14; the date you gave is used" in article.notes


def test_markdown_links_and_marks_become_plain_text() -> None:
    item = NewArticle(
        data=b"# Bridge reopens\n\nThe **council** said the [bridge](https://x.example) reopened on Monday."
        b" ![photo](p.png)\n",
        filename="bridge.md",
    )
    article = prepare_article(item, today=TODAY)
    assert article.text == "Bridge reopens\n\nThe council said the bridge reopened on Monday. \n".replace(
        " \n", "\n"
    )


def test_slugs_read_like_the_bundled_file_names() -> None:
    assert slugify("Zelenskyy says 155 Chinese citizens: “fighting” for Russia!") == (
        "zelenskyy-says-155-chinese-citizens-fighting-for-russia"
    )
    assert slugify("Ústí nad Labem floods") == "usti-nad-labem-floods"
    assert len(slugify("word " * 40)) <= 60


def test_a_file_name_is_never_one_already_taken() -> None:
    article = prepared("Officials said the bridge would reopen.", title="Bridge reopens", outlet="City Desk")
    taken = {"city-desk_bridge-reopens.txt", "city-desk_bridge-reopens-2.txt"}
    assert choose_file_name(article, taken) == "city-desk_bridge-reopens-3.txt"


def test_new_sources_rows_are_appended_after_the_existing_bytes(tmp_path: Path) -> None:
    path = tmp_path / "sources.csv"
    path.write_bytes(b'file,outlet,title,url,published\nold.txt,"Old, Outlet",,,\n')
    article = prepared(
        "Officials said the bridge would reopen.", title='The "new" bridge', published="2025-04-01"
    )
    data = with_source_rows(path, [(article, "new.txt")])
    assert data.startswith(path.read_bytes())
    assert data.endswith(b'new.txt,,"The ""new"" bridge",,2025-04-01\n')


def test_added_article_is_stored_and_merged_with_the_events_others_reported(data_dir: Path) -> None:
    before = store.load_tables(data_dir)
    capture = detention_event(before)
    added = add_article(NewArticle(text=THIRD_REPORT, outlet="Coast Watch", published="2025-03-08"), data_dir)
    assert added.file == "coast-watch_finnish-coastguard-holds-russian-fishermen.txt"
    assert (data_dir / "articles" / added.file).read_text("utf-8") == THIRD_REPORT
    after = store.load_tables(data_dir)
    merged = after.events.set_index("event_id").loc[capture["event_id"]]
    assert merged["n_sources"] == 3
    assert merged["sources"].split(";") == [DETENTION_A, DETENTION_B, added.file]
    assert added.n_shared >= 1
    assert set(before.events["event_id"]) <= set(after.events["event_id"])


def test_same_text_twice_is_stored_once(data_dir: Path) -> None:
    first = add_article(NewArticle(text=THIRD_REPORT, published="2025-03-08"), data_dir)
    respaced = THIRD_REPORT.replace("\n\n", "\n   \n").replace(" on ", "  on ")
    report = add_articles(
        [NewArticle(text=respaced), NewArticle(data=THIRD_REPORT.encode(), filename="x.txt")], data_dir
    )
    assert report.added == ()
    assert [d.duplicate_of for d in report.duplicates] == [first.file, first.file]
    with pytest.raises(DuplicateArticle) as caught:
        add_article(NewArticle(text=THIRD_REPORT), data_dir)
    assert caught.value.existing == first.file
    assert len(store.load_tables(data_dir).sources) == 4


def test_a_stored_bundled_article_is_a_duplicate_too(data_dir: Path) -> None:
    text = (data_dir / "articles" / DETENTION_B).read_text()
    with pytest.raises(DuplicateArticle, match=DETENTION_B):
        preview_article(NewArticle(text=text), data_dir)


def test_text_without_dates_is_accepted_with_zero_events_and_a_note(data_dir: Path) -> None:
    text = "The new library is popular with children and their parents. Its garden has a pond.\n"
    added = add_article(NewArticle(text=text), data_dir)
    assert added.n_events == 0
    assert added.notes == ("no dates found in the text: it is stored, but yields no events",)
    assert added.file in set(store.load_tables(data_dir).sources["article"])


@pytest.mark.parametrize(
    ("n_dates", "n_events", "notes"),
    [
        (0, 0, ["no dates found in the text: it is stored, but yields no events"]),
        (0, 2, ["no dates found in the text: its 2 events are dated by its publication date"]),
        (0, 1, ["no dates found in the text: its one event is dated by its publication date"]),
        (3, 0, ["no dated events found in the text: it is stored, but adds nothing to the timeline"]),
        (3, 2, []),
    ],
)
def test_what_an_article_yielded_is_explained(n_dates: int, n_events: int, notes: list[str]) -> None:
    assert yield_notes(n_dates, n_events) == notes


def test_a_batch_reports_each_article_and_shows_progress(data_dir: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    report = add_articles(
        [
            NewArticle(text=THIRD_REPORT, published="2025-03-08"),
            NewArticle(text=FOREIGN["French"]),
            NewArticle(data=b"", filename="empty.txt"),
            NewArticle(text="The council said the ferry resumed on 2 March 2025.", published="3000-01-01"),
        ],
        data_dir,
        progress=lambda done, total, what: calls.append((done, total, what)),
    )
    assert [a.label for a in report.added] == ["pasted text"]
    assert [(r.label, r.asks_for_date) for r in report.refused] == [
        ("pasted text", False),
        ("empty.txt", False),
        ("pasted text", True),
    ]
    assert report.refused[0].message.startswith("the text looks like French")
    assert not report.ok
    assert calls == [
        (0, 4, "pasted text"),
        (1, 4, "pasted text"),
        (2, 4, "empty.txt"),
        (3, 4, "pasted text"),
        (4, 4, "rebuilding the event table"),
        (4, 4, "done"),
    ]
    assert "refused empty.txt: the file is empty" in report.summary()


def test_preview_shows_the_merged_events_and_saves_nothing(data_dir: Path) -> None:
    before = snapshot(data_dir)
    preview = preview_article(
        NewArticle(text=THIRD_REPORT, outlet="Coast Watch", published="2025-03-08"), data_dir
    )
    capture = preview.events[preview.events["date"] == pd.Timestamp("2025-03-04")]
    assert len(capture) == 1 and capture.iloc[0]["n_sources"] == 3
    name = "coast-watch_finnish-coastguard-holds-russian-fishermen.txt"
    assert set(preview.mentions["article"]) == {DETENTION_A, DETENTION_B, name}
    assert name in set(preview.sources["article"])
    assert snapshot(data_dir) == before


def test_add_into_an_empty_data_dir_creates_it(tmp_path: Path) -> None:
    added = add_article(NewArticle(text=THIRD_REPORT, published="2025-03-08"), tmp_path / "fresh")
    sources = pd.read_csv(tmp_path / "fresh" / "sources.csv")
    assert list(sources["article"]) == [added.file]
    assert added.n_events >= 1
