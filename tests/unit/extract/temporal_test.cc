#include <catch2/catch.hpp>

#include <string>

#include "extract/temporal.h"

using namespace timeline;

namespace {

constexpr Language kId = Language::kIndonesian;
constexpr Language kEn = Language::kEnglish;
constexpr DatePrecision kDay = DatePrecision::kDay;
constexpr DatePrecision kWeek = DatePrecision::kWeek;
constexpr DatePrecision kMonth = DatePrecision::kMonth;
constexpr DatePrecision kQuarter = DatePrecision::kQuarter;
constexpr DatePrecision kYear = DatePrecision::kYear;
constexpr DatePrecision kRange = DatePrecision::kRange;

TemporalContext Context(const char* published, Language language) {
  return TemporalContext{*ParseIsoDay(published), language, std::nullopt};
}

// One sentence whose first date expression must resolve as given.
struct Case {
  const char* sentence;
  const char* published;
  Language language;
  const char* text;  // the matched words, exactly
  const char* start;
  const char* end;
  DatePrecision precision;
};

void CheckFirst(const Case& c) {
  INFO(c.sentence << " (published " << c.published << ")");
  std::vector<TimeMention> mentions = FindTimeMentions(c.sentence, Context(c.published, c.language));
  REQUIRE_FALSE(mentions.empty());
  const TimeMention& m = mentions.front();
  CHECK(m.span.text == c.text);
  CHECK(std::string(c.sentence).substr(m.begin, m.end - m.begin) == c.text);
  CHECK_FALSE(m.relative_to_event);
  REQUIRE(m.span.known());
  CHECK(FormatIsoDay(*m.span.start) == c.start);
  CHECK(FormatIsoDay(*m.span.end) == c.end);
  CHECK(m.span.precision == c.precision);
  std::string error;
  CHECK(CheckSpan(m.span, &error));
}

}  // namespace

// Publication dates used below: Mon 2026-01-26, Wed 2026-01-07, Thu
// 2026-01-01, Fri 2026-01-23, Thu 2025-12-18, Sun 2026-05-10, Tue 2026-06-16,
// Wed 2025-05-21, Sun 2025-07-13.

