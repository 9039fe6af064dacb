"""Batch processing: inputs, outputs, errors file, resume after kill -9, parallel pipe.

Everything runs with the rule analyzer (no model).  The kill test runs the real
command in a subprocess with two worker processes and SIGKILLs its process group.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tr_diplo_ie import batch, cli, pipeline as pipeline_mod
from tr_diplo_ie.batch_io import BatchError, repair_jsonl
from tr_diplo_ie.gold import validate
from tr_diplo_ie.pipeline import Pipeline
from tr_diplo_ie.records import Article

ROOT = Path(__file__).resolve().parents[1]
RULES = {"analyzer": "rules"}

# Synthetic news sentences (plumbing tests only: what is extracted is not checked
# against expectations, only that the batch paths agree with the plain pipeline).
_TEMPLATES = (
    'Dışişleri Bakanı Ahmet Yılmaz, {d} Mart 2025 tarihinde Ankara\'da yaptığı açıklamada, '
    '"İki ülke arasındaki ticaret hacmi {n} milyar dolara ulaşacak." dedi.',
    'Taraflar, {d} Nisan\'da ekonomik işbirliği anlaşması imzaladı.',
    'Bakan ayrıca {n}00 milyon avroluk yatırımın gelecek yıl başlayacağını belirtti.',
    'Cumhurbaşkanı, görüşmenin ardından "Dostluğumuz sürecek." diye konuştu.',
    'Heyet {d} Mayıs\'ta Bakü\'ye gidecek; ziyaret {n} gün sürecek.',
)


def make_article(i: int, paragraphs: int = 2) -> dict:
    parts = [_TEMPLATES[(i + k) % len(_TEMPLATES)].format(d=1 + (i + k) % 28, n=1 + (i * 7 + k) % 9)
             for k in range(3 * paragraphs)]
    text = "\n".join(" ".join(parts[k:k + 3]) for k in range(0, len(parts), 3))
    return {"id": f"art-{i:05d}", "published": f"2025-0{1 + i % 9}-1{i % 10}", "text": text}


def make_articles(n: int, paragraphs: int = 2) -> list[dict]:
    return [make_article(i, paragraphs) for i in range(n)]


def write_jsonl(path: Path, records, extra_lines: dict[int, str] = None) -> None:
    """Write records; ``extra_lines[k]`` is a raw line inserted before record k."""
    extra_lines = extra_lines or {}
    with path.open("w", encoding="utf-8") as fh:
        for k, rec in enumerate(records):
            if k in extra_lines:
                fh.write(extra_lines[k] + "\n")
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _env():
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _batch_cmd(*args):
    return [sys.executable, "-m", "tr_diplo_ie", "batch", "--analyzer", "rules", "--no-progress", *args]


# --------------------------------------------------------------------------- kill -9 and resume


def test_sigkill_mid_run_then_resume_gives_every_id_exactly_once(tmp_path):
    records = make_articles(240, paragraphs=3)
    src = tmp_path / "corpus.jsonl"
    write_jsonl(src, records, {57: '{"id": "broken", "text": "kapanmayan',
                               120: json.dumps({"id": "no-text"}),
                               200: json.dumps({"id": records[3]["id"], "text": "tekrar"})})
    out, errs, stats = tmp_path / "out.jsonl", tmp_path / "errors.jsonl", tmp_path / "stats.json"
    args = [str(src), "-o", str(out), "--errors", str(errs), "--workers", "2", "--batch-size", "4"]

    proc = subprocess.Popen(_batch_cmd(*args), env=_env(), cwd=tmp_path, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90
    lines_at_kill = 0
    while time.monotonic() < deadline:
        if out.exists():
            lines_at_kill = out.read_bytes().count(b"\n")
            if lines_at_kill >= 40:
                break
        assert proc.poll() is None, proc.stderr.read().decode()
        time.sleep(0.02)
    assert proc.poll() is None, "the batch finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert 40 <= lines_at_kill < len(records)

    # A torn last line (as if the kill had landed inside a write) must be cut off too.
    with out.open("ab") as fh:
        fh.write(b'{"id": "art-99999", "extraction": {"article_')

    done = subprocess.run(_batch_cmd(*args, "--resume", "--stats", str(stats)), env=_env(),
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr  # the malformed/invalid/duplicate lines are failures
    summary = json.loads(stats.read_text())
    assert summary["resumed_from"] >= 40 and summary["skipped"] == summary["resumed_from"]

    rows = read_jsonl(out)
    ids = [row["id"] for row in rows]
    assert sorted(ids) == sorted(rec["id"] for rec in records)  # every valid id, exactly once
    assert len(ids) == len(set(ids))
    assert summary["done"] + summary["skipped"] == len(records)

    errors = read_jsonl(errs)
    by_kind = {}
    for err in errors:
        by_kind.setdefault(err["kind"], []).append(err)
    assert [e["line"] for e in by_kind["malformed"]] == [58]  # once, though both runs read it
    assert by_kind["malformed"][0]["file"] == str(src)
    assert [(e["line"], e["id"]) for e in by_kind["invalid"]] == [(122, "no-text")]
    assert "text" in by_kind["invalid"][0]["reason"]
    assert [(e["line"], e["id"]) for e in by_kind["duplicate"]] == [(203, records[3]["id"])]
    assert set(by_kind) == {"malformed", "invalid", "duplicate"}

    # The two-process, killed and resumed output equals a plain in-process run.
    ref = tmp_path / "ref.jsonl"
    batch.run_batch([src], ref, config=RULES, workers=0, batch_size=64)
    expected = {row["id"]: row["extraction"] for row in read_jsonl(ref)}
    assert {row["id"]: row["extraction"] for row in rows} == expected
    kept = next(row for row in rows if row["id"] == records[3]["id"])
    assert kept["extraction"]["body"] == records[3]["text"]  # the first of a duplicate id wins


# --------------------------------------------------------------------------- output files


def test_torn_tail_is_cut_and_damage_in_the_middle_is_refused(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id": "a"}\n{"id": "b"}\n{"id": "c", "extr')
    seen = []
    assert repair_jsonl(path, lambda rec: seen.append(rec["id"])) == 2
    assert path.read_bytes() == b'{"id": "a"}\n{"id": "b"}\n' and seen == ["a", "b"]
    path.write_bytes(b'{"id": "a"}\nnot json\n{"id": "b"}\n')
    with pytest.raises(BatchError, match="damaged line"):
        repair_jsonl(path)


def test_existing_output_needs_resume_or_overwrite(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, make_articles(3))
    out = tmp_path / "out.jsonl"
    base = ["batch", "--analyzer", "rules", "--workers", "0", "--no-progress", str(src), "-o", str(out)]
    assert cli.main(base) == 0
    assert "done 3" in capsys.readouterr().err
    assert cli.main(base) == 2
    assert "--resume" in capsys.readouterr().err
    assert cli.main(base + ["--resume"]) == 0
    assert "skipped 3" in capsys.readouterr().err
    assert cli.main(base + ["--overwrite"]) == 0
    assert len(read_jsonl(out)) == 3


def test_missing_or_unknown_input_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "x.csv").write_text("id,text\n")
    for name in ("nope.jsonl", "x.csv"):
        assert cli.main(["batch", "--analyzer", "rules", str(tmp_path / name),
                         "-o", str(tmp_path / "o.jsonl")]) == 2
        assert name in capsys.readouterr().err


def test_gold_format_lines_are_valid_gold_documents(tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, make_articles(6))
    out = tmp_path / "gold.jsonl"
    stats = batch.run_batch([src], out, config=RULES, workers=0, format="gold")
    assert stats.ok and stats.done == 6
    docs = read_jsonl(out)
    for doc in docs:
        validate(doc)
    assert any(doc["money"] for doc in docs) and [d["id"] for d in docs] == [f"art-{i:05d}" for i in range(6)]


# --------------------------------------------------------------------------- inputs


def test_gzip_parquet_and_txt_directory_inputs(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    recs = make_articles(9)
    gz = tmp_path / "a.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as fh:
        for rec in recs[:3]:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        fh.write("\n")  # blank lines are skipped
    table = pa.table({"id": [r["id"] for r in recs[3:6]] + [None],
                      "published": [r["published"] for r in recs[3:6]] + ["2025-01-01"],
                      "text": [r["text"] for r in recs[3:6]] + ["kimliksiz"]})
    pq.write_table(table, tmp_path / "b.parquet")
    txt_dir = tmp_path / "txt"
    (txt_dir / "sub").mkdir(parents=True)
    (txt_dir / "t-6.txt").write_text("date 2025-08-22\n" + recs[6]["text"], encoding="utf-8")
    (txt_dir / "sub" / "t-7.txt").write_text(recs[7]["text"], encoding="utf-8")
    (txt_dir / "bad.txt").write_bytes(b"\xff\xfe\x00bozuk")

    out = tmp_path / "out.jsonl"
    stats = batch.run_batch([gz, tmp_path / "b.parquet", txt_dir], out, config=RULES, workers=0)
    rows = {row["id"]: row["extraction"] for row in read_jsonl(out)}
    assert list(rows) == [r["id"] for r in recs[:6]] + ["t-7", "t-6"]  # sorted paths
    assert rows["t-6"]["published"] == "2025-08-22" and rows["t-6"]["body"] == recs[6]["text"]
    assert rows[recs[4]["id"]]["published"] == recs[4]["published"]
    errors = read_jsonl(Path(stats.errors))
    assert [(e["kind"], e["line"]) for e in errors] == [("invalid", 4), ("malformed", None)]
    assert errors[0]["file"].endswith("b.parquet") and errors[1]["id"] == "bad"
    assert stats.failed == 2 and stats.done == 8 and not stats.ok


# --------------------------------------------------------------------------- failures inside extraction


def test_failing_extractor_is_reported_and_the_article_kept(tmp_path, monkeypatch):
    def explode(ctx):
        if "PATLA" in ctx["article"].body:
            raise RuntimeError("boom")
        return ()

    stages = pipeline_mod.STAGES + (pipeline_mod.Stage("explode", ("article",), "explode", explode),)
    monkeypatch.setattr(pipeline_mod, "STAGES", stages)
    recs = make_articles(5)
    recs[2]["text"] += " PATLA"
    src = tmp_path / "in.jsonl"
    write_jsonl(src, recs)
    stats = batch.run_batch([src], tmp_path / "out.jsonl", config=RULES, workers=0)
    assert stats.done == 5 and stats.partial == 1 and not stats.ok
    (err,) = read_jsonl(Path(stats.errors))
    assert err["kind"] == "extractor" and err["id"] == recs[2]["id"] and err["line"] == 3
    assert "explode" in err["reason"] and "boom" in err["reason"]


def test_article_that_raises_goes_to_errors_and_the_rest_go_on(tmp_path, monkeypatch):
    original = Pipeline._extract_batch

    def extract_batch(self, arts):
        if any("PATLA" in a.body for a in arts):
            raise MemoryError("too big")
        return original(self, arts)

    monkeypatch.setattr(Pipeline, "_extract_batch", extract_batch)
    recs = make_articles(7)
    recs[4]["text"] += " PATLA"
    src = tmp_path / "in.jsonl"
    write_jsonl(src, recs)
    out = tmp_path / "out.jsonl"
    stats = batch.run_batch([src], out, config=RULES, workers=0, batch_size=3)
    assert [row["id"] for row in read_jsonl(out)] == [r["id"] for k, r in enumerate(recs) if k != 4]
    (err,) = read_jsonl(Path(stats.errors))
    assert (err["kind"], err["id"], err["line"]) == ("failed", recs[4]["id"], 5)
    assert "MemoryError" in err["reason"]
    assert stats.failed == 1 and stats.done == 6


# --------------------------------------------------------------------------- Parquet output


def test_parquet_output_parts_and_resume(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    recs = make_articles(12)
    src = tmp_path / "in.jsonl"
    write_jsonl(src, recs[:7])
    out = tmp_path / "out.parquet"
    stats = batch.run_batch([src], out, config=RULES, workers=0, batch_size=2, part_rows=3)
    assert out.is_dir() and stats.format == "parquet" and stats.done == 7
    assert len(list(out.glob("part-*.parquet"))) == 2  # 4 + 3 rows (chunks of 2, parts of >= 3)
    (out / ".part-000009.parquet.tmp").write_bytes(b"PAR1 half a part")  # a killed writer's leftover
    write_jsonl(src, recs)
    stats = batch.run_batch([src], out, config=RULES, workers=0, resume=True, part_rows=100)
    assert stats.skipped == 7 and stats.done == 5
    assert not list(out.glob("*.tmp"))
    table = pq.read_table(out)
    assert sorted(table.column("id").to_pylist()) == [r["id"] for r in recs]
    ext = json.loads(table.column("extraction")[0].as_py())
    assert ext["article_id"] == table.column("id")[0].as_py()


# --------------------------------------------------------------------------- library API


def test_pipe_with_two_processes_keeps_order_and_boundaries():
    pipe = Pipeline(analyzer="rules")
    arts = [Article(id=r["id"], body=r["text"]) for r in make_articles(23)]
    arts[5] = Article(id="empty", body="")
    assert list(pipe.pipe(arts, batch_size=4, n_process=2)) == list(pipe.pipe(arts))


def test_parallel_pipe_reads_its_input_lazily():
    consumed = []

    def endless():
        i = 0
        while True:
            consumed.append(i)
            yield Article(id=f"n{i}", body=make_article(i)["text"])
            i += 1

    results = batch.parallel_pipe(endless(), n_process=2, batch_size=2, config=RULES)
    first = [next(results).article_id for _ in range(5)]
    results.close()
    assert first == [f"n{i}" for i in range(5)]
    assert len(consumed) < 24  # a bounded window of chunks (4 in flight), not the stream
