#!/bin/bash
# One GPU training round: several stanza trainers side by side, each stopped after $T s
# (stanza keeps the best-on-dev model on disk at every improvement).
# usage: bash src/tr_diplo_ie/training/gpu_round.sh DATA PRETRAIN OUTDIR SECONDS
# (PYTHONPATH=src, stanza installed); then python gpu_pick_best.py OUTDIR PACKDIR packs the
# best-on-dev variant of each model family.
set -u
DATA=$1; PT=$2; OUT=$3; T=$4
mkdir -p $OUT/models $OUT/logs $OUT/work
export OMP_NUM_THREADS=2 PYTHONUNBUFFERED=1
run() {  # run NAME STEP ARGS...
  local name=$1 step=$2; shift 2
  ( timeout --signal=TERM $T ${PY:-python3} -m tr_diplo_ie.training $step --data $DATA --out $OUT/models \
      --work $OUT/work/$name --device gpu --set save_name=$name.pt "$@" > $OUT/logs/$name.log 2>&1
    echo "$name rc=$?" >> $OUT/logs/rc.txt ) &
}
BIG="--set hidden_dim=200 --set char_hidden_dim=400 --set deep_biaff_hidden_dim=300 --set composite_deep_biaff_hidden_dim=100"
run pos_a pos --pretrain $PT $BIG --set dropout=0.33 --set word_dropout=0.2 --set batch_size=100 --set max_steps=50000 --set eval_interval=300 --set max_steps_before_stop=6000
run pos_b pos --pretrain $PT $BIG --set dropout=0.5 --set word_dropout=0.33 --set batch_size=100 --set max_steps=50000 --set eval_interval=300 --set max_steps_before_stop=6000
run dep_a depparse --pretrain $PT --set hidden_dim=200 --set char_hidden_dim=100 --set deep_biaff_hidden_dim=200 --set num_layers=2 --set batch_size=3000 --set max_steps=50000 --set eval_interval=200 --set max_steps_before_stop=5000
run ner_a ner --pretrain $PT --set hidden_dim=256 --set char_hidden_dim=100 --set char_emb_dim=100 --set max_steps=200000 --set eval_interval=500
run ner_b ner --pretrain $PT --set hidden_dim=256 --set char_hidden_dim=100 --set char_emb_dim=100 --set max_steps=200000 --set eval_interval=500 --set word_dropout=0.05 --set batch_size=64
run tok_a tokenize --set steps=30000 --set eval_steps=500 --set max_steps_before_stop=8000
run tok_b tokenize --set hidden_dim=128 --set emb_dim=64 --set steps=30000 --set eval_steps=500 --set max_steps_before_stop=8000
run lem_a lemma --set hidden_dim=200 --set batch_size=50 --set lr=1e-3 --set num_epoch=30 --set decay_epoch=15
wait
ls -la $OUT/models
