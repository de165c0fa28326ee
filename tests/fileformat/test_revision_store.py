"""The local store of revisions: remembering, bounds, and finding the common ancestor."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import zlib
from pathlib import Path

import pytest

from mapstudio.fileformat import (
    Lineage,
    RevisionStore,
    default_revisions_dir,
    load_project,
    save_project,
)
from mapstudio.model import Project, blank_project

from .conftest import build_rich_project


def titled(title: str) -> Project:
    return blank_project(title)


def files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name != ".lock")


def test_the_folder_follows_the_environment(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("MAPSTUDIO_DATA_DIR", str(tmp_path))
    assert default_revisions_dir() == tmp_path / "revisions"
    assert RevisionStore().folder == tmp_path / "revisions"


def test_a_remembered_revision_loads_back_equal(tmp_path) -> None:
    store = RevisionStore(tmp_path)
    project = build_rich_project()
    assert store.remember(Lineage("r1", ("r0",)), project)
    assert "r1" in store and "r0" not in store
    assert store.parents("r1") == ("r0",)
    assert store.load("r1") == project
    assert store.revisions() == ["r1"]


def test_images_are_stored_once_however_many_revisions_use_them(tmp_path) -> None:
    store = RevisionStore(tmp_path)
    project = build_rich_project()
    for number in range(5):
        renamed = project.model_copy(update={"title": f"Version {number}"})
        store.remember(Lineage(f"r{number}", (f"r{number - 1}",) if number else ()), renamed)
    assets = list((tmp_path / "assets").iterdir())
    assert len(assets) == len(project.assets)
    assert store.load("r3").title == "Version 3"
    assert store.load("r3").assets == project.assets


def test_content_is_stored_compactly(tmp_path) -> None:
    from mapstudio.fileformat import dumps_project

    store = RevisionStore(tmp_path)
    project = build_rich_project()
    big = project.model_copy(
        update={
            "maps": tuple(m.model_copy(update={"scenario": "walk " * 900}) for m in project.maps)
        }
    )
    store.remember(Lineage("big"), big)
    (blob,) = (tmp_path / "blobs").iterdir()
    assert blob.stat().st_size * 5 < len(dumps_project(big).encode("utf-8"))


def test_no_revision_id_stores_nothing(tmp_path) -> None:
    store = RevisionStore(tmp_path)
    assert not store.remember(Lineage(None, ("r0",)), titled("x"))
    assert not store.remember(Lineage("../../escape"), titled("x"))
    assert store.revisions() == []
    assert not (tmp_path.parent / "escape").exists()


def test_file_names_never_come_from_a_revision_id(tmp_path) -> None:
    store = RevisionStore(tmp_path)
    store.remember(Lineage("AUX"), titled("x"))
    names = [p.name for p in files(tmp_path)]
    assert not any("AUX" in name for name in names)


# -- bounds -------------------------------------------------------------------------------


def test_the_oldest_revisions_lose_their_content_first(tmp_path) -> None:
    store = RevisionStore(tmp_path, max_revisions=3)
    for number in range(6):
        parents = (f"r{number - 1}",) if number else ()
        store.remember(Lineage(f"r{number}", parents), titled(f"v{number}"))
    assert store.revisions() == ["r3", "r4", "r5"]
    assert len(list((tmp_path / "blobs").iterdir())) == 3
    assert store.load("r1") is None
    # The parents of dropped revisions are kept, so the walk still passes through them.
    assert store.parents("r1") == ("r0",)


def test_remembering_again_makes_a_revision_recent(tmp_path) -> None:
    store = RevisionStore(tmp_path, max_revisions=2)
    store.remember(Lineage("a"), titled("a"))
    store.remember(Lineage("b"), titled("b"))
    store.remember(Lineage("a"), titled("a"))  # opened again
    store.remember(Lineage("c"), titled("c"))
    assert store.revisions() == ["a", "c"]


def test_the_store_stays_within_its_size(tmp_path) -> None:
    store = RevisionStore(tmp_path, max_bytes=60_000)
    project = build_rich_project()
    for number in range(40):
        noisy = project.model_copy(update={"title": os.urandom(60).hex()})
        maps = tuple(m.model_copy(update={"scenario": os.urandom(1500).hex()}) for m in noisy.maps)
        store.remember(Lineage(f"r{number}"), noisy.model_copy(update={"maps": maps}))
    size = sum(p.stat().st_size for p in files(tmp_path) if p.name != "index.json")
    assert size <= 60_000
    assert "r39" in store and "r0" not in store


# -- the common ancestor ---------------------------------------------------------------------


def test_a_copy_that_comes_back_finds_where_both_started(tmp_path) -> None:
    """I open the file (r0), save twice (r1, r2); my colleague opened r0 too, saved r5 and
    mailed it back. The store never saw r5, but r5 names r0 as its parent."""
    store = RevisionStore(tmp_path)
    start = titled("start")
    store.remember(Lineage("r0"), start)
    store.remember(Lineage("r1", ("r0",)), titled("mine 1"))
    store.remember(Lineage("r2", ("r1",)), titled("mine 2"))
    theirs = Lineage("r5", ("r0",))
    base = store.find_base(("r2",), theirs)
    assert base is not None and base.revision == "r0" and base.project == start


def test_the_nearest_common_ancestor_wins(tmp_path) -> None:
    store = RevisionStore(tmp_path)
    for revision, parents in (("r0", ()), ("r1", ("r0",)), ("r2", ("r1",)), ("r3", ("r2",))):
        store.remember(Lineage(revision, parents), titled(revision))
    # Both copies went on from r2: r2, not r1 or r0.
    assert store.common_ancestor(("r3",), Lineage("x", ("r2",))) == "r2"
    # Their copy is one I already merged: it is its own base (nothing new from it).
    store.remember(Lineage("m", ("r3", "t1")), titled("merged"))
    store.remember(Lineage("t1", ("r0",)), titled("theirs"))
    assert store.common_ancestor(("m",), Lineage("t1", ("r0",))) == "t1"


def test_no_common_ancestor_means_two_way(tmp_path) -> None:
    store = RevisionStore(tmp_path)
    store.remember(Lineage("r0"), titled("a"))
    assert store.find_base(("r0",), Lineage("unknown", ("also-unknown",))) is None
    assert store.find_base((), Lineage(None)) is None


def test_the_walk_passes_through_revisions_whose_content_went(tmp_path) -> None:
    store = RevisionStore(tmp_path, max_revisions=2)
    store.remember(Lineage("r0"), titled("start"))
    for number in range(1, 4):
        store.remember(Lineage(f"r{number}", (f"r{number - 1}",)), titled(f"v{number}"))
    store.remember(Lineage("r0"), titled("start"))  # opened again: content back, recent
    assert store.revisions() == ["r3", "r0"]
    base = store.find_base(("r3",), Lineage("t", ("r0",)))
    assert base is not None and base.revision == "r0"


def test_a_damaged_stored_revision_is_skipped_for_the_next_ancestor(tmp_path) -> None:
    store = RevisionStore(tmp_path)
    store.remember(Lineage("r0"), titled("start"))
    store.remember(Lineage("r1", ("r0",)), titled("next"))
    before = set((tmp_path / "blobs").iterdir())
    assert store.common_ancestor(("r1",), Lineage("t", ("r1",))) == "r1"
    for path in before:
        if store.load("r1") is not None:
            saved = path.read_bytes()
            path.write_bytes(b"not gzip at all")
            if store.load("r1") is not None:
                path.write_bytes(saved)  # that was r0's: put it back
    assert store.load("r1") is None and store.load("r0") is not None
    base = store.find_base(("r1",), Lineage("t", ("r1",)))
    assert base is not None and base.revision == "r0"


def test_a_damaged_index_reads_as_empty_and_heals(tmp_path) -> None:
    store = RevisionStore(tmp_path)
    store.remember(Lineage("r0"), titled("a"))
    (tmp_path / "index.json").write_text('{"format": "mapstudio-revisions", "entries": [', "utf-8")
    assert store.revisions() == []
    assert store.remember(Lineage("r1"), titled("b"))
    assert store.revisions() == ["r1"]
    (tmp_path / "index.json").write_text(
        json.dumps({"format": "mapstudio-revisions", "entries": [{"revision": "../x"}, 7]}),
        "utf-8",
    )
    assert store.revisions() == []


def test_an_unwritable_store_never_stops_the_caller(tmp_path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", "utf-8")
    store = RevisionStore(blocked / "revisions")
    assert store.remember(Lineage("r0"), titled("a")) is False
    assert store.load("r0") is None and store.find_base(("r0",), Lineage("r0")) is None


def test_two_threads_remember_at_once(tmp_path) -> None:
    store = RevisionStore(tmp_path)

    def work(prefix: str) -> None:
        for number in range(10):
            store.remember(Lineage(f"{prefix}{number}"), titled(prefix))

    threads = [threading.Thread(target=work, args=(p,)) for p in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(store.revisions()) == 20


def test_a_saved_and_reopened_file_is_its_own_revision(tmp_path) -> None:
    store = RevisionStore(tmp_path / "store")
    path = tmp_path / "Shop.mapstudio"
    project = build_rich_project()
    revision = save_project(project, path, parents=("r0",))
    assert store.remember(Lineage(revision, ("r0",)), project)
    result = load_project(path)
    assert result.lineage == Lineage(revision, ("r0",))
    assert store.remember_loaded(result)
    assert store.revisions() == [revision]
    assert store.load(revision) == project


def test_a_compression_bomb_in_the_store_is_refused_without_unpacking_it(tmp_path) -> None:
    """A stored blob that unpacks to gigabytes (a damaged or planted file) is refused after
    at most the project size limit; run in a child process that would be killed by the
    timeout, and whose peak memory is checked, if the limit did not hold."""
    store = RevisionStore(tmp_path)
    store.remember(Lineage("r0"), titled("a"))
    (blob,) = (tmp_path / "blobs").iterdir()
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    chunk = b" " * (1024 * 1024)
    with blob.open("wb") as stream:
        for _ in range(1024):  # 1 GiB of spaces, about 1 MB packed
            stream.write(packer.compress(chunk))
        stream.write(packer.flush())
    script = (
        "import sys\n"
        "from mapstudio.fileformat import RevisionStore\n"
        f"store = RevisionStore({str(tmp_path)!r})\n"
        "assert store.load('r0') is None\n"
        # VmHWM, not ru_maxrss: the latter keeps the parent's peak across exec.
        "status = open('/proc/self/status').read().split('VmHWM:')[1]\n"
        "print(status.split()[0])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) < 600 * 1024  # KiB: far below the 1 GiB it unpacks to


@pytest.mark.parametrize("bound", [0, -1])
def test_a_store_holds_at_least_one_revision(tmp_path, bound) -> None:
    with pytest.raises(ValueError):
        RevisionStore(tmp_path, max_revisions=bound)


def test_a_revision_keeps_the_time_its_file_was_saved(tmp_path) -> None:
    """The store names a revision by when it was saved: the file's "saved_at", kept in
    the index, never replaced when the file is opened again, unreadable ones left out."""
    path = tmp_path / "a.mapstudio"
    save_project(titled("A"), path, saved_at="2026-03-01T09:30:00Z")
    loaded = load_project(path)
    assert loaded.lineage.saved_at == 1772357400.0
    store = RevisionStore(tmp_path / "store")
    assert store.remember_loaded(loaded)
    again = Lineage(loaded.lineage.revision, loaded.lineage.parents, saved_at=1.0)
    assert store.remember(again, loaded.project)
    assert RevisionStore(tmp_path / "store").saved_at(loaded.lineage.revision) == 1772357400.0
    index = tmp_path / "store" / "index.json"
    document = json.loads(index.read_text())
    document["entries"][0]["saved_at"] = "yesterday"
    index.write_text(json.dumps(document))
    assert store.saved_at(loaded.lineage.revision) is None
    assert loaded.lineage.revision in store  # the revision itself is still there
    original = json.loads(path.read_text())
    for bad in ("not a time", 12, None, "9" * 100, "2026-13-45T99:00:00Z"):
        broken = tmp_path / "broken.mapstudio"
        broken.write_text(json.dumps({**original, "saved_at": bad}))
        result = load_project(broken)
        assert result.lineage.saved_at is None
        assert result.project == loaded.project  # it opens all the same
