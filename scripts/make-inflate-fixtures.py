#!/usr/bin/env python3
"""Raw DEFLATE streams made by zlib, for the inflater's tests (Tests/OfficeFormatsTests/Fixtures/inflate/).

Each input is compressed with every strategy zlib has (stored, fixed and dynamic Huffman, Huffman-only,
run-length) and several levels; `NAME.raw` is the input, `NAME.LEVEL-STRATEGY.deflate` a stream of it.
    python3 scripts/make-inflate-fixtures.py
"""
import os
import random
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "OfficeFormatsTests", "Fixtures", "inflate")
SEED_TEXT = os.path.join(ROOT, "..", "shared", "seeds", "001_7c52f3a31f0c58f8.txt")


def inputs():
    rng = random.Random(27)
    text = open(SEED_TEXT, encoding="utf-8").read().encode("utf-8")[:16000] if os.path.exists(SEED_TEXT) else b"Ke hoach " * 2000
    yield "empty", b""
    yield "one-byte", b"\x41"
    yield "random", bytes(rng.randrange(256) for _ in range(4096))
    yield "vietnamese-text", text
    yield "repeats", (b"<c r=\"A1\" s=\"1\" t=\"s\"><v>12</v></c>" * 300)[:9000]
    yield "zeros", bytes(40000)


STRATEGIES = {"default": zlib.Z_DEFAULT_STRATEGY, "fixed": zlib.Z_FIXED, "huffman": zlib.Z_HUFFMAN_ONLY, "rle": zlib.Z_RLE}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, data in inputs():
        with open(os.path.join(OUT, name + ".raw"), "wb") as file:
            file.write(data)
        for level in (0, 1, 9):
            for strategy_name, strategy in STRATEGIES.items():
                if level == 0 and strategy_name != "default":
                    continue
                compressor = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
                stream = compressor.compress(data) + compressor.flush()
                with open(os.path.join(OUT, f"{name}.{level}-{strategy_name}.deflate"), "wb") as file:
                    file.write(stream)


if __name__ == "__main__":
    main()
