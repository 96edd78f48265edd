// SPDX-License-Identifier: Apache-2.0
// Implements not_applied.hpp. A compact line per rule and element, since a rule set examines far
// more rules than apply: `✗ rule — title (file:line) [acts[a1]]: the condition that failed`. The
// values behind each condition are one `--why-not RULE` away.
#include "render/not_applied.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <string>
#include <vector>

#include "render/common.hpp"
#include "render/safe_text.hpp"

namespace netral::rendering {

namespace {

/// The entries that did not apply; those that hold or may hold are findings already.
std::vector<const Finding*> not_applied(const Decision& decision) {
    std::vector<const Finding*> out;
    for (const Finding& f : decision.why_not) {
        if (f.applies == Truth::False) out.push_back(&f);
    }
    return out;
}

/// The first top-level condition that failed (`in force`, the `for … where` filter, `when`):
/// the one that decided, in the order the rule is read.
std::vector<std::string> failed(const Finding& f) {
    for (const ConditionTrace& c : f.conditions) {
        if (c.result == Truth::False) return {c.text};
    }
    return {};
}

}  // namespace

void write_not_applied(html::Writer& out, const Decision& decision) {
    out.heading(2, out.text(Msg::NotApplied));
    std::vector<const Finding*> entries = not_applied(decision);
    if (entries.empty()) out.none();
    for (const Finding* f : entries) {
        std::string line = html::rule_ref(f->rule, out.language());
        if (!f->binding.empty()) line += " (" + html::code(f->binding) + ")";
        std::string conditions;
        for (const std::string& c : failed(*f)) {
            conditions += (conditions.empty() ? "" : "; ") + html::code(c);
        }
        if (!conditions.empty()) line += ": " + conditions;
        out.item(0, line);
    }
}

void write_not_applied(text::Writer& out, const Decision& decision) {
    out.heading(Msg::NotApplied);
    std::vector<const Finding*> entries = not_applied(decision);
    if (entries.empty()) out.none(0);
    for (const Finding* f : entries) {
        std::string line = "✗ " + text::rule_line(f->rule, out.language());
        if (!f->binding.empty()) line += " [" + f->binding + "]";
        std::vector<std::string> conditions = failed(*f);
        if (!conditions.empty()) line += ": " + fmt::format("{}", fmt::join(conditions, "; "));
        out.line(0, one_line(line));
    }
}

void write_not_applied(markdown::Writer& out, const Decision& decision) {
    out.heading(2, out.text(Msg::NotApplied));
    std::vector<const Finding*> entries = not_applied(decision);
    if (entries.empty()) out.none();
    for (const Finding* f : entries) {
        std::string line = markdown::rule_ref(f->rule, out.language());
        if (!f->binding.empty()) line += " (" + md_code(f->binding) + ")";
        std::vector<std::string> conditions;
        for (const std::string& c : failed(*f)) conditions.push_back(md_code(c));
        if (!conditions.empty()) line += ": " + fmt::format("{}", fmt::join(conditions, "; "));
        out.bullet(0, line);
    }
}

}  // namespace netral::rendering
