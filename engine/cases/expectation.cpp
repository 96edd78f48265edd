// SPDX-License-Identifier: Apache-2.0
// Reads the `expect` block strictly: known keys only, each value of its kind, every name checked
// against what the rule set declares, with the place in the file and a did-you-mean.
#include "cases/expectation.hpp"

#include <algorithm>
#include <set>

#include "base/suggest.hpp"
#include "cases/codes.hpp"
#include "check/date.hpp"
#include "io/param_choice.hpp"
#include "netral/decision.hpp"

namespace netral::cases {

namespace ir = check::ir;

namespace {

/// The keys `expect` takes, in the order docs/testing.md lists them.
const std::vector<std::string> kKeys = {
    "category",     "sanctions", "recommended", "review",    "provisional", "possible",
    "review_kinds", "findings",  "displaced",   "citations", "uncited",     "inferred",
    "referrals",    "tracks",    "absorbed",    "as_of",     "params",
};

/// Names longer lists than this are not spelled out in hints.
constexpr std::size_t kMaxListed = 12;

std::string quote(std::string_view text) { return "`" + std::string(text) + "`"; }

/// A kind of thing an `expect` block names, as catalogue keys: one ("category"), many
/// ("categories") and what a list of them holds ("category names").
struct Noun {
    std::string_view one;
    std::string_view many;
    std::string_view ids;
};

constexpr Noun kCategory{"word.cases.category", "word.cases.categories", "word.cases.categories"};
constexpr Noun kSanction{"word.cases.sanction", "word.cases.sanctions", "word.cases.sanction_ids"};
constexpr Noun kTrack{"word.cases.track", "word.cases.tracks", "word.cases.tracks"};
constexpr Noun kRule{"word.cases.rule", "word.cases.rules", "word.cases.rule_ids"};
constexpr Noun kReviewKind{"word.cases.review_kind", "word.cases.review_kinds",
                           "word.cases.review_kinds"};
constexpr Noun kCitation{"word.cases.citation", "word.cases.citations", "word.cases.citations"};
constexpr Noun kReferral{"word.cases.referral", "word.cases.referrals", "word.cases.referrals"};

base::Message describe(const io::Node& node) {
    switch (node.kind) {
        case io::NodeKind::Map:
            return base::msg("word.io.a_map");
        case io::NodeKind::Sequence:
            return base::msg("word.io.a_list");
        case io::NodeKind::Null:
            return base::msg("word.io.nothing");
        case io::NodeKind::Scalar:
            return base::msg("word.io.the_text", quote(node.text));
    }
    return base::msg("word.io.a_value");
}

/// One reading of one `expect` block.
class Reader {
public:
    Reader(const ir::Program& program, const io::Document& document, base::DiagnosticSink& sink)
        : program_(program), document_(document), sink_(sink) {
        for (const ir::Category& category : program.categories) {
            categories_.push_back(category.name);
            for (ir::SanctionId id : category.sanctions) {
                sanctions_.push_back(category.name + "." + program.sanctions[id.index()].name);
            }
        }
        if (std::find(categories_.begin(), categories_.end(), "none") == categories_.end()) {
            categories_.push_back("none");  // the outcome when nothing was found
        }
        for (const ir::Track& track : program.tracks) tracks_.push_back(track.name);
        std::set<std::string> seen;
        for (const ir::Rule& rule : program.rules) {
            if (seen.insert(rule.name).second) rules_.push_back(rule.name);
            for (const ir::Citation& citation : rule.citations) {
                add_unique(cited_, ir::to_string(program, citation));
            }
            for (const ir::Conclusion& conclusion : rule.conclusions) {
                if (const auto* refer = std::get_if<ir::Referral>(&conclusion)) {
                    add_unique(referred_, ir::to_string(program, refer->citation));
                    add_unique(cited_, ir::to_string(program, refer->citation));
                }
            }
        }
        // Combination and escalation policies cite the provisions their steps apply.
        for (const ir::CombinePolicy& policy : program.combines) {
            for (const ir::Citation& c : policy.citations)
                add_unique(cited_, ir::to_string(program, c));
        }
        for (const ir::EscalatePolicy& policy : program.escalations) {
            for (const ir::Citation& c : policy.citations)
                add_unique(cited_, ir::to_string(program, c));
        }
    }

