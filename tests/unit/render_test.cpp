// SPDX-License-Identifier: Apache-2.0
// Renderings of a Decision (engine/render): hand-built decisions rendered as text and Markdown in
// both languages and as JSON, compared with the goldens in tests/golden/render/ (UPDATE_GOLDEN=1
// rewrites them); the JSON checked against docs/decision.schema.json; the catalogue of engine
// words complete in both languages; JSON bytes stable across runs and strings escaped.
#include <doctest/doctest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <filesystem>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "netral/decision.hpp"
#include "render/catalogue.hpp"
#include "render/common.hpp"
#include "render/html_writer.hpp"
#include "render/prose.hpp"
#include "render/render_decision.hpp"
#include "support.hpp"

namespace {

namespace fs = std::filesystem;
namespace json = boost::json;
using netral::Decision;
using netral::Location;
using netral::OriginKind;
using netral::Text;
using netral::Truth;
using netral::ValueSeen;

const fs::path kGoldenDir = fs::path(NETRAL_TEST_DIR) / "golden" / "render";
const fs::path kSchema = fs::path(NETRAL_TEST_DIR) / ".." / "docs" / "decision.schema.json";

Location at(const std::string& file, std::size_t line, std::size_t column) {
    return Location{file, line, column, line, column + 1};
}

const std::string kIncident = "kasus/inc-2024-0173.yaml";
const std::string kVocabulary = "rules/vocabulary.rules";
const std::string kConduct = "rules/conduct.rules";

netral::CitationRef cite(const std::string& text, const std::string& id, const std::string& en,
                         bool in_force, std::size_t line) {
    return {text, Text{id, en}, in_force, at(kConduct, line, 3)};
}

const Text kPp94{"Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil",
                 "Government Regulation 94 of 2021 on Civil Servant Discipline"};
const Text kPp42{
    "Peraturan Pemerintah Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps dan Kode "
    "Etik Pegawai Negeri Sipil",
    "Government Regulation 42 of 2004 on the Corps Spirit and Code of Ethics of "
    "Civil Servants"};
const Text kUu5{"Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara",
                "Law 5 of 2014 on the State Civil Apparatus"};
const Text kUu10{
    "Undang-Undang Nomor 10 Tahun 2016 tentang Perubahan Kedua atas Undang-Undang "
    "Nomor 1 Tahun 2015 (Pemilihan Gubernur, Bupati, dan Walikota)",
    "Law 10 of 2016, second amendment of the regional head election law"};

ValueSeen given(const std::string& name, const std::string& value, const Text& label,
                std::size_t line, std::size_t column) {
    return {name, value, label, OriginKind::Given, at(kIncident, line, column), {}, {}};
}

ValueSeen same(const std::string& name, const std::string& value, OriginKind origin,
               const Location& location, const Text& detail = {}) {
    return {name, value, Text{value, value}, origin, location, detail, {}};
}

/// The validity trail every rule of the example shares: judged by `decided`, a default.
std::vector<ValueSeen> decided_default() {
    return {same("decided", "2024-12-02", OriginKind::Default, at(kVocabulary, 31, 3))};
}

netral::Finding ethics_finding() {
    netral::Finding finding;
    finding.act = "act-1";
    finding.binding = "acts[0]";
    finding.rule.id = "ethics-sm-prospective";
    finding.rule.title = {"Mendukung bakal calon melalui media sosial",
                          "Supporting a prospective candidate on social media"};
    finding.rule.status = "practice";
    finding.rule.row = "C2.1";
    finding.rule.location = at(kConduct, 40, 1);
    finding.rule.citations = {
        cite("SKB 2022 Lampiran II",
             "Keputusan Bersama tentang Pedoman Pengawasan Netralitas "
             "Pegawai ASN",
             "Joint Decree on guidelines for supervising civil-servant neutrality", true, 44),
        cite("PP 42/2004 Pasal 15 ayat (1)", kPp42.id, kPp42.en, true, 45),
        cite("UU 5/2014 Pasal 9 ayat (2)", kUu5.id, kUu5.en, false, 46)};
    finding.rule.notes = {
        "PRACTICE: the SKB treats support for a bakal calon as an ethics "
        "breach (neutrality-law.md §(i) reading 2)."};
    finding.track = "ethics";
    finding.track_label = {"Pelanggaran kode etik", "Code-of-ethics breach"};
    finding.category = "moral";
    finding.level_label = {"Sanksi moral", "Moral sanction"};
    finding.reason = {
        "Pada 2024-09-10 mengunggah promosi calon di media sosial sebelum penetapan "
        "calon (bakal calon).",
        "On 2024-09-10 posted candidate promotion on social media before the "
        "candidates were determined (prospective candidate)."};
    netral::ConditionTrace kind{
        "act.kind == social_media",
        Truth::True,
        {given("act.kind", "social_media", {"Media sosial", "Social media"}, 12, 11)},
        {},
        {}};
    netral::ConditionTrace content{
        "act.content in {candidate_promotion, photo_with_gesture}",
        Truth::True,
        {given("act.content", "candidate_promotion",
               {"Sosialisasi atau kampanye calon", "Candidate promotion"}, 14, 14)},
        {},
        {}};
    netral::ConditionTrace stage{
        "stage(act) == prospective",
        Truth::True,
        {same("act.date", "2024-09-10", OriginKind::Given, at(kIncident, 13, 11)),
         {"determination[pilkada-2024, regional_head].date",
          "2024-09-22",
          Text{"2024-09-22", "2024-09-22"},
          OriginKind::Table,
          at("rules/calendar.rules", 57, 3),
          {},
          Text{"Hari penetapan calon", "Candidate determination day"}},
         {"stage(act)",
          "prospective",
          Text{"Bakal calon (sebelum penetapan oleh KPU)",
               "Prospective candidate (before determination)"},
          OriginKind::Derived,
          at("rules/calendar.rules", 66, 1),
          {},
          Text{"Tahap pencalonan", "Candidate stage"}}},
        {},
        {}};
    finding.conditions = {
        {"act.kind == social_media and act.content in {…} and stage(act) == "
         "prospective",
         Truth::True,
         {},
         {kind, content, stage},
         {}}};
    finding.validity = decided_default();
    return finding;
}

netral::Finding speaker_finding() {
    netral::Finding finding;
    finding.act = "act-2";
    finding.binding = "acts[1]";
    finding.rule.id = "discipline-campaign-speaker";
    finding.rule.title = {"Menjadi pembicara dalam kampanye calon yang telah ditetapkan",
                          "Speaking at a campaign of a determined candidate"};
    finding.rule.status = "verified";
    finding.rule.row = "C3.4";
    finding.rule.location = at(kConduct, 120, 1);
    finding.rule.citations = {
        cite("PP 94/2021 Pasal 5 huruf n angka 1", kPp94.id, kPp94.en, true, 126),
        cite("PP 94/2021 Pasal 14 huruf i angka 3", kPp94.id, kPp94.en, true, 127)};
    // Every rendering must show this one as the author's inference, with the reason.
    finding.rule.citations[1].inference =
        Text{"Pasal ini tidak menyebut atribut; dibaca sebagai tindakan yang menguntungkan calon",
             "The article does not name attributes; read as an action benefiting a candidate"};
    finding.track = "discipline";
    finding.track_label = {"Hukuman disiplin", "Disciplinary sanction"};
    finding.category = "medium";
    finding.level_label = {"Hukuman disiplin sedang", "Medium disciplinary sanction"};
    finding.reason = {
        "Menjadi pembicara pada kampanye pasangan calon pada 2024-10-05, dalam masa "
        "kampanye.",
        "Spoke at a campaign event of a determined candidate pair on 2024-10-05, "
        "inside the campaign period."};
    finding.conditions = {
        {"act.kind == campaign_event",
         Truth::True,
         {given("act.kind", "campaign_event",
                {"Kehadiran atau peran dalam kampanye, sosialisasi, deklarasi", "Campaign event"},
                21, 11)},
         {},
         {}},
        {"act.role in {speaker, implementer}",
         Truth::True,
         {given("act.role", "speaker", {"Pembicara atau narasumber", "Speaker or resource person"},
                24, 11)},
         {},
         {}},
        {"in_campaign(act)",
         Truth::True,
         {{"in_campaign(act)",
           "true",
           Text{"true", "true"},
           OriginKind::Derived,
           at("rules/calendar.rules", 74, 1),
           {},
           Text{"Dalam masa kampanye", "Inside the campaign period"}}},
         {},
         {}}};
    finding.validity = decided_default();
    return finding;
}

netral::Finding attendance_finding() {
    netral::Finding finding;
    finding.act = "act-2";
    finding.binding = "acts[1]";
    finding.rule.id = "ethics-campaign-attendance";
    finding.rule.title = {"Menghadiri kampanye", "Attending a campaign"};
    finding.rule.status = "verified";
    finding.rule.row = "C3.1";
    finding.rule.location = at(kConduct, 90, 1);
    finding.rule.citations = {cite("SKB 2022 Lampiran II",
                                   "Keputusan Bersama tentang Pedoman "
                                   "Pengawasan Netralitas Pegawai ASN",
                                   "Joint Decree on guidelines for supervising civil-servant "
                                   "neutrality",
                                   true, 95)};
    finding.track = "ethics";
    finding.track_label = {"Pelanggaran kode etik", "Code-of-ethics breach"};
    finding.category = "moral";
    finding.sanction = "moral.open_statement";
    finding.level_label = {"Pernyataan secara terbuka", "Open statement"};
    finding.reason = {"Hadir dalam kampanye.", "Attended a campaign."};
    finding.conditions = {
        {"act.kind == campaign_event",
         Truth::True,
         {given("act.kind", "campaign_event", {"Kampanye", "Campaign event"}, 21, 11)},
         {},
         {}}};
    finding.relations = {{netral::RelationKind::Exception, "discipline-campaign-speaker",
                          "lex_specialis", Truth::True, at(kConduct, 131, 3)}};
    finding.displaced = true;
    finding.displaced_by = "discipline-campaign-speaker";
    return finding;
}

/// The heavy rule for act-2 depends on the impact, which the incident does not give.
netral::Finding impact_finding() {
    netral::Finding finding;
    finding.act = "act-2";
    finding.binding = "acts[1]";
    finding.rule.id = "discipline-campaign-state-impact";
    finding.rule.title = {"Kampanye dengan dampak negatif pada negara",
                          "Campaigning with a negative impact on the state"};
    finding.rule.status = "verified";
    finding.rule.row = "C3.6";
    finding.rule.location = at(kConduct, 140, 1);
    finding.rule.citations = {
        cite("PP 94/2021 Pasal 14 huruf i angka 3", kPp94.id, kPp94.en, true, 146)};
    finding.track = "discipline";
    finding.track_label = {"Hukuman disiplin", "Disciplinary sanction"};
    finding.category = "heavy";
    finding.level_label = {"Hukuman disiplin berat", "Heavy disciplinary sanction"};
    finding.reason = {"Dampak negatif pada negara belum diketahui.",
                      "The negative impact on the state is not known."};
    finding.applies = Truth::Unknown;
    finding.conditions = {
        {"act.kind == campaign_event",
         Truth::True,
         {given("act.kind", "campaign_event", {"Kampanye", "Campaign event"}, 21, 11)},
         {},
         {}},
        {"act.impact == state",
         Truth::Unknown,
         {same("act.impact", "", OriginKind::Absent, at(kIncident, 20, 5))},
         {},
         {Text{"acts[1].impact = state", "acts[1].impact = state"}}}};
    finding.validity = decided_default();
    return finding;
}

netral::Finding facility_why_not() {
    netral::Finding finding;
    finding.act = "act-2";
    finding.binding = "acts[1]";
    finding.rule.id = "discipline-campaign-facility";
    finding.rule.title = {"Memakai fasilitas negara dalam kampanye",
                          "Using state facilities in a campaign"};
    finding.rule.status = "verified";
    finding.rule.row = "C3.7";
    finding.rule.location = at(kConduct, 150, 1);
    finding.track = "discipline";
    finding.track_label = {"Hukuman disiplin", "Disciplinary sanction"};
    finding.category = "heavy";
    finding.level_label = {"Hukuman disiplin berat", "Heavy disciplinary sanction"};
    finding.reason = {"Tidak berlaku: fasilitas negara tidak dipakai.",
                      "Does not apply: no state facility was used."};
    finding.applies = Truth::False;
    finding.conditions = {
        {"act.kind == campaign_event and act.facility == used",
         Truth::False,
         {},
         {{"act.kind == campaign_event",
           Truth::True,
           {given("act.kind", "campaign_event", {"Kampanye", "Campaign event"}, 21, 11)},
           {},
           {}},
          {"act.facility == used",
           Truth::False,
           {{"act.facility",
             "none",
             Text{"Tidak ada", "None"},
             OriginKind::Default,
             at(kVocabulary, 150, 3),
             {},
             {}}},
           {},
           {Text{"acts[1].facility = used", "acts[1].facility = used"}}}},
         {}},
        {"act.permit is set",
         Truth::False,
         {same("act.permit", "", OriginKind::Absent, at(kIncident, 20, 5))},
         {},
         {Text{"acts[1].permit dicantumkan dalam insiden",
               "acts[1].permit given in the incident"}}}};
    return finding;
}

std::vector<Text> labels(const std::vector<std::pair<std::string, std::string>>& pairs) {
    std::vector<Text> out;
    for (const auto& [id, en] : pairs) out.push_back({id, en});
    return out;
}

Decision two_act_decision() {
    Decision decision;
    decision.incident = "INC-2024-0173";
    decision.source = kIncident;
    decision.as_of = "2024-12-02";
    decision.engine_version = "0.1.0";
    decision.ruleset = {"netralitas-asn",
                        {"Netralitas Pegawai ASN dalam Pemilu dan Pemilihan Kepala Daerah",
                         "Neutrality of civil servants in national and regional elections"},
                        "0.1.0",
                        "sha256:5d0b9c8f3e1a7b24c6d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5"};
    decision.findings = {ethics_finding(), speaker_finding(), attendance_finding(),
                         impact_finding()};

    std::vector<std::string> medium = {"medium.allowance_cut_6m", "medium.allowance_cut_9m",
                                       "medium.allowance_cut_12m"};
    std::vector<Text> medium_labels =
        labels({{"Pemotongan tunjangan kinerja sebesar 25% selama 6 (enam) bulan",
                 "Performance-allowance cut of 25% for 6 months"},
                {"Pemotongan tunjangan kinerja sebesar 25% selama 9 (sembilan) bulan",
                 "Performance-allowance cut of 25% for 9 months"},
                {"Pemotongan tunjangan kinerja sebesar 25% selama 12 (dua belas) bulan",
                 "Performance-allowance cut of 25% for 12 months"}});

    netral::TrackResult ethics;
    ethics.track = "ethics";
    ethics.label = {"Pelanggaran kode etik", "Code-of-ethics breach"};
    ethics.category = "moral";
    ethics.category_label = {"Sanksi moral", "Moral sanction"};
    ethics.sanctions = {"moral.closed_statement", "moral.open_statement"};
    ethics.sanction_labels = labels({{"Pernyataan secara tertutup", "Closed statement"},
                                     {"Pernyataan secara terbuka", "Open statement"}});
    ethics.recommended = "moral.closed_statement";
    ethics.findings = {0};
    ethics.steps = {{netral::StepKind::Combine,
                     {"Satu temuan etik yang tidak disingkirkan: sanksi moral.",
                      "One ethics finding not displaced: moral sanction."},
                     {cite("PP 42/2004 Pasal 15 ayat (1)", kPp42.id, kPp42.en, true, 12)},
                     {}}};

    netral::TrackResult discipline;
    discipline.track = "discipline";
    discipline.label = {"Hukuman disiplin", "Disciplinary sanction"};
    discipline.category = "medium";
    discipline.category_label = {"Hukuman disiplin sedang", "Medium disciplinary sanction"};
    discipline.sanctions = medium;
    discipline.sanction_labels = medium_labels;
    discipline.recommended = "medium.allowance_cut_9m";
    discipline.findings = {1, 3};
    discipline.steps = {
        {netral::StepKind::Combine,
         {"Temuan terberat: sedang (discipline-campaign-speaker); temuan berat bergantung pada "
          "fakta yang tidak diketahui.",
          "Heaviest finding: medium (discipline-campaign-speaker); the heavy finding depends on "
          "an unknown fact."},
         {cite("PP 94/2021 Pasal 35 ayat (1)", kPp94.id, kPp94.en, true, 300)},
         {}},
        {netral::StepKind::Escalate,
         {"Pernah dijatuhi hukuman disiplin: dinaikkan satu jenis dalam kategori yang sama.",
          "Sanctioned before: raised by one type within the same category."},
         {cite("PP 94/2021 Pasal 35 ayat (2)", kPp94.id, kPp94.en, true, 310)},
         {given("history[0].sanction", "light.written_reprimand",
                {"Teguran tertulis", "Written reprimand"}, 8, 17),
          same("history[0].date", "2022-03", OriginKind::Given, at(kIncident, 9, 13),
               Text{"tanggal tidak pasti", "inexact date"}),
          {"medium_types",
           "allowance_cuts",
           Text{"Pemotongan tunjangan kinerja 25% selama 6, 9 atau 12 bulan (PP 94/2021 Pasal 8 "
                "ayat (3))",
                "Performance-allowance cuts of 25% for 6, 9 or 12 months (PP 94/2021)"},
           OriginKind::Parameter,
           at("rules/ladder.rules", 66, 1),
           Text{"bawaan", "default"},
           {}}}}};

    netral::TrackResult statutory;
    statutory.track = "statutory";
    statutory.label = {"Pemberhentian berdasarkan undang-undang", "Statutory dismissal"};
    statutory.category = "none";
    statutory.category_label = {"Tanpa sanksi (pembinaan)", "No sanction (guidance only)"};
    decision.tracks = {ethics, discipline, statutory};

    decision.outcome.category = "medium";
    decision.outcome.category_label = {"Hukuman disiplin sedang", "Medium disciplinary sanction"};
    decision.outcome.sanctions = medium;
    decision.outcome.sanction_labels = medium_labels;
    decision.outcome.review = true;
    decision.outcome.track = "discipline";

    netral::Referral referral;
    referral.citation = "UU 10/2016 Pasal 188";
    referral.regulation = kUu10;
    referral.act = "act-2";
    referral.rule.id = "referral-pilkada-71";
    referral.rule.title = {"Pelanggaran Pasal 71 oleh pejabat ASN dalam Pilkada",
                           "Breach of Article 71 by a civil-service official in a regional "
                           "election"};
    referral.rule.status = "verified";
    referral.rule.row = "E2";
    referral.rule.location = at("rules/referrals.rules", 20, 1);
    referral.reason = {
        "Perbuatan dalam Pilkada yang menguntungkan pasangan calon dapat dipidana; "
        "teruskan ke Bawaslu.",
        "An act in a regional election that favours a candidate pair may be a "
        "crime; refer to Bawaslu."};
    referral.conditions = {
        {"election_kind(election) == pilkada",
         Truth::True,
         {{"calendar[pilkada-2024].kind",
           "pilkada",
           Text{"Pemilihan gubernur, bupati, dan walikota", "Regional head election"},
           OriginKind::Table,
           at("rules/calendar.rules", 36, 3),
           {},
           Text{"Jenis pemilihan", "Kind of election"}}},
         {},
         {}}};
    decision.referrals = {referral};

    decision.review = {
        {netral::ReviewKind::Missing,
         {"Dampak negatif perbuatan tidak diketahui; bila berdampak pada negara, tingkatnya berat.",
          "The act's negative impact is not known; an impact on the state makes it heavy."},
         "act-2",
         "discipline-campaign-state-impact",
         {Text{"acts[1].impact", "acts[1].impact"},
          Text{"acts[1].date (tanggal pasti hingga hari)", "acts[1].date (exact day)"},
          Text{"baris tabel calendar", "a row of table calendar"}}},
        {netral::ReviewKind::Status,
         {"Aturan berstatus PRACTICE (praktik BKN), bukan teks peraturan.",
          "The rule's status is PRACTICE (BKN practice), not the regulation's text."},
         "act-1",
         "ethics-sm-prospective",
         {}}};
    decision.defaults = {{"decided", "2024-12-02", at(kVocabulary, 31, 3)},
                         {"acts[1].facility", "none", at(kVocabulary, 150, 3)}};
    decision.params = {{"medium_types", "allowance_cuts", false, "conflict"},
                       {"dismissal_label", "not_honourable", true, "conflict"}};
    decision.notes = {"Temuan Bawaslu Kota Bandung No. 012/Reg/TM/PB/Kota/13.01/X/2024.",
                      "Unggahan \"dukung paslon 02\" dihapus setelah ±2 jam."};
    decision.why_not_target = "heavy";
    decision.why_not = {impact_finding(), facility_why_not()};
    return decision;
}

Decision empty_decision() {
    Decision decision;
    decision.as_of = "2025-01-15";
    decision.engine_version = "0.1.0";
    decision.ruleset = {"netralitas-asn",
                        {"Netralitas Pegawai ASN", ""},
                        "0.1.0",
                        "sha256:0000000000000000000000000000000000000000000000000000000000000000"};
    decision.outcome.category = "none";
    decision.outcome.category_label = {"Tanpa sanksi (pembinaan)", "No sanction (guidance only)"};
    return decision;
}

struct GoldenCase {
    std::string name;   ///< file stem in tests/golden/render/
    Decision decision;  ///< what is rendered
};

std::vector<GoldenCase> golden_cases() {
    return {{"two_acts", two_act_decision()}, {"empty", empty_decision()}};
}

// --- A structural JSON Schema check: the subset of draft 2020-12 that decision.schema.json uses.

/// The schema node `node` resolves to, following a local `$ref` ("#/$defs/name").
const json::object& resolve(const json::object& node, const json::object& root) {
    auto ref = node.find("$ref");
    if (ref == node.end()) return node;
    std::string path(ref->value().as_string());
    REQUIRE_MESSAGE(path.rfind("#/$defs/", 0) == 0, "unsupported $ref " << path);
    return root.at("$defs").as_object().at(path.substr(8)).as_object();
}

bool has_type(const json::value& value, const std::string& type) {
    if (type == "object") return value.is_object();
    if (type == "array") return value.is_array();
    if (type == "string") return value.is_string();
    if (type == "boolean") return value.is_bool();
    if (type == "null") return value.is_null();
    if (type == "integer") return value.is_int64() || value.is_uint64();
    return false;
}

void conform(const json::value& value, const json::object& schema_node, const json::object& root,
             const std::string& where) {
    const json::object& node = resolve(schema_node, root);
    INFO("at " << where);
    if (auto type = node.find("type"); type != node.end()) {
        bool ok = false;
        if (type->value().is_string()) {
            ok = has_type(value, std::string(type->value().as_string()));
        } else {
            for (const json::value& each : type->value().as_array()) {
                ok = ok || has_type(value, std::string(each.as_string()));
            }
        }
        CHECK_MESSAGE(ok, "type " << json::serialize(type->value()) << " expected, got "
                                  << json::serialize(value));
        if (!ok) return;
    }
    if (auto values = node.find("enum"); values != node.end()) {
        bool found = false;
        for (const json::value& each : values->value().as_array()) found = found || each == value;
        CHECK_MESSAGE(found, json::serialize(value) << " is not in the enum");
    }
    if (auto constant = node.find("const"); constant != node.end()) {
        CHECK(constant->value() == value);
    }
    if (value.is_object() && node.contains("properties")) {
        const json::object& properties = node.at("properties").as_object();
        CHECK_MESSAGE(node.contains("additionalProperties"),
                      "objects must say additionalProperties");
        for (const auto& member : value.as_object()) {
            std::string key(member.key());
            REQUIRE_MESSAGE(properties.contains(key), "key `" << key << "` is not in the schema");
            conform(member.value(), properties.at(key).as_object(), root, where + "." + key);
        }
        if (auto required = node.find("required"); required != node.end()) {
            for (const json::value& key : required->value().as_array()) {
                CHECK_MESSAGE(value.as_object().contains(key.as_string()),
                              "required key `" << key.as_string() << "` missing");
            }
        }
    }
    if (value.is_array() && node.contains("items")) {
        std::size_t index = 0;
        for (const json::value& element : value.as_array()) {
            conform(element, node.at("items").as_object(), root,
                    where + "[" + std::to_string(index++) + "]");
        }
    }
}

/// Every property the schema declares has a description, so the schema doubles as a reference.
void described(const json::value& node, const std::string& where) {
    if (node.is_array()) {
        for (const json::value& element : node.as_array()) described(element, where);
        return;
    }
    if (!node.is_object()) return;
    const json::object& object = node.as_object();
    if (auto properties = object.find("properties"); properties != object.end()) {
        for (const auto& member : properties->value().as_object()) {
            std::string path = where + "." + std::string(member.key());
            CHECK_MESSAGE(member.value().as_object().contains("description"),
                          "property " << path << " has no description");
            described(member.value(), path);
        }
    }
    for (const auto& member : object) {
        if (member.key() != "properties") described(member.value(), where);
    }
}

}  // namespace

