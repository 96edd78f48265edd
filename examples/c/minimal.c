/* SPDX-License-Identifier: Apache-2.0 */
/* The minimal example of docs/c-api.md: decide an incident given as JSON text and print the
 * answer in English. Usage: netral_c_minimal RULES_DIR */
#include <netral/netral.h>
#include <stdio.h>

static const char* const kIncident =
    "{\"id\": \"X-1\", \"election\": \"pilkada-2024\", \"decided\": \"2024-09-10\",\n"
    " \"person\": {\"status\": \"pns\", \"position_class\": \"jpt_pratama\"},\n"
    " \"acts\": [{\"id\": \"register-1\", \"date\": \"2024-08-29\",\n"
    "           \"kind\": \"candidacy_without_resigning\"}]}\n";

int main(int argc, char** argv) {
    char* diagnostics = NULL;
    char* out = NULL;
    netral_rules* rules;
    netral_status status;

    if (argc != 2) return 2;
    rules = netral_rules_load_directory(argv[1], "en", &diagnostics);
    if (rules == NULL) fprintf(stderr, "%s\n", diagnostics ? diagnostics : "out of memory");
    netral_string_free(diagnostics);
    if (rules == NULL) return 1;

    status = netral_evaluate(rules, "x-1.json", kIncident,
                             "{\"as_of\": \"2024-12-01\", \"lang\": \"en\", \"format\": \"text\"}",
                             NULL, &out);
    /* The decision as English text, or the error object; NULL only when out of memory. */
    printf("%s", out ? out : "out of memory\n");
    netral_string_free(out);
    netral_rules_free(rules);
    return status == NETRAL_OK ? 0 : 1;
}
