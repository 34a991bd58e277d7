#!/usr/bin/env python3
"""Makes the Word and Excel fixtures the Office readers are tested on, with a real office suite.

    apt-get install libreoffice-writer-nogui libreoffice-calc-nogui
    python3 scripts/make-office-fixtures.py

It lays the shipped Kon Tum appendix (Data/kon-tum-2025.csv) out as the plan document has it, in HTML:
the header block (issuing body, motto, number, place and date), the title and subject line, the body's
reporting sentence, and the appendix table with each group's heading row merged across the row and
runs of equal partner and timeframe cells merged down; in the Word file the table is split in two
after group III, the second part repeating the header (as a long appendix pasted page by page is).
LibreOffice then converts the HTML to .docx (Writer) and .xlsx (Calc). A small commune plan whose
lead cell spans three tasks is made the same way, and the sample returns are opened from CSV by Calc and
saved as a workbook (Calc turns their dates into real dates). The outputs are written to
Tests/ChildPlanKitTests/Fixtures/office/ and committed; rerun this script after changing it.
"""
import csv
import html
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "ChildPlanKitTests", "Fixtures", "office")

HEADER_BLOCK = """
<table style="border:none" width="100%"><tr>
<td style="border:none" align="center"><b>ỦY BAN NHÂN DÂN<br>TỈNH KON TUM</b><br>Số:      /KH-UBND</td>
<td style="border:none" align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>
<i>Kon Tum, ngày      tháng 02 năm 2025</i></td>
</tr></table>
<p align="center"><b>KẾ HOẠCH</b></p>
<p align="center"><b>Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03 tháng 01 năm 2025 của Thủ tướng Chính phủ
ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc</b></p>
<p>Thực hiện Quyết định số 27/QĐ-TTg ngày 03 tháng 01 năm 2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện
Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc (Quyết định số 27/QĐ-TTg), Ủy ban nhân dân tỉnh ban hành
Kế hoạch triển khai thực hiện Quyết định số 27/QĐ-TTg trên địa bàn tỉnh Kon Tum, cụ thể như sau:</p>
<p>Căn cứ nội dung Kế hoạch, các đơn vị, địa phương chủ động triển khai thực hiện theo quy định. Định kỳ 6 tháng
(trước ngày 10 tháng 6), hằng năm (trước ngày 05 tháng 12) và đột xuất (khi có yêu cầu) tổng hợp báo cáo kết quả
thực hiện Kế hoạch này gửi Sở Lao động - Thương binh và Xã hội để tổng hợp báo cáo chung.</p>
<p align="center"><b>PHỤ LỤC</b></p>
"""


def cell_html(text):
    return "<br>".join(html.escape(line) for line in text.split("\n"))


def table_html(header, rows, merge_columns):
    """rows: lists of cells; a row of one cell is a group heading spanning the row.
    merge_columns: columns whose runs of equal values (within a group) are merged down."""
    out = ['<table border="1" cellspacing="0" cellpadding="2">', "<thead><tr>"]
    out += [f"<th>{cell_html(title)}</th>" for title in header]
    out.append("</tr></thead><tbody>")
    spans = {}
    for column in merge_columns:
        index = 0
        while index < len(rows):
            if len(rows[index]) == 1:
                index += 1
                continue
            end = index + 1
            while end < len(rows) and len(rows[end]) > 1 and rows[end][column] == rows[index][column]:
                end += 1
            spans[(index, column)] = end - index
            for covered in range(index + 1, end):
                spans[(covered, column)] = 0
            index = end
    for index, row in enumerate(rows):
        out.append("<tr>")
        if len(row) == 1:
            out.append(f'<td colspan="{len(header)}"><b>{cell_html(row[0])}</b></td>')
        else:
            for column, text in enumerate(row):
                span = spans.get((index, column), 1)
                if span == 0:
                    continue
                attribute = f' rowspan="{span}"' if span > 1 else ""
                out.append(f"<td{attribute}>{cell_html(text)}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def kon_tum_rows():
    with open(os.path.join(ROOT, "Data", "kon-tum-2025.csv"), encoding="utf-8-sig") as source:
        records = list(csv.reader(source))
    header, body = records[0], records[1:]
    rows = []
    for record in body:
        number, text = record[0], record[1]
        if number.strip() and number.strip().isalpha():
            rows.append([f"{number}. {text}"])
        else:
            rows.append(record[:5])
    return header, rows


def page(body):
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>'


def convert(html_text, name, target, work):
    source = os.path.join(work, name + ".html")
    with open(source, "w", encoding="utf-8") as file:
        file.write(html_text)
    if target == "docx":
        command = ["soffice", "--headless", "--convert-to", 'docx:MS Word 2007 XML', "--outdir", work, source]
    else:
        command = ["soffice", "--headless", "--infilter=HTML (StarCalc)", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                   "--outdir", work, source]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    shutil.copy(os.path.join(work, f"{name}.{target}"), os.path.join(OUT, f"{name}.{target}"))


def main():
    if shutil.which("soffice") is None:
        sys.exit("soffice not found: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui")
    os.makedirs(OUT, exist_ok=True)
    header, rows = kon_tum_rows()
    split = next(index for index, row in enumerate(rows) if row[0].startswith("IV."))
    merged = [2, 3, 4]
    with tempfile.TemporaryDirectory() as work:
        document = HEADER_BLOCK + table_html(header, rows[:split], merged) + "<p></p>" + table_html(header, rows[split:], merged)
        convert(page(document), "kon-tum-2025", "docx", work)
        convert(page(table_html(header, rows, merged)), "kon-tum-2025", "xlsx", work)
        commune = [
            ["I. Hoàn thiện thể chế"],
            ["1", "Rà soát các văn bản của xã về trẻ em", "Phòng Văn hóa - Xã hội", "Công an xã", "Năm 2026"],
            ["2", "Tuyên truyền Luật Trẻ em\ntrên loa truyền thanh", "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên xã", "Năm 2026"],
            ["3", "Tập huấn cho cán bộ thôn", "Phòng Văn hóa - Xã hội", "Hội Liên hiệp Phụ nữ xã", "Quý II/2026"],
            ["II. Truyền thông"],
            ["1", "Tổ chức Tháng hành động vì trẻ em", "Đoàn Thanh niên xã", "Phòng Văn hóa - Xã hội", "Năm 2026"],
        ]
        commune_header = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
        table = table_html(commune_header, commune, [2, 4])
        convert(page("<p>PHỤ LỤC</p>" + table), "merged-leads", "docx", work)
        convert(page("<p>PHỤ LỤC PHÂN CÔNG NHIỆM VỤ</p>" + table), "merged-leads", "xlsx", work)
        # A return as an office would keep it in Excel: the sample updates opened from CSV by Calc, which turns
        # the report dates into real dates, and saved as a workbook. The CSV is read in the Vietnamese locale
        # (1066), so that 05/06/2025 is 5 June: read as en-US it would become 6 May.
        returns = os.path.join(work, "kon-tum-2025.updates.SAMPLE-illustrative.csv")
        shutil.copy(os.path.join(ROOT, "Data", "kon-tum-2025.updates.SAMPLE-illustrative.csv"), returns)
        subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1,,1066", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                        "--outdir", work, returns], check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, "kon-tum-2025.updates.SAMPLE-illustrative.xlsx"),
                    os.path.join(OUT, "kon-tum-2025.updates.SAMPLE-illustrative.xlsx"))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
