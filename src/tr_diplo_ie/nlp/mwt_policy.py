"""Which tokens the bundled tokenizer may split into syntactic words (MWTs).

UD_Turkish-BOUN is not consistent about suffixed copulas and clitics: its train split
has 28.9 MWTs per 1,000 words, dev 21.6 and test 15.9, and forms such as *olursa*,
*yaparken* or *arasındaki* are split in train but whole in dev.  The tokenizer learns
the train habit.  On BOUN dev (raw text, bundled models) its MWT flags were right for

=================  ====  ====  ====
ending             right wrong missed
=================  ====  ====  ====
converb *-(y)ken*     8    22     0
conditional *-sA*    13    29     4
=================  ====  ====  ====

so tokens with these two endings are kept whole (one word); every other flag stands.
The rule was chosen on dev only.  It is a stanza ``tokenize_postprocessor`` and is used
with the bundled models only, not with a user's official stanza resources.
"""
from __future__ import annotations

from typing import Sequence, Union

import regex

#: Endings whose MWT flag is dropped (lower-cased surface form).
KEEP_WHOLE = regex.compile(
    r"""(?:
        (?<=\p{L}{2})ken                       # converb: yaparken, oynarken, iken
      | (?<=\p{L}{2})(?:sa|se)                 # conditional: olursa, isterse, varsa
        (?:m|n|k|nız|niz|lar|ler)?             #   with person: isterseniz, olsalar
    )$""",
    regex.VERBOSE,
)

Token = Union[str, tuple]


def keep_whole(form: str) -> bool:
    """True when ``form`` should stay one word even if the tokenizer flags it."""
    return bool(KEEP_WHOLE.search(form.lower()))


def postprocess(sentences: Sequence[Sequence[Token]]) -> list[list[Token]]:
    """stanza tokenize_postprocessor: unflag the MWTs that :data:`KEEP_WHOLE` matches.

    Input and output: per sentence, tokens as ``"text"`` or ``("text", True)`` (an MWT).
    """
    out = []
    for sentence in sentences:
        row = []
        for token in sentence:
            if isinstance(token, tuple) and token[1] is True and keep_whole(token[0]):
                row.append(token[0])
            else:
                row.append(token)
        out.append(row)
    return out