TEST_CASE("render decision: golden renderings of hand-built decisions") {
    using netral::Language;
    for (const GoldenCase& test : golden_cases()) {
        SUBCASE(test.name.c_str()) {
            const Decision& decision = test.decision;
            // Summary in both languages and formats; the full trail once per format, in the
            // other language each time, so each level meets each language.
            using netral::Detail;
            auto text = [&](Language language, Detail detail) {
                return netral::rendering::to_text(decision, language, detail);
            };
            auto markdown = [&](Language language, Detail detail) {
                return netral::rendering::to_markdown(decision, language, detail);
            };
            netral::testing::check_golden(kGoldenDir / (test.name + ".id.txt"),
                                          text(Language::Indonesian, Detail::Summary));
            netral::testing::check_golden(kGoldenDir / (test.name + ".en.txt"),
                                          text(Language::English, Detail::Summary));
            netral::testing::check_golden(kGoldenDir / (test.name + ".en.full.txt"),
                                          text(Language::English, Detail::Full));
            netral::testing::check_golden(kGoldenDir / (test.name + ".id.md"),
                                          markdown(Language::Indonesian, Detail::Summary));
            netral::testing::check_golden(kGoldenDir / (test.name + ".en.md"),
                                          markdown(Language::English, Detail::Summary));
            netral::testing::check_golden(kGoldenDir / (test.name + ".id.full.md"),
                                          markdown(Language::Indonesian, Detail::Full));
            netral::testing::check_golden(
                kGoldenDir / (test.name + ".id.html"),
                netral::rendering::to_html(decision, Language::Indonesian, Detail::Summary));
            netral::testing::check_golden(
                kGoldenDir / (test.name + ".en.full.html"),
                netral::rendering::to_html(decision, Language::English, Detail::Full));
            netral::testing::check_golden(kGoldenDir / (test.name + ".json"),
                                          netral::rendering::to_json(decision));
        }
    }
}

