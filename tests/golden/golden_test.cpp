// SPDX-License-Identifier: Apache-2.0
// Golden tests of the front end, discovered from the file tree:
//   tests/golden/syntax/<case>.rules   -> <case>.expected: the syntax-tree dump or diagnostics
//   tests/golden/check/<case>.rules    -> <case>.expected: rendered diagnostics
//   tests/golden/check/<case>/*.rules  -> <case>.expected: a multi-file rule set
//   tests/golden/ir/<case>.rules       -> <case>.expected: the resolved IR (check::dump_ir)
//                                         followed by any warnings, or the diagnostics
//   tests/golden/ir/<case>/*.rules     -> <case>.expected: the same for a multi-file rule set
// Cases named error_* must produce at least one error; other cases must produce none.
// Untranslated texts (W2070) are reported only in cases whose name contains "untranslated": the
// other cases write their labels in Indonesian only, for brevity.
// UPDATE_GOLDEN=1 rewrites the expected files.
#include <algorithm>
#include <vector>

#include "api/front_end.hpp"
#include "check/ir_dump.hpp"
#include "support.hpp"
#include "syntax/dump.hpp"

namespace fs = std::filesystem;

namespace {

struct GoldenCase {
    std::string name;             ///< file or directory stem
    std::vector<fs::path> files;  ///< the rule files, sorted
    fs::path expected;            ///< golden output
};

/// What a stage's golden files hold besides the diagnostics.
enum class Dump {
    None,    ///< diagnostics only
    Syntax,  ///< the syntax tree of every file that parsed, when there was no error
    Ir,      ///< the resolved program, when checking produced one
};

std::vector<GoldenCase> discover(const fs::path& dir) {
    std::vector<GoldenCase> cases;
    for (const auto& entry : fs::directory_iterator(dir)) {
        GoldenCase c;
        if (entry.is_directory()) {
            c.name = entry.path().filename().string();
            for (const auto& file : fs::directory_iterator(entry.path())) {
                if (file.path().extension() == ".rules") c.files.push_back(file.path());
            }
            std::sort(c.files.begin(), c.files.end());
        } else if (entry.path().extension() == ".rules") {
            c.name = entry.path().stem().string();
            c.files.push_back(entry.path());
        } else {
            continue;
        }
        c.expected = dir / (c.name + ".expected");
        cases.push_back(std::move(c));
    }
    std::sort(cases.begin(), cases.end(),
              [](const GoldenCase& a, const GoldenCase& b) { return a.name < b.name; });
    return cases;
}

/// Runs the front end on a case; paths in the output are relative to the stage directory.
std::string run_case(const GoldenCase& c, const fs::path& stage_dir, netral::api::Stage stage,
                     Dump dump, bool& had_errors) {
    std::vector<netral::Source> sources;
    for (const fs::path& file : c.files) {
        sources.push_back({fs::relative(file, stage_dir).string(), netral::testing::read_file(file)});
    }
    netral::api::FrontEnd front_end(100);
    netral::CheckOptions options;
    if (c.name.find("untranslated") == std::string::npos) {
        options.disabled_warnings.push_back("W2070");
    }
    netral::api::run_front_end(front_end, sources, options, stage);
    had_errors = front_end.sink.has_errors();
    std::string out;
    if (dump == Dump::Syntax && !had_errors) {
        for (const auto& module : front_end.modules) out += netral::syntax::dump(module);
    }
    if (dump == Dump::Ir && front_end.program) out += netral::check::dump_ir(*front_end.program);
    out += netral::base::render_text(front_end.sink.sorted(), front_end.sources,
                                     netral::Language::English);
    return out;
}

void run_stage(const std::string& stage_name, netral::api::Stage stage, Dump dump) {
    fs::path dir = fs::path(NETRAL_TEST_DIR) / "golden" / stage_name;
    auto cases = discover(dir);
    REQUIRE_FALSE(cases.empty());
    for (const GoldenCase& c : cases) {
        SUBCASE(c.name.c_str()) {
            bool had_errors = false;
            std::string actual = run_case(c, dir, stage, dump, had_errors);
            bool expects_error = c.name.rfind("error_", 0) == 0;
            INFO("case " << stage_name << "/" << c.name);
            CHECK(had_errors == expects_error);
            netral::testing::check_golden(c.expected, actual);
        }
    }
}

}  // namespace

TEST_CASE("golden: syntax") { run_stage("syntax", netral::api::Stage::Parse, Dump::Syntax); }
TEST_CASE("golden: check") { run_stage("check", netral::api::Stage::Check, Dump::None); }
TEST_CASE("golden: ir") { run_stage("ir", netral::api::Stage::Check, Dump::Ir); }
