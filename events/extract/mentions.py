"""Body sentences -> mentions: what happened (event type), who, where, how many, and when.

A mention is one sentence's report of a happening. Merging (events/merging.py) turns the mentions of
all articles into events. Rules here are about English news prose in general: reported speech
("X said on Tuesday that ..."), attribution ("according to ..."), tense and modality.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from events.extract.budget import Budget
from events.extract.corpus import Article, Sentence
from events.extract.dates import DateMention, find_dates
from events.extract.entities import Entity, Gazetteer, country_name
from events.extract.quantities import Figure, find_figures
from events.schema import SPEECH_EVENT_TYPES as SPEECH_TYPES


@dataclass(frozen=True)
class Trigger:
    event_type: str
    family: str  # finer than the type: "invasion" and "offensive" are both offensives, never one event
    pattern: re.Pattern[str]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Priority order: the first trigger found decides the type. Speech acts come last because a sentence
# like "Zelenskyy said Tuesday that the military had captured two men" reports a capture.
TRIGGERS = (
    Trigger(
        "denial",
        "denial",
        _rx(
            r"\b(den(y|ies|ied|ying|ial)|reject(s|ed|ing)?\s+(the\s+)?(claims?|allegations?|accusations?|reports?"
            r"|suggestions?)|dismiss(es|ed|ing)?\s+(the\s+)?(claims?|allegations?|accusations?|reports?)|groundless"
            r"|unfounded|baseless|no\s+basis\s+in\s+facts?|refut(e|es|ed|ing)|fabricat(ed|ion))\b"
        ),
    ),
    Trigger(
        "exchange",
        "exchange",
        _rx(
            r"\b(exchang(e|ed|es|ing)|swap(s|ped)?)\b[^.]{0,90}\b(prisoners?|soldiers|captives|pows?|nationals|citizens"
            r"|servicemen)\b|\b(prisoners?|pows?)\s+(exchange|swap)\b"
        ),
    ),
    Trigger(
        "capture",
        "capture",
        _rx(
            r"(?<!\btwo\s)(?<!\bthe\s)(?<!\bboth\s)(?<!\bof\s)\b(captur(ed|es|ing)|taken\s+(into\s+custody|prisoner"
            r"|captive)|detained)\b(?!\s+(chinese|north|russian|ukrainian|foreign|soldiers|men|fighters|individuals"
            r"|nationals)\b)"
        ),
    ),
    Trigger(
        "deployment",
        "deployment",
        _rx(
            r"\b(deploy(ed|s|ing|ment)?|dispatch(ed|es)?|(sen(t|ds|ding)|send)\s+([\w,-]+\s+){0,4}(troops|soldiers"
            r"|forces|military\s+personnel|reinforcements|units))\b"
        ),
    ),
    # An invasion or offensive is an event where it starts ("invaded", "launched its invasion",
    # "the offensive has begun"); "fighting in Russia's invasion" or "a spring offensive" only refer to one.
    Trigger(
        "offensive",
        "invasion",
        _rx(
            r"\b(invaded|invading)\b|\b(launch(ed|es)?|began|begun|start\s+of|started)\s+([\w’'-]+\s+){0,4}invasion\b"
        ),
    ),
    Trigger(
        "offensive",
        "offensive",
        _rx(
            r"\b(offensive|counteroffensive|counter-offensive|incursion)\b[^.]{0,40}\b(begun|began|launched|started"
            r"|under\s*way|kicked\s+off)\b|\b(launch(ed|es)?|began|begun|start\s+of|started)\s+([\w’'-]+\s+){0,4}"
            r"(offensive|counteroffensive|counter-offensive|incursion)\b|\bintensified\s+(assaults|attacks)\b"
        ),
    ),
    Trigger(
        "attack",
        "attack",
        _rx(
            r"\b(attack(ed|s)?|air\s?strikes?|struck|shell(ed|ing)|bomb(ed|ing|ardment)|launched\s+([\w,-]+\s+){0,5}"
            r"(drones|missiles|rockets)|missile\s+strikes?|drone\s+strikes?)\b"
        ),
    ),
    Trigger("casualties", "casualties", _rx(r"\b(killed|wounded|injured|casualties|death\s+toll|died)\b")),
    Trigger(
        "recruitment",
        "recruitment",
        _rx(r"\b(recruit(ed|ing|s|ment|ments)?|enlist(ed|ing|ment)?|adverts?|mercenar(y|ies))\b"),
    ),
    Trigger(
        "sanction",
        "sanction",
        _rx(r"\b(sanctions?|sanctioned|embargo|asset\s+freeze)\b"),
    ),
    Trigger(
        "diplomacy",
        "diplomacy",
        _rx(
            r"\b(summon(ed|s|ing)?|talks|negotiat\w+|(?<!be\s)met\s+with|meet\s+with|press\s+conference\s+with|visit(ed|s)?"
            r"|ceasefire|cease-fire|peace\s+(plan|talks|deal|settlement|process)|broker\w*|envoy|delegation"
            r"|chargé|ambassador|engage\s+with)\b"
        ),
    ),
    # Acts outside the named types that news reports as happenings: exercises, arms sales, resignations
    Trigger(
        "other",
        "other",
        _rx(
            r"\b(launched|held|staged|began|conducted|started|announced)\s+([\w-]+\s+){0,3}(drills|exercises|war\s+games"
            r"|blockade)\b|\b(approved|vetoed|resigned|was\s+elected|were\s+elected|appointed|sworn\s+in|evacuated"
            r"|protested|staged\s+(a\s+)?protests?)\b"
        ),
    ),
)
_SPEECH = _rx(
    r"\b(said|says|say|told|tells|stated|announced|announces|urged|urges|urging|called|calling|warned|warns"
    r"|added|adding|declined\s+to\s+comment|revealed|emphasi[sz]ed|underscored|stressed|noted|noting|insisted"
    r"|insisting|claimed|claims|alleged|alleges|accused|accuses|accusing|described|according\s+to|reiterated"
    r"|dismissed|rejected|denied|denies|expanded\s+on|voiced|statement|argued|asserted|claim|saying"
    r"|stopped\s+short\s+of|reported|shared|maintaining|estimates|estimated)\b"
)
# Words that make remarks a claim about others rather than a statement; nouns like "the allegations"
# only refer to somebody else's claim ("declined to comment on the allegations").
_CLAIM_WORDS = _rx(
    r"\b(claimed|claims\s+that|made\s+the\s+claim|expanded\s+on\s+its\s+claim|alleged|alleging|accused|accusing"
    r"|asserted|identified|aware|intelligence\s+(showed|indicates|shows|has)|believed\s+to\s+be)\b"
)
_NEGATED = _rx(
    r"\b(not|never|no|without|stopped\s+short\s+of|refrain(ed)?\s+from|declined\s+to)\s+(\w+\s+){0,6}$"
)
# Verbs that report speech; "North Korea has sent troops, officials said" is then dated by the saying.
_REPORTING = _rx(r"\b(said|told|announced|stated|added|claimed|reported|revealed|warned|estimated)\b")
_PAST_TENSE = _rx(
    r"\b(\w+ed|said|told|sent|began|begun|took|made|gave|met|came|held|found|struck|fought|shot|brought|led|spoke"
    r"|drew|saw|became|paid|put|hit|kept|sold|spent|sought|caught|broke|chose|got|grew|threw|withdrew|won|lost|fled"
    r"|had|was|were|left|went|ran|rose|fell|sent|set|shot|struck|stood|told|took|wrote|flew|began)\b"
)
_PLUPERFECT = _rx(r"\bhad\s+(already\s+|been\s+)?\w+(ed|en)\b")
_PEOPLE_KINDS = ("people", "troops", "casualties")
# "Taiwan's defence ministry" / "Polish prosecutors" just before "said": an office the list does not name
_ORGAN = _rx(
    r"(?-i:\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)(?:’s|'s)?\s+(defen[cs]e\s+ministry|foreign\s+ministry|ministry(\s+of\s+\w+)?"
    r"|government|military|army|navy|coast\s+guard|air\s+force|general\s+staff|presidential\s+office|embassy"
    r"|prosecutors?|police|authorities|officials)\s*$"
)
NEWS_OUTLET = "news outlet"
_PRESENT_SPEECH = _rx(r"\b(says|insists|presents|claims|maintains|argues)\b")
_PERFECT = _rx(r"\b(has|have)\s+(already\s+|previously\s+|also\s+|reportedly\s+)?(been\s+)?\w+(ed|en|t)\b")
_HYPOTHETICAL = _rx(r"^(if|should|were)\b|\b(would|could|might)\s+(raise|make|be|have|mean|undermine)\b")
_PRONOUN_SPEAKER = _rx(r"^(he|she)\b|[,;:“”\"]\s*(he|she)\s+(said|told|added|revealed|noted|warned|stated)\b")
_QUOTE = re.compile(r"[“\"]([^”\"]{3,120})[”\"]")
_ATTRIBUTION_DATE = _rx(r"\b(report(ed)?|published|article|according\s+to)\b[^.;]{0,40}$")


@dataclass(frozen=True)
class Mention:
    """One sentence's report of a happening, with everything needed to merge it and to show its source."""

    article: str
    outlet: str
    published: dt.date
    sentence: Sentence
    event_type: str
    family: str
    speaker: str
    speaker_country: str
    agent_country: str
    actors: tuple[str, ...]
    countries: tuple[str, ...]
    locations: tuple[str, ...]
    subject_countries: tuple[str, ...]
    figures: tuple[Figure, ...]
    date_start: dt.date
    date_end: dt.date
    precision: str
    date_text: str
    date_basis: str
    date_reason: str
    planned: bool
    undated_past: bool
    anterior: bool
    clause: str
    quote: str = ""
    entities: tuple[Entity, ...] = field(default=(), compare=False, repr=False)

    @property
    def is_speech(self) -> bool:
        return self.event_type in SPEECH_TYPES


