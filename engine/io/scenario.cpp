// SPDX-License-Identifier: Apache-2.0
// Reads a scenario file strictly, in the manner of the `expect` block (cases/expectation.cpp):
// known keys only, a did-you-mean for a misspelt one, the kind of every value, parameter names
// and values and dates checked against the rule set. Paths and values of changes are not
// checked here: resolve_changes() checks them against the base incident, and the caller maps
// its diagnostics back into this file with map_change_span().
#include "io/scenario.hpp"

#include <algorithm>
#include <set>

#include "base/suggest.hpp"
#include "check/date.hpp"
#include "io/codes.hpp"
#include "io/param_choice.hpp"

namespace netral::io {

namespace ir = check::ir;

namespace {

/// The keys of a scenario and of a variant, in the order docs/whatif.md lists them.
const std::vector<std::string> kScenarioKeys = {"scenario", "base", "as_of", "params", "variants"};
const std::vector<std::string> kVariantKeys = {"name", "set", "unset", "as_of", "params"};

std::string quote(std::string_view text) { return "`" + std::string(text) + "`"; }

base::Message describe(const Node& node) {
    switch (node.kind) {
        case NodeKind::Map:
            return base::msg("word.io.a_map");
        case NodeKind::Sequence:
            return base::msg("word.io.a_list");
        case NodeKind::Null:
            return base::msg("word.io.nothing");
        case NodeKind::Scalar:
            return base::msg("word.io.the_text", quote(node.text));
    }
    return base::msg("word.io.a_value");
}

/// One reading of one scenario file.
class Reader {
public:
    Reader(const ir::Program& program, const Document& document, std::string_view text,
           base::DiagnosticSink& sink)
        : program_(program), document_(document), text_(text), sink_(sink) {}

    std::optional<ScenarioSpec> read(const Node& root) {
        ScenarioSpec out;
        const Entry* title = nullptr;
        const Entry* base = nullptr;
        const Entry* variants = nullptr;
        for (const Entry& entry : root.entries) {
            const Node& value = document_.node(entry.value);
            if (entry.key == "scenario") {
                title = &entry;
                if (auto text = scalar("scenario", value, "word.io.a_title")) out.title = *text;
            } else if (entry.key == "base") {
                base = &entry;
                if (auto text = scalar("base", value, "word.io.a_path")) {
                    out.base = *text;
                    out.base_span = value.span;
                }
            } else if (entry.key == "as_of") {
                if (auto date = as_of(value)) out.as_of = *date;
            } else if (entry.key == "params") {
                out.params = params(value);
            } else if (entry.key == "variants") {
                variants = &entry;
                read_variants(value, out.variants);
            } else {
                unknown_key(entry, kScenarioKeys, "word.io.a_scenario");
            }
        }
        base::Span top{root.span.file, root.span.begin, root.span.begin};
        if (title == nullptr) missing(top, "scenario", "E6052.hint_title");
        if (base == nullptr) missing(top, "base", "E6052.hint_base");
        if (variants == nullptr) missing(top, "variants", "E6052.hint_variants");
        if (errors_ > 0) return std::nullopt;
        return out;
    }

private:
    /// `what` is the catalogue key of what the value should be.
    void wrong(std::string_view key, const Node& node, std::string_view what) {
        ++errors_;
        sink_.error(
            codes::kScenarioWrongShape, node.span,
            base::msg(codes::kScenarioWrongShape, quote(key), base::word(what), describe(node)));
    }

    /// `hint` is the catalogue key of the hint saying what to add.
    void missing(base::Span at, std::string_view key, std::string_view hint) {
        ++errors_;
        sink_
            .error(codes::kScenarioMissingKey, at,
                   base::msg(codes::kScenarioMissingKey, quote(key)))
            .hint = base::msg(hint);
    }

    /// `where` is the catalogue key of the map's name ("a scenario").
    void unknown_key(const Entry& entry, const std::vector<std::string>& keys,
                     std::string_view where) {
        ++errors_;
        auto& d =
            sink_.error(codes::kScenarioUnknownKey, entry.key_span,
                        base::msg(codes::kScenarioUnknownKey, quote(entry.key), base::word(where)));
        d.hint = base::did_you_mean(entry.key, keys);
        if (d.hint.empty()) d.hint = base::msg("hint.io.keys_are", quoted_list(keys));
    }

    std::optional<std::string> scalar(std::string_view key, const Node& node,
                                      std::string_view what) {
        if (node.kind == NodeKind::Scalar && !node.text.empty()) return node.text;
        wrong(key, node, what);
        return std::nullopt;
    }

