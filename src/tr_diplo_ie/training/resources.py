"""Write the minimal offline ``resources.json`` that lets ``stanza.Pipeline`` load the bundled models.

With ``download_method=None`` stanza only reads this file to map processors to package
names; model files are then given explicitly (``*_model_path``). No ``dependencies``
are listed, so stanza never looks for a pretrain or charlm file.
"""
from __future__ import annotations

import json
from pathlib import Path

PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
PACKAGE = "boun"


def resources(processors=PROCESSORS) -> dict:
    """The resources dict for Turkish with one package, ``boun``."""
    lang = {"lang_name": "Turkish",
            "packages": {"default": {p: PACKAGE for p in processors}},
            "default_processors": {p: PACKAGE for p in processors}}
    for p in processors:
        lang[p] = {PACKAGE: {}}
    return {"tr": lang}


def write(out: str | Path, processors=PROCESSORS) -> Path:
    """Write ``out/resources.json``; return its path."""
    path = Path(out) / "resources.json"
    path.write_text(json.dumps(resources(processors), indent=2) + "\n", encoding="utf-8")
    return path
