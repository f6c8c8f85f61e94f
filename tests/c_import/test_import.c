/* boardkit_import() from C: bytes in, JSON out (library built with the `import` feature). */
#define BOARDKIT_FEATURE_IMPORT 1
#include "check.h"

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
