#!/usr/bin/env python3
"""Draws the web app icons (Dice.Lms.Web/wwwroot/icons) from the favicon's shapes: three white dots on the accent blue.

    scripts/icons.py

Run once when the favicon changes; the PNGs are committed. Pure Python (no image library), 4x4 supersampled.
"""
import pathlib
import struct, zlib, sys
BLUE = (0x0b, 0x5c, 0xad)
def png(path, size, box, radius, dots, dot_r):
    rows = []
    ss = 4
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            cov_bg = cov_dot = 0
            for sy in range(ss):
                for sx in range(ss):
                    u = (x + (sx + .5) / ss) / size * box
                    v = (y + (sy + .5) / ss) / size * box
                    # rounded rectangle
                    cx = min(max(u, radius), box - radius); cy = min(max(v, radius), box - radius)
                    if (u - cx) ** 2 + (v - cy) ** 2 <= radius ** 2:
                        cov_bg += 1
                        if any((u - dx) ** 2 + (v - dy) ** 2 <= dot_r ** 2 for dx, dy in dots):
                            cov_dot += 1
            n = ss * ss
            a = cov_bg / n
            if cov_bg:
                t = cov_dot / cov_bg
                rgb = [round(b + (255 - b) * t) for b in BLUE]
            else:
                rgb = [0, 0, 0]
            row += bytes(rgb + [round(a * 255)])
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0))
                + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))
OUT = pathlib.Path(__file__).resolve().parent.parent / 'Dice.Lms.Web' / 'wwwroot' / 'icons'
OUT.mkdir(parents=True, exist_ok=True)
for s in (192, 512):
    png(OUT / f'icon-{s}.png', s, 32, 6, [(10, 10), (16, 16), (22, 22)], 3)
# Maskable: the blue fills the square; the dots sit well inside the central safe circle.
png(OUT / 'maskable-512.png', 512, 40, 0.001, [(14, 14), (20, 20), (26, 26)], 3)
