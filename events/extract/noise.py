"""Prose that names happenings without telling one: an opinion poll's figures, the titles of works, questions.

    "47 percent of voters favor a new runway, down from 52 percent a month ago."
        -> a finding of the poll the article reports, not an election and not a happening of its own
    "a Channel 9 documentary, The Night They Killed the River, which aired on Thursday"
        -> "Killed" is a word of the film's title, not a death
    "Which of these is NOT a bridge over the river Tarn?"
        -> a question asked, nothing reported

Pure functions of a sentence's text; events.extract.mentions decides what to do with what they find.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from events.extract.patterns import (
    ASKED_ONCE,
    PAST_OF_ACTS,
    TWO_TO_TEN,
    WEEKDAY_WORD,
    ScannedPattern,
    compile_for_search,
    compile_gated,
    gated_for_search,
)
from events.extract.vocabulary import IRREGULAR_PARTICIPLES, IRREGULAR_PAST, WEEKDAY_NAMES, alternatives

# --- opinion polls ----------------------------------------------------------------------------------------

# A poll or survey named in lower case ("a City Radio poll", "the survey"; "the US Geological Survey" is a
# body), never a vote ("polls opened", "the presidential poll was postponed" has no opinion in it)
_POLL_WORD = compile_gated(r"\b(?:opinion\s+)?(?:polls?|polled|polling|surveys?|surveyed)\b")
# (these two are asked of every sentence; one that never names a poll or a survey is not searched)
_ELECTION_POLL = ScannedPattern(
    r"\b(?:exit\s+polls?|polls?\s+(?:opened|closed|open|close|station)|polling\s+(?:stations?|booths?|day|places?))\b",
    re.IGNORECASE,
)
# A share of people: "54 percent", "a majority", "one in five", "half of those asked"
_SHARE = ScannedPattern(
    r"\b\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent(?:age\s+points?)?\b)|\b(?:a|the)\s+(?:slim\s+|narrow\s+|sizable\s+|large\s+)?"
    r"(?:majority|plurality|minority)\b|\b(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:two|three"
    r"|four|five|six|seven|eight|nine|ten)\b|\b(?:half|a\s+third|two[- ]thirds|a\s+quarter|three[- ]quarters)"
    r"\s+of\b|\b(?:\w+|\d+)\s+out\s+of\s+(?:\w+|\d+)\b|^\s*most\s+(?=[A-Z]?[a-z]+s\b)",
    re.IGNORECASE,
)
# What people polled do: they think, say, approve, favour ...
_OPINION = compile_for_search(
    r"\b(?:think|thinks|thought|say|says|said|believe[sd]?|approv(?:e|es|ed|al)|disapprov(?:e|es|ed|al)"
    r"|favou?r(?:s|ed)?|oppose[sd]?|support(?:s|ed)?|agree[sd]?|disagree[sd]?|prefer(?:s|red)?|trust(?:s|ed)?"
    r"|blame[sd]?|expect(?:s|ed)?|want(?:s|ed)?|worr(?:y|ies|ied)|undecided|split)\b",
    re.IGNORECASE,
)
# The people a poll asks, named so that their share is an opinion measured, not a count of something done
_POLLED = re.compile(
    r"\b(?:voters|respondents|Americans|Britons|adults|the\s+public|those\s+(?:polled|surveyed|asked|questioned))\b"
)
# A vote and its count: what voters did at the ballot box, not what a poll found
_VOTE_COUNTED = re.compile(
    r"\b(?:voted|votes?\s+cast|ballots?|referendum|turnout|elected|re-?elected|seats|run-?off|constituenc\w+"
    r"|electoral\s+commission|election\s+(?:results?|commission))\b",
    re.IGNORECASE,
)
# The poll itself: "The phone poll was done for City Radio ...", "The survey of 1,000 adults was taken"
_POLL_ITSELF = ScannedPattern(
    r"\b(?:poll|survey)\b[^.;]{0,80}?\b(?:was|were)\s+(?:conducted|carried\s+out|taken|done)\b"
    r"|\bmargin\s+of\s+(?:sampling\s+)?error\b",
    re.IGNORECASE,
)
# Who ran the poll: "according to a City Radio poll", "a Reuters/Ipsos survey", "a poll by Gallup"
_POLLSTER_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:new\s+|latest\s+)?(?P<who>(?:[A-Z][\w&.'’-]*(?:/[A-Z][\w&.'’-]*)?\s+){1,4}?)"
    r"(?:(?:opinion|telephone|online|national)\s+)?(?:poll|survey)\b"
)
_POLLSTER_AFTER = re.compile(
    r"\b(?:poll|survey)\s+(?:\w+\s+){0,3}?(?:by|for)\s+(?P<who>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
)


def names_a_poll(text: str) -> bool:
    """Whether a sentence tells of an opinion poll or survey (not of a vote)."""
    return _POLL_WORD.search(text) is not None and _ELECTION_POLL.search(text) is None


# Polls in the plural, run by nobody named ("Polls have shown most voters think ...", "Recent surveys
# suggest ..."): opinion summed up by the writer, no poll released
_POLLS_IN_GENERAL = re.compile(
    r"^(?:(?:but|and|yet|still|meanwhile|so\s+far),?\s+)?(?:(?:recent|several|many|most|other|national|public"
    r"|successive|repeated)\s+)*(?:opinion\s+)?(?:polls|surveys)\s+(?:\w+ly\s+)?(?:have\s+(?:\w+ly\s+)?|had\s+)?"
    r"(?:show|shown|showed|shows|suggest|suggested|found|find|indicate|indicated|given|gave|put)\b",
    re.IGNORECASE,
)


def polls_in_general(text: str) -> bool:
    """Whether a sentence sums up what polls in general show ("Polls have shown most voters think the
    mayor handled the floods badly"): the writer's background to the story, not a poll's findings released
    by someone."""
    return _POLLS_IN_GENERAL.search(text) is not None and not pollster(text)


# Asked of a clause by several rules of the same sentence
@functools.lru_cache(maxsize=4096)
def poll_finding(clause: str, sentence: str, poll_told: bool) -> bool:
    """Whether a clause reports what an opinion poll found: a share of people who think, say or approve
    ("54 percent of voters favor ...", "American voters think ..., according to a poll"), or the poll itself
    ("The poll was conducted among 900 voters"). `poll_told`: the article has already reported a poll,
    so a bare share with an opinion ("48 percent approved") is one more of its figures."""
    if _ELECTION_POLL.search(sentence):
        return False
    if _POLL_ITSELF.search(clause):
        return True
    if _OPINION.search(clause) is None:
        return False
    share = _SHARE.search(clause) is not None
    if names_a_poll(sentence):
        return share or _POLLED.search(clause) is not None or poll_told
    # a share of people and what they think ("48 percent approved", "54 percent of voters favor"), not
    # "officials said 40 percent of the doses were delivered", where the share is of things; and not a vote
    # counted ("52 percent of voters backed the referendum")
    return (
        _share_thinks(clause)
        and (poll_told or _POLLED.search(clause) is not None)
        and _VOTE_COUNTED.search(sentence) is None
    )


SHARE_TO_OPINION_WORDS = 6
OPINION_TO_SHARE_WORDS = 12


def _share_thinks(clause: str) -> bool:
    """Whether a share of people is followed, within a few words, by what they think: "54 percent of voters
    | favor", "Most Danes -- six out of 10 -- | say"."""
    for share in _SHARE.finditer(clause):
        ahead = clause[share.end() :].split()[: SHARE_TO_OPINION_WORDS + 1]
        if any(_OPINION.fullmatch(word.strip('"“”(),.:;-')) for word in ahead):
            return True
        # "Approval of the governor's handling fell to 41 percent": the opinion measured, named before
        behind = clause[: share.start()].split()[-OPINION_TO_SHARE_WORDS:]
        if any(_OPINION_MEASURED.fullmatch(word.strip('"“”(),.:;-')) for word in behind):
            return True
    return False


# What a poll measures, named as a noun: "approval", "support", "a rating"
_OPINION_MEASURED = re.compile(
    r"(?:approval|disapproval|support|backing|popularity|confidence|trust|ratings?)", re.IGNORECASE
)


def pollster(text: str) -> str:
    """Who ran the poll a sentence names ("City Radio" in "according to a City Radio poll"), or ""."""
    for pattern in (_POLLSTER_AFTER, _POLLSTER_BEFORE):
        found = pattern.search(text)
        if found is not None:
            who = found.group("who").strip()
            if who and who.split()[0] not in ("The", "A", "An", "This", "That", "New", "Latest"):
                return who
    return ""


# --- titles of works ------------------------------------------------------------------------------------

# The kind of work a title names, and the words that may lead to its title
_WORK = (
    r"(?:documentary|film|movie|book|memoir|novel|biography|programme|program|series|show|album|song|single"
    r"|play|musical|opera|report|episode|exhibition|painting|poem|podcast)"
)
_TITLE_WORD = r"(?:[A-Z0-9][\w'’.-]*|of|the|a|an|and|in|on|at|to|for|who|with|from|by|is|was|it|my|his|her)"
# "a documentary, The Man Who Killed Lena Marsh,", "the film Killing Bono", "his book called Blood Oil"
# (a title opens with a capital and is at least two words, or one word quoted)
_TITLE_AFTER_WORK = compile_gated(
    rf"\b{_WORK}\s*(?:,\s*|\s+(?:called|titled|entitled|named)\s+|\s+)"
    rf"(?P<title>[A-Z0-9][\w'’.-]*(?:\s+{_TITLE_WORD}){{1,9}}?)(?=\s*(?:[,.;:)]|\s+(?:which|that|who|was|is|will"
    r"|has|had|aired|airs|screened|released|published|premiered|opened)\b|$))"
)
# "the documentary 'Victor Hale: Guilty or Innocent'", "the book “Crude Awakening”": a quoted title after
# a work's name
_QUOTED_TITLE = compile_gated(
    rf"\b{_WORK}\s*,?\s+(?:(?:called|titled|entitled|named)\s+)?(?P<title>[\"“‘'][^\"“”‘’']{{2,120}}[\"”’'])"
)


# "The film - entitled Storm Night: Who Sank the Ferry - is to air in May", "the book, titled Dark Water: The
# Fall of a Port, ...": a title set off by dashes or commas after "entitled", whatever colon it holds
_TITLE_SET_OFF = re.compile(
    rf"\b{_WORK}\s*(?P<mark>,|\s-|\s–|\s—|\s--)\s*(?:called|titled|entitled|named)\s+"
    r"(?P<title>[A-Z0-9\"“‘'][^,;–—]{1,120}?)\s*(?:,|\s-|\s–|\s—|\s--)\s"
)


def works_titles(text: str) -> list[tuple[int, int]]:
    """Spans of the titles of works a sentence names ("The Man Who Killed Lena Marsh" after "a
    documentary"): what their words say did not happen."""
    # ("... called The Night They Killed the River.": the sentence's stop is not the title's)
    spans = [
        (m.start("title"), m.end("title") - m.group("title").endswith("."))
        for m in _TITLE_AFTER_WORK.finditer(text)
    ]
    spans += [m.span("title") for m in _QUOTED_TITLE.finditer(text)]
    spans += [m.span("title") for m in _TITLE_SET_OFF.finditer(text)]
    return sorted(set(spans))


# --- questions ----------------------------------------------------------------------------------------------

_ENDS_IN_QUESTION = re.compile(r"\?[\"”’')\]]*\s*$")
# A question opens with its wh-word or its auxiliary ("NWG said it would drill through 2?" is a "½" the page
# lost, not a question)
_ASKS = re.compile(
    # ("So why do they keep getting it wrong?", "To whom will it give the money?": a joining word or a
    # preposition may go before the wh-word)
    r"\s*(?:(?:so|and|but|yet|then|or)\s+)?(?:(?:to|for|from|with|by|in|on|at|of)\s+(?=(?:which|what|who|whom|whose)\b))?"
    r"(?:which|what|who|whom|whose|why|how|where|when|will|would|is|are|was|were|can|could|should|do|does|did"
    r"|has|have|had|shall)\b",
    re.IGNORECASE,
)
# ... or a question run into what the page put before it: "... his cabinet of ministers Which is NOT a
# codename used for Windows 7?"
_ASKS_RUN_IN = compile_for_search(
    r"(?<=[a-z,])\s+(?:Which|What|Who|Whom|Whose|Why|How|Where|When)\s+(?:is|are|was|were|of|did|does|do|has|have"
    r"|will|would|can|could)\b"
)
_QUOTATION_MARK = re.compile(r"``|''|[\"“”]")


# A sentence that is one quotation and nothing else: '"Will the new wall hold back the sea?"'
_WHOLLY_QUOTED = re.compile(r'^\s*(?:``|["“])(?P<inside>[^"“”]+?)(?:\'\'|["”])\s*$')


def only_a_question(text: str) -> bool:
    """A sentence that asks, in the writer's own voice ("Which is NOT a codename of Windows 7?", "Will the
    cap hold?") or as a quotation with nobody named in it ('"Will the new wall hold back the sea?"', the
    speaker of the sentence before asking): it reports nothing. A sentence with a quotation and words of its
    own may close on its speaker's question ('Asked about the delay, he said: "Why wait?"') and is left to
    the reader of speech."""
    quoted = _WHOLLY_QUOTED.match(text)
    if quoted is not None:
        text = quoted.group("inside")
    return (
        (
            _ASKS.match(text) is not None
            or _ASKS_RUN_IN.search(text) is not None
            or _ASKS_AFTER_OPENING.match(text) is not None
        )
        and _ENDS_IN_QUESTION.search(text) is not None
        and _QUOTATION_MARK.search(text) is None
    )


# ... or after an opening phrase set off by a comma: "Having said that, how do we know ...?", "But if the
# cap fails, what then?", "As the water rises, will the levees hold?" (an auxiliary before its subject)
_ASKS_AFTER_OPENING = re.compile(
    r"[^,;:?]{2,80},\s*(?:(?:which|what|who|whom|whose|why|how|where|when)\b|(?:will|would|is|are|was|were|can"
    r"|could|should|do|does|did|has|have|shall)\s+[\w’'-]+\b)",
    re.IGNORECASE,
)


# --- non-answers ------------------------------------------------------------------------------------------

# "was unavailable for comment", "could not be reached for comment", "did not respond to a request for
# comment": nothing said, and nothing done ("The Kremlin declined to comment on the allegations" is a
# party's answer, and stays)
_NON_ANSWER = compile_for_search(
    r"\b(?:(?:was|were|is|are)\s+(?:not\s+(?:immediately\s+)?available|unavailable)\s+for\s+comment"
    r"|(?:could\s+not|couldn['’]t|cannot)\s+(?:immediately\s+)?be\s+reached(?:\s+for\s+comment)?"
    r"|did\s+not\s+(?:immediately\s+)?(?:respond|reply|return)\s+(?:to\s+)?(?:an?\s+|repeated\s+)?"
    r"(?:requests?|calls?|messages?|e-?mails?|inquiries)(?:\s+for\s+comment)?"
    # "had no comment", "had not seen the lawsuit": nothing said about it, yet
    r"|(?:had|has|have)\s+no\s+(?:immediate\s+|further\s+)?comment"
    r"|(?:had|has|have)\s+not\s+(?:yet\s+)?(?:seen|read|reviewed|received|studied)\s+(?:the|a|any)\s+(?:[\w-]+\s+)?"
    r"(?:lawsuit|suit|complaint|report|filing|documents?|letter|ruling|indictment|papers|findings|proposal)s?"
    r")\b(?P<rest>[^,;]*)[.!]?\s*$",
    re.IGNORECASE,
)
NON_ANSWER_TAIL_WORDS = 6


def only_a_non_answer(text: str) -> bool:
    """A sentence that only says someone gave no answer ("The headteacher was unavailable for comment
    yesterday", "The firm did not respond to a request for comment"): no remarks and no act. A refusal
    that says something ("would say nothing until her lawyers had seen the claim") is not this."""
    found = _NON_ANSWER.search(text)
    if found is None or len(found.group("rest").split()) > NON_ANSWER_TAIL_WORDS:
        return False
    # "The ministry confirmed the arrests but had no comment on the charges": joined to an answer given
    return _JOINED_BEFORE.search(text[: found.start()]) is None


_JOINED_BEFORE = re.compile(r"\b(?:but|and|while|although|though|after|before|because|yet)\b", re.IGNORECASE)


# --- the writer's own voice: moods, guesses, habits and scenes --------------------------------------------
#
# Sentences a news writer uses to frame the report rather than to tell what happened. Each is told by its
# grammar, not its topic: the main clause's subject and verb (a mood that grows), its modal (a guess), an
# adverb of habit with a present verb (a routine), or a verb of watching and waiting (a scene).

# An opening phrase before the main clause ("With the well still leaking, ...", "In London, ..."), and the
# linking word a sentence may start with
_OPENING = r"^(?:(?:but|and|yet|so|now|meanwhile|still|instead|already),?\s+)?(?:[^,;:]{0,150},\s+)?"
# A feeling or a focus shared by nobody in particular, as the subject: "attention", "fears", "pressure"
_MOOD_NOUN = (
    r"(?:(?:the|public|international|political|growing|mounting|renewed)\s+)?(?:attention|focus|fears?|concerns?"
    r"|worries|anxiety|anger|frustration|pressure|hopes?|doubts?|questions|speculation|tensions?|uncertainty"
    r"|optimism|pessimism|scrutiny|momentum|confusion|alarm|impatience|resentment|unease)"
)
# ... and a verb of change or of lasting: "was turning", "are growing", "mounted", "remain"
_MOOD_VERB = (
    r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|also\s+|already\s+|\w+ly\s+)?(?:turning|growing"
    r"|mounting|rising|shifting|building|increasing|intensifying|deepening|swirling|fading|waning)"
    # ("Tensions have flared over the spill": a mood told in the perfect)
    r"|(?:has|have)\s+(?:now\s+|also\s+|already\s+|\w+ly\s+)?(?:grown|mounted|risen|flared|deepened|intensified"
    r"|built|shifted|turned|faded|waned|lingered|persisted)"
    r"|turned|grew|mounted|shifted|built|intensified|deepened|swirled|faded|waned|lingered|persisted|flared"
    r"|turns|grows|mounts|shifts|builds|deepens|lingers|persists|remain|remains)\b"
)
_MOOD_SHIFT = re.compile(
    rf"{_OPENING}{_MOOD_NOUN}(?:\s+(?:of|over|about|among|between|in|on|for|around|within)\s+[^,;:“”\"]{{1,60}}?)?"
    rf"\s+{_MOOD_VERB}",
    re.IGNORECASE,
)


def mood_shift(text: str) -> bool:
    """A sentence whose subject is a mood or a focus held by nobody named and whose verb tells it changing
    or lasting ("Attention was turning to the coast", "Fears are growing over the harvest", "Pressure
    mounted on the minister"): the writer's reading of the story, not a happening. ("Fears that the dam
    would fail grew on Monday after engineers found cracks" has a clause of its own after its noun and is
    left to what that clause tells.)"""
    return _MOOD_SHIFT.match(text) is not None


# A main clause whose verb is a guess: "The toll could pass 500 by next week", "The cost may reach $2bn".
# What comes before the modal is the subject alone: no verb, no clause of its own ("Before the ship could
# dock, the port closed" is a clause that leads to the main one).
_GUESS = compile_gated(
    r"^(?P<before>[^;:“”\"]*?)\b(?:could|might|(?-i:may))\s+(?:well\s+|yet\s+|soon\s+|eventually\s+|\w+ly\s+)?"
    r"(?!not\b|never\b|have\s+been\b)[a-z]{2,}\b",
    re.IGNORECASE,
)
_CLAUSE_WORD = re.compile(
    r"\b(?:that|which|who|whom|whose|if|when|whether|as|because|before|after|until|unless|although|though"
    r"|while|how|what|where|once|since|so)\b",
    re.IGNORECASE,
)
# A verb of the subject's own: a finite form, a past or a present in -s ("Officials fear the toll could
# rise" is the officials' fear, told by "fear"; the subject "The toll" has none)
_VERB_IN_SUBJECT = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|did|does|do|says?|said|told|fears?|expects?|warns?"
    r"|believes?|thinks?|hopes?|estimates?|predicts?|\w{3,}ed)\b",
    re.IGNORECASE,
)
# "a 30-mile-long slick", "the so-called bottom kill": -ed words that describe a noun
_ADJECTIVE_ED = re.compile(
    r"\b(?:\w+-)+\w+ed\b|\b(?:so-called|unnamed|named|armed|unarmed|alleged|biased|based)\b"
)


