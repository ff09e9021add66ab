"""Whether a word is a given name: the gendered names of intents.given_names and more less common in English
("priya", "marco", "kenji", "chidi"). Evidence that words nobody knows are a person's full name ("priya
harris"), never a title. Names for either sex ("alex", "charlie", "taylor", "parker") stay out: they are as
often surnames or everyday words, and a known one ("charlie") is read by the linker ("when will nick and
charlie kiss")."""

from __future__ import annotations

from intents.given_names import name_gender

_MORE = frozenset(
    """
    jude
    priya anjali aditi ananya deepika kavya lakshmi meera neha pooja radhika riya shreya sunita divya
    aarav arjun rohan rahul vikram ravi sanjay amit anil arun dev kabir karan nikhil rajesh sunil vijay
    marco luca matteo giovanni giuseppe lorenzo alessandro francesco paolo pietro stefano enzo bruno
    chiara francesca giulia sofia valentina alessia federica paola silvia elisa
    diego javier carlos miguel pablo alejandro mateo santiago rafael sergio antonio manuel jorge luis
    lucia paula marta pilar rocio ximena valeria camila mariana gabriela catalina daniela
    jean pierre louis antoine mathieu julien olivier francois etienne thierry laurent remy
    amelie camille chantal elodie manon margaux oceane sylvie juliette
    hans jurgen klaus lukas matthias stefan wolfgang florian tobias jonas felix maximilian
    anke heike katrin sabine ulrike birgit greta hanna lena
    lars nils sven anders bjorn erik magnus mikael henrik ingrid astrid freja sigrid linnea maja
    kenji hiroshi takeshi yuki haruto ren sota daiki kaito ryo akira hana sakura yui aoi mei rin
    minho jisoo jimin seojun jiwoo minji yuna hyun sungjin taehyung jungkook
    wei jun ming hao lei xin yan ling mei hui jing fang
    chidi chinedu emeka obinna tunde kwame kofi kojo amara chioma ngozi adaeze folake ayo funmi zainab
    fatima aisha amina khadija layla leila yasmin zara noor omar ali hassan hussein karim tariq yusuf
    ibrahim mohammed mohamed ahmed mustafa samir rami nadia rania salma
    dmitri ivan sergei nikolai alexei mikhail olga svetlana tatiana natalia irina katya
    aidan cillian niamh siobhan saoirse ciara orla padraig ronan declan eoin conor cormac aisling
    """.split()
)


def is_given_name(word: str) -> bool:
    """Whether the folded word is a given name (of a woman, a man, or either)."""
    return word in _MORE or name_gender(word) is not None
