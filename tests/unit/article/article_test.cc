// The article reader's publication date: every header shape of
// docs/formats.md ("Publication dates in article headers"), one test case
// each, on example lines of our own.
#include <catch2/catch.hpp>

#include <string>

#include "article/article.h"

using namespace timeline;

namespace {

// The publication date ParseArticle finds in `header` lines above a headline
// and `story`, as "YYYY-MM-DD", or "none".
std::string Published(const std::string& header,
                      const std::string& story = "Pemerintah mengumumkan kebijakan baru pada hari ini.",
                      ArticleOptions options = {}) {
  std::string bytes = header + "\n\nJudul berita yang cukup panjang\n\n" + story + "\n";
  Article article = ParseArticle(bytes, "t.txt", options);
  return article.published ? FormatIsoDay(*article.published) : "none";
}

// Each line alone as the header.
void CheckLines(std::initializer_list<std::pair<const char*, const char*>> cases) {
  for (const auto& [line, day] : cases) {
    INFO(line);
    CHECK(Published(line) == day);
  }
}

}  // namespace

TEST_CASE("Header dates: ISO 8601 dates and timestamps", "[article]") {
  CheckLines({
      {"2025-11-03", "2025-11-03"},
      {"2025-11-03T18:05:00+07:00", "2025-11-03"},
      {"2025-11-03T11:05:00Z", "2025-11-03"},
      {"2025-11-03 18:05:41", "2025-11-03"},
      {"Diterbitkan 2025-11-03T18:05:00.000+08:00", "2025-11-03"},
  });
  CHECK_FALSE(FindHeaderDate("2025-13-03", std::nullopt));
}

TEST_CASE("Header dates: numeric dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy and yyyy/mm/dd", "[article]") {
  CheckLines({
      {"23/11/2025", "2025-11-23"},
      {"23-11-2025 07:15", "2025-11-23"},
      {"23.11.2025", "2025-11-23"},
      {"2025/11/23", "2025-11-23"},
      {"2025.11.23", "2025-11-23"},
      {"5/1/2026", "2026-01-05"},    // day first where both could be the month
      {"05.01.2026", "2026-01-05"},  // dots are always day first
      {"11/23/2025", "2025-11-23"},  // only month first makes a day
  });
  CHECK_FALSE(FindHeaderDate("30/02/2026", std::nullopt));
}

TEST_CASE("Header dates: month names full and abbreviated, with or without a dot, in both languages",
          "[article]") {
  CheckLines({
      {"8 Des 2025", "2025-12-08"},
      {"8 Des. 2025", "2025-12-08"},
      {"17 Agu 2025", "2025-08-17"},
      {"17 Agt 2025", "2025-08-17"},
      {"17 Agustus 2025", "2025-08-17"},
      {"Sept. 9, 2025", "2025-09-09"},
      {"Sept 9 2025", "2025-09-09"},
      {"Dec. 8, 2025", "2025-12-08"},
      {"Dec 8, 2025", "2025-12-08"},
      {"December 8, 2025", "2025-12-08"},
      {"8 December 2025", "2025-12-08"},
      {"8th December, 2025", "2025-12-08"},
      {"20 Mei 2026", "2026-05-20"},
      {"2 Okt 2025", "2025-10-02"},
      {"2 Oktober 2025", "2025-10-02"},
      {"11 Nop 2025", "2025-11-11"},
      {"14 Peb 2026", "2026-02-14"},
  });
}

TEST_CASE("Header dates: weekday names in every spelling", "[article]") {
  CheckLines({
      {"Jum'at, 12 Desember 2025", "2025-12-12"},
      {"Jum\xE2\x80\x99" "at, 12 Desember 2025", "2025-12-12"},
      {"Jumat, 12/12/2025", "2025-12-12"},
      {"Ahad, 14 Desember 2025", "2025-12-14"},
      {"Minggu, 14/12/2025 09:00", "2025-12-14"},
      {"Thu, 11 Dec 2025 02:00:00 GMT", "2025-12-11"},
      {"Thursday, December 11, 2025", "2025-12-11"},
      {"Sel, 16 Des 2025", "2025-12-16"},
  });
  // The weekday decides a date whose day and month could swap: 6 December
  // 2025 is a Saturday, 12 June 2025 a Thursday.
  CHECK(Published("Kamis, 06/12/2025 10:00 WIB") == "2025-06-12");
  CHECK(Published("Sabtu, 06/12/2025 10:00 WIB") == "2025-12-06");
  CHECK(Published("Thu 06/12/2025") == "2025-06-12");
}

