#!/usr/bin/python3
"""Builds the CJK font the PDF export embeds: Debian's Noto Sans CJK SC
(fonts-noto-cjk, SIL Open Font Licence 1.1), cut down to the characters the
atlas can print and converted from CFF to TrueType outlines, the form jsPDF
embeds (it subsets again, per document, to the glyphs a PDF uses).

The character set: printable ASCII and Latin-1, common punctuation, the 3 755
characters of GB 2312 level 1 (the everyday Chinese set) and every character
of the app's source, data and geometry, so each place and label the atlas
ships prints. A character outside it (a rare one typed into a title) is named
in a warning when the PDF is made and prints as an empty box.

Run: /usr/bin/python3 data/fonts/build.py   (needs python3-fonttools)
"""
import json
import pathlib

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / 'public' / 'fonts'
SOURCES = {
    'regular': '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    'bold': '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
}
SC = 2  # index of Noto Sans CJK SC in Debian's collections


def gb2312_level1():
    chars = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode('gb2312'))
            except UnicodeDecodeError:
                pass
    return chars


def project_chars():
    chars = set()
    globs = ['src/**/*.ts', 'src/**/*.svelte', 'data/**/*.json', 'data/**/*.csv', 'data/**/*.ts', 'public/geo/**/*.json']
    for g in globs:
        for p in ROOT.glob(g):
            chars.update(p.read_text(encoding='utf-8'))
    return chars


def wanted():
    chars = {chr(c) for c in range(0x20, 0x7F)} | {chr(c) for c in range(0xA0, 0x180)}
    chars |= set('\u2010\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2030\u2032\u2033\u2190\u2191\u2192\u2193\u2212\u2264\u2265\u25cf\u25cb\u25a0\u25a1\u2605\u3000\u3001\u3002\u300a\u300b\u3008\u3009\u300c\u300d\u300e\u300f\u3010\u3011\uff01\uff08\uff09\uff0c\uff0d\uff0e\uff1a\uff1b\uff1f\uff5e\u00b7\u2022')
    chars |= gb2312_level1()
    chars |= project_chars()
    return sorted(c for c in chars if c.isprintable() and ord(c) < 0x10000)


def to_truetype(font):
    """CFF outlines to quadratic glyf outlines, as fontTools' otf2ttf does."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable('glyf')
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font['glyf'] = glyf
    font['loca'] = newTable('loca')
    del font['CFF ']
    if 'VORG' in font:
        del font['VORG']
    font['maxp'] = newTable('maxp')
    maxp = font['maxp']
    maxp.tableVersion = 0x00010000
    for attr in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs', 'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements'):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font['head'].glyphDataFormat = 0
    post = font['post']
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = '\x00\x01\x00\x00'


COPYRIGHT = '/usr/share/doc/fonts-noto-cjk/copyright'


def write_licence(names):
    """The font's licence travels with it: the SIL OFL 1.1 text from Debian's copyright file."""
    lines = pathlib.Path(COPYRIGHT).read_text(encoding='utf-8').splitlines()
    # The licence's text follows its last "License: SIL-1.1" line (the first one only names it).
    start = max(i for i, l in enumerate(lines) if l.strip() == 'License: SIL-1.1')
    body = []
    for l in lines[start + 1:]:
        if l and not l.startswith(' '):
            break
        body.append('' if l.strip() == '.' else l[1:])
    head = ['Noto Sans CJK SC (Regular, Bold), cut down to the characters the Henan Plan Atlas prints',
            "and converted to TrueType outlines by data/fonts/build.py from Debian's fonts-noto-cjk package.",
            f'Font notice: {names.getDebugName(0)} {names.getDebugName(7)}', 'Upstream: https://github.com/googlefonts/noto-cjk', '']
    (OUT / 'OFL.txt').write_text('\n'.join(head + body).rstrip() + '\n', encoding='utf-8')


def main():
    chars = wanted()
    OUT.mkdir(parents=True, exist_ok=True)
    for weight, path in SOURCES.items():
        font = TTCollection(path).fonts[SC]
        opts = subset.Options()
        opts.layout_features = []  # horizontal text only: no vertical forms, no ligatures
        opts.name_IDs = ['*']
        opts.notdef_outline = True
        opts.hinting = False
        sub = subset.Subsetter(opts)
        sub.populate(unicodes=[ord(c) for c in chars])
        sub.subset(font)
        to_truetype(font)
        target = OUT / f'NotoSansSC-{weight}.ttf'
        font.recalcTimestamp = False  # the same input gives the same bytes
        font.save(target)
        print(f'{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KiB')
    write_licence(TTCollection(SOURCES['regular']).fonts[SC]['name'])
    cover = OUT / 'pdf-font-chars.json'
    # Ranges keep the file small; the app reads it to name characters the PDF cannot print.
    ranges, start, prev = [], None, None
    for cp in (ord(c) for c in chars):
        if start is None:
            start = prev = cp
        elif cp == prev + 1:
            prev = cp
        else:
            ranges.append([start, prev])
            start = prev = cp
    ranges.append([start, prev])
    cover.write_text(json.dumps(ranges, separators=(',', ':')) + '\n', encoding='utf-8')
    print(f'{len(chars)} characters, {len(ranges)} ranges')


if __name__ == '__main__':
    main()
