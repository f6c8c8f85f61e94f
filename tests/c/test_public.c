/* boardkit C API: the public version publishes nothing tied to confidential material.
 *
 * Usage: test_public DOCUMENT.json   (reads confidential.jsonl beside DOCUMENT.json)
 *
 * confidential.jsonl holds board documents, one per line, written by the Rust test
 * core/tests/confidentiality.rs: confidential items (numbered and lettered, with
 * sub-items), a wholly confidential meeting, and everything tied to them (declarations,
 * actions and risks raised, item-only attendees, matters arising and amendments at the
 * next meeting...). Every string field reachable from confidential material holds a
 * distinct sentinel ZqS<n>x; comparable public fields hold ZqP<n>x (links.jsonl, from
 * core/tests/public_sentinels.rs, the same for a link of every kind). The public version
 * must contain no ZqS sentinel and every ZqP sentinel of its input. */
#include "check.h"

#include <ctype.h>

/* The next sentinel "Zq<kind><digits>x" at or after s; its length in *len. */
static const char *next_sentinel(const char *s, char kind, size_t *len) {
    char prefix[4] = {'Z', 'q', kind, '\0'};
    for (const char *p = strstr(s, prefix); p; p = strstr(p + 1, prefix)) {
        size_t n = 3;
        while (isdigit((unsigned char)p[n])) n++;
        if (n > 3 && p[n] == 'x') {
            *len = n + 1;
            return p;
        }
    }
    return NULL;
}

/* Count the sentinels of a kind in `input`, and how many of them `output` contains. */
static void count(const char *input, const char *output, char kind, int *total, int *found) {
    char token[32];
    size_t len;
    *total = 0;
    *found = 0;
    for (const char *p = next_sentinel(input, kind, &len); p;
         p = next_sentinel(p + len, kind, &len)) {
        if (len >= sizeof token) continue;
        memcpy(token, p, len);
        token[len] = '\0';
        (*total)++;
        if (strstr(output, token)) {
            (*found)++;
            if (kind == 'S') fprintf(stderr, "  confidential sentinel %s survives\n", token);
        } else if (kind == 'P') {
            fprintf(stderr, "  public sentinel %s is missing\n", token);
        }
    }
}

static void check_document(const char *doc, int line, int want_secrets, int min_secrets) {
    char what[128];
    char *out = NULL;
    BoardkitStatus s = boardkit_document_public_version(doc, &out);
    snprintf(what, sizeof what, "line %d: public version", line);
    CHECK(s == BOARDKIT_STATUS_OK && out != NULL, what);
    char msg[512];
    if (take_string(boardkit_last_error_message(), msg, sizeof msg))
        fprintf(stderr, "  line %d: %s\n", line, msg);
    if (!out) return;

    int secrets, leaked, publics, kept;
    count(doc, out, 'S', &secrets, &leaked);
    count(doc, out, 'P', &publics, &kept);
    snprintf(what, sizeof what, "line %d: no confidential sentinel survives (%d planted)", line, secrets);
    CHECK(leaked == 0, what);
    snprintf(what, sizeof what, "line %d: every public sentinel survives (%d planted)", line, publics);
    CHECK(kept == publics, what);
    /* Not vacuous: the planting is where the Rust test says it is. */
    snprintf(what, sizeof what, "line %d: sentinels planted", line);
    CHECK(want_secrets ? secrets >= min_secrets : secrets == 0, what);
    CHECK(publics > 0, what);

    /* The public version is itself a board document: its own public version is itself. */
    char *again = NULL;
    s = boardkit_document_public_version(out, &again);
    snprintf(what, sizeof what, "line %d: the public version of a public version is unchanged", line);
    CHECK(s == BOARDKIT_STATUS_OK && again != NULL && strcmp(again, out) == 0, what);
    boardkit_string_free(again);
    boardkit_string_free(out);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: test_public DOCUMENT.json\n");
        return 2;
    }
    /* confidential.jsonl in the directory of DOCUMENT.json */
    char path[4096];
    const char *slash = strrchr(argv[1], '/');
    int dir = slash ? (int)(slash - argv[1] + 1) : 0;
    snprintf(path, sizeof path, "%.*sconfidential.jsonl", dir, argv[1]);
    char *text = read_file(path);
    CHECK(text != NULL, "read confidential.jsonl");
    if (!text) return finish("test_public");

    int lines = 0;
    for (char *line = text, *end; *line; line = end) {
        end = strchr(line, '\n');
        if (end) *end++ = '\0'; else end = line + strlen(line);
        if (!*line) continue;
        lines++;
        /* The last document has no confidential material; the others have plenty. */
        check_document(line, lines, *end != '\0', 100);
    }
    CHECK(lines == 3, "three documents in confidential.jsonl");
    free(text);

    /* links.jsonl (core/tests/public_sentinels.rs): one document with a link of every
     * kind to confidential material. */
    snprintf(path, sizeof path, "%.*slinks.jsonl", dir, argv[1]);
    text = read_file(path);
    CHECK(text != NULL, "read links.jsonl");
    if (!text) return finish("test_public");
    char *nl = strchr(text, '\n');
    if (nl) *nl = '\0';
    check_document(text, 1, 1, 80);
    free(text);
    return finish("test_public");
}
