// SPDX-License-Identifier: Apache-2.0
// Evaluation: compile a rule set once, build the facts of an incident (from YAML or JSON text,
// or programmatically), evaluate them into a Decision, render it. Only standard-library types
// appear here.
//
// Thread safety and ownership, in short: a RuleSet is immutable and shared through
// std::shared_ptr<const RuleSet>; any number of threads may evaluate against one RuleSet at once.
// A Facts value is immutable once built and keeps its RuleSet alive; it may be evaluated from
// several threads at once. A FactsBuilder is a single-threaded, mutable object.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "netral/decision.hpp"
#include "netral/language.hpp"
#include "netral/netral.hpp"

namespace netral {

class RuleSet;
class Facts;

namespace detail {
/// The engine's way to the state behind RuleSet, Facts and ChangeSet; defined inside the engine
/// (engine/api/impl.hpp) and of no use to a host.
struct Access;
}  // namespace detail

/// The result of compiling a rule set: the rule set, or the diagnostics that prevent it. Warnings
/// may accompany a rule set.
struct CompileResult {
    std::shared_ptr<const RuleSet> rules;  ///< null when an error was found
    std::vector<Diagnostic> diagnostics;   ///< sorted: file, position, severity, code
    std::string text;                      ///< the diagnostics rendered with carets
    /// A rule set was made; false exactly when `diagnostics` holds an error.
    bool ok() const { return rules != nullptr; }
};

/// Parses, checks and compiles a rule set given as in-memory files into an evaluation plan. The
/// sources are copied. Never throws for bad input; only std::bad_alloc escapes. Thread-safe.
CompileResult compile_rules(const std::vector<Source>& sources, const CheckOptions& options = {});

/// A compiled rule set: the checked program, its evaluation plan and its identity. Immutable.
class RuleSet {
public:
    const std::string& name() const;
    const std::string& version() const;
    /// "sha256:<hex>" over the rule files in path order (path, NUL, text, NUL for each).
    const std::string& digest() const;
    /// Number of rules (each version counts).
    std::size_t rule_count() const;
    ~RuleSet();

private:
    friend struct detail::Access;
    struct Impl;  ///< engine-side state
    explicit RuleSet(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

/// Bounds on incident input; going over one is a diagnostic with the place in the file.
struct IncidentLimits {
    std::size_t max_bytes = 4 << 20;     ///< file size
    std::size_t max_depth = 32;          ///< nesting of maps and sequences
    std::size_t max_nodes = 200000;      ///< scalars, maps and sequences together
    std::size_t max_list_items = 10000;  ///< items of one list
    std::size_t max_text_bytes = 65536;  ///< one text value
};

/// How the incident text is written.
enum class IncidentFormat {
    Auto,  ///< JSON when the first non-blank character is `{`, otherwise YAML
    Yaml,
    Json,
};

/// The result of reading an incident: its facts, or the diagnostics that make it invalid.
struct IncidentResult {
    std::shared_ptr<const Facts> facts;   ///< null when the incident is invalid
    std::vector<Diagnostic> diagnostics;  ///< errors (and warnings) with file:line:col
    std::string text;                     ///< the diagnostics rendered with carets
    /// Facts were made; false exactly when `diagnostics` holds an error.
    bool ok() const { return facts != nullptr; }
};

/// Reads one incident against the vocabulary the rule set declares: unknown keys, wrong types,
/// bad dates, undeclared enum values and missing required keys are errors (with a did-you-mean);
/// absent optional facts take their declared default or stay unknown. A null `rules` is an error
/// (E7010). Never throws for bad input. Thread-safe. The diagnostics are in `language`.
IncidentResult load_incident(std::shared_ptr<const RuleSet> rules, const Source& incident,
                             IncidentFormat format = IncidentFormat::Auto,
                             const IncidentLimits& limits = {},
                             Language language = Language::Indonesian);

/// The facts of one incident, bound to the rule set whose vocabulary they follow. Immutable.
class Facts {
public:
    ~Facts();

private:
    friend struct detail::Access;
    struct Impl;  ///< engine-side state
    explicit Facts(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

/// Builds facts without any text: each value is checked and converted when it is set and
/// written into its slot; finish() lays the records out. Nothing is printed or parsed, except
/// when something is wrong: then finish() reports exactly the diagnostics an incident file with
/// the same content would get (written as JSON, `<facts builder>`, for a line to point at).
/// Values have origin `host`; nothing in the trail points into a file.
///
/// Fields are named either by a name on the record being filled, looked up at each call, or by
/// a Field handle resolved once with field(), which is the fast way for hosts that build many
/// incidents. A wrong name or type is an error reported by finish().
///
/// One builder builds one incident at a time: finish() spends it, reset() readies it for the
/// next. After the first incident, building another of the same shape allocates nothing when
/// the host has let go of the previous facts (their storage is reused).
///
/// Not thread-safe: use one builder per thread. The facts it returns are immutable and may be
/// shared like any others.
class FactsBuilder {
public:
    /// A field resolved once by its path: a fact, then fields of its record type, joined by
    /// dots (`id`, `person.status`, `acts.kind`). Used on a record of another type, it is looked
    /// up there by its last name, like a name. A path that names nothing, or a default-made
    /// handle, is an unknown key (E6021) when used. Valid with the builder that made it, across
    /// reset(). Trivially copyable.
    class Field {
    public:
        Field() = default;

    private:
        friend class FactsBuilder;
        Field(const FactsBuilder* owner, std::uint32_t index) : owner_(owner), index_(index) {}
        const FactsBuilder* owner_ = nullptr;  ///< the builder whose table `index_` is in
        std::uint32_t index_ = 0;              ///< the resolved path in that table
    };

    /// A record being filled: the incident's top level, `person`, an act, a history entry.
    /// Valid until the builder's next reset() or its destruction.
    class Record {
    public:
        Record& text(std::string_view field, std::string_view value);
        Record& text(Field field, std::string_view value);
        Record& boolean(std::string_view field, bool value);
        Record& boolean(Field field, bool value);
        /// Incidents count things: a negative number is an error (E6027).
        Record& integer(std::string_view field, std::int64_t value);
        Record& integer(Field field, std::int64_t value);
        /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
        Record& date(std::string_view field, std::string_view value);
        Record& date(Field field, std::string_view value);
        /// An enum value or a ladder step (`pns`, `medium.allowance_cut_6m`), by its id.
        Record& value(std::string_view field, std::string_view value);
        Record& value(Field field, std::string_view value);
        /// Starts a record-valued field and returns it.
        Record record(std::string_view field);
        Record record(Field field);
        /// Appends an element to a list-of-records field and returns it.
        Record append(std::string_view field);
        Record append(Field field);

    private:
        friend class FactsBuilder;
        Record(FactsBuilder* builder, std::uint32_t node) : builder_(builder), node_(node) {}
        FactsBuilder* builder_;
        std::uint32_t node_;
    };

    explicit FactsBuilder(std::shared_ptr<const RuleSet> rules);
    ~FactsBuilder();
    FactsBuilder(const FactsBuilder&) = delete;
    FactsBuilder& operator=(const FactsBuilder&) = delete;

    /// Resolves `path` once (see Field). Cheap to keep; resolve each path once per builder.
    Field field(std::string_view path);
    /// The incident's top level.
    Record top();
    /// Checks what was built like an incident file (required keys, enum values, dates) and
    /// returns the facts, or the diagnostics. The builder is spent afterwards: a second call
    /// before reset() is an error (E7013), as is a builder made with a null rule set (E7010).
    /// The diagnostics are in `language`.
    IncidentResult finish(Language language = Language::Indonesian);
    /// Forgets what was built, so the builder can build the next incident; Field handles stay
    /// valid, Record objects do not. Keeps every buffer, and the storage of the last facts when
    /// nothing else holds them any more.
    void reset();

private:
    struct Impl;  ///< the incident being staged
    std::unique_ptr<Impl> impl_;
};

/// How evaluate() runs.
struct EvalOptions {
    std::string as_of;  ///< YYYY-MM-DD; empty means today (UTC). Picks the default of `decided`.
    /// Parameter choices, `name` → `value`; unknown names or values are errors.
    std::vector<std::pair<std::string, std::string>> params;
    bool trail = true;  ///< build condition traces and value origins
    /// false: the decision names everything by id only — outcome, tracks, findings (act, rule
    /// id, status, row, track, category, sanction, displaced), referrals (act, rule id,
    /// citation) and review items — without labels, titles, citations of rules, reasons, track
    /// steps or trail (`trail` is then ignored). For hosts that classify many incidents or
    /// compare variants; render() still works but shows ids where labels would be.
    bool describe = true;
    std::string why_not;     ///< a rule id or a category: explain why it was not the result
    /// Without `why_not`: trace every rule that can give a finding, for each element, into
    /// Decision::why_not (its target left empty), so a full rendering can show the rules that
    /// did not apply and why (`netral explain`). Implies `describe`.
    bool examine_all = false;
    /// The language of the usage errors (E7001-E7006) in EvalResult::diagnostics and
    /// check_eval_options(); the decision itself is rendered in any language by render().
    Language language = Language::Indonesian;
    /// Most wall-clock time this one evaluation may take; 0: no limit. The clock is read every
    /// 1,024 steps, so the evaluation stops within a few microseconds of the limit.
    std::chrono::milliseconds time_limit{0};
    /// Most steps this one evaluation may take; 0: no limit. A step is one expression node
    /// evaluated (a comparison, a fact read, a quantifier, each of its operands): the evaluator's
    /// own unit of work, counted over every pass of the evaluation (the stretches of inexact
    /// dates, why-not and examine-all traces). The same facts and options always take the same
    /// number of steps.
    std::uint64_t work_limit = 0;
    /// An end no evaluation passes, shared by the evaluations of one task that makes several
    /// (a what-if, a scenario, an exploration): an evaluation stops at the earlier of it and
    /// `time_limit` (E7006, which names `time_limit`). None by default.
    std::optional<std::chrono::steady_clock::time_point> deadline;
};

/// The result of evaluate(): a decision, or the errors that prevented one (a bad as-of date or
/// parameter, or a passed time or work limit, E7006). Problems of the incident itself are never
/// errors here: they are review items.
struct EvalResult {
    std::optional<Decision> decision;
    std::vector<Diagnostic> diagnostics;
    /// A decision was made; false exactly when `diagnostics` holds an error.
    bool ok() const { return decision.has_value(); }
};

/// Checks the options evaluate() would check — the as-of date, parameter names and values, the
/// why-not target — without an incident, so a host evaluating many incidents can refuse bad
/// options once, before the first. Empty when evaluate() would accept them. Thread-safe.
std::vector<Diagnostic> check_eval_options(const RuleSet& rules, const EvalOptions& options);

/// Evaluates one incident. Thread-safe: concurrent calls may share the rule set and the facts.
/// Deterministic: the same rule set, facts and options give the same Decision.
EvalResult evaluate(const RuleSet& rules, const Facts& facts, const EvalOptions& options = {});

/// Output formats of a decision.
enum class Format {
    Text,      ///< terminal text in one language
    Json,      ///< both languages, docs/decision.schema.json
    Markdown,  ///< a document for a case file in one language
    Html,      ///< a standalone document for print (A4) in one language
};
/// How much of the justification trail the text and Markdown renderings show. JSON always
/// carries everything.
enum class Detail {
    Summary,  ///< the answer, each finding's reasoning in prose, its rule and legal basis
    Full,     ///< also the condition trees with every value read and its origin
};

/// The stable name of a format, as command lines and requests spell it: "text", "json",
/// "markdown", "html". The string is static. Thread-safe.
std::string_view to_string(Format format);
/// The format that to_string() names `name`, or none for any other text (no case folding, so
/// every host accepts exactly the same names). Thread-safe.
std::optional<Format> parse_format(std::string_view name);
/// The stable code of a language: "id" (Indonesian) or "en" (English). Static; thread-safe.
std::string_view to_string(Language language);
/// The language whose code is `name`, or none. Thread-safe.
std::optional<Language> parse_language(std::string_view name);

/// The stable name of a detail level: "summary" or "full". Static; thread-safe.
std::string_view to_string(Detail detail);
/// The detail level whose name is `name`, or none. Thread-safe.
std::optional<Detail> parse_detail(std::string_view name);

/// Renders a decision. Text, Markdown and HTML use the language and detail level given; JSON
/// carries both languages and the whole trail whatever `detail` says, and follows
/// docs/decision.schema.json. Deterministic; thread-safe.
std::string render(const Decision& decision, Format format,
                   Language language = Language::Indonesian, Detail detail = Detail::Summary);

}  // namespace netral
