// SPDX-License-Identifier: Apache-2.0
// compile_rules(): the front end, then the evaluation plan, into an immutable RuleSet with its
// content digest. The digest covers each file's name (without directories, so it does not depend
// on where the rules are installed) and text, in name order.
#include <algorithm>

#include "api/front_end.hpp"
#include "api/impl.hpp"
#include "base/sha256.hpp"
#include "eval/describe.hpp"

namespace netral {

namespace {

std::string digest_of(const std::vector<Source>& sources) {
    std::vector<std::pair<std::string, const std::string*>> files;
    for (const Source& source : sources) {
        std::string name = source.path;
        auto slash = name.find_last_of("/\\");
        if (slash != std::string::npos) name = name.substr(slash + 1);
        files.emplace_back(std::move(name), &source.text);
    }
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : *a.second < *b.second;
    });
    base::Sha256 sha;
    for (const auto& [name, text] : files) {
        sha.update(name);
        sha.update(std::string_view("\0", 1));
        sha.update(*text);
        sha.update(std::string_view("\0", 1));
    }
    return "sha256:" + sha.hex();
}

}  // namespace

RuleSet::RuleSet(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RuleSet::~RuleSet() = default;
const std::string& RuleSet::name() const { return impl_->program.ruleset.name; }
const std::string& RuleSet::version() const { return impl_->program.ruleset.version; }
const std::string& RuleSet::digest() const { return impl_->digest; }
std::size_t RuleSet::rule_count() const { return impl_->program.rules.size(); }

CompileResult compile_rules(const std::vector<Source>& sources, const CheckOptions& options) {
    api::FrontEnd front_end(options.limits.max_errors);
    api::run_front_end(front_end, sources, options);
    std::vector<base::Diagnostic> sorted = front_end.sink.sorted();
    CompileResult result;
    result.diagnostics = api::to_public(sorted, front_end.sources);
    result.text = base::render_text(sorted, front_end.sources, false);
    if (!front_end.program || front_end.sink.has_errors()) return result;
    auto impl = std::make_unique<RuleSetState>();
    impl->sources = std::move(front_end.sources);
    impl->program = std::move(*front_end.program);
    impl->layout = facts::Layout(impl->program);
    impl->plan = plan::build(impl->program);  // points into impl->program, which stays put
    impl->digest = digest_of(sources);
    impl->rule_refs = eval::describe_rules(impl->program, impl->sources);
    result.rules = detail::Access::make(std::move(impl));
    return result;
}

}  // namespace netral
