/* A host program built only against an installed boardkit (tests/c_install.sh):
 * prints the library version, the findings of a board document, and the sum of an equal
 * split of £298,700. Usage: app BOARD.json */
#include <boardkit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_file(const char *path) {
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

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: app BOARD.json\n"); return 2; }
    if (boardkit_abi_version() != BOARDKIT_ABI_VERSION) { fprintf(stderr, "ABI mismatch\n"); return 1; }
    printf("version %s\n", boardkit_version());
    char *doc = read_file(argv[1]);
    if (!doc) { fprintf(stderr, "cannot read the document\n"); return 1; }

    char *report = NULL;
    if (boardkit_document_validate(doc, "{\"as_of\": \"2017-02-01\"}", &report) != BOARDKIT_STATUS_OK) {
        free(doc);
        return fail("validate");
    }
    /* One line per error finding: "finding CODE PATH" (a crude scan: enough for a test). */
    for (const char *p = report; (p = strstr(p, "\"code\":\"")) != NULL;) {
        p += 8;
        const char *end = strchr(p, '"');
        const char *path = strstr(p, "\"path\":\"");
        if (!end || !path) break;
        path += 8;
        const char *path_end = strchr(path, '"');
        if (!path_end) break;
        printf("finding %.*s %.*s\n", (int)(end - p), p, (int)(path_end - path), path);
    }
    boardkit_string_free(report);
    free(doc);

    char *split = NULL;
    const char *req = "{\"formula\": {\"kind\": \"equal\", \"partners\": [\"o-lcc\", \"o-police\", \"o-ccg\"]},"
                      " \"total\": 29870000}";
    if (boardkit_budget_apportion(req, &split) != BOARDKIT_STATUS_OK) return fail("apportion");
    long long sum = 0;
    for (const char *p = split; (p = strstr(p, "\"amount\":")) != NULL; p += 9) sum += atoll(p + 9);
    printf("apportioned %lld\n", sum);
    boardkit_string_free(split);
    return 0;
}
