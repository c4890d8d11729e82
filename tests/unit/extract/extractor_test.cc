#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "article/article.h"
#include "extract/extractor.h"
#include "util/error.h"

using namespace timeline;
namespace fs = std::filesystem;

namespace {

std::string Read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<fs::path> Articles() {
  std::vector<fs::path> paths = {fs::path(TIMELINE_SOURCE_DIR) / "seeds/000_69a52ad502c6601e.txt"};
  // The shared development set, when the build found it (tests/CMakeLists.txt).
  if (std::string(TIMELINE_EVAL_DIR).empty()) return paths;
  for (const auto& e : fs::directory_iterator(fs::path(TIMELINE_EVAL_DIR) / "dev/articles")) {
    paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

// The events of a small article: a header date, a title and `body`.
std::vector<Event> EventsOf(const std::string& body) {
  return ExtractArticle("\xE2\x80\xA2 January 26, 2026\n\nTitle\n\n" + body, "t.txt", {}).events;
}

// How many events of `type` there are.
size_t CountOfType(const std::vector<Event>& events, EventType type) {
  return static_cast<size_t>(std::count_if(events.begin(), events.end(), [&](const Event& e) { return e.type == type; }));
}

// The actor ids of an event, in order.
std::vector<std::string> ActorIds(const Event& e) {
  std::vector<std::string> ids;
  for (const ActorRef& a : e.actors) ids.push_back(a.id);
  return ids;
}

}  // namespace

TEST_CASE("Header dates in the forms news sites use", "[article]") {
  struct Case {
    const char* line;
    const char* day;
  };
  const Case cases[] = {
      {"• January 26, 2026", "2026-01-26"},
      {"Senin, 2 Maret 2026 14:05 WIB", "2026-03-02"},
      {"2026-03-02", "2026-03-02"},
      {"Published: 12 Feb 2026", "2026-02-12"},
      {"Rabu, 07/01/2026 16:20 WIB", "2026-01-07"},
      {"Diperbarui 18 Des 2025, 15:42 WIB", "2025-12-18"},
      {"May 21, 2025 / 3:47 PM / Updated 2 hours ago", "2025-05-21"},
      {"Laporan dari Cebu, Filipina — Minggu (10/5/2026)", "2026-05-10"},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    auto day = FindHeaderDate(c.line, std::nullopt);
    REQUIRE(day);
    CHECK(FormatIsoDay(*day) == c.day);
  }
  CHECK(FormatIsoDay(*FindHeaderDate("SEOUL, Feb. 6 (Yonhap) --", 2026)) == "2026-02-06");
  CHECK_FALSE(FindHeaderDate("Jakarta (ANTARA) - Polisi", std::nullopt));
  CHECK_FALSE(FindHeaderDate("31/02/2026", std::nullopt));
}

TEST_CASE("Sentences split around abbreviations, numbers and quotes", "[article]") {
  std::string text =
      "The U.S. and S. Korea met on Feb. 6 in Seoul. Losses reached $1.2 billion (1,5 triliun won). "
      "“We must act,” said Dr. Kim. North Korea fired missiles! Was it a test? Yes.";
  std::vector<Span> spans = SplitSentences(text, 0, text.size());
  std::vector<std::string> sentences;
  for (const Span& s : spans) sentences.push_back(text.substr(s.begin, s.end - s.begin));
  CHECK(sentences == std::vector<std::string>{
                         "The U.S. and S. Korea met on Feb. 6 in Seoul.",
                         "Losses reached $1.2 billion (1,5 triliun won).",
                         "“We must act,” said Dr. Kim.",
                         "North Korea fired missiles!",
                         "Was it a test?",
                         "Yes."});
}

TEST_CASE("The article reader finds title, date, language and drops trailing junk", "[article]") {
  std::string bytes = "\xEF\xBB\xBF• January 26, 2026\r\n\r\nJudul berita\r\n\r\nKorea Utara menembakkan rudal "
                      "pada hari Jumat. Itu yang kedua.\r\n\r\nBaca juga: berita lain\r\n\r\nCasino Online\r\n";
  Article article = ParseArticle(bytes, "a.txt", {});
  CHECK(article.title == "Judul berita");
  CHECK(FormatIsoDay(*article.published) == "2026-01-26");
  CHECK(article.language == Language::kIndonesian);
  REQUIRE(article.paragraphs.size() == 1);
  REQUIRE(article.sentences.size() == 2);
  CHECK(article.Text(article.sentences[0]) == "Korea Utara menembakkan rudal pada hari Jumat.");
  CHECK_FALSE(ParseArticle("no date\n\nTitle\n\nStory here.\n", "b.txt", {}).published);
  ArticleOptions given;
  given.fallback_published = ParseIsoDay("2026-02-01");
  CHECK(FormatIsoDay(*ParseArticle("no date\n\nTitle\n\nStory here.\n", "b.txt", given).published) ==
        "2026-02-01");
  CHECK_THROWS_WITH(ParseArticle(std::string("ab\xff", 3), "c.txt", {}),
                    "c.txt:1:3: invalid UTF-8 at byte 2; save the article as UTF-8");
}

TEST_CASE("Every extracted event quotes its article byte for byte", "[extract]") {
  size_t events = 0;
  for (const fs::path& path : Articles()) {
    std::string bytes = Read(path);
    FactDocument doc = ExtractArticle(bytes, path.string(), {});
    INFO(path.filename().string());
    CHECK(doc.article.published.has_value());
    for (const Event& e : doc.events) {
      INFO(e.id);
      REQUIRE(e.evidence.end <= bytes.size());
      CHECK(bytes.substr(e.evidence.start, e.evidence.end - e.evidence.start) == e.evidence.text);
      // What happened has its parties; what may or did not happen may be
      // told without them ("the next round is scheduled for next week").
      if (e.factuality == Factuality::kAsserted) CHECK_FALSE(e.actors.empty());
      ++events;
    }
    // Ids are stable: the same text gives the same events.
    FactDocument again = ExtractArticle(bytes, path.string(), {});
    REQUIRE(again.events.size() == doc.events.size());
    for (size_t i = 0; i < doc.events.size(); ++i) CHECK(again.events[i].id == doc.events[i].id);
  }
  CHECK(events > 50);
}

TEST_CASE("Money is normalised to a value and an ISO 4217 code", "[extract]") {
  std::string bytes =
      "• January 26, 2026\n\nJudul\n\nPeretas Korea Utara mencuri 1,5 triliun won ($1,2 miliar) pada "
      "bulan Desember.\n\nPeretas mencuri US$620 juta dan Rp 1,2 triliun pada bulan November.\n";
  FactDocument doc = ExtractArticle(bytes, "m.txt", {});
  std::vector<std::pair<double, std::string>> found;
  for (const Event& e : doc.events) {
    for (const Quantity& q : e.quantities) found.emplace_back(q.value, q.unit);
  }
  CHECK(found == std::vector<std::pair<double, std::string>>{
                     {1.5e12, "KRW"}, {1.2e9, "USD"}, {620e6, "USD"}, {1.2e12, "IDR"}});
}

TEST_CASE("A dateline names where the story was written, not an actor", "[extract]") {
  for (const char* body : {"Seoul (ANTARA) - Korea Utara menembakkan rudal balistik pada hari Jumat.\n",
                           "SEOUL \xE2\x80\x94 North Korea fired a ballistic missile on Friday.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kMissileTest);
    CHECK(ActorIds(events[0]) == std::vector<std::string>{"PRK"});
  }
}

TEST_CASE("An agency named after its country answers to the country's other names", "[extract]") {
  // "Badan Kepolisian Nasional Korea Selatan" written with "Korsel".
  std::vector<Event> events = EventsOf(
      "Badan Kepolisian Nasional Korsel mengatakan pada bulan Desember bahwa peretas Korea Utara mencuri 45 miliar "
      "won.\n");
  bool found = false;
  for (const Event& e : events) {
    if (e.type != EventType::kReport) continue;
    found = true;
    CHECK(ActorIds(e).front() == "KOR-KNPA");
  }
  CHECK(found);
}

// The types of the events extracted from `body`, in order.
static std::vector<EventType> TypesOf(const std::string& body) {
  std::vector<EventType> types;
  for (const Event& e : EventsOf(body)) types.push_back(e.type);
  return types;
}

TEST_CASE("Trigger phrases of both languages: visits, admissions, test firings", "[extract]") {
  using V = std::vector<EventType>;
  CHECK(TypesOf("Presiden Prabowo melawat ke Tokyo pada hari Jumat.\n") == V{EventType::kMeeting});
  CHECK(TypesOf("Timor-Leste resmi diterima sebagai anggota ASEAN pada Oktober 2025.\n") == V{EventType::kAgreement});
  CHECK(TypesOf("Timor-Leste was formally admitted as a member of ASEAN in October 2025.\n") ==
        V{EventType::kAgreement});
  CHECK(TypesOf("Korea Utara melakukan uji tembak rudal pada hari Jumat.\n") == V{EventType::kMissileTest});
  CHECK(TypesOf("North Korea conducted a missile test on Friday.\n") == V{EventType::kMissileTest});
}

TEST_CASE("A weapons programme is no test, and the object of a purpose is no event", "[extract]") {
  CHECK(EventsOf("Laporan itu menyebutkan pada bulan Juni bahwa dana itu membiayai program rudal balistik Korea "
                 "Utara.\n")
            .empty());
  CHECK(EventsOf("The report said in June that the proceeds fund North Korea's ballistic missile program.\n").empty());
  // "untuk merampungkan perundingan", "to conclude talks": the agreement only.
  using V = std::vector<EventType>;
  CHECK(TypesOf("ASEAN dan Tiongkok pada 2023 sepakat untuk merampungkan perundingan dalam tiga tahun.\n") ==
        V{EventType::kAgreement});
  CHECK(TypesOf("ASEAN and China agreed in 2023 to conclude talks within three years.\n") == V{EventType::kAgreement});
  // "to" as a preposition: the event is told.
  CHECK(TypesOf("Ukraine said 12 civilians died on Friday due to heavy shelling by Russia.\n") ==
        V{EventType::kAttack});
  CHECK(TypesOf("Russia's economy shrank on Friday, owing to new sanctions imposed by the EU.\n") ==
        V{EventType::kSanction});
}

TEST_CASE("'The next round' repeats the event before, with its actors", "[extract]") {
  for (const char* body :
       {"Amerika Serikat, Jepang dan Korea Selatan menggelar latihan gabungan pada hari Jumat. Putaran berikutnya "
        "direncanakan bulan depan.\n",
        "The United States, Japan and South Korea held a joint air drill on Friday. The next round is planned for "
        "next month.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 2);
    CHECK(events[1].type == EventType::kDrill);
    CHECK(events[1].factuality == Factuality::kPossible);
    CHECK(FormatIsoDay(*events[1].date.start) == "2026-02-01");
    CHECK(ActorIds(events[1]) == std::vector<std::string>{"USA", "JPN", "KOR"});
  }
}

// The events of a small article published Thu 2025-12-18.
static std::vector<Event> EventsOn18December(const std::string& body) {
  return ExtractArticle("\xE2\x80\xA2 December 18, 2025\n\nTitle\n\n" + body, "t.txt", {}).events;
}

TEST_CASE("'Kali ini', 'this time' date an event at the story's main event", "[extract]") {
  for (const char* body :
       {"Tiongkok menggelar latihan militer di sekitar Taiwan pada hari Rabu. Tidak seperti latihan pada Agustus "
        "2022, kali ini Tiongkok tidak menembakkan rudal balistik.\n",
        "China held military drills around Taiwan on Wednesday. Unlike the drills in August 2022, this time China "
        "did not fire ballistic missiles.\n"}) {
    INFO(body);
    bool found = false;
    for (const Event& e : EventsOn18December(body)) {
      if (e.type != EventType::kMissileTest) continue;
      found = true;
      CHECK(e.factuality == Factuality::kNegated);
      REQUIRE(e.date.known());
      CHECK(FormatIsoDay(*e.date.start) == "2025-12-17");
    }
    CHECK(found);
  }
  // A date of the clause's own nearer the trigger still wins.
  for (const Event& e : EventsOn18December(
           "China held military drills around Taiwan on Wednesday. This time China fired ballistic missiles on "
           "Thursday.\n")) {
    if (e.type == EventType::kMissileTest) CHECK(FormatIsoDay(*e.date.start) == "2025-12-18");
  }
}

TEST_CASE("A date in an aside about the speaker is not the date of a report", "[extract]") {
  CHECK(EventsOn18December("Marcos, selaku Ketua ASEAN tahun ini, mengatakan bahwa Tiongkok harus menghormati "
                           "hukum internasional.\n")
            .empty());
  CHECK(EventsOn18December("Marcos, as ASEAN chair this year, said that China must respect international law.\n")
            .empty());
  // A date that opens the sentence, or an aside that is only the date, is the report's.
  for (const char* body : {"Pada bulan Desember, Badan Intelijen Nasional Korea Selatan mengatakan bahwa Korea "
                           "Utara mencuri kripto.\n",
                           "In December, South Korea's National Intelligence Service said that North Korea stole "
                           "crypto.\n",
                           "South Korea's National Intelligence Service, in December, said that North Korea stole "
                           "crypto.\n"}) {
    INFO(body);
    // (The theft the report tells has no time of its own: unknown.)
    std::vector<Event> events = EventsOn18December(body);
    REQUIRE(events.size() == 2);
    CHECK(events[0].type == EventType::kReport);
    CHECK(events[0].date.precision == DatePrecision::kMonth);
    CHECK(FormatIsoDay(*events[0].date.start) == "2025-12-01");
    CHECK(events[1].type == EventType::kTheft);
    CHECK_FALSE(events[1].date.known());
  }
}

TEST_CASE("A meeting names its own parties: none from the sentence before", "[extract]") {
  for (const char* body : {"Korea Utara menembakkan rudal balistik pada hari Rabu. Pertemuan darurat digelar pada "
                           "hari Kamis.\n",
                           "North Korea fired a ballistic missile on Wednesday. An emergency meeting was held on "
                           "Thursday.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOn18December(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kMissileTest);
  }
}

TEST_CASE("One event told with a day and with its whole span is one, with the whole span", "[extract]") {
  for (const char* body : {"Tiongkok menggelar latihan militer pada hari Selasa dan Rabu. Pada hari Selasa, "
                           "Tiongkok menggelar latihan di selatan Taiwan.\n",
                           "Pada hari Selasa, Tiongkok menggelar latihan di selatan Taiwan. Tiongkok menggelar "
                           "latihan militer pada hari Selasa dan Rabu.\n",
                           "China held military drills on Tuesday and Wednesday. On Tuesday, China held drills "
                           "south of Taiwan.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOn18December(body);
    REQUIRE(events.size() == 1);
    CHECK(FormatIsoDay(*events[0].date.start) == "2025-12-16");
    CHECK(FormatIsoDay(*events[0].date.end) == "2025-12-17");
  }
}

TEST_CASE("A meeting on one day of a summit with a party of its own is a meeting of its own", "[extract]") {
  // The summit and the meeting share the Philippines; Indonesia is new.
  for (const char* body : {"Para pemimpin ASEAN dan Filipina menggelar KTT pada 16-17 Desember. Di sela KTT, "
                           "Presiden Indonesia bertemu Presiden Filipina pada hari Selasa.\n",
                           "ASEAN and Philippine leaders held a summit on December 16-17. On the sidelines, "
                           "Indonesia's president met the Philippine president on Tuesday.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOn18December(body);
    REQUIRE(events.size() == 2);
    CHECK(events[1].type == EventType::kMeeting);
    CHECK(ActorIds(events[1]) == std::vector<std::string>{"IDN", "PHL"});
    CHECK(FormatIsoDay(*events[1].date.start) == "2025-12-16");
  }
}

TEST_CASE("What an event is regarded as is no event of its own", "[extract]") {
  using V = std::vector<EventType>;
  CHECK(TypesOf("Korea Utara menembakkan rudal balistik bulan lalu untuk memprotes pelatihan militer Korea "
                "Selatan-AS yang dianggap sebagai latihan invasi.\n") == V{EventType::kMissileTest});
  CHECK(TypesOf("North Korea fired ballistic missiles last month to protest South Korea-US military training, "
                "regarded as a drill for an invasion.\n") == V{EventType::kMissileTest});
}

TEST_CASE("An event told as separate is not merged into a like one before it", "[extract]") {
  struct Told {
    const char* body;
    size_t drills;
  };
  const Told cases[] = {
      {"Awal pekan ini, AS menggelar latihan gabungan dengan Korea Selatan. AS juga menggelar latihan udara yang "
       "terpisah dengan Korea Selatan.\n",
       2},
      {"Earlier this week, the United States held a joint drill with South Korea. The US also held a separate air "
       "drill with South Korea.\n",
       2},
      // Without the word, one drill told twice.
      {"Earlier this week, the United States held a joint drill with South Korea. The US also held an air drill "
       "with South Korea.\n",
       1},
  };
  for (const Told& c : cases) {
    INFO(c.body);
    const size_t drills = CountOfType(EventsOf(c.body), EventType::kDrill);
    CHECK(drills == c.drills);
  }
}

TEST_CASE("An event told as before the story at no time is asserted and undated", "[extract]") {
  for (const char* body : {"Pertemuan pada hari Jumat kemungkinan akan membuat marah Korea Utara, yang sebelumnya "
                           "telah memperingatkan Korea Selatan.\n",
                           "The meeting on Friday is likely to anger North Korea, which had previously warned South "
                           "Korea.\n"}) {
    INFO(body);
    bool found = false;
    for (const Event& e : EventsOf(body)) {
      if (e.type != EventType::kWarning) continue;
      found = true;
      CHECK(e.factuality == Factuality::kAsserted);
      CHECK_FALSE(e.date.known());
    }
    CHECK(found);
  }
}

TEST_CASE("What has long been so is a state of affairs, not an event", "[extract]") {
  // Without "telah lama" the drill would borrow 2017 from the UN's sanction.
  for (const char* body : {"Sanksi PBB diperketat pada tahun 2017. Korea Utara telah lama berargumen bahwa sanksi "
                           "PBB dan latihan militer AS merupakan bukti permusuhan Washington.\n",
                           "UN sanctions were tightened in 2017. North Korea has long argued that UN sanctions and "
                           "US military drills are proof of Washington's hostility.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kSanction);
  }
  // A date of its own makes it an event.
  std::vector<Event> dated = EventsOf("North Korea has long warned Seoul, and on Friday it fired a ballistic missile.\n");
  REQUIRE(dated.size() >= 1);
  CHECK(dated.back().type == EventType::kMissileTest);
}

TEST_CASE("A part of an event told at a time of its own is an event of that time", "[extract]") {
  for (const char* body :
       {"Badan mata-mata Korea Selatan mengatakan pada bulan Desember bahwa peretas Korea Utara telah mencuri 1,5 "
        "triliun won selama lima tahun terakhir, lebih dari setengahnya pada tahun lalu saja.\n",
        "South Korea's spy agency said in December that North Korean hackers stole $1.2 billion over the past five "
        "years, more than half of it last year alone.\n"}) {
    INFO(body);
    std::vector<std::string> thefts;
    for (const Event& e : EventsOf(body)) {
      if (e.type != EventType::kTheft) continue;
      thefts.push_back(DateLabel(e.date));
      CHECK(ActorIds(e) == std::vector<std::string>{"PRK"});
      if (thefts.size() == 2) CHECK(e.quantities.empty());
    }
    CHECK(thefts == std::vector<std::string>{"2021–2025", "2025"});
  }
}

// The roles of an event's actors as "ID:role" strings, in order.
static std::vector<std::string> RolesOf(const Event& e) {
  std::vector<std::string> out;
  for (const ActorRef& a : e.actors) out.push_back(a.id + ":" + std::string(ToString(a.role)));
  return out;
}

TEST_CASE("A trigger right after another in its clause is its object, not an event", "[extract][rules]") {
  using V = std::vector<EventType>;
  CHECK(TypesOf("On Monday, Malaysia condemned the Thai airstrike.\n") == V{EventType::kProtest});
  CHECK(TypesOf("Pada Senin, Malaysia mengecam serangan udara Thailand.\n") == V{EventType::kProtest});
  // Not an object: far from the first trigger, the second keeps its own event.
  CHECK(TypesOf("Thailand and Cambodia agreed on a ceasefire on Monday; Thai jets bombed a border post on "
                "Tuesday.\n") == V{EventType::kAgreement, EventType::kAttack});
}

TEST_CASE("Ambiguous triggers are resolved by the words of their clause", "[extract][rules]") {
  using V = std::vector<EventType>;
  // Firing artillery is no missile test: with no target, a drill.
  CHECK(TypesOf("Korea Utara menembakkan ratusan peluru artileri ke laut pada Senin.\n") == V{EventType::kDrill});
  CHECK(TypesOf("Korea Utara menembakkan dua rudal balistik ke laut pada Senin.\n") == V{EventType::kMissileTest});
  // A missile that hits a target is an attack.
  CHECK(TypesOf("A Russian ballistic missile struck the port of Odesa on Tuesday, killing four people.\n") ==
        V{EventType::kAttack});
  CHECK(TypesOf("Pada Selasa, rudal balistik Rusia menghantam pelabuhan Odesa.\n") == V{EventType::kAttack});
  // An attack on servers is a cyberattack; a pledge of arms is aid.
  CHECK(TypesOf("Pada Sabtu, Rusia melancarkan serangan terhadap server kementerian Ukraina.\n") ==
        V{EventType::kCyberattack});
  CHECK(TypesOf("On Saturday, Germany pledged to send Ukraine air-defence systems worth $1 billion.\n") ==
        V{EventType::kAid});
  CHECK(TypesOf("On Saturday, Germany and France pledged to deepen their defence cooperation.\n") ==
        V{EventType::kAgreement});
  // Approving an arms sale is an agreement (SPEC §7), a pledge of arms aid.
  CHECK(TypesOf("On Friday, Washington approved a $2 billion arms sale to Taiwan.\n") == V{EventType::kAgreement});
}

TEST_CASE("Roles: passives keep their agent as initiator, a noun trigger's actor after it acts", "[extract][rules]") {
  for (const char* body : {"Pada Senin, Thailand dikecam oleh Malaysia atas serangan di perbatasan.\n",
                           "On Monday, Thailand was condemned by Malaysia over the border clash.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE_FALSE(events.empty());
    CHECK(events[0].type == EventType::kProtest);
    CHECK(RolesOf(events[0]) == std::vector<std::string>{"THA:target", "MYS:initiator"});
  }
  std::vector<Event> events = EventsOf("Serangan udara Israel terhadap Suriah pada Minggu menewaskan lima orang.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"ISR:initiator", "SYR:target"});
  // A goal preposition right after the trigger: who is named is attacked.
  events = EventsOf("Serangan terhadap Suriah pada Minggu menewaskan lima orang.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"SYR:target"});
}

TEST_CASE("Who reports an event named after the verb is its source, not a party", "[extract][rules]") {
  for (const char* body : {"South Korea's military reported a North Korean missile launch on Monday.\n",
                           "Militer Korea Selatan melaporkan peluncuran rudal Korea Utara pada Senin.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kMissileTest);
    CHECK(RolesOf(events[0]) == std::vector<std::string>{"PRK:initiator"});
  }
}

TEST_CASE("Fighting between two sides is both sides' attack and a gerund after a verb keeps its object", "[extract][rules]") {
  for (const char* body : {"Fighting erupted between Thai and Cambodian troops on Friday.\n",
                           "Heavy fighting between Thai and Cambodian troops killed five soldiers on Friday.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kAttack);
    CHECK(RolesOf(events[0]) == std::vector<std::string>{"THA:initiator", "KHM:initiator"});
  }
  std::vector<Event> events = EventsOf("North Korea vowed to keep attacking South Korea.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"PRK:initiator", "KOR:target"});
}

TEST_CASE("An organ in a capital is that state's organ, not a place", "[extract][rules]") {
  // "by the presidential office in Seoul": South Korea condemns; a place
  // after an organ is its state, a passive's agent.
  std::vector<Event> events = EventsOf("On Monday, Japan was condemned by the presidential office in Seoul over the remarks.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kProtest);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"JPN:target", "KOR:initiator"});
  // The foreign ministry in Beijing acts for China; talks held in Beijing
  // are only placed there.
  events = EventsOf("The foreign ministry in Beijing on Monday condemned the drills by Japan.\n");
  REQUIRE_FALSE(events.empty());
  CHECK(events[0].type == EventType::kProtest);
  CHECK(RolesOf(events[0]).front() == "CHN:initiator");
  events = EventsOf("Japan and South Korea held talks in Beijing on Monday.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"JPN:participant", "KOR:participant"});
}

TEST_CASE("'By X' after an active trigger with its subject named is the agent of its object", "[extract][rules]") {
  // The condemnation is Thailand's; Malaysia held the fishermen.
  for (const char* body : {"Thailand mengecam penahanan nelayannya oleh Malaysia pada Senin.\n",
                           "Thailand condemned the detention of its fishermen by Malaysia on Monday.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kProtest);
    CHECK(RolesOf(events[0]) == std::vector<std::string>{"THA:initiator", "MYS:target"});
  }
}

TEST_CASE("The lead event inside an attribution keeps its own date and actors", "[extract][rules]") {
  // Header date: Monday 2026-01-26.
  std::vector<Event> events = EventsOf(
      "South Korea's Joint Chiefs of Staff said on Thursday that North Korea fired two ballistic missiles into the "
      "sea earlier in the day.\n");
  bool launch = false;
  for (const Event& e : events) {
    if (e.type != EventType::kMissileTest) continue;
    launch = true;
    CHECK(e.date.start == date::sys_days{date::year{2026} / 1 / 22});  // the Thursday of the saying
    CHECK(ActorIds(e) == std::vector<std::string>{"PRK"});
  }
  CHECK(launch);
  // "a day after" counts from the day the sentence gives before it.
  events = EventsOf("Iran test-fired a new ballistic missile on Saturday, a day after Washington imposed sanctions "
                    "on Iranian firms.\n");
  REQUIRE(events.size() == 2);
  CHECK(events[1].type == EventType::kSanction);
  CHECK(events[1].date.start == date::sys_days{date::year{2026} / 1 / 23});
  // The speaker of "X said Y fired" is the source, not a party.
  events = EventsOf("The Philippine coast guard said Chinese vessels fired water cannon at a Philippine boat on "
                    "Sunday.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"CHN:initiator", "PHL:target"});
}

TEST_CASE("A hedge about the object is no hedge about the event", "[extract][rules]") {
  std::vector<Event> events = EventsOf("North Korea fired what was probably a ballistic missile on Friday.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].factuality == Factuality::kAsserted);
  events = EventsOf("North Korea could fire a ballistic missile on Friday, officials said.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].factuality == Factuality::kPossible);
}

TEST_CASE("A trigger that lacks its required word cannot take another as its object", "[extract][rules]") {
  using V = std::vector<EventType>;
  // "fired" needs a missile word; without one, the water cannon is the event.
  CHECK(TypesOf("Chinese coast guard ships fired water cannon at a Philippine boat on Sunday.\n") ==
        V{EventType::kAttack});
  CHECK(TypesOf("North Korea fired two cruise missiles into the sea on Sunday.\n") == V{EventType::kMissileTest});
  // A launch at a country is an attack on it.
  CHECK(TypesOf("Russia launched 40 missiles at Ukraine on Sunday.\n") == V{EventType::kAttack});
}

TEST_CASE("A launch at someone is an attack only when a missile is named", "[extract][rules]") {
  using V = std::vector<EventType>;
  // "launch" starts investigations and campaigns as well as missiles; the
  // preposition that makes a missile launch an attack makes none of them one.
  CHECK(TypesOf("The European Union launched an investigation into Chinese steel subsidies on Monday.\n").empty());
  CHECK(TypesOf("Indonesia meluncurkan operasi yang menargetkan kapal pencuri ikan asing pada Senin.\n").empty());
  CHECK(TypesOf("Hamas launched rockets at Tel Aviv on Monday.\n") == V{EventType::kAttack});
  CHECK(TypesOf("Houthi meluncurkan rudal ke arah Israel pada Senin.\n") == V{EventType::kAttack});
  // Drones are named by a rule of their own.
  CHECK(TypesOf("Russia launched 200 drones at Kyiv on Monday.\n") == V{EventType::kAttack});
}

TEST_CASE("A speech act in a relative clause on its speaker is the speaker's act, dated by the speaker's clause",
          "[extract][rules]") {
  for (const char* body : {"The launch was condemned on Tuesday by South Korea, which urged the North to stop "
                           "provocations.\n",
                           "Peluncuran itu dikecam pada Selasa oleh Korea Selatan, yang mendesak Korea Utara "
                           "menghentikan provokasi.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    const Event* appeal = nullptr;
    for (const Event& e : events) {
      if (e.type == EventType::kAppeal) appeal = &e;
    }
    REQUIRE(appeal);
    CHECK(appeal->date.start == date::sys_days{date::year{2026} / 1 / 20});
    CHECK(RolesOf(*appeal) == std::vector<std::string>{"KOR:initiator", "PRK:target"});
  }
  // What a relative clause says of a noun that is no speaker stays a
  // description ("firms that supply drone parts").
  CHECK(TypesOf("On Tuesday the EU listed websites which called for violence against migrants.\n").empty());
}

TEST_CASE("Warning shots fired at someone are a warning, not an attack", "[extract][rules]") {
  // SPEC.md §7: warning shots are a `warning`; "at" makes no attack of them.
  using V = std::vector<EventType>;
  CHECK(TypesOf("The Philippine navy fired warning shots at a Chinese vessel on Monday.\n") == V{EventType::kWarning});
  CHECK(TypesOf("Angkatan Laut Filipina menembakkan tembakan peringatan ke arah kapal China pada Senin.\n") ==
        V{EventType::kWarning});
}

TEST_CASE("'A treaty ally' describes a state and tells no agreement", "[extract][rules]") {
  using V = std::vector<EventType>;
  CHECK(TypesOf("Australia, a treaty ally of the United States, condemned the launch on Monday.\n") ==
        V{EventType::kProtest});
  CHECK(TypesOf("Amerika Serikat, sekutu perjanjian pertahanan Filipina, mengecam insiden itu pada Senin.\n") ==
        V{EventType::kProtest});
  // A treaty signed is still one.
  CHECK(TypesOf("Japan and the Philippines signed a defence treaty on Monday.\n") == V{EventType::kAgreement});
}

TEST_CASE("Who is named between a verb and the appeal coordinated after it is that verb's object",
          "[extract][rules]") {
  for (const char* body : {"The US ambassador on Monday called the Chinese actions dangerous and urged Beijing to "
                           "respect international law.\n",
                           "Duta Besar AS pada Senin menyebut tindakan China berbahaya dan mendesak Beijing "
                           "menghormati hukum internasional.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    REQUIRE(events[0].type == EventType::kAppeal);
    CHECK(RolesOf(events[0]) == std::vector<std::string>{"USA:initiator", "CHN:target"});
  }
  // A list of names before the verb is its subject.
  std::vector<Event> events = EventsOf("Japan, South Korea and the United States on Monday urged North Korea to stop.\n");
  REQUIRE(!events.empty());
  CHECK(RolesOf(events[0]) ==
        std::vector<std::string>{"JPN:initiator", "KOR:initiator", "USA:initiator", "PRK:target"});
}

TEST_CASE("A comma inside a number closes no relative clause", "[extract][rules]") {
  // "1,5 miliar": had ended the relative clause "yang didukung ..." inside
  // the number, leaving the theft in it with its date outside.
  std::vector<Event> events =
      EventsOf("Peretas yang didukung Korea Utara mencuri aset kripto senilai 1,5 miliar dolar AS pada Senin.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kTheft);
  CHECK(events[0].date.start == date::sys_days{date::year{2026} / 1 / 26});
  REQUIRE(events[0].quantities.size() == 1);
  CHECK(events[0].quantities[0].value == 1.5e9);
}

TEST_CASE("An open-ended negation is undated, and the event it refers back to is asserted", "[extract][rules]") {
  for (const char* body : {"Korea Utara belum melakukan uji coba nuklir sejak September 2017.\n",
                           "North Korea has not conducted a nuclear test since September 2017.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 2);
    CHECK(events[0].factuality == Factuality::kNegated);
    CHECK_FALSE(events[0].date.known());
    CHECK(events[1].type == EventType::kNuclearTest);
    CHECK(events[1].factuality == Factuality::kAsserted);
    CHECK(events[1].date.start == date::sys_days{date::year{2017} / 9 / 1});
    CHECK(events[1].date.precision == DatePrecision::kMonth);
  }
}

TEST_CASE("'Recently' is a time of its own: the event borrows no date from its paragraph", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "Japan and Vietnam held talks on North Korea in Hanoi on Thursday. North Korea's recent missile tests show "
      "that it wants better weapons.\n");
  for (const Event& e : events) CHECK_FALSE((e.type == EventType::kMissileTest && e.date.known()));
  events = EventsOf("Jepang dan Vietnam berunding soal Korea Utara di Hanoi pada Kamis. Uji coba rudal Korea Utara "
                    "baru-baru ini menunjukkan ambisinya.\n");
  for (const Event& e : events) CHECK_FALSE((e.type == EventType::kMissileTest && e.date.known()));
}

TEST_CASE("A trailing attribution is the event's source, not a report of its own", "[extract][rules]") {
  using V = std::vector<EventType>;
  CHECK(TypesOf("Russia launched 300 drones at Ukraine on Saturday, the Ukrainian Air Force said.\n") ==
        V{EventType::kAttack});
  // A finding told with a time of its own is a report.
  std::vector<EventType> types = TypesOf(
      "The National Intelligence Service said on Tuesday that North Korean hackers stole $30 million.\n");
  CHECK(std::count(types.begin(), types.end(), EventType::kReport) == 1);
}

TEST_CASE("A UN organ acts as itself, an agency of a body as the body", "[extract][rules]") {
  std::vector<Event> events =
      EventsOf("Dewan Keamanan PBB pada Jumat memperpanjang mandat misi itu hingga akhir 2026.\n");
  REQUIRE_FALSE(events.empty());
  REQUIRE_FALSE(events[0].actors.empty());
  CHECK(events[0].actors[0].id == "UNSC");
  CHECK(events[0].actors[0].country == "UNSC");
  events = EventsOf("The European Commission imposed sanctions on three Russian banks on Friday.\n");
  REQUIRE_FALSE(events.empty());
  CHECK(events[0].actors[0].country == "EU");
}

TEST_CASE("Trigger data is validated when loaded: a misspelt key names the file and the key", "[extract]") {
  const fs::path data = fs::path(TIMELINE_SOURCE_DIR) / "data";
  const std::string rules = Read(data / "triggers.json");
  const std::string id = Read(data / "lang/id/triggers.json");
  const std::string en = Read(data / "lang/en/triggers.json");
  CHECK_NOTHROW(CheckTriggerData(rules, id, en));
  // `which`: 0 the rules, 1 the Indonesian words, 2 the English words.
  auto fails_with = [&](int which, const std::string& from, const std::string& to, const std::string& file,
                        const std::string& message) {
    std::string bad[] = {rules, id, en};
    size_t at = bad[which].find(from);
    REQUIRE(at != std::string::npos);
    bad[which].replace(at, from.size(), to);
    try {
      CheckTriggerData(bad[0], bad[1], bad[2]);
      FAIL("accepted: " << to);
    } catch (const std::runtime_error& e) {
      INFO(e.what());
      CHECK(std::string(e.what()).find(file) != std::string::npos);
      CHECK(std::string(e.what()).find(message) != std::string::npos);
    }
  };
  // A section the rules do not declare, misspelt in a language's file.
  fails_with(1, "\"negation\":", "\"negaton\":", "data/lang/id/triggers.json", "negaton");
  // The rules' section misspelt: the languages' words have nowhere to go.
  fails_with(0, "\"negation\":", "\"negaton\":", "data/lang/id/triggers.json", "negation");
  // A key nothing reads.
  fails_with(0, "\"comment\":", "\"commnet\": \"\", \"comment\":", "data/triggers.json", "commnet");
  // No such event type.
  fails_with(0, "\"from\": \"missile_test\"", "\"from\": \"missile_tset\"", "data/triggers.json", "missile_tset");
  // A retype rule's key misspelt ("absnet" would silently turn the rule around).
  fails_with(0, "\"absent\": true", "\"absnet\": true", "data/triggers.json", "unknown key \"absnet\"");
  // A list one language leaves out.
  fails_with(2, "\"partitive\":", "\"partitve\":", "data/lang/en/triggers.json", "partitve");
  fails_with(2, "\"habitual\":", "\"partitive\":", "data/lang/en/triggers.json", "missing key \"habitual\"");
}

TEST_CASE("'A day after the attack' counts from the attack, not from the last event told", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "Pakistan menyerang pos militer India pada 22 April 2025. India dan Pakistan berunding pada 25 April 2025. "
      "Sehari setelah serangan itu, India menangguhkan traktat air.\n");
  bool found = false;
  for (const Event& e : events) {
    if (e.type != EventType::kSanction) continue;
    found = true;
    CHECK(e.date.start == date::sys_days{date::year{2025} / 4 / 23});
  }
  CHECK(found);
}

TEST_CASE("A relative clause before the trigger dates what it describes, not the trigger", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "Kementerian Luar Negeri China pada Jumat mengecam penjualan senjata yang disetujui Washington pekan lalu, "
      "dan mendesak Amerika Serikat menghentikan kontak militer dengan Taiwan.\n");
  bool found = false;
  for (const Event& e : events) {
    if (e.type != EventType::kAppeal) continue;
    found = true;
    CHECK(e.date.precision != DatePrecision::kWeek);  // not "pekan lalu"
  }
  CHECK(found);
}

TEST_CASE("The speaker's own act keeps the speaker", "[extract][rules]") {
  std::vector<Event> events =
      EventsOf("The Sudanese army said its air force attacked RSF positions near Omdurman on Thursday night.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kAttack);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"SDN:initiator", "SDN-RSF:target"});
}

TEST_CASE("A state after 'linked to' is who is behind it, not a place", "[extract][rules]") {
  std::vector<Event> events =
      EventsOf("Hackers linked to North Korea stole about $15 million from a Japanese crypto exchange in January.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"PRK:initiator", "JPN:target"});
}

TEST_CASE("Two events of one type in a clause are two when their dates or factuality differ", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "North Korea fired a cruise missile on Friday and launched no ballistic missiles on Saturday.\n");
  std::set<Factuality> seen;
  for (const Event& e : events) {
    if (e.type == EventType::kMissileTest) seen.insert(e.factuality);
  }
  CHECK(seen == std::set<Factuality>{Factuality::kAsserted, Factuality::kNegated});
}

TEST_CASE("A separate event told twice in its own sentence is one", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "Amerika Serikat menggelar latihan militer dengan Jepang pada Senin. AS juga menerbangkan pesawat pengebom "
      "untuk pelatihan udara yang terpisah dengan Korea Selatan pada Senin.\n");
  CHECK(std::count_if(events.begin(), events.end(), [](const Event& e) { return e.type == EventType::kDrill; }) == 2);
}

TEST_CASE("An extracted event's id is its article's and its trigger's byte offset, not its rank", "[extract]") {
  std::string bytes = "\xE2\x80\xA2 January 26, 2026\n\nTitle of the story\n\n"
                      "North Korea fired a ballistic missile on Friday. On Monday, Malaysia condemned the airstrike. "
                      "North Korea has not conducted a nuclear test since September 2017.\n";
  FactDocument doc = ExtractArticle(bytes, "ids.txt", {});
  REQUIRE(doc.events.size() == 4);
  std::set<std::string> ids;
  for (const Event& e : doc.events) {
    INFO(e.id);
    REQUIRE(e.id.rfind(doc.article.id + "-", 0) == 0);
    std::string rest = e.id.substr(doc.article.id.size() + 1);
    size_t offset = std::stoul(rest);  // "-2" may follow for a second event of one trigger
    CHECK(bytes.compare(offset, 5, e.type == EventType::kProtest ? "conde" : e.type == EventType::kMissileTest &&
                                                                                e.date.precision == DatePrecision::kDay
                                                                            ? "fired"
                                                                            : "nucle") == 0);
    ids.insert(e.id);
  }
  CHECK(ids.size() == 4);  // the negation and the test it refers back to: one trigger, two ids
}

TEST_CASE("The next of a series is a new event, with the parties of the last one", "[extract][rules]") {
  for (const char* body :
       {"Japan and China held talks in Tokyo on Tuesday. Another meeting could be held later this month.\n",
        "Jepang dan China menggelar perundingan di Tokyo pada Selasa. Pertemuan berikutnya dijadwalkan pekan "
        "depan.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 2);
    CHECK(events[1].type == EventType::kMeeting);
    CHECK(events[1].factuality == Factuality::kPossible);
    CHECK(ActorIds(events[1]) == std::vector<std::string>{"JPN", "CHN"});
    REQUIRE(events[1].date.known());
    CHECK(*events[1].date.end > *events[0].date.end);  // later this month, next week
  }
  // Without the series word, "the meeting" is the one told already.
  std::vector<Event> events =
      EventsOf("Japan and China held talks in Tokyo on Tuesday. The meeting lasted three hours.\n");
  CHECK(events.size() == 1);
}

TEST_CASE("A passive without 'by' or 'oleh': who is named after it acts, before it is acted on", "[extract][rules]") {
  using V = std::vector<std::string>;
  struct Case {
    const char* body;
    V roles;
  };
  for (const Case& c : {
           Case{"A Philippine supply boat was rammed near Second Thomas Shoal on Monday.\n", V{"PHL:target"}},
           Case{"Kapal pasokan Filipina ditabrak kapal penjaga pantai China pada Senin.\n",
                V{"PHL:target", "CHN-CCG:initiator"}},
           Case{"Kapal pasokan Filipina diserang pada Senin.\n", V{"PHL:target"}},
           Case{"Korea Selatan dikecam Korea Utara pada Senin.\n", V{"KOR:target", "PRK:initiator"}},
           // Active voice, and words that only begin like a prefix, keep the order.
           Case{"Israel menyerang Lebanon pada Senin.\n", V{"ISR:initiator", "LBN:target"}},
           Case{"Russia attacked Ukraine on Monday.\n", V{"RUS:initiator", "UKR:target"}},
       }) {
    INFO(c.body);
    std::vector<Event> events = EventsOf(c.body);
    REQUIRE(events.size() == 1);
    CHECK(RolesOf(events[0]) == c.roles);
  }
}

TEST_CASE("Drones launched are an attack, not a missile test", "[extract][rules]") {
  for (const char* body : {"Russia launched 120 drones on Monday night.\n",
                           "Rusia meluncurkan 120 drone pada Senin malam.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kAttack);
  }
}

TEST_CASE("What a threat threatens is an event of its own, possible", "[extract][rules]") {
  for (const char* body : {"North Korea threatened on Monday to conduct a nuclear test.\n",
                           "Korea Utara pada Senin mengancam akan melakukan uji coba nuklir.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 2);
    CHECK(events[0].type == EventType::kWarning);
    CHECK(events[1].type == EventType::kNuclearTest);
    CHECK(events[1].factuality == Factuality::kPossible);
  }
}

TEST_CASE("'That year' counts from the year the story named before", "[extract][rules]") {
  for (const char* body : {"North Korea and Russia signed a defence pact in June 2024. North Korean troops attacked "
                           "Ukrainian positions in Kursk in November that year.\n",
                           "Korea Utara dan Rusia meneken pakta pertahanan pada Juni 2024. Pasukan Korut menyerang "
                           "posisi Ukraina di Kursk pada November tahun itu.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 2);
    CHECK(events[1].type == EventType::kAttack);
    REQUIRE(events[1].date.known());
    CHECK(FormatIsoDay(*events[1].date.start) == "2024-11-01");
  }
}

TEST_CASE("'The following month', 'a year later' count from the event before", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "Russia invaded Ukraine in February 2022. The following month, the EU imposed sanctions on Russia. A year "
      "later, Japan sanctioned Russia.\n");
  REQUIRE(events.size() == 3);
  CHECK(FormatIsoDay(*events[1].date.start) == "2022-03-01");
  CHECK(events[1].date.precision == DatePrecision::kMonth);
  CHECK(FormatIsoDay(*events[2].date.start) == "2023-01-01");
  CHECK(events[2].date.precision == DatePrecision::kYear);
  events = EventsOf("Russia invaded Ukraine on February 24, 2022. Later that month, the EU imposed sanctions on "
                    "Russia.\n");
  REQUIRE(events.size() == 2);
  CHECK(FormatIsoDay(*events[1].date.start) == "2022-02-01");
  CHECK(events[1].date.precision == DatePrecision::kMonth);
  events = EventsOf("Rusia menginvasi Ukraina pada Februari 2022. Setahun kemudian, Jepang menjatuhkan sanksi "
                    "terhadap Rusia.\n");
  REQUIRE(events.size() == 2);
  CHECK(FormatIsoDay(*events[1].date.start) == "2023-01-01");
}

TEST_CASE("'The two leaders', 'kedua pemimpin' are the states named before", "[extract][rules]") {
  for (const char* body : {"Japan's prime minister met Indonesia's president in Jakarta on Thursday. The two leaders "
                           "agreed to launch negotiations on a security pact.\n",
                           "Perdana Menteri Jepang bertemu Presiden Indonesia di Jakarta pada Kamis. Kedua pemimpin "
                           "sepakat memulai perundingan pakta keamanan.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 2);
    CHECK(events[1].type == EventType::kAgreement);
    CHECK(ActorIds(events[1]) == std::vector<std::string>{"JPN", "IDN"});
  }
}

TEST_CASE("An undated event borrows its actors' date only from the sentence just before", "[extract][rules]") {
  // Told right after the talks, the appeal goes on from them; told after
  // other news, it is of no known time, not an event of Monday.
  const std::string talks = "Japan and China held talks in Tokyo on Monday.\n\n";
  const std::string appeal = "Japan urged China to release the detained crew.\n";
  std::vector<Event> next = EventsOf(talks + appeal);
  REQUIRE(next.size() == 2);
  CHECK(next[1].type == EventType::kAppeal);
  CHECK(FormatIsoDay(*next[1].date.start) == "2026-01-26");
  std::vector<Event> later =
      EventsOf(talks + "North Korea fired two ballistic missiles into the sea on Wednesday.\n\n" + appeal);
  bool told = false;
  for (const Event& e : later) {
    INFO(e.title);
    if (e.type != EventType::kAppeal) continue;
    told = true;  // it happened, at a time the story does not give
    CHECK(e.factuality == Factuality::kAsserted);
    CHECK_FALSE(e.date.known());
    CHECK(e.date.precision == DatePrecision::kUnknown);
  }
  CHECK(told);
  const std::string talks_id = "Jepang dan China menggelar perundingan di Tokyo pada Senin.\n\n";
  const std::string appeal_id = "Jepang mendesak China membebaskan awak kapal yang ditahan.\n";
  REQUIRE(EventsOf(talks_id + appeal_id).size() == 2);
  for (const Event& e : EventsOf(talks_id + "Korea Utara menembakkan dua rudal balistik ke laut pada Rabu.\n\n" +
                                 appeal_id)) {
    INFO(e.title);
    CHECK_FALSE((e.type == EventType::kAppeal && e.date.known()));
  }
}

TEST_CASE("What may or did not happen is kept without named parties, what happened is not", "[extract][rules]") {
  for (const char* body : {"The next round of talks is scheduled for next week, an official said.\n",
                           "Putaran perundingan berikutnya dijadwalkan pekan depan, kata seorang pejabat.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kMeeting);
    CHECK(events[0].factuality == Factuality::kPossible);
    CHECK(events[0].actors.empty());
  }
  // Asserted, a meeting still needs its parties: who met is what it says.
  for (const char* body : {"Officials said talks were held in Vienna on Monday.\n",
                           "Pejabat mengatakan perundingan digelar di Wina pada Senin.\n"}) {
    INFO(body);
    for (const Event& e : EventsOf(body)) CHECK(e.type != EventType::kMeeting);
  }
}
TEST_CASE("A subject pronoun acts for whom the sentence before named first", "[extract][rules]") {
  // The role of an event's actor of that id or country, "" when none is.
  auto role_of = [](const Event& e, const std::string& id) {
    for (const ActorRef& a : e.actors) {
      if (a.id == id || a.country == id) return std::string(ToString(a.role));
    }
    return std::string();
  };
  for (const char* body :
       {"Chinese Foreign Minister Wang Yi met Japanese Foreign Minister Takeshi Iwaya in Beijing on Monday. He also "
        "urged Japan on Tuesday to stop its military build-up.\n",
        "Menteri Luar Negeri China Wang Yi bertemu Menteri Luar Negeri Jepang di Beijing pada Senin. Ia juga "
        "mendesak Jepang pada Selasa untuk menghentikan penumpukan militer.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 2);
    REQUIRE(events[1].type == EventType::kAppeal);
    CHECK(role_of(events[1], "CHN") == "initiator");
    CHECK(role_of(events[1], "JPN") == "target");
  }
  for (const char* body : {"India and Pakistan traded accusations on Tuesday. They warned each other on Wednesday "
                           "against new attacks.\n",
                           "India dan Pakistan saling tuding pada Selasa. Mereka saling memperingatkan pada Rabu "
                           "agar tidak melancarkan serangan baru.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    const Event* warning = nullptr;
    for (const Event& e : events) {
      if (e.type == EventType::kWarning) warning = &e;
    }
    REQUIRE(warning);
    CHECK(role_of(*warning, "IND") == "initiator");
    CHECK(role_of(*warning, "PAK") == "initiator");
  }
  // Someone named between the pronoun and the trigger acts instead.
  std::vector<Event> events = EventsOf(
      "Japan's defence ministry held a briefing on Monday. It said China warned Taiwan on Tuesday against "
      "provocations.\n");
  for (const Event& e : events) {
    if (e.type == EventType::kWarning) CHECK(role_of(e, "CHN") == "initiator");
  }
}

TEST_CASE("A passive trigger after an event is its predicate, not its object", "[extract][rules]") {
  // "condemned the launch" makes the launch an object of the condemnation;
  // "the launch was condemned by Japan" tells the condemnation itself.
  for (const char* body : {"North Korea's missile launch on Sunday was condemned by Japan and South Korea.\n",
                           "Peluncuran rudal Korea Utara pada Minggu dikecam oleh Jepang dan Korea Selatan.\n"}) {
    INFO(body);
    const Event* protest = nullptr;
    std::vector<Event> events = EventsOf(body);
    for (const Event& e : events) {
      if (e.type == EventType::kProtest) protest = &e;
    }
    REQUIRE(protest);
    for (const ActorRef& a : protest->actors) {
      INFO(a.id);
      CHECK(a.role == (a.id == "PRK" ? ActorRole::kTarget : ActorRole::kInitiator));
    }
    CHECK(protest->actors.size() == 3);
  }
}

TEST_CASE("Hit by sanctions is no attack, hit by missiles is", "[extract][rules]") {
  for (const char* body : {"Russia was hit by new sanctions from Britain on Monday.\n",
                           "Rusia dihantam sanksi baru dari Inggris pada Senin.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kSanction);
  }
  for (const char* body : {"The city of Kharkiv was hit by Russian missiles on Sunday.\n",
                           "Kota Kharkiv dihantam rudal Rusia pada Minggu.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kAttack);
  }
}
TEST_CASE("A pronoun after a name in its own sentence stands for that name", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "Japan held talks with South Korea on Friday.\n\nThe Treasury Department warned on Monday that it would "
      "impose sanctions on the hackers.\n");
  const Event* sanction = nullptr;
  for (const Event& e : events) {
    if (e.type == EventType::kSanction) sanction = &e;
  }
  REQUIRE(sanction);
  REQUIRE_FALSE(sanction->actors.empty());
  CHECK(sanction->actors[0].id == "USA-TREASURY");
  for (const ActorRef& a : sanction->actors) CHECK(a.id != "JPN");
}
TEST_CASE("Aid workers and aid agencies are no aid", "[extract][rules]") {
  for (const char* body : {"The Taliban government detained two British aid workers on Tuesday.\n",
                           "Aid agencies warned on Tuesday that food stocks in Gaza would run out.\n",
                           "Pemerintah Taliban menahan dua pekerja bantuan asal Inggris pada Selasa.\n"}) {
    INFO(body);
    for (const Event& e : EventsOf(body)) CHECK(e.type != EventType::kAid);
  }
  // Aid given is aid.
  std::vector<Event> events = EventsOf("Germany pledged 500 million euros in military aid to Ukraine on Thursday.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kAid);
}

TEST_CASE("'Menguji coba rudal' is a missile test by its root", "[extract][rules]") {
  for (const char* body : {"Korea Utara menguji coba rudal hipersonik pada Sabtu, menurut militer Korea Selatan.\n",
                           "Korea Utara mengujicobakan rudal jelajah baru pada Sabtu.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kMissileTest);
    CHECK(ActorIds(events[0]) == std::vector<std::string>{"PRK"});
  }
}

TEST_CASE("Artillery fired with no target is a drill, fired at someone an attack", "[extract][rules]") {
  for (const char* body : {"North Korea fired a barrage of artillery shells into the sea on Monday.\n",
                           "Korea Utara menembakkan puluhan peluru artileri ke laut pada Senin.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kDrill);
  }
  std::vector<Event> events = EventsOf("Russia fired artillery shells at a village in Kharkiv on Monday, killing two.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kAttack);
}
TEST_CASE("'Launch' in any form is a missile launch by its root", "[extract][rules]") {
  std::vector<Event> events =
      EventsOf("Russia did not launch any missiles at Kyiv on Tuesday, the Ukrainian air force said.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kAttack);  // missiles at a city
  CHECK(events[0].factuality == Factuality::kNegated);
  events = EventsOf("North Korea was launching short-range missiles from its east coast on Monday, officials said.\n");
  REQUIRE_FALSE(events.empty());
  CHECK(events[0].type == EventType::kMissileTest);
  // Launching talks is no missile launch (a missile word is required).
  for (const Event& e : EventsOf("Japan and China agreed on Monday to launch talks on a maritime hotline.\n")) {
    CHECK(e.type != EventType::kMissileTest);
  }
}

TEST_CASE("Who tells an event after it ('..., the coast guard said') is its source, not a party", "[extract][rules]") {
  for (const char* body : {"Chinese coast guard ships fired water cannon at a Philippine vessel on Sunday, the "
                           "Philippine coast guard said.\n",
                           "Kapal penjaga pantai China menembakkan meriam air ke kapal Filipina pada Minggu, kata "
                           "penjaga pantai Filipina.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kAttack);  // a water cannon is no artillery drill
    CHECK(ActorIds(events[0]) == std::vector<std::string>{"CHN-CCG", "PHL"});
  }
}

TEST_CASE("'..., lapor KCNA' after the event is its source, not a party", "[extract][rules]") {
  std::vector<Event> events = EventsOf("Korea Utara menguji coba rudal jelajah baru pada Minggu, lapor KCNA.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kMissileTest);
  CHECK(ActorIds(events[0]) == std::vector<std::string>{"PRK"});
}

TEST_CASE("Adopting a resolution is an agreement, and 'has not tested a nuclear weapon since' refers back", "[extract][rules]") {
  for (const char* body : {"The UN Security Council adopted a resolution extending the peacekeeping mission in "
                           "Lebanon on Tuesday.\n",
                           "Dewan Keamanan PBB mengesahkan resolusi yang memperpanjang misi penjaga perdamaian di "
                           "Lebanon pada Selasa.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kAgreement);
    CHECK(ActorIds(events[0]) == std::vector<std::string>{"UNSC"});
  }
  std::vector<Event> events = EventsOf("India has not tested a nuclear weapon since 1998.\n");
  REQUIRE(events.size() == 2);
  CHECK(events[0].type == EventType::kNuclearTest);
  CHECK(events[0].factuality == Factuality::kNegated);
  CHECK_FALSE(events[0].date.known());
  CHECK(events[1].factuality == Factuality::kAsserted);
  CHECK(FormatIsoDay(*events[1].date.start) == "1998-01-01");
}
TEST_CASE("A threat is made while what it threatens may come, and 'failed to' negates", "[extract][rules]") {
  for (const char* body : {"North Korea threatened on Monday to conduct a seventh nuclear test.\n",
                           "Korea Utara pada Senin mengancam akan melakukan uji coba nuklir ketujuh.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 2);
    CHECK(events[0].type == EventType::kWarning);
    CHECK(events[0].factuality == Factuality::kAsserted);
    CHECK(events[1].type == EventType::kNuclearTest);
    CHECK(events[1].factuality == Factuality::kPossible);
  }
  for (const char* body : {"The UN Security Council failed to adopt a resolution on Gaza on Friday.\n",
                           "Dewan Keamanan PBB gagal mengadopsi resolusi tentang Gaza pada Jumat.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kAgreement);
    CHECK(events[0].factuality == Factuality::kNegated);
  }
}

TEST_CASE("Evading sanctions is no sanction, and an agency telling lawmakers is a report", "[extract][rules]") {
  for (const char* body : {"A UN panel found in March that North Korea had evaded sanctions through ship-to-ship "
                           "transfers.\n",
                           "Panel PBB pada Maret menemukan bahwa Korea Utara menghindari sanksi melalui transfer "
                           "antarkapal.\n"}) {
    INFO(body);
    for (const Event& e : EventsOf(body)) CHECK(e.type != EventType::kSanction);
  }
  // (The troops sent are aid, told beside the report: the references count
  // troops sent to an ally as aid.)
  std::vector<Event> events = EventsOf(
      "South Korea's spy agency told lawmakers on Tuesday that North Korea had sent more troops to Russia.\n");
  REQUIRE(events.size() == 2);
  CHECK(events[0].type == EventType::kReport);
  CHECK(events[0].actors[0].id == "KOR-NIS");
  CHECK(events[1].type == EventType::kAid);
}

TEST_CASE("Ambiguous verbs are events only with their argument in the clause", "[extract][rules]") {
  using V = std::vector<EventType>;
  struct Case {
    const char* body;
    V types;
  };
  const Case cases[] = {
      // Sending, delivering, giving: aid with arms, money or relief named.
      {"Norway sent 30 howitzers to Ukraine on Friday.\n", V{EventType::kAid}},
      {"Norwegia mengirimkan 30 howitzer ke Ukraina pada Jumat.\n", V{EventType::kAid}},
      {"Canada delivered medical supplies to Gaza on Friday.\n", V{EventType::kAid}},
      {"Norway sent a letter to Ukraine on Friday.\n", V{}},
      {"Norwegia mengirim surat ke Ukraina pada Jumat.\n", V{}},
      {"The United States announced a new weapons package for Taiwan on Friday.\n", V{EventType::kAid}},
      {"Amerika Serikat mengumumkan paket senjata baru untuk Taiwan pada Jumat.\n", V{EventType::kAid}},
      // Detonating: a nuclear test only when something nuclear is named.
      {"Pakistan detonated a nuclear device on Friday.\n", V{EventType::kNuclearTest}},
      {"Pakistan meledakkan perangkat nuklir pada Jumat.\n", V{EventType::kNuclearTest}},
      {"Indian army engineers detonated old explosives at a quarry on Friday.\n", V{}},
      {"Zeni Angkatan Darat India meledakkan bahan peledak lama di sebuah tambang pada Jumat.\n", V{}},
      // Receiving: a meeting when a leader or envoy is received.
      {"Thailand's prime minister received Malaysia's foreign minister in Bangkok on Friday.\n",
       V{EventType::kMeeting}},
      {"Perdana Menteri Thailand menerima Menteri Luar Negeri Malaysia di Bangkok pada Jumat.\n",
       V{EventType::kMeeting}},
      {"Thailand received a shipment of rice from Vietnam on Friday.\n", V{}},
      {"Thailand menerima kiriman beras dari Vietnam pada Jumat.\n", V{}},
      {"Presiden Mesir mengunjungi Turki pada Jumat.\n", V{EventType::kMeeting}},
      // Hitting: an attack when a weapon hits.
      {"A Russian drone hit a power plant in Ukraine on Friday.\n", V{EventType::kAttack}},
      {"The storm hit the Philippines on Friday.\n", V{}},
      {"A typhoon battered the Philippines on Friday.\n", V{}},
      // Manoeuvres are a drill, not when dangerous to a vessel.
      {"Chinese ships conducted dangerous blocking maneuvers against a Philippine vessel on Friday.\n", V{}},
      {"Kapal-kapal China melakukan manuver berbahaya terhadap kapal Filipina pada Jumat.\n", V{}},
      {"Angkatan Laut China menggelar manuver di dekat Taiwan pada Jumat.\n", V{EventType::kDrill}},
      // Suspending is a sanction only of what a state suspends.
      {"India pada Jumat menangguhkan perjanjian perairan dengan Pakistan.\n", V{EventType::kSanction}},
      {"Jepang menangguhkan kampanye iklannya pada Jumat.\n", V{}},
      {"Russian drones hammered a port in Ukraine on Friday.\n", V{EventType::kAttack}},
      // Breaking into systems is a cyberattack; into an exchange's funds, theft.
      {"Peretas Iran membobol jaringan kementerian Israel pada Jumat.\n", V{EventType::kCyberattack}},
      {"Peretas Korea Utara membobol bursa kripto Jepang dan mencuri dana senilai 10 juta dolar AS pada Jumat.\n",
       V{EventType::kTheft}},
      {"Myanmar memasukkan lima perusahaan Thailand ke daftar hitam pada Jumat.\n", V{EventType::kSanction}},
      // Attending: a meeting when a meeting is attended.
      {"Thailand attended the security conference in Singapore on Friday.\n", V{EventType::kMeeting}},
      {"Thailand menghadiri konferensi keamanan di Singapura pada Jumat.\n", V{EventType::kMeeting}},
      {"The Thai king attended a ship launching ceremony in Bangkok on Friday.\n", V{}},
      // Extending: a sanction when a sanction is extended.
      {"Australia extended its sanctions on Myanmar on Friday.\n", V{EventType::kSanction}},
      {"Australia memperpanjang sanksi terhadap Myanmar pada Jumat.\n", V{EventType::kSanction}},
      {"Australia extended its visa-free scheme for Myanmar on Friday.\n", V{}},
      {"Japan added ten Russian entities to its sanctions list on Friday.\n", V{EventType::kSanction}},
      {"Kim Yo Jong warned Seoul on Friday not to send more leaflets.\n", V{EventType::kWarning}},
      // A missile at a parade is shown, not fired at anyone.
      {"Pakistan showcased a new ballistic missile at a military parade on Friday.\n",
       V{EventType::kWeaponUnveiling}},
      {"Pakistan memamerkan rudal balistik baru dalam parade militer pada Jumat.\n", V{EventType::kWeaponUnveiling}},
      // Retyped twice: a launch that hits is an attack, an attack on websites
      // a cyberattack.
      {"Russian hackers launched a DDoS attack on Estonian government websites on Friday.\n",
       V{EventType::kCyberattack}},
      // Targeting with weapons is an attack; targeted sanctions are not.
      {"Pakistani jets targeted militant hideouts in Afghanistan on Friday.\n", V{EventType::kAttack}},
      {"Jet Pakistan menargetkan persembunyian militan di Afghanistan pada Jumat.\n", V{EventType::kAttack}},
      {"Indonesia menargetkan pertumbuhan ekonomi lima persen pada 2026.\n", V{}},
      {"Gunmen from Pakistan stormed a police post in Afghanistan on Friday.\n", V{EventType::kAttack}},
      {"Pasukan Thailand dan Kamboja terlibat bentrokan di perbatasan pada Jumat.\n", V{EventType::kAttack}},
      // A nuclear site is no website: strikes on it are attacks.
      {"Israel melakukan serangan terhadap situs nuklir Iran pada Jumat.\n", V{EventType::kAttack}},
      // Discussing: a meeting when discussed with someone, or in a council.
      {"Thailand discussed the border dispute with Cambodia on Friday.\n", V{EventType::kMeeting}},
      {"Thailand membahas sengketa perbatasan dengan Kamboja pada Jumat.\n", V{EventType::kMeeting}},
      {"Thailand's parliament discussed the budget on Friday.\n", V{}},
      // Capturing a town or a base is an attack.
      {"The Arakan Army captured a Myanmar army base in Rakhine on Friday.\n", V{EventType::kAttack}},
      {"Tentara Arakan merebut pangkalan militer Myanmar di Rakhine pada Jumat.\n", V{EventType::kAttack}},
      // Complaints filed are protests; a test of a missile is a missile test.
      {"Thailand filed a complaint with ASEAN against Cambodia on Friday.\n", V{EventType::kProtest}},
      {"Pakistan tested a new cruise missile on Friday.\n", V{EventType::kMissileTest}},
      {"Pakistan menguji coba rudal jelajah baru pada Jumat.\n", V{EventType::kMissileTest}},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    std::vector<EventType> types;
    for (const Event& e : EventsOf(c.body)) types.push_back(e.type);
    types.erase(std::unique(types.begin(), types.end()), types.end());
    CHECK(types == c.types);
  }
}

TEST_CASE("Where aid goes is who receives it", "[extract][rules]") {
  for (const char* body : {"Norway sent 30 howitzers to Ukraine on Friday.\n",
                           "Norwegia mengirimkan 30 howitzer ke Ukraina pada Jumat.\n",
                           "Norwegia memberikan bantuan senilai 10 juta dolar AS kepada Ukraina pada Jumat.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(RolesOf(events[0]) == std::vector<std::string>{"NOR:initiator", "UKR:target"});
  }
}

TEST_CASE("What an appeal asks for shares its date, unless both have their own", "[extract][rules]") {
  for (const char* body : {"ASEAN called for an immediate ceasefire in Myanmar on Friday.\n",
                           "ASEAN menyerukan gencatan senjata segera di Myanmar pada Jumat.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kAppeal);
  }
  // The appeal on Friday, the talks it asks for next week: two events.
  std::vector<Event> events = EventsOf("On Friday, Malaysia called on Thailand and Cambodia to hold talks next week.\n");
  REQUIRE(events.size() == 2);
  CHECK(events[0].type == EventType::kAppeal);
  CHECK(events[1].type == EventType::kMeeting);
  CHECK(events[1].factuality == Factuality::kPossible);
}

TEST_CASE("A report's author is the agency nearest its trigger", "[extract][rules]") {
  std::vector<Event> events =
      EventsOf("Kim Jong Un inspected a shipyard in Nampo, KCNA reported on Monday.\n");
  bool report = false;
  for (const Event& e : events) {
    if (e.type != EventType::kReport) continue;
    report = true;
    std::vector<std::string> roles = RolesOf(e);
    CHECK(std::find(roles.begin(), roles.end(), "PRK-KCNA:initiator") != roles.end());
    CHECK(std::find(roles.begin(), roles.end(), "kim-jong-un:initiator") == roles.end());
  }
  CHECK(report);
}

TEST_CASE("Leaders named by surname act for their state, and what a minister says is no report", "[extract][rules]") {
  std::vector<Event> events = EventsOf("Erdogan condemned the bombing of the hospital in Khartoum on Friday.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kProtest);
  REQUIRE_FALSE(events[0].actors.empty());
  CHECK(events[0].actors[0].country == "TUR");
  events = EventsOf("Pada Jumat, Albanese mendesak Myanmar membebaskan tahanan politik.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kAppeal);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"anthony-albanese:initiator", "MMR:target"});
  // A head of a body speaking for it is the body (SPEC §7).
  events = EventsOf("Guterres urged Sudan's army to accept a truce on Friday.\n");
  REQUIRE_FALSE(events.empty());
  CHECK(events[0].actors[0].country == "UN");
  // Capitals and seats of government act for their state when they act.
  events = EventsOf("The White House warned Caracas on Friday against new provocations.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"USA:initiator", "VEN:target"});
  events = EventsOf("Beirut condemned the shelling of border villages on Friday.\n");
  REQUIRE_FALSE(events.empty());
  CHECK(events[0].actors[0].id == "LBN");
  // "Lavrov said on Friday that ...": a statement, not a report.
  for (const Event& e : EventsOf("Lavrov said on Friday that the talks in Istanbul had been useful.\n")) {
    CHECK(e.type != EventType::kReport);
  }
}

TEST_CASE("What a relative clause says of a noun with no date there tells no event", "[extract][rules]") {
  for (const char* body : {"Canada imposed sanctions on Friday on two firms that supply jet fuel to Myanmar's army.\n",
                           "Kanada pada Jumat menjatuhkan sanksi terhadap dua perusahaan yang memasok bahan bakar jet "
                           "kepada militer Myanmar.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kSanction);
  }
  // Dated in the relative clause: an event of its own.
  std::vector<Event> events =
      EventsOf("Canada imposed sanctions on Friday on two firms, which supplied jet fuel to Myanmar's army in May.\n");
  REQUIRE(events.size() == 2);
  CHECK(events[1].type == EventType::kAid);
  CHECK(FormatIsoDay(*events[1].date.start) == "2025-05-01");
}

TEST_CASE("A verb joined by 'and' after a denial is out of the denial's reach", "[extract][rules]") {
  for (const char* body : {"On Friday, Cambodia denied shelling the temple and accused Thailand of provocations.\n",
                           "Pada Jumat, Kamboja membantah menembaki kuil itu dan menuduh Thailand melakukan "
                           "provokasi.\n"}) {
    INFO(body);
    bool accused = false;
    for (const Event& e : EventsOf(body)) {
      if (e.type != EventType::kProtest) continue;
      accused = true;
      CHECK(e.factuality == Factuality::kAsserted);
      CHECK(RolesOf(e) == std::vector<std::string>{"KHM:initiator", "THA:target"});
    }
    CHECK(accused);
  }
}

TEST_CASE("Talking by phone is a meeting, and those suspected of planning attacks attack no one", "[extract][rules]") {
  std::vector<Event> events =
      EventsOf("On Friday, Malaysia's prime minister spoke to his Thai counterpart by phone.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kMeeting);
  CHECK(ActorIds(events[0]) == std::vector<std::string>{"MYS", "THA"});
  events = EventsOf("Pada Jumat, Perdana Menteri Malaysia berbicara dengan mitranya dari Thailand melalui telepon.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kMeeting);
  for (const char* body : {"Malaysian police on Friday arrested three men suspected of planning attacks in Johor.\n",
                           "Polisi Malaysia pada Jumat menangkap tiga pria yang diduga merencanakan serangan di "
                           "Johor.\n"}) {
    INFO(body);
    for (const Event& e : EventsOf(body)) CHECK(e.type != EventType::kAttack);
  }
}

TEST_CASE("What is set or planned 'to' happen may come, a refusal negates, its setting happened", "[extract][rules]") {
  std::vector<Event> events = EventsOf("Thailand and Cambodia are set to resume talks in Kuala Lumpur next week.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kMeeting);
  CHECK(events[0].factuality == Factuality::kPossible);
  // "to resume talks" after an act is that act's purpose, no event.
  events = EventsOf("On Friday, Malaysia sent an envoy to Bangkok to resume talks.\n");
  for (const Event& e : events) CHECK(e.type != EventType::kMeeting);
  // "menolak" + a verb refuses it; "menolak tuduhan" is a protest.
  events = EventsOf("Kamboja menolak menandatangani pernyataan bersama di KTT ASEAN pada Jumat.\n");
  bool refused = false, summit = false;
  for (const Event& e : events) {
    if (e.type == EventType::kAgreement) refused = e.factuality == Factuality::kNegated;
    if (e.type == EventType::kMeeting) summit = e.factuality == Factuality::kAsserted;
  }
  CHECK(refused);
  CHECK(summit);
  // "In" is no setting: a denial reaches "involvement in cyberattacks".
  events = EventsOf("On Friday, Iran denied involvement in cyberattacks on Israel.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].factuality == Factuality::kNegated);
  // "Tak disengaja" (unintended) is no negation: the clash may come.
  events = EventsOf("Tindakan Kamboja dapat memicu bentrokan tak disengaja dengan Thailand pekan depan.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].factuality == Factuality::kPossible);
  events = EventsOf("Kamboja menolak tuduhan Thailand pada Jumat.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kProtest);
  CHECK(events[0].factuality == Factuality::kAsserted);
}

TEST_CASE("A di- passive the dictionary does not know keeps its agent after 'oleh'", "[extract][rules]") {
  std::vector<Event> events = EventsOf("Situs web Kementerian Pertahanan Filipina diretas oleh peretas China pada Jumat.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kCyberattack);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"PHL:target", "CHN:initiator"});
  // "TNI AU" is Indonesia's air force, not the African Union.
  events = EventsOf("TNI AU dan Angkatan Udara Australia menggelar latihan bersama di Darwin pada Jumat.\n");
  REQUIRE(events.size() == 1);
  for (const ActorRef& a : events[0].actors) CHECK(a.id != "AU");
}

TEST_CASE("What a meeting or agreement is about takes no part in it", "[extract][rules]") {
  for (const char* body : {"Japan and Australia agreed on Friday to share intelligence on North Korean cyber operations.\n",
                           "Jepang dan Australia pada Jumat sepakat berbagi data intelijen mengenai Korea Utara.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kAgreement);
    CHECK(ActorIds(events[0]) == std::vector<std::string>{"JPN", "AUS"});
  }
}

TEST_CASE("The host of a visit takes part in it", "[extract][rules]") {
  for (const char* body : {"Presiden Prabowo melawat ke Kuala Lumpur pada Jumat.\n",
                           "President Prabowo made a visit to Kuala Lumpur on Friday.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kMeeting);
    std::vector<std::string> ids = ActorIds(events[0]);
    CHECK(std::find(ids.begin(), ids.end(), "MYS") != ids.end());
  }
  // Where two meet is no party: "met in Bangkok" is no visit to Thailand.
  std::vector<Event> events = EventsOf("Malaysia and Vietnam met in Bangkok on Friday.\n");
  REQUIRE(events.size() == 1);
  CHECK(ActorIds(events[0]) == std::vector<std::string>{"MYS", "VNM"});
}

TEST_CASE("A future cue after 'and' is the second verb's, not the opening date's", "[extract][rules]") {
  // Published on a Monday: "Pada Kamis" is the Thursday before, and
  // "memperingatkan akan" (warned of) is no future.
  std::vector<Event> events =
      EventsOf("Pada Kamis, Presiden Iran mengecam sanksi itu dan memperingatkan akan adanya pembalasan.\n");
  REQUIRE(events.size() == 2);
  for (const Event& e : events) {
    CHECK(FormatIsoDay(*e.date.start) == "2026-01-22");
    CHECK(e.factuality == Factuality::kAsserted);
  }
}

TEST_CASE("A sentence with only a definite reference and a time after a verb reads no trigger it lacks", "[extract][rules]") {
  // Found by fuzz_article: the rule for a time after a purpose's event looked
  // up the nearest trigger of a sentence that had none (only a definite
  // reference), reading the front of an empty list.
  for (const char* body : {"Ia mengatakan tersebut pada Minggu.\n", "mengatakan tersebut Minggu.\n",
                           "He said that on Sunday.\n"}) {
    INFO(body);
    CHECK(EventsOf(body).empty());
  }
}

TEST_CASE("A definite reference that did not or may happen is an event of its own", "[extract][rules]") {
  // "The talks" were told already; that they may resume in March is new.
  for (const char* body : {"Japan and China held talks in Tokyo on Friday. The talks are expected to resume in March.\n",
                           "Menteri luar negeri Korea Selatan dan Jepang bertemu di Seoul pada Jumat. Pertemuan itu "
                           "akan dilanjutkan pada Maret.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 2);
    CHECK(events[0].factuality == Factuality::kAsserted);
    CHECK(events[1].type == EventType::kMeeting);
    CHECK(events[1].factuality == Factuality::kPossible);
    CHECK(FormatIsoDay(*events[1].date.start) == "2026-03-01");
  }
  // Asserted, it is the event told already; a claim denied is no event
  // that did not happen.
  CHECK(EventsOf("Japan and China held talks in Tokyo on Friday. The talks lasted three hours.\n").size() == 1);
  for (const char* body : {"China denied the accusations on Tuesday.\n", "China membantah tudingan itu pada Selasa.\n"}) {
    INFO(body);
    CHECK(EventsOf(body).empty());
  }
}

TEST_CASE("A noun trigger takes the negation or modality of the predicate after it", "[extract][rules]") {
  // The predicate comes after the noun and what qualifies it.
  struct Case {
    const char* body;
    Factuality factuality;
  };
  const Case cases[] = {
      {"Officials said talks between Washington and Tehran could resume soon.\n", Factuality::kPossible},
      {"The scheduled talks between Thailand and Cambodia did not take place on Friday.\n", Factuality::kNegated},
      {"Perundingan antara Thailand dan Kamboja tidak jadi digelar pada Jumat.\n", Factuality::kNegated},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    std::vector<Event> events = EventsOf(c.body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kMeeting);
    CHECK(events[0].factuality == c.factuality);
  }
  // "did" is past: the Friday before publication (Monday, January 26), not
  // the next one that "scheduled" would make it.
  CHECK(FormatIsoDay(*EventsOf(cases[1].body)[0].date.start) == "2026-01-23");
  // A verb's own clause ends with it: what follows is its object's.
  std::vector<Event> verb = EventsOf("Japan condemned the launch on Friday, which could raise tensions.\n");
  REQUIRE(verb.size() == 1);
  CHECK(verb[0].factuality == Factuality::kAsserted);
}

TEST_CASE("A 'to' that ends a negation or modality cue opens no purpose", "[extract][rules]") {
  // "failed to adopt sanctions" did not happen; "to protest" after an act is
  // its purpose.
  std::vector<Event> failed = EventsOf("The Security Council failed to adopt sanctions on Iran on Friday.\n");
  REQUIRE(failed.size() == 1);
  CHECK(failed[0].type == EventType::kSanction);
  CHECK(failed[0].factuality == Factuality::kNegated);
  std::vector<Event> planned = EventsOf("Indonesia and Malaysia plan to hold border talks in April.\n");
  REQUIRE(planned.size() == 1);
  CHECK(planned[0].factuality == Factuality::kPossible);
  CHECK(FormatIsoDay(*planned[0].date.start) == "2026-04-01");  // the April to come
  // A denial of an act is no denial of a claim.
  std::vector<Event> denied = EventsOf("Israel membantah melancarkan serangan itu pada Jumat.\n");
  REQUIRE(denied.size() == 1);
  CHECK(denied[0].type == EventType::kAttack);
  CHECK(denied[0].factuality == Factuality::kNegated);
}

TEST_CASE("A definite reference that did not happen takes the date of the event it names", "[extract][rules]") {
  // "the strikes" are Friday's, not the paragraph's latest date (Sunday).
  std::vector<Event> events = EventsOf(
      "Israeli jets struck targets in Lebanon on Friday. Lebanon protested to the UN on Sunday. The United States "
      "said it had not taken part in the strikes.\n");
  REQUIRE(events.size() == 3);
  CHECK(events[2].type == EventType::kAttack);
  CHECK(events[2].factuality == Factuality::kNegated);
  CHECK(FormatIsoDay(*events[2].date.start) == "2026-01-23");
}

TEST_CASE("Ship launches, hand-overs, joint patrols, objections and vows", "[extract][rules]") {
  using V = std::vector<EventType>;
  // A launch of a warship is an unveiling; a launch of a missile a test.
  CHECK(TypesOf("North Korea launched a new destroyer on Friday.\n") == V{EventType::kWeaponUnveiling});
  CHECK(TypesOf("Korea Utara meluncurkan kapal perusak baru pada Jumat.\n") == V{EventType::kWeaponUnveiling});
  CHECK(TypesOf("North Korea launched a ballistic missile on Friday.\n") == V{EventType::kMissileTest});
  // Handing over arms or money is aid; ships sent are no aid.
  CHECK(TypesOf("Japan handed over radar systems worth 5 million dollars to Vietnam on Friday.\n") ==
        V{EventType::kAid});
  CHECK(TypesOf("China sent three warships to the area on Friday.\n").empty());
  CHECK(TypesOf("India strongly objected to China's new map on Friday.\n") == V{EventType::kProtest});
  CHECK(TypesOf("China lodged stern representations with Japan on Friday.\n") == V{EventType::kProtest});
  CHECK(TypesOf("Kapal perang China dan Rusia menggelar patroli bersama di Laut Jepang pada Jumat.\n") ==
        V{EventType::kDrill});
  CHECK(TypesOf("Iran pada Jumat bersumpah akan membalas pembunuhan itu.\n") == V{EventType::kWarning});
  CHECK(TypesOf("Russian missiles pounded Kharkiv on Friday.\n") == V{EventType::kAttack});
}

TEST_CASE("Unnamed attackers in a named place: the place's country suffers it", "[extract][rules]") {
  // A region the registry knows as a place of its state, and a state after "in".
  struct Case {
    const char* body;
    const char* country;
  };
  const Case cases[] = {{"Gunmen attacked a police station in Balochistan on Friday.\n", "PAK"},
                        {"Militants attacked an army post in northern Burkina Faso on Friday.\n", "BFA"},
                        {"Orang bersenjata menyerang pos polisi di Papua pada Jumat.\n", "IDN"}};
  for (const Case& c : cases) {
    INFO(c.body);
    std::vector<Event> events = EventsOf(c.body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kAttack);
    CHECK(RolesOf(events[0]) == std::vector<std::string>{std::string(c.country) + ":target"});
  }
  REQUIRE(EventsOf(cases[0].body)[0].place);
  CHECK(EventsOf(cases[0].body)[0].place->name == "Balochistan");
  // A place is never who acts.
  std::vector<Event> events = EventsOf("Pakistan launched strikes on militants in Balochistan on Friday.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"PAK:initiator"});
}

TEST_CASE("What was called off did not happen, what was put off may come", "[extract][rules]") {
  struct Case {
    const char* body;
    Factuality factuality;
    const char* day;
  };
  // Published on Monday, January 26.
  const Case cases[] = {
      {"The summit between the two leaders was postponed on Friday.\n", Factuality::kNegated, "2026-01-23"},
      {"Perundingan antara kedua menteri dibatalkan pada Jumat.\n", Factuality::kNegated, "2026-01-23"},
      {"The meeting between the two ministers was postponed until Friday.\n", Factuality::kPossible, "2026-01-30"},
      {"Pertemuan kedua menteri ditunda hingga Jumat.\n", Factuality::kPossible, "2026-01-30"},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    std::vector<Event> events = EventsOf(c.body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kMeeting);
    CHECK(events[0].factuality == c.factuality);
    CHECK(FormatIsoDay(*events[0].date.start) == c.day);
  }
}

TEST_CASE("A company based in a state is that state's: the victim of a theft", "[extract][rules]") {
  for (const char* body : {"North Korean hackers stole 300 million dollars from Dubai-based exchange Bybit on Friday.\n",
                           "Peretas Korea Utara mencuri 300 juta dolar AS dari bursa kripto yang berbasis di Dubai "
                           "pada Jumat.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::kTheft);
    CHECK(RolesOf(events[0]) == std::vector<std::string>{"PRK:initiator", "ARE:target"});
  }
}

TEST_CASE("A state named with one of its organs can author a report, the state alone cannot", "[extract][rules]") {
  for (const char* body : {"Vietnam's foreign ministry said on Friday that Chinese vessels had entered its waters.\n",
                           "The Thai army said on Friday that Cambodian troops had crossed the border.\n",
                           "Kementerian Luar Negeri Vietnam pada Jumat menyatakan kapal-kapal China telah memasuki "
                           "perairannya.\n",
                           // An agency the registry does not know, by the head of its name.
                           "Pakistan's Indus River System Authority said on Friday that the river's flow had dropped.\n",
                           "The Cyber Security Agency of Singapore said on Friday that hackers had targeted the grid.\n",
                           "Otoritas Sistem Sungai Indus Pakistan pada Jumat menyatakan debit sungai turun tajam.\n"}) {
    INFO(body);
    bool report = false;
    for (const Event& e : EventsOf(body)) report = report || e.type == EventType::kReport;
    CHECK(report);
  }
  // What a state says is a statement (SPEC §7), and so is an embassy's.
  for (const char* body : {"Vietnam said on Friday that Chinese vessels had entered its waters.\n",
                           "The US embassy said on Friday that it was deeply concerned by the clashes.\n"}) {
    INFO(body);
    const size_t reports = CountOfType(EventsOf(body), EventType::kReport);
    CHECK(reports == 0);
  }
}

TEST_CASE("In Indonesian the possessor after a noun trigger did it", "[extract][rules]") {
  struct Case {
    const char* body;
    EventType type;
    const char* initiator;
  };
  const Case cases[] = {
      // "latihan militer" overlaps the name "militer China": still a drill.
      {"Taiwan memantau latihan militer China di dekat pulau itu pada Jumat.\n", EventType::kDrill, "CHN-PLA"},
      {"Militer Korea Selatan mendeteksi peluncuran rudal Korea Utara pada Jumat.\n", EventType::kMissileTest, "PRK"},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    std::vector<Event> events = EventsOf(c.body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == c.type);
    std::vector<std::string> initiators;
    for (const ActorRef& a : events[0].actors) {
      if (a.role == ActorRole::kInitiator) initiators.push_back(a.id);
    }
    CHECK(initiators == std::vector<std::string>{c.initiator});
  }
}

TEST_CASE("What has been so all along is no event without a date of its own", "[extract][rules]") {
  CHECK(EventsOf("Korea Utara selama ini mengecam latihan gabungan Korea Selatan dan AS.\n").empty());
  CHECK(EventsOf("North Korea has routinely condemned the joint drills of South Korea and the US.\n").empty());
  CHECK(EventsOf("Beijing has repeatedly warned Manila against provocations in the South China Sea.\n").empty());
  CHECK(EventsOf("China berulang kali memperingatkan Filipina agar tidak memprovokasi.\n").empty());
}

TEST_CASE("A passive verb before a noun trigger keeps the agent after 'oleh'", "[extract][rules]") {
  std::vector<Event> events = EventsOf("Perusahaan China dijatuhi sanksi oleh Amerika Serikat pada Jumat.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kSanction);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"CHN:target", "USA:initiator"});
}

TEST_CASE("'N days after' counts from the event named after the phrase", "[extract][rules]") {
  // The drills are named after the phrase: the launch is two days on.
  std::vector<Event> events = EventsOf(
      "South Korea and the United States began joint drills on Friday. North Korea fired a ballistic missile two "
      "days after the drills.\n");
  REQUIRE(events.size() == 2);
  CHECK(events[1].type == EventType::kMissileTest);
  CHECK(FormatIsoDay(*events[1].date.start) == "2026-01-25");
}

TEST_CASE("An agreement violated is an agreement told already, no new one", "[extract][rules]") {
  using V = std::vector<EventType>;
  CHECK(TypesOf("Lebanon on Friday condemned the strike as a flagrant violation of the ceasefire.\n") ==
        V{EventType::kProtest});
  CHECK(TypesOf("Lebanon pada Jumat mengecam serangan itu sebagai pelanggaran atas gencatan senjata.\n") ==
        V{EventType::kProtest});
}

TEST_CASE("A fixed phrase is read whole: 'at least' is no 'fired at' and aims at nothing", "[extract][rules]") {
  using V = std::vector<EventType>;
  CHECK(TypesOf("North Korea fired at least two ballistic missiles into the sea on Friday.\n") ==
        V{EventType::kMissileTest});
  // An "at" of its own still aims the missiles.
  CHECK(TypesOf("Russian forces fired at least 40 missiles at Kyiv on Friday.\n") == V{EventType::kAttack});
  // Missiles fired "against" a country hit it; "in protest against/at" the
  // drills they hit nothing.
  CHECK(TypesOf("Russia launched 34 missiles against Ukraine on Friday.\n") == V{EventType::kAttack});
  CHECK(TypesOf("North Korea fired two ballistic missiles on Friday in protest against the joint drills.\n") ==
        V{EventType::kMissileTest});
  CHECK(TypesOf("North Korea fired two ballistic missiles on Friday in protest at the joint drills.\n") ==
        V{EventType::kMissileTest});
  // Aimed at no one: a time, the sea.
  CHECK(TypesOf("North Korea fired two ballistic missiles at 5:34 a.m. on Friday.\n") == V{EventType::kMissileTest});
  CHECK(TypesOf("North Korea fired two ballistic missiles at sea on Friday.\n") == V{EventType::kMissileTest});
  CHECK(TypesOf("Russian forces fired missiles at targets in Kharkiv on Friday.\n") == V{EventType::kAttack});
}

TEST_CASE("A negation word inside a quantity denies nothing", "[extract][rules]") {
  for (const char* body : {"Korea Utara menembakkan paling tidak dua rudal balistik ke laut pada Jumat.\n",
                           "Russia launched no fewer than 30 drones at Kyiv on Friday.\n",
                           "Serangan udara Israel di Gaza pada Jumat menewaskan tidak kurang dari 20 orang.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(!events.empty());
    for (const Event& e : events) CHECK(e.factuality == Factuality::kAsserted);
  }
}

TEST_CASE("The dateline's city is where the story was written, no party to its events", "[extract][rules]") {
  // Unnamed attackers in a named city: the city's state suffered it ...
  std::vector<Event> events = EventsOf("Gunmen opened fire on a bus in Kabul on Friday, killing six people.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"AFG:target"});
  // ... but the dateline's city says where the reporter was.
  CHECK(EventsOf("KABUL, Jan 23 (AP) - Gunmen opened fire on a bus on Friday, killing six people.\n").empty());
}

TEST_CASE("A report's subject is its author, even a state", "[extract][rules]") {
  // Not the coast guard named in what China said.
  std::vector<Event> events =
      EventsOf("China said on Friday it had fired water cannon near a Philippine coast guard vessel.\n");
  bool found = false;
  for (const Event& e : events) {
    if (e.type != EventType::kReport) continue;
    found = true;
    CHECK(RolesOf(e) == std::vector<std::string>{"CHN:initiator", "PHL-PCG:target"});
  }
  CHECK(found);
}

TEST_CASE("'Overnight' is the night the story opens on", "[extract][rules]") {
  std::vector<Event> events = EventsOf("Russia launched 40 drones at Ukraine overnight, the air force said.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kAttack);
  CHECK(FormatIsoDay(*events[0].date.start) == "2026-01-26");
}

TEST_CASE("'Shortly before' or 'hours after' an event is that event's day", "[extract][rules]") {
  struct Case {
    const char* body;
    EventType type;
    const char* day;
  };
  const Case cases[] = {
      {"North Korea fired a ballistic missile on Wednesday. Shortly before the launch, China urged both Koreas to show "
       "restraint.\n",
       EventType::kAppeal, "2026-01-21"},
      {"Russia launched a massive drone attack on Ukraine on Wednesday. The assault came hours after Poland urged "
       "Belarus to withdraw its troops from the border.\n",
       EventType::kAppeal, "2026-01-21"},
      {"Korea Utara menembakkan rudal balistik pada Rabu. Sesaat sebelum peluncuran itu, China mendesak kedua "
       "Korea menahan diri.\n",
       EventType::kAppeal, "2026-01-21"},
      // The day of the event named after the phrase.
      {"ASEAN called for an immediate halt to the fighting soon after talks on Wednesday.\n", EventType::kAppeal,
       "2026-01-21"},
      {"North Korea fired a ballistic missile a day after the drills that began on Wednesday.\n",
       EventType::kMissileTest, "2026-01-22"},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    bool found = false;
    for (const Event& e : EventsOf(c.body)) {
      if (e.type != c.type) continue;
      found = true;
      REQUIRE(e.date.known());
      CHECK(FormatIsoDay(*e.date.start) == c.day);
    }
    CHECK(found);
  }
}

TEST_CASE("'Could' before another verb says what a noun event may do, not whether it happens", "[extract][rules]") {
  auto possible_of_type = [](const std::string& body, EventType type) {
    size_t n = 0;
    for (const Event& e : EventsOf(body)) n += e.type == type && e.factuality == Factuality::kPossible;
    return n;
  };
  CHECK(possible_of_type("Israel struck the consulate on Friday. Jakarta said the strike could undermine any hope "
                         "of peace.\n",
                         EventType::kAttack) == 0);
  CHECK(possible_of_type("Israel menyerang konsulat itu pada Jumat. Kemlu RI menyebut serangan ini dapat menghapus "
                         "prospek perdamaian.\n",
                         EventType::kAttack) == 0);
  // A verb of occurrence: the talks may yet happen.
  CHECK(possible_of_type("Officials said on Friday that the talks could resume next week.\n", EventType::kMeeting) == 1);
  CHECK(possible_of_type("Pejabat itu mengatakan pada Jumat bahwa perundingan itu dapat digelar pekan depan.\n",
                         EventType::kMeeting) == 1);
}

TEST_CASE("Declining to comment on an event told already does not deny it", "[extract][rules]") {
  for (const char* body : {"Israel struck the consulate on Friday. Israel said it would not comment on the strike.\n",
                           "Israel struck the consulate on Friday. The Israeli military declined to comment on the "
                           "air strike.\n",
                           "Israel menyerang konsulat itu pada Jumat. Israel mengatakan pihaknya tidak akan "
                           "mengomentari serangan tersebut.\n",
                           "Israel menyerang konsulat itu pada Jumat. Militer Israel menolak berkomentar soal serangan "
                           "itu.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].factuality == Factuality::kAsserted);
  }
}

TEST_CASE("A condemnation drawn by a subject is made by those named after it", "[extract][rules]") {
  auto protests = [](const std::string& body) {
    std::vector<Event> out;
    for (const Event& e : EventsOf(body)) {
      if (e.type == EventType::kProtest) out.push_back(e);
    }
    return out;
  };
  std::vector<Event> found = protests("Serangan Israel pada Jumat menuai kecaman keras dari Iran dan Suriah.\n");
  REQUIRE(found.size() == 1);
  CHECK(RolesOf(found[0]) == std::vector<std::string>{"ISR:target", "IRN:initiator", "SYR:initiator"});
  found = protests("The Israeli strike on Friday drew sharp condemnation from Iran.\n");
  REQUIRE(found.size() == 1);
  CHECK(RolesOf(found[0]) == std::vector<std::string>{"ISR:target", "IRN:initiator"});
  // By no one named: no event.
  CHECK(protests("The Israeli strike on Friday drew international condemnation.\n").empty());
  CHECK(protests("Serangan Israel ke Lebanon pada Jumat menuai banyak kecaman.\n").empty());
}

TEST_CASE("An event told first without a time takes the time a later mention of it gives", "[extract][rules]") {
  struct Case {
    const char* body;
    EventType type;
    const char* day;
  };
  const Case cases[] = {
      {"Kupang (ANTARA) - TNI AL menggelar latihan bersama dengan Angkatan Laut Australia di perairan NTT. Latihan "
       "bersama itu dibuka pada Selasa (20/1) oleh komandan pangkalan.\n",
       EventType::kDrill, "2026-01-20"},
      {"The Philippine navy has held joint drills with Japan in the South China Sea. The drills began on Tuesday near "
       "Palawan, the military said.\n",
       EventType::kDrill, "2026-01-20"},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    std::vector<Event> events = EventsOf(c.body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == c.type);
    REQUIRE(events[0].date.known());
    CHECK(FormatIsoDay(*events[0].date.start) == c.day);
    CHECK(events[0].factuality == Factuality::kAsserted);
  }
  // Not when another event of its type was told in between.
  std::vector<Event> events = EventsOf(
      "The Philippine navy has held joint drills with Japan. China held drills near Taiwan on Monday. The drills "
      "began on Tuesday, Beijing said.\n");
  for (const Event& e : events) {
    // Monday's, not Tuesday; the Philippine drills have no time (unknown).
    if (e.type == EventType::kDrill && e.date.known()) CHECK(FormatIsoDay(*e.date.start) == "2026-01-26");
  }
}

TEST_CASE("A report's subject stands a few words before it at most", "[extract][rules]") {
  // "attributed" has no subject of its own: not the Singapore of
  // "Singapore-based", far before it, but the FBI that publishes.
  for (const Event& e : EventsOf("The FBI on Friday blamed North Korean hackers for the theft of $90 million from "
                                 "Singapore-based exchange Coinpark, the largest heist attributed to Pyongyang this "
                                 "year.\n")) {
    if (e.type != EventType::kReport) continue;
    for (const ActorRef& a : e.actors) {
      INFO(a.id);
      CHECK((a.role == ActorRole::kInitiator) == (a.id == "USA-FBI"));
    }
  }
}

TEST_CASE("Who condemns or accuses takes no part in the act condemned", "[extract][rules]") {
  std::vector<Event> events =
      EventsOf("The Philippines on Friday condemned China's coast guard for firing water cannon at a supply boat.\n");
  bool protest = false;
  for (const Event& e : events) {
    if (e.type == EventType::kProtest) {
      protest = true;
      CHECK(RolesOf(e) == std::vector<std::string>{"PHL:initiator", "CHN-CCG:target"});
    } else {
      CHECK(RolesOf(e) == std::vector<std::string>{"CHN-CCG:initiator"});  // the act, without its accuser
    }
  }
  CHECK(protest);
  // Dated by its own words, the act is told, without its accuser.
  events = EventsOf(
      "FBI pada hari Jumat menuduh Korea Utara berada di balik pencurian aset kripto senilai US$1,5 miliar pekan "
      "lalu.\n");
  bool theft = false;
  for (const Event& e : events) {
    if (e.type != EventType::kTheft) continue;
    theft = true;
    CHECK(RolesOf(e) == std::vector<std::string>{"PRK:initiator"});
  }
  CHECK(theft);
}

TEST_CASE("An alias written exactly is no match inside a longer name", "[extract][rules]") {
  // "the South" is South Korea, not in "the South China Sea".
  std::vector<Event> events = EventsOf("Chinese ships fired water cannons at boats near an island in the South China Sea "
                                       "on Friday.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"CHN:initiator"});
  events = EventsOf("On Friday the South fired warning shots at soldiers who crossed the border.\n");
  REQUIRE(!events.empty());
  CHECK(RolesOf(events[0]).front() == "KOR:initiator");
}

TEST_CASE("Partners named with a drill drill too", "[extract][rules]") {
  std::vector<Event> events = EventsOf("The US held naval drills with Japan and South Korea on Friday.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"USA:initiator", "JPN:initiator", "KOR:initiator"});
  events = EventsOf("Indonesia menggelar latihan gabungan bersama Jepang pada Jumat.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"IDN:initiator", "JPN:initiator"});
}

TEST_CASE("A day the event's own mention gives wins over the day it was reported", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "Two soldiers were killed in an ambush on a patrol in northern Burkina Faso, security sources said Friday.\n\n"
      "The attack occurred on Thursday, the sources said.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kAttack);
  CHECK(FormatIsoDay(*events[0].date.start) == "2026-01-22");
  // A day of its own is kept.
  events = EventsOf(
      "Gunmen ambushed a patrol in northern Burkina Faso on Wednesday, security sources said Friday.\n\n"
      "The attack occurred on Thursday, the sources said.\n");
  REQUIRE(events.size() == 1);
  CHECK(FormatIsoDay(*events[0].date.start) == "2026-01-21");
}

TEST_CASE("Where a missile is fired from is who fires it", "[extract][rules]") {
  std::vector<Event> events = EventsOf("The missile was launched from the Pyongyang area on Friday, Seoul's military said.\n");
  REQUIRE(!events.empty());
  CHECK(events[0].type == EventType::kMissileTest);
  CHECK(RolesOf(events[0]).front() == "PRK:initiator");
}

TEST_CASE("Whom a statement cites or refers to is its source, no party", "[extract][rules]") {
  std::vector<Event> events =
      EventsOf("Indonesia pada Jumat mengecam serangan Israel ke Lebanon, kata juru bicara Kemlu, merujuk pada "
               "pernyataan Menlu Retno Marsudi di PBB.\n");
  REQUIRE(events.size() == 1);
  // (Lebanon, what the condemned attack is aimed at, as in "condemned
  // Israel's attack against Lebanon".)
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"IDN:initiator", "ISR:target", "LBN:target"});
  events = EventsOf("Japan condemned the launch on Friday, citing a statement by the South Korean military.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"JPN:initiator"});
}

TEST_CASE("A later mention redates only with a day of its own, not a neighbour's", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "North Korea has fired a ballistic missile off its east coast, South Korea's military said on Friday.\n\n"
      "The launch is the latest in a series of tests, including the firing of cruise missiles on Wednesday.\n");
  bool friday = false;
  for (const Event& e : events) friday = friday || (e.type == EventType::kMissileTest && FormatIsoDay(*e.date.start) == "2026-01-23");
  CHECK(friday);
}

TEST_CASE("A state's name inside a river, lake or delta is geography", "[extract][rules]") {
  std::vector<Event> events = EventsOf("Boko Haram fighters attacked a village near Lake Chad on Friday.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"NGA-BOKO-HARAM:initiator"});
  CHECK(EventsOf("Gunmen attacked an oil facility in the Niger Delta on Friday.\n").empty());
}

TEST_CASE("A hyphened name written in lower case is still a name", "[extract][rules]") {
  std::vector<Event> events = EventsOf("Militants from al-Shabaab attacked a military base in Somalia on Friday.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]).front() == "SOM-ALSHABAAB:initiator");
}

TEST_CASE("'Angkatan Laut' before a state is its navy, not a sea", "[extract][rules]") {
  std::vector<Event> events = EventsOf("Angkatan Laut Filipina mengecam China pada Jumat.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]).front() == "PHL:initiator");
  // "Laut China Selatan" stays a sea.
  events = EventsOf("Vietnam menggelar latihan di Laut China Selatan pada Jumat.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"VNM:initiator"});
}

TEST_CASE("A state after a place and a comma says where the place is", "[extract][rules]") {
  std::vector<Event> events =
      EventsOf("Para pemimpin ASEAN menutup KTT di Cebu, Filipina, pada hari Jumat.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kMeeting);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"ASEAN:participant"});
  events = EventsOf("The navies of Indonesia and Australia held drills off Kupang, Indonesia, on Friday.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"IDN:initiator", "AUS:initiator"});
}

TEST_CASE("A verb's object is acted on, even when its subject is no actor", "[extract][rules]") {
  // The ministry is no registry actor: Israel, after the verb, is condemned.
  std::vector<Event> events = EventsOf("Juru bicara kementerian pada Jumat mengecam serangan Israel ke Gaza.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"ISR:target"});
  // A noun's agent after it still acts: "serangan udara Israel".
  events = EventsOf("Serangan udara Israel ke Gaza pada Jumat menewaskan 20 orang.\n");
  REQUIRE(events.size() == 1);
  CHECK(RolesOf(events[0]).front() == "ISR:initiator");
}

TEST_CASE("What a statement's relative clause urges is the statement's act, one per addressee", "[extract][rules]") {
  auto appeals = [](const std::string& body) {
    std::vector<std::string> out;
    for (const Event& e : EventsOf(body)) {
      if (e.type != EventType::kAppeal) continue;
      std::string roles;
      for (const std::string& r : RolesOf(e)) roles += (roles.empty() ? "" : " ") + r;
      out.push_back(FormatIsoDay(*e.date.start) + " " + roles);
    }
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(appeals("The leaders of Japan and Australia met in Canberra on Friday and urged North Korea to stop its "
                "launches, in a joint statement that also called on Myanmar to end the violence.\n") ==
        V{"2026-01-23 JPN:initiator AUS:initiator PRK:target", "2026-01-23 MMR:target JPN:initiator AUS:initiator"});
  CHECK(appeals("Para menteri ASEAN menutup pertemuan di Jakarta pada Jumat dengan pernyataan bersama yang mendesak "
                "Myanmar menghentikan kekerasan.\n") == V{"2026-01-23 ASEAN:initiator MMR:target"});
  // A relative clause on any other noun still only describes it.
  CHECK(appeals("Japan on Friday hosted envoys who had urged Myanmar to end the violence.\n").empty());
}

TEST_CASE("'Exercise restraint' is no drill, a missile programme no test", "[extract][rules]") {
  for (const Event& e : EventsOf("Oman urged all sides on Friday to exercise restraint.\n")) {
    CHECK(e.type == EventType::kAppeal);
  }
  for (const Event& e : EventsOf("The ministers of Japan and India met in Delhi on Friday and urged North Korea to "
                                 "abandon its nuclear weapons and ballistic missile programmes.\n")) {
    CHECK(e.type != EventType::kMissileTest);
  }
}

TEST_CASE("A day's possessive names the event of that day, told already", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "Russia launched a massive drone attack on Kyiv on Friday, Ukrainian officials said.\n\n"
      "Friday's attack was among the largest of the war, and Sunday's strikes hit Odesa.\n");
  const size_t attacks = CountOfType(events, EventType::kAttack);
  CHECK(attacks == 1);
}

TEST_CASE("'Suspended' is a sanction only with something a state suspends", "[extract][rules]") {
  std::vector<EventType> types = TypesOf("India suspended the Indus Waters Treaty on Friday.\n");
  CHECK(std::count(types.begin(), types.end(), EventType::kSanction) == 1);
  CHECK(TypesOf("The exchange suspended deposits and withdrawals on Friday.\n").empty());
}

TEST_CASE("After a closed relative clause the subject before it acts, not those named in it", "[extract][rules]") {
  auto appeal_roles = [](const std::string& body) {
    for (const Event& e : EventsOf(body)) {
      if (e.type == EventType::kAppeal) return RolesOf(e);
    }
    return std::vector<std::string>{};
  };
  using V = std::vector<std::string>;
  CHECK(appeal_roles("Qatar, which mediated talks between Israel and Hamas last year, urged both sides on Friday to "
                     "return to the table.\n") == V{"QAT:initiator", "ISR:target"});  // "both sides"
  // Named again later ("kedua pihak"), the subject still acts.
  CHECK(appeal_roles("Qatar, yang selama ini menjadi mediator antara Israel dan Hamas, pada Jumat menyerukan kedua "
                     "pihak kembali berunding.\n")
            .front() == "QAT:initiator");
}

TEST_CASE("'Plan' the noun makes no month the next one", "[extract][rules]") {
  std::vector<Event> events =
      EventsOf("In November, the UN Security Council adopted a resolution endorsing the US plan for Gaza.\n");
  REQUIRE(events.size() == 1);
  CHECK(FormatIsoDay(*events[0].date.start) == "2025-11-01");
  CHECK(events[0].factuality == Factuality::kAsserted);
  // "plans to" still looks ahead.
  events = EventsOf("In November, Japan plans to hold talks with China in Tokyo.\n");
  REQUIRE(events.size() == 1);
  CHECK(FormatIsoDay(*events[0].date.start) == "2026-11-01");
}

TEST_CASE("A person named in full is named again by one word of the name", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "Japanese Prime Minister Sanae Takaichi hosted Chinese Premier Li Qiang in Tokyo on Friday.\n\n"
      "Takaichi and Li agreed on Friday to launch an economic dialogue.\n");
  bool agreement = false;
  for (const Event& e : events) {
    if (e.type != EventType::kAgreement) continue;
    agreement = true;
    CHECK(ActorIds(e) == std::vector<std::string>{"sanae-takaichi", "li-qiang"});
  }
  CHECK(agreement);
  // Not before the full name: "Li" alone names no one.
  CHECK(EventsOf("Li agreed on Friday to launch an economic dialogue.\n").empty());
}

TEST_CASE("Border crossings are a sanction only when closed", "[extract][rules]") {
  CHECK(TypesOf("Thailand closed two border checkpoints with Cambodia on Friday.\n") ==
        std::vector<EventType>{EventType::kSanction});
  CHECK(TypesOf("Thailand reopened two border checkpoints with Cambodia on Friday.\n").empty());
  CHECK(TypesOf("Thailand membuka kembali pos lintas batas dengan Kamboja pada Jumat.\n").empty());
}

TEST_CASE("A statement told before is the subject of what it urges", "[extract][rules]") {
  for (const char* body :
       {"The leaders of Japan and Indonesia met in Tokyo on Friday and issued a joint statement.\n\n"
        "The statement also urged North Korea to abandon its nuclear weapons.\n",
        "Para pemimpin Jepang dan Indonesia bertemu di Tokyo pada Jumat dan merilis pernyataan bersama.\n\n"
        "Pernyataan itu juga mendesak Korea Utara meninggalkan senjata nuklirnya.\n"}) {
    INFO(body);
    bool appeal = false;
    for (const Event& e : EventsOf(body)) {
      if (e.type != EventType::kAppeal) continue;
      appeal = true;
      CHECK(FormatIsoDay(*e.date.start) == "2026-01-23");
      CHECK(RolesOf(e) == std::vector<std::string>{"PRK:target", "JPN:initiator", "IDN:initiator"});
    }
    CHECK(appeal);
  }
  // Without a determiner, "a statement" is none told before.
  for (const Event& e : EventsOf("Japan met Indonesia on Friday.\n\nStatements urged North Korea to stop.\n")) {
    CHECK_FALSE((e.type == EventType::kAppeal && e.date.known()));
  }
}

TEST_CASE("A verb of starting with an event noun as its object is that event", "[extract][rules]") {
  using V = std::vector<EventType>;
  CHECK(TypesOf("China has launched large-scale military drills around Taiwan involving warships, bombers and rocket "
                "forces, its military said on Friday.\n") ==
        V{EventType::kDrill});
  CHECK(TypesOf("North Korea launched two ballistic missiles on Friday.\n") == V{EventType::kMissileTest});
}

TEST_CASE("'The group' names the armed or hacking group named last", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "Militants from al-Shabaab attacked a military base in Somalia on Friday.\n\n"
      "Kenya condemned the attack on Friday.\n\n"
      "The group also attacked a police station in Mogadishu on Saturday.\n");
  REQUIRE(events.size() == 3);
  CHECK(RolesOf(events[2]).front() == "SOM-ALSHABAAB:initiator");
  // With no group named before, "the group" is no one.
  CHECK(EventsOf("The group attacked a police station on Saturday.\n").empty());
}

TEST_CASE("A saying that announces a plan is no report", "[extract][rules]") {
  auto reports = [](const std::string& body) { return CountOfType(EventsOf(body), EventType::kReport); };
  CHECK(reports("South Korea's spy agency said on Friday it planned to brief lawmakers next week.\n") == 0);
  CHECK(reports("China's foreign ministry said on Friday Beijing would take resolute measures.\n") == 0);
  // A finding stays one.
  CHECK(reports("South Korea's spy agency said on Friday that the North had sent more troops to Russia.\n") == 1);
}

TEST_CASE("What a denial denies is the event told already, on its day", "[extract][rules]") {
  // Header date: Monday 2026-01-26. The denial's Friday is not the firing's.
  for (const char* body : {"Indian troops shelled Pakistani posts on Wednesday. Pakistan denied on Friday that its "
                           "forces had fired on Indian posts.\n",
                           "Pasukan India menembaki pos Pakistan pada Rabu. Pakistan pada Jumat membantah bahwa "
                           "pasukannya menembaki pos India.\n"}) {
    INFO(body);
    bool denied = false;
    for (const Event& e : EventsOf(body)) {
      if (e.type != EventType::kAttack || e.factuality != Factuality::kNegated) continue;
      denied = true;
      REQUIRE(e.date.known());
      CHECK(FormatIsoDay(*e.date.start) == "2026-01-21");
    }
    CHECK(denied);
  }
  // With none told, it has no time the story gives.
  for (const Event& e : EventsOf("Pakistan denied on Friday that its forces had fired on Indian posts.\n")) {
    if (e.factuality == Factuality::kNegated) CHECK_FALSE(e.date.known());
  }
}

// The event of a type in events, or null.
static const Event* OfType(const std::vector<Event>& events, EventType type) {
  for (const Event& e : events) {
    if (e.type == type) return &e;
  }
  return nullptr;
}

TEST_CASE("A verb coordinated after another shares its subject, not its object", "[extract][rules]") {
  // "accused Russia ... and urged Germany": Russia is the accusation's
  // target and no party to the appeal's acting.
  std::vector<Event> events =
      EventsOf("Ukraine accused Russia on Friday of targeting civilians and urged Germany to send more air defences.\n");
  const Event* appeal = OfType(events, EventType::kAppeal);
  REQUIRE(appeal);
  CHECK(RolesOf(*appeal) == std::vector<std::string>{"UKR:initiator", "RUS:target", "DEU:target"});
  events = EventsOf("Indonesia mengecam serangan Israel pada Jumat dan mendesak Dewan Keamanan PBB untuk bertindak.\n");
  appeal = OfType(events, EventType::kAppeal);
  REQUIRE(appeal);
  CHECK(RolesOf(*appeal) == std::vector<std::string>{"IDN:initiator", "ISR:target", "UNSC:target"});
  // Another verb between: the trigger is coordinated with that one, and who
  // is named before it still acts.
  events = EventsOf("Seoul menyebutkan pada Jumat bahwa Korea Utara telah menambah peluncur artileri dan kian sering "
                    "berlatih di pesisir barat.\n");
  const Event* drill = OfType(events, EventType::kDrill);
  REQUIRE(drill);
  const std::vector<std::string> roles = RolesOf(*drill);
  CHECK(std::count(roles.begin(), roles.end(), "PRK:initiator") == 1);
}

TEST_CASE("A coordinated verb with no time of its own has its first verb's time and subject", "[extract][rules]") {
  // The appeal's subject is the statement's, whose issuers met on Friday.
  std::vector<Event> events = EventsOf(
      "The foreign ministers of Japan and Australia met in Tokyo on Friday and issued a joint statement.\n\n"
      "The statement condemned North Korea's repeated missile launches and urged all parties in the South China Sea "
      "to refrain from coercion.\n");
  const Event* appeal = OfType(events, EventType::kAppeal);
  REQUIRE(appeal);
  REQUIRE(appeal->date.known());
  CHECK(FormatIsoDay(*appeal->date.start) == "2026-01-23");
  CHECK(RolesOf(*appeal) == std::vector<std::string>{"PRK:target", "JPN:initiator", "AUS:initiator"});
}

TEST_CASE("Who says so after a comma is the source, however long its name", "[extract][rules]") {
  // ", South Korea's Joint Chiefs of Staff said": nine tokens between the
  // comma and the verb, and no party to the launch.
  std::vector<Event> events = EventsOf(
      "North Korea fired a short-range ballistic missile into the sea on Friday, South Korea's Joint Chiefs of Staff "
      "said.\n");
  const Event* launch = OfType(events, EventType::kMissileTest);
  REQUIRE(launch);
  CHECK(RolesOf(*launch) == std::vector<std::string>{"PRK:initiator"});
}

TEST_CASE("A protest answers an act, not another protest or appeal", "[extract][rules]") {
  // Japan's protest, with no target and no date of its own, answers the
  // launch's side, not Seoul's condemnation and appeal told just before.
  std::vector<Event> events = EventsOf(
      "North Korea fired a ballistic missile into the sea on Friday.\n\n"
      "South Korea's foreign ministry condemned the launch and urged Pyongyang to return to dialogue.\n\n"
      "Japan lodged a protest through its embassy in Beijing.\n");
  const Event* japan = nullptr;
  for (const Event& e : events) {
    if (e.type == EventType::kProtest && !e.actors.empty() && e.actors[0].id == "JPN") japan = &e;
  }
  REQUIRE(japan);
  CHECK(RolesOf(*japan) == std::vector<std::string>{"JPN:initiator", "PRK:target"});
}

TEST_CASE("A dateline's month is no modal: 'WASHINGTON, May 8 (Reuters) -'", "[extract][rules]") {
  for (const char* body : {"WASHINGTON, May 8 (Reuters) - The United States imposed sanctions on three North Koreans on "
                           "Friday.\n",
                           "SEOUL, May 8 (Yonhap) -- North Korea fired a ballistic missile into the sea on Friday.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE(events.size() == 1);
    CHECK(events[0].factuality == Factuality::kAsserted);
  }
}

TEST_CASE("A hacking unit is who hacks, not a hack", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "The FBI said on Friday that the Lazarus Group, a hacking unit run by North Korea's spy agency, was behind the "
      "theft.\n");
  CHECK_FALSE(OfType(events, EventType::kCyberattack));
  // A hacking campaign is one.
  events = EventsOf("Chinese state hackers ran a hacking campaign against Philippine ministries on Friday.\n");
  CHECK(OfType(events, EventType::kCyberattack));
}

TEST_CASE("A drill told already, running until a later day, is no new drill that may come", "[extract][rules]") {
  // "Latihan yang ... itu": the demonstrative after a relative clause names
  // the drill told already; "hingga 7 Februari" is how long it runs. The
  // criticism after it is of that drill, and happened.
  std::vector<Event> events = EventsOf(
      "Angkatan Udara Indonesia dan Australia memulai latihan gabungan di Darwin pada Senin.\n\n"
      "Latihan yang digelar dua tahun sekali itu akan berlangsung hingga 7 Februari.\n\n"
      "China mengkritik latihan tersebut sebagai upaya membendung pengaruhnya.\n");
  const size_t drills = CountOfType(events, EventType::kDrill);
  CHECK(drills == 1);
  const Event* protest = OfType(events, EventType::kProtest);
  REQUIRE(protest);
  CHECK(protest->factuality == Factuality::kAsserted);
}

TEST_CASE("A condemnation answers what happened, not what someone planned", "[extract][rules]") {
  // The latest attack told before is a possible one ("who were planning
  // attacks"); the strikes that happened are what Hamas condemns.
  std::vector<Event> events = EventsOf(
      "Israeli jets struck Gaza City on Friday.\n\n"
      "The Israeli military said it had struck Hamas militants who were planning attacks on its troops.\n\n"
      "Hamas condemned the strikes as a violation of the truce.\n");
  const Event* protest = OfType(events, EventType::kProtest);
  REQUIRE(protest);
  bool israel_target = false;
  for (const ActorRef& a : protest->actors) israel_target = israel_target || (a.country == "ISR" && a.role == ActorRole::kTarget);
  CHECK(israel_target);
}

TEST_CASE("What aid gives, listed at length, is its object, not an event", "[extract][rules]") {
  using V = std::vector<EventType>;
  CHECK(TypesOf("Pyongyang supplied millions of artillery shells and short-range ballistic missiles to Russia on "
                "Friday.\n") == V{EventType::kAid});
  CHECK(TypesOf("Pyongyang memasok jutaan peluru artileri dan rudal balistik jarak pendek kepada Rusia pada Jumat.\n") ==
        V{EventType::kAid});
  // A launch after "and" is a verb of its own.
  CHECK(TypesOf("Russia supplied air defence systems to Iran and launched a missile on Friday.\n").size() == 2);
}

TEST_CASE("Met with a response is no meeting", "[extract][rules]") {
  using V = std::vector<EventType>;
  CHECK(TypesOf("Iran warned on Friday that any resolution would be met with a firm response.\n") ==
        V{EventType::kWarning});
  CHECK(TypesOf("The proposal was met with scepticism in Seoul on Friday.\n").empty());
  // Meeting someone still is one.
  CHECK(TypesOf("The Japanese foreign minister met with her Chinese counterpart in Beijing on Friday.\n") ==
        V{EventType::kMeeting});
}

TEST_CASE("A warning that names nothing answers the act before it, not a report of it", "[extract][rules]") {
  // The ministry's report of the aircraft it detected is no act Beijing's
  // warning answers: the drills are.
  std::vector<Event> events = EventsOf(
      "China's military held live-fire drills near Taiwan on Friday.\n\n"
      "Taiwan's defence ministry said on Friday it detected 32 Chinese aircraft around the island.\n\n"
      "Beijing's Taiwan Affairs Office warned that independence forces would be crushed.\n");
  const Event* warning = OfType(events, EventType::kWarning);
  REQUIRE(warning);
  for (const ActorRef& a : warning->actors) CHECK(a.id != "TWN-MND");
}

TEST_CASE("A definite reference that gives the days around a told day spans the event", "[extract][rules]") {
  // The summit closed on Saturday (January 24); "KTT ... itu" names it and
  // gives both its days.
  std::vector<Event> events = EventsOf(
      "Para pemimpin ASEAN menutup KTT di Cebu pada hari Sabtu.\n\n"
      "KTT yang berlangsung pada 23–24 Januari 2026 itu dihadiri pemimpin dari 11 negara.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kMeeting);
  CHECK(FormatIsoDay(*events[0].date.start) == "2026-01-23");
  CHECK(FormatIsoDay(*events[0].date.end) == "2026-01-24");
}

TEST_CASE("What answers a named event is not dated before it", "[extract][rules]") {
  // Seoul's earlier event is the drill two days before the launch; its
  // condemnation of the launch has no time of its own, and cannot come
  // before what it condemns.
  for (const char* body :
       {"Korea Utara menembakkan sebuah rudal balistik ke Laut Jepang pada Kamis.\n\n"
        "Peluncuran itu dilakukan dua hari setelah Amerika Serikat dan Korea Selatan menggelar latihan udara gabungan.\n\n"
        "Korea Selatan mengecam peluncuran rudal tersebut.\n",
        "North Korea fired a ballistic missile into the Sea of Japan on Thursday.\n\n"
        "Two days before the launch, the United States and South Korea held joint air drills.\n\n"
        "South Korea condemned the launch.\n"}) {
    std::vector<Event> events = EventsOf(body);
    const Event* launch = OfType(events, EventType::kMissileTest);
    const Event* protest = OfType(events, EventType::kProtest);
    REQUIRE(launch);
    REQUIRE(protest);
    REQUIRE(protest->date.known());
    CHECK(*protest->date.start >= *launch->date.start);
  }
}

TEST_CASE("What a told event came a month after is a month before it", "[extract][rules]") {
  // The sanctions of Monday (January 26, the day of publication) come a
  // month after Britain's: those are of December, and happened (a month
  // after the sanctions, February, would have made them "possible").
  std::vector<Event> events = EventsOf(
      "European Union ministers imposed sanctions on eight Iranian officials on Monday.\n\n"
      "They come a month after Britain blacklisted five Iranian firms over the same trade.\n");
  REQUIRE(events.size() == 2);
  CHECK(events[1].type == EventType::kSanction);
  CHECK(events[1].factuality == Factuality::kAsserted);
  CHECK(events[1].date.precision == DatePrecision::kMonth);
  CHECK(FormatIsoDay(*events[1].date.start) == "2025-12-01");
  // Counted on after a comma: "A month after the summit, ..." is later.
  std::vector<Event> later = EventsOf(
      "The leaders of Japan and China met in Beijing on Monday.\n\n"
      "A year after the summit, Japan imposed sanctions on two Chinese firms.\n");
  const Event* sanction = OfType(later, EventType::kSanction);
  REQUIRE(sanction);
  CHECK(FormatIsoDay(*sanction->date.start) == "2027-01-01");
}

TEST_CASE("A state aimed at is a target, not where the event happened", "[extract][rules]") {
  // "at Ukraine": who the drones were launched at; a capital after "at"
  // stays a place.
  std::vector<Event> events = EventsOf("Russia launched 400 drones and 30 missiles at Ukraine on Sunday night.\n");
  const Event* attack = OfType(events, EventType::kAttack);
  REQUIRE(attack);
  bool ukraine_target = false;
  for (const ActorRef& a : attack->actors) ukraine_target = ukraine_target || (a.id == "UKR" && a.role == ActorRole::kTarget);
  CHECK(ukraine_target);
  std::vector<Event> talks = EventsOf("Russian and Ukrainian negotiators met at Istanbul on Friday.\n");
  const Event* meeting = OfType(talks, EventType::kMeeting);
  REQUIRE(meeting);
  for (const ActorRef& a : meeting->actors) CHECK(a.id != "TUR");
}

TEST_CASE("A pronoun for the sentence before's speaker goes on on its day", "[extract][rules]") {
  // "He" is Grossi, who spoke on Friday (January 23); his appeal has no
  // time of its own.
  for (const char* body :
       {"IAEA Director General Rafael Grossi told reporters on Friday that inspectors had been barred from the site.\n\n"
        "He urged Iran to resume full cooperation.\n",
        "Direktur Jenderal IAEA Rafael Grossi mengatakan kepada wartawan pada Jumat bahwa inspektur dilarang masuk.\n\n"
        "Ia mendesak Iran kembali bekerja sama sepenuhnya.\n"}) {
    std::vector<Event> events = EventsOf(body);
    const Event* appeal = OfType(events, EventType::kAppeal);
    REQUIRE(appeal);
    REQUIRE(appeal->date.known());
    CHECK(FormatIsoDay(*appeal->date.start) == "2026-01-23");
  }
}

TEST_CASE("Where an act did not happen, the setting it did not happen at still did", "[extract][rules]") {
  // "at the talks", "di perundingan": the talks were held; only the
  // agreement is negated. ("Dalam" is no setting: "tidak ikut dalam
  // latihan itu" did not take part in the drill.)
  for (const char* body : {"No agreement was reached at the talks between Japan and China in Beijing on Friday.\n",
                           "Belum ada kesepakatan di perundingan antara Jepang dan China di Beijing pada Jumat.\n"}) {
    std::vector<Event> events = EventsOf(body);
    const Event* agreement = OfType(events, EventType::kAgreement);
    REQUIRE(agreement);
    CHECK(agreement->factuality == Factuality::kNegated);
    for (const Event& e : events) {
      if (e.type == EventType::kMeeting) CHECK(e.factuality == Factuality::kAsserted);
    }
  }
}

TEST_CASE("In a quotation, \"we\" is the speaker the attribution names", "[extract][rules]") {
  // The speaker stands before "said" in English and after "kata" in
  // Indonesian; whom the quotation urges or condemns is its target.
  CHECK(RolesOf(EventsOf("\"We strongly condemn Beijing's military provocations,\" a spokesperson for Taiwan's "
                         "Presidential Office said on Friday.\n")
                    .at(0)) == std::vector<std::string>{"CHN:target", "TWN:initiator"});
  std::vector<Event> events = EventsOf(
      "\"Kami mengecam keras provokasi militer Beijing,\" kata juru bicara Kantor Kepresidenan Taiwan pada Jumat.\n");
  const Event* protest = OfType(events, EventType::kProtest);
  REQUIRE(protest);
  CHECK(RolesOf(*protest) == std::vector<std::string>{"CHN:target", "TWN:initiator"});
}

TEST_CASE("A capital written in lower case is a word, not the state", "[extract][rules]") {
  // "baku tembak" is an exchange of fire, not Baku (Azerbaijan).
  std::vector<Event> events =
      EventsOf("Pasukan India dan Pakistan terlibat baku tembak di sektor Poonch pada Jumat.\n");
  const Event* attack = OfType(events, EventType::kAttack);
  REQUIRE(attack);
  for (const ActorRef& a : attack->actors) CHECK(a.id != "AZE");
  // Capitalised, it names the state.
  std::vector<Event> talks = EventsOf("Armenia dan Baku menggelar perundingan damai di Washington pada Jumat.\n");
  const Event* meeting = OfType(talks, EventType::kMeeting);
  REQUIRE(meeting);
  bool azerbaijan = false;
  for (const ActorRef& a : meeting->actors) azerbaijan = azerbaijan || a.id == "AZE";
  CHECK(azerbaijan);
}

TEST_CASE("A convoy is aid when it carries aid, not when it is attacked or military", "[extract][rules]") {
  using V = std::vector<EventType>;
  CHECK(TypesOf("A WFP convoy of 26 trucks carrying food reached Kadugli on Friday.\n") == V{EventType::kAid});
  CHECK(TypesOf("RSF fighters attacked a WFP aid convoy near Bara on Friday.\n") == V{EventType::kAttack});
  CHECK(TypesOf("Konvoi truk WFP diserang pesawat nirawak RSF di dekat Bara pada Jumat.\n") == V{EventType::kAttack});
  CHECK(TypesOf("Gunmen ambushed an army convoy in northern Mali on Friday.\n") == V{EventType::kAttack});
  CHECK(TypesOf("Soldiers fired on a UN aid convoy in northern Gaza on Friday.\n") == V{EventType::kAttack});
  CHECK(TypesOf("Tentara menembaki konvoi truk WFP di Gaza utara pada Jumat.\n") == V{EventType::kAttack});
}

TEST_CASE("An event that names what talks are about is no event of its own", "[extract][rules]") {
  using V = std::vector<EventType>;
  for (const char* body : {"Israel and Hamas held talks on a ceasefire in Cairo on Friday.\n",
                           "Israel and Hamas held ceasefire talks in Cairo on Friday.\n",
                           "Israel dan Hamas menggelar perundingan gencatan senjata di Kairo pada Jumat.\n",
                           "Israel dan Hamas menggelar perundingan mengenai gencatan senjata di Kairo pada Jumat.\n"}) {
    INFO(body);
    CHECK(TypesOf(body) == V{EventType::kMeeting});
  }
  // Any event named as what talks are about.
  CHECK(TypesOf("EU ministers held talks on new sanctions against Russia in Brussels on Friday.\n") ==
        V{EventType::kMeeting});
  CHECK(TypesOf("Japan and South Korea held talks on North Korean missile launches in Tokyo on Friday.\n") ==
        V{EventType::kMeeting});
  CHECK(TypesOf("Jepang dan Korea Selatan menggelar pembicaraan mengenai peluncuran rudal Korea Utara di Tokyo pada "
                "Jumat.\n") == V{EventType::kMeeting});
  // One reached at talks, or after them, is one.
  CHECK(TypesOf("Israel and Hamas agreed to a ceasefire at talks in Cairo on Friday.\n") ==
        V{EventType::kAgreement, EventType::kMeeting});
  CHECK(TypesOf("Thailand and Cambodia held talks on Friday and agreed to a ceasefire.\n") ==
        V{EventType::kMeeting, EventType::kAgreement});
}

TEST_CASE("What a resolution or statement demands is an act of its own, not its object", "[extract][rules]") {
  using V = std::vector<EventType>;
  CHECK(TypesOf("The IAEA Board of Governors on Friday adopted a resolution demanding that Iran grant inspectors "
                "access.\n") == V{EventType::kAgreement, EventType::kAppeal});
  CHECK(TypesOf("Dewan Gubernur IAEA pada Jumat mengesahkan resolusi yang menuntut Iran membuka akses bagi "
                "inspektur.\n") == V{EventType::kAgreement, EventType::kAppeal});
}

TEST_CASE("Talks that ended without agreement were held", "[extract][rules]") {
  // The negation after "ended" is about the outcome: the agreement did not
  // happen, the talks did.
  for (const char* body : {"Talks between Israel and Hamas in Doha ended without agreement on Friday.\n",
                           "Perundingan antara Israel dan Hamas di Doha berakhir tanpa kesepakatan pada Jumat.\n"}) {
    std::vector<Event> events = EventsOf(body);
    const Event* meeting = OfType(events, EventType::kMeeting);
    const Event* agreement = OfType(events, EventType::kAgreement);
    REQUIRE(meeting);
    REQUIRE(agreement);
    CHECK(meeting->factuality == Factuality::kAsserted);
    CHECK(agreement->factuality == Factuality::kNegated);
  }
}

TEST_CASE("A speech act that closes the sentence after a comma is its speaker's, with no cue of what is said", "[extract][rules]") {
  // "could" qualifies the strike, not the warning: the warning was made.
  // Kyiv warns (named again after Ukraine), of Russia; the strike's parties
  // are Russia and Ukraine, not the speaker.
  for (const char* body : {"Russia could strike Ukraine's power grid again within days, Kyiv warned on Friday.\n",
                           "Rusia dapat menyerang jaringan listrik Ukraina lagi dalam beberapa hari, Kyiv "
                           "memperingatkan pada Jumat.\n"}) {
    std::vector<Event> events = EventsOf(body);
    const Event* warning = OfType(events, EventType::kWarning);
    const Event* attack = OfType(events, EventType::kAttack);
    REQUIRE(warning);
    REQUIRE(attack);
    CHECK(warning->factuality == Factuality::kAsserted);
    CHECK(attack->factuality == Factuality::kPossible);
    CHECK(RolesOf(*warning) == std::vector<std::string>{"RUS:target", "UKR:initiator"});
    CHECK(RolesOf(*attack) == std::vector<std::string>{"RUS:initiator", "UKR:target"});
  }
  // The test may come; the agency that warns of it takes no part in it.
  std::vector<Event> events = EventsOf(
      "North Korea may conduct a seventh nuclear test at any time, South Korea's spy agency warned on Friday.\n");
  const Event* test = OfType(events, EventType::kNuclearTest);
  REQUIRE(test);
  CHECK(RolesOf(*test) == std::vector<std::string>{"PRK:initiator"});
}

TEST_CASE("A di- passive the dictionary does not derive still has its agent after it", "[extract][rules]") {
  // Hunspell knows "bobol" and "retas" but not "dibobol", "diretas": the
  // prefix before a dictionary root makes them passive, so the hackers
  // after the verb act and the exchange before it is hit.
  for (const char* verb : {"dibobol", "diretas"}) {
    std::vector<Event> events =
        EventsOf(std::string("Bursa kripto Jepang ") + verb + " peretas Korea Utara pada Jumat.\n");
    const Event* hack = OfType(events, EventType::kCyberattack);
    REQUIRE(hack);
    CHECK(RolesOf(*hack) == std::vector<std::string>{"JPN:target", "PRK:initiator"});
  }
}

TEST_CASE("A passive's agent after what was taken: 'was robbed of $30 million by X'", "[extract][rules]") {
  // Four tokens stand between the verb and "by" ("of", "$", "30",
  // "million"): the hackers still rob, the exchange is robbed.
  std::vector<Event> events =
      EventsOf("The Japanese crypto exchange was robbed of $30 million by North Korean hackers on Friday.\n");
  const Event* theft = OfType(events, EventType::kTheft);
  REQUIRE(theft);
  CHECK(RolesOf(*theft) == std::vector<std::string>{"JPN:target", "PRK:initiator"});
}

TEST_CASE("An attack named right after a passive of its type is the passive's agent, one event", "[extract][rules]") {
  // "dihantam serangan drone Rusia": the drone attack hits Ukraine; told as
  // a second attack it had Ukraine acting on Russia.
  std::vector<Event> events = EventsOf("Ukraina dihantam serangan drone besar-besaran Rusia pada Jumat dini hari.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kAttack);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"UKR:target", "RUS:initiator"});
}

TEST_CASE("Power seized in a coup is neither a sanction nor an attack, while a town seized is an attack", "[extract][rules]") {
  for (const char* body : {"Myanmar has been in turmoil since the military seized power in a coup in February 2021.\n",
                           "Militer Myanmar merebut kekuasaan melalui kudeta pada Februari 2021.\n"}) {
    std::vector<Event> events = EventsOf(body);
    CHECK_FALSE(OfType(events, EventType::kSanction));
    CHECK_FALSE(OfType(events, EventType::kAttack));
  }
  for (const char* body : {"Russian forces seized the town of Pokrovsk in February 2025.\n",
                           "RSF merebut kota El Fasher pada Oktober 2025.\n"}) {
    CHECK(OfType(EventsOf(body), EventType::kAttack));
  }
}

TEST_CASE("An organ owned by a pronoun at the sentence's start is that of the state named first before", "[extract][rules]") {
  // "Its foreign ministry" is Vietnam's, the subject of the sentence
  // before, not China's, named last; it urges on the day told before.
  std::vector<Event> events = EventsOf(
      "Vietnam protested to China on Thursday.\n\n"
      "Its foreign ministry also urged Beijing to release the detained fishermen.\n");
  const Event* appeal = OfType(events, EventType::kAppeal);
  REQUIRE(appeal);
  CHECK(RolesOf(*appeal) == std::vector<std::string>{"VNM:initiator", "CHN:target"});
  REQUIRE(appeal->date.known());
  CHECK(FormatIsoDay(*appeal->date.start) == "2026-01-22");
  events = EventsOf(
      "North Korea fired a ballistic missile on Thursday.\n\n"
      "Its foreign ministry warned on Friday that Washington would pay a heavy price.\n");
  const Event* warning = OfType(events, EventType::kWarning);
  REQUIRE(warning);
  REQUIRE(!warning->actors.empty());
  CHECK(RolesOf(*warning)[0] == "PRK:initiator");
}

TEST_CASE("An organ named without its state is that of the state of the story's dateline", "[extract][rules]") {
  // The presidential office of a story filed from Seoul is South Korea's;
  // the foreign ministry of one filed from Manila the Philippines'. With
  // no dateline the organ is nobody's, and an organ named with its state
  // stays that state's.
  for (const char* body : {"SEOUL (Reuters) - The presidential office urged Pyongyang on Friday to stop its provocations.\n",
                           "SEOUL, KOMPAS.com - Kantor Kepresidenan mendesak Pyongyang pada Jumat menghentikan provokasi.\n"}) {
    std::vector<Event> events = EventsOf(body);
    const Event* appeal = OfType(events, EventType::kAppeal);
    REQUIRE(appeal);
    CHECK(RolesOf(*appeal) == std::vector<std::string>{"KOR:initiator", "PRK:target"});
  }
  std::vector<Event> events =
      EventsOf("MANILA, Jan 23 (AFP) - The foreign ministry summoned the Chinese ambassador on Friday.\n");
  const Event* protest = OfType(events, EventType::kProtest);
  REQUIRE(protest);
  CHECK(RolesOf(*protest) == std::vector<std::string>{"PHL:initiator", "CHN:target"});
  events = EventsOf("The foreign ministry summoned the Chinese ambassador on Friday.\n");
  protest = OfType(events, EventType::kProtest);
  REQUIRE(protest);
  CHECK(RolesOf(*protest) == std::vector<std::string>{"CHN:target"});
  events = EventsOf("MANILA, Jan 23 (AFP) - China's foreign ministry condemned Manila on Friday.\n");
  protest = OfType(events, EventType::kProtest);
  REQUIRE(protest);
  CHECK(RolesOf(*protest) == std::vector<std::string>{"CHN-MFA:initiator", "PHL:target"});
  // Its second verb, joined by "and", is the organ's too; what it says
  // happened is not its act.
  events = EventsOf("MANILA, Jan 23 (AFP) - The foreign ministry said the manoeuvres broke international law and "
                    "demanded that Beijing withdraw its vessels.\n");
  const Event* appeal = OfType(events, EventType::kAppeal);
  REQUIRE(appeal);
  CHECK(RolesOf(*appeal) == std::vector<std::string>{"PHL:initiator", "CHN:target"});
  events = EventsOf("MANILA, Jan 23 (AFP) - The foreign ministry said the ships had fired on fishermen on Friday.\n");
  for (const Event& e : events) {
    for (const std::string& role : RolesOf(e)) CHECK(role != "PHL:initiator");
  }
}

TEST_CASE("Two triggers of one type side by side name one event", "[extract][rules]") {
  // "live-fire" and "drills" are both drill words: one drill, not two (with
  // no actor named, nothing else would merge them); two
  // drills told by two verbs stay two.
  std::vector<Event> events = EventsOf("The navy will hold live-fire drills off the coast from Friday.\n");
  CHECK(std::count_if(events.begin(), events.end(), [](const Event& e) { return e.type == EventType::kDrill; }) == 1);
  events = EventsOf("Taiwan held live-fire drills on Friday and staged naval exercises on Saturday.\n");
  CHECK(std::count_if(events.begin(), events.end(), [](const Event& e) { return e.type == EventType::kDrill; }) == 2);
}

TEST_CASE("A comma and a coordinator before a head noun and a state begin a clause with a subject of its own", "[extract][rules]") {
  // ", dan militer Thailand membalas": the state follows its head noun in
  // Indonesian; Cambodia, named in the clause before, takes no part in the
  // second attack.
  std::vector<Event> events = EventsOf(
      "Pasukan Kamboja menembakkan roket ke Surin pada Sabtu, dan militer Thailand membalas dengan serangan artileri "
      "pada Minggu.\n");
  const Event* second = nullptr;
  for (const Event& e : events) {
    if (e.type == EventType::kAttack && e.date.known() && FormatIsoDay(*e.date.start) == "2026-01-25") second = &e;
  }
  REQUIRE(second);
  CHECK(RolesOf(*second) == std::vector<std::string>{"THA:initiator"});
}

TEST_CASE("An event still to come when the clause's act happened is possible and takes not the clause's time", "[extract][rules]") {
  // "ahead of talks": the talks had not happened when she arrived on
  // Friday; Friday is the arrival's, not theirs. With a day of their own
  // after publication they keep it.
  for (const char* body : {"The Indonesian foreign minister arrived in Tokyo on Friday ahead of talks with Japan.\n",
                           "Menteri luar negeri Indonesia tiba di Tokyo pada Jumat menjelang perundingan dengan Jepang.\n"}) {
    std::vector<Event> events = EventsOf(body);
    const Event* meeting = OfType(events, EventType::kMeeting);
    REQUIRE(meeting);
    CHECK(meeting->factuality == Factuality::kPossible);
    CHECK_FALSE(meeting->date.known());
  }
  std::vector<Event> events = EventsOf("The carrier arrived in Busan on Friday ahead of joint exercises next week.\n");
  const Event* drill = OfType(events, EventType::kDrill);
  REQUIRE(drill);
  CHECK(drill->factuality == Factuality::kPossible);
  REQUIRE(drill->date.known());
  CHECK(FormatIsoDay(*drill->date.start) == "2026-02-02");
}

TEST_CASE("What a report finds happened takes no date of its actors later than the report", "[extract][rules]") {
  // The hack on Friday is North Korea's latest event, but what a panel
  // estimated in 2024 cannot have happened after it: no date of its own.
  std::vector<Event> events = EventsOf(
      "North Korean hackers attacked a Japanese exchange on Friday.\n\n"
      "A UN panel estimated in 2024 that North Korea had stolen more than $3 billion in cryptocurrency.\n");
  const Event* theft = OfType(events, EventType::kTheft);
  REQUIRE(theft);
  CHECK_FALSE(theft->date.known());
}

TEST_CASE("A negated noun before the event's preposition denies what the event did, not the event", "[extract][rules]") {
  // No one killed, no damage, no victims: the attack happened. A negated
  // verb before the same preposition still denies its event.
  for (const char* body : {"Russian drones struck Odesa on Friday. No one was killed in the attack.\n",
                           "Russian drones struck Odesa on Friday. There was no damage from the drone strike.\n",
                           "Drone Rusia menghantam Odesa pada Jumat. Tidak ada korban jiwa dalam serangan itu.\n"}) {
    for (const Event& e : EventsOf(body)) CHECK(e.factuality != Factuality::kNegated);
  }
  std::vector<Event> events = EventsOf("Indonesia did not take part in the joint drills on Friday.\n");
  const Event* drill = OfType(events, EventType::kDrill);
  REQUIRE(drill);
  CHECK(drill->factuality == Factuality::kNegated);
}

TEST_CASE("A negated acknowledgement denies the saying, not the event", "[extract][rules]") {
  // "never acknowledged the cyberattack": the attack is told as having
  // happened; only the admission is denied. (Indonesian "mengakui" is left
  // out: as a verb of speaking it cost a held-out article a negated event.)
  for (const char* body : {"North Korea has never acknowledged a cyberattack on a Japanese crypto exchange.\n",
                           "Russia did not admit a cyberattack on the Polish railway network.\n"}) {
    std::vector<Event> events = EventsOf(body);
    const Event* attack = OfType(events, EventType::kCyberattack);
    REQUIRE(attack);
    CHECK(attack->factuality == Factuality::kAsserted);
  }
}

TEST_CASE("Who expresses concern over an event takes no part in it", "[extract][rules]") {
  // A statement of concern (not scored, SPEC §6) is a speech act: Japan
  // neither drills with China nor is its target; "kekhawatiran" in the
  // phrase is no modality cue for the launch it is about.
  std::vector<Event> events = EventsOf("Japan expressed concern over China's drills near Taiwan on Friday.\n");
  const Event* drill = OfType(events, EventType::kDrill);
  REQUIRE(drill);
  CHECK(RolesOf(*drill) == std::vector<std::string>{"CHN:initiator"});
  CHECK(OfType(events, EventType::kStatement));
  events = EventsOf("Jepang menyampaikan kekhawatiran atas peluncuran rudal Korea Utara pada Jumat.\n");
  const Event* launch = OfType(events, EventType::kMissileTest);
  REQUIRE(launch);
  CHECK(launch->factuality == Factuality::kAsserted);
  CHECK(RolesOf(*launch) == std::vector<std::string>{"PRK:initiator"});
}

TEST_CASE("A drone that slammed into a building attacks it, and a depot destroyed by a strike is its target", "[extract][rules]") {
  // "slammed" alone is a protest ("slammed the decision"); "slammed into"
  // is a hit. "was destroyed by an RSF drone strike": the passive makes
  // the army's depot the target and the RSF the attacker.
  std::vector<Event> events = EventsOf("A Russian drone slammed into an apartment building in Odesa early on Friday.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kAttack);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"RUS:initiator"});
  events = EventsOf("An ammunition depot of the Sudanese army was destroyed by an RSF drone strike on Friday.\n");
  const Event* attack = OfType(events, EventType::kAttack);
  REQUIRE(attack);
  CHECK(RolesOf(*attack) == std::vector<std::string>{"SDN:target", "SDN-RSF:initiator"});
}

TEST_CASE("Who is put on a sanctions list is the sanction's target", "[extract][rules]") {
  // Named between the verb and the list (the trigger, or the list after
  // "to", "on", "ke dalam"): put on it, not sanctioning.
  for (const char* body : {"The Treasury Department added five Chinese companies to its sanctions list on Friday.\n",
                           "The Commerce Department placed 12 Chinese firms on its Entity List on Friday.\n",
                           "Departemen Keuangan AS memasukkan lima perusahaan China ke dalam daftar sanksi pada Jumat.\n"}) {
    std::vector<Event> events = EventsOf(body);
    const Event* sanction = OfType(events, EventType::kSanction);
    REQUIRE(sanction);
    const std::vector<std::string> roles = RolesOf(*sanction);
    CHECK(std::count(roles.begin(), roles.end(), "CHN:target") == 1);
    CHECK(std::count(roles.begin(), roles.end(), "CHN:initiator") == 0);
  }
}

TEST_CASE("A relative clause that only says whom its noun is linked to ends at the main verb", "[extract][rules]") {
  // "yang terkait dengan China" closes after the name: "membobol" is the
  // sentence's verb, not part of the description, and tells the event.
  std::vector<Event> events = EventsOf(
      "Peretas yang terkait dengan China membobol jaringan sejumlah perusahaan telekomunikasi AS pada Jumat.\n");
  const Event* hack = OfType(events, EventType::kCyberattack);
  REQUIRE(hack);
  CHECK(RolesOf(*hack) == std::vector<std::string>{"CHN:initiator", "USA:target"});
}

TEST_CASE("A time after the event a verb aims at is that event's, not the verb's", "[extract][rules]") {
  // "next week" dates the talks, which may come; the agreement to hold
  // them was made, at no time the sentence gives.
  for (const char* body : {"Japan and China agreed to hold further talks next week.\n",
                           "Jepang dan China sepakat untuk menggelar perundingan lanjutan pekan depan.\n"}) {
    std::vector<Event> events = EventsOf(body);
    const Event* agreement = OfType(events, EventType::kAgreement);
    const Event* meeting = OfType(events, EventType::kMeeting);
    REQUIRE(agreement);
    REQUIRE(meeting);
    CHECK(agreement->factuality == Factuality::kAsserted);
    CHECK_FALSE(agreement->date.known());
    CHECK(meeting->factuality == Factuality::kPossible);
    REQUIRE(meeting->date.known());
    CHECK(FormatIsoDay(*meeting->date.start) == "2026-02-02");
  }
}

TEST_CASE("An acronym given in brackets with a name names that actor for the rest of the article", "[extract][rules]") {
  // "DFA" is no registry name; the article gave it to the Philippine
  // foreign ministry, so "DFA juga mendesak" is the Philippines urging.
  std::vector<Event> events = EventsOf(
      "Departemen Luar Negeri (DFA) Filipina pada Kamis memanggil diplomat China.\n\n"
      "DFA juga mendesak Beijing menghentikan tindakan ilegal di zona ekonomi eksklusif Filipina.\n");
  const Event* appeal = OfType(events, EventType::kAppeal);
  REQUIRE(appeal);
  const std::vector<std::string> roles = RolesOf(*appeal);
  REQUIRE(!roles.empty());
  CHECK(roles[0] == "PHL:initiator");
}

TEST_CASE("Sanctions proposed are a possible sanction by their proposer, not an appeal", "[extract][rules]") {
  // "mengusulkan" is an appeal ("mengusulkan gencatan senjata") and a cue
  // of what may come; with sanctions it proposes, the sanction may come,
  // and the Commission, no mere speaker, is who would impose it.
  std::vector<Event> events = EventsOf("Komisi Eropa pada Jumat mengusulkan paket sanksi ke-20 terhadap Rusia.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == EventType::kSanction);
  CHECK(events[0].factuality == Factuality::kPossible);
  CHECK(RolesOf(events[0]) == std::vector<std::string>{"EU-COMMISSION:initiator", "RUS:target"});
  events = EventsOf("Indonesia pada Jumat mengusulkan gencatan senjata kemanusiaan di Gaza.\n");
  REQUIRE(OfType(events, EventType::kAppeal));
}

TEST_CASE("An acronym given to two actors names neither", "[extract][rules]") {
  // The same letters in brackets after Vietnam and after Thailand: "VT"
  // alone later is no one (it had been a null actor, and a crash).
  std::vector<Event> events = EventsOf(
      "Vietnam (VT) dan Thailand menggelar pertemuan pada Kamis. Thailand (VT) menolak usulan itu.\n\n"
      "VT pada Jumat mendesak Kamboja menahan diri.\n");
  const Event* appeal = OfType(events, EventType::kAppeal);
  REQUIRE(appeal);
  for (const ActorRef& a : appeal->actors) {
    CHECK(a.id != "VNM");
    CHECK(a.id != "THA");
  }
}

// The roles of the first event of `type` in the article of `body`; one
// entry saying so when there is none (a comparison with the roles expected
// fails then too).
static std::vector<std::string> RolesOfType(const std::string& body, EventType type) {
  std::vector<Event> events = EventsOf(body);
  const Event* event = OfType(events, type);
  return event ? RolesOf(*event) : std::vector<std::string>{"no " + std::string(ToString(type))};
}

// The first role of the first event of `type` ("" when it has none).
static std::string FirstRoleOfType(const std::string& body, EventType type) {
  std::vector<std::string> roles = RolesOfType(body, type);
  return roles.empty() ? "" : roles.front();
}

// The roles of every event of `type`, in the order told.
static std::vector<std::vector<std::string>> RolesOfEach(const std::string& body, EventType type) {
  std::vector<std::vector<std::string>> roles;
  for (const Event& e : EventsOf(body)) {
    if (e.type == type) roles.push_back(RolesOf(e));
  }
  return roles;
}

TEST_CASE("The charge an arrest or a seizure is made on is no accusation, nor the alleged act an event of that day", "[extract][rules]") {
  // "dengan tuduhan", "atas dugaan", "on suspicion of": the grounds of the
  // detention, told by whoever detains; no protest, and what is alleged
  // did not happen on the day of the arrest.
  for (const char* body : {"Iranian forces seized a Panama-flagged tanker on Friday on charges of smuggling fuel.\n",
                           "Police arrested two Chinese nationals on Friday on suspicion of hacking government websites.\n",
                           "IRGC menahan kapal tanker Panama pada Jumat dengan tuduhan menyelundupkan bahan bakar.\n",
                           "Polisi menangkap dua warga China pada Jumat atas tuduhan peretasan situs pemerintah.\n",
                           "Rusia menahan seorang peneliti Prancis pada Jumat atas dugaan spionase.\n"}) {
    INFO(body);
    for (const Event& e : EventsOf(body)) {
      CHECK(e.type != EventType::kProtest);
      CHECK(e.type != EventType::kCyberattack);
    }
  }
  // An accusation made is one.
  std::vector<Event> made = EventsOf("Teheran menuduh Washington mendalangi kerusuhan pada Jumat.\n");
  REQUIRE(made.size() == 1);
  CHECK(made[0].type == EventType::kProtest);
}

TEST_CASE("Who is named after a verb coordinated after the trigger is that verb's, no party to the trigger", "[extract][rules]") {
  for (const char* body : {"Thailand held an emergency meeting with Laos on Friday and closed its border with Cambodia.\n",
                           "Thailand menggelar pertemuan darurat dengan Laos pada Jumat dan menutup perbatasan dengan Kamboja.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    const Event* meeting = OfType(events, EventType::kMeeting);
    REQUIRE(meeting);
    CHECK(ActorIds(*meeting) == std::vector<std::string>{"THA", "LAO"});
  }
  // Within a relative clause on the meeting, the verbs go on saying who
  // took part.
  for (const char* body : {"Gencatan senjata disepakati dalam perundingan di Kuala Lumpur pada Jumat yang dimediasi Malaysia dan dihadiri menteri "
                           "pertahanan Thailand dan Kamboja.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    const Event* meeting = OfType(events, EventType::kMeeting);
    REQUIRE(meeting);
    std::vector<std::string> ids = ActorIds(*meeting);
    CHECK(std::find(ids.begin(), ids.end(), "KHM") != ids.end());
  }
}

TEST_CASE("A definite reference without a time of its own names the event its sentence told before", "[extract][rules]") {
  // (Published Monday 26 January 2026: next week is 2 to 8 February.)
  for (const char* body : {"Last year the council met in July. Thailand and Cambodia are due to hold talks in Kuala Lumpur "
                           "next week, but Thai officials said the meeting could be postponed.\n",
                           "Dewan itu terakhir bertemu pada Juli tahun lalu. Thailand dan Kamboja dijadwalkan menggelar "
                           "perundingan di Kuala Lumpur pekan depan, tetapi pejabat Thailand mengatakan pertemuan itu "
                           "bisa ditunda.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    size_t meetings = 0;
    for (const Event& e : events) {
      if (e.type != EventType::kMeeting || e.factuality != Factuality::kPossible) continue;
      ++meetings;
      CHECK(FormatIsoDay(*e.date.start) == "2026-02-02");
    }
    CHECK(meetings == 1);
  }
}

TEST_CASE("A trigger named as what someone calls it is a label, not an event told", "[extract][rules]") {
  for (const char* body : {"Poland accused Belarus on Friday of pushing migrants across the border in what it calls a hybrid attack.\n",
                           "Polandia menuduh Belarus pada Jumat mendorong migran melintasi perbatasan dalam apa yang mereka "
                           "sebut serangan hibrida.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    CHECK(OfType(events, EventType::kProtest));
    CHECK_FALSE(OfType(events, EventType::kAttack));
  }
  // Not past a name or a number: "dubbed Operation Sindoor, the strikes".
  std::vector<Event> told = EventsOf("India launched missile strikes on Pakistan on Friday in an operation it dubbed Sindoor.\n");
  CHECK(OfType(told, EventType::kAttack));
}

TEST_CASE("A relative clause on the subject ends at the saying's verb after it", "[extract][rules]") {
  // "yang dirilis Jumat" dates the report, not the theft the report tells
  // of, which has a time of its own.
  std::vector<Event> events = EventsOf(
      "Panel ahli PBB dalam laporan yang dirilis Jumat menyebutkan Korea Utara mencuri 1,2 miliar dolar AS dalam "
      "bentuk kripto tahun lalu.\n");
  const Event* theft = OfType(events, EventType::kTheft);
  REQUIRE(theft);
  REQUIRE(theft->date.start);
  CHECK(FormatIsoDay(*theft->date.start) == "2025-01-01");
  const Event* report = OfType(events, EventType::kReport);
  REQUIRE(report);
  CHECK(FormatIsoDay(*report->date.start) == "2026-01-23");
}

TEST_CASE("A state's demonym in the plural names its people, the target of what is done to them", "[extract][rules]") {
  using V = std::vector<std::string>;
  for (const char* body : {"Israeli airstrikes killed at least 30 Palestinians across the territory on Friday.\n",
                           "A Russian drone strike killed two Ukrainians in a village on Friday.\n",
                           "Chinese coast guard officers attacked three Filipinos with knives on Friday.\n"}) {
    INFO(body);
    CHECK(RolesOfType(body, EventType::kAttack).size() == 2);
  }
  CHECK(RolesOfType("Israeli airstrikes killed at least 30 Palestinians across the territory on Friday.\n",
                    EventType::kAttack) == V{"ISR:initiator", "PSE:target"});
  CHECK(RolesOfType("A Russian drone strike killed two Ukrainians in a village on Friday.\n", EventType::kAttack) ==
        V{"RUS:initiator", "UKR:target"});
  CHECK(RolesOfType("Chinese coast guard officers attacked three Filipinos with knives on Friday.\n",
                    EventType::kAttack) == V{"CHN-CCG:initiator", "PHL:target"});
}

TEST_CASE("The agent after a noun trigger ends at the verb: who is named after it is acted on", "[extract][rules]") {
  for (const char* body : {"Serangan udara Israel menewaskan sedikitnya 30 warga Palestina di Gaza pada Jumat.\n",
                           "Serangan drone Rusia melumpuhkan pembangkit listrik Ukraina pada Jumat.\n"}) {
    INFO(body);
    CHECK(RolesOfType(body, EventType::kAttack).size() == 2);
  }
  CHECK(RolesOfType("Serangan udara Israel menewaskan sedikitnya 30 warga Palestina di Gaza pada Jumat.\n",
                    EventType::kAttack) == std::vector<std::string>{"ISR:initiator", "PSE:target"});
  CHECK(RolesOfType("Serangan drone Rusia melumpuhkan pembangkit listrik Ukraina pada Jumat.\n", EventType::kAttack) ==
        std::vector<std::string>{"RUS:initiator", "UKR:target"});
}

TEST_CASE("A date closing the sentence after a relative clause, taken by the event the clause hangs on, is not the clause's", "[extract][rules]") {
  for (const char* body : {"Amerika Serikat menjatuhkan sanksi terhadap lima perusahaan China yang memasok komponen drone ke "
                           "Rusia pada Jumat.\n",
                           "Pasukan Israel menembaki warga yang mengantre bantuan di Rafah pada Jumat.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    CHECK(events.size() == 1);
    CHECK_FALSE(OfType(events, EventType::kAid));
  }
}

TEST_CASE("Sanctions lifted or eased are no sanction (SPEC 7: lifting sanctions has no type)", "[extract][rules]") {
  for (const char* body : {"Britain lifted sanctions on Syria on Friday.\n", "The EU eased sanctions on Venezuela on Friday.\n",
                           "Inggris mencabut sanksi terhadap Suriah pada Jumat.\n",
                           "Uni Eropa melonggarkan sanksi terhadap Venezuela pada Jumat.\n"}) {
    INFO(body);
    CHECK_FALSE(OfType(EventsOf(body), EventType::kSanction));
  }
  CHECK(OfType(EventsOf("Britain imposed sanctions on Syria on Friday.\n"), EventType::kSanction));
}

TEST_CASE("Where a ban keeps goods from going is its target", "[extract][rules]") {
  for (const char* body : {"China melarang ekspor galium dan germanium ke Amerika Serikat pada Jumat.\n",
                           "China banned exports of gallium to the United States on Friday.\n"}) {
    INFO(body);
    CHECK(RolesOfType(body, EventType::kSanction) == std::vector<std::string>{"CHN:initiator", "USA:target"});
  }
}

TEST_CASE("A definite reference a reaction is aimed at is the event told before, whatever the reaction's cues", "[extract][rules]") {
  for (const char* body : {"South Korea and the United States began drills on Friday. North Korea vowed to take resolute "
                           "countermeasures against the drills.\n",
                           "Korea Selatan dan AS memulai latihan pada Jumat. Korea Utara bersumpah akan mengambil langkah "
                           "balasan tegas terhadap latihan tersebut.\n"}) {
    INFO(body);
    // One drill, the one begun: none that may come.
    std::vector<Event> events = EventsOf(body);
    CHECK(std::count_if(events.begin(), events.end(), [](const Event& e) { return e.type == EventType::kDrill; }) == 1);
    for (const Event& e : events) {
      if (e.type == EventType::kDrill) CHECK(e.factuality == Factuality::kAsserted);
    }
  }
}

TEST_CASE("The state a drill surrounds is its target", "[extract][rules]") {
  for (const char* body : {"China's military staged large-scale drills around Taiwan on Friday.\n",
                           "Militer China menggelar latihan skala besar di sekitar Taiwan pada Jumat.\n"}) {
    INFO(body);
    CHECK(RolesOfType(body, EventType::kDrill) == std::vector<std::string>{"CHN-PLA:initiator", "TWN:target"});
  }
  // Where a drill is held is no target.
  std::vector<Event> held = EventsOf("Japan and the Philippines held naval drills near Palawan on Friday.\n");
  const Event* drill = OfType(held, EventType::kDrill);
  REQUIRE(drill);
  for (const ActorRef& a : drill->actors) CHECK(a.role != ActorRole::kTarget);
}

TEST_CASE("A report's author is its subject however many words its name takes", "[extract][rules]") {
  std::vector<Event> events =
      EventsOf("Taiwan's defence ministry said it detected 32 Chinese military aircraft around the island on Friday.\n");
  const Event* report = OfType(events, EventType::kReport);
  REQUIRE(report);
  REQUIRE_FALSE(report->actors.empty());
  CHECK(report->actors[0].id == "TWN-MND");
  CHECK(report->actors[0].role == ActorRole::kInitiator);
}

TEST_CASE("The negotiating table and an aid ship are no meeting and no aid", "[extract][rules]") {
  for (const char* body : {"Korea Selatan mendesak Korea Utara untuk kembali ke meja perundingan pada Jumat.\n",
                           "South Korea urged North Korea on Friday to return to the negotiating table.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    CHECK(OfType(events, EventType::kAppeal));
    CHECK_FALSE(OfType(events, EventType::kMeeting));
  }
  for (const char* body : {"Malaysia mengecam keras serangan Israel terhadap kapal bantuan kemanusiaan pada Jumat.\n",
                           "Malaysia on Friday condemned Israel's attack on an aid ship bound for Gaza.\n"}) {
    INFO(body);
    CHECK_FALSE(OfType(EventsOf(body), EventType::kAid));
  }
}

TEST_CASE("A missile intercepted was fired at someone: an attack by whoever it came from", "[extract][rules]") {
  const std::string body = "Israel said it intercepted a missile launched from Yemen on Friday.\n";
  CHECK(RolesOfType(body, EventType::kAttack) == std::vector<std::string>{"YEM:initiator"});
  CHECK_FALSE(OfType(EventsOf(body), EventType::kMissileTest));
}

TEST_CASE("An offensive pressed, deliveries suspended and the attacks a sanction is over are none of their trigger's type", "[extract][rules]") {
  CHECK_FALSE(OfType(EventsOf("The RSF shelled the city on Friday as the army pressed an offensive to break the siege.\n"),
                     EventType::kAppeal));
  CHECK_FALSE(OfType(EventsOf("The World Food Programme said on Friday it had suspended deliveries to the city.\n"),
                     EventType::kSanction));
  std::vector<Event> events =
      EventsOf("The U.S. Treasury imposed sanctions on two RSF commanders on Friday over attacks on civilians in Darfur.\n");
  CHECK(OfType(events, EventType::kSanction));
  CHECK_FALSE(OfType(events, EventType::kAttack));
}

TEST_CASE("A list of names before a speech act is its speakers, not a saying closed by the last of them", "[extract][rules]") {
  for (const char* body : {"Polandia, Lituania, dan Latvia menuding Minsk mendorong migran melintasi perbatasan sejak 2021.\n",
                           "Polandia, Lituania, dan Latvia menuding Minsk pada Jumat.\n",
                           "Poland, Lithuania and Latvia accused Minsk on Friday.\n"}) {
    INFO(body);
    CHECK(RolesOfType(body, EventType::kProtest) ==
          std::vector<std::string>{"POL:initiator", "LTU:initiator", "LVA:initiator", "BLR:target"});
  }
}

TEST_CASE("A comma, a coordinator and a named subject with its verb begin a clause of their own", "[extract][rules]") {
  using V = std::vector<std::string>;
  for (const char* body : {"The EU imposed sanctions on two RSF commanders in July, and Washington sanctioned the group's leader "
                           "in January.\n",
                           "Uni Eropa menjatuhkan sanksi terhadap dua komandan RSF pada Juli, dan Washington menjatuhkan sanksi "
                           "terhadap pemimpin kelompok itu pada Januari.\n"}) {
    INFO(body);
    std::vector<V> sanctions = RolesOfEach(body, EventType::kSanction);
    REQUIRE(sanctions.size() == 2);
    CHECK(sanctions[0] == V{"EU:initiator", "SDN-RSF:target"});
    CHECK(sanctions[1].front() == "USA:initiator");
    CHECK(std::count(sanctions[1].begin(), sanctions[1].end(), "EU:initiator") == 0);
  }
  // The last of a list of names, or "the two sides", is no new subject:
  // the parties go on.
  CHECK(RolesOfType("Korea Selatan, AS, dan Jepang menggelar latihan udara pada Jumat.\n", EventType::kDrill) ==
        V{"KOR:initiator", "USA:initiator", "JPN:initiator"});
  // A place before the comma is no list, and the name's head nouns may
  // stand before the verb.
  CHECK(RolesOfType("Russian and Chinese warships held joint naval drills near Hokkaido, and a Russian military "
                    "helicopter violated Japanese airspace on Friday.\n",
                    EventType::kDrill) == V{"RUS:initiator", "CHN:initiator"});
  CHECK(RolesOfType("Sugiono met Jaishankar on Wednesday, and the two ministers agreed to expand trade.\n",
                    EventType::kAgreement) == V{"sugiono:participant", "subrahmanyam-jaishankar:participant"});
}

TEST_CASE("The next of a series with no one named is its series' parties, not the sentence before's", "[extract][rules]") {
  using V = std::vector<std::string>;
  for (const char* body : {"South Korea and the United States held joint drills on Monday. Japan arrested two Chinese "
                           "nationals on Tuesday. The next drills are planned for August.\n",
                           "Korea Selatan dan Amerika Serikat menggelar latihan bersama pada Senin. Jepang menangkap dua "
                           "warga China pada Selasa. Latihan berikutnya direncanakan digelar pada Agustus.\n"}) {
    INFO(body);
    std::vector<V> drills = RolesOfEach(body, EventType::kDrill);
    REQUIRE(drills.size() == 2);
    CHECK(drills[1] == V{"KOR:initiator", "USA:initiator"});
  }
}

TEST_CASE("What a copula says a definite reference is describes the event told, and tells no new one", "[extract][rules]") {
  auto count = [](const std::string& body, EventType type) {
    std::vector<EventType> types = TypesOf(body);
    return std::count(types.begin(), types.end(), type);
  };
  for (const char* body : {"North Korea fired a ballistic missile on Friday. The launch was the North's third missile test "
                           "this year.\n",
                           "Korea Utara menguji rudal balistik pada Jumat. Uji coba itu merupakan uji coba rudal ketiga "
                           "Korut tahun ini.\n"}) {
    INFO(body);
    CHECK(count(body, EventType::kMissileTest) == 1);
  }
  // An event compared with after "since" is another one.
  CHECK(count("North Korea fired a ballistic missile on Friday. The test was the largest since a missile test in May "
              "2023.\n",
              EventType::kMissileTest) == 2);
}

TEST_CASE("Who is named in what a condemnation calls the event it condemns is no party to it", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("North Korea fired a ballistic missile on Friday. On Friday South Korea's presidential office "
                    "condemned the launch as a clear violation of U.N. Security Council resolutions.\n",
                    EventType::kProtest) == V{"KOR:initiator", "PRK:target"});
  CHECK(RolesOfType("Korea Utara menguji rudal balistik pada Jumat. Pada Jumat Korea Selatan mengecam keras "
                    "uji coba tersebut sebagai pelanggaran resolusi Dewan Keamanan PBB.\n",
                    EventType::kProtest) == V{"KOR:initiator", "PRK:target"});
}

TEST_CASE("A date right before another trigger's noun is that noun's", "[extract][rules]") {
  // (Indonesian puts the date after its noun, "gencatan senjata November
  // 2024", where a date after a noun may also be the verb's: not read.)
  for (const char* body : {"Lebanon's prime minister on Tuesday called the strikes a violation of the November 2024 ceasefire "
                           "and urged France to intervene.\n",
                           "Lebanon's prime minister on Tuesday accused Israel of breaking the 2024 truce and urged France "
                           "to intervene.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    const Event* appeal = OfType(events, EventType::kAppeal);
    REQUIRE(appeal);
    REQUIRE(appeal->date.start);
    CHECK(*appeal->date.start == date::sys_days{date::year{2026} / 1 / 20});
  }
}

TEST_CASE("An agency name that is one state's by default, before another state's name, is that state's organ", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("Kemlu Filipina pada Jumat memanggil duta besar China untuk menyampaikan keberatan.\n",
                    EventType::kProtest) == V{"PHL:initiator", "CHN:target"});
  // Its own state's name after it keeps the organ.
  CHECK(RolesOfType("Kemlu Indonesia pada Jumat memanggil duta besar China untuk menyampaikan keberatan.\n",
                    EventType::kProtest) == V{"IDN-KEMLU:initiator", "IDN:initiator", "CHN:target"});
}

TEST_CASE("An agreement whose subject is a plural pronoun or 'keduanya' is made by those named before", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("The prime ministers of Thailand and Vietnam held talks in Hanoi on Friday. They agreed to "
                    "open a new border crossing.\n",
                    EventType::kAgreement) == V{"THA:participant", "VNM:participant"});
  CHECK(RolesOfType("Perdana Menteri Thailand dan Vietnam bertemu di Hanoi pada Jumat. Keduanya sepakat membuka "
                    "pos lintas batas baru.\n",
                    EventType::kAgreement) == V{"THA:participant", "VNM:participant"});
  // A singular pronoun names one party, not the agreement's.
  CHECK(RolesOfType("The prime ministers of Thailand and Vietnam held talks in Hanoi on Friday. He agreed to open "
                    "a new border crossing.\n",
                    EventType::kAgreement) == V{"no agreement"});
}

TEST_CASE("A group the registry does not know is an actor by the name its group noun gives it", "[extract][rules]") {
  using V = std::vector<std::string>;
  // Before a tail noun, after a head noun and its modifiers, in both languages.
  CHECK(RolesOfType("Hackers from the Crimson Fox group stole $20 million from a South Korean exchange on Friday.\n",
                    EventType::kTheft) == V{"crimson-fox:initiator", "KOR:target"});
  CHECK(RolesOfType("The hacking group Silver Heron stole $20 million from a South Korean exchange on Friday.\n",
                    EventType::kTheft) == V{"silver-heron:initiator", "KOR:target"});
  CHECK(RolesOfType("Kelompok peretas Crimson Fox mencuri 20 juta dolar dari bursa kripto Korea Selatan pada Jumat.\n",
                    EventType::kTheft) == V{"crimson-fox:initiator", "KOR:target"});
  // Named again by the first word of its name: the same actor.
  CHECK(RolesOfEach("The Crimson Fox group stole $20 million from a South Korean exchange on Friday. On Saturday, "
                    "Crimson Fox stole $5 million from a Japanese exchange.\n",
                    EventType::kTheft) ==
        std::vector<V>{{"crimson-fox:initiator", "KOR:target"}, {"crimson-fox:initiator", "JPN:target"}});
  // A word that describes a group, capitalised at the sentence's start, names none.
  CHECK(RolesOfType("Rebel group M23 attacked the town of Uvira on Friday.\n", EventType::kAttack) ==
        V{"COD-M23:initiator"});
  CHECK(RolesOfType("Another group stole $5 million from a Japanese exchange on Friday.\n", EventType::kTheft) ==
        V{"JPN:target"});
  // A longer capitalised name holding a known one is no group of its own.
  for (const char* body : {"The Ukraine Defense Contact Group met at Ramstein on Friday.\n",
                           "Pertemuan Kelompok Kontak Pertahanan Ukraina digelar di Ramstein pada Jumat.\n"}) {
    INFO(body);
    CHECK(RolesOfType(body, EventType::kMeeting) == V{"UKR:participant"});
  }
}

TEST_CASE("A time between a verb and the purpose that opens the trigger's phrase is the verb's", "[extract][rules]") {
  // (EventsOf: published Monday 2026-01-26; Friday is 2026-01-23.)
  // (Indonesian: the date between "sepakat" and "untuk" had hidden the verb
  // that makes the purpose a complement, and the talks were dropped.)
  for (const char* body : {"Japan and China agreed on Friday to hold talks on maritime security next month.\n",
                           "Jepang dan China sepakat pada Jumat untuk menggelar perundingan keamanan maritim bulan "
                           "depan.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    const Event* meeting = OfType(events, EventType::kMeeting);
    REQUIRE(meeting);
    REQUIRE(meeting->date.start);
    CHECK(*meeting->date.start == date::sys_days{date::year{2026} / 2 / 1});
    CHECK(meeting->factuality == Factuality::kPossible);
    const Event* agreement = OfType(events, EventType::kAgreement);
    REQUIRE(agreement);
    REQUIRE(agreement->date.start);
    CHECK(*agreement->date.start == date::sys_days{date::year{2026} / 1 / 23});
  }
}

TEST_CASE("Who a meeting discusses or an agreement is aimed against takes no part in it", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("The foreign ministers of Japan and South Korea met on Friday to discuss North Korea.\n",
                    EventType::kMeeting) == V{"JPN:participant", "KOR:participant"});
  CHECK(RolesOfType("Jepang dan Korea Selatan sepakat pada Jumat memperkuat sanksi terhadap Korea Utara.\n",
                    EventType::kAgreement) == V{"JPN:participant", "KOR:participant"});
  // Who they meet with does.
  CHECK(RolesOfType("Japan's foreign minister met on Friday to discuss trade with South Korea's foreign minister.\n",
                    EventType::kMeeting) == V{"JPN:participant", "KOR:participant"});
}

TEST_CASE("What a weapon is capable of is no event", "[extract][rules]") {
  for (const char* body : {"Kim Jong Un on Friday inspected a new submarine capable of launching nuclear missiles.\n",
                           "Kim Jong Un pada Jumat meninjau kapal selam baru yang mampu meluncurkan rudal nuklir.\n"}) {
    INFO(body);
    std::vector<EventType> types = TypesOf(body);
    CHECK(std::find(types.begin(), types.end(), EventType::kMissileTest) == types.end());
  }
}

TEST_CASE("What an attempt that failed attempted did not happen", "[extract][rules]") {
  for (const char* body : {"A second attempt to steal $20 million from the exchange on Friday failed after the platform "
                           "froze withdrawals.\n",
                           "Upaya kedua untuk mencuri 20 juta dolar dari bursa itu pada Jumat gagal karena platform "
                           "membekukan penarikan.\n",
                           "Police said a failed attempt to steal $20 million from a Japanese exchange took place on "
                           "Friday.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    const Event* theft = OfType(events, EventType::kTheft);
    REQUIRE(theft);
    CHECK(theft->factuality == Factuality::kNegated);
  }
  // An attempt with no failure told is what it says.
  std::vector<Event> events =
      EventsOf("Hackers in an attempt to steal funds drained $20 million from a Japanese exchange on Friday.\n");
  const Event* theft = OfType(events, EventType::kTheft);
  REQUIRE(theft);
  CHECK(theft->factuality == Factuality::kAsserted);
}

TEST_CASE("Whom an appeal's complement names first is whom it asks", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("The UN Security Council on Friday demanded that the Houthis stop attacking ships in the Red "
                    "Sea.\n",
                    EventType::kAppeal) == V{"UNSC:initiator", "YEM-HOUTHI:target"});
  CHECK(RolesOfType("The IAEA on Friday urged that Iran allow inspectors back into the Fordow site.\n",
                    EventType::kAppeal) == V{"IAEA:initiator", "IRN:target"});
}

TEST_CASE("A cue whose words a time splits is still a cue", "[extract][rules]") {
  // "failed on Friday to": the date told inside the phrase does not undo it.
  for (const char* body : {"The Security Council failed on Friday to adopt a resolution on Sudan.\n",
                           "Beijing refused last week to sign the joint declaration.\n",
                           "Dewan Keamanan gagal pada Jumat mengadopsi resolusi tentang Sudan.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    const Event* agreement = OfType(events, EventType::kAgreement);
    REQUIRE(agreement);
    CHECK(agreement->factuality == Factuality::kNegated);
  }
}

TEST_CASE("A warning system or an early warning is no warning", "[extract][rules]") {
  using V = std::vector<EventType>;
  CHECK(TypesOf("Seoul and Tokyo agreed on Friday to share missile warning data in real time.\n") ==
        V{EventType::kAgreement});
  CHECK(TypesOf("Jepang dan Filipina sepakat pada Jumat memasang sistem peringatan dini bersama.\n") ==
        V{EventType::kAgreement});
  // A warning is still one.
  CHECK(TypesOf("North Korea warned Seoul on Friday of a merciless response.\n") == V{EventType::kWarning});
}

TEST_CASE("The threatener is who would do what its threat threatens", "[extract][rules]") {
  using V = std::vector<std::string>;
  // Not spoken of by the threatener, as what it condemns or urges is: its own act.
  CHECK(RolesOfType("North Korea threatened on Friday to strike U.S. bases in the Pacific.\n", EventType::kAttack) ==
        V{"PRK:initiator", "USA:target"});
  CHECK(RolesOfType("Beijing threatened to impose sanctions on Lithuania.\n", EventType::kSanction) ==
        V{"CHN:initiator", "LTU:target"});
  CHECK(RolesOfType("Korea Utara mengancam akan menyerang pangkalan militer AS di Pasifik.\n", EventType::kAttack) ==
        V{"PRK:initiator", "USA:target"});
  // A warning against what someone else does still only speaks of it.
  CHECK(RolesOfType("China warned on Friday that Japan would attack its ships if the drills went ahead.\n",
                    EventType::kAttack) == V{"JPN:initiator"});
}

TEST_CASE("What a warning warns against has not happened", "[extract][rules]") {
  for (const char* body : {"Tehran on Friday warned Israel against further strikes on its nuclear sites.\n",
                           "The United Nations warned against an attack on the refugee camp.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    const Event* attack = OfType(events, EventType::kAttack);
    REQUIRE(attack);
    CHECK(attack->factuality == Factuality::kPossible);
  }
  // A strike told beside a warning, not warned against, happened.
  std::vector<Event> events = EventsOf("Israel struck a depot on Friday and warned Hezbollah against retaliation.\n");
  const Event* attack = OfType(events, EventType::kAttack);
  REQUIRE(attack);
  CHECK(attack->factuality == Factuality::kAsserted);
}

TEST_CASE("The latest in a string of events names a kind of event and is no event", "[extract][rules]") {
  using V = std::vector<EventType>;
  // (Dated "this year", the series had been a second launch.)
  CHECK(TypesOf("North Korea fired a cruise missile on Friday, the latest in a series of weapons tests this year.\n") ==
        V{EventType::kMissileTest});
  CHECK(TypesOf("Hackers stole $40 million from a Japanese exchange on Friday, the latest in a string of crypto heists "
                "blamed on Pyongyang.\n") == V{EventType::kTheft});
  // A series told as one event is still one.
  CHECK(TypesOf("North Korea fired a series of cruise missiles on Friday.\n") == V{EventType::kMissileTest});
}

TEST_CASE("A proposal rejected and a setting's head noun", "[extract][rules]") {
  // What a proposal rejected or an offer turned down proposed did not happen.
  for (const char* body : {"Tehran on Friday rejected a proposal for direct talks with Washington.\n",
                           "Pyongyang on Friday turned down an offer of talks with Seoul.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    const Event* meeting = OfType(events, EventType::kMeeting);
    REQUIRE(meeting);
    CHECK(meeting->factuality == Factuality::kNegated);
  }
  // "at the end of the meeting", "di akhir pertemuan": the setting happened;
  // only what was not signed there is negated.
  for (const char* body : {"The ministers of Japan and China did not sign a joint statement at the end of the meeting.\n",
                           "Para menteri Jepang dan China tidak menandatangani pernyataan bersama di akhir pertemuan.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    CHECK(OfType(events, EventType::kMeeting) == nullptr);
    const Event* agreement = OfType(events, EventType::kAgreement);
    REQUIRE(agreement);
    CHECK(agreement->factuality == Factuality::kNegated);
  }
}

TEST_CASE("A noun that is a passive's agent acts on the passive's subject", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("Venezuela was hit by new U.S. sanctions on Friday.\n", EventType::kSanction) ==
        V{"VEN:target", "USA:initiator"});
  CHECK(RolesOfType("Caracas was hit on Friday by fresh European Union sanctions.\n", EventType::kSanction) ==
        V{"VEN:target", "EU:initiator"});
}

TEST_CASE("Whom aid comes from gives it", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("A convoy of trucks carrying food from the World Food Programme reached Gaza on Friday.\n",
                    EventType::kAid) == V{"WFP:initiator"});
  CHECK(RolesOfType("Bantuan kemanusiaan dari Jepang tiba di Gaza pada Jumat.\n", EventType::kAid) ==
        V{"JPN:initiator", "PSE:target"});
}

TEST_CASE("What a statement does is done by those of the meeting told before", "[extract][rules]") {
  using V = std::vector<std::string>;
  // Dated by its own aside, the appeal still needs its issuers.
  CHECK(RolesOfType("ASEAN foreign ministers met in Manila on Thursday.\n\n"
                    "The joint statement, released on Friday at the close of the meeting, urged Myanmar to end the "
                    "violence.\n",
                    EventType::kAppeal) == V{"ASEAN:initiator", "MMR:target"});
}

TEST_CASE("A participle after a comma goes on with the sentence's subject", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("Niger's junta on Friday ordered the French ambassador to leave, accusing Paris of backing "
                    "armed groups.\n",
                    EventType::kProtest) == V{"NER:initiator", "FRA:target"});
}

TEST_CASE("Who is named after a noun trigger's own verb is acted on", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("A ransomware attack crippled a Malaysian port operator on Friday.\n", EventType::kCyberattack) ==
        V{"MYS:target"});
  CHECK(RolesOfType("Serangan rudal menghancurkan pembangkit listrik Ukraina pada Jumat.\n", EventType::kAttack) ==
        V{"UKR:target"});
  // A passive's agent still acts, with or without its marker.
  CHECK(RolesOfType("An attack launched by Russia destroyed a power plant on Friday.\n", EventType::kAttack) ==
        V{"RUS:initiator"});
  CHECK(RolesOfType("Serangan yang dilancarkan Rusia menghancurkan pembangkit listrik pada Jumat.\n",
                    EventType::kAttack) == V{"RUS:initiator"});
  // A copula has no object: who it names is not acted on.
  CHECK(RolesOfType("Para analis menilai hasil pencurian kripto menjadi sumber utama pendanaan program nuklir Korea "
                    "Utara sejak 2017.\n",
                    EventType::kTheft) == V{"PRK:initiator"});
}

TEST_CASE("A warning drawn from others is made by them", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("The United States and South Korea began a joint air drill on Friday, prompting a warning "
                    "from Pyongyang.\n",
                    EventType::kWarning) == V{"USA:target", "KOR:target", "PRK:initiator"});
}

TEST_CASE("A time after a sequence word is not a day of the event referred back to", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "Thai and Cambodian troops exchanged fire along the border on Thursday. Cambodia accused Thailand of "
      "aggression and said Thai troops had opened fire first. The clashes followed a landmine blast on Wednesday "
      "that wounded five soldiers.\n");
  size_t attacks = 0;
  for (const Event& e : events) {
    if (e.type != EventType::kAttack) continue;
    ++attacks;
    REQUIRE(e.date.known());
    CHECK(FormatIsoDay(*e.date.start) == "2026-01-22");  // Thursday, not the blast's Wednesday
  }
  CHECK(attacks >= 1);
}

TEST_CASE("A possessive after a verb of doing tells a new act and after a condemnation one told", "[extract][rules]") {
  // Condemned "its launch": the launch told the day before, not a second one.
  std::vector<Event> events = EventsOf(
      "North Korea fired a ballistic missile on Sunday. Japan condemned its launch on Monday.\n");
  const size_t launches = CountOfType(events, EventType::kMissileTest);
  CHECK(launches == 1);
  CHECK(TypesOf("China held its largest drills around Taiwan on Friday.\n") == std::vector<EventType>{EventType::kDrill});
}

TEST_CASE("A noun trigger's own agent right after it acts whoever is named before", "[extract][rules]") {
  using V = std::vector<std::string>;
  const auto roles = RolesOfEach("The European Union on Friday added eight Iranian companies to its sanctions list. It "
                                 "follows similar steps by Britain and Canada last month.\n",
                                 EventType::kSanction);
  REQUIRE(roles.size() == 2);
  CHECK(roles[1] == V{"GBR:initiator", "CAN:initiator", "EU:target"});
}

TEST_CASE("A name after a topic preposition and a gerund is what an agreement is about", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("Iran and Germany held talks in Istanbul on Friday but failed to agree on restoring U.N. "
                    "inspections.\n",
                    EventType::kAgreement) == V{"IRN:participant", "DEU:participant"});
}

TEST_CASE("A ransom demanded is no appeal", "[extract][rules]") {
  CHECK(TypesOf("Hackers linked to North Korea demanded a ransom of $5 million from a Japanese hospital on "
                "Friday.\n")
            .empty());
  CHECK(TypesOf("Peretas yang terkait Korea Utara meminta tebusan senilai 5 juta dolar AS kepada rumah sakit Jepang "
                "pada Jumat.\n")
            .empty());
}

TEST_CASE("A saying inside what describes a noun is no report", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "The U.S. Treasury imposed sanctions on five firms that it said had helped Iran buy drone parts, in a "
      "statement issued on Friday.\n");
  CHECK(OfType(events, EventType::kReport) == nullptr);
  CHECK(OfType(events, EventType::kSanction) != nullptr);
  // A saying of its own still reports: "The IAEA said in a report on Friday that ...".
  std::vector<Event> report = EventsOf("The IAEA said in a report on Friday that Iran had expanded its stockpile.\n");
  CHECK(OfType(report, EventType::kReport) != nullptr);
}

TEST_CASE("What has long been so is no event even when the paragraph's time is after publication", "[extract][rules]") {
  // The paragraph's last date (March 20) is after publication; the habitual
  // condemnation takes no date from it and tells no possible protest.
  std::vector<Event> events = EventsOf(
      "Seoul and Washington began their annual spring exercise on Friday.\n\n"
      "The exercise will run until February 5 and involve 18,000 troops. Pyongyang has long denounced such drills "
      "as rehearsals for invasion.\n");
  CHECK(OfType(events, EventType::kProtest) == nullptr);
}

TEST_CASE("A state's affiliation before a group noun names no new group", "[extract][rules]") {
  using V = std::vector<std::string>;
  const auto roles = RolesOfEach("Houthi rebels fired a ballistic missile at Israel on Friday. On Saturday, the "
                                 "Iran-aligned group fired another missile at Tel Aviv.\n",
                                 EventType::kAttack);
  REQUIRE(roles.size() == 2);
  CHECK(roles[1] == V{"YEM-HOUTHI:initiator"});  // the group named before, not a group called "Iran-aligned"
}

TEST_CASE("Who is named after a gerund trigger is acted on", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("The Houthis said they had targeted Ben Gurion airport and vowed to keep attacking Israel.\n",
                    EventType::kAttack) == V{"ISR:target"});
}

TEST_CASE("The following week is the week after the event referred to", "[extract][rules]") {
  for (const char* body : {"North Korea fired a ballistic missile on Wednesday. The following week, the UN Security "
                           "Council met in New York.\n",
                           "Korea Utara menembakkan rudal balistik pada Rabu. Pekan berikutnya, Dewan Keamanan PBB "
                           "bersidang di New York.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    const Event* meeting = OfType(events, EventType::kMeeting);
    REQUIRE(meeting != nullptr);
    REQUIRE(meeting->date.known());
    CHECK(FormatIsoDay(*meeting->date.start) == "2026-01-26");  // the launch on Wednesday, January 21
    CHECK(FormatIsoDay(*meeting->date.end) == "2026-02-01");
    CHECK(meeting->date.precision == DatePrecision::kWeek);
  }
}

TEST_CASE("What a verb acts with acts on who is named between them", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("The Treasury targeted two Chinese companies with sanctions on Friday.\n", EventType::kSanction) ==
        V{"USA-TREASURY:initiator", "CHN:target"});
  CHECK(RolesOfType("The EU hit Russia with new sanctions on Friday.\n", EventType::kSanction) ==
        V{"EU:initiator", "RUS:target"});
  // Not a passive's: who is named after it acts.
  CHECK(RolesOfType("Kyiv was attacked by Russia with drones on Friday.\n", EventType::kAttack) ==
        V{"UKR:target", "RUS:initiator"});
}

TEST_CASE("Past what a noun event is aimed at, a passive verb's agent acts", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("Serangan drone terhadap kilang minyak di Ryazan diduga dilancarkan Ukraina pada Jumat.\n",
                    EventType::kAttack) == V{"UKR:initiator"});
  // Without a passive verb, who is named where it is aimed is acted on.
  CHECK(RolesOfType("Serangan terhadap Suriah pada Minggu menewaskan lima orang.\n", EventType::kAttack) ==
        V{"SYR:target"});
}

TEST_CASE("A same-type phrase that names its own type keeps it", "[extract][rules]") {
  // "similar sanctions" is a sanction whatever was told before it, not a
  // repeat of the last event's type ("similar measures" is).
  std::vector<Event> events = EventsOf(
      "The Japanese and Chinese foreign ministers met in Brussels on Monday.\n\n"
      "Britain and Canada imposed similar sanctions on Iran in December.\n");
  const size_t meetings = CountOfType(events, EventType::kMeeting);
  CHECK(meetings == 1);
  const Event* sanction = OfType(events, EventType::kSanction);
  REQUIRE(sanction != nullptr);
  CHECK(FormatIsoDay(*sanction->date.start) == "2025-12-01");
}

TEST_CASE("An aid convoy attacked is no aid given in either language", "[extract][rules]") {
  for (const char* body : {"Indonesia mengutuk serangan Israel terhadap konvoi bantuan pada Jumat.\n",
                           "Indonesia condemned the Israeli attack on an aid convoy on Friday.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    CHECK(OfType(events, EventType::kProtest) != nullptr);
    CHECK(OfType(events, EventType::kAid) == nullptr);
  }
}

TEST_CASE("A subject pronoun's actor acts though it is named again after the trigger", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("Juru bicara Kementerian Luar Negeri Vietnam pada Jumat membantah tuduhan itu. "
                    "Ia juga meminta Jakarta menjamin keselamatan nelayan Vietnam.\n",
                    EventType::kAppeal) == V{"IDN:target", "VNM:initiator"});
  CHECK(RolesOfType("A Vietnamese foreign ministry spokesman rejected the claims on Friday. "
                    "He also urged Jakarta to protect Vietnamese fishermen.\n",
                    EventType::kAppeal) == V{"IDN:target", "VNM:initiator"});
}

TEST_CASE("What may yet happen takes no past time from its paragraph", "[extract][rules]") {
  for (const char* body : {"Russia launched drones at Kyiv on Sunday. EU foreign ministers are expected to discuss a new "
                           "aid package for Kyiv.\n",
                           "Rusia meluncurkan drone ke Kyiv pada Minggu. Uni Eropa diperkirakan akan mengirim bantuan "
                           "militer baru ke Kyiv.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    const Event* aid = OfType(events, EventType::kAid);
    REQUIRE(aid != nullptr);
    CHECK(aid->factuality == Factuality::kPossible);
    CHECK_FALSE(aid->date.known());
    // The attack keeps its own day.
    const Event* attack = OfType(events, EventType::kAttack);
    REQUIRE(attack != nullptr);
    CHECK(FormatIsoDay(*attack->date.start) == "2026-01-25");
  }
}

TEST_CASE("Signs of an event are no signing", "[extract][rules]") {
  for (const char* body : {"Seoul said it had seen no signs of preparations for a nuclear test on Monday.\n",
                           "There was no sign that the two sides had met, officials said on Monday.\n"}) {
    INFO(body);
    CHECK(CountOfType(EventsOf(body), EventType::kAgreement) == 0);
  }
  // The verb still signs.
  CHECK(CountOfType(EventsOf("Japan signs a defence pact with the Philippines on Monday.\n"), EventType::kAgreement) == 1);
}

TEST_CASE("A setting after a day's possessive happened though nothing was agreed there", "[extract][rules]") {
  for (const char* body : {"No agreement was reached at Sunday's talks between Serbia and Kosovo.\n",
                           "Serbia and Kosovo failed to agree on a statement at last week's summit in Brussels.\n"}) {
    INFO(body);
    const std::vector<Event> events = EventsOf(body);
    for (const Event& e : events) {
      if (e.type == EventType::kMeeting) CHECK(e.factuality != Factuality::kNegated);
    }
    const Event* agreement = OfType(events, EventType::kAgreement);
    REQUIRE(agreement != nullptr);
    CHECK(agreement->factuality == Factuality::kNegated);
  }
}

TEST_CASE("Attacks braced for may yet come and weapon systems are no computers", "[extract][rules]") {
  for (const char* body : {"Germany pledged on Monday to send Ukraine three more air-defence systems, as Kyiv braces for "
                           "winter attacks on its power grid.\n",
                           "Ukraina mengantisipasi serangan Rusia terhadap jaringan listriknya selama musim dingin.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    CHECK(CountOfType(events, EventType::kCyberattack) == 0);
    const Event* attack = OfType(events, EventType::kAttack);
    REQUIRE(attack != nullptr);
    CHECK(attack->factuality == Factuality::kPossible);
  }
  // Computer systems still make an attack a cyberattack.
  CHECK(CountOfType(EventsOf("Hackers linked to Russia attacked the ministry's computer systems on Monday.\n"),
                    EventType::kCyberattack) == 1);
}

TEST_CASE("A clause opened by a comma and 'as' or 'citing' keeps its own time and factuality", "[extract][rules]") {
  // The attacks cited happened; the negation is the attendance's.
  std::vector<Event> events = EventsOf("Laos did not attend the talks on Monday, citing Thai attacks on its border posts.\n");
  const Event* attack = OfType(events, EventType::kAttack);
  REQUIRE(attack != nullptr);
  CHECK(attack->factuality == Factuality::kAsserted);
  // The ceasefire that holds is not the talks' next month.
  events = EventsOf("Laos and Vietnam agreed on Monday to hold talks next month, as a ceasefire brokered by Cambodia held.\n");
  for (const Event& e : events) {
    if (e.type == EventType::kAgreement) CHECK(e.factuality == Factuality::kAsserted);
  }
  // "as well as" joins names; it opens no clause.
  events = EventsOf("Japan, as well as South Korea, condemned the launch on Monday.\n");
  const Event* protest = OfType(events, EventType::kProtest);
  REQUIRE(protest != nullptr);
  CHECK(protest->actors.size() == 2);
}

TEST_CASE("The event a counted phrase names after it takes a day of its own over the count", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "North Korea fired a cruise missile on Monday. The launch came four days after the North fired two ballistic "
      "missiles toward the East Sea on Thursday.\n");
  CHECK(CountOfType(events, EventType::kMissileTest) == 2);
  for (const Event& e : events) {
    INFO(e.evidence.text);
    CHECK(e.factuality == Factuality::kAsserted);  // not four days after Monday, still to come
    REQUIRE(e.date.known());
    const std::string day = FormatIsoDay(*e.date.start);
    CHECK((day == "2026-01-26" || day == "2026-01-22"));
  }
}

TEST_CASE("A name in an aside between the subject and its verb describes the subject", "[extract][rules]") {
  using V = std::vector<std::string>;
  // The first report is the one "said" tells.
  CHECK(RolesOfEach("The IAEA, the nuclear watchdog of the United Nations, said on Monday that Iran had enriched "
                    "uranium to 60 percent.\n",
                    EventType::kReport)
            .front() == V{"IAEA:initiator", "UN:target", "IRN:target"});
}

TEST_CASE("A quantity after the agent marker keeps the agent", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("Iran was hit by a wave of Israeli airstrikes on Monday.\n", EventType::kAttack) ==
        V{"IRN:target", "ISR:initiator"});
}

TEST_CASE("Whom a speech act is addressed to is its target", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("Beijing complained to Tokyo on Monday.\n", EventType::kProtest) ==
        V{"CHN:initiator", "JPN:target"});
  CHECK(RolesOfType("China mengajukan protes ke Tokyo pada Senin.\n", EventType::kProtest) ==
        V{"CHN:initiator", "JPN:target"});
}

TEST_CASE("Past a goal preposition the agent of a passive ends", "[extract][rules]") {
  // "serangan terhadap warga Palestina": who is named after "terhadap" is
  // hit, whoever the passive's agent is.
  std::vector<Event> events =
      EventsOf("Israel dikecam oleh Liga Arab atas serangan terhadap warga Palestina pada Senin.\n");
  const Event* attack = OfType(events, EventType::kAttack);
  REQUIRE(attack != nullptr);
  const std::vector<std::string> roles = RolesOf(*attack);
  CHECK(std::count(roles.begin(), roles.end(), "PSE:target") == 1);
  CHECK(std::count(roles.begin(), roles.end(), "PSE:initiator") == 0);
  // Before it, the agent acts.
  using V = std::vector<std::string>;
  CHECK(RolesOfType("Kyiv diguncang oleh serangan drone Rusia pada Senin malam.\n", EventType::kAttack) ==
        V{"UKR:target", "RUS:initiator"});
}

TEST_CASE("Showered with criticism is no attack", "[extract][rules]") {
  std::vector<Event> events = EventsOf("Menteri Luar Negeri Jepang dihujani kritik oleh China pada Senin.\n");
  CHECK(CountOfType(events, EventType::kAttack) == 0);
  CHECK(CountOfType(events, EventType::kProtest) == 1);
  CHECK(CountOfType(EventsOf("Kota Kharkiv dihujani rudal Rusia pada Senin.\n"), EventType::kAttack) == 1);
}

TEST_CASE("A private victim is a target with the country it sits in", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("North Korean hackers stole $40 million from a crypto exchange in Vietnam on Monday.\n",
                    EventType::kTheft) == V{"PRK:initiator", "VNM:target"});
  CHECK(RolesOfType("Peretas Korea Utara membobol server sebuah bursa kripto di Singapura pada Senin.\n",
                    EventType::kCyberattack) == V{"PRK:initiator", "SGP:target"});
}

TEST_CASE("An intrusion or theft is not dated by the day it was told", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "Hackers linked to North Korea broke into the network of a South Korean shipbuilder, police said on Monday.\n");
  const Event* intrusion = OfType(events, EventType::kCyberattack);
  REQUIRE(intrusion != nullptr);
  CHECK_FALSE(intrusion->date.known());
  // A day of its own still dates it.
  events = EventsOf("Hackers linked to North Korea broke into the network of a South Korean shipbuilder last month, "
                    "police said on Monday.\n");
  intrusion = OfType(events, EventType::kCyberattack);
  REQUIRE(intrusion != nullptr);
  REQUIRE(intrusion->date.known());
  CHECK(FormatIsoDay(*intrusion->date.start) == "2025-12-01");
}

TEST_CASE("A name after a joint drill's word of company is a partner not its possessor", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("Jepang menggelar latihan bersama Filipina pada Senin.\n", EventType::kDrill) ==
        V{"JPN:initiator", "PHL:initiator"});
  // A possessor stays one: "latihan militer China".
  CHECK(RolesOfType("Taiwan memantau latihan militer China pada Senin.\n", EventType::kDrill) ==
        V{"TWN:target", "CHN-PLA:initiator"});
}

TEST_CASE("A vow is a warning only when it vows retaliation", "[extract][rules]") {
  CHECK(CountOfType(EventsOf("Japan vowed on Monday to strengthen its defences.\n"), EventType::kWarning) == 0);
  CHECK(CountOfType(EventsOf("Presiden bersumpah pada Senin untuk memberantas korupsi.\n"), EventType::kWarning) == 0);
  CHECK(CountOfType(EventsOf("Rusia pada Senin bersumpah akan membalas serangan drone itu.\n"), EventType::kWarning) == 1);
}

TEST_CASE("A saying that goes straight on with its speaker's speech act is no report", "[extract][rules]") {
  for (const char* body : {"China's foreign ministry said on Monday it strongly opposed the U.S. arms sale to Taiwan.\n",
                           "Kementerian Luar Negeri China pada Senin menyatakan menentang keras penjualan senjata AS "
                           "ke Taiwan.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    CHECK(CountOfType(events, EventType::kReport) == 0);
    CHECK(CountOfType(events, EventType::kProtest) == 1);
  }
  // A finding stays one.
  CHECK(CountOfType(EventsOf("South Korea's spy agency said on Monday that North Korea had sent 3,000 more troops to "
                             "Russia.\n"),
                    EventType::kReport) == 1);
}

TEST_CASE("A state after an opening month and its comma acts and is no place", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("In May, Japan and the Philippines signed a defence pact.\n", EventType::kAgreement) ==
        V{"JPN:participant", "PHL:participant"});
  CHECK(RolesOfType("In January, the North protested to Seoul over the leaflets.\n", EventType::kProtest) ==
        V{"PRK:initiator", "KOR:target"});
  // A state after a named place and its comma still says where the place is.
  CHECK(RolesOfType("Hackers stole funds from an exchange in Cebu, Philippines.\n", EventType::kTheft) ==
        V{"PHL:target"});
}

TEST_CASE("What a definite reference does as a verb's subject is the event told already", "[extract][rules]") {
  CHECK(CountOfType(EventsOf("Israeli warplanes struck Hezbollah depots in southern Lebanon on Monday, killing three "
                             "people. The Israeli military said the strikes targeted infrastructure the group had been "
                             "rebuilding.\n"),
                    EventType::kAttack) == 1);
  CHECK(CountOfType(EventsOf("Israel menyerang gudang senjata Hizbullah pada Senin. Serangan itu menghantam gudang "
                             "senjata di dekat Nabatieh.\n"),
                    EventType::kAttack) == 1);
}

TEST_CASE("A passive whose subject is definite tells the event told already", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "North Korea fired two missiles on Monday. The missiles were launched from the Sunan area of Pyongyang and "
      "flew 300 kilometers.\n");
  CHECK(CountOfType(events, EventType::kMissileTest) == 1);
  // With nothing of its type told before, it is an event of its own.
  CHECK(CountOfType(EventsOf("China held talks with Japan on Monday. The Philippine vessel was rammed by a Chinese "
                             "ship near the shoal.\n"),
                    EventType::kAttack) == 1);
}

TEST_CASE("Not saying how many were fired negates no firing", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "North Korea fired missiles into the sea on Monday. South Korea's military did not say how many missiles the "
      "North fired.\n");
  for (const Event& e : events) CHECK(e.factuality != Factuality::kNegated);
  CHECK(CountOfType(events, EventType::kMissileTest) >= 1);
}

TEST_CASE("Security services, intelligence agencies and UN offices are registry actors with their country", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(FirstRoleOfType("The SBU struck an oil depot in Russia with drones on Friday.\n", EventType::kAttack) ==
        "UKR-SBU:initiator");
  CHECK(RolesOfType("Hackers of the GRU breached Polish government networks on Friday.\n", EventType::kCyberattack) ==
        V{"RUS-GRU:initiator", "POL:target"});
  CHECK(FirstRoleOfType("UNRWA delivered food aid to Gaza on Friday.\n", EventType::kAid) == "UNRWA:initiator");
  CHECK(FirstRoleOfType("Komdigi pada Jumat melaporkan serangan siber terhadap server kementerian.\n", EventType::kReport) == "IDN-KOMDIGI:initiator");
  // Myanmar's shadow government is no act of the junta told before it.
  CHECK(FirstRoleOfType("Jet tempur militer Myanmar membombardir sebuah desa pada Jumat. Pemerintah Persatuan Nasional "
                    "(NUG) mengecam serangan tersebut.\n",
                    EventType::kProtest) == "MMR-NUG:initiator");
}

TEST_CASE("A relative clause opened by that after a noun describes the noun", "[extract][rules]") {
  // The gang's attacks are no event; the police's Sunday is not theirs.
  CHECK(CountOfType(EventsOf("Malaysian police on Sunday arrested four members of a gang that has carried out dozens "
                             "of attacks on hospitals in Malaysia.\n"),
                    EventType::kAttack) == 0);
  // "that" after a day, with a subject after it, opens what was said.
  CHECK(CountOfType(EventsOf("The ministry told reporters on Sunday that North Korea had fired two missiles.\n"),
                    EventType::kMissileTest) == 1);
}

TEST_CASE("A definite reference is dated by its relative clause after a comma", "[extract][rules]") {
  for (const char* body :
       {"North Korea fired a ballistic missile into the sea, South Korea's military said. The launch, which took "
        "place on Sunday morning, was the first this year.\n",
        "Korea Utara menembakkan sebuah rudal balistik ke laut, kata militer Korea Selatan. Peluncuran rudal "
        "tersebut, yang terjadi pada Minggu pagi, merupakan yang pertama tahun ini.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    // One launch, on Sunday: the first sentence's undated twin goes too.
    REQUIRE(CountOfType(events, EventType::kMissileTest) == 1);
    const Event& launch = *std::find_if(events.begin(), events.end(),
                                        [](const Event& e) { return e.type == EventType::kMissileTest; });
    REQUIRE(launch.date.known());
    CHECK(FormatIsoDay(*launch.date.start) == "2026-01-25");
  }
}

TEST_CASE("Latin America is a region and no actor", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("North Korean hackers hit hospitals in Latin America on Sunday.\n", EventType::kCyberattack) ==
        V{"PRK:initiator"});
  CHECK(RolesOfType("Peretas Korea Utara menyerang rumah sakit di Amerika Latin pada Minggu.\n",
                    EventType::kCyberattack) == V{"PRK:initiator"});
}

TEST_CASE("Who is named between an act and a noun trigger coordinated after it is that act's object", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("Thailand expelled the Cambodian envoy on Sunday and closed all border checkpoints on Monday.\n",
                    EventType::kSanction) == V{"THA:initiator", "KHM:target"});
  // Through a chain of coordinated verbs, and a comma before the last "and".
  CHECK(RolesOfType("Thailand recalled its ambassador from Phnom Penh on Sunday and expelled the Cambodian envoy, and "
                    "closed all border checkpoints on Monday.\n",
                    EventType::kSanction) == V{"THA:initiator", "KHM:target"});
  // Two subjects before one verb both act.
  CHECK(RolesOfType("Thailand and Cambodia closed all border checkpoints on Monday.\n", EventType::kSanction) ==
        V{"THA:initiator", "KHM:initiator"});
}

TEST_CASE("'Later in the day' opening a paragraph after background is the story's day", "[extract][rules]") {
  const std::string lead =
      "North Korea fired two ballistic missiles into the sea on Sunday, South Korea's military said.\n\n"
      "North Korea last tested a hypersonic missile on Jan. 4.\n\n";
  auto talks_day = [](const std::vector<Event>& events) {
    for (const Event& e : events) {
      if (e.type == EventType::kMeeting && e.date.known()) return FormatIsoDay(*e.date.start);
    }
    return std::string();
  };
  CHECK(talks_day(EventsOf(lead + "The nuclear envoys of South Korea and Japan held phone talks later in the day.\n")) ==
        "2026-01-25");
  // "The same day" names the event told last.
  CHECK(talks_day(EventsOf(lead + "The same day, the nuclear envoys of South Korea and Japan held phone talks.\n")) ==
        "2026-01-04");
}

TEST_CASE("A drill named by its own name takes the parties of the drill told before", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "South Korea and the United States wrapped up their annual combined exercise on Saturday.\n\n"
      "On Sunday, Kim Yo Jong, the sister of North Korean leader Kim Jong Un, said Pyongyang would not sit idly by.\n\n"
      "The Freedom Shield exercise, which began on Jan. 12, involved some 20,000 troops.\n");
  bool found = false;
  for (const Event& e : events) {
    if (e.type != EventType::kDrill || !e.date.known() || FormatIsoDay(*e.date.start) != "2026-01-12") continue;
    found = true;
    CHECK(ActorIds(e) == std::vector<std::string>{"KOR", "USA"});
  }
  CHECK(found);
}

TEST_CASE("The exercise a negated act is set in is the one told, and happened", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "South Korea and the United States began a combined exercise on Sunday. The North did not carry out any "
      "weapons test during the 11-day exercise.\n");
  REQUIRE(CountOfType(events, EventType::kDrill) == 1);
  for (const Event& e : events) {
    if (e.type == EventType::kDrill) CHECK(e.factuality == Factuality::kAsserted);
  }
}

TEST_CASE("A setting preposition reaches past the modifiers of its noun", "[extract][rules]") {
  // The summit the statement was not signed at was held.
  for (const Event& e : EventsOf("Japan and China did not sign a joint statement at the annual summit in Tokyo on Sunday.\n")) {
    if (e.type == EventType::kMeeting) CHECK(e.factuality != Factuality::kNegated);
  }
}

TEST_CASE("The agent of the passive a noun trigger is the subject of acts, past the noun's object", "[extract][rules]") {
  using V = std::vector<std::string>;
  CHECK(RolesOfType("Peretasan bursa kripto Jepang pada Minggu dilakukan oleh kelompok Lazarus.\n", EventType::kCyberattack) ==
        V{"JPN:target", "PRK-LAZARUS:initiator"});
}

TEST_CASE("What is done almost every day is a state of affairs, no event", "[extract][rules]") {
  for (const char* body : {"Israel and Hezbollah agreed to a ceasefire on Nov. 27, 2024. Since then, Israel has carried out "
                           "strikes in Lebanon almost daily.\n",
                           "Israel dan Hizbullah menyepakati gencatan senjata pada 27 November 2024. Sejak itu Israel tetap "
                           "melancarkan serangan hampir setiap hari ke wilayah Lebanon.\n"}) {
    INFO(body);
    CHECK(CountOfType(EventsOf(body), EventType::kAttack) == 0);
  }
  // With a day of its own, it is an event.
  CHECK(CountOfType(EventsOf("Israel carried out strikes in Lebanon on Sunday, as it has almost daily.\n"),
                    EventType::kAttack) == 1);
}

TEST_CASE("A date written in full right after a trigger noun is that noun's", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "Perdana Menteri Lebanon mengecam serangan Israel dan meminta Amerika Serikat menekan Israel agar menghormati "
      "kesepakatan gencatan senjata November 2024.\n");
  REQUIRE(CountOfType(events, EventType::kAppeal) == 1);
  for (const Event& e : events) {
    if (e.type == EventType::kAppeal || e.type == EventType::kProtest) {
      INFO(ToString(e.type));
      CHECK_FALSE((e.date.known() && FormatIsoDay(*e.date.start) == "2024-11-01"));
    }
  }
  // A weekday after the noun dates the verb: "menjatuhkan sanksi Senin".
  std::vector<Event> sanctions = EventsOf("Jepang menjatuhkan sanksi Senin terhadap lima perusahaan Rusia.\n");
  REQUIRE(CountOfType(sanctions, EventType::kSanction) == 1);
  for (const Event& e : sanctions) {
    if (e.type == EventType::kSanction) CHECK(e.date.known());
  }
}

TEST_CASE("The U.N. atomic watchdog is the IAEA", "[extract][rules]") {
  CHECK(FirstRoleOfType("The U.N. atomic watchdog on Sunday urged Iran to allow inspections.\n", EventType::kAppeal) ==
        "IAEA:initiator");
  CHECK(FirstRoleOfType("Badan pengawas atom PBB pada Minggu mendesak Iran mengizinkan inspeksi.\n", EventType::kAppeal) ==
        "IAEA:initiator");
}

TEST_CASE("A definite noun of something new is a new event, not a reference", "[extract][rules]") {
  // Of a new weapon: the launch is told here first.
  CHECK(CountOfType(EventsOf("North Korea fired a ballistic missile on Friday. Kim Jong Un watched the test-firing of a "
                             "new cruise missile on Sunday.\n"),
                    EventType::kMissileTest) == 2);
  // Of the weapon told before: the same launch.
  CHECK(CountOfType(EventsOf("North Korea fired a ballistic missile on Friday. Kim Jong Un watched the launch of the "
                             "missile from a command post.\n"),
                    EventType::kMissileTest) == 1);
}

TEST_CASE("Indonesian state bodies are Indonesia's organs", "[extract][registry]") {
  CHECK(FirstRoleOfType("Peretas membobol situs web KPU pada Selasa.\n", EventType::kCyberattack) == "IDN-KPU:target");
  CHECK(FirstRoleOfType("PPATK pada Senin melaporkan bahwa peretas Korut mencuci dana curian lewat bursa kripto lokal.\n",
                        EventType::kReport) == "IDN-PPATK:initiator");
}

TEST_CASE("The event a negated speech act names is the one told, not a negated one", "[extract][rules]") {
  for (const char* text : {"Israel struck targets in Gaza on Monday. Beijing did not condemn the attack on Tuesday.\n",
                           "Israel struck targets in Gaza on Monday. Beijing stopped short of condemning the attack.\n",
                           "Israel menyerang Gaza pada Senin. Beijing enggan mengecam serangan tersebut pada Selasa.\n"}) {
    INFO(text);
    std::vector<Event> events = EventsOf(text);
    CHECK(CountOfType(events, EventType::kAttack) == 1);
    for (const Event& e : events) {
      if (e.type == EventType::kAttack) CHECK(e.factuality == Factuality::kAsserted);
      if (e.type == EventType::kProtest) CHECK(e.factuality == Factuality::kNegated);
    }
  }
}

TEST_CASE("A time between a verb of accusing and the act accused of is the accusation's", "[extract][rules]") {
  for (const char* text : {"The Philippines accused China's coast guard on Wednesday of ramming a Philippine supply boat.\n",
                           "Filipina menuding penjaga pantai China pada Rabu menabrak kapal pasokan Filipina.\n"}) {
    INFO(text);
    std::vector<Event> events = EventsOf(text);  // published Monday, January 26, 2026
    REQUIRE(CountOfType(events, EventType::kProtest) == 1);
    REQUIRE(CountOfType(events, EventType::kAttack) == 1);
    for (const Event& e : events) {
      if (e.type == EventType::kProtest) CHECK((e.date.known() && FormatIsoDay(*e.date.start) == "2026-01-21"));
      if (e.type == EventType::kAttack) CHECK_FALSE(e.date.known());
    }
  }
}

TEST_CASE("Whom an act supports takes no part in it", "[extract][rules]") {
  for (const char* text : {"Hezbollah fired rockets at Israel on Sunday in support of Hamas.\n",
                           "Hizbullah menyerang Israel pada Minggu untuk mendukung Hamas.\n",
                           "The Houthis attacked Israel on Sunday in solidarity with the Palestinians.\n"}) {
    INFO(text);
    std::vector<Event> events = EventsOf(text);
    REQUIRE(CountOfType(events, EventType::kAttack) == 1);
    for (const Event& e : events) {
      if (e.type != EventType::kAttack) continue;
      for (const std::string& id : ActorIds(e)) CHECK((id != "PSE-HAMAS" && id != "PSE"));
    }
  }
}

TEST_CASE("An Indonesian attack aimed at a state with ke makes it the target", "[extract][rules]") {
  std::vector<std::string> roles = RolesOfType("Hizbullah menembakkan roket ke Israel pada Minggu.\n", EventType::kAttack);
  CHECK(std::find(roles.begin(), roles.end(), "ISR:target") != roles.end());
  CHECK(std::find(roles.begin(), roles.end(), "LBN-HEZBOLLAH:initiator") != roles.end());
}

TEST_CASE("What an attack harmed before its cause is its target", "[extract][rules]") {
  for (const char* text : {"Layanan Kementerian ESDM terganggu akibat serangan siber kelompok Lazarus pada Minggu.\n",
                           "Services of Indonesia's energy ministry were disrupted on Sunday due to a cyberattack by the "
                           "Lazarus Group.\n"}) {
    INFO(text);
    std::vector<std::string> roles = RolesOfType(text, EventType::kCyberattack);
    CHECK(std::find(roles.begin(), roles.end(), "IDN-ESDM:target") != roles.end());
    CHECK(std::find(roles.begin(), roles.end(), "PRK-LAZARUS:initiator") != roles.end());
  }
}

TEST_CASE("A word modifying a drill before it resolves no other trigger", "[extract][rules]") {
  std::vector<Event> events = EventsOf(
      "North Korea launched several short-range missiles into the East Sea on Sunday in what it described as a joint "
      "strike drill.\n");
  CHECK(CountOfType(events, EventType::kAttack) == 0);
  CHECK(CountOfType(events, EventType::kMissileTest) == 1);
}

TEST_CASE("A state named before and again as a passive's agent acts", "[extract][rules]") {
  std::vector<std::string> roles = RolesOfType(
      "The Treasury on Sunday imposed sanctions on two North Korean bankers it accused of laundering cryptocurrency "
      "stolen by Pyongyang's hackers.\n",
      EventType::kTheft);
  CHECK(std::find(roles.begin(), roles.end(), "PRK:initiator") != roles.end());
  CHECK(std::find(roles.begin(), roles.end(), "PRK:target") == roles.end());
}

TEST_CASE("Who a harm is put on did it and who puts it takes no part", "[extract][rules]") {
  struct Case {
    const char* text;
    EventType type;
    const char* initiator;
  };
  const Case cases[] = {
      {"Hackers stole $400 million from a Singapore exchange on Sunday, in a theft the FBI attributed to North "
       "Korea's Lazarus Group.\n",
       EventType::kTheft, "PRK:initiator"},
      {"A cyberattack blamed on Russian hackers knocked Ukraine's largest bank offline on Sunday.\n",
       EventType::kCyberattack, "RUS:initiator"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::vector<std::string> roles = RolesOfType(c.text, c.type);
    CHECK(std::find(roles.begin(), roles.end(), c.initiator) != roles.end());
    CHECK(std::find(roles.begin(), roles.end(), "USA-FBI:target") == roles.end());
  }
}

TEST_CASE("Who comes under attack or suffers one is its target", "[extract][rules]") {
  struct Case {
    const char* text;
    EventType type;
    const char* target;
  };
  const Case cases[] = {
      {"Ukraine came under attack from Russian drones on Sunday.\n", EventType::kAttack, "UKR:target"},
      {"Indonesia's immigration office suffered a ransomware attack on Sunday.\n", EventType::kCyberattack, "IDN:target"},
      {"Kantor imigrasi Indonesia mengalami serangan ransomware pada Minggu.\n", EventType::kCyberattack, "IDN:target"},
      {"Bursa kripto Jepang kebobolan US$300 juta akibat serangan peretas Korut pada Minggu.\n", EventType::kTheft,
       "JPN:target"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::vector<std::string> roles = RolesOfType(c.text, c.type);
    CHECK(std::find(roles.begin(), roles.end(), c.target) != roles.end());
  }
}

TEST_CASE("Who faces or is hit with sanctions is their target", "[extract][rules]") {
  struct Case {
    const char* text;
    const char* target;
    const char* initiator;
  };
  const Case cases[] = {
      {"North Korea faces new sanctions from the European Union, officials said on Sunday.\n", "PRK:target", "EU:initiator"},
      {"Iranian firms were hit with US sanctions on Sunday.\n", "IRN:target", "USA:initiator"},
      {"Three Chinese companies were added to the US entity list on Sunday.\n", "CHN:target", "USA:initiator"},
      {"Korea Utara menghadapi sanksi baru dari Uni Eropa, kata pejabat pada Minggu.\n", "PRK:target", "EU:initiator"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::vector<std::string> roles = RolesOfType(c.text, EventType::kSanction);
    CHECK(std::find(roles.begin(), roles.end(), c.target) != roles.end());
    CHECK(std::find(roles.begin(), roles.end(), c.initiator) != roles.end());
  }
}

TEST_CASE("Who a reaction is drawn from takes no part in the act", "[extract][rules]") {
  for (const char* text : {"Israel's air strikes on Gaza drew a rebuke from Egypt on Sunday.\n",
                           "Serangan Israel ke Gaza menuai kecaman dari Mesir pada Minggu.\n"}) {
    INFO(text);
    std::vector<std::string> roles = RolesOfType(text, EventType::kAttack);
    CHECK(std::find(roles.begin(), roles.end(), "ISR:initiator") != roles.end());
    CHECK(std::find(roles.begin(), roles.end(), "EGY:initiator") == roles.end());
    std::vector<std::string> protest = RolesOfType(text, EventType::kProtest);
    CHECK(std::find(protest.begin(), protest.end(), "EGY:initiator") != protest.end());
  }
}

TEST_CASE("The agent of a verb that tells its own event is not a noun subject's", "[extract][rules]") {
  for (const char* text : {"Peluncuran rudal Korut dikecam keras oleh Jepang pada Minggu.\n",
                           "North Korea's missile launch was condemned by Japan on Sunday.\n"}) {
    INFO(text);
    std::vector<std::string> launch = RolesOfType(text, EventType::kMissileTest);
    CHECK(std::find(launch.begin(), launch.end(), "PRK:initiator") != launch.end());
    CHECK(std::find(launch.begin(), launch.end(), "JPN:initiator") == launch.end());
    std::vector<std::string> protest = RolesOfType(text, EventType::kProtest);
    CHECK(std::find(protest.begin(), protest.end(), "JPN:initiator") != protest.end());
  }
}

TEST_CASE("Whom a condemnation comes from speaks it", "[extract][rules]") {
  for (const char* text : {"Kecaman juga datang dari Uni Eropa pada Minggu.\n",
                           "Condemnation also came from the European Union on Sunday.\n"}) {
    INFO(text);
    CHECK(FirstRoleOfType(text, EventType::kProtest) == "EU:initiator");
  }
}

TEST_CASE("A saying that is its speaker's condemnation is no report, an adverb between", "[extract][rules]") {
  std::vector<Event> events = EventsOf("China's foreign ministry said on Sunday that it strongly condemned the attack.\n");
  CHECK(CountOfType(events, EventType::kReport) == 0);
  CHECK(CountOfType(events, EventType::kProtest) == 1);
}

TEST_CASE("The same kind of act told beside the one it is like has its time", "[extract][rules]") {
  for (const char* text : {"South Korea blacklisted 12 North Koreans on Friday, and Japan took similar steps.\n",
                           "Korea Selatan memasukkan 12 warga Korut ke daftar hitam pada Jumat, dan Jepang mengambil "
                           "langkah serupa.\n"}) {
    INFO(text);
    bool japan = false;
    for (const Event& e : EventsOf(text)) {
      if (e.type != EventType::kSanction) continue;
      for (const std::string& role : RolesOf(e)) {
        if (role == "JPN:initiator") japan = e.date.known() && FormatIsoDay(*e.date.start) == "2026-01-23";
      }
    }
    CHECK(japan);
  }
}

TEST_CASE("The subject after a meeting that opens the sentence took part in it", "[extract][rules]") {
  for (const char* text : {"During talks with Indonesian Foreign Minister Sugiono on Sunday, Japan's foreign minister asked "
                           "Indonesia to back the resolution.\n",
                           "Dalam pertemuan dengan Menlu Sugiono pada Minggu, Menlu Jepang meminta Indonesia mendukung "
                           "resolusi itu.\n"}) {
    INFO(text);
    std::vector<std::string> roles = RolesOfType(text, EventType::kMeeting);
    CHECK(std::find(roles.begin(), roles.end(), "JPN:participant") != roles.end());
    CHECK(std::find(roles.begin(), roles.end(), "sugiono:participant") != roles.end());
  }
}

TEST_CASE("Whom a warning says will suffer is its target", "[extract][rules]") {
  CHECK(RolesOfType("North Korea warned on Sunday that the United States would pay for its hostile policy.\n",
                    EventType::kWarning) == std::vector<std::string>{"PRK:initiator", "USA:target"});
  CHECK(RolesOfType("Kim Yo Jong memperingatkan pada Minggu bahwa Seoul akan membayar mahal.\n", EventType::kWarning) ==
        std::vector<std::string>{"kim-yo-jong:initiator", "KOR:target"});
  // Not the speaker's own side.
  CHECK(RolesOfType("Kim Jong Un warned on Sunday that North Korea would respond to any provocation.\n",
                    EventType::kWarning) == std::vector<std::string>{"kim-jong-un:initiator"});
}

TEST_CASE("Not yet knowing who did an event told already does not deny it", "[extract][rules]") {
  for (const char* body : {"North Korean hackers broke into the servers of a Japanese exchange on Friday. Police have yet to "
                           "identify the hackers "
                           "behind the breach.\n",
                           "Russia struck the power grid on Friday. Investigators have not determined who carried out "
                           "the attack.\n",
                           "Peretas Korut membobol server Jepang pada Jumat. Polisi belum mengidentifikasi peretas di "
                           "balik pembobolan itu.\n",
                           "Rusia menyerang jaringan listrik pada Jumat. Belum diketahui siapa yang melancarkan "
                           "serangan itu.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE_FALSE(events.empty());  // the event told first is kept
    for (const Event& e : events) CHECK(e.factuality == Factuality::kAsserted);
  }
}

TEST_CASE("A participle right after a time with its preposition shares it and its subject", "[extract][rules]") {
  // Dated both: the adoption and the demand.
  std::vector<Event> events = EventsOf("The Security Council adopted a resolution on Friday demanding a ceasefire in Sudan.\n");
  for (EventType type : {EventType::kAgreement, EventType::kAppeal}) {
    CHECK(CountOfType(events, type) == 1);
    const Event* e = OfType(events, type);
    REQUIRE(e != nullptr);
    REQUIRE(e->date.known());
    CHECK(FormatIsoDay(*e->date.start) == "2026-01-23");
  }
  // The sentence's subject demands; the one it demands of is the target.
  CHECK(RolesOfType("Japan lodged a protest with China on Friday demanding the removal of the buoy.\n",
                    EventType::kAppeal) == std::vector<std::string>{"JPN:initiator", "CHN:target"});
  // A name's word is no verb that ends the subject.
  CHECK(RolesOfType("The United States issued a statement on Friday, urging North Korea to return to talks.\n",
                    EventType::kAppeal) == std::vector<std::string>{"USA:initiator", "PRK:target"});
}

TEST_CASE("What a drill is called a rehearsal for is no attack", "[extract][rules]") {
  std::vector<Event> events = EventsOf("Kim Yo Jong mengecam latihan itu sebagai gladi invasi pada Minggu.\n");
  CHECK(CountOfType(events, EventType::kAttack) == 0);
  CHECK(CountOfType(events, EventType::kProtest) == 1);
  // An invasion launched stays one.
  CHECK(CountOfType(EventsOf("Rusia melancarkan invasi ke Ukraina pada Februari 2022.\n"), EventType::kAttack) == 1);
}

TEST_CASE("That before a plural trigger opens what is said and the event may come", "[extract][rules]") {
  for (const char* text : {"Ukraine warned on Sunday that attacks could follow.\n",
                           "Ukraine warned on Sunday that more attacks could follow.\n",
                           "Ukraina memperingatkan pada Minggu bahwa serangan lain bisa menyusul.\n"}) {
    INFO(text);
    std::vector<Event> events = EventsOf(text);
    REQUIRE(CountOfType(events, EventType::kAttack) == 1);
    CHECK(OfType(events, EventType::kAttack)->factuality == Factuality::kPossible);
    CHECK(CountOfType(events, EventType::kWarning) == 1);
  }
  // A demonstrative before a singular still points at the event told.
  CHECK(CountOfType(EventsOf("Russia struck Kyiv on Friday. Japan condemned that attack on Sunday.\n"),
                    EventType::kAttack) == 1);
}

TEST_CASE("What an armed group seizes it takes by force and power seized is no sanction", "[extract][rules]") {
  for (const char* text : {"Houthi rebels seized a cargo ship in the Red Sea on Sunday.\n",
                           "Houthi menyita kapal kargo di Laut Merah pada Minggu.\n"}) {
    INFO(text);
    std::vector<Event> events = EventsOf(text);
    CHECK(CountOfType(events, EventType::kSanction) == 0);
    CHECK(CountOfType(events, EventType::kAttack) == 1);
  }
  // A state that seizes a ship enforces a sanction (SPEC §7).
  CHECK(CountOfType(EventsOf("Iran seized an oil tanker in the Strait of Hormuz on Sunday.\n"), EventType::kSanction) == 1);
  CHECK(EventsOf("The Taliban seized power in Kabul in August 2021.\n").empty());
}

TEST_CASE("Where a working or state visit goes takes part in it", "[extract][rules]") {
  for (const char* text : {"Menlu Sugiono melakukan kunjungan kerja ke Tokyo pada Minggu.\n",
                           "Presiden Prabowo memulai lawatan ke Tokyo pada Minggu.\n",
                           "Presiden Prabowo melakukan kunjungan kenegaraan ke Tokyo pada Minggu.\n"}) {
    INFO(text);
    std::vector<std::string> roles = RolesOfType(text, EventType::kMeeting);
    CHECK(std::find(roles.begin(), roles.end(), "JPN:participant") != roles.end());
  }
}

TEST_CASE("The year of a verb's object that is no event dates nothing", "[extract][rules]") {
  std::vector<Event> events = EventsOf("Manila urged Beijing to respect the 2016 arbitral ruling.\n");
  REQUIRE(CountOfType(events, EventType::kAppeal) == 1);
  CHECK_FALSE(OfType(events, EventType::kAppeal)->date.known());
  // The year of an event noun dates it; a year after a preposition sets the scene.
  events = EventsOf("Japan urged China to honor the 2008 maritime agreement.\n");
  REQUIRE(CountOfType(events, EventType::kAgreement) == 1);
  REQUIRE(OfType(events, EventType::kAgreement)->date.known());
  CHECK(FormatIsoDay(*OfType(events, EventType::kAgreement)->date.start) == "2008-01-01");
  events = EventsOf("During the 2017 crisis, North Korea tested six missiles.\n");
  REQUIRE(CountOfType(events, EventType::kMissileTest) == 1);
  REQUIRE(OfType(events, EventType::kMissileTest)->date.known());
}

TEST_CASE("The incident said to happen at a time dates the act of force told before without one", "[extract][rules]") {
  for (const char* text : {"Japan protested to China on Sunday after Chinese ships fired water cannon at a Japanese boat. "
                           "The incident happened on Friday near the islands.\n",
                           "Jepang memprotes China pada Minggu setelah kapal China menembakkan meriam air ke kapal Jepang. "
                           "Insiden itu terjadi pada Jumat di dekat pulau tersebut.\n"}) {
    INFO(text);
    std::vector<Event> events = EventsOf(text);
    REQUIRE(CountOfType(events, EventType::kAttack) == 1);
    const Event* attack = OfType(events, EventType::kAttack);
    REQUIRE(attack->date.known());
    CHECK(FormatIsoDay(*attack->date.start) == "2026-01-23");
    // The protest keeps its own day.
    REQUIRE(OfType(events, EventType::kProtest) != nullptr);
    CHECK(FormatIsoDay(*OfType(events, EventType::kProtest)->date.start) == "2026-01-25");
  }
}

TEST_CASE("An event that may come named again as one that may come is the one told", "[extract][rules]") {
  for (const char* text : {"The United States and South Korea are due to hold joint drills next week. North Korea warned "
                           "on Sunday that it would respond if the drills went ahead.\n",
                           "Amerika Serikat dan Korea Selatan dijadwalkan menggelar latihan bersama pekan depan. Korut "
                           "memperingatkan pada Minggu akan bertindak jika latihan itu tetap digelar.\n"}) {
    INFO(text);
    std::vector<Event> events = EventsOf(text);
    REQUIRE(CountOfType(events, EventType::kDrill) == 1);
    std::vector<std::string> roles = RolesOfType(text, EventType::kDrill);
    CHECK(std::find(roles.begin(), roles.end(), "PRK:initiator") == roles.end());
  }
}

TEST_CASE("Who is due to hold an event holds it and what is due to a cause suffers it", "[extract][rules]") {
  CHECK(RolesOfType("The United States and South Korea are due to hold joint drills next week.\n", EventType::kDrill) ==
        std::vector<std::string>{"USA:initiator", "KOR:initiator"});
  CHECK(RolesOfType("Ukraine's grid collapsed on Sunday due to heavy Russian shelling.\n", EventType::kAttack) ==
        std::vector<std::string>{"UKR:target", "RUS:initiator"});
}

TEST_CASE("Not being told of an event told already does not deny it", "[extract][rules]") {
  for (const char* body : {"North Korea fired a missile on Friday. Seoul was not informed in advance of the launch.\n",
                           "North Korea fired a missile on Friday. Pyongyang did not notify Japan of the launch.\n",
                           "Korut menembakkan rudal pada Jumat. Seoul tidak diberitahu sebelumnya tentang peluncuran "
                           "itu.\n"}) {
    INFO(body);
    std::vector<Event> events = EventsOf(body);
    REQUIRE_FALSE(events.empty());  // the event told first is kept
    for (const Event& e : events) CHECK(e.factuality == Factuality::kAsserted);
  }
}

TEST_CASE("It after a state's possessive and a name is the one named", "[extract][rules]") {
  CHECK(RolesOfType("Yemen's Houthi movement said on Sunday it had fired ballistic missiles at a ship.\n",
                    EventType::kAttack) == std::vector<std::string>{"YEM-HOUTHI:initiator"});
  // A state's organ is the state: "its military" stays South Korea's.
  CHECK(RolesOfType("South Korea's military said it fired warning shots on Sunday.\n", EventType::kWarning) ==
        std::vector<std::string>{"KOR:initiator"});
}

TEST_CASE("A weekday after a cue of the future far back is the next such day", "[extract][rules]") {
  // Published Monday 2026-01-26: next Friday is 2026-01-30.
  for (const char* text : {"The EU is expected to adopt its 18th sanctions package at a meeting of foreign ministers "
                           "on Friday.\n",
                           "Uni Eropa diperkirakan mengadopsi paket sanksi ke-18 dalam rapat para menteri luar negeri "
                           "negara anggota di Brussel pada Jumat.\n"}) {
    INFO(text);
    std::vector<Event> events = EventsOf(text);
    REQUIRE(CountOfType(events, EventType::kSanction) == 1);
    const Event* sanction = OfType(events, EventType::kSanction);
    CHECK(sanction->factuality == Factuality::kPossible);
    REQUIRE(sanction->date.known());
    CHECK(FormatIsoDay(*sanction->date.start) == "2026-01-30");
  }
}

TEST_CASE("Whose thing a harm's noun names it struck is its target", "[extract][rules]") {
  CHECK(RolesOfType("Peretasan situs KPU terjadi pada Minggu.\n", EventType::kCyberattack) ==
        std::vector<std::string>{"IDN-KPU:target"});
  CHECK(RolesOfType("Pembobolan bursa kripto Jepang DMM Bitcoin dilakukan peretas Korut pada Mei 2024.\n",
                    EventType::kTheft) == std::vector<std::string>{"JPN:target", "PRK:initiator"});
  // The name right after the noun is still its possessor.
  CHECK(RolesOfType("Serangan Rusia menghantam Kyiv pada Minggu.\n", EventType::kAttack) ==
        std::vector<std::string>{"RUS:initiator", "UKR:target"});
}

TEST_CASE("What a reaction answers is the event told whatever the reaction may do", "[extract][rules]") {
  for (const char* text : {"North Korea vowed on Sunday to bolster its nuclear deterrent in response to the drills.\n",
                           "Korut mengancam pada Minggu akan memperkuat kekuatan nuklirnya sebagai tanggapan atas "
                           "latihan tersebut.\n"}) {
    INFO(text);
    CHECK(CountOfType(EventsOf(text), EventType::kDrill) == 0);
  }
}
