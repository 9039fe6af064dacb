"""Checkpoint averaging (training/average.py) on tiny hand-made state dicts and files."""
import pytest

torch = pytest.importorskip("torch")

from tr_diplo_ie.training.average import AverageError, average_files, average_state  # noqa: E402


def test_floats_are_averaged_and_integers_kept_from_the_first():
    a = {"w": torch.tensor([1.0, 3.0]), "steps": torch.tensor([7])}
    b = {"w": torch.tensor([3.0, 5.0]), "steps": torch.tensor([9])}
    out = average_state([a, b])
    assert out["w"].tolist() == [2.0, 4.0]
    assert out["steps"].tolist() == [7]


def test_mismatched_shapes_or_names_are_refused():
    with pytest.raises(AverageError, match="shape"):
        average_state([{"w": torch.zeros(2)}, {"w": torch.zeros(3)}])
    with pytest.raises(AverageError, match="different parameters"):
        average_state([{"w": torch.zeros(2)}, {"v": torch.zeros(2)}])
    with pytest.raises(AverageError):
        average_state([])


def test_files_with_one_vocabulary_average_and_keep_the_rest(tmp_path):
    paths = []
    for i, value in enumerate((0.0, 1.0)):
        path = tmp_path / f"m{i}.pt"
        torch.save({"model": {"w": torch.full((2,), value)}, "vocab": {"word": ["a", "b"]},
                    "config": {"hidden_dim": 8}}, str(path))
        paths.append(path)
    out = average_files(paths, tmp_path / "out" / "avg.pt")
    saved = torch.load(str(out), weights_only=False)
    assert saved["model"]["w"].tolist() == [0.5, 0.5]
    assert saved["config"] == {"hidden_dim": 8} and saved["vocab"] == {"word": ["a", "b"]}


def test_files_with_different_vocabularies_are_refused(tmp_path):
    for i, words in enumerate((["a"], ["b"])):
        torch.save({"model": {"w": torch.zeros(1)}, "vocab": {"word": words}}, str(tmp_path / f"m{i}.pt"))
    with pytest.raises(AverageError, match="vocabularies"):
        average_files([tmp_path / "m0.pt", tmp_path / "m1.pt"], tmp_path / "avg.pt")
