"""An act a report tells, and the remarks in which its doer tells the same act again, of one day.

A report often gives a deed in its own words and then in the words of the one who did it: "Norvik agreed
on Tuesday to sell its Lisbon terminal" and "The terminal sale will close in March, Norvik said". The two
sentences are typed apart (a deal, remarks) and so are kept apart by the pass, yet they are one happening.
What makes them one is all three of: one day, the speaker among the act's doers, and the thing done named
in both (two words of the clause's own, not names, days or the words every sentence has). What keeps them
two: a figure in each and none shared ("sold 4,000 tonnes" and "expects 9,000 tonnes next year"), a claim
or a denial (an event of its own), or remarks by anyone but the doer.

Another voice telling the same act of the same day is one more source of it, not a happening of its own
(`restated_by_another_voice`): "Rebels shelled the port on Monday" and "The mayor said Monday's shelling
of the port wrecked the pier". A voice that is not the doer may be only near the act, so more must show
that its words tell the act again: the act's verb among three words of the act's own clause, or a figure
of the act; remarks whose subject is the act's noun ("Monday's shelling of the port ...") must give a
figure of it, and never judge it or tell what it will do ("... was a crime", "... would ruin the town"):
those are the voice's own news. The bars on a doer's remarks hold for it too, and remarks dated only by
the report's day must meet an act it dates.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from events.extract.mentions import Mention

# Words too common in news prose to name what was done: function words, saying, time and counting words.
_COMMON = frozenset(
    (
        "that this with from have been were their they them said says will would could should about after "
        "before which while there these those into over also than more other such only some when where "
        "what being told added according statement spokesman spokeswoman spokesperson officials official "
        "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow morning "
        "afternoon evening night week weeks month months year years days time times first last next "
        "january february march april june july august september october november december percent "
        "cent million billion people because between under still just even made make making much many "
        "most very well like does done including since until against among across around"
    ).split()
)
# Shared words the two must have at least: one may be chance ("plans"), two name one deed and its object.
SHARED_WORDS = 2


_SUFFIXES = ("ing", "ed", "es", "s")
# Remarks that deny or regret are the doer's case on the act, not the act told again: "the move was not
# premature", "she did not regret the visit" (the report tells them as news of their own)
_NEGATED = re.compile(r"\b(?:not|never|no|nothing|[a-z]+n[’']t)\b", re.IGNORECASE)


def _stem(word: str) -> str:
    # ("waiving", "waived", "waive" -> "waiv"; "tankers" -> "tanker")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


@functools.lru_cache(maxsize=65_536)
def content_words(text: str) -> frozenset[str]:
    """The words of a sentence written in lower case (so no names), of four letters or more, stemmed,
    but the common ones: "The terminal sales will close on Monday" -> {"terminal", "sale", "clos"}."""
    words = re.findall(r"(?<![A-Za-z’'-])[a-z]{4,}(?![A-Za-z])", text)
    return frozenset(_stem(w) for w in words if w not in _COMMON)


def _figures(mentions: Sequence[Mention]) -> set[str]:
    # ("$20bn" and "$20 billion" are read as 20 and 20,000,000,000: compared by significant digits)
    return {f"{f.value:.4e}".split("e")[0] for m in mentions for f in m.figures}


# Quoted words, in curly or straight marks or in the ``...'' form of some feeds (as clusters reads them)
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]|``.*?''")
_WORD = re.compile(r"\w+")


def _voiced_by_name(m: Mention) -> bool:
    # "Norvik said", not "He said": a pronoun may have been read as another voice than the one meant
    unquoted = _QUOTED.sub(" ", m.sentence.text)
    words = set(_WORD.findall(unquoted))
    return any(
        word in words or (not word.isalnum() and word in unquoted)
        for word in m.speaker.split()
        if word[:1].isupper()
    )


# Remarks that tell a further deed beside the act ("We are also buying a terminal in Bergen", "another
# sale", "bought one too"): a second happening of the same doer, whatever words they share
_FURTHER_DEED = re.compile(r"\b(?:also|another|too|as\s+well)\b", re.IGNORECASE)
# The act's verb in its clause: after "to" ("agreed to sell"), or a past or a participle in -ed or -ing
_ACT_VERB = re.compile(r"\bto\s+([a-z]{3,})\b|\b([a-z]{3,}(?:ed|ing))\b")
# Verbs whose noun is not built on their stem ("sell" -> "sale"), and irregular pasts of deals
_NOUN_OF_VERB = {"sell": "sale", "sold": "sale", "buy": "purchase", "bought": "purchase", "lost": "loss"}


def _names_the_act(act_clause: str, said: frozenset[str]) -> bool:
    """Whether words of the remarks (`said`, stemmed) name the act's verb or its noun: "agreed to sell" and
    "the sale will close", "approved the plan" and "its approval"."""
    for found in _ACT_VERB.finditer(act_clause):
        verb = found.group(1) or found.group(2)
        if verb in _COMMON:
            continue
        forms = {_stem(verb)[:4], _stem(_NOUN_OF_VERB.get(verb, verb))[:4]}
        if any(word[:4] in forms for word in said):
            return True
    return False


_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen"
).split()
# A number and the plural it counts, with up to two words between: "twelve seal deaths", "88 dead otters"
# (a year is no count: "2012 graduates")
_NUMERAL = rf"(?!(?:19|20)\d\d\b)(?:\d[\d,]*(?:\.\d+)?|{'|'.join(_NUMBER_WORDS)})"
_COUNT = re.compile(rf"\b{_NUMERAL}(?:-[a-z]+)?" r"\s+((?:[a-z’'-]+\s+){0,2}?[a-z]+s)\b")
# Words that count a toll of any kind: what is counted is the word beside them ("seal deaths")
_TOLL_WORDS = frozenset("death dead case victim bodi body casualti injur wound sick".split())
# Measures, not things counted: "40 miles from the coast", "5,000 barrels a day" (stemmed)
_MEASURES = frozenset(
    _stem(word)
    for word in (
        "miles kilometres kilometers metres meters feet inches acres hectares tonnes tons barrels gallons "
        "litres liters pounds dollars euros points hours minutes seconds degrees knots"
    ).split()
)


def _counted(m: Mention) -> frozenset[str]:
    """The words of what the remarks' clause counts, but words of a toll of any kind: "Twelve seal deaths
    were logged" -> {"seal"}."""
    phrases = [p for p in _COUNT.findall(m.clause.lower()) if _stem(p.split()[-1]) not in _MEASURES]
    return frozenset(w for p in phrases for w in content_words(p) if w not in _TOLL_WORDS)


