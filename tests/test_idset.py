"""IdSet: a set of ids whose memory stays bounded (spills to SQLite)."""
import os

from tr_diplo_ie.idset import IdSet


def test_membership_across_the_memory_limit():
    ids = IdSet(memory_limit=3)
    for i in range(10):
        ids.add(f"id-{i}")
    assert len(ids) == 10
    assert all(f"id-{i}" in ids for i in range(10))
    assert "id-10" not in ids and 7 not in ids
    ids.add("id-9")  # adding twice does not count twice
    assert len(ids) == 10
    ids.close()


def test_spill_file_is_removed_on_close():
    ids = IdSet(["a", "b", "c"], memory_limit=1)
    path = ids._path
    assert path is not None and os.path.exists(path)
    ids.close()
    assert not os.path.exists(path)
    assert "a" not in ids and len(ids) == 0


def test_memory_set_holds_no_more_than_the_limit():
    with IdSet((str(i) for i in range(1000)), memory_limit=50) as ids:
        assert len(ids._memory) == 50
        assert "999" in ids and "0" in ids
