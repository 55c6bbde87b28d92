#!/usr/bin/env python3
"""Render the studykb demo corpus from its UTF-8 sources.

    python3 scripts/corpus/render.py [--src DIR] [--corpus DIR] [--gold FILE] [--check-only]

Each scripts/corpus/src/*.txt holds a front-matter block and a small body (see BRIEF.md,
"Source file format"). Every source becomes one file under corpus/ whose format is picked
by the extension of its `file:`; the gold table lists what each file is.

Python 3 standard library only. External tools: soffice (LibreOffice Writer + Calc),
pdftoppm and pdftotext (poppler-utils), convert (ImageMagick), fonts-noto-cjk.
"""

import argparse
import csv
import datetime
import hashlib
import html
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))

TYPES = """实施方案 动员讲话 学习计划 学习资料 党课讲稿 心得体会 调研报告 工作简报 通知 征求意见通知
意见建议汇总 座谈会记录 分析检查报告 对照检查材料 民主生活会材料 组织生活会材料 群众评议
整改方案 整改台账 整改报告 建章立制 满意度测评 总结报告""".split()

# campaign -> phase -> (first day, last day); dates outside only warn (a 总结 may come late)
CAMPAIGNS = {
    '深入学习实践科学发展观活动': {
        '学习调研': ('2008-09-20', '2008-11-15'),
        '分析检查': ('2008-11-16', '2008-12-25'),
        '整改落实': ('2008-12-26', '2009-02-28'),
    },
    '党的群众路线教育实践活动': {
        '学习教育、听取意见': ('2013-07-10', '2013-09-15'),
        '查摆问题、开展批评': ('2013-09-16', '2013-11-15'),
        '整改落实、建章立制': ('2013-11-16', '2014-01-31'),
    },
}
PROBLEM_IDS = {'深入学习实践科学发展观活动': {'P%02d' % i for i in range(1, 16)},
               '党的群众路线教育实践活动': {'Q%02d' % i for i in range(1, 7)}}

KEYS = ['file', 'title', 'type', 'campaign', 'phase', 'date', 'unit', 'docno',
        'problems', 'encoding', 'metatitle', 'scan']
REQUIRED = ['file', 'title', 'type', 'campaign', 'phase', 'date']
GOLD_COLUMNS = ['path', 'title', 'type', 'campaign', 'phase', 'date', 'unit', 'docno']
ENCODINGS = {'utf-8': 'utf-8', 'utf8': 'utf-8', 'gb18030': 'gb18030', 'gbk': 'gbk',
             'gb2312': 'gb2312'}

WRITER_FORMATS = {  # extension -> soffice --convert-to argument (Writer filters)
    'docx': 'docx:MS Word 2007 XML',
    'doc': 'doc:MS Word 97',
    'odt': 'odt:writer8',
    'rtf': 'rtf:Rich Text Format',
    'pdf': 'pdf:writer_pdf_Export',
}
CALC_FORMATS = {  # extension -> soffice --convert-to argument (Calc filters), from CSV
    'xlsx': 'xlsx:Calc MS Excel 2007 XML',
}
EXTENSIONS = set(WRITER_FORMATS) | set(CALC_FORMATS) | {'html', 'txt'}
HTML_INFILTER = 'HTML (StarWriter)'   # import HTML as a text document, not a web page
CSV_INFILTER = 'CSV:44,34,76,1,,2052,true,false'  # comma, quote, UTF-8, row 1, zh-CN,
                                                   # quoted = text, no special numbers
SCAN_DPI = 150
SITE = '江州市滨河区建设工务局'


class SourceError(Exception):
    pass


def log(msg):
    print(msg, flush=True)


# ---------------------------------------------------------------------------- parsing

DATE_RE = re.compile(r'^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$')
BAD_PATH_CHARS = set('\\:*?"<>|')