@dataclass
class _Draft:
    """A sentence's analysis before its date is settled from context."""

    sentence: Sentence
    event_type: str
    family: str
    speaker: str
    speaker_country: str
    agent_country: str
    entities: list[Entity]
    own_date: DateMention | None
    figures: list[Figure]
    undated_past: bool
    anterior: bool
    generic: bool
    clause: str
    quote: str
    present_habitual: bool


def extract_mentions(
    article: Article, gazetteer: Gazetteer, published: dt.date | None = None, *, budget: Budget | None = None
) -> list[Mention]:
    """The mentions of one article, dated against `published` (the article's own date by default).

    With a `budget`, reading stops between sentences once it is spent (`budget.exhausted` says so).
    """
    when = published or article.published
    if when is None:
        raise ValueError(f"{article.name}: a publication date is needed to resolve its dates")
    dates = find_dates(article.text, when)
    entities = gazetteer.find(article.text)
    # Each sentence is given only the dates and names inside it (found by bisection): filtering every
    # date of the article for every sentence took time quadratic in the article's length.
    date_starts = [d.start for d in dates]
    entity_starts = [e.start for e in entities]
    drafts: list[_Draft] = []
    last_speaker = ("", "")
    for sentence in article.sentences:
        if budget is not None and budget.spent():
            break
        own_dates = dates[bisect_left(date_starts, sentence.start) : bisect_left(date_starts, sentence.end)]
        own_entities = entities[
            bisect_left(entity_starts, sentence.start) : bisect_left(entity_starts, sentence.end)
        ]
        draft = _analyse(sentence, own_dates, own_entities, last_speaker)
        if draft is None:
            continue
        if draft.speaker:
            last_speaker = (draft.speaker, draft.speaker_country)
        drafts.append(draft)
    mentions = []
    for index in range(len(drafts)):
        if budget is not None and budget.spent():
            break
        mention = _settle_date(index, drafts, article, when)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _analyse(
    sentence: Sentence, dates: list[DateMention], entities: list[Entity], last_speaker: tuple[str, str]
) -> _Draft | None:
    text = sentence.text
    speech = _SPEECH.search(text)
    if _HYPOTHETICAL.search(text) and not speech:
        return None
    if text[:1] in '"“‘' and not speech:
        return None  # the middle of a quotation that runs over several sentences: its speaker comes later
    # "The attack came a day after delegations met": the opening refers back; the news is after it
    came_as = _CAME_AS.match(text)
    news_from = came_as.end() if came_as else 0
    found = [
        (t, m)
        for t in TRIGGERS
        for m in t.pattern.finditer(text)
        if m.start() >= news_from and not _NEGATED.search(text[max(0, m.start() - 80) : m.start()])
    ]
    sentence_dates = [
        d for d in dates if d.start >= sentence.start and d.end <= sentence.end and d.value != "PRESENT_REF"
    ]
    # A dated sentence in the past tense reports something that happened even when no trigger names it
    # ("Eleven sailors were lifted to safety on Wednesday"): an event of type "other".
    dated_act = next(
        (d for d in sentence_dates if d.precision in ("day", "week", "month") and d.tense != "future"), None
    )
    if not found and not speech and not (dated_act and _PAST_TENSE.search(text) and len(text.split()) >= 6):
        return None
    local = [
        _shift(e, -sentence.start) for e in entities if e.start >= sentence.start and e.end <= sentence.end
    ]
    speaker, speaker_country, pronoun = _speaker(text, speech, local, last_speaker)
    figures_all = find_figures(text)
    trigger, trigger_match = found[0] if found else (None, None)
    if trigger is not None and trigger.event_type == "recruitment" and speech:
        trigger, trigger_match = None, None  # "Zelenskyy said Russia was recruiting ..." is his claim
    if trigger is not None and trigger.event_type == "denial" and not (speech or speaker):
        trigger = None
    # "<what happened on Wednesday>, the coastguard said.": the attribution closes a report of an act
    attributed = (
        speech is not None
        and speech.start() > 0.6 * len(text)
        and "," in text[: speech.start()]
        and dated_act is not None
        and dated_act.end - sentence.start < speech.start()  # dated in what was said, not in the saying
    )
    if (trigger is None or trigger_match is None) and (not speech or attributed) and dated_act is not None:
        event_type = family = "other"
        span = (dated_act.start - sentence.start, dated_act.end - sentence.start)
    elif trigger is None or trigger_match is None:
        if not speech:
            return None
        claimish = (
            _CLAIM_WORDS.search(text)
            or any(f.kind in _PEOPLE_KINDS for f in figures_all)
            or any(t.event_type == "recruitment" for t, _ in found)
        )
        event_type = family = "claim" if claimish else "statement"
        body = _ORGAN.search(text[: speech.start()].rstrip(" ,"))
        if body and not any(e.kind == "country" and e.start == body.start() for e in local):
            body = None  # "The ministry said": whose ministry is not said
        if body and not any(e.kind == "actor" for e in local if e.end <= speech.start()):
            # "Taiwan's defence ministry said": an office of a country the list does not name
            speaker = body.group().strip()
            speaker_country = next(
                (e.country for e in local if e.start == body.start() and e.country), speaker_country
            )
        if (
            event_type == "statement"
            and not any(e.kind == "actor" for e in local)
            and not pronoun
            and not body
        ):
            return None  # remarks with nobody named to have made them
        span = (speech.start(), speech.end())
    else:
        event_type, family = trigger.event_type, trigger.family
        span = (trigger_match.start(), trigger_match.end())
    own = _closest_date(sentence_dates, sentence.start + span[0], text, sentence.start)
    figures = [f for f in figures_all if not any(_overlaps(f, d, sentence.start) for d in sentence_dates)]
    quote_match = _QUOTE.search(text)
    past_speech = bool(_REPORTING.search(text))
    return _Draft(
        sentence=sentence,
        event_type=event_type,
        family=family,
        speaker=speaker,
        speaker_country=speaker_country,
        agent_country=_agent_country(text, span, local, figures_all),
        entities=local,
        own_date=own,
        figures=figures,
        # "North Korea has sent troops": some time before publication, not on it
        undated_past=bool(_PERFECT.search(text)) and own is None and not past_speech,
        anterior=bool(_PLUPERFECT.search(text)),
        generic=own is None and not _PAST_TENSE.search(text),
        clause=_clause(text, speech, span),
        quote=quote_match.group(1).strip(" ,.") if quote_match else "",
        present_habitual=bool(_PRESENT_SPEECH.search(text)) and own is None,
    )


