// SPDX-License-Identifier: Apache-2.0
// The terminal rendering's building blocks, shared by text_render.cpp (header, outcome, tracks,
// the short sections) and text_trail.cpp (findings, condition trees, why-not): an indenting line
// writer and the functions each file provides to the other.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "netral/decision.hpp"
#include "netral/evaluate.hpp"
#include "render/catalogue.hpp"

namespace netral::rendering::text {

/// Collects the rendering line by line. Every text from the decision goes through one_line()
/// before it is written, so one field is one line and no control character reaches a terminal.
class Writer {
public:
    explicit Writer(Language language) : language_(language) {}

    Language language() const { return language_; }
    std::string_view word(Msg key) const { return msg(key, language_); }

    /// One line at `indent` spaces; `text` is made safe with one_line().
    void line(std::size_t indent, std::string_view text);
    /// `Label: value` at `indent`.
    void field(std::size_t indent, Msg label, std::string_view value);
    /// A section heading in capitals, underlined, preceded by a blank line.
    void heading(Msg key);
    /// `(none)` at `indent`.
    void none(std::size_t indent);

    std::string take() { return std::move(out_); }

private:
    Language language_;
    std::string out_;
};

/// The REASONING section: each finding with its rule, legal basis and reason; `detail` Full
/// adds the condition trees and the date the rule's period was judged by.
void write_findings(Writer& out, const Decision& decision, Detail detail);
/// The WHY-NOT section (only called when a target was asked for).
void write_why_not(Writer& out, const Decision& decision);
/// A rule reference on one line: `id — title (file:line)`.
std::string rule_line(const RuleRef& rule, Language language);
/// The citations as a list at `indent`, with regulation titles and not-in-force markers.
void write_citations(Writer& out, std::size_t indent, const std::vector<CitationRef>& citations);
/// One value seen: `name = value (label) ← origin`.
std::string value_line(const ValueSeen& value, Language language);
/// A condition tree at `indent`; with `failed_only`, true nodes are left out.
void write_conditions(Writer& out, std::size_t indent, const std::vector<ConditionTrace>& nodes,
                      bool failed_only);

}  // namespace netral::rendering::text
