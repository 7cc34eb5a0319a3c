"""Headlines: a sentence's clause of what happened -> a short title of who did what.

    "The ministry, which took office in May, said on Monday that 40 people (mostly miners) had been
    rescued from the flooded shaft near Oruro, according to state media."
        -> "40 people had been rescued from the flooded shaft near Oruro"

Parentheses, dash asides, relative clauses after a comma, opening dates and closing attributions are
dropped; what is still longer than TITLE_MAX is cut where a phrase ends (a comma, "and", "after", a
preposition), never inside one, and only as a last resort in the middle with "…".
"""

from __future__ import annotations

import functools
import re

import justext

from events.extract.background import chronology_entry
from events.extract.clauses import LISTED_NAMES
from events.extract.entities import (
    COLLECTIVE_SPEAKERS,
    ORGANISATION_HEADS,
    STATES_AND_UNIONS,
    STOCK_TICKER,
    TITLE,
)
from events.extract.patterns import (
    TIME_ZONE,
    ScannedPattern,
    apart_at,
    compile_for_search,
    compile_gated,
    written_between_boundaries,
)
from events.extract.places import AP_STATE_ABBREVIATIONS, city_index, country_spellings
from events.extract.quantities import CARDINALS
from events.extract.speakers import PEOPLE_PLURAL, PLURAL_WITHOUT_S, relative_antecedent
from events.extract.vocabulary import (
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    MEN_GIVEN_NAMES,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    PAST_SAYING_VERBS,
    PERSON_ROLES,
    SPEAKER_ROLES,
    WEEKDAY_NAMES,
    WOMEN_GIVEN_NAMES,
    alternatives,
)
from events.schema import TITLE_MAX

ELLIPSIS = "…"
# Irregular pasts as often read as a noun or an adjective: no sign of a finite verb
_PAST_ALSO_A_NOUN = frozenset("bid bit bound fed lit sat".split())
_MONTHS = rf"(?:{alternatives([*MONTH_NAMES, *(short.title() for short in MONTH_ABBREVIATIONS)])})\.?"
_WEEKDAYS = f"(?:{alternatives(WEEKDAY_NAMES)})"
# (a hyphen with a space on each side is a dash in scraped text: "the earthquake - which is feared ... - was")
_DASH_ASIDE = re.compile(r"\s+(?:--|—|–|-)\s+[^—–]{1,160}?\s+(?:--|—|–|-)\s+")

# The verbs of saying, finding and telling the title rules name, each with its present in -s and its past
# (what a rule takes of each: `_saying_forms`). One table, so that a verb added for one rule is spelled once;
# the pasts of the vocabulary's verbs of speech are checked against it in the tests.
_SAYING_VERBS: dict[str, tuple[str, str]] = {
    "say": ("says", "said"),
    "tell": ("tells", "told"),
    "write": ("writes", "wrote"),
    "state": ("states", "stated"),
    "announce": ("announces", "announced"),
    "warn": ("warns", "warned"),
    "estimate": ("estimates", "estimated"),
    "believe": ("believes", "believed"),
    "argue": ("argues", "argued"),
    "claim": ("claims", "claimed"),
    "insist": ("insists", "insisted"),
    "predict": ("predicts", "predicted"),
    "deny": ("denies", "denied"),
    "add": ("adds", "added"),
    "reveal": ("reveals", "revealed"),
    "note": ("notes", "noted"),
    "admit": ("admits", "admitted"),
    "acknowledge": ("acknowledges", "acknowledged"),
    "suggest": ("suggests", "suggested"),
    "emphasise": ("emphasises", "emphasised"),
    "emphasize": ("emphasizes", "emphasized"),
    "stress": ("stresses", "stressed"),
    "report": ("reports", "reported"),
    "find": ("finds", "found"),
    "show": ("shows", "showed"),
    "recommend": ("recommends", "recommended"),
    "indicate": ("indicates", "indicated"),
    "explain": ("explains", "explained"),
    "confirm": ("confirms", "confirmed"),
    "conclude": ("concludes", "concluded"),
    "decide": ("decides", "decided"),
    "determine": ("determines", "determined"),
    "know": ("knows", "knew"),
    "realise": ("realises", "realised"),
    "realize": ("realizes", "realized"),
    "think": ("thinks", "thought"),
    "agree": ("agrees", "agreed"),
    "concede": ("concedes", "conceded"),
    "caution": ("cautions", "cautioned"),
    "disagree": ("disagrees", "disagreed"),
}


def _saying_forms(
    *verbs: str, present: bool = True, past: bool = True, bare: tuple[str, ...] = ()
) -> list[str]:
    """The forms of `verbs` a rule takes from `_SAYING_VERBS`: the present in -s, the past, and the bare
    form of those in `bare` ("say" after "they"; never "state", which is as often the noun)."""
    forms = [
        form
        for verb in verbs
        for form, wanted in zip(_SAYING_VERBS[verb], (present, past), strict=True)
        if wanted
    ]
    return forms + list(bare)


def _saying_alternatives(
    *verbs: str, present: bool = True, past: bool = True, bare: tuple[str, ...] = ()
) -> str:
    """`_saying_forms` as one regex alternation."""
    return alternatives(_saying_forms(*verbs, present=present, past=past, bare=bare))


# (a hyphen with a space on each side is a dash in scraped text: "... in the province - none fatally")
_LONE_DASH = re.compile(r"\s+(?:--|—|–|-)\s+")
LONE_DASH_OPENING_WORDS = 4
# (the conjunctions by which a dash opens an aside inside a phrase: "the much-delayed - and by then, ... -")
_ASIDE_CONJUNCTION = r"(?:and|but|or|yet)"
_ASIDE_OPENING = re.compile(rf"{_ASIDE_CONJUNCTION}\b", re.IGNORECASE)
# "Roe, speaking to reporters after the tour, said": the occasion between a subject and its verb
_OCCASION_ASIDE = re.compile(
    r"(?<=\w),\s+(?:speaking|writing|talking|addressing|appearing|testifying)\b[^,;]{0,80},(?=\s+[a-z])"
)
# "The minister, seeking to show she is in charge, will fly north": what the subject was after, set off by
# commas between the subject and its verb
_DOING_ASIDE_BEFORE_VERB = re.compile(
    r"(?<=[a-z]),\s+(?:seeking|hoping|trying|looking|aiming|keen|eager|anxious|determined)\s+to\s[^,;:“”\"]{3,120},"
    r"(?=\s+(?:will|would|has|have|had|is|are|was|were|said|says|told|plans|wants|\w+ed)\s)"
)
# "is, or was,", "will be, or already is,": the writer correcting the tense of a verb, set off by commas
_COPULA_CORRECTED = compile_gated(
    r"\b(?P<verb>is|was|are|were|be),\s+or\s+(?:\w+\s+)?(?:is|was|are|were|will\s+be|has\s+been|have\s+been),"
    r"(?=\s)"
)
# "Speaking to Channel 4, he said ...", "Writing in the Times, the minister argued ...": where words were
# said, before the clause that says them
_OPENING_OCCASION = re.compile(
    r"^(?:speaking|writing|talking|testifying|appearing)\s+(?:to|on|in|at|with|before|from)\s[^,;]{1,60},\s+(?=\w)",
    re.IGNORECASE,
)
# "This, he said, should be done within weeks": the attribution set in the middle of what was said
_SAID_ASIDE = compile_for_search(
    r"(?<=\w),\s+(?:he|she|they|it|we|(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    r"\s+(?:said|says|added|argued|insisted|warned)(?:\s+on\s+\w+day)?,\s+(?=[a-z])"
)
_LINKING_ADVERB = re.compile(
    r"^(?:therefore|however|meanwhile|still|nevertheless|nonetheless|indeed|instead|moreover|clearly|now|so"
    r"|also|yet|but|and|in\s+addition|in\s+fact|of\s+course|in\s+an?\s+(?:statement|interview|letter|email)),\s+",
    re.IGNORECASE,
)
# A dash that opens the clause: what was before it (a date in a dated list, "April 22 - ...", a dateline,
# "HOUSTON -- ...") has gone, and a headline never opens with punctuation
_OPENING_DASH = re.compile(r"^(?:(?:--|—|–)\s*|-\s+)(?=\S)")
# ("Yet the levy is costly", "So the council voted": a conjunction tying the sentence to the one before;
# "Yet another storm", "So far", "So many died" are no such conjunction, nor "So severe was the gale that":
# an inversion, whose "so" is the degree of the word after it)
_OPENING_AND = re.compile(
    r"^(?:And|But|Yet(?!\s+(?:another|again|more|most|less|still|once|other|to)\b)"
    r"|So(?!\s+(?:far|much|many|few|long|too|that|as|it|it['’]s|to|does|do|did|is|are|was|were)\b)"
    # (an inversion's subject follows its verb, "So severe was the gale"; "So officials were forced to
    # ..." has its subject before the verb, and its "So" is the conjunction)
    r"(?!\s+(?!(?:this|that|these|those|the|a|an|he|she|it|they|we|you|i|there|what|who|his|her|its|their)\s)"
    r"[\w-]+\s+(?:was|were|did|had|is|are)\s+(?:the|a|an|its|his|her|their|our|my|this|that|these|those|it|he"
    r"|she|they|we|there|[A-Z\d])))"
    r"\s+(?=\w)"
)
# An adverb that ties the sentence to the one before, written with no comma, before the clause's subject
# ("Meanwhile the ministry sent ...", "Now five more pupils have ...", "Then the board voted ..."): a title
# stands alone, with nothing before it to follow on from
_OPENING_CONNECTIVE = re.compile(
    r"^(?:Now|Meanwhile|Then|Thus|Moreover|Furthermore|Nevertheless|Nonetheless|Instead|Also|Hence"
    r"|Likewise|Similarly|Additionally|Subsequently)\s+"
    r"(?=(?:the|a|an|its|his|her|their|this|these|those|some|many|most|several|two|three|four|five|six|seven"
    r"|eight|nine|ten|\d+(?:[,.]\d+)*)\s+[\w’'-]|[A-Z][\w’'.-]*\s)"
)
# "After more than five weeks the hearing was ...", "Within two days, the levee had ...": how long since
# something told before is no part of what happened, and without it "After" would be read as the
# conjunction of a clause and "More than five weeks the hearing was" left behind
_OPENING_DURATION = re.compile(
    r"^(?:after|within|for|in)\s+(?:(?:more|less|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+"
    r"|just\s+|over\s+|only\s+)?(?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)"
    r"\s+(?:hours?|days?|weeks?|months?|years?|decades?),?\s+(?=(?:the|a|an|its|his|her|their|they|he|she|it|we)\s)",
    re.IGNORECASE,
)
# "Two months later, ...", "A week earlier the port ...": how long after or before something told before
# ("Hours later, ...", "Three weeks and two days ago, ...": a span with no count, or of two parts, the same;
# "ago" and "on" only before their comma, where they open the sentence as a setting: "Two years ago was the
# last time", "Years on the run ended ..." are the subject)
_COUNT_WORD = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
_OPENING_SPAN_LATER = re.compile(
    rf"^(?:(?:just|only|some|about|nearly|almost|barely)\s+)?(?:(?:{_COUNT_WORD}|several|a\s+few|many)\s+"
    rf"(?:hours?|days?|weeks?|months?|years?|decades?)(?:\s+and\s+{_COUNT_WORD}\s+(?:hours?|days?|weeks?|months?))?"
    # (never before a bare pronoun, "Two days ago, they were ...": "They were" names no one)
    r"|(?:hours|days|weeks|months|years|decades))\s+(?:(?:later|earlier),?|(?:on|ago),)\s+"
    r"(?!(?:he|she|they|it|we|i)\b)(?=\w)",
    re.IGNORECASE,
)
# "Five months after the fire that destroyed the depot, the mill passed an inspection": how long after a
# happening told before, set off by its comma; the headline is the clause after it
_OPENING_SPAN_AFTER = re.compile(
    r"^(?:(?:just|only|some|about|nearly|almost|barely|more\s+than|less\s+than)\s+)?"
    rf"(?:(?:{_COUNT_WORD}|eleven|twelve|several|a\s+few|many)\s+(?:hours?|days?|weeks?|months?"
    # ("Just hours after the vote, ...": a span told without its count)
    r"|years?|decades?)|hours|days|weeks|months|years|decades)\s+(?:after|since)\s+[^,;:“”\"]{3,160},\s+"
    # (never before a bare pronoun: "Hours after the vote, they ..." would leave "They ..." naming no one)
    r"(?!(?:he|she|they|it|we|i)\s)(?=(?:the|a|an|its|his|her|their)\s|[A-Z])",
    re.IGNORECASE,
)
# A word that sets the clause beside another, between commas: "The ministry, for example, rejected the
# reports", "The port, however, stayed open"
_LINKING_ASIDE = re.compile(
    r",\s+(?:for\s+example|for\s+instance|however|meanwhile|in\s+turn|though|too|in\s+fact|of\s+course"
    r"|by\s+contrast|in\s+contrast|likewise|similarly|nonetheless|nevertheless|moreover|though|instead),\s+",
    re.IGNORECASE,
)
# "we have, for the first time, turned the corner", "The board has, for now, stopped the sale": a phrase set
# off by commas between an auxiliary and its verb; cut at its first comma, the clause would lose its verb
_AUXILIARY_ASIDE = re.compile(
    r"\b(?P<auxiliary>(?i:has|have|had|will|would|is|are|was|were|can|could|should|may|might|must)(?:\s+not)?),"
    r"\s+(?!(?i:in\s+theory|in\s+principle|on\s+paper|at\s+best|at\s+worst|at\s+least|so\s+far|in\s+part"
    r"|in\s+effect|in\s+name\s+only|perhaps|probably|reportedly)\b)"
    r"(?:(?i:for|in|at|by|on|of|so|as|after|until|once|yet|even|finally|again|now)"
    r"\b)[^,;:“”\"]{0,40},\s+(?=(?:not\s+)?(?:been|be|[a-z]{3,}(?:ed|en|ing)|[a-z]+)\s)"
)
# "In late March, just after the strike began, ...": a month with no day, set off by a comma, dates the
# clause and goes like any opening date
_OPENING_MONTH = re.compile(
    rf"^(?:(?i:in|by|until|through)\s+(?:(?i:early|late|mid)[-\s]+)?|(?i:early|late|mid)[-\s]+){_MONTHS}(?:\s+(?:19|20)\d\d)?,\s+"
    # (a bare "April, " may be a name: only before a word of time or a determiner)
    rf"|^{_MONTHS},\s+(?=(?:just|shortly|soon|right|only|even|the|The)\s)"
)
# "As of, more than 500 vessels ...": the word that led to an opening date the title dropped ("As of late
# Thursday, ..."), left with its comma
# ("From, all households ...", "Late, the court ...": so too the word that governed or qualified it;
# "Very, I drove ..." from "Very early on Friday, April 24, I drove ...", "Of, ..." from "In the week of
# May 17, ...": a word that qualifies or governs nothing else before a comma)
_ORPHANED_DATE_LEAD = re.compile(
    r"^(?:as\s+of|on|since|until|till|by|from|through|late|early|very|just|shortly|sometime|of|in|at|during"
    # ("Prior to Thursday, the province was the only one to ...": a compound preposition goes with its date)
    r"|prior\s+to|up(?:\s+(?:until|till|to))?|ahead\s+of|before|after|beginning|starting"
    r"|(?:in\s+)?the\s+(?:week|weekend|night|morning|afternoon|evening|end|start|middle)\s+of)\s*,\s+(?=\w)",
    re.IGNORECASE,
)
# "In late April, Roe and Hale met ...": a clause split from the sentence after the words that led to its
# opening time ("In late", "By mid-"), left with "April, " or "2019, " and no sign that it was a time
_SPLIT_TIME_OPENING = re.compile(rf"^(?:{_MONTHS}(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\ds?),\s+(?=[^\d\s])")
# ("In June 2019, Ms Roe left ..." splits inside its date too, as "2019, Ms Roe left ...": the words before
# the year may hold the month, and a day before or after it, "On 12 June 2019," or "On June 12, 2019,")
_TIME_LEAD = re.compile(
    r"^\W*(?i:(?:in|on|by|until|through|since|from|during|before|after)\s+)?"
    r"(?i:early|late|mid|the\s+(?:end|start|beginning|middle)\s+of)?[-\s]*"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTHS}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+)?$"
)


def without_split_time(sentence: str, clause: str) -> str:
    """The clause without the opening time it kept when the sentence was split inside it: "April, Roe and
    Hale met ..." from "In late April, Roe and Hale met ..." -> "Roe and Hale met ..."."""
    text = clause.strip()
    opening = _SPLIT_TIME_OPENING.match(text)
    at = sentence.find(text[:40]) if opening is not None else -1
    # (only the sentence's own opening: "the Sept. 11, 2001, attacks" is a name's date)
    if opening is None or at <= 0 or not _TIME_LEAD.match(sentence[:at]):
        return clause
    return text[opening.end() :]


# "Finally, the drill hit ...", "Yesterday, the bridge was opened ...", "By 3 a.m., the job was done ...": a
# word or phrase of when, or of the order of things told, set off by its comma before the subject; the date
# has its own column, and the order is the story's, not the happening's
# (a clock's phrase, with its zone or weekday, is a time whatever follows its comma: "About 4 p.m. Friday,
# engineers began ...")
_OPENING_TIME_WORD = re.compile(
    r"^(?:(?i:finally|eventually|initially|afterwards|subsequently|earlier|later|yesterday|today|tonight"
    r"|tomorrow|last\s+(?:night|evening)|this\s+(?:morning|afternoon|evening))"
    r",\s+(?=(?:the|a|an|its|his|her|their|this|these|those|he|she|they|it|we|some|many|two|three|on|in|at|by|\d)\s|[A-Z])"
    r"|(?i:by|at|around|about|shortly\s+after)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)"
    rf"(?:\s+(?:local\s+time|{TIME_ZONE}))?(?:\s+(?i:on\s+)?{_WEEKDAYS})?,\s+(?=[a-z][a-z]|[A-Z\d]))"
)
# "Yesterday the mayor offered ...", "Earlier today Ann Roe said ...": a word of the day of the act opens the
# sentence without its comma (the date has its own column); never a day that is the subject ("Today is ...",
# "Yesterday's vote"), nor before a bare pronoun ("Today it filed ...": "It filed" names no one). Before
# capitalised words, only a name and then its verb (see _without_opening_day_word): "Today FM presenter ...",
# "Tomorrow People will be shown" name a station or a programme
_OPENING_DAY_WORD = re.compile(
    r"^(?:(?i:earlier|later)\s+)?(?i:yesterday|today|tonight|tomorrow)\s+"
    r"(?=(?:the|a|an|its|his|her|their|this|these|those)\s"
    r"|(?P<name>(?!(?:Show|Programme|Program|News|I|He|She|It|They|We)\b)[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+(?P<verb>[a-z]+)\b)"
)
# "Unlike the last ban, which applied to wide rivers, the new ban covers ...", "Like the first order, the
# second ...": what the subject is set beside, set off by its comma (with the relative clause that tells it);
# the headline is the clause after it, and cut at the comma it would name only the thing compared
_OPENING_COMPARISON = re.compile(
    r"^(?:Like|Unlike|As\s+with|Similar\s+to|In\s+contrast\s+to|Compared\s+(?:with|to))\s+[^,;:“”\"]{2,80},"
    r"(?:\s+(?:which|who)\s[^;:“”\"]{2,120}?,)?\s+"
    r"(?=(?:the|a|an|its|his|her|their|this|these|those|he|she|it|they|we)\s|[A-Z])"
)
# "More recently a review found ...": how the time stands to what was told before, which a headline drops
_OPENING_RECENTLY = re.compile(r"^(?:more|most|only|until|as\s+of)\s+recently,?\s+(?=\w)", re.IGNORECASE)
# An article never ends a phrase: a comma just after "the" or "a" is where a scrape dropped a link's text and
# left the punctuation around it ("the victims of the, terrorist attacks")
_ARTICLE_COMMA = re.compile(r"\b((?i:the|an?))\s*,\s+(?=[\w“\"'])")
_NAME_DESCRIBED_SAID = re.compile(
    r"^(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+[^,;:“”\"]{3,80},\s+"
    r"(?P<verb>said|says|told\s+\w+|added|warned|stressed|insisted)\s+(?=\S)"
)
_THAT_CONCESSION = re.compile(
    r"\b(?P<that>that)\s+(?:while|although|though|even\s+though|whereas)\s+[^,;:“”\"]{3,120},\s+(?=[a-z]|[A-Z])"
)
_PARENTHESES = re.compile(r"\s*\([^()]{0,120}\)")
# a stock's code whose bracket the scrape lost ("Vantor VTRN. N) plant exploded"): no words of a headline
_TICKER = re.compile(rf"\s*(?:{STOCK_TICKER.pattern})")
# (a comma between digits, "2,000 families", does not close the clause)
# (nor do the commas of a list that is the clause's object: ", which handles grain, steel and timber, ")
_RELATIVE = re.compile(
    r",\s+(?:who|which|whose|where)\b(?:[^,;]|(?<=\d),(?=\d))*"
    r"(?:(?:,\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?=,))*,\s+(?:[\w’'-]+\s+){1,3}?(?:and|or)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?=,))?"
    r"(?:,|$)"
)
# "Late last Saturday afternoon, the patrol ...", "From next Tuesday, all households ...", "On Wednesday
# morning, we ...": a day set off by its comma at the front goes whole, with the word that governs it, the
# "late" or "early" that places the act in it and the part of the day, so that no stub of it is left
_OPENING_DAY_PHRASE = re.compile(
    r"^(?:(?:from|until|till|by|since|on|as\s+of)\s+)?(?:(?:late|early)\s+)?(?:(?:on|last|next|this|that)\s+)?"
    rf"{_WEEKDAYS}(?:\s+(?:morning|afternoon|evening|night))?,\s+(?=\w)"
    # ("Early Thursday morning the delegates ate ...", "Late Tuesday night rebels shelled ...": led by "early"
    # or "late", the day opens the sentence even without its comma, and "Early" alone must not be left)
    rf"|^(?:late|early)\s+(?:on\s+)?(?:(?:last|this|that)\s+)?{_WEEKDAYS}(?:\s+(?:morning|afternoon|evening|night))?\s+"
    r"(?!(?:morning|afternoon|evening|night)['’]s)(?=[a-z])",
    re.IGNORECASE,
)
_OPENING_DATE = re.compile(
    # ("In the week of May 17, crews found ...": the week that holds the date goes with it)
    rf"^(?:(?:on|in|by|since|from)\s+)?(?:the\s+(?:week|weekend)\s+of\s+)?(?:\d{{1,2}}\s+{_MONTHS}(?:,?\s+\d{{4}})?|{_MONTHS}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    # ("Tuesday began with a rehearsal", "Sunday was the hottest day": a day with its verb at once is the
    # subject, not the date of the act)
    rf"|(?i:on\s+){_WEEKDAYS}|{_WEEKDAYS}(?!\s+(?:(?:also|then|again|alone|itself|already)\s+)?(?:began|begins|was|is|will|saw|sees|brought|brings|marked|marks"
    r"|proved|became|started|starts|ended|ends)\b)|(?:last|this|earlier\s+this)\s+(?:week|month|year)"
    # ("In April 2024 the guard seized ...", "In 2019, the court found ...")
    rf"|{_MONTHS}\s+(?:19|20)\d\d|(?:(?<=in\s)|(?<=^))(?:19|20)\d\d(?=,?\s+(?:the|a|an|it|he|she|they|we|its|his|her|their)\s))"
    r"[,:]?\s+",
    re.IGNORECASE,
)
# "on Wednesday", "late on Saturday", "on 20 April": the date has its own column, a headline leaves it out
# "until 7 June", "as early as Wednesday": the word that leads to the date goes with it
# ("until Sunday evening": the part of the day goes with the last day of a range)
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night)\b(?!['’]s))?"
_DATE_ADVERBIAL = compile_gated(
    # (every match opens with the space before the date's words: a place without one is passed over at once,
    # before the dozen looks behind below are tried there; the search takes a third of the time)
    r"(?=\s)"
    # ("engineers spent Tuesday examining the pump": a day that is what was spent stays)
    r"(?<!\bspent)(?<!\bspend)(?<!\bspends)(?<!\bspending)"
    # ("it will be Wednesday before the test": a day that "be" has for its complement stays)
    r"(?<!\bbe)(?<!\bis)(?<!\bwas)"
    # ("the flow before 3 June", "must leave after Monday": a date something is before or after is no date of
    # the act, and the word would be left leading to nothing)
    r"(?<!\bbefore)(?<!\bafter)(?<!\bprior\sto)(?<!\blast)(?<!\bnext)(?<!\bthis)(?<!\bpast)(?<!\bcoming)"
    # ("will arrive by the end of Thursday": the day is what "the end of" is of; without it "by the end" would
    # lead to nothing, so the day stays, as "by the end of March" does)
    r"(?<!\bend\sof)(?<!\bstart\sof)(?<!\bbeginning\sof)(?<!\bmiddle\sof)"
    # ("was first seen around 15 March", "as of late Thursday": the word that leads to the date goes with it)
    # ("a hearing has been set for 5 April": so too the "for" of what a day is set or booked for)
    # ("... Trust Fund On 18 October, the firm sent ...": a run-in heading glued before the sentence leaves
    # the sentence's opening word capitalised in the middle of the text; it goes with its date all the same)
    # ("the ban runs from Monday": the "from" of a lone weekday goes with it; "from May 3 to 7" is a range,
    # below)
    rf"\s+(?:(?:(?i:until|till|since|by|from(?=\s+{_WEEKDAYS}\b(?!\s+(?:and|or|to|through|until|till)\s)))|around|approximately|roughly|(?i:as\s+of)|(?i:as\s+(?:early|late|soon|far\s+back)\s+as)"
    r"|no\s+later\s+than|for)\s+(?=\S))?"
    # ("the fire on the night of 12 March destroyed ...": the part of the day goes with its date)
    rf"(?:(?:late|early)\s+)?(?:(?:on\s+|in\s+)?the\s+(?:night|morning|evening|afternoon|early\s+hours|eve)\s+of\s+|(?i:on)\s+)?"
    rf"(?:(?:late|early)\s+)?(?:"
    # ("completion between 20 and 27 July was possible": a range of days goes whole, not its last day alone)
    rf"(?:between|from)\s+(?:\d{{1,2}}\s+(?:and|to)\s+\d{{1,2}}\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}}\s+(?:and|to)\s+\d{{1,2}})"
    rf"(?:,?\s+\d{{4}})?"
    # ("were on strike from Monday through Thursday": a range of weekdays goes whole, or "from through" is
    # left)
    rf"|(?:between|from)\s+{_WEEKDAYS}\s+(?:and|to|through|until|till)\s+{_WEEKDAYS}{_PART_OF_DAY}"
    # ("sailed on Monday and Tuesday": two days go together, or "sailed and" is left)
    rf"|{_WEEKDAYS}\s+(?:and|or|to|through|until|till)\s+{_WEEKDAYS}{_PART_OF_DAY}|{_WEEKDAYS}"
    # ("ahead of Saturday night's concert": the day names the concert, and stays with it)
    rf"(?!\s+(?:morning|afternoon|evening|night)['’]s)(?:\s+(?:morning|afternoon|evening|night))?|\d{{1,2}}\s+{_MONTHS}(?:,?\s+\d{{4}})?|{_MONTHS}\s+\d{{1,2}}"
    rf"(?:,?\s+\d{{4}})?)(?=[\s,.;:]|$)"
    # ("the Sunday Times", "Monday Night Football": a day before a capitalised word is part of a name)
    r"(?!\s+[A-Z][a-z])",
)
# a date and the comma after it, before a clause of time or cause that goes on from the verb
_DATE_BEFORE_CLAUSE = compile_gated(
    _DATE_ADVERBIAL.pattern + r",(?=\s+(?:when|as|after|before|while|where|because)\s)"
)
# ", the ministry said on Monday" after a comma; without one only a short tail may follow the verb ("the
# minister said in a statement"): "Roe never said the quake was God's wrath" is what was said, not who
_SAID_VERB = (
    r"(?:as\s+)?(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,4}(?:said|says|told\s+\w+|reported"
    # "the bureau added 27 firms to its list": "added" with an object is no attribution
    r"|added(?!\s+(?:\d|the\b|an?\b|its\b|their\b|his\b|her\b|more\b|new\b)))\b"
)
# The verbs that tell who spoke after a quotation closes
_QUOTE_SAID = (
    r"(?:said|says|told|tells|added|adds|warned|warns|asked|asks|pledged|pledges|insisted|insists|explained"
    r"|explains|recalled|recalls|declared|declares|stated|wrote|writes|replied|replies|cautioned|conceded"
    r"|admitted|admits|noted|notes|shouted|cried)"
)
_CLOSING_ATTRIBUTION = compile_gated(
    # (every match opens with a comma or a space: elsewhere the alternatives below are not tried)
    r"(?=[,\s])"
    rf"(?:,(?:[\"”’]|'')?\s*(?:according\s+to\b.*|{_SAID_VERB}[^,]*)"
    # ", Jane Roe, the chief engineer, said": a name and its description before the verb
    rf"|,\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}},\s+(?:the|a|an|its|his|her|their)\s+[^,]{{1,60}},\s*{_SAID_VERB}"
    # ", said Jane Roe, a spokeswoman for the ministry": the verb, the name, then its description
    rf"|,\s*(?:said|says|added)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}},\s+(?:the|a|an|its|his|her|their)\s+[^,]{{1,80}}"
    # ('"We are ready," Jane Roe, head of the crew, told the radio station', '"Not yet," said former mayor Jo
    # Hale, whose house flooded': the quotation has closed, and all after it that holds a verb of saying
    # tells who said it, however long)
    rf"|,[\"”]\s+[^\"“”]{{0,120}}?\b{_QUOTE_SAID}\b[^\"“”]*"
    # (never from inside a phrase: ", the harbour master Jane Roe said" goes whole or not at all)
    rf"|(?<!\bthe)(?<!\ba)(?<!\ban)\s+(?:according\s+to\b.*|{_SAID_VERB}(?:\s+[^,\s]+){{0,3}})"
    # ("..., it was confirmed yesterday": the passive attribution, no speaker named, goes as a speaker would)
    r"|,\s*it\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:officially\s+)?(?:confirmed|announced|reported|revealed"
    r"|understood|learned|learnt|disclosed|claimed|said)(?:\s+[^,\s]+){0,3})$",
    re.IGNORECASE,
)
# A clause that is a quotation, whole, then who said it: '"We are ready," Jane Roe told the radio' (the
# opening mark may have gone with the sentence's split)
_QUOTATION_THEN_WHO = re.compile(r"[\"“]?(?P<words>[^\"“”]{2,}?)(?=[,!?…]*[\"”]\s)")
# Words quoted that open with a condition or a time, and are half a thought without the clause they wait for
_CONDITION_OPENING = re.compile(r"(?i:if|when|whether|unless|once|until|because|although|though|while)\b")
# The name in an attribution after a quotation: '," Jane Roe, head of the crew, told ...', '," Roe said',
# '," said former mayor Jo Hale, whose ...'
_WHO_AFTER_QUOTATION = re.compile(
    rf"[,!?…]*[\"”]\s+(?:(?P<name>(?:[A-Z][\w’'.-]+\s+){{0,3}}[A-Z][\w’'.-]+)(?=,|\s+{_QUOTE_SAID}\b)"
    rf"|{_QUOTE_SAID}\s+(?:[\w.-]+\s+){{0,8}}?(?P<name_after>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{1,2}})(?=,|$))"
)
# Words quoted that open with the speaker or a person the speaker speaks of
# ('"This is a theft," Roe said': what "this" points at is the speaker's to say)
_REMARK_PRONOUN = re.compile(r"(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Yy]ou|[Tt]his|[Tt]hat)(?:['’]\w+)?\b")
# Where a phrase ends, from the strongest break to the weakest; a cut keeps the words before it.
# After all others: where a phrase that only describes a noun opens, a participle and what it takes
# ("... a new insurance scheme | backed by three banks"; not before a determiner, where it is a verb and its
# object: "teams | estimated the flow"; not one in -ing, which often carries what the noun is about: "a
# lawsuit challenging the ban"), or a span of time counted back ("... admitted to the clinic | several
# days ago"); the word before must be no verb, auxiliary or adverb for the participle to describe it
# (`_describes_the_noun_before`)
_DESCRIBING_PHRASE = re.compile(
    r"\s(?=(?-i:[a-z]{3,}ed)\s+(?:by|with|from|in|on|at|to|for|into)\s"
    r"|(?:several|some|a\s+few|two|three|four|five|six|\d+)\s+(?:hours|days|weeks|months|years)\s+ago\b)"
)
_BREAKS = (
    # (a hyphen with a space on each side is a dash in scraped text)
    re.compile(r"\s*(?:[,;:]|\s(?:--|—|–|-))\s"),
    re.compile(
        r"\s(?:and|or|but|as|after|before|while|when|because|since|although|though|which|who|where|until|amid"
        # ("researchers are investigating | whether the samples ...", "it works only | if injected")
        r"|whether|if|unless)\s"
        # ("will stay | once the storm has passed", "will reopen | only once engineers have checked": "once"
        # opens a clause of time, with the "only" that limits it; not the adverb, "was once the largest",
        # "left at once", "more than once", `_ONCE_OPENS_CLAUSE`)
        r"|(?<!\bwas)(?<!\bis)(?<!\bwere)(?<!\bare)(?<!\bbeen)(?<!\bbe)(?<!\bhad)(?<!\bhas)(?<!\bhave)"
        r"(?<!\bat)(?<!\bthan)(?<!\bnot)(?<!\bnever)\s(?:(?:only|just|even)\s)?once\s(?=\w)"
    ),
    # a participle phrase that adds to the clause: "... legal action | stemming from the spill"
    re.compile(
        r"\s(?:including|stemming|following|leaving|killing|prompting|forcing|raising|causing|citing|urging"
        r"|adding|bringing|making|saying)\s"
    ),
    # ("could cut up | to 900 jobs": "up to" goes with its figure; "out of work", "because of",
    # "a lot of gas")
    re.compile(
        r"(?<!\bup)(?<!\bout)(?<!\bbecause)(?<!\bin\sfront)(?<!\blot)(?<!\bnumber)(?<!\bcouple)(?<!\bseries)"
        # ("not the kind | of response": a word of kind or amount needs what it measures)
        r"(?<!\bhandful)(?<!\bmajority)(?<!\bkind)(?<!\bsort)\s(?:with|in|on|at|for|from|by|over|into|to|of|near|during|under|against|without|about|than|along|across|through"
        # ("represents a balanced compromise | between the parties", "went ahead | despite warnings")
        r"|between|among|despite|within|throughout|beyond)\s"
        # ("represent | about one in 20", "killed | over 300": a word before a figure tells its size, and the
        # figure is the object; a year is a date, and goes)
        r"(?:(?<!\sabout\s)(?<!\sover\s)(?<!\sunder\s)(?<!\sthan\s)(?<!\saround\s)"
        r"|(?!(?:\d(?!\d{3}\b)|one\s+in|two|three|four|five|six|seven|eight|nine|ten"
        r"|a\s+(?:dozen|hundred|thousand|million)|dozens|hundreds|thousands|millions|half)\b))"
    ),
    # last: before a relative "that" ("... had supplied documents | that would help ...")
    # (not after a verb: "what struck her was | that the water ...", "he said | that")
    re.compile(r"(?<!\bwas)(?<!\bis)(?<!\bwere)(?<!\bare)(?<!\bsaid)(?<!\bsays)(?<!\bso)(?<!\bsuch)\sthat\s"),
    _DESCRIBING_PHRASE,
)
_MIN_KEPT = 35
# the least a title cut short keeps before it is cut with "…" instead
_MIN_KEPT_SHORT = 24
_WHAT_SAID = re.compile(r"\b(?:says|said|say)\s+(.*)$")
_SAYING_AT_END = re.compile(
    rf"\b(?:{_saying_alternatives('say', 'deny', 'claim', 'tell', bare=('say', 'deny'))})$"
)
# A title never ends on a word that leads to what was cut after it ("... to shut until", "... as far back"):
# the date or phrase it led to has its own column or did not fit
_TRAILING_LEAD = re.compile(
    # ("stop the flow between | 20 and 27 July": a range's "between" needs both its ends)
    r"(?:\s+(?:until|till|since|during|from|between|of|at|as\s+(?:early|late|soon|far\s+back)(?:\s+as)?"
    r"|no\s+later\s+than|(?-i:the|a|an|and|or|but)))+$",
    re.IGNORECASE,
)
_DANGLING = re.compile(
    r"(?:\s+(?:the|a|an|and|or|but|of|to|in|on|at|for|by|with|from|as|that|its|their|his|her"
    # ("... blamed the firm for the spill, | saying": the participle led to what was cut)
    r"|saying|adding|including|citing"
    # ("... tickets have been sold ahead | of the concert": the word that led to the phrase cut off)
    r"|ahead|prior|according|instead|regardless"
    # ("... warnings were given as far back | as last March": the comparison cut before its "as")
    r"|as\s+(?:early|late|soon|far\s+back)"
    # ("... greater costs than thought in relation | to the spill")
    r"|in\s+(?:relation|response|addition|connection|reply|regard|respect)|with\s+(?:regard|respect)"
    # ("... carry out a test to see | whether ...": the verb that led to the question cut off)
    r"|to\s+(?:see|check|determine|decide|establish|assess|find\s+out|learn)"
    # ("a statement said those | who broke the order ...", "charities such | as ...", "the service last |
    # year"): a word that needs the noun or phrase cut off after it
    r"|those|these|such|last|next|the\s+fact"
    # ("working to contain the flood having | failed to plug it": the auxiliary of a participle cut off)
    r"|having"
    # ("stacked sandbags along the canal in a hurried effort | to keep the district dry": the noun of
    # purpose whose infinitive was cut says nothing without it, and the clause before it is whole)
    r"|in\s+(?:an?|its|their|his|her|one|another|a\s+last)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,3}?"
    r"(?:attempts?|bid|efforts?|push|drive|race|quest|scramble|move)))+$"
)
# Words that open a sentence and are no name, so "X says" may lower-case them: "X says the talks ..."
COMMON_OPENERS = frozenset(
    """the a an this that these those it its there such no many some we our they their he his she her i
    all both each every most more any one two three but you therefore however clearly now so yet still
    also then today if when as while because although though despite unless once after before since what
    how why where nobody nothing everyone everything someone something none every certainly perhaps maybe
    there's it's that's other others people years only even just not without with in on at for from by to
    of about over under during within among instead yes well tomorrow yesterday tonight last next few
    little much less my your here we're they're we've they've we'll fellow anything anyone anybody
    everybody somebody""".split()
)


# An office held, before a surname: "President Okafor", "US Secretary of State Roe", "Prime Minister Roe"
_OFFICE = (
    r"(?:(?:[A-Z][\w.]*|[A-Z]\.[A-Z]\.)\s+)?(?:Vice[\s-]+|Deputy\s+|Acting\s+|Former\s+)?(?:President|Prime\s+Minister"
    r"|Premier|Chancellor|Mayor|Minister|Secretary(?:\s+of\s+State)?|Secretary-General|Judge|King|Queen|Pope"
    r"|Chairman|Chairwoman|Speaker|Ambassador|Commissioner|Director|Chief"
    # ("Health secretary Roe stopped short ...", "Interior minister Roe said ...": the office in lower case
    # after the field it covers)
    r"|secretary|minister|commissioner|director|chief)\s+"
)


# Patterns made per speaker are kept here, not in `re`'s own cache of 512: a build meets a thousand speakers,
# and theirs would push the rules' patterns out of it, each then compiled again.
@functools.lru_cache(maxsize=4096)
def _surname_opening(surname: str) -> re.Pattern[str]:
    """The surname, after any title or office, opening a clause: "Roe said ...", "Dr Roe said ...",
    "President Roe vowed ..."."""
    return re.compile(rf"(?:{TITLE}|{_OFFICE})?{re.escape(surname)}\b")


@functools.lru_cache(maxsize=4096)
def _name_saying(name: str) -> re.Pattern[str]:
    """The name with its own verb of saying: "Roe said", "Roe later told"."""
    return re.compile(rf"\b{re.escape(name)}\s+(?:\w+\s+)?{_SAYING_NAMED.pattern}")


@functools.lru_cache(maxsize=4096)
def _closing_by(surname: str) -> re.Pattern[str]:
    """An attribution closing the clause to the person named: ", said Rep. Jane Roe", ", said Jane Roe,
    director of the flood institute", ", Dr Roe said"."""
    name = rf"(?:[A-Z][\w.’'-]*\s+){{0,4}}{re.escape(surname)}"
    return re.compile(
        rf",(?:[\"”’]|'')?\s*(?:(?:said|says|added|adds|according\s+to)\s+{name}\b(?:\s*,\s*[^,]{{1,120}})?"
        rf"|{name}\s+(?:said|says|added|adds))\W*$"
    )


_LINKING_WORD_ONLY = re.compile(
    r"(?i)(?:and|but|or|so|yet|then|also|however|still|though|although|because|while|meanwhile|instead)"
)


# A verb of saying and the demonstrative that is the subject of what was said: "said that | could last"
_PRONOUN_SAID_AS_THAT = re.compile(
    r"\b(?:said|says|told\s+[\w.]+|added|adds|warned|warns)\s+(?P<pronoun>that|this)\s+(?=(?:is|are|was|were|has|have"
    r"|had|will|would|could|should|can|may|might|must)\s)",
    re.IGNORECASE,
)


def headline(
    clause: str,
    *,
    speaker: str = "",
    speech: bool = False,
    quoted: bool = False,
    sentence: str = "",
    short_speaker: str = "",
) -> str:
    """The title of `_clause_headline`, never opening inside a name the sentence writes whole."""
    clause = _said_before_inference(clause, sentence) if speech else clause
    clause = _whole_with_its_part(clause, sentence)
    clause = _entry_subject_with_its_verb(clause, sentence)
    clause = _said_subject_with_its_verb(clause, sentence)
    clause = _subject_before_its_place(clause, sentence)
    refused = _refused_saying(clause, sentence) if speech and speaker else ""
    if refused:
        # ("BP has not said how much oil ...": a saying refused or denied keeps its negation; "BP says how
        # much oil ..." would tell the reverse)
        return _with_whole_name(
            _clause_headline(f"{speaker} {refused} {clause}", sentence=sentence), sentence
        )
    if speech and speaker:
        own = _object_with_its_verb(clause, sentence, speaker)
        if own:
            return _with_whole_name(fit(own), sentence)
    title = _clause_headline(
        clause,
        speaker=speaker,
        speech=speech,
        quoted=quoted,
        sentence=sentence,
        short_speaker=short_speaker,
    )
    return _with_whole_name(title, sentence)


# The end of a subject's phrase of place that the clause was split inside: a place's city then its state or
# country set off by commas ("A fire near Lyon, France, destroyed ..."), or a preposition and the name the
# clause opens with ("Voters in Ohio rejected ..."). No clause opens with the country of such a place: it is
# still the subject's.
_PLACE_BEFORE_CLAUSE = re.compile(
    r"\b(?:in|near|over|outside|off|at|from|(?<!\bas\s)of)\s+(?:the\s+)?"
    r"(?:(?P<city>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s+)?$"
)
# The words that may open the subject the rule gives back besides a name: an article, a quantifier or a
# number (a pronoun, a preposition or another opener of COMMON_OPENERS opens a phrase or clause of its own:
# "After talks in Geneva, Switzerland, ministers ...")
_SUBJECT_DETERMINERS = frozenset(
    """the a an some many most all no both each several one two three four five six seven eight nine
    ten""".split()
)
# A date in the clause or its sentence, which the title leaves out: "in May", "on Monday", "in early 2010"
_DATE_IN_CLAUSE = re.compile(
    rf"\b(?:in|on|since|by|during)\s+(?:(?:early|mid|late)[\s-]+)?(?:\d{{1,2}}\s+)?(?:{_MONTHS}|{_WEEKDAYS}"
    r"|(?:19|20)\d\d)"
    rf"(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?\b"
)


def _opens_a_subject(subject: str) -> bool:
    """Whether `subject` opens as a noun phrase does: with an article, quantifier or number, or a name that
    is none of the common openers, prepositions or words of circumstance."""
    first = subject.split()[0].lower()
    if first in _SUBJECT_DETERMINERS or first[:1].isdigit():
        return True
    return (
        subject[:1].isupper()
        and first not in COMMON_OPENERS
        and first not in _PREPOSITION_PHRASE_OPENING
        and _PREPOSITION_OPENING.match(f"{first} ") is None
    )


def _date_free_words(text: str) -> list[str]:
    """The words of `text` in lower case, without its dates and punctuation."""
    return re.findall(r"[\w’'-]+", _DATE_IN_CLAUSE.sub(" ", text).lower())


def _subject_before_its_place(clause: str, sentence: str) -> str:
    """The clause with the head of its subject back when it was split inside the subject's phrase of place
    ("Netherlands killed four workers", cut from "A fire near Rotterdam, Netherlands, killed four workers"):
    the clause opens with a capitalised name right after a preposition, or after a city and its comma, goes
    on in the sentence from there, and the subject before it opens its sentence or follows a comma and holds
    no comma of its own. A clause that opens with a lower-case word ("said in Paris the suspect fled": "the
    suspect fled") or a date, or whose sentence writes no such phrase before it, is left as it is."""
    text = " ".join(clause.split())
    words = text.split()
    # (a clause that opens with a date is no place's: "March 3 was the deadline")
    if len(words) < 2 or not words[0][:1].isupper() or re.fullmatch(f"{_MONTHS}|{_WEEKDAYS}", words[0]):
        return clause
    whole = " ".join(sentence.split())
    first = re.escape(words[0].rstrip(","))
    # (the clause's first word as the sentence writes it: with the comma of an apposition after it, or with
    # the clause's next word after it)
    found = re.search(rf"(?<![\w’'-]){first}(?P<comma>,)?\s+{re.escape(words[1])}", whole)
    if found is None or found.start() == 0:
        return clause
    place = _PLACE_BEFORE_CLAUSE.search(whole, 0, found.start())
    # (a country after its city is set off by commas on both sides; a name right after its preposition has
    # neither)
    if place is None or bool(place.group("city")) != bool(found.group("comma")):
        return clause
    start = max(whole.rfind(mark, 0, place.start()) for mark in (",", ";", ":", "—", " -- "))
    start = 0 if start < 0 else start + 1
    subject = whole[start : place.start()].strip(" -")
    if (
        not subject
        or len(subject.split()) > 10
        or not _opens_a_subject(subject)
        # (no verb in it: a verb's past form after a determiner is an adjective, "the confirmed cases")
        or any(
            word.lower() in _AUXILIARY_WORDS
            or (_FINITE.fullmatch(word) and before.lower() not in _DETERMINERS)
            for before, word in zip(["", *subject.split()], subject.split(), strict=False)
        )
    ):
        return clause
    # (the clause must go on in the sentence from the name it opens with, dates aside: "Acme's factory fire
    # took place", a title of its own, is not what "Smoke from Acme's factory fire in May has ..." writes)
    kept = _date_free_words(text)[:6]
    if not kept or _date_free_words(whole[found.start() :])[: len(kept)] != kept:
        return clause
    rest = text[len(words[0]) :].lstrip()
    return f"{whole[start : found.start()].lstrip()}{words[0].rstrip(',')}{found.group('comma') or ''} {rest}"


# A saying negated or refused, then what it leaves unsaid: "has not said how much", "declined to say whether",
# "would not say that"
_REFUSED_SAYING = re.compile(
    r"\b(?:(?:has|have|had|did|does|do|would|could|will|can|may)\s+not|(?:has|have|had|did|does|do|would|could"
    r"|wo|ca)n['’]t|cannot|never|(?:declined|refused|declines|refuses|decline|refuse)\s+to)"
    r"\s+(?:(?:yet|immediately|publicly|officially)\s+)?(?:say|said|says|disclosed?|revealed?|specif(?:y|ied)"
    r"|confirm(?:ed)?|explain(?:ed)?)\s+(?:(?:publicly|exactly|yet)\s+)?(?:that\s+)?$",
    re.IGNORECASE,
)


def _refused_saying(clause: str, sentence: str) -> str:
    """The negated or refused verb of saying the sentence writes just before the clause ("has not said",
    "declined to say"), "" when its saying is not negated."""
    whole = " ".join(sentence.split())
    opening = " ".join(clause.split())[:30]
    at = whole.find(opening) if opening else -1
    found = _REFUSED_SAYING.search(whole, 0, at) if at > 0 else None
    return " ".join(found.group().split()) if found else ""


def _object_with_its_verb(clause: str, sentence: str, speaker: str) -> str:
    """The speaker, their own verb and its object, when what was taken for the words said is a noun phrase
    the verb acts on: "Senators stressed the need for a plan" (from "the need for a plan", which after "say"
    would read as said with its verb lost); "" otherwise. Only a sentence that opens with its subject, a
    few words naming the speaker, and a verb in the past or present right before the phrase (a date between
    them goes)."""
    text = " ".join(clause.split()).rstrip(" ,.")
    words = text.split()
    if not words or words[0] not in _DETERMINERS - {"that"}:
        return ""
    # (the phrase up to any clause inside it holds no verb: "the call for a fund in case prices fell")
    inner = next(
        (
            i
            for i, w in enumerate(words)
            if w.lower() in _CLAUSE_OPENER_WORDS | {"unless"}
            or (w.lower() == "case" and words[i - 1] == "in")
        ),
        len(words),
    )
    # (an auxiliary or a past in -ed is a verb; not after "to", an infinitive's, "the need to have plans",
    # nor after a determiner, an adjective's, "the injured men"; a noun that may be a verb, "need", is none)
    if any(
        (w.lower() in _AUXILIARY_WORDS | _MODALS or (w.endswith("ed") and _FINITE.fullmatch(w)))
        and words[i - 1].lower() not in _DETERMINERS | {"to"}
        for i, w in enumerate(words[:inner])
        if i
    ):
        return ""
    whole = tidy(sentence)
    # (the clause is found by its first words: the sentence tidied lost a closing date the clause may still
    # hold, "... of the bridge on Tuesday", and then the clause ends where the tidied sentence does)
    at = whole.find(" ".join(words[:4]))
    if at <= 0:
        return ""
    text = whole[at:] if text.startswith(whole[at:]) else text
    prefix = whole[:at].rstrip()
    words = prefix.split()
    verb = words[-1] if words else ""
    if (
        not 2 <= len(words) <= 8
        or re.search(r"[,;:“”\"()]", prefix)
        or not (_FINITE.fullmatch(verb) or re.fullmatch(r"[a-z]{3,}(?:ed|es)", verb))
        or _SAYING_OR_THINKING.fullmatch(verb)
        or speaker.split()[-1].lower() not in (w.lower() for w in words[:-1])
        or words[0].lower() in _PERSONAL_PRONOUNS
    ):
        return ""
    return f"{prefix} {text}"


# A verb of saying, thinking or finding, and the subject of the clause it reports: "conceded the cost",
# "warned that the dam" (a few words, no verb among them)
_REPORTED_SUBJECT_AT_END = re.compile(
    # (the verbs that tell who spoke after a quotation, and those of thinking or finding)
    rf"\b(?:{_QUOTE_SAID}|say|concedes|concede|admit|warn|acknowledged"
    r"|acknowledges|argued|argues|argue|believed|believes|believe|thought|thinks|think|feared|fears|fear"
    r"|predicted|predicts|predict|estimated|estimates|estimate|expected|expects|expect|found|finds|showed"
    r"|shows|suggested|suggests|insist|claimed|claims|stressed|stresses|agreed|agree)"
    r"\s+(?:that\s+)?(?P<subject>(?:the|a|an|its|their|his|her|this|these|those|some|many|most)\s+"
    r"(?:[\w’'-]+\s+){0,6}?[\w’'-]+)$"
)
# What follows that subject in the sentence: a relative clause between commas, then the reported clause's
# verb group: ", which turned the valley into a swamp, would be felt for years"
_RELATIVE_THEN_VERB = re.compile(
    r",\s+(?:which|who)\s+[^,;:“”\"()]{5,200}?,\s+"
    r"(?P<predicate>(?:would|will|could|can|may|might|must|should|is|are|was|were|has|have|had)\s+(?:not\s+)?"
    r"[a-z][^,;:“”\"()]{2,100})"
)


def _said_subject_with_its_verb(clause: str, sentence: str) -> str:
    """A clause cut at the comma that opens a relative clause inside what it reports, with the reported
    clause's verb back: "Critics conceded the cost of the floods" from "Critics conceded the cost of the
    floods, which ruined the harvest, would be felt for years" -> "Critics conceded the cost of the floods
    would be felt for years". The verb after the relative clause can only be its subject's, which the
    clause lost; any other clause is kept as it is."""
    text = " ".join(clause.split()).rstrip(" ,.")
    found = _REPORTED_SUBJECT_AT_END.search(text)
    if found is None or not sentence or _FINITE.search(found.group("subject")):
        return clause
    whole = " ".join(sentence.split())
    at = whole.lower().find(text.lower())
    if at < 0:
        return clause
    after = _RELATIVE_THEN_VERB.match(whole, at + len(text))
    if after is None:
        return clause
    # (the verb phrase ends where "and" or "but" opens another clause with its own subject: "is high | and
    # the repairs ...")
    predicate = _NEXT_CLAUSE.split(after.group("predicate"), maxsplit=1)[0]
    return f"{text} {predicate.rstrip(' .')}"


_NEXT_CLAUSE = re.compile(r"\s+(?:and|but)\s+(?=(?:the|a|an|its|their|his|her|this|that|these|those)\s)")


# What a saying did or was taken to show, told by a participle after the attribution that closes what was
# said: '..., the agency said on Monday, suggesting that the checks had failed', '..., the minister said,
# raising the pressure on the board'. The participle's phrase is nobody's words; what was said is the clause
# before the attribution
_PARTICIPLE_AFTER_SAYING = re.compile(r",\s+(?P<participle>[a-z]{3,}ing)\s")
_INFERENCE_BEFORE = re.compile(
    r",\s+(?:suggesting|indicating|signalling|signaling|implying|showing|meaning|raising\s+hopes|raising\s+fears)"
    r"\s+that\s+$"
)
# (the attribution that closes the words said: a comma, then the speaker and the verb; not `_SAID_VERB`,
# whose speaker is four plain words, nor `_CLOSING_SAYER`, which closes the sentence: here a speaker of many
# words with initials, "U.S. Labor Secretary Ana Roe said on Tuesday", comes before a participle)
_CLOSING_SAYING = re.compile(
    r",\s+[^,;:“”\"]{2,60}?\b(?:said|says|told\s+[^,;:“”\"]{2,40}?|reported|reports)\b[^,;:“”\"]{0,40}$"
)
# Words in -ing that are no participle: ", during the night", ", nothing ..."
_NOT_PARTICIPLES = frozenset(
    "during morning evening nothing something anything everything ceiling spring string".split()
)


def _said_before_inference(clause: str, sentence: str) -> str:
    """The words said, not what saying them did: "suggesting that the catalogue was wrong", the clause of
    "Most maps were bought, the archivist said, suggesting that the catalogue was wrong", gives way to "Most
    maps were bought" (its attribution is the title's speaker)."""
    words = clause.split()
    if not sentence or not words:
        return clause
    if re.fullmatch(r"[a-z]{3,}ing", words[0]) and words[0] not in _NOT_PARTICIPLES:
        participle = next(
            (
                found
                for found in _PARTICIPLE_AFTER_SAYING.finditer(sentence)
                if found.group("participle") == words[0]
            ),
            None,
        )
    else:
        # ("the checks had failed", the clause after "suggesting that": what was inferred, not said)
        at = sentence.find(" ".join(words[:4]))
        participle = _INFERENCE_BEFORE.search(sentence[:at]) if at > 0 else None
    before = sentence[: participle.start()] if participle is not None else ""
    closing = _CLOSING_SAYING.search(before)
    # (only a clause before its closing attribution: "The ministry said, suggesting that ..." tells nothing
    # said, and a quotation's words are told by the rules of quotations)
    if closing is None or len(before[: closing.start()].split()) < 4 or re.search(r"[“”\"]", before):
        return clause
    return before[: closing.start()]


# A word that may open a sentence or a phrase before a name, and is no part of it ("Yesterday Mirova
# signed", "In Tamsin Bay"; "Mr" is kept: "Mr Roe")
_NOT_OF_A_NAME = COMMON_OPENERS | frozenset(
    """meanwhile earlier later according amid across through into onto upon near like unlike said says told
    tells and or nor against via per""".split()
)
_NAME_WORD = re.compile(r"[A-Z][\w’'.&-]*")
# The last word of a name that alone is a common word, so a title opening on it has lost the name's start
# ("United | Nations", "Tamsin | Sound"); a body's head word ("Council", "Agency") too
_NAME_END_WORDS = (
    ORGANISATION_HEADS
    | STATES_AND_UNIONS
    | frozenset("Sound Bay Gulf Coast Strait Delta Island Islands Valley".split())
)
# A word that is a day or a month: it dates the name after it, and is no part of it ("Monday the Council")
_DAY_OR_MONTH = re.compile(rf"{_WEEKDAYS}|{_MONTHS}")
# A word that describes the name after it ("Paris-based", "state-owned"), no part of it
_DESCRIBING_COMPOUND = re.compile(r".*-[a-z]+")


def _a_city(word: str) -> bool:
    """Whether `word` is a city's name as the gazetteer writes it ("Westminster"; never "Save" for "Savé")."""
    city = city_index().get(word)
    return city is not None and city.name == word


def _no_name_word(word: str) -> bool:
    """Whether `word` can be no word of a name written before another of its words."""
    return (
        not _NAME_WORD.fullmatch(word)
        or word.lower() in _NOT_OF_A_NAME
        or _DAY_OR_MONTH.fullmatch(word) is not None
        or _DESCRIBING_COMPOUND.fullmatch(word) is not None
    )


def _with_whole_name(title: str, sentence: str) -> str:
    """`title` with the words of a name that the clause's split or the speaker's reading cut from its start
    put back as the sentence writes them: "Aged says ..." from "charity Help the Aged says ..." -> "Help the
    Aged says ...", "Nations says ..." from "the United Nations agency said" -> "United Nations says ...".
    Only a name joined by "the" or ending on a word no name is without is whole only so: "Tamsin Obama
    arrived" would be two names."""
    first = title.split(" ", 1)[0].rstrip(",;:")
    if not sentence or not _NAME_WORD.fullmatch(first) or first.lower() in _NOT_OF_A_NAME:
        return title
    # (a plain look, as `(?<![\w’'-])first(?![\w’'-])` finds it: a pattern per title's word filled re's cache)
    at = apart_at(sentence, first, "’'-")
    if at < 0 or not sentence[:at].endswith(" "):
        return title
    words = sentence[:at].split()
    kept: list[str] = []
    # (the words before, back to the first that is no name's: "the" only between two of a name's words,
    # "Help the Aged", never "In the Tamsin Sound")
    while words:
        word = words[-1]
        if word == "the" and not kept and len(words) > 1:
            # (and only when a word in lower case or the sentence's start comes before the pair: "charity
            # Help the Aged", never "In Tamsin the Government", "On Monday the Council")
            before = words[-2]
            if (
                _no_name_word(before)
                or before in country_spellings()
                or _a_city(before)
                or (len(words) > 2 and not words[-3][:1].islower())
            ):
                break
            kept[:0] = words[-2:]
            words = words[:-2]
            continue
        if _no_name_word(word):
            break
        kept.insert(0, word)
        words = words[:-1]
    if not kept or not ("the" in kept or first in _NAME_END_WORDS):
        return title
    whole = " ".join([*kept, title])
    return whole if len(whole) <= TITLE_MAX else title


def _clause_headline(
    clause: str,
    *,
    speaker: str = "",
    speech: bool = False,
    quoted: bool = False,
    sentence: str = "",
    short_speaker: str = "",
) -> str:
    """A title of at most TITLE_MAX characters from the clause of a report; speech gets its speaker
    ("Jane Roe says the talks will resume") unless the clause already opens with the speaker. Words
    quoted as spoken (`quoted`) that cannot follow "says" as they stand, a first person or a capital that
    opens the quotation, are given as a quotation: 'Jane Roe: “We will not leave”', never "Jane Roe says
    we will not leave" (whose "we" would be the reader's). The `sentence` the clause was taken from tells
    the case its first word was written in (a clause always opens with a capital). A `short_speaker`, the
    short form the report itself gives the speaker ("CSO"), names it when the full name would leave what
    was said cut."""
    act = "" if speech else _act_after_quotation(clause)
    if act:
        # ('"It was terrible," said a resident after the dam collapsed': the act, not the remark)
        return act
    if speech and speaker and sentence:
        # ("Roe told the state broadcaster that ...": the clause "the state broadcaster that ...")
        clause = _without_told_listener(clause, sentence)
    text = tidy(clause) or " ".join(clause.split()).strip(" ,.;:\"“”'‘’`")
    lost = text.split(" ", 1)[0].lower() in _AUXILIARIES and bool(sentence) and speech
    whole = " ".join(sentence.split())
    demonstrative = _PRONOUN_SAID_AS_THAT.search(whole) if lost else None
    # (the clause is what follows the pronoun: its first two words, which no date removal touches)
    if demonstrative is not None and whole[demonstrative.end() :].lower().startswith(
        " ".join(text.split()[:2]).lower()
    ):
        # ("Roe said that could last into Monday": "that" was the subject of what was said, never the
        # word that introduces it, and the clause without it has lost its subject)
        text = f"{demonstrative.group('pronoun')} {text[:1].lower()}{text[1:]}"
    remark = _QUOTED_REMARK.match(text) if speech and speaker else None
    if remark is not None and remark.group("who") != speaker and remark.group("who") in speaker.split():
        # 'Roe: “He was never there”', said by Jane Roe: the title names her as the event does
        text = f"{speaker}: “{remark.group('words')}”"
    if _LINKING_WORD_ONLY.fullmatch(text):
        return ""  # "But": a clause split off with nothing of what happened; "X says but" would tell nothing
    quoting = (
        quotation_speaker(sentence or clause, text)
        if not (speech and speaker) and _REMARK_PRONOUN.match(text) and not _QUOTED_REMARK.match(text)
        else ""
    )
    pronoun_said = _PRONOUN_OPENING.match(text) if speech and not speaker and sentence else None
    subject, verb = saying_subject(sentence, clause) if pronoun_said is not None and not quoting else ("", "")
    if subject and (pronoun_said is not None and pronoun_said.group(1).lower() == "they") == plural_speaker(
        subject
    ):
        # ("A union alleges that it was never consulted": who said it names what "it" stands for, and the
        # title tells who said it)
        said_by = f"{subject} {verb} {text[:1].lower()}{text[1:]}"
        said_title = _fit_said(said_by, subject)
        if not is_fragment(said_title):
            return said_title
    if quoting:
        # ('"We had no warning," a spokesman said' -> 'Spokesman: “We had no warning”': words quoted in the
        # first person, or of somebody or something the speaker speaks of, are the speaker's; printed bare,
        # "we" would be the reader's)
        said = re.split(r"[,!?…]*(?:[\"”]|'')(?:\s|$)", clause.strip(' "“`'), maxsplit=1)[0]
        remark_title = _fit_said(f"{quoting}: “{tidy(said) or text}”", quoting)
        if not is_fragment(remark_title):
            return remark_title
    said_by = (
        _closing_sayer(sentence or clause, text)
        if not (speech and speaker) and not quoting and _THIRD_PERSON_OPENING.match(text)
        else ""
    )
    if said_by:
        # "He will step down in May, the party spokesman said": the pronoun stands for somebody the sentence
        # does not name, and the attribution that closes it tells whose words these are; the headline keeps
        # it ("Party spokesman says he will step down in May"), as a bare "He will step down" names nobody
        says = "say" if plural_speaker(said_by) else "says"
        attributed = _fit_said(f"{said_by} {says} {text[:1].lower()}{text[1:]}", said_by)
        if not is_fragment(attributed):
            return attributed
    listener = _LISTENER_OPENING.match(text) if speech and speaker else None
    if listener is not None and not _noun_holds_that(listener):
        # "To the chief executive that the new claim ...": whom it was told, its verb left before the clause
        text = text[listener.end() :]
    if len(text) > TITLE_MAX:
        # "By not calling for help at once, he had made things worse": the main clause, before any "X says"
        text = main_clause_after_opening(text) or text
    if len(text) > TITLE_MAX and _long_opening_phrase(text):
        # ("Expecting hard questions at the hearings, the director announced ...", "Minutes into his speech,
        # the mayor ...": a long opening phrase leaves no room for the clause it sets, which is the news)
        main = main_clause_after_opening(text, opening_known=True)
        opening = text[: len(text) - len(main)] if main else ""
        # (a phrase with a verb of its own or a quotation is no opening phrase: "Restructuring experts
        # agreed that, ...", 'Having said that if the "Stop it, drop it" campaign ...')
        if (
            len(main.split()) >= 5
            and not _SAYING_AT_END.search(main)
            # ("Rising prices in the north, economists warned on Monday, will push ...": an aside of saying
            # set off by commas is no main clause)
            and not _SAYING_ASIDE.match(main)
            and not re.search(r"[\"“”]", opening)
            # ("Floating barriers, skimmers and planes were ...": words of a list, no phrase with its object)
            and any(word.lower() in _PHRASE_LINKS for word in opening.split()[1:])
            and not any(_finite_or_past(word) for word in re.findall(r"[\w’'-]+", opening)[1:])
        ):
            text = main
    closing = _CLOSING_ATTRIBUTION.search(text) if speech and speaker else None
    if (
        closing is not None
        and _closing_names(closing.group(), speaker)
        and len(text[: closing.start()].split()) >= 3
        # ("Not the last,'' the mediator said": the tail of a quotation opened before the clause)
        and not re.match(r",\s*(?:[\"”’]|'')", closing.group())
    ):
        # "Turnout was 37.4%, commission chairman Koffi Brou said": short words said, then who said them
        text = text[: closing.start()].rstrip(" ,")
    surname = speaker.split()[-1] if speech and speaker else ""
    text = _without_inverted_said_aside(text, surname)
    text = _without_closing_plural_say(text, speaker) if speech and speaker else text
    by_speaker = _closing_by(surname).search(text) if len(surname) > 2 and surname in text else None
    if by_speaker is not None and len(text[: by_speaker.start()].split()) >= 3:
        # "The gauges must be replaced, said Jane Roe, director of the flood institute": the title names her
        # before what she said, and once
        text = text[: by_speaker.start()].rstrip(" ,")
    opening = text.lower()[: len(speaker) + 40]
    # "Prosecutors claim Victor Hale ...": a clause that names its speaker early needs no "X says"
    named = bool(speaker) and speaker.lower()[:20] in opening
    # "The WHO says the vaccine is safe", said by the World Health Organization: the clause opens with its
    # own speaker and verb of saying, and a second "X says" before it would tell one saying inside another
    named = named or (speech and bool(speaker) and _opens_with_own_saying(text))
    # "Roe, speaking to reporters, said ...": the clause opens with the speaker's surname
    surname = speaker.split()[-1] if len(speaker.split()) > 1 else ""
    # ("Mr Varga described ...", "Adm Lund said ..." name Tomas Varga and Ruth Lund too)
    named = named or (
        # (a pattern per speaker: compiled only for a clause that holds the name at all)
        len(surname) > 2 and surname in text and _surname_opening(surname).match(text) is not None
    )
    # "Near the end of the tape, there is a pause before Judge Kroll asks: ...": the clause has the
    # speaker with its own verb of saying, wherever it stands
    last_word = speaker.split()[-1] if speaker else ""
    in_clause = _name_saying(last_word).search(text) if len(last_word) > 1 and last_word in text else None
    # (not in an attribution that closes the clause: "..., senior vice-president Mr Wells said")
    named = named or (
        in_clause is not None and not re.search(r",\s+(?:[\w.-]+\s+){0,5}$", text[: in_clause.start()])
    )
    # "At one point in the morning, Roe chided the firm for ...": an opening phrase, then the speaker doing
    # something; the clause tells who acted, and "Jane Roe says at one point ..." would print a phrase as
    # the words said
    acting = _speaker_acting_after_opening(text, last_word) if speech and speaker and not named else -1
    if acting > 0:
        text, named = text[acting:], True
    # "A U.S. envoy urged calm", said by the United States: the subject of the clause holds the speaker, and
    # "United States says a U.S. envoy ..." would name it twice
    subject_named = _speaker_subject_at(text, speaker) if speech and speaker and not named else -1
    opening_end = text.rfind(", ", 0, subject_named)
    if subject_named >= 0 and len(text) > TITLE_MAX and opening_end >= 0:
        # ("On top of the delays at the port, the Ruritania customs office must ...": a phrase before the
        # subject goes before any word of what it did)
        main = f"{text[opening_end + 2 : opening_end + 3].upper()}{text[opening_end + 3 :]}"
        text = text if is_fragment(fit(main)) else main
    named = named or subject_named >= 0
    # "It was handing out tents, but warned that ...": a clause whose subject is a pronoun does not name
    # who spoke, whatever verb of saying comes later in it
    pronoun = _PRONOUN_OPENING.match(text)
    if speech and speaker and pronoun and _SAYING.fullmatch(pronoun.group(2)) and a_body(speaker):
        # "It said ..." -> "The agency said ..."
        body_said = f"{speaker} {text[pronoun.end(1) :].lstrip()}"
        return _with_short_speaker(fit(body_said), body_said, speaker, short_speaker)
    if (
        speech
        and speaker
        and pronoun
        and _SAYING.fullmatch(pronoun.group(2))
        # (a clause given without its sentence is the whole sentence, "He said ..." as written)
        and _speaker_pronoun(pronoun, speaker, sentence or text)
    ):
        # "In an interview, she said the plant would close": the speaker is the pronoun, and "Jane Roe says
        # she said ..." would tell one saying inside another
        return _fit_said(_agreeing(f"{speaker} {text[pronoun.end(1) :].lstrip()}"), speaker, short_speaker)
    role_said = _ROLE_SAYING_OPENING.match(text) if speech and speaker and not named else None
    if (
        role_said is not None
        and _FULL_NAME.fullmatch(speaker)
        and not a_body(speaker)
        # ("Downing Street", "the White House": a seat of government speaks for its office, and is no holder
        # the office the clause names)
        and speaker.split()[-1].lower() not in _SEAT_OF_OFFICE
        and _role_is_the_sentence_subject(sentence or text, text)
    ):
        # "The governor cautioned Sunday that the repairs could take weeks", said by Ana Roe: the office is
        # the speaker, and "Ana Roe says the governor cautioned ..." would tell one saying inside another
        return _fit_said(f"{speaker} {text[role_said.start('verb') :]}", speaker, short_speaker)
    if speech and speaker and not named and _as_quotation(text, quoted):
        # ('"We expect losses" among the herds, said Roe': the quotation ends at its closing mark; the words
        # after it are the writer's, and set inside the title's own quotation marks they would read as hers)
        words = _QUOTATION_CLOSED.split(text, maxsplit=1)[0] or text
        return _fit_said(f"{speaker}: “{words[:1].upper()}{words[1:]}”", speaker, short_speaker)
    if speech and speaker and not named and (not _says_for_itself(text, speaker) or pronoun):
        first = text.split(" ", 1)[0]
        # reported words as the sentence has them: "The board said costs were rising" gives the clause
        # "Costs were rising", whose capital the sentence never wrote
        written_lower = clause.lstrip(" \"“'‘`")[:1].islower() or written_lower_in(text, sentence)
        pronoun_i = re.match(r"I\b(?!\.)", text) is not None  # "X says I always ...", never "i"
        if not pronoun_i and (
            written_lower
            # "We're running out", "They've left": a contraction opens with its pronoun
            or re.split(r"[’']", first.lower().rstrip(",;:"))[0] in COMMON_OPENERS
            # "X says in my 42 years ...", "X says yes, people will ...": a preposition or an answer
            or first.lower().rstrip(",;:") in _LOWER_AFTER_SAYS
            or _PAST_VERB.fullmatch(first)
            or _common_word_opening(text)
        ):
            text = text[:1].lower() + text[1:]
        # "Called Beijing the key enabler": the clause lost its subject, the speaker is it
        # ("Local reports", "Health officials": a plural noun in lower case closes the speaker's name)
        says = "say" if plural_speaker(speaker) else "says"
        if _claimed_thing(text, sentence):
            says = "claim" if says == "say" else "claims"  # "claims sovereignty over the reefs": no saying
        # ("Bottled water had kept her going": a participle before a verb of its clause qualifies the subject)
        lost_subject = _PAST_VERB.fullmatch(first) and not _VERB_AFTER_PARTICIPLE.match(text)
        text = f"{speaker} {text}" if lost_subject else f"{speaker} {says} {text}"
    return _fit_said(_agreeing(text), speaker, short_speaker)


# "The governor cautioned ...", "The foreign minister warned ...": an office named alone, then its verb of
# saying
_ROLE_SAYING_OPENING = re.compile(
    rf"(?i:the)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{alternatives(SPEAKER_ROLES)})\s+(?:also\s+)?"
    r"(?P<verb>(?:said|told|cautioned|warned|announced|insisted|stressed|argued|urged|added|conceded|admitted"
    r"|acknowledged|predicted|vowed|pledged|promised)\s)"
)


_SEAT_OF_OFFICE = frozenset("street house palace hall office hill square building mansion residence".split())


def _role_is_the_sentence_subject(sentence: str, text: str) -> bool:
    """Whether the office that opens `text` is the subject of its `sentence`, with no saying before it ("Roe
    said the governor warned ..." reports the governor's words, and he is not the speaker Roe)."""
    head = " ".join(text.split()[:2]).lower()
    at = " ".join(sentence.split()).lower().find(head)
    return at >= 0 and _SAYING_WORD.search(" ".join(sentence.split())[:at]) is None


# Words quoted, who said them, then a clause of time that tells what happened: '"It was terrible," said a
# resident after the dam collapsed on Sunday'. The quotation is a bystander's feeling; the clause after
# the conjunction states the act, with its own subject and verb (a pronoun there names nobody)
_QUOTATION_THEN_ACT = re.compile(
    r"^[\"“‘'`]*[^\"“”]{2,}?[,!?…]*[\"”’']+\s+"
    r"(?:(?:said|says|added|adds|recalled|explained)\s+[^,;:\"“”]{2,60}?"
    r"|[^,;:\"“”]{2,60}?\s+(?:said|says|added|adds|recalled|explained))"
    r"(?:,\s+[^,;:\"“”]{2,80}?,)?"
    r"\s+(?:after|as|when|while|before|once)\s+"
    r"(?P<act>(?!(?i:it|he|she|they|we|i|you|this|that|there)\b)[^\"“”]{8,}?)[.!?]?$"
)


def _act_after_quotation(clause: str) -> str:
    """The act a sentence of quoted words states after who said them, as a title, or ""."""
    found = _QUOTATION_THEN_ACT.match(" ".join(clause.split()))
    if found is None or _FINITE.search(found.group("act")) is None:
        return ""
    title = headline(found.group("act"))
    return title if len(title.split()) >= 3 and not is_fragment(title) else ""


_THIRD_PERSON_OPENING = re.compile(r"(?:He|She|It|They)(?:['’](?:s|d|ll|re|ve))?\s+\w")
# The attribution that closes a sentence of reported words, with no quotation marks before it: ", the party
# spokesman said", ", Jane Roe told reporters on Monday"
_CLOSING_SAYER = re.compile(
    # (a plural without its article too: ", health officials said", ", police said"; not a clause of its own
    # opening with a conjunction: ", as its owners said")
    r",[\"”’]?\s+(?:(?P<described>(?i:the|a|an)\s+[^,\"“”]{2,60}?|(?!(?:as|or|so|if|and|but|while|when|because|after|before|though|although|since|until)\b)(?:[a-z]+\s+){0,2}(?:[a-z]{3,}s|police))|(?P<name>(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+))"
    r"\s+(?:said|says|told\s+(?:reporters|journalists|(?:the|a)\s+[\w\s]{2,40}?))"
    r"(?:\s+(?:on|late|early|in\s+a)\s+[\w\s]{2,30}?|\s+\w+)?\s*[.!]?[\"”]?\s*$"
)
_SAYER_PRONOUN = frozenset(
    "he she it they we i you this that these those its his hers ours theirs yours".split()
)


def _closing_sayer(sentence: str, text: str) -> str:
    """Who the attribution that closes `sentence` names as the one who said `text`, as a headline names
    them ("Party spokesman"); "" when the sentence has none, or quotes the words (the quotation's own rule
    names its speaker)."""
    head = " ".join(text.split()[:3]).lower()
    at = sentence.lower().find(head) if head else -1
    if at < 0 or re.search(r"[\"“”]|``", sentence[:at]):
        return ""
    found = _CLOSING_SAYER.search(sentence, at)
    if found is None:
        return ""
    name = found.group("name") or ""
    described = found.group("described") or ""
    if name.lower() in _SAYER_PRONOUN or (described and described.split()[-1].lower() in _SAYER_PRONOUN):
        return ""
    return name or _as_speaker(described)


# Words before a speaker's name that make it the object of a phrase, not the subject's head ("strikes on
# Ruritania", "passengers who flew to the capital in southern Ruritania")
_PHRASE_BEFORE_NAME = frozenset(
    """in on at for with from by into over during to of against about near across than like after
    before""".split()
)
SPEAKER_NEAR_VERB = 3


def _speaker_forms(speaker: str) -> list[str]:
    """How a clause may name its speaker: whole ("Jane Roe"), by surname ("Roe") or by initials ("US" for
    "United States"); a dotted "U.S." matches initials too."""
    forms = [re.escape(speaker)]
    name = _FULL_NAME.fullmatch(speaker)
    if name is not None and not a_body(speaker) and not plural_speaker(speaker):
        forms.append(re.escape(name.group("surname")))
    words = speaker.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        forms.append(r"\.?".join(w[0] for w in words) + r"\.?")
    return forms


def names_speaker(title: str, speaker: str) -> bool:
    """Whether a title names who spoke: by the speaker's last word ("Roe says ..."), or in its own
    subject ("A U.S. envoy urged calm" for "United States")."""
    return speaker.split()[-1].lower() in title.lower() or _speaker_subject_at(title, speaker) >= 0


def _may_name(subject: str, speaker: str) -> bool:
    """Whether `subject` may hold one of `_speaker_forms`: a word of the name, or its initials once the
    points are left out (the plain look first: the pattern per speaker is compiled only when it may match)."""
    words = speaker.split()
    if not words:
        return True
    if any(word in subject for word in words):
        return True
    return len(words) > 1 and "".join(w[0] for w in words) in subject.replace(".", "")


def _speaker_subject_at(text: str, speaker: str) -> int:
    """Where the clause's subject names the speaker, near its verb and not inside a phrase: "Chairman
    Jane Roe confirmed ...", "A U.S. envoy urged ..." for "United States"; -1 for "Strikes on Ruritania
    killed ..." or "Roe's lawyers said ..." (whose subject is another's)."""
    verb = _FINITE.search(text)
    if verb is None or verb.start() == 0:
        return -1
    subject = text[: verb.start()]
    if not _may_name(subject, speaker):
        return -1
    for found in re.finditer(rf"(?<![\w.])(?:{'|'.join(_speaker_forms(speaker))})(?![\w’'-])", subject):
        before = subject[: found.start()].lower().split()[-2:]
        between = subject[found.end() :].split()
        if (
            not (set(before) & _PHRASE_BEFORE_NAME)
            and len(between) <= SPEAKER_NEAR_VERB
            and not re.search(r"[,;:()“”\"]", subject[found.start() :])
        ):
            return found.start()
    return -1


# a verb of telling other than "say", before the "that" of the clause it reports
_TELLS_THAT = (
    r"(?:reports|reported|announced|announces|confirmed|confirms|warned|warns|stated|states)\s+that\s"
)
# A subject and its verb of saying that open a clause: "The UN says", "Local officials said", never a
# pronoun ("He said" is the speaker's own, handled as such) nor a word that only opens the sentence
_OWN_SAYING_OPENING = re.compile(
    r"(?:The\s+)?(?!(?:It|He|She|They|We|I|You|This|That|There)\s)[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}"
    r"\s+(?:says|say|said)\s+(?=\w)"
    # ("The Relief Agency reports that ...": another verb of telling, with "that" so it reports a clause)
    rf"|(?:The\s+)?(?!(?:It|He|She|They|We|I|You|This|That|There)\s)[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){{0,3}}"
    rf"\s+{_TELLS_THAT}"
)


def _closing_names(closing: str, speaker: str) -> bool:
    """Whether the attribution closing a clause names the speaker, whatever its case: "..., experts say"
    closes words said by Experts as "..., Roe said" closes Jane Roe's."""
    return speaker.split()[-1].lower() in closing.lower()


@functools.lru_cache(maxsize=4096)
def _plural_say_closing(last: str) -> re.Pattern[str]:
    """ "..., experts say", closing a clause or the first of two (the patterns per speaker are kept here, as
    `_surname_opening`'s are)."""
    return re.compile(rf"(?i),\s+(?:[\w-]+\s+){{0,3}}{re.escape(last)}\s+say(?:\W*$|(?=,\s+(?:and|but)\s))")


def _without_closing_plural_say(text: str, speaker: str) -> str:
    """`text` without a closing "..., experts say" that names the speakers in the plural present (the
    verb the other closing attributions leave out), so the title names them once, before the words."""
    last = speaker.split()[-1]
    if len(last) <= 2:
        return text
    if text.isascii() and last.isascii() and last.lower() not in text.lower():
        return text  # (the plain look first, exact in ASCII: the pattern per speaker is compiled if needed)
    # (or closing the first of two clauses joined by "and" or "but": "..., experts say, and ...")
    closing = _plural_say_closing(last).search(text)
    if closing is None or len(text[: closing.start()].split()) < 3:
        return text
    return f"{text[: closing.start()]}{text[closing.end() :]}".rstrip(" ,")


def _opens_with_own_saying(text: str) -> bool:
    """Whether the clause opens with a named subject and its verb of saying ("The UN says the port will
    reopen"): it tells who said it, in the words of the report, whoever the speaker was found to be."""
    return _OWN_SAYING_OPENING.match(text) is not None or _BODY_SAYING_OPENING.match(text) is not None


# ... or a body named by its kind: "The oil firm said today that ...", "The ministry says ..."
_BODY_SAYING_OPENING = re.compile(
    r"The\s+(?:[a-z][\w’'-]*\s+){0,2}(?:company|firm|group|ministry|department|agency|government|council"
    r"|commission|committee|board|authority|court|party|union|police|army|military|embassy|office|bank|airline"
    r"|operator|regulator|insurer|carrier|utility|organisation|organization)\s+(?:(?:says|said)\s+(?=\w)"
    rf"|{_TELLS_THAT})"
)


# ", said Jane Roe, the port's director, will ...": an attribution with the verb before the name, set
# between commas in the middle of what was said
_INVERTED_SAID_ASIDE = re.compile(
    r"(?<=\w),\s+(?:said|says|added|adds)\s+(?P<who>[^,;:“”\"]{2,80}?),\s+"
    # (the verb of what was said follows: ", said Jane Roe, a former inspector" closes the sentence instead)
    r"(?=(?:will|would|could|can|may|might|must|should|shall|is|are|was|were|has|have|had|[a-z]{3,}ed)\s)"
)


def _without_inverted_said_aside(text: str, surname: str) -> str:
    """`text` without an attribution to the speaker set in its middle: "The rest of the oil, said Jane Roe,
    will break down" -> "The rest of the oil will break down"; the title names her before the words."""
    if len(surname) <= 2 or surname not in text:
        return text
    for aside in _INVERTED_SAID_ASIDE.finditer(text):
        if re.search(rf"\b{re.escape(surname)}\b", aside.group("who")):
            return f"{text[: aside.start()]} {text[aside.end() :]}"
    return text


def _claimed_thing(text: str, sentence: str) -> bool:
    """Whether the clause is the noun object of "claim" in its sentence, not words said: "The state still
    claims sovereignty over the reefs" claims a thing, and "The state says sovereignty over the reefs"
    would tell nothing; "claims the reefs are its own" reports a clause."""
    if not sentence or _FINITE.search(text) or re.match(r"(?i:that)\s", text):
        return False
    return (
        re.search(rf"\b(?i:claims?|claimed)\s+{re.escape(text[:30])}", " ".join(sentence.split())) is not None
    )


# A speaker and the verb of saying that opens a title: "Farmers in the valley says ..."
_WHO_SAYS = re.compile(r"^(?P<who>[A-Z][^,;:“”\"]{2,60}?) (?P<verb>says|say) ")
# Voices named by one person's role ("Spokesman for the farms", "Official at the port")
_ONE_VOICE = frozenset("spokesman spokeswoman spokesperson official aide lawyer representative".split())


def _agreeing(text: str) -> str:
    """`text` with "says" or "say" after the speaker that opens it agreeing with the speaker's number, as
    the head noun before its phrase has it: "Supporters of the ban say", "Spokesman for the farms says"."""
    found = _WHO_SAYS.match(text)
    if found is None:
        return text
    who, verb = found.group("who"), found.group("verb")
    head = _SPEAKER_PHRASE.split(who, maxsplit=1)[0]
    if verb == "says" and plural_speaker(who):
        return f"{who} say {text[found.end() :]}"
    if verb == "say" and head != who and head.split()[-1].lower() in _ONE_VOICE:
        return f"{who} says {text[found.end() :]}"
    return text


def _speaker_pronoun(pronoun: re.Match[str], speaker: str, sentence: str) -> bool:
    """Whether the pronoun that opens a clause before its verb of saying stands for the speaker: a person's
    "he" or "she", a body of people's "they", the subject of the sentence's own verb of saying ("He said",
    ", she told"), not of words reported after one ("Roe said he told ...": "he" may be another)."""
    word = pronoun.group(1).lower()
    if word in ("he", "she"):
        fits = not a_body(speaker) and not plural_speaker(speaker)
    else:
        fits = word == "they" and plural_speaker(speaker)
    said = re.compile(rf"(?i:\b{word})\s+{re.escape(pronoun.group(2))}\b")
    found = said.search(sentence) if fits and sentence else None
    # (the pronoun opens the sentence, or its main clause after an opening phrase and its comma)
    return found is not None and _MAIN_CLAUSE_BEFORE.search(sentence[: found.start()]) is not None


# What stands before the subject of a sentence's main clause: nothing, a joining word, or a comma
_MAIN_CLAUSE_BEFORE = re.compile(r"(?:^|,|^(?:But|And|Yet|So|However|Still|Later|Then))[\s\"“'‘]*$")


def written_lower_in(text: str, sentence: str) -> bool:
    """Whether the first word of `text`, capitalised, stands in lower case in `sentence` before the same
    second word ("Costs were" in "... said costs were rising"): the capital is only the clause's."""
    words = text.split(maxsplit=2)
    if len(words) < 2 or not words[0][:1].isupper() or not sentence:
        return False
    pair = f"{words[0]} {words[1]}"
    if pair.isascii() and sentence.isascii():
        # (the plain look first, exact in ASCII: the pattern per pair is compiled only when the second word
        # is there and the first is written somewhere in lower case, as it must be to answer yes)
        lowered, first = sentence.lower(), words[0].lower()
        if words[1].lower() not in lowered or not _written_lower(sentence, lowered, first):
            return False
    found = _word_pair(words[0], words[1]).search(sentence)
    if found is not None and found.group(1)[:1].islower():
        return True
    # ("Tests done in May were flawed, the board said, and the tests ...": a name is never written in lower
    # case, so the word the sentence writes so elsewhere, before a word in lower case, is a common word)
    return (
        words[0][1:].islower()
        and re.fullmatch(r"[a-z][\w’'-]*", words[1]) is not None
        and _written_lower_word(words[0]).search(sentence) is not None
    )


def _written_lower(sentence: str, lowered: str, word: str) -> bool:
    """Whether `word` (in lower case) is written in `sentence` opening with a lower-case letter."""
    at = lowered.find(word)
    while at >= 0:
        if sentence[at].islower():
            return True
        at = lowered.find(word, at + 1)
    return False


@functools.lru_cache(maxsize=4096)
def _written_lower_word(word: str) -> re.Pattern[str]:
    """The word as a whole word, opening with its lower-case letter."""
    return re.compile(rf"(?<![\w’'-]){re.escape(word[:1].lower())}{re.escape(word[1:])}(?![\w’'-])")


@functools.lru_cache(maxsize=4096)
def _word_pair(first: str, second: str) -> re.Pattern[str]:
    """Two words in a row, in any case, the first captured (kept as `_surname_opening` keeps its)."""
    return re.compile(rf"(?<![\w’'-])({re.escape(first)})\s+{re.escape(second)}(?![\w’'-])", re.IGNORECASE)


# A person's full name: a first name (or initials) and a surname, capitalised, no body's word in it
_FULL_NAME = re.compile(
    r"(?:[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+|[A-Z]\.)){0,2}\s+(?P<surname>[A-Z][a-z’'-]{2,})"
)


# Words that close a firm's or an outlet's name as a surname closes a person's ("Harbor Capital", "Lind
# Partners", "Valley News"): the name is not cut to them
_FIRM_KINDS = frozenset(
    """Capital Partners Securities Associates Holdings Investments Investors Advisors Advisers Research
    Markets Management Consulting Analytics Ventures Equity Energy Resources Industries Airlines Motors
    Media News Times Post Journal Press Herald Mail Telegraph Tribune Gazette Radio Television""".split()
)


def _fit_said(text: str, speaker: str, short: str = "") -> str:
    """`text` fitted; when it opens with the speaker's full name and would be cut off with "…", the
    surname alone ("Roe says the number of cases was expected to rise significantly"), as headlines name
    a person after the first mention: the words said keep their end. A body goes by the `short` form its
    report gives it, if any."""
    kept = fit(text)
    if _lost_verb_said(kept, text) or _verbless_said(kept, text):
        kept = _with_shorter_said_subject(text) or kept
    kept = _fit_said_name(text, speaker, kept)
    # ("X says the bill raising the wage and freezing pay was the…": the subject's head and its verb, when
    # neither the cut nor a shorter name leaves a clause)
    kept = (_with_shorter_said_subject(text) or kept) if kept.endswith(ELLIPSIS) else kept
    return _with_short_speaker(kept, text, speaker, short)


def _with_short_speaker(kept: str, text: str, speaker: str, short: str) -> str:
    """`kept`, or, when it is cut or lost its verb and `text` opens with the speaker's full name, the title
    with the speaker's `short` form, as a headline names a body its report also calls by initials ("CSO
    says the survey ship will sail again next week", never "Coastal Survey Office says the survey…")."""
    if (
        not short
        or not text.startswith(speaker)
        or not (kept.endswith(ELLIPSIS) or is_fragment(kept) or _lost_verb_said(kept, text))
    ):
        return kept
    shorter = _fit_said(short + text[len(speaker) :], short)
    if is_fragment(shorter):
        return kept
    # (still cut, but past the verb the long name left out: "CSO says the ship that ran aground is
    # leaking…" tells more than "Coastal Survey Office says the ship that…")
    return (
        shorter
        if not shorter.endswith(ELLIPSIS) or is_fragment(kept) or _lost_verb_said(kept, text)
        else kept
    )


def _fit_said_name(text: str, speaker: str, kept: str) -> str:
    """`kept`, or the speaker named by surname alone when that lets what was said end whole."""
    name = _FULL_NAME.fullmatch(speaker)
    if (
        not (kept.endswith(ELLIPSIS) or _lost_verb_said(kept, text))
        or name is None
        or not text.startswith(speaker)
        or a_body(speaker)
        or plural_speaker(speaker)
        or name.group("surname") in ORGANISATION_HEADS
        or name.group("surname") in _FIRM_KINDS
    ):
        return kept
    whole = name.group("surname") + text[len(speaker) :]
    shorter = fit(whole)
    if _lost_verb_said(shorter, whole) or _verbless_said(shorter, whole):
        shorter = _with_shorter_said_subject(whole) or shorter
    # (the room the first name made may let in the words that close a quotation: '... around," said Roe')
    closing = _SAYING_WORD.search(shorter, len(name.group("surname")) + 6)
    return (
        kept
        if shorter.endswith(ELLIPSIS)
        or closing is not None
        or is_fragment(shorter)
        or _lost_verb_said(shorter, whole)
        else shorter
    )


# Where a subject said may be shortened: an aside set off by commas, or a phrase of place, origin or time
# after its head noun, up to the verb ("a sharp rise in cases | in the three northern provinces | could
# ..."); never an "of" phrase, which the head noun often needs ("most of the ballots")
_SUBJECT_ASIDE = re.compile(r",\s+[^,;:“”\"]{3,80},\s+")
_SUBJECT_PLACE_PHRASE = re.compile(
    r"\s(?:in|at|on|from|across|near|around|along|outside|inside|throughout|since|during)\s+(?=[^,;:“”\"]{3,80}$)"
)


SUBJECT_KEPT_WORDS = 4
# Where what follows a subject's head noun opens: a preposition other than "of" (which says what the head
# is of), a relative pronoun, or a participle after a noun ("the bill setting ...", "the firms named ...")
_SUBJECT_MODIFIER = re.compile(
    r"\s(?=(?:in|into|at|on|from|with|for|by|about|over|under|after|before|between|against|among|across"
    r"|near|around|along|since|during|that|who|which|whose|where|known|including|like"
    r"|[a-z]{3,}ing|[a-z]{3,}ed)\s)"
)


_AUXILIARY_VERB = re.compile(
    r"(?i:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|does|do|did)"
)
_PREPOSITION_OPENING = re.compile(
    r"(?:in|into|at|on|from|with|for|by|about|over|under|between|against|among|across|near|around|along"
    r"|during|like)\s"
)
_NOT_THE_SUBJECTS_VERB = re.compile(
    # (nor a clause of time or cause inside it: "the order | just after forecasters determined ...")
    r"\b(?:who|which|that|whose|whom|where|when|said|says|say|told|after|before|because|since|until|once)\b|[.…]{2,}|\b(?:between|among|and)\s+\S+$",
    re.IGNORECASE,
)
_OPENS_WITHOUT_NOUN = re.compile(
    r"(?i:in|at|on|by|for|with|from|to|after|before|as|if|when|while|citing|according|it|he|she|they|we|I)\b"
)


def _with_shorter_said_subject(text: str) -> str:
    """ "X says <subject> <verb> ..." fitted with a phrase of the subject left out, when the whole cut would
    keep the subject without its verb: "The board says a sharp rise in cases in the three northern
    provinces could ..." -> "The board says a sharp rise in cases could ..."; "" when no such phrase makes
    room for the verb."""
    said = _WHAT_SAID.search(text)
    # (the first verb not a participle between an article and its noun: "a third of the | confirmed | cases
    # ... were")
    verb = (
        next(
            (
                found
                for found in _FINITE.finditer(text, said.start(1))
                if not found.group().islower()
                or _PARTICIPLE_AFTER_DETERMINER.match(text, text.rfind(" ", 0, found.start() - 1) + 1) is None
            ),
            None,
        )
        if said is not None
        else None
    )
    if said is None or verb is None:
        return ""
    start = said.start(1)
    subject = text[start : verb.start()].rstrip()
    # (the subject's first two words stay: what opens it and its head)
    head = len(" ".join(subject.split()[:2]))
    spans = [(m.start(), m.end()) for m in _SUBJECT_ASIDE.finditer(subject) if m.start() >= head]
    # ("a sharp increase | in burglary cases ...": a head noun of three words or fewer keeps the phrase that
    # says of what)
    spans += [
        (m.start(), len(subject))
        for m in _SUBJECT_PLACE_PHRASE.finditer(subject)
        if len(subject[: m.start()].split()) >= SUBJECT_KEPT_WORDS
    ]
    # ("the bill | setting new drilling standards ... was the least Congress could do", "gobs of oil | with
    # the consistency of tar ... will roll": when no phrase alone makes room, all that follows the head
    # noun and what it is of, up to the verb; a headline keeps the subject and its verb before any modifier)
    # (the first such opening only: a participle or preposition further on is inside the modifier; the
    # head's own "of" phrase goes last of all, "the release | of ... chemicals | into the sea could be")
    # (not when the verb found may be another's: one of a relative clause, "a man who | had ...", or a
    # participle after "the", "between the | ruptured well"; nor when the subject opens with no noun)
    if _AUXILIARY_VERB.fullmatch(verb.group()) and not (
        _NOT_THE_SUBJECTS_VERB.search(subject)
        # ("two ships monitoring the newly | capped well", "faults lay with the firm and its partners did":
        # only an auxiliary or modal is surely the subject's verb, and a subject joined by "and" may hold
        # a verb no list knows)
        or " and " in subject
        or not subject.split()
        or subject.split()[-1].lower() in _DETERMINERS
        or _OPENS_WITHOUT_NOUN.match(subject)
    ):
        modifier = _SUBJECT_MODIFIER.search(subject, head)
        # ("a sharp increase | in burglary cases": a short head keeps the phrase that says of what, as above)
        if (
            modifier is not None
            and _PREPOSITION_OPENING.match(subject, modifier.end())
            and len(subject[: modifier.start()].split()) < SUBJECT_KEPT_WORDS
            # (one set off by a comma is an aside: "the audit, like the one before it, had found")
            and not subject[: modifier.start()].endswith(",")
        ):
            modifier = None
        of_phrase = re.compile(r"\sof\s").match(subject, head)
        spans += [(m.start(), len(subject)) for m in (modifier, of_phrase) if m is not None]
    # (the shortest phrase that makes room: as much of the subject as the title can hold)
    for begin, end in sorted(spans, key=lambda span: span[1] - span[0]):
        shorter = (
            f"{text[:start]}{subject[:begin].rstrip(' ,')} {subject[end:].strip(' ,')} {text[verb.start() :]}"
        )
        shorter = " ".join(shorter.split())
        kept = fit(shorter)
        if (
            not kept.endswith(ELLIPSIS)
            and not _lost_verb_said(kept, shorter)
            and not is_fragment(kept)
            # (nor a list cut after its second item: "could be an unprecedented, large | and costly test")
            and not (re.search(r",\s+\S+$", kept) and re.match(r"\s*(?:and|or)\s", shorter[len(kept) :]))
            # (and the subject as left here, not shortened further by the fitting)
            and " ".join(subject[:begin].split()).rstrip(" ,") in kept
        ):
            return kept
    return ""


def _verbless_said(kept: str, text: str) -> bool:
    """Whether `kept`, `text` cut, keeps of what was said a phrase with no verb whose verb `text` has
    after the cut, past an aside ("X says the report, like its own inquiry | , had found ..."): no clause."""
    # (a cut with "…" too: "X says the audit, like the one before it, had found the…")
    kept = kept.removesuffix(ELLIPSIS)
    said = _WHAT_SAID.search(kept)
    verb = _FINITE.search(text, len(kept))
    if (
        verb is None
        or said is None
        or len(kept) >= len(text)
        or not text.startswith(kept)
        or len(said.group(1).split()) < 2
        or _said_has_verb(said.group(1))
        or _PRESENT_BEFORE_OBJECT.search(said.group(1)) is not None
        # ("you immediately blacken ...", "not all the faults lay ...": a pronoun or a negation opens a
        # clause whose verb no list knows)
        or _OWN_SUBJECT.match(said.group(1)) is not None
        or said.group(1).lower().startswith("not ")
    ):
        return False
    between = text[len(kept) : verb.start()]
    # (the verb near, and the subject's: "look at the square | , it's empty" opens a clause of its own)
    return (
        len(between.split()) < _VERB_WITHIN
        and not re.search(r"['’]", verb.group())
        and _OWN_SUBJECT.search(between) is None
    )


_OWN_SUBJECT = re.compile(r"\b(?i:it|he|she|they|we|you|there|this|these|those|who|which|that)\b|\bI\b")

# A participle in -ed that opens a subject and describes its noun: "suspected patients", "the infected
# workers", "confirmed cases" (no verb of what was said)
_DESCRIBING_PARTICIPLE = re.compile(
    r"^(?:(?i:the|a|an|some|many|all|more|most|two|three|\d[\d,]*)\s+)?[a-z]{3,}ed\s+(?=[a-z])"
)


def _said_has_verb(said: str) -> bool:
    """Whether the words said hold a finite verb, past a participle that only describes their subject's
    noun ("suspected patients in areas" holds none)."""
    said = _DESCRIBING_PARTICIPLE.sub("", said, count=1)
    # (nor one after an article or possessive further on: "a third of the confirmed cases in the city")
    return _FINITE.search(_PARTICIPLE_AFTER_DETERMINER.sub(" ", said)) is not None


def _lost_verb_said(kept: str, text: str) -> bool:
    """Whether `kept`, `text` cut, keeps the subject of what was said without its verb ("Jane Roe says more
    than 100 miles | of the coast had been hit"): a shorter name may make room for it."""
    return len(kept) < len(text) and text.startswith(kept) and _said_without_its_verb(kept, text[len(kept) :])


# A phrase of time, place or occasion that opens a clause, up to its comma: "At one point in the morning,",
# 'In an interview Tuesday with ABC's "Morning Show,"'
_OPENING_PHRASE = re.compile(
    r"^(?:at|in|on|during|after|before|with|outside|inside|later|earlier|then|finally|meanwhile|following"
    r"|speaking|asked|when|while|as)\b[^;:]{0,120}?,[”\"’']?\s+",
    re.IGNORECASE,
)
# ... and verbs of saying, which after a comma close words quoted ('"We will fight," Roe vowed')
_SAYING_AFTER_NAME = frozenset(
    """said says told added vowed warned insisted stressed noted explained argued claimed declared conceded
    admitted replied wrote asked recalled continued acknowledged countered promised pledged urged complained
    announced confirmed repeated remarked observed suggested""".split()
)


def _speaker_acting_after_opening(text: str, surname: str) -> int:
    """Where the speaker's name (with the capitalised words before it: a role, a first name) starts, when
    an opening phrase of time, place or occasion leads to it and the name does something other than speak
    ("At one point in the morning, Roe chided the firm ..."); -1 otherwise."""
    if len(surname) < 3 or surname not in text:
        return -1
    opening = _OPENING_PHRASE.match(text)
    if opening is None:
        return -1
    found = re.compile(
        rf"(?:[A-Z][\w&.'’-]*\s+){{0,6}}{re.escape(surname)}\s+(?:\w+ly\s+)?(?P<verb>[a-z]{{3,}}ed"
        rf"|{alternatives(IRREGULAR_PAST)}|has|had|was|is)\s(?P<object>(?:the|an?|his|her|its|their)\s)?"
    ).match(text, opening.end())
    # ("Roe repeated the pledge" is an act on what it names)
    if found is None or (found.group("verb") in _SAYING_AFTER_NAME and not found.group("object")):
        return -1
    return found.start()


# A quotation in the first person: "I don't think ...", "We're not leaving", "Our staff ..."
# ("US officials", "ME" are no first person)
FIRST_PERSON = re.compile(r"^(?:I|[Ww]e|[Mm]y|[Oo]ur|[Uu]s|[Mm]e)(?:['’](?:m|re|ve|ll|d|s))?\b(?!\.)")
# 'Jane Roe: “We will not leave”': a speaker and the words quoted
_QUOTED_REMARK = re.compile(r"^(?P<who>[^:“”\"]{2,60}):\s+“(?P<words>[^“”]+)”?$")


_QUOTATION_CLOSED = re.compile(r"[,.]?\s*[\"”]\s*")


def _as_quotation(text: str, quoted: bool) -> bool:
    """Whether words said are to be given as a quotation after their speaker: they are in the first
    person, or quoted and opening with a capital that "says" would leave standing ("Unfortunately ...")."""
    first = text.split(" ", 1)[0].strip(",;:")
    if FIRST_PERSON.match(text):
        return True
    lowered = re.split(r"[’']", first.lower())[0]
    if quoted and lowered in _THIRD_PERSON:
        # ('"He never sealed the deal," Roe said': "Roe says he never ..." would make Roe the one who failed)
        return True
    if quoted and lowered == "that":
        # ('"That estimate is based on ...," Roe said': after "says", "that" would read as the word that opens
        # what was said, and go, leaving "X says estimate is based ...")
        return True
    # ("The company will pay" reads as well after "says": "X says the company will pay")
    return (
        quoted and first[:1].isupper() and lowered not in COMMON_OPENERS and lowered not in _LOWER_AFTER_SAYS
    )


# Who spoke words quoted, as the sentence tells it after the quotation by a description ('," a spokesman
# said', '," the former league chairman told the radio') or by a description and a name ('," the port's
# chief, Jane Roe, said'); names alone are `_WHO_AFTER_QUOTATION`'s
_DESCRIBED_AFTER_QUOTATION = re.compile(
    rf"[,!?…]*(?:[\"”]|'')\s+(?:(?P<described>(?i:the|a|an|one)\s+[^,\"“”]{{2,60}}?)"
    # (a one-word aside is the place the one described is from: '," a ferryman from Kale, Borduria, told ...')
    rf"(?:,\s+(?:(?P<name>(?:[A-Z][\w’'.-]+\s+){{1,3}}[A-Z][\w’'.-]+)|[A-Z][\w’'.-]+),)?\s+{_QUOTE_SAID}\b"
    rf"|{_QUOTE_SAID}\s+(?P<described_after>(?i:the|a|an|one)\s+[^,\"“”.]{{2,60}}?)\s*(?:[,.]|$))"
)
# ... or before it: 'The brothers said: "...', 'Jane Roe, the region's governor, was blunt: "...'
_WHO_BEFORE_QUOTATION = re.compile(
    rf"^(?:(?P<who>[A-Z][^\"“”:,]{{1,60}}?)\s+(?:(?:\w+ly|also|later|then|again)\s+)?{_QUOTE_SAID}\b[^\"“”:]{{0,60}}"
    rf"|(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}}),[^\"“”:]{{0,160}}):\s*(?:[\"“]|``)"
)
DESCRIBED_SPEAKER_WORDS = 6


_RELATIVE_WORDS = frozenset("who whose whom which that".split())


def _as_speaker(who: str) -> str:
    """A speaker as a headline names one before a quotation: "a spokesman" -> "Spokesman", "the former
    league chairman" -> "Former league chairman"; "" for words that hold a verb (no description)."""
    words = who.split()
    if words and words[0].lower() in ("the", "a", "an", "one"):
        words = words[1:]
    # ("a farmer who fled the valley": the description ends where the relative clause about it begins)
    relative = next((at for at, word in enumerate(words) if word in _RELATIVE_WORDS), len(words))
    words = words[:relative] if relative >= 1 else words
    named = " ".join(words)
    # (a verb among the words in lower case makes them a clause; "Cut Off", a name, holds none)
    if (
        not words
        or len(words) > DESCRIBED_SPEAKER_WORDS
        or _FINITE.search(" ".join(w for w in words if w.islower()))
    ):
        return ""
    return named[:1].upper() + named[1:]


def quotation_speaker(sentence: str, words: str) -> str:
    """Who the `sentence` says spoke `words`, when they are words it quotes and it tells who spoke them,
    before or after the quotation; "" otherwise."""
    head = " ".join(words.split()[:3]).lower()
    at = sentence.lower().find(head) if head else -1
    if at < 0:
        return ""
    before = sentence[:at]
    if not (
        before.count('"') % 2 == 1
        or before.count("“") > before.count("”")
        or before.count("``") > before.count("''")
    ):
        return ""  # the words are the sentence's own, not words it quotes
    closing = re.search(r"[\"”]|''", sentence[at:])
    if closing is not None:
        after = sentence[at + closing.start() - 3 :]
        end = re.match(r".{0,3}?(?=[,!?…]*(?:[\"”]|'')\s)", after)
        tail = after[end.end() :] if end is not None else ""
        named = _WHO_AFTER_QUOTATION.match(tail)
        if named is not None:
            return named.group("name") or named.group("name_after")
        described = _DESCRIBED_AFTER_QUOTATION.match(tail)
        if described is not None:
            return described.group("name") or _as_speaker(
                described.group("described") or described.group("described_after")
            )
    opening = _WHO_BEFORE_QUOTATION.match(sentence)
    if opening is None or re.search(r"[\"“”]|``", sentence[opening.end() : at]):
        return ""
    return opening.group("name") or _as_speaker(opening.group("who"))


# A verb of saying right before the clause said: "A union alleges that | it was never consulted", "Jane
# Roe, organiser of the march, said | she would ..."
_SAYING_BEFORE_CLAUSE = re.compile(
    r"\s(?P<verb>said|says|say|told\s+(?:[\w.]+\s+){0,2}?(?:reporters|journalists|[A-Z][\w.]*)|alleges|alleged"
    r"|claims|claimed|insists|insisted|believes|believed|warns|warned)\s+(?:that\s+)?$"
)
_NAME_DESCRIBED = re.compile(r"^(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s")
SAYING_SUBJECT_WORDS = 8


# the verb a headline gives a saying in, by the verb of the sentence (its plural form is the bare one)
_HEADLINE_SAYING = {
    "alleges": "alleges",
    "alleged": "alleges",
    "claims": "claims",
    "claimed": "claims",
    "insists": "insists",
    "insisted": "insists",
    "believes": "believes",
    "believed": "believes",
    "warns": "warns",
    "warned": "warns",
}


def saying_subject(sentence: str, clause: str) -> tuple[str, str]:
    """Who the `sentence` says said `clause`, and the verb a headline gives it, when the clause follows the
    verb of saying at once and its subject is a name or a noun phrase ("A union alleges that it ..." ->
    ("A union", "alleges"); "Jane Roe, organiser of the march, said she ..." -> ("Jane Roe", "says"));
    ("", "") otherwise."""
    head = " ".join(clause.split()[:4]).lower()
    at = sentence.lower().find(head) if head else -1
    saying = _SAYING_BEFORE_CLAUSE.search(sentence, 0, at) if at > 0 else None
    if saying is None:
        return ("", "")
    before = sentence[: saying.start()].strip()
    named = _NAME_DESCRIBED.match(before)
    # ("As the agency reports X, local officials on the coast say ...": the main clause's subject follows
    # the last comma; a name set off with its description before the verb is the subject)
    subject = (
        named.group("name") if named is not None and before.endswith(",") else before.rsplit(", ", 1)[-1]
    )
    words = subject.split()
    if (
        not words
        or len(words) > SAYING_SUBJECT_WORDS
        or _FINITE.search(subject)
        or re.search(r"[\"“”;:()]", subject)
        or words[0].lower() in _NOT_OPENING | _PERSONAL_PRONOUNS | _SUBORDINATING
        or words[-1].lower() in _DETERMINERS | _PREPOSITIONS
    ):
        return ("", "")
    verb = _HEADLINE_SAYING.get(saying.group("verb"), "says")
    return (subject[:1].upper() + subject[1:], verb.removesuffix("s") if plural_speaker(subject) else verb)


_SUBORDINATING = frozenset("as when while if because although though since once until after before".split())


# A person other than the speaker, in words the speaker is quoted as saying
_THIRD_PERSON = frozenset("he she his her him".split())


_SAYING_NAMED = re.compile(r"(?:said|says|asks|asked|told|tells|added|adds|wrote|writes|replied|replies)\b")
_LOWER_AFTER_SAYS = frozenset(
    """in on at for with from by during under over without within until yes well even only just up around
    beyond amid amidst against between through throughout across along behind toward towards
    almost nearly roughly about approximately half several dozens hundreds thousands millions among
    besides following regardless unlike upon via
    another further fewer additional four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty hundred dozen scores thirteen fourteen sixteen seventeen eighteen nineteen sixty seventy
    eighty ninety""".split()
)
_PRONOUN_OPENING = re.compile(r"(?i)(it|he|she|they|we)\s+(\w+)")
# A capital that only opens the sentence, on a word whose ending is that of a common word, not a name:
# an adjective or a noun before the noun it describes ("Final tests", "Industrial output", "Government
# policy"), or a plural noun before a verb that only a plural takes ("Competitors do", "Workers have")
_COMMON_MODIFIER = re.compile(r"[A-Z][a-z]{2,}(?:al|ous|ive|ary|ory|able|ible|ment|ity)")
_COMMON_PLURAL = re.compile(r"[A-Z][a-z]{3,}(?:ions|ments|ists|ities|ials|ants|ents|ators|itors|ers|ors)")
_PLURAL_VERB = frozenset("are were have do don't don’t aren't aren’t weren't weren’t haven't haven’t".split())
# (words that open no noun phrase a modifier could describe: "Portugal and Spain", "Nepal in 2015")
_FUNCTION_WORDS = frozenset(
    """and or but nor of in on at to for with from by as than that which who whose where when while if
    is was are were has have had will would could can may might must should also said says""".split()
)


# Common English words that may open a noun phrase ("Major roads were closed", "Local people say ..."): the
# frequent words of jusText's English stop-list, less those that are names capitalised wherever they stand:
# given names and months ("David", "May") and words of a nation ("French", "British", "Japanese")
_ORDINARY_OPENERS = frozenset(
    word
    for word in justext.get_stoplist("English")
    if word.isalpha()
    and word.title() not in MEN_GIVEN_NAMES | WOMEN_GIVEN_NAMES | set(MONTH_NAMES)
    and not re.search(r"(?:an|ish|ese|ch)$", word)
)


# (a word in -ing opening a clause, "Making", "Keeping"; never "Beijing", which no determiner follows)
_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")


def _common_word_opening(text: str) -> bool:
    """Whether the clause's first word is capitalised only as the sentence's first ("Final tests are
    needed", "Competitors do tend to ..."), so "X says" lowers it; names ("Portugal has", "Sanders will")
    keep their capital."""
    words = text.split(maxsplit=2)
    # ("Technological disasters, like ...": the comma after the second word is no part of it)
    if len(words) < 2 or not re.fullmatch(r"[a-z][\w’'-]*", words[1].rstrip(",;:")):
        return False
    first, second = words[0], words[1].rstrip(",;:").lower()
    if first in country_spellings() or first in city_index():
        return False  # "Nepal police", "Montreal officials": a place names the body
    # (a frequent word that is a verb, or takes a determiner after it, is no modifier: "Was a", "Like the")
    ordinary = first[1:].islower() and first.lower() in _ORDINARY_OPENERS and _FINITE.fullmatch(first) is None
    if _COMMON_MODIFIER.fullmatch(first) or (ordinary and second not in _DETERMINERS):
        return (
            second not in _FUNCTION_WORDS and _FINITE.fullmatch(second) is None and not second.endswith("ly")
        )
    if second == "of" and re.match(r"\S+\s+of\s+(?:the|an?|its|their|this|these|[a-z]{3,}\s)", text):
        # "Inspection of the dam found ...": a noun and what it is of, all in lower case after it; a name
        # with "of" goes on in capitals ("Bank of Ruritania")
        return True
    if _GERUND.fullmatch(first) and second in _DETERMINERS:
        return True  # "Making the case worse is ...": a gerund and its object, no name
    third = words[2].split(maxsplit=1)[0].lower() if len(words) > 2 else ""
    if (
        _GERUND.fullmatch(first)
        and re.fullmatch(r"[a-z]{2,}[^s]s", second)
        and third in _MODALS | _PLURAL_VERB
    ):
        # "Rising prices will ...", "Falling sales were ...": a participle describing a plural subject
        return True
    # (a modal follows a plural of a common noun's ending, "Officials will", never one in -ers or -ors, which
    # a surname may have: "Sanders will")
    return _COMMON_PLURAL.fullmatch(first) is not None and (
        second in _PLURAL_VERB or (second in _MODALS and re.search(r"(?:er|or)s$", first) is None)
    )


# An "it" that stands for nothing named: a span of time ("It was 18 days before the well blew") or a
# judgement on the clause after it ("It became clear that ...", "It is likely to ...")
EXPLETIVE_IT = re.compile(
    r"it\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|became|becomes|seems|seemed|appears|appeared)\s+"
    r"(?:(?:not|now|still|already|also|only|just|almost|nearly|about|exactly|more\s+than|less\s+than)\s+)*"
    rf"(?:(?:{_COUNT_WORD}|several|a\s+few|many)\s+(?:full\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:before|after|since|until|ago|later|earlier)\b"
    r"|(?:\w+ly\s+)?(?:clear|unclear|likely|unlikely|possible|impossible|certain|uncertain|true|important"
    r"|necessary|difficult|hard|easy|time|too\s+early|too\s+late|unknown|known|expected|feared|thought|believed"
    r"|understood|reported|estimated|evident|obvious|apparent|plain)\b(?:\s+[\w’'-]+){0,3}?\s+"
    r"(?:that|whether|if|how|why|when|what|who|to)\b)",
    re.IGNORECASE,
)


_VOICE_WORDS = frozenset(
    """spokesman spokeswoman spokesperson official officials statement spokespeople representative aide
    lawyer lawyers attorney it he she they we i who which""".split()
)


def _says_for_itself(text: str, speaker: str) -> bool:
    """Whether the clause tells its own saying by the speaker: "A spokesperson declined to comment", "The
    ministry said ..." (for "Egypt's interior ministry"). "The doctor told police he left", reported by Jane
    Roe, is somebody else's saying inside her remarks, and needs her name."""
    saying = _SAYING.search(text)
    if saying is None:
        return False
    subject = {w.strip(",.'’\"“”").lower() for w in text[: saying.start()].split()}
    subject -= {"the", "a", "an", "its", "his", "her", "their", "also", "has", "have", "had", "but", "and"}
    spoken = {w.strip(",.'’").lower() for w in speaker.split()}
    return not subject or bool(subject & (spoken | _VOICE_WORDS))


def a_body(speaker: str) -> bool:
    """A speaker "it" can stand for: an organisation by its form ("Harbour Authority", "WHO")."""
    return any(
        word in ORGANISATION_HEADS
        or word.lower() in COLLECTIVE_SPEAKERS
        # (an initial is no acronym: "Jane Q. Roe" is a person)
        or (word.isupper() and len(word.rstrip(".")) > 1)
        for word in speaker.split()
    )


# The clause already tells who spoke ("a spokesperson declined to comment", "Lin gave a statement").
_SAYING = re.compile(
    r"\b(said|says|told|declined\s+to\s+comment|statement|announced|called|urged|warned|stressed|claims?"
    r"|claimed|denied|denies|insists?|insisted)\b",
    re.IGNORECASE,
)
# "Officials", "Kenyan authorities", "Analysts": a body of people says in the plural
_PLURAL_SPEAKER = re.compile(
    # ("Diplomats in Dakar": where they sit does not make them one)
    r"(?i)\b("
    + "|".join(sorted({w for w in COLLECTIVE_SPEAKERS if w.endswith("s")} | set(PLURAL_WITHOUT_S)))
    + r")(?:\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?$"
)


# Nouns in -ing, which are no participles: "all morning", "the building", "a hearing"
_NOUNS_IN_ING = (
    "morning|evening|nothing|something|anything|everything|thing|king|spring|string|building|meeting|ceiling"
    "|wedding|during|briefing|hearing|funding|ring|wing|ruling|offering|finding|warning|clothing|housing"
    "|pudding|training|spending|shipping|bidding|fixing|rigging|lending|booking|bombing|shooting"
    "|landing|parking|painting|setting|heading|opening|ending|savings?"
)


# "People familiar with", "Officials close to", "Police investigating", "Residents affected": the word after
# a plural head that describes the group; never a job noun ("Police chief Ann Roe", "Staff nurse Ann Roe"),
# whose head is the one person it names
_DESCRIBES_THE_GROUP = re.compile(
    rf"familiar|close|involved|present|(?!(?:{_NOUNS_IN_ING})$)[a-z]{{2,}}(?:ed|ing)"
)


# "Relatives", "Rescuers", "Witnesses": one word naming people in the plural
def plural_speaker(speaker: str) -> bool:
    """Whether a speaker's name is a body of people named in the plural ("Officials", "Health officials"),
    whose verb is plural ("Officials deny ...")."""
    # ("Supporters of the ban", "Spokesman for the farms": the head noun before its phrase decides)
    head = _SPEAKER_PHRASE.split(speaker, maxsplit=1)[0]
    words = head.split()
    return bool(
        _PLURAL_SPEAKER.search(speaker)
        # ("People familiar with the talks", "Officials close to the mayor": a plural head noun, then the
        # word in lower case that describes them)
        or (
            len(words) > 1
            and _DESCRIBES_THE_GROUP.fullmatch(words[1]) is not None
            and _PLURAL_SPEAKER.search(words[0]) is not None
        )
        or _PLURAL_NOUN.fullmatch(head)
        or re.search(r"\s[a-z]{2,}(?<![sui])s$", head)
        or _PLURAL_IN_MEN.search(head)
        # ("Henry Lowe and Ada Park": two people named)
        or (
            " and " in speaker
            and not a_body(speaker)
            and all(_FULL_NAME.fullmatch(name) for name in _AND.split(speaker, maxsplit=1))
        )
    )


# The phrase that follows a speaker's head noun: "Farmers | in the valley", "Supporters | of the ban"
_SPEAKER_PHRASE = re.compile(r"\s+(?:of|for|in|from|at|with|on|across|along|near)\s+")
# "fishermen", "Congressmen", "women": plurals in -men (lower case, or a long capitalised word: "Carmen"
# is a name)
_PLURAL_IN_MEN = re.compile(r"(?:^|\s)(?:[a-z]{2,}men|[A-Z][a-z]{4,}[sre]men|Women)$")
_AND = re.compile(r"\s+and\s+")


_PLURAL_NOUN = re.compile(r"[A-Z][a-z]+(?:ers|ors|ists|ants|ents|ians|ees|ives|ies|ials|esses)")
# A finite verb after the opening word of a clause: "Bottled water and biscuits had kept her going"
_VERB_AFTER_PARTICIPLE = re.compile(
    r"(?i)\S+(?:\s+[\w'’-]+){1,6}?\s+(?:had|has|have|was|were|is|are|will|would|could|can|may|might)\s"
)
_PAST_VERB = re.compile(r"(?:[A-Z][a-z]{2,}ed|Said|Told|Spoke|Gave|Made|Met|Took|Sent)")


# A verb of saying with the words said after it: "When the polls closed, the commission said | turnout was
# 61%"
_SAID_THEN_CLAUSE = re.compile(r"\b(?:said|says|told\s+\w+|reported|added)\s+(?P<said>\S.*)$")


# A conjunction before a clause with its own subject: a determiner, a pronoun, a number or a name
_OPENING_CONJUNCTION = re.compile(
    r"^(?i:where|when|as|while|since|although|though|after|before|until|because)\s+(?=(?:the|a|an|its|his|her|their|they|he|she"
    r"|it|we|two|three|four|five|several|\d[\d,.]*|[A-Z][\w’'-]+)\s)"
)


# A day that closes an opening clause of time or cause written with no comma, before the main clause's
# subject: "After the talks failed yesterday | the union ...", "As the ship docked on Monday | its crew ..."
_DATE_CLOSING_OPENING = re.compile(
    rf"\s(?:yesterday|today|tonight|last\s+(?:night|week|month|year)|this\s+(?:morning|week)"
    rf"|(?:on\s+)?{_WEEKDAYS}(?:\s+(?:morning|afternoon|evening|night))?)\s+"
    r"(?=(?:the|a|an|its|his|her|their|they|he|she|it|we|[A-Z][\w’'-]+)\s)"
)


# A wire service's page head and dateline the scrape left before the first sentence: an optional section
# and "|", an optional weekday and time, then the city in capitals and a dash
_WIRE_HEAD = re.compile(
    r"^(?:[^|]{0,40}\|\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*[A-Z]{2,4}\s+)?"
    r"[A-Z]{3,}[A-Z.,/' ]{0,40}(?:\([^()]{1,30}\))?\s+[-–—]+\s+(?=[A-Z])"
)
# A picture's credit, an agency and its year, that the scrape ran into the sentence after it ("AP2010
# President Roe will ...", "© Reuters 2009 The ...")
_CREDIT_RUN_IN = re.compile(
    r"^(?:©\s*)?(?:AP|AFP|Reuters|EPA|PA|Getty(?:\s+Images)?)\s?(?:19|20)\d\d\s+(?=[A-Z])"
)
# A picture caption or subheading in capitals that the scrape ran into the sentence after it (a heading may
# close on its date, "HARBOUR FIRE, MAY 3, 2011 Crews ...", or hold a possessive written apart, "THE PORT 'S
# WORST YEAR"; and the sentence may open with an acronym before its lower-case words, "... NEW PIERS UN
# engineers say"). Its year only closes a date, "MAY 3, 2011": "WORLD CUP 2010 Final tickets ..." is one name;
# and an acronym of a job is the title's subject with the name before it, "HARBOUR TRUST CEO said ...")
_JOB_ACRONYMS = r"(?:CEO|CFO|COO|CTO|CIO|MPs?|MEPs?|PM|VP|GM|MD|DA|AG)"
_CAPTION_RUN_IN = re.compile(
    r"^(?:[A-Z][A-Z’'.-]+,?\s+|\d{1,3},\s+(?:(?:19|20)\d\d,?\s+)?|['’]S\s+){2,10}"
    rf"(?=[A-Z][a-z]|A\s|(?!{_JOB_ACRONYMS}\s)[A-Z]{{2,5}}\s+[a-z])"
)
# A year alone at the head of a chronology's entry, set off by its dash or colon, before the entry's first
# capital ("1998: A fire in the old mill spreads ...", "2004 - The port closes ..."; "April 20, 2010 - ..."
# split inside its date leaves it too): the date has its own column ("2010: the year the port closed" has
# no capital after it, and stays). A live blog's time of day written alike ("1939: Crews reach ..." for
# 19:39) is no part of the title either
_YEAR_ENTRY_HEAD = re.compile(r"^(?:19|20)\d\d\s*(?:[-–—:]|--)\s+(?=[\"“‘']?[A-Z])")
# "Of the nine pumps inspected, four were unsafe": the whole that the count after the comma is part of,
# fronted; a title cut at the comma keeps only the whole ("Of the nine pumps inspected"), so the part goes
# before it as the subject ("Four of the nine pumps inspected were unsafe"). Only a count or a quantity
# word right after the comma and then its verb (an auxiliary, or a past): "Of the two, Roe is the elder"
# names no part, and in "Of the three held, two men were charged" or "..., two thirds have returned" the
# count is not the whole part. A part's own "of them" goes with the move ("12 of them were children").
# ("all" opens no whole: "Of all the bids, one came from Kelso" singles one out, it counts no part)
_SPELLED_COUNTS = (
    *CARDINALS,
    *"""thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety""".split(),
)
_PARTITIVE_OPENING = re.compile(
    r"^(?P<of>[Oo]f)\s+(?P<whole>(?:the|these|those|its|their|his|her|our)\s[^,;:“”\"()]{2,80}?),\s+"
    r"(?P<part>(?:(?:only|just|at\s+least|more\s+than|fewer\s+than|about|nearly|almost|some)\s+)?"
    rf"(?:\d[\d,.]*(?:\s*(?:per\s*cent|percent|%))?|{alternatives(_SPELLED_COUNTS)}"
    r"|a\s+(?:third|quarter|half|dozen|few|handful|majority)|half|most|many"
    r"|several|none|all|both|each|neither))(?:\s+of\s+(?:them|those|these))?\s+"
    r"(?=(?:were|was|are|is|have|has|had|will|would|could|can|may|might|must|should|did|remain(?:s|ed)?"
    rf"|[a-z]{{2,}}ed|{alternatives(IRREGULAR_PAST)})\b)"
)


def _part_before_whole(found: re.Match[str]) -> str:
    """The part of `_PARTITIVE_OPENING` before its whole, as the subject: "12 of the 20 hurt "."""
    part = found.group("part")
    return f"{part[:1].upper()}{part[1:]} {found.group('of').lower()} {found.group('whole')} "


def _whole_with_its_part(clause: str, sentence: str) -> str:
    """The clause with the rest of its sentence when it is only the fronted whole that a part after the
    comma belongs to: "of the nine pumps inspected", cut from "Of the nine pumps inspected, four were
    unsafe, the agency said", is told by what follows it (the attribution goes as for any clause said)."""
    words = clause.strip().rstrip(",")
    at = sentence.lower().find(words.lower()) if sentence and len(words) > 8 else -1
    found = _PARTITIVE_OPENING.match(sentence[at:]) if at >= 0 else None
    if found is None or len(words) > found.end("whole") + 1:
        return clause
    return sentence[at:]


# The present verb that follows an aside set off after a chronology entry's subject: "..., sings at ..."
_ENTRY_VERB_AFTER_ASIDE = re.compile(r",\s+(?:(?:also|then|finally|again)\s+)?[a-z]{3,}(?:s|es)\b(?!['’])")


def _entry_subject_with_its_verb(clause: str, sentence: str) -> str:
    """A timeline's entry cut after the aside that follows its subject ("The town choir, founded in 1931",
    from "Sept. 9 - The town choir, founded in 1931, sings at the gala") with its verb back: the entry tells
    its day's act in the present, a verb no list of past forms finds."""
    words = clause.strip().rstrip(",")
    at = sentence.find(words) if sentence and "," in words else -1
    if at < 0 or not chronology_entry(sentence):
        return clause
    verb = _ENTRY_VERB_AFTER_ASIDE.match(sentence, at + len(words))
    return sentence[at:] if verb is not None else clause


# A US state's abbreviation that closed the place of an opening phrase ("At a bakery in Millbrook, Vt., Roe
# met ..."), left at the head of the clause when the sentence was split at its point: no clause opens so.
# A list of states is the subject ("Ore., Wash. and Idaho ordered ..."): another state after it stays
_STATE_ABBREVIATION = alternatives(re.escape(state) for state in AP_STATE_ABBREVIATIONS)
_STATE_OF_OPENING_PLACE = re.compile(
    rf"^(?:{_STATE_ABBREVIATION}),\s+(?!(?:{_STATE_ABBREVIATION})[\s,])(?=[A-Z\"“])"
)
# A picture's credit the scrape left in the sentence: a credit word and the photographer ("Photograph: Lena
# Moss/AP", "Photo by Lena Moss"), or a name and an agency joined by a slash ("Lena Moss/AFP", "REUTERS/Lena
# Moss", escaped "Lena Moss\/AP" too). It names who took a picture, never anybody in what happened.
_CREDIT_AGENCY = r"(?:AP|AFP|Reuters|REUTERS|Getty(?:\s+Images)?|EPA|Xinhua|Corbis|Bloomberg)\b"
# (a photographer's name: capitalised words, never a determiner or pronoun opening the sentence after it)
# or a day or month that dated the caption)
_NOT_CREDIT_NAME = rf"(?!(?:The|A|An|It|He|She|They|We|In|On|At|This|That|But|And|{_WEEKDAYS}|{_MONTHS})\b)"
_CREDIT_WORD = r"[A-Z](?:\.|[\w’'-]+)"
_CREDIT_NAME = (
    rf"{_NOT_CREDIT_NAME}{_CREDIT_WORD}(?:\s+{_NOT_CREDIT_NAME}(?:van|de|da|von|{_CREDIT_WORD})){{0,3}}"
)
_CREDIT_SLASH = r"\s*\\?/\s*"
_PHOTO_CREDIT = re.compile(
    rf"[.,;]?\s*(?:\b(?:Photograph|Photo|Picture|Image|Photographs|Photos|Pictures|Images)(?:\s+by\s+|:\s*)"
    rf"{_CREDIT_NAME}(?:{_CREDIT_SLASH}(?:{_CREDIT_AGENCY}|{_CREDIT_NAME}))*"
    rf"|\b{_CREDIT_NAME}{_CREDIT_SLASH}{_CREDIT_AGENCY}(?:{_CREDIT_SLASH}{_CREDIT_AGENCY})*"
    # (what follows a credit is the end or the next sentence: "Kale/AP hospital" is no credit)
    rf"|\b{_CREDIT_AGENCY}{_CREDIT_SLASH}{_CREDIT_NAME})[.]?(?=\s+[A-Z“\"‘']|\s*$)"
)


def _without_photo_credit(text: str) -> str:
    """The clause without a picture's credit: a credit that closes a caption ends it, and a caption run
    into the sentence after it ("... on Monday Photograph: Lena Moss/AP The ministry said ...") leaves the
    clause before the credit if that is one, else the sentence after it."""
    credit = _PHOTO_CREDIT.search(text)
    if credit is None:
        return text
    before, after = text[: credit.start()].strip(), text[credit.end() :].strip()
    if not after or (len(before.split()) >= 4 and _FINITE.search(before) is not None):
        return before or text
    return after if not before or len(after.split()) >= 3 else text


# A diary or live page's entry heading left before the entry's first sentence: its time, zone and the place
# in capitals ("19 MAY, 2200 GMT, BORDER CROSSING We reached ...", "GMT, PORT HARBOUR The ferry ..."; the
# day, when the clause was cut after it, has gone to the date column)
_ENTRY_HEADING = re.compile(
    rf"^(?:\d{{1,2}}\s+(?i:{_MONTHS}),?\s+)?(?:(?:[01]\d|2[0-3])[0-5]\d\s+)?{TIME_ZONE}[,:]\s+"
    r"(?:[A-Z][A-Z’'.-]+,?\s+)*(?=[A-Z][a-z]|[AI]\s|[\"“‘])"
)


# A page's box or section label run into the sentence it heads ("Analysis: The court ...", "In the capital:
# Police ...", "Editor's note: ..."): a short label with no verb, its colon, then a sentence opening with a
# capital. A name of two or more capitalised words is a speaker's ("Jane Roe: The port is safe"), and a
# label before a first person or a quotation introduces remarks; both stay.
_SCRAPE_LABEL = re.compile(r"^(?P<label>[A-Z][\w&’'-]*(?:\s+[\w&’'-]+){0,4}):\s+(?=[A-Z])")
_REMARK_OPENING = re.compile(r"(?:I|We|My|Our|Us)\b")


# A picture gallery's buttons and counter the scrape left before a caption, its figures as given or still
# the template's ("BACK 3 of 9 NEXT", "BACK {current} of {total} NEXT"): no writer puts them in a sentence
_SLIDESHOW_BUTTONS = re.compile(
    r"^(?:BACK|PREV(?:IOUS)?)\s+(?:\d{1,3}|\{\w+\})\s+(?:of|/)\s+(?:\d{1,3}|\{\w+\})\s+NEXT\s+(?=\S)"
)


# A news page's own labels in capitals, never a speaker's name: "BREAKING: The court has ruled ..."
_PAGE_LABEL = re.compile(
    r"^(?:BREAKING(?:\s+NEWS)?|DEVELOPING|UPDATED?(?:\s+\d{1,2})?|LIVE|WATCH|VIDEO|PHOTOS?|PICTURES?|GALLERY"
    r"|EXCLUSIVE|ANALYSIS|READ\s+MORE|SEE\s+ALSO|RELATED|LISTEN|AUDIO|FLASHBACK|FACTBOX|TIMELINE)\s*:\s+(?=[A-Z“\"‘'])"
)


def _without_label(text: str) -> str:
    """The sentence without a scrape label that opens it, when the rest is a clause of its own."""
    page_label = _PAGE_LABEL.match(text)
    if page_label is not None and _FINITE.search(text, page_label.end()) is not None:
        return text[page_label.end() :]
    found = _SCRAPE_LABEL.match(text)
    if found is None:
        return text
    label, rest = found.group("label"), text[found.end() :]
    words = label.split()
    # (a label holds a word in lower case, "In the north", "Sad news", or is one word, "Analysis"; a name in
    # capitals, "ROE:", opens a transcript's remarks)
    name_like = len(words) > 1 and all(w[:1].isupper() for w in words)
    if (
        name_like
        or label.isupper()
        or _FINITE.search(label)
        or re.search(r"\d", label)
        or _REMARK_OPENING.match(rest)
        or len(rest.split()) < 4
        or _FINITE.search(rest) is None
    ):
        return text
    return rest


# A page's headline or caption that the scrape ran into the lead after it, with no stop between: "Flood
# shuts town school Two more pupils fell ill ...": in running prose a word in lower case is never followed
# by a capitalised determiner or number word that opens a noun phrase in lower case ("The Hague", "The
# Times" go on with a capital)
# (bare: a sentence's own date has the word that leads to it, "pulled 12 people out on 6 March The army ...")
_BARE_HEADING_DAY = (
    r"(?<!\bon)(?<!\bof)(?<!\bby)(?<!\bsince)(?<!\buntil)(?<!\bfrom)(?<!\bto)(?<!\bbefore)(?<!\bafter)(?<!\bfor)"
    rf"\s(?:\d{{1,2}}\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}})"
)
_HEADLINE_RUN_IN = re.compile(
    # ("Your letters 17 January Two more pupils ...": a page's heading may close with its day)
    rf"^(?P<head>[A-Z][^.!?;:“”\"]{{10,120}}?(?:\b[a-z][a-z’'-]+|(?P<day>{_BARE_HEADING_DAY})))\s+"
    r"(?=(?:The|Another|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Several|Many|More|At\s+least)"
    r"\s+(?P<next>[a-z][\w’'-]*|\d[\d,.]*)\s)"
)
_NO_HEADLINE_END = frozenset(
    """of in on at to for with by from and or but than as said says told say the a an its their his her
    that which who""".split()
)


# A page heading closing with its bare day ("Your letters Friday 17 January Up to 40 ferries ..."): after a
# day that no word leads to, any capital opens the sentence the heading was run into
_DAY_HEADING_RUN_IN = re.compile(
    rf"^(?P<head>[A-Z][^.!?;:“”\"\d]{{4,60}}?(?P<day>{_BARE_HEADING_DAY}))\s+(?=(?P<next>[A-Z][\w’'-]*)\s)"
)


def _without_headline_run_in(text: str) -> str:
    """The sentence without a headline or caption run into it: "Flood shuts town school Two more pupils fell
    ill on Monday" -> "Two more pupils fell ill on Monday"; the text as it was when what precedes the
    capital is no short heading or what follows it no clause."""
    found = _HEADLINE_RUN_IN.match(text) or _DAY_HEADING_RUN_IN.match(text)
    if found is None:
        return text
    head, rest = found.group("head"), text[found.end() :]
    if (
        len(head.split()) < 3
        or len(head.split()) > 16
        or head.rsplit(" ", 1)[-1].lower() in _NO_HEADLINE_END
        or found.group("next").lower() in _NO_HEADLINE_END | _AUXILIARIES
        or len(rest.split()) < 4
        or _FINITE.search(rest) is None
        # ("pulled 12 people from the river at dawn 6 March The army ...": words with their verb before the
        # day are a sentence run on, not a page's heading)
        or (found.group("day") is not None and _FINITE.search(head, 0, found.start("day")) is not None)
    ):
        return text
    return rest


def unglued(text: str) -> str:
    """Quotation marks that a scrape glued to the words beside them set apart again: 'they never asked
    me"and"I did not' -> 'they never asked me" and "I did not' (a straight mark opens or closes by its
    place in the count)."""
    text = re.sub(r"(?<=[\w,.!?])“", " “", text)
    text = re.sub(r"”(?=\w)", "” ", text)
    out: list[str] = []
    opening = True
    for index, char in enumerate(text):
        if char == '"':
            before = text[index - 1] if index else " "
            after = text[index + 1] if index + 1 < len(text) else " "
            if opening and before.isalnum():
                out.append(" ")
            out.append(char)
            if not opening and after.isalnum():
                out.append(" ")
            opening = not opening
            continue
        out.append(char)
    return "".join(out)


# "It was on 18 March, 1967 that the tanker struck the reef", "It was in May that ...": a cleft that puts the
# date first; the headline is what follows "that" (the date has its own column)
_CLEFT_DATE = re.compile(
    rf"^(?i:it)\s+(?:was|is)\s+(?:(?:on|in|at|during|until)\s+)?(?:(?i:the)\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}|{_MONTHS}(?:\s+\d{{1,2}})?|{_WEEKDAYS}|(?:19|20)\d\d)"
    r"(?:,?\s+(?:19|20)\d\d)?\s+that\s+(?=[A-Za-z])"
)
_CLEFT_LEFT = re.compile(r"^(?:19|20)\d\d\s+that\s+(?=(?:the|a|an|[A-Z]))")
_NAME_COMMA_VERB = re.compile(
    r"^([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}),\s+(?=(?:\w+ly\s+)?(?:is|are|was|were|has|have|had|will|would"
    r"|said|says)\b)"
)
# "Swine flu, has killed 40": a short subject in lower case whose description was cut ("The illness, also
# known as swine flu, has ..."), its comma left before the verb
_SUBJECT_COMMA_AUXILIARY = re.compile(
    r"^([A-Z][a-z’'-]+(?:\s+[a-z’'-]+){1,2}),\s+(?=(?:has|have|had|is|are|was|were|will|would)\s+[a-z])"
)


_DETERMINERS = frozenset("the a an this that these those its his her their".split())


def _subject_comma_auxiliary(found: re.Match[str]) -> str:
    """The subject and a space, when the words before the comma are a noun phrase (no verb in them, no
    linking word opening them)."""
    subject = found.group(1)
    first = subject.split()[0].lower()
    if _FINITE.search(subject) or (first in COMMON_OPENERS and first not in _DETERMINERS):
        return found.group()
    return subject + " "


# A weekday a determiner makes part of a noun phrase ("the last Tuesday of the month", "every Monday", "a
# Friday"): not a date of the act, so a headline keeps it
_DETERMINER_BEFORE = re.compile(
    r"\b(?:(?:the|a|an|one|any|some|which)(?:\s+(?:first|second|third|fourth|fifth|last|final|next|same"
    r"|following|previous))?|every|each)$",
    re.IGNORECASE,
)
# ("spent a gray Saturday at the beach", "on a busy Friday": a word that describes the day right before it)
_DESCRIBED_DAY_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z]{2,}(?:ful|ous|est|ic)|gr[ae]y|rainy|sunny|cloudy|stormy|snowy|windy|chilly|busy"
    r"|bloody|cold|hot|wet|warm|dark|long|quiet|sad)$",
    re.IGNORECASE,
)
# "last Tuesday", "next Monday", "this Sunday": the word that makes the weekday a date goes with it
# (with the "for" or "on" that leads to it: "called a strike for next Tuesday" -> "called a strike", not
# "called a strike for")
_DEICTIC_WEEKDAY = compile_for_search(
    rf"(?<!\bbefore)(?<!\bafter)(?:\s+(?:for|on))?\s+(?:last|next|this|that|coming|past)\s+{_WEEKDAYS}\b"
    r"(?:\s+(?:morning|afternoon|evening|night)\b)?(?!['’]s|\s+(?-i:[A-Z][a-z]))",
    re.IGNORECASE,
)


# "said last March that ...", "announced last week that ...": when the words were said, between the verb and
# what was said; the date has its own column, and "said that" leads on to what was said
_SAID_WHEN_THAT = re.compile(
    r"(?P<verb>\b(?:said|says|told\s+\w+|announced|warned|claimed|stated|insisted|revealed|admitted|added))"
    rf"\s+(?:last|this|earlier\s+this|next)\s+(?:week|month|year|{_MONTHS}|{_WEEKDAYS})(?=\s+that\s)"
)


# "a" or "an" and the word after it, which a date dropped between them may have changed
_ARTICLE_BEFORE_WORD = re.compile(r"\b(?P<article>[Aa]n?)\s+(?P<word>[\w’'-]+)")
# a vowel letter that sounds as a consonant ("a union", "a one-day strike", "a European") and the reverse
_VOWEL_AS_CONSONANT = re.compile(r"(?i:uni|use|usu|eu|one|once|ur)")
_SILENT_H = re.compile(r"(?i:hour|honest|honou?r|heir)")


def _agreeing_article(found: re.Match[str], original: str) -> str:
    """ "an well blowout" -> "a well blowout" once the date between them ("an April 20 well blowout") went;
    an article the sentence wrote beside its word stays as written."""
    if written_between_boundaries(original, found.group(), after=False):
        return found.group()
    word = found.group("word")
    vowel = (word[:1].lower() in "aeiou" and not _VOWEL_AS_CONSONANT.match(word)) or bool(
        _SILENT_H.match(word) or re.match(r"(?:8|11\b|18\b)", word)
    )
    article = found.group("article")
    wanted = ("An" if vowel else "A") if article[:1].isupper() else ("an" if vowel else "a")
    return wanted + found.group()[len(article) :]


# A preposition that leads to how far an act lasts: "into", "through"
_LEADS_TO_SPAN = re.compile(r"\b(?:into|through)\s*$")
# A verb right after a bare day, whose subject the day is: "(Thursday) was the first day ..."
# "listed 40 cases up to 12 May", "will be at least Monday before", "made the remark 3 May, not 4 May", "the
# court set 9 June for the hearing": a date that the word before takes as its own object or bound; without it
# that word leads to nothing ("up to while", "set for the hearing"); never "is set" (ready, "is set Tuesday to
# announce": "is set to announce"), nor a date with an infinitive after it (see _INFINITIVE_AFTER_DATE)
_LEADS_TO_DATE = re.compile(
    r"(?:\bup\s+to|\bat\s+(?:the\s+)?(?:least|earliest|latest)|,\s+not"
    r"|(?<![\w’'-])(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?:set|fixed|chose|picked))\s*$"
)
# "chose Monday to announce ...": the verb's object is the infinitive, and the date goes as any date does
_INFINITIVE_AFTER_DATE = re.compile(r"\s+to\s+(?!(?:the|a|an|his|her|its|their)\b)[a-z]")
# "made the remark 3 May, not 4 May": a date that "not" sets another against
_DATE_SET_AGAINST = re.compile(r",\s+not\s")
_VERB_OF_DAY = re.compile(r"\s+(?:was|is|will\s+be|would\s+be|had\s+been|has\s+been|marked|marks|became)\b")


# A date that is one capitalised word alone: "Thursday"
_BARE_DAY = re.compile(r"\s*[A-Z][a-z]+")


def _without_dates(text: str) -> str:
    """The clause without the dates of its act ("on Wednesday", "late on 20 April", "last Tuesday"),
    keeping a weekday that a determiner makes part of a noun phrase, and with no doubled comma where a
    date set off by commas was ("Finally, on Thursday, the drill hit" -> "Finally, the drill hit")."""
    original = text
    for pattern in (_DEICTIC_WEEKDAY, _DATE_BEFORE_CLAUSE, _DATE_ADVERBIAL):
        current = text

        def drop(found: re.Match[str], current: str = current) -> str:
            # (only a weekday: "the 3 May landslide" is the landslide of that day, and the date goes)
            weekday = re.search(r"day\b", found.group(), re.IGNORECASE) is not None
            before = current[: found.start()]
            if (
                weekday
                and (
                    _DETERMINER_BEFORE.search(before)
                    # (only a day that follows at once: "entered the fray on Thursday" goes)
                    or (found.group().lstrip()[:1].isupper() and _DESCRIBED_DAY_BEFORE.search(before))
                )
            ):
                return found.group()
            # "The inspection will continue into Tuesday": a day that "into" or "through" leads to is how
            # long the act lasts, and without it the preposition is left leading to nothing; "Officials
            # said Thursday was the first day ...": a bare day before its verb is the subject of the clause
            bare_day = _BARE_DAY.fullmatch(found.group()) is not None
            # (only the date's own words: the "for" of "set for 9 June" goes with its date; and the date that
            # "not" sets the other against stays with it, "3 May, not 4 May")
            opening = found.group().lstrip()[:1]
            after = current[found.end() :]
            if (opening.isupper() or opening.isdigit()) and (
                (_LEADS_TO_DATE.search(before) and not _INFINITIVE_AFTER_DATE.match(after))
                or _DATE_SET_AGAINST.match(after)
            ):
                return found.group()
            if _LEADS_TO_SPAN.search(before) or (
                weekday and bare_day and _VERB_OF_DAY.match(current, found.end())
            ):
                return found.group()
            return ""

        text = pattern.sub(drop, current)
    text = _ARTICLE_BEFORE_WORD.sub(lambda found: _agreeing_article(found, original), text)
    # ("said that on the night of 25 June, he ..." -> "said that he ...": the date's closing comma goes too)
    if re.search(r"\bthat\s*,", original, re.IGNORECASE) is None:
        text = re.sub(r"\b((?i:that))\s*,\s+(?=\w)", r"\1 ", text)
    return re.sub(r",\s*,", ",", text)


# The merge asks it of one clause several times (for the title and for how the clause reads)
@functools.lru_cache(maxsize=8192)
def _without_opening_day_word(text: str) -> str:
    """The sentence without the word of its day that opens it with no comma, when the subject follows it."""
    found = _OPENING_DAY_WORD.match(text)
    verb = found.group("verb") if found is not None else None
    if found is None or (
        verb is not None
        and (
            not _FINITE.fullmatch(verb)
            # ("Yesterday Mirova signed ...", but "Tomorrow People will be shown": a single capitalised word
            # before an auxiliary is as often the day's own programme)
            or (" " not in found.group("name") and verb.lower() in _AUXILIARIES)
        )
    ):
        return text
    return text[found.end() :]


# (a title asks it of the same clause three or four times over, each time some fifty substitutions: the last
# few clauses' answers are kept)
@functools.lru_cache(maxsize=64)
def tidy(clause: str) -> str:
    """The clause without asides, opening dates, relative clauses and closing attributions."""
    text = unglued(" ".join(clause.split()))
    text = _ARTICLE_COMMA.sub(r"\1 ", text)  # "victims of the, terrorist attacks": a link's words were lost
    text = _WIRE_HEAD.sub("", text)  # "U.S. | Wed 10:59 am EDT WASHINGTON - Microbes ..."
    text = _CREDIT_RUN_IN.sub("", text)
    text = _without_photo_credit(text)  # "... in Tarsk. REUTERS/Lena Moss" -> "... in Tarsk"
    text = _ENTRY_HEADING.sub("", text, count=1)  # "GMT, BORDER CROSSING We ..." -> "We ..."
    text = _SLIDESHOW_BUTTONS.sub("", text, count=1)  # "BACK 3 of 9 NEXT Smog is ..." -> "Smog is ..."
    text = _without_label(text)  # "Analysis: The court ruled ..." -> "The court ruled ..."
    # "It was on 18 March, 1967 that the tanker struck ..." -> "The tanker ...", and "1967 that the tanker
    # struck" when the cleft's date was split off with its comma
    text = _CLEFT_LEFT.sub("", _CLEFT_DATE.sub("", text))
    text = _NAME_COMMA_VERB.sub(r"\1 ", text)  # "Jane Roe, is also expected": the role before it was cut
    text = _SUBJECT_COMMA_AUXILIARY.sub(_subject_comma_auxiliary, text)
    caption = _CAPTION_RUN_IN.match(text)
    if caption and len(re.findall(r"\b[A-Z]{4,}\b", caption.group())) >= 2:
        text = text[caption.end() :]  # "ANA ROE, 58, FERRY WORKER Ms Roe said ...": a caption ran in
    text = _without_headline_run_in(text)  # "Flood shuts town school Two more pupils fell ill ..."
    # "1998: A fire in the old mill spreads ..." -> "A fire ..."
    text = _YEAR_ENTRY_HEAD.sub("", text, count=1)
    # "Vt., Roe met ..." (from "In Millbrook, Vt., Roe met ...") -> "Roe met ..."
    text = _STATE_OF_OPENING_PLACE.sub("", text, count=1)
    # "Of the 20 hurt, 12 were children" -> "12 of the 20 hurt were children"
    text = _PARTITIVE_OPENING.sub(_part_before_whole, text, count=1)
    text = _DASH_ASIDE.sub(" ", text)
    text = _LINKING_ASIDE.sub(
        " ", text
    )  # "The ministry, for example, rejected ..." -> "The ministry rejected"
    text = _AUXILIARY_ASIDE.sub(r"\g<auxiliary> ", text)  # "has, for now, stopped" -> "has stopped"
    # "The rig exploded -- nearly eight times the amount spilled in 1989", "... -- killing 11 workers": what
    # follows a lone dash with no verb of its own adds to the clause, and a headline leaves it out
    dash = _LONE_DASH.search(text)
    # ("-- nearly five times the amount that the barge lost": the verb after the dash is a relative
    # clause's; only the words that open what follows the dash tell whether it is a clause)
    after = " ".join(text[dash.end() :].split()[:LONE_DASH_OPENING_WORDS]) if dash is not None else ""
    if (
        dash is not None
        and _FINITE.search(text[: dash.start()])
        and not _FINITE.search(after)
        # ("May 9 - Two states report their first cases": a date heading an entry, not a clause)
        and not is_fragment(text[: dash.start()])
        # ("opened the much-delayed - and by then, largely symbolic - inquiry": a dash opening with a
        # conjunction sets an aside inside a phrase, whose closing dash the clause may have lost; cut
        # there, the title would end on the phrase's first words)
        and not _ASIDE_OPENING.match(after)
    ):
        text = text[: dash.start()]
    text = _OCCASION_ASIDE.sub("", text)
    text = _DOING_ASIDE_BEFORE_VERB.sub("", text)
    # "half its value is, or was, earned abroad" -> "half its value is earned abroad"
    text = _COPULA_CORRECTED.sub(r"\g<verb>", text)
    text = _SAID_ASIDE.sub(" ", text)
    # "Jane Roe, the port's spokeswoman, said the ferry ...": the name says it, its description goes
    text = _NAME_DESCRIBED_SAID.sub(r"\g<name> \g<verb> ", text)
    # "told the court that while he was eligible for probation, he was not suitable": what was said is the
    # main clause after the concession
    conceded = _THAT_CONCESSION.search(text)
    if conceded is not None and _FINITE.search(text, conceded.end(), conceded.end() + 60):
        text = text[: conceded.end("that")] + " " + text[conceded.end() :]
    # ("He (Roe) gave that as the best case": the writer's brackets name whom the pronoun stands for)
    text = _PRONOUN_NAMED.sub(_named_in_brackets, text)
    text = _PARENTHESES.sub("", _TICKER.sub("", text))
    text = _SAID_TO_LISTENER.sub(_without_listener, text)  # "told reporters in Lima that ..." -> "said ..."
    text = _MEDIUM.sub(r"\1", text)  # "wrote in a letter to the mayor that ..." -> "wrote that ..."
    without = _RELATIVE.sub(_after_relative, text)
    # "The tanker, the Aurora Star, was escorted": an apposition between a subject and its verb
    without = _APPOSITION_BEFORE_VERB.sub("", without)
    without = _NAME_ROLE_BEFORE_VERB.sub(r"\g<name>", without)
    # "The quake, centred near the town of Kale, was followed by ...": where the subject is, between the
    # subject and its verb
    without = _PLACE_ASIDE_BEFORE_VERB.sub("", without)
    # "A team of auditors, led by a former harbour master, reported ...": who led it, between subject and verb
    agent_free = _AGENT_ASIDE_BEFORE_VERB.sub(_agent_aside, without)
    # ("The bridge, damaged by floods, reopens": the verb the aside went before is the clause's, if unlisted)
    present = any(
        _PRESENT_SINGULAR.fullmatch(found.group("verb")) or _reports_after(found)
        for found in _AGENT_ASIDE_BEFORE_VERB.finditer(without)
    )
    without = agent_free
    if _FINITE.search(without) or (present and without != text):
        text = without  # "Jane Roe, who was with him when he fell" keeps the verb it has
    for _round in range(2):
        text = _OPENING_DAY_PHRASE.sub("", text)
        text = _OPENING_DATE.sub("", text)
        text = _OPENING_DURATION.sub("", text)
        text = _OPENING_MONTH.sub("", text)
        text = _LINKING_ADVERB.sub("", text)  # "However, the port reopened" -> "The port reopened"
        # "Speaking to Channel 9, she maintained ..." -> "he maintained ..."
        text = _OPENING_OCCASION.sub("", text)
        text = _OPENING_AND.sub("", text)  # "And a paramedic said ..." -> "A paramedic said ..."
        text = _OPENING_CONNECTIVE.sub(
            "", text
        )  # "Meanwhile the ministry sent ..." -> "The ministry sent ..."
        text = _OPENING_RECENTLY.sub("", text)
        text = _OPENING_TIME_WORD.sub("", text)  # "Finally, the drill hit its target" -> "The drill hit ..."
        text = _without_opening_day_word(text)  # "Yesterday the mayor offered ..." -> "The mayor offered ..."
        text = _OPENING_COMPARISON.sub(
            "", text
        )  # "Unlike the old ban, the new one covers ..." -> "The new one ..."
        text = _OPENING_SPAN_LATER.sub("", text)
        text = _OPENING_SPAN_AFTER.sub("", text)
        text = _OPENING_DASH.sub("", text)  # "May 2 - The rig sinks": a dated list's dash, its date gone
    # "Where an outbreak was declared in August", "As the suit was filed": the clause, not the conjunction
    opening = _OPENING_CONJUNCTION.match(text)
    # "After the talks failed yesterday the union called a strike": the day that closes the opening clause
    # stands where its comma would, and the main clause after it is the happening
    closed = _DATE_CLOSING_OPENING.search(text, opening.end()) if opening else None
    if (
        closed is not None
        and not re.search(r",\s", text[: closed.start()])
        # (the opening clause has its verb before the day: "neared" as well as any verb a list knows)
        and (
            _FINITE.search(text, opening.end() if opening else 0, closed.start())
            or re.search(r"\b[a-z]{3,}ed\b", text[: closed.start()])
        )
        and _FINITE.search(text, closed.end()) is not None
        and not is_fragment(main := text[closed.end() :])
    ):
        text = main[:1].upper() + main[1:]
        opening = None
    # (a comma may lead to the main clause, "After X resigned, the party ...", which the conjunction needs)
    if opening and _FINITE.search(text[opening.end() :]) and not re.search(r",\s", text):
        text = text[opening.end() :]
        # "before the rig exploded and how to prevent it": the "and how" went on the verb before "before"
        text = re.split(r"\s+and\s+(?=(?:how|why|what|whether)\s)", text, maxsplit=1)[0]
    # "The ministry said of the new arrests: \"All suspects are in custody\"": who spoke, and what
    said = _SAID_COLON.match(text)
    # ('Dr Roe said: "We are doing tests"': a first person stays in the speaker's quoted words, never after
    # "says", where "we" would be the reader's)
    if said and _FINITE.search(said.group("what")) and not FIRST_PERSON.match(said.group("what")):
        what = said.group("what")
        first = what.split(" ", 1)[0]
        lower = first.lower() in COMMON_OPENERS and first != "I"
        text = f"{said.group('who')} says {what[:1].lower() if lower else what[:1]}{what[1:]}"
    text = _participle_told(text)
    text = _compared_with_told(text)
    # "It began on 3 May, when a dam gave way": the comma went with the date, not before "when"
    shorter = _without_dates(_SAID_WHEN_THAT.sub(r"\g<verb>", text))
    # ("dropped from the index from September 18, citing ...": the "from" that led to the date goes with it)
    shorter = re.sub(r"\s+from(?=,\s|$)", "", shorter)
    shorter = _ORPHANED_DATE_LEAD.sub("", shorter)
    if len(shorter.split()) >= 4:
        # "Okafor's report, released Monday, is printed in ...": an aside left with only its participle
        # goes with its date
        text = _BARE_PARTICIPLE_ASIDE.sub("", shorter)
    closing = _CLOSING_ATTRIBUTION.search(text)
    # (the sentence as written opens with the quotation too: 'the valve, which the firm called "fail-safe,"
    # Rep. Roe said ...' only looks like one once its relative clause has gone)
    remark = _QUOTATION_THEN_WHO.match(text) if _QUOTATION_THEN_WHO.match(clause.strip()) else None
    if (
        closing is not None
        and _QUOTATION_CLOSED.match(closing.group())
        and (remark is None or _CONDITION_OPENING.match(remark.group("words")) is not None)
    ):
        # ('the valve the firm called "fail-safe," Rep. Roe said on Monday that ...': a quotation inside the
        # clause closes there, and what follows it is the clause's own; words quoted that are no clause,
        # '"If we can," one source said', do not stand alone either)
        closing, remark = _CLOSING_ATTRIBUTION.search(text, closing.start() + 1), None
    said_after = _SAID_THEN_CLAUSE.search(closing.group()) if closing is not None else None
    if (
        closing is not None
        and closing.group().startswith(",")
        # (a clause of time, cause or concession with its own subject and verb, which the attribution would
        # leave as the words said; not a condition, whose saying holds only if it holds; "When asked about
        # it, the firm said ..." has no subject and is read as before)
        and _OPENING_CONJUNCTION.match(text)
        and _FINITE.search(text, 0, closing.start()) is not None
        and said_after is not None
        and _FINITE.search(said_after.group("said")) is not None
    ):
        # "When the polls closed, the commission said turnout was 61%": the opening clause sets the scene,
        # and the saying after its comma, with what was said, is the main clause (no attribution closing
        # the words before it)
        main = closing.group()[1:].strip()
        text, closing = main[:1].upper() + main[1:], None
    shorter = text[: closing.start()] if closing is not None else text
    # ('"Not yet," the mayor said': words quoted whole before who said them are a remark however short)
    after_quotation = remark is not None and closing is not None and closing.start() == remark.end("words")
    # ("Calling for a longer sentence, the prosecutor said the doctor had lied": what stands before the
    # comma is no clause, so what follows the verb is what was said, not a closing attribution)
    if (len(shorter.split()) >= 4 or (after_quotation and len(shorter.split()) >= 2)) and (
        closing is None or _FINITE.search(shorter) is not None or after_quotation
    ):
        text = shorter
        who = _WHO_AFTER_QUOTATION.match(closing.group()) if after_quotation and closing else None
        words = text.strip(" ,.;:\"“”'‘’`")
        quoted = f"{who.group('name') or who.group('name_after')}: “{words}”" if who is not None else ""
        if who is not None and _REMARK_PRONOUN.match(words) and len(quoted) <= TITLE_MAX:
            # ('"He was never there," Roe said': the pronoun is somebody the speaker spoke of, or the speaker,
            # so the words stay quoted after who said them, never printed as a fact)
            text = quoted
    text = text.strip(" ,.;:\"“”'‘’`")
    shorter = _TRAILING_LEAD.sub("", text)
    if len(shorter.split()) >= 4:
        text = shorter.rstrip(" ,;:")
    text = _balance_quotes(text)
    came_out = _NEWS_CAME_OUT.match(text)
    if came_out is not None and _FINITE.search(text, came_out.end()):
        # "It emerged that the ferry had sailed without a licence": the news, not that it came out
        text = text[came_out.end() :]
    relative = _noun_and_its_relative(text)
    if relative is not None and len(_FINITE.findall(text)) == 1:
        # "the explosion that killed nine people": a noun and what it did, told as a clause
        text = (
            re.sub(r"\s(?:that|who|which)\s", " ", text[: relative.end()], count=1) + text[relative.end() :]
        )
    return text[:1].upper() + text[1:]


# A pronoun with the name it stands for in brackets after it: "He (Roe)", "they (the rebels)"
_PRONOUN_NAMED = re.compile(
    r"\b(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s+\((?P<name>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|the\s+[a-z]+(?:\s+[a-z]+)?)\)"
)


def _named_in_brackets(found: re.Match[str]) -> str:
    name = found.group("name")
    return f"{name[:1].upper()}{name[1:]}" if found.group("pronoun")[:1].isupper() else name


# "It emerged (that) ...", "It was revealed that ...": a frame that only says the news came out (never one
# that weakens it, "It is believed ...", nor one whose object is no clause: "It was announced to staff")
# ("It became clear that the leak is worse", "It has become evident the dam held": the news came to light;
# "It was clear that the dam would hold" tells what was thought then, and stays)
_NEWS_CAME_OUT = re.compile(
    r"It\s+(?:has\s+|had\s+)?(?:emerged|(?:was|has\s+been|had\s+been)\s+(?:revealed|disclosed|confirmed"
    r"|announced)|(?:became|has\s+become|had\s+become)\s+(?:(?:now|increasingly|all\s+too)\s+)?"
    r"(?:clear|evident|apparent|obvious)(?:\s+(?:today|yesterday|now))?)(?:\s+that)?\s+(?!(?:to|by|in|on|at|for|with|from|after|before|during|when|how|why|what"
    r"|whether|if|as|last|this|yesterday|today)\b)(?=[\w“\"])"
)


# "The barrier, erected on Monday, is a vital step toward ...": a subject, the dated act told of it in a
# participle set off by commas, and a description of it after "is"/"are"
_PARTICIPLE_THEN_DESCRIPTION = re.compile(
    r"^(?P<subject>[^,;:]{3,60}?),\s+(?P<act>(?:[a-z]+ed|[a-z]+en|built|held|made|paid|sent|set|sold|struck|won|shut"
    r"|put)\b[^,;:]{0,80}),\s+(?P<copula>is|are)\s+(?!(?:expected|due|set|scheduled|likely|going|to|about|being|now"
    r"|still|also|not)\b)(?![a-z]+(?:ed|ing)\b)"
)
_BARE_PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+(?:ed|en),(?=\s)")


# "That is a sharp rise from the last count published by the council on March 2": a comparison whose
# subject points back, and the dated thing it is measured against, told with who made it
_COMPARED_WITH_DATED = re.compile(
    r"^(?:and\s+|but\s+)?(?:(?:that|this|those|these|the)(?:\s+(?:figures?|numbers?|estimates?|rates?))?|it)\s+"
    r"(?:is|was|are|were)\s+"
    r"[^,;]*?\b(?:from|than|on|over)\s+(?P<thing>(?:the|a|an|its|their)\s+(?:[^,;]|(?<=\d),(?=\d)){3,80}?)\s+"
    r"(?P<verb>issued|released|published|announced|made|given|set|reported|put\s+forward)\s+by\s+"
    r"(?P<agent>(?:the\s+)?[^,;]{2,60}?)\s+(?=on\s|in\s)",
    re.IGNORECASE,
)


def _compared_with_told(text: str) -> str:
    """The dated thing a comparison is measured against, as its maker's act: "That is a jump from the last
    estimate issued by the group on June 10 ..." -> "The group issued the last estimate on June 10 ..."."""
    found = _COMPARED_WITH_DATED.match(text)
    if found is None:
        return text
    agent = found.group("agent")
    # (" and pegging the flow at ...": a participle that went on from the comparison is left with it)
    rest = re.split(r"\s+and\s+\w+ing\b", text[found.end() :], maxsplit=1)[0]
    return f"{agent[:1].upper()}{agent[1:]} {found.group('verb')} {found.group('thing')} {rest}".strip()


def _participle_told(text: str) -> str:
    """The act a dated participle tells of its subject, when the main clause only describes the subject:
    "The barrier, erected on Monday, is a vital step toward ..." -> "The barrier was erected on Monday"."""
    found = _PARTICIPLE_THEN_DESCRIPTION.match(text)
    if (
        found is None
        or _FINITE.search(found.group("subject"))
        or not _DATE_ADVERBIAL.search(found.group("act"))
    ):
        return text
    was = "was" if found.group("copula") == "is" else "were"
    return f"{found.group('subject')} {was} {found.group('act')}"


# Between a verb of saying and the "that" of what was said, to whom, where and when it was said: "said in
# a letter on Friday to the chief executive that ...", "said at a hearing before the committee that ...";
# each phrase opens with a preposition, runs at most eight words and holds no punctuation
# (a word of the listener or the place: a name may be quoted, 'on "Morning Harbour"', but a word opens with a
# letter or digit, so a dash, '"Harbour Weekly" -- that ...', is none)
_LISTENER_WORD = r"[“\"]?\w[\w’'.&-]*[”\"]?"
_SAID_PHRASE = (
    rf"(?:(?:on\s+)?{_WEEKDAYS}|yesterday|today"
    # ("said to reporters", "to the chief executive"; never "is said to have told ...", an infinitive)
    r"|to\s+(?=(?:the|a|an|his|her|its|their|our|[A-Z]|[a-z]+s\b))(?!(?:is|has|was|does)\b)"
    rf"(?:{_LISTENER_WORD}\s+){{0,7}}?{_LISTENER_WORD}"
    rf"|(?:in|at|on|before|during|after)\s+(?:{_LISTENER_WORD}\s+){{0,7}}?{_LISTENER_WORD})"
)
# What follows "that" opens a clause with its subject ("that the spill was smaller"), never a verb ("in the
# weeks that followed"); "they" or "you" may be the listener dropped ("told the schools that they ...")
_SUBJECT_AFTER_THAT = (
    r"(?=(?-i:(?:the|a|an|this|these|those|its|his|her|our|their|it|he|she|we|I|there|some|many|most|all|no)\s"
    r"|[A-Z\d“\"‘']))"
)
# "once" (and the "only" before it) opening a clause of time: a subject follows, a determiner, pronoun, name,
# figure or plural noun ("once engineers have checked"); not the adverb of how often ("once daily", "once a
# week", "once again")
_ONCE_AT = re.compile(r"\s(?:(?:only|just|even)\s)?once\s")
_ONCE_OPENS_CLAUSE = re.compile(
    r"\s(?:(?:only|just|even)\s)?once\s(?!an?\s(?:year|week|month|day|decade|season|time|while|fortnight"
    r"|quarter|century|night|minute|hour)\b)"
    rf"(?:{_SUBJECT_AFTER_THAT}|(?!(?:was|has|is|does|always|perhaps|thus|this|its|his|towards|afterwards)\b)"
    r"(?=[a-z]+[a-rt-z]s\b))"
)
# Nouns whose "that" opens what they hold, not what was said: "in the hope that", "to the point that"
_NOUN_THAT = frozenset(
    """point extent degree effect hope belief grounds sense assumption knowledge condition fact notion idea
    way event case view expectation understanding time day week month year moment""".split()
)
# "said in a letter Friday to the chief executive that ...", "told reporters in the capital that ...":
# whom and where it was told goes; a headline keeps who said what ("was told that" has no speaker)
_SAID_TO_LISTENER = compile_for_search(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)"
    rf"\b(?:(?P<said>said|says|wrote|writes|stated|announced|added|warned)(?:\s+{_SAID_PHRASE})+"
    # ("told him that he ...": a pronoun listener may be whom what follows is about; it stays)
    r"|(?<!\bhave\s)(?P<told>told|tells)\s+(?!(?:him|her|them|us|me|it|you|that)\b)"
    rf"(?:{_LISTENER_WORD}\s+){{0,5}}?{_LISTENER_WORD}"
    rf"(?:\s+{_SAID_PHRASE})*)"
    # (a dash before "that" sets what follows apart from the verb: 'said on "Harbour Weekly" -- that ...')
    rf"(?<![-—–])\s+that\s+{_SUBJECT_AFTER_THAT}"
)
# What was said, its verb left in the sentence before the clause: "to the chief executive that the new
# claim ..." (with "Friday" gone as an opening date) -> "the new claim ..."
_LISTENER_OPENING = re.compile(
    rf"^{_SAID_PHRASE}(?:\s+{_SAID_PHRASE})*\s+that\s+{_SUBJECT_AFTER_THAT}", re.IGNORECASE
)


# Whom it was told, then "that" and what was said, the verb "told" left in the sentence before the clause:
# "the state broadcaster that the talks had failed" (told ...)
_LISTENER_THEN_THAT = re.compile(
    rf"^(?:{_LISTENER_WORD}\s+){{0,5}}?{_LISTENER_WORD}\s+that\s+{_SUBJECT_AFTER_THAT}"
)
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|informed|informs|assured|assures|reminded|reminds)\s+$")


# The end of a listener's name left before what was told with no "that" ("told a news | conference the
# agency was ...", "told Radio | 4 the warning had ..."): words of a name, a figure or a noun of an audience,
# then the subject of what was said
_LISTENER_TAIL = re.compile(
    # (the clause opens with a capital, whatever the sentence wrote: "Conference the agency was ...")
    r"^(?:(?:[A-Z][\w’'.&“”\"-]*|\d+|(?i:conference|briefing|meeting|reporters|journalists|audience|gathering|crowd"
    r"|summit|forum|session|hearing|committee|panel|programme|program|show|radio|television|newspaper))\s+){1,3}?"
    rf"(?:(?:on|late|early|last)\s+{_WEEKDAYS}\s+)?(?=(?:the|a|an|its|his|her|their|this|these|those|he|she|it|they"
    r"|we|there)\s)"
)
# "told a news ", "told BBC Radio 4 on Monday ": the verb and the listener's words (and a day) before the
# clause
_TOLD_LISTENER_OPENING = re.compile(
    rf"\b(?:told|tells|informed|informs|assured|assures)\s+(?:{_LISTENER_WORD}\s+){{0,6}}$"
)


def _without_told_listener(text: str, sentence: str) -> str:
    """What was said, without the listener its clause opens with when the sentence has "told" straight
    before it ("Roe told the state broadcaster that the talks had failed": "the talks had failed")."""
    tail = _LISTENER_TAIL.match(text.lstrip())
    if tail is not None and tail.group().split()[0].lower() in COMMON_OPENERS:
        tail = None  # ("On a House panel that ...", "Because of its ...": a phrase's opening word, no name's)
    said = text.lstrip()[tail.end() :] if tail is not None else ""
    # (where what was told opens in the sentence: a day may stand between the listener and it, "told
    # Radio 4 on Monday the warning ...")
    at = sentence.lower().find(said[:40].lower()) if said else -1
    told = _TOLD_LISTENER_OPENING.search(sentence[:at]) if at > 0 and tail is not None else None
    if tail is not None and told is not None and tail.group().split()[0].lower() in told.group().lower():
        return said
    found = _LISTENER_THEN_THAT.match(text)
    where = sentence.find(text.lstrip()[:40]) if found is not None else -1
    if (
        found is None
        or where < 0
        or not _TOLD_BEFORE.search(sentence[:where])
        or _FINITE.search(found.group()[: -len("that ")].rsplit(" that", 1)[0]) is not None
        or _noun_holds_that(found)
    ):
        return text
    return text[found.end() :]


def _noun_holds_that(found: re.Match[str]) -> bool:
    """Whether the "that" found opens what a noun before it holds ("in the hope that ..."), or the words
    before it hold a clause of their own ("said on Monday it found no evidence to support claims that
    ...": what was said began before "that")."""
    stretch = found.group().rsplit(" that ", 1)[0]
    before = stretch.rsplit(" ", 1)[-1].lower()
    # (the verb of saying that opens the stretch is not one of its own)
    inside = stretch.split(" ", 1)[1] if " " in stretch else ""
    own_clause = _FINITE.search(inside) is not None or re.search(r"\b(?:it|he|she|they|we|I)\b", inside)
    return before in _NOUN_THAT or bool(own_clause)


def _without_listener(found: re.Match[str]) -> str:
    """The verb of saying alone, "told" as "said", for it and what follows its "that"."""
    if _noun_holds_that(found):
        return found.group()
    told = found.group("told")
    verb = found.group("said") or ("tells" if told == "tells" else "said")
    return f"{verb} "


# Where a statement was made, after its verb: the headline keeps who said what
_MEDIUM = re.compile(
    r"\b(said|says|wrote|writes|stated|announced|added|warned)\s+in\s+(?:an?|his|her|its|their)\s+"
    r"(?:open\s+)?(?:letter|statement|interview|email|post|note|memo|speech|report|blog\s+post)"
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?(?:\s+(?:on\s+)?\w+day)?(?=\s+that\b)"
)
_AUXILIARY_NEXT = re.compile(
    r"\s*(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does)\s"
)
# (any verb in the present or the past may follow: "Seize NWG, a campaign aimed at ..., plans a week of ...")
# ("The quake, Haiti's worst in decades, struck ...": an apposition may open with a possessive name, and
# the verb after it may be an irregular past)
_APPOSITION_BEFORE_VERB = re.compile(
    r"(?<=\w),\s+(?:the|a|an|[A-Z][\w.-]*['’]s)\s+[^,;]{1,120},(?=\s+(?:is|are|was|were|has|have|had|will|would"
    r"|said|says|[a-z]{3,}(?<!ss)s|[a-z]{3,}ed|read"
    rf"|{alternatives(w for w in IRREGULAR_PAST if w not in _PAST_ALSO_A_NOUN)})\s)"
)

# "Tom Hale, president of the dockers' union, criticised ...", "Tom Hale, Harwick Port's operations chief,
# said ...": a person's name, then a bare role (what it is of) or a possessive description, between the name
# and its verb; the name tells who (a description with a verb of its own, "who ...", is no apposition)
_NAME_ROLE_BEFORE_VERB = compile_gated(
    r"(?P<name>\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+"
    r"(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:['’]s|(?<=s)['’])\s+(?:[a-z-]+\s+){0,4}"
    rf"(?:{alternatives(PERSON_ROLES)})"
    r"|(?:(?:deputy|vice|assistant|acting|former|chief|senior|executive|general)[ -])?"
    rf"(?:{alternatives(PERSON_ROLES)})"
    r"\s+(?:of|at|for)\s+(?!(?:who|which|that)\b)[^,;:“”\"]{2,90}?),"
    r"(?=\s+(?:(?:[a-z]+ly)\s+)?(?:is|are|was|were|has|have|had|will|would|said|says|[a-z]{3,}ed"
    rf"|{alternatives(w for w in IRREGULAR_PAST if w not in _PAST_ALSO_A_NOUN)})\s)"
)

_PLACE_ASIDE_BEFORE_VERB = compile_for_search(
    r"(?<=\w),\s+(?:based|centred|centered|located|headquartered|stationed|moored|anchored|situated|born)"
    r"\s+(?:at|in|near|on|off|outside|inside)\s+[^,;]{1,100},"
    r"(?=\s+(?:is|are|was|were|has|have|had|will|would|[a-z]{3,}ed)\s)"
)
_AGENT_ASIDE_BEFORE_VERB = compile_for_search(
    r"(?<=\w),\s+(?:(?:led|headed|chaired|backed|funded|commissioned|accompanied|supported|flanked|joined|run"
    r"|called|organi[sz]ed|staged|ordered|brokered|sponsored|convened|[a-z]{3,}ed)"
    # ("The estimates, released Thursday by a panel, show ...": the day of the act may come before "by")
    rf"(?:\s+(?:on\s+)?{_WEEKDAYS})?"
    # ("The commanders, including the deputy commander, had overseen ...": who is among them)
    r"\s+by|including|among\s+them)\s+[^,;]{1,100},(?=\s+(?P<verb>[a-z]+)\s)"
)


# a verb in the present after a singular subject: "The bridge, damaged by floods, reopens today" ("its",
# "this", "thus", "unless", "whereas" end in "s" and are none)
_PRESENT_SINGULAR = re.compile(r"[a-z]{3,}s(?<!ss)(?<!us)(?<!is)(?<!as)")


def _agent_aside(found: re.Match[str]) -> str:
    """Nothing where the aside was when the subject's own verb follows it, else the aside as it was."""
    verb = found.group("verb")
    return (
        ""
        if _FINITE.fullmatch(verb) or _PRESENT_SINGULAR.fullmatch(verb) or _reports_after(found)
        else found.group()
    )


def _reports_after(found: re.Match[str]) -> bool:
    """Whether the word after an aside is a verb known by the clause it reports: "The estimates, released by
    a panel, show that ..." (a plural's verb, which no list of verbs holds)."""
    return re.match(r"\s+[a-z]+\s+that\s", found.string[found.end() :]) is not None


_SAID_COLON = compile_gated(
    r"^(?P<who>(?:[A-Z][\w’'.-]*|the|of|for|and)(?:\s+(?:[A-Z][\w’'.-]*|the|of|for|and)){0,7})\s+"
    r"(?:said|says|added|stated)(?:\s+(?:of|about|on)\s+[^:;\"“]{1,60})?:\s*[\"“]?(?P<what>[^\"”]{12,})"
)


def _after_relative(found: re.Match[str]) -> str:
    """What stands where a relative clause was: its closing comma, or nothing before its subject's verb
    ("Jane Roe, who raised the alert, is trying ..." -> "Jane Roe is trying ...")."""
    if not found.group().endswith(","):
        return ""
    # ("announced the grant, which should reach 3,500 pupils, at a reading": the phrase goes on with no comma)
    following = found.string[found.end() :].lstrip()
    # ("Acme, which owns the well, late Friday blasted the operator": the day before the verb is no subject)
    following = re.sub(rf"^(?:(?:late|early)\s+)?(?:on\s+)?{_WEEKDAYS}\s+", "", following)
    first = following.split(" ", 1)[0]
    # ("The barrier, which had held for years, failed on Sunday": the subject's own verb follows)
    subject_verb = (
        _AUXILIARY_NEXT.match(found.string, found.end())
        or first in _PREPOSITIONS
        or (first.islower() and _FINITE.fullmatch(first) is not None)
    )
    return "" if subject_verb else ","


# (with where it was said: "announced in New Orleans that ..." -> "announced ...")
# A time told relative to the report ("yesterday", "last week", "this morning") or a month ("in late
# August") inside the clause, not opening it, and no possessive ("last week's vote" names the vote)
_TOLD_TIME = compile_for_search(
    r"(?<=\w)(?:,\s+|\s+)(?:(?:(?:late|early|later|earlier)\s+)?(?:yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening))?"
    r"|(?:(?:late|early)\s+)?(?:last|this)\s+(?:night|morning|afternoon|evening)"
    r"|(?:earlier|later)?\s*(?:last|this|next)\s+(?:week|month|year|weekend)"
    r"|(?:earlier|later)\s+(?:this|that)\s+(?:week|month|year|day)"
    # ("in August of last year" goes whole or not at all)
    rf"|(?:(?:earlier|later)\s+)?in\s+(?:(?:early|late|mid)[-\s]+)?{_MONTHS}(?:\s+(?:19|20)\d\d)?(?!\s+of\b))"
    r"(?!['’]s)(?=[\s,.;:]|$)",
)


# Words after which a time is what a phrase is about, not when the act was: it stays or the word is left
# ("just last week", "only this year": a word that weighs the time goes with it, or is left weighing nothing)
_TIME_IS_OBJECT = frozenset(
    "of since from until till before after for by than to between and or as just only even recently".split()
)


_BE_OR_HAVE = frozenset("be been being is are was were has have had get got gets".split())


def _without_told_time(text: str) -> str:
    """The clause without the times _TOLD_TIME finds, but for one between a participle and a verb ("a
    report released in August suggested ...": the participle would be left describing nothing)."""

    def drop(found: re.Match[str]) -> str:
        before = text[: found.start()].rsplit(" ", 1)[-1]
        after = text[found.end() :].split(" ", 2)[1:2]
        if re.fullmatch(r"[a-z]{3,}(?:ed|en)", before) and after and _FINITE.fullmatch(after[0]):
            return found.group()
        if before.lower() in _TIME_IS_OBJECT:
            return found.group()  # "the release in August of last year", "the worst since last year"
        # "a cap installed last week": the participle would end the title alone ("is to be launched this
        # morning" is a verb's, and whole without the time)
        described = re.search(r"(?:^|\s)(\S+)\s+[a-z]{3,}(?:ed|en)$", text[: found.start()])
        if (
            re.fullmatch(r"[a-z]{3,}(?:ed|en)", before)
            and not text[found.end() :].strip(" .,;:")
            and (described is None or described.group(1).lower() not in _BE_OR_HAVE)
        ):
            return found.group()
        return ""

    # ("drill two wells later this year | or early in 2027": a time's alternative goes with it, or the
    # title would end on "wells or early in 2027")
    pieces: list[str] = []
    last = 0
    for found in _TOLD_TIME.finditer(text):
        if found.start() < last:
            continue
        kept = drop(found)
        pieces += [text[last : found.start()], kept]
        last = found.end()
        alternative = _TIME_ALTERNATIVE.match(text, found.end()) if not kept else None
        last = alternative.end() if alternative is not None else last
    return "".join(pieces) + text[last:]


# "or early in 2027", "or next year", "and in March": the other time a time offered
_TIME_ALTERNATIVE = re.compile(
    rf"\s+(?:or|and)\s+(?:(?:early|late|mid|later|earlier)[-\s]+)?(?:in\s+)?(?:(?:19|20)\d\d|{_MONTHS}"
    r"(?:\s+(?:19|20)\d\d)?|(?:next|this)\s+(?:week|month|year|weekend))(?=[\s,.;:]|$)"
)


# ("a study showed that only a third ...", "the report indicates that the firm ...": what was found; a
# headline drops this "that" only when the whole clause then fits, since a cut after it leaves no sign that
# what was found lost its verb)
_FOUND_THAT = compile_gated(
    r"\b(shows|showed|suggests|suggested|indicates|indicated|finds|found|concludes|concluded|reveals|revealed"
    r"|confirms|confirmed|disclosed|noted|added)\s+that\s+(?=\S)"
)
# (the verbs whose "that" opens what was said; "stated" in the past alone, "states that" being a noun too)
_THAT_SAYING = "say write announce warn estimate believe argue claim insist predict".split()
_SAID_THAT = compile_for_search(
    rf"\b({_saying_alternatives(*_THAT_SAYING, bare=('say', 'announce'))}"
    rf"|{_saying_alternatives('state', present=False)}|told\s+\w+)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})?\s+that\s+(?=\S)"
)

# A verb of telling or promising, whom it was told (a plain noun phrase: no preposition, relative or verb in
# it), then "that" and the subject of what was told: "promised the fans that the club ..."
_TOLD_LISTENER_THAT = re.compile(
    r"(?P<told>\b(?:told|tells|promised|promises|assured|assures|warned|warns|reminded|reminds|informed|informs"
    r"|notified|convinced|persuaded)\s+(?!(?:that|him|her|them|us|me|you|it)\b)"
    r"(?:(?!(?:that|in|on|at|of|for|with|by|to|from|who|which|whom|and|or|but|about|after|before|during|is|are"
    r"|was|were|has|have|had|will|would)\b)[\w’'.-]+\s+){1,5}?)that\s+"
    rf"{_SUBJECT_AFTER_THAT}"
)
# Nouns whose "that" opens what they hold, after a verb of telling: "told the story that ...", "repeated the
# claim that ..."
_TOLD_NOUN_THAT = _NOUN_THAT | frozenset(
    "story stories news claim claims rumour rumor report lie tale message".split()
)

# A title that ends on a preposition whose phrase was cut ("... had lied to police about")
_PREPOSITION_LAST = re.compile(
    r"\s(?:about|of|to|for|with|from|by|in|on|at|into|over|under|after|before|through|against|between|among"
    r"|during|without|than|near|across|toward|towards|despite|within)$"
)
# An adverb of time or manner where the listener would stand ("newly" too, whose "that" stays)
_ADVERB_NO_LISTENER = re.compile(
    r"(?!(?:family|assembly|ally|Italy|supply|rally|July|monopoly|anomaly)$)[a-z]+ly|today|yesterday|tonight"
    r"|again|earlier|later|now|also|still|then|once|last|this|next|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
)


def _without_told_that(told: re.Match[str]) -> str:
    """The verb of telling and whom it was told, without the "that" after them; the match itself when the
    last word is a noun that holds the clause ("told the story that the firm ...") or an adverb stands where
    the listener would ("warned yesterday that")."""
    listener = told.group("told").rstrip()
    words = listener.split()[1:]
    # ("warned yesterday that the country ...": with no listener before the adverb, the words after it
    # would read as whom it was told; "assured markets again that" has its listener, and may drop it)
    if words[-1].lower() in _TOLD_NOUN_THAT or _ADVERB_NO_LISTENER.fullmatch(words[0]):
        return told.group(0)
    return f"{listener} "


# a word shaped like an adjective that describes no noun yet ("a ban on drilling exploratory | and development
# wells"): the "and" joins it to the next word of the noun's
_ADJECTIVE_BEFORE_AND = re.compile(r"\b[a-z][\w-]*(?:ory|ive|ous|ary|ical)$")
# an article and a word shaped like an adjective ("a criminal", "a Belgian", "an offensive")
_ARTICLE_AND_WORD = re.compile(r"\b(?:a|an|the)\s+[\w-]+(?:al|ic|ous|ive|ary|ian|ese|ish|ern|ful|less)$")
# ... unless what follows "and" opens a noun phrase of its own, with a determiner, a figure or a name that is
# no demonym: "docked at the regional capital | and UN convoys set off", "the criminal | and the civil"
_NEW_PHRASE_AFTER_AND = re.compile(
    r"\s(?:and|or)\s+(?:(?:the|a|an|its|their|his|her|this|these|those|some|all|\d[\d,.]*)\s"
    r"|[A-Z]{2,}\s|[A-Z][a-z]+(?<!an)(?<!ese)(?<!ish)(?<!ern)(?<!ic)\s)"
)
# "both the bridge | and the dam could reopen", "between the army | and the rebels": a correlative that
# waits for its "and" holds the phrase open
_DETERMINER_AND_WORD = re.compile(r"\b(?:a|an|the|any|some|no|its|their|his|her|our|every)\s+[\w-]+$", re.I)
# ("either the bridge | or the dam", "whether to stay | or leave": the same for "or")
_AWAITS_AND = re.compile(
    r"\b(?:both|between)\s+(?:(?!\band\b)[^,;:])*$|\b(?:either|whether)\s+(?:(?!\bor\b)[^,;:])*$",
    re.IGNORECASE,
)


# ", rain-drenched tour", ", costly repairs": a second word describing the noun that follows, after a first
# one with its determiner ("his short, rain-drenched tour")
_SECOND_ADJECTIVE = re.compile(
    r",\s+(?:[a-z]+(?:-[a-z]+)+|(?!(?:and|but|then|both|which|who|whose|while|when|with|the|its|his|her|their|this"
    r"|that|not|now|yet|also|some|many|most|all|each|one|two|three)\b)[a-z]{3,}(?<!ing)(?<!ed))\s+[a-z]{3,}(?<!ing)\b"
    r"(?=\s*(?:[.;:,]|$)|\s+(?:of|in|on|at|to|for|with|by|from|and|between|over|through|into|across|along|near"
    r"|after|during)\b)"
)
# ", shrimp and crabs", ", rail or road": the rest of a list whose first item stands before the comma
_LIST_GOES_ON = re.compile(
    r",\s+(?!(?:and|or|but|which|who|whose|where|when|while|as|if|so|then|yet|the|a|an|he|she|it|they|we)\b)"
    r"(?P<items>(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*)\s+(?:and|or)\s+[a-z]"
)
# ", lawyer Ian Marsh", ", the harbour master Ana Roe": a role and a name closing a title, with no verb
_ROLE_NAME_TAIL = re.compile(r",\s+(?P<role>(?:[a-z][\w-]*\s+){1,3})(?:[A-Z][\w’'.-]*\s+){1,2}[A-Z][\w’'-]*$")
_SAYING_WORD = re.compile(r"\b(?:said|says|say|told|added|according|wrote|warned|asked|explained)\b")
# "than the firm", "than the firm's own engineers": a comparison whose "and" joins what is compared
_AFTER_THAN = re.compile(r"\bthan\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+$")
# "forced the crews", "urged all residents": a noun that the infinitive after it has for its subject ("for
# the firm to act" is left out: "gathered in Davos for the forum | to discuss" is as often a purpose)
_SUBJECT_OF_INFINITIVE = re.compile(
    r"\b(?:forces?|forced|forcing|allows?|allowed|allowing|urges?|urged|urging|asks?|asked|asking|enables?"
    r"|enabled|requires?|required|persuaded?|ordered|orders|prompted|prompts|causes?|caused|encouraged?"
    r"|encourages|invited?|invites|told|tells|wants?|wanted|expects?|expected|led|leads|leading|helped|helps)"
    r"\s+(?:[\w’'-]+,?\s+){0,5}[\w’'-]+$",
    re.IGNORECASE,
)
# what may follow such a noun before its infinitive: the rest of a list (", shrimp and crabs"), then "to" and
# a verb (never "to the", "to 40")
_ON_TO_INFINITIVE = re.compile(
    r"(?P<words>(?:,?\s+(?:(?:and|or)\s+)?[\w’'-]+){0,4}?)\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that|these"
    r"|those|be\s+\w+ed)\b)[a-z]{2,}\b"
)


# A word that needs the "of" phrase after it ("installed on top | of the valve", "the man in day-to-day
# charge | of the site", "the eventual sinking | of the rig"): a compound preposition, a noun made of a verb
# with its determiner
_NEEDS_OF = re.compile(
    r"(?:\b(?:on\s+top|in\s+(?:[\w-]+\s+)?charge|on\s+behalf|in\s+(?:favou?r|support|spite|search|front|place|light"
    r"|terms)|in\s+the\s+(?:wake|middle|face|case|event|hands|course)|at\s+the\s+(?:end|start|heart|centre|center|height)"
    r"|as\s+a\s+result|(?-i:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+)?[a-z]{3,}ing"
    # ("recorded 20 km north | of the capital": a direction needs the place it is reckoned from; "in the
    # north" is a region, whole)
    r"|(?<!\bthe\s)(?:north|south|east|west)(?:-?(?:east|west))?|(?:north|south)(?:ern)?-?(?:east|west)(?:ern)?"
    # ("to use smaller quantities | of a cleaning agent", "a site at the mouth | of the river", "one | of the
    # ships"): a noun of amount, part or relation, a quantifier or an office names nothing until its "of"
    # phrase says of what
    r"|(?<![\w'’-])(?:amounts?|quantit(?:y|ies)|volumes?|effects?|mouth|edge|edges|outskirts|rest"
    r"|remainder|bulk|capacity|proportion|percentage|fraction|portion|part|parts|size|extent|scale"
    r"|scope|fate|bottom|middle|tip|dozens|hundreds|thousands|millions|tens|one|some|many"
    r"|most|much|none|each|both|half|any|several|head|members?|director|chairman|chairwoman|president))"
    # ("announce that only 40% | of the money was still there"): a share that opens a clause is its subject,
    # and names nothing until its "of" phrase says of what ("rose to 8%" is whole)
    r"|(?:^|\bthat\s+|\b(?:says|said|say)\s+)(?:(?:only|about|some|nearly|almost|just|around|roughly)\s+)?"
    r"\d[\d.,]*\s?(?:%|percent|per\s+cent))$",
    re.IGNORECASE,
)
# "to skim | and remove 400 barrels", "to drill | or complete the well": two verbs of one infinitive share the
# object after the second
_BARE_INFINITIVE = re.compile(r"\bto\s+(?!be\b)[a-z]{3,}$")
_SECOND_VERB_AND_OBJECT = re.compile(
    r"\s(?:and|or)\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|it|they|he|she|we|then|also|not|so)\b)"
    r"[a-z]{3,}\s+(?:the|a|an|its|their|all|some|more|up\s+to|about|nearly|at\s+least|\d)"
)

# "to monitor and deal | with any cases", "to inspect and repair | the levees": two infinitives joined, then
# the object (or the preposition that leads to it) both share; a cut after the second leaves both without it
_TWO_INFINITIVES = re.compile(r"\bto\s+(?!be\b)[a-z]{3,}\s+(?:and|or)\s+(?!be\b)[a-z]{3,}$")
_SHARED_OBJECT = re.compile(
    r"\s(?:with|the|a|an|any|all|its|their|his|her|some|more|up\s+to|about|nearly|\d)\b(?!\s*[,.;:])"
)


_NO_NOUN_BEFORE_PARTICIPLE = frozenset(
    """to be been being not also still then now just only and or but who which that it he she they we i you
    was were is are has have had will would can could may might must should did does do get got go goes
    went keep kept begin began start started stop stopped""".split()
)


_CLAUSE_JOINT = re.compile(
    r"[,;:]|\s(?:and|or|but|while|when|as|because|who|which|that|where)\s", re.IGNORECASE
)


# A participle right after a cut: " backed by", " moved to"
_PARTICIPLE_NEXT = re.compile(rf"\s+(?:[a-z]{{3,}}ed|{alternatives(IRREGULAR_PARTICIPLES)})\s")


def _describes_the_noun_before(text: str, cut: int) -> bool:
    """Whether the participle after `cut` follows a noun it may describe ("the scheme | backed by three
    banks"), not a verb, auxiliary or adverb it completes ("was | backed by", "quickly | moved to")."""
    # (the clause kept must have had its verb, in what was said if anything was: "Rescue teams from the
    # north | moved to the coast", "The agency says rescue teams | moved to ..." keep a subject whose verb
    # is cut)
    said = _WHAT_SAID.search(text, 0, cut)
    verbs = list(_FINITE.finditer(text, said.start(1) if said is not None else 0, cut))
    if not verbs:
        return False
    if _PARTICIPLE_NEXT.match(text, cut) is None:
        return True  # a span of time counted back goes after any word
    # (the noun described is the object of that verb, in its clause: "the boat sank and the crew | jumped into
    # the sea" has a clause of its own after "and")
    if _CLAUSE_JOINT.search(text, verbs[-1].end(), cut) is not None:
        return False
    before = text[:cut].rsplit(" ", 1)[-1].strip("“”\"'’‘").lower()
    return (
        before.isalpha()
        and before not in _NO_NOUN_BEFORE_PARTICIPLE
        and not before.endswith("ly")
        and _FINITE.fullmatch(before) is None
    )


# "the cracked part", "the southern edge", "its upper end": a noun of part with a word describing it names a
# thing of its own, and reads whole without its "of" (of the words in "-er" only those of place: "the other
# part", "the better part", "the greater part" wait for what they are part of)
_DESCRIBED_PART = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:[a-z]{3,}(?:ing|ed|en|al|ic|ive|ous|ern|most)"
    r"|upper|lower|inner|outer|top|far)"
    r"\s+(?:mouth|edges?|parts?|bottom|middle|tip)$",
    re.IGNORECASE,
)


# "evacuated thousands | of residents", "trapped dozens | of miners": a plural count of people after a verb or
# preposition is the object it counts, and reads whole when the only other cut would lose it. A count of
# things does not ("sweep millions | of litres": millions of what?); after a word that opens a clause the
# count is that clause's subject ("and since then thousands | of cases were ..."), and names nothing without
# its "of", as after a determiner ("the thousands | of ships")
_COUNT_AT_END = re.compile(r"(?<![,;:])\s(?P<before>[a-z][\w’'-]*)\s+(?:dozens|hundreds|thousands|millions)$")
_COUNTED_PEOPLE = COLLECTIVE_SPEAKERS | frozenset(
    "people families children men women passengers civilians pupils voters fans prisoners inmates".split()
)
_OF_PEOPLE = re.compile(rf" of (?:[a-z][\w’'-]*\s+)?(?:{PEOPLE_PLURAL}|(?P<noun>[a-z][\w’'-]*))\b")


def _counted_people(text: str, cut: int) -> bool:
    """Whether the cut at `cut` closes on a count of people that is its verb's object: "... evacuated
    thousands | of local residents"."""
    count = _COUNT_AT_END.search(text, 0, cut)
    before = count.group("before") if count else ""
    if count is None or (
        before in COMMON_OPENERS | _DETERMINERS | _CLAUSE_LINKS and before not in _LINKS_TO_A_COUNT
    ):
        return False
    people = _OF_PEOPLE.match(text, cut)
    return people is not None and (people.group("noun") is None or people.group("noun") in _COUNTED_PEOPLE)


# (words opening a clause of their own that COMMON_OPENERS leaves out: "which thousands | of ...")
_CLAUSE_LINKS = frozenset("which who whom until nor several".split())
# (a preposition takes the count as its object: "the airlift of hundreds | of children", "home to thousands")
_LINKS_TO_A_COUNT = frozenset("in on at for with from by into over of to about among".split())


def _waits_for_its_phrase(text: str, cut: int) -> bool:
    """Whether a cut at `cut` leaves the last word before it waiting for the phrase after it: an "of" phrase
    a word needs, the object two infinitives share, the rest of a comparison."""
    if text.startswith(" of ", cut) and _NEEDS_OF.search(text, 0, cut):
        return not _DESCRIBED_PART.search(text, 0, cut)
    if text.startswith(" than ", cut) and _COMPARATIVE_END.search(text, 0, cut):
        return True  # "ratings more | than doubled": the comparison is cut in two
    if _TWO_INFINITIVES.search(text, 0, cut) and _SHARED_OBJECT.match(text, cut):
        return True  # "to monitor and deal | with any cases", "to inspect and repair | the levees"
    return bool(_BARE_INFINITIVE.search(text, 0, cut) and _SECOND_VERB_AND_OBJECT.match(text, cut))


# A word that describes a noun (an adjective's ending, an ordinal, or a participle after a determiner or a
# figure: "the injured", "4,000 suspected"), just before "and"/"or" ...
_MODIFIER_SHAPE = (
    r"(?:[a-z][\w-]*(?:able|ible|al|ic|ous|ive|ary|ory|ful|less|ate)|first|only|sole|second|third|last)"
)
_MODIFIER_BEFORE_AND = re.compile(
    rf"(?<![\w-]){_MODIFIER_SHAPE}$"
    r"|\b(?:the|a|an|its|their|his|her|some|many|most|all|more|\d[\d,.]*)\s+[a-z]{3,}ed$"
)
# ... and a second such word after it, then the noun both describe ("and recreational fishing", "and only
# case", "and untested attempt"): the "and" joins two words of one noun phrase, and a cut there leaves the
# first describing nothing ("closing commercial")
_MODIFIER_AND_ITS_NOUN = re.compile(
    rf"\s(?:and|or)\s+(?:{_MODIFIER_SHAPE}|(?:un)?[a-z]{{3,}}ed)\s+"
    r"(?!(?:the|a|an|its|their|his|her|this|that|these|those|to|of|in|on|at|by|for|with|from|into|and|or|but"
    r"|as|than|it|them|him|he|she|they|we|who|which|not|also)\b)[a-z][\w-]{2,}"
)
# "have to", "going to", "is expected to", "is due to": a word that takes the "to" after it as its own
# (the words of these that are verbs whose object is the infinitive, shared with the list of such verbs below)
_VERBS_TAKING_TO = "going|have|has|had|ought|used|about|due|set|bound"
# ... of which those that still read right with their "to" cut off ("the rate is expected", "the ferry is
# unlikely"; "the owners are going", "we have" would tell another thing)
_READ_WITHOUT_THEIR_TO = "likely|unlikely|expected|poised|able|unable|willing|ready|supposed"
_WORD_BEFORE_ITS_TO = re.compile(rf"(?<![\w’'-])(?i:{_VERBS_TAKING_TO}|having|{_READ_WITHOUT_THEIR_TO})$")
_WORD_KEPT_WITHOUT_ITS_TO = re.compile(rf"(?<![\w’'-])(?i:{_READ_WITHOUT_THEIR_TO})$")
# "will begin | to hold briefings", "the firm tried | to mend the gate": a verb whose object is the infinitive
# after it, which cut off leaves the verb with nothing done ("the coordinator will begin")
_VERB_BEFORE_ITS_INFINITIVE = re.compile(
    # (not the forms that are as often nouns: "suspend its plans | to expand", "a pledge | to", "a start")
    r"(?<![\w’'-])(?i:begins?|began|begun|beginning|started|starting|continues?|continued|tr(?:y|ies|ied|ying)"
    r"|wanted|planned|planning|hoped|hoping|needed|decides?|decided|agrees?|agreed|refuses?|refused|fail(?:s|ed)?"
    r"|seeks?|sought|aimed|vowed|pledged|promised|threaten(?:s|ed)?|intend(?:s|ed)?|attempted|prepares?"
    rf"|manage[sd]?|{_VERBS_TAKING_TO})$"
)
# ... when the "to" opens a verb, not a phrase of place or recipient ("agreed | to the terms")
_TO_THEN_VERB = re.compile(
    r" to (?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your|all|some|any|each|every|no)\b)"
    r"[a-z]{2,}\b"
)
# A verb of thinking whose object is the "that" clause after it: "we can all conclude | that ..." keeps
# none of what was concluded
_THINKING_AT_END = re.compile(
    r"(?<![\w’'-])(?i:conclude|think|believe|agree|know|expect|hope|fear|suspect|realise|realize|accept|doubt"
    r"|assume|argue|insist|feel|understand)$"
)
# "to confirm | whether ...", "to decide | which ...": a question the infinitive before it takes for its
# object
_QUESTION_AFTER_INFINITIVE = re.compile(r"\s(?:whether|which|what|how|why|who)\s")
_INFINITIVE_AT_END = re.compile(r"\s+to\s+(?!be$)[a-z]{3,}$")
_OPEN_QUESTION = re.compile(
    r"\bto\s+[a-z]{3,}\s+(?:whether|which|what|how|why|who)\b(?P<rest>[^,;:]*)$", re.IGNORECASE
)
_WH_INFINITIVE = re.compile(r"\s+to\s+(?!(?:the|a|an|his|her|its|their|this|these|those)\b)[a-z]{2,}\s+\S")
_PARTICIPLE_AT_END = re.compile(rf"(?<![\w-])(?:[a-z]{{3,}}ed|{alternatives(IRREGULAR_PARTICIPLES)})$")


def _held_before_its_to(text: str, cut: int) -> bool:
    """Whether `cut` falls between a word that still reads right alone (`_WORD_KEPT_WITHOUT_ITS_TO`) and
    the "to" it takes."""
    return text.startswith(" to ", cut) and _WORD_KEPT_WITHOUT_ITS_TO.search(text, 0, cut) is not None


def _reduced_relative_start(text: str, cut: int) -> int:
    """Where the participle before a "by" agent at `cut` opens, when it describes the noun before it ("judges
    sacked | by the general" -> before "sacked"); `cut` itself otherwise ("was sacked | by", "those
    questioned | by", whose word before is no noun to keep)."""
    participle = _PARTICIPLE_AT_END.search(text, 0, cut)
    if participle is None:
        return cut
    before = text[: participle.start()].rsplit(None, 1)[-1:]
    if not before or before[0].lower() in _NO_NOUN_BEFORE_REDUCED:
        return cut
    if _BARE_INDEFINITE_OBJECT.search(text, 0, participle.start() - 1):
        return cut  # ("had not been in an area | affected by ...": "in an area" alone says nothing)
    return participle.start() - 1 if _describes_the_noun_before(text, participle.start() - 1) else cut


# A phrase that a participle opens after it: "claims arising | from", "studies showing | that", "tonnes dumped
# | since"
_PHRASE_OF_PARTICIPLE = re.compile(
    r"\s(?:by|from|that|in|on|at|for|with|into|since|over|about|under|against|between|across|near"
    # ("a letter sent | to the mayor"; not an infinitive: "failed to show", "estimated to have leaked")
    r"|to(?=\s(?:the|a|an|his|her|its|their|this|these|those)\s))\s"
)
# ... the participle or gerund ("arising", "dumped", "caused", "given")
_PARTICIPLE_THEN_PHRASE = re.compile(
    rf"(?<![\w’'-])(?P<word>(?!(?:{_NOUNS_IN_ING})\b)[a-z]{{3,}}(?:ed|ing)|{alternatives(IRREGULAR_PARTICIPLES)})"
    rf"(?={_PHRASE_OF_PARTICIPLE.pattern})"
)
# Words before a participle that make it a verb of the clause ("was arrested", "to ease", "not included"), a
# gerund after a preposition ("about protecting"), or a noun in -ing after its determiner ("the meeting")
_VERB_OR_PHRASE_BEFORE = frozenset(
    "is are was were be been being has have had get got gets will would can could may might must should to"
    " not also still just then and or but of about than without by for from in on at with after before while"
    " the a an its his her their this that these those our who which it he she they we i you there".split()
)
# An auxiliary or copula in the stretch after a cut, before any word that opens a clause of its own: the
# verb that the noun before the participle is the subject of ("tonnes dumped since May | can be traced")
# (also what a verb with no subject before it opens: the title lost the subject its clause shared)
_AUXILIARIES = frozenset("is are was were has have had will would could should can may might must".split())
_AUXILIARY_AHEAD = re.compile(rf"^[^,;:“”\"()—–]*?\b(?P<verb>{alternatives(_AUXILIARIES)})\b")
_CLAUSE_OPENS = re.compile(
    r"\b(?:that|which|who|whom|whose|where|when|while|if|because|as|after|before|until|and|but|or|nor|so|yet"
    # (a word of a compound opens nothing: "the so-called scheme")
    r"|how|what|why|whether|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\b(?!-)"
    r"|[,;:]"
)


# A determiner after a word that is no preposition: the object of the word before the stretch, which is then
# the clause's verb, not a participle ("cut by half | the dividend", "defended in parliament | the decision")
_ALL_PREPOSITIONS = frozenset(
    "of to by from in on at for with into since over about under against between across near during after"
    " before through and or than like via amid among without within toward towards around along beyond behind"
    " inside outside throughout upon onto past below above beneath beside despite per as".split()
)
_OBJECT_AFTER_NO_PREPOSITION = re.compile(
    rf"(?<![\w’'-])(?!(?:{alternatives(_ALL_PREPOSITIONS)})\s)"
    r"[a-z]+\s+(?:the|a|an|its|his|her|their|our|this|these|those)\s",
    re.IGNORECASE,
)


def _verb_ahead(rest: str) -> bool:
    """Whether `rest`, the words after a participle's phrase opens, holds an auxiliary before any clause of
    its own opens: the verb of the noun that the participle describes ("from the fire | could be small")."""
    ahead = _AUXILIARY_AHEAD.match(rest)
    if ahead is None:
        return False
    # (a verb before it is the noun's own: "An audit published in May found the grain had rotted"; a name
    # right before it may be its own subject, from words glued on: "... in the town Rescuers have"; after
    # "to" it is an infinitive's)
    last = rest[: ahead.start("verb")].split()[-1:]
    return (
        # (a pronoun before it is its own subject: "cut by half the dividend it | had promised"; and a
        # determiner after no preposition opens the object of a verb, "approved on Tuesday | the budget")
        not (last and last[0].lower() in _PERSONAL_PRONOUNS)
        and not _OBJECT_AFTER_NO_PREPOSITION.search(rest, 0, ahead.start("verb"))
        and not _CLAUSE_OPENS.search(rest, 1, ahead.start("verb"))
        and not _verb_between(rest, 0, ahead.start("verb"))
        and bool(last)
        and not last[0][:1].isupper()
        and last[0] != "to"
    )


def _verb_between(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` holds a finite verb, a word in -s aside but "is", "was", "has", "does" and
    "says" (in "the lower reaches of the river" it is a plural)."""
    return any(
        (
            not verb.group().lower().endswith("s")
            or verb.group().lower() in ("is", "was", "has", "does", "says")
        )
        # ("the so-called program", "an estimated 2,000 boats": a participle that describes)
        and not text.startswith("-", verb.start() - 1)
        and not _DETERMINER_BEFORE_VERB.search(text, start, verb.start())
        for verb in _FINITE.finditer(text, start, end)
    )


_SAID_OR_CLAUSE_BREAK = re.compile(r"\b(?:says|said|say|that)\s|[,;:]\s")


# ("quickly", "Lyon,": an adverb or a mark before a participle leaves it a verb or an aside)
_ADVERB_OR_MARK_AT_END = re.compile(r"(?:ly|\W)$")


def _describing_participles(text: str) -> list[re.Match[str]]:
    """The participles and gerunds of `text` that follow a noun and open the phrase they take ("claims arising
    from", "tonnes dumped since"), not a verb's ("was arrested in") nor a gerund after a preposition."""
    found = []
    for participle in _PARTICIPLE_THEN_PHRASE.finditer(text):
        before = text[: participle.start()].split()[-1:]
        # (only in a clause with no verb before it: after "acquits", "policemen charged with ..." is the
        # object, and a verb after it another clause's)
        opens = [m.end() for m in _SAID_OR_CLAUSE_BREAK.finditer(text, 0, participle.start())]
        if (
            before
            and before[0].lower() not in _VERB_OR_PHRASE_BEFORE
            and not _ADVERB_OR_MARK_AT_END.search(before[0])
            and not _verb_between(text, opens[-1] if opens else 0, participle.start())
        ):
            found.append(participle)
    return found


def _without_participle_phrase(text: str) -> str:
    """`text` without the first participle phrase that describes a noun and stands before that noun's verb:
    "Some 60 % of the tonnes | dumped since May at the mine | can be traced" -> "Some 60 % of the tonnes can
    be traced"; `text` itself when there is none."""
    for participle in _describing_participles(text):
        rest = text[participle.end() :]
        if _verb_ahead(rest):
            ahead = _AUXILIARY_AHEAD.match(rest)
            assert ahead is not None
            return f"{text[: participle.start()].rstrip()} {rest[ahead.start('verb') :]}"
    return text


def _subjects_verb_lost(text: str, kept: str) -> bool:
    """Whether `kept`, a cut of `text`, ends before the verb of the noun that a participle phrase describes
    ("Nearly half of the ballots posted from overseas | during the count have been rejected")."""
    for participle in _describing_participles(text):
        rest = text[participle.end() :]
        ahead = _AUXILIARY_AHEAD.match(rest)
        if ahead is not None and _verb_ahead(rest):
            return len(kept.rstrip(ELLIPSIS)) <= participle.end() + ahead.start("verb")
    return False


def _participle_phrase_shortened(text: str) -> list[str]:
    """`text` with the participle phrase that describes its subject shortened before the subject's verb, the
    longest first that fits TITLE_MAX, keeping the participle and its first phrase ("The man charged with the
    murder of a driver | in Leeds last May | has been remanded"), then without the phrase at all, which
    `_without_participle_phrase` gives."""
    lighter = _without_participle_phrase(text)
    if lighter == text:
        return []
    shortened = []
    for participle in _describing_participles(text):
        rest = text[participle.end() :]
        ahead = _AUXILIARY_AHEAD.match(rest)
        if ahead is None or not _verb_ahead(rest):
            continue
        verb = rest[ahead.start("verb") :]
        for phrase in reversed(list(_PHRASE_OF_PARTICIPLE.finditer(rest, 1, ahead.start("verb")))):
            subject = f"{text[: participle.end()]}{rest[: phrase.start()].rstrip()}"
            kept = f"{subject} {verb}"
            # (its verb and the words it needs kept: a cut inside the subject would lose them)
            if not _DANGLING.search(subject) and fit(kept).startswith(f"{subject} {verb.split()[0]} "):
                shortened.append(kept)
                break
        break
    return [*shortened, lighter]


# A verb the cut leaves without what it needs: a progressive or passive before its "to" or "from" ("the new
# dam is now helping | to control floods", "nurses were being barred | from entering the ward"), or a verb of
# asking, telling or promising kept with its object before the infinitive or clause of what was asked ("the
# board asked the mayor | to resign", "the coach assured the fans | that the club ..."): the reader is left
# waiting for what the verb is about
# (a passive takes only its "from" and gerund here: after it "to" is as often a preposition, "was moved | to
# hospital", "will be determined | to some extent")
_PROGRESSIVE_OR_PASSIVE_AT_END = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am)\s+(?:(?:[a-z]+ly|now|still|also|already|not|being)\s+){0,2}"
    r"(?:(?P<progressive>[a-z]{3,}ing)|[a-z]{3,}ed)$"
)
_COMPLEMENT_OPENING = re.compile(
    r"\s+(?:(?P<to>to)\s+(?!(?:the|a|an|his|her|its|their|this|these|those|some|any|all|every|each|no|more|most"
    r"|many|much|several|what|which|whom|where|date|be|\d+)\b)[a-z]{2,}\b|from\s+[a-z]{3,}ing\b)"
)
_ASKING_THEN_OBJECT = re.compile(
    r"\b(?:asked|asks|urged|urges|told|tells|ordered|orders|promised|promises|assured|assures|warned|warns"
    r"|reminded|reminds|persuaded|persuades|convinced|convinces|invited|invites|encouraged|encourages|forced"
    r"|forces|allowed|allows|pressed|presses|directed|directs|instructed|instructs|informed|informs|notified)"
    r"\s+(?:[\w’'.-]+\s+){0,5}[\w’'.-]+$"
)
# (an infinitive, not "to" before a noun: "called for talks | to the end of the month")
_ASKED_COMPLEMENT = re.compile(
    rf"\s+(?:to\s+(?!(?:be|{alternatives(_DETERMINERS)})\b)[a-z]{{2,}}\b|that\s+{_SUBJECT_AFTER_THAT})"
)


def _verb_awaits_its_complement(kept: str, text: str) -> bool:
    """Whether `kept`, a cut of `text`, ends on a verb (or a verb of asking and its object) whose infinitive,
    "from" phrase or clause the cut took ("A new dam built last year is now helping | to control floods")."""
    kept = kept.removesuffix(ELLIPSIS)
    if not kept or not text.startswith(kept):
        return False
    rest = text[len(kept) :]
    verb = _PROGRESSIVE_OR_PASSIVE_AT_END.search(kept)
    complement = _COMPLEMENT_OPENING.match(rest)
    return bool(
        (verb and complement and (verb.group("progressive") or not complement.group("to")))
        or (_ASKING_THEN_OBJECT.search(kept) and _ASKED_COMPLEMENT.match(rest))
    )


# A participle of showing or saying, before the "that" it takes ("studies showing | that"; not a noun in -ing,
# "a regulatory filing | that")
_ING_BEFORE_THAT = re.compile(
    r"\s(?:showing|saying|suggesting|indicating|claiming|arguing|warning|stating|confirming|revealing|proving"
    r"|alleging|asserting|insisting)$"
)


def _participle_left_open(text: str, cut: int) -> int:
    """Where a cut at `cut` may fall when a participle or gerund before it describes the noun before it and
    takes the phrase after it: -1, no cut here, when the noun's own verb comes after the cut ("claims arising
    | from the fire could be small", "tonnes dumped since May | at the mine can be traced": the cut would lose
    the verb); before the participle when it ends the words kept and the clause's verb came earlier
    ("dismissed studies showing | that the agents are safe" -> "dismissed studies"); `cut` itself otherwise
    ("the ship sailed | from Cork", "was arrested | in Lyon")."""
    describing = _describing_participles(text)
    following = [p for p in describing if p.start() == cut + 1]
    if following and _verb_ahead(text[following[0].end() :]):
        return -1  # "The flood | caused by the storm has cost ...": the words kept are the subject alone
    if not _PHRASE_OF_PARTICIPLE.match(text, cut):
        return cut
    gerund = _ING_BEFORE_THAT.search(text, 0, cut) if text.startswith(" that ", cut) else None
    noun = text[: gerund.start()].split()[-1:] if gerund is not None else []
    if (
        gerund is not None
        and noun
        and noun[0].lower() not in _VERB_OR_PHRASE_BEFORE
        and _verb_between(text, 0, gerund.start())
    ):
        return gerund.start()  # "dismissed studies | showing | that ...": the clause without what it shows
    last = None
    for participle in describing:
        if participle.end() > cut:
            break
        last = participle
    if last is None or _CLAUSE_OPENS.search(text, last.end(), cut):
        return cut
    if _verb_ahead(text[cut:]):
        return -1
    return cut


# The verb a cut leaves last, with the phrase it takes cut off: alone in a relative clause after a noun ("the
# species that live | in the bay") or a participle describing the object of a verb before it ("was causing
# few illnesses compared | with ...")
_RELATIVE_VERB_AT_END = re.compile(
    r"(?P<before>[\w’'-]+)\s+(?P<relative>that|which|who)\s+(?:(?:has|have|had|is|are|was|were|will|would|can"
    r"|could|may|might)\s+)?(?:not\s+)?(?:been\s+)?(?P<verb>[a-z][\w’'-]*)$"
)
# (only a participle in -ed or -ing: an irregular one is as often a noun, "its first pipe cut | in May")
_PARTICIPLE_VERB_AT_END = re.compile(
    rf"(?P<before>[\w’'-]+)\s+(?P<verb>(?!(?:{_NOUNS_IN_ING})$)[a-z]{{3,}}(?:ed|ing))$"
)
# Words in -ed that are no participles: a noun in -eed ("the road speed", "Wall Street greed"), a number
# ("two hundred") or an adjective
_NOUNS_IN_ED = frozenset(
    "need seed speed greed breed bleed creed deed feed weed reed steed tweed hundred kindred hatred sacred"
    " naked wicked rugged ragged wretched".split()
)
# Plurals with no -s (and those in -men): a word in -ing after one describes the group ("people living | in")
_PLURALS_WITHOUT_S = frozenset("people children police".split())
# A word that opens a clause of its own, whose subject the noun before the verb is: "memories of how SARS
# started | in", "too early to say what happened | on"
_OWN_CLAUSE_OPENING = re.compile(
    r"\b(?i:how|what|why|where|when|whether|if|as|because|while|after|before|since|until|once|and|but|or)\b"
)


_COPULA_COMPLEMENT = re.compile(r"\b(?:be|is|are|was|were|been)\s+(?:the|a|an)\s[^,;:]*$")
# A verb whose object a participle completes ("kept the plant closed", "saw prices rising")
_OBJECT_AND_ITS_COMPLEMENT = re.compile(
    r"\b(?i:keeps?|kept|leaves?|left|prevents?|prevented|stops?|stopped|sees?|saw|seen|finds?|found|watch(?:es|ed)?"
    r"|hears?|heard|gets?|got|have|has|had|sends?|sent|sets?|catch(?:es)?|caught|wants?|wanted)"
    r"\s+(?:(?:the|a|an|its|their|his|her|some|many|more|all)\s+)?(?:[\w’'-]+\s+){0,2}$"
)
# A word of degree before a participle makes it an adjective, the clause's complement ("became more troubled")
_DEGREE_WORDS = frozenset("more most less least very too so as quite rather".split())
# A noun phrase a relative clause picks one of, or everyone of: the clause is then its point ("the only
# member who voted | against", "the first player who scored | in", "anyone who was | in the area")
_PICKED_BY_ITS_CLAUSE = re.compile(
    r"(?:\b(?i:only|first|last|second|third|next|sole)\s+(?:[\w’'-]+\s+){0,5}"
    r"|\b(?i:anyone|anybody|everyone|everybody|someone|somebody|those|all)\s+)$"
)
# A determiner straight after a noun of a determiner's phrase opens the subject of a clause of its own, whose
# verb the participle is ("the same merger the shareholders rejected | in", "the cuts the government announced
# | in"; not a verb's object, "to fund a", "set up the")
_NOUN_THEN_DETERMINER = re.compile(
    r"\b(?i:the|a|an|its|his|her|their|our|this|these|those)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?P<noun>[a-z][\w’'-]*[a-z])(?=\s+(?i:the|a|an|its|his|her|their|our|this|these|those)\s)"
)


def _verb_left_without_its_phrase(text: str, cut: int) -> int:
    """Where a cut at `cut` falls when the last word it keeps is a verb that takes the phrase after the cut
    and is no verb of the clause's own: before that verb's relative clause or participle ("the species that
    live | in the bay" -> "the species", "few illnesses compared | with" -> "few illnesses"); `cut` itself
    otherwise ("Prices jumped | in March", "said prices jumped | in March", "was downgraded | to").
    A relative clause or a participle phrase without its phrase tells nothing of the noun it was to describe,
    and the clause before it is whole."""
    if not _PHRASE_OF_PARTICIPLE.match(text, cut):
        return cut
    kept = text[:cut].rstrip()
    relative = _RELATIVE_VERB_AT_END.search(kept)
    if relative is not None:
        before = relative.group("before")
        # (after a noun, not after a verb or a word that makes "that" a conjunction or determiner: "said that
        # costs | in", "so that", "all that")
        if (
            before.lower() not in _VERB_OR_PHRASE_BEFORE | _DETERMINERS | {"so", "such", "all", "now"}
            and not _FINITE.fullmatch(before)
            and relative.group("verb").lower() not in _DETERMINERS | _PERSONAL_PRONOUNS
            and not _PICKED_BY_ITS_CLAUSE.search(kept, 0, relative.start("relative"))
        ):
            return _unless_fragment(text, cut, relative.start("relative") - 1)
        return cut
    participle = _PARTICIPLE_VERB_AT_END.search(kept)
    if participle is None or participle.group("verb") in _NOT_PARTICIPLES | _NOUNS_IN_ED:
        return cut
    before = participle.group("before")
    # (a verb of saying or thinking opens the clause it reports, as "said" does: "expect the economy
    # contracted | in" holds no object)
    opens = [m.end() for m in _SAID_OR_CLAUSE_BREAK.finditer(kept, 0, participle.start("verb"))] + [
        m.end()
        for m in re.finditer(r"[\w’'-]+", kept[: participle.start("verb")])
        if _REPORTING_VERB.fullmatch(m.group())
    ]
    opening = max(opens, default=0)
    ahead = kept[: participle.start("before")].split()[-1:]
    if (
        # (a word in -ing after a singular noun, a name or a possessive is a compound noun's head: "shale
        # fracking", "Hong Kong listing", "the player's signing"; after a plural it describes, "passengers
        # travelling")
        (
            participle.group("verb").endswith("ing")
            and (
                not before.lower().endswith("s")
                or before.endswith(("'s", "’s", "s'", "s’"))
                or before[:1].isupper()
            )
            and before.lower() not in _PLURALS_WITHOUT_S
            and not before.lower().endswith("men")
        )
        # ("approved the merger the shareholders rejected | in": a clause of its own, not an object)
        or any(
            noun.group("noun").lower() not in _VERB_OR_PHRASE_BEFORE | _ALL_PREPOSITIONS | _DEGREE_WORDS
            and not noun.group("noun").lower().endswith(("ed", "ing", "ly"))
            and not _FINITE.fullmatch(noun.group("noun"))
            for noun in _NOUN_THEN_DETERMINER.finditer(kept, opening, participle.start("before"))
        )
        or
        # (a gerund after a preposition, "into advertising", or a noun in -ing after its adjective, "a
        # regulatory filing", is a noun phrase's head)
        before.lower() in _VERB_OR_PHRASE_BEFORE | _PHRASE_LINKS | _ALL_PREPOSITIONS | _DEGREE_WORDS
        or re.fullmatch(_MODIFIER_SHAPE, before)
        or _ADVERB_OR_MARK_AT_END.search(before)
        # ("have now arrived": an adverb inside the verb group)
        or (ahead and ahead[0].lower() in _AUXILIARY_WORDS | _MODALS)
        # ("may be the only thing standing | between": the noun is what the subject is, and the participle
        # tells which; "should prevent oil gushing | from": the participle is the verb's second object)
        or _COPULA_COMPLEMENT.search(kept, 0, participle.start("verb"))
        or _OBJECT_AND_ITS_COMPLEMENT.search(kept, 0, participle.start("verb"))
        # ("had not been in an area affected | by": the noun alone says nothing)
        or _BARE_INDEFINITE_OBJECT.search(kept, 0, participle.start("verb") - 1)
        or _FINITE.fullmatch(before)
        # (the noun before it is an object only after a verb of its clause: "said prices jumped" has none)
        or not _verb_between(kept, opening, participle.start("before"))
        or _OWN_CLAUSE_OPENING.search(kept, opening, participle.start("verb"))
    ):
        return cut
    return _unless_fragment(text, cut, participle.start("verb") - 1)


def _unless_fragment(text: str, cut: int, earlier: int) -> int:
    """`earlier`, unless the words it keeps are no clause: the cut at `cut` is then the better of the two."""
    return cut if is_fragment(text[:earlier].rstrip(" ,;:")) else earlier


# "in an area", "at a site": a phrase whose noun, indefinite and alone, is told only by what describes it
_BARE_INDEFINITE_OBJECT = re.compile(
    r"\b(?:in|at|from|into|on|near|of|for|with|across)\s+(?:an?|some|any)\s+[\w-]+$"
)
# ("one of those questioned by ...": a pronoun before the participle, with no noun it could describe)
_NO_NOUN_BEFORE_REDUCED = frozenset(
    "those these that this one ones any all some many few none each most".split()
)


# (an adverb inside the verb group leaves it as open: "the money raised was still | in the bank")
_COPULA_AT_END = re.compile(
    r"\b(?:be|been|being|is|are|was|were|become|became|remain|remains|remained)"
    r"(?:\s+(?:still|now|also|already|not|never|just|again|always|then|once))*$"
)
_COMPARATIVE_END = re.compile(r"\b(?:more|less|fewer|rather|other|[a-z]{2,}er)$", re.IGNORECASE)


def _inside_infinitive_subject(text: str, cut: int) -> bool:
    """Whether a cut at `cut` falls between a noun and the infinitive it is the subject of ("for the firm |
    to plug the leak", "forced many fish | , shrimp and crabs to leave")."""
    on = _ON_TO_INFINITIVE.match(text, cut)
    return (
        on is not None
        and not any(_FINITE.fullmatch(w.strip(",")) for w in on.group("words").split())
        and _SUBJECT_OF_INFINITIVE.search(text, 0, cut) is not None
    )


# "told the court that while he was eligible for probation": a concession opened after "that", its main
# clause (what was said) not reached
_OPEN_CONCESSION = re.compile(
    r"\bthat\s+(?:while|although|though|even\s+though|whereas|if|unless|because|when|once)\b[^,;:]*$",
    re.IGNORECASE,
)


# "told the panel that at some point", "are hopeful that by the end": a phrase of when or where that opens
# the clause said, cut before the clause itself
_THAT_OPENING_PHRASE = re.compile(
    r"\bthat\s+(?P<phrase>(?:on|in|at|by|after|before|during|since|until|following|despite|amid|within|under)\b"
    r"[^,;:]*)$",
    re.IGNORECASE,
)


# "on the night the mayor died": a time and the clause that says which, no main clause (its verb is the
# relative clause's)
_TIME_NOUN_AND_ITS_CLAUSE = re.compile(
    r"(?:on|in|at|by|after|before|during|since|until)\s+(?:the|that)\s+(?:night|day|morning|evening|afternoon"
    r"|week|month|year|moment|time|hour)\s+(?!that\b|which\b|when\b)[^,;:]*$",
    re.IGNORECASE,
)


# "appeals praising | and quoting the mayor": the first of two participles joined by "and" or "or" (never of a
# progressive, "is spreading | and settling", nor a noun in -ing, "all morning | and thinking", nor a gerund
# after "of", "on" or "for", "accused of price fixing | and bid rigging", which names a thing, not an act)
_FIRST_OF_TWO_PARTICIPLES = re.compile(
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bkeeps)(?<!\bkept)"
    r"(?<!\bof)(?<!\bon)(?<!\bfor)\s"
    rf"(?!(?:{_NOUNS_IN_ING})$)[a-z]{{3,}}ing$"
)
# ... and the second, followed by the object the two share ("the mayor", "Ann Roe"); never "clothing | and
# housing to families", two nouns
_PARTICIPLE_THEN_OBJECT = re.compile(
    r"\s(?:and|or)\s+[a-z]{3,}ing\s+(?:(?:the|a|an|his|her|its|their|our|this|these|those)\s|[A-Z])"
)


def _cut(
    text: str, minimum: int, *, strict: bool = True, inside: bool = False, whole_said: bool = False
) -> str:
    """`text` cut at the end of its last phrase that leaves a clause of `minimum` to TITLE_MAX characters,
    trying the strongest breaks first; "" when there is none. Not `strict`, a cut may fall inside a list or
    between a noun and its infinitive, which is better than no clause at all; `inside`, also before a phrase
    the word before it waits for ("the eventual sinking | of the rig")."""
    # ("CDC Recommends Flocked Swabs for Collection": in a headline's capitals every word looks a name's)
    words = text.split()[:12]
    headline_case = sum(w[:1].isupper() for w in words) > 0.6 * len(words)
    # ("grants to Ruritania, Borduria | , Syldavia and Carpathia": the list of names is one phrase)
    names = [(m.start(), m.end()) for m in LISTED_NAMES.finditer(text)] if strict else []
    # (the longest cut after a count of people, "evacuated thousands", kept for when the cut found is shorter)
    counted = ""
    for pattern in _BREAKS:
        cuts = [
            m.start() for m in pattern.finditer(text, 0, TITLE_MAX + 8) if minimum <= m.start() <= TITLE_MAX
        ]
        # (a verb phrase cut before its "to" is tried last of its kind, when its verb does not fit: "the
        # ferry is unlikely" still says more than an earlier break, "Officials think")
        held = [cut for cut in reversed(cuts) if _held_before_its_to(text, cut)]
        for cut, last_try in [(cut, False) for cut in reversed(cuts)] + [(cut, True) for cut in held]:
            if _ONCE_AT.match(text, cut) and not _ONCE_OPENS_CLAUSE.match(text, cut):
                continue  # "should be taken | once daily": the adverb of how often opens no clause
            if (
                text.startswith((" and ", " or "), cut)
                and (_ARTICLE_AND_WORD.search(text, 0, cut) or _ADJECTIVE_BEFORE_AND.search(text, 0, cut))
                and not _NEW_PHRASE_AFTER_AND.match(text, cut)
            ):
                continue  # "launched a criminal | and civil inquiry": the "and" joins two words of one noun's
            if text.startswith((" and ", " or "), cut) and _AWAITS_AND.search(text, 0, cut):
                continue
            if _MODIFIER_BEFORE_AND.search(text, 0, cut) and _MODIFIER_AND_ITS_NOUN.match(text, cut):
                continue  # "almost 4,000 suspected | and confirmed cases": both words describe the noun after
            if not last_try and text.startswith(" to ", cut) and _WORD_BEFORE_ITS_TO.search(text, 0, cut):
                continue  # "going to have | to take", "the rate is expected | to rise": one verb phrase
            # "a claim filed | by the firm": without its agent the noun reads as the doer ("a claim filed"),
            # and the cut goes before the participle ("a claim | filed by the firm")
            # ("claims arising | from the fire could be small": a participle left without its phrase)
            cut = _participle_left_open(text, cut)
            if cut < 0:
                continue
            cut = _verb_left_without_its_phrase(text, cut)
            cut = _reduced_relative_start(text, cut) if text.startswith(" by ", cut) else cut
            if any(opens < cut < closes for opens, closes in names):
                continue
            listed = _LIST_GOES_ON.match(text, cut) if strict else None
            if listed is not None and not any(
                _FINITE.fullmatch(w) or w.endswith("ing") for w in listed.group("items").split()
            ):
                continue  # "forces many fish | , shrimp and crabs to leave": a list's first item is no phrase
            if (
                text.startswith(",", cut)
                and _DETERMINER_AND_WORD.search(text, 0, cut)
                and _SECOND_ADJECTIVE.match(text, cut)
            ):
                continue  # "during his short | , rain-drenched tour": two words describing one noun
            if (
                text.startswith((" and ", " or "), cut)
                and text[:cut].rsplit(" ", 1)[-1].lower()
                == text[cut:].split(maxsplit=2)[1:2][0].strip(",").lower()
            ):
                continue  # "finding out more | and more", "again | and again": one phrase said twice
            if _FIRST_OF_TWO_PARTICIPLES.search(text, 0, cut) and _PARTICIPLE_THEN_OBJECT.match(text, cut):
                # "appeals praising | and quoting the mayor": two participles share the object after both, and
                # the cut goes before the first ("appeals")
                cut = text.rfind(" ", 0, cut)
            if text.startswith(" and ", cut) and _AFTER_THAN.search(text, 0, cut):
                continue  # "worse than the firm | and the state had thought": what is compared runs on
            if pattern is _DESCRIBING_PHRASE and not _describes_the_noun_before(text, cut):
                continue
            if not inside and _waits_for_its_phrase(text, cut):
                if text.startswith(" of ", cut) and _counted_people(text, cut):
                    kept = text[:cut].rstrip(" ,;:")
                    if len(kept) > len(counted) and len(kept) <= TITLE_MAX and not is_fragment(kept):
                        counted = kept
                continue  # (`inside`: a last resort before "…", when no other phrase ends)
            if _inside_short_quotation(text, cut):
                continue  # 'vowed to pay "all necessary | and appropriate costs"': words quoted stay whole
            if strict and _inside_infinitive_subject(text, cut):
                # "waited for the firm | to plug the leak", "forced the crews | to leave": the noun is the
                # subject of the infinitive after it, and the phrase is the two together
                continue
            if _BETWEEN_BEFORE_CUT.search(text, 0, cut) and _AND_AFTER_CUT.match(text, cut):
                continue  # "no conflict between its ban | on donations and its gifts": "between" awaits "and"
            if text.startswith(" that ", cut) and (
                _FINITE.fullmatch(text[:cut].rsplit(" ", 1)[-1]) or _THINKING_AT_END.search(text, 0, cut)
            ):
                continue  # "the rivers had reached | that level": "that" after a verb opens its object
            if text.startswith(" or ", cut) and (
                _DETERMINER_AND_WORD.search(text, 0, cut) or re.search(r"-\w+$|[“\"]\w+$", text[:cut])
            ):
                # "a probable | or confirmed case", "long-buried | or": "or" joins two words of a noun's
                continue
            if (
                not headline_case
                and re.match(r" (?:and|of|for) [A-Z]", text[cut : cut + 6])
                and re.search(r"\b[A-Z][\w’'.-]*$", text[:cut])
            ):
                # "the Harbour Safety | and Fisheries Board", "the Centers | for Disease Control", "the Bank
                # | of England": an "and", "of" or "for" between capitalised words is inside a name
                continue
            kept = _balance_quotes(_DANGLING.sub("", text[:cut].rstrip(" ,;:—–-")).rstrip(" ,;:—–-"))
            if _QUESTION_AFTER_INFINITIVE.match(text, cut):
                # "sent divers to confirm | whether fuel leaked": the verb's object is the question, and the
                # infinitive goes with it ("sent divers")
                kept = _INFINITIVE_AT_END.sub("", kept)
                if _VERB_BEFORE_ITS_INFINITIVE.search(kept):
                    continue  # ("they are going | to check whether ...": "they are going" tells nothing done)
            if _TO_THEN_VERB.match(text, cut) and _VERB_BEFORE_ITS_INFINITIVE.search(text, 0, cut):
                # "the coordinator will begin | to hold briefings": cut before its "to", the verb whose object
                # is the infinitive is left with nothing done
                continue
            if _SUBORDINATE_AT.match(text, cut):
                # ("searches rose | even before the news broke", "the cap was fitted shortly | after the
                # test"): the word that weighed how soon goes with the clause of time it weighed
                kept = _WEIGHING_ADVERB_AT_END.sub("", kept)
            if _COPULA_AT_END.search(kept):
                continue  # "pregnant women should be | among the groups": a copula and its complement are one
            if (
                _SAYING_AT_END.search(kept)
                and not _FINITE.search(kept.rsplit(",", 1)[0] if "," in kept else "")
                and not _PASSIVE_BEFORE.search(kept, 0, len(kept) - len(kept.rsplit(" ", 1)[-1]))
            ):
                # "Jane Roe, the agency's spokeswoman, said | if ...": what was said was cut off ("Turnout was
                # 37%, the chairman said" said it first)
                continue
            question = _OPEN_QUESTION.search(kept)
            if (
                question is not None
                and not _FINITE.search(question.group("rest"))
                # ("met to decide whether to close the school": a question word's infinitive is its verb)
                and not _WH_INFINITIVE.match(question.group("rest"))
            ):
                continue  # "testing samples to confirm which patients | with ...": the question lost its verb
            if _OPEN_CONCESSION.search(kept):
                continue  # "told the court that while he was eligible | , he ...": the clause said was cut
            opening = _THAT_OPENING_PHRASE.search(kept)
            if opening is not None and (
                not _FINITE.search(opening.group("phrase"))
                or _TIME_NOUN_AND_ITS_CLAUSE.match(opening.group("phrase"))
            ):
                continue  # "told the panel that at some point | , the crew ...": the same, after a phrase
            if whole_said and _said_without_its_verb(kept, text[cut:]):
                continue  # "The board says job losses | in the region have been fewer": the verb said is cut
            # a cut must leave a clause: "The government of the Congo | and the rebels signed" does not
            if minimum <= len(kept) <= TITLE_MAX and not is_fragment(kept) and not _subject_only(kept):
                return counted if len(counted) > len(kept) else kept
    # (no other cut: the title is shortened some other way, "the moratorium has cost thousands of jobs", never
    # left on its count)
    return ""


_BETWEEN_BEFORE_CUT = re.compile(r"\bbetween\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+$")
_AND_AFTER_CUT = re.compile(r"(?:\s+[\w’'-]+){0,6}?\s+and\s")
_SUBORDINATE_AT = re.compile(r"\s+(?:before|after|as|when|since|until|because|if|once)\s")
_WEIGHING_ADVERB_AT_END = re.compile(r"\s+(?:even|just|shortly|immediately|soon)$")


def _said_without_its_verb(kept: str, rest: str) -> bool:
    """Whether a cut keeps only the subject of the clause said, its verb a few words after the cut: "The
    board says more than 100 miles | of the coast had been hit" (the verb known, and no relative clause's
    before it)."""
    said = _WHAT_SAID.search(kept)
    if (
        said is None
        or len(said.group(1).split()) < 2
        or _said_has_verb(said.group(1))
        or _PRESENT_BEFORE_OBJECT.search(said.group(1)) is not None
    ):
        return False
    for word in rest.split()[:_VERB_WITHIN]:
        if word.lower().strip("“”\"'’‘,") in ("that", "which", "who", "whose", "whom", "where", "when"):
            return False
        if _FINITE.fullmatch(word.strip("“”\"'’‘,;:")):
            return True
        if word.endswith((",", ";", ":")):
            return False  # ("brings new methods | and the latest data, and is ...": a verb of another clause)
    return False


# A verb in the present that no list knows, by the object after it: "the public deserves to", "the ruling
# ignores the evidence" ("job losses resulting", "100 miles of" are nouns)
_PRESENT_BEFORE_OBJECT = re.compile(
    r"\b[a-z]{3,}s\s+(?:the|a|an|its|his|her|their|our|my|your|this|these|those|that|to|it|them|him|us|no)\b"
)
# How far after a cut the verb of a subject said may stand ("job losses | resulting from the ban so far have
# been ...")
_VERB_WITHIN = 12


SHORT_QUOTATION = 60


def _inside_short_quotation(text: str, cut: int) -> bool:
    """Whether `cut` falls inside words quoted that close before TITLE_MAX ('to pay "all necessary | and
    appropriate costs"'): the title may stop after the quotation, never inside it. A long quotation that runs
    past the limit may still be cut."""
    before = text[:cut]
    if before.count('"') % 2 == 1:
        opening, close = before.rfind('"'), text.find('"', cut)
    elif before.count("“") > before.count("”"):
        opening, close = before.rfind("“"), text.find("”", cut)
    else:
        return False
    # ('Jane Roe: “We are in close contact with partners in ...”': a remark given whole as the title is
    # cut like any clause)
    if before[:opening].rstrip().endswith(":"):
        return False
    return 0 <= close <= TITLE_MAX and close - opening <= SHORT_QUOTATION


# A subject whose head is told of by a clause of its own: "The decision (on) how the funds should be split
# | was delayed", "The question of whether the port should pay | was raised". A headline keeps the head,
# what it is of and the verb that tells what happened to it; neither the head alone nor the inner clause
# alone says what happened
_WH_SUBJECT = re.compile(
    r"^(?P<head>(?:The|A|An|Its|Their|His|Her|This)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]+)\s+"
    r"(?P<link>(?:of|on|over|about|into|as\s+to)\s+)?(?P<wh>how|whether|what|why|where|when)\s+"
)
# Where the inner clause's subject may be cut after its head: a phrase, a relative clause or a participle
# with its agent ("the funds | pledged by donors")
_INNER_SUBJECT_END = re.compile(
    r"\s+(?=(?:that|which|who|of|in|at|for|from|with|on|near|during|between)\s|[a-z]{3,}(?:ed|en)\s+by\s)"
)
# Where the inner clause may be cut after its verb: a relative clause or a phrase after what it did
_INNER_CLAUSE_END = re.compile(
    r"\s+(?=(?:that|which|who|in|at|for|from|with|on|during|after|before|among|between|by|to|over|under)\s)"
)


def _with_wh_subject(text: str) -> str:
    """`text` whose subject is a head and a clause of its own (`_WH_SUBJECT`) in at most TITLE_MAX
    characters, or "" when it will not fit: the inner clause's subject and what follows its verb may be cut
    where a phrase begins, the head and the predicate stay whole ("The decision on how the relief funds
    pledged by donors at the summit should be split among the regions was delayed" -> "The decision on how
    the relief funds should be split among the regions was delayed"). The longest that fits is taken."""
    opening = _WH_SUBJECT.match(text)
    if opening is None:
        return ""
    verbs = [
        verb
        for verb in _SUBJECT_AUXILIARY.finditer(text, opening.end())
        # (the verb of a relative clause or of a pronoun's clause is neither the inner nor the main one)
        if text[: verb.start()].rstrip().rsplit(" ", 1)[-1].lower().strip(",") not in _OWN_SUBJECT_BEFORE
    ]
    if len(verbs) < 2 or _BREAK_MARK_OR_COMMA.search(text, opening.end(), verbs[1].start()):
        return ""  # (an aside or a list inside: the main verb is not surely the one found)
    inner_verb, main = verbs[0], verbs[1]
    inner_subject = text[opening.end() : inner_verb.start()].strip()
    inner_rest = text[inner_verb.start() : main.start()].strip()
    predicate = text[main.start() :]
    subjects = [inner_subject] + [
        inner_subject[: cut.start()]
        for cut in _INNER_SUBJECT_END.finditer(inner_subject)
        if len(inner_subject[: cut.start()].split()) >= 2
    ]
    rests = [inner_rest] + [
        inner_rest[: cut.start()]
        for cut in _INNER_CLAUSE_END.finditer(inner_rest, len(inner_verb.group()))
        if len(inner_rest[: cut.start()].split()) >= 2
    ]
    lead = f"{opening.group('head')} {opening.group('link') or ''}{opening.group('wh')}"
    titles = [f"{lead} {subject} {rest} {predicate}" for subject in subjects for rest in rests]
    fitting = [title for title in titles if len(title) <= TITLE_MAX and not is_fragment(title)]
    return _balance_quotes(max(fitting, key=len)) if fitting else ""


_LEADING_WORD = re.compile(r"(?:\s+(?:the|a|an|and|or|but|nor|that))+$", re.IGNORECASE)
# An American legislator's party and state set off by commas after the name: ", R-Ohio,", ", D-N.M.,"
# (a state as news copy writes it: its abbreviation, a name the style spells out, or its postal code; not
# "D-Day" nor "I-Ninety")
_PARTY_AND_STATE_ASIDE = re.compile(
    rf"(?<=[a-z]),\s+[RDI]-(?:{_STATE_ABBREVIATION}|Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah|[A-Z]{{2}}),"
    r"(?=\s+(?P<next>[\w’'-]+))"
)


def _without_party_and_state(found: re.Match[str]) -> str:
    """The comma the party and state closed, kept only when a relative clause or an apposition follows and
    goes on setting the name off ("Rep. Ann Lowe, who chairs the panel, said", "Rep. Ann Lowe, ranking
    member of the panel, said"): an apposition is closed by its own comma before any verb. Before an adverb,
    a phrase of time or the verb ("Sen. Ann Lowe also said", "Rep. Ann Lowe on Monday asked") no comma
    separates a subject from its verb."""
    if found.group("next").lower() in ("who", "whose", "which"):
        return ","
    if found.group("next") in ("and", "or"):
        return ""  # "Sen. Ann Lowe and Sen. Bill Ford wrote": the next name of the subject
    aside, comma, _ = found.string[found.end() :].partition(",")
    opens_verb = any(
        _FINITE.fullmatch(word) or word.lower() in _AUXILIARY_WORDS | _MODALS for word in aside.split()
    )
    return "," if comma and not opens_verb else ""


def fit(text: str) -> str:
    """`text` in at most TITLE_MAX characters, cut at the end of a phrase; "…" only when no phrase ends
    after the first _MIN_KEPT characters."""
    text = " ".join(text.split())
    if len(text) <= TITLE_MAX:
        return _balance_quotes(text)
    # ("Sen. Ann Lowe, D-Ore., called for the agency to ..."): a legislator's party and state go before any
    # word of what the legislator did, as a headline writes the name alone
    # (one comma stays before an office that goes on setting the name off: "Rep. Ann Lowe, ranking member of
    # the panel, said")
    untagged = _PARTY_AND_STATE_ASIDE.sub(_without_party_and_state, text, count=1)
    # (and kept only when the shorter text cuts whole: a cut that fails without the tag fails no better for
    # its removal, and the tagged sentence may still cut cleanly, "... R-Fla., wrote to the secretary")
    if untagged != text and not is_fragment(kept := fit(untagged)):
        return kept
    # a headline drops the "that" after a verb of saying before it drops words of what was said
    text = _SAID_THAT.sub(r"\1 ", text, count=1)
    if len(text) <= TITLE_MAX:
        return _balance_quotes(text)
    # (and after whom it was told or promised, "the coach assured the fans | that | the club would stay", when
    # what is left then ends at a phrase's end: without its "that" a long clause may have no break left)
    told_less = _TOLD_LISTENER_THAT.sub(_without_told_that, text, count=1)
    if (
        told_less != text
        and not (kept := fit(told_less)).endswith(ELLIPSIS)
        and not reads_cut(kept)
        and not _PREPOSITION_LAST.search(kept)
    ):
        return kept
    # "officials last week wrote ...", "will be launched this morning": a day or month the title tells
    # again goes before any word of what happened (the date has its own column)
    timeless = _without_told_time(text)
    # ("... the spill and at one of many hearings | yesterday": whole without the time only when a clause)
    if len(timeless) <= TITLE_MAX and not is_fragment(timeless):
        return _balance_quotes(timeless)
    text = timeless if len(timeless) > TITLE_MAX else text
    found = _FOUND_THAT.sub(r"\1 ", text, count=1)
    if len(found) <= TITLE_MAX:
        return _balance_quotes(found)
    # "X says given how fast the virus spreads, cases may be incubating ...": what was said opens with a
    # clause or phrase of condition, time or cause; a headline gives its main clause
    said_main = _SAID_OPENING_CLAUSE.sub(
        lambda found: (
            f"{found.group('said') or found.group('said_before_phrase') or found.group('said_before_time')} "
        ),
        text,
        count=1,
    )
    if (
        said_main != text
        and not is_fragment(said_main)
        and not (kept := fit(said_main)).endswith(ELLIPSIS)
        # (nor a cut of it that keeps the subject said without its verb)
        and not _verbless_said(kept, said_main)
        and not _lost_verb_said(kept, said_main)
    ):
        return kept
    # "The levy is so costly that a group of retailers sued the council": what came of it is the news
    result = _RESULT_CLAUSE.search(text)
    # ("The council said the harm was so severe that the hall must be rebuilt": the outcome is the
    # speaker's claim, and without the speaker it would read as fact)
    if result is not None and not _SAYING_OR_THINKING.search(text, 0, result.start()):
        outcome = result.group("result")
        outcome = fit(f"{outcome[:1].upper()}{outcome[1:]}")
        if not outcome.endswith(ELLIPSIS) and not is_fragment(outcome) and _FINITE.search(outcome):
            return outcome
    # ... and the body that acts, without who set it up
    plain_body = _SET_UP_BY.sub(r"\g<body>", text, count=1)
    if (
        plain_body != text
        and not is_fragment(plain_body)
        and not (kept := fit(plain_body)).endswith(ELLIPSIS)
    ):
        return kept
    # "X says one of the wells, less than two miles from the rig, is a natural seep": what sets the subject
    # of what was said apart goes before its verb would, when the clause then stands whole
    plain_said = _without_said_subject_aside(text)
    if plain_said != text and len(plain_said) <= TITLE_MAX and not is_fragment(plain_said):
        return _balance_quotes(plain_said)
    # (still too long without it, the subject and its verb cut later keep a clause that a cut of the whole,
    # "X says the levee, built in 1950 by the army", would not)
    if (
        plain_said != text
        and not is_fragment(plain_said)
        and not (kept := fit(plain_said)).endswith(ELLIPSIS)
        and not is_fragment(kept)
        and not _verbless_said(kept, plain_said)
        and not _lost_verb_said(kept, plain_said)
    ):
        return kept
    # ("The decision on how the funds should be split | was delayed": the head, what it is of, its verb)
    wh_subject = _with_wh_subject(text)
    if wh_subject:
        return wh_subject
    # "Some 60 % of the tonnes | dumped since May at the mine | can be traced": the participle phrase that
    # describes a noun goes whole before its verb would be cut
    # (and only when what is left reads whole: "would be put in place in the coming" does not)
    # (a cut that keeps the verb of what was said first: "X says job losses | resulting from ..." is a last
    # resort before "…")
    kept = (
        _cut(text, _MIN_KEPT, whole_said=True) or _cut(text, _MIN_KEPT) or _cut(text, _MIN_KEPT, strict=False)
    )
    # (only when the usual cut reads cut: "Cars made at the plant since May must be recalled" reads whole and
    # keeps what the cars are; the participle and its first phrase stay when they fit, "The man charged with
    # the murder has been remanded")
    awaits = bool(kept) and _verb_awaits_its_complement(kept, text)
    if not kept or kept.endswith(ELLIPSIS) or reads_cut(kept) or _subjects_verb_lost(text, kept) or awaits:
        for lighter in _participle_phrase_shortened(text):
            if (
                not is_fragment(lighter)
                and not reads_cut(shorter := fit(lighter))
                and not _verb_awaits_its_complement(shorter, lighter)
            ):
                return shorter
    # ("The new dam built last year is now helping | to control floods", "Smith asked former Governor Jane
    # Roe | to lead the review": the verb kept waits for what the cut took; a lighter subject or a name
    # without its office may leave room for the whole clause)
    if awaits and (whole := _whole_when_lighter(text)):
        return whole
    # ("Four nurses and a porter, all employed at the same clinic, | have tested positive ...": a cut that
    # keeps no more than the subject and its aside has lost the verb; without the aside the clause may fit)
    # (or a relative clause or "as" clause set off so: "The fund, as the scheme is known, | was set up ...")
    aside = _PARTICIPLE_ASIDE_BEFORE_VERB.match(text) or _RELATIVE_ASIDE_BEFORE_VERB.match(text)
    if (
        kept
        and aside is not None
        and len(kept.rstrip(ELLIPSIS)) <= aside.end()
        and (lighter := _without_subject_aside(text)) != text
        and not (whole := fit(lighter)).endswith(ELLIPSIS)
        and not is_fragment(whole)
    ):
        return whole
    if kept:
        return kept
    # "The rig, valued at $560 million, sank ...", "A lawyer who represented the governor in 2000 has made a
    # bid ...": what the subject's aside or relative clause tells of it goes before any word of what is
    # told of the subject
    lighter = _without_subject_aside(text)
    # (the verb after the aside is the subject's: whole, the clause is one even when no list knows the verb)
    if lighter != text and not (kept := fit(lighter)).endswith(ELLIPSIS):
        return kept
    main = main_clause_after_opening(text)
    if main:
        return fit(main)
    # "a massive oil spill from last week's rig explosion is a threat to ...": the phrase of place or origin
    # that describes the subject goes before any word of what is told of it
    lighter = _SUBJECT_PHRASE.sub(_without_subject_phrase, text, count=1)
    # (and what is left must read whole: "Officials reported that four of the whales" lost its verb)
    if lighter != text and not (kept := fit(lighter)).endswith(ELLIPSIS) and not is_fragment(kept):
        return kept
    # "X says sealing the pipe | two miles below the surface | is a hard task": the phrase of place or measure
    # inside a gerund subject said goes before the verb it is the subject of
    lighter = _without_gerund_phrase(text)
    if lighter != text and not (kept := fit(lighter)).endswith(ELLIPSIS) and not is_fragment(kept):
        return kept
    # "A teacher and six pupils who had flown in from Lima | were being treated ...": the relative clause or
    # participle phrase that tells which of them goes before the main clause's verb would
    lighter = _without_subject_modifier(text)
    if lighter != text and not (kept := fit(lighter)).endswith(ELLIPSIS) and not is_fragment(kept):
        return kept
    # "its plan to build a bridge | to ease traffic | was approved": the last infinitive phrase inside the
    # subject (what the plan was for) goes before the verb that tells what happened to it
    shorter = _without_subject_infinitive(text)
    if shorter != text and not (kept := fit(shorter)).endswith(ELLIPSIS):
        return kept
    # "A colonel reading a statement on behalf of the council said ...": what the speaker was doing as they
    # spoke goes before any word of what was said
    plainer = _SPEAKER_DOING.sub(r"\g<head>", text, count=1)
    if plainer != text and not (kept := fit(plainer)).endswith(ELLIPSIS):
        return kept
    # "Attorney General Eric Holder announced ...": the name tells who, the office may go when room is short
    unranked = _OFFICE_BEFORE_NAME.sub("", text, count=1)
    if unranked != text and not (kept := fit(unranked)).endswith(ELLIPSIS):
        return kept
    # "The tanker was wrecked | while trying to ...": a short clause whole is better than a long one cut
    # (only a plain clause with its object: no quotation, no verb of saying or denying left at its end)
    kept = _cut(text, _MIN_KEPT_SHORT)
    if (
        kept
        and not re.search(r"[:“”\"]", kept)
        and _FINITE.search(kept, 0, len(kept) - len(kept.split()[-1])) is not None
        and not _SAYING_AT_END.search(kept)
        and not any(_FINITE.search(said.group(1)) is None for said in _WHAT_SAID.finditer(kept))
    ):
        return kept
    # "Ward nurse Ann Roe, 41, from Leeds, was | …": the subject's head and its verb, without what follows
    # the head, before a cut inside the subject or before its verb
    kept = _with_short_subject(text)
    if kept:
        return kept
    # a cut that leaves a word waiting for its phrase ("the eventual sinking | of ..."), before none at all
    kept = _cut(text, _MIN_KEPT, strict=False, inside=True)
    if kept:
        return kept
    # ("sent the message out and…": an article, conjunction or "that" that led to the phrase the mark stands
    # for goes with it; a preposition stays, as it may be half of a fixed phrase, "far from…", "not to…")
    shortened = _LEADING_WORD.sub("", text[: TITLE_MAX - 1].rsplit(" ", 1)[0].rstrip(" ,;:—-")).rstrip(
        " ,;:—-"
    )
    if shortened.count("“") > shortened.count("”"):
        # ('Roe: “I think everybody must say what they have to”…': words quoted stay quoted when cut, with
        # room made for the closing mark; without the marks, "I" would be the reader's)
        quoted = text[: TITLE_MAX - 2].rsplit(" ", 1)[0].rstrip(" ,;:—-")
        return quoted + "”" + ELLIPSIS
    return _balance_quotes(shortened, room=False) + ELLIPSIS


def _whole_when_lighter(text: str) -> str:
    """`text` fitted without the words a headline drops first (its subject's aside, relative clause, phrase
    of place; the office before a name), when what is left reads whole and no verb in it waits for what a
    cut took; "" when none does. Not without the subject's infinitive: of "the decision to close the plant"
    it is the event itself, and "The decision has forced ..." no longer says which."""
    for lighter in (
        _without_subject_aside(text),
        _SUBJECT_PHRASE.sub(_without_subject_phrase, text, count=1),
        _without_subject_modifier(text),
        _OFFICE_BEFORE_NAME.sub("", text, count=1),
    ):
        if lighter == text or is_fragment(lighter):
            continue
        kept = fit(lighter)
        if (
            not kept.endswith(ELLIPSIS)
            and not reads_cut(kept)
            and not _verb_awaits_its_complement(kept, " ".join(lighter.split()))
        ):
            return kept
    return ""


# (words in -ing that open no gerund phrase: "says nothing", "says morning traffic", "says according to")
_NO_GERUND = frozenset("according building thing king ring bring sing".split()) | _NOT_PARTICIPLES
# A gerund that opens what was said, its object (a determiner and a few words), a measure with its phrase or
# adverb of place, then the auxiliary or copula of the clause said: "says sealing the pipe | some two miles
# below the surface | is" (only a measure: a plain phrase, "at home rather than in hospital", may be the news)
_GERUND_MEASURE = r"(?:nearly|about|almost|some|roughly|more\s+than|less\s+than)\s+(?:[\w.,-]+\s+){2,4}?"
# (an adverb of place or direction after a measure: "a few yards uphill", "some forty feet overhead")
_PLACE_ADVERB = (
    r"(?:\w+(?:wards?|stream|shore|ground|water|hill)|overhead|aloft|deep|away|apart|down|up|below|beneath)"
)
_GERUND_SUBJECT_PHRASE = re.compile(
    rf"(?P<head>\b(?:says|say|said)\s+(?!(?:{'|'.join(sorted(_NO_GERUND))})\s)"
    r"[a-z]{3,}ing\s+(?:(?:the|a|an|its|their|his|her|this|that|these|those)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"[\w’'-]+)"
    rf"\s+(?P<phrase>{_GERUND_MEASURE}"
    r"(?:(?:below|beneath|under|above|over|off|near|inside|outside|across|along|down|up|through|beyond|at|on"
    r"|in|from)\s+[^,;:“”\"]{3,80}?"
    rf"|{_PLACE_ADVERB}"
    r"(?:\s+(?:below|beneath|under|off|near|at|on|in|from)\s+[^,;:“”\"]{3,80}?)?))"
    r"(?=\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\s)"
)
# (a comparison or an alternative is what was said: "rather than in hospital", "instead of by rail")
_COMPARISON_IN_PHRASE = re.compile(r"(?<!more )(?<!less )\bthan\b|\binstead\s+of\b", re.IGNORECASE)


def _without_gerund_phrase(text: str) -> str:
    """`text` without the measure and its place inside a gerund subject said, or `text` as it is when the
    phrase holds a clause, a verb or a comparison of its own: "Crews say raising the hull some two miles off
    the cape will take weeks" -> "Crews say raising the hull will take weeks"."""
    found = _GERUND_SUBJECT_PHRASE.search(text)
    if found is None:
        return text
    phrase = found.group("phrase")
    if (
        _FINITE.search(phrase)
        or _CLAUSE_IN_MODIFIER.search(phrase)
        or _SAYING_OR_THINKING.search(phrase)
        or _COMPARISON_IN_PHRASE.search(phrase)
    ):
        return text
    return f"{text[: found.end('head')]}{text[found.end() :]}"


# Where the head of a subject may end and what tells more of it begin: an aside after a comma, a phrase,
# a relative clause or a participle naming it
_AFTER_SUBJECT_HEAD = re.compile(
    r",\s+|\s+(?=(?:which|that|who|whose|of|in|from|with|at|for|on|near|off|over|across|along|outside|inside"
    r"|under|since|during|between|called|named|known)\s)"
)
# The auxiliary, copula or modal that opens the predicate of the subject
_SUBJECT_AUXILIARY = re.compile(
    r"(?<=\s)(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\s"
)
# Words before a verb that make it the verb of a clause inside the subject, not the subject's own
_OWN_SUBJECT_BEFORE = frozenset(
    """which that who whom whose it they he she we i you there this these those and or but not also""".split()
)
# A mark that ends or sets apart a phrase (with a comma, or without)
_BREAK_MARK = re.compile(r"[;:“”\"()]")
_BREAK_MARK_OR_COMMA = re.compile(r"[,;:“”\"()]")
# A verb of a relative clause in a regular past or a present: "(which) lasted", "(that) runs"
_REGULAR_FINITE = re.compile(r"[a-z]{2,}(?:ed|s)")
# A second noun joined to the subject's phrase: "and 30 volunteers", "or a crew"
_SECOND_NOUN_JOINED = re.compile(r"\b(?:and|or)\s+(?-i:[a-z\d])")
_SUBJECT_RELATIVE_OPENING = re.compile(r"(?:which|that|who)\s+(?:[a-z]+ly\s+)?(?P<verb>[\w’'-]+)\s")


def _short_subject_clause(text: str, head_end: int) -> str:
    """The head of the subject (what `text` holds before `head_end`) and the predicate of the subject, or ""
    when no auxiliary after the head can be the subject's: "The levy on shops in the old town was raised" ->
    "The levy was raised". What is dropped holds no verb (a relative clause its own one, after "which",
    "that" or "who"), no clause of its own and no second noun of the subject ("A team from the city and 40
    volunteers arrived" keeps the volunteers); an aside set off by a comma ends at a comma."""
    for verb in _SUBJECT_AUXILIARY.finditer(text, head_end):
        dropped = text[head_end : verb.start()].strip(" ,")
        before = text[: verb.start()].rstrip()
        last = before.rsplit(" ", 1)[-1].lower().strip(",")
        if last in _OWN_SUBJECT_BEFORE or last.endswith("ly") or _BREAK_MARK.search(dropped):
            continue
        relative = _SUBJECT_RELATIVE_OPENING.match(dropped)
        rest = dropped[relative.end() :] if relative is not None else dropped
        if relative is not None and not (
            _FINITE.fullmatch(relative.group("verb")) or _REGULAR_FINITE.fullmatch(relative.group("verb"))
        ):
            return ""
        if (
            _FINITE.search(rest)
            or _CLAUSE_IN_MODIFIER.search(rest)
            or _SAYING_OR_THINKING.search(dropped)
            or _SECOND_NOUN_JOINED.search(rest)
            # (an aside set off by commas is closed by one before the verb: "Roe, 41, from Leeds, was")
            or ("," in text[head_end : verb.start()] and not before.endswith(","))
        ):
            return ""
        return f"{text[:head_end].rstrip(' ,')} {text[verb.start() :]}"
    return ""


# A head that ends on a preposition's phrase of "the" and one noun ("in the wake", "at the start"), which the
# "of" after it completes
_PHRASE_ITS_OF_COMPLETES = re.compile(
    r"\b(?:in|at|on|by|for|to|from|with|after|before|during|amid|under|into|since)\s+(?:the|a|an)\s+[a-z]+$"
)


def _with_short_subject(text: str) -> str:
    """A title of `text` whose subject is too long to leave room for its verb, with the subject's head
    only, or "" when there is none that stands whole or cut at a phrase: "Ward nurse Ann Roe, 41, from
    Leeds, was the first of the hospital's staff to be honoured with the county's medal for courage" ->
    "Ward nurse Ann Roe was the first of the hospital's staff to be honoured ...". The longest head that
    leaves the title whole is taken, else the longest that leaves it cut at a phrase."""
    words = text.split()
    first = words[0].lower().strip(",") if words else ""
    if (
        not first
        or first in _NOT_OPENING | _PREPOSITIONS | _PERSONAL_PRONOUNS | _SUBORDINATING
        or first.endswith("ing")
        or not (words[0][:1].isupper() or words[0][:1].isdigit())
        or first in _AUXILIARIES
    ):
        return ""
    clauses = []
    for boundary in _AFTER_SUBJECT_HEAD.finditer(text, 0, TITLE_MAX):
        head = text[: boundary.start()]
        # (a capitalised word is a name's, "United", never a verb; "of", "for" between capitalised words is
        # inside a name, "the Institute for Marine Science")
        after = text[boundary.end() :].split(maxsplit=2)
        if (
            (
                head.split()[-1][:1].isupper()
                and len(after) > 1
                and after[1][:1].isupper()
                and "," not in boundary.group()
            )
            or len(head.split()) < 2
            or any(_FINITE.fullmatch(word) for word in head.split() if word[:1].islower())
            or _BREAK_MARK_OR_COMMA.search(head)
            # ("Efforts to help the town in the wake | of Monday's flood": a phrase whose noun is only
            # what its "of" is of would be left leading to nothing)
            or (_PHRASE_ITS_OF_COMPLETES.search(head) and after[:1] == ["of"])
        ):
            continue
        clause = _short_subject_clause(text, boundary.start())
        if clause:
            clauses.append(clause)
    whole = [c for c in clauses if len(c) <= TITLE_MAX and not is_fragment(c)]
    if whole:
        return _balance_quotes(whole[-1])
    for clause in reversed(clauses):
        kept = _cut(clause, _MIN_KEPT)
        if kept and not is_fragment(kept):
            return kept
    return ""


# A clause of result after "so costly that", "costly enough that", "such a storm that": its own subject,
# lower case ("the", "a", a number) or a name
_RESULT_CLAUSE = re.compile(
    r"\b(?:[a-z]{3,}\s+enough|so\s+(?:[a-z]+ly\s+)?[a-z]{3,}|such\s+(?:an?\s+)?(?:[a-z]+\s+)?[a-z]{3,})\s+that\s+"
    r"(?P<result>(?:the|a|an|its|their|his|her|some|many|several|\d[\d,.]*|[A-Z][a-z]+)\s[^;:“”\"]{10,})$"
)


# What was said, its subject, then a phrase set off by commas before the subject's verb: "says the damage to
# the port, the country's largest, is severe"
_SAID_SUBJECT_ASIDE = re.compile(
    r"\b(?:says|say|said)\s+(?P<subject>[^,;:“”\"]{3,80}?),\s+(?P<aside>[^,;:“”\"]{3,80}),\s+(?P<verb>[\w’']+)\s"
)


def _without_said_subject_aside(text: str) -> str:
    """`text` without the aside between the subject of what was said and its verb ("says the levee, built in
    1950, has held" -> "says the levee has held"), or as it is when the phrase is no aside of the subject."""
    found = _SAID_SUBJECT_ASIDE.search(text)
    if (
        found is not None
        and found.group("aside").split()[0].lower() in ("which", "who")
        and not _FINITE.search(found.group("subject"))
        # ("says the driver, who had been warned, faces a fine": a verb in -s before its object, which no
        # list of verbs holds, is the subject's after a relative clause set off by commas)
        and (
            _FINITE.fullmatch(found.group("verb"))
            or _PRESENT_BEFORE_OBJECT.match(text, found.start("verb")) is not None
        )
        # (not "..., which ..., said": the aside's own closing attribution)
        and not _SAYING.fullmatch(found.group("verb"))
    ):
        # "says the aircraft, which can carry 50 tonnes, took off": a relative clause set off by commas
        # tells more of the subject and goes before its verb
        return f"{text[: found.end('subject')]} {text[found.start('verb') :]}"
    if (
        found is None
        or _FINITE.search(found.group("subject"))
        or _FINITE.search(found.group("aside"))
        # ("says the storm, which hit on Monday, has ...": a relative clause is dropped where tidied)
        or found.group("aside").split()[0].lower()
        in ("which", "who", "whose", "where", "when", "and", "or", "but")
        or not _FINITE.fullmatch(found.group("verb"))
    ):
        return text
    return f"{text[: found.end('subject')]} {text[found.start('verb') :]}"


# (the main clause opens with its subject: "the", a pronoun, or a name and its verb, "Roe has"; never the
# next item of a list, "in Lagos, Accra and Dakar, ...", "on the basis of the laboratory, clinical and other
# evidence")
_SAID_SUBJECT_AHEAD = (
    r"(?=(?:the|a|an|it|he|she|they|we|there|this|these|those|its|his|her|their|our|some|many|most|all|no"
    r"|one|two|three|four|five|\d[\d,.]*)\s"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s+(?:has|have|had|is|was|were|will|would|could|can|may|might"
    r"|must|should|did|does|[a-z]{3,}ed)\b)"
)
# "says | given how quickly flu spreads, | there may be cases ...": an opening clause or phrase in what was
# said, before the comma that ends it (none inside: "if it rains, as forecast, ..." stays whole)
# (the verbs after which what was said may open with a clause or phrase of its own)
_SAID_OPENING_VERB = rf"(?:{_saying_alternatives('say', 'warn', 'add', bare=('say',))})"
_SAID_OPENING_CLAUSE = compile_gated(
    rf"(?P<said>\b{_SAID_OPENING_VERB})(?:\s+that)?\s+(?i:given|while|whether|although"
    r"|though|because|since|after|before|when|once|despite|with|unless|amid|until|notwithstanding)\b"
    r"[^,;:“”\"]{3,100},\s+(?=[a-z])"
    # ... or a phrase of time, place or circumstance: "says under the new rules, the clinics may ...", "says
    # throughout the campaign, the party has ...", "says as far back as 2004, the board was warned"; or a
    # "that" set off by a comma, which opens an aside ("says that, in spite of the warnings, it went ahead")
    rf"|(?P<said_before_phrase>\b{_SAID_OPENING_VERB})(?:\s+that)?(?:\s+(?i:under"
    r"|throughout|following|during|within|in|on|at|by|as\s+far\s+back\s+as|as\s+of)\b|(?<=\bthat),\s+)"
    r"[^,;:“”\"]{3,100},\s+"
    + _SAID_SUBJECT_AHEAD
    # ... or a phrase of time alone, with no comma, when the subject follows it: "said on Tuesday the board
    # had agreed", "says in March the owners knew" (when it was said; the date has its own column). Never
    # "by" or "until", a deadline inside what was said ("said by 2030 the country would ..."), nor a year
    # alone, more often the time of what was said than of the saying ("says in 2012 the firm promised")
    + rf"|(?P<said_before_time>\b{_SAID_OPENING_VERB})(?:\s+that)?"
    + r"\s+(?i:in|on)\s+(?:(?i:early|mid|late)[\s-]+)?"
    + rf"(?:{_MONTHS}(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?|{_WEEKDAYS})\s+"
    + _SAID_SUBJECT_AHEAD
)
# A subject and its relative clause, after an opening "X says": "Officials say the man who was arrested"
# A plural with no article that opens a clause, in -s or one of the plurals without it: "Farmers",
# "Fishermen", "Townspeople", "Children"
_BARE_PLURAL = r"(?-i:[A-Z][a-z]{2,}s|(?:[A-Z][a-z]*)?(?:men|people|children|Men|People|Children))"
_SUBJECT_AND_RELATIVE = re.compile(
    r"^(?:[^,;:]*?\b(?:says|say)\s+)?(?P<noun>(?i:the|a|an|one|two|three|four|five|some|several|many|\d[\d,]*)\s+"
    r"(?:[\w’'-]+\s+){0,8}?)(?:that|which|who)\s+\w"
    # ... or a plural with no article that opens the clause, alone or with a phrase of place or kind, and
    # "who": "Farmers who lost their herds | were ...", "Parents in the district who kept their children home"
    # (only "who", since "Officials fear that ..." holds a verb no list knows)
    rf"|^(?:[^,;:]*?\b(?:says|say)\s+)?(?P<bare>{_BARE_PLURAL}\s+(?:(?:of|in|from|at|on|near)\s+"
    r"(?:[\w’'-]+\s+){1,4}?)?)who\s+\w"
)


# (a verb group: "has been spread", "will be", "was arrested")
_AUXILIARY_WORDS = frozenset(
    "is are was were be been being has have had will would can could may might must".split()
)
# (a possessive opens a noun phrase as an article does: "says its plan to build a new bridge")
_SAID_NOUN_PHRASE = re.compile(
    r"^[^,;:]*?\b(?:says|say)\s+(?P<phrase>(?:the|a|an|its|their|his|her|our|this|these|those)\s+[\w’'\s-]+)$"
)


_INNER_SUBORDINATORS = frozenset(
    "before after when while since because until although though whereas".split()
)


# "that", then the subject of the clause it opens, to the end: "... costly enough that a group of retailers"
_THAT_SUBJECT_AT_END = re.compile(
    r"\bthat\s+(?P<subject>(?i:the|a|an|its|their|his|her|this|these|those|some|many|several|no|\d[\d,.]*)"
    r"(?:\s+[^,;:“”\"]*)?)$"
)


def _demanding_before(kept: str, that_clause: re.Match[str] | None) -> bool:
    """Whether the word before the "that" of `that_clause` is a verb of demanding ("demanded that ...")."""
    before = kept[: that_clause.start()].split()[-1:] if that_clause is not None else []
    return bool(before) and _DEMANDING.fullmatch(before[0]) is not None


def _subject_only(kept: str) -> bool:
    """Whether a cut kept only a subject and its relative clause, the subject's own verb cut off after it:
    "The man who was arrested | was released", "the strain that sickened 40 people | spreads fast" (the
    verbs kept are the relative clause's)."""
    found = _SUBJECT_AND_RELATIVE.match(kept)
    if (
        found is not None
        and _FINITE.search(found.group("noun") or found.group("bare")) is None
        and "," not in kept[found.end() :]
    ):
        # the relative clause's verb, and any joined to it by "and", is one; a second is the subject's own
        # ("the strain that spread fast | was found ...")
        words = kept[found.end() - 1 :].split()
        bare = found.group("bare") is not None
        # ("the team that studied the pipe before it was cut": a verb of a clause inside the relative one
        # is neither; after a plural with no article, "before" or "after" with a determiner after it opens a
        # phrase, "Pilots who trained abroad after the war | were ...", and the reading goes on)
        inner = next(
            (
                i
                for i, w in enumerate(words)
                if w.lower() in _INNER_SUBORDINATORS
                and not (bare and i + 1 < len(words) and words[i + 1].lower() in _DETERMINERS)
            ),
            len(words),
        )
        words = words[:inner]
        # (after "who", the relative clause's verb opens it, known or not: an auxiliary or modal further on,
        # not after another, opens the subject's own verb, "Tenants who live near the depot | are being told")
        if bare and any(
            w.lower() in _AUXILIARY_WORDS | _MODALS
            and words[i - 1].lower() not in _AUXILIARY_WORDS | _MODALS | {"and", "or", "but", "not"}
            for i, w in enumerate(words)
            if i
        ):
            return False
        groups = sum(
            1
            for i, word in enumerate(words)
            if _FINITE.fullmatch(word)
            and (i == 0 or words[i - 1].lower() not in _AUXILIARY_WORDS)
            and (i == 0 or words[i - 1].lower() not in ("and", "or", "but"))
            # ("photographs of the damaged hull": a participle after a determiner describes its noun)
            and (i == 0 or words[i - 1].lower() not in _DETERMINERS)
        )
        if groups <= 1:
            return True
    # ("The levy is so costly that a group of retailers | sued ...": the clause after "that" lost its verb;
    # only a short noun phrase, "that the roof", or one with a phrase right after its noun, "a group of
    # retailers from the north", shows that; "that the council boost troop numbers in ..." may already hold
    # a verb no list knows)
    that_clause = _THAT_SUBJECT_AT_END.search(kept)
    subject = that_clause.group("subject").split() if that_clause is not None else []
    phrase_at = next(
        (i for i, word in enumerate(subject) if i >= 2 and word.lower() in _PREPOSITIONS | {"of", "to"}), 99
    )
    if (
        # (a determiner before the phrase opens a verb's object: "the council boost its staff in")
        (
            0 < len(subject) <= 5
            or (phrase_at <= 4 and not any(w.lower() in _DETERMINERS for w in subject[1:phrase_at]))
        )
        and not any(word[:1].islower() and _FINITE.fullmatch(word) for word in subject)
        and not any(word.lower() in _OWN_SUBJECT_BEFORE for word in subject[1:])
        # ("demanded that the airline pay $2bn into ...": after a verb of demanding the verb is bare)
        and not (_demanding_before(kept, that_clause) and _BARE_VERB_AND_OBJECT.search(" ".join(subject)))
    ):
        return True
    # ("Scientists say the new strain of the virus | that ...": what was said kept as a noun phrase alone)
    said = _SAID_NOUN_PHRASE.match(kept)
    if said is not None and not any(
        _FINITE.fullmatch(word) or _PRESENT_SINGULAR.fullmatch(word) for word in said.group("phrase").split()
    ):
        return True
    return _said_gerund_only(kept)


# What was said opening on a gerund, the subject of its clause: "Engineers say sealing the pipe | is hard"
_SAID_GERUND = re.compile(
    r"^[^,;:“”\"]*?\b(?:says|say|said)\s+(?P<gerund>[a-z]{3,}ing)\s+(?P<rest>[\w’'\s.-]+)$"
)
_COUNTING_WORDS = frozenset(CARDINALS) | frozenset("many several few more most".split())


def _said_gerund_only(kept: str) -> bool:
    """Whether what was said is a gerund phrase alone, the subject of a clause whose verb the cut lost:
    "Engineers say sealing the pipe two miles down" (its object and phrases hold no verb; a word in -s after
    a determiner or a count is a plural noun, "two miles", not a verb)."""
    said = _SAID_GERUND.match(kept)
    if said is None or said.group("gerund") in _NO_GERUND:
        return False
    words = said.group("rest").split()
    for i, word in enumerate(words):
        before = words[i - 1].lower() if i else said.group("gerund")
        if _FINITE.fullmatch(word) or word.lower() in _AUXILIARY_WORDS | (_PERSONAL_PRONOUNS - _DETERMINERS):
            return False
        if (
            _PRESENT_SINGULAR.fullmatch(word)
            and before not in _DETERMINERS | _COUNTING_WORDS
            and not before[:1].isdigit()
        ):
            return False
    return True


# A subject (after the opening or a verb of saying), a phrase that describes where it is or comes from, and
# the subject's auxiliary: "the leak | from the broken main under the road | has spread"
_SUBJECT_PHRASE = re.compile(
    r"(?P<head>(?:^|\b(?:says|say|said)\s+)(?:(?:the|a|an|this|its|their|\d[\d,.]*|two|three|four|five|six|seven"
    r"|eight|nine|ten|several|some|many)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+"
    # ("Prosecutors at the hearing in Leeds have said ...": a plural with no article)
    r"|(?<![\w’'-])[A-Z][a-z]{3,}s))"
    # (the phrase holds no clause of its own: "the ruling | at this stage represented what | were ..." is no
    # phrase of place, and dropping it would leave "the ruling were")
    r"\s+(?:from|in|at|near|off|on|over|across|along|outside|inside)\s+"
    r"(?:(?!\b(?:what|which|who|whom)\b)[^,;:“”\"]){3,80}?"
    # (or before the verb of saying: "Doctors | at two clinics in the city | said the number ...")
    r"(?=\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|says|say"
    rf"|{alternatives(PAST_SAYING_VERBS)})\s)"
    # ("a report | by the National Oceanic and Atmospheric Administration | suggested ...": who made it)
    r"|(?P<made>(?:^|\b(?:says|say|said)\s+)(?:the|a|an|this|its|their|\d[\d,.]*)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:report|study|survey|review|analysis|estimate|assessment|poll|inquiry|investigation|audit|letter"
    r"|statement|paper|memo|document|model|test|tests))"
    r"\s+by\s+[^,;:“”\"]{3,80}?(?=\s+(?:suggested|suggests|showed|shows|found|finds|concluded|concludes"
    r"|said|says|estimated|estimates|predicted|predicts|warned|warns|put|puts|is|are|was|were|has|have|had"
    r"|will|would|could)\s)"
)


# A subject, then a relative clause or a participle phrase that tells which of its kind it is, then the main
# clause's auxiliary: "a dozen pupils | who recently flew in from Lima | were ...", "lawyers for the driver
# | facing the charge | may ..."
_SUBJECT_MODIFIER_BEFORE_AUXILIARY = re.compile(
    r"^(?P<head>(?:(?i:the|a|an|this|its|their|some|many|several)\s+|\d[\d,.]*\s+|[A-Z][\w’'-]*\s+)"
    r"(?:[\w’'-]+\s+){0,12}?[\w’'-]+)"
    r"\s+(?P<modifier>(?:who|that|which)\s+(?:[a-z]+ly\s+)?(?P<own_verb>[\w’'-]+)\s+[^,;:“”\"]{3,100}?"
    # ("the crew | mostly working on deck | were ...": an adverb may open the participle phrase)
    r"|(?:[a-z]{3,}ly\s+)?(?!(?:during|according|morning|evening|nothing|something|anything|everything)\s)"
    r"[a-z]{3,}ing\s+[^,;:“”\"]{3,100}?)"
    r"(?=\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\s)"
)
_CLAUSE_IN_MODIFIER = re.compile(
    r"\b(?:how|what|why|where|whether|when|that|who|which|whom|whose|if|before|after|until|because|while"
    r"|since|although|though|unless|once|as|it|he|she|they|we|I|you"
    # ("clerks touring the depot in March found there was ...": a clause of its own opens)
    r"|there)\b"
)
_SAYING_OR_THINKING = re.compile(
    r"\b(?:said|says|say|told|tells|thought|thinks|believed|believes|believe|think|claimed|claims|knew|know)\b"
)


def _without_subject_modifier(text: str) -> str:
    """`text` without the relative clause or participle phrase between its subject and the main verb
    ("Two pupils who flew in from Lima were treated" -> "Two pupils were treated"), or as it is: a relative
    must open with its own verb ("the news that the plant would close was ..." holds no such clause), and
    one that reports what was said or thought may hold the verb taken for the main one."""
    found = _SUBJECT_MODIFIER_BEFORE_AUXILIARY.match(text)
    if found is None:
        return text
    head, modifier = found.group("head"), found.group("modifier")
    own_verb = found.group("own_verb")
    if (
        head.split()[-1].lower() in _DETERMINERS | _PREPOSITIONS
        or head.endswith("ly")
        or _FINITE.search(head)
        or _SAYING_OR_THINKING.search(modifier)
        # ("an advert showing how to prevent flu | three cases have ...": a clause inside the phrase may
        # hold the subject of the verb taken for the main one)
        or _CLAUSE_IN_MODIFIER.search(modifier, len(modifier.split()[0]))
        or (
            own_verb is not None
            and not (_FINITE.fullmatch(own_verb) or re.fullmatch(r"[a-z]{2,}(?:ed|s)", own_verb))
        )
    ):
        return text
    return f"{head}{text[found.end('modifier') :]}"


# (a verb of saying in the dropped phrase: the subject of what was said follows it)
_SAYING_WORDS = frozenset(PAST_SAYING_VERBS) | {"says", "say"}


def _without_subject_phrase(found: re.Match[str]) -> str:
    """The subject without its phrase of place or origin, unless the phrase holds a verb of evidence: "a
    study on 40 cases in the city suggested it was ..." has its own verb, and dropping it would make the
    study the subject of what the study suggested ("Researchers from the institute said they had ..." may
    lose it: the researchers are who "they" are). Nor when it holds a verb of saying: "Doctors at the clinic
    said the number of patients | was falling" has the subject of what was said after it."""
    head = found.group("head") or found.group("made")
    dropped = found.group()[len(head) :].split()
    return (
        found.group()
        if any(_EVIDENCE_VERB.fullmatch(word) or word in _SAYING_WORDS for word in dropped)
        else head
    )


# Verbs whose subject is a thing that shows, not a person who tells: "the study suggested", "tests showed"
_EVIDENCE_VERB = re.compile(r"(?:suggest|show|indicate|reveal|confirm|find)(?:s|ed)?|found|shown")


# A subject (no verb, no linking word in it), then a participle phrase set off by commas before the
# subject's verb: "The rig, valued at more than $560 million, sinks", "The spill, entering its 73rd day, has
# unleashed ..."
_PARTICIPLE_ASIDE_BEFORE_VERB = re.compile(
    # ("Four nurses and a porter, all employed at the same clinic, have tested ...": a quantifier of the
    # subject may open the aside)
    r"^(?P<subject>[^,;:“”\"]{3,80}?),\s+(?:(?:all|both|each|most|many|some|several)\s+)?"
    r"(?:(?:now|still|already|first|[a-z]{3,}ly)\s+)?(?:[a-z]{3,}(?:ed|ing)|[a-z]{2,}en|built|held|made|paid|sent|set|sold"
    r"|hit|struck|put|cut|shut|seen|known|shown)\s[^,;:“”\"]{1,100},\s+(?=(?P<verb>[a-z]{3,})\s)"
)
# (or an "as" clause that says what the subject is called or known as: "The fund, as the scheme is known,
# was set up ..."; never "as well as", "as much as" or "as opposed to", which add to the subject or set
# another against it, nor an "as" that tells whose claim or fear the clause is, "as critics argued", "as far
# as the unions are concerned": without it the title would state the claim as fact)
_ASIDE_OF_A_CLAIM = (
    rf"(?![^,;:“”\"()]*\b(?:{alternatives([*(f for v in _SAYING_VERBS.values() for f in v), *_SAYING_VERBS])}"
    r"|fears?|feared|concerned|alleges?|alleged|contends?|contended|hopes?|hoped)\b)"
)
_RELATIVE_ASIDE_BEFORE_VERB = re.compile(
    r"^(?P<subject>[^,;:“”\"]{3,80}?),\s+(?:which|who"
    rf"|as(?!\s+(?:well|much|far)\s+as\b|\s+opposed\s+to\b){_ASIDE_OF_A_CLAIM})\s+[^,;:“”\"()]{{3,140}},\s+"
    r"(?=(?P<verb>[a-z]{3,})\s)"
)
# A subject with a relative clause that holds one verb and no clause of its own inside it ("A lawyer who
# represented the governor in the 2000 recount | has made ..."), before the subject's auxiliary
_SUBJECT_RELATIVE = re.compile(
    r"^(?P<subject>(?:the|a|an|one|two|three|some|several|many)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+"
    # (or a plural with no article: "Farmers who lost their herds | were ...")
    rf"|{_BARE_PLURAL})\s+"
    r"(?P<relative>(?:who|that)\s+(?:[\w’'.,$%-]+\s+){2,18}?)"
    # (in small letters: "in May | blamed ..." holds a month, no auxiliary)
    r"(?=(?-i:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should)\s+[a-z])",
    re.IGNORECASE,
)
# A plural with no article and its relative clause before a plain past with its object, the subject's own
# verb: "Tenants who were evicted in March | blamed the landlord"
_BARE_RELATIVE_BEFORE_PAST = re.compile(
    rf"^(?P<subject>{_BARE_PLURAL})\s+(?P<relative>who\s+(?:[\w’'.,$%-]+\s+){{2,18}}?)"
    r"(?=[a-z]{3,}ed\s+(?:the|a|an|its|their|his|her|this|that|these|those)\s)"
)
# What would make a later auxiliary the verb of a clause inside the relative clause, not the subject's
_CLAUSE_INSIDE = re.compile(
    r"\b(?:that|which|who|whom|whose|whether|if|when|while|before|after|because|since|until|as|where|and|or"
    r"|but|said|says|say|told|thought|believed|knew|found|reported|claimed|warned|estimated|it|they|he|she"
    r"|we|there)\b",
    re.IGNORECASE,
)


def _without_subject_aside(text: str) -> str:
    """The clause without the participle aside or relative clause between its subject and its verb, or the
    clause as it is when it has neither (or what comes after is no verb of the subject's)."""
    # ("The museum, which was shut for two years while the roof was rebuilt, reopens ...": a relative clause
    # set off by commas is an aside as a participle phrase is)
    aside = _PARTICIPLE_ASIDE_BEFORE_VERB.match(text) or _RELATIVE_ASIDE_BEFORE_VERB.match(text)
    if (
        aside is not None
        and not _FINITE.search(aside.group("subject"))
        and aside.group("subject").split()[0].lower() not in COMMON_OPENERS - _DETERMINERS
        and (_FINITE.fullmatch(aside.group("verb")) or _PRESENT_SINGULAR.fullmatch(aside.group("verb")))
    ):
        return f"{aside.group('subject')} {text[aside.end() :]}"
    # (the earlier of the subject's verbs, an auxiliary or a plain past after a plural with no article)
    found = [m for m in (_SUBJECT_RELATIVE.match(text), _BARE_RELATIVE_BEFORE_PAST.match(text)) if m]
    if not found:
        return text
    relative = min(found, key=lambda m: m.end())
    words = relative.group("relative").split()[1:]
    bare = len(relative.group("subject").split()) == 1
    # (a modal and the plain verb after it are the one verb: "Drivers who might face fines", "who could be")
    modal = (
        bare and len(words) > 1 and words[0].lower() in _MODALS and words[1].isalpha() and words[1].islower()
    )
    words = words[1:] if modal else words
    # (the relative clause's own verb opens it, one verb only: "who represented ...", "that has studied ...")
    if not words or not (_FINITE.fullmatch(words[0]) or modal):
        return text
    rest = " ".join(words[1:])
    if _CLAUSE_INSIDE.search(rest) or len(_FINITE.findall(rest)) > 1 or re.search(r"[,;:]", rest):
        return text
    subject = relative.group("subject")
    if bare:
        # a plural with no article names a whole class ("Farmers", "People"), and its relative clause tells
        # which of it: the clause keeps its verb and object and drops only the phrases after them ("Drivers
        # who might face fines | in the old town | are being sent letters ...")
        own = _PHRASE_IN_RELATIVE.match(relative.group("relative"))
        # (a subject of two thirds of a title at most leaves room for its verb and object)
        if own is not None and len(f"{subject} {own.group('own')}") <= TITLE_MAX * 2 // 3:
            return f"{subject} {own.group('own')} {text[relative.end() :]}"
    return f"{subject} {text[relative.end() :]}"


# A relative clause's verb and object (at least two words), then the phrases after them: "who watched the
# cabinet hesitate | in 1998", "who might face fines | in the old town"
_PHRASE_IN_RELATIVE = re.compile(
    r"(?P<own>(?:who|that)\s+(?:[\w’'.$%-]+\s+){2,8}?[\w’'.$%-]+)"
    r"\s+(?:in|at|from|during|after|before|since|near|across|over)\s"
)


# "a panel | appointed by the governor last month | accused ...": who set up the body that acts, between it
# and its verb
_SET_UP_BY = compile_gated(
    r"(?P<body>(?:^|\b(?:says|say|said)\s+)(?i:the|a|an|this|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:commission"
    r"|panel|committee|board|council|task\s+force|inquiry|team|body|group))\s+(?:appointed|set\s+up|named|created"
    r"|chaired|led|formed|established|convened)\s+by\s+[^,;:“”\"]{3,80}?(?=\s+(?:[a-z]{3,}ed|said|says|is|are|was"
    r"|were|has|have|had|will|would|could|found|put|gave|took|made|told|wrote|sent|held|met)\s)"
)
# An infinitive phrase ("to ease traffic in the town") that ends where the verb of its clause begins
_INFINITIVE_BEFORE_VERB = re.compile(
    r"\sto\s(?!(?:the|a|an|his|her|its|their|this|that|these|those|be)\b)[a-z]{2,}\b"
    # ("an attempt to place a dome fails when the device | is rendered useless": a clause of time or cause
    # inside is no infinitive phrase of the subject, and its auxiliary no verb of the subject's)
    r"(?:(?!\s(?:to|that|which|who|when|while|because|after|before|until|if|as|since|where)\s)[^,;:“”\"]){0,80}?"
    r"(?=\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\s)"
)


_SAID_WORD = re.compile(r"\b(?:says|say|said)\s")


def _without_subject_infinitive(text: str) -> str:
    """`text` without the last infinitive phrase inside the subject of its clause, the subject opening the
    text or following "says": "Officials say the plan to build a bridge to ease traffic was approved" ->
    "... the plan to build a bridge was approved"; `text` itself when there is none. The words before the
    phrase must hold no verb, so that "agreed to pay for the damage that was caused" keeps its infinitive."""
    found = next(reversed(list(_INFINITIVE_BEFORE_VERB.finditer(text))), None)
    if found is None:
        return text
    said = list(_SAID_WORD.finditer(text, 0, found.start()))
    opening = said[-1].end() if said else 0
    subject = text[opening : found.start()]
    if not re.match(r"(?i:the|a|an|its|their|his|her|our|this|these|those)\s", subject) or any(
        _FINITE.fullmatch(word) or word.lower() in ("who", "which", "that") for word in subject.split()
    ):
        return text
    if re.search(r"\b(?i:whether|how|what|where|when|which|who|whom)$", subject.rstrip()):
        return text  # "the decision whether | to order ships out": the infinitive is all the question asks
    return text[: found.start()] + text[found.end() :]


# A speaker and a participle phrase of what they were doing, before the verb of saying
_SPEAKER_DOING = re.compile(
    r"^(?P<head>(?i:the|a|an|one|two|three)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+(?:reading|speaking|standing|addressing"
    r"|flanked|surrounded|accompanied|writing|talking)\s+[^,;:“”\"]{3,120}?(?=\s+(?:said|says|told|announced)\s)"
)
# An office before a person's name (first name and surname) that opens the title with its verb after it
_OFFICE_BEFORE_NAME = re.compile(
    r"^(?:[A-Z][\w.’'-]*\s+){0,3}(?:Secretary|Minister|General|President|Director|Chairman|Chairwoman|Chief"
    r"|Commissioner|Senator|Governor|Spokesman|Spokeswoman|Mayor|Ambassador|Admiral|Commander|Executive"
    r"|Officer|Prosecutor|Judge)\s+(?=[A-Z][\w’'-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+\s+[a-z])"
)
_OPENING_SUBORDINATE = re.compile(
    # ("Just after the leak began, the agency ...": an adverb that tells how soon)
    r"^(?i:(?:just|shortly|soon|right|long|only|even)\s+)?(?i:before|after|when|while|as|although|though|because|since|once|until|by|despite|with|without|in"
    r"|if|unless|following|amid|during)\s"
)


# "Calling for a longer sentence, the prosecutor said ...": a participle phrase of what the subject did
_OPENING_GERUND = re.compile(r"^(?!According\b)([A-Z][a-z]{2,}ing)\s+([\w’'-]+)")


_APPOSITION_OPENING = re.compile(r"(?i:one|some|many|most|all|each|none|part|two|three)\s+of\s")


# "..., Ann Roe, 61, took a job": a person's age between commas is part of the subject before the verb
_AGE_AT_END = re.compile(r",\s+\d{1,3},\s+$")


# A span into something opening a sentence, which only sets its scene ("Just minutes into his speech ...")
_SPAN_INTO = re.compile(
    r"^(?:(?:Just|Only|Barely)\s+)?(?:(?:a\s+few|\w+)\s+)?(?i:minutes|hours|days|weeks|months)\s+into\s"
)
# Participles that open a list or a clause of saying rather than a scene ("Including the ...", "Having said")
_NO_SCENE_PARTICIPLES = frozenset({"Including", "Having"})
# "economists warned on Monday, will push ...": a speaker and a verb of saying set off by a comma
_SAYING_ASIDE = re.compile(
    rf"^(?:[\w’'.-]+\s+){{1,5}}?(?:{'|'.join(PAST_SAYING_VERBS)}|says|say|warns|warn|believes?|thinks?)\b"
    r"[^,;:]{0,40},",
    re.IGNORECASE,
)


def _long_opening_phrase(text: str) -> bool:
    """Whether the sentence opens on a phrase that only sets its scene: a participle with what it takes as
    its object ("Expecting a grilling ...", never "Rising prices ..." nor "Spring flooding ...", where the
    word in "-ing" is a noun's or its describing word) or a span into something ("Minutes into his talk")."""
    gerund = _OPENING_GERUND.match(text)
    return _SPAN_INTO.match(text) is not None or (
        gerund is not None
        and gerund.group(1) not in _NO_SCENE_PARTICIPLES
        and gerund.group(2).lower() in _GERUND_OBJECT
    )


def main_clause_after_opening(text: str, *, opening_known: bool = False) -> str:
    """The main clause of a long sentence that opens with subordinate clauses or phrases ("Before the
    hearing began, before the jurors sat down, the defence had conceded ..." -> "the defence had conceded
    ..."), or "" when there is none that is a clause. `opening_known`: the caller has seen such an opening
    the patterns here do not know."""
    gerund = _OPENING_GERUND.match(text)
    if (
        not opening_known
        and not _OPENING_SUBORDINATE.match(text)
        and (gerund is None or gerund.group(2).lower() not in _GERUND_OBJECT)
    ):
        return ""
    listed = [(m.start(), m.end()) for m in LISTED_NAMES.finditer(text)]
    for comma in re.finditer(r",\s+", text):
        if any(opens < comma.start() < closes for opens, closes in listed):
            continue  # "the governments of Peru, Chile, Bolivia and Ecuador": one subject's names
        rest = text[comma.end() :]
        first = rest.split(" ", 1)[0].lower()
        if first in _NOT_OPENING or first in _PREPOSITIONS or _OPENING_SUBORDINATE.match(rest):
            continue
        if _APPOSITION_OPENING.match(rest):
            continue  # "..., Louisiana, one of the areas hit by the spill": what a name is, no clause
        verb = _FINITE.search(rest, 0, 90)
        # ("the Kuwait fund, about a larger stake, the boss is ...": no comma between a subject and its verb,
        # but those of a list of its names)
        subject = LISTED_NAMES.sub("names", rest[: verb.start()]) if verb is not None else ""
        subject = _AGE_AT_END.sub(" ", subject)
        if verb is not None and "," not in subject and not is_fragment(rest):
            return rest[:1].upper() + rest[1:]
    if "," in text or not _OPENING_PHRASE_WORD.match(text):
        return ""
    # "Despite losing their homes people still turned out to vote": a phrase of circumstance written with
    # no comma; the main clause opens at the first subject directly followed by its verb
    for opening in _SUBJECT_THEN_VERB.finditer(text, text.find(" ") + 1):
        word = opening.group("verb")
        if not _finite_or_past(word):
            continue
        # ("Despite assurances that the dam was safe the villagers fled": a second subject and its verb
        # after this one with no conjunction between means this one is inside the phrase)
        if any(
            _finite_or_past(later.group("verb"))
            and not _JOINING_WORD.search(text, opening.end(), later.start())
            for later in _SUBJECT_THEN_VERB.finditer(text, opening.end())
        ):
            continue
        # ("Despite heavy rain thousands of people marched": a count before the subject is part of it)
        counted = _COUNT_BEFORE_SUBJECT.search(text, 0, opening.start())
        rest = text[counted.start() if counted is not None else opening.start() :]
        if not is_fragment(rest):
            return rest[:1].upper() + rest[1:] if len(rest.split()) >= 4 else ""
    return ""


def _finite_or_past(word: str) -> bool:
    return _FINITE.fullmatch(word) is not None or _PAST_WORD.fullmatch(word) is not None


_PAST_WORD = re.compile(r"[a-z]{3,}ed")
# A word that joins a second clause to the first ("and", "but", "because", "that" ...)
_JOINING_WORD = re.compile(
    r"\b(?:and|but|or|so|yet|that|which|who|when|while|after|before|because|as|since|until|where|if|though"
    r"|although)\b|[,;:]"
)
# "thousands of", "hundreds of", "200", "tens of thousands of", just before a subject
_COUNT_BEFORE_SUBJECT = re.compile(
    r"(?<=\s)(?:(?:tens|hundreds)\s+of\s+)?(?:thousands|hundreds|dozens|scores|millions|many|most|some|several"
    r"|\d[\d,]*)\s+(?:of\s+)?$"
)


# The words that open a phrase of circumstance, never a clause of its own (a gerund or noun follows)
_OPENING_PHRASE_WORD = re.compile(r"(?i:despite|without|amid|following|notwithstanding)\s")
# A subject of a determiner or a plural of people and at most two words, then its verb (an adverb between)
_SUBJECT_THEN_VERB = re.compile(
    r"(?<=\s)(?:(?:the|a|an|its|their|his|her|many|most|some|all)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*"
    r"|people|police|officials|residents)\s+(?:(?:still|also|then|now|later|quickly|soon)\s+)?"
    r"(?P<verb>[a-z][\w’'-]*)\b"
)


def _balance_quotes(text: str, room: bool = True) -> str:
    """Close a quotation a cut left open, when there is room for the mark."""
    # ('is "massive and broad,"': the comma inside the closing mark led to what was cut)
    text = re.sub(r"[,;:]+([\"”])$", r"\1", text)
    if text.count("“") > text.count("”"):
        if room and len(text) >= TITLE_MAX and len(text.rsplit(" ", 1)[0]) > text.find("“") + _MIN_KEPT // 2:
            # 'Jane Roe: “I can\'t see why the question isn\'t put': room for the closing mark is made by
            # the last word, so the words stay quoted
            text = _DANGLING.sub("", text.rsplit(" ", 1)[0].rstrip(" ,;:"))
        text = text + "”" if room and len(text) < TITLE_MAX else text.replace("“", "")
    if text.count('"') % 2:
        text = text + '"' if room and len(text) < TITLE_MAX else text.replace('"', "")
    return text


_NOT_OPENING = frozenset(
    """including much like which who whose where when while although though because since after before
    as if unless whether to of and but or so than""".split()
)
# A title may open with a phrase of place or time and still be a clause ("In 2019 it held the tanker",
# "At least 23 people were killed"), unless its verb belongs to a subordinate clause ("In Abidjan after
# the results were announced").
_PREPOSITIONS = frozenset("in on at for with from by into over during".split())
# a word that links a phrase to its object ("a grilling from the committee", "into his speech"): an opening
# phrase has one, a list of nouns does not
_PHRASE_LINKS = _DETERMINERS | _PREPOSITIONS | frozenset("our to about after of".split())
_SUBORDINATOR = re.compile(
    r"\b(after|when|while|as|because|since|if|before|until|which|who|whose|where)\b", re.I
)
# What follows a gerund that opens a phrase ("Including four hurricanes", "Announcing the deployment");
# "Beijing first required ..." opens with a name.
_GERUND_OBJECT = frozenset(
    """the a an this that these those it its his her their our my your to on in at for with from up out off
    about over into one two three four five six seven eight nine ten""".split()
)
# (never after a word and a hyphen: "a government-appointed team", "the long-awaited dredging" are a noun's
# words; "re-scheduled", "co-founded" are verbs)
_FINITE_VERB = (
    # ("by the end of May": the month is no "may" that waits for its verb)
    # ("oil-affected", "tax-funded": a word of three letters before the hyphen too; "re-", "co-" make verbs)
    r"\b(?<![A-Za-z]{4}-)(?<!\b[A-Za-z]{3}-)(?!(?<=\S\s)(?-i:May)\b)(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|did|does"
    r"|do|says|said|told|began|begun|came|comes|fell|fled|found|gave|got|grew|hit|held|kept|knew|led|left"
    r"|caught|brought|bought|sought|thought|taught|drove|chose|shook|swept|spread|stole|tore|wore|woke"
    r"|lost|made|met|paid|put|ran|rose|sank|saw|sent|set|shot|sold|spent|spoke|stood|struck|took|went|won"
    r"|wrote|read|\w{2,}ed|blew|froze|drew|flew|threw|grew|knew|broke|spoke|fell|sent|spent|built|cut|shut|says|tells|warns|calls|plans|faces|seeks|wins|loses|takes|makes|gets|hits|kills|rises"
    r"|falls|opens|closes|starts|ends|agrees|rejects|denies|claims|urges|vows|meets|signs|launches|announces"
    r"|orders|backs|bans|approves|passes|asks|blames|accuses|threatens|expects|remains|continues|reaches"
    # verbs of saying in the plural: "Prosecutors contend ...", "Critics argue ..."
    r"|say|contend|argue|allege|insist|warn|urge|accuse"
    # other verbs in the plural that are no nouns: "The lawsuits seek damages", "Officials expect ..."
    r"|seek|want|need|remain|continue|expect|agree|accept|reject|deny|include|suggest|believe"
    r"|returns|leaves|arrives|needs|wants|shows|suggests|begins|sees|goes|comes|gives|puts|holds|keeps|runs"
    # ("The first layoff notices go out", "A policy sells for $1": a verb seldom a noun)
    r"|go|sells|pays|buys"
    # present verbs of telling, containing and following: "The designation refers to ...", "The visit
    # features five spacewalks", "The study sheds light on ..."
    r"|follow|follows|refers|features|sheds|includes|involves|means|follows|provides|requires|affects|describes|explains"
    r"|predicts|represents|contains|allows|offers|receives|reduces|indicates|confirms|reveals|finds|tries"
    r"|appears|seems|occurs|happens|depends|belongs|lies|exists"
    # ("The firm became a sponsor in 2008", "The toll stands at 16")
    r"|became|becomes|stands"
    # a verb in a contraction: "the consumer doesn't stop", "it's better", "we're leaving", "they'd agreed"
    r"|(?:is|are|was|were|do|does|did|has|have|had|could|would|should|must|need)n['’]t|won['’]t|can['’]t"
    r"|(?:it|he|she|that|there|what|who|here|where)['’]s|(?:i|you|we|they)['’](?:re|ve|ll|d|m)"
    r"|(?:he|she|it|that)['’](?:ll|d)"
    # every other irregular past ("The governor withdrew his support", "The storm tore roofs off"), but
    # those that are as often a noun or an adjective ("the Fed", "a bid", "a lit fuse", "bound for")
    rf"|{alternatives(w for w in IRREGULAR_PAST if w not in _PAST_ALSO_A_NOUN)})\b"
)
# (scanned with a look-ahead for the letters a verb opens with: a title is searched for its verbs many times,
# and the look-behinds and the hundreds of words above are then tried only where a word begins)
_FINITE = compile_for_search(_FINITE_VERB, re.IGNORECASE)


# ... but "much" may be a subject ("Much of the town was flooded", "Much has been said"), a determiner
# ("Much evidence was lost") or a word of degree ("Much more is needed"), and "so far" is a phrase of time;
# only "much like" and "much as" open a phrase that waits for its clause
_SUBJECT_OR_ADVERB_OPENING = re.compile(
    r"(?i)^[\"“'‘`]*(?:much\s+(?!like\b|as\b)\w|so\s+far\b"
    # ("Of the 80 sites inspected, 50 were unsafe": the part the clause after the comma tells of)
    rf"|of\s[^,;:]{{3,80}},\s+(?=(?:[^,;:]*?\s)?(?:{_FINITE_VERB})))"
)

# A span of time straight before a determiner opens no clause: its preposition ("After", "Within") was lost
_DURATION_LOST_ITS_PREPOSITION = re.compile(
    r"^(?:(?:more|less|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+|just\s+|over\s+|only\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:hours|days|weeks|months|years"
    r"|decades)\s+(?:the|a|an|its|his|her|their)\s",
    re.IGNORECASE,
)


# A gerund and its object, then a past verb joined by "and": the object of a verb left in the sentence
# ("admitted using forged permits") with the subject's next verb after it
_GERUND_THEN_JOINED_VERB = re.compile(
    r"^[A-Z][a-z]+ing\s+(?P<object>[^,;]*?)\s+and\s+(?:later\s+|also\s+)?(?:said|told|added|admitted|denied"
    r"|insisted|claimed|conceded)\b"
)


# A word in -s right after a determiner or number is a plural noun: "the patients", "three cases"
_DETERMINED_PLURAL = re.compile(
    r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|many|few|some|all|the|its|their"
    # ("the president's rebukes": a name's possessive determines the noun as "his" does)
    r"|his|her|our|these|those|(?!(?:it|that|there|he|she|what|who|here|where)['’])[\w.-]+['’]s)\s+[a-z]{3,}s\b",
    re.IGNORECASE,
)
# A plural after a number or determiner is a noun, never a verb: "three decades", "the talks"
_COUNTED_PLURAL = re.compile(
    r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|many|few|the|its|their|his|her|our"
    r"|these|those)\s+(?:[a-z-]+\s+)?[a-z]+s\b",
    re.IGNORECASE,
)


# A word in -s right after a name or a singular noun and right before an object or a phrase is a verb in the
# present ("The coast guard estimates a leak", "Obama visits the coast", "The firm succeeds in ..."); a
# plural after its determiner ("the talks in Geneva") has a noun in -s before it, or none
_PRESENT_AFTER_SUBJECT = re.compile(
    r"(?:^|\s)(?:[A-Z][\w.’'-]*|(?i:the|a|an|this|its|their|his|her)\s+(?:[a-z-]+\s+)?"
    # ("a few minutes into ...", "some days after ...": a word of quantity before a plural)
    # ("the two clinics in ...": a count of two or more is a plural's, and a verb in -s never follows it)
    r"(?!(?:few|many|several|some|more|most|other|such|all|both|of|in|on|at|to|for|with|from|by|and|or|but"
    rf"|that|than|{alternatives(set(CARDINALS) - {'one'})})\s)[a-z-]+(?<!s))"
    # ("Senior managers from ...": a word in -s shaped like a noun naming people or things is a plural)
    r"\s+[a-z]{3,}(?<!ss)(?<!us)(?<!is)(?<!er)(?<!or)(?<!ist)(?<!ian)(?<!ion)(?<!ment)(?<!ee)s"
    # ("the very first images to escape": "to" may open an infinitive that describes a plural)
    r"\s+(?:(?:the|a|an|its|his|her|their|our|in|on|for|with|at|from|into|up|out|off|over)\b|\d|[a-z]+-[a-z])"
)

# A count of two or more and its plural, a phrase of place at most, then a verb in the present that the list
# lacks before its object ("The two clinics in the capital treat more than ...", "Three judges hear the
# appeal"): the plural's verb has no -s, which `_PRESENT_AFTER_SUBJECT` looks for ("the two clinics in the
# north" has none)
_NO_PLURAL_VERB = frozenset("and or but near later earlier ago again each every all both than".split())
_PRESENT_AFTER_COUNTED_PLURAL = re.compile(
    r"^(?i:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?"
    rf"(?i:\d[\d,.]*|{alternatives(set(CARDINALS) - {'one'})})\s+(?:[a-z-]+\s+)?"
    r"(?:[a-z]{3,}s|men|women|people|children)"
    r"(?:\s+(?:in|at|from|of|on|near)\s+(?:the\s+)?(?!the\b)(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?"
    rf"\s+(?!(?:{alternatives(_PHRASE_LINKS | _NO_PLURAL_VERB)})\s)"
    r"[a-z]{3,}(?<!s)(?<![a-z]{2}ly)(?<!ed)(?<!ing)"
    r"\s+(?:the|a|an|its|his|her|their|our|more|to|up|out|\d)\b"
)


@functools.lru_cache(maxsize=8192)
def ends_dangling(title: str) -> bool:
    """Whether a title stops on a word that leads to what was cut after it ("... said that", "... in the"),
    a closing quotation mark aside."""
    words = title.rstrip("”\"’' ")
    return any(words_end.search(words) for words_end in (_DANGLING, _TRAILING_LEAD, _LEADS_ON))


# (words that lead on, beyond those `_DANGLING` trims when a title is cut: "... is like", "... uncertainty
# about", "... higher than")
_LEADS_ON = re.compile(r"\s(?:about|like|than|whether|because)$", re.IGNORECASE)


# (a title tried for one event is tried again for the next of its story, and a title's fragments by each
# way of making it: the answers for the last few thousand are kept)
@functools.lru_cache(maxsize=4096)
def is_fragment(title: str) -> bool:
    """A title that is cut off ("…") or is no clause: it opens with a linking word ("Including four
    hurricanes ...") or a gerund, or it has no finite verb."""
    if title.endswith(ELLIPSIS):
        return True
    words = title.split()
    if not words:
        return True
    first = words[0].strip("\"“'‘`").lower()
    initials = words[0].strip("\"“'‘`").isupper() and len(words[0]) > 1  # "WHO says", not "who"
    # ("According to officials, both gates had been inspected": the attribution of a claim, then the claim)
    gerund = (
        first.endswith("ing")
        and len(first) > 5
        and not re.match(r"(?i)according\s+to\s+[^,]{2,60},\s+\w", title)
    )
    following = words[1].lower() if len(words) > 1 else ""
    if (first in _NOT_OPENING and not initials and not _SUBJECT_OR_ADVERB_OPENING.match(title)) or (
        gerund and (following in _GERUND_OBJECT or following[:1].isdigit())
    ):
        return True
    if first in _AUXILIARIES and not initials:
        # "Was deployed in 2004 to restore order": the clause after "and" that lost its subject
        return True
    if _noun_and_its_relative(title) and len(_FINITE.findall(title)) <= 1:
        return True  # "The UK firm that insured the singer's concerts": a noun and what describes it
    if _SUBJECT_LOST.match(title):
        return True  # "Began feeling ill last week": the clause's subject stayed in the sentence
    if _STUB_BEFORE_VERB.match(title):
        return True  # "Ohio, spent a wet Sunday at the polls": the last word of a subject split at its comma
    if _SUBJECT_LOST_BEFORE_PARTICLE.match(title) and not re.search(r",\s", title):
        # "Met with seven ministers", "Only received a small cheque", "Doesn't get the waves": the same, a
        # particle, a word of time or a negation with the verb ("Armed with rifles, gunmen ..." is whole)
        return True
    first_verb = _FINITE.search(title)
    head = title[: first_verb.start()] if first_verb is not None else ""
    if (
        head.endswith(", ")
        and head.count(",") == 1
        and len(head.split()) >= 2
        # (a word in -s other than a plural in -ies may be a verb the list lacks: "It replaces a cap,
        # fitted last month"; a phrase of place or accompaniment may open an inversion: "Along with the
        # worst, came the best")
        and not re.search(r"\b[a-z]{3,}(?<!ie)s\b", _COUNTED_PLURAL.sub("", head))
        and head.split()[0].lower() not in _PREPOSITIONS | {"along", "among", "after", "before", "with"}
        and not _PRONOUN_SUBJECT.match(head)
        # ("Thus far, we've been lucky": a contraction holds its own subject)
        and not re.search(r"['’]", first_verb.group() if first_verb is not None else "")
    ):
        # "Haiti's worst in two centuries, struck": an apposition whose subject stayed in the sentence (one
        # comma never sets a subject off from its verb)
        return True
    gerund_then_verb = _GERUND_THEN_JOINED_VERB.match(title)
    # (the object's first word may be a participle that describes it: "forged permits"; a verb after a
    # noun, "Shipping costs soared and ...", is a clause of its own)
    if gerund_then_verb is not None and not _FINITE.search(
        gerund_then_verb.group("object").partition(" ")[2]
    ):
        return True  # "Using forged permits and said he ...": what was admitted, then the subject's next verb
    if _DURATION_LOST_ITS_PREPOSITION.match(title):
        return True  # "More than five weeks the hearing was ...": the "After" that led to the span was cut
    if first in _PREPOSITION_PHRASE_OPENING and not re.search(r",\s", title):
        return True  # "Following signs from his administration": a phrase whose main clause was left off
    if (cut := _CLAUSE_CUT.search(title)) is not None and _FINITE.search(cut.group("rest")) is None:
        return True  # "The coalition collapsed when the Janata Party": the clause after "when" lost its verb
    if _ASIDE_CUT_AT_DASH.search(title) or _SAID_THEN_AND.search(title):
        # "Officials began the much-delayed - and now": an aside opened by a dash and cut; "The union
        # says and a final vote ...": what was said was left out before the clause joined to it
        return True
    if _SUBJECT_LOST_AT_DASH.search(title):
        return True  # "South-east London - has seen six cases": the subject stayed before the dash aside
    joined = _JOINED_PHRASE_ONLY.search(title)
    if joined is not None and _FINITE.search(joined.group("phrase")) is None:
        return True  # "Committees are investigating and at one of many hearings": the joined clause was cut
    that_cut = _THAT_CUT_AFTER_SAYING.search(title)
    # (a verb between them has the "that" for its object: "says the rise could change that"; a participle
    # after a determiner is no verb: "in a recorded interview")
    between = _PARTICIPLE_AFTER_DETERMINER.sub(" ", that_cut.group("between")) if that_cut is not None else ""
    where = _SAID_WHERE_ONLY.search(title)
    if (
        _CONTENT_CUT_AFTER_SAYING.search(title)
        or (that_cut is not None and _FINITE.search(between) is None)
        or (where is not None and _said_where_only(title, where))
    ):
        return True  # "The senator said last March", "Experts estimated that": what was said was cut
    if (
        (_CUT_END.search(title) and not _WH_CLAUSE_END.search(title))
        # ("worse than the council had estimated", "as first reported": the comparison is whole)
        or (
            _REPORTING_AT_END.search(title)
            and not _COMPARED_WITH_REPORTED.search(title)
            and not _PARTICIPLE_AFTER_ITS_NOUN.search(title)
        )
        or _CONTENT_AT_END.search(title)
    ):
        return (
            True  # "... greater costs than thought in relation", "... the talks on the": cut inside a phrase
        )
    if (
        _ENDS_INSIDE_PHRASE.search(title)
        or _PARTICIPLE_CUT.search(title)
        or _PHRASE_BEFORE_COMMA.search(title)
    ):
        return True  # "... sealed shut a mechanical", "... the kits sent", "... from, citing": cut inside
    if _NO_CLAUSE_OPENING.match(title):
        return True  # "That the president would visit", "Around 300 of whom have", "2024 the court found"
    tail = _ROLE_NAME_TAIL.search(title)
    if tail is not None and not _SAYING_WORD.search(tail.group("role")):
        return True  # "The hearing opened, lawyer Ian Marsh": the name's own verb was cut off
    if _OPEN_CONCESSION.search(title):
        return (
            True  # "The judge told the court that while he was eligible for probation": what was said is cut
        )
    if _CONDITION_CUT.search(title):
        return True  # 'Calder said it would be "surprised"': a hypothetical with its "if" cut off
    if _AGENT_CUT.search(title):
        return True  # "The rise has been partly driven": the cause the adverb announced was cut off
    verbs = [v.group() for v in _FINITE.finditer(title)]
    if (
        first in ("with", "without")
        and not re.search(r",\s", title)
        and all(v.lower().endswith("ed") for v in verbs)
    ):
        return True  # "With the ban on drilling extended for six months": a circumstance, not a clause
    if all(v.lower().endswith("ed") for v in verbs) and _REDUCED_RELATIVE.search(title):
        return True  # "A campaign meant to get the state to act": a noun and what describes it
    remark = _QUOTED_REMARK.match(title)
    if remark is not None:
        # 'Jane Roe: “We will not leave”': a clause when what is quoted is one (a first person is its subject)
        # (what is quoted need not be a clause: 'Jane Roe: “Purely a matter of translation”' is her answer)
        said = remark.group("words").strip(" ,.")
        return (
            _says_too_little(f"{remark.group('who')} says {said}")
            or (_CUT_END.search(said) is not None and _WH_CLAUSE_END.search(said) is None)
            or _ENDS_INSIDE_PHRASE.search(said) is not None
        )
    if _says_too_little(title):
        return True
    apposed = _NAME_THEN_APPOSITION.match(title)
    if apposed is not None and _FINITE.search(apposed.group("rest")) is None:
        return True  # "Jane Roe, retired director of the institute": who, and what she is, but no verb
    rest = " ".join(words[1:])
    # "About the shortages, which it says could last": the only verb is in a relative clause
    verb = _FINITE.search(rest)
    if verb is None or _FINITE.search(_RELATIVE.sub(" ", rest)) is None:
        # ("Obama visits the coast", "The new law sends inmates to county jails": a verb in the present
        # that the list lacks, right after its subject and before its object)
        return (
            _PRESENT_AFTER_SUBJECT.search(f"{words[0]} {_RELATIVE.sub(' ', rest)}") is None
            and _PRESENT_AFTER_COUNTED_PLURAL.match(title) is None
        )
    before = rest[: verb.start()]
    # "The company while its shares fell": an adverbial clause opens before any verb of the main one
    return (first in _PREPOSITIONS and _SUBORDINATOR.search(before) is not None) or (
        _ADVERBIAL_OPENING.search(before) is not None
    )


# A title whose subject is a bare pronoun: "It will reopen on Thursday", "They denied cutting corners", "He
# was transferred to the court", "That would delay the vote". A clause, but a headline names who; an "it"
# that stands for nothing ("It is hoped ...", "It is not yet possible to ...", "It is this drought that
# ...") has nobody to name, and is no such title.
_PRONOUN_SUBJECT = re.compile(
    r"^[\"“‘'`]*(?:(?i:and|but|yet|so|then),?\s+)?(?:(?i:he|she|it|they|we)|I)(?:['’](?:s|re|ve|ll|d|m))?\s"
    # (a demonstrative is a bare pronoun only before its verb: "That would delay ...", not "That rig ...")
    r"|^[\"“‘'`]*(?i:this|that|these|those)\s+(?i:is|was|are|were|has|had|have|will|would|could|may|might"
    r"|means|meant)\s"
)
_EMPTY_IT_TITLE = re.compile(
    # ("It now appears that ...": an adverb may stand between "it" and its verb)
    r"^[\"“‘'`]*(?i:it)(?:['’]s|\s+(?:(?:now|also|still|\w+ly)\s+)?(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|may\s+be|might\s+be"
    r"|could\s+be|seems|seemed|appears|appeared|remains|remained))"
    r"(?:\s+(?:not|also|still|now|yet|too|so|very|widely|generally|already|far|all|as))*\s+"
    r"(?:hoped|understood|thought|believed|expected|feared|said|reported|known|claimed|alleged|estimated"
    r"|assumed|likely|unlikely|possible|impossible|clear|unclear|important|necessary|essential|vital|difficult"
    r"|hard|easy|true|unknown|uncertain|worth|time|early|too|thanks|because|only|just|here|there|this|these"
    r"|that|up\s+to|to|that|whether|if|how|why)\b",
    re.IGNORECASE,
)


def pronoun_subject(title: str) -> bool:
    """Whether the title's subject is a bare pronoun that stands for somebody or something ("It will
    reopen on Thursday", "They denied the charge"): a clause that names nobody."""
    return _PRONOUN_SUBJECT.match(title) is not None and _EMPTY_IT_TITLE.match(title) is None


# Words that open a phrase of circumstance, never a clause: with no comma after the phrase, the main
# clause it leads to is missing ("Following conflicting signals from the ministry")
_PREPOSITION_PHRASE_OPENING = frozenset(
    "following amid despite during regarding concerning considering given notwithstanding".split()
)
# "and" or "but", then only the phrase of time or place that opened the clause it joined, to the end
_JOINED_PHRASE_ONLY = re.compile(
    r"\s(?:and|but)\s+(?P<phrase>(?:at|in|on|during|after|before|with|from|by)\s+(?:[\w’'-]+\s+){0,6}[\w’'-]+)$"
)
# A word that cannot end a clause: a cut was made inside a phrase
# (not "in" or "on", which end a clause as particles: "will be sworn in", "the talks went on"; not "A",
# which ends "influenza A")
_CUT_END = re.compile(
    # ("NWG says a new cap would, however": a modal waits for its verb, a linking adverb for its clause)
    r"(?:\s(?:would|could|will|should|can|may|might|must|shall)(?:,\s*(?:however|though|therefore|also))?"
    r"|,\s*(?:however|therefore)"
    # ("... “There is”": "there" and its verb wait for what there is)
    r"|\b(?i:there)\s+(?:is|are|was|were|will\s+be|would\s+be|has\s+been|have\s+been|had\s+been)"
    r"|\s(?:the|a|an|of|to|at|for|by|with|from|and|or|but)"
    # ("... decided in 2002 not", "... the firm whose", "... costs between", "... was not about": a word
    # that waits for its verb, clause or object; "or not" and "excited about" end whole)
    r"|(?<!\bor)\snot|\s(?:what|who|whom|which|whether|between|among|amid|amidst|despite|during|including"
    r"|toward|towards|upon|unlike)"
    # ("... will lay out how": how what is told is done was cut; "knows how" is whole)
    r"|(?<!\bknow)(?<!\bknows)(?<!\bknew)(?<!\bsee)\show"
    r"|\b(?:is|are|was|were|be|been|not)\s+about"
    # ("An appeal for the victims is | to be launched": a form of "be" waits for what is or was)
    r"|\s(?:is|are|was|were|been|being)"
    # ("had not been paid by late | May": the word of time waits for its month)
    r"|\s(?:by|in|until|since|from|on)\s+(?:late|early|mid)"
    r"|\bin\s+(?:relation|response|addition|connection|reply|regard|respect)|\bwith\s+(?:regard|respect))$"
)
# Where no phrase can end, beyond _CUT_END: a possessive, a preposition that needs its object, a form of
# "be" that needs its complement, a noun that needs its "of" ("surpass the size"), a word of description
# whose noun was cut ("sealed shut a mechanical"), a verb that needs its "as" ("has been described"), or a
# verb of finding out or making sure whose object was cut ("working to monitor")
_ENDS_INSIDE_PHRASE = re.compile(
    r"(?:\s(?:its|their|our|my|your|his|into|onto|than|via|whose)"
    r"|\b(?:the|a|an)\s+(?:size|number|amount|rest|bulk|majority|extent|remainder|middle|likes|whole|length)"
    # ("The ship was wrecked while trying | to take a short cut": a verb that waits for its "to")
    r"|\b(?:trying|attempting)"
    r"|\b(?:all|many|other|several)\s+(?:kinds|sorts|types)"
    r"|\b(?:the|a|an|its|their|his|her|our)\s+(?:[\w-]+\s+)?(?:(?!(?:chemical|musical|physical|periodical)$)[\w-]+ical"
    r"|[\w-]+ous|new|further|possible|massive|huge|significant|major|broken|damaged|crippled|entire"
    r"|giant|fatal|lethal|official\s+[A-Z][\w-]*)"
    r"|\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:described|regarded|viewed|dubbed|labell?ed|branded|hailed"
    r"|billed|touted)"
    # ("the spill is expected": what is expected was cut; "The launch is due", a happening ahead, is whole)
    # ("an analysis has been able": to do what was cut)
    r"|\b(?:is|are|was|were|been|be)\s+(?:expected|likely|poised|scheduled|about|able|unable)"
    # ("the report is set", "the governor was sworn", "the plant was forced": a passive that waits for its
    # "to", "in" or "for"; "the claim is said", "the minister is believed": for what is said of the subject;
    # "no injuries were reported", "the cause is not known", "pets are not allowed" are whole)
    r"|\b(?:is|are|was|were|been|be)\s+(?:(?:also|now|still|not|being)\s+)?(?:set|sworn|forced|asked|urged"
    r"|aimed|designed|intended|meant|supposed|bound|said|believed|thought|rumou?red|tipped|slated|tasked"
    r"|obliged)"
    # ("another evacuation based": on what was cut)
    r"|\sbased"
    # ("the ships would try", "measures to deal", "the firm will rely": a verb that waits for its "to" or
    # its preposition)
    r"|\b(?:to|will|would|could|can|may|might|must|should|shall|did|does|do|cannot"
    r"|(?:wo|would|could|ca|did|does|do|should)n['’]t)\s+(?:not\s+)?(?:try|attempt"
    r"|seek|manage|intend|aim|deal|cope|comply|rely|depend|consist|refer|result|amount|belong|account"
    r"|contribute|hesitate|lead\s+to|look\s+at)"
    # ("the chairman couldn't help": but notice what was cut)
    r"|\b(?:can|could)(?:not|n['’]t|\s+not)\s+help"
    # ("ignored tests in the hours": the hours before what was cut)
    r"|\b(?:in|during|over|within)\s+the\s+(?:(?:final|last|first|early|following|previous)\s+)?"
    r"(?:minutes|hours|days|weeks|months|years|moments)"
    # ("the visit comes": what it comes after, as or on was cut)
    r"|\b(?:comes|came)"
    # ("the meeting was part": of what was cut)
    r"|\b(?:is|are|was|were|be|been)\s+(?:(?:also|now|still|just|only)\s+)?part"
    r"|\bto\s+(?:see|check|determine|establish|assess|monitor|ensure|find\s+out|identify|track|make|give"
    r"|provide|bring|put))$"
)
# A participle that describes the noun before it, ending a title that has its verb already: "... sent
# toilet kits | sent", "a similar interview given", "the observer mission, led": what it was sent, given,
# led by or used for was cut
_PARTICIPLE_CUT = ScannedPattern(
    r"^(?=.*\b(?:is|are|was|were|has|have|had|will|would|\w{3,}ed|echoed|include|includes)\s).*"
    r"(?:(?<!\bbe)(?<!\bbeen)(?<!\bbeing)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bhas)(?<!\bhave)"
    r"(?<!\bhad)(?<!\bget)(?<!\bgot)(?<!\bit)(?<!\bthey)(?<!\bhe)(?<!\bshe)(?<!\bwe)(?<!\bI)(?<!\bwho)"
    r"(?<!\bwhich)(?<!\bthat)(?<!ly)(?<!\bnot)\s|,\s)"
    r"(?:used|sent|given|led|taken|known|shown|based|designed|aimed|owned|funded|backed|named|called|run"
    r"|supplied|provided|issued|carried|flown|made|tied|linked|related|connected)$"
)
# A preposition before a comma: the date or name it led to was dropped ("... dropped from FTSE4Good from,
# citing ...")
_PHRASE_BEFORE_COMMA = re.compile(r"\s(?:from|of|to|with|by|into|until|since|the|a|an),")
# Openings that are no clause: a "that" clause ("That the president would visit the region"), what a
# relative word points back to ("Around 300 of whom have ..."), a year left by a cut date ("2024 the court
# found ...")
_NO_CLAUSE_OPENING = re.compile(
    r"^(?:That\s+(?:the|a|an|he|she|it|they|we|his|her|its|their)\s"
    r"|(?:\S+\s+){0,3}of\s+(?:whom|which)\b"
    r"|(?:19|20)\d\d,?\s+(?:the|a|an|it|he|she|they|we|its|his|her|their)\s)"
)
# A verb that reports or concludes, active, ending the title: what it reported was cut ("In January the
# United States determined")
_COMPARED_WITH_REPORTED = re.compile(r"\b(?:than|as)\s+(?:[\w’'-]+\s+){0,4}[a-z]+$")
# ... nor a participle that ends a whole clause after its noun, in a "with" phrase or a clause joined by "and"
# with its verb left out: "reopened with a new wing added", "two were sent off and three others cautioned"
# ("and later added" is a verb that lost what was said)
_PARTICIPLE_AFTER_ITS_NOUN = re.compile(
    r"\b(?:with|and)\s+(?:[\w’'-]+\s+){0,3}(?<!\slater\s)(?<!\salso\s)(?<!\sthen\s)(?<!ly\s)"
    r"(?:added|cautioned)$"
)
# (the verbs of saying in the past are the shared list's, less "said" and "told", which the rules of what was
# said weigh, and less those that need no object, "The rivals disagreed", "The candidate conceded")
_REPORTING_AT_END = compile_for_search(
    r"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)(?<!\bis)(?<!\bare)\s(?:determined|concluded|decided"
    r"|believed|believes|noted|emphasized|emphasised|stressed|found|showed|"
    + alternatives(sorted(set(PAST_SAYING_VERBS) - {"said", "told", "conceded", "disagreed"}))
    + r")$"
)
# A verb of saying, finding or advising whose content was cut, with nothing after it but when it was said
# ("The senator said last March", "The panel recommended three years ago") or the "that" that led to what
# was said ("A panel of experts estimated that", "The mayor reveals in a radio interview that")
_SAYING_BOTH_TENSES = "say claim estimate reveal insist admit warn argue believe".split()
_SAYING_PAST = """announce state note acknowledge suggest predict emphasise emphasize stress report find show
    recommend indicate explain confirm conclude decide determine know realise realize think agree
    add""".split()
_SAYING_OR_FINDING = (
    rf"(?:{_saying_alternatives(*_SAYING_BOTH_TENSES)}|{_saying_alternatives(*_SAYING_PAST, present=False)}"
    r"|told\s+\w+)"
)
_CONTENT_CUT_AFTER_SAYING = compile_for_search(
    # ("new cases were confirmed yesterday": a passive is whole)
    r"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)(?<!\bis)(?<!\bare)"
    rf"\s{_SAYING_OR_FINDING}\s+(?:(?:\w+\s+){{1,2}}ago|(?:last|this|next|earlier\s+this)\s+\w+|(?:on\s+)?{_WEEKDAYS}"
    rf"|yesterday|today|earlier|later|recently|in\s+(?:19|20)\d\d|in\s+{_MONTHS}(?:\s+(?:19|20)\d\d)?)$"
)
# ... or with nothing after it but where it was said ("The mayor reveals in a radio interview with police",
# "The firm admitted in a filing to regulators")
_SAID_WHERE_ONLY = compile_for_search(
    r"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)(?<!\bis)(?<!\bare)"
    r"\s(?:said|says|announced|claimed|revealed|reveals|stated|insisted|admitted|acknowledged|confirmed|warned"
    r"|stressed|explained|added|noted)\s+(?P<where>(?:in|during|at|on)\s+(?:a|an|the|its|his|her|their)\s+"
    r"(?:[\w’'-]+\s+){0,7}[\w’'-]+)$"
)


def _said_where_only(title: str, where: re.Match[str]) -> bool:
    """Whether the verb `_SAID_WHERE_ONLY` found is the clause's own and nothing after it is what was said:
    no verb before it ("the intent announced in the fourth quarter" is a participle, "is to be announced
    at a meeting" a passive), no quotation before it (what was said), no verb in the phrase after it."""
    before = title[: where.start()]
    return (
        _FINITE.search(before) is None
        and not re.search(r"[\"“”‘’]|''", before)
        and _FINITE.search(_PARTICIPLE_AFTER_DETERMINER.sub(" ", where.group("where"))) is None
    )


_PARTICIPLE_AFTER_DETERMINER = re.compile(r"\b(?:a|an|the|its|his|her|their)\s+[a-z]+ed\b", re.IGNORECASE)
_THAT_CUT_AFTER_SAYING = re.compile(
    rf"\s{_SAYING_OR_FINDING}(?P<between>(?:\s+[^,;:“”\"]{{1,60}}?)?)\s+that$"
)
# A verb of knowing, wanting or asking, or one that waits for its "to", ending the title: its content, a
# clause or an infinitive, was cut ("officials realise it will be hard to know", "the council wants", "the
# union is questioning", "criticised the firm for failing"); "as expected", "was confirmed" are whole
_CONTENT_AT_END = compile_gated(
    r"(?<!\bas)(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)(?<!\bis)(?<!\bare)\s(?:know|knows|knew"
    r"|reali[sz]e|reali[sz]es|reali[sz]ed|think|thinks|believe|expect|expects|want|wants|wonder|wonders"
    r"|wondered|ensure|ensures|recommended|indicated|explained|confirmed)$"
    # ("the union is questioning", "the firm was planning": the progressive waits for its content too)
    r"|\b(?:is|are|was|were|been|be)\s+(?:(?:\w+ly|now|still|also|not)\s+)?(?:questioning|wondering|seeking"
    r"|planning|hoping|preparing|threatening|refusing|intending)$"
    r"|\b(?:for|of|by|after)\s+(?:failing|refusing|promising|vowing|pledging|threatening|seeking)$"
    # ("officials say it will be impossible": the "it" stands for an infinitive or clause that was cut)
    r"|^(?:.*\s)?(?i:it)\s+(?:is|was|will\s+be|would\s+be|may\s+be|could\s+be|has\s+been|had\s+been)"
    r"\s+(?:(?:\w+ly|not|still|now|also|too|so|very)\s+)?(?:impossible|possible|difficult|hard|easy|important"
    r"|necessary|unclear|clear|likely|unlikely|vital|essential|crucial|premature|too\s+early|too\s+soon)$"
    # ("the agency says it wanted": what the speaker wanted, needed or hoped for was cut; "the result it
    # wanted" is whole)
    r"|\b(?:says|said|say)\b[^,;:]{0,40}?\s(?:that\s+)?(?<!\bwhat\s)(?<!\bwhich\s)(?:it|he|she|they|we|I)\s+"
    r"(?:wanted|needed|hoped|wished|intended)$"
)
# ("would be culled" is a passive, whole; a feeling, or a word quoted, waits for its "if")
_CONDITION_CUT = re.compile(
    r"""\bwould\s+be\s+(?:["“'][\w-]+["”']|(?:surprised|happy|pleased|disappointed|delighted|shocked|glad"""
    r"""|grateful|sorry|concerned|worried|astonished|amazed))$"""
)
# "has been partly driven", "was largely caused": a degree of cause with the cause cut off after it
_AGENT_CUT = re.compile(
    r"\b(?:partly|largely|mainly|mostly|primarily|chiefly|entirely|solely)\s+\w+(?:ed|en)$"
)
# A noun phrase and a relative clause right after it ("The UK firm that insured ...", "A man who ...")
_NOUN_AND_ITS_RELATIVE = re.compile(
    # (not the capitals of an acronym: "The WHO raised its alert level" is a clause)
    r"^(?P<noun>(?:the|a|an)\s+(?:[\w’'-]+\s+){0,5}?)(?:that|which|who(?<!(?-i:WHO)))\s+\w",
    re.IGNORECASE,
)
# ("A clear sign of that came ...", "the reply to that was ..."): "that" right after a preposition is what
# the preposition governs, no relative pronoun
_GOVERNED_THAT = re.compile(
    r"\b(?:of|to|for|from|with|about|on|by|after|before|despite|beyond|against|like)\s+$", re.IGNORECASE
)


def _noun_and_its_relative(title: str) -> re.Match[str] | None:
    """A noun phrase and a relative clause right after it ("The UK firm that insured ..."), not a verb and
    what it reports ("The senator wrote that ...")."""
    found = _NOUN_AND_ITS_RELATIVE.match(title)
    if found is None or _FINITE.search(found.group("noun")) or _GOVERNED_THAT.search(found.group("noun")):
        return None
    return found


# A verb in the past that opens the title and takes its object or complement at once: the subject was left
# behind ("Began feeling ill last week", "Told reporters the well was sealed"); "Armed men stormed" and
# "United Nations says" open with a word that describes or names
_SUBJECT_LOST = re.compile(
    # ("Late blasted the regulator": "late" was left of a date, "late Friday", that opened the clause)
    r"^(?:(?:Late|Early)\s+[a-z]{3,}ed\b|(?:Began|Started|Stopped|Kept|Continued|Resumed)\s+\w+ing\b"
    r"|(?:[A-Z][a-z]+ed|Began|Took|Made|Gave|Sent|Went|Came|Left|Fled|Told|Spoke|Met|Held|Won|Lost|Struck|Brought"
    r"|Sought|Sold|Paid|Kept)\s+(?:the|a|an|his|her|their|its|our|to|him|them|it|reporters|journalists|police)\b)"
)
_PAST_WORDS = alternatives(w for w in IRREGULAR_PAST if w not in _PAST_ALSO_A_NOUN)
_STUB_BEFORE_VERB = re.compile(rf"^[A-Z][\w’'-]*,\s+(?:[a-z]+ed|{_PAST_WORDS})\s")
_SUBJECT_LOST_BEFORE_PARTICLE = re.compile(
    rf"^(?:(?:[A-Z][a-z]+ed|(?i:{_PAST_WORDS}))\s+(?:up|down|out|off|back|with)\s+\w"
    rf"|(?:Only|Also|Then|Later|Eventually|Subsequently|Just|Never|Recently|Previously)\s+(?:[a-z]+ed|{_PAST_WORDS})"
    r"\s+(?:the|a|an|his|her|their|its|our|to|him|them|it|\$|\d)"
    r"|(?:Does|Do|Did|Is|Was|Were|Are|Wo|Can|Could|Would|Has|Have|Had)n['’]t\s+[a-z])"
)
# A noun phrase and the participle that describes it, with no verb of its own: "A group based in Paris",
# "The force led by a general", "A campaign aimed at ..."
_REDUCED_RELATIVE = re.compile(
    r"^(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:aimed|designed|intended|meant|based|known|called|named|dubbed|led|backed|funded|owned|tasked"
    r"|charged|accused|set\s+up|made\s+up)\s+(?:at|by|to|in|on|as|for|with|of)\b",
    re.IGNORECASE,
)
# A conjunction that only opens a clause (never a phrase, as "after the vote" is), and only a name after it
_CLAUSE_CUT = re.compile(
    r"\s(?i:when|because|although|whereas|unless)\s+(?:(?i:the|a|an|its|his|her|their)\s+)?"
    r"(?P<rest>[A-Z][\w'’.-]*(?:\s+(?:of|for|and|[A-Z][\w'’.-]*)){0,6})$"
)
_ASIDE_CUT_AT_DASH = re.compile(rf"\s(?:--|—|–|-)\s+{_ASIDE_CONJUNCTION}(?:\s+\S+){{0,2}}$", re.IGNORECASE)
_SAID_THEN_AND = re.compile(r"\b(?:says|said|say|told)\s+(?:and|but|or)\s", re.IGNORECASE)
# A dash followed at once by a verb: the dash closed an aside whose subject was cut off before it
_SUBJECT_LOST_AT_DASH = re.compile(
    r"^[^—–]*?\s(?:--|—|–|-)\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might)\b"
)
# A verb of saying and what follows it in the title
_SAYING_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|wrote|writes|stated|announced|announces)\b(?P<said>.*)$", re.IGNORECASE
)
_REPORTING_THAT = re.compile(
    r"\b(?P<verb>[a-z]{3,}(?:s|ed)|found|held|thought|wrote|knew|saw)\s+that\s+(?P<said>.*)$"
)
# Verbs of demanding, whose "that" clause takes a bare verb: "demanded that the firm pay", "urged that it be"
_DEMANDING = re.compile(
    r"(?:demand|insist|request|recommend|ask|order)(?:s|ed)|(?:urge|require|propose)(?:s|d)", re.IGNORECASE
)
# ... that bare verb, after the clause's subject, with its object or "be" ("the airline pay $2bn", "the board
# appoint a chairman"); a word before a preposition or a figure is as often a noun ("the stadium at the edge",
# "the nation's top 20 banks"), so "the board resign at once" is not told from a noun's phrase
_BARE_VERB_AND_OBJECT = re.compile(
    rf"\s(?:(?:not\s+)?be\s|(?!(?:{alternatives(_ALL_PREPOSITIONS)})\s)[a-z]{{2,}}(?<!s)\s+"
    r"(?:(?:the|a|an|its|their|his|her|all|more|some|any|no)\s|[$£€]))"
)
# Verbs that report what was said, thought or found: "that" after them opens a clause, never a noun's
# determiner ("had reached that level" ends on its object)
_REPORTING_VERB = re.compile(
    r"(?:say|said|claim|estimate|believe|warn|report|argue|insist|note|state|announce|add|suggest|show|find"
    r"|found|think|thought|fear|hope|know|knew|wrote|write|conclude|decide|indicate|reveal|confirm|admit"
    r"|deny|denie|determine|acknowledge|predict|expect|agree|assert|allege|explain|tell|told|held|saw|recall|realise"
    r"|realize|learn|hear|heard|feel|felt|understand|maintain|contend|rule|mean|ensure)(?:s|d|ed|ing)?",
    re.IGNORECASE,
)
# What a conditional or concessive clause opens with: with no comma after it, its main clause is missing
_CONDITION = re.compile(r"^(?:if|unless|when|whenever|once|because|although|though|while|whether)\b", re.I)
# The main clause after a condition that no comma closes: a pronoun subject and its auxiliary ("if you are
# not careful | it will hurt every farmer")
_MAIN_AFTER_CONDITION = re.compile(
    r"\s(?:it|we|they|you|he|she|I|there|this|that)\s+(?:will|would|could|can|may|might|must|should|won['’]t"
    r"|is|are|was|were)\s+\w"
)


def _condition_then_main(said: str) -> bool:
    """Whether what was said, opening with a condition and no comma, goes on into its main clause after the
    condition's subject and verb: "if you are not careful it will hurt" does, "if they leave the port" does
    not."""
    # (the condition holds a subject and its verb before the main clause: "if the ships leave the port")
    return any(len(said[: m.start()].split()) >= 3 for m in _MAIN_AFTER_CONDITION.finditer(said))


# A question in direct speech: a wh-word and then its auxiliary ("why don't you", "what can we")
_QUESTION = re.compile(
    r"^(?:why|what|how|who|where|when)\s+(?:do|does|did|don['’]t|doesn['’]t|can|can['’]t|could|would|should"
    r"|shall|is|are|isn['’]t|aren['’]t)\s",
    re.IGNORECASE,
)
# "I don't think there's any doubt": a first-person opinion whose object says nothing of its own
_BARE_OPINION = re.compile(
    r"^(?:I|we)\s+(?:(?:do\s+not|don['’]t|did\s+not|didn['’]t|can['’]t|cannot)\s+)?"
    # ("We subjectively estimate": a word of manner may stand before the verb)
    r"(?:\w+ly\s+)?(?:think|believe|know|doubt|expect|hope|guess|feel|suppose|estimate|reckon|suspect|fear)\b"
    r"(?:\s+that)?\s*(?P<object>.*)$",
    re.IGNORECASE,
)
_EMPTY_OBJECT = re.compile(
    r"^(?:(?:there|it|that|this)(?:['’]s|\s+(?:is|was|will|would))\b|so\b|not\b)", re.I
)


def _says_too_little(title: str) -> bool:
    """Whether a verb of saying is the title's last clause and leaves out what was said: "The agency said
    of the latest cases" (only who spoke), "The senator wrote to the mayor that the ban" (what was said
    lost its verb), "Roe says if they leave the port" (a condition without what follows from it), "Roe
    says I don't think there's any doubt" (an opinion about nothing the title tells)."""
    found = _SAYING_VERB.search(title)
    # ("His sentence will be announced": a passive tells what happens to something, not who spoke)
    if found is not None and found.start() > 0 and not _PASSIVE_BEFORE.search(title, 0, found.start()):
        said = found.group("said").strip(" ,:")
        # ("Turnout was 37%, the chairman said": what was said came before its speaker)
        reported_before = re.search(r"[,:]\s|[\"”'’]\s", title[: found.start()]) is not None
        # (the list of finite verbs is not every verb: "officials said the dam burst" is whole, so only an
        # attribution that ends, or goes on into a phrase of place, time or addressee, is no report)
        if not reported_before and (
            not said or (said.split()[0].lower() in _ATTRIBUTION_PHRASE and _FINITE.search(said) is None)
        ):
            return True
        if said.lower() == "that":
            return True  # "The doctor says that": what was said was cut after its "that"
        if (
            said.lower().startswith("that ")
            and _FINITE.search(said.split(" ", 2)[-1]) is None
            and not _THAT_THEN_VERB.match(said)
        ):
            return True  # "The senator wrote that the drilling ban": what was said lost its verb
        opening = said.split(" ", 1)[0].lower()
        if opening == "according":
            return True  # "The agency says According to a study": another source's attribution, not a report
        if opening in _SAYING_PARTICIPLES:
            # "The agency says saying it could take years", "Roe says asked whether ...": the participle
            # phrase of the speaker's own saying, what it said cut off or still to come
            return True
        if opening in _SUBJECTLESS_VERBS and said[:1].islower():
            return True  # "They say broke down after a power cut": what was said lost its subject
        if (opening in _PREPOSITION_PHRASE_OPENING or opening == "given") and not re.search(r",\s", said):
            return True  # 'Roe says given the slump in the share price': the phrase, not its clause
        # ("The senator wrote a letter to the agency", "The minister announced a new inquiry": what is
        # written or announced may be a thing, and the verb's object is then the whole act)
        if (
            _NAMED_ONLY.match(said)
            # ("one of the patients in a ward": a plural right after its determiner is a noun, not a verb)
            and not _VERB_LIKE.search(_DETERMINED_PLURAL.sub(" ", said))
            and not _OBJECT_TAKING_SAYING.fullmatch(found.group().split()[0])
        ):
            return True  # "Doctors say a 30-year-old woman from Leeds": who or what, and nothing of them
        if found.group().lower().startswith(("told", "tells")) and len(said.split()) <= 2:
            return True  # "The minister told reporters"
        if _CONDITION.match(said) and not re.search(r",\s", said) and not _condition_then_main(said):
            return True
        if _QUESTION.match(said):
            return True  # "Roe says why don't you come back tomorrow": a question asked, nothing reported
        opinion = _BARE_OPINION.match(said)
        thought = opinion.group("object") if opinion is not None else ""
        # ("I think it is a disgrace of the worst kind" tells what is thought; "there's any doubt" does not)
        if opinion is not None and (
            len(thought.split()) <= 2
            or (len(thought.split()) <= 4 and _EMPTY_OBJECT.match(thought) is not None)
        ):
            return True
    # "The association estimates that lost wages": what a verb of saying or thinking reports lost its verb
    reported = _REPORTING_THAT.search(title)
    # (a verb at once after "that" is no verb of the reported clause, which opens with its subject: "estimates
    # that lost wages")
    said_words = reported.group("said").split(" ", 1) if reported is not None else []
    if (
        reported is not None
        and len(said_words) == 1
        and said_words[0].isalpha()
        and said_words[0].islower()
        # (a plural is no determiner's noun: "determined that members" lost its verb)
        and not said_words[0].endswith("s")
        and not _REPORTING_VERB.fullmatch(reported.group("verb"))
    ):
        return False  # "The rivers had reached that level": "that" is the determiner of the verb's object
    return (
        reported is not None
        and reported.start() > 0
        and (len(said_words) < 2 or _FINITE.search(said_words[1]) is None)
        # ("made remarks that have upset people", "said that was wrong": a verb at once after "that" is the
        # verb of a relative clause or of "that" itself, and the clause has it)
        # (a modal still waits for its verb's object: "documents that would help the auditors | with ...")
        and not (
            len(said_words) == 2
            and said_words[0].islower()
            and _FINITE.fullmatch(said_words[0].rstrip(","))
            and said_words[0] not in _MODALS
        )
        and _THAT_THEN_VERB.search(title, reported.start()) is None
        # ("The union demanded that the board appoint a chairman": after a verb of demanding the clause's verb
        # is bare, the subjunctive no list of finite verbs holds; a few words are then a whole clause)
        # (only after the clause's first word, so a verb right after it, "that shareholders accept", is not
        # seen: "that half the money" would read as one)
        and not (
            _DEMANDING.fullmatch(reported.group("verb")) and _BARE_VERB_AND_OBJECT.search(said_words[-1])
        )
    )


# A name, its comma, then what describes it (a participle of a former state first: "retired", "elected")
_NAME_THEN_APPOSITION = re.compile(
    r"^(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,\s+(?:[a-z]+ed\s+)?(?P<rest>(?:the\s+|an?\s+)?[a-z][^,;:]*)$"
)
_SAYING_PARTICIPLES = frozenset("saying adding noting describing citing insisting asked".split())
# ("the situation is what it is", "left things as they were": a clause that a form of "be" closes whole)
_WH_CLAUSE_END = re.compile(
    # ("how toxic it is": a word of degree after "how")
    r"(?i)\b(?:what|where|who|how|how\s+[a-z]+|as)\s+(?:it|they|he|she|we|you|I|things)\s+(?:is|are|was|were)$"
)
_MODALS = frozenset("will would can could may might must should shall".split())
# "that" the subject of a verb in -s that has its object after it: "says that exceeds his best year" (a
# plural noun, "that members of ...", has no determiner after it)
_THAT_THEN_VERB = re.compile(
    r"(?i:that)\s+[a-z]{3,}s\s+(?:the|a|an|his|her|its|their|our|my|your|this|these|those|no|every|any|all)\s"
)


# A verb that cannot open what was said: its subject is missing ("X says broke down", "X says was seen")
_SUBJECTLESS_VERBS = frozenset(
    """broke began came fell fled went took gave ran rose sank struck grew had has was were is are will would
    could did does""".split()
)
# What was said opening with a noun phrase ("the combination of displacement", "three more people from
# the east"), and any word that may be its verb: a known one, or one in -s or -ed other than a possessive
# (a plural noun may be a verb's subject too, so it counts as a verb: only the plain cases are caught)
_NAMED_ONLY = re.compile(
    r"^(?:(?i:the|a|an|this|these|those|its|his|her|their|\d[\d,.]*|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|several|some|many)\s"
    # ("Roe says the firm's new claim": a name's possessive is the determiner of what was named)
    r"|(?!(?:That|It|He|She|There|What|Who|Here|Where|This)['’]s)(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s)",
)
_VERB_LIKE = re.compile(
    rf"{_FINITE_VERB}|\b[a-z]{{2,}}s\b|\b(?:can|need|must|may|burst|quit|cost|let|hurt|split|shed|bet|bid|upset"
    r"|beat|fought|hid|lay|lit|meant|rang|rode|sat|slid|stuck|swore|swung|wept|withdrew|underwent|heard|felt"
    r"|dealt|read|fed|bled|sank|shrank|sprang|sang|became|become|overcame|dug|hung|bent|lent|bound|wound"
    r"|forgot|forgave|sped|spun|stole|struck|stank|strove|swam|trod|understood|withheld|won|wove|hit|cut|set"
    r"|need|want|plan|face|remain|continue|expect|agree|seem|appear|say|know|think|believe|fear|hope)\b"
)
# ("was also told to pay", "had been later told": a passive with an adverb between its "be" and the verb)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:be|been|being|is|are|was|were)\s+(?:(?:\w+ly|also|later|then|not|never|now|already|first|since"
    r"|subsequently|repeatedly|twice)\s+)?$",
    re.IGNORECASE,
)
# Verbs of saying that also take a thing for their object ("wrote a letter", "announced a new inquiry")
_OBJECT_TAKING_SAYING = re.compile(r"(?i:wrote|writes|announced|announces)")
_ATTRIBUTION_PHRASE = frozenset("of about in on at to with during after for from through before".split())


# Conjunctions that open an adverbial clause only, never a relative one or a phrase of time
_ADVERBIAL_OPENING = compile_for_search(
    r"\b(?:while|whereas|although|though|because|unless)\b", re.IGNORECASE
)


# A relative pronoun that opens a clause split from its sentence, and what stands before it: "Our
# reporter, who received the text on Tuesday" -> "Our reporter" | "who"
_RELATIVE_OPENING = re.compile(r"^(?i:who|which)\s+(?=\w)")
# (a name, or a noun phrase that opens with a determiner, ending where the relative clause begins)
_NAME_BEFORE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),?\s*$")
# ("Jane Roe's former lawyer, who ...": a name's possessive opens the noun phrase as a determiner does)
_NOUN_PHRASE_BEFORE = re.compile(
    r"\b((?:(?i:the|a|an|our|its|his|her|their|this)|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s)\s+"
    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+),?\s*$"
)
SUBJECT_MAX_WORDS = 6
# ... and the words before the sentence's first verb, which are its subject whatever their length ("Twenty
# students and teachers in New Zealand | were quarantined")
OPENING_SUBJECT_MAX_WORDS = 9
# "some with a fever, | were quarantined", "many of them children, | were flown out": an aside that tells of
# part of the subject before it, split from the subject with the clause; the verb follows the aside
PART_ASIDE_OPENING = re.compile(
    r"^(?i:some|many|most|all|several|none|both|half|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)"
    r"\s+(?:of\s+(?:them|whom)\s+)?(?i:with|of|in|from|among|including|suffering|showing|aged|carrying)\b[^,;:]{1,60},\s+"
    r"(?=(?i:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must)\b)"
)
# ", some with a fever," closing the words before the verb: an aside, no part of the subject
_CLOSING_ASIDE = re.compile(r"^(?P<subject>[^,;:]+),\s+(?P<aside>[^,;:]{1,60}),?$")
_CLAUSE_PRONOUN = re.compile(r"(?:^|[;:]\s+|,\s+)(?i:(it|they|he|she))(?:['’]s\b|\s)")


def with_its_subject(sentence: str, clause: str, *, opening_only: bool = False) -> str:
    """A clause split from its sentence with its subject left behind, given that subject back, or "" when
    it cannot be: "who received the text from a friend" in "Our reporter, who received the text ..., says
    ..." -> "Our reporter received the text from a friend"; "was deployed in 2004 to restore order" in "The
    force, based in the capital, was deployed ..." -> "The force was deployed in 2004 to restore order".
    `opening_only`: only when the clause's verb is the sentence's first, so that its subject is the words
    before it ("Twenty pupils in Oslo, some with a fever, | were quarantined")."""
    text = " ".join(clause.split()).strip(" ,.;:")
    part = PART_ASIDE_OPENING.match(text)
    if part is not None:
        text = text[part.end() :]
    whole = " ".join(sentence.split())
    at = whole.lower().find(text.lower()[:40])
    if not text or at <= 0:
        return ""
    head = whole[:at].rstrip()
    relative = _RELATIVE_OPENING.match(text)
    if relative is not None:
        found = _NAME_BEFORE.search(head) or _NOUN_PHRASE_BEFORE.search(head)
        antecedent = found.group(1) if found and not _FINITE.search(found.group(1)) else ""
        if found is not None and _PREPOSITION_AT_END.search(head, 0, found.start(1)):
            # "a documentary on the aftermath of Hurricane Ida, which was to be aired ...": a name that is
            # the object of "of" may not be what the relative clause tells of
            antecedent = ""
        rest = text[relative.end() :]
    elif text.split(" ", 1)[0].lower() in _AUXILIARIES:
        # the subject of the sentence's first clause: its words before their verb
        verb = _FINITE.search(whole)
        antecedent = whole[: verb.start()].strip(" ,") if verb is not None and verb.start() <= at else ""
        rest = text[:1].lower() + text[1:]
        # "Twenty students in Oslo, some with a fever, | were quarantined": the aside goes, the subject stays
        aside = _CLOSING_ASIDE.match(antecedent)
        if aside is not None and not _FINITE.search(aside.group("aside")):
            antecedent = aside.group("subject")
        # (only when the clause's verb is the sentence's first: "The minister said the plan | was dropped"
        # has another subject)
        if (
            verb is not None
            and verb.start() == at
            and 0 < len(antecedent.split()) <= OPENING_SUBJECT_MAX_WORDS
            and "," not in antecedent
        ):
            first = antecedent.split()[0].lower()
            if first not in _NOT_OPENING and first not in _PERSONAL_PRONOUNS:
                return f"{antecedent[:1].upper()}{antecedent[1:]} {rest}"
    else:
        return _with_shared_subject(whole, text, at)
    if opening_only:
        return ""
    words = antecedent.split()
    if not words or len(words) > SUBJECT_MAX_WORDS or "," in antecedent or words[0].lower() in _NOT_OPENING:
        if relative is not None:
            return ""
        # "...; it's located in the north, and | was deployed in 2004": the pronoun of the clause it was
        # joined to is its subject too
        pronouns = list(_CLAUSE_PRONOUN.finditer(head))
        if not pronouns:
            return ""
        antecedent = pronouns[-1].group(1)
    antecedent = antecedent[:1].upper() + antecedent[1:]
    return f"{antecedent} {rest}"


# A second predicate joined by "and" that opens with its past verb, maybe after an adverb: "(and) eventually
# cleared the channel", "(and) filed the claim"
_JOINED_PAST_PREDICATE = re.compile(
    rf"^(?:(?:[a-z]+ly|then|later|also|soon|again)\s+)?(?:[a-z]{{3,}}ed|{_PAST_WORDS})\s+(?=[a-z\d])"
)
_AND_BEFORE = re.compile(r"(?:,\s*)?\band(?:\s+then)?$")
_VERB_GROUP_WORDS = frozenset("been being not also".split())
_CLAUSE_OPENER_WORDS = _SUBORDINATING | frozenset("that which who whom whose where whether".split())
_OWN_AND = re.compile(r"(?i:and)\s+")


def _with_shared_subject(whole: str, text: str, at: int) -> str:
    """A second predicate joined by "and" to the sentence's first, given the sentence's subject: "and
    eventually cleared the channel on Monday" in "The river crews worked through the night on Sunday and
    eventually cleared ..." -> "The river crews eventually cleared the channel on Monday"; "" unless the
    words between the first verb and "and" hold no verb or clause of their own ("The police said the man
    fled and later surrendered": who surrendered is the man)."""
    own_and = _OWN_AND.match(text)
    if own_and is not None:
        # (the clause kept its "and": "and filed the claim in 2007")
        text, at = text[own_and.end() :], at + own_and.end()
    head = whole[:at].rstrip()
    joined = _AND_BEFORE.search(head)
    if joined is None or _JOINED_PAST_PREDICATE.match(text) is None:
        return ""
    verb = _FINITE.search(whole)
    if verb is None or verb.start() >= joined.start():
        return ""
    antecedent = whole[: verb.start()].strip(" ,")
    words = antecedent.split()
    if (
        not 0 < len(words) <= OPENING_SUBJECT_MAX_WORDS
        or _BREAK_MARK_OR_COMMA.search(antecedent)
        or words[0].lower() in _NOT_OPENING | _PERSONAL_PRONOUNS | _PREPOSITIONS
    ):
        return ""
    between = whole[verb.start() : joined.start()].split()
    rest = list(between[1:])
    while rest and (_FINITE.fullmatch(rest[0]) or rest[0].endswith("ly") or rest[0] in _VERB_GROUP_WORDS):
        rest.pop(0)  # the first verb's own group: "was named", "had been asked"
    if any(
        (word[:1].islower() and _FINITE.fullmatch(word.strip(",")))
        or word.lower().strip(",") in _CLAUSE_OPENER_WORDS
        or _BREAK_MARK.search(word)
        for word in rest
    ):
        return ""
    return f"{antecedent[:1].upper()}{antecedent[1:]} {text}"


# ("the court heard from Jane Roe, who ...": only "of" ties the name into a noun phrase before it)
_PREPOSITION_AT_END = re.compile(r"\bof\s+$")
# A conjunction that joins a clause to the main one, right before it: "... take the valve apart | as | they
# try to ..."
_JOINED_BY = re.compile(r"\s(?i:as|while|because|after|before|when|since|until|once|so\s+that)\s*$")
_PERSONAL_PRONOUNS = frozenset("it they he she we i you there this that these those".split())


# A clause split off at its relative pronoun ("which is expected to start in June", "who fled the town")
# ("whose husband was killed in the blast": the noun's, as a possessive)
_SPLIT_RELATIVE = re.compile(r"(?i:which|who|(?P<whose>whose))\s+(?=[a-z])")


def _with_named_relative(whole: str, text: str, relative: re.Match[str]) -> str:
    """A relative clause set off by its comma, with the noun it tells of for its subject: "the storm season,
    which is expected to start in June" -> "The storm season is expected to start in June"; "" when the
    sentence has no such noun right before it."""
    at = whole.lower().find(text.lower()[:40])
    head = whole[:at] if at > 0 else ""
    # (only a relative set off by its comma tells of the noun before it; "the day which" may not)
    if not head.rstrip().endswith(","):
        return ""
    # ("The barrier, which had been thought safe, failed on Sunday": an aside before the main clause's verb
    # is no happening of its own; the main clause is the title)
    if _FINITE.search(whole[at + len(text) :]):
        return ""
    noun = relative_antecedent(head.rstrip())
    # ("a man from the town of Kale, whose ...": the relative may tell of the man or of the place)
    before = head.rstrip()[: head.rstrip().rfind(noun)] if noun else ""
    if noun and re.search(rf"\b(?:{'|'.join(_PREPOSITIONS)})\s*$", before, re.IGNORECASE):
        return ""
    if not noun or noun.split()[0].lower() in _PERSONAL_PRONOUNS:
        return ""
    if relative.group("whose"):
        noun += "'" if noun.endswith("s") else "'s"
    return f"{noun[:1].upper()}{noun[1:]} {text[relative.end() :]}"


def with_named_pronoun(sentence: str, clause: str) -> str:
    """A clause joined to its sentence's main clause whose subject is "they" or "it", with the subject of
    the main clause it stands for, when the two agree in number: "they try to determine why ..." in
    "Investigators will take the pump apart as they try to find out why ..." -> "Investigators try to
    determine why ..."; otherwise the clause as it was."""
    text = " ".join(clause.split())
    whole = " ".join(sentence.split())
    relative = _SPLIT_RELATIVE.match(text)
    if relative is not None:
        return _with_named_relative(whole, text, relative) or clause
    person = _PERSON_PRONOUN_JOINED.match(text)
    if person is not None:
        return _with_named_person(whole, text, person)
    pronoun = re.match(r"(?i)(they|it)\s+(?=[a-z])", text)
    at = whole.lower().find(text.lower()[:40]) if pronoun is not None else -1
    joined = _JOINED_BY.search(whole[:at]) if pronoun is not None and at > 0 else None
    if pronoun is None or joined is None:
        return clause
    verb = _FINITE.search(whole)
    if verb is None or verb.start() >= at:
        return clause
    subject = whole[: verb.start()].strip(" ")
    words = subject.split()
    if (
        not words
        # ("It's the diamond, expected to ... when it is sold": an aside after it, no subject of a verb)
        or "," in subject
        or re.split(r"['’]", words[0].lower())[0] in _PERSONAL_PRONOUNS
        or len(words) > SUBJECT_MAX_WORDS
        or re.search(r"[,;:\"“”]", subject)
        or words[0].lower() in _PERSONAL_PRONOUNS
        or words[0].lower() in _NOT_OPENING
        or words[0].lower() in _PREPOSITIONS
        # ("The tool became stuck when it was ...": a verb that _FINITE lacks is no word of a subject)
        or any(_VERB_LIKE.fullmatch(w.lower()) for w in words[:-1])
        or (_VERB_LIKE.fullmatch(words[-1].lower()) and not words[-1].lower().endswith("s"))
    ):
        return clause
    thing = _THING_BEFORE_JOINED.search(whole[: joined.start()])
    if pronoun.group(1).lower() == "it" and thing is not None and _BEFALLS_A_THING.match(text, pronoun.end()):
        # "The firm was operating the rig when it exploded": what explodes, sinks or burns is the thing the
        # main clause acts on, not the firm that acts
        noun = thing.group("thing")
        return f"{noun[:1].upper()}{noun[1:]} {text[pronoun.end() :]}"
    last = words[-1]
    plural = (last.endswith("s") and not last.endswith(("ss", "'s", "’s"))) or last.lower() == "police"
    if plural != (pronoun.group(1).lower() == "they"):
        return clause
    return f"{subject[:1].upper()}{subject[1:]} {text[pronoun.end() :]}"


_PERSON_PRONOUN_JOINED = re.compile(r"(?i:he|she)\s+(?=[a-z])")
# A sentence that opens with a person's name (and their age), then its verb: "Rahimi, 61, was ..."
_NAME_THEN_VERB = re.compile(
    r"^(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?:,\s+\d{1,3},)?\s+(?=(?P<verb>[a-z][\w’'-]*)\s)"
)
_THING_DETERMINERS = frozenset("a an the its his her their this that".split())


def _names_another(words: list[str]) -> bool:
    """Whether the words hold a name that may be somebody's: a run of capitals that no determiner makes a
    thing's name ("met Tom Hale" does; "was a Coast Guard admiral" does not)."""
    return any(
        word[:1].isupper()
        and (i == 0 or (words[i - 1].lower() not in _THING_DETERMINERS and not words[i - 1][:1].isupper()))
        for i, word in enumerate(words)
    )


def _with_named_person(whole: str, text: str, person: re.Match[str]) -> str:
    """A clause joined to its sentence by "when", "as", "after" ... whose subject is "he" or "she", with
    the person's name that opens the sentence: "he was appointed envoy" in "Rahimi, 61, was a navy admiral
    when he was appointed envoy" -> "Rahimi was appointed envoy"; the clause as it was when the sentence
    opens otherwise, or names somebody else before the pronoun who may be the one it stands for."""
    at = whole.lower().find(text.lower()[:40])
    joined = _JOINED_BY.search(whole[:at]) if at > 0 else None
    named = _NAME_THEN_VERB.match(whole)
    if joined is None or named is None or not _FINITE.fullmatch(named.group("verb")):
        return text
    name = named.group("name")
    if (
        name.split()[0].lower() in _PERSONAL_PRONOUNS | _NOT_OPENING
        or _names_another(whole[named.end() : joined.start()].split())
        or re.search(r"[,;:\"“”]", whole[named.end() : joined.start()])
    ):
        return text
    return f"{name} {text[person.end() :]}"


# what befalls a thing and never a body of people: "it exploded", "it sank", "it caught fire"
_BEFALLS_A_THING = re.compile(
    r"(?:(?:later|suddenly|finally|then)\s+)?(?:exploded|sank|capsized|caught\s+fire|burst|collapsed|"
    r"ran\s+aground|derailed|crashed|burned|burnt|blew\s+up|broke\s+apart|overturned)\b",
    re.IGNORECASE,
)
# the main clause's object right before the joining word: "... operating the Aster ferry | when"
_THING_BEFORE_JOINED = re.compile(
    r"\b[a-z]+(?:ed|ing)\s+(?P<thing>(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,4}[\w’'-]+)\s*,?\s*$"
)


_SINCE = re.compile(r"\s(?i:ever\s+)?since\s+(?=\S)")
_OPENING_SINCE = re.compile(r"^(?i:ever\s+)?(?i:since)\s+(?P<since>[^,;:]{3,80}),\s+(?P<main>\S.*)$")
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+|\w+(?:ed|en)\b)", re.IGNORECASE)
# (after an opening "since" clause, any perfect: "Since the strike began in May, airlines have bought ...")
_ANY_PERFECT = re.compile(
    rf"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+|\w+(?:ed|en)\b|(?:{alternatives(IRREGULAR_PAST)})\b)",
    re.IGNORECASE,
)


def dated_since_clause(clause: str, date_text: str, sentence: str = "") -> str:
    """The "since" clause that holds the date, when the main clause only tells a state that has lasted
    from then: "The agency has been run by its deputy since the director resigned in January" is dated by
    the resignation, and titled by it: "the director resigned in January"; "" when the clause is not so
    told. The `sentence` the clause was taken from tells whether it opened with "since" as written."""
    text = " ".join(clause.split())
    whole = " ".join(sentence.split()).lower()
    if whole.startswith(f"since {text[:30].lower()}"):
        text = f"Since {text[:1].lower()}{text[1:]}"  # the clause lost the "since" that opens its sentence
    found = list(_SINCE.finditer(text))
    opening = _OPENING_SINCE.match(text)
    if not date_text or not (found or opening):
        return ""
    if opening is not None:
        # "Since the outbreak began in April, four governments have bought the drug": the same, told first
        main, since = opening.group("main"), opening.group("since")
    else:
        main, since = text[: found[-1].start()], text[found[-1].end() :]
    first, _, rest = since.partition(" ")
    # (the "since" clause has a subject and its own verb: "since 2002", "since early May" or "since the
    # accident" has none; a month is no modal)
    verb = _FINITE.search(rest.replace(date_text, " "))
    perfect = (_ANY_PERFECT if opening is not None else _PERFECT).search(main)
    if date_text not in since or perfect is None or verb is None or not verb.group().islower():
        return ""
    if _FINITE.fullmatch(first) or first.lower() in _NOT_OPENING:
        return ""
    return since[:1].upper() + since[1:]


_AGO = re.compile(r"\bago\b", re.IGNORECASE)


def with_undated_span(title: str, sentence: str, date_text: str) -> str:
    """`title` with the span that opens its sentence ("Just two months ago, a survey found ...") put back when
    no date of the sentence dated the happening: the span is then the only sign that it is older than the
    report, and a title without it reads as the report's own news. Only a span counted back from the report
    ("ago"): one counted from an earlier sentence ("Three months later, ...") would contradict its date."""
    span = _OPENING_SPAN_LATER.match(" ".join(sentence.split()))
    if not title or span is None or (date_text and date_text in sentence):
        return title
    if _AGO.search(span.group()) is None:
        return title
    rest = sentence.split(None, len(span.group().split()))[-1]
    # (only the clause the span opened, as it opens the title: not a clause said after it, "X says ...")
    if rest[:20].lower() != title[:20].lower():
        return title
    kept = span.group().strip().rstrip(",")
    opening = title if _written_capital(title, rest) else title[:1].lower() + title[1:]
    whole = f"{kept[:1].upper()}{kept[1:]}, {opening}"
    return whole if len(whole) <= TITLE_MAX else title


def _written_capital(title: str, written: str) -> bool:
    """Whether the title's first word is written with its capital where it stands in the sentence: a name's
    ("Ana Roe"), or "I"."""
    first = title.split(" ", 1)[0]
    return written.startswith(first) and first.lower() not in COMMON_OPENERS and first != first.lower()


# the "when" clause that tells what a day is for, after the clause that names the day: ", when the minister
# appears before the committee" (up to the next comma or the end)
_WHEN_AFTER_DAY = re.compile(r"^[\"”’']*,\s+when\s+(?P<what>[^,;:“”\"]{8,90}?)\s*(?:[,;:.!?]|$)")
# so few words that the clause tells only that something will happen: "The real test will come"
VAGUE_CLAUSE_WORDS = 6


def with_when_clause(sentence: str, clause: str, date_text: str) -> str:
    """A short clause that ends on its day, with the "when" clause after the day that says what happens on
    it: "The real test will come on Thursday" in "The real test will come on Thursday, when the minister
    appears before the committee" -> "The real test will come on Thursday when the minister appears ...";
    the clause as it was otherwise."""
    text = " ".join(clause.split()).rstrip(" ,.;:")
    whole = " ".join(sentence.split())
    if not date_text or not text.endswith(date_text) or len(tidy(text).split()) > VAGUE_CLAUSE_WORDS:
        return clause
    # (the clause may have been given a capital: "But the real test ..." -> "The real test ...")
    at = whole.lower().find(text[-40:].lower())
    when = _WHEN_AFTER_DAY.match(whole[at + len(text[-40:]) :]) if at >= 0 else None
    if when is None or not _FINITE.search(when.group("what")):
        return clause
    return f"{text} when {when.group('what')}"


_AGE_OPENING = re.compile(r"^(?P<age>\d{1,3})\s+(?=[a-z])")


def with_named_age(sentence: str, clause: str) -> str:
    """A clause that opens with a person's age, split from the name it was set beside ("Jane Roe, 48, who
    has run the port since 2002, will head the agency" -> "48 will head the agency"), with the name back
    in its place: "Jane Roe will head the agency"; otherwise the clause as it was."""
    text = " ".join(clause.split())
    age = _AGE_OPENING.match(text)
    if age is None:
        return clause
    named = re.search(
        rf"((?:[A-Z][\w’'-]*\.?\s+){{0,3}}[A-Z][\w’'-]+),\s+{age.group('age')},\s", " ".join(sentence.split())
    )
    return f"{named.group(1)} {text[age.end() :]}" if named is not None else clause


# "The documents criticise Jane Roe, director of the agency, saying that in May she ignored warnings": who
# criticises whom, and why, without the description of the one criticised or the phrase of time
_CRITICISED_SAYING = re.compile(
    r"(?P<who>.*?\b(?:critici[sz]e[sd]?|accuse[sd]?|blame[sd]?|condemn(?:s|ed)?|fault(?:s|ed)?)\s+"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),[^;]*?,\s+(?P<verb>saying|adding|arguing)\s+(?:that\s+)?"
    r"(?:[^;]{0,80}?[\s,])??(?P<said>(?:he|she|they|it|its|his|her|their)\s.*)"
)


def criticism_title(sentence: str) -> str:
    """The title of a criticism with its reason given by a participle ("The documents criticise Jane Roe,
    saying she ignored warnings"), whose speaker is the subject no list names: the criticised person is
    never its speaker, and what is said of them never a fact. Empty when the sentence is not so told."""
    found = _CRITICISED_SAYING.match(" ".join(sentence.split()))
    if found is None:
        return ""
    title = headline(f"{found['who']}, {found['verb']} {found['said']}")
    return "" if is_fragment(title) else title


# (not `_DANGLING`: that is what a cut may drop from its end, "saying", "last", "those" among it; these are
# the words a title read whole never ends on, auxiliaries among them)
# Words a title cannot end on, being read whole: a preposition that waits for its object, an article, a
# conjunction, a possessive or an auxiliary that waits for its noun or verb, "to" ("in", "on", "out", "off"
# and "up" end clauses as particles: "was sworn in", "the talks went on")
_WAITING_LAST_WORDS = frozenset(
    "of to for with from by into onto than between among during without against toward towards via upon amid"
    " despite including the a an and or but nor because whether if my your his her its our their is are was"
    " were be been being has have had will would can could may might must should shall does did".split()
)
# ("worse than it was", "as often as it did": a comparison ends on its auxiliary)
_COMPARED_AUXILIARY = re.compile(r"\b(?:than|as)\s+(?:\S+\s+){1,3}\S+$", re.IGNORECASE)
_POSSESSIVE_AT_END = re.compile(r"['’]s$")
_PRONOUN_CONTRACTION = re.compile(r"(?i:it|he|she|that|there|what|who|here|where|let)['’]s$")
_ING_AT_END = re.compile(rf"(?<![\w’'-])(?!(?:{_NOUNS_IN_ING})$)[a-z]{{3,}}ing$")
# ("are striking", "kept rising", "began shrinking": a progressive or a verb that takes a gerund is whole)
_BEFORE_WHOLE_GERUND = frozenset(
    "is are was were be been am keep keeps kept stop stops stopped start started began begin begins continue"
    " continued continues".split()
)
# (an adverb before it, "was still spreading", a preposition whose object the gerund is, "the risk of
# spreading", or a determiner, leaves it whole; "than getting" waits for what)
_ADVERB_BEFORE = re.compile(
    r"[a-z]+ly|still|now|also|not|already|again|even|just|of|for|about|by|without|from|in|on|after|before"
    # ("a misunderstanding", "the ruling": a noun after its determiner)
    r"|a|an|the|its|his|her|their|our|this|that|any|no|every"
)
# A verb inside a relative clause: after "which", "who", "whom", "whose" ("WHO" is a body) or "that", with
# at most two words between ("a fire that killed 15", "with whom I had traveled", "who also served")
_RELATIVE_BEFORE_VERB = re.compile(
    r"\b(?:(?-i:which|who|whom|whose)\s+(?:\S+\s+){0,2}"
    # ("reports that it has found": a "that" before its subject opens what was reported)
    r"|that\s+(?:[a-z]+ly\s+|(?:has|have|had|is|are|was|were|will|would|can|could|may|might)\s+){0,2})$"
)
_JOINED_BEFORE_VERB = re.compile(r"\b(?:and|or)\s+$")
_DETERMINER_BEFORE_VERB = re.compile(
    r"(?:\b(?:a|an|the|its|his|her|their|our|this|that)|-)\s*$", re.IGNORECASE
)
# ("then you look not so good": a personal pronoun and the word after it are a clause)
_PRONOUN_THEN_WORD = re.compile(r"\b(?:I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he)\s+(?!(?:and|or|of|to|in)\b)[a-z]")


def _own_finite_verb(clause: str) -> bool:
    """Whether `clause` has a verb of its own outside a relative clause (nor joined to one by "and"): no word
    in capitals mid-clause (a name, "the Associated Press"), nor a participle after its determiner ("an
    estimated 2,000 boats")."""
    relative = False
    for verb in _FINITE.finditer(clause):
        if verb.start() > 0 and verb.group()[:1].isupper():
            continue
        if _DETERMINER_BEFORE_VERB.search(clause, 0, verb.start()):
            continue
        if _RELATIVE_BEFORE_VERB.search(clause, 0, verb.start()) or (
            relative and _JOINED_BEFORE_VERB.search(clause, 0, verb.start())
        ):
            relative = True
            continue
        return True
    return bool(
        _PRESENT_AFTER_SUBJECT.search(clause)
        or _PRESENT_AFTER_COUNTED_PLURAL.match(clause)
        or _PRONOUN_THEN_WORD.search(clause)
    )


# A word in -ing after its determiner that describes the noun cut after it ("in the coming | week")
_DESCRIBING_ING_AT_END = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:coming|following|upcoming|remaining|existing|outgoing|incoming"
    r"|leading|preceding|ensuing)$",
    re.IGNORECASE,
)


def reads_cut(title: str) -> bool:
    """Whether a reader finds `title` cut or no clause: a fragment (`is_fragment`), or a title that ends
    inside a phrase (on a preposition, article, conjunction, possessive, auxiliary or "to": "... a letter to
    the", "... the firm's"; on a participle or gerund that waits for its phrase: "... studies showing") or
    that has no finite verb of its own, nor in what was said after "says" ("Roe says an estimated 2,000
    boats")."""
    if is_fragment(title):
        return True
    if _QUOTED_REMARK.match(title):
        return False  # 'Jane Roe: “We will not leave”': `is_fragment` has read what is quoted
    words = title.rstrip(" .,;:!?\"”’'").split()
    if not words:
        return True
    last = words[-1].strip("\"“”‘’'").lower()
    if last in _WAITING_LAST_WORDS and not _COMPARED_AUXILIARY.search(" ".join(words)):
        return True
    # ("they are going", "that is going": the progressive of "go" waits for where or for its "to")
    if last == "going" and len(words) > 1 and words[-2].lower() in _BEFORE_WHOLE_GERUND:
        return True
    if _POSSESSIVE_AT_END.search(last) and not _PRONOUN_CONTRACTION.search(last):
        return True
    if _DESCRIBING_ING_AT_END.search(" ".join(words)):
        return True
    before = words[-2].lower() if len(words) > 1 else ""
    if (
        _ING_AT_END.search(last)
        and before not in _BEFORE_WHOLE_GERUND
        and not _ADVERB_BEFORE.fullmatch(before)
    ):
        return True
    said = _WHAT_SAID.search(title)
    return not _own_finite_verb(title) or (said is not None and not _own_finite_verb(said.group(1)))