TEST_CASE("Header dates: times and time zones after the date", "[article]") {
  CheckLines({
      {"9 Januari 2026 14:22 WIB", "2026-01-09"},
      {"09/01/2026 15:22 WITA", "2026-01-09"},
      {"9 Jan 2026, 16.22 WIT", "2026-01-09"},
      {"Jan 9, 2026 16:22 KST", "2026-01-09"},
      {"2026-01-09 16:22 JST", "2026-01-09"},
      {"9 January 2026 14:22 GMT+7", "2026-01-09"},
      {"09.01.2026 08:22 CET", "2026-01-09"},
      {"9 Jan 2026 09:22 CEST", "2026-01-09"},
      {"Jan. 9, 2026 07:22 UTC", "2026-01-09"},
      {"Jan. 9, 2026 at 2:22 a.m. EST", "2026-01-09"},
      {"January 9, 2026 3:47 p.m.", "2026-01-09"},
      {"Jan 9 2026 | 11:05 PM ET", "2026-01-09"},
  });
}

TEST_CASE("Header dates: Published, Updated, Diperbarui, Diterbitkan, Dipublikasikan, Posted", "[article]") {
  CheckLines({
      {"Published: 21 Feb 2026", "2026-02-21"},
      {"Published On 21 Feb 2026", "2026-02-21"},
      {"Updated Feb. 21, 2026", "2026-02-21"},
      {"Diperbarui 21 Februari 2026, 10:11 WIB", "2026-02-21"},
      {"Diterbitkan: Sabtu, 21 Februari 2026", "2026-02-21"},
      {"Dipublikasikan 21/02/2026", "2026-02-21"},
      {"Posted on February 21, 2026", "2026-02-21"},
      {"Last updated 2026-02-21 08:00", "2026-02-21"},
  });
  // Publication, not the last change, dates the article.
  CHECK(Published("Published 19 Feb 2026 | Updated 21 Feb 2026") == "2026-02-19");
  CHECK(Published("Updated 21 Feb 2026 | Published 19 Feb 2026") == "2026-02-19");
  CHECK(Published("Diperbarui 21 Februari 2026\nDiterbitkan 19 Februari 2026") == "2026-02-19");
  CHECK(Published("Updated 2 hours ago\n19 Feb 2026") == "2026-02-19");
}

TEST_CASE("Header dates: bylines further down the header, above or below the headline", "[article]") {
  CHECK(Published("Internasional\nOleh Rina Kusuma | 4 Desember 2025") == "2025-12-04");
  CHECK(Published("By Mark Ellison and Jo Park, Reuters\nDec 4, 2025 6:01 AM GMT+9") == "2025-12-04");
  // Under the headline: still header, not the story's first paragraph.
  std::string bytes =
      "Menlu bertemu mitra dari Malaysia\nOleh Rina Kusuma | 4 Desember 2025\n\n"
      "KUALA LUMPUR, KOMPAS.com - Menteri Luar Negeri bertemu mitranya pada Rabu (3/12).\n";
  Article article = ParseArticle(bytes, "t.txt", {});
  CHECK(article.title == "Menlu bertemu mitra dari Malaysia");
  REQUIRE(article.published);
  CHECK(FormatIsoDay(*article.published) == "2025-12-04");
  REQUIRE(article.paragraphs.size() == 1);
  CHECK(article.Text(article.paragraphs[0]).substr(0, 13) == "KUALA LUMPUR,");
}

TEST_CASE("Header dates: site names before the date", "[article]") {
  CheckLines({
      {"Kompas.com - 04/12/2025, 14:22 WIB", "2025-12-04"},
      {"CNN Indonesia | Kamis, 04/12/2025 14:22 WIB", "2025-12-04"},
      {"detikNews \xC2\xB7 Kamis, 04 Des 2025 14:22 WIB", "2025-12-04"},
      {"KYODO NEWS - Dec 4, 2025 - 21:30 | World", "2025-12-04"},
      {"ANTARA News, Kamis 4 Desember 2025 pukul 14.22 WIB", "2025-12-04"},
      {"tempo.co \xE2\x80\xA2 4 Desember 2025", "2025-12-04"},
  });
}

