// SPDX-License-Identifier: Apache-2.0
// The languages every text a person reads is written in: decisions, reports and diagnostics.
#pragma once

namespace netral {

/// Languages of the renderings and of diagnostics.
enum class Language { Indonesian, English };

}  // namespace netral