def parse_source(path):
    """Return (doc, errors, warnings); doc is None when the front matter is unusable."""
    name = os.path.basename(path)
    errors, warnings = [], []

    def err(line, msg):
        errors.append('%s:%d: %s' % (name, line, msg))

    def warn(line, msg):
        warnings.append('%s:%d: %s' % (name, line, msg))

    try:
        with open(path, 'rb') as f:
            raw = f.read()
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        err(1, 'not UTF-8 (%s)' % e)
        return None, errors, warnings
    if text.startswith('\ufeff'):
        text = text[1:]
    lines = text.replace('\r\n', '\n').replace('\r', '\n').split('\n')

    if not lines or lines[0].strip() != '---':
        err(1, "front matter must start with a '---' line")
        return None, errors, warnings
    end = None
    for i in range(1, len(lines)):
        if lines[i].strip() == '---':
            end = i
            break
    if end is None:
        err(1, "front matter is not closed by a '---' line")
        return None, errors, warnings

    meta, meta_line = {}, {}
    for i in range(1, end):
        ln = i + 1
        line = lines[i]
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        m = re.match(r'^([A-Za-z_][A-Za-z0-9_-]*)\s*[:：]\s?(.*)$', line)
        if not m:
            err(ln, 'front matter line is not "key: value": %r' % line)
            continue
        key, value = m.group(1), m.group(2)
        value = re.sub(r'\s+#\s.*$', '', value).strip()   # a trailing "  # comment"
        if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
            value = value[1:-1].strip()
        if key not in KEYS:
            close = [k for k in KEYS if k.lower() == key.lower()]
            err(ln, 'unknown key %r%s' % (key, ' (did you mean %r?)' % close[0] if close else ''))
            continue
        if key in meta:
            err(ln, 'duplicate key %r (first on line %d)' % (key, meta_line[key]))
            continue
        if '\t' in value:
            err(ln, '%s contains a tab' % key)
        meta[key], meta_line[key] = value, ln

    if 'unit' not in meta:
        warn(end + 1, 'no unit (the gold unit column stays empty)')
    for key in REQUIRED:
        if not meta.get(key):
            err(meta_line.get(key, end + 1), 'missing %s' % key if key not in meta else 'empty %s' % key)

    def line_of(key):
        return meta_line.get(key, 1)

    target = meta.get('file', '')
    ext = ''
    if target:
        if target.startswith('/') or target.startswith('./') or any(
                part in ('', '.', '..') for part in target.split('/')):
            err(line_of('file'), 'file must be a plain relative path under corpus/: %r' % target)
        if any(c in BAD_PATH_CHARS or ord(c) < 32 for c in target):
            err(line_of('file'), 'file contains a character not allowed in file names: %r' % target)
        if target != target.strip() or any(p != p.strip() for p in target.split('/')):
            err(line_of('file'), 'file has leading/trailing spaces in a path part: %r' % target)
        ext = target.rsplit('.', 1)[-1].lower() if '.' in os.path.basename(target) else ''
        if ext not in EXTENSIONS:
            err(line_of('file'), 'unsupported extension %r (use one of %s)'
                % (ext, ', '.join(sorted(EXTENSIONS))))
        elif target.rsplit('.', 1)[-1] != ext:
            warn(line_of('file'), 'extension is not lower case: %r' % target)

    if meta.get('type') and meta['type'] not in TYPES:
        import difflib
        close = difflib.get_close_matches(meta['type'], TYPES, n=1, cutoff=0.5)
        err(line_of('type'), 'unknown type %r%s' % (meta['type'], ' (did you mean %r?)' % close[0] if close else ''))

    campaign = meta.get('campaign')
    phases = None
    if campaign:
        if campaign not in CAMPAIGNS:
            err(line_of('campaign'), 'unknown campaign %r (one of %s)' % (campaign, ', '.join(CAMPAIGNS)))
        else:
            phases = CAMPAIGNS[campaign]
            if meta.get('phase') and meta['phase'] not in phases:
                err(line_of('phase'), 'phase %r is not a phase of %s (one of %s)'
                    % (meta['phase'], campaign, ', '.join(phases)))

    date = meta.get('date')
    if date:
        m = DATE_RE.match(date)
        ok = bool(m)
        if m:
            try:
                datetime.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
            except ValueError:
                ok = False
        if not ok:
            err(line_of('date'), 'date must be YYYY, YYYY-MM or YYYY-MM-DD and valid: %r' % date)
        elif phases and meta.get('phase') in phases:
            lo, hi = phases[meta['phase']]
            if not (lo[:len(date)] <= date <= hi[:len(date)]):
                warn(line_of('date'), 'date %s is outside the %s phase (%s .. %s)' % (date, meta['phase'], lo, hi))

    enc = meta.get('encoding')
    if enc is not None:
        if enc.lower() not in ENCODINGS:
            err(line_of('encoding'), 'unknown encoding %r (one of gb18030, gbk, gb2312, utf-8)' % enc)
        elif ext not in ('txt', 'html'):
            err(line_of('encoding'), 'encoding applies to .txt (and .html) files only, not .%s' % ext)
        else:
            meta['encoding'] = ENCODINGS[enc.lower()]

    scan = meta.get('scan')
    if scan is not None:
        if scan.lower() not in ('yes', 'no', 'true', 'false'):
            err(line_of('scan'), 'scan must be yes or no: %r' % scan)
        elif scan.lower() in ('yes', 'true') and ext != 'pdf':
            err(line_of('scan'), 'scan: yes needs a .pdf file, not .%s' % ext)
    is_scan = (scan or '').lower() in ('yes', 'true')

    if meta.get('metatitle') is not None and ext == 'txt':
        err(line_of('metatitle'), 'a .txt file has no metadata title')
    if meta.get('metatitle') is not None and is_scan:
        warn(line_of('metatitle'), 'metatitle is ignored for a scanned pdf')

    probs = meta.get('problems')
    if probs:
        ids = re.split(r'[\s,，、;；]+', probs.strip())
        for pid in ids:
            if not re.match(r'^[PQ]\d{2}$', pid):
                err(line_of('problems'), 'bad problem id %r' % pid)
            elif campaign in PROBLEM_IDS and pid not in PROBLEM_IDS[campaign]:
                allp = set().union(*PROBLEM_IDS.values())
                if pid in allp:
                    warn(line_of('problems'), 'problem %s belongs to the other campaign' % pid)
                else:
                    err(line_of('problems'), 'unknown problem id %r' % pid)

    docno = meta.get('docno')
    if docno and not re.match(r'^\S+〔(19|20)\d\d〕\d+号$', docno):
        warn(line_of('docno'), 'docno %r does not look like 区建工党〔2008〕12号' % docno)

    # ---- body
    blocks = []           # ('title'|'h2'|'p'|'table', payload, line)
    table = None
    for i in range(end + 1, len(lines)):
        ln = i + 1
        line = lines[i].strip()
        if not line:
            table = None
            continue
        if line.startswith('|') or ('|' in line and not line.startswith('#')):
            cells = line
            if cells.startswith('|'):          # markdown style | a | b |: the outer pipes are fences
                cells = cells[1:]
                if cells.endswith('|'):
                    cells = cells[:-1]          # (else "a|" is a row whose last cell is empty)
            cells = [c.strip() for c in cells.split('|')]
            if all(re.match(r'^:?-{2,}:?$', c) for c in cells if c) and any(cells):
                continue   # a markdown |---|---| separator row
            if table is None:
                table = {'rows': [], 'line': ln}
                blocks.append(('table', table, ln))
            if table['rows'] and len(cells) != len(table['rows'][0]):
                warn(ln, 'table row has %d cells, the header has %d' % (len(cells), len(table['rows'][0])))
            table['rows'].append(cells)
            continue
        table = None
        if line.startswith('# '):
            blocks.append(('title', line[2:].strip(), ln))
        elif line.startswith('## '):
            blocks.append(('h2', line[3:].strip(), ln))
        elif re.match(r'^#{3,6} ', line):
            warn(ln, 'only "# " and "## " headings are known; rendered as "## "')
            blocks.append(('h2', line.split(' ', 1)[1].strip(), ln))
        elif line.startswith('#'):
            warn(ln, 'line starts with "#" but is not a heading; kept as a paragraph')
            blocks.append(('p', line, ln))
        else:
            blocks.append(('p', line, ln))
    for kind, payload, ln in blocks:
        if kind != 'table' and ('**' in payload or '__' in payload):
            warn(ln, 'markdown emphasis is not rendered; "**" stays literal')
    if not blocks:
        err(end + 2, 'empty body')
    titles = [b for b in blocks if b[0] == 'title']
    if ext in CALC_FORMATS:
        if not any(b[0] == 'table' for b in blocks):
            err(end + 2, 'a .%s file needs a table' % ext)
    elif blocks and not titles:
        warn(end + 2, 'no "# " title line in the body')
    if len(titles) > 1:
        warn(titles[1][2], 'more than one "# " title line')

    doc = {'source': name, 'meta': meta, 'ext': ext, 'scan': is_scan, 'blocks': blocks,
           'target': target, 'line': meta_line}
    return doc, errors, warnings


