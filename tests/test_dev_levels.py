"""The extraction holds the levels it reached on the development set (tests/data/dev_gold.csv).

Our own articles (tests/data/dev_articles) are always scored; the Timeline17 articles are read from
../shared/tls/ and scored only when it is there. The levels are those measured on 1 Dec 2026 (after the
issue 7 extraction rules and their second round on unseen articles; one merged event answers the labels
of each of its articles; dates of asides, since-clauses and told happenings, and the evaluator's maximum
matching, in the evening) and, for the whole set once it grew to 531 labels, on 2 Dec 2026 (third session), a
little below, so that a change that loses ground fails here."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from events.engines.local import build_tables
from events.evaluate import OpenScores, evaluate_open, gold_corpus, load_gold

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "dev_gold.csv"
OWN = ROOT / "tests" / "data" / "dev_articles"
TLS = next(
    (p / "shared" / "tls" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "tls").is_dir()),
    None,
)


def score(own_only: bool) -> OpenScores:
    with GOLD.open(encoding="utf-8", newline="") as handle:
        own_ids = {row["gold_id"] for row in csv.DictReader(handle) if "dev_articles" in row["folder"]}
    gold = [g for g in load_gold(GOLD) if g.gold_id in own_ids or not own_only]
    roots = [OWN] if own_only or TLS is None else [OWN, TLS]
    return evaluate_open(build_tables(gold_corpus(gold, roots)), gold)


def shares(scores: OpenScores) -> tuple[float, float, float, float]:
    found = len(scores.matches)
    return (
        sum(m.date_correct for m in scores.matches) / scores.n_gold,
        sum(m.type_correct for m in scores.matches) / found,
        scores.n_unmatched / scores.n_events,
        scores.fragments / scores.n_titles,
    )


def test_our_own_development_articles_hold_their_level() -> None:
    dated, typed, unmatched, fragments = shares(score(own_only=True))
    assert dated >= 0.96  # measured 0.978
    assert typed >= 0.90  # measured 0.917
    assert unmatched <= 0.14  # measured 0.107 (commentary, background and colour left out)
    assert fragments <= 0.04  # measured 0.020 (stricter test of fragments since 2 Dec 2026)


@pytest.mark.skipif(TLS is None, reason="../shared/tls is absent")
def test_the_whole_development_set_holds_its_level() -> None:
    scores = score(own_only=False)
    dated, typed, unmatched, fragments = shares(scores)
    # (2 Dec 2026: the set grew from 378 to 470 labels with 12 articles labelled blind, then to 575, 640,
    # 683, in the sixth session to 921 and in the seventh to 1,194: each time articles drawn and labelled
    # blind that session, scored as unseen text first (the seventh's 273: found 0.729, right date 0.634,
    # events matching nothing 0.322), then worked on. On the 921 labels before them it measured
    # 0.820 / 0.875 / 0.183 (167/915) / 0.045. The goals for right dates, 0.85, and for events matching
    # nothing, 0.15, are not met on the whole set)
    # (eighth session: a mention for a named actor's deed told in the simple past with no trigger word
    # found 9 more labels with the right date and made 12 more events, 6 of them answering no label; a
    # reader judged 4 of those 6 happenings a briefing keeps that the labellers had not listed. The ceiling
    # for events matching nothing moved from 0.22 to 0.221 for that, and no further)
    # (ninth session, recall14: rules of dates and of remarks found 17 more labels with the right date and
    # made 4 more events, none more matching nothing)
    # (tenth session, recall15: rules of dates ("June 3 of last year", "late April or early May", "would
    # not comment on Sunday", a caption's year, a count "as of" a day) and of the happenings a sentence
    # names beside its act (a participle after the object, "a ruling Tuesday that ...") found 16 more
    # labels with the right date and made 9 more events, 6 more matching nothing; merged with dupes15's
    # merging and newuser15's types: 968 with the right date, 251 of 1,170 events matching nothing)
    # (eleventh session, noise17: quoted words with an act in them join the speaker's remarks of the day,
    # comparisons with a past happening and where a life or a body began, dated by a year alone, are no
    # event, and "is charged with" is background again: 241 of 1,160 events matching nothing, no label lost)
    # (3 Dec 2026, fresh17: the set grew to 1,266 labels with 12 articles drawn and labelled blind (72
    # labels), scored as unseen text first: found 0.764, right date 0.625, type 0.727, events matching
    # nothing 0.329 (27/82). On the whole set the starting code measured 1087 found, 1012 (0.799) with the
    # right date, 915/1087 typed, 277/1242 (0.223) matching nothing; rules of dates ("late July 25", a
    # deadline with a modal, the lead's day for undated past acts, an opening "On Saturday" with no comma)
    # and of recall (a deed after an aside, "likened", tolls "there have been", a speaker's act under way)
    # brought it to the levels below: these are new figures for a larger set, not a floor lowered)
    # (fresh17, noise17 and newuser17 merged: 1026 of 1,266 with the right date, 272 of 1,245 events
    # matching nothing)
    # (dates19: a gerund's deadline, "in two days" ahead, an awaited "June elections" or "Sunday's awards",
    # "in the six weeks since the rig exploded", "not ... until", an "as of" day in dated remarks: 1032)
    # (then dates18: a name word before a year, an aside's years and a quoted relative date date nothing
    # else: 268 of 1,241 matching nothing; actors18 moved nothing here)
    # (3 Dec 2026, twelfth session, fresh19: the set grew to 1,339 labels with 10 articles drawn and labelled
    # blind (73 labels), scored as unseen text first: found 0.808, right date 0.644, type 0.814, events
    # matching nothing 0.237 (18/76). On the whole set the starting code measured 1073 of 1,339 (0.801)
    # with the right date, 972/1151 typed, 284/1310 (0.217) matching nothing, 66/1310 titles cut; the
    # session's types (an office left or taken up, testimony, words against someone, a likeness put on
    # record), actors and titles brought it to the levels below: new figures for a larger set, not a floor
    # lowered. One more event matches nothing than on the starting code: "BP told a court ..." is now a
    # legal act, and the same day's "BP said in a court filing" remarks no longer merge with it)
    # (then dates19 merged: 1080 of 1,339 with the right date)
    # (then recall19: a doubt in an aside or a that-clause leaves the main act, "not ... until <day>" dates
    # a planned act, "a vote planned for Friday" is a planned happening, "has described X as" is a remark
    # of the day: found 1092 -> 1100, right date 1026 -> 1030, matching nothing 268/1241 -> 267/1245)
    # (dates19, recall19 and merge19 merged: 1083 of 1,339 with the right date, 985/1159 typed, 284 of
    # 1,314 events matching nothing)
    # (then split19: a second act joined by "and" in the perfect or the progressive, a closing "having
    # fallen ... on Monday" and an after-clause holding a present main clause's only date are mentions of
    # their own: found 1159 -> 1162, right date 1083 -> 1086, typed 988/1162, matching nothing 284/1316)
    # (all of the twelfth session's branches merged, main 1a87722: 1087/1339 right date, 988/1163 typed, 283
    # of 1,316 matching nothing, 67 cut, 28 pronoun-led: voices19's lone spokesman no longer names a false
    # speaker, so one "He ..." title keeps its pronoun)
    # (then related19: two acts of one type in one report no longer join for a shared country alone: found
    # 1163 -> 1166, right date 1087 -> 1090, matching nothing 283/1316 -> 285/1320, titles cut 67 -> 68. The
    # matching-nothing ceiling goes back to this session's opening 0.216 and the cut ceiling up by one title,
    # because an event split off rightly shows its own title, which lost its subject in clause choice: "X,
    # some with a fever, were quarantined ..." gives "Were quarantined ...", a defect the wrong merge hid)
    # (then dates20: a report that names the day before publication twice and never its own day tells
    # that day's news, and its undated past acts take it; a clause after ", a day after" is a day before
    # the other; "Details will be released Monday, the office said" is the saying and the release: right
    # date 1090 -> 1099, typed 990/1166, matching nothing 285/1320 -> 284/1323)
    # (then unmatched20: all 285 events matching nothing sorted by kind; one side's case told with no day,
    # an undated main clause in the past perfect, unattributed reports and studies, the writer's reading,
    # explanations and first-person voice are no events: matching nothing 285/1320 -> 266/1301, no label
    # lost, titles cut 68 -> 67)
    # (3 Dec 2026, thirteenth session, fresh20: the set grew to 1,397 labels with 10 articles drawn and
    # labelled blind (58 labels), scored as unseen text first: found 0.862, right date 0.776, type 0.840,
    # events matching nothing 0.460 (40/87), titles cut 7/87. On the whole set the starting code (16e1227)
    # measured 1136 of 1,397 (0.8132) with the right date, 1033/1218 typed, 324/1398 (0.2318) matching
    # nothing, 75/1398 (0.0536) titles cut, 32/1398 (0.0229) pronoun-led: the right-date floor and the
    # ceilings for matching nothing, titles cut and pronoun-led titles moved because the set grew, not
    # because the code lost ground. The session's types (fuel collected is no capture, grounds closed to
    # fishing, what an inquiry heard, a body appointed by someone, a charge or a command taken) and titles
    # (a shared object, an "of" phrase, a subject lost to an aside, a part of the day with its date, a
    # denial's object) brought it to the levels below, with found and right date unchanged)
    # (then join20: remarks whose speaker was not read but that name one before the verb of saying join
    # that speaker's remarks of the day in the same report: matching nothing 264/1304 -> 260/1299, found
    # 1167 -> 1166, a label matched only by a keyword of such a remark, at the wrong date; right date 1099)
    # (merged: voices20, dates20, unmatched20 and fresh20 and join20 together on the grown set: 1144/1397
    # right date, 1038/1218 typed, 295/1373 matching nothing, 70 cut, 29 pronoun-led)
    # (3 Dec 2026, fourteenth session, fresh21: the set grew to 1,452 labels with 10 articles drawn and
    # labelled blind (55 labels), scored as unseen text first: found 0.909, right date 0.655, type 0.720,
    # events matching nothing 0.342 (26/76), titles cut 10/76. On the whole set the starting code (3ce3f18)
    # measured 1179 of 1,452 (0.8120) with the right date, 1076/1268 (0.8486) typed, 319/1441 (0.2214)
    # matching nothing, 78/1441 (0.0541) titles cut, 29/1441 pronoun-led: the levels below moved because
    # the set grew, not because the code lost ground)
    # (then fresh21's newcomer read: captions and BBC pull quotes run into a paragraph are cut off; titles
    # keep a speaker's own act after an opening phrase, a short quotation whole, a date's "for", drop how
    # long after a happening and a linking word; a position held "repeatedly", a past record, a packed room,
    # a picture's "left, right" caption and the words of a work's title set off after "entitled" are no
    # events or no acts: typed 1076/1268 -> 1078/1267, matching nothing 319/1441 -> 316/1437, titles cut
    # 78 -> 76, pronoun-led 29 -> 28, right date 1179 unchanged; found 1268 -> 1267, a caption that matched
    # a label at the wrong date)
    # (then merge21: an officer named beside the body they serve ("Water Board energy adviser Ana Lund")
    # speaks for it, "at a later date" tells no second occasion, and a company named with and without its
    # legal form is one voice: matching nothing 295/1373 -> 291/1370, titles cut 70 -> 69; found, right
    # date and typed unchanged)
    # (then dates21: a journey's end "is expected to reach" is no figure forecast, the deadline of odds or of
    # what might be ("a 30 percent chance of ... by Friday", "might not be stopped before August") and an
    # awaited "June European elections" do not date the act, an editor's "This article was amended on"
    # does not name the report's day: right date 1144 -> 1149, matching nothing 295/1373 unchanged)
    # (merged: fresh21, merge21, places21 and split21 together: right date 1179/1452, typed 1078/1267,
    # matching nothing 312/1434, titles cut 75, pronoun-led 28; then dates21 and country22: right date
    # 1184/1452, the rest unchanged)
    # (then colour22: bystanders known by a living or an age, an opening "Often called", "some Congolese",
    # a framed question, the outlet's own reporter in the perfect, a scene that goes on: matching nothing
    # 312/1434 -> 305/1427, titles cut 74 -> 73, pronoun-led 28 -> 27; found, right date, typed unchanged)
    # (then pick22: an event dated to a week or longer takes the days its reports' own dates share, and the
    # day of the earliest report dated only by its publication within them: right date 1184 -> 1188, the
    # rest unchanged)
    # (3 Dec 2026, fresh23: the set grew to 1,514 labels with 7 articles drawn and labelled blind (62
    # labels), scored as unseen text first: found 0.694, right date 0.613, type 0.814, events matching
    # nothing 0.338 (22/65), titles cut 3/65. On the 1,452 before them the same code (e994f5c) measured
    # 1188 right date, 1078/1267 typed, 312/1434 matching nothing, 74 cut, 28 pronoun-led: the levels
    # below moved because the set grew, not because the code lost ground)
    # (later22: counts "later" from the story's day, progressive arrangements ahead, "this year" around a
    # shorter date, range ends, editor's notes: right date 1189/1452, typed 1080/1269, matching nothing
    # 311/1435, titles cut 74/1435, pronoun-led 28/1435)
    # (then acts22: words for acts of any story with no date or verb of saying (inquiries opened, a trade or
    # public places closed, a market move told by who made it, something launched, a memorial, a visit, a
    # service failing, looting reported, a leak's flow, a meeting under way, all drilling stopped), and
    # compounds or seasons that name no sanction, ruling or disaster: found 1267 -> 1280, right date 1184 ->
    # 1193, typed 1078/1267 -> 1091/1280, matching nothing 312/1434 -> 309/1441, titles cut 74 -> 73)
    # (merged: pick22, fresh23, later22 and a deadline fix of mine: right date 1233/1514, typed 1117/1314,
    # matching nothing 330/1487, titles cut 75/1487, pronoun-led 29/1487; with acts22 too: right date
    # 1242/1514, typed 1129/1326, matching nothing 328/1494, titles cut 74/1494, pronoun-led 29/1494; with
    # colour22 too: matching nothing 321/1487, titles cut 73/1487, pronoun-led 28/1487, the rest unchanged;
    # then remarks of a body named by what it is ('Late Wednesday, the company said'), dropped by acts22 for
    # a test's sake: found 1326 -> 1332, right date 1242 -> 1251, typed 1132/1332, matching nothing
    # 328/1500; held-out right date 383 -> 384, matching nothing 175/585)
    # (4 Dec 2026, fresh24: the set grew to 1,583 labels with 4 articles drawn and labelled blind (69
    # labels, 44 of them from a day-by-day chronology whose day headings the scraped text lost), scored as
    # unseen text first: found 0.797, right date 0.290, type 0.600, events matching nothing 0.214 (15/70),
    # titles cut 3/70. The same code measured 1251/1514, 1132/1332, 328/1500, 73/1500 and 28/1500 on the
    # set before them: the levels below moved because the set grew, not because the code lost ground)
    # (none24: the 163 events matching nothing that share no label's words read one by one; a past
    # happening named by its year before its noun ("surpassing the 1979 blowout"), a state that lasted
    # "until" the story's happening, unnamed opponents, criticism with no critic named, a hope nobody
    # holds, a time set against today, what news "spelled" for someone, "had long been expected", "it is
    # not yet possible to confirm", people known only by where they were, and "tell The Associated
    # Press" cut as a run-in caption: matching nothing 328/1500 -> 316/1487, found, right date and typed
    # unchanged, titles cut 73 -> 72; pronoun-led titles stay 28, whose share rises with fewer events)
    # (merged24: two people named in full are two voices though both speak for one body, an act of the day
    # and one of a year only in one report are two acts, and an undated act told before a closing
    # attribution is the act, not the teller's remarks: found 1332 -> 1336, right date 1251 -> 1253, typed
    # 1137/1336, matching nothing 328/1500 -> 328/1503; held-out right date 384, matching nothing 176/586)
    # (wrong24: the day before publication named once near a report's top, first of its days, with no
    # day of the report's own named, dates its undated acts told in the past: right date 1251 -> 1255)
    # (then wrong24: a since-clause ending in any date, "since it lifted the ban last week, officials said
    # Friday", leaves the sentence its own date: right date 1255 -> 1256)
    # (then wrong24: an opening that names the occasion of the saying, "Speaking after the 2008 storms,
    # the president said", dates the remarks: right date 1256 -> 1257, matching nothing 328/1501)
    # (gate24: acts that made no mention: a market move told with "to be", what tests showed, remarks joined
    # to a clause whose subject is a body, a saying or a named act under way in the present progressive, a
    # saying inside a clause that only vouches for a word: found 1332 -> 1342, right date 1251 -> 1261,
    # typed 1141/1342, matching nothing 328/1500 -> 329/1509, titles cut 73/1509, pronoun-led 28/1509;
    # held-out unchanged, right date 384/600, matching nothing 175/585)
    # (4 Dec 2026, sixteenth session merged: gate24, merged24, wrong24, none24 and a name in apposition to
    # what it is ("The schools inspectorate, Edvance, said"); on the 1,514 labels before fresh24: found
    # 1346, right date 1269 (0.838), matching nothing 316/1500; held-out unchanged at 384/600 right date)
    # (types25: the sick confirmed or diagnosed with a catching disease are new cases, service members
    # sent or carried in a deployment, a quake's magnitude decimal ends no sentence, an "attack rate" is no
    # attack: found 1402 -> 1403, right date 1290 -> 1291, typed 1180/1402 -> 1181/1403, matching nothing
    # 331/1568 -> 330/1565; titles cut stay 75, their share up only for 3 fewer events; then a public body
    # that halts an operation makes a measure: typed 1181 -> 1182)
    # (names25: bodies' names read whole, "Health Protection Scotland", "UN Office for the Co-ordination of
    # ...": found 1402 -> 1403, typed 1181/1403, matching nothing 331/1569; right date and held-out unchanged)
    # (possess25: a date that owns a happening's noun after "of", "from", "after", "over" ..., or in the
    # subject before the act's verb, names that happening, not the act: one dev sentence, whose act now takes
    # its report's day and whose quake is a named happening of its own, a duplicate the matching leaves
    # unmatched: matching nothing 331/1568 -> 332/1569, found, right date and typed unchanged; the ceiling
    # is loosened by that one event, not raised)
    # (sixteenth session, all merged: types25, names25, possess25 too)
    # (names26: a place opening a body's name, fields paired by "and", a calling before a name, a government
    # named after its leader that speaks, a big place's country for a body named after it: dev and held-out
    # figures unchanged, so no level is raised)
    # (dated26: an aside's present tense (", feeling pressure in a crisis now in its sixth week,") leaves an
    # act told in the past to its report's news day; an act leading a report in the perfect takes the day
    # before publication when the report names that day twice, never its own, and quotes no "today"; figures
    # in the perfect below a lead dated by its source's saying are of that day: right date 1291 -> 1294,
    # matching nothing 330/1567; the permits act the first rule dates now stands as an event of its own,
    # whose long title is cut, so the titles-cut ceiling is loosened by that one title, not raised)
    # (found26: an outbreak's count told as where it stands, a toll with its place before the verb, the
    # living pulled from rubble, an installation named in an aside before its verb, every irregular simple
    # past read as a past: found 1404 -> 1408, right date 1291 -> 1292, typed 1187/1408, matching nothing
    # 330/1566 -> 331/1572; held-out found 433 -> 434, right date 385 -> 386, matching nothing 177/589)
    # (merged26: an undated act in the perfect that counts with other numbers what a happening of another
    # report's day counted is a later count, news of its own report: right date 1291 -> 1292, matching
    # nothing 330/1566 -> 329/1567; held-out right date 385 -> 387, matching nothing 177/588 -> 177/590)
    # (acts26: a speaker's own act announced, "said it would sell its regional arm", and what its own people
    # did, "said its engineers had replaced the valve", are the act, not remarks: found 1404 -> 1405, typed
    # 1183/1404 -> 1184/1405, right date 1291 unchanged; held-out typed 315/433 -> 316/433, right date 385
    # unchanged. One more event matches nothing, 330/1566 -> 331/1567: a company's act announced in a court
    # filing that no label lists, split from its remarks of the day; the ceiling is loosened by that one
    # event, not raised)
    # (4 Dec 2026, fresh26: the set grew to 1,622 labels with 5 articles drawn and labelled blind (39
    # labels), scored as unseen text first: found 0.846 (33/39), right date 0.769 (30/39), type 0.667
    # (22/33), events matching nothing 0.132 (5/38), titles cut 1/38. The same code (3adb5e6) measured
    # 1291/1583, 1183/1404, 330/1566, 75/1566 and 28/1566 on the set before them: the levels below moved
    # because the set grew, not because the code changed)
    # (seventeenth session, all merged on the 1,622 labels: names26, unm26, dated26, found26, merged26,
    # acts26 and fresh26 together: found 1439 -> 1444, right date 1325 -> 1330, typed 1206/1439 ->
    # 1211/1444, matching nothing 334/1595 -> 335/1604, titles cut 76 -> 77; acts26's loosened ceiling is
    # not needed; held-out found 434, right date 388/600, typed 318/434, matching nothing 177/592)
    # (4 Dec 2026, fresh27: the set grew to 1,662 labels with 8 articles drawn and labelled blind (40
    # labels), scored as unseen text first: found 0.850 (34/40), right date 0.800 (32/40), type 0.706
    # (24/34), events matching nothing 0.333 (17/51), titles cut 5/51. The same code (4fb91fa) measured
    # 1330/1622, 1211/1444, 335/1604, 77/1604 and 29/1604 on the set before them: the levels below moved
    # because the set grew, not because the code changed)
    # (recall27: an act in the perfect with an irregular participle, "have been found", "has begun", and a
    # timeline's entry told in the present, "May 26 - Engineers begin ...": dev unchanged; held-out found
    # 434 -> 438, right date 388 -> 392, typed 318/434 -> 322/438, matching nothing 177/592 -> 178/596)
    # (types27: a trigger's sense from its object: "capture" takes people, "deploy" a force or a rescue team,
    # "struck" and "attacks" no deal, impression or words, animals killed are a disaster: typed 1211/1444 ->
    # 1211/1443, matching nothing 335/1604 -> 333/1601, titles cut 77 -> 76, pronoun-led 29 -> 28; one
    # label matched only by a wrong capture of oil is no longer found; held-out found 434 -> 433, right date
    # 388 -> 389, typed 318/434 -> 318/433, matching nothing 177/592 -> 176/588)
    # (titles27: no dash left of a dated list's date, a subject's aside or relative clause dropped before a
    # cut with "…", a person's surname when the full name leaves the words said cut off, a time told again
    # dropped before a cut, "wrote a letter" and "was also told" whole: titles cut 77 -> 71; held-out 41 -> 40
    # of 592; found, right date, type, matching nothing and pronoun-led unchanged on both sets)
    # (deeds27: a speaker's trip told in a sentence of remarks, "X, visiting the region on Tuesday, said",
    # is a visit of its own beside the remarks: found 1444 -> 1445, right date 1330 -> 1331, typed
    # 1212/1445, matching nothing 335/1605; held-out unchanged)
    # (dates27: a live page's clock stamps with no colon, a time of day with its zone, the stretch a
    # statistic measures or a forecast foresees ("output fell 6.7 percent in March", "will shrink 7% this
    # year"), a superlative's yardstick ("the slowest since ..."), "the bank forecast on Monday" as a past
    # saying: right date 1330 -> 1331, matching nothing 335/1604 -> 334/1603. The label of a statistic's
    # release, typed other, now matches the release told by "reported on Monday", typed statement, at its
    # right day, instead of the figure's month: typed 1211 -> 1210, so the floor is loosened by that one
    # label, not raised; held-out unchanged, right date 388/600)
    # (eighteenth session, all merged on the 1,662 labels: recall27, names27, types27, deeds27, titles27 and
    # dates27 on fresh27's set: right date 1362 -> 1364, typed 1235/1478, matching nothing 350/1649 ->
    # 347/1647, titles cut 81 -> 74, pronoun-led 30 -> 29; held-out found 434 -> 437, right date 388 -> 392,
    # typed 318/434 -> 323/437, matching nothing 177/592 -> 176/592)
    # (4 Dec 2026, fresh28: the set grew to 1,716 labels with 7 articles drawn and labelled blind (54
    # labels; 6 drawn pages with no news report passed over), scored as unseen text first: found 0.796
    # (43/54), right date 0.722 (39/54), type 0.628 (27/43), events matching nothing 0.379 (25/66), titles
    # cut 3/66. The same code (5ce47c7) measured 1364/1662, 1235/1478, 347/1647, 74/1647 and 29/1647 on the
    # set before them: the levels below moved because the set grew, not because the code changed)
    # (dates28: a figure released or foreseen for a stretch is news of the report's days, not a standing view
    # ("has forecast that the economy will grow 3 percent in 2027" had lost its event to dates27); a paper's
    # edition named for the day after the report is out on the report's day; a month ahead is no longer made
    # past by an -ed word after a possessive, "than expected", or two joined months; what is likely to happen
    # lies ahead: every dev figure unchanged (1364/1662); held-out right date 392 -> 393/600, matching
    # nothing 176/592 -> 177/593; on every unlabelled Timeline17 article 11 of 12 find_dates changes right)
    # (totals28: a watch kept told as all that is said or done, "said it was closely monitoring the
    # situation", a meeting's undated agenda, "The meeting will also discuss ...", and where a total's cases
    # lie, "Almost all of the 74 dead were in Mexico", are no events: matching nothing 347/1647 -> 343/1642;
    # found 1478 -> 1477 and right date 1364 -> 1363: the one label lost, contacts "monitored as a
    # precaution", was matched only by the word "monitoring" in the dropped watch, so the floor is loosened
    # by that one label, not raised; held-out matching nothing 176/592 -> 175/591, the rest unchanged)
    # (then totals28: what has not happened yet or is not known as the whole of the main clause, "A
    # decision has yet to be reached", "Officials said the cause was unclear": matching nothing 343/1642 ->
    # 340/1639, found unchanged; held-out unchanged. Titles cut stay 74 and pronoun-led 29, whose shares
    # rise only because there are 8 fewer events, so the titles-cut ceiling moves by that, not by a title)
    # (merge28: acts of the reports' own days in countries both name, none shared, are two happenings; one
    # report's counts spelled out tell two counts apart; a speaker named beside the body they speak for, then
    # by name, is one voice: found 1523 -> 1522 (two labels another event's words had answered), right
    # date 1404 -> 1406, typed 1264/1522, matching nothing 369 -> 367; held-out unchanged. One event split off
    # is titled by its only sentence, an opening "Of four cases ..." cut at its verb: titles cut 77 -> 78,
    # so that floor is loosened by that one title, not raised)
    # (speakers28: a bare surname is the one person the report names in full, an office alone the one person
    # it names with that office, a person described after an opening setting speaks: matching nothing
    # 347/1647 -> 346/1645. Right date 1364 -> 1363: a chief executive's bare "Hayward said" of an apology is
    # now his full name, so his remarks of the day before in another report join it and the event takes that
    # earlier day; the reading is right, the merging of one speaker's remarks of two days is what moved it,
    # so the floor is loosened by that one label. Held-out found 437 -> 436, right date 392 -> 391,
    # matching nothing 176 -> 177 of 592, from the office rule)
    # (and28: two clauses joined by "and", "while" or "but", each with a subject and verb of its own and each
    # telling a happening, are read apart, the second one's remarks too ("Mexico confirmed 25 deaths, and
    # officials said the outbreak was waning"): typed 1235 -> 1239; four labels told by the two halves of one
    # sentence now each have their own event of the right type. One label of a quarantine report is now
    # answered, at the wrong date, by an event merged across articles that the new first half joined, and the
    # event that answered it matches nothing: right date 1364 -> 1363, matching nothing 347/1647 -> 349/1650
    # (the other, an adviser's claim told after "and", is a happening no label lists); 4 of 4 sentences
    # changed on 200 unseen articles read right; held-out right date 392 -> 393, matching nothing 176/592 ->
    # 178/595, found and type unchanged. The floors are loosened by that one label and those two events)
    # (types28: a trigger's sense from its context -- "a trial program", a request denied, "the disaster
    # struck", the injured evacuated, a company's talks to sell -- and an outbreak's measures and cases told
    # as news prose tells them -- schools to reopen or kept shut, travel advice, put in quarantine, a place's
    # first case, permits withdrawn, an authority's deadline, an executive order: typed 1235 -> 1242/1478;
    # one more event matching nothing, 347/1647 -> 348/1648: a country's first case, now a disaster, no
    # longer joins another country's ministry's remarks, which stand alone unlabelled, so the ceiling moves
    # by that one event; held-out found 437 -> 438, right date 392 -> 393, typed 323/437 -> 327/438,
    # matching nothing 176/592 -> 176/593)
    # (nineteenth session, all merged on fresh28's 1,716 labels: titles28, dates28, totals28, merge28,
    # speakers28, country28, and28 and types28: right date 1404 -> 1405, typed 1262/1523 -> 1275/1523,
    # matching nothing 369/1707 -> 364/1704; titles cut 77 -> 78 (merge28's split-off "Of four cases ..."),
    # pronoun-led 30 of fewer titles; held-out right date 392 -> 394, typed 323/437 -> 327/437, matching
    # nothing 176/592 -> 179/596)
    # (twentieth session, fresh31: the set grew to 1,774 labels with 7 articles drawn and labelled blind (58
    # labels), scored as unseen text first: found 51/58, right date 46/58, type 35/51, events matching
    # nothing 22/73, titles cut 7/73. The same code (5697ffe) measured 1405/1716, 1275/1523, 364/1704, 78
    # and 30 on the set before them: the levels below moved because the set grew, not because the code lost
    # ground)
    # (twentieth session, all merged on fresh31's 1,774 labels: flaky31 (budgets count steps, not seconds:
    # no change), dates31 (weekdays joined by "and" one span; a toll after a dated deed is the deed's; the
    # meeting one is summoned to lies ahead: no change), titles31 (a verb cut from its content counts as cut
    # -- a stricter count: main's own titles would have counted 84 of 1704 before, 78 after -- and scrape
    # labels), types31 (disaster words as figures, words given on the record), speak31 (an office nobody
    # holds is not the last speaker; a country that speaks is an actor), country31 (without its two-places
    # rule), unmatched31 (plans of one day; "at the time"), ukplaces32 (the UK's nations; one government's
    # measure is not another's: two labels lose matches that were luck, one typed "other"), dclause32 (dates
    # of describing clauses) and stubs32 (a day phrase removed whole from a title; wire photo credits);
    # undated31 merged and reverted (it made background the day's news on the bundled articles). Against the
    # start on the same labels: found 1576 -> 1577, right date 1451 -> 1452, typed 1312/1576 -> 1315/1577,
    # matching nothing 382/1765 -> 374/1758, titles cut 82 -> 81 on the stricter count, pronoun-led 36;
    # held-out found 437, right date 394, typed 327/437 unchanged, matching nothing 179/596 -> 180/597)
    # (twenty-first session: four labels brought to one convention for tallies and alert raises (typed
    # 1315 -> 1314); a line opening on a comma mended (matching nothing 374 -> 373, cut 81 -> 80, pronoun-led
    # 36 -> 35); then fresh41's 40 blind labels (1,774 -> 1,814 labels))
    # (then merged: dups41 (one head named two ways), noise41 (the writer's own forecasts and generalities),
    # newcomer41 (opening phrases whole, accident nouns, given-name genders, saying verbs cut), undated41 (a
    # result on the scene in the perfect below a dated lead), dates41 (asides, "in two months", "N days
    # later"), saidtype41 (the deed said, not the saying), places41 (countries): found 1615 -> 1620, right
    # date 1486 -> 1495, typed 1347/1615 -> 1356/1620, matching nothing 389/1805 -> 389/1810, titles cut
    # 83 -> 82, pronoun-led 36 -> 35; held-out found 437 -> 440, right date 394 -> 397, typed 327 -> 328,
    # matching nothing 180/597 -> 180/600)
    # (speak42, a country's office speaks as that office: a bystander's quote misread as the mayor's is
    # dropped and one label loses its lucky match, right date 1496 -> 1495 with titles42, typed 1356 -> 1355)
    # (twenty-second session: fresh42's 52 blind labels (1,814 -> 1,866 labels; on the session's starting
    # code found 1666, right date 1538, typed 1391/1666, matching nothing 418/1871, cut 84, pronoun-led 38);
    # then merged: plural trades as speakers, shared years and chronology order (dates), noise42
    # (journalists' present-tense telling, poll summaries), missed42 (new act triggers), apart43 (disaster
    # kinds and counts of people keep acts apart), places43 (one-country reports, shared city names),
    # dates42 (scene continuation), titles43, voices43, clausedate44 (when-clauses, dated nouns' relative
    # clauses), types44 (a work's topic types nothing), voices44, journalist44 and lower-case titles: found
    # 1666 -> 1669, right date 1538 -> 1541, typed 1391/1666 -> 1404/1669, matching nothing 418/1871 ->
    # 418/1874, titles cut 84 -> 76, pronoun-led 38 -> 36; held-out found 440, right date 397, typed 329/440
    # unchanged, matching nothing 180/600 -> 179/598, titles cut 39 -> 34)
    # (twenty-third session: three blind slices, fresh46/47/48, 165 labels (1,866 -> 2,031 labels; alone, on
    # their starting code, found 130/165, right date 122/165, matching nothing 73/200); on the 2,031 labels
    # the code of 68d2bcc (gather46 and narration46 merged, nothing else yet) measured found 1802, right
    # date 1666, typed 1500/1802, matching nothing 477/2039, cut 85, pronoun-led 45; then merged:
    # titles46/47, voices46/47/48, wrongdate46, missed46 (new act triggers), misfire47 (four drop rules
    # narrowed), apart47, dates47, split47 (remarks going on), twoacts47, types47, perfect48 (arrivals and
    # deployments in the perfect), background48: found 1821, right date 1685, typed 1517/1821, matching
    # nothing 476/2056, cut 86, pronoun-led 44; held-out found 440 -> 444, right date 397 -> 400, typed
    # 329/440 -> 331/444, matching nothing 179/598 -> 176/598, titles cut 34 -> 35, pronoun-led 17 -> 14.
    # The typed share falls from 0.8412 because the new slices type worse (93 of their 130 found))
    # (twenty-fourth session: a blind slice, fresh49, 72 labels (2,031 -> 2,103; alone, on its starting
    # code, found 66/72, right date 58/72, matching nothing 38/103), which put matching nothing above its
    # level; then merged: wrongdate49, together49, types49 (types settled after merging), missed49,
    # speakers49, a speaker named after the quotation, speed49 and pace49 (outputs unchanged), mergedate50,
    # countries50, titles50: on the 2,031 labels found 1821 -> 1822, right date 1685 -> 1690, typed
    # 1517/1821 -> 1543/1822, matching nothing 476/2056 -> 467/2047; on all 2,103: found 1890, right date
    # 1748, typed 1598/1890, matching nothing 497/2129, cut 88, pronoun-led 46; held-out found 444, right
    # date 400, typed 331 -> 333/444, matching nothing 176/598 -> 175/597)
    # (twenty-fifth session: history51 (a past year's statistic, the last happening of its kind, a
    # position held "for years", happenings counted over years), regroup51 (one report's runs of one
    # voice's remarks at one occasion joined after the pass, also on an add), missed51 (work under way in
    # the passive progressive, a named party's plan "is set to"), actors51 (one name per actor, countries
    # of state bodies; no dev figure moved), "as in the 1998 floods" as a comparison, speed51 and
    # mergespeed51 (outputs unchanged): found 1890 -> 1891, right date 1748 -> 1749, typed 1598 -> 1599,
    # matching nothing 497/2129 -> 493/2126, cut 88, pronoun-led 46; held-out found 444 -> 443, right
    # date 400 -> 399 (regroup51's joins), typed 333/443, matching nothing 175/596)
    # (twenty-sixth session: a blind slice, blind53, 43 labels of 8 articles (2,103 -> 2,146; alone, on its
    # starting code 292f03b, found 36/43, right date 31/43, typed 21/36, matching nothing 15/51); then
    # merged: noise53 (a deed told as history, earlier studies' findings, a correspondent's own sources),
    # split53 (a gist joins the remarks it sums up; one occasion's remarks named twice), wrongdate53 (a
    # quotation after its speaker's dated act, "starting Friday" after an order, a denied gerund's date),
    # missed53 (plans "is to" / "plans to", two-letter subjects), types53 (a toll given by a speaker is
    # casualties), actors53, scraped53, "earlier this week" ending before the report's day, a lead's
    # present-tense claim of a deed done: on the 2,103 labels found 1891 -> 1895, right date 1749 ->
    # 1755, typed 1599 -> 1606, matching nothing 493/2126 -> 495/2129, cut 88 -> 87, pronoun-led 46 -> 45;
    # held-out found 443 -> 448, right date 399 -> 404, typed 333 -> 338, matching nothing 175/596 ->
    # 175/601. The slice's labels type and date worse than the rest, so the shares below fall: new
    # figures for a larger set, not a floor lowered)
    # (twenty-seventh session: a blind slice, blind54, 46 labels of 8 articles (2,146 -> 2,192; alone, on
    # its starting code 3ab219c, found 37/46, right date 33/46, typed 29/37, matching nothing 16/53), which
    # alone moved the whole set to 1969 / 1819 / 1659 typed / 522 of 2218; then merged: wrongdate54 (a
    # deadline moved "to May" is ahead; a year describing a speaker dates no remark), split54 (one act told
    # twice in one report, a role named for a person, undated remarks of a dated occasion; a standing plea
    # joins no court act), missed54 (a death counted in its order, "played down" a claim), voices54,
    # titles54, places54, types54 (acts left "other" whose words name their kind), a weekend's end, a
    # timetable present with its weekday, and a second round (voices54b, dates54b, titles54b, a wire's
    # disclaimer): found 1969 -> 1972, right date 1819 -> 1823, typed 1659 -> 1696, matching nothing
    # 522/2218 -> 515/2214, cut 91 -> 90, pronoun-led 53 -> 51)
    # (twenty-eighth session: a blind slice, blind55, 55 labels of 8 articles (2,192 -> 2,247; alone, on
    # its starting code cee7e25, found 49/55, right date 46/55, typed 36/49, matching nothing 18/67), which
    # alone moved the whole set to the figures below: new figures for a larger set, not a floor lowered)
    # (then merged: mergedate55 (an act dated only by its publication joins another report's act of more
    # than a day before only when it names that act's particulars), wrongdate55 (a Sunday paper's "last
    # week", "as scheduled", a comparison's yardstick, "for the second time this year"), voices55,
    # unmatched55 (history named by its year, a comment page's "I"), types55 (a word's sense from its object
    # and subject; a public body's order is a policy), places55 (countries), titles55, split55 (one voice's
    # act told twice in one report), saidact55 (deeds after "said it had"), carry55 ("that night", "after
    # that meeting"), speed55 (output identical), a sourcing note, a campaign's weekday, an office changing
    # hands in the present, money led by its qualifier, a country's name opening a person's: found 2021 ->
    # 2018, right date 1868 -> 1875, typed 1734 -> 1739, matching nothing 526/2263 -> 526/2270, cut 94,
    # pronoun-led 53 -> 54; held-out found 449, right date 404 -> 401, typed 339, matching nothing 171/598 ->
    # 171/600)
    # (5 Dec 2026, twenty-ninth session, blind57: the set grew to 2,307 labels with 9 articles drawn and
    # labelled blind (60 labels), scored as unseen text first: found 53/60, right date 48/60, typed 39/53,
    # matching nothing 26/79; on the whole set the starting code measured found 2070, right date 1924,
    # typed 1781/2070, matching nothing 547/2332, cut 99, pronoun-led 56. Then merged: retro57 (a piece
    # looking back over earlier days carries the day of the last dated sentence to undated past acts),
    # subdate57 (a relative clause about the speaker dates no remark), titles57, within57 (a body's head
    # saying what the body said; a bare spokesman after a body), types57 (a court's own acts are legal; a
    # charge denied by its name is a plea; accidents are no attacks), body57 (an act of the speaker's own
    # body told as what was said is the act), places57 (a firm's own business is of its home), speakers57,
    # fragments57, speed57 (output identical), a death of a month joining another report's death only by
    # who, where or of what, a count's comma in a "since ..., when" clause: found 2070, right date 1929,
    # typed 1791, matching nothing 547/2334, cut 98, pronoun-led 55; on the 2,247 labels before blind57
    # 2018 / 1875 -> 1880 / 1739 -> 1751 / 526 of 2270 -> 525 of 2272; held-out found 449 -> 450, right
    # date 401 -> 400, typed 339 -> 338, matching nothing 171/600 -> 170/601: new figures for a larger set)
    # (5 Dec 2026, thirtieth session, blind58: the set grew to 2,378 labels with 9 articles drawn and
    # labelled blind (71 labels), scored as unseen text first: found 59/71, right date 54/71, typed 43/59,
    # matching nothing 25/83; on the whole set the starting code measured found 2131, right date 1982,
    # typed 1836/2131, matching nothing 565/2395, cut 102, pronoun-led 56. Then merged: pastperf58 (an
    # undated main clause in the past perfect takes the day set just above, else is background), clauses58
    # (a relative clause's or an opening "After ...-ing" phrase's day is its own; an order with a day ahead
    # plans the act), second58 (the vessel a mishap befell, named again, is the same happening), remarks58,
    # tolls58 (counts, tolls and accidents typed), titles58, speed58 (output identical), speakers58, split58
    # (a pronoun's quote after an act joins it), merge58 ("Separately," opens another matter), check58, a
    # break inside a dash aside, a relative clause's day dating no other sentence of its paragraph: found
    # 2131, right date 1985, typed 1845, matching nothing 554/2383, cut 101, pronoun-led 53; held-out
    # unchanged: new figures for a larger set)
    # (6 Dec 2026, thirty-first session, blind59: the set grew to 2,424 labels with 9 articles drawn and
    # labelled blind (46 labels), scored as unseen text first: found 39/46, right date 37/46, typed 25/39,
    # matching nothing 14/53; on the whole set the starting code measured found 2170, right date 2022,
    # typed 1870/2170, matching nothing 567/2433, cut 104, pronoun-led 53. Then merged: captions59,
    # unmatched59 (a speaker's expectation plans nothing), titles59, dates59 (holidays), speakers59,
    # aside59 (an act outside every aside takes no date from them), speed59 (output identical), types59
    # (votes, soaring counts, bodies recovered, a trial side's case), missed59 (plural office-holders, a
    # place kept open by decision, ", followed on DAY by"), samespk59: found 2174, right date 2028, typed
    # 1880/2174, matching nothing 567/2437, cut 100, pronoun-led 53; held-out found 450 -> 451, right date
    # 400 -> 401: new figures for a larger set)
    # (6 Dec 2026, thirty-second session: the labels changed twice. labels60 wrote one convention for
    # analysts' and experts' commentary, remarks in the present perfect and bystanders' quotes (DEV_SET.md,
    # "Conventions for disputed classes") and applied it from the article text alone: 56 labels removed, 1
    # added; on the unchanged code right date went 0.8366 -> 0.8345 and matching nothing 0.233 -> 0.253.
    # blind60 added 9 articles labelled blind (51 labels), scored as unseen text first: found 45/51, right
    # date 40/51, typed 36/45, matching nothing 39/83. On the resulting 2,420 labels the starting code
    # measured found 2169, right date 2014 (0.8322), typed 1864/2169, matching nothing 653/2505 (0.261), cut
    # 103, pronoun-led 60. Then merged: headlines60, modal60 (supposed scenes date nothing; a possibility
    # with a day ahead is planned), dates60, bodydate60 (a body's remarks date only sentences where it speaks
    # or acts), speed60 (output identical), merge60, types60, commentary60 (experts quoted for comment make
    # no event): the levels below. The floors for right date and typed are lower than the last session's
    # because the label set changed, not because the code fell: on the same labels both rose)
    # (6 Dec 2026, thirty-third session: blind61 added 10 articles labelled blind (62 labels), scored as
    # unseen text first: found 53/62, right date 50/62, typed 41/53, matching nothing 27/80; on the
    # resulting 2,482 labels the starting code measured found 2218, right date 2065 (0.8320), typed
    # 1905/2218 (0.8589), matching nothing 639/2522 (0.2534), cut 103, pronoun-led 61. Then merged:
    # history61 (a company's growth years back, a bare forecast as main verb), mergedate61 (an undated act
    # in the present perfect joins an older report's act only by its particulars), titles61 (a pronoun at
    # the head of a run named; blog signatures end the body), types61 (outbreaks, successions, findings
    # published, purpose clauses), dates61 (a clause after ", but" takes its own tense; "ahead of" a day),
    # speakers61, speed61 (output identical), present61 narrowed (remarks marked as earlier): the levels
    # below. The floor for typed is lower than the last session's because the blind slice is typed 77 %,
    # not because the code fell: on the 2,420 labels before it typed went 1864/2165 -> 1864/2162)
    # (6 Dec 2026, thirty-fourth session: blind62 added 10 articles labelled blind (60 labels), scored as
    # unseen text first: found 53/60, right date 49/60, typed 41/53, matching nothing 31/81; on the
    # resulting 2,542 labels the starting code measured found 2270, right date 2118 (0.8332), typed
    # 1945/2270 (0.8568), matching nothing 653/2570 (0.2541), cut 104, pronoun-led 58. Then merged:
    # unmatched62 (more forms of experts quoted for comment), speed62 (output identical), titles62 (bare
    # quotes named, more places to cut), split62 (a speaker's stance joins the speaker's remarks; an act
    # named by its verb's noun is the act told before), voices62 (remarks told in the past stay past),
    # acts62 ("known to have", a firm named by its trade speaks, "He also ...", a named doer's perfect act
    # stands), dates62 (a time clause's verb sets a bare month's tense; "due" after a noun looks ahead; a
    # month on a possessive noun), types62 (outbreak counts by times, panels' rulings, measures): the levels
    # below)
    # (6 Dec 2026, thirty-fifth session: blind63 added 10 articles labelled blind (56 labels), scored as
    # unseen text first: found 43/56, right date 40/56, typed 31/43, matching nothing 23/65; on the
    # resulting 2,598 labels the starting code measured found 2320, right date 2168 (0.8345), typed
    # 1988/2320 (0.8569), matching nothing 665/2621 (0.2537), cut 92, pronoun-led 51: the ratios fell for
    # the new labels, not for code. Then merged: titles63 (an opening clause ended by a day, leftover
    # "between", a saying after an opening clause), types63 (an office taken over, a toll a speaker
    # estimates, an outbreak declared, checks begun, planned meetings of states), split63 (a passive
    # retelling, a court's act named again, a speaker's news conference), acts63 (irregular perfects from a
    # full table, range counts, a counted background happening), dates63 (a present-perfect lead takes the
    # next sentence's day), unmatched63 (running peaks, suits faced, unnamed experts counted by "some"),
    # voices63 (a reply's actor is its speaker, a letter's addressee is no actor, "the company statement"),
    # speed63 (output identical): the levels below. blind63's own slice did not move (43/40/31/23 of 65))
    # (6 Dec 2026, thirty-sixth session: blind64 added two slices of 10 articles each labelled blind (138
    # labels, f64 and f65), scored as unseen text first: found 111/138, right date 96/138, typed 80/111,
    # matching nothing 62/166; on the resulting 2,736 labels the starting code measured found 2439, right
    # date 2274 (0.8311), typed 2090/2439 (0.8569), matching nothing 714/2751 (0.2595), cut 95, pronoun-led
    # 53: the ratios fell for the new labels, not for code. Then merged: titles64 (an opening "he"/"she"
    # named by the earlier subject), dates64 ("last <month>", a month before a noun of a happening, a half
    # of the year with results, an opening time carried to the next undated act), speed64 (output
    # identical), split64 (a paper by its authors speaks for the first), plans64 (likely/poised to with a
    # day ahead, a plan's year, an opening "when" clause awaiting a step), cases64 (a disaster's own course,
    # new cases, a rumoured resignation), capital64 (a capital after "says" lowered when the sentence writes
    # the word in lower case), court64 (testimony after an apposition, going to court), and a review
    # commit: the levels below. The slices f64 and f65 did not move (111/96/80/62))
    # (6 Dec 2026, thirty-seventh session: blind66 added two slices of 10 articles each labelled blind (121
    # labels, f66 and f67), scored as unseen text first: found 104/121, right date 92/121, typed 79/104,
    # matching nothing 52/151; on the resulting 2,857 labels the starting code measured found 2546, right
    # date 2369 (0.8292), typed 2172/2546 (0.8531), matching nothing 754/2870 (0.2627), cut 100, pronoun-led
    # 54: the ratios fell for the new labels, not for code. Then merged: unfound66 (named bodies and
    # office-holders as speakers, a past perfect after a time opener, officials' undated replies), merge66
    # (one speaker's statements of one day, a body's spokesperson, a document's findings), dates66, titles66,
    # types66 (disasters, help sent, announced acts, refused resignations), toll66 (a toll told sentence by
    # sentence), noise66 (analysts' figures, hearsay), two review-fix branches and title commits: the levels
    # below. The slices f66 and f67 did not move (104/92/79, 53 of 152). A third review's fix then kept an
    # untyped act announced through "said" a remark, which lost one typed label)
    # (6 Dec 2026, thirty-eighth session: the briefs carried classes readers saw on unseen text. Merged:
    # titles38, same38 (one deed told twice), noise38 (bystanders' opinions), dates38 (timelines' entries),
    # speakers38 (jobs by form), speed38 (output identical), lead38 (a lead's news in the present), bodies38
    # (a body named by its kind speaks), five fix branches of four reviews and the lead's commits. The labels
    # barely move: found 2552 -> 2551, right date 2375 -> 2374, typed 2177, matching nothing 749/2869 ->
    # 753/2874 (more events: bodies and jobs now speak); the gains are in actors and titles, which the labels
    # do not score. The levels below)
    # (6 Dec 2026, thirty-ninth session: each brief began by counting its failure class. Merged: dates39 (a
    # day naming a sudden happening read back), speakers39 (addressees, job nouns, named administrations),
    # types39 and types39b (attacks in words, testimony to lawmakers, background disasters), titles39,
    # same39 and same39b (an act restated by its doer; claims need a claim word), noise39 (bystanders'
    # wishes, scholars' guesses), unfound39 (passives with their agent, office-holders' deeds), split39
    # (a later count of a toll), named39, three fix branches of three reviews; speakers39b and noise39b
    # reverted after a review. Right date 2374 -> 2377, typed 2177 -> 2176, matching nothing 753/2874 ->
    # 742/2868, cut 96 -> 97. The levels below)
    # (7 Dec 2026, fortieth session: blind68 added two slices labelled blind (150 labels in 16 articles, f68
    # and f69), scored as unseen text first: f68 found 55/66, right date 48/66, typed 47/55, matching nothing
    # 31/84; f69 58/84, 52/84, 47/58, 31/88; on the resulting 3,007 labels the starting code measured found
    # 2666, right date 2480 (0.8247), typed 2271/2666 (0.8518), matching nothing 798/3003 (0.2657), cut 106,
    # pronoun-led 51: the ratios fell for the new labels, not for code. Then merged: mergedate40 (a remark in
    # the present with no date is of the report's day), dup40 (another voice retelling an act joins it),
    # types40 (figurative attacks, officials' counts of people, relative-clause deeds, measures called for),
    # titles40, three fix branches of reviews; noise40, dating40 and voiced40 reverted after their reviews.
    # Right date 2480 -> 2482, matching nothing 798/3003 -> 800/3006. The levels below)
    # (7 Dec 2026, forty-first session: blind70 added two slices labelled blind (150 labels in 18 articles,
    # f70 and f71), scored as unseen text first: f70 found 69/82, right date 59/82, typed 44/69, matching
    # nothing 37/103; f71 52/68, 48/68, 39/52, 25/77; on the resulting 3,157 labels the starting code measured
    # found 2791, right date 2595 (0.8220), typed 2357/2791 (0.8445), matching nothing 847/3136 (0.2701), cut
    # 111, pronoun-led 52: the ratios fell for the new labels, not for code. The earlier blind slices f63-f67
    # were read this session as unseen text. Merged: noise41, voices41 (an outlet told is no actor), titles41,
    # typed41 (narrowed by fix41d), unfound41 (weeks told ahead, possessive days), voiced41 (a body's own deed
    # in its own voice), ui41, speed41, speed41b and four fix branches of reviews. Right date 2595 -> 2599,
    # typed 2357 -> 2366, matching nothing 847/3136 -> 847/3135, pronoun-led 52 -> 53. The levels below)
    # (7 Dec 2026, forty-second session: blind72 added two slices labelled blind (143 labels in 20 articles,
    # f72 and f73), scored as unseen text first: f72 found 41/48, right date 38/48, typed 29/41, matching
    # nothing 25/66; f73 76/95, 67/95, 58/76, 49/124; on the resulting 3,300 labels the starting code measured
    # found 2912, right date 2702 (0.8188), typed 2454/2912 (0.8427), matching nothing 916/3298 (0.2777), cut
    # 120, pronoun-led 57: the ratios fell for the new labels, not for code. The earlier blind slices f68 and
    # f69 were read this session as unseen text. Merged: titles42, unfound42, typed42 (narrowed by fix42e),
    # countries42, gates42, ui42, speed42, the safe part of noise42 (fix42f) and four fix branches of reviews;
    # merge42 and the rest of noise42 reverted after their reviews. Right date 2702 -> 2708, typed 2454 ->
    # 2459, matching nothing 916/3298 -> 915/3299. The levels below)
    # (7 Dec 2026, forty-third session: blind74 added two slices labelled blind (133 labels in 20 articles,
    # f74 and f75), scored as unseen text first: f74 found 58/70, right date 50/70, typed 42/58, matching
    # nothing 26/84; f75 46/63, 40/63, 32/46, 20/66; on the resulting 3,433 labels the starting code measured
    # found 3022, right date 2799 (0.8153), typed 2537/3022 (0.8395), matching nothing 957/3423 (0.2796), cut
    # 127, pronoun-led 59: the ratios fell for the new labels, not for code. The earlier blind slices f70 and
    # f71 were read this session as unseen text. Merged: dates43 (guarded by fix43a), unfound43 (fix43c),
    # typed43 (narrowed by fix43e), retell43 (fix43b), actors43 (fix43f), ui43, speed43 and the lead's speaker
    # and vocabulary changes; noise43 and titles43 reverted after their reviews. Right date 2799 -> 2801,
    # typed 2537 -> 2542, matching nothing 957/3423 -> 957/3422. The levels below)
    # (7 Dec 2026, forty-fourth session: blind76 added two slices labelled blind (124 labels in 18
    # articles, f76 and f77), scored as unseen text first: f76 found 51/64, right date 44/64, typed
    # 35/51, matching nothing 22/70; f77 48/60, 39/60, 35/48, 31/79; on the resulting 3,557 labels the
    # starting code measured found 3125, right date 2884 (0.8108), typed 2611/3125 (0.8355), matching
    # nothing 1007/3553 (0.2834), cut 134, pronoun-led 62: the ratios fell for the new labels, not for
    # code. The earlier blind slices f72 and f73 were read this session as unseen text. Merged:
    # unfound44 (guarded by fix44d), typed44 (narrowed by fix44c), speakers44 (fix44b), actors44
    # (fix44e), keydates44 and the lead's two changes (captions' present, a deadline's weekday); dates44
    # reverted after its review, noise44 and merge44 not merged. Found 3125 -> 3133, right date 2884 ->
    # 2891, typed 2611 -> 2617, matching nothing 1007/3553 -> 1006/3559. The levels below)
    # (7 Dec 2026, forty-fifth session: blind78 added two slices labelled blind (154 labels in 20
    # articles, f78 and f79), scored as unseen text first: f78 found 43/55, right date 37/55, typed
    # 28/43, matching nothing 24/67; f79 82/99, 74/99, 67/82, 56/138; on the resulting 3,711 labels the
    # starting code measured found 3264, right date 3000 (0.8084), typed 2713/3264 (0.8312), matching
    # nothing 1068/3698 (0.2888), cut 142, pronoun-led 66: the ratios fell for the new labels, not for
    # code. The earlier blind slices f74 and f75 were read this session as unseen text. Merged: dates45
    # (guarded by fix45c), unfound45 (fix45e), typed45 (narrowed by fix45b), titles45 (fix45d),
    # titles45b (fix45f), actors45 (fix45a), tidy45 and ui45; merge45b reverted after its review and
    # fix. Found 3264 -> 3268, right date 3000 -> 3005, typed 2713 -> 2722, matching nothing 1068/3698
    # -> 1070/3703. The levels below)
    # (7 Dec 2026, forty-sixth session: blind80 added two slices labelled blind (170 labels in 20
    # articles, f80 and f81), scored as unseen text first: f80 found 66/76, right date 60/76,
    # typed 49/66, matching nothing 20/86; f81 78/94, 74/94, 60/78, 48/123; on the resulting 3,881
    # labels the starting code measured found 3412, right date 3139 (0.8088), typed 2829/3412
    # (0.8291), matching nothing 1120/3862 (0.2900), cut 155, pronoun-led 71: the ratios fell for
    # the new labels, not for code. The earlier blind slices f76 and f77 were read this session as
    # unseen text. Merged: titles46 (guarded by fix46t), dates46 (fix46d), segment46 (fix46s),
    # actors46 (fix46a), typed46 (fix46y), two46 (fix46w); unmatched46 not merged after its
    # review. Found 3412 -> 3412, right date 3139 -> 3139, typed 2829 -> 2832, matching nothing
    # 1120/3862 -> 1123/3861, cut 155 -> 154, pronoun-led 71 -> 72. The levels below)
    # (7 Dec 2026, forty-seventh session: blind82 added two slices labelled blind (143 labels in 20
    # articles, f82 and f83), scored as unseen text first: f82 found 53/66, right date 48/66, typed
    # 43/53, matching nothing 28/79; f83 74/77, 69/77, 55/74, 42/116; on the resulting 4,024 labels
    # the starting code measured found 3540, right date 3257 (0.8094), typed 2934/3540 (0.8288),
    # matching nothing 1181/4010 (0.2945), cut 159, pronoun-led 76: the ratios fell for the new
    # labels, not for code. The earlier blind slices f78 and f79 were read this session as unseen
    # text. Merged: merge47, segment47 (guarded by fix47s), dates47 (fix47d), titles47 (fix47t),
    # actors47 (fix47a), typed47 (fix47y), two47 (fix47w). Found 3540 -> 3541, right date 3257 ->
    # 3258, typed 2934 -> 2936, matching nothing 1181/4010 -> 1181/4007. The levels below)
    # (7 Dec 2026, forty-eighth session: blind84 added two slices labelled blind (133 labels in 20
    # articles, f84 and f85), scored as unseen text first: f84 found 53/64, right date 48/64, typed
    # 37/53, matching nothing 32/83; f85 62/69, 59/69, 52/62, 32/93; on the resulting 4,157 labels
    # the starting code measured found 3658, right date 3364 (0.8092), typed 3024/3658 (0.8267),
    # matching nothing 1225/4131 (0.2965), cut 167, pronoun-led 78: the ratios fell for the new
    # labels, not for code. The slices f80 and f81 were read this session as unseen text. Merged:
    # titles48 (fix48t), actors48 (fix48a), segment48 (fix48s), two48 (fix48w), dates48 (fix48d);
    # merge48 and typed48 were dropped after their reviews. Found 3658 -> 3659, right date 3364 ->
    # 3367, typed 3024 -> 3024, matching nothing 1225/4131 -> 1225/4132. The levels below)
    # (8 Dec 2026, forty-ninth session: blind86 added two slices labelled blind (146 labels in 20
    # articles, f86 and f87), scored as unseen text first: f86 found 71/76, right date 63/76, typed
    # 59/71, matching nothing 28/95; f87 65/70, 57/70, 49/65, 31/95; on the resulting 4,303 labels
    # the starting code measured found 3801, right date 3483 (0.8094), typed 3134/3801 (0.8245),
    # matching nothing 1269/4268 (0.2973), cut 173, pronoun-led 78: the ratios fell for the new
    # labels, not for code. The slices f82 and f83 were read this session as unseen text. Merged:
    # dates49 (fix49d), segment49 (fix49s), titles49 (fix49t), voices49, actors49 (fix49a), roles49,
    # results49, plans49 (fix49p), small49; two49, typed49 and office49 were not merged. Found 3801 ->
    # 3803, right date 3483 -> 3485, typed 3134 -> 3136, matching nothing 1269/4268 -> 1270/4272. The
    # levels below)
    assert dated >= 0.8096  # measured 0.8099 (3485/4303; goal 0.85)
    assert typed >= 0.8245  # measured 0.8246 (3136/3803; goal 0.80)
    assert unmatched <= 0.2974  # measured 0.2973 (1270/4272; goal 0.15)
    assert fragments <= 0.0406  # measured 0.0405 (173/4272)
    # titles whose subject is a bare pronoun ("It will reopen ..."), held apart from the fragments: they are
    # clauses, and some name nobody the article names reliably
    assert scores.pronoun_led / scores.n_titles <= 0.0183  # measured 0.0183 (78/4272)
