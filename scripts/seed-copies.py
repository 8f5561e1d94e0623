#!/usr/bin/env python3
"""Finds sentences of the seed regulations copied into the project (PACK.md v3, "Earlier copies").

Usage: scripts/seed-copies.py PATH-TO-SEEDS [FOLDER ...]   (default folders: rules docs src tests fixtures)

Reports every run of 15 or more Chinese characters in the project's files that also occurs in a
seed. The seeds are not part of the repository, so this runs by hand (it is not a test): pass the
folder that holds them.
"""
import os
import re
import sys

HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{15,}')
WINDOW = 15


def windows(text):
    out = set()
    for run in HAN.findall(re.sub(r'\s+', '', text)):
        for i in range(len(run) - WINDOW + 1):
            out.add(run[i:i + WINDOW])
    return out


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    seeds = set()
    for name in sorted(os.listdir(sys.argv[1])):
        with open(os.path.join(sys.argv[1], name), encoding='utf-8', errors='replace') as f:
            seeds |= windows(f.read())
    folders = sys.argv[2:] or ['rules', 'docs', 'src', 'tests', 'fixtures']
    found = 0
    for folder in folders:
        for root, _, files in os.walk(folder):
            for name in sorted(files):
                path = os.path.join(root, name)
                try:
                    with open(path, encoding='utf-8') as f:
                        lines = f.read().split('\n')
                except (UnicodeDecodeError, OSError):
                    continue
                for number, line in enumerate(lines, 1):
                    for run in HAN.findall(line):
                        hits = [run[i:i + WINDOW] for i in range(len(run) - WINDOW + 1)
                                if run[i:i + WINDOW] in seeds]
                        if hits:
                            found += 1
                            print(f'{path}:{number}: {run}')
    print(f'{found} copied run(s)', file=sys.stderr)
    sys.exit(1 if found else 0)


if __name__ == '__main__':
    main()