def load_sources(src_dir):
    files = sorted(f for f in os.listdir(src_dir) if f.endswith('.txt'))
    docs, errors, warnings = [], [], []
    for f in files:
        doc, e, w = parse_source(os.path.join(src_dir, f))
        errors += e
        warnings += w
        if doc is not None:
            docs.append(doc)
    # duplicate targets (also ones that differ only in case, which clash on some file systems)
    seen = {}
    for d in docs:
        t = d['target']
        if not t:
            continue
        key = t.lower()
        if key in seen:
            o = seen[key]
            errors.append('%s:%d: file %r is also the target of %s:%d%s' % (
                d['source'], d['line']['file'], t, o['source'], o['line']['file'],
                '' if o['target'] == t else ' (%r, differs only in case)' % o['target']))
        else:
            seen[key] = d
    targets = {d['target'] for d in docs if d['target']}
    for d in docs:   # a file that is also used as a folder
        parts = d['target'].split('/')
        for k in range(1, len(parts)):
            if '/'.join(parts[:k]) in targets:
                errors.append('%s:%d: %r needs %r to be a folder, but it is a file'
                              % (d['source'], d['line']['file'], d['target'], '/'.join(parts[:k])))
    return files, docs, errors, warnings


# ---------------------------------------------------------------------------- HTML / text

CN_DATE_RE = re.compile(
    r'^(?:[〇零一二三四五六七八九○O０-９0-9]{4}\s*年\s*[〇零一二三四五六七八九十○０-９0-9]{1,3}\s*月'
    r'(?:\s*[〇零一二三四五六七八九十○０-９0-9]{1,3}\s*日)?|\d{4}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?)$')


DOCNO_RE = re.compile(r'^\S{1,12}〔(?:19|20)\d\d〕\d+号$')


def paragraph_roles(blocks):
    """Layout role of each paragraph, as a typed 公文 lays it out: 'sig' for the closing 落款
    (unit and date lines at the very end, right-aligned), 'docno' for a 文号 line right under
    the title (centred), 'salute' for the 主送 line before the text (not indented), else ''."""
    roles = {}
    if not blocks:
        return roles
    last = len(blocks) - 1
    kind, text, _ = blocks[last]
    if kind == 'p' and CN_DATE_RE.match(text.strip()):
        roles[last] = 'sig'
        j = last - 1
        while j >= 0 and last - j <= 2:
            kind, text, _ = blocks[j]
            if kind == 'p' and len(text) <= 30 and not re.search(r'[。；;：:，,！？]$', text) \
                    and '。' not in text:
                roles[j] = 'sig'
                j -= 1
            else:
                break
    first_p = True
    for i, (kind, text, _) in enumerate(blocks):
        if kind == 'title':
            continue
        if kind != 'p' or i in roles:
            break
        if DOCNO_RE.match(text):
            roles[i] = 'docno'
            continue
        if first_p and len(text) <= 60 and re.search(r'[：:]$', text):
            roles[i] = 'salute'
        break
    return roles


