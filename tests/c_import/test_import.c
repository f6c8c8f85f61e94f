/* boardkit_import() from C: bytes in, JSON out (library built with the `import` feature). */
#define BOARDKIT_FEATURE_IMPORT 1
#include "check.h"

/* A growable buffer the write callback appends each chunk to. */
typedef struct {
    char *bytes;
    size_t len, cap;
    size_t calls, largest;
    int fail_at; /* the call that returns non-zero (1 = the first), 0 for none */
} Sink;

static int sink_write(void *ctx, const uint8_t *bytes, size_t len) {
    Sink *s = (Sink *)ctx;
    s->calls++;
    if (len > s->largest) s->largest = len;
    if (s->fail_at && s->calls >= (size_t)s->fail_at) return 1;
    if (s->len + len > s->cap) {
        size_t cap = s->cap ? s->cap : 65536;
        while (cap < s->len + len) cap *= 2;
        char *grown = realloc(s->bytes, cap);
        if (!grown) return 2;
        s->bytes = grown;
        s->cap = cap;
    }
    memcpy(s->bytes + s->len, bytes, len);
    s->len += len;
    return 0;
}

/* boardkit_import_write gives the same bytes as boardkit_import, in chunks of 1 to 65,536. */
static void same_as_the_string(const char *input, size_t len, const char *options, const char *what) {
    char *out = NULL;
    Sink sink = {0};
    CHECK(boardkit_import((const uint8_t *)input, len, options, &out) == BOARDKIT_STATUS_OK, what);
    CHECK(boardkit_import_write((const uint8_t *)input, len, options, sink_write, &sink) == BOARDKIT_STATUS_OK, what);
    CHECK(out && sink.len == strlen(out) && memcmp(sink.bytes, out, sink.len) == 0, "written byte for byte as the string");
    CHECK(sink.calls > 0 && sink.largest <= BOARDKIT_IMPORT_CHUNK, "chunks of at most BOARDKIT_IMPORT_CHUNK bytes");
    CHECK(boardkit_last_error_status() == BOARDKIT_STATUS_OK, "success clears the last error");
    boardkit_string_free(out);
    free(sink.bytes);
}