TEST_CASE(
    "render decision: the JSON of every test decision conforms to docs/decision.schema.json") {
    json::value schema = json::parse(netral::testing::read_file(kSchema));
    REQUIRE(schema.is_object());
    CHECK(schema.at("$schema") == "https://json-schema.org/draft/2020-12/schema");
    described(schema, "$");
    for (const GoldenCase& test : golden_cases()) {
        SUBCASE(test.name.c_str()) {
            json::value output = json::parse(netral::rendering::to_json(test.decision));
            conform(output, schema.as_object(), schema.as_object(), "$");
        }
    }
}

TEST_CASE("render decision: both catalogue tables are complete and in key order") {
    for (netral::Language language : {netral::Language::Indonesian, netral::Language::English}) {
        const netral::rendering::CatalogueTable& table = netral::rendering::catalogue(language);
        for (std::size_t i = 0; i < table.size(); ++i) {
            INFO("entry " << i);
            CHECK(static_cast<std::size_t>(table[i].key) == i);
            CHECK_FALSE(table[i].text.empty());
        }
    }
    CHECK(netral::rendering::msg(netral::rendering::Msg::Yes, netral::Language::Indonesian) ==
          "ya");
    CHECK(netral::rendering::msg(netral::rendering::Msg::Yes, netral::Language::English) == "yes");
}