TEST_CASE("Indonesian date expressions resolve against the publication date", "[temporal]") {
  const Case cases[] = {
      // Weekdays: the latest on or before publication in the past tense.
      {"Mereka bertemu di Seoul pada hari Jumat.", "2026-01-26", kId, "pada hari Jumat", "2026-01-23", "2026-01-23", kDay},
      {"Utusan itu tiba Jumat dan langsung bertemu.", "2026-01-26", kId, "Jumat", "2026-01-23", "2026-01-23", kDay},
      {"Rudal itu ditembakkan Rabu malam.", "2026-01-26", kId, "Rabu malam", "2026-01-21", "2026-01-21", kDay},
      {"Para pemimpin meninggalkan Cebu pada hari Minggu.", "2026-05-10", kId, "pada hari Minggu", "2026-05-10", "2026-05-10", kDay},
      {"Pernyataan dirilis Sabtu malam.", "2026-05-10", kId, "Sabtu malam", "2026-05-09", "2026-05-09", kDay},
      {"Ia tiba pada hari minggu pagi.", "2026-05-10", kId, "pada hari minggu pagi", "2026-05-10", "2026-05-10", kDay},
      // ... and the next one after it in a future-tense clause.
      {"Mereka akan bertemu pada hari Jumat.", "2026-01-26", kId, "pada hari Jumat", "2026-01-30", "2026-01-30", kDay},
      {"Pertemuan dijadwalkan berlangsung Rabu malam.", "2026-01-26", kId, "Rabu malam", "2026-01-28", "2026-01-28", kDay},
      {"Pada hari Jumat, para menteri akan bertemu di Seoul.", "2026-01-26", kId, "Pada hari Jumat", "2026-01-30", "2026-01-30", kDay},
      // A day and month with the year told relative to publication.
      {"Serangan itu terjadi pada 22 April tahun lalu.", "2026-03-11", kId, "pada 22 April tahun lalu", "2025-04-22", "2025-04-22", kDay},
      {"Mereka bertemu pada 5 Maret tahun lalu.", "2026-03-11", kId, "pada 5 Maret tahun lalu", "2025-03-05", "2025-03-05", kDay},
      // Weekday with an explicit date: the explicit date wins.
      {"Peretas masuk pada Minggu (4/1) dini hari.", "2026-01-07", kId, "pada Minggu (4/1) dini hari", "2026-01-04", "2026-01-04", kDay},
      {"Serangan terjadi pada Selasa (6/1).", "2026-01-07", kId, "pada Selasa (6/1)", "2026-01-06", "2026-01-06", kDay},
      {"Bursa itu mengumumkan (6/1) bahwa dana hilang.", "2026-01-07", kId, "(6/1)", "2026-01-06", "2026-01-06", kDay},
      {"Peretasan terjadi (30/12) malam.", "2026-01-07", kId, "(30/12)", "2025-12-30", "2025-12-30", kDay},
      {"KTT dibuka Sabtu, 9 Mei 2026, di Cebu.", "2026-05-10", kId, "Sabtu, 9 Mei 2026", "2026-05-09", "2026-05-09", kDay},
      {"Jakarta, Minggu (10/5/2026) - Para menteri tiba.", "2026-05-10", kId, "Minggu (10/5/2026)", "2026-05-10", "2026-05-10", kDay},
      // Spans of weekdays, and weekdays in another week.
      {"Latihan digelar pada hari Rabu dan Kamis.", "2025-12-18", kId, "pada hari Rabu dan Kamis", "2025-12-17", "2025-12-18", kDay},
      {"Latihan digelar Rabu-Kamis.", "2025-12-18", kId, "Rabu-Kamis", "2025-12-17", "2025-12-18", kDay},
      {"Penjualan itu disetujui pada Jumat pekan lalu.", "2025-12-18", kId, "pada Jumat pekan lalu", "2025-12-12", "2025-12-12", kDay},
      {"Mereka bertemu Rabu minggu lalu.", "2026-01-26", kId, "Rabu minggu lalu", "2026-01-21", "2026-01-21", kDay},
      {"Mereka bertemu Jumat lalu.", "2026-01-23", kId, "Jumat lalu", "2026-01-16", "2026-01-16", kDay},
      {"Mereka bertemu Jumat mendatang.", "2026-01-23", kId, "Jumat mendatang", "2026-01-30", "2026-01-30", kDay},
      // "segera" (immediately) in a demand is no future tense.
      {"ASEAN menyerukan penghentian segera kekerasan pada hari Sabtu.", "2026-05-10", kId, "pada hari Sabtu", "2026-05-09", "2026-05-09", kDay},
      // Explicit dates and spans of days.
      {"Pernyataan itu terbit 26 Januari 2026.", "2026-05-10", kId, "26 Januari 2026", "2026-01-26", "2026-01-26", kDay},
      {"KTT digelar pada 8–9 Mei 2026 di Cebu.", "2026-05-10", kId, "pada 8–9 Mei 2026", "2026-05-08", "2026-05-09", kDay},
      {"KTT digelar pada 8-9 Mei di Cebu.", "2026-05-10", kId, "pada 8-9 Mei", "2026-05-08", "2026-05-09", kDay},
      {"KTT digelar pada 8 dan 9 Mei.", "2026-05-10", kId, "pada 8 dan 9 Mei", "2026-05-08", "2026-05-09", kDay},
      {"Pameran berlangsung 30 Januari–2 Februari 2026.", "2026-05-10", kId, "30 Januari–2 Februari 2026", "2026-01-30", "2026-02-02", kDay},
      {"Surat itu bertanggal 10/5/2026.", "2026-05-12", kId, "10/5/2026", "2026-05-10", "2026-05-10", kDay},
      {"Data per 2026-01-26 menunjukkan kenaikan.", "2026-05-10", kId, "2026-01-26", "2026-01-26", "2026-01-26", kDay},
      {"Rudal ditembakkan pada tanggal 5 Des 2025.", "2026-01-07", kId, "pada tanggal 5 Des 2025", "2025-12-05", "2025-12-05", kDay},
      {"Uji coba terakhir pada 29 Februari 2024.", "2026-01-26", kId, "pada 29 Februari 2024", "2024-02-29", "2024-02-29", kDay},
      {"Peretasan terjadi pada 28 Desember.", "2026-01-07", kId, "pada 28 Desember", "2025-12-28", "2025-12-28", kDay},
      // Days around publication.
      {"Kementerian mengumumkannya kemarin.", "2026-01-26", kId, "kemarin", "2026-01-25", "2026-01-25", kDay},
      {"Kapal itu ditabrak kemarin lusa.", "2026-01-26", kId, "kemarin lusa", "2026-01-24", "2026-01-24", kDay},
      {"Rudal ditembakkan dini hari tadi.", "2026-01-26", kId, "dini hari tadi", "2026-01-26", "2026-01-26", kDay},
      {"Menteri tiba hari ini di Seoul.", "2026-01-26", kId, "hari ini", "2026-01-26", "2026-01-26", kDay},
      {"Rudal ditembakkan tiga hari lalu.", "2026-01-26", kId, "tiga hari lalu", "2026-01-23", "2026-01-23", kDay},
      {"Latihan digelar akhir pekan lalu.", "2026-01-26", kId, "akhir pekan lalu", "2026-01-24", "2026-01-25", kDay},
      // ISO weeks, across a year end too.
      {"Korea Utara meluncurkan hulu ledak baru minggu lalu.", "2026-01-26", kId, "minggu lalu", "2026-01-19", "2026-01-25", kWeek},
      {"Minggu lalu Korea Utara meluncurkan rudal.", "2026-01-26", kId, "Minggu lalu", "2026-01-19", "2026-01-25", kWeek},
      {"BSSN mencatat serangan pekan lalu.", "2026-01-01", kId, "pekan lalu", "2025-12-22", "2025-12-28", kWeek},
      {"Awal pekan ini, AS melakukan latihan.", "2026-01-26", kId, "Awal pekan ini", "2026-01-26", "2026-02-01", kWeek},
      {"Tidak ada uji coba minggu ini.", "2026-01-01", kId, "minggu ini", "2025-12-29", "2026-01-04", kWeek},
      {"Mereka akan bertemu pekan depan.", "2026-01-07", kId, "pekan depan", "2026-01-12", "2026-01-18", kWeek},
      {"Paket berikutnya bisa disepakati sebelum akhir tahun.", "2026-09-23", kId, "akhir tahun", "2026-12-01", "2026-12-31", kMonth},
      {"Kedua utusan mungkin bertemu pada hari Jumat.", "2026-01-26", kId, "pada hari Jumat", "2026-01-30", "2026-01-30", kDay},
      {"Pembicaraan dilanjutkan minggu depan.", "2025-12-30", kId, "minggu depan", "2026-01-05", "2026-01-11", kWeek},
      {"Latihan serupa digelar dua minggu lalu.", "2026-01-26", kId, "dua minggu lalu", "2026-01-12", "2026-01-18", kWeek},
      // Months.
      {"Pada bulan November, peretas mencuri kripto.", "2026-01-07", kId, "Pada bulan November", "2025-11-01", "2025-11-30", kMonth},
      {"Dana itu dicuri pada Desember.", "2026-01-07", kId, "pada Desember", "2025-12-01", "2025-12-31", kMonth},
      {"Namun bulan lalu mereka menembakkan rudal.", "2026-01-26", kId, "bulan lalu", "2025-12-01", "2025-12-31", kMonth},
      {"Harga naik bulan ini.", "2026-01-26", kId, "bulan ini", "2026-01-01", "2026-01-31", kMonth},
      {"Kunjungan dijadwalkan bulan depan.", "2025-12-18", kId, "bulan depan", "2026-01-01", "2026-01-31", kMonth},
      {"Dokumen itu diterima pada Oktober tahun lalu.", "2026-05-10", kId, "pada Oktober tahun lalu", "2025-10-01", "2025-10-31", kMonth},
      {"Bursa itu diretas pada Maret 2022.", "2026-01-07", kId, "pada Maret 2022", "2022-03-01", "2022-03-31", kMonth},
      {"Latihan serupa digelar Agustus 2022.", "2025-12-18", kId, "Agustus 2022", "2022-08-01", "2022-08-31", kMonth},
      {"KTT berikutnya akan digelar pada Desember.", "2026-01-26", kId, "pada Desember", "2026-12-01", "2026-12-31", kMonth},
      {"Perjanjian diteken Mei lalu.", "2026-06-16", kId, "Mei lalu", "2026-05-01", "2026-05-31", kMonth},
      {"Perjanjian diteken pada awal Mei.", "2026-06-16", kId, "pada awal Mei", "2026-05-01", "2026-05-31", kMonth},
      // Years, ends of years, ranges, quarters.
      {"Sanksi diperketat pada tahun 2017.", "2026-01-26", kId, "pada tahun 2017", "2017-01-01", "2017-12-31", kYear},
      {"Pertemuan terakhir pada 2023.", "2026-05-10", kId, "pada 2023", "2023-01-01", "2023-12-31", kYear},
      {"Kerugian sepanjang 2025 mencapai rekor.", "2026-01-07", kId, "sepanjang 2025", "2025-01-01", "2025-12-31", kYear},
      {"Ekspor turun tahun lalu.", "2026-01-26", kId, "tahun lalu", "2025-01-01", "2025-12-31", kYear},
      {"Ekspor naik tahun ini.", "2026-01-26", kId, "tahun ini", "2026-01-01", "2026-12-31", kYear},
      {"Latihan serupa digelar tahun depan.", "2025-12-18", kId, "tahun depan", "2026-01-01", "2026-12-31", kYear},
      {"Pabrik itu dibuka dua tahun lalu.", "2026-01-26", kId, "dua tahun lalu", "2024-01-01", "2024-12-31", kYear},
      {"Mereka harus pulang pada akhir tahun 2019.", "2026-01-26", kId, "pada akhir tahun 2019", "2019-12-01", "2019-12-31", kMonth},
      {"Mereka harus pulang pada akhir tahun. 2019 untuk dipulangkan.", "2026-01-26", kId, "pada akhir tahun. 2019", "2019-12-01", "2019-12-31", kMonth},
      {"Kode itu disepakati paling lambat akhir 2026.", "2026-05-10", kId, "akhir 2026", "2026-12-01", "2026-12-31", kMonth},
      {"Ketegangan memuncak akhir tahun lalu.", "2026-05-10", kId, "akhir tahun lalu", "2025-12-01", "2025-12-31", kMonth},
      {"Harga naik selama lima tahun terakhir.", "2026-01-26", kId, "selama lima tahun terakhir", "2022-01-01", "2026-12-31", kRange},
      {"Serangan meningkat dalam tiga tahun terakhir.", "2026-01-26", kId, "dalam tiga tahun terakhir", "2024-01-01", "2026-12-31", kRange},
      // The coming days, weeks or months: from the day after publication.
      {"Perundingan digelar dalam beberapa pekan mendatang.", "2026-01-26", kId, "dalam beberapa pekan mendatang",
       "2026-01-27", "2026-02-16", kRange},
      {"Bantuan tiba dalam dua hari ke depan.", "2026-01-26", kId, "dalam dua hari ke depan", "2026-01-27",
       "2026-01-28", kRange},
      // A month on from January 31 ends on February's last day.
      {"Bantuan tiba dalam satu bulan ke depan.", "2026-01-31", kId, "dalam satu bulan ke depan", "2026-02-01",
       "2026-02-28", kRange},
      {"Talks are expected in the coming weeks.", "2026-01-26", kEn, "coming weeks", "2026-01-27", "2026-02-16",
       kRange},
      {"Aid will arrive over the next few days.", "2026-01-26", kEn, "next few days", "2026-01-27",
       "2026-01-29", kRange},
      {"Sanctions may follow in the next two months.", "2026-01-26", kEn, "next two months", "2026-01-27",
       "2026-03-26", kRange},
      {"Pertumbuhan melambat pada kuartal ketiga 2024.", "2026-01-26", kId, "pada kuartal ketiga 2024", "2024-07-01", "2024-09-30", kQuarter},
      {"Pertumbuhan melambat pada kuartal III-2024.", "2026-01-26", kId, "pada kuartal III-2024", "2024-07-01", "2024-09-30", kQuarter},
      {"Ekspor naik pada kuartal pertama tahun ini.", "2026-05-10", kId, "pada kuartal pertama tahun ini", "2026-01-01", "2026-03-31", kQuarter},
      {"Perdagangan antara 2017 dan 2019 turun.", "2026-01-26", kId, "antara 2017 dan 2019", "2017-01-01", "2019-12-31", kRange},
      {"Hubungan membaik pada tahun 1990-an.", "2026-01-26", kId, "pada tahun 1990-an", "1990-01-01", "1999-12-31", kRange},
  };
  for (const Case& c : cases) CheckFirst(c);
}