def _only_a_subject(words: str) -> bool:
    """Whether the words before a main verb are a subject and nothing more: no verb of their own and no
    word that opens a clause ("The toll", "Oil collected offshore"; not "Officials fear the toll")."""
    bare = _ADJECTIVE_ED.sub(" ", words)
    return _CLAUSE_WORD.search(bare) is None and _VERB_IN_SUBJECT.search(bare) is None


# The writer's certainty or likelihood as the frame of a clause: "There will surely be more to come", "The
# ruling is likely to anger farmers", "The plan is bound to fail", "It is hoped the work ends today"
_WRITERS_LIKELIHOOD = compile_gated(
    r"\b(?:surely|doubtless|undoubtedly|arguably|presumably)\b"
    # "It is hoped this will happen this morning": a hope or a fear nobody is said to hold ("It is
    # understood the two were admitted" tells what the outlet learnt, and stays)
    r"|^(?:(?:but|and|now),?\s+)?it\s+is\s+(?:\w+ly\s+)?(?:hoped|feared)\b"
    # "With the lines down, it is not yet possible to say how far the damage goes": what cannot be told
    r"|^(?:[^,;]{0,80},\s+)?it\s+is\s+(?:not\s+(?:yet\s+)?possible|(?:still\s+)?too\s+early|impossible)\s+to\s+"
    r"(?:confirm|say|know|tell|assess|judge|gauge)\b"
    r"|^(?P<before>[^;:“”\"]*?)\b(?:is|are|was|were|seems|seemed|looks|looked)\s+(?:\w+ly\s+)?(?:likely|unlikely|bound"
    r"|certain|sure|poised)\s+to\s+[a-z]+",
    re.IGNORECASE,
)


# A forecast on a condition: "If the rain keeps up, the river could burst its banks", "Should the talks
# fail, the strike may spread", "When the next storm comes ashore, the levees might not hold": the modal of
# the main clause after the condition is a guess ("will" is left out: "If approved, the law will take
# effect on 1 June" is a plan on a condition).
_CONDITIONAL_GUESS = re.compile(
    r"^(?:(?:but|and|yet|still|even),?\s+)?(?:even\s+)?(?:if|unless|should|when\s+the\s+next)\s+[^,;:“”\"]{3,140},\s+"
    r"(?P<before>(?:[\w’'.-]+\s+){1,8}?)(?:could|would|might|(?-i:may))\s+(?:well\s+|yet\s+|soon\s+|still\s+"
    r"|simply\s+|not\s+|\w+ly\s+)?(?:have\s+)?[a-z]{2,}\b",
    re.IGNORECASE,
)
# What would follow from something told before: "That would delay the opening of the bridge", "Doing so
# would cost jobs", "This would be the first cut since 2019": a consequence weighed by the writer, which has
# not happened. Only verbs that weigh an effect: "This would see elections held in March" and "That would be
# followed by a vote" tell a plan, and stay.
_CONSEQUENCE_GUESS = re.compile(
    r"^(?:(?:but|and|yet|still),?\s+)?(?P<before>)(?:that|this|doing\s+so|such\s+an?\s+[a-z]+|either\s+(?:way|outcome"
    r"|option|step|move))\s+(?:alone\s+|in\s+turn\s+|also\s+)?would\s+(?:\w+ly\s+|also\s+|not\s+)?"
    rf"(?:be\s+(?!(?:[a-z]+ed|{alternatives(IRREGULAR_PARTICIPLES)})\b)|mean|mark|make|upset|anger|hurt|harm|damage"
    r"|cost|undo|leave|put|add|deal|dent|weaken|strengthen|boost|help|ease|worsen|complicate|give|allow|force"
    r"|spell|amount|represent|require|need|trigger|raise|cut|reduce|increase|double|halve|wipe|erase|push|pose"
    r"|bring|end|threaten|jeopardi[sz]e|undermine|derail|delay)\b",
    re.IGNORECASE,
)


# What a party will hope or want, told by the writer: "The firm will hope the summit calms investors",
# "Ministers will be keen to avoid a second vote" (the party's own words are "said it hoped")
_HOPED_AHEAD = re.compile(
    r"^(?P<before>[^;:“”\"]*?)\bwill\s+(?:\w+ly\s+|also\s+|surely\s+|now\s+|no\s+doubt\s+)?(?:hope|want|be\s+hoping"
    r"|be\s+wanting|be\s+keen|be\s+anxious|be\s+praying|be\s+watching|be\s+wondering|be\s+looking\s+to)\b",
    re.IGNORECASE,
)


def writers_guess(text: str) -> bool:
    """A sentence whose main verb is a modal of possibility with nobody said to think so ("At this rate the
    spill could pass the size of the 1969 spill by next week", "The cost may reach $2bn"), after a condition
    ("If the rain keeps up, the river could burst its banks") or weighing what would follow ("That would
    delay the opening of the bridge"): the writer's forecast, not a happening and not a plan. A modal
    inside a clause ("before the ship could dock") or after a verb of the subject's own ("Officials fear the
    toll could rise") is not the main verb."""
    for pattern in (_GUESS, _WRITERS_LIKELIHOOD, _CONDITIONAL_GUESS, _CONSEQUENCE_GUESS, _HOPED_AHEAD):
        found = pattern.search(text) if pattern is _WRITERS_LIKELIHOOD else pattern.match(text)
        if found is None:
            continue
        if found.groupdict().get("before") is None:
            return True  # "surely", "undoubtedly": the writer's own certainty
        if _only_a_subject(found.group("before")) or (
            pattern is _GUESS and _subject_and_aside(found.group("before"))
        ):
            # "The downturn could lead to unrest, ministers were told on Friday, as they approved a fund":
            # an act or a saying told after the guess makes it someone's words and the news
            after = text[found.end() :]
            if pattern in (_GUESS, _WRITERS_LIKELIHOOD, _HOPED_AHEAD):
                after = _RELATIVE_CLAUSE.sub(" ", after)
            # (after a condition or a consequence, an act in a relative clause is kept: "Such a move would
            # anger farmers, who protested outside parliament in March" tells the protest)
            after = _ATTRIBUTIVE_PARTICIPLE.sub(" ", _DESCRIBING_PARTICIPLE.sub(" ", after))
            return _DONE_ONCE.search(after) is None
    return False


# A subject broken by an aside set off by commas, right before the modal: a condition with no verb of its
# own ("The threat of a strike, especially if called before the holidays, could cost ...") or a noun phrase
# in apposition ("The levy, a first for the region, may raise ..."). An aside with a verb of its own ("The
# dome, if all goes well, could be fired up") or a clause word ("The plan, which ministers backed, ...") is
# left to the reading of the subject alone. "Once" is a condition ("The dam, once completed, could power
# ...") but not before a participle of status: "The Senate, once held by the farmers, may vote" means
# "formerly"; nor is a question put ("The minister, when asked, could only say"): the
# modal then tells what was said.
_SUBJECT_AND_ASIDE = re.compile(
    r"^(?P<subject>[^,]{3,80}),\s+(?P<opening>(?:(?:especially|particularly|notably|even|only)\s+)?(?:(?:if|when"
    r"|unless|once(?!\s+(?:held|owned|ruled|run|controlled|led|governed|occupied|used|known|called|home)\b))\s+(?!(?:asked|questioned|pressed|challenged)\b)(?:\w+ly\s+)?(?:[a-z]{3,}ed"
    rf"|{alternatives(IRREGULAR_PARTICIPLES)})\b|(?:a|an)\s))"
    r"(?P<rest>[^,]{0,120}),\s*$",
    re.IGNORECASE,
)
# ("as well as" joins two nouns; its "as" opens no clause)
_AS_WELL_AS = re.compile(r"\bas\s+well\s+as\b", re.IGNORECASE)


def _subject_and_aside(words: str) -> bool:
    """Whether the words before a modal are a subject and an aside set off by commas, neither with a verb
    or a clause of its own (`_SUBJECT_AND_ASIDE`)."""
    found = _SUBJECT_AND_ASIDE.match(words)
    if found is None:
        return False
    rest = _AS_WELL_AS.sub(" and ", found.group("rest"))
    return _only_a_subject(found.group("subject")) and _only_a_subject(rest)


# "that helped lead to the moratorium", "which Ruiz said he wants to modify": what a relative clause says
_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|who|whose|whom)\s[^,;]*", re.IGNORECASE)


# What is done as a matter of routine: "every day", "on a daily basis", "usually"
_HABIT = compile_for_search(
    r"\b(?:on\s+a\s+(?:daily|weekly|nightly|regular|routine)\s+basis|(?:every|each)\s+(?:single\s+)?(?:day|night"
    r"|morning|evening|week|weekend|month|year)|day\s+after\s+day|day\s+in,?\s+day\s+out|daily|nightly"
    r"|routinely|usually|typically|normally|traditionally|habitually|as\s+a\s+rule|at\s+any\s+(?:one|given)\s+time"
    # ("The company is generating new funds all the time")
    r"|all\s+the\s+time|constantly|continually)\b",
    re.IGNORECASE,
)
# A verb in the past that tells something done once ("were huddled" and "is being shipped" describe; the
# passive or adjectival participle after a copula is no past)
_DESCRIBING_PARTICIPLE = re.compile(
    r"\b(?:is|are|be|been|being|remain|remains|get|gets|stay|stays|seem|seems|look|looks)\s+(?:\w+ly\s+|now\s+|still\s+"
    r"|all\s+)?\w+(?:ed|en)\b",
    re.IGNORECASE,
)
_DONE_ONCE = re.compile(
    rf"\b(?:was|were|had|did|\w{{2,}}ed|{PAST_OF_ACTS}|sank|froze|closed|opened)\b",
    re.IGNORECASE,
)


def routine(text: str) -> bool:
    """A sentence that tells what is done as a habit, in the present ("Each day, about 40,000 people cross
    the bridges", "Trucks carry the waste to landfills on a daily basis", "The ministry usually publishes
    its figures at noon"): how things go, not a happening of a day. A verb in the past is a happening
    ("Every day last week the army shelled the town")."""
    if _HABIT.search(text) is None:
        return False
    described = _ATTRIBUTIVE_PARTICIPLE.sub(" ", _DESCRIBING_PARTICIPLE.sub(" ", text))
    return _DONE_ONCE.search(described) is None


# "of closed shops", "with armed guards": a participle after a determiner or a preposition describes a noun
_ATTRIBUTIVE_PARTICIPLE = re.compile(
    r"\b(?:the|an?|of|and|or|with|without|for|from|in|on|into|their|its|his|her|our|these|those)\s+\w+(?:ed|en)\b",
    re.IGNORECASE,
)


# Watching, guarding and waiting: "Dozens of police stood guard outside the hotel", "Crowds lined the
# route", "Reporters waited outside the court"
_KEEPS_WATCH = compile_gated(
    rf"{_OPENING}(?:[\w’'.-]+\s+){{1,8}}?(?:\w+ly\s+)?(?:stood|stand|stands|kept|keep|keeps|were\s+standing"
    r"|are\s+standing)\s+(?:guard|watch|sentry|vigil)\b"
    rf"|{_OPENING}(?:[\w’'.-]+\s+){{1,8}}?(?:(?:is|are|was|were)\s+)?(?:\w+ly\s+)?watching\s+(?:\w+ly\s+)?(?:for|as|from)\b"
    rf"|{_OPENING}(?:[\w’'.-]+\s+){{1,8}}?(?:\w+ly\s+)?(?:looked\s+on|look\s+on|looks\s+on|lined\s+(?:the\s+)?"
    r"(?:streets?|route|roads?|way|pavements?|banks?)|milled\s+(?:about|around)|queued|waited|watched\s+from"
    # ("Soldiers manned checkpoints at the crossroads": posts held, as guards stand)
    r"|manned\s+(?:\w+\s+)?(?:checkpoints?|roadblocks?|barricades?|barriers?|posts?))\b"
    # "Queues formed outside petrol stations", "Long lines snaked around the block": the waiting is the
    # subject
    rf"|{_OPENING}(?:[\w’'.-]+\s+){{0,3}}?(?:queues?|long\s+lines)\s+(?:\w+ly\s+)?"
    r"(?:formed|grew|stretched|snaked|built\s+up)\b",
    re.IGNORECASE,
)