    /// Reads the block `map`, written under the key at `key_span`.
    std::optional<Expectation> read(const io::Node& map, base::Span key_span) {
        Expectation out;
        bool has_category = false;
        bool has_review = false;
        for (const io::Entry& entry : map.entries) {
            const io::Node& value = document_.node(entry.value);
            const std::string& key = entry.key;
            if (key == "category") {
                has_category = true;
                if (auto text = scalar(key, value, base::msg("word.cases.a_category"))) {
                    out.category = *text;
                    known(*text, value, categories_, codes::kUnknownLevel, kCategory);
                }
            } else if (key == "review") {
                has_review = true;
                if (auto flag = boolean(key, value)) out.review = *flag;
            } else if (key == "provisional") {
                out.provisional = boolean(key, value);
            } else if (key == "possible") {
                out.possible = names(key, value, categories_, codes::kUnknownLevel, kCategory);
            } else if (key == "sanctions") {
                out.sanctions = names(key, value, sanctions_, codes::kUnknownLevel, kSanction);
            } else if (key == "recommended") {
                if (auto text = scalar(key, value, base::msg("word.cases.a_sanction_or_none"))) {
                    out.recommended = *text == "none" ? std::string() : *text;
                    if (*text != "none") {
                        known(*text, value, sanctions_, codes::kUnknownLevel, kSanction);
                    }
                }
            } else if (key == "review_kinds") {
                out.review_kinds =
                    names(key, value, review_kinds(), codes::kUnknownReview, kReviewKind);
            } else if (key == "findings" || key == "displaced") {
                auto ids = names(key, value, rules_, codes::kUnknownRule, kRule);
                (key == "findings" ? out.findings : out.displaced) = std::move(ids);
            } else if (key == "citations" || key == "uncited" || key == "inferred") {
                // Both must name a citation the rule set makes, so that a misspelt `uncited`
                // entry cannot pass silently.
                auto texts = names(key, value, cited_, codes::kUnknownCitation, kCitation, true);
                if (texts) {
                    (key == "citations" ? out.citations
                     : key == "uncited" ? out.uncited
                                        : out.inferred) = std::move(*texts);
                }
            } else if (key == "referrals") {
                out.referrals = names(key, value, referred_, codes::kUnknownCitation, kReferral);
            } else if (key == "tracks") {
                out.tracks =
                    pairs(key, value, base::msg("word.cases.a_track_map"), [&](auto& k, auto& v) {
                        known(k.key, k, tracks_, codes::kUnknownLevel, kTrack);
                        known(v.text, v, categories_, codes::kUnknownLevel, kCategory);
                    });
            } else if (key == "absorbed") {
                out.absorbed = names(key, value, tracks_, codes::kUnknownLevel, kTrack);
            } else if (key == "as_of") {
                if (auto text = scalar(key, value, base::msg("word.io.a_date"))) {
                    if (ir::parse_date(*text)) {
                        out.as_of = *text;
                    } else {
                        wrong(key, value, base::msg("word.io.a_date"));
                    }
                }
            } else if (key == "params") {
                out.params = pairs(key, value, base::msg("word.io.a_param_map"),
                                   [&](auto& k, auto& v) { check_param(k, v); });
            } else {
                auto& d = sink_.error(codes::kUnknownKey, entry.key_span,
                                      base::msg(codes::kUnknownKey, quote(key)));
                d.hint = base::did_you_mean(key, kKeys);
                if (d.hint.empty()) d.hint = base::msg("hint.io.keys_are", io::quoted_list(kKeys));
            }
        }
        if (!has_category || !has_review) {
            std::string missing = !has_category ? "category" : "review";
            sink_.error(codes::kMissingKey, key_span, base::msg(codes::kMissingKey, quote(missing)))
                .hint = base::msg("E8009.hint");
        }
        if (errors_ > 0) return std::nullopt;
        return out;
    }

private:
    /// An `expect` key paired with its node, so tracks and params can point at the key.
    struct Key {
        std::string key;  ///< the key's text
        base::Span span;  ///< where it is written
    };

    static void add_unique(std::vector<std::string>& names, std::string name) {
        if (std::find(names.begin(), names.end(), name) == names.end()) {
            names.push_back(std::move(name));
        }
    }

    /// `what` says what the value should be (a word or a phrase of the catalogue).
    void wrong(const std::string& key, const io::Node& node, const base::Message& what) {
        ++errors_;
        sink_.error(codes::kWrongShape, node.span,
                    base::msg(codes::kWrongShape, quote(key), what, describe(node)));
    }

    /// `true` or `false`; anything else is reported.
    std::optional<bool> boolean(const std::string& key, const io::Node& node) {
        auto text = scalar(key, node, base::msg("word.cases.true_or_false"));
        if (!text) return std::nullopt;
        if (*text == "true" || *text == "false") return *text == "true";
        wrong(key, node, base::msg("word.cases.true_or_false"));
        return std::nullopt;
    }

    std::optional<std::string> scalar(const std::string& key, const io::Node& node,
                                      const base::Message& what) {
        if (node.kind == io::NodeKind::Scalar) return node.text;
        wrong(key, node, what);
        return std::nullopt;
    }

    /// `what` names the kind of thing: a Noun of the catalogue, one and many.
    void unknown(std::string_view code, base::Span span, const std::string& name,
                 const std::vector<std::string>& candidates, const Noun& what) {
        ++errors_;
        auto& d = sink_.error(code, span, base::msg(code, base::word(what.one), quote(name)));
        d.hint = base::did_you_mean(name, candidates);
        if (d.hint.empty() && candidates.size() <= kMaxListed) {
            d.hint =
                base::msg("hint.cases.are", base::word(what.many), io::quoted_list(candidates));
        }
    }

