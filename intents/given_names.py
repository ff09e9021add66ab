"""Given names that nearly always name a woman or a man, as evidence for "he"/"she" when the fan has not yet
used a pronoun for someone ("who directed s1" ... "who created it" ... "what else has he directed" means the
director, not the creator Alice Osman). Only names with little doubt are listed: "Alex", "Sam", "Jordan" and
the like stay out, and so the pronoun falls back to recency for them."""

from __future__ import annotations

from typing import Literal

from intents.text import fold

Gender = Literal["he", "she"]

_SHE = frozenset(
    """abigail ada adele adria adriana agnes aimee aisha alexandra alice alicia alison allison amanda
    amber amelia amy ana anastasia andrea angela angelina anita ann anna anne annie anya aoife april
    ariana audrey aubrey ava barbara beatrice bella beth bethany betty beverly billie bonnie brenda
    bridget britt brittany brooke caitlin camila candice carla carmen carol caroline carrie cate
    catherine cecilia charlotte chloe christina christine cindy claire clara claudia colleen
    courtney cynthia daisy daniela deborah debra denise diana diane dichen dina donna dorothy edith
    elaine eleanor elena eliza elizabeth ella ellen ellie elisabeth elsa emilia emily emma erin
    esther eva evelyn faye felicity fiona florence frances gabrielle gemma genevieve georgia gillian
    gina grace greta gwendoline gwyneth hailee hailey haley halle halley hannah harriet hayley heather
    helen helena
    hilary holly imogen irene iris isabel isabela isabella isla jacqueline jade jane janet janelle
    jasmine jean jemima jenna jennifer jenny jessica jill joan joanna jodie josephine joy judith
    judy julia julianne julie june kaitlyn karen kate katherine kathleen kathryn kathy katie katy
    kayla keira kelly kirsten kristen kristin laura lauren leah lena lily linda lisa liv lola
    lorraine louise lucy lupita lydia lynn madeleine madison maggie maisie margaret margot maria
    mariah marie marion martha mary maya megan melanie melissa mia michaela michelle mila millie miranda
    molly monica nadia naomi natalie natasha nicola nicole nina nora octavia olivia paige pamela
    patricia paula penelope phoebe priyanka rachel rebecca regina renee rita rooney rosa rosalind
    rose rosie ruth rutina sally samantha sandra sara sarah saskia scarlett selena serena sharon
    sheila shirley sienna simone sofia sophia sophie stella stephanie susan suzanne sydney tamsin
    tanya tessa thandiwe tilda tina tracy uma valerie vanessa vera victoria viola violet virginia
    vivien wendy whoopi yasmin yvonne zendaya zoe zoey zoë""".split()
)
_HE = frozenset(
    """aaron adam adrian ahmed alan albert alejandro alexander alfie alfred alonso andrew andy angus
    anthony antonio archie arthur austin barry ben benedict benjamin bill billy bob brad bradley
    brandon brendan brian bruce bryan callum calvin carl carlos charles chris christian christopher
    cillian clive colin connor cosmo craig daniel danny darren dave david dennis derek diego dominic
    don donald douglas dylan ed eddie edgar edward eli elijah eric ethan eugene euros evan fabien
    felix finn francis frank fred freddie gabriel gareth gary gavin geoffrey george gerald giancarlo
    glenn gordon graham greg gregory guy hamish harold harrison harry harvey hector henry hiroyuki
    howard hugh hugo ian isaac ivan jack jacob jake james jared jason javier jeff jeffrey jeremy
    jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan
    julian justin keanu keith ken kenneth kevin kit kieran kyle larry laurence leo leon leonard liam
    louis lucas luke malcolm marcus mario mark martin matt matthew max michael mick miguel mike
    mohammed nathan neil nicholas nick nigel noah oliver omar oscar owen pablo patrick paul pedro
    percy peter philip phillip ralph ray raymond richard rick ricky rob robert roger ronald rory
    ross roy russell ryan samuel scott sean sebastian seth shane simon stanley stellan stephen steve
    steven stuart ted terry theo thomas tim timothy tobie toby todd tom tommy tony travis trevor
    tyler victor vincent walter warren wayne will william zach zachary""".split()
)


def name_gender(name: str) -> Gender | None:
    """ "he" or "she" when the person's given name is one of the names above, else None."""
    words = fold(name).split()
    if not words:
        return None
    first = words[0]
    if first in _SHE:
        return "she"
    if first in _HE:
        return "he"
    return None