CSS_LO = """
body { font-family: "Noto Serif CJK SC"; font-size: 16pt; }
h1 { text-align: center; font-weight: bold; font-size: 22pt; font-family: "Noto Sans CJK SC"; margin-bottom: 12pt; }
h2 { font-weight: bold; font-size: 16pt; font-family: "Noto Sans CJK SC"; margin-top: 6pt; margin-bottom: 3pt; }
p { margin-top: 0; margin-bottom: 0; line-height: 150%; }
td, th { font-size: 12pt; }
""".strip('\n')

CSS_WEB = """
body { margin: 0; font-family: "Microsoft YaHei", "SimSun", "Noto Sans CJK SC", sans-serif; font-size: 16px; color: #333; background: #f3f3f3; }
.top { background: #b40000; color: #fff; padding: 18px 0; }
.top .name { width: 960px; margin: 0 auto; font-size: 28px; font-weight: bold; letter-spacing: 2px; }
.nav { width: 960px; margin: 10px auto; font-size: 14px; color: #666; }
.nav a { color: #666; text-decoration: none; }
.article { width: 880px; margin: 0 auto 20px; padding: 30px 40px; background: #fff; border: 1px solid #ddd; }
.article h1 { text-align: center; font-weight: bold; font-size: 24px; color: #b40000; line-height: 1.5; }
.article h2 { font-weight: bold; font-size: 18px; }
.article p { text-indent: 2em; line-height: 2; margin: 0; }
.article p.sig { text-align: right; text-indent: 0; }
.article p.docno { text-align: center; text-indent: 0; }
.article p.salute { text-indent: 0; }
.article table { border-collapse: collapse; width: 100%; margin: 10px 0; }
.article td, .article th { border: 1px solid #999; padding: 4px 6px; font-size: 14px; }
.foot { width: 960px; margin: 0 auto; padding: 15px 0 30px; border-top: 2px solid #b40000; text-align: center; font-size: 13px; color: #666; line-height: 1.8; }
.foot a { color: #666; }
""".strip('\n')


LO_STYLE = {  # inline, so Writer does not invent paragraph styles named after CSS classes
    '': 'text-indent: 32pt',
    'sig': 'text-align: right; text-indent: 0',
    'docno': 'text-align: center; text-indent: 0',
    'salute': 'text-indent: 0',
}


def article_html(doc, for_lo):
    out = []
    esc = lambda s: html.escape(s, quote=False)
    roles = paragraph_roles(doc['blocks'])
    for i, (kind, payload, _) in enumerate(doc['blocks']):
        if kind == 'title':
            out.append('<h1>%s</h1>' % esc(payload))
        elif kind == 'h2':
            out.append('<h2>%s</h2>' % esc(payload))
        elif kind == 'p':
            role = roles.get(i, '')
            if for_lo:
                out.append('<p style="%s">%s</p>' % (LO_STYLE[role], esc(payload)))
            else:
                out.append('<p class="%s">%s</p>' % (role, esc(payload)) if role else '<p>%s</p>' % esc(payload))
        else:
            rows = payload['rows']
            if for_lo:
                out.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
            else:
                out.append('<table>')
            for r, row in enumerate(rows):
                tag = 'th' if r == 0 else 'td'
                out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, esc(c), tag) for c in row) + '</tr>')
            out.append('</table>')
    return '\n'.join(out)


def lo_html(doc):
    """The intermediate page soffice imports into Writer."""
    mt = doc['meta'].get('metatitle')
    title = '<title>%s</title>\n' % html.escape(mt, quote=False) if mt else ''
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n%s'
            '<style>\n%s\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n'
            % (title, CSS_LO, article_html(doc, True)))


def web_html(doc, declare_charset):
    """A standalone page as a government web site would serve it."""
    mt = doc['meta'].get('metatitle')
    head = ['<meta charset="utf-8">'] if declare_charset else []
    if mt:
        head.append('<title>%s</title>' % html.escape(mt, quote=False))
    head.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    head.append('<style>\n%s\n</style>' % CSS_WEB)
    return '\n'.join([
        '<!DOCTYPE html>',
        '<html lang="zh-CN">',
        '<head>',
        '\n'.join(head),
        '</head>',
        '<body>',
        '<div class="top"><div class="name">%s</div></div>' % SITE,
        '<div class="nav">当前位置：<a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a> &gt; 正文</div>',
        '<div class="article">',
        article_html(doc, False),
        '</div>',
        '<div class="foot">',
        '<p><a href="javascript:window.print()">打印本页</a> | <a href="javascript:window.close()">关闭窗口</a></p>',
        '<p>版权所有：%s　地址：江州市滨河区滨江大道88号　邮编：330100</p>' % SITE,
        '</div>',
        '</body>',
        '</html>',
        '',
    ])


def plain_text(doc):
    lines = []
    roles = paragraph_roles(doc['blocks'])
    for i, (kind, payload, _) in enumerate(doc['blocks']):
        if kind == 'title':
            lines.append(payload)
            lines.append('')
        elif kind == 'h2':
            lines.append(payload)
        elif kind == 'p':
            lines.append('\u3000\u3000' + payload if not roles.get(i) else payload)
        else:
            for row in payload['rows']:
                lines.append('\t'.join(row))
    while lines and lines[-1] == '':
        lines.pop()
    return lines


def table_rows(doc):
    """Rows for a spreadsheet: the title (if any) alone in the first row, then the tables."""
    rows = []
    for kind, payload, _ in doc['blocks']:
        if kind == 'table':
            rows.extend(payload['rows'])
        else:
            rows.append([payload])
    return rows


