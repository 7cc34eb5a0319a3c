"""When a mention happened: a sentence's own date, and the date a draft takes from its report.

Within a sentence: `closest_date` picks the date nearest the trigger, passing over an attribution's date,
a duration ("for the rest of this year") and a date that names a thing; the tests beside it tell a deadline
ahead (`deadline_ahead`), the start a change is measured from (`comparison_base`), a date in the subject's
noun phrase (`dates_the_subject`), a since-clause that tells the act itself (`since_dates_the_act`) and a
date inside a later before/until clause or a reported clause, which is that clause's (`in_later_clause`).
`dated_clauses` and `dated_asides` cut a sentence whose clauses each hold a date of their own;
`counted_back`, `since_when_clause`, `counted_since_clause` and `having_done` date what came "a month
after", "since" or "six weeks since" another day; `earlier_time_clause` gives a time clause told in the past
perfect ("... until after the envoy had visited on 3 March") its date, which is not the remarks'.

Across the report: an undated sentence takes the date of its context (`context_date`: the same speaker's
remarks, the paragraph, the scene of the dated sentence just above it, the story of the past it tells, the
lead); a report whose lead tells the news of the day before publication gives that day to its undated acts and
remarks (`story_day`, `lead_day`); a report told in retrospect keeps, for its undated acts told in the simple
past, the day its last dated sentence set (`story_time_carried`); an undated main clause in the past perfect
is of no later day than the one the sentence just above sets, else background (`told_before_its_time`,
`earlier_than_above`); undated remarks in the present, an act under way, a lead in the simple past or a count
told in the present perfect are the report's own news (`news_said`, `progressive_main_clause`, `lead_act`,
`running_count`); an act told as background below the opening is no news of any day (`undated_background`).
events.extract.mentions settles each draft's date with these (`_settle_date`) and makes it a Mention.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence

from events.extract.acts import news_in_remarks, past_deed
from events.extract.background import (
    EXPECTATION,
    FORECAST,
    FORESEEN,
    HYPOTHETICAL,
    PAST_TENSE,
    PERFECT,
    QUOTE_MARK,
    UNREAL,
    chronology_entry,
    definition,
    forecast_as_main_verb,
    scene_without_verb,
    standing_state,
    writers_own_voice,
)
from events.extract.clauses import (
    MIN_CLAUSE_WORDS,
    OPENING_PHRASE,
    first_trigger,
    in_reduced_relative,
    nouns_joined,
    shifted_entity,
    verb_since_opening,
)
from events.extract.corpus import Article, Sentence
from events.extract.dates import (
    DIRECTED_ACT,
    PAPER_AFTER_WEEKDAY,
    RANGE_JOINS,
    RANGE_OPENS,
    DateMention,
    dates_naming_a_time,
    looks_ahead,
)
from events.extract.draft import Draft
from events.extract.entities import (
    SPEECH_VERBS,
    Entity,
    may_be_a_person,
)
from events.extract.happenings import (
    SINCE_COUNTED,
    bare_draft,
    fmt,
    happening_day_then_relative,
    names_a_happening_after_preposition,
    names_a_thing,
    names_a_thing_after_preposition,
)
from events.extract.patterns import compile_gated
from events.extract.quantities import CARDINALS, find_figures
from events.extract.speakers import (
    BYSTANDERS,
    CLOSED_QUOTE,
    CLOSING_VOICE,
    DAILY_LIFE,
    DOCUMENT_NOUNS,
    FINITE_VERB,
    NAME,
    NEWS_OUTLET,
    RELATIVE_ASIDE,
    a_paper,
    quoted_spans,
)
from events.extract.triggers import SPEECH, rx, rx_gated
from events.extract.vocabulary import (
    BARE_TIMETABLE_PARTICIPLES,
    CALENDAR_DAY,
    HAPPENING_NOUNS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    MONTH_NAMES,
    PAST_SAYING_VERBS,
    TIMETABLE_AHEAD,
    UNDOING_PARTICIPLES,
    WEEKDAY_NAMES,
    alternatives,
)

# Verbs that report speech; "North Korea has sent troops, officials said" is then dated by the saying.
# ('"The ruling has shut the industry down," argued a lawyer': the saying is past, whatever is quoted)
REPORTING = rx_gated(rf"\b({alternatives(PAST_SAYING_VERBS)})\b")
# A member of the public, named and described by what they do in daily life, as the subject of an act
BYSTANDER_ACTS = re.compile(
    rf"{NAME},\s+(?:(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{BYSTANDERS}|{DAILY_LIFE}),\s+[a-z]"
)
# ("had been due", "had been slated", "had been planned": a plan made before the time the story tells)
_PLAN_OVERTAKEN = rx(rf"\bhad\s+been\s+({TIMETABLE_AHEAD}|planned|expected)\b")
# Unnamed members of the public as the ones who act, after any scene-setting opening: what they do is the
# story's colour ("In subways and ferry terminals, more people wore masks on Saturday")
UNNAMED_CROWD = rx(
    r"^(?:[^,]{0,60},\s+){0,2}(?:many|more|most|some|few|other)\s+(?:[\w-]+\s+){0,2}?(?:people|residents|families"
    r"|members|fans|shoppers|commuters|passengers|guests|travell?ers|visitors|locals|mourners|onlookers"
    r"|worshippers|tourists|customers|drivers|motorists|pupils|students|parents)\b"
)
# How someone looked or behaved while something happened: "sat impassively as the verdict was read out",
# "wept as the coffin was carried past", "stared at the floor"
DEMEANOUR = rx(
    r"^(?:[\w’'.-]+(?:,\s+\d{1,3},)?\s+){1,5}?(?:\w+ly\s+)?(?:sat|stood|wept|cried|sobbed|smiled|stared"
    r"|nodded|listened|looked\s+on|showed\s+no\s+(?:emotion|reaction)|bowed\s+(?:his|her|their)\s+heads?)\b"
    r"(?:\s+\w+ly)?(?:(?:\s+[\w’'-]+){0,4}?\s+(?:as|while|when|throughout|during|in\s+silence)\b|\s*[.,;]|\s*$)"
)
# ... unless the demeanour is itself a protest or an act ("stood down", "sat in" a protest)
DEMEANOUR_ACT = rx(r"\b(?:stood\s+down|stood\s+aside|sat\s+in\b|sit-in|hunger\s+strike|resign\w*)")
_ATTRIBUTION_DATE = rx(r"\b(report(ed)?|published|article|according\s+to)\b[^.;]{0,40}$")


# The main clause of a lead after an opening clause set apart: "As anger grew in the towns, the company
# began work on a new cap" -> "the company began work on a new cap"
_OPENING_CLAUSE = rx(
    r"^((but|and)\s+)?(as|while|after|when|with|despite|amid|in|on|at)\s[^,;“”\"]{3,120},\s+"
)
_LEAD_VERB = rx(
    r"^(?P<subject>[\w’'.-]+(?:\s+(?!(?:who|which|that|would|could|might|may|will|should|is|are)\b)[\w’'.,-]+){0,8}?)"
    rf"\s+(?:\w+ly\s+)?(?P<verb>[a-z]+ed|{alternatives(IRREGULAR_PAST)}"
    # "A team of rescuers is returning from the island after a week": a lead tells the act under way today
    r"|(?:is|are)\s+(?:now\s+)?(?!(?:being|going|expecting|hoping|planning|considering|facing|waiting|looking"
    r"|wondering|feeling|thinking|bracing|struggling|trying|seeking)\b)[a-z]{3,}ing)\b"
)
MIN_LEAD_WORDS = 8
_LONG_AGO = rx(r"\b(recently|previously|once|formerly|earlier|long\s+ago|years\s+ago|in\s+the\s+past)\b")


def lead_act(sentence: Sentence, entities: list[Entity]) -> Draft | None:
    """An undated lead in the simple past, or in the present of an act under way, is the day's news ("The
    first storm of the season formed in the Caribbean", "As anger grew, the company began work on a new
    cap", "A team of rescuers is returning home"): the act of the report's day."""
    text = sentence.text
    if (
        len(text.split()) < MIN_LEAD_WORDS
        or text[:1] in '"“‘`'
        or HYPOTHETICAL.search(text)
        or forecast_as_main_verb(text)
    ):
        return None
    if _LONG_AGO.search(text):
        return None  # "Scientists recently discovered ...": told as before the report's day
    if writers_own_voice(text, (), ()):
        return None  # "Fears are growing over the harvest": the writer's framing leads, no act does
    opening = _OPENING_CLAUSE.match(text)
    main = text[opening.end() if opening else 0 :]
    found = _LEAD_VERB.match(main)
    # ("The council, through its own newsletter, promptly rejected the claims": an aside set off by two
    # commas stands between the subject and its verb; one comma before the verb ends an opening phrase)
    if (
        found is None
        or UNREAL.search(found.group("subject"))
        or (found.group("subject").endswith(",") and found.group("subject").count(",") < 2)
    ):
        return None
    # ("The agency attempts to put a figure on the losses": "put" after "to" is an infinitive, no past
    # tense; "Stop here, lock the car and take the bus": after "and" it is joined to the verb before, not to a
    # subject)
    if found.group("subject").split()[-1].lower() in ("to", "and", "or"):
        return None
    # ("The measures freeze any assets of those named": a long run before the verb found is no subject of
    # it; a passive lead, "Two miners were killed in a blast", is the day's act like any other)
    if len(found.group("subject").split()) > 6:
        return None
    # a sentence with a verb of saying or a kind of happening was read, and set aside, for what it is;
    # "Singers confirmed to be taking part": a participle, no act
    if SPEECH.search(text) or first_trigger(text) or main[found.end() :].lstrip().startswith("to "):
        return None
    if UNNAMED_CROWD.match(text) or BYSTANDER_ACTS.match(text):
        return None
    if DEMEANOUR.search(text) and not DEMEANOUR_ACT.search(text):
        return None  # "The defendant stared at the floor while the charges were read": colour
    if scene_without_verb(text):
        return None  # "The pile of burned cages sitting six feet high": "burned" describes, a caption
    if standing_state(text) or definition(text):
        return None  # "The campaign's feed has 9,000 followers": "feed" is no verb, and nothing happens
    return dataclasses.replace(
        bare_draft(sentence, entities),
        figures=find_figures(text),
        clause=main[:1].upper() + main[1:].rstrip(" ."),
    )


# An act under way, told in the present progressive: "The miner is drilling a second shaft", "Villagers are
# now leaving the city" (a passive, "Aid is being flown in", is matched so as to be told apart: it names
# nobody who acts). The verb of a state, a wait or an effort that may come to nothing ("is facing", "are
# hoping", "is trying") tells no act.
_UNDER_WAY = rx(
    r"^(?P<subject>[\w’'.-]+(?:\s+(?!(?:who|which|that|whose|is|are|was|were|has|have)\b)[\w’'.-]+){0,7}?)"
    # ("The group, which wants the state to seize the firm's assets, is organising protests": an aside that
    # tells who the subject is)
    r"(?:,\s[^,;:“”\"]{3,100},)?"
    r"\s+(?:(?:also|now|still|already|slowly|quickly)\s+)?(?:is|are)\s+(?:(?:also|now|still|already|slowly"
    r"|quickly|currently)\s+)?"
    # ("Food parcels are being delivered to every village": the place or people work done is done for
    # are named after it; a passive of work done is read whatever follows, `_WORK_DONE` below)
    r"(?:being\s+(?P<passive>[a-z]+(?:ed|en|wn|nt|ld|lt|ght))\b(?!\s+(?:that|whether|if|how)\b)"
    r"|(?!(?:being|going|functioning|operating|showing|facing|waiting|hoping|expecting|planning|considering"
    r"|looking|wondering|feeling|thinking|bracing|struggling|trying|seeking|having|living|sitting|standing"
    r"|lying|remaining|staying"
    r"|suffering|missing|costing|weighing|watching|counting|reeling|grappling|wrestling|battling|fighting"
    r"|growing|rising|falling|mounting|increasing|climbing|awaiting|attempting|running|coming|getting|doing"
    r"|saying|telling|asking|talking"
    r"|speaking|making\s+(?:progress|headway)|working\s+on|taking\s+(?:place|part))\b)"
    # ("are deciding whether it will go ahead", "are moving to cut costs": the outcome is still open; a
    # gathering with its purpose, "Ministers are meeting to discuss the budget" or "meeting for talks", is
    # held all the same, and a journey to a place, "Medics are flying to the islands", is made. Only a
    # place noun or a name counts as where it goes: "heading to its worst defeat", "flying to the rescue",
    # "heading to the polls" go nowhere; `_journey_to_a_place` below asks a name to be a place's)
    r"(?P<verb>[a-z]{2,}ing)\b(?!(?<!meeting)(?<!gathering)(?<!convening)\s+(?:to|for)\b)"
    r"|(?P<journey>flying|heading|travelling|traveling|sailing|streaming|flocking)\s+to\s+"
    r"(?:the\s+(?:[a-z-]+\s+)?(?:islands?|border|scene|region|hospitals?|front\s+line|coast|camps?)\b"
    r"|(?P<where>(?-i:[A-Z]))))"
    r"(?!\s+(?:that|whether|if|how)\b)"
)
# Work done on the scene, told in the passive progressive: what is carried out, tested, cleared or handed
# out there ("Tests are being carried out", "Food parcels are being distributed"). A passive of judging or
# talking ("is being considered", "is being criticised") is no work and names no act; one of sending or
# flying ("Troops are being sent") is a deployment, a kind of its own that "other" would mistype; "treated"
# is care, a chemical's use or a judgement ("treated as arson") alike
_WORK_DONE = rx(
    r"(?:carried\s+out|conducted|tested|screened|monitored|evacuated|rescued|distributed|delivered"
    r"|handed\s+out|built|cleared|removed|repaired|searched|questioned|interviewed|vaccinated"
    r"|relocated|rehoused)\b"
)
_PRONOUN_SUBJECT = rx(r"he|she|it|they|this|these|those")
# a subject that compares counts: "More pupils are being screened", "a growing number of homes"
_TREND_SUBJECT = rx(r"(?:more|fewer|less|ever\s+more|an?\s+(?:growing|rising|increasing|record)\s+number)\b")
_THAN_EVER = rx(r"\bthan\s+(?:ever|before)\b")
# a noun ending in -ing, not a participle: "are nothing new", "is something else", "is morning"
_ING_NOUN = rx(r"\w*thing|morning|evening|during")


# Words that make the subject no actor of the report: a clause of its own ("Roe looks at how the internet
# is reshaping ..."), examples of a kind ("Countries like China"), or a speaker's own voice ("Salazar and I")
_NO_ACTOR_SUBJECT = rx(
    r"\b(how|what|when|where|why|whether|if|as|because|while|like|such\s+as|i|we|you|my|our|your)\b"
)


# Bodies that act as one, besides the institutions of state and business: "the umbrella group", "the charity"
_BODY = rx(
    r"\b(group|charity|charities|coalition|alliance|party|federation|league|network|foundation|institute"
    r"|committee|board|panel|administration|team|crews?|rescuers|inspectors|investigators|prosecutors"
    # ("Gulf states are preparing to hold a summit", "Member states are to send police": states as a group)
    r"|states)\b"
)


# "Meanwhile, crews are drilling ...": a linking word and its comma open the sentence, not its subject
_LINKING_OPENING = rx(
    r"^(meanwhile|however|separately|elsewhere|also|now|in\s+addition|at\s+the\s+same\s+time),\s+"
    # "Struggling to show control of the strike, the council is ...": a participle phrase that
    # tells the subject's state
    r"|^[a-z]+ing\s[^,;:“”\"]{3,120},\s+"
)


_PLACE_PREPOSITION = rx(
    r"\b(in|at|from|across|throughout|near|outside|inside|on|for|with|to|into|around|by)\s+(the\s+)?$"
)


def _named_in_subject(sentence: Sentence, entities: Sequence[Entity], start: int, end: int) -> list[Entity]:
    """The actors and countries named in a clause's subject, between `start` and `end` (offsets in the
    sentence) -- not a place after a preposition ("Around 300 people in the UK are awaiting ...", "Tom Roe
    from Canada is researching ...": where the subject is, not who acts), nor a news outlet ("The
    broadcaster is now spreading misinformation": its doings told in the present are a reader's view of the
    coverage, not the news)."""
    return [
        e
        for e in entities
        if e.kind in ("actor", "country")
        and start <= e.start - sentence.start
        and e.end - sentence.start <= end
        and not _PLACE_PREPOSITION.search(sentence.text[: e.start - sentence.start])
        and e.role != NEWS_OUTLET
    ]


def _journey_to_a_place(sentence: Sentence, entities: Sequence[Entity], at: int) -> bool:
    """Whether the capitalised word at `at` (an offset in the sentence) opens a place or a country the
    entity finder knows: "flying to Lanzo" goes somewhere, "heading to Labour's heartlands" may not."""
    return any(e.kind in ("place", "country") and e.start - sentence.start == at for e in entities)


def progressive_main_clause(sentence: Sentence, entities: list[Entity]) -> str | None:
    """The main clause of a sentence that tells, in the present progressive, an act under way by a named
    subject ("The army is evacuating the flooded villages", "Regulators are investigating the bank's
    accounts"), or None. News copy tells what is happening now in that tense, wherever in the report it
    comes: the act is the news of the report's day, not a standing fact."""
    text = sentence.text
    if (
        len(text.split()) < MIN_LEAD_WORDS - 2
        or QUOTE_MARK.search(text)
        or HYPOTHETICAL.search(text)
        or forecast_as_main_verb(text)
    ):
        return None
    opening = _OPENING_CLAUSE.match(text) or _LINKING_OPENING.match(text)
    main = text[opening.end() if opening else 0 :]
    found = _UNDER_WAY.match(main)
    if found is None or (found.group("verb") and _ING_NOUN.fullmatch(found.group("verb"))):
        return None
    subject = found.group("subject")
    if _NO_ACTOR_SUBJECT.search(subject):
        return None
    at = opening.end() if opening else 0
    named = _named_in_subject(sentence, entities, at, at + found.end("subject"))
    # a passive's subject is what is acted on ("Aid is being flown in"), and it names nobody who acts: only
    # work done on the scene is news whoever does it ("Tests are being carried out on the crew"); an active's
    # subject must be someone named ("Germany", "Kenyans") or a body ("the government", "the charity")
    if found.group("where") is not None and not _journey_to_a_place(
        sentence, entities, at + found.start("where")
    ):
        return None
    if found.group("passive"):
        # ("More children are being tested than ever", "Fewer homes are being built for families": a trend,
        # told by a comparison, not work done on the scene)
        if _TREND_SUBJECT.match(subject) or _THAN_EVER.search(text):
            return None
        # (what it is done to is named, not a pronoun: "They are being vaccinated" would lead a title with
        # "They"; nor described at length in an aside, which leaves the title no room for the verb)
        if (
            not _WORK_DONE.match(main, found.start("passive"))
            or _PRONOUN_SUBJECT.fullmatch(subject)
            or "," in found.group()
        ):
            return None
    elif not named and not (_INSTITUTION.search(subject) or _BODY.search(subject)):
        return None
    if UNREAL.search(found.group()) or writers_own_voice(text, (), ()):
        return None
    if UNNAMED_CROWD.match(text) or BYSTANDER_ACTS.match(text) or standing_state(text) or definition(text):
        return None
    return main


def act_under_way(sentence: Sentence, entities: list[Entity]) -> Draft | None:
    """A sentence of no named kind of happening that tells an act under way (`progressive_main_clause`): an
    event of the report's day."""
    return _news_of_the_day(sentence, entities, progressive_main_clause(sentence, entities))


def _news_of_the_day(sentence: Sentence, entities: list[Entity], main: str | None) -> Draft | None:
    """The draft of a sentence of no named kind of happening whose main clause `main` is the report's
    day's news (an act under way, a plan), titled by that clause; None when there is none."""
    if main is None or SPEECH.search(sentence.text) or first_trigger(sentence.text):
        return None  # a sentence with a verb of saying or a kind of happening was read for what it is
    return dataclasses.replace(
        bare_draft(sentence, entities),
        figures=find_figures(sentence.text),
        clause=main[:1].upper() + main[1:].rstrip(" ."),
    )


# A plan told with no day, by a named party: "The ministry is set to announce its budget", "The port
# authority is due to reopen the terminal", "The government is to double its aid". News copy tells in these
# words what a party has arranged to do next; the arrangement is the news of the report's day. A figure or a
# state foreseen ("Prices are set to rise", "is set to become the largest") is no plan, nor is an aim or a
# step made the subject ("The plan is set to ...", "The task is to ...").
_PLAN_AHEAD = rx(
    r"^(?P<subject>[\w’'.-]+(?:\s+(?!(?:who|which|that|whose|is|are|was|were|has|have)\b)[\w’'.-]+){0,7}?)"
    r"(?:,\s[^,;:“”\"]{3,100},)?"
    r"\s+(?:(?:also|now|still)\s+)?"
    # ("The council is to vote on the plan", "The ministry is preparing to announce limits", "The ministry
    # plans to close 40 schools": the bare "is to" of a party's arrangement, the arrangement made ready, and
    # the intention told in the present, as news copy has them)
    rf"(?:(?:is|are)\s+(?:(?:also|now|still|currently|already)\s+)?(?:(?:{TIMETABLE_AHEAD}|preparing)\s+)?"
    # (not the noun: "its plan to sell", "the ministry's plans to ...")
    r"|(?<![’']s\s)(?<!\bits\s)(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
    r"(?<!\bour\s)(?<!\bnew\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\bany\s)(?<!\bno\s)(?<!\bsuch\s)"
    r"(?:plans?|intends?)\s+)to\s+(?:(?:formally|finally|also|then)\s+)?"
    r"(?!(?:be|become|remain|stay|continue|rise|fall|grow|increase|decrease|decline|drop|climb|reach|hit|top"
    r"|exceed|surpass|cost|face|see|have|get|benefit|suffer|lose|gain|receive|miss|fail|struggle|last"
    r"|dominate|overtake|blame|thank|follow|come|go|mean|affect|make|take|do|win|earn|pay)\b)"
    r"(?P<verb>[a-z]{3,})\b"
)
# a subject that is an aim, a way or a step, not a party ("The plan is set to ...", "The move is due to ...")
_AIM_SUBJECT = rx(
    r"\b(aims?|goals?|plans?|ideas?|hopes?|tasks?|jobs?|challenges?|priorit(?:y|ies)|intentions?|purposes?"
    r"|points?|problems?|questions?|answers?|solutions?|keys?|objectives?|missions?|roles?|strateg(?:y|ies)"
    r"|targets?|things?|ways?|options?|choices?|steps?|moves?|idea|effort|efforts)\b"
)


def plan_main_clause(sentence: Sentence, entities: list[Entity]) -> str | None:
    """The main clause of a sentence that tells, with no day, what a named party has arranged to do next
    (`_PLAN_AHEAD`), or None."""
    text = sentence.text
    if (
        len(text.split()) < MIN_LEAD_WORDS - 2
        or QUOTE_MARK.search(text)
        or HYPOTHETICAL.search(text)
        or forecast_as_main_verb(text)
    ):
        return None
    opening = _OPENING_CLAUSE.match(text) or _LINKING_OPENING.match(text)
    at = opening.end() if opening else 0
    main = text[at:]
    found = _PLAN_AHEAD.match(main)
    if found is None or FORECAST.search(main) or UNREAL.search(found.group()):
        return None
    subject = found.group("subject")
    if _NO_ACTOR_SUBJECT.search(subject) or _AIM_SUBJECT.search(subject):
        return None
    named = _named_in_subject(sentence, entities, at, at + found.end("subject"))
    if not named and not (_INSTITUTION.search(subject) or _BODY.search(subject)):
        return None
    if writers_own_voice(text, (), ()) or standing_state(text) or definition(text):
        return None
    return main


def plan_ahead_act(sentence: Sentence, entities: list[Entity]) -> Draft | None:
    """A sentence of no named kind of happening that tells a plan with no day (`plan_main_clause`): an
    event of the report's day, whose title keeps the words of the plan ("is set to announce ...")."""
    return _news_of_the_day(sentence, entities, plan_main_clause(sentence, entities))


def past_deed_act(sentence: Sentence, entities: list[Entity]) -> Draft | None:
    """A sentence of no named kind of happening whose main clause tells, in the simple past, a deed of a
    named actor, a body or a working group ("Crews removed the barriers overnight"; events.extract.acts):
    an event of the report's day, or of the day its paragraph tells of."""
    text = sentence.text
    if (
        len(text.split()) < MIN_LEAD_WORDS - 2
        or QUOTE_MARK.search(text)
        or HYPOTHETICAL.search(text)
        or forecast_as_main_verb(text)
        # a sentence with a verb of saying or a kind of happening was read, and set aside, for what it is
        or SPEECH.search(text)
        or first_trigger(text)
    ):
        return None
    local = [
        shifted_entity(e, -sentence.start)
        for e in entities
        if sentence.start <= e.start and e.end <= sentence.end
    ]
    main = past_deed(text, local)
    # ("Scientists previously mapped ...": told as before the report's day; an opening "Earlier," is the
    # report's own day and is no part of `main`)
    if main is None or UNREAL.search(main) or _LONG_AGO.search(main) or writers_own_voice(text, (), ()):
        return None
    if UNNAMED_CROWD.match(text) or BYSTANDER_ACTS.match(text) or standing_state(text) or definition(text):
        return None
    if DEMEANOUR.search(text) and not DEMEANOUR_ACT.search(text):
        return None
    return dataclasses.replace(
        bare_draft(sentence, entities),
        figures=find_figures(text),
        clause=main[:1].upper() + main[1:].rstrip(" ."),
    )


# A sentence that is one whole quotation: '"We will keep pressing the company to do more."'
_WHOLE_QUOTE = re.compile(r"^\s*(?:[“\"]|``)(?P<words>[^“”\"]{12,400}?)(?:[”\"]|'')\s*$")


def quoted_on(said: Draft, sentence: Sentence, entities: list[Entity]) -> Draft | None:
    """'"The water is rising," Okafor said. "We will keep pressing the utility."': a whole quotation
    right after remarks with a speaker goes on with them; it is the same speaker's, said the same day."""
    found = _WHOLE_QUOTE.match(sentence.text)
    if found is None:
        return None
    words = found.group("words").strip(" ,.")
    # ('"... just two months ago, were suggesting ...," Roe said. "..."': a date inside the words quoted
    # before is of what was said, and dates neither those remarks nor these)
    own = None if quoted_date(said) is not None else said.own_date
    return dataclasses.replace(
        said,
        own_date=own,
        sentence=sentence,
        entities=[shifted_entity(e, -sentence.start) for e in entities],
        figures=find_figures(sentence.text),
        clause=words,
        quote=words,
        own_act=False,
    )


def whole_quote_unspoken(draft: Draft, sentence: Sentence) -> bool:
    """A sentence that is one whole quotation read as remarks with no speaker of its own."""
    return draft.is_speech_type and not draft.speaker and _WHOLE_QUOTE.match(sentence.text) is not None


FUTURE_DENIED = rx(r"\b(will|would|shall|is|are|was|were)\s+(not|never|no\s+longer)\b|\b(won't|wouldn't)\b")
# ("the vote might not be held until the panel has reported on Friday": a doubt, nothing set for that day)
# (not a doubt of the speaker's own: "could not guarantee it would be finished in August" tells a date set)
_DOUBTED = rx(r"\b(?:(?:may|might|could)\s+not|cannot|can't|couldn't)\s+be\b")
_COMMA_BREAK = re.compile(r"[,;:]\s")


def future_denied(text: str, date: DateMention | None, offset: int) -> bool:
    """Whether the sentence denies what it tells of the future ("will not", "won't"), or the clause that
    holds `date` doubts it ("might not be held until Friday"): a doubt in another clause ("the bridge would
    reopen on Friday, though its cost could not be estimated") leaves the date's plan whole."""
    if FUTURE_DENIED.search(text):
        return True
    if date is None:
        return False
    at, end = date.start - offset, date.end - offset
    start = max((found.end() for found in _COMMA_BREAK.finditer(text, 0, max(at, 0))), default=0)
    stop = _COMMA_BREAK.search(text, max(end, 0))
    return _DOUBTED.search(text, start, stop.start() if stop is not None else len(text)) is not None


def planned_in_what_was_said(
    draft: Draft, dates: Sequence[DateMention], published: dt.date
) -> DateMention | None:
    """The day ahead that remarks dated by their verb of saying announce ("said on Monday the troops would
    leave on Friday" -> Friday), unless what was said is a forecast or a denial."""
    said = draft.own_date
    text, start = draft.sentence.text, draft.sentence.start
    if (
        not draft.is_speech_type
        or said is None
        or not dates_of_the_saying([said], text, start)
        or FORECAST.search(text)
        or FUTURE_DENIED.search(text)
        # ("said on Monday it had growing confidence the bank would resume its dividend next year": a belief)
        or EXPECTATION.search(text)
    ):
        return None
    dates = [d for d in dates if not future_denied(text, d, start)]
    ahead = next(
        (
            d
            for d in dates
            if said.end <= d.start
            and d.end <= draft.sentence.end
            and d.precision in ("day", "week", "month", "quarter", "year")
            and d.date_start > published
            and _FUTURE_WORDS.search(text[said.end - start : d.start - start])
        ),
        None,
    )
    if ahead is not None:
        return ahead
    # "The bridge will reopen on Monday, the minister said on Wednesday": the words come first and the
    # saying closes the sentence
    return next(
        (
            d
            for d in dates
            if draft.sentence.start <= d.start
            and d.end <= said.start
            and d.precision in ("day", "week", "month", "quarter", "year")
            and d.date_start > published
            and _FUTURE_WORDS.search(text[: d.start - start])
            and _SAYING_CLOSES.match(text[d.end - start : said.start - start])
        ),
        None,
    )


