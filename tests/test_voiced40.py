"""A deed told through who reports it is typed as the deed (voiced40): the speaker's own act told done ("The
agency said it had decided to build one version"), a named doer's operational act an official passes on
("said the laboratory had mapped the genome", "said officers had stopped 40 lorries"), in the passive too
("said the villagers were evacuated"), or the act told first with the reporter after a comma. Accusations,
changes with no doer, words sent, market moves and counts of copies stay the speaker's remarks. All texts
are our own.
"""

from __future__ import annotations

import pytest

from events.extract.triggers import settled_type


@pytest.mark.parametrize(
    "sentence",
    [
        "The health minister, Ana Roe, said the national laboratory had fully mapped the parasite's genome.",
        "The space agency said on Monday it had decided to build only one version of the lander.",
        "The insurer said a lawyer for the promoter submitted a claim within days of the fire.",
        "A spokesman for the governor said that on Thursday, the Ardent company ordered 900 litres of fuel.",
        "The Norvale Institute has launched a new test for the fever, the firm said on Tuesday.",
        "The Farlow agency said officers had stopped 40 lorries at the border.",
        "The port authority told reporters it had reopened the northern quay.",
        # in the passive, its doer implied
        "The agency says more than 90,000 people have now been relocated out of Tarsen by the authorities.",
        "A spokesman added that seats had been removed from the cabin to make room for tents.",
        "The ministry said the villagers were evacuated by helicopter.",
        "The engineer said the leak had been sealed at 1830 local time.",
        # an adverb of time or manner between
        "The utility says it has temporarily stopped water flowing into the canal.",
        "The mayor said the damaged sluice gate had been successfully replaced by a new one.",
    ],
)
def test_a_deed_done_told_through_its_reporter_is_the_deed(sentence: str) -> None:
    assert settled_type("statement", sentence) == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        # an accusation, a change with no doer, a shot fired
        "Workers said managers had bullied the staff for years.",
        "Scientists said the virus had mutated.",
        "The minister said the army had opened fire on the crowd.",
        # words sent, a deed denied or only supposed, a market's move, a count of copies sold
        "The firm said it had sent a letter to the regulator.",
        "The union said the company had not closed the plant.",
        "The ministry said officials would have closed the border.",
        "The broker said the index had closed lower.",
        "Analysts said the record sold 90,000 copies.",
        # a participle that describes a thing or opens a relative clause
        "The agency said the closed plant would reopen.",
        "Officials said the supplies sent to the region were spoiled.",
        "The mayor said the bridge built by the army collapsed.",
        # a view the body came to, a speech, a combatant's claim, a source passing on
        "The ministry said it had decided that the plan was sound.",
        "The minister said the envoy had delivered a speech to the assembly.",
        "Rebels said they had captured the town.",
        "Sources said the firm had sold its stake in the mine.",
        # a price, a participle of saying
        "Dried figs sold for $3 per kilo and fresh ones went for $5, traders said.",
        "Traders said the dried figs were sold at 40 cents each.",
        "The audit announced by the governor was launched hours after the vote.",
        # an account of what was done before a disaster, or how well it was done: who is to blame
        "The plant's owner said the boiler had been inspected six days before the explosion.",
        "A supplier's manager said the firm safely finished welding the hull two days before the ferry sank.",
        "The contractor said it had properly sealed the tank.",
        # a charge: who lays it, or words of wrongdoing
        "The lawsuit said the dairy had sold tainted cheese to schools.",
        "Critics said the council had awarded the contract to a donor.",
        "The minister said the firm had reportedly sold its stake.",
        "The union said managers had illegally hired workers from abroad.",
        # a place's state, how far a task has gone, a saying about something else
        "Officials said the road was closed.",
        "The government said that three-quarters of the grain has been removed from the silo.",
        "Varn Oil has installed a new pump at the site, but a spokesman said it moved little water.",
    ],
)
def test_views_accusations_and_changes_told_through_a_speaker_stay_remarks(sentence: str) -> None:
    assert settled_type("statement", sentence) == "statement"