    std::optional<std::string> as_of(const Node& node) {
        auto text = scalar("as_of", node, "word.io.a_date");
        if (!text) return std::nullopt;
        if (ir::parse_date(*text)) return text;
        ++errors_;
        sink_
            .error(codes::kScenarioBadDate, node.span,
                   base::msg(codes::kScenarioBadDate, quote(*text)))
            .hint = base::msg("E6055.hint");
        return std::nullopt;
    }

    /// `name: value` pairs, each a declared parameter and one of its values.
    std::vector<std::pair<std::string, std::string>> params(const Node& node) {
        std::vector<std::pair<std::string, std::string>> out;
        if (node.kind != NodeKind::Map) {
            wrong("params", node, "word.io.a_param_map");
            return out;
        }
        for (const Entry& entry : node.entries) {
            const Node& value = document_.node(entry.value);
            if (value.kind != NodeKind::Scalar) {
                wrong(entry.key, value, "word.io.a_param_value");
                continue;
            }
            check_param(entry, value);
            out.emplace_back(entry.key, value.text);
        }
        return out;
    }

    void check_param(const Entry& name, const Node& value) {
        if (!check_param_choice(program_, sink_, codes::kScenarioUnknownParam, name.key,
                                name.key_span, value.text, value.span)) {
            ++errors_;
        }
    }

    void read_variants(const Node& node, std::vector<ScenarioVariantSpec>& out) {
        if (node.kind != NodeKind::Sequence || node.items.empty()) {
            wrong("variants", node, "word.io.a_variant_list");
            return;
        }
        std::set<std::string> names;
        std::vector<base::Span> first_spans;
        for (NodeId id : node.items) {
            const Node& item = document_.node(id);
            if (item.kind != NodeKind::Map) {
                wrong("variants", item, "word.io.a_map_list");
                continue;
            }
            ScenarioVariantSpec variant = read_variant(item);
            if (variant.name.empty()) continue;
            auto same = std::find_if(out.begin(), out.end(),
                                     [&](const auto& v) { return v.name == variant.name; });
            if (same != out.end()) {
                ++errors_;
                auto& d = sink_.error(codes::kDuplicateVariant, variant.name_span,
                                      base::msg(codes::kDuplicateVariant, quote(variant.name)));
                d.notes.push_back({same->name_span, base::msg("E6053.note")});
                d.hint = base::msg("E6053.hint");
                continue;
            }
            out.push_back(std::move(variant));
        }
    }

    ScenarioVariantSpec read_variant(const Node& map) {
        ScenarioVariantSpec out;
        bool changes_something = false;
        bool has_name = false;
        for (const Entry& entry : map.entries) {
            const Node& value = document_.node(entry.value);
            if (entry.key == "name") {
                has_name = true;
                if (auto text = scalar("name", value, "word.io.a_variant_name")) {
                    out.name = *text;
                    out.name_span = value.span;
                }
            } else if (entry.key == "set") {
                changes_something = true;
                read_set(value, out.changes);
            } else if (entry.key == "unset") {
                changes_something = true;
                read_unset(value, out.changes);
            } else if (entry.key == "as_of") {
                changes_something = true;
                out.as_of = as_of(value);
            } else if (entry.key == "params") {
                changes_something = true;
                out.params = params(value);
            } else {
                // A misspelt `set` is the likelier mistake than a variant without changes.
                changes_something = true;
                unknown_key(entry, kVariantKeys, "word.io.a_variant");
            }
        }
        base::Span top{map.span.file, map.span.begin, map.span.begin};
        if (!has_name) {
            ++errors_;
            sink_.error(codes::kScenarioMissingKey, top, base::msg("E6052.variant_name")).hint =
                base::msg("E6052.hint_name");
        } else if (!changes_something && !out.name.empty()) {
            ++errors_;
            sink_
                .error(codes::kEmptyVariant, out.name_span,
                       base::msg(codes::kEmptyVariant, quote(out.name)))
                .hint = base::msg("E6057.hint");
        }
        // Labels name the change in the trail: `no-official-car: set #1`.
        std::size_t sets = 0;
        std::size_t unsets = 0;
        for (ScenarioChange& change : out.changes) {
            bool set = change.text.value.has_value();
            change.text.label = out.name + ": " + (set ? "set #" : "unset #") +
                                std::to_string(set ? ++sets : ++unsets);
        }
        return out;
    }

