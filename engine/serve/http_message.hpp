// SPDX-License-Identifier: Apache-2.0
// The service's view of one HTTP exchange, as plain values: the server (server.cpp, the only
// Beast code) fills an HttpRequest from the wire and writes the HttpResponse back, so every route
// is an ordinary function that tests can call without a socket.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace netral::serve {

/// Header fields in the order received; names compare without case (RFC 9110 §5.1).
using HeaderFields = std::vector<std::pair<std::string, std::string>>;

/// One request, read whole.
struct HttpRequest {
    std::string method;      ///< `GET`, `POST`, … as sent
    std::string target;      ///< path and query string as sent (`/v1/evaluate?lang=en`)
    HeaderFields headers;    ///< as received
    std::string body;        ///< the body, within the body limit
    std::string request_id;  ///< the id the server gave the request (X-Request-Id)

    /// The value of the first field named `name` (any case), or empty.
    std::string_view header(std::string_view name) const;
};

/// One response.
struct HttpResponse {
    int status = 200;          ///< the status code
    std::string content_type;  ///< Content-Type; empty: no body type
    HeaderFields headers;      ///< further fields (Allow, Retry-After, …)
    std::string body;          ///< the body
};

/// True when `a` and `b` are equal ignoring ASCII case.
bool equal_ignoring_case(std::string_view a, std::string_view b);

/// The media type of a Content-Type value: before any `;`, trimmed, lower case.
std::string media_type(std::string_view content_type);

}  // namespace netral::serve
