"""Questions answered by composing one-hop answers: yes/no checks, chains through a described subject,
comparisons and missing facts. Each reader returns None when the question is not of its form, and the engine
then answers it plainly."""

from __future__ import annotations

from intents.answer import Answer
from intents.understand.answered_parts import answered_parts
from intents.understand.billing import billing
from intents.understand.chain_networks import network_not_theirs, no_show_on_network
from intents.understand.chains import chain
from intents.understand.character_choices import character_choice
from intents.understand.character_surnames import character_surname
from intents.understand.checks import yes_no
from intents.understand.co_leads import co_lead_of
from intents.understand.common_people import common_people
from intents.understand.compare import compare
from intents.understand.context import Composing
from intents.understand.credit_choices import credit_choice
from intents.understand.credit_picks import credit_pick
from intents.understand.crew_seasons import person_season
from intents.understand.dated_shows import dated_show
from intents.understand.description_walk import walked_description
from intents.understand.each_person import each_person
from intents.understand.each_season import each_season
from intents.understand.each_show import each_show
from intents.understand.episode_credits import episode_credit
from intents.understand.franchise_checks import franchise_check
from intents.understand.fronted_descriptions import fronted_description
from intents.understand.holders_before import holders_before
from intents.understand.missing import missing_fact
from intents.understand.network_lists import network_listing
from intents.understand.others_besides import others_besides
from intents.understand.per_season import episodes_per_season
from intents.understand.person_awards import person_award
from intents.understand.person_networks import person_on_network
from intents.understand.person_show_sets import among_their_shows
from intents.understand.same_holders import same_holder
from intents.understand.score_arithmetic import score_arithmetic
from intents.understand.score_sides import score_side_check
from intents.understand.score_values import score_value_side
from intents.understand.several import several
from intents.understand.shared_parts import part_in_other_show
from intents.understand.shared_shows import shared_show
from intents.understand.shared_start_gaps import shared_start_gap
from intents.understand.show_pairs import show_pair
from intents.understand.speculated_asks import speculated_ask
from intents.understand.unheld_roles import unheld_role
from intents.understand.valued_shows import valued_show
from intents.understand.which_show import which_show_that_is
from intents.understand.work_chains import work_chain
from intents.understand.works_besides import works_besides
from intents.understand.year_only_dates import year_only_date
from intents.understand.year_order import year_order


async def compose(c: Composing) -> Answer | None:
    """The composed answer, or None for a plain one-hop question."""
    for reader in (
        network_not_theirs,
        no_show_on_network,
        person_on_network,
        shared_start_gap,
        franchise_check,
        same_holder,
        person_season,
        billing,
        episode_credit,
        speculated_ask,
        holders_before,
        walked_description,
        answered_parts,
        fronted_description,
        shared_show,
        among_their_shows,
        credit_pick,
        works_besides,
        others_besides,
        character_surname,
        network_listing,
        credit_choice,
        character_choice,
        which_show_that_is,
        several,
        each_person,
        each_show,
        work_chain,
        part_in_other_show,
        chain,
        co_lead_of,
        dated_show,
        valued_show,
        common_people,
        year_order,
        score_arithmetic,
        episodes_per_season,
        score_value_side,
        score_side_check,
        compare,
        show_pair,
        each_season,
        year_only_date,
        unheld_role,
        person_award,
        missing_fact,
        yes_no,
    ):
        answer = await reader(c)
        if answer is not None:
            return answer
    return None
