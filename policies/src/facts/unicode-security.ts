// Unicode security data (UTS #39, Unicode Security Mechanisms, version 17.0.0) that the
// lookalike-text rule uses, read from unicode-org/unicodetools (commit 2c1309ab2),
// unicodetools/data/security/17.0.0/: confusables.txt (Date: 2025-07-22, 05:49:37 GMT) and
// IdentifierType.txt (Date: 2025-08-04, 21:58:43 GMT). The same files are published at
// https://www.unicode.org/Public/security/17.0.0/. Node 20's regular expressions (\p{Script=…})
// carry the script properties; only the tables below are not in the runtime.

export const UNICODE_SECURITY_VERSION = "17.0.0";

/**
 * The confusables.txt entries whose source is one Cyrillic or Greek code point and whose
 * prototype is ASCII letters and digits: the letters that make a host or key read as Latin text it
 * is not ("аррӏе" for "apple"). Code point -> the ASCII it is confusable with.
 */
export const LATIN_CONFUSABLES: ReadonlyMap<number, string> = new Map([
    [0x037A, "i"], // GREEK YPOGEGRAMMENI
    [0x037F, "J"], // GREEK CAPITAL LETTER YOT
    [0x0391, "A"], // GREEK CAPITAL LETTER ALPHA
    [0x0392, "B"], // GREEK CAPITAL LETTER BETA
    [0x0395, "E"], // GREEK CAPITAL LETTER EPSILON
    [0x0396, "Z"], // GREEK CAPITAL LETTER ZETA
    [0x0397, "H"], // GREEK CAPITAL LETTER ETA
    [0x0399, "l"], // GREEK CAPITAL LETTER IOTA
    [0x039A, "K"], // GREEK CAPITAL LETTER KAPPA
    [0x039C, "M"], // GREEK CAPITAL LETTER MU
    [0x039D, "N"], // GREEK CAPITAL LETTER NU
    [0x039F, "O"], // GREEK CAPITAL LETTER OMICRON
    [0x03A1, "P"], // GREEK CAPITAL LETTER RHO
    [0x03A4, "T"], // GREEK CAPITAL LETTER TAU
    [0x03A5, "Y"], // GREEK CAPITAL LETTER UPSILON
    [0x03A7, "X"], // GREEK CAPITAL LETTER CHI
    [0x03B1, "a"], // GREEK SMALL LETTER ALPHA
    [0x03B3, "y"], // GREEK SMALL LETTER GAMMA
    [0x03B9, "i"], // GREEK SMALL LETTER IOTA
    [0x03BD, "v"], // GREEK SMALL LETTER NU
    [0x03BF, "o"], // GREEK SMALL LETTER OMICRON
    [0x03C1, "p"], // GREEK SMALL LETTER RHO
    [0x03C3, "o"], // GREEK SMALL LETTER SIGMA
    [0x03C5, "u"], // GREEK SMALL LETTER UPSILON
    [0x03D2, "Y"], // GREEK UPSILON WITH HOOK SYMBOL
    [0x03DC, "F"], // GREEK LETTER DIGAMMA
    [0x03F1, "p"], // GREEK RHO SYMBOL
    [0x03F2, "c"], // GREEK LUNATE SIGMA SYMBOL
    [0x03F3, "j"], // GREEK LETTER YOT
    [0x03F8, "p"], // GREEK SMALL LETTER SHO
    [0x03F9, "C"], // GREEK CAPITAL LUNATE SIGMA SYMBOL
    [0x03FA, "M"], // GREEK CAPITAL LETTER SAN
    [0x0405, "S"], // CYRILLIC CAPITAL LETTER DZE
    [0x0406, "l"], // CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I
    [0x0408, "J"], // CYRILLIC CAPITAL LETTER JE
    [0x0410, "A"], // CYRILLIC CAPITAL LETTER A
    [0x0412, "B"], // CYRILLIC CAPITAL LETTER VE
    [0x0415, "E"], // CYRILLIC CAPITAL LETTER IE
    [0x0417, "3"], // CYRILLIC CAPITAL LETTER ZE
    [0x041A, "K"], // CYRILLIC CAPITAL LETTER KA
    [0x041C, "M"], // CYRILLIC CAPITAL LETTER EM
    [0x041D, "H"], // CYRILLIC CAPITAL LETTER EN
    [0x041E, "O"], // CYRILLIC CAPITAL LETTER O
    [0x0420, "P"], // CYRILLIC CAPITAL LETTER ER
    [0x0421, "C"], // CYRILLIC CAPITAL LETTER ES
    [0x0422, "T"], // CYRILLIC CAPITAL LETTER TE
    [0x0423, "Y"], // CYRILLIC CAPITAL LETTER U
    [0x0425, "X"], // CYRILLIC CAPITAL LETTER HA
    [0x042B, "bl"], // CYRILLIC CAPITAL LETTER YERU
    [0x042C, "b"], // CYRILLIC CAPITAL LETTER SOFT SIGN
    [0x042E, "lO"], // CYRILLIC CAPITAL LETTER YU
    [0x0430, "a"], // CYRILLIC SMALL LETTER A
    [0x0431, "6"], // CYRILLIC SMALL LETTER BE
    [0x0433, "r"], // CYRILLIC SMALL LETTER GHE
    [0x0435, "e"], // CYRILLIC SMALL LETTER IE
    [0x043E, "o"], // CYRILLIC SMALL LETTER O
    [0x0440, "p"], // CYRILLIC SMALL LETTER ER
    [0x0441, "c"], // CYRILLIC SMALL LETTER ES
    [0x0443, "y"], // CYRILLIC SMALL LETTER U
    [0x0445, "x"], // CYRILLIC SMALL LETTER HA
    [0x0448, "w"], // CYRILLIC SMALL LETTER SHA
    [0x0455, "s"], // CYRILLIC SMALL LETTER DZE
    [0x0456, "i"], // CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I
    [0x0458, "j"], // CYRILLIC SMALL LETTER JE
    [0x0461, "w"], // CYRILLIC SMALL LETTER OMEGA
    [0x0474, "V"], // CYRILLIC CAPITAL LETTER IZHITSA
    [0x0475, "v"], // CYRILLIC SMALL LETTER IZHITSA
    [0x04AE, "Y"], // CYRILLIC CAPITAL LETTER STRAIGHT U
    [0x04AF, "y"], // CYRILLIC SMALL LETTER STRAIGHT U
    [0x04BB, "h"], // CYRILLIC SMALL LETTER SHHA
    [0x04BD, "e"], // CYRILLIC SMALL LETTER ABKHASIAN CHE
    [0x04C0, "l"], // CYRILLIC LETTER PALOCHKA
    [0x04CF, "l"], // CYRILLIC SMALL LETTER PALOCHKA
    [0x04D4, "AE"], // CYRILLIC CAPITAL LIGATURE A IE
    [0x04D5, "ae"], // CYRILLIC SMALL LIGATURE A IE
    [0x04E0, "3"], // CYRILLIC CAPITAL LETTER ABKHASIAN DZE
    [0x0501, "d"], // CYRILLIC SMALL LETTER KOMI DE
    [0x050C, "G"], // CYRILLIC CAPITAL LETTER KOMI SJE
    [0x051B, "q"], // CYRILLIC SMALL LETTER QA
    [0x051C, "W"], // CYRILLIC CAPITAL LETTER WE
    [0x051D, "w"], // CYRILLIC SMALL LETTER WE
    [0x1D26, "r"], // GREEK LETTER SMALL CAPITAL GAMMA
    [0x1FBE, "i"], // GREEK PROSGEGRAMMENI
    [0xA644, "2"], // CYRILLIC CAPITAL LETTER REVERSED DZE
    [0xA647, "i"], // CYRILLIC SMALL LETTER IOTA
    [0xA698, "OO"], // CYRILLIC CAPITAL LETTER DOUBLE O
    [0xA699, "oo"], // CYRILLIC SMALL LETTER DOUBLE O
    [0x1D206, "3"], // GREEK VOCAL NOTATION SYMBOL-7
    [0x1D20D, "V"], // GREEK VOCAL NOTATION SYMBOL-14
    [0x1D212, "7"], // GREEK VOCAL NOTATION SYMBOL-19
    [0x1D213, "F"], // GREEK VOCAL NOTATION SYMBOL-20
    [0x1D216, "R"], // GREEK VOCAL NOTATION SYMBOL-23
    [0x1D22A, "L"], // GREEK INSTRUMENTAL NOTATION SYMBOL-23
]);

/**
 * The scripts of the characters IdentifierType.txt marks Recommended (UAX #31 Table 5): modern
 * scripts in customary use. A character of any other script (not Common or Inherited) is outside
 * every restriction level but Unrestricted. Bopomofo left the table in 17.0.0.
 */
export const RECOMMENDED_SCRIPTS = [
    "Arabic", "Armenian", "Bengali", "Cyrillic", "Devanagari", "Ethiopic", "Georgian", "Greek", "Gujarati", "Gurmukhi",
    "Han", "Hangul", "Hebrew", "Hiragana", "Kannada", "Katakana", "Khmer", "Lao", "Latin", "Malayalam", "Myanmar",
    "Oriya", "Sinhala", "Tamil", "Telugu", "Thaana", "Thai", "Tibetan",
] as const;

/**
 * UTS #39 section 5.2, Highly Restrictive: besides single-script text, only these script
 * combinations (Latin with Japanese, Chinese with Bopomofo, or Korean).
 */
export const HIGHLY_RESTRICTIVE_SETS: readonly (readonly string[])[] = [
    ["Latin", "Han", "Hiragana", "Katakana"],
    ["Latin", "Han", "Bopomofo"],
    ["Latin", "Han", "Hangul"],
];
