"""Regression floors on the sets gathered after the guard was written: real passages
(``real_passages2``, ``real_passages4`` to ``real_passages27``) and invented sets written without the guard in view
(``fresh_synthetic`` to ``fresh_synthetic15``). Their first scores, before any change made for them, are in README.md; the
floors sit just under today's figures so that a change that loses ground fails. Half 1 of the
invented set (``half(id) == 1``) was never looked at while tuning."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from build_real_passages import half
from guard_helpers import score_records

HERE = Path(__file__).parent


def _records(name: str) -> list[dict[str, Any]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


# (file, half or None for all, recall floor, precision floor, most clean texts blocked)
# (raised 2026-12-04 afternoon, fourth round: real_passages2 0.868 / 0.887 / 1 blocked; fresh_synthetic
# 0.946 / 0.972, half 0 0.995 / 0.981, half 1 0.883 / 0.960; real_passages2's precision floor
# lowered 2026-12-05, tenth round, to 0.87: one more finding in its held-out half, 0.927 / 0.877;
# lowered 2026-12-06, twenty-second round, to 0.86: the defined abbreviations (ASS for "stoornis in
# het autistisch spectrum") make one more false finding in its held-out half, 0.926 / 0.868, while
# two other held-out halves lose one each)
# (forty-sixth round: seventeen precision floors lowered by 0.01 to 0.03 when the health clauses side
# by side became one redaction; precision here counts findings, and two right findings joined are
# one. Over the ten sets of the hidden set's kinds, real_passages26 to 35, precision went from 0.645
# to 0.648 and recall from 820 to 822 of 936)
FLOORS = [
    ("real_passages2.jsonl", None, 0.86, 0.86, 1),
    ("fresh_synthetic.jsonl", None, 0.94, 0.965, 0),
    ("fresh_synthetic.jsonl", 0, 0.99, 0.975, 0),
    ("fresh_synthetic.jsonl", 1, 0.885, 0.955, 0),
    # (2026-12-04, fifth round) the two sets written or gathered blind this afternoon; first scores at
    # 8f7fad9 in README.md; now real_passages4 0.802 / 0.615 / 3 of 13 blocked (half 1, never read:
    # 0.783 / 0.500 / 2), fresh_synthetic2 0.924 / 0.932 / 5 of 12 (half 1, never read: 0.903 / 0.943 / 2)
    ("real_passages4.jsonl", None, 0.79, 0.60, 3),
    ("real_passages4.jsonl", 1, 0.77, 0.49, 2),
    # (HEALTH recall round, 2026-12-04 evening: fresh_synthetic half 1 0.890 / 0.967, fresh_synthetic2
    # 0.938 / 0.934, half 1 0.916 / 0.943 / 2; half 1 scored only at the start and the end)
    ("fresh_synthetic2.jsonl", None, 0.93, 0.92, 5),
    # (tenth round, 2026-12-05: closed centres became addresses, as every labelled real set has them;
    # this invented set labels "détenu au centre fermé" a status: half 1 0.916 -> 0.910)
    # precision floor 0.93 -> 0.92: the health clauses joined (forty-sixth round)
    ("fresh_synthetic2.jsonl", 1, 0.90, 0.92, 2),
    # (2026-12-05) fresh_synthetic3, 60 invented messages written blind, scored once at 174fbee
    # before anything was changed for it: 0.892 / 0.935 / 2 of 12 blocked (half 1 0.909 / 0.893 /
    # 2 of 2)
    ("fresh_synthetic3.jsonl", None, 0.89, 0.93, 2),
    ("fresh_synthetic3.jsonl", 1, 0.90, 0.89, 2),
    # (sixth round, 2026-12-04 evening) real_passages5, gathered blind: first score at fecc7f9 0.745 /
    # 0.614 / 5 of 12 blocked (half 1 0.710 / 0.552 / 3 of 7); after tuning on half 0 only (22e4023):
    # all 0.821 / 0.672 / 5, half 1 (scored at the start and the end only) 0.725 / 0.593 / 3
    ("real_passages5.jsonl", None, 0.81, 0.66, 5),
    ("real_passages5.jsonl", 1, 0.72, 0.58, 3),
    # (seventh round, 2026-12-04 night) real_passages6, gathered blind: first score at 24a4b80 (whose
    # changes came from invented sentences only) 0.621 / 0.511 / 11 of 15 blocked (half 1 0.667 /
    # 0.513 / 5 of 8); after tuning on half 0 only: all 0.702 / 0.579 / 10, half 1 (scored at the
    # start and the end only) 0.667 / 0.513 / 5
    ("real_passages6.jsonl", None, 0.69, 0.57, 10),
    ("real_passages6.jsonl", 1, 0.66, 0.50, 5),
    # (eighth round, 2026-12-04 night) real_passages7, gathered blind: first score at 3db8878 0.683 /
    # 0.616 / 5 of 14 blocked (half 1 0.679 / 0.574 / 3 of 9); after tuning on half 0 only: all
    # 0.727 / 0.633 / 5, half 1 (scored at the start and the end only) 0.679 / 0.574 / 3
    ("real_passages7.jsonl", None, 0.72, 0.62, 5),
    ("real_passages7.jsonl", 1, 0.67, 0.56, 3),
    # (ninth round, 2026-12-04 night) real_passages8, gathered blind with half court texts: first
    # score at 8b3dfac 0.637 / 0.654 / 3 of 16 blocked (half 1 0.549 / 0.686 / 1 of 6); after tuning
    # on half 0 only: all 0.736 / 0.678 / 3, half 1 (scored at the start and the end only) 0.573 /
    # 0.693 / 1
    ("real_passages8.jsonl", None, 0.73, 0.67, 3),
    ("real_passages8.jsonl", 1, 0.56, 0.68, 1),
    # (2026-12-04 night) real_passages9, gathered blind with half court texts after the ninth round,
    # scored once at 2af1b4e and not tuned on: 0.852 / 0.686 / 7 of 14 blocked (half 1 0.773 /
    # 0.556 / 5 of 9)
    ("real_passages9.jsonl", None, 0.84, 0.67, 7),
    ("real_passages9.jsonl", 1, 0.77, 0.55, 5),
    # (2026-12-05 night) real_passages10, gathered blind with half court texts, scored once at
    # 60a8723 and not tuned on: 0.771 / 0.547 / 2 of 12 blocked (half 1 0.877 / 0.559 / 0 of 4)
    ("real_passages10.jsonl", None, 0.76, 0.54, 2),
    ("real_passages10.jsonl", 1, 0.87, 0.55, 0),
    # (2026-12-05) real_passages11, gathered blind (45 passages, 15 clean, about 20 court texts),
    # scored once at c584ca6 and not tuned on: 0.758 / 0.497 / 5 of 15 blocked (half 1 0.698 /
    # 0.512 / 4 of 12)
    # (later the same day: two capitalised words unknown to the name finder make a press story about
    # someone; that blocks one more clean passage here, a parliamentary or author's page: all 0.808 /
    # 0.533 / 6 of 15, half 1 0.698 / 0.494 / 5 of 12)
    ("real_passages11.jsonl", None, 0.75, 0.49, 6),
    ("real_passages11.jsonl", 1, 0.69, 0.49, 5),
    # (eleventh round, 2026-12-05) real_passages12, gathered blind (52 passages, 17 clean), and
    # fresh_synthetic4, 60 invented messages written blind, both scored once at 8243099 before any
    # change made for them: real_passages12 0.652 / 0.487 / 8 of 17 blocked (half 1 0.686 / 0.433 / 5
    # of 8), fresh_synthetic4 0.837 / 0.919 / 3 of 12 (half 1 0.858 / 0.901 / 2 of 6); after tuning
    # on half 0 only: real_passages12 0.719 / 0.518 / 8 (half 1 0.686 / 0.433 / 5), fresh_synthetic4
    # 0.907 / 0.925 / 3 (half 1, scored at the start and the end only, 0.869 / 0.902 / 2)
    ("real_passages12.jsonl", None, 0.71, 0.50, 8),
    ("real_passages12.jsonl", 1, 0.68, 0.43, 5),
    # (forty-third round) precision lowered by 0.01: the co-payment of a person's care ("remgeld",
    # "ticket modérateur") is now health, which this early set left unlabelled (0.918 now)
    ("fresh_synthetic4.jsonl", None, 0.90, 0.91, 3),
    # precision floor 0.90 -> 0.89: the health clauses joined (forty-sixth round)
    ("fresh_synthetic4.jsonl", 1, 0.86, 0.89, 2),
    # (twelfth round, 2026-12-05) three more blind sets, each scored once before any change made for
    # it: real_passages13 (56 passages, 16 clean) at 8235111 0.550 / 0.403 / 5 of 16 blocked (half 1
    # 0.485 / 0.378 / 3 of 6); fresh_synthetic5 (60 invented messages, 12 clean) at 41ada81 0.766 /
    # 0.866 / 8 of 12 (half 1 0.796 / 0.838 / 4 of 7); real_passages14 (56 passages, 16 clean) at
    # 224ad34 0.500 / 0.584 / 4 of 16 (half 1 0.393 / 0.540 / 2 of 5). After tuning on half 0 only
    # (half 1 scored at the first score and the end only): real_passages13 0.672 / 0.467 / 4 (half 1
    # 0.500 / 0.385 / 3), fresh_synthetic5 0.873 / 0.889 / 7 (half 1 0.812 / 0.840 / 4),
    # real_passages14 0.627 / 0.631 / 4 (half 1 0.393 / 0.529 / 2)
    ("real_passages13.jsonl", None, 0.65, 0.45, 4),
    ("real_passages13.jsonl", 1, 0.48, 0.37, 3),
    ("fresh_synthetic5.jsonl", None, 0.86, 0.88, 7),
    ("fresh_synthetic5.jsonl", 1, 0.80, 0.83, 4),
    ("real_passages14.jsonl", None, 0.62, 0.62, 4),
    ("real_passages14.jsonl", 1, 0.39, 0.52, 2),
    # (thirteenth round, 2026-12-05) four more blind sets, each scored once before any change made for
    # it: real_passages15 (56 passages, 16 clean) at 135ba8e 0.600 / 0.628 / 3 of 16 blocked (half 1
    # 0.604 / 0.569 / 1 of 10); fresh_synthetic6 (60 messages, 12 clean) at 135ba8e 0.854 / 0.943 / 4
    # of 12 (half 1 0.884 / 0.954 / 1 of 4); real_passages16 (56 passages, 17 clean) at 928e8c1 0.624 /
    # 0.581 / 5 of 17 (half 1 0.586 / 0.636 / 2 of 11); fresh_synthetic7 (60 messages, 12 clean) at
    # 53967fd 0.877 / 0.957 / 2 of 12 (half 1 0.867 / 0.942 / 1 of 8).
    # Tuned on the half 0 of real_passages15 and fresh_synthetic6 only; real_passages16 and
    # fresh_synthetic7 not tuned on at all. At the end (3e8bd44): real_passages15 0.635 / 0.625 / 3
    # (half 1 0.604 / 0.569 / 1), fresh_synthetic6 0.912 / 0.949 / 4 (half 1 0.895 / 0.955 / 1),
    # real_passages16 0.624 / 0.578 / 5 (half 1 0.586 / 0.636 / 2), fresh_synthetic7 0.883 / 0.957 / 2
    # (half 1 0.878 / 0.943 / 1)
    ("real_passages15.jsonl", None, 0.63, 0.62, 3),
    ("real_passages15.jsonl", 1, 0.60, 0.56, 1),
    ("fresh_synthetic6.jsonl", None, 0.91, 0.94, 4),
    ("fresh_synthetic6.jsonl", 1, 0.89, 0.95, 1),
    ("real_passages16.jsonl", None, 0.62, 0.57, 5),
    ("real_passages16.jsonl", 1, 0.58, 0.63, 2),
    ("fresh_synthetic7.jsonl", None, 0.88, 0.95, 2),
    # (twenty-third round: precision floor 0.94 -> 0.93, the health-clause step joins right findings)
    ("fresh_synthetic7.jsonl", 1, 0.87, 0.93, 1),
    # (fourteenth round, 2026-12-05) two more blind sets, scored once at 603d403 before any change
    # made for them and not tuned on at all: real_passages17 (56 passages, 26 texts without a
    # forbidden item) 0.462 / 0.538 / 6 of 26 blocked, fresh_synthetic8 (60 messages, 12 clean)
    # 0.838 / 0.923 / 4 of 12. At the end (1d1741b): real_passages17 0.487 / 0.543 / 6 (half 1 0.439 /
    # 0.552 / 4), fresh_synthetic8 0.842 / 0.924 / 4 (half 1 0.836 / 0.904 / 2)
    # (fifteenth round) their tuning halves tuned on: real_passages17 0.545 / 0.599 / 6, fresh_synthetic8
    # 0.883 / 0.925 / 4 at the end (half 1 0.455 / 0.579 / 4 and 0.832 / 0.904 / 2)
    ("real_passages17.jsonl", None, 0.54, 0.59, 6),
    ("real_passages17.jsonl", 1, 0.43, 0.55, 4),
    ("fresh_synthetic8.jsonl", None, 0.88, 0.92, 4),
    ("fresh_synthetic8.jsonl", 1, 0.83, 0.90, 2),
    # (fifteenth round, 2026-12-05) two more blind sets, scored once before any change made for them
    # and not tuned on at all: real_passages18 (56 passages, 19 texts without a forbidden item) at
    # a0a293d 0.626 / 0.675 / 2 of 19 blocked (half 1 0.632 / 0.657 / 0 of 9), fresh_synthetic9 (60
    # messages, 12 clean) at 84ca368 0.803 / 0.905 / 2 of 12 (half 1 0.824 / 0.913 / 1 of 6). At the end
    # (1707918): real_passages18 0.626 / 0.692 / 2 (half 1 0.632 / 0.687 / 0), fresh_synthetic9 0.803 /
    # 0.903 / 2 (half 1 0.824 / 0.909 / 1)
    # (sixteenth round) their tuning halves tuned on: real_passages18 0.667 / 0.719 / 2 (half 1 0.632 /
    # 0.697 / 0), fresh_synthetic9 0.891 / 0.904 / 2 (half 1 0.849 / 0.903 / 1)
    ("real_passages18.jsonl", None, 0.66, 0.71, 2),
    ("real_passages18.jsonl", 1, 0.62, 0.69, 0),
    ("fresh_synthetic9.jsonl", None, 0.88, 0.90, 2),
    # (forty-third round) precision lowered by 0.01: the co-payment of a person's care ("remgeld",
    # "ticket modérateur") is now health, which this early set left unlabelled (0.898 now)
    ("fresh_synthetic9.jsonl", 1, 0.84, 0.89, 1),
    # (sixteenth round, 2026-12-05) four more blind sets. real_passages19 (56 passages, 16 clean) and
    # fresh_synthetic10 (60 messages, 12 clean), scored first at 1cd755f and 643b4a6: 0.683 / 0.524 / 5
    # of 16 (half 1 0.750 / 0.593 / 1 of 6) and 0.826 / 0.929 / 2 of 12 (half 1 0.864 / 0.944 / 1 of 6),
    # then tuned on their tuning halves: at 998a156 0.701 / 0.589 / 4 (half 1 0.738 / 0.618 / 1) and
    # 0.901 / 0.936 / 1 (half 1 0.874 / 0.944 / 1). real_passages20 (56 passages, 16 clean) and
    # fresh_synthetic11 (60 messages, 12 clean), scored first at 0ac1301 and never tuned on: 0.601 /
    # 0.614 / 6 of 16 and 0.807 / 0.956 / 3 of 12, the same at 998a156.
    # (seventeenth round) real_passages20 and fresh_synthetic11 tuned on their tuning halves: 0.679 /
    # 0.637 / 6 (half 1 0.652 / 0.575 / 4, unchanged) and 0.869 / 0.959 / 3 (half 1 0.813 / 0.939 / 3)
    ("real_passages19.jsonl", None, 0.69, 0.58, 4),
    ("real_passages19.jsonl", 1, 0.73, 0.61, 1),
    ("fresh_synthetic10.jsonl", None, 0.89, 0.93, 1),
    ("fresh_synthetic10.jsonl", 1, 0.87, 0.94, 1),
    ("real_passages20.jsonl", None, 0.67, 0.63, 6),
    ("real_passages20.jsonl", 1, 0.64, 0.57, 4),
    ("fresh_synthetic11.jsonl", None, 0.86, 0.95, 3),
    ("fresh_synthetic11.jsonl", 1, 0.80, 0.93, 3),
    # (seventeenth round, 2026-12-05) two more blind sets, scored once at the head of main when each
    # landed, before any change made for them, and not tuned on: real_passages21 (56 passages, 16
    # clean) at f8cc6f5 0.451 / 0.516 / 7 of 16 (half 1 0.455 / 0.562 / 2 of 6), fresh_synthetic12 (60
    # messages, 12 clean) at 6a1a21c 0.839 / 0.906 / 3 of 12 (half 1 0.868 / 0.909 / 2 of 4), the same
    # at the round's start (ddc772b). At the end (fda56ad): 0.451 / 0.514 / 7 and 0.839 / 0.906 / 3.
    # (eighteenth round) real_passages21 and fresh_synthetic12 tuned on their tuning halves: at
    # 7a911ea 0.502 / 0.538 / 7 (half 1 0.469 / 0.560 / 2) and 0.903 / 0.911 / 3 (half 1 0.882 /
    # 0.910 / 2). Two more blind sets, scored once at the head of main when each landed, before any
    # change made for them, and not tuned on: real_passages22 (56 passages, 16 clean) at bd7744a
    # 0.519 / 0.514 / 7 of 16 (half 1 0.575 / 0.523 / 3 of 6; 0.519 at the round's start too),
    # fresh_synthetic13 (60 messages, 12 clean) at ada0f5e 0.752 / 0.935 / 1 of 12 (half 1 0.757 /
    # 0.937 / 1 of 9; 0.748 at the round's start). At 7a911ea: the same and 0.755 / 0.936 / 1. Then,
    # at the round's end, fresh_synthetic13 tuned on its tuning half: 0.806 / 0.939 / 1 (half 1 0.762 /
    # 0.938 / 1).
    # (twenty-third round: precision floors 0.53 -> 0.52 and 0.55 -> 0.52, as for fresh_synthetic7)
    ("real_passages21.jsonl", None, 0.49, 0.52, 7),
    ("real_passages21.jsonl", 1, 0.46, 0.52, 2),
    ("fresh_synthetic12.jsonl", None, 0.89, 0.90, 3),
    ("fresh_synthetic12.jsonl", 1, 0.87, 0.90, 2),
    # (nineteenth round, 2026-12-06) real_passages22 tuned on its tuning half: at 5f34a05 0.619 /
    # 0.556 / 7 (half 1 0.586 / 0.527 / 3). Two more blind sets, scored once at the head of main when
    # each landed (27e0d36 and 79be327, the guard of d778453), before any change made for them:
    # real_passages23 (56 passages, 16 clean) 0.608 / 0.510 / 8 of 16 (half 1 0.593 / 0.514 / 4 of
    # 6), fresh_synthetic14 (60 messages, 12 clean) 0.794 / 0.866 / 7 of 12 (half 1 0.752 / 0.873 / 4
    # of 6); the same at the round's start (29984b0) and at 5f34a05.
    ("real_passages22.jsonl", None, 0.60, 0.54, 7),
    ("real_passages22.jsonl", 1, 0.57, 0.51, 3),
    ("fresh_synthetic13.jsonl", None, 0.79, 0.92, 1),
    ("fresh_synthetic13.jsonl", 1, 0.75, 0.92, 1),
    ("real_passages23.jsonl", None, 0.59, 0.49, 8),
    ("real_passages23.jsonl", 1, 0.57, 0.49, 4),
    ("fresh_synthetic14.jsonl", None, 0.77, 0.85, 7),
    ("fresh_synthetic14.jsonl", 1, 0.73, 0.85, 4),
    # (twentieth round, 2026-12-06) three more blind sets, each scored once when it landed, with the
    # guard of 92590d3, before any change made for them: fresh_synthetic15 (60 messages, 12 clean; at
    # 4c6c34d) 0.825 / 0.911 / 3 of 12 (half 1 0.819 / 0.904 / 2 of 5), real_passages24 (56
    # passages, 16 clean; at 347fd94) 0.595 / 0.559 / 5 of 16 (half 1 0.587 / 0.606 / 1 of 4),
    # real_passages25 (56 passages, 16 clean; at a65722e) 0.556 / 0.451 / 11 of 16 (half 1 0.551 /
    # 0.336 / 7 of 11); the same after the round's speed work (2bf2e09).
    ("fresh_synthetic15.jsonl", None, 0.80, 0.89, 3),
    ("fresh_synthetic15.jsonl", 1, 0.79, 0.88, 2),
    ("real_passages24.jsonl", None, 0.57, 0.53, 5),
    ("real_passages24.jsonl", 1, 0.56, 0.58, 1),
    ("real_passages25.jsonl", None, 0.53, 0.43, 11),
    ("real_passages25.jsonl", 1, 0.52, 0.31, 7),
    # (twenty-first round, 2026-12-06) two blind sets of the hidden real set's kinds only (judgments,
    # case notes, information pages, forms), each scored once when it landed, before any change made
    # for them: real_passages26 (56 passages, 17 clean; at 8158229) 0.688 / 0.515 / 6 of 17 (half 1
    # 0.740 / 0.546 / 4 of 6), real_passages27 (56 passages, 22 clean; at a81531d) 0.937 / 0.606 / 2
    # of 22 (half 1 0.929 / 0.482 / 1 of 8).
    ("real_passages26.jsonl", None, 0.76, 0.52, 6),
    ("real_passages26.jsonl", 1, 0.73, 0.53, 4),
    ("real_passages27.jsonl", None, 0.92, 0.58, 2),
    ("real_passages27.jsonl", 1, 0.90, 0.46, 1),
    # (twenty-second round, 2026-12-06) two more blind sets of those kinds, each scored once when it
    # landed, before any change made for them: real_passages29 (56 passages, 16 without a forbidden
    # span; at fbf4f9e, guard of 5b8e992) 0.866 / 0.629 / 5 of 16 (half 1 0.825 / 0.675 / 1 of 7),
    # real_passages28 (56 passages, 14; at 99ab403, guard of ab2a4e9) 0.795 / 0.762 / 2 of 14 (half 1
    # 0.938 / 0.841 / 1 of 11); the round-start guard (8f10276) gives the same scores.
    ("real_passages28.jsonl", None, 0.78, 0.75, 2),
    ("real_passages28.jsonl", 1, 0.92, 0.83, 1),
    ("real_passages29.jsonl", None, 0.85, 0.62, 5),
    ("real_passages29.jsonl", 1, 0.81, 0.66, 1),
    # and one invented set, fresh_synthetic16 (60 messages, 12 clean; at f157105, guard of 9cfae8c):
    # 0.797 / 0.939 / 2 of 12 (half 1 0.827 / 0.927 / 1 of 4)
    ("fresh_synthetic16.jsonl", None, 0.78, 0.92, 2),
    ("fresh_synthetic16.jsonl", 1, 0.81, 0.91, 1),
    # Twenty-third round, three more blind sets, each scored once when it landed with the round-start
    # guard (5ad344f), and again with the health-clause step (231661f), which was designed on the
    # older sets' tuning halves before they landed; none tuned on. real_passages30 (56 passages of
    # real-dev's kinds, 27 without a forbidden span; at af9a1f8): 0.925 / 0.705 / 9 of 27 (half 1
    # 0.900 / 0.636 / 6 of 9), with the step 0.925 / 0.704 / 9 (half 1 0.900 / 0.633 / 6);
    # real_passages31 (56, 39; at 8f64b1e): 0.735 / 0.313 / 9 of 39 (half 1 0.727 / 0.333 / 4 of 22),
    # unchanged by the step; fresh_synthetic17 (60 invented messages, 12 clean; at 31e3390): 0.805 /
    # 0.926 / 1 of 12 (half 1 0.794 / 0.923 / 1 of 3), with the step 0.862 / 0.925 / 1 (half 1 0.854 /
    # 0.922 / 1).
    ("real_passages30.jsonl", None, 0.91, 0.69, 9),
    ("real_passages30.jsonl", 1, 0.88, 0.62, 6),
    ("real_passages31.jsonl", None, 0.72, 0.30, 9),
    ("real_passages31.jsonl", 1, 0.72, 0.32, 4),
    ("fresh_synthetic17.jsonl", None, 0.85, 0.91, 1),
    ("fresh_synthetic17.jsonl", 1, 0.84, 0.91, 1),
    # Twenty-fourth round, two more blind sets, each scored once when it landed with the round-start
    # guard (588ffad); none tuned on. real_passages32 (37 passages of real-dev's kinds, 16 without a
    # forbidden span; at 3aef9d0): 0.795 / 0.708 / 3 of 16 (half 1 0.800 / 0.718 / 2 of 7);
    # fresh_synthetic18 (60 invented messages, 12 clean; at 75ab2c4): 0.821 / 0.934 / 0 of 12 (half 1
    # 0.806 / 0.922 / 0 of 7).
    ("real_passages32.jsonl", None, 0.78, 0.69, 3),
    ("real_passages32.jsonl", 1, 0.78, 0.70, 2),
    ("fresh_synthetic18.jsonl", None, 0.81, 0.92, 0),
    ("fresh_synthetic18.jsonl", 1, 0.79, 0.91, 0),
    # Twenty-fifth round, two more blind sets, each scored once when it landed with the round-start
    # guard (15dac66; the headnote commit ecbc84f gives the same figures); none tuned on.
    # real_passages33 (30 passages of real-dev's kinds, 17 without a forbidden span; at 623179e):
    # 0.633 / 0.567 / 3 of 17 (half 1 0.576 / 0.667 / 0 of 7); fresh_synthetic19 (60 invented
    # messages, 12 clean; at aa5c2e2): 0.806 / 0.935 / 3 of 12 (half 1 0.835 / 0.954 / 1 of 4).
    ("real_passages33.jsonl", None, 0.62, 0.55, 3),
    # precision floor 0.65 -> 0.64: the health clauses joined (forty-sixth round)
    ("real_passages33.jsonl", 1, 0.56, 0.64, 0),
    ("fresh_synthetic19.jsonl", None, 0.79, 0.92, 3),
    ("fresh_synthetic19.jsonl", 1, 0.82, 0.94, 1),
    # Twenty-sixth round, two more blind sets, each scored once when it landed with the round-start
    # guard (9c10445); none tuned on. real_passages34 (27 passages of real-dev's kinds, 8 without a
    # forbidden span; at 79f1b42): 0.892 / 0.696 / 3 of 8 (half 1 0.878 / 0.758 / 2 of 4);
    # fresh_synthetic20 (60 invented messages, 12 clean; at 943e4a7): 0.835 / 0.951 / 1 of 12 (half 1
    # 0.859 / 0.953 / 0 of 4).
    ("real_passages34.jsonl", None, 0.87, 0.67, 3),
    ("real_passages34.jsonl", 1, 0.85, 0.73, 2),
    ("fresh_synthetic20.jsonl", None, 0.82, 0.93, 1),
    ("fresh_synthetic20.jsonl", 1, 0.84, 0.93, 0),
    # Twenty-seventh round, two more blind sets, each scored once when it landed with the round-start
    # guard (a41dcfa); real_passages35's tuning half was tuned on (two information pages), none of
    # fresh_synthetic21. real_passages35 (31 passages of real-dev's kinds, 16 without a forbidden
    # span; at b443ed9): 0.800 / 0.481 / 7 of 16 (half 1 0.882 / 0.319 / 2 of 5); fresh_synthetic21
    # (60 invented messages, 12 clean; at 0c21f90): 0.804 / 0.932 / 6 of 12 (half 1 0.785 / 0.914 /
    # 4 of 6).
    ("real_passages35.jsonl", None, 0.78, 0.46, 7),
    ("real_passages35.jsonl", 1, 0.85, 0.30, 2),
    ("fresh_synthetic21.jsonl", None, 0.79, 0.92, 6),
    ("fresh_synthetic21.jsonl", 1, 0.77, 0.90, 4),
    # Twenty-eighth round, two more blind sets, each scored once when it landed with the round-start
    # guard (b361981); their tuning halves were tuned on. real_passages36 (42 press, NGO and ombudsman
    # passages, 12 without a forbidden span; at 1ac0c01): 0.517 / 0.374 / 8 of 12 (half 1 0.500 /
    # 0.326 / 3 of 4); fresh_synthetic22 (60 invented messages, 12 clean; at 32dd5ed): 0.852 / 0.955 /
    # 4 of 12 (half 1 0.873 / 0.953 / 2 of 5).
    ("real_passages36.jsonl", None, 0.53, 0.37, 8),
    # precision floor 0.31 -> 0.30: the health clauses joined (forty-sixth round)
    ("real_passages36.jsonl", 1, 0.48, 0.30, 3),
    ("fresh_synthetic22.jsonl", None, 0.87, 0.94, 4),
    ("fresh_synthetic22.jsonl", 1, 0.86, 0.94, 2),
    # Twenty-ninth round, two more blind sets, each scored once when it landed with the round-start
    # guard (df2e998). real_passages37 (25 press, NGO, ombudsman and court passages, 9 without a
    # forbidden span; at 0f17bda): 0.639 / 0.455 / 2 of 9 (half 1 0.528 / 0.396 / 1 of 5);
    # fresh_synthetic23 (60 invented messages, 12 clean; at 51636e9): 0.827 / 0.954 / 2 of 12 (half 1
    # 0.863 / 0.963 / 1 of 6).
    # precision floor 0.45 -> 0.44: the health clauses joined (forty-sixth round)
    ("real_passages37.jsonl", None, 0.63, 0.44, 2),
    # precision floor 0.39 -> 0.36: the health clauses joined (forty-sixth round)
    ("real_passages37.jsonl", 1, 0.52, 0.36, 1),
    ("fresh_synthetic23.jsonl", None, 0.82, 0.95, 2),
    ("fresh_synthetic23.jsonl", 1, 0.86, 0.96, 1),
    # Thirtieth round, two more blind sets, each scored once when it landed with the round-start
    # guard (4e74e30). real_passages38 (40 press, NGO and LOI passages, 7 without a forbidden span;
    # at e398d1d): 0.646 / 0.613 / 3 of 7 (half 1 0.724 / 0.687 / 1 of 3); fresh_synthetic24 (60
    # invented messages, 12 clean; at cab4ffc): 0.834 / 0.954 / 3 of 12 (half 1 0.826 / 0.944 / 2 of
    # 10).
    # precision floor 0.61 -> 0.60: the health clauses joined (forty-sixth round)
    ("real_passages38.jsonl", None, 0.64, 0.60, 3),
    ("real_passages38.jsonl", 1, 0.72, 0.68, 1),
    ("fresh_synthetic24.jsonl", None, 0.83, 0.95, 3),
    # precision floor 0.94 -> 0.93: the health clauses joined (forty-sixth round)
    ("fresh_synthetic24.jsonl", 1, 0.82, 0.93, 2),
    # Thirty-first round, two more blind sets, each scored once when it landed with the round-start
    # guard (a3fb26a). real_passages39 (30 court, ombudsman, NGO and press passages, 8 without a
    # forbidden span; at 4626e6b): 0.580 / 0.600 / 2 of 8 (half 1 0.387 / 0.371 / 2 of 7);
    # fresh_synthetic25 (60 invented messages, 12 clean; at 9f79cdc): 0.875 / 0.957 / 7 of 12 (half 1
    # 0.879 / 0.940 / 6 of 8).
    ("real_passages39.jsonl", None, 0.58, 0.60, 2),
    ("real_passages39.jsonl", 1, 0.38, 0.37, 2),
    ("fresh_synthetic25.jsonl", None, 0.87, 0.95, 7),
    # (forty-fourth round: 0.94 -> 0.93 and, below, fresh_synthetic29's 0.97 -> 0.96: a relative's town
    # right before their phone, "fils benoît a bruxelles 0475...", "zus in sofia: +359 ...", which these
    # messages leave unlabelled and others label: "zus in brno +420 ...")
    ("fresh_synthetic25.jsonl", 1, 0.87, 0.93, 6),
    # Thirty-second round, two more blind sets, each scored once when it landed with the round-start
    # guard (b3f29ab). real_passages40 (26 press, NGO, court and case-note passages, 6 without a
    # forbidden span; at 1316903): 0.491 / 0.472 / 5 of 6 (half 1 0.431 / 0.509 / 2 of 2);
    # fresh_synthetic26 (60 invented messages, 12 clean; at 923d84f): 0.895 / 0.950 / 4 of 12 (half 1
    # 0.900 / 0.955 / 3 of 8).
    ("real_passages40.jsonl", None, 0.49, 0.47, 5),
    ("real_passages40.jsonl", 1, 0.43, 0.50, 2),
    # (forty-third round) precision lowered by 0.01: the co-payment of a person's care ("remgeld",
    # "ticket modérateur") is now health, which this set left some unlabelled (0.949 now)
    ("fresh_synthetic26.jsonl", None, 0.89, 0.94, 4),
    ("fresh_synthetic26.jsonl", 1, 0.90, 0.95, 3),
    # Thirty-third round, two more blind sets, each scored once when it landed with the round-start
    # guard (0219009). real_passages41 (31 press, NGO, court and parliamentary passages, 8 without a
    # forbidden span; at 71ad058): 0.592 / 0.492 / 7 of 8 (half 1 0.520 / 0.385 / 3 of 3);
    # fresh_synthetic27 (60 invented messages, 12 clean; at 8a58ebf): 0.898 / 0.942 / 3 of 12 (half 1
    # 0.873 / 0.946 / 1 of 6).
    ("real_passages41.jsonl", None, 0.59, 0.49, 7),
    ("real_passages41.jsonl", 1, 0.52, 0.38, 3),
    # precision floor 0.94 -> 0.93: the health clauses joined (forty-sixth round)
    ("fresh_synthetic27.jsonl", None, 0.89, 0.93, 3),
    # precision floor 0.94 -> 0.93: the health clauses joined (forty-sixth round)
    ("fresh_synthetic27.jsonl", 1, 0.87, 0.93, 1),
    # Thirty-fourth round, two more blind sets, each scored once when it landed with the round-start
    # guard (875d24e). real_passages42 (26 press, NGO, court and information passages, 13 without a
    # forbidden span; at e061f88): 0.579 / 0.450 / 5 of 13 (half 1 0.444 / 0.394 / 2 of 4);
    # fresh_synthetic28 (60 invented messages, 12 clean; at 1aec7d7): 0.913 / 0.958 / 4 of 12 (half 1
    # 0.905 / 0.964 / 4 of 6).
    # precision floor 0.45 -> 0.44: the health clauses joined (forty-sixth round)
    ("real_passages42.jsonl", None, 0.57, 0.44, 5),
    ("real_passages42.jsonl", 1, 0.44, 0.39, 2),
    ("fresh_synthetic28.jsonl", None, 0.91, 0.95, 4),
    ("fresh_synthetic28.jsonl", 1, 0.90, 0.96, 4),
    # Thirty-fifth round, two more blind sets, each scored once when it landed with the round-start
    # guard (f4d062b). real_passages43 (30 press, NGO, court and information passages, 16 without a
    # forbidden span; at c12088d): 0.512 / 0.388 / 5 of 16 (half 1 0.583 / 0.500 / 3 of 10);
    # fresh_synthetic29 (60 invented messages, 12 clean; at 0c09424): 0.936 / 0.970 / 5 of 12 (half 1
    # 0.955 / 0.961 / 2 of 6).
    ("real_passages43.jsonl", None, 0.51, 0.38, 5),
    ("real_passages43.jsonl", 1, 0.58, 0.50, 3),
    ("fresh_synthetic29.jsonl", None, 0.93, 0.96, 5),
    # precision floor 0.96 -> 0.95: the health clauses joined (forty-sixth round)
    ("fresh_synthetic29.jsonl", 1, 0.95, 0.95, 2),
    # Thirty-sixth round, two more blind sets, each scored once when it landed with the round-start
    # guard (47673a2). real_passages44 (40 press, NGO, court and information passages, 27 without a
    # forbidden span; at a7563df): 0.615 / 0.228 / 10 of 27 (half 1 0.667 / 0.238 / 3 of 11);
    # fresh_synthetic30 (60 invented messages, 12 clean; at 9f6f6e3): 0.921 / 0.929 / 8 of 12 (half 1
    # 0.930 / 0.896 / 5 of 8).
    ("real_passages44.jsonl", None, 0.61, 0.22, 10),
    ("real_passages44.jsonl", 1, 0.66, 0.23, 3),
    ("fresh_synthetic30.jsonl", None, 0.92, 0.92, 8),
    # precision floor 0.89 -> 0.88: a form field's value is one finding ("Traitement : Spiriva, Trimbow,
    # cures de Medrol" was three right findings; forty-seventh round)
    ("fresh_synthetic30.jsonl", 1, 0.92, 0.88, 5),
    # Thirty-seventh round, two more blind sets, each scored once when it landed with the round-start
    # guard (21fac85). real_passages45 (34 parliamentary questions, court texts, detainees'
    # testimonies and information passages, 8 without a forbidden span; at fd443ce): 0.475 / 0.484 /
    # 5 of 8 (half 1 0.415 / 0.500 / 4 of 5); fresh_synthetic31 (60 invented messages, 12 clean; at
    # 55b8c05): 0.887 / 0.983 / 2 of 12 (half 1 0.867 / 0.988 / 0 of 7).
    ("real_passages45.jsonl", None, 0.47, 0.48, 5),
    ("real_passages45.jsonl", 1, 0.41, 0.50, 4),
    ("fresh_synthetic31.jsonl", None, 0.88, 0.98, 2),
    ("fresh_synthetic31.jsonl", 1, 0.86, 0.98, 0),
    # Thirty-eighth round, two more blind sets, each scored once when it landed with the round-start
    # guard (c32e202). real_passages46 (28 court texts, person stories, detainees' testimonies and
    # information passages, 8 without a forbidden span; at a23e8a1): 0.690 / 0.414 / 4 of 8 (half 1
    # 0.659 / 0.492 / 2 of 5); fresh_synthetic32 (60 invented messages, 12 clean; at f29b03e):
    # 0.863 / 0.967 / 4 of 12 (half 1 0.859 / 0.968 / 3 of 9).
    ("real_passages46.jsonl", None, 0.69, 0.41, 4),
    # precision floor 0.49 -> 0.48: "tout le monde était en état de choc", a group's shock, unlabelled
    # (forty-seventh round: "en état de choc" is health)
    ("real_passages46.jsonl", 1, 0.65, 0.48, 2),
    ("fresh_synthetic32.jsonl", None, 0.86, 0.96, 4),
    ("fresh_synthetic32.jsonl", 1, 0.85, 0.96, 3),
    # Thirty-ninth round, two more blind sets, each scored once when it landed with the round-start
    # guard (b190258). real_passages47 (25 case notes, a Cassation judgment, a forum thread,
    # detainees' testimonies, press person stories and information passages, 9 without a forbidden
    # span; at b579e6f): 0.427 / 0.404 / 3 of 9 (half 1 0.345 / 0.306 / 2 of 5); fresh_synthetic33
    # (60 invented messages, 12 clean; at ec5ecb1): 0.884 / 0.943 / 5 of 12 (half 1 0.869 / 0.942 /
    # 2 of 5).
    ("real_passages47.jsonl", None, 0.42, 0.40, 3),
    ("real_passages47.jsonl", 1, 0.34, 0.30, 2),
    # precision floor 0.94 -> 0.93: the health clauses joined (forty-sixth round)
    ("fresh_synthetic33.jsonl", None, 0.88, 0.93, 5),
    # precision floor 0.94 -> 0.93: the health clauses joined (forty-sixth round)
    ("fresh_synthetic33.jsonl", 1, 0.86, 0.93, 2),
    # Fortieth round, two more blind sets, each scored once when it landed with the round-start guard
    # (18e0fc7). real_passages48 (33 passages: CCE judgments on refused student visas, labour-court
    # summaries, case notes, press and testimonies, parliamentary questions, information pages, 8
    # without a forbidden span; at 9252537): 0.638 / 0.559 / 5 of 8 (half 1 0.593 / 0.520 / 3 of 5);
    # fresh_synthetic34 (60 invented messages, 12 clean; at c2dcdbc): 0.892 / 0.956 / 0 of 12 (half 1
    # 0.886 / 0.969 / 0 of 3).
    ("real_passages48.jsonl", None, 0.63, 0.55, 5),
    ("real_passages48.jsonl", 1, 0.59, 0.52, 3),
    ("fresh_synthetic34.jsonl", None, 0.89, 0.95, 0),
    ("fresh_synthetic34.jsonl", 1, 0.88, 0.96, 0),
    # Forty-first round, two more blind sets, each scored once when it landed with the round-start
    # guard (2933934). real_passages49 (33 passages: testimonies and person stories, press, two case
    # notes, a council interpellation, a Senate question, information pages on evictions, student
    # jobs, domestic violence and residence; 32 forbidden spans, 20 texts without one; at a497738):
    # 0.625 / 0.417 / 4 of 20 (half 1 0.286 / 0.095 / 3 of 11: 7 forbidden spans); fresh_synthetic35
    # (60 invented messages, 12 clean; at c5fdf5d): 0.893 / 0.975 / 1 of 12 (half 1 0.884 / 0.971 / 1
    # of 8).
    # precision floor 0.41 -> 0.40: the health clauses joined (forty-sixth round)
    ("real_passages49.jsonl", None, 0.62, 0.40, 4),
    ("real_passages49.jsonl", 1, 0.28, 0.09, 3),
    ("fresh_synthetic35.jsonl", None, 0.89, 0.97, 1),
    # precision floor 0.97 -> 0.96: form fields' values are one finding each (eleven right findings
    # became five) and "PAS DE PLACE D'ACCUEIL" is unlabelled there (forty-seventh round)
    ("fresh_synthetic35.jsonl", 1, 0.88, 0.96, 1),
    # Forty-second round, two more blind sets, each scored once when it landed with the round-start
    # guard (e3d0ce9). real_passages50 (33 passages: person stories and testimonies, press, a policy
    # note, information pages on evictions, debt mediation, the reference address, domestic violence
    # and residence; 28 forbidden spans, 24 texts without one; at 3980e68): 0.679 / 0.370 / 9 of 24
    # (half 1 0.722 / 0.583 / 4 of 9); fresh_synthetic36 (60 invented messages, 12 clean; at 3980e68):
    # 0.954 / 0.969 / 0 of 12 (half 1 0.969 / 0.964 / 0 of 5).
    ("real_passages50.jsonl", None, 0.67, 0.37, 9),
    ("real_passages50.jsonl", 1, 0.72, 0.58, 4),
    ("fresh_synthetic36.jsonl", None, 0.95, 0.96, 0),
    # (forty-fifth round: held-out precision 0.964 -> 0.958, for "Douleurs lombaires chroniques et
    # surdité ...; orientation vers la maison médicale", one chain before, now three findings, as
    # each clause holds one: "maison médicale" alone is unlabelled)
    ("fresh_synthetic36.jsonl", 1, 0.96, 0.95, 0),
    # Forty-third round, blind sets scored once when they landed with the round-start guard (a65f1a5).
    # real_passages51 (31 passages: social workers' case stories, testimonies, press stories about
    # named people, information pages on student living wages, debt mediation and psychological
    # support; 63 forbidden spans, 9 texts without one; at 37f24a4): 0.651 / 0.526 / 1 of 9 (half 1
    # 0.636 / 0.560 / 0 of 5); fresh_synthetic37 (60 invented messages, 12 clean; at 5904884): 0.960 /
    # 0.958 / 0 of 12 (half 1 0.956 / 0.952 / 0 of 9).
    ("real_passages51.jsonl", None, 0.65, 0.52, 1),
    ("real_passages51.jsonl", 1, 0.63, 0.56, 0),
    ("fresh_synthetic37.jsonl", None, 0.95, 0.95, 0),
    ("fresh_synthetic37.jsonl", 1, 0.95, 0.95, 0),
    # Forty-fourth round, blind sets scored once when they landed with the round-start guard (3ecadf9).
    # real_passages52 (27 passages: press stories about named people, NGO case stories and testimonies,
    # a legal case note, shelter notices, information pages; 97 forbidden spans, 75 health, 7 texts
    # without one; at 1195ed5): 0.763 / 0.677 / 2 of 7 (half 1 0.854 / 0.738 / 0 of 2);
    # fresh_synthetic38 (60 invented messages, 12 clean; at 7b21459): 0.917 / 0.973 / 1 of 12 (half 1
    # 0.905 / 0.992 / 0 of 3).
    ("real_passages52.jsonl", None, 0.76, 0.67, 2),
    ("real_passages52.jsonl", 1, 0.85, 0.73, 0),
    ("fresh_synthetic38.jsonl", None, 0.91, 0.97, 1),
    ("fresh_synthetic38.jsonl", 1, 0.90, 0.99, 0),
    # Forty-fifth round, blind sets scored once when they landed with the round-start guard (dc873fe).
    # real_passages53 (33 passages: press stories about named people, testimonies of detainees, case
    # notes, a council question, information-like press; 147 forbidden spans, 88 health, 41 status, 8
    # texts without one; at ce6573e): 0.673 / 0.733 / 2 of 8 (half 1 0.641 / 0.720 / 1 of 3);
    # fresh_synthetic39 (60 invented messages, 12 clean; at 0427a84): 0.946 / 0.950 / 1 of 12 (half 1
    # 0.925 / 0.952 / 0 of 5).
    # precision floor 0.73 -> 0.72: the health clauses joined (forty-sixth round)
    ("real_passages53.jsonl", None, 0.67, 0.72, 2),
    # precision floor 0.71 -> 0.70: the health clauses joined (forty-sixth round)
    ("real_passages53.jsonl", 1, 0.64, 0.70, 1),
    ("fresh_synthetic39.jsonl", None, 0.94, 0.95, 1),
    ("fresh_synthetic39.jsonl", 1, 0.92, 0.95, 0),
    # (2026-12-07, forty-sixth round) real_passages54 (32 passages: press stories and testimonies of
    # named people, Fedasil and municipal pages, street nurses' case stories; 9 texts without a
    # forbidden item; at b51985d): 0.545 / 0.398 / 4 of 9 (half 1 0.500 / 0.333 / 4 of 8);
    # fresh_synthetic40 (60 invented messages, 12 clean; at ccfaab9): 0.935 / 0.945 / 1 of 12 (half 1
    # 0.929 / 0.956 / 0 of 3). Both first scores by the round-start guard (d1fa054).
    ("real_passages54.jsonl", None, 0.54, 0.39, 4),
    ("real_passages54.jsonl", 1, 0.50, 0.33, 4),
    ("fresh_synthetic40.jsonl", None, 0.93, 0.94, 1),
    ("fresh_synthetic40.jsonl", 1, 0.92, 0.95, 0),
    # (2026-12-07, forty-seventh round) real_passages55 (34 passages: house fires, squats and caravans
    # with the family's street, shelters, a family threatened with expulsion; 8 texts without a
    # forbidden item; at 9089ce5): 0.534 / 0.708 / 1 of 8 (half 1 0.467 / 0.613 / 1 of 4);
    # fresh_synthetic41 (60 invented messages, 12 clean; at 8b13f65): 0.953 / 0.931 / 1 of 12 (half 1
    # 0.977 / 0.920 / 0 of 5). Both first scores by the round-start guard (062b8ca).
    ("real_passages55.jsonl", None, 0.53, 0.70, 1),
    ("real_passages55.jsonl", 1, 0.46, 0.61, 1),
    ("fresh_synthetic41.jsonl", None, 0.95, 0.93, 1),
    ("fresh_synthetic41.jsonl", 1, 0.97, 0.92, 0),
    # fresh_synthetic42 (60 invented messages, 12 clean; written mid-round, at 3f257c5): 0.924 / 0.947 /
    # 0 of 12 (half 1 0.966 / 0.932 / 0 of 5), by the round-start guard (062b8ca)
    ("fresh_synthetic42.jsonl", None, 0.92, 0.94, 0),
    ("fresh_synthetic42.jsonl", 1, 0.96, 0.93, 0),
    # real_passages56 (33 passages: shelters, squats and detention told of named people, 8 texts without
    # a forbidden item; gathered mid-round, at 692e137): 0.514 / 0.623 / 3 of 8 (half 1
    # 0.514 / 0.514 / 2 of 4), by the round-start guard (062b8ca)
    ("real_passages56.jsonl", None, 0.51, 0.62, 3),
    ("real_passages56.jsonl", 1, 0.51, 0.51, 2),
    # (2026-12-08, forty-eighth round) real_passages57 (33 passages: Roma camps named by their street,
    # evictions, house fires, families in detention, Ukrainian refugees with host families; 8 texts
    # without a forbidden item; at 8b24b8b): 0.568 / 0.677 / 3 of 8 (half 1 0.619 / 0.718 / 2 of 5);
    # fresh_synthetic43 (60 invented messages, 12 clean; at ef773e1): 0.940 / 0.950 / 1 of 12 (half 1
    # 0.935 / 0.951 / 1 of 9). Both first scores by the round-start guard (d513944).
    ("real_passages57.jsonl", None, 0.56, 0.67, 3),
    ("real_passages57.jsonl", 1, 0.61, 0.71, 2),
    ("fresh_synthetic43.jsonl", None, 0.94, 0.95, 1),
    ("fresh_synthetic43.jsonl", 1, 0.93, 0.95, 1),
    # real_passages58 (33 passages: flooded and burnt homes, squats, travellers' and Roma camps,
    # shelters; 7 texts without a forbidden item; gathered mid-round, at 9d245f8): 0.446 / 0.452 / 4
    # of 7 (half 1 0.463 / 0.514 / 2 of 4); fresh_synthetic44 (60 invented messages, 12 clean; written
    # mid-round, at 6f72632): 0.918 / 0.967 / 0 of 12 (half 1 0.928 / 0.980 / 0 of 5). Both by the
    # round-start guard (d513944).
    ("real_passages58.jsonl", None, 0.44, 0.45, 4),
    ("real_passages58.jsonl", 1, 0.46, 0.51, 2),
    ("fresh_synthetic44.jsonl", None, 0.91, 0.96, 0),
    ("fresh_synthetic44.jsonl", 1, 0.92, 0.98, 0),
]


@pytest.mark.parametrize(("name", "which", "recall_floor", "precision_floor", "blocked_max"), FLOORS)
def test_forbidden_floors(
    name: str, which: int | None, recall_floor: float, precision_floor: float, blocked_max: int
) -> None:
    records = [r for r in _records(name) if which is None or half(r["id"]) == which]
    recall, precision, blocked, clean = score_records(records)
    assert recall >= recall_floor, (recall, precision, blocked, clean)
    assert precision >= precision_floor, (recall, precision, blocked, clean)
    assert blocked <= blocked_max, (recall, precision, blocked, clean)