    template <typename Place>
    void known(const std::string& name, const Place& place,
               const std::vector<std::string>& candidates, std::string_view code,
               const Noun& what) {
        if (std::find(candidates.begin(), candidates.end(), name) != candidates.end()) return;
        unknown(code, place.span, name, candidates, what);
    }

    /// A list of scalars, each one of `candidates` (or, with `prefix`, a citation that some
    /// candidate refines).
    std::optional<std::vector<std::string>> names(const std::string& key, const io::Node& node,
                                                  const std::vector<std::string>& candidates,
                                                  std::string_view code, const Noun& one,
                                                  bool prefix = false) {
        base::Message what = base::msg("word.cases.list_of", base::word(one.ids));
        if (node.kind != io::NodeKind::Sequence) {
            wrong(key, node, what);
            return std::nullopt;
        }
        std::vector<std::string> out;
        for (io::NodeId id : node.items) {
            const io::Node& item = document_.node(id);
            if (item.kind != io::NodeKind::Scalar) {
                wrong(key, item, what);
                continue;
            }
            bool found = std::any_of(candidates.begin(), candidates.end(), [&](auto& c) {
                return prefix ? citation_matches(item.text, c) : c == item.text;
            });
            if (!found) unknown(code, item.span, item.text, candidates, one);
            out.push_back(item.text);
        }
        return out;
    }

    /// A map of scalar to scalar; `check(key, value)` validates each pair.
    template <typename Check>
    std::vector<std::pair<std::string, std::string>> pairs(const std::string& key,
                                                           const io::Node& node,
                                                           const base::Message& what, Check check) {
        std::vector<std::pair<std::string, std::string>> out;
        if (node.kind != io::NodeKind::Map) {
            wrong(key, node, what);
            return out;
        }
        for (const io::Entry& entry : node.entries) {
            const io::Node& value = document_.node(entry.value);
            if (value.kind != io::NodeKind::Scalar) {
                wrong(key, value, what);
                continue;
            }
            Key k{entry.key, entry.key_span};
            check(k, value);
            out.emplace_back(entry.key, value.text);
        }
        return out;
    }

    void check_param(const Key& name, const io::Node& value) {
        if (!io::check_param_choice(program_, sink_, codes::kUnknownParam, name.key, name.span,
                                    value.text, value.span)) {
            ++errors_;
        }
    }

    const ir::Program& program_;
    const io::Document& document_;
    base::DiagnosticSink& sink_;
    std::vector<std::string> categories_;  ///< category names of every ladder, and `none`
    std::vector<std::string> sanctions_;   ///< `category.sanction` of every ladder
    std::vector<std::string> tracks_;      ///< track names
    std::vector<std::string> rules_;       ///< rule ids, once each, in declaration order
    std::vector<std::string> cited_;       ///< canonical citations of rules and referrals
    std::vector<std::string> referred_;    ///< canonical provisions of `then refer`
    std::size_t errors_ = 0;               ///< errors reported by this reader
};

}  // namespace

const std::vector<std::string>& review_kinds() {
    static const std::vector<std::string> kKinds = [] {
        std::vector<std::string> names;
        for (ReviewKind kind :
             {ReviewKind::Status, ReviewKind::Rule, ReviewKind::Missing, ReviewKind::Conflict,
              ReviewKind::Exception, ReviewKind::Escalation, ReviewKind::Sanction,
              ReviewKind::Provisional, ReviewKind::Validity, ReviewKind::Inexact}) {
            names.emplace_back(to_string(kind));
        }
        return names;
    }();
    return kKinds;
}

bool citation_matches(const std::string& expected, const std::string& actual) {
    if (actual.size() < expected.size() || actual.compare(0, expected.size(), expected) != 0) {
        return false;
    }
    return actual.size() == expected.size() || actual[expected.size()] == ' ';
}

std::optional<Expectation> read_expectation(const ir::Program& program,
                                            const io::Document& document, base::FileId file,
                                            base::DiagnosticSink& sink) {
    std::size_t errors = sink.error_count();
    const io::Node* block = nullptr;
    base::Span key_span;
    base::Span root_span{file, 0, 0};
    if (!document.nodes.empty()) {
        const io::Node& root = document.node(document.root);
        root_span = root.span;
        if (root.kind == io::NodeKind::Map) {
            for (const io::Entry& entry : root.entries) {
                if (entry.key == io::kExpectKey) {
                    block = &document.node(entry.value);
                    key_span = entry.key_span;
                }
            }
        }
    }
    if (block == nullptr) {
        sink.error(codes::kNoExpect, {file, root_span.begin, root_span.begin},
                   base::msg(codes::kNoExpect))
            .hint = base::msg("E8001.hint");
        return std::nullopt;
    }
    if (block->kind != io::NodeKind::Map) {
        sink.error(codes::kWrongShape, block->span, base::msg("E8003.not_map", describe(*block)))
            .hint = base::msg("E8003.hint_map");
        return std::nullopt;
    }
    Reader reader(program, document, sink);
    auto out = reader.read(*block, key_span);
    if (sink.error_count() != errors) return std::nullopt;
    return out;
}

}  // namespace netral::cases
