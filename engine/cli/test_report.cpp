// SPDX-License-Identifier: Apache-2.0
#include "cli/test_report.hpp"

#include <boost/json.hpp>
#include <ostream>
#include <string>

#include "cli/color.hpp"

namespace netral::cli {

namespace {

namespace json = boost::json;

std::size_t count(const std::vector<CaseResult>& cases, CaseStatus status) {
    std::size_t n = 0;
    for (const CaseResult& c : cases) n += c.status == status ? 1 : 0;
    return n;
}

/// The first error of an invalid case, for its one line.
std::string first_error(const CaseResult& c) {
    for (const Diagnostic& d : c.diagnostics) {
        if (d.severity != Severity::Error) continue;
        std::string where = d.location.file.empty()
                                ? std::string()
                                : d.location.file + ":" + std::to_string(d.location.line) + ":" +
                                      std::to_string(d.location.column) + ": ";
        return where + (d.code.empty() ? "" : "[" + d.code + "] ") + d.message;
    }
    return "the case could not be read";
}

std::string place(const Location& location) {
    return location.file + ":" + std::to_string(location.line);
}

const char* status_word(CaseStatus status) {
    switch (status) {
        case CaseStatus::Passed:
            return "passed";
        case CaseStatus::Failed:
            return "failed";
        case CaseStatus::Invalid:
            return "invalid";
    }
    return "invalid";
}

json::array strings(const std::vector<std::string>& items) {
    json::array out;
    for (const std::string& item : items) out.emplace_back(item);
    return out;
}

/// Writes `value` with 2-space indentation, one key or element per line, keys in insertion
/// order (boost::json keeps it), `[]` and `{}` for empty containers.
void write(std::ostream& out, const json::value& value, int indent) {
    std::string pad(static_cast<std::size_t>(indent + 2), ' ');
    if (const json::object* object = value.if_object()) {
        if (object->empty()) {
            out << "{}";
            return;
        }
        out << "{\n";
        bool first = true;
        for (const auto& entry : *object) {
            out << (first ? "" : ",\n") << pad << json::serialize(json::string(entry.key()))
                << ": ";
            write(out, entry.value(), indent + 2);
            first = false;
        }
        out << "\n" << std::string(static_cast<std::size_t>(indent), ' ') << "}";
    } else if (const json::array* array = value.if_array()) {
        if (array->empty()) {
            out << "[]";
            return;
        }
        out << "[\n";
        for (std::size_t i = 0; i < array->size(); ++i) {
            out << (i == 0 ? "" : ",\n") << pad;
            write(out, (*array)[i], indent + 2);
        }
        out << "\n" << std::string(static_cast<std::size_t>(indent), ' ') << "]";
    } else {
        out << json::serialize(value);
    }
}

}  // namespace

void print_test_text(std::ostream& out, const std::vector<CaseResult>& cases,
                     const CoverageReport* coverage, bool color) {
    for (const CaseResult& c : cases) {
        if (c.status == CaseStatus::Passed) continue;
        out << red("FAIL", color) << " " << c.path << ": ";
        if (c.status == CaseStatus::Invalid) {
            out << "invalid case: " << first_error(c) << "\n";
            continue;
        }
        for (std::size_t i = 0; i < c.mismatches.size(); ++i) {
            out << (i == 0 ? "" : "; ") << c.mismatches[i];
        }
        out << "; first trail difference: " << c.first_difference << "\n";
    }
    if (coverage != nullptr) {
        const CoverageReport& cov = *coverage;
        out << "coverage: " << cov.rules - cov.uncovered_rules.size() << " of " << cov.rules
            << " rules, " << cov.rows - cov.uncovered_rows.size() << " of " << cov.rows << " rows, "
            << cov.citations - cov.uncovered_citations.size() << " of " << cov.citations
            << " articles exercised";
        if (cov.unobservable > 0) {
            out << " (" << cov.unobservable
                << (cov.unobservable == 1 ? " rule that only sets derived facts is"
                                          : " rules that only set derived facts are")
                << " not counted)";
        }
        out << "\n";
        if (!cov.uncovered_rules.empty()) {
            out << "rules not exercised (" << cov.uncovered_rules.size() << "):\n";
            for (const UncoveredRule& rule : cov.uncovered_rules) {
                out << "  " << rule.id << (rule.row.empty() ? "" : " [" + rule.row + "]") << " "
                    << place(rule.location) << "\n";
            }
        }
        if (!cov.uncovered_rows.empty()) {
            out << "rows not exercised (" << cov.uncovered_rows.size() << "):\n";
            for (const std::string& row : cov.uncovered_rows) out << "  " << row << "\n";
        }
        if (!cov.uncovered_citations.empty()) {
            out << "articles not cited by an exercised rule (" << cov.uncovered_citations.size()
                << "):\n";
            for (const std::string& text : cov.uncovered_citations) out << "  " << text << "\n";
        }
    }
    out << count(cases, CaseStatus::Passed) << " passed, "
        << cases.size() - count(cases, CaseStatus::Passed) << " failed\n";
}

void print_test_json(std::ostream& out, const std::string& rule_set,
                     const std::vector<CaseResult>& cases, const CoverageReport* coverage) {
    json::object root;
    root["rule_set"] = json::parse(rule_set);
    json::array list;
    for (const CaseResult& c : cases) {
        json::object item;
        item["file"] = c.path;
        item["status"] = status_word(c.status);
        item["mismatches"] = strings(c.mismatches);
        item["first_difference"] = c.first_difference;
        json::array diagnostics;
        for (const Diagnostic& d : c.diagnostics) diagnostics.push_back(json::parse(to_json(d)));
        item["diagnostics"] = std::move(diagnostics);
        list.emplace_back(std::move(item));
    }
    root["cases"] = std::move(list);
    std::size_t passed = count(cases, CaseStatus::Passed);
    root["passed"] = passed;
    root["failed"] = cases.size() - passed;
    if (coverage != nullptr) {
        json::object cov;
        cov["rules"] = coverage->rules;
        cov["rows"] = coverage->rows;
        cov["articles"] = coverage->citations;
        cov["unobservable_rules"] = coverage->unobservable;
        json::array rules;
        for (const UncoveredRule& rule : coverage->uncovered_rules) {
            json::object r;
            r["id"] = rule.id;
            r["row"] = rule.row;
            r["file"] = rule.location.file;
            r["line"] = rule.location.line;
            rules.emplace_back(std::move(r));
        }
        cov["uncovered_rules"] = std::move(rules);
        cov["uncovered_rows"] = strings(coverage->uncovered_rows);
        cov["uncovered_articles"] = strings(coverage->uncovered_citations);
        root["coverage"] = std::move(cov);
    }
    write(out, root, 0);
    out << "\n";
}

}  // namespace netral::cli
