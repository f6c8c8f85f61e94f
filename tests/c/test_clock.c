/* boardkit C API: the statutory clock cases every binding replays (tests/clock/cases.json,
 * one case a line), through boardkit_clock_*: the same responses, and the same error code
 * and JSON Pointer, as Rust and JS. Run from the repository root.
 *
 * Usage: test_clock [ANY...]   (the arguments tests/c.sh passes are not used) */
#include "check.h"

typedef enum BoardkitStatus (*clock_fn)(const char *, char **);

static clock_fn function_of(const char *capability) {
    if (strcmp(capability, "add_working_days") == 0) return boardkit_clock_add_working_days;
    if (strcmp(capability, "clear_days") == 0) return boardkit_clock_clear_days;
    if (strcmp(capability, "due_by") == 0) return boardkit_clock_due_by;
    if (strcmp(capability, "overdue") == 0) return boardkit_clock_overdue;
    if (strcmp(capability, "bank_holidays") == 0) return boardkit_clock_bank_holidays;
    return NULL;
}

/* The end of the JSON value starting at s (an object, array, string or scalar). */
static const char *value_end(const char *s) {
    int depth = 0, in_string = 0;
    for (; *s; s++) {
        if (in_string) {
            if (*s == '\\' && s[1]) s++;
            else if (*s == '"') {
                in_string = 0;
                if (depth == 0) return s + 1;
            }
            continue;
        }
        if (*s == '"') in_string = 1;
        else if (*s == '{' || *s == '[') depth++;
        else if (*s == '}' || *s == ']') {
            if (--depth <= 0) return s + 1;
        } else if (depth == 0 && (*s == ',' || *s == ' ' || *s == '\n')) return s;
    }
    return s;
}

/* A copy (free it) of the value of the first member "key" in line, without the spaces
 * outside strings (the library writes compact JSON), or NULL. */
static char *member(const char *line, const char *key) {
    char needle[64];
    snprintf(needle, sizeof needle, "\"%s\":", key);
    const char *p = strstr(line, needle);
    if (!p) return NULL;
    p += strlen(needle);
    while (*p == ' ') p++;
    const char *end = value_end(p);
    char *out = malloc((size_t)(end - p) + 1);
    if (!out) return NULL;
    size_t n = 0;
    int in_string = 0;
    for (const char *s = p; s < end; s++) {
        if (in_string && *s == '\\' && s + 1 < end) { out[n++] = *s++; out[n++] = *s; continue; }
        if (*s == '"') in_string = !in_string;
        if (!in_string && (*s == ' ' || *s == '\n')) continue;
        out[n++] = *s;
    }
    out[n] = '\0';
    return out;
}

static void replay(const char *line, int number) {
    char what[160];
    char *capability = member(line, "capability");
    char *request = member(line, "request");
    char *response = member(line, "response");
    char *error = member(line, "error");
    snprintf(what, sizeof what, "case %d (%s)", number, capability ? capability : "?");
    if (!capability || !request || (!response && !error)) {
        CHECK(0, what);
        goto done;
    }
    capability[strlen(capability) - 1] = '\0'; /* drop the quotes */
    clock_fn fn = function_of(capability + 1);
    CHECK(fn != NULL, what);
    if (!fn) goto done;
    char *out = NULL;
    enum BoardkitStatus status = fn(request, &out);
    if (response) {
        CHECK(status == BOARDKIT_STATUS_OK, what);
        CHECK(out && strcmp(out, response) == 0, what);
        if (out && strcmp(out, response) != 0) fprintf(stderr, "  got  %s\n  want %s\n", out, response);
    } else {
        char *code = member(error, "code");
        char *path = member(error, "path");
        char buf[256], want[256];
        CHECK(status == BOARDKIT_STATUS_INVALID_VALUE && out == NULL, what);
        snprintf(want, sizeof want, "%s", code ? code : "");
        CHECK(take_string(boardkit_last_error_code(), buf, sizeof buf) && strlen(want) > 2 &&
                  strncmp(buf, want + 1, strlen(want) - 2) == 0 && strlen(buf) == strlen(want) - 2,
              what);
        snprintf(want, sizeof want, "%s", path ? path : "");
        CHECK(take_string(boardkit_last_error_path(), buf, sizeof buf) && strlen(want) >= 2 &&
                  strncmp(buf, want + 1, strlen(want) - 2) == 0 && strlen(buf) == strlen(want) - 2,
              what);
        free(code);
        free(path);
    }
    boardkit_string_free(out);
done:
    free(capability);
    free(request);
    free(response);
    free(error);
}

int main(void) {
    char *text = read_file("tests/clock/cases.json");
    CHECK(text != NULL, "read tests/clock/cases.json (run from the repository root)");
    int cases = 0;
    for (char *line = text ? strtok(text, "\n") : NULL; line; line = strtok(NULL, "\n")) {
        if (!strstr(line, "\"capability\": ")) continue;
        replay(line, cases++);
    }
    CHECK(cases >= 20, "the table has its cases");
    free(text);
    return finish("test_clock");
}