TEST_CASE("English date expressions resolve against the publication date", "[temporal]") {
  const Case cases[] = {
      // Weekdays, on the publication day too, and "last Friday" said on a Friday.
      {"The envoys met on Monday.", "2026-01-26", kEn, "on Monday", "2026-01-26", "2026-01-26", kDay},
      // A day and month with the year told relative to publication: March 5
      // alone would be this year's.
      {"They met on March 5 last year.", "2026-03-11", kEn, "on March 5 last year", "2025-03-05", "2025-03-05", kDay},
      {"Gunmen struck on 22 April last year.", "2026-03-11", kEn, "on 22 April last year", "2025-04-22", "2025-04-22", kDay},
      {"He said on Friday that talks went well.", "2026-01-23", kEn, "on Friday", "2026-01-23", "2026-01-23", kDay},
      {"They met last Friday, he said.", "2026-01-23", kEn, "last Friday", "2026-01-16", "2026-01-16", kDay},
      {"They will meet next Friday.", "2026-01-23", kEn, "next Friday", "2026-01-30", "2026-01-30", kDay},
      {"The missile was fired Friday night.", "2026-01-26", kEn, "Friday night", "2026-01-23", "2026-01-23", kDay},
      {"They met Wednesday last week.", "2026-01-26", kEn, "Wednesday last week", "2026-01-21", "2026-01-21", kDay},
      {"The ministers will meet on Thursday.", "2026-06-16", kEn, "on Thursday", "2026-06-18", "2026-06-18", kDay},
      {"The ministers are set to meet on Thursday.", "2026-06-16", kEn, "on Thursday", "2026-06-18", "2026-06-18", kDay},
      {"The talks are set for Thursday.", "2026-06-16", kEn, "for Thursday", "2026-06-18", "2026-06-18", kDay},
      // A commitment's complement is to come; what was agreed, or when, is not.
      {"The envoys agreed to hold another round in September.", "2026-06-16", kEn, "in September", "2026-09-01", "2026-09-30", kMonth},
      {"Both navies pledged to patrol together in May.", "2026-06-16", kEn, "in May", "2027-05-01", "2027-05-31", kMonth},
      {"The parties agreed to a truce in May.", "2026-06-16", kEn, "in May", "2026-05-01", "2026-05-31", kMonth},
      {"The envoys agreed on Friday to keep talking.", "2026-06-16", kEn, "on Friday", "2026-06-12", "2026-06-12", kDay},
      {"Kedua menteri sepakat menggelar pertemuan lagi pada September.", "2026-06-16", kId, "pada September", "2026-09-01", "2026-09-30", kMonth},
      {"Kedua menteri berjanji untuk bertemu pada Mei.", "2026-06-16", kId, "pada Mei", "2027-05-01", "2027-05-31", kMonth},
      {"Kedua menteri sepakat dengan usulan itu pada Jumat.", "2026-06-16", kId, "pada Jumat", "2026-06-12", "2026-06-12", kDay},
      {"Kedua menteri sepakat mengenai gencatan senjata pada Mei.", "2026-06-16", kId, "pada Mei", "2026-05-01", "2026-05-31", kMonth},
      // A perfect after a modal tells a past that may be so.
      {"North Korea may have fired a missile on Friday.", "2026-06-16", kEn, "on Friday", "2026-06-12", "2026-06-12", kDay},
      {"Korut mungkin telah menembakkan rudal pada Jumat.", "2026-06-16", kId, "pada Jumat", "2026-06-12", "2026-06-12", kDay},
      {"North Korea may fire a missile on Friday.", "2026-06-16", kEn, "on Friday", "2026-06-19", "2026-06-19", kDay},
      // The setting the commitment was made in dates it.
      {"Kedua menteri sepakat memperkuat kerja sama dalam pertemuan di Manila pada Jumat.", "2026-06-16", kId, "pada Jumat", "2026-06-12", "2026-06-12", kDay},
      {"The envoys agreed to deepen ties at the talks on Friday.", "2026-06-16", kEn, "on Friday", "2026-06-12", "2026-06-12", kDay},
      {"The EU imposed a new set of sanctions on Friday.", "2026-06-16", kEn, "on Friday", "2026-06-12", "2026-06-12", kDay},
      {"ASEAN soon called for an immediate halt to the fighting on Friday.", "2026-06-16", kEn, "on Friday", "2026-06-12", "2026-06-12", kDay},
      {"On Friday, the ministers will meet in Seoul.", "2026-06-16", kEn, "On Friday", "2026-06-19", "2026-06-19", kDay},
      {"On Friday, officials said they will meet again.", "2026-06-16", kEn, "On Friday", "2026-06-12", "2026-06-12", kDay},
      {"Talks were held on Monday and Tuesday.", "2026-06-16", kEn, "on Monday and Tuesday", "2026-06-15", "2026-06-16", kDay},
      {"The summit opened on Tuesday, May 20, 2025.", "2025-05-21", kEn, "on Tuesday, May 20, 2025", "2025-05-20", "2025-05-20", kDay},
      // Explicit dates.
      {"The statement was issued January 26, 2026.", "2026-06-16", kEn, "January 26, 2026", "2026-01-26", "2026-01-26", kDay},
      {"The exchange was hacked on June 9.", "2026-06-16", kEn, "on June 9", "2026-06-09", "2026-06-09", kDay},
      {"The order took effect Jan. 26 in Seoul.", "2026-06-16", kEn, "Jan. 26", "2026-01-26", "2026-01-26", kDay},
      {"The summit ran May 8-9 in Cebu.", "2026-06-16", kEn, "May 8-9", "2026-05-08", "2026-05-09", kDay},
      {"The summit ran 8-9 May 2026 in Cebu.", "2026-06-16", kEn, "8-9 May 2026", "2026-05-08", "2026-05-09", kDay},
      {"The drill began on May 8th.", "2026-06-16", kEn, "on May 8th", "2026-05-08", "2026-05-08", kDay},
      {"The letter is dated 5/10/2026.", "2026-06-16", kEn, "5/10/2026", "2026-05-10", "2026-05-10", kDay},
      {"Figures as of 2026-01-26 show a rise.", "2026-06-16", kEn, "2026-01-26", "2026-01-26", "2026-01-26", kDay},
      {"The attack came on Feb. 29, 2024.", "2026-06-16", kEn, "on Feb. 29, 2024", "2024-02-29", "2024-02-29", kDay},
      {"The ministry said so yesterday.", "2026-06-16", kEn, "yesterday", "2026-06-15", "2026-06-15", kDay},
      {"The ship was rammed the day before yesterday.", "2026-06-16", kEn, "the day before yesterday", "2026-06-14",
       "2026-06-14", kDay},
      {"Talks resume the day after tomorrow.", "2026-06-16", kEn, "the day after tomorrow", "2026-06-18", "2026-06-18",
       kDay},
      {"Drills were held over the weekend.", "2026-06-16", kEn, "over the weekend", "2026-06-13", "2026-06-14", kDay},
      // "later Friday", told on a Friday, is that day; told on another day,
      // or without "later", the next Friday.
      {"Tokyo is set to approve the freezes later Friday.", "2026-05-22", kEn, "Friday", "2026-05-22", "2026-05-22", kDay},
      {"The envoys will meet later on Friday.", "2026-05-22", kEn, "on Friday", "2026-05-22", "2026-05-22", kDay},
      {"The envoys will meet on Friday.", "2026-05-22", kEn, "on Friday", "2026-05-29", "2026-05-29", kDay},
      // What may come is to come: "could", "may" look ahead as "will" does.
      {"A further package could be agreed before the end of the year.", "2026-09-23", kEn, "before the end of the year", "2026-12-01", "2026-12-31", kMonth},
      {"The envoys may meet on Friday.", "2026-05-20", kEn, "on Friday", "2026-05-22", "2026-05-22", kDay},
      {"The envoys will meet later Friday.", "2026-05-20", kEn, "Friday", "2026-05-22", "2026-05-22", kDay},
      // Weeks.
      {"The ships were seized last week.", "2025-05-21", kEn, "last week", "2025-05-12", "2025-05-18", kWeek},
      {"The EU adopted the package this week.", "2025-05-21", kEn, "this week", "2025-05-19", "2025-05-25", kWeek},
      {"Earlier this week, the US held drills.", "2025-05-21", kEn, "Earlier this week", "2025-05-19", "2025-05-25", kWeek},
      {"Officials will meet next week.", "2025-07-13", kEn, "next week", "2025-07-14", "2025-07-20", kWeek},
      {"The vessel left two weeks ago.", "2026-06-16", kEn, "two weeks ago", "2026-06-01", "2026-06-07", kWeek},
      // Months.
      {"The hackers struck in November.", "2026-01-07", kEn, "in November", "2025-11-01", "2025-11-30", kMonth},
      {"The FBI linked the theft in May.", "2026-06-16", kEn, "in May", "2026-05-01", "2026-05-31", kMonth},
      {"The summit will be held in May.", "2026-06-16", kEn, "in May", "2027-05-01", "2027-05-31", kMonth},
      {"Prices fell in December 2022.", "2025-05-21", kEn, "in December 2022", "2022-12-01", "2022-12-31", kMonth},
      {"Hackers stole $1.5 billion in February last year.", "2026-06-16", kEn, "in February last year", "2025-02-01", "2025-02-28", kMonth},
      {"The agency said earlier this month it had traced funds.", "2026-06-16", kEn, "earlier this month", "2026-06-01", "2026-06-30", kMonth},
      {"A decision is due later this month.", "2026-06-16", kEn, "later this month", "2026-06-01", "2026-06-30", kMonth},
      {"Pyongyang fired no missiles last month.", "2025-07-13", kEn, "last month", "2025-06-01", "2025-06-30", kMonth},
      {"The next round is planned for next month.", "2025-07-13", kEn, "for next month", "2025-08-01", "2025-08-31", kMonth},
      {"A new round is planned for May.", "2026-06-16", kEn, "for May", "2027-05-01", "2027-05-31", kMonth},
      {"Laos skipped a previous round planned for May.", "2026-06-16", kEn, "for May", "2026-05-01", "2026-05-31", kMonth},
      {"The deal was signed last May.", "2026-06-16", kEn, "last May", "2026-05-01", "2026-05-31", kMonth},
      {"The deal was signed last May.", "2026-05-10", kEn, "last May", "2025-05-01", "2025-05-31", kMonth},
      {"Talks stalled in mid-May.", "2026-06-16", kEn, "in mid-May", "2026-05-01", "2026-05-31", kMonth},
      // Years, ends of years, ranges, quarters.
      {"In 2019, the group stole funds.", "2026-06-16", kEn, "In 2019", "2019-01-01", "2019-12-31", kYear},
      {"Exports rose last year.", "2026-06-16", kEn, "last year", "2025-01-01", "2025-12-31", kYear},
      {"Exports rose this year.", "2026-06-16", kEn, "this year", "2026-01-01", "2026-12-31", kYear},
      {"A new plant opens next year.", "2026-06-16", kEn, "next year", "2027-01-01", "2027-12-31", kYear},
      {"A vote is expected later this year.", "2026-06-16", kEn, "later this year", "2026-01-01", "2026-12-31", kYear},
      {"The EU aims to end imports by the end of 2027.", "2025-05-21", kEn, "by the end of 2027", "2027-12-01", "2027-12-31", kMonth},
      {"A phase-out by end-2027 was agreed.", "2025-05-21", kEn, "by end-2027", "2027-12-01", "2027-12-31", kMonth},
      {"The plant should open by the end of this year.", "2026-06-16", kEn, "by the end of this year", "2026-12-01", "2026-12-31", kMonth},
      {"They stole $3 billion over the past three years.", "2026-06-16", kEn, "over the past three years", "2024-01-01", "2026-12-31", kRange},
      {"Attacks doubled in the last five years.", "2026-06-16", kEn, "in the last five years", "2022-01-01", "2026-12-31", kRange},
      {"Trade grew over the past decade.", "2026-06-16", kEn, "over the past decade", "2017-01-01", "2026-12-31", kRange},
      {"Trade grew from 2017 to 2019.", "2026-06-16", kEn, "from 2017 to 2019", "2017-01-01", "2019-12-31", kRange},
      {"Ties warmed in the 1990s.", "2026-06-16", kEn, "in the 1990s", "1990-01-01", "1999-12-31", kRange},
      {"Growth slowed in the third quarter of 2024.", "2026-06-16", kEn, "in the third quarter of 2024", "2024-07-01", "2024-09-30", kQuarter},
      {"Growth slowed in Q3 2024.", "2026-06-16", kEn, "in Q3 2024", "2024-07-01", "2024-09-30", kQuarter},
      {"Sales fell in the first half of 2024.", "2026-06-16", kEn, "in the first half of 2024", "2024-01-01", "2024-06-30", kRange},
  };
  for (const Case& c : cases) CheckFirst(c);
}

