"""The command line, run in-process with the rule analyzer (no model needed)."""

import json

from tr_diplo_ie import cli
from tr_diplo_ie.gold import validate

from .conftest import SAMPLE


def test_extract_gold_format_is_valid_gold(capsys):
    assert cli.main(["extract", "--analyzer", "rules", "--format", "gold", str(SAMPLE)]) == 0
    doc = json.loads(capsys.readouterr().out)
    validate(doc)
    assert doc["published"] == "2025-08-22"
    for kind in ("quotes", "money", "dates", "agreements"):
        for item in doc[kind]:
            assert doc["text"][item["start"]:item["end"]] == item["text"]
    assert any(q.get("cue") == "diye konuştu" for q in doc["quotes"])


def test_extract_json_and_table(capsys):
    assert cli.main(["extract", "--analyzer", "rules", "--format", "json", str(SAMPLE)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["article_id"] == SAMPLE.stem and data["money"][0]["currency"] == "USD"
    assert cli.main(["extract", "--analyzer", "rules", str(SAMPLE)]) == 0
    assert "Sadır Caparov" in capsys.readouterr().out


def test_jsonl_with_a_broken_line_keeps_the_rest(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "x", "text": "Caparov, \\"Tamam.\\" dedi."}\nnot json\n'
                    '{"id": "y", "text": ""}\n', encoding="utf-8")
    assert cli.main(["extract", "--analyzer", "rules", "--format", "json", str(path)]) == 1
    out, err = capsys.readouterr()
    ids = [json.loads(line)["article_id"] for line in out.splitlines()]
    assert ids == ["x", "y"]
    assert "in.jsonl:2" in err


def test_missing_file_is_reported(tmp_path, capsys):
    assert cli.main(["extract", "--analyzer", "rules", str(tmp_path / "nope.txt")]) == 1
    assert "nope.txt" in capsys.readouterr().err


def test_tag_conllu_rules(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Dr. Ali geldi. Tokayev'i karşıladı.", encoding="utf-8")
    assert cli.main(["tag", "--analyzer", "rules", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.count("# text = ") == 2
    assert "\tTokayev'i\t" in out


def test_missing_models_give_one_clear_error(tmp_path, capsys):
    assert cli.main(["extract", "--models", str(tmp_path), str(SAMPLE)]) == 2
    err = capsys.readouterr().err
    assert "no tr_diplo_ie models found" in err and "TR_DIPLO_IE_MODELS" in err


def test_bench_scores_a_gold_directory(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    assert cli.main(["extract", "--analyzer", "rules", "--format", "gold", str(SAMPLE)]) == 0
    (gold / "sample.json").write_text(capsys.readouterr().out, encoding="utf-8")
    assert cli.main(["bench", "--analyzer", "rules", "--json", str(gold)]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["money"]["f1"] == 1.0  # the system's own output, scored as gold


def test_bench_bad_gold_is_one_clear_error(tmp_path, capsys):
    (tmp_path / "a.json").write_text("{broken", encoding="utf-8")
    assert cli.main(["bench", "--analyzer", "rules", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "a.json" in err and "not valid JSON" in err
    assert "Traceback" not in err


def test_bench_empty_or_missing_directory_is_an_error(tmp_path, capsys):
    assert cli.main(["bench", "--analyzer", "rules", str(tmp_path)]) == 2
    assert "no gold documents" in capsys.readouterr().err
    assert cli.main(["bench", "--analyzer", "rules", str(tmp_path / "nope")]) == 2
    assert "not a directory" in capsys.readouterr().err
