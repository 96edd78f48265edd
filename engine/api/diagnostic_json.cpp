// SPDX-License-Identifier: Apache-2.0
// to_json(Diagnostic): the one JSON form of a diagnostic (docs/errors.md, "JSON form"). Every
// key is always present — an empty hint is "", a diagnostic without a file has "" and 0s — so a
// consumer reads one fixed shape. Written with the decision's JSON writer, whose escaping is
// fixed by this project rather than by a library version.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "netral/netral.hpp"
#include "render/json_writer.hpp"

namespace netral {

namespace {

namespace json = boost::json;

void put_location(json::object& out, const Location& location) {
    out["file"] = location.file;
    out["line"] = location.line;
    out["column"] = location.column;
    out["end_line"] = location.end_line;
    out["end_column"] = location.end_column;
}

json::object diagnostic_object(const Diagnostic& diagnostic) {
    json::object out;
    out["code"] = diagnostic.code;
    out["severity"] = diagnostic.severity == Severity::Error ? "error" : "warning";
    out["message"] = diagnostic.message;
    put_location(out, diagnostic.location);
    json::array notes;
    for (const DiagnosticNote& note : diagnostic.notes) {
        json::object item;
        item["message"] = note.message;
        put_location(item, note.location);
        notes.emplace_back(std::move(item));
    }
    out["notes"] = std::move(notes);
    out["hint"] = diagnostic.hint;
    return out;
}

/// One line of JSON without write_json()'s closing new line.
std::string one_line(const json::value& value) {
    std::string text = rendering::write_json(value, rendering::JsonLayout::Line);
    if (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
}

}  // namespace

std::string to_json(const Diagnostic& diagnostic) {
    return one_line(diagnostic_object(diagnostic));
}

std::string to_json(const std::vector<Diagnostic>& diagnostics) {
    json::array list;
    for (const Diagnostic& diagnostic : diagnostics)
        list.emplace_back(diagnostic_object(diagnostic));
    return one_line(list);
}

}  // namespace netral