TEST_CASE("Anaphoric expressions count from the event they refer to", "[temporal]") {
  struct Anaphor {
    const char* sentence;
    Language language;
    const char* text;
    int offset_days;
    bool names_event_after;
  };
  const Anaphor cases[] = {
      {"Beijing memprotes keesokan harinya.", kId, "keesokan harinya", 1, false},
      {"Beijing memprotes sehari setelahnya.", kId, "sehari setelahnya", 1, false},
      {"Uji coba itu dilakukan sehari setelah latihan gabungan.", kId, "sehari setelah", 1, true},
      {"Peluncuran terjadi sehari sebelum KTT.", kId, "sehari sebelum", -1, true},
      {"Jepang memprotes pada hari yang sama.", kId, "pada hari yang sama", 0, false},
      {"Tokyo menyusul dua hari kemudian.", kId, "dua hari kemudian", 2, false},
      {"China protested the next day.", kEn, "the next day", 1, false},
      {"The test came a day after the drill.", kEn, "a day after", 1, true},
      {"Seoul had warned a day earlier.", kEn, "a day earlier", -1, false},
      {"Britain acted on the same day.", kEn, "on the same day", 0, false},
      {"Tokyo followed two days later.", kEn, "two days later", 2, false},
      {"Tokyo followed a week later.", kEn, "a week later", 7, false},
      {"Beijing memprotes esok harinya.", kId, "esok harinya", 1, false},
      {"Tokyo menyusul pada hari berikutnya.", kId, "pada hari berikutnya", 1, false},
      {"Tokyo menyusul hari itu juga.", kId, "hari itu juga", 0, false},
      {"Tokyo menyusul seminggu kemudian.", kId, "seminggu kemudian", 7, false},
      {"Seoul sudah memperingatkan dua hari sebelumnya.", kId, "dua hari sebelumnya", -2, false},
      {"The launch came the day before the summit.", kEn, "the day before", -1, true},
      {"Seoul had warned the previous day.", kEn, "the previous day", -1, false},
      {"Tokyo protested later that day.", kEn, "later that day", 0, false},
      {"Tokyo protested earlier that day.", kEn, "earlier that day", 0, false},
      {"The drill began three days after the talks.", kEn, "three days after", 3, true},
      // A part of the day after, or of that day.
      {"Seoul condemned the launch the next morning.", kEn, "the next morning", 1, false},
      {"Tokyo protested later that night.", kEn, "later that night", 0, false},
      {"Seoul mengecam peluncuran itu keesokan paginya.", kId, "keesokan paginya", 1, false},
      {"Tokyo memprotes malam harinya.", kId, "malam harinya", 0, false},
      {"Dewan Keamanan bersidang pekan berikutnya.", kId, "pekan berikutnya", 0, false},
      {"The Security Council met the following week.", kEn, "the following week", 0, false},
  };
  for (const Anaphor& c : cases) {
    INFO(c.sentence);
    auto mentions = FindTimeMentions(c.sentence, Context("2026-01-26", c.language));
    REQUIRE(mentions.size() == 1);
    const TimeMention& m = mentions.front();
    CHECK(m.span.text == c.text);
    CHECK(m.relative_to_event);
    CHECK(m.offset_days == c.offset_days);
    CHECK(m.names_event_after == c.names_event_after);
    CHECK_FALSE(m.span.known());
  }
  // "Less than a week after" gives no day to count from.
  CHECK(FindTimeMentions("Latihan digelar kurang dari sepekan setelah Washington menyetujui penjualan.",
                         Context("2025-12-18", kId))
            .empty());
}

