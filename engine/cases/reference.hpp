// SPDX-License-Identifier: Apache-2.0
// The reference of a rule set (`netral doc`): which articles its rules cite and which brief rows
// they carry, which cases exercise those rules (by the coverage definition of coverage.hpp), its
// parameters with their reasons, and the readings legal staff must review. Everything comes from
// the rule set's declarations and the cases' decisions; the engine adds only its own headings.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "base/source_file.hpp"
#include "check/ir.hpp"
#include "netral/decision.hpp"

namespace netral::cases {

/// One case of the reference: a file that was evaluated into a decision.
struct ReferenceCase {
    std::string path;                    ///< as given on the command line; shown as is
    const Decision* decision = nullptr;  ///< never null; outlives the reference
};

/// One provision that rules cite (`cite`) or refer under (`then refer`).
struct Article {
    check::ir::Citation citation;          ///< the first occurrence (for ordering)
    std::string text;                      ///< canonical text, "PP 94/2021 Pasal 5 huruf n"
    std::vector<check::ir::RuleId> rules;  ///< rule versions making it, in declaration order
    std::vector<bool> refers;              ///< parallel to `rules`: only through `then refer`
    std::vector<std::size_t> cases;        ///< indexes of the cases exercising one of `rules`
    bool counted = false;                  ///< some rule in `rules` is observable (coverage.hpp)
};

/// One brief row and the rules that carry it; the rules without a row form one entry, row "".
struct Row {
    std::string row;                       ///< `row` text, or "" for the rules without one
    std::vector<check::ir::RuleId> rules;  ///< in declaration order
    std::vector<std::size_t> cases;        ///< indexes of the cases exercising one of `rules`
    bool counted = false;                  ///< some rule in `rules` is observable
};

/// What the reference lists, computed once from the program and the cases' decisions.
struct Reference {
    /// By regulation in declaration order, then by place in the regulation: the whole
    /// regulation, its body (Pasal …), its Elucidation, its annexes; numbers compare as numbers
    /// and annex numerals as roman numerals; a unit comes before the units inside it.
    std::vector<Article> articles;
    /// In natural order of the row text ("C1.4" < "C1.11" < "C10.1"); "" last.
    std::vector<Row> rows;
    /// By RuleId::index(): the indexes of the cases exercising that version, ascending.
    std::vector<std::vector<std::size_t>> cases_by_rule;
};

/// Builds the reference of `program` for `cases` (run against it). Pure and deterministic.
Reference build_reference(const check::ir::Program& program, const base::SourceMap& sources,
                          const std::vector<ReferenceCase>& cases);

/// The rule set's identity and how the document regenerates.
struct ReferenceHeader {
    std::string digest;   ///< "sha256:<hex>"
    std::string command;  ///< the command that writes the document; empty: not shown
};

/// The reference as Markdown: header, articles, rows, parameters, review items. Free texts of
/// the rule set are escaped so they never open markup. Deterministic (no dates, no absolute
/// paths beyond those given).
std::string reference_markdown(const check::ir::Program& program, const base::SourceMap& sources,
                               const ReferenceHeader& header,
                               const std::vector<ReferenceCase>& cases);

/// "A" < "B", with runs of digits compared as numbers ("C1.4" < "C1.11" < "C10.1").
bool natural_less(const std::string& a, const std::string& b);

/// Orders two citations of one regulation by their place in its text (see Reference::articles).
bool citation_less(const check::ir::Citation& a, const check::ir::Citation& b);

}  // namespace netral::cases