def _shift(entity: Entity, by: int) -> Entity:
    return Entity(
        kind=entity.kind,
        name=entity.name,
        country=entity.country,
        start=entity.start + by,
        end=entity.end + by,
        text=entity.text,
        role=entity.role,
        source=entity.source,
    )


def _overlaps(figure: Figure, date: DateMention, offset: int) -> bool:
    return figure.start + offset < date.end and date.start < figure.end + offset


def _speaker(
    text: str, speech: re.Match[str] | None, local: list[Entity], last: tuple[str, str]
) -> tuple[str, str, bool]:
    """Who says it: the actor (or, failing that, the country) that is the subject of the speech verb."""
    if speech is None:
        return "", "", False
    people = [e for e in local if e.kind in ("actor", "country")]
    # "..., according to Ukrainska Pravda": a closing attribution names who says it
    according = re.search(r"\baccording\s+to\s+", text, re.IGNORECASE)
    if according:
        after = [e for e in people if e.start >= according.end() and e.start - according.end() < 40]
        if after and (after[0].kind == "actor" or speech.group().lower().startswith("according")):
            return _speaker_of(after[0])
    # '"...," said Zelensky.' — the speaker follows the verb
    inverted = [e for e in people if 0 <= e.start - speech.end() <= 5 and e.kind == "actor"]
    if inverted:
        return _speaker_of(inverted[0])
    quoted = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    outside = [e for e in people if not any(s <= e.start < t for s, t in quoted)]
    before = [e for e in outside if e.end <= speech.start()]
    actors = [e for e in before if e.kind == "actor"]
    if actors:
        return _speaker_of(actors[-1] if speech.start() - actors[-1].end < 60 else actors[0])
    pronoun = _PRONOUN_SPEAKER.search(text)
    if pronoun and last[0]:
        return last[0], last[1], True
    countries = [e for e in before if e.kind == "country"]
    if countries:
        return _speaker_of(countries[0])
    after = [
        e for e in outside if e.start >= speech.end() and e.kind == "actor" and e.start - speech.end() < 40
    ]
    if after:
        return _speaker_of(after[0])
    return "", "", False