TEST_CASE("Header dates: a dateline opening the story, its year from the header", "[article]") {
  // A wire header with only a year.
  CHECK(Published("2025", "SEOUL, Dec. 4 (Yonhap) -- South Korea's spy agency said on Thursday ...") ==
        "2025-12-04");
  CHECK(Published("\xC2\xA9 2025 Reuters", "KYIV, Dec 4 (Reuters) - Ukraine said on Thursday ...") ==
        "2025-12-04");
  CHECK(Published("AFP \xC2\xB7 Europe \xC2\xB7 2025", "PARIS, Dec 4 (AFP) - France said on Thursday ...") ==
        "2025-12-04");
  // A full header date that is only the last update: the latest such day
  // before it.
  CHECK(Published("Updated Jan. 3, 2026", "KYIV, Dec 31 (Reuters) - Ukraine said on Wednesday ...") ==
        "2025-12-31");
  // A header date the article states wins over the dateline's.
  CHECK(Published("5 Desember 2025", "HANOI, Dec 4 (AFP) - Vietnam said ...") == "2025-12-05");
  // Datelines without a day date nothing.
  CHECK(Published("2025", "Jakarta (ANTARA) - Pemerintah mengumumkan kebijakan baru.") == "none");
  CHECK(Published("2025", "MANILA, KOMPAS.com - Pemerintah Filipina mengumumkan kebijakan baru.") == "none");
  // Without a year anywhere, "Dec 4" is no date either.
  CHECK(Published("Reuters", "KYIV, Dec 4 (Reuters) - Ukraine said ...") == "none");
}

TEST_CASE("Header dates: day and month that could swap, decided by the story", "[article]") {
  // 4 December 2025 is a Thursday; 12 April 2025 a Saturday.
  CHECK(Published("Kompas.com - 04/12/2025, 14:22 WIB",
                  "JAKARTA, KOMPAS.com - Presiden menerima tamu negara pada Kamis (4/12).") == "2025-12-04");
  CHECK(Published("12/04/2025", "WASHINGTON - The talks ended on Thursday (12/4) without a deal.") ==
        "2025-12-04");
  CHECK(Published("04/12/2025", "The report (dated 11/28/2025) was leaked.") == "2025-04-12");
  CHECK(Published("04/12/2025", "Laporan (28/11/2025) itu bocor.") == "2025-12-04");
  // No evidence: day first, in either language.
  CHECK(Published("04/12/2025", "WASHINGTON - The talks ended without a deal.") == "2025-12-04");
  // Evidence in the header: an unambiguous numeric date, a US time zone.
  CHECK(Published("Published 04/12/2025 | Updated 04/13/2025") == "2025-04-12");
  CHECK(Published("12/04/2025 9:30 a.m. EST") == "2025-12-04");
}

TEST_CASE("Header lines without a date stay out of the headline", "[article]") {
  for (const char* header : {"AFP \xC2\xB7 Asia-Pacific \xC2\xB7 2024", "Reuters", "\xC2\xA9 2025 Reuters",
                             "By Mark Ellison", "Oleh: Rina Kusuma", "Internasional | Asia"}) {
    INFO(header);
    Article article = ParseArticle(std::string(header) + "\n\nKorea Utara tembakkan rudal\n\nStory.\n", "t.txt", {});
    CHECK(article.title == "Korea Utara tembakkan rudal");
  }
  // A headline is no header line, even a short one.
  Article article = ParseArticle("Rudal Korea Utara\n\nKorea Utara menembakkan rudal.\n", "t.txt", {});
  CHECK(article.title == "Rudal Korea Utara");
}

