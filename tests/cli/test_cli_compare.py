"""`mapstudio diff` and `mapstudio merge`, on their own and as git's diff and merge
drivers in a scratch repository."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mapstudio.cli.main import main
from mapstudio.compare import FieldConflict, pending_conflicts
from mapstudio.edit import AddCard, DeleteCards, DeleteStage, UpdateCard
from mapstudio.fileformat import load_project, save_project
from mapstudio.model import Card, Project, blank_project, find_card


def sample() -> Project:
    """A project with readable ids: map m, stages s0..s2, lane actions, cards c0..c2."""
    project = blank_project("Shop")
    persona = project.personas[0].model_copy(update={"id": "ana"})
    first = project.maps[0]
    stages = tuple(s.model_copy(update={"id": f"s{i}"}) for i, s in enumerate(first.stages[:3]))
    lanes = tuple(lane.model_copy(update={"id": lane.kind.value}) for lane in first.lanes)
    cards = tuple(
        Card(id=f"c{i}", lane_id="actions", stage_id=f"s{i}", persona_id="ana", title=f"Card {i}")
        for i in range(3)
    )
    journey_map = first.model_copy(
        update={"id": "m", "stages": stages, "lanes": lanes, "bands": ("ana",), "cards": cards}
    )
    return project.model_copy(update={"personas": (persona,), "maps": (journey_map,)})


def card(project: Project, card_id: str) -> Card:
    return find_card(project.maps[0], card_id)


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mapstudio", *(str(a) for a in args)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        check=False,
    )


@pytest.fixture
def copies(tmp_path: Path) -> dict[str, Path]:
    """base, ours (retitled c0), theirs (c0 severity, c1 deleted, new card), clash
    (c0 retitled otherwise); saved with their lineage."""
    base = sample()
    paths = {name: tmp_path / f"{name}.mapstudio" for name in ("base", "ours", "theirs", "clash")}
    origin = save_project(base, paths["base"])
    save_project(
        UpdateCard("m", "c0", {"title": "Mine"}).apply(base), paths["ours"], parents=(origin,)
    )
    theirs = UpdateCard("m", "c0", {"severity": 4}).apply(base)
    theirs = DeleteCards("m", ("c1",)).apply(theirs)
    new = Card(id="new", lane_id="pain_points", stage_id="s2", persona_id="ana", title="Slow")
    save_project(AddCard("m", new).apply(theirs), paths["theirs"], parents=(origin,))
    save_project(
        UpdateCard("m", "c0", {"title": "Theirs"}).apply(base), paths["clash"], parents=(origin,)
    )
    return paths


# -- diff ---------------------------------------------------------------------------------


def test_diff_prints_changes_by_map_and_stage(copies, capsys) -> None:
    assert main(["diff", str(copies["base"]), str(copies["theirs"])]) == 1
    text = capsys.readouterr().out
    assert "Map 'Customer journey'" in text
    assert "  Stage 'Awareness'\n    ~ card 'Card 0': severity: (none) → 4" in text
    assert "  Stage 'Consideration'\n    - card 'Card 1' removed" in text
    assert "+ card 'Slow' added" in text
    assert "3 records differ: 1 added, 1 removed, 1 changed." in text


def test_diff_of_equal_files_exits_0(copies, capsys) -> None:
    assert main(["diff", str(copies["base"]), str(copies["base"])]) == 0
    assert "No differences." in capsys.readouterr().out


def test_diff_as_json(copies, capsys) -> None:
    assert main(["diff", "--json", str(copies["base"]), str(copies["ours"])]) == 1
    data = json.loads(capsys.readouterr().out)
    (change,) = data["changes"]
    assert change["record"] == {"kind": "card", "map": "m", "id": "c0"}
    assert change["fields"] == [{"field": "title", "before": "Card 0", "after": "Mine"}]
    assert data["counts"] == {"changed": {"card": 1}}


def test_diff_of_an_unreadable_file_is_trouble(copies, tmp_path, capsys) -> None:
    broken = tmp_path / "broken.mapstudio"
    broken.write_text("{", encoding="utf-8")
    assert main(["diff", str(copies["base"]), str(broken)]) == 2
    err = capsys.readouterr().err
    assert "broken.mapstudio" in err and "Traceback" not in err


def test_text_from_a_file_cannot_drive_the_terminal(copies, tmp_path, capsys) -> None:
    base = load_project(copies["base"]).project
    hostile = UpdateCard("m", "c0", {"title": "x\u202e\u009b31m\tred"}).apply(base)
    path = tmp_path / "hostile.mapstudio"
    save_project(hostile, path)
    main(["diff", str(copies["base"]), str(path)])
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\u009b" not in out and "\t" not in out


# -- merge --------------------------------------------------------------------------------


def test_merge_without_conflicts_writes_both_changes(copies, tmp_path) -> None:
    out = tmp_path / "merged.mapstudio"
    done = run("merge", copies["base"], copies["ours"], copies["theirs"], "-o", out)
    assert done.returncode == 0, done.stderr
    assert "Merged three-way" in done.stdout
    assert "From their copy: 1 card added; 1 card changed; 1 card removed." in done.stdout
    result = load_project(out)
    merged = result.project
    assert (card(merged, "c0").title, card(merged, "c0").severity) == ("Mine", 4)
    assert not any(c.id == "c1" for c in merged.maps[0].cards)
    assert card(merged, "new").title == "Slow"
    assert pending_conflicts(merged) == ()
    heads = (
        load_project(copies["ours"]).lineage.revision,
        load_project(copies["theirs"]).lineage.revision,
    )
    assert result.lineage.parents == heads
    assert not (tmp_path / "merged.mapstudio.bak").exists()


def test_merge_with_a_conflict_exits_1_and_the_file_lists_it(copies, tmp_path) -> None:
    out = tmp_path / "merged.mapstudio"
    done = run("merge", copies["base"], copies["ours"], copies["clash"], "-o", out)
    assert done.returncode == 1, done.stderr
    assert "1 conflict to resolve" in done.stdout
    assert "title is 'Mine' in your copy and 'Theirs' in theirs" in done.stdout
    result = load_project(out)
    assert result.warnings == ()
    (pending,) = pending_conflicts(result.project)
    assert isinstance(pending.conflict, FieldConflict)
    assert (pending.conflict.ours, pending.conflict.theirs) == ("Mine", "Theirs")
    assert card(result.project, "c0").title == "Mine"


def test_merge_without_a_base_is_two_way(copies, tmp_path, capsys) -> None:
    out = tmp_path / "merged.mapstudio"
    code = main(
        ["merge", "-", str(copies["ours"]), str(copies["theirs"]), "-o", str(out), "--json"]
    )
    assert code == 1
    data = json.loads(capsys.readouterr().out)
    assert data["two_way"] is True
    kinds = sorted(c["kind"] for c in data["conflicts"])
    assert kinds == ["field", "field", "presence", "presence"]
    assert len(pending_conflicts(load_project(out).project)) == 4


def test_merge_usage_errors_exit_2_and_write_nothing(copies, tmp_path, capsys) -> None:
    out = tmp_path / "merged.mapstudio"
    assert main(["merge", str(copies["base"]), str(copies["ours"])]) == 2
    missing = tmp_path / "missing.mapstudio"
    assert (
        main(["merge", str(copies["base"]), str(missing), str(copies["theirs"]), "-o", str(out)])
        == 2
    )
    assert "missing.mapstudio" in capsys.readouterr().err
    assert not out.exists()


def test_merge_of_a_deleted_stage_with_a_new_card_keeps_the_stage(copies, tmp_path) -> None:
    base = load_project(copies["base"]).project
    ours_path, theirs_path = tmp_path / "o.mapstudio", tmp_path / "t.mapstudio"
    save_project(DeleteStage("m", "s2").apply(base), ours_path)
    new = Card(id="late", lane_id="actions", stage_id="s2", persona_id="ana", title="Late")
    save_project(AddCard("m", new).apply(base), theirs_path)
    out = tmp_path / "merged.mapstudio"
    done = run("merge", copies["base"], ours_path, theirs_path, "-o", out)
    assert done.returncode == 1
    assert "Stage 'Decision' was deleted in your copy, but they added 'Late' to it" in done.stdout
    merged = load_project(out).project
    assert [s.id for s in merged.maps[0].stages] == ["s0", "s1", "s2"]


# -- git ----------------------------------------------------------------------------------

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "GIT_CONFIG_NOSYSTEM": "1",
        "HOME": str(repo.parent),  # no user-wide git config
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
    }
    done = subprocess.run(
        ["git", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )
    if check:
        assert done.returncode == 0, done.stderr + done.stdout
    return done


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository holding journey.mapstudio, with mapstudio as merge and diff driver
    configured exactly as docs/working-with-colleagues.md says."""
    folder = tmp_path / "maps"
    folder.mkdir()
    git(folder, "init", "-q", "-b", "main")
    command = f"{shlex.quote(sys.executable)} -m mapstudio"
    git(folder, "config", "merge.mapstudio.name", "mapstudio project merge")
    git(folder, "config", "merge.mapstudio.driver", f"{command} merge %O %A %B -o %A")
    git(folder, "config", "diff.mapstudio.command", f"{command} diff")
    (folder / ".gitattributes").write_text("*.mapstudio merge=mapstudio diff=mapstudio\n")
    save_project(sample(), folder / "journey.mapstudio")
    git(folder, "add", ".")
    git(folder, "commit", "-q", "-m", "The journey")
    return folder