def _speaker_of(entity: Entity) -> tuple[str, str, bool]:
    name = entity.name if entity.kind == "actor" else country_name(entity.country) or entity.name
    return name, entity.country, False


def _agent_country(text: str, span: tuple[int, int], local: list[Entity], figures: list[Figure]) -> str:
    """The country doing the act: after "by" in the passive ("captured by Ukrainian forces"), else the
    nearest country, demonym or actor before the trigger word — never the nationality of the people a
    figure counts ("the two Chinese nationals his forces had captured")."""
    local = [e for e in local if not any(f.start <= e.start and e.end <= f.end for f in figures)]
    passive = re.search(r"\b(be|been|being|was|were|is|are)\s+(\w+ly\s+)?$", text[: span[0]], re.IGNORECASE)
    by = re.match(r"\s+by\s+", text[span[1] :])
    if by:
        after = [e for e in local if e.start >= span[1] + by.end() and e.country]
        if after and after[0].start - (span[1] + by.end()) <= 30:
            return after[0].country
    if passive:
        return ""  # "11,000 soldiers have been deployed": the passive names no doer unless "by" follows
    before = [e for e in local if e.end <= span[0] and e.country and span[0] - e.end <= 60]
    if before:
        return before[-1].country
    return ""


def _closest_date(dates: list[DateMention], anchor: int, text: str, offset: int) -> DateMention | None:
    """The sentence's own date: the one nearest the trigger, passing over an attribution's date
    ("..., according to a report from March 27") when another date is there."""
    if not dates:
        return None
    # "the first meeting since March 2022": a since-date starts a stretch of time, it dates nothing here
    dates = [
        d
        for d in dates
        if not re.search(r"\bsince\s+$", text[max(0, d.start - offset - 7) : d.start - offset])
    ]
    if not dates:
        return None
    usable = [d for d in dates if not _ATTRIBUTION_DATE.search(text[: d.start - offset])] or dates
    return min(usable, key=lambda d: min(abs(d.start - anchor), abs(d.end - anchor)))