def keeps_watch(text: str) -> bool:
    """A sentence whose main verb is one of watching, guarding, manning a post, lining a route or waiting, or
    whose subject is a queue ("Dozens of police in helmets stood guard outside the ministry late on Friday",
    "Crowds lined the streets", "Queues formed outside the banks"): the scene around a happening, told for
    colour. What is watched, if it is an act of its own, is found apart."""
    return _KEEPS_WATCH.match(text) is not None


# How something is seen or ranked, as the main verb: "The city is widely seen as the best prepared"
_SEEN_AS = re.compile(
    r"^(?P<before>[^;:“”\"]*?)\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+|also\s+|still\s+)?"
    r"(?:seen|regarded|considered|viewed|perceived|thought\s+of|counted|ranked|reckoned)\s+(?:as|to\s+be|among)\b",
    re.IGNORECASE,
)


def seen_as(text: str) -> bool:
    """A sentence whose main verb says how its subject is seen ("The city is widely regarded as among the best
    prepared, given its record in the 2011 floods, which killed 41"): an assessment, and what it
    names in passing is background, not the day's news."""
    found = _SEEN_AS.match(text)
    if found is None:
        return False
    return _only_a_subject(found.group("before"))


# A picture's caption told in the present: a noun with a relative clause of what befell it, then the verb
# of what it is seen doing and where: "Oil that leaked from the well swirls through the currents", "A man
# who lost his home walks past the ruins"
_CAPTION_IN_PRESENT = re.compile(
    r"^(?:the\s+|an?\s+|some\s+|two\s+|three\s+)?(?:[\w’'-]+\s+){0,3}?(?:that|which|who)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:been\s+)?[a-z]+(?:ed|en|t)\b(?P<clause>[^,;:“”\"]*?)\s(?P<verb>[a-z]{3,}[^s\W]s)\s+(?:through|across|into"
    r"|onto|along|over|past|near|on|in|at|around|toward|towards|under|above|off|beside|outside|inside|by|down|up"
    r"|amid|among)\b(?P<rest>[^;]*)$",
    re.IGNORECASE,
)
_NOT_A_SCENE_VERB = re.compile(r"(?:is|was|has|does|says|tells|means|remains|seems)", re.IGNORECASE)


def caption_in_present(text: str) -> bool:
    """A sentence that shows rather than tells: its subject is a noun with a clause of what befell it, its
    main verb a present of what is seen, with a place ("Gas that escaped from a broken main drifts over
    the currents in the gulf"). A past or a modal after that verb tells a happening ("Oil that leaked from
    wells in the gulf reached the coast"), and the sentence is left alone."""
    found = _CAPTION_IN_PRESENT.match(text)
    if found is None or _NOT_A_SCENE_VERB.fullmatch(found.group("verb")):
        return False
    rest = _ATTRIBUTIVE_PARTICIPLE.sub(" ", found.group("rest"))
    return _DONE_ONCE.search(rest) is None and _FINITE_AFTER.search(rest) is None


# ("Oil that leaked from wells in the gulf is washing ashore": "wells" was no verb; "is" is)
_FINITE_AFTER = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should)\b", re.IGNORECASE
)


# The writer's judgement as the main clause: "It is apparent that ...", "It is clear that ...", "It was
# unclear whether ..." (after an opening clause or none)
_JUDGEMENT = re.compile(
    rf"{_OPENING}it\s+(?:is|was|seems|seemed|appears|appeared|remains|remained)\s+(?:now\s+|already\s+|also\s+"
    r"|still\s+|increasingly\s+)?(?:apparent|clear|obvious|evident|likely|unlikely|possible|unclear|uncertain"
    r"|doubtful|ironic|notable|striking|telling|hard\s+to\s+(?:see|say|know|tell)|too\s+early\s+to\s+(?:say|tell))\b",
    re.IGNORECASE,
)
# A trend in the writer's words: "is taking an increasingly firm tone", "more and more families are leaving"
_TREND = re.compile(r"\b(?:increasingly|more\s+and\s+more|less\s+and\s+less|ever\s+more)\b", re.IGNORECASE)


def judgement_at(text: str) -> int:
    """Where the writer's judgement opens the main clause ("it is apparent that ..." after any opening
    clause), or -1: a verb of saying before it is inside the opening clause, not the main one."""
    found = _JUDGEMENT.match(text)
    return found.end() - len(found.group().split()[-1]) if found is not None else -1


def writers_judgement(text: str) -> bool:
    """A sentence whose main clause is the writer's judgement ("While the board has said costs must be
    cut, it is clear that this strike is not seen as reason enough to act", "It is unclear whether
    the talks will resume") or a trend told in the present ("The government is taking an increasingly firm
    tone"): analysis, not a happening. A verb in the past with the trend ("Police used increasingly heavy
    force") tells an act, and is left alone."""
    if _JUDGEMENT.match(text) is not None:
        return True
    if _TREND.search(text) is None:
        return False
    return _DONE_ONCE.search(_ATTRIBUTIVE_PARTICIPLE.sub(" ", _DESCRIBING_PARTICIPLE.sub(" ", text))) is None


# What a scene is, after the noun and what it is seen doing: "The heap of wet sandbags sitting four feet high
# at the depot will be part of the flood that lingers", "A woman carrying water is one of thousands"
_SCENE_IS = re.compile(
    r"^(?:the|an?|two|three|four|some|several)\s+(?:[\w’'-]+\s+){1,2}(?:of\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){1,3})?"
    r"[a-z]+ing\s(?P<scene>[^,;:“”\"]*?)\s(?:is|are|was|were|will\s+be|would\s+be|remains?)\s+(?:now\s+|still\s+)?"
    r"(?:a|an|the|one|part|among|likely|typical|symbolic|emblematic|testament|proof|evidence)\b",
    re.IGNORECASE,
)


def scene_described(text: str) -> bool:
    """A sentence that opens on a picture (a noun and what it is seen doing) and says what it is ("The pile
    of wet sandbags sitting at the depot will be part of the flood that lingers"): a description for
    colour. A past in the scene ("The man carrying the bomb was arrested") makes it a happening."""
    found = _SCENE_IS.match(text)
    return (
        found is not None
        and _DONE_ONCE.search(_ATTRIBUTIVE_PARTICIPLE.sub(" ", found.group("scene"))) is None
    )


# A proposition framed by the writer as its main clause: "What's certain is that ...", "What remains unclear
# is whether ...", "The big issue is that ...", "The industry rule is that ...": the frame is the main verb,
# and what it holds is a view or a standing rule, not a happening of a day
_FRAMED = re.compile(
    rf"{_OPENING}(?:what(?:['’]s|\s+is|\s+was|\s+remains|\s+seems)\s+(?:now\s+|also\s+|still\s+)?(?:certain|clear"
    r"|unclear|uncertain|obvious|known|unknown|striking|notable|remarkable|surprising|troubling|worrying"
    r"|interesting|ironic|new|different)\s+(?:is|was)\s+(?:that|whether|how|why|who|what)\b"
    r"|the\s+(?:[\w’'-]+\s+){0,3}?(?:issue|question|problem|worry|concern|fear|danger|risk|hope|point|rule"
    r"|practice|custom|norm|reality|truth|irony|trouble|catch|upshot|lesson|difference|challenge)"
    r"(?:\s+(?:in|for|of|at|on|among)\s+[^,;:“”\"]{1,40}?)?"
    # ("The question on Friday was whether ...": the day the question stood is no act's day)
    rf"(?:\s+(?:on\s+)?(?:{WEEKDAY_WORD}|today|tonight|yesterday|now))?"
    r"\s+(?:is|was|remains)\s+(?:now\s+|still\s+)?"
    r"(?:that|whether|how|why)\b"
    # "All her suppliers can offer now is frozen fish": what little is left, as a pseudo-cleft of colour
    r"|all\s+(?:[\w’'-]+\s+){1,4}?(?:can|could|will|would)\s+(?:\w+ly\s+)?(?:do|offer|give|say|sell|get|find|buy)"
    r"\s+(?:\w+\s+)?(?:now\s+|today\s+)?(?:is|was)\b)",
    re.IGNORECASE,
)


def framed_proposition(text: str) -> bool:
    """A sentence whose main clause frames a proposition in the writer's voice ("What's certain is that the
    leak was not expected", "The big issue is whether the firm can pay", "The rule at sea is that crews
    leave before a storm", "All the stalls can sell now is tinned fish"): commentary, colour or a standing
    rule, whatever day the clause inside it names. (The caller keeps a sentence someone is said to speak;
    "The question was put to the minister" has no clause after its copula.)"""
    return _FRAMED.match(text) is not None


# Where a study appears, in the present: "The study is published in the journal Marine Biology", "The
# findings appear in this week's issue of Science": a note on the source, not the study's release
_WHERE_PUBLISHED = compile_for_search(
    r"\b(?:is|are)\s+(?:being\s+)?published\s+(?:online\s+)?in\s+(?:the\s+|this\s+week['’]s\s+|the\s+latest\s+)?"
    r"(?:(?:issue|edition)\s+of\s+(?:the\s+)?)?(?:journal\s+)?[A-Z]"
    r"|\b(?:appears?|appear)\s+in\s+(?:the\s+|this\s+week['’]s\s+|the\s+latest\s+)?(?:(?:issue|edition)\s+of"
    r"\s+(?:the\s+)?)?journal\b"
)


def where_published(text: str) -> bool:
    """Whether a sentence says, in the present, in which journal a study is printed ("Graham's study,
    released on Monday, is published in Environmental Letters"): the story's citation, told beside the
    study's findings, which are its news. A study that "was published on Monday" is left to its verb."""
    return _WHERE_PUBLISHED.search(text) is not None


# A state that holds, as the main verb in the present: "Some 17 percent of the waters remain closed",
# "The border remains shut" (people still missing are a toll, and stay)
_REMAINS = compile_gated(
    rf"{_OPENING}(?P<subject>(?:[\w’'.%-]+(?:,\d{{3}})*\s+){{1,12}}?)(?:still\s+|now\s+)?remains?\s+(?:\w+ly\s+)?"
    r"(?!missing|trapped|unaccounted|in\s+hospital|in\s+critical|dead|alive)\w+",
    re.IGNORECASE,
)


def state_remains(text: str) -> bool:
    """A sentence whose main verb says that a state holds, in the present ("About 57,000 square miles of
    coastal waters remain closed to boats", "The border remains shut"): how things stand, not a happening
    of a day (a closing or a reopening is; a count of people missing is a toll)."""
    found = _REMAINS.match(text)
    if found is None:
        return False
    if not _only_a_subject(found.group("subject")):
        return False
    # "The disaster remains high on the agenda and dominated the prime minister's visit": an act joined on
    rest = _ATTRIBUTIVE_PARTICIPLE.sub(" ", _DESCRIBING_PARTICIPLE.sub(" ", text[found.end() :]))
    return _DONE_ONCE.search(rest) is None


# A verdict on a happening named by its day, as what was said: "Monitors said Saturday's election was
# peaceful", "The league called Sunday's final a disgrace". The day names the happening, which is read as
# one of its own (events.extract.happenings); the saying is a view of it, a statement, not that happening a
# second time. Only an evaluative complement makes it a view: "said Sunday's vote was postponed until May"
# or "said Wednesday's tremor was centred 20 miles east" tells what became of the happening, and is news
_DAY_OWNER = (
    r"(?:(?:last|this|next)\s+)?(?:" + "|".join(WEEKDAY_NAMES) + r"|yesterday|today"
    r"|(?:last|this)\s+(?:week|weekend|month))"
)
_EVALUATIVE_ADJECTIVE = (
    r"(?:peaceful|orderly|calm|fair|free|credible|transparent|flawed|rigged|fraudulent|chaotic|disorderly"
    r"|successful|unsuccessful|disappointing|encouraging|unacceptable|shameful|disgraceful|regrettable"
    r"|satisfactory|unsatisfactory|smooth|acceptable|legitimate|illegitimate|valid|invalid|illegal|unlawful"
    r"|positive|productive|constructive|fruitless|pointless|useless)"
)
_EVALUATIVE_NOUN = (
    r"(?:success|failure|disgrace|triumph|fiasco|sham|farce|mistake|travesty|shambles|embarrassment|milestone"
    r"|setback|step\s+forward|step\s+backwards?|victory|defeat\s+for|turning\s+point|breakthrough|outrage)"
)
_VERDICT_ON_A_DAYS_HAPPENING = compile_gated(
    r"\b(?:said|says|say|called|calls|call|described|describes|declared|declares|judged|deemed|found|finds"
    r"|pronounced)\s+(?:that\s+)?(?:the\s+)?" + _DAY_OWNER + r"['’]s\s+(?:[\w-]+\s+){0,3}?[\w-]+"
    r"(?:\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|as))?\s+"
    # (a degree or a denial before the verdict: "largely free", "neither free nor fair", "not a success")
    r"(?:(?:\w+ly|not|neither|both|very|so|too|a\s+(?:great|big|huge|major|total|complete|real)|an?)\s+)*?"
    r"(?:" + _EVALUATIVE_ADJECTIVE + r"|" + _EVALUATIVE_NOUN + r")\b",
    re.IGNORECASE,
)


def verdict_on_a_days_happening(text: str) -> bool:
    """Whether what a sentence says was said is a verdict on a happening the words name by its day ("Monitors
    said Saturday's election was peaceful"): a view of that happening, not a telling of it."""
    return _VERDICT_ON_A_DAYS_HAPPENING.search(text) is not None


# --- the page's words to its reader ----------------------------------------------------------------------

# "For updates, pls visit our web page", "You can stay up to date with City Radio", "This is when
# we broadcast", "Follow us on Twitter": the outlet speaking to its reader, whatever news words they hold
_TO_THE_READER = compile_for_search(
    r"\b(?:please|pls|plz)\s+(?:do\s+)?(?:visit|follow|click|see|read|listen|watch|join|e-?mail|write|tell|send"
    r"|share|like|subscribe|sign\s+up|get\s+in\s+touch|contact)\b"
    # ("you can get long queues of very angry drivers" is the generic "you" of a speaker)
    r"|\byou\s+can\s+(?:also\s+)?(?:stay\s+up\s+to\s+date|keep\s+up\s+to\s+date|follow\s+(?:us|our|the\s+latest)"
    r"|find\s+(?:out\s+)?more|read\s+more|listen\s+(?:again|live)|watch\s+(?:it|the\s+(?:video|programme))"
    r"|sign\s+up|subscribe|contact\s+us|send\s+us|e-?mail\s+us|share\s+your)\b"
    r"|\b(?:we['’]re|we\s+are)\s+on\s+(?:air|the\s+air)\b"
    # ("like us getting a metre of snow" is a comparison: only "like our page" is the page's)
    r"|\b(?:visit|follow|join)\s+(?:us|our\s+(?:facebook|twitter|website|web\s+site|blog|page|channel))\b"
    r"|\blike\s+our\s+(?:facebook|page)\b"
    r"|\bon\s+our\s+(?:facebook|twitter|website|web\s+site|blog)\b"
    # ("Sign up for free e-mail news alerts from the Herald": the page's own offer, often the last words of
    # a line of related links the scrape ran together)
    r"|\bsign\s+up\s+(?:now\s+|today\s+|here\s+)?for\s+(?:our\s+|free\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:newsletters?|alerts?|updates|e-?mails?|bulletins?)\b",
    re.IGNORECASE,
)


def to_the_reader(text: str) -> bool:
    """A sentence in which the outlet speaks to its reader ("For updates on the stories we cover, pls visit
    our web page", "You can stay up to date with City Radio"): page furniture, never news."""
    return _TO_THE_READER.search(text) is not None


# The reporter's note on how the sources spoke, as the whole of a sentence: "The officials spoke on
# condition of anonymity because the talks are private", "Both asked not to be named because they were not
# authorised to comment". Its subject is the sources of the sentences around it, whose news those sentences
# carry; "an official, who spoke on condition of anonymity, said the talks had failed" is that news, and
# keeps its main verb.
_SOURCING_NOTE = compile_gated(
    # the sources, with no clause of their own ("an official who spoke ... said" is what was said)
    r"^(?:(?:but|and)\s+)?(?:(?!(?:who|which|that)\b)[\w’'.-]+\s+){1,6}?"
    r"(?:(?:spoke|speaks|talked|talks|commented|comments)\s+(?:only\s+)?on\s+(?:the\s+)?condition\s+"
    r"(?:of\s+anonymity|that\s+[^,;:]{1,40}?\bnot\s+be\s+(?:named|identified|quoted))"
    r"|(?:asked|requested|asks|requests|declined|refused)\s+not\s+to\s+be\s+(?:named|identified|quoted)"
    r"|(?:declined|refused|did\s+not\s+want)\s+to\s+be\s+(?:named|identified))\b"
    # ... then perhaps the day, then only the reason ("because the talks are private")
    r"(?:\s+(?:on\s+)?\w+day)?(?:\s*,?\s+(?:because|as|since|for\s+fear)\b[^;:]*)?[.!]?[\"”’']*\s*$",
    re.IGNORECASE,
)


