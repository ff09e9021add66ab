"""The sentence extractors `ingest.extract` runs, in order: each reads one sentence in its article's context
and returns the facts it states. A new extractor is added here."""

from __future__ import annotations

from collections.abc import Callable

from ingest.cast_lists import cast_list_facts
from ingest.cast_shapes import cast_shape_facts
from ingest.cast_wordings import cast_wording_facts
from ingest.context import Context
from ingest.credit_asides import credit_aside_facts
from ingest.crew import crew_facts
from ingest.crew_shapes import crew_shape_facts
from ingest.crew_wordings import crew_wording_facts
from ingest.dated_shapes import DATED_EXTRACTORS
from ingest.described_roles import described_role_facts
from ingest.listings import bracketed_release
from ingest.made_titles import made_title_facts
from ingest.model import ExtractedFact
from ingest.object_releases import object_releases
from ingest.people import cast_facts
from ingest.release_shapes import bracketed_entries, dated_noun_releases, fronted_releases
from ingest.releases import release_facts
from ingest.respectively import respectively_facts
from ingest.role_appositives import role_appositive_facts
from ingest.same_name import same_name_facts
from ingest.score_credits import score_credits
from ingest.scores import award_facts, rating_facts
from ingest.season_sizes import season_facts
from ingest.sentences import Sentence
from ingest.set_dates import set_date_releases
from ingest.slashed_roles import slashed_role_facts
from ingest.status import status_facts
from ingest.titled_roles import titled_role_facts
from ingest.waited_releases import waited_releases
from ingest.works import work_facts

Extractor = Callable[[Sentence, Context], list[ExtractedFact]]
PEOPLE_EXTRACTORS: tuple[Extractor, ...] = (cast_facts, crew_facts, work_facts)
_SENTENCE_EXTRACTORS: tuple[Extractor, ...] = (
    release_facts, dated_noun_releases, fronted_releases, bracketed_release, bracketed_entries, season_facts,
    status_facts, cast_facts, cast_shape_facts, cast_list_facts, crew_facts, crew_shape_facts,
    titled_role_facts, role_appositive_facts, rating_facts, award_facts, work_facts, object_releases,
    waited_releases, score_credits, set_date_releases, described_role_facts, made_title_facts,
    respectively_facts, slashed_role_facts, cast_wording_facts, crew_wording_facts, credit_aside_facts,
    same_name_facts,
)  # fmt: skip
# What a sentence pointing at two shows ("Both comedies will return ...") says of each of them.
SHARED_EXTRACTORS: tuple[Extractor, ...] = (release_facts, season_facts, status_facts)
# Every sentence extractor of the second pass, the dated shapes last.
ALL_EXTRACTORS: tuple[Extractor, ...] = _SENTENCE_EXTRACTORS + DATED_EXTRACTORS
