// SPDX-License-Identifier: Apache-2.0
// The public incident API (include/netral/evaluate.hpp): load_incident() over engine/io, and
// FactsBuilder, which builds the same document tree as the readers and runs the same binder, so
// host-built facts are validated exactly like files (their origins are Host, not Given).
#include <utility>

#include "api/front_end.hpp"
#include "api/impl.hpp"
#include "api/usage.hpp"
#include "base/public_diagnostic.hpp"
#include "io/bind.hpp"
#include "io/document.hpp"
#include "io/document_text.hpp"
#include "io/load_incident.hpp"

namespace netral {

namespace {

/// Fills the public result from a sink, and the facts when loading succeeded.
IncidentResult finish_result(std::shared_ptr<const RuleSet> rules, bool ok,
                             const base::DiagnosticSink& sink, facts::Incident incident,
                             std::string path, Language language) {
    std::vector<base::Diagnostic> sorted = sink.sorted();
    IncidentResult result;
    result.diagnostics = base::to_public(sorted, incident.sources, language);
    result.text = base::render_text(sorted, incident.sources, language, false);
    if (!ok) return result;
    auto impl = std::make_unique<FactsState>();
    impl->rules = std::move(rules);
    impl->incident = std::move(incident);
    impl->path = std::move(path);
    result.facts = detail::Access::make(std::move(impl));
    return result;
}

/// The sink limit for incident diagnostics.
constexpr std::size_t kMaxIncidentErrors = 100;

}  // namespace

Facts::Facts(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Facts::~Facts() = default;

IncidentResult load_incident(std::shared_ptr<const RuleSet> rules, const Source& incident,
                             IncidentFormat format, const IncidentLimits& limits,
                             Language language) {
    IncidentResult result;
    if (!rules) {
        result.diagnostics.push_back(api::no_rule_set("load_incident", language));
        result.text = base::usage_text(result.diagnostics, language);
        return result;
    }
    io::Limits io_limits = to_io_limits(limits);
    io::Format io_format = format == IncidentFormat::Json   ? io::Format::Json
                           : format == IncidentFormat::Yaml ? io::Format::Yaml
                                                            : io::Format::Auto;
    const RuleSetState& rs = state(*rules);
    base::DiagnosticSink sink(kMaxIncidentErrors);
    facts::Incident out;
    bool ok = io::load_incident(rs.program, rs.layout, incident.path, incident.text, io_format,
                                io_limits, sink, out);
    return finish_result(std::move(rules), ok, sink, std::move(out), incident.path, language);
}

// ---------------------------------------------------------------------------------------------
// FactsBuilder: records are map nodes of an io::Document; finish() binds it.

struct FactsBuilder::Impl {
    std::shared_ptr<const RuleSet> rules;  ///< the vocabulary
    io::Document document;                 ///< what was built so far; the root is a map
    bool spent = false;                    ///< finish() ran

    /// Adds a node and returns its id.
    std::uint32_t add(io::Node node) {
        document.nodes.push_back(std::move(node));
        return static_cast<std::uint32_t>(document.nodes.size() - 1);
    }
    /// Adds `field: value` to map `map`.
    std::uint32_t put(std::uint32_t map, const std::string& field, io::Node value) {
        std::uint32_t id = add(std::move(value));
        document.nodes[map].entries.push_back({field, {}, id});
        return id;
    }
    static io::Node scalar(std::string text, io::ScalarStyle style) {
        io::Node node;
        node.kind = io::NodeKind::Scalar;
        node.text = std::move(text);
        node.style = style;
        return node;
    }
    static io::Node container(io::NodeKind kind) {
        io::Node node;
        node.kind = kind;
        return node;
    }
};

FactsBuilder::FactsBuilder(std::shared_ptr<const RuleSet> rules)
    : impl_(std::make_unique<Impl>()) {
    impl_->rules = std::move(rules);
    impl_->add(Impl::container(io::NodeKind::Map));
    impl_->document.root = 0;
}

FactsBuilder::~FactsBuilder() = default;

FactsBuilder::Record FactsBuilder::top() { return Record(this, impl_->document.root); }

FactsBuilder::Record& FactsBuilder::Record::text(const std::string& field,
                                                 const std::string& value) {
    builder_->impl_->put(node_, field, Impl::scalar(value, io::ScalarStyle::Quoted));
    return *this;
}

FactsBuilder::Record& FactsBuilder::Record::boolean(const std::string& field, bool value) {
    builder_->impl_->put(node_, field,
                         Impl::scalar(value ? "true" : "false", io::ScalarStyle::Plain));
    return *this;
}

FactsBuilder::Record& FactsBuilder::Record::integer(const std::string& field, std::int64_t value) {
    builder_->impl_->put(node_, field, Impl::scalar(std::to_string(value), io::ScalarStyle::Plain));
    return *this;
}

FactsBuilder::Record& FactsBuilder::Record::date(const std::string& field,
                                                 const std::string& value) {
    return text(field, value);
}

FactsBuilder::Record& FactsBuilder::Record::value(const std::string& field,
                                                  const std::string& value) {
    return text(field, value);
}

FactsBuilder::Record FactsBuilder::Record::record(const std::string& field) {
    std::uint32_t id = builder_->impl_->put(node_, field, Impl::container(io::NodeKind::Map));
    return Record(builder_, id);
}

FactsBuilder::Record FactsBuilder::Record::append(const std::string& field) {
    Impl& impl = *builder_->impl_;
    std::uint32_t list = 0;
    bool found = false;
    for (const io::Entry& entry : impl.document.nodes[node_].entries) {
        if (entry.key == field && impl.document.nodes[entry.value].kind == io::NodeKind::Sequence) {
            list = entry.value;
            found = true;
        }
    }
    if (!found) list = impl.put(node_, field, Impl::container(io::NodeKind::Sequence));
    std::uint32_t item = impl.add(Impl::container(io::NodeKind::Map));
    impl.document.nodes[list].items.push_back(item);
    return Record(builder_, item);
}

IncidentResult FactsBuilder::finish(Language language) {
    IncidentResult result;
    if (impl_->spent) {
        result.diagnostics.push_back(base::usage_error(api::codes::kBuilderSpent,
                                                       base::msg(api::codes::kBuilderSpent),
                                                       base::msg("E7013.hint"), language));
    } else if (!impl_->rules) {
        result.diagnostics.push_back(api::no_rule_set("FactsBuilder", language));
    }
    if (!result.diagnostics.empty()) {
        result.text = base::usage_text(result.diagnostics, language);
        return result;
    }
    impl_->spent = true;
    const RuleSetState& rs = state(*impl_->rules);
    base::DiagnosticSink sink(kMaxIncidentErrors);
    facts::Incident out;
    // The built tree written as JSON gives diagnostics a place to point at.
    const std::string path = "<facts builder>";
    std::string text = io::write_json(impl_->document, 0);
    base::FileId file = out.sources.add(path, std::move(text));
    impl_->document.host = true;
    impl_->document.json = true;  // typed like JSON: a text is never a boolean or a number
    bool ok = io::check_duplicate_keys(impl_->document, sink) &&
              io::bind_document(rs.program, rs.layout, impl_->document, file, sink, out);
    facts::number_instances(out);
    return finish_result(std::move(impl_->rules), ok, sink, std::move(out), "", language);
}

}  // namespace netral
