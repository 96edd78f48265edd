/* SPDX-License-Identifier: Apache-2.0 */
/* The C API of libnetral: load a rule set, decide an incident given as YAML or JSON text, render
 * a kept decision, compare an incident with changed facts (what-if). A C99 header over the same
 * functions as include/netral/request.hpp and whatif.hpp, so a C or Python host gets the same
 * options, the same decision JSON and the same diagnostics as `netral eval`. docs/c-api.md.
 *
 * Conventions, for every function below:
 * - Strings in and out are NUL-terminated UTF-8. Every string the library hands over is the
 *   caller's, to be released with netral_string_free() (and nothing else); netral_version() is
 *   the one exception, a static string.
 * - A function returning netral_status writes its result through its last parameter `out`: the
 *   result text with NETRAL_OK, otherwise an error object
 *       {"source": S, "error": D, "diagnostics": [D, ...]}
 *   where each D is a diagnostic in the public JSON form (docs/errors.md), "error" is the first
 *   error and S names the input (the incident's name) or, for a bad argument, the function.
 *   With NETRAL_OUT_OF_MEMORY `*out` may be NULL. A NULL `out` is NETRAL_MISUSE, reported by the
 *   return value alone.
 * - A NULL or malformed argument is NETRAL_MISUSE (or a NULL handle for the loaders) with an
 *   error object, never a crash; no C++ exception leaves the library.
 * - Handles are immutable once made: any number of threads may use one handle at once. Freeing
 *   a handle while another thread uses it is the caller's race to avoid. */
#ifndef NETRAL_NETRAL_H
#define NETRAL_NETRAL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A compiled rule set. Immutable; made by netral_rules_load_directory() or
 * netral_rules_load_files(), released by netral_rules_free(). */
typedef struct netral_rules netral_rules;

/* A decision kept for rendering later, in any format and language. Immutable; made by
 * netral_evaluate(), released by netral_decision_free(). It does not need its rule set: the
 * rule set may be freed first. */
typedef struct netral_decision netral_decision;

/* What a call did. The values are stable (hosts may compare the numbers). C names, prefixed as
 * C libraries prefix theirs, rather than the C++ code's naming (hence NOLINT). */
/* NOLINTBEGIN(readability-identifier-naming) */
typedef enum netral_status {
    NETRAL_OK = 0,               /* done; `out` holds the result */
    NETRAL_BAD_OPTIONS = 1,      /* the options were refused (E7001-E7004, E7020-E7022) */
    NETRAL_UNREADABLE = 2,       /* the incident's text is not a document (E6001-E6009) */
    NETRAL_INVALID_INCIDENT = 3, /* a document, but not a valid incident (E6020 and after) */
    NETRAL_NOT_EVALUATED = 4,    /* the evaluation was refused */
    NETRAL_INVALID_CHANGE = 5,   /* a what-if change is malformed or invalid (E7061, E60xx) */
    NETRAL_MISUSE = 6,           /* a NULL or bad argument (E7060) */
    NETRAL_OUT_OF_MEMORY = 7,    /* an allocation failed (E7063); `out` may be NULL */
    NETRAL_INTERNAL_ERROR = 8    /* an unexpected failure inside the library (E7064) */
} netral_status;
/* NOLINTEND(readability-identifier-naming) */

/* The library's version, e.g. "0.1.0". Static: never freed. Thread-safe. */
const char* netral_version(void);

/* Releases a string the library returned (any of them: each is the caller's once returned).
 * NULL is allowed (nothing happens). Thread-safe: any thread may free any string. */
void netral_string_free(char* string);

/* Loads and compiles every `*.rules` file below `directory` (sorted by path).
 * `lang`: "id" or "en", the language of the diagnostics; NULL means "id".
 * Returns the rule set, or NULL when the directory cannot be read, the rules are invalid or an
 * argument is NULL or bad. `diagnostics` (may be NULL: not wanted) receives a JSON array of
 * diagnostics in the public form (the errors on failure, the warnings, often `[]`, on success),
 * to be freed with netral_string_free(); it may be NULL after a failed allocation.
 * Ownership: the caller owns the returned handle (netral_rules_free()). Thread-safe: calls share
 * no state. */
netral_rules* netral_rules_load_directory(const char* directory, const char* lang,
                                          char** diagnostics);

