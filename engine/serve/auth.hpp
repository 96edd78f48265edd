// SPDX-License-Identifier: Apache-2.0
// Who may call what: the admin token (`--admin-token-file`) for the admin routes and, when
// `--api-keys-file` is given, API keys for the evaluation routes. Secrets are compared in
// constant time so the time of an answer says nothing about a key.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "serve/http_message.hpp"

namespace netral::serve {

/// The secrets the service checks. Immutable after start-up.
struct Credentials {
    std::string admin_token;            ///< empty: the admin routes are off
    std::vector<std::string> api_keys;  ///< empty: the evaluation routes are open
};

/// Reads the secrets of one file: one per line, blank lines and `#` comments skipped, spaces
/// around a secret trimmed. None (with `error`) when the file cannot be read or holds none.
std::optional<std::vector<std::string>> read_secrets(const std::string& path, std::string& error);

/// True when `a` equals `b`, taking the same time for every `a` of one length.
bool constant_time_equal(std::string_view a, std::string_view b);

/// The bearer token of `Authorization: Bearer T`, else empty.
std::string_view bearer_token(const HttpRequest& request);

/// True when the request carries the admin token as a bearer token.
bool is_admin(const Credentials& credentials, const HttpRequest& request);

/// True when no API keys are configured, or the request carries one (as a bearer token or in
/// `X-API-Key`).
bool has_api_key(const Credentials& credentials, const HttpRequest& request);

}  // namespace netral::serve