TEST_CASE("'Since' opens a period at the named date", "[temporal]") {
  auto id = FindTimeMentions("Korea Utara belum menguji nuklir sejak September 2017.", Context("2026-01-26", kId));
  REQUIRE(id.size() == 1);
  CHECK(id[0].open_ended);
  CHECK(id[0].span.text == "sejak September 2017");
  CHECK(DateLabel(id[0].span) == "2017-09");
  auto en = FindTimeMentions("It has not tested since 2017, but fired missiles on Friday.", Context("2026-01-26", kEn));
  REQUIRE(en.size() == 2);
  CHECK(en[0].open_ended);
  CHECK(DateLabel(en[0].span) == "2017");
  CHECK_FALSE(en[1].open_ended);
  CHECK(DateLabel(en[1].span) == "2026-01-23");
  // Up to an end it names, it is a closed range.
  auto range = FindTimeMentions("Latihan digelar sejak Maret hingga Mei 2025.", Context("2026-01-26", kId));
  REQUIRE(range.size() == 1);
  CHECK_FALSE(range[0].open_ended);
  CHECK(range[0].span.text == "sejak Maret hingga Mei 2025");
  range = FindTimeMentions("The drills ran since March until May 2025.", Context("2026-01-26", kEn));
  REQUIRE(range.size() == 1);
  CHECK_FALSE(range[0].open_ended);
}

TEST_CASE("Mentions come left to right with byte offsets into the sentence", "[temporal]") {
  // "–" is three bytes: the offsets count bytes, not characters.
  const std::string sentence = "KTT digelar pada 8–9 Mei 2026, dan Oktober tahun lalu mereka bertemu di Manila.";
  auto mentions = FindTimeMentions(sentence, Context("2026-05-10", kId));
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].begin == 12);
  CHECK(mentions[0].end == 31);
  CHECK(sentence.substr(mentions[0].begin, mentions[0].end - mentions[0].begin) == "pada 8–9 Mei 2026");
  CHECK(sentence.substr(mentions[1].begin, mentions[1].end - mentions[1].begin) == "Oktober tahun lalu");
  CHECK(DateLabel(mentions[1].span) == "2025-10");
  // Months in a list each count: "in January and March".
  auto list = FindTimeMentions("North Korea fired missiles in January and March.", Context("2026-06-16", kEn));
  REQUIRE(list.size() == 2);
  CHECK(DateLabel(list[0].span) == "2026-01");
  CHECK(list[1].span.text == "March");
  CHECK(DateLabel(list[1].span) == "2026-03");
}

