/* boardkit C API: every function, good and bad inputs, ownership.
 * Usage: test_api DOCUMENT.json   (a valid board document) */
#include "check.h"

static const char *MINIMAL = "{\"schema_version\": 1}";

/* A failing call: check status, that nothing was handed back, and the last error's
 * status, code, path and (part of the) message. Frees everything it reads. */
static void expect_error(const char *what, BoardkitStatus got, char *out,
                         BoardkitStatus want, const char *code, const char *path,
                         const char *in_message, const char *not_in_message) {
    char buf[1024], msg[1024];
    CHECK(got == want, what);
    CHECK(out == NULL, what);
    CHECK(boardkit_last_error_status() == want, what);
    CHECK(take_string(boardkit_last_error_code(), buf, sizeof buf) && strcmp(buf, code) == 0, what);
    CHECK(take_string(boardkit_last_error_path(), buf, sizeof buf) && strcmp(buf, path) == 0, what);
    CHECK(take_string(boardkit_last_error_message(), msg, sizeof msg) && msg[0] != '\0', what);
    if (in_message) CHECK(strstr(msg, in_message) != NULL, what);
    if (not_in_message) CHECK(strstr(msg, not_in_message) == NULL, what);
    if (got != want) fprintf(stderr, "  %s: status %d, message: %s\n", what, (int)got, msg);
}

static void test_versions(void) {
    const char *v = boardkit_version();
    CHECK(v != NULL && strlen(v) >= 5 && strchr(v, '.') != NULL, "version is x.y.z");
    CHECK(boardkit_abi_version() == BOARDKIT_ABI_VERSION, "ABI version matches the header");
    CHECK(BOARDKIT_STATUS_OK == 0, "ok is 0");
}

static void test_status_values_distinct(void) {
    int v[] = {BOARDKIT_STATUS_OK, BOARDKIT_STATUS_NULL_ARGUMENT, BOARDKIT_STATUS_INVALID_UTF8,
               BOARDKIT_STATUS_EMPTY, BOARDKIT_STATUS_SYNTAX, BOARDKIT_STATUS_INVALID_VALUE,
               BOARDKIT_STATUS_SCHEMA_VERSION, BOARDKIT_STATUS_CONFIG, BOARDKIT_STATUS_OVERFLOW,
               BOARDKIT_STATUS_PANIC, BOARDKIT_STATUS_INTERNAL};
    size_t n = sizeof v / sizeof v[0];
    int distinct = 1;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if (v[i] == v[j]) distinct = 0;
    CHECK(distinct, "status values are distinct");
}

static void test_validate_good(const char *doc) {
    char *out = (char *)1; /* must be overwritten */
    BoardkitStatus s = boardkit_document_validate(doc, "{\"as_of\": \"2017-02-09\"}", &out);
    CHECK(s == BOARDKIT_STATUS_OK, "validate a document file");
    CHECK(out != NULL && strncmp(out, "{\"findings\":[", 13) == 0, "report shape");
    CHECK(boardkit_last_error_status() == BOARDKIT_STATUS_OK, "success clears last error");
    CHECK(boardkit_last_error_message() == NULL, "no message after success");
    CHECK(boardkit_last_error_code() == NULL, "no code after success");
    CHECK(boardkit_last_error_path() == NULL, "no path after success");
    boardkit_string_free(out);

    out = NULL;
    s = boardkit_document_validate(MINIMAL, NULL, &out);
    CHECK(s == BOARDKIT_STATUS_OK, "NULL options mean {}");
    CHECK(out != NULL && strcmp(out, "{\"findings\":[]}") == 0, "empty document, no findings");
    boardkit_string_free(out);
}