TEST_CASE("An article without a publication date is read all the same", "[article]") {
  std::string bytes = "Reuters\n\nTalks stall again\n\nThe envoys met on Friday and again on 3 March 2026.\n";
  Article article = ParseArticle(bytes, "t.txt", {});
  CHECK_FALSE(article.published);
  CHECK(article.title == "Talks stall again");
  REQUIRE(article.sentences.size() == 1);
  // --published fills a missing date ...
  ArticleOptions fallback;
  fallback.fallback_published = ParseIsoDay("2026-03-05");
  CHECK(FormatIsoDay(*ParseArticle(bytes, "t.txt", fallback).published) == "2026-03-05");
  // ... and never overrides one the article states.
  CHECK(Published("4 Desember 2025", "Cerita.", fallback) == "2025-12-04");
}

TEST_CASE("Related links, photo captions and sign-offs inside the story are no story", "[article]") {
  for (const char* body : {
           "Japan condemned the launch on Monday.\n\nREAD MORE: Japan and South Korea held talks in Tokyo on Friday\n\n"
           "FILE PHOTO: A missile is launched during a drill in Pyongyang, March 16, 2023. KCNA via REUTERS/File "
           "Photo\n\nA missile is seen at a parade in Pyongyang, October 10, 2025. REUTERS/Kim Hong-Ji\n\n"
           "South Korea said on Tuesday it would respond.\n\n(Reporting by A. Reporter; Editing by An Editor)\n",
           "Japan condemned the launch on Monday.\n\nBaca juga: Jepang dan Korea Selatan berunding di Tokyo\n\n"
           "Foto: Rudal diluncurkan dalam latihan di Pyongyang, 16 Maret 2023.\n\nRudal dipamerkan dalam parade "
           "di Pyongyang. (ANTARA FOTO/REUTERS/Kim Hong-Ji)\n\nSouth Korea said on Tuesday it would respond.\n\n"
           "Artikel terkait: Korea Selatan dan AS menggelar latihan gabungan\n\nPewarta: Budi\nEditor: Ani\n",
           "Japan condemned the launch on Monday.\n\nSCROLL TO CONTINUE WITH CONTENT\n\nSouth Korea said on Tuesday it "
           "would respond.\n\nSimak breaking news dan berita pilihan kami langsung di ponselmu.\n\nSumber: Yonhap, "
           "Reuters\nTag: Korea Utara, rudal balistik, Jepang\n",
       }) {
    INFO(body);
    // The article views its bytes: they must outlive it.
    const std::string bytes = std::string("Monday, January 26, 2026\n\nA launch\n\n") + body;
    Article article = ParseArticle(bytes, "a.txt", {});
    REQUIRE(article.paragraphs.size() == 2);
    CHECK(article.Text(article.paragraphs[0]) == "Japan condemned the launch on Monday.");
    CHECK(article.Text(article.paragraphs[1]) == "South Korea said on Tuesday it would respond.");
  }
  // A crosshead heads a section and tells nothing; a short sentence stays.
  Article headed = ParseArticle(
      "Monday, January 26, 2026\n\nA launch\n\nJapan condemned the launch on Monday.\n\nKecaman dan seruan "
      "menahan diri\n\nSeoul urged restraint.\n\nTalks stall\n\nThe talks stalled on Friday.\n",
      "h.txt", {});
  REQUIRE(headed.paragraphs.size() == 3);
  CHECK(headed.Text(headed.paragraphs[1]) == "Seoul urged restraint.");
  CHECK(headed.Text(headed.paragraphs[2]) == "The talks stalled on Friday.");
  // A story paragraph that only mentions a photo or an editor stays.
  Article kept = ParseArticle(
      "Monday, January 26, 2026\n\nA launch\n\nThe editor of the photo agency said on Monday that Reuters "
      "published the photo.\n",
      "b.txt", {});
  CHECK(kept.paragraphs.size() == 1);
}

// Source URLs in the header (docs/formats.md, "Source URLs in article
// headers"): one test case per shape, and the places a link is no source.
namespace {

struct UrlRead {
  std::string url, title, published;
};

UrlRead ReadUrl(const std::string& bytes) {
  Article article = ParseArticle(bytes, "t.txt", {});
  // FindSourceUrl reads only the header, and must agree with ParseArticle.
  CHECK(FindSourceUrl(bytes) == article.source_url);
  return {article.source_url, article.title, article.published ? FormatIsoDay(*article.published) : "none"};
}

const char* kUrlStory = "\n\nKorea Utara menembakkan rudal balistik ke laut pada hari Senin.\n";

}  // namespace

