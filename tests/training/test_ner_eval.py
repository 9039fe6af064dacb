from tr_diplo_ie.training.ner_eval import read_conllu_tags, score, spans


def test_spans_bioes_and_bio():
    assert spans(["B-PER", "E-PER", "O", "S-LOC"]) == {(0, 1, "PER"), (3, 3, "LOC")}
    assert spans(["B-ORG", "I-ORG", "O", "I-PER"]) == {(0, 1, "ORG"), (3, 3, "PER")}
    assert spans(["O", "O"]) == set()


def test_read_conllu_counts_multiword_tokens_once():
    text = ("# text = a b\n1\tAnkara'da\t_\t_\t_\t_\t_\t_\t_\tNER=S-LOC\n"
            "2-3\tgeldim\t_\t_\t_\t_\t_\t_\t_\tNER=O\n2\tgel\t_\t_\t_\t_\t_\t_\t_\t_\n"
            "3\tdim\t_\t_\t_\t_\t_\t_\t_\t_\n\n1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n")
    assert read_conllu_tags(text) == [["S-LOC", "O"], ["O"]]


def test_score_exact_span_and_type():
    gold = [["B-PER", "E-PER", "S-LOC"], ["S-ORG"]]
    pred = [["B-PER", "E-PER", "S-ORG"], ["S-ORG"]]
    result = score(gold, pred, [True, True])
    assert result["PER"]["f1"] == 1.0
    assert result["LOC"]["fn"] == 1 and result["ORG"]["fp"] == 1 and result["ORG"]["tp"] == 1
    assert score(gold, pred, [False, True])["ALL"]["f1"] == 1.0
