#!/usr/bin/env python3
"""Findings per rule and severity over a corpus of real configuration files, as Markdown.

Usage (from the project root, after `mvn -B -q package -DskipTests`):
  src/accuracy/accuracy.py [--corpus ../shared/corpus] [--as-of 2024-06-01] [--cmd "java -jar target/appyaml.jar"]

Every file listed in the corpus's MANIFEST.tsv (column corpus_path) is validated in one run,
without any .appyaml.yaml, and the tables of docs/accuracy.md are printed on standard output.

The corpus keeps only the YAML files of each repository, so the rules that look for files next to
the YAML (static folders, Dockerfiles, included files) fire where the upstream repository has them.
A second line counts the files whose directory holds nothing but YAML and whose only warnings or
errors come from those rules; the headline share still counts them.
"""
import argparse, collections, json, os, shlex, subprocess, sys

# Rules that judge files on disk next to the YAML: AY229 include-not-found, AY425 static-path-missing,
# AY603 custom-runtime-build-file.
DISK_RULES = {'AY229', 'AY425', 'AY603'}

def only_yaml_beside(path):
    folder = os.path.dirname(path) or '.'
    return all(name.endswith(('.yaml', '.yml')) for name in os.listdir(folder))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', default=os.path.join('..', 'shared', 'corpus'))
    ap.add_argument('--as-of', default='2024-06-01')
    ap.add_argument('--cmd', default='java -jar target/appyaml.jar')
    args = ap.parse_args()
    with open(os.path.join(args.corpus, 'MANIFEST.tsv'), encoding='utf-8') as f:
        rows = [line.rstrip('\n').split('\t') for line in f]
    column = rows[0].index('corpus_path')
    paths = [os.path.join(args.corpus, r[column]) for r in rows[1:] if r and r[0]]
    argv = shlex.split(args.cmd) + ['validate', '--no-config', '--format', 'json', '--fail-on', 'never',
                                    '--as-of', args.as_of] + paths
    p = subprocess.run(argv, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f'appyaml exited {p.returncode}: {p.stderr.strip()[:400]}')
    report = json.loads(p.stdout)
    by_rule = collections.defaultdict(collections.Counter)
    names = {}
    any_finding, warn_or_error = set(), set()
    warning_rules = collections.defaultdict(set)
    for d in report['diagnostics']:
        by_rule[d['ruleId']][d['severity']] += 1
        names[d['ruleId']] = d.get('ruleName', '')
        any_finding.add(d['file'])
        if d['severity'] in ('error', 'warning'):
            warn_or_error.add(d['file'])
            warning_rules[d['file']].add(d['ruleId'])
    artefacts = {f for f in warn_or_error if warning_rules[f] <= DISK_RULES and only_yaml_beside(f)}
    total = len(paths)
    levels = ['error', 'warning', 'info']
    print(f'`{" ".join(["validate", "--no-config", "--format", "json", "--as-of", args.as_of])}` over the {total} files of MANIFEST.tsv')
    print()
    print('| | files | share |')
    print('|---|---:|---:|')
    print(f'| with any finding | {len(any_finding)} | {100 * len(any_finding) / total:.0f} % |')
    print(f'| with a warning or error | {len(warn_or_error)} | {100 * len(warn_or_error) / total:.0f} % |')
    rest = len(warn_or_error) - len(artefacts)
    print(f'| … of which only files-on-disk findings ({", ".join(sorted(DISK_RULES))}) in a folder holding'
          f' nothing but YAML | {len(artefacts)} | {100 * len(artefacts) / total:.0f} % |')
    print(f'| with a warning or error, without those | {rest} | {100 * rest / total:.0f} % |')
    print()
    print('| rule | ' + ' | '.join(levels) + ' | total |')
    print('|---|' + '---:|' * (len(levels) + 1))
    for rule in sorted(by_rule, key=lambda r: (-sum(by_rule[r].values()), r)):
        c = by_rule[rule]
        print(f'| {rule} {names[rule]} | ' + ' | '.join(str(c[l]) for l in levels) + f' | {sum(c.values())} |')
    print(f'| all | ' + ' | '.join(str(sum(c[l] for c in by_rule.values())) for l in levels)
          + f' | {sum(sum(c.values()) for c in by_rule.values())} |')

if __name__ == '__main__':
    main()
