"""Atomic save: the target is complete or untouched, the backup holds the previous file."""

from __future__ import annotations

import errno
import gc
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from mapstudio.fileformat import (
    ProjectSaveError,
    backup_path,
    dumps_project,
    load_project,
    save_project,
)
from mapstudio.fileformat import save as save_module
from mapstudio.model import Project, blank_project


def leftovers(folder: Path) -> list[str]:
    """Files a save may have left behind besides the project and its backup."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith((".mapstudio", ".bak")))


def test_first_save_writes_the_file_and_no_backup(tmp_path, rich_project: Project) -> None:
    path = tmp_path / "Trip.mapstudio"
    save_project(rich_project, path)
    assert load_project(path).project == rich_project
    assert not backup_path(path).exists()
    assert leftovers(tmp_path) == []


def test_second_save_keeps_the_previous_version_as_backup(tmp_path, rich_project) -> None:
    path = tmp_path / "Trip.mapstudio"
    first = blank_project("First")
    save_project(first, path)
    first_bytes = path.read_bytes()
    save_project(rich_project, path)
    assert backup_path(path) == tmp_path / "Trip.mapstudio.bak"
    assert backup_path(path).read_bytes() == first_bytes
    assert load_project(path).project == rich_project
    # A third save replaces the old backup with the second version.
    second_bytes = path.read_bytes()
    save_project(first, path)
    assert backup_path(path).read_bytes() == second_bytes
    assert leftovers(tmp_path) == []


def test_saved_content_is_exactly_the_dump(tmp_path, rich_project) -> None:
    path = tmp_path / "Trip.mapstudio"
    save_project(rich_project, path, saved_at="2026-03-01T09:30:00Z")
    expected = dumps_project(rich_project, saved_at="2026-03-01T09:30:00Z")
    assert path.read_bytes() == expected.encode("utf-8")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_permissions_of_the_old_file_are_kept(tmp_path) -> None:
    path = tmp_path / "Shared.mapstudio"
    save_project(blank_project(), path)
    os.chmod(path, 0o640)
    save_project(blank_project("Again"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_file_is_not_private_to_the_owner(tmp_path) -> None:
    # mkstemp makes 0600 files; a new project gets the usual permissions instead.
    path = tmp_path / "New.mapstudio"
    save_project(blank_project(), path)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_save_through_a_symbolic_link_keeps_the_link(tmp_path) -> None:
    real = tmp_path / "real.mapstudio"
    link = tmp_path / "link.mapstudio"
    save_project(blank_project("Old"), real)
    link.symlink_to(real)
    save_project(blank_project("New"), link)
    assert link.is_symlink()
    assert load_project(real).project.title == "New"


def _prepare(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "Trip.mapstudio"
    save_project(blank_project("Old"), path)
    return path, path.read_bytes()


@pytest.mark.parametrize(
    ("failure", "reason"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        *(
            [(OSError(errno.EDQUOT, "Disk quota exceeded"), "your disk quota is full")]
            if hasattr(errno, "EDQUOT")
            else []
        ),
        (OSError(errno.EIO, "Input/output error"), "input/output error"),
    ],
)
def test_failure_while_writing_leaves_the_old_file(tmp_path, monkeypatch, failure, reason) -> None:
    path, before = _prepare(tmp_path)

    def fail(fd: int) -> None:
        raise failure

    monkeypatch.setattr(save_module.os, "fsync", fail)
    with pytest.raises(ProjectSaveError) as info:
        save_project(blank_project("New"), path)
    assert info.value.message == f"Could not save 'Trip.mapstudio': {reason}."
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_failure_at_the_rename_leaves_the_old_file(tmp_path, monkeypatch) -> None:
    path, before = _prepare(tmp_path)
    real_replace = os.replace

    def fail_on_target(src, dst, *args, **kwargs):
        if Path(dst) == path:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(save_module.os, "replace", fail_on_target)
    with pytest.raises(ProjectSaveError) as info:
        save_project(blank_project("New"), path)
    assert "Could not save 'Trip.mapstudio'" in info.value.message
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_failure_halfway_through_the_write(tmp_path, monkeypatch) -> None:
    path, before = _prepare(tmp_path)
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def write(self, data: bytes) -> None:
            self.stream.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(
        save_module.os, "fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode))
    )
    with pytest.raises(ProjectSaveError, match="the disk is full"):
        save_project(blank_project("New"), path)
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_unexpected_error_is_still_a_save_error(tmp_path, monkeypatch) -> None:
    path, before = _prepare(tmp_path)

    def explode(*args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(save_module, "copy_permissions", explode)
    with pytest.raises(ProjectSaveError) as info:
        save_project(blank_project("New"), path)
    assert "RuntimeError" in info.value.details
    assert "bug" not in info.value.message
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_read_only_folder_simulated(tmp_path, monkeypatch) -> None:
    path, before = _prepare(tmp_path)

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ProjectSaveError) as info:
        save_project(blank_project("New"), path)
    assert info.value.message == (
        "Could not save 'Trip.mapstudio': the folder is read-only or you do not have "
        "permission to write there."
    )
    assert path.read_bytes() == before


@pytest.mark.skipif(
    os.name != "posix" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="needs POSIX permissions that apply (not root)",
)
def test_read_only_folder_for_real(tmp_path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path, before = _prepare(folder)
    folder.chmod(0o555)
    try:
        with pytest.raises(ProjectSaveError, match="read-only"):
            save_project(blank_project("New"), path)
        assert path.read_bytes() == before
        assert leftovers(folder) == []
    finally:
        folder.chmod(0o755)


def test_missing_folder(tmp_path) -> None:
    with pytest.raises(ProjectSaveError) as info:
        save_project(blank_project(), tmp_path / "nowhere" / "Trip.mapstudio")
    assert info.value.message == "Could not save 'Trip.mapstudio': the folder does not exist."


def test_folder_with_the_target_name(tmp_path) -> None:
    (tmp_path / "Trip.mapstudio").mkdir()
    with pytest.raises(ProjectSaveError, match="a folder has that name"):
        save_project(blank_project(), tmp_path / "Trip.mapstudio")


def test_failed_backup_does_not_stop_the_save(tmp_path, monkeypatch, caplog) -> None:
    path, _ = _prepare(tmp_path)

    def no_backup(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(save_module.os, "link", no_backup)
    monkeypatch.setattr(save_module.shutil, "copy2", no_backup)
    save_project(blank_project("New"), path)
    assert load_project(path).project.title == "New"
    assert "could not keep a backup" in caplog.text
    assert leftovers(tmp_path) == []


def test_backup_by_copy_where_links_are_not_possible(tmp_path, monkeypatch) -> None:
    path, before = _prepare(tmp_path)

    def no_link(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(save_module.os, "link", no_link)
    save_project(blank_project("New"), path)
    assert backup_path(path).read_bytes() == before


def test_folder_is_synced_on_posix(tmp_path, monkeypatch) -> None:
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(save_module.os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    save_project(blank_project(), tmp_path / "Trip.mapstudio")
    assert len(synced) == (2 if sys.platform != "win32" else 1)  # the file, then the folder


# -- every way the disk can refuse: old file byte-identical, plain words, no temp files --

IN_USE = "the file is in use by another program; close it there and try again"
READ_ONLY = "the folder is read-only or you do not have permission to write there"


def _os_error(code: int, text: str) -> OSError:
    return (
        PermissionError(code, text) if code in (errno.EACCES, errno.EPERM) else OSError(code, text)
    )


FAILURES = [
    (errno.ENOSPC, "No space left on device", "the disk is full"),
    (errno.EROFS, "Read-only file system", "the disk is read-only"),
    (errno.EACCES, "Permission denied", READ_ONLY),
    (errno.EPERM, "Operation not permitted", READ_ONLY),
    (errno.EBUSY, "Device or resource busy", IN_USE),
]
STEPS = ["mkstemp", "write", "fsync", "chmod", "replace"]


@pytest.mark.parametrize(("code", "text", "reason"), FAILURES, ids=lambda v: str(v)[:12])
@pytest.mark.parametrize("step", STEPS)
def test_every_failure_at_every_step_leaves_the_old_file(
    tmp_path, monkeypatch, step, code, text, reason
) -> None:
    path, before = _prepare(tmp_path)
    backup_before = backup_path(path).read_bytes() if backup_path(path).exists() else None
    failure = _os_error(code, text)

    def fail(*args, **kwargs):
        raise failure

    if step == "mkstemp":
        monkeypatch.setattr(tempfile, "mkstemp", fail)
    elif step == "write":
        real_fdopen = os.fdopen

        class FailingStream:
            def __init__(self, stream):
                self.stream = stream

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.stream.close()

            def write(self, data):
                self.stream.write(data[:100])
                raise failure

        monkeypatch.setattr(
            save_module.os, "fdopen", lambda fd, mode: FailingStream(real_fdopen(fd, mode))
        )
    elif step == "fsync":
        monkeypatch.setattr(save_module.os, "fsync", fail)
    elif step == "chmod":
        monkeypatch.setattr(save_module.os, "chmod", fail)
    else:
        real_replace = os.replace

        def replace(src, dst, *args, **kwargs):
            if Path(dst) == path:
                raise failure
            return real_replace(src, dst, *args, **kwargs)

        monkeypatch.setattr(save_module.os, "replace", replace)
    with pytest.raises(ProjectSaveError) as info:
        save_project(blank_project("New"), path)
    assert info.value.message == f"Could not save 'Trip.mapstudio': {reason}."
    assert text in info.value.details
    assert path.read_bytes() == before
    assert load_project(path).project.title == "Old"
    assert leftovers(tmp_path) == []
    if backup_before is None:
        # A failure after the backup was made may leave it; it then holds the old file.
        assert not backup_path(path).exists() or backup_path(path).read_bytes() == before


def test_file_locked_by_another_program_on_windows(tmp_path, monkeypatch) -> None:
    path, before = _prepare(tmp_path)
    real_replace = os.replace

    def sharing_violation(src, dst, *args, **kwargs):
        if Path(dst) == path:
            error = PermissionError(errno.EACCES, "The process cannot access the file")
            error.winerror = 32  # type: ignore[attr-defined]
            raise error
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(save_module.os, "replace", sharing_violation)
    with pytest.raises(ProjectSaveError) as info:
        save_project(blank_project("New"), path)
    assert info.value.message == f"Could not save 'Trip.mapstudio': {IN_USE}."
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_interrupt_while_writing_removes_the_temp_file(tmp_path, monkeypatch) -> None:
    path, before = _prepare(tmp_path)

    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(save_module.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        save_project(blank_project("New"), path)
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_temp_file_is_in_the_same_folder(tmp_path, monkeypatch) -> None:
    folders: list[str] = []
    real_mkstemp = tempfile.mkstemp

    def spy(*args, **kwargs):
        folders.append(kwargs["dir"])
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", spy)
    save_project(blank_project(), tmp_path / "Trip.mapstudio")
    assert [Path(f) for f in folders] == [tmp_path.resolve()]


def test_atomic_write_without_backup(tmp_path) -> None:
    path = tmp_path / "state.json"
    save_module.atomic_write(path, b"one")
    save_module.atomic_write(path, b"two")
    assert path.read_bytes() == b"two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX umask")
def test_umask_is_read_without_changing_it(monkeypatch) -> None:
    # Autosave writes from a worker thread: os.umask(0) there would briefly make every
    # file the UI thread creates world-writable.
    calls: list[int] = []
    monkeypatch.setattr(save_module.os, "umask", lambda mask: calls.append(mask) or 0o022)
    if Path("/proc/self/status").exists():
        assert save_module._current_umask() == save_module._UMASK_AT_START
        assert calls == []


def test_saving_pauses_the_cycle_collector_only_while_dumping(
    tmp_path, rich_project, monkeypatch
) -> None:
    """The dump makes no reference cycles; collections during it only walked every object
    of the process again. The collector's state is given back, whatever it was."""
    seen: list[bool] = []
    real_dump = Project.model_dump

    def dump(self: Project, **kwargs: Any) -> dict[str, Any]:
        seen.append(gc.isenabled())
        return real_dump(self, **kwargs)

    monkeypatch.setattr(Project, "model_dump", dump)
    assert gc.isenabled()
    save_project(rich_project, tmp_path / "a.mapstudio")
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        save_project(rich_project, tmp_path / "b.mapstudio")
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
    assert load_project(tmp_path / "b.mapstudio").project == rich_project