def _counts_another_thing(act: Sequence[Mention], remarks: Sequence[Mention]) -> bool:
    # remarks that count a thing the act never names tell another toll or tally than the act's ("Crews
    # recovered 88 dead otters" and "They also logged twelve seal deaths, Norvik said"), whatever words
    # of the act they share
    named = frozenset().union(*(content_words(a.sentence.text) for a in act))
    return any((counted := _counted(r)) and not counted & named for r in remarks)


# a closing quotation mark and the words after it, which tell who said it and how
_AFTER_THE_QUOTE = re.compile(r"[,.?!][”\"]\s+(?P<frame>[^“”\"]+)$")


def _in_the_frame(remark: Mention) -> bool:
    # a quotation opened in a sentence before leaves its close with the frame alone as its clause ('...
    # repairs," Roe said in a statement released with the audit' -> "released with the audit"): the words
    # of how the remarks were given are not the remarks, and tell the act they came with, not again
    tail = _AFTER_THE_QUOTE.search(remark.sentence.text)
    return tail is not None and remark.clause.strip() in tail.group("frame")


def _own_words(remark: Mention) -> frozenset[str]:
    # the words of the remarks' own clause, but their speaker's; none where the clause tells a further
    # deed or is only the frame of a quotation
    if _FURTHER_DEED.search(remark.clause) or _in_the_frame(remark):
        return frozenset()
    return content_words(remark.clause) - content_words(remark.speaker.lower())


def _told_again(act: Mention, remark: Mention) -> bool:
    # the words of the act's own clause named again in the remarks' own ("The convoy brought a field
    # hospital, and the agency says it plans two more": the convoy is the report's, not the remarks'),
    # the act's verb or its noun among them
    said = _own_words(remark)
    return len(said & content_words(act.clause)) >= SHARED_WORDS and _names_the_act(act.clause, said)


def _done_by(act: Mention, speaker: str) -> bool:
    # the act told again must be the speaker's own: a happening merged before may hold another doer's act
    # ("The owner of the crane sued over the ban" beside the council's own act), whose words the council's
    # remarks on the ban share without telling its act again
    names = {word for word in speaker.split() if word[:1].isupper()} - {"The", "A", "An"}
    own = {word for actor in act.actors for word in actor.split()} | set(
        re.findall(r"[A-Z][\w’'-]*", act.clause)
    )
    return bool(names & own)