_LEADING = _rx(
    r"^(but|and|however|meanwhile|also|earlier|later|in\s+response|at\s+one\s+point|referring\s+to|adding"
    r"|saying|that|on\s+\w+day|in\s+\w+|this\s+development\s+follows)\b[,\s]*"
)
_SUBORDINATE = _rx(r"\b(since|after|when|as|while|because)\s+(?=\S+\s+\S+)")
_THAT = _rx(
    r"\b(said|says|told\s+\w+|announced|claimed|reported|reports|revealed|warned|noted|noting|stated|added|adding"
    r"|saying|insisting|claim|alleged|estimates|believe[sd]?|emphasi[sz]ed|underscored|stressed|indicate[sd]?)\b"
    r"[^.]{0,40}?\bthat\s+"
)
_REPORTING_LEAD = _rx(
    r"^(\w+\s+){0,2}?(said|reported|told\s+\w+|announced|stated|claimed|added|noted|warned|noting|saying|adding"
    r"|insisting|stressing|warning|emphasi[sz]ing|underscoring)\s+(that\s+)?"
)


def _attribution_start(text: str, speech: re.Match[str]) -> int:
    """Where '..., the ministry's spokesperson said on Friday.' begins: the last comma before the verb that
    leaves at least six words of what was said."""
    commas = [m.start() for m in re.finditer(",", text[: speech.start()])]
    for comma in commas:
        if len(text[:comma].split()) >= 6:
            return comma
    return speech.start()


