#!/usr/bin/env python3
"""Writes the Kon Tum appendix in the legacy Vietnamese encodings childplan must
refuse (Windows-1258, TCVN3, VNI) into Tests/ChildPlanKitTests/Fixtures/legacy/.
Test data only: childplan itself never reads these encodings."""
import os, sys, unicodedata
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
sys.path.insert(0, here)
from legacy_tables import tcvn3, vni

TONES = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323'}

def windows1258(text):
    """Windows-1258 as Excel writes it: base letters precomposed where the code
    page has them, tones as combining bytes."""
    out = b''
    for ch in unicodedata.normalize('NFC', text):
        try:
            out += ch.encode('cp1258')
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize('NFD', ch)
        base = unicodedata.normalize('NFC', ''.join(c for c in d if c not in TONES))
        out += base.encode('cp1258') + ''.join(c for c in d if c in TONES).encode('cp1258')
    return out

text = open(os.path.join(root, 'Data/kon-tum-2025.csv'), encoding='utf-8').read()
target = os.path.join(root, 'Tests/ChildPlanKitTests/Fixtures/legacy')
os.makedirs(target, exist_ok=True)
for name, encode in [('windows1258', windows1258), ('tcvn3', tcvn3), ('vni', vni)]:
    with open(os.path.join(target, f'kon-tum-2025.{name}.csv'), 'wb') as f:
        f.write(encode(text.replace('\n', '\r\n')))
print('wrote', target)
