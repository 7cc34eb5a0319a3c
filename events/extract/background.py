"""Whether a sentence tells a happening at all, or only background, a state, a view or what might be.

A briefing lists happenings, so a sentence that only describes how something stands ("The page has 9,000
followers", `standing_state`), defines its subject (`definition`), sets then against now, tells a held
state, a recording's content or a picture's scene, frames the report in the writer's own voice, tells a
feeling or a view, or tells only what might be (`is_hypothetical`) gives no event; nor does a verb of violence
used of words or votes (`figurative`), a toll foreseen or guessed, or a disaster that is only the topic of
talks. Tense tests live here too: remarks told in the present may be a standing position
(`speaks_in_the_present`); `perfect_act_match` finds an act in the present perfect with a subject of its own.
Each is a pure question about one sentence; events.extract.mentions decides what follows from the answer.
They build on the text-only tests of events.extract.noise with what this package reads of a sentence: its
verb of saying, its dates, its names and its trigger.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from events.extract.corpus import Article
from events.extract.dates import DateMention
from events.extract.entities import Entity
from events.extract.noise import (
    caption_in_present,
    copula_state,
    copy_obtained,
    framed_proposition,
    keeps_watch,
    mood_shift,
    routine,
    scene_described,
    scene_mood,
    seen_as,
    state_remains,
    where_published,
    where_someone_was,
    writers_guess,
    writers_judgement,
    writers_reading,
)
from events.extract.patterns import LINKING_OPENING, PAST_OF_ACTS, SUBJECT_WORDS, TWO_TO_TEN, ScannedPattern
from events.extract.places import city_index, country_spellings
from events.extract.speakers import (
    BYSTANDERS,
    DAILY_LIFE,
    FINITE_VERB,
    NAME,
    QUOTATION_OPENS,
    QUOTE,
    speech_in,
)
from events.extract.triggers import Trigger, rx, rx_gated
from events.extract.vocabulary import (
    IRREGULAR_PAST,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    SAME_AS_THE_PRESENT,
    UNDOING_PARTICIPLES,
    alternatives,
)

# A verb in the past: any "-ed" form, and every irregular simple past ("the rig sank", "the wind tore
# roofs off", "crews dug a trench"), with the few that are also the present only where news uses them so;
# not those as often a noun or an adjective ("a bit", "duty bound", "fish stuck in oil"), a state or a
# meaning ("knew", "meant", "wore"), or an idiom of harm done ("has been dealt a blow")
_NOT_ONLY_A_PAST = frozenset("beat bit bound fed hung lit stuck knew meant wore sat woke dealt".split())
PAST_TENSE = rx(
    r"\b(\w+ed|said|begun|had|was|were|put|hit|set|quit|cut"
    rf"|{alternatives(w for w in IRREGULAR_PAST if w not in SAME_AS_THE_PRESENT | _NOT_ONLY_A_PAST)})\b"
)
PLANNING = rx_gated(
    r"\b(will|shall|won[’']t|(is|are|was|were)\s+(not\s+)?(due|set|scheduled|expected|planned)\s+to|due\s+to\s+be"
    r"|hopes?\s+to|plans?\s+to"
    # "the new locks are unlikely to open until March": held off until a time ahead
    r"|(is|are)\s+unlikely\s+to(?=\s[^,;:.]{1,60}?\b(until|till)\b)"
    # "the chief executive is also expected in Mombasa on Sunday": a visit ahead
    r"|(is|are)\s+(also\s+)?(due|expected)\s+(in|at)(?=\s+[A-Z])"
    # "the next outlook is due on 20 May", "the vote is scheduled for Friday": a day set ahead
    r"|(is|are)\s+(also\s+)?(due|scheduled|slated)(?=\s+(on|for|in|by)\b)"
    # "the results are to be declared on 27 July"
    r"|(is|are)\s+to\s+be"
    # "prisoners were to stage a show on Saturday": planned as seen from a past time
    r"|(was|were)\s+(due\s+)?to(?!\s+blame\b)"
    r"|aims?\s+to|intends?\s+to|should\s+be"
    # "was ordered to hand over the records by 3 June": what someone is ordered to do by a day ahead
    r"|(ordered|told|required|instructed|directed|summoned)\s+to)\s+\w+"
)
_FEELING_OPENING = rx(
    r"^\s*(?:``|[\"“‘'])\s*(?:I|we)\s*(?:feel|felt|think|thought|believe|hope|fear|wonder|want|love|regret"
    r"|(?:do|did|could)\s+not|don[’']t|can[’']t"
    # ("we are expecting", "we were attacked": a plan or an act told in the first person)
    r"|(?:am|'m|’m|are|'re|’re|was|were)\s+(?:\w+ly\s+)?(?:ashamed|excited|delighted|pleased|disappointed|surprised"
    r"|shocked|saddened|worried|concerned|relieved|thrilled|devastated|appalled|horrified|outraged|encouraged"
    r"|frustrated|satisfied|convinced|determined|honou?red|humbled|amazed|stunned|heartbroken|sorry|proud|happy"
    r"|sad|angry|glad|grateful|confident|sure|certain|afraid|optimistic|hopeful))\b"
)
# a verb that tells of an act: a past tense that is no copula, or a copula before a participle ("were
# killed"); "was wrong", "is a tragedy" tell of a state
_ACT_IN_QUOTE = rx(
    rf"\b(?!(?:was|were|had)\b)(?:\w+ed|{PAST_OF_ACTS}|hit|set)\b"
    r"|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b"
)


def quoted_view(before_saying: str) -> bool:
    """Whether the words before a verb of saying are a direct quotation of a feeling or a view: it opens
    with "I am", "we feel", "I think", or it names no act (no past tense but a copula before an
    adjective) and none to come. A quoted act ('"Troops shelled the port on Monday," the mayor said') is
    still an act."""
    if not QUOTATION_OPENS.match(before_saying):
        return False
    if _FEELING_OPENING.match(before_saying):
        return True
    # ('"We expect the first oil ashore today," he said' tells of a happening to come)
    return not _ACT_IN_QUOTE.search(before_saying) and not FORESEEN.search(before_saying)


FORESEEN = rx(r"\b(will|expect(s|ed|ing)?|due|scheduled|planned|set\s+to|about\s+to|going\s+to)\b")
# What explains or illustrates instead of reporting: a stative description in the present ("The estimate
# is based on ...", "The term refers to ..."), an example ("For example, a search on Tuesday yielded ..."),
# or someone's state of mind as the main clause ("When she fell ill last month, she thought it was a cold")
EXPLAINS = rx_gated(
    r"^(?:for\s+(?:example|instance)|by\s+way\s+of\s+example)\b"
    # "This was because they wanted voters to think about the budget", "Their job was to make sure ...": a
    # reason or a purpose given, not a happening
    r"|^[\"“`']*(?:this|that|it)\s+(?:is|was)\s+(?:partly\s+|mainly\s+|largely\s+)?because\b"
    r"|^[\"“`']*(?:their|his|her|its|our|the)\s+(?:role|job|aim|goal|purpose|task|intention)\s+(?:is|was)\s+to\b"
    # "The estimates come from pressure data", "the figures are drawn from hospital records": how a figure
    # was made
    r"|^[^,;]{0,60}?\b(?:estimates?|figures?|numbers?|data|count|toll|tally|calculations?|readings?)\s+"
    r"(?:come|comes|came|are\s+drawn|is\s+drawn|were\s+drawn|are\s+derived|is\s+derived)\s+from\b"
    r"|\b(?:is|are)\s+(?:\w+ly\s+)?(?:based|defined|made\s+up|composed|designed|meant|known|thought|believed)"
    r"\s+(?:\w+ly\s+)?(?:on|as|of|to|by)\b"
    r"|^[^,;]{0,80}?\b(?:refers?|depends?|consists?)\s+(?:to|on|of)\b"
)
_STATE_OF_MIND = rx(
    r"(?:^|,\s+)(?:he|she|they|we|i)\s+(?:\w+ly\s+)?(?:thought|believed|felt|feared|hoped|wondered|worried"
    r"|(?:was|were)\s+(?:confident|sure|certain|convinced|afraid|worried|excited|relieved|ashamed|proud|happy))\b"
)


def describes_only(text: str, clauses: list[tuple[int, int]]) -> bool:
    """Whether what is left of a sentence outside its subordinate and relative clauses is a description in
    the present ("The other design includes more safeguards"): no verb in the past or the perfect, and no
    plan."""
    main = "".join(ch for i, ch in enumerate(text) if not any(a <= i < b for a, b in clauses))
    # ("that a compromise be reached": a passive infinitive is no past)
    main = re.sub(r"\b(?:be|being)\s+\w+(?:ed|en)\b", "", main, flags=re.IGNORECASE)
    return (
        PAST_TENSE.search(main) is None
        and PERFECT.search(main) is None
        and PLANNING.search(main) is None
        and _PRESENT_DESCRIPTION.search(main) is not None
    )


# A verb in the present that describes: "includes", "offers", "has", "is", "remains", "costs"
_PRESENT_DESCRIPTION = rx(
    r"\b(is|are|has|have|includes?|offers?|remains?|contains?|costs?|uses?|requires?|means?|lacks?|provides?)\b"
)


# A sentence whose first verb is a present that counts or lists what something has: "The campaign's page
# has more than 50,000 followers", "Other goods being shipped include tents and blankets sent on Monday".
# Its subject is a few words with no verb of its own ("being shipped" describes it).
_STANDING_STATE = rx(
    r"^(?:(?:but|and|meanwhile|now),?\s+)?(?P<subject>(?:[\w’'.-]+\s+){1,10}?)"
    r"(?:(?:has|have|had)\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+|some\s+|around\s+|at\s+least\s+"
    r"|fewer\s+than\s+|less\s+than\s+)?\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+[a-z]+"
    r"|includes?\s)"
)
_SUBJECT_PARTICIPLE = rx(r"\b(?:being|now|currently)\s+\w+\b")


def standing_state(text: str) -> bool:
    """Whether a sentence only tells how something stands: a count it has or the things it includes,
    told in the present by its first verb ("The page has 9,000 followers"), with no act before it."""
    found = _STANDING_STATE.match(text)
    if found is None:
        return False
    subject = _SUBJECT_PARTICIPLE.sub("", found.group("subject"))
    if _past_in(subject) or PERFECT.search(subject) or "," in subject:
        return False
    # "The army has 3,000 troops there and sent 500 more on Monday": an act joined to the state is news
    return not any(
        PAST_TENSE.fullmatch(joined.group(1)) for joined in _JOINED_VERB.finditer(text, found.end())
    )


# A caption told as a noun and its participle, with no verb that tells anything done: "The pile of burned
# cages sitting six feet high behind the sheds", "A man carrying a child through floodwater in Dhaka"
# (the noun is a head of one or two words and what it is "of": "The pile of soiled nets", "A rescue worker";
# "The government froze funding" has its verb where the head's second word would be)
_SCENE = rx(
    r"^(?:the|an?|two|three|four|some|several)\s+(?P<noun>(?:[\w’'-]+\s+){1,2}"
    r"(?:of\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){1,3})?)(?P<ing>[a-z]+ing)\s"
)
# past forms that end in neither -ed nor -en, beyond those PAST_TENSE knows
_IRREGULAR_PAST = rx(
    r"\b(?:froze|bought|built|burnt|dug|drove|fed|forbade|forgave|hid|hung|knew|laid|lent|meant|overran|overtook"
    r"|paid|rang|rebuilt|rode|sank|sat|seized|shut|slid|sold|split|spread|stole|stuck|swam|swept|swore|swung|taught"
    r"|thought|tore|undertook|upheld|woke|wore|wound|led|bled|shed|bent|blew|bore|bid|beat|bit|cast|clung|crept)\b"
)
# (the modal "may" in lower case only: "since the war began in May" names the month)
_FINITE = rx(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|said|says|(?-i:may)|might|must|should"
    r"|shall)\b"
)
_ATTRIBUTIVE_PAST = rx(r"\b(?:the|an?|of|with|and|their|its|his|her)\s+\w+(?:ed|en)\b")


def scene_without_verb(text: str) -> bool:
    """Whether a sentence is a noun and what it is seen doing, with no verb of its own: a picture's
    caption that shows, and tells no happening. A past form inside the noun is an adjective ("of burned
    cages"); one anywhere else is a verb ("Police arrested men protesting ...", not matched here)."""
    found = _SCENE.match(text)
    if found is None or _FINITE.search(text):
        return False
    noun = _ATTRIBUTIVE_PAST.sub(" ", found.group("noun"))
    rest = text[found.end() :]
    return not (_past_in(noun) or _past_in(rest))


# "feed", "need", "Red", "hundred": words that PAST_TENSE's "-ed" would take for verbs
_NOT_PAST = rx(
    r"\b(?:feed|need|seed|speed|breed|weed|deed|greed|reed|steed|tweed|bleed|red|bed|ted|hundred|sacred|naked"
    r"|wicked|kindred|rugged|ragged|beloved|shred)\b"
)


def _past_in(words: str) -> bool:
    """Whether a stretch of words has a verb in the past in it (regular or irregular)."""
    plain = _NOT_PAST.sub(" ", words)
    return PAST_TENSE.search(plain) is not None or _IRREGULAR_PAST.search(plain) is not None


# A state held for years, told in the perfect by the sentence's first verb: "The squadron has flown the
# Hawk since 1979", "The family have run the shop since the 1950s"
_HELD_SINCE = rx(
    r"^(?P<subject>(?:[\w’'.-]+\s+){1,6}?)(?:has|have)\s+(?:long\s+|always\s+)?(?:used|had|owned|run|operated"
    r"|kept|held|lived|worked|served|flown|housed|hosted|employed|made|produced|built|sold|governed|ruled|led"
    r"|dominated|controlled"
    # "The country has been ruled by the military since independence": a passive state held as long
    r"|been\s+(?:ruled|governed|run|led|controlled|dominated|occupied|held)\s+by)\b"
    r"[^.;]*?\bsince\s+(?:the\s+)?(?:\d{4}s?|\d{2}s|independence)\b"
)


def held_since(text: str) -> bool:
    """Whether a sentence tells only a state its subject has held since a year ("The regiment has used the
    Falcon since 1985, when it replaced the Swift"): background, whatever the year's happening."""
    found = _HELD_SINCE.match(text)
    if found is None or _past_in(found.group("subject")) or "," in found.group("subject"):
        return False
    # "... has run the farm since 1998 and closed it on Monday": the act joined to the state is news
    return not any(PAST_TENSE.fullmatch(joined.group(1)) for joined in _JOINED_VERB.finditer(text))


# "In the audio recorded in May, ...", "Toward the end of the recording, ...", "In the letter, ...": the
# record whose content the sentence goes on to tell
_RECORD_OPENING = rx(
    r"^(?:in|on|at|toward|towards|near)\s+(?:the\s+(?:end|start|beginning|close|middle|course)\s+of\s+)?"
    r"(?:the|this|that|a|an|one|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:audio|recording|video|footage|tape"
    r"|clip|film|documentary|transcript|photograph|photo|image|picture)s?\b[^,;]{0,80},\s+"
)
# a verb that tells what is seen or heard as the record plays
_PLAYS = rx(
    r"\b(?:is|are|tells|says|asks|shows|describes|appears|sits|stands|speaks|talks|explains|sings|slurs|pauses"
    r"|can\s+be\s+(?:heard|seen)|is\s+(?:heard|seen))\b"
)


def record_described(text: str) -> bool:
    """Whether a sentence tells what a recording or picture holds, in the present as it plays ("Near the
    end of the tape, there is a pause before the judge asks ..."): a description of evidence,
    whose release or playing is the happening, told elsewhere. So too what a film, programme or book goes
    into (`_WORK_TELLS_OF`)."""
    if _WORK_TELLS_OF.match(text) is not None:
        return True
    found = _RECORD_OPENING.match(text)
    # ("In this video interview from May 5, the chief executive says ...": a recorded interview or address
    # is the speaker's own remarks on the record, not evidence described)
    if found is None or _REMARKS_RECORDED.search(found.group()):
        return False
    rest = text[found.end() :]
    verb = _PLAYS.search(rest)
    # ("an apparently drugged singer tells ...": a past form before the verb may be the subject's adjective)
    return verb is not None and _TOLD_IN_THE_PAST.search(rest[: verb.start()]) is None


# A film, programme or book as the subject, and what it goes into, in the present: "The hour-long documentary
# on a local channel tonight also delves into the firm's past", "The book charts the general's rise". What a
# work covers describes it; its release or broadcast, and the news its makers or the people in it tell, are
# told in their own words ("The film reveals that ..." may carry news, and is left alone)
_WORK_TELLS_OF = rx(
    r"^(?:(?:but|and|meanwhile),?\s+)?(?:the|a|an|this|his|her|its|their)\s+(?:[^\s;:]+\s+){0,10}?"
    r"(?:documentary|programme|program|film|book|memoir|biography|series|play)\b[^;]{0,120}?\s"
    r"(?:also\s+|then\s+|further\s+)?(?:delves|explores|examines|charts|traces|recounts|chronicles|looks\s+(?:at|back)"
    r"|tells\s+the\s+story|goes\s+behind)\b"
)
_REMARKS_RECORDED = rx(r"\b(interviews?|address|speech|statement|message|briefing|press\s+conference)\b")
_TOLD_IN_THE_PAST = rx(r"\b(was|were|had|did|said|told|went|came)\b")


# "Only 20 years ago", "Less than a month ago", "As recently as a decade ago": a time ago that the writer sets
# against now, before how things stood then
_THEN_OPENING = rx(
    r"^(?:(?:but|and|yet)\s+)?(?:only|just|barely|less\s+than|little\s+more\s+than|as\s+recently\s+as|not\s+long)"
    rf"\s+(?:(?:a|an|one|{TWO_TO_TEN}|a\s+few|several|\d+)\s+)?"
    r"(?:days?|weeks?|months?|years?|decades?|generations?|centur(?:y|ies))\s+ago\b,?\s+"
)
# "Until its crisis began two months ago, ...", "Until the war broke out in 2011, ...": how things stood
# before the story's happening, which the opening clause names (the happening is told in its own words
# elsewhere)
_UNTIL_OPENING = rx(r"^(?:(?:but|and|yet)\s+)?until\s+[^,;]{3,100}?,\s+")
# a time counted back from now or a year: "two months ago", "in 2011"
_SET_AGAINST_NOW = rx(r"\bago\b|\b(?:1[89]|20)\d\d\b")
# how things stood: a verb of being or having, or a rate ("100 ships a year")
_STOOD = rx(
    r"\b(?:had|was|were|stood|numbered|counted|seemed|looked|lived|held|enjoyed|there\s+(?:was|were))\b"
    r"|\b(?:a|per|each|every)\s+(?:day|week|month|year|season)\b"
)


# A happening named by its year as the sentence's subject: "The 1957 pandemic spread fastest in schools", "A
# 1999 blast at the mine killed six", "The 1993 flood was worse" (its year as an adjective, as in "the 1987
# crash", marks a happening the reader is meant to know from history)
_NAMED_BY_ITS_YEAR = rx(
    r"^(?:(?:but|and|yet|still|indeed|however),?\s+)?"
    # ("In a 1998 interview, the senator said ...", "In its 2015 annual report, the firm said ...": an old
    # occasion or paper the sentence opens in)
    r"(?:(?:the|a|an)|in\s+(?:the|a|an|its|their|his|her))\s+(?P<year>1[6-9]\d\d|20\d\d)\s"
)
# ... two calendar years or more before the report: "the 2009 profit" in a 2010 report is last year's
# result, part of the news it explains, and "the 2012 trial" is ahead
HISTORY_YEARS = 2


def history_named_by_its_year(text: str, published: dt.date) -> bool:
    """Whether the sentence's subject is a happening named by a year at least `HISTORY_YEARS` before the
    report ("The 1957 pandemic spread fastest in schools"): history recalled to compare or explain,
    whatever it tells of it; no happening of the report's days, and not the story's own news."""
    found = _NAMED_BY_ITS_YEAR.match(text.strip())
    return found is not None and int(found.group("year")) <= published.year - HISTORY_YEARS


# A company's growth told of years before the report: a purchase of a business or its assets, a takeover, a
# listing, a size doubled ("In 2003 the group paid $1bn for a North Sea field", "A fund bought Acme in March
# 2004 and took it public later", "It doubled the size of its operations in 2006"): the company's history,
# context for the news and no happening of it. What is bought is a business, its assets or a firm named by its
# capital ("Dr Roe bought five vials of the drug" is no company's growth; "took over in 2007" is a new job)
_COMPANY_GROWTH = rx(
    r"\b(?:bought|acquired|took\s+over|merged\s+with|paid\s+(?:[^,;.]|\.\d){1,40}?\s+for)\s+"
    r"(?:(?-i:[A-Z])|(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?(?:compan(?:y|ies)|firms?"
    r"|groups?|business(?:es)?|stakes?|shares|fields?|mines?|plants?|refiner(?:y|ies)|rivals?|brands?|chains?"
    r"|banks?|operations|units?|divisions?|assets|licen[cs]es?|subsidiar(?:y|ies))\b)"
    r"|\btook\s+(?:it|them|\w+)\s+public\b|\b(?:doubled|tripled)\s+(?:the\s+size|its|their)\b"
)


def company_history(text: str, dates: Sequence[DateMention], published: dt.date) -> bool:
    """Whether the sentence tells a purchase, a takeover or growth (`_COMPANY_GROWTH`) and every date it
    gives names a year at least `HISTORY_YEARS` before the report ("In 2003 it paid $1bn for the field" in
    a 2010 report): a company's history told as background. A sentence that also dates something of the
    report's days ("which bought the field in 2003, said on Monday ...") is left alone."""
    named = [d for d in dates if d.value != "PRESENT_REF"]
    return (
        bool(named)
        and all(
            # (a day names an occasion: "21 Nov 2009 Court papers show the firm bought ..." is a chronology's)
            d.precision in ("year", "month")
            and re.search(r"\b(?:1[89]|20)\d\d\b", d.text) is not None
            and d.date_end.year <= published.year - HISTORY_YEARS
            for d in named
        )
        and _COMPANY_GROWTH.search(text) is not None
    )


def then_against_now(text: str) -> bool:
    """Whether a sentence opens on a time ago set against now and tells how things stood then ("Only 20
    years ago the port handled 100 ships a year"), or sets years against now anywhere ("The town was only
    20 years ago a fishing village", "the port, built only 20 years ago, ..."): background for contrast,
    no happening of that date. An act of weeks ago told so ("Just two weeks ago rebels seized the town")
    is left alone. So too a state that lasted until the story's happening ("Until its crisis began two
    months ago, the firm held first place")."""
    if _YEARS_AGAINST_NOW.search(text):
        return True
    found = _THEN_OPENING.match(text)
    until = _UNTIL_OPENING.match(text)
    # ("Until Monday, rebels held the town": a bare day ends the state at a happening told elsewhere; "Until
    # it was wrecked by the tornado on Tuesday, the mill ...": a happening of the story's days is news)
    if (
        found is None
        and until is not None
        and _past_in(until.group()[6:])
        and _SET_AGAINST_NOW.search(until.group())
    ):
        found = until
    if found is None:
        return False
    first_clause = re.split(r",\s+(?:but|and|while|whereas)\s|;", text[found.end() :])[0]
    return _STOOD.search(first_clause) is not None


# "only 20 years ago", "just a decade ago", "barely a generation ago": years set against now, anywhere; so
# is a time when things stood "compared with today"
_YEARS_AGAINST_NOW = rx(
    r"\b(?:only|just|barely|as\s+recently\s+as|little\s+more\s+than)\s+(?:(?:a|an|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|a\s+few|several|\d+)\s+)?(?:years?|decades?|generations?|centur(?:y|ies))\s+ago\b"
    r"|\bcompared\s+(?:with|to)\s+(?:today|now|the\s+present(?:\s+day)?)\b"
)


# A sentence whose first verb defines or explains its subject: "The term 'pandemic' refers to ...", "Bird
# flu is a strain of ...", "Its mandate is to keep order", "The mission features five spacewalks"
_DEFINITION = rx(
    r"^(?:(?:but|and|meanwhile|now),?\s+)?(?P<subject>(?:[\w’'\"“”().,-]+\s+){1,10}?)"
    r"(?:refers?\s+to|stands?\s+for|is\s+short\s+for|is\s+(?:also\s+)?known\s+as|means|features|denotes|signifies"
    r"|is\s+defined\s+as"
    r"|(?:is|are)\s+(?:an?|one|the)\s+(?:[\w-]+\s+){0,2}?(?:variant|strain|form|type|kind|family|member|subtype"
    r"|term|word|name|species|class|version|branch)s?\s+of"
    # "The mission's mandate is to keep order ... during election periods": its purpose, not an act
    r"|(?:mandate|remit|role|task|aim|goal|purpose)s?\s+(?:is|are)\s+to"
    r")\b"
)
_DEFINED_SUBJECT = rx(r"^(?:so-called\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w’'\"“”().,-]+\s+)*$")


def definition(text: str) -> bool:
    """Whether a sentence only defines or explains its subject, by its first verb ("The 'H5' label refers
    to a family of strains, including the one that caused the 1957 pandemic"): background, not news,
    whatever happening its explanation names."""
    found = _DEFINITION.match(text)
    if found is None:
        return False
    subject = found.group("subject")
    if _past_in(subject) or PERFECT.search(subject) or _DEFINED_SUBJECT.match(subject) is None:
        return False
    return not any(
        PAST_TENSE.fullmatch(joined.group(1)) for joined in _JOINED_VERB.finditer(text, found.end())
    )


_JOINED_VERB = rx(r"\b(?:and|but|then)\s+(?:\w+ly\s+|also\s+|later\s+)?([a-z]+)\b")


def inside_a_quotation(text: str, at: int) -> bool:
    """Whether a quotation opened earlier in the paragraph is still open where a sentence begins ('He said:
    "We are ready. | I have ordered the troops to move."')."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    straight = before.count('"') + before.count("``") + before.count("''")
    return straight % 2 == 1 or before.count("“") > before.count("”")


# What may open a sentence before its subject: a word of time or sequence ("Yesterday", "And"), a span back
# from now ("Last Wednesday", "About three days ago"), or one or two clauses set off by commas ("When the
# ferry docked, ...", "Last week, after the vote, ...")
_NARRATION_OPENING = (
    r"(?:(?:but|and|so|then|now|still|yesterday|today|tonight|later|earlier|afterwards|meanwhile)\s+"
    r"|(?:last|this|that|next)\s+\w+\s+"
    rf"|(?:(?:about|some|nearly|almost|just|only)\s+)?(?:an?|one|{TWO_TO_TEN}"
    r"|several|a\s+few|a\s+couple\s+of|\d+)\s+\w+\s+ago,?\s+"
    r"|[^,;:]{1,60}?,\s+(?:[^,;:]{1,60}?,\s+)?)?"
)
# The writer as the subject of the sentence, "I" or "we", with its verb: "I decided to fly out",
# "we've located a new office", "Yesterday I visited the camp"; "my"/"our" and a few words before a verb in
# the past ("Our town flooded on Monday") are the writer's too. The pronoun is written case-sensitively
# ("I", "We"/"we") so that a Roman numeral ("World War I") or an initial is no writer.
_WRITER_SUBJECT = re.compile(
    rf"(?i:^\W*{_NARRATION_OPENING})"
    r"(?:(?-i:I|[Ww]e)(?:['’](?:ve|m|d|re|ll)\b|\s+(?:[a-z]+ly\s+|also\s+|still\s+|just\s+|now\s+|then\s+"
    r"|all\s+|both\s+|first\s+|never\s+)?[a-z]{2,}\b)"
    r"|(?-i:[Mm]y|[Oo]ur)\s+(?P<possessed>(?:[\w’'-]+\s+){1,4}?)(?P<verb>[a-z]{2,}ed|[a-z]+)\b)"
)
# A verb of saying or a colon: the first person belongs to someone quoted without marks ("Asked about the
# vote, the senator told reporters we would see"), or to a transcript's speaker line
_QUOTED_WITHOUT_MARKS = rx(
    r":|\b(?:said|says|say|told|tells|quoted|wrote|writes|stated|added|adds|according\s+to|as\s+saying"
    r"|reports?|reported|asked|replied)\b"
)
# "we understand," "I am told," "I gather,": a hedge set off inside the sentence, whose subject is another
_HEDGE_AFTER = re.compile(r"^(?:\s+[a-z]+)?\s*[,)–—-]")
# "we now know that ...", "I learned how ...": what the writer knows is told in the clause after
_KNOWING = re.compile(
    r"\b(?:know|knew|learn(?:ed|t)|hear|heard|find|found|discovered|reali[sz]ed?|understand|understood|believe"
    r"|believed|think|thought|see|saw|noticed|read)$"
)
_CONTENT_AFTER = re.compile(r"\s+(?:that|how|what|why|when|where|whether)\b")
_ANNOUNCED = re.compile(r"(?:['’]ll|\b(?:will|shall))$")
# Two sentences run together by the scrape: a lower-case word, then a capitalised determiner or pronoun and
# a lower-case word ("... can go in The nine volunteers ..."; "in The Times" is a title, not a seam), or a
# capitalised "But" or "However" inside the sentence ("... painted by the report But the charity's head ...")
_RUN_ON_SEAM = re.compile(
    r"[a-z]\s+(?:The|A|An|This|These|Those|He|She|They|It|His|Her|Their)\s+[a-z]|\w\s+(?:But|However|Yet)\s+[\w(]"
)


def writer_narrates(text: str) -> bool:
    """Whether the sentence is the writer's own narration, told in the first person outside any quotation:
    "Last Wednesday, after the flood, I decided to fly out", "About three days ago we started getting
    supplies", "Our village flooded twice that spring". A diary, a column, a reader's comment or a speech
    printed without marks tells what its writer did; the briefing lists the happenings the report tells of.
    (The caller makes sure the sentence is not the middle of someone's quotation.)"""
    if QUOTE_MARK.search(text) or _QUOTED_WITHOUT_MARKS.search(text):
        return False
    found = _WRITER_SUBJECT.match(text)
    if found is None or _HEDGE_AFTER.match(text[found.end() :]):
        return False
    if _KNOWING.search(found.group()) and _CONTENT_AFTER.match(text, found.end()):
        return False  # "We now know that the dam failed on 15 July": what the writer knows may be a happening
    if _ANNOUNCED.search(found.group()):
        return False  # "Tomorrow, I will meet the chairman": a speech's speaker announcing a plan
    if _RUN_ON_SEAM.search(text, found.end()):
        # "We have to leave so the aid can get in The nine volunteers searched the school on Thursday": a
        # pull quote run into the report, whose own sentence follows the seam
        return False
    if found.group("verb") is None:
        return True
    # "Our correspondent in the capital" is a noun phrase with no verb; "Our town flooded" has one
    return _past_in(found.group("verb")) and not _past_in(found.group("possessed"))


# A piece is told in its writer's own voice when its writer narrates more than once: a diary, a column, a
# comment page, a speech printed whole. A single sentence in the first person in a report told in the third
# is more likely someone's words whose quotation marks the page lost.
MIN_NARRATED_SENTENCES = 2


def told_by_its_writer(article: Article) -> bool:
    """Whether at least `MIN_NARRATED_SENTENCES` of an article's sentences are the writer's own narration
    (`writer_narrates`) outside any quotation."""
    narrated = 0
    for sentence in article.sentences:
        if writer_narrates(sentence.text) and not inside_a_quotation(article.text, sentence.start):
            narrated += 1
            if narrated >= MIN_NARRATED_SENTENCES:
                return True
    return False


# An empty "it" whose state goes on, after any opening clause of time: "When Friday dawned, it was still
# Groundhog Day on the coast", "By noon it was again a waiting game" (a participle after the adverb, "it was
# again delayed", tells what was done to a thing, and is left alone)
_SCENE_GOES_ON = rx(
    r"^(?:(?:but|and)\s+)?(?:(?:when|as|by|once|after)\s+[^,;:]{1,60},?\s+)?it\s+(?:was|is)\s+"
    r"(?:still|again|once\s+again|already)\s+(?![a-z]+(?:ed|en)\b)(?:an?\s+|the\s+|(?-i:[A-Z]))"
)


# Criticism with no critic named, told as what its target underwent: "The insurer came under renewed
# attack amid claims that ...", "The delay put the agency under fire yesterday", "The firm faced fresh
# accusations on Tuesday that it hid data". A verb of violence needs a word of blame after it ("came
# under fire from militants near the border" is fighting); "from" or "by" a critic names who spoke, and
# their words are read as remarks elsewhere
_UNDERWENT_CRITICISM = rx(
    r"^(?:(?:but|and|meanwhile|now|yet),?\s+)?[^,;:“”\"]{2,80}?\s+(?:"
    r"(?:came|comes|come|coming|has\s+come|had\s+come|was|were|is|are|remained|remains)\s+under\s+"
    r"(?:(?:fresh|renewed|growing|mounting|intense|heavy|sharp|increasing)\s+)?(?:criticism|scrutiny|fire(?=[^.;]*"
    r"\b(?:amid|over|for)\s)|attack(?=[^.;]*\b(?:amid|over|for)\s))"
    r"|(?:put|puts|putting|placed|places)\s+(?:[\w’'.-]+\s+){1,4}?under\s+(?:(?:fresh|renewed|intense)\s+)?fire"
    r"|(?:faced|faces|face|facing)\s+(?:(?:fresh|renewed|growing|mounting|new|further|more)\s+)?(?:accusations"
    r"|criticism|allegations|charges\s+that))\b(?![^.;]*\b(?:from|by)\s)"
)


def writers_own_voice(
    text: str, found: Sequence[tuple[Trigger, re.Match[str]]], sentence_dates: Sequence[DateMention]
) -> bool:
    """Whether a sentence nobody is said to speak frames the report in the writer's own voice: a mood that
    grows, a guess by modal, an assessment ("is widely seen as"), a scene and what it is; when no act is
    named, watchers and guards or what something is ("the spill was a calamity"); when no day is given, a
    routine, a caption, a judgement ("it is apparent that"), a trend in the present or a state that
    remains."""
    if (
        (writers_guess(text) and not foreseen_for_a_day(text, sentence_dates))
        or seen_as(text)
        or scene_described(text)
        or framed_proposition(text)
        # ("A copy of her testimony was obtained by Reuters": how a news agency came by a document)
        or copy_obtained(text)
    ):
        return True
    if _UNDERWENT_CRITICISM.match(text):
        return True  # "The firm came under renewed attack amid claims that ...": criticism, no critic named
    if _SCENE_GOES_ON.match(text):
        return True  # "When Friday dawned, it was still Groundhog Day on the coast": a scene that goes on
    if writers_reading(text):
        return True  # "The lawsuit is another example of ...", "There were signs of a split": analysis
    if record_comparison(text):
        return True  # "Tuesday's storm was the worst in a century": set against the record, no act
    if ranked_against_all(text):
        return True  # "..., which last year lent more than any rival": a noun described by its rank
    if where_published(text) or where_someone_was(text):
        return True
    # ("Fears grew on Tuesday after oil slicks reached the beaches": what made the mood rise is a happening)
    if not found and (mood_shift(text) or keeps_watch(text) or copula_state(text) or scene_mood(text)):
        return True
    return not sentence_dates and (
        routine(text) or caption_in_present(text) or writers_judgement(text) or state_remains(text)
    )


# A happening or a thing set against the record by the verb "to be": "Tuesday's storm was the worst in a
# century", "This was the largest earthquake to hit the region", "The spill is now the biggest in the
# country's history", "It is the first pandemic in 40 years". The superlatives are those of size and harm, and
# a first only against a span of time; "highest" and "lowest" are left out (a death toll at its highest is
# news of its own).
_RECORD_COMPARED = rx(
    r"^(?:(?:but|and|yet|still|indeed|in\s+fact),?\s+)?(?P<subject>[^,;:\"“”]{2,90}?)\s+"
    # ("That marks the largest weekly rise since the outbreak began": a copula in all but name)
    r"(?:is|was|are|were|has\s+been|have\s+been|had\s+been|ranks\s+as|ranked\s+as|represents|represented|marks"
    r"|marked)\s+"
    r"(?:already\s+|now\s+|easily\s+|by\s+far\s+|also\s+|probably\s+|possibly\s+)?"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|(?:[A-Z][\w’'.-]*\s+){0,3}[\w’'.-]+['’]s?\s+)?"
    r"(?:(?:second|third|fourth|fifth|single)[\s-]+)?"
    r"(?:(?:worst|biggest|largest|deadliest|strongest|heaviest|costliest|most\s+(?:powerful|destructive|devastating"
    r"|serious|severe|costly|deadly|damaging|intense|violent))(?:[\s-]ever)?"
    # "It is the first pandemic in 40 years", "the first such closure since 1990": a first set against a span
    # of time (a first case or a first death alone is news)
    r"|first\s+(?:[\w-]+\s+){0,3}?(?:in|for|since)\s+(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?"
    rf"(?:\d+|a|an|{TWO_TO_TEN}|twenty|thirty|forty|fifty|several|many)\s+"
    r"(?:years|decades|centuries|century|generation|lifetime)"
    r"|first\s+(?:[\w-]+\s+){0,3}?since\s+(?:1[89]|20)\d\d"
    # "It was the third coup in the region in two years", "the latest such closure since 2019": a happening
    # already told, counted among its kind over a span of time
    r"|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:(?:in|within)\s+(?:(?:more\s+than|over|nearly|almost|about|some|less\s+than|the\s+(?:past|last)|as\s+many)\s+)?"
    rf"(?:\d+|a|an|{TWO_TO_TEN}|twelve|eighteen|several|many)\s+"
    r"(?:days|weeks|months|years|decades)|this\s+(?:week|month|year)|since\s+(?:1[89]|20)\d\d))\b(?P<rest>[^;]*)$"
)
# What the record is measured against, which names no act of the day: "since records began", "ever
# recorded", "the region has seen", "to hit the coast"
_RECORD_MEASURE = rx(
    r"\bto\s+(?:hit|strike|reach|affect)\b|\bsince\s+records\s+began\b|\b(?:ever\s+)?(?:recorded|registered|measured)\b"
    r"|\b(?:that\s+)?(?:[\w’'.-]+\s+){1,4}(?:has|have|had)\s+(?:ever\s+)?(?:seen|known|experienced|faced|suffered)\b"
)


_PASSIVE_INFINITIVE = rx(r"\bto\s+be\s+(?:\w+ly\s+)?\w+(?:ed|en)\b")


def record_comparison(text: str) -> bool:
    """Whether a sentence only sets something against the record, by the verb "to be" and a superlative of
    size or harm ("Tuesday's storm was the worst in a century"): a comparison, which a briefing leaves out
    (the storm itself is told where it struck). A past or perfect verb in the subject or after the
    comparison tells a happening ("The storm, which killed 30, was the strongest ...", "... was the
    biggest and forced 2,000 from their homes") and keeps the sentence."""
    found = _RECORD_COMPARED.match(text)
    if found is None:
        return False
    subject = _ATTRIBUTIVE_PAST.sub(" ", found.group("subject"))
    # ("the biggest intake of refugees to be registered": a passive infinitive measures, it tells no act)
    rest = _RECORD_MEASURE.sub(" ", _PASSIVE_INFINITIVE.sub(" ", found.group("rest")))
    # ("It was the largest rally, with police making 20 arrests": what follows the comma may tell an act)
    told_in_subject = _past_in(subject) or PERFECT.search(subject) is not None
    told_after = _past_in(rest) or PERFECT.search(rest) is not None or _FINITE.search(rest) is not None
    return "," not in rest and not told_in_subject and not told_after


# A relative clause that ranks its noun against all others of its kind: "which last year lent more than any
# rival", "who has won more titles than any other player". It tells what the noun is, not what it did on a
# day; a main clause with such a rank ("The storm killed more people than any other") opens with no relative
# word and is left alone
_RANKED_AGAINST_ALL = rx(
    r"^(?:which|who)\b[^;:“”\"]{0,120}?\b(?:more|less|fewer|bigger|larger|faster|longer)\b[^;:“”\"]{0,60}?"
    r"\bthan\s+(?:any(?:one|body|thing)?|all)\b"
)


def ranked_against_all(text: str) -> bool:
    """Whether a relative clause only ranks its noun against all others ("which last year produced more steel
    than any other company"): a description of the noun, no happening."""
    return _RANKED_AGAINST_ALL.match(text.strip()) is not None


# One person's present belief as the main clause: "Mr Dahl believes that the firm got a bigger stake", "Nora
# Lund thinks the storms are a threat", "He fears the worst is to come". A view held, told by the writer with
# no occasion; a body's ("The ministry believes ...") and a crowd's are left to their own rules, and a belief
# about a named kind of act ("He believes the ship was attacked") is typed by it and never asked
_ONES_BELIEF = re.compile(
    r"^(?:(?:But|And|Yet|Still|Meanwhile|However),?\s+)?(?:[Hh]e|[Ss]he|(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor)\.?\s+)"
    r"(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+|[A-Z][a-z][\w’'-]*\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w’'-]+)\s+"
    r"(?:also\s+|still\s+|now\s+|[a-z]+ly\s+)?(?:believes|thinks|reckons|suspects|fears|doubts|feels)\b"
)


def explanation_or_state_of_mind(text: str) -> bool:
    """Whether a sentence with no named kind of act explains, illustrates or tells a state of mind (one
    person's belief told in the present, too). What a relative clause set off by its comma tells describes a
    noun, not the sentence ("The UN has opened an appeal for $90m, most of whom are thought to need shelter":
    the appeal is still launched)."""
    main = _SET_OFF_DESCRIPTION.sub("", text)
    return bool(EXPLAINS.search(main) or _STATE_OF_MIND.search(main) or _ONES_BELIEF.match(main.strip()))


# ", which ...", ", most of whom ...", ", who ...": a relative clause set off by a comma, up to the next
_SET_OFF_DESCRIPTION = rx(
    r",\s+(?:(?:most|many|some|all|none|several|one|each|both|half|few)\s+of\s+)?(?:who|whom|which|whose)\b[^,;]*"
)
PRESENT_SPEECH = rx_gated(r"\b(says|say|insists?|presents|claims|maintains?|argues?|believes?|thinks?)\b")
PERFECT = rx(
    r"\b(has|have)\s+(already\s+|previously\s+|also\s+|reportedly\s+|\w+ly\s+)?(been\s+)?\w+(ed|en|t)\b"
)
# A phrase of place that opens a sentence before its subject: "In Chile, ", "In the north, ", "As well as in
# the capital, ", "Elsewhere in the region, ". (A name or a part of a country follows the preposition: "In
# the wake of the vote, " and "In response, " are no place.)
PLACE_OPENING = (
    r"(?:as\s+well\s+as\s+|elsewhere\s+)?(?:in|at|across|near|off|along)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])|(?:north|south|east|west|northern|southern|eastern|western|capital|city|region|province"
    r"|state|country)\b)[^,;:“”\"]{0,40},\s+"
)
# An act in the present perfect with a subject of its own ("The charity has released £50,000"); verbs of
# state or appearance ("has seen", "has remained") and clauses inside a relative or a condition are no act.
# "Meanwhile, rescuers have been redeployed": a linking word and its comma opening the sentence are no clause,
# nor is a phrase of place ("In the south, two courts have been closed").
_PERFECT_ACT = rx(
    rf"^(({LINKING_OPENING}),\s+|{PLACE_OPENING})?"
    r"(?!(if|when|as|while|although|though|since|because|which|that|who)\b)"
    + SUBJECT_WORDS
    # "The town's school, Hill Street primary, has been closed": a name or a relative clause set apart
    + r"(,\s[^,;:“”\"]{3,70},)?\s"
    r"(has|have)\s+(already\s+|now\s+|also\s+)?(been\s+)?(?!(seen|remained|continued|seemed|appeared|needed"
    r"|wanted|happened|meant|felt|kept|suggested|shown|proven|warned|told|said|become|been|got|left|lost|fallen|risen"
    # ("has failed to act" is no act; "the city's effort to seal the breach has failed" is one)
    r"|raised\s+(concerns|questions|fears)|tried|failed(?=\s+to\b)|expressed|spent)\b)[a-z]+(ed|en|t)\b"
)
MIN_PERFECT_WORDS = 6


def perfect_act_match(text: str) -> re.Match[str] | None:
    if len(text.split()) < MIN_PERFECT_WORDS or HYPOTHETICAL.search(text):
        return None
    found = _PERFECT_ACT.search(text)
    # "the barrier never before has been tested", "will mean the water has been held back": no act that was
    if found is None or UNREAL.search(found.group()):
        return None
    return found


# The perfect of an act whose participle is not in -ed, -en or -t, which `_PERFECT_ACT` cannot tell from
# an adjective: "Egypt has begun a cull of pigs", "turtles have been found dead on the beach", "crews have
# laid 900,000 feet of boom", "the company has paid $50 million in claims", "the virus has spread to nine
# countries". Participles of no act ("has done harm", "has shown signs", "has made it harder", "has known")
# are left out; "made" counts only as a thing released ("has been made public").
_IRREGULAR_PERFECT_ACT = rx_gated(
    rf"^(({LINKING_OPENING}|so\s+far),\s+|{PLACE_OPENING})?"
    r"(?!(if|when|as|while|although|though|since|because|which|that|who|once|until|unless|after|before)\b)"
    + SUBJECT_WORDS
    + r"(,\s[^,;:“”\"]{3,70},)?\s"
    r"(?P<aux>has|have)\s+(already\s+|now\s+|also\s+|so\s+far\s+|just\s+)?(been\s+)?"
    r"(begun|found|laid|paid|spread|flown|fled|won|struck|dug|held(?!\s+(up|back|out|steady|firm)\b)"
    r"|sold(?!\s+out\b)|drawn\s+up|made\s+(public|available)"
    # ("Senators have heard evidence from the builders": a hearing's step; "have heard rumours" is no act)
    r"|heard\s+(evidence|testimony|arguments|submissions|from)"
    # ("Police have had to shut the pier", "the airline has had to cancel 40 flights": a deed forced on the
    # subject is still done; "has had to live with", "have had to wait" tell a state borne)
    r"|had\s+to\s+(?!(live|wait|endure|cope|rely|deal|struggle|be|work|put\s+up|get\s+by|make\s+do|learn|come|go|fend|manage|survive|sleep|walk|queue|stay|share)\b)[a-z]{3,})\b"
)
# a view or a state told before the perfect: the perfect is what the view is about
# ("booms that BP has laid", "teams who have flown in", "can be said to have begun": the perfect of a relative
# clause, of another verb's clause, or an infinitive, is no act of the sentence's own)
_VIEW_BEFORE = rx(
    r"\b(is|are|was|were|has|have|had|think|thinks|believe|believes|fear|fears|say|says|hope|hopes"
    r"|now\s+(?=it|they))\b|\bto\s+$|\w\s+(who|whom|which|that)\s+([\w’'-]+\s+){0,3}$"
)
# "has held the post since 2019", "have paid the levy for years": a state kept over a stretch of time
_KEPT_OVER_TIME = rx(
    r"\b(since|for\s+(the\s+(past|last)\s+)?(more\s+than\s+|over\s+|nearly\s+|almost\s+)?(\d+|a|an|two|three|four|five|six"
    r"|seven|eight|nine|ten|several|many|decades|years|months)\s+(years?|decades?|months?|centuries))\b"
)


def irregular_perfect_act(text: str) -> re.Match[str] | None:
    """An act in the present perfect whose participle is irregular ("Salvage crews have begun to clear the
    rubble", "Two more climbers have been found alive"), with a subject of its own: done by the time of the
    report, as `perfect_act_match` finds for participles in -ed, -en or -t."""
    if len(text.split()) < MIN_PERFECT_WORDS or HYPOTHETICAL.search(text):
        return None
    found = _IRREGULAR_PERFECT_ACT.search(text)
    if found is None or UNREAL.search(found.group()) or _KEPT_OVER_TIME.search(text, found.end()):
        return None
    # ("Experts think the virus cannot be contained now it has spread": the act is inside a view)
    if _VIEW_BEFORE.search(text[: found.start("aux")]):
        return None
    return found


# How far before publication a lead's day may be and still be the report's news ("on Monday" in a Wednesday
# paper is; a week before is a story looking back)
LEAD_NEWS_LAG = dt.timedelta(days=2)
# The sentences a report's lead may take up (a standfirst or a caption line may come first)
LEAD_SENTENCES = 2


def lead_of_its_days(article: Article, published: dt.date, dates: Sequence[DateMention]) -> bool:
    """Whether the report's lead tells news of its own days: it gives a day shortly before publication or
    on it ("Regulators fined the bank on Monday ..."), or no earlier time at all ("The government is urging
    people to stay home ..."), as news copy leads. Wire copy tells the rest of that news with no time word.
    A lead that names only an earlier time ("In March 2019, ...") opens a story looking back."""
    lead = article.sentences[:LEAD_SENTENCES]
    if not lead:
        return False
    told = [
        d
        for d in dates
        if lead[0].start <= d.start < lead[-1].end
        and d.value != "PRESENT_REF"
        and d.tense != "future"
        and d.date_start <= published
    ]
    return not told or any(d.precision == "day" and published - LEAD_NEWS_LAG <= d.date_start for d in told)


# A result on the scene told in the present perfect in the sentence's main clause: what was shut, found,
# called off, taken in or cleared ("Two more polling stations have been closed", "In the south, new cases
# have also been detected", "Flights have been grounded", "Officials have closed the reserve to visitors").
# A briefing lists it as the day's news. A deed of a party that may be its conduct over months ("the army
# has sent troops", "the state has supplied arms") is no result on the scene, and is not read here; nor, in
# the active, a finding ("researchers have identified a gene" may be a study's); nor what a disaster left
# ("house after house has been destroyed" tells the scene of the disaster, an event of its own day).
_SCENE_RESULT = rx(
    r"^(?:(?:but|and)\s+)?"
    rf"(?:(?:meanwhile|however|separately|also|now|in\s+addition|at\s+the\s+same\s+time),\s+|{PLACE_OPENING})?"
    # ("As rain fell, ...", "After the vote, ...", "Since the floods, ...": a clause of reason or time opens
    # the sentence; what follows restates a known state)
    r"(?!(?:if|when|as|while|although|though|since|because|after|before|amid|once|until|unless|with|during)\b)"
    r"(?P<subject>[^,;:“”\"]{3,100}?)(?:,\s[^,;:“”\"]{3,70},)?\s+(?:has|have)\s+(?:also\s+|now\s+)?"
    r"(?:been\s+(?:temporarily\s+)?(?P<result>closed|shut(?:\s+down)?|ordered\s+to\s+(?:close|shut)|detected"
    rf"|confirmed|identified|diagnosed|evacuated|{UNDOING_PARTICIPLES}|quarantined"
    r"|isolated|hospitali[sz]ed|rescued|arrested|detained|grounded|reopened|lifted|imposed|sealed\s+off"
    r"|cordoned\s+off|cut\s+off|recalled|withdrawn)"
    r"|(?:temporarily\s+)?(?P<done>closed|shut(?:\s+down)?|evacuated"
    rf"|{UNDOING_PARTICIPLES}|quarantined|grounded|reopened|sealed\s+off|cordoned\s+off|recalled|arrested|detained))\b"
)
# Words before the perfect that make it what someone said, thought or described: "Officials said two courts
# have been closed", "the schools that have been shut", "is unclear whether flights have been grounded"
_TOLD_BEFORE = rx(
    r"\b(said|says|say|told|tells|reported|reports|announced|added|stated|noted|believes?|thinks?|fears?"
    r"|hopes?|according|that|who|which|whose|whether|if|how|what|where|when|is|are|was|were|has|have|had"
    r"|will|would|could|may|might)\b"
)
# A tally in the subject: "50 new cases have been confirmed", "hundreds of travellers have been quarantined"
# is a running count of a campaign, which the count rules read and merging tells from another count by its
# number
_TALLY = rx(
    r"\b\d[\d,.]*\s+(?:[\w-]+\s+){0,2}(?:cases|deaths|infections|people|patients|dead)\b"
    r"|\b(?:dozens|scores|hundreds|thousands|millions)\s+of\b"
)


def result_on_the_scene(text: str) -> bool:
    """Whether a sentence tells, in its main clause and in the present perfect, a result on the scene
    (`_SCENE_RESULT`: "Two schools in the capital have been ordered to close for a week"): in a report
    whose lead dates its news, the result is that news, told with no time word of its own. Not inside what
    was said ("Officials said ... have been closed"), a relative or another verb's clause, a condition, a
    sentence opened by a clause of reason or time, nor with a sign of background ("since 2019", "so far",
    "previously", "already", "for years", a former one)."""
    if len(text.split()) < MIN_PERFECT_WORDS or HYPOTHETICAL.search(text) or QUOTATION_OPENS.match(text):
        return False
    found = _SCENE_RESULT.match(text)
    if found is None or UNREAL.search(found.group()):
        return False
    subject = found.group("subject")
    main = _SET_OFF_DESCRIPTION.sub("", text)
    return not (_TOLD_BEFORE.search(subject) or _TALLY.search(subject) or _BACKGROUND_SIGN.search(main))


# Words that place an act before the report's day or make it a state lasting up to now: "has long",
# "has always", "since 2019", "so far", "over the past year", "previously", "already", "years ago"
_BACKGROUND_SIGN = rx(
    r"\b(since|so\s+far|to\s+date|ever|always|long|never|once|formerly|previously|already|recently"
    r"|in\s+the\s+past|former|previous|earlier|first\s+time"
    r"|for\s+(years|decades|months|weeks|generations)|in\s+recent\s+(days|weeks|months|years|decades)"
    r"|over\s+the\s+(past|last)|(last|previous)\s+(year|month|week)|(years?|months?|decades?)\s+ago"
    r"|until\s+now|by\s+now|as\s+of\s+now|at\s+least\s+\w+\s+times)\b"
)

# A month named at the head of a timeline's entry, in full or cut short ("Sept.", "Nov")
_ENTRY_MONTH = rf"(?-i:{alternatives(MONTH_NAMES)}|{alternatives(m.title() for m in MONTH_ABBREVIATIONS)})\.?"
# The entry of a timeline or a chronology box: a day with its month at the head of the line, then a dash or
# a colon ("May 26 - Engineers begin pumping mud", "Nov. 2: The company raises its estimate"), or a full
# date with its year and then the entry's first word ("14 June 2010 The judge refuses bail"). The entry tells
# its day's happening in the historic present.
_CHRONOLOGY_ENTRY = rx(
    rf"^(?:{_ENTRY_MONTH}\s+\d{{1,2}}(?:\s*(?:[-–]|\\?/)\s*\d{{1,2}})?(?P<comma_year>,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+{_ENTRY_MONTH}(?P<year>\s+\d{{4}})?)"
    r"(?:\s*[-–—:]\s+|(?(comma_year)\s+|(?(year)\s+|(?!))))"
    # the entry's own words: a clause with a lower-case word, not a place's name alone ("4 Aug: Samana, X.")
    r"(?=[\"“]?(?-i:[A-Z])[^.;]*?\s(?-i:[a-z]{3,})\b)"
)


def chronology_entry(text: str) -> bool:
    """Whether the sentence is a timeline's entry, its day at its head and its happening told in the
    present ("June 2 - Engineers try another cap"): the day's act, though no verb is in the past."""
    found = _CHRONOLOGY_ENTRY.match(text)
    return found is not None and len(text[found.end() :].split()) >= 3


# After the speech verb, the speaker's own act in the perfect: "(that) it has started", "they have sealed"
# When a saying was made, told just after its verb or its speaker: "on Monday", "yesterday", "last week",
# "earlier this month"
_TIME_OF_SAYING = (
    r"(?:on\s+)?(?:\w+day|yesterday|today|tonight)|last\s+(?:week|month|night)"
    r"|earlier\s+(?:this\s+(?:week|month)|today|on\s+\w+day)"
)
OWN_ACT = rx(
    # ("said yesterday they had reopened", "announced last week that it had raised": when it was said, then
    # what)
    rf"\s+(?:(?:{_TIME_OF_SAYING})\s+)?(that\s+)?(it|they|we|he|she)\s+"
    r"(?:(has|have|had)\s+(already\s+|now\s+|successfully\s+|finally\s+){0,2}"
    # ('said it had "activated its response plan"': the act in the speaker's own words is still the act)
    r"[\"“]?"
    r"(?!(been|seen|become|had|said|told|warned|decided|agreed|tried|failed|wanted|needed|meant|felt"
    r"|thought|hoped|believed|expected|intended|known|learned|learnt|heard"
    # ("said earlier on Thursday it had received a report": word that came in, no act)
    r"|received"
    # ("said he had pleaded with the ministers to attend", "said she has pressed the firm to work faster",
    # "said it had urged residents to leave": the speaker's own act is words to others, a statement, not a
    # deed; "pressed ahead", "pressed charges", "pressed into service", "called off" and "called in" are
    # deeds and stay, and so does "had asked the former governor to draw up a plan", a task given. "Appealed"
    # is words only as a plea, "appealed for calm", "appealed to the public": "appealed the ruling",
    # "appealed against the fine" and "appealed to the high court" are steps of a case. "Written" is words
    # only as "written to" someone: "had written 2,000 cheques" is a deed)
    r"|pleaded|begged|implored|urged|pledged|promised|vowed|assured|reassured|insisted|stressed"
    r"|appealed(?=\s+(?:for\b|to\s+(?!(?:[\w'’-]+\s+){0,4}?(?:courts?|tribunals?|judges?|magistrates?)\b)))"
    r"|reiterated|demanded|complained|critici[sz]ed|condemned|written(?=\s+to\b)"
    r"|pressed(?!\s+(?:ahead|on|charges|into)\b)|called(?=\s+(?:on|for|upon)\b)"
    # ("said the country had suffered its worst floods", "said it has lost contact": a fate, no deed)
    r"|suffered|lost|endured|survived|experienced|witnessed|faced|recovered|emerged|mourned)\b)[a-z]+(ed|en|un|t)\b"
    # ("said on Tuesday it signed the lease", "said they arrested two men": the speaker's own deed told in
    # the simple past, by a verb that only tells a deed done; a view, a wish or a finding, "said it
    # wanted", "said it found", has no place here)
    r"|(?:signed|launched|suspended|cancell?ed|sold|bought|acquired|hired|fired|dismissed|sacked|arrested"
    r"|detained|seized|filed|submitted|deployed|dispatched|recalled|halted|withdrew|evacuated|rescued"
    r"|reached\s+(?:a|an)\s+(?:[\w$.,-]+\s+){0,3}?(?:deal|agreement|settlement|accord))\b)"
)


def main_perfect_act_over_asides(
    text: str, found: list[tuple[Trigger, re.Match[str]]], subordinate: list[tuple[int, int]]
) -> bool:
    """Whether the main clause tells an act in the present perfect and every named happening of the
    sentence lies in a clause that only describes ("The insurer has received 12,000 claims, ..., which
    involve families of workers killed when the dam burst"): the main clause's act is the news."""
    if not found or not all(any(a <= m.start() < b for a, b in subordinate) for _, m in found):
        return False
    act = perfect_act_match(text)
    return act is not None and not any(a <= act.start() < b for a, b in subordinate)


# After the verb of saying, someone else's act told in the pluperfect: "(that) UN troops had secured the
# port", "the team had replaced the hose" (a view, "had been wrong", or words, "had warned", are remarks)
_REPORTED_ACT = rx(
    # (the speaker's own, "it had", "its appeal had", is told by OWN_ACT or stays remarks)
    # ("said on Tuesday that", "said Thursday the": when it was said, then what)
    r"\s+((on\s+)?(\w+day|yesterday|today|tonight)\s+|earlier\s+(this\s+\w+\s+|on\s+\w+day\s+)?)?(that\s+)?"
    r"(?!(that|it|they|we|he|she|i|you|there|this|these|those|its|their|his|her|our|my)\b)((the|a|an)\s+)?"
    # (nor words within words: "said the guard told him the driver had already left")
    r"((?!(had|has|have|was|were|is|are|would|will|could|that|it|they|we|he|she|its|their|his|her|our|told"
    r"|said|says|tells|told|reported|saying)\b)"
    r"[\w’'.-]+\s+){1,6}?(had)\s+(already\s+|successfully\s+|finally\s+)?"
    r"(?!(been|seen|become|had|said|told|warned|agreed|tried|failed|wanted|needed|asked|urged|called|spoken"
    r"|expressed|decided|planned|hoped|expected|feared|believed|thought|known|intended|promised|pledged|vowed"
    r"|threatened|demanded|denied|claimed|admitted|accepted|rejected|acknowledged|conceded|survived|lived"
    r"|escaped|recovered|gotten|forgotten|meant|felt|learnt|learned|heard|received"
    # ("said the ministry had misled the committee", "had acted recklessly": an accusation stays a claim)
    r"|misled|acted|lied|ignored|violated|breached|broken|abused|neglected|deceived|cheated|stolen|mishandled"
    r"|covered|hidden|concealed|falsified|bribed|defrauded|betrayed|endangered|harmed|overstepped|exaggerated"
    r"|underestimated|overstated|understated|blundered|erred"
    # ("the crack had doubled in length": a measure of change is a finding, told as remarks)
    r"|tripled|doubled|quadrupled|halved|grown|risen|fallen|increased|decreased|expanded|shrunk|spread|reached"
    r"|surpassed|exceeded|topped|climbed|dropped|declined|soared|jumped|slowed|worsened|improved|eased)\b)"
    # a participle ("had about 200 guests" is had with its object)
    r"([a-z]{2,}(ed|en)|sent|built|brought|bought|caught|fought|lost|left|kept|held|met|paid|put|set|shut|cut|hit"
    r"|led|won|begun|run|spent|struck|shot|sold|found|made|taken|given|done|gone|flown|thrown|drawn|shown|torn"
    r"|sunk|withdrawn|overrun|undertaken)\b"
)


def reported_act(text: str, speech: re.Match[str]) -> re.Match[str] | None:
    """What the speaker says when it is someone else's act, done by the time of the saying."""
    found = _REPORTED_ACT.match(text, speech.end())
    return (
        found if found is not None and not UNREAL.search(found.group()) and "," not in found.group() else None
    )


def tells_own_act(text: str, speech: re.Match[str]) -> bool:
    """Whether the speaker tells of its own act right after the verb of saying ("says it has started")."""
    found = OWN_ACT.match(text, speech.end())
    return found is not None and not UNREAL.search(found.group())


_SINCE_BEFORE = rx(r"\bsince\s+(?P<gap>([\w'’-]+\s+){0,4})$")


def since_phrase(before: str) -> bool:
    """Whether a date closes a "since" phrase with no verb of its own ("since his death last year")."""
    found = _SINCE_BEFORE.search(before[-80:])
    return found is not None and not FINITE_VERB.search(found.group("gap"))


# (the month is no modal: "said on May 22 it was shipping tents")
UNREAL = rx(
    r"\b(never|not|no|will|would|could|(?-i:may)|might|should|must|if|unless|hope|hopes|expect|expects)\b"
)


# A place a journey ends at: a name ("Port Selby"), or a place's noun ("the island", "the coast")
_PLACE_REACHED = (
    r"(?:(?-i:[A-Z])[a-z]|(?:the\s+)?(?:island|coast|shore|border|capital|city|port|harbou?r|area|region"
    r"|site|scene|camp|town|village|mainland|frontier|front\s+line|rig|well|summit|station)s?\b)"
)


# A figure foreseen: "could reach 1 million", "is expected to rise to 500", "would save 2 million barrels",
# "will create 440,000 jobs": a forecast or a target, not a happening anyone has planned for a day
# (but "is expected to reach the island on Sunday", "will reach Port Selby": a journey's end is a place, and
# getting there is planned)
FORECAST = rx_gated(
    r"\b(will|would|could|might|may|(is|are|was|were)\s+(expected|likely|projected|forecast|predicted|set)\s+to"
    r"|(expects?|predicts?|forecasts?|projects?)\s+(\S+\s+){1,4}?to)\s+(\w+ly\s+)?(reach(?!\s+"
    + _PLACE_REACHED
    + r")"
    r"|rise|climb|grow|top|exceed|hit|fall|drop|decline|double|triple|surpass|increase|decrease|shrink|save"
    r"|create|cost|soar|plunge|jump|slow|rebound|peak)\b"
)
# A possibility told of a timetable, not of a risk: "the storm could make landfall as early as Friday", "the
# new dome could be ready to deploy on Tuesday", "the report may be completed by the end of the month": when
# something foreseen as coming will come, which with its day is a planned happening ("the dam could fail by
# Friday" is a risk, and no one plans it)
SCHEDULED_POSSIBILITY = rx(
    r"\b(?:could|might|(?-i:may))\s+(?:\w+ly\s+|still\s+|now\s+|well\s+|also\s+)?"
    r"(?:be\s+(?:\w+ly\s+)?(?:ready|completed|finished|done|in\s+place|operational|installed|deployed|launched"
    r"|opened|reopened|restored|delivered|published|released|sworn\s+in|held|signed|sentenced|announced)"
    r"|make\s+landfall|arrive|reach\s+" + _PLACE_REACHED + r"|begin|start|open|reopen|resume|take\s+effect"
    r"|take\s+place|go\s+ahead|come\s+into\s+force)\b"
    # ("could come ashore as early as Friday", "may rule as soon as next week": the earliest day something
    # foreseen can come)
    r"|\b(?:could|might|(?-i:may))\s+(?:[\w’'-]+\s+){1,6}?as\s+(?:early|soon)\s+as\s+(?:on\s+)?"
    r"(?=(?-i:[A-Z0-9])|next\b|this\b|tomorrow\b|tonight\b|mid)"
)
# "had hoped that aid could start arriving on Wednesday": a hope the story has moved past, no plan standing
_HOPE_OVERTAKEN = rx(r"\bhad\s+(?:\w+ly\s+)?(?:hoped|expected|thought|believed|planned|intended|assumed)\b")
# What would follow from what was told before ("Doing so could trigger sanctions as early as next month",
# "That may delay the vote"): a consequence weighed, however soon it is put
_CONSEQUENCE_OPENS = rx(
    r"^(?:(?:but|and|yet|still),?\s+)?(?:that|this|doing\s+so|such\s+an?\s+[a-z]+|either\s+(?:way|outcome"
    r"|option|step|move))\s"
)


def foreseen_for_a_day(text: str, dates: Sequence[DateMention]) -> bool:
    """Whether `text` tells when a thing foreseen as coming will come (`SCHEDULED_POSSIBILITY`) with a day,
    a week or a month ahead among `dates`: a planned happening, not the writer's guess."""
    if _CONSEQUENCE_OPENS.match(text) or _HOPE_OVERTAKEN.search(text):
        return False
    return SCHEDULED_POSSIBILITY.search(text) is not None and any(
        d.tense == "future" and d.value != "PRESENT_REF" and d.precision in ("day", "week", "month")
        for d in dates
    )


# What a speaker believes will come, not what anyone has arranged to do on a day: "were expecting to see more
# cases this autumn", "it is likely that the economy will recover in 2030", "had growing confidence the bank
# would resume its dividend next year". The date is the one the belief is about, and no planned happening
# falls on it ("hopes to reopen the port on Monday" is the operator's own plan, and stays one)
EXPECTATION = rx(
    r"\bexpect(?:s|ed|ing)?\s+to\s+see\b"
    r"|\b(?:it\s+is|it's|it\s+was|it\s+seems|it\s+seemed)\s+(?:\w+ly\s+)?(?:likely|unlikely|possible|probable)\s+that\b"
    r"|\b(?:likely|unlikely)\s+to\s+be\s+(?:known|clear|seen)\b"
    r"|\bconfiden(?:ce|t)\s+(?:that\s+)?(?:\S+\s+){1,6}?(?:would|will)\b"
)
# (asked of each sentence by several rules, some of them again: its matches are kept per text)
HYPOTHETICAL = ScannedPattern(
    r"^(if|should|were)\b|\b(would|could|might|may)\s+(raise|make|be|have|mean|undermine|face)\b"
    # "the model used the following assumptions: by June the union will have ended the strike", "assuming
    # a rate of 25 miles a gallon": a model's premise, not a happening
    r"|\b(assumptions?|assuming|hypothetical(ly)?|in\s+theory)\b",
    re.IGNORECASE,
)
# Where a clause that gives a reason, a time or what is unknown begins: "because it was not clear what effect
# the test could have", "while engineers assess whether it might fail"
_SUBORDINATE_OPENS = rx(
    r"\b(because|although|though|whereas|while|since|unless|until|whether|what|which|who|when|where)\b"
    # "Shares rose on Monday as the talks gave hope there would be a deal": what is hoped or feared
    r"|\b(hopes?|fears?|expectations?)\s+(that|there)\b"
)


# A forecast as the sentence's own verb: "Waves from the storm could help break up the slick", "The virus
# might spread to the capital's schools": what may come, told with no speaker, no day and no decision
# behind it.
# The modal follows the subject with no verb of its own before it ("Police said the march could ...", "The
# court ruled the firm may ..." tell an act); a participle of the subject's phrase ("Waves churned up by the
# storm could ...") is no such verb. "may" in lower case only ("in May" is a month); "may have died" guesses
# at what has happened, a toll or a cause, and is no forecast
_MODAL_AFTER_SUBJECT = re.compile(
    r"^[\"“‘']?(?:[A-Z][^,;:\"“”()]{1,100}?)\s(?:could|might|may)\s+(?:well\s+|also\s+|soon\s+|eventually\s+"
    r"|still\s+|even\s+)?(?!not\b|n[’']t\b|have\b)(?=[a-z])"
)
_PARTICIPLE_PHRASE = rx(
    r"\b\w+(?:ed|en)\s+(?:(?:up|down|out|off|back)\s+)?(?:by|in|from|at|on|with|over|near|along|across|into)\b"
)
_VERB_BEFORE_MODAL = rx(
    r"\b(?:is|are|was|were|has|have|had|do|does|did|says?|that|who|which|whom|whose|when|where|while|after|before"
    r"|because|although|as|if|unless|until)\b"
)


def forecast_as_main_verb(text: str) -> bool:
    """Whether the sentence's main verb is a modal of possibility right after its subject ("Waves from the
    storm could help break up the slick"): a forecast, no happening."""
    found = _MODAL_AFTER_SUBJECT.match(text.strip())
    if found is None:
        return False
    subject = _PARTICIPLE_PHRASE.sub(" ", found.group())
    subject = subject[: subject.rfind(" ")]  # the modal itself aside
    # (names are no verbs: "the United Nations", "Allied forces")
    if _VERB_BEFORE_MODAL.search(subject) is not None or _past_in(re.sub(r"\b[A-Z]\w*", " ", subject)):
        return False
    # ("More evidence may surface after the judge ordered the files released": the act the forecast hangs
    # on is told, and is news; so is a clause of its own after a comma, "The downturn could lead to unrest,
    # ministers were told on Friday": who said it, and when)
    rest = text[found.end() :]
    return not any(_past_in(act.group()) for act in _ACT_IT_HANGS_ON.finditer(rest)) and not any(
        _past_in(re.sub(r"\b[A-Z]\w*", " ", clause)) for clause in re.split(r"[,;:]", rest)[1:]
    )


_ACT_IT_HANGS_ON = rx(r"\b(?:after|since|when|because|once|now\s+that)\s+[^,;:]{1,100}")


def is_hypothetical(text: str) -> bool:
    """A sentence that tells only of what might be ("If the cap holds, ...", "The plan could mean higher
    prices", "under the assumptions used"). A modal inside a clause that gives the reason or the doubt
    ("Work was halted on the bridge because it was unclear what the load test might do") leaves
    the main clause's act standing."""
    if forecast_as_main_verb(text):
        return True
    if HYPOTHETICAL.search(text) is None:
        return False
    opens = _SUBORDINATE_OPENS.search(text)
    main = text[: opens.start()] if opens is not None and opens.start() > 0 else text
    # ("Traders, fearing the strike might spread, sold the bonds on Monday": a doubt in an aside set off by
    # commas or dashes leaves the main clause's act standing; "Inspectors closed the bridge after finding
    # cracks that could make it unsafe": so does one in a clause that tells what was found or which one)
    main = _SET_OFF_ASIDE.sub(" ", main)
    main = _THAT_CLAUSE.split(main, maxsplit=1)[0]
    return HYPOTHETICAL.search(main) is not None


# An aside set off by a pair of commas or dashes inside a clause
_SET_OFF_ASIDE = re.compile(r"(?:,|\s[-–—]{1,2})\s[^,;:–—]{3,80}?(?:,|\s[-–—]{1,2})\s")
# Where a clause after "that" begins, past the sentence's opening words ("that could make it unsafe")
_THAT_CLAUSE = rx(r"(?<=\w)\s+that\s+(?=\w)")


QUOTE_MARK = re.compile(r"[\"“”]|``|''")


def speaks_in_the_present(text: str, speech: re.Match[str] | None) -> bool:
    """Whether remarks are told in the present tense ("China says it is neutral"), which may be a standing
    position. The saying's own verb tells its tense: "Roe told reporters he has paid 85% of the claims" and
    "a spokesman said the firm thinks the leak was rainwater" are said in the past, whatever present
    words ("claims", "thinks") the reported words hold. (A quotation keeps the speaker's own present,
    '"We believe the market will recover," said Roe', read as a view as before.)"""
    past = speech is not None and PAST_TENSE.fullmatch(speech.group().split()[0]) is not None
    if past and not QUOTE_MARK.search(text):
        return False
    unquoted = QUOTE.sub(lambda m: " " * len(m.group()), text)
    presents = [m.start() for m in PRESENT_SPEECH.finditer(unquoted)]
    if (
        past
        and speech is not None
        and all(at >= speech.end() for at in presents)
        # (a quotation left open, or closed with no opening, hides where the speaker's own words end)
        and len(QUOTE_MARK.findall(text)) % 2 == 0
    ):
        # ('A spokesman said the claims were "misleading"': a quoted word does not make the saying present;
        # "claims" after the past verb of saying is in what was said)
        return False
    return bool(presents)


# Remarks that only tell how the speaker feels: "he was pleased with the turnout", "she was "delighted""
_FEELING = rx(
    # (after whom it was told: "told reporters she was happy")
    r"\s*(?:(?:the\s+)?[a-z]+\s+)?(?:that\s+)?(?:he|she|they|we|i|it)\s+(?:was|were|is|are|am|had\s+been|has\s+been|have\s+been|felt|feels?)"
    r"\s+[\"“”']*(?:(?:very|so|really|extremely|deeply|greatly|\w+ly)\s+)?[\"“”']*(?:pleased|happy|delighted|glad|proud"
    r"|thrilled|grateful|honou?red|satisfied|excited|saddened|sad|disappointed|sorry|shocked|surprised|relieved"
    r"|humbled|moved|touched)[\"“”']*(?P<rest>[^,;:]*)\.?\s*$"
)
FEELING_MAX_WORDS = 8


# The same feeling in the speaker's own words, quoted: '"I'm thrilled with how the day went," said Roe',
# 'Roe said: "We are very proud of the volunteers."'
_QUOTED_FEELING = rx(
    r"[\"“]\s*(?:i['’]m|i\s+am|we['’]re|we\s+are|i\s+was|we\s+were)\s+(?:(?:very|so|really|extremely|deeply|greatly"
    r"|\w+ly)\s+)?(?:pleased|happy|delighted|glad|proud|thrilled|grateful|honou?red|satisfied|excited|saddened"
    r"|sad|disappointed|sorry|shocked|surprised|relieved|humbled|moved|touched)\b(?P<rest>[^\"“”]*)[\"”]"
)
QUOTED_FEELING_MAX_WORDS = 12


# People at large, as the subject of a quotation: "everybody", "people", "nobody"
# ("Nobody knows how many are still missing" is a count not yet known, news, and left out)
_PEOPLE_AT_LARGE = r"(?:everybody|everyone|people|folks|we\s+all|all\s+of\s+us)"
# A quotation that opens with the speaker's own opinion or a likeness: '"I think the rules will change,"',
# '"It was like a film,"'. A hedge in the first person singular is one person's view; "we believe" is left
# alone, since a body's assessment ("We believe the ferry sank on Monday") is news
_QUOTED_OPINION = rx(
    r"^\s*(?:``|[\"“])\s*(?:(?:frankly|honestly|personally|well|look|and|but),?\s+)?(?:i\s+(?:really\s+|just\s+"
    r"|still\s+|do\s+|personally\s+)?(?:think|believe|feel|guess|suppose|reckon|reckoned|guessed|supposed|felt)"
    r"|we\s+(?:really\s+|just\s+|still\s+)?(?:think|feel|guess|reckon)"
    r"|(?:it|this|that)\s*(?:is|was|[\'’]s)\s+(?:just\s+|almost\s+|a\s+bit\s+|kind\s+of\s+|sort\s+of\s+)?like"
    # ('"It felt like the end of the world"'; not '"It looks like it's achievable"', a guess at what will be)
    r"|(?:it|this|that)\s+(?:felt|feels|looked|looks|seemed|seems|sounded|sounds)\s+(?:just\s+|almost\s+|a\s+bit"
    r"\s+|kind\s+of\s+|sort\s+of\s+)?like\s+(?:a|an|the|something|nothing|being)"
    # ('"I just stood there and watched it,"', '"We heard a huge bang,"': how a witness froze, or a noise they
    # heard, told in the first person; what they saw befall ("we saw the ferry sink") is left alone)
    r"|(?:i|we)\s+(?:just\s+|all\s+|only\s+)?(?:froze|(?:stood|sat)\s+(?:there|frozen|still|in\s+(?:shock|silence"
    r"|disbelief)))"
    r"|(?:i|we)\s+(?:just\s+|all\s+)?(?:heard|felt)\s+(?:a|an|the|this)\s+(?:[\w-]+\s+){0,2}(?:bang|boom|noise|roar|rumble"
    r"|crash|screams?|screaming|shouting|shaking)"
    # ('"Everybody is just totally shaken,"', '"People see that their neighbour is getting paid,"': how
    # people at large feel, know or see; "Everyone is safe" and "Nobody was hurt" are news, and left alone)
    rf"|{_PEOPLE_AT_LARGE}\s+(?:(?:is|are|was|were)\s+(?:just\s+|so\s+|really\s+|totally\s+|very\s+|pretty\s+"
    r"|absolutely\s+|still\s+|all\s+|,\s+)*(?:just|so|really|totally|very|pretty|absolutely|hoping|happy|sad|angry"
    r"|scared|afraid|worried|concerned|frustrated|upset|nervous|shaken|tired|exhausted|desperate|fed\s+up)"
    r"|(?:do|does|did|can|could)(?:n[\'’]t|\s+not)|(?:just\s+|all\s+|really\s+)?(?:knows?|knew|wants?|wanted|hopes?"
    r"|hoped|sees?|saw|thinks?|thought|feels?|felt|says?|said|is\s+talking|are\s+talking)))\b"
)
# A quotation that opens with a private person's wish, longing or feeling for the story, or a one-word verdict
# on it: '"I wish we could have done more,"', '"I miss her every day,"', '"I'm here because I loved his
# songs,"', '"It's heartbreaking to see the square like this,"'. From a bystander or a person named with no
# office (the attribution test below) it is colour, as a vox pop is; whatever more the speaker says of
# themself ("I", "me") is part of the feeling, not a step they take
_QUOTED_WISH_OR_VERDICT = rx(
    r"^\s*(?:``|[\"“])\s*(?:(?:but|and|well|honestly|oh),?\s+)?(?:"
    r"i\s+(?:just\s+|really\s+|still\s+|only\s+|always\s+|so\s+)?(?:wish|miss|love|loved|adore|always\s+wanted"
    r"|can[\'’]?t\s+believe|cannot\s+believe|understand)\b"
    r"|i\s*(?:am|[\'’]m)\s+(?:just\s+|so\s+|very\s+|really\s+|still\s+|here\s+)*(?:sad|heartbroken|devastated|gutted"
    r"|upset|angry|scared|afraid|worried|nervous|shattered|here\s+(?:for|because|to\s+(?:celebrate|remember|honou?r"
    r"|pay|support|say)))\b"
    r"|(?:it|this|that)\s*(?:is|was|[\'’]s)\s+(?:just\s+|so\s+|really\s+|truly\s+|absolutely\s+|very\s+|pretty\s+"
    r"|freaking\s+|kind\s+of\s+|a\s+bit\s+)*(?:sad|heartbreaking|heart-breaking|wonderful|great|amazing|awesome"
    r"|terrible|awful|horrible|horrific|refreshing|incredible|unbelievable|devastating|tragic|beautiful|surreal|scary"
    r"|frightening|crazy|insane|(?:a|an)\s+(?:\w+\s+)?(?:shame|tragedy|miracle|blessing|nightmare|disgrace))\b)"
)
# A second clause inside the quotation, after the wish or the verdict: a comma or a semicolon before more
# words, or a clause joined by "and" or "but"; one the speaker goes on with in the first person singular
# ("I always wanted to thank him but now I never will") is still the feeling
_MORE_IN_QUOTE = re.compile(
    r"(?:[,;:]|\s(?:and|but)|\s[-–—]+)\s*(?!(?:(?:and|but|now|then|so|yet|still)\s+)*(?:I|I['’]\w+)\b)\w"
)
# The speaker named again inside the view: what they think of their own part ("for me to step down")
_SPEAKER_AGAIN = re.compile(r"\b(?:I|me|my|myself)\b")
# After the quotation, only who said it: no second saying ("..., he said, adding that ...") or clause joined
_MORE_AFTER_QUOTE = rx(
    r"[\"“”]\s*(?-i:[A-Z])|:|\b(?:adding|and\s+(?:said|added|told)|but|while|saying|after)\b"
)
_CLOSING_MARK = re.compile(r"[\"”]|''")
# A day in the attribution ('..., Allen said last week', '..., she told reporters on Monday'): the saying is
# dated, and the quotations that follow it are dated by it
_DAY_OF_SAYING = rx(rf"\b(?:{_TIME_OF_SAYING}|this\s+(?:week|morning|afternoon|evening))\b")


# The speaker of the quotation as a bystander, in the attribution after it: someone unnamed by what they do
# in daily life ("a resident said", "said one fan"), or a private person named with their age, their home
# or their living ("said Tom Reed, 44", "Ana Roe, from Dalby, said", "Ana Roe, a teacher, said"). An
# official, an office, an executive or a body ("the health minister said", "its chief executive told
# reporters") gives a view that is news, and a bare name or pronoun tells not which
_BYSTANDER_ATTRIBUTION = re.compile(
    rf"\b(?i:one|another|a|an|the)\s+(?:(?!(?:at|of|for|from|in|with|on|to)\b)[\w-]+\s+){{0,2}}?{BYSTANDERS}\b"
    rf"|{NAME},\s+(?:\d{{1,3}}\b|(?:a|an)\s+(?:(?!(?:at|of|for|from|in|with|on|to)\b)[\w-]+\s+){{0,2}}?{BYSTANDERS}\b"
    rf"|from\s+[A-Z]|{DAILY_LIFE})"
)


# A person named with the place they come from, no comma between: "said Ana Roe from Leeds, Kent" (an office
# or a body after "from" opens with a lower-case article: "from the ministry")
_NAMED_FROM_A_PLACE = re.compile(
    rf"{NAME}\s+from\s+(?:the\s+south\s+of\s+|the\s+north\s+of\s+)?(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"(?P<region>,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?(?:[ ,]|\.?$)"
)
# (a firm or a group after "from" is no home: "said Tom Reed from Norvik" may be the firm's head, so the
# word after "from", or the region after its comma ("from Ridgeton, Ohio"), must be a place the gazetteer
# knows)


def _named_from_a_place(attribution: str) -> bool:
    """Whether the attribution names the speaker with the place they come from (`_NAMED_FROM_A_PLACE`)."""
    found = _NAMED_FROM_A_PLACE.search(attribution)
    if found is None:
        return False
    names = [found.group("place"), found.group("place").split()[0]]
    if found.group("region"):
        names.append(found.group("region").lstrip(", "))
    return any(name in city_index() or name in country_spellings() for name in names)


# A likeness quoted ('"It was almost like a film,"'): a picture of the story, colour from whoever is not an
# official, named or not
_LIKENESS = rx(
    r"^\s*(?:``|[\"“])\s*(?:(?:well|and|but|honestly),?\s+)?(?:it|this|that)\b[^,;\"”]{0,30}?\blike\b"
)
# A bare full name as the whole attribution ('..., said Tom Reed.', '..., Tom Reed said.'): news copy gives an
# official's office or body the first time it names them, so a person first named with none is a private one
_BARE_FULL_NAME_ATTRIBUTION = re.compile(
    r"\s*(?:(?i:said|says|added)\s+(?!(?:Mr|Mrs|Ms|Dr|Miss)\b)[A-Z][a-z’'-]+\s+[A-Z][\w’'-]+"
    r"|(?!(?:Mr|Mrs|Ms|Dr|Miss)\b)[A-Z][a-z’'-]+\s+[A-Z][\w’'-]+\s+(?i:said|says|added))\s*[.!]?\s*$"
)
# An office, a post or a body in the attribution: whose view it is belongs to the story's parties
_OFFICIAL_IN_ATTRIBUTION = rx(
    r"\b(?:minister|ministry|officials?|spokes(?:man|woman|person)|president|mayor|governor|chief|director"
    r"|secretary|commissioner|executives?|chair(?:man|woman)?|head|officers?|police|sheriff|general|senator"
    r"|lawmakers?|ambassador|envoy|administrator|managers?|agency|department|government|council|company"
    r"|authorit(?:y|ies)|commander|coordinator|leader)\b"
)


def quoted_opinion_only(text: str) -> bool:
    """Whether a sentence is a quoted opinion or likeness and its attribution, nothing more:
    '"I think this will change how the trade works," said Jane Roe', '"It was like a film," a baker said'.
    One person's view or picture of the story is colour; the caller keeps a sentence whose quotation
    names a kind of act (a death, an arrest, a deal), which types it."""
    wish = _QUOTED_WISH_OR_VERDICT.match(text)
    if wish is not None:
        # (a wish or a verdict is colour only as the whole quotation: '"It was terrible, the wall fell on my
        # car,"' goes on to the speaker's account, and '"I understand the anger, and we will pay ..."' to a
        # pledge)
        closing = _CLOSING_MARK.search(text, wish.end())
        if _MORE_IN_QUOTE.search(text[wish.end() : closing.start() if closing is not None else len(text)]):
            wish = None
    found = _QUOTED_OPINION.match(text) or wish
    if found is None:
        return False
    # (the quotation closes at its first closing mark; with none, it runs to the sentence's end)
    closing = _CLOSING_MARK.search(text, found.end())
    end = closing.start() if closing is not None else len(text)
    if wish is None and _SPEAKER_AGAIN.search(text, found.end(), end):
        # ('"I believe it is right for me to step down," the chairman said': the speaker's own step, news)
        return False
    if end == len(text):
        # (a whole sentence quoted names no speaker: who gives the view is not known here)
        return False
    attribution = text[end + 1 :]
    # (a wish or a feeling told by a person named with the place they came from, "said Ana Roe from Leeds",
    # is a visitor's or a fan's)
    from_a_place = wish is not None and _named_from_a_place(attribution)
    if (
        not from_a_place
        and not _BYSTANDER_ATTRIBUTION.search(attribution)
        and (
            _OFFICIAL_IN_ATTRIBUTION.search(attribution)
            or not (_LIKENESS.match(text) or _BARE_FULL_NAME_ATTRIBUTION.match(attribution))
        )
    ):
        # (an official's or an executive's view is their side's; "he said" of an opinion may be anyone's)
        return False
    return _MORE_AFTER_QUOTE.search(text, end + 1) is None and _DAY_OF_SAYING.search(text, end + 1) is None


# A scholar's or an analyst's verdict on the story as all that was said: "Professor Ana Ruiz says the rules
# are too weak to matter", "Tom Dale, an analyst at Norbank, said the plan was misguided". The expert is the
# head of the subject right before the verb of saying: named by the expert noun ("Political analyst Tom
# Dale said", "An economist at Norbank said") or by a name with the noun set off after it; an official
# "addressing economists" is no economist. The verdict ends the sentence, with a short complement at most;
# a finding or a warning of what will come ("said the slick would reach the coast") names no verdict and
# is left to the reading of remarks
_EXPERT_NOUN = (
    r"(?i:professor|lecturer|academic|expert|analyst|commentator|historian|economist|[a-z]+ologist)s?"
)
_EXPERT_SUBJECT = re.compile(
    rf"^(?:(?:(?:[A-Z][\w’'-]*|[a-z][a-z-]*)\s+){{0,3}}?{_EXPERT_NOUN}(?:\s+[A-Z][\w’'.-]+){{0,3}}"
    r"(?:\s+(?:at|of|with|from|for)\s+[^,;:\"“”]{1,50}?)?"
    rf"|^{NAME},\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,3}}?{_EXPERT_NOUN}"
    r"(?:\s+(?:at|of|with|from|for)\s+[^,;:\"“”]{1,50}?)?,)"
    # (the verb of saying right after the subject)
    r"(?=\s+(?:says|said|argues|argued|contends|contended)\s)"
)
_EXPERT_VERDICT = rx(
    r"\s+(?:says|said|argues|argued|contends|contended)\s+(?:that\s+)?[^,;:\"“”]{1,60}?\s+(?:is|are|was"
    r"|were)\s+(?:not\s+|simply\s+|clearly\s+|still\s+|far\s+|much\s+|deeply\s+|fundamentally\s+)*(?:too\s+[a-z]+"
    r"|wrong|misguided|flawed|inadequate|unrealistic|naive|absurd|premature|overblown|exaggerated|unfair|mistaken"
    r"|insufficient|pointless|meaningless|irrelevant|toothless|ineffective|(?:a|an)\s+(?:\w+\s+)?(?:mistake|error"
    r"|disaster|scandal|failure))(?:\s+[a-z]+){0,4}\s*[.!]?\s*$"
)


def _expert_verdict(text: str) -> bool:
    """Whether a sentence is an expert's verdict on the story and nothing more (`_EXPERT_SUBJECT`)."""
    text = text.strip()
    subject = _EXPERT_SUBJECT.match(text)
    return subject is not None and _EXPERT_VERDICT.match(text, subject.end()) is not None


# A guess at what could be, closed by an attribution to someone who holds a post at a university, a college
# or a research institute: '"The smoke might reach the coast," said Ana Roe, head of the earth sciences
# department at Kestrel University', 'Clearing the roads could take weeks, said Tom Hale of Norland College'.
# A scholar's post, whatever its rank (a department's head or a centre's director), speaks for no party to
# the story, and what might be is no happening; a finding of their own work ("we found", "samples showed")
# is news, and left alone
_SCHOLAR_ATTRIBUTION = re.compile(
    r",(?:[\"”]|'')?\s+(?:(?i:said|says|added|adds|explained|noted)\s+[A-Z][^;:\"“”]{2,160}?"
    r"|[A-Z][^;:\"“”]{2,160}?,?\s+(?i:said|says|added|adds|explained|noted))\s*\.?\s*$"
)
# (a university or a college, or a scholar's title: an "Institute" or an "Academy" may be a state body or a
# firm's laboratory, whose engineer's warning is news: "said Ana Roe, chief engineer at the Water Institute")
_SCHOLARS_BODY = re.compile(
    r"\b(?:Universit(?:y|ies)|College|Polytechnic|(?i:professor|lecturer|academic|scholar|researcher"
    r"|research\s+fellow))\b"
)
_GUESSING_MODAL = re.compile(r"\b(?:could|might|may|can)\b")
_OWN_FINDING = rx(
    r"\b(?:we|our\s+[a-z]+|(?:his|her|their)\s+(?:team|study|research|group|lab|tests?)|the\s+(?:samples?|study"
    r"|tests?|data|measurements?))\s+(?:have\s+|has\s+|had\s+)?(?:found|showed"
    r"|shown|measured|recorded|detected|discovered|confirmed|identified|shows?|indicates?)\b"
)


def scholars_guess(text: str) -> bool:
    """Whether a sentence is only a guess at what could be (`_GUESSING_MODAL`) and its attribution to one who
    holds a post at a university, a college or an institute (`_SCHOLAR_ATTRIBUTION`), given on no day the
    report names: colour, as an academic's undated opinion is, where an office-holder's stated decision is
    news."""
    attribution = _SCHOLAR_ATTRIBUTION.search(text)
    if attribution is None or _SCHOLARS_BODY.search(attribution.group()) is None:
        return False
    remarks = text[: attribution.start()]
    return (
        _GUESSING_MODAL.search(remarks) is not None
        and _OWN_FINDING.search(remarks) is None
        and _TOLL_OR_FIGURE.search(remarks) is None
        and _DAY_OF_SAYING.search(text) is None
    )


# A whole quotation and its attribution, nothing more: '"The ash could reach the farms," said Ana Roe.'
_WHOLE_QUOTATION = re.compile(
    r"^\s*(?:``|[\"“])(?P<inside>[^\"“”]{8,400}?)(?:''|[\"”])\s*(?P<attribution>[^\"“”]{3,200})$"
)
# A quotation whose first clause is only a guess at what may come: a condition ('"If the wind turns, ..."')
# or a modal of possibility ("could spread", "might take years", "is going to be a mess"); "may have
# spread", a guess at what was, may tell how a happening came about, and is left alone
_GUESS_IN_QUOTATION = rx(
    r"^\s*(?:(?:but|and|so|well|now|look),?\s+)?(?:if\b|[^,;:]{0,120}?(?:\b(?-i:could|might|may)\s+(?!have\b)"
    r"(?:not\s+|well\s+|easily\s+|actually\s+|even\s+|still\s+|also\s+)?[a-z]+\b|\b(?:is|are|[\'’]s|[\'’]re)\s+going"
    r"\s+to\s+(?:be|take|get|last|cost)\b))"
)
# A guess that names a toll or a figure is news of the story's scale, whoever makes it
_TOLL_OR_FIGURE = rx(
    r"\b(?:killed|dead|died|deaths?|injured|wounded|missing|homeless|victims?|casualties)\b"
    r"|\d[\d,.]*\s+(?:people|persons|residents|workers|children|families|homes|houses|cases)\b"
)
# Someone named in full in the attribution ("said Ana Roe", "Tom J. Hale said"), or by what they do in daily
# life ("a fisherman told the paper"): news copy gives an official's office the first time it names them.
# "he said", "Mr Roe said" and "said Roe" stand for someone the report named before, who may hold an office
_FULL_NAME = (
    r"(?!(?:Mr|Mrs|Ms|Dr|Miss|Rep|Sen|Gov|Prof|Professor|Capt|Col|Gen|Lt|Sgt|Adm)\b)[A-Z][a-z’'-]+\s+(?:[A-Z]\.\s+)?"
    r"[A-Z][a-z’'-]+\b(?![’']s\b)"
)
# (the name is the one right by the verb of saying, after no more than a lower-case role: "said Ana Roe",
# "boat skipper Tom Hale said"; "Rear Adm. Ana Roe said" has a rank, and "in an interview with The Daily
# Post" names no speaker)
_NAMED_IN_FULL = re.compile(
    rf"^\s*,?\s*(?:(?i:said|says|added)\s+{_FULL_NAME}\s*[.!]?\s*$|(?:[a-z-]+\s+){{0,3}}{_FULL_NAME}\s+(?i:said|says"
    r"|added|told)\b)"
)
# Offices that the list of officials above leaves out: a lawmaker's short title, a firm's boss or founder
_OFFICE_HELD = rx(
    r"\b(?:boss|ceo|founder|owner|rep|sen|gov|mp|congress(?:man|woman)|legislator|representative|lawmaker"
    # (or a body speaks: "the relief group said", "the organisation wrote in a statement")
    r"|organi[sz]ation|group|association|union|society|foundation|charity|committee|statement"
    # (a rank: "Rear Adm.", "Lt. Col.")
    r"|adm|admiral|colonel|lieutenant|sergeant|commandant)\b"
    # (one who runs, owns, heads or manages a named or definite thing: "Tom Reed, who runs the Delta plant";
    # "who runs a cafe on the quay" is a living of one's own, and left to the bystander's reading)
    r"|\bwho\s+(?:runs|ran|owns|owned|heads|headed|manages|managed)\s+(?:the|its|their|(?-i:[A-Z]))"
)
GUESS_ATTRIBUTION_MAX_WORDS = 25


def _plain_attribution(attribution: str) -> bool:
    """Whether the words after a quotation only say who spoke: no office or body (`_OFFICIAL_IN_ATTRIBUTION`,
    `_OFFICE_HELD`), no second saying or clause joined on, no day of saying. Only then is a quoted guess or
    a quotation in the present one person's colour: a party's words, or words dated by their saying, are
    news."""
    return (
        _OFFICIAL_IN_ATTRIBUTION.search(attribution) is None
        and _OFFICE_HELD.search(attribution) is None
        and _MORE_AFTER_QUOTE.search(attribution) is None
        and _DAY_OF_SAYING.search(attribution) is None
    )


def quoted_guess_only(text: str) -> bool:
    """Whether a sentence is a quotation that only guesses at what may come, and its attribution to someone
    with no office in the story: '"The smoke could drift for miles," said Tom Reed', '"If the rain keeps up,
    it might be a disaster," a farmer said'. A party's or an official's guess is their side's and left
    alone; so is a guess that names a toll or a figure, and one given on a day the report names."""
    whole = _WHOLE_QUOTATION.match(text)
    if whole is None or _GUESS_IN_QUOTATION.match(whole.group("inside")) is None:
        return False
    attribution = whole.group("attribution")
    return (
        _TOLL_OR_FIGURE.search(whole.group("inside")) is None
        and len(attribution.split()) <= GUESS_ATTRIBUTION_MAX_WORDS
        # (a bare name, or a bystander; a name followed by a description, "said Ana Ruiz, a firefighter at
        # the scene", "John Hale, a Democrat from Ohio", may be a rescuer's or a lawmaker's warning, news)
        and (
            _NAMED_IN_FULL.search(attribution) is not None
            or _BYSTANDER_ATTRIBUTION.search(attribution) is not None
        )
        and _plain_attribution(attribution)
    )


# A state that tells of a loss ('"My home is gone,"', '"The harvest is ruined,"'): a witness's account of
# what befell them, told in the present
_LOSS_STATE = rx(
    r"\b(?:gone|destroyed|lost|ruined|wrecked|flattened|flooded|burn(?:ed|t)\s+down|collapsed|washed\s+away)\b"
)
# What those on the spot lack: "There is no water and no food in the camp", "We have no power": how things
# stand where they are, which a briefing keeps (not how one feels about them)
_LACK_WHERE_THEY_ARE = rx(
    r"\b(?:there\s+is|there's|there\s+are|we\s+have|they\s+have|we've|they've)\s+(?:still\s+|got\s+)?no\s+"
    r"(?:[a-z]+\s+)?(?:water|food|power|electricity|medicines?|doctors|shelter|fuel|aid|toilets|beds|tents)\b"
)


def bystander_in_the_present(text: str) -> bool:
    """Whether a sentence is a quotation told wholly in the present, with no past act in it, and its
    attribution to a bystander (`_BYSTANDER_ATTRIBUTION`: '"We are still waiting for the ferry," said Ana
    Roe, who runs a cafe on the quay'; '"Nobody here trusts the water," a fisherman said'): how things stand
    for one person, colour a briefing does not list. What a witness saw befall is told in the past and left
    alone, so are a toll, what those on the spot lack (`_LACK_WHERE_THEY_ARE`) and anyone with an office."""
    whole = _WHOLE_QUOTATION.match(text)
    if whole is None:
        return False
    inside, attribution = whole.group("inside"), whole.group("attribution")
    return (
        _BYSTANDER_ATTRIBUTION.search(attribution) is not None
        and PAST_TENSE.search(inside) is None
        and _LOSS_STATE.search(inside) is None
        and _LACK_WHERE_THEY_ARE.search(inside) is None
        and _TOLL_OR_FIGURE.search(inside) is None
        and _plain_attribution(attribution)
    )


# A professor who speaks in the present, named with the title and the verb of saying side by side ("Professor
# Ana Roe of Kestrel University says", "..., says Prof Hale"): the phrase that names them, up to or after the
# verb, is tested for an office they may hold ("Professor Ana Roe, the health minister, says")
_PROFESSOR_SAYS = re.compile(
    r"\b(?:Professor|Prof\.?)\s+(?P<before>[A-Z][^;:\"“”]{1,100}?)\s+(?:says|warns|argues|believes|thinks|notes)\b"
    r"|\b(?:says|warns|argues|notes)\s+(?:Professor|Prof\.?)\s+(?P<after>[A-Z][^;:\"“”]{1,100}?)\s*\.?\s*$"
)


def professor_says(text: str) -> bool:
    """Whether the sentence is a professor's remarks in the present tense with no date of saying ("Professor
    Ana Roe says the strain is milder than feared", "Its full cost will not be known for years, says Prof
    Hale"): an academic's undated view, which a briefing does not list; a professor who holds an office
    (`_OFFICIAL_IN_ATTRIBUTION`), a finding of their own work, or a toll, is news and left alone."""
    found = _PROFESSOR_SAYS.search(text)
    if found is None:
        return False
    who = found.group("before") or found.group("after") or ""
    remarks = text[found.end() :] if found.group("before") else text[: found.start()]
    return (
        _OFFICIAL_IN_ATTRIBUTION.search(who) is None
        and _OWN_FINDING.search(remarks) is None
        and _TOLL_OR_FIGURE.search(remarks) is None
        and _DAY_OF_SAYING.search(text) is None
    )


# The last sentence of a quotation that opened in a sentence before it: a closing mark and who spoke after
# it, and no opening mark ('Nobody told us a thing," said Ana Roe.', 'It could take years," he added.')
# (a straight mark closes only after the quotation's own comma or stop: in 'The mayor said: "We will rebuild.'
# it opens one)
_CLOSES_A_QUOTATION = re.compile(r"^\s*[^\"“”`]{8,400}?(?:[,.!?](?:\"|'')|”)\s*[^\"“”]{3,200}$")


def reopened_quotation(text: str) -> str:
    """The sentence with an opening mark put back when it closes a quotation opened before it
    (`_CLOSES_A_QUOTATION`), so that it is read as the quotation it ends; any other sentence as it is."""
    if _CLOSES_A_QUOTATION.match(text) is None:
        return text
    return "\u201c" + text.lstrip()


def only_a_feeling(text: str) -> bool:
    """Whether what a sentence says was said is only the speaker's feeling, with a short complement and
    nothing more ("he was pleased with the turnout"; not "she was pleased the talks had ended, ...");
    so too a quotation of it that is the whole of what was said, with no clause of news in it, and a
    quoted opinion or likeness (`quoted_opinion_only`)."""
    # ('We had ten minutes to get out," said Ana Roe.': the last sentence of a quotation opened in the
    # sentence before is read as the quotation it closes)
    as_quoted = reopened_quotation(text)
    if (
        quoted_opinion_only(as_quoted)
        or (_expert_verdict(text) and not _DAY_OF_SAYING.search(text))
        or scholars_guess(text)
        or quoted_guess_only(as_quoted)
        or professor_says(text)
        or bystander_in_the_present(as_quoted)
    ):
        # (a scholar's verdict, "the rules are too weak to matter", is a view of the story, too, unless it was
        # given on a day the report names: "said on Monday the ban was too late" is that day's remarks)
        return True
    speech = speech_in(text)
    found = _FEELING.match(text, speech.end()) if speech is not None else None
    if found is not None and len(found.group("rest").split()) <= FEELING_MAX_WORDS:
        return True
    quoted = _QUOTED_FEELING.search(text)
    if quoted is None or speech is None:
        return False
    outside = (text[: quoted.start()] + text[quoted.end() :]).strip(" ,.:")
    rest = quoted.group("rest")
    return (
        len(rest.split()) <= QUOTED_FEELING_MAX_WORDS
        and FINITE_VERB.search(rest) is None
        and len(outside.split()) <= QUOTED_FEELING_MAX_WORDS
    )


# A clause's modal before the toll's verb: "could kill", "may have been killed", "would die"
_MODAL_BEFORE = rx(r"\b(will|would|could|may|might|shall|must)\s+(not\s+)?(have\s+)?(been\s+)?(\w+\s+){0,2}$")
# ... or after a toll's noun: "the death toll will be similar", "casualties are expected to rise"
_MODAL_AFTER = rx(
    r"^(\s+(in|of|from|for|among)\s+[^,.;:]{1,30}?)?\s+(will|would|could|may|might|(is|are)\s+(expected|likely"
    r"|set|projected|forecast|feared)\s+to)\b"
)
# A death that dates something else: "in the hours before he died", "the night the senator died"
_DEATH_AS_TIME = rx(
    r"(\b(before|after|when|until|since|once)\s+|\bthe\s+(night|day|morning|evening|afternoon|week|hours?|moment"
    r"|minutes?|year|time)\s+(that\s+|when\s+)?)([\w’'-]+\s+){0,3}$"
)
# A measure's bare name ("the moratorium", "a curfew") and the verbs that make it an act of the sentence:
# "announced a six-month moratorium", "the curfew was lifted on Sunday", "the tariffs took effect"
_BARE_MEASURE = rx(
    r"tariffs?|export\s+controls?|import\s+duties|moratorium|curfew|state\s+of\s+emergency|travel\s+ban|price\s+caps?"
)
_MEASURE_ACTED_ON_BEFORE = rx(
    # ("backed the decision to impose a curfew": an act named by its aim, in what is said)
    r"(?<!\bto\s)(?<!\bdecision\s)\b(announc|impos|declar|extend|lift|order|introduc|issu|approv|enact|unveil|proclaim|end|suspend|scrap|rais"
    r"|lower|doubl|slap|put|plac|set|reimpos|renew|adopt|ratif|call|agree)\w*\s+(\S+\s+){0,5}$"
)
_MEASURE_ACTED_ON_AFTER = rx(
    r"(\s+[^\s,;.]+){0,4}?(\s+((was|were|has\s+been|had\s+been|is|are|will\s+be|would\s+be)\s+(\w+ly\s+)?(declared"
    r"|imposed|lifted|extended|announced|introduced|approved|ended|suspended|enforced|put|placed|set|reimposed"
    r"|renewed)|began|begins|took\s+effect|takes\s+effect|came\s+into\s+force|comes\s+into\s+force|expired"
    r"|expires|ended|ends)"
    # "the curfew, imposed on Sunday, ...": the participle dates the act
    r"|,?\s+(imposed|declared|announced|introduced|extended|lifted|ordered|approved)\s+(on|by|in|last|this|after"
    r"|following|yesterday|today))\b"
)


def measure_only_named(text: str, found: re.Match[str], speech: re.Match[str]) -> bool:
    """Whether a measure's bare name stands in a sentence of remarks with no verb that acts on it: "said the
    moratorium will cost jobs", "The curfew is hurting shops, the mayor said" (a topic), not "announced a
    moratorium" nor "said the curfew was lifted"."""
    return (
        _BARE_MEASURE.fullmatch(found.group()) is not None
        and not _MEASURE_ACTED_ON_BEFORE.search(text[max(0, found.start() - 60) : found.start()])
        and not _MEASURE_ACTED_ON_AFTER.match(text, found.end())
    )


# What a verb of violence done to a plan or a text means: criticism, defeat, not harm to anyone
_ABSTRACT_OBJECT = rx(
    r"\s+(the\s+|his\s+|her\s+|their\s+|its\s+|a\s+|an\s+|this\s+|that\s+)?([\w’'-]+\s+){0,3}?(?P<noun>plans?"
    r"|decisions?|polic(y|ies)|bills?|proposals?|remarks|comments|reports?|ideas?|deals?|budgets?|laws?|legislation"
    r"|moves?|approach|handling|record|claims?|critics|media|press|strategy|reforms?|measures?|statements?"
    r"|amendments?|motions?|talks|negotiations|projects?|scheme|initiative|campaign|rules?|ruling|verdict"
    # ("our response attacked the spill", "crews attacked the blaze": a problem fought, not a place or people)
    r"|problems?|crisis|issues?|spill|leak|outbreak|epidemic|pandemic|disease|blaze|deficit|inflation)"
    # the head of the object, not a word naming what kind of thing follows ("the plan's author")
    r"(?=\s*([,.;:!?]|$)|\s+(on|in|as|for|at|over|with|by|and|but|which|that|because|after|before|during|from|of"
    r"|to|this|last|yesterday|today)\b)"
)
# "on concerns about the strike that began in Tarvia", "amid fears over the flood": what the act is about
# ("found about 130 dead birds", "over 200 oiled pelicans": before a number the word is the count's, no topic)
_TOPIC_BEFORE = rx(
    r"\b(about|over|concerning|regarding|amid)\s+(?!\d)(the\s+|an?\s+|this\s+|its\s+|their\s+)?([\w’'-]+\s+){0,2}$"
)
_CASE_COUNT = rx(r"\bcases?\b")


def act_over_topic(
    text: str, found: list[tuple[Trigger, re.Match[str]]]
) -> list[tuple[Trigger, re.Match[str]]]:
    """The happenings a sentence tells as acts, not those it names as its topic: a disaster or an attack
    after "about", "over" or "amid" is what fears or talks are about ("Airline stocks fell on Tuesday on
    concerns about the strike that began in Tarvia" reports a market move); and a count of cases that also
    counts deaths ("1,100 cases, including 42 deaths") is a toll, the dead before the sick."""
    kept = [
        (t, m)
        for t, m in found
        if not (
            t.event_type in ("disaster", "attack")
            and _TOPIC_BEFORE.search(text[max(0, m.start() - 50) : m.start()])
        )
    ]
    if any(t.event_type == "casualties" for t, _ in kept):
        kept = [(t, m) for t, m in kept if not (t.event_type == "disaster" and _CASE_COUNT.search(m.group()))]
    # "the deficit could exceed by next month the size of the 1992 gap that led to a bailout": what
    # follows a writer's forecast is what the forecast measures against, not an act of the sentence
    forecast = FORECAST.search(text)
    if forecast is not None:
        kept = [(t, m) for t, m in kept if m.start() < forecast.start()]
    return kept


def figurative(trigger: Trigger, text: str, found: re.Match[str]) -> bool:
    """Whether a verb of violence is used of words or votes: "attacked the plan", "killed the bill"."""
    word = found.group().lower()
    if (
        trigger.event_type == "attack"
        and word.startswith("attack")
        and _ABSTRACT_MEANS.match(text, found.end())
    ):
        return True
    if (
        trigger.event_type == "attack"
        and word.startswith("attack")
        and _UNDER_FIRE_BEFORE.search(text[max(0, found.start() - 30) : found.start()])
        and _FROM_CRITICS.match(text, found.end())
    ):
        return True  # "came under attack from his own party over the plan": criticism, no weapon
    if (
        trigger.event_type == "attack"
        and word.startswith("attack")
        and _WORDS_ATTACK.search(text[max(0, found.start() - 30) : found.start()])
    ):
        return True  # "bore the brunt of the verbal attacks", "a scathing attack": words, not weapons
    if (
        trigger.event_type == "attack"
        and word == "struck"
        and _DEAL_BEFORE.search(text[max(0, found.start() - 40) : found.start()])
    ):
        return True  # "should a deal be struck", "the balance that was struck": an agreement reached
    if trigger.event_type == "disaster" and _FIGURATIVE_DISASTER.search(
        text, found.start(), min(len(text), found.end() + 40)
    ):
        return True  # "was hit by a storm of criticism", "a flood of complaints": a great many of something
    if trigger.event_type == "disaster" and any(
        figure.end() > found.start() and figure.start() < found.end()
        for figure in _DISASTER_AS_FIGURE.finditer(
            text, max(0, found.start() - 40), min(len(text), found.end() + 40)
        )
    ):
        return True  # "a political storm broke out", "a tsunami of bad debt hit", "like a hurricane"
    if (trigger.event_type == "attack" and word.startswith("attack")) or (
        trigger.event_type == "casualties" and word == "killed"
    ):
        return _ABSTRACT_OBJECT.match(text, found.end()) is not None
    return False


_UNDER_FIRE_BEFORE = rx(
    r"\b((came|come|comes|coming|is|are|was|were|been|being|be)\s+under|faced|faces|facing|drew|draws|suffered"
    r"|endured|weathered)\s+(\w+\s+)?$"
)
_WORDS_ATTACK = rx(r"\b(verbal|rhetorical|scathing|blistering|stinging|withering)\s+$")
_DEAL_BEFORE = rx(
    r"\b(deal|agreement|accord|compromise|bargain|balance|pact|partnership)s?\s+(\w+\s+){0,2}?(be|been|was|were"
    r"|is|are|being)\s+$"
)
# who criticises, or what over: "from his own party", "from lawmakers", "over the tax plan" (an attack "from
# militants" or "from the air" is fighting)
_FROM_CRITICS = rx(
    r"\s+((?:\w+\s+){0,3}?amid\s+(?:\w+\s+)?(?:accusations|allegations|criticism|claims)\b|over\s|from\s+(\w+\s+){0,3}?(party|parties|critics|opponents|lawmakers|legislators|MPs|senators"
    r"|congressmen|colleagues|campaigners|rivals|opposition|backbenchers|investors|shareholders|unions?|newspapers"
    r"|press|media|commentators|activists|environmentalists|groups|members|voters|economists|analysts|politicians"
    r"|audience|audiences|fans|residents|customers)\b)"
)
# a disaster's word for a great many of something said or sent: "a storm of criticism", "a flood of letters"
_FIGURATIVE_DISASTER = rx(
    r"\b(storm|flood|tsunami|avalanche|firestorm|hurricane|tornado|earthquake|deluge|eruption|wave)s?\s+of\s+"
    r"(criticism|protests?|complaints|controversy|outrage|anger|abuse|questions|publicity|e-?mails|letters|calls"
    r"|orders|applications|requests|bids|offers|messages|tweets|posts|comments|support|sympathy|condolences"
    r"|tributes|donations|lawsuits|litigation|claims|information|misinformation|data|praise|speculation|rumou?rs"
    r"|headlines|attention|applause|paperwork|red\s+tape|emotion|indignation|derision|ridicule|scorn|opposition)\b"
)

# A disaster's word that names no physical happening: "a tsunami of bad debt", "a flood of cheap steel" (a
# great many of anything but what a disaster is made of, "a flood of water", "an avalanche of snow and rock",
# or the measure of its own size, "an earthquake of magnitude 6", "floods of biblical proportions"); a kind
# that is no weather ("a political storm", "a media firestorm", "an electoral earthquake"); and a simile
# ("swept through the party like a hurricane", "Like a storm, the protests spread")
_DISASTER_FIGURE_WORD = (
    r"(storm|flood|tsunami|avalanche|firestorm|hurricane|tornado|earthquake|quake|deluge|eruption|cyclone"
    r"|typhoon|landslide|wildfire)s?"
)
_DISASTER_MATTER = (
    r"water|seawater|floodwater|mud|snow|ice|rocks?|boulders|stones|debris|lava|magma|ash|rain|hail|sleet|sand"
    r"|dust|winds?|waves|oil|crude|sewage|sludge|fire|flames|smoke|gas|earth|soil|silt"
)
_DISASTER_MEASURE = (
    r"magnitude|proportions|intensity|strength|force|category|size|scale|severity|power|kind|type|sort"
    r"|century|decade|years?|season|record"
)
_DISASTER_AS_FIGURE = rx(
    rf"\b{_DISASTER_FIGURE_WORD}\s+of\s+(?!(the|a|an|this|that|these|those|its|their|his|her|last|next|such"
    rf"|recent|early|late)\b)(?!([\w-]+\s+){{0,2}}({_DISASTER_MATTER}|{_DISASTER_MEASURE})\b)(?-i:[a-z])"
    rf"|\b(political|diplomatic|media|financial|economic|electoral|perfect|social|legal|constitutional|online"
    rf"|corporate|regulatory|fiscal|public\s+relations|PR)\s+{_DISASTER_FIGURE_WORD}\b"
    rf"|\blike\s+(an?\s+)?([\w-]+\s+)?{_DISASTER_FIGURE_WORD}\b"
)


# "We attacked it with the biggest effort in years", "attacked the shortage with new funding": what it
# was attacked with is an effort or money, no weapon
_ABSTRACT_MEANS = rx(
    r"\s+(?:[\w’'-]+\s+){1,3}?with\s+(?:(?:the|a|an|our|their|its|his|her|every|all)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:response|efforts?|resources|funding|money|measures|approach|strategy|plans?|policies|reforms?)\b"
)


_DAY_FOLLOWS = rx(r"\s+(on|in|last|this|early|late|yesterday|today|overnight)\b")


def toll_not_told(text: str, found: re.Match[str]) -> bool:
    """Whether a toll's word tells no toll: foreseen or guessed ("could kill", "the toll will be
    similar"), or a death named only to date something else ("the night he died")."""
    before = re.split(r"[,;:“”\"]", text[max(0, found.start() - 70) : found.start()])[-1]
    # ("Estimates of how many people died have varied": a question, no count)
    if _MODAL_BEFORE.search(before) or re.search(r"\bhow\s+many\s+([\w-]+\s+){0,3}$", before, re.I):
        return True
    word = found.group().lower()
    if word in ("death toll", "casualties", "killed", "wounded", "injured") and _MODAL_AFTER.match(
        text[found.end() :]
    ):
        return True
    # ("after a farmer died on Monday": a death with its own day is one)
    return (
        word == "died"
        and _DEATH_AS_TIME.search(before) is not None
        and not _DAY_FOLLOWS.match(text, found.end())
    )


# "As President Ruiz prepared to fly in, experts said ...", "..., as pressure mounts on NWG.": a clause that
# sets the scene of the main one, whose people are not the ones who act or speak in it
_SCENE_CLAUSES = rx(
    r"^\s*(as|while|when|once|although|though|whereas)\s[^,;]*,|,\s+(as(?!\s+well\s+as\b)|while|amid|whereas)\s[^,;]*"
    r"[.!?]?\s*$"
)


def in_scene(text: str, entity: Entity) -> bool:
    """Whether an entity of the sentence (its offsets within it) is named only in a scene-setting clause."""
    return any(m.start() <= entity.start and entity.end <= m.end() for m in _SCENE_CLAUSES.finditer(text))


# The auxiliary of a verb of saying in the present perfect: "The ministry has said", "Critics have also
# accused", "the company has strongly denied"
_PERFECT_BEFORE_SAYING = rx(r"\b(has|have)\s+(\w+ly\s+|also\s+|now\s+|again\s+|meanwhile\s+)?$")


# A remark marked as one of an earlier time: "have suggested in recent months that ...", "has said in the
# past that ...", "has said before"
_EARLIER_TIME_AFTER = rx(
    r"\s+(?:(?:in|over|during)\s+(?:recent|the\s+past|the\s+last|previous)\s+(?:weeks|months|years)"
    r"|in\s+the\s+past\b|before\b(?!\s+(?:the|a|an|his|her|its|their)\b)"
    # "have complained for weeks that ...", "has said since March that ...": remarks over a span of time
    r"|for\s+(?:days|weeks|months|years)\b|since\b)"
)
# "Since the flood, farmers have accused the board of ...": a span opens the sentence
_SPAN_OPENING = rx(r"^\W*since\s[^,;:]{1,50},\s")


def remark_marked_earlier(text: str) -> bool:
    """Whether the sentence's own remark in the present perfect is marked as made at an earlier time or
    over a span of time ("The union has said in the past that it will strike", "Since the flood, farmers
    have accused the board of ..."): background in any report, whatever else the sentence tells."""
    speech = speech_in(text)
    return (
        speech is not None
        and _PERFECT_BEFORE_SAYING.search(text[max(0, speech.start() - 40) : speech.start()]) is not None
        and (
            _EARLIER_TIME_AFTER.match(text, speech.end()) is not None or _SPAN_OPENING.match(text) is not None
        )
    )
