#!/usr/bin/env python3
"""Hostile import files (tiny files with huge costs), all synthetic: python3 tests/bench/hostile_files.py OUTDIR [MB]

lying.xlsx (a shared-strings part of MB megabytes whose zip headers say 1,000 bytes),
nested.docx (tables nested 5,000 deep), square.ods (one cell repeated 1,000 x 1,000),
attendance.csv (1,500 people x 1,000 meetings), onerow2m.csv (16,000 header cells),
onerow21m.csv (one row of 7,000,000 cells). Measured by tests/bench/hostile_files.sh.
"""
import zipfile, struct, io, sys, os
out=sys.argv[1].rstrip('/')+'/'
os.makedirs(out, exist_ok=True)
def lie(data, size):
    b=bytearray(data)
    for sig,off in ((b'PK\x03\x04',22),(b'PK\x01\x02',24)):
        i=b.find(sig)
        while i>=0:
            b[i+off:i+off+4]=struct.pack('<I',size); i=b.find(sig,i+1)
    return bytes(b)
def z(parts):
    f=io.BytesIO()
    with zipfile.ZipFile(f,'w',zipfile.ZIP_DEFLATED,compresslevel=9) as zz:
        for n,d in parts: zz.writestr(n,d)
    return f.getvalue()
CT='<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
RELS='<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
WB='<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'
WBRELS='<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
SHEET='<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
n=int(sys.argv[2]) if len(sys.argv)>2 else 150
SS='<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'+('<si><t>Action</t></si>'*(n*1024*1024//20))+'</sst>'
data=z([('[Content_Types].xml',CT),('_rels/.rels',RELS),('xl/workbook.xml',WB),('xl/_rels/workbook.xml.rels',WBRELS),('xl/worksheets/sheet1.xml',SHEET),('xl/sharedStrings.xml',SS)])
open(out+'lying.xlsx','wb').write(lie(data,1000))
# nested docx
d=5000
xml='<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'+'<w:tbl><w:tr><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p>'*d+'</w:tc></w:tr></w:tbl>'*d+'</w:body></w:document>'
open(out+'nested.docx','wb').write(z([('word/document.xml',xml)]))
# ods square
MAN='<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>'
m=1000
content='<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="A"><table:table-row table:number-rows-repeated="%d"><table:table-cell table:number-columns-repeated="%d" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>'%(m,m)
f=io.BytesIO()
with zipfile.ZipFile(f,'w') as zz:
    zz.writestr('mimetype','application/vnd.oasis.opendocument.spreadsheet',compress_type=zipfile.ZIP_STORED)
    zz.writestr('META-INF/manifest.xml',MAN,compress_type=zipfile.ZIP_DEFLATED)
    zz.writestr('content.xml',content,compress_type=zipfile.ZIP_DEFLATED)
open(out+'square.ods','wb').write(f.getvalue())
# attendance csv ~4.7MB: 2300 people x 1000 meetings
import random
cols=1000
hdr='Name,Initials,Agency,'+','.join('%02d/%02d/20%02d'%(1+i%28,1+(i//28)%12,10+i//336) for i in range(cols))
rows=[hdr]
for p in range(1500):
    rows.append('Person %d,P%d,Agency %d,'%(p,p,p%20)+','.join('P' if (p+i)%3 else 'A' for i in range(cols)))
open(out+'attendance.csv','w').write('\n'.join(rows)+'\n')
# one-row csv 2 MB: 1M empty cells... and 21 MB one row of short cells
open(out+'onerow2m.csv','w').write(','.join('c%d'%i for i in range(16000))+'\n')
open(out+'onerow21m.csv','w').write(','.join(['ab']*7_000_000)+'\n')