static void test_validate_finds_rule_breaks(void) {
    const char *doc =
        "{\"schema_version\": 1, \"meetings\": [{\"id\": \"m1\", \"body\": \"b-nowhere\","
        " \"title\": \"Board meeting\", \"date\": \"2016-12-08\", \"status\": \"scheduled\"}]}";
    char *out = NULL;
    BoardkitStatus s = boardkit_document_validate(doc, "{}", &out);
    CHECK(s == BOARDKIT_STATUS_OK, "rule breaks are findings, not errors");
    CHECK(out && strstr(out, "\"code\":\"board.unknown_reference\""), "finding code");
    CHECK(out && strstr(out, "\"path\":\"/meetings/0/body\""), "finding path");
    CHECK(out && strstr(out, "b-nowhere") == NULL, "finding does not quote the id");
    if (out && !strstr(out, "/meetings/0/body")) fprintf(stderr, "  report: %s\n", out);
    boardkit_string_free(out);
}

static void test_bad_inputs(void) {
    char *out = NULL;
    BoardkitStatus s;

    s = boardkit_document_validate(NULL, NULL, &out);
    expect_error("NULL document", s, out, BOARDKIT_STATUS_NULL_ARGUMENT, "ffi.null_argument", "",
                 "document_json", NULL);

    s = boardkit_document_validate(MINIMAL, NULL, NULL);
    expect_error("NULL out_json", s, NULL, BOARDKIT_STATUS_NULL_ARGUMENT, "ffi.null_argument", "",
                 "out_json", NULL);
    s = boardkit_document_normalise(MINIMAL, NULL);
    expect_error("NULL out_json (normalise)", s, NULL, BOARDKIT_STATUS_NULL_ARGUMENT,
                 "ffi.null_argument", "", "out_json", NULL);
    s = boardkit_catalogue(NULL);
    expect_error("NULL out_json (catalogue)", s, NULL, BOARDKIT_STATUS_NULL_ARGUMENT,
                 "ffi.null_argument", "", "out_json", NULL);

    s = boardkit_document_validate("{\"schema_version\": 1, \"extensions\": {\"a\": \"\xff\xfe\"}}",
                                   NULL, &out);
    expect_error("invalid UTF-8", s, out, BOARDKIT_STATUS_INVALID_UTF8, "ffi.invalid_utf8", "",
                 "not valid UTF-8", NULL);

    s = boardkit_document_validate("", NULL, &out);
    expect_error("empty", s, out, BOARDKIT_STATUS_EMPTY, "shape.empty", "", "Nothing was given", NULL);
    s = boardkit_document_normalise("  \n\t ", &out);
    expect_error("white space only", s, out, BOARDKIT_STATUS_EMPTY, "shape.empty", "", "Nothing was given", NULL);

    s = boardkit_document_validate("{\"schema_version\": 1, \"people\": [", NULL, &out);
    expect_error("truncated JSON", s, out, BOARDKIT_STATUS_SYNTAX, "shape.syntax", "/people",
                 "The JSON ends too early", "/people");
    s = boardkit_document_validate("{schema_version: 1}", NULL, &out);
    expect_error("malformed JSON", s, out, BOARDKIT_STATUS_SYNTAX, "shape.syntax", "",
                 "double quotes", NULL);
    s = boardkit_document_validate("{\"schema_version\": 1} trailing", NULL, &out);
    expect_error("trailing text", s, out, BOARDKIT_STATUS_SYNTAX, "shape.syntax", "", NULL, NULL);

    s = boardkit_document_validate(
        "{\"schema_version\": 1, \"meetings\": [{\"id\": \"m1\", \"body\": \"b\","
        " \"title\": \"Secret title\", \"date\": \"2016-12-08\", \"status\": \"scheduled\","
        " \"colour\": \"red\"}]}",
        NULL, &out);
    expect_error("unknown field", s, out, BOARDKIT_STATUS_INVALID_VALUE, "shape.invalid",
                 "/meetings/0", "alphabetical order", "colour");

    s = boardkit_document_normalise(
        "{\"schema_version\": 1, \"meetings\": [{\"id\": \"m1\", \"body\": \"b\","
        " \"title\": \"T\", \"date\": \"2017-02-31\", \"status\": \"scheduled\"}]}",
        &out);
    expect_error("31 February", s, out, BOARDKIT_STATUS_INVALID_VALUE, "shape.invalid",
                 "/meetings/0/date", "document_json", NULL);

    s = boardkit_document_validate("{\"schema_version\": \"one\"}", NULL, &out);
    expect_error("wrong type", s, out, BOARDKIT_STATUS_INVALID_VALUE, "shape.invalid",
                 "/schema_version", NULL, "one");

    s = boardkit_document_validate("{\"schema_version\": 8}", NULL, &out);
    expect_error("schema version", s, out, BOARDKIT_STATUS_SCHEMA_VERSION, "shape.schema_version",
                 "/schema_version", "reads schema_version 1 to 7", NULL);

    s = boardkit_document_validate("[]", NULL, &out);
    expect_error("not an object", s, out, BOARDKIT_STATUS_INVALID_VALUE, "shape.invalid", "",
                 NULL, NULL);

    s = boardkit_document_validate(MINIMAL, "{\"as_of\": \"yesterday\"}", &out);
    expect_error("bad as_of", s, out, BOARDKIT_STATUS_INVALID_VALUE, "shape.invalid", "/as_of",
                 "options_json", "yesterday");
    s = boardkit_document_validate(MINIMAL, "{\"as_on\": \"2017-01-01\"}", &out);
    /* At the options themselves, never naming the key; "as_of" is the field it may be. */
    expect_error("unknown option", s, out, BOARDKIT_STATUS_INVALID_VALUE, "shape.invalid",
                 "", "Did you mean \"as_of\"?", "as_on");
    s = boardkit_document_validate(MINIMAL, "", &out);
    expect_error("empty options", s, out, BOARDKIT_STATUS_EMPTY, "shape.empty", "",
                 "options_json", NULL);

    /* a later success clears it */
    s = boardkit_catalogue(&out);
    CHECK(s == BOARDKIT_STATUS_OK && boardkit_last_error_status() == BOARDKIT_STATUS_OK,
          "success after failure clears the last error");
    boardkit_string_free(out);
}

