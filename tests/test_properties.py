"""Property tests: extraction never raises, and every record's offsets slice to its text."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tr_diplo_ie import article
from tr_diplo_ie.pipeline import run_stages
from tr_diplo_ie import segment

TURKISH = "abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ0123456789 .,;:!?\"'“”„«»‘’\n-–%$€₺()"
PIECES = st.sampled_from([
    "dedi", "diye konuştu", "ifadelerini kullandı", "olduğunu söyledi", "belirterek", "vurgulayan",
    "Caparov", "Cumhurbaşkanı", "3 milyar dolar", "yaklaşık", "1,5 milyon avro", "2-3", "yüzde 5",
    "geçen yıl", "bugün", "2030 yılına kadar", "22 Ağustos", "7. Toplantısı", "imzalandı",
    "mutabakat muhtırası", "Planı\"nın", "\"", "“", "”", "'", "’", "\n\n", ", ", ". ", ":",
])
TEXTS = st.one_of(
    st.text(alphabet=TURKISH, max_size=300),
    st.lists(st.one_of(PIECES, st.text(alphabet=TURKISH, max_size=12)), max_size=40).map("".join),
    st.text(max_size=200),
)


def _check(extraction):
    body = extraction.body
    for group in (extraction.quotes, extraction.money, extraction.dates, extraction.agreements,
                  extraction.entities):
        for rec in group:
            assert body[rec.start:rec.end] == rec.text
    for q in extraction.quotes:
        if q.speaker is not None:
            assert body[q.speaker.start:q.speaker.end] == q.speaker.text
        if q.cue_start is not None:
            assert body[q.cue_start:q.cue_end] == q.cue


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from([None, dt.date(2025, 8, 22), dt.date(2000, 2, 29)]))
def test_extract_never_raises_and_offsets_hold(text, published):
    art = article.from_text(text, published=published)
    extraction = run_stages(art, segment.analyze(art.body))
    _check(extraction)
    assert not any("failed" in w for w in extraction.warnings), extraction.warnings


def test_large_document_is_processed_whole():
    """A ~200 KB body (the sample 40 times): every copy's quotes are found, offsets hold."""
    from tests.conftest import SAMPLE

    one = article.read_file(SAMPLE)
    body = "\n\n".join([one.body] * 40)
    art = article.from_text(body, published="2025-08-22")
    extraction = run_stages(art, segment.analyze(art.body))
    _check(extraction)
    single = run_stages(one, segment.analyze(one.body))
    assert len(extraction.quotes) == 40 * len(single.quotes)
    assert len(extraction.money) == 40 * len(single.money)