def _clause(text: str, speech: re.Match[str] | None, span: tuple[int, int]) -> str:
    """The part of a sentence that says what happened, for a title: the comma-separated stretch that holds
    the trigger, from after "said that" / "since" and before ", according to"."""
    if speech is not None and (
        speech.group().lower().startswith("according")
        or (span[0] == speech.start() and speech.start() > 0.6 * len(text) and "," in text[: speech.start()])
    ):
        # the attribution closes the sentence: what was said is before its comma
        cut = (
            speech.start()
            if speech.group().lower().startswith("according")
            else _attribution_start(text, speech)
        )
        text = text[:cut].rstrip(" ,")
        span = (0, 1)
    bounds = [0] + [m.end() for m in re.finditer(r"[,;:—]\s+|\s+[–—]\s+", text)] + [len(text) + 2]
    start = max((b for b in bounds if b <= span[0]), default=0)
    end = min((b for b in bounds if b > span[1]), default=len(text)) - 2
    # widen a stretch too short to read on its own ("On Wednesday, | Zelenskyy said ...")
    while len(text[start:end].split()) < 8 and (start > 0 or end < len(text)):
        start = max((b for b in bounds if b < start), default=0) if start > 0 else start
        end = min((b for b in bounds if b > end + 2), default=len(text) + 2) - 2 if end < len(text) else end
    clause = text[start : max(end, start)]
    head = clause[: max(0, span[0] - start)]
    last_that = [m.end() for m in _THAT.finditer(head)]
    last_sub = [m.end() for m in _SUBORDINATE.finditer(head)]
    if last_that:
        clause = clause[last_that[-1] :]
    elif last_sub:
        clause = clause[last_sub[-1] :]
    clause = _REPORTING_LEAD.sub("", re.sub(r",?\s*(he|she|they|\w+)\s+(said|added)\.?$", "", clause.strip()))
    # "while North Korean forces fought in Kursk, the Chinese were found in Ukraine": the main clause
    if re.match(r"(while|although|though|whereas)\b", clause.strip(), re.IGNORECASE) and end < len(text):
        following = min((b for b in bounds if b > end + 2), default=len(text) + 2) - 2
        clause = text[end + 2 : following] if following > end + 2 else clause
    previous = None
    while previous != clause:  # "on Thursday that Taiwan ..." -> "Taiwan ..."
        previous, clause = clause, _LEADING.sub("", clause.strip(' ,.;:"“”’‘')).strip(' ,.;:"“”’‘')
    return clause[:1].upper() + clause[1:] if clause else text


