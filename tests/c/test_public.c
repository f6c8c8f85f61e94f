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

/* A fixed document: item 2 confidential (paragraph 2, review by 2017-10-20) with one
 * decision, 2.1 beneath it, a guest for item 2 only, a declaration about item 2 and an
 * action raised under 2.1. The public version's meeting carries the counts, and the
 * ledger alone gives the same. */
static const char *LEDGER_DOC =
    "{\"schema_version\": 5,"
    " \"people\": [{\"id\": \"p-chair\", \"name\": \"Ada Quill\"}, {\"id\": \"p-guest\", \"name\": \"Zqguest\"}],"
    " \"bodies\": [{\"id\": \"b\", \"name\": \"Board\", \"kind\": \"board\","
    "   \"members\": [{\"person\": \"p-chair\", \"category\": \"statutory\"}]}],"
    " \"meetings\": [{\"id\": \"m1\", \"body\": \"b\", \"title\": \"Board\", \"date\": \"2019-03-14\","
    "   \"status\": \"held\","
    "   \"attendance\": [{\"person\": \"p-chair\", \"status\": \"present\"},"
    "                   {\"person\": \"p-guest\", \"status\": \"in_attendance\", \"items\": [\"2\"]}],"
    "   \"agenda\": [{\"number\": \"1\", \"title\": \"Welcome\"},"
    "     {\"number\": \"2\", \"title\": \"Zqtitle\", \"confidential\": true,"
    "      \"exemption\": {\"paragraph\": 2, \"review_by\": \"2017-10-20\"},"
    "      \"decisions\": [{\"kind\": \"agreed\", \"text\": \"Zqdecision\"}]},"
    "     {\"number\": \"2.1\", \"title\": \"Zqsub\"}],"
    "   \"declarations\": {\"entries\": [{\"person\": {\"person\": \"p-chair\"}, \"item\": \"2\","
    "     \"nature\": \"Zqnature\"}]}}],"
    " \"actions\": [{\"id\": \"a1\", \"ref\": \"2.1\", \"description\": \"Zqaction\", \"raised_at\": \"m1\"}]}";

static const char *LEDGER_COUNTS =
    "\"whole\":false,\"items\":2,\"decisions\":1,\"actions\":1,\"risks\":0,\"attendees\":1,"
    "\"declarations\":1,\"paragraphs\":[2],\"review_by\":\"2017-10-20\"}";

static void check_ledger(void) {
    char *out = NULL;
    char want[512];
    BoardkitStatus s = boardkit_document_public_version(LEDGER_DOC, &out);
    CHECK(s == BOARDKIT_STATUS_OK && out != NULL, "ledger document: public version");
    if (out) {
        snprintf(want, sizeof want, "\"redactions\":{%s", LEDGER_COUNTS);
        CHECK(strstr(out, want) != NULL, "the public meeting carries the counts by kind");
        CHECK(strstr(out, "Zq") == NULL, "nothing withheld reaches the public version");
        CHECK(strstr(out, "Ada Quill") != NULL, "the chair is kept (not by emptying)");
    }
    boardkit_string_free(out);

    out = NULL;
    s = boardkit_document_redaction_ledger(LEDGER_DOC, &out);
    CHECK(s == BOARDKIT_STATUS_OK && out != NULL, "ledger document: the ledger alone");
    if (out) {
        snprintf(want, sizeof want, "{\"meetings\":[{\"meeting\":\"m1\",%s],\"funding_decisions\":0}",
                 LEDGER_COUNTS);
        CHECK(strcmp(out, want) == 0, "the ledger gives the same counts");
        if (strcmp(out, want) != 0) fprintf(stderr, "  got %s\n", out);
    }
    boardkit_string_free(out);

    /* Bad input: a coded error at the bad value's path, nothing written. */
    out = NULL;
    s = boardkit_document_redaction_ledger("{\"schema_version\": 5, \"meetings\": 7}", &out);
    CHECK(s == BOARDKIT_STATUS_INVALID_VALUE && out == NULL, "a bad document is refused");
    char path[64];
    CHECK(take_string(boardkit_last_error_path(), path, sizeof path) && strcmp(path, "/meetings") == 0,
          "the error names /meetings");
    s = boardkit_document_redaction_ledger(NULL, &out);
    CHECK(s != BOARDKIT_STATUS_OK && out == NULL, "NULL is refused, not a crash");
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
    check_ledger();
    return finish("test_public");
}
