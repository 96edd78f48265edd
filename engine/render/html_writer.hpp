// SPDX-License-Identifier: Apache-2.0
// The HTML rendering's building blocks, shared by html_render.cpp (header, answer, tracks, the
// short sections) and html_trail.cpp (findings, condition trees, why-not): a body writer that
// keeps nested lists well formed, the escaping every text goes through, and the standalone
// document around the body (html_document.cpp). Every text from a decision is escaped, so an
// incident or a rule pack can never open markup.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "netral/decision.hpp"
#include "netral/evaluate.hpp"
#include "render/catalogue.hpp"

namespace netral::rendering::html {

/// one_line(text) with `& < > " '` as character references: safe in content and attributes.
std::string escape(std::string_view text);
/// escape(text) in a `<code>` element (ids, fact names, conditions, places).
std::string code(std::string_view text);
/// `html` (already safe) in a `<strong>` element.
std::string strong(std::string_view html);
/// `html` (already safe) in an `<em>` element.
std::string em(std::string_view html);

/// Collects the body of the document. Callers pass HTML that is already safe (built with
/// escape(), code() and the helpers above). Lists are opened and closed as items of a given
/// depth arrive; any other block closes them.
class Writer {
public:
    explicit Writer(Language language) : language_(language) {}

    Language language() const { return language_; }
    std::string_view word(Msg key) const { return msg(key, language_); }
    /// The catalogue word, escaped.
    std::string text(Msg key) const { return escape(word(key)); }

    /// A heading `<hN>` of `level` (1-6).
    void heading(int level, std::string_view html);
    /// A paragraph, with a class when `css_class` is not empty.
    void paragraph(std::string_view html, std::string_view css_class = {});
    /// A list item at nesting `depth` (0 = top level), in a numbered list when `ordered`.
    void item(std::size_t depth, std::string_view html, bool ordered = false);
    /// An item `<strong>Label:</strong> value` at nesting `depth`.
    void field(std::size_t depth, Msg label, std::string_view value);
    /// A table as wide as the page, its columns fixed; cells are safe HTML.
    void table(const std::vector<std::string>& header,
               const std::vector<std::vector<std::string>>& rows);
    /// "(none)" as a paragraph.
    void none();
    /// `<section class="…">` / `</section>`, so a finding keeps together where it can.
    void open_section(std::string_view css_class);
    void close_section();

    /// The body written so far, every list closed.
    std::string take();

private:
    void close_lists(std::size_t keep);

    Language language_;
    std::string out_;
    std::vector<bool> lists_;  ///< the open lists, outermost first; true for `<ol>`
};

/// "(none)" in italics.
std::string none_text(const Writer& out);

/// The standalone document: `<!DOCTYPE html>`, the language, the title, the print style sheet
/// (A4, page numbers, tables within the page), `record` (safe HTML) as the running footer of
/// every printed page, then `body`.
std::string document(Language language, std::string_view title, std::string_view record,
                     std::string_view body);

/// `code` — escaped label, or just the code element when the label adds nothing.
std::string labelled(const std::string& id, const Text& label, Language language);
/// The REASONING section; `detail` Full adds the condition trees and the validity date.
void write_findings(Writer& out, const Decision& decision, Detail detail);
/// The WHY-NOT section (only called when a target was asked for).
void write_why_not(Writer& out, const Decision& decision);
/// A rule reference: `id` — title (`file:line`).
std::string rule_ref(const RuleRef& rule, Language language);
/// One citation in bold — its regulation, with the not-in-force and inferred markers.
std::string citation_item(const CitationRef& citation, Language language);
/// One value seen: `name` = `value` (label) — origin `place`.
std::string value_item(const ValueSeen& value, Language language);
/// A condition tree as nested list items from `depth`; with `failed_only`, true nodes are
/// left out.
void write_conditions(Writer& out, std::size_t depth, const std::vector<ConditionTrace>& nodes,
                      bool failed_only);

}  // namespace netral::rendering::html