def _settle_date(index: int, drafts: list[_Draft], article: Article, published: dt.date) -> Mention | None:
    """Date a draft: its own date; else the same speaker's or the paragraph's date in this article;
    else the publication date. Undated habitual speech ("China says it is neutral") is no event."""
    draft = drafts[index]
    reason: str
    if draft.own_date is not None:
        d = draft.own_date
        start, end, precision, text = d.date_start, d.date_end, d.precision, d.text
        basis = "explicit" if d.explicit else "resolved"
        reason = _outlet_reason(d.reason, article)
        planned = d.tense == "future" or d.date_start > published
    else:
        if draft.event_type in ("statement", "claim") and (draft.present_habitual or draft.undated_past):
            return None
        context = _context_date(index, drafts, article.text, published)
        planned = False
        if context is not None:
            source, why = context
            given = source.own_date
            assert given is not None  # _context_date only returns dated drafts
            start, end, precision, text = given.date_start, given.date_end, given.precision, given.text
            basis = "context"
            reason = f"no date of its own; {why} '{given.text}' → {_day(start, end, precision)}"
        else:
            if draft.generic:
                return None  # "Both armies allow foreigners to enlist": a standing fact, not a happening
            start = end = published
            precision, text, basis = "day", "", "publication"
            reason = (
                f"no date in the sentence or its context; the article's publication date, {_fmt(published)}"
            )
    # news outlets report events; they are parties only when they are the ones speaking
    names = [e for e in draft.entities if e.role != NEWS_OUTLET or e.name == draft.speaker]
    speaker_entities = [draft.speaker] if draft.speaker and draft.speaker not in _country_names(names) else []
    return Mention(
        article=article.name,
        outlet=article.outlet,
        published=published,
        sentence=draft.sentence,
        event_type=draft.event_type,
        family=draft.family,
        speaker=draft.speaker,
        speaker_country=draft.speaker_country,
        agent_country=draft.agent_country,
        actors=tuple(dict.fromkeys(speaker_entities + [e.name for e in names if e.kind == "actor"])),
        countries=tuple(dict.fromkeys(e.country for e in names if e.country)),
        locations=tuple(dict.fromkeys(e.name for e in names if e.kind == "place")),
        subject_countries=_subject_countries(draft),
        figures=tuple(draft.figures),
        date_start=start,
        date_end=end,
        precision=precision,
        date_text=text,
        date_basis=basis,
        date_reason=reason,
        planned=planned,
        undated_past=draft.undated_past and basis == "publication",
        anterior=draft.anterior,
        clause=draft.clause,
        quote=draft.quote,
        entities=tuple(draft.entities),
    )


def _country_names(entities: list[Entity]) -> set[str]:
    return {country_name(e.country) for e in entities if e.kind == "country"}