# "A copy of her testimony was obtained by The Associated Press.", "Copies of the memo were seen by this
# newspaper.": how a news agency or the outlet itself came by the document the sentences around it quote.
# Only a bare document makes it a note: "a copy of the indictment unsealed on Friday" or "of the letter sent
# to the board" tells a deed of its own, and "obtained by the Herald" may be any body's doing
_NEWS_AGENCY = (
    r"(?:(?:the\s+)?(?-i:Associated\s+Press|Press\s+Association|AP|PA|AFP|Reuters|Agence\s+France[-\s]Presse"
    r"|Bloomberg(?:\s+News)?|Dow\s+Jones(?:\s+Newswires)?|Kyodo(?:\s+News)?|Xinhua|dpa|ANSA|EFE|Yonhap|Interfax)"
    r"|(?:this|our)\s+(?:newspaper|paper|website|programme|program|station|magazine|news\s+agency|agency))"
)
_COPY_OBTAINED = re.compile(
    r"^(?:(?:but|and)\s+)?(?:an?\s+|the\s+)?(?:(?:advance|full|leaked|draft)\s+)?(?:copy|copies)\s+of\s+"
    # the bare document: no participle, clause or day of its own
    r"(?:(?!(?:\w+(?:ed|en)|sent|made|written|given|signed|filed|issued|on|in|at|from|to|by|that|which|who"
    r"|dated|last|this|next)\b)[\w’'-]+\s+){1,5}?"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:obtained|seen|reviewed)\s+by\s+"
    + _NEWS_AGENCY
    + r"\s*[.!]?\s*$",
    re.IGNORECASE,
)


def sourcing_note(text: str) -> bool:
    """A sentence that only says how its sources spoke ("The sources spoke on condition of anonymity because
    the talks are private"): the reporter's note on the sentences around it, no happening of its own."""
    return _SOURCING_NOTE.match(text) is not None


def copy_obtained(text: str) -> bool:
    """A sentence that only says how a news agency or the outlet came by a document ("A copy of the letter
    was obtained by Reuters"): the reporter's note on the quotations around it, no happening of its own.
    (Read as the writer's own voice, not skipped as a sourcing note is: a quotation after it is not taken to
    go on from the one before it.)"""
    return _COPY_OBTAINED.match(text.strip()) is not None


# --- the outlet's own journalist, telling in the present --------------------------------------------------

# A journalist's role on the staff: "business correspondent", "North America editor", "reporter"
_JOURNALIST = r"(?:correspondents?|reporters?|editors?)"
# The present of the journalist's own telling: "says", "reports", "writes", "adds"
_TELLS = r"(?:says|reports|writes|adds|notes)"
# What follows the outlet's name and its possessive: its roles or words of its name ("Radio Tyne's"), then
# a role, a name or both ("the City Radio's health editor Jane Roe", "the Herald's Tom Hale"), then where
# the journalist is ("in Lisbon", ", at the court,", ", Lisbon", "in Lisbon, the capital,"), then the verb
_STAFF_TELLS = re.compile(
    r"(?:\s+[A-Z][\w’'-]*){0,3}['’]s\s+"
    rf"(?:(?:[\w-]+\s+){{0,3}}?{_JOURNALIST}\s*,?\s+)?"
    r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,2}\s*)?"
    r"(?:,?\s*(?:in|at|from)\s+[^,;:\"“”]{1,60}?|,\s*[^,;:\"“”]{1,60},|,\s*[A-Z][\w’'-]+(?:[\s-][A-Z][\w’'-]+){0,3}){0,2}"
    rf"\s*,?\s+{_TELLS}\b"
)
# "a City Radio correspondent in the area says": the outlet named before the role
_OUTLET_ROLE_TELLS = re.compile(
    rf"(?:\s+[A-Z][\w’'-]*){{0,3}}\s+(?:[\w-]+\s+){{0,2}}?{_JOURNALIST}(?:\s+(?:in|at)\s+[^,;:\"“”]{{1,60}}?)?\s*,?\s+{_TELLS}\b"
)
# "our correspondent reports", "our Europe editor, Jane Roe, says": the page's own "our"
_OUR_JOURNALIST_TELLS = compile_gated(
    rf"\b[Oo]ur\s+(?:[\w-]+\s+){{0,3}}?{_JOURNALIST}\b(?:\s*,?\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){{1,2}}\s*,?)?"
    rf"(?:\s+(?:in|at)\s+[^,;:\"“”]{{1,60}}?)?\s*,?\s+{_TELLS}\b"
)
# Where the journalist's telling may stand: opening the sentence (after a time stamp of a live page or an
# opening "But"), or closing it after a comma ("..., the Herald's Tom Hale reports from Porto.") or in an
# "as" clause ("..., as the Herald's Tom Hale reports from Porto, ...")
_OPENS = re.compile(
    r"^(?:\d{3,4}\s*:?\s*)?(?:(?:[Bb]ut|[Aa]nd|[Mm]eanwhile|[Hh]owever),?\s+)?(?:[Tt]he\s+|[Aa]n?\s+)?$"
)
_CLOSES_OR_AS = re.compile(r"(?:,|\bas)\s+(?:[Tt]he\s+|[Aa]n?\s+)?$")
# "Jane Roe, the Harbour Herald's head of politics, writes: ...": the journalist named first, the outlet in
# the apposition
_NAMED_BEFORE = re.compile(r"^(?:\d{3,4}\s*:?\s*)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,2},\s+(?:[Tt]he\s+)?$")
_ROLE_THEN_TELLS = re.compile(rf"(?:\s+[A-Z][\w’'-]*){{0,3}}['’]s\s+[^,;:\"“”]{{1,50}},\s+{_TELLS}\b")


# An outlet known by its name's last word ("The Harbour Herald", "City Radio", "the Evening Standard") or
# named by what it is ("the paper", "the broadcaster"), where no list of outlets names it
_OUTLET_NAMED = compile_for_search(
    r"\b(?:[A-Z][\w&.-]*\s+){0,3}(?:Times|Post|Herald|Guardian|Telegraph|Journal|Tribune|Mail|Observer|Independent"
    r"|Gazette|Chronicle|Express|Mirror|Globe|Standard|Inquirer|Examiner|Economist|News|Radio|Television|TV)"
    r"(?=['’]s\s)"
    r"|\b(?:paper|newspaper|magazine|broadcaster|network|station|channel)(?=['’]s\s)"
)


# '"...," said the Harbour Herald's business editor Jane Roe.': the verb first, then the outlet's journalist,
# who closes the sentence or the clause
_TELLING_BEFORE = re.compile(
    r"(?:[,.!?](?:[\"”’]|'')?|[\"”])\s*(?:said|says|wrote|writes|reported|reports|added|adds)\s+(?:[Tt]he\s+)?$"
)
_STAFF_AFTER_TELLING = re.compile(
    rf"(?:\s+[A-Z][\w’'-]*){{0,3}}['’]s\s+(?P<role>(?:[\w-]+\s+){{0,3}}?{_JOURNALIST}\b\s*,?\s*)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,2})?\s*(?:[,.;:!?]|$|\s+(?:in|at|from)\s)"
)


def journalist_tells(text: str, outlets: Sequence[tuple[int, int]]) -> bool:
    """Whether the sentence is the outlet's own journalist telling in the present ("The Herald's Tom Hale in
    Porto says the mood has changed", "Trust is weaker than ever, our correspondent reports"): the
    reporting, or the reporter's reading of the story, not a happening. `outlets`: where the text names a
    news outlet."""
    found = _OUR_JOURNALIST_TELLS.search(text)
    if found is not None and (
        _OPENS.match(text[: found.start()]) or _CLOSES_OR_AS.search(text[: found.start()])
    ):
        return True
    for start, end in [*outlets, *(named.span() for named in _OUTLET_NAMED.finditer(text))]:
        before = text[:start]
        if _NAMED_BEFORE.match(before) and _ROLE_THEN_TELLS.match(text, end):
            return True
        inverted = _STAFF_AFTER_TELLING.match(text, end) if _TELLING_BEFORE.search(before) else None
        if inverted is not None and (inverted.group("role") or inverted.group("name")):
            return True
        if not (_OPENS.match(before) or _CLOSES_OR_AS.search(before)):
            continue
        told = _STAFF_TELLS.match(text, end) or _OUTLET_ROLE_TELLS.match(text, end)
        if told is not None:
            return True
    return False


# --- the outlet's own journalist, remembered across the article -------------------------------------------

# A journalist's post on the staff, named once in the article: "business editor", "medical correspondent"
_STAFF_POST = r"(?:correspondents?|reporters?|editors?|analysts?|columnists?)"
# The desk before the post ("business", "North America", "US environment"): words of a name or a field, not
# of a phrase ("a poll of nine analysts", "the team of reporters") nor a post held no more ("former")
_DESK = (
    r"(?:(?!(?:former|ex|of|and|or|the|an?|for|with|by|to|from|in|at|on|poll|survey|team|panel)\b)"
    r"[A-Za-z][\w-]*\s+){0,3}?"
)
_PERSON = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}"
# After the outlet (or "our"): its post, then the journalist's name when given ("the BBC's business editor
# Jane Roe", "Harbour Herald correspondent Tom Hale", "our energy editor, Jane Roe,", "our correspondent")
_POST_THEN_NAME = re.compile(
    rf"(?:['’]s)?\s+{_DESK}(?P<post>{_STAFF_POST})\b(?:\s*,?\s+(?P<name>{_PERSON}))?(?![\w’'-])"
)
# Before the outlet: the journalist's name and a comma ("Jane Roe, the BBC's medical correspondent"), or
# no comma where a caption signs a quotation ("... End Quote Jane Roe BBC business editor"): a name after
# the post is then the next sentence's speaker, run into the caption
_NAME_THEN_OUTLET = re.compile(rf"(?P<name>{_PERSON})(?P<comma>,\s+(?:the\s+)?|\s+)$")
_OUR = re.compile(r"\b[Oo]ur\b")
_FORMER = re.compile(r"\b(?:[Ff]ormer|ex-?)\s*(?:the\s+)?$")


def outlet_journalists(
    text: str, outlets: Sequence[tuple[int, int]], own_outlet: str
) -> list[tuple[int, int, str]]:
    """Where the article names its outlet's journalist, and the journalist's name if given ("BBC business
    editor Jane Roe", "Tom Hale, our energy editor", "our correspondent"): (start, end, name or "").
    `outlets`: where the text names a news outlet; `own_outlet`: the outlet that published it. An editor
    of another outlet may be a party to the story (one is charged, one resigns), so only the article's own
    outlet, or its "our", makes an editor one of its journalists; another's correspondent or reporter is
    still reporting."""
    own = own_outlet.strip().lower()
    found: list[tuple[int, int, str]] = []
    heads = [(s, e, True) for s, e in (m.span() for m in _OUR.finditer(text))]
    for start, end in [*outlets, *(named.span() for named in _OUTLET_NAMED.finditer(text))]:
        named = text[start:end].strip().lower().removeprefix("the ")
        heads.append((start, end, bool(own) and bool(named) and (named in own or own in named)))
    for start, end, ours in heads:
        post = _POST_THEN_NAME.match(text, end)
        if post is None:
            continue
        if post.group("post").startswith("editor") and not ours:
            continue
        if _FORMER.search(text, max(0, start - 12), start):
            continue  # "former BBC correspondent Jane Roe": on the staff no more, may be a party now
        before = _NAME_THEN_OUTLET.search(text, max(0, start - 80), start)
        if before is None or (before.group("comma").startswith(",") and post.group("name")):
            found.append((start, post.end(), post.group("name") or ""))
        else:
            until = post.start("name") if post.group("name") else post.end()
            found.append((before.start(), until, before.group("name")))
    return found


# A subject and a copula before what it is: "Only a week ago, the strike was an orderly protest: ...",
# "The town is one of the poorest in the region" (up to the first colon or semicolon, which may open a list)
_COPULA_STATE = re.compile(
    rf"{_OPENING}(?P<subject>(?:[\w’'.%-]+\s+){{1,10}}?)(?:is|are|was|were)\s+(?:not\s+|still\s+|already\s+|now\s+"
    r"|once\s+|also\s+)?(?P<predicate>(?:an?|one\s+of|the\s+same"
    # "The sum was the largest yet raised": a record, measured against the rest
    # (measured against the past only: "the biggest riser on the index" ranks a market move, which is news)
    r"|the\s+(?:(?!latest\b|least\b)[a-z]{2,}est|most\s+[a-z]+|worst|best)(?:-[a-z]+)?(?=\s+(?:yet|ever|so\s+far"
    r"|since|on\s+record)\b))\s[^:;]*)",
    re.IGNORECASE,
)


# "There was an explosion": a happening introduced; "Monday was the first day of the trial": what a day saw
_EXISTENTIAL = re.compile(rf"(?:there|here|{WEEKDAY_WORD}|yesterday|today|tonight)\s+$", re.IGNORECASE)


def copula_state(text: str) -> bool:
    """A sentence whose main verb is a copula before what its subject is ("Only a week ago, the strike was
    an uncontrolled calamity", "The port is one of the busiest in Asia"): a description, with no act in
    it, whatever day it names. An act after it ("The vote was a victory for the party, which won 80
    seats") is told by its own verb."""
    found = _COPULA_STATE.match(text)
    if found is None:
        return False
    subject = _ADJECTIVE_ED.sub(" ", found.group("subject"))
    if not _only_a_subject(subject) or _EXISTENTIAL.match(subject):
        return False
    predicate = _ATTRIBUTIVE_PARTICIPLE.sub(" ", _DESCRIBING_PARTICIPLE.sub(" ", found.group("predicate")))
    # ("the highest yet collected", "the worst ever recorded": the participle measures the record)
    predicate = _RECORD_PARTICIPLE.sub(" ", predicate)
    # ("was one of the first officials to arrive in the capital": an act, told as a rank)
    return (
        _DONE_ONCE.search(predicate) is None
        and _FINITE_AFTER.search(predicate) is None
        and _INFINITIVE_ACT.search(predicate) is None
    )