# a verb by which a doer's words are told, or judged in words, a few words after the doer's name
_WORDS_OF = r"(?:\w+\s+){0,2}?(?:says|said|criticis\w+|criticiz\w+|condemn\w*|denounc\w+)\b"


def _told_in_words(act: Mention, speaker: str) -> bool:
    # "Ana Roe says the week was a 'disaster'", "Ana Roe criticised the timing": the act is the speaker's
    # words, typed by a topic ('the trial'); remarks beside it are more of the words, no deed told again
    names = [word for word in speaker.split() if word[:1].isupper()]
    unquoted = _QUOTED.sub(" ", act.clause)
    # (the plain look for the name first: a pattern per name, compiled for most, filled re's cache)
    return any(
        name in unquoted and re.search(rf"\b{re.escape(name)}\s+{_WORDS_OF}", unquoted) for name in names
    )


def _of_one_day(act: Sequence[Mention], remarks: Sequence[Mention]) -> bool:
    # one article's act and remarks, each of them dated to one and the same day
    if len({m.article for m in (*act, *remarks)}) != 1:
        return False
    days = {(m.date_start, m.date_end) for m in (*act, *remarks)}
    return len(days) == 1 and all(m.precision == "day" for m in (*act, *remarks))


def restated_by_its_doer(act: Sequence[Mention], remarks: Sequence[Mention]) -> bool:
    """Whether statements (`remarks`, all of one speaker, whom the caller has found among the act's doers)
    tell again the act of the same day told by `act`, all from one article: "Norvik agreed on Tuesday to
    sell its Lisbon terminal" and "The terminal sale will close in March, Norvik said on Tuesday"."""
    if not act or not remarks or any(m.is_speech or m.planned for m in act):
        return False
    if any(m.event_type != "statement" or m.planned or _NEGATED.search(m.clause) for m in remarks):
        return False
    if not _of_one_day(act, remarks):
        return False
    if len({m.speaker for m in remarks}) != 1 or not any(map(_voiced_by_name, remarks)):
        return False
    mine, theirs = _figures(act), _figures(remarks)
    if mine and theirs and not mine & theirs:
        return False
    if _counts_another_thing(act, remarks):
        return False
    speaker = remarks[0].speaker
    if any(_told_in_words(a, speaker) for a in act):
        return False
    return any(_told_again(a, r) for a in act if _done_by(a, speaker) for r in remarks)


# A number in a clause: digits (not a year) or a number word
_NUMBER = re.compile(rf"\b{_NUMERAL}\b", re.IGNORECASE)


def _numbers(mentions: Sequence[Mention]) -> set[str]:
    return {n.lower().replace(",", "") for m in mentions for n in _NUMBER.findall(m.clause)}


def _places(mentions: Sequence[Mention]) -> set[str]:
    return {place for m in mentions for place in (*m.countries, *m.locations)}


def restated_by_another_voice(act: Sequence[Mention], remarks: Sequence[Mention]) -> bool:
    """Whether plain statements (`remarks`) by any voice tell again the act of the same day told by `act`,
    all from one article: "Rescuers pulled 14 miners from the flooded shaft on Tuesday" and "The union's
    leader said on Tuesday the 14 miners pulled from the shaft were well". Figures of each that differ,
    another place, a denial, a claim, a plan, a further deed or words only of the frame keep them apart."""
    if not act or not remarks or any(m.is_speech or m.planned for m in act):
        return False
    # (remarks of a voice: a document's findings told as a statement are a happening of their own)
    if any(
        m.event_type != "statement" or m.planned or not m.speaker or _NEGATED.search(m.clause)
        for m in remarks
    ):
        return False
    # ("Another survey showed ...": one more happening of its kind, which remarks on the first one share
    # words with)
    if any(_FURTHER_DEED.search(m.clause) for m in act):
        return False
    # (a day the act tells or takes from its paragraph: an act dated by the publication alone, "the region
    # has 40 cases", may be of any day before it; remarks so dated are of the day of the report)
    if not _of_one_day(act, remarks) or all(m.date_basis == "publication" for m in act):
        return False
    mine, theirs = _figures(act), _figures(remarks)
    if mine and theirs and not mine & theirs:
        return False
    if _counts_another_thing(act, remarks):
        return False
    # (numbers in each clause and none the same, where no figure was read: "pulled 14 miners" and "the 9
    # miners pulled")
    told, heard = _numbers(act), _numbers(remarks)
    if told and heard and not told & heard:
        return False
    # (remarks of another country or place than the act's tell another happening of its kind: "cases were
    # confirmed in Tarsk" and "the Ruritanian ministry confirmed the country's first case")
    if _places(act) and _places(remarks) and not _places(act) & _places(remarks):
        return False
    speakers = {m.speaker for m in remarks}
    if any(_told_in_words(a, speaker) for a in act for speaker in speakers if speaker):
        return False
    # (each of the remarks: a voice's other words of the day, "The new sites will feed more people", are
    # its own view, which the act would take in with the one that tells it again)
    return all(any(_told_again_by_another(a, r) for a in act) for r in remarks)


