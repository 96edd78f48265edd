// SPDX-License-Identifier: Apache-2.0
// The C API's version and its one way to release a string.
#include <cstdlib>

#include "netral/netral.h"
#include "netral/netral.hpp"

extern "C" {

const char* netral_version(void) { return netral::version(); }

void netral_string_free(char* string) {
    // Every string handed out was made by capi::copy_out() with malloc.
    std::free(string);
}

}  // extern "C"