TEST_CASE("render decision: JSON is byte-identical across runs") {
    Decision decision = two_act_decision();
    std::string first = netral::rendering::to_json(decision);
    std::string second = netral::rendering::to_json(two_act_decision());
    CHECK(first == second);
    CHECK(first == netral::rendering::to_json(decision));
    CHECK(first.substr(0, 2) == "{\n");
    CHECK(first.back() == '\n');
}

TEST_CASE("render decision: JSON strings escape quotes and control characters and keep UTF-8") {
    struct Row {
        std::string input;     ///< the incident id as given
        std::string expected;  ///< its JSON string literal
    };
    const std::vector<Row> rows = {
        {"say \"hi\"", R"("say \"hi\"")"},
        {"back\\slash", R"("back\\slash")"},
        {"line\nbreak\ttab\rcr", R"("line\nbreak\ttab\rcr")"},
        {std::string("nul\0bell\x07", 9) + "esc\x1b" + "del\x7f",
         R"("nul\u0000bell\u0007esc\u001bdel\u007f")"},
        {"Pasal 14 — «kampanye» ±2 jam ✓ 🗳",
         "\"Pasal 14 — «kampanye» ±2 jam ✓ 🗳\""},
        {"bad \xff byte", "\"bad \xEF\xBF\xBD byte\""},
    };
    for (const Row& row : rows) {
        Decision decision = empty_decision();
        decision.incident = row.input;
        std::string output = netral::rendering::to_json(decision);
        INFO("input: " << row.input);
        CHECK(output.find("\"incident\": " + row.expected + ",\n") != std::string::npos);
        json::value parsed = json::parse(output);
        if (row.input.find('\xff') == std::string::npos) {
            CHECK(parsed.at("incident").as_string() == row.input);
        }
    }
}

