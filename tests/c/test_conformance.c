/* boardkit C API: the rule fixtures of tests/conformance replayed through
 * boardkit_test_fixture, each result compared byte for byte with the Rust result that
 * tests/conformance/results.tsv holds (a line per fixture file: its path under
 * tests/conformance, a tab, the compact JSON; core/tests/conformance.rs keeps it current).
 * A C host has no files for boardkit to read, so this program reads each document_file
 * itself and puts the document in the fixture ("document": {...}). Run from the
 * repository root.
 *
 * Usage: test_conformance [ANY...]   (the arguments tests/c.sh passes are not used) */
#include "check.h"

#define CORPUS "tests/conformance/"

/* A growing text buffer. */
typedef struct {
    char *s;
    size_t len, cap;
} text;

static int append(text *t, const char *s, size_t n) {
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 4096;
        while (cap < t->len + n + 1) cap *= 2;
        char *bigger = realloc(t->s, cap);
        if (!bigger) return 0;
        t->s = bigger;
        t->cap = cap;
    }
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = '\0';
    return 1;
}

/* The fixture text with every "document_file": "NAME" replaced by "document": followed by
 * the named file's text (NAME relative to the folder `dir`, which ends in '/'). NULL when
 * a file cannot be read. The caller frees the result. */
static char *inline_documents(const char *fixture, const char *dir) {
    text out = {0};
    const char *p = fixture;
    const char *key = "\"document_file\"";
    for (;;) {
        const char *at = strstr(p, key);
        if (!at) break;
        const char *q = at + strlen(key);
        while (*q == ' ' || *q == '\n' || *q == '\t' || *q == '\r') q++;
        if (*q != ':') { p = q; continue; }
        q++;
        while (*q == ' ' || *q == '\n' || *q == '\t' || *q == '\r') q++;
        if (*q != '"') { p = q; continue; }
        const char *name = q + 1;
        const char *end = strchr(name, '"');
        if (!end) break;
        char path[1024];
        int n = snprintf(path, sizeof path, "%s%.*s", dir, (int)(end - name), name);
        if (n < 0 || (size_t)n >= sizeof path) { free(out.s); return NULL; }
        char *doc = read_file(path);
        if (!doc) { free(out.s); return NULL; }
        int ok = append(&out, p, (size_t)(at - p)) && append(&out, "\"document\": ", 12) &&
                 append(&out, doc, strlen(doc));
        free(doc);
        if (!ok) { free(out.s); return NULL; }
        p = end + 1;
    }
    if (!append(&out, p, strlen(p))) { free(out.s); return NULL; }
    return out.s;
}

static void replay(char *line, int *files) {
    char *tab = strchr(line, '\t');
    CHECK(tab != NULL, "a results line holds a path, a tab and the results");
    if (!tab) return;
    *tab = '\0';
    const char *rel = line, *expected = tab + 1;
    char path[1024], dir[1024];
    int n = snprintf(path, sizeof path, CORPUS "%s", rel);
    CHECK(n > 0 && (size_t)n < sizeof path, "a fixture path fits");
    if (n < 0 || (size_t)n >= sizeof path) return;
    memcpy(dir, path, (size_t)n + 1);
    char *slash = strrchr(dir, '/');
    if (slash) slash[1] = '\0';
    char *fixture = read_file(path);
    CHECK(fixture != NULL, "the fixture file of a results line can be read");
    if (!fixture) { fprintf(stderr, "  (%s)\n", rel); return; }
    char *inlined = inline_documents(fixture, dir);
    free(fixture);
    CHECK(inlined != NULL, "the documents a fixture names can be read");
    if (!inlined) { fprintf(stderr, "  (%s)\n", rel); return; }
    char *out = NULL;
    enum BoardkitStatus st = boardkit_test_fixture(inlined, strlen(inlined), &out);
    free(inlined);
    CHECK(st == BOARDKIT_STATUS_OK, "every fixture of the corpus runs");
    if (st != BOARDKIT_STATUS_OK) {
        char buf[512];
        take_string(boardkit_last_error_path(), buf, sizeof buf);
        fprintf(stderr, "  (%s: error at %s)\n", rel, buf);
        return;
    }
    int same = out && strcmp(out, expected) == 0;
    CHECK(same, "the C result is the Rust result");
    if (!same) fprintf(stderr, "  (%s differs)\n", rel);
    boardkit_string_free(out);
    (*files)++;
}

static void refusals(void) {
    char *out = (char *)1;
    char buf[256];
    const char *file = "{\"name\": \"t\", \"document_file\": \"board.json\", \"expect\": []}";
    CHECK(boardkit_test_fixture(file, strlen(file), &out) == BOARDKIT_STATUS_INVALID_VALUE,
          "a document_file is refused: the host inlines the document");
    CHECK(out == NULL, "no result on failure");
    CHECK(take_string(boardkit_last_error_path(), buf, sizeof buf) &&
              strcmp(buf, "/document_file") == 0,
          "the error names /document_file");
    const char *only = "{\"name\": \"t\", \"document\": {\"schema_version\": 4}, "
                       "\"only\": [\"no.such_rule\"], \"expect\": []}";
    CHECK(boardkit_test_fixture(only, strlen(only), &out) == BOARDKIT_STATUS_INVALID_VALUE,
          "a code outside the catalogue in only is refused");
    CHECK(take_string(boardkit_last_error_path(), buf, sizeof buf) && strcmp(buf, "/only/0") == 0,
          "the error names /only/0");
    CHECK(take_string(boardkit_last_error_message(), buf, sizeof buf) &&
              strstr(buf, "no.such_rule") == NULL,
          "the message does not quote the code");
    CHECK(boardkit_test_fixture(NULL, 0, &out) == BOARDKIT_STATUS_NULL_ARGUMENT, "NULL refused");
    const char *bad = "{\"name\": \"\xff\"}";
    CHECK(boardkit_test_fixture(bad, strlen(bad), &out) == BOARDKIT_STATUS_INVALID_UTF8,
          "invalid UTF-8 refused");
    /* len, not a NUL, ends the text: the part after len is not read. */
    const char *ok = "{\"name\": \"t\", \"document\": {\"schema_version\": 4}, \"expect\": []}junk";
    CHECK(boardkit_test_fixture(ok, strlen(ok) - 4, &out) == BOARDKIT_STATUS_OK, "len ends the text");
    CHECK(out && strstr(out, "\"passed\":true") != NULL, "an empty board passes an empty fixture");
    boardkit_string_free(out);
}

int main(void) {
    char *results = read_file(CORPUS "results.tsv");
    CHECK(results != NULL, "tests/conformance/results.tsv can be read");
    int files = 0;
    if (results) {
        char *line = results;
        while (*line) {
            char *nl = strchr(line, '\n');
            if (nl) *nl = '\0';
            if (*line) replay(line, &files);
            if (!nl) break;
            line = nl + 1;
        }
        free(results);
    }
    CHECK(files >= 14, "the corpus holds at least the pinned examples");
    refusals();
    return finish("test_conformance");
}