# what runs from the date ahead to the date of a closing saying: ", the minister said on"
_SAYING_CLOSES = rx(
    r"^[^,;:“”\"]{0,40},(?:[\"”’]|'')?\s+[^,;:“”\"]{1,60}\b(said|says|announced|added|told\s+[^,;]{1,40})\s+(on\s+)?$"
)


_FUTURE_WORDS = rx(
    r"\b(will|would|shall|to\s+be|due\s+to|set\s+to|plans?\s+to|planned\s+to|is\s+to|are\s+to)\b"
)


# ", and the army deployed boats": a clause with a subject and a verb in the past of its own; ", and the
# mayor has spoken with ...", "and the agency is flying in ...": one in the perfect or the progressive, a
# happening of the report's days and not of the first clause's date ("aux")
_AND_ACT = rx(
    r"(?:,\s+and|\s+and(?=\s+\S+\s+(?:\S+\s+){0,4}?(?:is|are|has|have)\s))\s+"
    r"(?=(?!(?:who|which|that)\b)(?:the|a|an|its|their|his|her|[A-Z][\w’'-]*)\s+"
    r"(?:(?!(?:who|which|that)\b)[\w’'-]+\s+){0,4}?"
    r"(?:(?P<aux>(?:is|are)\s+(?!being\b)(?-i:[a-z]{3,}ing)|(?:has|have)\s+(?:also\s+|now\s+|already\s+)?"
    r"(?-i:[a-z]{3,}ed|spoken|taken|given|made|held|done|paid|sent|won|lost|begun|met|told|said|seen|found"
    r"|brought|built|sold|struck|written|chosen|risen|fallen|grown|flown|drawn|shown|left|kept|set))"
    r"|\w{3,}ed|sent|took|made|gave|won|lost|held|began|fled|sank|struck|fought|sold|paid|shot|seized|"
    r"killed|arrested)\b)"
)
# ("swine, human and avian flu viruses -- has killed": after a bare "and", a subject that opens with a
# determiner or a name, not the last of a list of words)
_NAMED_OR_DETERMINED = re.compile(r"(?:(?i:the|a|an|its|their)\s|(?-i:[A-Z]))")


# "since 20 April, when the rig exploded": the date a period runs from, and the happening that began it
_SINCE_DATE = rx(r"\bsince\s+$")
_UNTIL_DATE = rx(r"\b(until|till|by)\s+$")
# (a word quoted inside the clause belongs to it: 'when divers sealed a steel "gate" that ...')
# ("until May 28 when a review is due to be finished": the comma may be left out)
# (nor does a count's comma end it: "when a storm surge killed more than 1,800 people")
_WHEN_CLAUSE = rx(
    r",?\s+when\s+(?P<clause>(?:[^,;:“”\"]|(?<=\d),(?=\d{3})|\"[^\",;:]{1,40}\"|“[^”,;:]{1,40}”)+)"
)


def since_when_clause(sentence: Sentence, dates: list[DateMention]) -> tuple[DateMention, Sentence] | None:
    """The date a "since" phrase runs from and the "when" clause right after it that tells what happened
    then ("has lost £44bn since 20 April, when the rig exploded"); None when the sentence has none."""
    for date in dates:
        at = date.start - sentence.start
        if date.value == "PRESENT_REF":
            continue
        since = _SINCE_DATE.search(sentence.text[max(0, at - 7) : at])
        # "could stay shut until August, when the new locks are expected to be finished": the end of a stretch
        # ahead, and what is due to happen then
        until = _UNTIL_DATE.search(sentence.text[max(0, at - 7) : at]) and date.tense == "future"
        if not (since or until):
            continue
        found = _WHEN_CLAUSE.match(sentence.text, date.end - sentence.start)
        if found is None:
            continue
        clause = found.group("clause").rstrip(" .")
        tensed = PAST_TENSE.search(clause) if since else FORESEEN.search(clause)
        if len(clause.split()) < MIN_CLAUSE_WORDS or not tensed:
            continue
        start = sentence.start + found.start("clause")
        return date, Sentence(start, start + len(clause), clause, sentence.paragraph)
    return None


_CLAUSE_AFTER_SINCE = re.compile(r"\s+(?P<clause>(?:[^,;:“”\"()]|(?<=\d),(?=\d{3}))+)")


# The longest clause a count back is read to tell ("the Vexa drilling rig exploded off the coast")
MAX_SINCE_CLAUSE_WORDS = 10
_STRETCH_BEGAN = rx(r"\b(began|begun|started|broke\s+out|got\s+under\s*way)\s*$")


def counted_since_clause(sentence: Sentence, dates: list[DateMention]) -> tuple[DateMention, Sentence] | None:
    """The date counted back to by "six weeks since" and the clause after it that tells what happened
    then ("In the six weeks since the rig exploded, oil has poured out"); None when the sentence has none."""
    for date in dates:
        if not SINCE_COUNTED.search(date.text):
            continue
        found = _CLAUSE_AFTER_SINCE.match(sentence.text, date.end - sentence.start)
        if found is None:
            continue
        clause = found.group("clause").rstrip(" .")
        # ("the rig exploded": a subject and its verb are enough; a long run of words with no stop is text run
        # together, no clause of its own)
        if not 3 <= len(clause.split()) <= MAX_SINCE_CLAUSE_WORDS or not PAST_TENSE.search(clause):
            continue
        if _STRETCH_BEGAN.search(clause):
            # "in the six weeks since the spill began": how long what goes on has lasted, no news of its own
            continue
        start = sentence.start + found.start("clause")
        return date, Sentence(start, start + len(clause), clause, sentence.paragraph)
    return None


_HAVING_DONE = rx(
    r",\s+having\s+(?:already\s+|just\s+|also\s+)?(?P<clause>(?:been\s+)?(?-i:[a-z]{3,}(?:ed|en)|won|lost|held"
    r"|made|sent|sold|paid|met|led|fled|spent|struck|fought|brought|built|left|kept|cut|hit|set|put)\b[^,;:“”\"()]*)"
)


def having_done(sentence: Sentence, dates: list[DateMention]) -> tuple[DateMention, Sentence] | None:
    """The date and the words of a perfect participle closing the main clause when every date of the
    sentence is in it ("Shares of the miner rose 4% in early trading, having fallen 6% on Monday"): what
    the participle tells is a happening of its own at that date, and the main clause has none; None when
    the sentence is not so."""
    own = [d for d in dates if d.value != "PRESENT_REF"]
    found = _HAVING_DONE.search(sentence.text)
    if found is None or not own:
        return None
    start, end = sentence.start + found.start("clause"), sentence.start + found.end("clause")
    inside = [d for d in own if start <= d.start and d.end <= end]
    if len(inside) != len(own) or len(found.group("clause").split()) < MIN_CLAUSE_WORDS - 1:
        return None
    if len(sentence.text[: found.start()].split()) < MIN_CLAUSE_WORDS:
        return None
    clause = found.group("clause").rstrip(" .")
    return inside[0], Sentence(start, start + len(clause), clause, sentence.paragraph)


def earlier_time_clause(sentence: Sentence, dates: list[DateMention]) -> tuple[DateMention, Sentence] | None:
    """The date and the words of a time clause told in the past perfect that closes the sentence and holds
    every date of it ("The union accused the airline of hiding the losses until after its board had
    approved the merger on 2 March"): the past perfect puts the clause's act before the main clause's, so
    the date is that act's alone. The caller reads it so only when the main clause is remarks, which tell
    of the earlier act at a time of their own; an act after another ("Police arrested him after the raid
    had ended on Monday") follows it closely in news copy and keeps its date. None when not so."""
    own = [d for d in dates if d.value != "PRESENT_REF"]
    found = _EARLIER_TIME_CLAUSE.search(sentence.text)
    if found is None or not own:
        return None
    start, end = sentence.start + found.start("clause"), sentence.start + found.end("clause")
    if not all(start <= d.start and d.end <= end for d in own):
        return None
    subject = found.group("subject")
    if any(FINITE_VERB.fullmatch(w.strip(",")) for w in subject.split() if w.islower()):
        return None  # ("after officials said the ferry had sunk": the clause's own act is the saying)
    main = sentence.text[: found.start()]
    if len(main.split()) < MIN_CLAUSE_WORDS or _MAIN_CLAUSE_PAST_PERFECT.match(main):
        return None
    clause = found.group("clause").rstrip(" .")
    return own[0], Sentence(start, start + len(clause), clause, sentence.paragraph)


# "... until after the envoy, a former general, had visited the capital on 3 March.": a clause opened by a
# word of time, with a subject of its own (a comma aside allowed) and a verb in the past perfect, to the end
_TIME_WORD = r"\s+(?:(?:only|just|shortly|long|not)\s+)?(?:(?:until|till)\s+)?(?:after|before|once|when)\s+"
# the word of time that opens such a clause, right before it
EARLIER_TIME_OPENER = rx(_TIME_WORD + "$")
_EARLIER_TIME_CLAUSE = rx_gated(
    _TIME_WORD
    + r"(?P<clause>(?P<subject>(?:(?!(?:had|has|have|was|were|is|are)\b)[\w’'.&-]+,?\s+){1,8}?)had\s+"
    r"(?:(?:already|also|not|never|first|\w+ly)\s+)?(?:been\s+)?"
    rf"(?-i:[a-z]{{2,}}ed|{alternatives(IRREGULAR_PARTICIPLES)})\b[^;:“”\"()]*?)[.!?]?[\"”’']*$"
)


def joined_act(sentence: Sentence, dates: list[DateMention]) -> tuple[int, Sentence] | None:
    """The second of two acts joined by ", and" with a subject of its own, when the sentence's one date
    is in the first ("... on Tuesday released relief, the office said, and the army deployed boats"):
    it happened that day too. Where the first clause ends, and the second; None when it is not so."""
    own = dates_naming_a_time(dates, sentence.start, sentence.end)
    if len(own) > 1:
        return None
    # ("The agency is sending a team and the army is flying in tents": with no date, two acts of the
    # report's days; a bare "and" joins clauses only before a verb in the perfect or the progressive)
    found = [
        m
        for m in _AND_ACT.finditer(sentence.text)
        if (m.start() >= own[0].end - sentence.start if own else m.group("aux"))
        and (m.group()[:1] == "," or (m.group("aux") and _NAMED_OR_DETERMINED.match(sentence.text, m.end())))
    ]
    if len(found) != 1:
        return None
    start = sentence.start + found[0].end()
    rest = sentence.text[found[0].end() :]
    first = sentence.text[: found[0].start()]
    if len(rest.split()) < MIN_CLAUSE_WORDS or len(first.split()) < MIN_CLAUSE_WORDS:
        return None
    if found[0].group()[:1] == "," and not verb_since_opening(first):
        # "... said failures at Norcorp, Dalden, and Hesk caused the blowout": the ", and" closes a list of
        # the subjects of one verb, not a clause
        return None
    return found[0].start(), Sentence(start, sentence.end, rest, sentence.paragraph)


def after_clause_dated(main: DateMention, sentence: Sentence, start: int, length: int) -> bool:
    """Whether the date lies in the clause that starts `start` characters into the sentence."""
    return start <= main.start - sentence.start and main.end - sentence.start <= start + length


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
# "about a month", "two days", "nearly three weeks", "twenty years", "a few hours", "just days" right before
# "after" (with no number, only plurals: "the next day" is no count)
_COUNT_THEN_AFTER = rx(
    rf"(?:\b(?:about|some|nearly|almost|roughly|around|just|only|barely|more\s+than|less\s+than)\s+)?"
    rf"\b(?:(?P<count>an?|{'|'.join([*CARDINALS, *_TENS])}|\d{{1,2}})\s+(?:full\s+)?|(?:a\s+few|several)\s+)?"
    rf"(?P<unit>hour|day|week|month|year|decade)(?(count)s?|s)\s*,?\s*$"
)


# ... but not the count of a stretch a preposition opens: "was banned for four years after he failed a
# test", "its first profit in three years after sales rebounded" (how long, not how long before)
_STRETCH_PREPOSITION = rx(r"\b(?:for|in|within|over|during|of)\s+$")


def count_then_after(before: str) -> re.Match[str] | None:
    """The count that measures back from the main clause to an after-clause, at the end of the text
    before "after" ("sworn in on Friday, two weeks"); None when there is none, or it is a stretch ("for
    two years")."""
    found = _COUNT_THEN_AFTER.search(before)
    if found is None or _STRETCH_PREPOSITION.search(before[: found.start()]):
        return None
    return found


def counted_back(main: DateMention, sentence: Sentence, at: int) -> DateMention | None:
    """The date of what came "a month after"'s clause: the main date less the count, as precise as its unit
    ("last week, about a month after the plant exploded" -> the month a month before last week)."""
    found = count_then_after(sentence.text[:at])
    if found is None or found.group("count") is None or found.group("unit").lower() in ("hour", "decade"):
        return None  # ("just days after", "hours after": no count to take off the main date)
    word = found.group("count").lower()
    count = 1 if word in ("a", "an") else CARDINALS.get(word) or _TENS.get(word) or int(word)
    unit = found.group("unit").lower()
    middle = main.date_start + (main.date_end - main.date_start) / 2
    if unit in ("day", "week"):
        if main.precision != "day":
            return None  # "last month, two days after ...": no day to count from
        day = main.date_start - dt.timedelta(days=count * (7 if unit == "week" else 1))
        start, end, precision, value = day, day, "day", day.isoformat()
    elif unit == "month":
        year, month = divmod(middle.year * 12 + middle.month - 1 - count, 12)
        start = dt.date(year, month + 1, 1)
        end = (start + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
        precision, value = "month", f"{start.year}-{start.month:02d}"
    else:
        start, end = dt.date(middle.year - count, 1, 1), dt.date(middle.year - count, 12, 31)
        precision, value = "year", str(start.year)
    text = found.group().strip(" ,") + " after"
    told = f"{start.isoformat()}" if precision == "day" else f"{start.isoformat()} to {end.isoformat()}"
    return dataclasses.replace(
        main,
        start=sentence.start + found.start(),
        end=sentence.start + at + len(" after"),
        text=text,
        value=value,
        date_start=start,
        date_end=end,
        precision=precision,
        explicit=False,
        tense="past",
        reason=f"'{text}' counted back from {main.text} → {told}",
        anchor=None,
    )


# Where a sentence passes from one dated happening to the next: "talks began in March | and the deal takes
# effect on 1 June", "it would impose tariffs | , which will take effect on Wednesday".
_CLAUSE_BREAK = rx(
    r"(;\s+|,\s+(and|but|while|whereas|which|before|after|when|as)\s+|\s+(and|but|before|after|while)\s+(?=\w+\s+\w+)"
    # "has killed 143 people | since the health ministry declared it on Jan. 9": a clause with its own subject
    r"|\s+since\s+(?=(the|a|an|its|his|her|their)\s+\w+(\s+\w+){0,3}\s+\w+ed\b)"
    # "removed the barrier on Saturday | that had been put up on the quay in early June"
    r"|\s+(that|which|who)\s+(?=(had|has|have|was|were)\s+\w+)"
    # "Cases rose to 40 by Friday, | followed on Sunday by the first death": what came next, with a day of
    # its own
    r"|,\s+(?=followed\s+(?:(?:on|in|at|by|over|early|late|last|the\s+next|a\s+day)\s+|\w+day\b)))"
)


# A relative or participial aside set off by commas, which tells of a noun of the main clause: ", who was
# elected in 2021,", ", where an outbreak was declared in August 2024,", ", in which 11 workers died",
# ", caused by an explosion on 20 April,", ", near where the river burst its banks a week ago".
_ASIDE = rx(
    r"(?:,\s+|\s+(?=since\s))(?P<opening>(?:(?:in|at|during|from|on|after|under|near|close\s+to)\s+)?"
    r"(?:who|whom|which|whose|where)"
    r"|\w{3,}ed\s+by"
    # (with the time of the participle's act between it and its agent: ", caused in August by a fault at the
    # substation,")
    r"|\w{3,}ed\s+(?:in|on)\s+(?:(?:early|late|mid)[\s-]+)?(?-i:[A-Z][a-z]+)(?:\s+\d{1,2})?\s+by"
    # ", after admitting the engine had failed over the weekend,": what the subject did before the main act
    r"|(?:after|before|following|upon|while)\s+\w{3,}ing"
    # "has killed 143 people since the health ministry declared it on Jan. 9": a clause with its own subject
    r"|since(?=\s+(?:the|a|an|its|his|her|their)\s+\w+(?:\s+\w+){0,3}\s+\w+ed\b)"
    # "The orchestra, still seeking a hall closed on May 2, is planning ...": a participle phrase
    # between the subject and its verb (kept only with the verb right after it, in `dated_asides`)
    r"|(?P<ongoing>(?:still|now|already)\s+(?-i:[a-z]{3,}ing)))\b"
    # (up to the comma that closes it, never one between digits: "that killed up to 200,000 people")
    r"(?:[^,;]|(?<=\d),(?=\d))*?(?=(?<!\d),|,(?!\d)|;|[.!?]?[\"”’']*$)"
)
# An adverbial participle phrase that opens the sentence, up to its comma: "After striking down the ban on
# Tuesday, | the judge ..."
_OPENING_GERUND = rx(
    r"^(?P<opening>(?:after|before|following|upon|while)\s+\w{3,}ing)\b(?:[^,;]|(?<=\d),(?=\d))*?(?=,(?!\d))"
)
# the word that opens an adverbial participle aside, which the subject's name stands in for
ASIDE_TIME_WORD = rx(r"^(after|before|following|upon|while)\s+(?=\w{3,}ing\b)")


def dated_asides(sentence: Sentence, dates: list[DateMention]) -> list[Sentence]:
    """The asides of the sentence that hold a date of their own, each without its comma, when the main
    clause around them still says something."""
    out: list[Sentence] = []
    opening = _OPENING_GERUND.match(sentence.text)
    if opening is not None:
        start, end = sentence.start + opening.start("opening"), sentence.start + opening.end()
        inside = [d for d in dates if start <= d.start and d.end <= end and d.value != "PRESENT_REF"]
        main = [d for d in dates if d.start >= end and d.value != "PRESENT_REF"]
        # "After striking down the ban on Tuesday, the judge on Thursday refused to suspend it": the phrase
        # tells what the subject did first, on a day of its own; the main act keeps its own day. (With no
        # day of its own the main act is dated by the phrase's, the earliest it can be: news copy tells the
        # act that follows closely, and "on or after Tuesday" has no nearer day.)
        if inside and main and len(opening.group().split()) >= MIN_CLAUSE_WORDS:
            out.append(Sentence(start, end, opening.group(), sentence.paragraph))
    for found in _ASIDE.finditer(sentence.text):
        start, end = sentence.start + found.start("opening"), sentence.start + found.end()
        inside = [d for d in dates if start <= d.start and d.end <= end and d.value != "PRESENT_REF"]
        # "the trial, which is expected to begin next year": a time ahead tells when the thing the main
        # clause is about will be, and the main clause goes with it
        # (a person's future, "Hale, who goes on trial in March", is the person's own)
        person = found.group("opening").lower() in ("who", "whom", "whose")
        if not inside or (any(d.tense == "future" for d in inside) and not person):
            continue
        if all(_POINTS_BACK.match(d.text) for d in inside):
            # "the club's doctor, who was at the ground that night": a day pointed back to is the one the
            # sentence is at, whose happening the main clause tells
            continue
        if release_of_document(sentence.text, inside, sentence.start) is not None:
            # "The report, which was published on Tuesday, says ...": the release dates the findings the main
            # clause tells, and is no happening apart from them
            continue
        if all(
            names_a_thing(d, sentence.text, sentence.start, loose=True)
            and not names_a_thing_after_preposition(d, sentence.text, sentence.start)
            for d in inside
        ):
            # ", which measured Saturday's quake at 6.2": the date is the quake's, no act's (but "who won
            # a term in the November 2025 election" won it at the election)
            continue
        if found.group("ongoing") and not (
            _VERB_AFTER_ASIDE.match(sentence.text, found.end())
            and _SUBJECT_BEFORE_ASIDE.fullmatch(sentence.text, 0, found.start())
        ):
            continue  # ("..., still hoping to finish by May 3": a phrase after the verb tells of its subject)
        text = found.group()[found.start("opening") - found.start() :]
        if person and all(d.precision in ("year", "month") for d in inside) and CAREER_STEP.search(text):
            # "Roe, who was elected a lawmaker in 2021, ...": a step of the person's career, told as who
            # they are, not a happening of the story
            continue
        participle = found.group("opening").lower().endswith(" by") or bool(ASIDE_TIME_WORD.match(text))
        after = text[len(found.group("opening")) :]
        # "who goes on trial in May": a verb in the present right after the pronoun is its own too
        if len(text.split()) < MIN_CLAUSE_WORDS or not (
            participle or FINITE_VERB.search(after) or re.match(r"\s+[a-z]{2,}s\b", after)
        ):
            continue
        out.append(Sentence(start, end, text, sentence.paragraph))
    rest = sentence.text
    for aside in reversed(out):
        rest = rest[: aside.start - sentence.start] + rest[aside.end - sentence.start :]
    if len(rest.split()) >= 2 * MIN_CLAUSE_WORDS and FINITE_VERB.search(rest):
        return out
    if opening is not None and out and out[0].start == sentence.start and len(out) == 1:
        return out if len(rest.split()) >= MIN_CLAUSE_WORDS and FINITE_VERB.search(rest) else []
    # "The senator, who was arrested on Monday, resigned from the committee", "Work on the bridge, which
    # began on 2 May, continues": a relative clause between the subject and its verb, whose date is its own
    # however short the main clause around it
    head = sentence.text[: out[0].start - sentence.start] if len(out) == 1 else ""
    # ("The appointment of Roe, who takes charge in May, comes ...": a person's "who" tells of the name
    # nearest it, not of the subject around it)
    person_in_phrase = out and out[0].text.lower().startswith("who") and _PREPOSITION.search(head)
    if (
        len(out) == 1
        and len(rest.split()) >= MIN_CLAUSE_WORDS
        and _RELATIVE_OPENING.match(out[0].text)
        and not person_in_phrase
    ):
        after = sentence.text[out[0].end - sentence.start :]
        if _VERB_AFTER_ASIDE.match(after) and not OPENING_PHRASE.match(
            sentence.text[: out[0].start - sentence.start]
        ):
            return out
    return []


_PREPOSITION = rx(r"\b(?:of|in|for|at|on|from|with|by|to)\s")
# the subject an aside follows at the sentence's start: a few words, no comma and no verb of its own
_SUBJECT_BEFORE_ASIDE = re.compile(r"(?:[A-Z][\w’'.&-]*|the|a|an)(?:\s+(?![a-z]+ed\b)[\w’'.&-]+){0,6}")
# the pronoun that opens a relative clause (", who was arrested on Monday,")
_RELATIVE_OPENING = rx(r"(?:who|which)\s")
# the main clause's verb right after the comma that closes an aside between the subject and it: ", resigned",
# ", continues", ", has asthma", ", will face trial" (a closing attribution, ", police said", is no such verb)
_VERB_AFTER_ASIDE = re.compile(
    r",\s+(?:(?:also|later|then|now|still|has|have|had|was|were|is|are|will|would|could|may|might|must|did|does)\s+)*"
    rf"(?:(?-i:[a-z]{{2,}}ed)|(?-i:[a-z]{{3,}}s)|{alternatives(IRREGULAR_PAST)}|has|have|had|was|were|is|are)\b"
)


# Steps of a life or a career, told of a person in an aside
CAREER_STEP = rx(
    r"\b(born|elected|re-elected|appointed|named|became|joined|served|graduated|studied|trained|worked|retired"
    r"|founded|co-founded|took\s+office|sworn\s+in)\b"
)


# ", Kenya's interior minister Jane Roe said": a closing attribution with a name
NAMED_CLOSING = re.compile(r",(?:[\"”’]|'')?\s+(?:[\w’'.-]+\s+){0,6}?[A-Z][\w’'.-]+\s*$")
_WEEKDAY_WORD = rx(rf"\b({alternatives(WEEKDAY_NAMES)})\b")


def before_the_saying(told: DateMention, said: DateMention) -> DateMention | None:
    """A weekday told in past remarks ("said on Tuesday that rebels had shelled the town on Sunday") is
    the latest such day on or before the remarks, which publication alone may place after them; None
    when it is no weekday or is already so."""
    if told.precision != "day" or said.precision != "day" or told.date_start <= said.date_start:
        return None
    if (
        not _WEEKDAY_WORD.search(told.text)
        or told.tense == "future"
        or told.date_start - said.date_start > WEEK
    ):
        return None
    day = told.date_start - WEEK
    told_as = told.reason.split(" → ")[0]
    reason = f"{told_as} → {fmt(day)}, before the remarks of {fmt(said.date_start)} that tell of it"
    # ("on Monday and Tuesday": a stretch of days moves back whole)
    last = told.date_end - WEEK
    return dataclasses.replace(
        told, date_start=day, date_end=last, value=day.isoformat(), tense="past", reason=reason
    )


WEEK = dt.timedelta(days=7)


# "on Monday and Tuesday", "Thursday and Friday": two weekdays joined by a bare "and" (a comma before it
# opens a clause of its own: "on Friday, and on Wednesday the ministry said ...")
_WEEKDAYS_JOIN = rx(r"\s+and\s+(?:on\s+)?")
_BARE_WEEKDAY = rx(rf"(?:{alternatives(WEEKDAY_NAMES)})")


def weekdays_joined(dates: list[DateMention], text: str) -> list[DateMention]:
    """The dates of a text with two weekdays joined by "and" read as one stretch from the first to the second:
    "the ministers met on Monday and Tuesday" is one meeting over two days, not two meetings. (The date
    finder tags each weekday apart, as a temporal expression; what a happening spans is read here.)"""
    out: list[DateMention] = []
    for date in dates:
        first = out[-1] if out else None
        if (
            first is None
            or not first.precision == date.precision == "day"
            or not _BARE_WEEKDAY.fullmatch(first.text)
            or not _BARE_WEEKDAY.fullmatch(date.text)
            or not _WEEKDAYS_JOIN.fullmatch(text[first.end : date.start])
            or not dt.timedelta(0) < date.date_start - first.date_start < WEEK
        ):
            out.append(date)
            continue
        words = text[first.start : date.end]
        out[-1] = dataclasses.replace(
            first,
            end=date.end,
            text=words,
            date_end=date.date_end,
            explicit=first.explicit and date.explicit,
            tense=first.tense if first.tense == date.tense else "past",
            reason=f"'{words}': one stretch of days → {fmt(first.date_start)} to {fmt(date.date_end)}",
        )
    return out


# "said the deal signed at the treasury on Monday amounted to a giveaway": a noun and a past participle right
# after the verb of saying, closed by a date, then the said clause's own verb: the date is of the noun's
# happening (the signing), not of the saying
_NOUN_AND_PARTICIPLE_SAID = rx(
    # ("apologized to the bank, saying the deal ...": or after a participle of saying that follows the verb)
    r"(?:[^,;:“”\"()]{0,60}?,?\s+(?:saying|adding|arguing|insisting|claiming|warning)\b)?"
    r"\s*(?:that\s+)?(?:the|a|an|its|their|his|her|this)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?-i:[a-z]{{3,}}ed|{alternatives(IRREGULAR_PAST)})\s+[^,;:“”\"()]*$"
)
# (the noun may take an infinitive of purpose before its verb: "the deal made on Monday to set up a fund
# amounted to ...")
_SAID_CLAUSE_VERB_NEXT = rx(
    r"^\s+(?:to\s+[^,;:.]{1,80}?\s+)?(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must"
    r"|should|(?-i:[a-z]{3,}ed))\b"
)


def in_reduced_relative_said(date: DateMention, text: str, offset: int, said_at: int) -> bool:
    """Whether the date closes a noun's participle phrase that opens what was said, before the said
    clause's verb ("said the deal signed on Monday amounted to a giveaway")."""
    if date.start - offset < said_at:
        return False
    if _NOUN_AND_PARTICIPLE_SAID.match(text, said_at, date.start - offset) is None:
        return False
    return _SAID_CLAUSE_VERB_NEXT.match(text[date.end - offset :]) is not None


# "The party won 40% of the vote, what few had thought possible two years ago": a free relative set off
# after the main clause is a comment on it, whose date is of the comment (when few thought so), not of the
# act; it tells no happening of its own either
_FREE_RELATIVE_BEFORE = rx(r"[,;—–]\s*(?:even\s+|exactly\s+|just\s+)?what\s+[^,;:“”\"()]{1,80}$")


def in_free_relative(date: DateMention, sentence: Sentence) -> bool:
    """Whether the date stands in a free relative ("..., what few could have imagined a year ago") that
    comments on the clause before it."""
    return _FREE_RELATIVE_BEFORE.search(sentence.text[: date.start - sentence.start]) is not None


# ... but "will decide on Friday if there is enough evidence" asks a question: the deciding is the happening
ASKS_IF = rx(r"\b(decide[sd]?|determine[sd]?|ask(s|ed)?|see|know|unclear|clear|check(s|ed)?)\b[^,;]{0,20}$")
# "It would be like watching the river freeze tomorrow", "as if the harbour had closed on Monday", "Imagine
# the bridge shut on Friday", "if the vote were held on Sunday": a simile, a counterfactual or a scene the
# reader is asked to picture tells what is not so; its date is of no happening, done or planned, and the
# happenings it names are none. It runs from its opener to the end of its clause and of its quotation.
_SUPPOSED_SCENE = rx(
    r"(?:\b(?:would|could|might|will|'d|’d)\s+(?:\w+ly\s+|just\s+|not\s+)?(?:be|seem|feel|look|sound)\s+"
    r"(?:\w+ly\s+|just\s+|a\s+bit\s+|something\s+)?like\b"
    r"|\b(?:as\s+if|as\s+though|imagine|imagining|supposing|suppose|what\s+if|pretend(?:ing)?\s+that)\b"
    # ("if the vote were held on Sunday", "if rescuers had arrived on Monday": a condition contrary to fact)
    r"|\bif\s+(?:[\w’'-]+\s+){0,6}?(?:were|had)\s"
    # ("would have won the vote on Sunday had turnout been higher": what would have been, but was not)
    r"|\b(?:would|could|might)(?:\s+not|n[’']t)?\s+have\s+(?=[^.;]*\b(?:had\s+(?:[\w’'-]+\s+){0,4}?(?:been|not)"
    r"|if|unless|otherwise|but\s+for)\b)"
    r"|\b(?:without|but\s+for)\s[^;:“”\"()]{1,60}?,\s+[^;:“”\"()]{1,60}?\b(?:would|could|might)\s+have\s)"
    r"[^,;:“”\"()]{0,120}"
)
# ... but a happening named by its participle inside the picture is real: "as if the truce signed on Monday
# had never been agreed" ("as if the border had reopened on Monday" is a verb of the picture)
_NAMED_BY_ITS_PARTICIPLE = rx(
    r"(?<!\bhad\s)(?<!\bhas\s)(?<!have\s)(?<!\bwas\s)(?<!were\s)(?<!been\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    r"\b(?-i:[a-z]{3,}ed)\s+(?:on|in|at|during|last|early|late|earlier)?\s*$"
)

_WHEN_AFTER = rx(r"\s*,?\s*when\b")


def supposed_scenes(text: str) -> list[tuple[int, int]]:
    """Where `text` tells a simile, a counterfactual or a scene to imagine ("It would be like a hurricane
    hitting the capital on Friday"), as (start, end) offsets; a question asked ("asked if it were true")
    is none."""
    return [
        (m.start(), m.end()) for m in _SUPPOSED_SCENE.finditer(text) if not ASKS_IF.search(text[: m.start()])
    ]


def in_supposed_scene(date: DateMention, sentence: Sentence) -> bool:
    """Whether the date stands in a supposed scene (`supposed_scenes`), which dates nothing that happened
    or is planned, unless a participle names a happening by it ("the truce signed on Monday")."""
    at = date.start - sentence.start
    return (
        any(a <= at < b for a, b in supposed_scenes(sentence.text))
        and not _NAMED_BY_ITS_PARTICIPLE.search(sentence.text[:at])
        # ("it will be like last week, when we went down 300 feet": a time the when-clause tells of is real)
        and not _WHEN_AFTER.match(sentence.text, date.end - sentence.start)
    )


# "to cope with the rainy season, which usually begins in May": a relative clause in the present of what
# happens every year (an adverb of frequency and a verb in the present) names a recurring time of the thing
# it describes; its date is of no happening the sentence tells
_HABITUAL_RELATIVE_BEFORE = rx(
    r"\b(?:which|that|when)\s+(?:typically|usually|normally|generally|often|always|traditionally|customarily)"
    r"\s+(?-i:[a-z]{2,}s)\b[^,;:“”\"()]{0,60}$"
)


def in_habitual_relative(date: DateMention, sentence: Sentence) -> bool:
    """Whether the date stands in a relative clause that tells what happens every year or season ("the
    monsoon, which usually arrives in June")."""
    return _HABITUAL_RELATIVE_BEFORE.search(sentence.text[: date.start - sentence.start]) is not None


# "the outbreak that began in September 2024 and | lasted into last year was the largest": the clause after
# "and" lost its subject, and the sentence's own verb follows it; both verbs before it are the relative's
_RELATIVE_GOES_ON = rx(
    r"(?<=\sand\s)[a-z]{3,}ed\s+(?:(?!\b(?:and|but|which|that|who|when|while)\b)[^,;])*?"
    r"\s(?-i:was|were|is|are|has|have|had|[a-z]{3,}ed)\s"
)
SET_OFF_RELATIVE = rx(r",\s+(who|whom|whose)\s[^,;]*,")
# ... and so is a participle phrase that describes the subject opening the sentence, before its verb: "The
# bridge, damaged by floods in the spring and repaired by the army, reopens today"
_SET_OFF_PARTICIPLE = rx(
    r"^[A-Z][^,;]{0,60}?(?P<aside>,\s+(?-i:[a-z]{3,}(?:ed|en))\s[^,;]*,)(?=\s+(?-i:[a-z]+)\s)"
)

# ... and so is an aside between two dashes: "both ferries -- launched in June and October -- will sail
# from Friday" (its "and" joins the aside's dates, not two clauses)
# (a spaced hyphen is a dash too, when a second one of its kind closes the aside: "Ruiz - who was hired for
# the July concerts - posted ...")
_DASH_ASIDE = rx(r"\s(?:--|–|—)\s[^;]*?\s(?:--|–|—)\s|\s-\s[^;]*?\s-\s")
# A happening told in an aside between two dashes, or after one dash to the end of the sentence, whose
# dates are the aside's own: "the two ferries -- launched in June and October -- will sail on Friday", "the
# ceremony - which he attended last year." (a spaced hyphen is a dash too in much copy; "Paris-London" is not)
# (the closing dash is of the opening's kind: "(Agency) - Officials said on Monday ... -- a man who ..." opens
# with a dateline's hyphen, and its sentence is no aside)
_TELLING_DASH_ASIDE = rx_gated(
    r"\s(?P<dash>--|[–—]|-)\s(?P<words>[^;“”\"]{3,160}?)(?:\s(?P=dash)\s|(?=[.!?]?\s*$))"
)
# ... which must tell something: a relative pronoun or a word of a verb, not a bare time ("said -- on
# Tuesday -- that ...", whose day is the saying's)
_ASIDE_TELLS = rx(
    rf"\b(?:who|which|whose|where|(?-i:[a-z]{{3,}}(?:ed|en))|{alternatives(IRREGULAR_PAST)}|hurt|put|set|cut"
    r"|was|were|is|are|has|have|had)\b"
)


# A determiner right before a year that qualifies a noun: "the 2010 season", "her 2008 album"
_YEAR_QUALIFIES = rx(r"\b(?:the|a|an|its|his|her|their|this|that)\s+$")
# ... and the noun it qualifies, up to three words on: "2010 Atlantic hurricane season", "2005 explosion"
_QUALIFIED_NOUN = rx(r"(?:\s+(?!(?:and|or|of|in|on|at|to|by|for|with|that|which|who)\b)[\w’'-]+){1,3}")
# An aside that tells when a document was put out: ", released in September,", " -- published on Monday --"
_RELEASE_ASIDE = rx(
    r"\s*(?:,|--|–|—|-)\s+(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:\w+ly\s+)?"
    r"(?:released|published|issued|unveiled|made\s+public|presented|posted|put\s+out|submitted|filed|sent)\b"
)


def dash_aside_spans(text: str) -> list[tuple[int, int]]:
    """Where the asides set off by dashes that tell a happening of their own lie in `text`: "the mayor --
    elected in 2019 -- resigned on Friday" (a dash that ends the sentence closes its aside too)."""
    spans: list[tuple[int, int]] = []
    for found in _TELLING_DASH_ASIDE.finditer(text):
        words = found.group("words")
        # (a dash that runs to the sentence's end must open a relative clause or a participle phrase: "...
        # fell 5% - the steepest drop in a year." tells no happening)
        to_end = found.end() >= len(text.rstrip(" .!?"))
        if to_end and not re.match(r"(?:who|which|whose|where|(?-i:[a-z]{3,}(?:ed|en)))\b", words, re.I):
            continue
        if _ASIDE_TELLS.search(words):
            spans.append(found.span())
    return spans


# A day named by pointing back to the one the story is at: "that night", "that same day", "the same day"
_WHEN_OPENS = rx(r",\s+when\s+$")
_POINTS_BACK = rx(r"(that|the\s+same)\s")


def dated_clauses(sentence: Sentence, dates: list[DateMention]) -> list[Sentence]:
    """The sentence cut into clauses that each hold a date of their own; [sentence] when it holds one."""
    own = [
        d
        for d in dates
        if d.start >= sentence.start
        and d.end <= sentence.end
        and d.value != "PRESENT_REF"
        and not re.search(
            r"\bsince\s+$", sentence.text[max(0, d.start - sentence.start - 7) : d.start - sentence.start]
        )
    ]
    # ("About 900 claims had been filed as of March 7, and 600 paid, the insurer said on Monday": the day a
    # count stands at dates no clause of its own when the rest is what was said on a day the sentence gives)
    as_of = [
        d
        for d in own
        if re.search(
            r"\bas\s+of\s+$", sentence.text[max(0, d.start - sentence.start - 7) : d.start - sentence.start]
        )
    ]
    others = [d for d in own if d not in as_of]
    if as_of and others and dates_of_the_saying(others, sentence.text, sentence.start) == others:
        own = others
    # ("On Saturday detectives interviewed the doctor, who was at the ground that night": a day pointed back
    # to, the one another date of the sentence names, cuts no clause of its own)
    named_days = {d.date_start for d in own if not _POINTS_BACK.match(d.text)}
    own = [d for d in own if not (_POINTS_BACK.match(d.text) and d.date_start in named_days)]
    if len(own) < 2:
        return [sentence]
    # "The minister, who was appointed in January after a reshuffle, met the union on Thursday": a
    # relative clause set off by two commas is one aside; a break inside it would leave the main verb
    # without its subject
    set_off = (
        [(m.start(), m.end()) for m in SET_OFF_RELATIVE.finditer(sentence.text)]
        + [(m.start("aside"), m.end("aside")) for m in _SET_OFF_PARTICIPLE.finditer(sentence.text)]
        + [(m.start(), m.end()) for m in _DASH_ASIDE.finditer(sentence.text)]
    )
    cuts: list[int] = []
    for first, second in itertools.pairwise(own):
        low, high = first.end - sentence.start, second.start - sentence.start
        # the break may stand right before the second date ("... on Friday added 27 firms and last month
        # tightened rules"): its look-ahead must see past where the search stops
        found = [
            m
            for m in _CLAUSE_BREAK.finditer(sentence.text, low)
            if m.start() < high
            and not any(a < m.start() < b - 1 for a, b in set_off)
            and not _RELATIVE_GOES_ON.match(sentence.text, m.end())
            and not nouns_joined(sentence.text, m)
            # ("the terms set out in August, when the firm agreed to ... this year": a when-clause right
            # after a date tells what happened at that time; it is no clause of its own, and its later
            # date is of a thing inside it)
            and not (m.start() == low and _WHEN_OPENS.match(m.group()))
        ]
        # a break at a comma or semicolon before a bare "and": "in Juba and Malakal" coordinates nouns
        marked = [m.start() for m in found if m.group().lstrip(" ")[:1] in ",;"]
        breaks = marked or [m.start() for m in found]
        if breaks:
            cuts.append(breaks[-1])
    parts: list[Sentence] = []
    start = 0
    for cut in [*cuts, len(sentence.text)]:
        piece = sentence.text[start:cut]
        lead = len(piece) - len(piece.lstrip(" ,;"))
        if len(piece.split()) >= MIN_CLAUSE_WORDS or not parts:
            parts.append(
                Sentence(
                    sentence.start + start + lead, sentence.start + cut, piece[lead:], sentence.paragraph
                )
            )
        else:  # a clause too short to stand alone stays with the one before
            last = parts[-1]
            parts[-1] = Sentence(
                last.start,
                sentence.start + cut,
                sentence.text[last.start - sentence.start : cut],
                last.paragraph,
            )
        start = cut
    if len(parts) > 1 and len(parts[0].text.split()) < MIN_CLAUSE_WORDS:
        return [sentence]
    return parts


def plan_overtaken(draft: Draft) -> bool:
    """ "The vote had been scheduled for December (but was postponed in October)": what had been planned
    did not happen as planned, so it is no happening; what came instead is told in the clause after."""
    return not draft.is_speech_type and _PLAN_OVERTAKEN.search(draft.clause) is not None


# "The vote was set for Monday, but has now been postponed": a plan's day, then what became of the plan
_PLAN_THEN_UNDONE = rx(
    r"^(?P<subject>.{3,120}?)\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?"
    rf"(?:{TIMETABLE_AHEAD}|planned|expected)\b"
    r"[^;]*?,?\s+but\s+(?P<since>(?:has|have)\s+(?:now\s+|since\s+|already\s+)?been\s+[a-z]+(?:ed|en)\b[^;]*)$"
)


def plan_undone(draft: Draft) -> Draft:
    """A plan dated by its day and undone since, in the present perfect ("The first payment was due on
    Monday, but has now been cancelled"): the happening is the undoing, news of the report's time, and
    the plan's day does not date it."""
    if draft.is_speech_type or draft.own_date is None:
        return draft
    text = draft.sentence.text.rstrip(" .")
    found = _PLAN_THEN_UNDONE.match(text)
    if found is None or draft.own_date.start - draft.sentence.start > found.start("since"):
        return draft
    clause = f"{found.group('subject')} {found.group('since')}"
    return dataclasses.replace(draft, own_date=None, clause=clause, undated_past=False)


# "scrapped its plan for a state visit in May", "called off a visit to the region next week": a plan undone,
# named after a past verb of undoing, with the plan's words up to the date. The verb follows its subject:
# after a determiner it is an adjective ("the postponed talks will resume next month" are ahead, and
# dated). The plan's words end at a new clause or a plan of its own ("scrapped its tour and will release
# an album next month", "called off the match, to be replayed next week"): the date there is that plan's.
_PLAN_CALLED_OFF = rx(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bour\s)"
    r"(?<!\bthis\s)(?<!\bthat\s)(?<!\bthese\s)(?<!\bthose\s)(?<=\w\s)"
    rf"\b(?:{UNDOING_PARTICIPLES}|scrapped|put\s+off|shelved|abandoned|pulled\s+out\s+of)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:plans?|trips?|visits?|tours?|journeys?|meetings?|talks|summits?|appearances?"
    r"|speech|concerts?|matches|match|flights?)\b"
    r"(?:(?!\b(?:and|but|instead|will|would|(?:is|are|was|were)\s+to|to\s+be)\b)[^,;:.“”\"]){0,80}$"
)
# "postponed the talks until next week": the day the plan was moved to (dates.py reads it as such)
_MOVED_TO_BEFORE = rx(r"\b(?:until|till|to|into)\s+$")