TEST_CASE("A finding's past N years run up to when it was reported", "[temporal]") {
  auto mentions = FindTimeMentions(
      "Badan itu mengatakan pada bulan Desember bahwa peretas mencuri 1,5 triliun won selama lima "
      "tahun terakhir.",
      Context("2026-01-26", kId));
  REQUIRE(mentions.size() == 2);
  CHECK(DateLabel(mentions[0].span) == "2025-12");
  CHECK(FormatIsoDay(*mentions[1].span.start) == "2021-01-01");
  CHECK(FormatIsoDay(*mentions[1].span.end) == "2025-12-31");
  // An explicit range of years is never moved.
  auto explicit_range = FindTimeMentions("Pada Desember, badan itu menghitung kerugian dari 2017 hingga 2019.",
                                         Context("2026-01-26", kId));
  REQUIRE(explicit_range.size() == 2);
  CHECK(DateLabel(explicit_range[1].span) == "2017–2019");
}

TEST_CASE("Calendar edges: year ends, ISO weeks, leap days", "[temporal]") {
  // A month without a year across a year end.
  CHECK(DateLabel(ResolveDate("pada November", Context("2026-01-07", kId))) == "2025-11");
  CHECK(DateLabel(ResolveDate("pada Januari", Context("2026-01-07", kId))) == "2026-01");
  // ISO weeks across a year end: 2026-01-01 is in 2026-W01 (from Mon 2025-12-29).
  CHECK(DateLabel(ResolveDate("pekan lalu", Context("2026-01-01", kId))) == "2025-W52");
  CHECK(DateLabel(ResolveDate("next week", Context("2025-12-31", kEn))) == "2026-W02");
  // "last week" from a Sunday is the week before the publication's ISO week.
  CHECK(DateLabel(ResolveDate("last week", Context("2025-07-13", kEn))) == "2025-W27");
  // A weekday on the publication day is that day; "last" makes it a week back.
  CHECK(DateLabel(ResolveDate("on Friday", Context("2026-01-23", kEn))) == "2026-01-23");
  CHECK(DateLabel(ResolveDate("last Friday", Context("2026-01-23", kEn))) == "2026-01-16");
  // A bare weekday in the past reaches back across a year end.
  CHECK(DateLabel(ResolveDate("pada hari Rabu", Context("2026-01-01", kId))) == "2025-12-31");
  CHECK(DateLabel(ResolveDate("pada hari Jumat", Context("2026-01-01", kId))) == "2025-12-26");
  // Possessives are their word.
  CHECK(DateLabel(ResolveDate("Monday's talks ended without a deal.", Context("2026-06-16", kEn))) == "2026-06-15");
  CHECK(DateLabel(ResolveDate("this year's budget", Context("2026-06-16", kEn))) == "2026");
  // Leap days: real in 2024, no day at all in 2026.
  CHECK(DateLabel(ResolveDate("29 Februari 2024", Context("2026-01-26", kId))) == "2024-02-29");
  for (const char* sentence : {"pada 30 Februari 2026", "pada 29 Februari 2026", "on February 30, 2026"}) {
    INFO(sentence);
    auto mentions = FindTimeMentions(sentence, Context("2026-05-10", sentence[0] == 'o' ? kEn : kId));
    for (const TimeMention& m : mentions) CHECK(m.span.precision != kDay);
  }
  CHECK(DateLabel(ResolveDate("pada 30 Februari 2026", Context("2026-05-10", kId))) == "2026-02");
  CHECK(FindTimeMentions("pada (31/4)", Context("2026-05-10", kId)).empty());
  CHECK(FindTimeMentions("10/13/2026", Context("2026-05-10", kId)).empty());
  // Month ends and quarter ends.
  CHECK(FormatIsoDay(*ResolveDate("in February 2024", Context("2026-01-26", kEn)).end) == "2024-02-29");
  CHECK(FormatIsoDay(*ResolveDate("bulan lalu", Context("2026-03-31", kId)).end) == "2026-02-28");
  CHECK(DateLabel(ResolveDate("kuartal lalu", Context("2026-01-26", kId))) == "2025-Q4");
}

TEST_CASE("Words that only look like dates are not dates", "[temporal]") {
  struct Negative {
    const char* sentence;
    Language language;
  };
  const Negative cases[] = {
      {"Officials said the sanctions may have failed.", kEn},
      {"May I add one thing, the envoy asked.", kEn},
      {"Theresa May met the envoy.", kEn},
      {"Protesters march in Seoul every week.", kEn},
      {"March organisers said turnout was high.", kEn},
      {"The Marethon drew thousands.", kEn},
      {"AS dan Jepang bertemu.", kId},
      {"Minggu kedua latihan berjalan lancar.", kId},
      {"Latihan itu berlangsung selama beberapa minggu.", kId},
      {"Pasukan berlatih dua Minggu penuh.", kId},
      {"Kapal itu membawa 2026 barel minyak.", kId},
      {"nearly 200 tankers and 2026 barrels", kEn},
      {"a force of 2000 troops", kEn},
      {"Harga naik 10/5 persen.", kId},
      {"Rapat digelar pukul 10.30.", kId},
      {"Paket senilai Rp 2.000.000 disita.", kId},
      {"The first quarter of the match was slow.", kEn},
      {"Sundays are quiet.", kEn},
      {"He worked three days a week.", kEn},
      // How long, not when: no time counted from an event.
      {"The missiles flew for roughly two hours before falling into the sea.", kEn},
      {"The fighting went on for two days after the ceasefire.", kEn},
      {"Rudal itu terbang selama sekitar dua jam sebelum jatuh ke laut.", kId},
      // Found by fuzz_temporal: a huge number after "(3/" overflowed std::stoul.
      {"pada (3/22222222222222222222222) dan 1(4/1", kId},
  };
  for (const Negative& c : cases) {
    INFO(c.sentence);
    auto mentions = FindTimeMentions(c.sentence, Context("2026-06-16", c.language));
    for (const TimeMention& m : mentions) {
      INFO("found: " << m.span.text);
    }
    CHECK(mentions.empty());
  }
  // "minggu ini" is a week, never Sunday.
  auto week = FindTimeMentions("tidak ada uji coba dalam satu minggu ini", Context("2026-01-26", kId));
  REQUIRE(week.size() == 1);
  CHECK(week[0].span.precision == kWeek);
  CHECK(ResolveDate("tidak ada tanggal di sini", Context("2026-01-26", kId)).precision == DatePrecision::kUnknown);
}

