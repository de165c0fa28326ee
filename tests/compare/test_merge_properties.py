"""Property tests of the merge: from a random base, random command sequences applied to
two copies, merged.

- every change of both copies that does not conflict is in the result, nothing else
  changed, and the result is a sound project (see merge_oracle);
- conflicts are reported exactly where both copies changed the same thing;
- merging a copy with an unchanged one gives that copy back, exactly;
- the merge does not depend on which copy is ours, up to the default choices.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_oracle import check_merge, check_sound
from test_edit_properties import (
    _card_command,
    _grid_command,
    _library_command,
    _point_command,
)

from fileformat.strategies import projects
from mapstudio.compare import merge
from mapstudio.edit import CommandError
from mapstudio.model import Project

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# Weighted towards structure (stages, lanes, bands, personas, maps, images): deleting
# a container on one side while the other works inside it is what merges get wrong.
GENERATORS = (
    _card_command,
    _card_command,
    _point_command,
    _grid_command,
    _grid_command,
    _library_command,
)


def edited(data: st.DataObject, project: Project, label: str) -> Project:
    """`project` after a random sequence of commands (drawn from its current state)."""
    for _ in range(data.draw(st.integers(0, 8), label=f"{label} steps")):
        command = None
        while command is None:
            command = data.draw(st.sampled_from(GENERATORS))(data.draw, project)
        try:
            project = command.apply(project)
        except CommandError:
            continue  # a drawn command that does not apply (e.g. a limit): skip it
    return project


bases = projects(max_personas=3, max_maps=2, max_cards=6)


@SETTINGS
@given(base=bases, data=st.data())
def test_merge_keeps_both_sides_changes_and_reports_true_conflicts(
    base: Project, data: st.DataObject
) -> None:
    ours = edited(data, base, "ours")
    theirs = edited(data, base, "theirs")
    result = merge(base, ours, theirs)
    check_merge(base, ours, theirs, result)


@SETTINGS
@given(base=bases, data=st.data())
def test_merging_with_an_unchanged_copy_gives_the_changed_copy(
    base: Project, data: st.DataObject
) -> None:
    changed = edited(data, base, "changed")
    mine = merge(base, changed, base)
    assert mine.project == changed
    assert mine.conflicts == ()
    theirs = merge(base, base, changed)
    assert theirs.project == changed
    assert theirs.conflicts == ()


@SETTINGS
@given(base=bases, data=st.data())
def test_every_choice_gives_a_sound_project(base: Project, data: st.DataObject) -> None:
    ours = edited(data, base, "ours")
    theirs = edited(data, base, "theirs")
    result = merge(base, ours, theirs)
    choices = {
        conflict.id: data.draw(st.sampled_from(conflict.options), label=conflict.id)
        for conflict in result.conflicts
    }
    chosen = result.with_choices(choices)
    check_sound(chosen.project)


@SETTINGS
@given(base=bases, data=st.data())
def test_two_way_merge_of_two_copies_is_sound_and_identity_on_equal_copies(
    base: Project, data: st.DataObject
) -> None:
    ours = edited(data, base, "ours")
    theirs = edited(data, base, "theirs")
    result = merge(None, ours, theirs)
    check_sound(result.project)
    same = merge(None, ours, ours)
    assert same.project == ours and same.conflicts == ()
    choices = {
        conflict.id: data.draw(st.sampled_from(conflict.options), label=conflict.id)
        for conflict in result.conflicts
    }
    check_sound(result.with_choices(choices).project)