def plan_called_off(draft: Draft) -> Draft:
    """A plan undone in the past, the plan's day after its words ("Owing to the strike, the orchestra has
    scrapped its tour of four northern cities next month"): the day ahead is the plan's, not the undoing's,
    which is news of the report's time; undated, the undoing takes the day its context gives."""
    date = draft.own_date
    if draft.is_speech_type or date is None or date.tense != "future":
        return draft
    before = draft.sentence.text[: max(0, date.start - draft.sentence.start)]
    if _PLAN_CALLED_OFF.search(before) is None or _MOVED_TO_BEFORE.search(before):
        return draft
    left = f"'{date.text}' is when the plan called off was to happen; the calling off is recent news"
    return dataclasses.replace(draft, own_date=None, undated_past=False, date_left=left)


# A main verb in the present perfect before a date ("has settled", "have now charged"), with no break of
# clause between them; then a preposition and a noun phrase the date closes, a determiner or a possessive
# first ("over the shooting of a doorman in 2019", "for their part in the raid in March"): a clause in the
# present perfect tells of now, not of a past day, so the date is the noun's
_PERFECT_THEN_NOUN_DATED = rx(
    r"\b(?:has|have)\s+(?:(?:now|also|already|formally|finally|just|since)\s+)?(?:been\s+)?[a-z]{3,}(?:ed|en|wn|un|ght)\b"
    r"(?:(?!\b(?:who|which|that|when|after|before|since|and|but|because|while|as)\b)[^,;:“”\"()])*?"
    r"\b(?:over|for|about|into|in\s+connection\s+with|related\s+to|linked\s+to)\s+"
    r"(?:the|a|an|his|her|its|their|[A-Z][\w’'-]*[’']s?)\s+(?:[\w’'-]+\s+){0,3}?"
    # (a noun of a happening: "has paid $3m for the land in 2018" may be the payment's own date, told in the
    # perfect as some writers do; a death, a crash or a robbery is dated as itself)
    r"(?P<noun>"
    + "|".join(words for _, words in HAPPENING_NOUNS)
    + r")\s+(?:of\s+(?:[\w’'-]+\s+){1,4}?)?(?:in|on)\s+$"
)
# A clause telling the happening the dated noun names, right after the date
_NOUN_TOLD_AFTER = rx(r"^\s*,?\s*(?:when|where|in\s+which|which|that|as|after)\b")
# How far before the report's day such a date must lie: nearer, it may be the news itself, told in the
# perfect as news copy does
PERFECT_NOUN_DATE_BACK = dt.timedelta(days=30)


def perfect_clause_past_date(draft: Draft, published: dt.date | None) -> Draft:
    """A date closing a noun phrase under a main clause in the present perfect ("Three insurers have now
    settled claims over the shooting of a doorman in 2019"): the date is the shooting's; the settling, told
    in the perfect, is news of the report's time and takes the day its context gives."""
    date = draft.own_date
    if (
        draft.is_speech_type
        or date is None
        or published is None
        or not date.explicit
        or date.date_end > published - PERFECT_NOUN_DATE_BACK
    ):
        return draft
    before = draft.sentence.text[: max(0, date.start - draft.sentence.start)]
    found = _PERFECT_THEN_NOUN_DATED.search(before)
    # ("have protested about the blast on 3 March, which left the depot in ruins": a draft of the happening
    # the noun names, told in a clause of its own, keeps the date; only the perfect's own act leaves it)
    if found is None:
        return draft
    perfect = found.group().split()[:2]
    if " ".join(perfect).lower() not in " ".join(draft.clause.split()).lower():
        return draft
    if _NOUN_TOLD_AFTER.match(draft.sentence.text[max(0, date.end - draft.sentence.start) :]):
        return draft  # "... about the blast on 3 March, which left the depot in ruins": the happening is told
    left = f"'{date.text}' is when the {found.group('noun')} happened; the news about it is recent"
    return dataclasses.replace(draft, own_date=None, undated_past=False, date_left=left)


# A document put out on a day, the date right after: "a report (by the agency) released on", "the study,
# published in the journal Nature on", "the audit, which was made public on"
_RELEASED_BEFORE = rx(
    rf"\b(?P<document>{DOCUMENT_NOUNS})\b(?P<by>\s+(?:by|from|of|on|into)\s+[^,;:“”\"]{{1,80}}?)?\s*,?\s+"
    r"(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?"
    r"(?:released|published|issued|unveiled|made\s+public|presented|posted|put\s+out)\s+"
    r"(?:in\s+(?:the\s+)?(?:journal\s+)?[^,;:“”\"]{1,60}?\s+)?(?:(?:late|early)\s+)?(?:on\s+)?$"
)
# ... then what it found, the document being the subject: "... found that", ", says", "by the agency accuses"
_FINDING_AFTER = rx(
    r"^(?:\s+by\s+[^,;:“”\"]{1,80}?)?\s*,?\s*(?:(?:has|have|had|also|now)\s+)?(?P<verb>"
    r"found|finds|concluded|concludes|says|said|shows|showed|suggests|suggested|accuses|accused|blames|blamed"
    r"|warns|warned|estimates|estimated|recommends|recommended|criticis(?:es|ed)|criticiz(?:es|ed)|calls|called"
    r"|urges|urged|reveals|revealed|highlights|highlighted|describes|described|details|detailed|documents"
    r"|documented|identifies|identified|predicts|predicted|projects|projected|confirms|confirmed)\b"
)
# ... or the document opens the sentence, and the main clause follows its comma: "In a report released on
# Tuesday, the agency said", "According to a survey published on Monday by the Red Cross, ..."
_RELEASE_OPENING = rx(r"^(?:(?:but|and)\s+)?(?:in|according\s+to)\s+(?:a|an|the|its|their|his|her)\s+")
_OPENING_CLOSES = rx(r"^(?:\s+by\s+[^,;:“”\"]{1,80}?)?\s*,\s*")
# what may stand before the document in its subject: a determiner and a few words ("A glossy", "The
# government-commissioned")
_DOCUMENT_OPENS = rx(
    r"(?:^|[,;:]\s*)(?:(?:but|and|meanwhile)\s+)?(?:(?:the|a|an|its|their|his|her|this|that)(?:\s+[^\s,;:]+){0,4}\s+)?$"
)


def release_of_document(text: str, dates: list[DateMention], offset: int) -> DateMention | None:
    """The day a document the sentence tells of was released, when the document is the sentence's subject
    ("A report released on Monday found ...") or opens it ("In a study published on Monday, ..."); None
    otherwise. A date inside the findings ("... that the fire in March was deliberate") is theirs."""
    for date in dates:
        before = text[: date.start - offset]
        document = _RELEASED_BEFORE.search(before)
        if document is None:
            continue
        after = text[date.end - offset :]
        subject = before[: document.start()]
        if _RELEASE_OPENING.match(subject.strip() + " "):
            if _OPENING_CLOSES.match(after) is not None:
                return date
        # (the document must open the subject: in "The World Bank on Tuesday published a report" or "The
        # ministry said a report ..." it is what a verb of its own acts on, read as such)
        elif (
            _FINDING_AFTER.match(after) is not None
            and _DOCUMENT_OPENS.search(subject)
            and not SPEECH.search(subject)
        ):
            return date
    return None


# ", arrested on Monday,", ", injured in the blast,": a participle phrase set apart after a name
PARTICIPLE_ASIDE = rx(
    r"(?<=\w),\s+(?!(?:and|but|said|added)\b)\w+(?:ed|en)\s+(?:on|in|at|by|last|early|late|during)\b[^,;]*(?=,)"
)


# What may stand between a verb of saying and the date of the saying: "said on Tuesday", "told reporters
# late on Monday", "said in a statement on Friday", "announced at a news conference on Friday"
SAYING_TO_DATE = rx(
    r"^\s+(?:(?:reporters|journalists|parliament|lawmakers|(?-i:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}))\s+)?"
    r"(?:(?:in|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|interview|briefing|conference|speech|address|letter|post|filing)\s+)?"
    r"(?:(?:late|early)\s+)?(?:on\s+)?$"
)


# An opening that names the occasion of the saying: "Speaking after the 2008 floods, ...", "Writing
# during the siege, ..."
_SPEAKING_OCCASION = rx(
    r"^(?:speaking|writing|talking)\s+(?:after|at|during|following|before|on)\s+[^,;:“”\"]{3,80},"
)