// Each class of expression the tagger knows, in both languages: a class that
// stops matching in one language fails here.
TEST_CASE("Each expression class resolves in Indonesian and in English", "[temporal]") {
  const Case cases[] = {
      // Days around publication (Tue 2026-06-16).
      {"Menteri akan tiba besok.", "2026-06-16", kId, "besok", "2026-06-17", "2026-06-17", kDay},
      {"The minister arrives tomorrow.", "2026-06-16", kEn, "tomorrow", "2026-06-17", "2026-06-17", kDay},
      {"Rudal ditembakkan tadi malam.", "2026-06-16", kId, "tadi malam", "2026-06-15", "2026-06-15", kDay},
      {"The missile was fired last night.", "2026-06-16", kEn, "last night", "2026-06-15", "2026-06-15", kDay},
      {"Kapal itu berlayar hari ini.", "2026-06-16", kId, "hari ini", "2026-06-16", "2026-06-16", kDay},
      {"The ship sails today.", "2026-06-16", kEn, "today", "2026-06-16", "2026-06-16", kDay},
      // Days and years ago.
      {"Rudal ditembakkan tiga hari yang lalu.", "2026-06-16", kId, "tiga hari yang lalu", "2026-06-13", "2026-06-13", kDay},
      {"The missile was fired three days ago.", "2026-06-16", kEn, "three days ago", "2026-06-13", "2026-06-13", kDay},
      {"Pabrik itu dibuka setahun lalu.", "2026-06-16", kId, "setahun lalu", "2025-01-01", "2025-12-31", kYear},
      {"The plant opened a year ago.", "2026-06-16", kEn, "a year ago", "2025-01-01", "2025-12-31", kYear},
      // Weekdays of publication's own week.
      {"Mereka bertemu Jumat ini.", "2026-06-16", kId, "Jumat ini", "2026-06-19", "2026-06-19", kDay},
      {"They meet this Friday.", "2026-06-16", kEn, "this Friday", "2026-06-19", "2026-06-19", kDay},
      // Spans of weekdays with a range word.
      {"Latihan digelar Senin hingga Rabu.", "2026-06-18", kId, "Senin hingga Rabu", "2026-06-15", "2026-06-17", kDay},
      {"Drills ran from Monday to Wednesday.", "2026-06-18", kEn, "from Monday to Wednesday", "2026-06-15", "2026-06-17", kDay},
      // Weekends.
      {"Latihan digelar pada akhir pekan.", "2026-06-16", kId, "pada akhir pekan", "2026-06-13", "2026-06-14", kDay},
      {"Drills were held last weekend.", "2026-06-16", kEn, "last weekend", "2026-06-13", "2026-06-14", kDay},
      // Future cues put a weekday after publication.
      {"Menteri itu diagendakan tiba Jumat.", "2026-06-16", kId, "Jumat", "2026-06-19", "2026-06-19", kDay},
      {"The envoy is slated to arrive on Friday.", "2026-06-16", kEn, "on Friday", "2026-06-19", "2026-06-19", kDay},
      // Parts of a year and of a month.
      {"Ketegangan memuncak pada pertengahan 2024.", "2026-06-16", kId, "pada pertengahan 2024", "2024-01-01", "2024-12-31", kYear},
      {"Tensions peaked in mid-2024.", "2026-06-16", kEn, "in mid-2024", "2024-01-01", "2024-12-31", kYear},
      {"Perjanjian diteken pada akhir Mei.", "2026-06-16", kId, "pada akhir Mei", "2026-05-01", "2026-05-31", kMonth},
      {"The deal was signed at the end of May.", "2026-06-16", kEn, "at the end of May", "2026-05-01", "2026-05-31", kMonth},
      {"Ekspor turun pada awal tahun ini.", "2026-06-16", kId, "pada awal tahun ini", "2026-01-01", "2026-12-31", kYear},
      {"Exports fell early this year.", "2026-06-16", kEn, "early this year", "2026-01-01", "2026-12-31", kYear},
      // Halves of a year.
      {"Ekspor naik pada paruh pertama 2024.", "2026-06-16", kId, "pada paruh pertama 2024", "2024-01-01", "2024-06-30", kRange},
      {"Ekspor naik pada semester kedua tahun lalu.", "2026-06-16", kId, "pada semester kedua tahun lalu", "2025-07-01", "2025-12-31", kRange},
      {"Exports rose in H2 2024.", "2026-06-16", kEn, "in H2 2024", "2024-07-01", "2024-12-31", kRange},
      // Ranges of months.
      {"Latihan digelar Januari hingga Maret 2024.", "2026-06-16", kId, "Januari hingga Maret 2024", "2024-01-01", "2024-03-31", kRange},
      {"Drills ran from January to March 2024.", "2026-06-16", kEn, "from January to March 2024", "2024-01-01", "2024-03-31", kRange},
      // The past decade, and the past months.
      {"Perdagangan tumbuh dalam satu dekade terakhir.", "2026-06-16", kId, "dalam satu dekade terakhir", "2017-01-01", "2026-12-31", kRange},
      {"Serangan meningkat dalam tiga bulan terakhir.", "2026-06-16", kId, "dalam tiga bulan terakhir", "2026-04-01", "2026-06-30", kRange},
      {"Attacks rose over the past three months.", "2026-06-16", kEn, "over the past three months", "2026-04-01", "2026-06-30", kRange},
      // Quarters named without a year.
      {"Ekspor naik pada kuartal pertama.", "2026-06-16", kId, "pada kuartal pertama", "2026-01-01", "2026-03-31", kQuarter},
      {"Exports rose in the first quarter.", "2026-06-16", kEn, "in the first quarter", "2026-01-01", "2026-03-31", kQuarter},
      {"Ekspor turun kuartal lalu.", "2026-06-16", kId, "kuartal lalu", "2026-01-01", "2026-03-31", kQuarter},
      {"Exports fell last quarter.", "2026-06-16", kEn, "last quarter", "2026-01-01", "2026-03-31", kQuarter},
      // Years before a deadline or an occasion.
      {"Latihan digelar menjelang 2027.", "2026-06-16", kId, "menjelang 2027", "2027-01-01", "2027-12-31", kYear},
      {"Drills were held ahead of elections in 2027.", "2026-06-16", kEn, "in 2027", "2027-01-01", "2027-12-31", kYear},
  };
  for (const Case& c : cases) CheckFirst(c);
}

TEST_CASE("Without a publication date, full dates resolve and relative ones stay unknown", "[temporal]") {
  struct Expect {
    const char* sentence;
    Language language;
    const char* text;   // the matched words
    const char* label;  // DateLabel, "" for unknown
  };
  const Expect cases[] = {
      {"Kapal itu ditabrak pada 3 Maret 2026.", kId, "pada 3 Maret 2026", "2026-03-03"},
      {"The ship was rammed on March 3, 2026.", kEn, "on March 3, 2026", "2026-03-03"},
      {"Perjanjian itu ditandatangani pada tahun 2017.", kId, "pada tahun 2017", "2017"},
      {"Kapal itu ditabrak kemarin.", kId, "kemarin", ""},
      {"The ship was rammed yesterday.", kEn, "yesterday", ""},
      {"Para menteri bertemu pekan lalu.", kId, "pekan lalu", ""},
      {"The ministers met last week.", kEn, "last week", ""},
      {"Para menteri bertemu pada hari Jumat.", kId, "pada hari Jumat", ""},
      {"The ministers met on Friday.", kEn, "on Friday", ""},
      {"Harga naik pada bulan Desember.", kId, "pada bulan Desember", ""},
      {"Trade grew over the past five years.", kEn, "over the past five years", ""},
  };
  for (const Expect& e : cases) {
    INFO(e.sentence);
    std::vector<TimeMention> mentions = FindTimeMentions(e.sentence, TemporalContext{std::nullopt, e.language, std::nullopt});
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].span.text == e.text);
    CHECK(DateLabel(mentions[0].span) == e.label);
    CHECK(mentions[0].span.known() == (e.label[0] != '\0'));
  }
}