_INFINITIVE_ACT = re.compile(r"\bto\s+(?!be\b)[a-z]{2,}\b")
_RECORD_PARTICIPLE = re.compile(r"\b(?:yet|ever|so\s+far)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.IGNORECASE)


# The past of a view held: what onlookers doubted or feared, and what a view joined to theirs did
_PAST_VIEWS = (
    r"(?:doubted|feared|questioned|wondered|speculated|predicted|expected|believed|reckoned|suggested|worried"
    r"|fretted)"
)
# Unnamed onlookers of a story and what they think: "Some City analysts doubted whether the firm could
# survive", "Critics feared the plan would fail", "Observers expect a delay"
_ONLOOKERS_VIEW = re.compile(
    rf"{_OPENING}(?P<onlookers>(?:(?:some|many|most|other|several|few|the)\s+)?(?:[A-Z][\w&-]*\s+)?"
    # ("Investment analysts expect ...", "Some oil industry analysts doubt ...": a trade's analysts, unnamed)
    r"(?:(?:investment|industry|market|oil|energy|financial|banking|political|security|military|defen[cs]e|legal"
    r"|independent|outside|foreign|western|private|equity|credit|stock|bond)\s+){0,2}(?:analysts|commentators"
    # ("While many welcome the plan, others are raising questions about its cost": the unnamed rest)
    # ("Some Republican opponents questioned the logic of the trip": a side's unnamed members, not its voice)
    r"|observers|critics|pundits|economists|market\s+watchers|traders|investors|sceptics|skeptics|others"
    r"|opponents|detractors)\s+"
    # ("Some analysts have predicted that ...": the view held, told in the perfect, is the same view)
    rf"(?:(?:have|had)\s+(?=(?:\w+ly\s+|also\s+)?{_PAST_VIEWS}\b))?"
    r"(?:\w+ly\s+|also\s+|still\s+)?(?:(?:are|were|have\s+been)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:raising|voicing)"
    r"\s+(?:\w+\s+)?(?:questions|doubts|concerns)|rais(?:e|ed)\s+(?:\w+\s+)?(?:questions|doubts|concerns)"
    r"|(?:are|were)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:questioning|wondering|asking)|doubted|doubt|feared|fear|questioned|question|wondered|wonder|speculated|speculate|predicted"
    r"|predict|expected|expect|believed|believe|reckoned|reckon|suggested|suggest|worried|worry|fretted|fret"
    r"|bet|bets|discuss|discussed|debate|debated|ponder|pondered|weigh|weighed))\b",
    re.IGNORECASE,
)


# (a view joined to the view is none: "Some analysts doubted the plan, and many investors agreed"; "agreed
# to sell the unit" is a decision taken)
_VIEW_VERBS = (
    rf"(?:agreed(?!\s+(?:on\s+\w+day\s+)?to\s)|disagreed|concurred|thought|suspected|hoped|{_PAST_VIEWS})\b"
)
# An act joined to the view by ", and" with a subject of its own: "Some investors feared the worst, and the
# index fell 5% on Monday", "Other traders have expected a cut, and the bank made it on Thursday"
_ACT_JOINED_TO_VIEW = re.compile(
    r",\s+and\s+(?!\w+ed\b)(?:[\w’'.%-]+\s+){1,4}?(?:did|was|were|(?:has|have|had)\s+(?:\w+ly\s+)?"
    rf"(?!{_VIEW_VERBS})\w+|(?!{_VIEW_VERBS})(?:\w+ed|{alternatives(IRREGULAR_PAST)}))\b",
    re.IGNORECASE,
)


def onlookers_view(text: str) -> bool:
    """A sentence whose main clause is what unnamed analysts, critics or observers think ("In June, some
    City analysts doubted whether the firm could survive the crisis"): comment on the story, not a happening
    in it, unless an act of its own is joined to it (`_ACT_JOINED_TO_VIEW`). Named, with their firm, an
    analyst speaks on the record and is read as remarks."""
    found = _ONLOOKERS_VIEW.match(text)
    return found is not None and _ACT_JOINED_TO_VIEW.search(text, found.end()) is None


def onlookers_verb_end(text: str) -> int:
    """Where the verb of the unnamed onlookers' view ends, or -1: a verb of saying that starts before it is
    their own verb ("Investment analysts expect that the bank might cut rates"), no saying of a party's."""
    found = _ONLOOKERS_VIEW.match(text)
    return found.end() if found is not None else -1


def onlookers_at(text: str) -> int:
    """Where the unnamed onlookers' view opens the main clause, or -1: a verb of saying before it is inside
    the opening clause ("While many nations are praising the plan, others are raising questions")."""
    found = _ONLOOKERS_VIEW.match(text)
    return found.start("onlookers") if found is not None else -1


# A place or a mood and how it looked: "The streets were eerily quiet on Sunday", "The mood in the court
# was tense", "The capital remained calm"
_SCENE_MOOD = re.compile(
    rf"{_OPENING}(?P<subject>(?:[\w’'.-]+\s+){{1,8}}?)(?:(?:is|are|was|were|remained|remains|stayed|stays|seemed|seems"
    r"|looked|looks)\s+(?:\w+ly\s+|still\s+|largely\s+|mostly\s+)?(?:quiet|calm|tense|deserted|empty|silent|subdued"
    r"|sombre|somber|festive|busy|crowded|packed|chaotic|peaceful|eerie|desolate|jubilant|muted|hushed|gloomy|nervous"
    r"|edgy|uneasy|normal)"
    # ("Shops in the old town stayed shut", "Most offices remained closed": a state kept, which the closing,
    # an act, is not; "were closed" may be that act, and is left alone)
    r"|(?:remained|stayed)\s+(?:\w+ly\s+|still\s+|largely\s+|mostly\s+)?(?:shut|shuttered|closed|boarded\s+up))\b"
    # ("The hall was packed Tuesday with lawyers": a day with no "on" before it may come between)
    r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight))?"
    r"(?=\s*[,.;]|\s+(?:on|in|at|as|while|with|after|during|and|but|for|under)\b|\s*$)",
    re.IGNORECASE,
)


def scene_mood(text: str) -> bool:
    """A sentence whose main clause says how a place or a mood looked ("The streets were eerily quiet on
    Sunday as shops stayed shut", "The mood in the courtroom was tense", "Most shops stayed shut"): colour.
    An act named beside it ("... as the verdict was read") is found on its own, and the caller keeps such
    sentences."""
    found = _SCENE_MOOD.match(text)
    if found is None:
        return False
    return _only_a_subject(found.group("subject"))


# A position held over time: "has long argued", "has repeatedly denied", "have always said"
_STANDING_POSITION = compile_gated(
    # ("Farmers have for years complained", "The union has for decades fought the closure": whatever the
    # verb, a span of years set between the auxiliary and it makes a practice of it, no occasion)
    r"\b(?:has|have|had)\s+(?:also\s+)?for\s+(?:(?:many|several|some|a\s+few|\w+)\s+)?(?:years|decades|generations"
    r"|a\s+long\s+time|some\s+time)\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b"
    r"|\b(?:has|have|had)\s+(?:long|always|consistently|repeatedly|previously|often|frequently|routinely)\s+(?:been\s+)?"
    r"(?:argued|said|maintained|insisted|denied|called|opposed|supported|accused|rejected|claimed|critici[sz]ed"
    r"|warned|defended|backed|blamed|dismissed|complained|demanded|urged|questioned)\b"
    # ... or with the adverb after the verb: "have also insisted repeatedly", "has said consistently"
    r"|\b(?:has|have|had)\s+(?:also\s+)?(?:argued|said|maintained|insisted|denied|claimed|stated|warned|complained"
    r"|called|suggested)\s+(?:repeatedly|consistently|for\s+(?:years|months|decades|some\s+time|a\s+long\s+time)"
    r"|all\s+along|time\s+and\s+again)"
    # "has already promised an end to ...", "has already said in court that ...": told before the report's day
    r"|\b(?:has|have)\s+already\s+(?:said|promised|pledged|vowed|stated|argued|claimed|denied|warned|suggested"
    r"|insisted)\b"
    # "The company previously said it would ...": an earlier remark recalled in the past simple
    r"|\bpreviously\s+(?:said|stated|argued|claimed|denied|warned|told|insisted|maintained)\b",
    re.IGNORECASE,
)


# Happenings counted over a span of years: "has been hit by floods three times in the past decade", "The
# town has flooded four times since 2010", "twice in the last 20 years" (a span of days or weeks, "three
# times this week", may count the story's own happenings, and is left alone)
_TALLY_OVER_YEARS = gated_for_search(
    rf"\b(?:once|twice|(?:{TWO_TO_TEN}|a\s+dozen|several|many|\d+)\s+times)\s+"
    r"(?:(?:in|over|during|within)\s+(?:the\s+)?(?:past|last|previous)\s+(?:(?:\w+|\d+)\s+)?(?:years?|decades?"
    r"|centur(?:y|ies))\b|since\s+(?:1[89]|20)\d\d\b)",
    re.IGNORECASE,
)


def tally_over_years(text: str) -> bool:
    """A sentence that counts happenings over a span of years ("The province has been hit by floods three
    times in the past decade", "The court has struck down the law twice since 2015"): a record that sets
    the story in its history, told as it stands, no happening of its own."""
    return _TALLY_OVER_YEARS.search(text) is not None


