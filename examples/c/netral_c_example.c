/* SPDX-License-Identifier: Apache-2.0 */
/* Deciding an incident from C through libnetral's C API (include/netral/netral.h): load the rule
 * set, evaluate one incident file as of a date, print the category and the recommended sanction,
 * then render the same decision as English text and print the line of its answer that names the
 * recommended sanction. docs/c-api.md explains every call.
 *
 * Usage: netral_c_example RULES_DIR INCIDENT_FILE */
#include <netral/netral.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The whole of a file as a NUL-terminated string (NULL on failure); the caller frees it. */
static char* read_file(const char* path) {
    FILE* file = fopen(path, "rb");
    char* text = NULL;
    long size;
    if (file == NULL) return NULL;
    if (fseek(file, 0, SEEK_END) == 0 && (size = ftell(file)) >= 0 &&
        fseek(file, 0, SEEK_SET) == 0 && (text = malloc((size_t)size + 1)) != NULL) {
        if (fread(text, 1, (size_t)size, file) != (size_t)size) {
            free(text);
            text = NULL;
        } else {
            text[size] = '\0';
        }
    }
    fclose(file);
    return text;
}

/* Copies into `value` the string of the first `"key": "…"` after `after` in `json`. The decision
 * JSON is written in a fixed layout without escapes in ids, which is enough for this example; a
 * real host would use a JSON library. */
static int json_string(const char* json, const char* after, const char* key, char* value,
                       size_t size) {
    const char* at = strstr(json, after);
    const char* end;
    if (at == NULL || (at = strstr(at, key)) == NULL) return 0;
    at = strchr(at + strlen(key), '"');
    if (at == NULL || (end = strchr(at + 1, '"')) == NULL || (size_t)(end - at) > size) return 0;
    memcpy(value, at + 1, (size_t)(end - at - 1));
    value[end - at - 1] = '\0';
    return 1;
}

int main(int argc, char** argv) {
    char* diagnostics = NULL;
    char* out = NULL;
    char* incident;
    char category[64];
    char recommended[128];
    netral_rules* rules;
    netral_decision* decision = NULL;
    netral_status status;
    size_t count = 0;

    if (argc != 3) {
        fprintf(stderr, "usage: netral_c_example RULES_DIR INCIDENT_FILE\n");
        return 2;
    }
    rules = netral_rules_load_directory(argv[1], "en", &diagnostics);
    if (rules == NULL) {
        fprintf(stderr, "the rule set was refused: %s\n", diagnostics ? diagnostics : "");
        netral_string_free(diagnostics);
        return 1;
    }
    netral_string_free(diagnostics); /* the warnings, `[]` for the bundled rules */
    if (netral_rules_digest(rules, &out) == NETRAL_OK) {
        printf("netral %s, rule set %s\n", netral_version(), out);
    }
    netral_string_free(out); /* the digest, or the error object */
    if (netral_rules_count(rules, &count, &out) == NETRAL_OK) printf("rules: %zu\n", count);
    netral_string_free(out); /* NULL on success; freeing NULL is allowed */

    incident = read_file(argv[2]);
    if (incident == NULL) {
        fprintf(stderr, "cannot read %s\n", argv[2]);
        netral_rules_free(rules);
        return 2;
    }
    status =
        netral_evaluate(rules, argv[2], incident, "{\"as_of\": \"2024-12-01\"}", &decision, &out);
    free(incident);
    if (status != NETRAL_OK) {
        fprintf(stderr, "no decision (status %d): %s\n", (int)status, out ? out : "");
        netral_string_free(out);
        netral_rules_free(rules);
        return 1;
    }
    if (!json_string(out, "\"outcome\"", "\"category\"", category, sizeof category) ||
        !json_string(out, "\"outcome\"", "\"recommended\"", recommended, sizeof recommended)) {
        fprintf(stderr, "unexpected decision JSON\n");
        netral_string_free(out);
        netral_decision_free(decision);
        netral_rules_free(rules);
        return 1;
    }
    netral_string_free(out);
    printf("category: %s\n", category);
    printf("recommended: %s\n", recommended);

    /* The kept decision, rendered again without evaluating: its answer in English text. */
    if (netral_render(decision, "text", "en", "summary", &out) == NETRAL_OK) {
        const char* line = strstr(out, "Recommended sanction:");
        if (line != NULL) printf("%.*s\n", (int)strcspn(line, "\n"), line);
    }
    netral_string_free(out);
    netral_decision_free(decision);
    netral_rules_free(rules);
    return 0;
}
