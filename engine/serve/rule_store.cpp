// SPDX-License-Identifier: Apache-2.0
#include "serve/rule_store.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>

#include "base/message.hpp"
#include "netral/reference.hpp"

namespace netral::serve {

namespace {

std::string utc_now() {
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm parts{};
    gmtime_r(&now, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

}  // namespace

std::shared_ptr<const RuleState> make_rule_state(std::shared_ptr<const RuleSet> rules,
                                                 std::string directory, std::vector<Source> files) {
    auto state = std::make_shared<RuleState>();
    state->files = std::move(files);
    state->reference = rule_set_reference(*rules, {});
    state->rules = std::move(rules);
    state->directory = std::move(directory);
    state->loaded_at = utc_now();
    return state;
}

LoadResult load_rule_state(const std::string& directory, CheckOptions options, Language language) {
    options.language = language;
    LoadResult result;
    std::string error;
    auto sources = load_rule_directory(directory, error, options.limits);
    if (!sources) {
        Diagnostic unreadable;
        unreadable.code = "E7050";
        unreadable.location.file = directory;
        unreadable.message = base::render(base::msg("E7050", error), language);
        result.text = directory + ": error[E7050]: " + unreadable.message + "\n";
        result.diagnostics.push_back(std::move(unreadable));
        return result;
    }
    CompileResult compiled = compile_rules(*sources, options);
    result.diagnostics = std::move(compiled.diagnostics);
    result.text = std::move(compiled.text);
    if (!compiled.ok()) return result;
    result.state = make_rule_state(compiled.rules, directory, std::move(*sources));
    return result;
}

std::string directory_fingerprint(const std::string& directory) {
    namespace fs = std::filesystem;
    std::error_code ec;
    std::vector<std::string> entries;
    for (fs::recursive_directory_iterator it(directory, ec), end; !ec && it != end;
         it.increment(ec)) {
        if (it->path().extension() != ".rules") continue;
        std::error_code file_ec;
        auto size = fs::file_size(it->path(), file_ec);
        auto time = fs::last_write_time(it->path(), file_ec);
        if (file_ec) continue;
        entries.push_back(it->path().string() + "\t" + std::to_string(size) + "\t" +
                          std::to_string(time.time_since_epoch().count()));
    }
    std::sort(entries.begin(), entries.end());
    std::string out;
    for (const std::string& entry : entries) out += entry + "\n";
    return out;
}

RuleStore::RuleStore(std::string directory, CheckOptions options,
                     std::shared_ptr<const RuleState> initial)
    : directory_(std::move(directory)), options_(std::move(options)), state_(std::move(initial)) {}

std::shared_ptr<const RuleState> RuleStore::current() const {
    std::lock_guard lock(mutex_);
    return state_;
}

LoadResult RuleStore::reload(Language language) {
    std::lock_guard one_at_a_time(reload_mutex_);
    LoadResult result = load_rule_state(directory_, options_, language);
    std::lock_guard lock(mutex_);
    if (result.state) {
        state_ = result.state;
        ++reloads_;
    } else {
        ++failed_reloads_;
    }
    return result;
}

std::uint64_t RuleStore::reloads() const {
    std::lock_guard lock(mutex_);
    return reloads_;
}

std::uint64_t RuleStore::failed_reloads() const {
    std::lock_guard lock(mutex_);
    return failed_reloads_;
}

}  // namespace netral::serve