def edit_and_commit(repo: Path, branch: str, change, message: str) -> None:
    git(repo, "checkout", "-q", "-b", branch, "main")
    path = repo / "journey.mapstudio"
    result = load_project(path)
    save_project(change.apply(result.project), path, parents=result.lineage.heads)
    (repo / "journey.mapstudio.bak").unlink()
    git(repo, "commit", "-q", "-am", message)


@needs_git
def test_git_merges_two_branches_that_edit_different_cards(repo: Path) -> None:
    edit_and_commit(repo, "ana", UpdateCard("m", "c0", {"title": "Searches"}), "Ana's edit")
    edit_and_commit(repo, "ben", UpdateCard("m", "c2", {"severity": 5}), "Ben's edit")
    done = git(repo, "merge", "-q", "--no-edit", "ana")
    merged = load_project(repo / "journey.mapstudio").project
    assert card(merged, "c0").title == "Searches"
    assert card(merged, "c2").severity == 5
    assert pending_conflicts(merged) == ()
    assert "CONFLICT" not in done.stdout
    # The diff driver shows the merge's change to Ben's branch in words.
    shown = git(repo, "diff", "HEAD~1", "HEAD", "--", "journey.mapstudio").stdout
    assert "~ card 'Searches': title: 'Card 0' → 'Searches'" in shown


