"""Writes random-truth.json: random Python patterns and texts with the answers CPython gives.

Run once (CPython 3.11.7 made the stored file): python3 random-truth.py > random-truth.json
Each row is [pattern, text, re.fullmatch matched, re.match matched]. UserRegexRandomTruthTest
replays them; patterns Python refuses are left out.
"""
import json
import random
import re
import sys
import warnings

warnings.simplefilter('ignore')  # "possible nested set" for [[
random.seed(11)
ATOMS = ['(?:a|\\b)', '(?P<n>a)', '(?P=n)', '[\\x41-\\x5a]', '\\x41', '\\101', '[\\]a]', '[a\\-z]', '\\$', '[\\b]',
         '(?#c)', '[:alpha:]', '[[:alpha:]]', '(?i:a)', '(?-i:a)', '(?s:.)', '(?m:^)', '[\\u00e9-\\u00ff]',
         '\\N{LATIN SMALL LETTER SHARP S}', 'a|b', 'a', 'b', '.', '\\d', '\\w', '\\s', '\\W', '\\S', '\\D', '[ab]',
         '[^a]', '[\\w-]', '[^\\W\\d]', '[a-c]', 'é', '\\b', '\\B', '^', '$', '\\A', '\\Z', '\\n', '[[]', ']', '\\.',
         '\\u00e9', '[^\\s]', 'x{,2}', 'a{2}', '(?:ab|a)', '(a)', '\\1', ' ', '#', '-', '{', '}', '[\\d\\s]', '(?=a)',
         '(?!b)', '(?<=a)', '[^a\\S]']
FLAGS = ['', '(?i)', '(?m)', '(?s)', '(?a)', '(?x)', '(?ims)', '(?ai)']
QUANTIFIERS = ['', '', '', '*', '+', '?', '{1,2}', '*?', '{,3}']
CHARS = ['a', 'b', 'A', 'é', 'É', '1', '\u0663', '_', ' ', '\n', '-', '.', '[', ']', 'x', 'ß', '\u00a0', '\u2028', '\r',
         '{', '}']

rows = []
while len(rows) < 6000:
    pattern = random.choice(FLAGS) + ''.join(
        random.choice(ATOMS) + random.choice(QUANTIFIERS) for _ in range(random.randint(1, 4)))
    try:
        compiled = re.compile(pattern)
    except Exception:
        continue
    for _ in range(3):
        text = ''.join(random.choice(CHARS) for _ in range(random.randint(0, 5)))
        rows.append([pattern, text, bool(compiled.fullmatch(text)), bool(compiled.match(text))])
json.dump(rows, sys.stdout, ensure_ascii=True, separators=(',', ':'))