static void test_import_write(const char *minutes, size_t len) {
    same_as_the_string(minutes, len, "{\"kind\":\"minutes\"}", "minutes written");
    /* An attendance grid whose JSON is many chunks. */
    size_t people = 4000, at = 0, cap = 64 + people * 40;
    char *grid = malloc(cap);
    CHECK(grid != NULL, "grid buffer");
    if (!grid) return;
    at += (size_t)snprintf(grid + at, cap - at, "Name,Agency,01/02/2017,01/03/2017,01/04/2017\n");
    for (size_t p = 0; p < people; p++)
        at += (size_t)snprintf(grid + at, cap - at, "Person %zu,Agency %zu,P,A,P\n", p, p % 7);
    same_as_the_string(grid, at, "{\"kind\":\"attendance\"}", "attendance written");

    /* A callback that fails on its second chunk stops the import with a code. */
    Sink sink = {0};
    sink.fail_at = 2;
    CHECK(boardkit_import_write((const uint8_t *)grid, at, "{\"kind\":\"attendance\"}", sink_write, &sink) == BOARDKIT_STATUS_INTERNAL, "a failing callback stops it");
    CHECK(sink.calls == 2, "not called again after it failed");
    char *code = boardkit_last_error_code();
    CHECK(code && strcmp(code, "ffi.write_stopped") == 0, "write_stopped code");
    boardkit_string_free(code);
    free(sink.bytes);

    /* A refused file or options: the same as boardkit_import, and the callback never called. */
    Sink none = {0};
    const char junk[] = "\x50\x4b\x03\x04 not a zip";
    CHECK(boardkit_import_write((const uint8_t *)junk, sizeof junk - 1, "{\"kind\":\"minutes\",\"format\":\"docx\"}", sink_write, &none) == BOARDKIT_STATUS_INVALID_VALUE, "junk refused when written");
    code = boardkit_last_error_code();
    CHECK(code && strcmp(code, "import.not_that_kind") == 0, "refusal code when written");
    boardkit_string_free(code);
    CHECK(boardkit_import_write((const uint8_t *)grid, at, "{\"kind\":\"budget\"}", sink_write, &none) == BOARDKIT_STATUS_INVALID_VALUE, "bad kind when written");
    CHECK(none.calls == 0, "nothing written for a refusal");
    CHECK(boardkit_import_write((const uint8_t *)grid, at, "{\"kind\":\"attendance\"}", NULL, NULL) == BOARDKIT_STATUS_NULL_ARGUMENT, "NULL callback");
    CHECK(boardkit_import_write(NULL, 3, "{\"kind\":\"minutes\"}", sink_write, &none) == BOARDKIT_STATUS_NULL_ARGUMENT, "NULL bytes when written");
    free(grid);
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: test_import MINUTES.txt\n"); return 2; }
    char *minutes = read_file(argv[1]);
    CHECK(minutes != NULL, "read the minutes");
    if (!minutes) return 1;
    size_t len = strlen(minutes);
    char *out = NULL;

    /* Minutes as text. */
    CHECK(boardkit_import((const uint8_t *)minutes, len, "{\"kind\":\"minutes\"}", &out) == BOARDKIT_STATUS_OK, "minutes import");
    CHECK(out && strstr(out, "\"uncertainties\""), "draft has uncertainties");
    CHECK(out && strstr(out, "\"2016-12-08\""), "meeting date read");
    CHECK(out && strstr(out, "import.date_suspicious"), "suspicious due reported");
    /* Provenance beside the uncertainties: each line and the pointers it became. */
    CHECK(out && strstr(out, "\"provenance\""), "draft has provenance");
    CHECK(out && strstr(out, "\"/meetings/0/attendance/0\""), "an attendance line's pointer");
    boardkit_string_free(out);
    out = NULL;

    /* An action log as CSV, with a mapping. */
    const char *csv = "Item,What,Who,Deadline\n1,Do it,AB,30.1.17\n";
    CHECK(boardkit_import((const uint8_t *)csv, strlen(csv),
                          "{\"kind\":\"actions\",\"mapping\":{\"ref\":\"Item\",\"description\":\"What\",\"owners\":\"Who\",\"due\":\"Deadline\"}}",
                          &out) == BOARDKIT_STATUS_OK, "csv import");
    CHECK(out && strstr(out, "\"2017-01-30\""), "due read");
    CHECK(out && strstr(out, "\"/actions/0/description\""), "a cell's pointer names its field");
    boardkit_string_free(out);
    out = NULL;

    /* Junk as .docx: a clear error, no crash. */
    const char junk[] = "\x50\x4b\x03\x04 not a zip";
    CHECK(boardkit_import((const uint8_t *)junk, sizeof junk - 1, "{\"kind\":\"minutes\",\"format\":\"docx\"}", &out) == BOARDKIT_STATUS_INVALID_VALUE, "junk refused");
    CHECK(out == NULL, "no output on error");
    char *code = boardkit_last_error_code();
    CHECK(code && strcmp(code, "import.not_that_kind") == 0, "error code");
    boardkit_string_free(code);

    /* NULL bytes with a length, NULL options, bad kind. */
    CHECK(boardkit_import(NULL, 3, "{\"kind\":\"minutes\"}", &out) == BOARDKIT_STATUS_NULL_ARGUMENT, "null bytes");
    CHECK(boardkit_import((const uint8_t *)csv, 3, NULL, &out) == BOARDKIT_STATUS_NULL_ARGUMENT, "null options");
    CHECK(boardkit_import((const uint8_t *)csv, 3, "{\"kind\":\"budget\"}", &out) == BOARDKIT_STATUS_INVALID_VALUE, "bad kind");
    char *path = boardkit_last_error_path();
    CHECK(path && strcmp(path, "/kind") == 0, "error path");
    boardkit_string_free(path);
    /* Empty input is a draft, not an error. */
    CHECK(boardkit_import(NULL, 0, "{\"kind\":\"minutes\"}", &out) == BOARDKIT_STATUS_OK, "empty input");
    boardkit_string_free(out);

    test_import_write(minutes, len);

    /* A workbook that makes the spreadsheet reader panic (a shared string past the list):
     * refused with a code, and nothing printed (c_import.sh checks standard error). */
    if (argc >= 3) {
        char *bad = NULL;
        size_t bad_len = 0;
        FILE *f = fopen(argv[2], "rb");
        CHECK(f != NULL, "open the malformed workbook");
        if (f) {
            bad = malloc(65536);
            bad_len = bad ? fread(bad, 1, 65536, f) : 0;
            fclose(f);
        }
        CHECK(bad_len > 0, "read the malformed workbook");
        CHECK(boardkit_import((const uint8_t *)bad, bad_len, "{\"kind\":\"actions\",\"format\":\"xlsx\"}", &out) == BOARDKIT_STATUS_INVALID_VALUE, "malformed workbook refused");
        char *bcode = boardkit_last_error_code();
        CHECK(bcode && strcmp(bcode, "import.not_that_kind") == 0, "malformed workbook code");
        boardkit_string_free(bcode);
        free(bad);
    }

    free(minutes);
    printf("test_import: %d passed, %d failed\n", checks_passed, checks_failed);
    return checks_failed == 0 ? 0 : 1;
}