# A deed the writer sets in the past with an adverb that says it is well known or long ago: "The firm once
# employed 5,000 people", "The general famously refused to surrender", "He notoriously lost the ballot box".
# The subject before the adverb is a subject alone ("The senator, who once chaired ..." is an aside; "Once
# the rain stopped, ..." opens a clause), and the deed is the sentence's main verb
_ONCE_FAMOUS = re.compile(
    r"^(?:(?:but|and|yet)\s+)?(?P<subject>[^,;:“”\"]*?\w[^,;:“”\"]*?)(?<!\bat)\s+(?:famously|notoriously|memorably"
    r"|once)\s+(?:(?:also|even)\s+)?"
    rf"(?:[a-z]{{2,}}ed|{alternatives(IRREGULAR_PAST)})\b(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
# (the adverb alone, looked for first: the pattern above tries every split of the sentence before it, slow
# on the many sentences that have none of these words)
_HISTORY_ADVERB = re.compile(r"\s(?:famously|notoriously|memorably|once)\s", re.IGNORECASE)
# a finite verb after the deed makes it a reduced relative ("A man once jailed for fraud was arrested")
_MAIN_VERB_AFTER = re.compile(r"^[^,;]*?\b(?:was|were|is|are|has\s+been|have\s+been)\b", re.IGNORECASE)


def told_as_history(text: str) -> bool:
    """A sentence whose main deed is told as history by "once", "famously", "notoriously" or "memorably"
    ("The mill once employed half the town", "The minister famously walked out of the talks"): a past the
    writer recalls to set the story in, no happening of the report's day."""
    if _HISTORY_ADVERB.search(text) is None:
        return False
    found = _ONCE_FAMOUS.match(text.strip())
    return (
        found is not None
        and _only_a_subject(found.group("subject"))
        and _MAIN_VERB_AFTER.match(found.group("rest")) is None
    )


# Earlier studies as the source of what is said: "Previous studies have shown the tariff costs jobs", "Past
# research at the institute found ..." (a finding that stands, told to explain the story; "Earlier reports
# said three had died" may be the day's own toll, and is left alone)
_EARLIER_FINDINGS = re.compile(
    r"^(?:(?:but|and|yet|indeed|however),?\s+)?(?:the\s+)?(?:(?:previous|earlier|past|prior|older)\s+"
    r"(?:studies|research|surveys|analyses|modelling|modeling)|(?:previous|past|prior)\s+(?:reports|estimates))\b"
    r"(?P<tail>[^,;:“”\"]{0,80}?)\s+(?:(?:have|has|had)\s+)?(?:(?:\w+ly|also)\s+)?"
    r"(?:said|shown|showed|found|suggested|estimated|concluded|indicated|warned|predicted|projected|put)\b",
    re.IGNORECASE,
)


def earlier_findings(text: str) -> bool:
    """A sentence that tells what earlier studies found ("Previous studies by the bank have said a long
    drought could halve the harvest"): background to the story, no happening of the day."""
    found = _EARLIER_FINDINGS.match(text.strip())
    return found is not None and _only_a_subject(found.group("tail"))


# A figure at its highest, told of a span: "At its peak, the scheme hired 3,000 boats", "At their height the
# protests drew 100,000 people a night". The maximum of weeks or months is how a thing stood, no happening of
# one day ("At the height of the crisis, the president fled" sets an act in a time, and has no "its")
_AT_ITS_PEAK = re.compile(
    r"^(?:(?:but|and|yet),?\s+)?at\s+(?:its|their)\s+(?:peak|height|busiest|highest)\b\s*,?\s+(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_FIGURE = re.compile(r"\d")


def at_its_peak(text: str) -> bool:
    """A sentence that opens with "At its peak" or "At their height" and counts what the subject reached
    ("At its peak, the airlift flew 900 tonnes a day"): a running maximum, no occasion."""
    found = _AT_ITS_PEAK.match(text.strip())
    return found is not None and _FIGURE.search(found.group("rest")) is not None


# Legal actions counted as what a party faces, as the main clause: "The insurer is also facing about 300
# lawsuits", "The builder faces some 40 claims from buyers". A count of suits pending is where a matter
# stands; each suit filed, or the charging of someone, is told as its own act elsewhere ("Roe, who faces
# three charges, pleaded not guilty" has its act in the main clause, and is no match here)
_FACES_A_COUNT = re.compile(
    r"^(?:(?:but|and|yet|meanwhile|now),?\s+)?(?P<subject>[^,;:“”\"]{2,80}?)\s+(?:(?:is|are|was|were)\s+)?"
    r"(?:(?:also|now|still|already)\s+)?(?:faces|face|facing|faced)\s+(?:(?:about|some|around|nearly|almost|over"
    r"|more\s+than|at\s+least|roughly|up\s+to)\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:lawsuits|suits|claims"
    r"|legal\s+actions|legal\s+challenges|complaints|charges|counts)\b",
    re.IGNORECASE,
)


def faces_a_count(text: str) -> bool:
    """A sentence whose main clause counts the suits or charges a party faces ("The company is also facing
    about 400 lawsuits"): how a matter stands, no step taken in it. An act joined after it ("... and settled
    two of them on Friday") leaves the sentence to that act."""
    found = _FACES_A_COUNT.match(text.strip())
    if found is None or not _only_a_subject(found.group("subject")):
        return False
    rest = _RELATIVE_CLAUSE.sub(" ", text.strip()[found.end() :])
    # ("... and more are likely to be filed": a passive still to come is no act joined on)
    return _JOINED_ACT.search(_STILL_TO_COME.sub(" ", rest)) is None


_STILL_TO_COME = re.compile(r"\b(?:to|will|would|could|may|might|should)\s+be\s+\w+", re.IGNORECASE)


# Unnamed experts, counted only by "some" or "other", and their view as the main clause: "Some scientists
# claim the fault is still moving", "But other environmentalists warned of damage", "Many experts who have
# seen the data have estimated ...". Quoted for comment and speaking for no party, they give commentary; a
# body's own scientists ("Government scientists estimate"), a panel counted by its number ("Four scientists
# told the committee") and named experts are read as remarks
_UNNAMED_EXPERTS = re.compile(
    r"^(?:(?:but|and|yet|still|however|meanwhile),?\s+)?(?:some|other|many|several|most|a\s+few|a\s+number\s+of)"
    r"\s+(?:[a-z]+\s+)?(?:scientists|experts|researchers|academics|environmentalists|specialists|epidemiologists"
    r"|virologists|geologists|oceanographers)\b(?P<tail>[^,;:“”\"]{0,80}?)\s+(?:(?:have|has|had)\s+)?"
    r"(?:(?:also|\w+ly)\s+)?(?:claim|claimed|say|said|warn|warned|argue|argued|believe|believed|think|thought"
    r"|estimate|estimated|suspect|suspected|contend|contended|insist|insisted|fear|feared)\b",
    re.IGNORECASE,
)


def unnamed_experts_view(text: str) -> bool:
    """A sentence whose main clause is what experts counted only as "some" or "other" hold ("But some
    scientists claim that the toxin remains in the river bed"): commentary with no party and no occasion."""
    found = _UNNAMED_EXPERTS.match(text.strip())
    if found is None:
        return False
    # ("Some experts who have studied the footage have estimated ...": a relative clause may describe them)
    tail = _RELATIVE_CLAUSE.sub(" ", found.group("tail"))
    # ("Other scientists at the Weather Service said ...": a body named speaks through its experts)
    return _only_a_subject(tail) and _BODY_NAMED.search(tail) is None


_BODY_NAMED = re.compile(r"\b(?:at|from|with|of|for|in)\s+(?:the\s+)?[A-Z]")


def standing_position(text: str) -> bool:
    """A sentence that tells a position held over time ("The minister has long argued that the tariffs
    protect jobs", "The group has repeatedly denied any link to the attacks"): no occasion, so no event
    (the day's remarks are told with a day or in the plain perfect: "has said", "said on Monday"). So too
    a watch kept (`keeps_an_eye`), a meeting's agenda (`agenda`), where the cases of a total lie
    (`share_of_a_total`), what has not happened yet (`not_yet_done`), happenings counted over years
    (`tally_over_years`), a deed told as history (`told_as_history`), earlier studies' findings
    (`earlier_findings`), a running maximum (`at_its_peak`), a count of suits faced (`faces_a_count`) and
    what unnamed experts hold (`unnamed_experts_view`): each tells how things stand, what is to be talked
    about or a view with no occasion, not a happening."""
    return (
        _STANDING_POSITION.search(text) is not None
        or keeps_an_eye(text)
        or agenda(text)
        or share_of_a_total(text)
        or not_yet_done(text)
        or tally_over_years(text)
        or told_as_history(text)
        or earlier_findings(text)
        or at_its_peak(text)
        or faces_a_count(text)
        or unnamed_experts_view(text)
    )


# An act joined after the clause: "... and called on Iran to release the ship", "but had not yet decided"
# (a state or a judgement joined on, "but it was not clear whether ...", "but people have had mild
# symptoms", is none: "was", "were", "had" alone tell no act)
_JOINED_ACT = re.compile(
    r"\b(?:and|but)\s+(?:[\w’'-]+\s+){0,6}?(?:\w{2,}ed|said|told|sent|began|took|made|gave|met|came|held|found"
    r"|struck|brought|led|spoke|paid|kept|sold|spent|won|lost|fled|left|went|ran|rose|fell|wrote|flew|sank)\b",
    re.IGNORECASE,
)
# An opening phrase ("After the meeting, ...") and a speaker with the verb that tells what they said:
# "The agency said", "WHO has said", "A spokesman told local media"
_OPENING_PHRASE = re.compile(
    r"^(?:(?:but|and|meanwhile|still),?\s+)?(?:[^,;:“”\"]{0,120},\s+)?", re.IGNORECASE
)
_SAID_BEFORE = re.compile(
    r"^(?P<speaker>[^;:“”\"]*?)\b(?:said|says|say|added|stated|noted|(?:has|have|had)\s+said"
    r"|told\s+(?:[\w’'-]+\s+){1,3}?)\s*(?:that\s+)?(?P<subject>(?:[\w’'.-]+\s+){1,12})$",
    re.IGNORECASE,
)


_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")


def _subject_or_its_speaker(before: str) -> bool:
    """Whether the words before a main verb are its subject alone ("The agency"), after an opening phrase
    or not, or a speaker, the verb of saying and the subject of what is said ("The agency said it")."""
    # ("WHO has said it": a body's acronym is no clause word)
    before = _ACRONYM.sub("X", before)
    opened = _OPENING_PHRASE.match(before)
    opening = opened.end() if opened is not None else 0
    # ("Although the firm has agreed to supply doses, it is not yet known ...": an opening with a verb of
    # its own tells something)
    bare = [before] if _VERB_IN_SUBJECT.search(before[:opening]) else [before, before[opening:]]
    for words in bare:
        if _only_a_subject(words):
            return True
        said = _SAID_BEFORE.match(words)
        if said is not None and all(_only_a_subject(said.group(g)) for g in ("speaker", "subject")):
            return True
    return False


# Watching or monitoring as the whole of what is done or said: "The agency said it was closely monitoring
# the situation", "the agency has said it is watching the north closely", "The ministry is keeping a
# close eye on developments" ("following" and "tracking" only when "closely": "is following the advice")
_KEEPS_AN_EYE = compile_gated(
    r"^(?P<before>[^;:“”\"]*?)\b(?:(?:is|are|was|were|been)\s+[\"“`']*(?:(?:\w+ly|also|still|now)\s+)*"
    r"(?:watching|monitoring|closely\s+(?:following|tracking)|keeping\s+(?:a\s+|an\s+)?"
    r"(?:(?:very|close|careful|watchful|wary)\s+)*(?:eye|watch|tabs)\s+on)"
    r"|(?:continues?|continued)\s+to\s+(?:closely\s+)?(?:watch|monitor|keep\s+(?:a\s+)?(?:close\s+)?eye\s+on))\b",
    re.IGNORECASE,
)


# ("..., but so far the disease was not affecting its operations": what is not so is news; "but it was not
# clear whether ..." is the writer's judgement)
_NEWS_AFTER_BUT = re.compile(
    r"\bbut\s+(?:so\s+far|there\s|no\b|none\b|(?!it\b)[\w’'-]+\s+(?:was|were|is|are)\s+not\b)", re.IGNORECASE
)


def keeps_an_eye(text: str) -> bool:
    """A sentence that tells only that someone watches or monitors something, in its own words or the
    writer's ("The agency said it was closely monitoring the situation", "The ministry is keeping a close
    eye on developments"): a watch kept, no happening. An act joined on ("... and called on the navy to
    withdraw"), news told after it ("..., but so far the alert was not affecting flights") or a happening
    told of what is watched ("are closely watching an outbreak that has killed 60 people", a lead's toll)
    is news."""
    found = _KEEPS_AN_EYE.match(text)
    if found is None or not _subject_or_its_speaker(found.group("before")):
        return False
    rest = _UNCLEAR_TAIL.sub("", text[found.end() :])
    if _JOINED_ACT.search(rest) or _NEWS_AFTER_BUT.search(rest):
        return False
    return _DONE_ONCE.search(_ATTRIBUTIVE_PARTICIPLE.sub(" ", _DESCRIBING_PARTICIPLE.sub(" ", rest))) is None


# "..., but it was not clear yet whether ...": the writer's judgement closing the sentence, no happening
_UNCLEAR_TAIL = re.compile(
    r",?\s+but\s+it\s+(?:is|was)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?clear|unclear)\b.*$", re.IGNORECASE
)


# A meeting's agenda: "The meeting will also discuss poor countries' needs", "The summit is expected to
# focus on trade", "Talks will cover the border"; what is to be talked about, not a happening (the meeting
# itself, told with its day, is a planned event, and a date of any kind keeps the sentence)
_AGENDA = re.compile(
    r"^(?:(?:but|and|meanwhile),?\s+)?(?:the|a|an|this|that|its|their|[\w’'-]+['’]s)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:meeting|summit|talks|conference|session|assembly|forum|gathering|panel|commission|hearing|discussions?"
    r"|negotiations|agenda|visit)\s+(?:[^,;]{0,60}?\s+)?(?:will|would|is\s+expected\s+to|are\s+expected\s+to"
    r"|is\s+due\s+to|are\s+due\s+to)\s+(?:also\s+|likely\s+|probably\s+|then\s+)?(?:discuss|consider|focus\s+on"
    r"|look\s+at|examine|address|debate|tackle|cover|explore|touch\s+on|centre\s+on|center\s+on)\b",
    re.IGNORECASE,
)
# a day, a month or a relative day that dates the meeting
_DATED = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|january|february"
    r"|march|april|june|july|august|september|october|november|december|next\s+(?:week|month|year)"
    r"|this\s+(?:week|month|year|weekend)|later\s+this|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec)\w*|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def agenda(text: str) -> bool:
    """A sentence whose subject is a meeting and whose verb tells what it will talk about, with no date
    ("The meeting will also discuss the needs of poor countries"): the report's agenda, not a happening."""
    return _AGENDA.match(text) is not None and _DATED.search(text) is None


# What has not happened yet, or is not known, as the whole of the main clause: "A decision has yet to be
# reached", "The agency has not yet reported its costs", "Officials said the cause of the illness was unclear"
_NOT_DONE_YET = compile_gated(
    r"^(?P<before>[^;:“”\"]*?)\b(?:(?:has|have|had|is|are|was|were)\s+(?:still\s+)?yet\s+to\s+[a-z]+"
    r"|(?:has|have|had)\s+(?:still\s+)?not\s+yet\s+[a-z]+|(?:hasn[’']t|haven[’']t|hadn[’']t)\s+yet\s+[a-z]+"
    r"|(?:is|are|was|were|remains?|remained)\s+(?:still\s+|also\s+)?(?:unclear|unknown|not\s+(?:yet\s+)?(?:known|clear)))\b",
    re.IGNORECASE,
)


def not_yet_done(text: str) -> bool:
    """A sentence whose main clause tells only that something has not happened yet or is not known, in
    the writer's words or a speaker's ("A decision has yet to be reached", "Officials said the cause of
    the illness was unclear"): how things stand, no happening. What is done beside it ("The oil has reached
    land, but the tar has yet to come ashore") leaves the sentence to that act."""
    found = _NOT_DONE_YET.match(text)
    if found is None or not _subject_or_its_speaker(found.group("before")):
        return False
    rest = _RELATIVE_CLAUSE.sub(" ", text[found.end() :])
    # ("It is unclear why rates are higher in the north Canada is investigating whether ...": a caption run
    # into a report of something under way)
    return _JOINED_ACT.search(rest) is None and _UNDER_WAY.search(rest) is None


_UNDER_WAY = re.compile(r"\b(?:is|are)\s+(?:now\s+|also\s+)?[a-z]{3,}ing\b", re.IGNORECASE)


# Where the cases of a total lie: "Almost all of the 74 dead were in Mexico", "Most of the new cases are in
# the United States", "The other deaths have been in Canada": the total is told elsewhere; this spreads it
_SHARE_OF_A_TOTAL = compile_gated(
    rf"{_OPENING}(?:(?:almost|nearly|about|roughly|more\s+than|over|well\s+over)\s+)?(?:all|most|half|many|some"
    r"|two-thirds|(?:a|one)\s+(?:third|quarter)|the\s+(?:bulk|majority|rest|remainder))\s+of\s+(?:the|those|these)"
    r"\s+(?:[\w,.-]+\s+){0,3}?(?:deaths|dead|cases|infections|victims|fatalities|casualties|patients)"
    rf"|{_OPENING}the\s+(?:other|remaining)\s+(?:[\w,.-]+\s+){{0,2}}?(?:deaths|dead|cases|infections|victims|fatalities"
    r"|casualties)",
    re.IGNORECASE,
)
_LIES_IN = re.compile(
    r"\s+(?:(?:are|were|is|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:in|among|from)\b)", re.IGNORECASE
)


def share_of_a_total(text: str) -> bool:
    """A sentence that tells where the cases or the dead of a total lie, by the verb "to be" ("Almost all of
    the 74 dead were in Mexico"): how a count told elsewhere is spread, not a count of its own."""
    found = _SHARE_OF_A_TOTAL.match(text)
    if found is None or _LIES_IN.match(text, found.end()) is None:
        return False
    return _JOINED_ACT.search(_RELATIVE_CLAUSE.sub(" ", text[found.end() :])) is None


# A happening named only to compare with: "A similar attack in 2015 killed 30 people", "It took weeks for a
# similar fire to be brought under control last year", "The last such strike, in 1984, lasted a year"
_COMPARED_WITH = compile_gated(
    # ("a similar number of job losses" compares a figure, not a happening)
    r"\b(?:a|an)\s+(?:similar|comparable)\b(?!\s+(?:number|amount|level|figure|size|proportion|share|sum|rate"
    r"|percentage|way|fashion|manner|view|position|situation|scale|period|time)\b)"
    # (the last of the story's kind before it: "the last such outbreak", "the previous such vote")
    r"|\bthe\s+(?:last|previous|most\s+recent)\s+such\s+[a-z]",
    re.IGNORECASE,
)


# A past happening the story's is set against: "has been measured against the 1989 tanker spill", "just as
# it did when the army withdrew in 1989" (a spill that "has surpassed" the 1998 one is the story's own news)
_SET_AGAINST = re.compile(
    r"\b(?:measured\s+against|just\s+as\s+(?:\w+\s+){1,3}?did\s+(?:when|in|after))\b", re.IGNORECASE
)


# The record a past happening holds, as the subject: "The worst recent epidemic in the region occurred in
# 1996-97", "The deadliest storm on record came in 1900"; or the last of its kind before the story's: "The
# last major strike at the port was in May 1984"
_RECORD_HOLDER = re.compile(
    r"^(?:(?:but|and)\s+)?the\s+(?:(?:most\s+)?[a-z]+\s+)?(?:worst|biggest|largest|deadliest|worst-ever"
    r"|previous|last|most\s+(?:serious|severe|recent|costly|damaging))\s+(?:recent\s+|known\s+|such\s+)?(?:[\w-]+\s+){0,9}?"
    r"(?:occurred|happened|came|was|struck|hit|took\s+place)\s+in\b",
    re.IGNORECASE,
)


# A past happening named by its year as a word before its noun, after a word that measures the story's
# against it or counts a state from it: "surpassing the 1979 Ixtoc blowout", "already exceeds the
# 1,000-tonne 1998 Harwell spill", "as deadly as the virus behind a 1957 pandemic", "has been calm since a
# 2010-11 post-election crisis". The year names which happening is meant; it dates nothing the sentence
# tells (a spill that "has surpassed the one off Tasmania in 1998" is dated by its "in", and stays)
_YEAR_OF_THE_COMPARED = compile_for_search(
    r"\b(?:surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|eclips(?:es|ed|ing|e)|outstrip(?:s|ped|ping)?"
    r"|dwarf(?:s|ed|ing)?|rival(?:s|led|ling|ed|ing)?|overtak(?:es|ing|e)|overtook|behind|since"
    # ("Unlike the 2008 floods, which swept the bridge away, ...": set against the story's)
    r"|unlike|as\s+with|as\s+in)"
    r"\s+(?:the|a|an)\s+(?:[\w,.-]+\s+){0,3}?(?:1[89]|20)\d\d(?:-\d\d)?\s+(?!(?:and|or|to|when|as|that|which)\b)"
    r"[a-z]",
    re.IGNORECASE,
)


def compared_happening(text: str) -> bool:
    """Whether a sentence names "a similar" or "a comparable" happening, sets the story's against a past
    one ("measured against the 1989 spill", "just as it did when ...", "surpassing the 1979 blowout"),
    or names the past one that holds a record ("The worst recent epidemic in the region occurred in
    1996-97"): another happening, told to compare with the story's (the caller keeps it when it is dated
    in the story's own days)."""
    return (
        _COMPARED_WITH.search(text) is not None
        or _SET_AGAINST.search(text) is not None
        or _RECORD_HOLDER.match(text) is not None
        or _YEAR_OF_THE_COMPARED.search(text) is not None
    )


# The compared happening as the subject that opens the sentence: "A similar storm in October 2005 ...", "The
# last such strike, in May 1984, ..."
_COMPARED_OPENING = re.compile(
    r"^(?:(?:but|and|yet),?\s+)?(?:(?:a|an)\s+(?:similar|comparable)|the\s+(?:last|previous|most\s+recent)\s+such)\s+[a-z]",
    re.IGNORECASE,
)


def compared_opening(text: str) -> bool:
    """Whether a sentence opens on a happening told to compare with the story's, as its subject ("The
    last major strike at the port was in May 1984", "A similar storm in October 2005 sank three boats"):
    then a month named with its year dates that other happening too, as a year alone does for any compared
    happening (a "similar bill" vetoed in May is the veto's object, and the veto stays)."""
    return _RECORD_HOLDER.match(text) is not None or _COMPARED_OPENING.match(text) is not None


# A money or share figure with a verb that measures, not one that acts: "was worth $630 million",
# "generated $27 billion in cash flow", "accounted for 14 percent", "came from the two firms"
_YEAR_FIGURE_VERB = re.compile(
    r"\b(?:(?:was|were)\s+worth|generated|earned|accounted\s+for|amounted\s+to|totall?ed|came\s+from"
    r"|reported\s+(?:about\s+|some\s+|more\s+than\s+|over\s+)?\S+\s+(?:\w+\s+)?(?:in|of)\s+(?:revenue|sales|profits?"
    r"|losses|cash\s+flow|earnings))\b",
    re.IGNORECASE,
)
_MONEY_OR_SHARE = re.compile(
    r"[$£€#]\s?\d|\d\s?(?:%|percent\b|per\s+cent\b)|\b\d[\d,.]*\s+(?:million|billion|bn|m)\s+(?:dollars|euros|pounds)\b",
    re.IGNORECASE,
)


def figure_of_a_year(text: str) -> bool:
    """Whether a sentence gives a money or share figure by a verb that measures ("In 2009, the fishery was
    worth $630 million", "The firm generated $27 billion of cash flow last year"): a statistic of the year
    it names, background to the story, no happening (the caller asks that a past year be its only date)."""
    return _YEAR_FIGURE_VERB.search(text) is not None and _MONEY_OR_SHARE.search(text) is not None


# Where a life or a body began: "was born", "founded four years ago", "began her career ... 19 years ago"
_LIFE_BEGAN = re.compile(
    r"\b(?:was|were)\s+born\b|\b(?:co-?)?founded\b|\bbegan\s+(?:his|her|their)\s+(?:\w+\s+)?career\b",
    re.IGNORECASE,
)


def life_began(text: str) -> bool:
    """Whether a sentence tells where a person's life or career or a body began ("was born in 1958",
    "Norland, founded four years ago, runs a plant", "began her career at the bank 19 years ago"):
    trivia when the sentence dates nothing but a year (the caller asks), as birth dates are."""
    return _LIFE_BEGAN.search(text) is not None


# The writer in the first person, outside any quotation: "I've largely given up DVDs", "I reported on the
# first phase of the dig earlier this year" (a column, a blog, a reporter's note)
_WRITER_I = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but|so|when|as|since|because)\s+)I(?:['’](?:ve|m|d)\b|\s+(?:\w+ly\s+|also\s+|still\s+"
    # ("Tomorrow, I will meet the chairman": a transcript's speaker announcing, no columnist musing)
    r"|just\s+|never\s+)?(?:have|had|am|was|would|can|could|do|did|think|thought|believe|reported|wrote|saw|met"
    r"|went|spoke|asked|visited|paid|bought|found|got|gave|took|made|tried|watched|heard|learned|noticed|spent"
    r"|returned|arrived|travell?ed|flew"
    r"|remember|recall|suspect|guess|wonder|doubt|struggle|feel|felt|fear|worry|worried)\b)"
)
# ... or with what the writer gathered as the subject: "My conversations with ministers suggest the plan is
# dead", "My sources say the vote will be close", "My own sense is that ..." (a correspondent's analysis)
_WRITER_MY = re.compile(
    r"^(?:(?:but|and|so|still),?\s+)?[Mm]y\s+(?:own\s+)?(?:conversations?|sources?|contacts?|understanding"
    r"|impression|reading|sense|guess|hunch|information|inquiries|enquiries)\b"
)
_ANY_QUOTATION_MARK = re.compile(r"``|''|[\"“”]")


def writer_in_first_person(text: str) -> bool:
    """A sentence in which the writer speaks as "I", with no quotation mark in it ("I've mostly given up
    paper maps for my phone", "I wrote about the first phase of the dig earlier this year", "My sources say
    the vote will be close"): a
    columnist's or a blogger's own voice, not a happening. (The caller makes sure the sentence is not the
    middle of someone's quotation.)"""
    # (every "I" of the writer is the capital letter: most sentences hold none, and are not searched)
    found = (_WRITER_I.search(text) if "I" in text else None) or _WRITER_MY.match(text.strip())
    if found is None or _ANY_QUOTATION_MARK.search(text) is not None:
        return False
    # "He sent a note which read in part: Minister, I believe ...", "I think ... understatement The AFP news
    # agency quoted the army as saying ...": words quoted without marks, or a pull quote run into a report
    return _QUOTING.search(text[: found.start()]) is None and _QUOTING.search(text, found.end()) is None


_QUOTING = re.compile(
    r":|\b(?:said|says|told|quoted|read|reads|wrote|writes|stated|added|according\s+to|as\s+saying)\b",
    re.IGNORECASE,
)


# Where a named person was, told with "was" and no act: "Jane Roe was outside the stadium for most of the
# match", "John Doe was sitting near the mayor's family": the writer sets a witness in the scene before
# quoting them; a court or a match named in it is where they stood, not something that happened
_WHERE_SOMEONE_WAS = re.compile(
    r"^(?:[A-Z][\w’'.-]+\s+){1,3}(?:was|were)\s+(?:(?:sitting|standing|waiting|seated)\s+)?"
    r"(?:outside|inside|near|beside|among|next\s+to|close\s+to|in\s+the\s+(?:crowd|gallery|audience|public\s+gallery))\s"
    r"(?P<rest>[^:;“”\"]*)"
)


def where_someone_was(text: str) -> bool:
    """A sentence that only places a named person ("Jane Roe was outside the stadium for most of the
    match", before what she told the reporter): colour. An act joined on ("was standing near the gate when
    the wall fell") makes it a happening."""
    found = _WHERE_SOMEONE_WAS.match(text)
    if found is None:
        return False
    # (a participle after "and" is an act here: "was outside the bank and fired three shots")
    rest = found.group("rest")
    return _DONE_ONCE.search(rest) is None and re.search(r"\b(?:when|as|after|before|while)\b", rest) is None


# Column furniture: the outlet's word that a piece is one writer's view ("The opinions expressed are his
# own", "Any opinions are her own", "The views expressed in this commentary are solely those of the author")
# (searched over a whole article, this IGNORECASE pattern is tried at every place of it: a page lacking
# all of the strings its matches need is not searched)
_COLUMN_FURNITURE = ScannedPattern(
    r"\b(?:opinions?|views?)\s+expressed\s+(?:here\s+|in\s+this\s+(?:article|column|commentary|piece|post|blog)\s+)?"
    r"(?:are|is)\s+(?:solely\s+)?(?:(?:his|her|their|the\s+(?:author|writer|columnist)['’]?s?)\s+own|th(?:ose|at)\s+of)\b"
    r"|\bany\s+opinions\s+(?:are|expressed\s+are)\s+(?:his|her|their)\s+own\b"
    # a newspaper's opinion section named as the page's own, not in a link from a report ("Writing on
    # Comment is free, he says ...")
    r"|(?<!\bon\s)\bComment\s+is\s+free\b",
    re.IGNORECASE,
    size=ASKED_ONCE,
)
# The writer as "we" outside any quotation ("We once could rely on the evening bulletin", "we should ask
# why"); "our correspondent" is the outlet's reporter, no voice of a column
_WRITER_WE = compile_gated(
    r"(?:^|[,;]\s+|\b(?:and|but|so|when|if|as|because)\s+)(?:[Ww]e(?:['’](?:ve|re|d|ll)\b|\s+(?:\w+ly\s+|all\s+)?"
    r"(?:have|had|are|were|must|should|need|can|could|will|would|do|did|don['’]t|know|think|see|saw|used)\b)"
    r"|[Mm]y\s+(?!correspondent|colleague)\w+)"
)
# A piece is commentary when so many of its sentences are the writer's own voice or questions put to the
# reader; a report quotes people who say "I", but its own sentences do not
COMMENTARY_VOICE_SHARE = 0.2
COMMENTARY_VOICE_SENTENCES = 4


def commentary_page(text: str, sentences: list[str]) -> bool:
    """Whether a page is a column, a blog post or a reader's letter rather than a report: it carries column
    furniture, or at least a fifth of its sentences (and four or more) speak in the writer's first person or
    ask the reader a question, outside any quotation. Its undated sentences tell the writer's view, and
    metaphor ("that which almost killed it", "X did attack researchers") is no happening."""
    if _COLUMN_FURNITURE.search(text):
        return True
    voiced = 0
    for sentence in sentences:
        if _ANY_QUOTATION_MARK.search(sentence):
            continue
        if (
            writer_in_first_person(sentence)
            or _WRITER_WE.search(sentence)
            or _ENDS_IN_QUESTION.search(sentence)
        ):
            voiced += 1
    return voiced >= COMMENTARY_VOICE_SENTENCES and voiced >= COMMENTARY_VOICE_SHARE * len(sentences)


# A sentence that trails off in three dots straight after a word: "... scientists reporte...", "... of the
# fishing boats and volunteers..."
_TRAILS_OFF = re.compile(r"[A-Za-z,]\.\.\.$|[A-Za-z,]…$")


def trails_off(text: str) -> bool:
    """A sentence cut off in three dots, with no quotation in it: the teaser of another story in a page's
    list of links, cut at a set length (often in mid-word), or a reader's comment trailing away. Neither
    tells a happening of its own; a speaker's words that trail off stay with the reader of speech."""
    return _TRAILS_OFF.search(text.rstrip()) is not None and _QUOTATION_MARK.search(text) is None


# Another sentence that opens on the same line: "... the saw got stuck... Engineers then tried ..."
_SENTENCE_FOLLOWS = re.compile(r"[ \t]+[“\"]?[A-Z]")


def dots_between_sentences(text: str, end: int) -> bool:
    """Whether the three dots that close the sentence ending at `end` are followed, on the same line, by
    another sentence: some outlets run a report's sentences together with dots, and a sentence so closed
    is whole; a teaser or a comment cut off ends its line."""
    return _SENTENCE_FOLLOWS.match(text, end) is not None


# --- one side's case, and what had happened before the story's time ----------------------------------------
#
# A trial or a lawsuit is reported with a summary of what each side holds: "Prosecutors say the doctor's
# negligence caused the death", "The defence argued the patient took the drug himself", "The lawsuit alleges
# the promoter ignored warnings". Told by the side as a whole, with no day, such a sentence states a position
# held through the case, not remarks made on an occasion; the day's steps (a charge filed, a ruling, a named
# lawyer's words to reporters) are told otherwise.

# The side, as the sentence's subject: prosecutors, the prosecution or the defence (as a team), someone's
# lawyers, or the suit itself (a named lawyer, "defence lawyer Jane Roe", speaks on the record: left alone)
_OWNER = r"(?:(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[\w.’'-]+['’]s?\s+|(?:his|her|their|its)\s+)"
_CASE_SIDE = (
    r"(?:(?:the\s+)?(?:prosecutors|prosecution(?:\s+team)?|defen[cs]e(?:\s+team)?)"
    rf"|{_OWNER}?(?:defen[cs]e\s+)?(?:lawyers|attorneys|legal\s+team)"
    r"|(?:lawyers|attorneys)\s+for\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,3}?[\w.’'-]+"
    rf"|(?:the\s+|{_OWNER})(?:law)?suit|the\s+complaint)"
)
# What the side holds: a verb of contention (in the present, the simple past or the perfect)
_CASE_VERB = (
    r"(?:also\s+)?(?:(?:have|had|has)\s+(?:long\s+)?)?(?:says?|said|claims?|claimed|argues?|argued|alleges?"
    r"|alleged|contends?|contended|maintains?|maintained|insists?|insisted|objected)"
)
_CASE_ARGUED = compile_gated(
    rf"^(?:(?:but|and|yet)\s+)?{_CASE_SIDE}(?:\s+(?:at|in)\s+[^,;:“”\"]{{3,60}}?)?\s+{_CASE_VERB}\b(?P<held>.*)$",
    re.IGNORECASE,
)
# What is still to be done is no position but news of the day: "Prosecutors said they would appeal"
_STEP_AHEAD = re.compile(
    r"\b(?:will|would|shall|plans?|planned|intends?|intended|expects?|expected|to\s+(?:appeal|seek|file|ask|call"
    r"|challenge|drop|request))\b",
    re.IGNORECASE,
)


def case_argued(text: str) -> bool:
    """A sentence whose main clause is one side's case in a trial or a lawsuit, held by the side as a whole
    ("Prosecutors say his negligence caused the death", "The defence argued the patient took the drug
    himself", "The lawsuit alleges the promoter ignored the warnings"): a standing position, the case as
    it stands, not remarks of a day. What the side will do next ("Prosecutors said they would appeal") is
    news and is left alone; the caller keeps sentences that carry a date."""
    found = _CASE_ARGUED.match(text)
    return found is not None and _STEP_AHEAD.search(found.group("held")) is None


# The main clause in the past perfect, straight after its subject: "A federal court had struck down the
# earlier rules", "The firm had hoped to start the trial run": what had happened before the story's time
_EARLIER_DONE = compile_gated(
    r"^(?:(?:but|and|yet)\s+)?(?P<subject>(?:[\w’'.&-]+\s+){0,7}[\w’'.&-]+)(?:,[^,;:“”\"]{1,80},)?\s+had\s+"
    r"(?:already\s+|also\s+|not\s+|never\s+|earlier\s+|\w+ly\s+)?"
    # (a participle: "had only bruises" tells what they had, no earlier deed)
    rf"(?P<verb>[a-z]{{2,}}ed|{alternatives(IRREGULAR_PARTICIPLES)})\b(?P<rest>.*)$",
)
# Another main clause joined on ("The firm had hoped to test the boom, but rough seas kept the ship in port")
# tells the news the background sets up
_ANOTHER_MAIN_CLAUSE = re.compile(r",\s+(?:but|yet|and|while|whereas)\s|;", re.IGNORECASE)
# (the verbs of saying are remarks, which the reader of speech weighs: "The ministry had announced ...";
# a case argued before, "The firm had argued the suit should be thrown out", is a position held, and left in)
_SAYING = re.compile(
    r"(?:said|told|announced|stated|warned|denied|confirmed|reported|added|explained|promised|pledged|vowed"
    r"|urged|called|asked|agreed|admitted|acknowledged|suggested|predicted|estimated)"
)
_SUBJECT_OPENS_CLAUSE = re.compile(
    r"\b(?:if|when|after|before|since|until|once|as|because|though|although|while|who|which|that|what|whether"
    r"|by\s+the\s+time)\b"
    # (a phrase of time or place before the subject: "By then the crews had ...", "In May the firm had ...")
    r"|^(?:by|in|on|at|during|within|then|earlier|later|already|still|until|after|before|over|since|for|from"
    r"|there|here|it)\b",
    re.IGNORECASE,
)


def earlier_done_at(text: str) -> int:
    """A sentence whose main clause is told in the past perfect with no opening before its subject ("A
    federal court had struck down earlier rules as too broad", "The firm had hoped to test the boom"): what
    had happened before the story's time. With no date in it (the caller asks), the text gives no way to
    date it, and such background is no event of its own. A clause of time before it ("By then the crews had
    ...", "When police arrived, the men had fled") is another sentence shape and is left alone. Returns where
    the verb after "had" starts, or -1: a verb of saying after it ("..., saying they were too broad") is the
    same subject's, and the caller compares the two."""
    found = _EARLIER_DONE.match(text)
    if (
        found is None
        or _SUBJECT_OPENS_CLAUSE.search(found.group("subject")) is not None
        or _SAYING.fullmatch(found.group("verb")) is not None
        or _ANOTHER_MAIN_CLAUSE.search(found.group("rest")) is not None
    ):
        return -1
    return found.start("verb")


# Reports that nobody is said to have made, as the subject of a verb of saying: "Recent reports have
# suggested the damage was overstated", "Unconfirmed reports say the minister has resigned" ("There were
# reports of looting" tells the happening, and is left alone)
_UNATTRIBUTED_REPORTS = re.compile(
    r"^(?:(?:but|and|yet|however),?\s+)?(?:(?:(?:recent|unconfirmed|some|other|earlier|initial|conflicting|several"
    r"|many|local|media|press|news)\s+){1,2}reports"
    # ... or studies nobody names: "Studies show that most searches ...", "Previous research has found ..."
    r"|(?:(?:recent|previous|earlier|some|other|several|many|scientific)\s+)?(?:studies|research))\s+"
    r"(?:have\s+|had\s+|has\s+)?(?:also\s+)?(?:suggested|suggests?|said|say|indicated|indicates?|claimed|claim"
    r"|alleged|allege|shows?|shown|found|finds)\b",
    re.IGNORECASE,
)


def unattributed_reports(text: str) -> bool:
    """A sentence whose subject is reports that nobody is said to have made ("Recent reports have suggested
    the damage was overstated"): hearsay with no source, which a briefing does not list; the caller keeps
    such a sentence when it carries a date."""
    return _UNATTRIBUTED_REPORTS.match(text) is not None


# The writer's reading of what happened, as the main clause: "The lawsuit is another example of the
# strained relations between them", "There were signs of a split between the partners" (what the reading
# rests on is told elsewhere, as its own happening)
_WRITERS_READING = compile_gated(
    r"\b(?:is|was|are|were)\s+(?:just\s+|only\s+|merely\s+)?(?:yet\s+)?another\s+(?:example|illustration|reminder"
    r"|instance|case|sign|symptom)\s+of\b"
    # ("The high toll was a consequence of years of war": why something was so)
    r"|\b(?:is|was|are|were)\s+(?:largely\s+|partly\s+|mainly\s+)?(?:a|the)\s+(?:direct\s+)?consequence\s+of\b"
    rf"|{_OPENING}there\s+(?:were|are|have\s+been|had\s+been)\s+(?:growing\s+|clear\s+|new\s+|some\s+|early\s+"
    r"|further\s+|increasing\s+)?signs\s+(?:of|that)\b"
    # ("The new estimates spelled further bad news for the firm": what the news means for someone)
    r"|\bspell(?:s|ed|t)?\s+(?:further\s+|more\s+|yet\s+more\s+|real\s+)?(?:bad\s+|good\s+)?(?:news|trouble|doom"
    r"|disaster)\s+for\b"
    # ("Yesterday's suit had been long expected": how it was awaited, the suit told elsewhere)
    r"|\b(?:had|has|have)\s+(?:long\s+been|been\s+long)\s+(?:expected|awaited|anticipated)\b"
    # ("The ruling should be a wake-up call for landlords": what something will mean to someone; "could" and
    # "may" are guesses of their own)
    r"|\b(?:should|will|would|must)\s+(?:also\s+|surely\s+)?(?:be|serve\s+as|prove)\s+(?:a|an)\s+(?:\w+\s+)?"
    r"(?:wake-up\s+call|warning|lesson|reminder|boost|blow|relief|setback|test|turning\s+point|game[\s-]changer"
    r"|headache|embarrassment)\b",
    re.IGNORECASE,
)


# The story told up to what has not yet happened: "After six weeks the trial was about to reach its climax"
_NOT_YET = re.compile(
    r"^(?:after\s+[^,;:]{3,40}?\s+)?(?:the|an?)\s+(?:[\w’',-]+\s+){0,10}?(?:was|were)\s+(?:just\s+)?(?:about\s+to"
    r"|on\s+the\s+verge\s+of)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
# ("The ferry was about to leave when the fire broke out": the happening is the clause after)
_WHAT_BEFELL = re.compile(r"\b(?:when|as|before|until|but)\b", re.IGNORECASE)


# How often a kind of thing happens, in the present: "Such recalls of a whole fleet are extremely rare",
# "Floods are common in the delta", "It is unusual for the court to sit on a Sunday": a general statement
# about a kind, which names no happening of its own
_HOW_OFTEN = compile_gated(
    rf"{_OPENING}(?:it\s+is\s+(?:still\s+)?(?:\w+ly\s+|very\s+|quite\s+)?(?:rare|common|unusual|uncommon|typical"
    r"|normal|standard|routine)\s+(?:for|to)\b|(?P<subject>(?:[\w’'-]+\s+){1,12}?)(?:are|is)\s+(?:still\s+)?"
    r"(?:\w+ly\s+|very\s+|quite\s+)?(?:rare|common|unusual|uncommon|commonplace|typical|routine|widespread"
    # (the adjective ends the clause or takes a place or a time: "common ground" is a noun's)
    r"|frequent)(?=\s*[,.;]|\s*$|\s+(?:in|on|at|among|across|during|around|throughout|nowadays|now|these"
    r"|enough|and|but|except|outside|for|to|when|where|if)\b))",
    re.IGNORECASE,
)


def how_often(text: str) -> bool:
    """Whether a sentence's main clause says how often a kind of thing happens, in the present ("Such
    recalls of a whole fleet are extremely rare", "It is unusual for the court to sit on a Sunday"): a
    general statement, no happening. A main clause joined after it with an act of its own ("Floods are
    common in the delta, but on Monday one killed 12 people") is the news, and the sentence stays."""
    found = _HOW_OFTEN.match(text)
    if found is None:
        return False
    if found.group("subject") is not None and not _only_a_subject(found.group("subject")):
        return False
    joined = _ANOTHER_MAIN_CLAUSE.search(text, found.end())
    return joined is None or _DONE_ONCE.search(text, joined.end()) is None


def writers_reading(text: str) -> bool:
    """A sentence whose main clause is the writer's reading of the story ("The lawsuit is another example of
    the strained relations between them", "There were signs of a split between the partners last night",
    "The high toll was a consequence of years of war", "The estimates spelled bad news for the firm", "The
    suit had long been expected", how often a kind of thing happens: `how_often`) or tells it up to what
    has not yet happened ("After six weeks the trial was about to reach its climax"): analysis or
    narrative, not a happening."""
    if _WRITERS_READING.search(text) is not None or how_often(text):
        return True
    found = _NOT_YET.match(text)
    return found is not None and _WHAT_BEFELL.search(found.group("rest")) is None


# A happening told as reported before: "As previously reported by The Post, lobbyists working for the firm
# include ...", "As first reported in March, ..."
_TOLD_BEFORE = re.compile(
    r"^(?:(?:but|and)\s+)?as\s+(?:previously|earlier|first|already|widely)\s+reported\b", re.IGNORECASE
)


def told_before(text: str) -> bool:
    """A sentence that opens by saying what it tells was reported before ("As previously reported by The
    Post, ..."): background to the day's news; the caller keeps such a sentence when it carries a date."""
    return _TOLD_BEFORE.match(text) is not None


# A happening told at a time the report has already named: "At the time, the agency said the ferry was
# safe", "the port bore the brunt on that occasion" (not "at the time of the crash", which names the
# happening it is dated by, nor "at the time that it takes", a length of time)
_THAT_TIME = ScannedPattern(
    r"\b(?:at\s+(?:the|that)\s+time|on\s+that\s+occasion)\b(?!\s+(?:of|that)\b)", re.IGNORECASE
)


def at_that_time(text: str) -> bool:
    """A sentence that tells what happened "at the time" or "on that occasion": a happening of an earlier
    time the report has told of, looked back on (what a company said then, what a storm did then), never
    news of the report's own day; the caller keeps such a sentence when it carries a date."""
    return _THAT_TIME.search(text) is not None


# An open question that a subject is asking, as the main clause: "Villagers are asking whether the levee
# will hold", "Investors were wondering how long the fund could last" (a request, "asked the exchange to
# suspend dealing", is an act, and names no question word)
_OPEN_QUESTION_ASKED = re.compile(
    r"^(?:(?:but|and|yet|so|now|meanwhile|still|instead),?\s+)?(?P<subject>[^,;:“”\"]{2,80}?)\s+(?:is|are|was|were)"
    r"\s+(?:\w+ly\s+|also\s+|now\s+|still\s+|already\s+|left\s+)?(?:asking|wondering|questioning|pondering)"
    r"\s+(?:themselves\s+|himself\s+|herself\s+|itself\s+|aloud\s+|openly\s+)?(?:whether|if|how|why|what|when)\b",
    re.IGNORECASE,
)
# Words that open a clause or carry a verb of their own: the words before "are asking" are no bare subject
_NOT_A_BARE_SUBJECT = re.compile(
    r"\b(?:that|which|who|whom|whose|if|when|whether|as|because|after|before|while|said|says|told)\b",
    re.IGNORECASE,
)


def open_question_asked(text: str) -> bool:
    """A sentence whose main clause is a question that people are asking themselves ("Villagers and aid
    groups are asking whether the levee will hold"): a mood of the story, not a happening in it. The
    caller keeps such a sentence when it carries a date."""
    found = _OPEN_QUESTION_ASKED.match(text)
    return found is not None and _NOT_A_BARE_SUBJECT.search(found.group("subject")) is None


# Hearsay in the passive, with no source: "The singer is said to have raised $2m", "The pair are believed to
# have met in 2019" ("is alleged to have", a charge, and "is expected to", a plan, are other shapes)
_SAID_TO_HAVE = re.compile(
    r"^(?P<subject>[^,;:“”\"]{2,80}?)\s+(?:is|are|was|were)\s+(?:also\s+|now\s+|widely\s+|still\s+)?(?:said"
    # ("are believed to have died" tells a toll, and is left alone)
    r"|rumou?red|reputed)\s+to\s+(?:have|be)\b",
    re.IGNORECASE,
)


def said_to_have(text: str) -> bool:
    """A sentence whose main clause is what is said or believed of someone, with nobody named to say so
    ("The singer is said to have raised $2m for the charity"): hearsay, which a briefing does not list. A
    sentence with a speaker of its own ("..., police said") is attributed, and the caller keeps it."""
    found = _SAID_TO_HAVE.match(text)
    return (
        found is not None
        and _NOT_A_BARE_SUBJECT.search(found.group("subject")) is None
        and _VERB_BEFORE_HEARSAY.search(found.group("subject")) is None
        and _SOURCE_NAMED_AFTER.search(text, found.end()) is None
    )


# ("Ms Roe has been asked to testify and is said to be weighing it": a verb of its own before the hearsay
# makes that the main clause, a happening the hearsay only adds to)
_VERB_BEFORE_HEARSAY = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|can|could|did|does|do)\b", re.IGNORECASE
)


