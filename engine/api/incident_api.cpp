// SPDX-License-Identifier: Apache-2.0
// The public incident API (include/netral/evaluate.hpp): load_incident() over engine/io, and
// FactsBuilder over io::HostFacts, which writes host values straight into slots and leaves any
// error to the same binder as files, so host-built facts are validated exactly like files
// (their origins are Host, not Given).
#include <atomic>
#include <optional>
#include <utility>

#include "api/front_end.hpp"
#include "api/impl.hpp"
#include "api/usage.hpp"
#include "base/public_diagnostic.hpp"
#include "io/bind.hpp"
#include "io/document.hpp"
#include "io/document_text.hpp"
#include "io/host_facts.hpp"
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
// FactsBuilder: values staged into slots by io::HostFacts; finish() lays them out, or, when
// something is wrong, binds the same operations as a document so the diagnostics are a file's.

struct FactsBuilder::Impl {
    std::shared_ptr<const RuleSet> rules;    ///< the vocabulary
    std::optional<io::HostFacts> staged;     ///< what was built so far (none without rules)
    bool spent = false;                      ///< finish() ran since the last reset()
    /// The facts finish() returned last; their storage is reused once nobody else holds them.
    std::shared_ptr<Facts> last;

    io::HostKey key(std::string_view name) const { return {io::HostKey::kByName, name}; }
    io::HostKey key(const FactsBuilder* self, Field field) const;
};

io::HostKey FactsBuilder::Impl::key(const FactsBuilder* self, Field field) const {
    // A default-made handle, or one of another builder, names no key at all.
    if (field.owner_ != self) return {io::HostKey::kByName, {}};
    return {field.index_, {}};
}

FactsBuilder::FactsBuilder(std::shared_ptr<const RuleSet> rules)
    : impl_(std::make_unique<Impl>()) {
    impl_->rules = std::move(rules);
    if (impl_->rules) {
        const RuleSetState& rs = state(*impl_->rules);
        impl_->staged.emplace(rs.program, rs.layout);
    }
}

FactsBuilder::~FactsBuilder() = default;

FactsBuilder::Field FactsBuilder::field(std::string_view path) {
    if (!impl_->staged) return {};
    return Field(this, impl_->staged->resolve(path));
}

FactsBuilder::Record FactsBuilder::top() { return Record(this, io::HostFacts::kTop); }

void FactsBuilder::reset() {
    if (impl_->staged) impl_->staged->reset();
    impl_->spent = false;
}

// Each setter stages its value; a builder without rules takes nothing (finish() says why).
FactsBuilder::Record& FactsBuilder::Record::text(std::string_view field, std::string_view value) {
    Impl& impl = *builder_->impl_;
    if (impl.staged) impl.staged->set_text(node_, impl.key(field), value);
    return *this;
}

FactsBuilder::Record& FactsBuilder::Record::text(Field field, std::string_view value) {
    Impl& impl = *builder_->impl_;
    if (impl.staged) impl.staged->set_text(node_, impl.key(builder_, field), value);
    return *this;
}

// Dates, enum values and ladder steps are texts as a JSON incident writes them; the field's
// type decides how they are read.
FactsBuilder::Record& FactsBuilder::Record::date(std::string_view field, std::string_view value) {
    return text(field, value);
}

FactsBuilder::Record& FactsBuilder::Record::date(Field field, std::string_view value) {
    return text(field, value);
}

FactsBuilder::Record& FactsBuilder::Record::value(std::string_view field,
                                                  std::string_view value) {
    return text(field, value);
}

FactsBuilder::Record& FactsBuilder::Record::value(Field field, std::string_view value) {
    return text(field, value);
}

FactsBuilder::Record& FactsBuilder::Record::boolean(std::string_view field, bool value) {
    Impl& impl = *builder_->impl_;
    if (impl.staged) impl.staged->set_bool(node_, impl.key(field), value);
    return *this;
}

FactsBuilder::Record& FactsBuilder::Record::boolean(Field field, bool value) {
    Impl& impl = *builder_->impl_;
    if (impl.staged) impl.staged->set_bool(node_, impl.key(builder_, field), value);
    return *this;
}

FactsBuilder::Record& FactsBuilder::Record::integer(std::string_view field, std::int64_t value) {
    Impl& impl = *builder_->impl_;
    if (impl.staged) impl.staged->set_int(node_, impl.key(field), value);
    return *this;
}

FactsBuilder::Record& FactsBuilder::Record::integer(Field field, std::int64_t value) {
    Impl& impl = *builder_->impl_;
    if (impl.staged) impl.staged->set_int(node_, impl.key(builder_, field), value);
    return *this;
}

FactsBuilder::Record FactsBuilder::Record::record(std::string_view field) {
    Impl& impl = *builder_->impl_;
    if (!impl.staged) return *this;
    return Record(builder_, impl.staged->record(node_, impl.key(field)));
}

FactsBuilder::Record FactsBuilder::Record::record(Field field) {
    Impl& impl = *builder_->impl_;
    if (!impl.staged) return *this;
    return Record(builder_, impl.staged->record(node_, impl.key(builder_, field)));
}

FactsBuilder::Record FactsBuilder::Record::append(std::string_view field) {
    Impl& impl = *builder_->impl_;
    if (!impl.staged) return *this;
    return Record(builder_, impl.staged->append(node_, impl.key(field)));
}

FactsBuilder::Record FactsBuilder::Record::append(Field field) {
    Impl& impl = *builder_->impl_;
    if (!impl.staged) return *this;
    return Record(builder_, impl.staged->append(node_, impl.key(builder_, field)));
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
    // The last facts' storage, if the host has let go of them; the acquire fence orders our
    // writes after the last reads of the thread that released them.
    std::shared_ptr<Facts>& last = impl_->last;
    if (last && last.use_count() == 1) {
        std::atomic_thread_fence(std::memory_order_acquire);
    } else {
        last = detail::Access::make_mutable(std::make_unique<FactsState>());
    }
    FactsState& facts = detail::Access::state(*last);
    if (impl_->staged->build(facts.incident)) {
        facts.rules = impl_->rules;
        facts.path.clear();
        result.facts = last;
        return result;
    }
    // Something is wrong (or left to the binder): the same operations as a document through
    // the file binder, which reports what an incident file would get.
    last.reset();
    const RuleSetState& rs = state(*impl_->rules);
    base::DiagnosticSink sink(kMaxIncidentErrors);
    facts::Incident out;
    io::Document document = impl_->staged->document();
    // The built tree written as JSON gives diagnostics a place to point at.
    base::FileId file = out.sources.add("<facts builder>", io::write_json(document, 0));
    bool ok = io::check_duplicate_keys(document, sink) &&
              io::bind_document(rs.program, rs.layout, document, file, sink, out);
    facts::number_instances(out);
    return finish_result(impl_->rules, ok, sink, std::move(out), "", language);
}

}  // namespace netral
