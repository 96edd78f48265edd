// SPDX-License-Identifier: Apache-2.0
#include "serve/auth.hpp"

#include <fstream>
#include <sstream>

#include "base/read_file.hpp"

namespace netral::serve {

namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
        text.remove_suffix(1);
    }
    return text;
}

/// The largest secrets file read: a few thousand keys.
constexpr std::size_t kMaxSecretsBytes = 1 << 20;

}  // namespace

std::optional<std::vector<std::string>> read_secrets(const std::string& path, std::string& error) {
    std::string text;
    if (!base::read_file_bounded(path, kMaxSecretsBytes, text)) {
        error = "cannot read `" + path + "`";
        return std::nullopt;
    }
    std::vector<std::string> secrets;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        std::string_view secret = trim(line);
        if (secret.empty() || secret.front() == '#') continue;
        secrets.emplace_back(secret);
    }
    if (secrets.empty()) {
        error = "`" + path + "` holds no secret";
        return std::nullopt;
    }
    return secrets;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
    // Every byte of `a` is compared whatever differs, and a length mismatch costs the same.
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (std::size_t i = 0; i < a.size(); ++i) {
        unsigned char other = b.empty() ? 0 : static_cast<unsigned char>(b[i % b.size()]);
        diff |= static_cast<unsigned char>(static_cast<unsigned char>(a[i]) ^ other);
    }
    return diff == 0;
}

std::string_view bearer_token(const HttpRequest& request) {
    std::string_view value = trim(request.header("Authorization"));
    constexpr std::string_view kScheme = "bearer ";
    if (value.size() <= kScheme.size() ||
        !equal_ignoring_case(value.substr(0, kScheme.size()), kScheme)) {
        return {};
    }
    return trim(value.substr(kScheme.size()));
}

bool is_admin(const Credentials& credentials, const HttpRequest& request) {
    std::string_view token = bearer_token(request);
    return !credentials.admin_token.empty() && !token.empty() &&
           constant_time_equal(token, credentials.admin_token);
}

bool has_api_key(const Credentials& credentials, const HttpRequest& request) {
    if (credentials.api_keys.empty()) return true;
    std::string_view key = request.header("X-API-Key");
    if (key.empty()) key = bearer_token(request);
    if (key.empty()) return false;
    bool found = false;
    for (const std::string& known : credentials.api_keys) {
        found |= constant_time_equal(key, known);  // no early exit: every key is compared
    }
    return found;
}

}  // namespace netral::serve
