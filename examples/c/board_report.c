/* board_report: the kind of program a case-management developer writes against boardkit.
 *
 * Loads a board document (JSON), validates it as of a date, prints every finding with the
 * meaning of its rule from the catalogue, and frees everything it was given.
 *
 *   build:  make -C examples/c
 *   run:    examples/c/board_report DOCUMENT.json [AS_OF]      e.g. AS_OF = 2017-02-09
 *
 * Exit status: 0 the document was validated (findings or not), 1 usage or file error,
 * 2 the file is not a board document (the message names the JSON Pointer of the value).
 *
 * boardkit returns JSON. A real host parses it with the JSON library it already uses
 * (cJSON, jansson, System.Text.Json...); to stay dependency-free this example reads the
 * flat report and catalogue with the small reader below.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "boardkit.h"

/* ---- a minimal reader for boardkit's flat JSON arrays of string-valued objects ---- */

/* Read a JSON string at *p (which points at the opening quote) into dst; advance *p. */
static int read_string(const char **p, char *dst, size_t n) {
    const char *s = *p;
    size_t len = 0;
    if (*s != '"') return 0;
    for (s++; *s && *s != '"'; s++) {
        char c = *s;
        if (c == '\\') {
            s++;
            switch (*s) {
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case 'r': c = '\r'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'u': c = '?'; s += (s[1] && s[2] && s[3] && s[4]) ? 4 : 0; break;
            case '\0': return 0;
            default: c = *s; break; /* \" \\ \/ */
            }
        }
        if (len + 1 < n) dst[len++] = c;
    }
    if (*s != '"') return 0;
    if (n) dst[len] = '\0';
    *p = s + 1;
    return 1;
}

/* One object of string fields: {"code":"...","severity":"...",...}. */
typedef struct {
    char code[128], severity[16], path[512], message[1024], summary[1024];
} record;

/* Read the next object of the array at *p into r; 0 at the end of the array. */
static int next_record(const char **p, record *r) {
    const char *s = *p;
    memset(r, 0, sizeof *r);
    while (*s == ',' || *s == ' ' || *s == '\n') s++;
    if (*s != '{') return 0;
    s++;
    while (*s && *s != '}') {
        char key[32], other[1024];
        char *dst = other;
        size_t n = sizeof other;
        if (!read_string(&s, key, sizeof key) || *s != ':') return 0;
        s++;
        if (!strcmp(key, "code")) { dst = r->code; n = sizeof r->code; }
        else if (!strcmp(key, "severity")) { dst = r->severity; n = sizeof r->severity; }
        else if (!strcmp(key, "path")) { dst = r->path; n = sizeof r->path; }
        else if (!strcmp(key, "message")) { dst = r->message; n = sizeof r->message; }
        else if (!strcmp(key, "summary")) { dst = r->summary; n = sizeof r->summary; }
        if (!read_string(&s, dst, n)) return 0;
        if (*s == ',') s++;
    }
    if (*s != '}') return 0;
    *p = s + 1;
    return 1;
}

/* The first element of the array under "key":[ ... in json, or NULL. */
static const char *array_start(const char *json, const char *key) {
    char needle[64];
    snprintf(needle, sizeof needle, "\"%s\":[", key);
    const char *s = strstr(json, needle);
    return s ? s + strlen(needle) : NULL;
}

/* The rule's meaning from the catalogue (empty when not found). */
static void rule_summary(const char *catalogue, const char *code, char *dst, size_t n) {
    record rule;
    const char *p = catalogue ? array_start(catalogue, "rules") : NULL;
    dst[0] = '\0';
    while (p && next_record(&p, &rule))
        if (!strcmp(rule.code, code)) {
            snprintf(dst, n, "%s", rule.summary);
            return;
        }
}

/* ---- the host program ---- */

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    if (fseek(f, 0, SEEK_END) != 0) { fclose(f); return NULL; }
    long size = ftell(f);
    rewind(f);
    char *buf = size >= 0 ? malloc((size_t)size + 1) : NULL;
    if (buf) buf[fread(buf, 1, (size_t)size, f)] = '\0';
    fclose(f);
    return buf;
}

/* Print the calling thread's last error, freeing every string boardkit returned. */
static void print_last_error(const char *what) {
    char *message = boardkit_last_error_message();
    char *code = boardkit_last_error_code();
    char *path = boardkit_last_error_path();
    fprintf(stderr, "%s failed [%s] at \"%s\": %s\n", what, code ? code : "?",
            path ? path : "", message ? message : "?");
    boardkit_string_free(message);
    boardkit_string_free(code);
    boardkit_string_free(path);
}

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s DOCUMENT.json [AS_OF YYYY-MM-DD]\n", argv[0]);
        return 1;
    }
    if (boardkit_abi_version() != BOARDKIT_ABI_VERSION) {
        fprintf(stderr, "libboardkit ABI %u, this program was built for %d\n",
                (unsigned)boardkit_abi_version(), BOARDKIT_ABI_VERSION);
        return 1;
    }
    char *document = read_file(argv[1]);
    if (!document) {
        perror(argv[1]);
        return 1;
    }
    char options[64];
    if (argc == 3) snprintf(options, sizeof options, "{\"as_of\": \"%.10s\"}", argv[2]);
    else snprintf(options, sizeof options, "{}");

    printf("boardkit %s: %s", boardkit_version(), argv[1]);
    if (argc == 3) printf(" as of %s", argv[2]);
    printf("\n");

    char *report = NULL;
    BoardkitStatus status = boardkit_document_validate(document, options, &report);
    free(document);
    if (status != BOARDKIT_STATUS_OK) {
        print_last_error("validate");
        return 2;
    }

    char *catalogue = NULL;
    if (boardkit_catalogue(&catalogue) != BOARDKIT_STATUS_OK) print_last_error("catalogue");

    record f;
    char meaning[1024];
    int errors = 0, warnings = 0, infos = 0;
    const char *p = array_start(report, "findings");
    while (p && next_record(&p, &f)) {
        rule_summary(catalogue, f.code, meaning, sizeof meaning);
        printf("  %-7s %-32s %s\n          %s\n", f.severity, f.code, f.path, f.message);
        if (meaning[0]) printf("          (rule: %s)\n", meaning);
        if (!strcmp(f.severity, "error")) errors++;
        else if (!strcmp(f.severity, "warning")) warnings++;
        else infos++;
    }
    printf("%d error(s), %d warning(s), %d info\n", errors, warnings, infos);

    /* As the action-log and budget capabilities land in the C API, this is where a host
     * lists the overdue actions and apportions the budget: the same call shape,
     * boardkit_<area>_<verb>(request_json, &out_json), the same boardkit_string_free(). */

    boardkit_string_free(catalogue);
    boardkit_string_free(report);
    return 0;
}