TEST_CASE("Source URL: a bare http or https line in the header", "[article][url]") {
  UrlRead read = ReadUrl(std::string("https://www.example.com/news/2026/01/26/korea-launch\n26 Januari 2026\n\n"
                                     "Korea Utara tembakkan rudal") + kUrlStory);
  CHECK(read.url == "https://www.example.com/news/2026/01/26/korea-launch");
  CHECK(read.title == "Korea Utara tembakkan rudal");  // the URL line is header, not headline
  CHECK(read.published == "2026-01-26");
  // The scheme in capitals, plain http, a query and a fragment; spaces around.
  CHECK(ReadUrl(std::string("  HTTP://example.org/a?id=7&p=2#top  \n\nRudal") + kUrlStory).url ==
        "HTTP://example.org/a?id=7&p=2#top");
}

TEST_CASE("Source URL: labelled URL:, Source:, Sumber:, Link:, Tautan:", "[article][url]") {
  for (const char* line : {"URL: https://example.com/a", "Source: https://example.com/a",
                           "Sumber: https://example.com/a", "Sumber : https://example.com/a",
                           "Link:https://example.com/a", "Tautan: https://example.com/a", "url: https://example.com/a",
                           "SUMBER: https://example.com/a"}) {
    INFO(line);
    UrlRead read = ReadUrl(std::string("4 Desember 2025\n") + line + "\n\nKorea Utara tembakkan rudal" + kUrlStory);
    CHECK(read.url == "https://example.com/a");
    CHECK(read.title == "Korea Utara tembakkan rudal");
    CHECK(read.published == "2025-12-04");
  }
}

TEST_CASE("Source URL: right under the headline, with the byline", "[article][url]") {
  UrlRead read = ReadUrl(std::string("Korea Utara tembakkan rudal\nOleh Rina Kusuma | 4 Desember 2025\n"
                                     "Sumber: https://example.com/rudal") + kUrlStory);
  CHECK(read.url == "https://example.com/rudal");
  CHECK(read.title == "Korea Utara tembakkan rudal");
  CHECK(read.published == "2025-12-04");
}

TEST_CASE("Source URL: the first URL line of the header counts", "[article][url]") {
  CHECK(ReadUrl(std::string("URL: https://example.com/first\nhttps://example.com/second\n\nRudal") + kUrlStory).url ==
        "https://example.com/first");
}

TEST_CASE("Source URL: never from the story, an aside or a line with more on it", "[article][url]") {
  const char* no_source[] = {
      // A link in the story, and a "related links" aside inside it.
      "4 Desember 2025\n\nKorea Utara tembakkan rudal\n\nKorea Utara menembakkan rudal, lapor "
      "https://example.com/a pada hari Senin.\n\nBaca juga: https://example.com/related\n\n"
      "Sumber: https://example.com/in-story\n\nJepang mengecam peluncuran itu.\n",
      // Not a web address, or not alone on its line.
      "Sumber: ftp://example.com/a\n4 Desember 2025\n\nRudal" ,
      "URL: javascript:alert(1)\n4 Desember 2025\n\nRudal",
      "Source: Reuters https://example.com/a\n4 Desember 2025\n\nRudal",
      "https://\n4 Desember 2025\n\nRudal",
      "Keterangan: https://example.com/a\n4 Desember 2025\n\nRudal",  // not a source label
  };
  for (const char* bytes : no_source) {
    std::string text = bytes;
    if (text.find("Jepang") == std::string::npos) text += kUrlStory;
    INFO(text);
    CHECK(ReadUrl(text).url.empty());
  }
}

TEST_CASE("Source URL: a date in the URL's path is not the publication date", "[article][url]") {
  UrlRead read = ReadUrl(std::string("https://example.com/2019/05/04/rudal\n\nKorea Utara tembakkan rudal") + kUrlStory);
  CHECK(read.url == "https://example.com/2019/05/04/rudal");
  CHECK(read.published == "none");
  CHECK(read.title == "Korea Utara tembakkan rudal");
}
