"""The Dask path against a distributed.LocalCluster with 2 worker processes.

Parquet corpus -> Dask DataFrame -> extract_dataframe -> Parquet, and a Dask bag,
must give the same extractions as the local pipeline on the same articles.
"""

from __future__ import annotations

import json

import pytest

dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from tr_diplo_ie import article as article_io  # noqa: E402
from tr_diplo_ie import serialize  # noqa: E402
from tr_diplo_ie.dask import PipelinePlugin, extract_bag, extract_dataframe  # noqa: E402
from tr_diplo_ie.gold import to_gold  # noqa: E402
from tr_diplo_ie.pipeline import Pipeline  # noqa: E402

from .test_batch import make_articles  # noqa: E402

RULES = {"analyzer": "rules"}


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as c:
            c.register_plugin(PipelinePlugin(RULES))
            yield c


@pytest.fixture(scope="module")
def corpus():
    recs = make_articles(30)
    recs[7]["published"] = None
    local = Pipeline(analyzer="rules")
    arts = [article_io.from_record(r) for r in recs]
    expected = {e.article_id: e for e in local.pipe(arts)}
    return recs, expected


def test_parquet_to_cluster_to_parquet_equals_local(client, corpus, tmp_path):
    recs, expected = corpus
    pd.DataFrame(recs).to_parquet(tmp_path / "corpus.parquet")
    bad = pd.DataFrame([{"id": "no-text", "published": "2025-01-01", "text": None}])
    bad.to_parquet(tmp_path / "corpus-bad.parquet")

    df = dd.read_parquet(str(tmp_path / "corpus*.parquet")).repartition(npartitions=4)
    extract_dataframe(df, RULES).to_parquet(str(tmp_path / "extractions"))

    out = pd.read_parquet(tmp_path / "extractions")
    assert list(out.columns) == ["id", "extraction", "error"]
    ok = out[out["error"].isna()]
    assert sorted(ok["id"]) == sorted(expected)
    for art_id, data in zip(ok["id"], ok["extraction"]):
        assert json.loads(data) == serialize.to_json(expected[art_id])
    (err,) = out[out["error"].notna()].itertuples()
    assert err.id == "no-text" and "text" in err.error and pd.isna(err.extraction)
    # the work ran on both worker processes, each with its own cached pipeline
    used = client.run(lambda: sorted(__import__("tr_diplo_ie.batch").batch._PIPELINES))
    assert len(used) == 2 and all(keys == [json.dumps(RULES)] for keys in used.values())


def test_bag_gold_format_equals_local(client, corpus):
    recs, expected = corpus
    bag = db.from_sequence(recs, npartitions=3)
    rows = extract_bag(bag, RULES, format="gold").compute()
    assert [r["id"] for r in rows] == [r["id"] for r in recs]
    for row in rows:
        assert row["error"] is None
        assert json.loads(row["extraction"]) == to_gold(expected[row["id"]])
