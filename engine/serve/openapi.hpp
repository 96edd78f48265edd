// SPDX-License-Identifier: Apache-2.0
// The OpenAPI 3.1 document of the service (docs/openapi.json), embedded at build time and served
// at `GET /v1/openapi.json`.
#pragma once

#include <string_view>

namespace netral::serve {

/// The document's text; static.
std::string_view openapi_document();

}  // namespace netral::serve