# ---------------------------------------------------------------------------- tools

def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError('command failed (%d): %s\n%s%s' % (
            r.returncode, ' '.join(cmd), r.stdout.decode('utf-8', 'replace'), r.stderr.decode('utf-8', 'replace')))
    return r


def soffice_batch(profile, convert_to, infilter, inputs, outdir):
    """One soffice call for many inputs; returns nothing, checks every output exists."""
    if not inputs:
        return
    os.makedirs(outdir, exist_ok=True)
    cmd = ['soffice', '-env:UserInstallation=' + profile, '--headless', '--norestore', '--nologo',
           '--nodefault', '--nolockcheck', '--infilter=' + infilter, '--convert-to', convert_to,
           '--outdir', outdir] + inputs
    run(cmd)
    ext = convert_to.split(':')[0]
    missing = [p for p in inputs
               if not os.path.exists(os.path.join(outdir, os.path.splitext(os.path.basename(p))[0] + '.' + ext))]
    if missing:
        raise RuntimeError('soffice did not write %d of %d .%s files, e.g. %s'
                           % (len(missing), len(inputs), ext, missing[0]))


def jpeg_info(data):
    """(width, height, components) of a baseline/progressive JPEG."""
    i = 2
    while i < len(data):
        if data[i] != 0xFF:
            raise ValueError('bad JPEG marker')
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        seglen = int.from_bytes(data[i + 2:i + 4], 'big')
        if marker in (0xC0, 0xC1, 0xC2):
            h = int.from_bytes(data[i + 5:i + 7], 'big')
            w = int.from_bytes(data[i + 7:i + 9], 'big')
            return w, h, data[i + 9]
        i += 2 + seglen
    raise ValueError('no SOF in JPEG')


