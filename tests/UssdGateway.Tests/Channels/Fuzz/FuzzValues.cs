namespace UssdGateway.Tests.Channels.Fuzz;

/// <summary>Values nobody should send and someone will: injections, control characters, scripts, numbers out of range.</summary>
internal static class FuzzValues
{
    public static readonly string[] Nasty =
    [
        // SQL injection
        "' OR 1=1 --", "'; DROP TABLE sms_inbox; --", "\" OR \"\"=\"", "1; SELECT * FROM beneficiaries", "Robert'); DROP TABLE beneficiaries;--",
        "' UNION SELECT pin_hash FROM pins --", "0x27", "\\'; EXEC xp_cmdshell('dir'); --",
        // template injection
        "{name}", "{full_name}", "{date:dd/MM}", "${jndi:ldap://example.invalid/a}", "{{7*7}}", "#{7*7}", "<%= 7*7 %>", "{0}", "{0:D}", "%s%s%s%n", "{{", "}}", "{", "}", "{name", "$(whoami)", "`id`",
        // emoji and scripts
        "😀🎉👍🏿", "👨‍👩‍👧‍👦", "🇲🇱", "ɛɔɲŋ ƐƆƝŊ", "Ń bɛ kɔ ɲɔgɔn fɛ", "VENTE ɲɛ 150000", "DƐMƐ", "TƆGƆ Awa Traoré", "مرحبا", "你好", "\u202Eabc", "a\u200Bb", "\uFEFFSTOP",
        "Ⅻ", "７６１２３４５６", "٧٦١٢٣٤٥٦",
        // control characters
        "\0", "a\0b", "\u0001", "\u001B[31mred", "\r\n", "line1\nline2", "\t", "\u007F", "\u0085", "\u2028", "\b\b\b",
        // numbers, dates, words
        "99999999999999999999999", "-1", "1e309", "NaN", "0x10", " ", "", "null", "undefined", "true", "2026-13-45 99:99:99", "0000-00-00",
        "9999-12-31T23:59:59Z", "2026-11-29T10:00:00+25:00", "2026-11-29 10:00:00",
        // phone-like
        "+", "++22376123456", "+223 76 12 34 56", "0022376123456", "+2237612345678901234567890", "76123456", "+22300000000", "tel:+22376123456",
        // markup and wire words
        "<script>alert(1)</script>", "]]><x/>", "../../etc/passwd", "\\\\server\\share", "CON ", "END hack", "*", "**", "#", "*384*123#", "1*2*3*4*5*6*7*8*9*0",
        "STOP", "AIDE", "VENTE 150000", "SOLDE 1234", "INSCRIPTION Awa",
    ];

    /// <summary>Percent-encoded byte sequences that are not UTF-8: a lone surrogate, overlong forms, stray bytes, a truncated sequence.</summary>
    public static readonly string[] InvalidUtf8Escapes = ["%ED%A0%80", "%C0%AF", "%FF%FE", "%80", "%F4%90%80%80", "%E2%82", "%C3", "%F0%9F%98"];

    /// <summary>Percent-encoding that does not decode and separators out of place.</summary>
    public static readonly string[] BrokenEncoding = ["%", "%G1", "%4", "%%41", "a=%", "&=&", "==", "&&&&", "=value", "name", "%u0041", "+%2B+", ";", "%0", "%zz=%zz", "&%&%&"];

    /// <summary>Bytes sent unescaped: invalid UTF-8, Latin-1, NUL, a lone continuation byte.</summary>
    public static readonly byte[][] RawBytes = [[0xFF], [0xC3], [0x00], [0x80], [0xE9], [0xED, 0xA0, 0x80], [0xFE, 0xFF], [0xF8, 0x88, 0x80, 0x80, 0x80]];

    public static readonly string[] WrongContentTypes =
    [
        "application/json", "text/plain", "text/xml", "application/xml", "application/octet-stream", "*/*", "garbage", "multipart/form-data",
        "multipart/mixed; boundary=abc", "application/x-www-form-urlencoded; charset=utf-16", "application/x-www-form-urlencoded; charset=nonsense",
        "application/x-www-form-urlencoded; charset=iso-8859-1", "application/x-www-form-urlencoded; charset=utf-7", "application/x-www-form-urlencoded;;;",
        "application/x-www-form-urlencoded, text/plain", "APPLICATION/X-WWW-FORM-URLENCODED", "application/x-www-form-urlencoded; boundary=x",
        "multipart/form-data; boundary=" + new string('b', 100), "multipart/form-data; boundary=\"\"",
    ];
}
