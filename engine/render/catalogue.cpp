// SPDX-License-Identifier: Apache-2.0
// The two tables of the engine's words, Indonesian and English, in `Msg` order. Every entry
// names its key so that render_test can check each table is complete and in order; a missing
// entry would be value-initialised (key 0, empty text) and fail the static_assert below.
#include "render/catalogue.hpp"

namespace netral::rendering {

namespace {

constexpr CatalogueTable kIndonesian = {{
    {Msg::DecisionTitle, "Keputusan"},
    {Msg::Incident, "Insiden"},
    {Msg::NoIncidentId, "(tanpa id)"},
    {Msg::IncidentFile, "Berkas insiden"},
    {Msg::AsOf, "Tanggal acuan"},
    {Msg::Ruleset, "Kumpulan aturan"},
    {Msg::Digest, "Sidik digital"},
    {Msg::EngineVersion, "Versi mesin"},
    {Msg::Outcome, "Hasil"},
    {Msg::Category, "Kategori"},
    {Msg::Track, "Jalur"},
    {Msg::CandidateSanctions, "Sanksi yang dapat dijatuhkan (teringan dahulu)"},
    {Msg::Recommended, "Sanksi yang direkomendasikan"},
    {Msg::ReviewNeeded, "Perlu ditinjau"},
    {Msg::ProvisionalResult, "Hasil sementara (bertumpu pada temuan sementara)"},
    {Msg::ReviewItems, "Hal yang harus ditinjau"},
    {Msg::Needs, "perlu"},
    {Msg::Yes, "ya"},
    {Msg::No, "tidak"},
    {Msg::Unknown, "tidak diketahui"},
    {Msg::None, "tidak ada"},
    {Msg::Tracks, "Jalur sanksi"},
    {Msg::Result, "Hasil"},
    {Msg::Steps, "Langkah"},
    {Msg::FindingsUsed, "Temuan yang digabungkan"},
    {Msg::Findings, "Temuan"},
    {Msg::Finding, "Temuan"},
    {Msg::Act, "Perbuatan"},
    {Msg::WholeIncident, "seluruh insiden"},
    {Msg::Rule, "Aturan"},
    {Msg::Status, "Status"},
    {Msg::Row, "Baris"},
    {Msg::Level, "Tingkat"},
    {Msg::Applies, "Berlaku"},
    {Msg::LegalBasis, "Dasar hukum"},
    {Msg::NotInForce, "TIDAK BERLAKU pada tanggal yang dinilai"},
    {Msg::Inferred, "INFERENSI, bukan bunyi pasal"},
    {Msg::Reason, "Alasan"},
    {Msg::Conditions, "Kondisi"},
    {Msg::ValidityJudgedBy, "Masa berlaku aturan dinilai menurut"},
    {Msg::Relations, "Relasi antaraturan"},
    {Msg::RelationException, "pengecualian oleh"},
    {Msg::RelationPrevails, "didahului oleh"},
    {Msg::Displaced, "DISINGKIRKAN"},
    {Msg::DisplacedBy, "DISINGKIRKAN oleh"},
    {Msg::Provisional, "SEMENTARA"},
    {Msg::ProvisionalBy, "SEMENTARA menurut"},
    {Msg::RuleNotes, "Catatan aturan"},
    {Msg::OriginGiven, "berkas insiden"},
    {Msg::OriginDefault, "bawaan"},
    {Msg::OriginAbsent, "tidak ada (tidak diketahui)"},
    {Msg::OriginHost, "diberikan oleh program induk"},
    {Msg::OriginImplied, "tersirat menurut konvensi"},
    {Msg::OriginDerived, "fakta turunan"},
    {Msg::OriginTable, "baris tabel"},
    {Msg::OriginParameter, "parameter"},
    {Msg::OriginAsOf, "tanggal acuan evaluasi"},
    {Msg::OriginConstant, "tertulis dalam aturan"},
    {Msg::OriginChanged, "diubah (what-if)"},
    {Msg::DeclaredAt, "dinyatakan di"},
    {Msg::InMapAt, "dalam peta di"},
    {Msg::Referrals, "Rujukan pidana"},
    {Msg::DefaultsUsed, "Nilai bawaan yang dipakai"},
    {Msg::Fact, "Fakta"},
    {Msg::Value, "Nilai"},
    {Msg::Params, "Parameter"},
    {Msg::ParamChosen, "dipilih"},
    {Msg::ParamDefault, "bawaan"},
    {Msg::Notes, "Catatan insiden"},
    {Msg::WhyNot, "Mengapa bukan"},
    {Msg::Target, "Sasaran"},
    {Msg::FailedConditions, "Kondisi yang tidak terpenuhi"},
    {Msg::WouldHold, "akan terpenuhi bila"},
    {Msg::Field, "Unsur"},
}};

constexpr CatalogueTable kEnglish = {{
    {Msg::DecisionTitle, "Decision"},
    {Msg::Incident, "Incident"},
    {Msg::NoIncidentId, "(no id)"},
    {Msg::IncidentFile, "Incident file"},
    {Msg::AsOf, "As of"},
    {Msg::Ruleset, "Rule set"},
    {Msg::Digest, "Digest"},
    {Msg::EngineVersion, "Engine version"},
    {Msg::Outcome, "Outcome"},
    {Msg::Category, "Category"},
    {Msg::Track, "Track"},
    {Msg::CandidateSanctions, "Candidate sanctions (mildest first)"},
    {Msg::Recommended, "Recommended sanction"},
    {Msg::ReviewNeeded, "Review needed"},
    {Msg::ProvisionalResult, "Provisional result (rests on provisional findings)"},
    {Msg::ReviewItems, "Items to review"},
    {Msg::Needs, "needs"},
    {Msg::Yes, "yes"},
    {Msg::No, "no"},
    {Msg::Unknown, "unknown"},
    {Msg::None, "none"},
    {Msg::Tracks, "Tracks"},
    {Msg::Result, "Result"},
    {Msg::Steps, "Steps"},
    {Msg::FindingsUsed, "Findings combined"},
    {Msg::Findings, "Findings"},
    {Msg::Finding, "Finding"},
    {Msg::Act, "Act"},
    {Msg::WholeIncident, "whole incident"},
    {Msg::Rule, "Rule"},
    {Msg::Status, "Status"},
    {Msg::Row, "Row"},
    {Msg::Level, "Level"},
    {Msg::Applies, "Applies"},
    {Msg::LegalBasis, "Legal basis"},
    {Msg::NotInForce, "NOT IN FORCE on the date judged"},
    {Msg::Inferred, "INFERRED, not the provision's words"},
    {Msg::Reason, "Reason"},
    {Msg::Conditions, "Conditions"},
    {Msg::ValidityJudgedBy, "Rule period judged by"},
    {Msg::Relations, "Relations between rules"},
    {Msg::RelationException, "exception by"},
    {Msg::RelationPrevails, "prevailed over by"},
    {Msg::Displaced, "DISPLACED"},
    {Msg::DisplacedBy, "DISPLACED by"},
    {Msg::Provisional, "PROVISIONAL"},
    {Msg::ProvisionalBy, "PROVISIONAL by"},
    {Msg::RuleNotes, "Rule notes"},
    {Msg::OriginGiven, "incident file"},
    {Msg::OriginDefault, "default"},
    {Msg::OriginAbsent, "absent (unknown)"},
    {Msg::OriginHost, "set by the host program"},
    {Msg::OriginImplied, "implied by convention"},
    {Msg::OriginDerived, "derived fact"},
    {Msg::OriginTable, "table row"},
    {Msg::OriginParameter, "parameter"},
    {Msg::OriginAsOf, "evaluation as-of date"},
    {Msg::OriginConstant, "written in the rule"},
    {Msg::OriginChanged, "changed (what-if)"},
    {Msg::DeclaredAt, "declared at"},
    {Msg::InMapAt, "in the map at"},
    {Msg::Referrals, "Criminal referrals"},
    {Msg::DefaultsUsed, "Defaults used"},
    {Msg::Fact, "Fact"},
    {Msg::Value, "Value"},
    {Msg::Params, "Parameters"},
    {Msg::ParamChosen, "chosen"},
    {Msg::ParamDefault, "default"},
    {Msg::Notes, "Incident notes"},
    {Msg::WhyNot, "Why not"},
    {Msg::Target, "Target"},
    {Msg::FailedConditions, "Conditions that did not hold"},
    {Msg::WouldHold, "would hold if"},
    {Msg::Field, "Field"},
}};

/// True when every entry names its own index and has a text: a table with a missing entry fails
/// to compile (render_test checks the same at run time, with the key that is missing).
constexpr bool complete(const CatalogueTable& table) {
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (static_cast<std::size_t>(table[i].key) != i || table[i].text.empty()) return false;
    }
    return true;
}

static_assert(complete(kIndonesian), "the Indonesian catalogue misses or misorders a key");
static_assert(complete(kEnglish), "the English catalogue misses or misorders a key");

}  // namespace

const CatalogueTable& catalogue(Language language) {
    return language == Language::English ? kEnglish : kIndonesian;
}

std::string_view msg(Msg key, Language language) {
    return catalogue(language)[static_cast<std::size_t>(key)].text;
}

}  // namespace netral::rendering