# The words of the act's own clause that remarks by a voice other than its doer must name at least, the
# act's verb among them: two ("the shelling of the port") are as often a view of the act's matter
# ("every day we wait we lose the coast") as the act told again
OTHER_VOICE_WORDS = 3


def _told_again_by_another(act: Mention, remark: Mention) -> bool:
    # what the remarks' own clause says must tell the act again, by the act's verb or a figure of the act:
    # "Rebels shelled the port of Kalvik, killing four dockers" and "the mayor said rebels had shelled the
    # port of Kalvik" or "the mayor said the shelling of the port killed four dockers"; the act's noun as
    # the subject of a judgement or an outcome is a view of it ("the shelling of the port was a crime",
    # "would ruin the town", "shows the rebels' weakness"), news of the voice's own
    said = _own_words(remark)
    if not _names_the_act(act.clause, said):
        return False
    shared = said & content_words(act.clause)
    # (a figure both give, read as a figure or written as a number, "71" and "71 such diagnoses"; "one"
    # is as often no count)
    figures = _figures([act]) & _figures([remark]) or (_numbers([act]) & _numbers([remark])) - {"one"}
    opening = _led_by_the_act(act.clause, remark.clause)
    if opening is not None:
        predicate = remark.clause[opening:]
        return len(shared) > 1 and bool(figures) and _JUDGED.search(predicate) is None
    if len(shared) >= OTHER_VOICE_WORDS and _verb_told_again(act.clause, remark.clause):
        return True
    return bool(shared) and bool(figures)


# A judgement or a forecast of the act named as the subject: "was illegal", "is a betrayal", "would raise
# costs", "could cost jobs" (a passive tells the act: "was carried out at dawn")
_JUDGED = re.compile(
    r"\b(?:(?:is|was|are|were|be|been|remains|seems)(?!\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b)"
    r"|would|will|could|may|might|should|must|can)\b"
)


@functools.cache
def _as_a_noun(word: str) -> re.Pattern[str]:
    """A word after a determiner, a noun ("the shelling"): compiled once a word (`_verb_told_again` asks in
    a loop within a loop)."""
    return re.compile(rf"\b(?:the|a|an|its|their|his|her|this|that|[a-z]+[’']s)\s+{re.escape(word)}\b")


def _verb_told_again(act_clause: str, remark_clause: str) -> bool:
    """Whether the remarks' clause tells the act by its verb, not by its noun: "rebels had shelled the
    port" (not "the shelling of the port", "the closure"), for "Rebels shelled the port"."""
    for found in _ACT_VERB.finditer(act_clause):
        verb = found.group(1) or found.group(2)
        if verb in _COMMON:
            continue
        stem = _stem(verb)[:4]
        for told in _ACT_VERB.finditer(remark_clause):
            word = told.group(1) or told.group(2)
            noun = _as_a_noun(word).search(remark_clause)
            if word[:4] == stem and noun is None:
                return True
    return False


# The words opening a clause up to its first word of another sort: "The closure of", "Monday's
# shelling of", "the lowering of the"
_OPENING = re.compile(
    r"^\W*(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[A-Z][\w-]*[’']s)\s+((?:[a-z’'-]+\s+){0,2}[a-z’'-]+)"
)


def _led_by_the_act(act_clause: str, remark_clause: str) -> int | None:
    """Where the noun phrase ends that opens the remarks' clause by naming the act, by its verb or its
    noun ("the agency shut the plant" and "The shutting of the plant ..."), or None when the clause opens
    otherwise."""
    opening = _OPENING.match(remark_clause)
    if opening is None or not _names_the_act(act_clause, content_words(opening.group(1))):
        return None
    return opening.end()
