/* A host program built only against an installed boardkit with the optional entry points
 * (FEATURES=import,render ffi/install.sh; tests/c_install.sh): renders the board pack and
 * the budget as CSV from a board document, refuses a bad render request, and imports a
 * meeting's minutes with that document as the context. Each result is one line:
 *
 *   version 0.1.0
 *   render pack html
 *   render budget csv total 298700.00
 *   render refused at /what
 *   import meeting 2016-12-08
 *   import uncertainties 12
 *
 * Usage: features BOARD.json MINUTES.txt */
#include <boardkit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if !defined(BOARDKIT_RENDER) || !defined(BOARDKIT_FEATURE_IMPORT)
#error "build with $(pkg-config --cflags boardkit-import-render): its Cflags define the features' macros"
#endif

static char *read_file(const char *path, size_t *len_out) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t len = 0, cap = 0, n;
    char chunk[65536];
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (len + n + 1 > cap) {
            cap = (len + n + 1) * 2;
            char *grown = realloc(buf, cap);
            if (!grown) { free(buf); fclose(f); return NULL; }
            buf = grown;
        }
        memcpy(buf + len, chunk, n);
        len += n;
    }
    fclose(f);
    if (buf) buf[len] = '\0';
    if (len_out) *len_out = len;
    return buf;
}

static int fail(const char *what) {
    char *msg = boardkit_last_error_message();
    char *path = boardkit_last_error_path();
    fprintf(stderr, "%s: %s (at %s)\n", what, msg ? msg : "?", path ? path : "?");
    boardkit_string_free(msg);
    boardkit_string_free(path);
    return 1;
}

/* `{"<key>": DOC, REST}`: the document inside a request. Free it. */
static char *with_document(const char *key, const char *doc, const char *rest) {
    size_t n = strlen(key) + strlen(doc) + strlen(rest) + 16;
    char *out = malloc(n);
    if (out) snprintf(out, n, "{\"%s\": %s, %s}", key, doc, rest);
    return out;
}

/* Render DOC with REST (`"what": ..., "format": ...`): the status, the answer in *out. */
static BoardkitStatus render(const char *doc, const char *rest, char **out) {
    char *req = with_document("document", doc, rest);
    if (!req) return BOARDKIT_STATUS_INTERNAL;
    BoardkitStatus s = boardkit_render(req, out);
    free(req);
    return s;
}

/* The text value of the first `"key"` at or after `from` (the JSON may be pretty-printed):
 * a pointer just past its opening quote, or NULL. */
static const char *string_after(const char *from, const char *key) {
    char quoted[64];
    snprintf(quoted, sizeof quoted, "\"%s\"", key);
    const char *p = from ? strstr(from, quoted) : NULL;
    if (!p) return NULL;
    p += strlen(quoted);
    while (*p == ' ' || *p == '\n' || *p == ':') p++;
    return *p == '"' ? p + 1 : NULL;
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: features BOARD.json MINUTES.txt\n"); return 2; }
    if (boardkit_abi_version() != BOARDKIT_ABI_VERSION) { fprintf(stderr, "ABI mismatch\n"); return 1; }
    printf("version %s\n", boardkit_version());
    char *doc = read_file(argv[1], NULL);
    size_t minutes_len = 0;
    char *minutes = read_file(argv[2], &minutes_len);
    if (!doc || !minutes) { free(doc); free(minutes); fprintf(stderr, "cannot read the files\n"); return 1; }
    int rc = 0;
    char *out = NULL;

    if (render(doc, "\"what\": \"pack\", \"format\": \"html\", \"as_of\": \"2017-02-01\"", &out) != BOARDKIT_STATUS_OK) {
        rc = fail("render pack");
    } else if (strstr(out, "\"format\":\"html\"") && strstr(out, "<!DOCTYPE html>")) {
        printf("render pack html\n");
    }
    boardkit_string_free(out);
    out = NULL;

    if (render(doc, "\"what\": \"budget\", \"format\": \"csv\", \"as_of\": \"2017-02-01\"", &out) != BOARDKIT_STATUS_OK) {
        rc = fail("render budget");
    } else if (strstr(out, "\"name\":\"budget-income.csv\"") && strstr(out, "Total,298700.00,")) {
        printf("render budget csv total 298700.00\n");
    }
    boardkit_string_free(out);
    out = NULL;

    /* A section that does not exist: refused at the request's field, nothing to free. */
    if (render(doc, "\"what\": \"weather\", \"format\": \"html\", \"as_of\": \"2017-02-01\"", &out) == BOARDKIT_STATUS_INVALID_VALUE
        && out == NULL) {
        char *path = boardkit_last_error_path();
        printf("render refused at %s\n", path ? path : "?");
        boardkit_string_free(path);
    }

    char *options = with_document("context", doc, "\"kind\": \"minutes\"");
    if (!options) { rc = 1; goto done; }
    if (boardkit_import((const uint8_t *)minutes, minutes_len, options, &out) != BOARDKIT_STATUS_OK) {
        rc = fail("import");
    } else {
        /* The draft's first meeting date, and how many things the importer was unsure of. */
        const char *date = string_after(strstr(out, "\"meetings\""), "date");
        if (date) printf("import meeting %.10s\n", date);
        int unsure = 0;
        const char *p = strstr(out, "\"uncertainties\"");
        for (const char *code; (code = string_after(p, "code")) != NULL; p = code) {
            if (strncmp(code, "import.", 7) == 0) unsure++;
        }
        printf("import uncertainties %d\n", unsure);
    }
    boardkit_string_free(out);
    free(options);
done:
    free(doc);
    free(minutes);
    return rc;
}