# A source that the rest of the sentence names: "..., police said", "according to the agency"
_SOURCE_NAMED_AFTER = re.compile(r"\b(?:said|says|say|told|according\s+to|reported|reports)\b", re.IGNORECASE)


# Reports with no source that the report does not stand by, as the attribution: "according to unconfirmed
# reports", "according to some local media reports" (not "according to reports in the Herald": named)
_ACCORDING_TO_REPORTS = re.compile(
    # (the attribution opens the sentence or closes it, and so covers all it tells: "The barges went back to
    # work, and according to reports no checks were made" tells the return on its own)
    # (bare "according to media reports" passes on news the report stands by: "Three students were diagnosed
    # with the virus, according to local reports"; only reports it calls unconfirmed or partial are hearsay)
    r"(?:^|,\s+)according\s+to\s+(?:(?:local|media|press|news|early|initial|recent)\s+){0,2}(?:some|unconfirmed"
    r"|unverified|conflicting|anecdotal)\s+(?:(?:local|media|press|news|early|initial|recent)\s+){0,2}reports"
    r"(?:,\s+(?!and\b|but\b)|\s*[.!]?\s*$)",
    re.IGNORECASE,
)


def according_to_reports(text: str) -> bool:
    """A sentence attributed to reports that nobody names and the writer calls unconfirmed or partial ("The
    company sold its stake, according to unconfirmed reports"): hearsay; the caller keeps such a sentence when
    it carries a date."""
    return _ACCORDING_TO_REPORTS.search(text) is not None


