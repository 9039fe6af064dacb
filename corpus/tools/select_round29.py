"""Round 29 (session 15, test only), written before any candidate text was read.

The test split's growth rule of rounds 8 and 9, unchanged: among the TTC-3600 siyaset/ekonomi
articles of 800-4,500 characters not yet in the corpus that the hash puts in test, skipping
near-duplicates of corpus texts, the top eight by agreement words and then by quote marks. The
documents are annotated blind (the annotators neither read nor run the code, nor read other
test gold) and no rule is developed on them; the accuracy table reports test both for the 31
documents before this round and for all of test.

Run from the repository root: python corpus/tools/select_round29.py (reads
../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_test_picks

print_test_picks(8)
