import datetime as dt
import io

import pytest

from tr_diplo_ie import article


@pytest.mark.parametrize("text, date, body", [
    (" date 2025-08-22 Kırgızistan Cumhurbaşkanı", dt.date(2025, 8, 22), "Kırgızistan Cumhurbaşkanı"),
    ("date 2025-08-22\nBaşlık\n\nGövde", dt.date(2025, 8, 22), "Başlık\n\nGövde"),
    ("date 2025-08-22\r\n\r\nGövde", dt.date(2025, 8, 22), "Gövde"),
    ("Tarih yok burada.", None, "Tarih yok burada."),
    ("date 2025-13-40 Gövde", None, "date 2025-13-40 Gövde"),
    ("\ufeffdate 2024-01-02 Metin", dt.date(2024, 1, 2), "Metin"),
    ("", None, ""),
])
def test_header(text, date, body):
    art = article.from_text(text)
    assert art.published == date
    assert art.body == body


def test_explicit_published_wins_over_header():
    art = article.from_text("date 2025-08-22 Metin", published="2020-01-01")
    assert art.published == dt.date(2020, 1, 1)
    assert art.body == "Metin"


def test_body_is_nfc():
    decomposed = "Kırgızistan I\u0307stanbul"  # I + combining dot above
    assert article.from_text(decomposed).body == "Kırgızistan İstanbul"


def test_jsonl_broken_lines_do_not_stop_iteration():
    lines = io.StringIO(
        '{"id": "a", "published": "2025-08-22", "text": "Bir."}\n'
        "{broken json\n"
        "\n"
        '{"id": "c", "text": 5}\n'
        '{"id": "d", "published": "dün", "text": "x"}\n'
        '{"text": "Kimliksiz."}\n'
    )
    items = list(article.iter_jsonl(lines))
    assert [n for n, _ in items] == [1, 2, 4, 5, 6]
    assert items[0][1].id == "a" and items[0][1].published == dt.date(2025, 8, 22)
    assert isinstance(items[1][1], article.ArticleError) and "line 2" in str(items[1][1])
    assert isinstance(items[2][1], article.ArticleError) and "text" in str(items[2][1])
    assert isinstance(items[3][1], article.ArticleError) and "published" in str(items[3][1])
    assert items[4][1].id == "line-6"


def test_non_string_text_is_a_clear_error():
    with pytest.raises(article.ArticleError):
        article.from_text(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("text, expected", [
    ("<html><body><p>Caparov geldi.</p></body></html>", "HTML"),
    ("   ", "empty"),
])
def test_input_warnings(text, expected):
    from tr_diplo_ie.pipeline import Pipeline

    extraction = Pipeline(analyzer="rules").extract(text)
    assert any(expected in w for w in extraction.warnings)


def test_plain_text_has_no_input_warning():
    art = article.from_text("Caparov, <3 milyar dolar> dedi.")
    assert article.input_warnings(art) == []