    /// Where `decoded` is inside `span`: 0 when written verbatim, 1 when quoted, else kNotExact.
    std::uint32_t skip(base::Span span, const std::string& decoded) const {
        if (span.end > text_.size() || span.begin > span.end) return kNotExact;
        std::string_view written = text_.substr(span.begin, span.end - span.begin);
        if (written == decoded) return 0;
        if (written.size() == decoded.size() + 2 && (written[0] == '"' || written[0] == '\'') &&
            written.substr(1, decoded.size()) == decoded) {
            return 1;
        }
        return kNotExact;
    }

    /// `set: { PATH: VALUE, … }`: a value is a scalar, or a list of scalars for a set value.
    void read_set(const Node& node, std::vector<ScenarioChange>& out) {
        if (node.kind != NodeKind::Map || node.entries.empty()) {
            wrong("set", node, "word.io.a_set_map");
            return;
        }
        for (const Entry& entry : node.entries) {
            const Node& value = document_.node(entry.value);
            ScenarioChange change;
            change.text.path = entry.key;
            change.path_span = entry.key_span;
            change.path_skip = skip(entry.key_span, entry.key);
            change.value_span = value.span;
            if (value.kind == NodeKind::Scalar) {
                change.text.value = value.text;
                change.value_skip = skip(value.span, value.text);
            } else if (value.kind == NodeKind::Sequence) {
                std::string joined;
                bool scalars = true;
                for (NodeId id : value.items) {
                    const Node& item = document_.node(id);
                    scalars = scalars && item.kind == NodeKind::Scalar;
                    joined += (joined.empty() ? "" : ", ") + item.text;
                }
                if (!scalars) {
                    wrong(entry.key, value, "word.io.a_set_value");
                    continue;
                }
                change.text.value = "[" + joined + "]";
                change.value_skip = kNotExact;
            } else if (value.kind == NodeKind::Null) {
                ++errors_;
                sink_
                    .error(codes::kScenarioWrongShape, entry.key_span,
                           base::msg("E6051.no_value", quote(entry.key)))
                    .hint = base::msg("E6051.hint_unset");
                continue;
            } else {
                wrong(entry.key, value, "word.io.a_change_value");
                continue;
            }
            out.push_back(std::move(change));
        }
    }

    /// `unset: [PATH, …]`.
    void read_unset(const Node& node, std::vector<ScenarioChange>& out) {
        if (node.kind != NodeKind::Sequence || node.items.empty()) {
            wrong("unset", node, "word.io.a_path_list");
            return;
        }
        for (NodeId id : node.items) {
            const Node& item = document_.node(id);
            if (item.kind != NodeKind::Scalar) {
                wrong("unset", item, "word.io.a_path_list_short");
                continue;
            }
            ScenarioChange change;
            change.text.path = item.text;
            change.path_span = item.span;
            change.path_skip = skip(item.span, item.text);
            out.push_back(std::move(change));
        }
    }

    const ir::Program& program_;
    const Document& document_;
    std::string_view text_;  ///< the scenario file's text (for exact change spans)
    base::DiagnosticSink& sink_;
    std::size_t errors_ = 0;  ///< errors reported by this reader
};

}  // namespace

std::optional<ScenarioSpec> read_scenario(const ir::Program& program, const Document& document,
                                          base::FileId file, std::string_view text,
                                          base::DiagnosticSink& sink) {
    std::size_t errors = sink.error_count();
    if (document.nodes.empty() || document.node(document.root).kind != NodeKind::Map) {
        base::Span at{file, 0, 0};
        if (!document.nodes.empty()) at = document.node(document.root).span;
        sink.error(codes::kScenarioWrongShape, at, base::msg("E6051.not_map")).hint =
            base::msg("E6051.hint_start");
        return std::nullopt;
    }
    Reader reader(program, document, text, sink);
    auto out = reader.read(document.node(document.root));
    if (sink.error_count() != errors) return std::nullopt;
    return out;
}

base::Span map_change_span(const ScenarioChange& change, std::uint32_t offset,
                           std::uint32_t length) {
    auto path_size = static_cast<std::uint32_t>(change.text.path.size());
    auto into = [&](base::Span whole, std::uint32_t skip, std::uint32_t at) {
        if (skip == kNotExact) return whole;
        std::uint32_t begin = std::min(whole.begin + skip + at, whole.end);
        return base::Span{whole.file, begin, std::min(begin + length, whole.end)};
    };
    if (offset < path_size || !change.text.value) {
        return into(change.path_span, change.path_skip, std::min(offset, path_size));
    }
    return into(change.value_span, change.value_skip,
                offset > path_size ? offset - path_size - 1 : 0);
}

}  // namespace netral::io