# Sources nobody names, foretelling: "Police sources said the inquiry would widen", "Sources close to the
# board say the chief could step down" (what such sources say was done is news, and is left alone)
_SOURCES_FORETELL = re.compile(
    r"^(?:(?:but|and|yet|meanwhile|however),?\s+)?(?:(?:unnamed|anonymous|senior|informed|other|some|several|two"
    r"|three|official|government|police|security|military|diplomatic|industry|intelligence|party|local|western)\s+)"
    r"{0,3}sources(?:\s+close\s+to\s+(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3})?\s+(?:have\s+|had\s+|also\s+)?"
    r"(?:said|say|says|told|suggested|suggest|indicated|indicate)\b(?P<rest>[^;]*)$",
    re.IGNORECASE,
)
# ... with the modal as the verb of what is said, right after its subject ("Sources say the firm told the
# crew to leave, something that would have taken hours" tells a deed; "would have" looks back)
_MODAL_AHEAD = re.compile(
    r"^,?\s+(?:that\s+)?(?:[\w’'.-]+\s+){1,6}?(?:would|could|might|may|will|is\s+likely\s+to|are\s+likely\s+to"
    r"|was\s+likely\s+to)\s+(?!have\b)",
    re.IGNORECASE,
)


def sources_foretell(text: str) -> bool:
    """A sentence in which sources nobody names say what will or could come ("Police sources said the
    inquiry would widen"): a guess passed on, not a happening; the caller keeps such a sentence when it
    carries a date (a plan with its day)."""
    found = _SOURCES_FORETELL.match(text)
    return found is not None and _MODAL_AHEAD.match(found.group("rest")) is not None


# Analysts' own figures and ratings, as the main clause: "Analysts at Norbank put the cost at $4bn",
# "Economists estimated the loss could reach 2%", "Brokerage analysts kept a 'buy' rating on the shares"
_ANALYSTS_ESTIMATE = re.compile(
    # (only a phrase of time or place may open it: "BP told the City it had spent $450m, but some analysts put
    # the bill at $23bn" tells the party's own figure first)
    r"^(?:(?:but|and|yet|so|meanwhile|still),?\s+)?(?:(?:on|in|at|by|after|last|earlier|this|since)\s[^,;:]{0,60},\s+)?"
    r"(?P<who>(?:[\w&.’'-]+\s+){0,4}?(?:analysts|economists|strategists)"
    # ("Analysts at Norbank put the cost at $4bn": an outside firm; "analysts at the bank", the party's own
    # staff, give its figure)
    r"(?:\s+at\s+(?!(?:the|its|their|his|her)\b)(?:[\w&.’'-]+\s+){1,4}?)?)\s*"
    r"(?:\w+ly\s+|also\s+|now\s+|have\s+|had\s+)?(?:put|puts|estimated|estimate|estimates|reckoned"
    r"|reckon|forecast|forecasts|calculated|calculate|valued|value|maintained|maintain|kept|keep|reiterated|see|sees"
    r"|expect|expects|expected)\b",
    re.IGNORECASE,
)
# ... or unnamed analysts, with no firm, saying what they think: "One City analyst told the BBC the fears made
# no sense", "Most economists said the slump would last" (a firm's analysts, "analysts at the central bank
# said", may speak for it, and are left to the reading of remarks; "The Economist", a paper, is a name)
_UNNAMED_ANALYSTS_SAY = re.compile(
    r"^(?:(?:but|and|yet|so|meanwhile|still|however),?\s+)?(?:(?:some|many|most|several|other|one|an|another|two"
    r"|three)\s+)?(?:[\w&.’'-]+\s+){0,2}?(?-i:analysts?|economists?|strategists?)\s+(?:\w+ly\s+|also\s+|have\s+|has\s+)?"
    r"(?:said|say|says|told|warned|noted|added|calculated|estimated|reckoned|argued)\b",
    re.IGNORECASE,
)
# ... or closing a sentence as its only source, unnamed: "..., analysts said.", "..., some economists say."
_ANALYSTS_SAID = re.compile(
    r",\s+(?:some\s+|many\s+|most\s+|other\s+|several\s+)?(?:[a-z]+\s+){0,2}(?:analysts|economists|strategists)"
    r"(?:\s+and\s+(?:traders|investors|bankers))?\s+(?:have\s+)?(?:said|say|says|noted|note|added|reckoned|reckon"
    r"|warned|warn)\s*[.!]?\s*$"
)


_JOINED = re.compile(r"\b(?:but|and|yet|while|whereas)\b", re.IGNORECASE)

# Ordinary people counted as a crowd, and how they feel as the main clause, whoever tells it: "Residents fear
# the plant will never reopen, said the mayor", "Many parents felt the school had been too slow". A mood of
# the story, no happening. Only feelings count: what a crowd believes it saw ("Passengers believe the ferry
# hit a rock") is a witness's account, and "Residents felt the tremor" a happening felt
_CROWD_FEELS = re.compile(
    r"^(?:(?:but|and|yet|so|meanwhile|still|now),?\s+)?(?:(?:many|some|most|other|local|the)\s+)?(?:[a-z]+\s+)?"
    r"(?:residents|locals|villagers|townspeople|islanders|parents|families|neighbou?rs|fishermen|farmers|shoppers"
    r"|commuters|customers|tourists|fans|homeowners|tenants|businesses|shopkeepers)\s+(?:\w+ly\s+|also\s+|still\s+"
    r"|now\s+)?(?:fear|fears|feared|worry|worried|hope|hoped|complain|complained|dread|dreaded|despair|despaired"
    r"|(?:are|were)\s+(?:growing\s+|becoming\s+|getting\s+)?(?:\w+ly\s+)?(?:angry|worried|concerned|frustrated|afraid"
    r"|anxious|scared|fearful|nervous|uneasy|desperate|furious|bitter|resentful|sceptical|skeptical)"
    r"|(?:feel|felt)\s+(?:that\b|like\b|as\s+if\b|(?:\w+ly\s+)?(?:abandoned|betrayed|ignored|forgotten|neglected|let"
    r"\s+down|helpless|powerless|cheated|angry|frustrated|safe|unsafe)\b|the\s+(?:[\w’'-]+\s+){1,5}?(?:had|was|were|is"
    r"|are|should|would|could|will)\b))(?!\s+(?:dead|killed|missing)\b)",
    re.IGNORECASE,
)

# A clause with a subject and a verb of its own after the feeling, joined by a conjunction: what the crowd
# feels about is a happening told ("Residents were angry after the council closed the clinic on Monday")
_CLAUSE_AFTER_FEELING = re.compile(
    r"\b(?:after|when|as|because|since|that)\s+(?:[\w’'-]+\s+){1,5}?(?:is|are|was|were|has|have|had|will|would"
    rf"|\w{{2,}}ed|{alternatives(IRREGULAR_PAST)})\b",
    re.IGNORECASE,
)


def crowd_feeling_only(text: str) -> bool:
    """Whether a sentence's main clause is only how a crowd of ordinary people feels ("Residents fear the
    plant will never reopen, said the mayor", "Many parents felt let down"), whoever tells it: a mood of
    the story, no happening. Not when a clause of its own tells what they feel about ("Fans were furious
    after the club sacked its coach on Sunday"): that is the news."""
    found = _CROWD_FEELS.match(text.strip())
    return found is not None and _CLAUSE_AFTER_FEELING.search(text.strip(), found.end()) is None


def analysts_estimate(text: str) -> bool:
    """A sentence whose main clause is analysts' own figure, forecast or rating ("Analysts at Norbank put the
    cost at $4bn"), or that unnamed analysts close as its source ("The firm's reputation is likely to mean
    more scrutiny, analysts said"): commentary by people with no part in the story. What analysts say a
    party did, "said on Monday", stays with the caller's reading of remarks."""
    found = _ANALYSTS_ESTIMATE.match(text)
    if (
        found is not None
        and _NOT_A_BARE_SUBJECT.search(found.group("who")) is None
        and not _JOINED.search(found.group("who"))
    ):
        return True
    said = _UNNAMED_ANALYSTS_SAY.match(text)
    if said is not None and not _JOINED.search(said.group()):
        return True
    return _ANALYSTS_SAID.search(text) is not None
