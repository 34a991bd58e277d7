# Test-data helper: encode Vietnamese text as TCVN3 (ABC) or VNI Windows bytes.
# Tables transcribed from a public code table listing (shown there through Mac Roman).
U = [0xE0,0xE1,0x1EA3,0xE3,0x1EA1,0xE2,0x1EA7,0x1EA5,0x1EA9,0x1EAB,0x1EAD,0x103,0x1EB1,0x1EAF,0x1EB3,0x1EB5,0x1EB7,0x111,0xE8,0xE9,0x1EBB,0x1EBD,0x1EB9,0xEA,0x1EC1,0x1EBF,0x1EC3,0x1EC5,0x1EC7,0xEC,0xED,0x1EC9,0x129,0x1ECB,0xF2,0xF3,0x1ECF,0xF5,0x1ECD,0xF4,0x1ED3,0x1ED1,0x1ED5,0x1ED7,0x1ED9,0x1A1,0x1EDD,0x1EDB,0x1EDF,0x1EE1,0x1EE3,0xF9,0xFA,0x1EE7,0x169,0x1EE5,0x1B0,0x1EEB,0x1EE9,0x1EED,0x1EEF,0x1EF1,0x1EF3,0xFD,0x1EF7,0x1EF9,0x1EF5,
     0xC0,0xC1,0x1EA2,0xC3,0x1EA0,0xC2,0x1EA6,0x1EA4,0x1EA8,0x1EAA,0x1EAC,0x102,0x1EB0,0x1EAE,0x1EB2,0x1EB4,0x1EB6,0x110,0xC8,0xC9,0x1EBA,0x1EBC,0x1EB8,0xCA,0x1EC0,0x1EBE,0x1EC2,0x1EC4,0x1EC6,0xCC,0xCD,0x1EC8,0x128,0x1ECA,0xD2,0xD3,0x1ECE,0xD5,0x1ECC,0xD4,0x1ED2,0x1ED0,0x1ED4,0x1ED6,0x1ED8,0x1A0,0x1EDC,0x1EDA,0x1EDE,0x1EE0,0x1EE2,0xD9,0xDA,0x1EE6,0x168,0x1EE4,0x1AF,0x1EEA,0x1EE8,0x1EEC,0x1EEE,0x1EF0,0x1EF2,0xDD,0x1EF6,0x1EF8,0x1EF4]
T = ["µ","∏","∂","∑","π","©","«","\u00a0","»","…","À","®","ª","æ","º","Ω","∆","Æ","Ã","–","Œ","œ","—","™","“","’","”","‘","÷","◊","›","ÿ","‹","ﬁ","ﬂ","„","·","‚","‰","´","Â","Ë","Ê","Á","È","¨","Í","Ì","Î","Ï","Ó","Ô","Û","Ò","Ú","Ù","≠","ı","¯","ˆ","˜","˘","˙","˝","˚","¸","˛",
     "µ","∏","∂","∑","π","¢","«","\u00a0","»","…","À","°","ª","æ","º","Ω","∆","ß","Ã","–","Œ","œ","—","£","“","’","”","‘","÷","◊","›","ÿ","‹","ﬁ","ﬂ","„","·","‚","‰","§","Â","Ë","Ê","Á","È","•","Í","Ì","Î","Ï","Ó","Ô","Û","Ò","Ú","Ù","¶","ı","¯","ˆ","˜","˘","˙","˝","˚","¸","˛"]
V = ["a¯","a˘","a˚","aı","aÔ","a‚","a‡","a·","aÂ","a„","a‰","aÍ","aË","aÈ","a˙","a¸","aÎ","Ò","e¯","e˘","e˚","eı","eÔ","e‚","e‡","e·","eÂ","e„","e‰","Ï","Ì","Ê","Û","Ú","o¯","o˘","o˚","oı","oÔ","o‚","o‡","o·","oÂ","o„","o‰","Ù","Ù¯","Ù˘","Ù˚","Ùı","ÙÔ","u¯","u˘","u˚","uı","uÔ","ˆ","ˆ¯","ˆ˘","ˆ˚","ˆı","ˆÔ","y¯","y˘","y˚","yı","Ó",
     "Aÿ","AŸ","A€","A’","Aœ","A¬","A¿","A¡","A≈","A√","Aƒ","A\u00a0","A»","A…","A⁄","A‹","AÀ","—","Eÿ","EŸ","E€","E’","Eœ","E¬","E¿","E¡","E≈","E√","Eƒ","Ã","Õ","∆","”","“","Oÿ","OŸ","O€","O’","Oœ","O¬","O¿","O¡","O≈","O√","Oƒ","‘","‘ÿ","‘Ÿ","‘€","‘’","‘œ","Uÿ","UŸ","U€","U’","Uœ","÷","÷ÿ","÷Ÿ","÷€","÷’","÷œ","Yÿ","YŸ","Y€","Y’","Œ"]
assert len(U) == len(T) == len(V) == 134, (len(U), len(T), len(V))
TCVN3 = {chr(u): t.encode('mac_roman') for u, t in zip(U, T)}
VNI = {chr(u): v.encode('mac_roman') for u, v in zip(U, V)}
def encode(text, table):
    import unicodedata
    out = b''
    for ch in unicodedata.normalize('NFC', text):
        out += table[ch] if ch in table else ch.encode('ascii')
    return out
def tcvn3(text): return encode(text, TCVN3)
def vni(text): return encode(text, VNI)
if __name__ == '__main__':
    s = 'STT,Nhiệm vụ,Cơ quan chủ trì\nI,Nhóm,\n1,Rà soát,Sở Tư pháp\n'
    print('tcvn3', list(tcvn3(s)))
    print('vni', list(vni(s)))