def _subject_countries(draft: _Draft) -> tuple[str, ...]:
    """Countries of the people a figure counts ("two Chinese nationals" -> CHN): different nationals,
    different happenings."""
    out: list[str] = []
    for figure in draft.figures:
        for entity in draft.entities:
            if entity.kind == "country" and figure.start <= entity.start and entity.end <= figure.end:
                out.append(entity.country)
    return tuple(dict.fromkeys(out))


_CAME_AS = _rx(
    r"^(.{3,80}?)\s+(came|comes|come)\s+(as|amid|(just\s+)?((a|one|two|three|several|\d+)\s+)?"
    r"(hours?|days?|weeks?)?\s*(after|before))\b"
)
# Context dates come from the news of the moment, not from background ("since February 2022").
CONTEXT_RECENT = dt.timedelta(days=31)
LEAD_PARAGRAPHS = 2


def _context_date(
    index: int, drafts: list[_Draft], text: str, published: dt.date
) -> tuple[_Draft, str] | None:
    """The date a sentence without one takes from its context, and where it came from: the latest
    earlier remarks dated in this article of a person it names (its speaker first), then its paragraph's
    date; a lead sentence may also take the date its speaker is given just below."""
    draft = drafts[index]

    def usable(other: _Draft) -> bool:
        d = other.own_date
        return (
            d is not None
            and d.tense != "future"
            and d.date_end >= published - CONTEXT_RECENT
            and not re.search(r"\bsince\s+(\w+\s+)?$", text[max(0, d.start - 12) : d.start], re.IGNORECASE)
        )

    dated = [(i, d) for i, d in enumerate(drafts) if usable(d)]
    # "The Kremlin's silence came as ...": the time of what the sentence opens with
    came_as = _CAME_AS.match(draft.sentence.text)
    if came_as:
        for entity in (e for e in draft.entities if e.end <= came_as.end(1)):
            for _i, other in reversed([(i, d) for i, d in dated if i < index]):
                if other.speaker == entity.name or (
                    entity.kind == "country" and other.speaker_country == entity.country
                ):
                    return other, f"it happened as {entity.text} spoke, which the article dates by"
    people = [draft.speaker] if draft.speaker else []
    people += [e.name for e in draft.entities if e.kind == "actor" and e.name not in people]
    for person in people:
        earlier = [d for i, d in dated if i < index and (d.speaker == person)]
        if earlier:
            return earlier[-1], f"{person}'s remarks are dated earlier in the article by"
    if draft.speaker and draft.sentence.paragraph <= LEAD_PARAGRAPHS:
        later = [d for i, d in dated if i > index and d.speaker == draft.speaker]
        if later and later[0].sentence.paragraph <= LEAD_PARAGRAPHS + 1:
            return later[0], f"the lead's next paragraph dates {draft.speaker}'s remarks by"
    paragraph = [d for i, d in dated if d.sentence.paragraph == draft.sentence.paragraph and i < index]
    if paragraph:
        return paragraph[-1], "its paragraph is dated by"
    return None


def _outlet_reason(reason: str, article: Article) -> str:
    """ "in an article published" -> "in an NBC News article published" when the outlet is known."""
    if article.outlet and " an article published" in reason:
        return reason.replace(
            " an article published", f" {_indefinite(article.outlet)} {article.outlet} article published"
        )
    return reason


def _indefinite(name: str) -> str:
    """ "an NBC News", "an Al Jazeera", "a Newsmax": initialisms go by how their first letter sounds."""
    first_word = name.split()[0]
    if first_word.isupper() and len(first_word) > 1:
        return "an" if first_word[0] in "AEFHILMNORSX" else "a"
    return "an" if first_word[0].upper() in "AEIOU" else "a"


def _fmt(day: dt.date) -> str:
    return day.strftime("%a %-d %b %Y")


def _day(start: dt.date, end: dt.date, precision: str) -> str:
    if precision == "day":
        return _fmt(start)
    return f"{start.isoformat()} to {end.isoformat()} ({precision})"
