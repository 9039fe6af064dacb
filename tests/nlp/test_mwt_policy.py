"""The MWT policy on hand-written tokenizer output (no model needed)."""
import pytest

from tr_diplo_ie.nlp.mwt_policy import keep_whole, postprocess


@pytest.mark.parametrize("form", [
    "yaparken", "oynarken", "Çalışırken", "olursa", "isterse", "varsa", "isterseniz",
    "olsalar", "yapılırsa", "değişiyorsa",
])
def test_converb_and_conditional_stay_whole(form):
    assert keep_whole(form)


@pytest.mark.parametrize("form", [
    "vardı", "İstanbul'daki", "Bişkek'teydi", "gelmiş", "değildir", "iken", "ken", "se",
])
def test_other_splits_are_left_to_the_tokenizer(form):
    assert not keep_whole(form)


def test_postprocess_unflags_only_matching_mwts():
    sentences = [["Tokayev", ("olursa", True), ("vardı", True), "yaparken", ","],
                 [("Bişkek'teydi", True), "."]]
    assert postprocess(sentences) == [
        ["Tokayev", "olursa", ("vardı", True), "yaparken", ","],
        [("Bişkek'teydi", True), "."],
    ]


def test_postprocess_keeps_sentence_count_and_lengths():
    sentences = [[("isterse", True)] * 3, [], ["a"]]
    out = postprocess(sentences)
    assert [len(s) for s in out] == [3, 0, 1]
    assert out[0] == ["isterse"] * 3
