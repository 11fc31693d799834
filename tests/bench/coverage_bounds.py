"""Where a drafted summary's key-point coverage sits between two anchors, on the scorer's own rule.

For each question of a labelled session, at a summary length of RATIO times the words of the turns
gold-tagged to it (the scorer's compression), whole sentences of those turns are taken:
- ceiling: greedily, the sentence covering most key points not yet covered per word, knowing the
  key points (what an extractive summary could reach at that length; greedy set cover, so close to,
  not above, the best);
- random: sentences in a random order until the length is spent (mean of 200 draws, seeded).
Prints JSON: {"<question index>": {"ceiling", "random", "coverable", "points"}}.
Usage: python3 coverage_bounds.py <session dir> [ratio]
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'fixtures', 'drafting'))
sys.path.insert(0, os.path.join(HERE, '..', 'fixtures', 'drafting', 'tools'))
from score_draft import content, count_words, sentences  # noqa: E402
from turns import split_turns  # noqa: E402


def covers(points, text):
    c = set(content(text))
    return {i for i, k in enumerate(points) if k and len(k & c) / len(k) >= 0.5}


def bounds(session_dir, ratio):
    gold = json.load(open(os.path.join(session_dir, 'gold.json'), encoding='utf-8'))
    turns = split_turns(os.path.join(session_dir, 'transcript.txt'))
    if len(turns) != len(gold['turns']):
        raise SystemExit(f'{session_dir}: {len(turns)} turns in the transcript, {len(gold["turns"])} in gold.json')
    rng = random.Random(20261202)
    out = {}
    for q in range(len(gold['questions'])):
        points = [set(content(k['text'])) for k in gold['keyPoints'][str(q)]]
        budget = ratio * sum(t['words'] for t in gold['turns'] if q in t['questions'])
        units = [(s, count_words(s), covers(points, s))
                 for g, t in zip(gold['turns'], turns) if q in g['questions']
                 for s in sentences(t['text'])]
        got, used = set(), 0
        while True:
            fits = [u for u in units if u[2] - got and used + u[1] <= budget]
            if not fits:
                break
            best = max(fits, key=lambda u: len(u[2] - got) / u[1])
            got |= best[2]
            used += best[1]
        draws = []
        for _ in range(200):
            order = units[:]
            rng.shuffle(order)
            seen, used_r = set(), 0
            for s, n, c in order:
                if used_r + n <= budget:
                    seen |= c
                    used_r += n
            draws.append(len(seen))
        out[str(q)] = {
            'points': len(points),
            'coverable': len(set().union(*[u[2] for u in units])) if units else 0,
            'ceiling': len(got) / len(points),
            'random': sum(draws) / len(draws) / len(points),
        }
    return out


if __name__ == '__main__':
    print(json.dumps(bounds(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 0.08)))