def jpeg_to_pdf(jpeg_path, pdf_path, dpi):
    """An image-only PDF page (no text layer), like a scanner writes."""
    data = open(jpeg_path, 'rb').read()
    w, h, comps = jpeg_info(data)
    cs = {1: '/DeviceGray', 3: '/DeviceRGB', 4: '/DeviceCMYK'}[comps]
    pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
    content = ('q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q\n' % (pw, ph)).encode('ascii')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 4 0 R >> >> '
         '/Contents 5 0 R >>' % (pw, ph)).encode('ascii'),
        ('<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 '
         '/Filter /DCTDecode /Length %d >>\nstream\n' % (w, h, cs, len(data))).encode('ascii') + data
        + b'\nendstream',
        ('<< /Length %d >>\nstream\n' % len(content)).encode('ascii') + content + b'endstream',
        b'<< /Producer (Scan) >>',
    ]
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b'%d 0 obj\n' % n + body + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for off in offsets:
        out.write(b'%010d 00000 n \n' % off)
    digest = hashlib.md5(data).hexdigest().encode('ascii')
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
              % (len(objs) + 1, len(objs), digest, digest, xref))
    with open(pdf_path, 'wb') as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------- determinism

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def stabilize_zip(path, title=None):
    """Rewrite an OOXML/ODF zip with fixed entry times and no save-time metadata dates."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for info, data in entries:
            name = info.filename
            if name in ('docProps/core.xml', 'meta.xml'):
                s = data.decode('utf-8')
                s = re.sub(r'<dcterms:(created|modified)\b[^>]*>[^<]*</dcterms:\1>', '', s)
                s = re.sub(r'<(meta:creation-date|dc:date|meta:print-date)>[^<]*</\1>', '', s)
                s = re.sub(r'<meta:editing-duration>[^<]*</meta:editing-duration>', '', s)
                if title and name == 'docProps/core.xml':
                    t = html.escape(title, quote=False)
                    if '<dc:title>' in s or '<dc:title/>' in s:
                        s = re.sub(r'<dc:title>[^<]*</dc:title>|<dc:title/>', '<dc:title>%s</dc:title>' % t, s)
                    else:
                        s = s.replace('</cp:coreProperties>', '<dc:title>%s</dc:title></cp:coreProperties>' % t)
                data = s.encode('utf-8')
            elif name == 'settings.xml':      # ODF: the random revision-save ids
                data = re.sub(rb'(config:name="(?:Rsid|RsidRoot)" config:type="int">)\d+(<)',
                              rb'\g<1>1048576\2', data)
            elif name == 'xl/workbook.xml':   # the sheet is named after the temp CSV; call it what Excel does
                data = re.sub(rb'(<sheet name=")[^"]*(")', rb'\1Sheet1\2', data, count=1)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == 'mimetype' else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, 'wb') as f:
        f.write(buf.getvalue())


def stabilize_pdf(path, seed):
    """Blank the save-time dates and fix the /ID; every replacement keeps the byte length,
    so the cross-reference offsets stay valid."""
    data = open(path, 'rb').read()
    data = re.sub(rb'/(CreationDate|ModDate)\s*\([^)]*\)', lambda m: b' ' * len(m.group(0)), data)
    digest = hashlib.md5(seed.encode('utf-8')).hexdigest().upper().encode('ascii')

    def fix_id(m):
        return (m.group(1) + (digest * 4)[:len(m.group(2))] + m.group(3)
                + (digest * 4)[:len(m.group(4))] + m.group(5))
    data = re.sub(rb'(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>\s*\])', fix_id, data)
    data = re.sub(rb'(/DocChecksum\s*/)([0-9A-Fa-f]+)',
                  lambda m: m.group(1) + (digest * 4)[:len(m.group(2))], data)
    with open(path, 'wb') as f:
        f.write(data)


FONT_REF_RE = re.compile(rb'\\(f|af|deff|adeff|stshfdbch|stshfloch|stshfhich|stshfbi)(\d+)(?![0-9])')


def stabilize_rtf(path):
    """Drop the save-time dates, and number the font table in a fixed order: Writer lists
    the same fonts in a different order from run to run."""
    data = open(path, 'rb').read()
    data = re.sub(rb'\{\\(creatim|revtim|printim)(\\[a-z]+-?\d*)*\s*\}', b'', data)
    with open(path, 'wb') as f:
        f.write(canonical_font_table(data))


def canonical_font_table(data):
    start = data.find(b'{\\fonttbl')
    if start < 0:
        return data
    depth, i, groups, gstart = 0, start, [], None
    while i < len(data):
        c = data[i:i + 1]
        if c == b'\\':
            i += 2
            continue
        if c == b'{':
            depth += 1
            if depth == 2:
                gstart = i
        elif c == b'}':
            if depth == 2:
                groups.append(data[gstart:i + 1])
            depth -= 1
            if depth == 0:
                break
        i += 1
    end = i + 1
    entries = []
    for g in groups:
        m = re.match(rb'\{\\f(\d+)', g)
        if not m:
            return data   # not the expected shape: leave it as it is
        entries.append((int(m.group(1)), g[m.end():]))
    bodies = [b for _, b in entries]
    if len(set(bodies)) != len(bodies):
        return data
    numbers = sorted(n for n, _ in entries)
    mapping = {old: new for (old, _), new in zip(sorted(entries, key=lambda e: e[1]), numbers)}
    table = b'{\\fonttbl' + b''.join(b'{\\f%d%s' % (mapping[n], b) for n, b in
                                     sorted(entries, key=lambda e: mapping[e[0]])) + b'}'

    def remap(m):
        n = int(m.group(2))
        return b'\\' + m.group(1) + (b'%d' % mapping.get(n, n))
    return FONT_REF_RE.sub(remap, data[:start]) + table + FONT_REF_RE.sub(remap, data[end:])


SUMMARY_FMTID = bytes.fromhex('E0859FF2F94F6810AB9108002B27B3D9')   # \x05SummaryInformation


def stabilize_doc(path, date):
    """Give a .doc the created / last-saved times of its own date (09:00 Beijing time), as if
    saved that day: Writer leaves them zero, which readers show as 1601-01-01. The property
    set is small and written in one piece, so it is patched in place; any surprise leaves the
    file as it is."""
    parts = [int(x) for x in date.split('-')] + [1, 1]
    when = datetime.datetime(parts[0], parts[1], parts[2], 1, 0, 0, tzinfo=datetime.timezone.utc)
    stamp = ((int(when.timestamp()) + 11644473600) * 10 ** 7).to_bytes(8, 'little')
    data = bytearray(open(path, 'rb').read())
    u32 = lambda o: int.from_bytes(data[o:o + 4], 'little')
    i = data.find(SUMMARY_FMTID)
    if i < 28 or data[i - 28:i - 24] != b'\xfe\xff\x00\x00':
        return False
    sec = i - 28 + u32(i + 16)
    size, count = u32(sec), u32(sec + 4)
    if not (0 < count < 64 and 8 + 8 * count <= size < 4096):
        return False
    done = 0
    for k in range(count):
        pid, off = u32(sec + 8 + 8 * k), u32(sec + 12 + 8 * k)
        if pid in (12, 13) and off + 12 <= size and u32(sec + off) == 0x40:   # CREATE_DTM, LASTSAVE_DTM
            data[sec + off + 4:sec + off + 12] = stamp
            done += 1
    with open(path, 'wb') as f:
        f.write(bytes(data))
    return done == 2


# ---------------------------------------------------------------------------- main

def encode_text(s, enc, doc, what):
    try:
        return s.encode(enc)
    except UnicodeEncodeError as e:
        raise SourceError('%s: %s cannot be written in %s: %r' % (doc['source'], what, enc, s[e.start:e.end]))


def render(docs, out_dir, work):
    profile = 'file://' + os.path.join(work, 'lo-profile')
    html_dir = os.path.join(work, 'html')
    csv_dir = os.path.join(work, 'csv')
    os.makedirs(html_dir)
    os.makedirs(csv_dir)

    html_docs = [d for d in docs if d['ext'] == 'html']
    gb_html = [d for d in html_docs if d['meta'].get('encoding', 'utf-8') != 'utf-8']
    if html_docs and not gb_html:
        first = min(html_docs, key=lambda d: d['source'])
        first['meta']['encoding'] = 'gb18030'
        first['auto_encoding'] = True

    batches = {}   # convert_to -> [(input, doc)]
    for n, d in enumerate(docs, 1):
        d['stem'] = 'f%04d' % n
        dest = os.path.join(out_dir, *d['target'].split('/'))
        d['dest'] = dest
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        ext = d['ext']
        if ext == 'html':
            enc = d['meta'].get('encoding', 'utf-8')
            page = web_html(d, declare_charset=(enc == 'utf-8'))
            with open(dest, 'wb') as f:
                f.write(encode_text(page, enc, d, 'the page'))
        elif ext == 'txt':
            enc = d['meta'].get('encoding', 'utf-8')
            nl = '\n' if enc == 'utf-8' else '\r\n'
            with open(dest, 'wb') as f:
                f.write(encode_text(nl.join(plain_text(d)) + nl, enc, d, 'the text'))
        elif ext in WRITER_FORMATS:
            src = os.path.join(html_dir, d['stem'] + '.html')
            with open(src, 'w', encoding='utf-8') as f:
                f.write(lo_html(d))
            key = WRITER_FORMATS['pdf'] if d['scan'] else WRITER_FORMATS[ext]
            batches.setdefault(('writer', key), []).append((src, d))
        elif ext in CALC_FORMATS:
            src = os.path.join(csv_dir, d['stem'] + '.csv')
            with open(src, 'w', encoding='utf-8', newline='') as f:
                # every cell that is not a plain number is quoted, and the filter imports quoted
                # cells as text: a cell starting with = + - stays text, not a formula
                w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC, lineterminator='\r\n')
                for row in table_rows(d):
                    w.writerow([int(c) if re.match(r'^[1-9]\d{0,8}$', c) else c for c in row])
            batches.setdefault(('calc', CALC_FORMATS[ext]), []).append((src, d))

    # ---- soffice, one call per target format
    for (kind, convert_to), items in sorted(batches.items()):
        t0 = time.time()
        outdir = os.path.join(work, 'out-' + convert_to.split(':')[0])
        soffice_batch(profile, convert_to, HTML_INFILTER if kind == 'writer' else CSV_INFILTER,
                      [s for s, _ in items], outdir)
        ext = convert_to.split(':')[0]
        for src, d in items:
            produced = os.path.join(outdir, d['stem'] + '.' + ext)
            if d['scan']:
                d['pdf_text_version'] = produced
                continue
            shutil.move(produced, d['dest'])
        log('  soffice %-32s %3d file(s) in %.1fs' % (convert_to, len(items), time.time() - t0))

    # ---- scans: first page -> 150 dpi PNG -> grey JPEG -> image-only PDF
    scans = [d for d in docs if d['scan']]
    if scans:
        t0 = time.time()
        for d in scans:
            base = os.path.join(work, 'scan-' + d['stem'])
            run(['pdftoppm', '-r', str(SCAN_DPI), '-png', '-f', '1', '-l', '1', '-singlefile',
                 d['pdf_text_version'], base])
            # a scanner's look: grey, a slight skew, JPEG; no text layer
            run(['convert', base + '.png', '-colorspace', 'Gray', '-virtual-pixel', 'white',
                 '-distort', 'SRT', '0.4', '-strip', '-quality', '80', '-sampling-factor', '1x1',
                 base + '.jpg'])
            jpeg_to_pdf(base + '.jpg', d['dest'], SCAN_DPI)
        log('  scan   %-32s %3d file(s) in %.1fs' % ('pdftoppm + convert', len(scans), time.time() - t0))

    # ---- determinism, metadata
    for d in docs:
        ext = d['ext']
        if d['scan']:
            continue
        if ext in ('docx', 'xlsx', 'odt'):
            stabilize_zip(d['dest'], d['meta'].get('metatitle') if ext in CALC_FORMATS else None)
        elif ext == 'pdf':
            stabilize_pdf(d['dest'], d['target'])
        elif ext == 'rtf':
            stabilize_rtf(d['dest'])
        elif ext == 'doc':
            if not stabilize_doc(d['dest'], d['meta']['date']):
                print('warning: %s: could not set the .doc dates of %s' % (d['source'], d['target']), file=sys.stderr)


def verify(docs, out_dir):
    """Every file exists, is non-empty and reads as what it claims to be."""
    problems = []
    expected = {d['target'] for d in docs}
    found = set()
    for dirpath, dirnames, filenames in os.walk(out_dir):
        for fn in filenames:
            found.add(os.path.relpath(os.path.join(dirpath, fn), out_dir).replace(os.sep, '/'))
    for extra in sorted(found - expected):
        problems.append('unexpected file in corpus: %s' % extra)
    for d in docs:
        p, ext = d['dest'], d['ext']
        if not os.path.isfile(p):
            problems.append('%s: missing %s' % (d['source'], d['target']))
            continue
        if os.path.getsize(p) == 0:
            problems.append('%s: empty %s' % (d['source'], d['target']))
            continue
        data = open(p, 'rb').read()
        enc = d['meta'].get('encoding', 'utf-8')
        if ext in ('txt', 'html'):
            if enc != 'utf-8':
                try:
                    data.decode('utf-8')
                    problems.append('%s: %s is valid UTF-8 though it should be %s' % (d['source'], d['target'], enc))
                except UnicodeDecodeError:
                    pass
                if ext == 'html' and b'charset' in data.lower():
                    problems.append('%s: %s declares a charset' % (d['source'], d['target']))
            data.decode(enc)
        elif ext == 'pdf':
            r = subprocess.run(['pdftotext', '-enc', 'UTF-8', p, '-'], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
            txt = r.stdout.decode('utf-8', 'replace').strip()
            if r.returncode != 0:
                problems.append('%s: pdftotext cannot read %s' % (d['source'], d['target']))
            elif d['scan'] and txt:
                problems.append('%s: scanned %s has a text layer' % (d['source'], d['target']))
            elif not d['scan']:
                want = next((b[1] for b in d['blocks'] if b[0] != 'table'), '')
                if not txt:
                    problems.append('%s: %s has no text' % (d['source'], d['target']))
                elif want and re.sub(r'\s', '', want)[:8] not in re.sub(r'\s', '', txt):
                    problems.append('%s: %s text lacks %r' % (d['source'], d['target'], want[:8]))
        elif ext in ('docx', 'xlsx', 'odt'):
            try:
                with zipfile.ZipFile(p) as z:
                    names = z.namelist()
                    part = {'docx': 'word/document.xml', 'xlsx': 'xl/sharedStrings.xml',
                            'odt': 'content.xml'}[ext]
                    xml = z.read(part).decode('utf-8')
                    text = re.sub(r'<[^>]+>', '', xml)
                    first = next((c for b in d['blocks'] if b[0] == 'table' for c in b[1]['rows'][0] if c), None) \
                        if ext in CALC_FORMATS else next((b[1] for b in d['blocks'] if b[0] != 'table'), None)
                    if first and html.escape(first, quote=False)[:6] not in text and first[:6] not in text:
                        problems.append('%s: %s does not contain %r' % (d['source'], d['target'], first[:6]))
            except (zipfile.BadZipFile, KeyError) as e:
                problems.append('%s: %s is not a readable %s (%s)' % (d['source'], d['target'], ext, e))
        elif ext == 'rtf':
            if not data.startswith(b'{\\rtf'):
                problems.append('%s: %s is not RTF' % (d['source'], d['target']))
        elif ext == 'doc':
            if not data.startswith(b'\xd0\xcf\x11\xe0'):
                problems.append('%s: %s is not an OLE2 file' % (d['source'], d['target']))
    return problems


def write_gold(docs, gold_path):
    rows = []
    for d in docs:
        m = d['meta']
        rows.append([d['target'], m['title'], m['type'], m['campaign'], m['phase'], m['date'],
                     m.get('unit', ''), m.get('docno', '')])
    rows.sort(key=lambda r: r[0])
    os.makedirs(os.path.dirname(gold_path), exist_ok=True)
    with open(gold_path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\t'.join(GOLD_COLUMNS) + '\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')


def shown(path):
    rel = os.path.relpath(path, ROOT)
    return path if rel.startswith('..') else rel


def fmt_label(d):
    if d['scan']:
        return 'pdf (scan)'
    enc = d['meta'].get('encoding', 'utf-8')
    return d['ext'] + ('' if enc == 'utf-8' else ' (%s)' % enc)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--src', default=os.path.join(HERE, 'src'))
    ap.add_argument('--corpus', default=os.path.join(ROOT, 'corpus'))
    ap.add_argument('--gold', default=os.path.join(ROOT, 'studykb-app', 'src', 'test', 'resources', 'corpus-gold.tsv'))
    ap.add_argument('--check-only', action='store_true', help='validate the sources, render nothing')
    ap.add_argument('--keep-work', action='store_true', help='keep the temporary folder')
    args = ap.parse_args()

    started = time.time()
    files, docs, errors, warnings = load_sources(args.src)
    for w in warnings:
        print('warning: ' + w, file=sys.stderr)
    if errors:
        for e in errors:
            print('error: ' + e, file=sys.stderr)
        print('%d error(s) in %d source(s); nothing rendered' % (len(errors), len(files)), file=sys.stderr)
        return 1
    if not docs:
        print('no sources in %s' % args.src, file=sys.stderr)
        return 1
    log('%d source(s) valid, %d warning(s)' % (len(docs), len(warnings)))
    if args.check_only:
        return 0

    work = tempfile.mkdtemp(prefix='studykb-corpus-')
    try:
        stage = os.path.join(work, 'corpus')
        os.makedirs(stage)
        render(docs, stage, work)
        problems = verify(docs, stage)
        if problems:
            for p in problems:
                print('error: ' + p, file=sys.stderr)
            print('rendering produced %d problem(s); corpus/ left unchanged (work: %s)' % (len(problems), work),
                  file=sys.stderr)
            args.keep_work = True
            return 1
        # from scratch: corpus/ holds exactly the rendered documents
        if os.path.isdir(args.corpus):
            shutil.rmtree(args.corpus)
        shutil.copytree(stage, args.corpus)
        for d in docs:
            d['dest'] = os.path.join(args.corpus, *d['target'].split('/'))
        problems = verify(docs, args.corpus)
        if problems:
            for p in problems:
                print('error: ' + p, file=sys.stderr)
            return 1
        write_gold(docs, args.gold)
    finally:
        if not args.keep_work:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print('work folder kept: %s' % work, file=sys.stderr)

    counts = {}
    for d in docs:
        counts[fmt_label(d)] = counts.get(fmt_label(d), 0) + 1
    log('corpus: %s' % shown(args.corpus))
    for k in sorted(counts):
        log('  %-14s %4d' % (k, counts[k]))
    log('  %-14s %4d' % ('total', len(docs)))
    auto = [d for d in docs if d.get('auto_encoding')]
    for d in auto:
        log('  (%s is written in GB18030 without a charset declaration)' % d['target'])
    log('gold: %s (%d rows)' % (shown(args.gold), len(docs)))
    log('done in %.1fs' % (time.time() - started))
    return 0


if __name__ == '__main__':
    try:
        sys.exit(main())
    except SourceError as e:
        print('error: %s' % e, file=sys.stderr)
        sys.exit(1)
    except RuntimeError as e:
        print('error: %s' % e, file=sys.stderr)
        sys.exit(1)
