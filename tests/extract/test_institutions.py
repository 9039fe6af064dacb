"""Bare organisation heads that stand for a named organisation (no model needed)."""

import pytest

from tr_diplo_ie.extract import institutions


@pytest.mark.parametrize("word, endings, compound", [
    ("Şirketten", "abl", "Şirketi"),
    ("şirketin", "gen", "Şirketi"),
    ("Kulübün", "gen", "Kulübü"),      # voiced before a vowel
    ("kulüpten", "abl", "Kulübü"),     # voiceless before a consonant
    ("Bakanlıktan", "abl", "Bakanlığı"),
    ("bakanlığın", "gen", "Bakanlığı"),
    ("belediyenin", "gen", "Belediyesi"),
    ("meclisin", "gen", "Meclisi"),    # the compound is meclis-i, not mecli-si
    ("odanın", "gen", "Odası"),
    ("komisyon", "nom", "Komisyonu"),
    ("mahkemenin", "gen", "Mahkemesi"),
])
def test_bare_heads_with_their_endings(word, endings, compound):
    head = institutions.head_of(word, endings)
    assert head is not None and head.compound == compound


@pytest.mark.parametrize("word, endings", [
    ("kulüpün", "gen"),        # a misspelt genitive
    ("Şirketi", "nom gen abl"),  # the compound itself is part of a name
    ("şirketler", "nom gen abl"),
    ("şirketimizin", "gen"),
    ("Kulüpten", "gen"),       # an ablative where only the genitive is asked for
    ("komisyon", "gen abl"),
    ("Ankara", "nom gen abl"),
])
def test_other_words_are_no_bare_heads(word, endings):
    assert institutions.head_of(word, endings) is None


def test_names_ending_with_a_head_are_found_with_inner_ve_and_numbers():
    text = ("TBMM Darbe ve Muhtıraları Araştırma Komisyonu'ndan davet çıktı. "
            "Ankara 3. İdare Mahkemesi karar verdi.")
    names = [m.group("name") for m in institutions.name_pattern().finditer(text)]
    assert names == ["TBMM Darbe ve Muhtıraları Araştırma Komisyonu", "Ankara 3. İdare Mahkemesi"]
