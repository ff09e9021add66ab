"""A title the article misspells once ("Koas centers on ..." in an article about Kaos) is the main show, not
a second one: the same letters with two neighbours swapped."""

from __future__ import annotations


def misspelt_of(title: str, main: str | None) -> bool:
    """Is `title` `main` with two neighbouring letters swapped ("Koas" for "Kaos")? Only for titles of four
    letters or more, where such a swap is a slip of the keyboard rather than another name."""
    if not main or title == main or len(title) != len(main) or len(main) < 4:
        return False
    diffs = [i for i, (a, b) in enumerate(zip(title, main, strict=True)) if a != b]
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and title[diffs[0]] == main[diffs[1]]
        and title[diffs[1]] == main[diffs[0]]
    )