TEST_CASE("render decision: text and Markdown keep hostile texts on one line and out of markup") {
    Decision decision = empty_decision();
    decision.notes = {"first\nsecond \x1b[31mred\x1b[0m", "<script>*bold* | pipe</script>"};
    std::string text =
        netral::rendering::to_text(decision, netral::Language::English, netral::Detail::Full);
    CHECK(text.find("- first second \xEF\xBF\xBD[31mred\xEF\xBF\xBD[0m\n") != std::string::npos);
    CHECK(text.find('\x1b') == std::string::npos);
    std::string markdown =
        netral::rendering::to_markdown(decision, netral::Language::English, netral::Detail::Full);
    CHECK(markdown.find("- \\<script\\>\\*bold\\* \\| pipe\\</script\\>\n") != std::string::npos);
    CHECK(markdown.find("<script>") == std::string::npos);
    std::string html =
        netral::rendering::to_html(decision, netral::Language::English, netral::Detail::Full);
    CHECK(html.find("<li>&lt;script&gt;*bold* | pipe&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("<li>first second \xEF\xBF\xBD[31mred") != std::string::npos);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find('\x1b') == std::string::npos);
}

TEST_CASE("render decision: HTML lists nest and close whatever depth the items jump to") {
    struct Row {
        std::string name;                                               ///< what the row shows
        std::vector<std::tuple<std::size_t, std::string, bool>> items;  ///< depth, text, ordered
        std::string expected;                                           ///< the body written
    };
    const std::vector<Row> rows = {
        {"one item", {{0, "a", false}}, "<ul><li>a</li></ul>\n"},
        {"siblings", {{0, "a", false}, {0, "b", false}}, "<ul><li>a</li>\n<li>b</li></ul>\n"},
        {"nested and back",
         {{0, "a", false}, {1, "b", true}, {0, "c", false}},
         "<ul><li>a<ol><li>b</li></ol>\n</li>\n<li>c</li></ul>\n"},
        {"a level skipped",
         {{2, "deep", false}},
         "<ul><li><ul><li><ul><li>deep</li></ul>\n</li></ul>\n</li></ul>\n"},
        {"kind changes at one depth",
         {{0, "a", true}, {0, "b", false}},
         "<ol><li>a</li></ol>\n<ul><li>b</li></ul>\n"},
    };
    for (const Row& row : rows) {
        INFO("case " << row.name);
        netral::rendering::html::Writer out(netral::Language::English);
        for (const auto& [depth, text, ordered] : row.items) out.item(depth, text, ordered);
        CHECK(out.take() == row.expected);
    }
}

TEST_CASE(
    "render decision: the JSON trail is aligned with the findings, referrals, tracks and why-not") {
    for (const GoldenCase& test : golden_cases()) {
        json::value output = json::parse(netral::rendering::to_json(test.decision));
        const json::object& trail = output.at("trail").as_object();
        INFO("case " << test.name);
        for (const char* key : {"findings", "referrals", "tracks"}) {
            REQUIRE(trail.at(key).as_array().size() == output.at(key).as_array().size());
        }
        const json::array& why_not = output.at("why_not").at("findings").as_array();
        REQUIRE(trail.at("why_not").as_array().size() == why_not.size());
        const json::array& findings = output.at("findings").as_array();
        for (std::size_t i = 0; i < findings.size(); ++i) {
            CHECK(trail.at("findings").at(i).at("rule") == findings[i].at("rule").at("id"));
            CHECK(trail.at("findings").at(i).at("act") == findings[i].at("act"));
        }
    }
}

TEST_CASE("render decision: detail levels have stable names, spelled exactly") {
    struct Row {
        std::string name;                        // as a command line or request spells it
        std::optional<netral::Detail> expected;  // none: refused
    };
    const std::vector<Row> rows = {
        {"summary", netral::Detail::Summary},
        {"full", netral::Detail::Full},
        {"Full", std::nullopt},
        {"", std::nullopt},
    };
    for (const Row& row : rows) {
        INFO("name: " << row.name);
        CHECK(netral::parse_detail(row.name) == row.expected);
        if (row.expected) CHECK(netral::to_string(*row.expected) == row.name);
    }
}

TEST_CASE("render decision: summary leaves the condition trees to full detail") {
    for (const GoldenCase& test : golden_cases()) {
        INFO("case " << test.name);
        for (netral::Language language :
             {netral::Language::Indonesian, netral::Language::English}) {
            std::string conditions(
                netral::rendering::msg(netral::rendering::Msg::Conditions, language));
            std::string summary =
                netral::rendering::to_text(test.decision, language, netral::Detail::Summary);
            std::string full =
                netral::rendering::to_text(test.decision, language, netral::Detail::Full);
            bool has_trees = !test.decision.findings.empty();
            CHECK(summary.find(conditions + ":\n") == std::string::npos);
            CHECK((full.find(conditions + ":\n") != std::string::npos) == has_trees);
        }
    }
}

TEST_CASE("render decision: dates and periods in words for the prose reasoning") {
    struct Row {
        std::string input;       // a value as the trail writes it
        std::string indonesian;  // expected in Indonesian
        std::string english;     // expected in English
    };
    const std::vector<Row> rows = {
        {"2024-10-03", "3 Oktober 2024", "3 October 2024"},
        {"2024-08", "Agustus 2024", "August 2024"},
        {"2024", "2024", "2024"},
        {"2024-09-25..2024-11-23", "25 September – 23 November 2024",
         "25 September – 23 November 2024"},
        {"2023-12-28..2024-02-10", "28 Desember 2023 – 10 Februari 2024",
         "28 December 2023 – 10 February 2024"},
        {"2024-13-01", "2024-13-01", "2024-13-01"},
        {"pilkada", "pilkada", "pilkada"},
    };
    for (const Row& row : rows) {
        INFO("input: " << row.input);
        CHECK(netral::rendering::date_in_words(row.input, netral::Language::Indonesian) ==
              row.indonesian);
        CHECK(netral::rendering::date_in_words(row.input, netral::Language::English) ==
              row.english);
    }
}

TEST_CASE("render decision: the prose opens with the date and the periods the rule compared") {
    using netral::ConditionTrace;
    using netral::OriginKind;
    using netral::Truth;
    using netral::ValueSeen;
    auto value = [](std::string name, std::string v, OriginKind origin, netral::Text what,
                    netral::Text label = {}) {
        ValueSeen out;
        out.name = std::move(name);
        out.value = v;
        out.label = label.id.empty() ? netral::Text{v, v} : label;
        out.origin = origin;
        out.what = std::move(what);
        return out;
    };
    auto node = [](std::string text, Truth result, std::vector<ValueSeen> values,
                   std::vector<ConditionTrace> parts = {}) {
        ConditionTrace out;
        out.text = std::move(text);
        out.result = result;
        out.values = std::move(values);
        out.parts = std::move(parts);
        return out;
    };
    const netral::Text act_date{"Tanggal perbuatan", "Date of the act"};
    // As the evaluator traces a derived fact: its value on the condition, its definition below,
    // where the branch not taken (false) still holds the date that decided it.
    ConditionTrace in_campaign =
        node("in_campaign(act)", Truth::True,
             {value("in_campaign(acts[a])", "true", OriginKind::Derived,
                    {"Dalam masa kampanye", "Inside the campaign period"})},
             {node("in_campaign(a) = …", Truth::True, {},
                   {node("a.date in calendar[election].campaign", Truth::True,
                         {value("acts[a].date", "2024-10-03", OriginKind::Given, act_date),
                          value("calendar[election].campaign", "2024-09-25..2024-11-23",
                                OriginKind::Table, {"Masa kampanye", "Campaign period"})})})});
    ConditionTrace stage =
        node("stage(act) == determined", Truth::True,
             {value("stage(acts[a])", "determined", OriginKind::Derived,
                    {"Tahap calon", "Stage of the candidate"}, {"Calon", "Determined candidate"})},
             {node("stage(a) = …", Truth::True, {},
                   {node("a.date < determination[…].date", Truth::False,
                         {value("acts[a].date", "2024-10-03", OriginKind::Given, act_date),
                          value("determination[…].date", "2024-09-22", OriginKind::Table,
                                {"Tanggal penetapan", "Determination day"})})})});
    netral::Finding finding;
    finding.act = "a";
    finding.binding = "acts[a]";
    finding.rule.id = "r";
    finding.rule.title = {"Judul", "Title"};
    finding.conditions = {node("kind", Truth::True,
                               {value("acts[a].kind", "social_media", OriginKind::Given,
                                      {"Jenis", "Kind"}, {"Media sosial", "Social media"})}),
                          in_campaign, stage};
    struct Row {
        netral::Language language;  ///< the language asked for
        std::string opening;        ///< what the paragraph must open with
    };
    const std::vector<Row> rows = {
        {netral::Language::English,
         "On 3 October 2024, inside the campaign period (25 September – 23 November 2024), act a "
         "— it is established: Kind: Social media; Stage of the candidate: Determined candidate, "
         "determination day 22 September 2024. "},
        {netral::Language::Indonesian,
         "Pada 3 Oktober 2024, dalam masa kampanye (25 September – 23 November 2024), perbuatan "
         "a — terbukti: Jenis: Media sosial; Tahap calon: Calon, tanggal penetapan 22 September "
         "2024. "},
    };
    for (const Row& row : rows) {
        std::string prose = netral::rendering::finding_prose(finding, row.language);
        INFO("prose: " << prose);
        CHECK(prose.starts_with(row.opening));
    }
    // The rule pack's phrase for the value says it instead, `{}` filled with the date compared;
    // with nothing compared (a stage given outright) the label says it.
    netral::Finding phrased = finding;
    phrased.conditions[2].values[0].phrase = {"sejak penetapan calon pada {}",
                                              "once the candidates were determined on {}"};
    CHECK(netral::rendering::finding_prose(phrased, netral::Language::English)
              .starts_with("On 3 October 2024, inside the campaign period (25 September – 23 "
                           "November 2024) and once the candidates were determined on 22 "
                           "September 2024, act a — it is established: Kind: Social media. "));
    phrased.conditions[2].parts.clear();
    CHECK(netral::rendering::finding_prose(phrased, netral::Language::English)
              .find("Stage of the candidate: Determined candidate.") != std::string::npos);
}

TEST_CASE("render decision: a legal basis lists what is in force, or everything marked") {
    auto cite = [](const std::string& text, bool in_force) {
        netral::CitationRef citation;
        citation.text = text;
        citation.in_force = in_force;
        return citation;
    };
    struct Row {
        std::string name;                            // what the list is
        std::vector<netral::CitationRef> citations;  // as the decision carries them
        std::vector<std::string> expected;           // the texts shown, in order
    };
    const std::vector<Row> rows = {
        {"all in force", {cite("A 1", true), cite("B 2", true)}, {"A 1", "B 2"}},
        {"repealed twin left out", {cite("A 1", true), cite("Old 1", false)}, {"A 1"}},
        {"nothing in force: all shown",
         {cite("Old 1", false), cite("Old 2", false)},
         {"Old 1", "Old 2"}},
        {"empty", {}, {}},
    };
    for (const Row& row : rows) {
        INFO("case: " << row.name);
        std::vector<std::string> shown;
        for (const netral::CitationRef* citation :
             netral::rendering::shown_citations(row.citations)) {
            shown.push_back(citation->text);
        }
        CHECK(shown == row.expected);
    }
}