@needs_git
def test_git_stops_at_a_conflicting_field_with_a_file_that_lists_it(repo: Path) -> None:
    edit_and_commit(repo, "ana", UpdateCard("m", "c0", {"title": "Ana's"}), "Ana's title")
    edit_and_commit(repo, "ben", UpdateCard("m", "c0", {"title": "Ben's"}), "Ben's title")
    done = git(repo, "merge", "--no-edit", "ana", check=False)
    assert done.returncode != 0
    assert "CONFLICT" in done.stdout
    result = load_project(repo / "journey.mapstudio")  # opens: no conflict markers
    assert result.warnings == ()
    (pending,) = pending_conflicts(result.project)
    assert isinstance(pending.conflict, FieldConflict)
    assert (pending.conflict.ours, pending.conflict.theirs) == ("Ben's", "Ana's")
    assert card(result.project, "c0").title == "Ben's"


def test_diff_of_the_same_map_in_two_files_names_the_files(copies, tmp_path, capsys) -> None:
    """Both maps are 'Customer journey': the title, the curve key and the PDF name the
    two files instead of the map twice, and the PDF says when each was saved."""
    from pypdf import PdfReader

    os.utime(copies["base"], (1_700_000_000, 1_700_000_000))
    out = tmp_path / "changes.pdf"
    args = ["diff", str(copies["base"]), str(copies["theirs"]), "--map", "m", "--pdf", str(out)]
    assert main(args) == 1
    text = capsys.readouterr().out
    assert text.startswith("Changes from 'base.mapstudio' to 'theirs.mapstudio'")
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]
    assert "'Customer journey' to 'Customer journey'" not in " ".join(pages)
    assert "Changes from 'base.mapstudio' to 'theirs.mapstudio'" in pages[0]
    saved = time.strftime("%Y-%m-%d %H:%M", time.localtime(1_700_000_000))
    assert f"base.mapstudio, saved {saved}" in pages[1]


def test_merge_refuses_a_copy_beyond_the_limits_and_writes_nothing(
    beyond_the_map_limit: Path, tmp_path: Path
) -> None:
    """As git's merge driver OUT is OURS: a copy from a version that held more maps
    than this one keeps would lose them in the merge, so nothing is written."""
    ours = beyond_the_map_limit
    theirs = tmp_path / "theirs.mapstudio"
    document = json.loads(ours.read_text(encoding="utf-8"))
    document["project"]["title"] = "Retitled by a colleague"
    theirs.write_text(json.dumps(document), encoding="utf-8")
    before = ours.read_bytes()
    done = run("merge", "-", ours, theirs, "-o", ours)
    assert done.returncode == 2
    assert "holds more than this version of mapstudio keeps" in done.stderr
    assert "nothing was written" in done.stderr
    assert ours.read_bytes() == before


def test_diff_says_what_a_file_beyond_the_limits_left_out(
    example_path: Path, beyond_the_map_limit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["diff", str(example_path), str(beyond_the_map_limit)])
    out, err = capsys.readouterr()
    assert "left out: The project had 28 maps, more than the 25" in err
    assert "repaired:" not in err
    assert f"Compared what this version keeps: {beyond_the_map_limit} holds more" in out