TEST_CASE("'That year' is the year the story last wrote in full", "[temporal]") {
  struct YearCase {
    const char* sentence;
    Language language;
    const char* text;
    const char* start;
    const char* end;
    DatePrecision precision;
  };
  for (const YearCase& c : {
           YearCase{"Troops began fighting in Kursk in November that year.", kEn, "in November that year",
                    "2024-11-01", "2024-11-30", kMonth},
           YearCase{"Pasukan mulai bertempur di Kursk pada November tahun itu.", kId, "pada November tahun itu",
                    "2024-11-01", "2024-11-30", kMonth},
           YearCase{"The same year, Japan protested.", kEn, "The same year", "2024-01-01", "2024-12-31", kYear},
           YearCase{"Pada tahun yang sama, Jepang memprotes.", kId, "Pada tahun yang sama", "2024-01-01",
                    "2024-12-31", kYear},
       }) {
    INFO(c.sentence);
    TemporalContext context = Context("2026-01-26", c.language);
    context.story_year = 2024;
    std::vector<TimeMention> mentions = FindTimeMentions(c.sentence, context);
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].span.text == c.text);
    CHECK(FormatIsoDay(*mentions[0].span.start) == c.start);
    CHECK(FormatIsoDay(*mentions[0].span.end) == c.end);
    CHECK(mentions[0].span.precision == c.precision);
    CHECK(mentions[0].from_story_year);
    CHECK_FALSE(mentions[0].from_published);
  }
  // Without a year named before, "November" is the latest November and
  // "that year" is not read.
  std::vector<TimeMention> alone =
      FindTimeMentions("Troops began fighting in November that year.", Context("2026-01-26", kEn));
  REQUIRE(alone.size() == 1);
  CHECK(alone[0].span.text == "in November");
  CHECK(FormatIsoDay(*alone[0].span.start) == "2025-11-01");
  // The sentence's own full year counts for what follows it.
  std::vector<TimeMention> both = FindTimeMentions(
      "They signed a pact in June 2023 and troops were sent in November that year.", Context("2026-01-26", kEn));
  REQUIRE(both.size() == 2);
  CHECK(FormatIsoDay(*both[1].span.start) == "2023-11-01");
  CHECK(StoryYearAfter(both, 2019) == 2023);
}

TEST_CASE("Months and years counted from an event: 'the following month', 'setahun kemudian'", "[temporal]") {
  struct Offset {
    const char* sentence;
    Language language;
    const char* text;
    int months, years;
  };
  for (const Offset& c : {
           Offset{"The following month, the EU imposed sanctions.", kEn, "The following month", 1, 0},
           Offset{"A year later, Japan imposed sanctions.", kEn, "A year later", 0, 1},
           Offset{"Two months later, Japan imposed sanctions.", kEn, "Two months later", 2, 0},
           Offset{"Setahun kemudian, Jepang menjatuhkan sanksi.", kId, "Setahun kemudian", 0, 1},
           Offset{"Bulan berikutnya, Uni Eropa menjatuhkan sanksi.", kId, "Bulan berikutnya", 1, 0},
           Offset{"Tahun sebelumnya, Jepang menjatuhkan sanksi.", kId, "Tahun sebelumnya", 0, -1},
       }) {
    INFO(c.sentence);
    std::vector<TimeMention> mentions = FindTimeMentions(c.sentence, Context("2026-01-26", c.language));
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].span.text == c.text);
    CHECK(mentions[0].relative_to_event);
    CHECK(mentions[0].offset_days == 0);
    CHECK(mentions[0].offset_months == c.months);
    CHECK(mentions[0].offset_years == c.years);
  }
  // The same month as the event: counted in months, by none.
  for (const char* sentence : {"Later that month, the EU imposed sanctions.", "The same month, Japan protested."}) {
    std::vector<TimeMention> same = FindTimeMentions(sentence, Context("2026-01-26", kEn));
    REQUIRE(same.size() == 1);
    CHECK(same[0].relative_to_event);
    CHECK(same[0].offset_in_months);
    CHECK(same[0].offset_months == 0);
  }
  std::vector<TimeMention> same_id =
      FindTimeMentions("Pada bulan yang sama, Jepang memprotes.", Context("2026-01-26", kId));
  REQUIRE(same_id.size() == 1);
  CHECK(same_id[0].offset_in_months);
  // "next month" alone counts from publication, not from an event.
  std::vector<TimeMention> next = FindTimeMentions("Talks resume next month.", Context("2026-01-26", kEn));
  REQUIRE(next.size() == 1);
  CHECK_FALSE(next[0].relative_to_event);
}

TEST_CASE("'Overnight' is the night before the saying the sentence dates", "[temporal]") {
  // Published Tuesday 2026-01-27; the saying is Monday's.
  auto mentions = FindTimeMentions("Russia launched 120 drones overnight, the air force said on Monday.",
                                   Context("2026-01-27", kEn));
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].span.text == "overnight");
  CHECK(*mentions[0].span.start == *mentions[1].span.start);
  CHECK(FormatIsoDay(*mentions[0].span.start) == "2026-01-26");
  // With no saying dated, the night before publication.
  mentions = FindTimeMentions("Russia launched 120 drones overnight, the air force said.", Context("2026-01-27", kEn));
  REQUIRE(mentions.size() == 1);
  CHECK(FormatIsoDay(*mentions[0].span.start) == "2026-01-27");
  // A day that is not a saying's does not move it.
  mentions = FindTimeMentions("Russia launched 120 drones overnight, a day after talks ended on Monday.",
                              Context("2026-01-27", kEn));
  REQUIRE_FALSE(mentions.empty());
  CHECK(FormatIsoDay(*mentions[0].span.start) == "2026-01-27");
}

TEST_CASE("A number joined to 'ke-' is an ordinal, no count of the unit after it", "[temporal]") {
  // Published Monday 2026-01-26: "pekan depan" is the week of February 2.
  auto mentions = FindTimeMentions("Uni Eropa akan mengadopsi paket sanksi ke-18 pekan depan.", Context("2026-01-26", kId));
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].span.text == "pekan depan");
  CHECK(FormatIsoDay(*mentions[0].span.start) == "2026-02-02");
  // A count without the prefix still counts.
  mentions = FindTimeMentions("Latihan berlangsung dua pekan ke depan.", Context("2026-01-26", kId));
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].span.precision == DatePrecision::kRange);
}
