// SPDX-License-Identifier: Apache-2.0
// The streaming JSON writer (engine/render/json_stream.hpp) against the tree writer it replaced
// for decisions (json_writer.hpp): the same tokens give the same bytes in both layouts, for
// hand-picked shapes (empty containers, nesting, escapes, malformed UTF-8, integer limits) and
// for the decision of every bundled example, read back as a Boost.JSON tree and written again.
#include <doctest/doctest.h>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <limits>
#include <string>

#include "netral/evaluate.hpp"
#include "render/json_stream.hpp"
#include "render/json_writer.hpp"
#include "render/render_decision.hpp"
#include "rule_sets.hpp"
#include "support.hpp"

namespace {

namespace fs = std::filesystem;
namespace json = boost::json;
using netral::rendering::JsonLayout;
using netral::rendering::JsonStream;
using netral::rendering::write_json;

std::string streamed(const std::function<void(JsonStream&)>& write, JsonLayout layout) {
    std::string out;
    JsonStream j(out, layout);
    write(j);
    j.finish();
    return out;
}

struct Shape {
    const char* name;
    std::function<void(JsonStream&)> write;
    json::value tree;
};

}  // namespace

TEST_CASE("JsonStream writes what write_json writes for the same value, in both layouts") {
    const std::string malformed = std::string("a\xFF") + "b\xC3";
    const Shape shapes[] = {
        {"empty object", [](JsonStream& j) { j.begin_object(); j.end_object(); }, json::object{}},
        {"empty array", [](JsonStream& j) { j.begin_array(); j.end_array(); }, json::array{}},
        {"scalars",
         [](JsonStream& j) {
             j.begin_array();
             j.null();
             j.boolean(true);
             j.boolean(false);
             j.number(std::numeric_limits<std::int64_t>::min());
             j.number(std::numeric_limits<std::uint64_t>::max());
             j.string("");
             j.end_array();
         },
         json::array{nullptr, true, false, std::numeric_limits<std::int64_t>::min(),
                     std::numeric_limits<std::uint64_t>::max(), ""}},
        {"nested empties",
         [](JsonStream& j) {
             j.begin_object();
             j.key("a").begin_array();
             j.end_array();
             j.key("b").begin_object();
             j.end_object();
             j.key("c").begin_array();
             j.begin_object();
             j.end_object();
             j.begin_array();
             j.end_array();
             j.end_array();
             j.end_object();
         },
         json::object{{"a", json::array{}},
                      {"b", json::object{}},
                      {"c", json::array{json::object{}, json::array{}}}}},
        {"escapes",
         [&](JsonStream& j) {
             j.begin_object();
             j.member("controls", "quote\"back\\slash line\nfeed\ttab\x01\x1f\x7f");
             j.member("utf8", "Pasal 5 huruf a — é 😀");
             j.member("malformed", malformed);
             j.end_object();
         },
         json::object{{"controls", "quote\"back\\slash line\nfeed\ttab\x01\x1f\x7f"},
                      {"utf8", "Pasal 5 huruf a — é 😀"},
                      {"malformed", malformed}}},
        {"deep",
         [](JsonStream& j) {
             j.begin_object();
             j.key("x").begin_object();
             j.key("y").begin_array();
             j.number(std::int64_t{1});
             j.begin_object();
             j.member("z", false);
             j.end_object();
             j.end_array();
             j.end_object();
             j.member("w", "v");
             j.end_object();
         },
         json::object{{"x", json::object{{"y", json::array{1, json::object{{"z", false}}}}}},
                      {"w", "v"}}},
    };
    for (const Shape& shape : shapes) {
        CAPTURE(shape.name);
        CHECK(streamed(shape.write, JsonLayout::Indented) == write_json(shape.tree));
        CHECK(streamed(shape.write, JsonLayout::Line) == write_json(shape.tree, JsonLayout::Line));
    }
}

TEST_CASE("every example's decision streams to the bytes its tree writes, in both layouts") {
    const fs::path examples = fs::path(NETRAL_RULES_DIR).parent_path() / "examples";
    netral::EvalOptions options;
    options.as_of = "2024-06-01";
    options.trail = true;
    int seen = 0;
    for (const fs::directory_entry& entry : fs::directory_iterator(examples)) {
        if (entry.path().extension() != ".yaml") continue;
        netral::IncidentResult incident = netral::load_incident(
            netral::testing::bundled_rules(),
            {entry.path().string(), netral::testing::read_file(entry.path())});
        if (!incident.ok()) continue;  // examples that test diagnostics
        netral::EvalResult result =
            netral::evaluate(*netral::testing::bundled_rules(), *incident.facts, options);
        if (!result.ok()) continue;
        CAPTURE(entry.path().filename().string());
        std::string indented = netral::rendering::to_json(*result.decision);
        json::value tree = json::parse(indented);
        CHECK(indented == write_json(tree));
        std::string line = netral::rendering::to_json_line(*result.decision);
        CHECK(line == write_json(tree, JsonLayout::Line));
        ++seen;
    }
    CHECK(seen > 50);
}

namespace {

/// The escaping of json_writer.hpp, one byte at a time, as the oracle of the word-at-a-time
/// scan: `"` `\` and control characters escaped, UTF-8 kept, a malformed byte U+FFFD.
std::string quoted_one_byte_at_a_time(std::string_view text) {
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        const char* hex = "0123456789abcdef";
        switch (c) {
            case '"': out += "\\\""; continue;
            case '\\': out += "\\\\"; continue;
            case '\b': out += "\\b"; continue;
            case '\f': out += "\\f"; continue;
            case '\n': out += "\\n"; continue;
            case '\r': out += "\\r"; continue;
            case '\t': out += "\\t"; continue;
        }
        if (c < 0x20 || c == 0x7F) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        } else if (c == 0xC3 && i + 1 < text.size() &&
                   (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
            out += text.substr(i, 2);  // the only multi-byte sequence the cases below use
            ++i;
        } else if (c >= 0x80) {
            out += "\xEF\xBF\xBD";
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

}  // namespace

TEST_CASE("append_quoted escapes a special byte at every offset of the 8-byte scan") {
    const std::string specials[] = {std::string(1, '\0'), "\x01", "\x1f", "\"", "\\", "\x7f",
                                    "\n", "\xC3\xA9", "\xFF", "\xC3", " ", "~"};
    for (const std::string& special : specials) {
        for (std::size_t at = 0; at <= 20; ++at) {
            std::string text = std::string(at, 'a') + special + std::string(20 - at, 'b');
            std::string out;
            netral::rendering::append_quoted(out, text);
            CAPTURE(at);
            CAPTURE(static_cast<int>(static_cast<unsigned char>(special[0])));
            CHECK(out == quoted_one_byte_at_a_time(text));
        }
    }
}