static void test_normalise_round_trip(const char *doc) {
    char *once = NULL, *twice = NULL;
    CHECK(boardkit_document_normalise(doc, &once) == BOARDKIT_STATUS_OK, "normalise");
    CHECK(once && boardkit_document_normalise(once, &twice) == BOARDKIT_STATUS_OK, "normalise again");
    CHECK(once && twice && strcmp(once, twice) == 0, "normalising twice = once");
    char *report_a = NULL, *report_b = NULL;
    boardkit_document_validate(doc, NULL, &report_a);
    if (once) boardkit_document_validate(once, NULL, &report_b);
    CHECK(report_a && report_b && strcmp(report_a, report_b) == 0, "same findings after normalising");
    boardkit_string_free(report_a);
    boardkit_string_free(report_b);
    boardkit_string_free(once);
    boardkit_string_free(twice);

    /* host extensions survive */
    char *out = NULL;
    CHECK(boardkit_document_normalise("{\"schema_version\":1,\"extensions\":{\"crm_id\":42}}", &out)
              == BOARDKIT_STATUS_OK, "normalise with extensions");
    CHECK(out && strstr(out, "\"crm_id\": 42"), "extensions kept");
    boardkit_string_free(out);
}

static void test_catalogue(void) {
    char *out = NULL;
    CHECK(boardkit_catalogue(&out) == BOARDKIT_STATUS_OK, "catalogue");
    CHECK(out && strncmp(out, "{\"rules\":[", 10) == 0, "catalogue shape");
    CHECK(out && strstr(out, "\"code\":\"board.unknown_reference\""), "catalogue lists a rule");
    CHECK(out && strstr(out, "\"severity\":"), "catalogue has severities");
    boardkit_string_free(out);
}

static void test_free_null(void) {
    boardkit_string_free(NULL);
    CHECK(1, "freeing NULL is a no-op");
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s DOCUMENT.json\n", argv[0]);
        return 2;
    }
    char *doc = read_file(argv[1]);
    CHECK(doc != NULL, "read the document file");
    test_versions();
    test_status_values_distinct();
    if (doc) {
        test_validate_good(doc);
        test_normalise_round_trip(doc);
    }
    test_validate_finds_rule_breaks();
    test_bad_inputs();
    test_catalogue();
    test_free_null();
    free(doc);
    return finish("test_api");
}
