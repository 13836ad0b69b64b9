"""scripts/draw_projects.py: the draw of a fresh precision set is reproducible.

Only the offline part is tested (which names are candidates, which are drawn
for a seed, which are pinned already); the checks against the index need the
network.
"""

from __future__ import annotations

import importlib.util
import os

_PATH = os.path.join(os.path.dirname(__file__), os.pardir, "scripts", "draw_projects.py")
_spec = importlib.util.spec_from_file_location("draw_projects", _PATH)
assert _spec is not None and _spec.loader is not None
draw_projects = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(draw_projects)

HTML = """<!DOCTYPE html><html><body>
<a href="aiofoo/">aiofoo</a>
<a href="numpy/">numpy</a>
<a href="my-task-queue/">My_Task.Queue</a>
<a href="requests/">requests</a>
<a href="mcp-server-x/">mcp_server_x</a>
<a href="thread-pool/">thread-pool</a>
</body></html>
"""


def test_candidates_are_the_names_holding_a_concurrency_word(tmp_path):
    saved = tmp_path / "simple.html"
    saved.write_text(HTML)
    names = draw_projects.index_names(str(saved))
    assert len(names) == 6
    assert draw_projects.concurrency_names(names) == [
        "aiofoo", "mcp-server-x", "my-task-queue", "thread-pool"]


def test_the_same_seed_draws_the_same_names_and_another_seed_may_not():
    names = [f"worker-{i}" for i in range(200)] + ["numpy"]
    first = draw_projects.draw(names, 15300, 10)
    assert first == draw_projects.draw(list(reversed(names)), 15300, 10)
    assert len(set(first)) == 10 and "numpy" not in first
    assert any(draw_projects.draw(names, seed, 10) != first for seed in (1, 2, 3))
    assert len(draw_projects.draw(names, 1, 500)) == 200


def test_pinned_projects_include_every_set_and_are_normalized():
    taken = draw_projects.pinned()
    assert "sqlite3worker" in taken  # set fo
    assert "aioradios" in taken
    assert "fiftyone-mcp-server" in taken  # pinned as fiftyone_mcp_server
    assert not any("_" in name or name != name.lower() for name in taken)


def test_a_built_archive_uploaded_as_an_sdist_is_not_a_source_tarball():
    assert draw_projects.is_source_tarball("aiodc-1.0.331.tar.gz", "1.0.331")
    assert not draw_projects.is_source_tarball(
        "edgy.event-0.1.10.macosx-10.12-x86_64.tar.gz", "0.1.10"
    )
    assert not draw_projects.is_source_tarball("aiodc-1.0.331.zip", "1.0.331")
