#include <catch2/catch.hpp>

#include "util/diagnostic.h"
#include "util/hash.h"
#include "util/text.h"

using namespace timeline;

TEST_CASE("FoldForMatch ignores case and diacritics", "[util]") {
  CHECK(FoldForMatch("Korea Utara") == "korea utara");
  CHECK(FoldForMatch("TÜRKİYE") == "turkiye");
  CHECK(FoldForMatch("Côte d’Ivoire") == "cote d'ivoire");
  CHECK(FoldForMatch("  São   Tomé\tand Príncipe ") == "sao tome and principe");
  CHECK(FoldForMatch("Straße") == "strasse");
  CHECK(FoldForMatch("N. Korea") == "n. korea");
  CHECK(FoldForMatch("Москва") == "москва");
  CHECK(FoldForMatch("МОСКВА") == "москва");
}

TEST_CASE("FindInvalidUtf8 gives the offset of the first bad byte", "[util]") {
  CHECK(FindInvalidUtf8("plain ascii") == std::string::npos);
  CHECK(FindInvalidUtf8("Korea – “uji”") == std::string::npos);
  CHECK(FindInvalidUtf8(std::string("ab\xff", 3)) == 2);
  CHECK(FindInvalidUtf8(std::string("ab\xe2\x80", 4)) == 2);          // truncated
  CHECK(FindInvalidUtf8(std::string("\xc0\xaf", 2)) == 0);            // overlong '/'
  CHECK(FindInvalidUtf8(std::string("x\xed\xa0\x80", 4)) == 1);       // surrogate
}

TEST_CASE("DisplayWidth and FitToWidth never split a character", "[util]") {
  CHECK(DisplayWidth("Korea") == 5);
  CHECK(DisplayWidth("“uji”") == 5);
  CHECK(DisplayWidth("한국") == 4);
  CHECK(FitToWidth("Korea Utara", 20) == "Korea Utara");
  CHECK(FitToWidth("Korea Utara", 6) == "Korea…");
  CHECK(FitToWidth("“uji coba”", 4) == "“uj…");
  CHECK(FitToWidth("한국어", 4) == "한…");
  CHECK(DisplayWidth(FitToWidth("한국어", 4)) <= 4);
}

TEST_CASE("EditDistance stops past its limit", "[util]") {
  CHECK(EditDistance("korea utara", "korea utra", 3) == 1);
  CHECK(EditDistance("kitten", "sitting", 5) == 3);
  CHECK(EditDistance("a", "abcdefgh", 2) == 3);
  CHECK(EditDistance("", "", 1) == 0);
}

TEST_CASE("Line and column of a byte offset", "[util]") {
  std::string text = "ab\ncd\n\nxyz";
  CHECK(LineColumnAt(text, 0).line == 1);
  CHECK(LineColumnAt(text, 4).line == 2);
  CHECK(LineColumnAt(text, 4).column == 2);
  CHECK(LineColumnAt(text, 8).line == 4);
  CHECK(LineColumnAt(text, 8).column == 2);
  CHECK(LineAt(text, 4) == "cd");
  CHECK(LineAt(text, 6) == "");
  CHECK(LineAt(text, 0) == "ab");
  Diagnostic d{"facts.json", 2, 3, "", "expected ','", "  \"x\" 1"};
  CHECK(d.ToString() == "facts.json:2:3: expected ','\n  \"x\" 1\n  ^");
}

TEST_CASE("Digests match the published test vectors", "[util]") {
  CHECK(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(Sha256Hex(std::string(1000, 'a')) ==
        "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
  CHECK(Fnv1a64Hex("") == "cbf29ce484222325");
  CHECK(Fnv1a64Hex("a") == "af63dc4c8601ec8c");
}

TEST_CASE("IsWebAddress takes http and https addresses only", "[util][url]") {
  for (const char* url : {"https://example.com", "http://example.com/a/b?c=1&d=2#e", "HTTPS://Example.COM/",
                          "https://example.com:8080/a", "https://news.example.co.id/berita/2026/01/26/rudal-korea",
                          "https://example.com/%E2%80%9Cq%E2%80%9D", "https://contoh.id/\xC3\xA9"}) {
    INFO(url);
    CHECK(timeline::IsWebAddress(url));
  }
  for (const char* not_url : {"", "example.com", "www.example.com/a", "ftp://example.com/a", "file:///etc/passwd",
                              "javascript:alert(1)", "mailto:a@example.com", "https://", "https:///a", "https://.x",
                              "https://example.com/a b", "https://example.com/a\tb", "https://example.com/\x01",
                              " https://example.com", "https://example.com/\"onmouseover", "https://example.com/<a>",
                              "https://example.com/a\\b", "/home/ana/a.txt", "../a.txt", "http:/example.com"}) {
    INFO(not_url);
    CHECK_FALSE(timeline::IsWebAddress(not_url));
  }
}
