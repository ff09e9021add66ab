"""The generated fan questions: reproducible from a seed, expected answers computed from the seed facts."""

from __future__ import annotations

from benchmarks.fan_generated import generate, judge_generated
from benchmarks.generated_facts import load_seed


def test_the_same_seed_gives_the_same_questions() -> None:
    assert generate(3) == generate(3)
    assert generate(3) != generate(4)


def test_a_false_director_claim_expects_no_and_the_real_director() -> None:
    items = [i for i in generate(8, 40) if i["group"] == "check_director"]
    third = ("season 3", "s3", "series 3", "third season", "season three")
    wrong = [i for i in items if "euros lyn" in i["question"] and any(s in i["question"] for s in third)]
    assert len(wrong) > 10, "many phrasings of the claim"
    assert all(i["expect"]["first"] == "no" and i["expect"]["all"] == ["Andy Newberry"] for i in wrong)


def test_the_facts_are_read_from_the_seed_file() -> None:
    facts = load_seed()
    assert facts.holders("Heartstopper", "director", 3) == ["Andy Newberry"]
    assert facts.networks["Agatha All Along"] == "Disney+"


def test_a_choice_must_not_lead_with_the_other_side() -> None:
    item = {
        "question": "q",
        "expect": {"kind": "answer", "first": "Heartstopper", "first_not": "Heartstopper season 3"},
    }
    right, _ = judge_generated(item, {"kind": "answer", "text": "Heartstopper came first: ..."})
    wrong, why = judge_generated(item, {"kind": "answer", "text": "Heartstopper season 3 came first: ..."})
    assert right and not wrong and "season 3" in why
