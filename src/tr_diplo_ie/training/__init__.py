"""Reproducible training of the bundled Turkish stanza models (UD_Turkish-BOUN).

Run ``python -m tr_diplo_ie.training {prep,tokenize,mwt,pos,lemma,depparse,evaluate}``.
Only BOUN (CC BY-SA 4.0) is used; IMST (non-commercial) is never read.
"""