/* Compiles a rule set given as `count` in-memory files: `paths[i]` names file i in diagnostics
 * (it need not exist), `texts[i]` is its text. The arrays are only read during the call.
 * `count` 0 is allowed (and is an error of the rule set, E2010); a NULL array with a non-zero
 * count, or a NULL element, is a bad argument. Otherwise as netral_rules_load_directory(). */
netral_rules* netral_rules_load_files(const char* const* paths, const char* const* texts,
                                      size_t count, const char* lang, char** diagnostics);

/* Releases a rule set (the caller's, from a loader). NULL is allowed. Decisions made with it
 * stay valid. Not while another thread still uses the handle. */
void netral_rules_free(netral_rules* rules);

/* The rule set's name, version and digest ("sha256:<hex>" over its files), each a new string in
 * `out` with NETRAL_OK, the caller's to free; NETRAL_MISUSE for a NULL `rules`. `rules` is only
 * read. Thread-safe. */
netral_status netral_rules_name(const netral_rules* rules, char** out);
netral_status netral_rules_version(const netral_rules* rules, char** out);
netral_status netral_rules_digest(const netral_rules* rules, char** out);

/* The number of rules (each version counts) in `*count`. With NETRAL_OK `*out` is set to NULL;
 * otherwise it holds the error object, the caller's to free (and `*count` is left alone).
 * `rules` is only read. Thread-safe. */
netral_status netral_rules_count(const netral_rules* rules, size_t* count, char** out);

/* Decides one incident: what `netral eval` does for one file. The text arguments are only read
 * during the call; `rules` is only read and may be shared by concurrent calls.
 * `name` names the incident in diagnostics and in the decision's `source` (NULL: "incident").
 * `incident` is its YAML or JSON text (JSON when the first non-blank character is `{`).
 * `options` is a JSON object as docs/requests.md describes (as_of, params, lang, format, detail,
 * why_not), or NULL for the defaults (today, Indonesian, JSON). Diagnostics are in the options'
 * `lang`.
 * With NETRAL_OK, `out` holds the decision rendered in the options' format (by default the JSON of
 * docs/decision.schema.json) and, when `decision` is not NULL, `*decision` a new handle to the
 * decision (the caller frees it with netral_decision_free()); otherwise `*decision` is set to
 * NULL and `out` holds the error object, with the status saying which step refused.
 * The string in `out` is the caller's to free. Thread-safe; deterministic for a given as_of. */
netral_status netral_evaluate(const netral_rules* rules, const char* name, const char* incident,
                              const char* options, netral_decision** decision, char** out);

/* Renders a kept decision. `format`: "json", "text", "markdown" or "html" (NULL: "json");
 * `lang`: "id" or "en" (NULL: "id"); `detail`: "summary" or "full" (NULL: "summary"), for text,
 * Markdown and HTML. An unknown name is NETRAL_BAD_OPTIONS (E7022). The rendering (or the error
 * object) in `out` is the caller's to free; `decision` is only read, so concurrent renderings of
 * one decision are allowed. Thread-safe. */
netral_status netral_render(const netral_decision* decision, const char* format, const char* lang,
                            const char* detail, char** out);

/* Releases a decision (the caller's, from netral_evaluate()). NULL is allowed. Not while another
 * thread still uses the handle. */
void netral_decision_free(netral_decision* decision);

/* What-if: decides the incident as it is and with `change_count` changes, and writes what
 * differs (docs/whatif.md) in the options' format: JSON by default, or text, Markdown, HTML.
 * Each change is `PATH=VALUE` (`acts[rally-1].state_facility=none`) or `unset PATH`, the notation
 * of the diff's own `changes` list; `changes` may be NULL when `change_count` is 0. Both sides
 * use the same `options` (as netral_evaluate(); `why_not` and `detail` do not apply). A change
 * that is malformed (E7061) or does not fit the incident is NETRAL_INVALID_CHANGE; the incident
 * and the options fail as in netral_evaluate(). The arguments are only read during the call; the
 * string in `out` is the caller's to free. Thread-safe. */
netral_status netral_whatif(const netral_rules* rules, const char* name, const char* incident,
                            const char* const* changes, size_t change_count, const char* options,
                            char** out);

#ifdef __cplusplus
}
#endif

#endif /* NETRAL_NETRAL_H */