def dates_of_the_saying(dates: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """The dates that directly follow a verb of saying in the sentence ("said on Tuesday"), or date the
    occasion the words were said at ("said during a March 3 hearing", "told Tuesday's briefing"), or in
    an opening that names that occasion ("Speaking after the 2008 floods, the president said")."""
    verbs = [m.end() for m in SPEECH.finditer(text)]
    occasion = _SPEAKING_OCCASION.match(text)
    return [
        d
        for d in dates
        if (occasion is not None and d.end - offset <= occasion.end())
        or _opening_occasion(d, text, offset)
        or any(
            end <= d.start - offset
            and (
                SAYING_TO_DATE.match(text[end : d.start - offset])
                or _occasion_of_saying(d, text[end : d.start - offset], text[d.end - offset :])
            )
            for end in verbs
        )
    ]


# "said during a March 3 hearing", "told Tuesday's news conference": the occasion the words were said at,
# named with its day
_BEFORE_OCCASION = rx(r"^\s+(?:(?:during|at|in|to)\s+)(?:a|an|the|his|her|its|their)?\s*$")
# (the occasions the words may be said at, one list for the patterns of this module)
_OCCASION_NOUN = (
    r"(?:hearing|interview|briefing|conference|speech|meeting|session|address|debate|summit|rally|appearance"
    r"|testimony|statement|call|visit|broadcast)"
)
_OCCASION_AFTER = rx(r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?" + _OCCASION_NOUN + r"\b")


# An opening phrase of the occasion, up to the date: "At a September hearing, the judge said ...", "During
# a Monday briefing, ...", or the day's possessive with no determiner: "At Tuesday's hearing, ..."
_OCCASION_OPENS = rx(r"^\W*(?:(?:but|and)\s+)?(?:at|during|in)\s+(?:(?:a|an|the|his|her|its|their)\s+)?$")
# ... or the occasion named first, its day right after it: "In an interview on Sunday, the minister said
# ...", "At a news conference late on Friday, ...", "In an interview with a radio station on Sunday, ..."
# ("In an interview before the hearing on Friday," and "a speech to mark the anniversary of the uprising
# on Tuesday": the day is of the thing named between, not of the occasion)
_OCCASION_THEN_DATE = rx(
    r"^\W*(?:(?:but|and)\s+)?(?:at|during|in)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    + _OCCASION_NOUN
    + r"(?:\s+with\s+[^,;:.()\"“”]{1,40}?)?\s+(?:(?:late|early)\s+)?(?:on\s+)?$"
)
# A day ahead or moved in the phrase: "At next Tuesday's hearing,", "At Tuesday's rescheduled hearing next
# week,": the occasion is still to come and dates no saying
_OCCASION_AHEAD = rx(r"\b(?:next|coming|upcoming|rescheduled|postponed|planned|week)\b")


def _opening_occasion(date: DateMention, text: str, offset: int) -> bool:
    """Whether the date names the occasion of the sentence in its opening phrase, which a comma closes
    before the clause: "At a September hearing, the judge suggested ..." (the words were said there)."""
    before = text[: date.start - offset]
    after = text[date.end - offset :]
    phrase = re.match(r"[^,;:.()\"“”]{0,60},", after)
    determiner = re.search(r"\s(?:a|an|the|his|her|its|their)\s+$", " " + before) is not None
    if determiner and _OCCASION_OPENS.match(before) and _OCCASION_AFTER.match(after):
        return phrase is not None  # (the older path: "At a September hearing, ...")
    # The two paths below date the saying only when its words carry no date of their own: the saying's
    # day would be read for the content too ("In a broadcast on Sunday, the general said the army had
    # retaken the town in February": the retaking is February's)
    words = after[phrase.end() :] if phrase is not None else after
    if (
        phrase is None
        or _OCCASION_AHEAD.search(text[: phrase.end() + date.end - offset])
        or _TIME_NAMED.search(words)
        or _TIME_SPOKEN.search(words)
    ):
        return False
    if _OCCASION_THEN_DATE.match(before) is not None:
        return re.match(r"\s*(?:(?:morning|afternoon|evening|night)\s*)?,", after) is not None
    # (with no determiner, only the day's possessive names the occasion: "At Tuesday's hearing,", not "In
    # March, ...")
    return (
        _OCCASION_OPENS.match(before) is not None
        and _OCCASION_AFTER.match(after) is not None
        and re.match(r"['’]s\b", after) is not None
    )


def _occasion_of_saying(date: DateMention, between: str, after: str) -> bool:
    return _BEFORE_OCCASION.match(between) is not None and _OCCASION_AFTER.match(after) is not None


# Between an act's verb and its own date: nothing that opens another clause ("arrested 40 of them on
# Tuesday", "launched an offensive on Wednesday"; not "the base where troops were stationed in March")
_ATTACHED_GAP = rx(
    r"^(?![^,;:()]*\b(who|whom|which|that|where|when|while|after|before|since|until|and|but|as|because|if"
    r"|said|says|told)\b)[^,;:()\"“”]{0,40}?\b(on|in|at|during|last|this|early|late|earlier|later)\s+$|^\s*$"
)


_AWAITED_THEN_DATE = rx(r"\b(for|ahead\s+of|before|towards?)\s+the\s+$")
_NAME_THEN_HAPPENING = re.compile(
    r"^(?:\s+[A-Z][\w.-]*){0,3}\s+(?:[a-z][\w-]*\s+)?(?:elections?|vote|referendum|polls?|summit|talks"
    r"|conference|hearing|trial|meeting|games|championships?|final|launch|deadline)\b"
)


def _awaited_happening_named(date: DateMention, text: str, offset: int) -> bool:
    """Whether a month or day names a happening awaited ("for the June European elections", "ahead of
    the May summit") rather than dating the sentence's act."""
    at = date.start - offset
    return (
        date.precision in ("day", "month")
        and _AWAITED_THEN_DATE.search(text[max(0, at - 20) : at]) is not None
        and _NAME_THEN_HAPPENING.match(text[date.end - offset :]) is not None
    )


def closest_date(
    dates: list[DateMention], anchor: int, text: str, offset: int, anchor_end: int | None = None
) -> DateMention | None:
    """The sentence's own date: the one nearest the trigger, passing over an attribution's date
    ("..., according to a report from March 27") when another date is there."""
    if not dates:
        return None
    # "the first meeting since March 2022": a since-date starts a stretch of time, it dates nothing here
    # (nor does a count back to what the clause after it tells: "in the six weeks since the rig exploded")
    dates = [
        d
        for d in dates
        if not re.search(r"\bsince\s+$", text[max(0, d.start - offset - 7) : d.start - offset])
        and not SINCE_COUNTED.search(d.text)
    ]
    if not dates:
        return None
    # "will freeze its hiring for the rest of this year": how long, not when
    dates = [d for d in dates if not _is_duration(d, text[max(0, d.start - offset - 50) : d.start - offset])]
    if not dates:
        return None
    # "industrial output fell 6.7 percent in March", "the economy will shrink 7% this year": the stretch a
    # statistic measures, or a forecast foresees; the news is the day the figure was released or foreseen
    dates = [
        d for d in dates if not measured_period(d, text[max(0, d.start - offset - 110) : d.start - offset])
    ]
    if not dates:
        return None
    # "has been unstable since independence in 1960", "has been named the biggest seller since his death
    # last year": a state that goes on since then is no act of that date ("since the flood struck on 12
    # January" is a clause, below)
    dates = [
        d
        for d in dates
        if not (found := _STATE_SINCE.search(text[max(0, d.start - offset - 120) : d.start - offset]))
        or FINITE_VERB.search(found.group("phrase"))
    ]
    if not dates:
        return None
    # "has killed 143 since the ministry declared it on Jan. 9, the WHO said on Tuesday": the since-clause
    # dates the start of the count, the sentence has a date of its own; alone, it dates what it tells
    since_dated = [
        d for d in dates if _SINCE_CLAUSE.search(text[max(0, d.start - offset - 70) : d.start - offset])
    ]
    # ("said the visit is his first since the bridge that the firm built collapsed on 2 March": inside what
    # a speaker said, even alone, it dates the happening the words count from, never the saying)
    if since_dated and saying_spoken_before(text, anchor - offset, since_dated[0].start - offset):
        dates = [d for d in dates if d not in since_dated]
        if not dates:
            return None
    dates = [d for d in dates if d not in since_dated] or dates
    # "900 cases had been confirmed as of May 3, the ministry said on Tuesday": the day a count stands at,
    # when the sentence dates its telling too, is not the date of the report
    dates = [
        d
        for d in dates
        if not re.search(r"\bas\s+of\s+$", text[max(0, d.start - offset - 7) : d.start - offset])
    ] or dates
    # "After failing earlier in the month to stop the leak, the company began pumping mud on Wednesday": a
    # date inside a gerund phrase hung on "after" or "before" dates that phrase; another date is the act's
    in_gerund = [
        d for d in dates if _GERUND_PHRASE.search(text[max(0, d.start - offset - 80) : d.start - offset])
    ]
    # ("Shares fell in London after recovering some losses earlier this week": alone, a date that says it
    # came before the time of the main clause, "earlier ...", dates only the phrase hung on "after")
    dates = [d for d in dates if d not in in_gerund] or [
        d
        for d in dates
        if not (
            _EARLIER_DATE.match(d.text)
            and _AFTER_GERUND.search(text[max(0, d.start - offset - 80) : d.start - offset])
        )
    ]
    if not dates:
        return None
    # "denied taking money from the lobbyist last year", "said he did not regret meeting them last week": a
    # week, month or year that closes what is denied, admitted or recalled dates that deed, not the
    # denying (a day may be the saying's own: "admitted causing the crash on Tuesday" in court copy)
    dates = [
        d
        for d in dates
        if d.precision == "day"
        or not _GERUND_OBJECT.search(text[max(0, d.start - offset - 80) : d.start - offset])
    ]
    if not dates:
        return None
    # "sent a letter to the airline demanding a briefing by Sept. 25": the deadline a demand sets, hung on an
    # act told in the past, is no date of that act (which is the report's news, or its context's)
    dates = [d for d in dates if not _deadline_of_a_demand(d, anchor, text, offset)]
    if not dates:
        return None
    # "The blast killed 11 workers before the tank was sealed on 15 April", "recalled the cars, saying a
    # fault found on Monday was rare": a date inside a later clause of its own dates that clause only, not
    # the act whose verb phrase is known (remarks are dated by their own rules, in events.extract.mentions)
    if anchor_end is not None:
        dates = [d for d in dates if not in_later_clause(d, anchor, text, offset)]
        if not dates:
            return None
    # "lawsuits brought by fishermen stemming from the April explosion": a date that names a happening in
    # a phrase hung on a preposition is that happening's (told as one of its own), not the sentence's act
    dates = [d for d in dates if not names_a_happening_after_preposition(d, text, offset)]
    # ... and so does a day between a happening's noun and the relative clause that tells it
    dates = [d for d in dates if happening_day_then_relative(d, text, offset) is None]
    if not dates:
        return None
    # "a co-author of a 2005 study on pesticides, told the panel ...", "the envoy who led the response to
    # the 2004 tsunami said ...": a year that modifies a noun after "of", "to", "on" or "about" names that
    # thing, which the act is told of or by; it does not date the act, even when it is the only date
    dates = [d for d in dates if not year_names_a_thing_told_of(d, text, offset, anchor)]
    if not dates:
        return None
    # "criticised how candidates were chosen for the June European elections": a happening still awaited,
    # named by its month (a name's words may stand before its noun), when another date tells the act's
    dates = [d for d in dates if not _awaited_happening_named(d, text, offset)] or dates
    # "Turnout was 37.4%, down from the previous vote in 2021": the date of what it is compared with,
    # never the sentence's own, even when it is the only one
    dates = [d for d in dates if not _COMPARED.search(text[max(0, d.start - offset - 60) : d.start - offset])]
    if not dates:
        return None
    # "Ticket sales have dropped from 9,000 last spring to 6,500 this week": the day of the figure a change
    # starts from, never the change's own (which the figure it reaches dates)
    dates = [d for d in dates if not figure_a_change_starts_from(d, dates, text, offset)]
    if not dates:
        return None
    dates = [
        d
        for d in dates
        if not (found := _SUPERLATIVE_SINCE.search(text[max(0, d.start - offset - 90) : d.start - offset]))
        or FINITE_VERB.search(found.group("phrase"))
    ]
    if not dates:
        return None
    # "The fire destroyed twice as many homes as the blaze nine years ago", "one of the markets hardest hit
    # by the outbreak six years ago": the yardstick a comparison measures against, not the act's time (the
    # yardstick's own happening, when it is the act the sentence is read for, keeps it)
    dates = [d for d in dates if not in_yardstick(d, text, offset, anchor)]
    if not dates:
        return None
    # "gave the storm a 30 percent chance of strengthening by Friday": the deadline of what may come about,
    # not the day the odds were given
    dates = [
        d for d in dates if not _CHANCE_BY.search(text[max(0, d.start - offset - 100) : d.start - offset])
    ]
    if not dates:
        return None
    # "has been named co-host of next month's concert", "said the delay was related to Wednesday's
    # deadline": a day that owns the noun of a thing the act is told of names that thing, not the act
    dates = [d for d in dates if not possessive_names_a_thing_told_of(d, text, offset, anchor)]
    if not dates:
        return None
    # "This article was amended on 16 December": the page's history, no date of the news
    note = EDITORS_NOTE.search(text)
    dates = [d for d in dates if note is None or d.start - offset < note.start()]
    # "logged 900 faults between June 2019 and March this year": the two ends of a stretch a
    # figure runs over date no act (as "from April to July" does not)
    dates = [d for d in dates if not _range_end(d, dates, text, offset)]
    if not dates:
        return None
    # "The charity said last month that 900 had died of the fever this year": "this year" (or "this month") is
    # the stretch a count runs over; a date the sentence gives inside it tells when
    dates = [d for d in dates if not _stretch_around_another(d, dates)] or dates
    usable = [d for d in dates if not _ATTRIBUTION_DATE.search(text[: d.start - offset])] or dates
    # "Roe, who was elected in 2021, was arrested on July 30": a relative clause dates its own aside
    asides = [(m.start(), m.end()) for m in RELATIVE_ASIDE.finditer(text)]
    # "Roe, a former agent convicted in the 2001 bombing, won release last year": so does an apposition
    asides += [(m.start(), m.end()) for m in _APPOSITION.finditer(text) if not _SAYS_OR_IS.search(m.group())]
    # "Jan Roe, arrested on Monday, was charged ...": and a participle phrase set apart
    asides += [(m.start(), m.end()) for m in PARTICIPLE_ASIDE.finditer(text)]
    # ... and the act told inside an aside ("The minister, who died on Monday, was buried on Wednesday")
    # is dated by the aside
    # (not an apposition: "Salem, a former agent convicted in the 2001 bombing, won release last year")
    # ("Kira, the first named storm of the 2026 hurricane season, hit the coast": a year that qualifies a noun
    # in an apposition names a time of what describes the subject, never the act)
    described = [(a, b) for a, b in asides if text[a : a + 1] == "," and _APPOSITION.match(text, a)]
    usable = [
        d
        for d in usable
        if not (
            d.precision == "year"
            and any(a <= d.start - offset < b for a, b in described)
            and _YEAR_QUALIFIES.search(text[: d.start - offset])
            and (noun := _QUALIFIED_NOUN.match(text, d.end - offset)) is not None
            # ("Roe, the lawyer who sued after the 2005 explosion, said ...": the act is the named happening)
            and not d.end - offset <= anchor - offset < noun.end()
        )
    ]
    if not usable:
        return None
    told_aside = [(m.start(), m.end()) for m in RELATIVE_ASIDE.finditer(text)]
    told_aside += [(m.start(), m.end()) for m in PARTICIPLE_ASIDE.finditer(text)]
    # ("The coach -- hired in March -- was sacked on Sunday": so does an aside between dashes)
    told_aside += dash_aside_spans(text)
    asides += dash_aside_spans(text)
    holding = [(a, b) for a, b in told_aside if a <= anchor - offset < b]
    inside = [d for d in usable if any(a <= d.start - offset < b for a, b in holding)]
    if inside:
        return min(inside, key=lambda d: min(abs(d.start - anchor), abs(d.end - anchor)))
    # ("The ferry line -- which lost two ships in May -- cancelled all sailings": an act told outside the
    # asides that hold every date has no date of its own in the sentence; the aside's past is its own
    # happening's. A time ahead, "after the hearing, which could end next week, a judge will rule", still
    # places the act; and a document's release, "The audit, published in May, found ...", is its telling)
    past_told = [(a, b) for a, b in told_aside if not _RELEASE_ASIDE.match(text, a)]
    # ("Roe, a veteran of the 2003 invasion, was appointed army chief": an apposition tells who someone is;
    # its year names a happening of their past, not the act)
    past_told += [
        (m.start(), m.end()) for m in _APPOSITION.finditer(text) if not _SAYS_OR_IS.search(m.group())
    ]
    # (an aside is closed by a comma of the prose, not one inside a date or a figure: "victims of the Sept.
    # 11, 2001, attacks", "killed more than 1,800 people")
    past_told = [
        (a, b)
        for a, b in past_told
        if not re.match(r"\d", text[b : b + 1])
        and not any(d.start - offset < b <= d.end - offset for d in dates)
    ]
    # (an aside right after the act's own noun tells of it: "to halt the leak -- which began after the blast
    # on 3 May -- ...": the leak's beginning is the aside's happening)
    anchor_word = re.match(r"\w*", text[anchor - offset :])
    word_end = anchor - offset + (anchor_word.end() if anchor_word else 0)
    # (remarks are read apart: their verb's own date is sought by the saying's rules, and undated words
    # in the present are the report's, "says the agency, set up in 2008, has failed")
    if (
        anchor_end is not None
        and not holding
        and not any(a <= anchor - offset < b for a, b in past_told)
        and not any(a == word_end for a, _ in past_told)
        and usable
        and all(
            (
                d.tense == "past"
                or (d.tense == "future" and _past_beside_an_aside_ahead(text, d.start - offset))
            )
            and any(a <= d.start - offset < b for a, b in past_told)
            for d in usable
        )
    ):
        return None
    usable = [d for d in usable if not any(a <= d.start - offset < b for a, b in asides)] or usable
    # "cancel the bonus scheduled for payment on March 21", "sued the driver charged with his death a
    # year ago": a participle after the object names when that thing was or will be, not when the act is
    usable = [d for d in usable if not in_reduced_relative(text[: d.start - offset])]
    if not usable:
        return None
    if anchor_end is not None:
        # "Gunmen who attacked a village on Sunday were arrested on Tuesday": the date the act's own verb
        # phrase ends with is its date, before a nearer one told of something else
        # ("charged on Wednesday with fraud": or the date inside the verb phrase itself)
        attached = [d for d in usable if anchor <= d.start and d.end <= anchor_end] or [
            d
            for d in usable
            if d.start >= anchor_end and _ATTACHED_GAP.match(text[anchor_end - offset : d.start - offset])
        ]
        if attached:
            return attached[0]
    return min(usable, key=lambda d: min(abs(d.start - anchor), abs(d.end - anchor)))


# A word that puts the main clause's act ahead or now: a modal, a present of "be" or of saying, or an intent
# with its infinitive ("said the minister planned to meet them at the summit, which opens in June")
_MAIN_CLAUSE_NOT_PAST = rx(
    r"\b(will|would|could|can|may|might|shall|should|must|is|are|am|says|say"
    r"|(?:plan|hope|aim|intend|want|seek|vow|promise|pledge|agree|decide|prepare)(?:s|d|ed|ned)?\s+to)\b"
)


def _past_beside_an_aside_ahead(text: str, at: int) -> bool:
    """Whether the day at `at` is ahead in a relative aside ("The bank, which reports its results on
    Thursday, cut 200 jobs") while the main clause around it tells a past act: the day is the aside's own,
    and dates no act of the main clause (as "the trial, which opens next week, will hear ..." does)."""
    holding = next((m for m in RELATIVE_ASIDE.finditer(text) if m.start() <= at < m.end()), None)
    if holding is None:
        return False
    main = text[: holding.start()] + "," + text[holding.end() :]
    return PAST_TENSE.search(main) is not None and not (
        _MAIN_CLAUSE_NOT_PAST.search(main) or FORESEEN.search(main)
    )


# A year (or a month of a stated year) between an object's preposition and determiner and its noun:
# "of a 2005 study", "to the 2004 Indian Ocean tsunami", "about its June 2019 report" (not "in the 2019
# election" nor "by the 2004 tsunami": a happening the act took place in, or was done by)
_TOLD_OF_BEFORE = rx(r"\b(of|to|on|about|for|like|than)\s+(the|an?|its|his|her|their|this|that)\s+$")
_NOUN_AFTER_YEAR = re.compile(
    r"^(?P<phrase>(?:\s+(?-i:[A-Z][\w.&-]*)){0,4}\s+(?!(?:and|or|but|to|in|on|at|of|by|for|with|was|were|is|are"
    r"|has|had|have|will|would)\b)[a-z][a-z-]{2,}\b)"
)


def year_names_a_thing_told_of(date: DateMention, text: str, offset: int, anchor: int) -> bool:
    """Whether a year or a month of a stated year modifies a noun in a phrase of what the act is told of
    ("a co-author of a 2005 study", "the response to the 2004 tsunami") before words said, which it does
    not date."""
    if date.precision not in ("year", "month") or not re.search(r"\d{4}", date.text):
        return False
    at = date.start - offset
    told_of = _TOLD_OF_BEFORE.search(text[max(0, at - 24) : at])
    noun = _NOUN_AFTER_YEAR.match(text[date.end - offset :])
    if told_of is None or noun is None:
        return False
    phrase = (date.start - (len(text[max(0, at - 24) : at]) - told_of.start(2)), date.end + noun.end())
    # (the act itself named by that noun phrase, "the 2015 earthquake", keeps its year; and only words said
    # after it are sure to be another act: "a disaster on the scale of the 1989 spill" may be that spill)
    # ("the September 2009 letter accusing the agency of ...": a participle tells the named thing's own act)
    said = [m for m in SPEECH.finditer(text, phrase[1] - offset) if not m.group().lower().endswith("ing")]
    return not phrase[0] <= anchor < phrase[1] and bool(said)


# A demand told as a participle, up to the deadline it sets: "demanding a briefing by", "asking for its
# records before"
_DEMAND_DEADLINE = rx(
    r"\b(demanding|asking|requesting|requiring|seeking|ordering|urging|giving)\b[^,;.:]{0,80}?\b(by|before)\s+$"
    # "pledged $2bn to cut emissions by 2030": the deadline of what a sum given is for, no day of the giving
    r"|(?:[$£€¥]\s?\d|\d\s*(?:million|billion|bn|m)\b)[^,;:]{0,40}?\b(?:to|for)\s+[a-z]+\b[^,;:]{0,60}?\b(by|before)\s+$"
)


def _deadline_of_a_demand(date: DateMention, anchor: int, text: str, offset: int) -> bool:
    """Whether a date is the deadline of a demand hung on the sentence's act, which comes before it and is
    told in the past ("wrote to the bank asking for its records by Friday": not the writing's day)."""
    window_start = max(0, date.start - offset - 100)
    found = _DEMAND_DEADLINE.search(text[window_start : date.start - offset])
    if found is None:
        return False
    at = window_start + found.start()
    return anchor - offset < at and PAST_TENSE.search(text[:at]) is not None


# A clause that follows the act and tells another one: "before/until <subject> <verb> ...", or what a
# participle of saying reports (", saying the deal ...")
_LATER_CLAUSE = rx(
    r"\b(?:before|until|till)\s+(?P<told>(?!\w+ing\b)[^,;:()“”\"]+)$"
    # (every participle that hangs what the subject said on the act: "called early elections, noting that
    # the coalition had collapsed in mid-March" is not a remark of mid-March)
    r"|,\s+(?:saying|adding|arguing|claiming|insisting|warning|noting|recalling|explaining|stressing"
    r"|pointing\s+out|acknowledging|admitting|conceding|complaining|asserting|observing|remarking"
    r"|reminding\s+\w+)\s+(?:that\s+)?(?P<said>[^;:()“”\"]+)$"
)
_TIME_OPENS = rx(r"^(?:on|in|at|last|this|early|late|earlier|later)\b")


def in_later_clause(date: DateMention, anchor: int, text: str, offset: int) -> bool:
    """Whether a date stands inside a clause told after the act (its trigger at `anchor`) and opened by
    before, until or till, or by a participle of saying: that clause's own verb takes it ("spilled fuel
    for weeks before the tank was sealed on 15 April": not the spilling; "apologised, saying the deal
    struck on Wednesday was a bribe": not the apology). A bare date after the word ("until Friday") or
    the time of the saying itself (", saying on Friday that ...") is the act's; so is the date of an
    after-clause, which the act follows closely in news copy ("Rebels took the town after the army
    withdrew on Monday")."""
    at = date.start - offset
    if anchor - offset >= at:
        return False
    found = _LATER_CLAUSE.search(text[max(0, anchor - offset) : at])
    if found is None:
        return False
    told = found.group("told")
    if told is not None:
        # a finite verb of the clause's own stands before the date ("the tank was sealed on ...")
        return FINITE_VERB.search(told) is not None
    said = found.group("said")
    return bool(said.strip()) and _TIME_OPENS.match(said) is None


def _range_end(date: DateMention, dates: list[DateMention], text: str, offset: int) -> bool:
    """Whether `date` opens or closes a range with another of `dates`: "between June and July", "from
    March to May"."""
    for first, second in itertools.pairwise(dates):
        if date is not first and date is not second:
            continue
        if RANGE_JOINS.fullmatch(text[first.end - offset : second.start - offset]) and RANGE_OPENS.search(
            text[max(0, first.start - offset - 10) : first.start - offset]
        ):
            return True
    return False


_THIS_STRETCH = rx(r"(?:so\s+far\s+)?this\s+(year|month|week)")


def _stretch_around_another(date: DateMention, dates: list[DateMention]) -> bool:
    """Whether `date` is "this year", "this month" or "this week" and another of `dates` is a shorter time
    inside it ("rallied this week, including a 5% rise on Wednesday": the day tells when)."""
    return _THIS_STRETCH.fullmatch(" ".join(date.text.split())) is not None and any(
        other is not date
        and other.value != "PRESENT_REF"
        and date.date_start <= other.date_start
        and other.date_end <= date.date_end
        and (other.date_end - other.date_start) < (date.date_end - date.date_start)
        for other in dates
    )


def deadline_ahead(dates: list[DateMention], text: str, offset: int) -> DateMention | None:
    """The sentence's date that is a deadline ahead ("... by Friday", read as the coming Friday), if any."""
    return next(
        (
            d
            for d in dates
            if d.tense == "future"
            and d.precision == "day"
            and re.search(r"\bby\s+$", text[max(0, d.start - offset - 4) : d.start - offset])
        ),
        None,
    )


_GERUND_PHRASE = rx(r"\b(after|before|while|despite|without)\s+[a-z]{2,}ing\b[^,;.:]{0,70}$")
_AFTER_GERUND = rx(r"\bafter\s+[a-z]{2,}ing\b[^,;.:]{0,70}$")
_EARLIER_DATE = rx(r"earlier\b")
# What is denied, admitted, regretted or recalled, told as a gerund: "denied taking money ...", "did not
# regret meeting the bank chiefs ..."
_GERUND_OBJECT = rx(
    r"\b(regret(?:s|ted|ting)?|den(?:y|ies|ied|ying)|admit(?:s|ted|ting)?|recall(?:s|ed|ing)?"
    r"|remember(?:s|ed|ing)?|acknowledg(?:e|es|ed|ing))\s+(?:ever\s+|having\s+)?"
    # (the gerund right after the verb; "denied any wrongdoing in a video posted last week" is no deed)
    r"(?!wrongdoing\b|\w*thing\b|wedding\b|funding\b|spending\b)[a-z]{2,}ing\b[^,;.:]{0,70}$"
)


_DURATION_BEFORE = rx(
    r"\b(for|throughout|during)\s+(the\s+)?(rest|remainder|whole|balance)\s+of\s+$|\b(until|till|through)\s+$"
)
# "will not reopen until Monday", "are not expected to be completed until August": what is not done until a
# day is done on that day; the date is the act's, no end of a stretch
_NOT_UNTIL = rx(
    r"(\bnot|\bnever|n['’]t|\bunlikely\s+to)\s+(?:(?!(?:and|but|or|which|who|that|because)\b)[^,;:.]){0,60}?"
    r"\b(until|till)\s+$"
)
# ("more than four hours of training this week" is a quantity: a number after "than" compares nothing)
_COMPARED = rx(
    r"\b((down|up)\s+from|compared\s+(with|to)|than(?!\s+(an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|a\s+dozen|dozens|hundreds|thousands|half|twice|double|\d"
    # ("stronger than forecast half-year sales on Tuesday": a yardstick of no date, nothing compared)
    r"|expected|forecast|anticipated|estimated|predicted|feared|hoped|planned|usual|normal)\b))\b"
    # ("compared with $3.4bn a year ago": the point of a decimal figure ends no phrase)
    r"(?:[^,;.]|(?<=\d)\.(?=\d)){0,45}$"
)
# "the slowest pace since the crisis a decade ago", "the highest since 1983": a superlative's yardstick; a
# clause after "since" ("its worst day since the rig sank 65 days ago") tells a happening of its own
_SUPERLATIVE_SINCE = rx(
    r"\b(slowest|fastest|highest|lowest|biggest|largest|smallest|deepest|sharpest|steepest|strongest|weakest"
    r"|worst|best|most|least)\s+([\w-]+\s+){0,4}?since\b(?P<phrase>[^,;.]{0,45})$"
)
# What a comparison measures against, up to a date that closes it: "twice as many homes as the flood ...",
# "three times the size of the spill ...", "as severe as the drought ...", "on the scale of the quake ..."
_YARDSTICK_BEFORE = rx(
    r"(?P<opens>\b(twice|double|triple|treble|half|(three|four|five|six|seven|eight|nine|ten|several|many|\d+(\.\d+)?)\s+times)\s+(as\s+[\w-]+(\s+[\w-]+)?\s+as"
    r"|the\s+[\w-]+\s+of|that\s+of|those\s+of|what)"
    # ("as many as 300 died": an amount, no comparison)
    r"|\bas\s+(?!(soon|long|early|late|far|well|recently|of|from|part)\b)[\w-]+\s+as"
    r"(?!\s+(about\s+|some\s+)?([\d$£€]|(an?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty"
    r"|forty|fifty|hundreds?|thousands?|dozens?|several|half)\b))"
    # ("doubled the size of its operations in 2006": a bare "the size of" is no comparison)
    r"|\b(on\s+the\s+scale\s+of|comparable\s+(to|with)|similar\s+to|akin\s+to"
    r"|reminiscent\s+of))\b(?P<phrase>[^,;.:]{0,60})$"
)
# ... and a ranking against past happenings, which only a time past names: "the region worst hit by the
# floods of 1998", "among the firms most affected by the crash a decade ago"
_RANKED_BEFORE = rx(
    r"(?P<opens>\b(hardest|worst|least|most)\s+(hit|affected|damaged|struck)\s+by\s+(the|an?|its|their)"
    r"|\b(dwarf(s|ed|ing)?|eclips(e|es|ed|ing)|outstrip(s|ped|ping)?))\b(?P<phrase>[^,;.:]{0,60})$"
)


def in_yardstick(date: DateMention, text: str, offset: int, anchor: int) -> bool:
    """Whether a date closes the yardstick of a comparison ("twice as many as the flood nine years ago",
    "one of the markets hardest hit by the outbreak in 2003"), which dates the thing compared with, not the
    act; the act read at that thing's own noun (its trigger inside the yardstick) keeps it."""
    at = date.start - offset
    if date.tense == "future" or re.search(r"\b(by|before|until|within)\s+$", text[max(0, at - 8) : at]):
        return False  # "to double the amount it collects by next month": a deadline, no yardstick of the past
    window_start = max(0, at - 110)
    found = _YARDSTICK_BEFORE.search(text[window_start:at])
    if found is None and (date.precision in ("year", "month") or "ago" in date.text.lower()):
        found = _RANKED_BEFORE.search(text[window_start:at])
    if found is None:
        return False
    # ("as bad as it was in 2003", "as strong as the one that hit the city in 1985": a clause inside the
    # yardstick tells its time too)
    return not window_start + found.start() <= anchor - offset < at


_CHANCE_BY = rx(
    r"\b(chances?|risk|likelihood|odds|probability|possibility)\s+(of|that)\b[^,;.:]{0,80}\b(by|before|until)\s+$"
    # ("digested the news that the leak might not be stopped before August": what may or may not be)
    r"|\b(that|which)\s+[^,;.:]{0,60}\b(might|may|could)\s+(not\s+)?[^,;.:]{0,40}\b(by|before|until)\s+$"
)
_STATE_SINCE = rx(
    r"\b(has|have)\s+(been|remained|stayed|seen)\b[^,;.]{0,60}\bsince\s+(?P<phrase>(the|a|an|its|his|her|their"
    r"|[a-z]+)\b[^,;.]{0,50}?)\s+((on|in)\s+)?$"
)
_SINCE_ACT_BEFORE = rx(r"\bsince\s+(the|a|an|its|his|her|their)\b[^,;.:]{0,60}$")
_SINCE_DATE_BEFORE = rx(r"\bsince\s+(the\s+)?$")
_NOUN_THEN_RELATIVE = rx(r"^(?:[’']s)?\s+(?:[\w’'-]+\s+){1,4}(?:that|which)\s+$")


def since_dates_the_act(date: DateMention, text: str, offset: int, span: tuple[int, int]) -> bool:
    """Whether a date closes a since-clause that tells the act itself ("since the plant exploded on May
    3") or opens the noun phrase the act's relative clause hangs on ("since the 3 May explosion that
    killed nine people")."""
    at, end = date.start - offset, date.end - offset
    clause = _SINCE_ACT_BEFORE.search(text[:at])
    if clause is not None and clause.start() <= span[0] and span[1] <= at:
        return True
    return bool(
        _SINCE_DATE_BEFORE.search(text[:at])
        and end <= span[0]
        and (
            _NOUN_THEN_RELATIVE.match(text[end : span[0]])
            # ("since the 9 February refinery explosion that killed 14": the span opens on the dated noun)
            or _MODIFIERS_ONLY.fullmatch(text[end : span[0]])
        )
    )


_MODIFIERS_ONLY = re.compile(r"\s*(?:[\w’'-]+\s+){0,3}")


# what stands between a verb of saying and a word of the future in what was said: its subject, and no
# clause break of the sentence's own ("said the city will", "announced that the two firms would")
_SAID_THEN_FUTURE = rx(
    r"^\s+(?:that\s+)?(?:[^,;:()“”\"]{1,60}?\s+)?(?:will|would|shall|is\s+to|are\s+to|plans?\s+to"
    r"|planned\s+to|is\s+set\s+to|are\s+set\s+to|was\s+to|were\s+to)\s[^,;:()“”\"]{0,80}$"
)


# The preposition before a day that owns a noun, "co-host of next month's concert", "related to Wednesday's
# deadline", "anger over Sunday's vote"; and the noun after it
_THING_TOLD_OF_BEFORE = rx(r"\b(?P<preposition>of|for|to|into|over|about|against)\s+$")
_OWNED_NOUN = rx(r"^['’]s\s+(?:[\w-]+\s+){0,3}?[\w-]+")
# A verb of saying right before a day that owns a noun ("said Monday's coverage was ..."), and the verb of
# the words said after that noun
# (not a verb of telling: what follows "told" is whom it was told to, "told Tuesday's hearing that ...", the
# occasion of the saying, which does date it)
_SAID_BEFORE_OWNER = rx(rf"\b(?!(?:told|tells?|telling)\b)(?:{alternatives(SPEECH_VERBS)})\s+(?:that\s+)?$")
_OWNED_SUBJECT_THEN_VERB = rx(
    r"^['’]s\s+(?:(?!that\b)[\w-]+\s+){0,3}?(?P<noun>[\w-]+)\s+"
    r"(?:was|were|is|are|had|has|have|would|will|could|should|did|went)\b"
)
# (a happening owned, "said Monday's attack was ...", is a happening of its own that day, which the
# happenings named in a sentence date (events.extract.happenings); the saying is left to the report)
_OWNED_HAPPENING = rx("|".join(words for _, words in HAPPENING_NOUNS))
# (only when the words said go on to tell the happening itself, a participle after its verb: "said Monday's
# attack was carried out by two men"; a view of it, "said Sunday's vote was fair" or "was rigged", leaves
# the saying to the report and the happening to its own event: the deed told has its agent, place or means)
_DEED_PARTICIPLE_NEXT = rx(
    r"^\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en)\s+(?:(?:out|up|off|down)\s+)?(?:by|in|at|on|with)\b"
)
# (what leads up to the thing owned is told with it: "ahead of Saturday's concert", "in the run-up to
# Sunday's vote", "preparations for next week's summit", "looking forward to Friday's talks")
_AWAITED_BEFORE_OWNER = rx(
    r"\b(?:ahead|in\s+advance|run-up|build-up|lead-up|countdown|preparations?|tickets?|forward)\s+(?:of|to|for)\s+$"
)
# (a plan told before the day: "will be co-host of next month's concert" is dated by the concert)
_PLAN_BEFORE = rx(
    rf"\b(will|would|shall|is\s+to|are\s+to|{alternatives(BARE_TIMETABLE_PARTICIPLES)}|set\s+to|expected|plans?"
    r"|planned)\b"
)


def possessive_names_a_thing_told_of(date: DateMention, text: str, offset: int, anchor: int) -> bool:
    """Whether a day that owns a noun after a preposition names the thing the act is told of ("hosts of
    Saturday's gala have given $1m", "said the delay was related to Wednesday's deadline"), not the act:
    after "to", "into", "over", "about" or "against" always; after "of" or "for" when the thing is still
    ahead and the act is told as done, as nothing done yet can be dated by a thing to come."""
    at = date.start - offset
    noun = _OWNED_NOUN.match(text[date.end - offset :])
    owned_subject = _OWNED_SUBJECT_THEN_VERB.match(text[date.end - offset :])
    if (
        date.precision == "day"
        and owned_subject is not None
        and _SAID_BEFORE_OWNER.search(text[max(0, at - 30) : at])
        and not (
            _OWNED_HAPPENING.fullmatch(owned_subject.group("noun"))
            and _DEED_PARTICIPLE_NEXT.match(text[date.end - offset + owned_subject.end() :])
        )
    ):
        # "said Tuesday's vote was fair": the day owns the subject of the words said, which they are about;
        # the saying is not dated by it
        return True
    lead = _THING_TOLD_OF_BEFORE.search(text[max(0, at - 12) : at])
    if lead is None or noun is None or date.precision == "year":
        return False
    if _AWAITED_BEFORE_OWNER.search(text[max(0, at - 30) : at]):
        return False  # "tickets sold ahead of Saturday's concert": the act leads up to the thing, of its day
    if at <= anchor - offset < date.end - offset + noun.end():
        return False  # "Hosts of Saturday's gala": the act is the thing named by its noun
    if lead.group("preposition").lower() in ("of", "for"):
        return date.tense == "future" and _PLAN_BEFORE.search(text[:at]) is None
    return True


def saying_spoken_before(text: str, at: int, until: int) -> bool:
    """Whether a verb of saying stands at `at`, before `until`: the words from there on are what was said."""
    return 0 <= at < until and SPEECH.match(text, at) is not None


def announced_ahead_in_saying(date: DateMention, text: str, offset: int, at: int) -> bool:
    """Whether a date closes a clause of the future that a verb of saying at `at` in `text` reports ("said
    the county will hire guards this week"); a date just after the verb ("said on Monday") is the saying's."""
    said = SPEECH.match(text, at) if 0 <= at < date.start - offset else None
    what = _SAID_THEN_FUTURE.match(text[said.end() : date.start - offset]) if said is not None else None
    return (
        what is not None
        and date.tense != "past"
        # ("said the storm will weaken this week", "said prices would rise this month": a forecast of a
        # change that nobody makes, no plan)
        and not FORECAST.search(what.group())
        and not EXPECTATION.search(text)
        and not _CHANGE_OF_ITSELF.search(what.group())
        and not dates_of_the_saying([date], text, offset)
    )


# A change that comes of itself, which a forecast tells and nobody carries out: "will weaken", "would ease"
_CHANGE_OF_ITSELF = rx(
    r"\b(will|would|shall|to)\s+(\w+ly\s+)?(weaken|strengthen|intensify|ease|worsen|improve|subside|persist"
    r"|continue|last|linger|remain|stay|peak|spread|deepen|dissipate|recover|fade|abate|cool|warm)\b"
)


# A since-clause that ends in its date, however the date is put ("since the ministry declared it on Jan.
# 9", "since it lifted the ban last week"): the start of what the main clause tells
_SINCE_CLAUSE = rx(r"\bsince\s+(the|a|an|it|he|she|they|its|his|her|their)\b[^,;.]{0,60}\s+$")


# A change and the point it is measured from: "a 5% jump from the previous day", "higher than on Monday",
# "compared with a year earlier" (but "rose 5% on Tuesday" is when it rose)
_COMPARED_FROM = rx(
    r"\b(jump|jumped|rise|rose|gain|gained|increase|increased|fall|fell|drop|dropped|decline|declined|slide"
    r"|slid|up|down|higher|lower|more|less|fewer|better|worse|change|changed)\b[^,;.]{0,30}?"
    r"\b(from|than|compared\s+(with|to))\s+(on\s+)?$"
    r"|\bcompared\s+(with|to)\s+$"
)


def comparison_base(before: str) -> bool:
    """Whether a date, given the text before it, is the point a change is measured from."""
    return bool(_COMPARED_FROM.search(before[-60:]))


# What opens a sentence with a phrase of time or place rather than with its subject
_ADVERBIAL_OPENING = rx(
    r"^\W*(on|in|at|by|late|early|earlier|later|last|this|since|after|before|during|from|until|through|over"
    r"|around|about|shortly|just|then|when|while|as|once)\b"
)


def dates_the_subject(date: DateMention, text: str, offset: int, dates: list[DateMention]) -> bool:
    """Whether the date sits in the noun phrase that is the sentence's subject, before its first verb,
    while another date follows that verb ("Notes from the interview on 2 March were read out at the hearing
    on Wednesday"): the date of a noun's happening, not of the act the verb tells."""
    verb = FINITE_VERB.search(text)
    at = date.start - offset
    if verb is None or at >= verb.start() or _ADVERBIAL_OPENING.match(text):
        return False
    # (the subject names a happening the date can be of: "Managers on Thursday settled ..." names none)
    if _SUBJECT_HAPPENING.search(text, 0, at) is None:
        return False
    if re.match(r"\s*,", text[date.end - offset :]):
        return False  # "Monday, the 3rd of March, ...": set off, no noun's modifier
    # (the verb's own: in its clause, with no comma or relative clause between them)
    return any(
        other.start - offset >= verb.end()
        and not _OTHER_CLAUSE_BETWEEN.search(text[verb.end() : other.start - offset])
        for other in dates
        if other is not date
    )


_SUBJECT_HAPPENING = re.compile(
    r"(?i)\b(?:" + "|".join(w for _, w in HAPPENING_NOUNS) + r"|decision|meeting|talks|visit|statement|report"
    r"|letter|call|briefing|conference)\b"
)
_OTHER_CLAUSE_BETWEEN = rx(r"[,;:()]|\b(that|which|who|when|where|after|before|since|while|and|but)\b")


# "profit for the quarter to April", "sales in the six months ended June 30": the date ends the period a
# figure measures; the act (results told) is the report's, not that day's
# ("the filing period ended Tuesday" is a clause of its own, with its verb: the period hangs on a preposition)
_REPORTING_PERIOD_BEFORE = rx(
    r"\b(for|in|over|during)\s+(the|its|their)\s+([\w-]+\s+){0,2}?(quarter|half|year|period|months|weeks)\s+"
    r"(to|ended|ending|through)\s+$"
)
# "Profit in the first quarter rose 5%": a quarter after a company's figure is what it measures
_FIGURE_IN_QUARTER_BEFORE = rx(
    r"\b(profits?|sales|revenues?|earnings|results|loss(es)?|turnover|output|income|growth)\s+(in|during|over)\s+$"
)


# A statistic of an economy or a firm, and the change it shows over a stretch of time
_STATISTIC = (
    r"output|production|gdp|gross\s+domestic\s+product|econom(y|ies)|growth|sales|exports|imports|trade"
    r"|unemployment|jobless(\s+rate)?|employment|payrolls|inflation|prices|spending|investment|lending|loans"
    r"|orders|deficit|surplus|revenues?|profits?|earnings|income|wages|consumption|demand|index|figures?|rate"
)
_FIGURE_CHANGE = (
    r"(rose|fell|grew|shr[au]nk|contracted|expanded|dropped|declined|increased|decreased|jumped|slipped"
    r"|climbed|plunged|plummeted|surged|slumped|tumbled|gained|eased|(edged|was|were|is|are)\s+(up|down)"
    r"|(ris|fall|grow|shrink|contract|expand|drop|declin|increas|decreas|jump|slip|climb|plung|surg|slump"
    r"|eas|gain)(e|es|s)?"
    # ("inflation hit 5 percent in April", "unemployment stood at 9.4% in May": a level, measured as well)
    r"|hit|hits|reached|reach(es)?|stood\s+at|stands\s+at|(was|were|is|are|will\s+be|would\s+be)(\s+at)?)"
)
_FIGURE_AMOUNT = (
    r"\s+((by|to)\s+)?((about|around|some|nearly|almost|roughly|just|only|more\s+than|less\s+than|over|under"
    r"|as\s+much\s+as|as\s+little\s+as|up\s+to|an?(\s+estimated|\s+further|\s+annual(ized|ised)?|\s+record)?)"
    r"\s+)*[\d.,]+\s*(percent|per\s+cent|%|percentage\s+points?)"
    r"(\s+(year[\s-]on[\s-]year|on\s+the\s+year|from\s+a\s+year\s+(earlier|ago)|annually"
    r"|on\s+an\s+annual(ized|ised)?\s+basis))?"
)
# A figure ("48 percent", "120 pence", "$2.1bn", "2,100"), with the unit word after it if any
_FIGURE = (
    r"(?:(?:about|around|nearly|almost|some|roughly|just|over|under|a\s+record)\s+)?[$£€]?\d[\d.,]*"
    r"(?:\s*(?:%|[mb]n|m|k)\b|\s+(?:per\s+cent|[a-z]+))?"
)
# A figure a change starts from, right before its date, after the verb of the change: "fell from 48 percent
# last August", "rose sharply from $2.1bn in" ("runs from 2200 on Friday", "is from 9 am", "was raised from
# 1.5 percent on Thursday" tell a stretch or an act, no change of a figure: the date is theirs)
_FROM_FIGURE = rx(
    rf"\b(?!(?:was|were|is|are|will|would|stood|stands)\b){_FIGURE_CHANGE}\s+(?:[a-z]+\s+){{0,2}}?from\s+"
    rf"{_FIGURE}\s+(?:(?:in|on|at|as\s+of)\s+)?$"
)
# ... and the figure it reaches, right after its date: "to 52 percent", "to 95 pence on" (no comma: ", to
# 0.75 percent" is a list, whose first date is the act's)
_TO_FIGURE = rx(rf"^\s+to\s+{_FIGURE}\s+(?:(?:in|on|at|by|as\s+of)\s+)?")
_NOW = rx(r"^now\b")


def figure_a_change_starts_from(
    date: DateMention, dates: Sequence[DateMention], text: str, offset: int
) -> bool:
    """Whether the date is that of the figure a change is measured from, told between "from" and "to"
    with a figure at each end, and the figure reached has a date of its own ("fell from 9% in March to 7%
    this month", "to 40 percent now"): the start of the change, not its time. With no date after the
    figure reached ("raised from 1.5 percent on Thursday to 2 percent"), the first date may be the act's,
    and stays."""
    before = text[max(0, date.start - offset - 80) : date.start - offset]
    if _FROM_FIGURE.search(before) is None:
        return False
    reached = _TO_FIGURE.match(text[date.end - offset :])
    if reached is None:
        return False
    end = date.end - offset + reached.end()
    return _NOW.match(text[end:]) is not None or any(
        date.end <= other.start and other.start - offset <= end + 1 for other in dates
    )


_MEASURED_PERIOD_BEFORE = rx(
    rf"\b({_STATISTIC})\b[^,;:“”\"]{{0,50}}?\b{_FIGURE_CHANGE}{_FIGURE_AMOUNT}\s+((in|during|over|for)\s+)?$"
    # ("retail sales rose 1.2 percent in April from March": and the stretch it is compared with)
    rf"|\b({_STATISTIC})\b[^,;:“”\"]{{0,50}}?\b{_FIGURE_CHANGE}{_FIGURE_AMOUNT}[^,;:“”\"]{{0,40}}\bfrom\s+$"
)
_MEASURED_PRECISIONS = frozenset({"week", "month", "season", "quarter", "year"})
# ... and the same figure with the stretch it is measured over, named as a date of that precision would be
_FIGURE_FOR_A_PERIOD = rx(
    rf"\b({_STATISTIC})\b[^,;:“”\"]{{0,50}}?\b{_FIGURE_CHANGE}{_FIGURE_AMOUNT}\s+((in|during|over|for)\s+)?"
    r"((this|next|last|the\s+(current|coming|previous))\s+(fiscal\s+)?(year|quarter|month)"
    r"|(the\s+)?(first|second|third|fourth|final|last)\s+(quarter|half)"
    r"|(january|february|march|april|may|june|july|august|september|october|november|december)"
    r"|((fiscal|financial)\s+)?(19|20)\d\d)\b"
)


def measured_period(date: DateMention, before: str) -> bool:
    """ "Industrial output fell 6.7 percent in March", "GDP will shrink 7% this year": the date is the stretch
    a statistic's change is measured over (or foreseen for), which tells no day; the release, or the forecast,
    is news of the day it was made ("shares fell 3% on Friday" is a market's move of that day)."""
    return date.precision in _MEASURED_PRECISIONS and _MEASURED_PERIOD_BEFORE.search(before) is not None


# "extend the audit to the period after 2014", "the years before the war", "the months between May and
# July": the date bounds a stretch of time named by its noun, what is done is not of that date ("three
# years after 2004", with no article, is a point in time, and "the day after" names one day)
_STRETCH_EDGE_BEFORE = rx(
    r"\b(the|that|this|those|these)\s+([\w-]+\s+){0,2}?(period|years|months|decades?|era|times|span|stretch"
    r"|interval)\s+(after|before|following|preceding|prior\s+to|up\s+to|leading\s+up\s+to|from|between"
    r"|(from|between)\s+[^,;.()]{1,30}?\s+(to|and|until))\s+$"
)


_NTH_TIME_BEFORE = rx(
    r"\bfor\s+the\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th)"
    r"|[a-z]+teenth|[a-z]+ieth)\s+time\s+$"
)


def _is_duration(date: DateMention, before: str) -> bool:
    """ "for the rest of this year", "for 2011": a stretch the act lasts, not the day it happened
    ("scheduled for Monday" is a day, and dates it); "the quarter to April": the stretch a figure measures;
    "the period after 2014": a stretch the date bounds."""
    return (
        # ("will not reopen until August", "is not due to rule until June": "not ... until" tells when
        # the act comes, not how long a state lasts)
        (bool(_DURATION_BEFORE.search(before)) and not _NOT_UNTIL.search(before))
        or bool(_REPORTING_PERIOD_BEFORE.search(before))
        or bool(_STRETCH_EDGE_BEFORE.search(before))
        or (date.precision in ("year", "quarter") and re.search(r"\bfor\s+$", before) is not None)
        # "raised rates for the second time this year": the stretch a count of occasions runs over, not when
        # this occasion came
        or (date.precision in ("month", "quarter", "year") and _NTH_TIME_BEFORE.search(before) is not None)
        or (date.precision == "quarter" and _FIGURE_IN_QUARTER_BEFORE.search(before) is not None)
        # "The slick has been harder to see this month": a state that has held through the stretch up to
        # now, no happening at any day of it
        or (
            re.fullmatch(r"(?i)this\s+(week|month|year)", date.text) is not None
            and _STATE_HELD_BEFORE.search(before) is not None
        )
    )


# "not ... until": the act is held off until then, and happens then ("The tunnel won't open until May",
# "The fault was not found until Tuesday", "is unlikely to reopen until March")
_STATE_HELD_BEFORE = rx(r"\b(has|have)\s+(been|remained|stayed)\s+(?!\w+ed\b)[^,;.]{0,40}$")


# ", a former agent convicted in the 2001 bombing,": a noun phrase between commas after a name
_APPOSITION = re.compile(r"(?<=[a-z])\s*,\s+(?:an?|the)\s+[^,;]{3,120},")
_SAYS_OR_IS = rx(r"\b(said|says|say|told|added|is|are|was|were|has|have|had|will|would|could)\b")


# "Chile has placed dozens of sailors in quarantine", "The company has received 30,000 claims": a
# government, a company or another body, named as the subject, has done something concrete; news copy uses
# the perfect for the day's news of such acts ("also", "already", "previously" mark a reminder instead)
_INSTITUTION_PERFECT = rx(
    r"^((meanwhile|separately|elsewhere|in\s+addition),\s+)?(?P<subject>[^,;:“”\"]{2,80}?)\s+(has|have)\s+"
    # (each verb with its kin: what is made public, "released", "issued", "published", "unveiled"; papers
    # handed in, "filed", "lodged", "submitted", "tabled")
    r"(now\s+)?(been\s+)?(placed|put|handed|started|begun|asked|received|ordered|imposed|closed|shut|banned"
    r"|suspended|launched|opened|sent|released|published|unveiled|approved|filed|lodged|submitted|tabled|issued"
    r"|established|appointed|dismissed|sacked"
    rf"|arrested|detained|quarantined|evacuated|{UNDOING_PARTICIPLES}|halted|withdrawn|recalled"
    r"|seized|frozen|barred|expelled|deployed|dispatched|donated)\b"
)
_INSTITUTION = rx(
    r"\b(government|ministry|department|authorities|company|companies|firm|firms|corporation|agency|police"
    r"|army|military|council|court|commission|club|school|schools|university|hospital|associations?"
    r"|organi[sz]ations?|parliament|congress|senate|embassy|bank|union|regulators?)\b"
)


def institution_acted(draft: Draft) -> bool:
    """An undated act in the present perfect whose subject is a body (a government, a company, a state
    named alone), which the report tells as its news of the day, not as something only another report can
    date."""
    found = _INSTITUTION_PERFECT.match(draft.sentence.text)
    if found is None or draft.is_speech_type:
        return False
    subject = found.group("subject")
    if _INSTITUTION.search(subject):
        return True
    start = found.start("subject")
    # ("Chile has placed ...": a state named alone is its government; "The UN has launched an appeal": so
    # is an organisation named alone, which no person's name is)
    article = _ARTICLE_OPENS.match(found.group("subject"))
    return any(
        (
            e.kind == "country"
            or (e.kind == "actor" and not (may_be_a_person(e.name) and may_be_a_person(e.text)))
        )
        and e.start in (start, start + (article.end() if article else 0))
        and e.end == found.end("subject")
        for e in draft.entities
    )


_ARTICLE_OPENS = rx(r"the\s+")


def running_count(draft: Draft) -> bool:
    """ "The fever has infected more than 4,300 people in 12 provinces": a count of the sick told in the
    present perfect is the count as of the report, news of its day (as a toll is), not an act that only
    another report can date."""
    return (
        draft.family == "disaster"
        and any(f.kind == "people" for f in draft.figures)
        and PERFECT.search(draft.sentence.text) is not None
        and STATE_OF_AFFAIRS.search(draft.sentence.text) is None
    )


# Words that make an act in the present perfect a state lasting up to now, not news of the day
STATE_OF_AFFAIRS = rx(
    r"\b(since|so\s+far|to\s+date|ever|always|long|for\s+(years|decades|months|weeks|generations)"
    r"|in\s+recent\s+(days|weeks|months|years|decades)|over\s+the\s+(past|last)\b)"
)
_SPEAKERS_NEAR_DAY = rx(r"today|tonight|yesterday|last\s+night|this\s+(morning|afternoon|evening)")


def story_day(drafts: list[Draft], published: dt.date) -> tuple[Draft, str] | None:
    """The day a report's lead tells its news of, when that is a day shortly before publication ("The
    hearing Thursday ..." in a Friday paper): the day on which remarks quoted as of "this morning" were
    made."""
    for draft in drafts:
        if draft.sentence.paragraph > LEAD_PARAGRAPHS:
            break
        d = draft.own_date
        if (
            d is not None
            and d.precision == "day"
            and d.tense != "future"
            and published - PUBLICATION_LAG <= d.date_start < published
        ):
            return draft, "its speakers' own 'today' is the day the report's lead tells of, dated by"
    return None


def story_time_carried(
    index: int, drafts: list[Draft], article: Article, published: dt.date
) -> tuple[DateMention, str] | None:
    """The day (and why) an undated act or saying told in the simple past takes in a report told in
    retrospect: one that opens on a day before the days of its publication and whose dated sentences fall
    mostly on such days ("The levee broke on Tuesday 8 March. Crews sandbagged the road. Hundreds were
    evacuated." in a piece printed the next week). A narrative told in the past keeps the time its last
    dated sentence set until another date moves it, so the sentence is of that day, not of the day the piece
    was printed. A report that opens on its own news (undated, or of its own days) and goes back to
    background dates below is left to its publication day."""
    draft = drafts[index]
    if draft.present_habitual or draft.generic or draft.undated_past:
        return None
    sentence = draft.sentence.text
    said = SPEECH.search(sentence) if draft.is_speech_type else None
    if sentence[:1] in '"“‘`':
        # ('"We will rebuild," said Ortez'): quoted words are dated by their speaker's remarks, or not at all
        return None
    told = said.group() if said is not None else (draft.clause or sentence)
    if said is not None:
        if not PAST_TENSE.fullmatch(told.split()[-1]):
            return None  # "says", "has said": told as of now
    elif (
        not PAST_TENSE.search(told)
        or PERFECT.search(told)
        or _PAST_PERFECT.search(told)
        or _PRESENT_OR_FUTURE.search(without_asides(told))
    ):
        return None
    if _NEW_TIME_FRAME.search(sentence) or _TIME_NAMED.search(sentence) or _TIME_SPOKEN.search(sentence):
        return None  # ("Earlier, ...", "In 2019 ...", "at the time"): the sentence sets its own time
    # (a report that opens on its own news, undated or of its days, goes back to background dates below it)
    if not drafts or not _opens_in_retrospect(drafts[0], published):
        return None
    # ("The patient died six days after doctors removed the tumour on 3 May": the day a count measures from
    # is told back from the sentence's own time, it moves no story there nor adds a day to the retrospect)
    counted_from = {
        (d.own_date.anchor.start, d.own_date.anchor.end)
        for d in drafts
        if d.own_date is not None and d.own_date.anchor is not None
    }
    dated = [
        (i, d)
        for i, d in enumerate(drafts)
        if _sets_story_time(d, published)
        and (d.own_date is None or (d.own_date.start, d.own_date.end) not in counted_from)
    ]
    old = [
        d for _i, d in dated if d.own_date is not None and d.own_date.date_end < published - PUBLICATION_LAG
    ]
    if len(old) < RETROSPECT_DATED_AT_LEAST or len(old) < RETROSPECT_SHARE * len(dated):
        return None
    above = next(
        (d for i, d in reversed(dated) if i < index and d.sentence.start < draft.sentence.start), None
    )
    if above is None or above.own_date is None or above.own_date.date_end >= published - PUBLICATION_LAG:
        return None
    if _names_another_time(above):
        # ("the slick is twice the size it was on Friday, officials said on Sunday": two times, and no one
        # time set for the sentences below it)
        return None
    return above.own_date, "the report is told in retrospect, and its last dated sentence above sets the time"


def _sets_story_time(draft: Draft, published: dt.date) -> bool:
    """Whether a sentence's own date is a day the report's narrative passes through: a day, not ahead of
    publication nor told as what lies ahead, outside the words it quotes, and not the name of a happening
    ("Tuesday's quake" or "the 3 May storm" names the storm, it does not move the story to that day)."""
    d = draft.own_date
    if d is None or d.precision != "day" or d.tense == "future" or d.date_end > published:
        return False
    at = d.start - draft.sentence.start
    before = draft.sentence.text[:at]
    if at < 0 or _inside_quotation(before) or _NAMES_OR_SPANS.search(before):
        return False
    return not re.match(r"[’']s\b", draft.sentence.text[at + len(d.text) :])


def _opens_in_retrospect(first: Draft, published: dt.date) -> bool:
    """Whether a report's first sentence sets its story at one day before the days of its publication:
    told in the past, not in the perfect ("Fuel has leaked since the tanker ran aground on 2 May" tells of
    now), and naming no other time ("Minutes of the 12 March meeting were read at Tuesday's hearing": which
    of two days the story is at, the sentence does not say)."""
    d = first.own_date
    if d is None or not _sets_story_time(first, published) or d.date_end >= published - PUBLICATION_LAG:
        return False
    text = first.sentence.text
    if PERFECT.search(_without_time_clauses(text)):
        return False
    return not _names_another_time(first)


def _names_another_time(draft: Draft) -> bool:
    """Whether the sentence names a time beside its own date ("Minutes of the 12 March meeting were read
    out on Tuesday")."""
    d = draft.own_date
    if d is None:
        return False
    text = draft.sentence.text
    at = d.start - draft.sentence.start
    return _TIME_NAMED.search(text[:at] + " " + text[at + len(d.text) :]) is not None


# "the 3 May storm", "since 3 May": a date that names a happening, or where a stretch of time starts
_NAMES_OR_SPANS = rx(r"\b(the|since)\s+$")


# A report told in retrospect: at least this many dated sentences fall days before publication, and they
# are at least this share of its dated sentences
RETROSPECT_DATED_AT_LEAST = 2
RETROSPECT_SHARE = 2 / 3


# How long before publication a report's news may be, for its own "today"
PUBLICATION_LAG = dt.timedelta(days=2)


# Happenings that set a story off, whose aftermath a report tells as of its own day
_SUDDEN_HAPPENINGS = frozenset({"disaster", "casualties", "attack", "offensive"})


def lead_day(
    index: int, drafts: list[Draft], article: Article, published: dt.date, dates: Sequence[DateMention]
) -> tuple[DateMention, str] | None:
    """The date (and why) of of the report's lead when its lead tells the news of the day before publication
    ("... became clearer Thursday when scientists said" in a Friday paper), for a later sentence that tells,
    in the simple past and with no date of its own or from its context, an act or remarks of the story
    ("The agency's director resigned.", "He said his staff were doing all they could."): the day the
    report is about, not the day it was printed. Acts the text places further back, in the perfect or in
    the present, keep the publication date."""
    draft = drafts[index]
    if draft.present_habitual or draft.generic:
        return None
    # "The mining firm says it has started to pump water out of the shaft" opening a report that tells,
    # below, of the day before: the lead gives that day's news in the perfect, as news copy leads do
    lead_in_perfect = _lead_in_perfect(draft, article)
    if draft.undated_past and not lead_in_perfect:
        return None
    said = SPEECH.search(draft.sentence.text) if draft.is_speech_type else None
    quotation = draft.sentence.text[:1] in '"“‘`'
    if quotation and said is None:
        return None  # words quoted with no saying of their own
    told = said.group() if said is not None else (draft.clause or draft.sentence.text)
    if lead_in_perfect:
        named, own_day = _days_named(article, published, dates)
        if (
            own_day
            or (len(named) < NEWS_DAY_NAMED and not (named and _next_sentence_tells_when(named[0], article)))
            or _quoted_today(article, published, dates)
        ):
            return None
        return named[
            0
        ], "the report's lead, told in the perfect, gives the news of the day before it, named as"
    if said is None and (
        not PAST_TENSE.search(told)
        or PERFECT.search(told)
        or _PRESENT_OR_FUTURE.search(without_asides(told))
        # ("A court had struck down the first plan": the past perfect tells of a time before the story's)
        or _PAST_PERFECT.search(told)
    ):
        return None
    if said is not None and not PAST_TENSE.fullmatch(told.split()[-1]):
        return None  # "says", "has said", "according to": told as of now
    if undated_background(draft, article, published, dates):
        return None
    named, own_day = _days_named(article, published, dates)
    if own_day:
        return None  # a report that names its own day tells that day's news
    # ("Shares rose 3% in morning trading, having gained 2% on Monday": a sentence that gives another of its
    # clauses the day before tells of another time in this one)
    whole = next((x for x in article.sentences if x.start <= draft.sentence.start < x.end), draft.sentence)
    before = published - dt.timedelta(days=1)
    if any(whole.start <= d.start < whole.end and d.date_start == before for d in named):
        return None
    # (named once, it may be a side matter, unless it sets the scene at the top of the report)
    if len(named) >= NEWS_DAY_NAMED or (
        named and _sets_the_scene(named[0], draft.sentence, article, published, dates)
    ):
        return named[0], "the report tells the news of the day before it, named as"
    if quotation:
        return None  # a quotation, whose speaker's remarks date it where the article dates them
    lead = next(
        (
            d
            for d in drafts[:index]
            if d.own_date is not None
            and d.sentence.paragraph <= LEAD_PARAGRAPHS
            and d.own_date.precision in ("day", "week", "month")
        ),
        None,
    )
    if lead is None or lead.own_date is None or (lead.event_type in _SUDDEN_HAPPENINGS and _at_night(lead)):
        # ("An earthquake struck late on Saturday" in a Sunday paper: the lead dates what set the story off,
        # at night, and the reactions below it are reported as of the report's own day; "Floods swept the
        # valley yesterday" in a morning paper tells the day the rest of the report is about)
        return None
    d = lead.own_date
    if d.precision != "day" or d.tense == "future" or d.date_start != published - dt.timedelta(days=1):
        return None
    return d, "the report's lead tells of"


def _next_sentence_tells_when(day: DateMention, article: Article) -> bool:
    """Whether the day before publication is named in the sentence right after the lead, not in the past
    perfect, and that sentence tells of a thing the lead names: news copy tells its news in the perfect
    and gives its day in the next paragraph ("The regulator has declared the mine safe." then "Inspectors
    surveyed the mine yesterday ..."), so one naming there is enough; a sentence of other things ("Engineers
    lowered the pumps on Sunday") may be a side matter."""
    if len(article.sentences) < 2:
        return False
    lead, second = article.sentences[0], article.sentences[1]
    if not second.start <= day.start < second.end:
        return False
    if _PAST_PERFECT.search(article.text, second.start, day.start):
        return False
    return bool(_things_named(lead.text) & _things_named(second.text))


def _things_named(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _NOT_A_THING}


# words that name no thing a report is about: "the", "has", "after", "their"
_NOT_A_THING = frozenset(
    """the and for with from that this these those its has have had was were are been being will would
    could should after before since their his her they them who which what not but also into over than
    more all one two new last first said says say yesterday today""".split()
)


def _lead_in_perfect(draft: Draft, article: Article) -> bool:
    """Whether the draft is an act (not remarks) that opens the report, told in the present perfect, bare or
    after "X says" ("The firm has recalled 40,000 cars", "The mining firm says it has begun pumping")."""
    if draft.is_speech_type or not is_lead(draft.sentence, article):
        return False
    told = _LEAD_SAYS.sub("", draft.clause or draft.sentence.text, count=1)
    return PERFECT.search(told) is not None and _PRESENT_OR_FUTURE.search(without_asides(told)) is None


# The attribution a lead opens with: "The mining firm Arco says (that)"
_LEAD_SAYS = rx(r"^[^,;]{0,80}?\bsays\s+(that\s+)?")


# "had" right before a verb of saying: "she had said", "he had earlier told"
_HAD_BEFORE = re.compile(r"\bhad\s+(?:[a-z]+ly\s+|earlier\s+|also\s+)?$")
_PAST_PERFECT = rx(
    rf"\bhad\s+(\w+ly\s+|already\s+)?(been\s+)?(\w+ed|{alternatives(IRREGULAR_PARTICIPLES)})\b"
)


def _days_named(
    article: Article, published: dt.date, dates: Sequence[DateMention]
) -> tuple[list[DateMention], bool]:
    """The dates in the report's sentences that name the day before publication as the day of something
    done or said (explicit or resolved, outside quotations: "On Sunday ...", "said Sunday" in a Monday
    paper), and whether any names the publication day itself so ("today", "on Monday"). A report names
    the day it tells the news of: named twice, and its own day never, the day before is the report's day,
    and its undated acts told in the simple past are of it (one mention may be a side matter)."""
    before = published - dt.timedelta(days=1)
    starts = [x.start for x in article.sentences]
    told: list[DateMention] = []
    for d in dates:
        if (
            d.value == "PRESENT_REF"  # "now", "currently": no day named
            or d.tense == "future"
            or d.precision != "day"
            or d.date_start != d.date_end
            or d.date_start not in (before, published)
        ):
            continue
        at = bisect_right(starts, d.start) - 1
        if at < 0 or d.end > article.sentences[at].end:
            continue  # a date line or a caption, not a sentence of the report
        if _inside_quotation(article.text[article.sentences[at].start : d.start]):
            continue  # a speaker's own "today" is the day of the speaking, which is what is sought
        if EDITORS_NOTE.search(article.text, article.sentences[at].start, d.start):
            continue  # "This article was amended on 16 December": the page's history, not the news
        if d.date_start == published:
            if looks_ahead(article.text, d, published):
                continue  # "the test will start this morning": the day of what lies ahead
            return [], True
        told.append(d)
    return told, False


# An editor's note on the page itself: "This article was amended on 16 December", "This story has been
# updated"
EDITORS_NOTE = rx_gated(
    r"\b(this|the)\s+(article|story|report|page|piece)\s+(was|has\s+been|had\s+been)\s+(amended|updated"
    r"|corrected|edited|changed)\b"
)


# How often a report names the day before publication, never its own, to be read as that day's news
NEWS_DAY_NAMED = 2
# A report that names the day before once, near its top ("A conference room was packed Tuesday with
# lawyers" in a Wednesday paper, after its captions and the opening line), sets its scene on that day: the
# sentences counted from the top, captions and standfirst included
NEWS_DAY_TOP_SENTENCES = 8


def _sets_the_scene(
    date: DateMention, sentence: Sentence, article: Article, published: dt.date, dates: Sequence[DateMention]
) -> bool:
    """Whether the date is the first day the report names, in one of its first sentences, above
    `sentence`, dating an act of the story rather than one before it ("Divers had surveyed the pier on
    Sunday")."""
    starts = [x.start for x in article.sentences]
    at = bisect_right(starts, date.start) - 1
    return (
        at < NEWS_DAY_TOP_SENTENCES
        and date.start < sentence.start
        and not any(d.precision == "day" and d.start < date.start for d in dates)
        # ('"The scale of today's action is unprecedented," the agency said': a speaker's today that is the
        # publication day tells that the report is of its own day)
        and not any(
            d.date_start == d.date_end == published and d.value != "PRESENT_REF" and d.tense != "future"
            for d in dates
        )
        and not _PAST_PERFECT.search(article.text, article.sentences[at].start, date.start)
    )


def _quoted_today(article: Article, published: dt.date, dates: Sequence[DateMention]) -> bool:
    """Whether words quoted in the report name the publication day as past or present ('A statement said:
    "... the patient has died today."'): what the lead tells in the perfect may be of that day."""
    return any(
        d.date_start == d.date_end == published
        and d.value != "PRESENT_REF"
        and d.tense != "future"
        and _inside_quotation(article.text[article.text.rfind("\n", 0, d.start) + 1 : d.start])
        for d in dates
    )


def _inside_quotation(before: str) -> bool:
    """Whether what follows `before` (a sentence up to a point) stands inside a quotation it opened."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _at_night(lead: Draft) -> bool:
    """Whether the lead's date is of a late hour ("late on Saturday", "on Saturday night")."""
    d = lead.own_date
    if d is None:
        return False
    at = d.start - lead.sentence.start
    return _AT_NIGHT.search(lead.sentence.text[max(0, at - 12) : at + len(d.text) + 12]) is not None


_AT_NIGHT = rx(r"\b(late|night|evening|overnight)\b")


def undated_background(
    draft: Draft, article: Article, published: dt.date, dates: Sequence[DateMention]
) -> bool:
    """An act told in the past simple, below the report's opening, with no date in its sentence or context,
    that the text places in the past: its paragraph was dated long before the report ("Vexa drilled the
    well in 2019. It sealed it with cement."), or it founds or builds something ("He founded the group").
    It is background the report does not date, not a happening of the publication day (it may still join
    a dated report of the same act)."""
    if draft.is_speech_type or in_opening(draft.sentence, article):
        return False
    told = draft.clause or draft.sentence.text
    if not PAST_TENSE.search(told) or PERFECT.search(told) or _PRESENT_OR_FUTURE.search(without_asides(told)):
        return False
    # ("The leader, who founded the movement, was arrested": an aside's founding is not the act)
    if _FOUNDING.search(RELATIVE_ASIDE.sub(",", draft.sentence.text)):
        return True
    # the last date before the sentence in its paragraph, or in the sentence before it when the paragraph
    # opens with it (copy set one sentence to a paragraph: "The 1918 pandemic is the worst case." then
    # "At least 2 million people died.")
    opening = min(
        (x.start for x in article.sentences if x.paragraph == draft.sentence.paragraph),
        default=draft.sentence.start,
    )
    if opening == draft.sentence.start:
        opening = max((x.start for x in article.sentences if x.end <= opening), default=opening)
    earlier = [d for d in dates if opening <= d.start < draft.sentence.start]
    return bool(earlier) and earlier[-1].date_end < published - CONTEXT_RECENT


def told_before_its_time(draft: Draft, article: Article) -> bool:
    """Whether the sentence's main clause is told in the past perfect, right after its subject, below the
    report's opening and with no attribution closing it ("The regulator had asked the court to halt the
    sale", "The ministry had already denied the report"): the past perfect puts the act before the time
    the report is at, so the publication day is never its day. "Officials said the ferry had sunk" tells
    its news in "said", and what was said is in the past perfect; "The crews had pumped 300 barrels, the
    company added" is the company's word of its day."""
    text = draft.sentence.text
    found = _MAIN_CLAUSE_PAST_PERFECT.match(text)
    return (
        found is not None
        # (a verb in the subject is the main clause's own: "Officials said the ferry"; "United" is a name)
        and not any(FINITE_VERB.fullmatch(w) for w in found.group("subject").split() if w.islower())
        and not _OPENS_ANOTHER_CLAUSE.search(found.group("subject"))
        and not _CLOSING_ATTRIBUTION.search(text)
        and text[:1] not in '"“‘`'
        and not in_opening(draft.sentence, article)
    )


def earlier_than_above(
    index: int, drafts: list[Draft], article: Article, published: dt.date
) -> tuple[DateMention, str] | None:
    """The day (and why) of an undated act or saying told in the past perfect (`told_before_its_time`),
    anchored to the time the sentence just above sets ("The judge struck down the ban on Tuesday." then
    "The government had already said it would appeal."): the past perfect tells what had happened by
    then, so the day above is when it stood done, the nearest the text dates it. With no dated sentence
    just above, the text gives no day, and the caller treats it as background, not news of the day it
    was printed."""
    draft = drafts[index]
    if draft.own_date is not None or not told_before_its_time(draft, article):
        return None
    above = next((d for d in reversed(drafts[:index]) if d.sentence.end <= draft.sentence.start), None)
    if above is None or not _NEXT_SENTENCE.fullmatch(article.text[above.sentence.end : draft.sentence.start]):
        return None
    above = _main_act_of(above, drafts[:index])
    d = above.own_date
    if (
        d is None
        # (a day of the story told, not the name of a happening: "the 3 May storm", "Tuesday's quake")
        or not _sets_story_time(above, published)
        or d.date_start < published - CONTEXT_RECENT
        or (above.is_speech_type and quoted_date(above) is not None)
    ):
        return None
    return d, "told in the past perfect, it had happened by the time the sentence just above sets"


# A main clause in the past perfect: its subject (an aside set off by commas allowed), "had", a participle
_MAIN_CLAUSE_PAST_PERFECT = rx_gated(
    r"^(?:(?:but|and|yet)\s+)?(?P<subject>(?:[\w’'.&-]+\s+){0,6}?[\w’'.&-]+)(?:,[^,;:“”\"]{1,80},)?\s+had\s+"
    r"(?:(?:already|also|not|never|earlier|previously|\w+ly)\s+){0,2}(?:been\s+)?"
    rf"(?-i:[a-z]{{2,}}ed|said|{alternatives(IRREGULAR_PARTICIPLES)})\b"
)
# A subject that opens a clause of its own ("When police arrived, the men had fled") is no main clause's
_OPENS_ANOTHER_CLAUSE = rx(
    r"\b(if|when|after|before|since|until|once|as|because|though|although|while|who|which|that|what|whether)\b"
)
# "..., the company added", "..., according to the ministry": the sentence is someone's word of its day
_CLOSING_ATTRIBUTION = rx(
    r",(?:[\"”’]|'')?\s+[^,]{1,60}\b(said|says|added|adds|explained|noted|told|reported|confirmed)\b[^,]{0,40}$"
    r"|\baccording\s+to\b"
)


# "is", "are", "will", "says": the clause tells of now or later, not of a past the report leaves undated
_PRESENT_OR_FUTURE = rx(r"\b(is|are|am|will|shall|says|say|continues?|remains?|now|today|tonight)\b")
# An aside set off by commas that describes rather than tells: a relative clause or a participle ("The
# mayor, facing anger over a flood now in its third day, closed the bridge", "The firm
# recalled the cars, saying the fault is rare"); its tense is not the sentence's
_DESCRIPTIVE_ASIDE = rx(r",\s+(?:who|which|whose|(?-i:[a-z]{2,}ing))\b[^,;]*(?:,|$)")


def without_asides(told: str) -> str:
    """The clause without its descriptive asides, for reading the tense it tells its act in."""
    return _DESCRIPTIVE_ASIDE.sub(",", told)


# Acts that make something that then lasts, told as what it is: "founded the group", "was built by"
_FOUNDING = rx(
    r"\b(co-?founded|founded|established|was\s+born|were\s+born|was\s+built|were\s+built|drilled)\b"
)


# A paper or a programme named for the day it comes out: "the Sunday Times", "the Mail on Sunday",
# "Fox News Sunday"
_WEEKDAY_PAPER = compile_gated(
    rf"\b(?P<day>{'|'.join(WEEKDAY_NAMES)})\s+{PAPER_AFTER_WEEKDAY}"
    r"|\b(?:Mail|Independent|Observer|Times)\s+on\s+(?P<on>Sunday|Saturday)\b"
    r"|\bNews\s+(?P<show>Sunday|Saturday)\b"
)


def weekday_paper(draft: Draft, published: dt.date) -> DateMention | None:
    """Undated remarks told by, or to, a paper or programme that comes out on one day of the week ("the
    Sunday Times reported that ...") are of its latest such day up to the report's."""
    found = _WEEKDAY_PAPER.search(draft.sentence.text)
    if found is None:
        return None
    name = found.group("day") or found.group("on") or found.group("show")
    day = published - dt.timedelta(days=(published.weekday() - WEEKDAY_NAMES.index(name)) % 7)
    start = draft.sentence.start + found.start()
    return DateMention(
        start=start,
        end=draft.sentence.start + found.end(),
        text=found.group(),
        value=day.isoformat(),
        date_start=day,
        date_end=day,
        precision="day",
        explicit=False,
        modifier="",
        tense="past",
        reason=f"'{found.group()}' comes out on {name}s → {fmt(day)}",
    )


def said_of_the_future(draft: Draft, published: dt.date) -> bool:
    """Remarks in the past tense ("said", "told") whose only date is after the report: the date is of
    what they tell, not of the telling."""
    own = draft.own_date
    verb = REPORTING.search(draft.sentence.text)
    return (
        draft.is_speech_type
        and own is not None
        # ("said he would raise it later this month": a stretch from today on, told in the future tense)
        and (
            own.date_start > published
            or (own.tense == "future" and own.date_end > published)
            # ("said the county will hire 30 more guards this week": a stretch that holds the report's day,
            # closing a clause of the future in what was said, is the time of what is announced)
            or (
                own.date_end > published
                and verb is not None
                and announced_ahead_in_saying(own, draft.sentence.text, draft.sentence.start, verb.start())
            )
        )
        and (
            (
                verb is not None
                # ("The troops will leave on Friday, the minister said" too: the date is not the saying's)
                and (
                    verb.start() < own.start - draft.sentence.start
                    or not dates_of_the_saying([own], draft.sentence.text, draft.sentence.start)
                )
            )
            or quoted_date(draft) is not None
        )
    )


def directed_ahead(draft: Draft, published: dt.date) -> str | None:
    """What someone was ordered to do, with its day, when the draft's only date is that act's and lies after
    the report ("The court ordered Roe to appear on 3 July" -> "Roe to appear on 3 July"): the order was
    made by the time of writing, and the act is planned for its day. None when the sentence is not so."""
    own = draft.own_date
    if own is None or own.date_start <= published:
        return None
    text = draft.sentence.text
    found = DIRECTED_ACT.search(text[: own.start - draft.sentence.start])
    if found is None:
        return None
    whom = found.group("whom").strip()
    act = text[found.start("whom") : own.end - draft.sentence.start].strip()
    if _OBJECT_PRONOUN.fullmatch(whom):
        # "ordered him to appear on 3 July" -> "Ordered to appear on 3 July": the one ordered is the
        # sentence's, named above it
        act = text[found.start() : found.start("whom")].strip() + " " + act[len(whom) :].strip()
    return act[:1].upper() + act[1:]


_OBJECT_PRONOUN = rx(r"him|her|them|us|me|it|you")


def quoted_date(draft: Draft) -> tuple[int, int] | None:
    """The quotation that holds the remarks' own date ('"We will vote next month," said Roe'), when the
    verb of saying stands outside it: the date is of what was said, not of the saying."""
    own = draft.own_date
    if own is None:
        return None
    at = own.start - draft.sentence.start
    spans = quoted_spans(draft.sentence.text)
    speech = SPEECH.search(CLOSED_QUOTE.sub(lambda m: " " * len(m.group()), draft.sentence.text))
    if speech is None:
        return None
    return next(((s, e) for s, e in spans if s <= at < e), None)


# A verb of saying whose clause after it reports what was said ("The envoy said his team met the rebels on
# Tuesday")
# ("told" with its hearer: "told reporters his team met ..."; a shorter list than REPORTING's, as a verb like
# "estimated" or "reported" takes a figure more often than a clause)
_REPORTING_VERB = rx(r"\b(said|says|told\s+\w+|added|stated|insisted|explained|confirmed|announced)\b")


_PROGRESSIVE_PAST = rx(r"\b(was|were)\s+(still\s+)?\w+ing\b")
_ACCORDING_TO = rx(r"\baccording\s+to\b")
# How the speaker came to know ("had learned of", "heard about", "was told of", "found out"): the day is of
# their knowing, which tells nothing of when they spoke apart from it
_LEARNED_OF = rx(
    r"\b(learned|learnt|heard|found\s+out|discovered|(?:was|were|been)\s+(?:first\s+)?(?:told|informed|alerted|notified)"
    r"|realised|realized|noticed|knew)\b"
)


def _reported_deed_date(draft: Draft, published: dt.date) -> bool:
    """Whether the sentence's own date stands in the clause its verb of saying reports, as the day of a deed
    told in the past, not of the saying ("The envoy said his team met the rebels on Tuesday"): as with a
    date inside quotation marks, the deed is of that day; the speaker's other remarks are not. A deed of
    the report's own day is as likely of the saying's, and what the speaker learned or heard of on a day
    ("said he had learned of the resignation on Thursday") is the speaker's own news, not a deed told."""
    own = draft.own_date
    if (
        own is None
        or own.tense == "future"
        or _SPEAKERS_NEAR_DAY.fullmatch(own.text) is not None
        or own.date_start == published
    ):
        return False
    text, offset = draft.sentence.text, draft.sentence.start
    at = own.start - offset
    verb = _REPORTING_VERB.search(text, 0, max(0, at))
    if verb is None or dates_of_the_saying([own], text, offset):
        return False
    # (a past verb of the reported clause's own between the saying and the date: "met", "had freed"; not a
    # state or a progressive at the saying's time, "were arriving in the capital on Wednesday")
    between = text[verb.end() : at]
    # ("told police he had been giving the drug, according to an affidavit made public on Monday": the day
    # of the source the words are known from, not of a deed told)
    if _PROGRESSIVE_PAST.search(between) or _ACCORDING_TO.search(between) or _LEARNED_OF.search(between):
        return False
    return any(found.group().lower() not in ("was", "were") for found in PAST_TENSE.finditer(between))


OPENING_SENTENCES = 2


def in_opening(sentence: Sentence, article: Article) -> bool:
    """Whether the sentence is among the article's first few body sentences, where a report tells the day's
    news (a caption or a standfirst may come before the lead itself)."""
    firsts = article.sentences[:OPENING_SENTENCES]
    return bool(firsts) and sentence.start < firsts[-1].end


def said_in_the_lead(draft: Draft, article: Article) -> bool:
    """Remarks in the present tense that open a report, attributed at the close ("Cases may have doubled,
    the WHO says."): news copy tells the day's news in the present, so they are the report's news. "X says
    the country is neutral" puts the speaker first and may be a standing position; further down, "X says"
    mostly quotes a view."""
    return bool(draft.speaker) and (
        (
            in_opening(draft.sentence, article)
            and _SAYS_AT_THE_CLOSE.search(draft.sentence.text) is not None
            # ('"Yes" is not what a careful doctor says, Professor Roe says': an expert's verdict)
            and not _EXPERT_IN_LEAD.search(draft.sentence.text)
        )
        # "A bodyguard, Jan Roe, claims the doctor hid the vials": the lead's words tell a deed done, in the
        # past, which no standing position is; leads tell the day's news in the present ("has described
        # how the water rose" tells how it went, and "..., our reporter reports" is the outlet's own telling)
        or (
            is_lead(draft.sentence, article)
            and _LEAD_SAYING.search(draft.sentence.text) is not None
            and PAST_TENSE.search(draft.clause) is not None
        )
        # "The League says the strike is over.": the first sentence of a report, told in the present by a
        # named speaker, is the report's news when it declares a change, tells a figure or the speaker's
        # own deed or plan; a view ("says the economy is strong", "says the country is neutral") holds from
        # day to day, whatever words it is put in, and a paper ("The report says ...") or an expert's
        # verdict is no one's news of the day
        or (
            is_lead(draft.sentence, article)
            and _LEAD_SAYING.search(draft.sentence.text) is not None
            and not a_paper(draft.speaker)
            and not _EXPERT_IN_LEAD.search(draft.sentence.text)
            and (
                _CHANGE_DECLARED.search(draft.sentence.text) is not None
                or _OWN_DEED_OR_PLAN.search(draft.sentence.text) is not None
                or _FIGURE_TOLD.search(draft.clause or draft.sentence.text) is not None
            )
        )
    )


# A speaker's own deed or plan told in the lead: "says it will send troops", "says it has sealed the
# border", "says they are sending a plane", "says it is responsible for the raid" (not "says it has always
# opposed the plan")
_OWN_DEED_OR_PLAN = rx(
    r"\b(says|say|claims|admits|insists)\s+(that\s+)?(it|they|he|she|we)\s+(will|would|plans?\s+to"
    r"|intends?\s+to|is\s+to|are\s+to|(has|have)\s+(now\s+|already\s+|just\s+)?(been\s+)?(?!been\b)[a-z]+(ed|en|t)\b"
    r"|(is|are)\s+(now\s+)?[a-z]+ing\b"
    # ("says it is responsible for the attack": a deed owned; "says the firm is responsible" is a view)
    r"|(is|are)\s+responsible\s+for\b)"
)
# A figure in the words said: "says 40 people have died", "says the deficit is $3 billion"
_FIGURE_TOLD = rx(r"\d")
# A scholar or an expert as the speaker of a lead (`background._EXPERT_NOUN`): a verdict, no deed of the day
_EXPERT_IN_LEAD = rx(
    r"\b(professor|lecturer|academic|expert|analyst|commentator|historian|economist|[a-z]+ologist)s?\b"
    r"[^,;]{0,40}\s(says|say)\b"
)


# After a present verb of saying, in the clause it reports: an end, a start or a change of state declared
# ("says the strike is over", "says the road is now open", "says the fever has been contained", "says the
# curfew is no longer needed"), or a rate as it now stands ("says inflation is 7 percent"). Each tells what
# changed by the report's day, which no standing position does
_CHANGE_DECLARED = rx(
    # (no doubt, denial or condition on the way: "says there is no sign the strike is over")
    r"\b(says|say)\s+(that\s+)?(?:(?!\b(?:no|not|never|whether|if|unless)\b)[^,;:“”\"]){1,80}?\b("
    r"(is|are)\s+(now\s+)?(over|finished|back|restored|reopened|lifted|ended|no\s+longer)\b"
    r"|(is|are)\s+now\s+(open|closed|shut|in\s+force|under\s+control)\b"
    r"|(has|have)\s+(now\s+|finally\s+)?(ended|begun|started|peaked|stopped|ceased|resumed|collapsed|reopened"
    r"|been\s+(now\s+)?(contained|lifted|restored|halted|suspended|cleared|ended|brought\s+under\s+control"
    r"|called\s+off|scrapped|defeated|freed|released))\b"
    # ("says the outbreak is a global emergency": a state declared, news of the day)
    r"|(is|are)\s+(now\s+)?(an?|the)\s+([a-z-]+\s+){0,2}(emergency|pandemic|epidemic|disaster)\b"
    r"|(is|are|stands|stand)\s+(now\s+)?(at\s+)?(about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d[\d.,]*"
    r"\s*(%|per\s*cent|percent)"
    r")"
)


def declares_a_change(draft: Draft) -> bool:
    """Remarks of a named speaker in the present that declare an end, a start, a change of state or a rate
    as it stands ("The league says the strike is over"): the report's news wherever they stand."""
    return bool(draft.speaker) and _CHANGE_DECLARED.search(draft.sentence.text) is not None


# The present of a verb of saying or charging that tells a day's news in a lead
_LEAD_SAYING = rx(r"\b(says|claims|alleges|insists|maintains|admits|denies|accuses|testifies)\b")


# "Professor Jane Roe, chair of virology at Leeds, says ...", "..., says Capt Tom Roe, who ...": a named
# expert or officer speaking in the present tells the reporter about this story; it is the report's news,
# not a standing view
_EXPERT_TITLE = (
    r"(professor|prof|dr|director|chief|head|chair|expert|scientist|analyst|capt|captain|adviser|advisor"
    r"|spokesman|spokeswoman)"
)
_EXPERT_SAYS = rx(
    rf"\b{_EXPERT_TITLE}\b[^.;:]{{0,80}}\bsays\b|\bsays\s+(the\s+)?([\w-]+\s+){{0,2}}?{_EXPERT_TITLE}\b"
)


# A commitment, a decision or a demand told in the present perfect or the present: "has promised to
# rebuild", "has agreed to pay", "has dropped its claim", "wants the company to pay", "is demanding"
_COMMITTED_OR_DECIDED = rx(
    r"\b(has|have)\s+(now\s+|also\s+|already\s+)?(promised|pledged|vowed|agreed|decided|announced|ordered"
    r"|dropped|demanded|called\s+for|committed|offered|refused|rejected|approved|launched|set\s+up|asked|urged)\b"
    r"|\b(wants?|promises|pledges|vows|demands|(is|are)\s+(demanding|calling\s+for))\b"
)


def commits_itself(draft: Draft) -> bool:
    """Remarks with no date that tell what a named speaker has promised, decided or demands ("The
    defence has withdrawn its argument that ...", "The president wants the firm to pay into a fund"): a
    briefing lists them as the report's news, where a view with no date ("X says the plan is flawed")
    is a standing position."""
    return bool(draft.speaker) and _COMMITTED_OR_DECIDED.search(draft.sentence.text) is not None


def news_said(draft: Draft) -> bool:
    """Remarks of a named speaker in the present, with no date, that give the report's news wherever they
    come ("The charity says up to 40,000 people are homeless"; events.extract.acts.news_in_remarks); and
    a figure a named speaker released or foresees for a stretch of time ("The bank has forecast that the
    economy will grow 3 percent in 2027"), whose stretch dates nothing, so that the remarks are of the
    report's days and no standing view."""
    return bool(draft.speaker) and (
        (draft.present_habitual and news_in_remarks(draft.sentence.text))
        or (draft.is_speech_type and _FIGURE_FOR_A_PERIOD.search(draft.sentence.text) is not None)
    )


def expert_says(draft: Draft) -> bool:
    return (
        draft.present_habitual
        and bool(draft.speaker)
        and any(e.kind == "actor" and may_be_a_person(e.name) for e in draft.entities)
        and _EXPERT_SAYS.search(draft.sentence.text) is not None
    )


# "..., the WHO says.", "..., says the official in charge of the repairs.": present-tense attribution that
# closes the sentence
_SAYS_AT_THE_CLOSE = rx(r",(?:[\"”’]|'')?\s+(?:[^,]{1,60}\s)?(says|say)\b[^,]{0,90}$")


def is_lead(sentence: Sentence, article: Article) -> bool:
    """Whether the sentence is (a clause of) the article's first body sentence, its lead."""
    return bool(article.sentences) and sentence.start < article.sentences[0].end


CAME_AS = rx_gated(
    r"^(.{3,80}?)\s+(came|comes|come)\s+(as|amid|(just\s+)?((an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|several|\d+)\s+)?"
    r"(hours?|days?|weeks?)?\s*(after|before))\b"
    # "The sanctions follow the fall of El Fasher": the opening refers back to news told before
    r"|^((?:the|this|these|that|those)\s+[\w-]+(?:\s+(?!(?:was|were|is|are|been|has|had)\b)[\w-]+)?)\s+"
    r"(follows?|followed)\b(?!\s+by\b)"
)


def offset_before_news(came_as: re.Match[str] | None) -> dt.timedelta:
    """ "The seizure came a day after Washington announced sanctions": the sanctions were a day before."""
    return _counted_before(came_as.group() if came_as else "")


# "The earthquake struck south of the capital": what a pronoun that struck stood for is a hazard of nature
_HAZARD_STRUCK = rx(
    r"^\W*(?:the|this|that)\s+(?:[\w.-]+\s+)?(?:earthquake|quake|aftershock|tremor|tsunami|hurricane|cyclone"
    r"|typhoon|storm|tornado|flood)\s+(?:struck|hit|strikes|hits|rocked|jolted)\b"
)


def struck_by_nature(draft: Draft) -> Draft:
    """A blow struck by a pronoun that stands for a hazard of nature ("It struck south of the capital on
    Tuesday", below "The earthquake is the worst in decades"): the disaster, not an attack; read once the
    pronoun is named (`pronoun_named`)."""
    if draft.event_type != "attack" or _HAZARD_STRUCK.match(draft.clause) is None:
        return draft
    return dataclasses.replace(draft, event_type="disaster", family="disaster")


def after_another(draft: Draft, text: str) -> Draft:
    """A clause read apart from the one before it in its sentence, that clause telling it came a time
    after this one ("The firm said it had always paid in full, | a day after the regulator demanded
    clarity"): this one is that long before the other's day."""
    if draft.before_news or draft.own_date is not None:
        return draft
    before = text[max(0, draft.sentence.start - 40) : draft.sentence.start].rstrip()
    counted = _counted_before(before)
    return dataclasses.replace(draft, before_news=counted) if counted else draft


def _counted_before(lead: str) -> dt.timedelta:
    """How long before "a day after", "two weeks after" that ends `lead`."""
    found = re.search(
        rf"\b(an?|{'|'.join(CARDINALS)}|\d{{1,2}})\s+(day|week)s?\s+after$", lead, re.IGNORECASE
    )
    if found is None:
        return dt.timedelta(0)
    word = found.group(1).lower()
    count = 1 if word in ("a", "an") else CARDINALS.get(word) or _TENS.get(word) or int(word)
    return dt.timedelta(days=count * (7 if found.group(2).lower() == "week" else 1))


# Context dates come from the news of the moment, not from background ("since February 2022").
CONTEXT_RECENT = dt.timedelta(days=31)
LEAD_PARAGRAPHS = 2


# An item of a chronology's entry, on a line of its own under it: "-- The company says it will pay",
# "• Flights are grounded" below "June 28 - ..."
_ITEM_MARK = re.compile(r"(?:--?|[–—•*])\s+(?=\S)")
# How many lines above an item its entry may stand (the entry's other items and blank lines between)
ITEM_LINES_AT_MOST = 24


def _entry_above_item(draft: Draft, earlier: list[Draft], text: str) -> Draft | None:
    """The dated chronology entry an undated item line belongs to: the nearest entry line above it, with
    only other items between them. An item's date is its entry's, whoever speaks in it, not the date of
    its speaker's last remarks further up the list."""
    if not _ITEM_MARK.match(draft.sentence.text):
        return None
    line_start = text.rfind("\n", 0, draft.sentence.start) + 1
    for _line in range(ITEM_LINES_AT_MOST):
        if line_start == 0:
            return None
        above_end = line_start - 1
        line_start = text.rfind("\n", 0, above_end) + 1
        above = text[line_start:above_end].strip()
        if not above or _ITEM_MARK.match(above):
            continue  # a blank line, or another item of the same entry
        if not chronology_entry(above):
            return None
        return next((d for d in reversed(earlier) if line_start <= d.sentence.start < above_end), None)
    return None


# How many entry lines make an article a chronology, and how many plain lines (told with no day) an entry's
# paragraphs may run on below it
CHRONOLOGY_ENTRIES_AT_LEAST = 3
ENTRY_LINES_AT_MOST = 6


# A day written out anywhere in a line: "25 January 2011", "March 3"
_DAY_IN_LINE = rx(rf"\b{CALENDAR_DAY}\b")


@functools.lru_cache(maxsize=8)
def _chronology_lines(text: str) -> int:
    """How many lines of the article are a chronology's dated entries ("May 2 - The minister visits ...")."""
    return sum(1 for line in text.splitlines() if chronology_entry(line.strip()))


# The past of "be", "do" or "have", which no timeline's present shows ("The owner was paid"; an "-ed" word
# may be a participle in the present, "officials close areas affected by the flood")
_TOLD_IN_THE_PAST = rx(r"\b(?:was|were|did|had)\b")
# Verbs of saying in the simple present ("says", "tells", "warns")
_PRESENT_SAYING = ("says", "say", "tells", "insists", "warns")
_SAYS_IN_THE_PRESENT = rx(
    rf"\b(?:{alternatives((*_PRESENT_SAYING, 'tell', 'insist', 'announces', 'announce', 'adds'))})\b"
)


def _entries_spaced_by_blanks(text: str, entry_start: int) -> bool:
    """Whether the entry whose line starts at `entry_start` is parted from the entry above it by a blank
    line: in a timeline spaced so, a blank line below its last entry ends no run, and the paragraph under
    it ("Delegates sign a draft accord.") goes on from that entry."""
    blank_seen = False
    for line in reversed(text[:entry_start].split("\n")[:-1]):
        if not line.strip():
            blank_seen = True
            continue
        return blank_seen and chronology_entry(line.strip())
    return False


def _entry_above_paragraph(draft: Draft, earlier: list[Draft], text: str) -> Draft | None:
    """The dated entry an undated sentence of a chronology goes on from: "May 2 - The minister visits the
    port." then "Officials close the harbour to ships." A timeline's paragraph told with no day, in the same
    present as its entries, is of the entry above it ("11 workers are killed" after the entry's semicolon,
    "Officials insist ..." a line below), not of the day the timeline was published. Only in an article
    with a run of entries, and only within a few lines below an entry."""
    if _chronology_lines(text) < CHRONOLOGY_ENTRIES_AT_LEAST:
        return None
    # (a timeline goes on in its entries' present, "11 workers are killed"; "Police have arrested the
    # captain" or "The owner agreed to pay" is the reporter's own telling, of the report's time)
    # (the main clause only: "Officials say the road has been cleared" is told in the timeline's present)
    told = _SAYS_IN_THE_PRESENT.split(draft.sentence.text, maxsplit=1)[0]
    if PERFECT.search(told) or _TOLD_IN_THE_PAST.search(told):
        return None
    # (below the last entry of a run and a blank line, the report goes on with its own news: a fact box
    # of dated entries above the body names no day of the body's)
    crossed_blank = False
    entries_below = any(chronology_entry(line.strip()) for line in text[draft.sentence.end :].splitlines())
    line_start = text.rfind("\n", 0, draft.sentence.start) + 1
    line_end = draft.sentence.start
    own_line_end = text.find("\n", draft.sentence.end)
    if _DAY_IN_LINE.search(text[draft.sentence.start : own_line_end if own_line_end >= 0 else len(text)]):
        return None  # (a caption run into the next entry on its own line: "... in court 1 November 2011 ...")
    for _line in range(ENTRY_LINES_AT_MOST + 1):
        line = text[line_start:line_end].strip()
        if chronology_entry(line):
            if crossed_blank and not entries_below and not _entries_spaced_by_blanks(text, line_start):
                return None
            return next((d for d in reversed(earlier) if line_start <= d.sentence.start < line_end), None)
        # (a line with a date of its own that is no entry, a caption run into an entry or a dated aside,
        # ends the entry above: which day the lines below go on from is not known)
        if line_end != draft.sentence.start and (
            any(line_start <= d.sentence.start < line_end for d in earlier) or _DAY_IN_LINE.search(line)
        ):
            return None
        if line_start == 0:
            return None
        line_end = line_start - 1
        line_start = text.rfind("\n", 0, line_end) + 1
        # (a blank line between paragraphs is no line of the entry's)
        while not text[line_start:line_end].strip() and line_start > 0:
            crossed_blank = True
            line_end = line_start - 1
            line_start = text.rfind("\n", 0, line_end) + 1
    return None


# Where a clause opens, so that a name standing there is its subject: the sentence's start, a clause's
# punctuation, or a conjunction that opens a clause ("After the ministry announced ...", "... but the
# union refused", "Neither the mayor nor the union"), with a title before the name ("Mr", "U.S. President")
_CLAUSE_OPENS_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\s[-–—]\s+|\b(?i:after|before|when|as|while|since|once|because|although|though|and|but|yet"
    r"|or|nor|meanwhile|earlier|later)\s+)(?:(?i:both|either|neither)\s+)?(?:(?i:the)\s+)?"
    r"(?:[A-Z][\w.’'-]*\s+){0,4}$"
)
# ("Acme spokeswoman Jo Roe said", "Jo Roe, an Acme executive, said"): the body in the title of one who speaks
# for it, whose words are the body's remarks
_VOICE_OF_THE_BODY_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:[A-Za-z-]+\s+){0,2}?(?i:spokes(?:man|woman|person)|officials?|executives?|chief|president"
    r"|chair(?:man|woman)?|director|secretary|minister|lawyers?|attorneys?|managers?)\b"
)
# ("Acme's shares fell"): a market's noun after a body's name
_MARKET_NOUN_AFTER = re.compile(r"\s+(?:shares?|stocks?|bonds?|securities|share\s+price|stock\s+price)\b")


def acts_in_sentence(entity: Entity, text: str, offset: int = 0) -> bool:
    """Whether a name stands in the sentence as one who acts or speaks in it, the subject of a clause:
    "Acme closed the plant", "After Acme announced the cuts, ...". A name only mentioned is not:
    inside the quoted words ('"Acme has lost our trust," she said'), as the owner of another noun
    ("Acme's shares", "Acme's chief executive"), after a preposition ("a source at Acme", "accused of
    helping Acme") or a verb ("the governor demanded that Acme pay", "urged Acme"). `offset` is where
    the sentence starts in the article, for a name whose place is counted from the article's start."""
    start, end = _place_in(entity, text, offset)
    if _inside_quotation(text[:start]):
        return False
    owner = re.search(r"[’']s?$", entity.text) is not None or re.match(r"[’']s\b", text[end:]) is not None
    # (a body's own shares that moved are left to its remarks, as before: whether a market's move is of the
    # report's session or of the day the lead tells is not settled here)
    if owner and not _MARKET_NOUN_AFTER.match(text, end + (0 if re.search(r"[’']s?$", entity.text) else 2)):
        return False
    return _CLAUSE_OPENS_BEFORE.search(text[:start]) is not None


def _speaks_or_acts(entity: Entity, draft: Draft) -> bool:
    """Whether a name the sentence gives speaks or acts in it: the subject of one of its clauses, or the
    body in the title of the one who speaks for it ("Acme spokeswoman Jo Roe said")."""
    text = draft.sentence.text
    if acts_in_sentence(entity, text, draft.sentence.start):
        return True
    start, end = _place_in(entity, text, draft.sentence.start)
    return (
        bool(draft.speaker)
        and draft.is_speech_type
        and not _inside_quotation(text[:start])
        and _VOICE_OF_THE_BODY_AFTER.match(text, end) is not None
    )


def _place_in(entity: Entity, text: str, offset: int) -> tuple[int, int]:
    """Where a name stands in its sentence: most names are placed from the sentence's start, a name read
    back from a description ("the company") from the article's."""
    if text[entity.start : entity.end] == entity.text or entity.start < offset:
        return entity.start, entity.end
    return entity.start - offset, entity.end - offset


# A day in the possessive before a noun of a happening: "last week's storm", "Tuesday's blast"
_HAPPENING_OWNED_BY_THE_DAY = rx(
    r"[’']s?\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>" + "|".join(words for _, words in HAPPENING_NOUNS) + r")\b"
)
# What a possessive day that is the object of its clause follows: a preposition, or a verb in the past
# ("asked what caused last week's fire", "spoke about Monday's vote")
_OBJECT_BEFORE = rx(
    r"\b(?:about|over|after|into|of|to|on|since|following|behind|for|from|with|at|by|[a-z]{2,}ed"
    rf"|{alternatives(IRREGULAR_PAST)})\s+$"
)


def _owned_by_the_day(other: Draft, draft: Draft, text: str) -> bool:
    """ "Sam Roe asked what caused last week's fire at the mill. Roe announced new checks": a day in the
    possessive, as the object of a verb or a preposition, names the happening it owns, not the day of
    any remarks, so it dates no later remarks. A possessive that opens its clause
    ("Monday's quake killed 300 people. Rescuers worked through the night") is the clause's own day and
    dates the paragraph as any other; so does one whose happening the later sentence names again
    ("Tuesday's hearing ... Roe said at the hearing")."""
    d = other.own_date
    if d is None or not draft.is_speech_type:
        return False
    owned = _HAPPENING_OWNED_BY_THE_DAY.match(text, d.end)
    if owned is None or _OBJECT_BEFORE.search(text, max(other.sentence.start, d.start - 40), d.start) is None:
        return False
    return re.search(rf"\b{re.escape(owned.group('noun'))}\b", draft.sentence.text, re.IGNORECASE) is None


# The act of speaking itself, told with no words reported: "Roe spoke on Tuesday at the hearing", "Roe gave
# that account on Tuesday", "Roe gave evidence on Monday", "Roe appeared before the committee on Monday"
# ("addressed" is left out: "addressed a letter to the bank" tells of a letter, not of words spoken then)
_SPOKE = rx(
    r"(?:,[^,;]{1,80},|,)?\s+(?:\w+ly\s+)?(?:spoke|gave\s+(?:(?:that|this|his|her|their|the|an?)\s+"
    r"(?:[a-z]+\s+)?(?:account|evidence|testimony|speech|address|interview|briefing)|evidence)"
    r"|appeared\s+before)\b"
)
# What comes before a name that is not the one who acts: "a lawyer for Roe", "a letter from Roe"
_NAME_GOVERNED = rx(r"\b(?:for|of|from|to|by|with|against|about|behalf\s+of|and|or)\s+$|['’]s\s+$")
# Remarks that name their own occasion: "In an interview with this newspaper, Roe said ...", "Roe said in a
# statement", "Roe told this newspaper": they were said then, not at the act of speaking dated above
_OWN_OCCASION = rx(
    r"\b(?:in|during)\s+(?:an?|his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?:interview|statement|letter|post|"
    r"e-?mail|podcast|broadcast|column|op-ed)\b|\btold\s+(?:this|the|our)\s+(?:news)?paper\b|\b(?:told|said\s+(?:to|on))\s+"
    r"(?:this|the)\s+(?:radio|programme|program|newspaper|broadcaster|station|website)\b|\bon\s+(?:the\s+)?"
    r"(?:radio|television|TV)\b"
)


def _day_differs(other: Draft, then: Draft) -> bool:
    """Whether `other` gives a day of its own that is not the day of `then`."""
    d, t = other.own_date, then.own_date
    return d is not None and t is not None and (d.date_start, d.date_end) != (t.date_start, t.date_end)


def _tells_when_they_spoke(other: Draft, person: str) -> bool:
    """Whether `other` tells, with a day of its own, that `person` spoke, named in full as the one who acts:
    "Roe gave that account on Tuesday to a panel of inquiry" dates what Roe is said to have said below it,
    as the remarks of a speaker dated above do. A name after a preposition ("a lawyer for Roe spoke") is
    not the speaker; a pronoun ("He spoke on Tuesday") is left alone, whom it stands for is not read here."""
    if " " not in person.strip():
        return False  # (a bare surname may be anyone's of that family)
    scene = _scene_clause(other.sentence.text)
    for e in other.entities:
        if e.kind != "actor" or e.name != person or e.text != person:
            continue
        start = _place_in(e, other.sentence.text, other.sentence.start)[0]
        if _NAME_GOVERNED.search(other.sentence.text[max(0, start - 20) : start]):
            continue
        at = scene.find(person)
        if at >= 0 and _SPOKE.match(scene, at + len(person)) and _dates_its_own_act(other):
            return True
    return False


def _remarks_of_the_speaker_named(draft: Draft) -> bool:
    """Whether `draft` is remarks whose speaker is named in it before the saying, by a surname or in full
    ("Roe said ..."), not by a pronoun, and which name no occasion of their own ("in an interview")."""
    if not draft.is_speech_type or not draft.speaker or " " not in draft.speaker.strip():
        return False
    verb = SPEECH.search(draft.sentence.text)
    head = draft.sentence.text[: verb.start()] if verb is not None else ""
    surname = draft.speaker.split()[-1]
    if re.search(rf"\b{re.escape(surname)}\b", head) is None:
        return False
    return _OWN_OCCASION.search(draft.sentence.text) is None


def context_date(index: int, drafts: list[Draft], text: str, published: dt.date) -> tuple[Draft, str] | None:
    """The date a sentence without one takes from its context, and where it came from: the latest
    earlier remarks dated in this article of a person it names (its speaker first), then its paragraph's
    date; a lead sentence may also take the date its speaker is given just below."""
    draft = drafts[index]

    def usable(other: Draft) -> bool:
        d = other.own_date
        return (
            d is not None
            and d.tense != "future"
            # a month or a year ("this year") says when a stretch of news falls, not when this sentence's did
            and d.precision in ("day", "week")
            and d.date_end >= published - CONTEXT_RECENT
            and not re.search(r"\bsince\s+(\w+\s+)?$", text[max(0, d.start - 12) : d.start], re.IGNORECASE)
            # ('"Last week we got lucky," said Roe.': a date inside the quoted words is of what was said,
            # not of the saying, so it dates neither those remarks nor the ones that follow them; the
            # speaker's own "today" or "yesterday" stays within a day of the saying; so too when the quoted
            # words tell a deed, '"We met the delegation on Monday," the minister said': the deed is of
            # Monday, the minister's saying and other remarks are not)
            and not (quoted_date(other) is not None and _SPEAKERS_NEAR_DAY.fullmatch(d.text) is None)
            # (a deed the remarks above told of dates no other remarks; it may date the deed's own story)
            and not (draft.is_speech_type and _reported_deed_date(other, published))
            and not _owned_by_the_day(other, draft, text)
        )

    dated = [(i, d) for i, d in enumerate(drafts) if usable(d)]
    # "The Kremlin's silence came as ...": the time of what the sentence opens with
    came_as = CAME_AS.match(draft.sentence.text)
    if came_as:
        for entity in (e for e in draft.entities if e.end <= came_as.end(1)):
            for _i, other in reversed([(i, d) for i, d in dated if i < index]):
                if other.speaker == entity.name or (
                    entity.kind == "country" and other.speaker_country == entity.country
                ):
                    return other, f"it happened as {entity.text} spoke, which the article dates by"
        # "His rescue comes six days after ...": the opening refers back to the news the report leads with
        # (an opening that names someone is dated by them, above, or not at all)
        lead = next((d for i, d in dated if i < index and d.sentence.paragraph <= LEAD_PARAGRAPHS), None)
        if lead is not None and not any(e.end <= came_as.end(1) for e in draft.entities):
            return lead, "it follows the news the report leads with, which it dates by"
    # (any entry's day, however far back: a chronology's items are of their entry's day, not of recent news)
    entry = _entry_above_item(draft, [d for d in drafts[:index] if d.own_date is not None], text)
    if entry is not None:
        return entry, "it is an item under the chronology's entry dated"
    entry = _entry_above_paragraph(draft, [d for d in drafts[:index] if d.own_date is not None], text)
    if entry is not None:
        return entry, "it goes on from the chronology's entry above it, dated"
    people = [draft.speaker] if draft.speaker else []
    # "spokesman Chris Doe said Mr Roe never said ...": who is talked about after the verb of saying did
    # not speak now; the remarks are dated by their speaker or their paragraph
    verb = SPEECH.search(draft.sentence.text) if draft.is_speech_type else None
    said_by = [
        e
        for e in draft.entities
        if verb is None or _place_in(e, draft.sentence.text, draft.sentence.start)[1] <= verb.start()
    ]
    if verb is None and draft.is_speech_type:
        # '"It erodes trust that the council has control"' after 'Professor Roe warns ...': a quotation
        # going on from its speaker's remarks; whom it names did not speak
        said_by = []
    if verb is not None:
        # "The delays are hurting the airline, Professor Roe warns": before a closing attribution stands
        # what was said, and whom it names did not speak
        closing = CLOSING_VOICE.search(draft.sentence.text[: verb.start()]) or NAMED_CLOSING.search(
            draft.sentence.text[: verb.start()]
        )
        if closing is not None:
            said_by = [
                e
                for e in said_by
                if _place_in(e, draft.sentence.text, draft.sentence.start)[0] >= closing.start()
            ]
    # (a body only named, in someone's quoted words, as the owner of what moved, or as the one acted on, did
    # not speak or act here, and its remarks elsewhere do not date the sentence)
    said_by = [e for e in said_by if _speaks_or_acts(e, draft)]
    people += [e.name for e in said_by if e.kind == "actor" and e.name not in people]
    # "Vietnam has confirmed 26 cases": remarks told in the present perfect are the report's own news, not
    # of the day the speaker's earlier remarks were made
    now_told = (draft.is_speech_type and draft.said_now) or (not draft.is_speech_type and draft.undated_past)
    # ("Earlier, she had said the ward could take more": a saying in the past perfect came before the
    # remarks the article dates, so their day is not its day)
    said_before = verb is not None and _HAD_BEFORE.search(draft.sentence.text[: verb.start()]) is not None
    count = _count_under_dated_lead(draft, [d for i, d in dated if i < index], published)
    if count is not None:
        return count, "its figures go on from the report's lead, whose source gave them on"
    occasion = _OCCASION.search(draft.sentence.text)
    if occasion and occasion.group("that"):
        # ("The mayor met the union leaders on Monday." then "In remarks after that meeting, she ..."): "that"
        # points at the occasion the sentence just above told, in whatever words, before any earlier remarks
        above = next((d for i, d in reversed(dated) if i < index), None)
        if above is not None and _NEXT_SENTENCE.fullmatch(text[above.sentence.end : draft.sentence.start]):
            told = f"{occasion.group('that').lower()} {occasion.group('occasion')}"
            return above, f"it happened at {told}, told just above and dated by"
    for person in people if not (now_told or said_before) else []:
        earlier = [d for i, d in dated if i < index and (d.speaker == person)]
        if earlier:
            return earlier[-1], f"{person}'s remarks are dated earlier in the article by"
        if person != draft.speaker or not _remarks_of_the_speaker_named(draft):
            continue  # (a deed of the one who spoke, "Roe was later arrested", is no remark of that time)
        spoke = [(i, d) for i, d in dated if i < index and _tells_when_they_spoke(d, person)]
        # (only while no other day is set between: "Roe gave evidence on 20 April. On Friday the panel
        # published its report. Roe said she was vindicated" is Friday's saying)
        if spoke and not any(
            spoke[-1][0] < i < index and _day_differs(d, spoke[-1][1]) for i, d in enumerate(drafts)
        ):
            return spoke[-1][1], f"{person} spoke at the time the article dates earlier by"
    if draft.speaker and draft.sentence.paragraph <= LEAD_PARAGRAPHS:
        later = [d for i, d in dated if i > index and d.speaker == draft.speaker]
        if later and later[0].sentence.paragraph <= LEAD_PARAGRAPHS + 1:
            return later[0], f"the lead's next paragraph dates {draft.speaker}'s remarks by"
    if occasion and not occasion.group("that"):
        # "said at the signing ceremony" after "signed a ceasefire on Friday": the occasion told earlier
        stems = {w[:4].lower() for w in occasion.group("occasion").split() if len(w) >= 5}
        for _i, other in reversed([(i, d) for i, d in dated if i < index]):
            words = {w[:4].lower() for w in re.findall(r"[A-Za-z]{5,}", other.sentence.text)}
            if stems & words:
                return other, f"it was said at the {occasion.group('occasion')} the article dates by"
    # (a relative clause's happening, "who was arrested on Monday", tells of a noun of its own sentence and
    # dates no other sentence of the paragraph)
    paragraph = [
        d
        for i, d in dated
        if d.sentence.paragraph == draft.sentence.paragraph
        and i < index
        and not _RELATIVE_ASIDE_OPENS.match(d.sentence.text)
    ]
    if paragraph and not now_told:
        return paragraph[-1], "its paragraph is dated by"
    scene = _scene_going_on(index, drafts, text, published)
    if scene is not None and not now_told:
        return scene, "it goes on with the scene of the sentence above it, dated by"
    narrative = _narrative_going_on(index, drafts, text, published)
    if narrative is not None and not now_told:
        return narrative, "it goes on with the story the sentence above it tells, dated by"
    return None


# A sentence that opens on another time than the one above it: "Earlier, ...", "Later ...",
# "Separately, ...", "In 2019 ..."
# "Earlier, ...", "Later ...", "Separately, ...", "As shares fell, ...", "That year ...", "In 2019 ..."
_NEW_TIME_FRAME = rx(
    r"^\W*((but|and|yet|so)\s+)?(separately|elsewhere|in\s+other|before|after|once|as|while|when|last|next"
    r"|in\s+(the\s+)?past"
    r"|that\s+(year|month|season|decade|spring|summer|autumn|fall|winter)|in\s+\d{4})\b"
)
# Words that move a sentence off the time of the one above ("Tests subsequently showed ...", "had", "used
# to"), or that tell of another time altogether ("ago", "since", "at the time")
_OFF_THE_SCENE = rx(
    r"\b(had|'d|’d|used\s+to|earlier|previously|formerly|later|afterwards?|subsequently|eventually"
    r"|ago|since|at\s+the\s+time|back\s+then|by\s+then|until\s+then"
    r"|the\s+(next|following|previous|day\s+before|day\s+after))\b"
    # ("up 2.6 percent by 1336 GMT": a time of day of its own)
    r"|\b\d{1,2}[:.]?\d{2}\s*(GMT|UTC|BST|EDT|EST|CET|local\s+time|a\.?m\b|p\.?m\b)"
)
# A date inside a clause hung on the sentence's act, whose own time it is: "Even before the panel meets
# on Monday, ...", "... as the storm hit on Friday"
_IN_SUBORDINATE_CLAUSE = rx(r"\b(before|until|till|after|since|when|while|once|if|unless)\b[^,;]*$")
# What stands between the dated sentence and the next one: the rest of its sentence, then only white space
# (one sentence to a paragraph, as wire copy is set), no other sentence or heading
_NEXT_SENTENCE = re.compile(r"[^.!?\n]*[.!?]?[\"”’')]*\s*")


def _dates_its_own_act(draft: Draft) -> bool:
    """Whether a sentence's date is of its own act, told in the past, not of a happening it names ("the
    12 March storm", "Tuesday's quake"), an aside's ("Roe, who was questioned on Thursday, said ..."), a
    subordinate clause's ("Even before the panel meets on Monday, ..."), a thing's ("the figures issued on
    27 May") or words it quotes."""
    d = draft.own_date
    at = -1 if d is None else d.start - draft.sentence.start
    if d is None or at < 0:
        return False
    text = draft.sentence.text
    before = text[:at]
    if re.search(r"\bthe\s+$", before, re.IGNORECASE) or _inside_quotation(before):
        return False
    # ("Tuesday's quake": a happening named by its day)
    if re.match(r"[’']s\b", text[at + len(d.text) :]) or _IN_SUBORDINATE_CLAUSE.search(before):
        return False
    # ("Oil has been flowing since the rig exploded on 20 April and sank two days later": a stretch told
    # from another time sets no scene; "..., hours after inspectors had warned of a leak": a clause that
    # times the act by an earlier one leaves the act's own time as it is)
    main = _scene_clause(text)
    if PERFECT.search(main) or _OFF_THE_SCENE.search(main) or STATE_OF_AFFAIRS.search(main):
        return False
    asides = [*RELATIVE_ASIDE.finditer(text), *PARTICIPLE_ASIDE.finditer(text)]
    if any(a.start() <= at < a.end() for a in asides) or in_reduced_relative(before):
        return False
    # ("Notes of the 29 July interview were read at the hearing on Thursday": two times, no one scene)
    if len(_TIME_NAMED.findall(text)) > 1:
        return False
    # ("That is a response to remarks at a hearing on Tuesday": a scene is set by an act told in the past;
    # "The mayor said on Thursday the bridge will reopen": of remarks, the saying is that act)
    said = SPEECH.search(text) if draft.is_speech_type else None
    if said is not None:
        return PAST_TENSE.fullmatch(said.group().split()[-1]) is not None
    told = draft.clause or text
    return PAST_TENSE.search(told) is not None and _PRESENT_OR_FUTURE.search(without_asides(told)) is None


# A clause set off by commas that times the act by another one: "Hours after inspectors warned of a leak,
# ...", "..., days before the vote was due." (not "since": a stretch told from then is another time)
_TIME_CLAUSE = rx(
    r"(?:^|,)\s*(?:(?:just|shortly|soon|only|moments|minutes|hours|days|weeks|a\s+day|a\s+week)\s+)?"
    r"(?:after|before|as|when|while|once)\s+[^,;]*(?=,|[.!?]?\s*$)"
)


def _without_time_clauses(text: str) -> str:
    """The sentence without the clauses that time its act by another happening."""
    return _TIME_CLAUSE.sub("", text)


def _scene_clause(text: str) -> str:
    """What a dated sentence tells of its own scene: the sentence without the clauses that time its act by
    another happening and without its relative asides, a chain of them too ("The row was set off on
    Tuesday by a ruling, which quoted a memo, which said the plan had broken the rules": what the memo said,
    and its "had", tell of the memo, not of Tuesday's scene)."""
    main = _without_time_clauses(text)
    while True:
        cut = RELATIVE_ASIDE.sub(",", main)
        if cut == main:
            return main
        main = cut


def _main_act_of(above: Draft, earlier: list[Draft]) -> Draft:
    """The draft of the whole sentence whose last clause is `above`: "An explosion tore through the plant
    on Tuesday, hours after inspectors had warned of a leak" is read as its main act and the clause cut
    from it, and the main act, dated by its own day, is what the sentence tells."""
    whole = min(
        (
            d
            for d in earlier
            if d.sentence.end == above.sentence.end and d.sentence.start <= above.sentence.start
        ),
        key=lambda d: d.sentence.start,
    )
    d = whole.own_date
    if whole is above or d is None or d.start >= above.sentence.start:
        return above
    return whole


_RELATIVE_ASIDE_OPENS = rx(r"(?:who|whom|which|whose|where)\s")


def _scene_going_on(index: int, drafts: list[Draft], text: str, published: dt.date) -> Draft | None:
    """The dated sentence whose scene an undated sentence just below it goes on with: wire copy sets one
    sentence to a paragraph, dates its scene once ("On Tuesday, riot police cleared the square.") and tells
    the rest of it with no time word ("Dozens of protesters were detained."). The sentence takes that day
    when it follows the dated one directly, tells its act or its saying in the simple past, opens on no
    other time and gives no sign of a time before the scene ("had", "since", "so far", "once")."""
    draft = drafts[index]
    if draft.own_date is not None or draft.present_habitual or draft.generic or draft.undated_past:
        return None
    above = _dated_act_above(index, drafts, text, published)
    if above is None or above.sentence.paragraph == draft.sentence.paragraph:
        return None
    d = above.own_date
    if d is None or d.precision != "day" or not published - CONTEXT_RECENT <= d.date_start <= published:
        return None
    if not _NEXT_SENTENCE.fullmatch(text[above.sentence.end : draft.sentence.start]):
        return None
    if not _dates_its_own_act(above):
        return None
    return above if _goes_on_untimed(draft, above) else None


def _dated_act_above(index: int, drafts: list[Draft], text: str, published: dt.date) -> Draft | None:
    """The main act of the sentence right above drafts[index], when that sentence dates its own act by a
    time gone by: not in a relative clause ("The minister, who was questioned on Tuesday, defended the
    tariffs": its happening tells of a noun of its sentence and sets no time for the next), not ahead, not
    by a date inside the words it quotes."""
    draft = drafts[index]
    above = next((d for d in reversed(drafts[:index]) if d.sentence.start < draft.sentence.start), None)
    if above is None:
        return None
    above = _act_before_semicolon(above, drafts[:index], text, published)
    above = _main_act_of(above, drafts[:index])
    d = above.own_date
    if (
        d is None
        or _RELATIVE_ASIDE_OPENS.match(above.sentence.text)
        or d.tense == "future"
        or (above.is_speech_type and quoted_date(above) is not None)
        # (remarks below a deed dated inside what was said are not of the deed's day)
        or (draft.is_speech_type and _reported_deed_date(above, published))
    ):
        return None
    return above


# What lies between two clauses of one sentence split at a semicolon
_SEMICOLON_BETWEEN = rx(r"[^.!?\n]*;\s*")


def _act_before_semicolon(above: Draft, earlier: list[Draft], text: str, published: dt.date) -> Draft:
    """The act of a sentence's first clause when its clause after a semicolon looks ahead: in "The governor
    declared an emergency on Thursday; the storm is forecast to hit on Sunday." the look-ahead hangs on the
    declaration, and the scene the next sentence goes on with is Thursday's. An undated clause is left as it
    is ("...; the club's owner had put it up for sale": a time of its own, told from elsewhere)."""
    d = above.own_date
    # ("...; the parade will be held today": a day of the report's own is a time of its own, not a look-ahead)
    if d is None or d.tense != "future" or d.date_start <= published:
        return above
    before = next((o for o in reversed(earlier) if o.sentence.end <= above.sentence.start), None)
    if before is None or before.own_date is None or before.own_date.tense == "future":
        return above
    if not _SEMICOLON_BETWEEN.fullmatch(text[before.sentence.end : above.sentence.start]):
        return above
    return before


def _narrative_going_on(index: int, drafts: list[Draft], text: str, published: dt.date) -> Draft | None:
    """The dated sentence of the story's past whose time an undated act just below it keeps: a narrative
    told in the simple past keeps the time its last sentence set until a time word moves it ("In 2009
    engineers inspected the dam. The council closed the road to lorries." -> 2009), in the same paragraph or
    the next. A time of the report's own days is left to the paragraph and the scene (`context_date`), and a
    sentence that turns to another time, tense or speaker keeps its own (`_goes_on_untimed`). A saying is
    not carried back: undated remarks below a date of the story's past are the report's own ("The dam was
    built in 1962. The minister said it was safe.")."""
    draft = drafts[index]
    if (
        draft.own_date is not None
        or draft.is_speech_type
        or draft.present_habitual
        or draft.generic
        or draft.undated_past
    ):
        return None
    above = _dated_act_above(index, drafts, text, published)
    d = above.own_date if above is not None else None
    if above is None or d is None or d.date_end >= published - CONTEXT_RECENT:
        return None
    if not _NEXT_SENTENCE.fullmatch(text[above.sentence.end : draft.sentence.start]):
        return None
    # ("In 2019, engineers inspected the dam." sets the time for what follows; "A quake of the same size hit
    # the region in 2011." closes on an aside of the past, and the news below it is the report's own)
    if not _OPENING_TIME.fullmatch(text[above.sentence.start : d.start]):
        return None
    # (the whole sentence told in the past, not only the clause the act is cut from: "The agency is
    # drafting a report, which could be finished by May" tells of now)
    sentence = draft.sentence.text
    if SPEECH.search(sentence) or _PRESENT_OR_FUTURE.search(sentence) or _MODAL_OR_NOW.search(sentence):
        return None
    # ("Roe fell ill on 3 May 2011. His illness was traced to a well": a subject that is something of a person
    # or a thing named above, their death, their report, or a happening told again, tells a later step about
    # it, of no known day; "The list was on the second page": a state, no act of that time)
    if _SUBJECT_TOLD_BEFORE.search(sentence) or _STATE_TOLD.search(sentence):
        return None
    if not _dates_its_own_act(above):
        return None
    return above if _goes_on_untimed(draft, above) else None


def _goes_on_untimed(draft: Draft, above: Draft) -> bool:
    """Whether an undated sentence goes on with the act of the dated one just above it: it opens on no
    other time, names none, gives no sign of a time before it ("had", "since", "so far", "once"), and tells
    an act in the simple past, or a saying in the simple past by one the sentence above names."""
    sentence = draft.sentence.text
    if _NEW_TIME_FRAME.search(sentence) or _OFF_THE_SCENE.search(sentence):
        return False
    # ("summoned the envoy for talks on Wednesday": a time word, even one another clause takes, says the
    # sentence keeps its own time; "founded the militia that attacked ...": a founding is background)
    if _TIME_NAMED.search(sentence) or _TIME_SPOKEN.search(sentence):
        return False
    if _FOUNDING.search(RELATIVE_ASIDE.sub(",", sentence)):
        return False
    if STATE_OF_AFFAIRS.search(sentence) or _LONG_AGO.search(sentence) or _PAST_PERFECT.search(sentence):
        return False
    said = SPEECH.search(sentence)
    if sentence[:1] in '"“‘`':
        # ('"We will rebuild," said Ortez'): quoted words are dated by their speaker's remarks, or not at all;
        # but by the saying that closes them when the sentence above has their speaker act on its day
        # ('"We will not leave," Roe said after touring the farms' below "Roe toured the farms on Monday")
        closing = _QUOTE_THEN_ATTRIBUTION.match(sentence)
        said = SPEECH.search(sentence, closing.end()) if closing else None
        if said is None:
            return False
    if said is not None:
        # ("The mayor told reporters the bridge would reopen" below "On Tuesday, Mayor Roe toured the
        # district"): the saying told in the past, by one the sentence above names (another speaker's
        # remarks are the report's own news, of its own day)
        named = {above.speaker, *(e.name for e in above.entities)} - {""}
        return draft.speaker in named and PAST_TENSE.fullmatch(said.group().split()[-1]) is not None
    if draft.is_speech_type:
        return False  # remarks with no saying of their own
    if above.is_speech_type or SPEECH.search(_scene_clause(above.sentence.text)):
        # ("Two senators said on Wednesday ...", then "The stock rose 3%"): a saying is no scene (a saying in
        # a clause that only times the act, "hours after inspectors warned of a leak", is not the act)
        return False
    told = _DASHED_ASIDE.sub(" ", draft.clause or sentence)
    if not PAST_TENSE.search(told) or PERFECT.search(told) or _PRESENT_OR_FUTURE.search(without_asides(told)):
        return False
    # ("The judges acquitted him of two lesser charges" below "A court on Friday convicted ...", "The
    # firm dismissed it"): an act told of someone or something named above goes on about that act, and
    # events.extract.merge joins it to it
    return not _PERSON_REFERRED_BACK.search(told)


_PERSON_REFERRED_BACK = rx(r"\b(he|she|him|her|they|them|it)\b")
# Days, months and years named in a sentence (capitalised: "may" is a verb)
_TIME_NAMED = re.compile(
    rf"\b(?:{alternatives(WEEKDAY_NAMES)}|{alternatives(MONTH_NAMES)}|(?i:yesterday|today|tonight)"
    r"|(?:19|20)\d\d)\b"
)
# Times told without a name: "last week", "this month", "next year", "two days ago"
_TIME_SPOKEN = rx(r"\b(last|this|next|past|coming)\s+(week|weekend|month|year|night|season)\b|\bago\b")
# An aside set off by dashes or brackets: "The lawsuits -- one against the firm, the other against its
# partners -- seek damages"
# Quoted words that open a sentence and the attribution after them: '"We will not leave," Roe said ...'
_QUOTE_THEN_ATTRIBUTION = re.compile(r"^(?:[\"“‘]|``)[^\"“”]{2,400}?[,!?]\s*(?:[\"”’]|'')\s+")
_DASHED_ASIDE = re.compile(r"\s(?:--|–|—)\s.*?\s(?:--|–|—)\s|\s\([^()]*\)")


def _count_under_dated_lead(draft: Draft, earlier: list[Draft], published: dt.date) -> Draft | None:
    """The report's lead, when it gives its source's news of a recent day ("Deaths from the fever have
    doubled, the ministry said on Tuesday") and the draft, just below it, goes on with figures in the
    perfect ("Recorded cases have gone up to 9,310"): the figures are those the source gave that day,
    not a count of the publication day."""
    told = draft.clause or draft.sentence.text
    if draft.is_speech_type or draft.sentence.paragraph > LEAD_PARAGRAPHS + 1:
        return None
    if _FIGURE_MOVED.search(told) is None or not (draft.figures or re.search(r"\d", told)):
        return None
    lead = next((d for d in earlier if d.sentence.paragraph <= LEAD_PARAGRAPHS), None)
    # (the lead tells what its source said, whatever it is typed as)
    if lead is None or lead.own_date is None or SPEECH.search(lead.sentence.text) is None:
        return None
    # (figures go on only from a lead that tells of figures or of how they moved: below "The commission
    # announced the results on Tuesday", a count of infections is the report's own news)
    if not lead.figures and _FIGURES_TOLD.search(lead.sentence.text) is None:
        return None
    d = lead.own_date
    recent = published - PUBLICATION_LAG <= d.date_start < published
    return lead if d.precision == "day" and d.tense != "future" and recent else None


# What a lead says of figures: a number, a toll or tally, or how a count moved ("rising sixfold")
_FIGURES_TOLD = rx(
    r"(\d|\b(\w+fold|toll|tally|number\s+of|ris(e|es|en|ing)|rose|climb\w*|jump\w*|fall(s|en|ing)?|fell"
    r"|doubl\w*|tripl\w*|soar\w*|surg\w*|increas\w*|decreas\w*)\b)"
)
# A count or a level told in the perfect as it moved ("have climbed to 9,310", "have died"), not an act
# with a sum in it ("has launched a $2 million challenge")
_FIGURE_MOVED = rx(
    r"\b(has|have)\s+(now\s+|already\s+)?(risen|climbed|increased|grown|reached|jumped|fallen|dropped|doubled"
    r"|tripled|soared|surged|passed|topped|exceeded|died|been\s+(killed|infected|confirmed|reported))\b"
)


# An occasion named with "the", told of earlier in the article: "said at the signing ceremony"
_OCCASION = rx(
    r"\b(?:at|during|after|before|on\s+the\s+sidelines\s+of)\s+(?:the|(?P<that>that|the\s+same))\s+"
    r"(?P<occasion>(?:[a-z]+\s+){0,2}?(?:ceremony|summit|"
    r"meeting|talks|hearing|briefing|news\s+conference|press\s+conference|funeral|rally|vote|session|"
    r"memorial|trial|inauguration|launch))\b"
)


def outlet_reason(reason: str, article: Article) -> str:
    """ "in an article published" -> "in an NBC News article published" when the outlet is known. An
    outlet's own "The" gives way to the article's: "a Guardian article", never "a The Guardian article"."""
    if article.outlet and " an article published" in reason:
        outlet = re.sub(r"^[Tt]he\s+(?=\S)", "", article.outlet.strip())
        return reason.replace(" an article published", f" {_indefinite(outlet)} {outlet} article published")
    return reason


def _indefinite(name: str) -> str:
    """ "an NBC News", "an Al Jazeera", "a Newsmax": initialisms go by how their first letter sounds."""
    first_word = name.split()[0]
    if first_word.isupper() and len(first_word) > 1:
        return "an" if first_word[0] in "AEFHILMNORSX" else "a"
    return "an" if first_word[0].upper() in "AEIOU" else "a"


def span_text(start: dt.date, end: dt.date, precision: str) -> str:
    if precision == "day":
        return fmt(start)
    return f"{start.isoformat()} to {end.isoformat()} ({precision})"


# Sudden happenings a report names again by a definite noun once it has dated them. Nouns of one kind name
# one happening ("the blast" after "the explosion on Tuesday"); the plain words for any mishap
# ("accident", "disaster", "tragedy") may stand for any of them ("the explosion" after "the April 20
# accident").
_HAPPENING_KINDS = (
    ("explosion", "explosions", "blast", "blasts", "fire", "blaze"),
    ("earthquake", "quake", "tremor", "tsunami"),
    ("storm", "hurricane", "typhoon", "cyclone", "tornado", "flood", "floods", "flooding", "landslide"),
    ("crash", "collision", "derailment", "collapse"),
    ("attack", "bombing", "shooting", "ambush", "assault"),
)
_ANY_MISHAP = ("accident", "disaster", "tragedy")
_HAPPENING_NOUN = "|".join(
    sorted({n for kind in _HAPPENING_KINDS for n in kind} | set(_ANY_MISHAP), key=len)[::-1]
)
# What may come before a time that opens its sentence: "In 2019, ...", "Early in March 2019", "Back in 2019"
_OPENING_TIME = rx(
    r"\W*((back|early|late|later|in|on|by|during|throughout|at\s+the\s+(start|end|turn)\s+of)\s+)*(the\s+)?"
)
# What an undated sentence must not hold to go on with the story of the past above it (`_narrative_going_on`)
_MODAL_OR_NOW = rx(r"\b(can|could|may|might|must|should|would|currently)\b")
_SUBJECT_TOLD_BEFORE = rx(
    r"^\W*((but|and|yet|so)\s+)?((his|her|its|their)\b"
    # ("The flood drowned the farms of four counties": a happening already told, and what it went on to do)
    rf"|(the|this|that)\s+([\w-]+\s+)?({_HAPPENING_NOUN}|spill|leak|death|deaths|killing|outbreak|war|coup"
    r"|crisis)\b)"
)
_STATE_TOLD = rx(
    r"\b(was|were)\s+(not\s+)?(on|in|at|among|part|about|under|near|inside|outside|one|the|a|an|still|also|only"
    r"|just|no|\d[\d,.]*)\b"
)
# "The explosion killed 11 workers", "The quake in the north destroyed 300 homes": the sentence opens on
# the happening, told by a deed it did (its toll or damage), not on something new
_HAPPENING_DID = rx(
    # ("Some say the quake killed as many as 200,000": an estimate nobody in particular makes is the toll
    # told with a hedge, not remarks of the report's day)
    r"^\W*(?:but\s+|and\s+)?(?:(?:some|others|many)\s+(?:say|said|estimate|estimated|believe)\s+(?:that\s+)?)?"
    # ("the 6.8-magnitude quake", "the deadly tremor": a figure with its point may describe it)
    rf"the\s+(?:[\w.-]+\s+)?(?P<noun>{_HAPPENING_NOUN})\b"
    r"(?:\s+(?:in|at|on|near|off|of|aboard)\s+[^,;.]{1,50}?)?"
    # ... with who or what it struck set off as an aside: "The explosion on the rig -- which a contractor
    # ran -- killed 11 workers", "The quake, felt 300 km away, destroyed 300 homes"
    r"(?:\s*(?:--|—|–)\s*[^;]{1,120}?\s*(?:--|—|–)|\s*,\s*[^,;]{1,80}?,)?"
    r"\s+(?:also\s+)?(killed|sank|destroyed|injured|wounded|damaged|flattened|levell?ed|razed|toppled"
    r"|displaced|spewed|claimed|tore|ripped|swept"
    # ("The collapse buried six workers", "The storm knocked out power to 2,000 homes": what it did to
    # people and things where it struck, in the same hours)
    r"|buried|trapped|engulfed|gutted|burned|burnt|swamped|submerged|inundated|flooded|uprooted|crushed"
    r"|stranded|shook|rocked|shattered|knocked\s+out|cut\s+off"
    # ("left at least 30 dead", "left as many as 2,000 homeless": a count, hedged or not)
    r"|left\s+(?:at\s+least\s+|as\s+many\s+as\s+|up\s+to\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+"
    r"|about\s+|around\s+|an\s+estimated\s+|some\s+)?\d[\d,.]*)\b"
    # ... or on its toll, the happening opening it as a setting: "In the blast and fire, 11 workers died"
    rf"|^\W*(?:but\s+|and\s+)?in\s+the\s+(?:\w+\s+)?(?P<setting>{_HAPPENING_NOUN})\b"
    rf"(?:\s+and\s+(?:the\s+)?(?:\w+\s+)?(?:{_HAPPENING_NOUN})\b)?\s*,\s+[^,;:]{{0,60}}?"
    r"\b(died|perished|(?:were|was)\s+(?:killed|injured|wounded|hurt|lost))\b"
)
# the noun beside a date: "the April 20 accident", "Tuesday's explosion", "the blast on Tuesday"
_NOUN_AFTER_DATE = rx(rf"^(?:['’]s)?\s+(?:\w+\s+)?({_HAPPENING_NOUN})\b")
# ... or where it struck between them: "the blast aboard the Ocean Star on April 20", "the fire at the
# Grand Hotel on Sunday"
_NOUN_BEFORE_DATE = rx(
    rf"\b({_HAPPENING_NOUN})\s+(?:(?:in|at|on|near|off|aboard)\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,4}})?(?:on|of)\s+$"
)
# or the sentence the date stands in opens on the happening: "An explosion tore through the plant on Tuesday"
_OPENS_ON_HAPPENING = rx(rf"^\W*(?:an?|the)\s+(?:\w+\s+)?({_HAPPENING_NOUN})\b[^;:]*$")


# What a mishap befalls, by kind: a report names the ferry that sank on Sunday "the vessel" further down
_STRICKEN_KINDS = (
    (
        "ferry",
        "vessel",
        "ship",
        "boat",
        "tanker",
        "freighter",
        "trawler",
        "liner",
        "barge",
        "yacht",
        "submarine",
    ),
    ("plane", "aircraft", "jet", "airliner", "helicopter"),
    ("train",),
    ("building", "hotel", "bridge", "dam", "tower", "stadium"),
    ("mine",),
)
_STRICKEN = "|".join(sorted({n for kind in _STRICKEN_KINDS for n in kind}, key=len)[::-1])
# The mishap itself, whatever it befell
_BEFELL = (
    r"(?:sank|went\s+down|capsized|crashed|came\s+down|exploded|blew\s+up|collapsed|caught\s+fire"
    r"|ran\s+aground|broke\s+(?:up|apart)|derailed|overturned)"
)
# "The vessel went down in heavy seas", "The plane crashed into a hillside": the thing a mishap befell,
# named again by a definite noun, and the mishap told again
_STRICKEN_AGAIN = rx(
    rf"^\W*(?:but\s+|and\s+)?the\s+(?:[\w.-]+\s+)?(?P<thing>{_STRICKEN})\s+(?:[a-z]+ly\s+)?{_BEFELL}\b"
)
# ... in a report whose sentence that dated the mishap opens on the thing: "A passenger ferry sank off the
# coast on Sunday"
_STRICKEN_OPENING = rx(
    rf"^\W*(?:an?|the)\s+(?:[\w.’'-]+\s+){{0,3}}?(?P<thing>{_STRICKEN})\b[^;:]{{0,80}}?\b{_BEFELL}\b[^;:]*$"
)


def _same_stricken(thing: str, other: str) -> bool:
    return any(thing in kind and other in kind for kind in _STRICKEN_KINDS)


def _stricken_dated_before(draft: Draft, dates: Sequence[DateMention], text: str) -> DateMention | None:
    """The day an article gave earlier to a mishap whose thing ("A passenger ferry sank off the coast on
    Sunday") a sentence without a date names again by a definite noun of its kind and tells the mishap of
    ("The vessel went down in heavy seas"): that mishap's day."""
    again = _STRICKEN_AGAIN.match(draft.sentence.text)
    if again is None:
        return None
    thing = again.group("thing").lower()
    for date in reversed([d for d in dates if d.end <= draft.sentence.start]):
        if date.precision != "day" or date.tense == "future":
            continue
        opening = max(text.rfind(". ", 0, date.start) + 1, text.rfind("\n", 0, date.start) + 1)
        dated = _STRICKEN_OPENING.match(text[opening : date.start])
        if dated is not None:
            # (the nearest mishap dated above is the one meant; one of another kind is not)
            return date if _same_stricken(thing, dated.group("thing").lower()) else None
    return None


# Whom or what a report brings in with "a" and names again with "the", its deed told again: "a 21-year-old man
# was pulled from the rubble on Friday" ... "The 21-year-old man, Tom Hale, was pulled out by a rescue team"
# (the definite noun opening the sentence, an aside naming it, and its verb in the past)
_NAMED_AGAIN = rx(
    r"^\W*(?:but\s+|and\s+)?the\s+(?P<np>(?:[\w-]+\s+){0,2}?(?-i:[a-z][\w-]+))"
    r"(?:\s*,\s*[^,;]{1,60},)?\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:\w+ly\s+)?"
    rf"(?P<verb>(?-i:[a-z]{{3,}}ed)|{alternatives(IRREGULAR_PAST)})\b"
)
# (what someone said is remarks, each a happening of its own)
_SAYING_VERB = rx(r"said|told|added|stated|announced|reported|claimed|warned|confirmed|denied|insisted")


def named_again(later: str, earlier: str) -> bool:
    """Whether a sentence names again, with "the", whom or what an earlier one brought in with "a", and tells
    the same deed of it ("A 21-year-old man was pulled alive from the rubble on Friday" ... "The 21-year-old
    man was pulled out by a rescue team"): the earlier sentence's happening told again."""
    found = _NAMED_AGAIN.match(later)
    if found is None or _SAYING_VERB.fullmatch(found.group("verb")):
        return False
    words, verb = found.group("np").split(), found.group("verb")
    if earlier.isascii() and found.group().isascii():
        lowered = earlier.lower()
        if any(w.lower() not in lowered for w in (*words, verb)):
            return False  # (the plain look first, exact in ASCII: the patterns per phrase compile if needed)
    noun = r"\s+".join(re.escape(w) for w in words)
    return (
        re.search(rf"\b(?:an?|one)\s+{noun}\b", earlier, re.IGNORECASE) is not None
        and re.search(rf"\b{re.escape(verb)}\b", earlier, re.IGNORECASE) is not None
    )


def introduced_dated_before(draft: Draft, dates: Sequence[DateMention], text: str) -> DateMention | None:
    """The day of the dated sentence above that brought in whom or what a sentence with no date names
    again and tells the same deed of (`named_again`): the deed's day, not the report's."""
    if _NAMED_AGAIN.match(draft.sentence.text) is None:
        return None
    for date in reversed([d for d in dates if d.end <= draft.sentence.start]):
        if date.precision != "day" or date.tense == "future":
            continue
        opening = max(text.rfind(". ", 0, date.start) + 1, text.rfind("\n", 0, date.start) + 1)
        closing = min(x for x in (text.find(". ", date.end), text.find("\n", date.end), len(text)) if x >= 0)
        if named_again(draft.sentence.text, text[opening:closing]):
            return date
    return None


# An act told in the simple past that makes a thing named with "a"/"an": "issued an order that limited ...",
# "imposed a ban on ...", "handed down a ruling"
# (the measures a body imposes are those of the happening nouns: "moratorium", "curfew", ...)
_MADE_NOUNS = (
    r"order|ban|ruling|directive|decree|injunction|lawsuit|suit|recall|ultimatum|"
    + dict(HAPPENING_NOUNS)["policy"]
)
_MADE_A_THING = rx(
    r"\b(?:issued|imposed|signed|handed\s+down|declared|passed|approved|filed|announced|unveiled)\s+an?\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?(?P<noun>{_MADE_NOUNS})\b"
)
# Such a thing brought in by an indefinite word: more than one of them means the article tells of two
_A_MADE_THING = rx(rf"\b(?:an?|another|second|new)\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>{_MADE_NOUNS})\b")
# The words between "the"/"that" and a date that names such a thing: "after that May 26 order" (a date read
# day first takes its "the" into its own text: "the 3 June ruling")
_THE_BEFORE_DATE = rx(r"\b(?:the|that)\s+$")
# The noun right after that date, and whether another owner or subject follows it ("that 3 February ruling
# of the lower court", "that 12 January recall of 2 million cars": a thing of the name, not the one made)
_MADE_NOUN_AFTER_DATE = rx(rf"\s+(?P<noun>{_MADE_NOUNS})\b(?P<owner>\s+(?:of|by|from)\b)?")
# A sentence that sets the thing it names against another act ("The move comes weeks after that 12 January
# recall", "The step follows that 3 June ruling"): two things of the name, one before the other. A bare
# "after" is a time clause of another happening ("Use fell sharply after that 14 April order"), and stays.
_SET_AGAINST = rx(
    r"\b(?:comes?|came|coming|follow(?:s|ed|ing)?|replac(?:es|ed|ing)|unlike|than|previous|earlier|prior)\b"
)


def _verb_of(made: str) -> str:
    """The verb of an act that made a thing: "handed down a ruling" -> "handed down"."""
    return re.split(r"\s+an?\s+", made, maxsplit=1)[0].lower()


def made_thing_dated_below(
    draft: Draft, dates: Sequence[DateMention], text: str
) -> tuple[DateMention, str] | None:
    """The day a later sentence gives the thing an undated act made, named there by "the" or "that" and its
    day ("The mayor issued an order that closed the harbour." then "That 14 April order cut traffic"): the
    definite noun points back at the one order the article has told of, so the act is of that day; with
    what the reason says of it ("the order it issued is named below as 'that 14 April order'"). Left alone
    when the article brings in another thing of that name ("a second order", two orders, "that 3 February
    ruling of the lower court", "The move follows that 12 January recall"), when the act is told in the
    perfect or inside what someone said, or when two days are given to such a noun."""
    told = draft.clause or draft.sentence.text
    made = _MADE_A_THING.search(told)
    if made is None or PERFECT.search(told) or _inside_quotation(told[: made.start()]):
        return None
    said = SPEECH.search(told)
    if said is not None and said.start() < made.start():
        return None  # "Roe said the council issued a ban": what was said, not the article's act
    noun = made.group("noun").lower()
    if sum(m.group("noun").lower() == noun for m in _A_MADE_THING.finditer(text)) != 1:
        return None
    found: list[tuple[DateMention, str]] = []
    for d in dates:
        if (
            d.start < draft.sentence.end
            or d.precision != "day"
            or d.tense == "future"
            or d.date_start != d.date_end
            # (a calendar date: "the New Year's Eve ban" is a ban on that night, not one made then)
            or re.search(r"\d", d.text) is None
        ):
            continue
        before = text[max(0, d.start - 8) : d.start]
        the = _THE_BEFORE_DATE.search(before)
        if the is None and not d.text.lower().startswith("the "):
            continue
        after = _MADE_NOUN_AFTER_DATE.match(text, d.end)
        if after is None or after.group("noun").lower() != noun:
            continue
        # (the sentence that names it, up to the date: "The move comes weeks after ..." sets the two apart)
        opening = re.split(r"[.!?\n]", text[max(0, d.start - 200) : d.start])[-1]
        if after.group("owner") or _SET_AGAINST.search(opening):
            return None
        named = f"{the.group() if the else ''}{d.text} {after.group('noun')}"
        found.append((d, f"the {noun} it {_verb_of(made.group())} is named below as '{named}'"))
    return found[0] if len({d.date_start for d, _ in found}) == 1 else None


def retells_a_happening(text: str) -> bool:
    """Whether a sentence opens on a happening, or on the thing a mishap befell, named again by a definite
    noun and tells it again or its toll ("The explosion killed 11 workers", "The vessel went down in heavy
    seas"): what `happening_dated_before` dates by the day the article gave the happening."""
    return _HAPPENING_DID.match(text) is not None or _STRICKEN_AGAIN.match(text) is not None


def _same_happening(noun: str, other: str) -> bool:
    if noun == other or noun in _ANY_MISHAP or other in _ANY_MISHAP:
        return True
    return any(noun in kind and other in kind for kind in _HAPPENING_KINDS)


def happening_dated_before(draft: Draft, dates: Sequence[DateMention], text: str) -> DateMention | None:
    """The day an article gave earlier to the happening a sentence without a date names again by a
    definite noun and tells a deed of ("The explosion killed 11 workers" below "the April 20 accident"):
    that happening's day, however long before the report, not the report's own day."""
    did = _HAPPENING_DID.match(draft.sentence.text)
    if did is None:
        return _stricken_dated_before(draft, dates, text) or introduced_dated_before(draft, dates, text)
    noun = (did.group("noun") or did.group("setting")).lower()
    for date in reversed([d for d in dates if d.end <= draft.sentence.start]):
        if date.precision != "day" or date.tense == "future":
            continue
        after = _NOUN_AFTER_DATE.match(text[date.end : date.end + 40])
        before = _NOUN_BEFORE_DATE.search(text[max(0, date.start - 80) : date.start])
        opening = max(text.rfind(". ", 0, date.start) + 1, text.rfind("\n", 0, date.start) + 1)
        beside = after or before or _OPENS_ON_HAPPENING.match(text[opening : date.start])
        if beside is not None and _same_happening(noun, beside.group(1).lower()):
            return date
    return None
