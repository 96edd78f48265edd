// SPDX-License-Identifier: Apache-2.0
// The Markdown rendering's building blocks, shared by markdown_render.cpp (header, outcome,
// tracks, the short sections) and markdown_trail.cpp (findings, condition trees, why-not): a
// document writer and the inline formats both use. Ids, fact names, conditions and places are
// code spans; citations are bold; free texts are escaped so they never open markup or HTML.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "netral/decision.hpp"
#include "netral/evaluate.hpp"
#include "render/catalogue.hpp"

namespace netral::rendering::markdown {

/// Collects the document. Callers pass Markdown that is already safe (built with md_escape,
/// md_code and the inline helpers below).
class Writer {
public:
    explicit Writer(Language language) : language_(language) {}

    Language language() const { return language_; }
    std::string_view word(Msg key) const { return msg(key, language_); }
    /// The catalogue word escaped for Markdown.
    std::string text(Msg key) const;

    /// A line as given (indentation included); an empty `line` is a blank line.
    void line(std::string_view line);
    /// A heading of `level` (1-6) preceded by a blank line unless first.
    void heading(int level, std::string_view title);
    /// A bullet at nesting `depth` (0 = top level).
    void bullet(std::size_t depth, std::string_view text);
    /// `- **Label:** value` at nesting `depth`.
    void field(std::size_t depth, Msg label, std::string_view value);
    /// A table; cells are Markdown already safe for a table cell.
    void table(const std::vector<std::string>& header,
               const std::vector<std::vector<std::string>>& rows);
    /// `*(none)*` as a paragraph.
    void none();

    std::string take() { return std::move(out_); }

private:
    Language language_;
    std::string out_;
};

/// `text` with its first ASCII letter in upper case (a catalogue word used as a column title).
std::string upper_first(std::string_view text);
/// `code` — escaped label, or just the code span when the label adds nothing.
std::string labelled(const std::string& id, const Text& label, Language language,
                     bool in_table = false);
/// The REASONING section; `detail` Full adds the condition trees and the validity date.
void write_findings(Writer& out, const Decision& decision, Detail detail);
/// The WHY-NOT section (only called when a target was asked for).
void write_why_not(Writer& out, const Decision& decision);
/// A rule reference: `id` — title (`file:line`).
std::string rule_ref(const RuleRef& rule, Language language);
/// One citation: **citation** — title, with the not-in-force marker in italics.
std::string citation_item(const CitationRef& citation, Language language);
/// Citations as bullets at `depth`, one citation_item() each.
void write_citations(Writer& out, std::size_t depth, const std::vector<CitationRef>& citations);
/// One value seen: `name` = `value` (label) — origin `place`.
std::string value_item(const ValueSeen& value, Language language);
/// A condition tree as nested bullets from `depth`; with `failed_only`, true nodes are left out.
void write_conditions(Writer& out, std::size_t depth, const std::vector<ConditionTrace>& nodes,
                      bool failed_only);

}  // namespace netral::rendering::markdown
