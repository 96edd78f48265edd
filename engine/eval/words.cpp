// SPDX-License-Identifier: Apache-2.0
// The two tables of the engine's words in decisions, Indonesian and English, in `Word` order,
// and say(), which fills their placeholders. Every entry names its key so that a missing or
// misplaced entry fails the static_assert below (and words_test at run time, with the key).
#include "eval/words.hpp"

#include "check/date.hpp"

namespace netral::eval {

namespace {

constexpr WordTable kIndonesian = {{
    {Word::NeedExactDay, "{} (tanggal pasti hingga hari)"},
    {Word::NeedTableRow, "baris tabel {}"},
    {Word::DetailInexactDate, "tanggal tidak pasti"},
    {Word::DetailSetByRule, "ditetapkan oleh aturan {}"},
    {Word::DetailNoTableRow, "tidak ada baris untuk kunci ini"},
    {Word::DetailParamChosen, "dipilih"},
    {Word::DetailParamDefault, "bawaan"},
    {Word::DetailSetByWhatIf, "diubah oleh what-if {}"},
    {Word::HintInForce, "tanggal penilaian berada di dalam masa berlaku aturan"},
    {Word::HintGiven, "{} dicantumkan dalam insiden"},
    {Word::HintLeftOut, "{} tidak dicantumkan"},
    {Word::HintThrough, "ubah {} sehingga {}"},
    {Word::HintDerived, "ubah fakta insiden yang menjadi dasar {} sehingga {}"},
    {Word::ReviewUndecided,
     "Aturan {}{} mungkin berlaku; fakta yang diperlukan tidak ada atau tanggalnya tidak pasti"},
    {Word::ReviewException, "Pengecualian {} mungkin berlaku atas {}"},
    {Word::ReviewStatus, "Aturan {} berstatus {}: perlu keputusan petugas"},
    {Word::ReviewSanction, "Syarat jenis hukuman dalam kategori {} tidak pasti"},
    {Word::ReviewEscalation, "Riwayat hukuman tidak lengkap untuk menilai pengulangan pada {}"},
    {Word::ReviewConflict, "Aturan {} ({}) dan {} ({}) bertentangan untuk {} pada jalur {}"},
    {Word::ReviewProvisional,
     "Aturan {} mungkin berlaku dan menandai temuan{} sebagai sementara; fakta yang diperlukan "
     "tidak ada atau tanggalnya tidak pasti"},
    {Word::ReviewNotInForce,
     "Aturan {}: tidak satu pun dasar hukumnya berlaku pada tanggal yang dinilai; temuan ini "
     "perlu dasar yang berlaku"},
    {Word::Heaviest, "terberat"},
    {Word::Mildest, "teringan"},
    {Word::StepCombine, "{} temuan; kategori {}: {}"},
    {Word::StepNoEarlier, "Tidak ada hukuman terdahulu yang dihitung untuk pengulangan"},
    {Word::StepAlreadyHeavier, "Sudah lebih berat dari hukuman terakhir {}"},
    {Word::StepMustBeHeavier, "Harus lebih berat dari hukuman terakhir {}: {}"},
    {Word::StepRaised, "Lebih berat dari hukuman terakhir {}: naik ke kategori {}"},
    {Word::StepAtCeiling,
     "Tidak ada yang lebih berat dari {} sampai batas {}; hukuman tetap pada batas itu"},
    {Word::StepNoneHeavier, "Tidak ada jenis hukuman yang lebih berat dari {}"},
    {Word::StepProvisional,
     "Kategori {} hanya dicapai oleh temuan sementara ({}): hasil ini sementara"},
    {Word::ValueYes, "ya"},
    {Word::ValueNo, "tidak"},
    {Word::ValueUnknown, "tidak diketahui"},
    {Word::ValuePeriod, "{} sampai dengan {}"},
    {Word::ValueFrom, "sejak {}"},
    {Word::ValueUntil, "sampai dengan {}"},
    {Word::ReviewInexact, "Hasil bergantung pada hari pasti {}: {}"},
    {Word::ReviewInexactTooMany,
     "Tanggal tidak pasti {} memberi lebih dari {} kemungkinan hari; hasil dinilai atas seluruh "
     "rentangnya"},
    {Word::InexactBefore, "{} sebelum {}"},
    {Word::InexactFromThat, "{} sejak tanggal itu"},
    {Word::InexactFrom, "{} sejak {}"},
    {Word::InexactOn, "{} pada {}"},
    {Word::InexactBetween, "{} dari {} sampai {}"},
    {Word::InexactWhen, "{} jika {}"},
    {Word::InexactAnd, " dan "},
    {Word::RangeLabel, "{} sampai {}"},
}};

constexpr WordTable kEnglish = {{
    {Word::NeedExactDay, "{} (exact day)"},
    {Word::NeedTableRow, "a row of table {}"},
    {Word::DetailInexactDate, "inexact date"},
    {Word::DetailSetByRule, "set by rule {}"},
    {Word::DetailNoTableRow, "no row for these keys"},
    {Word::DetailParamChosen, "chosen"},
    {Word::DetailParamDefault, "default"},
    {Word::DetailSetByWhatIf, "set by what-if {}"},
    {Word::HintInForce, "a judged date inside the rule's period"},
    {Word::HintGiven, "{} given in the incident"},
    {Word::HintLeftOut, "{} left out"},
    {Word::HintThrough, "change {} so that {}"},
    {Word::HintDerived, "change the incident facts {} is computed from so that {}"},
    {Word::ReviewUndecided, "Rule {}{} may apply; facts it needs are missing or a date is inexact"},
    {Word::ReviewException, "Exception {} may apply to {}"},
    {Word::ReviewStatus, "Rule {} has status {}: a human must decide"},
    {Word::ReviewSanction, "Whether the sanction types of category {} apply is undecided"},
    {Word::ReviewEscalation, "Earlier sanctions are incomplete for judging repetition on {}"},
    {Word::ReviewConflict, "Rules {} ({}) and {} ({}) conclude differently for {} on track {}"},
    {Word::ReviewProvisional,
     "Rule {} may apply and mark the findings{} provisional; facts it needs are missing or a date "
     "is inexact"},
    {Word::ReviewNotInForce,
     "Rule {}: none of its citations is in force on the date judged; the finding needs a basis "
     "in force"},
    {Word::Heaviest, "heaviest"},
    {Word::Mildest, "mildest"},
    {Word::StepCombine, "{} finding(s); {} category: {}"},
    {Word::StepNoEarlier, "No earlier sanction counts for repetition"},
    {Word::StepAlreadyHeavier, "Already heavier than the last sanction {}"},
    {Word::StepMustBeHeavier, "Must be heavier than the last sanction {}: {}"},
    {Word::StepRaised, "Heavier than the last sanction {}: raised to category {}"},
    {Word::StepAtCeiling,
     "Nothing heavier than {} up to the ceiling {}; the result stays at the ceiling"},
    {Word::StepNoneHeavier, "No sanction type is heavier than {}"},
    {Word::StepProvisional,
     "Category {} is reached only by provisional findings ({}): the result is provisional"},
    {Word::ValueYes, "yes"},
    {Word::ValueNo, "no"},
    {Word::ValueUnknown, "unknown"},
    {Word::ValuePeriod, "{} to {}"},
    {Word::ValueFrom, "from {}"},
    {Word::ValueUntil, "until {}"},
    {Word::ReviewInexact, "The outcome depends on the exact day of {}: {}"},
    {Word::ReviewInexactTooMany,
     "The inexact dates {} give more than {} combinations of days; the outcome is judged over "
     "their whole spans"},
    {Word::InexactBefore, "{} before {}"},
    {Word::InexactFromThat, "{} from that date"},
    {Word::InexactFrom, "{} from {}"},
    {Word::InexactOn, "{} on {}"},
    {Word::InexactBetween, "{} from {} to {}"},
    {Word::InexactWhen, "{} when {}"},
    {Word::InexactAnd, " and "},
    {Word::RangeLabel, "{} to {}"},
}};

constexpr std::array<std::string_view, 12> kMonthsIndonesian = {
    "Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
    "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
constexpr std::array<std::string_view, 12> kMonthsEnglish = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

/// True when every entry names its own index and has a text.
constexpr bool complete(const WordTable& table) {
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (static_cast<std::size_t>(table[i].key) != i || table[i].text.empty()) return false;
    }
    return true;
}

static_assert(complete(kIndonesian), "the Indonesian word table misses or misorders a key");
static_assert(complete(kEnglish), "the English word table misses or misorders a key");

/// `pattern` with each `{}` replaced by the next of `args` (by `pick`).
template <typename Pick>
std::string fill(std::string_view pattern, std::initializer_list<WordArg> args, Pick pick) {
    std::string out;
    out.reserve(pattern.size() + 16 * args.size());
    const WordArg* next = args.begin();
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}') {
            if (next != args.end()) out += pick(*next++);
            ++i;
            continue;
        }
        out += pattern[i];
    }
    return out;
}

}  // namespace

const WordTable& word_table(bool english) { return english ? kEnglish : kIndonesian; }

std::string_view month_name(int month, bool english) {
    if (month < 1 || month > 12) return "?";
    const auto& names = english ? kMonthsEnglish : kMonthsIndonesian;
    return names[static_cast<std::size_t>(month - 1)];
}

std::string day_words(facts::Day day, bool english) {
    check::ir::Date date = check::ir::from_days(day);
    return std::to_string(date.day) + " " + std::string(month_name(date.month, english)) + " " +
           std::to_string(date.year);
}

Text day_words(facts::Day day) { return {day_words(day, false), day_words(day, true)}; }

Text say(Word key, std::initializer_list<WordArg> args) {
    auto index = static_cast<std::size_t>(key);
    return {fill(kIndonesian[index].text, args, [](const WordArg& a) { return a.id; }),
            fill(kEnglish[index].text, args, [](const WordArg& a) { return a.en; })};
}

}  // namespace netral::eval
