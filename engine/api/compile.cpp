// SPDX-License-Identifier: Apache-2.0
// compile_rules(): the front end, then the evaluation plan, into an immutable RuleSet with its
// content digest (api/rule_set_digest.hpp).

#include "api/front_end.hpp"
#include "api/impl.hpp"
#include "api/rule_set_digest.hpp"
#include "base/public_diagnostic.hpp"
#include "eval/describe.hpp"

namespace netral {

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
    result.diagnostics = base::to_public(sorted, front_end.sources, options.language);
    result.text = base::render_text(sorted, front_end.sources, options.language, false);
    if (!front_end.program || front_end.sink.has_errors()) return result;
    auto impl = std::make_unique<RuleSetState>();
    impl->sources = std::move(front_end.sources);
    impl->program = std::move(*front_end.program);
    impl->layout = facts::Layout(impl->program);
    impl->plan = plan::build(impl->program);  // points into impl->program, which stays put
    impl->digest = api::rule_set_digest(sources);
    impl->rule_refs = eval::describe_rules(impl->program, impl->sources);
    result.rules = detail::Access::make(std::move(impl));
    return result;
}

}  // namespace netral
